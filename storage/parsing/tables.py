"""What both SCDL schemas share: a CSV exported from a spreadsheet, and the damage it carries.

A byte-order mark, ';' or ',' or a tab as separator, blank rows below the data, cells broken
over lines, numbers a spreadsheet retyped: SIRET as `2,44201E+13`, dates as Excel serials
(`44562`) or with a two-digit year (`25/03/22`), amounts as `2 400,00 €`. The readers of each
schema (scdl.py, subsidies.py) take their cells from here, so each kind of damage is recognised
in one place. Every pattern is anchored and free of nested or adjacent repeats: a cell is read
in time linear in its length whatever it holds.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from storage import cues
from storage.documents import DocumentError, Finding
from storage.french import parse_date
from storage.names import fold

# Tried in this order; the first that splits the header into known columns wins. Sniffing on
# the header alone is deliberate: csv.Sniffer reads the body too, where multi-line quoted titles
# full of commas and semicolons mislead it.
DELIMITERS = (";", ",", "\t", "|")
# A header cell is a column's name: a longer one is a line of text that holds the separator (a
# relevé's table flattened into one line with its rows, « | N° | Objet | … | B2025-071 | … »).
_LONGEST_COLUMN_NAME = 120

# A timestamp where a date was expected: the date part is the date.
ISO_WITH_TIME = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})[T ][\d:.+Z-]*")
# Excel counts days from 1899-12-30 (its 1900 leap-year bug included). Serials from 1990 to
# 2100 only: a smaller number in a date column is more likely a typo than a date of the 1980s.
EXCEL_SERIAL = re.compile(r"(\d{5})(?:[.,]0+)?")
EXCEL_EPOCH = date(1899, 12, 30)
SERIAL_RANGE = range(32_874, 73_051)
SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
DIGITS = re.compile(r"\d+")
AMOUNT = re.compile(r"[+-]?\d+(?:\.\d+)?")
# What a spreadsheet or a person puts around an amount: spaces (ordinary, no-break, narrow
# no-break, thin) between thousands, and the currency.
_AMOUNT_NOISE = str.maketrans("", "", " \u00a0\u202f\u2009'€")
LA_POSTE_SIREN = "356000000"  # its SIRETs break the Luhn key by law


def normalise(value: str) -> str:
    """Collapse the line breaks and runs of spaces that spreadsheets put inside cells."""
    return " ".join(value.split())


def column_key(value: str) -> str:
    """A header cell as compared: no BOM, no spaces, upper case (nomAttribuant: NOMATTRIBUANT)."""
    return "".join(value.replace("\ufeff", "").split()).upper()


# Excel's « sep=; » line above the header, which names the separator its export used.
_EXCEL_SEPARATOR = re.compile(r"\ufeff?sep=(.)\r?\n?", re.IGNORECASE)


# Columns of either schema whose name in a line says it is the header (see _titled).
_SCHEMA_MARKS = ("DELIB_ID", "DELIB_OBJET", "COLL_NOM", "NOMATTRIBUANT", "NOMBENEFICIAIRE")
_TITLE_LINES = 3  # at most, above the header


def _data(text: str) -> tuple[str, int]:
    """The CSV without its byte-order mark, Excel's « sep= » line and a title above the
    header (see _titled); how many lines went."""
    text = text.lstrip("\ufeff")
    if text[:4].lower() == "sep=" and (hint := _EXCEL_SEPARATOR.match(text)):
        text, skipped = _titled(text[hint.end() :].lstrip("\ufeff"))
        return text, skipped + 1
    return _titled(text)


def _titled(text: str) -> tuple[str, int]:
    """« Délibérations 2025 – export du 30/09/2025 » on the lines above the header: a
    spreadsheet's title, no record. Taken off only when the header under it names columns of
    either schema, and the title's lines split into no columns."""
    lines = io.StringIO(text[:4000], newline="")
    offset = 0
    for skipped in range(_TITLE_LINES + 1):
        line = lines.readline()
        if not line:
            return text, 0
        key = column_key(line)
        if any(mark in key for mark in _SCHEMA_MARKS):
            return (text[offset:], skipped) if skipped else (text, 0)
        if any(line.count(delimiter) >= 2 for delimiter in DELIMITERS):
            return text, 0  # a row of cells: the header itself, of another schema
        offset += len(line)
    return text, 0


def first_line(text: str) -> str:
    # Split as the CSV reader will (a lone '\r' ends a line too), so both see the same header.
    return io.StringIO(text, newline="").readline().rstrip("\r\n")


