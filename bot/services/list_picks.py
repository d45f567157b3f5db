"""Which entry of the list just shown a message points at (« et la deuxième ? », « le 2 »,
« la matière de la 3e ? », « celle du milieu »), and whether it asks only how many were
listed (« il y en a combien ? »): what the questions' answerer tests of every sentence before
it answers (bot/handlers/questions.py), most of them pointing at nothing.

Pure readings of the words: each text is read once (memoised, as `frames.read_frame`), however
many of the answerer's tests ask. Knows French and nothing of the store or of Telegram.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from bot.services.frames import read_frame
from storage import cues
from storage.names import fold


@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", fold(text)))


@dataclass(frozen=True, slots=True)
class Pointed:
    """An entry of the list just shown, pointed at by its rank (1 the first, -1 the last),
    and what is asked of it (« la matière de la 3e ? »: « la matière ? »), if anything."""

    rank: int
    by_date: bool = False
    rest: str = ""
    bare: bool = False  # a number alone (« le 18 »): a day of the month when no entry has it
    middle: bool = False  # « celle du milieu »: the entry in the middle, of an odd list


# « celle du milieu », « et celle au milieu ? », « la délib du milieu de la liste »
_MIDDLE = cues.plain(
    r"^(?:et )?(?:(?:la|le|l|celle|celui|celle qui est|celui qui est)"
    r"(?: (?:deliberation|delib|action|seance|ligne))? )?(?:du|au) (?:milieu|centre)"
    r"(?: de la liste)?$"
)


_RANK_WORD = (
    r"premiere?|1ere?|1er|deuxieme|seconde?|troisieme|quatrieme|cinquieme|sixieme|septieme"
    r"|huitieme|neuvieme|dixieme|\d{1,2}(?:e|eme|ieme|er|ere)|avant derniere?|derniere?"
)
# « le 2 », « la 3 ? », « et le n° 2 »: a number alone right after a list is its entry
_BARE_RANK = cues.plain(
    r"^(?:(?:et|c est quoi|c etait quoi|quoi|montre moi|montre|detaille|affiche|donne moi|voir"
    r"|ouvre|je veux voir|je voudrais voir|details? (?:de|du|sur)|plus de details sur) )*"
    r"(?:(?:le|la|l|celle|celui|n|no|numero|num) )*(\d{1,2}|un|une|deux|trois|quatre|cinq|six"
    r"|sept|huit|neuf|dix)$"
)
_SAID_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10,
}  # fmt: skip
# « la 2e, qui présidait ? », « la première c'était voté comment »: the rank said first
_RANK_FIRST = cues.plain(
    rf"^(?:et )?(?:pour |sur |de )?(?:la|le|l|celle|celui) (?P<rank>{_RANK_WORD})"
    r"(?: (?:deliberation|delib|action|ligne))? (?P<rest>.+)$"
)
# « la matière de la 3e ? », « qui a rapporté la deuxième ? », « et pour la dernière ? »
_RANK_LAST = cues.plain(
    r"^(?P<rest>.+?)(?: (?:de|du|pour|sur|a|dans|en))? (?:la|le|l|celle|celui)"
    rf" (?P<rank>{_RANK_WORD})"
    r"(?: (?:deliberation|delib|action|ligne|de la liste))?$"
)


def rank_of(word: str) -> int:
    if word.startswith("avant"):
        return -2
    if word.startswith("dernier") or word == "derniere":
        return -1
    if word.startswith(("premier", "1er", "1ere")):
        return 1
    if word.startswith("second"):
        return 2
    if digits := re.sub(r"\D", "", word):
        return int(digits)
    named = {"deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6}
    return named.get(word) or {"septieme": 7, "huitieme": 8, "neuvieme": 9}.get(word, 10)


# « le dernier bureau c'était quand ? », « la dernière fois que Berger était là »: the rank
# word qualifies a sitting or a time, no entry of the list just shown (a body: `_names_no_entry`)
_NO_ENTRY_NOUNS = frozenset(
    {
        "seance", "seances", "reunion", "reunions", "session", "sessions",
        "fois", "mois", "annee", "an", "semaine", "jour", "trimestre", "semestre",
    }
)  # fmt: skip


def _names_no_entry(rest: str, today: date) -> bool:
    first = rest.split()[0]
    return first in _NO_ENTRY_NOUNS or read_frame(first, today).body is not None


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def pointed_at(text: str, today: date) -> Pointed | None:
    """The entry of the list just shown a message points at by its rank, and what it asks of
    it; None when it points at none (a number typed is an act's: the caller's)."""
    said = " ".join(_words(text))
    if len(said.split()) > 12:
        return None
    if _MIDDLE.match(said):
        return Pointed(0, middle=True)
    if bare := _BARE_RANK.match(said):
        rank = _SAID_NUMBERS.get(bare.group(1)) or int(bare.group(1))
        return Pointed(rank, bare=True) if rank > 0 else None
    for pattern in (_RANK_FIRST, _RANK_LAST):
        if (found := pattern.match(said)) and not _names_no_entry(found.group("rest"), today):
            return Pointed(rank_of(found.group("rank")), rest=found.group("rest"))
    return None


# « il y en a combien ? », « ça en fait combien ? », « elles sont combien ? », « et combien
# en tout ? »: a count asked of nothing but what was just listed; every word one of these
_COUNT_WORDS = frozenset({"combien", "cb", "cmb", "nombre", "total"})
_ACT_NOUNS = frozenset(("deliberations", "deliberation", "delibs", "delib", "actes", "acte"))
_BARE_COUNT_WORDS = _COUNT_WORDS | frozenset(
    {
        *("et", "mais", "donc", "ok", "alors", "bon", "du", "coup", "au", "en", "tout"),
        *("final", "finalement", "ca", "cela", "il", "ils", "elle", "elles", "y", "a", "t"),
        *("fait", "font", "sont", "represente", "representent", "donne", "est", "c", "on"),
        *("le", "la", "les", "de", "d", "l", "ya", "dans", "cette", "liste", "ces"),
        *_ACT_NOUNS,
    }
)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def bare_count(text: str) -> bool:
    """Whether a message asks only how many were listed: every word a count's."""
    words = _words(text)
    counted = any(w in _COUNT_WORDS for w in words)
    return counted and set(words) <= _BARE_COUNT_WORDS


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def names_acts(text: str) -> bool:
    """Whether a message names acts (« … et combien de délibérations ? »)."""
    return not _ACT_NOUNS.isdisjoint(_words(text))
