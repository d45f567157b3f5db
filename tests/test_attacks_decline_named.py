"""A holder declining in words a proxy they do not carry (« je ne porterai pas la procuration
de Basson » while carrying Thizy's): nothing declined, and what is carried said. The real
Application through `process_update`."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.transport import InProcessBotAPI
from tests.helpers import active_proxies, linked, proxy_given, text


async def test_declining_the_proxy_of_a_member_who_gave_none_declines_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    """The one proxy carried was declined whoever was named: THIZY, who had counted on RIVAT,
    was told he was represented by nobody, for words about BASSON."""
    rivat = await linked(application, loaded_engine, "RIVAT", 891)
    await proxy_given(application, loaded_engine, "THIZY", "Rivat", 892)
    answer = text(await rivat.send("je ne veux pas porter la procu de Basson"))
    assert "Vous ne portez pas le pouvoir de M. Jean-Luc BASSON : rien n'est refusé." in answer
    assert "Vous portez celui de M. Gilles THIZY" in answer, answer
    assert active_proxies(loaded_engine, coming_sitting) == [("THIZY", "RIVAT")]
    assert "Vous avez refusé le pouvoir de M. Gilles THIZY" in text(
        await rivat.press("M. Gilles THIZY")
    )
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_declining_the_proxy_of_its_giver_or_of_nobody_named_declines_it(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    rivat = await linked(application, loaded_engine, "RIVAT", 893)
    thizy = await proxy_given(application, loaded_engine, "THIZY", "Rivat", 894)
    assert "Vous avez refusé" in text(await rivat.send("je ne veux pas porter la procu de Thizy"))
    await thizy.send("/pouvoir Rivat")
    await thizy.press("Confirmer")
    assert "Vous avez refusé" in text(await rivat.send("je refuse ce pouvoir"))
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_declining_for_a_day_no_proxy_carried_is_for_declines_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    """« … pour le bureau du 1er août » declined the one carried for the 18th of July."""
    rivat = await linked(application, loaded_engine, "RIVAT", 895)
    await proxy_given(application, loaded_engine, "THIZY", "Rivat", 896)
    answer = text(await rivat.send("je refuse la procuration pour le bureau du 1er août"))
    assert "pas de pouvoir pour une séance du jeudi 1er août 2024 : rien n'est refusé" in answer
    assert active_proxies(loaded_engine, coming_sitting) == [("THIZY", "RIVAT")]
    assert "Vous avez refusé" in text(await rivat.send("je refuse la procuration pour le 18"))
