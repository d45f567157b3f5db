"""Sending answers: one template, split under Telegram's limit with a « Suite » button.

The pages still to come are kept in the store (storage/chat_state.py), not in this process:
behind a load balancer, « Suite » may reach another bot process than the one that answered.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from datetime import timedelta
from functools import lru_cache
from itertools import accumulate
from typing import Any

from telegram import Document, InlineKeyboardButton, InlineKeyboardMarkup, PhotoSize, Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram.ext import ExtBot

from bot.callbacks import Page
from bot.context import CustomContext
from bot.render import render
from bot.runtime import Runtime
from storage import chat_state, cues

# Telegram refuses messages whose text, once the HTML is parsed, is over 4,096 characters
# (counted in UTF-16 code units, as its entity offsets are); keep a margin below it.
TELEGRAM_LIMIT = 4_096
PAGE_LIMIT = 3_800
PAGE_CALLBACK = "page"  # the pages' key in the store
# A long answer's pages are kept a day after it was last sent. They are stored once per
# answer, under a digest of its text, for everyone who receives it: members share cached
# answers, and a write for every long answer would cost a quarter of the throughput
# (bench/throughput.py); only someone who received the text knows its digest.
PAGES_KEPT = timedelta(days=1)
PAGES_REWRITTEN = timedelta(hours=1)  # how often a process renews the day of one it sends
_TOKEN = cues.plain(r"[0-9a-f]{16}")  # a digest; anything else never reaches the store
# One unit of Telegram HTML: a tag, an entity (one character once parsed), a line break, a
# space, or a run of other characters (cut further only when a page must end inside it).
_TAG = cues.plain(r"<[^<>]*>")
_ENTITY = cues.plain(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);")
_UNIT = cues.plain(rf"{_TAG.pattern}|{_ENTITY.pattern}|\n| |[^<&\n ]+|.", re.DOTALL)
_TAG_NAME = cues.plain(r"</?\s*([A-Za-z][A-Za-z0-9-]*)")
# Where a page may end, best first: between paragraphs, lines, words, anywhere.
_PARAGRAPH, _LINE, _WORD, _ANYWHERE = 3, 2, 1, 0


def visible_length(text: str) -> int:
    """The length Telegram measures: the text once tags are removed and entities parsed."""
    return _utf16(_ENTITY.sub("&", _TAG.sub("", text)))


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2  # outside the BMP, a character counts two


def _width(unit: str) -> int:
    """What one unit adds to a page: a tag nothing, an entity one, characters their count."""
    if len(unit) > 1:
        first = unit[0]
        if first == "<":
            return 0
        if first == "&":
            return 1
    return len(unit) if unit.isascii() else _utf16(unit)


def _head(run: str, room: int) -> int:
    """How many characters of a run fit in `room` UTF-16 code units (at least one)."""
    used = 0
    for count, char in enumerate(run):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > room:
            return max(count, 1)
    return len(run)


def split_pages(text: str, limit: int = PAGE_LIMIT) -> list[str]:
    """Cut a Telegram HTML text into pages that are each valid on their own.

    A page ends between paragraphs, else between lines, else between words, never inside a
    tag or an entity; every element still open where a page ends is closed there and opened
    again at the top of the next page (a `<pre>` sheet stays preformatted on every page).
    `limit` counts what Telegram counts: the characters shown, not the markup.
    """
    # Tags and entities only shorten what Telegram counts: most answers fit by their raw
    # length, without taking the markup out.
    if _utf16(text) <= limit:
        return [text.strip("\n")]
    return list(_pages(text, limit))


@lru_cache(maxsize=256)
def _pages(text: str, limit: int) -> tuple[str, ...]:
    # Kept for the same text: the read layer hands every member who asks the same long answer
    # (the funded actions of an axis, the sittings of a year) the very same string, and
    # walking a long answer unit by unit costs more than answering it (taking its markup out
    # to measure it, too).
    if visible_length(text) <= limit:
        return (text.strip("\n"),)
    units = _UNIT.findall(text)
    pages: list[str] = []
    opened: list[tuple[str, str]] = []  # (name, opening tag) open at the start of the page
    start = 0
    while start < len(units):
        while start < len(units) and units[start] == "\n":
            start += 1  # a page never begins with blank lines
        if start == len(units):
            break
        end, closing_stack = _page_end(units, start, opened, limit)
        body = "".join(units[start:end])
        page = "".join(tag for _, tag in opened) + body.rstrip("\n")
        page += "".join(f"</{name}>" for name, _ in reversed(closing_stack))
        if page_has_text(page):
            pages.append(page)
        opened, start = closing_stack, end
    return tuple(pages) or ("",)


def page_has_text(page: str) -> bool:
    """Telegram refuses a message with nothing to read (only tags, or only spaces). The units
    left once the tags are out (`_UNIT` and `_TAG` find the same tags: every « < » begins a
    unit) hold something other than white space."""
    return bool(_TAG.sub("", page).strip())


def _page_end(
    units: list[str], start: int, opened: list[tuple[str, str]], limit: int
) -> tuple[int, list[tuple[str, str]]]:
    """Where the page starting at `start` ends, and the elements open there."""
    # The units that fit whole are taken at once (`_fitting`), the loop then goes on from the
    # first one that does not, where a run may be split and the page ends.
    index, shown, stack, frozen, best = _fitting(units, start, opened, limit)
    count = len(units)
    while index < count:
        unit = units[index]
        first = unit[0]  # `_width`, written out: this loop sees every character of an answer
        if first == "<" and len(unit) > 1:
            width = 0
        elif first == "&" and len(unit) > 1:
            width = 1
        else:
            width = len(unit) if unit.isascii() else _utf16(unit)
        if shown + width > limit and width > 1 and not unit.startswith("&"):
            # A run of characters too long for what is left of the page: split it, so that
            # a cut is possible inside (a 4,000-character word has to be cut somewhere).
            cut = _head(unit, limit - shown)
            if cut < len(unit):
                units[index : index + 1] = [unit[:cut], unit[cut:]]
                count += 1
                unit = units[index]
                width = _width(unit)
        if shown + width > limit:
            break
        shown += width
        index += 1
        if width == 0:
            _follow(stack, unit)
            frozen = tuple(stack)
            continue
        # A cut after this unit: its quality, remembered with the elements open there.
        if unit == "\n":
            quality = _PARAGRAPH if index < count and units[index] == "\n" else _LINE
        elif unit == " ":
            quality = _WORD
        else:
            quality = _ANYWHERE
        best[quality] = (index, frozen, shown)
    else:
        return index, stack
    # Prefer the best kind of cut that still fills half a page; else the furthest one.
    for quality in (_PARAGRAPH, _LINE, _WORD, _ANYWHERE):
        if quality in best and best[quality][2] >= limit // 2:
            end, kept, _ = best[quality]
            return end, list(kept)
    if best:
        end, kept, _ = max(best.values(), key=lambda cut: cut[0])
        return end, list(kept)
    return index + 1, stack  # not one character fits (a limit of 1 and an emoji): take it


Cut = tuple[int, tuple[tuple[str, str], ...], int]  # (end, elements open there, shown)
_CHUNK = 512  # units measured at once: a page of short words holds about a thousand


def _fitting(
    units: list[str], start: int, opened: list[tuple[str, str]], limit: int
) -> tuple[int, int, list[tuple[str, str]], tuple[tuple[str, str], ...], dict[int, Cut]]:
    """What `_page_end`'s loop knows after the units from `start` that fit whole on the page:
    the next unit, the width shown, the open elements (and as a cut would leave them), the
    furthest cut of each quality. Measured in a few passes over the units (their widths, their
    running sum) instead of one step of the loop each: that loop, walking every word and space
    of every long answer, was a tenth of a new question's time (bench/throughput.py)."""
    widths: list[int] = []
    running: list[int] = []  # the width shown after each unit
    end = start
    while end < len(units) and (not running or running[-1] <= limit):
        # A slice of units at a time, as many as a page of short words holds
        chunk = units[end : end + min(_CHUNK, limit + 1)]
        joined = "".join(chunk)
        if len(joined.encode("utf-16-le")) == 2 * len(joined):  # no character counting two
            measured = [
                (0 if len(unit) > 1 else 1) if (first := unit[0]) == "<"
                else 1 if first == "&"
                else len(unit)
                for unit in chunk
            ]  # fmt: skip
        else:
            measured = [_width(unit) for unit in chunk]
        widths += measured
        running += accumulate(measured, initial=running.pop()) if running else accumulate(measured)
        end += len(chunk)
    window = units[start:end]
    fit = bisect_right(running, limit)
    stack = list(opened)
    frozen = tuple(stack)  # the open elements as a cut here would leave them (tags are rare)
    tags: list[int] = []  # the tags' positions in the window, and the elements open after each
    open_after: list[tuple[tuple[str, str], ...]] = []
    if 0 in widths:
        for position in range(fit):
            if widths[position] == 0:
                _follow(stack, window[position])
                frozen = tuple(stack)
                tags.append(position)
                open_after.append(frozen)
    best: dict[int, Cut] = {}
    for position in range(fit - 1, -1, -1):  # the furthest cut of each quality: from the end
        unit = window[position]
        if widths[position] == 0:
            continue
        if unit == "\n":
            after = start + position + 1
            quality = _PARAGRAPH if after < len(units) and units[after] == "\n" else _LINE
        elif unit == " ":
            quality = _WORD
        else:
            quality = _ANYWHERE
        if quality in best:
            continue
        tag = bisect_right(tags, position) - 1
        best[quality] = (
            start + position + 1,
            open_after[tag] if tag >= 0 else tuple(opened),
            running[position],
        )
        if len(best) == 4:
            break
    return start + fit, running[fit - 1] if fit else 0, stack, frozen, best


