"""/convoquer, /suivi and the convocation's buttons: convening through the chat members read.

The secretariat convenes; every member receives the convocation with its .ics and four
buttons; each press is recorded as proof (acknowledged at, answer) for the report.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import callbacks
from bot.broadcast import convocation_buttons, deliver, sitting_council
from bot.callbacks import Convene, ConvocationAction, ConvocationAnswer, Relaunch
from bot.context import CouncilApp
from bot.handlers import offers
from bot.handlers import proxies as proxy_handlers
from bot.handlers.common import Ask, as_member, command_text
from bot.handlers.sittings import ask_question, read_argument
from bot.render import render
from bot.services import convocations, receipts
from bot.services.frames import Asked
from bot.services.intents import InvalidDate, parse_question
from bot.services.proxies import Actor
from bot.services.proxy_dialog import Said
from bot.services.sitting_orders import coming_day
from storage import queries
from storage.models import DeliveryStatus, Sitting
from storage.names import fold


async def _coming_sitting(ask: Ask, text: str, not_convened: bool = False) -> int | None:
    """The coming sitting the command names (a day, a body), else the next one; to convene
    with no day said (`not_convened`), the next one not convened yet: with the Bureau of the
    17th convened and that of January not, « /convoquer » is January's, never the 17th again
    (when every coming sitting is convened, that is said)."""
    question = await ask_question(ask, text)
    if question is None:
        return None
    today = ask.runtime.today()
    council_id = ask.asker.council_id
    body = queries.body_by_hint(
        session=ask.session, hint=question.body_hint, council_id=council_id
    )
    if not_convened and question.on is None:
        ahead = queries.coming_sittings_of(
            session=ask.session, today=today, body_id=body.id if body else None,
            council_id=council_id,
        )  # fmt: skip
        waiting = [s for s in ahead if s.convened_at is None]
        if ahead and not waiting:
            await ask.reply("all_convened", sittings=[ask.sitting_view(s.id or 0) for s in ahead])
            return None
        if waiting:
            return waiting[0].id
    found = queries.find_sitting(
        session=ask.session,
        today=today,
        on=question.on,
        body_id=body.id if body else None,
        council_id=council_id,
    )
    if question.on is not None and not found and (on := coming_day(question.on, today, text)):
        # « /convoquer 12 janvier » typed in December: next January's, never last year's
        found = queries.find_sitting(
            session=ask.session, today=today, on=on, body_id=body.id if body else None,
            council_id=council_id,
        )  # fmt: skip
    coming = [s for s in found if s.held_on >= today]
    if not_convened and len(found) == 1 and not coming:
        # « /convoquer 4 juillet », a sitting held: it was « Vous n'avez pas de séance le
        # jeudi 4 juillet », although there was one; the convocation refuses it, saying why
        return found[0].id
    if len(coming) != 1:
        await ask.reply("no_coming_sitting", on=question.on)
        return None
    return coming[0].id


async def convene_sitting(ask: Ask, sitting_id: int, urgent: bool) -> None:
    rt = ask.runtime
    user = ask.update.effective_user
    before = ask.session.get(Sitting, sitting_id)
    already = before is not None and before.convened_at is not None
    try:
        convocations.convene(
            session=ask.session,
            sitting_id=sitting_id,
            now=rt.now(),
            tz=rt.settings.tz,
            actor=Actor(ask.asker.member_id, user.id if user else None),
            urgent=urgent,
        )
    except convocations.ConvocationRefused as refused:
        buttons = None
        if refused.code == "too_late" and not urgent and refused.params["notice"] >= 1:  # type: ignore[operator]
            urgently = Convene(sitting_id, urgent=True).encode()
            buttons = [(render("button_convene_urgently"), urgently)]
        await ask.reply(
            "convocation_refused", buttons=buttons, code=refused.code, p=refused.params
        )
        return
    report = convocations.report(session=ask.session, sitting_id=sitting_id)
    owed = report.count(DeliveryStatus.pending) + report.count(DeliveryStatus.sending)
    if already and not owed:  # convened again: all was sent long ago, nothing goes twice
        await ask.reply("convocation_done_before", s=ask.sitting_view(sitting_id), r=report)
        return
    await ask.reply(
        "convocation_started",
        s=ask.sitting_view(sitting_id),
        r=report,
        resumed=already,
        owed=owed,
    )
    send_in_background(ask, sitting_id)


def send_in_background(ask: Ask, sitting_id: int) -> None:
    """The sitting's outbox sent in the background: a broadcast to 120 members takes seconds,
    other members' questions must not wait behind it."""
    application = ask.context.application
    chat = ask.update.effective_chat
    # Under polling, the Application awaits its tasks at shutdown; driven update by update
    # (console, tests) it is not running, and a plain task does the same job.
    spawn = application.create_task if application.running else asyncio.create_task
    task = spawn(
        _broadcast(ask, sitting_id, chat.id if chat else None), name=f"convocation-{sitting_id}"
    )
    # Kept while it runs (a task nobody holds may be collected), forgotten once done.
    running = ask.context.bot_data.broadcasts
    running.add(task)
    task.add_done_callback(running.discard)


