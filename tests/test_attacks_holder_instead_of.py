"""« non pas à X mais à Y » answering a proxy offer: the second name is the holder. The two
names were searched as one (« 2 membres correspondent à « pas Bony Thizy » »), or the member
ruled out was offered again."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.services.proxy_dialog import Said, holder_part, read_reply
from bot.transport import InProcessBotAPI
from tests.helpers import active_proxies, linked, text


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("surtout pas Bony mais Thizy", "Thizy"),
        ("Thizy, et non Bony", "Thizy"),
        ("à Thizy au lieu d'à Bony", "Thizy"),
        ("pas lui ! Thizy", "Thizy"),
        ("ni Bony ni Laget, Thizy", "Thizy"),
        ("je préférerais Thizy à Bony", "Thizy"),
    ],
)
def test_the_member_ruled_out_is_left_out(said: str, kept: str) -> None:
    assert kept in holder_part(said)
    assert "Bony" not in holder_part(said)
    assert read_reply(said) is Said.CHANGE


@pytest.mark.parametrize(
    "said",
    [
        "je ne donne pas mon pouvoir à Laget",
        "pas là jeudi, Laget",
        "pas à Laget",
        "je préfère le donner à Laget",
        "je n'y serai pas Laget a mon pouvoir",
    ],
)
def test_a_negation_about_no_member_rules_nobody_out(said: str) -> None:
    assert holder_part(said) == said


@pytest.mark.parametrize("reply", ["c'est pas Bony, c'est Thizy", "Thizy plutot que Bony svp"])
async def test_the_holder_is_the_one_not_ruled_out(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    reply: str,
) -> None:
    gonon = await linked(application, loaded_engine, "GONON", 891)
    assert "M. Vincent BONY" in text(await gonon.send("/pouvoir Bony"))

    answer = text(await gonon.send(reply))

    assert "Vous donnez pouvoir à M. Gilles THIZY" in answer
    assert "BONY" not in answer
    assert "est enregistré" in text(await gonon.press("Confirmer"))
    assert active_proxies(loaded_engine, coming_sitting) == [("GONON", "THIZY")]


async def test_a_first_message_ruling_one_out_names_one_holder(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    gonon = await linked(application, loaded_engine, "GONON", 891)

    answer = text(await gonon.send("je confie ma procuration à Thizy, et surtout pas à Bony"))

    assert "Vous donnez pouvoir à M. Gilles THIZY" in answer
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_yes_to_the_offer_ruling_one_out_offers_the_other(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    gonon = await linked(application, loaded_engine, "GONON", 891)
    assert "Voulez-vous donner pouvoir" in text(await gonon.send("absent le 18 juillet"))

    answer = text(await gonon.send("oui, surtout pas à Bony mais à Thizy"))

    assert "Vous donnez pouvoir à M. Gilles THIZY" in answer
    assert "BONY" not in answer
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_ruling_out_the_member_offered_asks_to_whom_again(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    gonon = await linked(application, loaded_engine, "GONON", 891)
    assert "M. Vincent BONY" in text(await gonon.send("/pouvoir Bony"))

    answer = text(await gonon.send("ah non, surtout pas à Vincent Bony"))

    assert "À qui donnez-vous pouvoir ?" in answer
    assert "BONY" not in answer
    assert "Vous donnez pouvoir à M. Gilles THIZY" in text(await gonon.send("Thizy"))
    assert active_proxies(loaded_engine, coming_sitting) == []
