"""Questions per second through the whole assistant, against a bare echo bot, in one process.

Both bots run python-telegram-bot's Application with the same in-process Bot API stand-in
(bot/transport.py), so the ratio measures what the assistant adds: routing, name resolution,
queries on a 20-year store, templates. Goal of issue 3: ratio ≥ 0.5.

    python bench/throughput.py [--count 5000] [--years 20]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as `python bench/x.py`

from sqlmodel import select
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

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


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


async def _rate(application: Application, api: InProcessBotAPI, count: int) -> float:  # type: ignore[type-arg]
    chats = [Conversation(application, api, 10_000 + n) for n in range(MEMBERS)]
    async with application:
        for n, question in enumerate(QUESTIONS):  # warm caches (names, search, templates)
            await chats[n].send(question)
        api.calls.clear()
        start = time.perf_counter()
        for i in range(count):
            await chats[i % MEMBERS].send(QUESTIONS[i % len(QUESTIONS)])
            if len(api.calls) > 10_000:
                api.calls.clear()
        return count / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--years", type=int, default=20)
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
    for n in range(MEMBERS):  # each account speaks as one member of the store
        assistant.bot_data["runtime"].acting_as[10_000 + n] = members[n % len(members)]
    assistant_rate = asyncio.run(_rate(assistant, api, args.count))

    echo_api = InProcessBotAPI()
    echo = ApplicationBuilder().token(OFFLINE_TOKEN).request(echo_api).updater(None).build()
    echo.add_handler(MessageHandler(filters.TEXT, _echo))
    echo_rate = asyncio.run(_rate(echo, echo_api, args.count))

    print(f"assistant: {assistant_rate:8.0f} questions/s ({args.count} mixed questions)")
    print(f"echo bot : {echo_rate:8.0f} messages/s")
    print(f"ratio    : {assistant_rate / echo_rate:8.2f} (goal ≥ 0.5)")


if __name__ == "__main__":
    main()
