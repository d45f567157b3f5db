"""A new place and a new day said in one sentence (« le bureau du 18 aura lieu en salle 3 le
19 »), and a place said without a preposition (« aura lieu salle 3 »), through the real
Application: both changes offered under one confirmation, neither dropped."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.services.sitting_orders import Verb, read_order
from tests.helpers import text
from tests.test_convocations import coming_sitting, finish_broadcasts, no_per_chat_gap  # noqa: F401
from tests.test_sitting_orders import Desk
from tests.test_sitting_orders import desk as desk


@pytest.mark.parametrize(
    ("said", "day", "place"),
    [
        ("le bureau du 18 aura lieu en salle 3 le 19", "le 19", "salle 3"),
        ("déplace le bureau du 18 au 25 en salle B", "au 25", "salle B"),
        ("le conseil du 14 se tiendra à la mairie de Firminy jeudi 21 à 18h", "jeudi 21", ""),
        ("le bureau du 18 se tiendra le 19 en salle 3", "le 19", "salle 3"),
        ("le bureau du 18 est reporté au 19 en salle 3", "au 19", "salle 3"),
        ("reporte le bureau du 18 au 19, salle 3", "au 19", "salle 3"),
        ("reporte le bureau du 18 au 19 salle B", "au 19", "salle B"),
        ("le bureau du dix huit aura lieu en salle B le dix neuf", "le 19", "salle B"),
        (
            "le bureau du 18 aura lieu à la maison des trois rivières le 19",
            "le 19",
            "maison des trois rivières",
        ),
    ],
)
def test_a_place_and_a_day_are_read_together(said: str, day: str, place: str) -> None:
    order = read_order(said)
    assert order is not None
    assert order.verb is Verb.POSTPONE
    assert order.new_words.startswith(day)
    assert "salle" not in order.new_words
    assert order.place == (place or "mairie de Firminy")


def test_a_former_day_said_is_no_place() -> None:
    order = read_order("reporte le bureau du 18 au 25 à 18h au lieu de 17h")
    assert order is not None
    assert order.place == ""


def test_a_place_without_preposition_is_a_change_of_place() -> None:
    order = read_order("le bureau du 18 aura lieu salle 3")
    assert order is not None
    assert (order.verb, order.place) == (Verb.PLACE, "salle 3")


async def test_a_new_day_and_place_are_offered_and_done_together(desk: Desk) -> None:
    dallara = await desk.convened()
    offer = await dallara.send("le bureau du 18 juillet aura lieu en salle 3 le 25 juillet")
    said = text(offer)
    assert "Reporter la séance du Bureau Métropolitain du jeudi 18 juillet" in said
    assert "jeudi 25 juillet 2024" in said
    assert "pour « salle 3 »" in said
    start = len(desk.api.calls)
    assert "Nouveau lieu : salle 3." in text(await dallara.press("Confirmer le report", offer))
    await finish_broadcasts(desk.app)
    notice = next(c for c in desk.api.calls[start:] if "Report — " in c.params.get("text", ""))
    assert "salle 3" in notice.params["text"]
    sitting = desk.sitting()
    assert (sitting.held_on, sitting.place) == (date(2024, 7, 25), "salle 3")


async def test_a_place_said_with_the_postponement_is_never_dropped(desk: Desk) -> None:
    dallara = await desk.convened()
    offer = await dallara.send("déplace le bureau du 18 juillet au 25 juillet en salle B")
    assert "pour « salle B »" in text(offer)
    assert "n'est pas modifiée" in text(await dallara.send("non"))
    assert desk.sitting().place != "salle B"


async def test_a_new_hour_and_place_the_same_day_are_one_correction(desk: Desk) -> None:
    dallara = await desk.convened()
    offer = await dallara.send("le bureau du 18 juillet aura lieu en salle 3 à 18h")
    said = text(offer)
    assert "Faire commencer à 18 h 00, le même jour, la séance du" in said
    assert "à 17 h 00, et changer son lieu" in said
    assert "« salle 3 »" in said
    start = len(desk.api.calls)
    done = text(await dallara.press("Confirmer la nouvelle heure", offer))
    assert "Nouvelle heure" in done
    assert "Nouveau lieu : salle 3." in done
    await finish_broadcasts(desk.app)
    notice = next(c for c in desk.api.calls[start:] if "Rectificatif" in c.params.get("text", ""))
    assert "salle 3" in notice.params["text"]
    sitting = desk.sitting()
    assert (sitting.start_time, sitting.place) == (time(18, 0), "salle 3")


async def test_a_place_without_preposition_is_offered(desk: Desk) -> None:
    dallara = await desk.convened()
    offer = text(await dallara.send("le bureau du 18 juillet aura lieu salle 3"))
    assert "Changer le lieu de la séance du Bureau Métropolitain" in offer
    assert "pour « salle 3 »" in offer
