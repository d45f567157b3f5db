"""A member who leaves the room for an item's vote and a return printed later; a suppléant's
« (pour M. X) »; a public body's letterhead printing its own name before what it is. Each
document is invented and read as printed and flattened (the `shape` fixture).
"""

from __future__ import annotations

import pytest

from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import handed, printed, read, text_of


def _names(people: list) -> str:
    return " ".join(sorted(fold(p.last_name) for p in people))


# who is out of the room at each item's vote: Chomienne for his item, Epinat until he returns
AWAY = ["chomienne", "epinat", "epinat", "", ""]


def test_a_member_out_of_the_room_for_a_vote_is_away_for_it(shape: str) -> None:
    extract = read("commune-pv-leaves-room-not-voting.txt", shape)
    # « quitte la séance et ne prend pas part au vote », « se retire et ne prend pas part au
    # vote »: out of the room, not only withdrawn; « regagne la séance » printed after item 3
    # keeps him out for it; a bare « ne prend pas part au vote » leaves him in the room
    assert [_names(item.away) for item in extract.items] == AWAY
    assert [_names(item.not_voting) for item in extract.items] == [
        "chomienne",
        "epinat",
        "",
        "gouttefarde",
        "",
    ]
    # back, he votes the last item with the seven others
    assert extract.items[4].deliberation.votes_for == 8
    assert extract.items[2].deliberation.votes_for == 7


def test_a_suppleant_for_a_titular_fills_the_seat_and_holds_no_proxy(shape: str) -> None:
    # « Délégués suppléants : M. Louis PEYCELON (pour M. Marc RIVOLLIER) »: the suppléant
    # sits in the titular's seat; read as a proxy, the titular's vote was cast twice
    text = text_of("communaute-cr-substitutes-pour.txt")
    for heading in ("Délégués suppléants :", "Délégués suppléants présents :", "Suppléants :"):
        extract = parse_extract(printed(text.replace("Délégués suppléants :", heading), shape))
        assert "peycelon" not in _names(extract.present)  # no member: in the seat
        assert sorted(_names([s.substitute]) for s in extract.substitutions) == [
            "peycelon",
            "soleillant",
        ]
        assert handed(extract.proxies) == [("vernay", "coudour")]
        assert _names(extract.replaced) == "rivollier tardy"
        assert extract.substitutes == 0  # both titulars named
        # six titulars, two suppléants, one proxy
        assert extract.items[0].deliberation.votes_for == 9


def test_pour_outside_a_list_of_suppleants_is_still_a_proxy(shape: str) -> None:
    text = text_of("communaute-cr-substitutes-pour.txt").replace(
        "Délégués suppléants :", "Pouvoirs :"
    )
    extract = parse_extract(printed(text, shape))
    assert ("rivollier", "peycelon") in handed(extract.proxies)


# -- a public body's letterhead: its name, then what it is -------------------------------------

BOARD = (
    "Procès-verbal de la séance du Conseil d'administration du 12 mai 2025\n\n"
    "Présents : M. Jean-Paul CHARTRON, M. Alain LAURENDON, Mme Valérie PEYSSELON.\n"
    "Secrétaire de séance : M. Alain LAURENDON.\n\n"
    "1. Compte de gestion 2024\nAdopté à l'unanimité.\n"
)
LETTERHEADS = [
    ("NOVIM SOCIÉTÉ D'ÉCONOMIE MIXTE", "NOVIM", "établissement public"),
    ("Loire Aménagement SEM", "Loire Aménagement", "établissement public"),
    # the name holding a collectivité's word: still the company
    ("CAP MÉTROPOLE SOCIÉTÉ PUBLIQUE LOCALE", "Cap Métropole", "établissement public"),
    ("Saint-Étienne Tourisme & Congrès – SPL", "Saint-Étienne Tourisme & Congrès", None),
    ("Métropole Habitat Saint-Étienne OPH", "Métropole Habitat Saint-Étienne", None),
    ("Eaux du Pilat – Régie intercommunale de l'eau", "Eaux du Pilat", None),
    ("Eaux du Pilat, régie dotée de la personnalité morale", "Eaux du Pilat", None),
    # the town over its CCAS: the CCAS's board sat
    ("Ville de Firminy\nCCAS de Firminy", "CCAS de Firminy", "ccas"),
    ("VILLE DE RIVE-DE-GIER CCAS DE RIVE-DE-GIER", "CCAS de Rive-de-Gier", "ccas"),
    # the CCAS named by its kind alone, under or after its town's name
    ("Commune de Sorbiers\nCentre communal d'action sociale", "CCAS de Sorbiers", "ccas"),
    ("VILLE DE SORBIERS – CCAS", "CCAS de Sorbiers", "ccas"),
    ("SAINT-CHAMOND CENTRE COMMUNAL D'ACTION SOCIALE", "CCAS de Saint-Chamond", "ccas"),
]


@pytest.mark.parametrize(("letterhead", "name", "kind"), LETTERHEADS)
def test_a_public_body_is_read_from_its_letterhead(
    letterhead: str, name: str, kind: str | None, shape: str
) -> None:
    council = parse_extract(printed(f"{letterhead}\n{BOARD}", shape)).council
    assert council is not None
    assert (council.name, council.kind) == (name, kind or "établissement public")


def test_a_town_s_council_stays_the_town_s_over_its_ccas(shape: str) -> None:
    text = "Ville de Firminy\nCCAS de Firminy\n" + BOARD.replace(
        "Conseil d'administration", "Conseil municipal"
    )
    council = parse_extract(printed(text, shape)).council
    assert council is not None
    assert council.kind == "commune"


def test_a_return_named_by_its_item_ends_the_absence_there(shape: str) -> None:
    text = text_of("commune-pv-leaves-room-not-voting.txt").replace(
        "M. Damien EPINAT regagne la séance.\n\n", ""
    )
    text = text.replace("3. Tarifs", "M. Damien EPINAT regagne la séance au point 4.\n\n3. Tarifs")
    extract = parse_extract(printed(text, shape))
    assert [_names(item.away) for item in extract.items] == AWAY
