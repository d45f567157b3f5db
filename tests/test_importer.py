"""The importer on real documents, on SQLite and PostgreSQL: the seed's numbers, idempotence."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import func, select

from storage import db, queries, rules
from storage.importer import Importer
from storage.models import (
    Attendance,
    AttendanceStatus,
    Deliberation,
    FundedAction,
    ImportFinding,
    Member,
    Proxy,
    Sitting,
)
from tests.conftest import SAMPLE_EXTRACT, SAMPLE_SCDL


def count(session, table, *where) -> int:  # type: ignore[no-untyped-def]
    return session.exec(select(func.count()).select_from(table).where(*where)).one()


def test_the_sample_extract_imports_with_the_seed_numbers(engine: Engine) -> None:
    with db.session(engine) as session:
        report = Importer(session).import_file(SAMPLE_EXTRACT)
        assert report.status == "imported", report.error
        assert report.findings == []
        assert count(session, Member) == 67
        assert report.members_created == 67
        statuses = dict(
            session.exec(select(Attendance.status, func.count()).group_by(Attendance.status)).all()
        )
        assert statuses == {"present": 40, "represented": 6, "excused": 21}
        assert count(session, Proxy) == 6
        sitting = session.exec(select(Sitting)).one()
        view = queries.sitting_view(session=session, sitting_id=sitting.id or 0)
        assert view.in_office == 67
        assert view.present_count == 40
        assert len(view.proxies) == 6
        assert len(view.excused) == 21
        assert len(view.represented) == 6
        assert view.votes == 46
        assert view.quorum_required == 34
        assert view.quorum_met is True
        assert view.notice_jours_francs == 5
        assert rules.notice_is_sufficient(sitting.convened_on, sitting.held_on)
        pairs = {(p.giver.name, p.holder.name) for p in view.proxies}
        assert ("M. Gilles ARTIGUES", "M. Jean-Luc DEGRAIX") in pairs
        assert ("M. Christian JOUVE", "M. Bernard BONNET") in pairs
        action = session.exec(select(FundedAction)).one()
        assert action.contribution == Decimal(94000)
        assert action.carrier is not None
        assert "AESIO" in action.carrier
        deliberation = session.exec(select(Deliberation)).one()
        assert deliberation.number == "2024.00417"
        assert deliberation.outcome == "adopted"
        assert deliberation.unanimous is True


def test_reimporting_changes_nothing_and_a_copy_merges(engine: Engine, tmp_path: Path) -> None:
    copy = tmp_path / "copie.txt"
    copy.write_text(SAMPLE_EXTRACT.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    with db.session(engine) as session:
        importer = Importer(session)
        first = importer.import_file(SAMPLE_EXTRACT)
        again = importer.import_file(SAMPLE_EXTRACT)
        other_file = importer.import_file(copy)  # same content, other bytes: merged, not doubled
        assert (first.status, again.status, other_file.status) == (
            "imported",
            "unchanged",
            "imported",
        )
        assert count(session, Member) == 67
        assert count(session, Sitting) == 1
        assert count(session, Attendance) == 67
        assert count(session, Proxy) == 6
        assert count(session, Deliberation) == 1
        assert count(session, FundedAction) == 1
        assert other_file.findings == []


def test_a_second_extract_of_the_same_sitting_joins_it(engine: Engine, tmp_path: Path) -> None:
    text = SAMPLE_EXTRACT.read_text(encoding="utf-8")
    second = tmp_path / "2024.00418.txt"
    second.write_text(
        text.replace("2024.00417", "2024.00418").replace(
            "CONTRAT LOCAL DES SOLIDARITÉS - TROISIÈME TRANCHE",
            "TRAVAUX DE VOIRIE - PROGRAMME 2024",
        ),
        encoding="utf-8",
    )
    with db.session(engine) as session:
        importer = Importer(session)
        importer.import_file(SAMPLE_EXTRACT)
        report = importer.import_file(second)
        assert report.status == "imported"
        assert count(session, Sitting) == 1
        assert count(session, Deliberation) == 2
        assert count(session, Member) == 67
        assert count(session, Attendance) == 67


def test_the_scdl_sample_keeps_every_row_and_reports_duplicates(engine: Engine) -> None:
    with db.session(engine) as session:
        report = Importer(session).import_file(SAMPLE_SCDL)
        assert report.status == "imported", report.error
        # Every row but the exact copy of row 90; rows sharing a number under different
        # objects stay apart.
        assert report.deliberations == 79
        assert count(session, Deliberation) == 79
        codes = {f.code for f in report.findings}
        assert {"duplicate_number", "duplicate_row", "number_repaired"} <= codes
        stored = count(session, ImportFinding, ImportFinding.code == "duplicate_number")
        assert stored == sum(f.code == "duplicate_number" for f in report.findings)
        # 27 January and 24 March 2022: the row dated 25 March among 24 March rows is filed
        # under the 24th, with its finding, not under a sitting of its own.
        assert sorted(s.held_on.isoformat() for s in session.exec(select(Sitting))) == [
            "2022-01-27",
            "2022-03-24",
        ]
        assert report.vote_reading == "present"
        again = Importer(session).import_file(SAMPLE_SCDL)
        assert again.status == "unchanged"


def test_a_bad_file_is_reported_and_the_others_still_import(
    engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "lot"
    folder.mkdir()
    shutil.copy(SAMPLE_EXTRACT, folder / "a.txt")
    (folder / "b.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (folder / "c.txt").write_text("Liste de courses : pain, lait.", encoding="utf-8")
    with db.session(engine) as session:
        reports = Importer(session).import_files([folder])
        by_name = {Path(r.path).name: r for r in reports}
        assert by_name["a.txt"].status == "imported"
        assert by_name["b.pdf"].status == "error"
        assert by_name["b.pdf"].error
        assert by_name["c.txt"].status == "error"
        assert count(session, Member) == 67


def test_failed_checks_are_kept_as_findings(engine: Engine, tmp_path: Path) -> None:
    text = SAMPLE_EXTRACT.read_text(encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_text(
        text.replace("Nombre de voix : 46", "Nombre de voix : 47").replace(
            "convoqué le 28 juin 2024", "convoqué le 01 juillet 2024"
        ),
        encoding="utf-8",
    )
    with db.session(engine) as session:
        report = Importer(session).import_file(broken)
        assert report.status == "imported"
        codes = sorted(f.code for f in report.findings)
        assert codes == ["notice_too_short", "votes_mismatch"]
        assert count(session, ImportFinding) == 2
        assert count(session, Attendance, Attendance.status == AttendanceStatus.present) == 40


def test_a_document_is_read_from_disk_once(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # its hash and its text come from the same bytes: read twice, a file changed between the
    # two readings would be stored under the other's hash
    path = tmp_path / SAMPLE_EXTRACT.name
    shutil.copy(SAMPLE_EXTRACT, path)
    reads: list[Path] = []
    read_bytes = Path.read_bytes

    def counted(self: Path) -> bytes:
        reads.append(self)
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", counted)
    with db.session(engine) as session:
        report = Importer(session).import_files([path])[0]
    assert report.status == "imported", report.error
    assert reads.count(path) == 1
