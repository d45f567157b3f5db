"""/nouvelle_seance: the secretariat creates a sitting in a short conversation.

Body (buttons), then date and time, place, agenda (one item per line), then a summary to
confirm. /annuler leaves at any step. The sitting is then convened with /convoquer.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, time

from sqlmodel import select
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.handlers.common import Ask, as_member, record_id
from bot.render import render
from bot.services import sittings
from bot.services.intents import InvalidDate, find_date
from bot.services.proxies import Actor
from storage.models import Body
from storage.names import fold

BODY, WHEN, PLACE, AGENDA, CONFIRM = range(5)
_TIME = re.compile(r"\b(\d{1,2})\s*(?:h|:)\s*(\d{2})?\b")
NO_AGENDA = {"aucun", "non", "-", "rien"}


def _draft(ask: Ask) -> dict[str, object]:
    return ask.context.user_data.setdefault("new_sitting", {})  # type: ignore[union-attr, no-any-return]


@as_member
async def _start(ask: Ask) -> int:
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return ConversationHandler.END
    _draft(ask).clear()
    bodies = ask.session.exec(select(Body).order_by(Body.name)).all()
    buttons = [(b.name, f"newsit:body:{b.id}") for b in bodies]
    await ask.reply("new_sitting_body", buttons=buttons)
    return BODY


@as_member
async def _body(ask: Ask) -> int:
    query = ask.update.callback_query
    assert query is not None
    await query.answer()
    try:
        body = ask.session.get(Body, record_id((query.data or "0").rsplit(":", 1)[1]))
    except ValueError:
        body = None
    if body is None:
        await ask.reply("stale_button")
        return ConversationHandler.END
    _draft(ask)["body_id"] = body.id
    await ask.reply("new_sitting_when", body=body.name)
    return WHEN


@as_member
async def _when(ask: Ask) -> int:
    text = fold(ask.update.effective_message.text or "") if ask.update.effective_message else ""
    try:
        day, rest = find_date(text, ask.runtime.today())
    except InvalidDate as error:
        await ask.reply("invalid_date", text=error.text)
        return WHEN
    hour = _TIME.search(rest)
    if day is None or hour is None or int(hour.group(1)) > 23:
        await ask.reply("new_sitting_when_again")
        return WHEN
    starts = datetime.combine(
        day, time(int(hour.group(1)), int(hour.group(2) or 0)), ask.runtime.settings.tz
    )
    if starts <= ask.runtime.now():
        await ask.reply("new_sitting_in_the_past", starts=starts)
        return WHEN
    _draft(ask)["starts"] = starts
    await ask.reply("new_sitting_place")
    return PLACE


@as_member
async def _place(ask: Ask) -> int:
    message = ask.update.effective_message
    _draft(ask)["place"] = (message.text or "").strip()[:200] if message else None
    await ask.reply("new_sitting_agenda")
    return AGENDA


@as_member
async def _agenda(ask: Ask) -> int:
    message = ask.update.effective_message
    text = (message.text or "") if message else ""
    lines = [] if fold(text) in NO_AGENDA else [line[:300] for line in text.splitlines()]
    draft = _draft(ask)
    draft["agenda"] = [line.strip() for line in lines if line.strip()]
    body = ask.session.get(Body, draft["body_id"])
    await ask.reply(
        "new_sitting_confirm",
        buttons=[
            (render("button_confirm"), "newsit:ok"),
            (render("button_cancel"), "newsit:cancel"),
        ],
        body=body.name if body else "",
        starts=draft["starts"],
        place=draft["place"],
        agenda=draft["agenda"],
    )
    return CONFIRM


@as_member
async def _confirm(ask: Ask) -> int:
    query = ask.update.callback_query
    assert query is not None
    await query.answer()
    draft = _draft(ask)
    if query.data != "newsit:ok":
        await ask.reply("new_sitting_cancelled")
        return ConversationHandler.END
    body = ask.session.get(Body, draft["body_id"])
    assert body is not None
    user = ask.update.effective_user
    try:
        sitting = sittings.create_sitting(
            session=ask.session,
            body=body,
            starts=draft["starts"],  # type: ignore[arg-type]
            place=draft["place"],  # type: ignore[arg-type]
            agenda=draft["agenda"],  # type: ignore[arg-type]
            actor=Actor(ask.asker.member_id, user.id if user else None),
        )
    except sittings.SittingExists:
        await ask.reply("cli_sitting_exists", body=body.name, on=draft["starts"])
        return ConversationHandler.END
    ask.changed()
    await ask.reply("new_sitting_created", s=ask.sitting_view(sitting.id or 0))
    return ConversationHandler.END


@as_member
async def _cancel(ask: Ask) -> int:
    await ask.reply("new_sitting_cancelled")
    return ConversationHandler.END


def conversation() -> ConversationHandler:  # type: ignore[type-arg]
    text = filters.TEXT & ~filters.COMMAND
    # The buttons belong to the secretary's conversation in this chat, not to one message:
    # per_message=False is meant, and PTB's reminder of what it implies is noise here.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "If 'per_message=False'", PTBUserWarning)
        return _conversation(text)


def _conversation(text: filters.BaseFilter) -> ConversationHandler:  # type: ignore[type-arg]
    return ConversationHandler(
        entry_points=[CommandHandler("nouvelle_seance", _start)],
        states={
            BODY: [CallbackQueryHandler(_body, pattern=r"^newsit:body:\d+$")],
            WHEN: [MessageHandler(text, _when)],
            PLACE: [MessageHandler(text, _place)],
            AGENDA: [MessageHandler(text, _agenda)],
            CONFIRM: [CallbackQueryHandler(_confirm, pattern=r"^newsit:(ok|cancel)$")],
        },
        fallbacks=[CommandHandler("annuler", _cancel)],
    )
