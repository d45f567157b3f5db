"""Members' own phrasings, end to end through the real Application on the sample data.

tests/fixtures/questions/conversations*.tsv hold the phrasings and what each answer must say
(the second file: phrasings written in the second round, answers decided before running); one
test per block, each block one conversation (follow-ups complete the line before).
"""

from __future__ import annotations

import zlib

import pytest
from _pytest.mark import ParameterSet

from bot.transport import Conversation
from tests.helpers import QUESTIONS, Line, assert_says, conversation_blocks, say, text


def _blocks() -> list[list[Line]]:
    return conversation_blocks("conversations*.tsv")


def _on_postgresql(block: list[Line]) -> bool:
    """One block in four also runs on PostgreSQL, chosen by its first message (the choice
    stays when blocks are added). What the table proves is how a sentence is read and
    answered; the store's part in it (look-ups, searches, orderings, follow-ups kept in
    ChatState) is proved on both databases by the storage and read-layer tests, and this
    sample shows, on every kind of question the table holds, that both answer alike. The
    whole table on PostgreSQL was a third of the suite's time."""
    return zlib.crc32(block[0][0].encode()) % 4 == 0


def _cases() -> list[ParameterSet]:
    blocks = _blocks()
    on_both = [b for b in blocks if _on_postgresql(b)]
    return [
        *(pytest.param("sqlite", b, id=f"sqlite-{b[0][0][:40]}") for b in blocks),
        *(pytest.param("postgresql", b, id=f"postgresql-{b[0][0][:40]}") for b in on_both),
    ]


@pytest.mark.parametrize(("database_url", "block"), _cases(), indirect=["database_url"])
async def test_a_conversation_gets_the_answers_decided_beforehand(
    degraix: Conversation, block: list[Line]
) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


def test_the_table_is_large() -> None:
    assert sum(len(b) for b in _blocks()) >= 100


def test_the_postgresql_sample_holds_every_table() -> None:
    """Each conversation file has blocks in the PostgreSQL sample, and the sample is about a
    quarter of the table."""
    blocks = _blocks()
    sampled = [b for b in blocks if _on_postgresql(b)]
    assert 0.15 * len(blocks) <= len(sampled) <= 0.35 * len(blocks)
    for table in QUESTIONS.glob("conversations*.tsv"):
        mine = conversation_blocks(table.name)
        assert any(_on_postgresql(b) for b in mine), table.name


async def test_the_secretariat_is_nobody_in_the_first_person(application) -> None:  # type: ignore[no-untyped-def]
    """The console without --as is the secretariat: « je » names no member."""
    app, api = application
    secretariat = Conversation(app, api, 777, "Secrétariat")
    app.bot_data.runtime.acting_as[777] = None
    answer = text(await secretariat.send("j'étais là au dernier bureau ?"))
    assert "aucun membre" in answer
    assert "Berger" not in answer
