"""200 members give proxies at the same moment: how long, and does the law hold?

Each giver picks a holder among a smaller group, so many race for the same holder; the
database's unique indexes must leave exactly one proxy per holder that was picked.

    python bench/proxy_race.py [--givers 200] [--holders 60] [--db URL]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as `python bench/x.py`

from sqlmodel import col, func, select

from bot.services import proxies
from storage import db
from storage.models import Body, Member, Membership, Proxy, Sitting

TZ = ZoneInfo("Europe/Paris")


def prepare(url: str, members: int) -> tuple[int, list[int]]:
    engine = db.make_engine(url)
    db.migrate(engine)
    with db.session(engine) as session:
        body = Body(name=f"Conseil de test {time.time_ns()}")
        session.add(body)
        session.flush()
        people = [Member(last_name=f"MEMBRE{i:04d}", first_name="Test") for i in range(members)]
        session.add_all(people)
        session.flush()
        session.add_all(Membership(body_id=body.id or 0, member_id=m.id or 0) for m in people)
        sitting = Sitting(body_id=body.id or 0, held_on=date(2099, 1, 15), in_office=members)
        session.add(sitting)
        session.commit()
        return sitting.id or 0, [m.id or 0 for m in people]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--givers", type=int, default=200)
    parser.add_argument("--holders", type=int, default=60)
    parser.add_argument("--workers", type=int, default=32)
    parser.add_argument("--db", default=None, help="default: a fresh SQLite file")
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'race.db'}"
    sitting_id, member_ids = prepare(url, args.givers + args.holders)
    givers, holders = member_ids[: args.givers], member_ids[args.givers :]
    rng = random.Random(7)
    pairs = [(giver, rng.choice(holders)) for giver in givers]
    engine = db.make_engine(url)
    now = datetime(2099, 1, 1, tzinfo=UTC)

    def give(pair: tuple[int, int]) -> str:
        giver, holder = pair
        with db.session(engine) as session:
            try:
                proxies.register_proxy(
                    session=session,
                    sitting_id=sitting_id,
                    giver_id=giver,
                    holder_id=holder,
                    now=now,
                    tz=TZ,
                    actor=proxies.Actor(giver, channel="bench"),
                )
            except proxies.ProxyRefused as refused:
                return refused.code
            return "registered"

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        outcomes = Counter(pool.map(give, pairs))
    elapsed = time.perf_counter() - started

    with db.session(engine) as session:
        stored = session.exec(
            select(func.count())
            .select_from(Proxy)
            .where(Proxy.sitting_id == sitting_id, col(Proxy.revoked_at).is_(None))
        ).one()
        per_holder = session.exec(
            select(Proxy.holder_id, func.count())
            .where(Proxy.sitting_id == sitting_id)
            .group_by(Proxy.holder_id)
        ).all()
    distinct = len({holder for _, holder in pairs})
    print(f"database        : {engine.url.get_backend_name()}")
    print(
        f"registrations   : {args.givers} concurrent ({args.workers} threads) in {elapsed:.2f} s"
    )
    print(f"outcomes        : {dict(outcomes)}")
    print(f"proxies stored  : {stored}  (distinct holders picked: {distinct})")
    print(f"most per holder : {max((n for _, n in per_holder), default=0)}")
    print("law held        :", "yes" if stored == distinct else "NO")


if __name__ == "__main__":
    main()
