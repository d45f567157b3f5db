"""The store as handlers read it: storage/queries.py behind one cache per process.

Handlers ask this layer and never build a cache key nor forget anything. Every value here is
kept until the store revision (`queries.store_revision`, which moves with every audited write
and every import) changes; the revision is looked at most once per `revision_ttl`, and at once
after this process committed a transaction that moved it (`watch`: one that wrote an audit entry
or an imported document), so a member's own proxy shows in the very next answer and another
process's within a second. A commit that moved nothing (the conversation's thread, a page
kept for « Suite ») costs no look at the revision.

Rendered answers are cached too (`rendered`), keyed by what the template receives: values
this layer returned (known by identity while they are cached), plain hashable values, and
lists of either. An answer built from anything else is simply rendered each time.

A member sees their own council's data: `scoped(asker.council_id)` is this layer restricted to
one council (its members for names, its bodies, sittings, deliberations and funded actions),
sharing the cache, every key marked with the council. An asker's `council_id` is None while
the store holds a single council: answers are then exactly the unscoped ones.
"""

from __future__ import annotations

import copy
import inspect
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import event
from sqlmodel import Session, select

from bot.render import environment, render
from bot.services.charts import Bars
from bot.services.funding import funding_bars
from bot.services.names import NameIndex, Resolution, members_index
from bot.services.search import TextIndex, place_words
from storage import cues, lookups, queries
from storage.models import AuditEntry, Body, Council, ImportedDocument, Member, Role, Sitting
from storage.names import feminine

T = TypeVar("T")
REVISION_TTL = 1.0  # seconds
RECENT_DAYS = 120
SITTINGS_LISTED = 10  # the past sittings /seances lists, latest first
COMING_DAYS = 180
ACTIONS_SHOWN = 15  # the most recent; the totals cover every match
_AXIS = cues.plain(r"\baxe\s*(\d+)\b", re.IGNORECASE)
_ASKER_FIELD = cues.plain(r"\basker\.(\w+)")
_INCLUDE = cues.plain(r"""\{%-?\s*(?:include|import|extends|from)\s+["']([^"']+)["']""")


@dataclass(frozen=True, slots=True)
class Asker:
    """Who is asking: a member, the secretariat, or both."""

    member_id: int | None
    name: str
    secretariat: bool
    council_id: int | None = None  # what they may see (None: the store holds one council)
    # « vous serez présente »: the member's civility as printed; None (the secretariat, or a
    # member printed without one) writes « présent(e) »
    feminine: bool | None = None


@dataclass(frozen=True, slots=True)
class ActionsFound:
    """Funded actions matching some words: the most recent ones and totals over all."""

    shown: list[queries.FundedActionView]
    matched: list[queries.FundedActionView]  # every one, for the chart of where the money goes
    count: int
    total_cost: Decimal
    total_contribution: Decimal
    every_word: bool = False  # each word found in every action matched (not a loose search)


@dataclass(frozen=True, slots=True)
class SittingsOverview:
    coming: list[queries.SittingRow]
    recent: list[queries.SittingRow]
    past: int = 0  # how many sittings were held before today, all listed or not


@dataclass(slots=True)
class _Members:
    index: NameIndex
    askers: dict[int, Asker]  # by member id
    accounts: dict[int, int]  # Telegram user id → member id


