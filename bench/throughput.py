"""Questions per second through the whole assistant, against echo bots, in one process.

Three runs of python-telegram-bot's Application on the same 5,000 updates:
- the assistant, with the in-process Bot API stand-in (bot/transport.py);
- an echo bot with the same stand-in: the ratio measures what the assistant's handlers add
  (routing, name resolution, queries on a 20-year store, templates);
- a **bare** echo: `Update.de_json` + `process_update`, one handler replying with the received
  text, a Bot whose request is an offline stub defined here: no project code in the path.
  Goal of issue 12: the assistant at ≥ 0.5 of the bare echo's rate.
Rates are per second of this process's CPU time: on a shared machine, wall time measures
the neighbours' load as much as the bot (the same code gave 820 and 2,459 questions/s of wall
time an hour apart); one asyncio thread does all the work, so CPU time is the time it took.

    python bench/throughput.py [--count 5000] [--years 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as `python bench/x.py`

from sqlmodel import select
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters
from telegram.request import BaseRequest, RequestData

from bench.generate import populate_store
from bot.app import OFFLINE_TOKEN, build_application
from bot.settings import Settings
from bot.transport import Conversation, InProcessBotAPI
from storage import db
from storage.models import Member

QUESTIONS = (
    "/seance 4 juillet 2024",
    "qui a donné pouvoir à Degraix ?",
    "/membre Degraix",
    "/deliberation solidarités",
    "combien pour AESIO ?",
    "/presents",
    "qui était absent le 4 juillet 2024 ?",
    "/seances",
    "/actions axe 3",
    "/membre Gilles",
    "combien de présents au dernier bureau ?",
    "/deliberation 2024.00417",
    "/pouvoirs 4 juillet 2024",
    "/membre Fayole",
    "bonjour",
)
MEMBERS = 500  # distinct accounts asking: one account alone would meet the flood guard
WARM_UP = 9_999


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


async def _rate(application: Application, api: InProcessBotAPI, count: int, repeat: int) -> float:  # type: ignore[type-arg]
    """Best of `repeat` runs (the machine's noise only ever slows a run down), each by fresh
    accounts so that none meets the flood guard; every question must get its answer."""
    best = 0.0
    async with application:
        warm = Conversation(application, api, WARM_UP)
        for question in QUESTIONS:  # warm caches (names, search, templates)
            await warm.send(question)
        for run in range(repeat):
            chats = [Conversation(application, api, account(run, n)) for n in range(MEMBERS)]
            answered = 0
            start = time.process_time()
            for i in range(count):
                answered += bool(await chats[i % MEMBERS].send(QUESTIONS[i % len(QUESTIONS)]))
                api.calls.clear()
            best = max(best, count / (time.process_time() - start))
            assert answered == count, f"{count - answered} questions went unanswered"
    return best


ECHO_BOT = {"id": 1, "is_bot": True, "first_name": "Echo", "username": "echo_bot"}


class OfflineStub(BaseRequest):
    """Answers every Bot API call at once with a plausible result; records nothing."""

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = None,
        write_timeout: object = None,
        connect_timeout: object = None,
        pool_timeout: object = None,
    ) -> tuple[int, bytes]:
        if url.endswith("/getMe"):
            result: object = ECHO_BOT
        else:
            params = request_data.parameters if request_data else {}
            result = {
                "message_id": 1,
                "date": 0,
                "chat": {"id": int(params.get("chat_id", 0)), "type": "private"},
                "text": params.get("text", ""),
            }
        return 200, json.dumps({"ok": True, "result": result}).encode()


async def _bare_rate(count: int, repeat: int) -> float:
    """The bare echo: python-telegram-bot alone, updates built from JSON as Telegram sends."""
    application = ApplicationBuilder().token(OFFLINE_TOKEN).request(OfflineStub()).updater(None)
    app = application.build()
    app.add_handler(MessageHandler(filters.TEXT, _echo))
    best = 0.0
    async with app:
        for run in range(repeat):
            payloads = [
                {
                    "update_id": i,
                    "message": {
                        "message_id": i,
                        "date": 0,
                        "chat": {"id": account(run, i % MEMBERS), "type": "private"},
                        "from": {
                            "id": account(run, i % MEMBERS),
                            "is_bot": False,
                            "first_name": "É",
                        },
                        "text": QUESTIONS[i % len(QUESTIONS)],
                    },
                }
                for i in range(count)
            ]
            start = time.process_time()
            for payload in payloads:
                await app.process_update(Update.de_json(payload, app.bot))
            best = max(best, count / (time.process_time() - start))
    return best


def account(run: int, n: int) -> int:
    return 10_000 + run * MEMBERS + n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="council-bench-"))
    engine = db.make_engine(f"sqlite:///{folder / 'council.db'}")
    db.migrate(engine)
    started = time.perf_counter()
    with db.session(engine) as session:
        counts = populate_store(session, years=args.years)
        members = session.exec(select(Member.id).limit(MEMBERS)).all()
    print(
        f"store: {args.years} years generated in {time.perf_counter() - started:.1f} s: {counts}"
    )

    clock = datetime(2024, 7, 10, 10, 0, tzinfo=UTC)
    api = InProcessBotAPI()
    assistant = build_application(Settings(), engine, request=api, clock=lambda: clock)
    acting_as = assistant.bot_data.runtime.acting_as
    acting_as[WARM_UP] = members[0]
    for run in range(args.repeat):  # each account speaks as one member of the store
        for n in range(MEMBERS):
            acting_as[account(run, n)] = members[n % len(members)]
    assistant_rate = asyncio.run(_rate(assistant, api, args.count, args.repeat))

    echo_api = InProcessBotAPI()
    echo = ApplicationBuilder().token(OFFLINE_TOKEN).request(echo_api).updater(None).build()
    echo.add_handler(MessageHandler(filters.TEXT, _echo))
    echo_rate = asyncio.run(_rate(echo, echo_api, args.count, args.repeat))
    bare_rate = asyncio.run(_bare_rate(args.count, args.repeat))

    print(
        f"assistant: {assistant_rate:8.0f} questions/s "
        f"({args.count} mixed questions, best of {args.repeat})"
    )
    print(f"echo bot : {echo_rate:8.0f} messages/s (same in-process Bot API stand-in)")
    print(f"bare echo: {bare_rate:8.0f} messages/s (PTB alone, offline request stub)")
    print(f"ratio    : {assistant_rate / echo_rate:8.2f} of the echo bot")
    print(f"ratio    : {assistant_rate / bare_rate:8.2f} of the bare echo (goal ≥ 0.5)")


if __name__ == "__main__":
    main()
