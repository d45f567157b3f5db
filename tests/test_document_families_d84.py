"""A list whose cue prints its count with its members' word before the names, « Présents : 15
membres : M. X, … », « Excusés : 2 conseillers (M. X, Mme Y) »: the names are the list's (they
were lost); and « Absents : néant » beside a list of the excused says no other absentee, never
that nobody was absent (it made the excused a contradiction). The documents are invented."""

from __future__ import annotations

import pytest

from storage.checks import check_extract
from storage.parsing.extract import parse_extract
from tests.documents import printed, read, surnames


def test_presents_counted_with_their_word_then_named(shape: str) -> None:
    extract = read("communaute-extrait-presents-counted-members-absents-none.txt", shape)
    assert len(extract.present) == 15
    assert {"de la fontaine", "costa", "van der berg", "da silva", "petrov"} <= set(
        surnames(extract.present)
    )
    assert surnames(extract.absent_excused) == ["fabre", "legrand", "royer"]
    assert extract.absent == []
    assert extract.counts.absent is None
    assert not [f for f in check_extract(extract) if "count" in f.code or "list" in f.code]


HEAD = "COMMUNE DE SAINT-MAURICE\nConseil municipal du 1er décembre 2025\n"
TAIL = "\n1. Tarifs de la cantine\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize(
    ("roll", "present", "excused"),
    [
        ("Présents : 2 membres : M. Luc ARNAUD, Mme Anne BRUN", ["arnaud", "brun"], []),
        (
            "Présents : deux conseillers : M. Luc ARNAUD, Mme Anne BRUN\n"
            "Excusés : 2 conseillers (M. Paul CROS, Mme Eva DIAZ)",
            ["arnaud", "brun"],
            ["cros", "diaz"],
        ),
        (
            "Étaient présents : 2 élus : ARNAUD Luc, BRUN Anne\nAbsents excusés : CROS Paul",
            ["arnaud", "brun"],
            ["cros"],
        ),
    ],
)
def test_a_list_s_count_and_its_word_before_its_names(
    roll: str, present: list[str], excused: list[str], shape: str
) -> None:
    extract = parse_extract(printed(HEAD + roll + TAIL, shape))
    assert surnames(extract.present) == present
    assert surnames(extract.absent_excused) == excused


def test_nobody_absent_when_the_absentees_say_neant_alone(shape: str) -> None:
    text = HEAD + "Présents : M. Luc ARNAUD, Mme Anne BRUN\nAbsents et excusés : néant" + TAIL
    extract = parse_extract(printed(text, shape))
    assert extract.counts.absent == 0
