"""The vote reader asks some patterns only of texts holding a literal word they need
(storage/parsing/votes.py `not_taking_part`, `_read_vote`'s figures by their initials and « (5
voix) »; storage/parsing/extract.py's one outcome for every item): each gate is checked here
against its pattern on the spellings the pattern takes, so an edited pattern cannot outgrow
its gate unseen."""

from __future__ import annotations

import itertools

import pytest

from storage.parsing import items, votes

# The pieces each pattern is made of, in every case and spacing it takes.
_APART = [
    f"{head}{sep}{tail}"
    for head, sep, tail in itertools.product(
        [
            "ne prend pas part au vote",
            "NE PRENNENT PAS PART",
            "Ne participe pas au vote",
            "ne participent pas",
            "2 ne prenant pas part",
            "deux élus ne participant pas",
            "3 n'ayant pas pris part",
            "4 non-participations",
            "Non participation au vote",
            "NPPV",
            "npp",
        ],
        [" : ", " ", ":", " (", "\n"],
        ["2", "deux", "27 (groupe X)", "au vote"],
    )
]


@pytest.mark.parametrize("text", _APART)
def test_not_taking_part_is_asked_of_every_text_its_patterns_read(text: str) -> None:
    found = any(p.search(text) for p in votes._NOT_TAKING_PART)
    folded = text.casefold()
    gate = "part" in folded or "npp" in folded or "non-p" in folded
    assert gate or not found


@pytest.mark.parametrize(
    "text",
    [
        "12 P / 0 C / 2 A",
        "12P/0C/2A",
        "12 P - 0 C",
        "4 P, 1 C, 0 A",
        "approuvée (5 voix)",
        "ADOPTÉ (12 votants)",
        "adoptées (9 suffrages)",
    ],
)
def test_figures_by_their_initials_or_in_brackets_are_gated_by_what_they_hold(text: str) -> None:
    if votes._INITIALS.search(text):
        assert "P" in text
    if votes._ALL_VOICES.search(text):
        assert ")" in text
    assert votes._INITIALS.search(text) or votes._ALL_VOICES.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "toutes les délibérations ont été adoptées",
        "l'ensemble des décisions a été adopté à l'unanimité",
        "l’ensemble des points sont approuvés",
        "toutes les questions inscrites à l'ordre du jour ont été adoptées",
    ],
)
def test_one_outcome_for_every_item_is_gated_by_its_words(text: str) -> None:
    assert items.ALL_VOTED.search(text)
    assert "toutes les" in text or "ensemble des" in text
