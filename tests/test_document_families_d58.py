"""Entries under « Pouvoirs : » that open on « de » before the giver's civility (« de M. CHAMBON
Louis à M. GIRAUD Marc »): the noun said once, in the cue. The document is invented and read as
printed and flattened (the `shape` fixture)."""

from __future__ import annotations

from tests.documents import read


def test_proxy_entries_opening_on_de_name_giver_and_holder(shape: str) -> None:
    extract = read("communaute-cr-proxies-listed-from-de.txt", shape)
    pairs = [
        (p.giver.civility, p.giver.first_name, p.giver.last_name, p.holder.last_name)
        for p in extract.proxies
    ]
    assert pairs == [
        ("M.", "Louis", "CHAMBON", "GIRAUD"),
        ("Mme", "Anne", "ROUX", "FAURE"),
    ]
    assert [i.deliberation.number for i in extract.items] == ["DCC-2025-014", "DCC-2025-015"]
