"""Convocations of any length reach every member, through the real HTTPXRequest and a Bot API
stand-in that refuses what Telegram refuses (over 4,096 characters once parsed, invalid HTML);
Telegram's refusals are told apart; each member's receipt is proof, down to a spreadsheet."""

from __future__ import annotations

import asyncio
import csv
import io
import random
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select
from telegram import Update

from bot.app import build_application
from bot.broadcast import deliver
from bot.render import render, to_plain_text
from bot.services import convocations
from bot.services.flood import FloodGuard
from bot.settings import Settings
from bot.transport import TelegramUser
from storage import db, queries
from storage.models import Delivery, DeliveryStatus, Member, Role, Sitting
from tests.botapi_server import TEXT_LIMIT, FakeBotAPI, parse_html, utf16_length
from tests.conftest import sqlite_only
from tests.helpers import TELEGRAM_SPEED, add_coming_bureau_sitting, paced_like_telegram

TZ = ZoneInfo("Europe/Paris")
NOW = datetime(2024, 7, 10, 10, 0, tzinfo=UTC)
SUBJECTS = (
    "Approbation du procès-verbal de la séance précédente",
    "Contrat local des solidarités — attribution de subventions aux associations « Loire & Co »",
    "Convention d'objectifs avec l'Office de tourisme <Saint-Étienne Hors Cadre>",
    "Plan climat-air-énergie territorial : avenant n° 3 et mise à jour du programme d'actions",
    "Transports urbains : tarification solidaire 2024-2025, gratuité des moins de 11 ans",
    "Budget supplémentaire ; décision modificative n° 2 ; reprise anticipée des résultats",
)


def long_agenda(items: int = 40, seed: int = 10) -> list[str]:
    """A realistic agenda: 40 items of varied length, about 6,000 characters in all."""
    rng = random.Random(seed)
    agenda = []
    for number in range(1, items + 1):
        subject = rng.choice(SUBJECTS)
        detail = " — ".join(rng.sample(SUBJECTS, 1))[: rng.randint(20, 80)]
        agenda.append(f"Délibération 2024.{number:05d} : {subject} ({detail})")
    assert 135 * items < len("\n".join(agenda)) < 190 * items  # 40 items: about 6,000
    return agenda


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBotAPI]:
    """Telegram's flood control, and the bot at its production pace, both TELEGRAM_SPEED
    times faster."""
    paced_like_telegram(monkeypatch)
    with FakeBotAPI(speed=TELEGRAM_SPEED) as api:
        api.enforce_rate(per_second=30, per_chat_per_second=1)  # Telegram's flood control
        yield api


def link_everyone(engine: Engine, agenda: list[str]) -> int:
    with db.session(engine) as session:
        sitting = add_coming_bureau_sitting(session, agenda=agenda)
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


async def broadcast(server: FakeBotAPI, engine: Engine, when: datetime = NOW):  # type: ignore[no-untyped-def]
    settings = Settings(telegram_bot_token="123:secret", telegram_api_url=server.base_url)
    application = build_application(settings, engine)
    async with application:
        return await deliver(application.bot, engine, clock=lambda: when, tz=TZ)


def received(server: FakeBotAPI) -> dict[int, list[str]]:
    """What each chat was shown, message by message (texts as parsed, documents by name)."""
    chats: dict[int, list[str]] = defaultdict(list)
    for call in server.messages():
        if call.method == "sendMessage":
            chats[int(call.chat_id or 0)].append(parse_html(str(call.params["text"])))
        else:
            chats[int(call.chat_id or 0)].append(f"[{call.files['document'].filename}]")
    return chats


def assert_whole_agenda(messages: list[str], agenda: list[str]) -> None:
    text = "\n".join(messages)
    positions = [text.find(f"{number}. {item}") for number, item in enumerate(agenda, 1)]
    assert -1 not in positions, "an item of the agenda is missing"
    assert positions == sorted(positions), "the items are out of order"


