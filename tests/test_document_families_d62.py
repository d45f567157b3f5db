"""A count of the absent printed instead of (or beside) their names: « Absents et procurations :
6 », « Nombre d'absents : 6 », « Excusés : 3 ». Read as the absentees' count, with its evidence,
and checked against the lists when they are printed. The documents are invented and read as
printed and flattened (the `shape` fixture)."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import checked_codes, printed, read

HEAD = "COMMUNE DE SAINT-MARC-SUR-LOIRE\nCompte rendu du conseil municipal du 10 avril 2025\n"
ACT = "Délibération n° 2025-021 - Budget primitif 2025\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Absents et procurations : 6", 6),
        ("Nombre d'absents : 6", 6),
        ("Excusés : 3", 3),
        ("Absents excusés : 3", 3),
        ("Excusés : 3   Absents : 1", 4),  # the excused and the other absent
        ("Absents et excusés : 4   Excusés : 3", 4),  # the excused among the four
        ("Excusé(e)s : 3", 3),
        ("Absents excusés : 2 - Absents non excusés : 1", 3),  # both kinds, never twice
        ("Excusés : 2 - Excusés : 1", 2),  # the first figure, as every count
    ],
)
def test_an_absent_count_without_names(line: str, count: int, shape: str) -> None:
    extract = parse_extract(
        printed(f"{HEAD}En exercice : 15   Présents : 9\n{line}\n{ACT}", shape)
    )
    assert extract.counts.absent == count
    assert all(part in line for part in extract.evidence["counts.absent"]["text"].split(" + "))


def test_an_entry_number_is_no_count(shape: str) -> None:
    extract = parse_extract(
        printed(
            f"{HEAD}Présents : M. Paul FAYE, Mme Claire ROUX.\nExcusés :\n1° M. Yves MARTY\n{ACT}",
            shape,
        )
    )
    assert extract.counts.absent is None


def test_the_count_is_checked_against_the_lists(shape: str) -> None:
    extract = read("commune-cr-excused-count-and-lists.txt", shape)
    assert extract.counts.absent == 4
    assert "absent_list_mismatch" in checked_codes(extract)  # two excused named, not three


def test_absentees_and_proxies_counted_with_the_givers(shape: str) -> None:
    extract = parse_extract(
        printed(
            f"{HEAD}Absents et procurations : 3\n"
            "Présents : M. Paul FAYE, Mme Claire ROUX, M. Louis PRAT.\n"
            "Pouvoirs : M. Jean ROCHE à M. Paul FAYE, Mme Ida VIAL à Mme Claire ROUX.\n"
            f"Excusé : M. Luc TESSIER.\n{ACT}",
            shape,
        )
    )
    assert extract.counts.absent == 3
    assert "absent_list_mismatch" not in checked_codes(extract)
