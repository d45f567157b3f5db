"""/actions [mots]: funded actions by programme, axis, carrier or territory, with totals."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from telegram.ext import CommandHandler

from bot.context import CouncilApp
from bot.handlers import funding
from bot.handlers.common import Ask, as_member, command_text
from bot.reads import ActionsFound
from bot.services import act_facts, action_dimensions
from bot.services.frames import SUMMING_WORD
from bot.services.search import as_typed, place_words, sentences_of, words_of
from storage import cues, queries
from storage.names import fold


async def show_actions(
    ask: Ask,
    text: str,
    places: tuple[str, ...] = (),
    fact: str | None = None,
    question: str = "",
    period: tuple[date, date] | None = None,
    period_said: str = "",
) -> None:
    """The funded actions for some words; `places` named (« à La Talaudière ») narrow them,
    never left out; one action and one `fact` asked of it (« amount », « carrier »): that
    fact in a sentence, not the card. A `period` (« en 2022 ») keeps the actions its acts
    approved then; none: said so, with how many other dates hold."""
    asked = fold(question)
    extreme = _extreme_asked(asked)
    whether = whether_funded(question) and fact in (None, "carrier", "amount", "cost")
    # « somme des actions de l'axe 3 », « la plus grosse subvention », « moyenne par action »:
    # how the amounts are summed up, never words an action's text should hold
    words = " ".join(w for w in words_of(text) if not SUMMING_WORD.match(w))
    bound = act_facts.bound_asked(question)
    if bound is not None:  # « de plus de 50 000 € »: a bound, never words to look for
        words = act_facts.without_bound(words)
        # « l'action coûte plus de 100 000 € ? », « est-ce qu'une action dépasse 50 k€ »:
        # whether, « Oui » / « Non » first
        whether = whether or (
            bool(_POLAR.search(asked) or question.rstrip().endswith("?")) and not _WH.search(asked)
        )
    if (axis := _AXIS_ASKED.search(fold(question))) and f"axe {axis.group(1)}" not in words:
        # « combien d'actions sur l'axe 2 ? »: the number is that axis, never dropped
        words = " ".join(w for w in words.split() if w != "axe")
        words = f"{words} axe {axis.group(1)}".strip()
    found = ask.reads.funded_actions(ask.session, words, places)
    heading = action_dimensions.heading_asked(question, places)
    if heading is not None and heading.kind == "programme" and heading.words and found.count:
        # « les actions du programme contrat de ville »: that programme's, not every action
        # whose text holds its words
        if action_dimensions.programme_missed(question, found.matched):
            await none_of_heading(ask, " ".join(heading.words), heading, whether, question)
            return
        found = _narrowed(found, action_dimensions.of_programme(found.matched, heading.words))
    if period is not None and found.count:
        start, end = period
        kept = [a for a in found.matched if a.held_on and start <= a.held_on <= end]
        if not kept:
            await ask.reply(
                "no_actions",
                words=words,
                places=places,
                period=period_said,
                elsewhere=found.count,
            )
            return
        found = _narrowed(found, kept)
    if bound is not None and found.count:
        kept = [a for a in found.matched if bound.holds(a.contribution or a.cost)]
        if not kept:
            await ask.reply(
                "no_actions",
                words=as_typed(question, words) if question and words else words,
                places=places,
                bound=bound,
                elsewhere=found.count,
                polar=whether,
                # « l'action coûte plus de 100 000 € ? »: « Non », and what it does cost
                amounts=found.shown if whether and words and found.count <= _AMOUNTS_SAID else [],
            )
            return
        found = _narrowed(found, kept)
    if not found.count:
        named = {w for place in places for w in place_words(place)}
        rest = [w for w in words.split() if w not in named and w not in ("saint", "st")]
        if heading is not None:  # « l'axe 1 ? » when there is none: the axes there are
            searched = words if not places or rest else ""
            await none_of_heading(ask, searched, heading, whether, question, places)
            return
        # « la Région finance quoi ? »: the word as typed, never its folded form
        searched = as_typed(question, words) if question else words
        await ask.reply(
            "no_actions",
            words=searched if not places or rest else "",
            places=places,
            polar=whether,
        )
        return
    if extreme is not None:
        # the action granted the most (or the least) among those found, said as such
        priced = [a for a in found.matched if (a.contribution or a.cost) is not None]
        if priced:
            ranked = sorted(priced, key=lambda a: a.contribution or a.cost or 0)
            top = ranked[0] if extreme == "least" else ranked[-1]
            await ask.reply(
                "actions_extreme", a=top, least=extreme == "least", count=len(priced), words=words
            )
            return
    if (
        places
        and found.count <= ACTIONS_AT_PLACE
        # « combien pour La Talaudière ? »: the amount of the action there, said as such;
        # « combien touche Saint-Chamond ? » when only an action's text names the town: the
        # place is said with the amount, which is not the town's
        and not (_AMOUNT_ASKED.search(asked) and _all_placed_there(found.shown, places))
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
    if (
        fact == "amount"
        and not places
        and found.count <= ACTIONS_AT_PLACE
        and _in_their_text_only(found.shown, words)
    ):
        # « combien touche Saint-Chamond ? »: no action is the town's, one's text names it:
        # that action, its amount and the sentence naming the town (the amount is not its)
        said = (" ".join(w.capitalize() for w in words.split()),)
        await ask.reply(
            "actions_at_place",
            named=[(a, _where_named(a, said)) for a in found.shown],
            count=found.count,
            places=said,
            polar=False,
        )
        return
    if fact is not None and found.count == 1 and bound is None:
        await ask.reply("action_fact", a=found.shown[0], fact=fact, polar=whether)
        return
    await ask.reply(
        "actions",
        polar=whether,
        actions=found.shown,
        count=found.count,
        words=words,
        bound=bound,
        total_cost=found.total_cost,
        total_contribution=found.total_contribution,
        mean=found.total_contribution / found.count if _MEAN.search(asked) else None,
    )
    if words and not places:  # a programme, an axis, a carrier: where the money goes
        await funding.send_funding_chart(ask, words)


ACTIONS_AT_PLACE = 5
_AMOUNTS_SAID = 3  # actions whose amounts a « Non » to a bound says, at most


async def none_of_heading(
    ask: Ask,
    words: str,
    heading: action_dimensions.Heading,
    polar: bool,
    question: str,
    places: tuple[str, ...] = (),
) -> None:
    """No funded action of the axis, programme, carrier or territory asked: said, with the
    values of that heading the funded actions do hold."""
    every = ask.reads.funded_actions(ask.session, "").matched
    await ask.reply(
        "no_actions",
        words=action_dimensions.as_typed(question, words),
        places=places,
        polar=polar,
        known=action_dimensions.known_values(every, heading.kind),
    )


def _narrowed(found: ActionsFound, kept: list[queries.FundedActionView]) -> ActionsFound:
    """The actions found, only those kept, with their totals."""
    return replace(
        found,
        shown=kept[: len(found.shown)],
        matched=kept,
        count=len(kept),
        total_cost=sum((a.cost or Decimal(0) for a in kept), Decimal(0)),
        total_contribution=sum((a.contribution or Decimal(0) for a in kept), Decimal(0)),
    )


def whether_funded(question: str) -> bool:
    """« AESIO est porteur d'une action ? », « la Croix-Rouge a une subvention ? »: whether
    one is funded, asked yes or no (« Oui » or « Non » comes first), not what or how much."""
    asked = fold(question)
    return (
        bool(_WHETHER_FUNDED.search(_FUNDED_ACTIONS.sub(" ", asked)))
        and not _WH.search(asked)
        and not _AMOUNT_ASKED.search(asked)
        and "liste" not in asked.split()
        and (bool(_POLAR.search(asked)) or question.rstrip().endswith("?"))
    )


_POLAR = cues.plain(r"^(?:est ce qu|y a t il|il y a|y a|existe t il)")
_WH = cues.plain(r"\b(?:qui|quoi|quel|quels|quelle|quelles|ou|quand|comment|combien|lesquel\w*)\b")
# said of the one funded (« AESIO est porteur… », « … a une subvention », « … est financé »),
# not « les actions financées », a noun with its adjective
_WHETHER_FUNDED = cues.plain(
    r"\b(?:porte|portent|porteur|porteuse|porteurs|subventionne\w*|financee?s?|recoit|recu"
    r"|touche\w*|beneficie\w*|soutenue?s?|aidee?s?)\b"
    r"|\b(?:a|ont|avait|aura) (?:eu |recu |obtenu |touche )?(?:une|des|un|de l|d) (?:subventions?"
    r"|actions?|financements?|aides?|argent)\b"
)
_FUNDED_ACTIONS = cues.plain(r"\bactions? financees?\b")


_AXIS_ASKED = cues.plain(r"\baxe\s*(?:n\s*)?(\d{1,2})\b")
# « combien pour le Tennis Club de Roques ? »: an amount asked, answered as such
_AMOUNT_ASKED = cues.plain(r"\b(?:combien|montant\w*|cout\w*|somme|total\w*)\b")
_MEAN = cues.plain(r"\b(?:moyenne|moyen|en moyenne|par action)\b")
# « la plus grosse subvention », « le plus petit montant », « l'action la moins chère »,
# « qui a reçu le plus ? », « la subvention maximale »: the top or the bottom of the amounts
_BIGGEST = (
    r"\bplus (?:gros|grosse|grand|grande|important|importante|eleve|elevee|cher|chere|finance"
    r"|financee|subventionnee?)s?\b|\b(?:recu|touche|obtenu|eu|percu) le plus\b|\bmoins (?:petit"
    r"|petite|faible)s?\b|\b(?:maximum|maximale?|max)\b"
)
_SMALLEST = (
    r"\bplus (?:petit|petite|faible|modeste)s?\b|\b(?:recu|touche|obtenu|eu|percu) le moins\b"
    r"|\bmoins (?:gros|grosse|grand|grande|important|importante|eleve|elevee|cher|chere"
    r"|financee?|subventionnee?)s?\b|\b(?:minimum|minimale?|min)\b"
)


def _extreme_asked(asked: str) -> str | None:
    """« most » or « least » when the amounts' top or bottom is asked, else None."""
    if re.search(_SMALLEST, asked):
        return "least"
    if re.search(_BIGGEST, asked):
        return "most"
    return None


