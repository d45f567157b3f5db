"""Issue 12: members, attendance and proxies between members asked as members type them.

tests/fixtures/questions/families_lang34.tsv holds the phrasings of each family found answered
wrong (the side of a proxy read from the question word's preposition, a question word put
forward, « la sienne » for the proxy, two members of one proxy in any order, a member's own
« voix », the names asked after a count in any words), and what each answer must (or, « !… »,
must not) say, decided before running; one test per block, each block one conversation,
through the real Application on the sample data.
"""

from __future__ import annotations

import pytest

from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang34.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)
