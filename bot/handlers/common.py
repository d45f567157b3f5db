"""What every handler needs: who asks, a session, and a way to answer from a template."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from functools import wraps
from typing import Any

from sqlmodel import Session
from telegram import Update
from telegram.ext import ContextTypes

from bot.replies import reply
from bot.runtime import Asker, Runtime, runtime
from bot.services.names import Resolution

# Longest message a question may be; Telegram allows 4,096 characters and nobody asks more.
MAX_QUESTION_LENGTH = 500


@dataclass
class Ask:
    """One question being answered."""

    update: Update
    context: ContextTypes.DEFAULT_TYPE
    runtime: Runtime
    session: Session
    asker: Asker

    async def reply(
        self, template: str, buttons: list[tuple[str, str]] | None = None, **data: Any
    ) -> None:
        await reply(self.update, self.context, template, buttons, asker=self.asker, **data)

    def resolve(self, text: str, *, in_text: bool = False) -> Resolution:
        index = self.runtime.names.index(self.session)
        return index.find_in_text(text) if in_text else index.resolve(text)

    async def choose_member(self, resolution: Resolution, action: str, query: str) -> None:
        """Several members fit: ask which, with one button each, never guess."""
        buttons = [
            (candidate_label(c), f"pick:{action}:{c.member_id}") for c in resolution.candidates[:8]
        ]
        await self.reply(
            "choose_member", buttons=buttons, query=query, count=len(resolution.candidates)
        )


def candidate_label(candidate: Any) -> str:
    return " ".join(
        p for p in (candidate.civility, candidate.first_name, candidate.last_name) if p
    )


Feature = Callable[[Ask], Awaitable[None]]


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def as_member(handler: Callable[[Ask], Awaitable[None]]) -> Handler:
    """Open a session, find who asks; strangers get the polite refusal and nothing else."""

    @wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        rt = runtime(context)
        user = update.effective_user
        if user is None:
            return
        with rt.session() as session:
            asker = rt.asker(session, user.id)
            if asker is None:
                await reply(update, context, "stranger")
                return
            await handler(Ask(update, context, rt, session, asker))

    return wrapper


def command_text(update: Update) -> str:
    """The text after a command (« /seance 4 juillet » → « 4 juillet »), or the whole message."""
    message = update.effective_message
    text = (message.text or "") if message else ""
    if text.startswith("/"):
        parts = text.split(maxsplit=1)
        return parts[1] if len(parts) > 1 else ""
    return text
