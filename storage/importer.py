"""Fill the store from published documents: official extracts and SCDL open data.

Importing is idempotent (a file already seen by content hash is skipped; a deliberation, a
sitting, a member already known is updated, not duplicated), several extracts of one sitting
merge into one sitting with one attendance, and every failed check is stored as an
ImportFinding.

A file fails alone, whatever goes wrong with it, and its report says why in terms the
secretariat can act on (templates/import_failure.j2). Each transaction starts by taking the
store's write lock, then reads what it depends on (the member directory, the file's hash):
two importers at once wait for each other instead of both creating the same members. Open-data
files are stored in batches of rows, one transaction each, so a bot reading the same SQLite
file waits for one batch, never for a whole file. Documents given together (a folder, an
archive) are read first, outside any transaction, then stored a few per transaction: one
commit and one look at the member directory for the batch instead of one per file, and still
a wait of a fraction of a second for a bot. A document that fails rolls its batch back; the
others are stored again without it, so it fails alone.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlmodel import Session, SQLModel, select

from storage import cues, db
from storage.checks import check_sitting_date
from storage.document_store import DocumentStore
from storage.documents import (
    CouncilRecord,
    DeliberationRecord,
    DocumentError,
    Extract,
    Finding,
    ScdlFile,
    ScdlRow,
    SubsidyFile,
    SubsidyRow,
    as_written,
    os_reason,
    to_jsonable,
)
from storage.models import (
    Body,
    Deliberation,
    FundedAction,
    ImportedDocument,
    ImportFinding,
    Membership,
    Sitting,
    utcnow,
)
from storage.names import fold
from storage.parsing.extract import (
    looks_like_extract,
    parse_extract,
    undated_minutes,
    without_leading_junk,
)
from storage.parsing.heading import COUNCIL_BODY, COUNCIL_BODY_OF_KIND, council_named
from storage.parsing.office import OFFICE_SUFFIXES
from storage.parsing.pdf import read_document
from storage.parsing.scdl import looks_like_scdl, parse_scdl
from storage.parsing.subsidies import identity, looks_like_subsidies, parse_subsidies
from storage.parsing.tables import looks_like_table

log = logging.getLogger(__name__)

# SCDL files do not say which body deliberated: the Conseil of the collectivité's kind
# (storage/parsing/heading.py), this one when the file names no collectivité.
DEFAULT_SCDL_BODY = "Conseil Métropolitain"
# A préfecture's ID of an act: its department, the collectivité's SIREN, the date, the number.
_PREFECTURE_SIREN = re.compile(r"^\s*\d{2,3}[AB]?-(\d{9})-")
PACKED_SUFFIXES = {".pdf", ".docx", ".odt"}
DOCUMENT_SUFFIXES = {".txt", ".pdf", ".csv", *OFFICE_SUFFIXES}
# A council's yearly open-data file is well under 1 MB of text; past this cap a file is more
# likely a mistake (a database dump, a folder of PDFs joined) than a document.
DEFAULT_MAX_TEXT_BYTES = 5_000_000
# Rows of an open-data file stored per transaction: long enough to amortise a commit, short
# enough that a bot on the same SQLite file waits a fraction of a second for the write lock.
DEFAULT_BATCH_ROWS = 200
# Documents (extracts, minutes) stored per transaction: each writes a sitting's roll call (tens
# of rows) in a few milliseconds, so a batch holds the write lock about as long as a batch of
# open-data rows does.
DEFAULT_BATCH_DOCUMENTS = 20
# A display title for a subsidy; its whole object is kept in `objectives`.
SUBSIDY_TITLE_CHARS = 160

Parsed = Extract | ScdlFile | SubsidyFile
# The file's column behind each stored column, so that a finding names what the secretariat sees.
SCDL_COLUMNS = {
    "number": "DELIB_ID",
    "matter": "DELIB_MATIERE_NOM",
    "budget": "BUDGET_NOM",
    "url": "DELIB_URL",
    "prefecture_id": "PREF_ID",
    "votes_for": "VOTE_POUR",
    "votes_against": "VOTE_CONTRE",
    "abstentions": "VOTE_ABSTENTION",
}
SUBSIDY_COLUMNS = {
    "contribution": "montant",
    "share": "pourcentageSubvention",
    "grantor": "nomAttribuant",
    "carrier": "nomBeneficiaire",
    "title": "objet",
    "decision_reference": "referenceDecision",
    "nature": "nature",
    "payment_conditions": "conditionsVersement",
    "payment_period": "datesPeriodeVersement",
    "rae_id": "idRAE",
}


@dataclass(slots=True)
class ImportReport:
    """What one file gave: shown in the import summary, one line per file."""

    path: str
    status: str  # imported | unchanged | error | skipped (a folder's file of a kind not read)
    kind: str | None = None  # extract | scdl | subsidies
    error: str | None = None  # for logs; the secretariat reads error_code through a template
    sittings: set[int] = field(default_factory=set)
    deliberations: int = 0
    members_created: int = 0
    findings: list[Finding] = field(default_factory=list)
    error_code: str | None = None
    error_params: dict[str, Any] = field(default_factory=dict)
    vote_reading: str | None = None  # how VOTE_EFFECTIF / VOTE_REEL were read (scdl.py)
    reading_rows: dict[str, int] = field(default_factory=dict)
    subsidies: int = 0
    linked_subsidies: int = 0
    rows_stored: int = 0  # open data: rows committed before a failure, if one came
    body: str | None = None  # the body an SCDL file's deliberations (or a document) went to
    collectivities: list[str] = field(default_factory=list)  # COLL_NOM as the file prints it
    # What a council document gave, and what it did not (codes: templates/import_summary.j2).
    council: str | None = None
    sitting_body: str | None = None
    held_on: date | None = None
    missing: list[str] = field(default_factory=list)


def _left_out(path: Path, code: str) -> ImportReport:
    """A folder's file not read: a link out of it or a pipe is an error; a photo, a
    spreadsheet, a file of another kind is said and skipped, no failure of the import."""
    report = _failure(path, code, f"{path}: left out of its folder ({code})")
    if code in ("unsupported_type", ARCHIVE):
        report.status = "skipped"
    return report


def _failure(path: Path, code: str, error: str, **params: Any) -> ImportReport:
    return ImportReport(
        as_written(path), "error", error=error, error_code=code, error_params=params
    )


def _reason(error: BaseException) -> tuple[str, dict[str, Any]]:
    """What went wrong, as a code templates/import_failure.j2 words for the secretariat."""
    if isinstance(error, DocumentError):
        return (error.code or "unreadable"), {"message": str(error), **error.params}
    if isinstance(error, sa_exc.IntegrityError):
        return "store_conflict", {}
    if isinstance(error, sa_exc.DataError):
        return "store_value_rejected", {}
    if isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError):
        # SQLite's « attempt to write a readonly database », PostgreSQL's « read-only
        # transaction »: trying again changes nothing, the secretariat must be told why.
        if re.search(r"read-?only", str(getattr(error, "orig", None) or error), re.IGNORECASE):
            return "store_read_only", {}
        return "store_unavailable", {}
    return "internal_error", {}


def expand_paths(paths: Iterable[Path], refused: dict[Path, str] | None = None) -> list[Path]:
    """Files as given, and the documents inside folders (recursively), in a stable order.

    Inside a folder only regular files that stay in it are read: a link to a file elsewhere
    (« passwd.txt » → /etc/passwd, a folder received from outside) or a named pipe (whose
    read never ends) is left out, with its reason in `refused`. A path given by name is the
    operator's own choice and is read as given."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        root = path.resolve()
        for entry in sorted(path.rglob("*")):
            if _SYSTEM_FILE.match(entry.name) or any(
                part.startswith(".") for part in entry.relative_to(path).parts
            ):
                continue  # « .DS_Store », « Thumbs.db », a hidden folder: no document of anyone's
            reason = _refused_in_folder(entry, root)
            if reason is None and entry.is_file() and not _readable_kind(entry):
                # « photo.png », « tableau.xlsx »: said, never skipped in silence
                reason = ARCHIVE if _archive(entry) else "unsupported_type"
            if reason is None:
                if entry.is_file():  # (a folder's own folders are walked, not read)
                    found.append(entry)
            elif refused is not None:
                refused[entry] = reason
    return found


