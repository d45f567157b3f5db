"""Proxy attacks nobody announced, through the real Application: forged holders, an unlinked
holder, a member unlinked in the middle of giving a proxy, two proxies making a chain at once."""

from __future__ import annotations

import contextlib
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import col, select
from telegram.ext import Application

from bot.callbacks import ConfirmProxy
from bot.services import identity, proxies
from bot.transport import Conversation, InProcessBotAPI
from storage import db
from storage.importer import Importer
from storage.models import Member, Proxy
from tests.conftest import CLOCK, member_id, postgresql_only
from tests.helpers import active_proxies, linked, text


async def test_a_forged_confirmation_naming_nobody_or_oneself_registers_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    own = member_id(loaded_engine, "ARTIGUES")
    for holder in (999_999, own, -1, 2**62):
        answer = text(await artigues.press_data(ConfirmProxy(coming_sitting, holder).encode()))
        assert answer.strip()
        assert "Traceback" not in answer
    for sitting in (999_999, -5):
        holder = member_id(loaded_engine, "DEGRAIX")
        answer = text(await artigues.press_data(ConfirmProxy(sitting, holder).encode()))
        assert "plus valable" in answer or "Aucune séance" in answer, answer
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_proxy_to_a_member_without_telegram_is_kept_and_said(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    await artigues.send("/pouvoir Degraix")  # DEGRAIX has no Telegram account linked
    replies = await artigues.press("Confirmer")
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "DEGRAIX")]
    assert all(r.chat_id == 701 for r in replies)
    assert "Traceback" not in text(replies)


async def test_a_member_unlinked_while_giving_a_proxy_registers_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    await linked(application, loaded_engine, "DEGRAIX", 702)
    offer = await artigues.send("/pouvoir Degraix")
    with db.session(loaded_engine) as session:
        member = session.exec(select(Member).where(Member.last_name == "ARTIGUES")).one()
        identity.unlink(session=session, member=member, now=CLOCK)
        session.commit()
    application[0].bot_data.runtime.reads.recheck()
    answer = text(await artigues.press("Confirmer", offer))
    assert "réservé aux membres" in answer
    assert "réservé aux membres" in text(await artigues.send("oui"))
    assert active_proxies(loaded_engine, coming_sitting) == []


