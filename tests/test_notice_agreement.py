"""Each member's notices agree with them: « convoquée », « serez-vous présente ? », « Mme X en
est informée » for a woman, the masculine for a man, « (e) » only when no civility is known.
They read « convoqué(e) » whoever they were; the notice is still rendered once per agreement,
never once per member."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.broadcast import deliver
from bot.services import convocations
from storage import db
from storage.models import Member
from tests.helpers import text
from tests.test_convocations import chat_of, coming_sitting, finish_broadcasts  # noqa: F401

TZ = ZoneInfo("Europe/Paris")


def _notice_to(api, engine: Engine, last_name: str, calls: list) -> str:  # type: ignore[no-untyped-def]
    with db.session(engine) as session:
        chat = session.exec(select(Member.telegram_user_id).where(Member.last_name == last_name))
        chat_id = chat.one()
    return next(c.params["text"] for c in calls if int(c.params["chat_id"]) == chat_id)


async def test_the_convocation_and_the_reminder_agree_with_each_member(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    with db.session(loaded_engine) as session:  # a member printed without a civility
        bony = session.exec(select(Member).where(Member.last_name == "BONY")).one()
        bony.civility = None
        session.add(bony)
        session.commit()
    await chat_of(application, loaded_engine, "DALLARA").send("/convoquer 18 juillet")
    await finish_broadcasts(app)
    sent = [
        c for c in api.calls if c.method == "sendMessage" and "Convocation — " in c.params["text"]
    ]
    woman = _notice_to(api, loaded_engine, "BERGER", sent)
    assert "Vous êtes convoquée à la séance" in woman
    assert "si vous serez présente. Absente, vous pouvez" in woman
    man = _notice_to(api, loaded_engine, "DEGRAIX", sent)
    assert "Vous êtes convoqué à la séance" in man
    assert "si vous serez présent. Absent, vous pouvez" in man
    unknown = _notice_to(api, loaded_engine, "BONY", sent)
    assert "Vous êtes convoqué(e) à la séance" in unknown
    assert "(e)" not in woman + man

    start = len(api.calls)
    eve = datetime(2024, 7, 17, 8, 0, tzinfo=UTC)  # 10:00 in Paris, the eve
    with db.session(loaded_engine) as session:
        convocations.due_reminders(session=session, now=eve, tz=TZ)
    await deliver(app.bot, loaded_engine, clock=lambda: eve, tz=TZ, per_chat_gap=0)
    reminders = [c for c in api.calls[start:] if c.method == "sendMessage"]
    assert "serez-vous présente ?" in _notice_to(api, loaded_engine, "BERGER", reminders)
    assert "serez-vous présent ?" in _notice_to(api, loaded_engine, "DEGRAIX", reminders)


async def test_the_giver_reads_whether_the_holder_is_told_in_her_agreement(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    await degraix.send("je voudrais que Mme Berger vote pour moi le 18 juillet")
    registered = text(await degraix.send("oui"))
    assert "Mme Françoise BERGER en est informée par message" in registered
    revoked = text(await degraix.send("finalement j'annule mon pouvoir pour le 18"))
    assert "en est informée par message" in revoked
    assert "informé(e)" not in registered + revoked
