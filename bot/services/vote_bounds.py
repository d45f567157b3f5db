"""« les délibérations à plus de 100 voix pour », « combien de délibs ont eu plus de 5
abstentions ? », « des délibés avec au moins une voix contre ? »: acts chosen by a bound on one
side of their vote, over a period or every act known; never the vote of the act in talk."""

from __future__ import annotations

from dataclasses import dataclass

from bot.services.frames import bound_before
from storage import cues
from storage.french import number_in_words
from storage.names import fold

# a figure (or « une », « un », « deux » …) then the side of the vote it counts
_SIDE_COUNTED = cues.plain(
    r"(?P<n>\d{1,4}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cinquante|cent)"
    r" (?:voix |votes? |suffrages )?(?P<side>pour|contre|abstentions?|votants?)\b"
)
# acts asked of, several: « les délibérations », « combien de délibs », « des actes »
_ACTS = cues.plain(
    r"\b(?:les|des|combien de|combien d|quelles?|nombre de|nb de|lesquelles) "
    r"(?:deliberations?|delibe?s?|actes|decisions)\b|\blesquelles\b"
)
_SIDES = {"pour": "for", "contre": "against", "abstention": "abstentions"}


@dataclass(frozen=True)
class VoteBound:
    side: str  # "for", "against", "abstentions", "votes" (every vote cast)
    kind: str  # "more", "less", "at_least", "at_most" (frames._BOUNDS)
    figure: int

    def holds(self, value: int) -> bool:
        return {
            "more": value > self.figure,
            "less": value < self.figure,
            "at_least": value >= self.figure,
            "at_most": value <= self.figure,
        }[self.kind]


def vote_bound_asked(text: str) -> VoteBound | None:
    """The bound on a side of the vote several acts are asked by, if the message asks so."""
    said = " ".join(fold(text).replace("'", " ").replace("-", " ").split())
    if not _ACTS.search(said):
        return None
    for found in _SIDE_COUNTED.finditer(said):
        kind = bound_before(said, found.start())
        if kind is None:
            continue
        figure = found.group("n")
        value = int(figure) if figure.isdigit() else number_in_words(figure)
        if value is None:
            continue
        side = found.group("side")
        return VoteBound(_SIDES.get(side.rstrip("s"), "votes"), kind, value)
    return None
