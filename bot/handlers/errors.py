"""The one error handler: the member gets a polite French answer, the logs get the traceback."""

from __future__ import annotations

import html
import logging
import traceback

from telegram import Update
from telegram.error import Forbidden, RetryAfter, TelegramError

from bot.context import CustomContext
from bot.logs import redact
from bot.render import render

log = logging.getLogger(__name__)


async def on_error(update: object, context: CustomContext) -> None:
    """Log with the traceback, apologise to the member, tell the admin chat if there is one.
    A member who blocked the bot (or deleted their account) while an answer was on its way is
    not a failure of the bot: one line in the logs, no apology that would be refused too, no
    traceback to the admin chat at each message they had sent before blocking it."""
    error = context.error
    if isinstance(error, Forbidden):
        chat = update.effective_chat if isinstance(update, Update) else None
        log.warning("Chat %s refuses the bot's messages: %s", chat.id if chat else None, error)
        return
    log.error("Update failed", exc_info=error)
    if context.bot_data.errors is not None and error is not None:
        # Tests collect them: a crashing handler fails its test.
        context.bot_data.errors.append(error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, render("error"))
        except (Forbidden, RetryAfter):
            log.warning("Could not apologise to chat %s", update.effective_chat.id)
        except TelegramError:
            log.exception("Could not apologise to chat %s", update.effective_chat.id)
    settings = context.runtime.settings
    admin_chat = settings.admin_chat_id
    if admin_chat is not None and error is not None:
        # A chat is an output like the logs: no token, webhook secret or invitation in it.
        secrets = [
            s.get_secret_value()
            for s in (settings.telegram_bot_token, settings.webhook_secret)
            if s is not None
        ]
        trace = redact("".join(traceback.format_exception(error)), secrets)[-3500:]
        try:
            await context.bot.send_message(admin_chat, f"<pre>{html.escape(trace)}</pre>")
        except TelegramError as refused:  # a wrong ADMIN_CHAT_ID, the bot removed from it
            log.warning("Could not tell the admin chat %s: %s", admin_chat, refused)
