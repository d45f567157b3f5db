"""What a conversation is in the middle of, in the store rather than in a process's memory.

Behind a load balancer two updates from one member may reach two bot processes; whichever
gets « Suite » or the next answer of a draft finds here what the other one left. Each value
lives until `expires_at`: an expired one reads as absent, and putting a value clears every
expired row (puts are rare: a long answer, a draft's step), so the table stays small.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from storage import db
from storage.models import ChatState

EVERYONE = 0  # no Telegram account has this id: values any account may read


def put(
    *,
    session: Session,
    telegram_user_id: int,
    key: str,
    value: Any,
    now: datetime,
    ttl: timedelta,
) -> None:
    """Keep `value` (JSON) for this account under `key` until `now + ttl`; committed."""
    now = now.astimezone(UTC)  # SQLite keeps no offset: every timestamp here is UTC
    session.execute(sa.delete(ChatState).where(col(ChatState.expires_at) <= now))
    row = {
        "telegram_user_id": telegram_user_id,
        "key": key,
        "value": value,
        "expires_at": now + ttl,
    }
    # An upsert: two processes may put the same key at once (a member pressing twice).
    statement = db.insert(session, ChatState).values(row)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["telegram_user_id", "key"],
            set_={"value": statement.excluded.value, "expires_at": statement.excluded.expires_at},
        )
    )
    session.commit()


def get(*, session: Session, telegram_user_id: int, key: str, now: datetime) -> Any | None:
    """The value kept under `key`, or None if there is none or it has expired."""
    return session.exec(
        select(ChatState.value).where(
            ChatState.telegram_user_id == telegram_user_id,
            ChatState.key == key,
            col(ChatState.expires_at) > now.astimezone(UTC),
        )
    ).first()


def delete(*, session: Session, telegram_user_id: int, key: str) -> None:
    """Forget what was kept under `key` (nothing happens if there was nothing); committed."""
    session.execute(
        sa.delete(ChatState).where(
            col(ChatState.telegram_user_id) == telegram_user_id, col(ChatState.key) == key
        )
    )
    session.commit()
