"""Sending a chart: drawn once, then sent again by Telegram's file id.

Drawing takes a tenth of a second or more of CPU, in a worker thread (`asyncio.to_thread`) so
the event loop answers other members meanwhile. Telegram keeps what it received: the file id
of the first photo is kept with the views (forgotten when the store changes), so the same
chart asked again is one small call, without drawing or uploading anything. A chart too tall
for a photo goes as a PNG file.
"""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from typing import Any

from telegram import PhotoSize

from bot.handlers.common import Ask
from bot.replies import post_file
from bot.services import charts


async def send_chart(
    ask: Ask, key: Hashable, chart: charts.Chart, caption: str, file_name: str
) -> None:
    """The chart under the text answer; `key` names every input of the chart."""
    chat = ask.update.effective_chat
    if chat is None:
        return
    sent = ask.reads.pictures_sent(ask.session, key)
    kept = sent.get("file")
    # Sent already: as what it went (measuring the chart again lays out every label).
    as_photo = isinstance(kept, PhotoSize) if kept else charts.fits_a_photo(chart)
    # Sent again as the photo or file Telegram answered, not as its id: python-telegram-bot
    # takes a string for a path to upload if one exists, and asks the disk at every send.
    picture: Any = kept or await asyncio.to_thread(charts.render_png, chart)
    named = None if as_photo else file_name  # (a photo goes without a file name)
    file = await post_file(
        ask.context.bot, chat.id, picture, caption, as_photo=as_photo, filename=named
    )
    if file is not None:
        sent["file"] = file
