"""A store that fails halfway through the secretary's « oui », through the real Application:
SQLite that can no longer grow (« database or disk is full », made real by limiting the file to
the pages it has), a PostgreSQL server restarting. The order, or the new sitting of 200 items,
gets the French apology, nothing is half done, and the same « oui » (or button) once the store
answers again does what was asked, once (the order or the draft waiting was forgotten before it
was carried out: all of it was to be typed again)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.transport import Conversation
from storage import db
from storage.models import Sitting
from tests.conftest import postgresql_only, sqlite_only
from tests.helpers import COMING_BUREAU, text
from tests.test_attacks_drafts import secretary
from tests.test_convocations import (  # the Bureau of 18 July 2024, broadcasts without pause
    coming_sitting,  # noqa: F401
    finish_broadcasts,
    no_per_chat_gap,  # noqa: F401
)
from tests.test_faults import ServerRestart, restart  # noqa: F401
from tests.test_sitting_orders import convened

APOLOGY = "Désolé, je n'ai pas pu traiter votre demande"


@contextmanager
def full_disk(app, engine: Engine) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Every connection of `engine` refused a page more than the file has now, the room left
    inside those pages filled."""
    with engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE filler (b BLOB)")
        connection.commit()
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def no_room(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", no_room)
    engine.dispose()
    with engine.connect() as connection:  # the room left inside the pages, taken
        for size in (4096, 512, 64, 8, 1):
            with suppress(sa.exc.OperationalError):
                while True:
                    connection.exec_driver_sql(f"INSERT INTO filler VALUES (zeroblob({size}))")
                    connection.commit()
            connection.rollback()
    try:
        yield
    finally:
        event.remove(engine, "connect", no_room)
        engine.dispose()
        with engine.connect() as connection:
            connection.exec_driver_sql("DROP TABLE filler")
            connection.commit()
        # the store's refusal reached the error handler: the apology, and the admins told
        assert [type(e).__name__ for e in app.bot_data.errors] == ["OperationalError"]
        app.bot_data.errors.clear()


@sqlite_only
async def test_a_full_disk_loses_nothing_of_the_order_waiting(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    app, _ = application
    dallara = await convened(application, loaded_engine)
    assert (
        "Confirmer l'annulation"
        in (await dallara.send("annule le bureau du 18 juillet"))[-1].labels
    )
    with full_disk(app, loaded_engine):
        assert APOLOGY in text(await dallara.send("oui"))
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, coming_sitting)
        assert sitting is not None
        assert sitting.cancelled_at is None
    assert "est annulée" in text(await dallara.send("oui"))


@sqlite_only
async def test_a_full_disk_loses_nothing_of_the_new_sitting_waiting(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await secretary(degraix, loaded_engine)
    await chat.send("18 juillet 2024 17h")
    await chat.send("Salle du conseil")
    agenda = [f"Subvention n° {n} à l'association du quartier" for n in range(1, 201)]
    assert "76. Subvention" in text(await chat.send("\n".join(agenda)))  # page 1 of 3
    with full_disk(chat.application, loaded_engine):
        assert APOLOGY in text(await chat.send("oui"))
    with db.session(loaded_engine) as session:
        assert not session.exec(select(Sitting).where(Sitting.held_on == COMING_BUREAU)).all()
    assert "créée" in text(await chat.send("oui"))
    with db.session(loaded_engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == COMING_BUREAU)).one()
    assert sitting.agenda == agenda


@postgresql_only
async def test_a_server_restart_at_the_cancellation_loses_nothing(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
    restart: ServerRestart,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    dallara = await convened(application, loaded_engine)
    offer = await dallara.send("annule le bureau du 18 juillet")

    def at_the_notices(_conn, _cursor, statement: str, *_) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO DELIVERY") and not restart.fired:
            restart.terminate_backends()

    sa.event.listen(loaded_engine, "before_cursor_execute", at_the_notices)
    try:
        assert APOLOGY in text(await dallara.press("Confirmer l'annulation", offer))
    finally:
        sa.event.remove(loaded_engine, "before_cursor_execute", at_the_notices)
    assert [type(e).__name__ for e in app.bot_data.errors] == ["OperationalError"]
    app.bot_data.errors.clear()
    start = len(api.calls)
    assert "est annulée" in text(await dallara.press("Confirmer l'annulation", offer))
    await finish_broadcasts(app)
    told = [
        c.params["chat_id"]
        for c in api.calls[start:]
        if c.method == "sendMessage" and "Séance annulée" in c.params["text"]
    ]
    assert len(told) == len(set(told)) == 65
