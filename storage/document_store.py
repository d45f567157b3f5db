"""Store what one council document says: its council, sitting, roll call, deliberations and
each deliberation's own attendance and vote.

A document is read (storage.parsing), checked (storage.checks), then stored here, each stage
once. The first document of a sitting gives the sitting its roll call; a later extract of the
same sitting that prints other names or counts does not contradict it (members come and go):
its differences are stored as that deliberation's attendance (ItemAttendance). A finding is
kept only for a real contradiction: two convocation dates, a member both present and
represented for one item.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import astuple, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session, col, or_, select

from storage.checks import check_extract, check_sitting_date
from storage.documents import (
    CouncilRecord,
    DocumentError,
    Extract,
    Finding,
    FundedActionRecord,
    Person,
)
from storage.models import (
    Attendance,
    AttendanceStatus,
    Body,
    Council,
    Deliberation,
    FundedAction,
    ImportedDocument,
    ItemAttendance,
    ItemChange,
    Member,
    Proxy,
    Sitting,
    utcnow,
)
from storage.names import compact, first_names_compatible, fold, surname_in_capitals
from storage.parsing.attendance import refused_substitutes
from storage.parsing.extract import no_vote_expected
from storage.parsing.heading import COUNCIL_BODY, COUNCIL_BODY_OF_KIND

if TYPE_CHECKING:
    from storage.importer import Importer, ImportReport


def identity_key(last_name: str, first_name: str | None) -> str:
    """A member's identity in their council: folded surname and first name."""
    return f"{compact(last_name)}|{compact(first_name or '')}"[:255]


def missing_fields(extract: Extract) -> list[str]:
    """What the secretariat should know the document did not give (see import_summary.j2)."""
    counts = extract.counts
    missing = [
        code
        for code, value in (
            ("council", extract.council),
            ("convened_on", extract.convened_on),
            ("president", extract.president),
            ("secretary", extract.secretary),
            ("present", extract.present),
            ("in_office", counts.in_office is not None),
            ("present_count", counts.present is not None),
        )
        if not value
    ]
    # (« Questions diverses »: no vote, no number to miss)
    voted = [item for item in extract.items if not no_vote_expected(item.deliberation)]
    if any(item.deliberation.outcome is None for item in voted):
        missing.append("outcome")
    if any(not item.deliberation.number for item in voted):
        missing.append("number")
    return missing


def _derived_numbers(
    extract: Extract, held_on: date, stored_of: Callable[[], dict[str, str]] | None = None
) -> dict[int, str]:
    """The numbers given to the items of minutes that number none (a compte rendu sommaire,
    a list of decisions): the sitting's day and the item's place on the agenda as printed, or
    its rank (« 2024-03-14-02 »), for each item decided (an outcome or a vote); said in a
    finding. An extract, or minutes numbering some of their items, keep their numbers as
    printed. `stored_of` gives the numbers the sitting's other documents already gave, by
    folded title: the same item keeps its number, another item never takes one already given
    (asked only of minutes that number none: an extract's look-up was a fifth of its storing)."""
    items = extract.items
    if len(items) < 2 or any(item.deliberation.number for item in items):
        return {}
    stored = stored_of() if stored_of is not None else {}
    taken = set(stored.values())
    derived: dict[int, str] = {}
    for index, item in enumerate(items):
        if item.deliberation.outcome is None and item.deliberation.votes_for is None:
            continue
        same = stored.get(fold(item.deliberation.title or "")[:255])
        if same is not None and same not in derived.values():
            derived[index] = same
            continue
        place = int(item.ordinal) if item.ordinal and item.ordinal.isdigit() else index + 1
        number = f"{held_on.isoformat()}-{place:02d}"
        while number in taken or number in derived.values():
            place += 1  # (another document's item holds that place: the next free one)
            number = f"{held_on.isoformat()}-{place:02d}"
        derived[index] = number
    return derived


# How a commune's council is headed: « Ville de X », « Commune de X », « Mairie de X » are one
# collectivité (a town hall's letterhead says « Ville », its registers « Commune »).
_COMMUNE_PREFIXES = ("commune nouvelle de ", "commune de ", "ville de ", "mairie de ")


def _commune_key(name: str) -> str:
    folded = " ".join(fold(name).split())
    for prefix in _COMMUNE_PREFIXES:
        if folded.startswith(prefix):
            return folded[len(prefix) :]
    return folded


def _same_name(stored: str, printed: str) -> bool:
    """Whether two printed names are one council's: the same words (a communauté's kind
    written in full or by its initials: « CC des Monts du Forez », « Communauté de communes des
    Monts du Forez »), or one commune's under « Ville de » and « Commune de »."""
    if _kind_spelled(fold(stored)) == _kind_spelled(fold(printed)):
        return True
    place = _metropole_place(fold(stored))
    if place is not None and place == _metropole_place(fold(printed)):
        return True  # « Saint-Etienne Métropole » and « Métropole de Saint-Étienne »
    key = _commune_key(stored)
    return key != fold(stored).strip() and key == _commune_key(printed)


def _metropole_place(folded: str) -> str | None:
    """The place a métropole is named after, its kind before or after it (« lyon » for
    « Métropole de Lyon » and « Lyon Métropole »); None for another kind of name."""
    words = folded.replace("'", " ").replace("’", " ").split()
    if len(words) >= 2 and words[-1] == "metropole":
        return " ".join(words[:-1])
    if len(words) >= 2 and words[0] == "metropole":
        rest = words[2:] if words[1] in ("de", "du", "d", "des") else words[1:]
        return " ".join(rest) or None
    return None


# A communauté's kind by its initials, as open data often names it (COLL_NOM)
_KIND_INITIALS = {
    "cc": "communaute de communes",
    "ca": "communaute d agglomeration",
    "cu": "communaute urbaine",
}


def _kind_spelled(folded: str) -> str:
    words = " ".join(folded.replace("'", " ").replace("’", " ").split()).split(" ", 1)
    if words[0] in _KIND_INITIALS and len(words) == 2:
        return f"{_KIND_INITIALS[words[0]]} {words[1]}"
    return " ".join(words)


