"""A grid of presence per item (a row a member, a column an item, each cell a mark: P, X, ✓
there; A, E, Abs., Pouvoir not there) changes each item's attendance against the roll call:
away for the items marked so, arrived for a member the roll call does not name. A grid whose
rows cannot be read changes nothing and is said in a finding. Invented councils, line-broken
and flattened."""

from __future__ import annotations

from storage.documents import Extract
from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import flattened

MINUTES = """COMMUNE DE VAL-DE-SORNE
Procès-verbal du conseil municipal du 5 juin 2024

Présents : M. Paul FAYE, Mme Anne BOIS, M. Louis PRAT, Mme Nina ROUX.
Secrétaire de séance : Mme Anne BOIS.

Délibération n° 2024-30 : Budget supplémentaire
Adopté à l'unanimité.
Délibération n° 2024-31 : Tarifs de la piscine
Adopté à l'unanimité.
Délibération n° 2024-32 : Vente d'un terrain
Adopté à l'unanimité.

Présence par délibération :
"""


def _changes(extract: Extract) -> list[tuple[list[str], list[str]]]:
    return [
        (sorted(fold(p.last_name) for p in i.away), sorted(fold(p.last_name) for p in i.arrived))
        for i in extract.items
    ]


def test_a_grid_with_bars_by_acts_number(shape: str) -> None:
    text = MINUTES + (
        "| Élu | 2024-30 | 2024-31 | 2024-32 |\n|---|---|---|---|\n"
        "| M. Paul FAYE | P | P | A |\n| Mme Anne BOIS | P | P | P |\n"
        "| M. Louis PRAT | P | E | P |\n| Mme Nina ROUX | X | X | X |\n"
    )
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert _changes(extract) == [([], []), (["prat"], []), (["faye"], [])]
    assert "item_grid_unread" not in [f.code for f in extract.findings]


def test_a_grid_in_columns_by_points_place_with_a_late_member() -> None:
    text = (
        MINUTES.replace("Délibération n° 2024-3", "Point ")
        .replace("Point 0 :", "1 - ")
        .replace("Point 1 :", "2 - ")
        .replace("Point 2 :", "3 - ")
    ) + (
        "Nom\t\tPoint 1\t\tPoint 2\t\tPoint 3\n"
        "M. Paul FAYE\t\tP\t\tP\t\tP\n"
        "Mme Anne BOIS\t\tAbs.\t\tP\t\tP\n"
        "M. Louis PRAT\t\tP\t\tP\t\tPouvoir\n"
        "Mme Nina ROUX\t\tP\t\tP\t\tP\n"
        "M. Hugo VIAL\t\tA\t\tP\t\tP\n"
    )
    extract = parse_extract(text.replace("\t\t", "   "))
    assert [i.ordinal for i in extract.items] == ["1", "2", "3"]
    assert _changes(extract) == [(["bois"], []), ([], ["vial"]), (["prat"], ["vial"])]


def test_a_grid_whose_marks_cannot_be_read_changes_nothing_and_says_so() -> None:
    text = MINUTES + (
        "| Élu | 2024-30 | 2024-31 | 2024-32 |\n|---|---|---|---|\n"
        "| M. Paul FAYE | oui | 19h40 | ? |\n| Mme Anne BOIS | P | P | P |\n"
    )
    extract = parse_extract(text)
    assert _changes(extract) == [([], []), ([], []), ([], [])]
    assert "item_grid_unread" in [f.code for f in extract.findings]


def test_a_table_of_votes_is_no_grid_of_presence(shape: str) -> None:
    text = MINUTES + (
        "| Délibération | Pour | Contre | Abstention |\n|---|---|---|---|\n"
        "| 2024-30 | 4 | 0 | 0 |\n| 2024-31 | 4 | 0 | 0 |\n"
    )
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert _changes(extract) == [([], []), ([], []), ([], [])]
    assert "item_grid_unread" not in [f.code for f in extract.findings]
