"""What every handler needs: who asks, a session, and a way to answer from a template."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Hashable
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar

from sqlmodel import Session
from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.flood import admitted
from bot.render import render
from bot.replies import reply, send_html
from bot.runtime import Asker, Runtime, runtime
from bot.services.names import Resolution
from storage import queries

T = TypeVar("T")

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
        self,
        template: str,
        buttons: list[tuple[str, str]] | None = None,
        *,
        cache_key: Hashable = None,
        **data: Any,
    ) -> None:
        """Answer from a template; with `cache_key` (naming every input of the answer), the
        rendered text is kept with the views until the store changes. Templates read only
        `asker.secretariat` (and help its name, in its key): members share cached answers."""
        if cache_key is None:
            await reply(self.update, self.context, template, buttons, asker=self.asker, **data)
            return
        key = ("html", template, cache_key, self.asker.secretariat)
        text = self.cached(key, lambda: render(template, asker=self.asker, **data))
        await send_html(self.update, self.context, text, buttons)

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A view of the store, computed once until the store changes."""
        return self.runtime.views.get(key, compute)

    def sitting_view(self, sitting_id: int) -> queries.SittingView:
        return self.cached(
            ("sitting", sitting_id),
            lambda: queries.sitting_view(session=self.session, sitting_id=sitting_id),
        )

    def member_view(self, member_id: int) -> queries.MemberView | None:
        return self.cached(
            ("member", member_id),
            lambda: queries.member_view(session=self.session, member_id=member_id),
        )

    def changed(self) -> None:
        """This handler wrote to the store: what it reads next must be fresh."""
        self.runtime.forget()

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


MAX_RECORD_ID = 2**31 - 1  # an INTEGER primary key, on SQLite and PostgreSQL alike


def record_id(text: str) -> int:
    """A row id from a button's payload, which the client may have forged: ValueError unless
    it is a plausible id (a huge number would overflow the database's integer)."""
    number = int(text)
    if not 0 < number <= MAX_RECORD_ID:
        raise ValueError(text)
    return number


def candidate_label(candidate: Any) -> str:
    return " ".join(
        p for p in (candidate.civility, candidate.first_name, candidate.last_name) if p
    )


Feature = Callable[[Ask], Awaitable[None]]


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, Any]]


def as_member(handler: Feature) -> Handler:
    """Slow down floods, open a session, find who asks; strangers get the polite refusal and
    nothing else."""

    @wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        rt = runtime(context)
        user = update.effective_user
        if user is None or not await admitted(update, context):
            return
        with rt.session() as session:
            rt.sync(session)
            asker = rt.views.get(("asker", user.id), lambda: rt.asker(session, user.id))
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
