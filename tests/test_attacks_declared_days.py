"""A member declaring their presence or absence for a day with no sitting, through the real
Application (the tests' clock: Wednesday 10 July 2024; the Bureau sits Thursday 18 July): the
day said is the day meant. « je serai absent demain » (Thursday 11) and « le 11 juillet » were
recorded for Thursday 18, the rule for a weekday said alone (« jeudi ») taken for any day."""

from __future__ import annotations

import pytest
from sqlmodel import select

from storage import db
from storage.models import Attendance
from tests.helpers import text
from tests.test_convocations import coming_sitting, no_per_chat_gap
from tests.test_sitting_orders import Desk, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared


def _declared(desk: Desk) -> int:
    with db.session(desk.engine) as session:
        rows = session.exec(select(Attendance).where(Attendance.sitting_id == desk.sitting_id))
        return len(rows.all())


@pytest.mark.parametrize(
    "said",
    [
        "je serai absent demain",
        "je ne pourrai pas venir demain",
        "je serai là demain",
        "je serai absent le 11 juillet",
        "je serai présente le 11",
        "/absent demain",
        "/present 11 juillet",
    ],
)
async def test_a_day_without_a_sitting_is_said_and_nothing_recorded(desk: Desk, said: str) -> None:
    await desk.convened()
    replies = await desk.chat("LAGET").send(said)
    assert "Vous n'avez pas de séance le jeudi 11 juillet 2024" in text(replies)
    assert _declared(desk) == 0


async def test_a_weekday_said_alone_is_still_the_coming_one(desk: Desk) -> None:
    await desk.convened()
    said = text(await desk.chat("LAGET").send("je serai absent jeudi"))
    assert "vous serez absent à la séance du Bureau Métropolitain du jeudi 18 juillet" in said
    assert _declared(desk) == 1
    said = text(await desk.chat("FAYOLLE").send("je serai présente le 18"))
    assert "vous serez présente à la séance du Bureau Métropolitain du jeudi 18 juillet" in said
