"""Faults lose nothing: a database restarted mid-registration, a broadcast killed and started
again, a SIGTERM while updates are being answered, a flaky getUpdates.

Real parts everywhere (the Application, the store on SQLite and PostgreSQL, the CLI as a
subprocess, PTB's HTTP client); only Telegram is stood in for, by tests/botapi_server.py.
Afterwards every acknowledged action is stored exactly once.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import col, select
from telegram.ext import Application

from bot.app import build_application
from bot.broadcast import CONCURRENCY, STALE_CLAIM
from bot.settings import Settings
from bot.transport import Conversation, InProcessBotAPI, Reply, TelegramUser
from storage import db
from storage.models import AuditEntry, Delivery, Member, Membership, Proxy
from tests.botapi_server import FakeBotAPI
from tests.conftest import POSTGRES_URL, _admin_engine, postgresql_only
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
    errors: list[BaseException] = app.bot_data.errors or []
    caught = list(errors)
    errors.clear()
    return caught


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


# -- the real CLI as a process, against the local Bot API -------------------------------------

TOKEN = "123:faults-secret"


@pytest.fixture
def botapi() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as api:
        yield api


@contextmanager
def council_bot(
    api: FakeBotAPI, tmp_path: Path, *argv: str, log: str = "council-bot"
) -> Iterator[subprocess.Popen[bytes]]:
    """`council-bot ARGV` in its own process (as `python -m bot`), always killed at the end.
    It runs in tmp_path so that no .env file of the checkout is read; its output goes to files
    (a pipe nobody reads could fill and block it)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "ADMIN_CHAT_ID"} and not k.startswith("WEBHOOK_")
    }
    env |= {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": api.base_url}
    with (
        (tmp_path / f"{log}.out").open("wb") as out,
        (tmp_path / f"{log}.err").open("wb") as err,
    ):
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", *argv], cwd=tmp_path, env=env, stdout=out, stderr=err
        )
        try:
            yield process
        finally:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)


async def exited(process: subprocess.Popen[bytes], within: float = 15.0) -> int:
    """The process's exit status, waited for without blocking the event loop."""
    return await asyncio.wait_for(asyncio.to_thread(process.wait), within)


# -- 2. the process killed during a broadcast, and started again ------------------------------

SITTING_DAY = date(2099, 3, 20)


def linked_bureau(engine: Engine) -> dict[int, int]:
    """A Bureau sitting on 20 March 2099; every Bureau member linked: member id → chat id."""
    with db.session(engine) as session:
        sitting = add_coming_bureau_sitting(session, held_on=SITTING_DAY)
        members = session.exec(
            select(Member)
            .join(Membership, col(Membership.member_id) == Member.id)
            .where(Membership.body_id == sitting.body_id, col(Membership.active).is_(True))
        ).all()
        chats = {}
        for member in members:
            member.telegram_user_id = chats[member.id or 0] = 9_000 + (member.id or 0)
            session.add(member)
        session.commit()
    return chats


def convocations_to(api: FakeBotAPI) -> Counter[int]:
    """How many convocation messages each chat received."""
    return Counter(
        int(call.chat_id or 0)
        for call in api.messages()
        if call.method == "sendMessage" and "Convocation" in call.params.get("text", "")
    )


def deliveries(engine: Engine) -> dict[int, Delivery]:
    """The convocation's outbox rows, by member."""
    with db.session(engine) as session:
        rows = session.exec(select(Delivery).where(Delivery.kind == "convocation")).all()
    return {row.member_id: row for row in rows}


