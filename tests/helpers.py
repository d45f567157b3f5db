"""Small helpers shared by the end-to-end tests."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlmodel import Session, select

from bot.render import to_plain_text
from bot.transport import Reply
from storage.models import Body, Member, Sitting

COMING_BUREAU = date(2024, 7, 18)


def text(replies: list[Reply]) -> str:
    """What the member reads, with French no-break spaces shown as plain spaces."""
    plain = "\n".join(to_plain_text(r.text) for r in replies)
    return plain.replace("\u202f", " ").replace("\xa0", " ")


def add_coming_bureau_sitting(session: Session, **fields: Any) -> Sitting:
    """The Bureau's next sitting in the tests: Thursday 18 July 2024 at 17:00, 67 in office,
    eight days after the tests' clock. Flushed, not committed: the caller adds its own rows."""
    bureau = session.exec(select(Body).where(Body.name == "Bureau Métropolitain")).one()
    values: dict[str, Any] = {
        "held_on": COMING_BUREAU,
        "start_time": time(17, 0),
        "place": "Hôtel de métropole",
        "in_office": 67,
    }
    sitting = Sitting(body_id=bureau.id or 0, **(values | fields))
    session.add(sitting)
    session.flush()
    return sitting


def link_account(session: Session, last_name: str, telegram_user_id: int) -> Member:
    """Tie a member to a Telegram account as an opened invitation would (not committed)."""
    member = session.exec(select(Member).where(Member.last_name == last_name)).one()
    member.telegram_user_id = telegram_user_id
    session.add(member)
    return member
