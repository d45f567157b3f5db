"""councils own bodies, members and deliberations; attendance and votes per deliberation

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 15:10:00

A body's name and a deliberation's number are unique within a council, no longer everywhere:
four communes each have their « Conseil Municipal ». A member's identity is unique within a
council. Existing rows belong to one default council, Saint-Etienne Métropole (the store's
only council until now).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from storage.names import compact

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# SQLite gave the old unique constraints no name: batch mode names them by this convention so
# they can be dropped; PostgreSQL named them itself.
_SQLITE_NAMES = {"uq": "uq_%(table_name)s_%(column_0_name)s"}
DEFAULT_COUNCIL = {"name": "Saint-Etienne Métropole", "kind": "métropole", "siren": "244200770"}


def _old_unique(table: str, sqlite_name: str, postgresql_name: str) -> str:
    return postgresql_name if op.get_bind().dialect.name == "postgresql" else sqlite_name


def _foreign_keys(on: bool) -> None:
    """SQLite rebuilds a table to change its constraints (batch mode): the rebuild drops the old
    table, which rows of other tables still reference. Foreign keys are set aside meanwhile (the
    rows keep their ids, so every reference holds again after). A no-op inside a transaction
    that already wrote, which is only the case of a fresh store, whose tables are empty."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def upgrade() -> None:
    _foreign_keys(False)
    op.create_table(
        "council",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("siren", sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("siren"),
    )
    with op.batch_alter_table("body", naming_convention=_SQLITE_NAMES) as batch_op:
        batch_op.drop_constraint(_old_unique("body", "uq_body_name", "body_name_key"), "unique")
        batch_op.add_column(sa.Column("council_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_body_council_id"), ["council_id"], unique=False)
        batch_op.create_foreign_key("fk_body_council_id", "council", ["council_id"], ["id"])
        batch_op.create_unique_constraint("uq_body_council_name", ["council_id", "name"])
    with op.batch_alter_table("member") as batch_op:
        batch_op.add_column(sa.Column("council_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("identity_key", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True)
        )
        batch_op.create_index(batch_op.f("ix_member_council_id"), ["council_id"], unique=False)
        batch_op.create_foreign_key("fk_member_council_id", "council", ["council_id"], ["id"])
        batch_op.create_unique_constraint(
            "uq_member_council_identity", ["council_id", "identity_key"]
        )
    with op.batch_alter_table("deliberation", naming_convention=_SQLITE_NAMES) as batch_op:
        batch_op.drop_constraint(
            _old_unique(
                "deliberation", "uq_deliberation_number", "deliberation_number_title_key_key"
            ),
            "unique",
        )
        batch_op.add_column(sa.Column("council_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("ordinal", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True)
        )
        for column in ("in_office", "present_count", "proxies_count", "votes_count"):
            batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_deliberation_council_id"), ["council_id"], unique=False
        )
        batch_op.create_foreign_key(
            "fk_deliberation_council_id", "council", ["council_id"], ["id"]
        )
        batch_op.create_unique_constraint(
            "uq_deliberation_council_number_title", ["council_id", "number", "title_key"]
        )
    op.create_table(
        "itemattendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deliberation_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.ForeignKeyConstraint(["deliberation_id"], ["deliberation.id"]),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("deliberation_id", "member_id", "kind"),
    )
    with op.batch_alter_table("itemattendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_itemattendance_deliberation_id"), ["deliberation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_itemattendance_member_id"), ["member_id"], unique=False
        )
    _existing_rows_to_the_default_council()
    _foreign_keys(True)


def _existing_rows_to_the_default_council() -> None:
    bind = op.get_bind()
    has_rows = bind.execute(sa.text("SELECT 1 FROM body UNION SELECT 1 FROM member")).first()
    if has_rows is None:
        return
    bind.execute(
        sa.text("INSERT INTO council (name, kind, siren) VALUES (:name, :kind, :siren)"),
        DEFAULT_COUNCIL,
    )
    council_id = bind.execute(
        sa.text("SELECT id FROM council WHERE name = :name"), {"name": DEFAULT_COUNCIL["name"]}
    ).scalar_one()
    for table in ("body", "member", "deliberation"):
        bind.execute(sa.text(f"UPDATE {table} SET council_id = :c"), {"c": council_id})
    # Each identity once: a duplicate already in the store keeps no key rather than break
    # the upgrade (the secretariat can merge it later).
    seen: set[str] = set()
    members = bind.execute(sa.text("SELECT id, last_name, first_name FROM member ORDER BY id"))
    for member_id, last_name, first_name in members.all():
        key = f"{compact(last_name)}|{compact(first_name or '')}"[:255]
        if key in seen:
            continue
        seen.add(key)
        bind.execute(
            sa.text("UPDATE member SET identity_key = :k WHERE id = :i"),
            {"k": key, "i": member_id},
        )


def downgrade() -> None:
    _foreign_keys(False)
    with op.batch_alter_table("itemattendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_itemattendance_member_id"))
        batch_op.drop_index(batch_op.f("ix_itemattendance_deliberation_id"))
    op.drop_table("itemattendance")
    with op.batch_alter_table("deliberation") as batch_op:
        batch_op.drop_constraint("uq_deliberation_council_number_title", "unique")
        batch_op.drop_constraint("fk_deliberation_council_id", "foreignkey")
        batch_op.drop_index(batch_op.f("ix_deliberation_council_id"))
        for column in ("votes_count", "proxies_count", "present_count", "in_office"):
            batch_op.drop_column(column)
        batch_op.drop_column("ordinal")
        batch_op.drop_column("council_id")
        batch_op.create_unique_constraint(
            _old_unique(
                "deliberation", "uq_deliberation_number", "deliberation_number_title_key_key"
            ),
            ["number", "title_key"],
        )
    with op.batch_alter_table("member") as batch_op:
        batch_op.drop_constraint("uq_member_council_identity", "unique")
        batch_op.drop_constraint("fk_member_council_id", "foreignkey")
        batch_op.drop_index(batch_op.f("ix_member_council_id"))
        batch_op.drop_column("identity_key")
        batch_op.drop_column("council_id")
    with op.batch_alter_table("body") as batch_op:
        batch_op.drop_constraint("uq_body_council_name", "unique")
        batch_op.drop_constraint("fk_body_council_id", "foreignkey")
        batch_op.drop_index(batch_op.f("ix_body_council_id"))
        batch_op.drop_column("council_id")
        batch_op.create_unique_constraint(
            _old_unique("body", "uq_body_name", "body_name_key"), ["name"]
        )
    op.drop_table("council")
    _foreign_keys(True)
