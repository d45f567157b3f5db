"""Migration 0009_perfbot on both databases: the chat state loses its expiry index, keeps its
rows, and the migration goes down and up again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from storage import chat_state, db
from tests.helpers import migrate

INDEX = "ix_chatstate_expires_at"


def _indexes(engine: Engine) -> set[str | None]:
    return {i["name"] for i in sa.inspect(engine).get_indexes("chatstate")}


def test_chat_state_expiry_index_goes_and_comes_back(engine: Engine) -> None:
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert INDEX not in _indexes(engine)
    migrate(engine, "downgrade", "0008")
    assert INDEX in _indexes(engine)
    with db.session(engine) as session:
        chat_state.put(
            session=session,
            telegram_user_id=7,
            key="k",
            value={"a": 1},
            now=now,
            ttl=timedelta(hours=1),
        )
    migrate(engine, "upgrade", "head")
    assert INDEX not in _indexes(engine)
    with db.session(engine) as session:
        assert chat_state.get(session=session, telegram_user_id=7, key="k", now=now) == {"a": 1}
        # A sweep without the index still clears what expired.
        chat_state.put(
            session=session,
            telegram_user_id=8,
            key="k",
            value={},
            now=now + timedelta(hours=2),
            ttl=timedelta(hours=1),
        )
        assert chat_state.get(session=session, telegram_user_id=7, key="k", now=now) is None
