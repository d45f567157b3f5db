"""A sentence, answered: read its frame, complete it from the conversation, resolve its names
and its dates against the store, then hand it to one answerer (bot/services/answers.py).

What the conversation last talked about (sitting, members, deliberation, the frame) is kept in
the store (storage/chat_state.py) for a while, so that « et les excusés ? » reaches whichever
bot process gets it.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from rapidfuzz.distance import Levenshtein
from sqlmodel import col, select
from telegram.ext import CallbackQueryHandler

from bot import callbacks
from bot.callbacks import Convene, PickAnswer, SittingAction, SittingChoice
from bot.context import CouncilApp
from bot.handlers import proxies, records
from bot.handlers.actions import none_of_heading, show_actions, whether_funded
from bot.handlers.common import Ask, as_member, candidate_label
from bot.handlers.convocations import send_again
from bot.handlers.members import show_member
from bot.handlers.secretariat import SHEET_NAMED, show_forecast, show_sheet
from bot.handlers.sittings import list_sittings, show_attendance, show_sitting
from bot.render import month_fr, render, short_date_fr
from bot.services import act_facts, act_sets, action_dimensions, answers, convocations, greetings
from bot.services import proxies as proxies_service
from bot.services.act_facts import Aspect
from bot.services.act_fields import ActField, act_field_asked
from bot.services.action_asks import (
    AMOUNT_ASKED as _AMOUNT_ASKED,
)
from bot.services.action_asks import (
    CARRIER_ASKED as _CARRIER_ASKED,
)
from bot.services.action_asks import (
    action_fact,
    action_field_asked,
)
from bot.services.designations import Designation, designation_asked
from bot.services.frames import (
    AMONG_NOT_HELD,
    AVERAGE_WORDS,
    END_ASKED,
    IN_FORCE,
    MISSED_WHAT,
    ORDINALS,
    STILL_ON_ASKED,
    SUMMING_WORD,
    THE_LATTER,
    VOTED_FOR_SOMEONE_NAMED,
    WHERE_ASKED,
    About,
    Among,
    Asked,
    Frame,
    Relative,
    When,
    amount_bound,
    arrived_now,
    asked_of_the_past,
    asked_to_come,
    away_for_a_reason,
    elapsed_asked,
    identity_asked,
    is_known_word,
    lone_declaration,
    marked_by_preposition,
    member_weight_asked,
    moves_asked,
    never_proxied,
    normalise_number,
    on_the_way,
    only_courtesy,
    others_asked,
    ranked_topic,
    role_named,
    role_said,
    sitting_number_said,
    which_asked,
    whom_asked,
    without_role,
)
from bot.services.intents import Question
from bot.services.law_questions import (
    Rule,
    emergency_said,
    in_office_said,
    leaving_said,
    notice_dates,
    number_asked,
    people_said,
    proxies_said,
    rule_asked,
    said_aloud,
    sittings_said,
    term_asked,
    twice_asked,
    unanimity_kept,
    vacancies_said,
    verdict,
    votes_said,
    yes_or_no,
)
from bot.services.list_picks import Pointed, bare_count, names_acts, pointed_at
from bot.services.lower_places import place_in_lower_case, printed
from bot.services.names import (
    MAN as _MAN,
)
from bot.services.names import (
    NEGATIVE_RANK,
    Candidate,
    Resolution,
    choice_by_sex,
    choice_rank,
    choice_said,
    common_first_name,
)
from bot.services.names import (
    WOMAN as _WOMAN,
)
from bot.services.record_counts import (
    Counted,
    office_verdict,
    proxies_never_asked,
    record_count_asked,
    record_verdict,
    record_yes_no_asked,
    whole_record_checked,
)
from bot.services.search import (
    KIND_WORDS,
    NOT_NAMES,
    PEOPLE_WORDS,
    SORTING,
    TextIndex,
    as_typed,
    meaningful,
    named_terms,
    part_tokens,
    passages,
    place_words,
    places_named,
    root,
    sentences_of,
    topics_and,
    topics_or,
    typed_number,
    words_of,
)
from bot.services.signatures import signatures, signed_as
from bot.services.sitting_orders import day_numbered, hour_said, order_said, place_typed
from bot.services.topic_times import topic_edge_asked
from bot.services.vote_bounds import vote_bound_asked
from storage import attendance_records, chat_state, cues, lookups, queries, rules
from storage.french import (
    MONTHS,
    NUMBER_WORD,
    WEEKDAYS,
    asked_as_question,
    day_meant,
    find_dates,
    number_in_words,
)
from storage.models import Deliberation, FundedAction, ImportFinding, Member, Sitting
from storage.names import _PARTICLES as PARTICLES
from storage.names import CIVILITIES, CIVILITY_ALTERNATION, feminine, fold, strip_accents
from storage.periods import Period
from storage.rules import EMERGENCY_RULES, MAX_CONSECUTIVE_PROXY_SITTINGS

T = TypeVar("T")
TALK_KEY = "talk"
_DAY = timedelta(days=1)
TALK_TTL = timedelta(minutes=30)  # a conversation's thread: long enough for a few follow-ups
# The same thread again within a minute of writing it (the same question asked again) is not
# written again: it then lives up to a minute less than 30 minutes after the last answer
TALK_REWRITTEN = timedelta(minutes=1)
PENDING_KEY = "ask-pending"
# the members a gendered pronoun chose among (« et lui ? », then « et elle ? »)
PAIR_KEY = "talk-pair"
SEARCH_SHOWN = 6

# Kinds answered about one sitting; the members in them narrow the answer.
_ABOUT_A_SITTING = {
    Asked.PRESENCE,
    Asked.ABSENCE,
    Asked.PROXY,
    Asked.COUNT,
    Asked.OFFICER,
    Asked.CONVOCATION,
    Asked.QUORUM,
    Asked.SITTING,
}
_ABOUT_MEMBERS = {
    Asked.MEMBERS,
    Asked.PRESENCE,
    Asked.ABSENCE,
    Asked.PROXY,
    Asked.RECORD,
    Asked.SEARCH,
    Asked.OFFICER,
}
# A word of three letters or more; it is a name when its first letter is a capital of any
# alphabet (« Деграикс », « Δεγραιξ »: a Latin-only class left them unread, and the whole roll
# call was answered instead of « aucun membre ne s'appelle … »).
log = logging.getLogger(__name__)
_WORD_OF_A_NAME = cues.plain(r"(?<![\w'’-])([^\W\d_][\w'’-]{2,})")
_NAME_PIECES = cues.plain(r"[\w'’-]+")


_INTENTS = {Asked.PRESENCE: "presents", Asked.ABSENCE: "absents", Asked.PROXY: "proxies"}


def to_question(frame: Frame, today: date) -> Question:
    """The older question shape the proxy and list features still take."""
    on = frame.when.on
    if on is None and frame.when.day and frame.when.month:
        on = day_meant(frame.when.day, frame.when.month, today)
    intent = _INTENTS.get(frame.asked, frame.asked.value)
    rest = " ".join(frame.words)
    return Question(
        intent,
        on,
        frame.number,
        frame.body,
        frame.when.relative == Relative.LAST,
        rest,
        frame.text,
    )


# -- the conversation's thread ------------------------------------------------------------------


def _look(ask: Ask, lookup: Callable[..., T], **arguments: Any) -> T:
    """A store look-up, through the read layer (cached there until the store changes)."""
    return ask.reads.lookup(ask.session, lookup, **arguments)


def _acts(ask: Ask, ids: list[int]) -> list[queries.DeliberationView]:
    """The deliberations of these ids, in this order, through the read layer: the acts in talk
    are looked at by several readings of each follow-up."""
    return _look(ask, queries.deliberation_views, ids=tuple(ids))


def _actions_of_acts(ask: Ask, ids: list[int]) -> list[queries.FundedActionView]:
    return ask.reads.actions_of_acts(ask.session, ids)


def _user_id(ask: Ask) -> int:
    user = ask.update.effective_user
    return user.id if user else 0


def _recall(ask: Ask, key: str = TALK_KEY) -> dict[str, Any]:
    # The store keeps UTC: the clock's own instant, never converted to the local time and back
    value = chat_state.get(
        session=ask.session, telegram_user_id=_user_id(ask), key=key, now=ask.runtime.clock()
    )
    return value if isinstance(value, dict) else {}


def _remember(ask: Ask, key: str = TALK_KEY, **value: Any) -> None:
    """Keep what the conversation is about (or a question waiting for a button), in the
    store so that whichever process gets the next message knows it."""
    if key == TALK_KEY:
        value.pop("text", None)  # the thread needs what was asked, not the words
    chat_state.put(
        session=ask.session,
        telegram_user_id=_user_id(ask),
        key=key,
        value=value,
        now=ask.runtime.clock(),
        ttl=TALK_TTL,
        sweep=key != TALK_KEY,  # written at every answer: leave the sweep to rarer puts
        unchanged=TALK_REWRITTEN if key == TALK_KEY else None,
    )


def remember_sitting(ask: Ask, sitting_id: int) -> None:
    """A sitting was spoken of outside a question (a convocation acknowledged): « c'est à quelle
    heure ? », « c'est où ? » next are about it."""
    frame = Frame(asked=Asked.SITTING, text="")
    _remember(ask, members=[], sitting=sitting_id, **_frame_state(frame))


def remember_members(ask: Ask, member_ids: list[int]) -> None:
    """A member's card was shown (/membre): « il », « elle », « et lui ? » are that member."""
    _remember(ask, members=member_ids, asked=Asked.SEARCH.value, about=None, polar=False)


def remember_deliberations(
    ask: Ask, deliberation_ids: list[int], listed: list[queries.DeliberationView] | None = None
) -> None:
    """A deliberation's card was shown (/deliberation): « et les abstentions ? », « c'était
    quand ? », « c'est pour combien ? » are about it next; a list of them (`listed`), for
    « et la deuxième ? »."""
    frame = Frame(asked=Asked.DELIBERATION, text="")
    _remember_deliberations(ask, frame, deliberation_ids[:3], listed=listed)


# The questions about acts whose topic a follow-up naming only a period or a body keeps
# (a topic searched too: « taxes foncières » then « et en 2023 ? » asks that topic in 2023)
_TOPIC_KEPT = {
    Asked.DELIBERATION.value,
    Asked.DELIBERATION_COUNT.value,
    Asked.VOTE.value,
    Asked.SEARCH.value,
}


def _frame_state(frame: Frame) -> dict[str, Any]:
    when = frame.when
    start, end = (when.start, when.end) if when.start and when.end else (when.on, when.on)
    return {
        "asked": frame.asked.value,
        "about": frame.about.value if frame.about else None,
        "polar": frame.polar,
        "text": frame.text,
        # « j'étais là ? »: the asker spoke of themself; « lui » next is someone else
        "first_person": frame.first_person,
        # the period asked about, as answered: « et le mois d'avant ? » steps from it
        "period": [start.isoformat(), end.isoformat()] if start and end else None,
        # its words (« janvier 2022 »): « et à l'unanimité ? » next says the same period
        "said": when.said or None,
        # the topic of acts asked (« sur les PLU »): « et en 2021 ? » next asks it of 2021
        "topic": list(frame.words) if frame.asked in _TOPIC_KEPT and frame.words else None,
        # « Artigues a voté ? »: « et Driol ? » next asks whether he took part too
        "voting": frame.asked is Asked.PRESENCE and frame.voting,
        # « c'était unanime ? »: « et sur la 2022.00116 ? » next asks it of that act
        "unanimity": frame.asked is Asked.VOTE
        and frame.polar
        and (frame.unanimity or "unanim" in fold(frame.text)),
    }


_A_SITTING_STEP = cues.plain(r"\b(?:fois|seance|reunion|session)\b")


def _shifted(frame: Frame, last: dict[str, Any], ask: Ask) -> Frame:
    """« et le mois d'avant ? », « et l'année suivante ? »: one unit from the period in talk
    (or the sitting in talk), not from today."""
    shift = frame.when.shift
    period = last.get("period")
    if (
        shift is None
        and frame.when.relative in (Relative.BEFORE, Relative.AFTER)
        and not frame.when.dated
        and period
        and not last.get("sitting")
    ):
        # « et celui d'avant ? » after a month or a year (no sitting in talk): the same unit
        days = (date.fromisoformat(period[1]) - date.fromisoformat(period[0])).days + 1
        unit = "mois" if 28 <= days <= 31 else "annee" if days >= 365 else "semaine"
        if days in (7, *range(28, 32)) or days >= 365:
            shift = (unit, -1 if frame.when.relative is Relative.BEFORE else 1)
    one_day = period is not None and period[0] == period[1] and not last.get("sitting")
    # « et la fois d'avant ? », « et la séance suivante ? » after a month: the sitting before
    # (after) the period, not the month before
    a_sitting = period is not None and bool(_A_SITTING_STEP.search(fold(frame.when.said)))
    if (
        period is not None
        and (one_day or a_sitting)
        and frame.when.relative in (Relative.BEFORE, Relative.AFTER)
        and (shift is None or a_sitting)
    ):
        # « combien de délibérations au conseil du 24 mars 2022 ? » then « et le précédent ? »:
        # the sitting before (after) that day, not before today
        day = date.fromisoformat(
            period[0] if frame.when.relative is Relative.BEFORE else period[1]
        )
        step = (
            _look(ask, lookups.latest_sitting, before=day - _DAY, body_ids=None)
            if frame.when.relative is Relative.BEFORE
            else _look(ask, lookups.next_sitting, after=day + _DAY, body_ids=None)
        )
        if step is not None:
            return frame.but(when=When(on=step.held_on, said=frame.when.said))
    if shift is None:
        return frame
    anchor: date | None = None
    if last.get("period"):
        anchor = date.fromisoformat(last["period"][0])
    elif last.get("sitting") and (kept := ask.session.get(Sitting, int(last["sitting"]))):
        anchor = kept.held_on
    if anchor is None:
        return frame
    unit, by = shift
    if unit == "jour":  # « et la veille ? »: the day before the one in talk
        day = anchor + timedelta(days=by)
        return frame.but(when=When(on=day, said=frame.when.said))
    if unit == "mois":
        year, month = divmod(anchor.year * 12 + anchor.month - 1 + by, 12)
        start = date(year, month + 1, 1)
        end = date(year + (month == 11), (month + 1) % 12 + 1, 1) - _DAY
    elif unit == "semaine":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=by)
        start, end = monday, monday + timedelta(days=6)
    else:
        start, end = date(anchor.year + by, 1, 1), date(anchor.year + by, 12, 31)
    return frame.but(when=When(start=start, end=end, said=frame.when.said))


def _of_the_period_in_talk(frame: Frame) -> bool:
    """« cette année-là », « la même année »: the period of what is in talk."""
    return frame.when.shift is not None and frame.when.shift[1] == 0


def _another_sitting_only(frame: Frame, last: dict[str, Any]) -> bool:
    """Whether a follow-up names only another sitting (« et à la prochaine séance ? », « et
    pour le conseil de mars ? ») after a question about one."""
    return (
        frame.follow_up
        and frame.asked is Asked.SITTING
        and frame.about is None
        and not (frame.words or frame.number or frame.first_person)
        and last.get("asked") in {a.value for a in _ABOUT_A_SITTING - {Asked.SITTING}}
    )


# What an answer says of no member: a sitting's figures, a list of sittings, an act.
_NAMES_NOBODY = frozenset(
    a.value
    for a in (
        Asked.QUORUM,
        Asked.SITTING,
        Asked.SITTINGS,
        Asked.COUNT,
        Asked.CONVOCATION,
        Asked.DELIBERATION,
        Asked.VOTE,
        Asked.DELIBERATION_COUNT,
    )
)
_OF_AN_ACT = frozenset((Asked.DELIBERATION.value, Asked.VOTE.value))


_PART_ASKED = cues.plain(
    r"\b(?:faisai[st]|fait|faisaient) quoi\b|\bquel (?:etait )?(?:son|le) role\b"
    r"|\ben tant que quoi\b|\b(?:son|le) role (?:de|d)\b|\bc (?:etait|est) quoi (?:son|le) role\b"
)


# « qui était absent le 4 juillet ? » then « Bouchet en faisait partie ? », « et Rivat, il
# était dans la liste ? », « Laget y figure ? »: a member in the roll call just shown
_IN_THE_ROLL_SHOWN = cues.plain(
    r"\ben (?:fai\w*|fera|ferait|feraient) partie\b|\b(?:dans|sur) (?:la|cette|ta|votre) liste\b"
    r"|\bdans le lot\b|\by (?:figure|figurait|figurent|figuraient|apparait|apparaissait)\b"
)
_ROLL_CALLS = frozenset(a.value for a in (Asked.PRESENCE, Asked.ABSENCE, Asked.PROXY, Asked.COUNT))


def _in_the_roll_call_shown(ask: Ask, frame: Frame) -> Frame:
    """A member asked to be in the list just shown of a sitting's roll call: their line of it
    (« absent excusé », « présent, porteur du pouvoir de … »), never their seats."""
    if not frame.when.empty or not _IN_THE_ROLL_SHOWN.search(fold(frame.text)):
        return frame
    kept = _recall(ask)
    if not kept.get("sitting") or kept.get("asked") not in _ROLL_CALLS:
        return frame
    if ask.resolve(frame.text, in_text=True).status == "unknown":
        return frame
    return frame.but(asked=Asked.PRESENCE, about=About.EITHER, polar=False)


def _names_someone_after(ask: Ask, frame: Frame, last: dict[str, Any]) -> bool:
    """Whether a follow-up with nothing asked of its own (« et Thizy ? ») names a member right
    after an answer that named nobody: the member is then what is asked, at the sitting (or
    over the period, or on the act) in talk. A word no member bears, shaped like a name and
    no act's topic, is that member too, so that it is said unknown, never dropped."""
    if not (
        frame.follow_up
        and frame.asked is Asked.SEARCH
        and frame.words
        and not frame.number
        and not frame.first_person
        and last.get("asked") in _NAMES_NOBODY
        # (after a member's record counted, « et Bouchet ? » is completed as that count)
        and (not last.get("members") or last["asked"] in _OF_AN_ACT)
    ):
        return False
    if ask.resolve(frame.text, in_text=True).status != "unknown":
        return True
    return (
        last["asked"] not in _OF_AN_ACT
        and bool(_name_like_words(frame.but(asked=Asked.PRESENCE)))
        and not ask.reads.deliberation_index(ask.session).holds(" ".join(frame.words))
    )


def _the_asker_after(frame: Frame, last: dict[str, Any]) -> bool:
    """« et moi ? » alone right after an answer that named nobody (a sitting's card, its
    count, a period's sittings, an act): the asker is then what is asked, as a member named
    would be (`_names_someone_after`)."""
    return (
        frame.follow_up
        and frame.first_person
        and frame.asked is Asked.NOTHING
        and not frame.words
        and not frame.number
        and frame.when.empty
        and last.get("asked") in _NAMES_NOBODY
        and not last.get("members")
    )


# What a follow-up naming no date asks over the period the last question named
_OVER_A_PERIOD = frozenset((Asked.RECORD, Asked.SITTINGS))


# What a follow-up of a member's own proxies or attendance keeps of the time in talk
_KEEPS_THE_TIME = frozenset((Asked.MY_PROXIES, Asked.PROXY, Asked.RECORD))


def _period_in_talk(last: dict[str, Any]) -> When | None:
    """The period the last question named (« depuis 2024 », « cette année »), if longer than
    one day: a day is its sitting's, kept as the sitting in talk."""
    if not last.get("period"):
        return None
    start, end = (date.fromisoformat(day) for day in last["period"])
    return When(start=start, end=end, said=last.get("said") or "") if start < end else None


def _over_the_time_in_talk(frame: Frame, last: dict[str, Any]) -> Frame:
    """« mon assiduité depuis 2024 » then « et mes pouvoirs ? », « et moi j'en avais donné ? »,
    « et ses absences ? »: the proxies or the record of that period; after a sitting (« le
    bureau du 4 juillet », « j'étais là ? »), my proxies at that sitting. Nothing in talk:
    unchanged (my proxies are those of the sittings to come)."""
    if not (frame.follow_up and frame.when.empty and frame.asked in _KEEPS_THE_TIME):
        return frame
    if frame.number or frame.body or frame.in_talk:
        return frame
    period = _period_in_talk(last)
    if period is not None:
        if frame.asked is Asked.MY_PROXIES:
            frame = frame.but(asked=Asked.PROXY, about=None, polar=False, first_person=True)
        return frame.but(when=period)
    if last.get("sitting") is None:
        return frame
    if frame.asked is Asked.MY_PROXIES:
        # the sitting in talk answers it (a follow-up with no time keeps the sitting); « et
        # mes absences ? », « et son assiduité ? » after one sitting stay the whole record
        return frame.but(asked=Asked.PROXY, about=None, polar=False, first_person=True)
    return frame


# « et les miens ? », « et le mien ? », « et la mienne ? »: a possessive pronoun alone
_MINE_ALONE = cues.plain(r"^\W*(?:et|mais|puis|ok et)?\W*(?:le|la|les) mien(?:ne)?s?\W*$")
# the last questions of a member that « et les miens ? » asks again of the asker
_OF_A_MEMBER = frozenset(
    (Asked.PROXY, Asked.MY_PROXIES, Asked.PRESENCE, Asked.ABSENCE, Asked.RECORD, Asked.COUNT)
)


def _mine(frame: Frame, last: dict[str, Any]) -> Frame:
    """« Bonnet avait des pouvoirs ? » then « et les miens ? »: the same question of the asker
    (as « et moi ? »); after a sitting or a period with no member asked (« le bureau du 4
    juillet », « combien de pouvoirs ce jour-là ? »), the asker's proxies then (the noun left
    unsaid is the proxy: a member's absences are asked « et mes absences ? »)."""
    if not _MINE_ALONE.search(fold(frame.text)):
        return frame
    mine = frame.but(first_person=True, words=(), follow_up=True)
    if last.get("asked") in _OF_A_MEMBER and last.get("members"):
        return mine.but(asked=Asked.NOTHING)
    return mine.but(asked=Asked.MY_PROXIES, about=None, polar=False)


def _complete(frame: Frame, last: dict[str, Any]) -> Frame:
    """A follow-up takes what it does not say from the last question."""
    if not last:
        return frame
    frame = _over_the_time_in_talk(_mine(frame, last), last)
    if (
        last.get("topic")
        and frame.asked in (Asked.NOTHING, Asked.SEARCH)
        and not frame.words
        and not frame.number
        and not frame.when.empty
        and frame.body is None
        and last.get("asked") in _TOPIC_KEPT
        and not last.get("members")
    ):
        # « combien de délibs sur les PLU en 2022 ? » then « et en 2021 ? », « et l'année
        # d'avant ? »: the same acts' topic, of that period (it answered every act of it, or
        # asked which sitting was meant); a topic searched, its acts of that period
        searched = last["asked"] == Asked.SEARCH.value
        return frame.but(
            asked=Asked.DELIBERATION if searched else Asked(last["asked"]),
            about=About(last["about"]) if last.get("about") else None,
            polar=bool(last.get("polar")),
            words=tuple(last["topic"]),
        )
    kept = frame
    if _another_sitting_only(frame, last):
        # « qui avait donné pouvoir à Degraix le 4 juillet ? » then « et pour la prochaine
        # séance ? »: the same question of that sitting, not its card
        frame = frame.but(asked=Asked.NOTHING)
    if frame.asked in (Asked.NOTHING, Asked.SEARCH) and last.get("asked"):
        asked = Asked(last["asked"])
        if asked in (Asked.NOTHING, Asked.HELP) or (
            asked is Asked.SEARCH and not last.get("members")
        ):
            return frame
        kept = frame.but(
            asked=asked,
            about=About(last["about"]) if last.get("about") else None,
            polar=bool(last.get("polar")),
        )
        if asked is Asked.PROXY and _ONE_IN_HAND.search(fold(frame.text)):
            kept = kept.but(about=About.HELD)  # « et moi, j'en avais un ? »: one carried
        if asked is Asked.PRESENCE and last.get("voting"):
            kept = kept.but(voting=True)  # « Artigues a voté ? » then « et Driol ? »
        if asked is Asked.VOTE and last.get("unanimity"):
            kept = kept.but(unanimity=True)  # « unanime sur la CFE ? » then « et sur la TF ? »
        if asked in (Asked.PRESENCE, Asked.ABSENCE) and WHERE_ASKED.search(frame.text):
            # « qui était excusé ? » then « et Tardy il était où ? »: where he was, never
            # « Oui » of the list asked before
            kept = kept.but(asked=Asked.PRESENCE, about=About.EITHER, polar=False)
        if asked in _OVER_A_PERIOD and frame.when.empty and last.get("period"):
            # « assiduité de Berger en 2022 » then « et Bouchet ? », « les séances du conseil
            # en 2022 » then « et au bureau ? »: over the same period
            start, end = (date.fromisoformat(day) for day in last["period"])
            kept = kept.but(when=When(start=start, end=end, said=last.get("said") or ""))
        side = _VOTE_SIDE.search(fold(frame.text)) if asked is Asked.VOTE else None
        if side:
            # « combien de contre ? » then « et pour ? », « et les abstentions ? »: that side
            kept = kept.but(about=_SIDES.get(side.group(1)[:4], About.FOR), polar=False)
        counted = _COUNTED.get(asked)
        if asked is Asked.SITTING and kept.about is None:
            counted = About.PRESENT  # « /seance » then « combien ? »: its present members
        if counted and re.search(r"\b(?:combien|total|tout)\b", fold(frame.text)):
            # « qui était absent ? » then « combien ? »: how many of them.
            return kept.but(asked=Asked.COUNT, about=counted, polar=False)
        listed = _LISTED.get(kept.about) if asked is Asked.COUNT and kept.about else None
        if asked is Asked.DELIBERATION_COUNT:
            listed = Asked.DELIBERATION
        which = re.search(
            r"\b(?:lesquels|lesquelles|qui|ki|noms?|liste|detail|lister|enumerer|citer|nommer"
            r"|s appel(?:lent|aient))\b",
            fold(frame.text),
        )
        if listed and which:
            # « combien d'excusés ? » then « et lesquels ? »: the names counted (« lesquelles ? »
            # after a count of deliberations: those deliberations).
            narrowed = kept.about in (About.UNEXCUSED, About.UNREPRESENTED)
            kept = kept.but(asked=listed, about=kept.about if narrowed else None, polar=False)
        elif (
            asked is Asked.SEARCH
            and last.get("members")
            and not frame.words
            and (not frame.when.empty or frame.body)
        ):
            # « Bouchet ? » then « et au conseil de janvier ? »: where that member was then;
            # « et en 2022 ? », a period longer than a month: the member's record over it
            first, last_day = frame.when.start, frame.when.end
            spans = bool(first and last_day and (last_day - first).days > 40)
            kept = kept.but(
                asked=Asked.RECORD if spans else Asked.PRESENCE,
                about=None if spans else About.EITHER,
                polar=False,
            )
    return kept


_VOTE_SIDE = cues.plain(
    r"^\W*(?:et|puis|ok et)? ?(?:(?:les|des|combien de|combien d|de|d|le nombre de) )?(?:voix )?"
    r"(pour|contre|abst\w*|oppos\w*)\W*$"
)
_SIDES = {"pour": About.FOR, "cont": About.AGAINST, "abst": About.ABSTENTIONS}
_SIDES["oppo"] = About.AGAINST
_ONE_IN_HAND = cues.plain(
    r"(?:\bj ?|\b)en (?:avai[st]|avaient|aviez|avions|portai[st]) (?:un|une|1)\b"
)
_COUNTED = {
    Asked.PRESENCE: About.PRESENT,
    Asked.ABSENCE: About.ABSENT,
    Asked.PROXY: About.PROXIES,
}
_LISTED = {
    About.PRESENT: Asked.PRESENCE,
    About.ABSENT: Asked.ABSENCE,
    About.EXCUSED: Asked.ABSENCE,
    About.PROXIES: Asked.PROXY,
    About.UNEXCUSED: Asked.ABSENCE,
    About.UNREPRESENTED: Asked.ABSENCE,
}


# -- entry point --------------------------------------------------------------------------------

# Asked with no sitting, body, act or name of its own (« qui présidait ? », « combien de
# délibérations ? », « on avait le quorum ? »), right after a sitting was talked about: that
# sitting, as a person would hear it; with nothing talked about, the latest.
_ON_THE_SITTING_IN_TALK = (_ABOUT_A_SITTING - {Asked.SITTING}) | {Asked.DELIBERATION_COUNT}


_FACTS_OF_A_SITTING = (
    About.WHEN,
    About.TIME,
    About.PLACE,
    About.AGENDA,
    About.DOCUMENTS,
    About.STILL_ON,
)


def _leans_on_thread(frame: Frame) -> bool:
    if _status_alone(frame):
        return True  # « présente le 4 juillet ? » after a member: that member then
    return (
        (
            frame.asked in _ON_THE_SITTING_IN_TALK
            or (frame.asked is Asked.SITTING and frame.about in _FACTS_OF_A_SITTING)
        )
        and frame.when.empty
        and not frame.body
        and not frame.number
        and not frame.words
        and not frame.first_person
        and bool(frame.text.strip())  # a bare command (« /quorum ») asks afresh
    )


# What a message naming only a part of an act asks (« date ? », « numéro ? », « son objet
# exact ? »), when an act was just talked about.
_ACT_FIELDS = frozenset(
    (
        "date",
        "numero",
        "num",
        "objet",
        "titre",
        "intitule",
        "sujet",
        "contenu",
        "detail",
        "details",
        "exact",
        "exacte",
        "exactement",
        "precis",
        "precisement",
        "complet",
        "entier",
    )
)


_AMONG_THEM = cues.plain(
    r"\b(?:lesquel\w*|parmi (?:elles|eux|celles|ceux|ces)|dont|et (?:sur|pour)"
    r"|(?:et )?(?:celles|ceux) (?:sur|de|du|des|concernant|pour))\b"
)


_AMONG_WORDS = frozenset(
    """
    parmi elles eux celles ceux lesquelles lesquels dont concernent uniquement seulement juste
    ci la laquelle lequel
    """.split()  # noqa: SIM905
)


def _among_the_counted(frame: Frame, last: dict[str, Any]) -> Frame | None:
    """The frame narrowed to the period whose deliberations were just counted, if they were."""
    # « combien de délibérations le 27 janvier ? », « les délibs du conseil de mars 2022 sur la
    # voirie » then « et celles sur Villars ? »: the same period
    listed = (Asked.DELIBERATION_COUNT.value, Asked.SEARCH.value, Asked.DELIBERATION.value)
    if last.get("asked") not in listed or not last.get("period"):
        return None
    start, end = (date.fromisoformat(day) for day in last["period"])
    words = tuple(w for w in frame.words if w not in _AMONG_WORDS)
    return frame.but(
        asked=Asked.DELIBERATION, words=words, when=When(start=start, end=end, said="")
    )


# « et la précédente ? », « la suivante », « la délib d'avant ? »: a step, said of an act when
# no sitting is named
_STEP_SAID = cues.plain(r"\b(?:precedente?|suivante?|d avant|d apres)\b")
_A_SITTING_NAMED = cues.plain(r"\b(?:seances?|reunions?|sessions?|fois|bureaux?|conseils?)\b")
_ACTS_IN_TALK = frozenset(
    a.value for a in (Asked.DELIBERATION, Asked.SEARCH, Asked.VOTE, Asked.MOST, Asked.NOTHING)
)


async def _act_numbered_as_a_day(ask: Ask, frame: Frame) -> bool:
    """« délibération 2025/06/02 »: figures that are a day and may be an act's number. The
    store decides: an act printed with that number is answered; none, the member is told the
    figures were read as the day, and the day is answered next (False); never a silent guess,
    never « 02025 » looked up."""
    typed = frame.number_or_day or ""
    views = ask.reads.deliberations_numbered(ask.session, typed, typed)
    if views:
        await ask.reply("deliberation", views=views, duplicate=len(views) > 1)
        _remember_deliberations(
            ask, frame.but(asked=Asked.DELIBERATION), [v.deliberation.id or 0 for v in views]
        )
        return True
    if frame.when.on is not None:
        await ask.reply("number_read_as_day", number=typed, on=frame.when.on)
    return False


async def _neighbouring_act(ask: Ask, frame: Frame) -> bool:
    """« la dernière délib du conseil de janvier 2022 » then « et la précédente ? », « la
    suivante ? », « la délib d'avant ? »: the act before (after) the one in talk, in the order
    of its body's sittings and of its numbers, never the sitting before; False when no single
    act is in talk or a sitting is named."""
    folded = fold(frame.text)
    if (
        frame.number
        or frame.words
        or frame.when.dated
        or frame.asked not in (Asked.NOTHING, Asked.SITTING, Asked.DELIBERATION)
        or not _STEP_SAID.search(folded)
        or _A_SITTING_NAMED.search(folded)
    ):
        return False
    talk = _recall(ask)
    ids = talk.get("deliberations") or []
    before = bool(re.search(r"\b(?:precedente?|d avant)\b", folded))
    if len(ids) > 1 and len(talk.get("shown") or ()) > 1 and talk.get("asked") in _ACTS_IN_TALK:
        # « la délib sur la biennale » (two acts) then « et la suivante ? »: after which one
        # is not said; asked, never the list again nor a guess
        await ask.reply("step_of_which", count=len(talk["shown"]), before=before)
        return True
    if not ids or talk.get("asked") not in _ACTS_IN_TALK:
        return False
    acts = [a for i in ids if (a := ask.session.get(Deliberation, int(i))) is not None]
    # « 2022.00133 » printed on two acts, both shown: the number is in talk, stepped from as one
    if len(acts) != len(ids) or len({(a.number, a.sitting_id) for a in acts}) != 1:
        return False
    act = acts[0]
    sitting = ask.session.get(Sitting, act.sitting_id)
    if sitting is None:
        return False
    order = ask.session.exec(
        select(Deliberation.id)
        .join(Sitting, col(Sitting.id) == Deliberation.sitting_id)
        .where(Sitting.body_id == sitting.body_id)
        .order_by(col(Sitting.held_on), col(Deliberation.number))
    ).all()
    places = [order.index(a.id) for a in acts]
    step = min(places) - 1 if before else max(places) + 1
    if not 0 <= step < len(order) or order[step] is None:
        await ask.reply(
            "no_neighbouring_act",
            v=_look(ask, queries.deliberation_views, ids=(act.id,))[0],
            before=before,
        )
        return True
    views = _look(ask, queries.deliberation_views, ids=(int(order[step] or 0),))
    await ask.reply("deliberation", views=views, duplicate=False)
    _remember_deliberations(ask, frame.but(asked=Asked.DELIBERATION), [int(order[step] or 0)])
    return True


def _other_thing_counted(frame: Frame, last: dict[str, Any]) -> Frame | None:
    """A follow-up naming only the other thing counted over a period (« et de délibérations ? »
    after sittings were counted over 2022, « et combien de séances ? » after acts were): the
    same period, that thing counted; None otherwise."""
    period = last.get("period")
    if not period or not frame.when.empty or frame.words or frame.number or frame.first_person:
        return None
    start, end = (date.fromisoformat(day) for day in period)
    when = When(start=start, end=end, said=last.get("said") or "")
    asked = last.get("asked")
    if asked == Asked.SITTINGS.value and frame.asked in (
        Asked.DELIBERATION,
        Asked.DELIBERATION_COUNT,
    ):
        return frame.but(
            asked=Asked.DELIBERATION_COUNT,
            about=About.DELIBERATIONS,
            when=when,
            polar=False,
            follow_up=False,
        )
    if asked == Asked.DELIBERATION_COUNT.value and frame.asked is Asked.SITTINGS:
        return frame.but(when=when, polar=False, follow_up=False)
    return None


_OUTCOME_SAID = cues.plain(
    r"\bl?unanim\w*|\b(?:adoptee?s?|approuvee?s?|passee?s?|acceptee?s?|validee?s?|rejetee?s?"
    r"|refusee?s?)\b"
)


# « lesquelles à l'unanimité ? », « quelles délibs ont été rejetées ? »: the acts asked for
_WHICH_ASKED = cues.plain(r"\b(?:lesquelles|lesquels|quelles?|quels?|liste|lister)\b")
# « la plus contestée de toutes ? », « … de tous les temps », « toutes séances confondues »:
# the ranking is over every act, whatever day is in talk
_EVERY_ACT = cues.plain(
    r"\b(?:de toutes|de tous les temps|toutes seances confondues|tous conseils confondus"
    r"|sur l ensemble|en general|depuis le debut|jamais)\b"
)
# What a day or a period in talk is kept for: a sitting's card, acts counted or listed, a
# ranking of acts
_TIME_OF_ACTS = frozenset(
    a.value
    for a in (
        Asked.SITTING,
        Asked.DELIBERATION_COUNT,
        Asked.DELIBERATION,
        Asked.VOTE,
        Asked.MOST,
        Asked.SITTINGS,
    )
)


# What keeps its sitting as the time in talk (an act's card keeps one too, the act's own)
_OF_ONE_SITTING = frozenset((Asked.SITTING.value, Asked.DELIBERATION_COUNT.value))


def _acts_of_the_time_in_talk(ask: Ask, frame: Frame, last: dict[str, Any]) -> Frame | None:
    """« il s'est passé quoi le 27/01/22 ? » (or « combien de délibs en janvier 2022 ? ») then
    « la plus contestée ? », « et celle avec le plus d'abstentions ? », « lesquelles à
    l'unanimité ? »: the acts of that day or period ranked or listed, never every act known;
    None when the message names its own time, or no day or period is in talk."""
    said = fold(frame.text)
    ranks = frame.asked is Asked.MOST and frame.about in _VOTE_RANKED
    lists = (
        frame.asked is Asked.VOTE
        and bool(_OUTCOME_SAID.search(said))
        and bool(_WHICH_ASKED.search(said))
        and not frame.words
    )
    if not (ranks or lists) or not frame.when.empty or _EVERY_ACT.search(said):
        return None
    if frame.number or frame.body or frame.first_person or last.get("asked") not in _TIME_OF_ACTS:
        return None
    if last.get("period"):
        start, end = (date.fromisoformat(day) for day in last["period"])
    elif last.get("sitting") and last.get("asked") in _OF_ONE_SITTING:
        # « le dernier conseil », « combien de délibs ce jour-là ? » then « la plus
        # contestée ? »: the sitting's day
        start = end = ask.sitting_view(int(last["sitting"])).held_on
    else:
        return None
    said_then = last.get("said") or ""
    when = (
        When(on=start, said=said_then)
        if start == end
        else When(start=start, end=end, said=said_then)
    )
    return frame.but(when=when, follow_up=False)


def _narrowed_count(frame: Frame, last: dict[str, Any]) -> Frame | None:
    """A follow-up naming only an outcome or a body (« et à l'unanimité ? », « et rejetées ? »,
    « combien à l'unanimité ? », « et au bureau ? », « dont combien au conseil ? ») right after
    deliberations were counted over a period: the same count, of that period, by that outcome
    or of that body (the period is never dropped for « au total »)."""
    if last.get("asked") != Asked.DELIBERATION_COUNT.value or not last.get("period"):
        return None
    outcome_said = bool(_OUTCOME_SAID.search(fold(frame.text)))
    if (
        frame.asked not in _NARROWING_A_COUNT
        or frame.number
        or set(frame.words) - _AMONG_WORDS  # « dont combien à l'unanimité ? »
        or frame.first_person
        or not frame.when.empty
        or not (outcome_said or (frame.body and frame.asked is not Asked.DELIBERATION_COUNT))
        or (frame.asked is Asked.SITTING and not (frame.follow_up or "dont" in frame.words))
    ):
        return None
    start, end = (date.fromisoformat(day) for day in last["period"])
    said = last.get("said") or ("séance" if start == end else "")
    rejected = frame.about is About.REJECTED or bool(
        re.search(r"\b(?:rejet|refus)", fold(frame.text))
    )
    return frame.but(
        asked=Asked.DELIBERATION_COUNT,
        about=About.REJECTED if rejected else About.DELIBERATIONS,
        when=When(start=start, end=end, said=said),
        words=(),
        polar=False,
        follow_up=False,
    )


# What a follow-up narrowing a count is read as alone: « et à l'unanimité ? » a vote, « et au
# bureau ? » nothing but a body, « dont combien au conseil ? » a sitting of that body
_NARROWING_A_COUNT = frozenset(
    (Asked.VOTE, Asked.DELIBERATION_COUNT, Asked.NOTHING, Asked.SITTING)
)


def _names_a_field_of_an_act(frame: Frame) -> bool:
    return (
        frame.asked is Asked.SEARCH
        and bool(frame.words)
        and set(frame.words) <= _ACT_FIELDS
        and not frame.number
        and frame.when.empty
        and not frame.body
    )


def _budget_passages(text: str) -> list[str]:
    """The sentences of an act's text saying where its spending is charged (act_facts'
    chapter: « imputées au chapitre 65 du budget Politique de la Ville »), then the others
    naming a budget; two at most."""
    charged = act_facts.aspect_passages(text, act_facts.Asked(Aspect.CHAPTER), limit=2)
    others = [
        p for p in passages(text, "budget", limit=3) if not any(p[:80] == c[:80] for c in charged)
    ]
    return [*charged, *others][:2]


# « c'est sur quel budget ? », « imputé sur quel article ? », « quelle matière ? »: one field
# of the acts the rest of the sentence names
_FIELD_OF = cues.plain(
    r"\b(?:quel|quelle|quels|quelles)\s+(?:(?P<budget>budgets?|articles?|imputations?|lignes?"
    r"|chapitres?)|(?P<matter>matieres?|domaines?|thematiques?|categories?|rubriques?))\b"
    r"|\bimpute\w*\s+(?:sur|a|au)\s+quel"
)
_FIELD_WORDS_ASKED = frozenset(
    """
    quel quelle quels quelles budget budgets article articles imputation imputations ligne
    lignes chapitre chapitres matiere matieres domaine domaines thematique thematiques
    categorie categories rubrique rubriques impute imputee imputes imputees
    """.split()  # noqa: SIM905
)


async def _field_of_acts_named(ask: Ask, frame: Frame, words: str) -> tuple[bool, str]:
    """« le tarif de la biennale c'est sur quel budget ? »: the budget (or the matter) of the
    acts the other words are about, every word held. Not answered when the sentence asks no
    field, or no act, or too many, is about the rest: the words to search then, the field's
    words left out (« quel budget pour la voirie ? » searches « voirie »)."""
    asked = _FIELD_OF.search(fold(frame.text))
    if asked is None:
        return False, words
    topic = " ".join(w for w in words_of(words) if w not in _FIELD_WORDS_ASKED)
    if not words_of(meaningful(topic)):
        return False, words
    ranked, full = _ranked(ask, topic, frame)
    if not 0 < full <= 3:
        return False, topic
    ids = ranked[:full]
    views = _look(ask, queries.deliberation_views, ids=tuple(ids))
    if asked.group("matter"):
        await ask.reply("act_field", views=views, field=ActField.MATTER.value, passages={})
    else:
        await _budget_of_acts(ask, views)
    _remember_deliberations(ask, frame, ids)
    return True, words


async def _budget_of_acts(ask: Ask, views: list[queries.DeliberationView]) -> None:
    """« sur quel budget ? »: each act's budget as open data names it, and the sentences of
    its text that say where it is charged; that the documents do not say, when neither."""
    said = {v.deliberation.id: _budget_passages(v.deliberation.full_text or "") for v in views}
    await ask.reply("act_field", views=views, field=ActField.BUDGET.value, passages=said)


async def _field_of_an_act_in_talk(
    ask: Ask, frame: Frame, field: ActField, last: dict[str, Any]
) -> bool:
    """The field a short follow-up names (act_fields.py), of the acts in talk: their matter,
    the sentences of their text about their budget, who reported them, their card, their
    body and day; when the documents do not give it, that they do not. False when no act is
    in talk (the message is read otherwise)."""
    if not last.get("deliberations"):
        return False
    ids = [int(i) for i in last["deliberations"]]
    views = _look(ask, queries.deliberation_views, ids=tuple(ids))
    if not views:
        return False
    if field is ActField.TOPIC:
        await ask.reply("deliberation", views=views, duplicate=len(views) > 1)
    elif field in (ActField.REPORTER, ActField.WHEN, ActField.BODY):
        about = About.REPORTER if field is ActField.REPORTER else About.WHEN
        facts = frame.but(asked=Asked.DELIBERATION, about=about, polar=False)
        await _answer(
            ask,
            answers.deliberation_facts(session=ask.session, frame=facts, deliberation_ids=ids),
        )
    elif field is ActField.BUDGET:
        await _budget_of_acts(ask, views)
    else:
        await ask.reply("act_field", views=views, field=field.value, passages={})
    _remember_deliberations(ask, frame, ids, shown=_shown_kept(last))
    return True


def _counts_the_act_in_talk(frame: Frame, last: dict[str, Any]) -> bool:
    """Whether a count of votes, nothing else named, is asked of the act just talked about
    (« combien de votants à la séance ? » names the sitting: its voters, not the act's)."""
    return (
        frame.asked is Asked.COUNT
        and frame.about is About.VOTES
        and bool(last.get("deliberations"))
        and frame.when.empty
        and not (frame.body or frame.number or frame.words or frame.first_person)
        and not _SITTING_SAID.search(fold(frame.text))
    )


# The sitting, or an act, named by a count of voters (« combien de votants à la séance ? »,
# « … sur la délibération ? », « … pour ce point ? »): which one's voters are asked
_SITTING_SAID = cues.plain(r"\b(?:seances?|reunions?|sessions?|bureaux?|conseils?)\b")
_ACT_SAID = cues.plain(
    r"\b(?:deliberations?|delibe?s?|decisions?|actes?|(?:ce|le|du|cet|sur ce) (?:point|vote"
    r"|dossier|rapport)|(?:cette|la) decision)\b"
)
_VOTERS_SAID = cues.plain(
    r"\b(?:votants?|ont vote|a vote|ayant vote|participe au vote|presents?)\b"
    # « ils étaient combien à voter ? »
    r"|\bcombien a (?:voter|avoir vote)\b|\bpris part au vote\b"
)


def _voters_of_the_sittings_act(ask: Ask, frame: Frame, last: dict[str, Any]) -> Frame | None:
    """« combien de votants sur la délibération ? » right after a sitting of one act: that
    act's vote (its number set on the frame); None when no act is named or the sitting in
    talk holds several (its own count of voters answers)."""
    if not (
        frame.asked is Asked.COUNT
        and frame.about is About.VOTES
        and not last.get("deliberations")
        and last.get("sitting")
        and frame.when.empty
        and not (frame.body or frame.number or frame.first_person)
        and _ACT_SAID.search(fold(frame.text))
    ):
        return None
    numbers = ask.session.exec(
        select(Deliberation.number).where(Deliberation.sitting_id == int(last["sitting"]))
    ).all()
    if len(numbers) != 1:
        return None
    return frame.but(asked=Asked.VOTE, about=About.VOTES, number=numbers[0], polar=False)


# « y en a pas d'autres ? », « c'est tout ? », « seulement celle-là ? », « la liste est
# complète ? » right after an answer: whether it left anything out, nothing else asked
_NOTHING_ELSE_ASKED = cues.plain(
    r"^(?:et |mais |ok |d accord |donc |alors )?(?:(?:il )?n?\s?y en a (?:pas |t il )?"
    r"(?:d autres?|plus|pas plus)|pas d autres?|aucune? autres?|rien d autre|c est tout"
    r"|tout(?=\s*\?)|seulement (?:celle|celui|ceux|celles|ca|cela|elle|lui|eux)"
    r"(?: ci| la)?|(?:c est |il n y a que |y a que )?(?:le |la |les )?seule?s?(?: \w+)?"
    r"|(?:un|une) seule?|(?:c est |la liste est |elle est )?(?:complete|exhaustive)"
    r"|(?:c est )?la liste (?:est )?(?:complete|exhaustive)|c est complet|c est exhaustif"
    r"|(?:vous en )?(?:oubliez|oublies|avez oublie|as oublie) (?:pas |personne|rien)\w*)"
    # (« y en a pas d'autres délibérations ? »: the kind of entry said)
    r"(?: (?:deliberations?|delibe?s?|actes?|decisions?|seances?|actions?|membres?))?"
    r"(?: (?:alors|donc|vraiment|sur|svp|stp|du coup))?\s*\?*\s*$"
)


# « janvier dernier », « le mois de mars dernier »: a month named, with « dernier »
_MONTH_LAST = cues.plain(
    r"^(?:(?:le |au |du )?mois (?:de |d ))?(?:" + "|".join(fold(m) for m in MONTHS) + r") dernier$"
)


def _latest_month_held(ask: Ask, frame: Frame) -> Frame:
    """« combien de délibs au conseil de janvier dernier ? »: « X dernier » is the latest
    month X before today that holds a sitting of the body asked (of any body, none named),
    however many years back; the frame as read when that month of the last twelve holds one,
    or when no month X ever did."""
    when = frame.when
    start, end = when.start, when.end
    if start is None or end is None or start.month != end.month or start.year != end.year:
        return frame
    if not _MONTH_LAST.match(fold(when.said).strip()):
        return frame
    bodies = _body_ids(ask, frame, [])
    today = ask.runtime.today()
    if _look(ask, lookups.sittings_matching, body_ids=bodies, start=start, end=end):
        return frame
    held = [
        s.held_on
        for s in _look(ask, lookups.sittings_matching, body_ids=bodies, month=start.month)
        if s.held_on < today
    ]
    latest = max(held, default=None)
    if latest is None or (latest.year, latest.month) == (today.year, today.month):
        # said in July, « juillet dernier » is a year back: a sitting earlier this month is
        # offered as such (_same_time_of_year), never taken for it silently
        return frame
    year = latest.year
    first = date(year, start.month, 1)
    last = date(year + (start.month == 12), start.month % 12 + 1, 1) - _DAY
    said = f"{MONTHS[start.month - 1]} {year}"
    return frame.but(when=replace(when, start=first, end=last, said=said))


async def answer_frame(ask: Ask, frame: Frame) -> None:
    """Answer one frame read from a sentence."""
    if frame.invalid_date:
        await ask.reply("invalid_date", text=frame.invalid_date)
        return
    if frame.number_or_day and await _act_numbered_as_a_day(ask, frame):
        return  # « délibération 2025/06/02 »: the act a council numbered so
    frame = _latest_month_held(ask, frame)  # « le conseil de janvier dernier »
    if not frame.number and (designation := designation_asked(frame.text)) is not None:
        await _designated(ask, frame, designation)
        return  # « qui a été désigné au SIEL ? »: never the proxies of a sitting nor a search
    if _NOTHING_ELSE_ASKED.match(fold(frame.text)) and (kept := _recall(ask)):
        # « y en a pas d'autres ? » after a list: the answer said everything the documents
        # hold, said so (it answered the help text, or searched « seulement »); after a list
        # of acts, how many there are in all
        if await _list_complete(ask, kept):
            return
        sitting = kept.get("sitting")
        await ask.reply(
            "nothing_else",
            acts=len(kept.get("deliberations") or []),
            s=ask.sitting_view(int(sitting)) if sitting else None,
        )
        return
    if await _which_of_the_choices(ask, frame):
        return  # « Gilles était là ? » (which one?) then « lequel était absent ? »
    if await _which_in_talk(ask, frame):
        return  # « c'est lequel ? », « c'est Gilles ou Jean ? » after an answer about a member
    frame = _whom_in_talk(ask, frame)
    frame = _proxies_in_talk(ask, frame)
    frame = _in_the_roll_call_shown(ask, frame)
    if _asks_a_proxy_as_a_vote(ask, frame):
        # « Bonnet a voté pour Jouve ? », « j'ai voté pour Artigues ? »: a member voted for
        # is the proxy carried, never a deliberation's vote
        frame = frame.but(asked=Asked.PROXY, about=About.HELD, polar=True)
    if _asks_a_members_weight(ask, frame):
        # « j'avais combien de voix ? », « combien de voix portait Rivat ? »: that member's
        # votes at the sitting (present, plus the proxies carried), not the sitting's votants
        frame = frame.but(asked=Asked.PROXY, about=About.VOTES, polar=False)
    if (voted := _a_vote_on_a_topic(ask, frame)) is not None:
        frame = voted  # « quelqu'un a voté contre le crématorium ? »: its votes, not the roll
    frame = _share_of_a_vote(frame)  # « quel % de pour sur le DOB ? »: that vote's share
    if others_asked(frame.text) and await _the_others(ask):
        return  # « Laget et Tardy étaient là ? » then « et les autres ? »: the rest of the roll
    if _of_an_action(frame) and await _field_of_the_action_in_talk(ask, frame, _recall(ask)):
        return  # « c'était pour quel axe ? », « la Région met combien ? » after an action
    if (
        _COMMUNES_ASKED.search(fold(frame.text))
        and len(fold(frame.text).split()) <= 6
        and not frame.number
        and frame.when.empty
        and (kept := _recall(ask)).get("deliberations")
        and _actions_of_acts(ask, [int(i) for i in kept["deliberations"]][:3])
        and await _actions_of_acts_in_talk(
            ask, frame, {**kept, "asked": Asked.ACTIONS.value}, "territory"
        )
    ):
        return  # « quelles communes ? » after an act that funds actions: where they act
    if (
        (period := act_facts.period_asked(frame.text)) is not None
        and _IT_IS.search(fold(frame.text))
        and act_sets.whether_asked(frame.text, frame.polar)
        and await _period_of_an_act(ask, frame, period)
    ):
        return  # « la convention avec AESIO c'est de l'annuel ? »: Non, pluriannuelle
    if (
        not frame.number
        and frame.when.empty
        and (field := action_field_asked(frame.text)) in ("territory", "carrier")
        and len(fold(frame.text).split()) <= _SHORT_FOLLOW_UP
        # « la médiatrice intervient sur quel territoire ? » names a funded action of its
        # own: that action's territory, never the act in talk's commune
        and not _an_action_named(ask, frame)
        and await _place_or_carrier_of_the_act(ask, frame, field)
    ):
        return  # « la délib 2022.00034 » then « pour quelle commune ? »: its title says it
    if await _acts_by_vote_bound(ask, frame):
        return  # « les délibérations à plus de 100 voix pour »: those acts, not one act's vote
    if await _topic_edge(ask, frame):
        return  # « la dernière fois qu'on a parlé de l'eau »: that topic's latest sitting
    if await _act_of_rank(ask, frame):
        return  # « la première délibération de 2022 », « la dernière délib du bureau »
    if frame.among is Among.UNKNOWN and _a_first_name_of_several(ask, frame.among_said):
        # « combien de gilles présents ? »: the members of that first name, never nobody
        frame = frame.but(among=Among.FIRST_NAME)
    if frame.among in AMONG_NOT_HELD and frame.among is not None:
        # « ceux du groupe X étaient là ? », « les vice-présidents présents », « il est de
        # quelle commune ? »: the documents never say it of each member; said, no list dumped
        await ask.reply("among_not_held", among=frame.among.value, said=frame.among_said)
        return
    # The thread is read only when the message leans on it (« et les excusés ? », « et lui ? »);
    # a question that stands alone, dated or not, is answered as asked (without a date: the
    # latest sitting), whatever was asked before.
    leans = frame.follow_up or frame.pronoun or frame.in_talk or _leans_on_thread(frame)
    leans = leans or frame.asked in (Asked.WHY, Asked.NOTHING) or _of_the_period_in_talk(frame)
    # « la séance d'avant ? », « la précédente », « celle d'après »: a step from the sitting in
    # talk, with or without « et » (without, it was read afresh: the latest or the next one)
    leans = leans or (
        frame.when.relative in (Relative.BEFORE, Relative.AFTER) and not frame.when.dated
    )
    last = _recall(ask) if leans or frame.pick else {}
    if await _neighbouring_act(ask, frame):
        return  # « la dernière délib de janvier 2022 » then « et la précédente ? »
    if await _refine_the_set(ask, frame, last):
        return  # « le plan de relance » then « et celles adoptées à l'unanimité ? »
    if await _count_of_the_list(ask, frame, last):
        return  # « les délibérations votées à l'unanimité » then « il y en a combien ? »
    if await _count_of_what_was_listed(ask, frame, last):
        return  # « les séances du conseil » then « combien ? »: those listed
    if (in_time := _acts_of_the_time_in_talk(ask, frame, last or _recall(ask))) is not None:
        # « le conseil du 27 janvier 2022 » then « la plus contestée ? », « lesquelles à
        # l'unanimité ? »: that sitting's acts ranked or listed, not every act known
        frame = in_time
    if (
        frame.asked in _NARROWING_A_COUNT
        and (narrowed := _narrowed_count(frame, last or _recall(ask))) is not None
    ):
        # « combien de délibérations en janvier 2022 ? » then « et à l'unanimité ? », « dont
        # combien au bureau ? »: those of that period, counted by outcome or of that body (it
        # answered the latest sitting's votes, the Bureau's card, or every year's acts)
        frame = narrowed
    if frame.follow_up and (other := _other_thing_counted(frame, last or _recall(ask))):
        # « combien de séances en 2022 ? » then « et de délibérations ? »: those of 2022,
        # counted (never every act known, nor the latest sitting's)
        frame = other
    if (holder_away := _holder_away_case(ask, frame)) is not None:
        # « je donne pouvoir à Berger » then « et si Berger est absente aussi ? »: the case of
        # a holder away put to the law, said of that colleague (never her past presence)
        frame = holder_away
    if (
        last.get("rule")
        and not _a_members_presence(ask, frame)
        and (on_rule := _on_the_rule_in_talk(frame, last)) is not None
    ):
        # « c'est quoi le quorum ? » then « et les pouvoirs comptent ? », « et pour le
        # conseil ? », « et en 2021 ? », « pourquoi ça a changé ? »: the law still
        frame = on_rule
    if (
        (pointed := _pointed_into_a_list(frame, ask.runtime.today())) is not None
        and _a_list_in_talk(kept := last or _recall(ask))
        and await _entry_of_the_list(ask, frame, kept, pointed)
    ):
        # « et la deuxième ? », « le 2 », « la matière de la 3e ? » right after a list of
        # acts, sittings or actions: that entry, or the field asked of it
        return
    if (
        pointed is not None
        and pointed.rank in (1, -1)
        and not pointed.middle
        and frame.asked is Asked.SEARCH
        and (counted_over := _period_of_acts_counted(last or _recall(ask))) is not None
        and await _ranked_among(
            ask, frame, frame, counted_over, 0 if pointed.rank == 1 else -1, 1, several=False
        )
    ):
        # « combien de délibs en 2024 ? » then « et la plus récente ? »: no list was shown,
        # the act of that rank among those counted (it answered the asker's attendance)
        return
    if pointed is not None and pointed.middle and not last.get("sitting"):
        # « celle du milieu » with no list shown: of nothing, not a search for « milieu »
        await ask.reply("pick_without_list", rank=0)
        return
    if (
        not frame.number
        and frame.when.empty
        # read only with an act in talk, which it is a field of: most questions have none
        and (last or _recall(ask)).get("deliberations")
        and (field := act_field_asked(frame.text)) is not None
        and await _field_of_an_act_in_talk(ask, frame, field, last or _recall(ask))
    ):
        return  # « la matière ? », « et le budget ? », « qui rapportait ? » after an act
    if (
        frame.pick
        and frame.pick > 0
        and not frame.item
        and not last.get("shown")
        and last.get("sitting")
        and frame.asked in _ABOUT_AN_ITEM
    ):
        # « et la troisième ? » right after a sitting's card: the third of its acts
        frame = frame.but(item=frame.pick, pick=None, words=())
    elif (
        frame.pick
        and frame.pick > 0
        and frame.asked is Asked.SEARCH
        and len(frame.words) <= 1
        and not _a_list_in_talk(last)
        and not last.get("sitting")
    ):
        # « et la deuxième ? » with no list nor sitting in talk: the second of nothing shown,
        # not a search for the word « deuxième »
        await ask.reply("pick_without_list", rank=frame.pick)
        return
    if (
        frame.polar
        and frame.asked in _ABOUT_AN_ACTION
        and (amount := act_facts.amount_typed(frame.text)) is not None
        and await _amount_checked(ask, frame, amount)
    ):
        return  # « AESIO a reçu 100 000 euros ? »: Non, 94 000 €
    if (
        frame.asked in (*_ABOUT_AN_ACT_TEXT, Asked.DELIBERATION_COUNT)
        and (money := act_facts.aspect_asked(frame.text)) is not None
        and money.aspect is Aspect.AMOUNT
        and (last or _recall(ask)).get("asked") != Asked.ACTIONS.value
        # remembered as asked of the act: « et ça coûte combien ? » next stays on it
        and await _aspect_of_an_act(ask, frame.but(asked=Asked.DELIBERATION))
    ):
        return  # « combien d'argent engage la délib ? »: the sentence of its text saying it
    if (
        (
            (frame.asked in _ABOUT_AN_ACTION and frame.about is None)
            # « ça se passe où ? » right after an action: its territory, not a sitting's place
            or (frame.about is About.PLACE and frame.when.empty and not frame.body)
        )
        and not frame.number
        # the fact first: most sentences ask none, and it reads only the words
        and (fact := action_fact(frame.text)) is not None
        # « les subventions de moins de 500 € » next: the actions under it, not the act's amount
        and act_facts.bound_asked(frame.text) is None
        and _only_the_act_in_talk(ask, frame, last or _recall(ask))
        and await _actions_of_acts_in_talk(ask, frame, last or _recall(ask), fact)
    ):
        return  # « et ça coûte combien ? », « c'est porté par qui ? » after an act or action
    if (
        frame.asked in (Asked.HELP, Asked.NOTHING, Asked.SEARCH)
        and _GOT_IT.search(fold(frame.text))
        and (talk := _recall(ask)).get("asked") == Asked.QUORUM.value
        and talk.get("sitting")
    ):
        # « et le quorum ? » then « on l'a eu ? », « donc on l'avait ? »: that quorum, yes or no
        quorum = frame.but(asked=Asked.QUORUM, polar=True, words=(), follow_up=False)
        await answer_on_sitting(ask, quorum, int(talk["sitting"]), [])
        return
    if await _signatures_of_a_sitting(ask, frame):
        return  # « qui a signé le PV ? »: the signatures of a sitting's acts, the sitting named
    if (
        frame.asked in _ABOUT_AN_ACT_TEXT
        or (frame.asked in (Asked.SITTING, Asked.VOTE) and frame.words)
        or frame.asked is Asked.RULE
        # « ça commence quand ? » after an act: when it applies, not its sitting's hour
        or (
            frame.asked is Asked.SITTING
            and (when_asked := act_facts.aspect_asked(frame.text)) is not None
            and _when_of_the_act_in_talk(ask, frame, when_asked)
        )
    ) and await _aspect_of_an_act(ask, frame):
        return  # « c'est pour combien d'années ? », « la part de l'État dans le CLS ? »
    if (
        frame.asked in _ABOUT_AN_AMOUNT
        and not frame.number
        and not frame.item
        and (amount := act_facts.amount_typed(frame.text)) is not None
        and act_facts.bound_asked(frame.text) is None  # « de moins de 1 000 € »: a bound
        and await _amount_typed(ask, frame, amount)
    ):
        return  # « 94 000 € c'est quoi ? », « 94k€ pour qui ? », « le projet à 94 000 »
    if frame.item and frame.asked in _ABOUT_AN_ITEM and not frame.number:
        # « et le point 3 ? », « le 2e point c'était quoi ? »: that item of the sitting in talk
        await _sitting_item(ask, frame, last or _recall(ask))
        return
    if (
        frame.asked is Asked.NOTHING
        and last.get("shown")
        and len(last["shown"]) < _SHOWN_KEPT
        and _HOW_MANY.search(fold(frame.text))
    ):
        # « les délibérations sur Saint-Chamond ? » then « combien en tout ? »: that list's
        # count; the list stays in talk for « la plus récente ? » next
        await ask.reply("answer_listed_count", count=len(last["shown"]))
        return
    if frame.asked is Asked.NOTHING and frame.among in (Among.WOMEN, Among.MEN) and not last:
        # « combien de femmes ? » with no list in talk: the members of each body, counted
        frame = frame.but(asked=Asked.MEMBERS, about=About.IN_OFFICE, follow_up=False)
    if await _money_of_acts(ask, frame, last):
        return  # « combien pour la 2024.00417 ? », « pour quel total ? » after an act
    if (
        frame.asked is Asked.DELIBERATION_COUNT
        and frame.number
        and _VOTE_SAID.search(fold(frame.text))
    ):
        # « la 2022.00116, adoptée à combien ? »: that act's vote, not every act counted
        frame = frame.but(asked=Asked.VOTE, about=About.FOR, polar=False)
    if not leans:
        last = {}
    if (
        frame.asked is Asked.SEARCH
        and frame.words
        and frame.when.empty
        and _AMONG_THEM.search(fold(frame.text))
        and (among := _among_the_counted(frame, last or _recall(ask))) is not None
    ):
        # « le conseil du 27 janvier, combien de délibérations ? » then « lesquelles
        # concernent des PLU ? »: those of that period, not of every sitting
        frame = among
    if (
        _names_a_field_of_an_act(frame)
        and "titre" in frame.words
        and (frame.pronoun or frame.follow_up)
        and not (kept := last or _recall(ask)).get("deliberations")
        and (people := kept.get("members") or kept.get("named"))
    ):
        # « qui présidait ? » then « et son titre ? »: the title she signs under, her roles
        # (after an act, « son titre » is the act's: below)
        await _roles(ask, [int(m) for m in people])
        return
    if _names_a_field_of_an_act(frame) and await _field_of_an_act_in_talk(
        ask,
        frame,
        ActField.WHEN if "date" in frame.words else ActField.TOPIC,
        last or _recall(ask),
    ):
        return  # « La 2022.00033 ? » then « date ? », « et son objet exact ? »
    if (
        frame.when.empty
        and _FOR_HOW_MANY_SITTINGS.search(fold(frame.text))
        and (kept := last or _recall(ask)).get("asked") == Asked.PROXY.value
        and kept.get("sitting")
    ):
        # « Driol a donné pouvoir à qui ? » then « pour combien de séances ? »: the sitting that
        # proxy was given for, and how long the law lets one last
        await ask.reply(
            "answer_proxy_span",
            s=ask.sitting_view(int(kept["sitting"])),
            max_consecutive=MAX_CONSECUTIVE_PROXY_SITTINGS,
        )
        return
    if (
        not frame.number
        and frame.when.empty
        and not [w for w in frame.words if w not in act_facts.ASPECT_WORDS]  # « les vœux … »
        and (
            _BODY_OF_THE_ACT.search(fold(frame.text))
            or _by_whom_after_a_day(frame, last or _recall(ask))
        )
        and (acts := (last or _recall(ask)).get("deliberations"))
    ):
        # « la subvention AESIO, c'est quelle délib ? » then « votée par qui, le conseil ? »:
        # that act's sitting and body, « Non » when another body is named
        ids = [int(i) for i in acts]
        dated = frame.but(asked=Asked.DELIBERATION, about=About.WHEN)
        await _answer(
            ask,
            answers.deliberation_facts(
                session=ask.session,
                frame=dated,
                deliberation_ids=ids,
                # « c'était à quel conseil ? » asks which, not whether
                body_asked=None if re.search(r"\bquel", fold(frame.text)) else frame.body,
            ),
        )
        _remember_deliberations(ask, frame, ids, shown=_shown_kept(last or _recall(ask)))
        return
    if (
        frame.asked is Asked.SEARCH
        and frame.words
        and set(frame.words) <= _SHARE_WORDS | _SEATS_WORDS
        and set(frame.words) & _SHARE_WORDS
        and frame.when.empty
        and not frame.body
        and (kept := last or _recall(ask)).get("asked") == Asked.COUNT.value
    ):
        # « combien d'excusés ? » then « ça fait quel pourcentage ? », « et en proportion des
        # membres ? »: that count, with its share of the seats (never a search)
        frame, last = frame.but(words=(), follow_up=True), kept
    if (
        frame.asked is Asked.SEARCH
        and frame.words
        and _PART_ASKED.search(fold(frame.text))
        and ask.resolve(frame.text, in_text=True).status != "unknown"
    ):
        # « et Fayolle, elle faisait quoi ? », « c'était quoi le rôle de Dallara ? »: what that
        # member was at the sitting (présente, présidait, secrétaire, représentée), whatever
        # was asked before
        frame = frame.but(asked=Asked.PRESENCE, about=About.EITHER, polar=False)
    if _names_someone_after(ask, frame, last) or _the_asker_after(frame, last):
        # « quorum du 4 juillet » then « et Thizy ? », « les séances de 2022 » then « et
        # Berger ? », an act then « et Rivat ? »: that member there, never the last answer
        # again; « le 4 juillet » then « et moi ? »: the asker's own part there
        if (
            last.get("deliberations")
            and last["asked"] in _OF_AN_ACT
            and last.get("sitting")
            and await _member_votes(ask, frame, last)
        ):
            return
        if last.get("sitting") and last.get("about") == About.PROXIES.value:
            # « combien de pouvoirs ? » then « et Berger, elle en avait un ? »: her proxy
            held = _ONE_IN_HAND.search(fold(frame.text))
            frame = frame.but(asked=Asked.PROXY, about=About.HELD if held else None, polar=False)
        elif last.get("sitting"):
            frame = frame.but(asked=Asked.PRESENCE, about=About.EITHER, polar=False)
        elif frame.when.empty and (shown := last.get("sittings_shown")):
            # « les séances de 2022 » then « et Berger ? »: her record over those sittings
            days = sorted(ask.sitting_view(int(i)).held_on for i in shown)
            frame = frame.but(
                asked=Asked.RECORD if len(days) > 1 else Asked.PRESENCE,
                about=None if len(days) > 1 else About.EITHER,
                polar=False,
                when=When(start=days[0], end=days[-1]) if len(days) > 1 else When(on=days[0]),
            )
        else:
            frame = frame.but(asked=Asked.RECORD, about=None, polar=False)
            if frame.when.empty and last.get("period"):
                start, end = (date.fromisoformat(day) for day in last["period"])
                frame = frame.but(when=When(start=start, end=end, said=last.get("said") or ""))
    if frame.follow_up and _another_action_named(ask, frame, last):
        # « et la médiatrice, quel territoire ? » right after another act: that action's
        # field, asked afresh (never the words searched as a topic of the act in talk)
        frame = frame.but(follow_up=False)
    if frame.follow_up or frame.asked is Asked.NOTHING:
        frame = _complete(frame, last)
    if (frame.follow_up or _of_the_period_in_talk(frame)) and last:
        frame = _shifted(frame, last, ask)
    if frame.asked is Asked.NOTHING and not frame.when.empty and not last:
        # « et le 4 juillet ? » with nothing to complete: that day's sitting.
        frame = frame.but(asked=Asked.SITTING)
    if frame.asked is Asked.NOTHING and frame.number and not last:
        # « et la 2022.00109 ? » with nothing to complete: that act
        frame = frame.but(asked=Asked.DELIBERATION)
    # « et en une phrase ? », « résume-moi ça » right after an act or a sitting: that one
    brief_of_last = frame.brief and frame.asked in (Asked.NOTHING, Asked.HELP) and not frame.words
    if brief_of_last and await _in_brief(ask, last or _recall(ask)):
        return
    if frame.asked is Asked.NOTHING and not last and _MEMBERS_NAMED.search(fold(frame.text)):
        # « la liste des élus », « qui sont les membres ? » with nothing counted before: the
        # members of each body, never « précisez »
        frame = frame.but(asked=Asked.MEMBERS, follow_up=False, polar=False)
    if frame.asked is Asked.NOTHING:
        await ask.reply("nothing_to_complete")
        return
    if _counts_the_act_in_talk(frame, last):
        # « le fonds de concours de Saint-Héand ? » then « combien de pour ? », « et les
        # suffrages exprimés ? »: that act's vote, not its sitting's voters; « combien de
        # votants ? »: the act's voters, the act named
        voters = About.VOTES if _VOTERS_SAID.search(fold(frame.text)) else About.FOR
        frame = frame.but(asked=Asked.VOTE, about=voters, polar=False)
    elif (of_its_act := _voters_of_the_sittings_act(ask, frame, last)) is not None:
        frame = of_its_act
    if frame.asked in (Asked.ABSENCE, Asked.PRESENCE) and away_for_a_reason(fold(frame.text)):
        # « qui était malade le 4 juillet ? »: no document says why, then who was away
        # (« Bouchet était malade ? » gets no « Oui » that would say he was)
        await ask.reply("absence_reason_unpublished")
        if frame.polar:
            frame = frame.but(asked=Asked.PRESENCE, about=About.EITHER, polar=False)
    frame = _declared_in_a_word(ask, frame)
    frame = _fresh_proxies(ask, frame)
    frame = _convened_counted(frame)
    frame = _every_act_asked(frame)
    today = ask.runtime.today()
    question = to_question(frame, today)
    if frame.asked is Asked.PROXY and await proxies.way_unsaid(ask, frame.text, question.on):
        return  # « procuration Rivat 18 juillet »: given or asked about? asked, never guessed
    if frame.asked is Asked.ACTIONS and await _field_of_an_action_named(
        ask, frame, " ".join(frame.words)
    ):
        return  # « l'action des médiateurs santé couvre quel secteur ? »: its own field
    if (
        frame.asked in (Asked.HELP, Asked.NOTHING)
        and not frame.words
        and act_facts.bound_asked(frame.text) is not None
    ):
        # « plus de 10 000 € ? », « et de moins de 5 000 euros ? »: the funded actions over
        # or under that amount, never the help text
        await show_actions(ask, "", question=frame.text)
        return
    match frame.asked:
        case Asked.HELP:
            await ask.reply("help", evening=greetings.evening(frame.text))  # « bonsoir »
            return
        case Asked.THANKS | Asked.GREETING | Asked.GOODBYE | Asked.ACKNOWLEDGED | Asked.REPHRASE:
            # a short answer, nothing was asked; a greeting or a wish answered in kind
            await ask.reply(
                frame.asked.value,
                evening=greetings.evening(frame.text),
                wish=greetings.wish(frame.text),
            )
            return
        case Asked.RULE:
            await _answer_rule(ask, frame)
            return
        case Asked.GIVE_PROXY if frame.about is About.WHO_MAY_HOLD and not (
            proxies.coming_for(ask)
        ):
            # « qui pourrait porter mon pouvoir ? » with no sitting to come: the law says who
            await _answer_rule(ask, frame.but(asked=Asked.RULE))
            return
        case Asked.GIVE_PROXY:
            target = await proxies.sitting_named(ask, frame)
            if target is False:
                return  # « pour le conseil » with no Conseil convened: said, nothing offered
            holder = _holder_in_talk(ask, frame, question)
            await proxies.offer_proxy(
                ask,
                question,
                holder,
                None if target is True else target,
                seeking=frame.about is About.WHO_MAY_HOLD,
                whether=frame.about is About.MAY_I,
            )
            return
        case Asked.REVOKE_PROXY:
            await proxies.revoke_proxy(ask, question)
            return
        case Asked.HOLDER_TOLD:
            await proxies.holder_informed(ask)
            return
        case Asked.DECLINE_PROXY:
            await proxies.decline_in_words(ask, frame.text, question.on)
            return
        case Asked.MY_PROXIES:
            await proxies.show_my_proxies(ask)
            return
        case Asked.RECORDED:
            await proxies.show_recorded(ask, polar=frame.polar)
            return
        case Asked.RECEIPTS:
            await _receipts(ask, frame, last)
            return
        case Asked.DECLARE_PRESENT | Asked.DECLARE_ABSENT:
            # « je serai absent au bureau de février »: that month's, never the next sitting
            target = await proxies.sitting_named(ask, frame)
            if target is False:
                return
            on = _weekday_to_come(frame, question.on, today)
            if (
                on is None
                and target is True
                and frame.when.empty
                and (on_the_way(frame.text) or arrived_now(frame.text))
            ):
                on = today  # « j'arrive dans dix minutes »: today's sitting, or none today
            if on is None and frame.when.day is not None and target is True:
                # « je serai absent le 11 »: that day's sitting, never the next one instead
                on = day_numbered(frame.when.day, today)
                if on is not None and on.month != today.month:
                    # « absent le 4 » said on the 10th: a coming sitting on a 4th, or the
                    # coming ones said, never the 4th of next month read unasked
                    numbered = await proxies.sitting_of_day_number(ask, frame.when.day)
                    if numbered is not None:
                        await proxies.declare(
                            ask, numbered, present=frame.asked is Asked.DECLARE_PRESENT
                        )
                    return
            present = frame.asked is Asked.DECLARE_PRESENT
            if (
                on is not None
                and on < today
                and target is True
                # « je serai en retard le 4 juillet » said on the 10th: the day is gone
                and await proxies.declared_day_gone(ask, on, present)
            ):
                return
            sitting = await proxies.members_sitting(ask, on) if target is True else target
            if sitting is not None:
                await proxies.declare(ask, sitting, present=present)
            return
        case Asked.ACTIONS if _carriers_asked(frame):
            # « quelles associations sont financées ? », « les porteurs de projets ? »: who is
            # funded, every action's carrier (« associations » is who, not a topic searched)
            await answer_frame(ask, frame.but(words=()))
            return
        case Asked.ACTIONS if _acts_only(ask, frame):
            # « on a financé quoi à Farnay dans le plan de relance ? »: no funded action holds
            # it, deliberations do (a fonds de concours): that no action does is said, then those
            words = " ".join(words_of(" ".join(frame.words)))
            places = _places_of_actions(ask, frame)
            if not places and await _actions_of_acts_found(ask, frame, words):
                return  # « le fonctionnement de l'action de la 3e tranche »: its act's words
            if not ask.reads.funded_actions(ask.session, words, places).count:
                await ask.reply(
                    "no_actions",
                    words=_as_typed(frame, words) if not places else "",
                    places=places,
                    acts=True,
                    # « y a des actions sur l'emploi ? »: « Non », then the acts on it
                    polar=_whether_about(ask, frame)
                    or (whether_funded(frame.text) and not _WH_ASKED.search(fold(frame.text))),
                )
            await _search(ask, frame.but(asked=Asked.SEARCH))
            return
        case Asked.ACTIONS:
            if await _carrier_of_the_act_in_talk(ask, frame, " ".join(frame.words)):
                return  # « qui s'occupe de l'action ? » after its act: its carrier
            since, until = frame.when.start, frame.when.end
            await show_actions(
                ask,
                " ".join(frame.words),
                _places_of_actions(ask, frame),
                fact=action_fact(frame.text),
                question=frame.text,
                # « les actions financées en 2022 »: those its acts approved then
                period=(since, until) if since and until else None,
                period_said=frame.when.said,
            )
            _remember_acts_of_actions(ask, frame)
            return
        case Asked.SITTINGS:
            # « les séances de 2022 »; « combien de séances en tout ? »: every one known
            if frame.when.dated or re.search(r"\b(?:combien|nombre|nb)\b", fold(frame.text)):
                await _sittings_in(ask, frame)
            else:
                await list_sittings(ask, question)
            return
        case Asked.RANKING if frame.about in (About.PRESIDENT, About.SECRETARY):
            # « qui a présidé le plus souvent ? »: the members by sittings presided
            secretary = frame.about is About.SECRETARY
            officers = _look(
                ask, lookups.officers_ranked, secretary=secretary, today=ask.runtime.today()
            )
            await ask.reply("answer_officers_ranked", ranks=officers[:10], secretary=secretary)
            return
        case Asked.RANKING if await _never_proxied(ask, frame):
            return  # « les élus qui n'ont jamais reçu de pouvoir »: never the attendance's
        case Asked.RANKING:
            most_absent = frame.about is About.ABSENT
            ranks = _look(
                ask,
                lookups.attendance_ranking,
                most_absent=most_absent,
                today=ask.runtime.today(),
                limit=100_000,
            )
            # « qui a le moins d'absences ? » when forty share the best score: the tie said,
            # and how few sittings it rests on, never ten names as if they were the top
            tied = [r for r in ranks if ranks and r.missed == ranks[0].missed]
            await ask.reply(
                "answer_ranking",
                ranks=ranks[:10],
                tied=len(tied),
                most_sittings=max((r.sittings for r in ranks), default=0),
                most_absent=most_absent,
            )
            return
        case Asked.DELIBERATION_COUNT:
            await _deliberation_count(ask, frame)
            return
        case Asked.MOST:
            await _most(ask, frame)
            return
        case Asked.WHY:
            await _why(ask, frame)
            return
        case Asked.VOTE | Asked.PRESENCE if _asks_a_members_vote(ask, frame):
            # « Berger a voté quoi ? », « qui présidait ? et il a voté quoi ? »: how that
            # member voted, not the act's figures nor whether they were there.
            if await _member_votes(ask, frame, last):
                return
            if frame.asked is Asked.VOTE:
                await _deliberations(ask, frame)
                return
        case Asked.VOTE | Asked.DELIBERATION:
            await _deliberations(ask, _without_share_words(frame))
            return
    if (
        frame.asked in (Asked.SITTING, Asked.SEARCH)
        and frame.among is None
        and (counted := _COUNT_OF.search(fold(frame.text)))
        and counted.group(1) in frame.words
        and _a_first_name_of_several(ask, counted.group(1))
    ):
        # « combien de gilles au bureau ? »: the members of that first name, counted
        frame = frame.but(
            asked=Asked.MEMBERS,
            about=About.IN_OFFICE,
            among=Among.FIRST_NAME,
            among_said=counted.group(1),
            words=tuple(w for w in frame.words if w != counted.group(1)),
        )
    if frame.asked is Asked.SEARCH and _where_a_member_was(ask, frame):
        # « Tardy il était où ? », « Berger était où ? »: where that member stood at the
        # latest sitting of their bodies (present, excused, represented), never their card
        frame = frame.but(asked=Asked.PRESENCE, about=About.EITHER, polar=False)
    if (
        frame.asked is Asked.SITTING
        and frame.words
        and (counted := _COUNT_OF.search(fold(frame.text)))
        and counted.group(1) in frame.words
        and counted.group(1) not in NOT_NAMES
        and counted.group(1) not in _AGENDA_ITEMS
        and not ask.reads.deliberation_index(ask.session).holds(counted.group(1))
    ):
        # « combien de licornes au bureau du 4 juillet ? »: nothing the documents count
        await ask.reply("count_not_held", words=_as_typed(frame, counted.group(1)))
        return
    if (
        frame.asked is Asked.SITTING
        and frame.about in (None, About.WHEN)
        and frame.when.empty
        and frame.words
        and not frame.number
        and (acts := _acts_of_an_organisation(ask, frame))
    ):
        # « c'était quel bureau pour AESIO ? », « la séance de la convention avec la Mutualité,
        # c'était quand ? »: a carrier or a topic no member is named, the sitting of its act
        when = frame.but(asked=Asked.DELIBERATION, about=About.WHEN)
        await _answer(
            ask, answers.deliberation_facts(session=ask.session, frame=when, deliberation_ids=acts)
        )
        _remember_deliberations(ask, when, acts)
        return
    if frame.asked is Asked.SITTING and frame.words and not frame.number:
        # « Bouchet au dernier bureau ? »: a member named with a sitting asks where that
        # member was then, as « Chavanne 4 juillet ? » does.
        named = await _members(ask, frame.but(asked=Asked.SEARCH), last)
        if named is None:
            return
        if named:
            frame = frame.but(asked=Asked.PRESENCE, about=About.EITHER, polar=False)
        elif await _topic_at_sitting(ask, frame, last):
            return  # « on a parlé du SIEL au conseil de mars ? »: that sitting's acts on it
        elif frame.text.rstrip().endswith("?") and (unknown := _name_like_words(frame)):
            # « Macron était au bureau ? »: nobody of that name, never the sitting instead.
            await _unknown_or_near(ask, frame, unknown)
            return
    members = await _members(ask, frame, last)
    if members is None:
        return
    if (
        frame.asked in _RECORD_COUNTED
        and not frame.number
        and not (frame.when.dated and not frame.when.start)  # one sitting's day: its roll call
        and (members or frame.first_person)
        and (
            counting := record_count_asked(frame.text)
            or _counted_before(frame, last)
            or _record_yes_no(frame)
        )
        is not None
    ):
        # « combien de séances a présidé Fayolle ? », « combien de fois Bouchet a été absent en
        # 2024 ? », « j'ai raté combien de séances ? »: the number first, then the sittings
        for member_id in members or [ask.asker.member_id or 0]:
            await _record_count(ask, frame, member_id, counting)
        _remember(
            ask, members=members, sitting=None, counted=counting.value, **_frame_state(frame)
        )
        return
    one_sitting = (
        frame.in_talk
        or frame.number
        or frame.body
        or frame.when.relative
        or (frame.when.dated and not frame.when.start)
        or ((frame.follow_up or frame.pronoun) and frame.when.empty and last.get("sitting"))
    )
    if frame.asked is Asked.COUNT and frame.about is About.PROXIES and members and one_sitting:
        # « Degraix portait combien de procurations ce jour-là ? », « j'avais combien de
        # pouvoirs le 4 juillet ? »: that sitting's proxies of the member, in a sentence
        side = _proxy_side_of_count(frame.text)
        frame = frame.but(asked=Asked.PROXY, about=side, polar=False)
    elif frame.asked is Asked.COUNT and frame.about is About.PROXIES and members:
        # « combien de procurations ai-je reçues ? », « Bonnet a porté combien de pouvoirs ? »:
        # the member's proxies over the known sittings, counted in a sentence, each named
        await _member_proxies_counted(ask, frame, members, none_asked=False)
        return
    if (
        (
            frame.asked is Asked.RECORD
            or (frame.asked in (Asked.PROXY, Asked.MY_PROXIES) and _span(frame.when))
        )
        and (members or (frame.first_person and ask.asker.member_id))
        and not one_sitting
        and proxies_never_asked(frame.text)
    ):
        # « Berger n'a jamais donné de pouvoir en 2024 ? », « je n'ai reçu aucune procuration
        # cette année ? »: « Oui » / « Non » first, then the proxies of the period, each named
        mine = [ask.asker.member_id] if ask.asker.member_id else []
        await _member_proxies_counted(ask, frame, members or mine, none_asked=True)
        return
    if (
        frame.asked is Asked.COUNT
        and members
        and frame.when.empty
        and frame.about in (About.ABSENT, About.EXCUSED, About.PRESENT)
    ):
        # « combien d'absences pour Bouchet ? »: a member's count without a sitting is their
        # record over the known sittings, not one sitting's total.
        frame = frame.but(asked=Asked.RECORD)
    if frame.asked is Asked.SEARCH and members and not frame.number:
        # « Rivat 2024 », « berger en 2022 ? », « Bouchet depuis mars 2023 »: a name and a
        # year or a period alone ask that member's record over it (a day: where they were)
        years = {int(w) for w in frame.words if re.fullmatch(r"(?:19|20)\d\d", w)}
        if frame.when.empty and len(years) == 1:
            year = years.pop()
            in_year = When(start=date(year, 1, 1), end=date(year, 12, 31), said=f"en {year}")
            frame = frame.but(asked=Asked.RECORD, about=None, polar=False, when=in_year)
        elif frame.when.start and frame.when.end and (frame.when.end - frame.when.start).days > 40:
            frame = frame.but(asked=Asked.RECORD, about=None, polar=False)
    if frame.asked is Asked.MEMBERS:
        if not members and frame.pronoun and identity_asked(frame.text):
            await ask.reply("nothing_to_complete")  # « son prénom ? » of nobody in talk
            return
        body = _look(ask, queries.body_by_hint, hint=frame.body) if frame.body else None
        answered = answers.members(
            session=ask.session,
            body_ids=[body.id] if body and body.id else None,
            council_id=ask.asker.council_id,
            member_ids=members,
            frame=frame,
        )
        await _answer(ask, answered)
        _remember(
            ask,
            members=members,
            sitting=last.get("sitting"),
            listed=_members_listed(answered),
            **_frame_state(frame),
        )
        return
    if frame.asked is Asked.RECORD and frame.about is About.ROLE:
        await _roles(ask, members or ([ask.asker.member_id] if ask.asker.member_id else []))
        _remember(ask, members=members, sitting=last.get("sitting"), **_frame_state(frame))
        return
    if frame.asked is Asked.RECORD:
        if not members and frame.pronoun and not frame.first_person:
            # « elle n'a raté aucune réunion ? » where « elle » names nobody found: the asker
            # is « je », never « il » or « elle »; asked who, never the asker's record
            await ask.reply("who_is_meant", sitting=bool(last.get("sitting")))
            return
        # « le bureau du 4 juillet » then « et mes absences ? »: the record over every known
        # sitting, the one in talk marked in it (never that sitting alone, nor its card again)
        marked = last.get("sitting") if frame.follow_up and frame.when.empty else None
        if not members and _body_record_asked(ask, frame):
            await records.show_records(ask, frame.text)
            return
        if not members and not frame.first_person and await _never_proxied(ask, frame):
            return  # « quels élus n'ont jamais donné de pouvoir ? »: never the asker's record
        if not members:
            if ask.asker.member_id is None:
                await ask.reply("members_only")
            else:
                await _answer_record(ask, frame, ask.asker.member_id, marked)
            return
        for member_id in members:
            await _answer_record(ask, frame, member_id, marked)
        _remember(ask, members=members, sitting=last.get("sitting"), **_frame_state(frame))
        return
    if frame.asked is Asked.SEARCH and members and not frame.when.empty:
        # « Chavanne 4 juillet ? »: a name and a date ask where that member was that day.
        frame = frame.but(asked=Asked.PRESENCE, about=About.EITHER, polar=False)
    if (
        frame.asked is Asked.SEARCH
        and not members
        and (_one_sitting_said(frame) or _RANK_ASKED.search(fold(frame.text)))
        and await _topic_at_sitting(ask, frame, last)
    ):
        return  # « il y a un point sur le rugby jeudi prochain ? », « le vélo, quel point ? »
    if (
        frame.asked is Asked.SEARCH
        and members == [ask.asker.member_id]
        and frame.first_person
        and frame.words
        and ask.reads.deliberation_index(ask.session).holds(" ".join(frame.words))
    ):
        # « j'ai besoin d'un truc sur le SCoT »: « je » asks, the topic is what is asked
        members = []
    if frame.asked is Asked.SEARCH:
        if members:
            for member_id in members:
                await show_member(ask, "", member_id)
            if _WHO_IS.search(fold(frame.text)):
                # « qui est Fayolle ? »: who she is, as the documents say it — the sittings
                # she presided, the title she signs under — after her card
                await _roles(ask, members, only_held=True)
            named = _look(ask, lookups.proxy_partners, member_ids=members)
            _remember(
                ask,
                members=members,
                named=named,
                sitting=last.get("sitting"),
                **_frame_state(frame),
            )
            return
        await _search(ask, frame)
        return
    if await _quorum_of_each_sitting(ask, frame):
        return
    if await _counted_over_a_period(ask, frame, members):
        return
    if await _member_over_a_period(ask, frame, members):
        return
    own = _own_proxies_undated(ask, frame, members, last)
    if own and (talked := _recall(ask).get("sitting")) and ask.session.get(Sitting, int(talked)):
        # « le bureau du 4 juillet » then « qui m'a donné pouvoir ? »: the sitting in talk
        await answer_on_sitting(ask, frame, int(talked), members)
        return
    sitting_id = await _sitting(ask, frame, members, last)
    if sitting_id is None:
        return
    await answer_on_sitting(ask, frame, sitting_id, members)
    if own and (coming_id := _coming_for_own_proxies(ask, frame, sitting_id, members)):
        await answer_on_sitting(ask, frame, coming_id, members)


_IMPERFECT_SAID = cues.plain(
    r"\b(?:avai[st]|avaient|portai[st]|portaient|detenai[st]|representai[st]|remplacai[st]"
    r"|etai[st]|tenai[st]|donnai[st])\b"
)


def _own_proxies_undated(ask: Ask, frame: Frame, members: list[int], last: dict[str, Any]) -> bool:
    """Whether the asker's own proxies are asked with no day, body or act named (« qui m'a
    donné pouvoir ? », « à qui j'ai donné pouvoir ? »)."""
    return (
        frame.asked is Asked.PROXY
        and frame.first_person
        and frame.when.empty
        and not (frame.body or frame.number or last.get("sitting"))
        and set(members) <= {ask.asker.member_id}
    )


def _coming_for_own_proxies(
    ask: Ask, frame: Frame, sitting_id: int, members: list[int]
) -> int | None:
    """After the last sitting held, the coming one of the asker's bodies, for the asker's own
    proxies asked with no day (each answer names its sitting: a proxy given for what comes is
    never left unsaid); None when the sitting answered is the coming one or none comes."""
    today = ask.runtime.today()
    held = ask.session.get(Sitting, sitting_id)
    if held is None or held.held_on >= today or _IMPERFECT_SAID.search(fold(frame.text)):
        return None  # « j'avais un pouvoir ? », « je portais … ? »: of a sitting held
    bodies = _body_ids(ask, frame, members)
    coming = _look(ask, lookups.next_sitting, after=today, body_ids=bodies)
    return coming.id if coming is not None and coming.id != sitting_id else None


# What a count over a period tells of each of its sittings (« combien de présents en 2022 ? »)
_COUNTED_EACH = frozenset(
    (About.PRESENT, About.ABSENT, About.EXCUSED, About.PROXIES, About.VOTES, About.IN_OFFICE)
)


# « lequel était absent ? », « laquelle avait un pouvoir ? », « lesquels étaient là ? »
_WHICH_OF_THEM = cues.plain(r"^(?:et |mais |donc |alors )?(?:lequel|laquelle|lesquel(?:le)?s)\b")


_MEMBERS_NAMED = cues.plain(r"\b(?:elus|elues|membres|conseillers|conseilleres)\b")


async def _which_of_the_choices(ask: Ask, frame: Frame) -> bool:
    """« Gilles était là ? » answered « which one? », then « lequel était absent ? »: the
    question asked of every member offered, one line each, at the sitting the first question
    named; never the whole list of the absent. False when no choice of members is pending."""
    if (
        frame.asked not in (Asked.PRESENCE, Asked.ABSENCE, Asked.PROXY)
        or frame.words
        or frame.number
        or not _WHICH_OF_THEM.match(fold(frame.text))
    ):
        return False
    pending = _recall(ask, PENDING_KEY)
    choices = [int(m) for m in pending.get("choices") or []]
    if not choices or not pending.get("text"):
        return False
    first = _read_frame(str(pending["text"]), ask.runtime.today())
    asked = frame.but(polar=True, when=frame.when if not frame.when.empty else first.when)
    sitting_id = await _sitting(ask, asked, choices, {})
    if sitting_id is not None:
        await answer_on_sitting(ask, asked, sitting_id, choices)
    return True


def _people_in_talk(last: dict[str, Any]) -> tuple[list[int], list[int]]:
    """The members the last answer was about, and those it named besides (the other side of a
    proxy); none after a list of acts, sittings or actions, whose entries « lequel » picks."""
    if last.get("deliberations") or last.get("shown") or last.get("sittings_shown"):
        return [], []
    return [int(m) for m in last.get("members") or []], [int(m) for m in last.get("named") or []]


async def _which_in_talk(ask: Ask, frame: Frame) -> bool:
    """« c'est lequel ? », « c'est qui lui ? », « c'est Gilles ou Jean ? », « Gilles comment ? »
    right after an answer about a member: that member named whole (« Oui » / « Non » when one
    first name was checked), never the choice among every member of that first name. False
    when the message is not that, or nobody is in talk."""
    said = which_asked(frame.text)
    if said is None or frame.number or not frame.when.empty:
        return False
    if frame.asked not in (Asked.SEARCH, Asked.HELP, Asked.NOTHING):
        # « lequel des Gilles était représenté ? », « c'est qui le Christian qui était
        # absent ? »: what the member did says which, asked among every bearer of the name
        return False
    members, named = _people_in_talk(_recall(ask))
    if said == "":
        # « c'est qui lui ? » after « qui représentait Fara ? »: the one the answer named
        people = named if named and _asked_who(_recall(ask)) else members or named
        yes = None
    else:
        parts = [p for p in re.split(r"\bou\b|,", said) if p.strip()]
        found = [ask.resolve(p, in_text=True) for p in parts]
        if not any(r.status == "ambiguous" for r in found) and not (
            len(parts) > 1 and any(r.status == "found" for r in found)
        ):
            return False  # « c'est Gilles Thizy ? »: a member named whole, answered as asked
        bearers = {c.member_id for r in found for c in r.candidates}
        people = [m for m in dict.fromkeys([*members, *named]) if m in bearers]
        # « c'est Gilles ? » checks a name; « c'est quel Gilles ? », « Gilles comment ? » ask it
        checked = len(parts) == 1 and not re.search(
            r"\b(?:quel\w*|lequel|laquelle|comment)\b", fold(frame.text)
        )
        yes = True if people and checked else None
        if not people and members:
            people, yes = members, False if checked else None
    views = [view for m in people[:4] if (view := ask.member_view(m)) is not None]
    if not views:
        return False
    await ask.reply("answer_who_in_talk", people=views, yes=yes)
    return True


async def _the_others(ask: Ask) -> bool:
    """« et les autres ? », « et le reste ? » right after an answer about some members at a
    sitting: where every other member of its roll call stood, never those named again. False
    when no member at a sitting is in talk."""
    last = _recall(ask)
    members, named = _people_in_talk(last)
    if not members or not last.get("sitting"):
        return False
    view = ask.sitting_view(int(last["sitting"]))
    left = set(members) | set(named)

    def others(people: list[queries.PersonRef]) -> list[queries.PersonRef]:
        return [p for p in people if p.member_id not in left]

    await ask.reply(
        "answer_the_others",
        s=view,
        told=len(left),
        present=others(view.present),
        represented=[p for p in view.proxies if p.giver.member_id not in left],
        excused=others(view.excused),
        absent=others(view.absent),
    )
    _remember(ask, members=[], sitting=view.id, **_frame_state(Frame(asked=Asked.PRESENCE)))
    return True


# « en » standing for the proxies in talk: « qui en avait le plus ? », « Degraix en avait
# combien ? », « et Laget, il en a eu ? » (« en portait » is a proxy's verb already)
_HAD_SOME = cues.plain(
    r"\ben (avait|avaient|a|ont|aura|aurait|a eu|avait eu|d[ée]tenait|poss[ée]dait)\b", re.I
)


def _proxies_in_talk(ask: Ask, frame: Frame) -> Frame:
    """A follow-up saying the proxies just listed or counted by « en » alone: read as naming
    them (never a member's whole record, never « à quoi se rapporte votre question ? »)."""
    if frame.asked is Asked.PROXY or not _HAD_SOME.search(frame.text):
        return frame
    last = _recall(ask)
    if last.get("about") != About.PROXIES.value and last.get("asked") != Asked.PROXY.value:
        return frame
    said = _HAD_SOME.sub(r"\1 des pouvoirs", frame.text)
    again = _read_frame(said, ask.runtime.today())
    return again.but(text=frame.text, follow_up=True) if again.asked is not Asked.SEARCH else frame


def _whom_in_talk(ask: Ask, frame: Frame) -> Frame:
    """« à qui ? », « de qui ? », « par qui ? » alone, right after a member's presence or
    proxy: the other side of that member's proxy at the sitting in talk (after a sitting's
    proxies counted: who gave them to whom), never the help text."""
    side = whom_asked(frame.text) if frame.asked is Asked.HELP else None
    if side is None:
        return frame
    last = _recall(ask)
    members, _ = _people_in_talk(last)
    if not members and not (last.get("sitting") and last.get("about") == About.PROXIES.value):
        return frame
    return frame.but(
        asked=Asked.PROXY, about=side if members else None, polar=False, follow_up=True
    )


async def _counted_over_a_period(ask: Ask, frame: Frame, members: list[int]) -> bool:
    """« combien de présents en 2022 ? », « combien d'excusés au bureau cette année ? »: the
    count at each sitting held in that period, one line each (« présences non publiées » for a
    sitting known from open data), and their total when every one is known; never « laquelle ? »
    among them, never one of them for the whole period. False when the question is not that
    (one sitting, a member, no period) or the period holds one sitting or none."""
    when = frame.when
    if (
        frame.asked is not Asked.COUNT
        or frame.about not in _COUNTED_EACH
        or members
        or frame.words  # a topic or a name not resolved: not the sittings' roll calls
        or frame.first_person
    ):
        return False
    averaged = not AVERAGE_WORDS.isdisjoint(fold(frame.text).split())
    span = _held_span(ask, frame)
    if span is None and averaged and when.empty:
        # « combien de présents en moyenne ? »: every sitting held, never the latest alone
        span = (date.min, ask.runtime.today() - _DAY)
    if span is None:
        return False
    held = _look(
        ask,
        lookups.sittings_matching,
        body_ids=_body_ids(ask, frame, []),
        start=span[0],
        end=span[1],
    )
    if len(held) < 2:
        return False
    views = sorted((ask.sitting_view(s.id or 0) for s in held), key=lambda v: v.held_on)
    rows = [{"s": view, "n": _figure(view, frame.about)} for view in views]
    known = [n for view in views if (n := _figure(view, frame.about)) is not None]
    await ask.reply(
        "answer_period_counts",
        rows=rows,
        unknown=len(rows) - len(known),
        total=sum(known) if known else None,
        average=round(sum(known) / len(known), 1) if averaged and known else None,
        about=frame.about.value,
        said=when.said,
    )
    _remember(ask, members=[], sitting=None, **_frame_state(frame))
    return True


async def _quorum_of_each_sitting(ask: Ask, frame: Frame) -> bool:
    """« combien de fois le quorum a été atteint ? », « le quorum a-t-il toujours été atteint en
    2023 ? », « quorum atteint en 2022 ? »: the quorum of each sitting held in the period said
    (every sitting known, when « toujours » or « combien de fois » names none), counted, one line
    each (« présences non publiées » for a sitting known from open data); never the latest
    sitting's alone, never « laquelle ? » among them. False when the question is not that, or a
    period holds one sitting or none (then that sitting, or that none was held, is said)."""
    if frame.asked is not Asked.QUORUM or frame.number:
        return False
    each = frame.about is About.EACH_SITTING
    span = _held_span(ask, frame)
    if span is None and not (each and frame.when.empty):
        return False
    today = ask.runtime.today()
    first, last_day = span or (date.min, today - _DAY)
    views = _look(
        ask,
        queries.sitting_quorums,
        body_ids=_body_ids(ask, frame, []),
        start=first,
        end=last_day,
    )
    if len(views) < 2 and not each:
        return False
    met = [v for v in views if v.roll_call and v.quorum_met is True]
    missed = [v for v in views if v.roll_call and v.quorum_met is False]
    unknown = [v for v in views if not v.roll_call]
    # « le quorum a-t-il toujours été atteint ? »: yes or no when every sitting's roll call says
    always = frame.polar and bool(re.search(r"\btoujours\b", fold(frame.text)))
    await ask.reply(
        "answer_quorum_each",
        views=views,
        met=len(met),
        missed=len(missed),
        unknown=len(unknown),
        said=frame.when.said,
        body=_body_name(ask, frame),
        yes=(not missed) if always and views and not unknown else None,
    )
    _remember(ask, members=[], sitting=None, **_frame_state(frame))
    return True


def _held_span(ask: Ask, frame: Frame) -> tuple[date, date] | None:
    """The days of a period said (« en 2022 », « au premier trimestre ») up to yesterday, when
    it is a period of sittings held; None for one day, no period, an act's number, or a time to
    come (nothing held to count yet)."""
    when = frame.when
    if frame.number or when.on is not None or when.start is None or when.end is None:
        return None
    today = ask.runtime.today()
    return None if when.start >= today else (when.start, min(when.end, today - _DAY))


async def _member_over_a_period(ask: Ask, frame: Frame, members: list[int]) -> bool:
    """« Berger était là en 2022 ? », « pareil pour elle en 2024 », « Bouchet absent cet
    hiver ? »: a member's presence over a period that held several sittings is answered at
    each of them (at most `_EACH_AT_MOST`, the most recent), never « laquelle ? » among them.
    False when the question is not that, or the period holds one sitting or none."""
    when = frame.when
    if (
        frame.asked not in (Asked.PRESENCE, Asked.ABSENCE)
        or not (members or (frame.first_person and ask.asker.member_id))
        or len(members) > 3
        or (span := _held_span(ask, frame)) is None
    ):
        return False
    bodies = _body_ids(ask, frame, members)
    for body_ids in (bodies, None) if bodies and not frame.body else (bodies,):
        # (as `_sitting` does: the members' bodies did not sit then, another did)
        held = _look(
            ask,
            lookups.sittings_matching,
            body_ids=body_ids,
            start=span[0],
            end=span[1],
        )
        if held:
            break
    if len(held) < 2:
        return False
    latest = sorted(held, key=lambda s: s.held_on)[-_EACH_AT_MOST:]  # (a view each, no more)
    views = [ask.sitting_view(s.id or 0) for s in latest]
    published = [view for view in views if view.roll_call]
    if unpublished := [view for view in views if not view.roll_call]:
        # (one sentence for the sittings known from open data, not one each)
        ids = members or [ask.asker.member_id or 0]
        people = [person for m in ids if (person := ask.member_view(m)) is not None]
        you = frame.first_person and ids == [ask.asker.member_id]
        await ask.reply(
            "answer_presence_unpublished", sittings=unpublished, people=people, you=you
        )
        if not published:
            _remember(ask, members=ids, sitting=unpublished[-1].id, **_frame_state(frame))
    for view in published:
        day = When(on=view.held_on, said=when.said)
        await answer_on_sitting(ask, frame.but(when=day), view.id, members)
    return True


# A member's presence asked over a period: the sittings answered one by one, at most
_EACH_AT_MOST = 4


async def other_sittings_named(ask: Ask, text: str) -> None:
    """A proxy asked for several sittings in one message (« pour le 17 décembre et pour le 4
    juillet 2024 », « puis pour janvier, février et mars »): the first is proposed; each other
    day or month is said to be past, not scheduled yet, or another sitting to give it for."""
    mentions = find_dates(text)
    proposed = proxies.pending_sitting(ask)
    sitting = ask.session.get(Sitting, proposed) if proposed else None
    if sitting is not None:  # the day proposed is not another day
        on = sitting.held_on
        kept = [
            m
            for m in mentions
            # (« pour le bureau de février »: the month of the sitting proposed is that one)
            if not (m.day in (None, on.day) and m.month == on.month and m.year in (None, on.year))
        ]
        # « pouvoir à Bony pour le 19 décembre », no sitting that day: the proposal already
        # said so and offered the next one; the day asked is not another sitting named
        substituted = len(kept) == len(mentions) and mentions and mentions[0].day is not None
        mentions = mentions[1:] if substituted else kept
    else:
        mentions = mentions[1:]
    if not mentions:
        return
    today = ask.runtime.today()
    member = ask.asker.member_id or 0
    coming = proxies_service.coming_sittings(ask.session, member, today, limit=50)
    passed: list[date] = []
    unscheduled: list[str] = []
    others: list[queries.SittingView] = []
    for mention in mentions:
        if mention.month is None:
            continue
        year = mention.year
        if year is None:  # the coming one: « janvier » said in December is next January
            year = today.year + (1 if mention.month < today.month else 0)
        if mention.day is not None:
            try:
                day = date(year, mention.month, mention.day)
            except ValueError:
                continue
            if mention.year is None and day < today:
                day = day.replace(year=day.year + 1)
            if day < today:
                passed.append(day)
                continue
            held = [s for s in coming if s.held_on == day]
        else:
            held = [
                s for s in coming if (s.held_on.year, s.held_on.month) == (year, mention.month)
            ]
            day = date(year, mention.month, 1)
        held = [s for s in held if s.id != proposed]
        if held:
            others.extend(ask.sitting_view(s.id or 0) for s in held)
        elif mention.day is None:
            unscheduled.append(month_fr(day))
        else:
            unscheduled.append(short_date_fr(day))
    if passed or unscheduled or others:
        await ask.reply(
            "proxy_other_sittings", passed=passed, unscheduled=unscheduled, others=others
        )


_REGIVE_WORDS = frozenset(
    """
    redonne redonner reconduis reconduire renouvelle renouveler lui le la meme aussi encore
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_TO_HIM_AGAIN = cues.plain(r"\b(?:lui|le lui|la lui|redonne|reconduis|renouvelle|meme)\b")


def _holder_in_talk(ask: Ask, frame: Frame, question: Question) -> int | None:
    """« je lui redonne », « je le redonne pour le 17 » after « à qui j'avais donné pouvoir ? »:
    the one member just talked about (the other side of the proxy told), never the asker;
    None when a name is typed or the talk holds none or several."""
    typed = [w for w in question.words if w not in _REGIVE_WORDS]
    if typed or not _TO_HIM_AGAIN.search(fold(frame.text)):
        return None
    last = _recall(ask)
    # the member asked about first (« Semache était là ? » then « je lui donne mon pouvoir »),
    # else the one the answer named (« à qui j'avais donné pouvoir ? »: the asker was asked about)
    for key in ("members", "named"):
        others = [int(m) for m in last.get(key) or () if int(m) != ask.asker.member_id]
        if others:
            return others[0] if len(set(others)) == 1 else None
    return None


_WHO_IS = cues.plain(
    r"\b(?:qui est|qui etait|c est qui|c etait qui|qui c est|qui c etait|qui sont|qu est ce que"
    r"|presente moi|presentez moi)\b"
)


async def _roles(ask: Ask, members: list[int], *, only_held: bool = False) -> None:
    """« quel rôle j'ai ? », « la fonction de Dallara ? »: the sittings each presided or kept
    the minutes of, and the titles the acts print over their signature; what the documents
    do not say (an office, a delegation) is said to be unknown (`only_held`: nothing is said
    of a member the documents give no role)."""
    if not members:
        await ask.reply("members_only")
        return
    for member_id in members:
        roles = _look(ask, lookups.member_roles, member_id=member_id)
        signed = _titles_signed(ask, member_id)
        if only_held and not (signed or roles.presided or roles.kept_minutes):
            continue
        await ask.reply(
            "member_roles", r=roles, signed=signed, me=member_id == ask.asker.member_id
        )


def _titles_signed(ask: Ask, member_id: int) -> list[tuple[str, str]]:
    """The titles the acts print over the member's signature, each with an act so signed."""
    member = ask.session.get(Member, member_id)
    surname = fold(member.last_name) if member else ""
    if not surname:
        return []
    ids = ask.reads.deliberation_index(ask.session).matches_all(surname)[:20]
    return sorted(
        {
            (title, view.deliberation.number or "")
            for view in _look(ask, queries.deliberation_views, ids=tuple(ids))
            for title, name in signatures(view.deliberation.full_text or "")
            if surname in fold(name)
        }
    )


# « Fayolle c'est la présidente ? », « la présidente c'est Fayolle ? »: the title asked in the
# present, of no sitting (« présidente de séance », « présidait le 4 juillet »: the chair)
_PRESIDENT_TITLE = cues.plain(r"(?<!vice )\b(?P<title>presidente?)\b(?! (?:de|de la|du) seance)")
_IS_SAID = cues.plain(r"\b(?:est|c est|serait|sera)\b")


def _title_checked(frame: Frame, folded: str) -> re.Match[str] | None:
    """The title a yes/no question checks of a member (« … est vice-présidente ? », « …
    c'est la présidente ? »), or None."""
    if not frame.polar:
        return None
    if (title := _TITLE_CHECKED.search(folded)) is not None:
        return title
    if frame.when.empty and "seance" not in folded and _IS_SAID.search(folded):
        return _PRESIDENT_TITLE.search(folded)
    return None


# « Fayolle est vice-présidente ? », « Rivat est-il vice-président ? »: a title asked of a member
_RANKS_SIGNED = ("", "premiere ", "premier ", "deuxieme ", "troisieme ", "quatrieme ")
_TITLE_CHECKED = cues.plain(
    r"\b(?:est|etait|sera|c est)(?: (?:il|elle|t il|t elle))?(?: (?:bien|la|le|une|un|aussi"
    r"|toujours|encore))* (?P<title>(?:premiere? |1ere? |deuxieme |2e |second |seconde |\d+e )?"
    r"vice presidente?)\b"
)


def _signed_under(ask: Ask, role: str) -> tuple[Member, str, str] | None:
    """The member who signs acts under a role (« premiere vice presidente »), and the number
    of an act so signed; None when no extract prints a signature under it."""
    if not role:
        return None
    index = ask.reads.deliberation_index(ask.session)
    role_words = " ".join(w for w in role.split()[1:] if len(w) > 2 and w.isalpha())
    ids = index.matches_all(role_words)[:10] if role_words else []
    for view in _look(ask, queries.deliberation_views, ids=tuple(ids)):
        signed = signed_as(view.deliberation.full_text or "", role)
        found = ask.resolve(signed[0]).member if signed else None
        if signed and found is not None and (member := ask.session.get(Member, found.member_id)):
            return member, signed[1], view.deliberation.number
    return None


async def _actions_of_acts_found(ask: Ask, frame: Frame, words: str) -> bool:
    """The funded actions of the deliberations every word of a question finds, when the
    words describe the act rather than the action (« la tranche 3 du contrat de solidarité,
    c'est combien en fonctionnement ? »: the CLS's third tranche grants the médiateurs santé);
    one action and one fact asked of it: that fact. False when those acts grant none."""
    ranked, full = _ranked(ask, words, frame)
    if not full:
        return False
    # the words name the act by its title (« la troisième tranche »), not a thing its text
    # says beside its actions (« et l'État ? »: the State's share, quoted from the text)
    index = ask.reads.deliberation_index(ask.session)
    said = words_of(words)
    ids = [
        d
        for d in ranked[:full][:3]
        if 2 * sum(1 for w in said if d in index.titled(w)) >= max(len(said), 1)
    ]
    if not ids:
        return False
    views = _look(ask, queries.deliberation_views, ids=tuple(ids))
    actions = [a for v in views for a in v.actions]
    if not actions:
        return False
    if missed := action_dimensions.programme_missed(frame.text, actions):
        # « le programme contrat de ville »: the CLS's act holds its words, not that programme
        await none_of_heading(ask, " ".join(missed.words), missed, False, frame.text)
        return True
    fact = action_fact(frame.text)
    if fact is not None and len(actions) == 1:
        await ask.reply("action_fact", a=actions[0], fact=fact)
    else:
        await ask.reply(
            "actions",
            actions=actions,
            count=len(actions),
            words=_as_typed(frame, words),
            total_cost=sum((a.cost or Decimal(0) for a in actions), Decimal(0)),
            total_contribution=sum((a.contribution or Decimal(0) for a in actions), Decimal(0)),
        )
    _remember_deliberations(
        ask, frame.but(asked=Asked.ACTIONS), [v.deliberation.id or 0 for v in views]
    )
    return True


# A sitting's day asked in the present or the future: the one to come is meant
_MEETS_NOW = cues.plain(
    r"\b(?:se reunit|se reunissent|se reunira|se reuniront|a lieu|ont lieu|aura lieu"
    r"|se tient|se tiendra|siege|siegera)\b"
)
_WEEKDAY_ALONE = cues.plain(
    r"^(?:ce |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: prochain)?$"
)


# « qui vient de donner pouvoir ? », « les pouvoirs donnés récemment »: just done, so the
# proxies of the sitting to come (still being given), not those of a sitting held
_JUST_DONE = cues.plain(
    r"\b(?:vient|viennent|venez|viens) (?:d|de)\b|\b(?:recemment|dernierement)\b"
)
_JUST_DONE_WORDS = frozenset(("vient", "viennent", "venez", "viens", "recemment", "dernierement"))


def _fresh_proxies(ask: Ask, frame: Frame) -> Frame:
    """A proxy question in the recent past with no day said: the coming sitting's, when
    one of the asker's is to come (it answered the last sitting held, weeks old)."""
    if frame.asked is not Asked.PROXY or not frame.when.empty:
        return frame
    if not _JUST_DONE.search(fold(frame.text)) or not proxies.coming_for(ask):
        return frame
    return frame.but(
        when=When(relative=Relative.NEXT, said="prochaine"),
        words=tuple(w for w in frame.words if w not in _JUST_DONE_WORDS),
    )


# « combien de membres convoqués le 18 », « nombre d'élus convoqués »: the members called to
# the sitting (those in office), not when the convocation went out
_CONVENED_COUNTED = cues.plain(
    r"\b(?:combien|nombre|nb)\b.*\b(?:membres?|elus?|elues?|conseillers?|conseilleres?"
    r"|personnes?|gens)\b.*\bconvoque"
)


def _convened_counted(frame: Frame) -> Frame:
    if frame.asked is not Asked.CONVOCATION or not _CONVENED_COUNTED.search(fold(frame.text)):
        return frame
    return frame.but(asked=Asked.COUNT, about=About.IN_OFFICE, polar=False, words=())


# « toutes les délibérations », « la liste complète des délibs de 2022 », « l'ensemble des
# délibérations du conseil »: every act of the period (else of all the store knows), too many
# for one message: counted sitting by sitting, each sitting then listed by its day
_EVERY_WORDS = frozenset(("toutes", "tous", "tout", "ensemble", "complete", "totalite"))


def _every_act_asked(frame: Frame) -> Frame:
    if (
        frame.asked is not Asked.DELIBERATION
        or frame.number
        or not frame.words
        or not set(frame.words) <= _EVERY_WORDS
    ):
        return frame
    return frame.but(asked=Asked.DELIBERATION_COUNT, about=About.EACH_SITTING, words=())


def _declared_in_a_word(ask: Ask, frame: Frame) -> Frame:
    """« présent », « excusée » alone while one of the asker's sittings is to come: a
    declaration for it, recorded (the answer says which sitting, and a word changes it), not
    the last roll call. With nothing to come, the word still asks the last roll call."""
    declared = (Asked.DECLARE_PRESENT, Asked.DECLARE_ABSENT)
    if frame.asked in declared or not frame.when.empty or ask.asker.member_id is None:
        return frame
    there = lone_declaration(frame.text)
    if there is None or not proxies.coming_for(ask):
        return frame
    return frame.but(asked=declared[0] if there else declared[1], polar=False, follow_up=False)


def _weekday_to_come(frame: Frame, on: date | None, today: date) -> date | None:
    """« je viens jeudi » said on a Friday: next Thursday. A declaration is for a sitting to
    come; a weekday alone, read in the present tense, pointed at the one just past."""
    if on is not None and on < today and _WEEKDAY_ALONE.match(fold(frame.when.said).strip()):
        return on + timedelta(days=7)
    return on


# The kinds of carrier a member asks for, as a whole: who is funded, not a topic
_CARRIER_KINDS = frozenset(
    """
    asso assos association associations structure structures organisme organismes porteur
    porteurs porteuse porteuses projet projets beneficiaire beneficiaires partenaire
    partenaires mutuelle mutuelles operateur operateurs
    """.split()  # noqa: SIM905
)


_FUNDED = cues.plain(r"\b(?:subventionn|financ|aide|soutenu|beneficie)\w*")


def _carriers_asked(frame: Frame) -> bool:
    """« quelles associations sont financées ? », « les associations subventionnées en 2024 »:
    the frame's only words are kinds of carrier, asked as such or as funded."""
    if not frame.words or not set(frame.words) <= _CARRIER_KINDS:
        return False
    folded = fold(frame.text)
    return bool(_CARRIER_ASKED.search(folded) or _FUNDED.search(folded))


def _acts_only(ask: Ask, frame: Frame) -> bool:
    """Whether the words of a funded-action question find no action but some deliberation."""
    words = " ".join(frame.words)
    if not words_of(words):
        return False
    places = tuple(places_named(frame.text))
    index = ask.reads.deliberation_index(ask.session)
    if not _placed(index, index.matches_all(words), frame):
        return False
    found = ask.reads.funded_actions(ask.session, " ".join(words_of(words)), places)
    # an action holding as many of the words as typed is what was asked; one found only by
    # slips or loosely is not, beside deliberations that print them
    actions_index = ask.reads.action_index(ask.session)
    return not found.count or _covered(actions_index, words) < _covered(index, words)


# « on l'a eu ? », « donc on l'avait ? », « il était atteint ? »: the quorum just talked about
_GOT_IT = cues.plain(
    r"\b(?:on l a(?: bien)? eu|on l avait|l a t on eu|l avait on|on y etait|c etait bon"
    r"|(?:il etait|c est|c etait)? ?atteint)\b"
)


_COUNT_OF = cues.plain(r"\bcombien (?:de |d )(\w+)")
# What a sitting's agenda is counted in: answered as the sitting's acts, never « not held ».
_AGENDA_ITEMS = frozenset(
    "points point sujets questions affaires dossiers objets rapports items textes".split()  # noqa: SIM905
)


_GIVEN_COUNTED = cues.plain(
    r"\b(?:donne|donnes|donnees|donnait|confie\w*|delegue\w*|transmis|laisse\w*|cede\w*)\b"
)


async def _member_proxies_counted(
    ask: Ask, frame: Frame, members: list[int], *, none_asked: bool
) -> None:
    """Each member's proxies, given or carried as the question says, over the period named
    (else every known sitting), counted and each named; `none_asked` (« … n'a jamais donné de
    pouvoir ? »): « Oui » when there was none, « Non » otherwise, first."""
    side = _proxy_side_of_count(frame.text)
    span = _span(frame.when)
    for member_id in members:
        view = ask.member_view(member_id)
        if view is None:
            continue
        if span is not None:  # « … en 2022 ? »: that period's proxies only
            within = [p for p in view.given + view.held if span[0] <= p.held_on <= span[1]]
            view = replace(
                view,
                given=[p for p in view.given if p in within],
                held=[p for p in view.held if p in within],
            )
        listed = view.held if side is About.HELD else view.given
        await ask.reply(
            "answer_member_proxies",
            m=view,
            side=side.value,
            me=frame.first_person and member_id == ask.asker.member_id,
            said=frame.when.said if span else "",
            verdict=not listed if none_asked else None,
        )
    _remember(ask, members=members, named=[], **_frame_state(frame))


def _proxy_side_of_count(text: str) -> About:
    """« combien de pouvoirs a-t-il donnés ? » counts the proxies given; « portait », « avait »,
    « reçus » the ones carried."""
    return About.GIVEN if _GIVEN_COUNTED.search(fold(text)) else About.HELD


_NOT_YET = cues.plain(r"\b(?:n a|n ont|pas|sans|manque|manquent|reste|restent)\b")


async def _receipts(ask: Ask, frame: Frame, last: dict[str, Any]) -> None:
    """« qui a accusé réception ? », « Berger a bien reçu la convocation ? », « j'ai accusé
    réception ? »: the convocation's receipts, as /suivi keeps them. The secretariat sees
    each member's; a member sees their own and how many, never a colleague's (that proof is
    the secretariat's)."""
    today = ask.runtime.today()
    if frame.when.empty:
        # the convocation in talk is the coming sitting's (of the body named, if any)
        bodies = _body_ids(ask, frame, [])
        coming = _look(ask, lookups.next_sitting, after=today - _DAY, body_ids=bodies)
        sitting_id = coming.id if coming is not None else None
        if sitting_id is None:
            await ask.reply("no_coming_sitting", on=None, coming=[])
            return
    else:
        sitting_id = await _sitting(ask, frame, [], last)
        if sitting_id is None:
            return
    named: list[int] = []
    if not frame.first_person:
        resolution = ask.resolve(frame.text, in_text=True)
        if resolution.status == "ambiguous" and not _each_named(resolution, frame.text):
            await ask.choose_member(resolution, " ".join(_name_like_words(frame)) or frame.text)
            return
        named = _each_named(resolution, frame.text) or [c.member_id for c in resolution.candidates]
    mine = frame.first_person and ask.asker.member_id is not None
    if frame.first_person and not mine:
        await ask.reply("no_self")
        return
    report = convocations.report(session=ask.session, sitting_id=sitting_id)
    view = ask.sitting_view(sitting_id)
    if not report.lines and view.convened_on is not None:
        # « on a reçu la convoc quand pour le dernier bureau ? »: a convocation the documents
        # date and the assistant never sent has no receipt to tell, but it did leave (never
        # « pas encore envoyée »); « qui a accusé réception ? » is told there is none kept
        answer = answers.convocation(session=ask.session, sitting_id=sitting_id, view=view)
        who = bool(named) or bool(re.search(r"\bqui\b", fold(frame.text)))
        await ask.reply(
            answer.template,
            **answer.data,
            receipts_asked=who or bool(_ACKNOWLEDGED_ASKED.search(fold(frame.text))),
        )
        _remember(ask, members=named, sitting=sitting_id, **_frame_state(frame))
        return
    await ask.reply(
        "answer_receipts",
        s=ask.sitting_view(sitting_id),
        r=report,
        tz=ask.runtime.settings.tz,
        secretariat=ask.asker.secretariat,
        mine=[line for line in report.lines if mine and line.member_id == ask.asker.member_id],
        asked_mine=mine,
        named=[line for line in report.lines if line.member_id in named],
        asked_named=bool(named),
        not_yet=bool(_NOT_YET.search(fold(frame.text))),
        polar=frame.polar,
        # « j'ai reçu la convoc ? » asks whether it came, not whether it was acknowledged
        received_asked=bool(_RECEIVED_ASKED.search(fold(frame.text)))
        and not _ACKNOWLEDGED_ASKED.search(fold(frame.text)),
    )
    _remember(ask, members=named, sitting=sitting_id, **_frame_state(frame))


_RECEIVED_ASKED = cues.plain(
    r"\b(?:recu|recue|recus|recues|eu|eue|arrivee?|parvenue?|envoyee?|partie?|transmise?)\b"
)
_ACKNOWLEDGED_ASKED = cues.plain(r"\b(?:accus\w*|ar|acquitt\w*|confirm\w*|lue?s?|vue?s?)\b")


async def _list_complete(ask: Ask, kept: dict[str, Any]) -> bool:
    """Whether the list of acts just shown is all there is, said (« Oui, c'est tout : … »);
    False when no list of acts is in talk."""
    if kept.get("asked") not in (
        Asked.DELIBERATION.value,
        Asked.VOTE.value,
        Asked.SEARCH.value,
        Asked.DELIBERATION_COUNT.value,
    ):
        return False
    listed = [int(i) for i in kept.get("shown") or ()]
    sitting = kept.get("sitting")
    if (
        sitting
        and kept.get("asked") in (Asked.DELIBERATION.value, Asked.VOTE.value)
        and not kept.get("deliberations")
    ):
        # « les délibérations du 4 juillet » then « y en a pas d'autres ? »: that sitting's
        # acts, as many as it has (never one act asked by its number)
        total = len(ask.sitting_view(int(sitting)).deliberations)
    elif listed and len(listed) < _SHOWN_KEPT:
        total = len(listed)
    else:
        return False
    await ask.reply("answer_list_complete", count=total)
    return True


_ABOUT_AN_ACTION = (Asked.NOTHING, Asked.HELP, Asked.SEARCH, Asked.ACTIONS)
# « combien ? » alone counts what was listed; an amount needs a word of money, or an action
# in talk (« et celle-là, combien ? » after an action)
_MONEY = cues.plain(
    r"\b(?:coute\w*|cout|couts|montant\w*|prix|euros?|budget|finance\w*|verse\w*|touche\w*"
    r"|porte\w*|porteu\w*)\b"
)
# the words of « et l'action, elle coûte combien en tout ? »: no topic of their own
_ACTION_WORDS = frozenset(
    """
    action actions coute coutent cout couts montant montants total prix porte portee porteur
    porteurs porteuse finance financee financement ca cela axe axes programme programmes volet
    releve territoire territoires quartier quartiers passe intervient interviennent
    concerne concernent objectif objectifs but sert servent faire
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


_AXIS_NUMBERED = cues.plain(r"\baxe\s*(?:n°|no|numero)?\s*(\d{1,2})\b")


def _only_the_act_in_talk(ask: Ask, frame: Frame, last: dict[str, Any]) -> bool:
    """Whether a question's words name nothing but an action's fields and the act in talk:
    « elle finance quel axe du contrat ? », « le porteur de la 3e tranche du CLS ? » after
    the CLS act (its title's words, its actions' programme, as typed or as an acronym)."""
    rest = set(frame.words) - _ACTION_WORDS
    if not rest:
        return True
    ids = [int(i) for i in last.get("deliberations") or ()][:3]
    if not ids:
        return False
    views = _acts(ask, ids)
    actions = _actions_of_acts(ask, ids)
    if (said_axis := _AXIS_NUMBERED.search(fold(frame.text))) and said_axis.group(1) not in {
        m.group(1) for a in actions if (m := _AXIS_NUMBERED.search(fold(a.axis or "")))
    }:
        return False  # « l'axe 2 du CLS, combien ? »: another axis than its actions'
    named = " ".join([v.deliberation.title for v in views] + [a.programme or "" for a in actions])
    own = named_terms(named)
    said = [*words_of(" ".join(rest)), *part_tokens(" ".join(rest))]
    return bool(said) and all(root(w) in own or w in own for w in said)


async def _actions_of_acts_in_talk(
    ask: Ask, frame: Frame, last: dict[str, Any], fact: str
) -> bool:
    """The funded actions of the acts just talked about, asked one fact of (« combien ? »,
    « porté par qui ? »); False when no act is in talk (the question is read otherwise)."""
    ids = [int(i) for i in last.get("deliberations") or ()][:3]
    if not ids:
        return False
    of_actions = last.get("asked") == Asked.ACTIONS
    actions = _actions_of_acts(ask, ids)
    if fact == "objectives" and not of_actions:
        return False  # « c'est quoi l'objectif ? » after an act: its own text says it
    if fact not in ("axis", "territory") and not (of_actions or _MONEY.search(fold(frame.text))):
        return False
    if len(actions) == 1:
        await ask.reply("action_fact", a=actions[0], fact=fact)
    elif actions:
        await _reply_actions(ask, actions)
    else:
        await ask.reply("no_action_of_act", acts=_acts(ask, ids), fact=fact)
    _remember_deliberations(ask, frame.but(asked=Asked.ACTIONS), ids)
    return True


# « combien » asks money, not a vote, unless a word of the vote is said: « voix », « votes »,
# « contre », « abstentions », « de pour », or « pour » last (« combien pour ? »)
_VOTE_SAID = cues.plain(
    r"\b(?:voix|vot\w*|suffrages?|scrutin|contre|abstention\w*|abstenu\w*|unanim\w*"
    r"|adopt\w*|rejet\w*|oppos\w*|(?:de|d|les|des) pour|pour (?:et|ou))\b|\bpour\W*$"
)
# an act's title that says it grants money: « combien ? » of it asks that money
_GRANTS_MONEY = cues.plain(
    r"\b(?:fonds de concours|subventions?|attribution d (?:un|une)|participation financiere"
    r"|aides? financieres?|versement d)\b"
)
_AN_AXIS = cues.plain(r"\baxe (\d+)\b")
_HOW_MUCH = cues.plain(r"\b(?:combien|cb|cbn|total|en tout|montant|somme)\b")
# the frames « combien … » is read as when it is said of an act: its vote figures, a count
_MONEY_OR_VOTE = {
    Asked.VOTE: (None, About.FOR, About.VOTES),
    Asked.COUNT: (None, About.FOR, About.VOTES),
    Asked.NOTHING: (None,),
    Asked.SEARCH: (None,),  # « la 417 elle fait combien ? »: the act's number typed alone
    Asked.DELIBERATION: (None,),
    Asked.DELIBERATION_COUNT: (About.DELIBERATIONS,),
}


# Words that ask an amount of money whatever else the sentence reads as (« ça représente
# quelle somme, la 2022.00054 ? », « le montant de la 2022.00033 »)
_AMOUNT_SAID = cues.plain(
    r"\b(?:montants?|sommes?|argent|euros?|cout\w*|coute\w*|prix|combien (?:ca|cela) (?:fait|fait"
    r" en euros|represente))\b|€"
)


def _money_of_the_act_numbered(frame: Frame) -> bool:
    """Whether an amount is asked of the act whose number is typed, with a word that only
    money is (never a vote word: « combien de voix pour la 2022.00033 »)."""
    folded = fold(frame.text)
    return bool(
        frame.number
        and not frame.item
        and _AMOUNT_SAID.search(folded)
        and not _VOTE_SAID.search(folded)
    )


def _money_asked_of_acts(ask: Ask, frame: Frame, last: dict[str, Any]) -> list[int]:
    """The acts a « combien » with no word of the vote points at (« combien pour la
    2024.00417 ? », « combien la délib 417 ? », « pour quel total ? » after an act): the act
    numbered, or the one in talk when nothing else is named; none when a vote is asked.
    `last`: the thread the message leans on, else {} (the thread is then read here, once its
    words ask an amount of the act in talk)."""
    folded = fold(frame.text)
    if _money_of_the_act_numbered(frame):
        return _acts_numbered(ask, frame)
    if (
        frame.about not in _MONEY_OR_VOTE.get(frame.asked, ())
        or not _HOW_MUCH.search(folded)
        or _VOTE_SAID.search(folded)
        or not frame.when.empty
        or frame.item
    ):
        return []
    if frame.number:
        return _acts_numbered(ask, frame)
    words = [w for w in frame.words if w not in act_facts.ASPECT_WORDS]
    if typed_number(words) is not None and len(words) <= 2:
        numbered = _of_the_sequence_typed(ask, frame, words)
        return _acts_numbered(ask, numbered) if numbered.number else []
    if words or frame.asked in (Asked.DELIBERATION_COUNT, Asked.DELIBERATION):
        return []  # « combien de délibérations ? » counts them
    if frame.asked is Asked.SEARCH and not frame.words:
        return []  # « elle coûtait combien ? »: words of money only, said of the act in talk
    return [int(i) for i in (last or _recall(ask)).get("deliberations") or ()][:3]


async def _money_of_acts(ask: Ask, frame: Frame, last: dict[str, Any]) -> bool:
    """« combien » said of an act that grants money is its amount: its funded actions, else the
    sentences of its text that give an amount; False when no act is meant, a vote word is
    said, or the act grants nothing (its vote figures answer)."""
    folded = fold(frame.text)
    if (
        frame.about in _MONEY_OR_VOTE.get(frame.asked, ())
        and _HOW_MUCH.search(folded)
        and not _VOTE_SAID.search(folded)
        and (axis := _AN_AXIS.search(folded))
    ):
        # « combien pour l'axe 3 ? »: the funded actions of that axis, never a sitting's voters
        await show_actions(ask, f"axe {axis.group(1)}", fact="amount", question=frame.text)
        said = ("axe", axis.group(1))
        _remember_acts_of_actions(ask, frame.but(asked=Asked.ACTIONS, words=said))
        return True
    ids = _money_asked_of_acts(ask, frame, last)
    if not ids:
        return False
    actions = _actions_of_acts(ask, ids)
    if len(actions) == 1:
        await ask.reply("action_fact", a=actions[0], fact="amount")
    elif actions:
        await _reply_actions(ask, actions)
    else:
        views = _acts(ask, ids)
        asked = act_facts.Asked(Aspect.AMOUNT)
        found = [
            (view, passages)
            for view in views
            if (passages := act_facts.aspect_passages(view.deliberation.full_text or "", asked))
        ]
        granting = [v for v in views if _GRANTS_MONEY.search(fold(v.deliberation.title or ""))]
        # « elle coûtait combien ? »: only words of money, said of the act in talk; no vote
        # answers them, nor a search for « coûtait »
        granting = granting or (
            views if frame.asked is Asked.SEARCH or _money_of_the_act_numbered(frame) else []
        )
        if not found and granting:
            # « combien pour la 2022.00028 ? »: a fonds de concours whose amount no document
            # published, said so, never its votes in its place
            await ask.reply("no_action_of_act", acts=granting, fact="amount")
            ids = [v.deliberation.id or 0 for v in granting]
        elif not found:
            return False
        else:
            await ask.reply("answer_in_act", v=found[0][0], passages=found[0][1])
            ids = [found[0][0].deliberation.id or 0]
    _remember_deliberations(ask, frame.but(asked=Asked.ACTIONS), ids)
    return True


_ABOUT_AN_ACT_TEXT = (
    Asked.NOTHING,
    Asked.HELP,
    Asked.SEARCH,
    Asked.ACTIONS,
    Asked.DELIBERATION,
    Asked.COUNT,
)


async def _reply_actions(ask: Ask, actions: Sequence[Any], **more: Any) -> None:
    """Funded actions found otherwise than by words (an act's, an amount's), with their totals."""
    await ask.reply(
        "actions",
        actions=actions,
        count=len(actions),
        words="",
        total_cost=sum(a.cost or 0 for a in actions),
        total_contribution=sum(a.contribution or 0 for a in actions),
        **more,
    )


def _of_the_sequence_typed(ask: Ask, frame: Frame, words: Sequence[str]) -> Frame:
    """The frame numbered with the act whose sequence the words hold (« la 417 », « 116 de
    2022 »), when the store has one only; else as it was."""
    typed = typed_number(words)
    if typed is None:
        return frame
    year, sequence = typed
    numbers = (
        [normalise_number(year, sequence)]
        if year
        else lookups.numbers_ending(
            session=ask.session, sequence=sequence, council_id=ask.asker.council_id
        )
    )
    if len(numbers) != 1:
        return frame
    return frame.but(number=numbers[0], typed_number=numbers[0])


async def _aspect_of_an_act(ask: Ask, frame: Frame) -> bool:
    """One fact asked of an act's own text (its duration, a funder's share, operation or
    investment, what it pays for, its axes, its territories): the sentences that say it,
    the act named, or that its text does not say it. The act is the one whose amount is
    typed (« les 94 000 »), whose number or words are typed, or the one in talk; False when
    no aspect is asked or no act is meant (the question is read otherwise)."""
    asked = act_facts.aspect_asked(frame.text)
    if (
        not frame.number
        and frame.asked not in (Asked.SITTING, Asked.VOTE, Asked.RULE)
        and _PER_YEAR.search(fold(frame.text))
        and (action := _the_action_named(ask, _per_year_left_out(frame), _DURATION)) is not None
        and not _names_its_programme(_per_year_left_out(frame), action)
    ):
        # « AESIO c'est combien par an ? », « combien touche AESIO chaque année ? »: the
        # action's amount first (its record holds no yearly figure, none is made up), then
        # the sentences of its act that say over how many years; never the programme's
        # yearly budget, which is not that action's
        await ask.reply("action_fact", a=action, fact="amount", funder=None, share="")
        asked, frame = _DURATION, _per_year_left_out(frame)
    if asked is None:
        return False
    of_the_act = _when_of_the_act_in_talk(ask, frame, asked)
    if (
        frame.asked in (Asked.SITTING, Asked.VOTE)
        and asked.aspect is not Aspect.DECIDED_BY
        and not of_the_act
    ):
        return False
    # « une délibération entre en vigueur quand ? » is the law's; « le CLS entre en vigueur
    # quand ? », « la 2024.00417 prend effet quand ? », « elle prend effet quand ? », « ça
    # s'applique à partir de quand ? » after an act are that act's
    ruled = frame.asked is Asked.RULE and not of_the_act
    if of_the_act:
        frame = frame.but(asked=Asked.DELIBERATION, words=())
    if ruled and asked.aspect is not Aspect.EFFECTIVE:
        return False
    if asked.aspect in (Aspect.AMOUNT, Aspect.AXES, Aspect.TERRITORY) and _an_action_named(
        ask, frame
    ):
        # the action's own figures, axis or territory answer (« l'action AESIO, quel axe ? »,
        # « AESIO intervient sur quel territoire ? »: « Transversal SEM »)
        return False
    if (
        not frame.number
        and not ruled
        and _amount_asked_beside(frame.text)
        and (action := _the_action_named(ask, frame, asked)) is not None
    ):
        # « AESIO combien et pour combien de temps ? », « la Métropole paie combien pour AESIO
        # et l'État combien ? »: the action's amount first, then what its act's text says
        await ask.reply("action_fact", a=action, fact="amount", funder=None, share="")
    if (
        asked.aspect is Aspect.PURPOSE
        and not frame.number
        and not ruled
        and _an_action_named(ask, frame)
    ):
        # « AESIO c'est pour quoi faire ? », « la subvention à AESIO sert à quoi ? »: what the
        # funded action of that carrier or title is, from its record, not the act's sentences
        # that merely name it (« approuve la convention … entre AESIO et … »)
        named = " ".join(w for w in frame.words if w not in act_facts.ASPECT_WORDS)
        carried = ask.reads.funded_actions(ask.session, named) if words_of(named) else None
        if carried is not None and carried.every_word and len(carried.matched) == 1:
            action = carried.matched[0]
            fact = "objectives" if action.objectives else "axis"
            await ask.reply("action_fact", a=action, fact=fact, funder=None, share="")
            acts = _acts_of(ask, [action])[:3]
            _remember(
                ask,
                members=[],
                deliberations=acts,
                sitting=None,
                **_frame_state(frame.but(asked=Asked.ACTIONS)),
            )
            return True
    if not frame.number:
        # « qui a signé la 417 ? »: the act of that sequence, when the store has one only
        frame = _of_the_sequence_typed(ask, frame, frame.words)
    topic = " ".join(
        w
        for w in frame.words
        if w not in act_facts.ASPECT_WORDS
        and w not in _VOTE_NOISE
        and w != asked.funder
        and not w.isdigit()
    )
    if topic and set(topic.split()) <= _PARTY_WORDS and _recall(ask).get("deliberations"):
        # « qui est le délégataire ? » after the DSP: of that act, not of any act whose
        # title says « délégataire » (« le délégataire de l'eau » names its act: kept)
        topic = ""
    # words no text holds are the way the question is said (« elle court sur … »), no topic
    index = ask.reads.deliberation_index(ask.session)
    if any(not index.holding(part) for part in part_tokens(frame.text)):
        return False  # « la tranche 4 du CLS » names a part no act is about, not the CLS
    topic = " ".join(w for w in topic.split() if index.holds(w))
    amount = act_facts.amount_typed(frame.text) if not frame.number else None
    designated = True  # the act is pointed at, not merely found by words
    # « ça a coûté combien ? »: a word of money (never « et combien en tout ? », a count)
    money = asked.aspect is Aspect.AMOUNT and bool(_AMOUNT_SAID.search(fold(frame.text)))
    if frame.number:
        ids = _acts_numbered(ask, frame)
    elif amount is not None:
        ids = _acts_of_amount(ask, amount, topic)
    else:
        ranked, full = _ranked(ask, topic, frame) if words_of(topic) else ([], 0)
        ids = ranked[: max(full, 1)][:3] if full else []
        designated = not ids
        # « et c'est prévu pour combien de temps ? »: words no act holds, the act in talk
        if not ruled or frame.pronoun or frame.follow_up:
            ids = ids or [int(i) for i in _recall(ask).get("deliberations") or ()][:3]
        if not ids and (money or asked.aspect is Aspect.SIGNED) and not topic:
            # « le bureau du 4 juillet » then « ça a coûté combien ? », « qui a signé le
            # PV ? »: the acts of the sitting in talk that have a text to say it
            ids = _acts_of_the_sitting_in_talk(ask)
    if ruled and not ids:
        return False
    leaning = frame.follow_up or frame.pronoun
    if not ids and money and not topic and leaning:
        # « et ça coûte combien ? » after a search that found nothing: which act, never « pas
        # compris » nor another act's amount
        await ask.reply("act_aspect_which", aspect=asked.aspect.value, topic=topic)
        return True
    if not ids and asked.aspect in _ACT_ASPECTS and _AN_ACT_NAMED.search(fold(frame.text)):
        # « la convention dure combien de temps ? », « jusqu'à quand court le marché ? » with
        # no act pointed at nor in talk: which one, never a search for « dure »
        await ask.reply("act_aspect_which", aspect=asked.aspect.value, topic=topic)
        return True
    if not ids:
        return False
    views = _look(ask, queries.deliberation_views, ids=tuple(ids))
    if not designated and views and _aspect_in_title(frame.text, views[0].deliberation.title):
        # « la délib sur la durée d'amortissement des réseaux de chaleur »: « durée » is the
        # act's topic, its title's word, not a fact asked of it
        return False
    if (
        asked.aspect is Aspect.CHAPTER
        and views
        and (designated or any(v.deliberation.budget for v in views))
    ):
        # « sur quel budget est imputée la 2022.00039 ? »: the budget open data names, and the
        # sentences of the text saying where it is charged
        await _budget_of_acts(ask, views)
        _remember_deliberations(ask, frame, [v.deliberation.id or 0 for v in views])
        return True
    if asked.aspect is Aspect.SIGNED and views:
        # « qui a signé la 2024.00417 ? »: the names its signatures print, under their roles
        view = views[0]
        signed = signatures(view.deliberation.full_text or "")
        if not signed:
            await ask.reply(
                "act_aspect_missing", v=view, aspect=asked.aspect.value, funder=asked.funder
            )
        else:
            await ask.reply("act_signed", v=view, signed=signed)
        _remember_deliberations(ask, frame, [view.deliberation.id or 0])
        return True
    if (
        asked.aspect is Aspect.AMOUNT
        and len(views) > 1
        and not (frame.number or amount or topic)
        and await _amounts_of_acts_in_talk(ask, frame, views, asked, topic)
    ):
        return True
    for view in views:
        # « pour quoi faire ? » after « combien pour AESIO ? »: the sentences about the act's
        # funded actions come first when nothing else is typed
        about = topic or " ".join(a.title for a in view.actions)
        found = act_facts.aspect_passages(view.deliberation.full_text or "", asked, about)
        if found:
            # « c'est financé en investissement ? »: « Non », the section its text names first
            nature = act_facts.nature_of(found) if asked.aspect is Aspect.NATURE else None
            await ask.reply(
                "answer_in_act",
                v=view,
                passages=found,
                nature=nature,
                nature_asked=act_facts.nature_asked(frame.text),
            )
            _remember_deliberations(ask, frame, [view.deliberation.id or 0])
            return True
    strong = asked.aspect in (Aspect.SHARE, Aspect.NATURE, *_ACT_ASPECTS)
    textless = not any(v.deliberation.full_text for v in views)
    if views and textless and asked.aspect in _TEXT_ASPECTS:
        # « la DSP du crématorium dure combien de temps ? »: known from open data only (its
        # title and vote), the text that would say it was never imported
        await ask.reply("act_aspect_missing", v=views[0], aspect=asked.aspect.value, no_text=True)
        _remember_deliberations(ask, frame, [views[0].deliberation.id or 0])
        return True
    if not views or not (designated or strong) or not views[0].deliberation.full_text:
        return False
    # « ça s'applique à partir de quand ? »: no date of effect, but a start the text dates
    # (« … complétera le dispositif à partir de septembre 2024 ») is quoted after saying so
    dated = (
        act_facts.dated_starts(views[0].deliberation.full_text or "")
        if asked.aspect is Aspect.EFFECTIVE
        else []
    )
    await ask.reply(
        "act_aspect_missing",
        v=views[0],
        aspect=asked.aspect.value,
        funder=asked.funder,
        dated=dated,
    )
    _remember_deliberations(ask, frame, [views[0].deliberation.id or 0])
    return True


async def _amounts_of_acts_in_talk(
    ask: Ask,
    frame: Frame,
    views: Sequence[queries.DeliberationView],
    asked: act_facts.Asked,
    topic: str,
) -> bool:
    """« Firminy » (three acts) then « ça coûte combien ? »: the amount each act's text says,
    and the acts shown that say none, named (never one act's amount as if it were theirs);
    False when no text says an amount (the acts' own records answer)."""
    said = [
        (
            view,
            act_facts.aspect_passages(
                view.deliberation.full_text or "",
                asked,
                topic or " ".join(a.title for a in view.actions),
            ),
        )
        for view in views
    ]
    if not any(found for _, found in said):
        return False
    for view, found in said:
        if found:
            await ask.reply(
                "answer_in_act", v=view, passages=found, nature=None, nature_asked=None
            )
    silent = [view for view, found in said if not found and not view.actions]
    if silent:
        await ask.reply("no_action_of_act", acts=silent, fact="amount")
    _remember_deliberations(ask, frame, [v.deliberation.id or 0 for v in views])
    return True


# The words of a question about a sitting's documents' signatures (« qui a signé le PV ? »,
# « le compte rendu est signé par qui ? », « la signature de l'extrait c'est qui ? »): a
# document named by its kind, no act nor topic
_PAPER_WORDS = frozenset(
    re.findall(
        r"\w+",
        "pv proces verbal verbaux compte comptes rendu rendus cr extrait extraits deliberation "
        "deliberations delib delibs acte actes registre document documents releve signature "
        "signatures signe signee signes signees signataire signataires appose mis sa leur "
        "dernier derniere seance bureau conseil",
    )
)


async def _signatures_of_a_sitting(ask: Ask, frame: Frame) -> bool:
    """« qui a signé le PV ? », « c'est signé par qui, l'extrait ? » with no act in talk, nor
    pointed at by its number or its words: the signatures the acts of the sitting named, in
    talk, or else the latest one print, that sitting named; False when another reading holds."""
    asked = act_facts.aspect_asked(frame.text)
    if asked is None or asked.aspect is not Aspect.SIGNED or frame.number or frame.item:
        return False
    if not set(frame.words) <= _PAPER_WORDS or _recall(ask).get("deliberations"):
        return False  # « qui a signé la convention AESIO ? », « et qui l'a signée ? » after an act
    if frame.asked not in (*_ABOUT_AN_ACT_TEXT, Asked.SITTING, Asked.NOTHING):
        return False
    sitting_id = await _sitting(
        ask, frame.but(asked=Asked.SITTING, about=None, words=()), [], _recall(ask)
    )
    if sitting_id is None:
        return True  # which sitting, or none: said
    view = ask.sitting_view(sitting_id)
    acts = [
        (d.number or "", signed)
        for d in ask.session.exec(
            select(Deliberation)
            .where(Deliberation.sitting_id == sitting_id, col(Deliberation.full_text).is_not(None))
            .order_by(col(Deliberation.number))
        ).all()
        if (signed := signatures(d.full_text or ""))
    ]
    # the same signatures under every act are said once, with the acts' numbers
    grouped: dict[tuple[tuple[str, str], ...], list[str]] = {}
    for number, signed in acts:
        grouped.setdefault(tuple(signed), []).append(number)
    await ask.reply(
        "sitting_signed",
        s=view,
        groups=[(numbers, list(signed)) for signed, numbers in grouped.items()],
    )
    _remember(ask, sitting=sitting_id, **_frame_state(frame))
    return True


def _acts_of_the_sitting_in_talk(ask: Ask) -> list[int]:
    """The acts of the sitting in talk that have a text or a funded action, at most three."""
    talked = _recall(ask).get("sitting")
    if not talked:
        return []
    ids = ask.session.exec(
        select(Deliberation.id).where(
            Deliberation.sitting_id == int(talked), col(Deliberation.full_text).is_not(None)
        )
    ).all()
    return [int(i) for i in ids if i is not None][:3]


_PARTY_WORDS = frozenset(
    ("delegataire", "delegataires", "attributaire", "attributaires", "prestataire", "titulaire")
)
# « ça », « cela », « c'est », « elle », « il » opening a question: what was just talked about
_IT_OPENS = cues.plain(r"^(?:et |mais |donc )?(?:ca|cela|c|elle|il)\b")
# When the act applies or how long it runs, asked without naming a sitting
_WHEN_OF_AN_ACT = (Aspect.EFFECTIVE, Aspect.DURATION, Aspect.STARTED)


def _when_of_the_act_in_talk(ask: Ask, frame: Frame, asked: act_facts.Asked) -> bool:
    """Whether a question of when or how long (« ça commence quand ? », « ça s'applique à
    partir de quand ? », « c'est valable jusqu'à quand ? ») is asked of the act just talked
    about: no sitting, body, number nor topic named, « ça » or nothing for its subject, and
    the talk's last answer about acts (after a sitting, « ça commence quand ? » is its hour;
    alone, « une délibération s'applique quand ? » is the law's)."""
    if asked.aspect not in _WHEN_OF_AN_ACT or frame.number or frame.body:
        return False
    if not frame.when.empty or not (
        frame.asked is Asked.SITTING or _IT_OPENS.match(fold(frame.text))
    ):
        return False
    if any(w not in act_facts.ASPECT_WORDS for w in frame.words):
        return False
    talk = _recall(ask)
    return bool(talk.get("deliberations")) and talk.get("asked") in _TOPIC_KEPT


# The clauses of a message asking several things (« combien et pour combien de temps »)
_CLAUSE_BREAK = cues.plain(r"\s*(?:\bet\b|[,;])\s*")


def _amount_asked_beside(text: str) -> bool:
    """Whether one clause of a message of several asks an amount and no aspect of an act's
    text, while the message as a whole asks one (its duration, a funder's share)."""
    clauses = [c for c in _CLAUSE_BREAK.split(" ".join(re.findall(r"\w+|,|;", fold(text)))) if c]
    return len(clauses) > 1 and any(
        _AMOUNT_ASKED.search(c) and act_facts.aspect_asked(c) is None for c in clauses
    )


# (« pluri-annuelle », typed with a hyphen, is a multi-year convention, no yearly amount)
_PER_YEAR = cues.plain(
    r"\b(?:par an|par annee|chaque annee|tous les ans|(?<!pluri )annuel\w*|l an)\b"
)
_PER_YEAR_WORDS = frozenset(("an", "annee", "chaque", "annuel", "annuelle", "annuellement"))
_DURATION = act_facts.Asked(Aspect.DURATION)


def _per_year_left_out(frame: Frame) -> Frame:
    """The frame without the words that say « per year », and those of receiving (« touche »):
    what is left names the action."""
    words = tuple(w for w in frame.words if w not in _PER_YEAR_WORDS and w not in _RECEIVING)
    return frame.but(words=words)


_RECEIVING = frozenset(("touche", "touchent", "recoit", "recoivent", "percoit", "obtient"))


def _names_its_programme(frame: Frame, action: queries.FundedActionView) -> bool:
    """Whether the words naming an action are its programme's (« le contrat local des
    solidarités »): the programme is asked, not one of its actions."""
    said = set(words_of(" ".join(frame.words))) - act_facts.ASPECT_WORDS
    return bool(said) and said <= set(words_of(action.programme or ""))


def _the_action_named(
    ask: Ask, frame: Frame, asked: act_facts.Asked
) -> queries.FundedActionView | None:
    """The one funded action every word of the question besides its aspect names (its
    carrier, its title), if one does."""
    named = " ".join(
        w for w in frame.words if w not in act_facts.ASPECT_WORDS and w != asked.funder
    )
    if not words_of(named):
        return None
    found = ask.reads.funded_actions(ask.session, " ".join(words_of(named)))
    return found.matched[0] if found.every_word and len(found.matched) == 1 else None


def _aspect_in_title(text: str, title: str) -> bool:
    """Whether every word of a question that would ask an aspect of an act (« durée »,
    « budget », « territoire ») is a word of the act's own title."""
    said = set(words_of(text)) & act_facts.ASPECT_WORDS
    return bool(said) and said <= set(words_of(title))


_ABOUT_AN_AMOUNT = (Asked.NOTHING, Asked.HELP, Asked.SEARCH, Asked.ACTIONS, Asked.DELIBERATION)
# What only an act's own text says (its term, its start, who it binds): asked of no act, the
# member is asked which; of an act whose text was never imported, that is said
_ACT_ASPECTS = (Aspect.DURATION, Aspect.EFFECTIVE, Aspect.PARTNER)
_TEXT_ASPECTS = (*_ACT_ASPECTS, Aspect.NATURE)
_AN_ACT_NAMED = cues.plain(
    r"\b(?:conventions?|contrats?|marches?|dsp|delegations?|avenants?|accords?|partenariats?"
    r"|protocoles?|deliberations?|delibe?s?|decisions?|actes?|baux|bail|subventions?)\b"
)


async def _amount_typed(ask: Ask, frame: Frame, amount: int) -> bool:
    """An amount typed with no other question (« 94 000 € c'est quoi ? », « 94k€ »): the funded
    actions of that cost or contribution, else the sentences of the acts that print it; False
    when none does (the words are read otherwise)."""
    index = ask.reads.deliberation_index(ask.session)
    topic = " ".join(w for w in frame.words if not w[:1].isdigit() and index.holds(w))
    actions = [
        a
        for a in ask.reads.funded_actions(ask.session, "").matched
        if amount in (a.contribution, a.cost)
    ]
    if actions:
        await _reply_actions(ask, actions, amount=amount)
        return True
    ids = _acts_of_amount(ask, amount, topic)
    views = _look(ask, queries.deliberation_views, ids=tuple(ids))
    for view in views:
        found = [
            s
            for s in sentences_of(view.deliberation.full_text or "")
            if act_facts.holds_amount(s, amount)
        ]
        if found:
            await ask.reply("answer_in_act", v=view, passages=found[:3])
            _remember_deliberations(ask, frame, [view.deliberation.id or 0])
            return True
    if frame.asked in (Asked.HELP, Asked.NOTHING):
        # « 123 456 € ? » and nothing else: no document prints it, said so, not the help
        await ask.reply("amount_not_found", amount=amount)
        return True
    return False


def _acts_of_amount(ask: Ask, amount: int, topic: str) -> list[int]:
    """The acts that print an amount (« les 94 000 »): those of the funded actions of that
    cost or contribution first, then the texts that print it; narrowed by the topic's words
    when some are typed."""
    index = ask.reads.deliberation_index(ask.session)
    pieces = f"{amount:,}".replace(",", " ")
    candidates = index.matches_all(pieces) if amount >= 1000 else []
    if words_of(topic):
        narrowed = set(index.matches_all(topic))
        candidates = [i for i in candidates if i in narrowed] or candidates
    views = _look(ask, queries.deliberation_views, ids=tuple(candidates[:20]))
    return [
        v.deliberation.id or 0
        for v in views
        if act_facts.holds_amount(v.deliberation.full_text or "", amount)
    ][:3]


_ABOUT_AN_ITEM = (
    Asked.NOTHING,
    Asked.HELP,
    Asked.SITTING,
    Asked.DELIBERATION,
    Asked.VOTE,
    Asked.SEARCH,
)


_REPORTER_ASKED = cues.plain(r"\brapport(?:e|ent|era|eur|euse)\b|\bqui (?:presente|presentera)\b")
_PAPERS_ASKED = cues.plain(
    r"\b(?:rapports?|dossiers?|documents?|pieces?|annexes?|pdf|notes?|projets? de deliberation)\b"
)


async def _sitting_item(ask: Ask, frame: Frame, last: dict[str, Any]) -> None:
    """One item of a sitting by its place: a coming sitting's agenda item, or the act a held
    sitting decided there (its card, its vote, or in a sentence, as asked)."""
    rank = frame.item or 1
    if not frame.when.empty or frame.body or not last.get("sitting"):
        sitting_id = await _sitting(ask, frame.but(asked=Asked.SITTING, item=None), [], last)
        if sitting_id is None:
            return
    else:
        sitting_id = int(last["sitting"])
    view = ask.sitting_view(sitting_id)
    if view.held_on >= ask.runtime.today() or (view.agenda and not view.deliberations):
        items = view.agenda
        rank = len(items) if rank == -1 else rank  # « le dernier point »
        title = items[rank - 1] if 0 < rank <= len(items) else None
        said = fold(frame.text)
        await ask.reply(
            "sitting_item",
            s=view,
            rank=rank,
            title=title,
            count=len(items),
            coming=True,
            # « qui rapporte le point 1 ? », « où sont les rapports du point 2 ? »: an agenda
            # gives each item's title only
            reporter=frame.about is About.REPORTER or bool(_REPORTER_ASKED.search(said)),
            papers=frame.about is About.DOCUMENTS or bool(_PAPERS_ASKED.search(said)),
        )
        _remember(ask, members=[], sitting=sitting_id, **_frame_state(frame))
        return
    acts = view.deliberations
    rank = len(acts) if rank == -1 else rank
    if not 0 < rank <= len(acts):
        await ask.reply(
            "sitting_item", s=view, rank=rank, title=None, count=len(acts), coming=False
        )
        return
    picked = [acts[rank - 1].id]
    if frame.asked is Asked.VOTE:
        await _answer(
            ask,
            answers.votes(session=ask.session, frame=frame, deliberation_ids=picked, loose=False),
        )
    else:
        views = _look(ask, queries.deliberation_views, ids=tuple(picked))
        card = "deliberation_brief" if frame.brief else "deliberation"
        await ask.reply(card, views=views, duplicate=False)
    _remember_deliberations(ask, frame.but(asked=Asked.DELIBERATION, about=None), picked)


async def _in_brief(ask: Ask, last: dict[str, Any]) -> bool:
    """The act or the sitting just talked about, in one sentence; False when there is none."""
    if last.get("deliberations"):
        ids = [int(i) for i in last["deliberations"]][:3]
        await ask.reply("deliberation_brief", views=_acts(ask, ids), duplicate=False)
        return True
    if last.get("sitting"):
        sitting_id = int(last["sitting"])
        await ask.reply("sitting_brief", s=ask.sitting_view(sitting_id), today=ask.runtime.today())
        return True
    return False


def _counted_before(frame: Frame, last: dict[str, Any]) -> Counted | None:
    """« combien d'absences pour Bouchet ? » then « et pour Tardy ? », « et en 2022 ? »: the
    same count of a member's record, one slot (the member, the period) changed."""
    if not frame.follow_up or not last.get("counted"):
        return None
    return Counted(last["counted"])


# the frames a count of a member's record is read as: their record, a sitting's count, or
# whether they presided (« combien de séances a présidé X ? » is read as who presided)
_RECORD_COUNTED = frozenset(
    (Asked.RECORD, Asked.COUNT, Asked.OFFICER, Asked.PRESENCE, Asked.ABSENCE, Asked.SITTINGS)
)


# what « n'a raté aucune séance ? », « a toujours été là ? » are read as, before the record
_RECORD_CHECKED = frozenset((Asked.RECORD, Asked.PRESENCE, Asked.ABSENCE))


def _record_yes_no(frame: Frame) -> Counted | None:
    """« Rivat a-t-il été absent cette année ? » (not « … le 4 juillet ? », one sitting's roll
    call): what the record is checked for over the period, answered « Oui » / « Non » first,
    then the count; « Berger n'a jamais manqué ? », « Laget a toujours été là ? » with no
    period, over every known sitting."""
    when = frame.when
    spans = bool(when.start and when.end and (when.end - when.start).days > 40)
    whole = whole_record_checked(frame.text)
    ever = when.empty and whole and frame.asked in _RECORD_CHECKED
    # (a presence or an absence asked over a period gets each sitting's roll call instead)
    if not (spans or ever) or (frame.negative and not whole) or frame.number:
        return None
    if frame.asked is not Asked.RECORD and not (
        # « Berger était à toutes les séances en 2024 ? »: the record, not each roll call
        frame.asked in (Asked.PRESENCE, Asked.ABSENCE) and whole
    ):
        return None
    return record_yes_no_asked(frame.text)


async def _record_count(ask: Ask, frame: Frame, member_id: int, counted: Counted) -> None:
    """How many sittings of the member's record (over the period named, else every known
    one) were attended as asked, or presided; then those sittings."""
    view = ask.member_view(member_id)
    if view is None:
        await ask.reply("members_only")
        return
    when = frame.when
    start, end = (when.start, when.end) if when.start and when.end else (None, None)
    today = ask.runtime.today()
    if counted in (Counted.CHAIRED, Counted.KEPT_MINUTES):
        roles = _look(ask, lookups.member_roles, member_id=member_id)
        held = roles.presided if counted is Counted.CHAIRED else roles.kept_minutes
        chaired = [
            (body, day)
            for body, day in held
            if day <= today and (start is None or end is None or start <= day <= end)
        ]
        await ask.reply(
            "answer_record_count",
            counted=counted.value,
            # « Degraix a déjà présidé ? »: « Oui » / « Non » before the sittings
            verdict=office_verdict(frame.text, len(chaired)),
            name=view.name,
            feminine=roles.feminine,
            said=when.said if start else "",
            sittings=[
                attendance_records.SittingPresence(
                    0, day, body, attendance_records.Presence.present
                )
                for body, day in reversed(chaired)
            ],
            total=None,
        )
        return
    span = (start, end) if start and end else None
    span = span or ask.reads.lookup(
        ask.session, attendance_records.known_span, member_id=member_id
    )
    # « combien de fois Berger a été absente au conseil ? »: that body's sittings only
    body = _look(ask, queries.body_by_hint, hint=frame.body) if frame.body else None
    record = (
        ask.reads.lookup(
            ask.session,
            attendance_records.member_record,
            member_id=member_id,
            start=span[0],
            end=min(span[1], today),
            represented_counts=ask.runtime.settings.attendance_counts_represented,
        )
        if span
        else None
    )
    wanted = {
        Counted.MISSED: ("excused", "absent", "represented"),
        Counted.EXCUSED: ("excused",),
        Counted.REPRESENTED: ("represented",),
        Counted.PRESENT: ("present",),
    }[counted]
    presences = record.sittings if record is not None else []
    if body is not None:
        presences = [p for p in presences if p.body == body.name]
    held_then = (
        bool(presences)
        or start is None
        or end is None
        or start >= today
        or bool(
            _look(
                ask,
                lookups.sittings_matching,
                body_ids=[body.id] if body is not None and body.id else None,
                start=start,
                end=min(end, today - _DAY),
            )
        )
    )
    counted_sittings = [p for p in reversed(presences) if p.presence.value in wanted]
    yes_no = record_count_asked(frame.text) is None and _record_yes_no(frame) is not None
    await ask.reply(
        "answer_record_count",
        counted=counted.value,
        # « combien de fois j'ai été absent cette année ? » with no sitting held since January:
        # none held, said so (the member's own record in the second person)
        me=frame.first_person and member_id == ask.asker.member_id,
        # « Rivat a-t-il été absent cette année ? »: « Oui » / « Non » before the count
        yes_no=yes_no,
        verdict=record_verdict(frame.text, len(counted_sittings), len(presences)),
        # « Bouchet n'était jamais là en 2024 ? » → « Oui : aucune présence », then the
        # sittings that show it (the record the yes or no rests on, each one as attended)
        shown=list(reversed(presences)) if yes_no and not counted_sittings else [],
        none_held=not held_then,
        name=view.name,
        feminine=view.name.startswith("Mme"),
        said=" ".join(
            x for x in (f"au {body.name}" if body else "", when.said if start else "") if x
        ),
        sittings=counted_sittings,
        total=len(presences),
    )


def _body_record_asked(ask: Ask, frame: Frame) -> bool:
    """« l'assiduité du bureau », « export csv de l'assiduité » asked by the secretariat and of
    nobody named: every member's record, ranked (its CSV), as /assiduite gives it; from the
    console's secretariat, which is no member, also when no body nor file is said."""
    if not ask.asker.secretariat or frame.first_person:
        return False
    return ask.asker.member_id is None or bool(records.EXPORT.search(fold(frame.text)))


async def _answer_record(
    ask: Ask, frame: Frame, member_id: int, marked: int | None = None
) -> None:
    """A member's record in words, then as a chart (over the period named, if any); the
    sitting `marked` (the one in talk) said as such in it."""
    when = frame.when
    start, end = (when.start, when.end) if when.start and when.end else (when.on, when.on)
    if start and end:
        # « assiduité de Semache cette année », « … sur les 12 derniers mois »: that period
        # only (and said so when it held no sitting), never the whole record instead.
        today = ask.runtime.today()
        await records.send_member_record(
            ask, member_id, Period(start, min(end, today) if start <= today else end, named=True)
        )
        return
    # « taux de présence de Berger au bureau »: that body's record only
    body = _look(ask, queries.body_by_hint, hint=frame.body) if frame.body else None
    await _answer(
        ask,
        answers.record(
            session=ask.session,
            member_id=member_id,
            today=ask.runtime.today(),
            body_id=body.id if body else None,
            marked=ask.sitting_view(int(marked)) if marked else None,
            verdict=_absence_verdict(frame),
            me=frame.first_person and member_id == ask.asker.member_id,
        ),
    )
    span = (when.start, when.end) if when.start and when.end else None
    await records.send_member_chart(ask, member_id, span)


_ANNUAL_ONLY = cues.plain(r"\bannuel\w*")
_MULTI_YEAR = cues.plain(r"\bpluri ?annuel\w*|\bplusieurs (?:annees|ans)\b")
_OPEN_FIELD = cues.plain(r"\b(?:quel\w*|combien|quand|comment|duree|date|qui|quoi|lequel\w*)\b")


_YES_NO_OPENING = cues.plain(r"^(?:est ce qu|y a\b|ya\b|il y a\b|y avait\b|il y avait\b)")
_OPEN_PLACE_OR_CAUSE = cues.plain(r"\b(?:ou|pourquoi|heure)\b")
# (a verb or « absent », never the noun: « et mes absences ? » asks the record, not whether)
_MISSED_ASKED = cues.plain(
    r"\b(?:absente?s?|manque[esr]?|manquee?s?|rate[esr]?|ratee?s?|loupe[esr]?|loupee?s?"
    r"|seche[esr]?|sechee?s?)\b"
)


def _sitting_yes_or_no(frame: Frame) -> bool:
    """« y a bureau aujourd'hui ? », « le bureau c'est mercredi ? », « est-ce que j'ai déjà été
    absent »: asked to be answered « Oui » or « Non » first (not « c'est quand ? », « où ? »)."""
    folded = fold(frame.text)
    if _OPEN_FIELD.search(folded) or _OPEN_PLACE_OR_CAUSE.search(folded):
        return False
    if _YES_NO_OPENING.search(folded):
        return True
    # (« et les pouvoirs en cours ? » asks the proxies, not whether a sitting is held)
    return (frame.polar or "?" in frame.text) and frame.asked in (Asked.SITTING, Asked.RECORD)


def _absence_verdict(frame: Frame) -> bool:
    """« est-ce que j'ai déjà été absent ? », « j'ai raté une séance ? »: the record opens on
    « Oui » or « Non »."""
    return _sitting_yes_or_no(frame) and bool(_MISSED_ASKED.search(fold(frame.text)))


def _convention_verdict(frame: Frame, multi_year: bool | None) -> bool | None:
    """« y a une convention pluriannuelle pour AESIO ? »: « Oui » or « Non » (said of
    « annuel » alone, « c'est annuel ? », the other way round); None when the question is
    open (« la convention dure combien ? ») or the record does not say."""
    folded = fold(frame.text)
    if multi_year is None or _OPEN_FIELD.search(folded):
        return None
    if not (frame.polar or frame.text.rstrip().endswith("?")):
        return None
    if _ANNUAL_ONLY.search(folded) and not _MULTI_YEAR.search(folded):
        return not multi_year
    return multi_year


def _another_action_named(ask: Ask, frame: Frame, last: dict[str, Any]) -> bool:
    """Whether a follow-up asks a field (carrier, territory, axis, amount…) of a funded action
    its words name, which is none of the acts in talk's actions."""
    if frame.number or not frame.words or action_fact(frame.text) is None:
        return False
    words = meaningful(" ".join(frame.words))
    if not words_of(words):
        return False
    index = ask.reads.action_index(ask.session)
    named = set(index.matches_all(words))
    if not named or _covered(index, words) < _covered(
        ask.reads.deliberation_index(ask.session), words
    ):
        return False
    acts = [int(i) for i in (last or _recall(ask)).get("deliberations") or []][:3]
    in_talk = {a.id for a in _actions_of_acts(ask, acts)} if acts else set()
    return not named & in_talk


def _of_an_action(frame: Frame) -> bool:
    """Whether a message may ask a field of the funded action in talk: it names one, and is
    read as nothing else a sitting or a member would answer (« combien de présents ? » asks
    the sitting's, not the action's amount)."""
    if frame.number or not frame.when.empty:
        return False  # (before the text is searched for a field: most questions are dated)
    fact = action_field_asked(frame.text)
    if fact is None:
        return False
    return (
        (
            frame.asked in (Asked.SEARCH, Asked.ACTIONS, Asked.HELP, Asked.NOTHING)
            and not frame.about
        )
        or (frame.about is About.PLACE and fact == "territory")
        or (frame.asked is Asked.DELIBERATION and fact == "decision")
        or (frame.asked is Asked.PRESENCE and fact == "cofunders")  # « la Région participe ? »
    )


async def _field_of_the_action_in_talk(ask: Ask, frame: Frame, last: dict[str, Any]) -> bool:
    """A field asked of the funded action just given (one action shown, or an act's only
    one): the action's own field, never a sentence of its act; False when no action is in
    talk or the message asks no field of one."""
    if last.get("asked") != Asked.ACTIONS.value or frame.number or not frame.when.empty:
        return False
    shown = [int(i) for i in last.get("actions_shown") or ()]
    if len(shown) != 1 or (fact := action_field_asked(frame.text)) is None:
        return False
    actions = _look(ask, queries.funded_action_views, ids=shown)
    if not actions or not _only_of(actions[0], frame):
        return False
    acts = [int(i) for i in last.get("deliberations") or ()][:1]
    await _reply_action_field(ask, actions[0], fact, frame, acts)
    _remember(ask, **(last | {"asked": Asked.ACTIONS.value}))
    return True


async def _reply_action_field(
    ask: Ask, action: queries.FundedActionView, fact: str, frame: Frame, acts: list[int]
) -> None:
    """One field of one funded action, in a sentence; `acts`: the act that approved it."""
    named = _FUNDER_NAMED.search(fold(frame.text)) if fact == "cofunders" else None
    if fact == "decision":
        views = _look(ask, queries.deliberation_views, ids=tuple(acts)) if acts else []
        await ask.reply("action_decision", a=action, views=views)
        return
    funder = _FUNDERS[named.group(1)] if named else None
    cofunders = fact == "cofunders"
    if cofunders and not acts and (record := ask.session.get(FundedAction, action.id)):
        # « qui porte les médiatrices ? » then « combien met l'État ? »: the action's own act,
        # whose text may give the State's share of the whole programme
        acts = [record.deliberation_id] if record.deliberation_id else []
    views = _look(ask, queries.deliberation_views, ids=tuple(acts)) if cofunders and acts else []
    # « et l'État ? »: the action's funding, then the State's share of the whole programme
    # when its act's text gives that figure (« à hauteur de 490 500 € annuels »); « qui
    # cofinance ? », no funder named: the share of whichever funder the text gives one of
    text = views[0].deliberation.full_text or "" if views else ""
    share, share_of = "", funder
    for key in (named.group(1),) if named else tuple(_FUNDERS) if cofunders else ():
        if text and (share := _share_said(text, key)):
            share_of = _FUNDERS[key]
            break
    await ask.reply(
        "action_fact",
        a=action,
        fact=fact,
        held=_convention_verdict(frame, action.multi_year_convention)
        if fact == "convention"
        else _whole_verdict(frame, action)
        if fact == "share"
        else None,
        polar=fact == "carrier" and whether_funded(frame.text),
        funder=funder,
        share=share,
        share_of=share_of,
        act=views[0] if views and share else None,
    )


# « c'est financé à 100 % ? », « la Métropole paie tout ? », « en totalité ? »: the whole cost
_WHOLE_SAID = cues.plain(
    r"\b(?:100 ?%|100 pour ?cents?|totalite|integralite|integralement|entierement|totalement"
    r"|(?:paie|paye|payent|paient|finance|financent|couvre|couvrent) tout)"
)


def _whole_verdict(frame: Frame, action: queries.FundedActionView) -> bool | None:
    """Whether the Métropole pays the whole cost, when that is asked yes or no; None when it is
    not asked so, or the figures are not known."""
    said = strip_accents(frame.text.lower())
    if not _WHOLE_SAID.search(said) or not asked_as_question(frame.text):
        return None
    if action.contribution is None or not action.cost:
        return None
    return action.contribution >= action.cost


# Words a question about who funds an action, its convention or where it acts is said with
_FIELD_SAID = frozenset(
    """
    cofinance cofinancent cofinancee cofinancees cofinancer financer financee financees seule
    seul uniquement seulement plusieurs annees ans duree sur paie paye payee couvre couvrent
    intervient interviennent agit agissent exactement
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# The fields of a funded action its own record answers, asked of the action named
_NAMED_FIELDS = (
    *("remainder", "cofunders", "share", "convention", "territory", "carrier", "axis"),
)


async def _field_of_an_action_named(ask: Ask, frame: Frame, words: str) -> bool:
    """« c'est l'État qui cofinance les médiateurs ? », « la convention AESIO est
    pluriannuelle ? », « la Métropole est seule à financer AESIO ? »: who funds it or its
    convention, asked of the one funded action the other words name; that field first (never
    a list of the acts that print the words). False when no field or no one action."""
    fact = action_field_asked(frame.text)
    if fact not in _NAMED_FIELDS or frame.number or not frame.when.empty:
        return False
    if fact in ("territory", "carrier", "axis") and _AMOUNT_ASKED.search(fold(frame.text)):
        return False  # « combien pour AESIO, et c'est quel axe ? »: the amount says its axis
    named = " ".join(
        w
        for w in words_of(words)
        if w not in _ACTION_FIELD_TALK and w not in _FUNDERS and w not in _FIELD_SAID
    )
    if not named:
        return fact == "remainder" and await _every_remainder(ask, frame)
    found = ask.reads.funded_actions(ask.session, named)
    if not found.every_word or len(found.matched) != 1:
        return False
    action = found.matched[0]
    acts = _acts_of(ask, [action])[:1]
    await _reply_action_field(ask, action, fact, frame, acts)
    if fact == "territory" and acts:
        # « intervient dans quelles communes ? »: the places its act's text names follow
        view = _look(ask, queries.deliberation_views, ids=tuple(acts))[0]
        places = act_facts.aspect_passages(
            view.deliberation.full_text or "", act_facts.Asked(Aspect.TERRITORY), action.title
        )
        if places:
            await ask.reply("answer_in_act", v=view, passages=places)
    _remember(
        ask,
        members=[],
        deliberations=acts,
        sitting=None,
        actions_shown=[action.id],
        **_frame_state(frame.but(asked=Asked.ACTIONS)),
    )
    return True


async def _every_remainder(ask: Ask, frame: Frame) -> bool:
    """« c quoi le reste à charge ? », no action named nor in talk: the remainder of each
    funded action whose cost and contribution are known (none said so, with how many
    actions lack either figure), never « je ne trouve rien »."""
    actions = _look(ask, queries.funded_action_views, council_id=ask.asker.council_id)
    known = [a for a in actions if a.cost is not None and a.contribution is not None]
    await ask.reply("action_remainders", actions=known, unknown=len(actions) - len(known))
    _remember(
        ask,
        members=[],
        deliberations=[],
        sitting=None,
        actions_shown=[a.id for a in known],
        **_frame_state(frame.but(asked=Asked.ACTIONS)),
    )
    return True


def _places_of_actions(ask: Ask, frame: Frame) -> tuple[str, ...]:
    """The places a question about funded actions names: typed with their capitals, or a town
    typed in lower case (« les actions à rive de gier ») when no funded action holds its
    words (« à la médiation santé » is the action's topic, not a town)."""
    places = tuple(printed(p) for p in places_named(frame.text))  # « st chamond »
    town = None if places else place_in_lower_case(frame.text)
    if town is None or ask.reads.funded_actions(ask.session, " ".join(words_of(town))).count:
        return places
    return (town,)


# « 490 500 € annuels (50 % du programme) »: an amount as an act's text gives a share
_SHARE_FIGURE = cues.plain(
    r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?\s?(?:€|euros?)"
    r"(?:\s+(?:annuels?|par an|HT|TTC))?(?:\s*\(\s*\d+(?:,\d+)?\s?%[^)]{0,40}\))?"
)


def _share_said(text: str, funder: str) -> str:
    """The figure of a funder's share the act's text gives (« 490 500 € annuels (50 % du
    programme) »), or nothing."""
    asked = act_facts.Asked(Aspect.SHARE, funder)
    for sentence in act_facts.aspect_passages(text, asked, limit=1):
        if figure := _SHARE_FIGURE.search(sentence):
            return figure.group(0)
    return ""


# The words a question about an action's field is made of, besides the action's own words
_ACTION_FIELD_TALK = frozenset(
    """
    cout coute coutent met mettent apporte apportent verse versent donne paie paye participe
    participent finance financent financee financeur financeurs cofinanceur cofinanceurs
    cofinancement autre autres partenaire partenaires annuel annuelle pluriannuel pluriannuelle
    pluri convention releve cls territoire territoires commune communes occupe projet partie
    approuve approuvee approuvees vote votee decide decidee adopte adoptee objectif objectifs
    but programme axe axes volet porteur porteuse porte beneficiaire structure organisme
    montant contribution subvention total lieu endroit secteur quartier quartiers
    pourcentage pourcent cent proportion part taux hauteur charge
    payee payees payes payer prend prise pris assure assuree financement financements
    reste restant reliquat autofinancement auto financer trouver couvrir
    entierement integralement totalement totalite integralite
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


def _only_of(action: queries.FundedActionView, frame: Frame) -> bool:
    """Whether every word the question has besides its field is the action's own or a
    funder's: « qu'est-ce qui est financé au Chambon ? », « l'axe 2, combien ? » ask about
    something else than the action in talk."""
    own = set(
        words_of(
            " ".join(
                x or "" for x in (action.title, action.carrier, action.axis, action.programme)
            )
        )
    )
    axes = re.findall(r"\baxe\s*(?:n\s*)?(\d+)", fold(frame.text))
    # (« financé à 100 % ? »: a share, no other thing named by its number)
    numbers = re.findall(r"\d+", _PERCENT_SAID.sub(" ", frame.text))
    if (
        places_named(frame.text)
        or any(n not in own for n in numbers)
        or any(n not in words_of(action.axis or "") for n in axes)
    ):
        return False  # « à Doizieux », « l'axe 2 »: another place, another axis
    return all(
        w in own or w in _ACTION_FIELD_TALK or w in _ACTION_WORDS or w in _FUNDERS
        for w in frame.words
        if not _PERCENT_SAID.fullmatch(w)
    )


_PERCENT_SAID = cues.plain(r"\b\d{1,3}(?:[.,]\d{1,2})? ?(?:%|pour ?cents?\b)")


# « la Région met combien ? »: the funder named, said back as the documents would name it
_FUNDERS = {
    "region": "la Région",
    "departement": "le Département",
    "etat": "l'État",
    "europe": "l'Europe",
    "feder": "le FEDER",
    "caf": "la CAF",
    "ars": "l'ARS",
}
_FUNDER_NAMED = cues.plain(r"\b(" + "|".join(_FUNDERS) + r")\b")


# « c'est où et à quelle heure ? »: the place and the hour asked together
_PLACE_SAID = cues.plain(r"(?i)\boù\b|\b(?:quel|dans quel|en quel) (?:lieu|endroit|salle)\b")
_HOUR_SAID = cues.plain(r"\b(?:heure|horaire|h)\b")
# « quelles communes ? », « sur quel territoire ? » said short after an act or an action
_COMMUNES_ASKED = cues.plain(
    r"\b(?:quelles? communes?|quels? territoires?|quels? quartiers?|quelles? villes?)\b"
)


# « la première délibération de 2022 », « la dernière délib du conseil de mars », « la
# délibération la plus récente »: a rank said of the acts themselves, not of a sitting
_ACT_RANKED = cues.plain(
    r"\b(?P<rank>(?:toute |tout )?premiere|(?:tout )?premier|1re|1ere|1er|avant derniere"
    r"|avant dernier|derniere|dernier|deuxieme|2e|2eme|seconde|second|troisieme|3e|3eme"
    r"|plus recente|plus ancienne) (?:deliberations?|delibe?s?|decisions?|actes?)\b"
    r"|\b(?:deliberation|delib|delibe|decision|acte) (?:la )?plus (?P<most>recente|ancienne)\b"
)
# « les 3 dernières délibérations », « les cinq délibs les plus récentes », « les premières
# décisions de 2022 »: several acts from one end of the order, newest or oldest
_ACTS_RANKED = cues.plain(
    r"\b(?:(?P<n>\d{1,2}|" + NUMBER_WORD + r") )?(?P<rank>premieres|dernieres|plus recentes"
    r"|plus anciennes) (?:deliberations|delibs|delibes|decisions|actes)\b"
    r"|\b(?:(?P<n2>\d{1,2}|" + NUMBER_WORD + r") )?(?:deliberations|delibs|delibes|decisions"
    r"|actes) (?:les )?plus (?P<most>recentes|anciennes)\b"
)
_ACTS_LISTED = 5  # « les dernières délibérations », no number said: the last five
_ACTS_LISTED_MOST = 20  # « les 50 dernières »: never a list that long


# (from 0, the first; from -1, the last)
_ACT_RANKS = {word: rank - 1 for word, rank in ORDINALS.items()} | {
    "1re": 0, "plus ancienne": 0, "ancienne": 0,
    "derniere": -1, "dernier": -1, "plus recente": -1, "recente": -1,
    "avant derniere": -2, "avant dernier": -2,
}  # fmt: skip
# words of the question besides the rank that name no topic (« votée », « en date »)
_RANK_FILLERS = frozenset(
    """
    vote votee votees votes prise prises adoptee adoptees passee en date connue connues
    enregistree enregistrees c est quoi quelle laquelle quand ca
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


# « c'est … ? », « est-ce … ? », « elle est … ? »: a property said of something
_IT_IS = cues.plain(r"\b(?:c est|c etait|ca|cela|est ce|est elle|est il|elle est|il est|est)\b")
_NOT_A_TOPIC = frozenset(
    """
    annee annees an ans chaque tous toutes exercice exercices pluri convention plusieurs seule
    seul une un sur
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


async def _period_of_an_act(ask: Ask, frame: Frame, asked: str) -> bool:
    """« c'est pluriannuel ? », « le soutien au gérontopôle c'est de l'annuel ? », « c'est
    reconduit chaque année ? »: of the act named (its number, its words) or in talk, Oui / Non
    from its title, its text or its funded actions' record, or that they do not say it."""
    topic = " ".join(
        w
        for w in frame.words
        if act_facts.period_asked(w) is None
        and w not in act_facts.ASPECT_WORDS
        and w not in _VOTE_NOISE
        and w not in _NOT_A_TOPIC
    )
    ids: list[int] = []
    if frame.number:
        ids = _acts_numbered(ask, frame)[:1]
    elif words_of(meaningful(topic)):
        ranked, full = _ranked(ask, meaningful(topic), frame)
        ids = ranked[:1] if full else []
    if not ids and not frame.number:
        # « c'est sur plusieurs années ? »: the way it is said, of the act in talk
        kept = _recall(ask)
        in_talk = kept.get("asked") in _TOPIC_KEPT or kept.get("asked") == Asked.ACTIONS.value
        ids = [int(i) for i in kept.get("deliberations") or ()][:3] if in_talk else []
    if not ids:
        return False
    # of several acts in talk (a number that two acts bear), the one whose words say it
    said = [
        (
            view,
            act_facts.period_verdict(
                asked,
                view.deliberation.title,
                view.deliberation.full_text or "",
                any(a.multi_year_convention for a in view.actions) or None,
            ),
        )
        for view in _acts(ask, ids)
    ]
    view, verdict = next(((v, p) for v, p in said if p.yes is not None), said[0])
    recorded = [a for a in view.actions if a.multi_year_convention is not None]
    if asked != "renewed" and recorded:
        # « la convention AESIO c'est de l'annuel ? »: its funded action's record says it
        await _reply_action_field(ask, recorded[0], "convention", frame, [])
        _remember_deliberations(ask, frame.but(asked=Asked.DELIBERATION, words=()), ids[:1])
        return True
    if verdict.yes is not None:
        ids = [view.deliberation.id or 0]  # the act that said it is the one in talk next
    runs = asked
    if asked != "renewed" and verdict.yes is not None:
        runs = "multi_year" if (asked == "multi_year") == verdict.yes else "annual"
    await ask.reply("act_periodicity", v=view, asked=asked, verdict=verdict, runs=runs)
    _remember_deliberations(ask, frame.but(asked=Asked.DELIBERATION, words=()), ids)
    return True


_VOTED_VERB = cues.plain(r"\b(?:vote\w*|abstenu\w*|oppose\w*)\b")
_VOTED_AS = {act_sets.Kept.AGAINST: About.AGAINST, act_sets.Kept.ABSTENTIONS: About.ABSTENTIONS}


def _a_vote_on_a_topic(ask: Ask, frame: Frame) -> Frame | None:
    """« quelqu'un a voté contre le crématorium ? », « des élus se sont abstenus sur l'eau ? »,
    « tout le monde a voté pour le PLU ? »: people said, but no member named; the votes of
    the acts on that topic, asked yes or no (never the roll call of a sitting)."""
    if frame.asked not in (Asked.PRESENCE, Asked.ABSENCE, Asked.MEMBERS) or frame.number:
        return None
    kept = act_sets.kept_said(frame.text)
    if kept not in (*_VOTED_AS, act_sets.Kept.UNANIMOUS) or not frame.when.empty:
        return None
    words = tuple(w for w in frame.words if w not in _VOTE_NOISE)
    if not words or not _VOTED_VERB.search(fold(frame.text)):
        return None
    index = ask.reads.deliberation_index(ask.session)
    if not all(index.holds(w) for w in words) or _of_a_member(ask, frame):
        return None
    return frame.but(
        asked=Asked.VOTE, about=_VOTED_AS.get(kept, About.FOR), polar=True, words=words
    )


_SHORT_FOLLOW_UP = 8  # words: « et c'est pour quelle commune déjà ? » leans on the act in talk


async def _place_or_carrier_of_the_act(ask: Ask, frame: Frame, field: str) -> bool:
    """« pour quelle commune ? », « qui porte le projet ? » right after an act that funds no
    action (those that do answer from their actions): the commune or the beneficiary its
    title names, the sentences of its text that say it, or that neither says it; never a
    search for « projet » nor the members' communes."""
    kept = _recall(ask)
    ids = [int(i) for i in kept.get("deliberations") or ()][:3]
    if not ids or kept.get("asked") not in _TOPIC_KEPT:
        return False
    if _actions_of_acts(ask, ids):
        # « c'est porté par quelle structure ? » after the CLS: its actions' carriers
        return await _actions_of_acts_in_talk(
            ask, frame, {**kept, "asked": Asked.ACTIONS.value}, field
        )
    views = _acts(ask, ids)
    found = [(v, act_facts.named_in_title(v.deliberation.title, field)) for v in views]
    aspect = Aspect.TERRITORY if field == "territory" else Aspect.PARTNER
    if not any(named for _, named in found) and views[0].deliberation.full_text:
        view = views[0]
        passages = act_facts.aspect_passages(
            view.deliberation.full_text or "", act_facts.Asked(aspect=aspect)
        )
        if passages:
            await ask.reply("answer_in_act", v=view, passages=passages, nature=None)
        else:
            await ask.reply("act_aspect_missing", v=view, aspect=aspect.value)
    else:
        await ask.reply("act_in_title", found=found, field=field)
    _remember_deliberations(ask, frame.but(asked=Asked.DELIBERATION, words=()), ids)
    return True


def _without_share_words(frame: Frame) -> Frame:
    """A vote's frame without the words that ask its share (« quel pourcentage de pour sur la
    DSP ? »: answers.votes reads the share asked from the text), never words an act holds."""
    if frame.asked is not Asked.VOTE or _SHARE_WORDS.isdisjoint(frame.words):
        return frame
    if set(frame.words) <= _SHARE_WORDS:
        return frame  # « quelle proportion de délibs adoptées ? »: a count's share, no act
    return frame.but(words=tuple(w for w in frame.words if w not in _SHARE_WORDS))


# « quel % de pour », « la part de contre », « le pourcentage d'abstentions »: a side of a
# vote named by its share alone (« de pour » without « voix »)
_SHARE_OF_A_SIDE = cues.plain(
    r"(?:\b(?:pourcentage|pourcent|proportion|part|taux)|%) (?:de |d )(?:voix |votes )?"
    r"(?P<side>pour|contre|abstentions?|oui|non)\b"
)
_SHARE_SIDES = {"pour": About.FOR, "oui": About.FOR, "contre": About.AGAINST, "non": About.AGAINST}


def _share_of_a_vote(frame: Frame) -> Frame:
    """A search that asks the share of a side of a vote (« quel % de pour sur le DOB ? ») read
    as that vote's question; any other frame as it is."""
    if frame.asked is not Asked.SEARCH or (frame.number is None and not frame.words):
        return frame
    side = _SHARE_OF_A_SIDE.search(fold(frame.text))
    if side is None:
        return frame
    about = _SHARE_SIDES.get(side.group("side"), About.ABSTENTIONS)
    return _without_share_words(frame.but(asked=Asked.VOTE, about=about))


def _a_year_unknown(ask: Ask, frame: Frame) -> bool:
    """Whether acts are asked of years the store holds none of (« les délibérations de
    2021 »): none is said of acts, with the years known; a period inside a year that has acts
    (« du T3 2022 ») gets the sittings nearest."""
    if frame.asked not in (Asked.DELIBERATION, Asked.VOTE) or frame.follow_up:
        return False
    start, end = frame.when.start, frame.when.end
    if start is None or end is None:
        return False
    return not any(start.year <= year <= end.year for year, _ in _acts_known(ask))


def _acts_known(ask: Ask) -> list[tuple[int, int]]:
    """How many acts the store holds of each year: said when a period holds none (« les
    délibérations de 2021 »: those known are of 2022 and 2024)."""
    every = lookups.deliberations_between(
        session=ask.session, start=date.min, end=date.max, council_id=ask.asker.council_id
    )
    years: dict[int, int] = {}
    for month, acts, _sittings in every.months:
        years[month.year] = years.get(month.year, 0) + acts
    return sorted(years.items())


async def _acts_by_vote_bound(ask: Ask, frame: Frame) -> bool:
    """« les délibérations à plus de 100 voix pour », « combien de délibs ont eu plus de 5
    abstentions ? »: the acts of the period asked (every one known, else) whose vote holds
    the bound, of those whose vote is published in figures; False when no such bound is
    asked (or a day is named without its sitting's year)."""
    bound = vote_bound_asked(frame.text)
    when = frame.when
    if bound is None or frame.number or ((when.day or when.month) and not when.start):
        return False
    start = when.on or when.start or date.min
    end = when.on or when.end or date.max
    sittings = _sittings_between(ask, frame, start, end)
    ids = _look(ask, lookups.acts_in_order, sitting_ids=tuple(s.id for s in sittings))
    views = _look(ask, queries.deliberation_views, ids=tuple(ids)) if ids else []
    counted = [(v, n) for v in views if (n := _side_count(v.deliberation, bound.side)) is not None]
    kept = sorted((v for v, n in counted if bound.holds(n)), key=lambda v: v.held_on)
    await ask.reply(
        "answer_acts_by_vote",
        views=kept,
        bound=bound,
        published=len(counted),
        period=when.said if when.dated else "",
    )
    _remember_deliberations(ask, frame, [i for v in kept if (i := v.deliberation.id)][:3])
    return True


def _side_count(act: Deliberation, side: str) -> int | None:
    """How many votes one side of an act's vote had (« votes »: every vote cast, the
    published number of voters first), None when not published."""
    if side == "for":
        return act.votes_for
    if side == "against":
        return act.votes_against if act.votes_for is not None else None
    if side == "abstentions":
        return act.abstentions if act.votes_for is not None else None
    if act.votes_count is not None:
        return act.votes_count
    sides = (act.votes_for, act.votes_against, act.abstentions)
    return None if any(n is None for n in sides) else sum(n or 0 for n in sides)


# What a question about the latest (or first) time a topic came up may be read as
_TOPIC_EDGE_READ = frozenset({Asked.SITTING, Asked.DELIBERATION, Asked.VOTE, Asked.SEARCH})
# the words that ask it, never the topic's
_EDGE_WORDS = frozenset(
    """
    premiere premier premieres premiers derniere dernier dernieres derniers fois recente
    recent ancienne ancien toute plus
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


async def _topic_edge(ask: Ask, frame: Frame) -> bool:
    """« la dernière fois qu'on a parlé de l'eau », « c'était quand la dernière délib sur la
    voirie ? », « la première délibération sur le PLU »: the acts about the topic at the
    latest (earliest) sitting that has any, with its day; False when the message asks no such
    thing, names a body, a day or an act, or no act is about its words."""
    edge = topic_edge_asked(frame.text)
    words = " ".join(
        w
        for w in words_of(" ".join(frame.words))
        if w not in _EDGE_WORDS and not _YEAR_WORD.fullmatch(w)  # « de 2022 »: no topic
    )
    if (
        edge is None
        or not words
        or frame.asked not in _TOPIC_EDGE_READ
        or frame.number
        or frame.body
        or frame.when.start
        or frame.when.on
        or frame.when.day
        or frame.when.month
    ):
        return False
    ranked, every = _ranked(ask, words, frame.but(when=When()))
    if not every:
        return False
    views = _look(ask, queries.deliberation_views, ids=tuple(ranked[:every]))
    day = (max if edge == "last" else min)(v.held_on for v in views)
    kept = [v for v in views if v.held_on == day]
    await ask.reply(
        "answer_topic_edge",
        views=kept,
        last=edge == "last",
        words=_as_typed(frame, " ".join(w for w in frame.words if w not in _EDGE_WORDS)),
        every=every,
    )
    _remember_deliberations(ask, frame, [i for v in kept if (i := v.deliberation.id)][:3])
    return True


async def _act_of_rank(ask: Ask, frame: Frame) -> bool:
    """The act of a rank among those of a period, a body or a sitting, or of all (« la
    première délibération de 2022 » is the earliest act of 2022, never a search of « 2022 »
    nor a sitting's list): ordered by day, then number; its date and card. False when no
    rank of an act is said, a topic is (« la dernière délib sur l'eau »: searched), or none
    is held in that scope."""
    said = fold(frame.text).replace("-", " ")
    ranked = _ACT_RANKED.search(said) if not frame.number and frame.pick is None else None
    several = _ACTS_RANKED.search(said) if not frame.number and frame.pick is None else None
    found = several or ranked
    if found is None:
        return False
    how_many = 1
    if several is not None:
        # « les 3 dernières délibérations »: that many from the end, newest first
        count_said = several.group("n") or several.group("n2")
        if count_said:
            how_many = (
                int(count_said) if count_said.isdigit() else number_in_words(count_said) or 1
            )
        else:
            how_many = frame.top or _ACTS_LISTED
        how_many = min(how_many, _ACTS_LISTED_MOST)
    group = "rank" if found.group("rank") else "most"
    end_said = found.group(group).removeprefix("toute ").removeprefix("tout ")
    rank = _ACT_RANKS[end_said.removesuffix("s")]
    # the scope is read without the rank (« de 2022 », « du conseil de mars », « du dernier
    # bureau »): the rank is the act's, never the sitting's; « les trois premières délibs de
    # 2022 »: nor the number that goes with it
    count_group = None
    if several is not None:
        count_group = "n" if several.group("n") else "n2" if several.group("n2") else None
    cut = found.start(count_group) if count_group == "n" else found.start(group)
    unranked = said[:cut] + " " + said[found.end(group) :]
    if count_group == "n2":
        unranked = said[: found.start("n2")] + " " + said[found.end("n2") :]
        unranked = unranked.replace(found.group(group), " ")
    scope = _read_frame(unranked.replace(" la plus ", " "), ask.runtime.today())
    index = ask.reads.deliberation_index(ask.session)
    if any(index.holds(w) and w not in _RANK_FILLERS and not w.isdigit() for w in scope.words):
        return False
    when = scope.when
    years = [w for w in scope.words if re.fullmatch(r"(?:19|20)\d\d", w)]
    if when.empty and len(years) == 1:  # « la dernière délib de 2022 »: that year's
        year = int(years[0])
        when = replace(when, start=date(year, 1, 1), end=date(year, 12, 31), said=years[0])
    return await _ranked_among(ask, frame, scope, when, rank, how_many, several is not None)


async def _ranked_among(
    ask: Ask, frame: Frame, scope: Frame, when: When, rank: int, how_many: int, several: bool
) -> bool:
    """The act of that rank (from 0, the first; from -1, the last), or the `how_many` from that
    end when `several` were asked, among the acts of the sittings `scope` and `when` say."""
    if when.relative is not None and not when.dated:
        sittings = [s for s in [await sitting_of(ask, scope)] if s is not None]
        if not sittings:
            return True  # said which, or that there is none
    else:
        briefs = _look(
            ask,
            lookups.sittings_matching,
            body_ids=_body_ids(ask, scope, []),
            on=when.on,
            day=when.day if when.on is None and when.start is None else None,
            month=when.month if when.start is None else None,
            start=when.start or (None if when.on or when.month else date.min),
            end=when.end or (None if when.on or when.month else ask.runtime.today()),
        )
        sittings = [b.id for b in briefs]
    acts = _look(ask, lookups.acts_in_order, sitting_ids=tuple(sittings))
    if not acts and when.dated:
        await ask.reply("act_ranked", v=None, rank=rank, count=0, period=when.said)
        return True  # « la dernière délib de 2023 »: none then, said so
    if not acts or not -len(acts) <= rank < len(acts):
        return False
    period = when.said if when.dated else ""
    picked_ids = list(acts[-how_many:][::-1] if rank < 0 else acts[:how_many])
    if several and len(picked_ids) > 1:
        views = _look(ask, queries.deliberation_views, ids=tuple(picked_ids))
        await ask.reply("acts_ranked", views=views, last=rank < 0, count=len(acts), period=period)
        _remember_deliberations(
            ask, frame.but(asked=Asked.DELIBERATION), picked_ids[:3], listed=views
        )
        return True
    picked = acts[rank]
    views = _look(ask, queries.deliberation_views, ids=(picked,))
    await ask.reply("act_ranked", v=views[0], rank=rank, count=len(acts), period=period)
    await ask.reply("deliberation", views=views, duplicate=False)
    _remember_deliberations(ask, frame.but(asked=Asked.DELIBERATION), [picked])
    return True


# The title of an act of designation (« Désignation des représentants … au sein de divers
# organismes »)
_DESIGNATION_TITLE = cues.plain(r"\bdesignations?\b|\brepresentants?\b")


async def _designated(ask: Ask, frame: Frame, asked: Designation) -> None:
    """Who was designated to sit for the métropole in an organisation: the sentences of an act
    of designation that name it, when its text is known; else the acts of designation (of the
    period named), saying that the names are not published."""
    index = ask.reads.deliberation_index(ask.session)
    ids = [*index.matches_all("designation"), *index.matches_all("representants")]
    views = _look(ask, queries.deliberation_views, ids=tuple(dict.fromkeys(ids))) if ids else []
    views = [v for v in views if _DESIGNATION_TITLE.search(fold(v.deliberation.title))]
    if (span := _span(frame.when)) is not None:
        views = [v for v in views if span[0] <= v.held_on <= span[1]]
    views.sort(key=lambda v: (v.held_on, v.deliberation.number or ""), reverse=True)
    organisation = asked.organisation
    for view in views if organisation else []:
        text = view.deliberation.full_text or ""
        if text and (found := passages(text, organisation, limit=3)):
            await ask.reply("answer_in_act", v=view, passages=found)
            _remember_deliberations(ask, frame, [view.deliberation.id or 0])
            return
    await ask.reply(
        "designations_unpublished",
        views=views[:SEARCH_SHOWN],
        organisation=_as_typed(frame, organisation) if organisation else "",
        said=frame.when.said,
    )
    if views:
        _remember_deliberations(ask, frame, [v.deliberation.id or 0 for v in views[:3]])


def _span(when: When) -> tuple[date, date] | None:
    """The days a question names, when it names a day or a period."""
    if when.on is not None:
        return when.on, when.on
    if when.start is not None and when.end is not None:
        return when.start, when.end
    return None


_WILL_HAVE_IT = cues.plain(
    r"\b(?:on l aura|on va l avoir|l aura t on|sera t il atteint|(?:il|ce|c) sera atteint"
    r"|sera (?:bien )?atteint|on y sera|ca (?:va )?passer?a?)\b"
)


def _a_members_presence(ask: Ask, frame: Frame) -> bool:
    """« et Laget, il sera là ? » right after a rule: a member's presence asked, never the
    rule again (it answered the proxy's deadline)."""
    if frame.asked is not Asked.PRESENCE or not frame.words:
        return False
    return ask.resolve(frame.text, in_text=True).status in ("found", "ambiguous")


def _on_the_rule_in_talk(frame: Frame, last: dict[str, Any]) -> Frame | None:
    """A short follow-up right after a rule was explained, read with that rule's words: the
    rule it then asks, or None when it asks something else (a member, an act, a sitting)."""
    if frame.asked is Asked.RULE or not (
        frame.follow_up or frame.asked in (Asked.WHY, Asked.NOTHING)
    ):
        return None  # a rule of its own (« et s'il y a égalité ? ») is read as it is
    if frame.number or frame.first_person or len(frame.words) > 2:
        return None
    if last.get("rule") == Rule.QUORUM.value and _WILL_HAVE_IT.search(fold(frame.text)):
        # « c'est quoi le quorum du prochain bureau ? » then « et il sera atteint ? », « on
        # l'aura ? »: the forecast of the coming sitting, not the law again
        return frame.but(
            asked=Asked.QUORUM,
            about=None,
            polar=True,
            follow_up=False,
            when=When(relative=Relative.NEXT, said=""),
        )
    said = f"{frame.text} {last.get('rule_said', '')}"  # its own words first: they say which
    if rule_asked(said) is None:
        return None
    return frame.but(asked=Asked.RULE, text=said)


# « et si Berger est absente (elle) aussi ? », « si Rivat est malade ce jour-là ? »: a case put
# of one colleague away, no figure nor quorum said (« si Berger est absente, on aura le quorum
# ? » is the quorum's)
_COLLEAGUE_AWAY_CASE = cues.plain(
    r"^\W*(?:et |mais )?(?:si|et si|s il|s elle|imaginons que|supposons que)\b(?!.*\d)"
    r"(?!.*\b(?:quorum|majorite|votants?|vote|voter|deliber\w*)\b)"
    r".*\b(?:est|etait|sera|serait) (?:elle |lui )?(?:aussi |egalement )?(?:absente?|excusee?"
    r"|malade|empechee?|pas la|indisponible)\b"
)


def _holder_away_case(ask: Ask, frame: Frame) -> Frame | None:
    """« et si Berger est absente aussi ? »: the law of the holder away, of the colleague
    named (the rule reads the case, `_holder_of_the_case` the colleague); None otherwise."""
    if frame.asked is Asked.RULE or not _COLLEAGUE_AWAY_CASE.search(fold(frame.text)):
        return None
    named = ask.resolve(frame.text, in_text=True).member
    if named is None or named.member_id == ask.asker.member_id:
        return None
    case = f"{frame.text} (si mon mandataire est absent)"
    return frame.but(asked=Asked.RULE, text=case) if rule_asked(case) else None


_PROXY_GIVEN_NOW = cues.plain(
    r"\b(?:je|j)\b(?: (?:lui|vous|te))? (?:donne|laisse|confie|laisserai|donnerai|confierai)\b"
    r".*\b(?:pouvoir|procuration|procu)\b"
)


# « c'est passé à quelle majorité ? », « elle a eu la majorité absolue ? » said of an act done:
# its verb in the past or « elle », « ça » for its subject; « une délib passe à quelle majorité ? »
# is the law's
_AN_ACTS_MAJORITY = cues.plain(
    r"\b(?:c est passee?|est passee?|a ete|etait|y avait|y a eu|a eu|a obtenu|a recueilli"
    r"|elle|ca|celle ci|celle la|cette delib\w*|cette decision)\b"
)
_GENERIC_ACT = cues.plain(r"\b(?:une|les|des) (?:delib\w*|decisions?)\b|\bfaut\b|\bquoi\b")


def _majority_of_the_act_in_talk(ask: Ask, frame: Frame) -> bool:
    """Whether « c'est passé à quelle majorité ? » asks of the act just talked about."""
    said = fold(frame.text)
    if frame.number or frame.body or not frame.when.empty or frame.first_person:
        return False
    if not _AN_ACTS_MAJORITY.search(said) or _GENERIC_ACT.search(said):
        return False
    talk = _recall(ask)
    return bool(talk.get("deliberations")) and talk.get("asked") in _TOPIC_KEPT


async def _answer_rule(ask: Ask, frame: Frame) -> None:
    """The law explained (bot/services/law_questions.py), with the figures of the member's
    coming (else latest) sitting; « Barriol avait deux pouvoirs ? » then gets the facts."""
    topic = rule_asked(frame.text)
    if topic is None and frame.about is About.MAJORITY:
        topic = Rule.MAJORITY  # « y avait-il une majorité absolue ? »: no other rule words
    if topic is None:
        return
    if topic is Rule.MAJORITY and _majority_of_the_act_in_talk(ask, frame):
        # « délibération 2022.00033 » then « c'est passé à quelle majorité ? »: its figures
        polar = "?" in frame.text and not re.search(r"\b(?:quel\w*|combien)\b", fold(frame.text))
        majority = frame.but(asked=Asked.VOTE, about=About.MAJORITY, polar=polar, words=())
        await _deliberations(ask, majority)
        return
    today = ask.runtime.today()
    bodies = _body_ids(ask, frame, [])
    coming = _look(ask, lookups.next_sitting, after=today, body_ids=bodies)
    sitting = coming or _look(ask, lookups.latest_sitting, before=today, body_ids=bodies)
    view = ask.sitting_view(sitting.id or 0) if sitting is not None else None
    in_office = in_office_said(frame.text) if view is not None else None
    if view is not None and in_office is not None:
        # « si on est 61 en exercice … », « le quorum quand on est 50 ? »: the case put, not
        # the sitting's own figure
        view = replace(view, in_office=in_office)
    vacant = vacancies_said(frame.text) if topic in (Rule.QUORUM, Rule.QUORUM_IF) else None
    supposed_present = people_said(frame.text)
    if supposed_present is not None:
        # « 40 présents au début et 8 partent avant le dernier point »: those still there
        supposed_present = max(0, supposed_present - leaving_said(frame.text))
    if view is not None and view.in_office and vacant and vacant < view.in_office:
        # « avec 3 sièges vacants, le quorum ? »: counted on the members still in office
        view = replace(view, in_office=view.in_office - vacant)
    sitting_on, sent_on = notice_dates(frame.text, today) if topic is Rule.NOTICE else (None, None)
    when = frame.when
    period = _span(when)
    if period is None and emergency_said(frame.text):
        period = EMERGENCY_RULES  # « pendant le covid, le quorum ? »: the law of that time
    answer = answers.rule(
        topic=topic.value,
        today=today,
        view=view,
        coming=coming is not None,
        supposed=supposed_present,
        proxies_supposed=proxies_said(frame.text),
        sittings_supposed=sittings_said(frame.text),
        quorum_asked="quorum" in fold(frame.text),
        ill="malad" in fold(frame.text),
        late="retard" in fold(frame.text),
        asked=period,
        vacant=vacant,
        sitting_on=sitting_on,
        sent_on=sent_on,
        oral=said_aloud(frame.text),
        polar=yes_or_no(frame.text),
        counting=number_asked(frame.text),
        votes=votes_said(frame.text) if topic is Rule.VOTE_IF else None,
        unanimity="unanim" in fold(frame.text),
        body=frame.body,
        term=None if isinstance(term := term_asked(frame.text), Rule) else term,
        unanimity_kept=unanimity_kept(frame.text),
        twice=twice_asked(frame.text),
        size_supposed=in_office is not None,
        verdict=verdict(topic, frame.text),
    )
    # « je pars plus tôt jeudi, je donne pouvoir à Rivat pour la fin »: a proxy for the end of
    # a sitting is written and handed over there; said, never taken as one given for it all
    given_for_the_end = topic is Rule.LEAVING and bool(_PROXY_GIVEN_NOW.search(fold(frame.text)))
    holder = _holder_of_the_case(ask, frame) if topic is Rule.HOLDER_PRESENT else None
    extra = {"given": given_for_the_end, "holder": holder}
    await _answer(ask, replace(answer, data=answer.data | extra))
    # the rule in talk, for a follow-up (« et au-delà ? »); the words, not the whole thread
    _remember(ask, asked=Asked.RULE.value, rule=topic.value, rule_said=frame.text[-300:])
    supposed = re.search(r"\b(?:si|imaginons|supposons|admettons)\b", fold(frame.text))
    if topic is Rule.PROXIES_HELD and not frame.first_person and frame.words and not supposed:
        named = ask.resolve(frame.text, in_text=True)
        if named.member is not None:  # « Bonnet détenait deux procurations ? »: what he held
            await answer_frame(ask, frame.but(asked=Asked.PROXY, polar=False, about=None))


async def _never_proxied(ask: Ask, frame: Frame) -> bool:
    """« quels élus n'ont jamais donné de pouvoir ? », « qui n'a jamais porté de procuration
    ? »: those members over the roll calls known, and those who did; False when not asked."""
    side = never_proxied(frame.text)
    if side is None:
        return False
    carried = side == "held"
    never = _look(ask, lookups.members_never_proxied, held=carried, today=ask.runtime.today())
    await ask.reply("answer_never_proxied", r=never, held=carried)
    return True


def _holder_of_the_case(ask: Ask, frame: Frame) -> dict[str, Any] | None:
    """« et si Berger est absente elle aussi ? » right after the holder's rule (« et si mon
    mandataire est absent ? »): the colleague the case is put of, to say it of them."""
    if not re.search(r"\bsi\b", fold(frame.text)):
        return None
    named = ask.resolve(frame.text, in_text=True).member
    if named is None or named.member_id == ask.asker.member_id:
        return None
    member = ask.session.get(Member, named.member_id)
    if member is None:
        return None
    return {"display_name": member.display_name, "feminine": feminine(member.civility)}


def _marked_members(ask: Ask, frame: Frame, members: list[int]) -> list[int] | None:
    """A proxy asked between two members, one of them after « à », « de », « par » (« c'est à
    Flechet que Driol a donné son pouvoir ? », « de Cadegros, Mouseghian avait le pouvoir ? »,
    « c'est par Bonnet que Jouve était représenté ? »): the other one first, as the subject
    the side asked is read of; None when the sentence does not mark one alone."""
    if not (frame.asked is Asked.PROXY and frame.polar and frame.about and len(members) == 2):
        return None
    flags = []
    for member_id in members:
        member = ask.session.get(Member, member_id)
        flags.append(
            member is not None
            and marked_by_preposition(
                frame.text, member.last_name, asker=member_id == ask.asker.member_id
            )
        )
    if flags[0] == flags[1]:
        return None
    return members if flags[1] else members[::-1]


# « les pouvoirs du 4 juillet étaient valables ? », « les procurations étaient en règle ? »:
# whether the checks made at import (storage/checks.py) found anything wrong with them
_PROXIES_CHECKED = cues.plain(
    r"\b(?:pouvoirs?|procurations?|procus?)\b.*\b(?:valables?|valides?|reguli\w*|conformes?"
    r"|legaux|legales?|en regle|corrects?|correctes?)\b"
)
_PROXY_FINDINGS = (
    "giver_present",
    "giver_twice",
    "holder_not_present",
    "holder_overloaded",
    "proxy_count_mismatch",
)


async def _proxies_checked(ask: Ask, sitting_id: int) -> None:
    """Whether the proxies of a sitting passed the import's checks, and how many did not."""
    found = ask.session.exec(
        select(ImportFinding.code).where(
            ImportFinding.sitting_id == sitting_id,
            col(ImportFinding.code).in_(_PROXY_FINDINGS),
        )
    ).all()
    await ask.reply("proxies_checked", s=ask.sitting_view(sitting_id), found=len(found))


# A sitting's day or hour put to be checked: « c'est bien jeudi ? », « y a bureau demain ? »,
# « c'est à 17h ? »; never a question word (« c'est quand ? », « où ? »: answered elsewhere)
_DAY_CHECK = cues.plain(
    r"\b(?:c est|ce sera|c etait|est ce|bien|y a|il y a|y aura|il y aura|commence|commencera"
    r"|debute|debutera|se reunit|se reunira|a lieu|aura lieu|se tient|se tiendra)\b"
)
_ASKS_WHAT = cues.plain(
    r"\b(?:quel|quelle|quels|quelles|ou|combien|qui|quoi|comment|pourquoi|lequel"
    r"|laquelle|ordre du jour|odj)\b|\bquand\b(?! meme\b)"
)


def _day_checked(ask: Ask, frame: Frame, sitting_id: int) -> dict[str, Any] | None:
    """The yes or no of a sitting's day (and hour, when one is said) asked as a check, when
    the sitting found is on the day said; None for any other question."""
    when = frame.when
    folded = fold(frame.text)
    if (
        frame.about is not None
        or (when.on is None and when.day is None)
        or "?" not in frame.text
        or not _DAY_CHECK.search(folded)
        or _ASKS_WHAT.search(folded)
    ):
        return None
    view = ask.sitting_view(sitting_id)
    if when.on is None:
        # « c'est bien le 18 ? »: the day of the month, and its month when said
        on_the_day = view.held_on.day == when.day and when.month in (None, view.held_on.month)
    else:
        weekday_alone = fold(when.said or "").split()[-1:] == [WEEKDAYS[when.on.weekday()]]
        on_the_day = view.held_on == when.on or (
            weekday_alone and view.held_on == when.on + timedelta(days=7)
        )
    if not on_the_day:
        return None  # another day's sitting: said so already, the card follows
    try:
        hour = hour_said(folded)
    except ValueError:
        hour = None
    right = hour is None or view.start_time is None or hour == view.start_time
    return {"s": view, "right": right, "hour": hour, "coming": view.held_on >= ask.runtime.today()}


async def answer_on_sitting(ask: Ask, frame: Frame, sitting_id: int, members: list[int]) -> None:
    """The frame's answer once its sitting is known."""
    if frame.asked is Asked.PROXY and not members and _PROXIES_CHECKED.search(fold(frame.text)):
        await _proxies_checked(ask, sitting_id)
        return
    if frame.about in (About.HELD_TWO, About.GAVE_TWO):
        # « quels élus ont porté deux pouvoirs ? »: from the roll call, never the rule alone
        view = ask.sitting_view(sitting_id)
        given = frame.about is About.GAVE_TWO
        carried: dict[str, list[str]] = {}
        for proxy in view.proxies:
            one, other = (proxy.giver, proxy.holder) if given else (proxy.holder, proxy.giver)
            carried.setdefault(one.name, []).append(other.name)
        await ask.reply(
            "answer_held_two",
            s=view,
            given=given,
            several={h: g for h, g in carried.items() if len(g) > 1},
            holders=len(carried),
            emergency=rules.emergency_rules_apply(view.held_on),
        )
        _remember(ask, members=[], sitting=sitting_id, **_frame_state(frame))
        return
    if frame.about in (About.ARRIVED, About.LEFT):
        await _comings_and_goings(ask, frame, sitting_id, members)
        return
    partners: list[int] = []
    marked = _marked_members(ask, frame, members)
    if marked is not None:
        members = marked
    if (
        frame.asked is Asked.PROXY
        and frame.polar
        and len(members) >= 2
        and frame.about
        # « je peux porter le pouvoir de Thizy et de Rivat ? »: both give, the asker holds
        and frame.about is not About.CAN_GIVE_TO_ME
        # « aucun Bernard n'a donné pouvoir ? »: the members of that first name, each asked
        and not _EACH_OF_THEM.search(fold(frame.text))
        and (
            (len(members) == 2 and (marked or not re.search(r"\bet\b|,|&", frame.text)))
            or (
                (len(members) == 2 or re.search(r"\bou\b", fold(frame.text)))
                and re.search(
                    r"\b(?:pouvoir|procuration|procu|voix|place) (?:de|d|a) (?!qui\b)\w",
                    fold(frame.text),
                )
            )
        )
    ):
        # « Artigues a-t-il donné pouvoir à Degraix ? », « Semache portait le pouvoir de
        # Chassaubene, c'est bien ça ? », « X a donné procuration à Y ou à Z ? »: the first
        # named is the subject (not in « Jouve et Fara ont donné pouvoir ? », where both are),
        # the others its partners: « Oui » only when the proxy joins them.
        members, partners = members[:1], members[1:]
    if frame.about is About.CAN_GIVE_TO_ME and ask.asker.member_id is not None:
        # « Thizy peut me donner son pouvoir ? »: those named give, the asker would hold
        partners = [ask.asker.member_id]
    if (
        frame.asked is Asked.PROXY
        and frame.polar
        and frame.about in (About.GIVEN, About.HELD)
        and len(members) > 2
    ):
        # « Semache portait le pouvoir de Chassaubene et Flechet celui de Driol ? »: those
        # named as the other side of another one's proxy are not asked about themselves.
        pairs = _look(ask, lookups.proxies_between, sitting_id=sitting_id, member_ids=members)
        objects = {g for g, _ in pairs} if frame.about is About.HELD else {h for _, h in pairs}
        members = [m for m in members if m not in objects] or members
    officer = role_named(frame.text)
    if (
        not members
        and frame.asked in (Asked.PRESENCE, Asked.ABSENCE, Asked.PROXY)
        and officer in ("president", "secretary")
    ):
        # « le président était là ? », « le secrétaire était-il présent ? »: the officer as the
        # document names them; a sitting that does not name one is answered so, never with the
        # list of everyone.
        held = ask.session.get(Sitting, sitting_id)
        officer_id = (
            None
            if held is None
            else held.president_id
            if officer == "president"
            else held.secretary_id
        )
        if officer_id is None:
            about = About.PRESIDENT if officer == "president" else About.SECRETARY
            frame = frame.but(asked=Asked.OFFICER, about=about, polar=False)
        else:
            members = [officer_id]
    view = ask.sitting_view(sitting_id)
    if (
        frame.among is not None
        and not members
        and frame.asked in (Asked.PRESENCE, Asked.ABSENCE, Asked.PROXY, Asked.COUNT)
        and frame.about not in (About.IN_OFFICE, About.DELIBERATIONS)
        and view.roll_call
        and not answers.to_come(view, ask.runtime.today())
    ):
        # « combien de femmes présentes ? », « les excusés en C », « et parmi eux des
        # hommes ? »: the list narrowed, counted and named
        narrowed = answers.among_at_sitting(session=ask.session, frame=frame, view=view)
        await _answer(ask, narrowed)
        # « … qui s'appellent Patrick ? » then « et ils avaient donné pouvoir ? »: those named
        kept = [p.member_id for p in narrowed.data.get("people") or ()]
        _remember(ask, members=kept, sitting=sitting_id, **_frame_state(frame))
        return
    if (
        frame.asked is Asked.PROXY
        and frame.polar
        and not members
        and view.roll_call
        and view.proxies
        and _HOLDERS_ALL_THERE.search(fold(frame.text))
    ):
        # « les mandataires étaient-ils tous présents ? »: each holder on the roll call
        present = {p.member_id for p in view.present}
        away = [p.holder for p in view.proxies if p.holder.member_id not in present]
        await ask.reply("answer_holders_present", s=view, away=away)
        _remember(ask, members=[], sitting=sitting_id, **_frame_state(frame))
        return
    if (
        frame.asked is Asked.CONVOCATION
        and view.held_on >= ask.runtime.today()
        and _NOT_RECEIVED.search(fold(frame.text))
        and await send_again(ask, sitting_id)
    ):
        _remember(ask, members=[], sitting=sitting_id, **_frame_state(frame))
        return
    if (
        frame.asked is Asked.PRESENCE
        and ask.asker.secretariat
        and not members
        and SHEET_NAMED.search(fold(frame.text))
    ):
        # « la feuille d'émargement du 18 juillet »: the sheet in its official form, as /feuille
        await show_sheet(ask, sitting_id)
        return
    answer = _sitting_answer(ask, frame, sitting_id, view, members, partners)
    if answer is not None:
        await _answer(ask, answer)
        if frame.first_person and view.deliberations and MISSED_WHAT.search(fold(frame.text)):
            # « j'ai raté quoi le 4 juillet ? »: where the asker stood, then what was decided
            await _sitting_votes(ask, frame.but(asked=Asked.DELIBERATION), sitting_id)
            return
        if frame.asked is Asked.OFFICER and not members and answer.data.get("holder_id"):
            # « qui présidait ? » then « elle avait un pouvoir ? »: « elle » is the one just
            # named (« et le secrétaire ? » is still about the sitting, not about her)
            _remember(
                ask,
                members=[],
                named=[answer.data["holder_id"]],
                sitting=sitting_id,
                **_frame_state(frame),
            )
            return
    elif frame.asked in (Asked.PRESENCE, Asked.ABSENCE, Asked.PROXY):
        kind = {Asked.PRESENCE: "presents", Asked.ABSENCE: "absents"}.get(frame.asked, "proxies")
        # « qui a donné pouvoir à Semache et à Flechet ? »: the proxies of each one named.
        each: list[int | None] = [*members] if kind == "proxies" and members else [None]
        for member_id in each:
            await show_attendance(
                ask,
                to_question(frame, ask.runtime.today()),
                kind,
                sitting_id=sitting_id,
                member_id=member_id,
                # « y avait-il des absents le 4 juillet ? »: Oui / Non first
                polar=frame.polar and not members and bool(_THERE_WERE.search(fold(frame.text))),
            )
    elif frame.asked is Asked.QUORUM:
        # a coming sitting: the forecast; « qui a répondu ? »: with the names declared
        said = fold(frame.text)
        await show_forecast(
            ask,
            sitting_id,
            who=bool(re.search(r"\bqui\b", said)),
            silent=bool(re.search(r"\bqui\b|\bliste\b|\bnoms?\b|\blesquels\b", said))
            and bool(_SILENT.search(said)),
        )
    elif frame.asked in (Asked.VOTE, Asked.DELIBERATION):
        await _sitting_votes(ask, frame, sitting_id)
        return
    elif frame.asked is Asked.SITTING and (checked := _day_checked(ask, frame, sitting_id)):
        # « le bureau c'est bien jeudi ? », « c'est à 17h demain ? »: Oui / Non first
        await ask.reply("answer_sitting_checked", **checked)
        _remember(ask, members=[], sitting=sitting_id, **_frame_state(frame))
    elif frame.brief and frame.asked is Asked.SITTING:
        # « le bureau du 4 juillet en une phrase »: its figures in a sentence, not its card
        await ask.reply("sitting_brief", s=ask.sitting_view(sitting_id), today=ask.runtime.today())
        _remember(ask, members=[], sitting=sitting_id, **_frame_state(frame))
    else:
        await show_sitting(ask, to_question(frame, ask.runtime.today()), sitting_id=sitting_id)
    # « qui a donné pouvoir à Flechet ? » then « et lui ? »: the other side of the proxy
    # « Flechet était là ? » (porteuse du pouvoir de Driol) then « et lui ? »: Driol too
    named = (
        _look(ask, lookups.proxy_partners, member_ids=members, sitting_id=sitting_id)
        if frame.asked in (Asked.PROXY, Asked.PRESENCE, Asked.ABSENCE) and members
        else []
    )
    _remember(ask, members=members, named=named, sitting=sitting_id, **_frame_state(frame))


def _non_voters_of_acts(ask: Ask, frame: Frame, view: queries.SittingView) -> answers.Answer:
    """Who took no part in the vote of the acts numbered: those the document prints as not
    voting or away at that item, and the absent without a proxy (at the roll call)."""
    ids = _acts_numbered(ask, frame)
    names = {p.member_id: p.name for p in (*view.present, *view.represented)}
    changes = _look(
        ask, lookups.members_at_item, deliberation_ids=tuple(ids), member_ids=tuple(names)
    )
    left_out: dict[str, list[str]] = {"not_voting": [], "away": []}
    for change in changes:
        if change.change in left_out and (name := names.get(change.member_id)):
            left_out[change.change].append(name)
    return answers.Answer(
        "answer_non_voters",
        {
            "s": view,
            "acts": [a.deliberation for a in _acts(ask, ids)],
            "not_voting": left_out["not_voting"],
            "away": left_out["away"],
            "unrepresented": [p.name for p in (*view.excused, *view.absent)],
        },
    )


async def _comings_and_goings(ask: Ask, frame: Frame, sitting_id: int, members: list[int]) -> None:
    """« qui est arrivé en retard ? », « quelqu'un est parti avant la fin ? »: the arrivals
    after the roll call (or departures) the acts print item by item; that they print none is
    said, never a list of the present nor a rule."""
    view = ask.sitting_view(sitting_id)
    everyone = [p.member_id for p in (*view.present, *view.represented, *view.excused)]
    changes = _look(
        ask,
        lookups.members_at_item,
        deliberation_ids=tuple(d.id for d in view.deliberations),
        member_ids=tuple(members or everyone),
    )
    names = {p.member_id: p.name for p in (*view.present, *view.represented, *view.excused)}
    # What members told the assistant themselves: « je serai en retard », « je partirai avant
    # la fin », « je suis là » once the sitting began (the acts, if any, say it after)
    told = proxies_service.declared_moves(ask.session, sitting_id)
    # « des retards ou des départs ? »: both, in the order asked
    asked = moves_asked(frame.text) or (frame.about,)
    sections = []
    declared_each: list[list[tuple[str, datetime | None]]] = []  # each section's, as told
    for about in asked:
        kinds = ("arrived",) if about is About.ARRIVED else ("away", "represented")
        moved: dict[str, list[str]] = {}
        for change in changes:
            if change.change in kinds:
                moved.setdefault(names.get(change.member_id, ""), []).append(change.number)
        said = ("late", "arrived") if about is About.ARRIVED else ("leaving",)
        declared = [
            (view_of.name, at if "arrived" in moves else None)
            for member_id, (moves, at) in told.items()
            if set(moves) & set(said)
            and (not members or member_id in members)
            and (view_of := ask.member_view(member_id)) is not None
        ]
        sections.append((about is About.ARRIVED, moved))
        declared_each.append(sorted(declared))
    await ask.reply(
        "answer_moves",
        s=view,
        sections=sections,
        declared_each=declared_each,
        named=[names.get(m) or (v.name if (v := ask.member_view(m)) else "") for m in members],
        to_come=answers.to_come(view, ask.runtime.today()),
        tz=ask.runtime.settings.tz,
    )
    _remember(ask, members=members, sitting=sitting_id, **_frame_state(frame))


def _figure(view: queries.SittingView, about: About | None) -> int | None:
    """The sitting's figure a member checks (« 40 présents ? »), None when not published."""
    if about is About.IN_OFFICE:
        return view.in_office
    if not view.roll_call:
        return None
    return {
        About.PRESENT: view.present_count,
        About.PROXIES: len(view.proxies),
        About.EXCUSED: len(view.excused),
        About.ABSENT: len(view.excused) + len(view.represented) + len(view.absent),
        About.VOTES: view.votes,
    }.get(about)  # type: ignore[arg-type]


# « tout le monde était là ? », « tous les élus étaient présents ? », « au complet ? »
_EVERYONE_THERE = cues.plain(
    r"\b(?:tout le monde|tous les (?:membres|elus|conseillers)|au complet|(?:tout|tous) le"
    r" (?:bureau|conseil)|(?:bureau|conseil) (?:entier|complet)|il ne manquait personne"
    r"|ne manquait personne|personne ne manquait|tous presents|tous la|toutes presentes)\b"
)


def _sitting_answer(
    ask: Ask,
    frame: Frame,
    sitting_id: int,
    view: queries.SittingView,
    members: list[int],
    partners: list[int] | None = None,
) -> answers.Answer | None:
    """The answer of one answerer over the store, or None when a feature answers itself (a
    list, the forecast, the votes, the sitting's card); `partners`: the other side of the
    proxy asked about (« Bonnet avait le pouvoir de Fara ? »: Fara)."""
    s, i, v = ask.session, sitting_id, view
    asked = frame.asked
    today = ask.runtime.today()
    if answers.to_come(v, today):
        # A sitting not held yet: what is declared so far, never a roll call or a vote count.
        if asked is Asked.CONVOCATION:
            # « je n'ai pas reçu la convocation »: never « Oui : elle est partie »
            polar = frame.polar and not _NOT_RECEIVED.search(fold(frame.text))
            due = answers.convocation_due(
                session=s,
                sitting_id=i,
                today=today,
                polar=polar,
                urgent_asked=frame.about is About.URGENT,
                secretariat=ask.asker.secretariat,
            )
            if ask.asker.secretariat and v.convened_on is None:
                # « envoie la convocation du 17 »: offered to whoever sends it, never sent
                # on a sentence's reading alone; past its last day, in urgency while the law
                # still allows it (never a button the law refuses at once)
                urgent = bool(due.data["late"])
                if not urgent:
                    due.data["buttons"] = [(render("button_convene"), Convene(i).encode())]
                elif rules.notice_is_sufficient(today, v.held_on, rules.URGENT_NOTICE_DAYS):
                    urgently = Convene(i, urgent=True).encode()
                    due.data["buttons"] = [(render("button_convene_urgently"), urgently)]
                due.data["urgency_open"] = bool(due.data.get("buttons"))
            return due
        counted = asked is Asked.COUNT and frame.about in (
            About.PRESENT,
            About.ABSENT,
            About.EXCUSED,
            About.PROXIES,
            About.VOTES,
            None,
        )
        if asked in (Asked.PRESENCE, Asked.ABSENCE, Asked.PROXY) or counted:
            return answers.coming(
                session=s,
                frame=frame,
                sitting_id=i,
                view=v,
                member_ids=members,
                partner_ids=partners or [],
                clock=(ask.runtime.now(), ask.runtime.settings.tz),
                asker_id=ask.asker.member_id,
                typed=(ask.update.effective_message and ask.update.effective_message.text) or "",
            )
    # « qui avait mon pouvoir ? », « Bonnet représentait qui ? »: one side of a proxy asked of
    # a member is a sentence about that member, as « Fara a donné pouvoir ? » is.
    sided = frame.about in (About.GIVEN, About.HELD, About.VOTES)
    about_them = asked in (Asked.PRESENCE, Asked.ABSENCE) or (
        asked is Asked.PROXY and (frame.polar or sided)
    )
    if members and about_them:  # « Berger était là ? », « Fara a donné pouvoir ? »
        people = [
            _look(ask, lookups.member_at_sitting, sitting_id=i, member_id=m) for m in members
        ]
        at_item = None
        if frame.number and asked in (Asked.PRESENCE, Asked.ABSENCE):
            # « Berger était là pour la 2024.00417 ? »: that item's attendance, not the roll call
            acts = _acts_numbered(ask, frame)
            at_item = _look(
                ask,
                lookups.members_at_item,
                deliberation_ids=tuple(acts),
                member_ids=tuple(members),
            )
        others = [
            _look(ask, lookups.member_at_sitting, sitting_id=i, member_id=m)
            for m in partners or ()
        ]
        return answers.presence(
            frame=frame, view=v, people=people, at_item=at_item, partners=others
        )
    if (
        asked in (Asked.ABSENCE, Asked.COUNT)
        and frame.about is About.UNREPRESENTED
        and frame.number
        and view.roll_call
        and frame.voting
    ):
        # « qui n'a pas pris part au vote sur la CP.2025.11-03 ? »: that item's own, as the
        # document prints them (« ne prend pas part au vote », left before it), beside the
        # absent without a proxy
        return _non_voters_of_acts(ask, frame, view)
    if asked is Asked.ABSENCE and frame.about in (About.UNEXCUSED, About.UNREPRESENTED):
        # « les absents sans excuse »: few, counted and named
        return answers.count(session=s, frame=frame, sitting_id=i, view=v)
    if asked in (Asked.PRESENCE, Asked.ABSENCE) and not view.roll_call:
        # no roll call published: the count says so, never « Présents : 0 »
        about = About.PRESENT if asked is Asked.PRESENCE else About.ABSENT
        return answers.count(
            session=s, frame=frame.but(about=about), sitting_id=i, view=v, names=True
        )
    if (
        (frame.polar or "?" in frame.text)
        and not members
        and (asked is Asked.PRESENCE or (asked is Asked.COUNT and frame.about is About.PRESENT))
        and frame.checked is None
        and view.roll_call
        and view.in_office
        and _EVERYONE_THERE.search(fold(frame.text))
    ):
        # « tout le monde était là ? », « le bureau était au complet ? »: every member in
        # office present, checked (« Non, pas 67 : 40 présents… »), never the list of the present
        counting = answers.count(
            session=s,
            frame=frame.but(asked=Asked.COUNT, about=About.PRESENT),
            sitting_id=i,
            view=v,
        )
        return answers.checked(counting, said=view.in_office, true=view.present_count, bound=None)
    if asked is Asked.COUNT and frame.checked is not None:
        # « il y avait 40 présents ? »: « Oui » / « Non » first, then the count
        counting = answers.count(session=s, frame=frame, sitting_id=i, view=v)
        true = _figure(v, frame.about)
        return answers.checked(counting, said=frame.checked, true=true, bound=frame.bound)
    if asked is Asked.COUNT:
        return answers.count(session=s, frame=frame, sitting_id=i, view=v)
    if asked is Asked.OFFICER:
        return answers.officer(
            session=s,
            frame=frame,
            sitting_id=i,
            view=v,
            member_ids=members,
            coming=v.held_on >= ask.runtime.today(),
        )
    if asked is Asked.CONVOCATION:
        return answers.convocation(
            session=s,
            sitting_id=i,
            view=v,
            polar=frame.polar,
            urgent_asked=frame.about is About.URGENT,
        )
    if asked is Asked.SITTING and frame.about is About.DOCUMENTS:
        today = ask.runtime.today()
        return answers.documents(session=s, frame=frame, sitting_id=i, today=today, view=v)
    if asked is Asked.SITTING and frame.about is About.STILL_ON:
        said = STILL_ON_ASKED.search(fold(frame.text))
        return answers.Answer(
            "answer_sitting_still_on",
            {
                "s": v,
                "coming": answers.to_come(v, today),
                "changed_asked": bool(said and said["no"]),
            },
        )
    if asked is Asked.SITTING and frame.about in (
        About.WHEN,
        About.TIME,
        About.PLACE,
        About.AGENDA,
    ):
        return answers.Answer(
            "answer_sitting_day",
            {
                "s": v,
                "coming": answers.to_come(v, ask.runtime.today()),
                "about": frame.about.value,
                # « ça finit à quelle heure ? », « il a duré combien de temps ? »: no document
                # gives the end; said, then the start
                "ending": bool(END_ASKED.search(fold(frame.text))),
                # « ça fait combien de temps le dernier bureau ? »: the days between
                "days": (v.held_on - ask.runtime.today()).days
                if elapsed_asked(frame.text)
                else None,
                # « combien de points à l'ordre du jour ? »: the number first
                "counting": bool(re.search(r"\b(?:combien|nombre|nb)\b", fold(frame.text))),
                # « c'était en visio ? »: what the sitting's texts say of it, or that they
                # say nothing of it
                "remote": (
                    _remote_passage(ask, i) if _REMOTE_ASKED.search(fold(frame.text)) else None
                ),
                # « le conseil se réunit quand ? » with none to come: none is planned, said
                # before the last one (never « C'était le … » as if that answered)
                "unplanned": v.held_on < ask.runtime.today()
                and frame.about is About.WHEN
                and frame.when.empty
                and bool(_MEETS_NOW.search(fold(frame.text))),
                # « c'est où et à quelle heure ? »: both, in one sentence each
                "both": frame.about in (About.TIME, About.PLACE)
                and bool(_PLACE_SAID.search(frame.text))
                and bool(_HOUR_SAID.search(fold(frame.text))),
            },
        )
    if asked is Asked.QUORUM and view.held_on < ask.runtime.today():
        # « le quorum c'était combien ? »: the number required; otherwise whether it was met
        # (« en nombre suffisant » asks whether, not how many)
        figure = re.search(
            r"\b(?:combien|quel|quelle|fallait)\b|\bnombre\b(?! suffisant)|(?<!\bou )\bquoi\b",
            fold(frame.text),
        )
        if frame.checked is not None:  # « le quorum c'était 34 ? »: that figure, checked
            required = answers.quorum(session=s, sitting_id=i, view=v, polar=False)
            true = v.quorum_required
            return answers.checked(required, said=frame.checked, true=true, bound=frame.bound)
        # (« atteint, et avec combien ? »: yes or no first, the polar answer gives the figures)
        return answers.quorum(session=s, sitting_id=i, view=v, polar=frame.polar or not figure)
    return None


_REMOTE_ASKED = cues.plain(
    r"\b(?:visio\w*|audio ?conference|teleconference|distanciel|a distance|en ligne|zoom"
    r"|teams|hybride|presentiel)\b"
)


def _remote_passage(ask: Ask, sitting_id: int) -> str:
    """The first sentence of the sitting's acts that says it met remotely (« … réuni en
    visioconférence »), or "" when none says it (a question about it is answered « not
    said »)."""
    texts = ask.session.exec(
        select(Deliberation.full_text).where(Deliberation.sitting_id == sitting_id)
    )
    for text in texts:
        for sentence in re.split(r"(?<=[.;:])\s+|\n\s*\n", text or ""):
            if _REMOTE_ASKED.search(fold(sentence)):
                return " ".join(sentence.split())
    return ""


async def answer_chosen_sitting(ask: Ask, sitting_id: int) -> bool:
    """A sitting picked among several for a pending question: answer that question."""
    pending = _recall(ask, PENDING_KEY)
    if not pending.get("text"):
        return False
    from bot.services.frames import read_frame

    frame = read_frame(pending["text"], ask.runtime.today())
    if pending.get("asked"):
        frame = frame.but(
            asked=Asked(pending["asked"]),
            about=About(pending["about"]) if pending.get("about") else None,
            polar=bool(pending.get("polar")),
        )
    await answer_on_sitting(ask, frame, sitting_id, list(pending.get("members") or []))
    return True


async def _answer(ask: Ask, answer: answers.Answer) -> None:
    """Say an answer (the read layer renders the same data once until the store changes)."""
    await ask.reply(answer.template, **answer.data)


# -- who ----------------------------------------------------------------------------------------


def _words_of_acts_only(ask: Ask, frame: Frame) -> bool:
    """Whether every word left of the message is found in the acts and names no member
    (« le CLS », « la piscine »)."""
    index = ask.reads.deliberation_index(ask.session)
    return all(index.holds(w) for w in frame.words) and (
        ask.resolve(" ".join(frame.words), in_text=True).status == "unknown"
    )


def _name_like_words(frame: Frame, text: str | None = None) -> list[str]:
    """Capitalised words of the message (or of a part of it) that no other reading took: a
    name being asked about."""
    # « Durandal(x) », « Durandal<b>x</b> », « Durandal😀 »: the frame's word keeps the signs
    # glued to it; the name is compared without them (it was never called unknown, and the
    # whole roll call was answered instead).
    words = set(frame.words) | {
        piece for word in frame.words for piece in _NAME_PIECES.findall(word)
    }
    text = frame.text if text is None else text
    about_people = frame.asked in _ABOUT_MEMBERS and frame.asked is not Asked.SEARCH
    # « DONNE MOI LA LISTE DES ABSENTS TOUT DE SUITE »: in capitals, a capital says nothing
    shouted = not any(c.islower() for c in frame.text)
    if (shouted or not any(c.isupper() for c in frame.text)) and frame.polar and about_people:
        # Someone who never types capitals: in a yes/no question about a person, the words
        # left over are the name when a civility says one is dictated (« madame berre
        # roukeche »), else one surname, never beside a pronoun that already says who: « si 20
        # élus partent après l'ouverture, on peut continuer ? » and « et elle votait pour
        # quelqu'un ? » named nobody « peut continuer » nor « votait ».
        said = fold(text).split()
        left = [w for w in said if w in words and w not in _NEVER_NAMES]
        heading = said[0] not in PARTICLES and said[0] not in _FOREIGN_PARTICLES
        if len(said) > 1 and heading and left == said[:1] and said[1] in ("des", "du", "de"):
            return []  # « détail des pouvoirs ? », « récap des présents ? »: a noun heading it
        if _CIVILITY_SAID.search(fold(text)):
            return left  # « madame berre roukeche »: a name dictated in pieces
        if 1 < len(left) <= 4 and common_first_name(left[0]):
            return left  # « jean-claude van damme »: a first name, then the rest of the name
        return left if len(left) == 1 and not frame.pronoun else []
    if shouted:
        return []
    # « Jean-Pierre », « Dupont-Aignan »: every part of a hyphenated name left over.
    found = [
        m.group(1)
        for m in _WORD_OF_A_NAME.finditer(text)
        if m.group(1)[0].isupper()
        # (« O'Neil », « J.-P. Durand »: a letter alone, an initial, is never a word left over)
        if (pieces := {p for p in fold(m.group(1)).split() if len(p) > 1})
        and pieces <= words
        # « ce qui concerne la Région »: an institution, never a member asked about
        and not pieces <= act_facts.INSTITUTIONS
    ]
    # « madame cède mâché » (dictated): the words after a civility are a name, capitals or not
    for civil in _AFTER_CIVILITY.finditer(text):
        for piece in civil.group(1).split():
            inside = any(fold(piece) in fold(f).split() for f in found)  # « Berger-Durand »
            if fold(piece) in words and fold(piece) not in _NEVER_NAMES and not inside:
                found.append(piece)
    return found


def _typed_span(text: str, unknown: list[str]) -> str | None:
    """The words of `text` from the first unknown word to the last, when only a surname's
    particles stand between them (« Van der Berg »): the name as typed, said once."""
    tokens = list(re.finditer(r"[\w'’-]+", text))
    wanted = [fold(w) for w in unknown]
    hits = [i for i, t in enumerate(tokens) if fold(t.group(0)) in wanted]
    if len(hits) < 2:
        return None
    between = [fold(tokens[i].group(0)) for i in range(hits[0], hits[-1] + 1) if i not in hits]
    if any(w not in PARTICLES for w in between):  # « Van der Berg », « de La Tour »
        return None
    return text[tokens[hits[0]].start() : tokens[hits[-1]].end()]


_AFTER_CIVILITY = cues.plain(
    r"(?i)\b(?:madame|monsieur|mme|mlle|mr|m\.)\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,2})"
)


_CIVILITY_SAID = cues.plain(rf"\b(?:{CIVILITY_ALTERNATION})\b")
_NEVER_NAMES = frozenset(
    """
    pris part bien souvent vraiment deja toujours encore jamais
    chacun chacune personne quiconque tous toutes eux elles ceux
    """.split()  # noqa: SIM905 (« les pouvoirs de chacun », « de personne »: nobody named)
)


# « les Gilles étaient là ? », « les deux Michaud », « tous les Jean-Luc »: a name said in the
# plural, every member it fits asked of (never « lequel voulez-vous dire ? »)
_NAME_IN_PLURAL = cues.plain(
    r"\b(?:(?:tous|toutes|chacun|chacune|aucun|aucune) (?:les|des) |les |des |aux )"
    r"(?:(?:deux|trois|quatre|cinq|six|[2-9]) )?([a-z][a-z-]+)\b"
    r"|\b(?:deux|trois|quatre|cinq|six|[2-9]) ([a-z][a-z-]+)\b"
)


_ONE_AMONG = cues.plain(r"\b(?:lequel|laquelle|lesquels|lesquelles|l un|l une|un|une|qui)\s*$")


def _words_of_their_names(text: str, resolution: Resolution) -> str:
    """The words of `text` that are part of a candidate's name, as typed (« combien de gilles
    au bureau » : « gilles »; « et à michaud » : « michaud »); "" when none is."""
    parts = {
        piece
        for c in resolution.candidates
        for piece in re.split(r"[\s-]+", f"{fold(c.first_name or '')} {fold(c.last_name)}")
        if piece
    }
    tokens = re.findall(r"[\w'’-]+", text)
    return " ".join(t for t in tokens if fold(t) in parts or set(fold(t).split()) <= parts)


def _a_first_name_of_several(ask: Ask, word: str) -> bool:
    """Whether two members at least bear the folded `word` as their first name."""
    named = ask.reads.names(ask.session).so_named(word)
    return sum(word in re.split(r"[\s-]+", fold(c.first_name or "")) for c in named) >= 2


def _all_bearing(ask: Ask, text: str) -> tuple[Candidate, ...]:
    """Every member a name said in the plural fits when the resolver found none (« les gilles
    étaient là ? », typed without capitals): two at least, else ()."""
    folded = fold(text)
    people = ask.reads.names(ask.session)
    for match in _NAME_IN_PLURAL.finditer(folded):
        if _ONE_AMONG.search(folded[: match.start()]):
            continue
        said = match.group(1) or match.group(2)
        if said in NOT_NAMES or is_known_word(said):
            continue
        fitting = people.so_named(said)
        if len(fitting) >= 2:
            return fitting
    return ()


def _read_by_nobody(ask: Ask, frame: Frame, text: str) -> list[str]:
    """The name asked about in a question about one member's presence, proxy or record,
    typed without capitals, that no reader took and no member bears: said unknown, never
    dropped for every member's answer. A run of words is a name when it stands where a name
    stands, after the word a name follows (« est-ce que dupont a été absent ? », « qui
    représentait zorglub ? », « la procuration de machin truc »; « détail des pouvoirs » opens
    with no name), or when a surname's particle joins or opens it (« van de
    walle était présent ? », « da costa avait un pouvoir ? »); « on peut continuer » is none."""
    if frame.asked not in _ONE_MEMBER_ASKED or frame.first_person or frame.pronoun:
        return []
    tokens = fold(text).split()
    left = [i for i, w in enumerate(tokens) if w in frame.words and not w.isdigit()]
    if not left or left[-1] - left[0] >= 4:
        return []
    run = tokens[left[0] : left[-1] + 1]
    words = [w for w in run if w not in PARTICLES]
    joined = any(w in PARTICLES for w in run[1:-1])  # « van de walle », « de la tour »
    placed = left[0] > 0 and tokens[left[0] - 1] in _BEFORE_A_NAME
    if not (joined or run[0] in _FOREIGN_PARTICLES or placed) or not 1 <= len(words) <= 3:
        return []
    if any(w not in frame.words for w in words):
        return []  # words the readers took stand between: no one name
    index = ask.reads.deliberation_index(ask.session)
    if any(
        len(w) < 3 or w in NOT_NAMES or w in _NEVER_NAMES or is_known_word(w) or index.prints(w)
        for w in words
    ):
        return []
    return [" ".join(run)]


# The words a name follows in a question about a member (« de », « à », « pour », « que »,
# « représentait », a civility)
_BEFORE_A_NAME = frozenset(
    """
    de d du a pour par que qu m mr mme mlle monsieur madame represente representait
    remplace remplacait mandataire mandant
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# Particles that open a surname and no French phrase (« van », « da », « von »)
_FOREIGN_PARTICLES = frozenset(("van", "von", "da", "di", "del", "dos", "der", "ben", "el"))


def _all_so_named(resolution: Resolution, text: str) -> list[int]:
    """The candidates a name said in the plural fits, each by its first name or a word of its
    surname (two at least), in the resolution's order; [] when no name is said so."""
    folded = fold(text)
    for match in _NAME_IN_PLURAL.finditer(folded):
        if _ONE_AMONG.search(folded[: match.start()]):
            continue  # « lequel des Marc était là ? »: one of them, asked which
        said = match.group(1) or match.group(2)
        fitting = [
            c.member_id
            for c in resolution.candidates
            if said in re.split(r"[\s-]+", fold(c.first_name or ""))
            or said in re.split(r"[\s-]+", fold(c.last_name))
        ]
        if len(fitting) >= 2:
            return fitting
    return []


def _each_named(resolution: Resolution, text: str) -> list[int]:
    """The members of an « ambiguous » resolution when each one's surname is written in the
    text: several people named, in reading order, not one name fitting several members; or
    the name said in the plural (« les deux Michaud »): each member it fits."""
    if resolution.status != "ambiguous":
        return []
    if resolution.listed:
        return [c.member_id for c in resolution.candidates]
    if plural := _all_so_named(resolution, text):
        return plural
    words = f" {fold(text)} "
    surnames = [fold(c.last_name) for c in resolution.candidates]
    if len(set(surnames)) != len(surnames):
        return []
    if all(f" {surname} " in words for surname in surnames):
        return [c.member_id for c in resolution.candidates]
    return []


def _said_words(text: str) -> list[str]:
    """The folded words of a name or a part of a message, punctuation and hyphens dropped."""
    return re.findall(r"[a-z0-9]+", fold(text))


# « Laget et moi », « moi et Tardy », « moi, Berger et Rivat » (folded: no comma): the asker
# among others named
_ME_AMONG_OTHERS = cues.plain(r"^(?:et )?moi\b|\bmoi (?:et|ou)\b|\b(?:et|ou) moi\b")


async def _members(
    ask: Ask, frame: Frame, last: dict[str, Any], *, beside_asker: bool = False
) -> list[int] | None:
    """The members a question is about; None when an answer (which one? nobody?) was sent
    (`beside_asker`: the others named beside « moi », [] when none of them is known: the
    asker is answered all the same)."""
    counts_proxies = frame.asked is Asked.COUNT and frame.about is About.PROXIES
    counts_absences = (  # « combien d'absences pour Bouchet ? »
        frame.asked is Asked.COUNT
        and frame.about in (About.ABSENT, About.EXCUSED, About.PRESENT)
        and frame.when.empty
        and not frame.body
        and bool(frame.words)
    ) or _counted_before(frame, last) is not None  # « et en 2022 ? » after a member's count
    folded_text = " ".join(fold(frame.text).split())
    if (title := _title_checked(frame, folded_text)) is not None:
        # « Fayolle est vice-présidente ? »: the title the extracts sign under, checked
        bearer = ask.resolve(
            folded_text[: title.start()] + folded_text[title.end() :], in_text=True
        )
        if bearer.status == "found" and bearer.member is not None:
            said = title.group("title")
            # (« vice-présidente » with no rank: any rank signed under counts)
            ranks = _RANKS_SIGNED if said.startswith("vice") else ("",)
            signer = next(
                (
                    signed
                    for rank in ranks
                    if (signed := _signed_under(ask, f"la {rank}{said}")) is not None
                ),
                None,
            )
            view = ask.member_view(bearer.member.member_id)
            roles = _look(ask, lookups.member_roles, member_id=bearer.member.member_id)
            await ask.reply(
                "role_checked",
                name=view.name if view else "",
                # what the documents do say of the member: the titles signed under, the
                # sittings chaired (chairing a sitting is not holding the title)
                own=_titles_signed(ask, bearer.member.member_id) if not signer else [],
                r=roles,
                signer=signer[0].display_name if signer else None,
                role=signer[1] if signer else "",
                number=signer[2] if signer else "",
                said=said.replace("vice ", "vice-").replace("presid", "présid"),
            )
            return None
    role = role_named(frame.text)
    if frame.asked not in _ABOUT_MEMBERS and not counts_proxies and not counts_absences:
        return []
    if role and ask.resolve(without_role(frame.text), in_text=True).candidates:
        role = None  # « Degraix a donné pouvoir au président ? »: a member is named
    if role == "other":
        # « la première vice-présidente était là ? »: the member who signs the extracts under
        # that role, when one does; « le maire de X était là ? »: the store knows members by
        # name, not by that role.
        signer = _signed_under(ask, role_said(frame.text) or "")
        if signer is None:
            await ask.reply("unknown_role")
            return None
        member, printed, number = signer
        await ask.reply("signed_as", name=member.display_name, role=printed, number=number)
        return [member.id or 0]
    if role in ("president", "secretary"):
        # « la présidente était là ? », « … a signé ? », « et le secrétaire ? »: the sitting's
        # officer, found once the sitting is; the other words are not names.
        return []
    if frame.first_person:
        if ask.asker.member_id is None:  # the secretariat's console: nobody is « je »
            await ask.reply("no_self")
            return None
        if (
            frame.asked is Asked.PROXY
            and frame.polar
            and frame.about in (About.GIVEN, About.HELD)
            and frame.words
        ):
            # « j'ai donné pouvoir à Bony ? », « je portais le pouvoir de Fara ? »: the asker,
            # then the other side of the proxy, named
            partner = ask.resolve(frame.text, in_text=True)
            if (
                partner.status == "found"
                and partner.member
                and partner.member.member_id != ask.asker.member_id
            ):
                return [ask.asker.member_id, partner.member.member_id]
        if (
            frame.asked in (Asked.PRESENCE, Asked.ABSENCE, Asked.RECORD)
            and frame.words
            and _ME_AMONG_OTHERS.search(folded_text)
        ):
            # « Laget et moi étions présents ? », « moi et Tardy on était là ? »: the asker,
            # then each other member named, never the others dropped
            others = await _members(ask, frame.but(first_person=False), last, beside_asker=True)
            if others is None:
                return None  # « moi et Gilles ? »: which Gilles is asked first
            return [ask.asker.member_id, *(m for m in others if m != ask.asker.member_id)]
        return [ask.asker.member_id]
    if (
        frame.pronoun
        and last.get("named")
        and not frame.words
        and THE_LATTER.search(fold(frame.text))
    ):
        return [int(m) for m in last["named"]]  # « ce dernier »: the one named last
    if frame.among is not None and not frame.words:
        return []  # « et parmi eux, des femmes ? »: the list narrowed, not those just named
    if frame.pronoun and not frame.words and last.get("named") and _asked_who(last):
        # « qui avait donné pouvoir à Barriol ? » (Fara) then « et lui, il était excusé ? »:
        # the one the answer named, not the one asked about (« et elle ? » after a man
        # named: the woman asked about)
        named = [int(m) for m in last["named"]]
        asked_about = [int(m) for m in last.get("members") or []]
        if set(named) == {ask.asker.member_id} and asked_about:
            # « Artigues a donné pouvoir à qui ? » (the asker), then « et lui, il était là ? »:
            # « lui » is never the one asking, who would say « moi »: the one asked about
            return asked_about
        return _other_by_gender(ask, frame, named, asked_about) or named
    if (
        (frame.pronoun or frame.follow_up or _status_alone(frame))
        and last.get("members")
        # (« elle a voté pour le CLS ? »: the words left name an act, not a member)
        and (not frame.words or (frame.pronoun and _words_of_acts_only(ask, frame)))
        and (frame.pronoun or not _A_LIST_ASKED.search(fold(frame.text)))
        and (frame.pronoun or not _SITTING_TOTAL.search(fold(frame.text)))
    ):
        # (« Driol était là ? » then « et les présents du conseil de mars ? »: the list asked,
        # not Driol at that sitting)
        kept = [int(m) for m in last["members"]]
        others_named = [int(m) for m in last.get("named") or [] if int(m) != ask.asker.member_id]
        if (
            frame.pronoun
            and kept == [ask.asker.member_id]
            and others_named
            and last.get("first_person")
        ):
            # « j'étais là ? » (porteur du pouvoir d'Artigues), then « et lui ? »: « lui » is
            # not the one who just said « je », but the one the answer named (« ce dernier »
            # said of the asker is the asker: « il » then goes on with him)
            kept = others_named
        # « Driol ? » (who gave his proxy to Mme Flechet), then « et elle, elle était là ? »:
        # « elle » is not M. Driol but the woman just named with him.
        other = _other_by_gender(ask, frame, kept, [int(m) for m in last.get("named") or []])
        pointed = other or _fitting_the_pronoun(ask, frame, kept)
        if not other and (misfit := _the_pronoun_misfits(ask, frame, pointed)) is not None:
            # « Rivat était là ? » then « et elle ? »: no woman in talk; asked, never M. Rivat
            await ask.reply("who_is_meant", sitting=False, named=misfit)
            return None
        return pointed
    if frame.pronoun and last.get("named") and not frame.words:
        return [int(m) for m in last["named"]]
    if (
        frame.pronoun
        and not frame.words
        and frame.asked in _ONE_MEMBER_ASKED
        and _ONE_PERSON.search(fold(frame.text))
    ):
        # « et lui, il en portait une ? » with no member talked about: ask who is meant,
        # never every member's answer in their place
        await ask.reply("who_is_meant", sitting=bool(last.get("sitting")))
        return None
    if not frame.words:
        return []
    found: list[int] = []
    unknown: list[str] = []
    # « Berger et Rivat étaient là ? »: each part of an enumeration is one name; « Rivat, de
    # Saint-Chamond, » is Rivat, his commune aside (the documents do not say it)
    said = frame.when.said
    # « Tardy depuis le début du mandat, il … »: the period's words name nobody
    typed = re.sub(rf"(?<!\w){re.escape(said)}(?!\w)", " ", frame.text) if said else frame.text
    plain = ask.reads.names(ask.session).without_place(typed)
    parts = [p for p in re.split(_ENUMERATION, plain) if p.strip() and not only_courtesy(p)]
    commas = " ".join(re.sub(r"\s*,\s*", ", ", plain).split())  # parts set apart by a comma
    for part in parts or [frame.text]:
        resolution = ask.resolve(part, in_text=True)
        named = _each_named(resolution, part)
        said = fold(part)
        if (
            named
            and _shared_first_name(resolution.candidates)
            and (_EACH_OF_THEM.search(said) or _WHICH_BEARER.search(said))
        ):
            # « tous les Gilles étaient là ? », « lesquels des Marc … ? »: « Oui » / « Non »
            # for them all, or those who did it
            bearing = tuple(c for c in resolution.candidates if c.member_id in named)
            fitting = await _fitting_the_role(ask, frame, Resolution("ambiguous", bearing), last)
            if fitting is None:
                return None
            named = [c.member_id for c in fitting.candidates]
        if named:  # « Artigues a-t-il donné pouvoir à Degraix ? »: two people, not a doubt
            found.extend(m for m in named if m not in found)
            continue
        if resolution.status == "found" and resolution.member:
            if resolution.member.member_id not in found:
                found.append(resolution.member.member_id)
        elif resolution.status == "ambiguous":
            beside = {
                r.member.member_id
                for other in parts
                if other is not part
                and (
                    f"{part.strip()}, {other.strip()}" in commas
                    or f"{other.strip()}, {part.strip()}" in commas
                )
                and (r := ask.resolve(other, in_text=True)).status == "found"
                and r.member
            }
            said = f" {' '.join(_said_words(part))} "
            surnamed = [
                c.member_id
                for c in resolution.candidates
                if f" {' '.join(_said_words(c.last_name))} " in said
            ]
            guessed = [  # the others, each said by a first name only
                c
                for c in resolution.candidates
                if c.member_id not in surnamed
                and f" {' '.join(_said_words(c.first_name or '-'))} " in said
            ]
            firsts = {w for c in guessed for w in _said_words(c.first_name or "")}
            lasts = {
                w
                for c in resolution.candidates
                if c.member_id in surnamed
                for w in _said_words(c.last_name)
            }
            if (
                frame.asked is Asked.PROXY
                and surnamed
                and len(surnamed) + len(guessed) == len(resolution.candidates)
                and len(guessed) > 1
                and not firsts & lasts  # « Denis portait … ? »: one word, two readings
            ):
                # « c'est bien Christiane qui portait le pouvoir de Cadegros ? »: the member
                # named whole is the key, the first name a guess the answer (his holder)
                # confirms or corrects; never « which Christiane? »
                found.extend(m for m in surnamed if m not in found)
                continue
            if (
                frame.asked is Asked.PROXY
                and surnamed
                and len(guessed) == 1
                and len(surnamed) + 1 == len(resolution.candidates)
                and not firsts & lasts
            ):
                # « Aline avait le pouvoir de Cadegros ? », « c'est bien Nadia qui portait
                # celui de Chassaubene ? »: a first name one member bears and another's
                # surname are two people, the giver and the holder, in the order said
                said_as = {c.member_id: c.last_name for c in resolution.candidates}
                said_as[guessed[0].member_id] = guessed[0].first_name or ""
                at = {m: said.find(f" {' '.join(_said_words(n))} ") for m, n in said_as.items()}
                found.extend(m for m in sorted(at, key=at.__getitem__) if m not in found)
                continue
            if beside & {c.member_id for c in resolution.candidates}:
                # « l'autre Gilles, Artigues ? », « Michaud, Patrick Michaud »: a name several
                # bear, then, set apart, one of them named whole: that one (named beside)
                continue
            in_talk = {int(m) for m in last.get("members") or []}
            if not in_talk and ask.asker.member_id is not None:
                # « l'autre Jean-Luc était là ? » with none in talk: not the asker
                in_talk = {ask.asker.member_id}
            rest = [c for c in resolution.candidates if c.member_id not in in_talk]
            if rest and len(rest) < len(resolution.candidates) and _THE_OTHER.search(fold(part)):
                # « Patrick Michaud ? » then « et l'autre Michaud ? »: the one not in talk;
                # with four Gilles, « l'autre Gilles » is one of the three others
                resolution = Resolution("found" if len(rest) == 1 else "ambiguous", tuple(rest))
                if len(rest) == 1:
                    if rest[0].member_id not in found:
                        found.append(rest[0].member_id)
                    continue
            if (meant := _the_one_meant(ask, frame, resolution, in_talk)) is not None:
                # « Patrick Michaud était là ? » then « et Michaud, il avait un pouvoir ? »:
                # the one talked about, or the only one the pronoun fits; never « which? »
                if meant not in found:
                    found.append(meant)
                continue
            fitting = await _fitting_the_role(ask, frame, resolution, last)
            if fitting is None:
                return None  # the sitting's own question or refusal was sent
            if fitting.listed:  # each of them answered, as understood
                found.extend(c.member_id for c in fitting.candidates if c.member_id not in found)
                continue
            if len(fitting.candidates) == 1:
                if fitting.candidates[0].member_id not in found:
                    found.append(fitting.candidates[0].member_id)
                continue
            resolution = fitting
            choices = [c.member_id for c in resolution.candidates[:8]]
            # « 2 membres correspondent à « Tardi » »: the name as typed, not the question
            typed = (
                " ".join(_name_like_words(frame, part))
                or _words_of_their_names(part, resolution)
                or part.strip()
            )
            _remember(
                ask, PENDING_KEY, **_frame_state(frame), members=[], choices=choices, typed=typed
            )
            await ask.choose_member(resolution, typed, payload=PickAnswer)
            return None
        else:
            if plural := _all_bearing(ask, part):
                # « les gilles étaient là ? »: each of them; « tous les Gilles étaient là ? »,
                # « lesquels des Marc … ? »: « Oui » / « Non » for them all, or which did
                them = Resolution("ambiguous", plural)
                if _EACH_OF_THEM.search(fold(part)) or _WHICH_BEARER.search(fold(part)):
                    fitting = await _fitting_the_role(ask, frame, them, last)
                    if fitting is None:
                        return None
                    them = fitting
                found.extend(c.member_id for c in them.candidates if c.member_id not in found)
                continue
            unknown.extend(_name_like_words(frame, part) or _read_by_nobody(ask, frame, part))
    if (
        len(unknown) > 1
        and frame.asked is not Asked.SEARCH
        and await _offer_near(ask, frame, unknown, glued_only=True)
    ):
        return found or None  # « monsieur sar da »: one name, in pieces
    if unknown and frame.asked is not Asked.SEARCH:
        unknown = await _without_qualifiers(ask, unknown)
    if unknown and frame.asked is not Asked.SEARCH:
        # Never a stranger in their place, never « pas compris »: say who is unknown, then
        # answer for the others.
        # « Rivet et Berger » with RIVAT near: offered back, then the others are answered.
        # « Johnny Berger »: a first name no member bears beside a surname is someone else's
        stranger = any(common_first_name(fold(word)) for word in unknown)
        if stranger or not await _offer_near(ask, frame, unknown):
            # « Jean Dupont » typed as one name is said as one; « Rivet et Durandal » as two
            together = _typed_span(frame.text, unknown) or " ".join(unknown)
            one = fold(together) in " ".join(fold(frame.text).split())
            await _say_unknown(ask, together if one else ", ".join(unknown), unknown)
        if not found:
            return [] if beside_asker else None  # « moi et Durandal »: the asker still is
    return found


# The verbs of « AESIO a reçu / touché / obtenu 100 000 € ? »: no topic of their own
_RECEIVED_WORDS = frozenset(
    """
    recu recue recus touche touchee obtenu obtenue percu percue eu euros euro bien vraiment
    exactement donne donnee verse versee alloue allouee attribue attribuee accorde accordee
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


async def _amount_checked(ask: Ask, frame: Frame, amount: int) -> bool:
    """« AESIO a reçu 100 000 euros ? », « les médiateurs santé c'est bien 94 000 € ? »: the
    one funded action named, its amount checked (« Oui » / « Non, pas 100 000 € » first,
    then its amount); False when no one action is named."""
    words = " ".join(
        w
        for w in frame.words
        if w not in act_facts.ASPECT_WORDS and w not in _RECEIVED_WORDS and not w.isdigit()
    )
    found = ask.reads.funded_actions(ask.session, words) if words_of(words) else None
    if found is None or found.count != 1 or not found.every_word:
        return False
    action = found.shown[0]
    figures = {int(f) for f in (action.contribution, action.cost) if f is not None}
    checked = answers.checked(
        answers.Answer("action_fact", {"a": action, "fact": "amount"}),
        said=amount,
        true=amount if amount in figures else min(figures, default=None),
        money=True,
        # « AESIO touche plus de 50 000 € ? »: « Oui » (it was « Non, pas 50 000 € »)
        bound=amount_bound(frame.text),
    )
    await ask.reply(checked.template, **checked.data)
    _remember_acts_of_actions(ask, frame.but(asked=Asked.ACTIONS, words=tuple(words.split())))
    return True


def _an_action_named(ask: Ask, frame: Frame) -> bool:
    """« quel est le coût de l'action médiateurs santé ? », « combien coûtent les médiateurs
    santé ? »: a funded action is named, its own figures answer."""
    if re.search(r"\bactions?\b", fold(frame.text)):
        return True
    topic = " ".join(w for w in frame.words if w not in act_facts.ASPECT_WORDS)
    if not words_of(topic) or not ask.reads.action_index(ask.session).matches_all(topic):
        return False
    # « le CLS ça coûte combien ? »: an act's title says it, the act is asked
    titles = ask.reads.deliberation_index(ask.session)
    return not set.intersection(*(titles.titled(w) for w in words_of(topic)))


# « lequel des Marc était là ? », « quels Marc étaient absents ? », « qui parmi les Yves … »:
# the bearers of a first name narrowed by what the question says they did
_WHICH_BEARER = cues.plain(
    r"\b(?:quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles|qui parmi)\b"
)


def _role_fits(frame: Frame) -> Callable[[lookups.MemberAtSitting], bool] | None:
    """What the question says its member did at the sitting (gave a proxy, carried one, was
    absent or there), when it says so: the test that narrows a first name's candidates.
    « et Michaud ? » after a sitting asks where each was, not which was there: no test."""
    if frame.about is About.EITHER:
        return None
    if frame.asked is Asked.PROXY:
        if frame.about is About.GIVEN:
            return lambda m: m.gave_to is not None
        if frame.about is About.HELD:
            return lambda m: m.held_for is not None
        return lambda m: m.gave_to is not None or m.held_for is not None
    if frame.asked is Asked.ABSENCE:
        return lambda m: m.status is not None and not m.there
    if frame.asked is Asked.PRESENCE:
        return lambda m: m.there
    return None


async def _fitting_the_role(
    ask: Ask, frame: Frame, resolution: Resolution, last: dict[str, Any]
) -> Resolution | None:
    """« Christian a donné pouvoir à qui ? » when one Christian gave a proxy, although several
    sit: the candidates who did at the sitting what the question says, when some did (the
    others when none did: then « lequel ? » over them all); None when the sitting's own
    answer (which one? none that day?) was sent."""
    folded = fold(frame.text)
    bearers = resolution.candidates
    first_name = _shared_first_name(bearers)
    each = bool(first_name and _EACH_OF_THEM.search(folded))
    fits = _role_fits(frame)
    which = bool(_WHICH_BEARER.search(folded))
    if fits is None or (frame.polar and not which and not each):
        # « Michaud était présent ? » asks whether: narrowed to the Michaud present, the
        # answer would be « oui » whoever was meant
        if each:  # « aucun Yves n'a donné pouvoir ? »: each of them answered
            return Resolution("ambiguous", bearers, listed=True)
        return resolution
    ids = [c.member_id for c in bearers]
    sitting_id = await _sitting(ask, frame, ids, last)
    if sitting_id is None:
        return None
    kept = tuple(
        c
        for c in bearers
        if fits(
            _look(ask, lookups.member_at_sitting, sitting_id=sitting_id, member_id=c.member_id)
        )
    )
    several_or_none = not kept or (len(kept) > 1 and which)
    if first_name and (each or several_or_none):
        # « quel Marc portait un pouvoir ? » when none did: none of them, each with what they
        # did there, never « which Marc? »; « lequel des Marc était là ? » when two were:
        # both; « aucun Yves n'était absent ? », « tous les Gilles étaient là ? »: « Oui » or
        # « Non » for them all first. Those members, as understood, before their answers.
        none_asked = bool(_NONE_OF_THEM.search(folded))
        await ask.reply(
            "member_understood",
            name="",
            first_name=first_name,
            feminine=all(c.civility == "Mme" for c in bearers),
            bearers=len(bearers),
            kept=len(kept),
            role=_ROLE_SAID.get((frame.asked, frame.about), frame.asked.value),
            verdict=(not kept if none_asked else len(kept) == len(bearers)) if each else None,
        )
        return Resolution("ambiguous", bearers if each else (kept or bearers), listed=True)
    if not kept or len(kept) == len(bearers):
        return resolution
    if len(kept) == 1:
        # « à qui Christian a donné son pouvoir ? »: which Christian was understood, and why
        await ask.reply(
            "member_understood",
            name=candidate_label(kept[0]),
            # « lequel des Denis … ? » of two Denis and M. Philippe DENIS: the name as said
            first_name=first_name or _words_of_their_names(frame.text, resolution),
            surname_too=first_name is None,
            feminine=kept[0].civility == "Mme",
            bearers=len(bearers),
            kept=1,
            role=_ROLE_SAID.get((frame.asked, frame.about), frame.asked.value),
        )
    return Resolution("found" if len(kept) == 1 else "ambiguous", kept)


# « aucun Yves n'était absent ? », « tous les Gilles étaient là ? », « chacun des Marc … »:
# every member of that first name asked at once
_NONE_OF_THEM = cues.plain(r"\b(?:aucun|aucune|ni l un ni l autre)\b")
_EACH_OF_THEM = cues.plain(
    r"\b(?:aucun|aucune|tous|toutes|chacun|chacune|ni l un ni l autre|les deux)\b"
)


def _shared_first_name(candidates: Sequence[Candidate]) -> str | None:
    """The first name every candidate bears (« Marc » for the four Marc), None otherwise."""
    names = {c.first_name for c in candidates}
    if len(candidates) < 2 or len(names) != 1:
        return None
    return names.pop()


# What the member understood did at the sitting, as member_understood.j2 says it
_ROLE_SAID: dict[tuple[Asked, About | None], str] = {
    (Asked.PROXY, About.GIVEN): "gave",
    (Asked.PROXY, About.HELD): "held",
    (Asked.PROXY, None): "proxy",
}


# A pronoun for one member (« lui », « elle », « celui-ci », « ses pouvoirs »), in a question
# about a member's presence, proxy or record
_ONE_PERSON = cues.plain(
    r"\b(?:lui|il|elle|celui ci|celle ci|celui la|celle la|ce dernier|cette derniere|son|sa"
    r"|ses)\b(?! y\b| faut| fallait)"
)
_FOR_HOW_MANY_SITTINGS = cues.plain(
    r"\b(?:pour|sur|valable pour|valable sur|vaut pour) combien de (?:seances|bureaux|conseils"
    r"|reunions|fois)\b|\bjusqu (?:a|au) quand\b.*\b(?:vaut|valable|tient|court|dure)\b"
    r"|\bcombien de temps\b.*\b(?:vaut|valable|tient|dure)\b"
)
# « votée par qui ? », « adoptée par quelle instance ? », « c'était au conseil ? »: the body
# that voted the act in talk
_BY_WHOM = cues.plain(r"^(?:et |mais )?(?:c etait |c est )?par qui(?: alors| donc)?$")


def _by_whom_after_a_day(frame: Frame, last: dict[str, Any]) -> bool:
    """« et par qui ? » right after the day an act was voted (or the act, or its vote): who
    voted it (its sitting's body and its votes), never that day said again nor the help."""
    return (
        last.get("asked") in (Asked.DELIBERATION.value, Asked.VOTE.value)
        and last.get("about") != About.REPORTER.value
        and bool(_BY_WHOM.search(" ".join(re.findall(r"\w+", fold(frame.text)))))
    )


_BODY_OF_THE_ACT = cues.plain(
    r"\b(?:vote\w*|adopte\w*|decide\w*|approuve\w*|passe\w*|valide\w*) (?:par qui|par quel"
    r"(?:le)? (?:organe|instance|assemblee)|en quel(?:le)? (?:organe|instance|assemblee)"
    r"|par le (?:bureau|conseil)|au (?:bureau|conseil)|en (?:bureau|conseil))\b"
    r"|^(?:et )?(?:c etait|c est) (?:le|au|en) (?:bureau|conseil)\b"
    r"|\bpar (?:quel|quelle) (?:organe|instance|assemblee)\b"
    # « et c'était à quel conseil ? », « lors de quelle séance ? » after an act
    r"|^(?:et )?(?:c etait |c est |ca s est passe |ca s est fait )?(?:a|au|en|lors de|pendant)"
    r" quel(?:le)? (?:conseil|bureau|seance|reunion|instance)\b"
)
_HOLDERS_ALL_THERE = cues.plain(
    r"\b(?:mandataires|porteurs|porteuses|ceux qui (?:portaient|avaient) (?:un|les) \w+)\b.*"
    r"\b(?:tous|toutes|bien)\b.*\bpresent\w*|\b(?:tous|toutes) (?:les )?(?:mandataires"
    r"|porteurs)\b.*\bpresent\w*"
)
_A_LIST_ASKED = cues.plain(
    r"\b(?:les|des|la liste des) (?:presents|presentes|absents|absentes|excuses|excusees"
    r"|pouvoirs|procurations|mandataires|votants)\b"
    # « et qui était excusé ? », « qui d'autre était absent ? »: who, asked of the sitting
    r"|^\W*(?:et )?qui (?:d autre )?(?:etait|etaient|a ete|ont ete|est|sont) (?:present|presente"
    r"|presents|absent|absente|absents|excuse|excusee|excuses|represente|representee|represente)s?\b"
    # « et qui d'autre avait donné pouvoir ? », « quelqu'un d'autre en portait un ? »: the
    # others of the sitting, never the member just answered about again
    r"|\b(?:qui|quelqu un|quelqu une|personne) d autre\b"
)
# « et combien de pouvoirs en tout ? » after a question about one member: the sitting's count,
# never that member's (« il en avait combien en tout ? », a pronoun, stays with the member)
_SITTING_TOTAL = cues.plain(
    r"\b(?:en tout|au total|en totalite|au global|globalement|dans l ensemble|tous confondus"
    r"|toutes confondues|tout compris|total)\b"
)
_ONE_MEMBER_ASKED = frozenset((Asked.PRESENCE, Asked.ABSENCE, Asked.PROXY, Asked.RECORD))


def _status_alone(frame: Frame) -> bool:
    return (
        frame.asked in _ONE_MEMBER_ASKED
        and not frame.words
        and not frame.first_person
        and bool(_STATUS_ALONE.search(fold(frame.text)))
    )


# « présente le 4 juillet ? », « excusé au dernier bureau ? », « là le 17 ? »: a status said
# alone, in the singular, no subject: of the member in talk (the plural, « présents le 4 ? »,
# asks for the list)
_STATUS_ALONE = cues.plain(
    r"^(?:et )?(?:(?:bien|toujours|aussi|deja|vraiment) )?(?:presente?|absente?|excusee?"
    r"|representee?|la(?=\s*$|\s*\?| (?:le|au|a la|lors|en|ce|cette|hier|jeudi|ou)\b))\b"
    r"(?!\s*s\b)"
)


# « il était où », « était où », « où étaient »: where someone was, in the past
_WAS_AT = cues.plain(r"\b(?:etai[st]|etaient|etiez|etions|a ete|ont ete)\b")


def _where_a_member_was(ask: Ask, frame: Frame) -> bool:
    """Whether a message asks where members were (« Tardy il était où ? ») and the words
    left over are all their names (« la piscine de Firminy c'était où ? » names nobody)."""
    if not frame.words or not WHERE_ASKED.search(frame.text):
        return False
    if not _WAS_AT.search(fold(frame.text)):
        return False
    named = ask.resolve(frame.text, in_text=True)
    if named.status == "unknown" and frame.pronoun:
        # « Durandal il était où ? »: a person by the pronoun, said to be nobody known
        typed = {p for word in _name_like_words(frame) for p in _said_words(word)}
        return bool(typed) and set(frame.words) <= typed
    if named.status != "found" and not _each_named(named, frame.text):
        return False  # « Gilles il était où ? »: which Gilles is asked by the presence's reader
    said = {w for c in named.candidates for w in _said_words(f"{c.first_name} {c.last_name}")}
    return all(w in said or w in NOT_NAMES for w in frame.words)


def _asked_who(last: dict[str, Any]) -> bool:
    """Whether the question before asked who stood on the other side of a member's proxy
    (« à qui Artigues a donné pouvoir ? », « qui représentait Fara ? »): its answer named
    the one a pronoun then points to."""
    return (
        last.get("asked") == Asked.PROXY.value
        and not last.get("polar")
        and last.get("about") in (About.GIVEN.value, About.HELD.value, None)
        and bool(last.get("members"))
    )


# Where an enumeration of names breaks: « Berger et Rivat », « Berger, Rivat », a sentence's
# end; never the dot of a civility (« M. Michaud était là ? »: the civility picks the member).
_ENUMERATION = cues.plain(
    r",|\bet\b|&|/|\bou\b|[!?;:](?=\s|$)"
    r"|(?<!\b[Mm])(?<!\b[Mm]r)(?<!\b[Mm]me)(?<!\b[Mm]lle)\.(?=\s|$)"
)
_FEMININE = cues.plain(r"\belles?\b")
_MASCULINE = cues.plain(r"\b(?:il|ils|lui)\b")


def _other_by_gender(ask: Ask, frame: Frame, kept: list[int], named: list[int]) -> list[int]:
    """The one member named beside those talked about whose civility fits the pronoun, when
    the pronoun does not fit them; [] otherwise."""
    said = fold(frame.text)
    feminine = bool(_FEMININE.search(said))
    if (
        not frame.pronoun
        or len(kept) != 1
        or not named
        or feminine == bool(_MASCULINE.search(said))
    ):
        return []

    def is_woman(member_id: int) -> bool | None:
        member = ask.session.get(Member, member_id)
        civility = (member.civility or "") if member else ""
        return None if not civility else civility.lower().startswith(("mme", "mad", "mlle"))

    if is_woman(kept[0]) in (None, feminine):
        return []
    fitting = [m for m in named if is_woman(m) is feminine]
    return fitting[:1] if len(fitting) == 1 else []


# One person said by a pronoun (« et lui ? », « elle avait un pouvoir ? »), never « ils »,
# « elles », « eux », nor the « il » of « il y avait ».
_ONE_WOMAN = cues.plain(r"\belle\b")
_ONE_MAN = cues.plain(r"\b(?:il|lui)\b(?! y\b)")
_SEVERAL = cues.plain(r"\b(?:ils|elles|eux|leurs?|tous|toutes|les deux)\b")


def _the_pronoun_misfits(ask: Ask, frame: Frame, kept: list[int]) -> str | None:
    """The name of the one member in talk when a pronoun of the other gender points at them
    (« elle » after M. Rivat alone), None when it fits or cannot be told."""
    said = fold(frame.text)
    woman, man = bool(_ONE_WOMAN.search(said)), bool(_ONE_MAN.search(said))
    if not frame.pronoun or woman == man or _SEVERAL.search(said) or len(kept) != 1:
        return None
    member = ask.session.get(Member, kept[0])
    civility = fold(member.civility or "") if member else ""
    if not civility or civility.startswith(("mme", "mad", "mlle")) is woman:
        return None
    view = ask.member_view(kept[0])
    return view.name if view else None


def _the_one_meant(
    ask: Ask, frame: Frame, resolution: Resolution, in_talk: set[int]
) -> int | None:
    """Of the members a name fits, the one meant when the message says it: the only one
    « il » or « elle » said of them fits (« Michaud, elle était là ? »), or the only one in
    talk in a message leaning on the talk (« et Michaud ? »); None when nothing tells them
    apart (asked which)."""
    ids = [c.member_id for c in resolution.candidates]
    said = fold(frame.text)
    woman, man = bool(_ONE_WOMAN.search(said)), bool(_ONE_MAN.search(said))
    if frame.pronoun and woman != man and not _SEVERAL.search(said):
        women = [feminine(getattr(ask.session.get(Member, m), "civility", None)) for m in ids]
        if None not in women:  # a civility unknown: who fits cannot be told
            ids = [m for m, her in zip(ids, women, strict=True) if her is woman]
            if len(ids) == 1:
                return ids[0]
    talked = [m for m in ids if m in in_talk and m != ask.asker.member_id]
    if len(talked) == 1 and (frame.follow_up or frame.pronoun):
        return talked[0]
    return None


def _fitting_the_pronoun(ask: Ask, frame: Frame, kept: list[int]) -> list[int]:
    """« Barriol et Berger étaient là ? » then « et lui, il avait un pouvoir ? »: of the
    members talked about, the one the pronoun's gender fits (M. Barriol), when one only does;
    all of them otherwise."""
    said = fold(frame.text)
    woman, man = bool(_ONE_WOMAN.search(said)), bool(_ONE_MAN.search(said))
    if not frame.pronoun or woman == man or _SEVERAL.search(said):
        return kept
    group = kept
    if len(kept) == 1:
        # « et lui ? » (M. Barriol, of Barriol and Berger) then « et elle ? »: the other one
        # of the pair talked about, the pair kept aside when the pronoun chose
        pair = [int(m) for m in _recall(ask, PAIR_KEY).get("members") or []]
        if kept[0] not in pair:
            return kept
        group = pair
    fitting = []
    for member_id in group:
        member = ask.session.get(Member, member_id)
        civility = fold(member.civility or "") if member else ""
        if not civility:
            return kept  # a civility unknown: who fits cannot be told
        if civility.startswith(("mme", "mad", "mlle")) is woman:
            fitting.append(member_id)
    if len(fitting) != 1:
        return kept
    if len(kept) > 1:
        _remember(ask, PAIR_KEY, members=kept)
    return fitting


async def _without_qualifiers(ask: Ask, unknown: list[str]) -> list[str]:
    """The words left over that may be names. A word printed in the documents (a commune,
    « femmes ») or one that sorts or filters people (« ordre alphabétique », « commence »,
    English words) is no member's name: a filter the store cannot apply is said, and the
    whole answer follows; a sort is dropped (lists are alphabetical)."""
    index = ask.reads.deliberation_index(ask.session)
    people = ask.reads.names(ask.session)
    names: list[str] = []
    filters: list[str] = []
    first_names: set[str] | None = None
    if len(unknown) > 1 and any(common_first_name(fold(word)) for word in unknown):
        return unknown  # « Johnny Berger »: a first name then a surname, one stranger's name
    for word in unknown:
        parts = fold(word).split()
        if parts and all(p in SORTING for p in parts):
            continue
        if any(people.bears(p) for p in parts if p not in NOT_NAMES):
            names.append(word)  # « Berger-Durand »: a member's name in it, a name, no filter
            continue
        if parts and all(p in NOT_NAMES or index.prints(p) for p in parts):
            if first_names is None:
                first_names = {
                    piece
                    for first in ask.session.exec(select(Member.first_name))
                    for piece in fold(first or "").replace("-", " ").split()
                }
            if word[:1].isupper() and set(parts) <= first_names:
                # « Jean Dupont »: a first name members bear, printed in « Saint-Jean-… »
                # too, is part of the name typed, not a filter
                names.append(word)
                continue
            filters.append(word)
        else:
            names.append(word)
    if filters:
        await ask.reply("filter_not_held", words=", ".join(filters))
    return names


async def _offer_near(
    ask: Ask, frame: Frame, unknown: list[str], *, glued_only: bool = False
) -> bool:
    """« Flachet » for FLACHAT: a name a slip away from members is offered back, one button
    each (« Vouliez-vous dire … ? »), never chosen for the asker nor called unknown."""
    index = ask.reads.names(ask.session)
    # « sar da », « berre roukeche », « lu ya »: a name dictated in pieces is tried glued first
    glued = ["".join(unknown[i : i + n]) for n in (3, 2) for i in range(len(unknown) - n + 1)]
    near = [c for word in glued for c in index.near(word)]
    if not glued_only:
        near = near or [c for word in unknown for c in index.near(word)]
    candidates = _of_civility_said(
        frame.text, unknown, tuple({c.member_id: c for c in near}.values())
    )
    if not candidates:
        return False
    choices = [c.member_id for c in candidates[:8]]
    typed = " ".join(unknown)
    _remember(ask, PENDING_KEY, **_frame_state(frame), members=[], choices=choices, typed=typed)
    buttons = [(candidate_label(c), PickAnswer(c.member_id).encode()) for c in candidates[:8]]
    await ask.reply(
        "did_you_mean",
        buttons=buttons,
        query=" ".join(unknown),
        names=[candidate_label(c) for c in candidates[:8]],
    )
    return True


def _of_civility_said(
    text: str, unknown: list[str], candidates: tuple[Candidate, ...]
) -> tuple[Candidate, ...]:
    """« Mme Flachet »: of the names offered back, those of the civility typed before the name
    (FLECHET, a woman, not M. FLACHAT); all of them when none is typed or none would be left."""
    words = fold(text).split()
    typed = fold(unknown[0]).split()[:1] if unknown else []
    said = {
        CIVILITIES[words[i - 1]]
        for i, word in enumerate(words)
        if i and typed and word == typed[0] and words[i - 1] in CIVILITIES
    }
    if len(said) != 1:
        return candidates
    kept = tuple(c for c in candidates if c.civility and CIVILITIES.get(fold(c.civility)) in said)
    return kept or candidates


async def _unknown_or_near(ask: Ask, frame: Frame, unknown: list[str]) -> None:
    if not await _offer_near(ask, frame, unknown):
        await _say_unknown(ask, _typed_span(frame.text, unknown) or " ".join(unknown), unknown)


async def _say_unknown(ask: Ask, name: str, unknown: list[str]) -> None:
    """« Aucun membre ne s'appelle X », with the closest names when some are near (shown,
    never chosen), and a line kept in the log for the secretariat: a name the assistant could
    not read is never answered as if it were absent."""
    closest = ask.reads.names(ask.session).closest(unknown)
    log.info("Name not understood in a question: %s", name)
    await ask.reply("unknown_member", name=name, near=[candidate_label(c) for c in closest])


# -- when ---------------------------------------------------------------------------------------


def _body_ids(ask: Ask, frame: Frame, members: list[int]) -> list[int] | None:
    if frame.body:
        body = _look(ask, queries.body_by_hint, hint=frame.body)
        return [body.id] if body and body.id else None
    if members:
        bodies: set[int] = set()
        for member_id in members:
            bodies.update(_look(ask, lookups.active_body_ids, member_id=member_id))
        return sorted(bodies) or None
    return None


# The asker's proxy asked in the present or the future (never « représentait », « portais »).
_MY_PROXY_NOW = cues.plain(
    r"\bme (?:represente|representera|remplace|remplacera)\b"
    r"|\bje (?:porte|porterai|detiens)\b|\bj ai (?:un|une|des|deja un|deja une) (?:pouvoir|procu)"
    # « qui a mon pouvoir ? », « qui aura ma procuration ? », « ma procu est chez qui ? »
    r"|\bqui (?:a|aura|porte|portera|detient|detiendra|tient|tiendra|possede) (?:mon|ma) "
    r"(?:pouvoir|procu|mandat|voix)"
    r"|\b(?:mon|ma) (?:pouvoir|procu\w*|mandat) (?:est|sera|va) (?:a|chez|pour|avec) qui\b"
    # « j'ai bien donné pouvoir à Rivat ? »: whether it is registered, for the sitting to come
    r"|\bj ai bien (?:donne|confie|transmis|laisse|envoye|fait)\b"
)


async def sitting_of(ask: Ask, frame: Frame) -> int | None:
    """The one sitting a frame names, or None when an answer said which or that none is."""
    return await _sitting(ask, frame, [], {})


_DOCUMENTS_LISTED = 8  # the sittings of a period whose documents are said, latest first


# A sitting of any body stepped from one of a body named after the step: « la séance d'avant le
# bureau du 4 juillet », « quelle réunion après le conseil de janvier ? »
_ANY_BODY_STEP = cues.plain(
    r"\b(?:seance|reunion)\b(?: \w+){0,3}? (?:d )?(?:avant|apres|precedant|precedent|suivant"
    r"|qui a (?:precede|suivi)|qui precede|qui suit) (?:le|la|celui du|celle du|du) (?:bureau"
    r"|conseil)\b"
)


def _begun(ask: Ask, brief: lookups.SittingBrief) -> bool:
    """Whether today's sitting has opened by now (« la prochaine séance ? » asked at 21 h
    after the Bureau of 17 h: that one is held, the next is after it)."""
    view = ask.sitting_view(brief.id or 0)
    return answers.begun(view.held_on, view.start_time, ask.runtime.now())


async def _no_sitting_numbered(
    ask: Ask,
    frame: Frame,
    members: list[int],
    known: list[lookups.SittingBrief],
    *,
    number: int | None = None,
    rank: int | None = None,
    when: When | None = None,
) -> None:
    """« la séance n° 99999 », « la 12e séance de 2022 »: no sitting has that number or rank;
    said so, with the sittings there are as buttons that answer the question asked."""
    _remember(ask, PENDING_KEY, **_frame_state(frame), members=members)
    buttons = [
        (ask.label("button_sitting", s=s), SittingChoice(SittingAction.ASK, s.id or 0).encode())
        for s in known[:8]
    ]
    period = when is not None and when.start is not None and when.start.year > 1900
    await ask.reply(
        "no_sitting_numbered",
        buttons=buttons,
        number=number,
        rank=rank,
        count=len(known),
        example=known[0].held_on if known else None,
        start=when.start if period and when else None,
        end=when.end if period and when else None,
    )


async def _sitting(ask: Ask, frame: Frame, members: list[int], last: dict[str, Any]) -> int | None:
    """The one sitting a frame is about, or an answer saying why there is none or which."""
    session = ask.session
    today = ask.runtime.today()
    if frame.number:
        ids = _acts_numbered(ask, frame)
        sitting_ids = sorted(
            {s for i in ids if (s := _look(ask, lookups.deliberation_sitting, deliberation_id=i))}
        )
        if len(sitting_ids) == 1:
            return sitting_ids[0]
        if not sitting_ids:
            await ask.reply("no_sitting", on=None, number=frame.number, body=None)
            return None
    when = frame.when
    if (
        when.empty
        and frame.asked is Asked.PROXY
        and frame.first_person
        and not last.get("sitting")
        and _MY_PROXY_NOW.search(fold(frame.text))
        and (coming := _look(ask, lookups.next_sitting, after=today - _DAY, body_ids=None))
    ):
        # « qui me représente ? », « j'ai un pouvoir ? » in the present, a sitting coming: that
        # sitting's proxies, not the last one's
        return coming.id
    if (
        when.empty
        and frame.about is About.AGENDA
        and not frame.body
        and not last.get("sitting")
        and not asked_of_the_past(frame.text)
        and (coming := _look(ask, lookups.next_sitting, after=today - _DAY, body_ids=None))
    ):
        # « la piscine est à l'ordre du jour ? »: the agenda of the sitting to come
        return coming.id
    bodies = _body_ids(ask, frame, members)
    body_name = _body_name(ask, frame)
    numbered = None if frame.number else sitting_number_said(frame.text)
    if numbered is not None and not numbered.rank:
        # « la séance n° 99999 », « présents séance 12 »: sittings are known by their day
        known = _look(ask, lookups.sittings_matching, body_ids=bodies)
        await _no_sitting_numbered(ask, frame, members, known[:3], number=numbered.value)
        return None
    if numbered is not None and when.rank is None:
        # « la 10e séance », « le 12e conseil de 2022 »: in order of date, as « le 2e conseil »
        when = replace(when, rank=numbered.value)
        if when.empty:
            when = replace(when, start=date(1900, 1, 1), end=today, said=numbered.said)
    in_force = (
        when.empty
        and frame.asked is Asked.PROXY
        and IN_FORCE.search(fold(frame.text)) is not None
        and not asked_of_the_past(frame.text)
    )
    if when.empty and not frame.body and not frame.number and last.get("sitting") and not in_force:
        # The sitting in talk, unless the members newly named do not sit in its body: then
        # their own latest sitting (« without a date, the latest sitting of their bodies »).
        kept = session.get(Sitting, int(last["sitting"]))
        named_anew = members and not (frame.follow_up or frame.pronoun or frame.in_talk)
        if kept is not None and kept.held_on >= today and asked_of_the_past(frame.text):
            kept = None  # « qui était absent ? » after the coming one: asked of one held
        if kept is not None and not (named_anew and bodies and kept.body_id not in bodies):
            return kept.id
    relative = Relative.NEXT if in_force else when.relative
    if relative in (Relative.BEFORE, Relative.AFTER) and when.dated:
        # « la séance d'avant celle de juillet 2024 »: a step from that date, in the body named
        before = relative is Relative.BEFORE
        first = when.on or when.start or _latest_day(when, today)
        if when.on is None and when.start is None:
            # « le bureau d'avant le 4 juillet »: from the latest sitting held on that day
            held = _look(
                ask, lookups.sittings_matching, body_ids=None, day=when.day, month=when.month
            )
            first = next((s.held_on for s in held if s.held_on <= today), first)
        final = when.on or when.end or first
        # « la séance d'avant le bureau du 4 juillet »: the body names the sitting stepped from,
        # the one asked is of any body
        steps_in = None if _ANY_BODY_STEP.search(fold(frame.text)) else bodies
        step = (
            _look(ask, lookups.latest_sitting, before=first - _DAY, body_ids=steps_in)
            if before
            else _look(ask, lookups.next_sitting, after=final + _DAY, body_ids=steps_in)
        )
        if when.year is None and when.on is None and when.start is None:
            step = _step_in_the_tense(ask, frame, before, bodies, step)
        last_held = _look(ask, lookups.latest_sitting, before=today, body_ids=bodies)
        if (
            not before
            and last_held is not None
            and (step is None or step.held_on > today)
            and asked_of_the_past(frame.text)
        ):
            # « y avait qui après le 1er mars ? » with none held since: said, with the last one
            # held (never the coming sitting for a question in the past tense)
            await ask.reply(
                "no_sitting_from",
                before=False,
                said=when.said,
                body=body_name,
                since=final,
                held=ask.sitting_view(last_held.id or 0),
            )
            return None
        if step is not None:
            return step.id
        await ask.reply("no_sitting_from", before=before, said=when.said, body=body_name)
        return None
    if relative in (Relative.BEFORE, Relative.AFTER):
        # « et la fois d'avant ? »: a step from the sitting talked about, in its body; with
        # none talked about, « le bureau précédent » is the latest, « le suivant » the next.
        kept = session.get(Sitting, int(last["sitting"])) if last.get("sitting") else None
        if kept is not None:
            body_ids = [kept.body_id] if not frame.body else bodies
            step = (
                _look(ask, lookups.latest_sitting, before=kept.held_on - _DAY, body_ids=body_ids)
                if relative is Relative.BEFORE
                else _look(ask, lookups.next_sitting, after=kept.held_on + _DAY, body_ids=body_ids)
            )
            if step is not None:
                return step.id
            other = (
                _look(ask, lookups.latest_sitting, before=kept.held_on - _DAY, body_ids=None)
                if relative is Relative.BEFORE
                else _look(ask, lookups.next_sitting, after=kept.held_on + _DAY, body_ids=None)
            )
            await ask.reply(
                "no_sitting_step",
                before=relative is Relative.BEFORE,
                s=ask.sitting_view(kept.id or 0),
                other=ask.sitting_view(other.id or 0) if other is not None else None,
            )
            return None
        relative = Relative.LAST if relative is Relative.BEFORE else Relative.NEXT
    if relative is Relative.NEXT:
        coming = _look(ask, lookups.next_sitting, after=today, body_ids=bodies)
        if coming is not None and (
            not answers.to_come(ask.sitting_view(coming.id or 0), today) or _begun(ask, coming)
        ):
            # today's, its roll call recorded or its hour gone, is held: the next one is after it
            coming = _look(ask, lookups.next_sitting, after=today + _DAY, body_ids=bodies)
        if coming is None:
            latest = _look(ask, lookups.latest_sitting, before=today, body_ids=bodies)
            await ask.reply(
                "no_sitting_said",
                relative="next",
                body=body_name,
                latest=latest,
                on=None,
                nearest=[],
                when=None,
                # (« le conseil est reporté ? » is not answered « Non » by none to come)
                polar=bool(_YES_NO_OPENING.search(fold(frame.text))),
            )
            return None
        return coming.id
    if relative is Relative.LAST:
        latest = _look(ask, lookups.latest_sitting, before=today, body_ids=bodies)
        for _ in range((when.rank or 1) - 1):  # « l'avant-dernier conseil »
            latest = latest and _look(
                ask, lookups.latest_sitting, before=latest.held_on - _DAY, body_ids=bodies
            )
        if latest is None:
            await ask.reply("no_sitting", on=None, number=None, body=body_name)
            return None
        return latest.id
    if when.empty and frame.asked is Asked.PROXY and members and not asked_of_the_past(frame.text):
        # « quelqu'un m'a donné pouvoir ? », « Fara m'a redonné son pouvoir ? »: a proxy
        # registered for the coming sitting, for those asked about, is the one meant (not
        # « Bonnet avait une procuration ? », « Laget portait un pouvoir ? »: asked of the past,
        # the latest sitting held)
        coming = _look(ask, lookups.next_sitting, after=today - _DAY, body_ids=bodies)
        if coming is not None and _look(
            ask, lookups.proxy_registered, sitting_id=coming.id or 0, member_ids=tuple(members)
        ):
            return coming.id
    if when.empty:
        if frame.asked is Asked.CONVOCATION or (
            frame.asked is Asked.QUORUM and not asked_of_the_past(frame.text)
        ):
            # « on aura le quorum ? », « je n'ai pas eu ma convocation »: the coming sitting;
            # « le quorum a-t-il été atteint ? » the last one held. A convocation asked in the
            # past (« elle a été envoyée quand ? ») is the latest sent: the coming sitting's
            # once it has left, else the last sitting's.
            coming = _look(ask, lookups.next_sitting, after=today, body_ids=bodies)
            if coming is not None and (
                not asked_of_the_past(frame.text)
                or ask.sitting_view(coming.id).convened_on is not None
            ):
                return coming.id
            if (
                coming is None
                and frame.asked is Asked.CONVOCATION
                and _NOT_RECEIVED.search(fold(frame.text))
            ):
                await ask.reply("no_coming_sitting", on=None, coming=[])  # nothing convened
                return None
        if (
            frame.asked is Asked.SITTING
            and frame.about is not About.DOCUMENTS  # « le PV est dispo ? »: of one held
            and when.relative is None
            and not asked_of_the_past(frame.text)
        ):
            coming = _look(ask, lookups.next_sitting, after=today, body_ids=bodies)
            if coming is not None:
                return coming.id
        latest = _look(ask, lookups.latest_sitting, before=today, body_ids=bodies)
        if latest is None:
            await ask.reply("no_sitting", on=None, number=None, body=body_name)
            return None
        return latest.id

    def matching(body_ids: list[int] | None) -> list[lookups.SittingBrief]:
        return _look(
            ask,
            lookups.sittings_matching,
            body_ids=body_ids,
            on=when.on,
            day=when.day if when.on is None else None,
            month=when.month if when.on is None and when.start is None else None,
            start=when.start,
            end=when.end,
        )

    found = matching(bodies)
    if not found and bodies and not frame.body:
        # The members' bodies did not sit then; another did: answer that one (« présences non
        # publiées » or « ne figure pas »), never « aucune séance » on a day that had one.
        found = matching(None)
    if when.rank and found:
        # « le premier conseil de 2022 », « la dernière séance de mars »: in order of date.
        in_order = sorted(found, key=lambda s: s.held_on)
        if when.rank == -1 or when.rank <= len(in_order):
            return in_order[when.rank - 1 if when.rank > 0 else -1].id
        await _no_sitting_numbered(ask, frame, members, in_order, rank=when.rank, when=when)
        return None
    if len(found) > 1 and asked_to_come(fold(frame.text)):
        # « qui sera là avant le 20 décembre ? »: the future tense keeps the sittings to come
        found = [b for b in found if b.held_on >= today] or found
    elif len(found) > 1 and asked_of_the_past(frame.text):
        # « qui était là en juillet ? » with the month's Bureau still to come: those held
        found = [b for b in found if b.held_on < today] or found
    if len(found) == 1:
        return found[0].id
    if len(found) > 1 and frame.asked is Asked.SITTING and frame.about is About.DOCUMENTS:
        # « t'as les PV de 2022 ? »: the documents held for each sitting of the period, never
        # which sitting asked
        for one in sorted(found, key=lambda b: b.held_on, reverse=True)[:_DOCUMENTS_LISTED]:
            await _answer(
                ask,
                answers.documents(session=session, frame=frame, sitting_id=one.id, today=today),
            )
        _remember(ask, members=[], sitting=None, **_frame_state(frame))
        return None
    if len(found) > 1:
        _remember(ask, PENDING_KEY, **_frame_state(frame), members=members)
        buttons = [
            (
                ask.label("button_sitting", s=s),
                SittingChoice(SittingAction.ASK, s.id or 0).encode(),
            )
            for s in found[:8]
        ]
        await ask.reply("choose_sitting_said", buttons=buttons, count=len(found), said=when.said)
        return None
    if frame.asked is Asked.CONVOCATION and when.on is not None:
        # « ai-je reçu la convocation du 28 juin ? »: the day it was sent, not the sitting's
        convened = _look(ask, lookups.sittings_matching, body_ids=bodies, convened_on=when.on)
        if len(convened) == 1:
            return convened[0].id
    if (same := await _same_time_of_year(ask, when, bodies, today)) is not None:
        return same
    if (
        when.on is not None
        and when.on < today
        and fold(when.said or "").split()[-1:] == [WEEKDAYS[when.on.weekday()]]
        and not asked_of_the_past(frame.text)
    ):
        # « la convocation pour jeudi ? » said on a Friday, no sitting the day before: a
        # weekday alone, no tense said, is the coming one as much as the last
        when = replace(when, on=when.on + timedelta(days=7))
    if when.on is not None and when.on >= today:
        # « à quelle heure le bureau jeudi ? » with the Bureau on the Thursday after: the
        # nearest coming sitting, saying so, rather than « aucune séance ».
        coming = _look(ask, lookups.next_sitting, after=today, body_ids=bodies)
        if coming is not None and coming.held_on == when.on:
            return coming.id  # (the weekday alone read as the coming one, above)
        if coming is not None and abs((coming.held_on - when.on).days) <= _NEAR_COMING.days:
            await ask.reply(
                "coming_instead",
                on=when.on,
                s=ask.sitting_view(coming.id or 0),
                polar=_sitting_yes_or_no(frame),
            )
            return coming.id
    if members and (instead := await _member_day_instead(ask, when, bodies, today)) is not None:
        return instead
    around = when.on or when.start or _latest_day(when, today)
    latest = (
        _look(ask, lookups.latest_sitting, before=around, body_ids=bodies) if when.on else None
    )
    nearest = _look(ask, lookups.nearest_sittings, around=around, body_ids=bodies)
    if asked_of_the_past(frame.text):
        # « le 3 mars, il y avait qui ? »: the sittings held are offered, none still to come
        held = _look(ask, lookups.nearest_sittings, around=around, body_ids=bodies, limit=6)
        nearest = [s for s in held if s.held_on <= today][:3] or nearest
    # « le bureau du 24 mars 2022 ? » when the Conseil sat that day: said, and offered first
    that_day = (
        _look(ask, lookups.sittings_matching, body_ids=None, on=when.on, day=None, month=None)
        if when.on is not None and bodies
        else []
    )
    nearest = [*that_day, *(s for s in nearest if s.id not in {o.id for o in that_day})]
    if nearest:
        _remember(ask, PENDING_KEY, **_frame_state(frame), members=members)
    buttons = [
        (ask.label("button_sitting", s=s), SittingChoice(SittingAction.ASK, s.id or 0).encode())
        for s in nearest
    ]
    # « convoque le bureau le 17 décembre à 18h » of a sitting not created: how to create it,
    # with the hour and place it gives carried into the sentence that creates it
    to_create = ask.asker.secretariat and order_said(frame.text)
    await ask.reply(
        "no_sitting_said",
        buttons=buttons,
        relative=None,
        body=body_name,
        on=when.on,
        latest=latest,
        nearest=nearest,
        when=when,
        that_day=that_day,
        # (« t'as les pv de 2023 ? » asks documents: only « y a … ? » is answered « Non »)
        polar=bool(_YES_NO_OPENING.search(fold(frame.text))) and _sitting_yes_or_no(frame),
        to_create=to_create,
        hour=hour_said(frame.text) if to_create else None,
        place=place_typed(frame.text) if to_create else None,
    )
    return None


async def _member_day_instead(
    ask: Ask, when: When, bodies: list[int] | None, today: date
) -> int | None:
    """« Arnaud était au bureau du 3 juillet ? », « … le 4 juillet dernier ? » on a day no
    sitting was held: the one held sitting of that day and month in another year (the year
    not typed), else the one held within a week of it, answered for the members asked about,
    saying first that the day had none; None when no one sitting fits (then the nearest are
    offered)."""
    if when.on is not None:
        day, month = when.on.day, when.on.month
    elif when.day and when.month:
        day, month = when.day, when.month
    else:
        return None
    found: list[lookups.SittingBrief] = []
    if not re.search(r"\d{4}", when.said):
        found = [
            s
            for s in _look(ask, lookups.sittings_matching, body_ids=bodies, day=day, month=month)
            if s.held_on <= today
        ]
    if not found and when.on is not None:
        found = [
            s
            for s in _look(ask, lookups.nearest_sittings, around=when.on, body_ids=bodies)
            if s.held_on <= today and abs((s.held_on - when.on).days) <= _NEAR_COMING.days
        ]
    elif not found:
        # « le 3 juillet », no year: a sitting held within a week of a 3 July, any year
        for each in (month - 1 or 12, month, month % 12 + 1):
            for s in _look(ask, lookups.sittings_matching, body_ids=bodies, month=each):
                with contextlib.suppress(ValueError):  # « 29 février » of a common year
                    near = abs((s.held_on - date(s.held_on.year, month, day)).days)
                    if s.held_on <= today and near <= _NEAR_COMING.days and s not in found:
                        found.append(s)
    if len(found) != 1:
        return None
    await ask.reply("day_instead", on=when.on, said=when.said, s=ask.sitting_view(found[0].id))
    return found[0].id


async def _same_time_of_year(
    ask: Ask, when: When, bodies: list[int] | None, today: date
) -> int | None:
    """« juillet dernier », « l'été dernier », « l'avant-dernier été » said of a month or a
    season without a sitting: when one sitting only was held in that month (or season) of
    another year, it is the one the member remembers; answered, saying so. A year typed
    (« juillet 2023 ») is taken at its word, and several such sittings are asked about."""
    start, end = when.start, when.end
    if start is None or end is None or (end - start).days > 92 or re.search(r"\d{4}", when.said):
        return None
    months: list[int] = []
    day = start
    while day <= end:
        if day.month not in months:
            months.append(day.month)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    held = {
        s.id: s
        for month in months
        for s in _look(ask, lookups.sittings_matching, body_ids=bodies, month=month)
        if s.held_on <= today
    }
    if len(held) != 1:
        return None
    sitting = next(iter(held.values()))
    await ask.reply(
        "past_instead",
        said=when.said,
        start=start,
        end=end,
        month=start if len(months) == 1 else None,
        s=ask.sitting_view(sitting.id or 0),
    )
    return sitting.id


# « je n'ai pas reçu ma convocation »: about a coming sitting, never the last one's.
# « je n'ai pas reçu / rien eu / jamais eu ma convocation », « tu peux me la renvoyer ? »
_NOT_RECEIVED = cues.plain(
    r"\b(?:pas|jamais|toujours pas|rien)\s+(?:encore\s+)?(?:recue?s?|eue?s?)\b"
    r"|\b(?:re ?envo\w*|renvo\w*|re ?transmet\w*|re ?expedi\w*)\b"
)

# How far from the day named a coming sitting is still the one meant (« jeudi » said of the
# Bureau on the Thursday after).
_NEAR_COMING = timedelta(days=7)


_MONTH_AFTER = timedelta(days=31)


def _step_in_the_tense(
    ask: Ask,
    frame: Frame,
    before: bool,
    bodies: list[int] | None,
    step: lookups.SittingBrief | None,
) -> lookups.SittingBrief | None:
    """A step from a day said without its year, as the tense and the sittings known place it:
    « qui était absent après le 1er juillet ? » in December steps from the latest 1 July a
    held sitting follows within the month (never to a sitting still to come); « qui sera là
    avant le 20 décembre ? » from the coming 20 December. `step`: the step from the latest
    such day."""
    when, today = frame.when, ask.runtime.today()
    month, day = when.month or today.month, when.day or 1
    if not before and (step is None or step.held_on > today) and asked_of_the_past(frame.text):
        held = _look(ask, lookups.latest_sitting, before=today, body_ids=bodies)
        if held is None:
            return step
        for year in (held.held_on.year, held.held_on.year - 1):
            try:
                start = date(year, month, day)
            except ValueError:
                return step
            if start < held.held_on:
                break
        found = _look(ask, lookups.next_sitting, after=start + _DAY, body_ids=bodies)
        # (a sitting held within the month after that day: the one the member has in mind)
        near = found is not None and found.held_on <= min(today, start + _MONTH_AFTER)
        return found if near else step
    coming_asked = asked_to_come(fold(frame.text))
    if not before and step is not None and step.held_on < today and coming_asked:
        # « qui sera absent après le 1er juillet ? » on 10 July: the sitting to come
        coming = _look(ask, lookups.next_sitting, after=today, body_ids=bodies)
        return coming if coming is not None else step
    if before and asked_of_the_past(frame.text):
        # « qui était absent avant le 20 juillet ? »: the 20 July nearest today, this year's
        # on 10 July, the last one's in December; the latest sitting held before it
        days = []
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                days.append(date(year, month, day))
            except ValueError:
                continue
        if not days:
            return step
        end = min(days, key=lambda d: abs((d - today).days))
        held = _look(ask, lookups.latest_sitting, before=min(end - _DAY, today), body_ids=bodies)
        return held if held is not None else step
    if before and coming_asked:
        for year in (today.year, today.year + 1):
            try:
                end = date(year, month, day)
            except ValueError:
                return step
            if end > today:
                coming = _look(ask, lookups.latest_sitting, before=end - _DAY, body_ids=bodies)
                return coming if coming is not None and coming.held_on >= today else step
    return step


def _latest_day(when: When, today: date) -> date:
    month = when.month or today.month
    day = when.day or 1
    for year in range(today.year, today.year - 30, -1):
        try:
            candidate = date(year, month, min(day, 28) if day > 28 else day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return today


def _body_name(ask: Ask, frame: Frame) -> str | None:
    body = _look(ask, queries.body_by_hint, hint=frame.body) if frame.body else None
    return body.name if body else None


# -- acts ---------------------------------------------------------------------------------------


async def _deliberation_count(ask: Ask, frame: Frame) -> None:
    """Over a period (« au premier semestre 2022 »), or in one sitting (« au bureau du 4
    juillet », « au dernier conseil »), or over everything the store knows; on a topic
    (« combien de délibérations sur le SIEL ? »), how many hold its words, listed."""
    if words_of(" ".join(frame.words)) or typed_number(frame.words):
        await _deliberations(ask, frame.but(asked=Asked.DELIBERATION))
        return
    when = frame.when
    start, end = when.start, when.end
    if when.on:
        start = end = when.on
    said = when.said
    sitting_id: int | None = None
    thread = _recall(ask) if frame.follow_up or _leans_on_thread(frame) else {}
    if _MEAN_ASKED.search(fold(frame.text)):
        thread = {}  # « combien de délibs par séance en moyenne ? »: never one sitting's mean
    if (
        start is None
        and not (
            when.day or when.month or when.year or when.relative
        )  # « et le 27 janvier ? »: another day
        and (frame.follow_up or (thread and not thread.get("deliberations")))
    ):
        # « et combien de délibérations ? », or asked right after a sitting (not after one of
        # its deliberations): in the sitting the conversation is about.
        kept = thread.get("sitting")
        sitting = ask.session.get(Sitting, int(kept)) if kept else None
        named = _look(ask, queries.body_by_hint, hint=frame.body) if frame.body else None
        if sitting is not None and named is not None and named.id != sitting.body_id:
            # « combien de délibérations au bureau du 4 juillet ? » then « et au conseil ? »:
            # the latest sitting of that body, not the Bureau's day
            latest = await _sitting(ask, frame.but(when=When(relative=Relative.LAST)), [], {})
            if latest is None:
                return
            sitting = ask.session.get(Sitting, latest)
        if sitting is not None:
            start = end = sitting.held_on
            sitting_id = sitting.id
            said = said or "séance"  # that sitting's day, never « au total »
    if (start is None and (when.day or when.relative or (when.month and not when.year))) or (
        when.rank is not None  # « au premier conseil de 2022 »: that sitting, not the year
    ):
        sitting_id = await _sitting(ask, frame, [], {})
        if sitting_id is None:
            return
        start = end = ask.sitting_view(sitting_id).held_on
        said = said or "séance"
    if start is None or end is None:  # no period: every deliberation the store knows
        start, end, said = date.min, date.max, ""
    body = _look(ask, queries.body_by_hint, hint=frame.body) if frame.body else None
    counted = answers.deliberation_count(
        session=ask.session,
        start=start,
        end=end,
        said=said,
        body_ids=[body.id] if body and body.id else None,
        council_id=ask.asker.council_id,
        by=frame.about.value if frame.about in _COUNTED_BY else None,
    )
    # « y a-t-il eu des délibérations rejetées en 2022 ? »: how many were, said first
    counted.data["rejected_asked"] = frame.about is About.REJECTED
    # « combien de délibérations adoptées à l'unanimité en 2022 ? »: that figure first
    counted.data["outcome_asked"] = outcome = _outcome_counted(frame)
    if outcome:
        tally = counted.data["t"]
        n = {"unanimous": tally.unanimous, "adopted": tally.adopted}.get(
            outcome, tally.adopted - tally.unanimous + tally.rejected
        )
        counted.data["outcome_count"] = n
        counted.data["share"] = round(100 * n / tally.count) if tally.count else None
    counted.data["body"] = body.name if body else None
    counted.data["known"] = _acts_known(ask) if not counted.data["t"].count else []
    counted.data["polar"] = frame.polar
    # « combien de délibs par séance en moyenne ? »: the mean said, not the count alone
    counted.data["mean_asked"] = bool(_MEAN_ASKED.search(fold(frame.text)))
    # « quel mois a eu le moins de délibérations ? »: the unit with the fewest, named
    counted.data["fewest"] = bool(_FEWEST_ASKED.search(fold(frame.text)))
    # « combien de délibérations le 24 mars ? » then « et à l'unanimité ? »: the tally of the
    # period was just given; the narrowed figure alone, not the whole count again
    counted.data["tally_given"] = bool(outcome) and _recall(ask).get("period") == [
        start.isoformat(),
        end.isoformat(),
    ]
    await _answer(ask, counted)
    tally = counted.data["t"]
    kind = "rejected" if frame.about is About.REJECTED else outcome
    figure = tally.rejected if kind == "rejected" else counted.data.get("outcome_count")
    # « les délibérations rejetées en 2022 » then « ça fait combien ? »: that figure again
    listed = {
        "count": figure or 0,
        "about": "divided" if kind == "not_unanimous" else kind,
        "voices": 0,
        "total": tally.count,
        "sittings": tally.sittings,
        "period": frame.when.said if frame.when.dated else "",
        "sitting": None,
    }
    # « lesquelles ? » next lists the deliberations of the one sitting counted.
    _remember(
        ask,
        members=[],
        sitting=sitting_id,
        list_count=listed if kind else None,
        **_frame_state(frame),
    )


# The outcome a count of acts is narrowed by: « adoptées à l'unanimité », « votées à
# l'unanimité », « non unanimes », « pas à l'unanimité », « adoptées », « approuvées ».
_NOT_UNANIMOUS = act_sets.NOT_UNANIMOUS
_UNANIMOUS = act_sets.UNANIMOUS  # « à lunanimité » typed without its apostrophe too
# (« votées » is every act voted on, adopted or not)
_ADOPTED = act_sets.ADOPTED


def _has_outcome(act: Any, outcome: str) -> bool:
    """Whether a deliberation had the outcome a count is narrowed by."""
    if outcome == "unanimous":
        return bool(act.unanimous)
    if outcome == "adopted":
        return act.outcome == "adopted"
    return act.outcome == "rejected" or (act.outcome == "adopted" and act.unanimous is False)


def _outcome_counted(frame: Frame) -> str | None:
    """« unanimous », « not_unanimous » or « adopted » when a count of acts is narrowed by
    its outcome, else None (« rejetées » is About.REJECTED)."""
    said = fold(frame.text)
    if frame.about is About.REJECTED:
        return None
    if _NOT_UNANIMOUS.search(said):
        return "not_unanimous"
    if _UNANIMOUS.search(said):
        return "unanimous"
    if _ADOPTED.search(said) and not re.search(r"\b(?:non|pas|rejet\w*)\b", said):
        return "adopted"
    return None


_COUNTED_BY = frozenset(
    (About.MONTHS, About.QUARTERS, About.SEMESTERS, About.YEARS, About.EACH_SITTING)
)


_WHO_VOTED = cues.plain(
    r"\W*(?:et )?(?:qui|quels? (?:elus|membres|conseillers)|quelles? elues|lesquels)\b"
)


# The superlatives that rank acts by their vote
_VOTE_RANKED = (About.AGAINST, About.ABSTENTIONS, About.FOR, About.MARGIN, About.DISSENT)


async def _most(ask: Ask, frame: Frame) -> None:
    """« la délibération avec le plus de contre », « la séance la moins suivie en 2022 »: over
    the period or body named, else over everything the store knows."""
    if frame.about is None:
        # « laquelle en a eu le plus ? »: by the figure the last answer was about
        last = _recall(ask)
        about = last.get("about")
        if about not in (About.AGAINST, About.ABSTENTIONS, About.FOR, About.PRESENT, About.ABSENT):
            await ask.reply("nothing_to_complete")
            return
        frame = frame.but(about=About(about))
    when = frame.when
    start, end = (when.start, when.end) if when.start and when.end else (when.on, when.on)
    sitting = None
    a_day = when.on is not None or (when.day is not None and when.month is not None)
    # « au conseil de janvier »: a month without its year is that month's sitting, as counted
    a_month = when.month is not None and when.year is None and when.start is None
    if (when.relative in (Relative.LAST, Relative.NEXT) and not when.dated) or a_day or a_month:
        # « qui a eu le plus de pouvoirs au dernier bureau ? », « la délib la plus contestée le
        # 4 juillet ? »: at that sitting, named (never over every sitting with the day said
        # after)
        sitting_id = await _sitting(ask, frame.but(asked=Asked.SITTING, words=()), [], {})
        if sitting_id is None:
            return
        sitting = ask.sitting_view(sitting_id)
        start = end = sitting.held_on
    topic = None
    words = " ".join(ranked_topic(frame))
    if not words and frame.follow_up and frame.about in _VOTE_RANKED:
        # « la plus contestée sur l'eau ? » then « et la moins contestée ? »: the same topic
        last = _recall(ask)
        words = " ".join(last.get("most_topic") or ()) if last.get("asked") == "most" else ""
    if frame.about in _VOTE_RANKED and words:
        # « la plus contestée sur l'eau », « le plus d'abstentions sur le budget »: the acts
        # about the topic ranked, never every act (nothing about it is said so)
        about_it, every = _ranked(ask, words, frame)
        if not every:
            await _no_act_about(ask, frame, words)
            return
        topic = (_as_typed(frame, words), about_it)
    answer = answers.most(
        session=ask.session,
        frame=frame,
        start=start,
        end=end,
        body_ids=_body_ids(ask, frame, []),
        council_id=ask.asker.council_id,
        topic=topic,
    )
    # « qui vote souvent contre ? »: the names are not published, said before the acts
    who = bool(_WHO_VOTED.match(fold(frame.text)))
    # « la plus contestée du bureau »: the body ranked over is said
    body = _look(ask, queries.body_by_hint, hint=frame.body) if frame.body else None
    said = {"who": who, "s": sitting, "body": body.name if body else None}
    await _answer(ask, replace(answer, data=answer.data | said))
    views = answer.data.get("views") or []
    if views:  # « et le vote ? », « pourquoi ? » next are about the deliberation named
        _remember_deliberations(
            ask,
            frame,
            [v.deliberation.id for v in views][:3],
            most_topic=words.split() if topic else None,
        )
    elif answer.data.get("sittings") and len(answer.data["sittings"]) == 1:
        _remember(ask, members=[], sitting=answer.data["sittings"][0].id, **_frame_state(frame))


def _acts_numbered(ask: Ask, frame: Frame) -> list[int]:
    """The deliberations of the number the frame names, as typed or as repaired at import."""
    return list(
        _look(
            ask,
            lookups.deliberation_ids_by_typed_number,
            typed=frame.typed_number or frame.number,
            number=frame.number,
        )
    )


async def _no_act_about(ask: Ask, frame: Frame, words: str, *, polar: bool = False) -> None:
    """No act about these words: said of the period asked when one was (« sur le PLU en
    2024 »), with how many are about them at other times, never « aucune » as if none were."""
    when = frame.when
    elsewhere = 0
    if when.dated:
        elsewhere = _ranked(ask, words, frame.but(when=When()))[1]
    # nothing at any time: what the store holds near it (« vélo »: « mobilités »)
    near: list[tuple[str, int]] = []
    close = False
    if not elsewhere and words_of(words):
        near, close = ask.reads.deliberation_index(ask.session).near_topics(words)
    await ask.reply(
        "no_deliberation",
        number=None,
        words=_as_typed(frame, words),
        polar=polar,
        period=when.said if when.dated else None,
        elsewhere=elsewhere,
        near=near,
        close=close,
    )


def _ranked(ask: Ask, words: str, frame: Frame) -> tuple[list[int], int]:
    """Deliberations for some words: every one holding every word (how many), best first; only
    when none does, the closest few, labelled as approaching. A period named (« en 2022 »)
    keeps the deliberations of its sittings. Topics said one « ou » another (« le crématorium
    ou le musée ? ») are each searched: the acts about either, those about the first first."""
    alternatives = topics_or(frame.text, words)
    both = not alternatives
    if both:
        ranked = _ranked_all(ask, words, frame)
        # « les délibs sur l'eau et sur le transport »: no act about both, each one's acts
        if ranked[1] or not (alternatives := topics_and(frame.text, words)):
            return ranked
    # each topic with the places its own part names (« le PLU de Villars ou celui de Pavezin »)
    each = [_ranked_all(ask, topic, frame.but(text=part)) for topic, part in alternatives]
    if both and not all(count for _, count in each):
        return ranked  # « la voirie et la piscine »: nothing on one, never the other as both
    full = list(dict.fromkeys(i for ranked, count in each for i in ranked[:count]))
    if not full:
        return _ranked_all(ask, words, frame)
    return full, len(full)


def _ranked_all(ask: Ask, words: str, frame: Frame) -> tuple[list[int], int]:
    """Deliberations holding every one of some words (how many), else the closest few."""
    index = ask.reads.deliberation_index(ask.session)
    every = _of_years_said(ask, index, _placed(index, index.matches_all(words), frame), words)
    topic = " ".join(w for w in words.split() if not _YEAR_WORD.fullmatch(w))
    if not every and topic != words and words_of(topic):
        # « les délibs de voirie de 2022 »: the year is when, not a word the texts must print
        # (an act known from open data has no text that says its year)
        every = _of_years_said(ask, index, _placed(index, index.matches_all(topic), frame), words)
    ranked = every or _placed(index, index.search(words, limit=SEARCH_SHOWN), frame)
    when = frame.when
    if when.start and when.end:
        held = lookups.held_between(
            session=ask.session, ids=ranked, start=when.start, end=when.end
        )
        titled = _titled_with_the_year(index, every, when)
        ranked = [i for i in ranked if i in held]
        every = [i for i in every if i in held]
        if not every and titled:
            # « le rapport de développement durable de 2021 »: no act on it that year, one
            # whose title names the year (its report, its budget) is the one meant
            return titled, len(titled)
    elif when.on or when.day or when.month:
        # « les délibérations du 24 mars sur l'urbanisme », « … du conseil du 27 janvier »:
        # those of the sittings held that day (of any year when none is said).
        sittings = {
            s.id
            for s in _look(
                ask,
                lookups.sittings_matching,
                body_ids=None,
                on=when.on,
                day=None if when.on else when.day,
                month=None if when.on else when.month,
            )
        }
        ranked = [
            i
            for i in ranked
            if _look(ask, lookups.deliberation_sitting, deliberation_id=i) in sittings
        ]
        every = [i for i in every if i in ranked]
    return ranked, len(every)


_YEAR_WORD = cues.plain(r"(?:19|20)\d\d")


_A_TITLES_YEAR = cues.plain(r"(?:(?:de|d|du|l an) )?(?:19|20)\d\d")


def _titled_with_the_year(index: TextIndex, ids: list[int], when: When) -> list[int]:
    """Of some deliberations, those whose title prints the year a period is (a whole calendar
    year only, said as a title says it: « le rapport 2021 », « … de 2021 »): the year may be
    the subject's, not when it was voted. « en 2023 », « l'année d'avant » are when."""
    if not _A_TITLES_YEAR.fullmatch(fold(when.said).strip()):
        return []
    if not (when.start and when.end and when.start.year == when.end.year):
        return []
    if (when.start.month, when.start.day, when.end.month, when.end.day) != (1, 1, 12, 31):
        return []
    titled = index.titled(str(when.start.year))
    return [i for i in ids if i in titled]


def _of_years_said(ask: Ask, index: TextIndex, ids: list[int], words: str) -> list[int]:
    """Of some deliberations, those of each year the member names with the topic (« le
    budget 2025 »): the year in the title, or the sitting's. A text that only mentions 2025
    (« années 2022 à 2025 ») is not about it: none left, the answer says nothing holds every
    word, never another year's act as if it were that one."""
    for year in (w for w in words_of(words) if _YEAR_WORD.fullmatch(w)):
        if not ids:
            break
        titled = index.titled(year)
        held = lookups.held_between(
            session=ask.session,
            ids=[i for i in ids if i not in titled],
            start=date(int(year), 1, 1),
            end=date(int(year), 12, 31),
        )
        ids = [i for i in ids if i in titled or i in held]
    return ids


def _placed(index: TextIndex, ids: list[int], frame: Frame) -> list[int]:
    """Of some documents, those whose texts name each place the message names (« à La
    Talaudière »): a place narrows, it is never a qualifier to leave out."""
    for place in places_named(frame.text):
        for word in place_words(place):
            held = index.holding(word)
            ids = [i for i in ids if i in held]
    return ids


# « combien de PLU … », « le nombre de fonds de concours … »: how many deliberations on a
# topic, not the votes of one (« combien de voix pour … » counts votes).
# « la délib la plus récente sur … », « la dernière délibération sur … », « la première … »
_ONE_IN_TIME = cues.plain(
    r"\b(?:la |le )?(plus recente?|derniere?|plus ancienne?|premiere?) (?:delib\w*|decision)\b"
    r"|\b(?:delib\w*|decision) (?:la |le )?(?=plus recente|derniere|plus ancienne|premiere)"
    r"(plus recente|derniere|plus ancienne|premiere)\b"
)
_IN_TIME = frozenset("premiere premier recente recent ancienne ancien plus".split())  # noqa: SIM905
# « les PLU votés en mars 2022 », « quelles délibs adoptées sur l'eau »: a list of the acts
# (each with its vote), not whether one was adopted
# « les délibérations votées en mars »: a list; « les taxes foncières ont été votées à
# l'unanimité ? », a verb said of the acts, asks how they were voted
# « qui n'a pas encore répondu ? », « ceux qui sont sans réponse », « pas de réponse de qui ? »
_SILENT = cues.plain(
    r"\b(?:pas|jamais|rien)(?: encore| toujours| du tout)? (?:\w+ )?repondu\b|\bsans reponses?\b"
    r"|\bpas (?:de|d) reponses?\b|\bpas (?:encore |toujours )?(?:donne|envoye) (?:de |d |leur )"
    r"?reponses?\b|\bmanque\w* (?:des |les |la )?reponses?\b|\bpas (?:encore |toujours )?"
    r"(?:(?:donne|fait) )?(?:de )?signe\b|\b(?:pas|rien) (?:encore |toujours )?(?:dit|reagi"
    r"|manifeste\w*)\b"
)
_LISTED_VOTED = cues.plain(
    r"^(?:(?:bonjour|salut|svp|stp)\W+)?(?:les|des|quels|quelles|tous les|toutes les)\b.*"
    r"\b(?:votes|votees|adoptes|adoptees|approuves|approuvees|decides|decidees|passes)\b"
)
_VOTED_AS_VERB = cues.plain(
    r"\b(?:ont|sont|ont ils|ont elles|sont ils|sont elles)(?: bien| toutes| tous| elles| ils)*"
    r"(?: ete)? (?:votes|votees|adoptes|adoptees|approuves|approuvees|decides|decidees|passes)\b"
)
_COUNTING_TOPIC = cues.plain(
    r"\b(?:combien|nombre) (?:de|d|des) (?!voix|votes?\b|vote\b|abstentions?|contre"
    r"|pour\b|elus?\b|elues?\b|membres|votants|absents?|presents?|pouvoirs?|procurations?"
    r"|excuses?|conseill\w*|personnes|collegues|gens\b)"
)


_AMOUNT = cues.plain(r"\b(?:combien|montant|somme|euros?|touche|recu|verse|finance)\b")


async def _by_typed_number(ask: Ask, frame: Frame) -> Frame | None:
    """« 2022 00116 », « 2022,00112 », « la 00059 »: a number typed with a space, a comma or
    without its year. The frame with that number, or None when an answer was sent (which
    year?) or no number was typed."""
    typed = typed_number(frame.words)
    if frame.number or typed is None:
        return frame if frame.number else None
    year, sequence = typed
    if year is None:
        numbers = lookups.numbers_ending(
            session=ask.session, sequence=sequence, council_id=ask.asker.council_id
        )
        if len(numbers) > 1:
            await ask.reply("which_number", sequence=sequence, numbers=numbers)
            return None
        if not numbers:
            await ask.reply("no_deliberation", number=sequence, words=None)
            return None
        number = numbers[0]
    else:
        number = normalise_number(year, sequence)
    asked = Asked.DELIBERATION if frame.asked is Asked.SEARCH else frame.asked
    return frame.but(asked=asked, number=number, typed_number=number)


async def _numbered(ask: Ask, frame: Frame) -> list[int] | None:
    """The deliberations of the number asked (both forms of a repaired one); None when none
    is, and that answer was sent."""
    assert frame.number is not None
    ids = _acts_numbered(ask, frame)
    if not ids:
        await ask.reply("no_deliberation", number=frame.number, words=None)
        await _citing(ask, frame, frame.number)
        return None
    return list(ids)


async def _citing(ask: Ask, frame: Frame, number: str) -> None:
    """« la délib qui modifie la 2021.00536 »: an act not in the store, cited by acts that are
    (« Modification de la délibération 2021.00536 »): those are listed, labelled as citing it."""
    year, _, sequence = number.partition(".")
    index = ask.reads.deliberation_index(ask.session)
    candidates = index.matches_all(f"{year} {sequence}")[:10]
    views = _look(ask, queries.deliberation_views, ids=tuple(candidates))
    said = re.compile(rf"\b{year}\s*[._/-]\s*0*{int(sequence)}\b")
    citing = [
        v for v in views if said.search(f"{v.deliberation.title} {v.deliberation.full_text or ''}")
    ]
    if citing:
        await ask.reply("acts_citing", number=number, views=citing)
        _remember_deliberations(ask, frame, [v.deliberation.id or 0 for v in citing][:3])


async def _acts_asked(ask: Ask, frame: Frame) -> list[int] | None:
    """The deliberations a question about one act means: its number, the best match for its
    words, or those just talked about; None when an answer (none found) was sent."""
    if frame.number:
        return await _numbered(ask, frame)
    words = " ".join(w for w in frame.words if w not in _VOTE_NOISE)
    if words_of(words):
        ranked, holding = _ranked(ask, words, frame)
        if not ranked:
            await _no_act_about(ask, frame, words)
            return None
        # « la délib sur le budget, c'était quand ? » with eight on the budget: each one's
        # fact (the answer tells the first six and how many), never the first taken silently
        return ranked[: max(1, holding)]
    last = _recall(ask)
    if last.get("deliberations"):
        return [int(i) for i in last["deliberations"]]
    if last.get("sitting"):
        # « quand a-t-elle été transmise ? » right after the roll call of a sitting of one act
        # (its absents, its votants): that act; of several, which one is asked below
        ids = ask.session.exec(
            select(Deliberation.id).where(Deliberation.sitting_id == int(last["sitting"]))
        ).all()
        if len(ids) == 1:
            return [int(ids[0] or 0)]
    await ask.reply("nothing_to_complete")
    return None


_UNPUBLISHED_ASKED = cues.plain(
    r"\b(?:publie\w*|liste|listes|presences?|presents?|disponibles?|connue?s?|dispo|manque\w*)\b"
)


async def _why(ask: Ask, frame: Frame) -> None:
    """« pourquoi ? », « pour quelle raison Bouchet était absent ? »: the documents record no
    reasons; say so, then what they do record about the member or the act in question."""
    last = _recall(ask)
    if last.get("sitting") and _UNPUBLISHED_ASKED.search(fold(frame.text)):
        # « pourquoi c'est pas publié ? » after « présences non publiées »: where a roll call
        # comes from, and that the documents imported of that sitting hold none
        view = ask.sitting_view(int(last["sitting"]))
        if not view.roll_call:
            await ask.reply("why_unpublished", s=view)
            return
    asked_of = frame.but(asked=Asked.PRESENCE, about=About.EITHER, polar=False)
    members = await _members(ask, asked_of, last)
    if members is None:
        return
    acts: list[int] = []
    if not members:
        if frame.number:
            acts = await _acts_asked(ask, frame) or []
        elif last.get("deliberations"):
            acts = [int(i) for i in last["deliberations"]]
    await _answer(
        ask,
        answers.why(
            session=ask.session, frame=frame, deliberation_ids=acts, members=bool(members)
        ),
    )
    if members:
        sitting_id = await _sitting(ask, asked_of, members, last)
        if sitting_id is not None:
            await answer_on_sitting(ask, asked_of, sitting_id, members)
    elif acts and re.search(r"\b(?:vot\w*|abst\w*|contre|oppos\w*)", fold(frame.text)):
        await _answer(
            ask,
            answers.votes(
                session=ask.session,
                frame=frame.but(about=About.FOR),
                deliberation_ids=acts[:1],
                loose=False,
            ),
        )


# A sentence of an act's text that dates a decision (« … approuvé par délibération du Conseil
# du 12 février 2024 », « Le Conseil Métropolitain du 28 mars 2024 a validé … »)
_DECIDED_WORDS = cues.plain(r"\b(?:adopt\w*|approuv\w*|valid\w*|deliber\w*|vot\w*|decid\w*)")
_DATED_WORDS = cues.plain(
    r"\b\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre"
    r"|novembre|decembre) \d{4}\b|\b\d{1,2}/\d{1,2}/\d{4}\b"
)


async def _when_another_body_decided(ask: Ask, frame: Frame, acts: list[int]) -> bool:
    """« quand le Conseil a-t-il adopté le contrat de ville ? » answered by an act of the
    Bureau: the sentences of its text that date the Council's decision, quoted with where they
    were read, or that the text does not say it; never the Bureau act's own day as if it were
    the Council's. False when the body asked is the act's own (its day answers)."""
    if frame.about is not About.WHEN or not frame.body or frame.number:
        return False
    views = _look(ask, queries.deliberation_views, ids=tuple(acts[:3]))
    if not views or any(fold(v.body).startswith(frame.body) for v in views):
        return False
    topic = set(words_of(" ".join(frame.words)))
    best: list[tuple[int, str, queries.DeliberationView]] = []
    for view in views:
        text = " ".join((view.deliberation.full_text or "").split())
        for sentence in re.split(r"(?<=[.;:])\s+", text):
            folded = fold(sentence)
            if (
                frame.body in folded
                and _DATED_WORDS.search(folded)
                and _DECIDED_WORDS.search(folded)
            ):
                shared = len(topic & set(words_of(sentence)))
                best.append((shared, sentence.strip(), view))
    best.sort(key=lambda found: -found[0])
    view = best[0][2] if best else views[0]
    await ask.reply(
        "act_of_another_body",
        v=view,
        body=frame.body,
        passages=[sentence for _, sentence, v in best if v is view][:2],
    )
    return True


def _sittings_between(
    ask: Ask, frame: Frame, start: date, end: date
) -> list[lookups.SittingBrief]:
    """The sittings of the frame's bodies held between two days (the read layer's)."""
    return _look(
        ask,
        lookups.sittings_matching,
        body_ids=_body_ids(ask, frame, []),
        on=None,
        day=None,
        month=None,
        start=start,
        end=end,
    )


async def _deliberations(ask: Ask, frame: Frame) -> None:
    """By number (both forms of a repaired one), or the best match for the words."""
    session = ask.session
    if typed_number(frame.words) and not frame.number:
        numbered = await _by_typed_number(ask, frame)
        if numbered is None:
            return
        frame = numbered
    if frame.about in (About.WHEN, About.REPORTER, About.RECEIVED):
        # « il a été voté quand ? », « qui l'a présentée ? »: a fact of the act, in a sentence
        acts = await _acts_asked(ask, frame)
        if acts is not None and await _when_another_body_decided(ask, frame, acts):
            _remember_deliberations(ask, frame, acts[:1])
            return
        if acts is not None:
            facts = answers.deliberation_facts(session=session, frame=frame, deliberation_ids=acts)
            await _answer(ask, facts)
            # several told: « la deuxième » picks one of them next
            _remember_deliberations(ask, frame, acts, listed=facts.data["views"])
        return
    if frame.number:
        ids = await _numbered(ask, frame)
        if ids is None:
            return
        if frame.asked is Asked.VOTE:
            await _answer(
                ask, answers.votes(session=session, frame=frame, deliberation_ids=ids, loose=False)
            )
        else:
            views = queries.deliberation_views(session=session, ids=ids)
            card = "deliberation_brief" if frame.brief else "deliberation"
            await ask.reply(card, views=views, duplicate=len(views) > 1)
        _remember_deliberations(ask, frame, ids)
        return
    in_time = _ONE_IN_TIME.search(fold(frame.text))
    words = " ".join(
        w for w in frame.words if w not in _VOTE_NOISE and not (in_time and w in _IN_TIME)
    )
    if words_of(words) and not words_of(meaningful(words)):
        # « les délibérations sur la loi NOTRe »: « loi » alone is no topic; never the acts
        # that merely use the word
        await ask.reply(
            "no_deliberation",
            number=None,
            words=_subject_typed(frame.text) or _as_typed(frame, words),
            polar=_whether_about(ask, frame),
            period=frame.when.said if frame.when.dated else None,
            elsewhere=0,
        )
        return
    if words_of(words):
        words = meaningful(words)  # « délibs sur la loi climat »: « climat »
    if words and set(words.split()) <= _SHARE_WORDS and _outcome_counted(frame):
        # « quel pourcentage de délibérations adoptées à l'unanimité en 2022 ? »: the count,
        # which says the share, never a search for « pourcentage »
        await _deliberation_count(ask, frame.but(asked=Asked.DELIBERATION_COUNT, words=()))
        return
    if not words_of(words) and frame.when.start and frame.when.end:
        found = _sittings_between(ask, frame, frame.when.start, frame.when.end)
        if not found and (_narrowing(frame) or _a_year_unknown(ask, frame)):
            # « nombre d'abstentions sur les délibérations de 2023 », « les délibérations de
            # 2021 »: none held then, said as a count of the period's acts (with the span of
            # those known), never as the sittings nearest
            await _deliberation_count(ask, frame)
            return
        if len(found) > 1 and _narrowing(frame):
            # « les votes contre en 2022 »: the deliberations opposed, sitting by sitting.
            await _votes_over(ask, frame, [row.id for row in found])
            return
        if len(found) > 1:
            # « des délibérations rejetées en 2022 ? »: over several sittings, the tally says
            # it (one sitting: its votes, below).
            await _deliberation_count(ask, frame)
            return
    if (
        not words_of(words)
        and frame.when.empty
        and _narrowing(frame)
        and (_WHICH_ACTS.search(fold(frame.text)) or _ACTS_COUNTED.search(fold(frame.text)))
        and not frame.follow_up
    ):
        # « quelles délibérations ont eu des votes contre ? »: over every sitting held.
        every = _sittings_between(ask, frame, date.min, ask.runtime.today())
        if every:
            await _votes_over(ask, frame, [row.id for row in every])
            return
    if not words_of(words):
        # « quels élus se sont opposés ? »: the votes of the sitting in question; « et de
        # contre ? » after a vote: the same deliberations.
        last = _recall(ask)
        if last.get("deliberations") and frame.when.empty and not frame.body and frame.brief:
            # « et en une phrase ? » right after an act: the act, in one sentence
            ids = [int(i) for i in last["deliberations"]][:3]
            views = queries.deliberation_views(session=session, ids=ids)
            await ask.reply("deliberation_brief", views=views, duplicate=False)
            _remember_deliberations(ask, frame, ids, shown=_shown_kept(last))
            return
        if last.get("deliberations") and frame.when.empty and not frame.body:
            # « combien d'abstentions ? », « adopté ? » right after a deliberation: its votes.
            ids = [int(i) for i in last["deliberations"]]
            shown = [int(i) for i in last.get("shown") or []]
            voted = ids
            if len(ids) > 1 and shown[: len(ids)] == ids:
                # « le plan de relance » then « et le vote ? »: each act of the list given,
                # not only its first three
                voted = shown[:_VOTES_LISTED]
            await _answer(
                ask,
                answers.votes(session=session, frame=frame, deliberation_ids=voted, loose=False),
            )
            # the list the act was picked from stays: « et la dernière en date ? » next
            _remember_deliberations(ask, frame, ids, shown=_shown_kept(last))
            return
        if not _sittings_then(ask, frame) and (cited := _titled_on_the_day(ask, frame, "")):
            # « la délibération du conseil du 17 juillet 2020 » with no sitting known that day:
            # the acts whose title cites that day, said as such
            views = _look(ask, queries.deliberation_views, ids=tuple(cited))
            await ask.reply("acts_citing", number="", views=views, on=frame.when.said)
            _remember_deliberations(ask, frame, cited[:3], listed=views)
            return
        sitting_id = await _sitting(ask, frame.but(follow_up=True), [], last)
        if sitting_id is not None:
            await _sitting_votes(ask, frame, sitting_id)
        return
    if frame.follow_up and await _in_the_act_in_talk(ask, frame, words):
        return  # « et le chapitre budgétaire ? » after an act: in its text
    if _one_sitting_said(frame) and await _topic_at_sitting(ask, frame, _recall(ask)):
        return  # « des délibs sur le SIEL au conseil du 24 mars ? »: that sitting's
    ranked, full = _ranked(ask, words, frame)
    if not ranked:
        # « a-t-on voté quelque chose sur les trottinettes ? »: « Non, rien sur … »
        await _no_act_about(ask, frame, words, polar=_whether_about(ask, frame))
        return
    said = fold(frame.text)
    listed = _COUNTING_TOPIC.search(said) or (
        _LISTED_VOTED.search(said) and not _VOTED_AS_VERB.search(said)
    )
    vote_kept = act_sets.kept_said(frame.text) if frame.asked is Asked.VOTE else None
    of_every: bool | None = None
    if vote_kept is None and frame.asked is Asked.VOTE and frame.follow_up:
        # « tout a été voté à l'unanimité sur l'eau ? » then « et sur les PLU ? »: the same
        # question of the other topic's acts
        thread = _recall(ask)
        if thread.get("vote_kept"):
            vote_kept = act_sets.Kept(thread["vote_kept"])
            of_every = bool(thread.get("every"))
    if vote_kept in (act_sets.Kept.ADOPTED, act_sets.Kept.REJECTED) and not _EVERY.search(
        fold(frame.text)
    ):
        vote_kept = None  # « le budget primitif a été adopté ? »: the act, « Oui : adoptée »
    if (
        vote_kept is not None
        and full
        and frame.checked is None
        and (of_every is not None or act_sets.whether_asked(frame.text, frame.polar))
    ):
        # « y a eu des contre sur l'eau ? », « tout a été voté à l'unanimité sur le PLU ? »:
        # asked of every act on it, never answered « Non » from the first one alone
        if not _each_topic_alone(ask, frame, words):
            full = _about_the_words(ask, ranked[:full], words)
        if full > 1:
            await _over_the_set(
                ask, frame, ranked[:full], vote_kept, _as_typed(frame, words), every=of_every
            )
            return
        frame = frame.but(polar=True)  # « des opposants sur X ? » of one act: « Oui, 6 … »
    if frame.asked is Asked.VOTE and not (full > 1 and listed):
        if not _each_topic_alone(ask, frame, words):
            full = _about_the_words(ask, ranked[:full], words)
        if full > _VOTES_IN_FULL:
            # « combien d'abstentions sur la DSP ? », « le vote sur le PLU ? » when more acts
            # are about it than can be answered in full: each one's vote on a line, and which
            # is meant asked; never three of them as if they were all
            views = queries.deliberation_views(session=session, ids=ranked[:full])
            await ask.reply(
                "answer_votes_several",
                views=views[:_VOTES_LISTED],
                count=len(views),
                words=_as_typed(frame, words),
            )
            _remember_deliberations(
                ask, frame, ranked[:full][:_VOTES_IN_FULL], listed=views[:_VOTES_LISTED]
            )
            return
        shown = ranked[:1] if full <= 1 else ranked[:full]
        if not full and not _near_enough(ask, shown[0], words):
            shown = []  # « vote compte administratif »: no act on it, and none close to it
        await _answer(
            ask,
            answers.votes(
                session=session,
                frame=frame,
                deliberation_ids=shown,
                loose=full == 0,
                words=_as_typed(frame, words),
                through=_through(ask, frame, words, shown) if full else [],
            ),
        )
        if shown:
            _remember_deliberations(ask, frame, shown)
        return
    if full > 1 and in_time:
        # « la délib la plus récente sur un PLU », « la première délibération sur le SIEL »:
        # those of the latest (earliest) sitting among the acts on it
        views = queries.deliberation_views(session=session, ids=ranked[:full])
        first = (in_time.group(1) or in_time.group(2)).startswith(("premi", "plus ancien"))
        day = (min if first else max)(v.held_on for v in views)
        ranked = [v.deliberation.id or 0 for v in views if v.held_on == day]
        full = len(ranked)
    outcome = _outcome_counted(frame) if _COUNTING_TOPIC.search(fold(frame.text)) else None
    if outcome and full:
        # « combien de délibérations sur le PLU adoptées à l'unanimité ? »: those, counted
        # first, of the acts on the topic; then only they are listed
        views = queries.deliberation_views(session=session, ids=ranked[:full])
        kept = [v.deliberation.id or 0 for v in views if _has_outcome(v.deliberation, outcome)]
        await ask.reply(
            "answer_topic_outcome",
            count=len(kept),
            total=full,
            outcome=outcome,
            words=_as_typed(frame, words),
        )
        if not kept:
            _remember_deliberations(ask, frame, ranked[:full][:3])
            return
        ranked, full = kept, len(kept)
    if frame.brief and full == 1:
        # « c'est quoi en gros la délib sur le CLS ? »: the one act on it, in one sentence
        views = queries.deliberation_views(session=session, ids=ranked[:1])
        await ask.reply("deliberation_brief", views=views, duplicate=False)
        _remember_deliberations(ask, frame, ranked[:1])
        return
    if 0 < full <= _DECIDED_SHOWN and await _decided(ask, frame, ranked[:full], words):
        return  # « la délib sur le musée, elle dit quoi ? »: what it decided, first
    result = answers.search(
        session=session,
        words=words,
        deliberation_ids=ranked,
        loose_from=full,
        action_ids=[],
        # « eau ou assainissement »: both topics as typed, never « eau assainissement »;
        # « le Département »: as typed, never the folded « departement »
        said=_as_typed(frame, words),
        # (each topic of « A ou B » was searched alone: its own words found its acts)
        through=[] if topics_or(frame.text, words) else _through(ask, frame, words, ranked[:full]),
    )
    # « il y a des délibs pour le crématorium ? »: « Oui » first
    await _answer(ask, replace(result, data=result.data | {"polar": _whether_about(ask, frame)}))
    _remember_deliberations(ask, frame, ranked[: max(full, 1)][:3], listed=_listed(result))


# « et celles … », « lesquelles … », « parmi elles … », « dont … »: some of the acts in talk
_OF_THE_SET = cues.plain(
    r"^(?:(?:et|mais|donc|ok|alors|bon) )*(?:parmi (?:elles|eux|celles|ceux|ces|les)|celles|ceux"
    r"|lesquel(?:le|)s|dont|uniquement|seulement)\b"
    r"|\bparmi (?:elles|eux|celles ci|ceux ci|celles la|ces \w+)\b"
)


def _set_in_talk(last: dict[str, Any], *, among: bool) -> list[int]:
    """The acts of a list just given about a topic or found by a search (a sitting's list is
    the sitting's, narrowed as such: `_sitting_votes`); `among` (« parmi elles »): of the
    list last shown, even a part of the first."""
    if last.get("asked") not in _TOPIC_KEPT:
        return []
    shown = [int(i) for i in last.get("shown") or []]
    if len(last.get("deliberations") or ()) == 1 < len(shown):
        return []  # « la plus ancienne » picked one act of the list: asked of that act
    if last.get("set") and not among:
        # « et celles à l'unanimité ? » then « lesquelles avec des contre ? »: of the list
        # first given, not of the part of it just shown
        return [int(i) for i in last["set"]]
    return shown if shown and (last.get("topic") or not last.get("sitting")) else []


async def _refine_the_set(ask: Ask, frame: Frame, last: dict[str, Any]) -> bool:
    """« et celles adoptées à l'unanimité ? », « lesquelles ont eu des contre ? », « parmi
    elles, sur l'eau ? » right after a list of acts: those of the list, never the list again
    nor every act of the store; « et parmi elles, y en a avec des contre ? »: Oui / Non over
    the list."""
    said = fold(frame.text)
    kept = act_sets.kept_said(frame.text)
    among = bool(_OF_THE_SET.search(said))
    if not (kept or among):
        return False
    if frame.number or not frame.when.empty or frame.body or frame.first_person:
        return False
    topic = meaningful(
        " ".join(w for w in frame.words if w not in _AMONG_WORDS and w not in _VOTE_NOISE)
    )
    if not words_of(topic):
        topic = ""
    # « et parmi elles, y en a avec des contre ? », « elles ont toutes été adoptées ? »:
    # whether; « celles où il y a eu des contre »: which
    which = re.match(r"(?:(?:et|mais|donc) )*(?:celles?|ceux|lesquel\w*)\b", said)
    whether = (
        kept is not None
        and not which
        and (act_sets.there_was(frame.text) or bool(_EVERY.search(said)) or frame.pronoun)
    )
    # « combien à l'unanimité ? », « y a eu des abstentions ? » right after a list: of it
    counting = bool(re.match(r"(?:(?:et|mais|donc) )*(?:combien|cb|nombre)\b", said))
    if not (among or frame.follow_up or ((counting or whether) and not topic)):
        return False
    if (topic and not among) or not (kept or topic):
        return False  # « et sur l'eau ? »: a topic of its own, searched afresh
    thread = last or _recall(ask)
    ids = _set_in_talk(thread, among=bool(re.search(r"\bparmi\b", said)))
    if len(ids) < 2:
        return False
    views = _acts(ask, ids)
    if topic:
        ranked, full = _ranked(ask, topic, frame)
        on = set(ranked[:full])
        views = [v for v in views if v.deliberation.id in on]
    kept_frame = frame.but(asked=Asked.DELIBERATION, words=tuple(thread.get("topic") or ()))
    if kept is not None and whether and views:
        await _over_the_set(ask, kept_frame, [v.deliberation.id or 0 for v in views], kept, "")
        return True
    narrowed = act_sets.narrowed(views, kept)
    await ask.reply(
        "answer_set_narrowed",
        views=narrowed,
        total=len(ids),
        kept=kept.value if kept else None,
        topic=_as_typed(frame, topic) if topic else "",
        listed=_VOTES_LISTED,
    )
    shown = [v.deliberation.id or 0 for v in narrowed]
    # « il y en a combien ? » next: a list shown is counted as shown (« En tout, … »); none
    # of the list kept, that none, never the list's acts again
    about = kept.value if kept else "for"
    none = {"count": 0, "about": about, "of_list": True, "voices": 0, "total": len(ids)}
    _remember_deliberations(
        ask,
        kept_frame,
        shown[:3] or ids[:3],
        listed=narrowed or None,
        set=ids,
        list_count=None if narrowed else none | {"sittings": 1, "period": "", "sitting": None},
    )
    return True


# « tout », « toutes », « à chaque fois », « l'ensemble »: every act of the topic is asked of
_EVERY = cues.plain(r"\b(?:tout|toutes|tous|chaque|chacune|ensemble|partout|toujours)\b")


async def _over_the_set(
    ask: Ask,
    frame: Frame,
    ids: list[int],
    kept: act_sets.Kept,
    words: str,
    every: bool | None = None,
) -> None:
    """A yes/no question about votes asked of several acts: « Oui » / « Non » over all of
    them, then the acts that decide it; the set stays in talk (« lesquelles ? », « et le
    vote ? » next are about it)."""
    views = _acts(ask, ids)
    if every is None:
        every = act_sets.every_asked(frame.text, kept)
    verdict = act_sets.over(views, kept, every=every)
    await ask.reply(
        "answer_votes_over_set",
        kept=kept.value,
        yes=verdict.yes,
        every=verdict.every,
        deciding=verdict.deciding,
        total=verdict.total,
        words=words,
        listed=_VOTES_LISTED,
    )
    # « lesquelles ? » next: those that decided it
    deciding = [v.deliberation.id or 0 for v in verdict.deciding]
    _remember_deliberations(
        ask, frame, deciding[:3], listed=verdict.deciding, vote_kept=kept.value, every=every
    )


_SHARE_WORDS = frozenset(("pourcentage", "pourcent", "proportion", "taux", "part", "ratio"))
_SEATS_WORDS = frozenset(("membres", "elus", "exercice", "sieges", "total", "fait", "represente"))
_SUBJECT = cues.plain(
    r"\b(?:sur|concernant|a propos (?:de|du|des|d)|au sujet (?:de|du|des|d)) (?P<s>.+?)\W*$"
)


def _subject_typed(text: str) -> str:
    """What a question is about, as typed (« … sur la loi NOTRe ? » → « la loi NOTRe »);
    empty when it names no « sur … »."""
    simple = strip_accents(text).casefold().replace("’", "'")
    simple = re.sub(r"[^\w\s]", " ", simple)
    if len(simple) != len(text) or not (found := _SUBJECT.search(simple)):
        return ""
    return text[found.start("s") : found.end("s")].strip(" ?!.,")


def _acts_of_an_organisation(ask: Ask, frame: Frame) -> list[int]:
    """The acts a sitting question names by a carrier or a topic (« AESIO », « la
    Mutualité »), when no member bears those words: every act holding them all, at most 3."""
    words = meaningful(" ".join(w for w in frame.words if not w.isdigit()))
    if not words_of(words) or ask.resolve(words, in_text=True).candidates:
        return []
    carriers = {
        w
        for a in ask.reads.funded_actions(ask.session, "").matched
        for w in words_of(f"{a.carrier or ''} {a.title}")
    }
    if not set(words_of(words)) <= carriers:
        return []  # only a funded action's carrier or title is an organisation named
    ranked, full = _ranked(ask, words, frame)
    return ranked[:full][:3]


def _near_enough(ask: Ask, deliberation_id: int, words: str) -> bool:
    """Whether an act holding not every word asked may still be shown as the closest: its
    title (or matter) names every year asked (or it was voted that year) and at least half of
    the other words. « le budget 2025 » is not the DOB 2022, « compte administratif » not the
    CLS whose text says « compte tenu »: shown as « la plus proche », they read as the answer."""
    index = ask.reads.deliberation_index(ask.session)
    views = _look(ask, queries.deliberation_views, ids=(deliberation_id,))
    if not views:
        return False
    d = views[0].deliberation
    said = set(words_of(f"{d.title} {d.matter or ''}"))
    typed = words_of(words)
    years = [w for w in typed if _YEAR_WORD.fullmatch(w)]
    if any(y not in said and y != str(views[0].held_on.year) for y in years):
        return False
    asked = [index.as_printed(w) for w in typed if w not in years]
    held = sum(any(w.startswith(a[:5]) for w in said) for a in asked)
    return held > 0 and 2 * held >= len(asked)


def _each_topic_alone(ask: Ask, frame: Frame, words: str) -> bool:
    """Whether `_ranked` found each topic alone: « A ou B », or « le vote du DOB et celui des
    taxes foncières » (no act about both); the acts found are then each about its own."""
    if topics_or(frame.text, words):
        return True
    index = ask.reads.deliberation_index(ask.session)
    return bool(topics_and(frame.text, words)) and not index.matches_all(words)


def _about_the_words(ask: Ask, ids: list[int], words: str) -> int:
    """How many of the acts holding every word are about them: the words in their title or
    matter, or side by side in their text. « vote compte administratif »: the CLS's text says
    « compte tenu » and « administratives » far apart, it is no act on the compte
    administratif (it was answered « Oui : adoptée » as if it were)."""
    index = ask.reads.deliberation_index(ask.session)
    # « keske »: how it is said; « budjet »: a slip, read as the word printed
    asked = [
        index.as_printed(w)
        for w in words_of(words)
        if index.matches_all(w) or index.as_printed(w) != w
    ]
    if len(asked) < 2:
        return len(ids)
    about = 0
    for view in _look(ask, queries.deliberation_views, ids=tuple(ids)):
        d = view.deliberation
        said = set(words_of(f"{d.title} {d.matter or ''}"))
        text = " ".join(words_of(d.full_text or ""))
        if not all(any(w.startswith(a[:5]) for w in said) for a in asked) and (
            " ".join(asked) not in text
        ):
            break
        about += 1
    return about


# « a voté quoi / comment / pour / contre », « qu'a voté », « comment a-t-elle voté »,
# « son vote », « s'est abstenu »: how a member voted.
_VOTED_HOW = cues.plain(
    r"\b(?:a|ai|ont|avait|avaient|aurait)(?: t)?(?: (?:il|elle|ils|elles|je))?(?: bien)? vote"
    r" (?:quoi|comment|pour|contre|blanc"
    r"|(?:sur )?(?:la|le|les|l|cette|ce) (?:deliberation|delib\w*|dossier|texte|20\d\d))\b"
    # « Rivat a voté le CLS ? », « Peyrard a voté la subvention aux Amis ? »: an act named by
    # its topic (never a time: « a voté la dernière fois ? », the roll call's)
    r"|\b(?:a|ont|avait|avaient)(?: t)?(?: (?:il|elle|ils|elles))? vote (?:la|le|les|l|cette|ce)"
    r" (?!(?:fois|seance|reunion|bureau|conseil|jour|semaine|mois|derniere?|precedente?)\b)[a-z]"
    r"|\b(?:comment|qu|quoi)(?: est ce qu)?(?: (?:il|elle|j))? (?:a|ai|ont|avait)(?: t)?"
    r"(?: (?:il|elle|ils|elles))? vote\b|\bvote (?:t )?(?:il|elle) (?:quoi|comment|pour|contre)\b"
    r"|\b(?:son|mon|leur|mes|ses|leurs) votes?\b|\b(?:le|les) votes? (?:de|d)\b"
    r"|\bs (?:est|etait) abstenue?s?\b"
    r"|\bme? (?:suis|etais) abstenue?\b"
    # « Rivat a pris part au vote sur la cession ? »: that act's vote, never the roll call
    # (« … au vote du 4 juillet », « … aux votes du dernier bureau »: a sitting, its roll call)
    r"|\b(?:pris part|participe|prendre part|participer) (?:au|aux) votes? (?:de|d|du|des|sur)"
    r"(?: (?:la|le|les|l))? (?!\d|derni|bureau|conseil|seance|comite|jour\b|dimanche|\w+di\b)\w"
    # « le vote de Rivat », « le vote de M. Jouve sur la 2024.00417 »: that member's
    r"|\ble vote (?:de|d) (?!la\b|l\b|le\b|les\b|ce\b|cette\b)"
)


_FEW_ACTS = 3  # of a sitting that names no voter, the acts asked of are shown when so few


def _on_the_side(act: Deliberation, side: str | None) -> bool:
    """Whether an act had votes on the side asked of a member (« a voté contre ? »: some
    against; « s'est abstenu ? »: some abstentions); no side: none is listed."""
    if side == "against":
        return bool(act.votes_against)
    if side == "abstained":
        return bool(act.abstentions)
    return False


def _asks_a_members_weight(ask: Ask, frame: Frame) -> bool:
    """« j'avais combien de voix ? », « et Semache, combien de voix ? »: a member's votes at a
    sitting, asked of the asker, of the member in talk or of one named (found in the store)."""
    if frame.number or frame.asked not in _WEIGHED or not member_weight_asked(frame.text):
        return False
    if _pronoun_is_the_act(ask, frame):
        return False  # « elle a eu combien de voix ? » after an act: the act's votes
    return _of_a_member(ask, frame)


def _pronoun_is_the_act(ask: Ask, frame: Frame) -> bool:
    """Whether « elle », « il » points at the deliberation just given, no member being in
    talk (« la délib sur le SCoT » then « elle a eu combien de voix ? »)."""
    if not frame.pronoun or frame.first_person:
        return False
    kept = _recall(ask)
    return bool(kept.get("deliberations")) and not kept.get("members")


def _asks_a_proxy_as_a_vote(ask: Ask, frame: Frame) -> bool:
    """« X a voté pour Y ? » with Y a member (not an act, a side, « qui »): yes or no of a
    proxy Y gave X."""
    if frame.asked not in (Asked.PRESENCE, Asked.VOTE) or frame.number or not frame.polar:
        return False
    said = " ".join(fold(frame.text).replace("'", " ").split())
    voted = VOTED_FOR_SOMEONE_NAMED.search(said)
    if voted is None:
        return False
    named = ask.resolve(voted.group("named"), in_text=True)
    return named.status == "found" and named.member is not None


def _of_a_member(ask: Ask, frame: Frame) -> bool:
    """Whether the question is of a member: the asker, the one in talk, or one named."""
    if frame.pronoun or frame.first_person:
        return True
    return bool(frame.words) and ask.resolve(frame.text, in_text=True).status in (
        "found",
        "ambiguous",
    )


_WEIGHED = frozenset(
    (
        Asked.COUNT,
        Asked.VOTE,
        Asked.SEARCH,
        Asked.PROXY,
        Asked.PRESENCE,
        Asked.NOTHING,
        Asked.SITTING,
    )
)


# « contre quoi ? », « sur lesquelles ? », « quelles délibs j'ai voté contre ? »: the acts of a
# side asked for, a list (never a yes or no)
_WHICH_SIDE = cues.plain(
    r"\b(?:contre|pour|sur) (?:quoi|lesquel(?:le)?s?|quel(?:le)?s?)\b"
    r"|^\W*(?:et )?(?:quel(?:le)?s?|lesquel(?:le)?s?|qu est ce que|quoi)\b"
)


def _counted_vote(vote: str) -> str:
    """A member's vote as the side it counts for (a vote for cast by proxy is a vote for)."""
    return "for" if vote == "for_by_proxy" else vote


def _asks_a_members_vote(ask: Ask, frame: Frame) -> bool:
    """« Berger a voté quoi ? », « et il a voté comment ? », « j'ai voté pour ? »: a member's
    vote, not a count (« combien ont voté contre ? ») nor a topic's (« la DSP »)."""
    said = fold(frame.text)
    if not _VOTED_HOW.search(said) or re.search(r"\b(?:combien|qui|nombre|lesquels)\b", said):
        return False
    if frame.pronoun and not frame.first_person and not frame.words:
        last = _recall(ask)
        if last.get("deliberations") and not _people_in_talk(last)[0]:
            return False  # « et son vote ? » after an act, no member in talk: the act's vote
    return _of_a_member(ask, frame)


async def _member_votes(ask: Ask, frame: Frame, last: dict[str, Any]) -> bool:
    """How each member named voted on the deliberations asked (by number, the ones just
    talked about, or the sitting's): for, against, abstaining, not taking part, away, or
    through their proxy; « non publié » when the act names nobody and was not unanimous.
    False when no member is named: the question is then the act's figures."""
    members = await _members(ask, frame.but(asked=Asked.PRESENCE), last)
    if members is None:
        return True  # a choice among several members was offered
    if not members and frame.first_person and ask.asker.member_id is not None:
        members = [ask.asker.member_id]
    if not members:
        return False
    topic = _topic_beside_names(ask, frame)
    ranked, full = _ranked(ask, topic, frame) if topic else ([], 0)
    if frame.number:
        acts = _acts_numbered(ask, frame)
    elif full:
        # « Berger a voté contre la DSP ? », « comment a voté Rivat sur le CLS ? »: the acts
        # the words beside the name are about, never the member's latest sitting's
        acts = ranked[:full][:3]
    elif topic and words_of(meaningful(topic)):
        # a topic no act is about: said, never the member's latest sitting's acts instead
        await ask.reply("no_deliberation", number=None, words=topic)
        return True
    elif last.get("deliberations") and frame.when.empty and not frame.body:
        acts = [int(i) for i in last["deliberations"]]
    elif (
        frame.when.start
        and frame.when.end
        and len(held := _sittings_between(ask, frame, frame.when.start, frame.when.end)) > 1
    ):
        # « Rivat a voté contre quelque chose en 2022 ? »: every act of the period's
        # sittings, never « which sitting? »
        acts = _look(ask, lookups.acts_in_order, sitting_ids=tuple(s.id for s in held))
    else:
        sitting_id = await _sitting(ask, frame.but(asked=Asked.PRESENCE), members, last)
        if sitting_id is None:
            return True
        acts = [d.id for d in ask.sitting_view(sitting_id).deliberations]
    if not acts:
        await ask.reply("no_deliberation", number=frame.number, words="")
        return True
    views = _look(ask, queries.deliberation_views, ids=tuple(acts))
    if not views:
        await ask.reply("no_deliberation", number=frame.number, words="")
        return True
    sitting_ids = {_look(ask, lookups.deliberation_sitting, deliberation_id=i) for i in acts}
    changes = _look(
        ask, lookups.members_at_item, deliberation_ids=tuple(acts), member_ids=tuple(members)
    )
    named = _look(ask, lookups.named_voters, deliberation_ids=tuple(acts))
    rows = []
    for member_id in members:
        for view in views:
            sitting_id = _look(
                ask, lookups.deliberation_sitting, deliberation_id=view.deliberation.id
            )
            person = _look(
                ask, lookups.member_at_sitting, sitting_id=sitting_id, member_id=member_id
            )
            own = [
                c
                for c in changes
                if c.member_id == member_id and c.number == view.deliberation.number
            ]
            vote = member_vote(person, view, own, view.deliberation.id in named)
            if not own and not _look(ask, lookups.has_roll_call, sitting_id=sitting_id):
                # known from open data only: who sat, and so who voted, was never published
                vote = "not_published"
            holder = next((c.holder for c in own if c.holder), None) or person.gave_to
            rows.append(answers.MemberVote(person, view, vote, holder))
    said = fold(frame.text)
    asked_side = (
        "against" if re.search(r"\bvote contre\b", said)
        else "for" if re.search(r"\bvote pour\b", said)
        else "abstained" if "absten" in said
        # « a pris part au vote ? »: yes for a vote cast, in person or by proxy
        else "took_part" if re.search(r"\b(?:pris part|particip\w*|prendre part)\b", said)
        # « est-ce que j'ai voté la délib sur le CLS ? »: voted it, for it
        else "for" if frame.polar and re.search(r"\bvote (?:la|le|les|l|cette|ce|ces)\b", said)
        else None
    )  # fmt: skip
    # « j'ai voté contre quoi ? », « Berger s'est abstenue sur lesquelles ? »: the acts of the
    # side asked are listed, never a yes or no per act; none of them is said so, the votes
    # known after it
    listed = asked_side in ("for", "against", "abstained") and bool(_WHICH_SIDE.search(said))
    none_on_side: set[int] = set()
    if listed:
        on_side = [r for r in rows if _counted_vote(r.vote) == asked_side]
        none_on_side = {r.p.member_id or 0 for r in rows} - {r.p.member_id or 0 for r in on_side}
        rows = [r for r in rows if r in on_side or (r.p.member_id or 0) in none_on_side]
    # a sitting known from open data names no voter: said once for the sitting, with the acts
    # that had votes on the side asked, never once per act
    unpublished: dict[int, list[answers.MemberVote]] = {}
    for row in rows:
        if row.vote == "not_published":
            unpublished.setdefault(row.p.member_id or 0, []).append(row)
    rows = [r for r in rows if r.vote != "not_published"]
    unsaid = [
        answers.UnpublishedVotes(
            rows[0].p,
            tuple(sorted({(r.v.body, r.v.held_on) for r in rows}, key=lambda b: b[1])),
            len(rows),
            tuple(r.v for r in rows if _on_the_side(r.v.deliberation, asked_side)),
            tuple(r.v for r in rows) if len(rows) <= _FEW_ACTS else (),
        )
        for rows in unpublished.values()
    ]
    await ask.reply(
        "answer_member_votes",
        rows=rows[:12],
        more=len(rows) - 12,
        side=asked_side,
        listed=listed,
        none_on_side=none_on_side,
        unsaid=unsaid,
    )
    _remember(
        ask,
        members=members,
        named=members,
        deliberations=acts[:3],
        sitting=next(iter(sitting_ids)) if len(sitting_ids) == 1 else None,
        **_frame_state(frame.but(asked=Asked.VOTE)),
    )
    return True


def _topic_beside_names(ask: Ask, frame: Frame) -> str:
    """The words of a question about a member's vote that are neither a member's name nor
    the way a vote is asked (« Berger a voté contre la DSP ? »: « dsp »), folded."""
    named = set(
        fold(_words_of_their_names(frame.text, ask.resolve(frame.text, in_text=True))).split()
    )
    said = [w for w in frame.words if w not in named and w not in _VOTE_NOISE]
    return " ".join(words_of(" ".join(said)))


def member_vote(
    person: lookups.MemberAtSitting,
    view: queries.DeliberationView,
    changes: list[lookups.AtItem],
    names_voters: bool,
) -> str:
    """One member's vote on one act: « for », « against », « abstained », « not_voting »,
    « away », « for_by_proxy » / « by_proxy » (absent, their proxy voted), « absent », or
    « unknown » (not unanimous and nobody named)."""
    kinds = {c.change for c in changes}
    for kind in ("against", "abstained", "not_voting", "away"):
        if kind in kinds:
            return kind
    left = "represented" in kinds  # left during the sitting, giving a proxy for this vote
    there = (person.there or person.presided or "arrived" in kinds) and not left
    if not there and not person.gave_to and not left:
        return "absent"
    act = view.deliberation
    # unanimous, or the act names who voted against and who abstained (not them): for
    voted_for = bool(act.unanimous) or (names_voters and act.outcome == "adopted")
    if not there:
        return "for_by_proxy" if voted_for else "by_proxy"
    return "for" if voted_for else "unknown"


def _acts_of(ask: Ask, actions: Sequence[queries.FundedActionView]) -> list[int]:
    """The deliberations that approved funded actions, each once."""
    return list(
        dict.fromkeys(
            i
            for a in actions
            if a.deliberation_number
            for i in _look(
                ask,
                lookups.deliberation_ids_by_typed_number,
                typed=a.deliberation_number,
                number=a.deliberation_number,
            )
        )
    )


def remember_actions(ask: Ask, words: str) -> None:
    """Funded actions were shown (/actions): their fields, their acts and their list are
    talked about next."""
    said = tuple(w for w in words_of(words) if not SUMMING_WORD.match(w))
    _remember_acts_of_actions(ask, Frame(asked=Asked.ACTIONS, text="", words=said))


def _remember_acts_of_actions(ask: Ask, frame: Frame) -> None:
    """« combien pour AESIO ? » then « pour combien d'années ? »: the acts that approved the
    actions shown are the ones talked about next."""
    words = " ".join(frame.words)
    # the same views the answer just showed, from the read layer; only when every word was
    # found in them (a loose match is no act talked about); every action when none is said
    found = ask.reads.funded_actions(ask.session, words if words_of(words) else "")
    views = found.matched[:3] if found.every_word or not words_of(words) else []
    # « la deuxième ? », « qui porte la 3e ? » next: the actions as listed
    listed = {"actions_shown": [a.id for a in found.shown][:_SHOWN_KEPT]} if found.shown else {}
    acts = _acts_of(ask, views)
    # none found: the thread is these actions asked, no longer the list shown before (« combien
    # en tout ? » next counted an older list of acts)
    _remember_deliberations(ask, frame, acts[:3], shown=listed)


_VOTES_IN_FULL = 3  # acts about the words whose votes are answered in full, one after another
_VOTES_LISTED = 12  # beyond, each one's vote on a line, so many at most


def _remember_deliberations(
    ask: Ask,
    frame: Frame,
    ids: list[int],
    listed: list[queries.DeliberationView] | None = None,
    shown: dict[str, list[int]] | None = None,
    **more: Any,
) -> None:
    """The deliberations just shown, and their sitting when they share one: « adopté ? »,
    « combien d'abstentions ? », « c'était quelle séance ? » are about them next. A list of
    several (`listed`, as shown) is kept whole, in its order and in time, for « et la plus
    récente ? »; `more`: other keys of the thread."""
    sittings = {_look(ask, lookups.deliberation_sitting, deliberation_id=i) for i in ids}
    sitting = sittings.pop() if len(sittings) == 1 else None
    if listed is not None and len(listed) > 1:
        dated = sorted(listed, key=lambda v: (v.held_on, v.deliberation.number or ""))
        shown = {
            "shown": [v.deliberation.id or 0 for v in listed][:_SHOWN_KEPT],
            "shown_dated": [v.deliberation.id or 0 for v in dated],
        }
        if len(dated) > _SHOWN_KEPT:  # the first and the last in time are kept
            shown["shown_dated"] = shown["shown_dated"][:3] + shown["shown_dated"][-3:]
    state: dict[str, Any] = {"members": [], "deliberations": ids, "sitting": sitting}
    _remember(ask, **(state | (shown or {}) | _frame_state(frame) | more))


def _shown_kept(last: dict[str, Any]) -> dict[str, list[int]] | None:
    if not last.get("shown"):
        return None
    return {"shown": last["shown"], "shown_dated": last.get("shown_dated") or last["shown"]}


_SHOWN_KEPT = 30  # of a list just shown, kept for « la 3e ? »: nobody counts further down
# The lists a follow-up may point into, by the key each is kept under in the thread.
_LISTS = ("shown", "sittings_shown", "actions_shown")


def _read_frame(text: str, today: date) -> Frame:
    from bot.services.frames import read_frame  # as answer_pending does

    return read_frame(text, today)


def _period_of_acts_counted(last: dict[str, Any]) -> When | None:
    """The period whose acts were just counted with no list shown, if that is the talk."""
    if _a_list_in_talk(last) or last.get("asked") != Asked.DELIBERATION_COUNT.value:
        return None
    if not last.get("period"):
        return None
    start, end = (date.fromisoformat(day) for day in last["period"])
    return When(start=start, end=end, said=last.get("said") or "")


def _a_list_in_talk(last: dict[str, Any]) -> bool:
    return any(last.get(key) for key in _LISTS)


def remember_sittings_shown(
    ask: Ask,
    sitting_ids: list[int],
    period: list[str] | None = None,
    said: str = "",
    *,
    count: int | None = None,
    coming: int = 0,
) -> None:
    """A list of sittings was shown (/seances, « les séances de 2022 »): « la deuxième ? »,
    « le 3 » next are its entries, « et au bureau ? » asks over its `period`, and « combien ? »
    counts it (`count`, when the list showed only the latest of them; `coming`, those to
    come among them)."""
    if sitting_ids:
        state: dict[str, Any] = {"members": [], "deliberations": [], "sitting": None}
        _remember(
            ask,
            **state,
            sittings_shown=sitting_ids[:_SHOWN_KEPT],
            asked=Asked.SITTINGS.value,
            about=None,
            polar=False,
            period=period,
            said=said or None,
            listed={
                "kind": "sittings",
                "count": len(sitting_ids) if count is None else count,
                "coming": coming,
            },
        )


def _pointed_into_a_list(frame: Frame, today: date) -> Pointed | None:
    """Whether the message points at an entry of a list by its rank, and how."""
    if frame.pick:
        return Pointed(frame.pick, frame.picked_by_date)
    return None if frame.number else pointed_at(frame.text, today)


async def _entry_of_the_list(
    ask: Ask, frame: Frame, last: dict[str, Any], pointed: Pointed
) -> bool:
    """The entry pointed at of the list in talk: its card, or the field asked of it; False
    when a number alone is no rank of the list (« le 18 » after three sittings: a day)."""
    key = next(key for key in _LISTS if last.get(key))
    if key == "shown" and pointed.by_date and not pointed.rest:
        ids = [int(i) for i in last.get("shown_dated") or last["shown"]]
    else:
        ids = [int(i) for i in last[key]]
    index = pointed.rank - 1 if pointed.rank > 0 else pointed.rank
    kind = {"shown": "deliberation", "sittings_shown": "sitting", "actions_shown": "action"}[key]
    if pointed.middle:
        if len(ids) % 2 == 0:
            # four shown: the 2nd and the 3rd are both in the middle, which one is asked
            await ask.reply("pick_middle", count=len(ids), kind=kind)
            return True
        index = len(ids) // 2
    if not -len(ids) <= index < len(ids):
        if pointed.bare:
            return False
        await ask.reply("pick_out_of_list", rank=pointed.rank, count=len(ids), kind=kind)
        return True
    picked = ids[index]
    kept: dict[str, Any] = {k: last[k] for k in (key, "shown_dated") if last.get(k)}
    if kind == "sitting":
        state: dict[str, Any] = {"members": [], "deliberations": [], "sitting": picked}
        asked = _read_frame(pointed.rest, ask.runtime.today()) if pointed.rest else None
        if asked is not None and asked.asked not in (Asked.NOTHING, Asked.SEARCH, Asked.HELP):
            # « la première, qui présidait ? »: the question, of that sitting
            _remember(ask, **(state | kept | _frame_state(frame.but(asked=Asked.SITTING))))
            await answer_frame(ask, asked.but(in_talk=True))
            _remember(ask, **(_recall(ask) | kept))  # the list stays: « et la 2e ? » next
            return True
        await ask.reply("sitting", s=ask.sitting_view(picked), today=ask.runtime.today())
        _remember(ask, **(state | kept | _frame_state(frame.but(asked=Asked.SITTING))))
        return True
    if kind == "action":
        actions = _look(ask, queries.funded_action_views, ids=[picked])
        fact = action_field_asked(pointed.rest) if pointed.rest else None
        if fact is None or fact == "decision":
            await _reply_actions(ask, actions)  # its card says its act
        else:
            await ask.reply("action_fact", a=actions[0], fact=fact, funder=None, share="")
        state = {"members": [], "deliberations": _acts_of(ask, actions)[:3], "sitting": None}
        _remember(ask, **(state | kept | _frame_state(frame.but(asked=Asked.ACTIONS))))
        return True
    field = act_field_asked(pointed.rest) if pointed.rest else None
    if field is not None:
        asked = frame.but(text=pointed.rest)
        await _field_of_an_act_in_talk(ask, asked, field, {"deliberations": [picked], **kept})
        return True
    rest = _read_frame(pointed.rest, ask.runtime.today()) if pointed.rest else None
    if rest is not None and rest.asked is Asked.VOTE and not rest.words and not rest.number:
        # « la deuxième a été adoptée ? », « la 2e, combien de contre ? »: its vote, « Oui »
        # or « Non » first when so asked, never its whole card
        voted = answers.votes(
            session=ask.session, frame=rest, deliberation_ids=[picked], loose=False
        )
        await _answer(ask, voted)
        _remember_deliberations(ask, rest, [picked], shown=_shown_kept(last))
        return True
    views = _look(ask, queries.deliberation_views, ids=(picked,))
    await ask.reply("deliberation", views=views, duplicate=False)
    _remember_deliberations(
        ask, frame.but(asked=Asked.DELIBERATION, about=None), [picked], shown=_shown_kept(last)
    )
    return True


_HOW_MANY = cues.plain(r"\b(?:combien|nombre|total)\b")
# The words of a question about a vote that are no topic: who voted (of either gender), and
# the list of their names asked (« le vote nominatif des taxes foncières »)
_VOTE_NOISE = PEOPLE_WORDS | frozenset(
    """
    ont qui se sont monde nominatif nominative nominatifs nominal nominale nominaux nom noms
    parmi ceux celles lesquels lesquelles femme femmes homme hommes
    approuve approuvee approuves approuvees valide validee valides validees enterine enterinee
    chaque fois partout toujours systematiquement chacune chacun defavorable defavorables
    ensemble totalite recueilli recueillie recueillies recueillis obtenu obtenue obtenues
    pris part participe participer prendre
    """.split()  # noqa: SIM905
)


def _covered(index: TextIndex, words: str) -> int:
    """How many of the words some text of the index holds (stems and synonyms count); a word
    saying what sort of body or thing the topic is (« l'asso AESIO ») is not the topic."""
    said = words_of(words)
    if len(said) > 1:
        said = [w for w in said if w not in KIND_WORDS] or said
    return sum(1 for word in said if index.holds(word))


# Money asked over a topic (« combien on a mis sur … », « ça a coûté combien … »)
_MONEY_SPENT = cues.plain(
    r"\b(?:mis|mise|mises|depense\w*|investi\w*|paye\w*|cout\w*|coute\w*|montants?|sommes?"
    r"|euros?|argent|alloue\w*|budgete\w*)\b|€"
)


# A name said with an article (« le Secours Populaire », « la Croix-Rouge »): a thing, not a
# member (« et Berger ? », « M. Laget »)
_A_THING_NAMED = cues.plain(r"^\W*(?:(?:et|sur|pour|de) )?(?:le|la|les|l|du|des|au|aux) \w")
# Initials as people type a body's or a scheme's (« CAF », « SDIS », « PLUi », « C.A.F. »):
# no member's surname is written so short in capitals
_ACRONYM_TYPED = cues.plain(r"[A-Z]{2,5}[a-z]?|(?:[A-Z]\.){2,5}")
_CODE_LIKE = cues.plain(r"[=<>{}|\\;*^~`$]|\d[+*/^%]\d")


async def _search(ask: Ask, frame: Frame) -> None:
    """No other reading fits: the words are a topic, searched in deliberations and actions."""
    if typed_number(frame.words):
        await _deliberations(ask, frame)
        return
    # « ' OR 1=1 -- », « {{7*7}} »: a word made of figures and signs is no topic (it matched
    # every « n°1 »); said not understood when nothing else is left
    words = " ".join(w for w in frame.words if not _CODE_LIKE.search(w))
    if not words_of(words) or (len(frame.words) > len(words.split()) and len(words) < 3):
        await ask.reply("not_understood", text=frame.text)
        return
    if not words_of(meaningful(words)):
        # « la loi NOTRe », « le code »: no topic of its own, never the acts that use the word
        await ask.reply("out_of_scope", words=frame.text.strip(" ?!.,"))
        return
    words = meaningful(words)  # « tout sur la loi Climat »: « climat »
    actions_index = ask.reads.action_index(ask.session)
    if act_facts.bound_asked(frame.text) is not None:
        # « le rugby a reçu plus de 2000 euros ? »: the actions over (or under) an amount
        bounded = act_facts.without_bound(
            " ".join(w for w in words.split() if not SUMMING_WORD.match(w))
        )
        if not bounded or actions_index.matches_all(bounded):
            await show_actions(ask, bounded, tuple(places_named(frame.text)), question=frame.text)
            return
    if await _field_of_an_action_named(ask, frame, words):
        return  # « c'est l'État qui cofinance les médiateurs ? »: who funds that action
    fact = action_fact(frame.text)
    if (
        fact in ("carrier", "territory", "axis")
        and actions_index.matches_all(words)
        # « dans quelles communes intervient la DSP transport ? »: an act's words (the action
        # holds them only through their synonyms), no action's territory
        and _covered(actions_index, words)
        >= _covered(ask.reads.deliberation_index(ask.session), words)
    ):
        # « quelle structure porte la médiation santé ? », « la médiation santé, ça se passe
        # où ? »: a funded action's carrier, territory or axis, even right after an act whose
        # text speaks of it.
        await show_actions(ask, words, fact=fact, question=frame.text)
        if fact != "carrier":
            _remember_acts_of_actions(ask, frame.but(asked=Asked.ACTIONS))
        return
    carrier = " ".join(w for w in words.split() if w not in _WHAT_IS_FILLERS)
    if _WHAT_IS.search(fold(frame.text)) and _a_carrier(ask, carrier):
        # « AESIO c'est quoi exactement ? »: the carrier's full name and what it carries
        await show_actions(ask, carrier, fact="carrier")
        return
    topic = " ".join(w for w in words.split() if w not in act_facts.ASPECT_WORDS)
    # « combien SEM met dans la médiation santé ? » after its act: the action's amount below,
    # not a sentence of the act's text that names the topic
    an_actions_money = bool(
        _AMOUNT.search(fold(frame.text)) and words_of(topic) and actions_index.matches_all(topic)
    )
    # « est-ce qu'on a parlé de l'eau ? » then « et le sport ? »: another topic asked the same
    # way, never a sentence of the act just listed
    asked_whether = frame.follow_up and bool(_recall(ask).get("whether"))
    if not an_actions_money and not asked_whether and await _in_the_act_in_talk(ask, frame, words):
        return
    handled, words = await _field_of_acts_named(ask, frame, words)
    if handled:
        return  # « le tarif de la biennale c'est sur quel budget ? »: that act's budget
    ranked, full = _ranked(ask, words, frame)
    action_ids = _placed(actions_index, actions_index.matches_all(words), frame)
    if (
        action_ids
        and full
        and _covered(actions_index, words)
        < _covered(ask.reads.deliberation_index(ask.session), words)
    ):
        # « SCoT Sud Loire »: acts are about every word, the funded action only about
        # « Loire » (the other words printed nowhere in the actions): no noise after them
        action_ids = []
    if (
        action_ids
        and _AMOUNT.search(fold(frame.text))
        and not _quoted_amount(ask, ranked[:full], words)
    ):
        # « combien a touché AESIO ? »: the amount asked is a funded action's, first; unless
        # an act's own text says it (« combien l'État apporte au CLS ? »: quoted by the search).
        await show_actions(
            ask,
            words,
            tuple(places_named(frame.text)),
            fact=action_fact(frame.text),
            question=frame.text,
        )
        return
    names = _name_like_words(frame)
    # Only a name was typed (« Durandal ? », « Jean-Pierre »): nobody by that name, unless a
    # text holds that very word (« Firminy ? »); a text a slip away (« durable ») is not what a
    # capitalised name asks for.
    named = {part for name in names for part in fold(name).split()}
    # (a name of two words, or of three when it opens on a first name: « Jean-Paul Martin »,
    # « Marie Claire Dupont »)
    spoken = len(frame.words) <= 2 or (
        2 <= len(names) <= 3 and common_first_name(fold(names[0]).split()[0])
    )
    only_a_name = bool(names) and spoken and named >= set(frame.words)
    if only_a_name and (ranked or action_ids or frame.when.dated):
        # (« le SIEL en 2024 ? »: a word the acts print, none of that year: no member's name)
        # « Durandal ? » is no « DURAND » of a roll call printed in an act: only the very
        # words typed, printed, make a name a topic
        index = ask.reads.deliberation_index(ask.session)
        held = all(index.prints(w) for w in words_of(words)) or (
            index.holds(words) and not ask.reads.names(ask.session).closest(names)
        )
        only_a_name = not (held or actions_index.holds(words))
    if (
        only_a_name
        and _AMOUNT.search(fold(frame.text))
        and not ask.resolve(" ".join(names), in_text=True).candidates
        and not any(ask.reads.names(ask.session).near(name) for name in names)
    ):
        # « Secours Populaire, combien ? »: money asked of a name no member bears nor any
        # action: an organisation no funded action is for, not a member unknown
        await ask.reply("no_actions", words=" ".join(names), places=())
        return
    placed = {fold(part) for place in places_named(frame.text) for part in place.split()}
    if (
        only_a_name
        and {fold(name) for name in names} <= placed
        and not ask.resolve(" ".join(names), in_text=True).candidates
        and not any(ask.reads.names(ask.session).near(name) for name in names)
    ):
        # « vous avez quelque chose sur Paris ? »: a place no act names, and no member's
        # name either: nothing on it, never « aucun membre ne s'appelle Paris »
        near, close = ask.reads.deliberation_index(ask.session).near_topics(words)
        await ask.reply(
            "no_topic",
            words=" ".join(names),
            polar=_whether_about(ask, frame),
            near=near,
            close=close,
        )
        return
    if (
        only_a_name
        and (
            all(_ACRONYM_TYPED.fullmatch(name) for name in names)
            or _A_THING_NAMED.search(fold(frame.text))
        )
        and not ask.resolve(" ".join(names), in_text=True).candidates
        and not any(ask.reads.names(ask.session).near(name) for name in names)
    ):
        # « la CAF ? », « SNCF », « le Secours Populaire », « la Croix-Rouge ? »: initials, or
        # a body said with its article, that no act here names: nothing on it, never « aucun
        # membre ne s'appelle CAF »
        near, close = ask.reads.deliberation_index(ask.session).near_topics(words)
        await ask.reply(
            "no_topic",
            words=_typed_span(frame.text, names) or " ".join(names),
            polar=_whether_about(ask, frame),
            near=near,
            close=close,
            nobody=True,
        )
        return
    if only_a_name:
        await _unknown_or_near(ask, frame, names)
        return
    if not ranked and not action_ids:
        # A topic with a place in it (« la piscine de Firminy ») is a topic nothing is about.
        if _EXPLAIN.search(fold(frame.text)):
            # « explique-moi la loi 3DS », « parle-moi de l'inflation »: a lesson asked of what
            # no document here is about; what the assistant does answer is said
            await ask.reply("out_of_scope", words=_as_typed(frame, words))
        elif (
            frame.when.dated
            and ask.reads.deliberation_index(ask.session).holds(words)
            and _ranked(ask, words, frame.but(when=When()))[1]
        ):
            # « les fonds de concours en 2023 »: none then, some at other dates, said so
            await _no_act_about(ask, frame, words, polar=_whether_about(ask, frame))
        elif any(_looks_like_a_word(w) for w in frame.words) or any(
            _ACRONYM_TYPED.fullmatch(w) for w in frame.text.replace("?", " ").split()
        ):
            near, close = ask.reads.deliberation_index(ask.session).near_topics(words)
            await ask.reply(
                "no_topic",
                words=_as_typed(frame, words),
                polar=_whether_about(ask, frame),
                near=near,
                close=close,
            )
        else:
            await ask.reply("not_understood", text=frame.text)
        return
    if (
        ranked
        and not action_ids
        and _MONEY_SPENT.search(fold(frame.text))
        and not _quoted_amount(ask, ranked[:full], words)
    ):
        # « combien on a mis sur les transports ? »: no funded action, no amount in the acts
        # found; that no amount is known is said first, then the acts, never a sum invented
        await ask.reply("no_actions", words=_as_typed(frame, words), places=(), acts=True)
    if 0 < full <= _DECIDED_SHOWN and await _decided(ask, frame, ranked[:full], words):
        return
    found = answers.search(
        session=ask.session,
        words=words,
        deliberation_ids=ranked,
        loose_from=full,
        action_ids=action_ids,
        said=_as_typed(frame, words),
        # (each topic of « A ou B » was searched alone: its own words found its acts)
        through=[] if topics_or(frame.text, words) else _through(ask, frame, words, ranked[:full]),
    )
    whether = _whether_about(ask, frame)
    # « combien de fonds de concours en mars 2022 ? »: the period kept is said with the count
    period = frame.when.said if frame.when.dated else ""
    await _answer(ask, replace(found, data=found.data | {"polar": whether, "period": period}))
    if ranked:
        _remember_deliberations(
            ask, frame, ranked[: max(full, 1)][:3], listed=_listed(found), whether=whether
        )


async def _decided(ask: Ask, frame: Frame, ids: list[int], words: str) -> bool:
    """« qu'est-ce qu'on a décidé pour le gérontopôle ? », « c'est passé, le PLU de Genilac ? »:
    what the acts found decided and their outcome first (« Oui » when asked whether it
    passed), not a list to open; False when the question asks something else."""
    said = fold(frame.text)
    if (
        not _DECIDED_ASKED.search(said)
        or _MONEY_SPENT.search(said)
        or any(w.startswith("decision") for w in words.split())  # « les décisions du Président »
    ):
        return False
    polar = "?" in frame.text and bool(_PASSED_ASKED.search(said)) and not _WH_ASKED.search(said)
    views = queries.deliberation_views(session=ask.session, ids=ids)
    await ask.reply("answer_decided", views=views, polar=polar, words=_as_typed(frame, words))
    _remember_deliberations(ask, frame, ids, listed=views)
    return True


_DECIDED_SHOWN = 3
# what was decided about a topic, or whether it passed
_PASSED_ASKED = cues.plain(
    r"\b(?:c est|ca a|ca est|il est|elle est|est il|est elle|c etait) (?:bien )?passee?s?\b"
    r"|\bpassee?s? (?:ou pas|ou non)\b|^\W*passee?s?\b"
)
_DECIDED_ASKED = cues.plain(
    r"\b(?:decide\w*|statue)\b|\bdecision (?:sur|pour|concernant|du|de la|au sujet)\b"
    r"|\b(?:ca|elle|il|qu est ce qu elle|que) dit\b|\bdit quoi\b"
    r"|\bon a fait quoi (?:pour|sur|avec)\b|\bqu est ce qu on a fait (?:pour|sur|avec)\b"
    r"|\b(?:c est|ca a|ca est|il est|elle est|est il|est elle|c etait) (?:bien )?passee?s?\b"
    r"|\bpassee?s? (?:ou pas|ou non)\b"
)


# An explanation or a talk asked of the assistant itself (« explique-moi », « tu peux
# m'expliquer », « parle-moi de », « raconte-moi », « dis-m'en plus sur »).
_EXPLAIN = cues.plain(
    r"\b(?:explique\w*|expliquer|raconte\w*|detaille\w*|vulgarise\w*|resume\w*)"
    r"(?: (?:moi|nous|m|me|lui))?\b"
    r"|\b(?:parle|parlez)(?: moi| nous)? (?:de|du|des|d)\b|\bdis (?:m|moi) en plus\b"
    r"|\bqu est ce que tu (?:penses|sais) (?:de|du|des|d)\b|\bton avis sur\b"
)


_WHAT_IS = cues.plain(
    r"\b(?:c est (?:quoi|qui)|qui est ce|qui sont|qu est ce que c est|c est quel\w*"
    r"|quoi exactement)\b"
)


_WHAT_IS_FILLERS = frozenset(("juste", "exactement", "precisement", "donc", "alors", "deja"))


def _a_carrier(ask: Ask, words: str) -> bool:
    """Whether the words name the carrier of some funded action (« AESIO »)."""
    wanted = set(words_of(words))
    if not wanted:
        return False
    actions = ask.reads.funded_actions(ask.session, words).shown
    return any(wanted <= set(words_of(a.carrier or "")) for a in actions)


_A_SITTING = cues.plain(r"\b(?:seances?|reunions?|sessions?|bureaux?|conseils?)\b")


def _one_sitting_said(frame: Frame) -> bool:
    """Whether a frame names one sitting (« au bureau de juillet », « au dernier conseil », « le
    24 mars »), not a period to search over (« en 2022 »)."""
    when = frame.when
    if when.relative and frame.body is None and not _A_SITTING.search(fold(frame.text)):
        return False  # « la dernière délibération sur… » names no sitting
    if when.on or when.relative or (when.day and when.month) or (when.month and not when.year):
        return True
    if when.start and when.end:  # « au conseil de mars 2022 »: a body's sitting that month
        return frame.body is not None and (when.end - when.start).days <= 31
    # « les vœux votés par le conseil »: the body that voted them, at any of its sittings
    by_the_body = re.search(r"\bpar (?:le|la|l) ?(?:conseil|bureau|assemblee)\b", fold(frame.text))
    return frame.body is not None and when.empty and not frame.follow_up and not by_the_body


# « sur », « concernant », « on a parlé de »: what follows is a topic, even one no act holds.
_TOPIC_CUE = cues.plain(
    r"\b(?:sur|concernant|parle\w*|question d|propos d|traite\w*|au sujet|evoque\w*|aborde\w*"
    r"|vote\w* (?:pour|sur) (?:le|la|les|l|un|une|des)|quelque chose)\b"
)


_VAGUE = frozenset(
    "quelque chose choses truc trucs sujet sujets question point points ordre odj".split()  # noqa: SIM905
)
# « le plan vélo, c'est le point combien ? », « le budget passe en quelle position ? », « la
# piscine, c'est le combientième point ? »: where an item stands on the agenda (the coming
# sitting's when no sitting is said), its number given
_RANK_ASKED = cues.plain(
    r"\b(?:(?:quel|quelle) (?:point|numero|rang|position)|point (?:combien|numero combien"
    r"|n combien)|le combien|combientieme|en quelle position|a quel rang|numero du point)\b"
)
_RANK_WORDS = frozenset(("numero", "rang", "position", "combientieme", "passe"))
# What a sitting is, not a topic on its agenda: « la date et le lieu du prochain bureau »
_SITTING_FACT_WORDS = frozenset(("date", "dates", "jour", "lieu", "heure", "horaire", "adresse"))


async def _topic_at_sitting(ask: Ask, frame: Frame, last: dict[str, Any]) -> bool:
    """A topic asked of one sitting: the deliberations of that sitting about it, or that none
    was (never the sitting's whole card). False when the words are no topic of any act."""
    ranked = bool(_RANK_ASKED.search(fold(frame.text)))
    if ranked:
        frame = frame.but(about=About.AGENDA, words=tuple(set(frame.words) - _RANK_WORDS))
    words = " ".join(
        w
        for w in frame.words
        if w not in _VOTE_NOISE and w not in _VAGUE and w not in _SITTING_FACT_WORDS
    )
    if not words_of(words):
        return False
    index = ask.reads.deliberation_index(ask.session)
    every = _placed(index, index.matches_all(words), frame)
    cued = (bool(_TOPIC_CUE.search(fold(frame.text))) or frame.about is About.AGENDA) and any(
        _looks_like_a_word(w) for w in frame.words
    )
    # « un point sur le rugby jeudi prochain ? »: a day named is a sitting asked about
    dated = frame.when.relative is Relative.NEXT or frame.when.on is not None
    if not every and not index.holds(words) and not cued and not dated:
        return False
    if not cued and re.search(
        r"\b(?:combien|quand|comment|pourquoi|quel|quelle|dure\w*)\b", fold(frame.text)
    ):
        return False  # « le bureau a duré combien de temps ? »: a question, not a topic
    if titled := _titled_on_the_day(ask, frame, words):
        # « les délégations au Bureau du 20 janvier 2022 »: the title of the act that lists
        # that Bureau's decisions (voted by the Conseil in March), before any sitting that day
        await _acts_about(ask, frame, words, titled)
        return True
    held_then = _sittings_then(ask, frame)
    if not held_then and frame.body and every:
        # « la délib du bureau de mars sur la voirie » when only the Conseil sat then: the
        # topic at that date, in whichever body voted it
        unbodied = frame.but(body=None)
        if _sittings_then(ask, unbodied):
            frame = unbodied
            held_then = True
    sitting_id = await _sitting(ask, frame.but(asked=Asked.SITTING, words=()), [], last)
    if sitting_id is None:
        if not held_then and every and not frame.when.relative:
            # no sitting then: the topic is not lost, its acts at any date follow
            await _acts_about(ask, frame, words, every[:SEARCH_SHOWN])
        return True  # the choice of sitting, or why there is none, is answered
    view = ask.sitting_view(sitting_id)
    if view.held_on >= ask.runtime.today():
        # a sitting to come has no deliberation yet: its agenda says what it is about
        wanted = [w for w in words_of(words) if len(w) > 2]
        placed = [n for n, i in enumerate(view.agenda, 1) if all(w in fold(i) for w in wanted)]
        await ask.reply(
            "answer_topic_on_agenda",
            s=view,
            items=[view.agenda[n - 1] for n in placed],
            numbers=placed if ranked else [],
            words=_as_typed(frame, words),
            polar=(frame.polar or "?" in frame.text) and not ranked,
        )
        _remember(ask, members=[], sitting=sitting_id, **_frame_state(frame))
        return True
    at = {d.id for d in view.deliberations}
    found = [i for i in every if i in at]
    body_only = None
    if not found and every and frame.when.empty and not frame.follow_up:
        # « le conseil a approuvé le DOB ? »: the body named without a day is the latest of its
        # sittings that voted on the topic, not its latest one (« Non » there was false); none
        # of its sittings did: said of the body, not of one sitting
        elsewhere = _look(ask, queries.deliberation_views, ids=tuple(every[:20]))
        of_the_body = [v for v in elsewhere if v.body == view.body]
        body_only = None if of_the_body else view.body
        titled_body = [
            v.deliberation.id or 0
            for v in elsewhere
            if frame.body is not None and frame.body in fold(v.deliberation.title).split()
        ]
        if not of_the_body and titled_body:
            # « les délibérations prises par délégation au Bureau »: none of the Bureau's acts
            # is about it, the Conseil's acts titled « … délégations au Bureau » are
            await _acts_about(ask, frame, words, titled_body)
            return True
        if of_the_body:
            latest = max(of_the_body, key=lambda v: v.held_on)
            view = ask.sitting_view(latest.deliberation.sitting_id)
            sitting_id = view.id
            at = {d.id for d in view.deliberations}
            found = [i for i in every if i in at]
    views = _look(ask, queries.deliberation_views, ids=tuple(found)) if found else []
    # « des délibs sur le bus au conseil du 24 mars ? »: the transport's act, said as such
    said_near = answers.uncited(_through(ask, frame, words, found), views)
    await ask.reply(
        "answer_topic_at_sitting",
        s=view,
        views=views,
        words=_as_typed(frame, words),
        # « on a parlé du SIEL ? »: Oui / Non; « qu'est-ce qui a été voté en fiscalité ? »: what;
        # « et en janvier ? » after « combien de délibérations sur … ? »: how many, no « Oui »
        polar=(frame.polar or "?" in frame.text)
        and not _WH_ASKED.search(fold(frame.text))
        and not (frame.follow_up and frame.about is About.DELIBERATIONS),
        elsewhere=len(every) - len(found),
        body_only=body_only,
        uncited=said_near["uncited"],
        related=said_near["related"],
    )
    if found:
        _remember_deliberations(ask, frame, found[:3], listed=views)
    else:
        _remember(ask, members=[], sitting=sitting_id, **_frame_state(frame))
    return True


def _titled_on_the_day(ask: Ask, frame: Frame, words: str) -> list[int]:
    """The acts about the words whose title names the day the sentence names: a date inside
    a topic is part of the title searched (« … du 30/09/2021 », « Bureau du 20 janvier
    2022 »), read by the one date reader, before it is a sitting."""
    when = frame.when
    day = when.on.day if when.on else when.day
    month = when.on.month if when.on else when.month
    year = when.on.year if when.on else when.year
    if day is None or month is None or when.relative is not None:
        return []
    index = ask.reads.deliberation_index(ask.session)
    # with no topic, the acts printing the month (and the year) said, to be read
    query = words if words_of(words) else f"{MONTHS[month - 1]} {year or ''}"
    ids = _placed(index, index.matches_all(query), frame)
    views = (
        _look(ask, queries.deliberation_views, ids=tuple(ids[: SEARCH_SHOWN * 4])) if ids else []
    )
    return [
        v.deliberation.id or 0
        for v in views
        if any(
            m.day == day and m.month == month and year in (None, m.year)
            for m in find_dates(v.deliberation.title)
        )
    ]


def _sittings_then(ask: Ask, frame: Frame) -> bool:
    """Whether a sitting of the body named (any body when none is) was held at the date or in
    the period the frame names; True when it names neither (nothing to check)."""
    if not frame.when.dated or frame.when.relative is not None:
        return True
    return bool(_sittings_said(ask, frame))


def _sittings_said(ask: Ask, frame: Frame) -> list[lookups.SittingBrief]:
    """The sittings of the body named (or of the asker's) held at the date or in the period
    the frame names."""
    when = frame.when
    return _look(
        ask,
        lookups.sittings_matching,
        body_ids=_body_ids(ask, frame, []),
        on=when.on,
        day=when.day if when.on is None else None,
        month=when.month if when.on is None and when.start is None else None,
        start=when.start,
        end=when.end,
    )


async def _acts_about(ask: Ask, frame: Frame, words: str, ids: list[int]) -> None:
    """Acts found about the words (each holding them all), listed with their votes and kept
    for the questions that follow."""
    if 0 < len(ids) <= _DECIDED_SHOWN and await _decided(ask, frame, ids, words):
        return  # « la décision sur le SCoT, c'était quoi ? »: what it decided, first
    shown = answers.search(
        session=ask.session,
        words=words,
        deliberation_ids=ids,
        loose_from=len(ids),
        action_ids=[],
        said=_as_typed(frame, words),
        through=_through(ask, frame, words, ids),
    )
    await _answer(ask, shown)
    _remember_deliberations(ask, frame, ids[:3], listed=_listed(shown))


def _through(ask: Ask, frame: Frame, words: str, ids: list[int]) -> list[tuple[str, str]]:
    """The words asked that no act found prints, as typed, with the related word that found
    them (« le métro »: « transport »): the answer says that nothing cites them."""
    if not ids:
        return []
    typed = {fold(w): w for w in re.findall(r"\w+", frame.text)}
    index = ask.reads.deliberation_index(ask.session)
    through = [(typed.get(word, word), other) for word, other in index.found_through(words, ids)]
    said = words_of(words)
    if len(through) == 1 and len(said) > 1 and not any(set(ids) & index.holding(w) for w in said):
        # « les lignes de bus »: no act found prints any of the words; the topic is cited as
        # said, its related word after it
        return [(_as_typed(frame, words), through[0][1])]
    return through


def _listed(found: answers.Answer) -> list[queries.DeliberationView]:
    """The deliberations a search answer lists, in the order it lists them."""
    return [*found.data.get("views", ()), *found.data.get("loose", ())]


def _quoted_amount(ask: Ask, ranked: list[int], words: str) -> bool:
    """Whether the best act holding every word has a sentence holding them and an amount (the
    search quotes it: « combien l'État apporte au CLS ? »); a sentence that only names the
    carrier (« la convention … entre AESIO et Saint-Etienne Métropole ») says no amount."""
    views = _acts(ask, ranked[:1])
    return any(
        _SHARE_FIGURE.search(passage)
        for v in views
        for passage in passages(
            v.deliberation.full_text or "", words, limit=1, title=v.deliberation.title
        )
    )


_ASKING = cues.plain(
    r"\?|^(?:et |mais )?(?:combien|quel|quelle|quels|quelles|quand|qui|ou|pour combien"
    r"|sur combien|c est|ca)\b"
)


async def _carrier_of_the_act_in_talk(ask: Ask, frame: Frame, words: str) -> bool:
    """« qui porte le projet ? », « qui s'occupe de l'action ? » after an act that funds one
    action: that action's carrier, never a sentence of the act that says « projet » nor the
    président who signs it. False when no carrier is asked, other words are, or the act in
    talk funds no single action."""
    if action_fact(frame.text) != "carrier":  # the words first: read once per text
        return False
    in_talk = [int(i) for i in _recall(ask).get("deliberations") or ()][:1]
    if not in_talk:
        return False
    if not all(
        w in KIND_WORDS or w in _ACTION_WORDS or w in _ACTION_FIELD_TALK for w in words_of(words)
    ):
        return False
    views = _acts(ask, in_talk)
    if not views or len(views[0].actions) != 1:
        return False
    action = views[0].actions[0]
    await _reply_action_field(ask, action, "carrier", frame, in_talk)
    _remember(
        ask,
        members=[],
        deliberations=in_talk,
        sitting=None,
        actions_shown=[action.id],
        **_frame_state(frame.but(asked=Asked.ACTIONS)),
    )
    return True


async def _in_the_act_in_talk(ask: Ask, frame: Frame, words: str) -> bool:
    """« pour combien d'années ? » right after an act was shown: the sentence of that act's
    text that answers it, quoted (the act's title alone would not say it)."""
    if len(words_of(words)) > 4 or not _ASKING.search(fold(frame.text)):
        return False
    last = _recall(ask)
    if not last.get("deliberations"):
        return False
    in_talk = [int(i) for i in last["deliberations"]][:3]
    if await _carrier_of_the_act_in_talk(ask, frame, words):
        return True
    ranked, full = _ranked(ask, words, frame)
    if full and set(in_talk).isdisjoint(ranked[:full]):
        return False  # « PLU de Genilac ? »: other acts are about every word, searched anew
    for view in _acts(ask, in_talk):
        found = passages(
            view.deliberation.full_text or "", words, limit=2, title=view.deliberation.title
        )
        if found:
            await ask.reply("answer_in_act", v=view, passages=found)
            _remember_deliberations(ask, frame, [view.deliberation.id or 0])
            return True
    return False


async def answer_chosen_member(ask: Ask, member_id: int) -> bool:
    """A member picked among several for a pending question: answer that question."""
    pending = _recall(ask, PENDING_KEY)
    if not pending.get("text"):
        return False
    if pending.get("choices"):
        # « et l'autre ? » next: the question waits on, its choice made
        _remember(ask, PENDING_KEY, **(pending | {"chosen": member_id}))
    from bot.services.frames import read_frame

    frame = read_frame(pending["text"], ask.runtime.today())
    if frame.asked is Asked.SEARCH and pending.get("asked") not in (None, Asked.SEARCH.value):
        # « et Michaud ? » after « Chave était là ? »: the question as it was understood in
        # the conversation, not its words alone (a name, a search)
        frame = frame.but(
            asked=Asked(pending["asked"]),
            about=About(pending["about"]) if pending.get("about") else None,
            polar=bool(pending.get("polar")),
        )
    if frame.asked is Asked.SEARCH:
        return False
    named = _named_in(ask, pending["text"], str(pending.get("typed") or ""), member_id)
    if (
        named is not None
        and (again := read_frame(named, ask.runtime.today())).asked is frame.asked
    ):
        # « combien de séances a présidé Gilles ? », « Gilles a voté quoi sur la 417 ? »: the
        # question itself, the member chosen named in full, read as any question is
        await answer_frame(ask, again)
        return True
    if frame.asked is Asked.RECORD:
        await _answer_record(ask, frame, member_id)
        return True
    # (the sitting in talk when the question was a follow-up: « et Michaud ? »)
    sitting_id = await _sitting(ask, frame, [member_id], _recall(ask))
    if sitting_id is not None:
        await answer_on_sitting(ask, frame, sitting_id, [member_id])
    return True


def _named_in(ask: Ask, text: str, typed: str, member_id: int) -> str | None:
    """The question with the name typed (« Gilles ») replaced by the full name of the member
    chosen (« Gilles Artigues »); None when the name typed cannot be found in it."""
    member = ask.session.get(Member, member_id)
    words = typed.split()
    if member is None or not words:
        return None
    pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    full = f"{member.first_name or ''} {member.last_name}".strip()
    named, replaced = pattern.subn(full, text, count=1)
    return named if replaced else None


# What a typed answer to « Lequel voulez-vous dire ? » may say besides a name
_CHOICE_FILLER = frozenset(
    re.findall(
        r"\w+",
        "et le la l les c est celui celle ci plutot oui non je voulais dire parle de du d m mr"
        " mme monsieur madame lui elle alors donc bah ben euh svp stp merci qui s appelle"
        " appele nomme son nom pensais pense parlais bien sur sure evidemment voyons a",
    )
)
# « celui de Firminy », « le maire de Rive-de-Gier », « celle qui habite à Sorbiers »: the
# documents do not say where each member comes from
_BY_PLACE = cues.plain(
    r"^(?:non |et )?(?:celui|celle|le|la|l) (?:de|d|du|qui (?:est|habite|vient|represente)"
    r"(?: a| de| d)?|maire|elu|elue|conseiller|conseillere) "
)
_THE_OTHER = cues.plain(r"\b(?:l|un|une) autres?\b")
# « lequel des deux ? », « c'est lequel ? » typed back under « Lequel voulez-vous dire ? »:
# the choice asked again (never « deux » searched among the acts)
_WHICH_AGAIN = cues.plain(
    r"^(?:euh |ben |bah |mais )?(?:c est )?(?:lequel|laquelle|lesquels|qui)"
    r"(?: (?:des|d entre) (?:deux|trois|quatre|\d|eux|elles))?$"
)
_OTHER_WORDS = frozenset(("autre", "autres", "un", "une"))


async def answer_typed_choice(ask: Ask, text: str) -> bool:
    """« Perache », « Christiane », « le deuxième », « et l'autre Michaud ? » typed instead of
    pressing a button of « Lequel voulez-vous dire ? »: the pending question answered for the
    one member of the choices the words name. False (the message is read as a question of its
    own) when nothing is pending, or the words name none of the choices, or several."""
    words = fold(text).replace("?", " ").split()
    if not words or len(words) > 8:  # « celui qui s'appelle Boudard bien sûr »
        return False
    pending = _recall(ask, PENDING_KEY)
    choices: list[int] = list(pending.get("choices") or [])
    if not choices or not pending.get("text"):
        return False
    chosen = pending.get("chosen")
    said_all = " ".join(re.findall(r"\w+", " ".join(words)))
    said = [w for w in words if w not in _CHOICE_FILLER]
    if chosen is None and (
        (one := _choice_named(ask, choices, [w for w in said if w not in _PLACE_WORDS]))
        is not None
        or (one := _choice_by_civility(ask, choices, said_all, said)) is not None
    ):
        # « celle du bureau, Michaud-Farigoule », « la dame », « le monsieur »: the one of
        # the choices the words name whole, or the only woman (man) among them
        return await answer_chosen_member(ask, one)
    by_civility = not set(said) - _WOMAN - _MAN and bool(set(said_all.split()) & (_WOMAN | _MAN))
    # « le 9e » of four, « le -1 »: a rank that picks none of the choices, asked again
    by_rank = choice_said(words) and (
        choice_rank(said, len(choices)) is None or bool(NEGATIVE_RANK.search(text))
    )
    named_besides = [w for w in said if w not in _OTHER_WORDS]
    if (
        _THE_OTHER.search(said_all)
        and named_besides
        and not any(_choice_named(ask, [c], named_besides) for c in choices)
    ):
        # « et l'autre Jean-Luc ? » while « which Christian? » was left unanswered: a name none
        # of the choices bears, a question of its own (the other Jean-Luc), never those choices
        return False
    if (
        _THE_OTHER.search(said_all)
        or (chosen is None and _BY_PLACE.match(said_all))
        or (chosen is None and _WHICH_AGAIN.match(said_all))
        # « la dame » with two women among the choices: which one, asked again
        or (chosen is None and (by_civility or by_rank))
    ):
        others = [c for c in choices if c != chosen]
        if chosen is None:
            # « non, l'autre » before any choice, « celui de Firminy »: which one, asked again
            members = [m for m in (ask.session.get(Member, i) for i in choices) if m]
            buttons = [(candidate_label(m), PickAnswer(m.id or 0).encode()) for m in members]
            await ask.reply(
                "choose_member_again",
                buttons=buttons,
                query=str(pending.get("typed") or ""),
                by_place=bool(_BY_PLACE.match(said_all)) and not _THE_OTHER.search(said_all),
            )
            return True
        if len(others) == 1:
            return await answer_chosen_member(ask, others[0])
        # « et l'autre ? » with three left: which one, among those only
        members = [m for m in (ask.session.get(Member, i) for i in others) if m is not None]
        buttons = [(candidate_label(m), PickAnswer(m.id or 0).encode()) for m in members]
        await ask.reply("choose_member", buttons=buttons, query="", count=len(buttons))
        return True
    if chosen is not None or not said:
        return False  # a choice made: only « l'autre » goes on with it
    if (place := choice_rank(said, len(choices))) is not None:
        return await answer_chosen_member(ask, choices[place])  # « le premier », « le dernier »
    one = _choice_named(ask, choices, said)
    return one is not None and await answer_chosen_member(ask, one)


# Words of « celle du bureau, Michaud-Farigoule » that are no part of a name
_PLACE_WORDS = frozenset(("du", "de", "d", "bureau", "conseil", "metropole", "metropolitain"))
# « la dame », « le monsieur », « celle-ci »: a choice by who the member is


def _choice_named(ask: Ask, choices: list[int], said: list[str]) -> int | None:
    """The one member of the choices every word said is a part of the name of (or a letter
    off a part of, when only one member fits so); None for none or several."""
    if not said:
        return None
    named: list[int] = []
    slipped: list[int] = []
    for member_id in choices:
        member = ask.session.get(Member, member_id)
        if member is None:
            continue
        parts = set(
            fold(f"{member.first_name or ''} {member.last_name}").replace("-", " ").split()
        )
        if all(w in parts for w in said):
            named.append(member_id)
        elif all(any(_a_slip_of(w, p) for p in parts) for w in said):
            slipped.append(member_id)  # « artigue », « boudart »: a letter off
    if not named and len(slipped) == 1:
        named = slipped
    return named[0] if len(named) == 1 else None


def _choice_by_civility(
    ask: Ask, choices: list[int], said_all: str, said: list[str]
) -> int | None:
    """« la dame », « le monsieur », « madame » typed to « lequel ? »: the only woman (man) of
    the choices, when the words say nothing else; None otherwise."""
    if set(said) - _WOMAN - _MAN:
        return None
    members = [ask.session.get(Member, i) for i in choices]
    place = choice_by_sex(said_all.split(), [m.civility if m else None for m in members])
    return choices[place] if place is not None else None


def _a_slip_of(typed: str, part: str) -> bool:
    """Whether a word typed is a part of a name or that part a letter off (two in a long
    name), its first letter right."""
    if typed == part:
        return True
    reach = 1 if len(part) < 8 else 2
    return (
        len(typed) >= 4
        and typed[0] == part[0]
        and Levenshtein.distance(typed, part, score_cutoff=reach) <= reach
    )


async def _sittings_in(ask: Ask, frame: Frame) -> None:
    """« les séances de 2022 », « les conseils de mars »: every sitting the time names."""
    when = frame.when
    found = _sittings_said(ask, frame)
    to_come = []
    if asked_of_the_past(frame.text):
        # « combien de séances on a eu en 2024 ? »: those held; one convened, to come, is told
        # apart, never counted among them
        today = ask.runtime.today()
        to_come = [s for s in found if s.held_on > today]
        found = [s for s in found if s.held_on <= today]
    body = _look(ask, queries.body_by_hint, hint=frame.body) if frame.body else None
    await ask.reply(
        "answer_sittings_found",
        found=found,
        said=when.said,
        start=when.start,
        end=when.end,
        to_come=to_come,
        body=body.name if body else None,
    )
    state = _frame_state(frame)
    remember_sittings_shown(ask, [s.id for s in found], state["period"], when.said)


def _yes_or_no(frame: Frame) -> bool:
    """« on a voté quelque chose sur … ? », « y a-t-il eu une délib sur … ? »: asked yes or no
    (no « quel », « combien », « quand », « qui »), so a topic nothing is about is « Non »."""
    said = fold(frame.text)
    return "?" in frame.text and bool(_TOPIC_ASKED.search(said)) and not _WH_ASKED.search(said)


def _whether_about(ask: Ask, frame: Frame) -> bool:
    """« est-ce qu'on a parlé de l'eau ? », « y a quelque chose sur l'eau ? »: whether acts are
    about a topic, asked yes or no; « et sur la culture ? » right after asks it the same way."""
    said = fold(frame.text)
    whether = _WHETHER_TOPIC.search(said)
    if whether:
        # « y a-t-il des délibérations qui concernent Firminy ? »: « qui » after a noun is
        # relative, no « who? » asked
        said = _RELATIVE_QUI.sub(" ", said)
    if _WH_ASKED.search(said) or _FUNDING_NAMED.search(said):
        return False  # « y a des actions sur l'emploi ? » is asked of the funded actions
    # (« existe-t-il une délibération sur le SCoT », inverted: a question without its « ? »)
    asked = "?" in frame.text or bool(_INVERTED_WHETHER.match(said))
    if _yes_or_no(frame) or (asked and whether):
        return True
    return frame.follow_up and bool(_recall(ask).get("whether"))


_RELATIVE_QUI = cues.plain(r"(?<=[a-z] )qui\b")
_INVERTED_WHETHER = cues.plain(
    r"^(?:(?:bonjour|salut|bonsoir|bjr|slt)\W+)?(?:y a t il|y en a t il|existe t il|avez vous"
    r"|as tu|est ce qu)\b"
)


_FUNDING_NAMED = cues.plain(r"\b(?:actions?|subventions?|financ\w*|aides?)\b")
# « est-ce qu'on a parlé de … ? », « il y a des délibs pour … ? », « la culture, on en a parlé ? »
_WHETHER_TOPIC = cues.plain(
    r"^(?:(?:bonjour|salut|bonsoir|bjr|slt)\W+)?(?:est ce qu(?:e|')? ?(?:on|il|vous|nous|y)?"
    r"|y a|il y a|y a t il|ya|y avait|y a t il eu|on a|on avait|vous avez|avez vous|as tu"
    r"|y en a(?: t il)?|il y en a|y en avait"
    r"|existe t il|il existe)\b.*\b(?:sur|concernant|au sujet|a propos|de|du|des|d|pour)\b"
    r"|\bon en a (?:parle|vote|delibere|discute|debattu)\b"
)
_MEAN_ASKED = cues.plain(r"\b(?:moyenne|moyen|moyens)\b")
_FEWEST_ASKED = cues.plain(r"\b(?:le|la) moins (?:de|d)\b|\b(?:le|la) plus (?:faible|petit|calme)")
_WH_ASKED = cues.plain(
    r"\b(?:quel|quelle|quels|quelles|combien|quand|qui|quoi|lesquel\w*|comment|pourquoi|ou)\b"
    r"|\bqu est ce qu"  # « qu'est-ce qui a été voté en fiscalité ? »: what, not whether
)
_TOPIC_ASKED = cues.plain(
    r"\b(?:quelque chose|(?:une|des|un) (?:delib\w*|decisions?|votes?|actes?|dossiers?|points?)"
    r"|vote\w*|delibere\w*|parle\w*|evoque\w*|aborde\w*|decide\w*|traite\w*|discute\w*)"
    r" (?:\w+ ){0,2}(?:sur|concernant|au sujet|a propos)\b"
)


def _as_typed(frame: Frame, words: str) -> str:
    """The topic as the member wrote it (« ordures ménagères », « fonds de concours »)."""
    return as_typed(frame.text, words)


def _looks_like_a_word(word: str) -> bool:
    """A topic word rather than keyboard noise (« qwerty », « zzz »): long enough, with vowels
    enough and no letter three times in a row."""
    if len(word) < 3 or not word.isalpha() or re.search(r"(\w)\1\1", word):
        return False
    vowels = sum(c in "aeiou" for c in word)
    return vowels / len(word) >= 0.25


_NARROWED = (About.AGAINST, About.ABSTENTIONS, About.REJECTED)
# « quelles délibérations … », « lesquelles … »: the acts are asked for, not one sitting's;
# « lesquelles à l'unanimité ? » opening the message, the acts in talk
_WHICH_ACTS = cues.plain(
    r"\b(?:quelles?|lesquelles|les|des) (?:deliberations?|delibe?s?)\b"
    r"|^\W*(?:et |mais |ok )?lesquel(?:le)?s\b"
)
# « combien de délibérations avec des votes contre ? »: acts counted, over every sitting held
_ACTS_COUNTED = cues.plain(r"\b(?:combien|nombre) (?:de |d )(?:deliberations?|delibe?s?)\b")


def _divided(frame: Frame) -> bool:
    """Whether the acts asked for are those that were not unanimous (« les délibs pas votées à
    l'unanimité », « celles qui n'ont pas fait l'unanimité »)."""
    return frame.about in (None, About.FOR) and bool(_NOT_UNANIMOUS.search(fold(frame.text)))


def _unanimous_listed(frame: Frame) -> bool:
    """Whether the acts asked for are those adopted unanimously (« les délibérations votées à
    l'unanimité le 27 janvier », « quelles délibs ont fait l'unanimité ? »)."""
    said = fold(frame.text)
    return (
        frame.about in (None, About.FOR)
        and bool(_UNANIMOUS.search(said))
        and not _NOT_UNANIMOUS.search(said)
        and bool(_WHICH_ACTS.search(said))
    )


def _narrowing(frame: Frame) -> bool:
    """Whether some of the acts are asked for: opposed, with abstentions, rejected, divided,
    unanimous."""
    return frame.about in _NARROWED or _divided(frame) or _unanimous_listed(frame)


def _narrowed_as(frame: Frame) -> str:
    """What the acts listed are narrowed to, as the templates name it."""
    if _divided(frame):
        return "divided"
    return "unanimous" if _unanimous_listed(frame) else (frame.about or About.FOR).value


def _narrowed(ask: Ask, frame: Frame, sitting_id: int) -> list[queries.DeliberationView]:
    """A sitting's deliberations, only those opposed, with abstentions, rejected or not
    unanimous when that is what was asked."""
    ids = [d.id for d in ask.sitting_view(sitting_id).deliberations]
    views = queries.deliberation_views(session=ask.session, ids=ids)
    if _divided(frame):
        views = [v for v in views if v.deliberation.unanimous is False]
    elif _unanimous_listed(frame):
        views = [v for v in views if v.deliberation.unanimous]
    elif frame.about is About.AGAINST:
        views = [v for v in views if v.deliberation.votes_against]
    elif frame.about is About.ABSTENTIONS:
        views = [v for v in views if v.deliberation.abstentions]
    elif frame.about is About.REJECTED:
        views = [v for v in views if v.deliberation.outcome == "rejected"]
    return views


async def _votes_over(ask: Ask, frame: Frame, sitting_ids: list[int]) -> None:
    """Over a period: each sitting's deliberations opposed (or with abstentions, or
    rejected), the sittings where none was left out; none anywhere: the period's tally."""
    shown = [(i, views) for i in sitting_ids if (views := _narrowed(ask, frame, i))]
    if not shown:
        await _deliberation_count(ask, frame)
        return
    about = _narrowed_as(frame)
    if len(sitting_ids) > 1:
        # « combien de votes contre en 2022 ? »: the period's figure first, in one sentence
        every = [v for _, views in shown for v in views]
        await ask.reply(
            "answer_votes_over",
            about=about,
            count=len(every),
            voices=_voices(every, frame.about),
            total=sum(len(ask.sitting_view(i).deliberations) for i in sitting_ids),
            sittings=len(sitting_ids),
            period=frame.when.said if frame.when.dated else "",
            body=_body_name(ask, frame),
        )
    for sitting_id, views in shown:
        await ask.reply(
            "answer_sitting_votes",
            s=ask.sitting_view(sitting_id),
            views=views[:15],
            count=len(views),
            about=about,
            voices=_voices(views, frame.about),
            listing=True,
        )
    every = [v for _, views in shown for v in views]
    total = sum(len(ask.sitting_view(i).deliberations) for i in sitting_ids)
    counted = _list_counted(every, frame, total=total, sittings=len(sitting_ids))
    if len(shown) == 1:
        counted["list_count"]["sitting"] = shown[0][0]
    _remember(ask, members=[], sitting=None, **counted, **_frame_state(frame))


def _list_counted(
    views: list[queries.DeliberationView], frame: Frame, *, total: int, sittings: int = 1
) -> dict[str, Any]:
    """What « il y en a combien ? » next counts: the acts of the list just given, of which
    kind, over which sitting or period (`_count_of_the_list`)."""
    return {
        "list_count": {
            "count": len(views),
            "about": _narrowed_as(frame),
            "voices": _voices(views, frame.about),
            "total": total,
            "sittings": sittings,
            "period": frame.when.said if frame.when.dated else "",
            "sitting": None,
        }
    }


def _members_listed(answered: answers.Answer) -> dict[str, Any] | None:
    """The members one body's list showed (« les femmes du bureau »), for « combien ? »
    next; None when no single list was shown (several bodies, a member's seats, a count)."""
    data = answered.data
    bodies = data.get("bodies") or []
    if len(bodies) != 1 or data.get("people") or data.get("counting") or data.get("parity"):
        return None
    return {"kind": "members", "count": len(bodies[0]["members"])}


async def _count_of_what_was_listed(ask: Ask, frame: Frame, last: dict[str, Any]) -> bool:
    """« combien ? », « ça fait combien ? » right after a list of sittings or of members: that
    list counted, never every sitting known nor the body's whole membership again."""
    if frame.number or frame.body or not frame.when.empty or not bare_count(frame.text):
        return False
    if names_acts(frame.text):
        return False  # « … et combien de délibérations ? » after sittings: the acts counted
    listed = (last or _recall(ask)).get("listed")
    if not listed:
        return False
    await ask.reply(
        "answer_listed_count",
        kind=listed["kind"],
        count=listed["count"],
        coming=listed.get("coming", 0),
    )
    return True


async def _count_of_the_list(ask: Ask, frame: Frame, last: dict[str, Any]) -> bool:
    """« il y en a combien ? » right after a list of acts by outcome (« les délibérations
    votées à l'unanimité en mars 2022 »): that list counted, in one sentence, never every
    vote of the sitting listed again."""
    if frame.number or frame.body or not frame.when.empty or not bare_count(frame.text):
        return False
    counted = (last or _recall(ask)).get("list_count")
    if not counted:
        return False
    sitting = counted.get("sitting")
    await ask.reply(
        "answer_list_counted",
        s=ask.sitting_view(int(sitting)) if sitting else None,
        of_list=bool(counted.get("of_list")),
        **{k: v for k, v in counted.items() if k not in ("sitting", "of_list")},
    )
    _remember(ask, members=[], sitting=sitting, list_count=counted, **_frame_state(frame))
    return True


def _voices(views: list[queries.DeliberationView], about: About | None) -> int:
    """The voices against (or the abstentions) of some deliberations, added up; 0 for any
    other figure."""
    if about is About.AGAINST:
        return sum(v.deliberation.votes_against or 0 for v in views)
    if about is About.ABSTENTIONS:
        return sum(v.deliberation.abstentions or 0 for v in views)
    return 0


_OPPOSED = (About.AGAINST, About.ABSTENTIONS)
# « y avait-il des absents ? », « il y a eu des procurations ? »: whether there were any
_THERE_WERE = cues.plain(
    r"\b(?:y (?:a|avait|a t il|avait il|a eu|a t il eu)|il y (?:a|avait|a eu)|on a eu)"
    r" (?:des|de|d)\b"
)


async def _sitting_votes(ask: Ask, frame: Frame, sitting_id: int) -> None:
    """The deliberations of one sitting with their votes, narrowed to those opposed or with
    abstentions when that is what was asked."""
    view = ask.sitting_view(sitting_id)
    if not view.deliberations and view.held_on >= ask.runtime.today():
        # « on vote quoi le 15 ? »: a sitting to come votes its agenda (never « aucune
        # délibération n'est enregistrée »)
        await ask.reply(
            "answer_sitting_day",
            s=view,
            coming=True,
            about=About.AGENDA.value,
            ending=False,
            days=None,
            counting=False,
            both=False,
        )
        _remember(ask, members=[], sitting=sitting_id, **_frame_state(frame))
        return
    views = _narrowed(ask, frame, sitting_id)
    await ask.reply(
        "answer_sitting_votes",
        s=ask.sitting_view(sitting_id),
        views=views[:15],
        count=len(views),
        voices=_voices(views, frame.about),
        about=_narrowed_as(frame),
        listing=frame.asked is Asked.DELIBERATION,
        # « y a-t-il eu des votes contre au dernier conseil ? », « une délib a été rejetée au
        # conseil de mars ? »: « Oui » / « Non » first
        polar=frame.polar
        and asked_as_question(frame.text)
        and frame.about in (*_OPPOSED, About.REJECTED),
    )
    # « et la deuxième ? », « la matière de la 3e ? » next: the acts as listed
    ids = [v.deliberation.id or 0 for v in views][:_SHOWN_KEPT]
    shown: dict[str, Any] = {"shown": ids, "shown_dated": ids} if len(ids) > 1 else {}
    counted = _list_counted(views, frame, total=len(ask.sitting_view(sitting_id).deliberations))
    counted["list_count"]["sitting"] = sitting_id
    _remember(ask, members=[], sitting=sitting_id, **shown, **counted, **_frame_state(frame))


@as_member
async def member_chosen(ask: Ask) -> None:
    """A member chosen among several that a typed question named: answer the question for
    them (or, once it has expired, show who they are)."""
    payload = ask.payload
    view = ask.member_view(payload.member_id) if isinstance(payload, PickAnswer) else None
    if view is None:
        await ask.reply("stale_button")
        return
    if not await answer_chosen_member(ask, view.id):
        await show_member(ask, view.name, view.id)


@as_member
async def sitting_chosen(ask: Ask) -> None:
    """A sitting chosen among several for a typed question: answer it on that sitting (or,
    once it has expired, show the sitting)."""
    payload = ask.payload
    sitting = (
        ask.session.get(Sitting, payload.sitting_id)
        if isinstance(payload, SittingChoice)
        else None
    )
    if sitting is None or sitting.id is None:
        await ask.reply("stale_button")
        return
    if not await answer_chosen_sitting(ask, sitting.id):
        await show_sitting(ask, Question("sitting", None, None, None, False, ""), sitting.id)


def register(application: CouncilApp) -> None:
    # Sentences reach answer_frame through the router (it comes last); these are the buttons
    # of the questions it asked back.
    application.add_handler(
        CallbackQueryHandler(member_chosen, pattern=callbacks.matching(PickAnswer))
    )
    application.add_handler(
        CallbackQueryHandler(
            sitting_chosen,
            pattern=callbacks.matching(SittingChoice, actions=frozenset({SittingAction.ASK})),
        )
    )
