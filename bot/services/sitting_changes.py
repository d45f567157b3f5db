"""What the secretariat changes in a sitting once it is convened: cancel it, postpone it,
withdraw an item from its agenda or add one (a complementary convocation).

No telegram here. Each change is checked against the law (a new date, or an item added, is a
new convocation: the jours francs of DOMAIN.md apply), recorded with its audit entry, and owes
each convened member one notice in the outbox, of its own kind, so that pressing the same
button twice sends nobody anything twice. A change of a sitting not yet convened is made
without notice: the convocation, when it leaves, tells the whole of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from bot.services import convocations, sittings
from bot.services.convocations import CONVOCATION, ConvocationRefused, add_deliveries, correct
from bot.services.proxies import Actor, audit, published, sitting_starts_at
from storage import rules
from storage.models import Attendance, AuditEntry, Body, Delivery, Member, Proxy, Sitting
from storage.names import alphabetical

CANCELLED = "annulation"  # the sitting is cancelled: to every member convened
PROXY_VOID = "pouvoir-caduc"  # to the givers and holders of the proxies the cancellation voids
POSTPONED = convocations.POSTPONED  # « report-N »: the new date, a new convocation
WITHDRAWN = "retrait-"  # « retrait-N »: an item taken off the agenda
COMPLEMENT = "complement-"  # « complement-N »: a complementary convocation (an item added)
MOVED = "ordre-"  # « ordre-N »: an item moved in the agenda (a rectificatif, the same items)
# The changes whose notice names what changed (the item withdrawn or added): read back from the
# audit entry written with it, so the notice and the trace say the same.
_AUDITED = {
    WITHDRAWN: "sitting.item_withdrawn",
    COMPLEMENT: "sitting.item_added",
    MOVED: "sitting.item_moved",
    POSTPONED: "sitting.postponed",
}


@dataclass(frozen=True, slots=True)
class Done:
    """What a change did: members owed its notice, proxies it touched, whether it was done
    already (a second press)."""

    notified: int = 0
    proxies: int = 0
    already: bool = False
    convened: bool = True
    # the members convened whose Telegram account is not linked: to be told by other means
    unreachable: tuple[str, ...] = ()
    # postponed: the declarations of presence or absence made for the former day, void
    declarations: int = 0


def _told(
    session: Session, sitting: Sitting, kind: str, members: list[Member], now: datetime
) -> tuple[int, tuple[str, ...]]:
    """Owe each member the notice of `kind` (once: a second call writes nothing); how many
    can be sent it here, and who must be told otherwise."""
    add_deliveries(session, sitting, kind, members, now)
    away = tuple(m.display_name for m in members if m.telegram_user_id is None)
    return len(members) - len(away), away


def _convened(session: Session, sitting_id: int) -> list[Member]:
    """The members the sitting's convocation was written for (reached or not: the unreachable
    ones are shown to the secretariat again, to be told by other means)."""
    return sorted(
        session.exec(
            select(Member)
            .join(Delivery, col(Delivery.member_id) == Member.id)
            .where(Delivery.sitting_id == sitting_id, Delivery.kind == CONVOCATION)
        ).all(),
        key=lambda m: alphabetical(m.last_name, m.first_name),
    )


def reach(session: Session, sitting_id: int) -> tuple[int, int]:
    """How many members the sitting's convocation was written for, and how many of them can
    be told of a change here (a linked Telegram account): the others are the secretariat's."""
    members = _convened(session, sitting_id)
    return len(members), sum(1 for m in members if m.telegram_user_id is not None)


def _next_kind(session: Session, sitting_id: int, prefix: str) -> str:
    done = session.exec(
        select(Delivery.kind)
        .where(Delivery.sitting_id == sitting_id, col(Delivery.kind).startswith(prefix))
        .distinct()
    ).all()
    return f"{prefix}{len(done) + 1}"


def unchangeable(session: Session, sitting: Sitting, now: datetime, tz: ZoneInfo) -> str | None:
    """Why the sitting can no longer be changed (« cancelled », « held », « started »), or
    None while it is to come. Started: its printed hour has come (at 21:00 the Bureau of
    17:00 took place, and cancelling it then told every member it would not)."""
    if sitting.cancelled_at is not None:
        return "cancelled"
    if published(session, sitting) or sitting.held_on < now.astimezone(tz).date():
        return "held"
    if sitting.start_time is not None and now >= sitting_starts_at(sitting, tz):
        return "started"  # a sitting of no printed hour may still be changed on its day
    return None


