"""A proxy whose day is not the coming sitting's, through the real Application: a day just
past without its year is that day (the sitting held, too late), never the same day next year;
a new day said while another proxy waits for its « Confirmer » is read afresh, never dropped
for the waiting sitting's."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.handlers.questions import to_question
from bot.services.frames import read_frame
from bot.transport import Conversation, InProcessBotAPI
from storage import db
from tests.helpers import active_proxies, add_coming_bureau_sitting, linked, text

COMING = "la séance du Bureau Métropolitain du jeudi 18 juillet 2024"


@pytest.fixture
async def laget(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> Conversation:
    """Bernard LAGET, a Bureau member linked to his account, the Bureau of the 18th to come."""
    return await linked(application, loaded_engine, "LAGET", 702)


async def test_a_day_just_past_without_its_year_is_the_sitting_held(
    laget: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    """It was read as next year's 4 July: « pas de séance le vendredi 4 juillet 2025 », then the
    18th's proxy offered."""
    said = text(await laget.send("Je laisse ma procuration à M. Degraix pour la réunion du 4/7"))
    assert (
        "Il est trop tard : les pouvoirs pour la séance du Bureau Métropolitain du jeudi " in said
    )
    assert "4 juillet 2024" in said
    assert "2025" not in said
    assert active_proxies(loaded_engine, coming_sitting) == []


def test_a_day_without_its_year_is_the_coming_one_unless_half_a_year_away() -> None:
    today = date(2024, 7, 10)
    for typed, meant in (
        ("pouvoir à Laget le 4 juillet", date(2024, 7, 4)),  # six days ago
        ("pouvoir à Laget le 9 juillet", date(2024, 7, 9)),
        ("pouvoir à Laget le 10 juillet", date(2024, 7, 10)),
        ("pouvoir à Laget le 19 septembre", date(2024, 9, 19)),
        ("pouvoir à Laget le 8 janvier", date(2025, 1, 8)),  # 182 days ahead
        ("pouvoir à Laget le 29 février", date(2024, 2, 29)),  # none in 2025
    ):
        assert to_question(read_frame(typed, today), today).on == meant, typed
    december = date(2024, 12, 20)
    question = to_question(read_frame("pouvoir à Laget le 14 janvier", december), december)
    assert question.on == date(2025, 1, 14)


async def test_a_new_day_said_while_a_proxy_waits_is_read_afresh(
    laget: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    """The day was dropped: the holder changed on the waiting sitting, as if the 30th were the
    18th."""
    assert COMING in text(await laget.send("/pouvoir Fayolle"))
    said = text(await laget.send("Donnez plutôt mon pouvoir à M. Degraix pour le 30 juillet"))
    assert "Vous n'avez pas de séance le mardi 30 juillet 2024" in said, said
    assert f"Vous donnez pouvoir à M. Jean-Luc DEGRAIX pour {COMING}" in said
    assert active_proxies(loaded_engine, coming_sitting) == []
    # the waiting sitting's own day, said again, changes the holder only
    said = text(await laget.send("non, plutôt à Semache le 18 juillet"))
    assert "SEMACHE pour " + COMING in said, said
    assert "pas de séance" not in said


async def test_a_body_that_does_not_sit_on_the_day_said_is_said_not_swapped(
    laget: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    """« Pour le conseil du 18/07 » when only the Bureau sits that day: the Bureau's proxy was
    offered, the Conseil said nowhere; the Bureau named with its day is still offered."""
    for typed in (
        "Je confie ma procuration à M. Degraix pour la séance du conseil du 18/07",
        "absente au conseil métropolitain le 18 juillet",
    ):
        said = text(await laget.send(typed))
        assert "Aucune séance du Conseil le jeudi 18 juillet 2024 n'est convoquée" in said, said
        assert "rien n'est enregistré" in said
        assert "Confirmez-vous" not in said
    said = text(await laget.send("Je confie ma procuration à M. Degraix pour le bureau du 18/07"))
    assert f"Vous donnez pouvoir à M. Jean-Luc DEGRAIX pour {COMING}" in said
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_proxy_asked_for_several_sittings_says_it_is_for_one(
    laget: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    """The next sitting alone was offered, as if that were what was asked."""
    said = text(
        await laget.send("je donne procuration à M. Degraix pour les deux prochains bureaux")
    )
    assert f"Vous donnez pouvoir à M. Jean-Luc DEGRAIX pour {COMING}" in said
    assert "Ce pouvoir vaut pour cette séance seulement" in said
    assert "3 séances consécutives au plus" in said
    await laget.press("Annuler")
    said = text(await laget.send("je donne procuration à M. Degraix pour le bureau"))
    assert "Ce pouvoir vaut pour cette séance seulement" not in said
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_day_number_alone_with_the_body_is_the_next_such_day(
    laget: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    """« pour le conseil du 5 » said on 10 July, when only the Bureau sits on 5 August: said,
    nothing offered. The month's 5th was read (gone, no sitting), then the caller's own reading
    found the 5 August Bureau and offered its proxy as if it were the Conseil's."""
    with db.session(loaded_engine) as session:
        add_coming_bureau_sitting(session, held_on=date(2024, 8, 5))
        session.commit()
    said = text(await laget.send("je donne pouvoir à Degraix pour le conseil du 5"))
    assert "lundi 5 août 2024" in said, said
    assert "Vous donnez pouvoir" not in said
    said = text(await laget.send("je donne pouvoir à Degraix pour le bureau du 5"))
    assert "Vous donnez pouvoir à M. Jean-Luc DEGRAIX" in said
    assert "lundi 5 août 2024" in said, said
