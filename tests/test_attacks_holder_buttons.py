"""The colleagues offered as buttons under « À qui ? » are checked again when pressed: a
button pressed once its holder gave his own proxy, after the sitting opened, twice, or forged
for a member of another council registers nothing the law refuses."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.callbacks import PickHolder
from bot.transport import Conversation, InProcessBotAPI
from storage import db
from storage.models import Council, Member
from tests.conftest import member_id
from tests.helpers import active_proxies, linked, text


async def _offered_thizy(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
) -> tuple[Conversation, Conversation, str]:
    """BASSON asks to whom he could give his proxy; THIZY, said present, is a button."""
    basson = await linked(application, loaded_engine, "BASSON", 871)
    thizy = await linked(application, loaded_engine, "THIZY", 872)
    await thizy.send("je serai là jeudi")
    await basson.send("je pourrai pas venir jeudi 18, à qui je peux laisser mon pouvoir ?")
    assert "M. Gilles THIZY" in [label for r in basson.last_replies for label in r.labels]
    return basson, thizy, "M. Gilles THIZY"


async def test_a_holder_who_gave_his_own_proxy_since_is_refused(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    basson, thizy, label = await _offered_thizy(application, loaded_engine)
    await thizy.send("finalement je ne pourrai pas venir")
    await thizy.send("/pouvoir Laget")
    await thizy.press("Confirmer")

    answer = text(await basson.press(label))

    assert "Confirmez" not in answer
    assert ("BASSON", "THIZY") not in active_proxies(loaded_engine, coming_sitting)


async def test_a_button_pressed_after_the_opening_registers_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    basson, _, label = await _offered_thizy(application, loaded_engine)
    app, _ = application
    app.bot_data.runtime.clock = lambda: datetime(2024, 7, 18, 15, 30, tzinfo=UTC)

    answer = text(await basson.press(label))

    assert "Confirmez" not in answer
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_button_pressed_twice_registers_one_proxy(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    basson, _, label = await _offered_thizy(application, loaded_engine)
    thizy = member_id(loaded_engine, "THIZY")
    await basson.press(label)
    assert "est enregistré" in text(await basson.press("Confirmer"))

    again = text(await basson.press_data(PickHolder(coming_sitting, thizy).encode()))

    assert "Confirmez" not in again
    assert active_proxies(loaded_engine, coming_sitting) == [("BASSON", "THIZY")]


async def test_a_forged_button_for_a_member_of_another_council_registers_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    basson = await linked(application, loaded_engine, "BASSON", 871)
    with db.session(loaded_engine) as session:
        council = Council(name="Commune de Roche-la-Molière")
        session.add(council)
        session.commit()
        stranger = Member(council_id=council.id, civility="Mme", last_name="VERNAY")
        session.add(stranger)
        session.commit()
        stranger_id = stranger.id or 0

    answer = text(await basson.press_data(PickHolder(coming_sitting, stranger_id).encode()))

    assert answer.strip()
    assert "VERNAY" not in answer
    assert active_proxies(loaded_engine, coming_sitting) == []
