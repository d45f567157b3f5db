"""the council each imported document was filed to

Revision ID: 0017_import_council
Revises: 0016_substitutes_named
Create Date: 2026-12-05 17:00:00.000000

An imported document kept its hash and path, not whose it was: a warning about the file itself
(no sitting named, a row skipped) could not be shown to the secretariat of the council that
imported it, and was left out of every council's list. The document now keeps the council it
was filed to; documents imported before are given the council of the sittings their warnings
name, when they name one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_import_council"
down_revision: str | None = "0016_substitutes_named"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # (the foreign key makes SQLite rebuild the table, which the findings' rows reference)
    _foreign_keys(False)
    with op.batch_alter_table("importeddocument", schema=None) as batch_op:
        batch_op.add_column(sa.Column("council_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_importeddocument_council_id"), ["council_id"], unique=False
        )
        batch_op.create_foreign_key(
            "fk_importeddocument_council_id_council", "council", ["council_id"], ["id"]
        )
    _foreign_keys(True)
    op.execute(
        # a document whose warnings name the sittings of several councils is of none
        "UPDATE importeddocument SET council_id = (SELECT CASE WHEN"
        " COUNT(DISTINCT body.council_id) = 1 THEN MIN(body.council_id) END"
        " FROM importfinding JOIN sitting ON sitting.id = importfinding.sitting_id"
        " JOIN body ON body.id = sitting.body_id"
        " WHERE importfinding.document_id = importeddocument.id)"
    )


def _foreign_keys(on: bool) -> None:
    """SQLite drops a column by rebuilding the table (batch mode): foreign keys are set aside
    meanwhile, as in 0013."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def downgrade() -> None:
    _foreign_keys(False)
    with op.batch_alter_table("importeddocument", schema=None) as batch_op:
        batch_op.drop_constraint("fk_importeddocument_council_id_council", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_importeddocument_council_id"))
        batch_op.drop_column("council_id")
    _foreign_keys(True)
