"""Members' own phrasings about the coming sitting, end to end through the real Application:
giving a proxy in words, answering the bot's questions, asking about the coming Bureau.

tests/fixtures/questions/coming*.tsv, same format as the conversation tables, on the sample
data plus a Bureau convened for Thursday 18 July 2024 at 17:00 (the clock: Wednesday 10 July
2024), as M. Jean-Luc DEGRAIX; one test per block. « est enregistré » means the proxy is in
the store: each block is checked against the store too when it says so (« [pouvoirs] … »).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from tests.helpers import active_proxies, text

TABLES = sorted((Path(__file__).parent / "fixtures" / "questions").glob("coming*.tsv"))
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


@pytest.mark.parametrize("block", _blocks(), ids=lambda b: " / ".join(m for m, _ in b)[:60])
async def test_the_coming_sitting_in_members_words(
    degraix: Conversation, loaded_engine: Engine, coming_sitting: int, block: list[Line]
) -> None:
    for message, expected in block:
        if message == "[pouvoirs]":
            # The proxies in force for the coming Bureau, « GIVER>HOLDER » each, or « aucun ».
            held = [
                f"{giver}>{holder}"
                for giver, holder in active_proxies(loaded_engine, coming_sitting)
            ]
            assert held == [p for p in expected if p != "aucun"], block
            continue
        if message.startswith("[bouton] "):
            replies = await degraix.press(message.removeprefix("[bouton] "))
        else:
            replies = await degraix.send(message)
        answer = text(replies)
        for part in expected:
            if part.startswith("!"):
                assert part[1:] not in answer, (message, answer)
            else:
                assert part in answer, (message, answer)
