"""A member who carries a colleague's proxy and says they will be away, or gives their own:
told whose proxy stands in the way, with the button to decline it. The real Application
through `process_update`."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.transport import InProcessBotAPI
from tests.helpers import active_proxies, attendance_status, linked, proxy_given, text


@pytest.mark.parametrize(
    ("said", "then"),
    [
        ("je ne pourrai pas venir au bureau du 18 juillet", "excused"),
        ("je donne procuration à M. Laget pour le 18", "represented"),
    ],
)
async def test_a_holder_who_cannot_come_is_told_whose_proxy_and_may_decline_it(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
    then: str,
) -> None:
    """« Vous détenez un pouvoir … demandez d'abord à son auteur » named nobody, and
    « refusez-le » came with no way to: the member had to find the notice again."""
    fayolle = await linked(application, loaded_engine, "FAYOLLE", 882)
    await proxy_given(application, loaded_engine, "BOUCHET", "Fayolle", 881)
    answer = text(await fayolle.send(said))
    assert "le pouvoir de M. Patrick BOUCHET" in answer, answer
    assert "refusez-le ci-dessous" in answer
    assert active_proxies(loaded_engine, coming_sitting) == [("BOUCHET", "FAYOLLE")]
    assert "Vous avez refusé le pouvoir de M. Patrick BOUCHET" in text(
        await fayolle.press("Refuser ce pouvoir")
    )
    assert active_proxies(loaded_engine, coming_sitting) == []
    # nothing stands in the way any more
    again = text(await fayolle.send(said))
    if then == "represented":
        again = text(await fayolle.press("Confirmer"))
    assert "Vous détenez" not in again, again
    assert attendance_status(loaded_engine, coming_sitting, "FAYOLLE") == then


async def test_what_is_said_of_the_holder_agrees_with_her(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    """« Mme Sylvie FAYOLLE … : il votera en votre nom », « en sera prévenu(e) »."""
    bouchet = await proxy_given(application, loaded_engine, "BOUCHET", "Fayolle", 883)
    assert "Mme Sylvie FAYOLLE en sera prévenue." in text(await bouchet.send("/present"))
    await bouchet.press("Garder mon pouvoir")
    assert "reste enregistré : elle votera en votre nom" in text(await bouchet.send("/absent"))
