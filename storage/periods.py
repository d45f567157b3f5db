"""A span of time as people name it: « 2024 », « en juillet 2024 », « depuis mars 2023 »,
« de janvier à juin 2024 », « 2022-2024 », « entre le 1er mars et le 4 juillet 2024 ».

Built on the project's one reader of dates and periods (storage/french.py): `find_dates` for
days and months, `find_relative` for what is said against today (« l'an dernier », « cet été »,
« fin 2023 », « les six derniers mois »), the same reader the questions use. A year alone is
read here, since a bare number is only a year where a period is expected.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from storage import cues
from storage.french import DateMention, find_dates, find_relative
from storage.names import fold

DEFAULT_SPAN = timedelta(days=365)  # no period named: the twelve months up to today
_YEAR = cues.plain(r"(?<![\d/.])(19[5-9]\d|20\d\d)(?![\d/.])")
# « /assiduite Degraix 20245 »: a year mistyped with a digit too many; unread, the whole record
# was answered as if no period had been named.
_TYPED_YEAR = cues.plain(r"(?<![\d/.])(?:19|20)\d{3,4}(?![\d/.])")
_SINCE = cues.plain(r"\b(depuis|since|a partir d|à partir d)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date
    named: bool  # False: the default span, the asker named none

    @property
    def whole_year(self) -> int | None:
        if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31):
            return self.start.year if self.start.year == self.end.year else None
        return None

    @property
    def whole_month(self) -> date | None:
        last = calendar.monthrange(self.start.year, self.start.month)[1]
        if self.start.day == 1 and self.end == self.start.replace(day=last):
            return self.start
        return None


@dataclass(frozen=True, slots=True)
class _Span:
    start: date
    end: date
    at: int  # where it was written
    until: int
    year_written: bool = True  # False: « juillet », « 4 juillet », the year taken from today


def _month_year(mention: DateMention, today: date) -> int | None:
    """A month written without its year: the latest one that has begun by today."""
    if mention.year is not None:
        return mention.year
    assert mention.month is not None
    return today.year if mention.month <= today.month else today.year - 1


def _in_year(day: date, year: int) -> date | None:
    """`day` in `year`, or None when that year has no such day (29 February)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _spans(text: str, today: date) -> tuple[list[_Span], list[tuple[int, int]]]:
    spans: list[_Span] = []
    invalid: list[tuple[int, int]] = []
    mentions = find_dates(text)
    for m in mentions:
        if not m.valid or m.month is None:
            invalid.append((m.start, m.end))
            continue
        year = _month_year(m, today) if m.day is None else None
        if m.day is None:
            assert year is not None
            last = calendar.monthrange(year, m.month)[1]
            written = m.year is not None
            start, end = date(year, m.month, 1), date(year, m.month, last)
            spans.append(_Span(start, end, m.start, m.end, year_written=written))
            continue
        day = m.resolve(before=today)
        if day is None:
            invalid.append((m.start, m.end))
            continue
        spans.append(_Span(day, day, m.start, m.end, year_written=m.year is not None))
    taken = [(m.start, m.end) for m in mentions]
    invalid += [
        typed.span()
        for typed in _TYPED_YEAR.finditer(text)
        if not any(start <= typed.start() < end for start, end in taken)
    ]
    for match in _YEAR.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        year = int(match.group(1))
        spans.append(_Span(date(year, 1, 1), date(year, 12, 31), match.start(), match.end()))
    spans.sort(key=lambda s: s.at)
    return spans, invalid


def _relative(text: str, today: date) -> tuple[Period, str] | None:
    """« cette année », « l'an dernier », « le mois dernier », « cet été »: the span (up to
    today: a record counts the sittings held) and the text without it."""
    folded = fold(text)
    found = find_relative(folded, today=today, past=True, years=False)
    if found is None or found.is_day:
        return None  # a day (« jeudi ») names a sitting, not a period
    start, end = found.start, min(found.end, today) if found.start <= today else found.end
    if _SINCE.search(folded[: found.span[0]]):
        end = max(today, start)
    # fold() may change lengths (spaces, « œ »): then the folded words stay, without it.
    source = text if len(folded) == len(text) else folded
    return Period(start, end, named=True), source[: found.span[0]] + source[found.span[1] :]


def read_period(text: str, today: date) -> tuple[Period | None, str]:
    """The period a text names and the text without it (the words left name whom).

    Returns (None, the date as written) when the text names an impossible date (« 31 février
    2024 », « 20245 »), so the caller says so instead of guessing; (default span, text) when
    it names none.
    """
    if relative := _relative(text, today):
        return relative
    spans, invalid = _spans(text, today)
    if invalid:
        return None, text[invalid[0][0] : invalid[0][1]]
    rest = text
    for span in sorted(spans, key=lambda s: s.at, reverse=True):
        rest = rest[: span.at] + " " + rest[span.until :]
    if not spans:
        return Period(today - DEFAULT_SPAN + timedelta(days=1), today, named=False), text
    start = min(s.start for s in spans)
    end = max(s.end for s in spans)
    # A range written « de janvier à juin 2024 »: the first month takes the last one's year.
    # Written backwards, each with its year (« du 4 juillet 2024 au 1er janvier 2020 »), it is
    # the span between them as it stands: the first took the last one's year, then one less,
    # a span from 4 July 2019 nobody wrote.
    # The first without its year (« du 1er mars au 4 juillet 2027 ») takes the last one's too.
    first, last = spans[0], spans[-1]
    apart = first.start > last.end or first.start.year != last.end.year
    if len(spans) >= 2 and apart and not first.year_written:
        borrowed = _in_year(first.start, last.end.year)
        if borrowed is None and not last.year_written:
            # « du 29 février au 1er mars »: the latest 29 February and the days after it, not
            # the 1st of March of this year, two years later
            start = first.start
            end = max(_in_year(s.end, start.year) or s.end for s in spans[1:])
        elif borrowed is None:  # « du 29 février au 3 mars 2023 »: no 29 February that year
            return None, text[first.at : first.until]
        else:
            start = borrowed
            if start > last.end:
                start = _in_year(first.start, last.end.year - 1) or start
            end = max(s.end for s in spans[1:])
    if _SINCE.search(text[: spans[0].at]):
        end = max(today, start)
    return Period(start, end, named=True), rest