@sqlite_only
async def test_a_40_item_agenda_reaches_every_linked_member(
    server: FakeBotAPI, loaded_engine: Engine
) -> None:
    """How a long agenda is cut into pages, on SQLite only: the deliveries' claims, statuses
    and report are written by the same SQL for one page or three, proved on both databases by
    tests/test_broadcast_http.py (67 members, a restart half way, a send that times out) and
    tests/test_faults.py (a broadcast killed and started again)."""
    agenda = long_agenda()
    sitting_id = link_everyone(loaded_engine, agenda)
    result = await broadcast(server, loaded_engine)
    assert server.status_counts().get(400, 0) == 0, "Telegram refused a message"
    assert result.sent == 67
    assert result.rejected == result.unreachable == result.failed == 0
    chats = received(server)
    assert len(chats) == 67
    for messages in chats.values():
        assert all(utf16_length(m) <= TEXT_LIMIT for m in messages)
        notice, *agenda_pages, calendar = messages
        assert notice.startswith("Convocation — Bureau Métropolitain")
        assert "jeudi 18 juillet 2024 à 17 h 00" in notice.replace("\u202f", " ")
        assert "Ordre du jour (40 points) : il suit ce message." in notice
        assert len(agenda_pages) == 2
        assert agenda_pages[0].startswith("Ordre du jour — Bureau Métropolitain")
        assert "(1/2)" in agenda_pages[0]
        assert_whole_agenda(agenda_pages, agenda)
        # Cut between items: every line of a page is a whole item (or the page's heading).
        for page in agenda_pages:
            for line in page.split("\n")[2:]:
                assert line in {f"{n}. {item}" for n, item in enumerate(agenda, 1)}
        assert calendar == "[seance-2024-07-18.ics]"
    with db.session(loaded_engine) as session:
        rows = session.exec(select(Delivery).where(Delivery.sitting_id == sitting_id)).all()
        assert {row.status for row in rows} == {DeliveryStatus.sent}
        assert all(row.calendar_sent_at is not None for row in rows)  # agenda and .ics followed
        report = convocations.report(session=session, sitting_id=sitting_id)
        view = queries.sitting_view(session=session, sitting_id=sitting_id)
    shown = to_plain_text(render("convocation_report", s=view, r=report, tz=TZ))
    assert "Envoyées : 67 / 67" in shown
    assert "a bloqué" not in shown


@sqlite_only
async def test_a_corrective_notice_and_the_reminders_arrive_whole_too(
    server: FakeBotAPI, loaded_engine: Engine
) -> None:
    """SQLite only, as the test above: a correction and the reminders are stored on both
    databases by tests/test_convocations.py (a change of place, reminders to the silent)."""
    agenda = long_agenda(items=55, seed=3)
    sitting_id = link_everyone(loaded_engine, agenda)
    await broadcast(server, loaded_engine)
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, sitting_id)
        assert sitting is not None
        sitting.place = "Salle des fêtes de Firminy, " + "escalier B, " * 13  # 200 at most
        session.add(sitting)
        convocations.correct(
            session=session,
            sitting=sitting,
            now=NOW,
            actor=convocations.Actor(None, channel="test"),
            changes={"place": sitting.place},
        )
    start = len(server.calls)
    await broadcast(server, loaded_engine)
    eve = datetime(2024, 7, 17, 8, 0, tzinfo=UTC)
    with db.session(loaded_engine) as session:
        assert convocations.due_reminders(session=session, now=eve, tz=TZ) == 67
    await broadcast(server, loaded_engine, when=eve)
    assert not [c for c in server.calls[start:] if c.status == 400]
    chats: dict[int, list[str]] = defaultdict(list)
    for call in server.calls[start:]:
        if call.ok and call.method == "sendMessage":
            chats[int(call.chat_id or 0)].append(parse_html(str(call.params["text"])))
    assert len(chats) == 67
    for messages in chats.values():
        corrections = [m for m in messages if m.startswith("Rectificatif")]
        assert len(corrections) == 1
        assert_whole_agenda(messages[1:-1], agenda)
        assert messages[-1].startswith("Rappel : la séance du Bureau Métropolitain a lieu demain")


async def test_forbidden_is_the_members_side(server: FakeBotAPI, loaded_engine: Engine) -> None:
    sitting_id = link_everyone(loaded_engine, ["Approbation du procès-verbal"])
    with db.session(loaded_engine) as session:
        blocked = session.exec(select(Member).where(Member.last_name == "DEGRAIX")).one()
    server.block(blocked.telegram_user_id or 0)
    result = await broadcast(server, loaded_engine)
    assert (result.sent, result.unreachable, result.rejected) == (66, 1, 0)
    with db.session(loaded_engine) as session:
        report = convocations.report(session=session, sitting_id=sitting_id)
        view = queries.sitting_view(session=session, sitting_id=sitting_id)
    shown = to_plain_text(render("convocation_report", s=view, r=report, tz=TZ))
    assert [line.name for line in report.by_other_means] == [blocked.display_name]
    assert f"{blocked.display_name} : a bloqué l'assistant" in shown
    assert "Telegram a refusé notre message" not in shown


