"""Several bot processes on one store: what a member is in the middle of follows them.

Behind a load balancer, two updates from one member may reach two processes. Here two
Applications built by `build_application`, each with its own engine on the same database,
stand for them: the pages of a long answer and a /nouvelle_seance draft live in the store
(storage/chat_state.py), so either process carries on what the other began.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select
from telegram.ext import Application

from bot.services import identity
from bot.transport import Conversation, InProcessBotAPI
from storage import chat_state, db
from storage.models import ChatState, Member, Sitting
from tests.conftest import CLOCK, running_application
from tests.helpers import text

SECRETARY = 502  # DALLARA's Telegram account, secretariat
MEMBER = 501  # DEGRAIX's


@pytest.fixture
def linked(loaded_engine: Engine) -> None:
    """DEGRAIX and DALLARA linked to their accounts, DALLARA secretariat: known to every
    process through the store, not through one process's `acting_as`."""
    with db.session(loaded_engine) as session:
        named = {
            user_id: session.exec(select(Member).where(Member.last_name == last_name)).one()
            for last_name, user_id in (("DEGRAIX", MEMBER), ("DALLARA", SECRETARY))
        }
        for user_id, member in named.items():
            member.telegram_user_id = user_id
            session.add(member)
        session.commit()
        identity.grant_secretariat(session=session, member=named[SECRETARY])


@pytest.fixture
async def other_process(
    loaded_engine: Engine, linked: None
) -> AsyncIterator[tuple[Application, InProcessBotAPI]]:  # type: ignore[type-arg]
    """A second bot process: its own Application and its own engine on the same database."""
    engine = db.make_engine(loaded_engine.url.render_as_string(hide_password=False))
    async with running_application(engine) as app_api:
        yield app_api
    engine.dispose()


def chats(application, other_process, user_id: int) -> tuple[Conversation, Conversation]:  # type: ignore[no-untyped-def]
    """The same Telegram account as seen by each process."""
    return Conversation(*application, user_id), Conversation(*other_process, user_id)


def set_clock(application, minutes: int) -> None:  # type: ignore[no-untyped-def]
    application[0].bot_data.runtime.clock = lambda: CLOCK + timedelta(minutes=minutes)


async def test_suite_pressed_on_another_process_gives_the_next_page(
    application, other_process
) -> None:  # type: ignore[no-untyped-def]
    first, second = chats(application, other_process, MEMBER)
    # The Conseil of 24 March 2022 took 52 deliberations (the SCDL row dated 25 March among
    # them is filed here, with a finding): more than one Telegram message.
    replies = await first.send("/seance 24 mars 2022")
    first_button = replies[0].buttons[0]
    pages = [replies[0].text]
    processes = [second, first]
    while replies[-1].labels and replies[-1].labels[0].startswith("Suite"):
        chat = processes[len(pages) % 2]  # every « Suite » to the other process
        replies = await chat.press(replies[-1].labels[0], replies)
        pages.extend(r.text for r in replies)
    assert len(pages) >= 2
    assert "\n".join(pages).count("• n° 2022.") == 52
    # Kept a day after the answer was sent, then stale for every process.
    set_clock(other_process, 24 * 60 - 1)
    assert [r.text for r in await second.press_data(first_button[1])] == [pages[1]]
    set_clock(other_process, 24 * 60)
    assert "n'est plus valable" in text(await second.press_data(first_button[1]))


async def test_a_sitting_begun_on_one_process_is_created_on_another(
    application, other_process, loaded_engine: Engine
) -> None:  # type: ignore[no-untyped-def]
    first, second = chats(application, other_process, SECRETARY)
    replies = await first.send("/nouvelle_seance")
    assert "Quel organe" in text(replies)
    assert "quel jour" in text(await second.press("Bureau Métropolitain", replies))
    assert "Où se tiendra" in text(await first.send("12 septembre 2024 à 17 h 30"))
    assert "ordre du jour" in text(await second.send("Hôtel de métropole"))
    replies = await first.send("Approbation du procès-verbal\nBudget supplémentaire")
    assert "jeudi 12 septembre 2024 à 17 h 30" in text(replies)
    assert "Séance créée" in text(await second.press("Confirmer", replies))
    with db.session(loaded_engine) as session:
        created = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 9, 12))).one()
        assert created.agenda == ["Approbation du procès-verbal", "Budget supplémentaire"]
    # The draft is gone for both: its buttons are stale, text is a question again.
    assert "n'est plus valable" in text(await first.press("Confirmer", replies))
    assert "21 absents excusés" in text(await first.send("qui était absent le 4 juillet ?"))