# A header in words, as another software exports it (« Numéro de l'acte », « Date de la
# séance », « Voix pour »): its words folded, without the small ones and plural marks, looked
# up in the schema's own table of such names (`aliases`, beside each schema's reader).
_HEADER_WORD = cues.plain(r"[A-Z0-9]+")
_SMALL_WORDS = frozenset({"DE", "DU", "DES", "LA", "LE", "LES", "L", "D", "A"})
# (« N° acte », « Num. délibération », « Nb votants »: the words abbreviated)
_ABBREVIATED = {"N": "NUMERO", "NO": "NUMERO", "NUM": "NUMERO", "NB": "NOMBRE", "NBRE": "NOMBRE"}


def header_words(name: str) -> frozenset[str]:
    """« Numéro de l'acte » → {NUMERO, ACTE}; « Votes pour » → {VOTE, POUR}."""
    words = [_ABBREVIATED.get(w, w) for w in _HEADER_WORD.findall(fold(name).upper())]
    return frozenset(
        w[:-1] if len(w) > 3 and w.endswith(("S", "X")) and not w.endswith("SS") else w
        for w in words
        if w not in _SMALL_WORDS
    )


def _keys(names: list[str], aliases: Mapping[frozenset[str], str]) -> list[str]:
    """Each header cell's key: the schema column its words name (`aliases`), when the file
    holds no column of that name already, else the cell as compared (column_key)."""
    keys = [column_key(name) for name in names]
    if not aliases:
        return keys
    present = set(keys)
    for place, name in enumerate(names):
        target = aliases.get(header_words(name))
        if target is not None and target not in present:
            present.add(target)
            keys[place] = target
    return keys


def header(
    text: str,
    marker: str,
    schema: Iterable[str] = (),
    aliases: Mapping[frozenset[str], str] | None = None,
) -> tuple[str, list[str]] | None:
    """The delimiter and column keys, when the first line splits into columns with `marker`
    (a column of the schema with its words in another order is read as that column: see
    `renamed`; a column named in words, as the schema's `aliases` say)."""
    line = first_line(_data(text)[0])
    for delimiter in DELIMITERS:
        if delimiter not in line:
            continue
        try:
            names = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error:
            continue
        if any(len(name) > _LONGEST_COLUMN_NAME for name in names):
            continue  # « | N° | Objet | Vote | | B2025-071 | Fonds de concours … »: minutes
        columns = _keys(names, aliases or {})
        columns = [name for name, _ in renamed(columns, schema)] if schema else columns
        if marker in columns:
            return delimiter, columns
    return None


_COLUMN_WORD = re.compile(r"[A-Z0-9]+")
# A word the schema abbreviates, as exports spell it out.
_SPELT_OUT = {"DELIBERATION": "DELIB", "IDENTIFIANT": "ID", "NUMERO": "ID", "NUM": "ID"}


def _words(column: str) -> frozenset[str]:
    return frozenset(_SPELT_OUT.get(word, word) for word in _COLUMN_WORD.findall(column))


def renamed(columns: list[str], schema: Iterable[str]) -> list[tuple[str, str | None]]:
    """Each column as the schema's when its words are the schema column's in another order or
    spelt out (« DATE_DELIB », « DELIBERATION_DATE » for « DELIB_DATE »), with the name it had
    when it was so read (None when it is the schema's own, or no column of it)."""
    keys = [column_key(name) for name in schema]
    known = {_words(key): key for key in keys}
    # (« NOM_ATTRIBUANT » for « nomAttribuant », whose words its case told)
    joined = {"".join(_COLUMN_WORD.findall(key)): key for key in keys}
    present = set(columns)
    out: list[tuple[str, str | None]] = []
    for column in columns:
        name = (
            known.get(_words(column)) or joined.get("".join(_COLUMN_WORD.findall(column)))
            if column not in known.values()
            else None
        )
        if name is not None and name not in present:
            present.add(name)
            out.append((name, column))
        else:
            out.append((column, None))
    return out


def looks_like_table(text: str) -> list[str] | None:
    """The header cells of a text that looks like a CSV file at all, whatever its schema."""
    line = first_line(_data(text)[0])
    for delimiter in DELIMITERS:
        if line.count(delimiter) >= 2:
            try:
                names = next(csv.reader([line], delimiter=delimiter), [])
            except csv.Error:
                continue
            return [normalise(name) for name in names]
    return None


@dataclass(slots=True)
class Table:
    """The records of a CSV file, each with the line it starts on."""

    delimiter: str
    columns: list[str]
    index: dict[str, int]
    records: list[tuple[int, list[str]]] = field(default_factory=list)
    blank_lines: list[int] = field(default_factory=list)
    # Rows that are no record: the header again (two exports pasted one after the other) and
    # a spreadsheet's « TOTAL » line.
    header_lines: list[int] = field(default_factory=list)
    total_lines: list[int] = field(default_factory=list)


# A total's label: « TOTAL », « Total général », « Sous-total 2024 ».
_TOTAL = re.compile(r"(?:sous[- ]?)?total\b", re.IGNORECASE)


