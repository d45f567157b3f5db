"""An attendance table of two columns side by side (« PRÉSENTS      EXCUSÉS », then a name of
each column a row), flattened: the heads stand together and the names run left, right, left,
right. Every name used to land in the right-hand list (the presents empty, the quorum « not
reached »). The printed count of presents (or the votants less the proxies) parts the rows
again; without a count nothing is guessed. Invented documents."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, surnames

TABLE = """COMMUNE DE SAINT-PRIEST-LA-MARCHE
Procès-verbal de la séance du conseil municipal du 23 septembre 2025
{counts}

{heads}
M. Gérard BOUCHET                          Mme Hélène RIBOT (pouvoir à M. Gérard BOUCHET)
Mme Sylvie CAILLAUD                        M. Thierry NAUDIN (pouvoir à Mme Sylvie CAILLAUD)
M. Alain DESROCHES                         M. Jacques PERRONNET
Mme Yvette FAUCHER
M. Robert GIBAUD

Secrétaire de séance : M. Robert GIBAUD

Délibération n° 2025-41 : Travaux de voirie, programme 2026
Adopté à l'unanimité.
"""
SURNAMES_FIRST = """COMMUNAUTÉ DE COMMUNES DU VAL D'ARCONCE
Compte rendu du conseil communautaire du 5 mai 2025
Membres en exercice : 10 – Présents : 3 – Votants : 4

PRÉSENTS                       EXCUSÉS
BARDIN Jacques                 COLAS Hélène (pouvoir à BARDIN Jacques)
DUMONT Annie                   FERRY Paul
GIROD Marc                     HUET Simone
                               MERLE Roger

Délibération n° 2025-30 : Tarifs de la piscine
Adopté à l'unanimité.
"""
PRESENT = ["bouchet", "caillaud", "desroches", "faucher", "gibaud"]
EXCUSED = ["naudin", "perronnet", "ribot"]


@pytest.mark.parametrize(
    "heads",
    [
        "PRÉSENTS                                   EXCUSÉS",
        "Présents :                                 Absents excusés :",
        "Présents                                   Excusés",
    ],
)
@pytest.mark.parametrize(
    "counts",
    [
        "Conseillers en exercice : 8 – Présents : 5 – Votants : 7",
        # the presents' count unprinted: the votants less the two proxies the rows print
        "Conseillers en exercice : 8 – Votants : 7",
    ],
)
def test_two_columns_flattened_are_two_lists(heads: str, counts: str, shape: str) -> None:
    extract = parse_extract(printed(TABLE.format(heads=heads, counts=counts), shape))
    assert surnames(extract.present) == PRESENT
    assert surnames(extract.absent_excused) == EXCUSED
    assert {(p.giver.last_name, p.holder.last_name) for p in extract.proxies} == {
        ("RIBOT", "BOUCHET"),
        ("NAUDIN", "CAILLAUD"),
    }


def test_a_longer_right_column_of_surnames_first(shape: str) -> None:
    extract = parse_extract(printed(SURNAMES_FIRST, shape))
    assert surnames(extract.present) == ["bardin", "dumont", "girod"]
    assert surnames(extract.absent_excused) == ["colas", "ferry", "huet", "merle"]


def test_without_a_count_the_rows_are_not_parted_by_a_guess() -> None:
    text = TABLE.format(heads="Présents :      Absents excusés :", counts="Séance publique")
    extract = parse_extract(printed(text, "flattened"))
    assert extract.present == []
    assert len(extract.absent_excused) == len(PRESENT) + len(EXCUSED)