async def _broadcast(ask: Ask, sitting_id: int, secretariat_chat: int | None) -> None:
    """Send the convocation; if Telegram refused our message, tell whoever convened."""
    rt = ask.runtime
    result = await deliver(
        ask.context.bot,
        rt.engine,
        clock=rt.clock,
        tz=rt.settings.tz,
        sitting_id=sitting_id,
        president=rt.settings.president_name,
    )
    if result.rejected and secretariat_chat is not None:
        with rt.session() as session:
            report = convocations.report(session=session, sitting_id=sitting_id)
            view = queries.sitting_view(session=session, sitting_id=sitting_id)
        await ask.context.bot.send_message(
            secretariat_chat, render("convocation_rejected", s=view, r=report)
        )


# The words /convoquer reads itself: a convocation sent in urgency (1 jour franc)
_URGENCY = frozenset({"urgence", "urgent", "urgente", "urgemment"})


@as_member
async def convene_command(ask: Ask) -> None:
    """/convoquer [date] [urgence]: send the convocation of the coming sitting (secretariat)."""
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return
    text = command_text(ask.update)
    urgent = "urgen" in text.casefold()
    # « /convoquer 99999 » convened the next sitting, every member sent its notice: an act is
    # done only on what was read
    question = await ask_question(ask, text)
    if question is None or not await proxy_handlers.act_argument_read(ask, question, _URGENCY):
        return
    sitting_id = await _coming_sitting(ask, text, not_convened=True)
    if sitting_id is not None:
        await convene_sitting(ask, sitting_id, urgent)


@as_member
async def follow_up_command(ask: Ask) -> None:
    """/suivi [date]: who received, acknowledged, answered; who to convene otherwise."""
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return
    # Words the reading leaves are said, as for /feuille: « /suivi blabla » followed the coming
    # sitting as if nothing had been typed
    if await read_argument(ask, Asked.QUORUM, offer=False) is None:
        return
    sitting_id = await _coming_sitting(ask, command_text(ask.update))
    if sitting_id is not None:
        report = convocations.report(session=ask.session, sitting_id=sitting_id)
        await ask.reply(
            "convocation_report",
            s=ask.sitting_view(sitting_id),
            r=report,
            tz=ask.runtime.settings.tz,
        )


async def answer_convocation(ask: Ask, answer: ConvocationAnswer) -> bool:
    """A convocation's button; only the member it was sent to may press."""
    if ask.asker.member_id is None:
        return False
    action = answer.action
    old, in_force = convocations.superseded(ask.session, answer.delivery_id, ask.asker.member_id)
    moved = ask.session.get(Sitting, in_force.sitting_id) if in_force is not None else None
    if old and in_force is not None and moved is not None and moved.cancelled_at is None:
        # « Je serai présent(e) » under the convocation to the 18th, the sitting since moved
        # to the 8th: never recorded for the 8th; the convocation in force is given again
        await ask.reply(
            "convocation_superseded",
            buttons=convocation_buttons(in_force.kind, in_force.id or 0),
            s=ask.sitting_view(in_force.sitting_id),
        )
        return True
    delivery = convocations.record_response(
        session=ask.session,
        delivery_id=answer.delivery_id,
        member_id=ask.asker.member_id,
        answer=None if action == ConvocationAction.ACKNOWLEDGE else action.value,
        now=ask.runtime.now(),
        tz=ask.runtime.settings.tz,
    )
    if delivery is None:
        return False
    sitting = ask.session.get(Sitting, delivery.sitting_id)
    assert sitting is not None
    if action == ConvocationAction.ACKNOWLEDGE:
        await ask.reply("convocation_acknowledged", s=ask.sitting_view(sitting.id or 0))
    else:  # « Donner pouvoir » declares the absence first, then offers the proxy
        present = action == ConvocationAction.PRESENT
        await proxy_handlers.declare(ask, sitting, present=present)
    return True


