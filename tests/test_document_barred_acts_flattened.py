"""A bureau's relevé whose acts stand in a table of bars (« N° | Objet | Vote »), its heading
(« LISTE DES DÉLIBÉRATIONS ») printed after the roll call: flattened, every row is still an
item with its own vote, and the heading is no part of the last name of the roll call. Invented
body, line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, surnames

SUBJECTS = [
    "Tarifs des bains-douches municipaux",
    "Convention avec l'office de tourisme du Haut-Pilat",
    "Acquisition d'une balayeuse",
    "Cession du presbytère de Montvieux",
    "Subvention au comité de jumelage",
    "Avenant au marché de restauration collective",
    "Adhésion au groupement d'achat d'énergie",
    "Garantie d'emprunt à la société d'habitat Loire-Forez",
]
VOTES = {
    3: ("7 pour - 2 contre - 0 abstention", 7, 2, 0),
    6: ("8 pour - 0 contre - 1 abstention", 8, 0, 1),
}
ROWS = "\n".join(
    f"BU-2026-{k + 41:03d} | {subject} | {VOTES.get(k, ('Unanimité',))[0]}"
    for k, subject in enumerate(SUBJECTS)
)
TEXT = f"""COMMUNAUTÉ D'AGGLOMÉRATION DU PILAT ROUGE
BUREAU COMMUNAUTAIRE
Séance du jeudi 12 février 2026

Présents : M. Octave RIBOUD, Mme Laure SERVANT, M. Noé TISSOT, Mme Iris VIGNAL, M. Paul ZANNI,
Mme Rose BRUYAS, M. Léo CUNIN
Pouvoir : Mme Ada DURIEUX à M. Octave RIBOUD ; M. Tom ESCOT à Mme Laure SERVANT
Excusée : Mme Maud FOREST

LISTE DES DÉLIBÉRATIONS

N° | Objet | Vote
{ROWS}
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_each_barred_row_is_an_item_with_its_vote(shape: str) -> None:
    extract = parse_extract(printed(TEXT, shape))
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        (f"BU-2026-{k + 41:03d}", subject) for k, subject in enumerate(SUBJECTS)
    ]
    for k, item in enumerate(extract.items):
        act = item.deliberation
        if k in VOTES:
            assert (act.votes_for, act.votes_against, act.abstentions) == VOTES[k][1:]
        else:
            assert act.unanimous
    assert surnames(extract.absent_excused) == ["forest"]


@pytest.mark.parametrize(
    "heading", ["RELEVÉ DES DÉCISIONS", "ORDRE DU JOUR", "DÉLIBÉRATIONS ADOPTÉES"]
)
def test_a_bordered_table_s_heading_is_no_part_of_the_last_name(heading: str) -> None:
    # « | N° | Objet | Décision | » then « | BU-2026-041 | … | Adopté à l'unanimité | »
    rows = "\n".join(
        f"| BU-2026-{k + 41:03d} | {subject} | Adopté à l'unanimité |"
        for k, subject in enumerate(SUBJECTS[:3])
    )
    text = (
        TEXT.split("LISTE DES DÉLIBÉRATIONS")[0]
        + f"{heading}\n\n| N° | Objet | Décision |\n{rows}\n"
    )
    extract = parse_extract(printed(text, "flattened"))
    assert surnames(extract.absent_excused) == ["forest"]
    assert [i.deliberation.title for i in extract.items] == SUBJECTS[:3]
