"""What a conversation is in the middle of, in the store rather than in a process's memory.

Behind a load balancer two updates from one member may reach two bot processes; whichever
gets « Suite » or the next answer of a draft finds here what the other one left. Each value
lives until `expires_at`: an expired one reads as absent, and putting a value clears every
expired row (puts are rare: a long answer, a draft's step), so the table stays small: at most
once a minute per store and process (`SWEEP_EVERY`), since the sweep reads the whole table
(its expiry is not indexed) and what it removes could not be read anyway.
"""

from __future__ import annotations

import json
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect, Engine
from sqlmodel import Session, col

from storage import db
from storage.models import ChatState

EVERYONE = 0  # no Telegram account has this id: values any account may read
SWEEP_EVERY = timedelta(minutes=1)


def put(
    *,
    session: Session,
    telegram_user_id: int,
    key: str,
    value: Any,
    now: datetime,
    ttl: timedelta,
    sweep: bool = True,
    unchanged: timedelta | None = None,
) -> None:
    """Keep `value` (JSON) for this account under `key` until `now + ttl`; committed.

    `sweep=False` leaves expired rows to the next put that sweeps: a value written for every
    question (the conversation's thread, one row per account) need not pay for it each time;
    and when the session has nothing to commit (`_nothing_written`), such a value goes
    straight to the driver on a connection of its own (`_Direct`): the session's machinery
    around one upsert, and its commit, cost several times the write itself.

    `unchanged`: when this session has read the account's values (`get`) and this very value
    is there, expiring at most `unchanged` before `now + ttl`, nothing is written (a member
    asking the same question again: the thread it would write is the one kept).
    """
    global _writes
    now = now.astimezone(UTC)  # SQLite keeps no offset: every timestamp here is UTC
    text = _encode(value)  # once: compared with the value kept, then written as it is
    if unchanged is not None and _kept_as_is(
        session, telegram_user_id, key, text, now, now + ttl - unchanged
    ):
        return
    _writes += 1
    bind = session.get_bind()
    sweep = sweep and _sweep_due(bind, now)
    if not sweep and isinstance(bind, Engine) and _nothing_written(session):
        row = {"u": telegram_user_id, "k": key, "v": text, "e": now + ttl}
        _direct(bind.dialect, "upsert", _upsert(bind.dialect)).run(bind, row)
        return
    if sweep:
        session.execute(sa.delete(ChatState).where(col(ChatState.expires_at) <= now))
    row = {"u": telegram_user_id, "k": key, "v": value, "e": now + ttl}
    session.connection().execute(_upsert(bind.dialect), row)
    session.commit()


def _encode(value: Any) -> str:
    """The JSON text of a value, as SQLAlchemy's JSON columns write it (`json.dumps`): a value
    put again compares with the text kept before decoding anything."""
    return json.dumps(value)


def _kept_as_is(
    session: Session, telegram_user_id: int, key: str, text: str, now: datetime, until: datetime
) -> bool:
    """Whether the account's values as this session read them (`_account_values`; none read:
    False) hold the JSON `text` under `key`, kept until `until` at least."""
    kept = session.info.get(_SNAPSHOTS, {}).get(telegram_user_id)
    if kept is None or kept.writes != _writes or not kept.since <= now:
        return False
    stored = kept.values.get(key)
    if stored is None or stored[1] < until:
        return False
    # The same value written in another order of its keys is as long: texts of other lengths
    # are other values (most puts), told without decoding either (at worst one write more).
    if stored[0] == text or len(stored[0]) != len(text):
        return stored[0] == text
    return bool(json.loads(stored[0]) == json.loads(text))


# When each store was last swept by this process: a sweep scans the whole table, and a member
# choosing among sittings puts a value at every question (bench/throughput.py: a sweep at each
# of them cost more than the rest of the answer). Expired rows read as absent meanwhile.
_SWEPT: weakref.WeakKeyDictionary[Any, datetime] = weakref.WeakKeyDictionary()


