"""Small helpers shared by the end-to-end tests."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from _pytest.mark import ParameterSet
from alembic import command
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from telegram.ext import Application

from bot import app, broadcast
from bot.render import to_plain_text
from bot.services import identity
from bot.transport import Conversation, InProcessBotAPI, Reply
from storage import db
from storage.models import Attendance, Body, Member, Proxy, Sitting
from tests.conftest import CLOCK

COMING_BUREAU = date(2024, 7, 18)
# How much faster than Telegram the broadcast tests run: the Bot API stand-in's flood control
# (FakeBotAPI(speed=…)) and the bot's pace (paced_like_telegram) together, so the bot meets the
# same limits in the same proportions: 67 members took 10 to 40 s each test at Telegram's pace.
TELEGRAM_SPEED = 8.0


def text(replies: list[Reply]) -> str:
    """What the member reads, with French no-break spaces shown as plain spaces."""
    plain = "\n".join(to_plain_text(r.text) for r in replies)
    return plain.replace("\u202f", " ").replace("\xa0", " ")


QUESTIONS = Path(__file__).parent / "fixtures" / "questions"
Line = tuple[str, list[str]]  # a message, and the parts its answer must (or, « !… », must not) say


def conversation_blocks(pattern: str) -> list[list[Line]]:
    """The conversation tables tests/fixtures/questions/<pattern>, in blocks: each block one
    conversation (lines « message<TAB>part | part », a blank line between conversations, « # »
    comments)."""
    blocks: list[list[Line]] = [[]]
    lines = [
        line
        for table in sorted(QUESTIONS.glob(pattern))
        for line in [*table.read_text(encoding="utf-8").splitlines(), ""]
    ]
    for raw in lines:
        if raw.startswith("#"):
            continue
        if not raw.strip():
            if blocks[-1]:
                blocks.append([])
            continue
        message, _, expected = raw.partition("\t")
        blocks[-1].append((message, [p.strip() for p in expected.split(" | ") if p.strip()]))
    return [b for b in blocks if b]


def tables(pattern: str) -> list[list[list[Line]]]:
    """Each conversation table tests/fixtures/questions/<pattern>, in order, as its blocks."""
    return [conversation_blocks(table.name) for table in sorted(QUESTIONS.glob(pattern))]


def postgresql_sample(blocks: list[list[Line]]) -> list[list[Line]]:
    """The blocks of one table that also run on PostgreSQL: its first, so that every table's
    kind of line is there, and one in four of the others, chosen by their messages (the choice
    stays when blocks are added). What a table proves is how a sentence is read and answered;
    the store's part in it (look-ups, searches, orderings, proxies written, follow-ups kept in
    ChatState) is proved on both databases by the storage, proxy and read-layer tests, and the
    sample shows, on every table, that both answer alike. A whole table on PostgreSQL re-ran
    the same Python readers: the conversations alone were a third of the suite's time."""
    return [
        block
        for number, block in enumerate(blocks)
        if not number or zlib.crc32("\n".join(m for m, _ in block).encode()) % 4 == 0
    ]


def table_cases(
    pattern: str, name: Callable[[list[Line]], str] = lambda b: b[0][0][:40]
) -> list[ParameterSet]:
    """`(database_url, block)` parameters for the tables `pattern`: every block on SQLite,
    each table's `postgresql_sample` on PostgreSQL too; each test named by its database and
    `name`."""
    found = tables(pattern)
    return [
        *(pytest.param("sqlite", b, id=f"sqlite-{name(b)}") for t in found for b in t),
        *(
            pytest.param("postgresql", b, id=f"postgresql-{name(b)}")
            for t in found
            for b in postgresql_sample(t)
        ),
    ]


async def say(chat: Conversation, message: str) -> str:
    """What the member reads after sending a table's message (« [bouton] Label » presses it)."""
    if message.startswith("[bouton] "):
        return text(await chat.press(message.removeprefix("[bouton] ")))
    return text(await chat.send(message))


def assert_says(message: str, answer: str, expected: list[str]) -> None:
    for part in expected:
        if part.startswith("!"):
            assert part[1:] not in answer, (message, answer)
        else:
            assert part in answer, (message, answer)


def migrate(engine: Engine, action: str, revision: str) -> None:
    """Alembic's upgrade or downgrade to a revision, on the test store's own connection."""
    config = db.alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