def _follow(stack: list[tuple[str, str]], tag: str) -> None:
    """Keep the list of open elements up to date with one tag."""
    match = _TAG_NAME.match(tag)
    if match is None:
        return
    name = match.group(1).lower()
    if tag.startswith("</"):
        for position in range(len(stack) - 1, -1, -1):
            if stack[position][0] == name:
                del stack[position:]
                break
    elif not tag.endswith("/>"):
        stack.append((name, tag))


def keyboard(buttons: list[tuple[str, str]] | None) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return _keyboard(tuple((label, data) for label, data in buttons))


def _markup(buttons: list[tuple[str, str]] | None) -> dict[str, Any] | None:
    """The keyboard as the Bot API receives it (its JSON object), built once per buttons."""
    if not buttons:
        return None
    return _markup_of(tuple((label, data) for label, data in buttons))


@lru_cache(maxsize=1024)
def _markup_of(buttons: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    # python-telegram-bot's own serialisation of the markup, once: the object checks each
    # button as Telegram would, and an answer posts the same JSON as send_message would.
    return _keyboard(buttons).to_dict()


async def post_message(
    bot: ExtBot[Any], chat_id: int, text: str, markup: dict[str, Any] | None = None
) -> Any:
    """sendMessage, posted as `bot.send_message` posts it (the Defaults applied: parse mode,
    and any other the Application sets; the rate limiter), without building a `Message` of
    what Telegram answers: no answer reads it back, and python-telegram-bot parsing the sent
    message (its sender, chat, buttons) cost as much as parsing the member's update
    (bench/throughput.py). Telegram's raw result is returned; errors raise as they would."""
    if not text:  # (python-telegram-bot's defaults make an empty text a list: left to it)
        data: dict[str, Any] = {"chat_id": chat_id, "text": text, **_DEFAULTED}
        return await bot._post("sendMessage", data | {"reply_markup": markup})
    data = {"chat_id": chat_id, "text": text, **_defaults(bot)}
    if markup is not None:
        data["reply_markup"] = markup
    return await bot._do_post("sendMessage", data)  # what send_message posts once built


# The parameters of a message that the Application's Defaults may give, unset: each answer
# takes them as `_defaults` found them once.
_DEFAULTED: dict[str, Any] = dict.fromkeys(
    ("parse_mode", "disable_notification", "protect_content", "link_preview_options"),
    DEFAULT_NONE,
)
_POSTED_DEFAULTS: dict[Any, dict[str, Any]] = {}


def _defaults(bot: ExtBot[Any]) -> dict[str, Any]:
    """What python-telegram-bot posts for `_DEFAULTED` under this bot's Defaults (those it
    leaves None dropped), read once per Defaults: it asked each parameter of each answer,
    chat and text included, what kind of object it was, to fill in the same few values."""
    defaults = bot.defaults
    if defaults not in _POSTED_DEFAULTS:
        data = dict(_DEFAULTED)
        bot._insert_defaults(data)
        _POSTED_DEFAULTS[defaults] = {k: v for k, v in data.items() if v is not None}
    return _POSTED_DEFAULTS[defaults]


async def post_file(
    bot: ExtBot[Any],
    chat_id: int,
    file: Any,
    caption: str,
    *,
    as_photo: bool,
    filename: str | None = None,
) -> PhotoSize | Document | None:
    """sendPhoto (or, `as_photo` False, sendDocument), posted as `send_photo` and
    `send_document` post it, `post_message`'s way: what Telegram keeps of the file (the
    photo's largest size) is all that is read of its answer, to send it again by its id."""
    kind: type[PhotoSize | Document] = PhotoSize if as_photo else Document
    part = "photo" if as_photo else "document"
    data: dict[str, Any] = {
        "chat_id": chat_id,
        part: bot._parse_file_input(file, kind, filename=filename),
        "caption": caption,
        "parse_mode": DEFAULT_NONE,
        "disable_notification": DEFAULT_NONE,
        "protect_content": DEFAULT_NONE,
    }
    sent = await bot._post("sendPhoto" if as_photo else "sendDocument", data)
    kept = sent.get(part) if isinstance(sent, dict) else None
    if not kept:
        return None
    return kind.de_json(kept[-1] if as_photo else kept, bot)


@lru_cache(maxsize=1024)
def _keyboard(buttons: tuple[tuple[str, str], ...]) -> InlineKeyboardMarkup:
    # python-telegram-bot's markup cannot change once built: the same buttons offered again
    # (the members named Gilles, a long answer's « Suite », a convocation's replies) are one
    # object, not eight buttons built again at each answer (each costs more than an answer's
    # template).
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data)] for label, data in buttons]
    )


