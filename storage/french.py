"""French calendar words, as council documents and members write them."""

from __future__ import annotations

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


# -- relative dates, as members say them ---------------------------------------------------------
# « hier », « mardi dernier », « la semaine dernière », « le mois dernier », « en mars dernier »,
# « au premier semestre 2022 », « en 2022 »: read on folded text (see storage.names.fold),
# against the day the question is asked. A day is a period whose start is its end.

import re  # noqa: E402 (this section stands apart from the calendar words above)
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import date, timedelta  # noqa: E402

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(WEEKDAYS)}
_MONTH_ALT = "|".join(MONTH_NUMBERS)
_WEEKDAY_ALT = "|".join(WEEKDAYS)
_LAST = r"(?:dernier|derniere|passe|passee|precedent|precedente)"
_NEXT = r"(?:prochain|prochaine|suivant|suivante|a venir)"
_ORDINAL = {
    "premier": 1, "1er": 1, "1e": 1, "1": 1,
    "second": 2, "seconde": 2, "deuxieme": 2, "2e": 2, "2eme": 2, "2nd": 2, "2": 2,
    "troisieme": 3, "3e": 3, "3eme": 3, "3": 3,
    "quatrieme": 4, "4e": 4, "4eme": 4, "4": 4,
}  # fmt: skip
_ORDINAL_ALT = "|".join(sorted(_ORDINAL, key=len, reverse=True))
_YEAR = r"((?:19|20)\d{2})"


@dataclass(frozen=True, slots=True)
class Period:
    """The days a relative expression covers, both ends included, and where it was read."""

    start: date
    end: date
    span: tuple[int, int]  # in the folded text given

    @property
    def is_day(self) -> bool:
        return self.start == self.end


def _month_period(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _relative_day(match: re.Match[str], today: date) -> tuple[date, date] | None:
    word = match.group(0)
    if word.startswith("avant"):
        day = today - timedelta(days=2)
    elif word.startswith("apres"):
        day = today + timedelta(days=2)
    elif word == "hier":
        day = today - timedelta(days=1)
    elif word == "demain":
        day = today + timedelta(days=1)
    else:  # aujourd'hui, ce jour
        day = today
    return day, day


def _weekday(match: re.Match[str], today: date) -> tuple[date, date] | None:
    target = _WEEKDAY_NUMBERS[match.group(1)]
    if re.fullmatch(_LAST, match.group(2)):
        back = (today.weekday() - target) % 7 or 7
        day = today - timedelta(days=back)
    else:
        ahead = (target - today.weekday()) % 7 or 7
        day = today + timedelta(days=ahead)
    return day, day


def _unit(match: re.Match[str], today: date) -> tuple[date, date] | None:
    unit, when = match.group(1) or match.group(3), match.group(2) or ""  # « cette semaine »
    by = -1 if re.fullmatch(_LAST, when) else 1 if re.fullmatch(_NEXT, when) else 0
    if unit == "semaine":
        return _week_of(today + timedelta(weeks=by))
    if unit == "mois":
        return _month_period(*_shift_month(today.year, today.month, by))
    year = today.year + by  # annee, an
    return date(year, 1, 1), date(year, 12, 31)


def _ago(match: re.Match[str], today: date) -> tuple[date, date] | None:
    count, unit = int(match.group(1)), match.group(2)
    if unit.startswith("jour"):
        day = today - timedelta(days=count)
        return day, day
    if unit.startswith("semaine"):
        return _week_of(today - timedelta(weeks=count))
    if unit == "mois":
        return _month_period(*_shift_month(today.year, today.month, -count))
    return date(today.year - count, 1, 1), date(today.year - count, 12, 31)


def _named_month(match: re.Match[str], today: date) -> tuple[date, date] | None:
    month = MONTH_NUMBERS[match.group(1)]
    if re.fullmatch(_LAST, match.group(2)):
        year = today.year if month < today.month else today.year - 1
    else:
        year = today.year if month > today.month else today.year + 1
    return _month_period(year, month)


def _part_of_year(match: re.Match[str], today: date) -> tuple[date, date] | None:
    rank, part, year_text = _ORDINAL[match.group(1)], match.group(2), match.group(3)
    year = int(year_text) if year_text else today.year
    months = 6 if part == "semestre" else 3
    if rank > 12 // months:
        return None
    first_month = (rank - 1) * months + 1
    start = date(year, first_month, 1)
    end = _month_period(year, first_month + months - 1)[1]
    return start, end


def _year(match: re.Match[str], today: date) -> tuple[date, date] | None:
    year = int(match.group(1))
    return date(year, 1, 1), date(year, 12, 31)


_Reader = Callable[[re.Match[str], date], tuple[date, date] | None]
_RELATIVE: tuple[tuple[re.Pattern[str], _Reader], ...] = (
    (re.compile(r"\bavant[ -]hier\b|\bapres[ -]demain\b|\bhier\b|\bdemain\b"
                r"|\baujourd ?hui\b|\bce jour\b"), _relative_day),
    (re.compile(rf"\b({_WEEKDAY_ALT})\s+({_LAST}|{_NEXT})\b"), _weekday),
    (re.compile(rf"\b(?:la |cette |l )?(semaine|mois|annee|an)\s+({_LAST}|{_NEXT})\b"
                r"|\b(?:cette |ce )(semaine|mois|annee)(?:[ -]ci)?\b"), _unit),
    (re.compile(r"\bil y a\s+(\d{1,2})\s+(jours?|semaines?|mois|ans?|annees?)\b"), _ago),
    (re.compile(rf"\b({_MONTH_ALT})\s+({_LAST}|{_NEXT})\b"), _named_month),
    (re.compile(rf"\b({_ORDINAL_ALT})\s+(semestre|trimestre)(?:\s+(?:de |d )?{_YEAR})?\b"),
     _part_of_year),
    (re.compile(rf"\b(?:en|durant|pendant|depuis|annee|au cours de l annee|sur l annee)"
                rf"\s+{_YEAR}\b"), _year),
)  # fmt: skip


def find_relative(folded: str, *, today: date) -> Period | None:
    """The first relative date or period in folded text, against `today`; None if there is none."""
    found: list[Period] = []
    for pattern, reader in _RELATIVE:
        for match in pattern.finditer(folded):
            period = reader(match, today)
            if period is not None:
                found.append(Period(period[0], period[1], match.span()))
    return min(found, key=lambda p: p.span[0]) if found else None
