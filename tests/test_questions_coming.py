"""Questions about a sitting to come: « prochain », « /quorum », acts said in a sentence."""

from __future__ import annotations

import pytest

from bot.transport import Conversation
from tests.helpers import text


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("la prochaine séance", "Bureau Métropolitain du jeudi 18 juillet 2024"),
        ("c'est quand le prochain bureau ?", "jeudi 18 juillet 2024"),
        ("/seance", "jeudi 18 juillet 2024"),
        ("/quorum", "Prévision de quorum"),
        ("on aura le quorum au prochain bureau ?", "Prévision de quorum"),
        ("le 18 juillet", "jeudi 18 juillet 2024"),
        ("jeudi prochain", "Aucune séance le jeudi 11 juillet 2024"),
        ("jeudi 18", "jeudi 18 juillet 2024"),
        ("le dernier bureau", "jeudi 4 juillet 2024"),
        ("le prochain conseil", "Aucune séance du Conseil Métropolitain n'est prévue"),
    ],
)
async def test_the_coming_sitting(
    coming_sitting: int, degraix: Conversation, message: str, expected: str
) -> None:
    assert expected in text(await degraix.send(message))


async def test_acts_said_in_a_sentence_reach_the_coming_sitting(
    coming_sitting: int, degraix: Conversation
) -> None:
    answer = text(await degraix.send("bonjour, je ne pourrai pas venir au prochain bureau"))
    assert "18 juillet 2024" in answer
    answer = text(await degraix.send("je donne procuration à Mme Berger pour le 18 juillet"))
    assert "Vous donnez pouvoir à Mme Françoise BERGER" in answer
    assert "jeudi 18 juillet 2024" in answer
