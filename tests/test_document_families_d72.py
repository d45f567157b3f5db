"""A roll call printed as a table of « Nom | Présent | Pouvoir à »: without its outer bars, a
row's last bar closes its last cell, a blank one (« M. Luc PETIT | X | | » is four cells, not
a table's frame); and a row that marks neither « Présent » nor a holder, in a table whose only
status column is the presents', is an absentee's (a row whose cells say something unread stays
unread). The documents are invented; read line-broken (the table needs its lines)."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import read, surnames


def test_a_bare_table_s_blank_last_cells() -> None:
    extract = read("commune-pv-bare-bar-table-blank-last-cell.txt", "line-broken")
    assert surnames(extract.present) == ["durand", "martin", "moreau"]
    assert surnames(extract.absent_excused) == ["petit", "robert"]
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("ROBERT", "MARTIN")
    ]


def test_a_row_marking_nothing_beside_the_presents_column() -> None:
    extract = read("commune-pv-present-column-blank-row.txt", "line-broken")
    assert surnames(extract.present) == ["bernard", "durand", "martin", "moreau", "simon"]
    assert surnames(extract.absent) == ["petit"]
    assert [p.giver.last_name for p in extract.proxies] == ["ROBERT"]
    assert extract.counts.in_office == 7


@pytest.mark.parametrize(
    ("row", "absent"),
    [
        ("M. Luc PETIT |  |", ["petit"]),
        ("M. Luc PETIT | arrivé en retard |", []),  # a word unread: no guess
        ("M. Luc PETIT | | |", ["petit"]),
    ],
)
def test_what_a_blank_row_says(row: str, absent: list[str]) -> None:
    text = (
        "COMMUNE DE CHÂTEAUNEUF\nProcès-verbal du conseil municipal du 2 juin 2025\n"
        "Nom | Présent | Pouvoir à\nM. Jean DURAND | X |\nMme Claire MARTIN | X |\n"
        f"{row}\nSecrétaire de séance : Mme Claire MARTIN\n"
        "1. Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["durand", "martin"]
    assert surnames(extract.absent) == absent
