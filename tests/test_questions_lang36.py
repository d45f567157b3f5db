"""Issue 12: the asker's own record and proxies, and members' attendance, asked as members type
them.

tests/fixtures/questions/families_lang36.tsv holds the phrasings of each family found answered
wrong (a follow-up of one's own proxies or absences keeping the period or sitting in talk,
« le mien », « en » for a proxy, a first name the sitting settles, a member's « poids », « le
sien » carried, a negative or « toujours » yes/no over a period, the names asked at a sitting
without a roll call), and what each answer must (or, « !… », must not) say, decided before
running; one test per block, each block one conversation, through the real Application on the
sample data. The readers' part is checked on phrasings alone below.
"""

from __future__ import annotations

import pytest

from bot.services.record_counts import Counted, record_verdict, record_yes_no_asked
from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang36.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("message", "counted", "found", "total", "yes"),
    [
        ("Rivat a-t-il été absent cette année ?", Counted.MISSED, 0, 3, False),
        ("Rivat a-t-il été absent cette année ?", Counted.MISSED, 1, 3, True),
        ("il n'a jamais manqué en 2022 ?", Counted.MISSED, 0, 3, True),
        ("il a raté aucune séance depuis mars ?", Counted.MISSED, 2, 3, False),
        ("elle a pas manqué de bureau cette année ?", Counted.MISSED, 0, 2, True),
        ("Laget a toujours été là depuis janvier ?", Counted.MISSED, 0, 4, True),
        ("Laget a toujours été présent en 2024 ?", Counted.MISSED, 1, 4, False),
        ("il n'a pas toujours été là cette année ?", Counted.MISSED, 1, 4, True),
        ("Bouchet n'est jamais venu en 2024 ?", Counted.PRESENT, 0, 2, True),
        ("il a pas mal manqué en 2024 ?", Counted.MISSED, 2, 4, True),
    ],
)
def test_a_yes_no_over_a_record_is_polarised_by_its_words(
    message: str, counted: Counted, found: int, total: int, yes: bool
) -> None:
    assert record_yes_no_asked(message) is counted
    assert record_verdict(message, found, total) is yes
