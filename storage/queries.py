"""Read-only questions the bot and the CLI ask of the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy import func
from sqlmodel import Session, SQLModel, col, select

from storage import cues, rules
from storage.models import (
    Attendance,
    AttendanceStatus,
    AuditEntry,
    Body,
    Council,
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
from storage.names import alphabetical, fold


@dataclass(frozen=True, slots=True)
class StoreCounts:
    bodies: int
    members: int
    sittings: int
    deliberations: int
    funded_actions: int
    findings: int


def _count(session: Session, table: type[SQLModel], *where: sa.ColumnElement[bool]) -> int:
    return session.exec(select(func.count()).select_from(table).where(*where)).one()


def council_findings(council_id: int) -> sa.ColumnElement[bool]:
    """The import warnings that are one council's: those about its sittings, and those about
    no sitting (a file's, a row skipped) of the documents filed to it."""
    bodies = select(Body.id).where(Body.council_id == council_id)
    sittings = select(Sitting.id).where(col(Sitting.body_id).in_(bodies))
    documents = select(ImportedDocument.id).where(ImportedDocument.council_id == council_id)
    return sa.or_(
        col(ImportFinding.sitting_id).in_(sittings),
        sa.and_(
            col(ImportFinding.sitting_id).is_(None),
            col(ImportFinding.document_id).in_(documents),
        ),
    )


def store_counts(*, session: Session, council_id: int | None = None) -> StoreCounts:
    """What the store holds: all of it (the command line's import), or one council's (its
    secretariat's upload: the figures of the other councils of the store are not theirs). A
    council's warnings are those of its sittings, as its list of them reads them."""
    if council_id is None:
        return StoreCounts(
            bodies=_count(session, Body),
            members=_count(session, Member),
            sittings=_count(session, Sitting),
            deliberations=_count(session, Deliberation),
            funded_actions=_count(session, FundedAction),
            findings=_count(session, ImportFinding),
        )
    bodies = select(Body.id).where(Body.council_id == council_id)
    sittings = select(Sitting.id).where(col(Sitting.body_id).in_(bodies))
    return StoreCounts(
        bodies=_count(session, Body, col(Body.council_id) == council_id),
        members=_count(session, Member, col(Member.council_id) == council_id),
        sittings=_count(session, Sitting, col(Sitting.body_id).in_(bodies)),
        deliberations=_count(session, Deliberation, col(Deliberation.sitting_id).in_(sittings)),
        funded_actions=_count(session, FundedAction, col(FundedAction.council_id) == council_id),
        findings=_count(session, ImportFinding, council_findings(council_id)),
    )


# -- sittings ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonRef:
    member_id: int
    name: str


@dataclass(frozen=True, slots=True)
class ProxyRef:
    giver: PersonRef
    holder: PersonRef


@dataclass(frozen=True, slots=True)
class DeliberationRef:
    id: int
    number: str
    title: str
    outcome: str | None
    unanimous: bool | None


@dataclass(frozen=True, slots=True)
class SittingView:
    """Everything a member may ask of one sitting, computed once per question."""

    id: int
    body: str
    held_on: date
    start_time: time | None
    place: str | None
    convened_on: date | None
    notice_jours_francs: int | None
    notice_required: int
    urgent: bool
    # held on a second convocation after a quorum failure: no quorum condition (L2121-17)
    second_convocation: bool
    agenda: list[str]
    president: str | None
    secretary: str | None
    in_office: int | None
    present: list[PersonRef]
    excused: list[PersonRef]  # absents excusés who gave no proxy
    represented: list[PersonRef]  # absent, represented by a proxy
    absent: list[PersonRef]
    proxies: list[ProxyRef]
    quorum_required: int | None
    deliberations: list[DeliberationRef]
    findings: int
    cancelled_on: date | None = None  # cancelled after its convocation, kept as cancelled
    postponed_from: date | None = None  # the day it was convened for before it was postponed
    # who came is recorded (the signed sheet, or the counts of its minutes), not only declared
    recorded: bool = False
    # of `present`, the titulars whose seat a suppléant filled (the Conseil only)
    replaced: tuple[int, ...] = ()
    # of `replaced`, the suppléant who sat, by the titular's id, when the roll call named them
    substitutes: tuple[tuple[int, str], ...] = ()

    def substitute(self, member_id: int) -> str | None:
        """The suppléant who sat for this titular, when the roll call named them."""
        return next((name for m, name in self.substitutes if m == member_id), None)

    @property
    def present_count(self) -> int:
        return len(self.present)

    @property
    def votes(self) -> int:
        return rules.votes_available(len(self.present), len(self.proxies))

    @property
    def roll_call(self) -> bool:
        """Whether who attended is known: open data publishes decisions, not attendance."""
        return bool(self.present or self.excused or self.represented or self.absent)

    @property
    def quorum_met(self) -> bool | None:
        """None when it cannot be said, or when no quorum was required (a second
        convocation): a sitting that needed none neither met nor missed it."""
        return _quorum_met(self.present_count, self.quorum_required, self.second_convocation)

    def held(self, today: date) -> bool:
        """Whether the sitting took place: its day is gone, its acts are known, or, that day,
        its roll call is recorded. Before that, members on its roll are those who declared they
        would come, not who came."""
        return (
            self.held_on < today
            or bool(self.deliberations)
            or (self.recorded and self.held_on == today)
        )


def _quorum_met(present: int, required: int | None, second_convocation: bool) -> bool | None:
    if second_convocation or required is None or not present:
        return None
    return present >= required


def _quorum_required(in_office: int | None, held_on: date, second_convocation: bool) -> int | None:
    """What the law required of a sitting whose members in office are known (None if not)."""
    return rules.quorum_required(in_office, held_on, second_convocation) if in_office else None


@dataclass(frozen=True, slots=True)
class SittingQuorum:
    """What « combien de fois le quorum a été atteint ? » says of one sitting: a `SittingView`'s
    quorum alone, without its people, acts and documents."""

    id: int
    body: str
    held_on: date
    roll_call: bool  # who attended is known (open data publishes decisions only)
    second_convocation: bool
    present_count: int
    quorum_required: int | None

    @property
    def quorum_met(self) -> bool | None:
        return _quorum_met(self.present_count, self.quorum_required, self.second_convocation)


def sitting_quorums(
    *,
    session: Session,
    start: date,
    end: date,
    body_ids: list[int] | None = None,
    council_id: int | None = None,
) -> list[SittingQuorum]:
    """The quorum of every sitting held between two days, oldest first, from one query: the
    attendance rows counted per sitting (building each sitting's whole view to count them cost
    a query per sitting ever held, for « combien de fois le quorum a été atteint ? »)."""
    present = sa.func.coalesce(
        sa.func.sum(
            sa.case(
                (
                    col(Attendance.status).in_(
                        [AttendanceStatus.present.value, AttendanceStatus.replaced.value]
                    ),
                    1,
                ),
                else_=0,
            )
        ),
        0,
    )
    facts = (
        col(Sitting.id),
        col(Body.name),
        col(Sitting.held_on),
        col(Sitting.in_office),
        col(Sitting.second_convocation),
    )
    query = (
        sa.select(*facts, sa.func.count(col(Attendance.id)), present)
        .join(Body, col(Body.id) == Sitting.body_id)
        .outerjoin(Attendance, col(Attendance.sitting_id) == Sitting.id)
        .where(col(Sitting.held_on).between(start, end))
        .group_by(*facts)
        # (the order the sittings were listed in before: by day, then by body)
        .order_by(col(Sitting.held_on), col(Body.name), col(Sitting.id))
    )
    if body_ids:
        query = query.where(col(Sitting.body_id).in_(body_ids))
    if council_id is not None:  # a member sees their own council's sittings
        query = query.where(col(Body.council_id) == council_id)
    return [
        SittingQuorum(
            id=sitting_id or 0,
            body=body,
            held_on=held_on,
            roll_call=bool(rows),
            second_convocation=second,
            present_count=int(present_count),
            quorum_required=_quorum_required(in_office, held_on, second),
        )
        for sitting_id, body, held_on, in_office, second, rows, present_count in session.execute(
            query
        )
    ]


def council_sitting_ids(council_id: int) -> sa.Select:  # type: ignore[type-arg]
    """The ids of one council's sittings, as a subquery: what a member of it may see."""
    return (
        select(Sitting.id)
        .join(Body, col(Body.id) == Sitting.body_id)
        .where(Body.council_id == council_id)
    )


def council_name(*, session: Session, council_id: int | None) -> str | None:
    """The name of the council a member asks about: theirs, or the store's only one (None
    when the store holds several and the member is of none, or holds none)."""
    if council_id is not None:
        council = session.get(Council, council_id)
        return council.name if council is not None else None
    names = session.exec(select(Council.name).limit(2)).all()
    return names[0] if len(names) == 1 else None


def council_of(*, session: Session, member_id: int | None) -> int | None:
    """The council a linked member belongs to: what they may see (None: no scoping, the store
    serves one council or the member was created outside an import)."""
    if member_id is None:
        return None
    member = session.get(Member, member_id)
    return member.council_id if member is not None else None


def body_by_hint(
    *, session: Session, hint: str | None, council_id: int | None = None
) -> Body | None:
    """'bureau' or 'conseil' (any case or accent) to the body whose name starts so."""
    if not hint:
        return None
    query = select(Body)
    if council_id is not None:
        query = query.where(Body.council_id == council_id)
    for body in session.exec(query):
        if fold(body.name).startswith(fold(hint)):
            return body
    return None


SittingRow = tuple[Sitting, Body]


def sittings_between(
    *,
    session: Session,
    start: date,
    end: date,
    body_ids: list[int] | None = None,
    council_id: int | None = None,
) -> list[SittingRow]:
    query = (
        select(Sitting, Body)
        .join(Body, Body.id == Sitting.body_id)  # type: ignore[arg-type]
        .where(Sitting.held_on >= start, Sitting.held_on <= end)
        .order_by(Sitting.held_on)  # type: ignore[arg-type]
    )
    if body_ids:
        query = query.where(Sitting.body_id.in_(body_ids))  # type: ignore[attr-defined]
    if council_id is not None:
        query = query.where(Body.council_id == council_id)
    return list(session.exec(query).all())


def coming_sittings_of(
    *, session: Session, today: date, body_id: int | None, council_id: int | None
) -> list[Sitting]:
    """The sittings to come, soonest first, of one body or of a council's bodies."""
    query = select(Sitting).where(Sitting.held_on >= today, col(Sitting.cancelled_at).is_(None))
    if body_id is not None:
        query = query.where(Sitting.body_id == body_id)
    elif council_id is not None:
        query = query.where(
            col(Sitting.body_id).in_(select(Body.id).where(Body.council_id == council_id))
        )
    return list(session.exec(query.order_by(col(Sitting.held_on), col(Sitting.start_time))))


def live_first(found: list[Sitting]) -> list[Sitting]:
    """The sittings of a day, a body's cancelled one left out when it sits again that day."""
    live = {s.body_id for s in found if s.cancelled_at is None}
    return [s for s in found if s.cancelled_at is None or s.body_id not in live]


def find_sitting(
    *,
    session: Session,
    today: date,
    on: date | None = None,
    body_id: int | None = None,
    deliberation_number: str | None = None,
    last: bool = False,
    council_id: int | None = None,
) -> list[Sitting]:
    """The sittings a question points at: by deliberation, by date, else the next then the last.

    Returns every match (two bodies may sit the same day) so the caller can ask which.
    """
    query = select(Sitting)
    if council_id is not None:  # a member sees their own council's sittings only
        query = query.where(
            col(Sitting.body_id).in_(select(Body.id).where(Body.council_id == council_id))
        )
    if deliberation_number:
        # A subquery, not DISTINCT: PostgreSQL cannot compare the JSON agenda column.
        numbered = select(Deliberation.sitting_id).where(
            Deliberation.number == deliberation_number
        )
        return list(session.exec(query.where(col(Sitting.id).in_(numbered))).all())
    if body_id is not None:
        query = query.where(Sitting.body_id == body_id)
    if on is not None:
        found = live_first(list(session.exec(query.where(Sitting.held_on == on)).all()))
        # « le bureau du 18 » once it is postponed to the 12th: the sitting it became
        return found or list(session.exec(query.where(Sitting.postponed_from == on)).all())
    if not last:
        upcoming = session.exec(
            query.where(Sitting.held_on >= today, col(Sitting.cancelled_at).is_(None))
            .order_by(Sitting.held_on)  # type: ignore[arg-type]
            .limit(1)
        ).first()
        if upcoming is not None:
            return [upcoming]
    latest = session.exec(
        query.where(Sitting.held_on <= today).order_by(Sitting.held_on.desc()).limit(1)  # type: ignore[attr-defined]
    ).first()
    return [latest] if latest is not None else []


def sitting_view(*, session: Session, sitting_id: int) -> SittingView:
    sitting = session.get(Sitting, sitting_id)
    assert sitting is not None
    body = session.get(Body, sitting.body_id)
    assert body is not None
    assert sitting.id is not None
    rows = sorted(
        session.exec(
            select(Attendance.status, Member, Attendance.substitute)
            .join(Member, Member.id == Attendance.member_id)  # type: ignore[arg-type]
            .where(Attendance.sitting_id == sitting.id)
        ).all(),
        key=lambda row: alphabetical(row[1].last_name, row[1].first_name),
    )
    by_status: dict[str, list[PersonRef]] = {s.value: [] for s in AttendanceStatus}
    names: dict[int, str] = {}
    substitutes: dict[int, str] = {}
    for status, member, substitute in rows:
        ref = PersonRef(member.id or 0, member.display_name)
        names[ref.member_id] = ref.name
        by_status[status].append(ref)
        if substitute and status == AttendanceStatus.replaced:
            substitutes[ref.member_id] = substitute
    proxies = [
        ProxyRef(
            PersonRef(p.giver_id, names.get(p.giver_id) or _name(session, p.giver_id) or ""),
            PersonRef(p.holder_id, names.get(p.holder_id) or _name(session, p.holder_id) or ""),
        )
        for p in session.exec(
            select(Proxy).where(Proxy.sitting_id == sitting.id, Proxy.revoked_at.is_(None))  # type: ignore[union-attr]
        )
    ]
    # by the giver's surname, as the lists are (never by civility and first name)
    rank = {member.id: i for i, (_, member, _) in enumerate(rows)}
    proxies.sort(key=lambda p: (rank.get(p.giver.member_id, len(rank)), p.giver.name))
    deliberations = [
        DeliberationRef(d.id or 0, d.number, d.title, d.outcome, d.unanimous)
        for d in session.exec(
            select(Deliberation)
            .where(Deliberation.sitting_id == sitting.id)
            .order_by(Deliberation.number)  # type: ignore[arg-type]
        )
    ]
    findings = session.exec(
        select(func.count())
        .select_from(ImportFinding)
        .where(ImportFinding.sitting_id == sitting.id)
    ).one()
    in_office = sitting.in_office
    return SittingView(
        id=sitting.id,
        body=body.name,
        held_on=sitting.held_on,
        start_time=sitting.start_time,
        place=sitting.place,
        convened_on=sitting.convened_on,
        notice_jours_francs=(
            rules.jours_francs(sitting.convened_on, sitting.held_on)
            if sitting.convened_on
            else None
        ),
        notice_required=(
            rules.URGENT_NOTICE_DAYS
            if sitting.urgent
            else rules.notice_days_required(body.notice_days, sitting.second_convocation)
        ),
        urgent=sitting.urgent,
        second_convocation=sitting.second_convocation,
        agenda=list(sitting.agenda or []),
        president=_name(session, sitting.president_id),
        secretary=_name(session, sitting.secretary_id),
        in_office=in_office,
        present=by_status["present"] + by_status["replaced"],
        replaced=tuple(p.member_id for p in by_status["replaced"]),
        substitutes=tuple(substitutes.items()),
        excused=by_status["excused"],
        represented=by_status["represented"],
        absent=by_status["absent"],
        proxies=proxies,
        quorum_required=_quorum_required(in_office, sitting.held_on, sitting.second_convocation),
        deliberations=deliberations,
        findings=findings,
        cancelled_on=sitting.cancelled_at.date() if sitting.cancelled_at else None,
        postponed_from=sitting.postponed_from,
        recorded=sitting.present_count is not None,
    )


def _name(session: Session, member_id: int | None) -> str | None:
    if member_id is None:
        return None
    member = session.get(Member, member_id)
    return member.display_name if member else None


# -- members ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProxyHistory:
    held_on: date
    body: str
    # the holder for a proxy given, the giver for a proxy held; None: a proxy given to a
    # holder no document names (« Absents ayant voté par procuration : … »)
    other: str | None


@dataclass(frozen=True, slots=True)
class MemberView:
    id: int
    name: str
    role: str
    linked: bool
    bodies: list[str]
    attendance: dict[str, int]  # status → number of sittings
    given: list[ProxyHistory]
    held: list[ProxyHistory]

    @property
    def sittings(self) -> int:
        return sum(self.attendance.values())

    @property
    def presence_rate(self) -> float | None:
        if not self.sittings:
            return None
        return (
            self.attendance.get("present", 0) + self.attendance.get("replaced", 0)
        ) / self.sittings


def member_view(*, session: Session, member_id: int, today: date) -> MemberView | None:
    """A member's card. The attendance counted is of the sittings held by `today`:
    a presence or an absence declared for a sitting to come is no record yet (it made « sur 2
    séances enregistrées, taux de présence 50 % » of one sitting held)."""
    member = session.get(Member, member_id)
    if member is None:
        return None
    bodies = list(
        session.exec(
            select(Body.name)
            .join(Membership, Membership.body_id == Body.id)  # type: ignore[arg-type]
            .where(Membership.member_id == member_id, Membership.active)
            .order_by(Body.name)
        )
    )
    attendance = {
        status: count
        for status, count in session.exec(
            select(Attendance.status, func.count())
            .join(Sitting, Sitting.id == Attendance.sitting_id)  # type: ignore[arg-type]
            .where(
                Attendance.member_id == member_id,
                Sitting.held_on <= today,  # type: ignore[operator]
            )
            .group_by(Attendance.status)
        )
    }
    given: list[ProxyHistory] = []
    held: list[ProxyHistory] = []
    other = sa.orm.aliased(Member)
    for column, target, into in (
        (Proxy.giver_id, Proxy.holder_id, given),
        (Proxy.holder_id, Proxy.giver_id, held),
    ):
        rows = session.exec(
            select(Sitting.held_on, Body.name, other)  # type: ignore[call-overload]
            .select_from(Proxy)
            .join(Sitting, Sitting.id == Proxy.sitting_id)  # type: ignore[arg-type]
            .join(Body, Body.id == Sitting.body_id)  # type: ignore[arg-type]
            .join(other, other.id == target)  # type: ignore[arg-type]
            .where(column == member_id, Proxy.revoked_at.is_(None))  # type: ignore[union-attr]
            .order_by(Sitting.held_on.desc())  # type: ignore[attr-defined]
        )
        into.extend(
            ProxyHistory(held_on, body, person.display_name) for held_on, body, person in rows
        )
    # represented at a sitting whose documents name no holder: a proxy given all the same
    with_holder = select(Proxy.sitting_id).where(
        Proxy.giver_id == member_id,
        Proxy.revoked_at.is_(None),  # type: ignore[union-attr]
    )
    unnamed = session.exec(
        select(Sitting.held_on, Body.name)  # type: ignore[call-overload]
        .select_from(Attendance)
        .join(Sitting, Sitting.id == Attendance.sitting_id)  # type: ignore[arg-type]
        .join(Body, Body.id == Sitting.body_id)  # type: ignore[arg-type]
        .where(
            Attendance.member_id == member_id,
            Attendance.status == AttendanceStatus.represented,
            col(Attendance.sitting_id).not_in(with_holder),
        )
    )
    given.extend(ProxyHistory(held_on, body, None) for held_on, body in unnamed)
    given.sort(key=lambda p: p.held_on, reverse=True)
    return MemberView(
        id=member_id,
        name=member.display_name,
        role=member.role,
        linked=member.telegram_user_id is not None,
        bodies=bodies,
        attendance=attendance,
        given=given,
        held=held,
    )


# -- deliberations and funded actions ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FundedActionView:
    id: int
    programme: str | None
    axis: str | None
    title: str
    carrier: str | None
    territory: str | None
    objectives: str | None
    cost: Decimal | None
    contribution: Decimal | None
    multi_year_convention: bool | None
    deliberation_number: str | None  # None: a subsidy whose decision is not in the store
    held_on: date | None
    grantor: str | None = None  # a subsidy's nomAttribuant
    convention_date: date | None = None
    decision_reference: str | None = None
    # who « contribution » speaks of: the collectivité that decided the action, as its members
    # name it (« Métropole », « Département », « Communauté d'agglomération Loire Forez »)
    funder: str = "collectivité"


@dataclass(frozen=True, slots=True)
class DeliberationView:
    deliberation: Deliberation
    body: str
    held_on: date
    votes: int | None
    actions: list[FundedActionView]


def deliberation_texts(
    *, session: Session, council_id: int | None = None
) -> list[tuple[int, str, str]]:
    """Each act's title, and the words its topic is searched in besides: its matter and its
    budget as open data name them (« Voirie », « Fiscalité »: what an act whose title says
    « travaux de dissimulation de réseaux » is about), then its text."""
    query = select(
        Deliberation.id, Deliberation.title, Deliberation.matter, Deliberation.full_text
    )
    budgets = select(Deliberation.id, Deliberation.budget).where(
        col(Deliberation.budget).is_not(None)
    )
    if council_id is not None:
        query = query.where(col(Deliberation.sitting_id).in_(council_sitting_ids(council_id)))
        budgets = budgets.where(col(Deliberation.sitting_id).in_(council_sitting_ids(council_id)))
    budget_of = dict(session.exec(budgets).all())
    return [
        (
            i or 0,
            title,
            " ".join(part for part in (matter, _budget_topic(budget_of.get(i)), text) if part),
        )
        for i, title, matter, text in session.exec(query)
    ]


# The bookkeeping words of a budget's name (« budget principal de l'exercice en cours, à
# l'article 7062 »): every act has a budget, « le budget 2022 » asks for the acts about it.
_BOOKKEEPING = cues.plain(
    r"(?i)\b(?:budgets?|principal|annexes?|exercices?|en cours|articles?|chapitres?|\d+)\b"
)


def _budget_topic(budget: str | None) -> str:
    """The topic a budget's name says (« Voirie », « annexe des transports »: transports)."""
    return _BOOKKEEPING.sub(" ", budget or "")


def deliberations_by_number(*, session: Session, number: str) -> list[Deliberation]:
    return list(session.exec(select(Deliberation).where(Deliberation.number == number)).all())


def deliberation_views(*, session: Session, ids: list[int]) -> list[DeliberationView]:
    if not ids:
        return []
    rows = session.exec(
        select(Deliberation, Sitting, Body)
        .join(Sitting, Sitting.id == Deliberation.sitting_id)  # type: ignore[arg-type]
        .join(Body, Body.id == Sitting.body_id)  # type: ignore[arg-type]
        .where(Deliberation.id.in_(ids))  # type: ignore[union-attr]
    ).all()
    actions = funded_action_views(session=session, deliberation_ids=ids)
    by_deliberation: dict[str, list[FundedActionView]] = {}
    for action in actions:
        by_deliberation.setdefault(action.deliberation_number or "", []).append(action)
    order = {doc_id: i for i, doc_id in enumerate(ids)}
    views = [
        DeliberationView(
            deliberation=d,
            body=body.name,
            held_on=sitting.held_on,
            votes=sitting.votes_count,
            actions=by_deliberation.get(d.number, []),
        )
        for d, sitting, body in rows
    ]
    return sorted(views, key=lambda v: order[v.deliberation.id or 0])


def funded_action_texts(
    *, session: Session, council_id: int | None = None
) -> list[tuple[int, str, str]]:
    # « combien pour la troisième tranche du CLS ? »: an action is also asked for by the title
    # of the act that approved it, read with its own texts
    query = select(FundedAction, Deliberation.title).outerjoin(  # type: ignore[call-overload]
        Deliberation, col(Deliberation.id) == FundedAction.deliberation_id
    )
    if council_id is not None:
        query = query.where(FundedAction.council_id == council_id)
    rows = list(session.exec(query))
    return [
        (
            a.id or 0,
            # A subsidy is asked for by its beneficiary (carrier) or its grantor.
            " ".join(
                filter(None, [a.title, a.carrier, a.programme, a.axis, a.territory, a.grantor])
            ),
            " ".join(filter(None, [a.objectives, act_title])),
        )
        for a, act_title in rows
    ]


def funded_action_views(
    *,
    session: Session,
    ids: list[int] | None = None,
    deliberation_ids: list[int] | None = None,
    council_id: int | None = None,
) -> list[FundedActionView]:
    # Outer joins: a subsidy from open data may stand without its deliberation.
    query = (
        select(  # type: ignore[call-overload]
            FundedAction, Deliberation.number, Sitting.held_on, Council.name, Council.kind
        )
        .outerjoin(Deliberation, Deliberation.id == FundedAction.deliberation_id)
        .outerjoin(Sitting, Sitting.id == Deliberation.sitting_id)
        .outerjoin(Council, Council.id == FundedAction.council_id)
        .order_by(
            sa.func.coalesce(Sitting.held_on, FundedAction.convention_date).desc().nulls_last(),
            FundedAction.id,
        )
    )
    if ids is not None:
        query = query.where(col(FundedAction.id).in_(ids))
    if deliberation_ids is not None:
        query = query.where(col(FundedAction.deliberation_id).in_(deliberation_ids))
    if council_id is not None:
        query = query.where(FundedAction.council_id == council_id)
    # (the reader's naming of a collectivité, imported here: the bot starts without the reader)
    from storage.parsing.heading import funder_name

    return [
        FundedActionView(
            id=a.id or 0,
            programme=a.programme,
            axis=a.axis,
            title=a.title,
            carrier=a.carrier,
            territory=a.territory,
            objectives=a.objectives,
            cost=a.cost,
            contribution=a.contribution,
            multi_year_convention=a.multi_year_convention,
            deliberation_number=number,
            held_on=held_on,
            grantor=a.grantor,
            convention_date=a.convention_date,
            decision_reference=a.decision_reference,
            funder=funder_name(council, kind),
        )
        for a, number, held_on, council, kind in session.exec(query)
    ]


def member_bodies(*, session: Session, member_id: int) -> list[int]:
    return list(
        session.exec(
            select(Membership.body_id).where(
                Membership.member_id == member_id, col(Membership.active).is_(True)
            )
        )
    )


def next_sitting_for(
    *, session: Session, member_id: int, today: date, on: date | None = None
) -> list[Sitting]:
    """The member's coming sitting (or the ones on that date) among the bodies they sit in."""
    bodies = member_bodies(session=session, member_id=member_id)
    if not bodies:
        return []
    query = select(Sitting).where(col(Sitting.body_id).in_(bodies))
    if on is not None:
        return live_first(list(session.exec(query.where(Sitting.held_on == on)).all()))
    upcoming = session.exec(
        query.where(Sitting.held_on >= today, col(Sitting.cancelled_at).is_(None))
        .order_by(col(Sitting.held_on))
        .limit(1)
    ).first()
    return [upcoming] if upcoming else []


def store_revision(*, session: Session) -> tuple[int, int]:
    """Changes with every write: each one leaves an audit entry or an imported document.

    The bot keeps its views until this changes, so a question costs one cheap query when
    nothing moved, even with several bot processes sharing one database.
    """
    audit = select(func.max(AuditEntry.id)).scalar_subquery()
    imported = select(func.max(ImportedDocument.id)).scalar_subquery()
    latest_audit, latest_import = session.exec(select(audit, imported)).one()  # type: ignore[call-overload]
    return latest_audit or 0, latest_import or 0


def item_attendance(*, session: Session, deliberation_id: int) -> dict[str, list[PersonRef]]:
    """How one deliberation's vote differed from its sitting's roll call, by kind (arrived,
    away, not_voting, against, abstained), each list sorted by name."""
    rows = sorted(
        session.exec(
            select(ItemAttendance.kind, Member)
            .join(Member, Member.id == ItemAttendance.member_id)  # type: ignore[arg-type]
            .where(ItemAttendance.deliberation_id == deliberation_id)
        ).all(),
        key=lambda row: alphabetical(row[1].last_name, row[1].first_name),
    )
    changes: dict[str, list[PersonRef]] = {}
    for kind, member in rows:
        changes.setdefault(kind, []).append(PersonRef(member.id or 0, member.display_name))
    return changes


def assembly_names(
    *, session: Session, council_id: int | None = None
) -> tuple[list[str], list[str]]:
    """The names of the councils the store holds and of their bodies (of one council)."""
    councils = select(Council.name).order_by(Council.name)
    bodies = select(Body.name).order_by(Body.name)
    if council_id is not None:
        councils = councils.where(col(Council.id) == council_id)
        bodies = bodies.where(col(Body.council_id) == council_id)
    return list(session.exec(councils)), list(session.exec(bodies))
