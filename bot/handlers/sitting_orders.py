"""The secretariat's orders about a sitting, typed (« annule le bureau du 18 », « reporte le
conseil du 14 au 21 à 18h », « retire le point 2 de l'ODJ ») or as commands (/annuler_seance,
/reporter_seance): each is read, checked, then confirmed with a button before anything is
changed or sent; the members convened are then told through the outbox.

What an order carries besides its sitting (a new moment, an item) waits in the store with it
(another bot process may receive the press); the button names the sitting, so a press on an
order since replaced, or a forged one, changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import callbacks
from bot.callbacks import Convene, OrderAction, SittingOrder
from bot.context import CouncilApp
from bot.handlers import offers
from bot.handlers.common import MAX_QUESTION_LENGTH, Ask, as_member, candidate_label, command_text
from bot.handlers.convocations import send_in_background
from bot.render import render
from bot.services import roll_calls, sitting_changes, sittings
from bot.services.convocations import ConvocationRefused
from bot.services.intents import InvalidDate, Question, find_date, parse_question
from bot.services.names import Candidate
from bot.services.proxies import Actor, published
from bot.services.proxy_dialog import Said, read_reply
from bot.services.roll_calls import RollCallOrder, read_roll_call, spoken_roll_call
from bot.services.sitting_orders import (
    PERIOD_SAID,
    TIME_SAID,
    Order,
    PastDay,
    Verb,
    bare_day,
    coming_day,
    days_shifted,
    hour_said,
    moment_alone,
    moved_alone,
    new_day,
    read_order,
)
from storage import chat_state, queries, rules
from storage.models import (
    Attendance,
    AttendanceStatus,
    Body,
    Council,
    Member,
    Membership,
    Proxy,
    Sitting,
)
from storage.names import fold

PENDING_KEY = offers.SITTING_ORDER_KEY  # one key: a newer offer drops the order
PENDING_KEPT = timedelta(hours=1)


def _user_id(ask: Ask) -> int:
    user = ask.update.effective_user
    assert user is not None  # as_member answers only updates that have one
    return user.id


def _actor(ask: Ask) -> Actor:
    return Actor(ask.asker.member_id, _user_id(ask))


async def answer_text(ask: Ask, text: str) -> bool:
    """A secretariat's message: the yes or no to the order waiting, or an order about a
    sitting; False for anything else (read as a question)."""
    pending = _waiting(ask)
    if pending is not None and (said := read_reply(text)) in (Said.CONFIRM, Said.CANCEL):
        if said is Said.CANCEL:
            _drop(ask)
            await ask.reply("order_kept")
            return True
        await _carry_out(ask, pending, urgent=bool(pending.get("urgent_needed")), kept=True)
        _drop(ask)  # once done or refused, not before (`_carry_out`)
        return True
    if (
        pending
        and pending.get("verb") == Verb.ROLL_CALL.value
        and (fix := roll_calls.read_offer_fix(text)) is not None
        and await _fix_offered(ask, pending, fix)
    ):
        return True
    # « … Pouvoir d'Arnaud à Berger. … »: a proxy typed in the roll call is said back, apart
    called, proxies = roll_calls.proxies_apart(text)
    roll = read_roll_call(called) if len(text) <= ROLL_CALL_MAX_LENGTH else None
    spoken = roll_calls.read_dictated(called) if len(text) <= ROLL_CALL_MAX_LENGTH else None
    if roll is not None and not (spoken is not None and (spoken.excused or spoken.absent)):
        await _offer_roll_call(ask, roll, proxies)
        return True
    if spoken is not None and await _offer_dictated(ask, spoken, proxies):
        return True
    if (
        spoken_roll_call(text)
        and len(ask.reads.resolution(ask.session, text, in_text=True).candidates) > 1
    ):
        # dictated, several members named and no « : »: which words are names is not guessed
        await ask.reply("roll_call_refused", code="colon", s=None, on=None)
        return True
    if (change := roll_calls.read_change(text)) is not None:
        await _offer_changed(ask, change)
        return True
    order = read_order(text)
    if (
        order is None
        and pending
        and pending.get("verb") in (Verb.POSTPONE.value, Verb.HOUR.value)
        and (moment := moment_alone(text)) is not None
    ):
        order = Order(Verb.POSTPONE, "", new_words=moment)  # « non, au 28 plutôt »
    if (
        order is None
        and pending
        and pending.get("verb") == Verb.REORDER.value
        and type(index := pending.get("index")) is int
        and (where := moved_alone(text)) is not None
    ):
        # « non, plutôt en deuxième position »: the same item, moved elsewhere
        order = Order(Verb.REORDER, "", rank=index + 1, at=where[0], side=where[1])
    if order is None:
        return False
    if len(text) > MAX_QUESTION_LENGTH and not (order.verb is Verb.ADD and order.item):
        return False  # a letter is no order: what it asks is read by the router, or refused
    await _order(ask, order, pending)
    return True


async def _order(ask: Ask, order: Order, pending: Mapping[str, Any] | None = None) -> None:
    if order.verb is Verb.SECOND:  # of a sitting held, where every other order is of one to come
        await _offer_second(ask, order)
        return
    # An order naming no sitting (« non, retire plutôt le 2 ») is about the one whose order
    # waits, else the one to come (`sitting_named`)
    kept = pending.get("sitting_id") if pending and not order.sitting_words.strip() else None
    sitting = (
        ask.session.get(Sitting, int(kept))
        if isinstance(kept, int)
        else await sitting_named(ask, order.sitting_words)
    )
    if sitting is None:
        return
    view = ask.sitting_view(sitting.id or 0)
    problem = _unchangeable(ask, sitting)
    if problem is not None:
        await ask.reply("order_refused", code=problem, s=view, p={})
        return
    if order.verb is Verb.REORDER:
        await _offer_move(ask, sitting, order)
    elif order.verb is Verb.CANCEL:
        await _offer_cancel(ask, sitting)
    elif order.verb is Verb.POSTPONE:
        # « non, le 27 plutôt » correcting the day offered: a bare day is of that day's month
        offered = pending.get("starts") if kept is not None and pending else None
        month_of = datetime.fromisoformat(offered).date() if isinstance(offered, str) else None
        await _offer_postpone(ask, sitting, order, month_of=month_of)
    elif order.verb is Verb.WITHDRAW:
        await _offer_withdraw(ask, sitting, order)
    elif order.verb is Verb.PLACE:
        await _offer_place(ask, sitting, order)
    else:
        await _offer_add(ask, sitting, order)


def _unchangeable(ask: Ask, sitting: Sitting) -> str | None:
    rt = ask.runtime
    return sitting_changes.unchangeable(ask.session, sitting, rt.now(), rt.settings.tz)


async def _named(ask: Ask, words: str) -> tuple[Question, Body | None] | None:
    """What the words naming a sitting say (its day…) and the body they name, if one; None
    when a date typed does not exist (it is said)."""
    try:
        question = parse_question(words, ask.runtime.today())
    except InvalidDate as error:
        await ask.reply("invalid_date", text=error.text)
        return None
    hint = question.body_hint
    return question, queries.body_by_hint(
        session=ask.session, hint=hint, council_id=ask.asker.council_id
    )


async def sitting_named(ask: Ask, words: str, *, changing: bool = True) -> Sitting | None:
    """The sitting the order names (its body, its day, « prochain »), among this council's;
    else an answer saying which exist (`changing`: and that nothing was changed), and None."""
    today = ask.runtime.today()
    read = await _named(ask, words)
    if read is None:
        return None
    question, body = read
    council_id = ask.asker.council_id
    on = question.on
    if on is not None:
        on = coming_day(on, today, words)
    elif (day := bare_day(words, today)) is not None:
        on = day
    rt = ask.runtime
    coming = [  # (« le prochain bureau » at 21:00 is not the one of 17:00 that day)
        s
        for s in queries.coming_sittings_of(
            session=ask.session,
            today=today,
            body_id=body.id if body else None,
            council_id=council_id,
        )
        if sitting_changes.unchangeable(ask.session, s, rt.now(), rt.settings.tz) != "started"
    ]
    if on is not None:
        found = queries.find_sitting(
            session=ask.session, today=today, on=on, body_id=body.id if body else None,
            council_id=council_id,
        )  # fmt: skip
        if question.on is not None and not found and on != question.on:
            found = queries.find_sitting(
                session=ask.session, today=today, on=question.on,
                body_id=body.id if body else None, council_id=council_id,
            )  # fmt: skip
        if not found and question.on is None:
            # « le bureau du 14 » said in December of the only one to come on a 14th, in
            # January: the day number names it, whichever month comes first with none
            found = [s for s in coming if s.held_on.day == on.day]
        if len(found) == 1:
            return found[0]
        await ask.reply(
            "order_which",
            on=on,
            body=body.name if body else None,
            several=len(found) > 1,
            sittings=[ask.sitting_view(s.id or 0) for s in (found or coming)[:5]],
            changing=changing,
        )
        return None
    if len(coming) == 1 or (coming and "prochain" in fold(words)):
        return coming[0]
    await ask.reply(
        "order_which",
        on=None,
        body=body.name if body else None,
        several=len(coming) > 1,
        sittings=[ask.sitting_view(s.id or 0) for s in coming[:5]],
        changing=changing,
    )
    return None


def _moment(sitting: Sitting) -> str:
    """The day and hour the order was offered for: another secretary may move the sitting
    before the press, and the order then no longer says what it would do."""
    return f"{sitting.held_on.isoformat()} {sitting.start_time or ''}"


def _save(ask: Ask, pending: dict[str, Any]) -> dict[str, Any]:
    sitting = ask.session.get(Sitting, int(pending["sitting_id"]))
    kept = pending | ({"moment": _moment(sitting)} if sitting is not None else {})
    chat_state.put(
        session=ask.session,
        telegram_user_id=_user_id(ask),
        key=PENDING_KEY,
        value=kept,
        now=ask.runtime.clock(),
        ttl=PENDING_KEPT,
    )
    return kept


async def _confirm(ask: Ask, pending: dict[str, Any], **data: Any) -> None:
    """The order offered with its two buttons; the order waiting then knows the message they
    are under: a button under an offer since replaced by another of the same kind (« reporte
    au 25 », then « reporte au 1er août ») would carry out the newer one."""
    offer = await ask.reply("order_confirm", **data)
    if offer is not None:
        _save(ask, pending | {"offer": offer})


def _waiting(ask: Ask) -> dict[str, Any] | None:
    """The order waiting for this secretary's yes, if any (what is not even a mapping is
    kept as one that `_readable` refuses)."""
    pending = chat_state.get(
        session=ask.session,
        telegram_user_id=_user_id(ask),
        key=PENDING_KEY,
        now=ask.runtime.clock(),
    )
    if pending is None or isinstance(pending, dict):
        return pending
    return {}


def _drop(ask: Ask) -> None:
    chat_state.delete(session=ask.session, telegram_user_id=_user_id(ask), key=PENDING_KEY)


def _reach(ask: Ask, sitting_id: int) -> dict[str, int]:
    """« convened » and « here »: who the change concerns, and who can be told of it here."""
    convened, here = sitting_changes.reach(ask.session, sitting_id)
    return {"convened": convened, "here": here}


def _proxies_count(ask: Ask, sitting_id: int) -> int:
    return len(
        ask.session.exec(
            select(Proxy.id).where(Proxy.sitting_id == sitting_id, col(Proxy.revoked_at).is_(None))
        ).all()
    )


async def _offer(
    ask: Ask, sid: int, verb: Verb, action: OrderAction, label: str, kept: dict[str, Any],
    **shown: Any,
) -> None:  # fmt: skip
    """The order kept in the store with what it carries (`kept`), and offered: what it would
    do (`shown`), whom it reaches, and its two buttons, to confirm or to change nothing."""
    pending = _save(ask, {"verb": verb.value, "sitting_id": sid} | kept)
    await _confirm(
        ask,
        pending,
        buttons=[
            (render(label), SittingOrder(action, sid).encode()),
            (render("button_keep_sitting"), SittingOrder(OrderAction.KEEP, sid).encode()),
        ],
        verb=verb.value,
        s=ask.sitting_view(sid),
        **_reach(ask, sid),
        **({"p": {}} | shown),
    )


async def _short(
    ask: Ask, sitting: Sitting, day: date, code: str, **shown: Any
) -> dict[str, Any] | None:
    """A convened sitting's change on `day`: the figures of the urgency it needs (fewer jours
    francs than its rule), empty when it needs none; None, and it is said, when even urgency
    is too late."""
    short = _notice_short(ask, sitting, day) if sitting.convened_at is not None else None
    if short is not None and not short["urgency_possible"]:
        await ask.reply("order_refused", code=code, s=ask.sitting_view(sitting.id or 0), p=short,
                        **shown)  # fmt: skip
        return None
    return short or {}


async def _offer_cancel(ask: Ask, sitting: Sitting) -> None:
    sid = sitting.id or 0
    await _offer(
        ask, sid, Verb.CANCEL, OrderAction.CANCEL, "button_cancel_sitting", {},
        proxies=_proxies_count(ask, sid),
    )  # fmt: skip


def _notice_short(ask: Ask, sitting: Sitting, day: date) -> dict[str, Any] | None:
    """When a notice sent today for `day` leaves fewer jours francs than the body's rule: the
    figures to say (refused outright below one: no urgency shortens it further)."""
    body = ask.session.get(Body, sitting.body_id)
    assert body is not None
    notice = rules.jours_francs(ask.runtime.today(), day)
    required = rules.notice_days_required(body.notice_days, sitting.second_convocation)
    if notice >= required:
        return None
    return {
        "notice": max(notice, 0),
        "required": required,
        "last_day": rules.last_day_to_send(day, required),
        "urgency_possible": notice >= rules.URGENT_NOTICE_DAYS,
    }


async def _new_start(
    ask: Ask,
    sitting: Sitting,
    new_words: str,
    *,
    second: bool = False,
    month_of: date | None = None,
) -> datetime | None:
    """The new moment an order names (« au 21 à 18h », « à 18h30 », « jeudi », « d'une
    semaine »), the sitting's hour kept when none is said; None, and why said, when there is
    none or it cannot be. `second`: the moment of a second convocation after `sitting`, held;
    `month_of`: the day a bare day is of the month of (the sitting's, unless said)."""
    today = ask.runtime.today()
    shift = days_shifted(new_words)
    try:
        day, rest = find_date(new_words, today) if new_words and shift is None else (None, "")
    except InvalidDate as error:
        await ask.reply("invalid_date", text=error.text)
        return None
    if shift is not None:  # « d'une semaine »: from the sitting's own day
        day, rest = sitting.held_on + timedelta(days=shift), new_words
    if day is None and new_words:
        # « du 20 au 22 » of a sitting on 20 January, said in December: the 22nd of the
        # sitting's month, never of this one (it was 22 December, before the sitting itself);
        # « non, plutôt le 27 » after « au 3 février » offered: of February
        day = bare_day(new_words, max(today, (month_of or sitting.held_on).replace(day=1)))
        if day is None:  # « à jeudi 18h »: a weekday, read as the questions read it
            day = parse_question(new_words, today).on
        if day is None and TIME_SAID.search(new_words) and not second:
            day = sitting.held_on  # « à 18h30 »: the same day, another hour
        rest = new_words
    if day is None:
        # (a sitting held has no other hour that day: « reconvoque le bureau du 9 juillet
        # demain à 17h » was convened on the 16th, the 9th's hour moved a week on)
        await ask.reply("order_refused", code="no_new_date", s=ask.sitting_view(sitting.id or 0),
                        p={"second": second})  # fmt: skip
        return None
    try:
        day = new_day(day, today, new_words)
        at = hour_said(rest) or sitting.start_time or time(18, 0)
    except PastDay as past:  # « au 2 décembre » said on the 5th: never a guess at a year
        await ask.reply("past_day", day=past.day, next=past.next)
        return None
    except ValueError as error:  # « à 26h », « à 18h65 »: no such hour
        await ask.reply("no_such_hour", said=str(error))
        return None
    try:
        starts = sittings.wall_clock(day, at, ask.runtime.settings.tz)
        sittings.check_start(starts, ask.runtime.now())
    except sittings.NoSuchTime:
        await ask.reply("no_such_time", starts=datetime.combine(day, at))
        return None
    except sittings.StartRefused as refused:
        await ask.reply(
            "new_sitting_start_refused", code=refused.code, starts=refused.starts,
            last_year=sittings.LAST_YEAR,
        )  # fmt: skip
        return None
    return starts


async def _offer_postpone(
    ask: Ask, sitting: Sitting, order: Order, *, month_of: date | None = None
) -> None:
    sid = sitting.id or 0
    view = ask.sitting_view(sid)
    if len(order.place) > sittings.PLACE_MAX_CHARS:
        await ask.reply(
            "new_sitting_place_too_long", length=len(order.place), limit=sittings.PLACE_MAX_CHARS
        )
        return
    moved = {"place": order.place} if order.place else {}  # a new place said with the day
    starts = await _new_start(ask, sitting, order.new_words, month_of=month_of)
    if starts is None:
        return
    day, at = starts.date(), starts.time()
    if day == sitting.held_on and at == sitting.start_time:
        await ask.reply("order_refused", code="same_date", s=view, p={})
        return
    if day == sitting.held_on:
        await _offer_hour(ask, sitting, starts, moved)
        return
    if sitting_changes.sits_then(ask.session, sitting, day):
        await ask.reply("order_refused", code="exists", s=view, p={"held_on": day})
        return
    short = await _short(ask, sitting, day, "too_late", starts=starts)
    if short is None:
        return
    urgent = bool(short)
    await _offer(
        ask,
        sid,
        Verb.POSTPONE,
        OrderAction.POSTPONE_URGENTLY if urgent else OrderAction.POSTPONE,
        "button_postpone_urgently" if urgent else "button_postpone_sitting",
        {"starts": starts.isoformat(), "urgent_needed": urgent} | moved,
        starts=starts,
        place=order.place,
        far=sittings.years_ahead(starts, ask.runtime.now()),
        clashes=sittings.clashes(ask.session, sitting.body_id, starts),
        night=sittings.at_night(starts),
        proxies=_proxies_count(ask, sid),
        declarations=len(sitting_changes.declared_for_the_day(ask.session, sitting))
        if sitting.convened_at is not None
        else 0,
        p=short,
    )


async def _offer_hour(ask: Ask, sitting: Sitting, starts: datetime, moved: dict[str, str]) -> None:
    """Another hour the same day (and another place, when `moved` says one): a corrective
    notice, the jours francs untouched."""
    sid = sitting.id or 0
    await _offer(
        ask, sid, Verb.HOUR, OrderAction.HOUR, "button_change_hour",
        {"starts": starts.isoformat()} | moved, starts=starts, place=moved.get("place", ""),
        clashes=sittings.clashes(ask.session, sitting.body_id, starts),
        night=sittings.at_night(starts),
    )  # fmt: skip


def _item_index(agenda: list[str], order: Order) -> int | None:
    if order.rank is not None:
        return order.rank - 1 if 1 <= order.rank <= len(agenda) else None
    if not order.item:
        return None
    wanted = fold(order.item)
    scores = [fuzz.partial_ratio(wanted, fold(item)) for item in agenda]
    best = max(scores, default=0)
    if best < 80 or scores.count(best) > 1:
        return None
    return scores.index(best)


async def _item_found(ask: Ask, sitting: Sitting, order: Order) -> int | None:
    """The index of the item an order names (by its number, else its words); None, and the
    agenda said, when there is no such item or several."""
    agenda = list(sitting.agenda or [])
    index = _item_index(agenda, order)
    if index is None:
        moving = order.verb is Verb.REORDER
        await ask.reply(
            "order_refused",
            code="no_item",
            s=ask.sitting_view(sitting.id or 0),
            p={"rank": order.rank, "words": order.item, "count": len(agenda), "moving": moving},
        )
    return index


async def _offer_withdraw(ask: Ask, sitting: Sitting, order: Order) -> None:
    sid = sitting.id or 0
    agenda = list(sitting.agenda or [])
    index = await _item_found(ask, sitting, order)
    if index is None:
        return
    await _offer(
        ask, sid, Verb.WITHDRAW, OrderAction.WITHDRAW, "button_withdraw_item",
        {"index": index, "item": agenda[index]}, item=agenda[index], rank=index + 1,
    )  # fmt: skip


async def _offer_move(ask: Ask, sitting: Sitting, order: Order) -> None:
    """« mets le point 3 en premier », « passe le point sur les tarifs avant le 2 »: the item
    found (by its number, else its words) and where it would go, offered; the same items in
    another order, so no delay of convocation applies."""
    sid = sitting.id or 0
    agenda = list(sitting.agenda or [])
    index = await _item_found(ask, sitting, order)
    if index is None:
        return
    to = _moved_to(index, order, len(agenda))
    if to == index:
        await ask.reply(
            "order_refused", code="same_rank", s=ask.sitting_view(sid), p={"rank": index + 1}
        )
        return
    swap = order.side == "swap"  # « inverse les points 1 et 2 »: each takes the other's place
    await _offer(
        ask, sid, Verb.REORDER, OrderAction.MOVE, "button_move_item",
        {"index": index, "item": agenda[index], "to": to, "swap": swap},
        item=agenda[index], rank=index + 1, to=to + 1, other=agenda[to] if swap else None,
    )  # fmt: skip


def _moved_to(index: int, order: Order, count: int) -> int:
    """Where the item at `index` goes (from 0, in the agenda without it): « en position 2 » is
    its new rank; « avant le 3 », « après le 3 » are read on the numbers shown before the move."""
    near = (order.at or 1) - 1  # the item named by its number as shown, from 0
    if order.side == "swap":
        return min(near, count - 1)
    if not order.side:
        return min(near, count - 1)
    near -= 1 if index < near else 0  # that item's place once the moved one is taken out
    return min(near + (1 if order.side == "apres" else 0), count - 1)


async def _offer_add(ask: Ask, sitting: Sitting, order: Order) -> None:
    sid = sitting.id or 0
    view = ask.sitting_view(sid)
    if not order.item:
        await ask.reply("order_refused", code="no_item_text", s=view, p={})
        return
    items = list(order.items or (order.item,))
    if long := sittings.too_long_item(items):  # « ajoute à l'ODJ : » followed by pages
        await ask.reply("agenda_item_too_long", item=long, limit=sittings.AGENDA_ITEM_MAX_CHARS)
        return
    short = await _short(ask, sitting, sitting.held_on, "too_late_item")
    if short is None:
        return
    urgent = bool(short)
    # where it goes, when said (« après le 2 »); past the end (or at it), simply at the end,
    # and said so when a number was typed further (« N° 14 – … » on an agenda of 3 points)
    count = len(sitting.agenda or [])
    at = order.at if order.at is not None and order.at <= count else None
    beyond = order.at if order.at is not None and order.at > count + 1 else None
    await _offer(
        ask,
        sid,
        Verb.ADD,
        OrderAction.ADD_URGENTLY if urgent else OrderAction.ADD,
        "button_add_urgently"
        if urgent
        else "button_add_items"
        if len(items) > 1
        else "button_add_item",
        {"item": order.item, "items": items, "urgent_needed": urgent, "at": at},
        item=order.item,
        items=items,
        at=at,
        beyond=beyond,
        last=count + len(items),
        p=short,
    )


async def _offer_place(ask: Ask, sitting: Sitting, order: Order) -> None:
    sid = sitting.id or 0
    view = ask.sitting_view(sid)
    if not order.place:
        await ask.reply("order_refused", code="no_place", s=view, p={})
        return
    if len(order.place) > sittings.PLACE_MAX_CHARS:
        await ask.reply(
            "new_sitting_place_too_long", length=len(order.place), limit=sittings.PLACE_MAX_CHARS
        )
        return
    await _offer(
        ask, sid, Verb.PLACE, OrderAction.PLACE, "button_move_place", {"place": order.place},
        place=order.place,
    )  # fmt: skip


# A roll call names up to a body's members: longer than a question
ROLL_CALL_MAX_LENGTH = 4000


async def held_sitting(ask: Ask, words: str, template: str) -> Sitting | None:
    """The sitting held that the words name (its day, its body; the latest held when no day
    is said), for what is done after it; else why not is said (`template`), and None."""
    today = ask.runtime.today()
    read = await _named(ask, words)
    if read is None:
        return None
    question, body = read
    on = question.on
    if on is None and not question.last:
        # « du 12 »: the last 12th; « de 2023 », « en juin », « du mois dernier »: never the
        # latest sitting instead
        on = bare_day(fold(words), today, held=True)
        if on is None and PERIOD_SAID.search(fold(words)):
            await ask.reply(template, code="which", on=None, s=None)
            return None
    found = queries.find_sitting(
        session=ask.session, today=today, on=on, body_id=body.id if body else None,
        last=True, council_id=ask.asker.council_id,
    )  # fmt: skip
    if len(found) != 1:
        await ask.reply(template, code="which", on=on, s=None)
        return None
    sitting = found[0]
    # held once begun: its printed hour come (a roll call typed at noon for the sitting of
    # 17:00 was recorded before anyone signed); of no printed hour, on its day
    code = _unchangeable(ask, sitting)
    if code is None and (sitting.held_on > today or sitting.start_time is not None):
        code = "to_come"
    if code in ("cancelled", "to_come"):
        await ask.reply(template, code=code, s=ask.sitting_view(sitting.id or 0), on=None)
        return None
    return sitting


async def _offer_second(ask: Ask, order: Order) -> None:
    """« reconvoque le bureau du 3 le 10 à 17h »: after a sitting whose roll call missed the
    quorum, a new sitting of the same body, place and agenda, convened with three jours francs
    and deliberating without quorum (L2121-17 al. 2), offered to create."""
    sitting = await held_sitting(ask, order.sitting_words, "second_refused")
    if sitting is None:
        return
    sid = sitting.id or 0
    view = ask.sitting_view(sid)
    if sitting.second_convocation or view.quorum_met is not False:
        # (a second convocation has no quorum to miss; without a roll call, nothing is known)
        code = "second" if sitting.second_convocation else "quorum_unknown"
        if view.quorum_met:
            code = "quorum_met"
        await ask.reply("second_refused", code=code, s=view, on=None)
        return
    second = sittings.second_convocation_of(ask.session, sitting)
    if second is not None:
        await ask.reply("second_refused", code="convened_again", s=view, on=None,
                        second=ask.sitting_view(second.id or 0))  # fmt: skip
        return
    starts = await _new_start(ask, sitting, order.new_words, second=True)
    if starts is None:
        return
    body = ask.session.get(Body, sitting.body_id)
    assert body is not None
    required = rules.notice_days_required(body.notice_days, second_convocation=True)
    notice = rules.jours_francs(ask.runtime.today(), starts.date())
    if notice < required:
        p = {"notice": max(notice, 0), "required": required,
             "last_day": rules.last_day_to_send(starts.date(), required)}  # fmt: skip
        await ask.reply("second_refused", code="too_soon", s=view, on=None, starts=starts, p=p)
        return
    if sitting_changes.sits_then(ask.session, sitting, starts.date()):
        await ask.reply("order_refused", code="exists", s=view, p={"held_on": starts.date()})
        return
    await _offer(
        ask, sid, Verb.SECOND, OrderAction.SECOND, "button_second_convocation",
        {"starts": starts.isoformat()}, starts=starts, required=required,
    )  # fmt: skip


async def _offer_roll_call(ask: Ask, roll: RollCallOrder, proxies: list[str]) -> None:
    """« présents au bureau du 3 décembre : Rivat, Degraix… »: the sitting held (the latest
    when no day is said), each name read among its body's members, then offered: who signed,
    the quorum at the opening. A name not read is said, and nothing is offered."""
    if not roll.names:  # « présents au bureau du 9 juillet : » and nothing after
        await ask.reply("roll_call_refused", code="colon", s=None, on=None)
        return

    def read(name: str) -> Candidate | None:
        return ask.reads.resolution(ask.session, name).member

    await _offer_attendance(
        ask, roll.sitting_words, [(n, read(n)) for n in roll.names], [], proxies_said=proxies
    )


async def _offer_dictated(ask: Ask, said: roll_calls.DictatedRollCall, proxies: list[str]) -> bool:
    """« présents Berger Rivat Barriol excusés Michaud »: each section's names read among the
    members, then offered as a roll call typed with « : »; False when no word of it names
    a member (« les présents au bureau du 3 », asked in a hurry, is a question)."""

    def read(words: str) -> Candidate | None:
        return ask.reads.resolution(ask.session, words).member

    present = roll_calls.names_said(said.present, read)
    excused = roll_calls.names_said(said.excused, read)
    if not any(member for _, member in present):
        return False
    await _offer_attendance(ask, said.sitting_words, present, excused, proxies_said=proxies)
    return True


async def _offer_changed(ask: Ask, change: roll_calls.RollCallChange) -> None:
    """« ajoute Thizy aux présents du bureau du 26 », « retire Dupont des présents du bureau du
    26 »: the roll call recorded with those names added or taken off, offered as the whole list
    sent again would be (it was « je n'ai pas compris quelle séance changer »). Without a roll
    call recorded, the whole list is asked for; a name not read is said, and nothing changes."""
    sitting = await held_sitting(ask, change.sitting_words, "roll_call_refused")
    if sitting is None:
        return
    view = ask.sitting_view(sitting.id or 0)
    if sitting.present_count is None or published(ask.session, sitting):
        code = "published" if sitting.present_count is not None else "unrecorded"
        await ask.reply("roll_call_refused", code=code, s=view, on=None)
        return
    recorded: dict[AttendanceStatus, dict[int, Candidate]] = {}
    sat: dict[int, str] = {}  # the titular's id → the suppléant who sat, as recorded
    for m, status, substitute in ask.session.exec(
        select(Member, Attendance.status, Attendance.substitute)
        .join(Attendance, col(Attendance.member_id) == col(Member.id))
        .where(Attendance.sitting_id == sitting.id)
    ):
        recorded.setdefault(AttendanceStatus(status), {})[m.id or 0] = Candidate(
            m.id or 0, m.civility, m.first_name, m.last_name
        )
        if substitute:
            sat[m.id or 0] = substitute
    present = recorded.get(AttendanceStatus.present, {})
    removed = [(n, ask.reads.resolution(ask.session, n).member) for n in change.removed]
    if unread := [n for n, m in removed if m is None or m.member_id not in present]:
        await ask.reply("roll_call_refused", code="not_present", s=view, on=None, unread=unread)
        return
    gone = {m.member_id for _, m in removed if m is not None}
    said = [(n, ask.reads.resolution(ask.session, n).member) for n in change.added]
    kept = [(f"{c.first_name or ''} {c.last_name}", c) for c in present.values()]
    kept = [(name, c) for name, c in kept if c.member_id not in gone]
    if not gone and all(m is not None and m.member_id in present for _, m in said):
        await ask.reply("roll_call_refused", code="unchanged", s=view, on=None)
        return
    # the rest of the roll call stands: the excused, and the seats a suppléant filled
    excused: list[tuple[str, Candidate | None]] = [
        (f"{c.first_name or ''} {c.last_name}", c)
        for c in recorded.get(AttendanceStatus.excused, {}).values()
    ]
    replaced = list(recorded.get(AttendanceStatus.replaced, {}).values())
    await _offer_attendance(ask, change.sitting_words, [*kept, *said], excused, replaced, sat)


async def _fix_offered(ask: Ask, pending: Mapping[str, Any], fix: roll_calls.OfferFix) -> bool:
    """« non, pas Arnaud, elle est excusée » under a roll call offered: the same roll call
    offered again without them (excused when said so); False when a name is not one of the
    present offered (the message is read as any other)."""
    present_ids = [int(i) for i in pending.get("present", [])]
    excused_ids = [int(i) for i in pending.get("excused", [])]
    said = [ask.reads.resolution(ask.session, n).member for n in fix.removed]
    if not said or any(m is None or m.member_id not in present_ids for m in said):
        return False
    gone = [m.member_id for m in said if m is not None]
    sitting = ask.session.get(Sitting, int(pending["sitting_id"]))
    if sitting is None:
        return False
    ids = [*present_ids, *excused_ids, *(int(i) for i in pending.get("replaced", []))]
    members = {
        m.id or 0: Candidate(m.id or 0, m.civility, m.first_name, m.last_name)
        for m in ask.session.exec(select(Member).where(col(Member.id).in_(ids)))
    }

    def named(chosen: list[int]) -> list[tuple[str, Candidate | None]]:
        return [(f"{members[i].first_name or ''} {members[i].last_name}", members[i])
                for i in chosen if i in members]  # fmt: skip

    excused = excused_ids + (gone if fix.excused else [])
    await _offer_attendance(
        ask, "", named([i for i in present_ids if i not in gone]), named(excused),
        [members[int(i)] for i in pending.get("replaced", []) if int(i) in members],
        {int(k): str(v) for k, v in dict(pending.get("substitutes") or {}).items()},
        sitting=sitting,
    )  # fmt: skip
    return True


async def _offer_attendance(
    ask: Ask,
    words: str,
    present_said: list[tuple[str, Candidate | None]],
    excused_said: list[tuple[str, Candidate | None]],
    replaced: Sequence[Candidate] = (),
    sat: Mapping[int, str] | None = None,
    *,
    sitting: Sitting | None = None,
    proxies_said: Sequence[str] = (),
) -> None:
    """The roll call of the sitting held that `words` name (or `sitting`, when an offer is
    corrected), each name read among its body's members, offered: who signed, who was
    excused, the quorum at the opening. A name not read is said, and nothing is offered.
    `replaced`: titulars whose suppléant sat, as recorded, when a recorded roll call is
    changed; `sat`: the suppléant's name recorded for them; `proxies_said`: proxies typed
    with the list, said back as not recorded by it."""
    sitting = sitting or await held_sitting(ask, words, "roll_call_refused")
    if sitting is None:
        return
    sid = sitting.id or 0
    view = ask.sitting_view(sid)
    if published(ask.session, sitting):  # its minutes are imported: they say who attended
        await ask.reply("roll_call_refused", code="published", s=view, on=None)
        return
    second = sittings.second_convocation_of(ask.session, sitting)
    if second is not None:  # convened again from this roll call: corrected, it may be baseless
        await ask.reply("roll_call_refused", code="convened_again", s=view, on=None,
                        second=ask.sitting_view(second.id or 0))  # fmt: skip
        return
    seats = set(
        ask.session.exec(
            select(Membership.member_id).where(
                Membership.body_id == sitting.body_id, col(Membership.active).is_(True)
            )
        ).all()
    )
    unread: list[str] = []
    substitutes: dict[int, str] = {}  # the titular's id → « Martin pour M. Jean-Luc DEGRAIX »
    own = dict(sat or {})  # the titular's id → the suppléant's own name (« Claire Martin »)

    def seated(said: list[tuple[str, Candidate | None]]) -> dict[int, str]:
        named: dict[int, str] = {}
        for name, member in said:
            if (sub := roll_calls.substitute_said(name)) is not None:
                titular = ask.reads.resolution(ask.session, sub.titular).member
                if titular is None or titular.member_id not in seats:
                    unread.append(name)
                else:
                    substitutes[titular.member_id] = name
                    own[titular.member_id] = sub.own
                continue
            if (
                member is None
                or member.member_id not in seats
                or not roll_calls.only_the_name(name, member.first_name, member.last_name)
            ):
                unread.append(name)
            else:
                named[member.member_id] = " ".join(
                    p for p in (member.civility, member.first_name, member.last_name) if p
                )
        return named

    present, excused = seated(present_said), seated(excused_said)
    for titular in replaced:
        substitutes.setdefault(
            titular.member_id,
            render(
                "substitute_of",
                titular=candidate_label(titular),
                substitute=own.get(titular.member_id),
            ),
        )
    unread += [name for m, name in substitutes.items() if m in present]  # both signed?
    if unread:
        await ask.reply("roll_call_refused", code="unread", s=view, on=None, unread=unread)
        return
    body = ask.session.get(Body, sitting.body_id)
    council = ask.session.get(Council, body.council_id) if body else None
    refused = _substitutes_refused(
        ask, body.name if body else "", council.kind if council else None, seats, substitutes
    )
    if refused:
        await ask.reply("roll_call_refused", code="no_substitutes", s=view, on=None,
                        unread=list(substitutes.values()), refused=refused)  # fmt: skip
        return
    excused = {m: name for m, name in excused.items() if m not in present | substitutes.keys()}
    in_office = sitting.in_office or len(seats)
    await _offer(
        ask, sid, Verb.ROLL_CALL, OrderAction.ROLL_CALL, "button_record_roll_call",
        {"present": sorted(present), "excused": sorted(excused),
         "replacing": sitting.present_count, "replaced": sorted(substitutes),
         "substitutes": {str(m): own[m] for m in sorted(substitutes) if own.get(m)}},
        names=list(present.values()), excused=list(excused.values()), in_office=in_office,
        substitutes=list(substitutes.values()),
        required=rules.quorum_required(in_office, sitting.held_on),
        second=sitting.second_convocation, proxies_said=list(proxies_said),
    )  # fmt: skip


def _substitutes_refused(
    ask: Ask,
    body_name: str,
    council_kind: str | None,
    seats: set[int],
    substitutes: dict[int, str],
) -> list[dict[str, Any]]:
    """Each suppléant typed who may not sit (rules.substitute_refusal), with why: the body
    has none, or the titular's commune has other delegates in it (counted among the body's
    members whose commune the store holds)."""
    if not substitutes:
        return []
    communes = {
        m.id: fold(m.commune).strip()
        for m in ask.session.exec(select(Member).where(col(Member.id).in_(seats)))
        if m.commune and fold(m.commune).strip()
    }
    refused = []
    for titular_id, typed in substitutes.items():
        commune = communes.get(titular_id)
        delegates = sum(c == commune for c in communes.values()) if commune else None
        why = rules.substitute_refusal(body_name, delegates, council_kind)
        if why is not None:
            titular = ask.session.get(Member, titular_id)
            refused.append(
                {"typed": typed, "why": why.value, "delegates": delegates,
                 "titular": titular.display_name if titular else "",
                 "commune": titular.commune if titular else None}
            )  # fmt: skip
    return refused


# Which order each button carries out
_VERB_OF = {
    OrderAction.CANCEL: Verb.CANCEL,
    OrderAction.POSTPONE: Verb.POSTPONE,
    OrderAction.POSTPONE_URGENTLY: Verb.POSTPONE,
    OrderAction.WITHDRAW: Verb.WITHDRAW,
    OrderAction.ADD: Verb.ADD,
    OrderAction.ADD_URGENTLY: Verb.ADD,
    OrderAction.PLACE: Verb.PLACE,
    OrderAction.HOUR: Verb.HOUR,
    OrderAction.ROLL_CALL: Verb.ROLL_CALL,
    OrderAction.SECOND: Verb.SECOND,
    OrderAction.MOVE: Verb.REORDER,
}
_URGENTLY = frozenset({OrderAction.POSTPONE_URGENTLY, OrderAction.ADD_URGENTLY})


# What each order keeps in the store beside its verb and sitting, and the type it must have
_CARRIES: dict[Verb, dict[str, type]] = {
    Verb.CANCEL: {},
    Verb.POSTPONE: {"starts": str},
    Verb.HOUR: {"starts": str},
    Verb.WITHDRAW: {"index": int, "item": str},
    Verb.ADD: {"item": str},
    Verb.PLACE: {"place": str},
    Verb.SECOND: {"starts": str},
    Verb.ROLL_CALL: {"present": list},
    Verb.REORDER: {"index": int, "item": str, "to": int},
}
NEVER_KEPT: frozenset[Verb] = frozenset()  # every order offered is kept until answered


def _readable(pending: dict[str, Any]) -> bool:
    """Whether an order waiting in the store can still be carried out as it is: one written
    by another version of the bot (a deployment between the offer and the press), or damaged,
    is stale rather than a traceback halfway through a change."""
    if pending.get("verb") not in set(_CARRIES) or type(pending.get("sitting_id")) is not int:
        return False
    carried = _CARRIES[Verb(pending["verb"])]
    if not all(type(pending.get(key)) is kind for key, kind in carried.items()):
        return False
    if "present" in carried and not all(type(m) is int for m in pending["present"]):
        return False  # (a roll call's signers, each a member's id)
    if "starts" in carried:
        try:
            starts = datetime.fromisoformat(pending["starts"])
        except ValueError:
            return False
        return starts.tzinfo is not None
    return True


def _items_kept(pending: dict[str, Any]) -> list[str]:
    """The items an order to add carries: all it read (« : Budget ; Subvention »), or the one
    item of an order kept by a former version; what is not text is not added."""
    items = pending.get("items")
    if isinstance(items, list) and items and all(isinstance(i, str) for i in items):
        return items
    return [str(pending["item"])]


async def _carry_out(ask: Ask, pending: dict[str, Any], urgent: bool, kept: bool) -> None:
    """The order confirmed: done, its notices written, and sent in the background. The order
    waiting (`kept` in the store) is taken in the change's own transaction: when the store
    fails halfway (« database or disk is full », a server restarting), the apology says to
    try again and the same « oui » finds it still waiting; two « oui » at once, in two
    processes, find it once. The caller forgets it afterwards when refused."""
    if not _readable(pending):
        await ask.reply("stale_button")
        return
    sitting = ask.session.get(Sitting, pending["sitting_id"])
    if sitting is None:
        await ask.reply("stale_button")
        return
    sid = sitting.id or 0
    if "moment" in pending and pending["moment"] != _moment(sitting):
        await ask.reply("order_refused", code="moved", s=ask.sitting_view(sid), p={})
        return
    rt = ask.runtime
    session, now, tz, actor = ask.session, rt.now(), rt.settings.tz, _actor(ask)
    verb = Verb(pending["verb"])
    if kept and not chat_state.take(
        session=session, telegram_user_id=_user_id(ask), key=PENDING_KEY
    ):
        await ask.reply("stale_button")  # another « oui » took it and did it
        return
    if verb is Verb.ROLL_CALL:
        if published(session, sitting):  # its minutes imported since the offer: they stand
            await ask.reply("roll_call_refused", code="published", s=ask.sitting_view(sid),
                            on=None)  # fmt: skip
            return
        present = set(pending["present"])
        excused = pending.get("excused")
        substituted = pending.get("replaced")  # titulars whose suppléant signed
        replacing = pending.get("replacing")  # the roll call the offer said it corrects
        named = pending.get("substitutes")  # the titular's id → the suppléant who sat
        sat = (
            {int(m): n for m, n in named.items() if m.isdigit() and isinstance(n, str)}
            if isinstance(named, dict)
            else {}
        )
        try:
            roll = roll_calls.record(
                session=session, sitting=sitting, present=present, now=now, actor=actor,
                excused=frozenset(int(m) for m in excused if type(m) is int)
                if isinstance(excused, list) else frozenset(),
                replacing=replacing if type(replacing) is int else None,
                replaced=frozenset(int(m) for m in substituted if type(m) is int)
                if isinstance(substituted, list) else frozenset(),
                substitutes=sat,
            )  # fmt: skip
        except (IntegrityError, roll_calls.RollCallTaken):  # another's, at the same moment
            session.rollback()
            await ask.reply("roll_call_refused", code="recorded", s=ask.sitting_view(sid), on=None)
            return
        await ask.reply("roll_call_done", s=ask.sitting_view(sid), d=roll)
        return
    if verb is Verb.SECOND:
        await _second_created(ask, sitting, datetime.fromisoformat(pending["starts"]))
        return
    try:
        if verb is Verb.CANCEL:
            done = sitting_changes.cancel(
                session=session, sitting=sitting, now=now, tz=tz, actor=actor
            )
        elif verb is Verb.POSTPONE or verb is Verb.HOUR:  # another day, or the same
            change = (
                sitting_changes.move_hour
                if verb is Verb.HOUR
                else partial(sitting_changes.postpone, urgent=urgent)
            )
            done = change(
                session=session,
                sitting=sitting,
                starts=datetime.fromisoformat(pending["starts"]),
                place=str(pending.get("place") or ""),
                now=now,
                tz=tz,
                actor=actor,
            )
        elif verb in (Verb.WITHDRAW, Verb.REORDER):
            agenda = list(sitting.agenda or [])
            index = int(pending["index"])
            if index >= len(agenda) or agenda[index] != pending["item"]:
                await ask.reply("stale_button")  # the agenda changed since the order
                return
            if verb is Verb.WITHDRAW:
                done = sitting_changes.withdraw_item(
                    session=session, sitting=sitting, index=index, now=now, tz=tz, actor=actor
                )
            else:
                done = sitting_changes.move_item(
                    session=session, sitting=sitting, index=index, to=int(pending["to"]),
                    now=now, tz=tz, actor=actor, swap=pending.get("swap") is True,
                )  # fmt: skip
        elif verb is Verb.PLACE:
            done = sitting_changes.move_place(
                session=session,
                sitting=sitting,
                place=str(pending["place"]),
                now=now,
                tz=tz,
                actor=actor,
            )
        else:
            done = sitting_changes.add_item(
                session=session,
                sitting=sitting,
                items=_items_kept(pending),
                now=now,
                tz=tz,
                actor=actor,
                urgent=urgent,
                at=at if type(at := pending.get("at")) is int else None,
            )
    except ConvocationRefused as refused:
        ask.session.rollback()
        await ask.reply(
            "order_refused", code=refused.code, s=ask.sitting_view(sid), p=refused.params
        )
        return
    except sittings.StartRefused as refused:
        ask.session.rollback()
        await ask.reply(
            "new_sitting_start_refused", code=refused.code, starts=refused.starts,
            last_year=sittings.LAST_YEAR,
        )  # fmt: skip
        return
    await ask.reply(
        "order_done",
        verb=verb.value,
        s=ask.sitting_view(sid),
        d=done,
        item=pending.get("item"),
        items=_items_kept(pending) if verb is Verb.ADD else [],
        at=pending.get("at") if verb is Verb.ADD else None,
        to=int(pending["to"]) + 1 if verb is Verb.REORDER else None,
        swapped=verb is Verb.REORDER and pending.get("swap") is True,
        moved=bool(pending.get("place")),  # a new place said with the new day or hour
    )
    if done.notified or done.proxies:
        send_in_background(ask, sid)


async def _second_created(ask: Ask, first: Sitting, starts: datetime) -> None:
    """The sitting of the second convocation created; its convocation offered to send."""
    body = ask.session.get(Body, first.body_id)
    assert body is not None
    try:
        second = sittings.create_sitting(
            session=ask.session, body=body, starts=starts, place=first.place,
            agenda=list(first.agenda or []), actor=_actor(ask), second_after=first,
        )  # fmt: skip
    except sittings.SittingExists:
        ask.session.rollback()
        await ask.reply(
            "order_refused", code="exists", s=ask.sitting_view(first.id or 0),
            p={"held_on": starts.date()},
        )  # fmt: skip
        return
    except sittings.SecondExists as exists:  # created since the offer (another offer's button)
        ask.session.rollback()
        await ask.reply(
            "second_refused", code="convened_again", s=ask.sitting_view(first.id or 0), on=None,
            second=ask.sitting_view(exists.second.id or 0),
        )  # fmt: skip
        return
    sid = second.id or 0
    await ask.reply(
        "second_created",
        buttons=[(render("button_convene"), Convene(sid).encode())],
        s=ask.sitting_view(sid),
        first=ask.sitting_view(first.id or 0),
    )


@as_member
async def order_button(ask: Ask) -> None:
    """« Confirmer » or « Ne rien changer » under an order: the secretariat's only; the order
    waiting must be this sitting's and this action's (a press on an older one, or forged, is
    stale). A cancellation pressed again says it is done, and sends nothing twice."""
    payload = ask.payload
    if not isinstance(payload, SittingOrder):
        await ask.reply("stale_button")
        return
    if not ask.asker.secretariat:  # no such button was sent to a member: forged
        await ask.reply("stale_button")
        return
    sitting = ask.session.get(Sitting, payload.sitting_id)
    if sitting is None or (
        ask.asker.council_id is not None
        and (body := ask.session.get(Body, sitting.body_id)) is not None
        and body.council_id != ask.asker.council_id
    ):
        await ask.reply("stale_button")
        return
    pending = _waiting(ask)
    under = ask.pressed_under
    offer = pending.get("offer") if pending is not None else None
    offer = offer if type(offer) is int else None  # (kept before it was noted, or damaged)
    mine = (  # the order waiting is the one offered in the message the button is under (or
        # one of its pages, sent after it)
        pending is not None
        and pending.get("sitting_id") == sitting.id
        and (offer is None or under is None or under >= offer)
    )
    if payload.action is OrderAction.KEEP:
        if mine:
            _drop(ask)
        await ask.reply("order_kept")
        return
    verb = _VERB_OF[payload.action]
    kept = mine and pending is not None and pending.get("verb") == verb
    if not kept and verb is Verb.CANCEL and sitting.cancelled_at is not None:
        # pressed again (a double tap, an old message): said, and nothing is sent twice
        pending = {"verb": verb.value, "sitting_id": sitting.id}
    elif not kept and verb is Verb.ROLL_CALL and sitting.present_count is not None:
        # pressed again: what was recorded is said, nothing recorded twice
        await ask.reply("roll_call_refused", code="recorded", s=ask.sitting_view(sitting.id or 0),
                        on=None)  # fmt: skip
        return
    elif not kept:
        await ask.reply("stale_button")
        return
    assert pending is not None
    await _carry_out(ask, pending, urgent=payload.action in _URGENTLY, kept=kept)
    if kept:
        _drop(ask)  # once done or refused, not before (`_carry_out`)


@as_member
async def cancel_sitting_command(ask: Ask) -> None:
    """/annuler_seance [bureau] [date]: the cancellation of a coming sitting, to confirm."""
    await _command(ask, Verb.CANCEL)


@as_member
async def postpone_sitting_command(ask: Ask) -> None:
    """/reporter_seance [bureau] DATE au DATE [heure]: its postponement, to confirm."""
    await _command(ask, Verb.POSTPONE)


_COMMAND_VERB = {Verb.CANCEL: "annule", Verb.POSTPONE: "reporte"}


async def _command(ask: Ask, verb: Verb) -> None:
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return
    said = command_text(ask.update).strip()
    # « /annuler_seance 18/12 »: the order in words, its sitting maybe named by its day only
    order = read_order(f"{_COMMAND_VERB[verb]} la seance {said}")
    if order is None or order.verb is not verb:
        await ask.reply("order_refused", code="unread", s=None, p={"verb": verb.value})
        return
    await _order(ask, order)


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("annuler_seance", cancel_sitting_command))
    application.add_handler(CommandHandler("reporter_seance", postpone_sitting_command))
    application.add_handler(
        CallbackQueryHandler(order_button, pattern=callbacks.matching(SittingOrder))
    )
