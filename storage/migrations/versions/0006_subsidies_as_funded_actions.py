"""subsidies (SCDL 'Subventions') as funded actions, standing alone when their decision is not
in the store

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-01 15:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# 0001 left the (deliberation_id, title) constraint unnamed: PostgreSQL named it itself, and
# on SQLite the batch copy finds it under the name this convention gives.
OLD_UNIQUE = {"postgresql": "fundedaction_deliberation_id_title_key"}
SQLITE_NAMES = {"uq": "uq_%(table_name)s_%(column_0_name)s_%(column_1_name)s"}
SQLITE_OLD_UNIQUE = "uq_fundedaction_deliberation_id_title"

NEW_COLUMNS = (
    ("grantor", sqlmodel.sql.sqltypes.AutoString(length=300)),
    ("grantor_siret", sqlmodel.sql.sqltypes.AutoString(length=14)),
    ("carrier_siret", sqlmodel.sql.sqltypes.AutoString(length=14)),
    ("convention_date", sa.Date()),
    ("decision_reference", sqlmodel.sql.sqltypes.AutoString(length=200)),
    ("nature", sqlmodel.sql.sqltypes.AutoString(length=100)),
    ("payment_conditions", sqlmodel.sql.sqltypes.AutoString(length=100)),
    ("payment_period", sqlmodel.sql.sqltypes.AutoString(length=100)),
    ("rae_id", sqlmodel.sql.sqltypes.AutoString(length=40)),
    ("eu_notification", sa.Boolean()),
    ("share", sa.Numeric(precision=9, scale=6)),
    ("subsidy_key", sqlmodel.sql.sqltypes.AutoString(length=64)),
)


def _batch():  # type: ignore[no-untyped-def]
    if op.get_bind().dialect.name == "sqlite":
        return op.batch_alter_table("fundedaction", naming_convention=SQLITE_NAMES)
    return op.batch_alter_table("fundedaction")


def _old_unique() -> str:
    return OLD_UNIQUE.get(op.get_bind().dialect.name, SQLITE_OLD_UNIQUE)


def upgrade() -> None:
    with _batch() as batch_op:
        batch_op.drop_constraint(_old_unique(), type_="unique")
        batch_op.alter_column("deliberation_id", existing_type=sa.Integer(), nullable=True)
        for name, type_ in NEW_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
        batch_op.create_index(
            batch_op.f("ix_fundedaction_subsidy_key"), ["subsidy_key"], unique=True
        )
        batch_op.create_index(
            "uq_fundedaction_deliberation_title",
            ["deliberation_id", "title"],
            unique=True,
            sqlite_where=sa.text("subsidy_key IS NULL"),
            postgresql_where=sa.text("subsidy_key IS NULL"),
        )


def downgrade() -> None:
    op.execute("DELETE FROM fundedaction WHERE subsidy_key IS NOT NULL")
    with _batch() as batch_op:
        batch_op.drop_index("uq_fundedaction_deliberation_title")
        batch_op.drop_index(batch_op.f("ix_fundedaction_subsidy_key"))
        for name, _ in reversed(NEW_COLUMNS):
            batch_op.drop_column(name)
        batch_op.alter_column("deliberation_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint(_old_unique(), ["deliberation_id", "title"])
