"""Words of a sentence that are no member's name, and what a sentence asks when its first word
is an order, its letters capitals, its date a sitting long past or a convocation's day: the real
Application on the sample data (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from bot.transport import Conversation
from tests.helpers import text

NOBODY = "Aucun membre ne s'appelle"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # an order addressed to the assistant opens the sentence
        ("Contrôle : tous les porteurs de pouvoir étaient présents le 4 juillet 2024 ?", "JOUVE"),
        ("Vérifiez si Berger était présente le 4 juillet 2024", "Oui"),
        # capitals say nothing of names when every letter is one
        ("QUI A DONNÉ POUVOIR À BONNET LE 4 JUILLET 2024", "JOUVE"),
        ("MONTRE MOI LES EXCUSÉS DU 4 JUILLET 2024 IMMÉDIATEMENT", "BERROUKECHE"),
        ("BERGER ÉTAIT LÀ LE 4 JUILLET 2024 ?", "Oui"),
    ],
)
async def test_an_order_or_capitals_name_nobody(
    degraix: Conversation, message: str, expected: str
) -> None:
    answer = text(await degraix.send(message))
    assert NOBODY not in answer
    assert expected in answer


async def test_a_name_in_capitals_that_nobody_has_is_still_said(degraix: Conversation) -> None:
    answer = text(await degraix.send("DURANDALIX ÉTAIT PRÉSENT LE 4 JUILLET 2024 ?"))
    assert "durandalix" in answer.lower()
    assert "Oui" not in answer


@pytest.mark.parametrize(
    "message",
    ["j'ai donné procu à qqn le 4/7/24 ?", "jai donné pvr a qq1 le 4 juillet 2024 ?"],
)
async def test_a_proxy_asked_about_a_sitting_long_past_gives_none(
    degraix: Conversation, message: str
) -> None:
    """« jé donné » folds to « je donne »: with a sitting long past and a question mark, the
    member asks what they did; they give no proxy to a sitting held two years ago."""
    answer = text(await degraix.send(message))
    assert "À qui donnez-vous pouvoir" not in answer
    assert "Non" in answer


@pytest.mark.parametrize(
    "message", ["puis-je vous poser une question ?", "je peux te demander quelque chose ?"]
)
async def test_asking_leave_to_ask_gets_the_menu(degraix: Conversation, message: str) -> None:
    answer = text(await degraix.send(message))
    assert "je suis l'assistant" in answer
    assert "DEGRAIX —" not in answer  # not the asker's own record


async def test_a_convocation_is_found_by_the_day_it_was_sent(degraix: Conversation) -> None:
    answer = text(await degraix.send("la convocation envoyée le 28/06/2024, c'était pour quoi ?"))
    assert "4 juillet 2024" in answer
    assert "Aucune séance" not in answer


@pytest.mark.parametrize(
    "message",
    [
        "si 20 élus partent après l'ouverture, on peut continuer à voter ?",
        "et elle votait pour quelqu'un ?",
    ],
)
async def test_words_typed_without_capitals_are_no_name(
    degraix: Conversation, message: str
) -> None:
    await degraix.send("Barailler était là le 4 juillet 2024 ?")
    assert NOBODY not in text(await degraix.send(message))


async def test_a_surname_typed_without_capitals_is_still_a_name(degraix: Conversation) -> None:
    assert "durandal" in text(await degraix.send("durandal etait la le 4 juillet 2024 ?"))


async def test_a_narrowed_absence_keeps_its_own_kind(degraix: Conversation) -> None:
    """« des hommes absents non excusés ? » listed the 23 men among every absent, excused and
    represented included: the narrower absence is the one asked (there is none)."""
    asked = "il y avait des hommes absents non excusés le 4 juillet 2024 ?"
    answer = text(await degraix.send(asked))
    assert "Aucun homme" in answer
    assert "ARTIGUES" not in answer
    assert "21 absents excusés sans pouvoir" in text(
        await degraix.send("combien de femmes absentes sans pouvoir le 4 juillet 2024 ?")
    )
