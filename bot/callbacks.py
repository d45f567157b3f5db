"""Every button's payload, built and read here and nowhere else.

A payload is a short string (Telegram allows 64 bytes) that comes back when the button is
pressed, perhaps days later, to another bot process, or forged by a client. So it names rows
by id and carries no state (python-telegram-bot's arbitrary callback data lives in one
process's memory: it would not survive a restart nor reach another replica). Each kind of
button is a frozen dataclass with `encode()`; `parse()` gives the typed payload back, or None
for anything that is not exactly one of them (the stale-button answer). The strings are the
ones earlier versions sent, so buttons already in members' chats keep working.

Each feature registers one `CallbackQueryHandler(pattern=callbacks.matching(...))` with the
payload types its buttons carry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar, Self, TypeAlias

from storage import cues

MAX_RECORD_ID = 2**31 - 1  # an INTEGER primary key, on SQLite and PostgreSQL alike
_ID = r"([1-9][0-9]{0,9})"
_REF = r"(last|d\d{4}-\d{2}-\d{2}|n[A-Za-z0-9._/-]{1,30})"


def _record_id(text: str) -> int:
    """A row id; ValueError unless plausible (a huge number would overflow the database)."""
    number = int(text)
    if not 0 < number <= MAX_RECORD_ID:
        raise ValueError(text)
    return number


class _OneId:
    """A button that carries one row's id after its prefix (« relaunch:12 »): the pattern, the
    string and its reading, the same for each such payload (its one field names the row)."""

    __slots__ = ()
    PREFIX: ClassVar[str]
    PATTERN: ClassVar[re.Pattern[str]]

    def __init_subclass__(cls, prefix: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if prefix:  # (the dataclass made with slots is the class again, without the words)
            cls.PREFIX, cls.PATTERN = prefix, cues.plain(rf"{re.escape(prefix)}:{_ID}")

    def encode(self) -> str:
        return f"{self.PREFIX}:{getattr(self, fields(self)[0].name)}"  # type: ignore[arg-type]

    @classmethod
    def from_match(cls, m: re.Match[str]) -> Self:
        return cls(_record_id(m[1]))  # type: ignore[call-arg]


class _ActionId:
    """A button that carries an action, then one row's id (« sitorder:cancel:12 »)."""

    __slots__ = ()
    PREFIX: ClassVar[str]
    ACTIONS: ClassVar[type[StrEnum]]
    PATTERN: ClassVar[re.Pattern[str]]

    def __init_subclass__(
        cls, prefix: str = "", actions: type[StrEnum] | None = None, **kwargs: Any
    ) -> None:
        super().__init_subclass__(**kwargs)
        if prefix and actions is not None:
            words = sorted((re.escape(a.value) for a in actions), key=len, reverse=True)
            cls.PREFIX, cls.ACTIONS = prefix, actions
            cls.PATTERN = cues.plain(rf"{re.escape(prefix)}:({'|'.join(words)}):{_ID}")

    def encode(self) -> str:
        action, row = (getattr(self, f.name) for f in fields(self))  # type: ignore[arg-type]
        return f"{self.PREFIX}:{action.value}:{row}"

    @classmethod
    def from_match(cls, m: re.Match[str]) -> Self:
        return cls(cls.ACTIONS(m[1]), _record_id(m[2]))  # type: ignore[call-arg]


class SittingAction(StrEnum):
    """What a sitting chosen among several (two bodies sat that day) is wanted for."""

    SITTING = "sitting"
    PRESENTS = "presents"
    ABSENTS = "absents"
    PROXIES = "proxies"
    QUORUM = "quorum"
    SHEET = "sheet"
    ASK = "ask"  # the sentence a member typed, waiting in the store for this choice


class ConvocationAction(StrEnum):
    ACKNOWLEDGE = "ack"
    PRESENT = "present"
    ABSENT = "absent"
    PROXY = "proxy"


