"""A new place said as the sitting's (« le bureau du 18 aura lieu en salle 3 au lieu de la salle
du conseil »), through the real Application: offered as a change of place, the former place
never part of the new one; a new hour or day said that way stays a postponement."""

from __future__ import annotations

import pytest

from bot.services.sitting_orders import Verb, read_order
from tests.helpers import text
from tests.test_convocations import coming_sitting, no_per_chat_gap  # noqa: F401
from tests.test_sitting_orders import Desk
from tests.test_sitting_orders import desk as desk


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("le bureau du 18 aura lieu en salle 3 au lieu de la salle du conseil", "salle 3"),
        ("le conseil du 14 se tiendra à la mairie de Firminy", "mairie de Firminy"),
        ("déplace le bureau du 18 en salle B au lieu de la salle A", "salle B"),
        ("la séance du bureau du 18 se déroulera dans la salle des fêtes", "salle des fêtes"),
    ],
)
def test_a_place_said_as_the_sitting_s_is_a_change_of_place(said: str, place: str) -> None:
    order = read_order(said)
    assert order is not None
    assert order.verb is Verb.PLACE
    assert order.place == place


def test_an_hour_said_so_stays_a_postponement() -> None:
    order = read_order("le bureau du 18 aura lieu à 18h")
    assert order is not None
    assert order.verb is Verb.POSTPONE


async def test_the_change_of_place_is_offered(desk: Desk) -> None:
    dallara = await desk.convened()
    offer = text(
        await dallara.send("le bureau du 18 juillet aura lieu en salle 3 au lieu de la salle B")
    )
    assert "Changer le lieu de la séance du Bureau Métropolitain du jeudi 18 juillet" in offer
    assert "pour « salle 3 »" in offer
