"""Flood control before any handler: an account sending a hundred messages a second is slowed
down, everybody else is answered as usual.

A `TypeHandler` in a group of its own (negative, so before every feature) that stops the
update with `ApplicationHandlerStop`; python-telegram-bot builds one context per update
whatever the number of groups, so this costs one more handler check per update.
"""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.context import CouncilApp, CustomContext
from bot.render import label, render

log = logging.getLogger(__name__)
GROUP = -1


async def slow_down(update: Update, context: CustomContext) -> None:
    """Stop what an account sends beyond its share (it is told once, then ignored)."""
    user = update.effective_user
    if user is None:
        return
    allowed, warn = context.runtime.flood.admit(user.id)
    if allowed:
        return
    if update.callback_query is not None:
        # a button pressed while flooded (« Confirmer » under a proxy) was dropped in silence:
        # the member, the spinner gone, took it for done; each press is told it was not
        with contextlib.suppress(BadRequest):
            await update.callback_query.answer(label("too_fast_button"), show_alert=True)
    elif warn and update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, render("too_fast"))
    log.warning("Flood from Telegram account %s: update %s dropped", user.id, update.update_id)
    raise ApplicationHandlerStop


def register(application: CouncilApp) -> None:
    application.add_handler(TypeHandler(Update, slow_down), group=GROUP)
