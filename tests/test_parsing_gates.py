"""The document reader's shortcuts answer what the plain search answers.

A pattern searched only near its cue words (storage.parsing.common.search_near), the figures
told apart as bytes (storage.parsing.text.holds_other_digits), the French date reader's
folding table (storage.french): each is held here to the slow, obvious way it replaces, so
an edited pattern cannot outgrow its gate unseen (as tests/test_attendance_gates.py does for
the list stops)."""

from __future__ import annotations

import random
import re

import pytest

from storage import french
from storage.parsing import heading, text
from storage.parsing.common import search_near

# (pattern, its cues, how far before a cue a match may start): every gated search.
GATED = [
    (
        heading._SECOND_CONVOCATION,
        heading._SECOND_CONVOCATION_CUES,
        heading._SECOND_CONVOCATION_BEFORE,
    ),
]


def _words(pattern: re.Pattern[str]) -> list[str]:
    """The literal pieces the pattern is written with, and the words around its branches."""
    pieces = re.findall(r"[a-zà-ÿ0-9'’]+(?: [a-zà-ÿ0-9'’]+)*", pattern.pattern)
    around = "a ont été ete à de nouveau convoqué convoquée convoqués convocation quorum 2e x"
    return [*pieces, *around.split(), "\n", " ", ":"]


@pytest.mark.parametrize(("pattern", "cues", "before"), GATED)
def test_a_gated_search_finds_what_the_plain_search_finds(
    pattern: re.Pattern[str], cues: tuple[str, ...], before: int
) -> None:
    words = _words(pattern)
    draw = random.Random(13)
    found = 0
    for _ in range(4000):
        sample = " ".join(draw.choice(words) for _ in range(draw.randint(1, 14)))
        end = draw.randint(0, len(sample))
        plain = pattern.search(sample, 0, end)
        near = search_near(pattern, sample, cues, before, end)
        assert (plain and plain.span()) == (near and near.span()), sample
        found += plain is not None
    assert found > 100  # the samples do hold matches


@pytest.mark.parametrize(("pattern", "cues", "before"), GATED)
def test_each_branch_holds_a_cue_within_reach(
    pattern: re.Pattern[str], cues: tuple[str, ...], before: int
) -> None:
    # the longest way each branch can open before its cue, written out
    longest = [
        "deuxième convocation",
        "sans condition de quorum",
        "ont été de nouveau convoqués",
        "ont été convoquées de nouveau",
    ]
    for sample in longest:
        found = pattern.search(sample)
        assert found is not None
        assert min(sample.find(cue) for cue in cues if cue in sample) - found.start() <= before


def test_other_digits_are_told_by_their_lead_bytes() -> None:
    digits = [chr(p) for p in range(0x80, 0x110000) if re.match(r"\d", chr(p))]
    assert all(text.holds_other_digits(f"Page {d}") for d in digits)
    assert not text.holds_other_digits("Séance du 4 juillet 2024 – l’ordre du jour « œuvre »")
    assert text.holds_other_digits("\ud800")  # a lone surrogate, as a decoded text may hold


def test_repeated_headers_are_found_with_figures_of_any_script() -> None:
    heading = "Conseil municipal du 6 mars 2025 page"
    lines = [f"{heading} ١", "x", f"{heading} ٢"]
    assert text._repeated_headers(lines)[0] == {"Conseil municipal du # mars # page #"}
    plain = ["Conseil municipal du 6 mars 2025 page 1", "Conseil municipal du 6 mars 2025 page 2"]
    assert text._repeated_headers(plain)[0] == {"Conseil municipal du # mars # page #"}
    assert text._repeated_headers(["Présents : 12", "Votants : 14", "Séance"])[0] == set()


def test_the_folding_table_folds_as_each_character_does() -> None:
    sample = "".join(chr(p) for p in range(0x20, 0x3000) if not 0xD800 <= p <= 0xDFFF)
    expected = "".join(french._fold_char(c) for c in sample)
    assert french._fold_keeping_offsets(sample) == expected
    assert len(french._FOLDED) <= 4096
