"""/start and /aide: linking an invited account, then what the assistant can do."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.common import Ask, as_member
from bot.handlers.flood import admitted
from bot.replies import reply
from bot.runtime import runtime
from bot.services.identity import InvitationRefused, redeem_invitation


@as_member
async def help_command(ask: Ask) -> None:
    """/aide: the commands and example sentences."""
    await ask.reply("help", cache_key=("help", ask.asker.name))


async def start_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start <jeton>: link this Telegram account to the invited member; /start alone: help."""
    user = update.effective_user
    if user is None:
        return
    if not context.args:
        await help_command(update, context)
        return
    if not await admitted(update, context):  # guessing tokens is a flood too
        return
    rt = runtime(context)
    with rt.session() as session:
        try:
            member = redeem_invitation(
                session=session, token=context.args[0], telegram_user_id=user.id, now=rt.now()
            )
        except InvitationRefused as refused:
            await reply(update, context, "start_refused", code=refused.code)
            return
        rt.forget()  # this account was a stranger a moment ago: drop what was cached of it
        await reply(update, context, "start_linked", name=member.display_name)