def _changeable(session: Session, sitting: Sitting, now: datetime, tz: ZoneInfo) -> None:
    """A sitting is changed only while it is to come and not cancelled."""
    code = unchangeable(session, sitting, now, tz)
    if code is not None:
        raise ConvocationRefused(code, held_on=sitting.held_on)


def _notice_checked(
    body: Body, sitting: Sitting, held_on: datetime, now: datetime, tz: ZoneInfo, urgent: bool
) -> tuple[int, bool]:
    """The jours francs from today to the sitting, and whether urgency is recorded (only when
    the ordinary notice can no longer be given); ConvocationRefused « too_late » when short."""
    today = now.astimezone(tz).date()
    notice = rules.jours_francs(today, held_on.date())
    ordinary = rules.notice_days_required(body.notice_days, sitting.second_convocation)
    urgent = urgent and notice < ordinary
    required = rules.URGENT_NOTICE_DAYS if urgent else ordinary
    if notice < required:
        raise ConvocationRefused(
            "too_late",
            notice=notice,
            required=required,
            last_day=rules.last_day_to_send(held_on.date(), required),
            urgent=urgent,
        )
    return notice, urgent


def cancel(
    *, session: Session, sitting: Sitting, now: datetime, tz: ZoneInfo, actor: Actor
) -> Done:
    """Cancel the sitting: kept, marked cancelled; every member convened is told once, the
    proxies given for it are void and their givers and holders told. Done again, nothing."""
    if sitting.cancelled_at is not None:
        return Done(already=True, convened=sitting.convened_at is not None)
    _changeable(session, sitting, now, tz)
    sitting.cancelled_at = now
    session.add(sitting)
    proxies = list(
        session.exec(
            select(Proxy).where(Proxy.sitting_id == sitting.id, col(Proxy.revoked_at).is_(None))
        ).all()
    )
    for proxy in proxies:
        proxy.revoked_at, proxy.revoked_reason = now, "cancelled"
        session.add(proxy)
    convened = _convened(session, sitting.id or 0)
    notified, away = _told(session, sitting, CANCELLED, convened, now)
    told = {p.giver_id for p in proxies} | {p.holder_id for p in proxies}
    concerned = [m for m in session.exec(select(Member).where(col(Member.id).in_(told)))]
    add_deliveries(session, sitting, PROXY_VOID, concerned, now)
    audit(
        session,
        actor,
        "sitting.cancelled",
        sitting.id,
        kind=CANCELLED,
        members=notified,
        proxies_void=len(proxies),
    )
    session.commit()
    return Done(notified, len(proxies), convened=sitting.convened_at is not None, unreachable=away)


def sits_then(session: Session, sitting: Sitting, day: date) -> bool:
    """Whether the sitting's body already has another sitting that day (one a day)."""
    other = select(Sitting.id).where(
        Sitting.body_id == sitting.body_id,
        Sitting.held_on == day,
        Sitting.id != sitting.id,
        col(Sitting.cancelled_at).is_(None),  # a cancelled one no longer holds its day
    )
    return session.exec(other).first() is not None


def declared_for_the_day(session: Session, sitting: Sitting) -> list[Attendance]:
    """The declarations of presence or absence made for the sitting's day, which a new day
    voids (one could come on the 18th and not on the 8th; the new convocation asks again);
    a proxy giver's absence stands with the proxy, which names the sitting, not the day."""
    giving = set(
        session.exec(
            select(Proxy.giver_id).where(
                Proxy.sitting_id == sitting.id, col(Proxy.revoked_at).is_(None)
            )
        ).all()
    )
    return [
        a
        for a in session.exec(select(Attendance).where(Attendance.sitting_id == sitting.id))
        if a.member_id not in giving
    ]


