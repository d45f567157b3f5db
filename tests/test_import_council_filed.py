"""Each imported document keeps the council it was filed to: the warnings about the file
itself (no sitting named) are its secretariat's, and never another council's."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db, lookups, queries
from storage.models import Body, Council, ImportedDocument, ImportFinding, Sitting
from tests.helpers import migrate
from tests.test_councils_scoping import add_firminy


def _metropole(engine: Engine) -> int:
    with db.session(engine) as session:
        council = session.exec(select(Council).where(Council.siren == "244200770")).one()
        return council.id or 0


def test_every_imported_sample_is_filed_to_its_council(loaded_engine: Engine) -> None:
    metropole = _metropole(loaded_engine)
    with db.session(loaded_engine) as session:
        filed = set(session.exec(select(ImportedDocument.council_id)).all())
    assert filed == {metropole}


def test_a_file_s_own_warnings_are_its_council_s_only(loaded_engine: Engine) -> None:
    add_firminy(loaded_engine)
    metropole = _metropole(loaded_engine)
    with db.session(loaded_engine) as session:
        firminy = session.exec(select(Council).where(Council.siren == "214200998")).one()
        document = session.exec(select(ImportedDocument)).first()
        assert document is not None
        session.add(ImportFinding(document_id=document.id or 0, code="row_skipped",
                                  params={"line": 99}))  # fmt: skip
        session.commit()
        own = lookups.import_findings(session=session, council_id=metropole)
        other = lookups.import_findings(session=session, council_id=firminy.id)
        counts = queries.store_counts(session=session, council_id=firminy.id)
    assert any(row.code == "row_skipped" and row.body is None for row in own)
    assert not any(row.code == "row_skipped" for row in other)
    assert counts.findings == 0


def test_the_council_of_documents_imported_before_comes_from_their_warnings(
    loaded_engine: Engine,
) -> None:
    migrate(loaded_engine, "downgrade", "0016_substitutes_named")
    migrate(loaded_engine, "upgrade", "head")
    with loaded_engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT d.council_id FROM importeddocument d WHERE EXISTS (SELECT 1 FROM"
                " importfinding f WHERE f.document_id = d.id AND f.sitting_id IS NOT NULL)"
            )
        ).all()
    assert rows
    assert {r for (r,) in rows} == {_metropole(loaded_engine)}


def test_a_document_of_several_councils_imported_before_is_of_none(
    loaded_engine: Engine,
) -> None:
    add_firminy(loaded_engine)
    with db.session(loaded_engine) as session:  # a warning of the file names Firminy's sitting
        document = session.exec(
            select(ImportedDocument).where(
                sa.exists().where(ImportFinding.document_id == ImportedDocument.id)  # type: ignore[arg-type]
            )
        ).first()
        assert document is not None
        sitting = session.exec(
            select(Sitting).join(Body).join(Council).where(Council.siren == "214200998")
        ).one()
        session.add(ImportFinding(document_id=document.id or 0, sitting_id=sitting.id,
                                  code="row_skipped", params={"line": 7}))  # fmt: skip
        session.commit()
        mixed = document.id
    migrate(loaded_engine, "downgrade", "0016_substitutes_named")
    migrate(loaded_engine, "upgrade", "head")
    with db.session(loaded_engine) as session:
        filed = session.get(ImportedDocument, mixed)
        assert filed is not None
        assert filed.council_id is None


def test_a_store_with_imports_migrates_to_the_filing_on_a_fresh_connection(
    loaded_engine: Engine,
) -> None:
    # The bot and the CLI open the store on a new connection, foreign keys on: the table's
    # rebuild (SQLite) dropped a table the findings reference, and the store would not open.
    migrate(loaded_engine, "downgrade", "0016_substitutes_named")
    loaded_engine.dispose()  # (the downgrade's connection may keep foreign keys off)
    db.migrate(loaded_engine)
    with loaded_engine.connect() as connection:
        (version,) = connection.execute(sa.text("SELECT version_num FROM alembic_version")).one()
        assert version == "0017_import_council"
        if connection.dialect.name == "sqlite":
            assert connection.execute(sa.text("PRAGMA foreign_key_check")).all() == []
