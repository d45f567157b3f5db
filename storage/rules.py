"""The council's law (CGCT), each rule once, as pure functions.

The importer's consistency checks, the bot's validation and the secretariat's forecasts all
call these; nothing else in the code base computes a quorum, a notice period or an outcome.
See ../shared/DOMAIN.md for the articles.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from enum import StrEnum

from storage import cues

# L2121-17 and L2121-20 were relaxed by the health-emergency laws (loi n° 2020-290 and the
# ordinances and laws that prolonged it) until 31 July 2022: quorum at one third of the members
# present, two proxies per holder. Only historical documents are judged by it.
EMERGENCY_RULES = (date(2020, 3, 24), date(2022, 7, 31))

DEFAULT_NOTICE_DAYS = 5  # L2121-12: communes of 3,500+ inhabitants, and so every EPCI
URGENT_NOTICE_DAYS = 1  # L2121-12 al. 3: urgency, the sitting then votes on it
SECOND_CONVOCATION_NOTICE_DAYS = 3  # L2121-17 al. 2: after a quorum failure
# L2121-25 and L2121-15: the list of the deliberations examined and the minutes go online
# within a week of the sitting
PUBLICATION_DAYS = 7
MAX_CONSECUTIVE_PROXY_SITTINGS = 3  # L2121-20: a proxy is valid for three sittings at most
# L227-1 of the electoral code: municipal councillors, and with them the community councillors
# they elect, are renewed together every six years; the first round of each general election
# opens a term (« le mandat », « la mandature »)
GENERAL_ELECTIONS = (date(2008, 3, 9), date(2014, 3, 23), date(2020, 3, 15), date(2026, 3, 15))
TERM_YEARS = 6
# The communes, and their councils, were made in 1790 (décret du 14 décembre 1789): no sitting
# of any council was held before.
FIRST_COUNCILS_YEAR = 1790


def term_start(on: date) -> date:
    """The day the councillors' term in force on `on` began: the latest general election."""
    begun = [day for day in GENERAL_ELECTIONS if day <= on]
    if begun:
        latest = begun[-1]
        while latest.replace(year=latest.year + TERM_YEARS) <= on:  # beyond the table
            latest = latest.replace(year=latest.year + TERM_YEARS)
        return latest
    return GENERAL_ELECTIONS[0]


def emergency_rules_apply(on: date) -> bool:
    start, end = EMERGENCY_RULES
    return start <= on <= end


def quorum_required(in_office: int, on: date, second_convocation: bool = False) -> int:
    """Members physically present needed for a sitting on that date to deliberate; none
    when the council sits again on a second convocation after a quorum failure (L2121-17)."""
    if in_office <= 0 or second_convocation:
        return 0
    if emergency_rules_apply(on):
        return math.ceil(in_office / 3)
    return in_office // 2 + 1


def quorum_met(present: int, in_office: int, on: date, second_convocation: bool = False) -> bool:
    """Proxies never count: only members (and sitting suppléants) in the room."""
    return present >= quorum_required(in_office, on, second_convocation)


def notice_days_required(notice_days: int, second_convocation: bool) -> int:
    """The body's notice, or three jours francs for a second convocation (L2121-17 al. 2)."""
    return min(notice_days, SECOND_CONVOCATION_NOTICE_DAYS) if second_convocation else notice_days


def max_proxies_per_holder(on: date) -> int:
    return 2 if emergency_rules_apply(on) else 1


def holds_enough(proxies_held: int, on: date) -> bool:
    """Whether a member carrying that many proxies may carry no more at a sitting on `on`."""
    return proxies_held >= max_proxies_per_holder(on)


def votes_available(present: int, proxies: int) -> int:
    """Nombre de voix: every member present plus every proxy that a present holder carries."""
    return present + proxies


class SubstituteRefusal(StrEnum):
    """Why no suppléant may sit for a titular; templates/roll_call_refused.j2 says each."""

    BODY = "body"  # the Bureau (L5211-10): its members are elected from the Conseil in person
    SEVERAL_DELEGATES = "several_delegates"  # L5211-6: the commune has more than one delegate


# The councils whose every member elects titulaires and suppléants alike, whatever its number
# of delegates: the syndicats (SIVU, SIVOM: L5212-7; syndicat mixte: L5711-1)
_SUPPLEANTS_FOR_EVERY_DELEGATE = frozenset({"syndicat"})


def substitute_refusal(
    body_name: str, delegates_of_commune: int | None, council_kind: str | None = None
) -> SubstituteRefusal | None:
    """Why a suppléant may not sit, with a vote, for a titular of this body, or None when
    the law allows it: never in a Bureau (L5211-10); in a communauté's or métropole's
    Conseil, only for the sole delegate of a commune (L5211-6); in a syndicat's Comité, for
    any delegate (L5212-7, L5711-1: each member elects its suppléants with its titulaires).
    `delegates_of_commune`: how many of the body's members are delegates of the titular's
    commune, None when the store does not know the commune (the secretariat, who holds the
    list of suppléants, is then taken at its word); `council_kind`: Council.kind, None when
    unknown (read as a communauté's)."""
    if "bureau" in body_name.casefold().split():
        return SubstituteRefusal.BODY
    if council_kind in _SUPPLEANTS_FOR_EVERY_DELEGATE:
        return None
    if delegates_of_commune is not None and delegates_of_commune > 1:
        return SubstituteRefusal.SEVERAL_DELEGATES
    return None


# The items voting the chair's accounts: « Compte administratif 2024 », « Vote du compte
# financier unique 2025 »
_ACCOUNTS_VOTED = cues.compile(
    r"\bcomptes? (?:administratifs?|financiers? uniques?)\b", re.IGNORECASE
)


