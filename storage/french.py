"""French calendar words, as council documents and members write them."""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from text_to_num import text2num

from storage.names import fold

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

# « aout », « Août », « AOUT »: the month's number by its folded name.
MONTH_NUMBERS = {fold(name): number for number, name in enumerate(MONTHS, start=1)}


# -- Dates -------------------------------------------------------------------------------------
# The project's one reader of French dates: the importer (headings, opening formulas, open
# data), the questions members type and the command line all call it. It reads the text as
# tokens in one pass (no backtracking regex over words, so any input reads in linear time) and
# keeps partial dates (« 13 mars », « mars 2025 ») for the caller to resolve against what it
# knows: a sitting's year, the store's sittings, today.

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(WEEKDAYS)}
# Abbreviations printed in tables and headers; « sept » is left out (it is also seven).
_MONTH_ABBREVIATIONS = {
    "janv": 1,
    "fev": 2,
    "fevr": 2,
    "avr": 4,
    "juil": 7,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_TOKENS = {**MONTH_NUMBERS, **_MONTH_ABBREVIATIONS}
# The words French numbers are written with (« vingt-et-un », « deux mil dix-neuf »).
_NUMBER_WORDS = frozenset(
    """
    un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze
    seize vingt vingts trente quarante cinquante soixante cent cents mille mil et
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_TOKEN = re.compile(r"[a-z0-9]+")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})/(\d{1,2})\b(?!\s?[/.-]\s?\d)")
_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\s+(?:le\s+)?$")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written: each part may be missing (« 13 mars », « mars 2025 »)."""

    day: int | None
    month: int | None
    year: int | None
    weekday: int | None  # 0 = lundi, when the text names the day of the week
    start: int  # the span in the text given to find_dates
    end: int

    @property
    def valid(self) -> bool:
        """False for a day no calendar has (« 31 février », « 30/02/2024 »)."""
        if self.month is None or not 1 <= self.month <= 12:
            return False
        if self.day is None:
            return True
        if self.year is not None:
            try:
                date(self.year, self.month, self.day)
            except ValueError:
                return False
            return True
        return 1 <= self.day <= calendar.monthrange(2024, self.month)[1]  # 2024: 29 February

    def resolve(self, *, before: date | None = None) -> date | None:
        """The full date, or None. Without a year: the latest such day on or before `before`
        (and on the weekday the text names, if it names one)."""
        if not self.valid or self.day is None or self.month is None:
            return None
        if self.year is not None:
            return date(self.year, self.month, self.day)
        if before is None:
            return None
        for year in range(before.year, before.year - 29, -1):
            try:
                candidate = date(year, self.month, self.day)
            except ValueError:  # 29 February of a common year
                continue
            if candidate > before:
                continue
            if self.weekday is None or candidate.weekday() == self.weekday:
                return candidate
        return None


def _fold_keeping_offsets(text: str) -> str:
    """Lower case without accents, one character for one, so spans point into `text`."""
    return "".join(
        (unicodedata.normalize("NFKD", c)[:1] or c).lower() if ord(c) > 127 else c.lower()
        for c in text
    )


def _full_year(printed: str) -> int:
    year = int(printed)
    if len(printed) == 2:
        return 2000 + year if year < 70 else 1900 + year
    return year


def _words_value(words: list[str]) -> int | None:
    """« vingt et un » → 21, « deux mil dix neuf » → 2019; None when they are not a number."""
    if not words or words[0] == "et" or words[-1] == "et":
        return None
    try:
        return int(text2num(" ".join("mille" if w == "mil" else w for w in words), "fr"))
    except ValueError:
        return None


def _day_before(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """The day written just before token i: « 13 », « 1er », « premier », « seize »,
    « vingt-et-un »; returns (day, index of its first token)."""
    if i == 0:
        return None
    word = tokens[i - 1][0]
    if word.isdigit() and len(word) <= 2:
        return int(word), i - 1
    if word in ("1er", "premier"):
        return 1, i - 1
    if word == "er" and i >= 2 and tokens[i - 2][0] == "1":
        return 1, i - 2
    first = i
    while first > 0 and i - first < 4 and tokens[first - 1][0] in _NUMBER_WORDS:
        first -= 1
    value = _words_value([t[0] for t in tokens[first:i]])
    return (value, first) if value is not None and 1 <= value <= 31 else None


def _year_after(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """The year written just after token i: « 2025 » or « deux mille vingt-cinq »; returns
    (year, index of its last token)."""
    if i + 1 >= len(tokens):
        return None
    word = tokens[i + 1][0]
    if word.isdigit():
        return (int(word), i + 1) if len(word) == 4 and 1900 <= int(word) <= 2199 else None
    last = i + 1
    while last < len(tokens) and last - i <= 6 and tokens[last][0] in _NUMBER_WORDS:
        last += 1
    # The longest run of words that reads as a year: « deux mille vingt-trois à dix-huit
    # heures » stops before « à ».
    for end in range(last, i + 1, -1):
        value = _words_value([t[0] for t in tokens[i + 1 : end]])
        if value is not None and 1900 <= value <= 2199:
            return value, end - 1
    return None


def _opening_year(tokens: list[tuple[str, int, int]], first: int) -> tuple[int, int] | None:
    """The year of an opening formula, written before the day: « L'an deux mille vingt-trois,
    le seize février », « L'an 2023 et le 16 février »; returns (year, index of « l »/« an »)."""
    j = first
    while j > 0 and tokens[j - 1][0] in ("le", "et", "ce"):
        j -= 1
    end = j
    while j > 0 and end - j < 6 and tokens[j - 1][0] in _NUMBER_WORDS:
        j -= 1
    if j == end and j > 0 and tokens[j - 1][0].isdigit():
        j -= 1
    if j == 0 or tokens[j - 1][0] != "an" or j == end:
        return None
    run = [t[0] for t in tokens[j:end]]
    year = int(run[0]) if run[0].isdigit() else _words_value(run)
    if year is None or not 1900 <= year <= 2199:
        return None
    start = j - 2 if j >= 2 and tokens[j - 2][0] == "l" else j - 1
    return year, start


def _weekday_before(tokens: list[tuple[str, int, int]], first: int) -> int | None:
    return _WEEKDAY_NUMBERS.get(tokens[first - 1][0]) if first > 0 else None


def _written_dates(folded: str) -> list[DateMention]:
    """Dates whose month is a word: « jeudi 13 mars 2025 », « le seize février », « mars 2025 »."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]
    found: list[DateMention] = []
    for i, (word, _, _) in enumerate(tokens):
        month = _MONTH_TOKENS.get(word)
        if month is None:
            continue
        first, last, day, year = i, i, None, None
        if (day_at := _day_before(tokens, i)) is not None:
            day, first = day_at
        if (year_at := _year_after(tokens, i)) is not None:
            year, last = year_at
        elif day is not None and (opening := _opening_year(tokens, first)) is not None:
            year, first = opening
        if day is None and year is None and word not in MONTH_NUMBERS:
            continue  # a bare abbreviation (« oct ») is no date
        weekday = _weekday_before(tokens, first) if day is not None else None
        if weekday is not None:
            first -= 1
        found.append(DateMention(day, month, year, weekday, tokens[first][1], tokens[last][2]))
    return found


def _numeric_dates(folded: str) -> list[DateMention]:
    """« 2025-03-13 », « 13/03/2025 », « 13.03.25 », « 13/3 » (a slash alone needs no year)."""
    found = [
        DateMention(int(d), int(m), int(y), None, match.start(), match.end())
        for match in _ISO.finditer(folded)
        for y, m, d in [match.groups()]
    ]
    found += [
        DateMention(int(d), int(m), _full_year(y), None, match.start(), match.end())
        for match in _DAY_MONTH_YEAR.finditer(folded)
        for d, _, m, y in [match.groups()]
    ]
    found += [
        DateMention(int(d), int(m), None, None, match.start(), match.end())
        for match in _DAY_MONTH.finditer(folded)
        for d, m in [match.groups()]
    ]
    named = []
    for mention in found:
        head = folded[max(0, mention.start - 16) : mention.start]
        if match := _WEEKDAY_BEFORE.search(head):
            mention = DateMention(
                mention.day,
                mention.month,
                mention.year,
                _WEEKDAY_NUMBERS[match.group(1)],
                mention.start - len(head) + match.start(),
                mention.end,
            )
        named.append(mention)
    return named


def find_dates(text: str) -> list[DateMention]:
    """Every date mentioned in `text`, in order, partial ones included; spans index `text`."""
    folded = _fold_keeping_offsets(text)
    mentions = sorted(
        _numeric_dates(folded) + _written_dates(folded), key=lambda m: (m.start, -m.end)
    )
    kept: list[DateMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue  # « 13/03/2025 » also holds « 13/03 »: the longer one came first
        kept.append(mention)
    return kept


def parse_date(text: str, *, before: date | None = None) -> date | None:
    """The date `text` writes (« 13 mars 2025 », « 13/03/25 », « l'an deux mille vingt-trois,
    le seize février »…), or None: none written, an impossible day, or no year and no
    `before` to take it from."""
    mentions = find_dates(text)
    return mentions[0].resolve(before=before) if mentions else None
