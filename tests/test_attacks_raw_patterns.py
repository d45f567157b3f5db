"""Patterns that once backtracked on raw text, made linear: they find what they found before,
and any input of up to 20 kB of the pieces that made them slow is read (each test has a few
seconds: a pattern gone quadratic again is a red test, not a stuck run). Their time against
their size is printed by bench/parse_linear.py (« appointed: … », « annex year: … »).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.parsing.annex import _without_month_year
from storage.parsing.attendance import _APPOINTED_SECRETARY

# The patterns as they were, kept as the reference of what must still be found.
_MONTH = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre)"
)
_OLD_TRAILING = re.compile(rf"\s*[-–—,]?\s*(?:{_MONTH}\s+)?\d{{4}}\s*$", re.IGNORECASE)
_OLD_APPOINTED = re.compile(
    r"^[ \t]*(?P<name>[^\n]+?)\s+a\s+[ée]t[ée]\s+(?:d[ée]sign[ée]e?|nomm[ée]e?|[ée]lue?)\s+"
    r"(?:comme\s+|en\s+qualit[ée]\s+de\s+)?secr[ée]taire",
    re.MULTILINE,
)

_PIECES = st.sampled_from(
    [" ", "\t", "\n", "   ", "x", "M. Jean DUPONT", " a été désigné ", "a été élue ",
     "comme ", "secrétaire", "juillet", " 2024", "2024", " - ", ",", "é"]
)  # fmt: skip
_EXAMPLES = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _appointed(text: str) -> tuple[str, int] | None:
    """The name and the end of the sentence, as attendance._read_officers takes them."""
    found = _APPOINTED_SECRETARY.search(text)
    if found is None:
        return None
    line_start = text.rfind("\n", 0, found.start()) + 1
    return text[line_start : found.start()].lstrip(" \t"), found.end()


def _old_appointed(text: str) -> tuple[str, int] | None:
    """The old pattern's first finding with a name: a « name » of blanks alone (« ␣␣a été
    désigné secrétaire ») was never a secretary, the caller dropped it once stripped."""
    for found in _OLD_APPOINTED.finditer(text):
        if found.group("name").strip():
            return found.group("name"), found.end()
    return None


@pytest.mark.timeout(30)
@_EXAMPLES
@given(st.lists(_PIECES, max_size=12))
def test_the_linear_patterns_find_what_the_old_ones_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _appointed(text) == _old_appointed(text)
    # The heading's caller strips blanks and dashes around what is left.
    old = _OLD_TRAILING.sub("", text).strip(" \t\n-–—:,")
    assert _without_month_year(text).strip(" \t\n-–—:,") == old


@pytest.mark.timeout(30)
@_EXAMPLES
@given(st.lists(_PIECES, min_size=1, max_size=400), st.integers(1, 60))
def test_any_raw_input_of_up_to_20_kb_is_read(pieces: list[str], repeat: int) -> None:
    """A minute for 4 kB of blanks and tabs before: now milliseconds (bench/parse_linear.py)."""
    text = ("".join(pieces) * repeat)[:20_000]
    _APPOINTED_SECRETARY.search(text)
    _without_month_year(text)
    _without_month_year("ANNEXE - CONTRAT" + text.replace("\n", " "))
