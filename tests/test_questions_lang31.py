"""Issue 12: acts, votes, proxies, sittings, funded actions and convocations asked as members
type them.

tests/fixtures/questions/families_lang31.tsv holds the phrasings of the families found answered
wrong, and what each answer must (or, « !… », must not) say, decided before running; one test
per block, each block one conversation, through the real Application on the sample data.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from storage import db
from storage.models import Attendance, AttendanceStatus, Delivery, DeliveryStatus
from tests.conftest import CLOCK, member_id
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang31.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.fixture
def answered(loaded_engine: Engine, coming_sitting: int) -> int:
    """The Bureau of Thursday 18 July 2024: BERGER said she will come, RIVAT that he will not
    (as the convocation's buttons record it); the 65 others said nothing yet."""
    with db.session(loaded_engine) as session:
        for name, status in (("BERGER", AttendanceStatus.present), ("RIVAT", "excused")):
            session.add(
                Attendance(
                    sitting_id=coming_sitting,
                    member_id=member_id(loaded_engine, name),
                    status=AttendanceStatus(status),
                    declared_at=CLOCK - timedelta(hours=2),
                )
            )
        session.commit()
    return coming_sitting


@pytest.mark.parametrize(
    "message",
    [
        "qui n'a pas encore répondu à la convocation ?",
        "la liste de ceux qui n'ont pas répondu pour le 18",
        "qui est encore sans réponse pour le prochain bureau ?",
        "qui n'a toujours pas donné de réponse pour jeudi ?",
        "il manque les réponses de qui pour jeudi 18 ?",
    ],
)
async def test_who_has_not_answered_is_named(
    dallara: Conversation, answered: int, message: str
) -> None:
    """« qui n'a pas encore répondu ? »: the members who said nothing, named, not a count."""
    answer = await say(dallara, message)
    assert "Sans réponse : 65 (Mme Ingrid ARNAUD" in answer, (message, answer)
    assert "M. Jean-Luc DEGRAIX" in answer, (message, answer)
    assert "Mme Françoise BERGER, " not in answer.split("Sans réponse")[1], (message, answer)


async def test_how_many_have_not_answered_is_a_count(dallara: Conversation, answered: int) -> None:
    answer = await say(dallara, "combien n'ont pas encore répondu ?")
    assert "Sans réponse : 65\n" in answer
    assert "M. Jean-Luc DEGRAIX" not in answer


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("le prochain bureau se tiendra où ?", "Hôtel de métropole"),
        ("il se tient où le bureau du 18 juillet ?", "Hôtel de métropole"),
        ("le prochain bureau aura lieu à quelle adresse ?", "Hôtel de métropole"),
    ],
)
async def test_where_the_coming_sitting_is_held(
    degraix: Conversation, coming_sitting: int, message: str, expected: str
) -> None:
    answer = await say(degraix, message)
    assert expected in answer, (message, answer)
    assert "ordre du jour" not in answer, (message, answer)


async def test_whether_everyone_got_the_convocation(
    dallara: Conversation, answered: int, loaded_engine: Engine
) -> None:
    """« la convocation a été envoyée à tout le monde ? »: the receipts, not its date alone."""
    with db.session(loaded_engine) as session:
        for name, reached in (("BERGER", True), ("DEGRAIX", True), ("FARA", False)):
            session.add(
                Delivery(
                    sitting_id=answered,
                    member_id=member_id(loaded_engine, name),
                    kind="convocation",
                    status=DeliveryStatus.sent if reached else DeliveryStatus.unreachable,
                    sent_at=CLOCK - timedelta(hours=3) if reached else None,
                    telegram_message_id=41 if reached else None,
                    acknowledged_at=CLOCK - timedelta(hours=2) if name == "BERGER" else None,
                )
            )
        session.commit()
    for message in (
        "la convocation du 18 juillet a été envoyée à tout le monde ?",
        "la convocation a bien été remise à tous les membres ?",
    ):
        answer = await say(dallara, message)
        assert "Non : 1 sur 2" in answer, (message, answer)
        assert "M. David FARA" in answer, (message, answer)
