"""Members' own phrasings about the coming sitting, end to end through the real Application:
giving a proxy in words, answering the bot's questions, asking about the coming Bureau.

tests/fixtures/questions/coming*.tsv, same format as the conversation tables, on the sample
data plus a Bureau convened for Thursday 18 July 2024 at 17:00 (the clock: Wednesday 10 July
2024), as M. Jean-Luc DEGRAIX; one test per block. « est enregistré » means the proxy is in
the store: each block is checked against the store too when it says so (« [pouvoirs] … »).
Every block runs on SQLite, one in four on PostgreSQL too (tests/helpers.py `on_postgresql`):
proxies given, replaced, declined and chained are proved on both by tests/test_bot_proxies.py,
tests/test_proxy_dialog.py and tests/test_attacks_proxies.py.
"""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from tests.helpers import Line, active_proxies, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"),
    table_cases("coming*.tsv", lambda b: " / ".join(m for m, _ in b)[:60]),
    indirect=["database_url"],
)
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
        assert_says(message, await say(degraix, message), expected)
