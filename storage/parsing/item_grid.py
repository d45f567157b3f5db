"""Attendance printed per item as a grid: a row a member, a column an item (« | Élu | 2024-30 |
2024-31 | » or « Nom   Point 1   Point 2 »), each cell a mark (P, X, ✓: there; A, E, Abs., Exc.,
Pouvoir: not there). What it says changes each item's attendance against the roll call: a
member of the roll call marked away for an item is away for its vote, one marked there who is
not in the roll call arrived. A grid whose header names the items but whose rows cannot be
read is said in a finding, never guessed.

Read only in a document holding several items, on lines set apart in cells (bars, or the
three spaces a column gap is once cleaned) whose header names two items or more.
"""

from __future__ import annotations

import re

from storage.documents import Extract, Finding, Person
from storage.names import fold, parse_person

_THERE = frozenset(["p", "x", "✓", "✔", "oui", "present", "presente", "pr"])
_AWAY = frozenset(
    [
        "a",
        "e",
        "ab",
        "abs",
        "absent",
        "absente",
        "exc",
        "excuse",
        "excusee",
        "non",
        "pouvoir",
        "r",
        "procuration",
        "pv",
        "represente",
        "representee",
    ]
)
# A header cell's words before the item's key: « Point 3 », « Délib. 2024-30 », « N° 3 ».
_KEY_PREFIX = re.compile(
    r"^(?:point|pt|question|rapport|d[ée]lib(?:[ée]ration)?\.?|n ?[°º]|no\.?)\s?", re.I
)
_CELL_GAP = re.compile(r" {3,}| ?\| ?")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _CELL_GAP.split(line.strip().strip("|"))]


def _key(cell: str) -> str:
    return _KEY_PREFIX.sub("", cell.strip()).strip(" :.").lower()


def _mark(cell: str) -> bool | None:
    return (
        True
        if (folded := fold(cell).strip(" .")) in _THERE
        else False
        if folded in _AWAY
        else None
    )


def read_item_grid(lines: list[str], extract: Extract, line_numbers: list[int]) -> None:
    """Each item's attendance changed by a grid of presence per item, when the document prints
    one (see the module's docstring)."""
    items = extract.items
    keys: dict[str, int] = {}
    for place, item in enumerate(items):
        for key in (item.deliberation.number, item.ordinal):
            if key:
                keys.setdefault(key.lower(), place)
    if len(keys) < 2:
        return
    for index, line in enumerate(lines):
        if "|" not in line and "   " not in line:
            continue
        cells = _cells(line)
        first = next((j for j, cell in enumerate(cells) if _key(cell) in keys), None)
        if first is None or first == 0:
            continue
        run = first
        while run < len(cells) and _key(cells[run]) in keys:
            run += 1
        if run - first < 2:
            continue
        columns: list[int | None] = [keys[_key(cell)] for cell in cells[first:run]]
        width = run - first + 1  # the names' column, then the items'
        rows: list[list[str]] = []
        if run < len(cells):
            # flattened: every row's cells after the header's, rows parted by empty cells
            stream = [c for c in cells[run:] if c and not set(c) <= set("-: ")]
            rows = [stream[i : i + width] for i in range(0, len(stream), width)]
        else:
            for row_line in lines[index + 1 : index + 400]:
                if not row_line.strip() or set(row_line) <= set("-|: "):
                    if rows:
                        break
                    continue
                row = _cells(row_line)
                if len(row) != width:
                    break
                rows.append(row)
        if not _apply(rows, columns, extract):
            extract.findings.append(
                Finding("item_grid_unread", {"line": line_numbers[index], "rows": len(rows)})
            )
        return


def _apply(rows: list[list[str]], columns: list[int | None], extract: Extract) -> bool:
    """The grid's marks as each item's changes; False (nothing changed) when a row or a mark
    cannot be read."""
    read: list[tuple[Person, list[bool | None]]] = []
    for row in rows:
        marks = [_mark(cell) for cell in row[1:]]
        person = parse_person(row[0])
        if (
            len(row) != len(columns) + 1
            or not person.last_name
            or any(
                mark is None and cell.strip() for mark, cell in zip(marks, row[1:], strict=True)
            )
        ):
            return False
        read.append((person, marks))
    if not read:
        return False
    roll_call = {fold(p.last_name) for p in extract.present}
    for person, marks in read:
        key = fold(person.last_name)
        for column, mark in zip(columns, marks, strict=True):
            if column is None or mark is None:
                continue
            item = extract.items[column]
            changed = item.arrived if mark else item.away
            if (key in roll_call) != mark and all(fold(p.last_name) != key for p in changed):
                changed.append(person)  # arrived, or away from the roll call
    return True
