"""Shared fixtures: real databases (a SQLite file, and PostgreSQL when CI provides a server).

Every test that takes `engine` runs once per database. PostgreSQL tests need
COUNCIL_TEST_POSTGRES_URL (a role allowed to create databases); `.ci/run` starts a server and
sets it. Each test gets a store as fresh as a template migrated once per session (a copy of the
file on SQLite; on PostgreSQL a clone of the template database, put back as the template was
after each test and reused), so tests never see each other's rows; the tests of `loaded_engine`
start from a second template, the sample imported.

The suite runs under pytest-xdist (`-n auto`): each worker is its own session, with its own
templates and databases (random names, so workers and developers sharing a server never meet);
see README « Tests » for what a new test must respect.
"""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import sys
import tempfile
import threading
import time
import uuid
import warnings
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlmodel import select
from telegram.ext import Application

from bot.app import build_application
from bot.services import identity
from bot.services.flood import FloodGuard
from bot.settings import Settings
from bot.transport import Conversation, InProcessBotAPI
from storage import db
from storage.models import Member
from tests.documents import SHAPES

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_EXTRACT = FIXTURES / "extracts" / "bureau-2024-07-04-deliberation-2024.00417.txt"
SAMPLE_SCDL = FIXTURES / "scdl" / "scdl-deliberations-saint-etienne-metropole-2022.csv"
POSTGRES_URL = os.environ.get("COUNCIL_TEST_POSTGRES_URL") or None  # empty means unset


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """How many pytest-xdist workers `-n auto` (pyproject's addopts) starts: one per core for
    the suite or a folder; none (this process runs the tests) when only files or tests are
    named, where starting workers and their templates costs more than it saves.
    PYTEST_XDIST_AUTO_NUM_WORKERS, or `-n N` on the command line, still decides."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    named = config.args_source == pytest.Config.ArgsSource.ARGS
    if named and all(Path(arg.split("::")[0]).is_file() for arg in config.args):
        return 0
    return len(os.sched_getaffinity(0))


# Files whose tests take seconds each (a process started, a broadcast paced like Telegram, a
# property over many examples), slowest first: collected before the others, so that work
# stealing ends the suite on short tests both workers share. At the end of the order, where
# the alphabet put the startup, soak and webhook files, the last of them ran on one worker
# while the other had nothing left.
SLOW_FIRST = (
    "test_convocation_delivery.py",
    "test_faults.py",
    "test_bad_input.py",
    "test_startup.py",
    "test_convocations.py",
    "test_webhook.py",
    "test_soak.py",
    "test_cli_process.py",
    "test_broadcast_http.py",
    "test_templates_pages.py",
    "test_bench_startup.py",
    "test_startup_imports.py",
    "test_realdocs.py",
    "test_attacks_convocations.py",
    "test_attendance_gates.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The SLOW_FIRST files first, in that order; every file's tests keep theirs."""
    rank = {name: number for number, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


def _admin_engine(url: str) -> Engine:
    return sa.create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")


def _imported(engine: Engine) -> None:
    """The bundled sample documents, imported into `engine`."""
    from storage.importer import Importer

    with db.session(engine) as session:
        reports = Importer(session).import_files([SAMPLE_EXTRACT, SAMPLE_SCDL])
        assert all(r.status == "imported" for r in reports), reports


def _wants_sample(request: pytest.FixtureRequest) -> bool:
    """The test takes `loaded_engine`: its store starts as a clone of an imported template
    rather than being imported again (the import is the same for every test, and it was a
    second or two of each of hundreds of tests)."""
    return "loaded_engine" in request.fixturenames


# What a test may not change in a database it gives back: else it is dropped, not reused.
_SCHEMA = """
SELECT 'column', table_name || '.' || column_name || ' ' || data_type || ' '
       || is_nullable || ' ' || coalesce(column_default, '') || ' ' || ordinal_position
  FROM information_schema.columns WHERE table_schema = 'public'
UNION ALL SELECT 'constraint', conrelid::regclass::text || ' ' || conname || ' '
       || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
UNION ALL SELECT 'index', indexdef FROM pg_indexes WHERE schemaname = 'public'
UNION ALL SELECT 'sequence', sequencename FROM pg_sequences WHERE schemaname = 'public'
UNION ALL SELECT 'relation', c.relname || ' ' || c.relkind::text FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace
UNION ALL SELECT 'function', p.oid::regprocedure::text FROM pg_proc p
       WHERE p.pronamespace = 'public'::regnamespace
UNION ALL SELECT 'trigger', tgrelid::regclass::text || ' ' || tgname FROM pg_trigger
       WHERE NOT tgisinternal
UNION ALL SELECT 'type', t.typname FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace
ORDER BY 1, 2
"""


@dataclass(frozen=True)
class _Snapshot:
    """A template's schema, rows and sequences, to put a used clone back as the template was."""

    schema: tuple[tuple[str, str], ...]
    tables: tuple[str, ...]  # every table, parents before children
    rows: dict[str, tuple[str, bytes]]  # table: (its columns, COPY … BINARY of its rows)
    sequences: dict[str, tuple[int, bool]]  # setval(name, last_value, is_called)

    @classmethod
    def of(cls, engine: Engine) -> _Snapshot:
        with engine.connect() as conn:
            schema = tuple((str(k), str(v)) for k, v in conn.exec_driver_sql(_SCHEMA))
            inspector = sa.inspect(conn)
            ordered = [t for t, _ in inspector.get_sorted_table_and_fkc_names() if t]
            rows = {}
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            for table in ordered:
                columns = ", ".join(f'"{c["name"]}"' for c in inspector.get_columns(table))
                data = bytearray()
                with cursor.copy(f'COPY "{table}" ({columns}) TO STDOUT (FORMAT BINARY)') as cp:
                    for chunk in cp:
                        data += chunk
                rows[table] = (columns, bytes(data))
            sequences = {
                str(name): (int(start if last is None else last), last is not None)
                for name, start, last in conn.exec_driver_sql(
                    "SELECT sequencename, start_value, last_value FROM pg_sequences "
                    "WHERE schemaname = 'public'"
                )
            }
        return cls(schema, tuple(ordered), rows, sequences)

    def restore(self, engine: Engine) -> bool:
        """Empty the database and fill it back as the template was; False (nothing done) if
        the test changed its schema. Emptied by DELETE, children first, then VACUUM, which
        gives the emptied tables back their pages as TRUNCATE did (the rows copied in lie in
        the template's order again): TRUNCATE makes each table and index a new file, and was
        a second of the server's time after every PostgreSQL test, this a half."""
        with engine.connect() as conn:
            if tuple((str(k), str(v)) for k, v in conn.exec_driver_sql(_SCHEMA)) != self.schema:
                return False
            conn.exec_driver_sql("SET lock_timeout = '10s'")
            for table in reversed(self.tables):
                conn.exec_driver_sql(f'DELETE FROM "{table}"')
            conn.commit()
            level = conn.default_isolation_level
            vacuum = conn.execution_options(isolation_level="AUTOCOMMIT")  # not in a transaction
            vacuum.exec_driver_sql("VACUUM " + ", ".join(f'"{t}"' for t in self.tables))
            conn.commit()
            conn.execution_options(isolation_level=level)
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            for table in self.tables:
                columns, data = self.rows[table]
                if len(data) > 21:  # more than the header and trailer of an empty COPY
                    with cursor.copy(
                        f'COPY "{table}" ({columns}) FROM STDIN (FORMAT BINARY)'
                    ) as cp:
                        cp.write(data)
            for name, (value, called) in self.sequences.items():
                conn.execute(
                    sa.text("SELECT setval(:name, :value, :called)"),
                    {"name": f'"{name}"', "value": value, "called": called},
                )
            conn.commit()
        return True


class _Clones:
    """Test databases, cloned from the templates one test ahead and put back as the template
    was after the test (TRUNCATE, then the template's rows copied in), by one thread.
    CREATE DATABASE, and DROP DATABASE (which waits for a checkpoint of the whole server),
    took one to several seconds of each PostgreSQL test; a database is now created once for
    many tests, and dropped only if a test changed its schema (or at the end)."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._admin = _admin_engine(url)
        self._work: queue.Queue[tuple[str, str, str] | None] = queue.Queue()
        self._ready: dict[str, queue.Queue[str | BaseException]] = {}
        self._snapshots: dict[str, _Snapshot] = {}
        self._pending: Counter[str] = Counter()  # databases on their way to `ready`
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="test-databases", daemon=True)
        self._thread.start()
        self._closed = False

    def register(self, template: str, engine: Engine) -> None:
        """Before the template's engine is disposed: what its clones are put back to."""
        self._snapshots[template] = _Snapshot.of(engine)
        self._ready[template] = queue.Queue()

    def take(self, template: str) -> str:
        """A database as the template is; the next one is prepared at once."""
        self._ahead(template)  # this test's, unless one is ready or on its way
        name = self._ready[template].get(timeout=300)
        if isinstance(name, BaseException):
            raise name
        self._ahead(template)  # a second database, made ready while this one is in use
        return name

    def give_back(self, template: str, name: str) -> None:
        with self._lock:
            self._pending[template] += 1
        self._work.put(("reuse", template, name))

    def _ahead(self, template: str) -> None:
        with self._lock:
            if self._ready[template].empty() and not self._pending[template]:
                self._pending[template] += 1
                self._work.put(("create", template, ""))

    def close(self) -> None:
        """Drop every database made for the tests, the templates last, all at once: each DROP
        waits for a checkpoint, and drops waiting together share one."""
        if self._closed:
            return
        self._closed = True
        self._work.put(None)
        self._thread.join()
        clones = []
        for ready in self._ready.values():
            while not ready.empty():
                if isinstance(name := ready.get(), str):
                    clones.append(name)
        drops = [
            threading.Thread(target=_drop, args=(self._admin, name))
            for name in [*clones, *self._snapshots]  # no clone is being made any more
        ]
        for thread in drops:
            thread.start()
        for thread in drops:
            thread.join()
        self._admin.dispose()

    def _run(self) -> None:
        while (job := self._work.get()) is not None:
            action, template, name = job
            outcome: str | BaseException | None
            try:
                outcome = self._reuse(template, name) if action == "reuse" else None
                if outcome is None:
                    outcome = f"council_t_{uuid.uuid4().hex[:10]}"
                    with self._admin.connect() as conn:
                        conn.execute(sa.text(f'CREATE DATABASE "{outcome}" TEMPLATE "{template}"'))
                        # Commits do not wait for the disk: a crash of the server would lose
                        # the last ones, and no test crashes it; transactions, locks and what
                        # each connection sees are unchanged. A commit cost 6 to 9 ms, now 2.
                        conn.execute(
                            sa.text(f'ALTER DATABASE "{outcome}" SET synchronous_commit = off')
                        )
            except BaseException as error:  # the test waiting for it raises it
                outcome = error
            with self._lock:
                self._pending[template] -= 1
                self._ready[template].put(outcome)

    def _reuse(self, template: str, name: str) -> str | None:
        """The database put back as the template was, or None (dropped) if it cannot be."""
        with self._admin.connect() as conn:  # connections the test left open hold locks
            conn.execute(
                sa.text(
                    # The tests' own connections only: an autovacuum worker in the database
                    # is the server's (only a superuser may stop it), and it yields its locks.
                    "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid() "
                    "AND backend_type = 'client backend' AND usename = current_user"
                ),
                {"name": name},
            )
        engine = sa.create_engine(_postgres_url(name), poolclass=sa.pool.NullPool)
        try:
            restored = self._snapshots[template].restore(engine)
        except sa.exc.DBAPIError:
            restored = False
        finally:
            engine.dispose()
        if restored:
            return name
        _drop(self._admin, name)
        return None


@pytest.fixture(scope="session")
def postgres_clones() -> Iterator[_Clones]:
    assert POSTGRES_URL is not None
    clones = _Clones(POSTGRES_URL)
    yield clones
    clones.close()


@pytest.fixture(scope="session")
def postgres_template(postgres_clones: _Clones) -> str:
    """A migrated database that each PostgreSQL test clones (CREATE DATABASE … TEMPLATE)."""
    assert POSTGRES_URL is not None
    name = f"council_tmpl_{uuid.uuid4().hex[:8]}"
    admin = _admin_engine(POSTGRES_URL)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    template_engine = db.make_engine(_postgres_url(name))
    try:
        db.migrate(template_engine)
        postgres_clones.register(name, template_engine)
    except BaseException:
        template_engine.dispose()
        _drop(admin, name)
        raise
    template_engine.dispose()
    admin.dispose()
    return name  # dropped by postgres_clones, with its clones


@pytest.fixture(scope="session")
def postgres_loaded_template(postgres_clones: _Clones, postgres_template: str) -> str:
    """The migrated template with the sample imported, cloned by the tests of `loaded_engine`."""
    assert POSTGRES_URL is not None
    name = f"council_tmpl_loaded_{uuid.uuid4().hex[:8]}"
    admin = _admin_engine(POSTGRES_URL)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{postgres_template}"'))
    template_engine = db.make_engine(_postgres_url(name))
    try:
        _imported(template_engine)
        postgres_clones.register(name, template_engine)
    except BaseException:
        template_engine.dispose()
        _drop(admin, name)
        raise
    template_engine.dispose()  # a template is cloned only while nobody is connected to it
    admin.dispose()
    return name  # dropped by postgres_clones, with its clones


def _postgres_url(name: str) -> str:
    assert POSTGRES_URL is not None
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


def _sqlite_file(path: Path, *, loaded: bool) -> None:
    """Build a SQLite store at `path`, migrated (and the sample imported), then fold its
    write-ahead log into the file so that copying the file alone copies the store."""
    engine = db.make_engine(f"sqlite:///{path}")
    db.migrate(engine)
    if loaded:
        _imported(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file each SQLite test starts from (Alembic runs once per session)."""
    path = tmp_path_factory.mktemp("templates") / "migrated.db"
    _sqlite_file(path, loaded=False)
    return path


@pytest.fixture(scope="session")
def sqlite_loaded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "loaded.db"
    _sqlite_file(path, loaded=True)
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where the test's store lives. On SQLite a file not yet created (`engine` creates it,
    a command line given this URL creates and migrates it); on PostgreSQL a new database,
    already migrated (and holding the sample for the tests of `loaded_engine`)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'council.db'}"
        return
    if POSTGRES_URL is None:
        pytest.skip("COUNCIL_TEST_POSTGRES_URL is not set (.ci/run starts PostgreSQL and sets it)")
    wanted = "postgres_loaded_template" if _wants_sample(request) else "postgres_template"
    template = request.getfixturevalue(wanted)
    clones: _Clones = request.getfixturevalue("postgres_clones")
    name = clones.take(template)
    yield _postgres_url(name)
    clones.give_back(template, name)


# For what only a database server can show (its restart, several processes migrating at once).
postgresql_only = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
# For what no SQL of its own is in: the test's store is only where its Python reads from, and
# what it stores is proved on both databases by the tests its docstring names.
sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


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


def _bytecode_outside_the_checkout() -> None:
    """Where PYTHONDONTWRITEBYTECODE is set (so that no __pycache__ lands in the checkout),
    compiled modules are kept in a folder of the system's temporary directory instead: every
    pytest-xdist worker rewrote and compiled the 160 test modules again (7 of the 14 CPU
    seconds of its collection), and every process a test starts (`council-bot run`, console,
    the benches, replicas) compiled the project again. The folder mirrors the sources' paths,
    and each compiled file is checked against its source's size and time before use."""
    if not sys.dont_write_bytecode or sys.pycache_prefix:
        return
    prefix = str(Path(tempfile.gettempdir()) / f"council-bot-pycache-{os.getuid()}")
    sys.pycache_prefix, sys.dont_write_bytecode = prefix, False
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # workers and processes the tests start
    os.environ["PYTHONPYCACHEPREFIX"] = prefix


def pytest_configure(config: pytest.Config) -> None:
    _bytecode_outside_the_checkout()  # before collection, and before workers start
    config.addinivalue_line(
        "markers",
        "prepared(build): the test's store is the sample plus what build(engine) writes; "
        "built once per session on SQLite and copied, its result in the `prepared` fixture",
    )


_PREPARED = pytest.StashKey[object]()


@pytest.fixture(scope="session")
def _prepared_sqlite() -> dict[str, tuple[Path, object]]:
    """The SQLite stores built for `@pytest.mark.prepared`, by builder: the file and what the
    builder returned (ids are the same in every copy of the file)."""
    return {}


def _prepared_sqlite_file(
    request: pytest.FixtureRequest, build: Callable[[Engine], object]
) -> Path:
    """The sample plus what `build` writes, built once per session; what `build` returned is
    stashed for the test's `prepared`."""
    cache: dict[str, tuple[Path, object]] = request.getfixturevalue("_prepared_sqlite")
    key = f"{build.__module__}.{build.__qualname__}"
    if key not in cache:
        factory: pytest.TempPathFactory = request.getfixturevalue("tmp_path_factory")
        path = factory.mktemp("templates") / "prepared.db"
        shutil.copyfile(request.getfixturevalue("sqlite_loaded_template"), path)
        engine = db.make_engine(f"sqlite:///{path}")
        result = build(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        cache[key] = (path, result)
    path, result = cache[key]
    request.node.stash[_PREPARED] = result
    return path


@pytest.fixture
def prepared(request: pytest.FixtureRequest, loaded_engine: Engine) -> object:
    """What the test's `@pytest.mark.prepared(build)` returned for its store: on SQLite the
    store was copied from one built once, elsewhere `build` runs on the test's own store."""
    if _PREPARED in request.node.stash:
        return request.node.stash[_PREPARED]
    marker = request.node.get_closest_marker("prepared")
    assert marker is not None, "the `prepared` fixture needs @pytest.mark.prepared(build)"
    return marker.args[0](loaded_engine)


@pytest.fixture
def engine(request: pytest.FixtureRequest, database_url: str) -> Iterator[Engine]:
    """A migrated, empty store on each database (holding the sample for `loaded_engine`, and
    what `@pytest.mark.prepared(build)` writes for `prepared`)."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        marker = request.node.get_closest_marker("prepared")
        if marker is not None and "prepared" in request.fixturenames:
            shutil.copyfile(_prepared_sqlite_file(request, marker.args[0]), url.database)
        else:
            wanted = "sqlite_loaded_template" if _wants_sample(request) else "sqlite_template"
            shutil.copyfile(request.getfixturevalue(wanted), url.database)
    engine = db.make_engine(database_url)
    db.migrate(engine)  # a no-op on a clone of a template, a real upgrade on any other store
    yield engine
    engine.dispose()


# -- the bot, through a real Application and real Update objects ------------------------------

CLOCK = datetime(2024, 7, 10, 10, 0, tzinfo=UTC)  # six days after the seed's Bureau


@pytest.fixture
def loaded_engine(engine: Engine) -> Engine:
    """The store with the bundled sample documents imported (`engine` cloned it from an
    imported template: see `_wants_sample`)."""
    with db.session(engine) as session:
        cloned = session.exec(select(Member)).first() is not None
    if not cloned:  # asked for by getfixturevalue, after `engine` was made: import it here
        _imported(engine)
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
def dallara(application, loaded_engine: Engine) -> Conversation:  # type: ignore[no-untyped-def]
    """Charles DALLARA, of the secretariat, chatting with the bot."""
    app, api = application
    with db.session(loaded_engine) as session:
        member = session.exec(select(Member).where(Member.last_name == "DALLARA")).one()
        identity.grant_secretariat(session=session, member=member)
        session.commit()
    app.bot_data.runtime.acting_as[601] = member_id(loaded_engine, "DALLARA")
    return Conversation(app, api, 601, "Charles")


@pytest.fixture
def stranger(application) -> Conversation:  # type: ignore[no-untyped-def]
    app, api = application
    return Conversation(app, api, 666, "Curieux")


@pytest.fixture(params=SHAPES)
def shape(request: pytest.FixtureRequest) -> str:
    """An invented document read line-broken, then flattened (tests/documents.py)."""
    return str(request.param)


@pytest.fixture
def coming_sitting(loaded_engine: Engine) -> int:
    """The Bureau's next sitting on the sample: Thursday 18 July 2024 at 17:00."""
    from tests.helpers import add_coming_bureau_sitting

    with db.session(loaded_engine) as session:
        sitting = add_coming_bureau_sitting(session)
        session.commit()
        assert sitting.id is not None
        return sitting.id
