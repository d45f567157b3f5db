"""Attacks on the secretariat's orders, through the real Application: a confirmation pressed
twice at once, a convocation's button pressed after the sitting moved to another day, an item
of 4,000 characters, an item typed as HTML."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

from sqlmodel import select

from bot.callbacks import OrderAction, SittingOrder
from bot.services import identity
from storage import db
from storage.models import Attendance, AuditEntry, Body, Member, Sitting
from tests.helpers import text
from tests.test_convocations import (  # the Bureau of 18 July 2024, broadcasts without pause
    coming_sitting,
    finish_broadcasts,
    no_per_chat_gap,
)
from tests.test_councils_scoping import add_firminy
from tests.test_sitting_orders import Desk, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared


async def test_a_postponement_pressed_twice_at_once_then_its_former_convocation(
    desk: Desk,
) -> None:
    app, api = desk.app, desk.api
    dallara = await desk.convened()
    offer = await dallara.send("reporte le bureau du 18 juillet au 25 juillet")
    start = len(api.calls)
    await asyncio.gather(
        dallara.press("Confirmer le report", offer), dallara.press("Confirmer le report", offer)
    )
    await finish_broadcasts(app)
    with db.session(desk.engine) as session:
        moved = session.exec(
            select(AuditEntry).where(AuditEntry.action == "sitting.postponed")
        ).all()
        assert len(moved) == 1
    told = [
        c.params["chat_id"]
        for c in api.calls[start:]
        if c.method == "sendMessage" and "Report — " in c.params.get("text", "")
    ]
    assert len(told) == len(set(told)) == 65
    degraix = desk.chat("DEGRAIX")
    first = next(r for r in api.replies_since(0) if r.chat_id == degraix.user["id"] and r.labels)
    # The first convocation's button pressed since: an answer for the 18th is not the 25th's
    pressed = text(await degraix.press("Je serai présent(e)", [first]))
    assert "reportée" in pressed
    assert "25 juillet" in pressed
    with db.session(desk.engine) as session:  # nothing declared for the new day
        assert not session.exec(
            select(Attendance).where(Attendance.sitting_id == desk.sitting_id)
        ).all()
    # the new convocation's buttons, under the answer, record it
    assert "présent" in text(await degraix.press("Je serai présent(e)"))
    with db.session(desk.engine) as session:
        assert session.exec(
            select(Attendance).where(Attendance.sitting_id == desk.sitting_id)
        ).all()


async def test_an_item_too_long_or_typed_as_html(desk: Desk) -> None:
    api = desk.api
    dallara = desk.chat("DALLARA")
    long_item = "Subvention " + "très longue " * 330
    refused = text(
        await dallara.send(f"ajoute à l'ordre du jour du bureau du 18 juillet : {long_item}")
    )
    assert "Ce point d'ordre du jour est trop long" in refused
    offer = await dallara.send(
        "ajoute à l'ordre du jour du bureau du 18 juillet : <b>Budget</b> & <script>x</script>"
    )
    start = len(api.calls)
    await dallara.press("Ajouter ce point", offer)
    sent = [c.params["text"] for c in api.calls[start:] if c.method == "sendMessage"]
    assert any("&lt;b&gt;Budget&lt;/b&gt; &amp; &lt;script&gt;" in t for t in sent)
    sitting = desk.sitting()
    assert sitting.agenda[-1] == "<b>Budget</b> & <script>x</script>"
    assert all(len(item) < 1000 for item in sitting.agenda)


async def test_an_order_about_another_council_s_sitting_changes_nothing(desk: Desk) -> None:
    add_firminy(desk.engine)
    with db.session(desk.engine) as session:  # Firminy's coming council, convened
        body = session.exec(select(Body).where(Body.name == "Conseil Municipal")).one()
        theirs = Sitting(
            body_id=body.id or 0,
            held_on=date(2024, 7, 22),
            convened_at=datetime(2024, 7, 1, tzinfo=UTC),
        )
        session.add(theirs)
        session.commit()
        their_id = theirs.id or 0
    dallara = desk.chat("DALLARA")
    said = text(await dallara.send("annule le conseil municipal du 22 juillet"))
    assert "Confirmer" not in said
    forged = SittingOrder(OrderAction.CANCEL, their_id).encode()
    assert "n'est plus valable" in text(await dallara.press_data(forged))
    # the receipts' answer looks in our council only: no sitting of ours on the 22nd
    assert "Aucune séance du Conseil Métropolitain un 22 juillet" in text(
        await dallara.send("qui n'a pas accusé réception pour le conseil du 22 juillet ?")
    )
    with db.session(desk.engine) as session:
        kept = session.get(Sitting, their_id)
        assert kept is not None
        assert kept.cancelled_at is None


async def test_an_order_offered_before_another_secretary_moved_the_sitting_does_nothing(
    desk: Desk,
) -> None:
    with db.session(desk.engine) as session:  # a second secretary
        laget = session.exec(select(Member).where(Member.last_name == "LAGET")).one()
        identity.grant_secretariat(session=session, member=laget)
    dallara = await desk.convened()
    other = desk.chat("LAGET")
    offer = await dallara.send("annule le bureau du 18 juillet")
    moved = await other.send("reporte le bureau du 18 juillet au 25 juillet")
    assert "Séance reportée" in text(await other.press("Confirmer le report", moved))
    late = text(await dallara.press("Confirmer l'annulation", offer))
    assert "déplacée depuis cette demande" in late
    assert "25 juillet" in late
    sitting = desk.sitting()
    assert sitting.cancelled_at is None


async def test_a_past_day_or_no_such_hour_is_said_and_nothing_offered(desk: Desk) -> None:
    dallara = desk.chat("DALLARA")  # the clock: 10 July 2024
    cases = {
        # past this week: neither the next week's 8th nor next year's, guessed
        "reporte le bureau du 18 juillet au 8 juillet": "dire le mardi 8 juillet 2025",
        # next year's only seven months ahead: asked
        "reporte le bureau du 18 juillet au 1er février": "1er février 2025 »",
        "reporte le bureau du 18 juillet au 2 juillet 2024": "Donnez une date à venir",
        "le bureau du 18 juillet commencera à 25h": "« 25h » n'est pas une heure",
        "avance le bureau du 18 juillet à 17h75": "« 17h75 » n'est pas une heure",
        "reporte le bureau du 18 juillet au 31 juin": "« 31 juin » n'existe pas",
    }
    for said, answer in cases.items():
        replies = await dallara.send(said)
        assert answer in text(replies), said
        assert not any(r.labels for r in replies), said
    # a new sitting's day is read the same way
    await dallara.send("/nouvelle_seance")
    await dallara.send("bureau")
    assert "est déjà passé" in text(await dallara.send("le 9 juillet à 18h"))
    assert "n'est pas une heure" in text(await dallara.send("le 25 juillet à 18h61"))
    await dallara.send("/annuler")
    sitting = desk.sitting()
    assert sitting.held_on == date(2024, 7, 18)


async def test_an_agenda_item_has_its_own_limit(desk: Desk) -> None:
    dallara = desk.chat("DALLARA")
    title = "Convention de partenariat avec la commune de Firminy pour le centre bourg, " * 10
    offer = await dallara.send(f"ajoute à l'ordre du jour du bureau du 18 juillet : {title}")
    assert len(title) > 500  # longer than a question, and an item all the same
    await dallara.press("Ajouter ce point", offer)
    sitting = desk.sitting()
    assert sitting.agenda[-1] == title.strip()
    refused = text(
        await dallara.send(f"ajoute à l'ordre du jour du bureau du 18 juillet : {title * 2}")
    )
    assert "pour 1000 au plus par point" in refused
    assert "question" not in refused
