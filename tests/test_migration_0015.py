"""Migration 0015_cancelled_day_free: one sitting a body a day binds the sittings not
cancelled only; down and up again, every sitting stays."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.helpers import migrate


def test_a_cancelled_sitting_frees_its_day_and_the_rule_comes_back_down(
    loaded_engine: Engine,
) -> None:
    def sittings() -> list[tuple[object, ...]]:
        with loaded_engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT id, held_on FROM sitting")).all()
        return sorted(map(tuple, rows))

    def twin(cancelled: bool) -> None:  # a second sitting of a body on a day it sits
        with loaded_engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO sitting (body_id, held_on, urgent, second_convocation,"
                    " agenda, cancelled_at) SELECT body_id, held_on, urgent,"
                    " second_convocation, agenda, :at FROM sitting ORDER BY id LIMIT 1"
                ),
                {"at": "2026-12-05 03:00:00" if cancelled else None},
            )

    before = sittings()
    migrate(loaded_engine, "downgrade", "0014_sitting_cancelled")
    assert sittings() == before
    with pytest.raises(sa.exc.IntegrityError):
        twin(cancelled=True)
    migrate(loaded_engine, "upgrade", "head")
    assert sittings() == before
    twin(cancelled=True)
    with pytest.raises(sa.exc.IntegrityError):
        twin(cancelled=False)
