"""A secretary creating a sitting corrects the draft after its summary, as one corrects oneself
in a chat (« euh non, à 17h30 plutôt », « correction : à la mairie de Firminy »): the day, hour
or place said replaces the draft's and the summary is shown again; an item offered and not
answered yet is never created away by the summary's « Confirmer »; a new sitting said while a
draft waits begins afresh. The real Application through `process_update`."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from bot.handlers.new_sitting import _items_typed
from bot.transport import Conversation
from tests.helpers import text
from tests.test_draft_items_after_summary import created, secretary, summary_with_one_item


@pytest.mark.parametrize(
    ("said", "now", "gone"),
    [
        ("euh non, à 17h30 plutôt", "17 h 30", "17 h 00"),
        ("je me suis trompé : c'est le 26 juillet", "vendredi 26 juillet 2024", "25 juillet"),
        ("correction : à la mairie de Firminy", "mairie de Firminy", "Salle B"),
        ("finalement salle C à 18h", "salle C", "Salle B"),
        ("au 29", "29 juillet 2024", "25 juillet"),
    ],
)
async def test_a_correction_after_the_summary_changes_the_draft(
    degraix: Conversation, loaded_engine: Engine, said: str, now: str, gone: str
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    again = text(await chat.send(said))
    assert "Créer cette séance ?" in again
    assert now in again
    assert gone not in again
    assert "Ajouter à l'ordre du jour" not in again
    assert "1. Budget primitif" in again  # the agenda stands
    assert not created(loaded_engine)


async def test_the_corrected_draft_is_the_one_created(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    await chat.send("en fait le 30 juillet")
    await chat.send("finalement à l'hôtel de métropole")
    assert "Séance créée" in text(await chat.press("Confirmer"))
    sitting = created(loaded_engine)[0]
    assert str(sitting.held_on) == "2024-07-30"
    assert sitting.place == "hôtel de métropole"


async def test_a_correction_refused_leaves_the_draft_as_it_was(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    summary = chat.last_replies
    refused = text(await chat.send("non plutôt à 17h95"))
    assert "17h95" in refused
    assert "Créer cette séance ?" not in refused
    assert "Séance créée" in text(await chat.press("Confirmer", summary))
    assert created(loaded_engine)[0].held_on.day == 25


async def test_confirm_with_an_item_waiting_asks_about_it_first(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    summary = chat.last_replies
    await chat.send("Tarifs de l'eau 2025")
    waiting = text(await chat.press("Confirmer", summary))  # the summary above the offer
    assert "pas encore créée" in waiting
    assert "« Tarifs de l'eau 2025 »" in waiting
    assert not created(loaded_engine)
    assert "2. Tarifs de l'eau 2025" in text(await chat.send("oui"))
    await chat.press("Confirmer")
    assert created(loaded_engine)[0].agenda == ["Budget primitif", "Tarifs de l'eau 2025"]


async def test_a_new_sitting_said_while_a_draft_waits_begins_afresh(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    begun = text(await chat.send("nouveau bureau le 5 septembre 2024 à 17h salle D"))
    assert "5 septembre 2024" in begun
    assert "ordre du jour" in begun
    assert "Je ne trouve" not in begun
    assert not created(loaded_engine)


@pytest.mark.parametrize(
    "said",
    [
        "Maison de l'emploi : convention 2025",
        "Centre aquatique de Firminy",
        "14 juillet feu d'artifice",
        "Salle 4",
    ],
)
async def test_an_item_that_begins_with_a_place_s_word_is_still_an_item(
    degraix: Conversation, loaded_engine: Engine, said: str
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    answer = text(await chat.send(said))
    if said == "Salle 4":  # a place alone is the draft's place
        assert "Créer cette séance ?" in answer
        assert "Salle 4" in answer
        assert "Salle B" not in answer
    else:
        assert "Ajouter à l'ordre du jour" in answer
        assert _items_typed(said) == [said]


@pytest.mark.parametrize("said", ["bon on abandonne", "oubliez cette séance, merci"])
async def test_a_draft_given_up_in_a_sentence_is_dropped(
    degraix: Conversation, loaded_engine: Engine, said: str
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    assert "abandonnée" in text(await chat.send(said))
    assert "stale" not in text(await chat.send("oui"))
    assert not created(loaded_engine)


@pytest.mark.parametrize(
    ("said", "now"),
    [
        # said against the draft's day (Thursday 25 July), not today's
        ("oh pardon, le jour suivant", "vendredi 26 juillet 2024 à 17 h 00"),
        ("en fait trois jours avant", "lundi 22 juillet 2024 à 17 h 00"),
        ("finalement samedi à 10h", "samedi 27 juillet 2024 à 10 h 00"),
        ("plutôt le jeudi de la semaine précédente", "jeudi 18 juillet 2024 à 17 h 00"),
        ("non, l'avant-veille", "mardi 23 juillet 2024 à 17 h 00"),
        ("le jour précédent à 9h", "mercredi 24 juillet 2024 à 9 h 00"),  # no word correcting
    ],
)
async def test_a_day_said_against_the_draft_s_is_that_day_and_said_back(
    degraix: Conversation, loaded_engine: Engine, said: str, now: str
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    again = text(await chat.send(said))
    assert f"Bureau Métropolitain, {now}" in again
    assert f"J'ai compris le {now.split(' à ')[0]} (au lieu du jeudi 25 juillet 2024)." in again
    assert "1. Budget primitif" in again
    assert not created(loaded_engine)


async def test_a_part_of_the_day_the_hour_is_not_in_asks_the_hour_again(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """« le lendemain matin » after a draft at 17:00: the day is taken, the evening's hour is
    not kept for a morning, it is asked; the agenda given stands."""
    chat = await summary_with_one_item(degraix, loaded_engine)
    asked = text(await chat.send("le lendemain matin"))
    assert "vendredi 26 juillet 2024" in asked
    assert "à quelle heure" in asked
    assert "Créer cette séance ?" not in asked
    again = text(await chat.send("10h"))
    assert "vendredi 26 juillet 2024 à 10 h 00" in again
    assert "1. Budget primitif" in again
    assert "Créer cette séance ?" in again


@pytest.mark.parametrize(
    ("said", "now"),
    [
        ("même jour, 9 h 15", "jeudi 25 juillet 2024 à 9 h 15"),
        ("le jour suivant dans l'après-midi", "vendredi 26 juillet 2024 à 17 h 00"),
    ],
)
async def test_a_day_or_hour_said_alone_against_the_draft_s_corrects_it(
    degraix: Conversation, loaded_engine: Engine, said: str, now: str
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    again = text(await chat.send(said))
    assert now in again
    assert "Ajouter à l'ordre du jour" not in again
    assert "Créer cette séance ?" in again


async def _agenda_asked(chat: Conversation, engine: Engine) -> None:
    await secretary(chat, engine)
    await chat.send("25 juillet 2024 17h")
    await chat.send("Salle B")


async def test_a_correction_typed_when_the_agenda_is_asked_is_no_item(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """« le jour suivant à 9h » typed when the agenda is asked became its one item."""
    await _agenda_asked(degraix, loaded_engine)
    asked = text(await degraix.send("le jour suivant à 9h"))
    assert "vendredi 26 juillet 2024 à 9 h 00" in asked
    assert "L'ordre du jour" in asked
    summary = text(await degraix.send("ODJ : Budget primitif ; Tarifs de l'eau 2025"))
    assert "1. Budget primitif" in summary
    assert "2. Tarifs de l'eau 2025" in summary


async def test_a_place_alone_when_the_agenda_is_asked_is_an_item(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    await _agenda_asked(degraix, loaded_engine)
    summary = text(await degraix.send("Salle des fêtes"))
    assert "1. Salle des fêtes" in summary
    assert "Salle B" in summary


async def test_a_part_of_the_day_alone_that_the_hour_is_not_in_asks_it(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """« plutôt dans la matinée » names no day and no hour: the 17:00 of the draft is not a
    morning's, so the hour is asked, never an agenda item offered."""
    chat = await summary_with_one_item(degraix, loaded_engine)
    asked = text(await chat.send("plutôt dans la matinée"))
    assert "jeudi 25 juillet 2024 : à quelle heure" in asked
    assert "Ajouter à l'ordre du jour" not in asked
