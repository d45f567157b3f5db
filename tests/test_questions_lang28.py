"""Lane lang28 (issue 12): members, counts, follow-ups, first person and dates asked as members
type them.

tests/fixtures/questions/families_lang28.tsv holds the phrasings of the families a blind probe
found answered wrong, and what each answer must (or, « !… », must not) say, decided before
running; one test per block, each block one conversation, through the real Application on the
sample data.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.transport import Conversation
from storage.french import find_relative
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang28.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        # Thursday 3 December 2026: « dans N semaines / jours » is the week that far ahead
        ("ya quoi dans 2 semaines", date(2026, 12, 14), date(2026, 12, 20)),
        ("seance dans quinze jours", date(2026, 12, 14), date(2026, 12, 20)),
        ("dans 10 jours", date(2026, 12, 7), date(2026, 12, 13)),
        ("dans 3 jours", date(2026, 12, 6), date(2026, 12, 6)),
        ("dans un mois", date(2027, 1, 1), date(2027, 1, 31)),
        ("dans deux ans", date(2028, 1, 1), date(2028, 12, 31)),
        # « d'ici », « dans les », « sous »: from today up to then
        ("d ici 3 semaines", date(2026, 12, 3), date(2026, 12, 24)),
        ("dans les 15 jours", date(2026, 12, 3), date(2026, 12, 18)),
        ("sous 8 jours", date(2026, 12, 3), date(2026, 12, 11)),
        # a weekday « en huit » / « en quinze »: one or two weeks after its coming one
        ("le bureau de jeudi en huit", date(2026, 12, 10), date(2026, 12, 10)),
        ("jeudi en quinze", date(2026, 12, 17), date(2026, 12, 17)),
        ("lundi en huit", date(2026, 12, 14), date(2026, 12, 14)),
        ("le bureau de jeudi en 8, c est a quelle heure", date(2026, 12, 10), date(2026, 12, 10)),
        ("mardi en 15", date(2026, 12, 22), date(2026, 12, 22)),
        # « ce semestre », « le trimestre dernier »: the half or quarter of the year
        ("combien de seances ce semestre", date(2026, 7, 1), date(2026, 12, 31)),
        ("le trimestre dernier", date(2026, 7, 1), date(2026, 9, 30)),
        ("le semestre prochain", date(2027, 1, 1), date(2027, 6, 30)),
        # « pro » is « prochain » shortened
        ("la semaine pro", date(2026, 12, 7), date(2026, 12, 13)),
        ("mardi pro", date(2026, 12, 8), date(2026, 12, 8)),
    ],
)
def test_a_time_to_come_is_read_as_said(said: str, start: date, end: date) -> None:
    found = find_relative(said, today=date(2026, 12, 3))
    assert found is not None, said
    assert (found.start, found.end) == (start, end), said


def test_a_professional_word_is_no_next() -> None:
    assert find_relative("la semaine professionnelle", today=date(2026, 12, 3)) is None
