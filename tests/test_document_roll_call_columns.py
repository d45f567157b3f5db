"""Roll calls printed as PDF tables with columns beside the names — a commune, a group, a
signature — or the proxy's holder in a column of its own after the status. The text layer
gives a row a line with its cells run together, or, flattened, the whole table on one line;
either way each member gets their status and a proxy its holder, the other cells nobody."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.names import fold
from storage.parsing.extract import parse_extract

SHAPES = ("rows", "flattened")


def _read(text: str, shape: str) -> Extract:
    return parse_extract(" ".join(text.split()) if shape == "flattened" else text)


def _names(people: list) -> list[str]:
    return sorted(fold(p.last_name) for p in people)


def _pairs(extract: Extract) -> list[tuple[str, str]]:
    return sorted((fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies)


COMMUNE_GROUP = """COMMUNAUTÉ D'AGGLOMÉRATION DES COTEAUX DU LAYON
Conseil communautaire du 18 novembre 2025
Membres en exercice : 8 Présents : 4 Pouvoirs : 2 Votants : 6

Nom Prénom Commune Groupe Présence Signature
AUBRAC Jeanne Saint-Aubin Majorité Présente
BOISSEAU Marc Le Pin-en-Mauges Opposition Pouvoir à AUBRAC Jeanne
CHALLES Luc Saint-Aubin Majorité Présent
DORVAL Anne Chalonnes Majorité Excusée
ESNAULT Paul Le Pin-en-Mauges Non-inscrits Présent
FOUCHER Odette Chalonnes Opposition Absente
GRIMAUD Henri Varades Majorité Pouvoir à CHALLES Luc
HAMELIN Hélène Varades Majorité Présente

Délibération n° CA-2025-101 – Budget annexe des transports
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_communes_groups_and_signatures_beside_the_names(shape: str) -> None:
    extract = _read(COMMUNE_GROUP, shape)
    assert _names(extract.present) == ["aubrac", "challes", "esnault", "hamelin"]
    assert _names(extract.absent_excused) == ["boisseau", "dorval", "grimaud"]
    assert _names(extract.absent) == ["foucher"]
    assert _pairs(extract) == [("boisseau", "aubrac"), ("grimaud", "challes")]
    assert not any("majorit" in fold(p.display()) for p in extract.present)


GROUP_FIRST = """COMMUNE DE SAINT-JULIEN-DES-OLIVES
Séance du conseil municipal du 4 décembre 2025
Conseillers en exercice : 7 Présents : 4 Pouvoirs : 1 Votants : 5

Groupe Prénom Nom Présence Émargement
Ensemble pour Saint-Julien Jeanne BARRAL Présente
Ensemble pour Saint-Julien Marc CORNU Procuration à Mme Jeanne BARRAL
Ensemble pour Saint-Julien Luc DUPIN Présent
Agir autrement Anne FAYOLLE Excusée
Agir autrement Paul GIRAUD Présent
Non inscrit Odette LAMY Absente
Non inscrit Hélène VIDAL Présente

Délibération n° 2025-77 – Tarifs municipaux 2026
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_group_before_names_printed_first_name_first(shape: str) -> None:
    extract = _read(GROUP_FIRST, shape)
    assert _names(extract.present) == ["barral", "dupin", "giraud", "vidal"]
    assert _names(extract.absent_excused) == ["cornu", "fayolle"]
    assert _names(extract.absent) == ["lamy"]
    assert _pairs(extract) == [("cornu", "barral")]
    assert {p.first_name for p in extract.present} == {"Jeanne", "Luc", "Paul", "Hélène"}


HOLDER_COLUMN = """SYNDICAT MIXTE DU BASSIN DE LA VIENNE AMONT
Comité syndical – séance du 21 octobre 2025
Présidence : M. Bernard FAUCHER, Président
Secrétaire de séance : Mme Lucie PEYRAT

Membre Présence Pouvoir donné à
M. Bernard FAUCHER Présent
Mme Lucie PEYRAT Présente
M. Jean-Paul DE LA BORDE Excusé M. Bernard FAUCHER
Mme Inès MAZAUD Présente
M. Rémi TEYSSIER Absent
Mme Sylvie CHAMBON Excusée Mme Inès MAZAUD
M. Alain BOURDEIX Présent
Mme Carole VERGNE Excusée

Délibération n° CS-2025-40 : Programme de travaux 2026
Adoptée à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_the_holder_in_a_column_after_the_status(shape: str) -> None:
    extract = _read(HOLDER_COLUMN, shape)
    assert _names(extract.present) == ["bourdeix", "faucher", "mazaud", "peyrat"]
    assert _names(extract.absent_excused) == ["chambon", "de la borde", "vergne"]
    assert _names(extract.absent) == ["teyssier"]
    assert _pairs(extract) == [("chambon", "mazaud"), ("de la borde", "faucher")]


SURNAME_FIRST_HOLDERS = """COMMUNE DE VILLARS-LES-BRUYÈRES
Conseil municipal du 2 octobre 2025

Nom Prénom Présence Mandataire
ROUSSET Claire Présente
MOREL Paul Présent
DUCLOS Anne Excusée MOREL Paul
PETIT Louis Présent
TARDY Michel Excusé
VIAL Sophie Absente ROUSSET Claire
BONNET Luc Présent

Délibération n° 2025-031 – Vente d'un terrain communal
Adoptée à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_holders_without_civility_in_their_column(shape: str) -> None:
    extract = _read(SURNAME_FIRST_HOLDERS, shape)
    assert _names(extract.present) == ["bonnet", "morel", "petit", "rousset"]
    assert _names(extract.absent_excused + extract.absent) == ["duclos", "tardy", "vial"]
    assert _pairs(extract) == [("duclos", "morel"), ("vial", "rousset")]
