"""Families still read wrong in invented council documents: an agenda's place printed with a
leading zero (« Point n° 03 », « Question n°07 ») kept as « 03 » rather than the 3rd item, and a
proxy whose « à » lost its accent (« M. Jean PERRIN a M. Luc MARTY », « pouvoir a M. Y »)."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from tests.documents import printed

HEAD = (
    "COMMUNE DE SAINT-PAUL-DES-BOIS\nProcès-verbal du conseil municipal du 12 mars 2025\n"
    "L'an deux mille vingt-cinq, le douze mars à vingt heures, le conseil municipal s'est "
    "réuni sous la présidence de M. Henri COSTE, Maire.\n"
)
ROLL = (
    "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE, Mme Anne BOIS, M. Luc MARTY\n"
    "Secrétaire de séance : Mme Anne BOIS\n"
)
VOTED = "Le Maire expose le projet.\nAdopté à l'unanimité.\n"
TITLES = ("Tarifs de la piscine municipale", "Convention avec le syndicat des eaux")


def placed(extract: Extract) -> list[tuple[str | None, str | None, str | None]]:
    return [(i.deliberation.number, i.ordinal, i.deliberation.title) for i in extract.items]


# -- A. a place on the agenda printed with a leading zero --------------------------------------

ZEROED = [
    "Point n° {n} : {t}",
    "Question n°{n} : {t}",
    "POINT N°{n} - {t}",
    "Rapport n° {n} - {t}",
    "{n} - {t}",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("heading", ZEROED)
def test_a_place_printed_with_a_leading_zero(heading: str, shape: str) -> None:
    """« Point n° 03 » then « Point n° 07 »: the 3rd and the 7th items, no act's number."""
    text = HEAD + ROLL
    for place, title in zip(("03", "07"), TITLES, strict=True):
        text += "\n" + heading.format(n=place, t=title) + "\n" + VOTED
    extract = parse_extract(printed(text, shape))
    assert placed(extract) == [(None, "3", TITLES[0]), (None, "7", TITLES[1])]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_one_item_printed_with_a_leading_zero_above_its_act(shape: str) -> None:
    text = HEAD + ROLL + f"05 - {TITLES[0]}\nDélibération n° 2025-011\n" + VOTED
    extract = parse_extract(printed(text, shape))
    assert extract.deliberation.number == "2025-011"
    assert [i.ordinal for i in extract.items] == ["5"]
