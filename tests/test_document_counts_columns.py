"""Counts printed as a two-column block, the label then its figure after tabs or a run of
spaces (a word processor's table without rules): each figure is its own label's, never the
next label's. Invented documents; the same block with colons reads the same."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract

BLOCK = """Syndicat intercommunal des eaux du Val Morin
Comité syndical du 12 mars 2025
{rows}
Présents : M. Paul RIBEYRE, Mme Lucie MARCOUX
Délibération n° 2025-03 : Tarifs de l'eau
Adopté à l'unanimité.
"""
LABELS = ("Délégués en exercice", "Délégués présents", "Pouvoirs", "Votants")


@pytest.mark.parametrize("gap", ["\t\t", "\t", "        ", " : ", "\t:\t"])
def test_a_figure_after_a_column_gap_is_its_labels(gap: str) -> None:
    rows = "\n".join(f"{label}{gap}{n}" for label, n in zip(LABELS, (40, 31, 5, 36), strict=True))
    counts = parse_extract(BLOCK.format(rows=rows)).counts
    assert (counts.in_office, counts.present, counts.proxies, counts.votes) == (40, 31, 5, 36)


def test_a_date_after_a_gap_is_no_count() -> None:
    counts = parse_extract(BLOCK.format(rows="Présents\t\t12 mars 2025")).counts
    assert counts.present is None
