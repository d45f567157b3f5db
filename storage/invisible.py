"""Characters nobody sees, for the two places text comes in: what a member types
(bot/incoming.py) and what a document prints (storage/parsing/text.py).

Control characters (but tab and line breaks) and Unicode format characters: zero-width spaces
and joiners, bidirectional marks, embeddings, overrides and isolates, the soft hyphen, the BOM,
invisible operators, tags. Left in a name, each one makes another spelling of it: « DE\u200bGRAIX »
matched nobody, and « GI\u202eRAUD » is shown reversed wherever it is printed. Listed rather
than derived from unicodedata at import, which would cost the console's start a third of a
second.

Some are printable to Python though nobody sees them: the combining grapheme joiner, variation
selectors, Khmer and Mongolian marks of no shape (removed), and the fillers Telegram users type
for a blank (the Hangul fillers, the Braille blank: read as a space). « Deg\u034fraix » matched
nobody, and « qui\u3164était présent ? » was « aucun membre ne s'appelle quiétait ».
"""

from __future__ import annotations

from storage import cues

# The tags (outside the first plane) in an alternative of their own: in one character class
# with the others, every document's search for them took twice as long.
_PLANE_ONE = (
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\u034f\u17b4\u17b5\u180b-\u180d\u180f\ufe00-\ufe0f]"
)
_TAGS = "[\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef]"
_PATTERN = f"{_PLANE_ONE}|{_TAGS}"
INVISIBLE = cues.plain(_PATTERN)
# The blanks typed for a space (or for an empty message): a space.
_FILLERS = "[\u115f\u1160\u2800\u3164\uffa0]"
FILLER = cues.plain(_FILLERS)
# Those of the invisible characters (and the fillers) that Python counts printable.
_PRINTABLE_UNSEEN = cues.plain(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u2800\u3164\ufe00-\ufe0f\uffa0"
    "\U000e0100-\U000e01ef]"
)
# Each class alone is scanned by the engine's fast loop over a character set; their
# alternation is tried branch by branch at every position (a 4 kB document: 8 µs each, 45
# together). Asking whether a text holds one is two scans.
_PLANE_ONE_CHAR = cues.plain(_PLANE_ONE)
_TAG_CHAR = cues.plain(_TAGS)


def holds_invisible(text: str) -> bool:
    """Whether `INVISIBLE` or `FILLER` finds something in the text, sooner."""
    # The invisible characters but a few outside ASCII are unprintable (tests/
    # test_cleaning_gates.py): a text printable but for its line breaks and tabs holds none of
    # them, and str.isprintable is one loop at C speed (a 3 kB document: 12 µs, where the two
    # scans below take 38); the few printable ones are one more scan, of texts not in ASCII.
    if text.replace("\n", "").replace("\t", "").isprintable():
        return not text.isascii() and _PRINTABLE_UNSEEN.search(text) is not None
    return (
        _PLANE_ONE_CHAR.search(text) is not None
        or _TAG_CHAR.search(text) is not None
        or FILLER.search(text) is not None
    )


def without_invisible(text: str) -> str:
    """The text without its invisible characters, each filler typed for a blank a space."""
    return INVISIBLE.sub("", FILLER.sub(" ", text))


# One invisible character, as a part of a larger pattern.
INVISIBLE_PATTERN = f"(?:{_PATTERN})"
