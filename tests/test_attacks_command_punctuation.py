"""Punctuation typed between a command and its argument (« /membre:Berger », « /pouvoir,
Berger », « /seance; 4 juillet 2024 ») or after a command alone (« /aide? »). Telegram ends
the command at the punctuation: « /pouvoir,Berger » ran /pouvoir without the name, which was
lost, and « /membre:Berger » was an unknown command where the whole word was read as one."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from tests.helpers import text


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("/membre:Berger", "/membre Berger"),
        ("/membre, Berger", "/membre Berger"),
        ("/membre-Berger", "/membre Berger"),
        ("/séance: 4 juillet 2024", "/seance 4 juillet 2024"),
        ("/presents;4/07/2024", "/presents 4/07/2024"),
        ("/aide?", "/aide"),
        ("/seances.", "/seances"),
        ("/membre@council_bot:Berger", "/membre Berger"),
        ("/membre@ Berger", "/membre Berger"),
    ],
)
async def test_punctuation_glued_to_a_command_stands_for_a_space(
    degraix: Conversation, typed: str, plain: str
) -> None:
    expected = text(await degraix.send(plain))
    assert "Je ne connais pas cette commande" not in expected
    assert text(await degraix.send(typed)) == expected


async def test_a_proxy_command_with_its_name_after_a_comma_offers_that_member(
    degraix: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    answer = text(await degraix.send("/pouvoir,Berger"))
    assert "Vous donnez pouvoir à Mme Françoise BERGER" in answer
    assert "Confirmez-vous" in answer
