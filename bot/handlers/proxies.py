"""/pouvoir, /annuler_pouvoir, /mes_pouvoirs, /present, /absent: a member's acts before a sitting.

A proxy is a legal act: the bot restates it and registers it only on the member's own button
press; the holder is told at once and may decline; every step goes to the audit log.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

from telegram.error import BadRequest, Forbidden
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import callbacks
from bot.callbacks import (
    AskProxy,
    CancelProxy,
    ConfirmProxy,
    DeclineProxy,
    PickHolder,
    WithdrawProxy,
)
from bot.context import CouncilApp
from bot.handlers.common import Ask, Handler, as_member, command_text
from bot.handlers.sittings import ask_question
from bot.render import render
from bot.services import proxies
from bot.services.intents import Question
from bot.services.proxy_dialog import Said, is_a_button_word, read_reply
from storage import chat_state, queries
from storage.models import Member, Proxy, Sitting
from storage.rules import ProxyRefusal

log = logging.getLogger(__name__)

# What the member is in the middle of (« À qui ? », « Confirmez-vous ? », « retirer votre
# pouvoir ? »), in the store: the next message may reach another bot process.
PENDING_KEY = "proxy"
PENDING_TTL = timedelta(minutes=30)
# A reply to the bot's question is short; a longer message is a question of its own and
# pays no look-up of what is pending.
_REPLY_LENGTH = 80


def _account(ask: Ask) -> int:
    user = ask.update.effective_user
    return user.id if user else 0


def _pending(ask: Ask) -> dict[str, Any]:
    value = chat_state.get(
        session=ask.session, telegram_user_id=_account(ask), key=PENDING_KEY, now=ask.runtime.now()
    )
    return value if isinstance(value, dict) else {}


def _wait(ask: Ask, step: str, sitting_id: int | None, **value: Any) -> None:
    chat_state.put(
        session=ask.session,
        telegram_user_id=_account(ask),
        key=PENDING_KEY,
        value={"step": step, "sitting": sitting_id, **value},
        now=ask.runtime.now(),
        ttl=PENDING_TTL,
    )


def _settle(ask: Ask) -> None:
    chat_state.delete(session=ask.session, telegram_user_id=_account(ask), key=PENDING_KEY)


def _actor(ask: Ask) -> proxies.Actor:
    user = ask.update.effective_user
    channel = "console" if user and user.id in ask.runtime.acting_as else "telegram"
    return proxies.Actor(ask.asker.member_id, user.id if user else None, channel)


async def members_sitting(ask: Ask, on: date | None) -> Sitting | None:
    """The asker's coming sitting (or the one on that date), or an answer saying there is none."""
    if ask.asker.member_id is None:
        await ask.reply("members_only")
        return None
    found = queries.next_sitting_for(
        session=ask.session, member_id=ask.asker.member_id, today=ask.runtime.today(), on=on
    )
    if not found:
        await ask.reply("no_coming_sitting", on=on, coming=_coming(ask) if on else [])
        return None
    return found[0]


def _coming(ask: Ask) -> list[tuple[Sitting, queries.SittingView]]:
    sittings = proxies.coming_sittings(ask.session, ask.asker.member_id or 0, ask.runtime.today())
    return [(s, _sitting_view(ask, s)) for s in sittings]


async def _offer_coming(ask: Ask, on: date, holder_id: int | None) -> None:
    """No sitting that day: say so, and offer the member's next sittings, one button each."""
    coming = _coming(ask)
    buttons = [
        (
            render("button_sitting", s=view),
            (PickHolder(s.id or 0, holder_id) if holder_id else AskProxy(s.id or 0)).encode(),
        )
        for s, view in coming
    ]
    await ask.reply("no_coming_sitting", buttons=buttons or None, on=on, coming=coming, offer=True)


