"""Attendance records: how often a member sat, and every member of a body ranked by it.

Read from today's Attendance and Proxy tables. A sitting counts when the store knows the
member's attendance at it (a document listed them, or they declared it) and it was held on or
before the period's end; what counts as attended is storage/rules.counts_as_present, with the
body's rule on proxies given by the caller (a setting). The émargement sheet of one sitting
(`sheet_record`) is here too: who is expected, their proxies, and afterwards what happened.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, time

from sqlmodel import Session, col, func, select

from storage import rules
from storage.models import Attendance, AttendanceStatus, Body, Member, Membership, Proxy, Sitting


class Presence(enum.StrEnum):
    """A member at one sitting, as a record of attendance says it."""

    present = "present"
    represented = "represented"  # gave a proxy, or a suppléant sat in their stead
    excused = "excused"
    absent = "absent"


_PRESENCE = {
    AttendanceStatus.present: Presence.present,
    AttendanceStatus.represented: Presence.represented,
    AttendanceStatus.replaced: Presence.represented,
    AttendanceStatus.excused: Presence.excused,
    AttendanceStatus.absent: Presence.absent,
}


@dataclass(frozen=True, slots=True)
class SittingPresence:
    sitting_id: int
    held_on: date
    body: str
    presence: Presence
    holder: str | None = None  # who carried their proxy, when represented by one


@dataclass(frozen=True, slots=True)
class Tally:
    present: int = 0
    represented: int = 0
    excused: int = 0
    absent: int = 0

    @property
    def sittings(self) -> int:
        return self.present + self.represented + self.excused + self.absent

    def counted(self, represented_counts: bool) -> int:
        return sum(
            n
            for presence, n in self.by_presence().items()
            if rules.counts_as_present(presence, represented_counts=represented_counts)
        )

    def rate(self, represented_counts: bool) -> float | None:
        return rules.attendance_rate(self.counted(represented_counts), self.sittings)

    def by_presence(self) -> dict[Presence, int]:
        return {
            Presence.present: self.present,
            Presence.represented: self.represented,
            Presence.excused: self.excused,
            Presence.absent: self.absent,
        }

    @classmethod
    def of(cls, presences: list[Presence]) -> Tally:
        return cls(*(presences.count(p) for p in Presence))


@dataclass(frozen=True, slots=True)
class MemberRecord:
    member_id: int
    name: str
    start: date
    end: date
    represented_counts: bool
    sittings: list[SittingPresence]  # oldest first

    @property
    def tally(self) -> Tally:
        return Tally.of([s.presence for s in self.sittings])

    @property
    def rate(self) -> float | None:
        return self.tally.rate(self.represented_counts)

    @property
    def bodies(self) -> list[str]:
        return sorted({s.body for s in self.sittings})


@dataclass(frozen=True, slots=True)
class RankedMember:
    member_id: int
    name: str
    last_name: str
    tally: Tally
    rate: float | None


@dataclass(frozen=True, slots=True)
class BodyRecord:
    body_id: int
    body: str
    start: date
    end: date
    represented_counts: bool
    sittings: int  # sittings of the period with a known attendance
    members: list[RankedMember] = field(default_factory=list)  # best rate first

    def ranked(self) -> list[tuple[int | None, RankedMember]]:
        """Each member with their rank: equal records (same rate over as many sittings) share
        one rank, the next one skips as many (1, 1, 3); no rank without a known sitting."""
        ranks: list[tuple[int | None, RankedMember]] = []
        previous: tuple[float, int] | None = None
        rank = 0
        for position, member in enumerate(self.members, start=1):
            if member.rate is None:
                ranks.append((None, member))
                continue
            key = (member.rate, member.tally.sittings)
            if key != previous:
                rank, previous = position, key
            ranks.append((rank, member))
        return ranks


def _presence_rows(
    session: Session,
    *,
    start: date,
    end: date,
    member_id: int | None = None,
    body_id: int | None = None,
) -> list[tuple[int, int, date, str, str]]:
    """(member id, sitting id, date, body name, attendance status), oldest sitting first."""
    query = (
        select(Attendance.member_id, Sitting.id, Sitting.held_on, Body.name, Attendance.status)  # type: ignore[call-overload]
        .join(Sitting, col(Sitting.id) == col(Attendance.sitting_id))
        .join(Body, col(Body.id) == col(Sitting.body_id))
        .where(Sitting.held_on >= start, Sitting.held_on <= end)
        .order_by(col(Sitting.held_on), col(Body.name))
    )
    if member_id is not None:
        query = query.where(Attendance.member_id == member_id)
    if body_id is not None:
        query = query.where(Sitting.body_id == body_id)
    return [(m, s or 0, d, b, st) for m, s, d, b, st in session.exec(query)]


def _holders(session: Session, sitting_ids: set[int], giver_id: int) -> dict[int, str]:
    """The holder of each active proxy the member gave, by sitting."""
    if not sitting_ids:
        return {}
    rows = session.exec(
        select(Proxy.sitting_id, Member)
        .join(Member, col(Member.id) == col(Proxy.holder_id))
        .where(
            Proxy.giver_id == giver_id,
            col(Proxy.sitting_id).in_(sitting_ids),
            col(Proxy.revoked_at).is_(None),
        )
    )
    return {sitting_id: holder.display_name for sitting_id, holder in rows}


def known_span(*, session: Session, member_id: int | None = None) -> tuple[date, date] | None:
    """The first and last sittings whose attendance the store knows (of one member, or of
    anyone): the period a record covers when the asker names none."""
    query = select(func.min(Sitting.held_on), func.max(Sitting.held_on)).join(
        Attendance, col(Attendance.sitting_id) == col(Sitting.id)
    )
    if member_id is not None:
        query = query.where(col(Attendance.member_id) == member_id)
    first, last = session.exec(query).one()
    return (first, last) if first is not None and last is not None else None


def member_record(
    *, session: Session, member_id: int, start: date, end: date, represented_counts: bool
) -> MemberRecord | None:
    """Each sitting of the period the member's attendance is known at, with the rate."""
    member = session.get(Member, member_id)
    if member is None:
        return None
    rows = _presence_rows(session, start=start, end=end, member_id=member_id)
    holders = _holders(session, {sitting_id for _, sitting_id, *_ in rows}, member_id)
    sittings = []
    for _, sitting_id, held_on, body, status in rows:
        presence = _PRESENCE[AttendanceStatus(status)]
        holder = holders.get(sitting_id) if presence is Presence.represented else None
        sittings.append(SittingPresence(sitting_id, held_on, body, presence, holder))
    return MemberRecord(member_id, member.display_name, start, end, represented_counts, sittings)


