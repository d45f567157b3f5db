"""The council's store: every table, and the constraints that hold the law where SQL can.

Table models only (`table=True`). The rules a database can enforce on its own are constraints
here: one active proxy per giver and per holder-slot in a sitting, giver ≠ holder. The
application's checks only make the refusal friendly; the constraint decides a race.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import JSON, Column, Field, SQLModel
from sqlmodel._compat import SQLModelConfig  # the type of `model_config`, not re-exported


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A moment, stored and read back in UTC on every database.

    SQLite keeps no offset: an aware time of Paris was written as its wall-clock digits and
    read back as if it were UTC, two hours off, in a proof of receipt. Every moment is turned
    to UTC before it is written, and a naive one read back is UTC.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _no_entries() -> list[Any]:
    """A new empty list, the default of a JSON list column. A function of Python, not the
    builtin `list`: pydantic reads a default factory's signature each time it makes a row,
    and a builtin's is parsed from its text (a fifth of a millisecond per sitting made)."""
    return []


def _no_values() -> dict[str, Any]:
    """A new empty dict, the default of a JSON object column (see _no_entries)."""
    return {}


def _utc_column(nullable: bool = False) -> Any:
    return Field(
        default_factory=utcnow if not nullable else None,
        sa_type=UTCDateTime,  # type: ignore[call-overload]
        nullable=nullable,
    )


class Role(enum.StrEnum):
    member = "member"
    secretariat = "secretariat"


class AttendanceStatus(enum.StrEnum):
    present = "present"
    excused = "excused"  # absent excusé
    absent = "absent"
    represented = "represented"  # absent, gave a proxy
    replaced = "replaced"  # a suppléant sat instead (Conseil only)


class DeliveryStatus(enum.StrEnum):
    """Where one message owed to a member stands; whose side a failure is on."""

    pending = "pending"  # owed, not yet taken by a sender
    sending = "sending"  # claimed by a sender (owed again if the claim goes stale)
    sent = "sent"  # Telegram accepted the notice: sent_at and telegram_message_id are the proof
    unreachable = "unreachable"  # the member's side: not linked, blocked the bot, account gone
    rejected = "rejected"  # ours: Telegram refused the message itself (Bad Request)
    failed = "failed"  # Telegram or the network kept failing: given up after MAX_ATTEMPTS


class ItemChange(enum.StrEnum):
    """How a member's part in one deliberation differs from the sitting's roll call."""

    arrived = "arrived"  # present for this vote, not at the roll call
    away = "away"  # at the roll call, not there for this vote
    not_voting = "not_voting"  # « ne prend pas part au vote »
    represented = "represented"  # left during the sitting, giving a proxy for this vote
    against = "against"  # named among the votes against
    abstained = "abstained"  # named among the abstentions


class TableModel(SQLModel):
    """What every table model is: rows the store reads and writes, never validated as
    Pydantic input (a table model is built without validation), so Pydantic builds its
    validator only if something ever asks for one, not at every start (a fifth of loading
    the tables)."""

    model_config = SQLModelConfig(defer_build=True)


