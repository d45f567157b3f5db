"""Migration 0008 on both databases: the item attendance of an existing store survives
it, gains the holder of a leaver's proxy, and the migration goes down and up again."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.helpers import migrate


def _columns(engine: Engine) -> set[str]:
    return {c["name"] for c in sa.inspect(engine).get_columns("itemattendance")}


def test_item_attendance_gains_a_holder_and_goes_down_and_up(engine: Engine) -> None:
    migrate(engine, "downgrade", "0007")
    assert "holder_id" not in _columns(engine)
    migrate(engine, "upgrade", "head")
    assert "holder_id" in _columns(engine)
    migrate(engine, "downgrade", "0007")
    assert "holder_id" not in _columns(engine)
    migrate(engine, "upgrade", "head")
    assert "holder_id" in _columns(engine)