def _sweep_due(bind: Any, now: datetime) -> bool:
    """Whether expired rows should be cleared now: not within `SWEEP_EVERY` of the last sweep
    of this store (a clock set back sweeps again)."""
    last = _SWEPT.get(bind)
    if last is not None and last <= now < last + SWEEP_EVERY:
        return False
    _SWEPT[bind] = now
    return True


def _nothing_written(session: Session) -> bool:
    """Whether the session has nothing to commit, so that a value may go through a connection
    of its own without anything of the session's going unseen or waiting on it: no transaction
    begun, or on SQLite one that has only read. The driver there begins a transaction only
    before a write (a SELECT runs on its own), so a handler that read its answer from the store
    and wrote nothing holds no lock nor snapshot: its thread is written as if it had not read.
    """
    if not session.in_transaction():
        return True
    if session.new or session.dirty or session.deleted:
        return False  # ORM changes not yet flushed: they go with the value, in one commit
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return False  # PostgreSQL's transaction began with the first read: it may hold writes
    driver = connection.connection.dbapi_connection
    return driver is not None and not driver.in_transaction


_UPSERTS: dict[str, Any] = {}


def _upsert(dialect: Dialect) -> Any:
    """An upsert (two processes may put the same key at once: a member pressing twice), built
    once per dialect with bound parameters: building it costs more than running it."""
    if dialect.name not in _UPSERTS:
        table = ChatState.__table__  # type: ignore[attr-defined]  # Core: no ORM bulk path
        columns = table.c
        statement = db.insert_for(dialect.name, table).values(
            telegram_user_id=sa.bindparam("u", type_=columns.telegram_user_id.type),
            key=sa.bindparam("k", type_=columns.key.type),
            value=sa.bindparam("v", type_=columns.value.type),
            expires_at=sa.bindparam("e", type_=columns.expires_at.type),
        )
        _UPSERTS[dialect.name] = statement.on_conflict_do_update(
            index_elements=["telegram_user_id", "key"],
            set_={"value": statement.excluded.value, "expires_at": statement.excluded.expires_at},
        )
    return _UPSERTS[dialect.name]


