"""Which short strings a document holds, asked of its words once instead of its whole text
each time.

A reader spares a pattern to the documents that cannot match it by looking first for a word
the pattern needs (« taient » before the absentees' sentence). Each such look is a scan of the
whole text, and a document was scanned so some seventy times before its lines were cut. A
string holding no white space lies inside one word (a run between white spaces), so whether
the text holds it is whether one of its words does: each distinct word is asked once for every
string registered here (a word is asked again only in a text never seen: the words of a text
are mostly the words of the texts before it), and a text's answers are the union of its
words'. The answers of the last text asked are kept by identity, as `common.lowered` keeps its
lower case: the passes before the cleaning hand one another the same text object.

A module registers its strings when it is imported (`strings`), then asks `holds(text, wanted)`:
exactly whether `text` holds one of them (as `any(s in text for s in …)` answers). A string
opening or ending with a NUL asks for a word opening or ending so (« \x00reçu\x00 », the word
« reçu » alone): a pattern's gate, the pattern saying the rest.
"""

from __future__ import annotations

import functools
import operator
from typing import NamedTuple

# The registered strings, each its bit (and those asked in the words' lower case, see
# `lowered`); the words seen, and what those holding one hold.
_STRINGS: dict[str, int] = {}
_LOWERED: dict[str, int] = {}
_SEEN: set[str] = set()
_HOLDING: dict[str, int] = {}
_HOLDERS: set[str] = set()  # (its words as a set: a text's are met with it at C speed)
# (a hostile file's words all different would be kept without end: forgotten past this many)
_SEEN_MOST = 65_536
# The last text asked, its words, and what it holds.
_LAST: tuple[str, frozenset[str], int] = ("", frozenset(), 0)


class Wanted(NamedTuple):
    """Strings asked for together: their bits, and the strings themselves when none asks for a
    word's edge (a text other than the last asked is then scanned for them as it was)."""

    mask: int
    plain: tuple[str, ...]


def strings(*wanted: str) -> Wanted:
    """What asks for any of `wanted` (strings without white space), registering the new ones:
    words asked before them are asked again."""
    mask = _register(_STRINGS, wanted)
    return Wanted(mask, () if any("\x00" in string for string in wanted) else wanted)


def lowered(*wanted: str) -> Wanted:
    """What asks for any of `wanted` (strings in lower case, without white space) in the
    text's lower case, registering the new ones: asked only of the last text read (see
    `is_last`), as `text.lower()` holding one of them is one of its words' lower case holding
    it (a word's characters are lowered one by one, and none becomes a white space)."""
    return Wanted(_register(_LOWERED, wanted), ())


def _register(registered: dict[str, int], wanted: tuple[str, ...]) -> int:
    global _LAST
    mask = 0
    for string in wanted:
        if not string or any(c.isspace() for c in string):
            raise ValueError(f"a registered string holds no white space: {string!r}")
        if string not in registered:
            registered[string] = 1 << (len(_STRINGS) + len(_LOWERED))
            _SEEN.clear()
            _HOLDING.clear()
            _HOLDERS.clear()
            _LAST = ("", frozenset(), 0)
        mask |= registered[string]
    return mask


def _word_holds(word: str) -> int:
    bounded = f"\x00{word}\x00"
    low = word.lower()
    return functools.reduce(
        operator.or_, (bit for string, bit in _STRINGS.items() if string in bounded), 0
    ) | functools.reduce(
        operator.or_, (bit for string, bit in _LOWERED.items() if string in low), 0
    )


def _read(text: str) -> tuple[str, frozenset[str], int]:
    global _LAST
    if _LAST[0] is not text:
        words = frozenset(text.split())
        new = words.difference(_SEEN)
        if len(_SEEN) + len(new) > _SEEN_MOST:
            _SEEN.clear()
            _HOLDING.clear()
            _HOLDERS.clear()
            new = words
        for word in new:
            if found := _word_holds(word):
                _HOLDING[word] = found
                _HOLDERS.add(word)
        _SEEN.update(new)
        held = functools.reduce(operator.or_, map(_HOLDING.__getitem__, words & _HOLDERS), 0)
        _LAST = (text, words, held)
    return _LAST


def words(text: str) -> frozenset[str]:
    """The text's words (its runs between white spaces), the last text's kept."""
    return _read(text)[1]


def is_last(text: str) -> bool:
    """Whether `text` is the last text read (`words`): asked of it, `holds` reads no word."""
    return _LAST[0] is text


def holds(text: str, wanted: Wanted) -> bool:
    """Whether `text` holds one of the strings `wanted` asks for (see `strings`): from its
    words when it is the last text read (`words`), or when a string asks for a word's edge;
    else by a scan for each string, as the reader did without this module."""
    last = _LAST
    if last[0] is text:
        return last[2] & wanted.mask != 0
    if wanted.plain:
        return any(string in text for string in wanted.plain)
    return _read(text)[2] & wanted.mask != 0
