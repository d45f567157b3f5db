"""Issue 12: acts and their topics asked as members type them.

tests/fixtures/questions/families_lang35.tsv holds the phrasings of each family found answered
wrong (whether something exists asked around a topic, a date inside a topic, when an act
applies asked after it, who was designated to an organisation), and what each answer must
(or, « !… », must not) say, decided before running; one test per block, each block one
conversation, through the real Application on the sample data.
"""

from __future__ import annotations

import pytest

from bot.services.designations import designation_asked
from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang35.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("message", "organisation"),
    [
        # (« SEM » reaches this reader spelled out, « la métropole », for its own members only)
        ("qui siège pour la métropole au SIEL ?", "siel"),
        ("qui représente la Métropole au conseil d'administration de l'EPORA ?", "epora"),
        ("les représentants désignés au syndicat mixte ?", "syndicat mixte"),
        ("qui sont nos délégués titulaires et suppléants au SYDEMER ?", "sydemer"),
    ],
)
def test_the_organisation_of_a_designation_is_read(message: str, organisation: str) -> None:
    asked = designation_asked(message)
    assert asked is not None
    assert asked.organisation == organisation


@pytest.mark.parametrize(
    "message",
    [
        "qui représente Berger ?",
        "qui me représente au conseil ?",
        "la liste des titulaires présents",
        "qui était désigné secrétaire de séance au dernier bureau",
    ],
)
def test_a_proxy_or_a_roll_call_is_no_designation(message: str) -> None:
    assert designation_asked(message) is None
