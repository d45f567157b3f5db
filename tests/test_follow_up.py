"""The secretariat's follow-up of a convocation typed in words, through the real Application:
the receipts still missing (the report of /suivi), the answers as a spreadsheet, one member
relaunched; members told it is the secretariat's."""

from __future__ import annotations

from sqlmodel import select

from storage import db
from storage.models import Delivery, DeliveryStatus, Member
from tests.helpers import text
from tests.test_convocations import (  # the Bureau of 18 July 2024, broadcasts without pause
    coming_sitting,
    finish_broadcasts,
    no_per_chat_gap,
)
from tests.test_sitting_orders import Desk, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared


async def test_the_follow_up_asked_in_words(desk: Desk) -> None:
    app, api = desk.app, desk.api
    dallara = await desk.convened()
    degraix = desk.chat("DEGRAIX")
    convocation = next(
        r for r in api.replies_since(0) if r.chat_id == degraix.user["id"] and r.labels
    )
    await degraix.press("Accuser réception", [convocation])

    report = text(await dallara.send("qui n'a pas encore accusé réception ?"))
    # the receipts' own answer: each member's receipt, those without named
    assert "Accusés de réception — Bureau Métropolitain du jeudi 18 juillet 2024" in report
    assert "1 sur 65 convocations reçues" in report  # 65 reached, one receipt

    start = len(api.calls)
    await dallara.send("exporte les réponses à la convocation en CSV")
    sheet = next(r for r in api.replies_since(start) if r.document)
    assert sheet.document is not None
    name, content = sheet.document
    assert name == "suivi-convocation-2024-07-18.csv"
    rows = content.decode("utf-8-sig").splitlines()
    assert rows[0].startswith("membre;statut;")
    assert len(rows) == 68  # the heading, then each of the 67 convened
    degraix_row = next(r for r in rows if r.startswith("M. Jean-Luc DEGRAIX;"))
    assert degraix_row.count("/07/2024") >= 3  # sent, complete, acknowledged
    start = len(api.calls)  # the same file, asked as the proofs of receipt
    await dallara.send("je veux le fichier des preuves de réception de la convocation du 18")
    assert any(r.document for r in api.replies_since(start))
    start = len(api.calls)  # the proof named alone, without « fichier »
    await dallara.send("les justificatifs de remise de la convocation du 18 svp")
    assert any(r.document for r in api.replies_since(start))

    start = len(api.calls)
    sent = text(await dallara.send("rappelle à Berger qu'elle n'a pas répondu"))
    assert "Rappel en cours d'envoi à Mme Françoise BERGER" in sent
    await finish_broadcasts(app)
    berger = desk.chat("BERGER")
    reminded = {r.chat_id for r in api.replies_since(start) if r.text.startswith("Rappel :")}
    assert reminded == {berger.user["id"]}
    offered = await dallara.send("relance les élus qui n'ont pas accusé réception")
    assert any(label.startswith("Relancer les") for r in offered for label in r.labels)
    assert "a déjà accusé réception" in text(
        await dallara.send("relance Degraix pour la convocation")
    )
    assert "compte Telegram non relié" in text(await dallara.send("relance Tardy"))
    assert "Aucune séance du Bureau Métropolitain un 25 juillet" in text(
        await dallara.send("qui n'a pas accusé réception pour le bureau du 25 juillet ?")
    )

    with db.session(desk.engine) as session:  # Laget's convocation still on its way
        laget = session.exec(select(Member).where(Member.last_name == "LAGET")).one()
        delivery = session.exec(
            select(Delivery).where(Delivery.member_id == laget.id, Delivery.kind == "convocation")
        ).one()
        delivery.status = DeliveryStatus.pending
        session.add(delivery)
        session.commit()
    assert "encore en cours d'envoi" in text(await dallara.send("relance Laget"))

    # A member: the follow-up is the secretariat's; their own receipt still is theirs
    # (« qui n'a pas encore accusé réception ? » gives a member the count: the receipts' own)
    for asked in ("rappelle à Berger qu'elle n'a pas répondu",):
        assert "réservé au secrétariat" in text(await degraix.send(asked))
    assert "réservé au secrétariat" not in text(
        await degraix.send("les élus doivent-ils accuser réception de la convocation ?")
    )
    assert "18 juillet 2024" in text(await degraix.send("rappelle-moi la date du prochain bureau"))
