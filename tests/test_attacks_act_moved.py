"""A document printing an act already stored under another sitting (a year misprinted, the
wrong file sent): the act stays at the sitting it was first read under, and the secretariat
is told. It was moved without a word, and the sitting it was voted at lost it."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.render import finding_text
from storage import db
from storage.documents import Finding
from storage.importer import Importer
from storage.models import Deliberation, ImportFinding, Sitting
from tests.conftest import SAMPLE_SCDL
from tests.helpers import sample_dated


def _held_on(engine: Engine, number: str) -> date:
    with db.session(engine) as session:
        act = session.exec(select(Deliberation).where(Deliberation.number == number)).one()
        sitting = session.get(Sitting, act.sitting_id)
        assert sitting is not None
        return sitting.held_on


def test_an_extract_misdated_leaves_its_act_at_the_sitting_it_was_voted_at(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    with db.session(loaded_engine) as session:
        report = Importer(session).import_file(sample_dated(tmp_path, "2023"))
    assert report.status == "imported", report.error
    (said,) = [finding_text(f) for f in report.findings if f.code == "act_of_another_sitting"]
    assert said.startswith(
        "La délibération n° 2024.00417 est déjà enregistrée à la séance du jeudi 4 juillet "
        "2024 ; ce document la place à celle du mardi 4 juillet 2023 : elle reste à la première."
    )
    assert _held_on(loaded_engine, "2024.00417") == date(2024, 7, 4)
    # as the store keeps it (its days as text), it reads the same
    with db.session(loaded_engine) as session:
        kept = session.exec(
            select(ImportFinding).where(ImportFinding.code == "act_of_another_sitting")
        ).one()
    assert finding_text(Finding(kept.code, kept.params)) == said


def test_an_open_data_row_giving_an_act_another_day_leaves_it_where_it_was(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    header, *rows = csv.reader(io.StringIO(SAMPLE_SCDL.read_text(encoding="utf-8")))
    (row,) = [r for r in rows if r[3] == "2022.00028"]
    row[4] = "2022-03-31"  # its sitting was the 24th
    path = tmp_path / "scdl-redated.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([header, row])
    before = _held_on(loaded_engine, "2022.00028")
    with db.session(loaded_engine) as session:
        (report,) = Importer(session).import_files([path])
    assert report.status == "imported", report
    assert "act_of_another_sitting" in {f.code for f in report.findings}
    assert _held_on(loaded_engine, "2022.00028") == before
