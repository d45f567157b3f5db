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
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from storage import cues
from storage.names import strip_accents

# Whole words (any case, accents optional) and what they stand for.
_WORDS = {
    # pouvoir(s): « pvr », « pvrs », « pouvr », « pvoir »
    "pvr": "pouvoir", "pvrs": "pouvoirs", "pouvr": "pouvoir", "pvoir": "pouvoir",
    "procu": "procuration", "procus": "procurations",
    # « je » glued to a verb whose vowel was dropped
    "jtai": "j'étais", "jtais": "j'étais", "jetai": "j'étais", "jété": "j'étais",
    "jetait": "j'étais", "jsui": "je suis", "chui": "je suis", "chuis": "je suis",
    "jen": "j'en", "jy": "j'y", "jpeux": "je peux", "jpourrai": "je pourrai",
    "jvais": "je vais", "jsais": "je sais", "jveux": "je veux", "jcherche": "je cherche",
    "jvoudrais": "je voudrais", "jaimerais": "j'aimerais", "jsouhaite": "je souhaite",
    "jveu": "je veux", "jvx": "je veux", "jdonne": "je donne", "jdois": "je dois",
    "jpx": "je peux", "jserai": "je serai", "jsrai": "je serai", "jviens": "je viens",
    "jpars": "je pars", "jpourrais": "je pourrais",
    # an apostrophe dropped
    "dautres": "d'autres", "dautre": "d'autre", "quil": "qu'il",
    "cest": "c'est", "cetait": "c'était", "ct": "c'était", "jai": "j'ai", "lautre": "l'autre",
    # small words
    "pk": "pourquoi", "pq": "pourquoi", "pkoi": "pourquoi", "pcq": "parce que",
    "ki": "qui", "koi": "quoi", "kel": "quel", "kelle": "quelle", "kels": "quels",
    "kan": "quand", "qd": "quand", "cb": "combien", "cmb": "combien", "cbien": "combien",
    "bcp": "beaucoup", "qqn": "quelqu'un", "qq": "quelques", "tjs": "toujours",
    "qq1": "quelqu'un", "qqun": "quelqu'un", "kelk1": "quelqu'un", "kelkun": "quelqu'un",
    "quelqu1": "quelqu'un", "jpeu": "je peux", "pa": "pas",
    "bjr": "bonjour", "bsr": "bonsoir", "slt": "salut", "mrc": "merci", "mci": "merci",
    "mtn": "maintenant", "mnt": "maintenant", "auj": "aujourd'hui", "ajd": "aujourd'hui",
    "dc": "donc", "vs": "vous", "ns": "nous", "tt": "tout", "ts": "tous", "ya": "il y a",
    "pr": "pour", "ds": "dans", "dsl": "désolé", "dsol": "désolé", "desl": "désolé",
    "tps": "temps", "lgtps": "longtemps",
    # bodies cut short: « le cons de mars », « au bur de juillet », « délibs du cm »
    "cons": "conseil", "csl": "conseil", "cnsl": "conseil", "bur": "bureau",
    # a vote's sides: « combien pr, ctr, abst ? »
    "ctr": "contre", "abst": "abstentions",
    # « nbre de votants », « nbr d'excusés », « nb présents »
    "nbre": "nombre", "nbr": "nombre", "nb": "nombre", "nbres": "nombres",
    # offices: « le 1er vp », « la pdte »
    "vp": "vice-président", "vps": "vice-présidents", "pdt": "président", "pdte": "présidente",
    "prez": "président", "prési": "président", "presi": "président",
}  # fmt: skip
_WORD = cues.plain(
    r"(?<![\w'’-])(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")(?![\w'’-])",
    re.IGNORECASE,
)
# The runs of letters of a message: `_WORD`, tried at every word's start without case, was the
# dearest search of a sentence's reading, though most messages hold none of the spellings; a
# word it spells out is one of these runs, and one of `_WORDS` once case-folded.
_RUN = cues.plain(r"\w+")
# « g donné », « et g eu », « pk g 0% »: a lower-case g alone, opening the sentence or after
# « et », « moi », « pourquoi »… and before a word or a figure, is « j'ai » (« Gilles G. »,
# « l'annexe g » name things by a letter and stay).
_G = cues.compile(
    r"(^\s*|[,;:!?]\s*|\b(?:et|moi|si|que|mais|donc|alors|pourquoi|quand|ben|bah|ou|oui|non)\s+)"
    r"g(?=\s+[\w%])"
)


# The words that say which sitting, read by exact expressions (dates, bodies): a slip of one
# (« dernierr burau », « la séence précédante ») is written right, as a name a slip away is
# found. Only lower-case words, one edit away (two letters swapped count one), and never a
# word of its own (« bureaux », « conseille », « denier »).
_SLIPPED_TARGETS = {
    "dernier": "dernier", "derniere": "dernière", "derniers": "derniers",
    "prochain": "prochain", "prochaine": "prochaine", "precedent": "précédent",
    "precedente": "précédente", "suivant": "suivant", "suivante": "suivante",
    "bureau": "bureau", "conseil": "conseil", "seance": "séance", "seances": "séances",
    "reunion": "réunion", "presents": "présents", "absents": "absents",
}  # fmt: skip
_OWN_WORDS = frozenset(
    """
    bureaux conseils conseille conseiller conseilla conseiller conseilles denier deniers
    derniers dernieres prochains prochaines precedents precedentes suivants suivantes seant
    reunions present presente absente presentes absentes consei prochainement suivent
    suivantes premier premiere absent suivait suivaient procedent procede procedant president
    presidente presidents presidentes presence presences
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_SLIPPED_KEYS = tuple(_SLIPPED_TARGETS)
_LOWER_WORD = cues.plain(r"(?<![\w'’-])([a-zà-ÿ]{5,12})(?![\w'’-])")


def _written_right(match: re.Match[str]) -> str:
    word = match.group(1)
    return _right_form(strip_accents(word)) or word


@lru_cache(maxsize=4096)  # members' words repeat: each is compared once
def _right_form(folded: str) -> str | None:
    if folded in _SLIPPED_TARGETS or folded in _OWN_WORDS:
        return None
    best = process.extractOne(folded, _SLIPPED_KEYS, scorer=OSA.distance, score_cutoff=1)
    return _SLIPPED_TARGETS[best[0]] if best is not None else None


# « prsnts », « absnts », « xcuses », « pvoirs », « dlibs »: an intent word typed without its
# vowels (at most one kept), found by its consonants; four at least, so that no short word
# (« sns », « pr ») and no name of a few letters is taken for one.
_VOWELLESS_TARGETS = """
    présents présent absents absent excusés excusé pouvoirs procurations procuration
    délibérations délibération abstentions abstention convocations convocation votants
    présidait secrétaire assiduité délibs délib
    """.split()  # noqa: SIM905 (a word list reads better as prose)
_VOWELS = frozenset("aeiouy")


def _consonants(word: str) -> str:
    return "".join(c for c in strip_accents(word).casefold() if c not in _VOWELS)


_BY_CONSONANTS: dict[str, str] = {}
for _target in _VOWELLESS_TARGETS:
    _BY_CONSONANTS.setdefault(_consonants(_target), _target)
_VOWELLESS = cues.plain(r"(?<![\w'’-])([a-z]{4,12})(?![\w'’-])")


def _vowels_put_back(match: re.Match[str]) -> str:
    word = match.group(1)
    if sum(c in _VOWELS for c in word) > 1 or len(_consonants(word)) < 4:
        return word
    return _BY_CONSONANTS.get(_consonants(word), word)


# « le 1er vp », « la 1ère vice-présidente »: a rank of an office, never the first of a month
_FIRST_OFFICE = cues.plain(r"(?<![\w'’-])1(er|[eè]re|re)(?=\s+(?:vp|vice)\b)", re.IGNORECASE)


# « lEtat », « dAESIO », « lAgglo »: an elided article glued to the capital of the word after
# it, its apostrophe dropped; put back (« l'Etat »), so the word is read as typed
_ELISION_GLUED = cues.plain(r"(?<![\w'’-])([ldjmnst]|qu)(?=[A-ZÀ-Ý][\wÀ-ÿ]*\b)")


# « 1er trim. 2022 », « 2e sem 2022 »: a quarter or a half-year, texted (never the council)
_PERIOD_SHORT = cues.plain(
    r"(?<![\w'’-])((?:1|2|3|4)(?:er|re|e|eme|ème|nd|nde)|premier|second|deuxi[eè]me|troisi[eè]me"
    r"|quatri[eè]me|dernier) (trim|sem)(?:\.|(?![\w'’-]))",
    re.IGNORECASE,
)


def _period_named(match: re.Match[str]) -> str:
    unit = "trimestre" if match.group(2).casefold() == "trim" else "semestre"
    return f"{match.group(1)} {unit}"


# A week, texted (« la sem prochaine », « cette sem »): never a council's initials
_NOT_INITIALS_BEFORE = r"(?<!\bcette )(?<!\bune )(?<!\bchaque )(?<!\bpar )(?<!\d )"
_NOT_INITIALS_AFTER = (
    r"(?! (?:prochaine|pro|derni[eè]re|pass[eé]e|suivante|d'avant|d'apr[eè]s|du|de|d')(?![\w'’]))"
)
# Words of a council's name its initials skip (« Saint-Etienne Métropole » is SEM)
_NOT_INITIALLED = frozenset(
    ["de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "sur", "sous", "a", "aux"]
)
# The short names members give a council of each kind, and how the readers name it
_KIND_SHORT = (
    ("metropole", (r"la m[eé]tro",), "la métropole"),
    (
        "communaute de communes",
        (r"la com ?com", r"la cc", r"la communaut[eé] de communes"),
        "la communauté de communes",
    ),
    (
        "communaute d agglomeration",
        (r"l[’']agglo", r"la ca", r"l[’']agglom[eé]ration"),
        "l'agglomération",
    ),
    ("communaute urbaine", (r"la cu", r"la communaut[eé] urbaine"), "la communauté urbaine"),
)


_ACCENTS = {"a": "[aàâä]", "c": "[cç]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]"}
_ACCENTED = cues.plain(r"[aceiou]")
_SAINTS = {"saint": r"(?:saint|st)", "sainte": r"(?:sainte|ste)"}


@dataclass(frozen=True, slots=True)
class OwnNames:
    """The short names of the asker's council (« SEM », « la métro » for Saint-Etienne
    Métropole; « la com com », « la CC » for a communauté de communes) and how the readers
    name it: another council's « SEM » is a société d'économie mixte, never the council."""

    pattern: re.Pattern[str]
    said: str


@lru_cache(maxsize=64)  # pure: once per council
def own_names(name: str | None) -> OwnNames | None:
    """The short names of the council called `name` (None: no name, or none derived)."""
    if not name:
        return None
    words = re.findall(r"[a-z0-9]+", strip_accents(name).casefold())
    if not words:
        return None
    folded = " ".join(words)
    full = r"[- ]?".join(
        _SAINTS.get(w) or _ACCENTED.sub(lambda m: _ACCENTS[m.group()], w) for w in words
    )
    shapes = [rf"(?:la |l'|l’)?{full}"]
    said = None
    for kind, short, named in _KIND_SHORT:
        if kind in folded:
            shapes.extend(short)
            said = named
            break
    initials = "".join(w[0] for w in words if w not in _NOT_INITIALLED and w.isalpha())
    if 3 <= len(initials) <= 6 and said is not None:
        shapes.append(rf"{_NOT_INITIALS_BEFORE}(?:la |l'|l’)?{initials}{_NOT_INITIALS_AFTER}")
    if said is None:
        return None  # a commune is « la ville », « la commune »: the readers' own words
    pattern = cues.plain(rf"(?<![\w'’-])(?:{'|'.join(shapes)})(?![\w'’-])", re.IGNORECASE)
    return OwnNames(pattern, said)


# The budget's acts by their short names: « compte admin », « le BP 2023 », « la DM n°2 »,
# « CA 2022 » (« CA », « DM » only before a year or « n° »: alone they name other things, and
# « ca 2 fois » is « ça »)
_BUDGET_SHORT = cues.plain(
    r"(?<![\w'’-])(?:(compte admin)|(bp)|(?:(dm|ca)(?= (?:(?:n ?° ?|no )\d|20\d\d\b))))"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
_BUDGET_NAMES = {
    "compte admin": "compte administratif",
    "bp": "budget primitif",
    "dm": "décision modificative",
    "ca": "compte administratif",
}


def _budget_named(match: re.Match[str]) -> str:
    return _BUDGET_NAMES[(match.group(1) or match.group(2) or match.group(3)).casefold()]


# « la délib la + contestée », « qui en a eu le + ? »: the sign after an article is « plus »
_PLUS_SIGN = cues.plain(r"\b(le|la|les|au|du|de|en) ?\+(?=\s*(?:[^\W\d_]|[?!.]|$))", re.IGNORECASE)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def spelled_out(text: str, own: OwnNames | None = None) -> str:
    """The sentence with its text-message words spelled out, and the asker's council (`own`)
    by the words every reader knows it by; the same text when it has none."""
    text = _ELISION_GLUED.sub(r"\1'", text)
    if "trim" in (folded := text.casefold()) or "sem" in folded:
        text = _PERIOD_SHORT.sub(_period_named, text)
    if own is not None:
        text = own.pattern.sub(own.said, text)
    if _BUDGET_SHORT.search(text):
        text = _BUDGET_SHORT.sub(_budget_named, text)
    if "+" in text:
        text = _PLUS_SIGN.sub(r"\1 plus", text)
    text = _FIRST_OFFICE.sub(lambda m: "premier" if m.group(1) == "er" else "première", text)
    if not _WORDS.keys().isdisjoint(map(str.casefold, _RUN.findall(text))):
        text = _WORD.sub(lambda m: _WORDS[m.group(1).casefold()], text)
    text = _VOWELLESS.sub(_vowels_put_back, text)
    text = _LOWER_WORD.sub(_written_right, text)
    return _G.sub(lambda m: f"{m.group(1)}j'ai", text)