def _quiet_holder(ask: Ask, question: Question) -> int | None:
    """The holder a sentence names, when it names exactly one member; no question asked."""
    if not question.words:
        return None
    resolution = ask.resolve(question.text, in_text=True)
    return resolution.member.member_id if resolution.member else None


def _sitting_view(ask: Ask, sitting: Sitting) -> queries.SittingView:
    return ask.sitting_view(sitting.id or 0)


async def _refuse(
    ask: Ask, code: ProxyRefusal, sitting: Sitting, holder: Member | None = None
) -> None:
    buttons = None
    if code == ProxyRefusal.GIVER_ALREADY_GAVE and holder is not None:
        buttons = [
            (
                render("button_replace_proxy"),
                ConfirmProxy(sitting.id or 0, holder.id or 0, replace=True).encode(),
            ),
            (render("button_cancel"), CancelProxy().encode()),
        ]
    current = (
        proxies.active_proxy_given(ask.session, sitting.id or 0, ask.asker.member_id or 0)
        if code == ProxyRefusal.GIVER_ALREADY_GAVE
        else None
    )
    current_holder = ask.session.get(Member, current.holder_id) if current else None
    if buttons and holder is not None:
        _wait(ask, "confirm", sitting.id, holder=holder.id, replace=True)
    else:
        _settle(ask)  # a « oui » typed now must not confirm an earlier proposal
    await ask.reply(
        "proxy_refused",
        buttons=buttons,
        code=code,
        s=_sitting_view(ask, sitting),
        holder=holder.display_name if holder else None,
        current_holder=current_holder.display_name if current_holder else None,
    )


async def offer_proxy(
    ask: Ask, question: Question, holder_id: int | None = None, sitting: Sitting | None = None
) -> None:
    """Restate the proxy and ask for confirmation; nothing is stored before the button."""
    if sitting is None and question.on is not None and ask.asker.member_id is not None:
        found = queries.next_sitting_for(
            session=ask.session,
            member_id=ask.asker.member_id,
            today=ask.runtime.today(),
            on=question.on,
        )
        if not found:
            await _offer_coming(ask, question.on, holder_id or _quiet_holder(ask, question))
            return
        sitting = found[0]
    sitting = sitting or await members_sitting(ask, question.on)
    if sitting is None:
        return
    if holder_id is None:
        if not question.words:
            await ask.reply("proxy_usage")
            _wait(ask, "holder", sitting.id)
            return
        resolution = ask.resolve(question.text, in_text=True)
        if resolution.status == "unknown":
            await ask.reply("unknown_name", query=question.rest)
            return
        if resolution.status == "ambiguous" or resolution.member is None:
            sitting_id = sitting.id or 0
            await ask.choose_member(
                resolution, question.rest, lambda member: PickHolder(sitting_id, member)
            )
            return
        holder_id = resolution.member.member_id
    holder = ask.session.get(Member, holder_id)
    if holder is None:
        await ask.reply("stale_button")
        return
    # Already given (perhaps by a press whose answer was lost): say so, and tell the holder
    # if they were not told yet, rather than offer to replace the proxy by itself.
    if proxies.same_proxy(ask.session, sitting.id or 0, ask.asker.member_id or 0, holder_id):
        await confirm_proxy(ask, sitting.id or 0, holder_id, replace=False)
        return
    code = proxies.refusal(
        ask.session,
        sitting,
        ask.asker.member_id or 0,
        holder_id,
        ask.runtime.now(),
        ask.runtime.settings.tz,
    )
    if code is not None:
        await _refuse(ask, code, sitting, holder)
        return
    await ask.reply(
        "proxy_confirm",
        buttons=[
            (render("button_confirm"), ConfirmProxy(sitting.id or 0, holder_id).encode()),
            (render("button_cancel"), CancelProxy().encode()),
        ],
        holder=holder.display_name,
        s=_sitting_view(ask, sitting),
    )
    _wait(ask, "confirm", sitting.id, holder=holder_id, replace=False)


