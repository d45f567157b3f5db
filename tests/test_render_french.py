"""Dates and numbers printed in French by bot/render.py, spelled out there rather than asked
of Babel at each call: every one must read exactly as Babel's fr_FR patterns print it."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from babel.core import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_decimal

from bot.render import (
    counted,
    date_fr,
    datetime_fr,
    environment,
    euros,
    month_fr,
    number_fr,
    percent_fr,
    short_date_fr,
    time_fr,
)

FR = Locale.parse("fr_FR")


def babel_euros(value: Decimal | int | float) -> str:
    pattern = "#,##0" if Decimal(value) == Decimal(value).to_integral_value() else "#,##0.00"
    return f"{format_decimal(value, format=pattern, locale=FR)}\u00a0€"


def every_day(start: date, days: int) -> list[date]:
    return [start + timedelta(days=n) for n in range(days)]


def as_said(day: date, printed: str) -> str:
    """Babel's date with the first of a month said as French writes it, « 1er » (CLDR's
    pattern has no ordinal day)."""
    return printed.replace(" 1 ", " 1er ", 1) if day.day == 1 else printed


def test_every_day_of_fifty_years_reads_as_babel_prints_it() -> None:
    for day in every_day(date(1990, 1, 1), 50 * 366):
        assert date_fr(day) == as_said(day, format_date(day, "EEEE d MMMM y", locale=FR))
        short = short_date_fr(day)
        assert short == as_said(day, " " + format_date(day, "d MMMM y", locale=FR)).lstrip()
        assert month_fr(day) == format_date(day, "MMMM y", locale=FR)
    assert (date_fr(date(2024, 7, 1)), short_date_fr(date(2024, 7, 1))) == (
        "lundi 1er juillet 2024",
        "1er juillet 2024",
    )


def test_every_minute_of_a_day_reads_as_babel_prints_it() -> None:
    paris = timezone(timedelta(hours=2))
    for minute in range(24 * 60):
        clock = time(minute // 60, minute % 60)
        assert time_fr(clock) == format_time(clock, "H 'h' mm", locale=FR)
        # a datetime keeps its own hour, naive (SQLite's) or aware: never converted
        for tz in (None, UTC, paris):
            moment = datetime(2024, 7, 4, clock.hour, clock.minute, tzinfo=tz)
            assert time_fr(moment) == format_time(moment, "H 'h' mm", locale=FR)
            assert datetime_fr(moment) == format_datetime(
                moment, "EEEE d MMMM y 'à' H 'h' mm", locale=FR
            )
            assert date_fr(moment) == format_date(moment, "EEEE d MMMM y", locale=FR)


def numbers() -> list[Decimal | int | float]:
    draw = random.Random(12)
    values: list[Decimal | int | float] = [0, 1, -1, 7, 999, 1000, 1001, 94_000, 1_234_567]
    values += [10**n for n in range(13)] + [-(10**n) + 1 for n in range(1, 10)]
    values += [0.5, 1.5, 2.5, 0.0005, 0.0015, 0.1 + 0.2, 1234.5678, -0.0001, -0.0, 1e15]
    values += [Decimal("94000.00"), Decimal("1250.50"), Decimal("0.005"), Decimal("2.345")]
    values += [Decimal("-1250.505"), Decimal("1E+3"), Decimal("12.3000"), Decimal("0.125")]
    for _ in range(3000):
        values.append(draw.randint(-(10**9), 10**9))
        values.append(round(draw.uniform(-1e7, 1e7), draw.randint(0, 5)))
        cents = draw.randint(0, 10**10)
        values.append(Decimal(cents).scaleb(-draw.randint(0, 4)))
    return values


def test_numbers_and_amounts_read_as_babel_prints_them() -> None:
    for value in numbers():
        assert number_fr(value) == format_decimal(value, locale=FR), value  # type: ignore[arg-type]
        assert euros(value) == babel_euros(value), value


@pytest.mark.parametrize("share", [0.0, 0.004, 0.005, 0.125, 0.5, 0.875, 1.0, 12.345, -0.3])
def test_shares_read_as_babel_prints_them(share: float) -> None:
    expected = f"{format_decimal(round(share * 100), locale=FR)}\u00a0%"
    assert percent_fr(share) == expected


def test_nothing_prints_nothing() -> None:
    assert [f(None) for f in (date_fr, short_date_fr, month_fr, time_fr, datetime_fr)] == [""] * 5
    assert [f(None) for f in (euros, number_fr, percent_fr)] == [""] * 3


def test_a_template_prints_the_french_forms() -> None:
    """Through Jinja's filters, as members read them."""
    template = environment().from_string(
        "{{ d | date_fr }} · {{ d | short_date_fr }} · {{ d | month_fr }} · {{ t | time_fr }} · "
        "{{ m | datetime_fr }} · {{ a | euros }} · {{ n | number_fr }} · {{ p | percent_fr }}"
    )
    printed = template.render(
        d=date(2024, 7, 4),
        t=time(17, 5),
        m=datetime(2025, 3, 13, 9, 0, tzinfo=UTC),
        a=Decimal("1250.5"),
        n=94000,
        p=0.5,
    )
    assert printed == (
        "jeudi 4 juillet 2024 · 4 juillet 2024 · juillet 2024 · 17 h 05 · "
        "jeudi 13 mars 2025 à 9 h 00 · 1\u202f250,50\u00a0€ · 94\u202f000 · 50\u00a0%"
    )


@pytest.mark.parametrize(
    ("count", "words", "said"),
    [
        (0, "présent", "0 présent"),
        (1, "pouvoir donné", "1 pouvoir donné"),
        (34, "présent déclaré", "34 présents déclarés"),
        (2, "absent excusé", "2 absents excusés"),
        (1200, "membre", "1\u202f200 membres"),
    ],
)
def test_a_count_agrees_with_its_words(count: int, words: str, said: str) -> None:
    assert counted(count, words) == said


def test_no_template_writes_a_plural_in_brackets_after_a_count() -> None:
    """« 34 présent(s) déclaré(s) »: a count prints its words agreeing (the `counted` filter)."""
    folder = Path(__file__).parent.parent / "templates"
    bracketed = re.compile(r"\}\}\s*[a-zéèêàç]+\(s\)|%d [a-zéèêàç]+\(s\)")
    found = [t.name for t in sorted(folder.glob("*.j2")) if bracketed.search(t.read_text())]
    assert found == []
