"""A scanned document's text layer, damaged by character recognition, repaired where one
reading only is possible.

Recognition confuses a few glyphs: « i », « l » and « 1 », « o » and « 0 », « m » and « rn »,
and splits a word at an accented letter. In the cue words the readers look for (« Pouvo1rs »,
« Dé1ibération », « Pr ésents », « unanirnité ») and in the figures after a count's label
(« Présents : l5 », « Votants: 4O ») the damaged glyph has one reading only, so it is put
back; a colon read as a semicolon after a cue (« Présents ; … ») is one too, and so is a
capital « I » read as « l » where no word starts with « l » (« Mme lsabelle ROUX »). A figure
with a letter that has several readings (« Présents : 1S »: 15? 18?) is blanked, so no count
is read from it, and said in a finding. In a word in capitals (a name: « DUP0NT », « GAlLLARD »)
a « 0 » or a « l » between two capitals has one reading too; an accent printed apart from its
letter (« pr´esents ») is joined to it. Nothing else is touched: a word that is no cue stays
as printed.

Every repair keeps the text's lines; each step runs only when its sign is in the text (most
documents have none and pay one search).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from storage import cues
from storage.documents import Finding
from storage.french import MONTHS
from storage.names import compact, fold
from storage.parsing import present
from storage.parsing.common import LOWER, UPPER, by_opening, is_letter, lowered

# The words the readers look for, folded (accents dropped, lower case).
_CUE_WORDS = """
present presents presente presentes absent absents absente absentes excuse excuses excusee
excusees pouvoir pouvoirs procuration procurations secretaire seance votant votants exercice
deliberation deliberations delibere unanimite abstention abstentions contre pour represente
representes representee representees membre membres conseiller conseillers conseillere
conseilleres convocation quorum suffrages exprimes titulaires titulaire suppleant suppleants
adopte adoptee adoptes rejete rejetee voix elus elu municipal communautaire president
presidente presidence maire delegation delegue delegues mandataire mandataires etaient
assistaient nombre votes vote
conseil proces verbal compte rendu commune communaute reunion comite syndical extrait registre
avis favorable defavorable reserve reserves
"""
_VOCABULARY = frozenset(_CUE_WORDS.split())
_LONGEST_CUE = max(map(len, _VOCABULARY))

# A digit or a bar between two letters: « Pouvo1rs », « Dé1ibération », « SECRÉTA1RE »,
# « pr6sidence » (an « é » read as « 6 »), « PR0CÈS-VERBAL DU C0NSEIL »; a capital « I »
# between small letters (« DéIibération »).
# (led by the glyph: the engine skips to the few « 0 », « 1 », « 6 », « I » and bars, then
# looks around)
_GLYPH_IN_WORD = r"[016|!](?<=[^\W\d_][016|!])(?=[^\W\d_])"
_CAPITAL_I_IN_WORD = rf"I(?<=[{LOWER}]I)(?=[{LOWER}])"
_IN_WORD = re.compile(f"{_GLYPH_IN_WORD}|{_CAPITAL_I_IN_WORD}")
# The same for each glyph alone, searched for the glyphs the text holds: one character is
# skipped to at C speed, a class of five is tried at every character.
_IN_WORD_EACH = (
    *(
        (glyph, re.compile(_GLYPH_IN_WORD.replace("[016|!]", re.escape(glyph))))
        for glyph in "016|!"
    ),
    ("I", re.compile(_CAPITAL_I_IN_WORD)),
)
_WORD_AROUND = re.compile(r"[^\W\d_][\w|!]{0,29}(?![\w|!])")
_GLYPHS = {"1": "il", "|": "li", "!": "il", "0": "o", "6": "é"}
_SMALL_GLYPHS = {**_GLYPHS, "I": "Il"}  # (in a word in small letters only)


def _case_like(model: str, letters: str) -> str:
    return letters.upper() if model.isupper() else letters


def _word_repaired(word: str) -> str | None:
    """The cue word a damaged one reads as, when exactly one reading is a cue."""
    readings = [""]
    glyphs = _GLYPHS if word.isupper() else _SMALL_GLYPHS
    for char in word:
        options = glyphs.get(char)
        if options is None:
            readings = [r + char for r in readings]
        else:
            readings = [r + _case_like(word, o) for r in readings for o in options]
        if len(readings) > 16:
            return None
    found = {r for r in readings if fold(r) in _VOCABULARY}
    return found.pop() if len(found) == 1 else None


def _glyph_in_word(text: str) -> bool:
    """_IN_WORD.search(text) is not None."""
    return any(glyph in text and each.search(text) is not None for glyph, each in _IN_WORD_EACH)


def _digits_in_words(text: str) -> str:
    if not _glyph_in_word(text):
        return text
    pieces: list[str] = []
    at = 0  # where the text is copied up to
    done = 0  # where the words looked at end
    for match in _IN_WORD.finditer(text):
        if match.start() < done:
            continue  # the same word again
        start = match.start() - 1
        floor = max(done, start - 30)
        while start > floor and (text[start - 1].isalpha() or text[start - 1] in "016|!"):
            start -= 1
        word = _WORD_AROUND.match(text, start)
        done = word.end() if word is not None else match.end() + 30
        repaired = _word_repaired(word.group()) if word is not None else None
        if word is not None and repaired is not None and len(repaired) == len(word.group()):
            pieces.append(text[at:start])
            pieces.append(repaired)
            at = word.end()
    pieces.append(text[at:])
    return "".join(pieces)


# « unanirnité »: « m » read as « rn »
_RN = re.compile(r"(?i:unanirnit)")
# A cue split at its accented letter: « Pr ésents », « D élibération »; a space then an
# accented letter is found first (str.find), then the word's two halves are looked at.
_ACCENTED = ("é", "è", "É", "È")
# What a cue word's first half folds to when recognition split it before its « é » or « è »
# (« pr » of « Pr ésents »): most « é » after a space (« a été », « les élus ») follow no such
# half, and their second half is never read.
_HALVES = frozenset(w[:at] for w in _VOCABULARY for at in range(len(w)) if w[at] == "e")


def _split_words(text: str) -> str:
    joins: list[tuple[int, int]] = []  # (where the space is, where the second half ends)
    for accent in _ACCENTED:
        space = text.find(" " + accent)
        while space >= 0:
            start = space
            while start > 0 and space - start < 4 and text[start - 1].isalpha():
                start -= 1
            if (
                start < space
                and (start == 0 or not text[start - 1].isalnum())
                and fold(text[start:space]) in _HALVES
            ):
                end = space + 2
                while end < len(text) and end - space < 16 and text[end].isalpha():
                    end += 1
                if fold(text[start:space] + text[space + 1 : end]) in _VOCABULARY:
                    joins.append((space, end))
            space = text.find(" " + accent, space + 2)
    if not joins:
        return text
    pieces: list[str] = []
    at = 0
    for space, _end in sorted(joins):
        pieces.append(text[at:space])
        at = space + 1
    pieces.append(text[at:])
    return "".join(pieces)


# A cue split anywhere by a space (« unani mité », « Con tre : 2 », « abs tentions »,
# « pro curation »): two pieces of letters, each of two at least, whose joining is a cue word,
# neither a short word of its own (« de », « le », « se »: « se ance » is no split).
_PIECE = re.compile(r"[^\W\d_]{2,16}")
_SHORT = "le la les de du des en et un une au aux ce se sa son ses ne on il elle ils sur par"
_SHORT_WORDS = frozenset(_SHORT.split())
# Each cue's first pieces (never a cue or a short word itself), lower case without accents.
_STARTS = frozenset(
    word[:at]
    for word in _VOCABULARY
    for at in range(2, len(word) - 1)
    if word[:at] not in _VOCABULARY and word[:at] not in _SHORT_WORDS
)
_PLAIN_LETTERS = str.maketrans("éèêëàâäîïôöûüùç", "eeeeaaaiioouuuc")


# A cue whose letters recognition confused with their look-alikes (« exerclce », « coutre »,
# « prcsents »): « n » and « u », « i » and « l », « c » and « e » are one letter here; a word
# whose every look-alike reading but one is no cue reads as that cue. Words in capitals are
# left alone (a name, « M. COUTRE », is no cue).
_LOOKALIKE = str.maketrans("nulice", "NNIICC")
_SKELETONS: dict[str, list[str]] = {}
for _word in _VOCABULARY:
    if len(_word) >= 4:
        _SKELETONS.setdefault(_word.translate(_LOOKALIKE), []).append(_word)


# (cached: a text's words are mostly the words of the texts before it)
@lru_cache(maxsize=65_536)
def _lookalike_cue(piece: str) -> str | None:
    """The cue a word damaged by look-alike letters reads as, in its case; None for any other."""
    if piece.isupper() or not 4 <= len(piece) <= 14:
        return None
    plain = piece.lower().translate(_PLAIN_LETTERS)
    if "rn" in plain and plain not in _VOCABULARY:
        plain = plain.replace("rn", "m")  # « rnembres », « Nornbre »: an « m » read as « rn »
    words = _SKELETONS.get(plain.translate(_LOOKALIKE))
    if words is None or len(words) != 1 or not plain.isascii():
        return None
    if plain in _VOCABULARY and plain == piece.lower().translate(_PLAIN_LETTERS):
        return None  # (the word as printed is the cue)
    cue = _ACCENTED_CUES.get(words[0], words[0])
    return cue.capitalize() if piece[:1].isupper() else cue


@lru_cache(maxsize=65_536)
def _damage_sign(word: str) -> str:
    """« cue » for a word that reads as a cue by its look-alike letters, « start » for a cue's
    first piece (« unani » of « unani mité »), « » for any other word."""
    if _lookalike_cue(word) is not None:
        return "cue"
    return "start" if word.lower().translate(_PLAIN_LETTERS) in _STARTS else ""


@lru_cache(maxsize=1024)
def _tails_of(start: str) -> frozenset[str]:
    """The ends of the cues that open on `start` (a short word is no cue's end)."""
    tails = frozenset(cue[len(start) :] for cue in _VOCABULARY if cue.startswith(start))
    return tails - _SHORT_WORDS


# A word between spaces as _may_split_cues asks it: whether one of its pieces reads as a cue,
# its folded pieces that may open a split cue, the compact forms of all its pieces.
_WordSigns = tuple[bool, frozenset[str], frozenset[str]]


def _word_signs(word: str) -> _WordSigns:
    pieces = _PIECE.findall(word)
    signs = [_damage_sign(piece) for piece in pieces]
    return (
        "cue" in signs,
        frozenset(fold(piece) for piece, sign in zip(pieces, signs, strict=True) if sign),
        # (a piece is letters only: its compact form is its folded one)
        frozenset(map(compact, pieces)),
    )


# The signs of the words seen (the words of a text are mostly the words of the texts before
# it), filed by what each says, so that a text's words are asked as sets, at C speed: the
# words seen, those read as a cue, those holding a cue's first piece (with those pieces
# folded) and those holding a piece that ends a cue (with their pieces' compact forms).
_SEEN: set[str] = set()
_CUE_READ: set[str] = set()
_STARTING: dict[str, frozenset[str]] = {}
_ENDING: dict[str, frozenset[str]] = {}
_SEEN_MOST = 65_536
# The longest word whose signs are kept: a word is most often a few letters, a run of
# thousands without a space (a hostile file's) would be kept whole.
_KEPT_WORD = 64
# Every end of a cue (each of _tails_of's answers is one): a word holding none ends no cue.
_ANY_TAIL = frozenset(cue[at:] for cue in _VOCABULARY for at in range(len(cue) + 1))


def _keep_signs(word: str, signs: _WordSigns) -> None:
    _SEEN.add(word)
    if signs[0]:
        _CUE_READ.add(word)
    if signs[1]:
        _STARTING[word] = signs[1]
    if not _ANY_TAIL.isdisjoint(signs[2]):
        _ENDING[word] = signs[2]


def _may_split_cues(text: str) -> bool:
    """Whether the text holds a damaged cue: a word that reads as one by its look-alike
    letters, or a cue's first piece and, anywhere, a word that ends that cue. Each distinct
    word between spaces is looked at once, its signs kept (a piece, _PIECE, is letters:
    never across a space): most texts have neither, and then none is walked in place."""
    words = present.words(text)  # (shared with the passes after this one)
    new = words - _SEEN
    if len(_SEEN) + len(new) > _SEEN_MOST:
        for kept in (_SEEN, _CUE_READ, _STARTING, _ENDING):
            kept.clear()
        new = words
    unkept: list[_WordSigns] = []  # the signs of the words too long to be kept
    for word in new:
        if len(word) > _KEPT_WORD:
            unkept.append(_word_signs(word))
        else:
            _keep_signs(word, _word_signs(word))
    if not words.isdisjoint(_CUE_READ) or any(sign[0] for sign in unkept):
        return True
    starts = [_STARTING[word] for word in words.intersection(_STARTING)]
    starts += [sign[1] for sign in unkept if sign[1]]
    if not starts:
        return False
    tails = set().union(*map(_tails_of, set().union(*starts)))
    ends = [_ENDING[word] for word in words.intersection(_ENDING)]
    ends += [sign[2] for sign in unkept]
    return bool(tails) and any(not tails.isdisjoint(end) for end in ends)


def _split_cues(text: str) -> str:
    """The text with its damaged cue words whole again: split by a space (« unani mité ») or
    written with look-alike letters (« exerclce »)."""
    if not _may_split_cues(text):
        return text
    joins: list[int] = []  # where a space goes
    mended: list[tuple[int, int, str]] = []  # a word's span and the cue it reads as
    previous: re.Match[str] | None = None
    for piece in _PIECE.finditer(text):
        if (cue := _lookalike_cue(piece.group())) is not None:
            mended.append((piece.start(), piece.end(), cue))
        if (
            previous is not None
            and previous.end() + 1 == piece.start()
            and text[previous.end()] == " "
            and previous.group().lower().translate(_PLAIN_LETTERS) in _STARTS
            and (previous.start() == 0 or not text[previous.start() - 1].isalnum())
        ):
            tail = fold(piece.group())
            if tail not in _SHORT_WORDS and fold(previous.group()) + tail in _VOCABULARY:
                joins.append(previous.end())
                previous = None
                continue
        previous = piece
    if not joins and not mended:
        return text
    edits = sorted([(space, space + 1, "") for space in joins] + mended)
    pieces, at = [], 0
    for start, end, replacement in edits:
        if start < at:
            continue
        pieces.append(text[at:start])
        pieces.append(replacement)
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


# -- accents: a grave read for an acute, a letter standing alone ------------------------------

# Each cue word as written, by its folded form: « Prèsents », « Secrètaire de sèance » (an acute
# read as a grave) have one reading (« il délègue », « tu délègues » are words: kept).
_ACCENTED_CUES = {
    fold(word): word
    for word in (
        "présent", "présents", "présente", "présentes", "excusé", "excusés", "excusée",
        "excusées", "secrétaire", "séance", "délibération", "délibérations", "délibéré",
        "unanimité", "représenté", "représentés", "représentée", "représentées", "adopté",
        "adoptée", "adoptés", "rejeté", "rejetée", "élus", "élu", "président", "présidente",
        "présidence", "délégation", "étaient", "exprimés", "suppléant", "suppléants",
        "délégué", "délégués", "déléguée", "déléguées",
    )
}  # fmt: skip


_GRAVE_WORDS = frozenset(("délègue", "délègues"))
# Where a cue word read with a grave shows it (most texts' « è » are « après », « procès »: the
# words around them are not looked at).
_GRAVE_STEMS = (
    "prèsent", "prèsid", "sèanc", "secrèt", "excusè", "dèlib", "unanimitè", "reprèsent",
    "adoptè", "rejetè", "èlu", "dèlèg", "ètaient", "exprimè", "supplèant",
)  # fmt: skip
_STEM_REACH = max(map(len, _GRAVE_STEMS))


def _holds_grave_stem(text: str) -> bool:
    """Whether the text in lower case holds one of _GRAVE_STEMS: looked for only around each
    grave (every stem has one), not in the whole text once per stem (a fortieth of a reading)."""
    for grave in ("è", "È"):
        at = text.find(grave)
        while at >= 0:
            near = text[max(0, at - _STEM_REACH) : at + _STEM_REACH].lower()
            if any(stem in near for stem in _GRAVE_STEMS):
                return True
            at = text.find(grave, at + 1)
    return False


def _graves(text: str) -> str:
    """Each word around a grave accent that reads as a cue word with an acute one."""
    pieces: list[str] = []
    at = 0  # where the text is copied up to
    for grave in ("è", "È"):
        found = text.find(grave)
        while found >= 0:
            start = found
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            end = found + 1
            while end < len(text) and text[end].isalpha():
                end += 1
            word = text[start:end]
            right = _ACCENTED_CUES.get(fold(word))
            if (
                right is not None
                and len(right) == len(word)
                and start >= at
                and word.lower() not in _GRAVE_WORDS
            ):
                pieces.append(text[at:start])
                pieces.append(
                    "".join(
                        r.upper() if w.isupper() else r for w, r in zip(word, right, strict=False)
                    )
                )
                at = end
            found = text.find(grave, end)
        if pieces:  # (« È » after « è »: a second pass over the text repaired)
            pieces.append(text[at:])
            text, pieces, at = "".join(pieces), [], 0
    return text


# An accented letter a PDF drew apart, a space on each side: « Pr é sents », « D é lib é ration »,
# « unanimit é » (the run's parts joined read as a cue word: nothing else is touched).
_APART = re.compile(
    r"(?<![^\W\d_])[^\W\d_]+(?: [éèÉÈ](?: (?=[^\W\d_])|(?=[^\W\d_])|(?![^\W\d_]))[^\W\d_]*)+"
)


def _accents_apart(text: str) -> str:
    """_APART's runs joined where they read as a cue. Each run starts at the word before one of
    the text's « é » after a space: the pattern is tried there only (where it would otherwise
    be tried at every word of the text, that most « a été » leave alone)."""
    spaces = sorted(
        found for accent in (" é", " è", " É", " È") for found in _occurrences(text, accent)
    )
    pieces: list[str] = []
    at = 0  # where the text is copied up to
    for space in spaces:
        start = space
        while start > at and is_letter(text[start - 1]):
            start -= 1
        if start == space or (match := _APART.match(text, start)) is None:
            continue
        pieces.append(text[at:start])
        # the longest run of its first parts that reads as a cue (« Adopt é à l'… »: « Adopté »)
        parts = match.group().split(" ")
        # (each part after the first opens on its accent, an « e » once folded: more parts
        # than a cue word has letters are no cue, and a run of thousands is not joined
        # thousands of times)
        for end in range(min(len(parts), _LONGEST_CUE + 1), 1, -1):
            whole = "".join(parts[:end])
            if fold(whole) in _VOCABULARY:
                pieces.append(" ".join([whole, *parts[end:]]))
                break
        else:
            pieces.append(match.group())
        at = match.end()
    if not pieces:
        return text
    pieces.append(text[at:])
    # (a run left as printed gives the text back: the very object, which the passes after this
    # one know by identity, see common.lowered)
    joined = "".join(pieces)
    return text if joined == text else joined


def _occurrences(text: str, part: str) -> Iterator[int]:
    found = text.find(part)
    while found >= 0:
        yield found
        found = text.find(part, found + 1)


# -- accents drawn apart from their letters: « pr´esents », « apr`es », « pouvoir ´a M. X » ------

# A text layer that keeps an accent as a glyph of its own prints it beside its letter (before
# it mostly: « s´eance », « d´elib´eration »; after it at a word's end: « adopte´ »). The mark
# and the letter are one French letter: the one that letter takes with that mark, or, for a
# mark French never puts on it (« ´a »: an acute on an « a »), the accent that letter takes.
_MARKS = "´`¨ˆ^¸˜"
_GRAVE, _ACUTE, _CIRCUMFLEX, _DIAERESIS, _CEDILLA = "`", "´", "ˆ^", "¨", "¸"
# For each letter French accents: its accented forms by mark, the first one its usual accent.
_ACCENTED_BY_MARK: dict[str, dict[str, str]] = {
    "e": {_ACUTE: "é", _GRAVE: "è", **dict.fromkeys(_CIRCUMFLEX, "ê"), _DIAERESIS: "ë"},
    "a": {_GRAVE: "à", **dict.fromkeys(_CIRCUMFLEX, "â")},
    "i": {**dict.fromkeys(_CIRCUMFLEX, "î"), _DIAERESIS: "ï"},
    "o": dict.fromkeys(_CIRCUMFLEX, "ô"),
    "u": {**dict.fromkeys(_CIRCUMFLEX, "û"), _GRAVE: "ù", _DIAERESIS: "ü"},
    "c": {_CEDILLA: "ç"},
}
# (led by the mark: the engine skips to the few marks of a text)
_MARK_BEFORE = re.compile(r"[´`¨ˆ^¸˜](?<![\d_][´`¨ˆ^¸˜])(?=[aeiouAEIOUcC](?![´`¨ˆ^¸˜]))")
_MARK_AFTER = re.compile(r"[´`¨ˆ^¸˜](?<=[aeiouAEIOU][´`¨ˆ^¸˜])(?![^\W\d_])")


def _accented(letter: str, mark: str) -> str | None:
    forms = _ACCENTED_BY_MARK.get(letter.lower())
    if forms is None:
        return None
    if letter.lower() == "c" and mark not in forms:
        return None  # (a « c » takes a cedilla only)
    right = forms.get(mark) or next(iter(forms.values()))
    return right.upper() if letter.isupper() else right


def _marks_joined(text: str) -> str:
    """The text with each accent printed apart joined to its letter (see above)."""
    pieces: list[str] = []
    at = 0
    for match in _MARK_BEFORE.finditer(text):
        letter = text[match.end()]
        right = _accented(letter, match.group())
        if right is None or match.start() < at:
            continue
        pieces.append(text[at : match.start()])
        pieces.append(right)
        at = match.end() + 1
    pieces.append(text[at:])
    text = "".join(pieces)
    if not any(mark in text for mark in _MARKS):
        return text
    pieces, at = [], 0
    for match in _MARK_AFTER.finditer(text):
        right = _accented(text[match.start() - 1], match.group())
        if right is None:
            continue
        pieces.append(text[at : match.start() - 1])
        pieces.append(right)
        at = match.end()
    pieces.append(text[at:])
    return "".join(pieces)


# A letter read as a symbol inside a word: « Pr¢sents », « S¢ance », « Secr©taire », « Fran¢oise ».
# A cue word whose symbols, each read as one letter, spell it (one cue only) is put back; in
# other words a « ¢ » (a « c » or an « é » with a stroke) is the « ç » French writes only before
# « a », « o », « u », and the « é » elsewhere.
_SYMBOLS = "¢©®£¤§¥µ¦"
_SYMBOL_WORD = re.compile(
    r"[¢©®£¤§¥µ¦](?<=[^\W\d_][¢©®£¤§¥µ¦])(?=[^\W\d_¢©®£¤§¥µ¦]|[¢©®£¤§¥µ¦][^\W\d_])"
)


def _cue_spelt(word: str) -> str | None:
    """The one cue word the word spells with each symbol read as a letter."""
    plain = fold(word)
    shape = re.compile("".join("." if c in _SYMBOLS else re.escape(c) for c in plain))
    found = {cue for cue in _VOCABULARY if len(cue) == len(plain) and shape.fullmatch(cue)}
    if len(found) != 1:
        return None
    cue = _ACCENTED_CUES.get(next(iter(found)), next(iter(found)))
    if word.isupper():
        return cue.upper()
    return cue.capitalize() if word[:1].isupper() else cue


def _symbols_read(text: str) -> str:
    pieces: list[str] = []
    at = 0
    for match in _SYMBOL_WORD.finditer(text):
        if match.start() < at:
            continue
        start, end = match.start(), match.end()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in _SYMBOLS):
            start -= 1
        while end < len(text) and (text[end].isalpha() or text[end] in _SYMBOLS):
            end += 1
        word = text[start:end]
        cue = _cue_spelt(word)
        if cue is None:
            cue = "".join(
                c
                if c not in "¢"
                else ("ç" if word[i + 1 : i + 2].lower() in ("a", "o", "u") else "é")
                for i, c in enumerate(word)
            )
            if word.isupper():
                cue = cue.upper()
        pieces.append(text[at:start])
        pieces.append(cue)
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


