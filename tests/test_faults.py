"""Faults lose nothing: a database restarted mid-registration, a broadcast killed and started
again, a SIGTERM while updates are being answered, a flaky getUpdates.

Real parts everywhere (the Application, the store on SQLite and PostgreSQL, the CLI as a
subprocess, PTB's HTTP client); only Telegram is stood in for, by tests/botapi_server.py.
Afterwards every acknowledged action is stored exactly once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import col, select
from telegram.ext import Application

from bot.transport import Conversation, InProcessBotAPI
from storage import db
from storage.models import AuditEntry, Proxy
from tests.conftest import POSTGRES_URL, _admin_engine
from tests.helpers import add_coming_bureau_sitting, link_account, text

GIVER, HOLDER = 701, 702  # ARTIGUES gives DEGRAIX a proxy for the coming Bureau

# -- 1. the database restarted in the middle of a proxy registration --------------------------


@pytest.fixture
def proxy_chat(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
) -> Conversation:
    """ARTIGUES and DEGRAIX linked, a Bureau sitting coming: ARTIGUES chatting with the bot."""
    with db.session(loaded_engine) as session:
        add_coming_bureau_sitting(session)
        link_account(session, "ARTIGUES", GIVER)
        link_account(session, "DEGRAIX", HOLDER)
        session.commit()
    app, api = application
    return Conversation(app, api, GIVER, "Gilles")


class ServerRestart:
    """What a PostgreSQL restart does to the bot's connections, at one exact moment: every
    backend of the test database is terminated from another connection, once."""

    def __init__(self, engine: Engine) -> None:
        assert POSTGRES_URL is not None
        self.database = engine.url.database
        self.admin = _admin_engine(POSTGRES_URL)
        self.fired = 0

    def terminate_backends(self) -> None:
        self.fired += 1
        with self.admin.connect() as conn:
            # The timeout (PostgreSQL 14+) waits until each backend is gone: no race with the
            # statement the bot is about to send.
            terminated = conn.execute(
                sa.text(
                    "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                    "WHERE datname = :database AND pid <> pg_backend_pid()"
                ),
                {"database": self.database},
            ).scalar_one()
        assert terminated >= 1


@pytest.fixture
def restart(loaded_engine: Engine) -> Iterator[ServerRestart]:
    fault = ServerRestart(loaded_engine)
    yield fault
    fault.admin.dispose()


def stored(engine: Engine) -> tuple[list[tuple[int, int]], int]:
    """The active proxies (giver, holder) and how many registrations the audit log holds."""
    with db.session(engine) as session:
        proxies = [
            (p.giver_id, p.holder_id)
            for p in session.exec(select(Proxy).where(col(Proxy.revoked_at).is_(None)))
            if p.registered_by_telegram_id == GIVER
        ]
        audited = len(
            session.exec(
                select(AuditEntry).where(
                    AuditEntry.action == "proxy.registered", AuditEntry.telegram_user_id == GIVER
                )
            ).all()
        )
    return proxies, audited


def failed_once(app: Application) -> list[BaseException]:  # type: ignore[type-arg]
    """What the error handler caught; emptied, since the fixture fails a test on any error."""
    errors: list[BaseException] = app.bot_data["errors"]
    caught = list(errors)
    errors.clear()
    return caught


postgresql_only = pytest.mark.parametrize(
    # A SQLite file has no server whose restart could cut the bot's connections.
    "database_url",
    ["postgresql"],
    indirect=True,
)


@postgresql_only
async def test_database_restart_before_the_proxy_insert_loses_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    proxy_chat: Conversation,
    restart: ServerRestart,
) -> None:
    app, _ = application
    offer = await proxy_chat.send("/pouvoir Degraix")
    assert offer[-1].labels == ["Confirmer", "Annuler"]

    def before_insert(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO PROXY") and not restart.fired:
            restart.terminate_backends()

    sa.event.listen(loaded_engine, "before_cursor_execute", before_insert)
    try:
        replies = await proxy_chat.press("Confirmer", offer)
    finally:
        sa.event.remove(loaded_engine, "before_cursor_execute", before_insert)
    assert restart.fired == 1
    errors = failed_once(app)
    assert len(errors) == 1
    assert isinstance(errors[0], sa.exc.OperationalError)
    assert "Désolé, je n'ai pas pu traiter votre demande" in text(replies)
    assert "Traceback" not in text(replies)
    assert stored(loaded_engine) == ([], 0)  # nothing half-written

    # The member presses the same button again: the bot reconnects and stores it once.
    replies = await proxy_chat.press("Confirmer", offer)
    assert "est enregistré" in text([r for r in replies if r.chat_id == GIVER])
    assert "vous donne pouvoir" in text([r for r in replies if r.chat_id == HOLDER])
    proxies, audited = stored(loaded_engine)
    assert len(proxies) == 1
    assert audited == 1
    assert "Présents : 40" in text(await proxy_chat.send("/seance 4 juillet 2024"))


@postgresql_only
async def test_connection_lost_after_the_commit_was_sent_stores_the_proxy_once(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    proxy_chat: Conversation,
    restart: ServerRestart,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app, _ = application
    offer = await proxy_chat.send("/pouvoir Degraix")
    inserted: list[str] = []

    def before_insert(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO PROXY"):
            inserted.append(statement)

    commit = loaded_engine.dialect.do_commit

    def commit_then_lose_the_answer(dbapi_connection: Any) -> None:
        commit(dbapi_connection)  # the COMMIT reached the server and was applied...
        if inserted and not restart.fired:
            restart.terminate_backends()
            # ...and the connection died before the bot heard so: the next word on it fails
            # as the acknowledgement would have, with the driver's real error.
            dbapi_connection.execute("SELECT 1")

    sa.event.listen(loaded_engine, "before_cursor_execute", before_insert)
    monkeypatch.setattr(loaded_engine.dialect, "do_commit", commit_then_lose_the_answer)
    try:
        replies = await proxy_chat.press("Confirmer", offer)
    finally:
        sa.event.remove(loaded_engine, "before_cursor_execute", before_insert)
        monkeypatch.undo()
    assert restart.fired == 1
    assert [type(e) for e in failed_once(app)] == [sa.exc.OperationalError]
    assert "Désolé, je n'ai pas pu traiter votre demande" in text(replies)
    assert len(stored(loaded_engine)[0]) == 1  # the server has it; the bot could not say so

    # The member, told to try again, presses again: the same proxy, still one, and now both
    # the member and the holder hear of it.
    replies = await proxy_chat.press("Confirmer", offer)
    assert "est enregistré" in text([r for r in replies if r.chat_id == GIVER])
    assert "vous donne pouvoir" in text([r for r in replies if r.chat_id == HOLDER])
    assert "remplacer" not in text(replies)
    proxies, audited = stored(loaded_engine)
    assert len(proxies) == 1
    assert audited == 1
    # Typing it again gets the same answer, not an offer to replace it by itself.
    replies = await proxy_chat.send("/pouvoir Degraix")
    assert "est enregistré" in text([r for r in replies if r.chat_id == GIVER])
    assert stored(loaded_engine) == (proxies, 1)
