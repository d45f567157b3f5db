"""The annexed table of funded actions of an extract (« ANNEXE - CONTRAT LOCAL DES
SOLIDARITES »): programme, axes, and each action's carrier, territory, objectives and amounts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from storage.documents import Finding, FundedActionRecord
from storage.french import MONTH_PATTERN
from storage.names import fold
from storage.parsing.common import _join_lines, _normalise

_MONTH = MONTH_PATTERN

_ANNEX = re.compile(r"^\s*annexe\b\s*(?:n\s*[°º]?\s*\d+\s*)?[-–—:.]?\s*(?P<rest>.*)$", re.I)

# « ANNEXE - CONTRAT LOCAL DES SOLIDARITES - JUILLET 2024 »: the date after the programme's
# name. Matched on the heading without its trailing blanks, with no blanks of its own before
# the month: « \s*[-–—,]?\s*… \s*$ » was tried from every blank of a long run (a heading
# followed by 20,000 spaces took seconds).
_TRAILING_MONTH_YEAR = re.compile(rf"(?:{_MONTH}\s+)?\d{{4}}$", re.IGNORECASE)


def _without_month_year(heading: str) -> str:
    """The heading without the month and year that end it, and the dash or comma before them."""
    heading = heading.rstrip()
    if (found := _TRAILING_MONTH_YEAR.search(heading)) is None:
        return heading
    return heading[: found.start()].rstrip().removesuffix(",").rstrip()


_AXIS = re.compile(r"^\s*axe\s+(?P<n>\d+|[IVX]+)\b\s*[-–—:.]?\s*(?P<label>.*?)\s*$", re.I)

_TOTAL = re.compile(r"^\s*(?:sous[-\s])?total\b", re.IGNORECASE)

_TABLE_HEADER = re.compile(
    r"^(?:intitul[ée]\s+de\s+l.action|et\s+porteur|porteur|territoires?|concern[ée]e?s?"
    r"|objectifs?\s+de\s+l.action|objectifs?|co[ûu]ts?\s+de|co[ûu]t\s+de\s+l.action|l.action"
    r"|contribution|sem|convention|pluri|pluri-?\s*annuelle|annuelle|d.objectifs"
    r"|montant|montants?\s+sollicit[ée]s?|financement)$",
    re.IGNORECASE,
)

_EURO = r"(?:€|eur(?:os?)?\b)"

_AMOUNT = re.compile(rf"(\d{{1,3}}(?:[ .]\d{{3}})+|\d+)(?:,(\d{{1,2}}))?\s*{_EURO}", re.IGNORECASE)

# A line of the amount columns: figures with their unit and the convention's OUI/NON, no prose.
_MONEY_LINE = re.compile(
    rf"^(?:[\d .]+(?:,\d+)?\s*{_EURO}\s*)+(?:(?:OUI|NON)\s*)?$|^(?:OUI|NON)$", re.IGNORECASE
)

# Within a row, a line of figures that does not read as amounts (« 94 0OO € »).
_MONEYISH_LINE = re.compile(r"^[^a-z]*(?:€|EUR)[^a-z]*$")

_YES_NO = re.compile(r"\b(OUI|NON)\b", re.IGNORECASE)

_ACCENTED = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]"}


def _sentence_case(text: str) -> str:
    """« CONTRAT LOCAL DES Solidarités » → « Contrat local des solidarités »; acronyms kept."""
    words = [w if len(w) > 1 and w.isupper() and len(w) <= 4 else w.lower() for w in text.split()]
    out = " ".join(words)
    return out[:1].upper() + out[1:]


@lru_cache(maxsize=256)
def _accent_blind(words: tuple[str, ...]) -> re.Pattern[str]:
    """A lower-case pattern for folded words, each vowel or c matching its accented forms."""
    return re.compile(
        r"[\s'’-]+".join(
            "".join(_ACCENTED.get(c, c if c.isalnum() else re.escape(c)) for c in word)
            for word in words
        )
    )


def _readable(caps: str, text: str, low: str) -> str:
    """A heading printed in capitals, with its accents and case as the report's prose has them.

    `low` is `text` in lower case, offsets unchanged.
    """
    caps = _normalise(caps).strip(" -–—:")
    if not caps.isupper():
        return caps
    words = tuple(fold(caps).split())
    if not words:
        return caps
    for match in _accent_blind(words).finditer(low):
        start, end = match.span()
        found = text[start:end]
        edge_before = start == 0 or not low[start - 1].isalnum()
        edge_after = end == len(low) or not low[end].isalnum()
        if edge_before and edge_after and not found.isupper():
            return _sentence_case(_normalise(found))
    return _sentence_case(caps.lower())


def _parse_amount(value: str) -> Decimal | None:
    """« 94 000 € », « 94 000,50 € », « 94.000 € » (spaces already plain) as a Decimal."""
    match = _AMOUNT.search(value)
    if match is None:
        return None
    digits = match.group(1).replace(" ", "").replace(".", "")
    cents = match.group(2)
    try:
        return Decimal(f"{digits}.{cents}" if cents else digits)
    except InvalidOperation:
        return None


@dataclass(slots=True)
class _Row:
    blocks: list[list[str]] = field(default_factory=list)
    money: list[str] = field(default_factory=list)


def _row_to_action(
    row: _Row, programme: str | None, axis: str | None, findings: list[Finding]
) -> FundedActionRecord | None:
    blocks = [b for b in row.blocks if b]
    if not blocks:
        return None
    carrier: str | None = None
    first = _join_lines(blocks[0])
    if first.endswith(":"):
        # The sample's first cell is « porteur : » then the action's title below it.
        carrier = first.rstrip(" :")
        blocks = blocks[1:]
    elif " : " in first:
        carrier, title_part = first.split(" : ", 1)
        blocks = [[title_part], *blocks[1:]]
    title = _join_lines(blocks[0]) if blocks else ""
    if not title:
        title, carrier = carrier or "", None
    territory = _join_lines(blocks[1]) if len(blocks) > 1 else None
    objectives = " ".join(_join_lines(b) for b in blocks[2:]) or None
    money = " ".join(row.money)
    amounts: list[Decimal] = []
    for match in _AMOUNT.finditer(money):
        amount = _parse_amount(match.group())
        if amount is not None:
            amounts.append(amount)
    leftover = _YES_NO.sub("", _AMOUNT.sub("", money)).strip(" €")
    if leftover or (not amounts and row.money) or not row.money:
        findings.append(Finding("unreadable_amount", {"value": money.strip(), "action": title}))
    cost = contribution = None
    if len(amounts) >= 2:
        cost, contribution = amounts[0], amounts[1]
    elif amounts:
        # Only one figure printed (the sample: « 94 000 € OUI »): it sits under both the cost
        # and the contribution columns, so it is taken as both; the table cannot tell more.
        cost = contribution = amounts[0]
    yes_no = _YES_NO.search(money)
    convention = None if yes_no is None else yes_no.group(1).upper() == "OUI"
    return FundedActionRecord(
        title=title,
        programme=programme,
        axis=axis,
        carrier=carrier,
        territory=territory,
        objectives=objectives,
        cost=cost,
        contribution=contribution,
        multi_year_convention=convention,
    )


def _read_annex(
    lines: list[str], start: int, prose: str, low: str, findings: list[Finding]
) -> list[FundedActionRecord]:
    """The annexed table of funded actions, row by row, under its programme and axes."""
    heading = _ANNEX.match(lines[start])
    assert heading is not None
    programme_caps = _without_month_year(heading.group("rest")).strip(" -–—:")
    programme = _readable(programme_caps, prose, low) if programme_caps else None
    actions: list[FundedActionRecord] = []
    axis: str | None = None
    row: _Row | None = None
    in_total = False

    def finish() -> None:
        nonlocal row
        if row is not None:
            action = _row_to_action(row, programme, axis, findings)
            if action is not None:
                actions.append(action)
        row = None

    for line in lines[start + 1 :]:
        stripped = line.strip()
        if not stripped:
            # A blank line closes a cell, unless the cell's last word was cut (« médiatrices/ »).
            if (
                row is not None
                and not row.money
                and row.blocks[-1]
                and not row.blocks[-1][-1].endswith(("-", "/"))
            ):
                row.blocks.append([])
            continue
        if axis_match := _AXIS.match(stripped):
            finish()
            in_total = False
            label = axis_match.group("label")
            label = _readable(label, prose, low) if label else ""
            axis = (
                f"Axe {axis_match.group('n')} – {label}"
                if label
                else f"Axe {axis_match.group('n')}"
            )
            continue
        if _TOTAL.match(stripped):
            finish()
            in_total = True
            continue
        if in_total or _TABLE_HEADER.match(stripped):
            continue
        if _MONEY_LINE.match(stripped) or (row is not None and _MONEYISH_LINE.match(stripped)):
            if row is not None:
                row.money.append(stripped)
            continue
        if row is not None and row.money:
            finish()
        if row is None:
            row = _Row(blocks=[[]])
        row.blocks[-1].append(stripped)
    finish()
    return actions
