"""Families a blind probe of invented council documents found: counts and attendance laid out
as tables (figures under their labels, in bars, tabs, spaces, a .docx or web page's table, and
flattened), votes in compact notations or broken by a line wrap."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.checks import check_extract
from storage.parsing.extract import parse_extract
from storage.parsing.office import office_text
from tests.documents import flattened, handed, surnames
from tests.layout_documents import docx

HEAD = "COMMUNE DE SAINT-AUBAN\nProcès-verbal du conseil municipal\nSéance du 14 mai 2024\n"
ROLL = "\nÉtaient présents : M. Paul VIGNE, Mme Rose LAFAGE, M. Yann ROUX\n"


def printed(text: str, shape: str) -> str:
    return flattened(text) if shape == "flattened" else text


def counts_of(text: str) -> tuple[int | None, int | None, int | None]:
    counts = parse_extract(text).counts
    return counts.in_office, counts.present, counts.votes


# -- a counts table: its labels in one row, the figures in the next ---------------------------

COUNTS_TABLES = {
    "bars": "| En exercice | Présents | Votants |\n| 15          | 11       | 13      |\n",
    "bars and rule": "| En exercice | Présents | Votants |\n|---|---|---|\n| 15 | 11 | 13 |\n",
    "bars without frame": "Délégués en exercice | Présents | Votants\n15 | 11 | 13\n",
    "tabs": "Conseillers en exercice\tPrésents\tVotants\n15\t11\t13\n",
    "spaces": "Nombre de conseillers en exercice    Présents    Votants\n15      11      13\n",
    "a cell a line": "Membres en exercice\nPrésents\nVotants\n15\n11\n13\n",
}


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("table", sorted(COUNTS_TABLES))
def test_each_figure_goes_to_its_label(table: str, shape: str) -> None:
    text = HEAD + COUNTS_TABLES[table] + ROLL
    assert counts_of(printed(text, shape)) == (15, 11, 13)


@pytest.mark.parametrize("suffix", [".docx", ".html"])
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_counts_table_of_a_word_file_or_a_web_page(suffix: str, shape: str) -> None:
    rows = [["Délégués en exercice", "Présents", "Votants"], ["15", "11", "13"]]
    if suffix == ".docx":
        data = docx(HEAD, rows, ROLL)
    else:
        cells = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
        )
        paragraphs = "".join(f"<p>{line}</p>" for line in (HEAD + ROLL).splitlines() if line)
        data = f"<html><body>{paragraphs}<table>{cells}</table></body></html>".encode()
    text = office_text(Path(f"pv{suffix}"), data)
    assert counts_of(printed(text, shape)) == (15, 11, 13)


UNMATCHED = {
    "bars": "| En exercice | Présents | Votants | Pouvoirs |\n| 15 | 11 | 13 |\n",
    "bars without frame": "Délégués en exercice | Présents | Votants | Pouvoirs\n15 | 11 | 13\n",
    "tabs": "En exercice\tPrésents\tVotants\n15\t11\t13\t2\n",
    "spaces": "En exercice    Présents    Votants    Pouvoirs\n15     11     13\n",
}


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("table", sorted(UNMATCHED))
def test_figures_that_match_no_label_are_left_blank_and_told(table: str, shape: str) -> None:
    text = HEAD + UNMATCHED[table] + ROLL
    extract = parse_extract(printed(text, shape))
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (
        None,
        None,
        None,
    )
    assert "missing_counts" in [f.code for f in [*extract.findings, *check_extract(extract)]]


# -- a table of lists: a column per cue, the names under each --------------------------------

LISTS = [
    ["Présents", "Absents excusés", "Pouvoirs"],
    [
        "M. Paul VIGNE\nMme Rose LAFAGE\nM. Yann ROUX\nMme Léa PONS",
        "M. Jean SOULA\nMme Ana MARTY",
        "M. Jean SOULA à M. Paul VIGNE",
    ],
]
DECISIONS = (
    "DCM 2025-011 – Budget primitif : adopté (7 pour, 2 contre)\n"
    "DCM 2025-012 – Tarifs de la cantine : adopté à l'unanimité\n"
)


def web_page(rows: list[list[str]], after: str) -> bytes:
    cells = "".join(
        "<tr>" + "".join(f"<td>{cell.replace(chr(10), '<br>')}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    head = "".join(f"<p>{line}</p>" for line in HEAD.splitlines())
    tail = "".join(f"<p>{line}</p>" for line in after.splitlines())
    return f"<html><body>{head}<table>{cells}</table>{tail}</body></html>".encode()


@pytest.mark.parametrize("suffix", [".docx", ".html"])
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_table_of_lists_and_the_decisions_after_it(suffix: str, shape: str) -> None:
    data = docx(HEAD, LISTS, DECISIONS) if suffix == ".docx" else web_page(LISTS, DECISIONS)
    text = office_text(Path(f"cr{suffix}"), data)
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["lafage", "pons", "roux", "vigne"]
    assert surnames(extract.absent_excused) == ["marty", "soula"]
    assert handed(extract.proxies) == [("soula", "vigne")]
    votes = [
        (i.deliberation.outcome, i.deliberation.votes_for, i.deliberation.votes_against)
        for i in extract.items
    ]
    assert votes == [("adopted", 7, 2), ("adopted", None, 0)]
    assert extract.items[1].deliberation.unanimous


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_figures_under_the_cues_of_lists_are_counts(shape: str) -> None:
    text = HEAD + "| Présents | Absents | Pouvoirs |\n| 12 | 3 | 2 |\n" + ROLL
    counts = parse_extract(printed(text, shape)).counts
    assert (counts.present, counts.absent, counts.proxies) == (12, 3, 2)


# -- a vote's clause broken by a line wrap -----------------------------------------------------

ITEM = "Délibération n° 2024-031 : Convention de déneigement\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Le conseil, après en avoir délibéré, à\nl'unanimité, approuve la convention.",
        "Le conseil, après en avoir délibéré, adopte à\nl’unanimité la convention.",
        "Après en avoir délibéré, le conseil municipal, à\nl'unanimité des membres présents, "
        "approuve la convention.",
    ],
)
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_unanimity_wrapped_after_its_preposition(sentence: str, shape: str) -> None:
    text = HEAD + ROLL + ITEM + sentence + "\n"
    deliberation = parse_extract(printed(text, shape)).deliberation
    assert (deliberation.outcome, deliberation.unanimous) == ("adopted", True)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_figures_wrapped_after_par(shape: str) -> None:
    text = (
        HEAD
        + ROLL
        + ITEM
        + (
            "Le conseil, après en avoir délibéré, adopte par\n"
            "12 voix pour et 3 contre la convention.\n"
        )
    )
    deliberation = parse_extract(printed(text, shape)).deliberation
    assert (deliberation.outcome, deliberation.votes_for, deliberation.votes_against) == (
        "adopted",
        12,
        3,
    )


# -- figures by initials: « 21 P / 2 A / 1 C », with or without their key ------------------------

RELEVE = (
    "| N° | Objet | Vote |\n|---|---|---|\n"
    "| 2024-031 | Tarifs de la cantine | 21 P / 2 A / 1 C |\n"
    "| 2024-032 | Budget annexe | Unanimité |\n"
    "| 2024-033 | Travaux de voirie | 17 P / 6 C |\n"
)


def figures(text: str) -> list[tuple[str | None, int | None, int | None, int | None]]:
    return [
        (d.outcome, d.votes_for, d.votes_against, d.abstentions)
        for d in (item.deliberation for item in parse_extract(text).items)
    ]


@pytest.mark.parametrize("key", ["", "P = pour, A = abstention, C = contre\n"])
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_initials_in_any_order(key: str, shape: str) -> None:
    text = HEAD + ROLL + RELEVE + key
    assert figures(printed(text, shape)) == [
        ("adopted", 21, 1, 2),
        ("adopted", None, 0, 0),
        ("adopted", 17, 6, 0),
    ]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_the_key_gives_initials_their_meaning(shape: str) -> None:
    text = (
        HEAD
        + ROLL
        + (
            "Délibération n° 2024-031 : Tarifs de la cantine\nVote : 21 F / 2 AB\n"
            "Délibération n° 2024-032 : Travaux de voirie\nVote : 17 F / 6 D / 1 AB\n"
            "(F : pour ; D : contre ; AB : abstention)\n"
        )
    )
    assert figures(printed(text, shape)) == [
        ("adopted", 21, 0, 2),
        ("adopted", 17, 6, 1),
    ]


def test_initials_without_contre_nor_key_are_no_vote() -> None:
    """« 21 P / 2 A » alone may be présents and absents: no figure is read by a guess."""
    text = HEAD + ROLL + ITEM + "Le conseil adopte la convention.\nSoit 21 P / 2 A\n"
    deliberation = parse_extract(text).deliberation
    assert (deliberation.outcome, deliberation.votes_for) == ("adopted", None)


# -- every new reading stays linear ------------------------------------------------------------


@pytest.mark.timeout(20)  # a fraction of a second each; a pattern gone quadratic hangs: red
@pytest.mark.parametrize(
    "unit",
    [
        "Présents | Votants | ",
        "| Présents | Absents excusés | | ",
        "1 P / 2 C / ",
        "P = pour ; C : contre ; ",
        "délibéré, à\n",
        "Pour" + " " * 40 + "| ",
    ],
)
def test_a_table_of_one_unit_is_read_in_linear_time(unit: str) -> None:
    text = HEAD + (unit * 5000)[:100_000] + " 1 | 2 | 3"
    parse_extract(text)
    parse_extract(flattened(text))
