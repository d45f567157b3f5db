"""A document the secretariat sends in the conversation (a PDF extract, minutes, an open-data
CSV): imported as `council-bot import` would, and the same summary said back, file by file.
A member's document is not read (the answer to anything that is not text)."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from telegram.error import TelegramError
from telegram.ext import MessageHandler, filters

from bot.context import CouncilApp
from bot.handlers import router
from bot.handlers.common import Ask, as_member
from bot.services.imports import import_and_summarise
from bot.services.proxies import Actor, audit
from storage.models import Member

# What a bot may fetch from Telegram's servers (Bot API, getFile): larger files are refused
# before anything is downloaded.
TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024


def register(application: CouncilApp) -> None:
    application.add_handler(MessageHandler(filters.Document.ALL, receive_document))


def _safe_name(name: str | None) -> str:
    """The file's own name, as sent, without any folder or character a path would read. Its
    kind stays what the sender's name says even when nothing else of it can be kept: « .pdf »,
    « ….txt », « 😀.csv » are a « document.pdf », not a file of no kind."""
    own = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = own.rpartition(".")
    if not dot:
        stem, suffix = own, ""
    kept = "".join(c if c.isalnum() or c in "._- " else "_" for c in stem).strip(" ._")
    kind = "".join(c for c in suffix if c.isalnum())[:12]
    return (kept[:100] or "document") + (f".{kind}" if kind else "")


@as_member
async def receive_document(ask: Ask) -> None:
    message = ask.update.effective_message
    document = message.document if message else None
    if document is None or not ask.asker.secretariat:
        await router.say_not_text(ask)  # a member's file is not read, as anything not text
        return
    from storage.importer import DOCUMENT_SUFFIXES  # the parsers: only when a file comes

    name = _safe_name(document.file_name)
    if Path(name).suffix.lower() not in DOCUMENT_SUFFIXES:
        await ask.reply("upload_refused", name=name, reason="type")
        return
    if (document.file_size or 0) > TELEGRAM_DOWNLOAD_LIMIT:
        await ask.reply("upload_refused", name=name, reason="size")
        return
    await ask.reply("upload_reading", name=name)
    with tempfile.TemporaryDirectory(prefix="council-upload-") as folder:
        path = Path(folder) / name
        try:
            telegram_file = await document.get_file()
            await telegram_file.download_to_drive(path)
        except (TelegramError, OSError):
            await ask.reply("upload_refused", name=name, reason="download")
            return
        settings = ask.runtime.settings
        sender = ask.session.get(Member, ask.asker.member_id) if ask.asker.member_id else None
        summary = await asyncio.to_thread(
            import_and_summarise,
            ask.runtime.engine,
            [path],
            max_text_bytes=int(settings.import_max_text_mb * 1_000_000),
            shown_as={path: name},
            only_council=sender.council_id if sender is not None else None,
            adds_councils=False,
        )
    user = ask.update.effective_user
    audit(
        ask.session,
        Actor(ask.asker.member_id, user.id if user else None),
        "document.imported",
        None,
        file=name,
        imported=summary["imported"],
        errors=summary["errors"],
    )
    ask.session.commit()
    await ask.reply("import_summary", **summary)
