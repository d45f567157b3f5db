"""Convening a sitting: the notice period, the outbox of deliveries, the proof of receipt.

No telegram here. `convene` checks the law and writes one pending Delivery per member; the
broadcaster (bot/broadcast.py) sends them and records each step, so the secretariat can show
who received, acknowledged and answered, and who must be convened by other means.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from bot.services import sittings, spreadsheet
from bot.services.proxies import (
    Actor,
    audit,
    published,
    registration_open,
    sitting_starts_at,
)
from storage import db, lookups, rules
from storage.models import (
    Attendance,
    AttendanceStatus,
    Body,
    Delivery,
    DeliveryStatus,
    Member,
    Proxy,
    Sitting,
)
from storage.names import alphabetical

CONVOCATION = "convocation"
REMINDER = "reminder"  # the day before, to whoever has neither acknowledged nor answered
HOLDER_REMINDER = "holder_reminder"  # the morning of the sitting, to proxy holders
RELAUNCH = "relance-"  # the secretariat's reminder sent now (« relance-1 », « relance-2 »…)
REMINDER_HOUR = 9
# A member relaunched is not relaunched again this soon: « Relancer » tapped twice, or the
# order typed again, sends nothing twice.
RELAUNCH_QUIET = timedelta(hours=1)
HOLDER_REMINDER_HOUR = 8
MAX_ATTEMPTS = 5


class ConvocationRefused(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def convene(
    *,
    session: Session,
    sitting_id: int,
    now: datetime,
    tz: ZoneInfo,
    actor: Actor,
    urgent: bool = False,
) -> Sitting:
    """Check the notice period and write the outbox; calling it again only resumes.

    Raises ConvocationRefused("too_late") when fewer jours francs remain than the body's rule
    (or than one, under urgency), and nothing is written.
    """
    sitting = session.get(Sitting, sitting_id)
    if sitting is None:
        raise ConvocationRefused("no_sitting")
    body = session.get(Body, sitting.body_id)
    assert body is not None
    if sitting.cancelled_at is not None:
        raise ConvocationRefused("cancelled", held_on=sitting.held_on)
    if sitting.held_on < now.astimezone(tz).date():
        # a sitting held is never convened, nor its convocation resumed
        raise ConvocationRefused("past", held_on=sitting.held_on)
    if sitting.convened_at is None:
        if published(session, sitting):
            # its acts are published: it was held, whatever its date (« 04 JUILLET 2999 »)
            raise ConvocationRefused("held", held_on=sitting.held_on)
        if sitting.held_on.year > sittings.LAST_YEAR:
            # « 4 juillet 9999 », a document's misprint imported as printed: the calendar of
            # its convocation overflowed (a traceback, nothing sent)
            raise ConvocationRefused(
                "too_far", held_on=sitting.held_on, last_year=sittings.LAST_YEAR
            )
        today = now.astimezone(tz).date()
        notice = rules.jours_francs(today, sitting.held_on)
        # Urgency is recorded only when the ordinary notice can no longer be given: the
        # sitting must then vote on it, which nobody should have to do for nothing.
        # (three jours francs for a second convocation after a quorum failure: L2121-17)
        ordinary = rules.notice_days_required(body.notice_days, sitting.second_convocation)
        urgent = urgent and notice < ordinary
        required = rules.URGENT_NOTICE_DAYS if urgent else ordinary
        if notice < required:
            raise ConvocationRefused(
                "too_late",
                notice=notice,
                required=required,
                last_day=rules.last_day_to_send(sitting.held_on, required),
                urgent=urgent,
            )
        if not lookups.seated(session, body.id or 0):
            # a body no imported document named the members of (open data names none): its
            # convocation went to nobody, and was recorded as sent
            raise ConvocationRefused("no_members", body=body.name)
        sitting.convened_on, sitting.convened_at, sitting.urgent = today, now, urgent
        session.add(sitting)
        audit(session, actor, "sitting.convened", sitting_id, urgent=urgent, jours_francs=notice)
    add_deliveries(session, sitting, CONVOCATION, lookups.seated(session, body.id or 0), now)
    _owe_again_what_telegram_refused(session, sitting_id)
    session.commit()
    return sitting


def _owe_again_what_telegram_refused(session: Session, sitting_id: int) -> None:
    """Convening again after Telegram refused our message (the secretariat corrected it) sends
    it again to those it did not reach; those it reached only get what followed the notice."""
    refused = (
        sa.update(Delivery)
        .where(
            col(Delivery.sitting_id) == sitting_id,
            col(Delivery.kind) == CONVOCATION,
            col(Delivery.status) == DeliveryStatus.rejected,
        )
        .execution_options(synchronize_session=False)
    )
    session.execute(
        refused.where(col(Delivery.sent_at).is_(None)).values(
            status=DeliveryStatus.pending, error=None, attempts=0
        )
    )
    session.execute(
        refused.where(col(Delivery.sent_at).is_not(None)).values(
            status=DeliveryStatus.sent, error=None, calendar_sent_at=None
        )
    )


def add_deliveries(
    session: Session, sitting: Sitting, kind: str, members: list[Member], now: datetime
) -> int:
    """One pending delivery per member not yet owed this message; unlinked members are
    recorded as unreachable at once (they must be convened by other means). Two processes
    writing the same reminders at the same moment (replicas whose jobs share a schedule)
    end with one row each: the second one's rows are skipped, not an error."""
    rows = [
        {
            "sitting_id": sitting.id or 0,
            "member_id": member.id or 0,
            "kind": kind,
            "status": DeliveryStatus.pending
            if member.telegram_user_id is not None
            else DeliveryStatus.unreachable,
            "error": None if member.telegram_user_id is not None else "not_linked",
            "attempts": 0,
            "created_at": now,
        }
        for member in members
    ]
    if not rows:
        return 0
    written = session.execute(
        db.insert(session, Delivery)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["sitting_id", "member_id", "kind"])
        .returning(Delivery.id)  # type: ignore[arg-type]
    )
    return len(written.all())


