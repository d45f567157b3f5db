"""Open-data CSV files in the national SCDL 'Délibérations' schema.

The schema (schema.data.gouv.fr/scdl/deliberations) is simple, but the files are exported from
spreadsheets and carry their damage: a byte-order mark, ';' or ',' as separator, titles broken
over several lines, extra columns, numbers read as decimals, copied rows. Every record becomes
a ScdlRow; what is wrong with it is said in its findings, for the secretariat to correct at the
source, and the importer decides what to keep.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

from storage import rules
from storage.documents import DeliberationRecord, DocumentError, Finding, ScdlRow

REQUIRED_COLUMNS = ("DELIB_ID", "DELIB_DATE", "DELIB_OBJET")
VOTE_COLUMNS = ("VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")
# Tried in this order; the first that splits the header into SCDL columns wins. Sniffing on
# the header alone is deliberate: csv.Sniffer reads the body too, where multi-line quoted titles
# full of commas and semicolons mislead it.
DELIMITERS = (";", ",", "\t", "|")

# The métropole numbers its deliberations YEAR.NNNNN. A spreadsheet that took 2022.00130 for a
# decimal prints it 2022.0013 (or 2022,0013 in a French locale).
NUMBER_AS_DECIMAL = re.compile(r"(\d{4})[.,](\d+)")
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]*)?")
FRENCH_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
# Spreadsheets write whole numbers as "101.0" once a column has been typed as decimal.
COUNT = re.compile(r"\+?(\d+)(?:[.,]0+)?")


def _normalise(value: str) -> str:
    """Collapse the line breaks and runs of spaces that spreadsheets put inside cells."""
    return " ".join(value.split())


def _column_name(value: str) -> str:
    return _normalise(value.replace("\ufeff", "")).upper()


def _first_line(text: str) -> str:
    # Split as the CSV reader will (a lone '\r' ends a line too), so both see the same header.
    return io.StringIO(text, newline="").readline().rstrip("\r\n")


def _header(text: str) -> tuple[str, list[str]] | None:
    """The delimiter and column names, when the first line splits into SCDL columns."""
    line = _first_line(text.lstrip("\ufeff"))
    for delimiter in DELIMITERS:
        if delimiter not in line:
            continue
        try:
            names = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error:
            continue
        columns = [_column_name(name) for name in names]
        if "DELIB_ID" in columns:
            return delimiter, columns
    return None


def looks_like_scdl(text: str) -> bool:
    """Whether the text starts with an SCDL 'Délibérations' header; never raises."""
    header = _header(text)
    if header is None:
        return False
    columns = header[1]
    return "DELIB_OBJET" in columns or "COLL_NOM" in columns


def _parse_date(value: str) -> date | None:
    if match := ISO_DATE.fullmatch(value):
        year, month, day = match.groups()
    elif match := FRENCH_DATE.fullmatch(value):
        day, month, year = match.groups()
    else:
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


class _Row:
    """One record's cells by column name, collecting the findings met while reading it."""

    def __init__(self, cells: Sequence[str], index: dict[str, int]) -> None:
        self.cells = cells
        self.index = index
        self.findings: list[Finding] = []

    def text(self, column: str) -> str | None:
        position = self.index.get(column)
        if position is None or position >= len(self.cells):
            return None
        return _normalise(self.cells[position]) or None

    def date(self, column: str) -> date | None:
        value = self.text(column)
        if value is None:
            return None
        parsed = _parse_date(value)
        if parsed is None:
            self.findings.append(Finding("bad_date", {"column": column, "value": value}))
        return parsed

    def count(self, column: str) -> int | None:
        value = self.text(column)
        if value is None:
            return None
        match = COUNT.fullmatch(value.replace(" ", ""))
        if match is None:
            # Negative counts land here too: a head count below zero is a typo, not a number.
            self.findings.append(Finding("bad_number", {"column": column, "value": value}))
            return None
        return int(match.group(1))


