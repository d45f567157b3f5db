"""Items headed by their place on the agenda: « 2) Objet : Titre » over « Réf. : X » in a text
whose line breaks were lost, ordinals in words (« Premier point : », « 2e question – »,
« TROISIÈME POINT. ») with or without act numbers, and items printed with their ordinal only
among items that carry an act's number. Each shape is read line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.french import ordinal_in_words
from storage.names import fold
from storage.parsing.extract import parse_extract

SHAPES = ("lines", "flattened")


def _read(text: str, shape: str) -> Extract:
    return parse_extract(" ".join(text.split()) if shape == "flattened" else text)


def _items(extract: Extract) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (item.ordinal, item.deliberation.number, item.deliberation.title) for item in extract.items
    ]


OBJECTS = """COMMUNAUTÉ DE COMMUNES DU PLATEAU DE LANVÉOC
Compte rendu du conseil communautaire du 3 juin 2025
Membres en exercice : 14 Présents : 11 Votants : 12
Présents : M. Hervé QUILLEC, Mme Yvette LE BRIS, M. Loïc TANGUY, Mme Gaëlle RIOU, M. Alain
KERVELLA, Mme Soizic PAUGAM, M. Jean CORRE, Mme Annick FLOCH, M. Tanguy MORVAN, Mme Nolwenn
JAOUEN, M. Erwan GUÉGUEN.
Absents excusés : Mme Marie CALVEZ (pouvoir à M. Hervé QUILLEC), M. Yann PRIGENT, M. Paul SALAUN.
Secrétaire de séance : Mme Gaëlle RIOU.

1) Objet : Rapport d'activité 2024 du service des déchets
{ref1}
Le conseil prend acte du rapport.

2) Objet : Attribution du marché de collecte
{ref2}
Pour : 10 Contre : 2 (M. Jean CORRE, Mme Annick FLOCH) Abstention : 0
Adopté à la majorité.

3) Objet : Fonds de concours à la commune de Lanvéoc
{ref3}
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_objects_after_their_ordinal_are_items_with_their_reference(shape: str) -> None:
    text = OBJECTS.format(
        ref1="Réf. : CC-2025-041", ref2="Réf. : CC-2025-042", ref3="Réf. : CC-2025-043"
    )
    extract = _read(text, shape)
    assert _items(extract) == [
        ("1", "CC-2025-041", "Rapport d'activité 2024 du service des déchets"),
        ("2", "CC-2025-042", "Attribution du marché de collecte"),
        ("3", "CC-2025-043", "Fonds de concours à la commune de Lanvéoc"),
    ]
    second = extract.items[1]
    assert (second.deliberation.votes_for, second.deliberation.votes_against) == (10, 2)
    assert sorted(fold(p.last_name) for p in second.against) == ["corre", "floch"]
    assert extract.items[2].deliberation.unanimous is True


@pytest.mark.parametrize("shape", SHAPES)
def test_objects_after_their_ordinal_without_a_reference(shape: str) -> None:
    extract = _read(OBJECTS.format(ref1="", ref2="", ref3=""), shape)
    assert _items(extract) == [
        ("1", None, "Rapport d'activité 2024 du service des déchets"),
        ("2", None, "Attribution du marché de collecte"),
        ("3", None, "Fonds de concours à la commune de Lanvéoc"),
    ]


HEAD = """SYNDICAT INTERCOMMUNAL DES EAUX DU VAL DE SORNIN
Procès-verbal du comité syndical du 24 septembre 2025
Délégués en exercice : 9 Présents : 7 Votants : 7
Présents : M. Roger DEVILLE, Mme Agnès PERRIN, M. Noël BADOLLE, Mme Josiane LAURENT, M. Serge
CHAMBRE, Mme Odile VERNAY, M. Fabrice TOUZOT.
Absents : M. Guy DUCROT, Mme Irène POYET.
Secrétaire de séance : M. Noël BADOLLE.
"""

WORDED = """
PREMIER POINT – Approbation du procès-verbal de la séance du 2 juillet 2025
Approuvé à l'unanimité.

DEUXIÈME POINT – Révision du prix de l'eau
Pour : 5 Contre : 2 Abstention : 0
Adopté.

TROISIÈME POINT – Travaux sur le réservoir de Mussy
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_ordinals_in_words_head_the_items(shape: str) -> None:
    extract = _read(HEAD + WORDED, shape)
    assert _items(extract) == [
        ("1", None, "Approbation du procès-verbal de la séance du 2 juillet 2025"),
        ("2", None, "Révision du prix de l'eau"),
        ("3", None, "Travaux sur le réservoir de Mussy"),
    ]
    assert extract.items[1].deliberation.votes_against == 2
    assert str(extract.sitting_date) == "2025-09-24"


MIXED = """
Premier point : Approbation du procès-verbal de la séance du 2 juillet 2025
Le procès-verbal est approuvé à l'unanimité.

2e question : Révision du prix de l'eau
Délibération n° CS-2025-018
Pour : 5 Contre : 2 Abstention : 0
Adopté à la majorité.

Troisième point : Désignation d'un délégué à l'agence de l'eau
M. Serge CHAMBRE est désigné à l'unanimité.

4e point : Travaux sur le réservoir de Mussy
Délibération n° CS-2025-019
Adopté à l'unanimité.

Question n° 5 : Questions diverses
Aucune délibération.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_items_with_an_ordinal_only_among_numbered_items(shape: str) -> None:
    extract = _read(HEAD + MIXED, shape)
    assert _items(extract) == [
        ("1", None, "Approbation du procès-verbal de la séance du 2 juillet 2025"),
        ("2", "CS-2025-018", "Révision du prix de l'eau"),
        ("3", None, "Désignation d'un délégué à l'agence de l'eau"),
        ("4", "CS-2025-019", "Travaux sur le réservoir de Mussy"),
    ]
    assert [item.deliberation.unanimous for item in extract.items] == [True, False, True, True]
    assert extract.items[1].deliberation.votes_for == 5


AGENDA_FIRST = """
Ordre du jour :
1. Approbation du procès-verbal
2. Révision du prix de l'eau
3. Questions diverses

1. Approbation du procès-verbal
Approuvé à l'unanimité.

2. Révision du prix de l'eau
Délibération n° CS-2025-018
Adopté à l'unanimité.

3. Questions diverses
M. Roger DEVILLE informe le comité du calendrier des travaux.
"""


def test_an_agenda_and_a_closing_point_without_vote_are_no_items() -> None:
    extract = _read(HEAD + AGENDA_FIRST, "lines")
    assert _items(extract) == [
        ("1", None, "Approbation du procès-verbal"),
        ("2", "CS-2025-018", "Révision du prix de l'eau"),
    ]


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("Premier", 1),
        ("première", 1),
        ("1er", 1),
        ("1re", 1),
        ("2e", 2),
        ("2ème", 2),
        ("3eme", 3),
        ("4ième", 4),
        ("DEUXIÈME", 2),
        ("Seconde", 2),
        ("vingt-et-unième", 21),
        ("Pommier", None),
        ("ème", None),
    ],
)
def test_ordinal_words(word: str, value: int | None) -> None:
    assert ordinal_in_words(word) == value
