"""Members' own phrasings, end to end through the real Application on the sample data.

tests/fixtures/questions/conversations*.tsv hold the phrasings and what each answer must say
(the second file: phrasings written in the second round, answers decided before running); one
test per block, each block one conversation (follow-ups complete the line before).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.transport import Conversation, Reply
from tests.helpers import text

TABLES = sorted((Path(__file__).parent / "fixtures" / "questions").glob("conversations*.tsv"))
Line = tuple[str, list[str]]


def _blocks() -> list[list[Line]]:
    blocks: list[list[Line]] = [[]]
    lines = [
        line for table in TABLES for line in [*table.read_text(encoding="utf-8").splitlines(), ""]
    ]
    for raw in lines:
        if raw.startswith("#"):
            continue
        if not raw.strip():
            if blocks[-1]:
                blocks.append([])
            continue
        message, _, expected = raw.partition("\t")
        blocks[-1].append((message, [p.strip() for p in expected.split(" | ") if p.strip()]))
    return [b for b in blocks if b]


async def _say(chat: Conversation, message: str, previous: list[Reply]) -> list[Reply]:
    if message.startswith("[bouton] "):
        return await chat.press(message.removeprefix("[bouton] "))
    return await chat.send(message)


@pytest.mark.parametrize("block", _blocks(), ids=lambda b: b[0][0][:40])
async def test_a_conversation_gets_the_answers_decided_beforehand(
    degraix: Conversation, block: list[Line]
) -> None:
    replies: list[Reply] = []
    for message, expected in block:
        replies = await _say(degraix, message, replies)
        answer = text(replies)
        for part in expected:
            if part.startswith("!"):
                assert part[1:] not in answer, (message, answer)
            else:
                assert part in answer, (message, answer)


def test_the_table_is_large() -> None:
    assert sum(len(b) for b in _blocks()) >= 100


async def test_the_secretariat_is_nobody_in_the_first_person(application) -> None:  # type: ignore[no-untyped-def]
    """The console without --as is the secretariat: « je » names no member."""
    app, api = application
    secretariat = Conversation(app, api, 777, "Secrétariat")
    app.bot_data.runtime.acting_as[777] = None
    answer = text(await secretariat.send("j'étais là au dernier bureau ?"))
    assert "aucun membre" in answer
    assert "Berger" not in answer
