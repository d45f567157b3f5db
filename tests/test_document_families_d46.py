"""A member who leaves the room for an item's vote and a return printed later; a suppléant's
« (pour M. X) »; a public body's letterhead printing its own name before what it is. Each
document is invented and read as printed and flattened (the `shape` fixture).
"""

from __future__ import annotations

from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import handed, printed, read, text_of


def _names(people: list) -> str:
    return " ".join(sorted(fold(p.last_name) for p in people))


def test_a_member_out_of_the_room_for_a_vote_is_away_for_it(shape: str) -> None:
    extract = read("commune-pv-leaves-room-not-voting.txt", shape)
    # « quitte la séance et ne prend pas part au vote », « se retire et ne prend pas part au
    # vote »: out of the room, not only withdrawn; « regagne la séance » printed after item 3
    # keeps him out for it; a bare « ne prend pas part au vote » leaves him in the room
    assert [_names(item.away) for item in extract.items] == [
        "chomienne",
        "epinat",
        "epinat",
        "",
        "",
    ]
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
        assert "peycelon soleillant" in _names(extract.present)
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