async def test_annuler_on_another_process_ends_the_draft(application, other_process) -> None:  # type: ignore[no-untyped-def]
    first, second = chats(application, other_process, SECRETARY)
    await first.press("Bureau Métropolitain", await first.send("/nouvelle_seance"))
    assert "abandonnée" in text(await second.send("/annuler"))
    assert "21 absents excusés" in text(await first.send("qui était absent le 4 juillet ?"))
    assert "Je ne connais pas cette commande" in text(await first.send("/annuler"))


async def test_a_draft_is_left_by_a_cancel_typed_without_its_slash(
    application, linked: None
) -> None:  # type: ignore[no-untyped-def]
    """« annuler », « laisse tomber » at any step leave the draft as /annuler does (at the
    body's step they were read as a proxy's cancel and the draft stayed); a bare « non » at
    the agenda's step is no agenda, not a cancel."""
    dallara = Conversation(*application, SECRETARY)
    assert "abandonnée" not in text(await dallara.send("annuler"))  # nothing to leave yet
    await dallara.send("/nouvelle_seance")
    assert "abandonnée" in text(await dallara.send("annuler"))
    await dallara.press("Bureau Métropolitain", await dallara.send("/nouvelle_seance"))
    await dallara.send("12 septembre 2024 à 17 h 30")
    assert "abandonnée" in text(await dallara.send("bon laisse tomber"))
    await dallara.press("Bureau Métropolitain", await dallara.send("/nouvelle_seance"))
    await dallara.send("12 septembre 2024 à 17 h 30")
    await dallara.send("Hôtel de métropole")
    replies = await dallara.send("non")
    assert "abandonnée" not in text(replies)
    assert "jeudi 12 septembre 2024 à 17 h 30" in text(replies)


async def test_an_expired_draft_does_not_capture_the_next_question(
    application, linked: None
) -> None:  # type: ignore[no-untyped-def]
    dallara = Conversation(*application, SECRETARY)
    await dallara.press("Bureau Métropolitain", await dallara.send("/nouvelle_seance"))
    question = "qui était absent le 4 juillet ?"
    set_clock(application, 59)  # within the hour: the draft wants a date and an hour
    assert "Je n'ai pas lu une date" in text(await dallara.send(question))
    set_clock(application, 59 + 61)  # an hour after that last answer: gone
    replies = await dallara.send(question)
    assert "21 absents excusés" in text(replies)
    assert "Je n'ai pas lu une date" not in text(replies)
    assert "Je ne connais pas cette commande" in text(await dallara.send("/annuler"))


