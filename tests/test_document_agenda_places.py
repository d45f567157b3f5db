"""An item's place on the agenda printed before its « Objet : » (« 2 - Objet : Tarifs », « 3 –
Objet : … »): the cleaning cuts the object's label onto a line of its own, and the figure left
alone above it used to be dropped, so « le point 2 » found nothing. Invented minutes,
line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed

MINUTES = """COMMUNE DE SAINT-AUBIN-DES-PRÉS
Procès-verbal du conseil municipal du mardi 8 avril 2025
Présents : M. Rémi CASSAGNE, Mme Éva TORRÈS, M. Luc BERGOUGNOUX.
Excusé : M. Jean SALVAT (pouvoir à M. Rémi CASSAGNE).

{a}{dash} Objet : Vote des taux d'imposition 2025
Adopté à l'unanimité.

{b}{dash} Objet : Location de la salle des associations
Pour : 3 – Contre : 1 – Abstention : 0

{c}{dash} Objet : Convention avec le centre de loisirs
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    ("places", "dash", "expected"),
    [
        (("1", "2", "3"), " -", ["1", "2", "3"]),
        (("4", "5", "6"), " –", ["4", "5", "6"]),
        (("I", "II", "III"), " -", ["I", "II", "III"]),
    ],
)
def test_the_place_before_an_object_is_kept(
    places: tuple[str, str, str], dash: str, expected: list[str], shape: str
) -> None:
    text = MINUTES.format(a=places[0], b=places[1], c=places[2], dash=dash)
    extract = parse_extract(printed(text, shape))
    assert [item.ordinal for item in extract.items] == expected
    assert [item.deliberation.title for item in extract.items] == [
        "Vote des taux d'imposition 2025",
        "Location de la salle des associations",
        "Convention avec le centre de loisirs",
    ]
    assert (
        extract.items[1].deliberation.votes_for,
        extract.items[1].deliberation.votes_against,
    ) == (3, 1)


def test_objects_with_no_place_keep_none() -> None:
    text = MINUTES.format(a="", b="", c="", dash="").replace("\n Objet", "\nObjet")
    extract = parse_extract(text)
    assert [item.ordinal for item in extract.items] == [None, None, None]
