"""One answerer per kind of question: the store's facts for a frame, and the template that says
them. No Telegram here: each answerer takes a session and ids already resolved, and returns an
`Answer` (a template name and its data), so each is tested on the store alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from bot.services.frames import TOOK_PART, About, Frame
from storage import lookups, queries
from storage.models import Deliberation, Member, Sitting
from storage.names import fold


@dataclass(frozen=True)
class Answer:
    template: str
    data: dict[str, Any] = field(default_factory=dict)


def presence(
    *,
    session: Session,
    frame: Frame,
    sitting_id: int,
    view: queries.SittingView | None = None,
    member_ids: list[int],
) -> Answer:
    """« Berger était présente ? »: Oui / Non first, then why, one line per member."""
    view = view or queries.sitting_view(session=session, sitting_id=sitting_id)
    roll_call = view.roll_call
    people = [
        lookups.member_at_sitting(session=session, sitting_id=sitting_id, member_id=m)
        for m in member_ids
    ]
    return Answer(
        "answer_presence",
        {
            "s": view,
            "people": people,
            "roll_call": roll_call,
            "asked": frame.asked.value,
            "side": frame.about.value if frame.about else None,
            "negative": frame.negative,
            "voting": bool(TOOK_PART.search(fold(frame.text))) or "vot" in " ".join(frame.words),
        },
    )


def count(
    *, session: Session, frame: Frame, sitting_id: int, view: queries.SittingView | None = None
) -> Answer:
    """« combien d'excusés ? »: the number in a sentence, not the whole card."""
    view = view or queries.sitting_view(session=session, sitting_id=sitting_id)
    roll_call = view.roll_call
    about = frame.about or About.PRESENT
    printed_votes = None
    if about is About.VOTES and not roll_call:  # open data may print the votes without names
        sitting = session.get(Sitting, sitting_id)
        printed_votes = sitting.votes_count if sitting else None
    return Answer(
        "answer_count",
        {"s": view, "about": about.value, "roll_call": roll_call, "printed_votes": printed_votes},
    )


def officer(
    *,
    session: Session,
    frame: Frame,
    sitting_id: int,
    view: queries.SittingView | None = None,
    member_ids: list[int] | None = None,
) -> Answer:
    """« qui présidait ? »; with names, « Dallara était secrétaire ? » gets Oui / Non first."""
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
        {"s": view, "about": about.value, "people": people, "holder_id": holder_id},
    )


def convocation(
    *, session: Session, sitting_id: int, view: queries.SittingView | None = None
) -> Answer:
    return Answer(
        "answer_convocation", {"s": queries.sitting_view(session=session, sitting_id=sitting_id)}
    )


def quorum(
    *, session: Session, sitting_id: int, view: queries.SittingView | None = None
) -> Answer:
    """A past sitting's quorum as a fact; published without a roll call, not known."""
    view = view or queries.sitting_view(session=session, sitting_id=sitting_id)
    roll_call = view.roll_call
    return Answer("answer_quorum", {"s": view, "roll_call": roll_call})


def votes(*, session: Session, frame: Frame, deliberation_ids: list[int], loose: bool) -> Answer:
    """The vote figures of the deliberations found, best first."""
    views = queries.deliberation_views(session=session, ids=deliberation_ids)
    return Answer(
        "answer_vote",
        {"views": views, "about": (frame.about or About.FOR).value, "loose": loose},
    )


def record(*, session: Session, member_id: int) -> Answer:
    return Answer(
        "answer_record", {"r": lookups.member_record(session=session, member_id=member_id)}
    )


def deliberation_count(
    *,
    session: Session,
    start: date,
    end: date,
    said: str,
    body_ids: list[int] | None,
    council_id: int | None = None,
) -> Answer:
    tally = lookups.deliberations_between(
        session=session, start=start, end=end, body_ids=body_ids, council_id=council_id
    )
    return Answer(
        "answer_deliberation_count", {"t": tally, "start": start, "end": end, "said": said}
    )


def search(
    *,
    session: Session,
    words: str,
    deliberation_ids: list[int],
    loose_from: int,
    action_ids: list[int],
) -> Answer:
    """Topic results: deliberations with their outcome and votes, then funded actions; the
    first `loose_from` deliberations hold every word, the rest only some."""
    views = queries.deliberation_views(session=session, ids=deliberation_ids)
    actions = queries.funded_action_views(session=session, ids=action_ids) if action_ids else []
    return Answer(
        "answer_search",
        {
            "views": views[:loose_from],
            "loose": views[loose_from:],
            "actions": actions,
            "words": words,
        },
    )


def held_between(*, session: Session, ids: list[int], start: date, end: date) -> set[int]:
    """Which of these deliberations were voted at a sitting held in the period."""
    if not ids:
        return set()
    rows = session.exec(
        select(Deliberation.id)
        .join(Sitting, col(Sitting.id) == col(Deliberation.sitting_id))
        .where(col(Deliberation.id).in_(ids), col(Sitting.held_on).between(start, end))
    )
    return {i for i in rows if i is not None}


def numbers_ending(*, session: Session, sequence: str, council_id: int | None) -> list[str]:
    """The deliberation numbers of any year with this sequence (« 00059 »), most recent first."""
    query = select(Deliberation.number).where(col(Deliberation.number).endswith("." + sequence))
    if council_id is not None:
        query = query.where(
            col(Deliberation.sitting_id).in_(queries.council_sitting_ids(council_id))
        )
    return sorted(set(session.exec(query)), reverse=True)


def deliberation_sitting(*, session: Session, deliberation_id: int) -> int | None:
    found = session.get(Deliberation, deliberation_id)
    return found.sitting_id if found else None


def members(
    *,
    session: Session,
    body_ids: list[int] | None,
    council_id: int | None = None,
    member_ids: list[int] | None = None,
) -> Answer:
    """« Qui sont les membres du bureau ? » (the list), « Berger est membre du bureau ? » (Oui
    / Non per body)."""
    bodies = lookups.body_members(session=session, body_ids=body_ids, council_id=council_id)
    people = [
        {"member_id": m, "name": member.display_name}
        for m in member_ids or []
        if (member := session.get(Member, m)) is not None
    ]
    return Answer(
        "answer_members",
        {
            "bodies": [
                {
                    "name": b.name,
                    "members": [{"member_id": i, "name": n} for i, n in b.members],
                    "member_ids": [i for i, _ in b.members],
                    "in_office": b.in_office,
                }
                for b in bodies
            ],
            "people": people,
        },
    )