def deliberation_column_round_trip(engine: Engine, column: str, down_to: str) -> None:
    """A migration that adds `column` to deliberation: down to `down_to` the column goes and
    every act stays (same ids, same numbers), back up the column is there again."""

    def columns() -> set[str]:
        return {c["name"] for c in sa.inspect(engine).get_columns("deliberation")}

    assert column in columns()
    with engine.connect() as connection:
        before = connection.execute(sa.text("SELECT id, number FROM deliberation")).all()
    migrate(engine, "downgrade", down_to)
    assert column not in columns()
    with engine.connect() as connection:
        kept = connection.execute(sa.text("SELECT id, number FROM deliberation")).all()
    assert sorted(map(tuple, kept)) == sorted(map(tuple, before))
    migrate(engine, "upgrade", "head")
    assert column in columns()


def add_coming_bureau_sitting(session: Session, **fields: Any) -> Sitting:
    """The Bureau's next sitting in the tests: Thursday 18 July 2024 at 17:00, 67 in office,
    eight days after the tests' clock. Flushed, not committed: the caller adds its own rows."""
    bureau = session.exec(select(Body).where(Body.name == "Bureau Métropolitain")).one()
    values: dict[str, Any] = {
        "held_on": COMING_BUREAU,
        "start_time": time(17, 0),
        "place": "Hôtel de métropole",
        "in_office": 67,
    }
    sitting = Sitting(body_id=bureau.id or 0, **(values | fields))
    session.add(sitting)
    session.flush()
    return sitting


def link_account(session: Session, last_name: str, telegram_user_id: int) -> Member:
    """Tie a member to a Telegram account as an opened invitation would (not committed)."""
    member = session.exec(select(Member).where(Member.last_name == last_name)).one()
    member.telegram_user_id = telegram_user_id
    session.add(member)
    return member


def paced_like_telegram(monkeypatch: pytest.MonkeyPatch, speed: float = TELEGRAM_SPEED) -> None:
    """Pace the bot `speed` times faster than in production (its overall rate and its gap
    between two messages to one member), for a FakeBotAPI(speed=speed) whose flood control
    runs that much faster too: the production pace meets Telegram's limits in the same
    proportions, and a test waits a fraction of the time."""
    monkeypatch.setattr(app, "PACE", app.PACE * speed)
    monkeypatch.setattr(broadcast, "PER_CHAT_GAP", broadcast.PER_CHAT_GAP / speed)


async def linked(
    app_api: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    engine: Engine,
    last_name: str,
    user_id: int,
) -> Conversation:
    """A member who opened their invitation link: the real /start <token> path."""
    app, api = app_api
    with db.session(engine) as session:
        member = session.exec(select(Member).where(Member.last_name == last_name)).one()
        token = identity.create_invitation(
            session=session, member=member, now=CLOCK, valid_for=timedelta(days=7)
        )
    chat = Conversation(app, api, user_id)
    assert "Bienvenue" in text(await chat.send(f"/start {token}"))
    return chat


async def proxy_given(
    app_api: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    engine: Engine,
    giver: str,
    holder: str,
    user_id: int,
) -> Conversation:
    """The member `giver`, linked as `user_id`, who gave their proxy for the next sitting to
    `holder` (« /pouvoir <holder> », then « Confirmer »)."""
    chat = await linked(app_api, engine, giver, user_id)
    await chat.send(f"/pouvoir {holder}")
    assert "est enregistré" in text(await chat.press("Confirmer"))
    return chat


def active_proxies(engine: Engine, sitting_id: int) -> list[tuple[str, str]]:
    """(giver, holder) surnames of the sitting's proxies in force."""
    with db.session(engine) as session:
        rows = session.exec(
            select(Proxy).where(Proxy.sitting_id == sitting_id, col(Proxy.revoked_at).is_(None))
        ).all()
        names = {m.id: m.last_name for m in session.exec(select(Member))}
        return sorted((names[p.giver_id], names[p.holder_id]) for p in rows)


def attendance_status(engine: Engine, sitting_id: int, last_name: str) -> str | None:
    """The member's status at the sitting as the store keeps it (None: no row)."""
    with db.session(engine) as session:
        return session.exec(
            select(Attendance.status)
            .join(Member, col(Member.id) == Attendance.member_id)
            .where(Attendance.sitting_id == sitting_id, Member.last_name == last_name)
        ).first()


def sample_dated(folder: Path, year: str, number: str = "2024.00417") -> Path:
    """The bundled extract, its sitting and convocation printed in `year` (a misprint), its act
    numbered `number` (another act than the sample's: a store holding the sample keeps an act
    printed under another sitting where it was voted)."""
    from tests.conftest import SAMPLE_EXTRACT

    text = SAMPLE_EXTRACT.read_text(encoding="utf-8")
    path = folder / f"bureau-{year}.txt"
    path.write_text(
        text.replace("04 JUILLET 2024", f"04 JUILLET {year}")
        .replace("convoqué le 28 juin 2024", f"convoqué le 28 juin {year}")
        .replace("2024.00417", number),
        encoding="utf-8",
    )
    return path
