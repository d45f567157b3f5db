"""Attacks on the roll call typed by the secretariat, through the real Application (the tests'
clock: Wednesday 10 July 2024, 12:00 in Paris): typed before its sitting began, corrected after
it was recorded, with proxies that could not be used."""

from __future__ import annotations

from datetime import date, time

from sqlmodel import select

from storage import db
from storage.models import Sitting
from tests.helpers import add_coming_bureau_sitting, text
from tests.test_convocations import coming_sitting, no_per_chat_gap
from tests.test_sitting_orders import Desk, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared


def _sitting(desk: Desk, held_on: date, start: time | None) -> int:
    with db.session(desk.engine) as session:
        sitting = add_coming_bureau_sitting(session, held_on=held_on, start_time=start)
        session.commit()
        return sitting.id or 0


def _present_count(desk: Desk, sid: int) -> int | None:
    with db.session(desk.engine) as session:
        return session.exec(select(Sitting.present_count).where(Sitting.id == sid)).one()


async def test_a_roll_call_typed_before_its_sitting_began_is_refused(desk: Desk) -> None:
    """At noon, the Bureau of 17:00 the same day: nobody has signed yet. Once its hour has
    come, and on its day when no hour is printed, the roll call is offered."""
    later = _sitting(desk, date(2024, 7, 10), time(17))
    for message in (
        "présents au bureau du 10 juillet : Perache, Laget",
        "reconvoque le bureau du 10 juillet le 20 juillet à 17h",
    ):
        replies = await desk.dallara.send(message)
        assert "n'a pas encore eu lieu" in text(replies), message
        assert not any(r.labels for r in replies), message
    assert "une fois la séance ouverte" in text(
        await desk.dallara.send("présents au bureau du 10 juillet : Perache, Laget")
    )
    assert _present_count(desk, later) is None
    with db.session(desk.engine) as session:
        sitting = session.get(Sitting, later)
        assert sitting is not None
        sitting.start_time = None  # no printed hour: its day is enough
        session.add(sitting)
        session.commit()
    offer = await desk.dallara.send("présents au bureau du 10 juillet : Perache, Laget")
    assert "Présents (2)" in text(offer)
    await desk.dallara.press("Enregistrer les présences", offer)
    assert _present_count(desk, later) == 2
