"""Families a blind probe of invented council documents still found read wrong: an item the
council only heard (« Acte est donné au Président de … », « Communication sans vote », « Il
est pris acte de ce rapport » after an exposé quoting another body's vote) read as adopted or
as saying nothing."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed
from tests.test_document_families_d23 import HEAD, ROLL, VOTED

# -- A. an item only noted, no vote ------------------------------------------------------------

EXPOSES = {
    "proposal only": (
        "Rapport d'activité 2024 du syndicat des eaux\n"
        "Le Maire présente le rapport. Il est proposé d'approuver le rapport d'activité.\n"
    ),
    "another body's vote": (
        "Rapport d'activité 2024 du syndicat des eaux\n"
        "Le Maire présente le rapport d'activité adopté par le comité syndical le 3 avril 2025."
        " Il est proposé d'en prendre acte.\n"
    ),
    "approved elsewhere": (
        "Rapport sur le prix et la qualité du service de l'eau\n"
        "Le rapport, approuvé par le comité le 3 avril, est présenté au conseil.\n"
    ),
}
NOTED = [
    "Il est pris acte de ce rapport.",
    "Le Comité prend connaissance du rapport.",
    "Acte est donné au Président de la présentation du rapport.",
    "Acte est donné à Monsieur le Maire de cette communication.",
    "Communication sans vote.",
    "Information sans vote.",
    "Cette communication ne donne pas lieu à un vote.",
    "Ce rapport ne fait pas l'objet d'un vote.",
    "Le Conseil municipal a pris connaissance du rapport.",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("closing", NOTED)
@pytest.mark.parametrize("expose", sorted(EXPOSES))
def test_an_item_only_noted_has_no_vote(expose: str, closing: str, shape: str) -> None:
    """The item heard, then the next one voted: noted (no figures), then adopted."""
    text = (
        HEAD + ROLL + "\n1 - " + EXPOSES[expose] + closing + "\n"
        "\n2 - Tarifs de la piscine municipale\n" + VOTED
    )
    extract = parse_extract(printed(text, shape))
    assert [(i.ordinal, i.deliberation.outcome) for i in extract.items] == [
        ("1", "noted"),
        ("2", "adopted"),
    ]
    noted = extract.items[0].deliberation
    assert (noted.votes_for, noted.votes_against, noted.unanimous) == (None, None, None)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "closing",
    [
        "Le Conseil prend acte de la communication. Adopté à l'unanimité.",
        "Il est pris acte du rapport. Après en avoir délibéré, le conseil adopte le rapport à"
        " la majorité : pour 20, contre 3.",
    ],
)
def test_a_vote_after_the_item_is_noted_is_still_a_vote(closing: str, shape: str) -> None:
    text = HEAD + ROLL + "\n1 - " + EXPOSES["proposal only"] + closing + "\n"
    assert parse_extract(printed(text, shape)).deliberation.outcome == "adopted"


def test_a_withdrawn_item_without_vote_stays_withdrawn() -> None:
    text = (
        HEAD + ROLL + "\n1 - Tarifs de la piscine\nPoint retiré de l'ordre du jour, sans vote.\n"
    )
    assert parse_extract(text).deliberation.outcome == "withdrawn"
