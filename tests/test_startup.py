"""`council-bot run` when Telegram will not have it: the real process, against the local Bot
API answering 401 (a wrong token), 404 (a mistyped TELEGRAM_API_URL) or not at all. One French
line, exit status 1, and the token and the webhook secret nowhere in what it printed."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.transport import Conversation, InProcessBotAPI
from bot.webhook import secret_token
from tests.botapi_server import FakeBotAPI

TOKEN = "987654:STARTUP-token-that-must-never-show"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_bot(tmp_path: Path, api_url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "WEBHOOK_URL"}}
    env |= {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'council.db'}",
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_PORT": str(closed_port()),
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", "run", *extra],
        env=env,
        cwd=tmp_path,  # no .env of the checkout
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


@pytest.mark.parametrize("mode", ["polling", "webhook"])
@pytest.mark.parametrize("failure", ["401", "404", "unreachable"])
def test_a_bot_api_that_refuses_or_is_away_is_one_french_line_without_the_token(
    tmp_path: Path, mode: str, failure: str
) -> None:
    extra = ["--webhook", "https://bot.example.fr/telegram"] if mode == "webhook" else []
    with FakeBotAPI() as api:
        if failure == "401":
            api.fail_next(1000, status=401)
            url = api.base_url
        elif failure == "404":
            url = api.base_url.replace("/bot", "/telegram/bot")  # a mistyped TELEGRAM_API_URL
        else:
            url = f"http://127.0.0.1:{closed_port()}/bot"
        done = run_bot(tmp_path, url, *extra)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    # Logs are JSON lines (a library's error with its redacted exception among them); the
    # operator's sentence is the one line that is not, and no raw traceback is printed.
    lines = [line for line in done.stderr.splitlines() if not line.startswith("{")]
    assert all(json.loads(line) for line in done.stderr.splitlines() if line.startswith("{"))
    assert not any(line.startswith("Traceback") for line in lines), output
    assert TOKEN not in output
    assert TOKEN.split(":")[1] not in output
    secret = secret_token(Settings(telegram_bot_token=TOKEN))
    assert secret not in output
    assert len(lines) == 1, output  # one sentence; anything else is a redacted JSON log line
    expected = "Telegram refuse le jeton" if failure != "unreachable" else "Impossible de joindre"
    assert lines[0].startswith(expected), output


def test_exception_and_stack_texts_are_redacted_in_the_json_logs() -> None:
    """The formatter itself: an exception whose message carries the token, logged with its
    stack, and an exception nobody caught (sys.excepthook), all without the token."""
    import io
    import logging

    from telegram.error import InvalidToken

    from bot.logs import configure_logging

    root = logging.getLogger()
    saved = (root.handlers[:], root.level, logging.getLogRecordFactory(), sys.excepthook)
    stream = io.StringIO()
    try:
        configure_logging([TOKEN])
        root.handlers[0].stream = stream  # type: ignore[attr-defined]
        try:
            raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
        except InvalidToken as error:
            logging.getLogger("telegram.ext").error("start failed", exc_info=True, stack_info=True)
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
        logging.setLogRecordFactory(saved[2])
        sys.excepthook = saved[3]
    entries = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(entries) == 2
    assert all("[secret]" in entry["exception"] for entry in entries)
    assert "stack" in entries[0]
    assert TOKEN not in stream.getvalue()


async def test_the_admin_chat_gets_the_traceback_without_the_token(engine) -> None:  # type: ignore[no-untyped-def]
    """A handler fails with an error whose text carries the token (PTB's InvalidToken does):
    the member is apologised to, the admin chat gets the traceback, redacted."""
    from telegram import Update
    from telegram.error import InvalidToken
    from telegram.ext import ContextTypes, TypeHandler

    from bot.app import build_application
    from bot.transport import Conversation, InProcessBotAPI

    async def fails(_update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")

    api = InProcessBotAPI()
    settings = Settings(telegram_bot_token=TOKEN, admin_chat_id=4242)
    application = build_application(settings, engine, request=api)
    application.add_handler(TypeHandler(Update, fails), group=-1000)
    async with application:
        await Conversation(application, api, 501).send("/seances")
    to_admin = [c.params["text"] for c in api.calls if c.params.get("chat_id") == 4242]
    assert len(to_admin) == 1
    assert "InvalidToken" in to_admin[0]
    assert "[secret]" in to_admin[0]
    assert TOKEN not in to_admin[0]


def test_a_port_already_taken_is_one_line_and_no_webhook_is_registered(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken, FakeBotAPI() as api:
        port = taken.getsockname()[1]
        env = os.environ | {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api.base_url,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'council.db'}",
            "WEBHOOK_LISTEN": "127.0.0.1",
        }
        runs = [
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bot",
                    "run",
                    "--webhook",
                    "https://b.fr/t",
                    *port_args,
                ],
                env=env,
                cwd=tmp_path,
                capture_output=True,
                text=True,
                timeout=90,
                check=False,
            )
            for port_args in (["--port", str(port)], ["--port", "99999"])
        ]
        assert api.calls_of("setWebhook") == []
    taken_run, impossible = runs
    assert taken_run.returncode == 1, taken_run.stderr
    sentences = [line for line in taken_run.stderr.splitlines() if not line.startswith("{")]
    assert sentences == [sentences[0]]
    assert sentences[0].startswith(f"Impossible d'écouter sur 127.0.0.1:{port}")
    assert impossible.returncode == 2
    assert "le port va de 1 à 65535, pas « 99999 »" in impossible.stderr
    assert "Traceback" not in taken_run.stderr + impossible.stderr


class _Refusing(InProcessBotAPI):
    """Telegram refusing sendMessage to some chats: {chat id: (status, description)}."""

    def __init__(self, refused: dict[int, tuple[int, str]]) -> None:
        super().__init__()
        self.refused = refused

    async def do_request(self, url: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        data = kwargs.get("request_data") or (args[1] if len(args) > 1 else None)
        to = dict(data.parameters).get("chat_id") if data is not None else None
        if url.endswith("/sendMessage") and to in self.refused:
            status, description = self.refused[to]
            said = {"ok": False, "error_code": status, "description": description}
            return status, json.dumps(said).encode()
        return await super().do_request(url, *args, **kwargs)


async def test_a_member_who_blocked_the_bot_is_not_a_failure_told_to_the_admin_chat(
    engine,
) -> None:  # type: ignore[no-untyped-def]
    """The member blocks the bot while their answer is on its way: Telegram refuses it
    (403 Forbidden). One warning in the logs; no apology (refused as well), no traceback to
    the admin chat, and the next member is answered."""
    from bot.app import build_application

    api = _Refusing({501: (403, "Forbidden: bot was blocked by the user")})
    application = build_application(Settings(admin_chat_id=4242), engine, request=api)
    application.bot_data.errors = []
    async with application:
        assert await Conversation(application, api, 501).send("/aide") == []
        assert await Conversation(application, api, 502).send("/aide")
    assert application.bot_data.errors == []
    assert [c for c in api.calls if c.params.get("chat_id") == 4242] == []


async def test_an_admin_chat_telegram_refuses_leaves_the_apology_and_a_warning(
    engine, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    """ADMIN_CHAT_ID names a chat the bot was removed from: the error handler itself failed,
    and python-telegram-bot logged a second traceback in English."""
    from telegram import Update
    from telegram.ext import ContextTypes, TypeHandler

    from bot.app import build_application

    async def fails(_update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        raise RuntimeError("boom")

    api = _Refusing({4242: (400, "Bad Request: chat not found")})
    application = build_application(Settings(admin_chat_id=4242), engine, request=api)
    application.add_handler(TypeHandler(Update, fails), group=-1000)  # type: ignore[arg-type]
    async with application:
        said = await Conversation(application, api, 501).send("/seances")
    assert "Désolé" in said[0].text
    assert "Could not tell the admin chat 4242" in caplog.text
    assert "uncaught error was raised while handling the error" not in caplog.text
