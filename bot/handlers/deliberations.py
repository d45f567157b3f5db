"""/deliberation N°|mots: one deliberation by number, or a ranked search of titles and texts."""

from __future__ import annotations

import re

from telegram.ext import CommandHandler

from bot.context import CouncilApp
from bot.handlers.common import Ask, as_member, command_text
from bot.services.frames import typed_deliberation_number
from bot.services.intents import find_deliberation_number
from storage import cues, lookups
from storage.queries import DeliberationView

SEARCH_RESULTS = 8


# « /deliberation 417 », « /deliberation n° 33 »: the sequence alone, of any year
_SEQUENCE_ALONE = cues.plain(r"^\s*(?:n\s*°|no|num(?:ero|éro)?)?\s*0*(\d{1,5})\s*$", re.IGNORECASE)


# A number alone, as councils print them: a few letters, then groups of figures joined by a
# separator (« 2025-09-23-02 », « DEL 2025 / 42 », « D2025_12 »); never words and a year
# (« mars 2022 » is searched), nor one figure alone (the sequence of a number, below)
_CODE_ALONE = cues.plain(r"[A-Za-z]{0,6} ?\d{1,8}(?: ?[./_-] ?\d{1,8}){1,4}")


async def show_deliberations(ask: Ask, text: str) -> None:
    number = find_deliberation_number(text)
    if not number and _CODE_ALONE.fullmatch(text.strip()):
        # « /deliberation 2025-09-23-02 », « /deliberation DEL 2025 / 01 »: a number as a
        # council prints it, looked up by its figures and letters
        number = text.strip()
    if not number and (alone := _SEQUENCE_ALONE.match(text)):
        sequence = f"{int(alone.group(1)):05d}"
        numbers = lookups.numbers_ending(
            session=ask.session, sequence=sequence, council_id=ask.asker.council_id
        )
        if len(numbers) > 1:
            await ask.reply("which_number", sequence=sequence, numbers=numbers)
            return
        number = numbers[0] if numbers else None
    if number:
        typed = typed_deliberation_number(text) or number
        views = ask.reads.deliberations_numbered(ask.session, number, typed)
        if not views:
            await ask.reply("no_deliberation", number=number, words=None)
            return
        await ask.reply("deliberation", views=views, duplicate=len(views) > 1)
        _remember(ask, views)
        return
    if not text.strip():
        await ask.reply("deliberation_usage")
        return
    views = ask.reads.deliberations_about(ask.session, text, SEARCH_RESULTS)
    if not views:
        await ask.reply("no_deliberation", number=None, words=text)
        return
    if len(views) == 1:
        await ask.reply("deliberation", views=views, duplicate=False)
    else:
        await ask.reply("deliberation_results", views=views, words=text)
    _remember(ask, views)  # « quel budget ? », « c'était quand ? » next: about the acts shown


def _remember(ask: Ask, views: list[DeliberationView]) -> None:
    from bot.handlers.questions import remember_deliberations  # the thread is the questions'

    # a list is kept whole, as shown: « et la deuxième ? » next is its second
    remember_deliberations(ask, [v.deliberation.id or 0 for v in views], listed=views)


@as_member
async def deliberation_command(ask: Ask) -> None:
    """/deliberation N°|mots: a deliberation, its decisions and its vote."""
    await show_deliberations(ask, command_text(ask.update))


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("deliberation", deliberation_command))
