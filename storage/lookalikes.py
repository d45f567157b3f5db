"""Letters of another alphabet drawn as Latin ones, for the two places text comes in: what a
member types (bot/incoming.py) and what a document prints (storage/parsing/text.py).

Cyrillic and Greek capitals and small letters drawn exactly as Latin ones. A word mixing them
with Latin letters (« DEGRАIX » with a Cyrillic А, from a keyboard left in another layout or
a text made to deceive) shows as DEGRAIX and is read so: kept, it was another member beside
the real one in a document, and nobody at all in a member's question (« /membre Bеrger »). A
word wholly in Cyrillic or Greek is a name in that alphabet, kept as written.
"""

from __future__ import annotations

import re

from storage import cues

_LOOKALIKES = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеѕіјорсхуԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧοϲ",
    "ABESIJKMHOPCTXYaesijopcxydqwABEZHIKMNOPTYXoc",
)
_FOREIGN = cues.plain("[\u0370-\u03ff\u0400-\u052f]")
# A word is a whole run of letters of the three alphabets: each run is matched once, to its
# end, so the text is read in one pass whatever its words' length.
_WORD = cues.plain("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f]+")
_LATIN = cues.plain("[A-Za-z\u00c0-\u024f]")


def _latin_word(match: re.Match[str]) -> str:
    word = match.group()
    if _FOREIGN.search(word) is None or _LATIN.search(word) is None:
        return word  # all Latin, or all in one other alphabet
    return word.translate(_LOOKALIKES)


# The first bytes of those letters in UTF-8 (U+0370 to U+052F: 0xCD to 0xD4, each the lead of a
# two-byte character): a text whose encoding holds none holds no such letter. Each is looked
# for at C speed in the bytes, where the pattern's set is tried at every character (a 3 kB
# document: 3 µs, where the pattern took 20).
_FOREIGN_LEADS = tuple(bytes([lead]) for lead in range(0xCD, 0xD5))


def holds_lookalikes(text: str) -> bool:
    """Whether the text holds a Cyrillic or Greek letter at all (the rest need not look)."""
    if text.isascii():
        return False
    data = text.encode("utf-8", "surrogatepass")
    if not any(lead in data for lead in _FOREIGN_LEADS):
        return False
    return _FOREIGN.search(text) is not None


def latin_lookalikes(text: str) -> str:
    """The text with each word that mixes Latin letters and Cyrillic or Greek look-alikes
    written in Latin letters only."""
    if not holds_lookalikes(text):
        return text
    return _WORD.sub(_latin_word, text)
