"""More families of documents, each on invented texts read as printed and flattened: the
council named as a région, a CCAS, a syndicat or a métropole in capitals; roll calls printed
as tables or numbered lines; item headings by their act's number; proxies in every sentence;
the chair named only where the minutes are signed.
"""

from __future__ import annotations

import pytest

from storage.documents import Extract, Person, ProxyLine
from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import flattened


def read_as(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


def surnames(people: list[Person]) -> list[str]:
    return [fold(p.last_name) for p in people]


def handed(proxies: list[ProxyLine]) -> list[tuple[str, str]]:
    return [(fold(p.giver.last_name), fold(p.holder.last_name)) for p in proxies]


# -- the council: an entity with its kind ----------------------------------------------------

ROLL_CALL = """
Présents : Mme Maud LESTRADE, M. Yann KERVELLA.
1. Prix de l'eau 2026
Adopté à l'unanimité.
2. Tarifs de l'assainissement
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    ("heading", "name", "kind"),
    [
        (
            "RÉGION OCCITANE-SUD\nCOMMISSION PERMANENTE DU 4 AVRIL 2026",
            "Région Occitane-Sud",
            "région",
        ),
        (
            "Région Armor\nCommission permanente du 4 avril 2026",
            "Région Armor",
            "région",
        ),
        (
            "CCAS de Saint-Oyen-les-Prés\nProcès-verbal du conseil d'administration du"
            " 9 avril 2026",
            "CCAS de Saint-Oyen-les-Prés",
            "ccas",
        ),
        (
            "CENTRE COMMUNAL D'ACTION SOCIALE DE BRIVOUX\nSéance du conseil d'administration du"
            " 9 avril 2026",
            "Centre Communal d'Action Sociale de Brivoux",
            "ccas",
        ),
        (
            "Syndicat intercommunal d'adduction d'eau du Mont Vaillant\nCompte rendu du comité"
            " syndical du 15 avril 2026",
            "Syndicat intercommunal d'adduction d'eau du Mont Vaillant",
            "syndicat",
        ),
        (
            "MÉTROPOLE CÔTE D'OPALE\nPROCÈS-VERBAL DU CONSEIL MÉTROPOLITAIN DU 18 MARS 2026",
            "Métropole Côte d'Opale",
            "métropole",
        ),
        (
            "VALDOR-ALPES MÉTROPOLE\nPROCÈS-VERBAL DU CONSEIL MÉTROPOLITAIN DU 18 MARS 2026",
            "Valdor-Alpes Métropole",
            "métropole",
        ),
    ],
)
def test_the_council_is_named_with_its_kind(
    heading: str, name: str, kind: str, shape: str
) -> None:
    extract = read_as(heading + ROLL_CALL, shape)
    assert extract.council is not None
    assert (extract.council.name, extract.council.kind) == (name, kind)


def test_the_metropole_a_council_mentions_is_not_named(shape: str) -> None:
    text = "PROCÈS-VERBAL DU CONSEIL DE LA MÉTROPOLE DU 18 MARS 2026" + ROLL_CALL
    extract = read_as(text, shape)
    assert extract.council is None
