"""A table of proxies whose line breaks were lost is read in linear time (grids.py)."""

from __future__ import annotations

import pytest

from storage.parsing import grids
from storage.parsing.grids import rewrite_tables

HEAD = "Séance du 3 mars 2025. Pouvoirs Mandant Mandataire "


@pytest.mark.timeout(20)  # a fraction of a second; the quadratic scan took minutes
def test_names_in_capitals_without_given_names_are_read_in_linear_time() -> None:
    # Each name's scan read on to the end of the capitals before it gave back: 80 kB took
    # half a minute, 200 kB some minutes.
    line = HEAD + "DUPONT AB ABEL " * 14_000
    assert rewrite_tables(line) == line  # no given name: no pairs read


def test_the_pairs_are_read_as_before() -> None:
    pairs = "DUPONT Jean MARTIN Paul DE LA TOUR Anne ROUX Luc " * 3
    line = f"{HEAD}{pairs}Absents : M. Yves DOL"
    assert rewrite_tables(line) == (
        "Séance du 3 mars 2025. Pouvoirs : "
        + " ; ".join(["DUPONT Jean à MARTIN Paul ; DE LA TOUR Anne à ROUX Luc"] * 3)
        + " Absents : M. Yves DOL"
    )


@pytest.mark.parametrize(
    "names",
    [
        "DUPONT Jean MARTIN Paul",
        "DUPONT D'ARC ABEL Jean",  # « D' » reads as a given name, as the pattern reads it
        "LE GALL Marie-Claire ÉMERY Zoé",
        "DUPONT AB ABEL DUPONT Jean",
        "dupont AB Jean x ABEL",
        "A B C DUPONT",
        "ÀBEL-ROUX Ève L’ABBÉ Luc",
    ],
)
def test_the_names_are_those_the_pattern_finds(names: str) -> None:
    assert grids._surnames_first(names) == grids._SURNAME_FIRST.findall(names)
