"""Members' own phrasings, end to end through the real Application on the sample data.

tests/fixtures/questions/conversations*.tsv hold the phrasings and what each answer must say
(the second file: phrasings written in the second round, answers decided before running); one
test per block, each block one conversation (follow-ups complete the line before).
"""

from __future__ import annotations

import pytest

from bot.transport import Conversation
from tests.helpers import (
    Line,
    assert_says,
    conversation_blocks,
    postgresql_sample,
    say,
    table_cases,
    tables,
    text,
)


def _blocks() -> list[list[Line]]:
    return conversation_blocks("conversations*.tsv")


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("conversations*.tsv"), indirect=["database_url"]
)
async def test_a_conversation_gets_the_answers_decided_beforehand(
    degraix: Conversation, block: list[Line]
) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


def test_the_table_is_large() -> None:
    assert sum(len(b) for b in _blocks()) >= 100


@pytest.mark.parametrize("pattern", ["conversations*.tsv", "coming*.tsv"])
def test_the_postgresql_sample_is_about_a_quarter_of_the_tables(pattern: str) -> None:
    """tests/test_coming_table.py runs the coming*.tsv tables the same way."""
    found = tables(pattern)
    blocks = sum(len(t) for t in found)
    sampled = sum(len(postgresql_sample(t)) for t in found)
    assert 0.15 * blocks <= sampled <= 0.4 * blocks


async def test_the_secretariat_is_nobody_in_the_first_person(application) -> None:  # type: ignore[no-untyped-def]
    """The console without --as is the secretariat: « je » names no member."""
    app, api = application
    secretariat = Conversation(app, api, 777, "Secrétariat")
    app.bot_data.runtime.acting_as[777] = None
    answer = text(await secretariat.send("j'étais là au dernier bureau ?"))
    assert "aucun membre" in answer
    assert "Berger" not in answer
