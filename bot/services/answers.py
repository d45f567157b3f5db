"""One answerer per kind of question: the store's facts for a frame, and the template that says
them. No Telegram here: each answerer takes a session and ids already resolved, and returns an
`Answer` (a template name and its data), so each is tested on the store alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.render import agreement
from bot.services import convocations
from bot.services.frames import (
    OTHERS_THAN_ME,
    PARITY_SAID,
    SEAT_LEFT,
    UNEXCUSED,
    About,
    Among,
    Asked,
    Frame,
    identity_asked,
)
from bot.services.search import as_written, motives, passages, topic_said
from storage import cues, lookups, queries, rules
from storage.models import Member, Sitting
from storage.names import feminine, fold
from storage.periods import Period

if TYPE_CHECKING:  # imported where used: the proxies' service is loaded late
    from bot.services.proxies import ComingDeclarations


@dataclass(frozen=True)
class Answer:
    template: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MemberVote:
    """How one member voted on one act (bot/handlers/questions.py `member_vote`)."""

    p: lookups.MemberAtSitting
    v: queries.DeliberationView
    vote: str
    holder: str | None  # who carried their vote, when they voted through a proxy


@dataclass(frozen=True, slots=True)
class UnpublishedVotes:
    """A member's votes at sittings known from open data only, which name no voter: the
    sittings (body, day), how many acts, and those with votes on the side asked."""

    p: lookups.MemberAtSitting
    sittings: tuple[tuple[str, date], ...]
    acts: int
    on_the_side: tuple[queries.DeliberationView, ...]
    few: tuple[queries.DeliberationView, ...]  # the acts asked of, when few: each one's vote


# Of a member's changes at one item, the one that says whether they were there for it.
_ITEM_WEIGHT = {"away": 0, "represented": 0, "not_voting": 1, "arrived": 2}


_COUNTING = cues.plain(r"\b(?:combien|nombre|nb|cb)\b")
# « il portait d'autres pouvoirs ? », « elle en avait un deuxième ? » (never « a voté pour
# quelqu'un d'autre », « pour un autre élu »: who, not how many)
_OPEN_ASKED = cues.plain(r"\b(?:quand|quel\w*|qui|combien|comment|date)\b")
# « qui », « quels élus », « la liste des votants », « ceux qui ont voté pour », « nom par nom »:
# the voters' names asked (which the documents never print)
_WHO_ASKED = cues.plain(
    r"\b(?:qui|quels? (?:elus?|membres?|conseillers?|delegues?)|quelles? (?:elues?"
    r"|conseilleres?|deleguees?)|lesquels|lesquelles|les noms?|noms?|listes?|nominati\w*"
    r"|ceux qui|celles qui|un par un|une par une)\b"
)
_RATE_ASKED = cues.plain(r"\b(?:taux|pourcentage|proportion|part)\b|%")
_OTHERS = cues.plain(
    r"\bd ?autres\b|\b(?:un|une) (?:autre|deuxieme|second|seconde)\b"
    r"(?! (?:personne|elu|elue|membre|collegue|conseiller|conseillere)\b)"
)


def to_come(view: queries.SittingView, today: date) -> bool:
    """Whether a sitting is still to be answered from what members declared: one of a later
    day, or today's while it is not held (its roll call not recorded: declarations, not who
    came, fill its attendance until then)."""
    return view.held_on >= today and not view.held(today)


def begun(held_on: date, start_time: time | None, now: datetime) -> bool:
    """Whether a sitting of today has opened by `now` (local time): one held at 17 h is no
    longer « la prochaine » at 21 h; one without an hour is today's until the day ends."""
    return held_on == now.date() and start_time is not None and start_time <= now.time()


def presence(
    *,
    frame: Frame,
    view: queries.SittingView,
    people: list[lookups.MemberAtSitting],
    at_item: list[lookups.AtItem] | None = None,
    partners: list[lookups.MemberAtSitting] | None = None,
) -> Answer:
    """« Berger était présente ? »: Oui / Non first, then why, one line per member; asked of
    one deliberation (« … pour la 2024.00417 ? »), what the item's own attendance says (a
    member who left before it is not there for it, whatever the roll call). `partners`: a
    proxy asked of a pair (« Bonnet avait le pouvoir de Fara ? »): « Oui » only when that
    proxy joins them; otherwise where each one's proxy went."""
    items: dict[int, lookups.AtItem] = {}
    for change in sorted(at_item or (), key=lambda c: _ITEM_WEIGHT.get(c.change, 3)):
        items.setdefault(change.member_id, change)
    return Answer(
        "answer_presence",
        {
            "items": items,
            "number": frame.number,
            "s": view,
            "people": people,
            "partners": partners or [],
            "roll_call": view.roll_call,
            "asked": frame.asked.value,
            "side": frame.about.value if frame.about else None,
            "negative": frame.negative,
            "polar": frame.polar,
            "voting": frame.voting or "vot" in " ".join(frame.words),
            # « Degraix en portait combien ? »: the number first
            "counting": bool(_COUNTING.search(fold(frame.text))),
            # « il portait d'autres pouvoirs ? »: besides the one known, none (one per holder)
            "others": bool(_OTHERS.search(fold(frame.text))),
            # « il était excusé ? »: a member who gave a proxy is listed apart
            "excused_asked": "excuse" in fold(frame.text) and frame.polar,
            # « Bouchet était absent sans prévenir ? »: Oui only of an absence not excused
            "unexcused_asked": frame.polar and bool(UNEXCUSED.search(fold(frame.text))),
        },
    )