# -- a glyph inside a word in capitals: « DUP0NT », « GAlLLARD », « BR1AND » --------------------

# Between two capitals, inside a word in capitals, a « 0 » is an « O » and a « l », « 1 » or
# « | » an « I »: no name, cue or act's code is spelt so (a code's figures run on: « DEL2025 »).
_GLYPH_IN_CAPITALS = re.compile(rf"[0l1|](?<=[{UPPER}][0l1|])(?=[{UPPER}])")
_GLYPH_AT = by_opening("0l1|", rf"(?<=[{UPPER}][0l1|])(?=[{UPPER}])")
_CAPITALS_READ = str.maketrans({"0": "O", "l": "I", "1": "I", "|": "I"})


def _capitals_glyphs(text: str) -> str:
    if not any(glyph.search(text) for glyph in _GLYPH_AT):
        return text
    pieces: list[str] = []
    at = 0
    for match in _GLYPH_IN_CAPITALS.finditer(text):
        if match.start() < at:
            continue
        start, end = match.start(), match.end()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "0l1|"):
            start -= 1
        while end < len(text) and (text[end].isalpha() or text[end] in "0l1|"):
            end += 1
        word = text[start:end]
        read = word.translate(_CAPITALS_READ)
        if len(word) < 4 or not read.isupper() or not read.isalpha():
            at = end
            continue
        # (a glyph at the word's edge stays: « l'ÉCOLE », « 1ER »)
        inner = word[0] + word[1:-1].translate(_CAPITALS_READ) + word[-1]
        pieces.append(text[at:start])
        pieces.append(inner)
        at = end
    if not pieces:
        return text
    pieces.append(text[at:])
    return "".join(pieces)


