"""Cells for the CSV files the secretariat opens in a spreadsheet (the attendance ranking, the
convocation report): a text that starts like a formula is written so that it stays text.

Names and Telegram's error texts come from outside (imported documents, the Bot API): a cell
« =HYPERLINK(…) » or « -2+3 » would be run as a formula by Excel or LibreOffice when the file
is opened (CSV injection). Such a cell gets a leading apostrophe, which spreadsheets show as
text and hide, once the characters nobody sees are taken out (a NUL before « = » hid the
formula from that check); numbers and every other text are written as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from storage.invisible import without_invisible

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    # what nobody sees: a NUL cuts the cell (and, for some readers, the row) where it stands,
    # a bidirectional override shows the name reversed; a tab is a space. Line breaks are
    # kept (the csv writer quotes the cell), and so stay the cell's lines.
    value = without_invisible(value).replace("\t", " ")
    if value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_rows(writer: Any, rows: Iterable[Iterable[Any]]) -> None:
    """`writer.writerows` (a `csv.writer`), each text cell made safe to open."""
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
