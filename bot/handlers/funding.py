"""The chart under /actions: amounts by axis or by carrier, after the text answer."""

from __future__ import annotations

from collections.abc import Sequence

from bot.handlers.common import Ask
from bot.handlers.pictures import send_chart
from bot.render import render
from bot.services.funding import funding_bars
from storage.queries import FundedActionView


async def send_funding_chart(ask: Ask, actions: Sequence[FundedActionView], words: str) -> None:
    """A bar chart when the actions spread over several axes or carriers; nothing else."""
    chart = funding_bars(actions, words)
    if chart is None:
        return
    by, bars = chart
    caption = render("funding_caption", by=by)
    await send_chart(ask, ("funding", words), bars, caption, "montants.png")
