"""The attendance reader asks its list-stop patterns only of lines opening on a character they
can match (storage/parsing/attendance.py `_list_stop`): those first characters, checked here
against the patterns themselves over every code point, so an edited pattern cannot outgrow
its gate unseen."""

from __future__ import annotations

import random
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


_LIST_TAIL_PIECES = [
    "M. Luc MARTY", "Mme Rose LAFAGE", "ROUX", "LE GALL", " ", ". ", ", ", "\n", "L", "Le ",
    "La ", "Les ", "L'", "L’", "le ", "quorum", "Président", "Maire", "ouvre", "la séance",
    "Après l'appel", "MM.", "Mme.", "É", "2024", "Page 3", "- 2 -", "Publié le 07/05/2024",
    "Syndicat des eaux – Comité du 02/05/2024", "préfecture", "PRÉFECTURE", "SYNDICAT DES EAUX",
]  # fmt: skip


def test_a_sentence_after_a_list_is_found_where_its_plain_search_finds_it() -> None:
    # the capitals before « Le … » are checked behind the « L » the search scans for: the
    # same places as the pattern looking behind first, tried at every character
    behind_first = re.compile(
        r"(?<=[A-ZÀ-Ý]{2}\s)L(?:(?:e|a|es)\s[a-zà-ÿ]{3}|['’][a-zà-ÿ]{3}"
        r"|(?:e|a)\s(?:Pr[ée]sident|Maire|Secr[ée]taire)e?\s[a-zà-ÿ]{3})"
    )
    rng = random.Random(13)
    for _ in range(4000):
        line = "".join(rng.choice(_LIST_TAIL_PIECES) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(line))
        plain = [
            m.start() for m in (attendance._STOP_THEN_SENTENCE.search(line, start),
                                behind_first.search(line, start)) if m
        ]  # fmt: skip
        if (after := behind_first.search(line, start)) is not None:
            plain[-1] = after.start() - 1
        assert attendance._next_sentence(line, start) == (min(plain) if plain else None), line


def test_a_line_is_page_furniture_as_its_plain_reading_says() -> None:
    rng = random.Random(31)
    for _ in range(3000):
        line = "".join(rng.choice(_LIST_TAIL_PIECES) for _ in range(rng.randint(0, 6))).strip()
        heading = rng.choice([None, "SYNDICAT DES EAUX", "COMMUNE DE VIGNE"])
        plain = bool(line) and attendance._without_furniture((line,), heading) == ()
        assert attendance._page_furniture(line, heading) == plain, (line, heading)
