"""Lists of the absentees their count opens or names: « … Rose LAVAL 3 excusés : M. Marc PONCET,
… » (the count before the cue, in lower case after the presents' last name, the line breaks
lost), and « Nombre d'excusés : 2 (M. X, Mme Y) » (a count's label whose bracket names them).
The names are the excused', the figure their count; a list of absents with no count of its own
beside them does not make the excused count wrong. The documents are invented."""

from __future__ import annotations

import pytest

from storage.checks import check_extract
from storage.parsing.extract import parse_extract
from tests.documents import printed, read, surnames


def test_the_excused_count_before_its_cue(shape: str) -> None:
    extract = read("communaute-pv-count-before-excused-cue.txt", shape)
    assert surnames(extract.present) == [
        "bras", "chazal", "dorel", "fayard", "grange", "jacquet", "laval"
    ]  # fmt: skip
    assert surnames(extract.absent_excused) == ["poncet", "ravel", "sagnol"]
    assert surnames(extract.absent) == ["tardy", "vernay"]
    assert [(p.giver.last_name, p.holder and p.holder.last_name) for p in extract.proxies] == [
        ("PONCET", "BRAS")
    ]
    assert extract.counts.absent == 5
    assert extract.evidence["counts.excused"]["text"].startswith("3 excusés")
    assert not check_extract(extract)


def test_the_excused_count_s_bracket_after_its_label(shape: str) -> None:
    extract = read("syndicat-cr-excused-count-names-bracket.txt", shape)
    assert surnames(extract.absent_excused) == ["faugere", "goutte"]
    assert surnames(extract.absent) == ["hugon"]
    assert surnames(extract.present) == ["archer", "besse", "coste", "dumas", "escot"]
    assert [p.giver.last_name for p in extract.proxies] == ["FAUGÈRE"]
    assert extract.counts.absent == 3


HEAD = "COMMUNE DE SAINT-JUST\nConseil municipal du 4 novembre 2025\n"
TAIL = "\n1. Tarifs de la cantine\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize(
    ("roll", "present", "excused", "absent"),
    [
        (
            "Présents : Luc ARNAUD, Anne BRUN 2 excusés : Paul CROS, Eva DIAZ 1 absent : Guy ESTE",
            ["arnaud", "brun"],
            ["cros", "diaz"],
            ["este"],
        ),
        (
            "Présents : ARNAUD Luc, BRUN Anne 1 excusé : CROS Paul Secrétaire : BRUN Anne",
            ["arnaud", "brun"],
            ["cros"],
            [],
        ),
        (
            "Présents : Luc ARNAUD, Anne BRUN\nNombre d'excusés : 1 (Mme Eva DIAZ)",
            ["arnaud", "brun"],
            ["diaz"],
            [],
        ),
        (
            "Présents : Luc ARNAUD, Anne BRUN\nNombre d'absents excusés : 2 (M. Paul CROS, Mme "
            "Eva DIAZ)\nAbsent : M. Guy ESTE",
            ["arnaud", "brun"],
            ["cros", "diaz"],
            ["este"],
        ),
        # a surname that is a given name too, before the next cue
        (
            "Présents : M. Luc ARNAUD, Mme Claire MARTIN Absents excusés : M. Jean THOMAS",
            ["arnaud", "martin"],
            ["thomas"],
            [],
        ),
        (
            "Présents : Mme Claire MARTIN, M. Paul VINCENT Excusés : Mme Julie ROBERT",
            ["martin", "vincent"],
            ["robert"],
            [],
        ),
    ],
)
def test_counted_lists_of_absentees(
    roll: str, present: list[str], excused: list[str], absent: list[str], shape: str
) -> None:
    extract = parse_extract(printed(HEAD + roll + TAIL, shape))
    assert surnames(extract.present) == present
    assert surnames(extract.absent_excused) == excused
    assert surnames(extract.absent) == absent


@pytest.mark.parametrize(
    "roll",
    [
        # a count of the presents that only says who else sat: no names of absentees
        "Présents : Luc ARNAUD, Anne BRUN\nNombre de présents : 2 (dont 1 suppléant)",
        # « dont 3 excusés » is part of a count
        "Présents : Luc ARNAUD, Anne BRUN\nAbsents : 4 dont 3 excusés : voir ci-dessous",
    ],
)
def test_counts_that_name_nobody(roll: str, shape: str) -> None:
    extract = parse_extract(printed(HEAD + roll + TAIL, shape))
    assert surnames(extract.present) == ["arnaud", "brun"]
    assert extract.absent_excused == []


@pytest.mark.parametrize(
    "roll",
    [
        "Présents : Luc ARNAUD, Anne BRUN, Paul CROS 2 pouvoirs : Eva DIAZ à Luc ARNAUD, Guy "
        "ESTE à Anne BRUN 1 absent : Marc FAURE",
        "Présents : Luc ARNAUD, Anne BRUN, Paul CROS\n2 procurations : Mme Eva DIAZ à M. Luc "
        "ARNAUD, M. Guy ESTE à Mme Anne BRUN\nAbsent : M. Marc FAURE",
        "Présents (3) : Luc ARNAUD, Anne BRUN, Paul CROS 2 représentés : Eva DIAZ par Luc ARNAUD, "
        "Guy ESTE par Anne BRUN Absent : Marc FAURE",
    ],
)
def test_counted_proxies_after_the_presents(roll: str, shape: str) -> None:
    extract = parse_extract(printed(HEAD + roll + TAIL, shape))
    assert surnames(extract.present) == ["arnaud", "brun", "cros"]
    assert [(p.giver.last_name, p.holder and p.holder.last_name) for p in extract.proxies] == [
        ("DIAZ", "ARNAUD"),
        ("ESTE", "BRUN"),
    ]
    assert extract.counts.proxies == 2
    assert surnames(extract.absent) == ["faure"]
