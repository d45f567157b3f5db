"""A member listed under their commune without a civility is read whatever capital opens the
first name: « Œ » is one of the letters names open on, as in the item and title readers."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import SHAPES, printed, surnames


@pytest.mark.parametrize("shape", SHAPES)
def test_a_first_name_opening_on_oe_under_its_commune(shape: str) -> None:
    text = (
        "Communauté de communes des Monts du Forez\nConseil communautaire du 12 mars 2026\n"
        "Délégués en exercice : 4\nÉtaient présents :\nSauvain : Œdile BERTHET, Paul ROCHE\n"
        "Chalmazel : Anne VIAL\nExcusé : Marc COTTE (Jeansagnière).\n"
        "Délibération n° 2026-07 : Tarifs de la station\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["berthet", "roche", "vial"]
    assert surnames(extract.absent_excused) == ["cotte"]
