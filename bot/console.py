"""`council-bot console`: talk to the assistant in a terminal, through the same Application.

Interactive: each reply is printed as a member would read it, buttons as numbered choices
(type the number to press one). `--jsonl`: one message per line on stdin, one JSON object
per line on stdout, {"in": text, "replies": [{"text": ..., "buttons": [...]}]}; a button is
pressed by sending its label. A reply that is a picture or a file (a chart, a CSV, a PDF) is
written under a temporary folder and named beside its caption: `"photo": PATH` or
`"document": PATH` (interactive: a line saying where it is).
"""

from __future__ import annotations

import asyncio
import errno
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import unquote, urlsplit

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.app import build_application
from bot.handlers.uploads import TELEGRAM_DOWNLOAD_LIMIT
from bot.render import render, to_plain_text
from bot.services.flood import FloodGuard
from bot.services.names import resolve_member
from bot.settings import Settings
from bot.transport import Conversation, InProcessBotAPI, Reply
from storage import cues, db
from storage.documents import as_written, os_reason
from storage.models import Council, Member
from storage.names import fold

CONSOLE_USER_ID = 10_000  # the console as nobody (a stranger), or as a member plus this
SEND_FILE = "📎"  # a line « 📎 CHEMIN » sends that file as a document
_ESCAPED = cues.plain(r"\\(.)")  # « dir\ sp » as a terminal writes a dropped file's path


def console_user_id(member_id: int | None) -> int:
    """The Telegram account the console speaks from: one per member, as in Telegram, so that
    what one member left pending (a proxy to confirm, a draft, the thread of the talk) is
    never another's when the console is opened again « --as » someone else on the same store."""
    return CONSOLE_USER_ID if member_id is None else CONSOLE_USER_ID + member_id


class ConsoleIdentityError(ValueError):
    """--as names nobody, or several members: the message says which, in French."""


class ConsoleCouncilError(ValueError):
    """The store holds several councils and the console was not told which: the message lists
    them, in French."""


@dataclass(frozen=True, slots=True)
class ConsoleScope:
    """Who the console speaks as, and for which council."""

    member_id: int | None  # None: the secretariat
    council_id: int | None  # what the secretariat sees (None: the store holds one council)
    council: str | None  # the council's name, said at the start (None: the store is empty)


def console_scope(engine: Engine, name: str | None, council: str | None = None) -> ConsoleScope:
    """The member --as names (among --council's members when given), or the secretariat of
    --council. The console never answers for every council at once: with several in the store
    and neither option, it asks which (a member's council is the member's own)."""
    with db.session(engine) as session:
        councils = list(session.exec(select(Council).order_by(Council.name)))
        chosen = _council_named(councils, council) if council else None
        several = len(councils) > 1
        if name is not None:  # « --as "" » (an unset variable) names nobody, not the secretariat
            resolution = resolve_member(session, name, chosen.id if chosen else None)
            if resolution.status != "found" or resolution.member is None:
                raise ConsoleIdentityError(
                    to_plain_text(
                        render(
                            "console_identity",
                            query=name,
                            resolution=resolution,
                            council=chosen.name if chosen else None,
                        )
                    )
                )
            member = session.get(Member, resolution.member.member_id)
            assert member is not None
            own = session.get(Council, member.council_id) if member.council_id else None
            return ConsoleScope(member.id, None, own.name if own else None)
        if chosen is None and several:
            raise ConsoleCouncilError(
                to_plain_text(
                    render("console_council", councils=[c.name for c in councils], unknown=None)
                )
            )
        chosen = chosen or (councils[0] if councils else None)
        return ConsoleScope(
            None,
            chosen.id if chosen is not None and several else None,
            chosen.name if chosen is not None else None,
        )


def _council_named(councils: list[Council], name: str) -> Council:
    """The council named, or the only one whose name holds the words given (« Firminy »)."""
    wanted = fold(name).strip()
    exact = [c for c in councils if fold(c.name) == wanted]
    found = exact or [c for c in councils if wanted and wanted in fold(c.name)]
    if len(found) != 1:  # none, or several (« Saint »: it was « Conseil inconnu »)
        raise ConsoleCouncilError(
            to_plain_text(
                render(
                    "console_council", councils=[c.name for c in councils], unknown=name,
                    matching=[c.name for c in found],
                )
            )
        )  # fmt: skip
    return found[0]


def acting_member(engine: Engine, name: str | None) -> int | None:
    """The member --as names, or None for the secretariat."""
    return console_scope(engine, name).member_id if name is not None else None


def _button_press(text: str, replies: list[Reply]) -> str | None:
    """A typed number (interactive) or a label (JSONL) that names a button of the last replies."""
    buttons = [b for reply in replies for b in reply.buttons]
    stripped = text.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= len(buttons):
        return buttons[int(stripped) - 1][1]
    return next((data for label, data in buttons if label == stripped), None)


