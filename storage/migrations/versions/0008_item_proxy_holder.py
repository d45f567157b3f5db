"""the holder of a proxy given by a member leaving during the sitting, kept with the item

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 20:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEY = "fk_itemattendance_holder_id_member"


def upgrade() -> None:
    with op.batch_alter_table("itemattendance") as batch:
        batch.add_column(sa.Column("holder_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(FOREIGN_KEY, "member", ["holder_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("itemattendance") as batch:
        batch.drop_constraint(FOREIGN_KEY, type_="foreignkey")
        batch.drop_column("holder_id")
