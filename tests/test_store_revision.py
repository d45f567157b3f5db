"""Whether a store is at the newest revision is told by one query (storage/db.py): every
command opens the store, and Alembic is loaded only when there is something to migrate."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from storage import db


def _revision(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(
            connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalars()
        )


def test_a_migrated_store_is_at_head(engine: Engine) -> None:
    assert db._at_head(engine)
    assert _revision(engine) == db.head_revisions()


def test_an_older_revision_is_migrated_again(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '0009_perfbot'"))
    assert not db._at_head(engine)


def test_a_store_without_alembic_table_is_not_at_head_and_the_next_query_works(
    engine: Engine,
) -> None:
    # The failed look leaves no broken transaction behind (PostgreSQL refuses every statement
    # of a transaction after an error): the store answers the next question.
    with engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE alembic_version"))
    assert not db._at_head(engine)
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT 1")).scalar_one() == 1


def test_a_new_store_is_created_by_migrate(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    assert not db._at_head(engine)
    db.migrate(engine)
    assert db._at_head(engine)
    engine.dispose()
