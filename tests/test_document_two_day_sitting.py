"""A sitting held over two days is dated by its first (« Assemblée plénière des 17 et 18
octobre 2024 »): the session opened then; the second day alone is still read as printed."""

from __future__ import annotations

from datetime import date

import pytest

from storage.parsing.extract import parse_extract

TEXT = """RÉGION DES MONTS ET VALLÉES
Conseil régional
{heading}
Nombre de membres en exercice : 120   Présents : 98   Votants : 110
Délibération n° AP-2024-10-07 – Budget supplémentaire 2024
Le conseil régional, après en avoir délibéré, adopte le budget.
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("heading", "held_on"),
    [
        ("Assemblée plénière des 17 et 18 octobre 2024", date(2024, 10, 17)),
        ("Séances du 3 au 4 juin 2025 du conseil régional", date(2025, 6, 3)),
        ("Assemblée plénière du 18 octobre 2024", date(2024, 10, 18)),
    ],
)
def test_a_two_day_sitting_is_dated_by_its_first_day(
    shape: str, heading: str, held_on: date
) -> None:
    text = TEXT.format(heading=heading)
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    assert extract.sitting_date == held_on
