"""The chair named where they open the sitting (« Le Maire, Jérôme DUPRÉ, ouvre la séance »,
« M. DUPRÉ, Maire, déclare la séance ouverte », « La séance est ouverte par … »): the
president, and the one a role in the roll call (« M. le Maire ») stands for. The sentence ends
the list before it; a role alone names nobody."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.names import fold
from storage.parsing.extract import parse_extract

SHAPES = ("lines", "flattened")

MINUTES = """COMMUNE DE VERNOUX-SUR-BOUTONNE
Relevé des décisions du conseil municipal du 17 mars 2025
Présents : {chair}, Mme Anne AUBRY, M. Paul BRUN, Mme Léa CARON, Mme Inès ETIENNE.
Absent : M. Yves FABRE.
{opening} à 19 h 05 et constate que le quorum est atteint.
Mme Léa CARON est désignée secrétaire de séance.
Délibération n° 2025-14 – Tarifs de la médiathèque
Adopté à l'unanimité.
"""


def _read(text: str, shape: str) -> Extract:
    return parse_extract(" ".join(text.split()) if shape == "flattened" else text)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "opening",
    [
        "Le Maire, Jérôme DUPRÉ, ouvre la séance",
        "M. le Maire, Jérôme DUPRÉ, ouvre la séance",
        "Monsieur Jérôme DUPRÉ, Maire, ouvre la séance",
        "M. DUPRÉ, Maire, déclare la séance ouverte",
        "La séance est ouverte par M. Jérôme DUPRÉ, Maire,",
    ],
)
def test_who_opens_the_sitting_chairs_it(shape: str, opening: str) -> None:
    extract = _read(MINUTES.format(chair="M. le Maire", opening=opening), shape)
    assert extract.president is not None
    assert fold(extract.president.last_name) == "dupre"
    # « M. le Maire » in the roll call is him, no member called « Maire »
    assert "dupre" in [fold(p.last_name) for p in extract.present]
    assert len(extract.present) == 5
    assert [fold(p.last_name) for p in extract.absent] == ["fabre"]
    assert not [f for f in extract.findings if f.code in ("unreadable_name", "chair_unnamed")]
    assert extract.secretary is not None
    assert fold(extract.secretary.last_name) == "caron"


@pytest.mark.parametrize("shape", SHAPES)
def test_a_chairwoman_named_after_her_role(shape: str) -> None:
    opening = "Madame la Présidente, Mme Anne AUBRY, déclare la séance ouverte"
    extract = _read(MINUTES.format(chair="M. Jérôme DUPRÉ", opening=opening), shape)
    assert extract.president is not None
    assert fold(extract.president.last_name) == "aubry"
    assert [fold(p.last_name) for p in extract.absent] == ["fabre"]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_role_alone_names_nobody(shape: str) -> None:
    extract = _read(MINUTES.format(chair="M. le Maire", opening="Le Maire ouvre la séance"), shape)
    assert extract.president is None
    assert "chair_unnamed" in [f.code for f in extract.findings]
    assert len(extract.present) == 4
