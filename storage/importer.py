"""Fill the store from published documents: official extracts and SCDL open data.

Importing is idempotent (a file already seen by content hash is skipped; a deliberation, a
sitting, a member already known is updated, not duplicated), several extracts of one sitting
merge into one sitting with one attendance, and every failed check is stored as an
ImportFinding. An unreadable file raises DocumentError for that file alone.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

from storage.checks import check_extract
from storage.documents import (
    DeliberationRecord,
    DocumentError,
    Extract,
    Finding,
    FundedActionRecord,
    Person,
    ScdlRow,
)
from storage.models import (
    Attendance,
    AttendanceStatus,
    Body,
    Deliberation,
    FundedAction,
    ImportedDocument,
    ImportFinding,
    Member,
    Membership,
    Proxy,
    Sitting,
    utcnow,
)
from storage.names import compact, first_names_compatible, fold
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
    raise DocumentError("neither a deliberation extract nor an SCDL open-data file")


class MemberDirectory:
    """Members by folded surname, loaded once per import so each name costs a dict lookup."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._by_surname: dict[str, list[Member]] = defaultdict(list)
        for member in session.exec(select(Member)):
            self._by_surname[compact(member.last_name)].append(member)
        self.created = 0

    def match(self, person: Person) -> Member | list[Member] | None:
        """The member this printed name is, None if new, or the candidates if it is ambiguous."""
        fits = [
            m
            for m in self._by_surname.get(compact(person.last_name), [])
            if first_names_compatible(m.first_name, person.first_name)
        ]
        if len(fits) <= 1:
            return fits[0] if fits else None
        exact = [m for m in fits if fold(m.first_name or "") == fold(person.first_name or "")]
        return exact[0] if len(exact) == 1 else fits

    def get_or_create(self, person: Person, findings: list[Finding]) -> Member | None:
        found = self.match(person)
        if isinstance(found, list):
            findings.append(
                Finding(
                    "ambiguous_member",
                    {"name": person.display(), "candidates": [m.display_name for m in found]},
                )
            )
            return None
        if found is not None:
            # A full first name or a civility printed later completes what an initial gave.
            if person.first_name and len(person.first_name) > len(found.first_name or ""):
                found.first_name = person.first_name
            if person.civility and not found.civility:
                found.civility = person.civility
            return found
        member = Member(
            civility=person.civility, first_name=person.first_name, last_name=person.last_name
        )
        self._session.add(member)
        self._session.flush()
        self._by_surname[compact(member.last_name)].append(member)
        self.created += 1
        return member


