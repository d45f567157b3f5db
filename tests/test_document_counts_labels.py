"""Count labels councils print that were not read: singular labels, « délégations de vote »,
« Membres du Bureau : 14 », « présents à l'ouverture », « néant », a figure with its own label
after « Quorum : », « … sur 19 membres ». Invented documents, line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import flattened

HEAD = "COMMUNE DE BRIVALLON\nProcès-verbal de la séance du conseil municipal du 12 mars 2024\n\n"
TAIL = (
    "\nPrésents : M. Jean ROUX, Mme Anne BOZ.\nSecrétaire : Mme Anne BOZ.\n\n"
    "Délibération n° 2024-01 : Tarifs de la salle des fêtes\nAdoptée à l'unanimité.\n"
)


@pytest.mark.parametrize(
    ("block", "counts"),
    [
        (
            "Membres en exercice : 15\nPrésents à l'ouverture de la séance : 12\nPouvoir : 1\n"
            "Votants : 13\n",
            (15, 12, 1, 13, None),
        ),
        ("Membres du Bureau : 14\nPrésents : 12\nProcuration : une.\nVotants : 13\n",
         (14, 12, 1, 13, None)),
        ("Membres : 6\nPrésents : 5\nDélégations de vote : 2\nVotants : 7\n", (6, 5, 2, 7, None)),
        ("En exercice : 11 – Présents : 11 – Pouvoirs : néant – Votants : 11\n",
         (11, 11, 0, 11, None)),
        # the quorum's figure is the members in office, named after it
        ("Quorum : 30 membres en exercice ; 22 présents ; 4 procurations ; 26 votants.\n",
         (30, 22, 4, 26, None)),
        ("Quorum : 8\nEn exercice : 15\nPrésents : 12\n", (15, 12, None, None, 8)),
        ("Nombre de votants : 17 (14 présents, 3 pouvoirs) sur 19 membres.\n",
         (19, 14, 3, 17, None)),
    ],
)  # fmt: skip
def test_count_labels_as_councils_print_them(
    block: str, counts: tuple[int | None, ...], shape: str
) -> None:
    text = HEAD + block + TAIL
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    read = extract.counts
    assert (read.in_office, read.present, read.proxies, read.votes, read.quorum_printed) == counts


def test_members_named_before_a_list_are_no_count(shape: str) -> None:
    """« Membres présents : » opens a list; « membres » is the count only before its colon."""
    text = HEAD + "Membres présents : M. Jean ROUX, Mme Anne BOZ.\n" + TAIL
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert extract.counts.in_office is None