async def acknowledge_in_words(ask: Ask, text: str) -> bool:
    """« bien reçu la convocation », « ok pour jeudi »: the receipt of the member's latest
    convocation to a coming sitting, recorded as the button would (once: said again, the
    member is told it already is). False when nothing is waiting for a receipt, or when the
    day named is not that sitting's: the message is then read as anything else."""
    if ask.asker.member_id is None or not receipts.acknowledges_receipt(text):
        return False
    found = convocations.latest_received(
        session=ask.session, member_id=ask.asker.member_id, today=ask.runtime.today()
    )
    if found is None:
        if "?" in text or ("convoc" not in fold(text) and not receipts.read_it(text)):
            # « j'ai bien reçu la convocation ? »: asked, answered as a question; « bien reçu,
            # merci » may thank for anything (« je l'ai lue » speaks of one)
            return False
        # « bien reçu la convocation » with none sent here: never the receipt of the sitting
        # talked about (a past one read « date d'envoi non connue »), nor « Non : »
        await ask.reply("convocation_none_to_acknowledge")
        return True
    delivery, sitting = found
    day = receipts.weekday_named(text)
    if day is not None and day != sitting.held_on.weekday():
        return False
    from bot.handlers.questions import remember_sitting

    view = ask.sitting_view(sitting.id or 0)
    remember_sitting(ask, sitting.id or 0)  # « c'est à quelle heure déjà ? » next: that one
    if delivery.acknowledged_at is not None:
        await ask.reply(
            "convocation_already_acknowledged",
            s=view,
            at=delivery.acknowledged_at.astimezone(ask.runtime.settings.tz),
        )
        return True
    convocations.record_response(
        session=ask.session,
        delivery_id=delivery.id or 0,
        member_id=ask.asker.member_id,
        answer=None,
        now=ask.runtime.now(),
        tz=ask.runtime.settings.tz,
    )
    await ask.reply("convocation_acknowledged", s=view)
    return True


async def send_again(ask: Ask, sitting_id: int) -> bool:
    """« je n'ai pas reçu la convocation », « tu peux me la renvoyer ? »: the member's own
    convocation to that sitting, again, with its buttons (a press is recorded on the same
    delivery, as proof). False when none was owed to the member (nothing sent, or not convened
    through the bot): the message is then answered as a question."""
    if ask.asker.member_id is None:
        return False
    found = convocations.latest_received(
        session=ask.session, member_id=ask.asker.member_id, today=ask.runtime.today()
    )
    if found is None or found[1].id != sitting_id:
        return False
    delivery, _ = found
    await ask.reply(
        "convocation_again",
        buttons=convocation_buttons(delivery.kind, delivery.id or 0),
        s=ask.sitting_view(sitting_id),
        president=ask.runtime.settings.president_name,
        council=sitting_council(ask.session, sitting_id),
        sent=delivery.sent_at is not None,
    )
    return True


async def offer_relaunch(ask: Ask, text: str = "") -> None:
    """« relance ceux qui n'ont pas répondu »: the reminders the assistant sends by itself and
    when; for the secretariat, who has not answered the next convened sitting's convocation (the
    one of the day the message names, if it names one), and a button to remind them now."""
    rt = ask.runtime
    today = rt.today()
    convened = [
        s
        for s in queries.coming_sittings_of(
            session=ask.session, today=today, body_id=None, council_id=ask.asker.council_id
        )
        if s.convened_at is not None and convocations.reminding(s, rt.now(), rt.settings.tz)
    ]
    try:
        named = parse_question(text, today).on if text else None
    except InvalidDate:
        named = None
    if named is not None:  # « relance … pour le bureau du 18 »: that one, never the next
        on = coming_day(named, today, text)
        convened = [s for s in convened if {on, named} & {s.held_on, s.postponed_from}]
    sitting = convened[0] if convened and ask.asker.secretariat else None
    silent = convocations.silent_members(ask.session, sitting.id or 0) if sitting else []
    await ask.reply(
        "about_relaunch",
        buttons=[
            (render("button_relaunch", count=len(silent)), Relaunch(sitting.id or 0).encode())
        ]
        if sitting and silent
        else None,
        eve_hour=convocations.REMINDER_HOUR,
        holder_hour=convocations.HOLDER_REMINDER_HOUR,
        s=ask.sitting_view(sitting.id or 0) if sitting else None,
        silent=[m.display_name for m in silent],
        unreached=convocations.unreached(ask.session, sitting.id or 0) if sitting else 0,
    )


