"""The long-lived services every handler reaches through `context.bot_data`, built once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from telegram.ext import ContextTypes

from bot.services.catalogue import Catalogue
from bot.services.names import Candidate, NameIndex
from bot.settings import Settings
from storage import db
from storage.models import Member, Role


@dataclass(frozen=True, slots=True)
class Asker:
    """Who is asking: a member, the secretariat, or both."""

    member_id: int | None
    name: str
    secretariat: bool


class MemberNames:
    """The name index of every member, rebuilt only when the members change."""

    def __init__(self) -> None:
        self._version: tuple[int, int | None] | None = None
        self._index = NameIndex([])

    def index(self, session: Session) -> NameIndex:
        count, latest = session.exec(select(func.count(), func.max(Member.id))).one()  # type: ignore[call-overload]
        version = (int(count), latest)
        if version != self._version:
            members = session.exec(select(Member)).all()
            self._index = NameIndex(
                Candidate(m.id or 0, m.civility, m.first_name, m.last_name) for m in members
            )
            self._version = version
        return self._index


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    names: MemberNames = field(default_factory=MemberNames)
    catalogue: Catalogue = field(default_factory=Catalogue)
    # Console and tests: a Telegram user id acting as a member (or as the secretariat, None).
    acting_as: dict[int, int | None] = field(default_factory=dict)

    def session(self) -> Session:
        return db.session(self.engine)

    def now(self) -> datetime:
        return self.clock().astimezone(self.settings.tz)

    def today(self) -> date:
        return self.now().date()

    def asker(self, session: Session, telegram_user_id: int) -> Asker | None:
        """The member behind a Telegram account, or None for a stranger."""
        if telegram_user_id in self.acting_as:
            member_id = self.acting_as[telegram_user_id]
            if member_id is None:
                return Asker(None, "Secrétariat", secretariat=True)
            member = session.get(Member, member_id)
        else:
            member = session.exec(
                select(Member).where(Member.telegram_user_id == telegram_user_id)
            ).first()
        if member is None:
            return None
        return Asker(member.id, member.display_name, secretariat=member.role == Role.secretariat)


def runtime(context: ContextTypes.DEFAULT_TYPE) -> Runtime:
    return context.bot_data["runtime"]  # type: ignore[no-any-return]