# -- a title's word split in two: « Subven tion », « modifi cation », « d' élèves » ---------------

# An elided article or pronoun stands against its word: « d' élèves », « l' extension ».
_ELISION_APART = re.compile(
    r"(?<![^\W\d_])(?:[dDlLjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’] (?=[^\W\d_])"
)
# The ends of French words that are no word of their own: « tion » after a space is the end of
# the word before it. (« ère », « aire », « age » are words: not here.)
_WORD_ENDS = (
    "tion", "tions", "ation", "ations", "cation", "cations", "tation", "tations", "sation",
    "sations", "isation", "isations", "ition", "itions", "sition",
    "sitions", "sion", "sions", "ment", "ments", "ement", "ements", "ique", "iques", "isme",
    "ismes", "ité",
    "ités", "ance", "ances", "ence", "ences", "ière", "ières", "able", "ables", "ible", "ibles",
    "euse", "euses", "ture", "tures", "eur", "eurs",
)  # fmt: skip
# Words a title's next word never ends (« une action », « en location », « pour ment… »).
_NEVER_SPLIT = frozenset(
    (*_SHORT_WORDS, "pour", "sans", "avec", "dans", "entre", "contre", "tout", "toute", "plus",
     "très", "bien", "non", "leur", "leurs", "mon", "ma", "mes", "ton", "nos", "vos", "cette")
)  # fmt: skip
_TITLE_WORD = re.compile(r"[^\W\d_]+")


