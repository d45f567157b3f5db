"""Open-data files as spreadsheets really export them, for both SCDL schemas: Excel's
« sep=; » line above the header (its columns in lower case, a byte-order mark after it), two
exports pasted one after the other (the header again inside the data), a « TOTAL » row at the
bottom. The records are read, the other rows are said once and never become a deliberation or
a subsidy."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from storage.documents import ScdlFile
from storage.importer import parse_text
from storage.parsing.scdl import looks_like_scdl, parse_scdl
from storage.parsing.subsidies import looks_like_subsidies, parse_subsidies

DELIBERATIONS = (
    "coll_nom;coll_siret;delib_id;delib_date;delib_objet;vote_pour;vote_contre;vote_abstention\n"
    "Commune de Valfleury;2,14E+13;DCM-2025-07;2025-02-11;Tarifs de la salle des fêtes;15;0;2\n"
    'Commune de Valfleury;2,14E+13;DCM-2025-08;2025-02-11;"Convention avec\nle SIVOM";17;0;0\n'
)
SUBSIDIES = (
    "nomAttribuant,idAttribuant,dateConvention,nomBeneficiaire,objet,montant\n"
    "Commune de Valfleury,21420099800017,2025-01-20,Amicale laïque,Classe de neige,2 400\n"
    "Commune de Valfleury,21420099800017,2025-01-22,Club de judo,Tatamis,1 100\n"
)


def test_an_excel_separator_line_and_lower_case_columns_are_read() -> None:
    text = "sep=;\n\ufeff" + DELIBERATIONS
    assert looks_like_scdl(text)
    parsed = parse_scdl(text)
    assert [row.deliberation.number for row in parsed.rows] == ["DCM-2025-07", "DCM-2025-08"]
    assert [row.line for row in parsed.rows] == [3, 4]  # the file's own lines, « sep= » counted
    assert parsed.rows[1].deliberation.title == "Convention avec le SIVOM"


def test_two_exports_pasted_together_keep_their_records_not_the_second_header() -> None:
    header = DELIBERATIONS.splitlines(keepends=True)[0]
    text = DELIBERATIONS + header.upper() + DELIBERATIONS.split("\n", 1)[1].replace("07", "09")
    parsed = parse_scdl(text)
    numbers = [row.deliberation.number for row in parsed.rows]
    assert "DELIB_ID" not in numbers
    assert "delib_id" not in numbers
    assert numbers.count("DCM-2025-09") == 1
    assert {f.code: f.params["rows"] for f in parsed.findings}["repeated_header_rows"] == 1


def test_a_total_row_is_no_subsidy() -> None:
    for total in ("TOTAL,,,,,3 500\n", ",,,Total général,,3 500\n", "Sous-total 2025;;;;;3500\n"):
        parsed = parse_subsidies(SUBSIDIES + total.replace(";", ","))
        assert [row.beneficiary for row in parsed.rows] == ["Amicale laïque", "Club de judo"]
        assert [row.amount for row in parsed.rows] == [Decimal(2400), Decimal(1100)]
        assert {f.code for f in parsed.findings} >= {"total_rows"}


def test_a_beneficiary_named_total_is_still_a_subsidy() -> None:
    """« Total Fitness » is a club: a row with its cells filled is a record whatever its words."""
    text = SUBSIDIES + "Commune de Valfleury,21420099800017,2025-02-01,Total Fitness,Tapis,300\n"
    assert looks_like_subsidies(text)
    assert [row.beneficiary for row in parse_subsidies(text).rows][-1] == "Total Fitness"


def test_the_importer_takes_an_excel_export_for_open_data() -> None:
    parsed = parse_text("sep=;\n" + DELIBERATIONS, Path("export.csv"))
    assert isinstance(parsed, ScdlFile)
    assert len(parsed.rows) == 2