def _number_width(numbers: list[str | None]) -> int | None:
    """How many digits follow the year in this file's undamaged deliberation numbers.

    Taken from the data rather than assumed, so a collectivity numbering YEAR.NNN is left
    alone; the commonest width is the true one, because a spreadsheet only shortens the numbers
    that end in zero.
    """
    widths = Counter(
        len(match.group(2))
        for number in numbers
        if number and (match := NUMBER_AS_DECIMAL.fullmatch(number))
    )
    if not widths:
        return None
    top = max(widths.values())
    return max(width for width, n in widths.items() if n == top)


def _repair_number(printed: str, width: int | None) -> str | None:
    """The number a spreadsheet shortened, or None when it looks as published."""
    match = NUMBER_AS_DECIMAL.fullmatch(printed)
    if match is None or width is None:
        return None
    year, digits = match.groups()
    if len(digits) >= width and "," not in printed:
        return None
    return f"{year}.{digits.ljust(width, '0')}"


def _flag_duplicates(rows: list[ScdlRow]) -> None:
    """Mark every row whose number another row also carries.

    Rows are never merged: two titles under one number are two decisions until the
    secretariat says which number is wrong, and an exact copy is still a defect to remove.
    """
    lines: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        if row.deliberation.number:
            lines[row.deliberation.number].append(row.line)
    for row in rows:
        number = row.deliberation.number
        if number and len(lines[number]) > 1:
            row.findings.append(
                Finding("duplicate_number", {"number": number, "lines": list(lines[number])})
            )


def _flag_suspicious_dates(rows: list[ScdlRow]) -> None:
    """Mark a sitting date that looks like a typo for the date of the rows around it.

    A sitting takes many deliberations, so a typo shows as a date that only one row carries
    while the rows it came with agree on another. Those reference rows are either the nearest
    dated rows before and after it in the file (both on one same date), or the other rows of its
    préfecture batch, same PREF_DATE (at least two, all on one same date).

    Both are needed, and so is the "only one row" condition. In the sample the odd row says
    2022-03-25 between 2022-03-24 rows, but its PREF_DATE moved one day too (a spreadsheet's
    fill handle does that), so it is alone in its batch and only its neighbours show it. And a
    plain "differs from its batch's majority" rule would fire eight times there for nothing:
    eight rows of the real 2022-01-27 sitting went to the préfecture with the 2022-04-04
    batch; they share their date with each other and with their sitting, so are left alone.
    For the same reason a small sitting held the day after another is not flagged unless its
    single row sits inside the other's rows or was transmitted with them.
    """
    dated = [row for row in rows if row.sitting_date is not None]
    uses = Counter(row.sitting_date for row in dated)
    batches: dict[date, list[ScdlRow]] = defaultdict(list)
    for row in dated:
        if row.deliberation.prefecture_date is not None:
            batches[row.deliberation.prefecture_date].append(row)

    for position, row in enumerate(dated):
        if uses[row.sitting_date] != 1:
            continue
        expected: date | None = None
        if 0 < position < len(dated) - 1:
            before, after = dated[position - 1].sitting_date, dated[position + 1].sitting_date
            if before == after:
                expected = before
        batch_date = row.deliberation.prefecture_date
        if expected is None and batch_date is not None:
            others = {other.sitting_date for other in batches[batch_date] if other is not row}
            # Two rows at least, so that one other row's date is not taken for a batch's.
            if len(batches[batch_date]) > 2 and len(others) == 1:
                expected = others.pop()
        if expected is not None and row.sitting_date is not None:
            row.findings.append(
                Finding(
                    "date_suspicious",
                    {"date": row.sitting_date.isoformat(), "expected": expected.isoformat()},
                )
            )


