"""Migration 0016_substitutes_named: an attendance row keeps the suppléant who sat, a member
the commune they are a delegate of; down and up again, every row stays."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.helpers import migrate


def test_the_suppleant_s_name_and_the_commune_come_and_go_with_the_rows(
    loaded_engine: Engine,
) -> None:
    def rows() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        with loaded_engine.connect() as connection:
            attendance = connection.execute(sa.text("SELECT id, status FROM attendance")).all()
            members = connection.execute(sa.text("SELECT id, last_name FROM member")).all()
        return sorted(map(tuple, attendance)), sorted(map(tuple, members))

    with loaded_engine.begin() as connection:
        connection.execute(sa.text("UPDATE attendance SET substitute = 'Mme Claire Martin'"))
        connection.execute(sa.text("UPDATE member SET commune = 'Saint-Marc'"))
    before = rows()
    migrate(loaded_engine, "downgrade", "0015_cancelled_day_free")
    assert rows() == before
    migrate(loaded_engine, "upgrade", "head")
    assert rows() == before
    with loaded_engine.connect() as connection:
        kept = connection.execute(sa.text("SELECT substitute FROM attendance")).all()
    assert {k for (k,) in kept} == {None}  # gone with the column, not made up again
