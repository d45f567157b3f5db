"""a cancelled sitting no longer holds its body's day

Revision ID: 0015_cancelled_day_free
Revises: 0014_sitting_cancelled
Create Date: 2026-12-05 04:00:00.000000

One sitting a body a day held the cancelled ones too: once the Bureau of the 11th was
cancelled, a new sitting on the 11th, or a postponement onto it, was refused as « déjà une
séance ». The rule now binds the sittings not cancelled only (a partial unique index); the
cancelled one stays, with its notices, voided proxies and audit.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_cancelled_day_free"
down_revision: str | None = "0014_sitting_cancelled"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIVE = sa.text("cancelled_at IS NULL")
# The constraint of 0001 had no name: SQLite's is found by this convention, PostgreSQL's is
# the name it gave it.
_CONVENTION = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _foreign_keys(on: bool) -> None:
    """SQLite rebuilds the table to drop a constraint (batch mode): foreign keys are set
    aside meanwhile, as in 0005."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _foreign_keys(False)
        with op.batch_alter_table("sitting", naming_convention=_CONVENTION) as batch_op:
            batch_op.drop_constraint("uq_sitting_body_id", type_="unique")
        _foreign_keys(True)
    else:
        op.drop_constraint("sitting_body_id_held_on_key", "sitting", type_="unique")
    op.create_index(
        "uq_sitting_body_day_live",
        "sitting",
        ["body_id", "held_on"],
        unique=True,
        sqlite_where=_LIVE,
        postgresql_where=_LIVE,
    )


def downgrade() -> None:
    """Back to one sitting a day, cancelled or not: refused while a body has a cancelled
    sitting and another the same day (drop one first)."""
    op.drop_index("uq_sitting_body_day_live", table_name="sitting")
    if op.get_bind().dialect.name == "sqlite":
        _foreign_keys(False)
        with op.batch_alter_table("sitting", naming_convention=_CONVENTION) as batch_op:
            batch_op.create_unique_constraint("uq_sitting_body_id", ["body_id", "held_on"])
        _foreign_keys(True)
    else:
        op.create_unique_constraint(
            "sitting_body_id_held_on_key", "sitting", ["body_id", "held_on"]
        )
