"""A roll call dictated without « : » (« présents Perache Degraix Laget excusés Bony »),
through the real Application: each section's names read among the body's members (one word
or several a name, « et » between two), the excused recorded as excused, what is not a name
said; a question that looks like one is still answered as a question."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.services import roll_calls
from storage import db
from storage.models import Attendance, AttendanceStatus, Member
from tests.helpers import text
from tests.test_convocations import coming_sitting, no_per_chat_gap  # noqa: F401
from tests.test_roll_call import _held
from tests.test_sitting_orders import Desk
from tests.test_sitting_orders import desk as desk


def _status_of(desk: Desk, held: int, last_name: str) -> AttendanceStatus:
    with db.session(desk.engine) as session:
        return session.exec(
            select(Attendance.status)
            .join(Member, Member.id == Attendance.member_id)  # type: ignore[arg-type]
            .where(Attendance.sitting_id == held, Member.last_name == last_name)
        ).one()


async def test_a_dictated_roll_call_with_the_excused_is_read_and_recorded(desk: Desk) -> None:
    held = _held(desk)
    offer = await desk.dallara.send(
        "appel du bureau du 9 juillet présents Jean-Luc Degraix Perache et Laget excusés Bony"
    )
    said = text(offer)
    assert "Présents (3) : M. Jean-Luc DEGRAIX" in said
    assert "Excusés (1) : M. Vincent BONY" in said
    done = text(await desk.dallara.press("Enregistrer les présences", offer))
    assert "3 présents, 0 représenté, 1 excusé, 63 absents" in done
    assert _status_of(desk, held, "BONY") == AttendanceStatus.excused
    assert _status_of(desk, held, "LAGET") == AttendanceStatus.present


async def test_a_word_of_a_dictated_roll_call_that_names_nobody_is_said(desk: Desk) -> None:
    _held(desk)
    said = text(await desk.dallara.send("présents au bureau du 9 juillet Perache Zorglub Laget"))
    assert "Je n'ai pas reconnu parmi les membres du Bureau Métropolitain : zorglub" in said


@pytest.mark.parametrize(
    "asked",
    ["les présents au bureau du 9 juillet", "qui étaient présents au bureau du 9 juillet"],
)
async def test_the_presents_asked_are_no_roll_call(desk: Desk, asked: str) -> None:
    _held(desk)
    assert "Enregistrer les présences" not in text(await desk.dallara.send(asked))


@pytest.mark.parametrize(
    ("said", "present", "excused"),
    [
        (
            "présents Berger Rivat Barriol excusés Michaud",
            ["berger", "rivat", "barriol"],
            ["michaud"],
        ),
        (
            "pour le bureau du 2 étaient présents M. Rivat, Mme Berger.",
            ["m", "rivat", "mme", "berger"],
            [],
        ),
        (
            "présents au bureau du 3 décembre 2026 Rivat absents excusés Berger",
            ["rivat"],
            ["berger"],
        ),
    ],
)
def test_the_sections_of_a_dictated_roll_call(
    said: str, present: list[str], excused: list[str]
) -> None:
    read = roll_calls.read_dictated(said)
    assert read is not None
    assert (read.present, read.excused) == (present, excused)
