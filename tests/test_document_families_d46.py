"""A member who leaves the room for an item's vote and a return printed later; a suppléant's
« (pour M. X) »; a public body's letterhead printing its own name before what it is. Each
document is invented and read as printed and flattened (the `shape` fixture).
"""

from __future__ import annotations

from storage.names import fold
from tests.documents import read


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
