"""/actions [mots]: funded actions by programme, axis, carrier or territory, with totals."""

from __future__ import annotations

import re
from decimal import Decimal

from bot.handlers import funding
from bot.handlers.common import Ask, as_member, command_text
from bot.services.search import words_of
from storage import queries

_AXIS = re.compile(r"\baxe\s*(\d+)\b", re.IGNORECASE)
SHOWN = 15  # the most recent; the totals cover every match


def find_actions(ask: Ask, words: str) -> list[queries.FundedActionView]:
    if not words:
        return queries.funded_action_views(session=ask.session)
    index = ask.runtime.catalogue.actions(ask.session)
    ids = index.matches_all(words) or index.search(words, limit=200)
    actions = queries.funded_action_views(session=ask.session, ids=ids)
    if axis := _AXIS.search(words):  # « axe 3 » means that axis, not any text with a 3
        actions = [a for a in actions if a.axis and re.search(rf"\b{axis.group(1)}\b", a.axis)]
    return actions


async def show_actions(ask: Ask, text: str) -> None:
    words = " ".join(words_of(text))  # « combien pour AESIO ? » searches « aesio »
    actions = ask.cached(("actions", words), lambda: find_actions(ask, words))
    if not actions:
        await ask.reply("no_actions", words=words)
        return
    await ask.reply(
        "actions",
        actions=actions[:SHOWN],
        count=len(actions),
        words=words,
        total_cost=sum((a.cost or Decimal(0) for a in actions), Decimal(0)),
        total_contribution=sum((a.contribution or Decimal(0) for a in actions), Decimal(0)),
        cache_key=words,
    )
    if words:  # a programme, an axis, a carrier: where that money goes, as a chart
        await funding.send_funding_chart(ask, actions, words)


@as_member
async def actions_command(ask: Ask) -> None:
    """/actions [mots]: the funded actions and their amounts."""
    await show_actions(ask, command_text(ask.update))
