"""Act numbers printed alone on their line, without « n° », before their item's title
(« SYND2026-07-001 », « DEL-2026-112 », « 2026_07_03 », « D26-041 »): each is its item's number,
in minutes of several items and in an extract of one. Each document is invented and read as
printed and flattened (the `shape` fixture).
"""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, read


def test_numbers_alone_before_each_title(shape: str) -> None:
    extract = read("syndicat-cr-act-numbers-alone.txt", shape)
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("SYND2026-07-001", "Approbation du compte administratif 2025"),
        ("SYND2026-07-002", "Travaux de restauration de la berge"),
    ]
    assert extract.items[1].deliberation.votes_against == 1


def test_numbers_of_two_shapes_in_one_document(shape: str) -> None:
    extract = read("commune-pv-act-numbers-alone-mixed.txt", shape)
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("DEL-2026-112", "Tarifs de la médiathèque"),
        ("2026_07_03", "Vente d'un terrain communal"),
    ]


NUMBERS = ["SYND2024-07-003", "DEL-2024-112", "2024_07_03", "CS-2026-014", "D26-041", "B2026/118"]


@pytest.mark.parametrize("number", NUMBERS)
def test_an_extract_s_number_alone_above_its_title(number: str, shape: str) -> None:
    text = (
        "Commune de Montferrat\nExtrait du registre des délibérations du conseil municipal\n"
        "Séance du 3 juillet 2026\n"
        "Présents : M. Jean ALBERT, Mme Rose BLANCHARD, M. Louis CHAMBON.\n"
        f"{number}\nTarifs de la médiathèque\n"
        "Le conseil municipal, après en avoir délibéré, fixe les tarifs.\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert (extract.deliberation.number, extract.deliberation.title) == (
        number,
        "Tarifs de la médiathèque",
    )
