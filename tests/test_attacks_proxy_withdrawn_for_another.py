"""A withdrawal that names the proxy's next holder (« je reprends ma procuration pour la confier
à Bony », « supprime mon pouvoir à Rivat, je le passe à Bony ») is a replacement. The proxy
was withdrawn and the new holder left unread without a word: the member, who had asked to
keep being represented, was represented by nobody."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.transport import InProcessBotAPI
from tests.helpers import active_proxies, linked, text


@pytest.mark.parametrize(
    "said",
    [
        "je reprends ma procuration pour la confier à Bony",
        "supprime mon pouvoir à Rivat, je le passe à Bony",
    ],
)
async def test_a_withdrawal_naming_the_next_holder_offers_the_replacement(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
) -> None:
    thizy = await linked(application, loaded_engine, "THIZY", 861)
    await thizy.send("/pouvoir Rivat")
    await thizy.press("Confirmer")

    offer = text(await thizy.send(said))

    assert "voulez-vous le remplacer par un pouvoir à M. Vincent BONY ?" in offer
    assert active_proxies(loaded_engine, coming_sitting) == [("THIZY", "RIVAT")]
    assert "BONY" in text(await thizy.press("Remplacer mon pouvoir actuel"))
    assert active_proxies(loaded_engine, coming_sitting) == [("THIZY", "BONY")]


async def test_a_withdrawal_naming_nobody_known_withdraws_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    thizy = await linked(application, loaded_engine, "THIZY", 862)
    await thizy.send("/pouvoir Rivat")
    await thizy.press("Confirmer")
    answer = text(await thizy.send("annule ma procuration et donne-la à Zorglub"))
    assert "zorglub" in answer.lower()
    assert active_proxies(loaded_engine, coming_sitting) == [("THIZY", "RIVAT")]
    # a withdrawal alone still withdraws
    assert "est retiré" in text(await thizy.send("j'annule ma procuration"))
    assert active_proxies(loaded_engine, coming_sitting) == []
