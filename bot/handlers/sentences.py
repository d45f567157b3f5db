"""A member's sentences, and what they send that is not text, before every command and button.

Their filters take neither a command (`~filters.COMMAND`: a message opening on a command
entity) nor a button (a callback query is no message), so registering them right after the
corrected and forwarded messages changes no answer: it only spares every sentence the check
of each command's and each button's handler, one by one (some forty), before its own.
What they answer is in router.py.
"""

from __future__ import annotations

from telegram.ext import MessageHandler, filters

from bot.context import CouncilApp
from bot.handlers import router


def register(application: CouncilApp) -> None:
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, router.answer_text))
    # Anything a member sends that is not text (a service message, such as a pinned message,
    # asks nothing).
    application.add_handler(
        MessageHandler(~filters.TEXT & ~filters.StatusUpdate.ALL, router.answer_not_text)
    )
