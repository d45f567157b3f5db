"""The chart under /actions: amounts by axis or by carrier, after the text answer."""

from __future__ import annotations

from bot.handlers.common import Ask
from bot.handlers.pictures import send_chart


async def send_funding_chart(ask: Ask, words: str) -> None:
    """A bar chart when the actions found for `words` spread over several axes or carriers;
    nothing else."""
    chart = ask.reads.funding_chart(ask.session, words)
    if chart is None:
        return
    by, bars = chart
    caption = ask.reads.rendered(ask.session, "funding_caption", ask.asker, {"by": by})
    await send_chart(ask, ("funding", words), bars, caption, "montants.png")
