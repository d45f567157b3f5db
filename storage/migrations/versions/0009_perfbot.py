"""chat state without an index on its expiry

Revision ID: 0009_perfbot
Revises: 0008
Create Date: 2026-12-02 00:20:00.000000

The conversation's thread is written at almost every answer (one row per account); each write
moved the row in the expiry index too, while only a sweep reads that index, and sweeps are
rare (a long answer's pages, a draft's step) over a table of one row per recent account.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009_perfbot"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_chatstate_expires_at"


def upgrade() -> None:
    op.drop_index(INDEX, table_name="chatstate")


def downgrade() -> None:
    op.create_index(INDEX, "chatstate", ["expires_at"], unique=False)
