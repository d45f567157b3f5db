"""A council that sits for a part of a collectivité is its own council: a métropole's conseil de
territoire, an établissement public territorial of the Grand Paris, the conseil of a Paris, Lyon
or Marseille arrondissement. Their members are not the métropole's or the city's, so filing
them under the collectivité printed above their name mixed two rolls. Invented documents,
line-broken and flattened; a conseil de territoire that names no territoire keeps the
collectivité its heading names (no guess)."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, surnames


def document(heading: str, opening_body: str) -> str:
    return (
        f"{heading}\n"
        "Séance du mardi 17 juin 2025\n"
        f"Le mardi dix-sept juin deux mille vingt-cinq, le {opening_body} s'est réuni sous la "
        "présidence de Mme Odile FERRIÈRE.\n"
        "Présents : Mme Odile FERRIÈRE, M. Paul GRANDCLÉMENT, Mme Lise AUBAGNE.\n"
        "Excusé : M. Marc TOURNON (pouvoir à Mme Lise AUBAGNE).\n"
        "Délibération n° 2025-18 : Subventions aux associations de quartier\n"
        "Adoptée à l'unanimité.\n"
    )


PARTS = [
    # (heading, the body as the opening formula says it, body, council, kind)
    (
        "MÉTROPOLE LITTORAL-PROVENCE\nCONSEIL DE TERRITOIRE DU PAYS SALONAIS",
        "Conseil de territoire",
        "Conseil de territoire",
        "Territoire du Pays Salonais",
        "territoire",
    ),
    (
        "Métropole du Grand Paris\nÉtablissement public territorial Coteaux-de-Seine\n"
        "Conseil de territoire",
        "Conseil de territoire",
        "Conseil de territoire",
        "Établissement public territorial Coteaux-de-Seine",
        "territoire",
    ),
    (
        "VILLE DE PARIS\nMAIRIE DU 15e ARRONDISSEMENT\nCONSEIL D'ARRONDISSEMENT",
        "Conseil d'arrondissement",
        "Conseil d'arrondissement",
        "Mairie du 15e arrondissement de Paris",
        "arrondissement",
    ),
    (
        "Ville de Marseille\nMairie des 11ème et 12ème arrondissements",
        "Conseil d'arrondissements",
        "Conseil d'arrondissements",
        "Mairie des 11e et 12e arrondissements de Marseille",
        "arrondissement",
    ),
    (
        "Conseil d'arrondissement – procès-verbal",
        "Conseil du 3e arrondissement de Lyon",
        "Conseil d'arrondissement",
        "Mairie du 3e arrondissement de Lyon",
        "arrondissement",
    ),
]


@pytest.mark.parametrize(("heading", "opening", "body", "name", "kind"), PARTS)
def test_the_part_a_council_sits_for_is_its_council(
    heading: str, opening: str, body: str, name: str, kind: str, shape: str
) -> None:
    text = document(heading, opening)
    extract = parse_extract(printed(text, shape))
    assert extract.body == body
    assert extract.council is not None
    assert (extract.council.name, extract.council.kind) == (name, kind)


def test_a_conseil_de_territoire_naming_no_territoire_keeps_its_metropole() -> None:
    text = document("MÉTROPOLE LITTORAL-PROVENCE\nCONSEIL DE TERRITOIRE", "Conseil de territoire")
    extract = parse_extract(text)
    assert extract.body == "Conseil de territoire"
    assert extract.council is not None
    assert extract.council.kind == "métropole"
    assert extract.council.name == "Métropole Littoral-Provence"


@pytest.mark.parametrize("members", ["Conseillers territoriaux", "Conseillers d’arrondissement"])
def test_the_roll_call_of_a_part_s_council_is_read(members: str, shape: str) -> None:
    text = (
        "Établissement public territorial Rives-de-Marne\nConseil de territoire\n"
        "Séance du 2 octobre 2025\n"
        f"{members} présents :\nLAFFONT Régis, OUMOUSSA Nadia, PERRAUD Lise.\n"
        f"{members} ayant donné pouvoir :\nTHIBAULT Marc à PERRAUD Lise.\n"
        f"{members} absents : VALLIN Hugo.\n"
        "Délibération n° CT-2025-61 : Contrat de ville\nAdoptée à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["laffont", "oumoussa", "perraud"]
    assert surnames(extract.absent) == ["vallin"]
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("THIBAULT", "PERRAUD")
    ]
