"""« combien de fois le quorum a été atteint ? » is answered from one query over the sittings
(`queries.sitting_quorums`): each sitting's quorum as its whole view says it, on SQLite and
PostgreSQL, for a roll call published or not, a second convocation, members in office
unknown, a suppléant who sat."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage import db, lookups, queries
from storage.models import Attendance, AttendanceStatus, Sitting


def _as_views_say(session: Session) -> None:
    quorums = queries.sitting_quorums(session=session, start=date.min, end=date.max)
    listed = lookups.sittings_matching(session=session, start=date.min, end=date.max)
    # the order the answer lists them in: by day, then by body
    assert [q.id for q in quorums] == [s.id for s in sorted(listed, key=lambda s: s.held_on)]
    for quorum in quorums:
        view = queries.sitting_view(session=session, sitting_id=quorum.id)
        assert (
            quorum.body,
            quorum.held_on,
            quorum.roll_call,
            quorum.second_convocation,
            quorum.present_count,
            quorum.quorum_required,
            quorum.quorum_met,
        ) == (
            view.body,
            view.held_on,
            view.roll_call,
            view.second_convocation,
            view.present_count,
            view.quorum_required,
            view.quorum_met,
        )


def test_each_sitting_s_quorum_is_what_its_view_says(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        quorums = queries.sitting_quorums(session=session, start=date.min, end=date.max)
        assert {q.roll_call for q in quorums} == {True, False}  # the sample holds both
        assert any(q.quorum_met for q in quorums)
        _as_views_say(session)
        called = next(q for q in quorums if q.roll_call)
        sitting = session.get(Sitting, called.id)
        assert sitting is not None
        attendance = session.exec(
            select(Attendance).where(
                Attendance.sitting_id == called.id,
                Attendance.status == AttendanceStatus.present,
            )
        ).first()
        assert attendance is not None
        attendance.status = AttendanceStatus.replaced  # a suppléant sat: present all the same
        session.add(attendance)
        session.commit()
        _as_views_say(session)
        sitting.second_convocation = True  # no quorum condition: neither met nor missed
        session.add(sitting)
        session.commit()
        _as_views_say(session)
        day = sitting.held_on
        (held,) = queries.sitting_quorums(session=session, start=day, end=day)
        assert held.quorum_met is None
        sitting.second_convocation = False
        sitting.in_office = None  # members in office not published: no figure required
        session.add(sitting)
        session.commit()
        _as_views_say(session)


def test_a_period_and_a_body_narrow_the_sittings(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        every = queries.sitting_quorums(session=session, start=date.min, end=date.max)
        day = every[-1].held_on
        that_day = queries.sitting_quorums(session=session, start=day, end=day)
        assert that_day
        assert all(q.held_on == day for q in that_day)
        sitting = session.get(Sitting, every[0].id)
        assert sitting is not None
        of_body = queries.sitting_quorums(
            session=session, start=date.min, end=date.max, body_ids=[sitting.body_id]
        )
        assert of_body
        assert {q.body for q in of_body} == {every[0].body}
        assert not queries.sitting_quorums(
            session=session, start=date.min, end=date.max, council_id=-1
        )
