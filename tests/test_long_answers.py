"""Long answers arrive whole, through the real Application and a Bot API stand-in that refuses
what Telegram refuses: a sitting of 130 members with long names, asked by the secretariat.

Each page must be valid Telegram HTML on its own (tests/botapi_server.py parses it apart from
the splitter); the attendance sheet's <pre> used to be cut open, and Telegram refused every
page, so /feuille answered only « Désolé… ».
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from telegram import Update
from telegram.ext import Application

from bot.app import build_application
from bot.services.flood import FloodGuard
from bot.settings import Settings
from bot.transport import TelegramUser
from storage import db
from storage.models import (
    Attendance,
    AttendanceStatus,
    Body,
    Member,
    Membership,
    Proxy,
    Role,
    Sitting,
)
from tests.botapi_server import TEXT_LIMIT, ApiCall, FakeBotAPI, parse_html, utf16_length

CLOCK = datetime(2024, 7, 10, 10, 0, tzinfo=UTC)
HELD_ON = date(2024, 6, 27)
COMING = date(2024, 7, 25)
SECRETARIAT_CHAT = 77_001
MEMBERS = 130


def long_name(i: int) -> tuple[str, str]:
    first = ("Marie-Christine", "Jean-Baptiste", "Anne-Sophie", "Pierre-Alexandre")[i % 4]
    return first, f"D'ALEMBERT-LAGARDE-{i:03d} & FILS"


def populate(engine: Engine) -> None:
    """A Conseil of 130: 60 present, 40 represented by proxy, 25 excused, 5 absent; a past
    sitting and a coming one, each with 60 items on the agenda."""
    agenda = [
        f"Délibération n° 2024.{n:05d} : convention « Loire & Furan <{n}> » et avenant" * 2
        for n in range(1, 61)
    ]
    with db.session(engine) as session:
        body = Body(name="Conseil Métropolitain")
        session.add(body)
        session.flush()
        members = []
        for i in range(MEMBERS):
            first, last = long_name(i)
            members.append(
                Member(civility="Mme" if i % 2 else "M.", first_name=first, last_name=last)
            )
        members[0].role = Role.secretariat
        members[0].telegram_user_id = SECRETARIAT_CHAT
        session.add_all(members)
        session.flush()
        session.add_all(Membership(body_id=body.id or 0, member_id=m.id or 0) for m in members)
        for held_on in (HELD_ON, COMING):
            sitting = Sitting(
                body_id=body.id or 0,
                held_on=held_on,
                start_time=time(18, 0),
                place="Hôtel de métropole, salle du conseil",
                agenda=agenda,
                in_office=MEMBERS,
            )
            session.add(sitting)
            session.flush()
            if held_on == COMING:
                continue
            for i, member in enumerate(members):
                status = (
                    AttendanceStatus.present
                    if i < 60
                    else AttendanceStatus.represented
                    if i < 100
                    else AttendanceStatus.excused
                    if i < 125
                    else AttendanceStatus.absent
                )
                session.add(
                    Attendance(sitting_id=sitting.id or 0, member_id=member.id or 0, status=status)
                )
            for giver, holder in zip(members[60:100], members[:40], strict=True):
                session.add(
                    Proxy(
                        sitting_id=sitting.id or 0,
                        giver_id=giver.id or 0,
                        holder_id=holder.id or 0,
                        source="test",
                    )
                )
        session.commit()


@pytest.fixture
def server() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as api:
        yield api


@pytest.fixture
async def bot(engine: Engine, server: FakeBotAPI) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    populate(engine)
    settings = Settings(telegram_bot_token="123:secret", telegram_api_url=server.base_url)
    app = build_application(settings, engine, clock=lambda: CLOCK)
    app.bot_data.errors = []
    app.bot_data.runtime.flood = FloodGuard.unlimited()
    async with app:
        yield app
    assert app.bot_data.errors == [], "a handler raised"


async def ask(app: Application, server: FakeBotAPI, text: str) -> list[str]:  # type: ignore[type-arg]
    """Send a message, then press « Suite » until the answer is over; the pages as shown."""
    user = TelegramUser(SECRETARIAT_CHAT)
    start = len(server.calls)
    await app.process_update(Update.de_json(user.message_update(text), app.bot))
    pages: list[str] = []
    while True:
        calls = [c for c in server.calls[start:] if c.method == "sendMessage"]
        start = len(server.calls)
        refused = [c for c in calls if not c.ok]
        assert not refused, f"Telegram refused: {refused[0].result or refused[0].status}"
        for call in calls:
            shown = parse_html(str(call.params["text"]))
            assert shown.strip()
            assert utf16_length(shown) <= TEXT_LIMIT
            assert "Désolé" not in shown
            pages.append(shown)
        more = next((data for data in _buttons(calls[-1]) if data.startswith("page:")), None)
        if more is None:
            return pages
        update = user.callback_update(more)
        update["callback_query"]["message"]["message_id"] = calls[-1].result["message_id"]
        await app.process_update(Update.de_json(update, app.bot))


def _buttons(call: ApiCall) -> list[str]:
    markup: Any = call.params.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [b.get("callback_data", "") for row in markup.get("inline_keyboard", []) for b in row]


async def test_the_sheet_of_130_members_arrives_in_valid_pages(
    bot: Application,
    server: FakeBotAPI,  # type: ignore[type-arg]
) -> None:
    pages = await ask(bot, server, "/feuille 27 juin 2024")
    assert len(pages) > 1
    sheet = "\n".join(pages)
    assert "FEUILLE DE PRÉSENCE" in pages[0]
    for i in range(125):  # every present, represented and excused member is named
        assert f"D'ALEMBERT-LAGARDE-{i:03d} & FILS" in sheet
    # Every page is preformatted, as the sheet is: a <pre> reopened on each page.
    refused = [c for c in server.calls if c.method == "sendMessage" and not c.ok]
    assert refused == []
    texts = [str(c.params["text"]) for c in server.calls if c.method == "sendMessage"]
    assert all(t.startswith("<pre>") and t.endswith("</pre>") for t in texts)


@pytest.mark.parametrize(
    "question",
    [
        "/seance 27 juin 2024",
        "/presents 27 juin 2024",
        "/absents 27 juin 2024",
        "/pouvoirs 27 juin 2024",
        "/quorum 25 juillet 2024",
        "/seances",
        "/aide",
    ],
)
async def test_every_long_answer_arrives_in_valid_pages(
    bot: Application,
    server: FakeBotAPI,
    question: str,  # type: ignore[type-arg]
) -> None:
    pages = await ask(bot, server, question)
    assert pages


async def test_the_follow_up_of_a_130_member_convocation(
    bot: Application,
    server: FakeBotAPI,  # type: ignore[type-arg]
) -> None:
    """/convoquer then /suivi: 129 members without an account, each named, in valid pages."""
    started = await ask(bot, server, "/convoquer 25 juillet 2024")
    assert "en cours d'envoi à 1 membre" in "\n".join(started)
    await asyncio.gather(*list(bot.bot_data.broadcasts))
    pages = await ask(bot, server, "/suivi 25 juillet 2024")
    report = "\n".join(pages)
    assert "À convoquer par un autre moyen (129)" in report
    assert report.count("compte Telegram non relié") == 129
