"""Issue 12: acts, votes, funded actions and the council's rules asked as members type them.

tests/fixtures/questions/families_lang33.tsv holds the phrasings of each family found answered
wrong (an act's slots in SMS order, a topic spelt out as an acronym's words or narrowed by an
adjective, the law asked in general terms, an act's programme named again in a follow-up, the
vote's words mistyped), and what each answer must (or, « !… », must not) say, decided before
running; one test per block, each block one conversation, through the real Application on the
sample data.
"""

from __future__ import annotations

import pytest

from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang33.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    "message",
    [
        "le prochain bureau a lieu quand et où ?",
        "prochaine séance quand et où svp",
        "le bureau du 18 juillet, c'est à quelle heure et où",
    ],
)
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_the_day_and_the_place_are_both_answered(
    degraix: Conversation, coming_sitting: int, message: str
) -> None:
    """« quand et où ? »: two questions of the same sitting, each answered."""
    answer = await say(degraix, message)
    assert "18 juillet 2024" in answer or "17 h" in answer, (message, answer)
    assert "Hôtel de métropole" in answer, (message, answer)
