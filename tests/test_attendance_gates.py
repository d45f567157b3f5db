"""The attendance reader asks its list-stop patterns only of lines opening on a character they
can match (storage/parsing/attendance.py `_list_stop`): those first characters, checked here
against the patterns themselves over every code point, so an edited pattern cannot outgrow
its gate unseen."""

from __future__ import annotations

import re

import pytest

from storage.parsing import attendance


@pytest.mark.parametrize(
    ("pattern", "first", "digits"),
    [
        (attendance._LIST_STOP, attendance._LIST_STOP_FIRST, False),
        (attendance._LIST_STOP_CI, attendance._LIST_STOP_CI_FIRST, True),
    ],
)
def test_a_line_a_stop_matches_opens_as_its_gate_allows(
    pattern: re.Pattern[str], first: frozenset[str], digits: bool
) -> None:
    # Each code point, followed by every continuation the pattern's branches need: a stop that
    # matched a line whose first character the gate turns away would be found here.
    continuations = {m.group() for m in re.finditer(r"[a-zà-ÿ'’_=\- ]+", pattern.pattern)}
    continuations |= {" ", "", "'", "’", "  conseil", " quorum", "- Tarifs", ") Tarifs"}
    missed = []
    # Case folding in the engine maps single characters: every letter that folds to a Latin
    # one stands below U+3000, but for the Kelvin sign and the ligatures checked too.
    for point in [*range(0x3000), 0x212A, 0x212B, *range(0xFB00, 0xFB07), *range(0xFF10, 0xFF5B)]:
        char = chr(point)
        if char in first or (digits and char.isdigit()):
            continue
        for rest in continuations:
            line = char + rest
            if pattern.match(line) or pattern.match(line + " x"):
                missed.append((hex(point), line))
                break
    assert missed == []


def test_a_line_opening_on_a_civility_is_no_stop_whatever_follows() -> None:
    # (the case-blind stops are not asked of « M. », « Mme », « MM. »: held to the pattern)
    continuations = {
        m.group() for m in re.finditer(r"[a-zà-ÿ'’_=\- ]+", attendance._LIST_STOP_CI.pattern)
    }
    continuations |= {" ", "", "e", "es", ". X", "e X", "me"}
    continuations |= {piece[cut:] for piece in continuations for cut in range(len(piece))}
    for opening in attendance._LIST_STOP_CI_NOT:
        for rest in continuations:
            for line in (opening + rest, opening + rest.upper(), opening + rest + " x"):
                assert attendance._LIST_STOP_CI.match(line) is None, line
    assert attendance._list_stop("Majorité absolue : 12")
    assert attendance._list_stop("Membres avec voix consultative :")


def test_a_stop_opening_with_each_allowed_character_is_still_found() -> None:
    assert attendance._list_stop("Le conseil municipal")
    assert attendance._list_stop("ſéance levée à 20 h")  # a long s folds to « s »
    assert attendance._list_stop("1 - Tarifs de la cantine")
    assert attendance._list_stop("___")
    assert not attendance._list_stop("M. Jean DUPONT, Mme Anne ROUX,")
