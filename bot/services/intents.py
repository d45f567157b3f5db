"""The older question shape (`Question`) some features still take, and the date finder of the
/nouvelle_seance conversation. Reading a message is bot/services/frames.py's job: this module
only converts its frame. Pure code, no telegram.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.services import frames
from storage import cues
from storage.french import MONTH_NUMBERS

_MONTH_ALT = "|".join(MONTH_NUMBERS)
_TEXT_DATE = cues.compile(rf"\b(\d{{1,2}})(?:er)?\s+({_MONTH_ALT})\b(?:\s+(\d{{4}}))?")
_NUMERIC_DATE = cues.plain(r"\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b")
_ISO_DATE = cues.plain(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")

_STOPWORDS = frozenset(
    """
    a au aux avec ce ces cette combien comment d de des du en est et il elle je j l la
    le les leur lui ma me mes mon ne pas par pour qu que quel quelle quelles quels qui
    quoi sa se ses son sur t ta te tes ton tu un une vous nous on y ou etait etaient ete
    avait avaient donne donner donnes donnee dit moi montre montrer affiche afficher
    liste lister svp merci s plait veux voudrais voir savoir dernier derniere prochain
    prochaine metropolitain metropole bureau conseil seance reunion jour va ira vont sera
    confie confier laisse laisser transmets transmet transmettre remets remettre cede ceder
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


class InvalidDate(ValueError):
    """A date a member typed that no calendar has (« 31 février »)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


@dataclass(frozen=True, slots=True)
class Question:
    intent: str | None
    on: date | None
    deliberation_number: str | None
    body_hint: str | None  # "bureau" | "conseil"
    last: bool  # « le dernier bureau »: the latest past sitting, not the next
    rest: str  # folded, without the date and the number: for keyword and word searches
    text: str = ""  # as typed: the name resolver reads capitals and accents

    @property
    def words(self) -> list[str]:
        return [w for w in self.rest.split() if w not in _STOPWORDS and len(w) > 1]


def find_deliberation_number(text: str) -> str | None:
    """A deliberation number in a text, normalised; an ISO date is never one."""
    return frames.find_deliberation_number(text)


def _make_date(year: int, month: int, day: int, raw: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidDate(raw) from None


def find_date(folded: str, today: date) -> tuple[date | None, str]:
    """The first date in folded text and the text without it. Without a year, the date is
    the nearest one: this year's, unless that is more than six months ahead (then last year's).

    Raises InvalidDate for an impossible date.
    """

    def without_year(day: int, month: int, raw: str) -> date:
        candidate = _nearest(day, month, today)
        if candidate is None:
            raise InvalidDate(raw)
        return candidate

    if match := _ISO_DATE.search(folded):
        y, m, d = (int(g) for g in match.groups())
        return _make_date(y, m, d, match.group(0)), folded.replace(match.group(0), " ")
    if match := _TEXT_DATE.search(folded):
        day, month, year = int(match.group(1)), MONTH_NUMBERS[match.group(2)], match.group(3)
        found = (
            _make_date(int(year), month, day, match.group(0))
            if year
            else without_year(day, month, match.group(0))
        )
        return found, folded.replace(match.group(0), " ")
    if match := _NUMERIC_DATE.search(folded):
        day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
        if year:
            full_year = int(year) + (2000 if len(year) == 2 else 0)
            found = _make_date(full_year, month, day, match.group(0))
        else:
            found = without_year(day, month, match.group(0))
        return found, folded.replace(match.group(0), " ")
    return None, folded


_KINDS = {
    frames.Asked.PRESENCE: "presents",
    frames.Asked.ABSENCE: "absents",
    frames.Asked.PROXY: "proxies",
}


def parse_question(text: str, today: date) -> Question:
    """The older question shape, read through the frame reader (bot/services/frames.py).

    Raises InvalidDate when the member typed a date that does not exist.
    """
    frame = frames.read_frame(text, today)
    if frame.invalid_date:
        raise InvalidDate(frame.invalid_date)
    on = frame.when.on
    if on is None and frame.when.day and frame.when.month:
        on = _nearest(frame.when.day, frame.when.month, today)
    return Question(
        intent=_KINDS.get(frame.asked, frame.asked.value),
        on=on,
        deliberation_number=frame.number,
        body_hint=frame.body,
        last=frame.when.relative is frames.Relative.LAST,
        rest=" ".join(frame.words),
        text=text,
    )


def _nearest(day: int, month: int, today: date) -> date | None:
    """This year's such day, unless more than six months ahead (then last year's); for 29
    February, the latest one by then. None for a day of no year.
    (« /pouvoir Berger 29 février », asked in a common year, had no day: the proxy was
    offered for the next sitting, whatever its day.)"""
    for year in range(today.year, today.year - 8, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate - today).days <= 183:
            return candidate
    return None
