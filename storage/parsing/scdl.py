"""Open-data CSV files in the national SCDL 'Délibérations' schema.

The schema (schema.data.gouv.fr/scdl/deliberations) is simple, but the files are exported from
spreadsheets and carry their damage: a byte-order mark, ';' or ',' as separator, titles broken
over several lines, extra columns, numbers read as decimals, copied rows (tables.py reads what
both SCDL schemas share). Every record becomes a ScdlRow; what is wrong with it is said in its
findings, for the secretariat to correct at the source, and the importer decides what to keep.
What holds for the whole file (how its vote columns are meant, damage repeated on every row)
is said once, in the ScdlFile.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date

from storage import cues, rules
from storage.documents import DeliberationRecord, DocumentError, Finding, ScdlFile, ScdlRow
from storage.names import fold
from storage.parsing import tables
from storage.parsing.subsidies import SUBSIDY_WORDS
from storage.parsing.votes import _read_vote

REQUIRED_COLUMNS = ("DELIB_ID", "DELIB_DATE", "DELIB_OBJET")
SCHEMA = (
    "COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
    "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE",
    "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL",
)  # fmt: skip
VOTE_COLUMNS = ("VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")
VOTE_TEXT = "VOTE_TEXTE"
# The schema's columns as other software heads them, by their words (tables.header_words: folded,
# no small words, singular): « Numéro de l'acte », « Date de la séance », « Objet », « Voix pour ».
_NAMED = {
    "DELIB_ID": (
        "numéro", "numéro acte", "numéro délibération", "référence", "référence acte",
        "référence délibération", "identifiant acte", "identifiant délibération",
    ),
    "DELIB_DATE": (
        "date", "date séance", "date délibération", "date acte", "date décision",
    ),
    "DELIB_OBJET": ("objet", "intitulé", "titre", "libellé", "objet délibération", "objet acte"),
    "DELIB_MATIERE_NOM": ("thème", "thématique", "matière", "domaine"),
    "DELIB_MATIERE_CODE": ("code matière", "code thème"),
    "COLL_NOM": ("collectivité", "nom collectivité", "organisme", "nom organisme"),
    "COLL_SIRET": ("siret", "siret collectivité"),
    "VOTE_EFFECTIF": (
        "en exercice", "membre en exercice", "nombre membre en exercice", "effectif",
    ),
    "VOTE_REEL": ("votant", "nombre votant"),
    "VOTE_POUR": ("pour", "vote pour", "voix pour", "nombre voix pour"),
    "VOTE_CONTRE": ("contre", "vote contre", "voix contre", "nombre voix contre"),
    "VOTE_ABSTENTION": ("abstention", "nombre abstention"),
    "PREF_DATE": (
        "date transmission", "date transmission préfecture", "date réception préfecture",
    ),
    "DELIB_URL": ("url", "lien", "lien document"),
    # (no column of the schema: the vote as a council writes it, « Adopté à l'unanimité »)
    VOTE_TEXT: ("résultat", "résultat vote", "vote", "issue vote", "résultat délibération"),
}  # fmt: skip
ALIASES = {tables.header_words(name): column for column, names in _NAMED.items() for name in names}

# The métropole numbers its deliberations YEAR.NNNNN. A spreadsheet that took 2022.00130 for a
# decimal prints it 2022.0013 (or 2022,0013 in a French locale).
NUMBER_AS_DECIMAL = re.compile(r"(\d{4})[.,](\d+)")
# Spreadsheets write whole numbers as "101.0" once a column has been typed as decimal.
COUNT = re.compile(r"\+?(\d+)(?:[.,]0+)?")
MAX_COUNT_DIGITS = 5  # the largest French assembly seats a few hundred
# Where an unquoted separator may hide (the cells that hold text), and what the typed cells
# must look like once a record is put back in its columns (tables.realign).
FREE_TEXT = ("DELIB_OBJET", "DELIB_MATIERE_NOM", "BUDGET_NOM", "COLL_NOM")


def _is_count(value: str) -> bool:
    return COUNT.fullmatch(value.replace(" ", "")) is not None


def _is_date(value: str) -> bool:
    return tables.read_date(value).value is not None


TYPED = {
    "DELIB_DATE": _is_date,
    "PREF_DATE": _is_date,
    "VOTE_EFFECTIF": _is_count,
    "VOTE_REEL": _is_count,
    "VOTE_POUR": _is_count,
    "VOTE_CONTRE": _is_count,
    "VOTE_ABSTENTION": _is_count,
    "BUDGET_ANNEE": lambda value: value.isdigit() and len(value) == 4,
}


def looks_like_scdl(text: str) -> bool:
    """Whether the text starts with an SCDL 'Délibérations' header; never raises."""
    header = tables.header(text, "DELIB_ID", SCHEMA, ALIASES)
    if header is None:
        return False
    columns = header[1]
    # (« Numéro ; Bénéficiaire ; Objet ; Montant »: a number and an object, but subsidies)
    if any(word in fold(column).upper() for column in columns for word in SUBSIDY_WORDS):
        return False
    return "DELIB_OBJET" in columns or "COLL_NOM" in columns


class _Row(tables.Cells):
    """One record's cells by column name, collecting the findings met while reading it."""

    def __init__(self, cells: list[str], index: dict[str, int], line: int) -> None:
        super().__init__(cells, index)
        self.line = line
        self.findings: list[Finding] = []
        self.excel_serials: list[str] = []

    def finding(self, code: str, **params: object) -> None:
        # The line travels with the finding, so `parse --json` and the importer say the same.
        self.findings.append(Finding(code, {"line": self.line, **params}))

    def date(self, column: str) -> date | None:
        value = self.text(column)
        if value is None:
            return None
        cell = tables.read_date(value)
        if cell.value is None:
            self.finding("bad_date", column=column, value=value)
        elif cell.excel_serial:
            self.excel_serials.append(value)
        return cell.value

    def count(self, column: str) -> int | None:
        value = self.text(column)
        if value is None:
            return None
        match = COUNT.fullmatch(value.replace(" ", ""))
        if match is None or len(match.group(1)) > MAX_COUNT_DIGITS:
            # Negative counts land here too: a head count below zero is a typo, not a number;
            # so does a count no assembly reaches.
            self.finding("bad_number", column=column, value=value)
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


