"""Relevés de décisions printed as a table of twelve acts (number | object | decision | vote)
in the shapes that gave one item: a table with bars cut by a page's footer and its header
printed again, a cell wrapped over two rows, columns set apart by tabs, a PDF's text giving one
line per row after the header row (« N° Objet Décision Vote »: no sentence the first row goes
on), a cell grid (one cell a line), a PDF whose table crosses a page. Twelve acts give twelve
items, each with its own outcome and vote. Invented council, line-broken and flattened."""

# ruff: noqa: E501  (the documents' lines are printed as councils print them)
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import flattened, minutes_pdf, surnames

ACTS = [
    ("2024-01", "Compte de gestion 2023", "Adopté", "Unanimité"),
    ("2024-02", "Compte administratif 2023", "Adopté", "12 pour, 2 abstentions"),
    ("2024-03", "Affectation du résultat 2023", "Adopté", "Unanimité"),
    ("2024-04", "Budget primitif 2024", "Adopté", "11 pour, 3 contre"),
    ("2024-05", "Taux des taxes locales 2024", "Adopté", "Unanimité"),
    ("2024-06", "Subventions aux associations", "Adopté", "13 pour, 1 abstention"),
    ("2024-07", "Tarifs de la cantine scolaire", "Adopté", "Unanimité"),
    ("2024-08", "Convention avec le syndicat des eaux du Haut-Val", "Adopté", "Unanimité"),
    ("2024-09", "Création d'un poste d'agent technique", "Adopté", "Unanimité"),
    ("2024-10", "Motion relative au bureau de poste", "Rejeté", "4 pour, 10 contre"),
    ("2024-11", "Vente de la parcelle AB 112", "Adopté", "10 pour, 2 contre, 2 abstentions"),
    ("2024-12", "Rapport sur l'eau potable 2023", "Pris acte", "Sans vote"),
]
# (outcome, against, abstentions) of each act
EXPECTED = [
    ("adopted", 0, 0),
    ("adopted", 0, 2),
    ("adopted", 0, 0),
    ("adopted", 3, 0),
    ("adopted", 0, 0),
    ("adopted", 0, 1),
    ("adopted", 0, 0),
    ("adopted", 0, 0),
    ("adopted", 0, 0),
    ("rejected", 10, 0),
    ("adopted", 2, 2),
    ("noted", None, None),
]
HEAD = """COMMUNE DE VALFLEURY-LES-PINS
RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL DU 20 MARS 2024

Présents : M. Luc ARNAUD, Maire, Mme Berthe BLANC, M. Claude CROS, Mme Denise DAUMAS, M. Emile ESPIE, Mme Fanny FAURE, M. Gérard GAY.
Secrétaire de séance : Mme Berthe BLANC.

"""
FOOTER = "Commune de Valfleury-les-Pins – Conseil municipal du 20 mars 2024 – Page {}/2"
WRAPPED = ("Convention avec le syndicat", "des eaux du Haut-Val")


def bars() -> str:
    rows = [HEAD, "| N° | Objet | Décision | Vote |", "|---|---|---|---|"]
    for n, (number, title, decision, vote) in enumerate(ACTS):
        if n == 6:  # the page's footer, then the header printed again
            rows += [
                "",
                FOOTER.format(1),
                "",
                "| N° | Objet | Décision | Vote |",
                "|---|---|---|---|",
            ]
        if number == "2024-08":  # the object wrapped in its cell
            rows += [
                f"| {number} | {WRAPPED[0]} | {decision} | {vote} |",
                f"| | {WRAPPED[1]} | | |",
            ]
            continue
        rows.append(f"| {number} | {title} | {decision} | {vote} |")
    return "\n".join([*rows, "", FOOTER.format(2)]) + "\n"


def tabs() -> str:
    rows = [HEAD, "N°\tObjet\tDécision\tVote"]
    for n, act in enumerate(ACTS):
        if n == 6:
            rows += ["", FOOTER.format(1), ""]
        rows.append("\t".join(act))
    return "\n".join([*rows, "", FOOTER.format(2)]) + "\n"


def one_line_a_row() -> str:
    """A PDF's text of the table: each row's cells run together on one line."""
    rows = [HEAD, "N° Objet Décision Vote"]
    for n, act in enumerate(ACTS):
        if n == 6:
            rows += [FOOTER.format(1), "N° Objet Décision Vote"]
        rows.append(" ".join(act))
    return "\n".join([*rows, FOOTER.format(2)]) + "\n"


def cells() -> str:
    rows = [HEAD, "N°", "Objet", "Décision", "Vote"]
    for n, act in enumerate(ACTS):
        if n == 6:
            rows += [FOOTER.format(1), "N°", "Objet", "Décision", "Vote"]
        rows += list(act)
    return "\n".join([*rows, FOOTER.format(2)]) + "\n"


def check(extract: Extract) -> None:
    assert surnames(extract.present)[:3] == ["arnaud", "blanc", "cros"]
    assert [item.deliberation.number for item in extract.items] == [a[0] for a in ACTS]
    assert [item.deliberation.title for item in extract.items] == [a[1] for a in ACTS]
    assert [
        (i.deliberation.outcome, i.deliberation.votes_against, i.deliberation.abstentions)
        for i in extract.items
    ] == EXPECTED
    assert [i.deliberation.votes_for for i in extract.items][1::2] == [12, 11, 13, None, 4, None]


@pytest.mark.parametrize("layout", [bars, tabs, one_line_a_row, cells])
def test_twelve_acts_give_twelve_items(layout: Callable[[], str], shape: str) -> None:
    text = layout()
    check(parse_extract(flattened(text) if shape == "flattened" else text))


def test_a_pdf_table_across_a_page_with_a_wrapped_cell(tmp_path: Path) -> None:
    pdf = minutes_pdf(FOOTER.replace("–", "-"))
    pdf.add_page()
    for line in HEAD.strip().split("\n"):
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(150)  # the table starts low on the page, and goes on over the next one
    with pdf.table(col_widths=(20, 80, 25, 45)) as table:
        for cells_of_row in [("N°", "Objet", "Décision", "Vote"), *ACTS]:
            row = table.row()
            for cell in cells_of_row:
                row.cell(cell)
    pdf.output(str(tmp_path / "releve.pdf"))
    text = read_document_text(tmp_path / "releve.pdf")
    assert "Page 2/2" in text  # the table did cross a page
    check(parse_extract(text))


def test_a_sentence_ending_on_such_words_still_goes_on(shape: str) -> None:
    """A line ending on table words that is a sentence (« … le vote ») is no header row: the
    line under it that opens on a number goes on that sentence."""
    text = (
        HEAD
        + "Délibération n° 2024-01 : Compte de gestion 2023\nLe Maire rappelle les modalités du vote\n"
        "2024 marquant la fin du mandat. Adopté à l'unanimité.\n"
    )
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert [i.deliberation.number for i in extract.items] == ["2024-01"]
