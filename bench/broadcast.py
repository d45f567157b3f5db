"""Convene N members through a local Bot API with Telegram's flood control; compare with the floor.

Telegram accepts about 30 messages a second from a bot; a convocation is two messages (the
text with its buttons, then the .ics), so N members cannot be convened faster than 2N/30 s.
Prints the time, its ratio to that floor (goal of issue 5: ≤ 1.3), the 429s the server
answered, and duplicates (must be 0).

    python bench/broadcast.py [--members 200]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as `python bench/x.py`

from bot.app import build_application
from bot.broadcast import deliver
from bot.services import convocations
from bot.settings import Settings
from storage import db
from storage.models import Body, Member, Membership, Sitting
from tests.botapi_server import FakeBotAPI

TZ = ZoneInfo("Europe/Paris")
TELEGRAM_RATE = 30  # messages per second, overall


def prepare(url: str, members: int) -> int:
    engine = db.make_engine(url)
    db.migrate(engine)
    now = datetime.now(UTC)
    with db.session(engine) as session:
        body = Body(name="Conseil Métropolitain")
        session.add(body)
        session.flush()
        people = [
            Member(last_name=f"MEMBRE{i:04d}", first_name="Élu", telegram_user_id=500_000 + i)
            for i in range(members)
        ]
        session.add_all(people)
        session.flush()
        session.add_all(Membership(body_id=body.id or 0, member_id=m.id or 0) for m in people)
        sitting = Sitting(
            body_id=body.id or 0,
            held_on=now.date().replace(year=now.year + 1),
            start_time=clock_time(18, 0),
            place="Hôtel de métropole",
            agenda=["Budget primitif", "Plan climat", "Transports"],
        )
        session.add(sitting)
        session.commit()
        convocations.convene(
            session=session,
            sitting_id=sitting.id or 0,
            now=now,
            tz=TZ,
            actor=convocations.Actor(None, channel="bench"),
        )
        return sitting.id or 0


async def run(members: int) -> None:
    url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'broadcast.db'}"
    sitting_id = prepare(url, members)
    engine = db.make_engine(url)
    with FakeBotAPI() as server:
        server.enforce_rate(per_second=TELEGRAM_RATE, per_chat_per_second=1)
        settings = Settings(telegram_bot_token="123:bench", telegram_api_url=server.base_url)
        application = build_application(settings, engine)
        async with application:
            started = time.perf_counter()
            result = await deliver(
                application.bot,
                engine,
                clock=lambda: datetime.now(UTC),
                tz=TZ,
                sitting_id=sitting_id,
            )
            elapsed = time.perf_counter() - started
        delivered = server.messages()
        per_chat = Counter((c.method, c.chat_id) for c in delivered)
        statuses = server.status_counts()
    messages = len(delivered)
    floor = messages / TELEGRAM_RATE
    print(f"members            : {members}")
    print(f"messages delivered : {messages} ({result.sent} convocations + their .ics)")
    print(f"time               : {elapsed:.2f} s")
    print(f"Telegram's floor   : {floor:.2f} s ({messages} messages at {TELEGRAM_RATE}/s)")
    print(f"ratio to the floor : {elapsed / floor:.2f} (goal ≤ 1.3)")
    print(f"429s received      : {statuses.get(429, 0)}")
    print(f"duplicates         : {sum(n - 1 for n in per_chat.values() if n > 1)} (must be 0)")
    print(f"not delivered      : {members - result.sent}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=200)
    asyncio.run(run(parser.parse_args().members))


if __name__ == "__main__":
    main()
