"""Two shapes read wrong in invented council documents: a vote whose labels say « voix »
(« Voix pour : 17 — Voix contre : 3 — Abstentions : 1 ») under the deliberating sentence was
taken for a decision and its figures lost; and in a flattened text, the collectivité's name ran
on into the heading line printed under it (« Commune de Saint-Orbec Département du Calvados »)."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed

ROLL = "Présents : M. Marc OLLIER, Mme Rose MARCHAL, M. Yves BENOIT\n"
HEAD = (
    "COMMUNE DE SAINT-ORBEC\nProcès-verbal de la séance du conseil municipal du 3 mars 2025\n"
    + ROLL
)

# -- A. a vote whose labels say « voix » -------------------------------------------------------

LABELLED = [
    "Voix pour : 17 — Voix contre : 3 — Abstentions : 1",
    "Voix pour : 17 - Voix contre : 3 - Abstentions : 1",
    "Voix pour : 17 ; voix contre : 3 ; abstentions : 1",
    "Nombre de voix pour : 17\nNombre de voix contre : 3\nAbstentions : 1",
    "VOIX POUR : 17 – VOIX CONTRE : 3 – ABSTENTION : 1",
    "Votants : 21 — Exprimés : 21 — Voix pour : 17 — Voix contre : 3 — Abstentions : 1",
]
DELIBERATED = [
    "Le conseil municipal, après en avoir délibéré, adopte les tarifs.",
    "Le conseil municipal, après en avoir délibéré :\n- adopte les tarifs ;\n- charge le Maire.",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("deliberated", DELIBERATED)
@pytest.mark.parametrize("vote", LABELLED)
def test_a_vote_labelled_with_voix_after_the_decisions(
    vote: str, deliberated: str, shape: str
) -> None:
    text = (
        f"{HEAD}\nDélibération n° 2025-01 : Tarifs de la cantine\n{deliberated}\n{vote}\n"
        "\nDélibération n° 2025-02 : Subvention au club\nAdopté à l'unanimité.\n"
    )
    first, second = (i.deliberation for i in parse_extract(printed(text, shape)).items)
    assert (first.outcome, first.votes_for, first.votes_against, first.abstentions) == (
        "adopted",
        17,
        3,
        1,
    )
    assert not any("oix" in decision for decision in first.decisions)
    assert second.outcome == "adopted"


# -- B. the collectivité's name, flattened with the heading line under it ---------------------

HEADINGS = {
    "COMMUNE DE SAINT-ORBEC\nDépartement du Calvados": "Commune de Saint-Orbec",
    "COMMUNE DE SAINT-ORBEC\nDÉPARTEMENT DU CALVADOS": "Commune de Saint-Orbec",
    "COMMUNE DE SAINT-ORBEC\nCanton de Lisieux": "Commune de Saint-Orbec",
    "VILLE DE SAINT-ORBEC\nRépublique Française": "Ville de Saint-Orbec",
    "COMMUNAUTÉ DE COMMUNES DU PAYS D'ORBEC\nArrondissement de Lisieux": (
        "Communauté de Communes du Pays d'Orbec"
    ),
    # the word is the name's own after « du », « de la »
    "SYNDICAT MIXTE DU DÉPARTEMENT DE LA LOIRE": "Syndicat Mixte du Département de la Loire",
    "Syndicat des eaux du Département de l'Ain": "Syndicat des eaux du Département de l'Ain",
}


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("heading", sorted(HEADINGS))
def test_the_council_s_name_stops_before_the_next_heading_line(heading: str, shape: str) -> None:
    body = "comité syndical" if "yndicat" in heading else "conseil"
    text = (
        f"{heading}\nProcès-verbal de la séance du {body} du 3 mars 2025\n{ROLL}"
        "Délibération n° 2025-01 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert extract.council is not None
    assert extract.council.name == HEADINGS[heading]