async def test_bad_request_is_ours_reported_and_not_retried_blindly(
    server: FakeBotAPI, loaded_engine: Engine
) -> None:
    """A message Telegram refuses is rejected, reported as our error (nobody is said to have
    blocked the bot), not sent again to the others nor at the next round; convening again,
    once the message is corrected, sends it to those who did not get it, and only to them."""
    sitting_id = link_everyone(loaded_engine, ["Approbation du procès-verbal"])
    server.bad_request(
        'can\'t parse entities: Unsupported start tag "blink"', methods=["sendMessage"]
    )
    result = await broadcast(server, loaded_engine)
    await broadcast(server, loaded_engine, when=datetime(2024, 7, 10, 11, 0, tzinfo=UTC))
    assert len([c for c in server.calls if c.status == 400]) == 1  # never tried again
    assert result.rejected >= 1
    assert result.unreachable == 0
    assert result.sent + result.rejected == 67
    with db.session(loaded_engine) as session:
        statuses = {
            DeliveryStatus(row.status)
            for row in session.exec(select(Delivery).where(Delivery.sitting_id == sitting_id))
        }
        assert DeliveryStatus.rejected in statuses
        assert statuses <= {DeliveryStatus.rejected, DeliveryStatus.sent}
        report = convocations.report(session=session, sitting_id=sitting_id)
        view = queries.sitting_view(session=session, sitting_id=sitting_id)
    shown = to_plain_text(render("convocation_report", s=view, r=report, tz=TZ))
    assert "Telegram a refusé notre message" in shown
    assert "erreur de l'envoi, pas des membres" in shown
    assert "unsupported start tag" in shown.casefold()
    assert "a bloqué" not in shown
    assert report.by_other_means == []
    # Convened again (the message corrected): the rejected ones get it, nobody twice.
    with db.session(loaded_engine) as session:
        convocations.convene(
            session=session,
            sitting_id=sitting_id,
            now=NOW,
            tz=TZ,
            actor=convocations.Actor(None, channel="test"),
        )
    await broadcast(server, loaded_engine, when=datetime(2024, 7, 10, 12, 0, tzinfo=UTC))
    notices = [
        c.chat_id
        for c in server.messages()
        if c.method == "sendMessage" and "Convocation — " in str(c.params["text"])
    ]
    assert len(notices) == len(set(notices)) == 67


def test_the_proof_of_receipt_as_a_spreadsheet(loaded_engine: Engine, tmp_path: Path) -> None:
    """UTF-8 with a byte order mark and « ; »: what a French Excel opens as it is."""
    sitting_id = link_everyone(loaded_engine, ["Budget"])
    sent_at = datetime(2024, 7, 10, 10, 0, 5, tzinfo=UTC)
    with db.session(loaded_engine) as session:
        rows = session.exec(select(Delivery).where(Delivery.sitting_id == sitting_id)).all()
        first, second = rows[0], rows[1]
        first.status, first.sent_at, first.telegram_message_id = "sent", sent_at, 4242
        first.acknowledged_at = datetime(2024, 7, 10, 12, 30, tzinfo=UTC)
        first.answer, first.answered_at = "proxy", datetime(2024, 7, 11, 7, 0, tzinfo=UTC)
        second.status, second.error = "unreachable", "Forbidden: bot was blocked by the user"
        session.add_all([first, second])
        session.commit()
        report = convocations.report(session=session, sitting_id=sitting_id)
        names = {r.member_id: session.get(Member, r.member_id) for r in (first, second)}
    path = tmp_path / "preuve.csv"
    convocations.save_csv(report, path, TZ)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert table[0][:4] == ["membre", "statut", "envoyée le", "n° du message Telegram"]
    assert len(table) == 68
    by_name = {row[0]: row for row in table[1:]}
    member = names[first.member_id]
    assert member is not None
    row = by_name[member.display_name]
    assert row[1:4] == ["reçue", "10/07/2024 12:00:05", "4242"]  # Paris time, to the second
    assert row[5:8] == ["10/07/2024 14:30:00", "pouvoir", "11/07/2024 09:00:00"]
    blocked = names[second.member_id]
    assert blocked is not None
    assert by_name[blocked.display_name][1] == "injoignable"
    assert "blocked" in by_name[blocked.display_name][8]


async def test_the_secretariat_is_told_when_telegram_refuses_the_convocation(
    server: FakeBotAPI, loaded_engine: Engine
) -> None:
    """/convoquer through the real Application: the refusal reaches whoever convened, as an
    error of the message, and /suivi shows it."""
    with db.session(loaded_engine) as session:
        add_coming_bureau_sitting(session, agenda=["Budget"])
        for member in session.exec(select(Member)):
            member.telegram_user_id = 100_000 + (member.id or 0)
            session.add(member)
        dallara = session.exec(select(Member).where(Member.last_name == "DALLARA")).one()
        dallara.role = Role.secretariat
        session.add(dallara)
        session.commit()
        secretariat = dallara.telegram_user_id or 0
    settings = Settings(telegram_bot_token="123:secret", telegram_api_url=server.base_url)
    app = build_application(settings, loaded_engine, clock=lambda: NOW)
    app.bot_data.errors = []
    app.bot_data.runtime.flood = FloodGuard.unlimited()
    user = TelegramUser(secretariat)
    async with app:
        await app.process_update(Update.de_json(user.message_update("/convoquer"), app.bot))
        server.bad_request("message is too long", methods=["sendMessage"])
        await asyncio.wait_for(asyncio.gather(*list(app.bot_data.broadcasts)), 60)
        told = [
            parse_html(str(c.params["text"]))
            for c in server.sent_to(secretariat)
            if "Telegram a refusé notre message" in str(c.params.get("text"))
        ]
        assert len(told) == 1
        assert "pas de leur fait" in told[0]
        assert "message is too long" in told[0].casefold()
    assert app.bot_data.errors == []
