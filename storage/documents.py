"""What the importer reads from a published document, before it touches the database.

These plain records are the contract between the parsers (official extracts, SCDL open data)
and the importer; `council-bot parse FILE --json` prints them as they are.
"""

from __future__ import annotations

import errno
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any


class DocumentError(ValueError):
    """A document that cannot be read as what it claims to be; the message says why.

    `code` and `params`, when given, let templates/import_failure.j2 say it in French to the
    secretariat; the message stays for logs and for callers that only print it.
    """

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True, slots=True)
class Person:
    """A name as printed: civility ('M.', 'Mme') and last name as written, in capitals."""

    last_name: str
    first_name: str | None = None
    civility: str | None = None

    def display(self) -> str:
        return " ".join(p for p in (self.civility, self.first_name, self.last_name) if p)


@dataclass(frozen=True, slots=True)
class ProxyLine:
    giver: Person
    holder: Person


@dataclass(frozen=True, slots=True)
class Substitution:
    """A suppléant who sat in a titular's seat (« M. X, suppléant de M. Y », « M. Y représenté
    par son suppléant M. X »): the titular keeps the seat, the suppléant is no member of it."""

    titular: Person
    substitute: Person


@dataclass(frozen=True, slots=True)
class MemberCommune:
    """The commune printed with a member's name (« Pierre FAURE (Graix) », « Graix : X »)."""

    member: Person
    commune: str


@dataclass(frozen=True, slots=True)
class Finding:
    """A failed consistency check or a repaired defect, kept for the secretariat.

    `code` names the check (see templates/findings.j2 for the French wording); `params` are the
    figures or names it concerns. Never raised: a document with findings still imports.
    """

    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Counts:
    in_office: int | None = None
    present: int | None = None
    proxies: int | None = None
    votes: int | None = None
    quorum_printed: int | None = None
    # « Présents ou représentés : 27 » is present + proxies; « Absents : 4 » the absentees.
    present_or_represented: int | None = None
    absent: int | None = None
    # An item's « Ne prennent pas part au vote : 27 (groupe X) », « 2 NPPV »: as printed.
    not_voting: int | None = None


@dataclass(slots=True)
class DeliberationRecord:
    number: str | None = None
    title: str | None = None
    decisions: list[str] = field(default_factory=list)
    outcome: str | None = None  # "adopted" | "rejected" | None when the document does not say
    unanimous: bool | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    full_text: str | None = None
    matter: str | None = None
    budget: str | None = None  # the budget it is charged to (SCDL BUDGET_NOM)
    url: str | None = None  # where its text is published (SCDL DELIB_URL), http(s) only
    prefecture_id: str | None = None
    prefecture_date: date | None = None


@dataclass(slots=True)
class FundedActionRecord:
    title: str
    programme: str | None = None
    axis: str | None = None
    carrier: str | None = None
    territory: str | None = None
    objectives: str | None = None
    cost: Decimal | None = None
    contribution: Decimal | None = None
    multi_year_convention: bool | None = None
    # The number of the deliberation that grants it, in a document holding several.
    act: str | None = None
    # The place (from 0) in the minutes' items of the item whose text grants it: an item
    # numbered only by its place (« 2 - Subvention au comité des fêtes ») has no act number.
    item: int | None = None


@dataclass(frozen=True, slots=True)
class CouncilRecord:
    """The collectivité whose document this is: « Commune de Pierrefonds », its kind
    (commune, communauté, métropole, département, région, syndicat) and SIREN when printed."""

    name: str
    kind: str | None = None
    siren: str | None = None


@dataclass(slots=True)
class Movement:
    """Someone arriving or leaving during the sitting (« Arrivée de Mme X à 19h12 »), or
    withdrawing from one item's vote (« ne prend pas part au vote »)."""

    person: Person
    kind: str  # "arrives" | "leaves" | "leaves_for_vote" (out for this item's vote only) |
    # "abstains_from_vote"
    line: int  # where it is printed
    item: str | None = None  # « avant le vote du point 5 »: the item it names
    # « M. X quitte la séance et donne pouvoir à Mme Y »: who holds the leaver's vote
    holder: Person | None = None
    # « après le point 2 »: in force from the item after `item`, not from `item` itself
    after_item: bool = False


@dataclass(slots=True)
class ItemRecord:
    """One deliberation of a document holding several (a procès-verbal, a compte rendu): its
    act, its vote, and how its attendance differs from the sitting's roll call."""

    deliberation: DeliberationRecord
    ordinal: str | None = None  # the item's place on the agenda (« 3 » of « 3 - Tarifs »)
    line: int | None = None  # where its heading is printed
    # Changes to the roll call for this item's vote, by printed name.
    arrived: list[Person] = field(default_factory=list)  # present for this item, not at roll call
    away: list[Person] = field(default_factory=list)  # in the roll call, not there for this vote
    not_voting: list[Person] = field(default_factory=list)  # « ne prend pas part au vote »
    against: list[Person] = field(default_factory=list)  # named in « 3 contre (M. X, Mme Y) »
    abstaining: list[Person] = field(default_factory=list)
    # Proxies given during the sitting (« quitte la séance et donne pouvoir à Mme Y »), in
    # force for this vote: the giver is also `away`.
    proxies: list[ProxyLine] = field(default_factory=list)
    # The figures printed with this item (« Présents : 20 – Votants : 22 »), when it prints any.
    counts: Counts | None = None


