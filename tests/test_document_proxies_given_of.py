"""A list of proxies whose entries name what is given first (« Pouvoirs : pouvoir de Mme X à
M. Y ; procuration de M. Z à Mme W »): the words were read into the giver's first name
(« pouvoir de Mme Claire » BESSON), a member of that name then created and answered."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import flattened

MINUTES = """COMMUNAUTÉ DE COMMUNES DU HAUT-LIGNON
Compte rendu de la séance du conseil communautaire du mardi 14 octobre 2025
Nombre de conseillers en exercice : 12 – Présents : 8 – Votants : 11
Présents : BARD Michel, CHAZAL Odile, DUBOIS Henri, FAURE Annie, GIRON Paul, MONTEIL Rose,
PEYRON Louis, VIAL Marc.
Pouvoirs : {entries}
Absent : M. Jean TEYSSIER.
Délibération n° 2025-061 : Tarifs de la redevance des ordures ménagères
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "entries",
    [
        "pouvoir de Mme Claire BESSON à M. Michel BARD ; pouvoir de M. Yves ROCHE à Mme Odile"
        " CHAZAL ; procuration de Mme Lise ARNAUD à M. Paul GIRON.",
        "Pouvoir de Mme Claire BESSON à M. Michel BARD, mandat de M. Yves ROCHE à Mme Odile"
        " CHAZAL, délégation de vote de Mme Lise ARNAUD à M. Paul GIRON.",
    ],
)
def test_a_proxy_named_by_what_is_given_names_its_giver(shape: str, entries: str) -> None:
    text = MINUTES.format(entries=entries)
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert [
        (p.giver.first_name, p.giver.last_name, p.holder.last_name) for p in extract.proxies
    ] == [("Claire", "BESSON", "BARD"), ("Yves", "ROCHE", "CHAZAL"), ("Lise", "ARNAUD", "GIRON")]