async def confirm_proxy(ask: Ask, sitting_id: int, holder_id: int, replace: bool) -> None:
    sitting = ask.session.get(Sitting, sitting_id)
    holder = ask.session.get(Member, holder_id)
    if sitting is None or holder is None or ask.asker.member_id is None:
        await ask.reply("stale_button")
        return
    _settle(ask)
    try:
        proxy = proxies.register_proxy(
            session=ask.session,
            sitting_id=sitting_id,
            giver_id=ask.asker.member_id,
            holder_id=holder_id,
            now=ask.runtime.now(),
            tz=ask.runtime.settings.tz,
            actor=_actor(ask),
            replace=replace,
        )
    except proxies.ProxyRefused as refused:
        await _refuse(ask, refused.code, sitting, holder)
        return
    view = _sitting_view(ask, sitting)
    await ask.reply("proxy_registered", holder=holder.display_name, s=view)
    if proxies.holder_told(ask.session, proxy):  # « Confirmer » pressed again
        return
    told = await _tell(
        ask,
        holder,
        "proxy_received",
        [(render("button_decline_proxy"), DeclineProxy(proxy.id or 0).encode())],
        giver=ask.asker.name,
        s=view,
    )
    if told:
        proxies.record_holder_told(ask.session, proxy, _actor(ask))


async def _tell(
    ask: Ask,
    member: Member | None,
    template: str,
    buttons: list[tuple[str, str]] | None = None,
    **data: object,
) -> bool:
    """A message to another member's Telegram account; False when they cannot be reached."""
    if member is None or member.telegram_user_id is None:
        return False
    from bot.replies import keyboard

    try:
        await ask.context.bot.send_message(
            member.telegram_user_id, render(template, **data), reply_markup=keyboard(buttons)
        )
    except (Forbidden, BadRequest) as error:  # blocked the bot, or never opened the chat
        log.warning("Could not reach member %s: %s", member.id, error)
        return False
    return True


async def decline_proxy(ask: Ask, proxy_id: int) -> None:
    """The holder refuses: the proxy ends and the giver is told."""
    proxy = ask.session.get(Proxy, proxy_id)
    if proxy is None or proxy.holder_id != ask.asker.member_id:
        await ask.reply("stale_button")  # forged or someone else's button
        return
    await _end(ask, proxy, "declined")


async def _end(ask: Ask, proxy: Proxy, reason: str) -> None:
    sitting = ask.session.get(Sitting, proxy.sitting_id)
    assert sitting is not None
    view = _sitting_view(ask, sitting)
    try:
        proxies.end_proxy(
            session=ask.session,
            proxy=proxy,
            reason=reason,
            now=ask.runtime.now(),
            tz=ask.runtime.settings.tz,
            actor=_actor(ask),
        )
    except proxies.ProxyRefused as refused:
        await _refuse(ask, refused.code, sitting)
        return
    giver = ask.session.get(Member, proxy.giver_id)
    holder = ask.session.get(Member, proxy.holder_id)
    giver_name = giver.display_name if giver else ""
    holder_name = holder.display_name if holder else ""
    await ask.reply(f"proxy_{reason}", s=view, giver=giver_name, holder=holder_name)
    other = holder if reason == "revoked" else giver
    await _tell(ask, other, f"proxy_{reason}_notice", s=view, giver=giver_name, holder=holder_name)


@as_member
async def give_proxy_command(ask: Ask) -> None:
    """/pouvoir NOM [date]: give a proxy for one's next sitting (or that date's)."""
    if question := await ask_question(ask, command_text(ask.update)):
        await offer_proxy(ask, question)


async def revoke_proxy(ask: Ask, question: Question) -> None:
    sitting = await members_sitting(ask, question.on)
    if sitting is None:
        return
    proxy = proxies.active_proxy_given(ask.session, sitting.id or 0, ask.asker.member_id or 0)
    if proxy is None:
        await ask.reply("no_proxy_to_revoke", s=_sitting_view(ask, sitting))
        return
    await _end(ask, proxy, "revoked")