@dataclass(frozen=True, slots=True)
class SittingRef:
    """The sitting a question named, short enough for a payload: a date, a deliberation
    number, or the latest."""

    on: date | None = None
    number: str | None = None

    def encode(self) -> str:
        if self.number:
            return f"n{self.number}"
        if self.on:
            return f"d{self.on.isoformat()}"
        return "last"

    @classmethod
    def decode(cls, text: str) -> SittingRef:
        if text.startswith("d"):
            return cls(on=date.fromisoformat(text[1:]))
        if text.startswith("n"):
            return cls(number=text[1:])
        return cls()


@dataclass(frozen=True, slots=True)
class Page:
    """« Suite »: page `index` of the long answer kept under `token`."""

    token: str
    index: int
    PATTERN: ClassVar[re.Pattern[str]] = cues.plain(r"page:([0-9a-f]{16}):(\d{1,4})")

    def encode(self) -> str:
        return f"page:{self.token}:{self.index}"

    @classmethod
    def from_match(cls, m: re.Match[str]) -> Page:
        return cls(m[1], int(m[2]))


@dataclass(frozen=True, slots=True)
class PickMember(_OneId, prefix="pick:member"):
    """A member chosen among several for « /membre »."""

    member_id: int


@dataclass(frozen=True, slots=True)
class PickAnswer(_OneId, prefix="pick:ask"):
    """A member chosen among several that a typed question named (« Michaud était là ? »):
    the question waits in the store and is answered for this member."""

    member_id: int


@dataclass(frozen=True, slots=True)
class PickHolder:
    """The colleague chosen among several to hold a proxy for a sitting."""

    sitting_id: int
    member_id: int
    PATTERN: ClassVar[re.Pattern[str]] = cues.plain(rf"pick:give-{_ID}:{_ID}")

    def encode(self) -> str:
        return f"pick:give-{self.sitting_id}:{self.member_id}"

    @classmethod
    def from_match(cls, m: re.Match[str]) -> PickHolder:
        return cls(_record_id(m[1]), _record_id(m[2]))


@dataclass(frozen=True, slots=True)
class PickProxiesOf:
    """The member, chosen among several, whose proxies at a sitting are asked for."""

    sitting: SittingRef
    member_id: int
    PATTERN: ClassVar[re.Pattern[str]] = cues.plain(rf"pick:proxies-{_REF}:{_ID}")

    def encode(self) -> str:
        return f"pick:proxies-{self.sitting.encode()}:{self.member_id}"

    @classmethod
    def from_match(cls, m: re.Match[str]) -> PickProxiesOf:
        return cls(SittingRef.decode(m[1]), _record_id(m[2]))


@dataclass(frozen=True, slots=True)
class ConfirmProxy:
    """« Confirmer » (or « Remplacer ») a proxy for a sitting to a holder."""

    sitting_id: int
    holder_id: int
    replace: bool = False
    PATTERN: ClassVar[re.Pattern[str]] = cues.plain(rf"proxy:(ok|replace):{_ID}:{_ID}")

    def encode(self) -> str:
        return f"proxy:{'replace' if self.replace else 'ok'}:{self.sitting_id}:{self.holder_id}"

    @classmethod
    def from_match(cls, m: re.Match[str]) -> ConfirmProxy:
        return cls(_record_id(m[2]), _record_id(m[3]), replace=m[1] == "replace")


@dataclass(frozen=True, slots=True)
class DeclineProxy(_OneId, prefix="proxy:decline"):
    """The holder declines a proxy given to them."""

    proxy_id: int


@dataclass(frozen=True, slots=True)
class AskProxy(_OneId, prefix="proxy:ask"):
    """« Donner pouvoir » after declaring an absence: say how."""

    sitting_id: int


@dataclass(frozen=True, slots=True)
class WithdrawProxy(_OneId, prefix="proxy:withdraw"):
    """« Je serai là » said by a member who gave a proxy: withdraw it and come."""

    sitting_id: int


@dataclass(frozen=True, slots=True)
class CancelProxy:
    """« Annuler » under a proxy being given."""

    PATTERN: ClassVar[re.Pattern[str]] = cues.plain(r"proxy:cancel")

    def encode(self) -> str:
        return "proxy:cancel"

    @classmethod
    def from_match(cls, m: re.Match[str]) -> CancelProxy:
        return cls()


