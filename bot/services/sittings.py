"""Creating a sitting to come, from the CLI or from the secretariat's conversation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from bot.services.calendar import DEFAULT_DURATION
from bot.services.proxies import Actor, audit
from storage import cues
from storage.models import AuditEntry, Body, Membership, Sitting
from storage.names import fold

# The column's own limit, so that a longer place is refused with a sentence, not by the database.
PLACE_MAX_CHARS: int = Sitting.__table__.c.place.type.length  # type: ignore[attr-defined]


# The number or bullet a secretary types before an item (« 3. », « 3) », « Point 3 : », « - »):
# the agenda is shown numbered, so a typed number that is the item's own place is the display's.
_ITEM_MARK = cues.plain(
    r"\A(?:(?:point\s+)?(?:n°\s*)?(?P<number>\d{1,3})\s*(?:[.)°:]|\s[-–])|[-–•*·])\s+",
    re.IGNORECASE,
)


def numbered_item(typed: str) -> tuple[int | None, str]:
    """An item typed with its number (« N° 14 – Rénovation de la piscine », « 14. Budget »):
    that number, the agenda's place (the project's rule), and the title without it; (None, the
    item) when it carries none."""
    mark = _ITEM_MARK.match(typed.strip())
    if mark is None or mark["number"] is None:
        return None, typed
    return int(mark["number"]), typed.strip()[mark.end() :].strip()


# An agenda item is a title (« Attribution d'une subvention au SIEL… »), its detail going to the
# note de synthèse: the longest deliberation titles run to a few hundred characters.
AGENDA_ITEM_MAX_CHARS = 1000


def too_long_item(items: list[str]) -> str | None:
    """The first item longer than an agenda item may be, if any."""
    return next((item for item in items if len(item) > AGENDA_ITEM_MAX_CHARS), None)


@dataclass(frozen=True, slots=True)
class RepeatedItem:
    """An agenda item typed more than once: as first typed, and its places (from 1)."""

    item: str
    places: list[int]


def repeated_items(items: list[str]) -> list[RepeatedItem]:
    """The items an agenda holds twice or more, read as a member reads them (letters' case,
    accents, spacing and end marks aside): a line pasted twice convened every member to the
    same point twice, without a word to the secretary."""
    places: dict[str, list[int]] = {}
    for place, item in enumerate(items, start=1):
        if key := " ".join(fold(item).strip(" .;:!").split()):  # (a blank line is no item)
            places.setdefault(key, []).append(place)
    return [RepeatedItem(items[kept[0] - 1], kept) for kept in places.values() if len(kept) > 1]


def agenda_items(lines: list[str]) -> list[str]:
    """The items of an agenda typed one per line: blank lines dropped; a leading bullet, or a
    number equal to the item's place, removed (« 1. Budget » would read « 1. 1. Budget »). A
    number that is not the item's place (« 4 bis », an agenda starting at 12) is kept as typed."""
    items: list[str] = []
    for line in lines:
        item = line.strip()
        mark = _ITEM_MARK.match(item)
        if mark and (mark["number"] is None or int(mark["number"]) == len(items) + 1):
            item = item[mark.end() :].strip()
        if item:
            items.append(item)
    return items


# « Ordre du jour : », « ODJ : » typed before the items, as on a convocation: no item's words
_AGENDA_LABEL = cues.plain(r"(?i)\A\s*(?:l[’']\s*)?(?:ordre du jour|odj|o\.d\.j\.)\s*:\s*")


def agenda_lines(text: str) -> list[str]:
    """The lines of an agenda as typed in one message: one item a line, or, on one line, the
    items parted by « ; » (« Budget 2027 ; Tarifs des piscines » was one item of both); a
    leading « Ordre du jour : » is no item's words."""
    text = _AGENDA_LABEL.sub("", text, count=1)
    lines = text.splitlines()
    if len(lines) == 1 and ";" in lines[0]:
        parts = [p.strip() for p in lines[0].split(";")]
        if sum(1 for p in parts if p) >= 2:
            return parts
    return lines


class SittingExists(Exception):
    """The body already sits that day (one sitting per body and date)."""


class SecondExists(Exception):
    """The sitting whose quorum failed is already convened again (`second`, not cancelled)."""

    def __init__(self, second: Sitting) -> None:
        super().__init__(second.id)
        self.second = second


def second_convocation_of(session: Session, first: Sitting) -> Sitting | None:
    """The sitting created as `first`'s second convocation, while not cancelled (its link is
    the creation's audit entry)."""
    created = session.exec(
        select(Sitting, AuditEntry)
        .join(AuditEntry, col(AuditEntry.sitting_id) == Sitting.id)
        .where(
            AuditEntry.action == "sitting.created",
            Sitting.body_id == first.body_id,
            col(Sitting.second_convocation).is_(True),
            col(Sitting.cancelled_at).is_(None),
        )
    ).all()
    return next((s for s, a in created if a.details.get("second_after") == first.id), None)


def _claim(session: Session, first: Sitting) -> None:
    """The sitting whose quorum failed, held for this transaction before its second
    convocation is looked for: two secretaries pressing at once, in two processes, each found
    none and each created one. Its row written (to what it holds) in the change's own
    transaction, the other press waits for this one's commit (the row's lock on PostgreSQL,
    the write lock on SQLite), then finds the sitting it created."""
    table = Sitting.__table__  # type: ignore[attr-defined]
    session.execute(
        sa.update(table)
        .where(table.c.id == first.id)
        .values(second_convocation=table.c.second_convocation)
    )


