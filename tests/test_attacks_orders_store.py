"""Attacks on what the secretariat's orders keep in the store between the offer and the yes,
through the real Application: an order waiting in another shape (written by an older version
of the bot before a deployment, or damaged) is said stale, changes nothing, and raises
nothing."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from bot.handlers.sitting_orders import _CARRIES, NEVER_KEPT, PENDING_KEY
from bot.services.sitting_orders import Verb
from storage import chat_state, db
from storage.models import Sitting
from tests.helpers import text
from tests.test_convocations import (  # the Bureau of 18 July 2024, broadcasts without pause
    chat_of,
    coming_sitting,  # noqa: F401
    no_per_chat_gap,  # noqa: F401
)
from tests.test_sitting_orders import convened

NOW = datetime(2024, 7, 10, 10, 0, tzinfo=UTC)


def test_every_order_says_what_it_keeps() -> None:
    """An order without its shape would be a KeyError at its yes, not a stale answer; one
    never offered (an item moved: said not done) is never kept, so a stored one is stale."""
    assert set(_CARRIES) == set(Verb) - NEVER_KEPT


@pytest.mark.parametrize(
    "kept",
    [
        {"verb": "postpone", "sitting_id": 0},  # no new moment kept
        {"verb": "hour", "sitting_id": 0, "starts": "18h30"},
        {"verb": "postpone", "sitting_id": 0, "starts": "2024-07-25T18:00:00"},  # no offset
        {"verb": "merge", "sitting_id": 0},
        {"verb": "withdraw", "sitting_id": 0, "index": "1", "item": "Contrat"},
        {"verb": "add", "sitting_id": 0},
        {"verb": "cancel", "sitting_id": "0"},
        {"verb": "roll_call", "sitting_id": 0, "present": ["Perache"]},  # names, not ids
        {"verb": "reorder", "sitting_id": 0},  # never offered, never kept
        {"sitting_id": 0},
        ["cancel", 0],
    ],
)
async def test_an_order_kept_in_another_shape_is_stale(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
    kept: Any,
) -> None:  # type: ignore[no-untyped-def]
    dallara = chat_of(application, loaded_engine, "DALLARA")
    if isinstance(kept, dict):
        kept = {k: coming_sitting if v == 0 else v for k, v in kept.items()}
    with db.session(loaded_engine) as session:
        chat_state.put(
            session=session,
            telegram_user_id=dallara.user["id"],
            key=PENDING_KEY,
            value=kept,
            now=NOW,
            ttl=timedelta(hours=1),
        )
        session.commit()
    assert "n'est plus valable" in text(await dallara.send("oui"))
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, coming_sitting)
        assert sitting is not None
        assert sitting.cancelled_at is None
        assert sitting.held_on == date(2024, 7, 18)
        assert sitting.agenda == ["Approbation du procès-verbal", "Contrat local des solidarités"]


def test_an_order_waiting_is_taken_once_by_two_yeses_at_once(engine: Engine) -> None:
    """Two « oui » at once in two processes (replicas behind a load balancer) both read the
    order waiting, then both carried it out. Each takes it in the transaction of its change:
    the second waits for the first's commit, then finds it gone."""
    with db.session(engine) as session:
        chat_state.put(
            session=session,
            telegram_user_id=601,
            key=PENDING_KEY,
            value={"verb": "cancel", "sitting_id": 1},
            now=NOW,
            ttl=timedelta(hours=1),
        )
    first = db.session(engine)
    assert chat_state.take(session=first, telegram_user_id=601, key=PENDING_KEY)
    second: list[bool] = []

    def other_process() -> None:
        with db.session(engine) as session:
            second.append(chat_state.take(session=session, telegram_user_id=601, key=PENDING_KEY))
            session.commit()

    thread = threading.Thread(target=other_process)
    thread.start()
    thread.join(0.5)
    assert thread.is_alive()  # waiting on the first's transaction
    first.commit()
    first.close()
    thread.join(10)
    assert second == [False]
    with db.session(engine) as session:
        assert (
            chat_state.get(session=session, telegram_user_id=601, key=PENDING_KEY, now=NOW) is None
        )


async def test_a_button_under_an_offer_since_replaced_does_not_carry_out_the_newer_one(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    """« reporte le bureau du 18 juillet au 25 juillet », then « … au 1er août »: « Confirmer
    le report » pressed under the first offer postponed to 1 August, the second's date, and
    convened 65 members for it; « Ne rien changer » under the first dropped the second."""
    _, api = application
    dallara = await convened(application, loaded_engine)
    first = await dallara.send("reporte le bureau du 18 juillet au 25 juillet")
    second = await dallara.send("reporte le bureau du 18 juillet au 1er août")
    start = len(api.calls)
    assert "n'est plus valable" in text(await dallara.press("Confirmer le report", first))
    await dallara.press("Ne rien changer", first)
    told = {c.params["chat_id"] for c in api.calls[start:] if c.method.startswith("send")}
    assert told == {dallara.user["id"]}
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, coming_sitting)
        assert sitting is not None
        assert sitting.held_on == date(2024, 7, 18)
    done = text(await dallara.press("Confirmer le report", second))
    assert "Séance reportée : Bureau Métropolitain du jeudi 1er août 2024" in done
