"""A proxy said in the negative (« je ne confie pas ma procuration à Bony », « pas de
procuration pour Berger ») is no proxy: each was offered as « Vous donnez pouvoir à …
Confirmez-vous ? », one press away from the very proxy the member had just refused. The
member now reads the proxies as they stand, and nothing is offered."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.transport import InProcessBotAPI
from tests.helpers import active_proxies, linked, text


@pytest.mark.parametrize(
    "said",
    [
        "je ne confie pas ma procuration à Bony",
        "je voudrais pas donner ma procu à Rivat",
        "pas de procuration pour Berger jeudi",
        "j'ai jamais confié de pouvoir à Thizy",
    ],
)
async def test_a_proxy_said_in_the_negative_offers_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
) -> None:
    boudard = await linked(application, loaded_engine, "BOUDARD", 851)
    answer = text(await boudard.send(said))
    assert "Confirmez-vous" not in answer
    assert "ni donné ni reçu" in answer
    assert not [label for reply in boudard.last_replies for label in reply.labels]
    assert active_proxies(loaded_engine, coming_sitting) == []


@pytest.mark.parametrize(
    "said",
    [
        "je ne pourrai pas venir jeudi 18, je donne pouvoir à Bony",
        "je peux pas être là, procuration à Bony pour jeudi",
    ],
)
async def test_a_proxy_after_an_absence_said_in_the_negative_is_still_offered(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
) -> None:
    boudard = await linked(application, loaded_engine, "BOUDARD", 852)
    answer = text(await boudard.send(said))
    assert "Vous donnez pouvoir à M. Vincent BONY" in answer
    assert "Confirmez-vous" in answer
