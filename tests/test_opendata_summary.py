"""How the import summary speaks of an open-data file: each thing said once, on its own line,
and nothing said of columns the file does not have."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot.cli import import_documents
from tests.conftest import SAMPLE_SCDL

NO_COUNTS = Path(__file__).parent / "fixtures" / "opendata" / "deliberations-no-counts.csv"


def test_a_file_without_in_office_or_voters_columns_gets_no_reading_of_them(
    engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert import_documents(engine, [NO_COUNTS], sys.stdout) == 0
    out = capsys.readouterr().out
    assert "2 délibérations" in out
    assert "VOTE_EFFECTIF" not in out


def test_the_summary_of_an_open_data_file_has_no_blank_line_inside(
    engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert import_documents(engine, [SAMPLE_SCDL], sys.stdout) == 0
    out = capsys.readouterr().out
    block = out[: out.index("fichier importé")].rstrip("\n").splitlines()
    assert "" not in block
    assert "  (" not in out
    assert any("VOTE_EFFECTIF lu comme" in line for line in block)