POSTPONED = "report-"  # « report-N »: the convocation to the new day of a postponed sitting


def current_convocation(session: Session, sitting_id: int) -> str:
    """The kind of the sitting's convocation in force: « convocation », or the latest
    « report-N » once postponed (its receipts, answers and reminders are the new day's)."""
    kinds = session.exec(
        select(Delivery.kind)
        .where(Delivery.sitting_id == sitting_id, col(Delivery.kind).startswith(POSTPONED))
        .distinct()
    ).all()
    numbers = [
        int(k.removeprefix(POSTPONED)) for k in kinds if k.removeprefix(POSTPONED).isdigit()
    ]
    return f"{POSTPONED}{max(numbers)}" if numbers else CONVOCATION


def _reached_by_convocation(session: Session, sitting_id: int) -> SelectOfScalar[Member]:
    """The members the sitting's convocation in force was sent to (the outbox row joined in)."""
    return (
        select(Member)
        .join(Delivery, col(Delivery.member_id) == Member.id)
        .where(
            Delivery.sitting_id == sitting_id,
            Delivery.kind == current_convocation(session, sitting_id),
            Delivery.status == DeliveryStatus.sent,
        )
    )


def silent_members(session: Session, sitting_id: int) -> list[Member]:
    """The members the convocation reached who have neither acknowledged it nor said whether
    they come: whom a reminder is for."""
    return list(
        session.exec(
            _reached_by_convocation(session, sitting_id).where(
                col(Delivery.acknowledged_at).is_(None), col(Delivery.answered_at).is_(None)
            )
        ).all()
    )


def unreached(session: Session, sitting_id: int) -> int:
    """How many members the convocation in force did not reach here (not linked, or failed):
    a reminder cannot reach them either."""
    return len(
        session.exec(
            select(Delivery.id).where(
                Delivery.sitting_id == sitting_id,
                Delivery.kind == current_convocation(session, sitting_id),
                col(Delivery.status).in_([DeliveryStatus.unreachable, DeliveryStatus.failed]),
            )
        ).all()
    )


def reminding(sitting: Sitting, now: datetime, tz: ZoneInfo) -> bool:
    """Whether a reminder of the sitting's convocation still has a point, the assistant's or
    the secretariat's: not cancelled, and its start not come (midnight when no hour is
    printed: the safe side). At 21:00, « Rappel » for the Bureau held at 17:00 was sent to
    every member still silent."""
    return sitting.cancelled_at is None and now < sitting_starts_at(sitting, tz)


