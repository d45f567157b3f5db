"""The absentees' list that prints its count as well as its names: the count in brackets in
the cue (« Absents excusés (2) : A, B »), or the names in brackets after the count
(« Excusés : 3 (A, B, C) », wrapped or not). Both are read: the count, with its evidence, and
every name, and a count the names do not reach is said. The documents are invented and read as
printed and flattened (the `shape` fixture)."""

from __future__ import annotations

import pytest

from storage.checks import check_extract
from storage.parsing.extract import parse_extract
from tests.documents import printed, read, surnames


def test_the_names_in_the_count_s_bracket(shape: str) -> None:
    extract = read("commune-pv-excused-count-then-names.txt", shape)
    assert surnames(extract.absent_excused) == ["fayolle", "mathevon", "rochette"]
    assert extract.counts.absent == 3
    assert "Excusés : 3" in extract.evidence["counts.absent"]["text"]
    assert len(extract.present) == 8
    assert extract.secretary is not None
    assert "RIGAUD" in str(extract.secretary)


def test_the_count_in_the_cue_s_bracket(shape: str) -> None:
    extract = read("syndicat-cr-absents-excuses-head-count.txt", shape)
    assert surnames(extract.absent_excused) == ["crozet", "perret"]
    assert surnames(extract.absent) == ["odin"]
    assert extract.counts.absent == 3  # (2) excused + (1) absent


def _sitting(lines: str) -> str:
    return (
        "COMMUNE DE LAVALLA\nCompte rendu du conseil municipal du 3 juin 2025\n"
        f"{lines}\n1. Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )


@pytest.mark.parametrize(
    ("line", "count", "names"),
    [
        ("Absents excusés (2) : Mme Irène VIDAL, M. Paul NOYER", 2, ["noyer", "vidal"]),
        ("Excusés (1) : M. Paul NOYER", 1, ["noyer"]),
        ("Excusés : 2 (Mme Irène VIDAL, M. Paul NOYER)", 2, ["noyer", "vidal"]),
        ("Absents excusés : deux (Mme Irène VIDAL et M. Paul NOYER)", 2, ["noyer", "vidal"]),
        ("Excusées : 2 (VIDAL Irène, NOYER Paule)", 2, ["noyer", "vidal"]),
        ("Absents excusés : 2 – Mme Irène VIDAL, M. Paul NOYER", 2, ["noyer", "vidal"]),
        ("Excusés : 2 : Mme Irène VIDAL, M. Paul NOYER", 2, ["noyer", "vidal"]),
        ("Membres excusés : deux, Mme Irène VIDAL et M. Paul NOYER", 2, ["noyer", "vidal"]),
        # a numbered list, no count: « 1 – » is its first entry's number
        ("Excusés : 1 – Mme Irène VIDAL 2 – M. Paul NOYER", None, ["noyer", "vidal"]),
    ],
)
def test_count_and_names_of_the_excused(
    line: str, count: int | None, names: list[str], shape: str
) -> None:
    text = _sitting(
        f"Présents : M. Marc BRUYÈRE, Mme Anne ROUX, M. Luc FAURE\n{line}\n"
        "Secrétaire de séance : Mme Anne ROUX"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.absent_excused) == names
    assert extract.counts.absent == count
    assert surnames(extract.present) == ["bruyere", "faure", "roux"]


def test_a_count_the_names_do_not_reach_is_said(shape: str) -> None:
    text = _sitting(
        "Présents : M. Marc BRUYÈRE, Mme Anne ROUX, M. Luc FAURE\n"
        "Excusés : 3 (Mme Irène VIDAL, M. Paul NOYER)"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.absent_excused) == ["noyer", "vidal"]
    assert extract.counts.absent == 3
    assert any("absent" in f.code for f in check_extract(extract))


def test_a_count_with_an_aside_is_no_list(shape: str) -> None:
    text = _sitting("Présents : 12 (dont 2 suppléants)\nExcusés : 1")
    extract = parse_extract(printed(text, shape))
    assert extract.present == []
    assert extract.absent_excused == []
    assert extract.counts.present == 12


def test_the_count_before_the_cue() -> None:
    """« 3 excusés : A, B, C » under the presents: the excused, never presents. (Line-broken
    only: flattened, the cue is not yet cut out of the presents' line.)"""
    text = _sitting(
        "Présents : M. Marc BRUYÈRE, Mme Anne ROUX, M. Luc FAURE\n"
        "3 excusés : Mme Irène VIDAL, M. Paul NOYER, Mme Léa GIRAUD\n1 absent : M. Guy REY"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["bruyere", "faure", "roux"]
    assert surnames(extract.absent_excused) == ["giraud", "noyer", "vidal"]
    assert surnames(extract.absent) == ["rey"]
