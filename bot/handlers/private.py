"""Private chats only: council data is for the member reading it, not for a group.

In a group (or a channel) the assistant says once that it works in private, remembers in the
store that it said so (every replica agrees), and answers nothing else there. A `TypeHandler`
in the first group, before flood control: nothing of a group reaches a feature.

Only what a person sends the bot itself goes further: a message, its correction, a button.
A business message is not one, although its chat is private: a member who connects the bot
to a Telegram Business account makes Telegram hand it every message that member writes to
anyone, and every message anyone writes to them. Read as the member's own, a « oui » written
to a friend confirmed a pending proxy, and council data answered into a stranger's chat.
Reactions, inline queries, polls and the other kinds are no question either. All of them stop
here, with a line in the logs; Telegram is not even asked for them (`UPDATES`).
"""

from __future__ import annotations

import contextlib
import logging
from datetime import timedelta

from telegram import Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.context import CouncilApp, CustomContext
from bot.render import render
from storage import chat_state

log = logging.getLogger(__name__)
GROUP = -2
# The kinds of update the features answer, asked of Telegram by polling and the webhook alike.
# Channel posts only to say once, in a channel the bot was added to, where to ask.
UPDATES = (
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.CHANNEL_POST,
    Update.EDITED_CHANNEL_POST,
)
TOLD_KEY = "private_only_told"
TOLD_KEPT = timedelta(days=3650)  # once per group, for good


async def private_only(update: Update, context: CustomContext) -> None:
    """Let private chats through; in any other chat say once where to ask, then stop; stop
    whatever was not sent to the bot itself."""
    if not any(getattr(update, kind) is not None for kind in UPDATES):
        log.info("Update %s is not addressed to the bot: ignored", update.update_id)
        raise ApplicationHandlerStop
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.PRIVATE:
        return
    if update.callback_query is not None:  # a button in a group (forwarded): acknowledge only
        with contextlib.suppress(BadRequest):
            await update.callback_query.answer()
    if update.effective_message is None:  # the bot added to a group: nothing to answer
        raise ApplicationHandlerStop
    rt = context.runtime
    with rt.session() as session:
        told = chat_state.get(
            session=session, telegram_user_id=chat.id, key=TOLD_KEY, now=rt.clock()
        )
        if told is None:
            chat_state.put(
                session=session,
                telegram_user_id=chat.id,
                key=TOLD_KEY,
                value=True,
                now=rt.clock(),
                ttl=TOLD_KEPT,
            )
    if told is None:
        try:
            await context.bot.send_message(chat.id, render("private_only"))
        except (Forbidden, BadRequest) as error:  # a channel, or removed from the group
            log.warning("Could not tell chat %s to ask in private: %s", chat.id, error)
    raise ApplicationHandlerStop


def register(application: CouncilApp) -> None:
    application.add_handler(TypeHandler(Update, private_only), group=GROUP)