def _abbreviates(short: str, name: str) -> bool:
    """« SEM » for « Saint-Etienne Métropole »: a name in capitals of two to six letters that
    are the initials of the other's words (« de », « la »… left out)."""
    if not (short.isalpha() and short.isupper() and 2 <= len(short) <= 6):
        return False
    words = [w for w in fold(name).split() if w not in _PARTICLES]
    return "".join(w[0] for w in words) == short.lower()


# The reader's word that it found no body: replaced, on import, by where the sitting is kept.
_BODY_NOT_FOUND = Finding("not_found", {"field": "body"})
_PARTICLES = frozenset(["de", "d", "du", "des", "la", "le", "les", "l", "et", "sur", "en"])


def _another_collectivite(record: CouncilRecord, council: Council) -> bool:
    """Whether a document naming `record` speaks of another collectivité than `council`,
    though both carry one SIREN: another name, and another kind when both are known."""
    if fold(record.name) == fold(council.name):
        return False
    if _abbreviates(record.name, council.name) or _abbreviates(council.name, record.name):
        return False
    return bool(record.kind and council.kind and record.kind != council.kind)


def _settled(record: CouncilRecord | None, known: list[Council]) -> bool:
    """Whether the councils already known decide which council a document is: one bears its
    SIREN (or its name, when it prints no SIREN), or it names none and one is known. A council
    another importer created since has a higher id, so it could only come after that one."""
    if record is None:
        return bool(known)
    if record.siren:
        return any(c.siren == record.siren for c in known)
    name = fold(record.name)
    return any(fold(c.name) == name for c in known)


def _reads_as_a_sitting(extract: Extract) -> bool:
    """Whether a document gave anything of a sitting beyond a body and a date: a name, a
    figure, or a deliberation with its number, decision or vote. A web page or a cover sheet
    that only mentions « le conseil municipal du 12 mars » is not a sitting to store."""
    people = (
        extract.present,
        extract.absent_excused,
        extract.absent,
        extract.proxies,
        extract.represented,
        [extract.president, extract.secretary],
    )
    if any(any(group) for group in people):
        return True
    if any(value is not None for value in astuple(extract.counts)):
        return True
    records = [item.deliberation for item in extract.items] or [extract.deliberation]
    return any(r.number or r.outcome or r.decisions or r.votes_for is not None for r in records)


# Statements run for every document, built once: building one costs more than running it.
# Rows the store side only counts or compares are read and written as plain table rows.
_ATTENDANCE = Attendance.__table__  # type: ignore[attr-defined]
_ITEM_ATTENDANCE = ItemAttendance.__table__  # type: ignore[attr-defined]
_PROXY = Proxy.__table__  # type: ignore[attr-defined]
# A roll call's rows, each with whether it is the member's own word before the sitting (« je
# serai là », « je serai absent », a proxy given by message: `declared_at` set) rather than a
# record of it (a document, the signed sheet). The sitting's published record replaces the word.
_ROLL_CALL = sa.select(
    _ATTENDANCE.c.member_id, _ATTENDANCE.c.status, _ATTENDANCE.c.declared_at.is_not(None)
).where(_ATTENDANCE.c.sitting_id == sa.bindparam("sitting_id"))
_ATTENDANCE_RECORDED = (
    _ATTENDANCE.update()
    .where(
        _ATTENDANCE.c.sitting_id == sa.bindparam("b_sitting"),
        _ATTENDANCE.c.member_id == sa.bindparam("b_member"),
    )
    .values(status=sa.bindparam("b_status"), declared_at=None)
)
_ITEM_CHANGES = sa.select(_ITEM_ATTENDANCE.c.member_id, _ITEM_ATTENDANCE.c.kind).where(
    _ITEM_ATTENDANCE.c.deliberation_id == sa.bindparam("deliberation_id")
)
_PROXIES_IN_FORCE = sa.select(
    _PROXY.c.giver_id, _PROXY.c.holder_id, _PROXY.c.holder_slot, _PROXY.c.id, _PROXY.c.source
).where(_PROXY.c.sitting_id == sa.bindparam("sitting_id"), _PROXY.c.revoked_at.is_(None))
_PROXY_REVOKED = (
    _PROXY.update()
    .where(_PROXY.c.id == sa.bindparam("b_proxy"))
    .values(revoked_at=sa.bindparam("b_at"), revoked_reason="document")
)
_MEMBER = Member.__table__  # type: ignore[attr-defined]
_DOCUMENT = ImportedDocument.__table__  # type: ignore[attr-defined]
# The council a document is filed to, once read (DocumentStore.file_to)
_FILED_TO = (
    sa.update(_DOCUMENT)
    .where(_DOCUMENT.c.id == sa.bindparam("document_id"))
    .values(council_id=sa.bindparam("council_id"))
)
_FUNDED_ACTION = FundedAction.__table__  # type: ignore[attr-defined]
# What an annex's action gives its row, besides its deliberation, title and council.
_ACTION_FIELDS = (
    "programme",
    "axis",
    "carrier",
    "territory",
    "objectives",
    "cost",
    "contribution",
    "multi_year_convention",
)
# The ids of members created since a directory was read: usually none, so the members
# themselves are loaded only when there are some.
_MEMBER_IDS_SINCE = sa.select(_MEMBER.c.id).where(_MEMBER.c.id > sa.bindparam("after"))
# A member created outside an import (no council yet) is adopted by the first council whose
# document names them.
_COUNCIL_MEMBER_IDS_SINCE = _MEMBER_IDS_SINCE.where(
    or_(_MEMBER.c.council_id == sa.bindparam("council_id"), _MEMBER.c.council_id.is_(None))
)


class RollCalls(NamedTuple):
    """The statuses a document prints for its members, and those the store held for them."""

    printed: dict[int, str]
    stored: dict[int, str]


def _there_after(kind: str, there: bool) -> bool:
    """Whether a member is at an item's vote, after one of its changes to the roll call."""
    if kind == ItemChange.arrived:
        return True
    if kind in (ItemChange.away, ItemChange.represented):
        return False
    return there  # against, abstained, not voting: there


_PRESENT = AttendanceStatus.present.value
_EXCUSED = AttendanceStatus.excused.value
_ABSENT = AttendanceStatus.absent.value
_REPRESENTED = AttendanceStatus.represented.value
_REPLACED = AttendanceStatus.replaced.value


