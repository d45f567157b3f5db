"""A member declaring for a sitting that was cancelled: told it is cancelled, whatever way the
day is said, never « aucune séance » as if there had been none, and nothing recorded."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.models import Attendance, Proxy
from tests.helpers import text
from tests.test_convocations import (  # the Bureau of 18 July 2024, broadcasts without pause
    chat_of,
    coming_sitting,  # noqa: F401
    finish_broadcasts,
    no_per_chat_gap,  # noqa: F401
)


@pytest.mark.parametrize(
    "said",
    ["je serai absent le 18", "je donne pouvoir à Berger", "je serai présent jeudi 18 juillet"],
)
async def test_a_declaration_for_a_cancelled_sitting_says_it_is_cancelled(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
    said: str,
) -> None:  # type: ignore[no-untyped-def]
    app, _ = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    await dallara.send("/convoquer 18 juillet")
    await finish_broadcasts(app)
    offer = await dallara.send("annule le bureau du 18 juillet")
    await dallara.press("Confirmer l'annulation", offer)
    await finish_broadcasts(app)
    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    answer = text(await degraix.send(said))
    assert "est annulée" in answer
    assert "Aucune séance" not in answer
    with db.session(loaded_engine) as session:
        assert not session.exec(select(Proxy).where(Proxy.sitting_id == coming_sitting)).all()
        declared = session.exec(
            select(Attendance).where(
                Attendance.sitting_id == coming_sitting,
                Attendance.declared_at.is_not(None),  # type: ignore[union-attr]
            )
        ).all()
        assert not declared