def relaunch(
    *,
    session: Session,
    sitting: Sitting,
    now: datetime,
    tz: ZoneInfo,
    actor: Actor,
    only: int | None = None,
) -> int:
    """The secretariat's reminder sent now, besides the eve's: every silent member (`only`:
    that member, if silent) is owed one (kind « relance-N », N counting this sitting's
    relaunches, so each is sent once) while `reminding`; how many."""
    if not reminding(sitting, now, tz):
        return 0
    done = session.exec(
        select(Delivery.kind)
        .where(Delivery.sitting_id == sitting.id, col(Delivery.kind).startswith(RELAUNCH))
        .distinct()
    ).all()
    kind = f"{RELAUNCH}{len(done) + 1}"
    recent = last_relaunched(session, sitting.id or 0, now)
    silent = [
        m
        for m in silent_members(session, sitting.id or 0)
        if (only is None or m.id == only) and m.id not in recent
    ]
    added = add_deliveries(session, sitting, kind, silent, now)
    if added:  # a press that sent nothing (all relaunched just before) did nothing to record
        audit(
            session, actor, "sitting.relaunched", sitting.id, kind=kind, members=added, only=only
        )
    session.commit()
    return added


def last_relaunched(session: Session, sitting_id: int, now: datetime) -> dict[int, datetime]:
    """The members relaunched less than RELAUNCH_QUIET ago, with when."""
    rows = session.exec(
        select(Delivery.member_id, Delivery.created_at).where(
            Delivery.sitting_id == sitting_id,
            col(Delivery.kind).startswith(RELAUNCH),
            Delivery.created_at > now - RELAUNCH_QUIET,
        )
    ).all()
    return {member: max(at for m, at in rows if m == member) for member, _ in rows}


def reminder_kind(session: Session, sitting: Sitting, base: str = REMINDER) -> str:
    """A reminder (the eve's, or `base` the holders' morning one) of the convocation in force:
    « reminder », or « reminder:report-N » once postponed (the former day's is not the new
    day's)."""
    current = current_convocation(session, sitting.id or 0)
    return base if current == CONVOCATION else f"{base}:{current}"


def due_reminders(*, session: Session, now: datetime, tz: ZoneInfo) -> int:
    """Write the reminders whose time has come (the job queue calls this every few minutes,
    so reminders survive a restart: they live in the store, not in memory)."""
    local = now.astimezone(tz)
    added = 0
    upcoming = session.exec(
        select(Sitting).where(
            col(Sitting.convened_at).is_not(None),
            col(Sitting.cancelled_at).is_(None),
            Sitting.held_on >= local.date(),
        )
    ).all()
    for sitting in upcoming:
        if not reminding(sitting, now, tz):
            continue
        eve = datetime.combine(sitting.held_on - timedelta(days=1), datetime.min.time(), tz)
        if local >= eve.replace(hour=REMINDER_HOUR):
            silent = silent_members(session, sitting.id or 0)
            added += add_deliveries(session, sitting, reminder_kind(session, sitting), silent, now)
        morning = datetime.combine(sitting.held_on, datetime.min.time(), tz)
        if local >= morning.replace(hour=HOLDER_REMINDER_HOUR):
            holders = session.exec(
                select(Member)
                .join(Proxy, col(Proxy.holder_id) == Member.id)
                .where(Proxy.sitting_id == sitting.id, col(Proxy.revoked_at).is_(None))
            ).all()
            kind = reminder_kind(session, sitting, HOLDER_REMINDER)
            added += add_deliveries(session, sitting, kind, list(holders), now)
    session.commit()
    return added


def correct(
    *,
    session: Session,
    sitting: Sitting,
    now: datetime,
    actor: Actor,
    changes: dict[str, object],
) -> str:
    """A change of date, time or place after the convocation: every member who was sent it
    is owed a corrective notice (kind « correction-N », N counting the corrections)."""
    done = session.exec(
        select(Delivery.kind)
        .where(Delivery.sitting_id == sitting.id, col(Delivery.kind).startswith("correction-"))
        .distinct()
    ).all()
    kind = f"correction-{len(done) + 1}"
    received = session.exec(_reached_by_convocation(session, sitting.id or 0)).all()
    add_deliveries(session, sitting, kind, list(received), now)
    audit(session, actor, "sitting.corrected", sitting.id, kind=kind, **changes)
    session.commit()
    return kind


def latest_received(
    *, session: Session, member_id: int, today: date
) -> tuple[Delivery, Sitting] | None:
    """The convocation (or corrective notice) owed to a member for a sitting still to come:
    what « bien reçu » acknowledges. Whatever its delivery state: a member who says they
    received it (by Telegram, or by the other means the secretariat used when Telegram could
    not reach them) has received it."""
    row = session.exec(
        select(Delivery, Sitting)
        .join(Sitting, col(Sitting.id) == Delivery.sitting_id)
        .where(
            Delivery.member_id == member_id,
            sa.or_(
                col(Delivery.kind) == "convocation",
                col(Delivery.kind).startswith("correction-"),
                col(Delivery.kind).startswith(POSTPONED),
                col(Delivery.kind).startswith("complement-"),
            ),
            col(Sitting.cancelled_at).is_(None),
            Sitting.held_on >= today,
        )
        .order_by(col(Delivery.id).desc())
    ).first()
    return (row[0], row[1]) if row else None


