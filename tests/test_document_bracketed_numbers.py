"""An item's act reference printed in brackets after its title (« 2. Tarifs de la piscine
(DCC-2025-042) »): the act's number, the title without it. A bracket holding other words
stays in the title. Invented minutes, line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import flattened

MINUTES = """Communauté de communes du Val Morin
Compte rendu du conseil communautaire du 9 octobre 2025
Présents : Mme Odile CHAMPAGNAC, M. Hervé BRUNEL, Mme Sylvie DELORME.

1. Budget supplémentaire 2025 (DCC-2025-041)
Adopté par 18 voix pour et 2 abstentions.

2. Tarifs de la piscine intercommunale (CC.2025.042)
Adopté à l'unanimité.

3. Convention avec le SDIS (avenant n° 2)
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_bracketed_reference_after_the_title_is_the_acts_number(shape: str) -> None:
    text = flattened(MINUTES) if shape == "flattened" else MINUTES
    items = [(i.deliberation.number, i.deliberation.title) for i in parse_extract(text).items]
    assert items[:2] == [
        ("DCC-2025-041", "Budget supplémentaire 2025"),
        ("CC.2025.042", "Tarifs de la piscine intercommunale"),
    ]
    assert items[2][1] == "Convention avec le SDIS (avenant n° 2)"