def body_record(
    *, session: Session, body_id: int, start: date, end: date, represented_counts: bool
) -> BodyRecord | None:
    """Every member of the body ranked by attendance rate over the period (the best first;
    members in office with no known sitting last, without a rate)."""
    body = session.get(Body, body_id)
    if body is None:
        return None
    rows = _presence_rows(session, start=start, end=end, body_id=body_id)
    presences: dict[int, list[Presence]] = {}
    for member_id, _, _, _, status in rows:
        presences.setdefault(member_id, []).append(_PRESENCE[AttendanceStatus(status)])
    in_office = set(
        session.exec(
            select(Membership.member_id).where(
                Membership.body_id == body_id, col(Membership.active).is_(True)
            )
        )
    )
    ids = presences.keys() | in_office
    members = session.exec(select(Member).where(col(Member.id).in_(ids))).all() if ids else []
    ranked = []
    for member in members:
        tally = Tally.of(presences.get(member.id or 0, []))
        rate = tally.rate(represented_counts)
        ranked.append(
            RankedMember(member.id or 0, member.display_name, member.last_name, tally, rate)
        )
    # Equal rates: the longer record first (4 sittings out of 4 before 1 out of 1), then by name.
    ranked.sort(
        key=lambda r: (
            r.rate is None,
            -(r.rate or 0),
            -r.tally.sittings,
            r.last_name.casefold(),
            r.name.casefold(),
        )
    )
    return BodyRecord(
        body_id=body_id,
        body=body.name,
        start=start,
        end=end,
        represented_counts=represented_counts,
        sittings=len({sitting_id for _, sitting_id, *_ in rows}),
        members=ranked,
    )


def bodies_with_sittings(
    *, session: Session, start: date, end: date, council_id: int | None = None
) -> list[tuple[int, str]]:
    """The bodies (of one council, when given) that sat in the period with a known
    attendance, by name."""
    query = (
        select(Body.id, Body.name)
        .join(Sitting, col(Sitting.body_id) == col(Body.id))
        .join(Attendance, col(Attendance.sitting_id) == col(Sitting.id))
        .where(Sitting.held_on >= start, Sitting.held_on <= end)
        .group_by(col(Body.id), col(Body.name))
        .order_by(col(Body.name))
    )
    if council_id is not None:
        query = query.where(Body.council_id == council_id)
    rows = session.exec(query)
    return [(body_id or 0, name) for body_id, name in rows]


