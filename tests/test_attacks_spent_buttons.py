"""Buttons pressed again after what they did was undone, or under no message of the chat:
the real Application through `process_update` (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.transport import InProcessBotAPI
from tests.helpers import active_proxies, linked, text

SPENT = "Ce bouton a déjà servi"


async def test_a_confirmation_pressed_again_after_the_proxy_was_withdrawn_registers_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    """« Confirmer » under an offer already carried out, pressed once the member had taken the
    proxy back (an old message scrolled back to): the proxy was registered anew, and the
    holder told again, behind the member's withdrawal."""
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    await linked(application, loaded_engine, "BERGER", 702)
    offer = await artigues.send("je donne procuration à Mme Berger pour jeudi")
    await artigues.press("Confirmer", offer)
    assert "est retiré" in text(await artigues.send("/annuler_pouvoir"))
    answer = text(await artigues.press("Confirmer", offer))
    assert SPENT in answer, answer
    assert "Rien n'est enregistré" in answer
    assert active_proxies(loaded_engine, coming_sitting) == []
    # A new offer of the same proxy is a new one: confirmed, it is registered.
    again = await artigues.send("/pouvoir Berger")
    assert "est enregistré" in text(await artigues.press("Confirmer", again))
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "BERGER")]


async def test_an_offer_replaced_since_does_not_bring_its_holder_back(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    first = await artigues.send("/pouvoir Laget")
    await artigues.press("Confirmer", first)
    await artigues.send("/pouvoir Basson")
    assert "est enregistré" in text(await artigues.press("Remplacer mon pouvoir actuel"))
    assert "est retiré" in text(await artigues.send("/annuler_pouvoir"))
    assert SPENT in text(await artigues.press("Confirmer", first))
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_confirmation_pressed_twice_is_still_said_registered_once(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    offer = await artigues.send("/pouvoir Laget")
    for _ in range(2):
        assert "est enregistré" in text(await artigues.press("Confirmer", offer))
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "LAGET")]


async def test_a_button_under_no_message_of_the_chat_does_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    """A callback naming an inline message (the assistant sends none) carried the payload of
    a real « Confirmer », and registered the proxy without a word to anyone."""
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    offer = await artigues.send("/pouvoir Berger")
    data = next(d for label, d in offer[-1].buttons if label == "Confirmer")
    update = artigues.callback_update(data)
    del update["callback_query"]["message"]
    update["callback_query"]["inline_message_id"] = "inline-1"
    assert await artigues._process(update) == []
    assert active_proxies(loaded_engine, coming_sitting) == []
    assert "est enregistré" in text(await artigues.press("Confirmer", offer))