# What a folder holds besides documents that nobody needs told about
_SYSTEM_FILE = cues.plain(r"(?i:thumbs\.db|desktop\.ini|~\$.*|\.~lock\..*)")
# Old Word and Excel files are read far enough to say they must be saved anew
_OLD_OFFICE_SUFFIXES = frozenset({".doc", ".xls"})


# An archive holds documents: unpacked, its folder is imported (the import opens none itself)
ARCHIVE = "zip_archive"


def _archive(path: Path) -> bool:
    return path.suffix.lower() == ".zip"


def _readable_kind(entry: Path) -> bool:
    return entry.suffix.lower() in DOCUMENT_SUFFIXES | _OLD_OFFICE_SUFFIXES


def _refused_in_folder(entry: Path, root: Path) -> str | None:
    try:
        if entry.is_symlink() and not entry.resolve().is_relative_to(root):
            return "outside_folder"
        if not entry.is_file():
            return None if entry.is_dir() else "not_a_file"
    except OSError:  # a link loop, a file gone meanwhile
        return "not_a_file"
    return None


def parse_document(
    path: Path, max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES, data: bytes | None = None
) -> Parsed:
    """Read one file as whichever of the formats it is. `data`: its bytes, when the caller read
    them already (the file is then not read again)."""
    try:
        size = path.stat().st_size if data is None else len(data)
    except OSError as error:
        raise DocumentError(
            f"{path.name}: cannot be read", code="unreadable_file", reason=os_reason(error)
        ) from error
    if _archive(path):
        raise DocumentError(f"{path.name}: a zip archive", code=ARCHIVE)
    # A PDF's text is much smaller than the file, a .docx's or .odt's is compressed: their
    # cap is checked on the text.
    if path.suffix.lower() not in PACKED_SUFFIXES and size > max_text_bytes:
        raise _too_large(size, max_text_bytes)
    document = read_document(path, max_text_bytes, data)
    if len(document.text) > max_text_bytes:
        raise _too_large(len(document.text), max_text_bytes)
    try:
        parsed = parse_text(document.text, path)
    except DocumentError as error:
        named = next((f for f in document.findings if f.code == "not_what_named"), None)
        if named is None or error.code != "not_a_document":
            raise
        # (a site's error page served in place of the PDF: the PDF is to fetch again)
        raise DocumentError(
            "not a PDF, and not a council's document either", code="not_a_pdf", **named.params
        ) from error
    parsed.findings[:0] = document.findings
    return parsed


def _too_large(size: int, limit: int) -> DocumentError:
    return DocumentError(
        f"{size} bytes of text, more than {limit}",
        code="too_large",
        size=size,
        limit=limit,
    )


def parse_text(text: str, path: Path) -> Parsed:
    if looks_like_scdl(text):
        return parse_scdl(text)
    if looks_like_subsidies(text):
        return parse_subsidies(text)
    columns = looks_like_table(text)
    # (a table has rows under its header: one line of text with commas is a flattened text)
    rows = "\n" in text.strip()
    # (whether it reads as minutes, asked once: by the table's test, then for its reading)
    extract_like = None if columns and path.suffix.lower() == ".csv" else looks_like_extract(text)
    if columns and (path.suffix.lower() == ".csv" or (rows and not extract_like)):
        raise DocumentError(
            "a CSV file of another schema", code="not_open_data", columns=columns[:6]
        )
    if extract_like:
        return parse_extract(text)
    if (kept := without_leading_junk(text)) != text and looks_like_extract(kept):
        return parse_extract(kept)  # the minutes after a line of an export's garbage
    raise DocumentError(
        "neither a deliberation extract nor an SCDL open-data file",
        code="not_a_document",
        **({"minutes": True} if undated_minutes(text) else {}),
    )