@as_member
async def revoke_proxy_command(ask: Ask) -> None:
    """/annuler_pouvoir [date]: take back the proxy given for a coming sitting."""
    if question := await ask_question(ask, command_text(ask.update)):
        await revoke_proxy(ask, question)


async def show_my_proxies(ask: Ask) -> None:
    if ask.asker.member_id is None:
        await ask.reply("members_only")
        return
    view = ask.member_view(ask.asker.member_id)
    assert view is not None
    today = ask.runtime.today()
    given = [p for p in view.given if p.held_on >= today]
    held = [p for p in view.held if p.held_on >= today]
    await ask.reply("my_proxies", given=given, held=held)


@as_member
async def my_proxies_command(ask: Ask) -> None:
    """/mes_pouvoirs: proxies given and held for coming sittings."""
    await show_my_proxies(ask)


def attendance_declaration(present: bool) -> Handler:
    @as_member
    async def handler(ask: Ask) -> None:
        """/present, /absent [date]: tell the secretariat ahead of the sitting."""
        question = await ask_question(ask, command_text(ask.update))
        if question is None:
            return
        sitting = await members_sitting(ask, question.on)
        if sitting is None:
            return
        await declare(ask, sitting, present)

    return handler


async def declare(ask: Ask, sitting: Sitting, present: bool) -> None:
    given = (
        proxies.active_proxy_given(ask.session, sitting.id or 0, ask.asker.member_id or 0)
        if present
        else None
    )
    if given is not None:
        # « Finalement je serai là »: coming means taking the proxy back; ask before doing it.
        holder = ask.session.get(Member, given.holder_id)
        await ask.reply(
            "proxy_withdraw_offer",
            buttons=[
                (render("button_withdraw_proxy"), WithdrawProxy(sitting.id or 0).encode()),
                (render("button_keep_proxy"), CancelProxy().encode()),
            ],
            holder=holder.display_name if holder else "",
            s=_sitting_view(ask, sitting),
        )
        _wait(ask, "withdraw", sitting.id)
        return
    try:
        proxies.declare_attendance(
            session=ask.session,
            sitting_id=sitting.id or 0,
            member_id=ask.asker.member_id or 0,
            present=present,
            now=ask.runtime.now(),
            tz=ask.runtime.settings.tz,
            actor=_actor(ask),
        )
    except proxies.ProxyRefused as refused:
        await _refuse(ask, refused.code, sitting)
        return
    buttons = (
        None if present else [(render("button_give_proxy"), AskProxy(sitting.id or 0).encode())]
    )
    await ask.reply(
        "attendance_declared", buttons=buttons, present=present, s=_sitting_view(ask, sitting)
    )


async def withdraw_and_attend(ask: Ask, sitting_id: int) -> None:
    """Take back the proxy given for the sitting, then note the member as coming."""
    _settle(ask)
    sitting = ask.session.get(Sitting, sitting_id)
    if sitting is None or ask.asker.member_id is None:
        await ask.reply("stale_button")
        return
    proxy = proxies.active_proxy_given(ask.session, sitting_id, ask.asker.member_id)
    if proxy is not None:
        await _end(ask, proxy, "revoked")
        if proxies.active_proxy_given(ask.session, sitting_id, ask.asker.member_id):
            return  # refused (too late): _end said why
    await declare(ask, sitting, present=True)


async def cancel(ask: Ask) -> None:
    """« Annuler » (the button or the word): nothing is registered, nothing is withdrawn."""
    pending = _pending(ask)
    if pending:
        _settle(ask)
    await ask.reply("proxy_kept" if pending.get("step") == "withdraw" else "proxy_cancelled")


