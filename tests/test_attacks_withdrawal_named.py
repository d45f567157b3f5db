"""A withdrawal that names a holder (« /annuler_pouvoir Rivat », « je reprends la procuration
confiée à Bony »): the proxy given to that member is withdrawn, never another one. The real
Application through `process_update` (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.transport import InProcessBotAPI
from tests.helpers import active_proxies, proxy_given, text


@pytest.mark.parametrize(
    "said",
    [
        "/annuler_pouvoir Bony",
        "merci de supprimer la procuration confiée à Vincent Bony",
        "je reprends mon pouvoir de M. BONY pour le 18",
    ],
)
async def test_a_withdrawal_naming_another_holder_withdraws_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
) -> None:
    """The proxy given to RIVAT was withdrawn by words naming BONY, who held nothing: the
    member, who believed BONY held it, was represented by nobody and read nothing of it."""
    thizy = await proxy_given(application, loaded_engine, "THIZY", "Rivat", 871)
    answer = text(await thizy.send(said))
    assert "est donné à M. Jean-Paul RIVAT, pas à M. Vincent BONY" in answer, answer
    assert "rien n'est retiré" in answer
    assert active_proxies(loaded_engine, coming_sitting) == [("THIZY", "RIVAT")]


@pytest.mark.parametrize(
    "said",
    [
        "/annuler_pouvoir rivat",
        "/annuler_pouvoir M. Rivat 18 juillet",
        "retirez mon pouvoir à Rivat svp",
    ],
)
async def test_a_withdrawal_naming_its_holder_withdraws_it(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    said: str,
) -> None:
    """« /annuler_pouvoir Rivat », as « /pouvoir Rivat » gave it: « Je n'ai pas compris
    « Rivat » », and the proxy stayed."""
    thizy = await proxy_given(application, loaded_engine, "THIZY", "Rivat", 872)
    assert "est retiré" in text(await thizy.send(said))
    assert active_proxies(loaded_engine, coming_sitting) == []
