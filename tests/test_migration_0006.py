"""Migration 0006 on both databases: funded actions of an existing store survive it, and it
goes down and up again (the (deliberation, title) constraint 0001 left unnamed included)."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.helpers import migrate


def test_funded_actions_survive_0006_and_it_goes_down_and_up(engine: Engine) -> None:
    migrate(engine, "downgrade", "0004")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO body (id, name, notice_days, proxy_deadline_minutes) "
                "VALUES (1, 'Bureau', 5, 0)"
            )
        )
        connection.execute(
            sa.text("INSERT INTO sitting (id, body_id, held_on, urgent) VALUES (1, 1, :d, false)"),
            {"d": date(2024, 7, 4)},
        )
        connection.execute(
            sa.text(
                "INSERT INTO deliberation (id, number, sitting_id, title, title_key) "
                "VALUES (1, '2024.00417', 1, 'Contrat', 'contrat')"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO fundedaction (deliberation_id, title, contribution) "
                "VALUES (1, 'Accès aux droits', 94000)"
            )
        )
    migrate(engine, "upgrade", "head")
    with engine.begin() as connection:
        row = connection.execute(
            sa.text("SELECT deliberation_id, title, contribution, subsidy_key FROM fundedaction")
        ).one()
        assert (row[0], row[1], int(row[2]), row[3]) == (1, "Accès aux droits", 94000, None)
        # A subsidy may now stand without its deliberation.
        connection.execute(
            sa.text("INSERT INTO fundedaction (title, subsidy_key) VALUES ('Subvention', 'k1')")
        )
    duplicate = "INSERT INTO fundedaction (deliberation_id, title) VALUES (1, 'Accès aux droits')"
    # An annex still names an action once per deliberation.
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
        connection.execute(sa.text(duplicate))
    with engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM fundedaction WHERE subsidy_key IS NOT NULL"))
    migrate(engine, "downgrade", "0004")
    migrate(engine, "upgrade", "head")
