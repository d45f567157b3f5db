"""A message the member corrected (Telegram's `edited_message`): answered as a question once
more, never taken as an act.

Members edit a message to fix a typo: « Bergr était présente ? » corrected to « Berger était
présente ? » deserves the corrected answer, so an edited sentence that asks something is
answered again, once per correction. But nothing is ever done from an edit: a proxy given,
changed or withdrawn, a « oui » to a proposal, a presence or an absence declared, a step of
a secretary's draft, any command. Each edit arrives as a new update, and an act taken from
it would act twice for one message (an edited « je donne pouvoir à Berger » became a second
proposal, an edited « oui » confirmed again); the member is told, in one line, to send a new
message for that. Registered first in group 0: no feature sees an edit.
"""

from __future__ import annotations

from telegram.ext import MessageHandler, filters

from bot.context import CouncilApp
from bot.handlers import new_sitting, proxies, router
from bot.handlers.common import MAX_QUESTION_LENGTH, Ask, as_member
from bot.services.frames import read_frames
from bot.services.proxy_dialog import Said, is_a_button_word, read_reply
from bot.services.receipts import acknowledges_receipt
from bot.services.roll_calls import read_roll_call
from bot.services.sitting_orders import order_said
from bot.services.small_talk import Courtesy, small_talk


def is_an_act(ask: Ask, text: str) -> bool:
    """Whether the text, read as a new message, would do something rather than ask."""
    if text.lstrip().startswith("/") or is_a_button_word(text):
        return True
    if read_reply(text) is not Said.OTHER:
        return True  # « non » corrected to « oui »: a yes taken from an edit would act
    if acknowledges_receipt(text):
        return True  # « bien reçu la convocation »: a receipt taken from an edit would act
    if proxies.has_pending(ask) or (ask.asker.secretariat and new_sitting.waits_for_text(ask)):
        return True  # « oui », « Basson », a date: this edit may be an answer to a question
    if order_said(text):
        return True  # « annule le bureau du 18 »: a sitting's order, whoever typed it
    # « présents au bureau du 9 : … », « relance les élus pour le bureau du 18 »: a
    # secretary's roll call or relaunch, corrected or forwarded, was read as a question (« les
    # présences ne sont pas publiées ») or offered its button again
    if ask.asker.secretariat and (
        read_roll_call(text) is not None or small_talk(text) is Courtesy.RELAUNCH
    ):
        return True
    frames = read_frames(text[:MAX_QUESTION_LENGTH], ask.runtime.today())
    return any(frame.asked in router.PROXY_ACTS for frame in frames)


@as_member
async def answer_edit(ask: Ask) -> None:
    """A corrected message: its question answered, or the member told that an edit acts on
    nothing."""
    message = ask.update.edited_message
    text = (message.text or "") if message else ""
    if not text.strip():
        return  # a caption corrected under a photo: the photo was already answered
    await _answer_unless_an_act(ask, text, "edited_message")


@as_member
async def answer_forwarded(ask: Ask) -> None:
    """A forwarded message: its question answered, or the member told that another person's
    words act on nothing."""
    message = ask.update.message
    await _answer_unless_an_act(ask, (message.text or "") if message else "", "forwarded")


async def _answer_unless_an_act(ask: Ask, text: str, refusal: str) -> None:
    if is_an_act(ask, text):
        await ask.reply(refusal, command=text.lstrip().startswith("/"))
        if proxies.has_pending(ask):
            await proxies.remind_pending(ask)
        return
    await router.answer_sentence(ask, text)


def register(application: CouncilApp) -> None:
    application.add_handler(MessageHandler(filters.UpdateType.EDITED, answer_edit))
    application.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & filters.FORWARDED & filters.TEXT, answer_forwarded
        )
    )
