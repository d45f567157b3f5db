"""/deliberation N°|mots: one deliberation by number, or a ranked search of titles and texts."""

from __future__ import annotations

from bot.handlers.common import Ask, as_member, command_text
from bot.services.intents import find_deliberation_number
from storage import queries

SEARCH_RESULTS = 8


async def show_deliberations(ask: Ask, text: str) -> None:
    number = find_deliberation_number(text)
    if number:
        found = queries.deliberations_by_number(session=ask.session, number=number)
        views = queries.deliberation_views(session=ask.session, ids=[d.id or 0 for d in found])
        if not views:
            await ask.reply("no_deliberation", number=number, words=None)
            return
        await ask.reply("deliberation", views=views, duplicate=len(views) > 1)
        return
    if not text.strip():
        await ask.reply("deliberation_usage")
        return
    ids = ask.runtime.catalogue.deliberations(ask.session).search(text, limit=SEARCH_RESULTS)
    if not ids:
        await ask.reply("no_deliberation", number=None, words=text)
        return
    views = queries.deliberation_views(session=ask.session, ids=ids)
    if len(views) == 1:
        await ask.reply("deliberation", views=views, duplicate=False)
    else:
        await ask.reply("deliberation_results", views=views, words=text)


@as_member
async def deliberation_command(ask: Ask) -> None:
    """/deliberation N°|mots: a deliberation, its decisions and its vote."""
    await show_deliberations(ask, command_text(ask.update))
