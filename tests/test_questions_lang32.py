"""Issue 12: members and their attendance asked as members type them.

tests/fixtures/questions/families_lang32.tsv holds the phrasings of the families found answered
wrong, and what each answer must (or, « !… », must not) say, decided before running; one test
per block, each block one conversation, through the real Application on the sample data.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.transport import Conversation
from storage import rules
from storage.french import find_relative
from storage.names import fold
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang32.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


TODAY = date(2024, 7, 10)


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        ("sur l'exercice 2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("pour l'exercice budgétaire 2022", date(2022, 1, 1), date(2022, 12, 31)),
        ("sur toute l'année civile 2021", date(2021, 1, 1), date(2021, 12, 31)),
        ("depuis le début du mandat", date(2020, 3, 15), TODAY),
        ("sur la mandature", date(2020, 3, 15), TODAY),
        ("depuis les dernières élections", date(2020, 3, 15), TODAY),
        ("au cours du mandat actuel", date(2020, 3, 15), TODAY),
        ("depuis les municipales", date(2020, 3, 15), TODAY),
        ("tout au long du mandat", date(2020, 3, 15), TODAY),
    ],
)
def test_a_period_is_read_from_its_name(said: str, start: date, end: date) -> None:
    period = find_relative(fold(f"la présence de Rivat {said}"), today=TODAY, past=True)
    assert period is not None, said
    assert (period.start, period.end) == (start, end), said


@pytest.mark.parametrize(
    "text",
    [
        "combien d'élus en exercice ?",
        "c'est quoi le mandat de Berger ?",  # a member's office, no period
        "Berger a donné mandat à Rivat ?",
        "pendant le mandat de pouvoir de Fara",
    ],
)
def test_no_period_where_none_is_said(text: str) -> None:
    assert find_relative(fold(text), today=TODAY, past=True) is None, text


def test_the_term_begins_at_the_latest_general_election() -> None:
    assert rules.term_start(date(2024, 7, 10)) == date(2020, 3, 15)
    assert rules.term_start(date(2020, 3, 14)) == date(2014, 3, 23)
    assert rules.term_start(date(2026, 12, 4)) == date(2026, 3, 15)
    assert rules.term_start(date(2033, 1, 1)) == date(2032, 3, 15)