class Reads:
    """One process's cached view of the store; see the module's docstring."""

    SIZE = 4096

    def __init__(self, revision_ttl: float = REVISION_TTL) -> None:
        self.revision_ttl = revision_ttl
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        # What is built once per revision and read by every question (the names, the search
        # indexes): never pushed out by the answers that come and go in `_data`.
        self._lasting: dict[Hashable, Any] = {}
        self._issued: dict[int, Any] = {}  # id → value, for values held in _data
        self._revision: tuple[int, int] | None = None
        self._checked = float("-inf")
        self.council_id: int | None = None
        self._root = self
        self._views: dict[int, Reads] = {}

    def scoped(self, council_id: int | None) -> Reads:
        """This layer restricted to one council (itself for None), sharing its cache."""
        root = self._root
        if council_id is None:
            return root
        if council_id not in root._views:
            view = copy.copy(root)
            view.council_id = council_id
            root._views[council_id] = view
        return root._views[council_id]

    # -- freshness ------------------------------------------------------------------------

    def watch(self, session: Session) -> Session:
        """Look at the revision again after a commit of this session that moved it."""
        session.info[_WATCHER] = self
        return session

    def recheck(self) -> None:
        self._root._checked = float("-inf")

    def forget(self) -> None:
        self._data.clear()
        self._lasting.clear()
        self._issued.clear()

    def sync(self, session: Session) -> None:
        """Forget everything if the store changed since the last look (in any process)."""
        root = self._root
        now = time.monotonic()
        if now - root._checked < self.revision_ttl:
            return
        revision = queries.store_revision(session=session)
        root._checked = now
        if revision != root._revision:
            root.forget()
            root._revision = revision

    def _lasting_get(self, session: Session, key: Hashable, compute: Callable[[], T]) -> T:
        """As `_get`, for a value every question reads and that is dear to build: kept
        until the revision moves, whatever else comes and goes."""
        self.sync(session)
        if self.council_id is not None:
            key = ("council", self.council_id, key)
        lasting = self._lasting
        if key not in lasting:
            lasting[key] = compute()
        return lasting[key]  # type: ignore[no-any-return]

    def _get(self, session: Session, key: Hashable, compute: Callable[[], T]) -> T:
        self.sync(session)
        if self.council_id is not None:
            key = ("council", self.council_id, key)
        # A key holds the parts of an answer's data (`rendered`), hashed again at each look
        # (a tuple keeps no hash): looked at once when found, to be moved last.
        try:
            self._data.move_to_end(key)
        except KeyError:
            pass
        else:
            return self._data[key]  # type: ignore[no-any-return]
        value = compute()
        self._data[key] = value
        for part in _parts(value):
            self._issued[id(part)] = part
        if len(self._data) > self.SIZE:
            _, old = self._data.popitem(last=False)
            for part in _parts(old):
                self._issued.pop(id(part), None)
        return value

    # -- members --------------------------------------------------------------------------

    def _members(self, session: Session) -> _Members:
        def load() -> _Members:
            query = select(Member)
            if self.council_id is not None:  # a member created outside an import: anyone's
                query = query.where(
                    (Member.council_id == self.council_id) | (Member.council_id.is_(None))  # type: ignore[union-attr]
                )
            members = session.exec(query).all()
            # Several councils in the store: each asker sees their own council's data.
            scoping = len(session.exec(select(Council.id).limit(2)).all()) > 1
            return _Members(
                members_index(members),
                {
                    m.id or 0: Asker(
                        m.id,
                        m.display_name,
                        secretariat=m.role == Role.secretariat,
                        council_id=m.council_id if scoping else None,
                        feminine=feminine(m.civility),
                    )
                    for m in members
                },
                {m.telegram_user_id: m.id or 0 for m in members if m.telegram_user_id is not None},
            )

        return self._lasting_get(session, "members", load)

    def names(self, session: Session) -> NameIndex:
        return self._members(session).index

    def resolution(self, session: Session, text: str, *, in_text: bool = False) -> Resolution:
        """Who a typed name (or, `in_text`, a sentence) means, among this layer's members:
        scoring every member's name is the dearest part of most questions that name someone,
        and the same names come back all day (« Degraix », « Fayolle »)."""
        return self._get(
            session,
            ("resolution", text, in_text),
            lambda: (
                self.names(session).find_in_text(text)
                if in_text
                else self.names(session).resolve(text)
            ),
        )

    def council_name(self, session: Session) -> str | None:
        """The name of the council this layer shows (the store's only one when unscoped)."""
        return self._lasting_get(
            session,
            "council_name",
            lambda: queries.council_name(session=session, council_id=self.council_id),
        )

    def asker_of_member(self, session: Session, member_id: int) -> Asker | None:
        return self._members(session).askers.get(member_id)

    def asker_of_account(self, session: Session, telegram_user_id: int) -> Asker | None:
        members = self._members(session)
        member_id = members.accounts.get(telegram_user_id)
        return members.askers.get(member_id) if member_id is not None else None

    def member(self, session: Session, member_id: int, today: date) -> queries.MemberView | None:
        """A member's view (the attendance of the sittings held by `today`); None for a member
        of another council than this layer's."""

        def compute() -> queries.MemberView | None:
            if self.council_id is not None:
                member = session.get(Member, member_id)
                if member is None or member.council_id not in (None, self.council_id):
                    return None
            return queries.member_view(session=session, member_id=member_id, today=today)

        return self._get(session, ("member", member_id, today), compute)

    def may_see(self, session: Session, payload: Any) -> bool:
        """Whether what a button names (its sitting, member, holder, body) is of this layer's
        council: a forged or foreign button is treated as stale."""
        if self.council_id is None:
            return True
        checks = (
            ("sitting_id", Sitting, lambda s: session.get(Body, s.body_id)),
            ("body_id", Body, lambda b: b),
            ("member_id", Member, lambda m: m),
            ("holder_id", Member, lambda m: m),
        )
        for field_name, table, owner_of in checks:
            row_id = getattr(payload, field_name, None)
            if not isinstance(row_id, int):
                continue
            row = session.get(table, row_id)
            owner = owner_of(row) if row is not None else None
            if owner is not None and owner.council_id not in (None, self.council_id):
                return False
        return True

    # -- sittings -------------------------------------------------------------------------

    def sitting(self, session: Session, sitting_id: int) -> queries.SittingView:
        return self._get(
            session,
            ("sitting", sitting_id),
            lambda: queries.sitting_view(session=session, sitting_id=sitting_id),
        )

    def sitting_proxies(
        self, session: Session, sitting_id: int, member_id: int | None
    ) -> list[queries.ProxyRef]:
        """A sitting's proxies, or only those one member gave or held."""

        def compute() -> list[queries.ProxyRef]:
            proxies = self.sitting(session, sitting_id).proxies
            if member_id is None:
                return proxies
            return [p for p in proxies if member_id in (p.giver.member_id, p.holder.member_id)]

        return self._get(session, ("sitting_proxies", sitting_id, member_id), compute)

    def body_id(self, session: Session, hint: str | None) -> int | None:
        if not hint:
            return None

        def compute() -> int | None:
            body = queries.body_by_hint(session=session, hint=hint, council_id=self.council_id)
            return body.id if body else None

        return self._get(session, ("body", hint), compute)

    def find_sittings(
        self,
        session: Session,
        *,
        today: date,
        on: date | None,
        body_id: int | None,
        deliberation_number: str | None,
        last: bool,
    ) -> list[int]:
        """The ids of the sittings a question points at (see `queries.find_sitting`)."""
        return self._get(
            session,
            ("find", today, on, body_id, deliberation_number, last),
            lambda: [
                s.id or 0
                for s in queries.find_sitting(
                    session=session,
                    today=today,
                    on=on,
                    body_id=body_id,
                    deliberation_number=deliberation_number,
                    last=last,
                    council_id=self.council_id,
                )
            ],
        )

    def sittings_overview(
        self, session: Session, *, today: date, body_id: int | None
    ) -> SittingsOverview:
        """The coming sittings and the ten most recent (of an old archive: its latest)."""
        bodies = [body_id] if body_id else None

        def compute() -> SittingsOverview:
            found = queries.sittings_between(
                session=session,
                start=today - timedelta(days=RECENT_DAYS),
                end=today + timedelta(days=COMING_DAYS),
                body_ids=bodies,
                council_id=self.council_id,
            )
            coming = [row for row in found if row[0].held_on >= today]
            # Every past sitting the store holds, however old (the open data's Conseils of
            # years ago too): the latest shown, the count of all said.
            past = queries.sittings_between(
                session=session,
                start=date.min,
                end=today - timedelta(days=1),
                body_ids=bodies,
                council_id=self.council_id,
            )[::-1]
            return SittingsOverview(coming, past[:SITTINGS_LISTED], len(past))

        return self._get(session, ("sittings", today, body_id), compute)

    # -- deliberations and funded actions -------------------------------------------------

    def lookup(self, session: Session, lookup: Callable[..., T], **arguments: Any) -> T:
        """One of storage/lookups.py's look-ups (called with the session and these keyword
        arguments), kept until the store changes like every other read here; one that takes a
        `council_id` is given this layer's."""
        if self.council_id is not None and _takes_council(lookup):
            arguments = {**arguments, "council_id": self.council_id}
        key = ("lookup", lookup.__name__, *sorted((k, _hashable(v)) for k, v in arguments.items()))
        return self._get(session, key, lambda: lookup(session=session, **arguments))

    def deliberation_index(self, session: Session) -> TextIndex:
        return self._lasting_get(
            session,
            "deliberation_index",
            lambda: TextIndex(
                queries.deliberation_texts(session=session, council_id=self.council_id)
            ),
        )

    def action_index(self, session: Session) -> TextIndex:
        return self._lasting_get(
            session,
            "action_index",
            lambda: TextIndex(
                queries.funded_action_texts(session=session, council_id=self.council_id)
            ),
        )

    def deliberations_numbered(
        self, session: Session, number: str, typed: str | None = None
    ) -> list[queries.DeliberationView]:
        """By number; `typed` as the member wrote it finds both forms of a number the importer
        repaired (« 2022.0013 » printed, « 2022.00130 » stored)."""

        def compute() -> list[queries.DeliberationView]:
            ids = lookups.deliberation_ids_by_typed_number(
                session=session, typed=typed or number, number=number, council_id=self.council_id
            )
            return queries.deliberation_views(session=session, ids=ids)

        return self._get(session, ("deliberation", number, typed), compute)

    def deliberations_about(
        self, session: Session, text: str, limit: int
    ) -> list[queries.DeliberationView]:
        """A ranked search of deliberations' titles and texts."""

        def compute() -> list[queries.DeliberationView]:
            ids = self.deliberation_index(session).search(text, limit=limit)
            return queries.deliberation_views(session=session, ids=ids)

        return self._get(session, ("deliberations", text, limit), compute)

    def actions_of_acts(
        self, session: Session, deliberation_ids: list[int]
    ) -> list[queries.FundedActionView]:
        """The funded actions of these deliberations (of any council: the acts are the
        asker's), latest first."""
        return self._get(
            session,
            ("actions_of_acts", tuple(deliberation_ids)),
            lambda: queries.funded_action_views(
                session=session, deliberation_ids=deliberation_ids
            ),
        )

    def funded_actions(
        self, session: Session, words: str, places: tuple[str, ...] = ()
    ) -> ActionsFound:
        """Funded actions by programme, axis, carrier or territory (every one without words);
        `places` (« La Talaudière »): only the actions whose texts name each of them."""

        def compute() -> ActionsFound:
            every_word = False
            if not words:
                actions = queries.funded_action_views(session=session, council_id=self.council_id)
            else:
                index = self.action_index(session)
                ids = index.matches_all(words)
                every_word = bool(ids)
                ids = ids or index.search(words, limit=200)
                for place in places:
                    for word in place_words(place):
                        held = index.holding(word)
                        ids = [i for i in ids if i in held]
                actions = queries.funded_action_views(
                    session=session, ids=ids, council_id=self.council_id
                )
                if axis := _AXIS.search(words):  # « axe 3 » means that axis, not any 3
                    number = rf"\b{axis.group(1)}\b"
                    actions = [a for a in actions if a.axis and re.search(number, a.axis)]
            return ActionsFound(
                shown=actions[:ACTIONS_SHOWN],
                matched=actions,
                count=len(actions),
                total_cost=sum((a.cost or Decimal(0) for a in actions), Decimal(0)),
                total_contribution=sum(
                    (a.contribution or Decimal(0) for a in actions), Decimal(0)
                ),
                every_word=every_word,
            )

        return self._get(session, ("actions", words, places), compute)

    def funding_chart(self, session: Session, words: str) -> tuple[str, Bars] | None:
        """Where the money of `funded_actions(words)` goes, as bars (None: one bar says all)."""
        return self._get(
            session,
            ("funding_chart", words),
            lambda: funding_bars(self.funded_actions(session, words).matched, words),
        )

    def pictures_sent(self, session: Session, key: Hashable) -> dict[str, Any]:
        """The photo or file Telegram answered for a chart already sent (under `file`), so the
        same chart asked again is sent by its id, not drawn again; forgotten with the rest when
        the store changes."""
        return self._get(session, ("chart", key), dict)

    # -- rendered answers -----------------------------------------------------------------

    def rendered(self, session: Session, template: str, asker: Asker, data: dict[str, Any]) -> str:
        """The template rendered with `data`, from the cache when the same data was rendered."""
        parts: list[Hashable] = []
        for name, value in sorted(data.items()):
            part = self._key_part(value)
            if part is None and value is not None:
                return render(template, asker=asker, **data)
            parts.append((name, part))
        # Members share cached answers unless the template reads more of the asker than the
        # secretariat flag (help greets by name).
        who: Hashable = asker if _asker_fields(template) - {"secretariat"} else asker.secretariat
        return self._get(
            session,
            ("html", template, who, tuple(parts)),
            lambda: render(template, asker=asker, **data),
        )

    def _key_part(self, value: Any) -> Hashable | None:
        if self._issued.get(id(value)) is value:
            return _Same(value)
        if isinstance(value, list | tuple):
            # A list built from values this layer returned (« Berger, Fara » asked together:
            # each one's presence) is known by what it holds, read now.
            items = [self._key_part(item) for item in value]
            return None if None in items else ("items", tuple(items))
        if isinstance(value, dict):
            # A mapping built for one answer (each member's attendance at an item, by id; most
            # often empty) is known by its pairs, in their order, as a list by its items.
            pairs = [(self._key_part(k), self._key_part(v)) for k, v in value.items()]
            return None if any(None in pair for pair in pairs) else ("pairs", tuple(pairs))
        try:
            hash(value)
        except TypeError:
            return None
        return ("value", value)


