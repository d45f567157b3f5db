"""Small text helpers every reader of storage.parsing shares."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from storage import cues

_Answer = TypeVar("_Answer")

# The letters of French written in capitals and in small letters, as the inside of a
# character class (« [{UPPER}] », « [{LOWER}'’-] »): every reader spells them alike.
UPPER = "A-ZÀ-ÝŒ"
LOWER = "a-zà-ÿœ"


class PerLine(dict[str, _Answer]):
    """The answers of a question that depends on a line alone, each line asked once: a
    council's documents print the same lines again (its heading, its cues, its roll call in
    every extract of a sitting), and the readers ask each of their lines many questions.
    `answers[line]` asks `question` only of a line never asked (a look-up at C speed else).
    Forgotten past `most` lines, and a line longer than `longest` (a flattened text's) is
    asked each time, never kept: a hostile file's lines, all different or all long, keep
    a few megabytes at most."""

    def __init__(
        self, question: Callable[[str], _Answer], most: int = 8_192, longest: int = 300
    ) -> None:
        super().__init__()
        self.question = question
        self.most = most
        self.longest = longest

    def __missing__(self, line: str) -> _Answer:
        if len(line) > self.longest:
            return self.question(line)
        if len(self) >= self.most:
            self.clear()
        answer = self[line] = self.question(line)
        return answer


def by_opening(opens: str, rest: str) -> tuple[re.Pattern[str], ...]:
    """The pattern `[opens]rest` (a set of characters, then the rest) as one pattern for each
    character it opens on: a pattern opening on a literal is a scan at C speed, where one
    opening on a set is tried at every character of the text (three times as long, or more,
    over a whole document). The text holds a match of the whole pattern exactly where one of
    them finds one: a gate asked before the whole pattern's rewriting."""
    return tuple(cues.plain(re.escape(char) + rest) for char in opens)


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


def is_letter(char: str) -> bool:
    """Whether the character is one the patterns' [^\\W\\d_] match: a word's, neither a
    figure nor « _ »."""
    return char.isalpha() or (char.isalnum() and not char.isdecimal() and char != "_")


# The last text lowered, and it in lower case (see lowered).
_LOWERED: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """`text.lower()`, the last text's kept (by identity): the passes before the cleaning hand
    one another the same text object (a pass that finds nothing to change returns it as it
    was), and each asked for it in lower case again."""
    global _LOWERED
    kept = _LOWERED
    if kept[0] is not text:
        kept = _LOWERED = (text, text.lower())
    return kept[1]


def _lower(text: str) -> str:
    """The text in lower case, offsets unchanged (so spans found in it apply to the text)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few capitals (« İ ») lower to two characters: keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def search_near(
    pattern: re.Pattern[str],
    text: str,
    cues: tuple[str, ...],
    before: int,
    end: int,
    where: str | None = None,
    opens: str = "",
) -> re.Match[str] | None:
    """What `pattern.search(text, 0, end)` finds, for a pattern each of whose matches holds
    one of `cues` at most `before` characters after its start: the engine is tried only just
    before each cue's places (found by str.find, at C speed) instead of at every character
    of the text, which a pattern opening on an alternation or a class costs. The leftmost
    match is the one found: a cue's places are taken in order, the positions before each
    left to right. The cues are looked for in `where` when given (the text in lower case, its
    offsets kept); `opens`, when given, holds every character a match can open on (the others
    are not tried). tests/test_parsing_gates.py holds each gated pattern to its cues."""
    spots = sorted(at for cue in cues for at in _places(where or text, cue, end))
    tried = 0  # positions below are already tried
    for spot in spots:
        for at in range(max(tried, spot - before), spot + 1):
            if (not opens or text[at] in opens) and (found := pattern.match(text, at, end)):
                return found
        tried = spot + 1
    return None


def _places(text: str, word: str, end: int) -> list[int]:
    places = []
    at = text.find(word, 0, end)
    while at >= 0:
        places.append(at)
        at = text.find(word, at + 1, end)
    return places


def _span(text: str, match: re.Match[str], group: int | str) -> str:
    start, end = match.span(group)
    return text[start:end]
