"""A member's own act said in the negative is not that act: « je n'annulerai pas ma
procuration » withdrew the proxy (its holder told), « je ne serai pas absente jeudi »
recorded an absence, « je ne sais pas si je viendrai » a presence. Now nothing changes: the
proxies are shown as they stand, the attendance asked is answered."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.transport import InProcessBotAPI
from tests.helpers import active_proxies, attendance_status, linked, text


@pytest.mark.parametrize(
    "said", ["je n'annulerai pas ma procuration", "ne supprime surtout pas mon pouvoir"]
)
async def test_a_withdrawal_said_in_the_negative_keeps_the_proxy(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
) -> None:
    rivat = await linked(application, loaded_engine, "RIVAT", 871)
    await rivat.send("/pouvoir Bony")
    await rivat.press("Confirmer")
    answer = text(await rivat.send(said))
    assert "retiré" not in answer
    assert "à M. Vincent BONY" in answer
    assert active_proxies(loaded_engine, coming_sitting) == [("RIVAT", "BONY")]
    assert "est retiré" in text(await rivat.send("je retire ma procuration"))


@pytest.mark.parametrize(
    "said",
    [
        "je ne serai pas excusée jeudi 18",
        "je sais pas encore si je pourrai venir jeudi 18",
        "pas sûre de pouvoir venir le 18",
    ],
)
async def test_an_attendance_denied_or_not_yet_known_records_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
) -> None:
    thivant = await linked(application, loaded_engine, "THIVANT", 872)
    answer = text(await thivant.send(said))
    assert "C'est noté" not in answer
    assert attendance_status(loaded_engine, coming_sitting, "THIVANT") is None
    assert "C'est noté" in text(await thivant.send("je serai absente jeudi 18"))
    assert attendance_status(loaded_engine, coming_sitting, "THIVANT") == "excused"
