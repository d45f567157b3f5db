"""A number typed as the document printed it finds the deliberation the importer stored under
its repaired form; the database picks the repairs out (JSON fields), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage import db, lookups
from storage.models import Deliberation, ImportedDocument, ImportFinding


def add_findings(session: Session, *findings: tuple[str, Any]) -> None:
    document = session.exec(select(ImportedDocument)).first()
    assert document is not None
    assert document.id is not None
    for code, params in findings:
        session.add(ImportFinding(document_id=document.id, code=code, params=params))
    session.commit()


def deliberation_id(session: Session, number: str) -> int:
    found = session.exec(select(Deliberation.id).where(Deliberation.number == number)).one()
    assert found is not None
    return found


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)


def test_the_printed_form_finds_the_repaired_number_in_one_query(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        add_findings(
            session,
            ("number_repaired", {"printed": "2024.417", "number": "2024.00417"}),
            # Another check about the same printed text: not a repair, it names nothing.
            ("duplicate_number", {"printed": "9999.1", "number": "2024.00417"}),
            ("number_repaired", ["not", "an", "object"]),  # an odd row is passed over
            ("number_repaired", {"number": "2024.00417"}),  # no printed form: matches nothing
        )
        wanted = [deliberation_id(session, "2024.00417")]
        with statements(loaded_engine) as seen:
            printed = lookups.deliberation_ids_by_typed_number(
                session=session, typed="2024.417", number="2024.417"
            )
        assert printed == wanted
        assert len(seen) == 1, seen  # the repairs are not read back one by one
        # « 2024-417 » and « 2024_417 » are read as the printed « 2024.417 ».
        for typed in ("2024-417", "2024_417"):
            found = lookups.deliberation_ids_by_typed_number(
                session=session, typed=typed, number="2024.417"
            )
            assert found == wanted, typed
        assert (
            lookups.deliberation_ids_by_typed_number(
                session=session, typed="9999.1", number="9999.00001"
            )
            == []
        )


def test_the_sample_repair_is_found_under_both_forms_and_within_its_council(
    loaded_engine: Engine,
) -> None:
    """The SCDL sample published « 2022.0013 » for the deliberation stored as 2022.00130."""
    with db.session(loaded_engine) as session:
        stored = deliberation_id(session, "2022.00130")
        deliberation = session.get(Deliberation, stored)
        assert deliberation is not None
        assert deliberation.council_id is not None
        for typed, number in (("2022.0013", "2022.00013"), ("2022.00130", "2022.00130")):
            found = lookups.deliberation_ids_by_typed_number(
                session=session, typed=typed, number=number, council_id=deliberation.council_id
            )
            assert found == [stored], typed
        elsewhere = lookups.deliberation_ids_by_typed_number(
            session=session, typed="2022.0013", number="2022.00013", council_id=-1
        )
        assert elsewhere == []
