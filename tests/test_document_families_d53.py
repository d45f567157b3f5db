"""Arrivals and departures during the sitting, in more of the ways councils print them: « Mme X
rejoint la séance », « a rejoint l'assemblée à partir du point 3 », « Entrée en séance de … »,
« À partir du point 3, Mme X est présente », « (point 3) » after an hour, « s'est absenté à
partir du point 3 »: each changes the attendance of the items voted after it. Each document is
invented and read as printed and flattened.
"""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, read, surnames


def test_arrivals_and_departures_said_with_their_hours(shape: str) -> None:
    extract = read("communaute-pv-arrivals-rejoint-and-times.txt", shape)
    assert [surnames(i.arrived) for i in extract.items] == [
        [],
        ["lafont"],  # « rejoint la séance » after item 1
        ["lafont"],
        ["lafont", "martin"],  # « est présent à partir du point 4 »
        ["lafont", "martin", "noel"],  # « arrive à 21h15 » before item 5's vote
        ["lafont", "martin", "noel"],
    ]
    assert [surnames(i.away) for i in extract.items][4:] == [["hamel"], ["hamel"]]
    assert [i.deliberation.votes_for for i in extract.items] == [5, 6, 6, 7, 7, 7]


def test_movements_told_in_the_roll_call_from_a_point(shape: str) -> None:
    extract = read("commune-cr-movements-from-point-in-roll-call.txt", shape)
    assert [surnames(i.arrived) for i in extract.items] == [[], [], ["lebrun"], ["lebrun"]]
    assert [surnames(i.away) for i in extract.items] == [[], [], [], ["joubert"]]
    assert [i.deliberation.votes_for for i in extract.items] == [5, 5, 6, 5]


HEAD = (
    "Commune de Lagarde\nProcès-verbal du conseil municipal du 2 juin 2026\n"
    "Présents : M. Adrien BOSC, Mme Claire DAUDET, M. Éric FABRE, Mme Gaëlle HUBERT.\n"
    "Absents : Mme Karine LEBRUN, M. Luc MOULIN.\n\n"
)
TITLES = ["Compte administratif", "Budget annexe", "Tarifs de la cantine", "Motion"]


def _minutes(note: str, after: int) -> str:
    """Four items; the note in the roll call (`after` 0) or after item `after`."""
    text = HEAD + (f"{note}\n\n" if after == 0 else "")
    for n, title in enumerate(TITLES, 1):
        text += f"{n}. {title}\nAdopté à l'unanimité.\n"
        if n == after:
            text += f"{note}\n"
    return text


@pytest.mark.parametrize(
    ("note", "after", "arrives"),
    [
        ("Entrée en séance de Mme Karine LEBRUN.", 2, True),
        ("Mme Karine LEBRUN entre en séance au point 3.", 0, True),
        ("À partir du point 3, Mme Karine LEBRUN est présente.", 0, True),
        ("Mme Karine LEBRUN rejoint l'assemblée lors de l'examen du point 3.", 0, True),
        ("Arrivée de Mme Karine LEBRUN à 20h40 (point 3).", 0, True),
        ("Mme Karine LEBRUN, arrivée à 20h40, prend part au vote à partir du point 3.", 0, True),
        ("Mme Karine LEBRUN a rejoint la séance à 20h40.", 2, True),
        ("Départ de M. Éric FABRE après le vote du point 2.", 0, False),
        ("M. Éric FABRE s'est absenté à partir du point 3.", 0, False),
        ("Sortie de M. Éric FABRE à 21h05.", 2, False),
    ],
)
def test_a_movement_counts_from_the_item_it_names(
    note: str, after: int, arrives: bool, shape: str
) -> None:
    extract = parse_extract(printed(_minutes(note, after), shape))
    moved = [bool(i.arrived if arrives else i.away) for i in extract.items]
    assert moved == [False, False, True, True]
    # four votes (four presents), one more or one less from item 3
    assert [i.deliberation.votes_for for i in extract.items][2] == (5 if arrives else 3)


@pytest.mark.parametrize(
    "note",
    [
        "Mme Karine LEBRUN est présente à partir du point 3.",
        "M. Éric FABRE a quitté la séance avant le vote du point 3.",
        "Mme Karine LEBRUN entre en séance au point 3.",
    ],
)
def test_a_movement_under_a_list_is_no_name_of_it(note: str, shape: str) -> None:
    """The movement's sentence under the absentees' list ends the list: no name read from it,
    no finding of an unreadable name for the secretariat."""
    extract = parse_extract(printed(_minutes(note, 0), shape))
    assert surnames(extract.absent) == ["lebrun", "moulin"]
    assert "unreadable_name" not in [f.code for f in extract.findings]
    assert "unreadable_proxy_line" not in [f.code for f in extract.findings]
