"""/start, /aide (/help) and /settings: linking an invited account, what the assistant can do,
and what it knows of the member."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import CommandHandler

from bot.context import CouncilApp, CustomContext
from bot.handlers.common import Ask, as_member
from bot.render import render
from bot.replies import reply
from bot.services.identity import InvitationRefused, redeem_invitation

log = logging.getLogger(__name__)


@as_member
async def help_command(ask: Ask) -> None:
    """/aide, /help: the commands and example sentences."""
    await ask.reply("help")


@as_member
async def settings_command(ask: Ask) -> None:
    """/settings: the member's name, bodies and role, and how to unlink the account."""
    member = ask.member_view(ask.asker.member_id) if ask.asker.member_id else None
    await ask.reply("settings", m=member)


async def start_command(update: Update, context: CustomContext) -> None:
    """/start <jeton>: link this Telegram account to the invited member; /start alone: help."""
    user = update.effective_user
    if user is None:
        return
    if not context.args:
        await help_command(update, context)
        return
    rt = context.runtime
    with rt.session() as session:
        try:
            member, replaced = redeem_invitation(
                session=session, token=context.args[0], telegram_user_id=user.id, now=rt.now()
            )
        except InvitationRefused as refused:
            await reply(update, context, "start_refused", code=refused.code)
            return
        await reply(
            update, context, "start_linked", name=member.display_name, moved=bool(replaced)
        )
    if replaced:
        # A second invitation to a seat already linked, opened by another account (a new
        # phone, or a link that leaked): the seat moved without a word to the account that
        # had it, whose next question met « réservé aux membres du conseil ».
        try:
            await context.bot.send_message(
                replaced, render("account_replaced", name=member.display_name)
            )
        except (Forbidden, BadRequest) as error:  # blocked the bot, or an account deleted
            log.warning("Could not tell account %s its seat moved: %s", replaced, error)


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("start", start_command))
    application.add_handler(CommandHandler(["aide", "help"], help_command))
    application.add_handler(CommandHandler("settings", settings_command))
