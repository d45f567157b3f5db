"""Presence asked of one deliberation follows that item's own attendance (a member who left
before it was not there for it, whatever the roll call), through the real Application."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.transport import Conversation
from storage import db
from storage.models import Deliberation, ItemAttendance, ItemChange
from tests.conftest import member_id
from tests.helpers import assert_says, say


@pytest.fixture
def movements(loaded_engine: Engine) -> None:
    """At the Bureau of 4 July 2024 (all four at its roll call), for 2024.00417: BERGER had
    stepped out, BONY had left giving his proxy to RIVAT, DALLARA did not take part."""
    with db.session(loaded_engine) as session:
        act = session.exec(select(Deliberation).where(Deliberation.number == "2024.00417")).one()
        for name, kind, holder in (
            ("BERGER", ItemChange.away, None),
            ("BONY", ItemChange.represented, "RIVAT"),
            ("DALLARA", ItemChange.not_voting, None),
        ):
            session.add(
                ItemAttendance(
                    deliberation_id=act.id or 0,
                    member_id=member_id(loaded_engine, name),
                    kind=kind,
                    holder_id=member_id(loaded_engine, holder) if holder else None,
                )
            )
        session.commit()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Berger était présente pour la délibération 2024.00417 ?",
            ["Non : Mme Françoise BERGER n'était pas là pour la délibération n° 2024.00417"],
        ),
        (
            "berger etait la au moment du vote de la 2024-417 ?",
            ["Non : Mme Françoise BERGER", "!Oui"],
        ),
        (
            "est ce que Berger était absente pour la 2024.00417 ?",
            ["Oui : Mme Françoise BERGER n'était pas là pour la délibération n° 2024.00417"],
        ),
        (
            "Bony était là lors du vote de la délib 2024.00417 svp ?",
            ["Non : M. Vincent BONY avait quitté la séance", "pouvoir à M. Jean-Paul RIVAT"],
        ),
        (
            "Dallara a pris part au vote de la 2024.00417 ?",
            ["Non : M. Charles DALLARA était présent mais n'a pas pris part au vote"],
        ),
        (
            "Dallara était présent pour la 2024.00417 ?",
            ["Oui : M. Charles DALLARA était présent mais n'a pas pris part au vote"],
        ),
        # The act named by its topic: its own attendance, the answer « Oui »/« Non » first
        (
            "Dallara a pris part au vote sur le contrat local des solidarités ?",
            ["Non : M. Charles DALLARA était présent mais n'a pas pris part au vote", "00417"],
        ),
        (
            "est-ce que Berger a participé au vote du contrat local des solidarités",
            ["Non : Mme Françoise BERGER n'était pas là pour le vote", "!Oui"],
        ),
        (
            "Bony a pris part au vote sur le contrat local des solidarités ?",
            ["Oui : M. Vincent BONY", "pouvoir à M. Jean-Paul RIVAT"],
        ),
        ("j'ai pris part au vote de la 2024.00417 ?", ["Oui : vous avez voté pour"]),
        # No change printed for that item: the roll call stands.
        ("Rivat était là pour la 2024.00417 ?", ["Oui : M. Jean-Paul RIVAT était présent"]),
        # Asked of the sitting, not of the item: the roll call, as before.
        ("Berger était présente au dernier bureau ?", ["Oui : Mme Françoise BERGER"]),
    ],
)
async def test_presence_at_one_deliberation(
    degraix: Conversation, movements: None, message: str, expected: list[str]
) -> None:
    assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Berger a voté quoi sur la 2024.00417 ?",
            ["Mme Françoise BERGER n'était pas là pour le vote de la délibération n° 2024.00417"],
        ),
        (
            "Bony a voté pour la 2024.00417 ?",
            ["M. Vincent BONY, absent, a voté pour par son pouvoir à M. Jean-Paul RIVAT"],
        ),
        (
            "comment a voté Dallara sur la 2024.00417",
            ["M. Charles DALLARA était présent mais n'a pas pris part au vote"],
        ),
        # the act named by its topic, as a direct object (« a voté le CLS »)
        (
            "Dallara a voté le contrat local des solidarités ?",
            ["Non : M. Charles DALLARA était présent mais n'a pas pris part au vote", "00417"],
        ),
        ("Rivat a voté le CLS ?", ["Oui : M. Jean-Paul RIVAT a voté pour", "!était présent."]),
    ],
)
async def test_a_members_vote_follows_the_item(
    degraix: Conversation, movements: None, message: str, expected: list[str]
) -> None:
    assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    "message",
    [
        "qui n'a pas pris part au vote sur la 2024.00417 ?",
        "quels élus n'ont pas voté la délibération 2024.00417",
        "y a-t-il des élus qui n'ont pas participé au vote de la 2024-417 ?",
    ],
)
async def test_those_an_item_s_vote_left_out(
    degraix: Conversation, movements: None, message: str
) -> None:
    """The item's own non-voters (not taking part, left before it), then the absent without a
    proxy; never the roll call's absent alone."""
    assert_says(
        message,
        await say(degraix, message),
        [
            "Délibération n° 2024.00417",
            "1 membre présent n'a pas pris part au vote : M. Charles DALLARA",
            "Absent au moment du vote : Mme Françoise BERGER",
            "21 absents sans pouvoir",
        ],
    )