class Council(TableModel, table=True):
    """A collectivité (commune, communauté, métropole, département…): it owns its bodies, its
    members and, through its bodies, its sittings. Two councils never share a member."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=200)
    kind: str | None = Field(default=None, max_length=32)  # commune | communauté | métropole…
    siren: str | None = Field(default=None, unique=True, max_length=9)


class Body(TableModel, table=True):
    """An organe of a council: the Bureau or the Conseil; its name is unique in its council."""

    __table_args__ = (sa.UniqueConstraint("council_id", "name", name="uq_body_council_name"),)

    id: int | None = Field(default=None, primary_key=True)
    council_id: int | None = Field(default=None, foreign_key="council.id", index=True)
    name: str = Field(max_length=120)
    notice_days: int = Field(default=5)  # jours francs; the Bureau may set its own
    # Proxies are registered until this many minutes before the sitting starts (règlement
    # intérieur; 0: until the start itself, the default of DOMAIN.md).
    proxy_deadline_minutes: int = Field(default=0)


class Member(TableModel, table=True):
    """An elected member of one council. `identity_key` (folded surname | first name, set by
    the importer) is unique in a council: two importers at once cannot create one person twice,
    and a namesake in another council is another member."""

    __table_args__ = (
        sa.UniqueConstraint("council_id", "identity_key", name="uq_member_council_identity"),
    )

    id: int | None = Field(default=None, primary_key=True)
    council_id: int | None = Field(default=None, foreign_key="council.id", index=True)
    identity_key: str | None = Field(default=None, max_length=255)
    civility: str | None = Field(default=None, max_length=8)
    first_name: str | None = Field(default=None, max_length=80)
    last_name: str = Field(max_length=120, index=True)
    telegram_user_id: int | None = Field(
        default=None,
        unique=True,
        sa_type=sa.BigInteger,  # type: ignore[call-overload]
    )
    role: Role = Field(default=Role.member, sa_type=sa.String(16))  # type: ignore[call-overload]
    created_at: datetime = _utc_column()
    # The commune the member is a delegate of (Conseil of an EPCI), as the secretariat gave it:
    # its count of delegates says whether the member may have a suppléant (L5211-6)
    commune: str | None = Field(default=None, max_length=120)

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.civility, self.first_name, self.last_name) if p)


class Membership(TableModel, table=True):
    """A member's seat in a body; `active` is false once they left it."""

    __table_args__ = (sa.UniqueConstraint("body_id", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    body_id: int = Field(foreign_key="body.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    active: bool = Field(default=True)


class Sitting(TableModel, table=True):
    """One séance of one body; several extracts of it merge here."""

    # One sitting a body a day, a cancelled one aside: it no longer holds the day (0015)
    __table_args__ = (
        sa.Index(
            "uq_sitting_body_day_live",
            "body_id",
            "held_on",
            unique=True,
            sqlite_where=sa.text("cancelled_at IS NULL"),  # PostgreSQL's: storage/db.py
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    body_id: int = Field(foreign_key="body.id", index=True)
    held_on: date = Field(index=True)
    start_time: time | None = None
    place: str | None = Field(default=None, max_length=200)
    convened_on: date | None = None
    urgent: bool = Field(default=False)
    # Convened again after a quorum failure: it deliberates without quorum condition
    # (L2121-17 al. 2), and its notice is three jours francs.
    second_convocation: bool = Field(
        default=False, sa_column_kwargs={"server_default": sa.false()}
    )
    convened_at: datetime | None = _utc_column(nullable=True)
    # Cancelled after its convocation: kept (its notices, proxies and audit point to it),
    # never convened again nor counted among the sittings to come.
    cancelled_at: datetime | None = _utc_column(nullable=True)
    # The day it was convened for before its latest postponement (« reportée du 18 décembre »).
    postponed_from: date | None = None
    agenda: list[str] = Field(default_factory=_no_entries, sa_column=Column(JSON))
    president_id: int | None = Field(default=None, foreign_key="member.id")
    secretary_id: int | None = Field(default=None, foreign_key="member.id")
    # As printed by the documents; the lists in Attendance are the detail.
    in_office: int | None = None
    present_count: int | None = None
    proxies_count: int | None = None
    votes_count: int | None = None


class Attendance(TableModel, table=True):
    __table_args__ = (sa.UniqueConstraint("sitting_id", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    sitting_id: int = Field(foreign_key="sitting.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    status: AttendanceStatus = Field(sa_type=sa.String(16))  # type: ignore[call-overload]
    declared_at: datetime | None = _utc_column(nullable=True)
    # `replaced`: the suppléant who sat, as the roll call named them (« Mme Claire Martin »);
    # None when not said
    substitute: str | None = Field(default=None, max_length=200)


class Proxy(TableModel, table=True):
    """A pouvoir: the giver (mandant) lets the holder (mandataire) vote for them at a sitting.

    `holder_slot` is 1 under today's law; the 2020-2022 emergency rules let a holder carry two,
    so historical imports may use slot 2. An active proxy has no `revoked_at`.
    """

    __table_args__ = (
        sa.CheckConstraint("giver_id <> holder_id", name="proxy_giver_is_not_holder"),
        sa.CheckConstraint("holder_slot IN (1, 2)", name="proxy_holder_slot_range"),
        sa.Index(
            "uq_proxy_active_giver",
            "sitting_id",
            "giver_id",
            unique=True,
            sqlite_where=sa.text("revoked_at IS NULL"),
        ),
        sa.Index(
            "uq_proxy_active_holder",
            "sitting_id",
            "holder_id",
            "holder_slot",
            unique=True,
            sqlite_where=sa.text("revoked_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    sitting_id: int = Field(foreign_key="sitting.id", index=True)
    giver_id: int = Field(foreign_key="member.id", index=True)
    holder_id: int = Field(foreign_key="member.id", index=True)
    holder_slot: int = Field(default=1)
    source: str = Field(default="document", max_length=16)  # document | telegram | console
    registered_at: datetime = _utc_column()
    registered_by_telegram_id: int | None = Field(
        default=None,
        sa_type=sa.BigInteger,  # type: ignore[call-overload]
    )
    revoked_at: datetime | None = _utc_column(nullable=True)
    revoked_reason: str | None = Field(
        default=None, max_length=16
    )  # revoked | declined | replaced


class Delivery(TableModel, table=True):
    """One message owed to one member about one sitting: the convocation, a reminder, a
    corrective notice. The row exists before the message is sent (an outbox), so a broadcast
    interrupted by a crash resumes where it stopped and never sends a member the same twice.
    """

    __table_args__ = (sa.UniqueConstraint("sitting_id", "member_id", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    sitting_id: int = Field(foreign_key="sitting.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    kind: str = Field(max_length=32)  # convocation | reminder | holder_reminder | correction-N
    status: DeliveryStatus = Field(
        default=DeliveryStatus.pending,
        sa_type=sa.String(16),  # type: ignore[call-overload]
        index=True,
    )
    attempts: int = Field(default=0)
    telegram_message_id: int | None = Field(default=None, sa_type=sa.BigInteger)  # type: ignore[call-overload]
    error: str | None = Field(default=None, max_length=200)
    created_at: datetime = _utc_column()
    claimed_at: datetime | None = _utc_column(nullable=True)  # when a sender took it
    sent_at: datetime | None = _utc_column(nullable=True)
    # When what follows the notice was sent: the agenda's pages that did not fit in it, and
    # the .ics (the column kept its first name: the .ics was all that followed then).
    calendar_sent_at: datetime | None = _utc_column(nullable=True)
    acknowledged_at: datetime | None = _utc_column(nullable=True)
    answered_at: datetime | None = _utc_column(nullable=True)
    answer: str | None = Field(default=None, max_length=16)  # present | absent | proxy


class Invitation(TableModel, table=True):
    """A one-time link that ties a Telegram account to a member; only the token's hash is kept."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    token_hash: str = Field(unique=True, max_length=64)
    created_at: datetime = _utc_column()
    expires_at: datetime = Field(sa_type=sa.DateTime(timezone=True))  # type: ignore[call-overload]
    used_at: datetime | None = _utc_column(nullable=True)
    used_by_telegram_id: int | None = Field(
        default=None,
        sa_type=sa.BigInteger,  # type: ignore[call-overload]
    )


class Deliberation(TableModel, table=True):
    """One decision. Numbers are not unique in real data (the SCDL sample repeats some), so a
    deliberation is its council, its number and its folded title. Its vote and the counts its
    own document printed are its own: members come and go during a sitting."""

    __table_args__ = (
        sa.UniqueConstraint(
            "council_id", "number", "title_key", name="uq_deliberation_council_number_title"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    council_id: int | None = Field(default=None, foreign_key="council.id", index=True)
    ordinal: str | None = Field(default=None, max_length=16)  # its place on the agenda
    # As printed with this deliberation (an extract prints the attendance at its vote).
    in_office: int | None = None
    present_count: int | None = None
    proxies_count: int | None = None
    votes_count: int | None = None
    number: str = Field(index=True, max_length=32)
    sitting_id: int = Field(foreign_key="sitting.id", index=True)
    title: str
    title_key: str = Field(max_length=255)
    full_text: str | None = None
    decisions: list[str] = Field(default_factory=_no_entries, sa_column=Column(JSON))
    matter: str | None = Field(default=None, max_length=200)
    # The budget the act is charged to, as open data names it (SCDL BUDGET_NOM: « BUDGET
    # PRINCIPAL », « PARCS ET AIRES DE STATIONNEMENT EN RÉGIE »); None when not published.
    budget: str | None = Field(default=None, max_length=200)
    # Where the act's text is published, as open data gives it (SCDL DELIB_URL), an http(s)
    # address only; None when not published.
    url: str | None = Field(default=None, max_length=500)
    outcome: str | None = Field(default=None, max_length=16)  # adopted | rejected
    unanimous: bool | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    # The document whose vote this row holds: another document of the sitting printing
    # another vote is a finding that names both, never a silent overwrite.
    vote_source: str | None = Field(default=None, max_length=255)
    # The document whose reading of who was at this vote the store holds (the first that
    # named members): another document of the sitting saying otherwise of the same member at
    # this item is a finding, never a silent overwrite.
    attendance_source: str | None = Field(default=None, max_length=255)
    prefecture_id: str | None = Field(default=None, max_length=80)
    prefecture_date: date | None = None


class ItemAttendance(TableModel, table=True):
    """How one deliberation's vote differs from its sitting's roll call, member by member:
    arrived (not at the roll call), away (left, or not yet there), not_voting (« ne prend pas
    part au vote »), represented (left giving a proxy, with its holder), and who is named
    against or abstaining."""

    __table_args__ = (sa.UniqueConstraint("deliberation_id", "member_id", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    deliberation_id: int = Field(foreign_key="deliberation.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    kind: ItemChange = Field(sa_type=sa.String(16))  # type: ignore[call-overload]
    # For `represented`: who holds the vote of the member who left giving a proxy, from that
    # item on (« quitte la séance et donne pouvoir à Mme Y »); None when not printed.
    holder_id: int | None = Field(default=None, foreign_key="member.id")


class FundedAction(TableModel, table=True):
    """Money a deliberation grants: an action of a programme (an extract's annex) or a
    subsidy of an SCDL 'Subventions' file. A subsidy whose decision is not in the store
    stands on its own (no deliberation) with the reference it printed.
    """

    __table_args__ = (
        # An annex names each action once per deliberation; subsidies share titles
        # (« SUBVENTION 2017 » for every club) and are told apart by their own key.
        sa.Index(
            "uq_fundedaction_deliberation_title",
            "deliberation_id",
            "title",
            unique=True,
            sqlite_where=sa.text("subsidy_key IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    # The council whose money it is: its deliberation's, or the subsidy's grantor. A member of
    # one council never sees another's (nullable only for rows written before 0007).
    council_id: int | None = Field(default=None, foreign_key="council.id", index=True)
    deliberation_id: int | None = Field(default=None, foreign_key="deliberation.id", index=True)
    programme: str | None = Field(default=None, max_length=200)
    axis: str | None = Field(default=None, max_length=200)
    title: str = Field(max_length=500)
    carrier: str | None = Field(default=None, max_length=300)  # the beneficiary of a subsidy
    territory: str | None = Field(default=None, max_length=300)
    objectives: str | None = None
    cost: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    contribution: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    multi_year_convention: bool | None = None
    # SCDL 'Subventions' (nomAttribuant, idAttribuant, dateConvention, referenceDecision…).
    grantor: str | None = Field(default=None, max_length=300)
    grantor_siret: str | None = Field(default=None, max_length=14)
    carrier_siret: str | None = Field(default=None, max_length=14)
    convention_date: date | None = None
    decision_reference: str | None = Field(default=None, max_length=200)
    nature: str | None = Field(default=None, max_length=100)
    payment_conditions: str | None = Field(default=None, max_length=100)
    payment_period: str | None = Field(default=None, max_length=100)
    rae_id: str | None = Field(default=None, max_length=40)
    eu_notification: bool | None = None
    share: Decimal | None = Field(default=None, max_digits=9, decimal_places=6)
    # What identifies a subsidy across imports of its file (grantor, date, beneficiary, object).
    subsidy_key: str | None = Field(default=None, unique=True, index=True, max_length=64)


class ImportedDocument(TableModel, table=True):
    """A file already imported, by content hash: importing it again changes nothing."""

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True, max_length=64)
    path: str
    kind: str = Field(max_length=16)  # extract | scdl
    imported_at: datetime = _utc_column()
    # the council it was filed to (None: open data of several, or imported before 0017 with no
    # warning naming a sitting): its secretariat's list of warnings holds the file's own
    council_id: int | None = Field(default=None, foreign_key="council.id", index=True)


class ImportFinding(TableModel, table=True):
    """A consistency check that failed on an imported document, kept with the record."""

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="importeddocument.id", index=True)
    sitting_id: int | None = Field(default=None, foreign_key="sitting.id", index=True)
    deliberation_id: int | None = Field(default=None, foreign_key="deliberation.id")
    code: str = Field(max_length=48)
    params: dict[str, Any] = Field(default_factory=_no_values, sa_column=Column(JSON))
    created_at: datetime = _utc_column()


class AuditEntry(TableModel, table=True):
    """Who did what, when, from which Telegram account: the trace a proxy dispute needs."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _utc_column()
    actor_member_id: int | None = Field(default=None, foreign_key="member.id")
    telegram_user_id: int | None = Field(
        default=None,
        sa_type=sa.BigInteger,  # type: ignore[call-overload]
    )
    action: str = Field(max_length=48, index=True)
    sitting_id: int | None = Field(default=None, foreign_key="sitting.id", index=True)
    details: dict[str, Any] = Field(default_factory=_no_values, sa_column=Column(JSON))


class ChatState(TableModel, table=True):
    """Short-lived state that whichever bot process gets the next update carries on: a
    secretary's draft (under their Telegram account), the pages of a long answer (under
    account 0, shared by all who received it). See storage/chat_state.py."""

    telegram_user_id: int = Field(primary_key=True, sa_type=sa.BigInteger)  # type: ignore[call-overload]
    key: str = Field(primary_key=True, max_length=64)
    value: Any = Field(sa_column=Column(JSON, nullable=False))
    # Not indexed (0009): the thread is written at almost every answer, the expiry read only
    # by the rare sweeps.
    expires_at: datetime = Field(sa_type=sa.DateTime(timezone=True))  # type: ignore[call-overload]


def where_on_postgresql() -> None:
    """Give PostgreSQL the WHERE of each partial index (« one active proxy per giver »): the
    tables name it for SQLite only, since naming an option of PostgreSQL loads that dialect's
    whole package (a thirtieth of the console's start on SQLite); `db.make_engine` calls this
    for a PostgreSQL store. Both say the same WHERE, written once; the schema itself is the
    migrations'."""
    for table in SQLModel.metadata.tables.values():
        for index in table.indexes:
            where = index.dialect_options["sqlite"]["where"]
            if where is not None:
                index.dialect_options["postgresql"]["where"] = where
