"""Attacks on the secretariat's follow-up typed in words, through the real Application: a
day that does not exist (« le bureau du 31 février », « le 32/07 ») is said so, never read as
the next sitting: no spreadsheet of a sitting nobody named, no member reminded of it."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from tests.helpers import text
from tests.test_convocations import (  # the Bureau of 18 July 2024, broadcasts without pause
    coming_sitting,  # noqa: F401
    finish_broadcasts,
    no_per_chat_gap,  # noqa: F401
)
from tests.test_sitting_orders import convened


@pytest.mark.parametrize(
    "said",
    [
        "exporte le suivi du bureau du 31 février en CSV",
        "exporte les réponses du 32/07 en csv",
        "relance Berger pour le bureau du 31 février",
        "rappelle à Berger qu'elle n'a pas répondu pour le 30/02",
    ],
)
async def test_a_day_that_does_not_exist_is_said_not_read_as_the_next_sitting(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
    said: str,
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    dallara = await convened(application, loaded_engine)
    start = len(api.calls)
    answer = text(await dallara.send(said))
    await finish_broadcasts(app)
    assert "n'existe pas" in answer
    assert [c.params["chat_id"] for c in api.calls[start:] if c.method.startswith("send")] == [
        dallara.user["id"]
    ]
