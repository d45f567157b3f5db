"""Lane lang14 (issue 12): the families of member language the last blind probe left wrong.

tests/fixtures/questions/families_lang14.tsv holds our own phrasings of each family and what
each answer must (or, « !… », must not) say, decided before running; one test per block, each
block one conversation, through the real Application on the sample data. Every block runs on
SQLite; the first and every fourth also on PostgreSQL.
"""

from __future__ import annotations

import pytest
from _pytest.mark import ParameterSet

from bot.transport import Conversation
from tests.helpers import Line, assert_says, conversation_blocks, say


def _cases() -> list[ParameterSet]:
    blocks = conversation_blocks("families_lang14.tsv")
    return [
        *(pytest.param("sqlite", b, id=f"sqlite-{b[0][0][:40]}") for b in blocks),
        *(pytest.param("postgresql", b, id=f"postgresql-{b[0][0][:40]}") for b in blocks[::4]),
    ]


@pytest.mark.parametrize(("database_url", "block"), _cases(), indirect=["database_url"])
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)