async def run_console(
    settings: Settings,
    engine: Engine,
    *,
    as_member: str | None,
    jsonl: bool,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    council: str | None = None,
) -> int:
    scope = console_scope(engine, as_member, council)
    api = InProcessBotAPI()
    application = build_application(settings, engine, request=api)
    runtime = application.bot_data.runtime
    user_id = console_user_id(scope.member_id)
    runtime.acting_as[user_id] = scope.member_id
    if scope.council_id is not None:
        runtime.acting_council[user_id] = scope.council_id
    runtime.flood = FloodGuard.unlimited()  # one local person, or a script feeding --jsonl
    attachments = Attachments()
    async with application:
        chat = Conversation(application, api, user_id)
        if not jsonl:
            stdout.write(
                to_plain_text(
                    render("console_welcome", as_member=as_member, council=scope.council)
                )
                + "\n"
            )
        replies: list[Reply] = []
        while True:
            if not jsonl:
                stdout.write("\nvous › ")
                stdout.flush()
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            text = as_written(line.rstrip("\n"))  # a line of a Latin-1 file: its letters
            if not text.strip():
                continue
            pressed = _button_press(text, replies)
            if text.startswith(SEND_FILE):  # « 📎 extrait.pdf »: the file sent as a document
                replies = await _send_file(chat, text.removeprefix(SEND_FILE).strip())
            else:
                replies = await (
                    chat.press_data(pressed, _owner(pressed, replies))
                    if pressed
                    else chat.send(text)
                )
            _show(text, replies, jsonl, stdout, attachments)
    return 0


async def _send_file(chat: Conversation, typed: str) -> list[Reply]:
    """A file of this machine sent as Telegram sends a document; one unreadable is said so
    here, as the console's own line (it never reaches the assistant). Read no further than
    Telegram would take: « 📎 /dev/zero » filled the memory; a larger file is refused by
    the assistant as Telegram's would be."""
    path = typed_path(typed)
    try:
        if not typed.strip():
            raise FileNotFoundError(errno.ENOENT, typed)  # « 📎 » alone named the folder here
        with path.open("rb") as file:
            content = await asyncio.to_thread(file.read, TELEGRAM_DOWNLOAD_LIMIT + 1)
    except OSError as error:
        said = render("console_file_unread", path=typed, reason=os_reason(error))
        return [Reply(chat_id=chat.chat_id, text=to_plain_text(said))]
    return await chat.send_document(path.name, content)


def typed_path(typed: str) -> Path:
    """The path as a terminal gives a file dropped in it: quoted, its spaces escaped, or a
    « file:// » address; « ~ » is the home folder. A path that exists as written is that."""
    text = typed.strip()
    if len(text) > 1 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    elif text.startswith("file://"):
        text = unquote(urlsplit(text).path)
    elif "\\" in text and not Path(text).exists():
        text = _ESCAPED.sub(r"\1", text)
    return Path(text).expanduser()


def _owner(data: str, replies: list[Reply]) -> Reply | None:
    return next((r for r in replies if any(d == data for _, d in r.buttons)), None)


class Attachments:
    """Where the console writes the pictures and files the bot sends: one temporary folder
    per session, created at the first one, kept after exit for the reader or the script."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._count = 0

    def save(self, reply: Reply) -> dict[str, str]:
        """{"photo": path} or {"document": path} for a reply that carries one, else {}."""
        if reply.photo is None and reply.document is None:
            return {}
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="council-bot-"))
        self._count += 1
        if reply.photo is not None:
            path = self._folder / f"{self._count:03d}-photo.png"
            path.write_bytes(reply.photo)
            return {"photo": str(path)}
        assert reply.document is not None
        name, content = reply.document
        path = self._folder / f"{self._count:03d}-{Path(name).name or 'document'}"
        path.write_bytes(content)
        return {"document": str(path)}


def _show(
    text: str, replies: list[Reply], jsonl: bool, stdout: TextIO, attachments: Attachments
) -> None:
    saved = [attachments.save(r) for r in replies]
    if jsonl:
        payload = {
            "in": text,
            "replies": [
                {"text": to_plain_text(r.text), "buttons": r.labels, **files}
                for r, files in zip(replies, saved, strict=True)
            ],
        }
        stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        stdout.flush()
        return
    number = 0
    for reply, files in zip(replies, saved, strict=True):
        stdout.write("\n" + to_plain_text(reply.text) + "\n")
        for kind, path in files.items():
            stdout.write(to_plain_text(render("console_attachment", kind=kind, path=path)) + "\n")
        for label in reply.labels:
            number += 1
            stdout.write(f"  [{number}] {label}\n")
    stdout.flush()
