"""The SCDL 'Subventions' reader, on a hand-made damaged file and the real Haute-Garonne one."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.render import finding_text
from storage.documents import DocumentError, Finding, SubsidyFile
from storage.parsing.scdl import looks_like_scdl
from storage.parsing.subsidies import looks_like_subsidies, parse_subsidies
from storage.parsing.tables import read_amount, read_date, read_siret

FIXTURES = Path(__file__).parent / "fixtures" / "opendata"
REAL = Path(__file__).parents[2] / "shared" / "realdocs"
REAL_SUBSIDIES = REAL / "haute-garonne-departement_scdl-subventions.csv"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_the_damaged_file_row_by_row() -> None:
    text = read("subsidies-damaged.csv")
    assert looks_like_subsidies(text)
    assert not looks_like_scdl(text)
    parsed = parse_subsidies(text)
    first, serial, copy, bad = parsed.rows
    assert (first.line, serial.line, copy.line, bad.line) == (2, 3, 4, 6)
    assert first.grantor == "Saint-Etienne Métropole"
    assert first.grantor_siret == "24420077000117"
    assert first.beneficiary == "ASSOCIATION LES AMIS DU VÉLO"
    assert first.beneficiary_siret == "51234567800019"
    assert first.amount == Decimal("12500.00")
    assert first.share == Decimal("0.5")
    assert first.convention_date == date(2024, 7, 4)
    assert first.decision_reference == "Délibération n° 2024.00417 du 4 juillet 2024"
    assert first.eu_notification is False
    assert first.findings == []
    # An Excel serial is a date; a SIRET in scientific notation is never stored.
    assert serial.convention_date == date(2024, 7, 4)
    assert serial.beneficiary_siret is None
    assert copy.copy_of == 3
    assert [f.code for f in copy.findings] == ["duplicate_row"]
    assert bad.amount is None
    assert [(f.code, f.params) for f in bad.findings] == [
        ("bad_amount", {"line": 6, "column": "montant", "value": "beaucoup"})
    ]
    file_findings = {f.code: f.params for f in parsed.findings}
    assert file_findings["siret_scientific"] == {
        "column": "IDBENEFICIAIRE",
        "value": "4,41371E+13",
        "rows": 2,
        "lines": [3, 4],
    }
    assert file_findings["excel_serial_dates"]["lines"] == [3, 4]
    assert file_findings["blank_rows"] == {"rows": 1, "lines": [5]}


@pytest.mark.skipif(not REAL_SUBSIDIES.exists(), reason="../shared/realdocs is not here")
def test_the_real_haute_garonne_file() -> None:
    parsed = parse_subsidies(REAL_SUBSIDIES.read_text(encoding="utf-8"))
    assert len(parsed.rows) == 69
    assert parsed.findings == []
    first = parsed.rows[0]
    assert (first.grantor, first.beneficiary, first.amount) == (
        "COMMUNE DE ROQUES",
        "TENNIS ROQUES OLYMPIC CLUB",
        Decimal("2400.0"),
    )
    assert first.decision_reference == "DELIB 06FIN du 13-04-2017"
    assert first.payment_period == "2017-01-01_2017-12-31"
    assert Counter(row.grantor for row in parsed.rows) == {
        "COMMUNE DE ROQUES": 40,
        "COMMUNAUTE D AGGLOMERATION DU SICOVAL": 29,
    }
    # One row of the real file names no beneficiary: said, not guessed.
    (orphan,) = [row for row in parsed.rows if row.beneficiary is None]
    assert [f.code for f in orphan.findings] == ["missing_beneficiary"]
    assert all(row.amount is not None and row.amount > 0 for row in parsed.rows)


def test_a_file_without_the_required_columns_is_not_subsidies() -> None:
    with pytest.raises(DocumentError) as raised:
        parse_subsidies("nomAttribuant;objet\nCommune;Subvention\n")
    assert raised.value.code == "not_open_data"
    assert raised.value.params["missing"] == ["nomBeneficiaire", "montant"]  # as spelt


@pytest.mark.parametrize(
    ("printed", "amount"),
    [
        ("2400.0", Decimal("2400.0")),
        ("2 400,50 €", Decimal("2400.50")),
        ("1.234,50", Decimal("1234.50")),
        ("1,234.50", Decimal("1234.50")),
        ("1.234.567", Decimal("1234567")),
        ("12\u202f500 EUR", Decimal("12500")),
        ("beaucoup", None),
        ("12e3", None),
    ],
)
def test_amounts_as_spreadsheets_print_them(printed: str, amount: Decimal | None) -> None:
    assert read_amount(printed) == amount


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("44562", date(2022, 1, 1)),
        ("44562.0", date(2022, 1, 1)),
        ("25/03/22", date(2022, 3, 25)),
        ("2022-03-25T00:00:00", date(2022, 3, 25)),
        ("31/02/2022", None),
        ("12345", None),  # a serial from 1933: a typo rather than a date
    ],
)
def test_dates_as_spreadsheets_print_them(printed: str, read: date | None) -> None:
    assert read_date(printed).value == read


@pytest.mark.parametrize(
    ("printed", "siret", "problem"),
    [
        ("24420077000117", "24420077000117", None),
        ("244 200 770 00117", "24420077000117", None),
        ("2,44201E+13", None, "siret_scientific"),
        ("2.44200770001E13", None, "siret_scientific"),
        ("24420077000118", None, "bad_siret"),  # its Luhn key is wrong
        ("244200770", None, "bad_siret"),  # a SIREN is not a SIRET
        ("2442007700011E", None, "bad_siret"),  # 14 characters, not 14 digits
        ("2,2,2,E", None, "bad_siret"),
    ],
)
def test_sirets_are_stored_only_when_whole(printed: str, siret: str | None, problem: str) -> None:
    cell = read_siret(printed)
    assert (cell.value, cell.problem) == (siret, problem)


@pytest.mark.parametrize(
    ("printed", "said"),
    [
        ("24420077000118", "a bien 14 chiffres mais sa clé de contrôle est fausse"),
        ("244 200 770 00118", "a bien 14 chiffres mais sa clé de contrôle est fausse"),
        ("244200770", "n'est pas un SIRET (14 chiffres)"),
        ("2442007700011E", "n'est pas un SIRET (14 chiffres)"),
    ],
)
def test_a_siret_refused_says_why(printed: str, said: str) -> None:
    """Fourteen digits « n'est pas un SIRET valide (14 chiffres) » read as a contradiction:
    a wrong check key is said as such."""
    finding = Finding(
        "bad_siret", {"column": "idBeneficiaire", "value": printed, "rows": 1, "lines": [3]}
    )
    assert said in finding_text(finding)


@settings(deadline=None, max_examples=150)
@given(body=st.text(max_size=2000))
def test_any_text_is_rows_or_a_document_error(body: str) -> None:
    header = "nomAttribuant;nomBeneficiaire;objet;montant;dateConvention;idBeneficiaire\n"
    try:
        parsed = parse_subsidies(header + body)
    except DocumentError:
        return
    assert isinstance(parsed, SubsidyFile)


def test_an_unquoted_separator_is_put_back_where_only_one_column_fits() -> None:
    text = (
        "nomAttribuant;idAttribuant;dateConvention;nomBeneficiaire;idBeneficiaire;objet;montant\n"
        "Commune de Valfleury; mairie;21310458100011;2024-03-01;Football club;44137080600016;"
        "Maillots;1 500\n"
    )
    (row,) = parse_subsidies(text).rows
    assert row.grantor == "Commune de Valfleury; mairie"
    assert (row.grantor_siret, row.beneficiary, row.amount) == (
        "21310458100011",
        "Football club",
        Decimal(1500),
    )
    assert [f.code for f in row.findings] == ["row_realigned"]


def test_a_separator_two_text_columns_could_hold_is_not_guessed() -> None:
    text = (
        "nomAttribuant;dateConvention;nomBeneficiaire;objet;montant\n"
        "Commune de Valfleury;2024-03-01;Football club; section jeunes;Maillots;1 500\n"
    )
    (row,) = parse_subsidies(text).rows
    # The texts stay where they fell, said; the amount after both is the same whichever held
    # the separator: read in its own column, never « Maillots » taken for it.
    assert [f.code for f in row.findings] == ["wrong_field_count"]
    assert row.amount == Decimal(1500)


def test_a_share_written_as_a_percentage_is_read_so_and_said_once() -> None:
    header = "nomAttribuant;nomBeneficiaire;objet;montant;pourcentageSubvention\n"
    parsed = parse_subsidies(header + "C;B;O;100;80\nC;B2;O;100;0.5\nC;B3;O;100;40 %\n")
    assert [row.share for row in parsed.rows] == [Decimal("0.8"), Decimal("0.5"), Decimal("0.4")]
    assert {f.code: f.params for f in parsed.findings} == {
        "share_as_percent": {"rows": 1, "lines": [2]}
    }