def postpone(
    *,
    session: Session,
    sitting: Sitting,
    starts: datetime,
    now: datetime,
    tz: ZoneInfo,
    actor: Actor,
    urgent: bool = False,
    place: str = "",
) -> Done:
    """Move the sitting to `starts`. Convened, the new date is a new convocation: its jours
    francs are checked (urgency recorded only when asked and needed) and every member convened
    is sent it. The proxies given for the sitting stand (a proxy names the sitting, whose agenda
    is the same, and stays revocable): the notice says so, and how to withdraw one. A new
    `place` said with the day is the convocation's too."""
    _changeable(session, sitting, now, tz)
    sittings.check_start(starts, now)
    body = session.get(Body, sitting.body_id)
    assert body is not None
    local = starts.astimezone(tz)
    if sits_then(session, sitting, local.date()):
        raise ConvocationRefused("exists", held_on=local.date())
    was = sitting.held_on
    moved = {"place": place} if place else {}
    sitting.place = place or sitting.place
    if sitting.convened_at is None:
        sitting.held_on, sitting.start_time = local.date(), local.time().replace(tzinfo=None)
        session.add(sitting)
        audit(
            session, actor, "sitting.updated", sitting.id, date=local.date().isoformat(), **moved
        )
        session.commit()
        return Done(convened=False)
    notice, urgent = _notice_checked(body, sitting, local, now, tz, urgent)
    void = declared_for_the_day(session, sitting)
    for declaration in void:
        session.delete(declaration)
    kind = _next_kind(session, sitting.id or 0, POSTPONED)
    sitting.postponed_from = was
    sitting.held_on, sitting.start_time = local.date(), local.time().replace(tzinfo=None)
    sitting.convened_on, sitting.convened_at = now.astimezone(tz).date(), now
    sitting.urgent = urgent
    session.add(sitting)
    kept = session.exec(
        select(Proxy.id).where(Proxy.sitting_id == sitting.id, col(Proxy.revoked_at).is_(None))
    ).all()
    notified, away = _told(session, sitting, kind, _convened(session, sitting.id or 0), now)
    audit(
        session,
        actor,
        "sitting.postponed",
        sitting.id,
        kind=kind,
        was=was.isoformat(),
        date=local.date().isoformat(),
        time=local.strftime("%H:%M"),
        urgent=urgent,
        jours_francs=notice,
        members=notified,
        proxies_kept=len(kept),
        declarations_void=len(void),
        **moved,
    )
    session.commit()
    return Done(notified, len(kept), unreachable=away, declarations=len(void))


def withdraw_item(
    *,
    session: Session,
    sitting: Sitting,
    index: int,
    now: datetime,
    tz: ZoneInfo,
    actor: Actor,
) -> Done:
    """Take the item at `index` (from 0) off the agenda; convened members are told which."""
    agenda = _agenda_to_change(session, sitting, index, now, tz)
    item = agenda.pop(index)
    sitting.agenda = agenda
    session.add(sitting)
    return _agenda_changed(
        session,
        sitting,
        now,
        actor,
        WITHDRAWN,
        "sitting.item_withdrawn",
        item=item,
        rank=index + 1,
    )


def move_item(
    *,
    session: Session,
    sitting: Sitting,
    index: int,
    to: int,
    now: datetime,
    tz: ZoneInfo,
    actor: Actor,
    swap: bool = False,
) -> Done:
    """Move the item at `index` to `to` (both from 0, `to` in the agenda without it), or,
    `swap`, exchange it with the item at `to`: the same items in another order, so no delay
    applies; convened members are told which."""
    agenda = _agenda_to_change(session, sitting, index, now, tz)
    item, other = agenda[index], None
    if swap and 0 <= to < len(agenda):
        other = agenda[to]
        agenda[index], agenda[to] = other, item
    else:
        agenda.pop(index)
        agenda.insert(min(max(to, 0), len(agenda)), item)
    sitting.agenda = agenda
    session.add(sitting)
    return _agenda_changed(
        session,
        sitting,
        now,
        actor,
        MOVED,
        "sitting.item_moved",
        item=item,
        rank=agenda.index(item) + 1,
        former=index + 1,
        other=other,
    )


def _agenda_to_change(
    session: Session, sitting: Sitting, index: int, now: datetime, tz: ZoneInfo
) -> list[str]:
    """The agenda of a sitting that may still change, its item at `index` there (refused
    otherwise), as a list to change."""
    _changeable(session, sitting, now, tz)
    agenda = list(sitting.agenda or [])
    if not 0 <= index < len(agenda):
        raise ConvocationRefused("no_item", rank=index + 1, count=len(agenda))
    return agenda


