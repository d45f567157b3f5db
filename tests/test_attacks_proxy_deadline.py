"""Acts (proxies, declarations) asked after their deadline or with words nobody reads: the real
Application through `process_update` (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select
from telegram.ext import Application

from bot.callbacks import ConfirmProxy
from bot.transport import InProcessBotAPI
from storage import db
from storage.models import Attendance, AuditEntry, Sitting
from tests.conftest import member_id
from tests.helpers import linked, text

HELD = "la séance du Bureau Métropolitain du jeudi 4 juillet 2024"


async def test_a_proxy_of_a_sitting_already_held_is_not_registered_again_nor_announced(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
) -> None:
    """ARTIGUES gave his proxy to DEGRAIX for the Bureau of 4 July (the minutes say so). Asked
    again on 10 July, it was « enregistré », revocable « jusqu'à l'ouverture de la séance »,
    and DEGRAIX was told to vote with it and offered to refuse it."""
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    await linked(application, loaded_engine, "DEGRAIX", 702)
    _, api = application
    before = len(api.calls)
    answer = text(await artigues.send("/pouvoir Degraix 4 juillet 2024"))
    assert f"Il est trop tard : les pouvoirs pour {HELD}" in answer
    assert "Votre pouvoir à M. Jean-Luc DEGRAIX y est enregistré" in answer
    assert "jusqu'à l'ouverture" not in answer
    # A forged or stale « Confirmer » of the same proxy: the same answer.
    with db.session(loaded_engine) as session:
        sitting_id = session.exec(select(Sitting.id).where(Sitting.held_on == date(2024, 7, 4)))
        sitting_id = sitting_id.one()
    pressed = ConfirmProxy(sitting_id or 0, member_id(loaded_engine, "DEGRAIX")).encode()
    assert "Il est trop tard" in text(await artigues.press_data(pressed))
    to_holder = [c for c in api.calls[before:] if str(c.params.get("chat_id")) == "702"]
    assert to_holder == []  # DEGRAIX was told nothing
    with db.session(loaded_engine) as session:
        told = session.exec(select(AuditEntry).where(AuditEntry.action == "proxy.holder_told"))
        assert list(told) == []


@pytest.mark.parametrize(
    ("typed", "unread"),
    [
        ("/absent blabla", "blabla"),
        ("/absent 42", "42"),
        ("/absent le 25", "le 25"),
        ("/present n'importe quoi", "importe"),
        ("/annuler_pouvoir 42", "42"),
    ],
)
async def test_an_act_whose_argument_is_not_read_does_nothing_and_says_why(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    typed: str,
    unread: str,
) -> None:
    """« /absent blabla », « /absent 42 », « /absent le 25 » declared an absence for the next
    sitting, whichever it was, as if nothing had been typed after the command."""
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    answer = text(await artigues.send(typed))
    assert f"Je n'ai pas compris « {unread} » : rien n'a été enregistré" in answer
    with db.session(loaded_engine) as session:
        declared = session.exec(
            select(Attendance).where(
                Attendance.sitting_id == coming_sitting,
                Attendance.member_id == member_id(loaded_engine, "ARTIGUES"),
            )
        ).all()
    assert declared == []
    # What the reader takes still acts.
    assert "vous serez absent" in text(await artigues.send("/absent 18 juillet"))
    assert "vous serez présent" in text(await artigues.send("/present au prochain bureau svp"))
