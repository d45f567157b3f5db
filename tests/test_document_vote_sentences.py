"""A vote said in a sentence whose last label ends on the colon that opens the decisions
(« … par dix voix pour, une voix contre et deux abstentions : » then « - APPROUVE … »): the
decisions' bullet under the label was read as « Abstentions : – », none, so the printed
figure was lost. A label printed after its figure alone keeps its dash as a zero. Invented
extracts, line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed


def extract_text(vote: str) -> str:
    return (
        "COMMUNE DE MONTCLAR-D'OLT\n"
        "Extrait du registre des délibérations du conseil municipal\n"
        "Séance du 14 octobre 2025\n"
        "Présents : M. Alain FABRE, Mme Josiane CAUSSE, M. Henri BOUDOU.\n"
        "Délibération n° 2025-052 : Vente de bois de la forêt communale\n"
        f"Après en avoir délibéré, le Conseil municipal, {vote}\n"
        "- APPROUVE la vente des coupes de l'exercice ;\n"
        "- AUTORISE le Maire à signer les contrats.\n"
    )


@pytest.mark.parametrize(
    ("vote", "expected"),
    [
        ("par dix voix pour, une voix contre et deux abstentions :", (10, 1, 2)),
        ("par neuf voix pour et une abstention :", (9, 0, 1)),
        ("par 11 voix pour, 3 voix contre et 1 abstention :", (11, 3, 1)),
        ("par vingt-deux voix pour, zéro contre et quatre abstentions :", (22, 0, 4)),
        ("Pour : 12 – Contre : – Abstention : –", (12, 0, 0)),
        ("Pour : 12 Contre : 2 Abstention : -", (12, 2, 0)),
    ],
)
def test_a_figure_said_before_its_label_is_read(
    vote: str, expected: tuple[int, int, int], shape: str
) -> None:
    text = extract_text(vote)
    record = parse_extract(printed(text, shape)).deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == expected