def _read_row(cells: list[str], line: int, index: dict[str, int], width: int | None) -> ScdlRow:
    row = _Row(cells, index)
    if len(cells) != len(index):
        # Usually an unquoted separator inside a title: the cells after it are shifted.
        row.findings.append(
            Finding("wrong_field_count", {"expected": len(index), "found": len(cells)})
        )

    number = row.text("DELIB_ID")
    if number is None:
        row.findings.append(Finding("missing_number", {}))
    elif (repaired := _repair_number(number, width)) is not None:
        row.findings.append(Finding("number_repaired", {"printed": number, "number": repaired}))
        number = repaired

    sitting_date = row.date("DELIB_DATE")
    if row.text("DELIB_DATE") is None:
        row.findings.append(Finding("missing_date", {}))
    title = row.text("DELIB_OBJET")
    if title is None:
        row.findings.append(Finding("missing_title", {}))

    # VOTE_EFFECTIF is the members in office. VOTE_REEL is, in this métropole's files, the
    # members physically present: it is smaller than VOTE_POUR on most rows, the difference
    # being the proxies. The SCDL spec says "présents ou représentés", but these files do not
    # follow it, so more ballots than VOTE_REEL is their normal state, not a defect to report.
    in_office = row.count("VOTE_EFFECTIF")
    present = row.count("VOTE_REEL")
    votes_for, votes_against, abstentions = (row.count(column) for column in VOTE_COLUMNS)
    # The vote columns are optional in SCDL: a file without them says nothing about votes,
    # which is not a defect of each of its rows.
    empty = [c for c in VOTE_COLUMNS if c in index and row.text(c) is None]
    if empty:
        row.findings.append(Finding("missing_votes", {"columns": empty}))

    deliberation = DeliberationRecord(
        number=number,
        title=title,
        votes_for=votes_for,
        votes_against=votes_against,
        abstentions=abstentions,
        matter=row.text("DELIB_MATIERE_NOM"),
        prefecture_id=row.text("PREF_ID"),
        prefecture_date=row.date("PREF_DATE"),
    )
    if votes_for is not None and votes_against is not None:
        deliberation.outcome = rules.vote_outcome(votes_for, votes_against)
    if votes_against is not None and abstentions is not None:
        deliberation.unanimous = rules.is_unanimous(votes_against, abstentions)

    return ScdlRow(
        line=line,
        # COLL_NOM names the collectivity, not the body (Conseil or Bureau) that deliberated;
        # the importer knows which body a file comes from.
        body=None,
        sitting_date=sitting_date,
        deliberation=deliberation,
        in_office=in_office,
        present=present,
        findings=row.findings,
    )


def parse_scdl(text: str) -> list[ScdlRow]:
    """Every record of an SCDL 'Délibérations' CSV file, with the defects of each.

    Raises DocumentError only when the text is not such a file at all.
    """
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise DocumentError("empty file")
    header = _header(text)
    if header is None:
        raise DocumentError("no DELIB_ID column in the first line: not an SCDL deliberations file")
    delimiter, columns = header
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise DocumentError(f"not an SCDL deliberations file: no {', '.join(missing)} column")
    # The first occurrence wins if a column is repeated; extra columns (a leading row counter
    # in the sample) are simply not looked up.
    index: dict[str, int] = {}
    for position, column in enumerate(columns):
        index.setdefault(column, position)

    records: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        next(reader)
        consumed = reader.line_num
        for cells in reader:
            first_line = consumed + 1  # a quoted title may spread the record over several lines
            consumed = reader.line_num
            # Blank lines, and the all-empty rows spreadsheets export below the data, carry no
            # deliberation: there is nothing in them to keep.
            if any(cell.strip() for cell in cells):
                records.append((first_line, cells))
    except csv.Error as error:
        raise DocumentError(f"not a readable CSV file: {error}") from error

    numbers = [_Row(cells, index).text("DELIB_ID") for _, cells in records]
    width = _number_width(numbers)
    rows = [_read_row(cells, line, index, width) for line, cells in records]
    _flag_duplicates(rows)
    _flag_suspicious_dates(rows)
    return rows
