"""Periods written backwards: the last day before the first. Read as the span between the two
days written, never a span of days nobody wrote. The reader itself, then the real Application
through `process_update` (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.transport import Conversation
from storage.french import find_day_range, find_relative
from storage.periods import read_period
from tests.helpers import text

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        # the first day took the last one's year, then one less: 4 July 2019 to 4 July 2024
        ("du 4 juillet 2024 au 1 janvier 2020", date(2020, 1, 1), date(2024, 7, 4)),
        ("du 5 juillet 2024 au 3 juillet 2024", date(2024, 7, 3), date(2024, 7, 5)),
        ("de mars 2024 à janvier 2023", date(2023, 1, 1), date(2024, 3, 31)),
        ("de 2024 à 2020", date(2020, 1, 1), date(2024, 12, 31)),
        # written forwards, or the first without its year: as before
        ("du 1 janvier 2020 au 4 juillet 2024", date(2020, 1, 1), date(2024, 7, 4)),
        ("de janvier à juin 2024", date(2024, 1, 1), date(2024, 6, 30)),
        ("de novembre à février 2024", date(2023, 11, 1), date(2024, 2, 29)),
        ("du 20 décembre au 3 janvier 2024", date(2023, 12, 20), date(2024, 1, 3)),
        ("du 1er mars au 4 juillet 2027", date(2027, 3, 1), date(2027, 7, 4)),
        # the latest 29 February and the day after it (they were read two years apart)
        ("du 29 février au 1er mars", date(2024, 2, 29), date(2024, 3, 1)),
    ],
)
def test_a_period_is_the_span_between_the_days_written(
    written: str, start: date, end: date
) -> None:
    period, _ = read_period(written, TODAY)
    assert period is not None
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("entre le 5 juillet 2024 et le 1er juillet 2024", date(2024, 7, 1), date(2024, 7, 5)),
        ("du 4 juillet 2024 au 1 janvier 2020", date(2020, 1, 1), date(2024, 7, 4)),
        ("du 1er au 31 mars 2022", date(2022, 3, 1), date(2022, 3, 31)),
        ("du 20 décembre au 3 janvier 2024", date(2023, 12, 20), date(2024, 1, 3)),
        ("entre le 31 janvier et le 29 février", date(2024, 1, 31), date(2024, 2, 29)),
    ],
)
def test_two_days_joined_backwards_are_the_span_between_them(
    written: str, start: date, end: date
) -> None:
    """The two days each with its year, the later first: no span was read, and the question
    answered one of the two days as if the other had not been written."""
    days = find_day_range(written, today=TODAY)
    assert days is not None
    assert days[:2] == (start, end)


async def test_a_record_asked_backwards_covers_the_days_written(degraix: Conversation) -> None:
    answer = text(await degraix.send("/assiduite Degraix du 4 juillet 2024 au 1 janvier 2020"))
    assert "du 1er janvier 2020 au 4 juillet 2024" in answer
    assert "2019" not in answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("/seance 29 février", "Aucune séance un 29 février"),
        ("le 29/02 ?", "Aucune séance un 29 février"),
        ("qui était présent du 29 février au 1er mars ?", "2024"),
        ("mon assiduité du 1er février au 29 février", "Assiduité"),
        ("/assiduite Degraix du 1er février au 29 février", "en février 2024"),
        ("/assiduite Degraix du 29 février au 3 mars 2023", "29 février"),
        # an act for that day: no sitting that day said, never the next sitting offered
        ("/pouvoir Laget 29 février", "29 février 2024"),
        ("/absent 29 février", "29 février 2024"),
        # the notice period asked: the coming 29 February, its notice the days before it
        (
            "convocation envoyée le 25 février pour une séance le 29 février, c'est assez tôt ?",
            "le vendredi 25 février 2028 pour une séance le mardi 29 février 2028",
        ),
        (
            "une convocation du 20 février pour le 29 février, c'est dans les délais ?",
            "le dimanche 20 février 2028 pour une séance le mardi 29 février 2028",
        ),
    ],
)
async def test_the_29th_of_february_asked_in_a_common_year_gets_an_answer(
    degraix: Conversation, question: str, said: str
) -> None:
    """Asked in 2026 without its year, « 29 février » was made a day of 2026, which has
    none: « Désolé, je n'ai pas pu traiter votre demande » and a traceback, three years in
    four. It is the latest 29 February; a period that gives it a common year says so."""
    degraix.application.bot_data.runtime.clock = lambda: datetime(2026, 12, 5, 9, tzinfo=UTC)
    answer = text(await degraix.send(question))
    assert "Désolé" not in answer
    assert said in answer


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("avant 1900", date(1790, 1, 1), date(1899, 12, 31)),
        ("avant 2023", date(1900, 1, 1), date(2022, 12, 31)),
    ],
)
def test_a_period_before_a_year_begins_before_it_ends(
    written: str, start: date, end: date
) -> None:
    """« délibérations avant 1900 » answered « aucune séance du 1er janvier 1900 au 31
    décembre 1899 »."""
    found = find_relative(written, today=TODAY, past=True, years=False)
    assert found is not None
    assert (found.start, found.end) == (start, end)
