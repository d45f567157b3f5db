"""Small text helpers every reader of storage.parsing shares."""

from __future__ import annotations

import re


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one string; a word cut after '-' or '/' is glued back."""
    out = ""
    for line in lines:
        part = line.strip()
        if not part:
            continue
        if out.endswith(("-", "/")) and out[-2:-1].isalpha():
            out += part
        else:
            out = f"{out} {part}" if out else part
    return out


def _lower(text: str) -> str:
    """The text in lower case, offsets unchanged (so spans found in it apply to the text)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few capitals (« İ ») lower to two characters: keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _span(text: str, match: re.Match[str], group: int | str) -> str:
    start, end = match.span(group)
    return text[start:end]
