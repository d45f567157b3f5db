"""funded actions belong to a council

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 20:40:00

A funded action is the money of one council: an annex's action is its deliberation's council's,
a subsidy is its grantor's. Until now a member's view worked it out at each read from the
grantor's printed name; the column makes it a fact of the row, indexed and filtered in SQL.
Existing rows take their deliberation's council, else the council their grantor names (by
SIREN, then by name, as the importer created it), else the store's first council (where a row
naming no council has always gone).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.names import fold
from storage.parsing.heading import council_named

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("fundedaction") as batch_op:
        batch_op.add_column(sa.Column("council_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_fundedaction_council_id"), ["council_id"], unique=False
        )
        batch_op.create_foreign_key(
            "fk_fundedaction_council_id", "council", ["council_id"], ["id"]
        )
    _existing_rows_to_their_council()


def _existing_rows_to_their_council() -> None:
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "UPDATE fundedaction SET council_id = (SELECT deliberation.council_id FROM "
            "deliberation WHERE deliberation.id = fundedaction.deliberation_id) "
            "WHERE deliberation_id IS NOT NULL"
        )
    )
    councils = bind.execute(sa.text("SELECT id, name, siren FROM council ORDER BY id")).all()
    if not councils:
        return
    by_siren = {siren: council_id for council_id, _, siren in councils if siren}
    by_name = {fold(name): council_id for council_id, name, _ in councils}
    orphans = bind.execute(
        sa.text("SELECT id, grantor, grantor_siret FROM fundedaction WHERE council_id IS NULL")
    ).all()
    for action_id, grantor, siret in orphans:
        named = council_named(grantor, siret)
        council_id = None
        if named is not None:
            council_id = by_siren.get(named.siren or "") or by_name.get(fold(named.name))
        bind.execute(
            sa.text("UPDATE fundedaction SET council_id = :c WHERE id = :i"),
            {"c": council_id or councils[0][0], "i": action_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("fundedaction") as batch_op:
        batch_op.drop_constraint("fk_fundedaction_council_id", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_fundedaction_council_id"))
        batch_op.drop_column("council_id")
