"""A member printed among the presents with a note that they came late (« (arrivée au point
3) », the note broken across two lines, or « (arrivé en cours de séance) » with the moment
told by an item's sentence) is out of the room for the items voted before, in the room after."""

from __future__ import annotations

import pytest

from storage.names import fold
from storage.parsing.extract import parse_extract

HEAD = """COMMUNE DE MONTBRIAC-LE-HAUT
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 9 SEPTEMBRE 2025

Présents : M. Armand COLIN, Mme Lucie PERRET, {note_member}, M. Didier
VASSEUR, Mme Odette CHARPENTIER, M. Raoul BESSON.
Secrétaire de séance : Mme Lucie PERRET

"""

ITEMS = """Point 1 – Rentrée scolaire : transport
Délibération n° 25-031
Adopté à l'unanimité.

Point 2 – Location de la salle polyvalente
Délibération n° 25-032
Adopté à l'unanimité.

Point 3 – Cession d'un terrain communal
Délibération n° 25-033
{sentence}
Adopté à l'unanimité.

Point 4 – Tarifs du marché
Délibération n° 25-034
Adopté à l'unanimité.
"""

VARIANTS = {
    "note on its line": ("Mme Inès FABRE (arrivée au point 3)", ""),
    "note broken": ("Mme Inès FABRE (arrivée au\npoint 3)", ""),
    "note with a sentence": (
        "Mme Inès FABRE (arrivée en cours de séance)",
        "Mme Inès FABRE rejoint la séance.",
    ),
    "note without its item": (
        "Mme Inès FABRE (arrivée pendant les débats)",
        "Mme Inès FABRE rejoint la séance.",
    ),
    "note and arrival sentence": (
        "Mme Inès FABRE (arrivée au point 3)",
        "Arrivée de Mme Inès FABRE à 19 h 40.",
    ),
}


@pytest.mark.parametrize("shape", ["lines", "flattened"])
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_late_member_of_the_roll_call_is_out_until_they_arrive(variant: str, shape: str) -> None:
    note, sentence = VARIANTS[variant]
    text = HEAD.format(note_member=note) + ITEMS.format(sentence=sentence)
    if shape == "flattened":
        text = " ".join(text.split())
    extract = parse_extract(text)
    assert "fabre" in {fold(p.last_name) for p in extract.present}
    assert [item.deliberation.number for item in extract.items] == [
        "25-031",
        "25-032",
        "25-033",
        "25-034",
    ]
    out = [
        {fold(p.last_name) for p in item.away} - {fold(p.last_name) for p in item.arrived}
        for item in extract.items
    ]
    assert out == [{"fabre"}, {"fabre"}, set(), set()]
