"""An invitation link sent before a seat was detached: the real CLI (`unlink`) and the real
Application (`/start <token>`), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import cli
from bot.services import identity
from bot.transport import Conversation
from storage import db
from storage.models import Member
from tests.conftest import CLOCK
from tests.helpers import text


def invite(engine: Engine, last_name: str) -> str:
    with db.session(engine) as session:
        member = session.exec(select(Member).where(Member.last_name == last_name)).one()
        return identity.create_invitation(
            session=session, member=member, now=CLOCK, valid_for=timedelta(days=365)
        )


def telegram_account(engine: Engine, last_name: str) -> int | None:
    with db.session(engine) as session:
        member = session.exec(select(Member).where(Member.last_name == last_name)).one()
        return member.telegram_user_id


async def test_a_link_sent_before_the_account_was_detached_links_nobody(
    application,  # type: ignore[no-untyped-def]
    loaded_engine: Engine,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A lost phone or a seat changing hands: the secretariat detaches the account, and a link
    sent earlier, still unused, linked whoever held it for up to a year."""
    app, api = application
    first = invite(loaded_engine, "FAYOLLE")
    spare = invite(loaded_engine, "FAYOLLE")
    holder = Conversation(app, api, 9101, "Sylvie")
    assert "FAYOLLE" in text(await holder.send(f"/start {first}"))
    assert telegram_account(loaded_engine, "FAYOLLE") == 9101

    assert cli.main(["unlink", "FAYOLLE", "--db", database_url], clock=lambda: CLOCK) == 0
    said = capsys.readouterr().out
    assert "compte Telegram détaché" in said
    assert "1 lien d'invitation non utilisé n'est plus valable" in said
    app.bot_data.runtime.reads.recheck()

    finder = Conversation(app, api, 9102, "Quelqu'un")
    answer = text(await finder.send(f"/start {spare}"))
    assert "FAYOLLE" not in answer
    assert telegram_account(loaded_engine, "FAYOLLE") is None
    # A link made after the detachment links as it always did.
    fresh = invite(loaded_engine, "FAYOLLE")
    assert "FAYOLLE" in text(await finder.send(f"/start {fresh}"))
    assert telegram_account(loaded_engine, "FAYOLLE") == 9102
