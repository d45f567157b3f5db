"""Floods slow one account down, not the others; logs never carry the token or an invitation."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.app import build_application
from bot.logs import configure_logging
from bot.services import identity
from bot.services.flood import BURST, FloodGuard
from bot.settings import Settings
from bot.transport import Conversation
from storage import db
from storage.models import Member
from tests.botapi_server import FakeBotAPI
from tests.conftest import CLOCK, member_id
from tests.helpers import active_proxies


def test_the_guard_lets_a_burst_through_then_one_a_second() -> None:
    now = [0.0]
    guard = FloodGuard(clock=lambda: now[0])
    admitted = [guard.admit(1) for _ in range(100)]
    assert sum(ok for ok, _ in admitted) == BURST
    assert sum(warn for _, warn in admitted) == 1  # told once, not 88 times
    assert guard.admit(2) == (True, False)  # another account is not slowed
    now[0] = 3.0
    assert [guard.admit(1)[0] for _ in range(4)] == [True, True, True, False]


def test_a_flood_of_new_accounts_keeps_the_guard_bounded() -> None:
    """One bucket per account ever seen grew without end: 100,000 accounts sending once each
    now leave at most `accounts` buckets, the refilled ones are dropped, and the slowing of
    a flooder is unchanged."""
    now = [0.0]
    guard = FloodGuard(clock=lambda: now[0], accounts=1_000)
    for user_id in range(100_000):  # all at one instant: nothing has refilled
        assert guard.admit(user_id) == (True, False)
    assert len(guard._buckets) == 1_000
    assert [guard.admit(7)[0] for _ in range(BURST + 1)] == [True] * BURST + [False]
    now[0] = BURST / guard.rate  # everybody else refilled: their buckets are gone
    for user_id in range(200_000, 200_100):
        guard.admit(user_id)
    assert len(guard._buckets) <= 101
    flooder = [guard.admit(1)[0] for _ in range(100)]
    assert sum(flooder) == BURST  # a dropped bucket was a full one: same as a new account


def test_the_size_of_the_guard_comes_from_the_settings(loaded_engine: Engine) -> None:
    settings = Settings(telegram_bot_token="1:x", flood_accounts=3)
    app = build_application(settings, loaded_engine, clock=lambda: CLOCK)
    guard = app.bot_data.runtime.flood
    for user_id in range(10):
        guard.admit(user_id)
    assert len(guard._buckets) == 3


async def test_a_flooding_member_is_slowed_without_slowing_others(
    application, loaded_engine: Engine
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    runtime = app.bot_data.runtime
    runtime.flood = FloodGuard(clock=lambda: 0.0)  # the 100 messages at one instant: no refill
    runtime.acting_as[801] = member_id(loaded_engine, "DEGRAIX")
    runtime.acting_as[802] = member_id(loaded_engine, "FAYOLLE")
    flooder, colleague = Conversation(app, api, 801), Conversation(app, api, 802)
    answers = [await flooder.send("/membre Degraix") for _ in range(100)]
    assert sum(bool(replies) for replies in answers) == BURST + 1  # + the one warning
    assert any("beaucoup de messages" in r.text for replies in answers for r in replies)
    assert "M. Jean-Luc DEGRAIX" in (await colleague.send("/membre Degraix"))[0].text


async def test_a_button_pressed_while_flooding_is_told_it_was_not_taken(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    """« Confirmer » under a proxy pressed once the member had sent too much: the press was
    dropped in silence, and the member took the proxy for given."""
    app, api = application
    app.bot_data.runtime.flood = FloodGuard(clock=lambda: 0.0)
    app.bot_data.runtime.acting_as[803] = member_id(loaded_engine, "ARTIGUES")
    member = Conversation(app, api, 803)
    offer = await member.send("/pouvoir Degraix")
    for _ in range(BURST):
        await member.send("/membre Degraix")
    await member.press("Confirmer", offer)
    told = [c for c in api.calls if c.method == "answerCallbackQuery"][-1]
    assert "pas été pris en compte" in told.params["text"]
    assert active_proxies(loaded_engine, coming_sitting) == []


@pytest.fixture
def captured_logs() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, logging.getLogRecordFactory())
    yield stream
    root.handlers[:], root.level = saved[0], saved[1]
    logging.setLogRecordFactory(saved[2])


async def test_logs_are_json_and_never_show_the_token_or_an_invitation(
    loaded_engine: Engine, captured_logs: io.StringIO
) -> None:
    token = "424242:THE-BOT-TOKEN-never-in-logs"
    configure_logging([token], level=logging.DEBUG)
    logging.getLogger().handlers[0].stream = captured_logs  # type: ignore[attr-defined]
    with db.session(loaded_engine) as session:
        member = session.exec(select(Member).where(Member.last_name == "DEGRAIX")).one()
        invitation = identity.create_invitation(
            session=session, member=member, now=CLOCK, valid_for=timedelta(days=7)
        )
    with FakeBotAPI() as server:
        settings = Settings(telegram_bot_token=token, telegram_api_url=server.base_url)
        application = build_application(settings, loaded_engine, clock=lambda: CLOCK)
        async with application:
            await application.start()
            await application.updater.start_polling(poll_interval=0.01)  # type: ignore[union-attr]
            server.push_update(
                {
                    "message": {
                        "message_id": 1,
                        "date": 0,
                        "chat": {"id": 77, "type": "private"},
                        "from": {"id": 77, "is_bot": False, "first_name": "J"},
                        "text": f"/start {invitation}",
                        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                    }
                }
            )
            await server.until(lambda s: bool(s.sent_to(77)))
            logging.getLogger("bot.test").info("invite link https://t.me/b?start=%s", invitation)
            await application.updater.stop()  # type: ignore[union-attr]
            await application.stop()
    output = captured_logs.getvalue()
    assert "Bienvenue" in server.sent_to(77)[0].params["text"]
    assert "getUpdates" in output  # httpx logged the polling URLs…
    assert token not in output  # …without the token in them
    assert invitation not in output
    assert "[secret]" in output
    assert all(json.loads(line)["level"] for line in output.splitlines())
