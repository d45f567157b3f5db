"""A second invitation to a seat already linked, opened by another Telegram account: a new
phone, or a link that leaked. The seat moved to the new account without a word to the one
that had it, whose next question met « réservé aux membres du conseil », and the secretariat
printing the link was not told it would replace a linked account."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select
from telegram.ext import Application

from bot.services import identity
from bot.transport import Conversation, InProcessBotAPI
from storage import db
from storage.models import AuditEntry, Member
from tests.conftest import CLOCK
from tests.helpers import linked, text
from tests.test_cli import run


def _second_invitation(engine: Engine, last_name: str) -> str:
    """A new invitation to a member's seat, as `council-bot invite` makes it: its token."""
    with db.session(engine) as session:
        member = session.exec(select(Member).where(Member.last_name == last_name)).one()
        return identity.create_invitation(
            session=session, member=member, now=CLOCK, valid_for=timedelta(days=3)
        )


async def test_the_account_a_seat_leaves_is_told_and_the_new_one_says_it_replaced_it(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
) -> None:
    app, api = application
    phone = await linked(application, loaded_engine, "LAGET", 831)
    token = _second_invitation(loaded_engine, "LAGET")
    start = len(api.calls)

    welcome = text(await Conversation(app, api, 832).send(f"/start {token}"))

    assert "Il remplace le compte relié jusqu'ici, qui en est prévenu." in welcome
    told = [r.text for r in api.replies_since(start) if r.chat_id == 831]
    assert told == [
        "Votre compte Telegram n'est plus relié au siège de M. Bernard LAGET : un autre compte"
        " vient d'ouvrir une invitation à ce nom. Si ce n'est pas vous, prévenez tout de suite"
        " le secrétariat des assemblées."
    ]
    assert "réservé aux membres" in text(await phone.send("qui était présent le 4 juillet ?"))
    with db.session(loaded_engine) as session:
        entries = session.exec(select(AuditEntry).where(AuditEntry.action == "member.linked"))
        assert [e.details.get("replaced_telegram_id") for e in entries] == [None, 831]


async def test_a_new_invitation_opened_by_the_account_linked_replaces_nobody(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
) -> None:
    _, api = application
    phone = await linked(application, loaded_engine, "BONY", 835)
    token = _second_invitation(loaded_engine, "BONY")
    start = len(api.calls)
    welcome = text(await phone.send(f"/start {token}"))
    assert "Bienvenue" in welcome
    assert "remplace" not in welcome
    assert len(api.replies_since(start)) == 1
    assert "réservé" not in text(await phone.send("mes pouvoirs ?"))


async def test_a_first_link_says_nothing_of_a_replaced_account(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
) -> None:
    _, api = application
    start = len(api.calls)
    await linked(application, loaded_engine, "RIVAT", 833)
    assert "remplace" not in text(api.replies_since(start))
    assert {r.chat_id for r in api.replies_since(start)} == {833}


def test_an_invitation_to_a_linked_seat_says_it_will_replace_the_account(
    capsys: pytest.CaptureFixture[str], loaded_engine: Engine
) -> None:
    url = loaded_engine.url.render_as_string(hide_password=False)
    invite = ("invite", "--db", url, "Rivat", "--bot-username", "conseil_bot")
    _, first, _ = run(capsys, *invite)
    assert "déjà relié" not in first
    with db.session(loaded_engine) as session:
        rivat = session.exec(select(Member).where(Member.last_name == "RIVAT")).one()
        rivat.telegram_user_id = 834
        session.add(rivat)
        session.commit()
    _, second, _ = run(capsys, *invite)
    assert (
        "Ce siège est déjà relié à un compte Telegram : le compte qui ouvrira ce lien le"
        " remplacera (l'ancien en sera prévenu)." in second
    )
