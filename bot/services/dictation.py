"""Words a dictation split in two (« le kor rom » for « le quorum », « la procu ration »),
joined before a sentence is read.

A phone's dictation writes a word it does not know as shorter words that sound alike. The
words that carry the intent are few and long (« quorum », « procuration », « délibération »):
two or three short neighbours whose joined sound is that of one of them, within one letter,
are that word. Nothing else is stretched: a pair joined must sound like one of those words, and
no word of it may be one the readers already know (an intent word, a small word of a
question), so « le pouvoir » or « la séance » are never touched. Names dictated the same way
(« chasse au bene ») are the name resolver's, which offers them, labelled.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.services.frames import INTENT_SOUNDS, is_known_word, sound
from storage import cues
from storage.french import NUMBER_WORD

_PIECE = cues.plain(r"[A-Za-zÀ-ÿ]+")
_DOUBLED = cues.plain(r"(\w)\1+")


def _key(word: str) -> str:
    """A word's sound with doubled letters single (« kor rom » and « quorum » alike)."""
    return _DOUBLED.sub(r"\1", sound(word))


_TARGETS = {_key(s): word for s, word in INTENT_SOUNDS.items()}
_TARGET_KEYS = list(_TARGETS)
_MAX_PIECE = 5  # the pieces dictation leaves are short
_MIN_JOINED = 5


# Punctuation a dictation wrote as words (« … 27 janvier 2022 virgule et combien il fallait
# point d'interrogation »): the mark itself, so that each question is read as one. « virgule »
# between two numbers is a number's (« deux mille vingt-deux virgule quatre cent dix-sept »), and
# « point » alone an item (« le point 3 »): both kept.
# (« et » alone is no number here: « 2022 virgule et combien » is a comma, then « et »)
_NUMBER_WORD = rf"(?:\d+|zéro|(?!et\b){NUMBER_WORD})"
_MARK_SAID = cues.plain(
    r"\s*\b(?:(?P<question>point d[' ’]?interrogation)|(?P<full>point final|point à la ligne"
    r"|point a la ligne|à la ligne|a la ligne)|(?P<bang>point d[' ’]?exclamation)"
    r"|(?P<comma>virgule))\b",
    re.IGNORECASE,
)
_NUMBER_BEFORE = cues.plain(rf"(?i)\b{_NUMBER_WORD}\s*$")
_NUMBER_AFTER = cues.plain(rf"(?i)^\s*{_NUMBER_WORD}\b")
_MARKS = {"question": " ?", "full": ".", "bang": " !", "comma": ","}


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def marks_said(text: str) -> str:
    """The sentence with punctuation said as words written as the marks; the same text when
    none is said."""
    if not re.search(r"(?i)virgule|point|ligne", text):
        return text

    def mark(match: re.Match[str]) -> str:
        kind = str(match.lastgroup)
        if kind == "comma" and (
            _NUMBER_BEFORE.search(text[: match.start()])
            and _NUMBER_AFTER.match(text[match.end() :])
        ):
            return match.group(0)  # « deux mille vingt-deux virgule quatre cent dix-sept »
        return _MARKS[kind]

    return _MARK_SAID.sub(mark, text)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def heard_as_written(text: str) -> str:
    """The sentence with dictated pieces of an intent word joined into it; the same text
    when there are none."""
    matches = list(_PIECE.finditer(text))
    if len(matches) < 2:
        return text
    # One look at each word (most sentences have no two unknown short words side by side,
    # and stop here): a word the readers know, or a long one, is never a piece.
    short = [
        len(m.group(0)) <= _MAX_PIECE and not is_known_word(_folded(m.group(0))) for m in matches
    ]
    if not any(a and b for a, b in itertools.pairwise(short)):
        return text
    pieces = [(m.start(), m.end(), _folded(m.group(0))) for m in matches]
    out = text
    i = len(pieces) - 2  # from the end: replacing keeps the earlier offsets right
    while i >= 0:
        replaced = False
        for size in (3, 2):
            group = pieces[i : i + size]
            if len(group) < size or not all(short[i : i + size]) or not _side_by_side(group, text):
                continue
            joined = "".join(p[2] for p in group)
            if len(joined) < _MIN_JOINED:
                continue
            heard = process.extractOne(
                _key(joined), _TARGET_KEYS, scorer=Levenshtein.distance, score_cutoff=1
            )
            if heard is None:
                continue
            word = _TARGETS[heard[0]]
            out = out[: group[0][0]] + word + out[group[-1][1] :]
            replaced = True
            break
        i -= 1 if not replaced else 2
    return out


_ACCENTS = str.maketrans("àâäáãéèêëíìîïóòôöõúùûüçñÿ", "aaaaaeeeeiiiiooooouuuucny")


def _folded(word: str) -> str:
    """A word lower case, without accents (a word alone: no separator to care for)."""
    return word.lower().translate(_ACCENTS)


def _side_by_side(group: list[tuple[int, int, str]], text: str) -> bool:
    """Pieces next to each other: a space or a hyphen between."""
    return all(
        text[end:start].strip(" -") == ""
        for (_, end, _), (start, _, _) in itertools.pairwise(group)
    )