def count(
    *,
    session: Session,
    frame: Frame,
    sitting_id: int,
    view: queries.SittingView | None = None,
    names: bool = False,
) -> Answer:
    """« combien d'excusés ? »: the number in a sentence, not the whole card. `names`: the
    people were asked for (« qui était là ? », « lesquels ? » after a count), so a sitting
    without a roll call says their names are not published, not that it cannot count."""
    view = view or queries.sitting_view(session=session, sitting_id=sitting_id)
    roll_call = view.roll_call
    about = frame.about or About.PRESENT
    printed_votes = None
    if about is About.VOTES and not roll_call:  # open data may print the votes without names
        sitting = session.get(Sitting, sitting_id)
        printed_votes = sitting.votes_count if sitting else None
    return Answer(
        "answer_count",
        {
            "s": view,
            "about": about.value,
            "roll_call": roll_call,
            "printed_votes": printed_votes,
            # « le taux de présence du 4 juillet ? », « quel pourcentage ? »: the share too
            "rate_asked": bool(_RATE_ASKED.search(fold(frame.text))),
            "names": names,
        },
    )


def officer(
    *,
    session: Session,
    frame: Frame,
    sitting_id: int,
    view: queries.SittingView | None = None,
    member_ids: list[int] | None = None,
    coming: bool = False,
) -> Answer:
    """« qui présidait ? »; with names, « Dallara était secrétaire ? » gets Oui / Non first;
    `coming`: the sitting is not held yet, its officers are not known."""
    view = view or queries.sitting_view(session=session, sitting_id=sitting_id)
    about = frame.about or About.PRESIDENT
    holder_id = (
        session.get(Sitting, sitting_id).president_id  # type: ignore[union-attr]
        if about is About.PRESIDENT
        else session.get(Sitting, sitting_id).secretary_id  # type: ignore[union-attr]
    )
    people = [
        lookups.member_at_sitting(session=session, sitting_id=sitting_id, member_id=m)
        for m in member_ids or []
    ]
    return Answer(
        "answer_officer",
        {
            "s": view,
            "about": about.value,
            "people": people,
            "holder_id": holder_id,
            "coming": coming,
        },
    )


def convocation(
    *,
    session: Session,
    sitting_id: int,
    view: queries.SittingView | None = None,
    polar: bool = False,
    urgent_asked: bool = False,
) -> Answer:
    """When the convocation left; « le délai a été respecté ? » (`polar`): Oui / Non first;
    « convoqué en urgence ? » (`urgent_asked`): whether it was urgent, first."""
    view = view or queries.sitting_view(session=session, sitting_id=sitting_id)
    return Answer("answer_convocation", {"s": view, "polar": polar, "urgent_asked": urgent_asked})


# The kind of document asked for, as the answer names it (« le PV » is a procès-verbal)
_DOCUMENT_KINDS = (
    (cues.plain(r"\b(?:pv|pvs|proces verba\w*)\b"), "procès-verbal"),
    (cues.plain(r"\b(?:comptes? rendus?|cr)\b"), "compte rendu"),
    (cues.plain(r"\breleves?\b"), "relevé de décisions"),
    (cues.plain(r"\bextraits?\b"), "extrait"),
)


def documents(
    *,
    session: Session,
    frame: Frame,
    sitting_id: int,
    today: date,
    view: queries.SittingView | None = None,
) -> Answer:
    """« il y a un PV de la séance de juillet ? »: the documents imported for that sitting,
    and whether the kind asked for is among them (« Non » first when asked yes or no)."""
    view = view or queries.sitting_view(session=session, sitting_id=sitting_id)
    held, unsourced = lookups.sitting_documents(session=session, sitting_id=sitting_id)
    said = fold(frame.text)
    kind = next((name for pattern, name in _DOCUMENT_KINDS if pattern.search(said)), None)
    if kind == "extrait":
        found = any(not d.minutes for d in held)
    elif kind is not None:
        found = any(d.minutes for d in held)
    else:
        found = bool(held) or bool(unsourced)
    return Answer(
        "answer_documents",
        {
            "s": view,
            "held": held,
            "unsourced": unsourced,
            "kind": kind,
            "found": found,
            # « je voudrais le PV du 4 juillet »: a request, never answered « Non »
            "polar": frame.polar and "?" in frame.text,
            "coming": view.held_on >= today,
        },
    )


def quorum(
    *,
    session: Session,
    sitting_id: int,
    view: queries.SittingView | None = None,
    polar: bool = True,
) -> Answer:
    """A past sitting's quorum as a fact (« on avait le quorum ? »: Oui / Non; « le quorum
    c'était combien ? »: the number required); published without a roll call, not known."""
    view = view or queries.sitting_view(session=session, sitting_id=sitting_id)
    roll_call = view.roll_call
    return Answer("answer_quorum", {"s": view, "roll_call": roll_call, "polar": polar})


_FOR_COUNTED = cues.plain(
    r"\b(?:combien|nombre|nb) (?:de |d )?(?:voix |votes? |suffrages )?(?:pour|favorables?)\b"
    r"|\b(?:combien|nombre|nb) (?:de |d )?(?:elus |elues |membres |conseillers |conseilleres "
    r"|personnes |collegues |votants )?(?:ont |avaient )?vote pour\b"
)


# « quel pourcentage de voix pour ? », « quelle part d'abstentions ? », « à combien de % ? »
_SHARE_OF_VOTES = cues.plain(
    r"\b(?:pourcentage|pourcent|pour cent|proportion|quelle part|la part (?:de|d)|quel taux)\b|%"
)


