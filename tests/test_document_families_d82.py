"""Items headed by their act's number alone, « N° BC2025-118 Fonds de concours … », no dash
between the number and the title: in a text whose line breaks were lost, each item after the
first opens on its number after the item before ended (« … l'unanimité. N° BC2025-119 … »,
« … 1 abstention N° BC2025-120 … »), and the first after the roll call's last name
(« Secrétaire : M. Paul VALLAS N°41/2025 … »). A number a sentence names (« n° 12 du 3 mars »)
opens no item. The documents are invented."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from tests.documents import printed, read


def votes(
    extract: Extract,
) -> list[tuple[str | None, str | None, int | None, int | None, int | None]]:
    return [
        (i.deliberation.number, i.deliberation.title, i.deliberation.votes_for,
         i.deliberation.votes_against, i.deliberation.abstentions)
        for i in extract.items
    ]  # fmt: skip


def test_a_bureau_s_items_by_their_bare_numbers(shape: str) -> None:
    extract = read("communaute-bureau-bare-number-items.txt", shape)
    assert [(n, t, f, a, b) for n, t, f, a, b in votes(extract)] == [
        ("BC2025-118", "Fonds de concours pour la rénovation des écoles", 6, 0, 0),
        ("BC2025-119", "Tarifs des équipements aquatiques 2026", 4, 1, 1),
        ("BC2025-120", "Convention de mise à disposition d'un agent", 6, 0, 0),
    ]
    assert extract.secretary is not None
    assert extract.secretary.last_name == "DARME"


def test_a_commune_s_slashed_numbers(shape: str) -> None:
    extract = read("commune-cr-slashed-number-items.txt", shape)
    assert [(n, t) for n, t, *_ in votes(extract)] == [
        ("41/2025", "Admission en non-valeur"),
        ("42/2025", "Location de la salle des fêtes"),
    ]
    assert extract.secretary is not None
    assert extract.secretary.last_name == "VALLAS"


HEAD = (
    "SYNDICAT INTERCOMMUNAL DES EAUX DU ROZIER\nComité syndical du 2 décembre 2025\n"
    "Présents : M. Luc ARNAUD, Mme Anne BRUN, M. Paul CROS\nSecrétaire : Mme Anne BRUN\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("N° 2025-12", "N° 2025-13"),
        ("N° CS-2025-040", "N° CS-2025-041"),
        ("N°12/2025", "N°13/2025"),
        ("n° 2025.031", "n° 2025.032"),
    ],
)
def test_bare_numbers_of_every_shape(first: str, second: str, shape: str) -> None:
    text = (
        f"{HEAD}{first} Vente de la maison forestière\nAdopté à l'unanimité.\n"
        f"{second} Tarifs de l'eau potable\nVotes : 2 pour, 1 contre, 0 abstention\n"
    )
    extract = parse_extract(printed(text, shape))
    # (no count of votants printed: the unanimous vote's figure is not guessed)
    assert votes(extract) == [
        (first.split("°")[1].strip(), "Vente de la maison forestière", None, 0, 0),
        (second.split("°")[1].strip(), "Tarifs de l'eau potable", 2, 1, 0),
    ]


def test_a_number_a_sentence_names_opens_no_item(shape: str) -> None:
    text = (
        f"{HEAD}N° 2025-12 Vente de la maison forestière\nLe comité rappelle la délibération. "
        "N° 2024-40 du 3 mars 2024 fixait le prix.\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert [n for n, *_ in votes(extract)] == ["2025-12"]
