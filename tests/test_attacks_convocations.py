"""A convocation's buttons pressed when they no longer mean anything: days after the sitting,
by someone else. The real Application, a real broadcast through the in-process Bot API."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select
from telegram.ext import Application

from bot.transport import InProcessBotAPI
from storage import db
from storage.importer import Importer
from storage.models import Delivery, Member
from tests.helpers import add_coming_bureau_sitting, sample_dated, text
from tests.test_bad_input import assert_telegram_html
from tests.test_convocations import (  # noqa: F401 (fixtures)
    chat_of,
    coming_sitting,
    finish_broadcasts,
    no_per_chat_gap,
    set_clock,
)


def _nothing_sent(engine: Engine) -> bool:
    """No convocation was written to the outbox."""
    with db.session(engine) as session:
        return session.exec(select(Delivery)).first() is None


def _delivery(engine: Engine, last_name: str) -> Delivery:
    with db.session(engine) as session:
        member_id = session.exec(select(Member.id).where(Member.last_name == last_name)).one()
        return session.exec(select(Delivery).where(Delivery.member_id == member_id)).one()


async def test_an_answer_pressed_after_the_sitting_is_not_recorded(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:
    """« Je serai présent(e) » pressed two days after the sitting: the member read « Il est
    trop tard », and the report showed « réponse « présent(e) » le 20/07/2024 » all the same."""
    app, api = application
    await chat_of(application, loaded_engine, "DALLARA").send("/convoquer 18 juillet")
    await finish_broadcasts(app)
    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    notice = next(r for r in api.replies_since(0) if r.chat_id == degraix.user["id"] and r.labels)
    set_clock(app, datetime(2024, 7, 20, 10, tzinfo=UTC))
    for label in ["Je serai présent(e)", "Je serai absent(e)", "Donner pouvoir"]:
        assert "Il est trop tard" in text(await degraix.press(label, [notice]))
    delivery = _delivery(loaded_engine, "DEGRAIX")
    assert (delivery.answer, delivery.answered_at) == (None, None)
    # The receipt is a fact whenever it comes: the notice was received.
    assert delivery.acknowledged_at is not None
    assert "accusé de réception" in text(await degraix.press("Accuser réception", [notice]))


MARKUP = "<b>Salle</b> & co <a href=x> &nbsp;"


async def test_markup_in_a_place_or_agenda_reaches_every_member_as_text(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
) -> None:
    """A place and agenda items typed with markup (pasted from a web page, or on purpose), and
    an item of 5,000 characters: every message each member receives (the convocation, /seance,
    /seances, the agenda asked in words) is HTML Telegram accepts, the markup shown as typed."""
    app, api = application
    with db.session(loaded_engine) as session:
        add_coming_bureau_sitting(
            session,
            place=MARKUP,
            agenda=[
                "<i>Budget</i> & « x » </b>",
                "A" * 5000,
                *[f"point {i} <u>" for i in range(40)],
            ],
        )
        for member in session.exec(select(Member)):
            member.telegram_user_id = 100_000 + (member.id or 0)
            session.add(member)
        dallara = session.exec(select(Member).where(Member.last_name == "DALLARA")).one()
        dallara.role = "secretariat"
        session.add(dallara)
        session.commit()
    await chat_of(application, loaded_engine, "DALLARA").send("/convoquer 18 juillet")
    await finish_broadcasts(app)
    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    place, item = "&lt;b&gt;Salle&lt;/b&gt; &amp; co", "&lt;i&gt;Budget&lt;/i&gt; &amp; « x »"
    for question, shown in [
        ("/seances", place),
        ("/seance 18 juillet", place),
        ("l'ordre du jour du 18 juillet ?", item),
    ]:
        assert shown in (await degraix.send(question))[0].text
    replies = api.replies_since(0)
    assert len({r.chat_id for r in replies}) == 67
    for reply in replies:
        assert_telegram_html(reply.text)
        limit = 1024 if reply.method in ("sendPhoto", "sendDocument") else 4096
        assert len(reply.text.encode("utf-16-le")) // 2 <= limit


async def test_convening_with_no_day_takes_the_next_sitting_not_convened(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:
    """With the Bureau of 18 July convened and one in September not, « /convoquer » sent the
    18 July convocation again (it only resumes, but said « en cours d'envoi » as if new) and
    never convened September; with every coming sitting convened it is said, nothing sent."""
    from datetime import date

    app, _ = application
    with db.session(loaded_engine) as session:
        september = add_coming_bureau_sitting(session, held_on=date(2024, 9, 12)).id
        session.commit()
    dallara = chat_of(application, loaded_engine, "DALLARA")
    assert "18 juillet 2024" in text(await dallara.send("/convoquer"))
    await finish_broadcasts(app)
    second = text(await dallara.send("/convoquer"))
    assert "12 septembre 2024" in second
    assert "18 juillet" not in second
    await finish_broadcasts(app)
    with db.session(loaded_engine) as session:
        sent = session.exec(select(Delivery.sitting_id, Delivery.member_id)).all()
    assert len(sent) == len(set(sent))  # nobody convened twice to one sitting
    assert {sitting for sitting, _ in sent} == {coming_sitting, september}
    third = text(await dallara.send("/convoquer"))
    assert "déjà toutes convoquées" in third
    assert "Rien n'est renvoyé" in third


async def test_the_law_on_the_notice_says_when_it_left_once_sent(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:
    """« qui est convoqué le 18 ? » after the convocation left said it « doit partir au plus
    tard le … », as if not sent: once sent, the day it left is said."""
    app, _ = application
    await chat_of(application, loaded_engine, "DALLARA").send("/convoquer 18 juillet")
    await finish_broadcasts(app)
    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    for asked in ("qui est convoqué le 18 ?", "c'est quoi le délai de convocation ?"):
        answer = text(await degraix.send(asked))
        assert "est partie le mercredi 10 juillet 2024" in answer, answer
        assert "doit partir au plus tard" not in answer


@pytest.mark.parametrize("argument", ["99999", "<i>x</i>", "blabla", "le 25"])
async def test_a_convocation_whose_argument_is_not_read_sends_nothing_and_says_why(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
    argument: str,
) -> None:
    """« /convoquer 99999 » convened the next sitting, every member sent its notice, as if
    nothing had been typed after the command: the act is done only on what was read."""
    app, _api = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    answer = text(await dallara.send(f"/convoquer {argument}"))
    await finish_broadcasts(app)
    assert "rien n'a été enregistré" in answer
    assert _nothing_sent(loaded_engine)
    assert "en cours d'envoi" in text(await dallara.send("/convoquer 18 juillet en urgence"))


async def test_a_follow_up_whose_argument_is_not_read_says_so_then_follows_the_coming_one(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:
    """« /suivi blabla » followed the coming sitting as if nothing had been typed."""
    dallara = chat_of(application, loaded_engine, "DALLARA")
    plain = text(await dallara.send("/suivi"))
    assert "Suivi de la convocation" in plain
    answer = text(await dallara.send("/suivi blabla"))
    assert answer.startswith("Je n'ai pas compris « blabla » : je n'en tiens pas compte.")
    assert answer.endswith(plain)


async def test_a_sitting_dated_in_a_year_no_calendar_holds_is_not_convened(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:
    """A sitting of 4 July 9999 (a document's misprint, imported as printed and said): its
    convocation's calendar overflowed, a traceback for the secretary and nothing sent."""
    app, _api = application
    with db.session(loaded_engine) as session:
        add_coming_bureau_sitting(session, held_on=date(9999, 7, 4))
        session.commit()
    dallara = chat_of(application, loaded_engine, "DALLARA")
    answer = text(await dallara.send("/convoquer 4 juillet 9999"))
    await finish_broadcasts(app)
    assert "dimanche 4 juillet 9999" in answer
    assert "Rien n'a été envoyé" in answer
    assert _nothing_sent(loaded_engine)


async def test_a_sitting_whose_acts_are_published_is_not_convened_whatever_its_date(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
    tmp_path: Path,
) -> None:
    """« 04 JUILLET 2999 » printed on a document: its sitting was convened again, every
    member sent a notice for a sitting whose acts were published."""
    app, _api = application
    with db.session(loaded_engine) as session:
        Importer(session).import_file(sample_dated(tmp_path, "2999", "2024.00999"))
    dallara = chat_of(application, loaded_engine, "DALLARA")
    answer = text(await dallara.send("/convoquer 4 juillet 2999"))
    await finish_broadcasts(app)
    assert "a déjà eu lieu" in answer
    assert "Rien n'a été envoyé" in answer
    assert _nothing_sent(loaded_engine)


@pytest.mark.parametrize("said", ["/convoquer 4 juillet", "/convoquer le bureau du 04/07/2024"])
async def test_a_sitting_held_named_to_convene_is_said_held_and_nothing_is_sent(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
    said: str,
) -> None:
    """« /convoquer 4 juillet », the Bureau held that day: the secretariat was told « Vous
    n'avez pas de séance le jeudi 4 juillet 2024 », although there was one."""
    app, _api = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    answer = text(await dallara.send(said))
    await finish_broadcasts(app)
    assert "jeudi 4 juillet 2024 a déjà eu lieu" in answer
    assert "Rien n'a été envoyé" in answer
    assert "Vous n'avez pas de séance" not in answer
    assert _nothing_sent(loaded_engine)
