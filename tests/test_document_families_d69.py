"""What the import tells the secretariat of a procès-verbal whose last point is « Questions
diverses » (no vote, no number by nature: never « résultat d'un vote » or « numéro » missing,
nor « 1 point sans numéro ») and of a file that is not there (said in French, never the
system's English). Imported in-process on a real SQLite file; the document is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import cli

MINUTES = """SYNDICAT INTERCOMMUNAL D'ÉNERGIES DU HAUT-VELAY
Relevé de décisions du comité syndical du mardi 14 octobre 2025
Délégués présents : M. Bernard CHAZALON, Mme Odile FAURE, M. Serge MOUNIER
Secrétaire de séance : Mme Odile FAURE
1. Décision modificative n° 2 du budget principal
Adopté à l'unanimité.
2. Programme de travaux d'éclairage public 2026
Adopté par 2 voix pour et 1 abstention.
3. Questions diverses
Néant.
"""


def test_questions_diverses_miss_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "releve.txt"
    path.write_text(MINUTES, encoding="utf-8")
    assert cli.main(["import", "--db", f"sqlite:///{tmp_path / 'c.db'}", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2 délibérations" in out
    assert "le résultat d'un vote" not in out
    assert "le numéro d'une délibération" not in out
    assert "sans numéro de délibération" not in out


def test_a_missing_file_is_said_in_french(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "absent.txt"
    assert cli.main(["import", "--db", f"sqlite:///{tmp_path / 'c.db'}", str(missing)]) == 1
    out = capsys.readouterr().out
    assert "absent.txt : fichier introuvable" in out
    assert "No such file" not in out
