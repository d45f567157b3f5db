"""A reply to « Confirmez-vous ? » naming a member as the one NOT to hold the proxy (« surtout
pas à Rivat ») was read as « plutôt à Rivat »: the proxy was offered to the very member the
giver had just ruled out. The offer waiting stays as it was, and is recalled."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.transport import InProcessBotAPI
from tests.helpers import active_proxies, linked, text


async def test_a_holder_ruled_out_in_a_reply_is_never_offered(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    gonon = await linked(application, loaded_engine, "GONON", 891)
    assert "M. Vincent BONY" in text(await gonon.send("/pouvoir Bony"))

    answer = text(await gonon.send("surtout pas à Rivat"))

    assert "RIVAT" not in answer
    assert "Votre pouvoir à M. Vincent BONY" in answer
    assert "n'est pas encore enregistré" in answer
    assert active_proxies(loaded_engine, coming_sitting) == []
    # a holder named as such still changes it
    changed = text(await gonon.send("non, plutôt à Thizy"))
    assert "Vous donnez pouvoir à M. Gilles THIZY" in changed
    assert "est enregistré" in text(await gonon.press("Confirmer"))
    assert active_proxies(loaded_engine, coming_sitting) == [("GONON", "THIZY")]
