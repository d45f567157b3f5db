"""Attacks on the secretariat's orders and relaunches by the clock, through the real
Application: on the day of a sitting, once its printed hour has come, it can no longer be
cancelled, postponed or changed (at 21:00 the Bureau of 17:00 took place: « Séance annulée »
sent to every member then was false), nor its convocation recalled to the silent members; an
order or a relaunch offered before the hour and confirmed after it does nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.models import AuditEntry, Sitting
from tests.helpers import add_coming_bureau_sitting, text
from tests.test_convocations import (  # the Bureau of 18 July 2024, broadcasts without pause
    chat_of,
    coming_sitting,  # noqa: F401
    finish_broadcasts,
    no_per_chat_gap,  # noqa: F401
    set_clock,
)
from tests.test_sitting_orders import Desk


def day_at(hour: int, minute: int = 0) -> datetime:
    """The sitting's day (18 July 2024) at this hour in Paris (UTC+2 in summer)."""
    return datetime(2024, 7, 18, hour - 2, minute, tzinfo=UTC)


async def convened_then(desk: Desk, offered_at: datetime, order: str):  # type: ignore[no-untyped-def]
    """The Bureau convened; at `offered_at` the secretariat types `order`: its chat, the offer."""
    dallara = await desk.convened()
    app = desk.app
    set_clock(app, offered_at)
    return dallara, await dallara.send(order)


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
    dallara, offer = await convened_then(
        Desk(app, api, loaded_engine, coming_sitting),
        day_at(16, 55),
        "annule le bureau du 18 juillet",
    )
    assert "Confirmer l'annulation" in offer[-1].labels
    set_clock(app, day_at(17, 5))  # it has begun
    start = len(api.calls)
    late = text(await dallara.press("Confirmer l'annulation", offer))
    assert "a commencé : elle ne peut plus être annulée" in late
    set_clock(app, day_at(21))
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
    set_clock(app, day_at(8))
    offer = await dallara.send("annule le bureau du 18 juillet")
    assert "est annulée" in text(await dallara.press("Confirmer l'annulation", offer))


async def test_no_reminder_of_a_convocation_once_its_sitting_has_begun(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    dallara, offer = await convened_then(
        Desk(app, api, loaded_engine, coming_sitting),
        day_at(16),
        "relance les élus qui n'ont pas accusé réception",
    )
    assert offer[-1].labels == ["Relancer les 65 membres"]
    set_clock(app, day_at(17, 30))  # under way
    start = len(api.calls)
    assert "n'est plus valable" in text(await dallara.press("Relancer les 65 membres", offer))
    set_clock(app, day_at(21))  # held
    said = await dallara.send("relance les élus qui n'ont pas accusé réception")
    assert not any(r.labels for r in said)
    assert "Aucune séance à venir n'est encore convoquée" in text(said)
    assert "a commencé : un rappel de sa convocation n'a plus d'objet" in text(
        await dallara.send("rappelle à Berger qu'elle n'a pas répondu")
    )
    await finish_broadcasts(app)
    told = [c for c in api.calls[start:] if c.method.startswith("send")]
    assert {c.params["chat_id"] for c in told} == {dallara.user["id"]}  # nobody reminded


async def test_the_next_sitting_once_one_has_begun_is_the_one_after(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    with db.session(loaded_engine) as session:
        add_coming_bureau_sitting(session, held_on=date(2024, 7, 25))
        session.commit()
    app, api = application
    desk = Desk(app, api, loaded_engine, coming_sitting)
    dallara, _ = await convened_then(desk, day_at(21), "/aide")
    offer = text(await dallara.send("annule le prochain bureau"))
    assert "Annuler la séance du Bureau Métropolitain du jeudi 25 juillet 2024" in offer