def _is_total(cells: list[str], width: int) -> bool:
    """A row labelled as a total, most of its other cells left empty."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    return len(filled) <= max(2, width // 3) and any(_TOTAL.match(cell) for cell in filled)


def read_table(text: str, delimiter: str, columns: list[str]) -> Table:
    """Every non-blank record after the header; the blank ones are counted, not kept."""
    # The first occurrence wins if a column is repeated; extra columns (a leading row counter
    # in the métropole's files) are simply not looked up.
    index: dict[str, int] = {}
    for position, column in enumerate(columns):
        if column:
            index.setdefault(column, position)
    table = Table(delimiter, columns, index)
    data, skipped = _data(text)
    reader = csv.reader(io.StringIO(data, newline=""), delimiter=delimiter)
    try:
        next(reader)
        consumed = reader.line_num
        for cells in reader:
            first = skipped + consumed + 1  # a quoted title may spread a record over lines
            consumed = reader.line_num
            # The all-empty rows spreadsheets export below the data carry nothing to keep;
            # they are counted so the summary can say they were seen.
            if not any(cell.strip() for cell in cells):
                table.blank_lines.append(first)
            elif [column_key(cell) for cell in cells] == columns:
                table.header_lines.append(first)
            elif _is_total(cells, len(columns)):
                table.total_lines.append(first)
            else:
                table.records.append((first, cells))
    except csv.Error as error:
        # « field larger than field limit »: a cell of a megabyte, no quote left open
        huge = {"limit": csv.field_size_limit()} if "field limit" in str(error) else {}
        raise DocumentError(
            f"not a readable CSV file: {error}",
            code="unreadable_csv",
            line=reader.line_num,
            **huge,
        ) from error
    return table


class Cells:
    """One record's cells by column key."""

    def __init__(self, cells: list[str], index: dict[str, int]) -> None:
        self.cells = cells
        self.index = index

    def text(self, column: str) -> str | None:
        position = self.index.get(column)
        if position is None or position >= len(self.cells):
            return None
        return normalise(self.cells[position]) or None


def realign(
    cells: list[str],
    columns: list[str],
    delimiter: str,
    free_text: tuple[str, ...],
    typed: dict[str, Callable[[str], bool]],
) -> tuple[list[str], str] | None:
    """A record with too many cells, put back in its columns, and the column it was in.

    An unquoted separator inside a text cell (« Tarifs, piscines ») splits it and shifts every
    cell after it. Each free-text column is tried as the one that held the separators: the
    extra cells are joined back into it, and the guess stands only if it alone makes every
    typed cell (dates, counts, amounts) read. Two columns that both fit: no guess.
    """
    fits = _fits(cells, columns, delimiter, free_text, typed)
    return (fits[0][0], fits[0][1]) if len(fits) == 1 else None


def aligned_tail(
    cells: list[str],
    columns: list[str],
    delimiter: str,
    free_text: tuple[str, ...],
    typed: dict[str, Callable[[str], bool]],
) -> list[str] | None:
    """A record with too many cells that two text columns could explain (« Sport,Tarifs,
    piscines »): the cells after the last of them are the same whichever held the separator,
    put back in their columns (the counts, the dates: never read from their neighbour's
    place); the text columns stay as printed, the row reported. None when realign decides."""
    fits = _fits(cells, columns, delimiter, free_text, typed)
    if len(fits) < 2:
        return None
    last = max(at for _, _, at in fits)
    extra = len(cells) - len(columns)
    return [*cells[: last + 1], *cells[last + 1 + extra :]]


def _fits(
    cells: list[str],
    columns: list[str],
    delimiter: str,
    free_text: tuple[str, ...],
    typed: dict[str, Callable[[str], bool]],
) -> list[tuple[list[str], str, int]]:
    """Each text column whose cells, joined back, make every typed cell read."""
    extra = len(cells) - len(columns)
    if extra <= 0:
        return []
    fits = []
    for column in free_text:
        if column not in columns:
            continue
        at = columns.index(column)
        joined = [
            *cells[:at],
            delimiter.join(cells[at : at + extra + 1]),
            *cells[at + extra + 1 :],
        ]
        readable = all(
            check(normalise(joined[columns.index(name)]))
            for name, check in typed.items()
            if name in columns and normalise(joined[columns.index(name)])
        )
        if readable:
            fits.append((joined, column, at))
    return fits


@dataclass(frozen=True, slots=True)
class CellDate:
    value: date | None
    excel_serial: bool = False


