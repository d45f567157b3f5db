"""/actions [mots]: funded actions by programme, axis, carrier or territory, with totals."""

from __future__ import annotations

from telegram.ext import CommandHandler

from bot.context import CouncilApp
from bot.handlers import funding
from bot.handlers.common import Ask, as_member, command_text
from bot.services.search import words_of


async def show_actions(ask: Ask, text: str, fact: str | None = None) -> None:
    """The actions found for `text`; one action and one `fact` asked of it (« amount »,
    « carrier »): that fact in a sentence, not the card."""
    words = " ".join(words_of(text))  # « combien pour AESIO ? » searches « aesio »
    found = ask.reads.funded_actions(ask.session, words)
    if not found.count:
        await ask.reply("no_actions", words=words)
        return
    if fact is not None and found.count == 1:
        await ask.reply("action_fact", a=found.shown[0], fact=fact)
        return
    await ask.reply(
        "actions",
        actions=found.shown,
        count=found.count,
        words=words,
        total_cost=found.total_cost,
        total_contribution=found.total_contribution,
    )
    if words:  # a programme, an axis, a carrier: where that money goes, as a chart
        await funding.send_funding_chart(ask, words)


@as_member
async def actions_command(ask: Ask) -> None:
    """/actions [mots]: the funded actions and their amounts."""
    await show_actions(ask, command_text(ask.update))


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("actions", actions_command))
