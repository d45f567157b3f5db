"""What every handler needs: who asks, a session, and a way to answer from a template."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from functools import wraps
from typing import Any

from sqlmodel import Session
from telegram import Update
from telegram.error import BadRequest

from bot import callbacks
from bot.context import CustomContext
from bot.handlers import offers
from bot.reads import Asker, Reads
from bot.render import to_plain_text
from bot.replies import reply, send_html
from bot.runtime import Runtime
from bot.services.names import Candidate, Resolution
from storage import queries

# Longest message a question may be, and the text after a command; Telegram allows 4,096
# characters and nobody asks more.
MAX_QUESTION_LENGTH = 500


@dataclass
class Ask:
    """One question being answered."""

    update: Update
    context: CustomContext
    runtime: Runtime
    session: Session
    asker: Asker
    # What this message was already answered (« le quorum était atteint, et combien il
    # fallait ? »: one sentence says both; it is sent once)
    sent: set[str] = field(default_factory=set)
    # Members found from a name not typed as they bear it, with the words typed: the first
    # answer that names one of them says how the name was read (`resolve`, `reply`)
    read_loosely: dict[int, tuple[Candidate, str]] = field(default_factory=dict)
    # The payload of every button the answers offered (one action alone: a typed yes may
    # press it, bot/handlers/offers.py)
    offered: list[str] = field(default_factory=list)

    @property
    def reads(self) -> Reads:
        """The read layer as this asker may see it: their own council's data."""
        return self.runtime.reads.scoped(self.asker.council_id)

    async def reply(
        self, template: str, buttons: list[tuple[str, str]] | None = None, **data: Any
    ) -> int | None:
        """Answer from a template (rendered once for the same data until the store changes);
        the id of the message sent (its first page), None when none was."""
        text = self.reads.rendered(self.session, template, self.asker, data)
        if text in self.sent and not buttons:
            return None
        self.sent.add(text)
        if buttons:
            self.offered.extend(data for _, data in buttons)
        return await send_html(self.update, self.context, self._with_reading(text), buttons)

    def _with_reading(self, text: str) -> str:
        """The answer, after the line saying how a loosely typed name it gives was read."""
        named = [(c, typed) for c, typed in self.read_loosely.values() if c.last_name in text]
        if not named:
            return text
        for candidate, _ in named:
            del self.read_loosely[candidate.member_id]
        read = [{"typed": typed, "name": candidate_label(c)} for c, typed in named]
        said = self.reads.rendered(self.session, "name_read_as", self.asker, {"read": read})
        return f"{said}\n{text}"

    def label(self, template: str, **data: Any) -> str:
        """A button's label (`bot.render.label`), rendered once for the same data until the
        store changes, as an answer is: a choice among sittings labels several at each ask."""
        return to_plain_text(self.reads.rendered(self.session, template, self.asker, data))

    @property
    def payload(self) -> callbacks.Payload | None:
        """The typed payload of the pressed button (None for a forged or unknown one, one
        naming another council's data, or one under no message of the chat)."""
        query = self.update.callback_query
        if query is not None and query.message is None:
            # A button under no message of the chat (an inline message's: the assistant sends
            # none) was never one of its own: its « Confirmer » registered a proxy unseen.
            return None
        payload = callbacks.parse(query.data) if query is not None else None
        if payload is not None and not self.reads.may_see(self.session, payload):
            return None  # another council's sitting or member: a stale button
        return payload

    @property
    def pressed_under(self) -> int | None:
        """The message of the chat whose button was pressed (None for typed words)."""
        query = self.update.callback_query
        return query.message.message_id if query is not None and query.message else None

    def sitting_view(self, sitting_id: int) -> queries.SittingView:
        return self.reads.sitting(self.session, sitting_id)

    def member_view(self, member_id: int) -> queries.MemberView | None:
        return self.reads.member(self.session, member_id, self.runtime.today())

    def resolve(self, text: str, *, in_text: bool = False) -> Resolution:
        found = self.reads.resolution(self.session, text, in_text=in_text)
        if found.status == "unknown" and in_text:
            # « Flachat de Saint-Chamond était là ? »: the member, his commune aside
            plain = self.reads.names(self.session).without_place(text)
            if plain != text:
                found = self.reads.resolution(self.session, plain, in_text=in_text)
        if found.loose and (found.status == "found" or found.listed):
            by_id = {c.member_id: c for c in found.candidates}
            for member_id, typed in found.loose:
                if member_id in by_id:
                    self.read_loosely.setdefault(member_id, (by_id[member_id], typed))
        return found

    async def choose_member(
        self,
        resolution: Resolution,
        query: str,
        payload: Callable[[int], callbacks.Payload] = callbacks.PickMember,
    ) -> None:
        """Several members fit: ask which, with one button each, never guess."""
        buttons = [
            (candidate_label(c), payload(c.member_id).encode()) for c in resolution.candidates[:8]
        ]
        await self.reply(
            "choose_member", buttons=buttons, query=query, count=len(resolution.candidates)
        )


def candidate_label(candidate: Any) -> str:
    return " ".join(
        p for p in (candidate.civility, candidate.first_name, candidate.last_name) if p
    )


Feature = Callable[[Ask], Awaitable[None]]


Handler = Callable[[Update, CustomContext], Coroutine[Any, Any, Any]]


def as_member(handler: Feature) -> Handler:
    """Open a session, find who asks; strangers get the polite refusal and nothing else. The
    text after a command obeys the same length limit as a sentence."""

    @wraps(handler)
    async def wrapper(update: Update, context: CustomContext) -> None:
        rt = context.runtime
        user = update.effective_user
        if user is None:
            return
        with rt.session() as session:
            asker = rt.asker(session, user.id)
            if asker is None:
                await reply(update, context, "stranger")
                return
            message = update.message
            if (
                message is not None
                and (message.text or "").startswith("/")
                and len(command_text(update)) > MAX_QUESTION_LENGTH
            ):
                await reply(update, context, "too_long", limit=MAX_QUESTION_LENGTH)
                return
            if update.callback_query is not None:
                # Too old to acknowledge: the answer still goes out.
                with contextlib.suppress(BadRequest):
                    await update.callback_query.answer()
            ask = Ask(update, context, rt, session, asker)
            await handler(ask)
            if asker.secretariat:  # the one action offered kept for a typed yes, or forgotten
                offers.settle(session, user.id, ask.offered, rt.clock())

    return wrapper


def command_text(update: Update) -> str:
    """The text after a command (« /seance 4 juillet » → « 4 juillet »), or the whole message."""
    message = update.effective_message
    text = (message.text or "") if message else ""
    if text.startswith("/"):
        parts = text.split(maxsplit=1)
        return parts[1] if len(parts) > 1 else ""
    return text