async def send_html(
    update: Update,
    context: CustomContext,
    text: str,
    buttons: list[tuple[str, str]] | None = None,
) -> int | None:
    """Send one answer; when it is long, the first page now and the rest behind « Suite ».
    The id Telegram gave the message sent (its first page), None when none was: a question
    waiting for its answer knows the message that asks it (a « oui » sent as a reply under
    another one is not its answer)."""
    chat = update.effective_chat
    if chat is None:
        return None
    pages = split_pages(text)
    if len(pages) == 1:
        return _sent_id(await post_message(context.bot, chat.id, pages[0], _markup(buttons)))
    token = _token(tuple(pages), None if buttons is None else tuple(buttons))
    rt = context.runtime
    now = rt.clock()
    period = int(now.timestamp() // PAGES_REWRITTEN.total_seconds())
    # Written at most once an hour by each process; the row then has 23 hours left at least.
    rt.once(("pages", token, period), lambda: _keep(rt, token, pages, buttons))
    more = [(_more_label(1, len(pages)), Page(token, 1).encode())]
    return _sent_id(await post_message(context.bot, chat.id, pages[0], _markup(more)))


def _sent_id(sent: Any) -> int | None:
    """The message id in Telegram's raw answer to sendMessage (all that is read of it)."""
    number = sent.get("message_id") if isinstance(sent, dict) else None
    return number if isinstance(number, int) else None


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


@lru_cache(maxsize=256)
def _token(pages: tuple[str, ...], buttons: tuple[tuple[str, str], ...] | None) -> str:
    # Kept with the pages (`_pages`): the same long answer, sent to everyone who asks it, is
    # not serialised and hashed again each time.
    return hashlib.sha256(json.dumps([pages, buttons]).encode()).hexdigest()[:16]


@lru_cache(maxsize=64)
def _more_label(index: int, total: int) -> str:
    # « Suite (2/3) »: a handful of labels, each rendered once per process (templates ship
    # with the code and are never reloaded).
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
    await post_message(context.bot, chat.id, pages[index], _markup(markup))
    return True


async def reply(
    update: Update,
    context: CustomContext,
    template: str,
    buttons: list[tuple[str, str]] | None = None,
    **data: Any,
) -> None:
    await send_html(update, context, render(template, **data), buttons)
