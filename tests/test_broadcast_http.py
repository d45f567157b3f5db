"""Convocations through the network: the real HTTPXRequest against a local Bot API on
127.0.0.1, with Telegram's flood control, 429s, server errors, a blocked member, a restart."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy.engine import Engine
from sqlmodel import select
from telegram.request import HTTPXRequest

from bot.app import build_application
from bot.broadcast import deliver
from bot.services import convocations
from bot.settings import Settings
from storage import db
from storage.models import Delivery, Member
from tests.botapi_server import FakeBotAPI
from tests.helpers import TELEGRAM_SPEED, add_coming_bureau_sitting, paced_like_telegram

TZ = ZoneInfo("Europe/Paris")
NOW = datetime(2024, 7, 10, 10, 0, tzinfo=UTC)
LATER = datetime(2024, 7, 10, 11, 0, tzinfo=UTC)  # past the stale-claim delay


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBotAPI]:
    """Telegram's flood control, and the bot at its production pace, both TELEGRAM_SPEED
    times faster."""
    paced_like_telegram(monkeypatch)
    with FakeBotAPI(speed=TELEGRAM_SPEED) as api:
        api.enforce_rate(per_second=30, per_chat_per_second=1)  # Telegram's flood control
        yield api


@pytest.fixture
def convened(loaded_engine: Engine) -> int:
    """The Bureau of 18 July 2024, every member linked, the outbox written."""
    with db.session(loaded_engine) as session:
        sitting = add_coming_bureau_sitting(session)
        for member in session.exec(select(Member)):
            member.telegram_user_id = 100_000 + (member.id or 0)
            session.add(member)
        session.commit()
        convocations.convene(
            session=session,
            sitting_id=sitting.id or 0,
            now=NOW,
            tz=TZ,
            actor=convocations.Actor(None, channel="test"),
        )
        return sitting.id or 0


def settings_for(server: FakeBotAPI) -> Settings:
    return Settings(telegram_bot_token="123:secret", telegram_api_url=server.base_url)


def convocations_per_chat(server: FakeBotAPI) -> Counter[int]:
    return Counter(
        int(c.chat_id or 0)
        for c in server.messages()
        if c.method == "sendMessage" and "Convocation — " in str(c.params.get("text"))
    )


async def broadcast(server: FakeBotAPI, engine: Engine, when: datetime = NOW) -> None:
    application = build_application(settings_for(server), engine)
    async with application:
        await deliver(application.bot, engine, clock=lambda: when, tz=TZ)


async def test_the_67_members_each_get_one_convocation_and_its_calendar(
    server: FakeBotAPI, loaded_engine: Engine, convened: int
) -> None:
    sends = ["sendMessage", "sendDocument"]
    server.rate_limit(every=15, retry_after=1, methods=sends)  # Telegram pushing back
    server.fail_next(3, status=502, methods=sends)
    blocked = 100_000 + 5
    server.block(blocked)
    await broadcast(server, loaded_engine)
    per_chat = convocations_per_chat(server)
    assert len(per_chat) == 66
    assert set(per_chat.values()) == {1}  # 429s waited out, 502s retried: never twice
    assert blocked not in per_chat
    calendars = Counter(
        int(c.chat_id or 0) for c in server.messages() if c.method == "sendDocument"
    )
    assert set(calendars.values()) == {1}
    assert len(calendars) == 66
    ics = next(c for c in server.messages() if c.method == "sendDocument").files["document"]
    assert ics.filename == "seance-2024-07-18.ics"
    event = Calendar.from_ical(ics.content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == datetime(2024, 7, 18, 17, 0, tzinfo=TZ)
    with db.session(loaded_engine) as session:
        report = convocations.report(session=session, sitting_id=convened)
    assert report.count("sent") == 66
    assert [line.status for line in report.by_other_means] == ["unreachable"]
    assert "blocked" in (report.by_other_means[0].error or "")


async def test_a_restart_half_way_resumes_with_those_still_owed(
    server: FakeBotAPI, loaded_engine: Engine, convened: int
) -> None:
    application = build_application(settings_for(server), loaded_engine)
    async with application:
        first = asyncio.create_task(
            deliver(application.bot, loaded_engine, clock=lambda: NOW, tz=TZ)
        )
        while len(convocations_per_chat(server)) < 25:  # noqa: ASYNC110 (another task's progress)
            await asyncio.sleep(0.01)
        first.cancel()  # the process is killed
        with pytest.raises(asyncio.CancelledError):
            await first
    with db.session(loaded_engine) as session:
        sent = session.exec(select(Delivery).where(Delivery.status == "sent")).all()
        assert 25 <= len(sent) < 67
    await broadcast(server, loaded_engine, when=LATER)  # started again, later
    per_chat = convocations_per_chat(server)
    assert len(per_chat) == 67
    assert set(per_chat.values()) == {1}
    calendars = Counter(
        int(c.chat_id or 0) for c in server.messages() if c.method == "sendDocument"
    )
    assert len(calendars) == 67


async def test_a_member_unknown_to_telegram_is_reported_not_retried(
    server: FakeBotAPI, loaded_engine: Engine, convened: int
) -> None:
    server.unknown_chat(100_000 + 7)
    await broadcast(server, loaded_engine)
    await broadcast(server, loaded_engine, when=LATER)
    attempts = [c for c in server.calls if c.chat_id == 100_000 + 7]
    assert len(attempts) == 1


async def test_a_send_that_times_out_is_sent_again_and_recorded_once(
    loaded_engine: Engine, convened: int
) -> None:
    """Telegram answers one convocation too slowly: the client gives up, yet the message went
    out. The broadcast cannot know, so it sends it again (a convocation missed is worse than
    one received twice); the store still shows one delivery per member."""
    # The margins are wide: on a loaded machine a send answered at once can take a few tenths
    # of a second, and a second timed-out send would make two retries.
    quick = HTTPXRequest(read_timeout=1.0, connection_pool_size=8)
    with FakeBotAPI() as server:  # no flood control: this client is not paced
        server.delay(3.0, count=1, methods=["sendMessage"])
        application = build_application(settings_for(server), loaded_engine, request=quick)
        async with application:
            result = await deliver(
                application.bot, loaded_engine, clock=lambda: NOW, tz=TZ, per_chat_gap=0
            )
        # Telegram still carries out the send the client gave up on: on a quick machine the
        # broadcast ends first, and stopping the stand-in then would drop that send
        for _ in range(100):
            if max(convocations_per_chat(server).values(), default=0) == 2:
                break
            await asyncio.sleep(0.05)
    assert result.retried == 1
    assert result.errors[0].endswith("Timed out")
    per_chat = convocations_per_chat(server)
    assert len(per_chat) == 67
    assert sorted(per_chat.values()) == [1] * 66 + [2]  # at least once; twice for that one
    with db.session(loaded_engine) as session:
        rows = session.exec(select(Delivery).where(Delivery.kind == "convocation")).all()
    assert len(rows) == 67
    assert {row.status for row in rows} == {"sent"}
