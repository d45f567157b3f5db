"""What follows the last item of a procès-verbal (« Questions diverses : » and its remarks, « La
séance est levée à 21 h 45 ») is no decision of that item. The document is invented and read as
printed and flattened (the `shape` fixture)."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed

HEAD = (
    "MAIRIE DE SAINT-JUST-EN-BAS\nProcès-verbal du conseil municipal\n"
    "Séance du 25 septembre 2025\n"
    "Présents : Robert GARNIER, Monique DUMAS, Alain FOREST, Chantal MOREL.\n"
    "Secrétaire de séance : Chantal MOREL\n"
    "Délibération 2025-39 : Tarifs de la salle des fêtes\n"
    "Le conseil municipal, après en avoir délibéré, à l'unanimité :\n"
    "- fixe les tarifs de location ;\n- dit qu'ils s'appliquent au 1er janvier 2026.\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "Questions diverses :\n- M. FOREST signale un nid-de-poule chemin des Vignes.\n"
        "- Mme DUMAS demande où en est le projet de city-stade.\n",
        "Informations diverses : la fête du village aura lieu le 12 juin.\n",
        "L'ordre du jour étant épuisé, la séance est levée à 21 h 45.\n",
        "La séance est levée à 21 h 45.\n",
        "3. EAU ET ASSAINISSEMENT\n",  # the next chapter's heading
        "Points divers\nBalade urbaine le samedi 22 mars à 10 h.\n",
    ],
)
def test_the_end_of_the_sitting_is_no_decision(after: str, shape: str) -> None:
    extract = parse_extract(printed(HEAD + after, shape))
    assert extract.deliberation.decisions == [
        "fixe les tarifs de location",
        "dit qu'ils s'appliquent au 1er janvier 2026",
    ]
