"""A year printed with a thousands' space (« 12 mars 2 025 »); a woman's other name carried to
the next line (« GRANGER » / « épouse MOREAU »). Each document is invented and read as printed
and flattened (the `shape` fixture).
"""

from __future__ import annotations

from datetime import date

from storage.parsing.extract import parse_extract
from tests.documents import full, printed

SPACED_YEAR = """\
SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-VERDON
COMITÉ SYNDICAL
Compte rendu de la séance du 9 octobre 2 025

Présents : M. Paul ARNAUD, Mme Léa BRUN, M. Marc COSTE.
Excusée : Mme Rose DAUMAS.

Délibération n° 2025-14 – Rapport annuel sur l'eau
Adopté à l'unanimité.
"""


def test_a_year_printed_with_a_thousands_space_dates_the_sitting(shape: str) -> None:
    extract = parse_extract(printed(SPACED_YEAR, shape))
    assert extract.sitting_date == date(2025, 10, 9)
    assert [p.last_name for p in extract.present] == ["ARNAUD", "BRUN", "COSTE"]


TWO_NAMES_ACROSS_LINES = """\
CONSEIL D'ADMINISTRATION DU CCAS DE VAREILLES
Séance du 20 novembre 2025

Présents : Mme Odile CHARPENTIER, Mme Claudine GRANGER
épouse MOREAU, Mme Lise PERRIN
née VALLET, M. Hugues HERVIEU.
Excusé : M. Paul DURAND.
"""


def test_a_womans_other_name_on_the_next_line_goes_on_her_entry(shape: str) -> None:
    extract = parse_extract(printed(TWO_NAMES_ACROSS_LINES, shape))
    assert [full(p) for p in extract.present] == [
        "charpentier|odile",
        "moreau|claudine",
        "perrin|lise",
        "hervieu|hugues",
    ]
    assert "unreadable_name" not in [f.code for f in extract.findings]