class MemberDirectory:
    """One council's members by folded surname, loaded once per import so each name costs a
    dict lookup. Members of other councils are never candidates."""

    def __init__(self, session: Session, council_id: int | None) -> None:
        self._session = session
        self.council_id = council_id
        self._by_surname: dict[str, list[Member]] = defaultdict(list)
        # What each printed name matched, per folded surname: the same names come back in every
        # list of a document and every extract of a sitting. A surname's answers are dropped
        # when one of its members is added or gets a fuller first name (the only changes that
        # alter a match); the directory itself is dropped after a rollback (Importer._forget).
        self._matched: dict[str, dict[Person, Member | list[Member] | None]] = {}
        # The member each printed name was settled to (matched, created, or completed with its
        # first name and civility): a roll call names the same people in every extract, and
        # settling one again changes nothing until the directory itself changes (then this is
        # dropped whole, see _changed).
        self._settled: dict[Person, Member] = {}
        # Their ids, for the roll call that asks one for every name of every extract (an ORM
        # attribute read per name cost more than the look-up); dropped with `_settled`.
        self._settled_ids: dict[Person, int] = {}
        self._keys: set[str] = set()
        self._max_id = 0
        self.created = 0
        # The members created and not yet inserted, while ids_of settles a roll call's names.
        self._deferred: list[Member] | None = None
        self.refresh()

    def refresh(self) -> None:
        """Add the members created since this directory was read (by another importer, under
        the write lock the caller holds): one query, however many members are known."""
        query = _MEMBER_IDS_SINCE if self.council_id is None else _COUNCIL_MEMBER_IDS_SINCE
        params = {"after": self._max_id, "council_id": self.council_id}
        ids = list(self._session.execute(query, params).scalars())
        if ids:
            members = select(Member).where(col(Member.id).in_(ids)).order_by(col(Member.id))
            for member in self._session.exec(members):
                self._add(member)

    def _changed(self, surname: str) -> None:
        """A member of that surname was added or completed: what names matched may differ."""
        self._matched.pop(surname, None)
        self._settled.clear()
        self._settled_ids.clear()

    def _add(self, member: Member) -> None:
        surname = compact(member.last_name)
        self._by_surname[surname].append(member)
        self._changed(surname)
        self._max_id = max(self._max_id, member.id or 0)
        if member.identity_key:
            self._keys.add(member.identity_key)

    def match(self, person: Person) -> Member | list[Member] | None:
        """The member this printed name is, None if new, or the candidates if it is ambiguous."""
        surname = compact(person.last_name)
        matched = self._matched.setdefault(surname, {})
        if person in matched:
            return matched[person]
        fits = [
            m
            for m in self._by_surname.get(surname, [])
            if first_names_compatible(m.first_name, person.first_name)
        ]
        found: Member | list[Member] | None
        if len(fits) <= 1:
            found = fits[0] if fits else None
        else:
            exact = [m for m in fits if fold(m.first_name or "") == fold(person.first_name or "")]
            found = exact[0] if len(exact) == 1 else fits
        matched[person] = found
        return found

    def get_or_create(self, person: Person, findings: list[Finding]) -> Member | None:
        if (settled := self._settled.get(person)) is not None:
            return settled
        member = self._get_or_create(person, findings)
        if member is not None:
            self._settled[person] = member
        return member

    def id_of(self, person: Person, findings: list[Finding]) -> int | None:
        """The id of get_or_create's member (None when it gives none)."""
        if (known := self._settled_ids.get(person)) is not None:
            return known
        member = self.get_or_create(person, findings)
        if member is None:
            return None
        member_id = self._settled_ids[person] = member.id or 0
        return member_id

    def ids_of(self, people: list[Person], findings: list[Finding]) -> list[int | None]:
        """id_of for each name, in order, the members it creates inserted together: a
        council's first document names each of its members, one statement each until then."""
        settled: list[Member | int | None] = []
        self._deferred = []
        try:
            for person in people:
                known = self._settled_ids.get(person)
                settled.append(
                    known if known is not None else self.get_or_create(person, findings)
                )
        finally:
            created, self._deferred = self._deferred, None
        if created:
            self._session.flush()
            self._max_id = max(self._max_id, *(member.id or 0 for member in created))
        ids: list[int | None] = []
        for person, found in zip(people, settled, strict=True):
            if isinstance(found, Member):
                member_id = found.id or 0
                if self._settled.get(person) is found:  # (as id_of keeps it, unless changed since)
                    self._settled_ids[person] = member_id
                ids.append(member_id)
            else:
                ids.append(found)
        return ids

    def _get_or_create(self, person: Person, findings: list[Finding]) -> Member | None:
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
            if found.council_id is None and self.council_id is not None:
                found.council_id = self.council_id
            # A full first name or a civility printed later completes what an initial gave.
            if person.first_name and len(person.first_name) > len(found.first_name or ""):
                key = identity_key(found.last_name, person.first_name)
                if key not in self._keys:  # never two members of one council with one identity
                    found.first_name = person.first_name
                    self._changed(compact(found.last_name))
                    self._keys.discard(found.identity_key or "")
                    found.identity_key = key
                    self._keys.add(key)
            if person.civility and not found.civility:
                found.civility = person.civility
            if (capitals := surname_in_capitals(found.last_name)) != found.last_name:
                found.last_name = capitals  # (one created before the rule below)
            return found
        # Every member's surname printed one way, whatever the line that named them first
        # (« sous la présidence de M. Gérard Mathevon », then « MM. Gérard MATHEVON, … »)
        member = Member(
            civility=person.civility,
            first_name=person.first_name,
            last_name=surname_in_capitals(person.last_name),
            council_id=self.council_id,
            identity_key=identity_key(person.last_name, person.first_name),
        )
        self._session.add(member)
        if self._deferred is None:
            self._session.flush()
        else:
            self._deferred.append(member)  # inserted with the others (see ids_of)
        self._add(member)
        self.created += 1
        return member


