"""An act's number longer than the reader's parts allowed (« DÉLIBÉRATION N°2024.0041799 »,
seven figures after the year): read whole, never cut to « 2024.004179 » (a figure dropped
without a word). The document is invented and read as printed and flattened (the `shape`
fixture)."""

from __future__ import annotations

from tests.documents import read


def test_a_long_act_number_is_read_whole(shape: str) -> None:
    extract = read("syndicat-extrait-long-number.txt", shape)
    assert [i.deliberation.number for i in extract.items] == ["2024.0041799"]