def withdraws_for_that_vote_only(chairs: bool, item_title: str) -> bool:
    """L2121-14 (L3312-5, L5211-1): when the accounts of the chair (maire, président) are voted
    (compte administratif, compte financier unique), the chair withdraws at that vote and at
    that vote only: a chair's departure there is no departure from the sitting."""
    return chairs and _ACCOUNTS_VOTED.search(item_title) is not None


def jours_francs(sent_on: date, sitting_on: date) -> int:
    """Whole days between sending and sitting, neither of the two counted."""
    return (sitting_on - sent_on).days - 1


def last_day_to_send(sitting_on: date, notice_days: int = DEFAULT_NOTICE_DAYS) -> date:
    """The last date a convocation may leave for `notice_days` jours francs of notice."""
    return sitting_on - timedelta(days=notice_days + 1)


def notice_is_sufficient(
    sent_on: date, sitting_on: date, notice_days: int = DEFAULT_NOTICE_DAYS
) -> bool:
    return jours_francs(sent_on, sitting_on) >= notice_days


def vote_outcome(
    votes_for: int, votes_against: int, president_voted_for: bool | None = None
) -> str:
    """'adopted' or 'rejected'; abstentions are not votes cast.

    A tie in an open vote goes the way the président de séance voted (voix prépondérante);
    without knowing it a tie is not adopted.
    """
    if votes_for > votes_against:
        return "adopted"
    if votes_for == votes_against and votes_for > 0 and president_voted_for:
        return "adopted"
    return "rejected"


def absolute_majority(votes_for: int, votes_against: int) -> int:
    """L2121-20: the votes for needed, more than half of the votes cast (pour + contre)."""
    return (votes_for + votes_against) // 2 + 1


def is_unanimous(votes_against: int, abstentions: int) -> bool:
    """'À l'unanimité' means no vote against and no abstention."""
    return votes_against == 0 and abstentions == 0


def votes_for_when_unanimous(voters: int, abstentions: int) -> int:
    """A vote written « Unanimité » with only the number who took part printed: everyone who
    voted was for (those who abstained, when counted apart, aside)."""
    return voters - abstentions


def consecutive_sittings_exceeded(consecutive_sittings: int) -> bool:
    return consecutive_sittings > MAX_CONSECUTIVE_PROXY_SITTINGS


class ProxyRefusal(StrEnum):
    """Why a proxy (or an attendance declaration) is refused; templates/proxy_refused.j2 has
    one sentence for each."""

    REGISTRATION_CLOSED = "registration_closed"
    SELF_PROXY = "self_proxy"
    GIVER_NOT_IN_BODY = "giver_not_in_body"
    HOLDER_NOT_IN_BODY = "holder_not_in_body"
    HOLDER_GAVE_OWN = "holder_gave_own"
    GIVER_HOLDS = "giver_holds"
    HOLDER_ABSENT = "holder_absent"
    GIVER_ALREADY_GAVE = "giver_already_gave"
    HOLDER_ALREADY_HOLDS = "holder_already_holds"
    TOO_MANY_CONSECUTIVE = "too_many_consecutive"
    HOLDER_CANNOT_BE_ABSENT = "holder_cannot_be_absent"
    GIVER_CANNOT_BE_PRESENT = "giver_cannot_be_present"
    ALREADY_ENDED = "already_ended"
    OFFER_SPENT = "offer_spent"
    NO_SITTING = "no_sitting"


def proxy_refusal(
    *,
    same_person: bool,
    giver_in_body: bool,
    holder_in_body: bool,
    registration_open: bool,
    giver_already_gave: bool,
    holder_proxies_held: int,
    holder_gave_own: bool,
    giver_holds: bool,
    holder_declared_absent: bool,
    consecutive_sittings_represented: int,
    on: date,
) -> ProxyRefusal | None:
    """Why L2121-20 forbids this proxy (a reason code), or None when the law allows it.

    The order is the order a member would want to hear the reasons in: the most basic first.
    """
    if not registration_open:
        return ProxyRefusal.REGISTRATION_CLOSED
    if same_person:
        return ProxyRefusal.SELF_PROXY
    if not giver_in_body:
        return ProxyRefusal.GIVER_NOT_IN_BODY
    if not holder_in_body:
        return ProxyRefusal.HOLDER_NOT_IN_BODY
    if holder_gave_own:
        return ProxyRefusal.HOLDER_GAVE_OWN  # no chains: a member who gives cannot hold
    if giver_holds:
        return ProxyRefusal.GIVER_HOLDS  # ...nor can a member who holds one give their own
    if holder_declared_absent:
        return ProxyRefusal.HOLDER_ABSENT  # the holder must be present to use it
    if giver_already_gave:
        return ProxyRefusal.GIVER_ALREADY_GAVE
    if holds_enough(holder_proxies_held, on):
        return ProxyRefusal.HOLDER_ALREADY_HOLDS
    if consecutive_sittings_exceeded(consecutive_sittings_represented + 1):
        return ProxyRefusal.TOO_MANY_CONSECUTIVE
    return None


def counts_as_present(status: str, *, represented_counts: bool) -> bool:
    """Whether a sitting counts in a member's attendance rate. Physically present always does
    (a suppléant sitting in their stead does not: the member was away); being represented by
    a proxy does only where the body's règlement intérieur says so, as some do when they
    modulate indemnities for absence (*configurable*: ATTENDANCE_COUNTS_REPRESENTED)."""
    if status == "present":
        return True
    return represented_counts and status == "represented"


def attendance_rate(counted: int, sittings: int) -> float | None:
    """Share of the sittings a member attended under that rule; None without a sitting."""
    return counted / sittings if sittings else None