class DocumentStore:
    """Writes parsed documents through one importer's session and shared look-ups."""

    def __init__(self, importer: Importer) -> None:
        self.importer = importer
        self.session = importer.session
        self._directories: dict[int | None, MemberDirectory] = {}
        # Directories not yet brought up to date in this transaction.
        self._stale: set[int | None] = set()
        # The councils known, loaded once per import; read again, under the write lock, only
        # when a document names one not among them (nothing deletes a council).
        self._councils: list[Council] | None = None
        self._councils_read = False  # in this transaction
        # Each sitting's roll call (member → status) and proxies in force (giver, holder,
        # slot) as this transaction left them: the extracts of one sitting stored together
        # read them once. Importers wait for each other's lock; a proxy or a declaration the
        # bot writes meanwhile (PostgreSQL) makes an insert break a constraint, and the batch
        # is then stored again a document per transaction (Importer._store_extracts).
        self._roll_calls: dict[int, dict[int, str]] = {}
        self._proxies: dict[int, list[tuple[int, int, int]]] = {}
        # The members' word before each sitting, not yet replaced by a document: their
        # declared statuses, and the proxies they gave by message (giver: (proxy, holder)).
        self._declared: dict[int, dict[int, str]] = {}
        self._said_proxies: dict[int, dict[int, tuple[int, int]]] = {}

    def file_to(self, document_id: int, council_id: int) -> None:
        """File a document to its council: its secretariat sees the file's own warnings."""
        self.session.execute(_FILED_TO, {"document_id": document_id, "council_id": council_id})

    def refresh(self) -> None:
        """What another importer wrote since the last transaction (see Importer._begin): each
        council's directory is read again when this transaction first needs it."""
        self._councils_read = False
        self._stale = set(self._directories)
        self._roll_calls.clear()
        self._proxies.clear()
        self._declared.clear()
        self._said_proxies.clear()

    @property
    def members_created(self) -> int:
        return sum(d.created for d in self._directories.values())

    def members(self, council_id: int | None) -> MemberDirectory:
        if council_id not in self._directories:
            self._directories[council_id] = MemberDirectory(self.session, council_id)
        elif council_id in self._stale:
            self._directories[council_id].refresh()
        self._stale.discard(council_id)
        return self._directories[council_id]

    # -- the council ---------------------------------------------------------------------------

    def council(
        self, record: CouncilRecord | None, findings: list[Finding], open_data: bool = False
    ) -> Council:
        """The council the document names (`_council`); when the import is for one council
        (a secretariat's upload: `Importer.only_council`), a document naming none is that
        council's, and one naming another council is refused: the métropole's secretary sending
        a commune's minutes rewrote that commune's sittings and members, or created the
        commune when the store did not hold it. Without `Importer.adds_councils` (any upload
        in the conversation, its sender serving a council or none) a collectivité the store
        did not hold is refused too."""
        only = self.importer.only_council
        if only is not None and record is None and not open_data:
            own = self.session.get(Council, only)
            if own is not None:
                findings.append(Finding("council_not_found", {"council": own.name}))
                return own
        council = self._council(record, findings, open_data)
        known = council.id in (self.importer.councils_before or ())
        if (only is not None and council.id != only) or not (known or self.importer.adds_councils):
            # one the store held, or one this document would create: the administrator
            # imports another council's documents from the command line (a sender serving no
            # council created one from the conversation)
            raise DocumentError(
                f"le document est celui de {council.name} : rien n'est importé",
                code="council_other" if known else "council_new",
                council=council.name,
            )
        return council

    def _council(
        self, record: CouncilRecord | None, findings: list[Finding], open_data: bool = False
    ) -> Council:
        """The council the document names (by SIREN, else by name), created when new; a
        document that names none goes to the council the store served alone before this
        import, and says so; with none or several, it is refused (never filed by a guess).
        (Open data too: its rows naming none go to the council the file's other rows or its
        acts' préfecture IDs name, see storage.importer.)"""
        known = self._councils
        if known is None or not (self._councils_read or _settled(record, known)):
            known = self._councils = list(
                self.session.exec(select(Council).order_by(Council.id))  # type: ignore[arg-type]
            )
            self._councils_read = True
        if self.importer.councils_before is None:  # before this import creates any
            self.importer.councils_before = tuple(c.id or 0 for c in known)
        if record is None and not open_data and self.importer.given_council is not None:
            # the secretariat said whose it is (`--body`): that, never a guess, and it is told
            record = self.importer.given_council
            findings.append(Finding("council_given", {"council": record.name}))
        if record is not None:
            # By SIREN first (two names, one collectivité), then by name when no SIREN
            # contradicts it; a second council of one name cannot be stored.
            by_siren = [c for c in known if record.siren and c.siren == record.siren]
            if by_siren and _another_collectivite(record, by_siren[0]):
                # one SIREN (a stamp's, often) but another printed name and kind: never merged
                # silently; the document's council is the one it names
                findings.append(
                    Finding(
                        "council_siren_other_name",
                        {"siren": record.siren, "council": by_siren[0].name, "name": record.name},
                    )
                )
                record = CouncilRecord(name=record.name, kind=record.kind, siren=None)
                by_siren = []
            by_name = [c for c in known if _same_name(c.name, record.name)] or [
                c
                for c in known
                if (_abbreviates(record.name, c.name) or _abbreviates(c.name, record.name))
                and (not record.kind or not c.kind or record.kind == c.kind)
            ]
            for council in by_siren or by_name:
                if by_siren or not (record.siren and council.siren):
                    if record.siren and not council.siren:
                        council.siren = record.siren
                    if record.kind and not council.kind:
                        council.kind = record.kind
                    if _abbreviates(council.name, record.name):  # « SEM », then its full name
                        council.name = record.name[:200]
                    return council
            if by_name:  # one name, two SIRENs: the file's typo, not a new council
                findings.append(
                    Finding(
                        "council_siren_differs",
                        {"council": by_name[0].name, "siren": record.siren},
                    )
                )
                return by_name[0]
            council = Council(name=record.name[:200], kind=record.kind, siren=record.siren)
            self.session.add(council)
            self.session.flush()
            known.append(council)
            return council
        # A document that names no collectivité goes only to the council the store served
        # before this import began, when it served one: another council, one of this batch's
        # files created, would be a guess (two communes' members merged). Else it is refused.
        if len(self.importer.councils_before) == 1:
            (only,) = [c for c in known if c.id == self.importer.councils_before[0]]
            findings.append(Finding("council_not_found", {"council": only.name}))
            return only
        # Open data naming none, anywhere in the file (COLL_NOM, COLL_SIRET, the préfecture's
        # ID), is refused alike: the store's first council would be a guess.
        raise DocumentError(
            "le document ne nomme pas sa collectivité : rien n'est importé",
            code="council_not_named",
            councils=[c.name for c in known][:3],
        )

    # -- one document -------------------------------------------------------------------------

    def store(self, extract: Extract, document_id: int, report: ImportReport) -> None:
        impossible = [
            f.params["value"]
            for f in extract.findings
            if f.code == "unreadable_date" and f.params.get("field") == "sitting_date"
        ]
        if not extract.sitting_date and impossible:
            raise DocumentError(
                f"date de séance impossible : {impossible[0]}",
                code="impossible_sitting_date",
                value=impossible[0],
            )
        if not extract.sitting_date:
            raise DocumentError(
                "la date de la séance introuvable dans le document : rien n'est importé"
                " (l'en-tête doit la nommer)"
            )
        if not _reads_as_a_sitting(extract):
            raise DocumentError(
                "ni présence ni délibération lisibles : pas un document de séance",
                code="nothing_of_a_sitting",
            )
        findings: list[Finding] = list(extract.findings)
        council = self.council(extract.council, findings)
        assert council.id is not None
        self.file_to(document_id, council.id)
        if council.kind != (extract.council.kind if extract.council else None):
            # the suppléants are the law's for the council they are imported into: a syndicat's
            # (Council.kind) elects them for every delegate
            findings = [f for f in findings if f.code != "substitute_refused"]
            findings += refused_substitutes(extract, council.kind)
        if not extract.body and self.importer.given_body:
            findings = [f for f in findings if f != _BODY_NOT_FOUND]
            extract.body = self.importer.given_body
            findings.append(Finding("body_given", {"body": extract.body}))
        if not extract.body:
            # Nothing in the document says its body (storage.parsing.heading.inferred_body): the
            # assembly of the council it was attached to, else its « Conseil », the secretariat
            # told what to add, rather than the whole document lost.
            findings = [f for f in findings if f != _BODY_NOT_FOUND]
            assembly = COUNCIL_BODY_OF_KIND.get(council.kind or "")
            extract.body = assembly or COUNCIL_BODY
            findings.append(
                Finding("body_inferred", {"body": assembly, "source": "kind"})
                if assembly
                else Finding("body_not_named", {"body": COUNCIL_BODY})
            )
        body = self.importer.body(extract.body, council.id)
        findings += check_extract(extract, body.notice_days)
        # a date to come would otherwise pass for a sitting convened, and one before 1790 be
        # silently the oldest sitting of every record
        findings += check_sitting_date(extract.sitting_date, utcnow().date())
        sitting = self.importer.sitting(body, extract.sitting_date)
        report.sittings.add(sitting.id or 0)
        report.council, report.sitting_body = council.name, body.name
        report.held_on = sitting.held_on
        report.missing = missing_fields(extract)
        directory = self.members(council.id)
        self._merge_sitting_facts(sitting, extract, findings, directory)
        item_changes, givers, read = self._record_attendance(
            body, sitting, extract, findings, directory
        )
        source = Path(report.path).name[:255]
        contradicted: set[int] = set()  # members a finding of this document already names

        first: int | None = None  # the first deliberation's id
        unnumbered = 0
        by_act: dict[str, int] = {}  # each item's number → its deliberation's id
        by_item: dict[int, int] = {}  # each item's place → its deliberation's id
        derived = _derived_numbers(extract, sitting.held_on, lambda: self._derived_of(sitting))
        if derived:
            # (« 1 – Titre »: the items are numbered by their place on the agenda, not unnumbered)
            placed = all((extract.items[i].ordinal or "").isdigit() for i in derived)
            findings.append(
                Finding("numbers_derived", {"numbers": list(derived.values()), "placed": placed})
            )
            voted = [item for item in extract.items if not no_vote_expected(item.deliberation)]
            if len(derived) == len(voted) and "number" in report.missing:
                report.missing.remove("number")  # every item stored, under the numbers said
        for index, item in enumerate(extract.items):
            columns: dict[str, object] = {"ordinal": item.ordinal}
            # An extract prints the attendance at its own vote; minutes may print it per item.
            counts = item.counts or (extract.counts if len(extract.items) == 1 else None)
            if counts is not None:
                columns.update(
                    in_office=counts.in_office,
                    present_count=counts.present,
                    proxies_count=counts.proxies,
                    votes_count=counts.votes,
                )
            record = item.deliberation
            if index in derived:
                record = replace(record, number=derived[index])
            if any(getattr(record, name) is not None for name in ("outcome", "votes_for")):
                columns["vote_source"] = source
            if read.printed:
                columns["attendance_source"] = source
            deliberation_id = self.importer.deliberation(
                sitting, record, council.id, findings, **columns
            )
            number = record.number
            if deliberation_id is None or number is None:
                unnumbered += not no_vote_expected(record)  # (« Questions diverses »: none)
                continue
            report.deliberations += 1
            first = first or deliberation_id
            by_act.setdefault(number, deliberation_id)
            by_item[index] = deliberation_id
            changes: dict[tuple[int, ItemChange], None] = dict.fromkeys(
                item_changes if index == 0 else []
            )
            holders: dict[int, int] = {}  # a leaver's proxy: giver → holder, for this item
            for kind, people in (
                (ItemChange.arrived, item.arrived),
                (ItemChange.away, item.away),
                (ItemChange.not_voting, item.not_voting),
                (ItemChange.represented, [proxy.giver for proxy in item.proxies]),
                (ItemChange.against, item.against),
                (ItemChange.abstained, item.abstaining),
            ):
                for person in people:
                    if (member_id := directory.id_of(person, findings)) is not None:
                        changes[(member_id, kind)] = None
            for proxy in item.proxies:
                giver_id = directory.id_of(proxy.giver, findings)
                holder_id = directory.id_of(proxy.holder, findings)
                if giver_id is not None and holder_id is not None:
                    holders[giver_id] = holder_id
            earlier = self.importer.earlier_attendance_source.pop(deliberation_id, None)
            if earlier is not None and earlier != source:
                # another document already read this item: where the two disagree on a
                # member's presence, its reading stays and the secretariat is told
                clashing = self._attendance_conflicts(
                    deliberation_id, number, read, list(changes), (earlier, source)
                )
                changes = {key: None for key in changes if key[0] not in clashing}
                for member_id, said in sorted(clashing.items()):
                    if member_id not in contradicted:  # once per document
                        findings.append(self._attendance_conflict(member_id, number, said))
                contradicted |= clashing.keys()
            self._record_item_attendance(
                deliberation_id, number, list(changes), givers, findings, holders
            )
        if unnumbered:
            findings.append(Finding("no_deliberation_number", {"unnumbered": unnumbered}))
        if first is not None:
            # each action with the deliberation that grants it (a PV's item, by its place, an
            # item numbered « 2 - » carrying no act's number), else the first
            granted: dict[int, list[FundedActionRecord]] = {}
            for action in extract.funded_actions:
                own = by_item.get(action.item) if action.item is not None else None
                granted.setdefault(own or by_act.get(action.act or "", first), []).append(action)
            for deliberation_id, actions in granted.items():
                self._record_funded_actions(deliberation_id, council.id, actions)
        self.importer._store_findings(findings, document_id, sitting, first)
        report.findings.extend(findings)

    def _derived_of(self, sitting: Sitting) -> dict[str, str]:
        """The numbers derived for the sitting's items by documents already stored (its day
        then the item's place), by the item's folded title."""
        if sitting.id is None:
            return {}
        prefix = f"{sitting.held_on.isoformat()}-"
        rows = self.importer.session.exec(
            select(Deliberation.number, Deliberation.title_key).where(
                Deliberation.sitting_id == sitting.id,
                col(Deliberation.number).startswith(prefix),
            )
        ).all()
        return {title_key: number for number, title_key in rows}

    def _merge_sitting_facts(
        self,
        sitting: Sitting,
        extract: Extract,
        findings: list[Finding],
        directory: MemberDirectory,
    ) -> None:
        """The sitting's own figures are its roll call: the first document's. Another count in
        a later extract is that deliberation's (stored with it), not a contradiction; two
        convocation dates are one."""
        if extract.convened_on is not None:
            if sitting.convened_on is None:
                sitting.convened_on = extract.convened_on
            elif sitting.convened_on != extract.convened_on:
                findings.append(
                    Finding(
                        "convocation_differs",
                        {
                            "stored": sitting.convened_on.isoformat(),
                            "printed": extract.convened_on.isoformat(),
                        },
                    )
                )
        if extract.second_convocation:
            # any document of the sitting that says so: the others' silence is no denial
            sitting.second_convocation = True
        counts = extract.counts
        for name, value in (
            ("in_office", counts.in_office),
            ("present_count", counts.present),
            ("proxies_count", counts.proxies),
            ("votes_count", counts.votes),
        ):
            if value is not None and getattr(sitting, name) is None:
                setattr(sitting, name, value)
        for role, person in (
            ("president_id", extract.president),
            ("secretary_id", extract.secretary),
        ):
            if person is not None and getattr(sitting, role) is None:
                member = directory.get_or_create(person, findings)
                setattr(sitting, role, member.id if member else None)

    def _record_attendance(
        self,
        body: Body,
        sitting: Sitting,
        extract: Extract,
        findings: list[Finding],
        directory: MemberDirectory,
    ) -> tuple[list[tuple[int, ItemChange]], set[int], RollCalls]:
        """The roll call when the sitting has none yet; otherwise this document's differences
        from it, returned as (member, arrived | away) for its deliberation; with the givers
        of the sitting's proxies, and the statuses this document and the store's roll call
        give the members this document names."""
        assert sitting.id is not None
        assert body.id is not None
        # Statuses as their values, read once: an enum member's attribute is a descriptor
        # call, and this runs for every name of every extract.
        present, represented = _PRESENT, _REPRESENTED
        statuses: dict[int, str] = {}
        proxies: list[tuple[int, int]] = []
        named = [*extract.present, *extract.absent_excused, *extract.absent, *extract.represented]
        for line in extract.proxies:
            named += (line.giver, line.holder)
        named += extract.replaced
        ids = iter(directory.ids_of(named, findings))
        for _ in extract.present:
            if (member_id := next(ids)) is not None:
                statuses[member_id] = present
        for listed, status in ((extract.absent_excused, _EXCUSED), (extract.absent, _ABSENT)):
            for _ in listed:
                if (member_id := next(ids)) is not None:
                    statuses.setdefault(member_id, status)
        for _ in extract.represented:  # a giver whose holder is not printed
            if (member_id := next(ids)) is not None:
                statuses[member_id] = represented
        for _ in extract.proxies:
            giver_id, holder_id = next(ids), next(ids)
            if giver_id is None or holder_id is None:
                continue
            statuses[giver_id] = represented
            statuses.setdefault(holder_id, present)
            proxies.append((giver_id, holder_id))
        # a titular whose suppléant sat: the seat is filled, by whom when the document names
        # them (the suppléant is no member of the body)
        # (cut to the column's length: a PostgreSQL VARCHAR refuses a longer one)
        sat_for = {s.titular: s.substitute.display()[:200] for s in extract.substitutions}
        substitutes: dict[int, str] = {}
        for titular in extract.replaced:
            if (member_id := next(ids)) is not None and statuses.get(member_id) != present:
                statuses[member_id] = _REPLACED
                if (name := sat_for.get(titular)) is not None:
                    substitutes[member_id] = name

        if extract.communes:
            self._record_communes(extract, findings, directory)
        fresh = self.importer.inserted(
            Sitting, sitting.id
        )  # then it has no attendance nor proxies yet
        if fresh:
            stored = self._roll_calls[sitting.id] = {}
            declared = self._declared[sitting.id] = {}
        elif (known := self._roll_calls.get(sitting.id)) is not None:
            stored, declared = known, self._declared.setdefault(sitting.id, {})
        else:
            stored = self._roll_calls[sitting.id] = {}
            declared = self._declared[sitting.id] = {}
            for member, status, said in self.session.execute(
                _ROLL_CALL, {"sitting_id": sitting.id}
            ):
                (declared if said else stored)[member] = status
        # The members' word gives way to a record of the sitting once its day has come; a
        # document dated later (a misprint, which the date check warns of) leaves it, and it
        # is read as the roll call the document is compared with.
        held = sitting.held_on <= utcnow().date()
        if declared and held:
            self._replace_declared(sitting.id, declared, statuses, stored, findings)
        elif declared:
            stored.update(declared)
            declared.clear()
        self.importer.seat(body.id, statuses)
        # Core inserts: one statement for a sitting's attendance instead of a unit of work per row.
        added = {m: status for m, status in statuses.items() if m not in stored}
        if added:
            new_rows = [
                {
                    "sitting_id": sitting.id,
                    "member_id": m,
                    "status": v,
                    "substitute": substitutes.get(m),
                }
                for m, v in added.items()
            ]
            self.session.execute(_ATTENDANCE.insert(), new_rows)
        changes: list[tuple[int, ItemChange]] = []
        if stored:
            arrived, away = ItemChange.arrived, ItemChange.away
            for member_id, status in statuses.items():
                was = stored.get(member_id)
                if was is None or was == status:
                    continue
                there = status == present
                if there != (was == present):
                    changes.append((member_id, arrived if there else away))
        read = RollCalls(statuses, {m: stored[m] for m in statuses if m in stored})
        stored.update(added)
        replaced = set(statuses) if held else set()  # whose proxy by message gives way
        givers = self._record_proxies(sitting, proxies, fresh, replaced, findings)
        return changes, givers, read

    def _replace_declared(
        self,
        sitting_id: int,
        declared: dict[int, str],
        printed: dict[int, str],
        stored: dict[int, str],
        findings: list[Finding],
    ) -> None:
        """What the members said before the sitting (« je serai là jeudi », « je serai
        absent »), replaced by what its published record prints for those it names: the
        record says what happened. The minutes printing « absent excusé » a member who had
        said he would come left him present, and answered « Oui, vous étiez présent ». Where
        the two differ on the member's presence, the secretariat is told (a proxy given by
        message is told of by `_record_proxies`)."""
        replaced = {m: declared.pop(m) for m in [m for m in declared if m in printed]}
        if not replaced:
            return
        self.session.execute(
            _ATTENDANCE_RECORDED,
            [{"b_sitting": sitting_id, "b_member": m, "b_status": printed[m]} for m in replaced],
        )
        for member_id, said in sorted(replaced.items()):
            stored[member_id] = printed[member_id]
            if said != _REPRESENTED and (said == _PRESENT) != (printed[member_id] == _PRESENT):
                member = self.session.get(Member, member_id)
                findings.append(
                    Finding(
                        "declared_attendance_replaced",
                        {
                            "member": member.display_name if member else str(member_id),
                            "said": "present" if said == _PRESENT else "absent",
                        },
                    )
                )

    def _record_communes(
        self, extract: Extract, findings: list[Finding], directory: MemberDirectory
    ) -> None:
        """The commune printed with a member (« Pierre FAURE (Graix) »): kept when the store
        has none; one the secretariat set is never overwritten, another printed is said."""
        for printed in extract.communes:
            member = directory.get_or_create(printed.member, findings)
            if member is None:
                continue
            if member.commune is None:
                member.commune = " ".join(printed.commune.split())[:120]  # (the column's length)
            elif fold(member.commune) != fold(printed.commune):
                findings.append(
                    Finding(
                        "member_commune_differs",
                        {
                            "member": member.display_name,
                            "printed": printed.commune,
                            "stored": member.commune,
                        },
                    )
                )

    def _attendance_conflicts(
        self,
        deliberation_id: int,
        number: str,
        read: RollCalls,
        changes: list[tuple[int, ItemChange]],
        sources: tuple[str, str],
    ) -> dict[int, dict[str, str]]:
        """The members this document says present at this item and the one that read it first
        says absent (or the reverse), with what each document says; the first reading is
        kept. Members who come and go between items are no such thing: only one item's two
        readings meet."""
        if not read.stored:
            return {}
        first = {m: status == _PRESENT for m, status in read.stored.items()}
        for member_id, kind in self.session.execute(
            _ITEM_CHANGES, {"deliberation_id": deliberation_id}
        ):
            if member_id in first:
                first[member_id] = _there_after(kind, first[member_id])
        now = {m: status == _PRESENT for m, status in read.printed.items()}
        for member_id, change in changes:
            if member_id in now:
                now[member_id] = _there_after(str(change), now[member_id])
        stored_by, printed_by = sources
        return {
            m: {
                "stored": "present" if there else "absent",
                "stored_by": stored_by,
                "printed_by": printed_by,
            }
            for m, there in first.items()
            if now.get(m, there) != there
        }

    def _attendance_conflict(self, member_id: int, number: str, said: dict[str, str]) -> Finding:
        member = self.session.get(Member, member_id)
        name = member.display_name if member else str(member_id)
        return Finding("attendance_conflict", {"member": name, "number": number, **said})

    def _record_item_attendance(
        self,
        deliberation_id: int,
        number: str,
        changes: list[tuple[int, ItemChange]],
        givers: set[int],
        findings: list[Finding],
        holders: dict[int, int] | None = None,
    ) -> None:
        if not changes:
            return
        holders = holders or {}
        existing: set[tuple[int, str]] = set()
        if not self.importer.inserted(Deliberation, deliberation_id):
            stored = self.session.execute(_ITEM_CHANGES, {"deliberation_id": deliberation_id})
            existing = {(member_id, kind) for member_id, kind in stored}
        rows = [
            {
                "deliberation_id": deliberation_id,
                "member_id": m,
                "kind": str(k),
                "holder_id": holders.get(m) if k == ItemChange.represented else None,
            }
            for m, k in changes
            if (m, str(k)) not in existing
        ]
        if rows:
            self.session.execute(_ITEM_ATTENDANCE.insert(), rows)
        # A real contradiction: present for this item and represented by a proxy at once.
        arrived = {m for m, k in changes if k == ItemChange.arrived}
        for member_id in sorted(arrived & givers):
            member = self.session.get(Member, member_id)
            findings.append(
                Finding(
                    "present_and_represented",
                    {
                        "member": member.display_name if member else str(member_id),
                        "number": number,
                    },
                )
            )

    def _record_proxies(
        self,
        sitting: Sitting,
        proxies: list[tuple[int, int]],
        fresh: bool,
        named: set[int],
        findings: list[Finding],
    ) -> set[int]:
        """Document proxies, each once; a holder's second proxy (2020-2022 law) takes slot 2.
        Returns the givers of the sitting's proxies in force, these included. A proxy a
        member gave by message gives way to the record of a document naming that member."""
        assert sitting.id is not None
        givers: set[int] = set()
        slots: dict[int, int] = defaultdict(int)
        if fresh:
            in_force = self._proxies[sitting.id] = []
            said = self._said_proxies[sitting.id] = {}
        elif (known := self._proxies.get(sitting.id)) is not None:
            in_force, said = known, self._said_proxies.setdefault(sitting.id, {})
        else:
            in_force = self._proxies[sitting.id] = []
            said = self._said_proxies[sitting.id] = {}
            for g, h, slot, proxy_id, source in self.session.execute(
                _PROXIES_IN_FORCE, {"sitting_id": sitting.id}
            ):
                in_force.append((g, h, slot))
                if source != "document":
                    said[g] = (proxy_id, h)
        if said and named & said.keys():
            self._replace_said_proxies(in_force, said, dict(proxies), named, findings)
        for giver_id, holder_id, slot in in_force:
            givers.add(giver_id)
            slots[holder_id] = max(slots[holder_id], slot)
        before = {giver_id: holder_id for giver_id, holder_id, _ in in_force}
        rows = []
        for giver_id, holder_id in proxies:
            if before.get(giver_id, holder_id) != holder_id and giver_id not in said:
                # a second document of the sitting printing the giver's proxy to another
                # holder: the first stays, and the secretariat is told (it was kept silently;
                # a proxy given by message is told of by `_replace_said_proxies`)
                findings.append(self._proxy_conflict(giver_id, before[giver_id], holder_id))
            # The checks already reported a giver twice or a holder over the limit; the
            # database keeps the law, so such lines are stored only while they fit it.
            if giver_id in givers or giver_id == holder_id or slots[holder_id] >= 2:
                continue
            slots[holder_id] += 1
            givers.add(giver_id)
            in_force.append((giver_id, holder_id, slots[holder_id]))
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
            self.session.execute(_PROXY.insert(), rows)
        return givers

    def _proxy_conflict(self, giver_id: int, kept_id: int, printed_id: int) -> Finding:
        names = {
            key: member.display_name if member else str(member_id)
            for key, member_id in (("giver", giver_id), ("kept", kept_id), ("printed", printed_id))
            for member in (self.session.get(Member, member_id),)
        }
        return Finding("proxy_conflict", names)

    def _replace_said_proxies(
        self,
        in_force: list[tuple[int, int, int]],
        said: dict[int, tuple[int, int]],
        printed: dict[int, int],
        named: set[int],
        findings: list[Finding],
    ) -> None:
        """The proxies members gave by message, for the givers a document of the sitting names:
        kept where it prints the same proxy, else revoked for what it prints (another holder,
        or the giver present or absent without one), and the secretariat told. A proxy to
        LAGET given by message stayed in force beside the minutes' « ARTIGUES donne pouvoir à
        DEGRAIX », which was dropped: « qui a donné pouvoir à Degraix ? » answered nobody."""
        revoked = []
        for giver_id in sorted(named & said.keys()):
            proxy_id, holder_id = said.pop(giver_id)
            if printed.get(giver_id) == holder_id:
                continue  # the same proxy: the member's own stays
            in_force[:] = [p for p in in_force if p[0] != giver_id]
            revoked.append({"b_proxy": proxy_id, "b_at": utcnow()})
            giver = self.session.get(Member, giver_id)
            holder = self.session.get(Member, holder_id)
            instead = self.session.get(Member, printed[giver_id]) if giver_id in printed else None
            findings.append(
                Finding(
                    "said_proxy_replaced",
                    {
                        "giver": giver.display_name if giver else str(giver_id),
                        "holder": holder.display_name if holder else str(holder_id),
                        "printed_holder": instead.display_name if instead else None,
                    },
                )
            )
        if revoked:
            self.session.execute(_PROXY_REVOKED, revoked)

    def _record_funded_actions(
        self, deliberation_id: int, council_id: int | None, actions: list[FundedActionRecord]
    ) -> None:
        if not actions:
            return
        existing: dict[str, FundedAction] = {}
        if not self.importer.inserted(Deliberation, deliberation_id):
            existing = {
                a.title: a
                for a in self.session.exec(
                    select(FundedAction).where(FundedAction.deliberation_id == deliberation_id)
                )
            }
        titles: set[str] = set()
        rows: list[dict[str, Any]] = []  # a new deliberation's actions, one INSERT
        for record in actions:
            # one title per deliberation: two subsidies « Fonctionnement 2025 » to two clubs
            # are told apart by their beneficiary
            title = record.title
            if title in titles and record.carrier:
                title = f"{title} – {record.carrier}"[:500]
            titles.add(title)
            values: dict[str, Any] = {
                "deliberation_id": deliberation_id,
                "title": title,
                "council_id": council_id,  # the deliberation's council: whose money it is
                **{name: getattr(record, name) for name in _ACTION_FIELDS},
            }
            if (action := existing.get(title)) is not None:
                for name, value in values.items():
                    setattr(action, name, value)
                self.session.add(action)
            elif existing:
                self.session.add(FundedAction(**values))
            else:
                rows.append(values)
        if rows:
            # A deliberation this document inserted has no action yet: its actions are plain
            # rows (a table object costs more to build and flush than its insert), held to
            # their columns as a flush holds objects (storage.importer.refuse_unfit).
            from storage.importer import refuse_unfit

            for values in rows:
                refuse_unfit(FundedAction, values)
            self.session.execute(_FUNDED_ACTION.insert(), rows)
