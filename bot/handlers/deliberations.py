"""/deliberation N°|mots: one deliberation by number, or a ranked search of titles and texts."""

from __future__ import annotations

from bot.handlers.common import Ask, as_member, command_text
from bot.services.frames import typed_deliberation_number
from bot.services.intents import find_deliberation_number
from storage import lookups, queries

SEARCH_RESULTS = 8


def _by_number(ask: Ask, number: str, typed: str) -> list[queries.DeliberationView]:
    """Both forms of a number the importer repaired (« 2022.0013 » printed, « 2022.00130 »)."""
    ids = lookups.deliberation_ids_by_typed_number(session=ask.session, typed=typed, number=number)
    return queries.deliberation_views(session=ask.session, ids=ids)


async def show_deliberations(ask: Ask, text: str) -> None:
    number = find_deliberation_number(text)
    if number:
        typed = typed_deliberation_number(text) or number
        views = ask.cached(("deliberation", typed), lambda: _by_number(ask, number, typed))
        if not views:
            await ask.reply("no_deliberation", number=number, words=None)
            return
        await ask.reply("deliberation", views=views, duplicate=len(views) > 1, cache_key=number)
        return
    if not text.strip():
        await ask.reply("deliberation_usage")
        return

    def search() -> list[queries.DeliberationView]:
        index = ask.runtime.catalogue.deliberations(ask.session)
        ids = index.search(text, limit=SEARCH_RESULTS)
        return queries.deliberation_views(session=ask.session, ids=ids)

    views = ask.cached(("deliberations", text), search)
    if not views:
        await ask.reply("no_deliberation", number=None, words=text)
        return
    if len(views) == 1:
        await ask.reply("deliberation", views=views, duplicate=False, cache_key=text)
    else:
        await ask.reply("deliberation_results", views=views, words=text, cache_key=text)


@as_member
async def deliberation_command(ask: Ask) -> None:
    """/deliberation N°|mots: a deliberation, its decisions and its vote."""
    await show_deliberations(ask, command_text(ask.update))
