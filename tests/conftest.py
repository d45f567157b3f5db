"""Shared fixtures: real databases (a SQLite file, and PostgreSQL when CI provides a server).

Every test that takes `engine` runs once per database. PostgreSQL tests need
COUNCIL_TEST_POSTGRES_URL (a role allowed to create databases); `.ci/run` starts a server and
sets it. Each test gets a fresh database cloned from a migrated template, so tests never see
each other's rows.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
import warnings
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlmodel import select
from telegram.ext import Application

from bot.app import build_application
from bot.services.flood import FloodGuard
from bot.settings import Settings
from bot.transport import Conversation, InProcessBotAPI
from storage import db
from storage.models import Member

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_EXTRACT = FIXTURES / "extracts" / "bureau-2024-07-04-deliberation-2024.00417.txt"
SAMPLE_SCDL = FIXTURES / "scdl" / "scdl-deliberations-saint-etienne-metropole-2022.csv"
POSTGRES_URL = os.environ.get("COUNCIL_TEST_POSTGRES_URL") or None  # empty means unset


def _admin_engine(url: str) -> Engine:
    return sa.create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A migrated database that each PostgreSQL test clones (CREATE DATABASE … TEMPLATE)."""
    assert POSTGRES_URL is not None
    name = f"council_tmpl_{uuid.uuid4().hex[:8]}"
    admin = _admin_engine(POSTGRES_URL)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    template_engine = db.make_engine(
        make_url(POSTGRES_URL).set(database=name).render_as_string(False)
    )
    db.migrate(template_engine)
    template_engine.dispose()
    yield name
    _drop(admin, name)
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'council.db'}"
        return
    if POSTGRES_URL is None:
        pytest.skip("COUNCIL_TEST_POSTGRES_URL is not set (.ci/run starts PostgreSQL and sets it)")
    template = request.getfixturevalue("postgres_template")
    name = f"council_t_{uuid.uuid4().hex[:10]}"
    admin = _admin_engine(POSTGRES_URL)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    _drop(admin, name)
    admin.dispose()


# For what only a database server can show (its restart, several processes migrating at once).
postgresql_only = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def _drop(admin: Engine, name: str) -> None:
    """Drop a test database; an autovacuum worker still in it may delay that a moment."""
    for attempt in range(10):
        try:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except sa.exc.DBAPIError:
            time.sleep(0.2 * (attempt + 1))
    warnings.warn(f"test database {name} left behind", stacklevel=1)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated, empty store on each database."""
    engine = db.make_engine(database_url)
    db.migrate(engine)  # a no-op on a PostgreSQL clone of the template, a real upgrade on SQLite
    yield engine
    engine.dispose()


# -- the bot, through a real Application and real Update objects ------------------------------

CLOCK = datetime(2024, 7, 10, 10, 0, tzinfo=UTC)  # six days after the seed's Bureau


@pytest.fixture
def loaded_engine(engine: Engine) -> Engine:
    """The store with the bundled sample documents imported."""
    from storage.importer import Importer

    with db.session(engine) as session:
        reports = Importer(session).import_files([SAMPLE_EXTRACT, SAMPLE_SCDL])
        assert all(r.status == "imported" for r in reports), reports
    return engine


@contextlib.asynccontextmanager
async def running_application(
    engine: Engine,
) -> AsyncIterator[tuple[Application, InProcessBotAPI]]:  # type: ignore[type-arg]
    """One bot process on `engine`, answering through an in-process Bot API."""
    api = InProcessBotAPI()
    app = build_application(
        Settings(database_url="sqlite://"), engine, request=api, clock=lambda: CLOCK
    )
    app.bot_data.errors = []  # the error handler collects what handlers raised
    # Tests send as fast as they can; tests/test_flood_and_logs.py puts a real guard back.
    app.bot_data.runtime.flood = FloodGuard.unlimited()
    async with app:
        yield app, api
    assert app.bot_data.errors == [], "a handler raised"


@pytest.fixture
async def application(loaded_engine: Engine) -> AsyncIterator[tuple[Application, InProcessBotAPI]]:  # type: ignore[type-arg]
    async with running_application(loaded_engine) as app_api:
        yield app_api


def member_id(engine: Engine, last_name: str) -> int:
    with db.session(engine) as session:
        member = session.exec(select(Member).where(Member.last_name == last_name)).one()
        assert member.id is not None
        return member.id


@pytest.fixture
def degraix(application, loaded_engine: Engine) -> Conversation:  # type: ignore[no-untyped-def]
    """Jean-Luc DEGRAIX, a Bureau member, chatting with the bot."""
    app, api = application
    user_id = 501
    app.bot_data.runtime.acting_as[user_id] = member_id(loaded_engine, "DEGRAIX")
    return Conversation(app, api, user_id, "Jean-Luc")


@pytest.fixture
def stranger(application) -> Conversation:  # type: ignore[no-untyped-def]
    app, api = application
    return Conversation(app, api, 666, "Curieux")
