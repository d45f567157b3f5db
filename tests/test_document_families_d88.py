"""Shapes of minutes met in documents nobody here had read: a list's head in capitals naming the
excused who gave a proxy (« EXCUSÉS AYANT DONNÉ POUVOIR : », the givers were left out of the
excused), and items numbered under a chapter in roman figures (« II – URBANISME » then « 2.1
Dénomination … », the chapters were read as the items and the items lost). Invented minutes,
line-broken and flattened."""

from __future__ import annotations

from storage.parsing.extract import parse_extract
from tests.documents import printed, surnames

MINUTES = """COMMUNE DE BREUILLET-LES-BOIS
Procès-verbal du conseil municipal du 9 octobre 2025
Présents : M. Pierre ANDRÉ, Mme Julie BLONDEL, M. Marc COSTE, Mme Inès DORÉ.

EXCUSÉS AYANT DONNÉ POUVOIR :
M. Yves ROUSSEL à M. Pierre ANDRÉ
Mme Léa SIMON à Mme Julie BLONDEL

ABSENT : M. Kevin TESSIER

I – FINANCES

1.1 Budget annexe de l'eau : décision modificative n° 1
Adoptée à l'unanimité.

1.2 Tarifs des concessions funéraires
Vote : Pour 4 – Contre 1 – Abstention 1

II – URBANISME

2.1 Dénomination d'une voie nouvelle
Adoptée à l'unanimité.
"""


def test_givers_under_a_head_in_capitals_are_excused(shape: str) -> None:
    extract = parse_extract(printed(MINUTES, shape))
    assert surnames(extract.absent_excused) == ["roussel", "simon"]
    assert surnames(extract.absent) == ["tessier"]


def test_items_numbered_under_roman_chapters(shape: str) -> None:
    extract = parse_extract(printed(MINUTES, shape))
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1.1", "Budget annexe de l'eau : décision modificative n° 1"),
        ("1.2", "Tarifs des concessions funéraires"),
        ("2.1", "Dénomination d'une voie nouvelle"),
    ]
    voted = extract.items[1].deliberation
    assert (voted.votes_for, voted.votes_against, voted.abstentions) == (4, 1, 1)