def superseded(session: Session, delivery_id: int, member_id: int) -> tuple[bool, Delivery | None]:
    """Whether the convocation pressed is no longer the one in force (its sitting moved to
    another day since: an answer to it would be taken for the new day's), and the member's
    convocation in force, when there is one."""
    delivery = session.get(Delivery, delivery_id)
    if delivery is None or delivery.member_id != member_id:
        return False, None
    if delivery.kind != CONVOCATION and not delivery.kind.startswith(POSTPONED):
        return False, None
    current = current_convocation(session, delivery.sitting_id)
    if delivery.kind == current:
        return False, None
    in_force = session.exec(
        select(Delivery).where(
            Delivery.sitting_id == delivery.sitting_id,
            Delivery.member_id == member_id,
            Delivery.kind == current,
        )
    ).first()
    return True, in_force


def notice_sitting(session: Session, member_id: int, message_id: int) -> Sitting | None:
    """The sitting of the notice (convocation, reminder, corrective notice) sent to the member
    as message `message_id` of their chat, if that message is one."""
    return session.exec(
        select(Sitting)
        .join(Delivery, col(Delivery.sitting_id) == Sitting.id)
        .where(Delivery.member_id == member_id, Delivery.telegram_message_id == message_id)
    ).first()


def record_response(
    *,
    session: Session,
    delivery_id: int,
    member_id: int,
    answer: str | None,
    now: datetime,
    tz: ZoneInfo,
) -> Delivery | None:
    """« Accuser réception » (answer None) or an answer; None if the button is not theirs.

    An answer pressed once proxies and declarations are closed (the sitting about to start,
    or held: a button pressed days later) is not recorded, only the receipt: the member is
    told it is too late, and the report must not show « présent(e) » answered after the fact.
    """
    delivery = session.get(Delivery, delivery_id)
    if delivery is None or delivery.member_id != member_id:
        return None
    if answer is not None and _answers_closed(session, delivery.sitting_id, now, tz):
        answer = None
    if delivery.acknowledged_at is None:
        delivery.acknowledged_at = now
    if answer is not None:
        delivery.answer, delivery.answered_at = answer, now
    session.add(delivery)
    audit(
        session,
        Actor(member_id),
        "convocation.answered" if answer else "convocation.acknowledged",
        delivery.sitting_id,
        delivery_id=delivery_id,
        answer=answer,
    )
    session.commit()
    return delivery


def _answers_closed(session: Session, sitting_id: int, now: datetime, tz: ZoneInfo) -> bool:
    sitting = session.get(Sitting, sitting_id)
    body = session.get(Body, sitting.body_id) if sitting is not None else None
    return sitting is None or body is None or not registration_open(session, sitting, now, tz)


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One member's proof of receipt: what was sent when, what they did with it."""

    name: str
    status: DeliveryStatus
    sent_at: datetime | None  # Telegram accepted the notice
    telegram_message_id: int | None  # the notice's number in the member's chat
    complete_at: datetime | None  # the agenda's pages and the .ics followed
    acknowledged_at: datetime | None
    answer: str | None  # present | absent | proxy
    answered_at: datetime | None
    error: str | None  # what Telegram said, or « not_linked »
    member_id: int | None = None

    @property
    def received(self) -> bool:
        return self.sent_at is not None


@dataclass(frozen=True, slots=True)
class ConvocationReport:
    sitting_id: int
    lines: list[ReportLine] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(line.status == status for line in self.lines)

    @property
    def received(self) -> list[ReportLine]:
        return [line for line in self.lines if line.received]

    @property
    def acknowledged(self) -> int:
        return sum(line.acknowledged_at is not None for line in self.lines)

    @property
    def answered(self) -> int:
        return sum(line.answer is not None for line in self.lines)

    @property
    def by_other_means(self) -> list[ReportLine]:
        """Those the bot could not reach: the secretariat must convene them otherwise."""
        return [
            line
            for line in self.lines
            if line.status in {DeliveryStatus.unreachable, DeliveryStatus.failed}
        ]

    @property
    def rejected(self) -> list[ReportLine]:
        """Messages Telegram refused: an error of ours, not of these members."""
        return [line for line in self.lines if line.status == DeliveryStatus.rejected]

    @property
    def refusals(self) -> list[str]:
        """Telegram's reasons for refusing our messages, each once."""
        return sorted({line.error or "" for line in self.rejected})


