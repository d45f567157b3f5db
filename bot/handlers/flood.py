"""The first handler every update meets: an account flooding the bot is slowed down."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.render import render
from bot.runtime import runtime

log = logging.getLogger(__name__)


async def slow_down_floods(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Drop what an account sends beyond its share, telling it once; others are not slowed."""
    user = update.effective_user
    if user is None:
        return
    admitted, warn = runtime(context).flood.admit(user.id)
    if admitted:
        return
    if warn and update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, render("too_fast"))
    log.warning("Flood from Telegram account %s: update %s dropped", user.id, update.update_id)
    raise ApplicationHandlerStop
