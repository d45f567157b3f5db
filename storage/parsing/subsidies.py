"""Open-data CSV files in the national SCDL 'Subventions' schema.

One row is one subsidy: who grants it (nomAttribuant, idAttribuant), to whom (nomBeneficiaire,
idBeneficiaire), for what (objet), how much (montant), when the convention was signed
(dateConvention) and under which decision (referenceDecision, free text such as « DELIB 06FIN
du 13-04-2017 »). Column names are matched without regard to case, as spreadsheets retype
them. What is wrong with a row is said in its findings; damage repeated on many rows (a SIRET
in scientific notation, Excel date serials, blank rows) once for the file.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from storage.documents import DocumentError, Finding, SubsidyFile, SubsidyRow
from storage.names import fold
from storage.parsing import tables

# The grantor's or the beneficiary's column says a subsidies file (one without the other is
# told incomplete).
MARKERS = ("NOMATTRIBUANT", "NOMBENEFICIAIRE")
REQUIRED_COLUMNS = ("NOMATTRIBUANT", "NOMBENEFICIAIRE", "MONTANT")
SCHEMA = (
    "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire",
    "idBeneficiaire", "objet", "montant", "nature", "conditionsVersement",
    "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention",
)  # fmt: skip
# The schema's columns as other software heads them, by their words (tables.header_words):
# « Bénéficiaire », « Montant attribué (€) », « Date de la convention ».
_NAMED = {
    "NOMATTRIBUANT": (
        "attribuant", "nom attribuant", "financeur", "collectivité attribuante", "collectivité",
    ),
    "IDATTRIBUANT": ("siret attribuant", "identifiant attribuant"),
    "DATECONVENTION": ("date convention", "date attribution", "date décision", "date vote"),
    "REFERENCEDECISION": (
        "référence décision", "référence délibération", "numéro délibération", "délibération",
    ),
    "NOMBENEFICIAIRE": (
        "bénéficiaire", "nom bénéficiaire", "structure bénéficiaire", "organisme bénéficiaire",
        "association", "nom association",
    ),
    "IDBENEFICIAIRE": ("siret bénéficiaire", "siret", "identifiant bénéficiaire"),
    "OBJET": ("objet subvention", "intitulé", "projet", "objet projet"),
    "MONTANT": (
        "montant attribué", "montant subvention", "montant accordé", "montant euro", "subvention",
        "montant voté",
    ),
    "NATURE": ("nature subvention", "type subvention"),
}  # fmt: skip
ALIASES = {tables.header_words(name): column for column, names in _NAMED.items() for name in names}
# The words that say a file is about subsidies, whatever else its header holds.
SUBSIDY_WORDS = frozenset({"BENEFICIAIRE", "ATTRIBUANT", "MONTANT", "SUBVENTION"})
YES = {"oui", "o", "yes", "true", "vrai", "1"}
NO = {"non", "n", "no", "false", "faux", "0"}


def looks_like_subsidies(text: str) -> bool:
    """Whether the text starts with an SCDL 'Subventions' header; never raises."""
    header = _header(text)
    return header is not None and "NOMBENEFICIAIRE" in header[1]


def _header(text: str) -> tuple[str, list[str]] | None:
    for marker in MARKERS:
        if (header := tables.header(text, marker, SCHEMA, ALIASES)) is not None:
            return header
    return None


class _Row(tables.Cells):
    def __init__(self, cells: list[str], index: dict[str, int], line: int) -> None:
        super().__init__(cells, index)
        self.line = line
        self.findings: list[Finding] = []
        self.excel_serial = False
        self.percent_share = False

    def finding(self, code: str, **params: object) -> None:
        self.findings.append(Finding(code, {"line": self.line, **params}))


FREE_TEXT = ("OBJET", "NOMBENEFICIAIRE", "NOMATTRIBUANT", "CONDITIONSVERSEMENT", "NATURE")
TYPED = {
    "MONTANT": lambda value: tables.read_amount(value, euros=True) is not None,
    "DATECONVENTION": lambda value: tables.read_date(value).value is not None,
    "IDATTRIBUANT": lambda value: any(c.isdigit() for c in value),
    "IDBENEFICIAIRE": lambda value: any(c.isdigit() for c in value),
    "POURCENTAGESUBVENTION": lambda value: tables.read_amount(value.rstrip("%")) is not None,
    "NOTIFICATIONUE": lambda value: fold(value) in YES | NO,
}


def _read_row(
    row: _Row, damaged_sirets: dict[tuple[str, str, str], list[int]], table: tables.Table
) -> SubsidyRow:
    width = len(table.columns)
    realigned = tables.realign(row.cells, table.columns, table.delimiter, FREE_TEXT, TYPED)
    if realigned is not None:
        row.cells, column = realigned
        row.finding("row_realigned", column=column)
    elif len(row.cells) != width:
        row.finding("wrong_field_count", expected=width, found=len(row.cells))
        # the amount and dates after the texts that could hold the comma: in their own columns
        columns, delimiter = table.columns, table.delimiter
        if tail := tables.aligned_tail(row.cells, columns, delimiter, FREE_TEXT, TYPED):
            row.cells = tail

    sirets: dict[str, str | None] = {}
    for column in ("IDATTRIBUANT", "IDBENEFICIAIRE"):
        printed = row.text(column)
        sirets[column] = None
        if printed is None:
            continue
        siret = tables.read_siret(printed)
        sirets[column] = siret.value
        if siret.problem:
            damaged_sirets[(siret.problem, column, printed)].append(row.line)

    convention_date = None
    if printed_date := row.text("DATECONVENTION"):
        cell = tables.read_date(printed_date)
        convention_date = cell.value
        if cell.value is None:
            row.finding("bad_date", column="dateConvention", value=printed_date)
        row.excel_serial = cell.excel_serial

    amount = None
    printed_amount = row.text("MONTANT")
    if printed_amount is not None and printed_amount.casefold() in tables.NO_AMOUNT:
        printed_amount = None  # « - », « NC »: no amount given, which is said as such
    if printed_amount:
        amount = tables.read_amount(printed_amount, euros=True)
        if amount is None or amount < 0:
            row.finding("bad_amount", column="montant", value=printed_amount)
            amount = None
        elif tables.euro_thousands(printed_amount):
            row.finding("amount_grouped", value=printed_amount, amount=int(amount))
    else:
        row.finding("missing_amount")

    share = None
    if printed_share := row.text("POURCENTAGESUBVENTION"):
        share = tables.read_amount(printed_share.rstrip("%"))
        if share is not None and (printed_share.endswith("%") or 1 < share <= 100):
            # The schema wants a fraction (1.0 is the whole cost); « 80 » or « 80 % » is
            # read as a percentage, and the file's summary says so once.
            row.percent_share = not printed_share.endswith("%")
            share = share / 100
        if share is None or not 0 <= share <= 1:
            row.finding("bad_number", column="pourcentageSubvention", value=printed_share)
            share = None

    eu = None
    if printed_eu := row.text("NOTIFICATIONUE"):
        eu = True if fold(printed_eu) in YES else False if fold(printed_eu) in NO else None
        if eu is None:
            row.finding("bad_number", column="notificationUE", value=printed_eu)

    grantor, beneficiary = row.text("NOMATTRIBUANT"), row.text("NOMBENEFICIAIRE")
    if grantor is None:
        row.finding("missing_grantor")
    if beneficiary is None:
        row.finding("missing_beneficiary")
    return SubsidyRow(
        line=row.line,
        grantor=grantor,
        grantor_siret=sirets["IDATTRIBUANT"],
        convention_date=convention_date,
        decision_reference=row.text("REFERENCEDECISION"),
        beneficiary=beneficiary,
        beneficiary_siret=sirets["IDBENEFICIAIRE"],
        purpose=row.text("OBJET"),
        amount=amount,
        nature=row.text("NATURE"),
        payment_conditions=row.text("CONDITIONSVERSEMENT"),
        payment_period=row.text("DATESPERIODEVERSEMENT"),
        rae_id=row.text("IDRAE"),
        eu_notification=eu,
        share=share,
        findings=row.findings,
    )


def identity(row: SubsidyRow) -> tuple[str, ...]:
    """What makes two rows the same subsidy: grantor, date, beneficiary and object."""
    return (
        row.grantor_siret or fold(row.grantor or ""),
        row.convention_date.isoformat() if row.convention_date else "",
        row.beneficiary_siret or fold(row.beneficiary or ""),
        fold(row.purpose or ""),
        fold(row.decision_reference or ""),
    )


def _flag_copies(rows: list[SubsidyRow]) -> None:
    """An exact copy of an earlier row is one subsidy: marked, not stored twice. Rows alike
    but for the amount are instalments, numbered in the order of the file."""
    seen: dict[tuple[object, ...], int] = {}
    occurrences: Counter[tuple[str, ...]] = Counter()
    for row in rows:
        key = (*identity(row), row.amount)
        if key in seen:
            row.copy_of = seen[key]
            row.findings.append(Finding("duplicate_row", {"line": row.line, "copy_of": seen[key]}))
            continue
        seen[key] = row.line
        occurrences[identity(row)] += 1
        row.occurrence = occurrences[identity(row)]


def parse_subsidies(text: str) -> SubsidyFile:
    """Every record of an SCDL 'Subventions' CSV file, with the defects of each.

    Raises DocumentError only when the text is not such a file at all.
    """
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise DocumentError("empty file", code="empty_file")
    header = _header(text)
    if header is None:
        raise DocumentError("not an SCDL subsidies file", code="not_open_data")
    delimiter, columns = header
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        spelt = {tables.column_key(name): name for name in SCHEMA}  # as the schema spells them
        raise DocumentError(
            f"not an SCDL subsidies file: no {', '.join(missing)} column",
            code="not_open_data",
            missing=[spelt[column] for column in missing],
        )
    table = tables.read_table(text, delimiter, columns)
    damaged: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    read = [_Row(cells, table.index, line) for line, cells in table.records]
    rows = [_read_row(row, damaged, table) for row in read]
    _flag_copies(rows)

    findings = [
        Finding(
            problem, {"column": column, "value": printed, "rows": len(lines), "lines": lines[:5]}
        )
        for (problem, column, printed), lines in damaged.items()
    ]
    percents = [row.line for row in read if row.percent_share]
    if percents:
        findings.append(
            Finding("share_as_percent", {"rows": len(percents), "lines": percents[:5]})
        )
    serials = [row.line for row in read if row.excel_serial]
    if serials:
        findings.append(
            Finding("excel_serial_dates", {"rows": len(serials), "lines": serials[:5]})
        )
    findings += tables.skipped_rows(table)
    findings += tables.renamed_columns(text, delimiter, SCHEMA, ALIASES)
    return SubsidyFile(rows=rows, findings=findings)
