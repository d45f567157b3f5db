"""Plain French sentences, routed to the same features as the commands; what nothing else
answers (an unknown command, a forged button)."""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.context import CouncilApp
from bot.handlers import new_sitting, proxies
from bot.handlers.actions import show_actions
from bot.handlers.common import MAX_QUESTION_LENGTH, Ask, as_member
from bot.handlers.deliberations import show_deliberations
from bot.handlers.members import show_member
from bot.handlers.sittings import ask_question, list_sittings, show_attendance, show_sitting
from bot.services.intents import Question


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
    question = await ask_question(ask, text)
    if question is None:
        return
    match question.intent:
        case "help":
            await ask.reply("help")
        case "give_proxy":
            await proxies.offer_proxy(ask, question)
        case "revoke_proxy":
            await proxies.revoke_proxy(ask, question)
        case "my_proxies":
            await proxies.show_my_proxies(ask)
        case "declare_present" | "declare_absent" as intent:
            sitting = await proxies.members_sitting(ask, question.on)
            if sitting is not None:
                await proxies.declare(ask, sitting, present=intent == "declare_present")
        case "proxies" | "absents" | "presents" as kind:
            await show_attendance(ask, question, kind)
        case "actions":
            await show_actions(ask, question.rest)
        case "deliberation":
            await show_deliberations(ask, question.deliberation_number or question.rest)
        case "quorum" | "sitting":
            await show_sitting(ask, question)
        case "sittings":
            await list_sittings(ask, question)
        case _:
            await answer_name_or_shrug(ask, question, text)


async def answer_name_or_shrug(ask: Ask, question: Question, text: str) -> None:
    """No keyword: a member's name alone is a question about that member."""
    if question.words:
        resolution = ask.resolve(text, in_text=True)
        if resolution.status == "found" and resolution.member:
            await show_member(ask, text, resolution.member.member_id)
            return
        if resolution.status == "ambiguous":
            await ask.choose_member(resolution, text)
            return
    await ask.reply("not_understood", text=text)


@as_member
async def stale_button(ask: Ask) -> None:
    """A button no feature recognises (forged, or from an older version): one answer."""
    await ask.reply("stale_button")


@as_member
async def answer_unknown_command(ask: Ask) -> None:
    """/commande inconnue: say so and show what exists."""
    await ask.reply("unknown_command")


def register(application: CouncilApp) -> None:
    # After every feature's commands (a command is also text), in the same group: the first
    # matching handler of a group answers.
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, answer_text))
    application.add_handler(MessageHandler(filters.COMMAND, answer_unknown_command))
    application.add_handler(CallbackQueryHandler(stale_button))
