"""Lane lang20 (issue 12): follow-ups about the funded action shown, pointing into the list
just shown, « Lequel ? » answered in words, and counts of a member's record.

tests/fixtures/questions/families_lang20.tsv holds our own phrasings and what each answer must
(or, « !… », must not) say, decided before running; one test per block, each block one
conversation, through the real Application on the sample data. Every block runs on SQLite;
its first and one in four chosen by their messages (tests/helpers.py: postgresql_sample) also
on PostgreSQL.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.record_counts import Counted, record_count_asked
from bot.transport import Conversation
from storage.french import find_day_range
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang20.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("combien de séances a présidé Fayolle ?", Counted.CHAIRED),
        ("Fayolle a présidé combien de fois", Counted.CHAIRED),
        ("combien de fois Dallara était secrétaire de séance", Counted.KEPT_MINUTES),
        ("combien de fois Bouchet a été absent en 2024 ?", Counted.MISSED),
        ("j'ai raté combien de séances", Counted.MISSED),
        ("nb d'absences de Bouchet", Counted.MISSED),
        ("combien de fois excusée, Berger ?", Counted.EXCUSED),
        ("combien de fois Artigues a été représenté", Counted.REPRESENTED),
        ("Berger était présente combien de fois ?", Counted.PRESENT),
        # not a count of a member's record
        ("Degraix a donné combien de pouvoirs ?", None),
        ("combien d'élus étaient absents ?", None),
        ("combien de personnes étaient présentes avec moi ?", None),
        ("Bouchet était absent ?", None),
        ("qui présidait ?", None),
    ],
)
def test_a_count_of_a_record_is_read(text: str, counted: Counted | None) -> None:
    assert record_count_asked(text) == counted


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("le bureau de la semaine du 1er juillet 2024", (date(2024, 7, 1), date(2024, 7, 7))),
        ("la semaine du jeudi 4 juillet", (date(2024, 7, 1), date(2024, 7, 7))),
        ("dans la semaine du 27 janvier 2022", (date(2022, 1, 24), date(2022, 1, 30))),
        ("le 4 juillet", None),
    ],
)
def test_the_week_of_a_day_is_a_span(text: str, span: tuple[date, date] | None) -> None:
    found = find_day_range(text, today=date(2024, 7, 10))
    assert (found[:2] if found else None) == span