# The words of a subsidy's reference to its decision that may be a deliberation's number:
# letters, figures and the marks numberings use, whatever stands around them (spaces, « n° »).
_REFERENCE_WORDS = cues.plain(r"[\w./-]+")

_LIMITS: dict[type, dict[str, int]] = {}


def column_limits(model: type[SQLModel]) -> dict[str, int]:
    """The length limit of each string column of a table, as the schema declares it."""
    if model not in _LIMITS:
        table = model.__table__  # type: ignore[attr-defined]
        # SQLModel's AutoString wraps sa.String: the length is on the type either way.
        _LIMITS[model] = {
            column.name: length
            for column in table.columns
            if isinstance(length := getattr(column.type, "length", None), int)
        }
    return _LIMITS[model]


_BOUNDS: dict[type, dict[str, Decimal]] = {}
INTEGER_MAX = Decimal(2**31 - 1)  # PostgreSQL's INTEGER; SQLite would store anything


def number_bounds(model: type[SQLModel]) -> dict[str, Decimal]:
    """The largest magnitude each numeric column takes: 10^(precision - scale) for NUMERIC,
    2^31 - 1 for INTEGER."""
    if model not in _BOUNDS:
        bounds: dict[str, Decimal] = {}
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            kind = column.type
            if isinstance(kind, sa.Numeric) and kind.precision is not None:
                bounds[column.name] = Decimal(10) ** (kind.precision - (kind.scale or 0))
            elif isinstance(kind, sa.Integer) and not isinstance(kind, sa.BigInteger):
                bounds[column.name] = INTEGER_MAX
        _BOUNDS[model] = bounds
    return _BOUNDS[model]


def out_of_range(model: type[SQLModel], values: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) of each number too large for its column."""
    bounds = number_bounds(model)
    return [
        (name, str(value))
        for name, value in values.items()
        if isinstance(value, int | Decimal)
        and not isinstance(value, bool)
        and name in bounds
        and abs(Decimal(value)) >= bounds[name]
    ]


def over_long(model: type[SQLModel], values: dict[str, Any]) -> list[tuple[str, int, int]]:
    """(column, length, limit) of each value too long for its column."""
    limits = column_limits(model)
    return [
        (name, len(value), limits[name])
        for name, value in values.items()
        if isinstance(value, str) and name in limits and len(value) > limits[name]
    ]


def _unfit(model: type[SQLModel], values: dict[str, Any]) -> bool:
    """Whether refuse_unfit would refuse these values."""
    return any(out_of_range(model, values)) or any(over_long(model, values))


def refuse_unfit(model: type[SQLModel], values: dict[str, Any]) -> None:
    """A value longer than its column, or a number too large for it, is the file's fault,
    said as such (DocumentError).

    PostgreSQL rejects it (SQLite would store it), so without this the same file imports on
    one database and not on the other. Open-data rows are checked earlier, row by row, and
    become findings; this net catches whatever else reaches the store.
    """
    for column, value in out_of_range(model, values):
        raise DocumentError(
            f"{model.__name__}.{column}: {value} out of range",
            code="value_out_of_range",
            column=column,
            value=value,
        )
    for column, length, limit in over_long(model, values):
        raise DocumentError(
            f"{model.__name__}.{column}: {length} characters, limit {limit}",
            code="value_too_long",
            column=column,
            length=length,
            limit=limit,
            start=" ".join(str(values[column])[:40].split()),
        )


def _refuse_over_long_values(session: Session, _context: Any, _instances: Any) -> None:
    """Before a flush: refuse_unfit for every object about to be written."""
    for instance in (*session.new, *session.dirty):
        if not isinstance(instance, SQLModel):
            continue
        model = type(instance)
        names = (*column_limits(model), *number_bounds(model))
        refuse_unfit(model, {name: getattr(instance, name, None) for name in names})


# Statements run for every document, built once: building one costs more than running it.
_DELIBERATION_BY_KEY = select(Deliberation).where(
    Deliberation.number == sa.bindparam("number"),
    Deliberation.title_key == sa.bindparam("title_key"),
)
_DELIBERATION_OF_COUNCIL = _DELIBERATION_BY_KEY.where(
    Deliberation.council_id == sa.bindparam("council_id")
)
# A new deliberation in one INSERT … RETURNING its id: no object, no unit of work.
_DELIBERATION_TABLE = Deliberation.__table__  # type: ignore[attr-defined]
_INSERT_DELIBERATION = _DELIBERATION_TABLE.insert().returning(_DELIBERATION_TABLE.c.id)
# What a deliberation record gives its row, when the record has it.
_RECORD_COLUMNS = (
    "full_text",
    "matter",
    "budget",
    "url",
    "outcome",
    "unanimous",
    "votes_for",
    "votes_against",
    "abstentions",
    "prefecture_id",
    "prefecture_date",
)


@cache
def _claim_statement(dialect: str) -> Any:
    """INSERT of a file's hash that does nothing when the hash is already stored."""
    table = ImportedDocument.__table__  # type: ignore[attr-defined]
    return (
        db.insert_for(dialect, table)
        .on_conflict_do_nothing(index_elements=[table.c.sha256])
        .returning(table.c.id)
    )


@cache
def _new_deliberation_statement(dialect: str) -> Any:
    """INSERT of a council's deliberation that does nothing when that council already holds
    its number and title: a new one costs one statement, not a look-up and then an insert."""
    return (
        db.insert_for(dialect, _DELIBERATION_TABLE)
        .on_conflict_do_nothing(
            index_elements=[
                _DELIBERATION_TABLE.c.council_id,
                _DELIBERATION_TABLE.c.number,
                _DELIBERATION_TABLE.c.title_key,
            ]
        )
        .returning(_DELIBERATION_TABLE.c.id)
    )


