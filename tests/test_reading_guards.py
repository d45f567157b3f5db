"""A reader's pattern whose matches can only begin at some places is tried only there (a guard
before its alternatives): it finds what it found without the guard, on every message of the
question tables (as typed and as the readers fold them) and on made-up texts of the words and
marks its alternatives look for. A new alternative that begins elsewhere fails here."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services import frames
from storage.names import fold
from tests.helpers import QUESTIONS

# (the guarded pattern, its guard)
GUARDED = [
    (frames._QUESTION_BREAK, frames._QUESTION_BREAK_AT),
    (frames._COURTESY, frames._COURTESY_AT),
]


def _messages() -> list[str]:
    said = [
        line.split("\t")[0]
        for table in sorted(QUESTIONS.glob("*.tsv"))
        for line in table.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    folded = [fold(s) for s in said]
    return said + folded + [" ".join(re.sub(r"[^\w\s]", " ", s).split()) for s in folded]


def _unguarded(pattern: re.Pattern[str], guard: str) -> re.Pattern[str]:
    source = pattern.pattern
    assert source.startswith(f"{guard}(?:")
    assert source.endswith(")")
    return re.compile(source[len(guard) + 3 : -1], pattern.flags)


def _same(pattern: re.Pattern[str], plain: re.Pattern[str], text: str) -> None:
    found = [(m.span(), m.group()) for m in pattern.finditer(text)]
    assert found == [(m.span(), m.group()) for m in plain.finditer(text)], text
    assert pattern.split(text) == plain.split(text), text


@pytest.mark.parametrize(("pattern", "guard"), GUARDED)
def test_a_guarded_pattern_finds_what_it_found_on_every_message(
    pattern: re.Pattern[str], guard: str
) -> None:
    plain = _unguarded(pattern, guard)
    messages = _messages()
    assert len(messages) > 1000
    assert sum(bool(plain.search(m)) for m in messages) > 50  # breaks there are to be found
    for message in messages:
        _same(pattern, plain, message)


_PIECES = [
    " ", "  ", "\t", ",", ", ", "?", "? ", "et ", "qui", "combien", "presents", "présents",
    "pouvoirs", "le ", "la ", "quorum", "aussi ", "puis ", "4", "Et ", "QUI", "a", "x",
    "merci", "bonjour", "j ", "je ", "voudrais ", "savoir", "moi", "donne", "ca va", "d", "s il",
    "vous plait", "'", "-", "é",
]  # fmt: skip


@pytest.mark.parametrize(("pattern", "guard"), GUARDED)
@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=14))
def test_a_guarded_pattern_finds_what_it_found_on_made_up_texts(
    pattern: re.Pattern[str], guard: str, pieces: list[str]
) -> None:
    _same(pattern, _unguarded(pattern, guard), "".join(pieces))