@dataclass(frozen=True, slots=True)
class _Direct:
    """A statement compiled once for one dialect, run through the driver itself: SQLAlchemy's
    own SQL (placeholders, casts) and its columns' conversions (timestamps; JSON given as
    its text, `_json_bind`), without a Connection or a Session around each run. For the
    thread, read and written at every answer; only when the caller's session has nothing
    under way, so nothing of it goes unseen."""

    sql: str
    # Each placeholder's parameter, in the SQL's order, and its conversion for the driver.
    order: tuple[tuple[str, Callable[[Any], Any] | None], ...]
    positional: bool
    results: tuple[Callable[[Any], Any] | None, ...]  # each column's conversion, for a read

    def run(self, engine: Engine, row: dict[str, Any]) -> Any:
        """Committed; the first column of the first row read (None without one)."""
        found = self._run(engine, row, all_rows=False)
        if found is None:
            return None
        result = self.results[0] if self.results else None
        return result(found[0]) if result else found[0]

    def rows(self, engine: Engine, row: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Every row read, each column converted."""
        return [
            tuple(c(v) if c else v for c, v in zip(self.results, found, strict=True))
            for found in self._run(engine, row, all_rows=True)
        ]

    def _run(self, engine: Engine, row: dict[str, Any], *, all_rows: bool) -> Any:
        parameters: Any = [row[n] if c is None else c(row[n]) for n, c in self.order]
        if not self.positional:
            parameters = {n: v for (n, _), v in zip(self.order, parameters, strict=True)}
        held = _held(engine)
        if held is not None:
            try:
                return self._execute(held, parameters, all_rows)
            except BaseException:
                held.rollback()  # never keep the write lock of a statement that failed
                raise
        connection = engine.raw_connection()  # from the pool; rolled back if anything fails
        try:
            return self._execute(connection, parameters, all_rows)
        finally:
            connection.close()

    def _execute(self, connection: Any, parameters: Any, all_rows: bool) -> Any:
        cursor = connection.cursor()
        try:
            cursor.execute(self.sql, parameters)
            if not cursor.description:
                found = None
            else:
                found = cursor.fetchall() if all_rows else cursor.fetchone()
        finally:
            cursor.close()
        connection.commit()
        return found


# On a SQLite file, each thread keeps a connection of its own for the thread's reads and writes
# (out of the pool, closed when the engine is disposed): checking one out of the pool and back
# in, reset included, cost as much as the upsert itself at every answer (bench/throughput.py).
# It runs in autocommit: each statement it is given is a transaction of its own, as `_execute`
# commits after each, so the thread's upsert is one statement (the driver began and committed
# it with two statements more, at every answer). A PostgreSQL connection may drop and must be
# pinged: there the pool's care is worth its cost.
_HELD: weakref.WeakKeyDictionary[Engine, dict[int, Any]] = weakref.WeakKeyDictionary()


def _held(engine: Engine) -> Any | None:
    """This thread's own DB-API connection to a SQLite file (None for any other store)."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return None
    held = _HELD.get(engine)
    if held is None:
        held = _HELD[engine] = {}
        sa.event.listen(engine, "engine_disposed", _let_go)
    thread = threading.get_ident()
    if thread not in held:
        fairy = engine.raw_connection()
        fairy.detach()  # the pool forgets it: closing the fairy closes the connection
        if fairy.dbapi_connection is not None:
            fairy.dbapi_connection.isolation_level = None  # autocommit: see above
        held[thread] = fairy
    return held[thread].dbapi_connection


def _let_go(engine: Engine) -> None:
    for fairy in _HELD.pop(engine, {}).values():
        fairy.close()


_DIRECT: dict[tuple[str, str], _Direct] = {}


def _direct(dialect: Dialect, name: str, statement: Any) -> _Direct:
    if (dialect.name, name) not in _DIRECT:
        compiled = statement.compile(dialect=dialect)
        convert: dict[str, Callable[[Any], Any] | None] = {}
        for bind_name, bind in compiled.binds.items():
            impl = bind.type.dialect_impl(dialect)
            convert[bind_name] = impl.bind_processor(dialect)
            if isinstance(bind.type, sa.JSON):
                convert[bind_name] = _json_bind(dialect, convert[bind_name])
        columns = list(getattr(statement, "selected_columns", ()))
        names = compiled.positiontup if dialect.positional else list(compiled.binds)
        _DIRECT[dialect.name, name] = _Direct(
            sql=compiled.string,
            order=tuple((n, convert[n]) for n in names or ()),
            positional=dialect.positional,
            results=tuple(
                c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns
            ),
        )
    return _DIRECT[dialect.name, name]


def _json_bind(
    dialect: Dialect, processor: Callable[[Any], Any] | None
) -> Callable[[Any], Any] | None:
    """A JSON parameter comes as its text (`_encode`): SQLite's driver takes it as it is,
    the text SQLAlchemy's JSON column writes there; another driver gets what SQLAlchemy hands
    it for the value (PostgreSQL's, a wrapper it encodes itself)."""
    if processor is None or (
        dialect.name == "sqlite" and getattr(dialect, "_json_serializer", None) is None
    ):
        return None
    return lambda text: processor(json.loads(text))


def get(*, session: Session, telegram_user_id: int, key: str, now: datetime) -> Any | None:
    """The value kept under `key`, or None if there is none or it has expired (read straight
    through the driver, as `put` writes the thread, when the session has written nothing: a
    follow-up then reads and writes its thread without the session's machinery).

    An account's values are read together, once per session (`_account_values`): answering
    one message asks for several of them (a proxy waiting for its yes, a choice pending, the
    thread), each a query of its own before."""
    now = now.astimezone(UTC)
    if telegram_user_id != EVERYONE:  # account 0 holds every long answer's pages: one by one
        kept = _account_values(session, telegram_user_id, now).get(key)
        return None if kept is None or kept[1] <= now else json.loads(kept[0])
    row = {"u": telegram_user_id, "k": key, "now": now}
    bind = session.get_bind()
    if isinstance(bind, Engine) and _nothing_written(session):
        return _direct(bind.dialect, "select", _SELECT).run(bind, row)
    return session.connection().execute(_SELECT, row).scalar()


@dataclass(frozen=True, slots=True)
class _Snapshot:
    since: datetime  # the time the rows were read at: none had expired then
    writes: int  # `_writes` then: any put or delete of this process since reads them again
    values: dict[str, tuple[str, datetime]]  # key → (JSON text, expiry)


_SNAPSHOTS = "chat_state.accounts"  # in `session.info`: the session's reads, by account
_writes = 0  # puts and deletes made by this process (any session, any account)


def _account_values(session: Session, telegram_user_id: int, now: datetime) -> Any:
    """Every value this account holds, as the session last read them, unless a value was put
    or deleted since in this process, or a value is asked for an earlier time."""
    snapshots = session.info.setdefault(_SNAPSHOTS, {})
    kept = snapshots.get(telegram_user_id)
    if kept is not None and kept.writes == _writes and kept.since <= now:
        return kept.values
    row = {"u": telegram_user_id, "now": now}
    bind = session.get_bind()
    if isinstance(bind, Engine) and _nothing_written(session):
        rows = _direct(bind.dialect, "account", _SELECT_ACCOUNT).rows(bind, row)
    else:
        rows = [tuple(r) for r in session.connection().execute(_SELECT_ACCOUNT, row)]
    values = {
        key: (text, expires if expires.tzinfo else expires.replace(tzinfo=UTC))
        for key, text, expires in rows
    }
    snapshots[telegram_user_id] = _Snapshot(now, _writes, values)
    return values


_TABLE = ChatState.__table__  # type: ignore[attr-defined]  # Core statements: no ORM overhead
# Built once with bound parameters: building a statement costs more than running it.
_SELECT = sa.select(_TABLE.c.value).where(
    _TABLE.c.telegram_user_id == sa.bindparam("u"),
    _TABLE.c.key == sa.bindparam("k"),
    _TABLE.c.expires_at > sa.bindparam("now", type_=_TABLE.c.expires_at.type),
)
# The JSON as text: decoded at each `get`, so that no caller is handed another's object.
_SELECT_ACCOUNT = sa.select(
    _TABLE.c.key, sa.cast(_TABLE.c.value, sa.Text), _TABLE.c.expires_at
).where(
    _TABLE.c.telegram_user_id == sa.bindparam("u"),
    _TABLE.c.expires_at > sa.bindparam("now", type_=_TABLE.c.expires_at.type),
)


def take(*, session: Session, telegram_user_id: int, key: str) -> bool:
    """Remove what is kept under `key` in the session's transaction, not committed: it goes
    with the change it waited for, committed or rolled back with it. False when it was gone
    already: another press, maybe in another process, took it first (on PostgreSQL this one
    waits for that one's commit), and the change is that one's to make."""
    global _writes
    _writes += 1
    removed = session.execute(
        sa.delete(ChatState).where(
            col(ChatState.telegram_user_id) == telegram_user_id, col(ChatState.key) == key
        )
    )
    return bool(removed.rowcount == 1)  # type: ignore[attr-defined]


def delete(*, session: Session, telegram_user_id: int, key: str) -> None:
    """Forget what was kept under `key` (nothing happens if there was nothing); committed."""
    global _writes
    _writes += 1
    session.execute(
        sa.delete(ChatState).where(
            col(ChatState.telegram_user_id) == telegram_user_id, col(ChatState.key) == key
        )
    )
    session.commit()