@cache
def _seat_statement(dialect: str) -> Any:
    """INSERT of seats that does nothing for a seat already taken."""
    table = Membership.__table__  # type: ignore[attr-defined]
    return db.insert_for(dialect, table).on_conflict_do_nothing(
        index_elements=[table.c.body_id, table.c.member_id]
    )


class Importer:
    """Writes parsed documents into one session; each file commits on its own."""

    # Settings the caller may change on an instance (the CLI takes the cap from its settings).
    max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES
    batch_rows: int = DEFAULT_BATCH_ROWS
    batch_documents: int = DEFAULT_BATCH_DOCUMENTS

    def __init__(
        self,
        session: Session,
        scdl_body: str | None = None,
        given: tuple[str | None, CouncilRecord | None] = (None, None),
        only_council: int | None = None,
        adds_councils: bool = True,
    ) -> None:
        self.session = session
        self.scdl_body = scdl_body
        # The body and collectivité the secretariat gave (`--body`) for documents naming none.
        self.given_body, self.given_council = given
        # The one council this import may write to (a secretariat's upload), else any
        self.only_council = only_council
        # Whether a document may add a collectivité the store does not hold (the command line's
        # import); a document sent in the conversation never does, whoever sends it.
        self.adds_councils = adds_councils
        # The councils the store held when this importer first looked (ids): a document that
        # names no collectivité may only go to the one council a store served before it.
        self.councils_before: tuple[int, ...] | None = None
        if not sa.event.contains(session, "before_flush", _refuse_over_long_values):
            sa.event.listen(session, "before_flush", _refuse_over_long_values)
        self._forget()

    def _forget(self) -> None:
        """Drop what this importer remembers of the store: after a rollback it may be untrue,
        and another process may have written since the last transaction."""
        # Councils and their member directories, read lazily inside the transaction that holds
        # the write lock (see _begin): storage/document_store.py.
        self.documents = DocumentStore(self)
        self._bodies: dict[tuple[int | None, str], Body] = {}
        self._sittings: dict[tuple[int, date], Sitting] = {}
        # Seats known taken, per body: nothing deletes one, and a seat another importer took
        # since makes the insert of ours do nothing (see seat).
        self._seats: dict[int, set[int]] = {}
        # Rows inserted for the document being stored (or this transaction's open-data rows):
        # nothing else can refer to them yet, so what hangs from them (attendance, proxies,
        # item changes, funded actions) needs no reading. A document stored after another in
        # one transaction starts afresh: the first one's sitting already has its roll call.
        self._inserted: set[tuple[type[SQLModel], int]] = set()
        self._deliberation_refs: dict[tuple[str, int | None], int | None] = {}
        # The document whose reading of an item's attendance the store held before the one
        # being stored came (storage/document_store.py compares the two for that item).
        self.earlier_attendance_source: dict[int, str | None] = {}
        # Open data: the council (and its body) each collectivité named in a file goes to.
        self._open_councils: dict[tuple[str | None, str | None], tuple[int, str]] = {}
        self._unnamed: tuple[str | None, str | None] = (None, None)

    def _begin(self) -> None:
        """Start a transaction holding the store's write lock, then bring what this importer
        remembers up to date: another importer may have written since its last commit."""
        db.lock_for_writing(self.session)
        # Sittings, bodies and seats found stay valid (nothing deletes them).
        self._inserted.clear()
        self._deliberation_refs.clear()
        self.documents.refresh()

    def inserted(self, model: type[SQLModel], row_id: int | None) -> bool:
        """Whether the document being stored (or this transaction, for open data) inserted
        that row (a sitting, a deliberation)."""
        return (model, row_id or 0) in self._inserted

    def _already_imported(self, digest: str) -> bool:
        table = ImportedDocument.__table__  # type: ignore[attr-defined]
        query = sa.select(table.c.id).where(table.c.sha256 == digest).limit(1)
        return self.session.execute(query).first() is not None

    # -- whole files -------------------------------------------------------------------------

    def import_file(self, path: Path) -> ImportReport:
        """Import one file; whatever goes wrong with it is rolled back and reported, and the
        next file imports as if this one had not been tried."""
        return self._alone(path, lambda: self._import_file(path))

    def _alone(self, path: Path, work: Callable[[], ImportReport]) -> ImportReport:
        try:
            return work()
        # The one place a file's failure is contained: any exception, logged when it is a bug.
        except Exception as error:
            return self._failed(path, error)

    def _failed(self, path: Path, error: Exception) -> ImportReport:
        self.session.rollback()
        self._forget()
        code, params = _reason(error)
        if code in ("internal_error", "store_conflict", "store_value_rejected"):
            log.error("import of %s failed", path, exc_info=error)
        return _failure(path, code, str(error) or type(error).__name__, **params)

    def _import_file(self, path: Path) -> ImportReport:
        read = self._read_file(path)
        if isinstance(read, ImportReport):
            return read
        digest, parsed = read
        if isinstance(parsed, Extract):
            return self._store_extract(path, digest, parsed)
        return self._store_open_data(path, digest, parsed)

    def _read_file(self, path: Path) -> ImportReport | tuple[str, Parsed]:
        """The file's hash and what it says, or the report that ends its import already."""
        try:
            raw = path.read_bytes()
        except OSError as error:
            return _failure(path, "unreadable_file", str(error), reason=os_reason(error))
        digest = hashlib.sha256(raw).hexdigest()
        if path.suffix.lower() == ".pdf":
            # A PDF is slow to read: skip it early when already imported. (The check is made
            # again under the write lock; a text file is read faster than it is asked for.)
            unchanged = self._already_imported(digest)
            self.session.commit()  # a rollback would expire every object loaded
            if unchanged:
                return ImportReport(as_written(path), "unchanged")
        # Read outside any transaction: a slow document holds no lock.
        parsed = parse_document(path, self.max_text_bytes, raw)
        if not isinstance(parsed, Extract) and not parsed.rows and not parsed.findings:
            # an open-data file of its header alone: an export cut short, said as such (it was
            # « 1 fichier importé, 0 délibération », and recorded as read)
            return _failure(path, "no_rows", "no data row under the header")
        return digest, parsed

    def _new_document(self, path: Path, digest: str, kind: str) -> int | None:
        """The id of the file's new ImportedDocument row, or None when its hash is already
        there (another importer took it while this one read): one statement for both."""
        # A core insert: the row is never used as an object, only its id.
        values = {
            "sha256": digest,
            "path": as_written(path),
            "kind": kind,
            "imported_at": utcnow(),
        }
        statement = _claim_statement(self.session.get_bind().dialect.name)
        document_id = self.session.execute(statement, values).scalar_one_or_none()
        return None if document_id is None else int(document_id)

    def _store_extract(self, path: Path, digest: str, extract: Extract) -> ImportReport:
        self._begin()
        report = self._store_document(path, digest, extract)
        self.session.commit()
        return report

    def _store_document(self, path: Path, digest: str, extract: Extract) -> ImportReport:
        """One document, inside the transaction the caller began and commits."""
        self._inserted.clear()
        document_id = self._new_document(path, digest, "extract")
        if document_id is None:
            return ImportReport(as_written(path), "unchanged")
        created_before = self.documents.members_created
        report = ImportReport(as_written(path), "imported", kind="extract")
        self.import_extract(extract, document_id, report)
        report.members_created = self.documents.members_created - created_before
        return report

    def _store_extracts(self, batch: list[tuple[Path, str, Extract]]) -> list[ImportReport]:
        """Documents already read, stored in one transaction. When one fails, the batch is
        rolled back: the documents before it are stored again together, it is stored alone
        (and fails alone, with its reason), and the ones after it go on as the next batch.
        When the commit itself fails, no document is to blame: each is stored alone."""
        reports: list[ImportReport] = []
        start = 0
        while len(batch) - start > 1:  # a single document is a batch in its own transaction
            stored: list[ImportReport] = []
            try:
                self._begin()
                for path, digest, extract in batch[start:]:
                    stored.append(self._store_document(path, digest, extract))
                self.session.commit()
                return reports + stored
            except Exception:
                self.session.rollback()
                self._forget()
            failed = start + len(stored)
            if failed == len(batch):
                break
            if stored:
                reports += self._store_extracts(batch[start:failed])
            reports.append(self._store_alone(*batch[failed]))
            start = failed + 1
        return reports + [self._store_alone(*document) for document in batch[start:]]

    def _store_alone(self, path: Path, digest: str, extract: Extract) -> ImportReport:
        return self._alone(path, lambda: self._store_extract(path, digest, extract))

    def _store_open_data(
        self, path: Path, digest: str, parsed: ScdlFile | SubsidyFile
    ) -> ImportReport:
        """Rows in batches, one transaction each. The file's hash goes in with the first batch
        (its findings point at it) and out again if a later batch fails, so a file that failed
        half-way is imported again, not skipped as already seen."""
        kind = "scdl" if isinstance(parsed, ScdlFile) else "subsidies"
        report = ImportReport(
            as_written(path), "imported", kind=kind, findings=list(parsed.findings)
        )
        if isinstance(parsed, ScdlFile):
            # (a file with neither VOTE_EFFECTIF nor VOTE_REEL has no reading to tell)
            counted = any(
                count is not None
                for row in parsed.rows
                for count in (row.in_office, row.voters, row.present)
            )
            report.vote_reading = parsed.vote_reading if counted else None
            report.reading_rows = dict(parsed.reading_rows)
            # SCDL does not name the body: the summary says which one was used, and for
            # which collectivity, so a wrong default is seen at once.
            names = {row.collectivity for row in parsed.rows if row.collectivity}
            report.collectivities = sorted(names)[:3]
        # A row naming no collectivité belongs to the one the file's other rows name most.
        named = Counter(
            key
            for key in (
                (r.collectivity, r.siret)
                if isinstance(r, ScdlRow)
                else (r.grantor, r.grantor_siret)
                for r in parsed.rows
            )
            if key[0] or key[1]
        )
        if not named:
            # No row names its collectivité: the préfecture's IDs of its acts name its SIREN
            # (« 042-214200998-20220324-… »), when they all name one.
            sirens = {
                match.group(1)
                for r in parsed.rows
                if isinstance(r, ScdlRow)
                and r.deliberation.prefecture_id
                and (match := _PREFECTURE_SIREN.match(r.deliberation.prefecture_id))
            }
            if len(sirens) == 1:
                named[(None, sirens.pop())] = 1
        self._unnamed = named.most_common(1)[0][0] if named else (None, None)
        self._open_councils.clear()  # each file says what it found (council_not_found…)
        rows: Sequence[ScdlRow | SubsidyRow] = parsed.rows
        size = max(1, self.batch_rows)
        batches = [rows[i : i + size] for i in range(0, len(rows), size)]
        document_id: int | None = None
        for number, batch in enumerate(batches or [[]]):
            self._begin()
            if document_id is None:
                document_id = self._new_document(path, digest, kind)
                if document_id is None:
                    self.session.commit()
                    return ImportReport(as_written(path), "unchanged")
                self._store_findings(parsed.findings, document_id, None, None)
            try:
                if isinstance(parsed, ScdlFile):
                    self.import_scdl(batch, document_id, report)  # type: ignore[arg-type]
                else:
                    self.import_subsidies(batch, document_id, report)  # type: ignore[arg-type]
                if number == len(batches) - 1:
                    self._file_to_its_council(document_id)  # with the last rows, no commit more
                self.session.commit()
            except Exception as error:
                self.session.rollback()
                self._forget()
                if not number:
                    raise  # nothing of the file was kept: an ordinary failure
                self._drop_document(document_id)
                code, params = _reason(error)
                log.error("import of %s failed after %d rows", path, report.rows_stored)
                failure = _failure(path, code, str(error) or type(error).__name__, **params)
                failure.rows_stored = report.rows_stored
                return failure
            report.rows_stored += len(batch)
        return report

    def _file_to_its_council(self, document_id: int) -> None:
        """An open-data file belongs to the one council its rows went to (of several: none)."""
        councils = {council for council, _ in self._open_councils.values()}
        if len(councils) == 1:
            self.documents.file_to(document_id, councils.pop())

    def _drop_document(self, document_id: int) -> None:
        """Forget a file's hash and findings after a failed batch: its earlier batches stay
        (each row is an upsert), and importing the corrected file completes them."""
        self._begin()
        self.session.execute(
            sa.delete(ImportFinding).where(ImportFinding.document_id == document_id)  # type: ignore[arg-type]
        )
        self.session.execute(
            sa.delete(ImportedDocument).where(ImportedDocument.id == document_id)  # type: ignore[arg-type]
        )
        self.session.commit()

    def import_files(
        self,
        paths: Iterable[Path],
        progress: Callable[[Iterator[Path]], Iterator[Path]] | None = None,
    ) -> list[ImportReport]:
        """Each file's report, in the order given. Documents are stored `batch_documents` per
        transaction (see _store_extracts); an open-data file, in its own batches of rows."""
        refused: dict[Path, str] = {}
        files = expand_paths(paths, refused)
        iterator: Iterator[Path] = iter(files)
        if progress is not None:
            iterator = progress(iterator)
        reports: dict[int, ImportReport] = {}
        batch: list[tuple[Path, str, Extract]] = []
        places: list[int] = []  # where each document of the batch is in `files`

        def store_batch() -> None:
            for place, report in zip(places, self._store_extracts(batch), strict=True):
                reports[place] = report
            batch.clear()
            places.clear()

        for place, path in enumerate(iterator):
            try:
                read = self._read_file(path)
            except Exception as error:
                reports[place] = self._failed(path, error)
                continue
            if isinstance(read, ImportReport):
                reports[place] = read
                continue
            digest, parsed = read
            if isinstance(parsed, Extract):
                batch.append((path, digest, parsed))
                places.append(place)
                if len(batch) >= max(1, self.batch_documents):
                    store_batch()
                continue
            store_batch()  # stored in the order given
            reports[place] = self._alone(
                path,
                lambda: self._store_open_data(path, digest, parsed),  # noqa: B023 (called at once)
            )
        store_batch()
        return [reports[place] for place in sorted(reports)] + [
            _left_out(path, code) for path, code in refused.items()
        ]

    # -- extracts ----------------------------------------------------------------------------

    def import_extract(self, extract: Extract, document_id: int, report: ImportReport) -> None:
        """An extract or minutes go to the document store (storage/document_store.py)."""
        self.documents.store(extract, document_id, report)

    # -- open data ---------------------------------------------------------------------------

    def import_scdl(self, rows: Sequence[ScdlRow], document_id: int, report: ImportReport) -> None:
        for row in rows:
            findings = list(row.findings)
            for finding in findings:
                finding.params.setdefault("line", row.line)
            if row.copy_of is not None:  # an exact copy: the deliberation is its original's
                self._store_findings(findings, document_id, None, None)
                report.findings.extend(findings)
                continue
            too_long = over_long(Deliberation, {"number": row.deliberation.number})
            if row.sitting_date is None or not row.deliberation.number or too_long:
                findings.extend(self._too_long(SCDL_COLUMNS, row.line, too_long))
                findings.append(Finding("row_skipped", {"line": row.line}))
                self._store_findings(findings, document_id, None, None)
                report.findings.extend(findings)
                continue
            record = row.deliberation
            for column, value in out_of_range(Deliberation, _vote_counts(record)):
                name = SCDL_COLUMNS.get(column, column)
                findings.append(
                    Finding(
                        "value_out_of_range", {"line": row.line, "column": name, "value": value}
                    )
                )
                setattr(record, column, None)
            for column, length, limit in over_long(
                Deliberation,
                {
                    "matter": record.matter,
                    "budget": record.budget,
                    "url": record.url,
                    "prefecture_id": record.prefecture_id,
                },
            ):
                findings.append(
                    self._too_long_finding(SCDL_COLUMNS, row.line, column, length, limit)
                )
                setattr(record, column, None)
            # « 9999-12-31 » in DELIB_DATE was stored without a word (a document's is said)
            findings += check_sitting_date(row.sitting_date, utcnow().date(), line=row.line)
            council_id, body_name = self.open_data_council(row.collectivity, row.siret, findings)
            body = self.body(row.body or body_name, council_id)
            report.body = report.body or body.name
            # A date the reader found doubtful files the row under the sitting its neighbours
            # give (the finding says so): a typo must not create a sitting of its own.
            sitting = self.sitting(body, row.probable_date or row.sitting_date)
            report.sittings.add(sitting.id or 0)
            if row.in_office is not None and sitting.in_office is None:
                sitting.in_office = row.in_office
            deliberation_id = self.deliberation(sitting, record, council_id, findings)
            if deliberation_id is not None:
                report.deliberations += 1
            self._store_findings(findings, document_id, sitting, deliberation_id)
            report.findings.extend(findings)

    def import_subsidies(
        self, rows: Sequence[SubsidyRow], document_id: int, report: ImportReport
    ) -> None:
        for row in rows:
            findings = list(row.findings)
            if row.copy_of is not None or row.beneficiary is None or row.amount is None:
                if row.copy_of is None:
                    findings.append(Finding("row_skipped", {"line": row.line}))
                self._store_findings(findings, document_id, None, None)
                report.findings.extend(findings)
                continue
            values: dict[str, Any] = {
                "grantor": row.grantor,
                "grantor_siret": row.grantor_siret,
                "carrier": row.beneficiary,
                "carrier_siret": row.beneficiary_siret,
                "convention_date": row.convention_date,
                "decision_reference": row.decision_reference,
                "nature": row.nature,
                "payment_conditions": row.payment_conditions,
                "payment_period": row.payment_period,
                "rae_id": row.rae_id,
                "eu_notification": row.eu_notification,
                "share": row.share,
                "contribution": row.amount,
                "title": _subsidy_title(row.purpose or row.nature or "Subvention"),
                "objectives": row.purpose,
            }
            for column, length, limit in over_long(FundedAction, values):
                findings.append(
                    self._too_long_finding(SUBSIDY_COLUMNS, row.line, column, length, limit)
                )
                values[column] = None
            for column, value in out_of_range(FundedAction, values):
                name = SUBSIDY_COLUMNS.get(column, column)
                findings.append(
                    Finding(
                        "value_out_of_range", {"line": row.line, "column": name, "value": value}
                    )
                )
                values[column] = None
            if values["carrier"] is None:
                findings.append(Finding("row_skipped", {"line": row.line}))
                self._store_findings(findings, document_id, None, None)
                report.findings.extend(findings)
                continue
            # Two rows of one grantor, date, beneficiary and object with different amounts are
            # two subsidies (two instalments): the second gets its own key.
            identity_text = "\x1f".join((*identity(row), str(row.occurrence)))
            key = hashlib.sha256(identity_text.encode()).hexdigest()
            council_id, _ = self.open_data_council(row.grantor, row.grantor_siret, findings)
            deliberation_id = self._deliberation_for(row.decision_reference, council_id)
            action = self.session.exec(
                select(FundedAction).where(FundedAction.subsidy_key == key)
            ).first() or FundedAction(title=values["title"], subsidy_key=key)
            for name, value in values.items():
                setattr(action, name, value)
            action.deliberation_id = deliberation_id
            action.council_id = council_id  # the grantor's: whose money it is
            self.session.add(action)
            report.subsidies += 1
            report.linked_subsidies += deliberation_id is not None
            self._store_findings(findings, document_id, None, None)
            report.findings.extend(findings)
        self.session.flush()

    def open_data_council(
        self, name: str | None, siret: str | None, findings: list[Finding]
    ) -> tuple[int, str]:
        """The council an open-data row names (by SIREN, then by name; created when new) and
        the body its decisions go to: `--scdl-body`, else the Conseil of the council's kind.
        A row naming none goes to the store's first council, as a document naming none."""
        key = (name, siret) if name or siret else self._unnamed
        name, siret = key
        if key not in self._open_councils:
            record = council_named(name, siret)
            council = self.documents.council(record, findings, open_data=True)
            assert council.id is not None
            if self.scdl_body:
                body = self.scdl_body
            elif record is None and council.kind is None:
                body = DEFAULT_SCDL_BODY
            else:
                body = COUNCIL_BODY_OF_KIND.get(council.kind or "", COUNCIL_BODY)
            self._open_councils[key] = (council.id, body)
        return self._open_councils[key]

    def _deliberation_for(self, reference: str | None, council_id: int | None) -> int | None:
        """The deliberation of the grantor's council a subsidy's free-text reference names,
        when exactly one fits.

        « 2024.00417 », « DELIB 06FIN du 13-04-2017 », « Délibération n°2019-12-05 »: a
        stored number equal to the whole reference or to one of its words, and only one.
        """
        if not reference:
            return None
        if (reference, council_id) not in self._deliberation_refs:
            # (« n°2025_13 »: the sign glued to the number is no part of it)
            words = {reference, *(w.strip(".,;:()") for w in _REFERENCE_WORDS.findall(reference))}
            numbers = [w for w in words if any(c.isdigit() for c in w) and len(w) >= 3]
            found = self.session.exec(
                select(Deliberation.id).where(
                    Deliberation.number.in_(numbers),  # type: ignore[attr-defined]
                    Deliberation.council_id == council_id,
                )
            ).all()
            self._deliberation_refs[(reference, council_id)] = (
                found[0] if len(found) == 1 else None
            )
        return self._deliberation_refs[(reference, council_id)]

    def _too_long(
        self, names: dict[str, str], line: int, too_long: list[tuple[str, int, int]]
    ) -> list[Finding]:
        return [self._too_long_finding(names, line, *item) for item in too_long]

    @staticmethod
    def _too_long_finding(
        names: dict[str, str], line: int, column: str, length: int, limit: int
    ) -> Finding:
        params = {"line": line, "column": names.get(column, column), "length": length}
        return Finding("value_too_long", {**params, "limit": limit})

    # -- shared look-ups ---------------------------------------------------------------------

    def body(self, name: str, council_id: int | None = None) -> Body:
        """The body of that name in that council (any council's, without one)."""
        key = (council_id, name)
        if key not in self._bodies:
            query = select(Body).where(Body.name == name)
            if council_id is not None:
                query = query.where(Body.council_id == council_id)
            body = self.session.exec(query.order_by(Body.id)).first()  # type: ignore[arg-type]
            if body is None and council_id is not None:
                # A body created outside an import (no council yet) is adopted by the first
                # council whose document names it, as a member is.
                body = self.session.exec(
                    select(Body)
                    .where(Body.name == name, Body.council_id.is_(None))  # type: ignore[union-attr]
                    .order_by(Body.id)  # type: ignore[arg-type]
                ).first()
                if body is not None:
                    body.council_id = council_id
                    self.session.add(body)
            if body is None:
                body = Body(name=name, council_id=council_id)
                self.session.add(body)
                self.session.flush()
            self._bodies[key] = body
        return self._bodies[key]

    def sitting(self, body: Body, held_on: date) -> Sitting:
        key = (body.id or 0, held_on)
        if key not in self._sittings:
            # the sitting held that day, not one cancelled the same day
            sitting = min(
                self.session.exec(
                    select(Sitting).where(Sitting.body_id == body.id, Sitting.held_on == held_on)
                ),
                key=lambda s: s.cancelled_at is not None,
                default=None,
            )
            if sitting is None:
                sitting = Sitting(body_id=body.id or 0, held_on=held_on)
                self.session.add(sitting)
                self.session.flush()
                self._inserted.add((Sitting, sitting.id or 0))
            self._sittings[key] = sitting
        return self._sittings[key]

    def seat(self, body_id: int, member_ids: Iterable[int]) -> None:
        """Seat members in a body, each once: a seat this importer does not know of is
        inserted, and one another importer took meanwhile makes that insert do nothing."""
        seated = self._seats.setdefault(body_id, set())
        new_seats = [m for m in dict.fromkeys(member_ids) if m not in seated]
        if new_seats:
            self.session.execute(
                _seat_statement(self.session.get_bind().dialect.name),
                [{"body_id": body_id, "member_id": m, "active": True} for m in new_seats],
            )
            seated.update(new_seats)

    def deliberation(
        self,
        sitting: Sitting,
        record: DeliberationRecord,
        council_id: int | None = None,
        conflicts: list[Finding] | None = None,
        **columns: Any,
    ) -> int | None:
        """The id of the deliberation of that council, number and title, created or updated
        from the record; `columns` are what the document adds (its place on the agenda, its
        counts, `vote_source`: the document's name). A vote another document stored and this
        one contradicts stays, with a finding in `conflicts` naming both; so does the sitting
        another document filed it under. None for a record without a number."""
        if not record.number:
            return None
        title = record.title or ""
        title_key = fold(title)[:255]
        values = {name: getattr(record, name) for name in _RECORD_COLUMNS}
        values = {name: value for name, value in values.items() if value is not None}
        if record.decisions:
            values["decisions"] = list(record.decisions)
        values.update(columns, sitting_id=sitting.id or 0)
        row = {
            "number": record.number,
            "title": title,
            "title_key": title_key,
            "council_id": council_id,
            "decisions": [],
            **values,
        }
        # Within a council, (number, title) is unique in the schema: a new deliberation is
        # inserted at once, an existing one left to the update below. (Without a council, or
        # with a value that does not fit, as before: look it up, then insert or refuse.)
        if council_id is not None and not _unfit(Deliberation, row):
            statement = _new_deliberation_statement(self.session.get_bind().dialect.name)
            new_id = self.session.execute(statement, row).scalar_one_or_none()
            if new_id is not None:
                self._inserted.add((Deliberation, int(new_id)))
                return int(new_id)
        key = {"number": record.number, "title_key": title_key, "council_id": council_id}
        query = _DELIBERATION_BY_KEY if council_id is None else _DELIBERATION_OF_COUNCIL
        deliberation = self.session.exec(query, params=key).first()
        if deliberation is None:
            refuse_unfit(Deliberation, row)
            deliberation_id = int(self.session.execute(_INSERT_DELIBERATION, row).scalar_one())
            self._inserted.add((Deliberation, deliberation_id))
            return deliberation_id
        if deliberation.sitting_id != sitting.id:
            # The act a document prints under another sitting (a year misprinted, the wrong
            # file): it was moved there without a word, and the sitting it was voted at lost
            # it. It stays where it was first read; the finding names both days.
            values.pop("sitting_id")
            stored = self.session.get(Sitting, deliberation.sitting_id)
            if conflicts is not None and stored is not None:
                conflicts.append(
                    Finding(
                        "act_of_another_sitting",
                        {
                            "number": deliberation.number,
                            "stored": stored.held_on,
                            "printed": sitting.held_on,
                        },
                    )
                )
        if deliberation.id is not None:
            self.earlier_attendance_source[deliberation.id] = deliberation.attendance_source
        if deliberation.attendance_source is not None:
            values.pop("attendance_source", None)  # the first reading of who was there stays
        if conflicts is not None and (conflict := _vote_conflict(deliberation, values)):
            conflicts.append(conflict)
            for name in (*_VOTE_COLUMNS, "unanimous", "vote_source"):
                values.pop(name, None)  # the first document's vote stays, the finding says
        for name, value in values.items():
            setattr(deliberation, name, value)
        self.session.add(deliberation)
        self.session.flush()
        return deliberation.id

    def _store_findings(
        self,
        findings: list[Finding],
        document_id: int,
        sitting: Sitting | None,
        deliberation_id: int | None,
    ) -> None:
        for finding in findings:
            self.session.add(
                ImportFinding(
                    document_id=document_id,
                    sitting_id=sitting.id if sitting else None,
                    deliberation_id=deliberation_id,
                    code=finding.code,
                    # JSON columns take what json.dumps takes: dates and amounts as text.
                    params=to_jsonable(dict(finding.params)),
                    created_at=utcnow(),
                )
            )


