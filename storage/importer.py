"""Fill the store from published documents: official extracts and SCDL open data.

Importing is idempotent (a file already seen by content hash is skipped; a deliberation, a
sitting, a member already known is updated, not duplicated), several extracts of one sitting
merge into one sitting with one attendance, and every failed check is stored as an
ImportFinding. An unreadable file raises DocumentError for that file alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError
from sqlmodel import Session, select

from storage.document_store import DocumentStore
from storage.documents import (
    DeliberationRecord,
    DocumentError,
    Extract,
    Finding,
    ScdlRow,
    to_jsonable,
)
from storage.models import (
    Body,
    Deliberation,
    ImportedDocument,
    ImportFinding,
    Membership,
    Sitting,
    utcnow,
)
from storage.names import fold
from storage.parsing.extract import looks_like_extract, parse_extract
from storage.parsing.pdf import read_document_text
from storage.parsing.scdl import looks_like_scdl, parse_scdl

# SCDL files do not say which body deliberated; the métropole publishes the Conseil's.
DEFAULT_SCDL_BODY = "Conseil Métropolitain"
DOCUMENT_SUFFIXES = {".txt", ".pdf", ".csv"}


@dataclass(slots=True)
class ImportReport:
    """What one file gave: shown in the import summary, one line per file."""

    path: str
    status: str  # imported | unchanged | error
    kind: str | None = None
    error: str | None = None
    sittings: set[int] = field(default_factory=set)
    deliberations: int = 0
    members_created: int = 0
    findings: list[Finding] = field(default_factory=list)
    # What a council document gave, and what it did not (codes: templates/import_summary.j2).
    council: str | None = None
    body: str | None = None
    held_on: date | None = None
    missing: list[str] = field(default_factory=list)


def store_refusal(error: SQLAlchemyError) -> str:
    """Why the database refused a file, in words the secretariat can act on (no class name)."""
    if isinstance(error, IntegrityError):
        return (
            "la base a refusé ce fichier : il contredit une donnée déjà enregistrée (doublon ou"
            " lien manquant) ; signalez-le à l'administrateur avec ce nom de fichier"
        )
    if isinstance(error, DataError):
        return (
            "la base a refusé ce fichier : une valeur est trop longue ou mal formée ; vérifiez"
            " le document ou signalez-le à l'administrateur"
        )
    return (
        "la base n'a pas pu enregistrer ce fichier (incident technique) ; réessayez l'import,"
        " puis signalez-le à l'administrateur s'il échoue encore"
    )


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the documents inside folders (recursively), in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES)
            )
        else:
            found.append(path)
    return found


def parse_document(path: Path) -> Extract | list[ScdlRow]:
    """Read one file as whichever of the two formats it is."""
    text = read_document_text(path)
    if looks_like_scdl(text):
        return parse_scdl(text)
    if looks_like_extract(text):
        return parse_extract(text)
    raise DocumentError(
        "ni un document de séance (extrait, procès-verbal, compte rendu) ni un fichier de données"
        " ouvertes SCDL"
    )


class Importer:
    """Writes parsed documents into one session; the caller decides when to commit."""

    def __init__(self, session: Session, scdl_body: str = DEFAULT_SCDL_BODY) -> None:
        self.session = session
        self.scdl_body = scdl_body
        self._forget()

    def _forget(self) -> None:
        """Drop what this importer remembers of the store: after a rollback it may be untrue."""
        self.documents = DocumentStore(self)
        self._bodies: dict[tuple[int | None, str], Body] = {}
        self._sittings: dict[tuple[int, date], Sitting] = {}
        self._seats: dict[int, set[int]] = {}

    # -- whole files -------------------------------------------------------------------------

    def import_file(self, path: Path) -> ImportReport:
        """Import one file in its own transaction; a bad file is rolled back and reported."""
        try:
            raw = path.read_bytes()
        except OSError as error:
            return ImportReport(str(path), "error", error=error.strerror or str(error))
        digest = hashlib.sha256(raw).hexdigest()
        if self.session.exec(
            select(ImportedDocument.id).where(ImportedDocument.sha256 == digest)
        ).first():
            return ImportReport(str(path), "unchanged")
        try:
            parsed = parse_document(path)
        except DocumentError as error:
            return ImportReport(str(path), "error", error=str(error))
        created_before = self.documents.members_created
        try:
            kind = "extract" if isinstance(parsed, Extract) else "scdl"
            # Every field given: SQLModel's default factories cost more than the insert.
            document = ImportedDocument(
                sha256=digest, path=str(path), kind=kind, imported_at=utcnow()
            )
            self.session.add(document)
            self.session.flush()
            assert document.id is not None
            report = ImportReport(str(path), "imported", kind=kind)
            if isinstance(parsed, Extract):
                self.import_extract(parsed, document.id, report)
            else:
                self.import_scdl(parsed, document.id, report)
            self.session.commit()
        except (DocumentError, SQLAlchemyError) as error:
            # The file's rows go, the files before it stay: one transaction per file.
            self.session.rollback()
            self._forget()
            reason = str(error) if isinstance(error, DocumentError) else store_refusal(error)
            return ImportReport(str(path), "error", error=reason)
        report.members_created = self.documents.members_created - created_before
        return report

    def import_files(
        self,
        paths: Iterable[Path],
        progress: Callable[[Iterator[Path]], Iterator[Path]] | None = None,
    ) -> list[ImportReport]:
        files = expand_paths(paths)
        iterator: Iterator[Path] = iter(files)
        if progress is not None:
            iterator = progress(iterator)
        return [self.import_file(path) for path in iterator]

    # -- extracts ----------------------------------------------------------------------------

    def import_extract(self, extract: Extract, document_id: int, report: ImportReport) -> None:
        """An extract or minutes go to the document store (storage.document_store)."""
        self.documents.store(extract, document_id, report)

    # -- open data ---------------------------------------------------------------------------

    def import_scdl(self, rows: list[ScdlRow], document_id: int, report: ImportReport) -> None:
        for row in rows:
            findings = list(row.findings)
            if row.sitting_date is None or not row.deliberation.number:
                findings.append(Finding("row_skipped", {"line": row.line}))
                self._store_findings(findings, document_id, None, None)
                report.findings.extend(findings)
                continue
            body = self.body(row.body or self.scdl_body)
            sitting = self.sitting(body, row.sitting_date)
            report.sittings.add(sitting.id or 0)
            if row.in_office is not None and sitting.in_office is None:
                sitting.in_office = row.in_office
            deliberation = self.deliberation(sitting, row.deliberation)
            if deliberation is not None:
                report.deliberations += 1
            for finding in findings:
                finding.params.setdefault("line", row.line)
            self._store_findings(findings, document_id, sitting, deliberation)
            report.findings.extend(findings)

    # -- shared look-ups ---------------------------------------------------------------------

    def body(self, name: str, council_id: int | None = None) -> Body:
        """The body of that name in that council (any council's, without one: open data)."""
        key = (council_id, name)
        if key not in self._bodies:
            query = select(Body).where(Body.name == name)
            if council_id is not None:
                query = query.where(Body.council_id == council_id)
            body = self.session.exec(query.order_by(Body.id)).first()  # type: ignore[arg-type]
            if body is None:
                body = Body(name=name, council_id=council_id)
                self.session.add(body)
                self.session.flush()
            self._bodies[key] = body
        return self._bodies[key]

    def sitting(self, body: Body, held_on: date) -> Sitting:
        key = (body.id or 0, held_on)
        if key not in self._sittings:
            sitting = self.session.exec(
                select(Sitting).where(Sitting.body_id == body.id, Sitting.held_on == held_on)
            ).first()
            if sitting is None:
                sitting = Sitting(body_id=body.id or 0, held_on=held_on)
                self.session.add(sitting)
                self.session.flush()
            self._sittings[key] = sitting
        return self._sittings[key]

    def _memberships(self, body_id: int) -> set[int]:
        if body_id not in self._seats:
            self._seats[body_id] = set(
                self.session.exec(
                    select(Membership.member_id).where(Membership.body_id == body_id)
                )
            )
        return self._seats[body_id]

    def deliberation(
        self, sitting: Sitting, record: DeliberationRecord, council_id: int | None = None
    ) -> Deliberation | None:
        if not record.number:
            return None
        title = record.title or ""
        title_key = fold(title)[:255]
        query = select(Deliberation).where(
            Deliberation.number == record.number, Deliberation.title_key == title_key
        )
        if council_id is not None:
            query = query.where(Deliberation.council_id == council_id)
        deliberation = self.session.exec(query).first()
        if deliberation is None:
            deliberation = Deliberation(
                number=record.number,
                sitting_id=sitting.id or 0,
                title=title,
                title_key=title_key,
                decisions=list(record.decisions),
                council_id=council_id,
            )
        deliberation.sitting_id = sitting.id or 0
        for name in (
            "full_text",
            "matter",
            "outcome",
            "unanimous",
            "votes_for",
            "votes_against",
            "abstentions",
            "prefecture_id",
            "prefecture_date",
        ):
            value = getattr(record, name)
            if value is not None:
                setattr(deliberation, name, value)
        if record.decisions:
            deliberation.decisions = list(record.decisions)
        self.session.add(deliberation)
        self.session.flush()
        return deliberation

    def _store_findings(
        self,
        findings: list[Finding],
        document_id: int,
        sitting: Sitting | None,
        deliberation: Deliberation | None,
    ) -> None:
        for finding in findings:
            self.session.add(
                ImportFinding(
                    document_id=document_id,
                    sitting_id=sitting.id if sitting else None,
                    deliberation_id=deliberation.id if deliberation else None,
                    code=finding.code,
                    # JSON-safe: a date in a finding must not cost the whole file.
                    params=to_jsonable(dict(finding.params)),
                    created_at=utcnow(),
                )
            )