_WATCHER = "council_reads"


@cache
def _takes_council(lookup: Callable[..., Any]) -> bool:
    return "council_id" in inspect.signature(lookup).parameters


def _hashable(value: Any) -> Hashable:
    return tuple(value) if isinstance(value, list | set | frozenset) else value


def _parts(value: Any) -> list[Any]:
    """A cached value and the containers it holds (`found.shown`, `view.proxies`): what a
    template may receive, recognised by identity in `rendered`'s key."""
    parts = [value]
    if is_dataclass(value) and not isinstance(value, type):
        parts.extend(
            v
            for v in (getattr(value, f.name) for f in fields(value))
            if isinstance(v, list | dict)
        )
    return parts


_MOVED = "council_revision_moved"
# The rows whose ids `queries.store_revision` reads: writing one moves the revision.
_REVISION_ROWS = (AuditEntry, ImportedDocument)


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _context: Any) -> None:
    # Still the flush's own lists here: `session.new` holds what it inserted. A flush later
    # rolled back leaves the mark: one look too many, never one too few.
    if _WATCHER in session.info and any(isinstance(o, _REVISION_ROWS) for o in session.new):
        session.info[_MOVED] = True


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    # One listener for every session (cheaper than one per session); only sessions opened
    # through `Reads.watch` carry a layer to tell, and only a commit that moved the revision
    # is worth a look (a thread written at every answer is not).
    reads = session.info.get(_WATCHER)
    if reads is not None and session.info.pop(_MOVED, False):
        reads.recheck()


@event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    # A write refused by the store (another process's rows, committed first, on the same
    # unique key): the store moved under this session, looked at again before the answer says
    # what it holds. Only an explicit rollback calls this, never a session's close.
    reads = session.info.get(_WATCHER)
    if reads is not None:
        reads.recheck()


class _Same:
    """A key part equal only to the very same object; it holds the object, so its id cannot
    be reused by another value while the key lives."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __hash__(self) -> int:
        return id(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.value is self.value


@cache
def _asker_fields(template: str) -> frozenset[str]:
    """Which attributes of `asker` a template reads, in its source and what it includes."""
    env = environment()
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, f"{template}.j2")
    found = set(_ASKER_FIELD.findall(source))
    for included in _INCLUDE.findall(source):
        found |= _asker_fields(included.removesuffix(".j2"))
    return frozenset(found)
