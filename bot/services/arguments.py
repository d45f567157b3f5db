"""What a command's argument says that its frame did not read (« /seance blabla », « /seance 42 »).

A command such as /seance reads its argument with the sentence reader (dates, bodies, numbers,
names and topics live in free words: « /seance bureau juillet »). What the reader could not
place was dropped, and the command answered the latest sitting as if nothing had been typed: a
silent guess. This module says, from the frame alone, which words and numbers were left; the
handler then keeps those that name a member or a topic of the store, and says the rest.
Pure: no store, no Telegram.
"""

from __future__ import annotations

from datetime import date

from bot.services.frames import Frame, When
from storage import cues
from storage.names import fold

# A number standing alone (« 42 », « 3000 », « -1 », « 2,5 »): a day, a year or an act's number
# it is not, unless a reading took it.
_NUMBER = cues.plain(r"[-+]?\d+(?:[.,]\d+)?")
_YEAR = cues.plain(r"(?:19|20)\d\d")
_EDGES = "«»\"'’()[]{}.,;:!?…"
# « à 17 h », « 17 heures »: a time, which no command's answer depends on.
_HOUR_AFTER = cues.plain(r"^(?:h|heures?|min)$")


def with_year_alone(frame: Frame) -> Frame:
    """« /seance 2022 », « /absents conseil 2023 »: a year left alone is that year's sittings, as
    « en 2022 » is (it was searched as a topic word, « 2022 » in an act's title)."""
    if not frame.when.empty or frame.number:
        return frame
    years = [w for w in frame.words if _YEAR.fullmatch(w)]
    if len(years) != 1:
        return frame
    year = int(years[0])
    when = When(year=year, start=date(year, 1, 1), end=date(year, 12, 31), said=years[0])
    return frame.but(when=when, words=tuple(w for w in frame.words if w != years[0]))


def stray_numbers(frame: Frame, argument: str) -> list[str]:
    """The numbers of the argument that no reading took (a date's, an act number's)."""
    taken = set(fold(frame.when.said).split()) | set(fold(frame.typed_number or "").split())
    tokens = [t.strip(_EDGES) for t in fold(argument).split()]
    stray: list[str] = []
    for index, token in enumerate(tokens):
        if not _NUMBER.fullmatch(token) or token in taken or token in frame.words:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if _HOUR_AFTER.match(following):
            continue
        stray.append(token)
    return stray


def said_nothing_read(frame: Frame, unread: list[str]) -> bool:
    """Whether nothing of the argument was read: no date, body, act number, name or topic."""
    return (
        frame.when.empty
        and not frame.number
        and not frame.body
        and not frame.first_person
        and all(w in unread for w in frame.words)
    )
