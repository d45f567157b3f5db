"""Every handler, registered in one place and one order.

Order matters: python-telegram-bot gives an update to the first matching handler of each
group. Commands come before the sentence router (a command is also text), the router comes
before the unknown-command catch-all, and button presses have their own handler.
"""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.handlers import (
    actions,
    convocations,
    deliberations,
    help,
    members,
    new_sitting,
    proxies,
    records,
    router,
    secretariat,
    sittings,
)
from bot.handlers.errors import on_error

# (command, handler, description shown in Telegram's menu: the French of templates/menu.j2)
COMMANDS = (
    ("aide", help.help_command),
    ("start", help.start_command),
    ("seances", sittings.sittings_command),
    ("seance", sittings.sitting_command),
    ("presents", sittings.attendance_command("presents")),
    ("absents", sittings.attendance_command("absents")),
    ("pouvoirs", sittings.attendance_command("proxies")),
    ("membre", members.member_command),
    ("deliberation", deliberations.deliberation_command),
    ("actions", actions.actions_command),
    ("assiduite", records.records_command),
    ("pouvoir", proxies.give_proxy_command),
    ("annuler_pouvoir", proxies.revoke_proxy_command),
    ("mes_pouvoirs", proxies.my_proxies_command),
    ("present", proxies.attendance_declaration(present=True)),
    ("absent", proxies.attendance_declaration(present=False)),
    ("quorum", secretariat.quorum_command),
    ("feuille", secretariat.sheet_command),
    ("convoquer", convocations.convene_command),
    ("suivi", convocations.follow_up_command),
    ("nouvelle_seance", new_sitting.new_sitting_command),
)


def register(application: Application) -> None:  # type: ignore[type-arg]
    # No ConversationHandler: its state would live in this process, and behind a load balancer
    # the next update may reach another. A secretary's draft is in the store; the router hands
    # it their text and its buttons (bot/handlers/new_sitting.py).
    # One CommandHandler for the whole table rather than one per command: python-telegram-bot
    # parses the command once instead of nineteen times (bench/throughput.py: +8 %).
    application.add_handler(CommandHandler([name for name, _ in COMMANDS], _command), group=0)
    # /annuler only means something inside a draft: not in the table, hence not in the menu.
    application.add_handler(CommandHandler("annuler", new_sitting.cancel_command), group=0)
    application.add_handlers(records.handlers(), group=0)  # before the catch-all button handler
    application.add_handler(CallbackQueryHandler(router.answer_button), group=0)
    application.add_handler(
        MessageHandler(filters.TEXT & ~filters.COMMAND, router.answer_text), group=0
    )
    application.add_handler(
        MessageHandler(filters.COMMAND, router.answer_unknown_command), group=0
    )
    application.add_error_handler(on_error)


_CALLBACKS = dict(COMMANDS)


async def _command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Hand a command to its handler in COMMANDS."""
    message = update.effective_message
    word = (message.text or "").split(maxsplit=1)[0] if message else ""
    name = word[1:].split("@", 1)[0].lower()
    await _CALLBACKS[name](update, context)


def menu(descriptions: dict[str, str]) -> list[BotCommand]:
    """The command menu Telegram shows, in the order above, without /start."""
    return [BotCommand(name, descriptions[name]) for name, _ in COMMANDS if name in descriptions]
