"""Sending what the outbox owes (convocations, reminders, corrections) at Telegram's pace.

Each delivery is claimed in the store before it is sent and marked sent with Telegram's
message id right after, so a broadcast stopped half-way resumes with the members still owed,
and nobody receives the same convocation twice. The pace is python-telegram-bot's
AIORateLimiter (about 30 messages a second overall; a 429 « retry after » is waited out and
the message sent once); this module adds one message per second per chat (the .ics file
follows its convocation a second later).
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
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.callbacks import ConvocationAction as Action
from bot.callbacks import ConvocationAnswer
from bot.render import render, to_plain_text
from bot.replies import keyboard
from bot.services import convocations
from bot.services.calendar import sitting_ics
from bot.services.proxies import sitting_starts_at
from storage import db, queries
from storage.models import Delivery, Member, Sitting

log = logging.getLogger(__name__)

CONCURRENCY = 30  # in flight at once; the rate limiter decides when each really goes
PER_CHAT_GAP = 1.0  # seconds between two messages to one member (Telegram's limit)
# A delivery claimed longer ago than this by a sender that never finished (the process was
# killed mid-request) is owed again: a convocation missed is worse than one sent twice.
STALE_CLAIM = timedelta(minutes=2)


@dataclass
class BroadcastResult:
    sent: int = 0
    unreachable: int = 0
    failed: int = 0
    retried: int = 0
    errors: list[str] = field(default_factory=list)
    # Every member gets the same text for one sitting and kind: render it once per broadcast.
    rendered: dict[tuple[int, str, str], str | bytes] = field(default_factory=dict)


def _claim(session: Session, delivery_id: int, now: datetime) -> bool:
    """Take the delivery for this sender; False if another sender has it (or it is done)."""
    stale = now - STALE_CLAIM
    result = session.execute(
        sa.update(Delivery)
        .where(
            col(Delivery.id) == delivery_id,
            sa.or_(
                col(Delivery.status) == "pending",
                sa.and_(col(Delivery.status) == "sending", col(Delivery.claimed_at) < stale),
            ),
        )
        .values(status="sending", claimed_at=now, attempts=Delivery.attempts + 1)
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
    """Deliveries still to send (and calendars still to attach), oldest first."""
    query = select(Delivery.id).where(
        sa.or_(
            col(Delivery.status) == "pending",
            sa.and_(
                col(Delivery.status) == "sending", col(Delivery.claimed_at) < now - STALE_CLAIM
            ),
            sa.and_(
                col(Delivery.status) == "sent",
                col(Delivery.kind) != convocations.REMINDER,
                col(Delivery.kind) != convocations.HOLDER_REMINDER,
                col(Delivery.calendar_sent_at).is_(None),
            ),
        )
    )
    if sitting_id is not None:
        query = query.where(Delivery.sitting_id == sitting_id)
    return [i for i in session.exec(query.order_by(col(Delivery.id))) if i is not None]


def _message(session: Session, delivery: Delivery, president: str | None) -> str:
    view = queries.sitting_view(session=session, sitting_id=delivery.sitting_id)
    template = "correction" if delivery.kind.startswith("correction-") else delivery.kind
    return render(template, s=view, president=president)


def _calendar(session: Session, delivery: Delivery, tz: ZoneInfo, now: datetime) -> bytes:
    view = queries.sitting_view(session=session, sitting_id=delivery.sitting_id)
    sitting = session.get(Sitting, delivery.sitting_id)
    assert sitting is not None
    sequence = (
        int(delivery.kind.rsplit("-", 1)[1]) if delivery.kind.startswith("correction-") else 0
    )
    return sitting_ics(
        view,
        sitting_starts_at(sitting, tz),
        summary=to_plain_text(render("ics_summary", s=view)),
        description=to_plain_text(render("ics_description", s=view)),
        sequence=sequence,
        stamp=now,
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
        needs_message = delivery.status != "sent"
        kind, attempts = delivery.kind, delivery.attempts + 1
        if needs_message and not _claim(session, delivery_id, clock()):
            return
        if chat_id is None:
            _finish(session, delivery_id, status="unreachable", error="not_linked")
            result.unreachable += 1
            return
        text_key = (delivery.sitting_id, kind, "text")
        if needs_message and text_key not in result.rendered:
            result.rendered[text_key] = _message(session, delivery, president)
        ics_key = (delivery.sitting_id, kind, "ics")
        calendar = kind not in {convocations.REMINDER, convocations.HOLDER_REMINDER}
        if calendar and ics_key not in result.rendered:
            result.rendered[ics_key] = _calendar(session, delivery, tz, clock())
        ics_name = f"seance-{sitting.held_on.isoformat()}.ics"
    try:
        if needs_message:
            text = str(result.rendered[text_key])
            markup = keyboard(_buttons(kind, delivery_id))
            message = await bot.send_message(chat_id, text, reply_markup=markup)
            _update(
                engine,
                delivery_id,
                status="sent",
                sent_at=clock(),
                telegram_message_id=message.message_id,
                error=None,
            )
            result.sent += 1
            if not calendar:
                return
            await asyncio.sleep(per_chat_gap)
        data = result.rendered[ics_key]
        assert isinstance(data, bytes)
        await bot.send_document(chat_id, InputFile(data, filename=ics_name))
        _update(engine, delivery_id, calendar_sent_at=clock())
    except (Forbidden, BadRequest) as error:  # blocked the bot, or never opened the chat
        if needs_message:
            _update(engine, delivery_id, status="unreachable", error=str(error)[:200])
            result.unreachable += 1
        else:
            _update(engine, delivery_id, calendar_sent_at=clock())  # nothing more to do
    except (RetryAfter, NetworkError) as error:  # 429 past the limiter's retries, 5xx, cut
        give_up = attempts >= convocations.MAX_ATTEMPTS
        if needs_message:
            status = "failed" if give_up else "pending"
            _update(engine, delivery_id, status=status, error=str(error)[:200])
        result.failed += give_up
        result.retried += not give_up
        result.errors.append(f"{delivery_id}: {error}")


def _buttons(kind: str, delivery_id: int) -> list[tuple[str, str]] | None:
    if kind != convocations.CONVOCATION:
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
    semaphore = asyncio.Semaphore(CONCURRENCY)

    in_flight: set[asyncio.Future[None]] = set()

    async def guarded(delivery_id: int) -> None:
        async with semaphore:
            sending = asyncio.ensure_future(
                _send_one(bot, engine, delivery_id, clock, tz, president, result, gap)
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
            # and recorded, so no member is sent a convocation its row does not show.
            await asyncio.gather(*in_flight, return_exceptions=True)
            raise
        if result.retried == retried_before:
            break
        await asyncio.sleep(1.0)  # let a transient fault pass before the next round
    return result