async def test_broadcast_killed_and_started_again_misses_nobody(
    loaded_engine: Engine, botapi: FakeBotAPI, tmp_path: Path
) -> None:
    chats = linked_bureau(loaded_engine)
    assert len(chats) > CONCURRENCY  # more members than sends in flight: some wait their turn
    url = loaded_engine.url.render_as_string(hide_password=False)
    convene = ("convene", "--db", url, SITTING_DAY.isoformat())
    botapi.delay(0.3, methods=["sendMessage"])  # the broadcast takes a few seconds
    with council_bot(botapi, tmp_path, *convene, log="killed") as process:
        await botapi.until(lambda api: sum(convocations_to(api).values()) >= 10, within=60)
        process.send_signal(signal.SIGKILL)  # no chance to finish anything
        assert await exited(process) == -signal.SIGKILL
    # Sends already on the wire are carried out by Telegram all the same: let them land.
    await botapi.until(lambda api: api.answering == 0)
    botapi.reset_faults()
    before = convocations_to(botapi)

    at_kill = deliveries(loaded_engine)
    assert set(at_kill) == set(chats)
    in_flight = {m for m, row in at_kill.items() if row.status == "sending"}
    assert in_flight, "the kill should have caught sends in flight"
    assert len(in_flight) <= CONCURRENCY
    assert any(row.status == "pending" for row in at_kill.values()), "killed too late"
    # A claim left « sending » by a killed sender is taken again after STALE_CLAIM (2 minutes);
    # the test ages the claims instead of waiting that long.
    with db.session(loaded_engine) as session:
        for member_id in in_flight:
            row = session.get(Delivery, at_kill[member_id].id)
            assert row is not None
            assert row.claimed_at is not None
            row.claimed_at -= STALE_CLAIM + timedelta(seconds=1)
            session.add(row)
        session.commit()

    with council_bot(botapi, tmp_path, *convene, log="again") as process:
        assert await exited(process, within=30) == 0
    assert "Envoyées : " in (tmp_path / "again.out").read_text()

    after = deliveries(loaded_engine)
    received = convocations_to(botapi)
    for member_id, chat in chats.items():
        row = after[member_id]
        assert row.status == "sent", (member_id, row)
        assert row.telegram_message_id is not None
        assert row.calendar_sent_at is not None
        assert received[chat] >= 1, f"member {member_id} was never convened"
        # The row keeps the id of a message the member really has.
        ids = [c.result["message_id"] for c in botapi.sent_to(chat) if c.method == "sendMessage"]
        assert row.telegram_message_id in ids
    twice = {m for m, chat in chats.items() if received[chat] > 1}
    # At-least-once is the documented limit of a hard kill: a send in flight at the kill that
    # had reached its member is sent again (the store could not know); nobody else is, and
    # nobody three times.
    assert twice == {m for m in in_flight if before[chats[m]]}
    assert max(received.values()) == (2 if twice else 1)
    assert len(twice) <= CONCURRENCY


# -- 3. SIGTERM while the polling bot is answering ---------------------------------------------

ASKERS = {703: "FAYOLLE", 704: "DALLARA", 705: "SEMACHE", 706: "THIZY"}


def fetched(api: FakeBotAPI, update_id: int) -> bool:
    """The bot has received this update (a getUpdates answer carried it)."""
    return any(
        update_id in {u["update_id"] for u in call.result or []}
        for call in api.calls_of("getUpdates")
    )


def texts_to(api: FakeBotAPI, chat_id: int) -> list[str]:
    return [c.params.get("text", "") for c in api.sent_to(chat_id) if c.method == "sendMessage"]


