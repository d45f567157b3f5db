"""Migration 0014_sitting_cancelled: a sitting keeps when it was cancelled and the day it was
convened for before a postponement; down and up again, every sitting stays (same ids, days)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.helpers import migrate


def test_the_cancellation_columns_go_and_come_back_with_the_sittings(
    loaded_engine: Engine,
) -> None:
    def columns() -> set[str]:
        return {c["name"] for c in sa.inspect(loaded_engine).get_columns("sitting")}

    def sittings() -> list[tuple[object, ...]]:
        with loaded_engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT id, held_on FROM sitting")).all()
        return sorted(map(tuple, rows))

    assert {"cancelled_at", "postponed_from"} <= columns()
    before = sittings()
    migrate(loaded_engine, "downgrade", "0013_act_url")
    assert not {"cancelled_at", "postponed_from"} & columns()
    assert sittings() == before
    migrate(loaded_engine, "upgrade", "head")
    assert {"cancelled_at", "postponed_from"} <= columns()
    assert sittings() == before