@postgresql_only
def test_two_proxies_registered_at_once_never_make_a_chain(
    loaded_engine: Engine, coming_sitting: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ARTIGUES gives to BERGER while BERGER gives to DEGRAIX, on two replicas at the same
    moment: each checked the law before the other's row existed, and both were stored, a
    chain the law forbids (BERGER absent, and voting for ARTIGUES). Each registration now
    holds the sitting while it checks and writes."""
    checked = threading.Barrier(2)
    law = proxies.refusal

    def slow_law(*args: Any, **kwargs: Any) -> Any:
        code = law(*args, **kwargs)
        with contextlib.suppress(threading.BrokenBarrierError):
            checked.wait(timeout=2)  # both checked before either writes, unless one waits
        return code

    monkeypatch.setattr(proxies, "refusal", slow_law)
    ids = {name: member_id(loaded_engine, name) for name in ("ARTIGUES", "BERGER", "DEGRAIX")}

    def give(giver: str, holder: str) -> str:
        with db.session(loaded_engine) as session:
            try:
                proxies.register_proxy(
                    session=session,
                    sitting_id=coming_sitting,
                    giver_id=ids[giver],
                    holder_id=ids[holder],
                    now=CLOCK,
                    tz=ZoneInfo("Europe/Paris"),
                    actor=proxies.Actor(ids[giver], channel="test"),
                )
            except proxies.ProxyRefused as refused:
                return str(refused.code)
            return "registered"

    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(give, "ARTIGUES", "BERGER")
        second = pool.submit(give, "BERGER", "DEGRAIX")
        outcomes = sorted([first.result(timeout=30), second.result(timeout=30)])
    assert outcomes[1] == "registered"
    assert outcomes[0] in {"giver_holds", "holder_gave_own"}, outcomes
    assert len(active_proxies(loaded_engine, coming_sitting)) == 1


@pytest.mark.parametrize(
    "said",
    ["je donne pouvoir à moi-même", "je donne procuration à moi", "pouvoir à moi même"],
)
async def test_a_proxy_to_oneself_is_refused_never_offered_to_the_member_in_talk(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
) -> None:
    """After a question about Berger, « je donne pouvoir à moi-même » offered the proxy to
    Mme Françoise BERGER: « moi-même » was read as the member the talk was about."""
    artigues = await linked(application, loaded_engine, "ARTIGUES", 702)
    assert "BERGER" in text(await artigues.send("Berger était présente le 4 juillet 2024 ?"))
    answer = text(await artigues.send(said))
    assert "BERGER" not in answer
    assert "vous donner pouvoir à vous-même" in answer
    assert active_proxies(loaded_engine, coming_sitting) == []


@pytest.mark.parametrize(
    "said",
    ["/pouvoir Berger le 25", "/pouvoir Berger 99999", "je donne pouvoir à Berger le 25"],
)
async def test_a_proxy_for_a_day_not_read_offers_nothing_and_says_why(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
) -> None:
    """« /pouvoir Berger le 25 » offered the proxy for the next sitting, the 18th, as if no
    day had been typed: a day no coming sitting falls on, or a number not read, is said, and
    nothing is offered; « le 18 » is the sitting of the 18th."""
    artigues = await linked(application, loaded_engine, "ARTIGUES", 703)
    answer = text(await artigues.send(said))
    assert "le 25" in answer or "« 99999 »" in answer
    assert "rien n'a été enregistré" in answer
    assert "Confirmez-vous" not in answer
    assert "Confirmez-vous" in text(await artigues.send("/pouvoir Berger le 18"))


async def test_a_new_proxy_sentence_naming_nobody_while_one_waits_says_the_name_only(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    """With a proxy to Berger waiting for its yes, « je donne pouvoir à Zorglub » was answered
    « aucun membre nommé « donne pouvoir Zorglub » »: the giving words are no part of a name."""
    artigues = await linked(application, loaded_engine, "ARTIGUES", 704)
    assert "Confirmez-vous" in text(await artigues.send("/pouvoir Berger"))
    for said in ["je donne pouvoir à Zorglub", "non, je donne mon pouvoir à Zorglub"]:
        answer = text(await artigues.send(said))
        assert "aucun membre nommé « Zorglub »" in answer
        assert "BERGER" in answer  # the proxy waiting is reminded, unchanged
    assert active_proxies(loaded_engine, coming_sitting) == []


@pytest.mark.parametrize(
    "said",
    [
        "je donne le pouvoir de Degraix à Berger",
        "je transmets la procuration de M. Degraix à Berger",
    ],
)
async def test_another_member_s_proxy_given_by_the_asker_is_that_member_s_to_give(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
) -> None:
    """« je donne le pouvoir de Degraix à Berger » asked « Lequel voulez-vous dire ? » between
    DEGRAIX and BERGER, as the holder of the asker's own proxy: Degraix's proxy is his to give."""
    artigues = await linked(application, loaded_engine, "ARTIGUES", 705)
    answer = text(await artigues.send(said))
    assert "M. Jean-Luc DEGRAIX doit l'enregistrer depuis son propre compte" in answer
    assert "Lequel" not in answer
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_sitting_whose_acts_are_published_takes_no_proxy_whatever_its_date(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
) -> None:
    """A document printed « 04 JUILLET 2999 » (imported as printed, and said): its sitting was
    « to come », and members gave proxies and declared presences for a sitting whose acts
    were already published. A sitting whose acts are published was held."""
    from tests.helpers import sample_dated

    with db.session(loaded_engine) as session:
        Importer(session).import_file(sample_dated(Path(tempfile.mkdtemp()), "2999", "2024.00999"))
    artigues = await linked(application, loaded_engine, "ARTIGUES", 706)
    for said in ["/pouvoir Berger 4 juillet 2999", "/present 4 juillet 2999"]:
        answer = text(await artigues.send(said))
        assert "Il est trop tard" in answer, answer
    # the proxies the document printed stand as printed
    with db.session(loaded_engine) as session:
        artigues_id = member_id(loaded_engine, "ARTIGUES")
        given = session.exec(
            select(Proxy).where(Proxy.giver_id == artigues_id, col(Proxy.revoked_at).is_(None))
        ).all()
    assert [p.holder_id for p in given] == [member_id(loaded_engine, "DEGRAIX")] * len(given)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Christiane", "la dame"),  # two women offered
        ("Christiane", "le monsieur"),  # none is a man
        ("Christian", "le monsieur"),  # four men
        ("Christian", "le 9e"),  # four offered
        ("Christian", "le 0e"),
        ("Christian", "le 99999999999999999999e"),
        ("Christian", "le -1"),  # the first was picked, the minus unseen
    ],
)
async def test_a_holder_chosen_by_a_rank_or_sex_that_fits_none_or_several_is_asked_again(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    name: str,
    said: str,
) -> None:
    """Under « Lequel voulez-vous dire ? », « la dame » between two women was searched as a
    topic, « le monsieur » among men answered with the help, « le 9e » of four asked « la 9e
    de quoi ? »: the choice is asked again, among the members offered, nothing registered."""
    artigues = await linked(application, loaded_engine, "ARTIGUES", 707)
    offered = text(await artigues.send(f"/pouvoir {name}"))
    assert "Lequel voulez-vous dire ?" in offered
    replies = await artigues.send(said)
    answer = text(replies)
    assert f"« {said} » ne désigne pas un seul des" in answer, answer
    labels = [label for reply in replies for label in reply.labels]
    assert labels  # those offered, as buttons
    assert all(name in label for label in labels)
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_holder_chosen_by_a_rank_past_the_fourth_is_that_one(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    """« le 4ième » of four Christians offered: ranks were read from a short list of spellings
    (« 4e », « 4eme »); any rank of those offered, however spelt, picks its member."""
    artigues = await linked(application, loaded_engine, "ARTIGUES", 708)
    await artigues.send("/pouvoir Christian")
    answer = text(await artigues.send("le 4ième"))
    assert "Vous donnez pouvoir à M. Christian" in answer, answer


@pytest.mark.parametrize("said", ["le 9e", "le -1", "le 0e"])
async def test_a_member_chosen_by_a_rank_that_fits_none_in_a_question_is_asked_again(
    degraix: Conversation, said: str
) -> None:
    """« Christian était présent ? » asked which of four: « le 9e » read « la 9e de quoi ? »,
    « le -1 » answered for the first, « le 0e » was not understood."""
    assert "Lequel" in text(await degraix.send("Christian était présent le 4 juillet 2024 ?"))
    answer = text(await degraix.send(said))
    assert "lequel voulez-vous dire ?" in answer, answer
    assert "DUCCESCHI était" not in answer


def _reply_to(chat: Conversation, words: str, asked: Any) -> dict[str, Any]:
    """The update for `words` sent with Telegram's « Répondre » on the assistant's `asked`."""
    update = chat.message_update(words)
    update["message"]["reply_to_message"] = {
        "message_id": asked.message_id,
        "date": 1,
        "chat": chat.chat,
        "from": {"id": 1, "is_bot": True, "first_name": "Assistant"},
        "text": asked.text,
    }
    return update


async def test_a_yes_replying_to_an_earlier_proposal_is_no_yes_to_the_one_made_since(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    """« oui », sent as a reply under the proposal for BERGER after another for DEGRAIX had
    been made, registered the proxy to DEGRAIX: the member pointed at BERGER's."""
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    to_berger = next(r for r in await artigues.send("/pouvoir Berger") if r.buttons)
    to_degraix = next(r for r in await artigues.send("/pouvoir Degraix") if r.buttons)
    answer = text(await artigues._process(_reply_to(artigues, "oui", to_berger)))
    assert active_proxies(loaded_engine, coming_sitting) == []
    assert "n'est pas encore enregistré" in answer
    assert "DEGRAIX" in answer  # the proposal that waits, said with its buttons again
    reminder = next(r for r in artigues.last_replies if r.buttons)
    # A reply under the proposal that waits, or under its reminder, is its answer.
    answer = text(await artigues._process(_reply_to(artigues, "non", reminder)))
    assert "pas encore enregistré" not in answer
    await artigues._process(_reply_to(artigues, "oui", to_degraix))
    assert active_proxies(loaded_engine, coming_sitting) == []  # nothing waits: « non » said
    asked = next(r for r in await artigues.send("/pouvoir Degraix") if r.buttons)
    assert "est enregistré" in text(await artigues._process(_reply_to(artigues, "oui", asked)))
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "DEGRAIX")]
