"""The SCDL open-data reader, on the métropole's real 2022 file and on small hand-made ones."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.documents import DocumentError, ScdlRow
from storage.parsing.scdl import looks_like_scdl, parse_scdl

FIXTURES = Path(__file__).parent / "fixtures" / "scdl"
SAMPLE = FIXTURES / "scdl-deliberations-saint-etienne-metropole-2022.csv"
HEADER = (
    "DELIB_ID,DELIB_DATE,DELIB_OBJET,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,"
    "VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION\n"
)


def read(name: str) -> str:
    # Plain utf-8, not utf-8-sig: the reader is the one that must cope with a byte-order mark.
    return (FIXTURES / name).read_text(encoding="utf-8")


def rows_of(text: str) -> list[ScdlRow]:
    return parse_scdl(text).rows


def codes(row: ScdlRow) -> list[str]:
    return [finding.code for finding in row.findings]


def params(rows: list[ScdlRow], code: str) -> dict[int, dict]:
    # Each finding carries its row's line (for the secretariat); the key says it already.
    return {
        row.line: {k: v for k, v in f.params.items() if k != "line"}
        for row in rows
        for f in row.findings
        if f.code == code
    }


@pytest.fixture(scope="module")
def sample() -> list[ScdlRow]:
    return parse_scdl(SAMPLE.read_text(encoding="utf-8")).rows


@pytest.fixture(scope="module")
def by_line(sample: list[ScdlRow]) -> dict[int, ScdlRow]:
    return {row.line: row for row in sample}


# -- the real file ---------------------------------------------------------------------------


def test_sample_is_recognised() -> None:
    assert looks_like_scdl(SAMPLE.read_text(encoding="utf-8"))


def test_sample_keeps_every_row_with_its_dates(sample: list[ScdlRow]) -> None:
    assert len(sample) == 80
    assert Counter(row.sitting_date for row in sample) == {
        date(2022, 3, 24): 51,
        date(2022, 1, 27): 28,
        date(2022, 3, 25): 1,
    }
    assert Counter(row.deliberation.prefecture_date for row in sample) == {
        date(2022, 4, 4): 57,
        date(2022, 2, 8): 16,
        date(2022, 1, 28): 4,
        date(2022, 3, 25): 2,
        date(2022, 4, 5): 1,
    }
    assert all(row.deliberation.title for row in sample)
    assert all(row.body is None for row in sample)


def test_sample_lines_point_at_the_first_line_of_each_record(sample: list[ScdlRow]) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    # Titles spread over several lines, so record n is not on line n + 1; the leading column
    # is the row counter the métropole put there.
    for counter, row in enumerate(sample, start=1):
        assert lines[row.line - 1].startswith(f"{counter},Saint-etienne metropole")


def test_sample_columns_mean_what_they_say(by_line: dict[int, ScdlRow]) -> None:
    first = by_line[2]
    record = first.deliberation
    assert record.number == "2022.00028"
    assert (first.in_office, first.present) == (123, 89)
    assert (record.votes_for, record.votes_against, record.abstentions) == (101, 0, 4)
    assert (record.outcome, record.unanimous) == ("adopted", False)
    assert record.matter == "COMMANDE PUBLIQUE"
    assert (record.prefecture_id, record.prefecture_date) == ("PREF042", date(2022, 4, 4))
    # 101 ballots for 89 present is normal here (VOTE_REEL excludes proxies): no finding.
    assert first.findings == []


def test_sample_multi_line_title_is_one_line(by_line: dict[int, ScdlRow]) -> None:
    assert by_line[2].deliberation.title == (
        "PLAN DE RELANCE METROPOLITAIN 2021-2023 - ATTRIBUTION D’UN FONDS DE CONCOURS A LA "
        "COMMUNE DE LA TOUR-EN-JAREZ - CONSTRUCTION D’UN ESPACE INTERGENERATIONNEL"
    )


def test_sample_empty_matter_is_none(by_line: dict[int, ScdlRow]) -> None:
    assert by_line[58].deliberation.matter is None


def test_sample_repaired_numbers(sample: list[ScdlRow]) -> None:
    assert params(sample, "number_repaired") == {
        58: {"printed": "2022.0013", "number": "2022.00130"},
        71: {"printed": "2022.0014", "number": "2022.00140"},
        81: {"printed": "2022.0015", "number": "2022.00150"},
        82: {"printed": "2022.0015", "number": "2022.00150"},
        92: {"printed": "2022.0003", "number": "2022.00030"},
        93: {"printed": "2022.0004", "number": "2022.00040"},
    }
    numbers = {row.line: row.deliberation.number for row in sample}
    assert numbers[58] == "2022.00130"


def test_sample_duplicate_numbers(sample: list[ScdlRow]) -> None:
    reported = {
        f.params["number"]: f.params["lines"]
        for row in sample
        for f in row.findings
        if f.code == "duplicate_number"
    }
    assert reported == {
        "2022.00047": [13, 87],  # one number in two sittings
        "2022.00103": [25, 27],
        "2022.00107": [33, 34],
        "2022.00112": [41, 43],
        "2022.00114": [45, 47],
        "2022.00118": [49, 50, 51],
        "2022.00122": [53, 54, 55],
        "2022.00131": [59, 60],
        "2022.00133": [62, 63],
        "2022.00134": [64, 65],
        "2022.00136": [66, 67],
        "2022.00139": [69, 70],
        "2022.00142": [73, 74],
        "2022.00148": [78, 79],
        "2022.00150": [81, 82],  # both printed 2022.0015: found once repaired
        "2022.00152": [83, 84],
    }
    # Every row of every group carries the finding, and both rows are kept.
    assert sum(codes(row).count("duplicate_number") for row in sample) == 34


def test_sample_exact_copy_is_one_deliberation(by_line: dict[int, ScdlRow]) -> None:
    # Row 98 repeats row 90 word for word: a copy, not a second decision under one number.
    assert by_line[98].copy_of == 90
    assert codes(by_line[98]) == ["duplicate_row"]
    assert by_line[98].findings[0].params == {"line": 98, "number": "2022.00029", "copy_of": 90}
    assert codes(by_line[90]) == []


def test_sample_row_76_has_no_votes(by_line: dict[int, ScdlRow]) -> None:
    row = by_line[102]  # the row the file numbers 76
    assert row.deliberation.number == "2022.00031"
    record = row.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (None, None, None)
    assert (record.outcome, record.unanimous) == (None, None)
    assert (row.in_office, row.present) == (123, 108)
    assert codes(row) == ["missing_votes"]


def test_sample_suspicious_date_fires_once(sample: list[ScdlRow]) -> None:
    assert params(sample, "date_suspicious") == {
        57: {"date": "2022-03-25", "expected": "2022-03-24"}
    }


def test_sample_findings_per_code(sample: list[ScdlRow]) -> None:
    assert Counter(f.code for row in sample for f in row.findings) == {
        "duplicate_number": 34,
        "duplicate_row": 1,
        "number_repaired": 6,
        "date_suspicious": 1,
        "missing_votes": 1,
    }


# -- small files -----------------------------------------------------------------------------


def test_semicolons_bom_and_french_dates() -> None:
    text = read("semicolon-bom-french-dates.csv")
    assert text.startswith("\ufeff")
    assert looks_like_scdl(text)
    first, second = rows_of(text)
    assert (first.line, second.line) == (2, 4)
    assert first.sitting_date == date(2024, 7, 4)
    assert first.deliberation.prefecture_date == date(2024, 7, 5)
    assert (
        first.deliberation.title == "CONTRAT LOCAL DES SOLIDARITÉS ; attribution des subventions"
    )
    assert first.deliberation.prefecture_id == "042-244200770-20240704-2024_00417-DE"
    assert first.deliberation.matter == "Subventions"
    assert second.deliberation.title == "Tarifs 2025, piscines"
    assert second.deliberation.matter is None
    assert (second.deliberation.outcome, second.deliberation.unanimous) == ("rejected", False)
    assert first.findings == second.findings == []


def test_missing_delib_id_column_is_not_scdl() -> None:
    text = read("missing-delib-id.csv")
    assert not looks_like_scdl(text)
    with pytest.raises(DocumentError, match="DELIB_ID"):
        rows_of(text)


def test_missing_title_column_is_not_scdl() -> None:
    with pytest.raises(DocumentError, match="DELIB_OBJET"):
        rows_of("COLL_NOM,DELIB_ID,DELIB_DATE\nSEM,2024.00001,2024-07-04\n")


@pytest.mark.parametrize("text", ["", "\ufeff", " \r\n\n"])
def test_empty_file(text: str) -> None:
    assert not looks_like_scdl(text)
    with pytest.raises(DocumentError, match="empty"):
        rows_of(text)


def test_empty_fixture_file() -> None:
    with pytest.raises(DocumentError):
        rows_of(read("empty.csv"))


def test_an_extract_is_not_scdl() -> None:
    text = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nBureau Métropolitain du 4 juillet 2024\n"
    assert not looks_like_scdl(text)
    with pytest.raises(DocumentError):
        rows_of(text)


def test_header_only_is_an_empty_list() -> None:
    assert rows_of(HEADER) == []


def test_unreadable_and_negative_counts() -> None:
    (row,) = rows_of(read("bad-votes.csv"))
    record = row.deliberation
    assert (row.in_office, row.present) == (67, None)
    assert (record.votes_for, record.votes_against, record.abstentions) == (None, 0, 2)
    assert record.outcome is None  # without the ballots for, no outcome
    assert record.unanimous is False  # two abstentions are enough to know
    assert [f.params for f in row.findings if f.code == "bad_number"] == [
        {"line": 2, "column": "VOTE_REEL", "value": "-3"},
        {"line": 2, "column": "VOTE_POUR", "value": "abc"},
    ]
    assert "missing_votes" not in codes(row)


def test_spreadsheet_decimals_in_counts_are_read() -> None:
    (row,) = rows_of(HEADER + "2024.00001,2024-07-04,Tarifs,,67.0,40,44.0,0,0\n")
    assert (row.in_office, row.deliberation.votes_for) == (67, 44)
    assert row.findings == []


def test_some_votes_missing() -> None:
    (row,) = rows_of(HEADER + "2024.00001,2024-07-04,Tarifs,,67,40,44,,\n")
    assert row.deliberation.votes_for == 44
    assert row.deliberation.unanimous is None
    assert row.findings[0].code == "missing_votes"
    assert row.findings[0].params == {"line": 2, "columns": ["VOTE_CONTRE", "VOTE_ABSTENTION"]}


def test_bad_and_missing_values_keep_the_row() -> None:
    text = HEADER + ",2024-13-40,,,,,,,\n2024.00002,4 juillet,Tarifs,,1,1,1,0,0,extra\n"
    first, second = rows_of(text)
    assert first.sitting_date is None
    assert codes(first) == ["missing_number", "bad_date", "missing_title", "missing_votes"]
    assert first.findings[1].params == {"line": 2, "column": "DELIB_DATE", "value": "2024-13-40"}
    assert second.sitting_date is None
    assert codes(second) == ["wrong_field_count", "bad_date"]
    assert second.findings[0].params == {"line": 3, "expected": 9, "found": 10}


def test_a_file_without_vote_columns_does_not_warn_on_every_row() -> None:
    (row,) = rows_of("DELIB_ID,DELIB_DATE,DELIB_OBJET\r2024.00001,2024-07-04,Tarifs\r")
    assert row.line == 2
    assert row.deliberation.outcome is None
    assert row.findings == []


def test_blank_lines_are_not_rows_but_count_as_lines() -> None:
    text = HEADER + "\n2024.00001,2024-07-04,Tarifs,,,,1,0,0\n,,,,,,,,\n"
    (row,) = rows_of(text)
    assert row.line == 3


def test_french_locale_number_is_repaired() -> None:
    text = HEADER + "2022.00128,2022-03-24,A,,,,1,0,0\n2022,0013,2022-03-24,B,,,,1,0,0\n"
    # Unquoted, "2022,0013" would split in a comma file; in a French-locale export it comes
    # with semicolons.
    text = text.replace(",", ";").replace("2022;0013", "2022,0013")
    _, row = rows_of(text)
    assert row.deliberation.number == "2022.00130"
    assert row.findings[0].params == {"line": 3, "printed": "2022,0013", "number": "2022.00130"}


def test_numbers_of_another_width_are_left_alone() -> None:
    # A collectivity numbering YEAR.NNN: its numbers are not decimals to repair.
    rows = rows_of(
        HEADER + "".join(f"2024.{n:03d},2024-07-04,Objet {n},,,,1,0,0\n" for n in (101, 102, 115))
    )
    assert [row.deliberation.number for row in rows] == ["2024.101", "2024.102", "2024.115"]
    assert all(row.findings == [] for row in rows)


def test_exact_copy_is_one_row_said_once() -> None:
    line = "2024.00001,2024-07-04,Tarifs,,,,1,0,0\n"
    # The copy may differ in case and spacing only: the object is the same.
    copy = "2024.00001,2024-07-04, tarifs ,,,,1,0,0\n"
    first, second = rows_of(HEADER + line + copy)
    assert (first.copy_of, second.copy_of) == (None, 2)
    assert first.findings == []
    assert [(f.code, f.params) for f in second.findings] == [
        ("duplicate_row", {"line": 3, "number": "2024.00001", "copy_of": 2})
    ]


def test_one_number_for_two_objects_keeps_both_and_says_so() -> None:
    rows = rows_of(
        HEADER + "2024.00001,2024-07-04,Tarifs,,,,1,0,0\n2024.00001,2024-07-04,Voirie,,,,1,0,0\n"
    )
    assert [row.copy_of for row in rows] == [None, None]
    for row in rows:
        assert codes(row) == ["duplicate_number"]
        expected = {"line": row.line, "number": "2024.00001", "lines": [2, 3]}
        assert row.findings[0].params == expected


def _rows(*dates: tuple[str, str]) -> str:
    return HEADER + "".join(
        f"2024.{n:05d},{sitting},Objet {n},{prefecture},,,1,0,0\n"
        for n, (sitting, prefecture) in enumerate(dates, start=1)
    )


def test_date_suspicious_within_its_prefecture_batch() -> None:
    # The odd row is last in the file, so only its préfecture batch tells it apart.
    rows = rows_of(
        _rows(
            ("2024-07-04", "2024-07-10"),
            ("2024-07-04", "2024-07-10"),
            ("2024-07-04", "2024-07-10"),
            ("2024-06-27", "2024-07-01"),
            ("2024-06-27", "2024-07-01"),
            ("2024-07-05", "2024-07-10"),
        )
    )
    assert params(rows, "date_suspicious") == {7: {"date": "2024-07-05", "expected": "2024-07-04"}}


@pytest.mark.parametrize(
    "dates",
    [
        # A one-item sitting the day after another, sent to the préfecture on its own.
        [("2024-07-04", "2024-07-10")] * 3 + [("2024-07-05", "2024-07-11")],
        # A block of another sitting's rows inside a batch: they agree with each other.
        [("2024-07-04", "2024-07-10")] * 2
        + [("2024-05-30", "2024-07-10")] * 2
        + [("2024-07-04", "2024-07-10")] * 2,
        # Alone in its batch and between two different sittings.
        [("2024-06-27", "2024-07-01"), ("2024-07-01", "2024-07-03"), ("2024-07-04", "2024-07-10")],
        # A batch of two disagreeing rows says nothing.
        [("2024-07-04", "2024-07-10"), ("2024-07-05", "2024-07-10")],
    ],
)
def test_date_suspicious_does_not_over_fire(dates: list[tuple[str, str]]) -> None:
    assert params(rows_of(_rows(*dates)), "date_suspicious") == {}


def test_date_suspicious_between_rows_of_one_sitting() -> None:
    rows = rows_of(
        _rows(("2024-07-04", "2024-07-10"), ("2024-07-14", "2024-07-20"), ("2024-07-04", ""))
    )
    assert params(rows, "date_suspicious") == {3: {"date": "2024-07-14", "expected": "2024-07-04"}}


# -- anything at all -------------------------------------------------------------------------


@settings(deadline=None, max_examples=200)
@given(
    body=st.text(),
    header=st.sampled_from(["", HEADER, HEADER.replace(",", ";"), "\ufeff" + HEADER]),
)
def test_any_text_is_rows_or_a_document_error(body: str, header: str) -> None:
    text = header + body
    assert looks_like_scdl(text) in (True, False)
    try:
        rows = rows_of(text)
    except DocumentError:
        return
    assert isinstance(rows, list)
    assert all(isinstance(row, ScdlRow) for row in rows)


# -- spreadsheet damage and the reading of the vote columns ----------------------------------

OPENDATA = Path(__file__).parent / "fixtures" / "opendata"
REAL_EXPORT = (
    Path(__file__).parents[2]
    / "shared"
    / "realdocs"
    / "saint-etienne-metropole_conseil_2022_scdl-deliberations_excel-export.csv"
)


def test_a_damaged_commune_file() -> None:
    parsed = parse_scdl((OPENDATA / "deliberations-damaged.csv").read_text(encoding="utf-8"))
    budget, plu, canteen, roads = parsed.rows
    assert budget.sitting_date == date(2022, 3, 24)  # the Excel serial 44644
    assert plu.sitting_date == date(2022, 3, 24)  # « 24/03/22 »
    assert plu.deliberation.prefecture_date == date(2022, 3, 25)
    assert all(row.siret is None for row in parsed.rows)  # « 2,14201E+13 » lost its digits
    # pour + contre + abstentions = VOTE_REEL on every row: the schema's reading.
    assert parsed.vote_reading == "schema"
    assert parsed.reading_rows == {"schema": 4, "present": 0, "swapped": 0}
    assert (budget.in_office, budget.voters, budget.present) == (19, 15, None)
    assert {f.code: f.params for f in parsed.findings} == {
        "siret_scientific": {
            "column": "COLL_SIRET",
            "value": "2,14201E+13",
            "rows": 4,
            "lines": [2, 3, 5, 6],
        },
        "excel_serial_dates": {"rows": 1, "lines": [2], "value": "44644"},
        "blank_rows": {"rows": 2, "lines": [4, 7]},
    }
    assert canteen.findings == roads.findings == []  # lengths are the store's business


def test_the_metropole_reading_is_said_from_its_ballots() -> None:
    parsed = parse_scdl(SAMPLE.read_text(encoding="utf-8"))
    assert parsed.vote_reading == "present"
    assert parsed.reading_rows["present"] == 79
    first = parsed.rows[0]
    assert (first.in_office, first.present, first.voters) == (123, 89, None)


def test_swapped_columns_are_read_as_the_file_uses_them() -> None:
    text = HEADER + "".join(
        f"2024.0000{n},2024-07-04,Objet {n},,{votes},{seats},{votes - 2},1,1\n"
        for n, (votes, seats) in enumerate([(40, 67), (41, 67), (39, 67)], start=1)
    )
    parsed = parse_scdl(text)
    assert parsed.vote_reading == "swapped"
    assert [(row.in_office, row.voters) for row in parsed.rows] == [(67, 40), (67, 41), (67, 39)]


def test_a_row_against_the_file_reading_is_reported() -> None:
    rows = "".join(f"2024.0000{n},2024-07-04,Objet {n},,67,40,38,1,1\n" for n in range(1, 4))
    odd = "2024.00009,2024-07-04,Objet 9,,67,40,50,10,10\n"  # 70 ballots for 67 in office
    parsed = parse_scdl(HEADER + rows + odd)
    assert parsed.vote_reading == "schema"
    assert params(parsed.rows, "vote_counts_inconsistent") == {
        5: {"reading": "schema", "effectif": 67, "reel": 40, "ballots": 70}
    }


def test_without_vote_counts_the_schema_reading_is_kept_unchecked() -> None:
    parsed = parse_scdl("DELIB_ID,DELIB_DATE,DELIB_OBJET\n2024.00001,2024-07-04,Tarifs\n")
    assert parsed.vote_reading == "schema"
    assert sum(parsed.reading_rows.values()) == 0


@pytest.mark.skipif(not REAL_EXPORT.exists(), reason="../shared/realdocs is not here")
def test_the_real_excel_export_of_the_metropole() -> None:
    parsed = parse_scdl(REAL_EXPORT.read_text(encoding="utf-8"))
    assert len(parsed.rows) == 80
    by_code = {f.code: f.params for f in parsed.findings}
    assert by_code["siret_scientific"]["rows"] == 80
    assert by_code["blank_rows"]["rows"] == 919
    # « 2022,00028 » wears a French comma but lost nothing: no trailing-zero warning for it.
    assert by_code["decimal_comma_numbers"]["rows"] == 74
    repaired = [f for row in parsed.rows for f in row.findings if f.code == "number_repaired"]
    assert sorted(f.params["printed"] for f in repaired) == [
        "2022,0003",
        "2022,0004",
        "2022,0013",
        "2022,0014",
        "2022,0015",
        "2022,0015",
    ]
    assert parsed.rows[0].deliberation.number == "2022.00028"
    assert parsed.vote_reading == "present"


def test_an_unquoted_comma_in_a_title_is_put_back_and_said() -> None:
    (row,) = rows_of(
        HEADER + "2024.00001,2024-07-04,Tarifs, piscines et patinoire,,67,40,44,0,2\n"
    )
    assert row.deliberation.title == "Tarifs, piscines et patinoire"
    assert (row.deliberation.votes_for, row.deliberation.abstentions) == (44, 2)
    assert [(f.code, f.params) for f in row.findings] == [
        ("row_realigned", {"line": 2, "column": "DELIB_OBJET"})
    ]


def test_a_shift_that_two_columns_could_explain_is_not_guessed() -> None:
    header = "DELIB_ID,DELIB_DATE,DELIB_MATIERE_NOM,DELIB_OBJET\n"
    (row,) = rows_of(header + "2024.00001,2024-07-04,Sport,Tarifs,piscines\n")
    assert codes(row) == ["wrong_field_count"]


def test_the_published_address_is_kept_when_it_is_a_web_address() -> None:
    text = (
        "DELIB_ID,DELIB_DATE,DELIB_OBJET,DELIB_URL\n"
        "2024.00001,2024-07-04,Tarifs,https://example.org/actes/2024-00001.pdf\n"
        "2024.00002,2024-07-04,Voirie,javascript:alert(1)\n"
        "2024.00003,2024-07-04,Eau,voir le site de la métropole\n"
        "2024.00004,2024-07-04,Budget,\n"
    )
    kept, script, prose, empty = rows_of(text)
    assert kept.deliberation.url == "https://example.org/actes/2024-00001.pdf"
    assert kept.findings == []
    # anything else is no address to send a member to: left out, and said for the secretariat
    assert script.deliberation.url is None
    assert prose.deliberation.url is None
    assert params([script, prose], "bad_url") == {
        3: {"column": "DELIB_URL", "value": "javascript:alert(1)"},
        4: {"column": "DELIB_URL", "value": "voir le site de la métropole"},
    }
    assert empty.deliberation.url is None
    assert empty.findings == []


def test_the_sample_gives_each_act_its_publication_page(sample: list[ScdlRow]) -> None:
    assert {row.deliberation.url for row in sample} == {
        "https://www.saint-etienne-metropole.fr/la-metropole/vie-democratique/deliberations"
    }
