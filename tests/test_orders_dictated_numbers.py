"""Orders dictated with their numbers in words (« reporte le bureau du dix huit au vingt deux à
dix sept heures trente », « retire le point deux »), through the real Application: the days,
hours and ranks read as if typed in figures; an item added keeps its words as dictated."""

from __future__ import annotations

from datetime import time

import pytest

from bot.services import roll_calls
from bot.services.sitting_orders import Verb, hour_said, read_order
from tests.helpers import text
from tests.test_convocations import coming_sitting, no_per_chat_gap  # noqa: F401
from tests.test_sitting_orders import Desk
from tests.test_sitting_orders import desk as desk


@pytest.mark.parametrize(
    ("said", "verb", "sitting", "new"),
    [
        (
            "reporte le bureau du vingt et un decembre au vingt deux decembre a dix sept heures"
            " trente",
            Verb.POSTPONE,
            "21 decembre",
            "22 decembre a 17 heures 30",
        ),
        ("avance le bureau du dix huit a seize heures", Verb.POSTPONE, "18", "16 heures"),
    ],
)
def test_days_and_hours_said_in_words(said: str, verb: Verb, sitting: str, new: str) -> None:
    order = read_order(said)
    assert order is not None
    assert order.verb is verb
    assert sitting in order.sitting_words
    assert new in order.new_words


def test_an_hour_in_words_is_an_hour() -> None:
    assert hour_said("a 17 heures 30") == time(17, 30)
    assert hour_said("a 9 heures") == time(9, 0)
    assert hour_said("a 17 heures et demie") == time(17, 30)
    assert hour_said("a 9h et quart") == time(9, 15)
    assert hour_said("a 18h moins le quart") == time(17, 45)


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("reporte le bureau du 18 au 22 à midi", time(12, 0)),
        ("le bureau du 18 commencera à midi et demi", time(12, 30)),
        ("reporte le bureau du dix huit au vingt deux a dix sept heures et demie", time(17, 30)),
    ],
)
def test_noon_and_half_hours_are_never_the_sitting_s_own_hour(said: str, at: time) -> None:
    order = read_order(said)
    assert order is not None
    assert hour_said(order.new_words) == at


def test_a_rank_and_a_day_in_words() -> None:
    order = read_order("retire le point deux de l'ordre du jour du bureau du vingt et un")
    assert order is not None
    assert order.rank == 2
    added = read_order("ajoute à l'ODJ du bureau du 14 : vote du budget deux mille vingt sept")
    assert added is not None
    assert added.item == "vote du budget deux mille vingt sept"
    said = roll_calls.read_dictated("présents au bureau du vingt et un décembre Rivat Degraix")
    assert said is not None
    assert (said.sitting_words, said.present) == ("au bureau du 21 decembre", ["rivat", "degraix"])


async def test_a_postponement_dictated_is_offered_at_its_hour(desk: Desk) -> None:
    dallara = await desk.convened()
    offer = text(
        await dallara.send(
            "reporte le bureau du dix huit juillet au vingt cinq juillet à seize heures trente"
        )
    )
    assert "au jeudi 25 juillet 2024 à 16 h 30 ?" in offer.replace("\u202f", " ")


async def test_a_new_sitting_at_noon_or_a_half_hour(desk: Desk) -> None:
    said = text(
        await desk.dallara.send(
            "nouvelle séance du bureau le 25/07/2024 à 17 heures et demie salle Jean Moulin"
        )
    )
    assert "25 juillet 2024 à 17 h 30, salle Jean Moulin" in said.replace("\u202f", " ")
    await desk.dallara.send("/annuler")
    await desk.dallara.send("/nouvelle_seance bureau le 26/07/2024")
    assert "26 juillet 2024 à 12 h 00" in text(await desk.dallara.send("midi")).replace(
        "\u202f", " "
    )