def title_words_joined(title: str, low: str) -> str:
    """The title with each word a scan or a PDF's spacing split in two joined again: where the
    second piece is the end of a French word and no word (« Subven tion », « modifi cation »),
    or where the document prints the two pieces joined elsewhere (« cimeti ère » and
    « cimetière », « Rétro cession » and « rétrocession »); an elided word against its word
    (« d' élèves »). `low` is the document in lower case. A title of whole words, or in
    capitals (a name, a place), stays as it is."""
    if "' " in title or "’ " in title:
        title = _ELISION_APART.sub(lambda m: m.group()[:-1], title)
    if " " not in title:
        return title
    words = list(_TITLE_WORD.finditer(title))
    joins: list[int] = []  # where a space goes
    for first, second in pairwise(words):
        if first.end() + 1 != second.start() or title[first.end()] != " ":
            continue
        head, tail = first.group(), second.group()
        if (
            not tail.islower()
            or head.isupper()
            or len(head) < 2
            or head.lower() in _NEVER_SPLIT
            or tail in _NEVER_SPLIT
        ):
            continue
        joined = (head + tail).lower()
        if tail in _WORD_ENDS or (len(joined) >= 6 and _whole_word_in(joined, low)):
            joins.append(first.end())
    if not joins:
        return title
    pieces, at = [], 0
    for space in joins:
        pieces.append(title[at:space])
        at = space + 1
    pieces.append(title[at:])
    return "".join(pieces)


