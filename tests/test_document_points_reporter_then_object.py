"""Points headed by their place and their reporter, the title under them after « Objet : »
(« Point 3 – Rapporteur : M. X » / « Objet : Tarifs … »): the items were read without their
place on the agenda (the reporter stood between the point and its title), line-broken and
flattened (the point's word and figure left at the end of the sentence before). Invented
minutes."""

from __future__ import annotations

from storage.parsing.extract import parse_extract
from tests.documents import printed

MINUTES = """VILLE DE SAINT-JUST-EN-BRIE
Compte rendu du conseil municipal du 15 janvier 2026
Présents : M. Hervé ANQUETIL, Mme Carole BUISSON, M. Joël DELAHAYE, Mme Sonia FROMENT.
Secrétaire : Mme Sonia FROMENT.

Point 1 – Rapporteuse : Mme Carole BUISSON
Objet : Tarifs de la médiathèque pour 2026
Approuvé à l'unanimité.

Point 2 – Rapporteur : M. Joël DELAHAYE
Objet : Cession d'un véhicule communal
Vote : 3 pour, 1 contre.

Point 3 – Rapporteur : M. Hervé ANQUETIL
Objet : Rapport annuel du syndicat d'ordures ménagères
Le conseil prend acte.
"""


def test_each_point_keeps_its_place_and_its_title(shape: str) -> None:
    extract = parse_extract(printed(MINUTES, shape))
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Tarifs de la médiathèque pour 2026"),
        ("2", "Cession d'un véhicule communal"),
        ("3", "Rapport annuel du syndicat d'ordures ménagères"),
    ]
    assert [i.deliberation.outcome for i in extract.items] == ["adopted", "adopted", "noted"]
