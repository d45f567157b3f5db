"""the document whose reading of a deliberation's attendance the store holds

Revision ID: 0011_docs14
Revises: 0010_docs12
Create Date: 2026-12-02 12:00:00.000000

Two documents of one sitting saying a member present and excused at the same item (an extract
and the procès-verbal): the second changed the first's reading without a word. A deliberation
now keeps the name of the first document that named who was at its vote, so a finding can say
which document said what; members who come and go between items stay data.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0011_docs14"
down_revision: str | None = "0010_docs12"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deliberation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "attendance_source", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True
            )
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
        batch_op.drop_column("attendance_source")
    _foreign_keys(True)