def _agenda_changed(
    session: Session,
    sitting: Sitting,
    now: datetime,
    actor: Actor,
    prefix: str,
    action: str,
    **details: object,
) -> Done:
    """The agenda changed: convened, each member convened is owed its notice (kind `prefix`-N);
    the change audited with what the notice will name."""
    convened = sitting.convened_at is not None
    kind = _next_kind(session, sitting.id or 0, prefix) if convened else ""
    notified, away = (
        _told(session, sitting, kind, _convened(session, sitting.id or 0), now)
        if convened
        else (0, ())
    )
    audit(session, actor, action, sitting.id, kind=kind, members=notified, **details)
    session.commit()
    return Done(notified, convened=convened, unreachable=away)


def add_item(
    *,
    session: Session,
    sitting: Sitting,
    items: list[str],
    now: datetime,
    tz: ZoneInfo,
    actor: Actor,
    urgent: bool = False,
    place: str = "",
    at: int | None = None,
) -> Done:
    """Add items at the end of the agenda, in the order typed (or from rank `at`, when the
    order said where: « après le point 2 »; past the end, at the end). Convened, it is one
    complementary convocation naming them all, which must itself leave the jours francs
    before the sitting (urgency as for any)."""
    _changeable(session, sitting, now, tz)
    body = session.get(Body, sitting.body_id)
    assert body is not None
    convened = sitting.convened_at is not None
    notice, recorded = 0, False
    if convened:
        starts = sittings.wall_clock(sitting.held_on, sitting.start_time or _NOON, tz)
        notice, recorded = _notice_checked(body, sitting, starts, now, tz, urgent)
    agenda = list(sitting.agenda or [])
    index = len(agenda) if at is None else min(max(at, 1) - 1, len(agenda))
    sitting.agenda = [*agenda[:index], *items, *agenda[index:]]
    session.add(sitting)
    return _agenda_changed(
        session,
        sitting,
        now,
        actor,
        COMPLEMENT,
        "sitting.item_added",
        item=items[0],
        items=items,
        rank=index + 1,
        urgent=recorded,
        jours_francs=notice,
    )


_NOON = datetime.min.time().replace(hour=12)


def move_place(
    *, session: Session, sitting: Sitting, place: str, now: datetime, tz: ZoneInfo, actor: Actor
) -> Done:
    """Another place, same day and hour: convened, each member convened is sent a corrective
    notice (« correction-N », its calendar updated), as the command line does."""
    _changeable(session, sitting, now, tz)
    sitting.place = place
    return _corrected(session, sitting, now, actor, {"place": place})


def move_hour(
    *, session: Session, sitting: Sitting, starts: datetime, now: datetime, tz: ZoneInfo,
    actor: Actor, place: str = "",
) -> Done:  # fmt: skip
    """Another hour the same day (and another `place` when said with it): a corrective notice,
    as for a place; the jours francs count days, so the notice given stands (the declarations
    too: the day is the same)."""
    _changeable(session, sitting, now, tz)
    sittings.check_start(starts, now)
    local = starts.astimezone(tz)
    if local.date() != sitting.held_on:
        raise ConvocationRefused("same_date", held_on=sitting.held_on)
    sitting.start_time = local.time().replace(tzinfo=None)
    sitting.place = place or sitting.place
    changes: dict[str, object] = {"time": local.strftime("%H:%M")}
    if place:
        changes["place"] = place
    return _corrected(session, sitting, now, actor, changes)


def _corrected(
    session: Session, sitting: Sitting, now: datetime, actor: Actor, changes: dict[str, object]
) -> Done:
    session.add(sitting)
    if sitting.convened_at is None:
        audit(session, actor, "sitting.updated", sitting.id, **changes)
        session.commit()
        return Done(convened=False)
    members = _convened(session, sitting.id or 0)
    correct(session=session, sitting=sitting, now=now, actor=actor, changes=changes)
    away = tuple(m.display_name for m in members if m.telegram_user_id is None)
    return Done(len(members) - len(away), unreachable=away)


def change_of(session: Session, sitting_id: int, kind: str) -> dict[str, object]:
    """What the notice of `kind` tells (the item withdrawn or added, the former date): the
    details of the audit entry written with it; empty for the other kinds."""
    action = next((a for prefix, a in _AUDITED.items() if kind.startswith(prefix)), None)
    if action is None:
        return {}
    for entry in session.exec(
        select(AuditEntry)
        .where(AuditEntry.sitting_id == sitting_id, AuditEntry.action == action)
        .order_by(col(AuditEntry.id).desc())
    ):
        if entry.details.get("kind") == kind:
            details = dict(entry.details)
            if isinstance(was := details.get("was"), str):
                details["was"] = date.fromisoformat(was)
            return details
    return {}