def _whole_word_in(word: str, low: str) -> bool:
    at = low.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not low[at - 1].isalpha()) and (end == len(low) or not low[end].isalpha()):
            return True
        at = low.find(word, end)
    return False


# -- figures of a date: « Séance du l2 mars 2O24 » -------------------------------------------

# (« rnai », « novernbre »: a month's « m » read as « rn »)
_MONTH_READ = {month: month for month in MONTHS} | {
    month.replace("m", "rn"): month for month in MONTHS if "m" in month
}
_MONTH_WORDS = "|".join(sorted(_MONTH_READ, key=len, reverse=True))
_DAMAGED_DATE = re.compile(
    rf"(?<![\w])(?P<day>[0-9lIO|]{{1,2}}(?:er)?) (?P<month>(?i:{_MONTH_WORDS}))"
    r" (?P<year>[0-9lIOo|]{4})(?![\w])"
)
_FIGURES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})


def dates_repaired(text: str) -> str:
    """The text with its heading's dates read through recognition damage (« Séance du l2 mars
    2O24 », « 7 rnai 2024 »). Run only when a document's sitting date is not read otherwise:
    one pattern over every heading would cost every document."""
    head = text[:_HEAD_SPAN]
    return _DAMAGED_DATE.sub(_date_repaired, head) + text[_HEAD_SPAN:]