class Importer:
    """Writes parsed documents into one session; the caller decides when to commit."""

    def __init__(self, session: Session, scdl_body: str = DEFAULT_SCDL_BODY) -> None:
        self.session = session
        self.scdl_body = scdl_body
        self._forget()

    def _forget(self) -> None:
        """Drop what this importer remembers of the store: after a rollback it may be untrue."""
        self.members = MemberDirectory(self.session)
        self._bodies: dict[str, Body] = {}
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
        created_before = self.members.created
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
            reason = str(error) if isinstance(error, DocumentError) else type(error).__name__
            return ImportReport(str(path), "error", error=reason)
        report.members_created = self.members.created - created_before
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
        if not extract.body or not extract.sitting_date:
            raise DocumentError("the extract names no body or no sitting date")
        body = self.body(extract.body)
        findings = list(extract.findings) + check_extract(extract, body.notice_days)
        sitting = self.sitting(body, extract.sitting_date)
        report.sittings.add(sitting.id or 0)
        self._merge_sitting_facts(sitting, extract, findings)
        self._record_attendance(body, sitting, extract, findings)
        deliberation = self.deliberation(sitting, extract.deliberation)
        if deliberation is not None:
            report.deliberations += 1
            self._record_funded_actions(deliberation, extract.funded_actions)
        else:
            findings.append(Finding("no_deliberation_number", {}))
        self._store_findings(findings, document_id, sitting, deliberation)
        report.findings.extend(findings)

    def _merge_sitting_facts(
        self, sitting: Sitting, extract: Extract, findings: list[Finding]
    ) -> None:
        counts = extract.counts
        facts = {
            "convened_on": extract.convened_on,
            "in_office": counts.in_office,
            "present_count": counts.present,
            "proxies_count": counts.proxies,
            "votes_count": counts.votes,
        }
        for name, value in facts.items():
            stored = getattr(sitting, name)
            if value is None:
                continue
            if stored is None:
                setattr(sitting, name, value)
            elif stored != value:
                # Attendance can change between items of one sitting: keep the first, say so.
                findings.append(
                    Finding(
                        "sitting_fact_differs", {"fact": name, "stored": stored, "printed": value}
                    )
                )
        for role, person in (
            ("president_id", extract.president),
            ("secretary_id", extract.secretary),
        ):
            if person is not None and getattr(sitting, role) is None:
                member = self.members.get_or_create(person, findings)
                setattr(sitting, role, member.id if member else None)

    def _record_attendance(
        self, body: Body, sitting: Sitting, extract: Extract, findings: list[Finding]
    ) -> None:
        assert sitting.id is not None
        assert body.id is not None
        statuses: dict[int, AttendanceStatus] = {}
        people: dict[int, Member] = {}
        proxies: list[tuple[int, int]] = []
        for person in extract.present:
            if member := self.members.get_or_create(person, findings):
                statuses[member.id or 0] = AttendanceStatus.present
                people[member.id or 0] = member
        for listed, status in (
            (extract.absent_excused, AttendanceStatus.excused),
            (extract.absent, AttendanceStatus.absent),
        ):
            for person in listed:
                if member := self.members.get_or_create(person, findings):
                    statuses.setdefault(member.id or 0, status)
                    people[member.id or 0] = member
        for line in extract.proxies:
            giver = self.members.get_or_create(line.giver, findings)
            holder = self.members.get_or_create(line.holder, findings)
            if giver is None or holder is None:
                continue
            assert giver.id is not None
            assert holder.id is not None
            statuses[giver.id] = AttendanceStatus.represented
            statuses.setdefault(holder.id, AttendanceStatus.present)
            people[giver.id], people[holder.id] = giver, holder
            proxies.append((giver.id, holder.id))

        stored = dict(
            self.session.exec(
                select(Attendance.member_id, Attendance.status).where(
                    Attendance.sitting_id == sitting.id
                )
            ).all()
        )
        seated = self._memberships(body.id)
        new_seats = [m for m in statuses if m not in seated]
        if new_seats:
            self.session.execute(
                sa.insert(Membership),
                [{"body_id": body.id, "member_id": m, "active": True} for m in new_seats],
            )
            seated.update(new_seats)
        # Core inserts: one statement for a sitting's attendance instead of a unit of work per row.
        new_rows = [
            {"sitting_id": sitting.id, "member_id": m, "status": status.value}
            for m, status in statuses.items()
            if m not in stored
        ]
        if new_rows:
            self.session.execute(sa.insert(Attendance), new_rows)
        for member_id, status in statuses.items():
            if member_id in stored and stored[member_id] != status:
                findings.append(
                    Finding(
                        "attendance_differs",
                        {
                            "member": people[member_id].display_name,
                            "stored": stored[member_id],
                            "printed": status.value,
                        },
                    )
                )
        self._record_proxies(sitting, proxies)

    def _record_proxies(self, sitting: Sitting, proxies: list[tuple[int, int]]) -> None:
        """Document proxies, each once; a holder's second proxy (2020-2022 law) takes slot 2."""
        stored = self.session.exec(
            select(Proxy).where(Proxy.sitting_id == sitting.id, Proxy.revoked_at.is_(None))  # type: ignore[union-attr]
        ).all()
        givers = {p.giver_id for p in stored}
        slots: dict[int, int] = defaultdict(int)
        for proxy in stored:
            slots[proxy.holder_id] = max(slots[proxy.holder_id], proxy.holder_slot)
        rows = []
        for giver_id, holder_id in proxies:
            # The checks already reported a giver twice or a holder over the limit; the
            # database keeps the law, so such lines are stored only while they fit it.
            if giver_id in givers or giver_id == holder_id or slots[holder_id] >= 2:
                continue
            slots[holder_id] += 1
            givers.add(giver_id)
            rows.append(
                {
                    "sitting_id": sitting.id,
                    "giver_id": giver_id,
                    "holder_id": holder_id,
                    "holder_slot": slots[holder_id],
                    "source": "document",
                    "registered_at": utcnow(),
                }
            )
        if rows:
            self.session.execute(sa.insert(Proxy), rows)

    def _record_funded_actions(
        self, deliberation: Deliberation, actions: list[FundedActionRecord]
    ) -> None:
        existing = {
            a.title: a
            for a in self.session.exec(
                select(FundedAction).where(FundedAction.deliberation_id == deliberation.id)
            )
        }
        for record in actions:
            action = existing.get(record.title) or FundedAction(
                deliberation_id=deliberation.id or 0, title=record.title
            )
            for name in (
                "programme",
                "axis",
                "carrier",
                "territory",
                "objectives",
                "cost",
                "contribution",
                "multi_year_convention",
            ):
                setattr(action, name, getattr(record, name))
            self.session.add(action)

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

    def body(self, name: str) -> Body:
        if name not in self._bodies:
            body = self.session.exec(select(Body).where(Body.name == name)).first()
            if body is None:
                body = Body(name=name)
                self.session.add(body)
                self.session.flush()
            self._bodies[name] = body
        return self._bodies[name]

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

    def deliberation(self, sitting: Sitting, record: DeliberationRecord) -> Deliberation | None:
        if not record.number:
            return None
        title = record.title or ""
        title_key = fold(title)[:255]
        deliberation = self.session.exec(
            select(Deliberation).where(
                Deliberation.number == record.number, Deliberation.title_key == title_key
            )
        ).first()
        if deliberation is None:
            deliberation = Deliberation(
                number=record.number,
                sitting_id=sitting.id or 0,
                title=title,
                title_key=title_key,
                decisions=list(record.decisions),
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
                    params=dict(finding.params),
                    created_at=utcnow(),
                )
            )