@dataclass(frozen=True, slots=True)
class ConvocationAnswer(_ActionId, prefix="conv", actions=ConvocationAction):
    """A button of a convocation: acknowledge, will attend, will be absent, give a proxy."""

    action: ConvocationAction
    delivery_id: int


@dataclass(frozen=True, slots=True)
class Convene:
    """Send the convocation of a sitting: offered to the secretariat when it asks whether it
    has left, and with the urgency procedure when the notice period is too short."""

    sitting_id: int
    urgent: bool = False
    PATTERN: ClassVar[re.Pattern[str]] = cues.plain(rf"convoke:(now|urgent):{_ID}")

    def encode(self) -> str:
        return f"convoke:{'urgent' if self.urgent else 'now'}:{self.sitting_id}"

    @classmethod
    def from_match(cls, m: re.Match[str]) -> Convene:
        return cls(_record_id(m[2]), urgent=m[1] == "urgent")


@dataclass(frozen=True, slots=True)
class Relaunch(_OneId, prefix="relaunch"):
    """Send the silent members of a convened sitting a reminder now: offered to the
    secretariat when it asks to relaunch them (« relance ceux qui n'ont pas répondu »)."""

    sitting_id: int


class OrderAction(StrEnum):
    """What a button under the secretariat's order about a convened sitting does."""

    CANCEL = "cancel"  # cancel the sitting
    POSTPONE = "move"  # move it to the date kept with the order
    POSTPONE_URGENTLY = "moveu"  # the same, the notice shortened (urgency, recorded)
    WITHDRAW = "drop"  # take the item kept with the order off its agenda
    ADD = "add"  # add the item kept with the order (a complementary convocation)
    ADD_URGENTLY = "addu"
    PLACE = "place"  # move it to the place kept with the order (a corrective notice)
    HOUR = "hour"  # move it to the hour kept with the order, the same day (the same notice)
    ROLL_CALL = "roll"  # record who signed the sheet of a sitting held, kept with the order
    SECOND = "second"  # create the sitting of a second convocation after a quorum failure
    MOVE = "order"  # move the item kept with the order to the rank kept with it
    KEEP = "keep"  # change nothing


class RoleAction(StrEnum):
    """What a button under a secretary's order about another's role does."""

    GRANT = "grant"  # give the member named the secretariat's views
    REVOKE = "revoke"  # take them back
    KEEP = "keep"  # change nothing


@dataclass(frozen=True, slots=True)
class RoleChange(_ActionId, prefix="role", actions=RoleAction):
    """« Retirer le rôle » (or « Donner le rôle », « Ne rien changer ») under a secretary's
    order about a member's role: the member by id; checked again at the press."""

    action: RoleAction
    member_id: int


@dataclass(frozen=True, slots=True)
class SittingOrder(_ActionId, prefix="sitorder", actions=OrderAction):
    """« Confirmer » (or « Ne rien changer ») under an order about a sitting: the sitting by
    id; what else the order carries (a date, an item) is kept in the store with it."""

    action: OrderAction
    sitting_id: int


@dataclass(frozen=True, slots=True)
class NewSittingBody(_OneId, prefix="newsit:body"):
    """The body of a sitting the secretariat is creating."""

    body_id: int


@dataclass(frozen=True, slots=True)
class NewSittingDecision:
    """« Confirmer » or « Annuler » the sitting being created; or (`item`) add to its agenda
    the item typed after its summary."""

    create: bool
    item: bool = False
    PATTERN: ClassVar[re.Pattern[str]] = cues.plain(r"newsit:(ok|cancel|item)")

    def encode(self) -> str:
        return "newsit:item" if self.item else "newsit:ok" if self.create else "newsit:cancel"

    @classmethod
    def from_match(cls, m: re.Match[str]) -> NewSittingDecision:
        return cls(create=m[1] == "ok", item=m[1] == "item")