def _date_repaired(match: re.Match[str]) -> str:
    day, year, month = match.group("day"), match.group("year"), match.group("month")
    right = _MONTH_READ[month.lower()]
    if day.isdigit() and year.isdigit() and right == month.lower():
        return match.group()
    if right != month.lower():
        month = right.upper() if month.isupper() else right
    fixed_day = day[:2].translate(_FIGURES) + day[2:]
    fixed_year = year.translate(_FIGURES)
    # a year of this era, and a figure in the day unless the year is damaged too (« l2 mars
    # 2024 », « lO mars 2O24 »; « Il mars 1990 » is no date)
    if not fixed_year.startswith(("19", "20")) or not (
        any(c.isdigit() for c in day) or not year.isdigit()
    ):
        return match.group()
    return f"{fixed_day} {month} {fixed_year}"


# -- a semicolon for a colon, after a cue ---------------------------------------------------------

_CUE_BEFORE = re.compile(
    r"(?:pr[ée]sents?|pr[ée]sentes|absents?(?: excus[ée]s)?|excus[ée]e?s|pouvoirs?|procurations?"
    r"|secr[ée]taire(?: de s[ée]ance)?|votants|repr[ée]sent[ée]s|quorum|abstentions?"
    r"|(?:(?:nombre de )?(?:conseillers|membres|d[ée]l[ée]gu[ée]s)(?: municipaux| communautaires)?"
    r" )?en exercice"
    r"|contre|pour|date de convocation|titulaires|r[ée]unis|suffrages exprim[ée]s)"
    r"(?: \(\d{1,3}\))? ?$",
    re.IGNORECASE,
)


_FIGURE_BEFORE = re.compile(r"\d ?(?:voix )?\Z")


def _semicolons(text: str) -> str:
    if ";" not in text:
        return text
    colons: list[int] = []
    at = text.find(";")
    while at >= 0:
        after = text[at + 1 : at + 3]
        # (a figure or a name follows; « … en exercice ; vingt et un présents » is a list)
        cue = (
            _CUE_BEFORE.search(text, max(0, at - 50), at)
            if after[:1] in (" ", "\t") and (after[1:].isdigit() or after[1:].isupper())
            else None
        )
        # (« 29 conseillers en exercice ; 25 votants », « 12 voix pour ; 4 contre »: the figure
        # before its words, a sentence)
        if cue is not None and not (
            text[cue.start()].islower()
            and _FIGURE_BEFORE.search(text, max(0, cue.start() - 8), cue.start()) is not None
        ):
            colons.append(at)
        at = text.find(";", at + 1)
    if not colons:
        return text
    chars = list(text)
    for at in colons:
        chars[at] = ":"
    return "".join(chars)


# -- figures after a count's label ---------------------------------------------------------------

# A figure after its label's colon, with letters in it or a letter alone (led by the colon:
# the engine skips to the few colons of a text).
_FIGURE = re.compile(r"[:=] ?(?P<figure>[0-9lIOo|SBZGq]{1,3})(?![\w'’/-])")
# And led by the colon alone, for the texts without « = » (most): see _IN_WORD_EACH.
_FIGURE_AFTER_COLON = re.compile(_FIGURE.pattern.replace("[:=]", ":", 1))
_COUNT_LABEL_BEFORE = re.compile(
    r"(?:pr[ée]sents?|votants|pouvoirs|procurations|exercice|repr[ée]sent[ée]s|absents|excus[ée]s"
    r"|pour|contre|abstentions?|quorum|exprim[ée]s|titulaires|r[ée]unis|voix|en exercice)"
    r"(?: ?\(e?s?\))? ?[:=] ?$",
    re.IGNORECASE,
)
_CLEAR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
# A list's first name after a letter alone: the letter is its entry's bullet.
_CIVILITY_AFTER = cues.plain(r"\s(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame|Messieurs|Mesdames)\s")


# A figure before its count's word, damaged the same way (« l6 voix pour », « l abstention »,
# « 2l contre », « O contre »): « voix », « contre », « abstention » follow a figure only, and
# « l », « I », « O » alone before them are no French word. (« pour » is left out: « I pour »
# may close a title's roman numeral.) Led by the word's space: linear. (The figure's first
# character opens the match, what stands before it looked at behind: the search skips to each
# such character, where a lookbehind first was tried at every one. Its characters in either
# case, as the engine's IGNORECASE matches them, « ſ », « ı » and « İ » too: no flag is then
# needed but the word's, and a set without one is a fast scan.)
_FIGURE_CHAR = "[0-9BGILOQSZbgiloqsz|\u0130\u0131\u017f]"
_FIGURE_BEFORE_WORD = re.compile(
    rf"(?P<figure>{_FIGURE_CHAR}(?<![\w'’/.,-]{_FIGURE_CHAR}){_FIGURE_CHAR}{{0,2}})"
    r" (?P<word>(?i:voix|votes?|abstentions?"
    r"|contre|votants|suffrages|bulletins|pr[ée]sents|pouvoirs|procurations)\b)"
)
# Every match holds one of these words (in lower case) two to four characters after its start:
# the engine is tried only there (_figures_before_words), not at each figure's letter of the text
# (« l », « o », « s », « i »: a fifth of its characters). The engine's look-alikes of « i » and
# « s » (« ı », « İ », « ſ ») are no word's here: a text holding one is searched whole.
_BEFORE_WORD_CUES = (
    "voix", "vot", "abstention", "contre", "suffrages", "bulletins", "présents", "presents",
    "pouvoirs", "procurations",
)  # fmt: skip
_FIGURE_CHARS = frozenset("0123456789BGILOQSZbgiloqsz|\u0130\u0131\u017f")


