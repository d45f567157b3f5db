"""Sending answers: one template, split under Telegram's limit with a « Suite » button.

The pages still to come are kept in the store (storage/chat_state.py), not in this process:
behind a load balancer, « Suite » may reach another bot process than the one that answered.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.callbacks import Page
from bot.context import CustomContext
from bot.render import render
from bot.runtime import Runtime
from storage import chat_state

# Telegram refuses messages over 4,096 characters; keep room for the entities' overhead.
PAGE_LIMIT = 3_800
PAGE_CALLBACK = "page"  # the pages' key in the store
# A long answer's pages are kept a day after it was last sent. They are stored once per
# answer, under a digest of its text, for everyone who receives it: members share cached
# answers, and a write for every long answer would cost a quarter of the throughput
# (bench/throughput.py); only someone who received the text knows its digest.
PAGES_KEPT = timedelta(days=1)
PAGES_REWRITTEN = timedelta(hours=1)  # how often a process renews the day of one it sends
_TOKEN = re.compile(r"[0-9a-f]{16}")  # a digest; anything else never reaches the store


def split_pages(text: str, limit: int = PAGE_LIMIT) -> list[str]:
    """Cut between paragraphs, else between lines, else between words; never inside a tag.

    Templates keep each HTML element on one line, so a cut at a line break is always safe.
    """
    pages: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:  # one long line (a 4,000-character name): cut at a space
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            while (
                "&" in line[max(0, cut - 8) : cut]
                and ";" not in line[line.rfind("&", 0, cut) : cut]
            ):
                cut -= 1  # never split an HTML entity such as &amp;
            pieces = line[:cut], line[cut:].lstrip()
            if current:
                pages.append(current)
                current = ""
            pages.append(pieces[0])
            line = pieces[1]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pages.append(current)
            current = line
        else:
            current = candidate
    if current.strip() or not pages:
        pages.append(current)
    return [p.strip("\n") for p in pages if p.strip()] or [""]


def keyboard(buttons: list[tuple[str, str]] | None) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data)] for label, data in buttons]
    )


async def send_html(
    update: Update,
    context: CustomContext,
    text: str,
    buttons: list[tuple[str, str]] | None = None,
) -> Message | None:
    """Send one answer; when it is long, the first page now and the rest behind « Suite »."""
    chat = update.effective_chat
    if chat is None:
        return None
    pages = split_pages(text)
    if len(pages) == 1:
        return await context.bot.send_message(chat.id, pages[0], reply_markup=keyboard(buttons))
    token = hashlib.sha256(json.dumps([pages, buttons]).encode()).hexdigest()[:16]
    rt = context.runtime
    now = rt.clock()
    period = int(now.timestamp() // PAGES_REWRITTEN.total_seconds())
    # Written at most once an hour by each process; the row then has 23 hours left at least.
    rt.once(("pages", token, period), lambda: _keep(rt, token, pages, buttons))
    return await context.bot.send_message(
        chat.id,
        pages[0],
        reply_markup=keyboard([(_more_label(1, len(pages)), Page(token, 1).encode())]),
    )


def _keep(
    rt: Runtime, token: str, pages: list[str], buttons: list[tuple[str, str]] | None
) -> None:
    # A session of its own: handlers commit their writes before they answer, so this short
    # transaction never waits on theirs.
    with rt.session() as session:
        chat_state.put(
            session=session,
            telegram_user_id=chat_state.EVERYONE,
            key=_pages_key(token),
            value={"pages": pages, "buttons": buttons},
            now=rt.clock(),
            ttl=PAGES_KEPT,
        )


def _more_label(index: int, total: int) -> str:
    return render("more_button", page=index + 1, total=total)


def _pages_key(token: str) -> str:
    return f"{PAGE_CALLBACK}:{token}"


async def send_page(update: Update, context: CustomContext, token: str, index: int) -> bool:
    """The next page of a long answer; False when it is no longer known (expired, or a
    forged token)."""
    chat = update.effective_chat
    if chat is None or not _TOKEN.fullmatch(token):
        return False
    rt = context.runtime
    with rt.session() as session:
        kept = chat_state.get(
            session=session,
            telegram_user_id=chat_state.EVERYONE,
            key=_pages_key(token),
            now=rt.clock(),
        )
    if kept is None:
        return False
    pages: list[str] = kept["pages"]
    buttons = [(label, data) for label, data in kept["buttons"] or []]
    if not 0 <= index < len(pages):
        return False
    last = index == len(pages) - 1
    markup = (
        buttons
        if last
        else [(_more_label(index + 1, len(pages)), Page(token, index + 1).encode())]
    )
    await context.bot.send_message(chat.id, pages[index], reply_markup=keyboard(markup))
    return True


async def reply(
    update: Update,
    context: CustomContext,
    template: str,
    buttons: list[tuple[str, str]] | None = None,
    **data: Any,
) -> Message | None:
    return await send_html(update, context, render(template, **data), buttons)
