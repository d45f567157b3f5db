"""A roll call printed as a table of « Nom | Présent | Pouvoir à »: without its outer bars, a
row's last bar closes its last cell, a blank one (« M. Luc PETIT | X | | » is four cells, not
a table's frame); and a row that marks neither « Présent » nor a holder, in a table whose only
status column is the presents', is an absentee's (a row whose cells say something unread stays
unread). The documents are invented; read line-broken (the table needs its lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
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


def test_a_web_page_s_roll_call_table(tmp_path: Path) -> None:
    """The same table on a web page, its blank cells empty elements; the page names its commune
    in its title only."""
    rows = "".join(
        f"<tr><td>{name}</td><td>{mark}</td><td>{holder}</td></tr>"
        for name, mark, holder in (
            ("M. Jean DURAND", "X", ""),
            ("Mme Claire MARTIN", "X", ""),
            ("M. Paul ROBERT", "", "Mme Claire MARTIN"),
            ("M. Luc PETIT", "", ""),
        )
    )
    path = tmp_path / "pv.html"
    path.write_text(
        "<html><head><title>PV du 2 juin 2025 - Commune de Chuyer</title></head><body>"
        "<h1>Procès-verbal du conseil municipal du 2 juin 2025</h1><table><tr><th>Nom</th>"
        f"<th>Présent</th><th>Pouvoir à</th></tr>{rows}</table>"
        "<p>1. Tarifs de la cantine</p><p>Adopté par trois voix pour.</p></body></html>",
        encoding="utf-8",
    )
    extract = parse_extract(read_document_text(path))
    assert extract.council is not None
    assert extract.council.name == "Commune de Chuyer"
    assert surnames(extract.present) == ["durand", "martin"]
    assert surnames(extract.absent) == ["petit"]
    assert [p.giver.last_name for p in extract.proxies] == ["ROBERT"]
