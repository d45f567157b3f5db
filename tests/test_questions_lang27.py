"""Lane lang27 (issue 12): funded actions, sittings and convocations asked as members type them.

tests/fixtures/questions/families_lang27.tsv holds the phrasings of the families a blind probe
found answered wrong, and what each answer must (or, « !… », must not) say, decided before
running; one test per block, each block one conversation, through the real Application on the
sample data. The coming Bureau's phrasings are in tests/fixtures/questions/coming_lang27.tsv
(tests/test_coming_table.py). Below: a convocation received is not a convocation acknowledged.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from storage import db
from storage.models import Delivery, DeliveryStatus, Sitting
from tests.conftest import CLOCK, member_id
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang27.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.fixture
def received(loaded_engine: Engine, coming_sitting: int) -> int:
    """The Bureau of Thursday 18 July 2024 convened two hours before the clock: DEGRAIX
    received it and has not acknowledged it."""
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, coming_sitting)
        assert sitting is not None
        sitting.convened_on = CLOCK.date()
        sitting.convened_at = CLOCK - timedelta(hours=2)
        session.add(sitting)
        session.add(
            Delivery(
                sitting_id=coming_sitting,
                member_id=member_id(loaded_engine, "DEGRAIX"),
                kind="convocation",
                status=DeliveryStatus.sent,
                sent_at=CLOCK - timedelta(hours=2),
                telegram_message_id=40,
            )
        )
        session.commit()
    return coming_sitting


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("j'ai reçu la convoc pour le 18 ?", ["Oui : la convocation", "vous a été remise"]),
        ("jai bien eu la convocation ?", ["Oui : la convocation", "pas encore accusé", "!Non"]),
        ("est ce que la convocation m'est bien arrivée ?", ["Oui : la convocation", "!Non :"]),
        # whether it was acknowledged, asked: still « Non »
        ("j'ai accusé réception de la convoc ?", ["Non : vous n'avez pas encore accusé"]),
    ],
)
async def test_a_convocation_received_is_yes_before_its_receipt_is_acknowledged(
    degraix: Conversation, received: int, message: str, expected: list[str]
) -> None:
    assert_says(message, await say(degraix, message), expected)


async def test_once_acknowledged_received_says_both(degraix: Conversation, received: int) -> None:
    assert "est enregistré" in await say(degraix, "bien reçu la convocation, merci")
    answer = await say(degraix, "j'ai bien reçu la convocation ?")
    assert "Oui : la convocation" in answer, answer
    assert "vous en avez accusé réception le" in answer, answer
