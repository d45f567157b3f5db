"""The long-lived services every handler reaches through `context.bot_data`, built once."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from telegram.ext import ContextTypes

from bot.render import render
from bot.services.catalogue import Catalogue
from bot.services.flood import FloodGuard
from bot.services.names import NameIndex, members_index
from bot.settings import Settings
from storage import db, queries
from storage.models import Member, Role

T = TypeVar("T")
REVISION_TTL = 1.0  # seconds


@dataclass(frozen=True, slots=True)
class Asker:
    """Who is asking: a member, the secretariat, or both."""

    member_id: int | None
    name: str
    secretariat: bool


class MemberNames:
    """Every member, loaded once per store revision: the name index (names folded once) and
    who stands behind each linked Telegram account."""

    def __init__(self) -> None:
        self._index: NameIndex | None = None
        self._askers: dict[int, Asker] = {}  # by member id
        self._accounts: dict[int, int] = {}  # Telegram user id → member id

    def forget(self) -> None:
        self._index = None

    def _load(self, session: Session) -> NameIndex:
        if self._index is None:
            members = session.exec(select(Member)).all()
            self._index = members_index(members)
            self._askers = {
                m.id or 0: Asker(m.id, m.display_name, secretariat=m.role == Role.secretariat)
                for m in members
            }
            self._accounts = {
                m.telegram_user_id: m.id or 0 for m in members if m.telegram_user_id is not None
            }
        return self._index

    def index(self, session: Session) -> NameIndex:
        return self._load(session)

    def member(self, session: Session, member_id: int) -> Asker | None:
        self._load(session)
        return self._askers.get(member_id)

    def account(self, session: Session, telegram_user_id: int) -> Asker | None:
        self._load(session)
        member_id = self._accounts.get(telegram_user_id)
        return self._askers.get(member_id) if member_id is not None else None


class Views:
    """Answers' data computed from the store, kept until the store's revision changes."""

    SIZE = 4096

    def __init__(self) -> None:
        self._data: OrderedDict[Hashable, Any] = OrderedDict()

    def clear(self) -> None:
        self._data.clear()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        if key in self._data:
            self._data.move_to_end(key)
            return self._data[key]  # type: ignore[no-any-return]
        value = compute()
        self._data[key] = value
        if len(self._data) > self.SIZE:
            self._data.popitem(last=False)
        return value


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    names: MemberNames = field(default_factory=MemberNames)
    catalogue: Catalogue = field(default_factory=Catalogue)
    views: Views = field(default_factory=Views)
    flood: FloodGuard = field(default_factory=FloodGuard)
    revision: tuple[int, int] | None = None
    revision_ttl: float = REVISION_TTL
    _revision_checked: float = float("-inf")
    # Console and tests: a Telegram user id acting as a member (or as the secretariat, None).
    acting_as: dict[int, int | None] = field(default_factory=dict)

    def session(self) -> Session:
        return db.session(self.engine)

    def sync(self, session: Session) -> None:
        """Forget every view if the store changed since the last look (in any process).

        Looked at most once per REVISION_TTL: a change made by another process (an import, a
        proxy through a second bot process) shows within that delay; this process's own
        writes call `forget` at once.
        """
        now = time.monotonic()
        if now - self._revision_checked < self.revision_ttl:
            return
        revision = queries.store_revision(session=session)
        self._revision_checked = now
        if revision != self.revision:
            self.forget()
            self.revision = revision

    def forget(self) -> None:
        self._revision_checked = float("-inf")
        self.views.clear()
        self.names.forget()
        self.catalogue.forget()

    def now(self) -> datetime:
        return self.clock().astimezone(self.settings.tz)

    def today(self) -> date:
        return self.now().date()

    def asker(self, session: Session, telegram_user_id: int) -> Asker | None:
        """The member behind a Telegram account, or None for a stranger."""
        if telegram_user_id in self.acting_as:
            member_id = self.acting_as[telegram_user_id]
            if member_id is None:
                return Asker(None, render("secretariat_name"), secretariat=True)
            return self.names.member(session, member_id)
        return self.names.account(session, telegram_user_id)


def runtime(context: ContextTypes.DEFAULT_TYPE) -> Runtime:
    return context.bot_data["runtime"]  # type: ignore[no-any-return]
