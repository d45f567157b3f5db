"""Proxies and declared attendance before a sitting: the law applied, the trace kept.

No telegram here: the handlers, the CLI and the benchmarks call these with a session. The
database's unique indexes decide a race (two givers for one holder at the same instant); the
checks before the insert only choose the friendly refusal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage import lookups, rules
from storage.models import (
    Attendance,
    AttendanceStatus,
    AuditEntry,
    Body,
    Deliberation,
    Delivery,
    Member,
    Membership,
    Proxy,
    Sitting,
)
from storage.names import alphabetical
from storage.rules import ProxyRefusal


class ProxyRefused(Exception):
    """The law, or the member's own situation, forbids it; `code` picks the French sentence."""

    def __init__(self, code: ProxyRefusal, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts, for the audit log: a member through a Telegram account, or the secretariat."""

    member_id: int | None
    telegram_user_id: int | None = None
    channel: str = "telegram"  # telegram | console | cli


def audit(
    session: Session, actor: Actor, action: str, sitting_id: int | None, **details: Any
) -> None:
    session.add(
        AuditEntry(
            actor_member_id=actor.member_id,
            telegram_user_id=actor.telegram_user_id,
            action=action,
            sitting_id=sitting_id,
            details={"channel": actor.channel, **details},
        )
    )


def coming_sittings(
    session: Session, member_id: int, today: date, limit: int = 3, *, cancelled: bool = False
) -> list[Sitting]:
    """The member's next sittings (every body they sit in), soonest first; `cancelled`: those
    cancelled instead (« je serai absent le 17 » when the 17th's was cancelled)."""
    return list(
        session.exec(
            select(Sitting)
            .join(Membership, col(Membership.body_id) == Sitting.body_id)
            .where(
                Membership.member_id == member_id,
                col(Membership.active).is_(True),
                Sitting.held_on >= today,
                col(Sitting.cancelled_at).is_not(None)
                if cancelled
                else col(Sitting.cancelled_at).is_(None),
            )
            .order_by(col(Sitting.held_on), col(Sitting.start_time))
            .limit(limit)
        )
    )


@dataclass(frozen=True)
class Recorded:
    """What the store holds of one member for one coming sitting: the proxy given (its
    holder's id), those carried (their givers' ids), the attendance declared, the receipt of
    the convocation."""

    sitting_id: int
    given_to: int | None
    held_from: tuple[int, ...]
    declared: AttendanceStatus | None
    acknowledged_at: datetime | None
    # « late », « leaving »: what the member said of their moves with the presence
    moves: tuple[str, ...] = ()

    @property
    def anything(self) -> bool:
        return bool(
            self.given_to or self.held_from or self.declared or self.acknowledged_at is not None
        )


def recorded_for(session: Session, member_id: int, today: date) -> list[Recorded]:
    """« c'est bien enregistré ? »: for each of the member's coming sittings, what is recorded
    of them (nothing recorded is a line too: the answer says so)."""
    lines = []
    for sitting in coming_sittings(session, member_id, today):
        sitting_id = sitting.id or 0
        given = active_proxy_given(session, sitting_id, member_id)
        held = tuple(p.giver_id for p in _active(session, sitting_id) if p.holder_id == member_id)
        attendance = _attendance(session, sitting_id, member_id)
        receipt = session.exec(
            select(Delivery.acknowledged_at).where(
                Delivery.sitting_id == sitting_id,
                Delivery.member_id == member_id,
                Delivery.kind == "convocation",
            )
        ).first()
        lines.append(
            Recorded(
                sitting_id=sitting_id,
                given_to=given.holder_id if given is not None else None,
                held_from=held,
                declared=attendance.status if attendance is not None else None,
                acknowledged_at=receipt,
                moves=declared_moves(session, sitting_id).get(member_id, ((), None))[0],
            )
        )
    return lines


def sitting_starts_at(sitting: Sitting, tz: ZoneInfo) -> datetime:
    """A sitting without a printed time is taken to start at midnight: the safe side."""
    return datetime.combine(sitting.held_on, sitting.start_time or time(0, 0), tzinfo=tz)


def registration_deadline(sitting: Sitting, body: Body, tz: ZoneInfo) -> datetime:
    return sitting_starts_at(sitting, tz) - timedelta(minutes=body.proxy_deadline_minutes)


def registration_open(session: Session, sitting: Sitting, now: datetime, tz: ZoneInfo) -> bool:
    """Whether proxies for the sitting may still be given, changed or confirmed (and
    presences declared, convocations answered): before its deadline, and while no act of it
    is published. A document printed « 04 JUILLET 2999 » made its sitting one « to come »:
    members gave proxies for it, and could replace the proxies it printed."""
    body = session.get(Body, sitting.body_id)
    assert body is not None
    return (
        sitting.cancelled_at is None
        and now < registration_deadline(sitting, body, tz)
        and not published(session, sitting)
    )


def declarations_open(session: Session, sitting: Sitting, now: datetime, tz: ZoneInfo) -> bool:
    """Whether a presence or an absence may still be declared: before the sitting starts,
    and while no act of it is published."""
    return (
        sitting.cancelled_at is None
        and now < sitting_starts_at(sitting, tz)
        and not published(session, sitting)
    )


def arrival_open(session: Session, sitting: Sitting, now: datetime, tz: ZoneInfo) -> bool:
    """Whether « je suis là » is an arrival at the sitting under way: its day, once started,
    while nothing of it is published (the signed sheet, recorded after, is what counts)."""
    return (
        sitting.cancelled_at is None
        and sitting.held_on == now.astimezone(tz).date()
        and now >= sitting_starts_at(sitting, tz)
        and not published(session, sitting)
    )


def record_arrival(
    *, session: Session, sitting_id: int, member_id: int, now: datetime, actor: Actor
) -> None:
    """A member arrived at the sitting under way: present, from now."""
    _set_attendance(session, sitting_id, member_id, AttendanceStatus.present, now)
    audit(session, actor, "attendance.arrived", sitting_id, member_id=member_id)
    session.commit()


def published(session: Session, sitting: Sitting) -> bool:
    """Whether an act of the sitting is published: then it was held, whatever its date."""
    published = select(Deliberation.id).where(Deliberation.sitting_id == sitting.id).limit(1)
    return session.exec(published).first() is not None


def _active(session: Session, sitting_id: int) -> list[Proxy]:
    return list(
        session.exec(
            select(Proxy).where(Proxy.sitting_id == sitting_id, col(Proxy.revoked_at).is_(None))
        )
    )


def _in_body(session: Session, body_id: int, member_id: int) -> bool:
    return (
        session.exec(
            select(Membership.id).where(
                Membership.body_id == body_id,
                Membership.member_id == member_id,
                col(Membership.active).is_(True),
            )
        ).first()
        is not None
    )


def _attendance(session: Session, sitting_id: int, member_id: int) -> Attendance | None:
    return session.exec(
        select(Attendance).where(
            Attendance.sitting_id == sitting_id, Attendance.member_id == member_id
        )
    ).first()


def declared_present(session: Session, sitting_id: int, member_id: int) -> bool:
    """Whether the member said they will attend the sitting (« je serai là jeudi »): a proxy
    they give then replaces that word, which the offer says."""
    attendance = _attendance(session, sitting_id, member_id)
    return attendance is not None and attendance.status == AttendanceStatus.present


def consecutive_sittings_represented(session: Session, sitting: Sitting, giver_id: int) -> int:
    """How many of the body's sittings just before this one the giver was represented at."""
    previous = session.exec(
        select(Sitting.id)
        .where(Sitting.body_id == sitting.body_id, Sitting.held_on < sitting.held_on)
        .order_by(col(Sitting.held_on).desc())
        .limit(rules.MAX_CONSECUTIVE_PROXY_SITTINGS)
    ).all()
    represented = set(
        session.exec(
            select(Proxy.sitting_id).where(
                Proxy.giver_id == giver_id,
                col(Proxy.sitting_id).in_(previous),
                col(Proxy.revoked_at).is_(None),
            )
        )
    )
    count = 0
    for sitting_id in previous:
        if sitting_id not in represented:
            break
        count += 1
    return count


def refusal(
    session: Session,
    sitting: Sitting,
    giver_id: int,
    holder_id: int,
    now: datetime,
    tz: ZoneInfo,
    *,
    replacing: bool = False,
) -> ProxyRefusal | None:
    """The reason code the law gives against this proxy now, or None."""
    body = session.get(Body, sitting.body_id)
    assert body is not None
    assert sitting.id is not None
    active = _active(session, sitting.id)
    holder_attendance = _attendance(session, sitting.id, holder_id)
    return rules.proxy_refusal(
        same_person=giver_id == holder_id,
        giver_in_body=_in_body(session, body.id or 0, giver_id),
        holder_in_body=_in_body(session, body.id or 0, holder_id),
        registration_open=registration_open(session, sitting, now, tz),
        giver_already_gave=not replacing and any(p.giver_id == giver_id for p in active),
        holder_proxies_held=sum(
            p.holder_id == holder_id and not (replacing and p.giver_id == giver_id) for p in active
        ),
        holder_gave_own=any(p.giver_id == holder_id for p in active),
        giver_holds=any(p.holder_id == giver_id for p in active),
        holder_declared_absent=holder_attendance is not None
        and holder_attendance.status != AttendanceStatus.present,
        consecutive_sittings_represented=consecutive_sittings_represented(
            session, sitting, giver_id
        ),
        on=sitting.held_on,
    )


def free_holders(
    session: Session, sitting: Sitting, giver_id: int, now: datetime, tz: ZoneInfo, most: int
) -> list[Member]:
    """« À qui donnez-vous pouvoir ? »: the first `most` colleagues, alphabetical, declared
    present at the sitting who could take the giver's proxy now (the same refusal as
    registering it); the others may still declare themselves and take it."""
    assert sitting.id is not None
    present = session.exec(
        select(Member)
        .join(Attendance, col(Attendance.member_id) == Member.id)
        .where(
            Attendance.sitting_id == sitting.id,
            Attendance.status == AttendanceStatus.present,
            col(Member.id) != giver_id,
        )
    ).all()
    free: list[Member] = []
    for member in sorted(present, key=lambda m: alphabetical(m.last_name, m.first_name)):
        if len(free) == most:
            break  # (each check reads the sitting's proxies: a Conseil's worth is not needed)
        if refusal(session, sitting, giver_id, member.id or 0, now, tz) is None:
            free.append(member)
    return free


def _held(session: Session, sitting_id: int) -> Sitting | None:
    """The sitting, its row locked until the transaction ends (PostgreSQL; SQLite has one
    writer at a time anyway). The indexes keep one proxy per giver and per holder, but no
    index sees across rows: ARTIGUES giving to BERGER while BERGER gave to DEGRAIX, on two
    replicas at once, each checked the law before the other's row existed and both were
    stored, a chain. Proxies and declarations of one sitting are checked and written in turn;
    other sittings' are not held up."""
    return session.exec(
        select(Sitting)
        .where(col(Sitting.id) == sitting_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()


def register_proxy(
    *,
    session: Session,
    sitting_id: int,
    giver_id: int,
    holder_id: int,
    now: datetime,
    tz: ZoneInfo,
    actor: Actor,
    replace: bool = False,
    offer: int | None = None,
) -> Proxy:
    """Register and commit the proxy, or raise ProxyRefused with the law's reason.

    With `replace`, the giver's current proxy for that sitting is revoked in the same
    transaction, so there is never a moment with two or none. The same proxy asked again is
    the one already stored, returned as it is: a second press of « Confirmer », or a retry
    after the database committed but the connection died before saying so.

    `offer`: the message of the actor's chat whose « Confirmer » was pressed. An offer
    registers one proxy: pressed again once that proxy was withdrawn or replaced (an old
    message scrolled back to), it registered it anew, and told the holder again, behind the
    member's withdrawal.
    """
    sitting = _held(session, sitting_id)
    if sitting is None:
        raise ProxyRefused(ProxyRefusal.NO_SITTING)
    if (same := same_proxy(session, sitting_id, giver_id, holder_id)) is not None:
        return same
    if offer is not None and offer_spent(session, sitting_id, actor, offer):
        raise ProxyRefused(ProxyRefusal.OFFER_SPENT)
    code = refusal(session, sitting, giver_id, holder_id, now, tz, replacing=replace)
    if code is not None:
        raise ProxyRefused(code)
    replaced = None
    if replace:
        replaced = session.exec(
            select(Proxy).where(
                Proxy.sitting_id == sitting_id,
                Proxy.giver_id == giver_id,
                col(Proxy.revoked_at).is_(None),
            )
        ).first()
        if replaced is not None:
            replaced.revoked_at, replaced.revoked_reason = now, "replaced"
            session.add(replaced)
            session.flush()
    proxy = Proxy(
        sitting_id=sitting_id,
        giver_id=giver_id,
        holder_id=holder_id,
        source=actor.channel,
        registered_at=now,
        registered_by_telegram_id=actor.telegram_user_id,
    )
    session.add(proxy)
    try:
        session.flush()
    except IntegrityError:
        # Someone else got there between our check and our insert: the index decided.
        session.rollback()
        if (same := same_proxy(session, sitting_id, giver_id, holder_id)) is not None:
            return same  # the same press, processed twice at once
        raise ProxyRefused(
            refusal(session, sitting, giver_id, holder_id, now, tz)
            or ProxyRefusal.HOLDER_ALREADY_HOLDS
        ) from None
    _set_attendance(session, sitting_id, giver_id, AttendanceStatus.represented, now)
    audit(
        session,
        actor,
        REGISTERED,
        sitting_id,
        proxy_id=proxy.id,
        giver_id=giver_id,
        holder_id=holder_id,
        replaced_proxy_id=replaced.id if replaced else None,
        offer=offer,
    )
    session.commit()
    return proxy


REGISTERED = "proxy.registered"


def offer_spent(session: Session, sitting_id: int, actor: Actor, offer: int) -> bool:
    """Whether the offer (a message of the actor's chat) already registered a proxy for the
    sitting."""
    if actor.telegram_user_id is None:
        return False
    entries = session.exec(
        select(AuditEntry).where(
            AuditEntry.action == REGISTERED,
            AuditEntry.sitting_id == sitting_id,
            AuditEntry.telegram_user_id == actor.telegram_user_id,
        )
    )
    return any(entry.details.get("offer") == offer for entry in entries)


HOLDER_TOLD = "proxy.holder_told"


def holder_told(session: Session, proxy: Proxy) -> bool:
    """Whether the holder has been told of this proxy: « Confirmer » pressed twice, or a
    proxy asked again, tells them once; a press whose answer was lost before they were told
    tells them then."""
    entries = session.exec(
        select(AuditEntry).where(
            AuditEntry.action == HOLDER_TOLD, AuditEntry.sitting_id == proxy.sitting_id
        )
    )
    return any(entry.details.get("proxy_id") == proxy.id for entry in entries)


def record_holder_told(session: Session, proxy: Proxy, actor: Actor) -> None:
    audit(session, actor, HOLDER_TOLD, proxy.sitting_id, proxy_id=proxy.id)
    session.commit()


def same_proxy(session: Session, sitting_id: int, giver_id: int, holder_id: int) -> Proxy | None:
    """The giver's active proxy for the sitting if it already goes to this holder."""
    proxy = active_proxy_given(session, sitting_id, giver_id)
    return proxy if proxy is not None and proxy.holder_id == holder_id else None


def active_proxy_given(session: Session, sitting_id: int, giver_id: int) -> Proxy | None:
    return session.exec(
        select(Proxy).where(
            Proxy.sitting_id == sitting_id,
            Proxy.giver_id == giver_id,
            col(Proxy.revoked_at).is_(None),
        )
    ).first()


def active_proxies_held(session: Session, holder_id: int, since: date) -> list[Proxy]:
    """The proxies a member carries for sittings on or after `since`, soonest first."""
    return list(
        session.exec(
            select(Proxy)
            .join(Sitting, col(Sitting.id) == Proxy.sitting_id)
            .where(
                Proxy.holder_id == holder_id,
                col(Proxy.revoked_at).is_(None),
                col(Sitting.held_on) >= since,
            )
            .order_by(col(Sitting.held_on))
        )
    )


def end_proxy(
    *,
    session: Session,
    proxy: Proxy,
    reason: str,
    now: datetime,
    tz: ZoneInfo,
    actor: Actor,
) -> Proxy:
    """Revoke (by the giver) or decline (by the holder) an active proxy, before the deadline."""
    sitting = session.get(Sitting, proxy.sitting_id)
    body = session.get(Body, sitting.body_id) if sitting else None
    if sitting is None or body is None:
        raise ProxyRefused(ProxyRefusal.NO_SITTING)
    if proxy.revoked_at is not None:
        raise ProxyRefused(ProxyRefusal.ALREADY_ENDED)
    if not registration_open(session, sitting, now, tz):
        raise ProxyRefused(ProxyRefusal.REGISTRATION_CLOSED)
    proxy.revoked_at, proxy.revoked_reason = now, reason
    session.add(proxy)
    attendance = _attendance(session, proxy.sitting_id, proxy.giver_id)
    if attendance is not None and attendance.status == AttendanceStatus.represented:
        attendance.status = AttendanceStatus.excused
        session.add(attendance)
    audit(
        session,
        actor,
        f"proxy.{reason}",
        proxy.sitting_id,
        proxy_id=proxy.id,
        giver_id=proxy.giver_id,
        holder_id=proxy.holder_id,
    )
    session.commit()
    return proxy


def _set_attendance(
    session: Session, sitting_id: int, member_id: int, status: AttendanceStatus, now: datetime
) -> None:
    attendance = _attendance(session, sitting_id, member_id) or Attendance(
        sitting_id=sitting_id, member_id=member_id, status=status
    )
    attendance.status, attendance.declared_at = status, now
    session.add(attendance)


def declare_attendance(
    *,
    session: Session,
    sitting_id: int,
    member_id: int,
    present: bool,
    now: datetime,
    tz: ZoneInfo,
    actor: Actor,
    late: bool = False,
    leaving: bool = False,
) -> None:
    """« Je serai présent(e) / absent(e) »; a member who holds a proxy cannot declare absence.
    `late`, `leaving`: « je serai en retard », « je partirai avant la fin », kept with the
    presence in the audit trail (`declared_moves` reads them back)."""
    sitting = _held(session, sitting_id)
    body = session.get(Body, sitting.body_id) if sitting else None
    if sitting is None or body is None:
        raise ProxyRefused(ProxyRefusal.NO_SITTING)
    if not declarations_open(session, sitting, now, tz):
        raise ProxyRefused(ProxyRefusal.REGISTRATION_CLOSED)
    active = _active(session, sitting_id)
    if not present and any(p.holder_id == member_id for p in active):
        raise ProxyRefused(ProxyRefusal.HOLDER_CANNOT_BE_ABSENT)
    if present and any(p.giver_id == member_id for p in active):
        raise ProxyRefused(ProxyRefusal.GIVER_CANNOT_BE_PRESENT)
    status = AttendanceStatus.present if present else AttendanceStatus.excused
    _set_attendance(session, sitting_id, member_id, status, now)
    moves = {"late": late, "leaving": leaving} if present else {}
    audit(
        session, actor, f"attendance.{status.value}", sitting_id, member_id=member_id,
        **{move: True for move, said in moves.items() if said},
    )  # fmt: skip
    session.commit()


# What a member's own word says of their moves at a sitting, newest declaration first
_MOVES_DECLARED = ("attendance.present", "attendance.excused", "attendance.arrived")


def declared_moves(
    session: Session, sitting_id: int
) -> dict[int, tuple[tuple[str, ...], datetime | None]]:
    """The members who told the assistant they come late (« late »), leave early (« leaving »)
    or arrived once the sitting began (« arrived », « je suis là »), by member, with when they
    said it: their latest declaration only (« finalement je serai absent » drops the lateness),
    and only those still counted present."""
    entries = session.exec(
        select(AuditEntry)
        .where(AuditEntry.sitting_id == sitting_id, col(AuditEntry.action).in_(_MOVES_DECLARED))
        .order_by(col(AuditEntry.id))
    ).all()
    latest = {int(e.details.get("member_id") or 0): e for e in entries}
    # when each said it, on the assistant's clock (the audit's own stamp is the machine's)
    present = {
        member_id: declared_at
        for member_id, declared_at in session.exec(
            select(Attendance.member_id, Attendance.declared_at).where(
                Attendance.sitting_id == sitting_id,
                Attendance.status == AttendanceStatus.present,
            )
        ).all()
    }
    moves: dict[int, tuple[tuple[str, ...], datetime | None]] = {}
    for member_id, entry in latest.items():
        kinds = (
            ("arrived",)
            if entry.action == "attendance.arrived"
            else tuple(k for k in ("late", "leaving") if entry.details.get(k))
        )
        if kinds and member_id in present:
            moves[member_id] = (kinds, present[member_id])
    return moves


@dataclass(frozen=True, slots=True)
class QuorumForecast:
    in_office: int
    required: int
    declared_present: int
    declared_absent: int
    proxies: int
    unanswered: int
    unanswered_names: list[str] = field(default_factory=list)

    @property
    def at_risk(self) -> bool:
        """Quorum is not yet secured by those who said they will come."""
        return self.declared_present < self.required

    @property
    def impossible(self) -> bool:
        return self.declared_present + self.unanswered < self.required


def quorum_forecast(*, session: Session, sitting: Sitting) -> QuorumForecast:
    members = lookups.seated(session, sitting.body_id)
    statuses = {
        a.member_id: a.status
        for a in session.exec(select(Attendance).where(Attendance.sitting_id == sitting.id))
    }
    in_office = sitting.in_office or len(members)
    present = sum(statuses.get(m.id or 0) == AttendanceStatus.present for m in members)
    unanswered = [m for m in members if (m.id or 0) not in statuses]
    return QuorumForecast(
        in_office=in_office,
        required=rules.quorum_required(in_office, sitting.held_on, sitting.second_convocation),
        declared_present=present,
        declared_absent=len(members) - present - len(unanswered),
        proxies=len(_active(session, sitting.id or 0)),
        unanswered=len(unanswered),
        unanswered_names=[m.display_name for m in unanswered],
    )


@dataclass(frozen=True)
class ProxyLine:
    giver_id: int
    holder_id: int
    giver: str
    holder: str


@dataclass(frozen=True)
class ComingDeclarations:
    """What members said ahead of a sitting: who will come, who will not, the proxies."""

    present: list[str]
    absent: list[str]
    proxies: list[ProxyLine]


def coming_declarations(*, session: Session, sitting_id: int) -> ComingDeclarations:
    rows = sorted(
        session.exec(
            select(Attendance, Member)
            .join(Member, col(Member.id) == Attendance.member_id)
            .where(Attendance.sitting_id == sitting_id)
        ).all(),
        key=lambda row: alphabetical(row[1].last_name, row[1].first_name),
    )
    present = [m.display_name for a, m in rows if a.status == AttendanceStatus.present]
    absent = [m.display_name for a, m in rows if a.status != AttendanceStatus.present]
    lines = []
    for proxy in _active(session, sitting_id):
        giver = session.get(Member, proxy.giver_id)
        holder = session.get(Member, proxy.holder_id)
        if giver is not None and holder is not None:
            lines.append(
                ProxyLine(proxy.giver_id, proxy.holder_id, giver.display_name, holder.display_name)
            )
    return ComingDeclarations(present, absent, sorted(lines, key=lambda p: p.giver))
