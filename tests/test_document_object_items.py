"""Minutes whose items are headed « Objet : … » alone, with no act's number and no place on
the agenda (pages copied from a council's site): each « Objet : » followed by its own outcome
is an item, with its own vote; they ran together as one item holding the last one's vote."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from tests.documents import flattened

MINUTES = """COMMUNE DE SAINT-ALBAN-DES-NOYERS
Procès-verbal de la séance du conseil municipal du 12 mars 2025
Présents : M. Paul ROCHE, Mme Anne VIDAL, M. Luc MARTEL, Mme Inès FAURE, M. Hugo BRUN
Excusée : Mme Léa PONS (pouvoir à M. Paul ROCHE)
Secrétaire de séance : Mme Anne VIDAL
Objet : Tarifs de la cantine scolaire
Le rapporteur expose au conseil le projet de tarifs.
Adopté à l'unanimité.
Objet : Convention avec le syndicat des eaux
Entendu l'exposé du rapporteur, et après en avoir délibéré,
Votes : 4 pour, 1 contre (M. Hugo BRUN), 1 abstention (Mme Inès FAURE)
Objet : Subvention au comité des fêtes
Vu le code général des collectivités territoriales ;
Le conseil municipal, par 5 voix pour et 1 voix contre, approuve la subvention de 500 €.
"""


def _read(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_each_object_with_its_outcome_is_an_item(shape: str) -> None:
    items = _read(MINUTES, shape).items
    assert [i.deliberation.title for i in items] == [
        "Tarifs de la cantine scolaire",
        "Convention avec le syndicat des eaux",
        "Subvention au comité des fêtes",
    ]
    assert [(i.deliberation.votes_for, i.deliberation.votes_against) for i in items][1:] == [
        (4, 1),
        (5, 1),
    ]
    assert items[0].deliberation.unanimous


def test_one_object_is_the_title_of_the_one_act() -> None:
    text = MINUTES.split("Objet : Convention")[0]
    assert len(parse_extract(text).items) <= 1


def test_objects_without_their_own_outcome_are_not_items() -> None:
    """An « Objet : » that no outcome follows (a letter's subject line, an agenda) makes no
    item of its own."""
    text = MINUTES.replace("Adopté à l'unanimité.\n", "")
    titles = [i.deliberation.title for i in parse_extract(text).items]
    assert "Tarifs de la cantine scolaire" not in titles[1:]
    assert len(titles) <= 2