@dataclass(frozen=True, slots=True)
class SittingChoice(_ActionId, prefix="sitting", actions=SittingAction):
    """One sitting chosen among those held the same day, for what was asked of it."""

    action: SittingAction
    sitting_id: int


class RecordsOf(StrEnum):
    MEMBER = "m"
    BODY = "b"


@dataclass(frozen=True, slots=True)
class RecordsChoice:
    """A member or a body chosen among several for /assiduite, over a period."""

    of: RecordsOf
    record_id: int
    start: date
    end: date
    PATTERN: ClassVar[re.Pattern[str]] = cues.plain(
        rf"records:(m|b):{_ID}:(\d{{4}}-\d{{2}}-\d{{2}}):(\d{{4}}-\d{{2}}-\d{{2}})"
    )

    def encode(self) -> str:
        return (
            f"records:{self.of.value}:{self.record_id}"
            f":{self.start.isoformat()}:{self.end.isoformat()}"
        )

    # What the button names, under the names every payload gives them: the read layer checks
    # that a member or a body is of the asker's council by these (a forged « records:m:… » of
    # another council's member showed that member's record).
    @property
    def member_id(self) -> int | None:
        return self.record_id if self.of is RecordsOf.MEMBER else None

    @property
    def body_id(self) -> int | None:
        return self.record_id if self.of is RecordsOf.BODY else None

    @classmethod
    def from_match(cls, m: re.Match[str]) -> RecordsChoice:
        start, end = date.fromisoformat(m[3]), date.fromisoformat(m[4])
        if start > end:
            raise ValueError("a period that ends before it starts")  # forged
        return cls(RecordsOf(m[1]), _record_id(m[2]), start, end)


@dataclass(frozen=True, slots=True)
class SheetPdf(_OneId, prefix="sheetpdf"):
    """« PDF » under /feuille: the émargement sheet of a sitting, to print."""

    sitting_id: int


Payload: TypeAlias = (
    Page
    | PickMember
    | PickAnswer
    | PickHolder
    | PickProxiesOf
    | ConfirmProxy
    | DeclineProxy
    | AskProxy
    | WithdrawProxy
    | CancelProxy
    | ConvocationAnswer
    | Convene
    | Relaunch
    | RoleChange
    | SittingOrder
    | NewSittingBody
    | NewSittingDecision
    | SittingChoice
    | RecordsChoice
    | SheetPdf
)
PayloadType: TypeAlias = type[Payload]
KINDS: tuple[PayloadType, ...] = (
    Page,
    PickMember,
    PickAnswer,
    PickHolder,
    PickProxiesOf,
    ConfirmProxy,
    DeclineProxy,
    AskProxy,
    WithdrawProxy,
    CancelProxy,
    ConvocationAnswer,
    Convene,
    Relaunch,
    RoleChange,
    SittingOrder,
    NewSittingBody,
    NewSittingDecision,
    SittingChoice,
    RecordsChoice,
    SheetPdf,
)


def parse(data: object, kinds: tuple[PayloadType, ...] = KINDS) -> Payload | None:
    """The typed payload of a pressed button, or None when it is none of `kinds` exactly."""
    # surrogatepass: a lone surrogate (« \ud800 », which no button of ours carries) is measured,
    # not raised as UnicodeEncodeError; no pattern takes it, so the button is stale.
    if not isinstance(data, str) or len(data.encode("utf-8", "surrogatepass")) > 64:
        return None
    for kind in kinds:
        m = kind.PATTERN.fullmatch(data)
        if m is not None:
            try:
                return kind.from_match(m)
            except ValueError:  # an id out of range, an impossible date
                return None
    return None


def matching(
    *kinds: PayloadType, actions: frozenset[SittingAction] | None = None
) -> Callable[[object], bool]:
    """A `CallbackQueryHandler` pattern accepting exactly these kinds of payload (and, for a
    `SittingChoice`, only these actions: each feature answers its own)."""

    def accepts(data: object) -> bool:
        payload = parse(data, kinds)
        if isinstance(payload, SittingChoice) and actions is not None:
            return payload.action in actions
        return payload is not None

    return accepts
