"""How long a chart takes: the Bureau's 67 members ranked over 6 years, and one member's
6 years of sittings, from a generated store (bench/generate.py) to PNG bytes.

Run: .venv/bin/python bench/charts.py [--repeat N]

Prints, for each chart, the query time and the drawing time (median and worst of N runs, in
milliseconds, wall clock and this process's CPU), and the PNG's size. The target is a chart
for 67 members over 6 years in under 300 ms on the development machine. Drawing runs in a
worker thread in the bot (asyncio.to_thread), so it delays no other member's answer; the
figure says how long the asker waits for the picture after the text.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as `python bench/x.py`

from sqlmodel import col, select

from bench.generate import BUREAU, populate_store
from bot.services import charts, records
from storage import db
from storage.attendance_records import BodyRecord, MemberRecord, body_record, member_record
from storage.models import Body, Member, Membership
from storage.periods import Period

SIX_YEARS = Period(date(2019, 1, 1), date(2024, 12, 31), named=True)


T = TypeVar("T")


def timed(work: Callable[[], T], repeat: int) -> tuple[T, list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return result, walls, cpus


def show(label: str, walls: list[float], cpus: list[float]) -> None:
    print(
        f"{label:<36} wall median {statistics.median(walls):7.1f} ms, worst {max(walls):7.1f} ms"
        f" | cpu median {statistics.median(cpus):7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        engine = db.make_engine(f"sqlite:///{folder}/bench.db")
        db.migrate(engine)
        with db.session(engine) as session:
            populate_store(session, years=6)
            session.commit()
            bureau = session.exec(select(Body).where(Body.name == BUREAU)).one()
            degraix = session.exec(select(Member).where(Member.last_name == "DEGRAIX")).one()
            in_office = set(
                session.exec(
                    select(Membership.member_id).where(
                        Membership.body_id == bureau.id, col(Membership.active).is_(True)
                    )
                )
            )

            def ranking() -> BodyRecord | None:
                return body_record(
                    session=session,
                    body_id=bureau.id or 0,
                    start=SIX_YEARS.start,
                    end=SIX_YEARS.end,
                    represented_counts=False,
                )

            def one_member() -> MemberRecord | None:
                return member_record(
                    session=session,
                    member_id=degraix.id or 0,
                    start=SIX_YEARS.start,
                    end=SIX_YEARS.end,
                    represented_counts=False,
                )

            body, walls, cpus = timed(ranking, args.repeat)
            show("query: the Bureau ranked, 6 years", walls, cpus)
            member, walls, cpus = timed(one_member, args.repeat)
            show("query: one member, 6 years", walls, cpus)
    assert body is not None
    assert member is not None
    # The members in office today: the previous mandate's left in 2020.
    current = replace(body, members=[m for m in body.members if m.member_id in in_office])
    bars = records.body_bars(current, SIX_YEARS)
    timeline = records.member_timeline(member, SIX_YEARS)
    charts.render_png(timeline)  # fonts loaded once per process, as in the bot
    for label, chart in (
        (f"chart: {len(bars.bars)} members ranked", bars),
        (f"chart: {len(timeline.points)} sittings of one member", timeline),
    ):
        png, walls, cpus = timed(partial(charts.render_png, chart), args.repeat)
        show(label, walls, cpus)
        width, height = charts.size_of(chart)
        print(f"{'':<36} {width}×{height} px, {len(png) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
