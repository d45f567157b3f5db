"""The words of greeting and of leaving, in one place, and which one a member said.

« bonsoir » is answered « Bonsoir », « bonne nuit » « Bonne nuit », « bon week-end » « Bon
week-end »: the assistant answers in kind, it never says « Bonjour » to an evening greeting nor
« Au revoir » to a wish. Every reader that sets a greeting aside (the frame reader, the polite
wrapping, the proxy dialog) takes its words from here. Read on folded text (`fold`: lower
case, no accents, hyphens and apostrophes as spaces).
"""

from __future__ import annotations

import enum

from storage import cues
from storage.names import fold

# The greetings of arrival, as typed (« bsr », « slt », « cc » are texted forms)
HELLO = r"(?:bonjour|bonsoir|salut|coucou|hello|hey|bjr|bsr|slt|cc|re)"
_EVENING = cues.plain(r"\b(?:bonsoir|bsr)\b")
_HELLO_ALONE = cues.plain(rf"^\W*{HELLO}(?:\W+(?:a (?:vous|toi|tous)|tout le monde))?\W*$")


class Wish(enum.StrEnum):
    """A wish said on leaving; the values are the keys `goodbye.j2` and `thanks.j2` say back."""

    DAY = "journee"
    END_OF_DAY = "fin_de_journee"
    AFTERNOON = "apres_midi"
    EVENING = "soiree"
    NIGHT = "nuit"
    WEEKEND = "week_end"
    WEEK = "semaine"
    HOLIDAYS = "vacances"


_WISHES = (
    (Wish.END_OF_DAY, cues.plain(r"\bbonne fin (?:de )?(?:journee|jour)\b")),
    (Wish.DAY, cues.plain(r"\b(?:bonne|bne) (?:journee|journe|jrnee|jour)\b")),
    (Wish.AFTERNOON, cues.plain(r"\bbon(?:ne)? (?:apres midi|aprem|apm)\b")),
    (Wish.EVENING, cues.plain(r"\b(?:bonne|bne) (?:soiree|soire)\b")),
    (Wish.NIGHT, cues.plain(r"\b(?:bonne|bne) nuit\b")),
    (Wish.WEEKEND, cues.plain(r"\b(?:bon|bonne) (?:week ?end|we|wk|weekend|fin de semaine)\b")),
    (Wish.WEEK, cues.plain(r"\bbonne semaine\b")),
    (Wish.HOLIDAYS, cues.plain(r"\bbonnes vacances\b")),
)


def evening(text: str) -> bool:
    """Whether the member greeted for the evening (« bonsoir », « bsr »): answered in kind."""
    return bool(_EVENING.search(fold(text)))


def hello_alone(text: str) -> bool:
    """Whether the message is a greeting and nothing else (« bonjour ! », « bsr à tous »)."""
    return bool(_HELLO_ALONE.match(fold(text)))


def wish(text: str) -> Wish | None:
    """The wish a member left with (« bonne nuit », « bon week-end »), said back; None when
    there is none (« au revoir », « à demain »)."""
    folded = fold(text)
    return next((w for w, cue in _WISHES if cue.search(folded)), None)
