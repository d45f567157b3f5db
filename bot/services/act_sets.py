"""Questions over a set of acts: which of them were opposed, abstained on, rejected, unanimous.

A member rarely asks about one act: « y a eu des contre sur l'eau ? » is asked of every act on
water, « et celles adoptées à l'unanimité ? » of the list just given. The question names a
property of a vote (`Kept`) in its own words; the answer keeps the acts that have it. A yes/no
question is answered over the whole set: « Oui » when one act makes it true (« des contre ? »),
or, for « tout a été voté à l'unanimité ? », when every act does; then the acts that decide it.
Knows French and the vote figures of an act, nothing of Telegram.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from storage import cues
from storage.names import fold


class Kept(enum.StrEnum):
    """The property of a vote the acts asked about have."""

    AGAINST = "against"  # « des voix contre », « des opposants »
    ABSTENTIONS = "abstentions"  # « des abstentions », « quelqu'un s'est abstenu »
    REJECTED = "rejected"  # « rejetées », « refusées »
    DIVIDED = "divided"  # « pas à l'unanimité », « qui n'ont pas fait l'unanimité »
    UNANIMOUS = "unanimous"  # « à l'unanimité », « tout le monde a voté pour »
    ADOPTED = "adopted"  # « adoptées », « passées »


class _Voted(Protocol):
    outcome: str | None
    unanimous: bool | None
    votes_against: int | None
    abstentions: int | None


def keeps(act: _Voted, kept: Kept) -> bool:
    """Whether one act's vote has the property asked."""
    if kept is Kept.AGAINST:
        return bool(act.votes_against)
    if kept is Kept.ABSTENTIONS:
        return bool(act.abstentions)
    if kept is Kept.REJECTED:
        return act.outcome == "rejected"
    if kept is Kept.DIVIDED:
        return act.unanimous is False or act.outcome == "rejected"
    if kept is Kept.UNANIMOUS:
        return bool(act.unanimous)
    return act.outcome == "adopted"


# The outcome words, shared with the counts of acts (bot/handlers/questions.py)
NOT_UNANIMOUS = cues.plain(
    r"\b(?:non|pas|sans|hors)(?: (?:a|a l|en|d|de|l))? l?unanim\w*|\bnon unanim\w*"
    r"|\b(?:pas ete|pas) (?:adoptee?s? |votee?s? |passee?s? |approuvee?s? )?(?:a l )?unanim\w*"
    r"|\b(?:pas|sans|jamais) (?:fait|faire|obtenu|obtenir|eu|recueilli|atteint) (?:l )?unanim\w*"
    r"|\b(?:divisee?s?|partagee?s?|contestee?s?|disputee?s?)\b"
)
UNANIMOUS = cues.plain(
    r"\bl?unanim\w*|\btout le monde (?:a |avait )?(?:vote|ete) (?:pour|d accord)\b"
    r"|\b(?:personne|aucun elu) (?:n a |n avait )?(?:vote|ete) contre\b"
)
_AGAINST = cues.plain(r"\bcontres?\b|\boppos\w*|\bvot\w* non\b|\bdefavorable\w*")
_ABSTAINED = cues.plain(r"\babst\w*|\bs (?:est|sont|etait|etaient) abst\w*")
_REJECTED = cues.plain(r"\b(?:rejet\w*|refus\w*|recal\w*|retoqu\w*|pas (?:ete )?adoptee?s?)\b")
ADOPTED = cues.plain(r"\b(?:adoptee?s?|approuvee?s?|passee?s?|acceptee?s?|validee?s?)\b")


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def kept_said(text: str) -> Kept | None:
    """The property of a vote a sentence asks about, if it names one (« les contre »,
    « celles adoptées à l'unanimité », « quelqu'un s'est abstenu ? »)."""
    said = fold(text)
    if NOT_UNANIMOUS.search(said):
        return Kept.DIVIDED
    if UNANIMOUS.search(said):
        return Kept.UNANIMOUS
    if _ABSTAINED.search(said):
        return Kept.ABSTENTIONS
    if _AGAINST.search(said):
        return Kept.AGAINST
    if _REJECTED.search(said):
        return Kept.REJECTED
    if ADOPTED.search(said):
        return Kept.ADOPTED
    return None


# « au moins une à l'unanimité ? », « certaines ont été adoptées ? »: some, not all
_SOME = cues.plain(r"\b(?:au moins (?:une?|un)|l une|certaines?|quelques? unes?|une seule)\b")


def every_asked(text: str, kept: Kept) -> bool:
    """Whether a yes/no question asks it of every act (« tout a été voté à l'unanimité ? »,
    « adoptées à chaque fois ? ») rather than of one of them (« des contre ? »)."""
    return kept in (Kept.UNANIMOUS, Kept.ADOPTED) and not _SOME.search(fold(text))


_WH = cues.plain(
    r"\b(?:quel|quelle|quels|quelles|combien|quand|qui|quoi|lesquel\w*|comment|pourquoi)\b"
)
# « y a eu des contre », « il y a eu des abstentions », « est-ce que … »: whether, asked
_WHETHER = cues.plain(
    r"\b(?:y a|ya|y avait|il y a|il y avait|est ce qu|on a eu|a t on|y en a|y en avait)\b"
)


def whether_asked(text: str, polar: bool) -> bool:
    """Whether a sentence asks yes or no (the reader's `polar`, or no question word and a
    question mark or « y a eu … » at its head: « des opposants sur X ? », « ya eu des
    contres sur X »)."""
    said = fold(text)
    if _WH.search(said):
        return False
    return polar or "?" in text or bool(_WHETHER.search(said))


def there_was(text: str) -> bool:
    """Whether a sentence asks if there was any (« y en a avec des contre ? », « est-ce
    qu'il y a eu des abstentions ? »), rather than which ones."""
    return bool(_WHETHER.search(fold(text))) and not _WH.search(fold(text))


@dataclass(frozen=True, slots=True)
class Verdict:
    """A yes/no question over a set of acts, answered: `yes`, the acts that decide it
    (those that have the property, or for a question of every act those that lack it), and
    how many acts were looked at."""

    yes: bool
    deciding: list[Any]
    total: int
    every: bool


def over(views: Sequence[Any], kept: Kept, *, every: bool) -> Verdict:
    """Answer « Oui » / « Non » over the acts (views with a `.deliberation`): for a question
    of every act, Oui when none lacks the property (those lacking it decide a Non); else Oui
    when one has it (those having it decide). When no act decides, all of them are shown."""
    having = [v for v in views if keeps(v.deliberation, kept)]
    if every:
        lacking = [v for v in views if not keeps(v.deliberation, kept)]
        return Verdict(
            yes=not lacking, deciding=lacking or list(views), total=len(views), every=True
        )
    return Verdict(yes=bool(having), deciding=having or list(views), total=len(views), every=False)


def narrowed(views: Sequence[Any], kept: Kept | None) -> list[Any]:
    """The acts of a set that have the property asked (all of them when none is)."""
    if kept is None:
        return list(views)
    return [v for v in views if keeps(v.deliberation, kept)]
