"""The webhook against a client that is not Telegram, or a Telegram asked for too much: real
HTTP to uvicorn serving bot/webhook.py on 127.0.0.1 (tests/test_webhook.py's server)."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from sqlalchemy.engine import Engine

from bot import webhook
from bot.transport import TelegramUser
from bot.webhook import SECRET_HEADER, secret_token
from tests.botapi_server import FakeBotAPI
from tests.test_webhook import PATH, link, post, replies_to, settings_for, until, webhook_server


async def test_telegram_is_asked_only_for_what_the_bot_answers(loaded_engine: Engine) -> None:
    """`Update.ALL_TYPES` asked Telegram for business messages too: every message a member
    writes to anyone from a Business account the bot is connected to."""
    with FakeBotAPI() as api:
        async with webhook_server(api, loaded_engine):
            (registered,) = api.calls_of("setWebhook")
    asked = set(registered.params["allowed_updates"])
    assert {"message", "edited_message", "callback_query"} <= asked
    assert not asked & {"business_message", "edited_business_message", "business_connection"}
    assert not asked & {"inline_query", "message_reaction", "chat_member", "poll_answer"}


async def test_a_number_of_thousands_of_digits_gets_400_not_a_traceback(
    loaded_engine: Engine,
) -> None:
    """Python refuses to convert a number of more than 4,300 digits: json.loads raised a plain
    ValueError, answered 500 with a traceback in the logs."""
    link(loaded_engine, {501: "DEGRAIX"})
    with FakeBotAPI() as api:
        async with webhook_server(api, loaded_engine) as (base, _app):
            secret = secret_token(settings_for(api))
            huge = b'{"update_id": 1' + b"0" * 5000 + b"}"
            async with httpx.AsyncClient() as client:
                response = await client.post(
                    base + PATH, content=huge, headers={SECRET_HEADER: secret}
                )
            assert response.status_code == 400
            assert (
                await post(base, TelegramUser(501).message_update("/seances"), secret)
            ).is_success
            await until(lambda: bool(replies_to(api, 501)))


async def test_a_body_sent_a_byte_at_a_time_is_cut_off(
    loaded_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A client with the secret that announces a body and sends it slowly (slowloris) held a
    worker for as long as it liked; it gets 408 once the body is late, and others are served."""
    monkeypatch.setattr(webhook, "BODY_SECONDS", 0.5)
    link(loaded_engine, {501: "DEGRAIX"})
    with FakeBotAPI() as api:
        async with webhook_server(api, loaded_engine) as (base, _app):
            secret = secret_token(settings_for(api))
            host, port = base.removeprefix("http://").split(":")
            reader, writer = await asyncio.open_connection(host, int(port))
            writer.write(
                f"POST {PATH} HTTP/1.1\r\nHost: {host}\r\n{SECRET_HEADER}: {secret}\r\n"
                "Content-Type: application/json\r\nContent-Length: 400\r\n\r\n"
                '{"update_id": 5, '.encode()
            )
            await writer.drain()
            status_line = await asyncio.wait_for(reader.readline(), 10)
            writer.close()
            assert status_line.split()[1] == b"408"
            assert (
                await post(base, TelegramUser(501).message_update("/seances"), secret)
            ).is_success
            await until(lambda: bool(replies_to(api, 501)))


async def test_a_connection_that_never_finishes_its_headers_is_closed(
    loaded_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """uvicorn waits for ever for a request's headers: a client sending a header now and then
    (slowloris) held its connection, before any secret is read; enough of them and Telegram's
    own requests found no room."""
    monkeypatch.setattr(webhook, "HEADERS_SECONDS", 0.5)
    link(loaded_engine, {501: "DEGRAIX"})
    with FakeBotAPI() as api:
        async with webhook_server(api, loaded_engine) as (base, _app):
            host, port = base.removeprefix("http://").split(":")
            idle = await asyncio.open_connection(host, int(port))
            slow = await asyncio.open_connection(host, int(port))
            slow[1].write(f"POST {PATH} HTTP/1.1\r\nHost: {host}\r\n".encode())
            await slow[1].drain()
            for reader, writer in (idle, slow):
                assert await asyncio.wait_for(reader.read(), 10) == b""  # closed by the server
                writer.close()
            secret = secret_token(settings_for(api))
            update = TelegramUser(501).message_update("/seances")
            assert (await post(base, update, secret)).is_success
            await until(lambda: bool(replies_to(api, 501)))


def _replies_nested(depth: int) -> bytes:
    """An update whose message replies to a message replying to … `depth` times."""
    message: dict[str, object] = {
        "message_id": 1,
        "date": 1,
        "chat": {"id": 501, "type": "private"},
    }
    for number in range(2, depth + 2):
        message = {
            "message_id": number,
            "date": 1,
            "chat": {"id": 501, "type": "private"},
            "text": "x",
            "reply_to_message": message,
        }
    return json.dumps({"update_id": 7, "message": message}).encode()


async def test_an_update_nested_past_the_reader_s_depth_gets_400_not_a_traceback(
    loaded_engine: Engine,
) -> None:
    """Five hundred replies nested in one update (50 kB) pass json.loads, then raised
    RecursionError in Update.de_json: a 500 with a traceback in the logs, each time the sender
    retried. It is a body that is no update."""
    link(loaded_engine, {501: "DEGRAIX"})
    with FakeBotAPI() as api:
        async with webhook_server(api, loaded_engine) as (base, _app):
            secret = secret_token(settings_for(api))
            async with httpx.AsyncClient() as client:
                response = await client.post(
                    base + PATH, content=_replies_nested(500), headers={SECRET_HEADER: secret}
                )
            assert response.status_code == 400
            assert (
                await post(base, TelegramUser(501).message_update("/seances"), secret)
            ).is_success
            await until(lambda: bool(replies_to(api, 501)))
