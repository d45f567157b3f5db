"""Two documents of one sitting that disagree on a member's presence at the same item (an
extract and the procès-verbal, two copies of one extract, two minutes' roll calls) leave a
finding for the secretariat naming both documents; the first reading is kept and the import
summary says it in French. Members who come and go between items are data, not a conflict.
On SQLite and PostgreSQL; every document is invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.cli import import_documents
from bot.render import finding_text
from storage import db
from storage.documents import Finding
from storage.importer import Importer
from storage.models import Attendance, AttendanceStatus, Deliberation, ImportFinding, Member
from storage.queries import item_attendance

HEAD = """COMMUNE DE LAVALDOUX
{kind}
Séance du 3 février 2026
Nombre de membres en exercice : 7
"""
ITEM = """Délibération n° 2026-0{n} – {title}
Le conseil municipal, après en avoir délibéré, adopte.
Adopté à l'unanimité.
"""
TITLES = {1: "Budget primitif", 2: "Tarifs de la piscine", 3: "Subvention au club de judo"}
EVERYONE = "Mme Rose AUDIN, M. Marc BEAUME, Mme Lou CHAZAL, M. Théo DRUT, Mme Anna ESCOT"


def extract(n: int, present: str, excused: str) -> str:
    return (
        HEAD.format(kind="Extrait du registre des délibérations du conseil municipal")
        + f"Présents : {present}\nExcusés : {excused}\n"
        + ITEM.format(n=n, title=TITLES[n])
    )


def minutes(present: str, excused: str, between: str = "") -> str:
    items = [ITEM.format(n=n, title=title) for n, title in TITLES.items()]
    return (
        HEAD.format(kind="Procès-verbal de la séance du conseil municipal")
        + f"Présents : {present}\nExcusés : {excused}\n"
        + items[0]
        + between
        + "".join(items[1:])
    )


ALL_BUT_DRUT = "Mme Rose AUDIN, M. Marc BEAUME, Mme Lou CHAZAL, Mme Anna ESCOT"
ALL_BUT_ESCOT = "Mme Rose AUDIN, M. Marc BEAUME, Mme Lou CHAZAL, M. Théo DRUT"


def _import(engine: Engine, tmp_path: Path, *documents: tuple[str, str]) -> None:
    with db.session(engine) as session:
        for name, text in documents:
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            [report] = Importer(session).import_files([path])
            assert report.status == "imported", report


def _conflicts(engine: Engine) -> list[dict[str, object]]:
    with db.session(engine) as session:
        return list(
            session.exec(
                select(ImportFinding.params).where(ImportFinding.code == "attendance_conflict")
            ).all()
        )


def _there_at(engine: Engine, number: str) -> dict[str, bool]:
    """Each member's presence at an item's vote, as the store tells it: the roll call, then
    the item's changes to it."""
    with db.session(engine) as session:
        deliberation = session.exec(
            select(Deliberation).where(Deliberation.number == number)
        ).one()
        there = {
            member.display_name: status == AttendanceStatus.present
            for status, member in session.exec(
                select(Attendance.status, Member).where(
                    Attendance.member_id == Member.id,
                    Attendance.sitting_id == deliberation.sitting_id,
                )
            )
        }
        for kind, people in item_attendance(
            session=session, deliberation_id=deliberation.id or 0
        ).items():
            for person in people:
                if kind == "arrived":
                    there[person.name] = True
                elif kind in ("away", "represented"):
                    there[person.name] = False
        return there


def test_an_extract_and_the_minutes_disagreeing_on_one_item(
    engine: Engine, tmp_path: Path
) -> None:
    _import(
        engine,
        tmp_path,
        ("extrait-2026-02.txt", extract(2, ALL_BUT_DRUT, "M. Théo DRUT")),
        ("pv-3-fevrier.txt", minutes(ALL_BUT_ESCOT, "Mme Anna ESCOT")),
    )
    found = sorted(_conflicts(engine), key=lambda p: str(p["member"]))
    assert [(p["member"], p["number"], p["stored"]) for p in found] == [
        ("M. Théo DRUT", "2026-02", "absent"),
        ("Mme Anna ESCOT", "2026-02", "present"),
    ]
    sentence = finding_text(Finding("attendance_conflict", found[0]))
    assert sentence == (
        "Délibération n° 2026-02 : deux documents de la séance se contredisent sur la présence"
        " de M. Théo DRUT. extrait-2026-02.txt le dit absent ; pv-3-fevrier.txt le dit présent."
        " Le premier est conservé : vérifiez lequel est juste."
    )
    # the first reading stays: at item 2, DRUT absent and ESCOT present
    there = _there_at(engine, "2026-02")
    assert (there["M. Théo DRUT"], there["Mme Anna ESCOT"]) == (False, True)


def test_members_who_come_and_go_between_items_are_no_conflict(
    engine: Engine, tmp_path: Path
) -> None:
    # DRUT is excused for item 1's extract and present for item 2's: he came in between.
    _import(
        engine,
        tmp_path,
        ("extrait-2026-01.txt", extract(1, ALL_BUT_DRUT, "M. Théo DRUT")),
        ("extrait-2026-02.txt", extract(2, EVERYONE, "M. Paul FIEUX")),
        ("extrait-2026-03.txt", extract(3, EVERYONE, "M. Paul FIEUX")),
    )
    assert _conflicts(engine) == []
    # the minutes then print the same comings and goings: still none
    arrival = "M. Théo DRUT arrive en séance.\n"
    _import(engine, tmp_path, ("pv.txt", minutes(ALL_BUT_DRUT, "M. Théo DRUT", arrival)))
    assert _conflicts(engine) == []


def test_a_record_of_decisions_naming_nobody_reads_no_attendance(
    engine: Engine, tmp_path: Path
) -> None:
    # The relevé stores the three votes first; it names no member, so the extracts after it
    # are each the first reading of their item's attendance.
    releve = (
        "COMMUNE DE LAVALDOUX\nRelevé des décisions du conseil municipal du 3 février 2026\n"
        + "".join(f"2026-0{n} – {title} : adopté à l'unanimité\n" for n, title in TITLES.items())
    )
    _import(
        engine,
        tmp_path,
        ("releve.txt", releve),
        ("extrait-2026-01.txt", extract(1, ALL_BUT_DRUT, "M. Théo DRUT")),
        ("extrait-2026-02.txt", extract(2, EVERYONE, "M. Paul FIEUX")),
    )
    assert _conflicts(engine) == []
    assert _there_at(engine, "2026-02")["M. Théo DRUT"] is True


def test_two_roll_calls_of_the_same_sitting_disagreeing(engine: Engine, tmp_path: Path) -> None:
    _import(
        engine,
        tmp_path,
        ("pv.txt", minutes(EVERYONE, "M. Paul FIEUX")),
        ("compte-rendu.txt", minutes(ALL_BUT_DRUT, "M. Théo DRUT, M. Paul FIEUX")),
    )
    # said once for the document, not once per item
    assert [(p["member"], p["stored"]) for p in _conflicts(engine)] == [
        ("M. Théo DRUT", "present")
    ]


def test_the_import_summary_says_it(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "extrait.txt", tmp_path / "pv.txt"
    first.write_text(extract(2, ALL_BUT_DRUT, "M. Théo DRUT"), encoding="utf-8")
    second.write_text(minutes(EVERYONE, "M. Paul FIEUX"), encoding="utf-8")
    import_documents(engine, [first, second], sys.stdout)
    out = capsys.readouterr().out
    assert "se contredisent sur la présence de M. Théo DRUT" in out