def _figures_before_words(text: str) -> list[re.Match[str]]:
    """What _FIGURE_BEFORE_WORD.finditer(text) finds."""
    if "ı" in text or "İ" in text or "ſ" in text:
        return list(_FIGURE_BEFORE_WORD.finditer(text))
    low = lowered(text)
    starts: set[int] = set()
    for cue in _BEFORE_WORD_CUES:
        at = low.find(cue, 2)
        while at >= 0:
            if text[at - 1] == " ":
                starts.update(p for p in range(max(0, at - 4), at - 1) if text[p] in _FIGURE_CHARS)
            at = low.find(cue, at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        if start >= end and (match := _FIGURE_BEFORE_WORD.match(text, start)) is not None:
            found.append(match)
            end = match.end()
    return found


_LETTER_FIGURE_AFTER = re.compile(r"(?:^|[,;:(–—-]|\b(?:par|et|dont|avec|soit|moins)) ?$", re.M)


def _damaged_figures(text: str) -> list[tuple[int, int, str, str | None, str | None]]:
    """Each count's figure printed with a letter in it, in order: where it starts and ends, as
    printed, and its label before it (« Pour : ») or its word after it (« voix »)."""
    after = (_FIGURE if "=" in text else _FIGURE_AFTER_COLON).finditer(text)
    before = _figures_before_words(text)
    found: list[tuple[int, int, str, str | None, str | None]] = []
    for match in after:
        printed = match.group("figure")
        begin = match.start("figure")
        if printed.isdigit():
            continue
        if len(printed) == 1 and _CIVILITY_AFTER.match(text, match.end()):
            continue  # « Présents : o Mme Anne BOIS o M. Guy PRAT »: Word's bullet, no figure
        label = _COUNT_LABEL_BEFORE.search(text, max(0, begin - 40), begin)
        if label is not None:
            found.append((begin, match.end(), printed, label.group().strip(" :="), None))
    for match in before:
        printed = match.group("figure")
        begin = match.start("figure")
        if printed.isdigit():
            continue
        if not any(c.isdigit() for c in printed) and (
            printed not in ("l", "I", "O")  # (a bar alone parts a table's cells)
            or _LETTER_FIGURE_AFTER.search(text, max(0, begin - 8), begin) is None
        ):
            continue
        found.append((begin, match.end("figure"), printed, None, match.group("word")))
    found.sort(key=lambda figure: (figure[0], figure[3] is None))  # a label first
    return found


def count_figures_read(text: str, findings: list[Finding]) -> str:
    """The text with each count's figure read through recognition damage (« Présents : l5 »,
    « l6 voix pour »), said in `findings`; a figure with several readings blanked, never read
    as the figures left in it (« S6 voix » is not 6). Run again once the cues are restored
    (« Présenls : I2 »: its label is a cue only then)."""
    pieces: list[str] = []
    at = 0
    line, counted = 1, 0  # the line of the text up to `counted`
    for begin, end, printed, label, word in _damaged_figures(text):
        if begin < at:
            continue  # read already (« Pour : l voix »)
        if not any(c.isdigit() for c in printed) and len(printed) > 1:
            continue  # a word (« Il », « lo »), not a figure
        line += text.count("\n", counted, begin)
        counted = begin
        readable = all(c.isdigit() or c in "OolI|" for c in printed)
        value = printed.translate(_CLEAR) if readable else " " * len(printed)
        findings.append(
            Finding(
                "ocr_figure" if readable else "unreadable_count",
                {"line": line, "printed": printed}
                | ({"label": label} if label is not None else {"word": word})
                | ({"value": int(value)} if readable else {}),
            )
        )
        pieces.append(text[at:begin])
        pieces.append(value)
        at = end
    if not pieces:
        return text
    pieces.append(text[at:])
    return "".join(pieces)


# -- a heading's word split by a space anywhere (« Séa nce du », « CONSE IL MUNICIPAL ») -------

# The words a sitting's heading is known by: split, the document was refused whole. Looked for
# in the heading only, and only when a document would be refused otherwise (the pattern is
# long: every document paying it cost a third of the parsing).
_HEADING_WORDS = (
    "séance", "conseil", "municipal", "communautaire", "métropolitain", "syndical",
    "délibération", "délibérations", "procès", "verbal", "réunion", "présents", "convocation",
    "extrait",
)  # fmt: skip
_HEAD_SPAN = 3000
_LETTER = {"e": "[eéèêëEÉÈÊË]", "a": "[aàâAÀÂ]", "o": "[oôOÔ]"}


def _spaced(word: str) -> str:
    """The word's pattern with one blank allowed between two of its letters."""
    letters = [_LETTER.get(fold(c), re.escape(c)) for c in word]
    return "(?: ?)".join(letters)


_SPLIT_HEADING_WORD = re.compile(
    r"(?<![\w])(?:" + "|".join(_spaced(w) for w in _HEADING_WORDS) + r")(?![\w])",
    re.IGNORECASE,
)


def heading_words_joined(text: str) -> str:
    head = text[:_HEAD_SPAN]
    joined = _SPLIT_HEADING_WORD.sub(
        lambda m: m.group().replace(" ", "") if m.group().count(" ") == 1 else m.group(), head
    )
    return text if joined == head else joined + text[_HEAD_SPAN:]


# An « i » read with an accent French never prints on it (« conseíllers en exercíce »): put
# back only in the cue words (« García » stays).
# (opening at a word's start only: each word is read once, a long run of letters stays linear)
_ODD_I = re.compile(r"(?<![^\W\d_])[^\W\d_]*[íìÍÌ][^\W\d_]*")
_PLAIN_I = str.maketrans({"í": "i", "ì": "i", "Í": "I", "Ì": "I"})


def _odd_i(match: re.Match[str]) -> str:
    word = match.group()
    plain = word.translate(_PLAIN_I)
    return plain if fold(plain).lower() in _VOCABULARY else word


# A capital « I » read as « l » at a word's start: no French word starts with « l » and a
# consonant (« lsabelle », « lgor », « lvan », « lNSTALLATION »), so the « l »
# has one reading only. (« l'», « la » and « lycée » go on with an apostrophe, a vowel or a
# « y », and a name printed with its capital « L » is not touched.)
# (led by the « l »: the engine skips to each one, then looks behind)
_L_FOR_I = re.compile(r"l(?<![\w'’-]l)(?=[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ])(?=[^\W\d_]{2})")
# An article's « l » read as « I » before a word in small letters (« sous Ia présidence »,
# « Ie conseil », « I'unanimité »): no French word is spelt so.
_I_FOR_L = re.compile(rf"I(?<![\w'’-]I)(?=(?:a|e|es)\s[{LOWER}]|['’][{LOWER}])")
_I_ARTICLES = ("Ia ", "Ie ", "Ies ", "I'", "I’")
# Whether a text holds one of them, in one search: the engine skips from « I » to « I » at C
# speed, where each article looked for in turn was a slower scan of its own (two-letter ones
# the slowest).
_I_ARTICLE = cues.plain("|".join(map(re.escape, _I_ARTICLES)))


# An « i » read as « l » inside a cue word (« à l'unanlmité », « Abstentlon », « Pouvolrs »):
# the cue's « i » places (« ? ») take either letter, and no other word is spelt so.
_I_OR_L_CUES = (
    "unan?m?t",
    "abstent?on",
    "dél?bérat?on",
    "procurat?on",
    "secréta?re",
    "prés?den",
    "pouvo?r",
)


def _i_or_l_pattern(template: str) -> str:
    return "".join("[il]" if c == "?" else "[ée]" if c == "é" else re.escape(c) for c in template)


_I_OR_L = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(_i_or_l_pattern(t) for t in _I_OR_L_CUES) + ")",
    re.IGNORECASE,
)


