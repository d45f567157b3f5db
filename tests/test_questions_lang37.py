"""Issue 12: acts, topics, funded actions and the council's rules asked as members type them.

tests/fixtures/questions/families_lang37.tsv holds the phrasings of each family found answered
wrong (a topic found only through a related word, a yes or no asked of an act's or an action's
property, a rule of the law asked, a document asked on a topic), and what each answer must (or,
« !… », must not) say, decided before running; one test per block, each block one conversation,
through the real Application on the sample data.
"""

from __future__ import annotations

import pytest

from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang37.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)
