"""a sitting held on a second convocation; the document whose vote a deliberation holds

Revision ID: 0010_docs12
Revises: 0009_perfbot
Create Date: 2026-12-02 07:50:00.000000

A council convened again after a quorum failure deliberates without quorum condition
(L2121-17 al. 2). The importer read that fact and checked the document by it, then dropped
it: the store's sitting was judged by the ordinary quorum, and the bot said « quorum non
atteint » of a sitting the law had held valid. The sitting now keeps it; every existing
sitting is an ordinary one.

Two documents of one sitting printing two votes for one act (a procès-verbal and an extrait
with a typo): the second overwrote the first without a word. A deliberation now keeps the
name of the document its vote came from, so a finding can say which document said what.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0010_docs12"
down_revision: str | None = "0009_perfbot"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sitting", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "second_convocation", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    with op.batch_alter_table("deliberation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("vote_source", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True)
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
        batch_op.drop_column("vote_source")
    with op.batch_alter_table("sitting", schema=None) as batch_op:
        batch_op.drop_column("second_convocation")
    _foreign_keys(True)
