"""A member who said she would come, then gives a proxy for the same sitting: the proxy, once
confirmed, replaces her word (she is represented, not present). The offer said nothing of it,
so a member who had forgotten her « je serai là » lost it without being told."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.transport import InProcessBotAPI
from storage.models import AttendanceStatus
from tests.helpers import active_proxies, attendance_status, linked, text


async def test_a_proxy_offered_after_a_presence_declared_says_it_replaces_it(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    thivant = await linked(application, loaded_engine, "THIVANT", 821)
    await linked(application, loaded_engine, "BONY", 822)
    assert "présente" in text(await thivant.send("je serai bien présente jeudi 18"))

    offer = text(await thivant.send("/pouvoir Bony"))
    assert "Vous vous étiez déclarée présente : ce pouvoir remplacera cette déclaration." in offer
    assert "est enregistré" in text(await thivant.press("Confirmer"))
    assert active_proxies(loaded_engine, coming_sitting) == [("THIVANT", "BONY")]
    status = attendance_status(loaded_engine, coming_sitting, "THIVANT")
    assert status == AttendanceStatus.represented

    # A member who declared nothing hears nothing of it
    boudard = await linked(application, loaded_engine, "BOUDARD", 823)
    offer = text(await boudard.send("je donne procuration à Thizy pour le 18"))
    assert "Confirmez-vous" in offer
    assert "déclaré" not in offer
