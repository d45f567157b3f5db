"""A subsidy names the deliberation that granted it in the council's own words; the import
links it whatever stands around the number, and says each warning once, counted as said."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.cli import import_documents
from storage import db
from storage.models import Deliberation, FundedAction

OPENDATA = Path(__file__).parent / "fixtures" / "opendata"
DELIBERATIONS = OPENDATA / "saint-pal-deliberations.csv"
SUBSIDIES = OPENDATA / "saint-pal-subventions.csv"


def test_a_number_glued_to_its_sign_links_the_subsidy(
    engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert import_documents(engine, [DELIBERATIONS, SUBSIDIES], sys.stdout) == 0
    out = capsys.readouterr().out
    assert "3 subventions dont 2 rattachées à une délibération enregistrée" in out
    with db.session(engine) as session:
        numbers = {d.id: d.number for d in session.exec(select(Deliberation)).all()}
        actions = session.exec(select(FundedAction)).all()
        linked = [(a.carrier, numbers[a.deliberation_id]) for a in actions if a.deliberation_id]
    assert sorted(linked) == [
        ("Comité de jumelage", "2026-DL-05"),
        ("Harmonie de Saint-Pal", "2026-DL-04"),
    ]


def test_one_number_on_three_rows_is_one_warning_counted_once(
    engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert import_documents(engine, [DELIBERATIONS], sys.stdout) == 0
    out = capsys.readouterr().out
    assert "5 délibérations, 1 séance, 0 nouveau membre, 1 avertissement :" in out
    assert out.count("⚠") == 1
    assert "Le numéro 2026-DL-06 apparaît sur plusieurs lignes (4, 5, 6)" in out
