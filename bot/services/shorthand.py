"""Text-message spellings, spelled out before a sentence is read.

Members type on a phone: « cb de pvr », « g donné pvr ? », « jtai la ? », « pk g 0% ». Each
reader (small talk, what no document holds, the frame, the names) knew some of these words,
none knew all, and a word none knew became a name (« aucun membre ne s'appelle « pvr » ») or a
search. The words are spelled out once, on the sentence as typed (accents and case of every
other word kept), so that every reader meets the words it already knows. Only whole words of
the message are replaced, and only words no member's name or French word is spelled as.
"""

from __future__ import annotations

import re

from storage import cues

# Whole words (any case, accents optional) and what they stand for.
_WORDS = {
    # pouvoir(s): « pvr », « pvrs », « pouvr », « pvoir »
    "pvr": "pouvoir", "pvrs": "pouvoirs", "pouvr": "pouvoir", "pvoir": "pouvoir",
    "procu": "procuration", "procus": "procurations",
    # « je » glued to a verb whose vowel was dropped
    "jtai": "j'étais", "jtais": "j'étais", "jetai": "j'étais", "jété": "j'étais",
    "jetait": "j'étais", "jsui": "je suis", "chui": "je suis", "chuis": "je suis",
    "jen": "j'en", "jy": "j'y", "jpeux": "je peux", "jpourrai": "je pourrai",
    "jvais": "je vais", "jsais": "je sais", "jveux": "je veux",
    # an apostrophe dropped
    "dautres": "d'autres", "dautre": "d'autre", "quil": "qu'il",
    "cest": "c'est", "cetait": "c'était", "ct": "c'était", "jai": "j'ai", "lautre": "l'autre",
    # small words
    "pk": "pourquoi", "pq": "pourquoi", "pkoi": "pourquoi", "pcq": "parce que",
    "ki": "qui", "koi": "quoi", "kel": "quel", "kelle": "quelle", "kels": "quels",
    "kan": "quand", "qd": "quand", "cb": "combien", "cmb": "combien", "cbien": "combien",
    "bcp": "beaucoup", "qqn": "quelqu'un", "qq": "quelques", "tjs": "toujours",
    "mtn": "maintenant", "mnt": "maintenant", "auj": "aujourd'hui", "ajd": "aujourd'hui",
    "dc": "donc", "vs": "vous", "ns": "nous", "tt": "tout", "ts": "tous", "ya": "il y a",
    "pr": "pour", "ds": "dans",
}  # fmt: skip
_WORD = re.compile(
    r"(?<![\w'’-])(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")(?![\w'’-])",
    re.IGNORECASE,
)
# « g donné », « et g eu », « pk g 0% »: a lower-case g alone, opening the sentence or after
# « et », « moi », « pourquoi »… and before a word or a figure, is « j'ai » (« Gilles G. »,
# « l'annexe g » name things by a letter and stay).
_G = cues.compile(
    r"(^\s*|[,;:!?]\s*|\b(?:et|moi|si|que|mais|donc|alors|pourquoi|quand|ben|bah|ou|oui|non)\s+)"
    r"g(?=\s+[\w%])"
)


def spelled_out(text: str) -> str:
    """The sentence with its text-message words spelled out; the same text when it has none."""
    text = _WORD.sub(lambda m: _WORDS[m.group(1).casefold()], text)
    return _G.sub(lambda m: f"{m.group(1)}j'ai", text)
