"""The benchmark generators make lawful data: extracts the checks accept, a store that keeps
its constraints. A finding here means the generator, the parser or the checks drifted apart."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import select

# bench/ is a folder of scripts, not an installed package: reach it from the repo root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import BUREAU, CONSEIL, SEATS, extract_texts, populate_store
from storage import db
from storage.checks import check_extract
from storage.models import (
    Attendance,
    AttendanceStatus,
    Body,
    Deliberation,
    FundedAction,
    Member,
    Membership,
    Proxy,
    Sitting,
)
from storage.parsing.extract import parse_extract


def test_extracts_whose_counts_vary_per_item_are_each_lawful() -> None:
    texts = extract_texts(60, vary_attendance=True)
    present = set()
    for text in texts:
        extract = parse_extract(text)
        findings = list(extract.findings) + check_extract(extract)
        assert findings == [], f"{findings}\n{text}"
        present.add((extract.sitting_date, extract.counts.present))
    # Some sitting prints more than one count of presents across its extracts.
    sittings = {day for day, _ in present}
    assert len(present) > len(sittings)


def test_generated_extracts_parse_without_findings() -> None:
    texts = extract_texts(20)
    assert len(texts) == 20
    for text in texts:
        extract = parse_extract(text)
        findings = list(extract.findings) + check_extract(extract)
        assert findings == [], f"{findings}\n{text}"
        assert extract.body in (BUREAU, CONSEIL)
        assert extract.deliberation.number
        assert extract.deliberation.title
        counts = extract.counts
        assert counts.present == len(extract.present)
        assert counts.proxies == len(extract.proxies)
        assert counts.in_office == counts.present + counts.proxies + len(extract.absent_excused)
        assert 2 <= len(extract.deliberation.decisions) <= 4


def test_extract_texts_are_deterministic() -> None:
    assert extract_texts(4, seed=3) == extract_texts(4, seed=3)
    assert extract_texts(4, seed=3) != extract_texts(4, seed=4)


def test_one_year_store_has_the_expected_rows_and_lawful_proxies(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'big.db'}")
    db.migrate(engine)
    with db.session(engine) as session:
        counts = populate_store(session, years=1)

        def rows(model: type) -> int:
            return session.exec(select(sa.func.count()).select_from(model)).one()

        assert counts == {
            "body": rows(Body),
            "member": rows(Member),
            "membership": rows(Membership),
            "sitting": rows(Sitting),
            "attendance": rows(Attendance),
            "proxy": rows(Proxy),
            "deliberation": rows(Deliberation),
            "fundedaction": rows(FundedAction),
        }
        # One mandate: the Conseil's 123 include the Bureau's 67.
        assert counts["body"] == 2
        assert counts["member"] == SEATS[CONSEIL]
        assert counts["membership"] == SEATS[BUREAU] + SEATS[CONSEIL]
        assert 16 <= counts["sitting"] <= 20
        sittings = session.exec(select(Sitting)).all()
        assert counts["attendance"] == sum(s.in_office or 0 for s in sittings)
        assert 5 * len(sittings) <= counts["deliberation"] <= 30 * len(sittings)
        assert counts["fundedaction"] > 0

        status = {(a.sitting_id, a.member_id): a.status for a in session.exec(select(Attendance))}
        proxies = session.exec(select(Proxy)).all()
        assert proxies
        for proxy in proxies:
            assert proxy.giver_id != proxy.holder_id
            assert status[proxy.sitting_id, proxy.holder_id] == AttendanceStatus.present
            assert status[proxy.sitting_id, proxy.giver_id] == AttendanceStatus.represented
        assert len({(p.sitting_id, p.holder_id) for p in proxies}) == len(proxies)
        assert len({(p.sitting_id, p.giver_id) for p in proxies}) == len(proxies)
        for sitting in sittings:
            assert sitting.present_count is not None
            assert sitting.in_office is not None
            assert sitting.present_count >= sitting.in_office // 2 + 1
            assert sitting.votes_count == sitting.present_count + (sitting.proxies_count or 0)

        # The real Bureau is the current one, with the real sitting of 4 July 2024.
        degraix = session.exec(select(Member).where(Member.last_name == "DEGRAIX")).one()
        bureau = session.exec(select(Body).where(Body.name == BUREAU)).one()
        assert (
            session.exec(
                select(Membership).where(
                    Membership.member_id == degraix.id, Membership.body_id == bureau.id
                )
            )
            .one()
            .active
        )
        real = session.exec(
            select(Sitting).where(
                Sitting.body_id == bureau.id, Sitting.held_on == date(2024, 7, 4)
            )
        ).one()
        assert (real.in_office, real.present_count, real.proxies_count) == (67, 40, 6)
    engine.dispose()