def votes(
    *,
    session: Session,
    frame: Frame,
    deliberation_ids: list[int],
    loose: bool,
    words: str | None = None,
    through: list[tuple[str, str]] | tuple[()] = (),
) -> Answer:
    """The vote figures of the deliberations found, best first; `loose`: none is about
    every word asked (`words`, as typed), the closest is shown as such; `through`: the words
    no act found prints, with the related word that found them (no « Oui » about them)."""
    views = queries.deliberation_views(session=session, ids=deliberation_ids)
    return Answer(
        "answer_vote",
        {
            **uncited(through, views),
            "views": views,
            "about": (frame.about or About.FOR).value,
            "loose": loose,
            "words": words,
            # « adoptée ? », « elle a été rejetée ? »: Oui / Non first
            "polar": frame.polar
            and frame.checked is None
            # (« adoptée, et avec combien de voix ? »: Oui / Non, then the figures)
            and frame.about in (None, About.FOR, About.REJECTED, About.VOTES),
            # « 5 voix contre ? »: that figure checked, « Oui » / « Non, pas 5 » first
            "checked": frame.checked,
            # « il y a eu des voix contre ? », « des abstentions sur la DSP ? »: « Oui, 6 voix
            # contre » / « Non, aucune abstention » (« combien » asks the figure alone)
            "count_polar": frame.polar
            and not frame.negative  # « il n'y avait personne contre ? »: the figure alone
            and frame.checked is None
            and frame.about in (About.AGAINST, About.ABSTENTIONS)
            and not _WHO_ASKED.search(fold(frame.text)),
            "unanimity": frame.unanimity or "unanim" in fold(frame.text),
            # « qui s'est abstenu ? »: the names, which only a text that prints them gives
            "who_asked": bool(_WHO_ASKED.search(fold(frame.text))),
            # « quel pourcentage de pour sur la DSP ? »: the share of the votes, first
            "share_asked": bool(_SHARE_OF_VOTES.search(fold(frame.text))),
            # « combien de voix pour sur les taxes foncières ? »: that figure first
            "for_asked": frame.about in (None, About.FOR, About.VOTES)
            and frame.checked is None
            and bool(_FOR_COUNTED.search(fold(frame.text))),
            # « qui a voté contre ? »: the names, when the act's text prints them
            "named": lookups.named_voters(
                session=session, deliberation_ids=tuple(deliberation_ids)
            ),
            # « la DSP est passée à quelle majorité ? »: the votes for needed among those cast
            "majority": {
                v.deliberation.id: rules.absolute_majority(
                    v.deliberation.votes_for, v.deliberation.votes_against or 0
                )
                for v in views
                if v.deliberation.votes_for is not None
            },
            "majority_polar": frame.polar and frame.about is About.MAJORITY,
        },
    )


def record(
    *,
    session: Session,
    member_id: int,
    today: date,
    body_id: int | None = None,
    marked: queries.SittingView | None = None,
    verdict: bool = False,
    me: bool = False,
) -> Answer:
    """A member's record over the known sittings; `marked`, the sitting in talk, said as such
    (« et mes absences ? » right after it); `verdict`: « Oui » / « Non » first, asked whether
    they were ever absent; `me`: the asker's own record, said in the second person."""
    return Answer(
        "answer_record",
        {
            "r": lookups.member_record(
                session=session, member_id=member_id, today=today, body_id=body_id
            ),
            "marked": marked,
            "verdict": verdict,
            "me": me,
        },
    )


def checked(
    answer: Answer, *, said: int, true: int | None, money: bool = False, bound: str | None = None
) -> Answer:
    """« il y avait 40 présents ? », « le quorum c'était 34 ? »: the answer that gives the
    figure, with « Oui » or « Non, pas 50 » before it (nothing before when the figure is not
    published: the answer says so). A bound (« plus de 30 présents ? », see frames.Frame.bound)
    is answered « Oui » or « Non » by comparing the true figure with it."""
    verdict = None
    if bound is not None and true is not None:
        verdict = {
            "more": true > said,
            "less": true < said,
            "at_least": true >= said,
            "at_most": true <= said,
        }[bound]
    data = {"inner": answer.template, "said": said, "real": true, "money": money}
    return Answer("answer_checked", {**answer.data, **data, "verdict": verdict})


