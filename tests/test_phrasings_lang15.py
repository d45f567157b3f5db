"""Lane lang15 (issue 12): sittings, members, proxies and counts in members' own words.

tests/fixtures/questions/phrasings_lang15.tsv holds phrasings written for this lane with what
each answer must (or, « !… », must not) say, decided before running; one test per block, each
block one conversation, as M. Jean-Luc DEGRAIX through the real Application on the sample data
(the coming Bureau's phrasings are in coming_lang15.tsv, run by tests/test_coming_table.py).
Every block runs on SQLite; its first and one in four chosen by their messages
(tests/helpers.py: postgresql_sample) also on PostgreSQL.
"""

from __future__ import annotations

import pytest

from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("phrasings_lang15.tsv"), indirect=["database_url"]
)
async def test_a_sitting_asked_in_members_words(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)
