"""/actions [mots]: funded actions by programme, axis, carrier or territory, with totals."""

from __future__ import annotations

import re

from telegram.ext import CommandHandler

from bot.context import CouncilApp
from bot.handlers import funding
from bot.handlers.common import Ask, as_member, command_text
from bot.services.search import place_words, sentences_of, words_of
from storage import queries
from storage.names import fold


async def show_actions(
    ask: Ask,
    text: str,
    places: tuple[str, ...] = (),
    fact: str | None = None,
    question: str = "",
) -> None:
    """The funded actions for some words; `places` named (« à La Talaudière ») narrow them,
    never left out; one action and one `fact` asked of it (« amount », « carrier »): that
    fact in a sentence, not the card."""
    words = " ".join(words_of(text))  # « combien pour AESIO ? » searches « aesio »
    if (axis := _AXIS_ASKED.search(fold(question))) and f"axe {axis.group(1)}" not in words:
        # « combien d'actions sur l'axe 2 ? »: the number is that axis, never dropped
        words = " ".join(w for w in words.split() if w != "axe")
        words = f"{words} axe {axis.group(1)}".strip()
    found = ask.reads.funded_actions(ask.session, words, places)
    if not found.count:
        named = {w for place in places for w in place_words(place)}
        rest = [w for w in words.split() if w not in named and w not in ("saint", "st")]
        await ask.reply("no_actions", words=words if not places or rest else "", places=places)
        return
    asked = fold(question)
    if (
        places
        and found.count <= ACTIONS_AT_PLACE
        and not _AMOUNT_ASKED.search(asked)
        and not any(_carrier_named(a, places) for a in found.shown)
    ):
        # « y a-t-il une action financée à Firminy ? »: yes, and where its text names it
        await ask.reply(
            "actions_at_place",
            named=[(a, _where_named(a, places)) for a in found.shown],
            count=found.count,
            places=places,
            polar=bool(_POLAR.search(asked))
            or (question.rstrip().endswith("?") and not _WH.search(asked)),
        )
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
    if words and not places:  # a programme, an axis, a carrier: where the money goes
        await funding.send_funding_chart(ask, words)


ACTIONS_AT_PLACE = 5
_POLAR = re.compile(r"^(?:est ce qu|y a t il|il y a|y a|existe t il)")
_WH = re.compile(r"\b(?:qui|quoi|quel|quels|quelle|quelles|ou|quand|comment|combien|lesquel\w*)\b")


_AXIS_ASKED = re.compile(r"\baxe\s*(?:n\s*)?(\d{1,2})\b")
# « combien pour le Tennis Club de Roques ? »: an amount asked, answered as such
_AMOUNT_ASKED = re.compile(r"\b(?:combien|montant\w*|cout\w*|somme)\b")


def _carrier_named(action: queries.FundedActionView, places: tuple[str, ...]) -> bool:
    """Whether the « place » typed is the action's carrier (« le Tennis Roques Olympic Club »)."""
    carrier = set(words_of(action.carrier or ""))
    return any(set(place_words(p)) <= carrier for p in places)


def _where_named(action: queries.FundedActionView, places: tuple[str, ...]) -> str | None:
    """The sentence of an action's description (or its territory) that names the places."""
    wanted = {w for place in places for w in place_words(place)}
    for text in (action.territory or "", *sentences_of(action.objectives or "")):
        if wanted <= set(words_of(text)):
            return text
    return None


@as_member
async def actions_command(ask: Ask) -> None:
    """/actions [mots]: the funded actions and their amounts."""
    await show_actions(ask, command_text(ask.update))


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("actions", actions_command))