async def test_members_questions_never_look_for_a_draft(
    application, linked: None, loaded_engine: Engine
) -> None:  # type: ignore[no-untyped-def]
    """The text hot path: a member who is not the secretariat never looks up a draft (the
    conversation's own thread, for follow-ups, is another key)."""
    degraix = Conversation(*application, MEMBER)
    statements: list[str] = []

    def record(_conn, _cursor, statement: str, parameters, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(f"{statement} {parameters}")

    sa.event.listen(loaded_engine, "before_cursor_execute", record)
    try:
        assert "21 absents excusés" in text(await degraix.send("qui était absent le 4 juillet ?"))
    finally:
        sa.event.remove(loaded_engine, "before_cursor_execute", record)
    assert statements, "the question reached the store"
    assert not [s for s in statements if "chatstate" in s.lower() and "new_sitting" in s]


def test_values_expire_and_expired_rows_are_cleared(engine: Engine) -> None:
    with db.session(engine) as session:

        def kept(user_id: int, key: str, minutes: int) -> object:
            now = CLOCK + timedelta(minutes=minutes)
            return chat_state.get(session=session, telegram_user_id=user_id, key=key, now=now)

        hour = timedelta(hours=1)
        chat_state.put(
            session=session, telegram_user_id=2**40, key="a", value={"x": [1]}, now=CLOCK, ttl=hour
        )
        chat_state.put(
            session=session, telegram_user_id=7, key="a", value=["b"], now=CLOCK, ttl=hour
        )
        assert kept(2**40, "a", 59) == {"x": [1]}  # a Telegram id beyond 32 bits
        assert kept(2**40, "a", 60) is None
        assert kept(2**40, "b", 0) is None
        # Putting again replaces the value and its expiry.
        chat_state.put(
            session=session, telegram_user_id=7, key="a", value=["c"], now=CLOCK, ttl=2 * hour
        )
        assert kept(7, "a", 90) == ["c"]
        # A later put clears whatever has expired, for every account.
        later = CLOCK + 3 * hour
        chat_state.put(session=session, telegram_user_id=8, key="a", value=1, now=later, ttl=hour)
        assert session.exec(select(func.count()).select_from(ChatState)).one() == 1
        chat_state.delete(session=session, telegram_user_id=8, key="a")
        chat_state.delete(session=session, telegram_user_id=8, key="a")  # nothing: no error
        assert kept(8, "a", 3 * 60) is None


def test_expired_rows_are_cleared_at_most_once_a_minute(engine: Engine) -> None:
    """A sweep reads the whole table: a member choosing among sittings puts a value at each
    question, so puts within a minute of the last sweep leave the expired rows (read as
    absent all the same), and the first put a minute later clears them."""

    def rows(session: Session) -> int:
        return session.exec(select(func.count()).select_from(ChatState)).one()

    short = timedelta(seconds=30)
    with db.session(engine) as session:
        chat_state.put(session=session, telegram_user_id=1, key="a", value=1, now=CLOCK, ttl=short)
        later = CLOCK + timedelta(seconds=45)
        chat_state.put(session=session, telegram_user_id=2, key="a", value=2, now=later, ttl=short)
        assert rows(session) == 2  # the first one expired, not swept yet
        assert chat_state.get(session=session, telegram_user_id=1, key="a", now=later) is None
        at = CLOCK + chat_state.SWEEP_EVERY
        chat_state.put(session=session, telegram_user_id=3, key="a", value=3, now=at, ttl=short)
        assert rows(session) == 2  # the first one cleared; the second still held
        assert chat_state.get(session=session, telegram_user_id=2, key="a", now=at) == 2


def test_an_account_s_values_are_read_once_per_session(engine: Engine) -> None:
    """Answering one message asks for several of an account's values (a proxy waiting for
    its yes, a pending choice, the thread): one query reads them all; a put or a delete, or a
    later time, is seen by the next read all the same."""
    hour = timedelta(hours=1)
    with db.session(engine) as session:
        for key, value in (("talk", {"asked": "presence"}), ("proxy", {"step": "confirm"})):
            chat_state.put(
                session=session, telegram_user_id=7, key=key, value=value, now=CLOCK, ttl=hour
            )
        chat_state.put(
            session=session, telegram_user_id=8, key="talk", value=[8], now=CLOCK, ttl=hour
        )
    statements: list[str] = []

    def traced(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.set_trace_callback(statements.append)

    on_sqlite = engine.dialect.name == "sqlite"  # its driver traces statements
    if on_sqlite:
        sa.event.listen(engine, "connect", traced)
        engine.dispose()  # every connection from now on is traced
    try:
        with db.session(engine) as session:

            def kept(key: str, minutes: int = 0, user: int = 7) -> object:
                now = CLOCK + timedelta(minutes=minutes)
                return chat_state.get(session=session, telegram_user_id=user, key=key, now=now)

            assert kept("talk") == {"asked": "presence"}
            assert kept("proxy") == {"step": "confirm"}
            assert kept("ask-pending") is None
            kept("talk")["asked"] = "changed by its reader"  # type: ignore[index]
            assert kept("talk") == {"asked": "presence"}  # each reader gets its own value
            assert kept("talk", user=8) == [8]  # another account: its own read
            reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
            assert len(reads) == (2 if on_sqlite else 0), reads
            assert kept("talk", minutes=60) is None  # expired meanwhile
            chat_state.delete(session=session, telegram_user_id=7, key="proxy")
            assert kept("proxy") is None
            chat_state.put(
                session=session, telegram_user_id=7, key="proxy", value=[1], now=CLOCK, ttl=hour
            )
            assert kept("proxy") == [1]
    finally:
        if on_sqlite:
            sa.event.remove(engine, "connect", traced)
            engine.dispose()


def test_a_value_put_without_sweeping_reads_back_as_put(engine: Engine) -> None:
    """The thread's put (no sweep, nothing under way in the session) goes to the driver on a
    connection of its own: the same JSON, the same expiry, replaced by the next put, and the
    session's own transaction, when there is one, committed as before."""
    hour = timedelta(hours=1)
    value = {"asked": "presence", "members": [3, 2**40], "about": None, "name": "Œ’é"}

    def kept(minutes: int) -> object:
        now = CLOCK + timedelta(minutes=minutes)
        with db.session(engine) as session:
            return chat_state.get(session=session, telegram_user_id=9, key="talk", now=now)

    with db.session(engine) as session:
        chat_state.put(
            session=session,
            telegram_user_id=9,
            key="talk",
            value=value,
            now=CLOCK,
            ttl=hour,
            sweep=False,
        )
        assert not session.in_transaction()
    assert kept(59) == value
    assert kept(60) is None
    with db.session(engine) as session:
        chat_state.put(
            session=session,
            telegram_user_id=9,
            key="talk",
            value=[1],
            now=CLOCK,
            ttl=2 * hour,
            sweep=False,
        )
    assert kept(90) == [1]
    # A session in the middle of a transaction: the value goes with it, committed.
    with db.session(engine) as session:
        session.add(ChatState(telegram_user_id=10, key="draft", value={}, expires_at=CLOCK + hour))
        chat_state.put(
            session=session,
            telegram_user_id=9,
            key="talk",
            value=[2],
            now=CLOCK,
            ttl=hour,
            sweep=False,
        )
    assert kept(30) == [2]
    with db.session(engine) as session:
        assert chat_state.get(session=session, telegram_user_id=10, key="draft", now=CLOCK) == {}


def test_a_thread_put_after_reads_is_committed_and_a_flushed_write_goes_with_it(
    engine: Engine,
) -> None:
    """A handler reads its answer, then writes the thread: the value is committed at once
    (another engine sees it while the session is still open), on SQLite through the driver
    alone since the session wrote nothing; a session that flushed a write keeps it with the
    value, both committed together."""
    hour = timedelta(hours=1)
    other = db.make_engine(engine.url.render_as_string(hide_password=False))
    written: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        written.append(statement)

    def seen(user: int, key: str) -> object:
        with db.session(other) as session:
            return chat_state.get(session=session, telegram_user_id=user, key=key, now=CLOCK)

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        with db.session(engine) as session:
            session.exec(select(Member).limit(1)).all()  # the answer read from the store
            assert session.in_transaction()
            chat_state.put(
                session=session,
                telegram_user_id=11,
                key="talk",
                value={"sitting": 4},
                now=CLOCK,
                ttl=hour,
                sweep=False,
            )
            assert seen(11, "talk") == {"sitting": 4}
            assert chat_state.get(session=session, telegram_user_id=11, key="talk", now=CLOCK) == {
                "sitting": 4
            }
        if engine.dialect.name == "sqlite":
            assert not [s for s in written if "chatstate" in s.lower()]
        with db.session(engine) as session:
            session.add(
                ChatState(telegram_user_id=12, key="draft", value=[1], expires_at=CLOCK + hour)
            )
            session.flush()  # written, not committed: the value must not leave it behind
            chat_state.put(
                session=session,
                telegram_user_id=12,
                key="talk",
                value=[2],
                now=CLOCK,
                ttl=hour,
                sweep=False,
            )
        assert seen(12, "draft") == [1]
        assert seen(12, "talk") == [2]
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
        other.dispose()


def test_thread_writes_on_sqlite_keep_one_connection_per_thread_until_dispose(
    tmp_path: Path,
) -> None:
    """The thread's upserts on a SQLite file go through one connection per thread, out of
    the pool (bench/throughput.py: the pool's checkout cost as much as the write); another
    engine on the file sees each write at once, and dispose closes them all."""
    engine = db.make_engine(f"sqlite:///{tmp_path / 'held.db'}")
    db.migrate(engine)
    reader = db.make_engine(engine.url.render_as_string(hide_password=False))
    now = CLOCK.replace(microsecond=0)

    def put(user: int, value: object) -> None:
        with db.session(engine) as session:
            chat_state.put(
                session=session,
                telegram_user_id=user,
                key="talk",
                value=value,
                now=now,
                ttl=timedelta(minutes=5),
                sweep=False,
            )

    def seen(user: int) -> object:
        with db.session(reader) as session:
            return chat_state.get(session=session, telegram_user_id=user, key="talk", now=now)

    put(1, {"sitting": 1})
    assert seen(1) == {"sitting": 1}
    # Each put one statement, its own transaction (no BEGIN nor COMMIT of the driver's around)
    statements: list[str] = []
    chat_state._HELD[engine][threading.get_ident()].dbapi_connection.set_trace_callback(
        statements.append
    )
    put(1, {"sitting": 2})  # the same connection again: committed, seen by another engine
    assert [s.split()[0] for s in statements] == ["INSERT"]
    assert seen(1) == {"sitting": 2}
    worker = threading.Thread(target=put, args=(2, {"sitting": 3}))
    worker.start()
    worker.join()
    assert seen(2) == {"sitting": 3}
    held = dict(chat_state._HELD[engine])
    assert len(held) == 2  # this thread's and the worker's
    connections = [fairy.dbapi_connection for fairy in held.values()]
    engine.dispose()
    assert engine not in chat_state._HELD
    for connection in connections:
        with pytest.raises(sqlite3.ProgrammingError, match="closed"):
            connection.execute("SELECT 1")
    reader.dispose()


def test_the_same_value_put_again_soon_is_not_written_again(engine: Engine) -> None:
    """The thread is put at every answer: a member asking the same question again a moment
    later would write the very row the answer read. Within `unchanged` of the expiry it
    would get, it is not written; later, or another value, or unread values, it is."""
    minute, ttl = timedelta(minutes=1), timedelta(minutes=30)

    def asked(at: timedelta, value: object, *, read: bool = True) -> bool:
        """Whether one answer `at` after CLOCK putting `value` wrote the row."""
        now = CLOCK + at
        with db.session(engine) as session:
            if read:
                chat_state.get(session=session, telegram_user_id=9, key="talk", now=now)
            chat_state.put(
                session=session,
                telegram_user_id=9,
                key="talk",
                value=value,
                now=now,
                ttl=ttl,
                sweep=False,
                unchanged=minute,
            )
        with db.session(engine) as session:
            row = session.exec(select(ChatState).where(ChatState.telegram_user_id == 9)).one()
            return row.expires_at.replace(tzinfo=None) == (now + ttl).replace(tzinfo=None)

    assert asked(timedelta(0), {"sitting": 3, "members": [1]})
    assert not asked(timedelta(seconds=30), {"members": [1], "sitting": 3})
    assert asked(timedelta(seconds=50), {"sitting": 3, "members": [1]}, read=False)
    assert asked(timedelta(minutes=2), {"sitting": 3, "members": [1]})
    assert asked(timedelta(minutes=2, seconds=5), {"sitting": 30, "members": [1]})  # longer
    assert asked(timedelta(minutes=2, seconds=10), {"sitting": 4, "members": [1]})
    with db.session(engine) as session:
        later = CLOCK + timedelta(minutes=2, seconds=10) + ttl - timedelta(seconds=1)
        kept = chat_state.get(session=session, telegram_user_id=9, key="talk", now=later)
        assert kept == {"sitting": 4, "members": [1]}


def test_a_value_is_kept_as_the_same_text_whichever_way_it_is_written(engine: Engine) -> None:
    """A put straight through the driver and a put inside a session's transaction keep one
    text for one value: a value put again is compared with it as text before any decoding."""
    value = {"members": [3, 2**40], "about": None, "name": "Œ’é", "polar": True}
    hour = timedelta(hours=1)
    thread = {"key": "talk", "value": value, "now": CLOCK, "ttl": hour, "sweep": False}
    with db.session(engine) as session:
        for user_id in (11, 12):  # the second one with an ORM change under way
            if user_id == 12:
                draft = ChatState(telegram_user_id=10, key="d", value={}, expires_at=CLOCK + hour)
                session.add(draft)
            chat_state.put(session=session, telegram_user_id=user_id, **thread)
    as_text = sa.select(sa.cast(ChatState.value, sa.Text)).where(ChatState.key == "talk")
    with db.session(engine) as session:
        texts = list(session.execute(as_text).scalars())
    assert texts == [chat_state._encode(value)] * 2