async def test_sigterm_answers_every_update_received_and_acknowledges_them(
    loaded_engine: Engine, botapi: FakeBotAPI, tmp_path: Path
) -> None:
    with db.session(loaded_engine) as session:
        add_coming_bureau_sitting(session, held_on=SITTING_DAY)
        for chat_id, name in {GIVER: "ARTIGUES", HOLDER: "DEGRAIX", **ASKERS}.items():
            link_account(session, name, chat_id)
        session.commit()
    url = loaded_engine.url.render_as_string(hide_password=False)
    giver = TelegramUser(GIVER)
    with council_bot(botapi, tmp_path, "run", "--db", url, log="run") as process:
        botapi.push_update(giver.message_update("/pouvoir Degraix"))
        await botapi.until(lambda api: len(texts_to(api, GIVER)) == 1, within=60)
        offer = botapi.sent_to(GIVER)[-1]
        confirm = offer.params["reply_markup"]["inline_keyboard"][0][0]
        assert confirm["text"] == "Confirmer"
        shown = Reply(GIVER, offer.params["text"], message_id=offer.result["message_id"])

        # Every answer now takes a while to go out: the SIGTERM lands while they are handled.
        botapi.delay(0.4, methods=["sendMessage"])
        pushed = [botapi.push_update(giver.callback_update(confirm["callback_data"], shown))]
        pushed += [
            botapi.push_update(TelegramUser(chat).message_update("/seance 4 juillet 2024"))
            for chat in ASKERS
        ]
        await botapi.until(lambda api: fetched(api, pushed[-1]), within=30)
        answered_at_signal = len(botapi.messages())
        process.send_signal(signal.SIGTERM)
        assert await exited(process) == 0
    stderr = (tmp_path / "run.err").read_text()
    assert "Traceback" not in stderr
    # Received, then stopped: nothing had been answered yet, everything was answered after.
    assert len(botapi.messages()) - answered_at_signal == 2 + len(ASKERS)
    assert [t for t in texts_to(botapi, GIVER) if "est enregistré" in t] != []
    assert any("vous donne pouvoir" in t for t in texts_to(botapi, HOLDER))
    for chat in ASKERS:
        assert ["Présents : 40" in t for t in texts_to(botapi, chat)] == [True]
    proxies, audited = stored(loaded_engine)
    assert len(proxies) == 1
    assert audited == 1
    # The last getUpdates told Telegram that everything up to the last update was handled.
    offsets = [int(c.params.get("offset") or 0) for c in botapi.calls_of("getUpdates")]
    assert max(offsets) == pushed[-1] + 1

    # Started again, the bot is not handed those updates again: nobody is answered twice.
    botapi.reset_faults()
    answered = len(botapi.messages())
    polls = len(botapi.calls_of("getUpdates"))
    with council_bot(botapi, tmp_path, "run", "--db", url, log="again") as process:
        await botapi.until(lambda api: len(api.calls_of("getUpdates")) >= polls + 2, within=60)
        process.send_signal(signal.SIGTERM)
        assert await exited(process) == 0
    assert len(botapi.messages()) == answered
    assert stored(loaded_engine) == (proxies, 1)


# -- 4. a flaky getUpdates: 500s, 429s and dropped connections ---------------------------------


async def test_polling_rides_out_a_flaky_get_updates_and_loses_no_update(
    loaded_engine: Engine, botapi: FakeBotAPI
) -> None:
    with db.session(loaded_engine) as session:
        for chat_id, name in ASKERS.items():
            link_account(session, name, chat_id)
        session.commit()
    settings = Settings(
        database_url="sqlite://", telegram_bot_token=TOKEN, telegram_api_url=botapi.base_url
    )
    app = build_application(settings, loaded_engine)
    assert app.updater is not None
    askers = [TelegramUser(chat) for chat in ASKERS]
    faults = [
        lambda: botapi.fail_next(1, 500, methods=["getUpdates"]),
        lambda: botapi.rate_limit(count=1, methods=["getUpdates"]),
        lambda: botapi.drop_next(1, methods=["getUpdates"]),
        lambda: botapi.fail_next(1, 502, methods=["getUpdates"]),
    ]
    async with app:
        await app.start()
        await app.updater.start_polling(timeout=1)
        try:
            # One fault at a time, each followed by updates: the retry loop backs off longer
            # after consecutive failures, and Telegram rarely fails twice in a row.
            for round_, fault in enumerate(faults, start=1):
                fault()
                for asker in askers:
                    botapi.push_update(asker.message_update("/seance 4 juillet 2024"))
                await botapi.until(
                    lambda api, n=round_: all(len(texts_to(api, c)) == n for c in ASKERS),
                    within=10,
                )
        finally:
            await app.updater.stop()
            await app.stop()
    statuses = Counter(c.status for c in botapi.calls_of("getUpdates"))
    assert (statuses[500], statuses[429], statuses[0], statuses[502]) == (1, 1, 1, 1)  # 0: dropped
    for chat in ASKERS:  # each question answered once: none lost, none replayed
        assert ["Présents : 40" in t for t in texts_to(botapi, chat)] == [True] * len(faults)
