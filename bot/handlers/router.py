"""Plain French sentences and button presses, routed to the same features as the commands."""

from __future__ import annotations

import contextlib
from datetime import date

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.handlers import convocations, new_sitting, proxies, questions
from bot.handlers.common import MAX_QUESTION_LENGTH, Ask, as_member, record_id
from bot.handlers.members import show_member
from bot.handlers.secretariat import show_forecast
from bot.handlers.sittings import show_attendance, show_sitting
from bot.replies import PAGE_CALLBACK, send_page
from bot.services.frames import read_frame
from bot.services.intents import Question
from storage.models import Member, Sitting


@as_member
async def answer_text(ask: Ask) -> None:
    """A sentence: find what it asks (« qui était absent le 4 juillet ? ») and answer it."""
    message = ask.update.effective_message
    text = (message.text or "") if message else ""
    # Only the secretariat can have a /nouvelle_seance draft: nobody else's question pays a
    # look-up for one. Before the length check: an agenda may be long.
    if ask.asker.secretariat and await new_sitting.answer_text(ask, text):
        return
    if len(text) > MAX_QUESTION_LENGTH:
        await ask.reply("too_long", limit=MAX_QUESTION_LENGTH)
        return
    await questions.answer_frame(ask, read_frame(text, ask.runtime.today()))


def _question_from_ref(ref: str, intent: str) -> Question:
    """Rebuild the sitting a button refers to (see sittings._sitting_ref)."""
    on = date.fromisoformat(ref[1:]) if ref.startswith("d") else None
    number = ref[1:] if ref.startswith("n") else None
    return Question(intent, on, number, None, ref == "last", "")


@as_member
async def answer_button(ask: Ask) -> None:
    """A pressed button: a page of a long answer, a member or a sitting chosen among several.

    Payloads come from the client and can be forged or stale: anything unexpected gets the
    « bouton expiré » answer, never an exception or another member's data by accident.
    """
    query = ask.update.callback_query
    if query is None:
        return
    with contextlib.suppress(BadRequest):  # too old to acknowledge: the answer still goes out
        await query.answer()
    kind, _, rest = (query.data or "").partition(":")
    try:
        if kind == PAGE_CALLBACK:
            token, _, index = rest.partition(":")
            if await send_page(ask.update, ask.context, token, int(index)):
                return
        elif kind == "pick":
            action, _, member_id = rest.rpartition(":")
            member = ask.session.get(Member, record_id(member_id))
            if member is not None:
                if action == "ask" and await questions.answer_chosen_member(ask, member.id or 0):
                    return
                if action in ("member", "ask"):
                    await show_member(ask, member.display_name, member.id)
                    return
                if action.startswith("give-"):
                    sitting = ask.session.get(Sitting, record_id(action.removeprefix("give-")))
                    if sitting is not None:
                        await proxies.offer_proxy(
                            ask,
                            Question("give_proxy", None, None, None, False, ""),
                            member.id,
                            sitting,
                        )
                        return
                if action.startswith("proxies-"):
                    question = _question_from_ref(action.removeprefix("proxies-"), "proxies")
                    await show_attendance(ask, question, "proxies", member_id=member.id)
                    return
        elif kind == "proxy":
            action, _, args = rest.partition(":")
            numbers = [record_id(a) for a in args.split(":")] if args else []
            if await proxies.answer_proxy_button(ask, action, numbers):
                return
        elif kind == "conv":
            action, _, delivery_id = rest.partition(":")
            if await convocations.answer_convocation_button(ask, action, record_id(delivery_id)):
                return
        elif kind == "convoke":
            _, _, sitting_id = rest.partition(":")
            if await convocations.answer_convene_button(ask, record_id(sitting_id)):
                return
        elif kind == "newsit":
            if await new_sitting.answer_button(ask, rest):
                return
        elif kind == "sitting":
            intent, _, sitting_id = rest.partition(":")
            sitting = ask.session.get(Sitting, record_id(sitting_id))
            if sitting is not None and sitting.id is not None:
                empty = Question(intent, None, None, None, False, "")
                if intent in {"presents", "absents", "proxies"}:
                    await show_attendance(ask, empty, intent, sitting_id=sitting.id)
                elif intent == "ask" and await questions.answer_chosen_sitting(ask, sitting.id):
                    pass
                elif intent == "quorum":
                    await show_forecast(ask, sitting.id)
                else:
                    await show_sitting(ask, empty, sitting_id=sitting.id)
                return
    except ValueError:
        pass
    await ask.reply("stale_button")


async def answer_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/commande inconnue: say so and show what exists."""
    await _unknown(update, context)


@as_member
async def _unknown(ask: Ask) -> None:
    await ask.reply("unknown_command")
