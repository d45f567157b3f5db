"""Attacks on the secretariat's orders by the clock, through the real Application: on the
day of a sitting, once its printed hour has come, it can no longer be cancelled, postponed or
changed (at 21:00 the Bureau of 17:00 took place: « Séance annulée » sent to every member then
was false); an order offered before the hour and confirmed after it changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.models import AuditEntry, Sitting
from tests.helpers import text
from tests.test_convocations import (  # the Bureau of 18 July 2024, broadcasts without pause
    chat_of,
    coming_sitting,  # noqa: F401
    finish_broadcasts,
    no_per_chat_gap,  # noqa: F401
    set_clock,
)
from tests.test_sitting_orders import convened

ORDERS = (
    "annule le bureau du 18 juillet",
    "reporte le bureau du 18 juillet au 25 juillet",
    "reporte le bureau du 18 juillet à 19h",
    "retire le point 2 de l'ODJ du bureau du 18 juillet",
)


async def test_a_sitting_whose_hour_has_come_is_no_longer_changed(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    dallara = await convened(application, loaded_engine)
    set_clock(app, datetime(2024, 7, 18, 14, 55, tzinfo=UTC))  # 16:55 in Paris: offered
    offer = await dallara.send("annule le bureau du 18 juillet")
    assert "Confirmer l'annulation" in offer[-1].labels
    set_clock(app, datetime(2024, 7, 18, 15, 5, tzinfo=UTC))  # 17:05 in Paris: it has begun
    start = len(api.calls)
    late = text(await dallara.press("Confirmer l'annulation", offer))
    assert "a commencé : elle ne peut plus être annulée" in late
    set_clock(app, datetime(2024, 7, 18, 19, 0, tzinfo=UTC))  # 21:00
    for order in ORDERS:
        said = await dallara.send(order)
        assert "a commencé" in text(said), order
        assert not any(r.labels for r in said), order
    await finish_broadcasts(app)
    told = [c for c in api.calls[start:] if c.method.startswith("send")]
    assert {c.params["chat_id"] for c in told} == {dallara.user["id"]}  # nobody else
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, coming_sitting)
        assert sitting is not None
        assert sitting.cancelled_at is None
        assert len(sitting.agenda) == 2
        assert not session.exec(
            select(AuditEntry).where(
                AuditEntry.action.in_(("sitting.cancelled", "sitting.postponed"))
            )  # type: ignore[attr-defined]
        ).all()


async def test_a_sitting_of_no_printed_hour_may_still_be_cancelled_on_its_day(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    app, _ = application
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, coming_sitting)
        assert sitting is not None
        sitting.start_time = None
        session.add(sitting)
        session.commit()
    dallara = chat_of(application, loaded_engine, "DALLARA")
    set_clock(app, datetime(2024, 7, 18, 6, 0, tzinfo=UTC))  # 8:00 in Paris, that day
    offer = await dallara.send("annule le bureau du 18 juillet")
    assert "est annulée" in text(await dallara.press("Confirmer l'annulation", offer))