_I_OR_L_EACH = tuple(
    (template, re.compile(_i_or_l_pattern(template), re.IGNORECASE)) for template in _I_OR_L_CUES
)


def _damaged_starts(template: str) -> set[str]:
    """Each way the template's start reads up to one of its « i » read as « l » (« unanl »,
    « unanlml », « unaniml »), with and without its accents: the words a damaged cue holds."""
    starts: set[str] = set()
    heads = [""]
    for char in template:
        if char == "?":
            starts.update(f"{head}l" for head in heads)
            heads = [h + c for h in heads for c in "il"]
        else:
            heads = [h + c for h in heads for c in ({char, "e"} if char == "é" else {char})]
    return starts


_ALL_DAMAGED_STARTS = {s for t in _I_OR_L_CUES for s in _damaged_starts(t)}
# (a start holding a shorter one, « unanlml » holding « unanl », is found with it: only the
# shortest are looked for, each a pass over the text)
_DAMAGED_STARTS = tuple(
    sorted(
        s for s in _ALL_DAMAGED_STARTS if not any(o != s and o in s for o in _ALL_DAMAGED_STARTS)
    )
)


_DAMAGED_LOW = present.lowered(*_DAMAGED_STARTS)


def _i_for_l(match: re.Match[str]) -> str:
    """The cue with its « l » read back as the « i » it was."""
    word = match.group()
    capitals = sum(c.isupper() for c in word) * 2 > len(word)  # « UNANLMlTÉ »: all capitals
    for template, pattern in _I_OR_L_EACH:
        if len(template) == len(word) and pattern.fullmatch(word):
            return "".join(
                ("I" if capitals or c.isupper() else "i") if t == "?" else c
                for t, c in zip(template, word, strict=True)
            )
    return word


# An act's number with its year whose figures were read as letters (« 2O25-OO3 », « 2025-l8 »,
# « 2O24/l2 »): a year of this era, then figures; « O », « o », « l », « I » have one reading
# there. (Led by the year's first figure: most of a text is skipped at C speed.)
_ACT_AFTER_CENTURY = (
    r"(?<![\w./-][12])[0-9OolI]{3}[-/._][0-9OolI]{1,5}(?:[-/._][0-9OolI]{1,5})?(?![\w/-])"
)
_DAMAGED_ACT = re.compile(f"[12]{_ACT_AFTER_CENTURY}")
# (each figure looked for apart, see by_opening: a « 1 » or a « 2 » inside a match follows a
# letter, a figure or a separator, so none opens a match there, and theirs are all of them)
_ACT_AT = by_opening("12", _ACT_AFTER_CENTURY)


def _act_repaired(match: re.Match[str]) -> str:
    number = match.group()
    fixed = number.translate(_FIGURES)
    damaged = fixed != number and sum(c.isdigit() for c in number) >= 2
    return fixed if damaged and fixed.startswith(("19", "20")) else number


# What repair_ocr looks for before its passes, asked of the text's words (storage.parsing.present).
_MARKED = present.strings(*_MARKS)
_SYMBOLISED = present.strings(*_SYMBOLS)
_ODD_I_GLYPHS = present.strings(*"íìÍÌ")
_RNIT = present.strings("rnit", "RNIT")


def repair_ocr(text: str, findings: list[Finding]) -> str:
    """The text with its recognition damage repaired where one reading only exists (see the
    module's doc); a figure read through damage, or left unread, is said in `findings`."""
    if present.holds(text, _MARKED):
        text = _marks_joined(text)
    if present.holds(text, _SYMBOLISED):
        text = _symbols_read(text)
    text = _digits_in_words(text)
    text = _capitals_glyphs(text)
    text = _L_FOR_I.sub("I", text)
    if _I_ARTICLE.search(text) is not None:
        text = _I_FOR_L.sub("l", text)
    if ("l" in text or "L" in text) and (
        present.holds(text, _DAMAGED_LOW)
        if present.is_last(text)
        else any(start in lowered(text) for start in _DAMAGED_STARTS)
    ):
        text = _I_OR_L.sub(_i_for_l, text)
    if present.holds(text, _ODD_I_GLYPHS):
        text = _ODD_I.sub(_odd_i, text)
    if present.holds(text, _RNIT):
        text = _RN.sub(
            lambda m: m.group()[:5] + ("M" if m.group().isupper() else "m") + "it", text
        )
    text = _split_words(text)
    text = _split_cues(text)
    if _holds_grave_stem(text):
        text = _graves(text)
    # (« Adopt é e », « l'unanimit é. »: the accent alone before a space or the word's end)
    if " é" in text or " è" in text or " É" in text or " È" in text:
        text = _accents_apart(text)
    text = _semicolons(text)
    if ("O" in text or "l" in text or "I" in text or "o" in text) and any(
        _act_repaired(act) != act.group() for pattern in _ACT_AT for act in pattern.finditer(text)
    ):
        acts = _DAMAGED_ACT.sub(_act_repaired, text)
        # (every act's number is rewritten as read: with none damaged, the text stays the very
        # object it was, which the passes after this one know by identity, see lowered)
        text = text if acts == text else acts
    return count_figures_read(text, findings)
