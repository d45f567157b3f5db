"""Convene N members through a local Bot API with Telegram's flood control; compare with the floor.

Telegram accepts about 30 messages a second from a bot and one a second in a chat. A
convocation with a realistic agenda (40 items, about 6,000 characters) is four messages: the
notice with its buttons, the agenda in two pages, the .ics; so N members cannot be convened
faster than max(4N/30, 3) s. Prints the time, its ratio to that floor (goal of issue 10:
≤ 1.1), the 429s the server answered, the messages it refused (must be 0: it enforces
Telegram's 4,096 characters and HTML rules) and duplicates (must be 0).

    python bench/broadcast.py [--members 200] [--agenda-items 40]
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


def agenda(items: int) -> list[str]:
    """About 150 characters an item, as a real Conseil's ordre du jour."""
    return [
        f"Délibération 2025.{n:05d} : Contrat local des solidarités — subvention à l'association "
        f"« Loire & Furan » n° {n}, convention d'objectifs et avenant financier"
        for n in range(1, items + 1)
    ]


def prepare(url: str, members: int, items: int) -> int:
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
            agenda=agenda(items),
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


async def run(members: int, items: int) -> None:
    url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'broadcast.db'}"
    sitting_id = prepare(url, members, items)
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
        # The same message twice in a chat (the notice, a page of the agenda, the .ics).
        per_chat = Counter(
            (c.chat_id, c.params.get("text") or c.files["document"].filename) for c in delivered
        )
        statuses = server.status_counts()
    messages = len(delivered)
    per_member = max(Counter(c.chat_id for c in delivered).values())
    floor = max(messages / TELEGRAM_RATE, per_member - 1.0)  # one a second in each chat
    print(f"members            : {members}")
    print(f"agenda             : {items} items, {len(chr(10).join(agenda(items)))} characters")
    print(f"messages delivered : {messages} ({per_member} per member: notice, agenda, .ics)")
    print(f"time               : {elapsed:.2f} s")
    print(f"Telegram's floor   : {floor:.2f} s ({messages} messages at {TELEGRAM_RATE}/s)")
    print(f"ratio to the floor : {elapsed / floor:.2f} (goal ≤ 1.1)")
    print(f"429s received      : {statuses.get(429, 0)}")
    print(f"refused (400)      : {statuses.get(400, 0)} (must be 0)")
    print(f"duplicates         : {sum(n - 1 for n in per_chat.values() if n > 1)} (must be 0)")
    print(f"not delivered      : {members - result.sent}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--agenda-items", type=int, default=40)
    args = parser.parse_args()
    asyncio.run(run(args.members, args.agenda_items))


if __name__ == "__main__":
    main()
