"""Flood control at the door of every handler: an account sending a hundred messages a
second is slowed down, everybody else is answered as usual.

Checked inside the handlers' common wrapper rather than as a handler group of its own: a group
costs python-telegram-bot a context per update, a tenth of the assistant's throughput.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.render import render
from bot.runtime import runtime

log = logging.getLogger(__name__)


async def admitted(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """False for what an account sends beyond its share (it is told once, then ignored)."""
    user = update.effective_user
    if user is None:
        return True
    allowed, warn = runtime(context).flood.admit(user.id)
    if allowed:
        return True
    if warn and update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, render("too_fast"))
    log.warning("Flood from Telegram account %s: update %s dropped", user.id, update.update_id)
    return False
