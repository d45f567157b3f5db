"""A proxy printed twice, by its holder in the roll call and again among the givers without a
holder, is one proxy: it raised « pouvoirs sans mandataire », « a donné 2 pouvoirs » and count
warnings on a record that was right. Invented documents, line-broken and flattened."""

from __future__ import annotations

from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import flattened

MINUTES = """\
COMMUNE DE VALMONTEIL
Procès-verbal de la séance du conseil municipal du 12 mars 2024

Membres en exercice : 9 - Présents : 7 - Pouvoirs : 2 - Votants : 9

Présents : M. Jean ROUX, Mme Anne BOZ (+ pouvoir de Mme Claire PERROT), M. Paul VIAL
(+ pouvoir de M. Denis PONCET), Mme Léa MARTY, M. Yves GIRAUD, Mme Rose FAURE, M. Luc BRUN.
Membres excusés ayant donné pouvoir : Mme Claire PERROT, M. Denis PONCET.
Secrétaire de séance : Mme Léa MARTY.

Délibération n° 2024-05 : Tarifs de la salle des fêtes
Adoptée à l'unanimité.
"""


def test_a_giver_named_again_without_holder_is_the_same_proxy(shape: str) -> None:
    extract = parse_extract(flattened(MINUTES) if shape == "flattened" else MINUTES)
    pairs = [(fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies]
    assert pairs == [("perrot", "boz"), ("poncet", "vial")]
    assert extract.represented == []
    assert [f.code for f in extract.findings] == []


def test_a_giver_whose_holder_is_printed_nowhere_is_still_said() -> None:
    alone = MINUTES.replace("\n(+ pouvoir de M. Denis PONCET)", "")
    assert alone != MINUTES
    extract = parse_extract(alone)
    assert [fold(p.last_name) for p in extract.represented] == ["poncet"]
    assert "proxy_holder_unknown" in [f.code for f in extract.findings]
