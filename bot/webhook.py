"""Webhook mode, for a deployment behind a reverse proxy: `council-bot run --webhook URL`.

Telegram POSTs each update to URL; this server checks the secret-token header Telegram was
given with `setWebhook` (a request without it, or with another, is refused with 403), puts the
update on the Application's queue and answers at once. `GET /healthz` says whether the bot is
running and its database answers, for the proxy's or the orchestrator's health checks.

Several processes may serve one URL behind a load balancer and share one PostgreSQL database:
every piece of a member's state (proxies, deliveries, drafts, pages) lives in the store, the
outbox claims each delivery in one statement, and migrations at start take a lock.

SIGTERM (or Ctrl-C) stops the HTTP server first (requests in progress still get their answer),
then the Application, which handles every update already received before it returns.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import signal
import socket
from collections import deque
from collections.abc import Iterator
from http import HTTPStatus
from urllib.parse import urlsplit

import sqlalchemy as sa
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from telegram import Bot, Update
from telegram.ext import Application
from uvicorn.protocols.http.h11_impl import H11Protocol

from bot.handlers import private
from bot.runtime import Runtime
from bot.settings import Settings

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
MAX_UPDATE_BYTES = 1_000_000  # Telegram's updates are a few kilobytes; refuse anything absurd
RECENT_UPDATES = 10_000  # update ids remembered against replays (a few hours of a busy bot)
# Telegram posts an update in one go: a body still arriving after this long is a client holding
# the connection open a byte at a time (slowloris), answered 408 so the worker is freed; a
# connection whose request line and headers have not arrived after this long is closed.
BODY_SECONDS = 10.0
HEADERS_SECONDS = 10.0
# Requests served at once by one process; beyond, 503 at once rather than a process that runs
# out of sockets and memory (Telegram sends at most `max_connections`, 40 by default, at once).
MAX_CONCURRENT = 200


class RecentUpdates:
    """The update ids this process received lately. Telegram sends an update again when it
    did not see our 200 in time (a slow proxy, a dropped connection), and a captured request
    can be posted again: either way the member was answered twice and a « oui » read twice.
    A repeated id is acknowledged (200, so Telegram stops) and not handled again. Per
    process: polling needs none (its offset moves past each update), and replicas behind a
    load balancer each keep their own (a retry that reaches another replica is handled
    there once; the store's constraints keep what a member does from being done twice)."""

    def __init__(self, size: int = RECENT_UPDATES) -> None:
        self._order: deque[int] = deque()
        self._ids: set[int] = set()
        self._size = size

    def first_time(self, update_id: int) -> bool:
        if update_id in self._ids:
            return False
        self._ids.add(update_id)
        self._order.append(update_id)
        if len(self._order) > self._size:
            self._ids.discard(self._order.popleft())
        return True


def secret_token(settings: Settings) -> str:
    """WEBHOOK_SECRET when set, otherwise one derived from the bot token, so that every
    process of one deployment agrees on it without another setting to share. Telegram allows
    1–256 characters among A–Z, a–z, 0–9, _ and -."""
    if settings.webhook_secret is not None:
        return settings.webhook_secret.get_secret_value()
    assert settings.telegram_bot_token is not None
    token = settings.telegram_bot_token.get_secret_value().encode()
    return hmac.new(token, b"council-bot webhook", hashlib.sha256).hexdigest()


def web_app(application: Application, *, path: str, secret: str) -> Starlette:  # type: ignore[type-arg]
    """The two routes: Telegram's updates at `path`, the health check at /healthz."""
    recent = RecentUpdates()

    async def receive(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            log.warning("webhook request refused: missing or wrong secret token")
            return Response(status_code=HTTPStatus.FORBIDDEN)
        try:
            async with asyncio.timeout(BODY_SECONDS):
                body = await _read_capped(request, MAX_UPDATE_BYTES)
        except TimeoutError:
            log.warning("webhook request refused: body not received within %s s", BODY_SECONDS)
            return Response(status_code=HTTPStatus.REQUEST_TIMEOUT)
        if body is None:
            log.warning("webhook request refused: body over %s bytes", MAX_UPDATE_BYTES)
            return Response(status_code=HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        update = _update_from(body, application.bot)
        if update is None:
            log.warning("webhook request refused: not an update")
            return Response(status_code=HTTPStatus.BAD_REQUEST)
        if not recent.first_time(update.update_id):
            log.warning("webhook update %s received again: not handled twice", update.update_id)
            return Response(status_code=HTTPStatus.OK)
        await application.update_queue.put(update)
        return Response(status_code=HTTPStatus.OK)

    async def health(_request: Request) -> Response:
        database = await asyncio.to_thread(_database_answers, application.bot_data.runtime)
        healthy = application.running and database
        return JSONResponse(
            {
                "status": "ok" if healthy else "unavailable",
                "running": application.running,
                "database": "ok" if database else "unreachable",
                "updates_waiting": application.update_queue.qsize(),
            },
            status_code=HTTPStatus.OK if healthy else HTTPStatus.SERVICE_UNAVAILABLE,
        )

    return Starlette(
        routes=[
            Route(path, receive, methods=["POST"]),
            Route(HEALTH_PATH, health, methods=["GET"]),
        ]
    )


async def _read_capped(request: Request, limit: int) -> bytes | None:
    """The body, or None as soon as it is known to exceed `limit`: from Content-Length before
    a byte is read, or while streaming a body sent without one (chunked)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _update_from(body: bytes, bot: Bot) -> Update | None:
    """The update in this body, or None when the body is not one: not JSON, JSON that is not
    an object (`[]`, `1`, `null`), an update_id that is not an integer, or fields of the wrong
    shape (a `message` that is a string). Telegram never sends those; whoever did gets 400."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        # ValueError: JSONDecodeError, UnicodeDecodeError, and a number of more than 4,300
        # digits, which Python refuses to convert (a 500 and a traceback before)
        return None
    if not isinstance(data, dict):
        return None
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        return None
    try:
        return Update.de_json(data, bot)
    except (
        TypeError,
        KeyError,
        ValueError,
        AttributeError,
        IndexError,
        OverflowError,
        OSError,
        RecursionError,
    ):
        # OSError: a date beyond what the platform can convert (fromtimestamp); RecursionError:
        # messages replying to messages hundreds deep, which json.loads reads and de_json not
        return None


def _database_answers(rt: Runtime) -> bool:
    try:
        with rt.engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError:
        return False
    return True


class _HeadersInTime(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, closing a connection whose request has not arrived within
    HEADERS_SECONDS of its opening (or of the previous answer). uvicorn waits for ever for a
    request's first bytes and headers: a client opening connections and sending a header now
    and then (slowloris) held every one of them, before any secret is even read."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.loop.call_later(HEADERS_SECONDS, self._headers_late)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self.loop.call_later(HEADERS_SECONDS, self._headers_late)

    def _headers_late(self) -> None:
        waiting = self.cycle is None or self.cycle.response_complete  # no request under way
        if waiting and not self.transport.is_closing():
            log.warning("webhook connection closed: no request within %s s", HEADERS_SECONDS)
            self.transport.close()


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: it would raise SIGTERM again once the HTTP
    server is down, killing the process before the Application has handled what it received.
    `serve_webhook` installs handlers that only ask the server to stop."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def serve_webhook(
    application: Application,  # type: ignore[type-arg]
    *,
    url: str,
    secret: str,
    listen: str = "0.0.0.0",
    port: int = 8080,
    sock: socket.socket | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    """Register the webhook with Telegram, serve until SIGTERM/SIGINT (or `stop`), then stop
    cleanly. `sock` serves on an already bound socket (tests bind port 0)."""
    path = urlsplit(url).path or "/"
    config = uvicorn.Config(
        web_app(application, path=path, secret=secret),
        host=listen,
        port=port,
        lifespan="off",
        log_config=None,  # our JSON logging (bot/logs.py), not uvicorn's
        access_log=False,  # every member's message would be a line; the bot logs what matters
        timeout_graceful_shutdown=10,
        limit_concurrency=MAX_CONCURRENT,
        http=_HeadersInTime,
    )
    server = _Server(config)
    loop = asyncio.get_running_loop()
    watched = []
    for number in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(number, server.handle_exit, number, None)
            watched.append(number)
    stopper = asyncio.create_task(_stop_when(stop, server)) if stop is not None else None
    try:
        async with application:
            if application.post_init is not None:
                await application.post_init(application)
            # Not dropping pending updates: what Telegram queued while no process was up is
            # owed to the members. Every process sets the same URL and secret: idempotent.
            await application.bot.set_webhook(
                url=url, secret_token=secret, allowed_updates=list(private.UPDATES)
            )
            await application.start()
            log.info("webhook serving on %s:%s%s", listen, port, path)
            try:
                await server.serve(sockets=[sock] if sock is not None else None)
            finally:
                # Handles every update already on the queue, then stops the jobs.
                await application.stop()
    finally:
        if stopper is not None:
            stopper.cancel()
        for number in watched:
            loop.remove_signal_handler(number)


async def _stop_when(stop: asyncio.Event, server: uvicorn.Server) -> None:
    await stop.wait()
    server.should_exit = True