def deliberation_count(
    *,
    session: Session,
    start: date,
    end: date,
    said: str,
    body_ids: list[int] | None,
    council_id: int | None = None,
    by: str | None = None,
) -> Answer:
    """How many acts over the period; `by` (« months », « quarters », « semesters »,
    « years », « each_sitting »): counted by that unit too, the busiest named."""
    tally = lookups.deliberations_between(
        session=session, start=start, end=end, body_ids=body_ids, council_id=council_id
    )
    rows = _counted_by(tally, by) if by else []
    # « … par trimestre en 2022 »: the period's units with no act are said, not left out
    span = _SPAN.get(by or "")
    months = (end.year - start.year) * 12 + end.month - start.month + 1 if said else 0
    others = bool(span and rows and -(-months // span) > len(rows))
    return Answer(
        "answer_deliberation_count",
        {
            "t": tally,
            "start": start,
            "end": end,
            "said": said,
            "by": by,
            "rows": rows,
            "busiest": max(rows, key=lambda r: r[1], default=None),
            "others": others,
        },
    )


_SPAN = {"months": 1, "quarters": 3, "semesters": 6, "years": 12}  # in months


def _counted_by(tally: lookups.DeliberationTally, by: str) -> list[tuple[date, int, int]]:
    """(the unit's first day, its acts, its sittings), in time order."""
    if by == "each_sitting":
        return [(day, acts, 1) for day, acts in tally.each_sitting]
    span = _SPAN[by]
    grouped: dict[date, tuple[int, int]] = {}
    for month, acts, sittings in tally.months:
        first = month.replace(month=(month.month - 1) // span * span + 1)
        before = grouped.get(first, (0, 0))
        grouped[first] = (before[0] + acts, before[1] + sittings)
    return [(first, acts, sittings) for first, (acts, sittings) in sorted(grouped.items())]


def search(
    *,
    session: Session,
    words: str,
    deliberation_ids: list[int],
    loose_from: int,
    action_ids: list[int],
    said: str = "",
    through: list[tuple[str, str]] | tuple[()] = (),
) -> Answer:
    """Topic results: deliberations with their outcome and votes, then funded actions; the
    first `loose_from` deliberations hold every word, the rest only some. `said`: the topic as
    the member typed it, for the label (« eau ou assainissement »), else the words;
    `through`: the words no act found prints, each with the related word that found them
    (« tramway », « transport »): said as a related subject, never as « sur « tramway » »."""
    views = queries.deliberation_views(session=session, ids=deliberation_ids)
    actions = queries.funded_action_views(session=session, ids=action_ids) if action_ids else []
    # Where the words sit inside the best act's text (« combien l'État met dans le CLS ? »): the
    # sentence that holds them, quoted under it, when its title alone does not say it.
    quoted = {
        v.deliberation.id: found
        for v in views[:1]
        if (
            found := passages(
                v.deliberation.full_text or "", words, limit=1, title=v.deliberation.title
            )
        )
    }
    return Answer(
        "answer_search",
        {
            "views": views[:loose_from],
            "loose": views[loose_from:],
            "actions": actions,
            "words": said or topic_said(words),
            "quoted": quoted,
            **uncited(through, views),
        },
    )


def uncited(
    through: list[tuple[str, str]] | tuple[()], views: list[queries.DeliberationView]
) -> dict[str, list[str]]:
    """The words asked that no act shown prints, and the related words, as the acts write
    them, that found them (« tramway »: « transport »)."""
    titles = " ".join(v.deliberation.title for v in views)
    return {
        "uncited": [word for word, _ in through],
        "related": list(dict.fromkeys(as_written(other, titles) for _, other in through)),
    }


_BY_WHOM_VOTED = cues.plain(r"\bpar qui\b|\bqui l a (?:votee?|adoptee?)\b")
FACTS_SHOWN = 6  # acts a fact is told of when several match the words asked


def deliberation_facts(
    *, session: Session, frame: Frame, deliberation_ids: list[int], body_asked: str | None = None
) -> Answer:
    """« il a été voté quand ? » (the day and sitting), « qui l'a présentée ? » (the rapporteur
    when the text names one, else that it does not); `body_asked`: « votée par le conseil ? »,
    answered « Oui » or « Non » before the body that voted it."""
    views = queries.deliberation_views(session=session, ids=deliberation_ids[:FACTS_SHOWN])
    reporters = {v.deliberation.id: reporter_in(v.deliberation.full_text) for v in views}
    stamped = {v.deliberation.id: stamped_received(v.deliberation.full_text) for v in views}
    return Answer(
        "answer_deliberation_facts",
        {
            "views": views,
            "about": (frame.about or About.WHEN).value,
            "reporters": reporters,
            "stamped": stamped,
            # « reçue en préfecture ? »: yes or no; « … quand ? », « quelle date … ? »: the date
            "polar": frame.polar
            or ("?" in frame.text and not _OPEN_ASKED.search(fold(frame.text))),
            "body_asked": body_asked,
            # « votée par qui ? », « et par qui ? »: the body, then the votes it cast
            "who": bool(_BY_WHOM_VOTED.search(fold(frame.text))),
            "total": len(deliberation_ids),
        },
    )


# The préfecture's stamp as the extract prints it (« RECU EN PREFECTURE », « Reçu en
# préfecture le … »), even where its date was not read.
_STAMP = cues.plain(r"(?i)\bre[çc]u(?:e)?\s+(?:en|a\s+la|à\s+la)\s+pr[ée]fecture\b")


def stamped_received(text: str | None) -> bool:
    """Whether an act's text bears the préfecture's reception stamp."""
    return bool(_STAMP.search(text or ""))


_REPORTER = cues.plain(
    r"rapporteu(?:r|se)\s*:?\s*((?:M\.|Mme|Monsieur|Madame)\s+[A-ZÀ-Ýa-zà-ÿ'’ -]{3,60}?)"
    r"(?=\s*[,\n;.]|$)"
)


def reporter_in(text: str | None) -> str | None:
    """The rapporteur an act's text names (« Rapporteur : M. Jean DUPONT »), if any."""
    found = _REPORTER.search(text or "")
    return " ".join(found.group(1).split()) if found else None


def why(
    *,
    session: Session,
    frame: Frame,
    deliberation_ids: list[int],
    members: bool,
) -> Answer:
    """« pourquoi ? »: the documents give facts, not reasons; what they do say (an act's own
    exposé of why it was proposed, when its text is held)."""
    said = fold(frame.text)
    votes_asked = bool(re.search(r"\b(?:vot\w*|abst\w*|contre|oppos\w*|unanim\w*|rejet\w*)", said))
    views = queries.deliberation_views(session=session, ids=deliberation_ids[:1])
    exposed = motives(views[0].deliberation.full_text) if views and not votes_asked else []
    kind = "member" if members else "vote" if votes_asked and views else "act" if views else ""
    return Answer("answer_why", {"kind": kind, "views": views, "motives": exposed})


def _kept_by(session: Session, frame: Frame, member_ids: list[int]) -> tuple[set[int], int]:
    """The members of a list that the frame's filter keeps (« les femmes », « en B »), and how
    many of the list the documents print no civility for (a filter by sex cannot place them)."""
    traits = lookups.people_traits(session=session, member_ids=tuple(sorted(set(member_ids))))
    kept: set[int] = set()
    unknown = 0
    for member_id in member_ids:
        trait = traits.get(member_id)
        if trait is None:
            continue
        if frame.among_letter and not trait.surname.startswith(frame.among_letter):
            continue
        if frame.among is Among.INITIAL:
            kept.add(member_id)
        elif frame.among is Among.FIRST_NAME:
            if frame.among_said in (trait.first_name, *trait.first_name.split()):
                kept.add(member_id)
        elif trait.woman is None:
            unknown += 1
        elif trait.woman is (frame.among is Among.WOMEN):
            kept.add(member_id)
    return kept, unknown


def _sexes(session: Session, member_ids: list[int]) -> tuple[int, int, int]:
    """How many of these members the documents print as women, as men, and without a
    civility."""
    traits = lookups.people_traits(session=session, member_ids=tuple(sorted(set(member_ids))))
    women = sum(1 for t in traits.values() if t.woman is True)
    men = sum(1 for t in traits.values() if t.woman is False)
    return women, men, len(traits) - women - men


def among_at_sitting(*, session: Session, frame: Frame, view: queries.SittingView) -> Answer:
    """« combien de femmes étaient présentes ? », « les excusés dont le nom commence par C »,
    « quelles femmes portaient un pouvoir ? »: the list narrowed by what the store knows of
    each member, counted and named; never the whole list as if it answered."""
    asked, about = frame.asked, frame.about
    counting = asked is Asked.COUNT or bool(_COUNTING.search(fold(frame.text)))
    if asked is Asked.PROXY or about in (About.PROXIES, About.GIVEN, About.HELD):
        # The side from the words of this message (« quelles femmes portaient… », « quels
        # hommes ont donné… »); a follow-up without a verb (« et parmi eux, des femmes ? »)
        # takes both sides: the frame's side names a member's, and none is named here.
        said = fold(frame.text)
        side: About | None = None
        if _GIVEN_SAID.search(said):
            side = About.GIVEN
        elif asked is Asked.COUNT or _HELD_SAID.search(said):
            side = About.HELD
        everyone = [p.giver.member_id for p in view.proxies] + [
            p.holder.member_id for p in view.proxies
        ]
        kept, unknown = _kept_by(session, frame, everyone)
        proxies = [
            p
            for p in view.proxies
            if (side is not About.HELD and p.giver.member_id in kept)
            or (side is not About.GIVEN and p.holder.member_id in kept)
        ]
        return Answer(
            "answer_among",
            {
                "s": view,
                "group": "proxies",
                "side": side.value if side else None,
                "among": frame.among.value if frame.among else None,
                "letter": frame.among_letter,
                "first_name": frame.among_said.title() if frame.among is Among.FIRST_NAME else "",
                "proxies": proxies,
                "total": len(view.proxies),
                "counting": counting,
                "unknown": unknown,
            },
        )
    # the narrower absence first: « des hommes absents non excusés ? » is an absence asked
    if about is About.UNEXCUSED:
        group, listed = "unexcused", list(view.absent)
    elif about is About.UNREPRESENTED:
        group, listed = "unrepresented", list(view.excused)
    elif asked is Asked.ABSENCE or about in (About.ABSENT, About.EXCUSED):
        group, listed = "absents", [*view.represented, *view.excused, *view.absent]
    else:
        group, listed = "presents", list(view.present)
    kept, unknown = _kept_by(session, frame, [p.member_id for p in listed])
    # « la parité chez les présents ? »: the other sex counted too
    parity = frame.among in (Among.WOMEN, Among.MEN) and bool(PARITY_SAID.search(frame.text))
    return Answer(
        "answer_among",
        {
            "s": view,
            "group": group,
            "among": frame.among.value if frame.among else None,
            "letter": frame.among_letter,
            "first_name": frame.among_said.title() if frame.among is Among.FIRST_NAME else "",
            "people": [p for p in listed if p.member_id in kept],
            "total": len(listed),
            "counting": counting,
            "unknown": unknown,
            "others": len(listed) - len(kept) - unknown if parity else None,
        },
    )


_HELD_SAID = cues.plain(
    r"\b(?:port\w*|avai\w*|avaient|recu\w*|detenai\w*|mandataires?|porteu\w*|beneficiai\w*)\b"
)
_GIVEN_SAID = cues.plain(r"\b(?:donne|donnes|donnees|donnait|donnaient|confie\w*|delegue\w*)\b")


def members(
    *,
    session: Session,
    body_ids: list[int] | None,
    council_id: int | None = None,
    member_ids: list[int] | None = None,
    frame: Frame | None = None,
) -> Answer:
    """« Qui sont les membres du bureau ? » (the list), « Berger est membre du bureau ? » (Oui
    / Non per body); « combien d'élus siègent au bureau ? » the number of seats, « combien de
    femmes au bureau ? » the members narrowed."""
    bodies = lookups.body_members(session=session, body_ids=body_ids, council_id=council_id)
    counting = frame is not None and frame.about is About.IN_OFFICE
    narrowed = frame is not None and frame.among is not None
    people = [
        {
            "member_id": m,
            "name": member.display_name,
            "first_name": member.first_name,
            "last_name": member.last_name,
        }
        for m in member_ids or []
        if (member := session.get(Member, m)) is not None
    ]
    kept: set[int] | None = None
    sexes: dict[str, tuple[int, int, int]] = {}
    if narrowed and frame is not None:
        kept, _ = _kept_by(session, frame, [i for b in bodies for i, _ in b.members])
        if frame.among in (Among.WOMEN, Among.MEN):
            # « combien de femmes au bureau ? », « la parité ? »: both counts, from the
            # civilities, those printed without one counted apart
            sexes = {b.name: _sexes(session, [i for i, _ in b.members]) for b in bodies}
    return Answer(
        "answer_members",
        {
            "bodies": [
                {
                    "name": b.name,
                    "members": [
                        {"member_id": i, "name": n}
                        for i, n in b.members
                        if kept is None or i in kept
                    ],
                    "member_ids": [i for i, _ in b.members],
                    "in_office": b.in_office,
                    "total": len(b.members),
                    "sexes": sexes.get(b.name),
                }
                for b in bodies
            ],
            # « la parité ? », « la répartition hommes / femmes »: the counts, no list
            "parity": frame is not None and bool(PARITY_SAID.search(frame.text)),
            "people": people,
            # « je siège où ? », « Rivat est dans quelle instance ? »: which bodies, not Oui /
            # Non per body
            "which": frame is not None and not frame.polar and not body_ids,
            "left": frame is not None and bool(SEAT_LEFT.search(fold(frame.text))),
            "identity": frame is not None and identity_asked(frame.text),
            "counting": counting,
            "among": frame.among.value if frame and frame.among else None,
            "letter": frame.among_letter if frame else "",
            "first_name": (
                frame.among_said.title() if frame and frame.among is Among.FIRST_NAME else ""
            ),
        },
    )


_SITTING_FIGURES = {
    About.PRESENT: "present",
    About.ABSENT: "absent",
    About.EXCUSED: "absent",
    About.PROXIES: "proxies",
    About.DELIBERATIONS: "deliberations",
}


def most(
    *,
    session: Session,
    frame: Frame,
    start: date | None,
    end: date | None,
    body_ids: list[int] | None,
    council_id: int | None = None,
    topic: tuple[str, list[int]] | None = None,
) -> Answer:
    """The top (or bottom) of the store for a superlative: deliberations by a vote figure,
    sittings by who came, members by the proxies they carried or gave; ties all named.
    `topic`: the topic as typed and the acts about it, the only ones a vote figure ranks
    (« la plus contestée sur l'eau »)."""
    about = frame.about or About.AGAINST
    scope: dict[str, Any] = {"start": start, "end": end, "council_id": council_id}
    data: dict[str, Any] = {
        "about": about.value,
        "least": frame.least,
        "said": frame.when.said,
        # « mars 2022 » typed: « en mars 2022 » said back (« depuis 2020 » is said as typed)
        "period": Period(start, end, named=True) if start and end else None,
    }
    if about in (About.AGAINST, About.ABSTENTIONS, About.FOR, About.MARGIN, About.DISSENT):
        # the closest vote is the one whose margin is the smallest
        fewest = frame.least != (about is About.MARGIN)
        top = lookups.deliberations_by_vote(
            session=session,
            figure=about.value,
            fewest=fewest,
            body_ids=body_ids,
            among=topic[1] if topic else None,
            ranked=frame.top,
            **scope,
        )
        views = queries.deliberation_views(session=session, ids=top.ids)
        return Answer(
            "answer_most",
            {
                **data,
                "kind": "deliberation",
                "top": top,
                "views": views,
                "topic": topic[0] if topic else None,
                "ranked": frame.top,
            },
        )
    if about in _SITTING_FIGURES:
        top = lookups.sittings_by_attendance(
            session=session,
            figure=_SITTING_FIGURES[about],
            fewest=frame.least,
            body_ids=body_ids,
            **scope,
        )
        sittings = [queries.sitting_view(session=session, sitting_id=i) for i in top.ids]
        return Answer("answer_most", {**data, "kind": "sitting", "top": top, "sittings": sittings})
    top = lookups.members_by_proxies(
        session=session, held=about is not About.GIVEN, fewest=frame.least, **scope
    )
    names = [m.display_name for i in top.ids if (m := session.get(Member, i)) is not None]
    return Answer("answer_most", {**data, "kind": "member", "top": top, "names": names})


# Refusals of a proxy that hold whoever gives it: said once, however many givers were asked
_HOLDER_SIDE = frozenset(
    (
        rules.ProxyRefusal.REGISTRATION_CLOSED,
        rules.ProxyRefusal.HOLDER_NOT_IN_BODY,
        rules.ProxyRefusal.HOLDER_GAVE_OWN,
        rules.ProxyRefusal.HOLDER_ABSENT,
    )
)


def _proxies_possible(
    session: Session,
    sitting_id: int,
    declared: ComingDeclarations,
    giver_ids: list[int],
    holder_id: int,
    clock: tuple[datetime, ZoneInfo],
) -> list[dict[str, Any]]:
    """« Berger peut-elle donner son pouvoir à Rivat ? », « je peux porter le pouvoir de Thizy
    et de Rivat ? »: each proxy asked about, checked as registering it now would be (the same
    refusal, bot/services/proxies.py); the proxies the question asked before it for the same
    holder count as held (« Non » to the second: one each). `declared`: the
    sitting's declarations, as `coming` read them."""
    from bot.services import proxies as proxy_rules

    sitting = session.get(Sitting, sitting_id)
    holder = session.get(Member, holder_id)
    if sitting is None or holder is None:
        return []
    held = [p for p in declared.proxies if p.holder_id == holder_id]
    on = sitting.held_on
    verdicts: list[dict[str, Any]] = []
    allowed: list[str] = []  # the givers of this question the holder could take, in turn
    for giver_id in giver_ids:
        giver = session.get(Member, giver_id)
        if giver is None:
            continue
        gave = [p for p in declared.proxies if p.giver_id == giver_id]
        done = bool(gave) and gave[0].holder_id == holder_id
        code = None if done else proxy_rules.refusal(session, sitting, giver_id, holder_id, *clock)
        if code is None and not done and rules.holds_enough(len(held) + len(allowed), on):
            code = rules.ProxyRefusal.HOLDER_ALREADY_HOLDS  # « … de Thizy et de Rivat ? »
        if code in _HOLDER_SIDE and verdicts and verdicts[-1]["code"] == code:
            continue  # the holder's own reason, said once for every giver asked about
        verdicts.append(
            {"giver": giver.display_name, "holder": holder.display_name, "done": done,
             "code": code.value if code else None, "yes": done or code is None,
             "gave": gave, "held": held, "with_these": list(allowed),
             "max_held": rules.max_proxies_per_holder(on),
             "max_consecutive": rules.MAX_CONSECUTIVE_PROXY_SITTINGS,
             "eg": _e(giver), "eh": _e(holder)}
        )  # fmt: skip
        if code is None and not done:
            allowed.append(giver.display_name)
    return verdicts


def _e(member: Member) -> str:
    """The ending of an agreement (« présente », « représenté(e) » when the civility is
    unknown), as the `agreement` filter prints it."""
    return agreement(feminine(member.civility))


def coming(
    *,
    session: Session,
    frame: Frame,
    sitting_id: int,
    view: queries.SittingView,
    member_ids: list[int],
    partner_ids: list[int] | None = None,
    clock: tuple[datetime, ZoneInfo] | None = None,
    asker_id: int | None = None,
    typed: str = "",
) -> Answer:
    """A sitting not held yet (« qui sera là le 18 ? », « combien de pouvoirs pour jeudi ? »,
    « qui m'a donné pouvoir pour le 18 ? »): what is declared so far, never a roll call nor a
    count of votes that does not exist yet. Asked as yes or no of a member (« Bouchet a donné
    pouvoir pour le 10 ? », « mon pouvoir est bien enregistré ? », « Laget peut encore
    recevoir un pouvoir ? », « Thizy peut me donner son pouvoir ? »): « Oui » / « Non » first,
    from the proxies registered so far (and, for one more proxy, the law's refusal:
    storage/rules.py, at the `clock`'s time)."""
    from bot.services.proxies import coming_declarations

    declared = coming_declarations(session=session, sitting_id=sitting_id)
    asker = session.get(Member, asker_id) if asker_id is not None else None
    # « je serai absente jeudi. qui d'autre sera absent ? », « qui sera là avec moi ? »: the
    # others declared, never the asker among them
    # (`typed`: the message as typed, « avec moi » being left out of the frame's reading)
    others = OTHERS_THAN_ME.search(fold(f"{frame.text} {typed}"))
    me = asker.display_name if asker and others else None
    named = set(member_ids)
    proxies = [p for p in declared.proxies if not named or {p.giver_id, p.holder_id} & named]
    if me is not None:  # « qui d'autre a donné pouvoir ? »: the others' proxies
        proxies = [p for p in proxies if p.giver_id != asker_id]
    verdicts: list[dict[str, Any]] = []
    side = frame.about.value if frame.about else None
    if side in ("can_give", "can_give_to_me") and partner_ids and clock is not None:
        verdicts = _proxies_possible(
            session, sitting_id, declared, member_ids, partner_ids[0], clock
        )
    if (
        frame.asked.value == "proxy"
        and member_ids
        and not verdicts
        and (frame.polar or side in ("given", "held"))
    ):
        # « Bouchet a donné pouvoir pour le 10 ? », and « j'ai donné pouvoir à qui ? »: the
        # member's proxy in a sentence (« Oui » / « Non » first when asked so)
        partners = set(partner_ids or ())
        absent = set(declared.absent)
        for member_id in member_ids:
            member = session.get(Member, member_id)
            if member is None:
                continue
            gave = [p for p in declared.proxies if p.giver_id == member_id]
            held = [p for p in declared.proxies if p.holder_id == member_id]
            if side == "can_hold":
                refusal = rules.proxy_refusal(
                    same_person=False,
                    giver_in_body=True,
                    holder_in_body=True,
                    registration_open=True,
                    giver_already_gave=False,
                    holder_proxies_held=len(held),
                    holder_gave_own=bool(gave),
                    giver_holds=False,
                    holder_declared_absent=member.display_name in absent,
                    consecutive_sittings_represented=0,
                    on=view.held_on,
                )
                verdicts.append(
                    {"name": member.display_name, "gave": gave, "held": held, "e": _e(member),
                     "refusal": refusal.value if refusal else None, "yes": refusal is None}
                )  # fmt: skip
                continue
            if side == "given":
                lines = gave
            elif side == "held":
                lines = held
            else:
                lines = gave + held
            joined = [p for p in lines if not partners or {p.giver_id, p.holder_id} & partners]
            verdicts.append(
                {"name": member.display_name, "gave": gave, "held": held, "yes": bool(joined),
                 "partners": [m.display_name for i in partners if (m := session.get(Member, i))]}
            )  # fmt: skip
    if frame.asked.value in ("presence", "absence") and member_ids and not verdicts:
        # « Berger sera là le 18 ? », « est-ce que Laget viendra ? »: each member named, from
        # what they declared (present, absent, a proxy given), or that they declared nothing
        side = frame.asked.value
        for member_id in member_ids:
            member = session.get(Member, member_id)
            if member is None:
                continue
            gave = [p for p in declared.proxies if p.giver_id == member_id]
            held = [p for p in declared.proxies if p.holder_id == member_id]
            said = (
                "present"
                if member.display_name in declared.present
                else "absent"
                if member.display_name in declared.absent or gave
                else None
            )
            verdicts.append(
                {"name": member.display_name, "gave": gave, "held": held, "said": said,
                 "e": _e(member), "me": member_id == asker_id and frame.first_person,
                 # (not asked as yes or no: what was declared, without « Oui » / « Non »)
                 "yes": said == ("present" if side == "presence" else "absent")
                 if frame.polar else None}
            )  # fmt: skip
    kind = {"presence": "present", "absence": "absent"}.get(frame.asked.value, "proxies")
    if frame.asked.value == "count" and frame.about is not None:
        kind = {"present": "present", "absent": "absent", "excused": "absent"}.get(
            frame.about.value, "proxies"
        )
    return Answer(
        "answer_coming",
        {
            "s": view,
            "kind": kind,
            "present": [name for name in declared.present if name != me],
            "absent": [name for name in declared.absent if name != me],
            "proxies": proxies,
            "named": [session.get(Member, m) for m in member_ids],
            "verdicts": verdicts,
            "polar": frame.polar,
            "side": side,
            # « je suis noté comment ? », « j'ai répondu ? »: what was declared, whichever way
            "either": frame.about is About.EITHER,
            "max_held": rules.max_proxies_per_holder(view.held_on),
        },
    )


def convocation_due(
    *,
    session: Session,
    sitting_id: int,
    today: date,
    polar: bool = False,
    urgent_asked: bool = False,
    secretariat: bool = False,
) -> Answer:
    """The convocation of a sitting to come: sent (and when), or the last day it may leave;
    `secretariat`: said to whoever sends it (never « signalez-le au secrétariat »)."""
    from storage import rules

    view = queries.sitting_view(session=session, sitting_id=sitting_id)
    coming = view.held_on >= today
    # To whoever sent it: « partie » says nothing of who got it (a council none of whose members
    # linked Telegram got it by no one)
    delivered = (
        convocations.report(session=session, sitting_id=sitting_id)
        if secretariat and coming and view.convened_on
        else None
    )
    return Answer(
        "answer_convocation",
        {
            "s": view,
            "coming": coming,
            "delivered": delivered,
            "last_day": rules.last_day_to_send(view.held_on, view.notice_required),
            "late": rules.last_day_to_send(view.held_on, view.notice_required) < today,
            "polar": polar,
            "urgent_asked": urgent_asked,
            "secretariat": secretariat,
        },
    )


def rule(
    *,
    topic: str,
    today: date,
    view: queries.SittingView | None,
    coming: bool,
    supposed: int | None = None,
    asked: tuple[date, date] | None = None,
    sitting_on: date | None = None,
    sent_on: date | None = None,
    oral: bool = False,
    polar: bool = False,
    counting: bool = False,
    votes: tuple[int, int, int] | None = None,
    unanimity: bool = False,
    body: str | None = None,
    vacant: int | None = None,
    proxies_supposed: int | None = None,
    sittings_supposed: int | None = None,
    quorum_asked: bool = False,
    ill: bool = False,
    late: bool = False,
    term: str | None = None,
    unanimity_kept: bool | None = None,
    twice: bool = False,
    size_supposed: bool = False,
    verdict: bool | None = None,
) -> Answer:
    """A rule of the law explained (templates/rule_<topic>.j2), its figures from rules.py and,
    when the member has one, the coming (else the latest) sitting of their bodies. `asked`: the
    past day or period the question names (« le quorum en 2021 »), judged by the emergency
    rule when it was in force on one of its days; `sitting_on` and `sent_on`: the days a
    question about the notice names (« une séance le 10, convoquée le 6 ? »); `size_supposed`:
    the members in office are the question's own figure (« quorum pour 123 membres ? »), so the
    answer names no body, whose size it is not."""
    from storage import rules

    on = view.held_on if view is not None and coming else today
    asked_on = None
    if asked is not None and asked[0] < today:
        first, last = asked[0], min(asked[1], today)
        # The emergency rule, when it was in force on any day of the period named.
        start, end = rules.EMERGENCY_RULES
        overlap = max(first, start)
        asked_on = overlap if overlap <= min(last, end) else first
        on = asked_on
    notice_days = view.notice_required if view is not None else rules.DEFAULT_NOTICE_DAYS
    return Answer(
        f"rule_{topic}",
        {
            "s": view,
            "coming": coming,
            "verdict": verdict,
            "supposed": supposed,
            "required": (
                rules.quorum_required(view.in_office, on) if view and view.in_office else None
            ),
            "emergency": rules.emergency_rules_apply(on),
            "emergency_from": rules.EMERGENCY_RULES[0],
            "emergency_to": rules.EMERGENCY_RULES[1],
            "asked_on": asked_on,
            "notice_days": rules.DEFAULT_NOTICE_DAYS,
            "urgent_days": rules.URGENT_NOTICE_DAYS,
            "second_notice_days": rules.SECOND_CONVOCATION_NOTICE_DAYS,
            "max_held": rules.max_proxies_per_holder(on),
            "max_consecutive": rules.MAX_CONSECUTIVE_PROXY_SITTINGS,
            "last_day": (
                rules.last_day_to_send(view.held_on, view.notice_required) if view else None
            ),
            "oral": oral,
            "polar": polar,
            "counting": counting,
            "sitting_on": sitting_on,
            "sent_on": sent_on,
            "sitting_last_day": (
                rules.last_day_to_send(sitting_on, notice_days) if sitting_on else None
            ),
            "sent_days": (
                rules.jours_francs(sent_on, sitting_on) if sent_on and sitting_on else None
            ),
            "sent_in_time": (
                rules.notice_is_sufficient(sent_on, sitting_on, notice_days)
                if sent_on and sitting_on
                else None
            ),
            # « si 10 pour 9 contre 20 abstentions ? »: the outcome by rules.vote_outcome
            "votes": votes,
            # « …, c'est l'unanimité ? »: abstentions break it, not the adoption
            "unanimity": unanimity,
            "body_asked": body,  # « un suppléant peut voter au conseil ? »
            "vacant": vacant,  # « avec 3 sièges vacants »: seats left out of those in office
            "proxies_supposed": proxies_supposed,
            "sittings_supposed": sittings_supposed,  # « pour 4 bureaux d'affilée ? »
            "quorum_asked": quorum_asked,  # « les suppléants comptent dans le quorum ? »
            "ill": ill,  # « malade pendant 4 séances »: the law's exception
            "late": late,  # « je dois prévenir si je suis en retard ? »: lateness, not absence
            "term": term,  # « c'est quoi un mandataire ? »: the word defined
            # « c'est encore l'unanimité ? » (« Non »), « ça empêche l'unanimité ? » (« Oui »)
            "unanimity_kept": unanimity_kept,
            "twice": twice,  # « le président peut-il voter deux fois ? »: with a proxy
            "size_supposed": size_supposed,
            "votes_supposed": (
                rules.votes_available(supposed, proxies_supposed or 0)
                if supposed is not None
                else None
            ),
            "publication_days": rules.PUBLICATION_DAYS,
            "vote_outcome": rules.vote_outcome(votes[0], votes[1]) if votes else None,
            "sent_urgent_ok": (
                rules.notice_is_sufficient(sent_on, sitting_on, rules.URGENT_NOTICE_DAYS)
                if sent_on and sitting_on
                else None
            ),
        },
    )
