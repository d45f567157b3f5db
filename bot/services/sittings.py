"""Creating a sitting to come, from the CLI or from the secretariat's conversation."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, func, select

from bot.services.proxies import Actor, audit
from storage import cues
from storage.models import Body, Membership, Sitting

# « 1. Approbation du procès-verbal », « 2) Voirie », « 3 - Budget »: the number an agenda file
# types before an item, which the answers number again (« 1. 1. Approbation … »)
_ITEM_NUMBER = cues.plain(r"^\s*\d{1,3}\s*[.)°–-]\s+")

# The column's own limit, so that a longer place is refused with a sentence, not by the database.
PLACE_MAX_CHARS: int = Sitting.__table__.c.place.type.length  # type: ignore[attr-defined]


class SittingExists(Exception):
    """The body already sits that day (one sitting per body and date)."""


class NoSuchTime(ValueError):
    """The wall-clock time does not exist that day: the clocks go forward over it."""


def wall_clock(day: date, at: time, tz: ZoneInfo) -> datetime:
    """A sitting's start as the secretariat writes it, at the body's seat.

    On the night the clocks go forward (the last Sunday of March in France) 2:30 never
    happens: such a sitting was created, convened and announced at an hour no clock shows,
    so it is refused. On the night they go back, the first 2:30 is meant (summer time)."""
    starts = datetime.combine(day, at, tzinfo=tz)
    if starts.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != starts.replace(tzinfo=None):
        raise NoSuchTime(starts.isoformat())
    return starts


def create_sitting(
    *,
    session: Session,
    body: Body,
    starts: datetime,
    place: str | None,
    agenda: list[str],
    actor: Actor,
) -> Sitting:
    """`starts` is the local time at the body's seat; members in office are counted now."""
    if session.exec(
        select(Sitting.id).where(Sitting.body_id == body.id, Sitting.held_on == starts.date())
    ).first():
        raise SittingExists(body.name)
    in_office = session.exec(
        select(func.count())
        .select_from(Membership)
        .where(Membership.body_id == body.id, col(Membership.active).is_(True))
    ).one()
    sitting = Sitting(
        body_id=body.id or 0,
        held_on=starts.date(),
        start_time=starts.time().replace(tzinfo=None),
        place=place,
        agenda=[kept for item in agenda if (kept := _ITEM_NUMBER.sub("", item).strip())],
        in_office=in_office,
    )
    session.add(sitting)
    session.flush()
    audit(session, actor, "sitting.created", sitting.id, at=starts.isoformat())
    session.commit()
    return sitting