class NoSuchTime(ValueError):
    """The wall-clock time does not exist that day: the clocks go forward over it."""


# The last year a sitting may be planned in: the years members name in their questions
# (19xx, 20xx, storage/french.py). « 31/12/9999 » was taken, and convening it failed on its
# calendar (the event's end, three hours later, is past the last day a date can hold).
LAST_YEAR = 2099


class StartRefused(ValueError):
    """A sitting to come cannot start then: `code` is « past » or « far » (after LAST_YEAR)."""

    def __init__(self, code: str, starts: datetime) -> None:
        super().__init__(code)
        self.code, self.starts = code, starts


def check_start(starts: datetime, now: datetime) -> None:
    """A sitting is planned (created, or moved) to come, within the years the assistant
    reads; a past moment made a « sitting to come » that was the latest one, with nothing
    published."""
    if starts <= now:
        raise StartRefused("past", starts)
    if starts.year > LAST_YEAR:
        raise StartRefused("far", starts)


# A sitting planned further ahead than this is asked about: « au 14 décembre 2031 », « 2099 »,
# are typos of a year far more often than a plan (a council's term is six years)
PLANNED_WITHIN_DAYS = 366


def years_ahead(starts: datetime, now: datetime) -> int:
    """How many whole years ahead a sitting is planned, when more than a year: the offer
    questions the year before anything is done; 0 within a year."""
    days = (starts.date() - now.date()).days
    if days <= PLANNED_WITHIN_DAYS:
        return 0
    return max(1, days // 365)


# Councils sit in the day or the evening: a start before 7 h or from 23 h is a typo far more
# often than a plan (« à 3h » for 15 h, « 0h30 » for 20 h 30); the summary questions it.
DAY_STARTS, NIGHT_STARTS = time(7), time(23)


def at_night(starts: datetime) -> bool:
    """Whether a sitting is planned to start in the night, an hour the offer questions."""
    return not DAY_STARTS <= starts.time().replace(tzinfo=None) < NIGHT_STARTS


def wall_clock(day: date, at: time, tz: ZoneInfo) -> datetime:
    """A sitting's start as the secretariat writes it, at the body's seat.

    On the night the clocks go forward (the last Sunday of March in France) 2:30 never
    happens: such a sitting was created, convened and announced at an hour no clock shows,
    so it is refused. On the night they go back, the first 2:30 is meant (summer time)."""
    starts = datetime.combine(day, at, tzinfo=tz)
    if starts.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != starts.replace(tzinfo=None):
        raise NoSuchTime(starts.isoformat())
    return starts


def sitting_that_day(session: Session, body_id: int, day: date) -> Sitting | None:
    """The body's sitting that day, if it has one (one sitting per body and date; a cancelled
    sitting no longer holds its day)."""
    return session.exec(
        select(Sitting).where(
            Sitting.body_id == body_id,
            Sitting.held_on == day,
            col(Sitting.cancelled_at).is_(None),
        )
    ).first()


@dataclass(frozen=True)
class Clash:
    """Another body's sitting held at the same time, and how many members sit in both."""

    sitting: Sitting
    body: str
    shared: int


def clashes(session: Session, body_id: int, starts: datetime) -> list[Clash]:
    """The other bodies' sittings under way at `starts` (or starting before one so placed
    ends), whose members partly sit in `body_id` too: a member cannot attend both, and a
    sitting convened over another leaves both short. A sitting's length is the calendar's
    (`calendar.DEFAULT_DURATION`), as none is printed; a sitting of no printed hour is none."""
    tz = starts.tzinfo
    found: list[Clash] = []
    others = session.exec(
        select(Sitting, Body)
        .join(Body, col(Body.id) == Sitting.body_id)
        .where(
            Sitting.body_id != body_id,
            Sitting.held_on == starts.date(),
            col(Sitting.start_time).is_not(None),
            col(Sitting.cancelled_at).is_(None),
        )
        .order_by(col(Sitting.start_time))
    ).all()
    for other, body in others:
        assert other.start_time is not None
        begins = datetime.combine(other.held_on, other.start_time, tzinfo=tz)
        if abs(begins - starts) >= DEFAULT_DURATION:
            continue
        mine = select(Membership.member_id).where(
            Membership.body_id == body_id, col(Membership.active).is_(True)
        )
        shared = session.exec(
            select(func.count())
            .select_from(Membership)
            .where(
                Membership.body_id == other.body_id,
                col(Membership.active).is_(True),
                col(Membership.member_id).in_(mine),
            )
        ).one()
        if shared:
            found.append(Clash(other, body.name, shared))
    return found


def create_sitting(
    *,
    session: Session,
    body: Body,
    starts: datetime,
    place: str | None,
    agenda: list[str],
    actor: Actor,
    second_after: Sitting | None = None,
) -> Sitting:
    """`starts` is the local time at the body's seat; members in office are counted now.
    `second_after`: the sitting whose quorum failed, this one its second convocation (three
    jours francs, no quorum condition: L2121-17 al. 2)."""
    if second_after is not None:
        _claim(session, second_after)
        if second := second_convocation_of(session, second_after):
            raise SecondExists(second)  # convened again twice for one quorum missed
    if sitting_that_day(session, body.id or 0, starts.date()) is not None:
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
        agenda=agenda_items(agenda),
        in_office=in_office,
        second_convocation=second_after is not None,
    )
    session.add(sitting)
    session.flush()
    after = {"second_after": second_after.id} if second_after is not None else {}
    audit(session, actor, "sitting.created", sitting.id, at=starts.isoformat(), **after)
    session.commit()
    return sitting
