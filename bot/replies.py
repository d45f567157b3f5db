"""Sending answers: one template, split under Telegram's limit with a « Suite » button."""

from __future__ import annotations

import secrets
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot.render import render

# Telegram refuses messages over 4,096 characters; keep room for the entities' overhead.
PAGE_LIMIT = 3_800
PAGE_CALLBACK = "page"


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
    context: ContextTypes.DEFAULT_TYPE,
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
    token = secrets.token_hex(4)
    stored = context.user_data if context.user_data is not None else {}
    stored.setdefault("pages", {})[token] = (pages, buttons)
    return await context.bot.send_message(
        chat.id,
        pages[0],
        reply_markup=keyboard([(_more_label(1, len(pages)), f"{PAGE_CALLBACK}:{token}:1")]),
    )


def _more_label(index: int, total: int) -> str:
    return render("more_button", page=index + 1, total=total)


async def send_page(
    update: Update, context: ContextTypes.DEFAULT_TYPE, token: str, index: int
) -> bool:
    """The next page of a long answer; False when it is no longer known (bot restarted)."""
    chat = update.effective_chat
    pages_by_token: dict[str, Any] = (context.user_data or {}).get("pages", {})
    if chat is None or token not in pages_by_token:
        return False
    pages, buttons = pages_by_token[token]
    if not 0 <= index < len(pages):
        return False
    last = index == len(pages) - 1
    markup = (
        buttons
        if last
        else [(_more_label(index + 1, len(pages)), f"{PAGE_CALLBACK}:{token}:{index + 1}")]
    )
    await context.bot.send_message(chat.id, pages[index], reply_markup=keyboard(markup))
    if last:
        del pages_by_token[token]
    return True


async def reply(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    template: str,
    buttons: list[tuple[str, str]] | None = None,
    **data: Any,
) -> Message | None:
    return await send_html(update, context, render(template, **data), buttons)
