"""A member typing another member's proxy (« Berger confie son pouvoir à Degraix », « Thizy me
prie de vous dire qu'elle donne pouvoir à Laget »): only its giver gives it, so the member is
told so and nothing is written; never read as a question about that member's proxies, nor as
the asker's own proxy. Asked as a question, it stays one."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from tests.helpers import active_proxies, text
from tests.test_attacks_updates import artigues  # noqa: F401 (fixture)

GIVER_ONLY = "l'enregistrer depuis son propre compte"


@pytest.mark.parametrize(
    ("said", "giver"),
    [
        ("M. Bony donne sa procuration à Mme Berger", "BONY"),
        ("Berger confiera son pouvoir à Degraix pour le bureau", "BERGER"),
        ("Thizy me prie de vous dire qu'elle donne pouvoir à Laget", "THIZY"),
        ("la procuration de Degraix à Berger", "DEGRAIX"),
        ("Laget souhaite donner son pouvoir à Berger stp", "LAGET"),
        ("Berger et Thizy donnent leurs pouvoirs à Laget", "BERGER"),
        ("bonsoir, Degraix sera absent, il laisse son pvr a Berger", "DEGRAIX"),
    ],
)
async def test_another_member_s_proxy_typed_by_the_asker_is_told_to_be_the_giver_s(
    artigues: Conversation,  # noqa: F811
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
    giver: str,
) -> None:
    """These were read as a question about the named member's proxies (« Non : aucun pouvoir
    de … »), or offered the asker's own proxy to the holder named."""
    answer = text(await artigues.send(said))
    assert GIVER_ONLY in answer
    assert giver in answer.split(GIVER_ONLY)[0]
    assert "Confirmez-vous" not in answer
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_proxy_said_of_no_member_named_is_still_not_the_asker_s(
    artigues: Conversation,  # noqa: F811
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    answer = text(await artigues.send("elle donne procuration à Berger pour le 18"))
    assert "ce membre doit l'enregistrer depuis son propre compte" in answer
    assert active_proxies(loaded_engine, coming_sitting) == []


@pytest.mark.parametrize(
    "said",
    [
        "Berger donne pouvoir à Degraix ?",
        "est ce que Degraix donne sa procuration à Berger pour le bureau",
        "Berger a donné pouvoir à Degraix le 4 juillet",
        "pouvez-vous me dire si Laget donne sa procu a Berger",
    ],
)
async def test_another_member_s_proxy_asked_about_stays_a_question(
    artigues: Conversation,  # noqa: F811
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
) -> None:
    answer = text(await artigues.send(said))
    assert GIVER_ONLY not in answer
    assert "Confirmez-vous" not in answer
    assert "pouvoir" in answer
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_the_asker_naming_herself_gives_her_own_proxy(
    artigues: Conversation,  # noqa: F811
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    answer = text(await artigues.send("Artigues donne pouvoir à Degraix"))
    assert GIVER_ONLY not in answer
    assert "Confirmez-vous" in answer
