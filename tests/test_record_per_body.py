"""A member's record is told body by body when the member sits in several (a rate over the
Bureau and the Conseil together says neither), and of one body when the question names it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.transport import Conversation
from storage import db
from storage.models import Attendance, AttendanceStatus, Sitting
from tests.conftest import member_id
from tests.helpers import assert_says, say


@pytest.fixture
def at_the_conseil(loaded_engine: Engine) -> None:
    """The Conseil's roll calls of 27 January and 24 March 2022 list DEGRAIX and BERGER:
    DEGRAIX present then excused, BERGER absent both times."""
    with db.session(loaded_engine) as session:
        for held_on, degraix in (
            (date(2022, 1, 27), AttendanceStatus.present),
            (date(2022, 3, 24), AttendanceStatus.excused),
        ):
            sitting = session.exec(select(Sitting).where(Sitting.held_on == held_on)).one()
            for name, status in (("DEGRAIX", degraix), ("BERGER", AttendanceStatus.absent)):
                session.add(
                    Attendance(
                        sitting_id=sitting.id or 0,
                        member_id=member_id(loaded_engine, name),
                        status=status,
                    )
                )
        session.commit()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "mon taux de présence",
            [
                "organe par organe",
                "Bureau Métropolitain : présent à 1 séance sur 1 (100",
                "Conseil Métropolitain : présent à 1 séance sur 2 (50",
                "24 mars 2022, Conseil Métropolitain : absent excusé",
                "!sur 3 connues",
            ],
        ),
        (
            "et l'assiduité de Berger ?",
            [
                "Bureau Métropolitain : présente à 1 séance sur 1",
                "Conseil Métropolitain : présente à 0 séance sur 2",
            ],
        ),
        (
            # asked yes or no: the verdict over the sittings with a roll call, and the
            # absences it rests on, each with its body
            "Berger est souvent absente ?",
            [
                "Oui : 2 absences pour Mme Françoise BERGER, sur 3 séances",
                "24 mars 2022, Conseil Métropolitain : absente",
            ],
        ),
        (
            "taux de presence de Berger au conseil stp",
            [
                "Mme Françoise BERGER au Conseil Métropolitain : présente à 0 séance sur 2",
                "!Bureau",
            ],
        ),
        (
            "l'assiduité de Degraix au bureau",
            ["M. Jean-Luc DEGRAIX au Bureau Métropolitain : présent à 1 séance sur 1", "!Conseil"],
        ),
    ],
)
async def test_a_record_is_told_body_by_body(
    degraix: Conversation, at_the_conseil: None, message: str, expected: list[str]
) -> None:
    assert_says(message, await say(degraix, message), expected)


async def test_one_body_only_is_one_line(degraix: Conversation) -> None:
    answer = await say(degraix, "taux de présence de Berger")
    assert "présente à 1 séance sur 1 connue" in answer
    assert "organe par organe" not in answer
