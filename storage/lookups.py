"""Read-only look-ups that answer members' questions: sittings by partial date or period, a
member's place in one sitting, a member's record, deliberations over a period, numbers as typed.

Kept apart from storage/queries.py (which other features extend) and free of any wording:
answerers in bot/services/answers.py turn these facts into sentences.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import PurePath
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy import func
from sqlmodel import Session, col, select

from storage import cues
from storage.models import (
    Attendance,
    AttendanceStatus,
    Body,
    Deliberation,
    FundedAction,
    ImportedDocument,
    ImportFinding,
    ItemAttendance,
    Member,
    Membership,
    Proxy,
    Sitting,
)
from storage.names import alphabetical, feminine, fold, strip_accents
from storage.queries import council_findings


@dataclass(frozen=True, slots=True)
class SittingBrief:
    id: int
    body: str
    held_on: date


def _not_replaced() -> Any:
    """A cancelled sitting is left out where its body sits again the same day (the day is
    free once cancelled): « le bureau du 17 » is the one held."""
    other = sa.orm.aliased(Sitting)
    again = sa.exists().where(
        col(other.body_id) == col(Sitting.body_id),
        col(other.held_on) == col(Sitting.held_on),
        col(other.cancelled_at).is_(None),
        col(other.id) != col(Sitting.id),
    )
    return sa.or_(col(Sitting.cancelled_at).is_(None), ~again)


def _briefs(
    session: Session,
    body_ids: list[int] | None,
    *conditions: Any,
    newest_first: bool = True,
    limit: int | None = None,
    council_id: int | None = None,
) -> list[SittingBrief]:
    query = select(col(Sitting.id), col(Body.name), col(Sitting.held_on)).join(
        Body, col(Body.id) == Sitting.body_id
    )
    held_on = col(Sitting.held_on)
    query = query.order_by(held_on.desc() if newest_first else held_on, Body.name)
    if body_ids:
        query = query.where(col(Sitting.body_id).in_(body_ids))
    if council_id is not None:  # a member sees their own council's sittings
        query = query.where(Body.council_id == council_id)
    query = query.where(_not_replaced())
    for condition in conditions:
        query = query.where(condition)
    if limit is not None:
        query = query.limit(limit)
    return [SittingBrief(i or 0, name, day) for i, name, day in session.exec(query)]


def sittings_matching(
    *,
    session: Session,
    body_ids: list[int] | None = None,
    on: date | None = None,
    day: int | None = None,
    month: int | None = None,
    start: date | None = None,
    end: date | None = None,
    council_id: int | None = None,
    convened_on: date | None = None,
    roll_call: bool | None = None,
) -> list[SittingBrief]:
    """Sittings on a date, on a day and month of any year, in a month of any year, or in a
    period, or convened on a date; with or without a known roll call (`has_roll_call`) when
    `roll_call` says which; most recent first."""
    held_on = col(Sitting.held_on)
    conditions: list[Any] = []
    if roll_call is not None:
        attended = sa.exists().where(col(Attendance.sitting_id) == col(Sitting.id))
        conditions.append(attended if roll_call else ~attended)
    if convened_on is not None:
        conditions.append(col(Sitting.convened_on) == convened_on)
    if on is not None:
        conditions.append(held_on == on)
    if start is not None and end is not None:
        conditions.append(held_on.between(start, end))
    if month is not None:
        conditions.append(sa.extract("month", held_on) == month)
    if day is not None:
        conditions.append(sa.extract("day", held_on) == day)
    return _briefs(session, body_ids, *conditions, council_id=council_id)


def nearest_sittings(
    *,
    session: Session,
    around: date,
    body_ids: list[int] | None = None,
    limit: int = 3,
    council_id: int | None = None,
) -> list[SittingBrief]:
    """The sittings closest to a date, nearest first."""
    held_on = col(Sitting.held_on)
    before = _briefs(session, body_ids, held_on <= around, limit=limit, council_id=council_id)
    after = _briefs(
        session, body_ids, held_on > around, newest_first=False, limit=limit, council_id=council_id
    )
    return sorted(before + after, key=lambda s: abs((s.held_on - around).days))[:limit]


def latest_sitting(
    *,
    session: Session,
    before: date,
    body_ids: list[int] | None = None,
    council_id: int | None = None,
) -> SittingBrief | None:
    """The most recent sitting on or before a date."""
    found = _briefs(
        session, body_ids, col(Sitting.held_on) <= before, limit=1, council_id=council_id
    )
    return found[0] if found else None


def next_sitting(
    *,
    session: Session,
    after: date,
    body_ids: list[int] | None = None,
    council_id: int | None = None,
) -> SittingBrief | None:
    """The first sitting on or after a date."""
    found = _briefs(
        session,
        body_ids,
        col(Sitting.held_on) >= after,
        newest_first=False,
        limit=1,
        council_id=council_id,
    )
    return found[0] if found else None


def active_body_ids(*, session: Session, member_id: int) -> list[int]:
    return list(
        session.exec(
            select(Membership.body_id).where(
                Membership.member_id == member_id, col(Membership.active).is_(True)
            )
        )
    )


def has_roll_call(*, session: Session, sitting_id: int) -> bool:
    """Whether the attendance of a sitting is known (open data publishes none)."""
    return (
        session.exec(
            select(func.count()).select_from(Attendance).where(Attendance.sitting_id == sitting_id)
        ).one()
        > 0
    )


@dataclass(frozen=True, slots=True)
class HeldDocument:
    name: str  # as imported (the file's name)
    deliberations: int  # of this sitting, read from it
    minutes: bool  # a procès-verbal, a compte rendu or a relevé: it holds several items


def _named_minutes(name: str) -> bool:
    """A file named as minutes (« PV_CM_2025-03-13.pdf », « compte-rendu-bureau.docx »)."""
    folded = " " + " ".join(re.split(r"[\W_\d]+", fold(name))) + " "
    return any(
        f" {word} " in folded
        for word in ("pv", "proces verbal", "compte rendu", "cr", "crs", "releve", "minutes")
    )


def sitting_documents(*, session: Session, sitting_id: int) -> tuple[list[HeldDocument], int]:
    """The documents imported for a sitting (each file whose vote or roll call the store
    holds), and how many of its deliberations come from no file of the sitting (open data's
    list: titles and votes, no roll call)."""
    rows = session.exec(
        select(Deliberation.vote_source, Deliberation.attendance_source).where(
            Deliberation.sitting_id == sitting_id
        )
    ).all()
    counts: dict[str, int] = {}
    unsourced = 0
    for vote_source, attendance_source in rows:
        names = {n for n in (vote_source, attendance_source) if n}
        if not names:
            unsourced += 1
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    held = [
        HeldDocument(name, count, count > 1 or _named_minutes(name))
        for name, count in sorted(counts.items())
    ]
    return held, unsourced


_FEW_NUMBERS = 3  # the numbers of a document's acts said, when it gave no more


class ActsGiven(NamedTuple):
    """A sitting a document gave acts of, and how many."""

    body: str
    day: date
    acts: int


@dataclass(frozen=True, slots=True)
class ImportedFile:
    """One imported document as a member may see it: its name, kind, when it was imported, and
    the sittings whose acts it gave."""

    name: str
    kind: str  # extract | scdl | …: as the importer recorded it
    imported_at: datetime
    sittings: tuple[ActsGiven, ...]
    numbers: tuple[str, ...]  # the acts' numbers, when it gave a few (an extract: its own)


def latest_documents(
    *, session: Session, council_id: int | None, limit: int = 5
) -> list[ImportedFile]:
    """The documents imported last, newest first, with the sittings of the council each one
    gave acts of. An act's file is its vote's or roll call's source; the acts of no file are
    the open data's (a `scdl` document). A document that gave this council nothing is left out
    (another council's)."""
    query = (
        sa.select(
            col(Deliberation.vote_source),
            col(Deliberation.attendance_source),
            col(Deliberation.number),
            col(Body.name),
            col(Sitting.held_on),
        )
        .join(Sitting, col(Sitting.id) == col(Deliberation.sitting_id))
        .join(Body, col(Body.id) == col(Sitting.body_id))
    )
    if council_id is not None:
        query = query.where(col(Body.council_id) == council_id)
    by_source: dict[str, dict[tuple[str, date], int]] = {}
    numbers: dict[str, list[str]] = {}
    for vote_source, attendance_source, number, body, held_on in session.execute(query):
        names = {n for n in (vote_source, attendance_source) if n} or {""}
        for name in names:
            sittings = by_source.setdefault(name, {})
            sittings[(body, held_on)] = sittings.get((body, held_on), 0) + 1
            numbers.setdefault(name, []).append(number)
    documents = session.exec(
        select(ImportedDocument).order_by(
            col(ImportedDocument.imported_at).desc(), col(ImportedDocument.id).desc()
        )
    ).all()
    found = []
    for document in documents:
        name = PurePath(document.path).name
        source = name if name in by_source else "" if document.kind == "scdl" else None
        gave = by_source.get(source) if source is not None else None
        if source is None or not gave:
            continue
        read = sorted(set(numbers[source]))
        held = tuple(
            ActsGiven(body, day, count)
            for (body, day), count in sorted(gave.items(), key=lambda g: g[0][1])
        )
        few = tuple(read) if len(read) <= _FEW_NUMBERS else ()
        found.append(ImportedFile(name, document.kind, document.imported_at, held, few))
        if len(found) == limit:
            break
    return found


def proxy_registered(*, session: Session, sitting_id: int, member_ids: tuple[int, ...]) -> bool:
    """Whether one of these members gave or holds a proxy registered for the sitting (asked
    at each proxy question about a sitting to come; a proxy's writing moves the revision)."""
    return (
        session.exec(
            select(Proxy.id).where(
                Proxy.sitting_id == sitting_id,
                col(Proxy.revoked_at).is_(None),
                sa.or_(col(Proxy.giver_id).in_(member_ids), col(Proxy.holder_id).in_(member_ids)),
            )
        ).first()
        is not None
    )


@dataclass(frozen=True, slots=True)
class MemberAtSitting:
    """What one member was at one sitting."""

    member_id: int
    name: str
    feminine: bool
    status: str | None  # an AttendanceStatus value, None when not on the roll
    gave_to: str | None  # holder of this member's proxy
    held_for: str | None  # giver of the proxy this member carried
    presided: bool
    kept_minutes: bool
    # every giver whose proxy this member carried: two were allowed from 2020 to 31 July 2022
    held_from: tuple[str, ...] = ()
    # `replaced`: the suppléant who sat in this member's seat, when the roll call named them
    substitute: str | None = None

    @property
    def there(self) -> bool:
        """In the room: a titular whose suppléant sat was not (their seat was)."""
        return self.status == AttendanceStatus.present

    @property
    def voted(self) -> bool:
        """Took part in the votes: present, through the colleague holding their proxy, or
        through the suppléant in their seat."""
        return self.there or self.gave_to is not None or self.status == AttendanceStatus.replaced


def member_at_sitting(*, session: Session, sitting_id: int, member_id: int) -> MemberAtSitting:
    # The member, the sitting and the roll call's line in one statement: asked for each member
    # named in a question, three round trips through the ORM were most of its answer's time.
    status = (
        select(Attendance.status)
        .where(Attendance.sitting_id == sitting_id, Attendance.member_id == member_id)
        .scalar_subquery()
    )
    substitute = (
        select(Attendance.substitute)
        .where(Attendance.sitting_id == sitting_id, Attendance.member_id == member_id)
        .scalar_subquery()
    )
    member, sitting, status, substitute = session.exec(
        select(Member, Sitting, status, substitute)
        .join(Sitting, col(Sitting.id) == sitting_id)
        .where(Member.id == member_id)
    ).one()
    gave_to = None
    givers: list[str] = []
    for proxy in session.exec(
        select(Proxy).where(Proxy.sitting_id == sitting_id, col(Proxy.revoked_at).is_(None))
    ):
        if proxy.giver_id == member_id:
            gave_to = _display(session, proxy.holder_id)
        if proxy.holder_id == member_id:
            givers.append(_display(session, proxy.giver_id))
    held_for = givers[-1] if givers else None
    return MemberAtSitting(
        member_id=member_id,
        name=member.display_name,
        feminine=bool(feminine(member.civility)),
        status=status,
        gave_to=gave_to,
        held_for=held_for,
        presided=sitting.president_id == member_id,
        kept_minutes=sitting.secretary_id == member_id,
        held_from=tuple(givers),
        substitute=substitute,
    )


@dataclass(frozen=True, slots=True)
class AtItem:
    """How one member's part in one deliberation differs from the sitting's roll call."""

    member_id: int
    number: str  # the deliberation's
    change: str  # an ItemChange value
    holder: str | None  # who carried their vote, when they left giving a proxy


def members_at_item(
    *, session: Session, deliberation_ids: tuple[int, ...], member_ids: tuple[int, ...]
) -> list[AtItem]:
    """The per-item attendance printed for these members at these deliberations (a member
    who left before the item, arrived after the roll call, did not take part, or voted
    against): what the roll call alone does not say."""
    if not deliberation_ids or not member_ids:
        return []
    rows = session.exec(
        select(ItemAttendance, Deliberation.number)
        .join(Deliberation, col(Deliberation.id) == ItemAttendance.deliberation_id)
        .where(
            col(ItemAttendance.deliberation_id).in_(deliberation_ids),
            col(ItemAttendance.member_id).in_(member_ids),
        )
        .order_by(col(ItemAttendance.id))
    ).all()
    return [
        AtItem(
            member_id=row.member_id,
            number=number or "",
            change=str(row.kind),
            holder=_display(session, row.holder_id) if row.holder_id else None,
        )
        for row, number in rows
    ]


@dataclass(frozen=True, slots=True)
class MemberRoles:
    """What the documents say a member did beyond sitting: presided or kept the minutes of
    sittings (body, day), and the roles under which the acts print their signature."""

    name: str
    feminine: bool
    presided: tuple[tuple[str, date], ...]
    kept_minutes: tuple[tuple[str, date], ...]
    bodies: tuple[str, ...]


def member_roles(*, session: Session, member_id: int) -> MemberRoles:
    member = session.get(Member, member_id)
    assert member is not None
    rows = session.exec(
        select(
            col(Sitting.president_id), col(Sitting.secretary_id), Body.name, col(Sitting.held_on)
        )
        .join(Body, col(Body.id) == Sitting.body_id)
        .where(
            sa.or_(col(Sitting.president_id) == member_id, col(Sitting.secretary_id) == member_id)
        )
        .order_by(col(Sitting.held_on))
    ).all()
    bodies = session.exec(
        select(Body.name).where(
            col(Body.id).in_(active_body_ids(session=session, member_id=member_id))
        )
    ).all()
    return MemberRoles(
        name=member.display_name,
        feminine=bool(feminine(member.civility)),
        presided=tuple((body, day) for chair, _, body, day in rows if chair == member_id),
        kept_minutes=tuple((body, day) for _, clerk, body, day in rows if clerk == member_id),
        bodies=tuple(sorted(bodies)),
    )


@dataclass(frozen=True)
class OfficerRank:
    """A member and how many sittings held they presided, or kept the minutes of."""

    name: str
    sittings: int


def officers_ranked(*, session: Session, secretary: bool, today: date) -> list[OfficerRank]:
    """The members who presided the sittings held by today (or were their secretary), most
    sittings first, then by name; a sitting whose document names none counts for no one."""
    officer = col(Sitting.secretary_id) if secretary else col(Sitting.president_id)
    rows = sorted(
        session.exec(
            select(Member, sa.func.count())  # type: ignore[call-overload]
            .join(Sitting, officer == Member.id)
            .where(col(Sitting.held_on) <= today)
            .group_by(col(Member.id))
        ).all(),
        key=lambda row: (-row[1], row[0].last_name, row[0].first_name or ""),
    )
    return [OfficerRank(member.display_name, int(count)) for member, count in rows]


def named_voters(
    *, session: Session, deliberation_ids: tuple[int, ...]
) -> dict[int, dict[str, list[str]]]:
    """The members each deliberation's text names voting against or abstaining, by kind
    (« against », « abstained »), as they are displayed; an act absent from the answer names
    none (so a member it does not name cannot be said to have voted for)."""
    if not deliberation_ids:
        return {}
    rows = sorted(
        session.exec(
            select(ItemAttendance.deliberation_id, ItemAttendance.kind, Member)
            .join(Member, col(Member.id) == ItemAttendance.member_id)
            .where(
                col(ItemAttendance.deliberation_id).in_(deliberation_ids),
                col(ItemAttendance.kind).in_(["against", "abstained"]),
            )
        ).all(),
        key=lambda row: alphabetical(row[2].last_name, row[2].first_name),
    )
    named: dict[int, dict[str, list[str]]] = {}
    for deliberation_id, kind, member in rows:
        named.setdefault(deliberation_id, {}).setdefault(kind, []).append(member.display_name)
    return named


def _display(session: Session, member_id: int) -> str:
    member = session.get(Member, member_id)
    return member.display_name if member else ""


@dataclass(frozen=True, slots=True)
class Missed:
    held_on: date
    body: str
    status: str
    holder: str | None  # who carried their proxy


@dataclass(frozen=True, slots=True)
class BodyRecord:
    """A member's attendance in one of their bodies."""

    body: str
    sittings: int
    present: int

    @property
    def rate(self) -> float | None:
        return self.present / self.sittings if self.sittings else None


@dataclass(frozen=True, slots=True)
class MemberRecord:
    member_id: int
    name: str
    sittings: int  # sittings with a published roll call where the member is listed
    present: int
    missed: list[Missed]  # most recent first
    bodies: list[BodyRecord] = field(default_factory=list)  # each body's, when several
    body: str | None = None  # the one body asked about, if one was
    # sittings to come the member already declared an absence or gave a proxy for: not counted
    coming: list[Missed] = field(default_factory=list)

    @property
    def rate(self) -> float | None:
        return self.present / self.sittings if self.sittings else None


def member_record(
    *, session: Session, member_id: int, today: date, body_id: int | None = None
) -> MemberRecord:
    """Attendance over every known roll call that lists the member, absences detailed; body
    by body when the member sits in several (a rate over two bodies says neither); only one
    body's when `body_id` is given. Only sittings held by `today` count: a proxy or an absence
    declared for a sitting to come is not yet a record of attendance."""
    member = session.get(Member, member_id)
    assert member is not None
    query = (
        select(col(Attendance.status), col(Sitting.id), col(Sitting.held_on), col(Body.name))
        .join(Sitting, col(Sitting.id) == Attendance.sitting_id)
        .join(Body, col(Body.id) == Sitting.body_id)
        .where(Attendance.member_id == member_id)
        .order_by(col(Sitting.held_on).desc())
    )
    if body_id is not None:
        query = query.where(Sitting.body_id == body_id)
    every = session.exec(query).all()
    rows = [row for row in every if row[2] <= today]
    # Each holder's name read with its proxy (one query): a look-up per proxy made a record
    # over twenty years of sittings a hundred queries, most of a « X a souvent manqué ? ».
    holders = {
        sitting_id: holder.display_name
        for sitting_id, holder in session.exec(
            select(Proxy.sitting_id, Member)
            .join(Member, col(Member.id) == col(Proxy.holder_id))
            .where(Proxy.giver_id == member_id, col(Proxy.revoked_at).is_(None))
        )
    }
    present = sum(s in (AttendanceStatus.present, AttendanceStatus.replaced) for s, *_ in rows)
    missed = [
        Missed(held_on, body, status, holders.get(sitting_id or 0))
        for status, sitting_id, held_on, body in rows
        if status not in (AttendanceStatus.present, AttendanceStatus.replaced)
    ]
    there = (AttendanceStatus.present, AttendanceStatus.replaced)
    names = list(dict.fromkeys(name for *_, name in rows))
    bodies = [
        BodyRecord(
            name,
            sum(1 for *_, b in rows if b == name),
            sum(1 for status, *_, b in rows if b == name and status in there),
        )
        for name in sorted(names)
    ]
    asked = session.get(Body, body_id) if body_id is not None else None
    return MemberRecord(
        member_id,
        member.display_name,
        len(rows),
        present,
        missed,
        bodies=bodies if len(bodies) > 1 else [],
        body=asked.name if asked else None,
        coming=[
            Missed(held_on, body, status, holders.get(sitting_id or 0))
            for status, sitting_id, held_on, body in reversed(every)
            if held_on > today and status != AttendanceStatus.present
        ],
    )


@dataclass(frozen=True, slots=True)
class DeliberationTally:
    count: int
    sittings: int
    adopted: int
    rejected: int
    unanimous: int
    # (the month's first day, its acts, its sittings), in time order: months with acts only
    months: tuple[tuple[date, int, int], ...] = ()
    # (the sitting's day, its acts), in time order
    each_sitting: tuple[tuple[date, int], ...] = ()


def deliberations_between(
    *,
    session: Session,
    start: date,
    end: date,
    body_ids: list[int] | None = None,
    council_id: int | None = None,
) -> DeliberationTally:
    query = (
        select(
            Deliberation.outcome,
            Deliberation.unanimous,
            Deliberation.sitting_id,
            col(Sitting.held_on),
        )
        .join(Sitting, col(Sitting.id) == Deliberation.sitting_id)
        .where(Sitting.held_on >= start, Sitting.held_on <= end)
    )
    if body_ids:
        query = query.where(col(Sitting.body_id).in_(body_ids))
    if council_id is not None:
        query = query.where(col(Sitting.body_id).in_(_council_body_ids(council_id)))
    rows = session.exec(query).all()
    months: dict[date, tuple[int, set[int]]] = {}
    per_sitting: dict[int, tuple[date, int]] = {}
    for row in rows:
        per_sitting[row[2]] = (row[3], per_sitting.get(row[2], (row[3], 0))[1] + 1)
        acts, sittings = months.get(row[3].replace(day=1), (0, set()))
        months[row[3].replace(day=1)] = (acts + 1, sittings | {row[2]})
    return DeliberationTally(
        months=tuple((m, acts, len(s)) for m, (acts, s) in sorted(months.items())),
        each_sitting=tuple(sorted(per_sitting.values())),
        count=len(rows),
        sittings=len({r[2] for r in rows}),
        adopted=sum(r[0] == "adopted" for r in rows),
        rejected=sum(r[0] == "rejected" for r in rows),
        unanimous=sum(bool(r[1]) for r in rows),
    )


def acts_in_order(*, session: Session, sitting_ids: tuple[int, ...]) -> list[int]:
    """The deliberations of some sittings in the order they were taken: by the sitting's
    day, then by number (its printed order breaking a tie of two acts under one number)."""
    if not sitting_ids:
        return []
    rows = session.exec(
        select(Deliberation.id, Deliberation.number, Deliberation.ordinal, col(Sitting.held_on))
        .join(Sitting, col(Sitting.id) == Deliberation.sitting_id)
        .where(col(Deliberation.sitting_id).in_(sitting_ids))
    ).all()
    ordered = sorted(rows, key=lambda r: (r[3], r[1] or "", r[2] or 0, r[0] or 0))
    return [r[0] for r in ordered if r[0] is not None]


@dataclass(frozen=True, slots=True)
class BodyHeld:
    """One body's sittings the store knows: how many, the first and the last day."""

    name: str
    sittings: int
    first: date
    last: date


@dataclass(frozen=True, slots=True)
class StoreOverview:
    """What the assistant knows, as it says it of itself: each body's sittings, the acts."""

    bodies: tuple[BodyHeld, ...]
    deliberations: int
    funded_actions: int


def store_overview(*, session: Session, council_id: int | None = None) -> StoreOverview:
    """Each body's sittings (count, first and last day), the deliberations and the funded
    actions the store holds, of one council when given."""
    query = (
        select(
            col(Body.name),
            func.count(col(Sitting.id)),
            func.min(col(Sitting.held_on)),
            func.max(col(Sitting.held_on)),
        )
        .join(Body, col(Body.id) == Sitting.body_id)
        .group_by(col(Body.name))
        .order_by(col(Body.name))
    )
    acts = select(func.count(col(Deliberation.id)))
    actions = select(func.count(col(FundedAction.id)))
    if council_id is not None:
        query = query.where(Body.council_id == council_id)
        acts = acts.where(Deliberation.council_id == council_id)
        actions = actions.where(FundedAction.council_id == council_id)
    bodies = tuple(BodyHeld(n, c, f, last) for n, c, f, last in session.exec(query) if c)
    return StoreOverview(
        bodies=bodies,
        deliberations=session.exec(acts).one(),
        funded_actions=session.exec(actions).one(),
    )


def _council_body_ids(council_id: int) -> Any:
    return select(Body.id).where(Body.council_id == council_id)


def deliberation_ids_by_typed_number(
    *, session: Session, typed: str, number: str, council_id: int | None = None
) -> list[int]:
    """Deliberations a typed number means: as normalised, or as printed before the importer
    repaired it (« 2022.0013 » published, stored as « 2022.00130 »). The repairs are looked
    up by the database (JSON fields, on SQLite and PostgreSQL), not read back one by one."""
    printed = typed.replace("-", ".").replace("_", ".")
    params = col(ImportFinding.params)
    repaired = select(params["number"].as_string()).where(
        ImportFinding.code == "number_repaired",
        params["printed"].as_string().in_(sorted({printed, typed})),
    )
    query = select(Deliberation.id).where(
        sa.or_(
            col(Deliberation.number) == number,
            col(Deliberation.number) == typed,  # « 2025-041 », kept as a commune prints it
            col(Deliberation.number).in_(repaired),
        )
    )
    query = _of_council(query, council_id)
    ids = [i for i in session.exec(query.order_by(col(Deliberation.number))) if i is not None]
    if ids:
        return ids
    # « 2025/41 » for « 2025-041 », « DEL 2025 / 01 » for « DEL2025-01 »: the same figures and
    # letters, the separators and leading zeros aside
    key = number_key(typed)
    if not key:
        return []
    numbered = _of_council(select(Deliberation.id, Deliberation.number), council_id)
    found = [(i, number_key(printed)) for i, printed in session.exec(numbered) if i is not None]
    same = [i for i, printed in found if printed == key]
    if same or not key[0].isdigit():
        return same
    # « 2025-088 » typed for « DEL2025-088 »: the figures without the series' letters, which a
    # member leaves out (several series with those figures: all, and the member is asked)
    return [i for i, printed in found if printed[1:] == key and not printed[0].isdigit()]


def _of_council(query: Any, council_id: int | None) -> Any:
    if council_id is None:
        return query
    return query.where(
        col(Deliberation.sitting_id).in_(
            select(Sitting.id).where(col(Sitting.body_id).in_(_council_body_ids(council_id)))
        )
    )


_NUMBER_PARTS = cues.plain(r"\d+|[^\W\d_]+")


def number_key(printed: str) -> tuple[str, ...]:
    """A deliberation number's letters and figures, in order, figures without their leading
    zeros, letters in capitals: « 2025-041 », « 2025.00041 » and « 2025/41 » are one number."""
    parts = _NUMBER_PARTS.findall(printed)
    if not any(p.isdigit() for p in parts):
        return ()
    return tuple(str(int(p)) if p.isdigit() else p.upper() for p in parts)


@dataclass(frozen=True, slots=True)
class AttendanceRank:
    member_id: int
    name: str
    sittings: int
    present: int

    @property
    def missed(self) -> int:
        return self.sittings - self.present


def attendance_ranking(
    *,
    session: Session,
    most_absent: bool,
    today: date,
    limit: int = 10,
    council_id: int | None = None,
) -> list[AttendanceRank]:
    """Members by absences over every roll call of a sitting held by today (most absent, or
    most present): an absence announced for a sitting to come is no absence yet."""
    present = sa.func.sum(
        sa.case(
            (col(Attendance.status).in_([AttendanceStatus.present, AttendanceStatus.replaced]), 1),
            else_=0,
        )
    )
    query = (
        select(Member, sa.func.count(), present)  # type: ignore[call-overload]
        .join(Attendance, col(Attendance.member_id) == Member.id)
        .join(Sitting, col(Sitting.id) == Attendance.sitting_id)
        .where(col(Sitting.held_on) <= today)
        .group_by(col(Member.id))
    )
    if council_id is not None:
        query = query.where(Member.council_id == council_id)
    rows = session.exec(query).all()
    surnames = {m.id: (m.last_name, m.first_name or "") for m, _, _ in rows}
    ranks = [AttendanceRank(m.id or 0, m.display_name, n, int(p or 0)) for m, n, p in rows]
    sign = -1 if most_absent else 1
    ranks.sort(key=lambda r: (sign * r.missed, surnames[r.member_id]))
    return ranks[:limit]


@dataclass(frozen=True, slots=True)
class BodyMembers:
    """Who sits in one body (its seats still held), and how many were in office at its latest
    sitting; `members` is empty when the documents never listed them (open data)."""

    body_id: int
    name: str
    members: list[tuple[int, str]]  # (member id, display name), by surname
    in_office: int | None


def seated(session: Session, body_id: int) -> list[Member]:
    """A body's sitting members, in alphabetical order (its convocation's, its roll's)."""
    return sorted(
        session.exec(
            select(Member)
            .join(Membership, col(Membership.member_id) == Member.id)
            .where(Membership.body_id == body_id, col(Membership.active).is_(True))
        ).all(),
        key=lambda m: alphabetical(m.last_name, m.first_name),
    )


def body_members(
    *, session: Session, body_ids: list[int] | None = None, council_id: int | None = None
) -> list[BodyMembers]:
    """The composition of some bodies (every body of the council when none is named)."""
    query = select(Body).order_by(Body.name)
    if body_ids:
        query = query.where(col(Body.id).in_(body_ids))
    if council_id is not None:
        query = query.where(Body.council_id == council_id)
    found = []
    for body in session.exec(query):
        seats = seated(session, body.id or 0)
        in_office = session.exec(
            select(Sitting.in_office)
            .where(Sitting.body_id == body.id, col(Sitting.in_office).is_not(None))
            .order_by(col(Sitting.held_on).desc())
            .limit(1)
        ).first()
        found.append(
            BodyMembers(
                body.id or 0, body.name, [(m.id or 0, m.display_name) for m in seats], in_office
            )
        )
    return found


# -- store-wide superlatives (« la délibération avec le plus de contre », « la séance la moins
# suivie », « qui a le plus de pouvoirs ») --------------------------------------------------------

_VOTE_FIGURES = {
    "against": Deliberation.votes_against,
    "abstentions": Deliberation.abstentions,
    "for": Deliberation.votes_for,
}


@dataclass(frozen=True, slots=True)
class Extremes:
    """The ids holding the highest (or lowest) figure, ties together, and over how many the
    figure was known (0: the documents never print it)."""

    ids: list[int]
    value: int | None
    known: int
    tied: int  # how many share the value (more than `ids` when cut)


def _extremes(rows: list[tuple[int, int]], fewest: bool, limit: int) -> Extremes:
    if not rows:
        return Extremes([], None, 0, 0)
    best = min(v for _, v in rows) if fewest else max(v for _, v in rows)
    tied = [i for i, v in rows if v == best]
    # one past the limit is named rather than left as « … et 1 autre »
    kept = tied if len(tied) <= limit + 1 else tied[:limit]
    return Extremes(kept, best, len(rows), len(tied))


def _vote_figure(figure: str) -> Any:
    """The figure a vote is ranked by: one side, or « margin » (for less against: how close
    the vote was) or « dissent » (against plus abstentions: how contested it was); NULL when
    a side it needs was not published; only the votes someone opposed have a margin."""
    against = col(Deliberation.votes_against)
    if figure == "margin":
        return col(Deliberation.votes_for) - against
    if figure == "dissent":
        return against + col(Deliberation.abstentions)
    return col(_VOTE_FIGURES[figure])


def deliberations_by_vote(
    *,
    session: Session,
    figure: str,
    fewest: bool = False,
    start: date | None = None,
    end: date | None = None,
    body_ids: list[int] | None = None,
    council_id: int | None = None,
    limit: int = 5,
    among: Collection[int] | None = None,
    ranked: int | None = None,
) -> Extremes:
    """The deliberations with the most (or fewest) votes against, abstentions or votes for
    (or the widest or narrowest margin, the most or least dissent), among those whose vote was
    published with figures (and, `among` given, among those: the acts about a topic); ties all
    kept. `ranked`: the first that many in order instead (« les trois plus contestées »), the
    value the first one's."""
    column = _vote_figure(figure)
    query = (
        select(Deliberation.id, column)
        .join(Sitting, col(Sitting.id) == Deliberation.sitting_id)
        .where(column.is_not(None))
        .order_by(col(Sitting.held_on).desc(), col(Deliberation.number))
    )
    if start is not None and end is not None:
        query = query.where(col(Sitting.held_on).between(start, end))
    if body_ids:
        query = query.where(col(Sitting.body_id).in_(body_ids))
    if council_id is not None:
        query = query.where(col(Sitting.body_id).in_(_council_body_ids(council_id)))
    if among is not None:
        query = query.where(col(Deliberation.id).in_(list(among)))
    if figure == "margin":
        # a vote no one opposed was not close, however few voted
        query = query.where(col(Deliberation.votes_against) > 0)
    rows = [(i or 0, int(v or 0)) for i, v in session.exec(query)]
    if ranked and rows:
        ordered = sorted(rows, key=lambda r: r[1] if fewest else -r[1])[:ranked]
        return Extremes([i for i, _ in ordered], ordered[0][1], len(rows), len(ordered))
    return _extremes(rows, fewest, limit)


_THERE = (AttendanceStatus.present, AttendanceStatus.replaced)


def sittings_by_attendance(
    *,
    session: Session,
    figure: str,
    fewest: bool = False,
    start: date | None = None,
    end: date | None = None,
    body_ids: list[int] | None = None,
    council_id: int | None = None,
    limit: int = 5,
) -> Extremes:
    """Among the sittings whose roll call was published, those with the most (or fewest)
    present, absent or proxies; « present » and « absent » compare shares of the members on
    the roll, so that a Bureau and a Conseil are weighed alike. « deliberations » counts the
    acts of every sitting, roll call or not."""
    there = sa.func.sum(sa.case((col(Attendance.status).in_(_THERE), 1), else_=0))
    query: Any = (
        select(Sitting.id, sa.func.count(), there)
        .join(Attendance, col(Attendance.sitting_id) == Sitting.id)
        .group_by(col(Sitting.id), col(Sitting.held_on))
        .order_by(col(Sitting.held_on).desc())
    )
    if figure == "deliberations":
        query = (
            select(Sitting.id, sa.func.count())
            .join(Deliberation, col(Deliberation.sitting_id) == Sitting.id)
            .group_by(col(Sitting.id), col(Sitting.held_on))
            .order_by(col(Sitting.held_on).desc())
        )
    scoped = (
        query.where(col(Sitting.held_on).between(start, end))
        if start is not None and end is not None
        else query
    )
    if body_ids:
        scoped = scoped.where(col(Sitting.body_id).in_(body_ids))
    if council_id is not None:
        scoped = scoped.where(col(Sitting.body_id).in_(_council_body_ids(council_id)))
    if figure == "deliberations":
        return _extremes([(i or 0, int(n)) for i, n in session.exec(scoped)], fewest, limit)
    counted = [(i or 0, int(n), int(p or 0)) for i, n, p in session.exec(scoped)]
    if figure == "proxies":
        held = dict(
            session.exec(
                select(Proxy.sitting_id, sa.func.count())
                .where(col(Proxy.revoked_at).is_(None))
                .group_by(col(Proxy.sitting_id))
            ).all()
        )
        rows = [(i, int(held.get(i, 0))) for i, _, _ in counted]
    elif figure == "present":
        rows = [(i, round(1000 * p / n)) for i, n, p in counted if n]
    else:
        rows = [(i, round(1000 * (n - p) / n)) for i, n, p in counted if n]
    return _extremes(rows, fewest, limit)


def members_by_proxies(
    *,
    session: Session,
    held: bool,
    fewest: bool = False,
    start: date | None = None,
    end: date | None = None,
    council_id: int | None = None,
    limit: int = 5,
) -> Extremes:
    """The members who carried (or gave) the most proxies, counted over the sittings."""
    side = col(Proxy.holder_id) if held else col(Proxy.giver_id)
    query = (
        select(side, sa.func.count())
        .join(Sitting, col(Sitting.id) == Proxy.sitting_id)
        .where(col(Proxy.revoked_at).is_(None))
        .group_by(side)
        .order_by(side)
    )
    if start is not None and end is not None:
        query = query.where(col(Sitting.held_on).between(start, end))
    if council_id is not None:
        query = query.where(col(Sitting.body_id).in_(_council_body_ids(council_id)))
    rows = [(int(i or 0), int(n)) for i, n in session.exec(query)]
    if fewest:  # « le moins de pouvoirs » among those who carried some: zero says nothing
        rows = [r for r in rows if r[1]]
    return _extremes(rows, fewest, limit)


@dataclass(frozen=True, slots=True)
class NeverProxied:
    """The members of the roll calls known who never gave (or never carried) a proxy at
    them, and those who did, each by surname; `sittings`: the roll calls counted."""

    never: list[str]
    ever: list[str]
    sittings: int


def members_never_proxied(
    *, session: Session, held: bool, today: date, council_id: int | None = None
) -> NeverProxied:
    """« quels élus n'ont jamais donné de pouvoir ? »: over the roll calls of the sittings held
    by today (the only ones whose proxies are known), who never gave one (`held`: carried)."""
    side = col(Proxy.holder_id) if held else col(Proxy.giver_id)
    roll = (
        select(Member, Attendance.sitting_id)
        .join(Attendance, col(Attendance.member_id) == Member.id)
        .join(Sitting, col(Sitting.id) == Attendance.sitting_id)
        .where(col(Sitting.held_on) <= today)
    )
    if council_id is not None:
        roll = roll.where(Member.council_id == council_id)
    rows = session.exec(roll).all()
    sittings = {sitting_id for _, sitting_id in rows}
    members = {m.id: m for m, _ in rows}
    did = set(
        session.exec(
            select(side).where(
                col(Proxy.revoked_at).is_(None), col(Proxy.sitting_id).in_(sittings)
            )
        ).all()
    )
    ordered = sorted(members.values(), key=lambda m: alphabetical(m.last_name, m.first_name))
    return NeverProxied(
        never=[m.display_name for m in ordered if m.id not in did],
        ever=[m.display_name for m in ordered if m.id in did],
        sittings=len(sittings),
    )


def proxy_partners(
    *, session: Session, member_ids: list[int], sitting_id: int | None = None
) -> list[int]:
    """The members on the other side of these members' proxies (at one sitting, or at any):
    who « elle » may be right after a card that named them."""
    if not member_ids:
        return []
    query = select(Proxy.giver_id, Proxy.holder_id).where(
        col(Proxy.revoked_at).is_(None),
        sa.or_(col(Proxy.giver_id).in_(member_ids), col(Proxy.holder_id).in_(member_ids)),
    )
    if sitting_id is not None:
        query = query.where(Proxy.sitting_id == sitting_id)
    partners: list[int] = []
    for giver, holder in session.exec(query):
        for other in (giver, holder):
            if other not in member_ids and other not in partners:
                partners.append(other)
    return partners


def proxies_between(
    *, session: Session, sitting_id: int, member_ids: list[int]
) -> list[tuple[int, int]]:
    """(giver, holder) of the proxies of one sitting given and held within these members."""
    query = select(Proxy.giver_id, Proxy.holder_id).where(
        Proxy.sitting_id == sitting_id,
        col(Proxy.revoked_at).is_(None),
        col(Proxy.giver_id).in_(member_ids),
        col(Proxy.holder_id).in_(member_ids),
    )
    return [(int(g), int(h)) for g, h in session.exec(query)]


def held_between(*, session: Session, ids: list[int], start: date, end: date) -> set[int]:
    """Which of these deliberations were voted at a sitting held in the period."""
    if not ids:
        return set()
    rows = session.exec(
        select(Deliberation.id)
        .join(Sitting, col(Sitting.id) == col(Deliberation.sitting_id))
        .where(col(Deliberation.id).in_(ids), col(Sitting.held_on).between(start, end))
    )
    return {i for i in rows if i is not None}


def numbers_ending(*, session: Session, sequence: str, council_id: int | None) -> list[str]:
    """The deliberation numbers of any year with this sequence (« 00059 »), most recent first."""
    query = select(Deliberation.number).where(col(Deliberation.number).endswith("." + sequence))
    if council_id is not None:
        query = query.join(Sitting, col(Sitting.id) == col(Deliberation.sitting_id)).where(
            col(Sitting.body_id).in_(_council_body_ids(council_id))
        )
    return sorted(set(session.exec(query)), reverse=True)


def deliberation_sitting(*, session: Session, deliberation_id: int) -> int | None:
    """The sitting a deliberation was voted at."""
    found = session.get(Deliberation, deliberation_id)
    return found.sitting_id if found else None


@dataclass(frozen=True, slots=True)
class Traits:
    """What the store knows of a member that a list may be narrowed by: the civility (a woman
    or a man; None when the documents print none) and the surname's first letter."""

    woman: bool | None
    initial: str
    first_name: str = ""  # folded: « jean luc »
    surname: str = ""  # upper case without accents: « TARDY » (« les TARD* »)


def people_traits(*, session: Session, member_ids: tuple[int, ...]) -> dict[int, Traits]:
    """Each member's traits, by id (« combien de femmes présentes ? », « les noms en B »)."""
    if not member_ids:
        return {}
    rows = session.exec(
        select(
            col(Member.id), col(Member.civility), col(Member.last_name), col(Member.first_name)
        ).where(col(Member.id).in_(member_ids))
    )
    traits: dict[int, Traits] = {}
    for member_id, civility, last_name, first_name in rows:
        woman = None if not civility else civility.casefold().startswith(("mme", "mad", "mlle"))
        letter = strip_accents(last_name.strip()[:1]).upper() if last_name else ""
        surname = strip_accents(last_name.strip()).upper() if last_name else ""
        traits[int(member_id or 0)] = Traits(woman, letter, fold(first_name or ""), surname)
    return traits


@dataclass(frozen=True, slots=True)
class FindingRow:
    """One warning kept at import, with the sitting and act it is about (when known)."""

    code: str
    params: dict[str, Any]
    body: str | None
    held_on: date | None
    number: str | None  # the deliberation's number, when the warning is about one


def import_findings(
    *, session: Session, council_id: int | None = None, sitting_id: int | None = None
) -> list[FindingRow]:
    """The warnings the imports kept, oldest sitting first; of one sitting, or of one
    council's: its sittings', and those about no sitting (a file's, a row skipped) of the
    documents filed to it."""
    query = (
        sa.select(
            col(ImportFinding.code),
            col(ImportFinding.params),
            col(Body.name),
            col(Sitting.held_on),
            col(Deliberation.number),
        )
        .select_from(ImportFinding)
        .outerjoin(Sitting, col(Sitting.id) == ImportFinding.sitting_id)
        .outerjoin(Body, col(Body.id) == Sitting.body_id)
        .outerjoin(Deliberation, col(Deliberation.id) == ImportFinding.deliberation_id)
        .order_by(col(Sitting.held_on).asc().nulls_last(), col(ImportFinding.id))
    )
    if sitting_id is not None:
        query = query.where(col(ImportFinding.sitting_id) == sitting_id)
    if council_id is not None:
        query = query.where(council_findings(council_id))
    return [
        FindingRow(code, dict(params or {}), body, held_on, number)
        for code, params, body, held_on, number in session.execute(query)
    ]