_VOTE_COLUMNS = ("outcome", "votes_for", "votes_against", "abstentions")


def _vote_conflict(deliberation: Deliberation, values: dict[str, Any]) -> Finding | None:
    """Two documents of one sitting printing two votes for one act: the outcome, or figures
    both print (two unanimities whose counts were reckoned from two roll calls agree). A file
    imported again under its own name is its correction, no conflict."""
    source = values.get("vote_source")
    if deliberation.vote_source is not None and deliberation.vote_source == source:
        return None
    stored = {name: getattr(deliberation, name) for name in _VOTE_COLUMNS}
    printed = {name: values.get(name) for name in _VOTE_COLUMNS}
    differs = [
        name
        for name in _VOTE_COLUMNS
        if stored[name] is not None and printed[name] is not None and stored[name] != printed[name]
    ]
    if deliberation.unanimous and values.get("unanimous"):
        differs = [name for name in differs if name == "outcome"]
    if not differs:
        return None
    return Finding(
        "vote_conflict",
        {
            "number": deliberation.number,
            "stored": stored,
            "stored_by": deliberation.vote_source,
            "printed": printed,
            "printed_by": source,
        },
    )


def _subsidy_title(purpose: str) -> str:
    """The object of a subsidy, shortened at a word for lists; the whole stays in objectives."""
    if len(purpose) <= SUBSIDY_TITLE_CHARS:
        return purpose
    cut = purpose[:SUBSIDY_TITLE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


def _vote_counts(record: DeliberationRecord) -> dict[str, Any]:
    return {
        "votes_for": record.votes_for,
        "votes_against": record.votes_against,
        "abstentions": record.abstentions,
    }
