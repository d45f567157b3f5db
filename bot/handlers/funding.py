"""The chart under /actions: amounts by axis or by carrier, after the text answer."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from bot.handlers.common import Ask
from bot.render import render
from bot.services import charts
from bot.services.funding import funding_bars
from storage.queries import FundedActionView


async def send_funding_chart(ask: Ask, actions: Sequence[FundedActionView], words: str) -> None:
    """A bar chart when the actions spread over several axes or carriers; nothing else."""
    chart = funding_bars(actions, words)
    chat = ask.update.effective_chat
    if chart is None or chat is None:
        return
    by, bars = chart
    png = await asyncio.to_thread(charts.render_png, bars)
    await ask.context.bot.send_photo(chat.id, photo=png, caption=render("funding_caption", by=by))
