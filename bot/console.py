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
import json
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import Engine

from bot.app import build_application
from bot.render import render, to_plain_text
from bot.services.flood import FloodGuard
from bot.services.names import resolve_member
from bot.settings import Settings
from bot.transport import Conversation, InProcessBotAPI, Reply
from storage import db

CONSOLE_USER_ID = 10_000


class ConsoleIdentityError(ValueError):
    """--as names nobody, or several members: the message says which, in French."""


def acting_member(engine: Engine, name: str | None) -> int | None:
    """The member --as names, or None for the secretariat."""
    if not name:
        return None
    with db.session(engine) as session:
        resolution = resolve_member(session, name)
    if resolution.status == "found" and resolution.member:
        return resolution.member.member_id
    raise ConsoleIdentityError(
        to_plain_text(render("console_identity", query=name, resolution=resolution))
    )


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
) -> int:
    member_id = acting_member(engine, as_member)
    api = InProcessBotAPI()
    application = build_application(settings, engine, request=api)
    runtime = application.bot_data.runtime
    runtime.acting_as[CONSOLE_USER_ID] = member_id
    runtime.flood = FloodGuard.unlimited()  # one local person, or a script feeding --jsonl
    attachments = Attachments()
    async with application:
        chat = Conversation(application, api, CONSOLE_USER_ID)
        if not jsonl:
            stdout.write(to_plain_text(render("console_welcome", as_member=as_member)) + "\n")
        replies: list[Reply] = []
        while True:
            if not jsonl:
                stdout.write("\nvous › ")
                stdout.flush()
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            text = line.rstrip("\n")
            if not text.strip():
                continue
            pressed = _button_press(text, replies)
            replies = await (
                chat.press_data(pressed, _owner(pressed, replies)) if pressed else chat.send(text)
            )
            _show(text, replies, jsonl, stdout, attachments)
    return 0


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