async def answer_text(ask: Ask, text: str) -> bool:
    """A member's words answering the pending proxy question (« oui », « Basson », « non,
    plutôt à Laget »), or « Confirmer » typed with nothing pending; True when answered."""
    button_word = is_a_button_word(text)
    if ask.asker.member_id is None or (len(text) > _REPLY_LENGTH and not button_word):
        return False
    said = read_reply(text)
    maybe_a_name = len(text.split()) <= 4 and "?" not in text
    if said is Said.OTHER and not button_word and not maybe_a_name:
        return False  # a question of its own: no look-up of what is pending
    pending = _pending(ask)
    if not pending:
        if button_word:
            await ask.reply("nothing_pending")
            return True
        return False
    step, sitting_id = pending.get("step"), pending.get("sitting")
    if said is Said.CANCEL:
        await cancel(ask)
        return True
    if said is Said.CONFIRM:
        if step == "confirm" and sitting_id and pending.get("holder"):
            await confirm_proxy(
                ask, sitting_id, pending["holder"], replace=bool(pending.get("replace"))
            )
        elif step == "withdraw" and sitting_id:
            await withdraw_and_attend(ask, sitting_id)
        else:
            await ask.reply("proxy_usage")
        return True
    if step not in ("confirm", "holder"):
        return False
    # A name: « non, plutôt à Laget » changes the holder; « Basson » answers « À qui ? ».
    just_a_name = step == "holder" and maybe_a_name
    if said is not Said.CHANGE and not just_a_name:
        return False
    resolution = ask.resolve(text, in_text=True)
    if resolution.status == "unknown":
        await ask.reply("unknown_name", query=text.strip())
        return True
    sitting = ask.session.get(Sitting, sitting_id) if sitting_id else None
    if sitting is None:
        sitting = await members_sitting(ask, None)
        if sitting is None:
            return True
    if resolution.member is None:
        chosen_sitting = sitting.id or 0
        await ask.choose_member(
            resolution, text.strip(), lambda member: PickHolder(chosen_sitting, member)
        )
        return True
    question = Question("give_proxy", None, None, None, False, "")
    await offer_proxy(ask, question, resolution.member.member_id, sitting)
    return True


@as_member
async def proxy_button(ask: Ask) -> None:
    """Confirm, replace, decline or cancel a proxy; a holder chosen among several."""
    match ask.payload:
        case ConfirmProxy(sitting_id=sitting_id, holder_id=holder_id, replace=replace):
            await confirm_proxy(ask, sitting_id, holder_id, replace=replace)
        case DeclineProxy(proxy_id=proxy_id):
            await decline_proxy(ask, proxy_id)
        case AskProxy(sitting_id=sitting_id):
            await ask.reply("proxy_usage")
            _wait(ask, "holder", sitting_id)
        case WithdrawProxy(sitting_id=sitting_id):
            await withdraw_and_attend(ask, sitting_id)
        case CancelProxy():
            await cancel(ask)
        case PickHolder(sitting_id=sitting_id, member_id=holder_id):
            sitting = ask.session.get(Sitting, sitting_id)
            if sitting is None:
                await ask.reply("stale_button")
                return
            question = Question("give_proxy", None, None, None, False, "")
            await offer_proxy(ask, question, holder_id, sitting)
        case _:
            await ask.reply("stale_button")


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("pouvoir", give_proxy_command))
    application.add_handler(CommandHandler("annuler_pouvoir", revoke_proxy_command))
    application.add_handler(CommandHandler("mes_pouvoirs", my_proxies_command))
    application.add_handler(CommandHandler("present", attendance_declaration(present=True)))
    application.add_handler(CommandHandler("absent", attendance_declaration(present=False)))
    application.add_handler(
        CallbackQueryHandler(
            proxy_button,
            pattern=callbacks.matching(
                ConfirmProxy, DeclineProxy, AskProxy, CancelProxy, PickHolder, WithdrawProxy
            ),
        )
    )