@dataclass(slots=True)
class Extract:
    """One 'extrait du registre des délibérations': a deliberation and its sitting's attendance."""

    body: str | None = None
    sitting_date: date | None = None
    convened_on: date | None = None
    # Convened again after a quorum failure: no quorum condition, three jours francs.
    second_convocation: bool = False
    deliberation: DeliberationRecord = field(default_factory=DeliberationRecord)
    counts: Counts = field(default_factory=Counts)
    president: Person | None = None
    secretary: Person | None = None
    present: list[Person] = field(default_factory=list)
    absent_excused: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    proxies: list[ProxyLine] = field(default_factory=list)
    funded_actions: list[FundedActionRecord] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    council: CouncilRecord | None = None
    # Givers printed without their holder (« Absents ayant voté par procuration : X, Y »):
    # absent with a proxy, holder unknown; never present.
    represented: list[Person] = field(default_factory=list)
    # Titulars whose seat a suppléant fills (« M. X, suppléant de M. Y », « Y (représenté par
    # son suppléant) »): absent, yet their seat is not empty; and how many suppléants sit for a
    # titular the document does not name (« Suppléant(s) : Z »).
    replaced: list[Person] = field(default_factory=list)
    substitutes: int = 0
    # The suppléants the document names with the titular they sat for (never among `present`)
    substitutions: list[Substitution] = field(default_factory=list)
    # The suppléants named without the titular they sat for (« Suppléants : Z »): no members of
    # the body, never among `present`, yet each fills a seat in the room
    substitutes_alone: list[Person] = field(default_factory=list)
    communes: list[MemberCommune] = field(default_factory=list)
    # Every deliberation of the document; one for an extract (then it is `deliberation`).
    items: list[ItemRecord] = field(default_factory=list)
    # Where each value was read: field name → {"line": n, "text": what was read there}.
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def seated(self) -> int:
        """The seats taken in the room: the presents listed, and the seats suppléants filled,
        for a titular named or not (a suppléant is not among the presents)."""
        return len(self.present) + len(self.substitutions) + len(self.substitutes_alone)


@dataclass(slots=True)
class ScdlRow:
    """One row of an open-data file in the national SCDL 'Délibérations' schema."""

    line: int
    body: str | None
    sitting_date: date | None
    deliberation: DeliberationRecord
    in_office: int | None
    present: int | None
    findings: list[Finding] = field(default_factory=list)
    # Members who took part in the vote, when the file's reading of VOTE_REEL says so.
    voters: int | None = None
    collectivity: str | None = None  # COLL_NOM as printed
    siret: str | None = None  # COLL_SIRET, only when it is a valid SIRET
    # The line of the row this one copies exactly (same number, same object): not stored twice.
    copy_of: int | None = None
    # The date the neighbouring rows give when this row's date looks like a typo: the importer
    # files the deliberation under that sitting, and says so, rather than invent a sitting.
    probable_date: date | None = None


@dataclass(slots=True)
class ScdlFile:
    """An SCDL 'Délibérations' file: its rows, and what holds for the whole file.

    `vote_reading` says how VOTE_EFFECTIF / VOTE_REEL were read: "schema" (in office / took
    part in the vote), "present" (in office / present, the proxies' ballots on top), "swapped"
    (took part / in office); `reading_rows` how many rows fit each reading.
    """

    rows: list[ScdlRow]
    vote_reading: str = "schema"
    reading_rows: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


@dataclass(slots=True)
class SubsidyRow:
    """One row of an open-data file in the national SCDL 'Subventions' schema."""

    line: int
    grantor: str | None
    grantor_siret: str | None
    convention_date: date | None
    decision_reference: str | None
    beneficiary: str | None
    beneficiary_siret: str | None
    purpose: str | None
    amount: Decimal | None
    nature: str | None = None
    payment_conditions: str | None = None
    payment_period: str | None = None
    rae_id: str | None = None
    eu_notification: bool | None = None
    share: Decimal | None = None  # pourcentageSubvention: 1.0 is the whole cost
    findings: list[Finding] = field(default_factory=list)
    copy_of: int | None = None  # the line of the row this one copies exactly
    # 2 for the second row of one grantor, date, beneficiary and object with another amount
    # (a second instalment): it is another subsidy.
    occurrence: int = 1


@dataclass(slots=True)
class SubsidyFile:
    rows: list[SubsidyRow]
    findings: list[Finding] = field(default_factory=list)


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates and decimals as JSON-ready values (amounts as numbers)."""
    if hasattr(value, "__dataclass_fields__"):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def os_reason(error: OSError) -> str:
    """What the system refused, as its errno name (« ENOENT »), which templates/_os_error.j2
    says in French; its own words when it has none. The operator read « Impossible d'écrire
    x.pdf : No such file or directory »."""
    return errno.errorcode.get(error.errno or 0, "") or error.strerror or str(error)


def as_written(name: object) -> str:
    """A path or an address as the system gave it, in text any database or terminal writes.
    Bytes that are not UTF-8 (a file named on Windows and unpacked from an archive, a path
    typed in a Latin-1 terminal) reach Python as lone surrogates, which no encoder takes: the
    file could not be stored, the address not even quoted. Each is read as Windows' Western
    encoding, the one such names are in (« d\\udce9lib\\udce9ration.txt » is
    « délibération.txt »); what it cannot be is « \ufffd »."""
    text = str(name)
    if text.isascii() or not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return "".join(_as_byte(c) if "\ud800" <= c <= "\udfff" else c for c in text)


def _as_byte(surrogate: str) -> str:
    code = ord(surrogate) - 0xDC00
    if not 0x80 <= code <= 0xFF:
        return "\ufffd"
    return bytes([code]).decode("cp1252", "replace")
