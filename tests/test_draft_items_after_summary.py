"""A secretary creating a sitting types its agenda one item per message: an item sent after
the draft's summary is offered to the draft's agenda (the summary shown again with it), never
answered as a member's question, and a question is never turned into an item. The real
Application through `process_update`."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.handlers.new_sitting import _items_typed
from bot.transport import Conversation
from storage import db
from storage.models import Sitting
from tests.helpers import COMING_BUREAU, text
from tests.test_attacks_drafts import secretary


async def summary_with_one_item(chat: Conversation, engine: Engine) -> Conversation:
    await secretary(chat, engine)
    await chat.send("25 juillet 2024 17h")
    await chat.send("Salle B")
    assert "Créer cette séance ?" in text(await chat.send("Budget primitif"))
    return chat


def created(engine: Engine) -> list[Sitting]:
    with db.session(engine) as session:
        return list(session.exec(select(Sitting).where(Sitting.held_on >= COMING_BUREAU)).all())


async def test_an_item_typed_after_the_summary_is_offered_then_added(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    offer = text(await chat.send("Loyers 2027"))
    assert "Ajouter à l'ordre du jour de la séance en préparation ce point ?" in offer
    assert "« Loyers 2027 »" in offer
    assert "Je ne trouve rien" not in offer
    again = text(await chat.press("Ajouter à l'ordre du jour"))
    assert "1. Budget primitif" in again
    assert "2. Loyers 2027" in again
    assert "Créer cette séance ?" in again
    assert not created(loaded_engine)  # nothing created before its own confirmation
    await chat.send("Subvention au club de rugby")
    assert "3. Subvention au club de rugby" in text(await chat.send("oui"))
    assert not created(loaded_engine)  # « oui » added the item, it created nothing
    assert "Séance créée" in text(await chat.send("oui"))
    sitting = created(loaded_engine)[0]
    assert sitting.agenda == ["Budget primitif", "Loyers 2027", "Subvention au club de rugby"]


async def test_items_typed_in_a_row_are_offered_together(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    await chat.send("Loyers 2027")
    offer = text(await chat.send("Voirie du quartier sud"))
    assert "ces 2 points" in offer
    again = text(await chat.send("oui"))
    assert "2. Loyers 2027" in again
    assert "3. Voirie du quartier sud" in again


async def test_an_item_refused_leaves_the_draft_as_it_was(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    await chat.send("Loyers 2027")
    again = text(await chat.send("non"))
    assert "Créer cette séance ?" in again
    assert "Loyers 2027" not in again
    await chat.press("Confirmer")
    assert created(loaded_engine)[0].agenda == ["Budget primitif"]


async def test_a_question_after_the_summary_is_never_an_item(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await summary_with_one_item(degraix, loaded_engine)
    answer = text(await chat.send("qui était présent au dernier bureau ?"))
    assert "Ajouter à l'ordre du jour" not in answer


@pytest.mark.parametrize(
    "said",
    [
        "quand est le prochain conseil",
        "je serai absent jeudi",
        "merci beaucoup",
        "annule le bureau du 18 juillet",
        "/aide",
        "Loyers 2027 ?",
        "en fait à 18h",
        "plutôt salle C",
        "17h30",
    ],
)
def test_what_is_no_item(said: str) -> None:
    assert _items_typed(said) == []


def test_items_one_per_line() -> None:
    assert _items_typed("Loyers 2027\n- Voirie") == ["Loyers 2027", "Voirie"]


async def test_a_question_at_the_agenda_step_is_no_item(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await secretary(degraix, loaded_engine)
    await chat.send("25 juillet 2024 17h")
    await chat.send("Salle B")
    answer = text(await chat.send("qui était présent au dernier bureau ?"))
    assert "Créer cette séance ?" not in answer
    assert "Créer cette séance ?" in text(await chat.send("Loyers 2027"))


@pytest.mark.parametrize(
    ("said", "item"),
    [
        ("et puis Tarifs des crèches", "Tarifs des crèches"),
        ("rajoute aussi : Motion sur la ligne TER", "Motion sur la ligne TER"),
        ("+ Rapport annuel eau potable", "Rapport annuel eau potable"),
        ("Ensemble pour le climat", "Ensemble pour le climat"),
    ],
)
def test_the_words_that_add_an_item_are_not_of_it(said: str, item: str) -> None:
    assert _items_typed(said) == [item]
