"""Sending what the outbox owes (convocations, reminders, corrections) at Telegram's pace.

Each delivery is claimed in the store before it is sent and marked sent with Telegram's
message id right after, so a broadcast stopped half-way resumes with the members still owed,
and nobody receives the same convocation twice. The pace is python-telegram-bot's
AIORateLimiter (about 30 messages a second overall; a 429 « retry after » is waited out and
the message sent once); this module adds one message per second per chat (the .ics file
follows its convocation a second later).

A convocation whose agenda does not fit in one Telegram message is sent as its notice (date,
time, place, buttons, « the agenda follows ») then the agenda in pages cut between items, then
the .ics. Telegram's refusals are told apart: Forbidden is the member's side (unreachable), a
Bad Request is our message's (rejected, shown to the secretariat, not sent again), 429s and
network faults are retried.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from telegram import Bot, InputFile
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.callbacks import ConvocationAction as Action
from bot.callbacks import ConvocationAnswer
from bot.render import render, to_plain_text
from bot.replies import PAGE_LIMIT, keyboard, split_pages, visible_length
from bot.services import convocations, sitting_changes
from bot.services.calendar import sitting_ics
from bot.services.proxies import sitting_starts_at
from storage import db, queries
from storage.models import Body, Delivery, DeliveryStatus, Member, Sitting
from storage.names import feminine

log = logging.getLogger(__name__)

CONCURRENCY = 10  # requests in flight at once; the rate limiter decides when each goes
# Members being served at once. Each waits a second between its own messages (notice, agenda
# pages, .ics), so each holds a place for three seconds and more: 40 places give 50 messages a
# second, above Telegram's 30, while a broadcast stopped half-way leaves most members owed.
IN_PROGRESS = 4 * CONCURRENCY
PER_CHAT_GAP = 1.0  # seconds between two messages to one member (Telegram's limit)
# A delivery claimed longer ago than this by a sender that never finished (the process was
# killed mid-request) is owed again: a convocation missed is worse than one sent twice.
STALE_CLAIM = timedelta(minutes=2)


# Telegram's answers that mean the member cannot be reached, although they say « Bad Request »:
# the account behind the stored id is gone or never opened the chat. Anything else Telegram
# refuses is our message's fault (its markup, its length), the same for every member.
_MEMBER_SIDE = (
    "chat not found",
    "user not found",
    "peer_id_invalid",
    "user is deactivated",
    "bot can't initiate conversation",
)


def _member_side(error: BadRequest) -> bool:
    return any(phrase in error.message.casefold() for phrase in _MEMBER_SIDE)


@dataclass(frozen=True, slots=True)
class Parcel:
    """What one member receives for one delivery: the notice (with the buttons), the pages of
    the agenda that did not fit in it, the .ics."""

    notice: str
    follow_ups: list[str]
    calendar: bytes | None


@dataclass
class BroadcastResult:
    sent: int = 0
    unreachable: int = 0
    rejected: int = 0  # Telegram refused our message: the secretariat must see why
    failed: int = 0
    retried: int = 0
    errors: list[str] = field(default_factory=list)
    # Every member gets the same text for one sitting and kind: render it once per broadcast.
    # per sitting, kind and the agreement of « convoqué(e) » (a woman's, a man's, unknown)
    parcels: dict[tuple[int, str, bool | None], Parcel] = field(default_factory=dict)
    # A text Telegram refused once is refused for everyone: it is not sent again.
    refused: dict[tuple[int, str, bool | None], str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Lanes:
    requests: asyncio.Semaphore  # Bot API requests in flight
    stopping: asyncio.Event  # set when the broadcast is cancelled


def _claim(session: Session, delivery_id: int, now: datetime) -> bool:
    """Take the delivery for this sender; False if another sender has it (or it is done)."""
    stale = now - STALE_CLAIM
    result = session.execute(
        sa.update(Delivery)
        .where(
            col(Delivery.id) == delivery_id,
            sa.or_(
                col(Delivery.status) == DeliveryStatus.pending,
                sa.and_(
                    col(Delivery.status) == DeliveryStatus.sending,
                    col(Delivery.claimed_at) < stale,
                ),
            ),
        )
        .values(status=DeliveryStatus.sending, claimed_at=now, attempts=Delivery.attempts + 1)
        # The database decides (a compare-and-set); the session's copy of the row is not
        # evaluated against it: SQLite hands back naive timestamps, which cannot be compared
        # with `stale`, so taking over a killed sender's claim raised TypeError there.
        .execution_options(synchronize_session=False)
    )
    session.commit()
    return result.rowcount == 1  # type: ignore[attr-defined]


def _finish(session: Session, delivery_id: int, **values: object) -> None:
    session.execute(sa.update(Delivery).where(col(Delivery.id) == delivery_id).values(**values))
    session.commit()


def _update(engine: Engine, delivery_id: int, **values: object) -> None:
    with db.session(engine) as session:
        _finish(session, delivery_id, **values)


def owed(session: Session, sitting_id: int | None, now: datetime) -> list[int]:
    """Deliveries still to send (or whose agenda pages and calendar are still to follow),
    oldest first."""
    query = select(Delivery.id).where(
        sa.or_(
            col(Delivery.status) == DeliveryStatus.pending,
            sa.and_(
                col(Delivery.status) == DeliveryStatus.sending,
                col(Delivery.claimed_at) < now - STALE_CLAIM,
            ),
            sa.and_(
                col(Delivery.status) == DeliveryStatus.sent,
                col(Delivery.calendar_sent_at).is_(None),
            ),
        )
    )
    if sitting_id is not None:
        query = query.where(Delivery.sitting_id == sitting_id)
    return [i for i in session.exec(query.order_by(col(Delivery.id))) if i is not None]


# The notices of a sitting changed after its convocation, by the prefix of their kind.
_CHANGES = {
    "correction-": "correction",
    sitting_changes.POSTPONED: "postponed_notice",
    sitting_changes.WITHDRAWN: "item_withdrawn_notice",
    sitting_changes.COMPLEMENT: "complement_notice",
    sitting_changes.MOVED: "item_moved_notice",
    sitting_changes.CANCELLED: "cancelled_notice",
    sitting_changes.PROXY_VOID: "proxy_void_notice",
}
# The notices whose calendar replaces the event members hold (its SEQUENCE one higher each)
_UPDATES = ("correction-", sitting_changes.POSTPONED, sitting_changes.COMPLEMENT)


def _template(kind: str) -> str:
    if kind.startswith(convocations.RELAUNCH):
        return "relaunch"
    for reminder in (convocations.REMINDER, convocations.HOLDER_REMINDER):
        if kind.startswith(f"{reminder}:"):  # a postponed sitting's
            return reminder
    return next((name for prefix, name in _CHANGES.items() if kind.startswith(prefix)), kind)


def _carries_calendar(kind: str) -> bool:
    return kind in {convocations.CONVOCATION, sitting_changes.CANCELLED} or kind.startswith(
        _UPDATES
    )


def sitting_council(session: Session, sitting_id: int) -> str | None:
    """The name of the council whose body holds a sitting: the office that signs its notices
    when no president is named in the settings."""
    body = session.exec(
        select(Body).join(Sitting, col(Sitting.body_id) == Body.id).where(Sitting.id == sitting_id)
    ).first()
    return queries.council_name(session=session, council_id=body.council_id) if body else None


def _parcel(
    session: Session,
    delivery: Delivery,
    president: str | None,
    tz: ZoneInfo,
    now: datetime,
    feminine: bool | None,
) -> Parcel:
    """The notice alone when everything fits in one message; else the notice says the agenda
    follows, and the agenda follows in pages cut between its items. `feminine`: the member's
    agreement (« convoquée », « convoqué »; « convoqué(e) » when the civility is unknown), so
    one parcel is rendered per sitting, kind and agreement, never per member."""
    view = queries.sitting_view(session=session, sitting_id=delivery.sitting_id)
    template = _template(delivery.kind)
    calendar = _calendar(session, delivery, tz, now) if _carries_calendar(delivery.kind) else None
    change = sitting_changes.change_of(session, delivery.sitting_id, delivery.kind)
    council = sitting_council(session, delivery.sitting_id)
    whole = render(
        template, s=view, president=president, council=council, change=change, feminine=feminine
    )
    if visible_length(whole) <= PAGE_LIMIT:
        return Parcel(whole, [], calendar)
    notice = render(
        template, s=view, president=president, council=council, change=change, feminine=feminine,
        agenda_follows=True,
    )  # fmt: skip
    notice_pages = split_pages(notice)  # a notice too long by itself (never seen): in pages
    # Each page of the agenda opens with its heading: keep room for the longest one.
    heading = visible_length(render("agenda_page", s=view, page=999, total=999)) + 2
    items = split_pages(render("agenda_items", s=view), PAGE_LIMIT - heading)
    agenda = [
        f"{render('agenda_page', s=view, page=number, total=len(items))}\n\n{page}"
        for number, page in enumerate(items, start=1)
        if view.agenda
    ]
    return Parcel(notice_pages[0], notice_pages[1:] + agenda, calendar)


def _calendar(session: Session, delivery: Delivery, tz: ZoneInfo, now: datetime) -> bytes:
    view = queries.sitting_view(session=session, sitting_id=delivery.sitting_id)
    sitting = session.get(Sitting, delivery.sitting_id)
    assert sitting is not None
    # Each change sent after the convocation (a correction, a new date, an item, the
    # cancellation) raises the SEQUENCE: calendars take the highest as the event's state.
    changes = session.exec(
        select(Delivery.kind)
        .where(
            Delivery.sitting_id == delivery.sitting_id,
            sa.or_(
                *(col(Delivery.kind).startswith(prefix) for prefix in _UPDATES),
                col(Delivery.kind) == sitting_changes.CANCELLED,
            ),
        )
        .distinct()
    ).all()
    sequence = 0 if delivery.kind == convocations.CONVOCATION else len(changes)
    return sitting_ics(
        view.id,
        sitting_starts_at(sitting, tz),
        place=view.place,
        summary=to_plain_text(render("ics_summary", s=view)),
        description=to_plain_text(render("ics_description", s=view)),
        sequence=sequence,
        stamp=now,
        tz=tz,
        cancelled=sitting.cancelled_at is not None,
    )


async def _send_one(
    bot: Bot,
    engine: Engine,
    delivery_id: int,
    clock: Callable[[], datetime],
    tz: ZoneInfo,
    president: str | None,
    result: BroadcastResult,
    per_chat_gap: float,
    lanes: _Lanes,
) -> None:
    # Sessions are opened for each step and closed before every await on the network: a
    # connection held across a send would starve the pool at thirty sends in flight.
    with db.session(engine) as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        member = session.get(Member, delivery.member_id)
        sitting = session.get(Sitting, delivery.sitting_id)
        assert member is not None
        assert sitting is not None
        chat_id = member.telegram_user_id
        needs_message = delivery.status != DeliveryStatus.sent
        kind, attempts = delivery.kind, delivery.attempts + 1
        if chat_id is None:
            if needs_message and _claim(session, delivery_id, clock()):
                _finish(
                    session, delivery_id, status=DeliveryStatus.unreachable, error="not_linked"
                )
                result.unreachable += 1
            return
        key = (delivery.sitting_id, kind, feminine(member.civility))
        if key not in result.parcels:
            result.parcels[key] = _parcel(session, delivery, president, tz, clock(), key[2])
        ics_name = f"seance-{sitting.held_on.isoformat()}.ics"
    parcel = result.parcels[key]
    step = "notice" if needs_message else "follow-up"
    try:
        if needs_message:
            markup = keyboard(convocation_buttons(kind, delivery_id))
            async with lanes.requests:
                # Claimed only once its turn has come: a sender killed now leaves no more
                # claims to age than requests it had on the wire.
                if lanes.stopping.is_set():  # stopped before its turn: owed to the next run
                    return
                with db.session(engine) as session:
                    if not _claim(session, delivery_id, clock()):
                        return  # another sender has it, or it is done
                    if key in result.refused:
                        # Telegram refused this very text for another member: it would
                        # refuse it again.
                        error = result.refused[key][:200]
                        _finish(session, delivery_id, status=DeliveryStatus.rejected, error=error)
                        result.rejected += 1
                        return
                message = await bot.send_message(chat_id, parcel.notice, reply_markup=markup)
            done = not parcel.follow_ups and parcel.calendar is None
            _update(
                engine,
                delivery_id,
                status=DeliveryStatus.sent,
                sent_at=clock(),
                telegram_message_id=message.message_id,
                error=None,
                calendar_sent_at=clock() if done else None,
            )
            result.sent += 1
            if done:
                return
            await asyncio.sleep(per_chat_gap)
        step = "follow-up"
        for number, page in enumerate(parcel.follow_ups):
            if number:
                await asyncio.sleep(per_chat_gap)
            async with lanes.requests:
                await bot.send_message(chat_id, page)
        if parcel.calendar is not None:
            if parcel.follow_ups:
                await asyncio.sleep(per_chat_gap)
            async with lanes.requests:
                await bot.send_document(chat_id, InputFile(parcel.calendar, filename=ics_name))
        _update(engine, delivery_id, calendar_sent_at=clock())
    except Forbidden as error:  # the member blocked the bot, or deleted their account
        _update(engine, delivery_id, status=DeliveryStatus.unreachable, error=_said(step, error))
        result.unreachable += needs_message
    except BadRequest as error:
        if _member_side(error):  # the account behind the stored id cannot be written to
            status = DeliveryStatus.unreachable
            result.unreachable += needs_message
        else:  # our message: the same for every member, never retried, told the secretariat
            status = DeliveryStatus.rejected
            result.rejected += 1
            result.refused.setdefault(key, error.message)
            log.error("Telegram refused the %s of delivery %s: %s", step, delivery_id, error)
        _update(engine, delivery_id, status=status, error=_said(step, error))
    except (RetryAfter, NetworkError) as error:  # 429 past the limiter's retries, 5xx, cut
        give_up = attempts >= convocations.MAX_ATTEMPTS
        if needs_message:
            status = DeliveryStatus.failed if give_up else DeliveryStatus.pending
            _update(engine, delivery_id, status=status, error=str(error)[:200])
        result.failed += give_up
        result.retried += not give_up
        result.errors.append(f"{delivery_id}: {error}")


def _said(step: str, error: TelegramError) -> str:
    """What Telegram said, and whether the notice itself had got through before."""
    return (error.message if step == "notice" else f"suite : {error.message}")[:200]


def convocation_buttons(kind: str, delivery_id: int) -> list[tuple[str, str]] | None:
    """The four answers under a convocation, or under the new one of a postponed sitting
    (none under a reminder or a correction)."""
    if kind != convocations.CONVOCATION and not kind.startswith(convocations.POSTPONED):
        return None
    return [
        (
            render("button_acknowledge"),
            ConvocationAnswer(Action.ACKNOWLEDGE, delivery_id).encode(),
        ),
        (render("button_will_attend"), ConvocationAnswer(Action.PRESENT, delivery_id).encode()),
        (render("button_will_be_absent"), ConvocationAnswer(Action.ABSENT, delivery_id).encode()),
        (render("button_give_proxy"), ConvocationAnswer(Action.PROXY, delivery_id).encode()),
    ]


async def deliver(
    bot: Bot,
    engine: Engine,
    *,
    clock: Callable[[], datetime],
    tz: ZoneInfo,
    sitting_id: int | None = None,
    president: str | None = None,
    rounds: int = convocations.MAX_ATTEMPTS,
    per_chat_gap: float | None = None,
) -> BroadcastResult:
    """Send everything owed (for one sitting, or all); transient failures are retried for a
    few rounds, then left as failed for the secretariat's report."""
    result = BroadcastResult()
    gap = PER_CHAT_GAP if per_chat_gap is None else per_chat_gap
    members = asyncio.Semaphore(IN_PROGRESS)
    lanes = _Lanes(asyncio.Semaphore(CONCURRENCY), asyncio.Event())

    in_flight: set[asyncio.Future[None]] = set()

    async def guarded(delivery_id: int) -> None:
        async with members:
            sending = asyncio.ensure_future(
                _send_one(bot, engine, delivery_id, clock, tz, president, result, gap, lanes)
            )
            in_flight.add(sending)
            sending.add_done_callback(in_flight.discard)
            await asyncio.shield(sending)

    for _ in range(rounds):
        with db.session(engine) as session:
            todo = owed(session, sitting_id, clock())
        if not todo:
            break
        retried_before = result.retried
        try:
            await asyncio.gather(*(guarded(i) for i in todo))
        except asyncio.CancelledError:
            # Stopped (SIGTERM, restart): the messages already on their way are let through
            # and recorded, so no member is sent a convocation its row does not show; the
            # members whose turn had not come are left owed.
            lanes.stopping.set()
            await asyncio.gather(*in_flight, return_exceptions=True)
            raise
        if result.retried == retried_before:
            break
        await asyncio.sleep(1.0)  # let a transient fault pass before the next round
    return result
