"""One engine per database URL, sessions, and schema upgrades through Alembic."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from storage import cues

SQLITE_BUSY_TIMEOUT_MS = 15_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers and one writer work at once; the busy timeout makes a second writer wait
    # instead of failing; SQLite checks foreign keys only when asked to.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # A file's pool hands back the connection used last: a write by one connection makes
        # SQLite drop every other connection's page cache. An in-memory store has one
        # connection (SQLAlchemy's SingletonThreadPool), which takes no such option.
        lifo = (
            {}
            if sa.engine.make_url(url).database in (None, "", ":memory:")
            else {"pool_use_lifo": True}
        )
        engine = sa.create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            **lifo,
        )
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    from storage.models import where_on_postgresql

    where_on_postgresql()
    return sa.create_engine(url, pool_pre_ping=True)


if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("storage") / "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


MIGRATION_LOCK = 7_461_203  # any constant: PostgreSQL advisory lock id for migrations


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; a fresh database is created this way.

    On PostgreSQL several processes may start at once (webhook replicas): the first takes a
    transaction-level lock and migrates, the others wait for it and then find nothing to do.

    A store already at the newest revision is told by one query, without loading Alembic
    (a third of the console's start-up): every command opens the store this way."""
    if _at_head(engine):
        return
    from alembic import command

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            lock = sa.text("SELECT pg_advisory_xact_lock(:id)")
            connection.execute(lock, {"id": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


_REVISION = cues.plain(r"^revision(?:\s*:\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = cues.plain(r"^down_revision\b[^=]*=\s*(.+)$", re.MULTILINE)


@cache
def head_revisions() -> frozenset[str] | None:
    """The newest revisions of storage/migrations, read from the scripts' text; None when a
    script is not in the plain form (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (files("storage") / "migrations" / "versions").iterdir():
        if not script.name.endswith(".py") or script.name.startswith("__"):
            continue
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    return frozenset(heads) if heads else None


def _at_head(engine: Engine) -> bool:
    heads = head_revisions()
    if heads is None:
        return False
    # One query: a store without Alembic's table (a new one) answers it with an error.
    with engine.connect() as connection:
        try:
            current = connection.execute(sa.text("SELECT version_num FROM alembic_version"))
        except sa.exc.DBAPIError:
            return False
        return frozenset(current.scalars()) == heads


def session(engine: Engine) -> Session:
    return Session(engine, expire_on_commit=False)


def insert(session: Session, table: Any) -> Any:
    """An INSERT in the store's own dialect, so that it can say ON CONFLICT DO NOTHING/UPDATE
    (SQLite and PostgreSQL both can): what two processes may write at once."""
    return insert_for(session.get_bind().dialect.name, table)


def insert_for(dialect_name: str, table: Any) -> Any:
    """`insert` for a dialect known by its name (PostgreSQL's loaded only for its store)."""
    if dialect_name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table)


IMPORT_LOCK = 7_461_204  # PostgreSQL advisory lock id: one importer writes at a time


def lock_for_writing(session: Session) -> None:
    """Begin the session's transaction holding the store's write lock.

    What is read after this cannot change under the transaction: two importers that both
    read the member directory before writing would both create the same new members. On
    SQLite, BEGIN IMMEDIATE takes the write lock up front (the busy timeout makes the second
    wait); on PostgreSQL a transaction-level advisory lock does the same for importers.
    Call it first in a transaction: on SQLite, a write transaction already open is kept.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        dbapi = connection.connection.dbapi_connection
        if dbapi is not None and not dbapi.in_transaction:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        return
    connection.execute(sa.text("SELECT pg_advisory_xact_lock(:id)"), {"id": IMPORT_LOCK})
