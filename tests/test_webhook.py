"""Webhook mode through real HTTP: uvicorn serving bot/webhook.py on 127.0.0.1, Telegram's side
played by httpx (the updates) and by the local Bot API (the answers). Two servers on one
database stand for two processes behind a load balancer."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import col, select
from telegram.ext import Application

from bot.app import build_application
from bot.services import convocations
from bot.settings import Settings
from bot.transport import TelegramUser
from bot.webhook import HEALTH_PATH, SECRET_HEADER, secret_token, serve_webhook
from storage import db
from storage.models import AuditEntry, Delivery, Member, Membership, Proxy
from tests.botapi_server import FakeBotAPI
from tests.conftest import CLOCK, postgresql_only
from tests.helpers import add_coming_bureau_sitting, link_account

TOKEN = "123:webhook-test"
TZ = ZoneInfo("Europe/Paris")
PATH = "/telegram"


def settings_for(api: FakeBotAPI, **extra: Any) -> Settings:
    return Settings(telegram_bot_token=TOKEN, telegram_api_url=api.base_url, **extra)


def bound_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@asynccontextmanager
async def webhook_server(
    api: FakeBotAPI, engine: Engine, settings: Settings | None = None
) -> AsyncIterator[tuple[str, Application]]:  # type: ignore[type-arg]
    """One bot process in webhook mode: its base URL (http://127.0.0.1:port) and its
    Application, with an engine (a connection pool) of its own on the store, as a process has;
    stopped as SIGTERM would stop it when the block ends."""
    settings = settings or settings_for(api)
    own_engine = db.make_engine(engine.url.render_as_string(hide_password=False))
    application = build_application(settings, own_engine, clock=lambda: CLOCK)
    sock = bound_socket()
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    stop = asyncio.Event()
    serving = asyncio.create_task(
        serve_webhook(
            application, url=base + PATH, secret=secret_token(settings), sock=sock, stop=stop
        )
    )
    async with httpx.AsyncClient() as client:
        for _ in range(200):
            if serving.done():
                serving.result()  # raise what went wrong
            try:
                if (await client.get(base + HEALTH_PATH)).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.02)
    try:
        yield base, application
    finally:
        stop.set()
        await asyncio.wait_for(serving, 30)
        own_engine.dispose()


async def post(base: str, payload: Any, secret: str | None) -> httpx.Response:
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    async with httpx.AsyncClient() as client:
        return await client.post(base + PATH, json=payload, headers=headers)


def replies_to(api: FakeBotAPI, chat_id: int) -> list[str]:
    return [str(c.params.get("text")) for c in api.sent_to(chat_id) if c.method == "sendMessage"]


def link(engine: Engine, accounts: dict[int, str]) -> dict[int, int]:
    """Tie each Telegram account to the member of that last name; their member ids."""
    with db.session(engine) as session:
        members = {uid: link_account(session, name, uid) for uid, name in accounts.items()}
        session.commit()
        return {uid: member.id or 0 for uid, member in members.items()}


async def until(condition: Callable[[], bool], within: float = 10.0) -> None:
    for _ in range(int(within / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met in time")


async def test_registers_the_webhook_with_its_secret_and_answers_an_update(
    loaded_engine: Engine,
) -> None:
    link(loaded_engine, {501: "DEGRAIX"})
    with FakeBotAPI() as api:
        settings = settings_for(api)
        async with webhook_server(api, loaded_engine) as (base, _app):
            (registered,) = api.calls_of("setWebhook")
            assert registered.params["url"] == base + PATH
            assert registered.params["secret_token"] == secret_token(settings)
            update = TelegramUser(501, "Jean-Luc").message_update("/seances")
            response = await post(base, update, secret_token(settings))
            assert response.status_code == 200
            await until(lambda: bool(replies_to(api, 501)))
        assert "Bureau Métropolitain" in replies_to(api, 501)[0]


async def test_a_request_without_the_secret_is_refused_and_not_handled(
    loaded_engine: Engine,
) -> None:
    link(loaded_engine, {501: "DEGRAIX"})
    with FakeBotAPI() as api:
        async with webhook_server(api, loaded_engine) as (base, _app):
            user = TelegramUser(501)
            assert (await post(base, user.message_update("/seances"), None)).status_code == 403
            forged = await post(base, user.message_update("/seances"), "not-the-secret")
            assert forged.status_code == 403
            async with httpx.AsyncClient() as client:
                garbage = await client.post(
                    base + PATH,
                    content=b"{not json",
                    headers={SECRET_HEADER: secret_token(settings_for(api))},
                )
            assert garbage.status_code == 400
        assert replies_to(api, 501) == []


def test_the_secret_is_shared_by_every_process_of_one_bot_and_can_be_set() -> None:
    first = Settings(telegram_bot_token=TOKEN)
    assert secret_token(first) == secret_token(Settings(telegram_bot_token=TOKEN))
    assert secret_token(first) != secret_token(Settings(telegram_bot_token="123:other"))
    assert TOKEN not in secret_token(first)
    assert len(secret_token(first)) <= 256
    assert secret_token(first).isalnum()
    assert secret_token(Settings(telegram_bot_token=TOKEN, webhook_secret="s3cr3t")) == "s3cr3t"


async def test_health_says_whether_the_database_answers(loaded_engine: Engine) -> None:
    with FakeBotAPI() as api:
        async with (
            webhook_server(api, loaded_engine) as (base, application),
            httpx.AsyncClient() as client,
        ):
            healthy = await client.get(base + HEALTH_PATH)
            assert healthy.status_code == 200
            assert healthy.json() == {
                "status": "ok",
                "running": True,
                "database": "ok",
                "updates_waiting": 0,
            }
            runtime = application.bot_data.runtime
            reachable = runtime.engine
            runtime.engine = db.make_engine(
                "postgresql+psycopg://nobody:nothing@127.0.0.1:9/none?connect_timeout=1"
            )
            try:
                sick = await client.get(base + HEALTH_PATH)
            finally:
                runtime.engine = reachable
            assert sick.status_code == 503
            assert sick.json()["database"] == "unreachable"


async def test_two_processes_share_one_database_without_losing_or_doubling_a_proxy(
    loaded_engine: Engine,
) -> None:
    """A load balancer sends each member's request to one process and the press of the
    confirmation button to the other; ten members race across both for one holder."""
    with db.session(loaded_engine) as session:
        sitting = add_coming_bureau_sitting(session)
        session.commit()
        sitting_id = sitting.id or 0
        bureau = session.exec(
            select(Member.last_name)
            .join(Membership, col(Membership.member_id) == Member.id)
            .where(Membership.body_id == sitting.body_id, Member.last_name != "DEGRAIX")
            .order_by(Member.id)
            .limit(10)
        ).all()
    givers = link(loaded_engine, {700 + i: name for i, name in enumerate(bureau)})
    with FakeBotAPI() as api:
        async with (
            webhook_server(api, loaded_engine) as (first, _a),
            webhook_server(api, loaded_engine) as (second, _b),
        ):
            secret = secret_token(settings_for(api))
            users = {user_id: TelegramUser(user_id) for user_id in givers}
            for i, user in enumerate(users.values()):
                ask = user.message_update("je donne pouvoir à Jean-Luc Degraix pour le 18 juillet")
                assert (await post((first, second)[i % 2], ask, secret)).status_code == 200
            await until(lambda: all(confirm_button(api, user_id) for user_id in users))
            presses = [
                post((second, first)[i % 2], u.callback_update(confirm_button(api, uid)), secret)
                for i, (uid, u) in enumerate(users.items())
            ]
            assert {r.status_code for r in await asyncio.gather(*presses)} == {200}
            await until(lambda: all(len(replies_to(api, uid)) >= 2 for uid in users))
    with db.session(loaded_engine) as session:
        stored = session.exec(select(Proxy).where(Proxy.sitting_id == sitting_id)).all()
        assert len(stored) == 1
        assert stored[0].giver_id in givers.values()
        audited = session.exec(
            select(AuditEntry).where(col(AuditEntry.action) == "proxy.registered")
        ).all()
        assert len(audited) == 1
    winners = [uid for uid in givers if any("enregistré" in t for t in replies_to(api, uid))]
    assert winners == [next(u for u, m in givers.items() if m == stored[0].giver_id)]


def confirm_button(api: FakeBotAPI, chat_id: int) -> str | None:
    for call in api.sent_to(chat_id):
        for row in (call.params.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if button["text"] == "Confirmer":
                    return str(button["callback_data"])
    return None


async def test_sigterm_handles_every_update_received_then_exits(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    """The real `council-bot run --webhook` in its own process: SIGTERM while answers are slow
    to leave; every update Telegram delivered is answered before the process ends. Its logs
    are JSON lines that say a forged request was refused, without the token or the secret."""
    url = loaded_engine.url.render_as_string(hide_password=False)
    names = ["DEGRAIX", "ARTIGUES", "FAYOLLE", "THIZY", "SEMACHE"]
    users = list(link(loaded_engine, {501 + i: name for i, name in enumerate(names)}))
    with FakeBotAPI() as api:
        api.delay(0.3, methods=["sendMessage"])  # answers take a while to leave
        sock = bound_socket()
        port = sock.getsockname()[1]
        sock.close()  # the child binds it; nothing else on this machine takes it meanwhile
        env = os.environ | {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api.base_url,
            "DATABASE_URL": url,
        }
        base = f"http://127.0.0.1:{port}"
        child = await asyncio.create_subprocess_exec(
            *[sys.executable, "-m", "bot", "run", "--webhook", base + PATH],
            env=env | {"WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_PORT": str(port)},
            cwd=tmp_path,  # no .env of the checkout: the environment above is all it reads
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            await until(lambda: bool(api.calls_of("setWebhook")), within=30)
            await until(lambda: _healthy(base), within=30)
            secret = secret_token(settings_for(api))
            forged = TelegramUser(users[0]).message_update("/seances")
            assert (await post(base, forged, "guess")).status_code == 403
            for user_id in users:
                update = TelegramUser(user_id).message_update("/seances")
                assert (await post(base, update, secret)).status_code == 200
            child.send_signal(signal.SIGTERM)
            _out, err = await asyncio.wait_for(child.communicate(), 60)
        finally:
            if child.returncode is None:
                child.kill()
                await child.wait()
        assert child.returncode == 0, err.decode()
        assert b"Traceback" not in err
        assert all(len(replies_to(api, user_id)) == 1 for user_id in users)
    logs = [json.loads(line) for line in err.decode().splitlines()]
    assert any("refused" in entry["message"] for entry in logs)
    assert any("/bot[secret]/sendMessage" in entry["message"] for entry in logs)
    assert TOKEN not in err.decode()
    assert secret not in err.decode()


def _healthy(base: str) -> bool:
    try:
        return httpx.get(base + HEALTH_PATH).status_code == 200
    except httpx.TransportError:
        return False


@postgresql_only
def test_replicas_starting_together_migrate_once(database_url: str) -> None:
    """Three processes open a fresh database at the same moment: each finds the schema ready."""
    engine = db.make_engine(database_url)
    with engine.begin() as connection:  # the test database is a migrated clone: empty it
        connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "summary", "--db", database_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(3)
    ]
    results = [child.communicate(timeout=120) for child in children]
    for child, (_out, err) in zip(children, results, strict=True):
        assert child.returncode == 0, err.decode()


def test_replicas_writing_the_same_reminders_at_once_end_with_one_each(
    loaded_engine: Engine,
) -> None:
    """Replicas started together run the reminders' job in step. The first pauses just before
    writing its reminders; the second writes and commits the same ones; the first then goes
    on: no error, and one reminder per member."""
    eve = datetime(2024, 7, 17, 8, 0, tzinfo=UTC)  # 10:00 in Paris, the day before the sitting
    with db.session(loaded_engine) as session:
        sitting = add_coming_bureau_sitting(session)
        session.commit()
        convocations.convene(
            session=session,
            sitting_id=sitting.id or 0,
            now=CLOCK,
            tz=TZ,
            actor=convocations.Actor(None, channel="test"),
        )
        session.execute(sa.update(Delivery).values(status="sent", sent_at=CLOCK))
        session.commit()
    paused, resume = threading.Event(), threading.Event()
    first_replica = db.make_engine(loaded_engine.url.render_as_string(hide_password=False))

    def pause_before_the_reminders(_conn, _cursor, statement: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO delivery") and not paused.is_set():
            paused.set()
            resume.wait(30)

    sa.event.listen(first_replica, "before_cursor_execute", pause_before_the_reminders)
    added: list[int] = []

    def first() -> None:
        with db.session(first_replica) as session:
            added.append(convocations.due_reminders(session=session, now=eve, tz=TZ))

    thread = threading.Thread(target=first)
    thread.start()
    try:
        assert paused.wait(30)
        with db.session(loaded_engine) as session:
            second = convocations.due_reminders(session=session, now=eve, tz=TZ)
    finally:
        resume.set()
        thread.join(30)
        first_replica.dispose()
    assert second == 67
    assert added == [0]  # it ran to the end, and wrote nothing twice
    with db.session(loaded_engine) as session:
        kinds = session.exec(select(Delivery.kind, Delivery.member_id)).all()
    reminded = Counter(member for kind, member in kinds if kind == convocations.REMINDER)
    assert len(reminded) == 67
    assert set(reminded.values()) == {1}


NOT_UPDATES = [
    b"[]",
    b"1",
    b"null",
    b'"/seances"',
    b'{"update_id": "x"}',
    b'{"update_id": true}',
    b'{"update_id": 7, "message": "hello"}',
    b'{"update_id": 7, "message": {"message_id": 1, "date": 0, "chat": "x"}}',
    b'{"update_id": 7, "message": {"message_id": 1, "date": 1e300, "chat": {"id": 1}}}',
    b'{"update_id": 7, "callback_query": []}',
    b"[" * 50_000,
]


async def test_a_body_that_is_json_but_not_an_update_gets_400_and_the_bot_goes_on(
    loaded_engine: Engine,
) -> None:
    link(loaded_engine, {501: "DEGRAIX"})
    with FakeBotAPI() as api:
        async with webhook_server(api, loaded_engine) as (base, _app):
            secret = secret_token(settings_for(api))
            async with httpx.AsyncClient() as client:
                statuses = {
                    body[:40]: (
                        await client.post(
                            base + PATH, content=body, headers={SECRET_HEADER: secret}
                        )
                    ).status_code
                    for body in NOT_UPDATES
                }
            assert set(statuses.values()) == {400}, statuses
            update = TelegramUser(501).message_update("/seances")
            assert (await post(base, update, secret)).status_code == 200
            await until(lambda: bool(replies_to(api, 501)))


async def test_an_update_posted_again_is_acknowledged_and_handled_once(
    loaded_engine: Engine,
) -> None:
    """Telegram posts an update again when our 200 was lost; a captured request can be
    replayed: the member was answered twice, a « oui » read twice."""
    link(loaded_engine, {501: "DEGRAIX"})
    with FakeBotAPI() as api:
        async with webhook_server(api, loaded_engine) as (base, _app):
            secret = secret_token(settings_for(api))
            update = TelegramUser(501).message_update("/seances")
            for _ in range(3):
                assert (await post(base, update, secret)).status_code == 200
            following = TelegramUser(501).message_update("/seances")
            assert (await post(base, following, secret)).status_code == 200
            await until(lambda: len(replies_to(api, 501)) >= 2)
            await asyncio.sleep(0.3)
        assert len(replies_to(api, 501)) == 2


async def test_an_oversized_body_is_refused_before_it_is_read(loaded_engine: Engine) -> None:
    """A Content-Length over the limit is answered 413 at once, the body never sent; a body
    without one (chunked) is cut off when it passes the limit."""
    with FakeBotAPI() as api:
        async with webhook_server(api, loaded_engine) as (base, _app):
            secret = secret_token(settings_for(api))
            host, port = base.removeprefix("http://").split(":")
            reader, writer = await asyncio.open_connection(host, int(port))
            writer.write(
                f"POST {PATH} HTTP/1.1\r\nHost: {host}\r\n{SECRET_HEADER}: {secret}\r\n"
                "Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n".encode()
            )
            await writer.drain()
            status_line = await asyncio.wait_for(reader.readline(), 10)
            writer.close()
            assert status_line.split()[1] == b"413"

            async def chunks() -> AsyncIterator[bytes]:
                yield b'{"update_id": 1, "message": {"text": "'
                for _ in range(40):
                    yield b"x" * 50_000

            async with httpx.AsyncClient() as client:
                streamed = await client.post(
                    base + PATH, content=chunks(), headers={SECRET_HEADER: secret}
                )
            assert streamed.status_code == 413
