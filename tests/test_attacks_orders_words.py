"""Attacks on the secretariat's orders in words, through the real Application: a secretary is
a member too, and what they say of their own (« annule ma réponse à la convocation du bureau du
18 juillet », « déplace ma procuration du bureau du 18 juillet à Bony ») was read as an order
on the sitting: « Annuler la séance du Bureau… ? » offered, one press from telling 65 members
it would not take place."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from storage import db
from storage.models import Sitting
from tests.helpers import text
from tests.test_convocations import (  # the Bureau of 18 July 2024, broadcasts without pause
    coming_sitting,  # noqa: F401
    no_per_chat_gap,  # noqa: F401
)
from tests.test_sitting_orders import Desk


@pytest.mark.parametrize(
    "said",
    [
        "annule ma réponse à la convocation du bureau du 18 juillet",
        "déplace ma procuration du bureau du 18 juillet à Bony",
        "reporte mon rendez-vous du bureau du 18 juillet au 25 juillet",
        "merci d'annuler mes réponses pour la séance du 18 juillet",
        "change mon lieu de vote du bureau du 18 juillet",
    ],
)
async def test_what_a_secretary_says_of_their_own_is_no_order_on_the_sitting(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
    said: str,
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    dallara = await Desk(app, api, loaded_engine, coming_sitting).convened()
    answer = await dallara.send(said)
    assert not any(r.buttons and "sitorder:" in r.buttons[0][1] for r in answer), said
    assert "reporter la séance" not in text(answer)
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, coming_sitting)
        assert sitting is not None
        assert sitting.cancelled_at is None
