"""Families of council documents a blind reading of real minutes found misread, each on
invented texts read as printed and flattened: a list's end that swallowed the line after it
(the chair's sentence, an item's heading), …
"""

from __future__ import annotations

import pytest

from storage.documents import Extract, Person
from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import SHAPES, flattened


def read_as(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


def surnames(people: list[Person]) -> list[str]:
    return [fold(p.last_name) for p in people]


# -- a list's end: the line after it is no name ----------------------------------------------

HEAD = "COMMUNE DE SAINT-ALBAN\nProcès-verbal de la séance du conseil municipal du 12 mars 2024\n"
PRESENT = "Présents : M. Henri COSTE, Mme Julie MARTY, M. Louis ROUX, Mme Anne SERRE\n"
ITEMS = (
    "{first} Achat d'un tracteur pour les services techniques\nAdopté à l'unanimité.\n"
    "{second} Tarifs de la cantine scolaire\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("cue", "kind"),
    [("Absents excusés", "absent_excused"), ("Excusés", "absent_excused"), ("Absents", "absent")],
)
@pytest.mark.parametrize(
    "chair",
    [
        "sous la présidence de M. Henri COSTE, Maire",
        "sous la présidence de M. Henri COSTE, Président",
    ],
)
def test_the_chairs_sentence_after_a_list_is_no_name(
    shape: str, cue: str, kind: str, chair: str
) -> None:
    text = (
        HEAD
        + PRESENT
        + f"{cue} : M. Paul VIGNE, Mme Rose LAFAGE\n{chair}\n"
        + ITEMS.format(first="2023-014", second="2023-015")
    )
    extract = read_as(text, shape)
    assert surnames(getattr(extract, kind)) == ["vigne", "lafage"]
    assert extract.president is not None
    assert fold(extract.president.last_name) == "coste"
    assert [item.deliberation.number for item in extract.items] == ["2023-014", "2023-015"]
    assert extract.items[0].deliberation.title == (
        "Achat d'un tracteur pour les services techniques"
    )


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "listed",
    [
        "Absents excusés : M. Paul VIGNE, Mme Rose LAFAGE",
        "Pouvoirs : M. Paul VIGNE à M. Louis ROUX, Mme Rose LAFAGE à Mme Julie MARTY",
    ],
)
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Point n° 1 - ", "Point n° 2 - "),
        ("D2023-014 ", "D2023-015 "),
        ("DCM 2024-011 : ", "DCM 2024-012 : "),
    ],
)
def test_an_items_heading_after_a_list_is_no_name(
    shape: str, listed: str, first: str, second: str
) -> None:
    items = ITEMS.format(first=first.strip(), second=second.strip())
    text = HEAD + PRESENT + f"{listed}\n" + items
    extract = read_as(text, shape)
    givers = [fold(p.giver.last_name) for p in extract.proxies]
    assert surnames(extract.absent_excused) + givers == ["vigne", "lafage"]
    assert len(extract.items) == 2
    assert extract.items[0].deliberation.title == (
        "Achat d'un tracteur pour les services techniques"
    )
