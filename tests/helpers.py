"""Small helpers shared by the end-to-end tests."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest
from sqlmodel import Session, select

from bot import app, broadcast
from bot.render import to_plain_text
from bot.transport import Reply
from storage.models import Body, Member, Sitting

COMING_BUREAU = date(2024, 7, 18)
# How much faster than Telegram the broadcast tests run: the Bot API stand-in's flood control
# (FakeBotAPI(speed=…)) and the bot's pace (paced_like_telegram) together, so the bot meets the
# same limits in the same proportions: 67 members took 10 to 40 s each test at Telegram's pace.
TELEGRAM_SPEED = 8.0


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


def paced_like_telegram(monkeypatch: pytest.MonkeyPatch, speed: float = TELEGRAM_SPEED) -> None:
    """Pace the bot `speed` times faster than in production (its overall rate and its gap
    between two messages to one member), for a FakeBotAPI(speed=speed) whose flood control
    runs that much faster too: the production pace meets Telegram's limits in the same
    proportions, and a test waits a fraction of the time."""
    monkeypatch.setattr(app, "PACE", app.PACE * speed)
    monkeypatch.setattr(broadcast, "PER_CHAT_GAP", broadcast.PER_CHAT_GAP / speed)
