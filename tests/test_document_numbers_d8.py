"""Act numbers printed cut, spaced or bracketed, and titles that ran into their vote: « RAPPORT
N° 2024-06-24-101 – … », « Délibération n° 3 (CD26-2024-06-24-03) – … », « n° CP/2024/06/0213 »,
« n° 2024 - 105 », « AP-2024-10 / 07-45-8821 », « … — adopté par 8 voix pour. », « Vote des
taux » (a title, not a vote), « … – Pour 36 – Contre 0 – Abst. 0 », « … – prise d'acte ».
Invented documents, line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import flattened

MINUTES = """DÉPARTEMENT DE LA DRÔME-DES-COLLINES
Procès-verbal de la séance publique du 24 juin 2024

RAPPORT N° 2024-06-24-101 – Budget supplémentaire 2024
Adopté par 30 voix pour et 4 contre.

RAPPORT N° 2024-06-24-102 – Schéma départemental de l'enfance
Adopté à l'unanimité.

Délibération n° 3 (CD26-2024-06-24-03) – Vote des taux d'imposition 2024
Adopté à l'unanimité.

Délibération n° CP/2024/06/0213 — Routes départementales : programme 2024
Le rapport est adopté à l'unanimité.

Délibération n° 2024 - 105 : Motion sur les EHPAD publics
Rejetée par 12 voix pour et 22 contre.

Délibération n° AP-2024-10 / 07-45-8821 – Aide aux communes rurales
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_numbers_cut_spaced_or_bracketed(shape: str) -> None:
    items = parse_extract(flattened(MINUTES) if shape == "flattened" else MINUTES).items
    assert [(i.deliberation.number, i.deliberation.title) for i in items] == [
        ("2024-06-24-101", "Budget supplémentaire 2024"),
        ("2024-06-24-102", "Schéma départemental de l'enfance"),
        ("CD26-2024-06-24-03", "Vote des taux d'imposition 2024"),
        ("CP/2024/06/0213", "Routes départementales : programme 2024"),
        ("2024-105", "Motion sur les EHPAD publics"),
        ("AP-2024-10 / 07-45-8821", "Aide aux communes rurales"),
    ]
    assert items[2].ordinal == "3"
    assert [i.deliberation.outcome for i in items] == ["adopted"] * 4 + ["rejected", "adopted"]
    assert (items[4].deliberation.votes_for, items[4].deliberation.votes_against) == (12, 22)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_an_extracts_title_that_ran_into_its_vote(shape: str) -> None:
    text = """COMMUNE DE MARCILLY-LES-SAPINS
Extrait du registre des délibérations du conseil municipal
Séance du 11 mars 2024

Conseillers en exercice : 11 – Présents : 8 – Votants : 8

Délibération 2024-011 : Budget primitif 2024 — adopté par 8 voix pour.
Le conseil municipal approuve le budget primitif 2024.
"""
    record = parse_extract(flattened(text) if shape == "flattened" else text).deliberation
    assert (record.number, record.title) == ("2024-011", "Budget primitif 2024")
    assert (record.outcome, record.votes_for, record.votes_against) == ("adopted", 8, 0)


def test_votes_in_columns_after_the_title() -> None:
    text = """SYNDICAT DES DÉCHETS DU VAL D'ONZON
Procès-verbal du comité syndical du 5 décembre 2024

Délégués en exercice : 40 – Présents : 34 – Votants : 36

Point 1\tDélibération CS-2024-41\tBudget primitif 2025\t\t\tPour 36\tContre 0\tAbst. 0
Point 2\tDélibération CS-2024-42\tTaux de la TGAP répercutée\tPour 30\tContre 4\tAbst. 2
Point 3\tDélibération CS-2024-43\tRapport annuel 2023 sur le service\t—\tprise d'acte
"""
    items = parse_extract(text).items
    assert [
        (
            i.deliberation.number,
            i.deliberation.title,
            i.deliberation.outcome,
            (i.deliberation.votes_for, i.deliberation.votes_against, i.deliberation.abstentions),
        )
        for i in items
    ] == [
        ("CS-2024-41", "Budget primitif 2025", "adopted", (36, 0, 0)),
        ("CS-2024-42", "Taux de la TGAP répercutée", "adopted", (30, 4, 2)),
        ("CS-2024-43", "Rapport annuel 2023 sur le service", "noted", (None, None, None)),
    ]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_an_outcome_in_capitals_after_the_title(shape: str) -> None:
    text = """VILLE DE SAINT-JEAN-BONNEFONDS-LE-HAUT
Relevé des délibérations du conseil municipal du 18 mars 2024

Présents : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves CARRE, Mme Inès DUMAS.

2024-03-001 Budget primitif 2024 de la Ville ........ 3 POUR / 1 CONTRE
2024-03-002 Convention d'occupation du marché du Pré-Fleuri  UNANIMITÉ
2024-03-003 Tarifs des salles communales ........ UNANIMITÉ
"""
    items = parse_extract(flattened(text) if shape == "flattened" else text).items
    read = [(i.deliberation.number, i.deliberation.title, i.deliberation.outcome) for i in items]
    assert read == [
        ("2024-03-001", "Budget primitif 2024 de la Ville", "adopted"),
        ("2024-03-002", "Convention d'occupation du marché du Pré-Fleuri", "adopted"),
        ("2024-03-003", "Tarifs des salles communales", "adopted"),
    ]
    assert items[1].deliberation.unanimous is True


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_the_sittings_figures_printed_under_the_first_item(shape: str) -> None:
    text = """DÉPARTEMENT DES MONTS-D'ARGENT
Procès-verbal de la séance publique du 24 juin 2024

RAPPORT N° 2024-06-24-101 – Budget supplémentaire 2024
Nombre de conseillers en exercice : 34 – Présents : 30 – Votants : 33
Adopté par 30 voix pour et 3 contre.

RAPPORT N° 2024-06-24-102 – Schéma départemental de l'enfance
Adopté à l'unanimité.
"""
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (34, 30, 33)
    assert [i.deliberation.votes_for for i in extract.items] == [30, 33]


def test_the_figures_the_heading_did_not_print_come_from_the_first_item() -> None:
    text = """DÉPARTEMENT DES MONTS-D'ARGENT
Procès-verbal de la séance publique du 24 juin 2024
Présents : 30

RAPPORT N° 2024-06-24-101 – Budget supplémentaire 2024
Nombre de conseillers en exercice : 34 – Présents : 29 – Votants : 33
Adopté par 30 voix pour et 3 contre.

RAPPORT N° 2024-06-24-102 – Schéma départemental de l'enfance
Adopté à l'unanimité.
"""
    extract = parse_extract(text)
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (34, 30, 33)
    assert extract.evidence["counts.present"]["line"] == 3
    assert extract.evidence["counts.votes"]["line"] == 6
