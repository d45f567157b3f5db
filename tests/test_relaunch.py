"""« relance ceux qui n'ont pas répondu », through the real Application and the Bot API
stand-in: the secretariat is told who has not answered the next convened sitting and gets a
button that sends them a reminder now (kind « relance-N », each sent once, never to whoever
acknowledged or answered); pressed again at once, nothing; an hour later, those still
silent; a member is told the reminders the assistant sends by itself; before any
convocation, nobody to relaunch."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from bot.services import convocations
from storage import db
from storage.models import AuditEntry, Delivery
from tests.conftest import CLOCK
from tests.helpers import add_coming_bureau_sitting, text
from tests.test_convocations import (
    chat_of,
    coming_sitting,
    finish_broadcasts,
    no_per_chat_gap,
    set_clock,
)

__all__ = ["coming_sitting", "no_per_chat_gap"]  # the fixtures, shared


def _relaunches(engine: Engine, sitting_id: int) -> list[tuple[str, int]]:
    with db.session(engine) as session:
        rows = session.exec(
            select(Delivery.kind, Delivery.member_id).where(
                Delivery.sitting_id == sitting_id, col(Delivery.kind).startswith("relance-")
            )
        ).all()
    return sorted((kind, member or 0) for kind, member in rows)


async def test_the_secretariat_relaunches_the_silent_members_now(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    before = text(await dallara.send("relance ceux qui n'ont pas répondu"))
    assert "Aucune séance à venir n'est encore convoquée" in before

    await dallara.send("/convoquer")
    await finish_broadcasts(app)
    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    own = next(r for r in api.replies_since(0) if r.chat_id == degraix.user["id"] and r.labels)
    await degraix.press("Accuser réception", [own])

    replies = await dallara.send("relance ceux qui n'ont pas répondu")
    said = text(replies)
    # 65 convened by Telegram, DEGRAIX acknowledged
    assert said.startswith("64 membres convoqués à la séance du Bureau Métropolitain du jeudi")
    assert "M. Jean-Luc DEGRAIX" not in said
    assert "Mme Françoise BERGER" in said
    assert replies[-1].labels == ["Relancer les 64 membres"]

    start = len(api.calls)
    started = text(await dallara.press("Relancer les 64 membres", replies))
    assert "Rappel en cours d'envoi à 64 membres" in started
    await finish_broadcasts(app)
    sent = [
        c
        for c in api.calls[start:]
        if c.method == "sendMessage" and c.params["text"].startswith("Rappel : ")
    ]
    assert len(sent) == 64
    assert all("a lieu le jeudi 18 juillet 2024" in c.params["text"] for c in sent)
    assert not [c for c in api.calls[start:] if c.method == "sendDocument"]  # no calendar again
    assert {kind for kind, _ in _relaunches(loaded_engine, coming_sitting)} == {"relance-1"}

    # The same button pressed again at once (a double tap): said, nothing sent twice
    again = text(await dallara.press("Relancer les 64 membres", replies))
    assert "64 membres encore silencieux ont déjà été relancés à 12 h 00" in again
    assert "relancée à 12 h 00" in text(await dallara.send("relance Berger"))
    await finish_broadcasts(app)
    assert {kind for kind, _ in _relaunches(loaded_engine, coming_sitting)} == {"relance-1"}
    # An hour later: a second relaunch, to those still silent only (the same 64), each once
    set_clock(app, CLOCK + convocations.RELAUNCH_QUIET)
    again = text(await dallara.press("Relancer les 64 membres", replies))
    assert "Rappel en cours d'envoi à 64 membres" in again
    await finish_broadcasts(app)
    kinds = [kind for kind, _ in _relaunches(loaded_engine, coming_sitting)]
    assert kinds.count("relance-1") == kinds.count("relance-2") == 64
    with db.session(loaded_engine) as session:
        audited = session.exec(
            select(AuditEntry).where(AuditEntry.action == "sitting.relaunched")
        ).all()
    assert len(audited) == 2


async def test_a_member_cannot_relaunch(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    app, _ = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    await dallara.send("/convoquer")
    await finish_broadcasts(app)
    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    replies = await degraix.send("tu peux relancer les collègues ?")
    said = text(replies)
    assert said.startswith("Je ne relance pas vos collègues à votre demande")
    assert not any(r.labels for r in replies)
    # A forged button from a member: the stale-button answer, nothing written
    forged = await degraix.press_data(f"relaunch:{coming_sitting}", replies[-1])
    assert "Relancer" not in text(forged)
    assert _relaunches(loaded_engine, coming_sitting) == []


async def test_the_relaunch_offered_is_the_named_sitting_s(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    """Two sittings convened: « relance … pour le bureau du 12 septembre » offered the next one
    (18 July)'s silent members, a button that would remind them of the wrong sitting."""
    app, _ = application
    with db.session(loaded_engine) as session:
        add_coming_bureau_sitting(session, held_on=date(2024, 9, 12))
        session.commit()
    dallara = chat_of(application, loaded_engine, "DALLARA")
    await dallara.send("/convoquer 18 juillet")
    await dallara.send("/convoquer 12 septembre")
    await finish_broadcasts(app)
    said = text(
        await dallara.send("relance ceux qui n'ont pas répondu pour le bureau du 12 septembre")
    )
    assert "convoqués à la séance du Bureau Métropolitain du jeudi 12 septembre 2024" in said
    assert "18 juillet" not in said