# -- the émargement sheet of one sitting ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetLine:
    member_id: int
    name: str
    presence: Presence | None  # known before (declared) or after (recorded), else None
    proxy_to: str | None  # the holder of the proxy this member gave
    proxy_from: str | None  # the giver of the proxy this member holds (slot order)
    replaced: bool = False  # a suppléant sat in their stead (Conseil only)
    substitute: str | None = None  # that suppléant, as the roll call named them, if it did


@dataclass(frozen=True, slots=True)
class SheetRecord:
    sitting_id: int
    body: str
    held_on: date
    start_time: time | None
    place: str | None
    in_office: int
    quorum_required: int
    held: bool  # the sitting took place: the sheet is the record of attendance
    lines: list[SheetLine]
    second_convocation: bool = False  # no quorum condition (L2121-17 al. 2)

    @property
    def present(self) -> int:
        return sum(1 for line in self.lines if line.presence is Presence.present)

    @property
    def proxies(self) -> int:
        return sum(1 for line in self.lines if line.proxy_to)

    @property
    def votes(self) -> int:
        return rules.votes_available(self.present, self.proxies)

    @property
    def quorum_met(self) -> bool:
        return rules.quorum_met(
            self.present, self.in_office, self.held_on, self.second_convocation
        )


def sheet_record(*, session: Session, sitting_id: int, today: date) -> SheetRecord | None:
    """Who signs the sheet of a sitting, in alphabetical order: the members in office (and
    anyone the store records at it), each with their proxy and their known attendance.

    Before the sitting, only declarations made for it show (a declared absence, a proxy);
    once it has been held, the store's record of attendance fills the sheet.
    """
    sitting = session.get(Sitting, sitting_id)
    if sitting is None or sitting.id is None:
        return None
    body = session.get(Body, sitting.body_id)
    assert body is not None
    statuses: dict[int, AttendanceStatus] = {}
    substitutes: dict[int, str | None] = {}
    for member_id, status, substitute in session.exec(
        select(Attendance.member_id, Attendance.status, Attendance.substitute).where(
            Attendance.sitting_id == sitting.id
        )
    ):
        statuses[member_id] = AttendanceStatus(status)
        if statuses[member_id] is AttendanceStatus.replaced:
            substitutes[member_id] = substitute
    proxies = session.exec(
        select(Proxy)
        .where(Proxy.sitting_id == sitting.id, col(Proxy.revoked_at).is_(None))
        .order_by(col(Proxy.holder_slot))
    ).all()
    held = sitting.held_on <= today and bool(statuses)
    in_office_ids = set(
        session.exec(
            select(Membership.member_id).where(
                Membership.body_id == body.id, col(Membership.active).is_(True)
            )
        )
    )
    # Once held, the record is who the documents listed; before, who is in office now.
    expected = set(statuses) if held else in_office_ids | set(statuses)
    expected |= {p.giver_id for p in proxies} | {p.holder_id for p in proxies}
    members = (
        {m.id or 0: m for m in session.exec(select(Member).where(col(Member.id).in_(expected)))}
        if expected
        else {}
    )
    names = {member_id: m.display_name for member_id, m in members.items()}
    proxy_to = {p.giver_id: names.get(p.holder_id) for p in proxies}
    proxy_from: dict[int, list[str]] = {}
    for p in proxies:
        proxy_from.setdefault(p.holder_id, []).append(names.get(p.giver_id) or "")
    ordered = sorted(
        members.values(),
        key=lambda m: (m.last_name.casefold(), (m.first_name or "").casefold(), m.id or 0),
    )
    lines = [
        SheetLine(
            member_id=m.id or 0,
            name=m.display_name,
            presence=_PRESENCE[statuses[m.id or 0]] if (m.id or 0) in statuses else None,
            proxy_to=proxy_to.get(m.id or 0),
            proxy_from=", ".join(proxy_from[m.id or 0]) if (m.id or 0) in proxy_from else None,
            replaced=(m.id or 0) in substitutes,
            substitute=substitutes.get(m.id or 0),
        )
        for m in ordered
    ]
    in_office = sitting.in_office or len(in_office_ids) or len(lines)
    return SheetRecord(
        sitting_id=sitting.id,
        body=body.name,
        held_on=sitting.held_on,
        start_time=sitting.start_time,
        place=sitting.place,
        in_office=in_office,
        quorum_required=rules.quorum_required(
            in_office, sitting.held_on, sitting.second_convocation
        ),
        held=held,
        lines=lines,
        second_convocation=sitting.second_convocation,
    )
