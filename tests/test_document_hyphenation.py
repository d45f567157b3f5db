"""Words and names cut at a line's end by the typesetter (« BIAN- » / « CHI », « Jean-Fran- » /
« çois », « d'ur- » / « banisme – approbation ») are made whole again, and a double name or a
place cut at its own hyphen (« MICHAUD- » / « FARIGOULE », « Saint- » / « Chamond ») keeps
it: no member is invented from half a name. Every document is invented."""

from __future__ import annotations

import pytest

from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.text import capitals_cut

MINUTES = """COMMUNE DE VILLARS-LES-PINS
Procès-verbal de la séance du conseil municipal du 20 mai 2025
sous la présidence de M. Olivier BIAN-
CHI, Maire
Nombre de membres en exercice : 9   Présents : 7   Votants : 8
Présents : M. Olivier BIANCHI, Mme Élisabeth MAR-
CHAND, M. Jean-Fran-
çois RIVOIRE, M. Frédéric DE-
COURT, Mme Christelle MONTAGNON-GRA-
NJON, M. Paul DURAND (Saint-
Chamond), Mme Anne MICHAUD-
FARIGOULE
Pouvoirs : M. Luc FAURE à M. Jean-
Pierre ROUX
Secrétaire de séance : Mme Isabelle LA-
VEST
Délibération n° 2025-031 – Modification simplifiée n° 2 du plan local d'ur-
banisme – approbation
Le conseil municipal, après en avoir délibéré, approuve la modification.
Adopté à l'unanimité.
Délibération n° 2025-032 – Tarifs de la cantine
M. Olivier BIAN-
CHI quitte la séance.
Le conseil municipal, après en avoir délibéré, fixe les tarifs.
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_names_and_titles_cut_at_a_line_end_are_whole(shape: str) -> None:
    text = " ".join(MINUTES.split()) if shape == "flattened" else MINUTES
    extract = parse_extract(text)
    assert extract.president is not None
    assert extract.secretary is not None
    assert (extract.president.last_name, extract.secretary.last_name) == ("BIANCHI", "LAVEST")
    assert [(p.first_name, p.last_name) for p in extract.present] == [
        ("Olivier", "BIANCHI"),
        ("Élisabeth", "MARCHAND"),
        ("Jean-François", "RIVOIRE"),
        ("Frédéric", "DECOURT"),
        ("Christelle", "MONTAGNON-GRANJON"),
        ("Paul", "DURAND"),
        ("Anne", "MICHAUD-FARIGOULE"),
    ]
    [proxy] = extract.proxies
    assert (proxy.holder.first_name, proxy.holder.last_name) == ("Jean-Pierre", "ROUX")
    first, second = extract.items
    assert first.deliberation.title == (
        "Modification simplifiée n° 2 du plan local d'urbanisme – approbation"
    )
    assert [fold(p.last_name) for p in second.away] == ["bianchi"]


@pytest.mark.parametrize(
    ("head", "tail", "cut"),
    [
        ("BIAN", "CHI", True),  # a syllable of three letters
        ("LA", "VEST", True),
        ("MAR", "CHAND", True),
        ("VIAL", "LARD", True),  # a doubled consonant across the cut of a short part
        ("MICHAUD", "FARIGOULE", False),  # a double name cut at its hyphen
        ("DUPONT", "TESSIER", False),
        ("JEAN", "LUC", False),  # a given name in capitals
        ("ANNE", "MARIE", False),
        ("SAINT", "PAL", False),  # a place's word or a particle
        ("CHAZELLES", "SUR", False),
        ("GAY", "DE", False),
    ],
)
def test_a_name_in_capitals_cut_by_the_typesetter(head: str, tail: str, cut: bool) -> None:
    assert capitals_cut(head, tail) is cut


def test_a_cut_sentence_ends_on_its_line_before_the_next_one() -> None:
    text = MINUTES.replace(
        "banisme – approbation\n",
        "banisme – approbation. Rapporteur : Mme Anne MICHAUD-FARIGOULE\n",
    )
    extract = parse_extract(text)
    assert extract.items[0].deliberation.title == (
        "Modification simplifiée n° 2 du plan local d'urbanisme – approbation"
    )


def test_a_double_name_printed_whole_elsewhere_keeps_its_hyphen() -> None:
    text = MINUTES.replace("Mme Isabelle LA-\nVEST", "Mme Isabelle LA-\nVEST (LA-VEST)")
    extract = parse_extract(text)
    assert extract.secretary is not None
    assert extract.secretary.last_name == "LA-VEST"
