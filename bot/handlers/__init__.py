"""Every feature, in the order its handlers are registered.

Each feature module registers its own handlers (`register(application)`): one
`CommandHandler` per command and one `CallbackQueryHandler(pattern=callbacks.matching(...))`
for its buttons. A new feature is one module here and one line below.

Order matters: python-telegram-bot gives an update to the first matching handler of each
group, and stops it at an `ApplicationHandlerStop`.
"""

from __future__ import annotations

from telegram import BotCommand
from telegram.ext import CommandHandler

from bot.context import CouncilApp
from bot.dispatch import compile_filters, every_handler, index_commands
from bot.handlers import (
    actions,
    convocations,
    deliberations,
    edits,
    flood,
    help,
    members,
    new_sitting,
    pages,
    private,
    proxies,
    questions,
    records,
    roles,
    router,
    secretariat,
    sentences,
    sitting_orders,
    sittings,
    uploads,
)
from bot.handlers.errors import on_error
from bot.render import render

FEATURES = (
    # Group -2: groups and channels are told once to ask in private, and go no further.
    private,
    # Group -1: an account flooding the bot is stopped before any feature's work.
    flood,
    # Group 0: a corrected message first, before any command or dialog can act on it...
    edits,
    # ...a document the secretariat sends, imported (before what is not text is answered)...
    uploads,
    # ...then a member's sentences (and what is not text): their filters take no command
    # and no button, so a sentence reaches its handler in three checks rather than after
    # every command's and button's (python-telegram-bot tries a group's handlers in order)...
    sentences,
    # ...then commands and each feature's buttons: the order among them does not matter
    # (each answers only its commands and its payloads)...
    help,
    sittings,
    members,
    deliberations,
    actions,
    records,
    proxies,
    secretariat,
    convocations,
    sitting_orders,
    roles,
    new_sitting,
    pages,
    questions,
    # ...but the router comes last: a command no feature took (the unknown-command answer),
    # then buttons no feature recognised (the stale-button answer).
    router,
)


def register(application: CouncilApp) -> None:
    # No ConversationHandler: its state would live in this process, and behind a load balancer
    # the next update may reach another. A secretary's draft is in the store; the router hands
    # it their text (bot/handlers/new_sitting.py).
    for feature in FEATURES:
        feature.register(application)
    # A command then finds its handler by its name (bot/dispatch.py), not by asking each
    # feature's in turn, and a message handler's filters are asked as one test.
    for group, handlers in application.handlers.items():
        application.handlers[group] = index_commands(compile_filters(handlers))
    application.add_error_handler(on_error)


# Registered but not in the menu: /start opens the chat, /help is /aide under Telegram's
# conventional name, /annuler only means something inside a /nouvelle_seance draft.
UNLISTED = frozenset({"start", "help", "annuler"})


def menu_entries() -> list[tuple[str, str]]:
    """(command, French description) from templates/menu.j2, in its order."""
    lines = render("menu").splitlines()
    return [(name, text) for name, _, text in (line.partition(" ") for line in lines) if text]


def menu() -> list[BotCommand]:
    """The command menu Telegram shows."""
    return [BotCommand(name, description) for name, description in menu_entries()]


def command_names(application: CouncilApp) -> list[str]:
    """Every command some feature registered, in registration order."""
    return [
        name
        for handler in every_handler(application)
        if isinstance(handler, CommandHandler)
        for name in sorted(handler.commands)
    ]
