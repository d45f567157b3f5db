"""the budget a deliberation is charged to

Revision ID: 0012_lang21_budget
Revises: 0011_docs14
Create Date: 2026-12-03 06:00:00.000000

Open data names, for each deliberation, the budget it is charged to (SCDL BUDGET_NOM: « BUDGET
PRINCIPAL », a budget annexe, a régie): the importer read it and dropped it, so « sur quel
budget ? » could only be answered from an act's own text. A deliberation now keeps it; rows
imported before keep None until their file is imported again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0012_lang21_budget"
down_revision: str | None = "0011_docs14"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deliberation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("budget", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True)
        )


def _foreign_keys(on: bool) -> None:
    """SQLite drops a column by rebuilding the table (batch mode), and the rebuild drops the
    old table, which other tables' rows reference: foreign keys are set aside meanwhile, as in
    0005 (the rows keep their ids, so every reference holds again after)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def downgrade() -> None:
    _foreign_keys(False)
    with op.batch_alter_table("deliberation", schema=None) as batch_op:
        batch_op.drop_column("budget")
    _foreign_keys(True)
