"""Plain French sentences, routed to the same features as the commands; what nothing else
answers (an unknown command, a forged button)."""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.context import CouncilApp
from bot.handlers import new_sitting, proxies, questions
from bot.handlers.common import MAX_QUESTION_LENGTH, Ask, as_member
from bot.services.frames import Asked, read_frames
from bot.services.search import out_of_scope
from bot.services.small_talk import NotHeld, not_held, small_talk


@as_member
async def answer_text(ask: Ask) -> None:
    """A sentence: read it as a frame (what, who, when, which act: bot/services/frames.py)
    and answer that (bot/handlers/questions.py)."""
    message = ask.update.effective_message
    text = (message.text or "") if message else ""
    # Only the secretariat can have a /nouvelle_seance draft: nobody else's question pays a
    # look-up for one. Before the length check: an agenda may be long.
    if ask.asker.secretariat and await new_sitting.answer_text(ask, text):
        return
    # « oui », « Basson », « non, plutôt à Laget »: the answer to a pending proxy question.
    if await proxies.answer_text(ask, text):
        return
    if len(text) > MAX_QUESTION_LENGTH:
        await ask.reply("too_long", limit=MAX_QUESTION_LENGTH)
        return
    # « merci, c'est très clair », « désolé, fausse manip »: nothing is asked.
    if courtesy := small_talk(text):
        await ask.reply(courtesy.value)
        return
    # A telephone number, a group's position, English: no document holds it; say so. Why
    # someone was absent: who was absent is answered, then that the reason is not published.
    held = not_held(text)
    if held is NotHeld.ELSEWHERE:
        await ask.reply("out_of_scope")
        return
    if held is not None and held is not NotHeld.REASON:
        await ask.reply("not_held", kind=held.value)
        return
    frames = read_frames(text, ask.runtime.today())
    # « quel temps fait-il ? »: nothing in the store, say what is.
    if all(f.asked in (Asked.SEARCH, Asked.NOTHING) for f in frames) and out_of_scope(text):
        await ask.reply("out_of_scope")
        return
    # « Qui était présent et qui était absent ? »: each question of the message, in order.
    for frame in frames:
        await questions.answer_frame(ask, frame)
    if held is NotHeld.REASON:
        await ask.reply("not_held", kind=held.value)


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
