"""who sat as a suppléant, and each member's commune

Revision ID: 0016_substitutes_named
Revises: 0015_cancelled_day_free
Create Date: 2026-12-05 14:00:00.000000

A roll call typed « Mme Claire Martin (suppléante de Rivat) » kept only that Rivat's seat was
filled: the sheet and the minutes said « représenté par son suppléant » without a name. The
attendance row now keeps the suppléant's name as typed. A member may also carry the commune
they are a delegate of: only the sole delegate of a commune has a suppléant (CGCT L5211-6), and
the store can only check it by counting a commune's delegates.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0016_substitutes_named"
down_revision: str | None = "0015_cancelled_day_free"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("substitute", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True)
        )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("commune", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True)
        )


def _foreign_keys(on: bool) -> None:
    """SQLite drops a column by rebuilding the table (batch mode): foreign keys are set aside
    meanwhile, as in 0013."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def downgrade() -> None:
    _foreign_keys(False)
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("commune")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_column("substitute")
    _foreign_keys(True)
