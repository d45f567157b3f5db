"""Creating a sitting to come, from the CLI or from the secretariat's conversation."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, func, select

from bot.services.proxies import Actor, audit
from storage.models import Body, Membership, Sitting

# The column's own limit, so that a longer place is refused with a sentence, not by the database.
PLACE_MAX_CHARS: int = Sitting.__table__.c.place.type.length  # type: ignore[attr-defined]


class SittingExists(Exception):
    """The body already sits that day (one sitting per body and date)."""


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
        agenda=[item.strip() for item in agenda if item.strip()],
        in_office=in_office,
    )
    session.add(sitting)
    session.flush()
    audit(session, actor, "sitting.created", sitting.id, at=starts.isoformat())
    session.commit()
    return sitting
