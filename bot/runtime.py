"""The long-lived services every handler reaches through `context.runtime`, built once."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.reads import Asker, Reads
from bot.render import render
from bot.services.flood import FloodGuard
from bot.settings import Settings
from storage import db

__all__ = ["Asker", "Runtime"]


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    reads: Reads = field(default_factory=Reads)
    flood: FloodGuard = field(default_factory=FloodGuard)
    # Console and tests: a Telegram user id acting as a member (or as the secretariat, None).
    acting_as: dict[int, int | None] = field(default_factory=dict)
    # The council the console's secretariat answers for, when the store holds several.
    acting_council: dict[int, int] = field(default_factory=dict)
    _done: OrderedDict[Hashable, None] = field(default_factory=OrderedDict)
    # The zone `now` converts to, read once: the settings built it anew at each `now`, and an
    # answer asks the time several times (bench/throughput.py)
    _tz: ZoneInfo = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._tz = self.settings.tz

    def session(self) -> Session:
        """A session whose commits make the read layer look at the store revision again."""
        return self.reads.watch(db.session(self.engine))

    def once(self, key: Hashable, action: Callable[[], None]) -> None:
        """Do `action` once per key in this process (the last 4,096 keys are remembered)."""
        if key in self._done:
            return
        action()
        self._done[key] = None
        if len(self._done) > 4096:
            self._done.popitem(last=False)

    def now(self) -> datetime:
        return self.clock().astimezone(self._tz)

    def today(self) -> date:
        return self.now().date()

    def asker(self, session: Session, telegram_user_id: int) -> Asker | None:
        """The member behind a Telegram account, or None for a stranger."""
        if telegram_user_id in self.acting_as:
            member_id = self.acting_as[telegram_user_id]
            if member_id is None:
                return Asker(
                    None,
                    render("secretariat_name"),
                    secretariat=True,
                    council_id=self.acting_council.get(telegram_user_id),
                )
            return self.reads.asker_of_member(session, member_id)
        return self.reads.asker_of_account(session, telegram_user_id)
