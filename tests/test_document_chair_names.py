"""The chair named only beside a name in the list of presents (« Hélène MARCHAIS (Présidente) »,
« Louise Berthier, maire », a name wrapped over two lines), read as printed and flattened."""

from __future__ import annotations

import pytest

from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import flattened

HEAD = "COMMUNE DE VAL-D'ORGEAT\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 12 MARS 2026\n"
TAIL = (
    "Secrétaire de séance : M. Paul ROCHE.\n"
    "1. Tarifs de la cantine scolaire\n"
    "Adopté à l'unanimité.\n"
)


def _read(text: str, shape: str):  # type: ignore[no-untyped-def]
    return parse_extract(flattened(text) if shape == "flattened" else text)


@pytest.mark.parametrize(
    ("presents", "chair"),
    [
        # no civility, the role in brackets
        (
            "Étaient présents : Hélène MARCHAIS (Présidente), Paul ROCHE, Inès VALOIS.\n",
            "marchais",
        ),
        ("Présents : Gilles LE BRAZ (président), Paul ROCHE, Inès VALOIS.\n", "le braz"),
        # one name a line, in title case, the role after a comma
        ("Présents :\nLouise Berthier, maire\nPaul Roche\nInès Valois\n", "berthier"),
        # the chair's surname wrapped over two lines
        (
            "Présents : M. Paul ROCHE, Mme Claire DE LA\nFONTAINE, Maire, Mme Inès VALOIS.\n",
            "de la fontaine",
        ),
    ],
)
def test_the_chair_named_beside_a_name_in_the_list(shape: str, presents: str, chair: str) -> None:
    if shape == "flattened" and presents.startswith("Présents :\n"):
        pytest.skip("one name a line without commas cannot be split once flattened")
    extract = _read(HEAD + presents + TAIL, shape)
    assert extract.president is not None
    assert fold(extract.president.last_name) == chair


def test_a_mayor_of_another_commune_is_not_the_chair(shape: str) -> None:
    text = HEAD + "Présents : Paul ROCHE, Inès VALOIS (Maire de Truc).\n" + TAIL
    assert _read(text, shape).president is None


NOT_VOTING = (
    HEAD + "Présents : M. Paul ROCHE, Mme Inès VALOIS, M. Marc TESSIER, Mme Lise FAVRE, "
    "M. Yann BOREL.\n"
    "Secrétaire de séance : M. Paul ROCHE.\n"
    "1. Subvention au club de voile\n"
    "Mme Lise FAVRE, intéressée à l'affaire en tant que présidente du club, ne prend pas part"
    " au vote.\n"
    "Adopté à l'unanimité.\n"
    "2. Convention avec la SEM du port\n"
    "Ne prennent pas part au vote : M. Marc TESSIER, M. Yann BOREL (administrateurs de la SEM).\n"
    "Adopté à l'unanimité.\n"
)


def test_the_plural_list_of_members_not_voting(shape: str) -> None:
    club, port = _read(NOT_VOTING, shape).items
    assert [fold(p.last_name) for p in club.not_voting] == ["favre"]
    # « Ne prennent pas part au vote : A, B »: withdrawn from that vote only
    assert [fold(p.last_name) for p in port.not_voting] == ["tessier", "borel"]
    assert club.away == port.away == []
