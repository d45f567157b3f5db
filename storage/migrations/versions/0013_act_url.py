"""where a deliberation's text is published

Revision ID: 0013_act_url
Revises: 0012_lang21_budget
Create Date: 2026-12-04 19:20:00.000000

Open data gives, for each deliberation, where its text is published (SCDL DELIB_URL): the
importer dropped it, so « le texte complet ? », « t'as le lien ? » had nothing to point to. A
deliberation now keeps it (web addresses only); rows imported before keep None until their file
is imported again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0013_act_url"
down_revision: str | None = "0012_lang21_budget"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deliberation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True)
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
        batch_op.drop_column("url")
    _foreign_keys(True)