# What a member declared by message (« je serai présent », « je donne pouvoir à … »), as the
# convocation's buttons would have answered it.
_DECLARED_ANSWER = {
    AttendanceStatus.present: "present",
    AttendanceStatus.excused: "absent",
    AttendanceStatus.absent: "absent",
    AttendanceStatus.represented: "proxy",
}


def report(*, session: Session, sitting_id: int) -> ConvocationReport:
    """Each member's delivery; their answer is the convocation button they pressed, else what
    they declared by message (the forecast of /quorum counts both: so does the report)."""
    rows = session.exec(
        select(Delivery, Member, Attendance)
        .join(Member, col(Member.id) == Delivery.member_id)
        .join(
            Attendance,
            sa.and_(
                col(Attendance.sitting_id) == Delivery.sitting_id,
                col(Attendance.member_id) == Delivery.member_id,
                col(Attendance.declared_at).is_not(None),
            ),
            isouter=True,
        )
        .where(
            Delivery.sitting_id == sitting_id,
            Delivery.kind == current_convocation(session, sitting_id),
        )
    ).all()
    rows = sorted(rows, key=lambda row: alphabetical(row[1].last_name, row[1].first_name))
    return ConvocationReport(
        sitting_id,
        [
            ReportLine(
                name=m.display_name,
                status=DeliveryStatus(d.status),
                sent_at=d.sent_at,
                telegram_message_id=d.telegram_message_id,
                complete_at=d.calendar_sent_at,
                acknowledged_at=d.acknowledged_at,
                answer=d.answer or (_DECLARED_ANSWER.get(a.status) if a else None),
                answered_at=d.answered_at if d.answer else (a.declared_at if a else None),
                error=d.error,
                member_id=m.id,
            )
            for d, m, a in rows
        ],
    )


# The spreadsheet kept as proof of the dematerialised convocation: UTF-8 with a byte order mark
# and « ; » between cells, which is what a French Excel opens without an import dialog.
CSV_COLUMNS = (
    "membre",
    "statut",
    "envoyée le",
    "n° du message Telegram",
    "ordre du jour et .ics envoyés le",
    "accusé de réception le",
    "réponse",
    "répondu le",
    "erreur",
)
CSV_STATUS = {
    DeliveryStatus.pending: "en attente d'envoi",
    DeliveryStatus.sending: "en cours d'envoi",
    DeliveryStatus.sent: "reçue",
    DeliveryStatus.unreachable: "injoignable",
    DeliveryStatus.rejected: "refusée par Telegram (erreur de l'envoi)",
    DeliveryStatus.failed: "échec après plusieurs essais",
}
CSV_ANSWERS = {"present": "présent(e)", "absent": "absent(e)", "proxy": "pouvoir"}


def csv_rows(report: ConvocationReport, tz: ZoneInfo) -> list[list[str]]:
    """The report as cells: local times to the second, « » for what did not happen."""

    def when(moment: datetime | None) -> str:
        if moment is None:
            return ""
        if moment.tzinfo is None:  # SQLite hands back naive UTC
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(tz).strftime("%d/%m/%Y %H:%M:%S")

    return [list(CSV_COLUMNS)] + [
        [
            line.name,
            CSV_STATUS[line.status],
            when(line.sent_at),
            "" if line.telegram_message_id is None else str(line.telegram_message_id),
            when(line.complete_at),
            when(line.acknowledged_at),
            CSV_ANSWERS.get(line.answer or "", line.answer or ""),
            when(line.answered_at),
            "compte Telegram non relié" if line.error == "not_linked" else line.error or "",
        ]
        for line in report.lines
    ]


def write_csv(report: ConvocationReport, stream: TextIO, tz: ZoneInfo) -> None:
    """Write the report to a text stream opened with encoding « utf-8-sig » and newline=""."""
    writer = csv.writer(stream, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    spreadsheet.write_rows(writer, csv_rows(report, tz))


def csv_bytes(report: ConvocationReport, tz: ZoneInfo) -> bytes:
    """The report's spreadsheet as a file to send: what `save_csv` writes."""
    stream = io.StringIO(newline="")
    write_csv(report, stream, tz)
    return stream.getvalue().encode("utf-8-sig")


def save_csv(report: ConvocationReport, path: Path, tz: ZoneInfo) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        write_csv(report, stream, tz)
