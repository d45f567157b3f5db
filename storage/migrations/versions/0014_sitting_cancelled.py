"""a convened sitting cancelled or postponed

Revision ID: 0014_sitting_cancelled
Revises: 0013_act_url
Create Date: 2026-12-05 03:00:00.000000

A convened sitting could be neither cancelled nor postponed: the secretariat typed the order and
the members were never told. A cancelled sitting is kept (its notices, its voided proxies and
the audit point to it) with the moment it was cancelled; a postponed one keeps the day it was
first convened for, which members may still name.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_sitting_cancelled"
down_revision: str | None = "0013_act_url"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sitting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("postponed_from", sa.Date(), nullable=True))


def _foreign_keys(on: bool) -> None:
    """SQLite drops a column by rebuilding the table (batch mode): foreign keys are set aside
    meanwhile, as in 0005."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def downgrade() -> None:
    _foreign_keys(False)
    with op.batch_alter_table("sitting", schema=None) as batch_op:
        batch_op.drop_column("postponed_from")
        batch_op.drop_column("cancelled_at")
    _foreign_keys(True)