def _repair_number(printed: str, width: int | None) -> tuple[str, bool] | None:
    """The number as published, and whether digits were lost; None when nothing to change.

    `2022,00028` only wears a French decimal comma: its digits are all there. `2022.0013` lost
    the zero a spreadsheet dropped from 2022.00130: only that is a damaged row.
    """
    match = NUMBER_AS_DECIMAL.fullmatch(printed)
    if match is None or width is None:
        return None
    year, digits = match.groups()
    if len(digits) >= width:
        return (f"{year}.{digits}", False) if "," in printed else None
    return f"{year}.{digits.ljust(width, '0')}", True


def _flag_duplicates(rows: list[ScdlRow]) -> None:
    """Tell exact copies from numbers given to several decisions.

    A row with the number and the object of an earlier row is a copy: one deliberation, the
    copy is marked and not stored twice. Rows sharing a number under different objects are
    different decisions until the secretariat says which number is wrong: each is kept, and
    each is marked.
    """
    groups: dict[str, list[ScdlRow]] = defaultdict(list)
    for row in rows:
        if row.deliberation.number:
            groups[row.deliberation.number].append(row)
    for number, group in groups.items():
        if len(group) < 2:
            continue
        originals: dict[str, ScdlRow] = {}
        for row in group:
            key = fold(row.deliberation.title or "")
            original = originals.setdefault(key, row)
            if original is not row:
                row.copy_of = original.line
                params: dict[str, object] = {"line": row.line, "number": number}
                params["copy_of"] = original.line
                if original.sitting_date != row.sitting_date:
                    params["dates"] = [
                        d.isoformat() if d else None
                        for d in (original.sitting_date, row.sitting_date)
                    ]
                row.findings.append(Finding("duplicate_row", params))
        if len(originals) > 1:
            lines = [row.line for row in originals.values()]
            for row in originals.values():
                row.findings.append(
                    Finding(
                        "duplicate_number", {"line": row.line, "number": number, "lines": lines}
                    )
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
    dated = [row for row in rows if row.sitting_date is not None and row.copy_of is None]
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
            row.probable_date = expected
            row.findings.append(
                Finding(
                    "date_suspicious",
                    {
                        "line": row.line,
                        "date": row.sitting_date.isoformat(),
                        "expected": expected.isoformat(),
                    },
                )
            )


# -- VOTE_EFFECTIF and VOTE_REEL -------------------------------------------------------------
# The schema says VOTE_EFFECTIF is the members in office and VOTE_REEL those who took part in
# the vote. Some councils put the members present in VOTE_REEL (the proxies' ballots then
# exceed it: the métropole's files), others swap the two. The ballots tell which: each row
# whose five counts are printed votes for the readings it fits, and the file is read the way
# most of its rows fit, the schema's on a tie or when no row can tell.
READINGS = ("schema", "present", "swapped")


def _fits(in_office: int, reel: int, ballots: int, cast: int) -> list[str]:
    """The readings this row's counts are evidence for (possibly none, possibly several)."""
    fits = []
    if reel in (ballots, cast) and reel <= in_office:
        fits.append("schema")
    if reel < ballots <= in_office:  # more ballots than voters: the proxies came on top
        fits.append("present")
    if in_office in (ballots, cast) and reel > in_office:
        fits.append("swapped")
    return fits


def _contradicts(reading: str, effectif: int, reel: int, ballots: int) -> bool:
    """Whether a row's counts are impossible under the file's reading."""
    if reading == "schema":
        return ballots > reel or reel > effectif
    if reading == "present":
        return ballots > effectif or reel > effectif
    return ballots > reel or effectif > reel  # swapped: VOTE_REEL holds the members in office


def _counts(
    row: ScdlRow, effectif: int | None, reel: int | None
) -> tuple[int, int, int, int] | None:
    """(effectif, reel, ballots, cast), or None when one of the five counts is missing."""
    record = row.deliberation
    votes = (record.votes_for, record.votes_against, record.abstentions)
    if effectif is None or reel is None or any(value is None for value in votes):
        return None
    cast = (record.votes_for or 0) + (record.votes_against or 0)
    return effectif, reel, cast + (record.abstentions or 0), cast


def _vote_reading(rows: list[tuple[ScdlRow, int | None, int | None]]) -> tuple[str, Counter[str]]:
    tally: Counter[str] = Counter({reading: 0 for reading in READINGS})
    for row, effectif, reel in rows:
        if counts := _counts(row, effectif, reel):
            tally.update(_fits(*counts))
    best = max(READINGS, key=lambda reading: (tally[reading], reading == "schema"))
    return (best if tally[best] else "schema"), tally


def _apply_reading(reading: str, rows: list[tuple[ScdlRow, int | None, int | None]]) -> None:
    for row, effectif, reel in rows:
        if reading == "swapped":
            row.in_office, row.voters = reel, effectif
        elif reading == "present":
            row.in_office, row.present = effectif, reel
        else:
            row.in_office, row.voters = effectif, reel
            record = row.deliberation
            if record.unanimous and record.votes_for is None and reel is not None:
                # « Unanimité » typed for the vote: everyone who took part voted for
                record.votes_for = rules.votes_for_when_unanimous(reel, record.abstentions or 0)
                for finding in row.findings:
                    if finding.code == "vote_in_words":
                        finding.params["votes_for"] = record.votes_for
        counts = _counts(row, effectif, reel)
        if counts and _contradicts(reading, counts[0], counts[1], counts[2]):
            row.findings.append(
                Finding(
                    "vote_counts_inconsistent",
                    {
                        "line": row.line,
                        "reading": reading,
                        "effectif": counts[0],
                        "reel": counts[1],
                        "ballots": counts[2],
                    },
                )
            )


# A web address a member may open: http(s), no spaces, quotes or angle brackets (a cell of
# « javascript:… » or of prose is no place to send anyone)
_WEB_ADDRESS = cues.plain(r"https?://[^\s\"'<>]+")


def _published_at(row: _Row) -> str | None:
    """DELIB_URL when it is a web address; anything else is reported and left out."""
    url = row.text("DELIB_URL")
    if url is None or _WEB_ADDRESS.fullmatch(url):
        return url
    row.finding("bad_url", column="DELIB_URL", value=url[:80])
    return None


def _vote_in_words(row: _Row, deliberation: DeliberationRecord) -> None:
    """« Unanimité », « Adopté », « Rejeté » typed in a vote column: the outcome the council
    wrote, read as the minutes' vote clause is (votes.py), not a figure reported unreadable;
    the other vote columns left empty beside it are no missing figures then."""
    worded = {
        column: value
        for column in VOTE_COLUMNS
        if (value := row.text(column)) is not None and not _is_count(value)
    }
    if not worded:
        return
    said = _vote_read(" ".join(worded.values()), deliberation)
    if said is None:
        return
    deliberation.outcome, deliberation.unanimous = said.outcome, said.unanimous
    if said.unanimous:
        deliberation.votes_against = deliberation.votes_against or 0
        deliberation.abstentions = deliberation.abstentions or 0
    row.findings[:] = [
        f
        for f in row.findings
        if f.code != "missing_votes"
        and not (f.code == "bad_number" and f.params.get("column") in worded)
    ]
    row.finding(
        "vote_in_words",
        columns=list(worded),
        value=next(iter(worded.values())),
        outcome=said.outcome,
        unanimous=bool(said.unanimous),
    )


def _vote_said(row: _Row, said: str, deliberation: DeliberationRecord) -> None:
    """A column of the vote in words (« Adopté (12 pour, 3 contre) »): what it says, where the
    figures' columns said nothing."""
    vote = _vote_read(said, deliberation)
    if vote is None:
        row.finding("vote_text_unread", value=said)
        return
    deliberation.outcome = deliberation.outcome or vote.outcome
    if deliberation.unanimous is None:
        deliberation.unanimous = vote.unanimous
    for name in ("votes_for", "votes_against", "abstentions"):
        if getattr(deliberation, name) is None:
            setattr(deliberation, name, getattr(vote, name))
    row.findings[:] = [f for f in row.findings if f.code != "missing_votes"]


def _vote_read(text: str, deliberation: DeliberationRecord) -> DeliberationRecord | None:
    """The vote a text says, read as the minutes' vote clause is (votes.py) on a record of
    its own; None when it says none."""
    vote = DeliberationRecord(number=deliberation.number, title=deliberation.title)
    _read_vote(text, vote, [])
    return vote if vote.outcome is not None else None


def _read_row(
    cells: list[str], line: int, table: tables.Table, width: int | None
) -> tuple[ScdlRow, _Row, int | None, int | None]:
    index = table.index
    realigned = tables.realign(cells, table.columns, table.delimiter, FREE_TEXT, TYPED)
    found = len(cells)
    if realigned is not None:
        cells, column = realigned
    elif tail := tables.aligned_tail(cells, table.columns, table.delimiter, FREE_TEXT, TYPED):
        cells = tail  # the votes and dates after the titles: in their own columns
    row = _Row(cells, index, line)
    if realigned is not None:
        row.finding("row_realigned", column=column)
    elif found != len(table.columns):
        # Usually an unquoted separator inside a title: the cells after it are shifted.
        row.finding("wrong_field_count", expected=len(table.columns), found=found)

    number = row.text("DELIB_ID")
    if number is None:
        row.finding("missing_number")
    elif (repaired := _repair_number(number, width)) is not None:
        number, damaged = repaired
        if damaged:
            row.finding("number_repaired", printed=row.text("DELIB_ID"), number=number)

    sitting_date = row.date("DELIB_DATE")
    if row.text("DELIB_DATE") is None:
        row.finding("missing_date")
    title = row.text("DELIB_OBJET")
    if title is None:
        row.finding("missing_title")

    effectif = row.count("VOTE_EFFECTIF")
    reel = row.count("VOTE_REEL")
    votes_for, votes_against, abstentions = (row.count(column) for column in VOTE_COLUMNS)
    # The vote columns are optional in SCDL: a file without them says nothing about votes,
    # which is not a defect of each of its rows.
    empty = [c for c in VOTE_COLUMNS if c in index and row.text(c) is None]
    if empty:
        row.finding("missing_votes", columns=empty)

    deliberation = DeliberationRecord(
        number=number,
        title=title,
        votes_for=votes_for,
        votes_against=votes_against,
        abstentions=abstentions,
        matter=row.text("DELIB_MATIERE_NOM"),
        budget=row.text("BUDGET_NOM"),
        url=_published_at(row),
        prefecture_id=row.text("PREF_ID"),
        prefecture_date=row.date("PREF_DATE"),
    )
    if votes_for is not None and votes_against is not None:
        deliberation.outcome = rules.vote_outcome(votes_for, votes_against)
    if votes_against is not None and abstentions is not None:
        deliberation.unanimous = rules.is_unanimous(votes_against, abstentions)
    _vote_in_words(row, deliberation)
    if (said := row.text(VOTE_TEXT)) is not None:
        _vote_said(row, said, deliberation)

    scdl_row = ScdlRow(
        line=line,
        # COLL_NOM names the collectivity, not the body (Conseil or Bureau) that deliberated;
        # the importer knows which body a file comes from.
        body=None,
        sitting_date=sitting_date,
        deliberation=deliberation,
        in_office=None,
        present=None,
        findings=row.findings,
        collectivity=row.text("COLL_NOM"),
    )
    return scdl_row, row, effectif, reel


def _file_findings(rows: list[ScdlRow], cells: list[_Row]) -> list[Finding]:
    """Damage repeated on every row, said once for the file rather than once per row."""
    findings = []
    sirets: dict[str, list[int]] = defaultdict(list)
    for row, cell in zip(rows, cells, strict=True):
        printed = cell.text("COLL_SIRET")
        if printed is None:
            continue
        siret = tables.read_siret(printed)
        row.siret = siret.value
        if siret.problem:
            sirets[f"{siret.problem}\n{printed}"].append(row.line)
    for key, lines in sirets.items():
        problem, printed = key.split("\n", 1)
        findings.append(
            Finding(
                problem,
                {"column": "COLL_SIRET", "value": printed, "rows": len(lines), "lines": lines[:5]},
            )
        )
    serials = [
        (row.line, value)
        for row, cell in zip(rows, cells, strict=True)
        for value in cell.excel_serials
    ]
    if serials:
        findings.append(
            Finding(
                "excel_serial_dates",
                {
                    "rows": len(serials),
                    "lines": [line for line, _ in serials[:5]],
                    "value": serials[0][1],
                },
            )
        )
    commas = [
        row.line
        for row, cell in zip(rows, cells, strict=True)
        if (printed := cell.text("DELIB_ID"))
        and "," in printed
        and row.deliberation.number != printed
        and not any(f.code == "number_repaired" for f in row.findings)
    ]
    if commas:
        findings.append(
            Finding("decimal_comma_numbers", {"rows": len(commas), "lines": commas[:5]})
        )
    return findings


def parse_scdl(text: str) -> ScdlFile:
    """Every record of an SCDL 'Délibérations' CSV file, with the defects of each.

    Raises DocumentError only when the text is not such a file at all.
    """
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise DocumentError("empty file", code="empty_file")
    header = tables.header(text, "DELIB_ID", SCHEMA, ALIASES)
    if header is None:
        raise DocumentError(
            "no DELIB_ID column in the first line: not an SCDL deliberations file",
            code="not_open_data",
        )
    delimiter, columns = header
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise DocumentError(
            f"not an SCDL deliberations file: no {', '.join(missing)} column",
            code="not_open_data",
            missing=missing,
        )
    table = tables.read_table(text, delimiter, columns)
    index = table.index

    numbers = [tables.Cells(cells, index).text("DELIB_ID") for _, cells in table.records]
    width = _number_width(numbers)
    read = [_read_row(cells, line, table, width) for line, cells in table.records]
    rows = [row for row, _, _, _ in read]
    counts = [(row, effectif, reel) for row, _, effectif, reel in read]
    reading, tally = _vote_reading(counts)
    _apply_reading(reading, counts)
    _flag_duplicates(rows)
    _flag_suspicious_dates(rows)
    findings = _file_findings(rows, [cell for _, cell, _, _ in read])
    findings += tables.skipped_rows(table)
    findings += tables.renamed_columns(text, delimiter, SCHEMA, ALIASES)
    if VOTE_TEXT in columns:
        findings.append(Finding("vote_text_column", {}))
    return ScdlFile(rows=rows, vote_reading=reading, reading_rows=dict(tally), findings=findings)
