"""Running footers of printed and published documents are no content: a page number at the
start of a line with the prefecture's stamp after it, the footer of a « recueil des actes
administratifs » (« RAA n° 2025-04 – page 2 ») on every page. They made a member of « 2 Page
1 / » at the end of a list, and a deliberation « 2025-04 » titled « page 2 ». Invented
documents, line-broken."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from storage.parsing.text import clean

DOCUMENT = """Commune de Saint-Alban-les-Combes
Procès-verbal de la séance du conseil municipal du 14 avril 2025
Présents : M. Gérald TRONCHET, Mme Agnès VERNAY, M. Paul RIBEYRE, Mme Lucie MARCOUX
Absents excusés : M. Hervé SABOT, Mme Rose PEYRON
{footer}
Délibération n° 2025-021 : Vote des taux d'imposition
Adopté à l'unanimité.
{footer2}
Délibération n° 2025-022 : Subvention au comité des fêtes
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    ("footer", "footer2"),
    [
        ("Page 1 / 2   —   Reçu en préfecture le 18/04/2025", "Page 2 / 2"),
        ("RAA n° 2025-04 – page 1", "RAA n° 2025-04 – page 2"),
        ("Recueil des actes administratifs n° 4/2025 - page 11 sur 40", "Page 12 sur 40"),
    ],
)
def test_running_footers_are_no_member_and_no_act(footer: str, footer2: str) -> None:
    extract = parse_extract(DOCUMENT.format(footer=footer, footer2=footer2))
    assert [p.last_name for p in extract.absent_excused] == ["SABOT", "PEYRON"]
    assert [item.deliberation.number for item in extract.items] == ["2025-021", "2025-022"]


@pytest.mark.parametrize(
    "line",
    [
        "RAA : publication du budget",  # words after the initials: not the footer alone
        "Page de garde du rapport annuel",
        "Raymond RAABE, conseiller municipal",
    ],
)
def test_lines_that_only_start_like_a_footer_stay(line: str) -> None:
    assert clean(f"Présents : M. Paul RIBEYRE\n{line}\n").lines[1] == line
