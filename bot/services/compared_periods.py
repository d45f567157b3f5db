"""Two periods compared by how many deliberations they hold, in every way members put it:
« plus de délibs en janvier ou en mars 2022 ? » (which one), « 2023 c'était plus que 2022 ? »
(yes or no), « le conseil de janvier a voté plus ou moins de délibérations que celui de mars ? »
(more or fewer). The reader only finds the two periods and what is asked of them; each period
is read as « combien de délibérations … » would be (frames.read_frame), so a part that is no
period leaves the message to the usual reading."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import lru_cache

from bot.services.frames import Asked, Frame, read_frame
from storage import cues
from storage.names import fold


class Sense(Enum):
    MOST = "most"  # « plus de … en A ou en B ? »: the one with more
    FEWEST = "fewest"  # « moins de … en A ou en B ? »: the one with fewer
    MORE = "more"  # « A c'était plus que B ? »: yes when A holds more
    LESS = "less"  # « moins de … en A qu'en B ? »: yes when A holds fewer
    MORE_OR_LESS = "more_or_less"  # « plus ou moins en A qu'en B ? »: which of the two


@dataclass(frozen=True)
class Compared:
    sense: Sense
    frames: tuple[Frame, Frame]  # each period, read as a count of its deliberations


_NOUN = r"(?:deliberations?|delibe?s?|actes|decisions)"
# a period as said: « en janvier », « au premier semestre 2022 », « le 24 mars », « 2023 »,
# « l'an dernier », « le conseil de janvier 2022 », « celui de mars »
_PART = r"(?:(?:en|au|a|le|la|l|du|de|d|pendant|durant|sur|dans) )?[\w ]+?"
# (« y a-t-il plus de délibérations en mars qu'en janvier ? », present or past)
_SAID = (
    r"(?:il y a eu|il y a|y a t il eu|y a t il|y avait il|il y avait|y a eu|on a eu|on a vote"
    r"|on a pris|on a|ils ont vote)"
)
_OPENING = r"^(?:(?:est ce qu )?" + _SAID + r" )?"
_END = r"\s*\W*$"

# « plus de délibérations en 2022 ou en 2024 ? », « moins de délibs en janvier ou mars 2022 »
_WHICH = cues.plain(
    _OPENING + r"(?P<sense>plus|moins|davantage) de " + _NOUN + r" (?P<a>" + _PART + r") ou"
    r" (?:bien )?(?P<b>" + _PART + r")" + _END
)
# « janvier ou mars 2022, quand y a-t-il eu le plus de délibs ? », « 2022 ou 2024 lequel a le
# plus de délibérations »
_WHICH_AFTER = cues.plain(
    r"^(?:entre )?(?P<a>" + _PART + r") (?:ou|et) (?P<b>" + _PART + r") (?:(?:lequel|laquelle"
    r"|quel mois|quelle annee|quelle periode|quand|ou) )?(?:(?:est ce qu )?(?:il y a eu|il y a"
    r"|y a t il eu|y a eu|on a eu|a eu|a|avait|compte) )?le (?P<sense>plus|moins) de "
    + _NOUN
    + _END
)
# « le plus de délibérations : janvier ou mars 2022 ? », « où y a-t-il eu le plus de délibs,
# en 2022 ou en 2024 ? »
_WHICH_BEFORE = cues.plain(
    r"^(?:(?:quand|ou|lequel|laquelle) )?(?:(?:est ce qu )?" + _SAID + r" )?le (?P<sense>plus"
    r"|moins) de "
    + _NOUN
    + r" (?:entre )?(?P<a>"
    + _PART
    + r") (?:ou|et) (?P<b>"
    + _PART
    + r")"
    + _END
)
# « plus de délibs en 2023 qu'en 2022 ? », « il y a eu moins de délibérations en janvier que
# en mars ? », « plus ou moins de délibérations en janvier qu'en mars ? »
_THAN = cues.plain(
    _OPENING
    + r"(?P<sense>plus ou moins|plus|moins|davantage) de "
    + _NOUN
    + r" (?P<a>"
    + _PART
    + r") (?:qu|que) (?P<b>"
    + _PART
    + r")"
    + _END
)
# « 2023 c'était plus que 2022 ? », « en janvier on en a eu moins qu'en mars ? », « le conseil
# de janvier 2022 il a voté plus ou moins de délibérations que celui de mars »
_SUBJECT_FIRST = cues.plain(
    r"^(?P<a>" + _PART + r") (?:(?:il|elle|on|ca|ils) )?(?:(?:c etait|c est|ca fait|il y a eu"
    r"|y a eu|on en a eu|en a eu|on a eu|on a vote|a vote|avait|a eu|a|il y en a eu) )?(?:en )?"
    r"(?P<sense>plus ou moins|plus|moins|davantage)(?: de "
    + _NOUN
    + r")? (?:qu|que) (?P<b>"
    + _PART
    + r")"
    + _END
)

_SENSES = {
    "plus": (Sense.MOST, Sense.MORE),
    "davantage": (Sense.MOST, Sense.MORE),
    "moins": (Sense.FEWEST, Sense.LESS),
    "plus ou moins": (Sense.MORE_OR_LESS, Sense.MORE_OR_LESS),
}
_YEAR = cues.plain(r"\b(?:19|20)\d\d\b")
# « celui de mars », « celle de 2022 »: the second part names its period only
_THE_ONE = cues.plain(r"^(?:celui|celle|ceux|celles|la|le) (?:de|du|d) ")
_BODY_SAID = cues.plain(r"^(?:le |la |au )?(conseil|bureau)\b")
# what is left of a part when the count's words were said inside it (« le conseil de janvier
# 2022 il a voté »)
_SPOKEN_TAIL = cues.plain(r" (?:il|elle|on|ils) (?:a|ont) (?:vote|eu|pris)$")


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def periods_compared(text: str, today: date) -> Compared | None:
    """The two periods a message compares by how many deliberations they hold, and what is
    asked of them; None when it compares nothing, or a part is no period."""
    said = " ".join(re.sub(r"[?:,;!]", " ", fold(text)).split())
    for reader, index in (
        (_WHICH, 0),
        (_WHICH_AFTER, 0),
        (_WHICH_BEFORE, 0),
        (_THAN, 1),
        (_SUBJECT_FIRST, 1),
    ):
        found = reader.match(said)
        if found is None:
            continue
        sense = _SENSES[found.group("sense")][index]
        first = _SPOKEN_TAIL.sub("", found.group("a"))
        second = found.group("b")
        frames = _two_periods(first, second, today)
        return Compared(sense, frames) if frames else None
    return None


def _two_periods(first: str, second: str, today: date) -> tuple[Frame, Frame] | None:
    # « en janvier ou en mars 2022 »: the part said without its year takes the other's
    year_a, year_b = _YEAR.search(first), _YEAR.search(second)
    if year_b and not year_a:
        first = f"{first} {year_b.group(0)}"
    elif year_a and not year_b:
        second = f"{second} {year_a.group(0)}"
    # « 2023 c'était plus que 2022 ? »: a year said alone is that year
    first, second = (f"en {p}" if _YEAR.fullmatch(p) else p for p in (first, second))
    if _THE_ONE.match(second):
        # « le conseil de janvier … que celui de mars »: the body said once is both parts'
        body = _BODY_SAID.match(first)
        second = _THE_ONE.sub(f"{body.group(1)} de " if body else "", second)
    frames = tuple(read_frame(f"combien de délibérations {p}", today) for p in (first, second))
    if any(not _a_period(f) for f in frames):
        return None
    return frames[0], frames[1]


def _a_period(frame: Frame) -> bool:
    """Whether a part read as a count of deliberations over a period said, and nothing else."""
    when = frame.when
    return (
        frame.asked is Asked.DELIBERATION_COUNT
        and not frame.words
        and (when.on is not None or (when.start is not None and when.end is not None))
    )
