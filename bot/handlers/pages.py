"""« Suite »: the next page of a long answer, kept in the store (bot/replies.py)."""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler

from bot import callbacks
from bot.callbacks import Page
from bot.context import CouncilApp
from bot.handlers.common import Ask, as_member
from bot.replies import send_page


@as_member
async def next_page(ask: Ask) -> None:
    """Send the page asked; an expired or forged one gets the stale-button answer."""
    page = ask.payload
    if isinstance(page, Page) and await send_page(ask.update, ask.context, page.token, page.index):
        return
    await ask.reply("stale_button")


def register(application: CouncilApp) -> None:
    application.add_handler(CallbackQueryHandler(next_page, pattern=callbacks.matching(Page)))
