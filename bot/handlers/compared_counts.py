"""« plus de délibs en janvier ou en mars 2022 ? », « 2023 c'était plus que 2022 ? »: the verdict
first (the period with more, or « Oui » / « Non »), with both counts, before each period's own
count (bot/services/compared_periods.py reads the message)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from bot.handlers.common import Ask
from bot.services.compared_periods import periods_compared
from bot.services.frames import Frame
from storage import lookups, queries


async def answer_compared(ask: Ask, text: str) -> list[Frame] | None:
    """The verdict of two periods compared, said; the two counts' frames, to be answered after
    it. None when the message compares no two periods (nothing said)."""
    compared = periods_compared(text, ask.runtime.today())
    if compared is None:
        return None
    sides = [_side(ask, frame) for frame in compared.frames]
    await ask.reply("answer_compared_counts", sense=compared.sense.value, a=sides[0], b=sides[1])
    return list(compared.frames)


def _side(ask: Ask, frame: Frame) -> dict[str, Any]:
    """One period: its first and last day, its body when one is named, its acts."""
    when = frame.when
    # (compared_periods keeps periods only: a day, or both ends)
    start = when.on or when.start or date.min
    end = when.on or when.end or date.max
    body = (
        queries.body_by_hint(session=ask.session, hint=frame.body, council_id=ask.asker.council_id)
        if frame.body
        else None
    )
    tally = lookups.deliberations_between(
        session=ask.session,
        start=start,
        end=end,
        body_ids=[body.id] if body and body.id else None,
        council_id=ask.asker.council_id,
    )
    return {
        "start": start,
        "end": end,
        "span": _span(start, end),
        "body": body.name if body else None,
        "n": tally.count,
    }


def _span(start: date, end: date) -> str:
    """How a period is said: « le 24 mars 2022 », « en mars 2022 », « en 2022 », or its ends."""
    if start == end:
        return "day"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return "year"
    if (
        start.day == 1
        and (end + timedelta(days=1)).day == 1
        and (start.year, start.month)
        == (
            end.year,
            end.month,
        )
    ):
        return "month"
    return "span"