def _carrier_named(action: queries.FundedActionView, places: tuple[str, ...]) -> bool:
    """Whether the « place » typed is the action's carrier (« le Tennis Roques Olympic Club »)."""
    carrier = set(words_of(action.carrier or ""))
    return any(set(place_words(p)) <= carrier for p in places)


def _in_their_text_only(actions: list[queries.FundedActionView], words: str) -> bool:
    """Whether the words are found in each action's description only, none of them (nor a
    form of it: « médiation », « médiatrices ») in what names it (title, carrier, territory,
    axis, programme)."""
    wanted = {w[:5] for w in words.split()}
    if not wanted:
        return False
    for a in actions:
        named = " ".join(x or "" for x in (a.title, a.carrier, a.territory, a.axis, a.programme))
        described = {w[:5] for w in words_of(a.objectives or "")}
        if wanted & {w[:5] for w in words_of(named)} or not wanted <= described:
            return False
    return True


def _all_placed_there(actions: list[queries.FundedActionView], places: tuple[str, ...]) -> bool:
    """Whether the places typed are each action's own territory (not only named in its
    text)."""
    return all(
        any(set(place_words(p)) <= set(words_of(a.territory or "")) for p in places)
        for a in actions
    )


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
    text = command_text(ask.update)
    # The words typed after the command are the member's question (« /actions plus de
    # 10 000 € »): read as a sentence's would be, never a bound searched as words.
    await show_actions(ask, text, question=text)
    from bot.handlers.questions import remember_actions  # the thread is the questions'

    remember_actions(ask, text)  # « c'était pour quel axe ? », « la deuxième ? » next


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("actions", actions_command))
