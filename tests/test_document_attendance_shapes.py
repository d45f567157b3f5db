"""Attendance shapes a stranger's documents print, each on invented texts read as printed and
flattened (and as PDFs where the family is about PDFs): lists of civilities and surnames in
title case (« M. Le Roux, Mme La Salle »), page footers inside a list, proxies announced under
another heading, the chair named by role and by name, roll calls printed as PDF tables.
"""

from __future__ import annotations

import pytest

from storage.documents import Extract, Person, ProxyLine
from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import flattened


def read_as(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


def surnames(people: list[Person]) -> list[str]:
    return [fold(p.last_name) for p in people]


def handed(proxies: list[ProxyLine]) -> list[tuple[str, str]]:
    return sorted((fold(p.giver.last_name), fold(p.holder.last_name)) for p in proxies)


# -- civilities and surnames in title case, commas and « et » ----------------------------------

TITLE_CASE_HEAD = """COMMUNAUTÉ DE COMMUNES DU VAL D'ORGE
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE
Séance du 12 mars 2026
Nombre de membres en exercice : 16
Présidence : M. Paul Bailly
"""
TITLE_CASE_TAIL = """
Absents excusés : M. Vial (pouvoir à M. Bailly), Mme Le Floch (pouvoir à Mme Le Roux), M. Arnaud.
Secrétaire de séance : Mme Le Roux
DÉLIBÉRATION N° 2026-014 PLAN LOCAL D'URBANISME
Le Conseil communautaire, après en avoir délibéré, APPROUVE la proposition.
Adopté à l'unanimité.
"""
TITLE_CASE_PRESENT = [
    "bailly", "le roux", "de la fontaine", "la salle", "l'hote", "du pont", "van damme",
    "le gall-martin", "monneret", "tissot", "le bihan", "perrin", "gimenez",
]  # fmt: skip


@pytest.mark.parametrize(
    "roll_call",
    [
        # one paragraph, particles in title case after a civility's full stop
        "Étaient présents : M. Bailly, Mme Le Roux, M. De La Fontaine, Mme La Salle, M. L'Hôte,"
        " M. Du Pont, Mme Van Damme et M. Le Gall-Martin.\nMM. Monneret, Tissot et Le Bihan,"
        " Mmes Perrin et Gimenez étaient également présents.",
        # wrapped by a PDF just after the civility, the next line opening on « Le », « La »
        "ÉTAIENT PRÉSENTS : M. Bailly, Mme\nLe Roux, M. De La Fontaine, Mme La Salle, M.\nL'Hôte,"
        " M. Du Pont, Mme Van Damme, M.\nLe Gall-Martin, MM. Monneret, Tissot et Le Bihan, Mmes"
        "\nPerrin et Gimenez.",
        # the cue after the names
        "Mme Le Roux, M. Bailly, M. De La Fontaine, Mme La Salle, M. L'Hôte, M. Du Pont,\nMme Van"
        " Damme, M. Le Gall-Martin, MM. Monneret, Tissot et Le Bihan, Mmes Perrin et Gimenez"
        " étaient présents.",
    ],
)
def test_civilities_before_surnames_in_title_case(roll_call: str, shape: str) -> None:
    extract = read_as(TITLE_CASE_HEAD + roll_call + TITLE_CASE_TAIL, shape)
    assert sorted(surnames(extract.present)) == sorted(map(fold, TITLE_CASE_PRESENT))
    assert handed(extract.proxies) == [("le floch", "le roux"), ("vial", "bailly")]
    assert surnames(extract.absent_excused) == ["vial", "le floch", "arnaud"]
    assert fold(extract.secretary.last_name) == "le roux" if extract.secretary else False
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


def test_a_plural_civility_before_surnames_in_capitals(shape: str) -> None:
    roll_call = "Présents : MM. BRUN et LE BIHAN, Mmes PERRIN, GIMENEZ et SAINT-JUST, M. Luc ABEL."
    extract = read_as(TITLE_CASE_HEAD + roll_call + TITLE_CASE_TAIL, shape)
    expected = ["brun", "le bihan", "perrin", "gimenez", "saint-just"]
    assert surnames(extract.present) == [fold(name) for name in [*expected, "abel"]]