async def _relaunch(ask: Ask, sitting: Sitting) -> None:
    """The button « Relancer » pressed: a reminder to each member still silent, sent now."""
    count = relaunch_now(ask, sitting)
    sid = sitting.id or 0
    recent = convocations.last_relaunched(ask.session, sid, ask.runtime.now())
    silent = {m.id for m in convocations.silent_members(ask.session, sid)}
    waiting = [at for member, at in recent.items() if member in silent]
    await ask.reply(
        "relaunch_started",
        s=ask.sitting_view(sid),
        count=count,
        recent=0 if count else len(waiting),
        since=max(waiting).astimezone(ask.runtime.settings.tz) if waiting else None,
        quiet_minutes=convocations.RELAUNCH_QUIET // timedelta(minutes=1),
    )


def relaunch_now(ask: Ask, sitting: Sitting, only: int | None = None) -> int:
    """A reminder written for each member still silent (`only`: that one) and sent in the
    background; how many."""
    user = ask.update.effective_user
    count = convocations.relaunch(
        session=ask.session,
        sitting=sitting,
        now=ask.runtime.now(),
        tz=ask.runtime.settings.tz,
        actor=Actor(ask.asker.member_id, user.id if user else None),
        only=only,
    )
    if count:
        send_in_background(ask, sitting.id or 0)
    return count


@as_member
async def convocation_button(ask: Ask) -> None:
    """The buttons under a convocation, and the secretariat's « Envoyer la convocation » and
    « Convoquer en urgence »."""
    await _press(ask, ask.payload)


async def press_in_words(ask: Ask, text: str) -> bool:
    """« oui », « vas-y », « ok envoie » typed under the one action just offered (the
    convocation to send, in urgency or not; the silent members to remind): pressed as its
    button would be; « non », « attends »: dropped, and said. False when nothing is offered
    or the message says neither: it is read as before (and the offer forgotten)."""
    user = ask.update.effective_user
    if user is None:
        return False
    now = ask.runtime.clock()
    payload = offers.waiting(ask.session, user.id, now)
    if payload is None:
        return False
    said = offers.read_answer(text, reminder=isinstance(payload, Relaunch))
    if said is Said.OTHER:
        return False
    offers.drop(ask.session, user.id)  # once: a second « oui » presses nothing
    if said is Said.CANCEL:
        await ask.reply("offer_dropped", relaunch=isinstance(payload, Relaunch))
        return True
    await _press(ask, payload if ask.reads.may_see(ask.session, payload) else None)
    return True


async def _press(ask: Ask, payload: callbacks.Payload | None) -> None:
    match payload:
        case ConvocationAnswer() as answer if await answer_convocation(ask, answer):
            return
        case Convene(sitting_id=sitting_id, urgent=urgent) if (
            ask.asker.secretariat and ask.session.get(Sitting, sitting_id) is not None
        ):
            await convene_sitting(ask, sitting_id, urgent=urgent)
            return
        case Relaunch(sitting_id=sitting_id) if (
            ask.asker.secretariat
            and (sitting := ask.session.get(Sitting, sitting_id)) is not None
            and sitting.convened_at is not None
            and convocations.reminding(sitting, ask.runtime.now(), ask.runtime.settings.tz)
        ):
            await _relaunch(ask, sitting)
            return
    await ask.reply("stale_button")


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("convoquer", convene_command))
    application.add_handler(CommandHandler("suivi", follow_up_command))
    application.add_handler(
        CallbackQueryHandler(
            convocation_button, pattern=callbacks.matching(ConvocationAnswer, Convene, Relaunch)
        )
    )