@lru_cache(maxsize=4096)  # a file repeats its few sitting dates on every row
def read_date(value: str) -> CellDate:
    """A date as spreadsheets export it: an Excel serial, a timestamp, or whatever the
    project's French date reader takes (ISO, dd/mm/yyyy, dd/mm/yy, « 24 mars 2022 »…)."""
    if match := EXCEL_SERIAL.fullmatch(value):
        serial = int(match.group(1))
        if serial in SERIAL_RANGE:
            return CellDate(EXCEL_EPOCH + timedelta(days=serial), excel_serial=True)
        return CellDate(None)
    if match := ISO_WITH_TIME.fullmatch(value):
        value = match.group(1)
    elif match := _YEAR_FIRST.fullmatch(value):
        value = f"{match['y']}-{match['m']}-{match['d']}"  # « 2025/09/18 », « 2025.09.18 »
    return CellDate(parse_date(value))


# The ISO order with another separator than the dash, as some exports print it.
_YEAR_FIRST = re.compile(r"(?P<y>(?:19|20)\d\d)([/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})")


@dataclass(frozen=True, slots=True)
class CellSiret:
    value: str | None
    problem: str | None = None  # siret_scientific | bad_siret


def _luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        n = int(char) * (2 if position % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def read_siret(value: str) -> CellSiret:
    """A SIRET as printed, or the reason it cannot be one; never a repaired guess.

    `2,44201E+13` lost its last eight digits to a spreadsheet: nothing can bring them back.
    """
    compact = value.translate(_AMOUNT_NOISE)
    if SCIENTIFIC.fullmatch(compact):
        return CellSiret(None, "siret_scientific")
    if compact.endswith(".0"):
        compact = compact[:-2]
    whole = len(compact) == 14 and DIGITS.fullmatch(compact) is not None
    if whole and (_luhn(compact) or compact.startswith(LA_POSTE_SIREN)):
        return CellSiret(compact)
    return CellSiret(None, "bad_siret")


# One separator before exactly three figures (« 1.250 », « 12,500 »): euros have two decimals,
# so the separator groups the thousands (see euro_thousands).
_GROUPED = re.compile(r"\d{1,3}[.,]\d{3}")
# A dash or a word where no amount is given (« - », « NC », « néant »): an empty cell.
NO_AMOUNT = frozenset({"-", "–", "—", "nc", "n/c", "neant", "néant", "sans objet", "/"})


def euro_thousands(value: str) -> bool:
    """Whether an amount in euros groups its thousands with its one separator (« 1.250 »
    is 1 250 €, never 1,25 €), as read_amount(…, euros=True) reads it."""
    compact = value.translate(_AMOUNT_NOISE)
    return _GROUPED.fullmatch(_without_currency(compact)) is not None


def _without_currency(compact: str) -> str:
    low = compact.lower()
    for word in ("euros", "euro", "eur"):
        if low.endswith(word):
            return compact[: -len(word)]
    return compact


def read_amount(value: str, *, euros: bool = False) -> Decimal | None:
    """An amount: `2400.0`, `2 400,00 €`, `12 500 euros`, `1.234,50`, `1,234.50`; None if
    unreadable. In `euros`, one separator before three figures groups thousands (« 1.250 »)."""
    compact = _without_currency(value.translate(_AMOUNT_NOISE))
    if euros and _GROUPED.fullmatch(compact):
        compact = compact.replace(".", "").replace(",", "")
    if "," in compact and "." in compact:
        # The separator that comes last is the decimal one.
        thousands = "." if compact.rfind(",") > compact.rfind(".") else ","
        compact = compact.replace(thousands, "")
    elif compact.count(".") > 1:
        compact = compact.replace(".", "")  # 1.234.567: dots between thousands only
    compact = compact.replace(",", ".")
    if not AMOUNT.fullmatch(compact):
        return None
    try:
        return Decimal(compact)
    except InvalidOperation:
        return None


def skipped_rows(table: Table) -> list[Finding]:
    """What the file held besides its records, said once each for the secretariat."""
    return [
        Finding(code, {"rows": len(lines), "lines": lines[:5]})
        for code, lines in (
            ("blank_rows", table.blank_lines),
            ("repeated_header_rows", table.header_lines),
            ("total_rows", table.total_lines),
        )
        if lines
    ]


def renamed_columns(
    text: str,
    delimiter: str,
    schema: Iterable[str],
    aliases: Mapping[frozenset[str], str] | None = None,
) -> list[Finding]:
    """The columns read as the schema's under another name, said once for the secretariat."""
    line = first_line(_data(text)[0])
    try:
        names = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []
    spelt = {column_key(name): name for name in schema}
    keys = _keys(names, aliases or {})
    pairs = [
        f"{printed if key == column_key(cell) else cell} ({spelt[name]})"
        for cell, key, (name, printed) in zip(names, keys, renamed(keys, schema), strict=True)
        if (printed is not None or key != column_key(cell)) and name in spelt
    ]
    return [Finding("columns_renamed", {"columns": pairs})] if pairs else []


def lines_text(lines: Iterable[int], shown: int = 5) -> list[int]:
    """The first lines of a list, for a finding that covers many rows."""
    return list(lines)[:shown]
