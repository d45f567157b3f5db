"""Lane lang11 (issue 12): facts asked of an act's own text and annex, in members' words.

tests/fixtures/questions/acts_lang11.tsv holds the phrasings and what each answer must (or,
« !… », must not) say, decided before running; one test per block, each block one
conversation, through the real Application on the sample data. Every block runs on SQLite;
its first and one in four chosen by their messages (tests/helpers.py: postgresql_sample) also
on PostgreSQL (the answers read the act's text from the store).
"""

from __future__ import annotations

import pytest

from bot.transport import Conversation
from tests.helpers import Line, assert_says, conversation_blocks, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("acts_lang11.tsv"), indirect=["database_url"]
)
async def test_a_fact_of_an_act_is_answered_from_its_text(
    degraix: Conversation, block: list[Line]
) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


def test_the_table_holds_every_aspect() -> None:
    assert sum(len(b) for b in conversation_blocks("acts_lang11.tsv")) >= 25
