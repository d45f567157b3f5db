"""« Tous les conseillers en exercice sont présents, à l'exception de Mme X (pouvoir à M. Y) et
de M. Z, excusés. »: the status said once at the list's end is every name's, so they are the
excused, not the absent without excuse; said per name (« M. Z, excusé, ») or not at all they
stay as read before. The documents are invented."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, read, surnames


def test_the_excused_said_once_for_the_whole_list(shape: str) -> None:
    extract = read("commune-cr-all-present-but-excused-together.txt", shape)
    assert surnames(extract.absent_excused) == ["bourg", "vial"]
    assert extract.absent == []
    assert [(p.giver.last_name, p.holder and p.holder.last_name) for p in extract.proxies] == [
        ("BOURG", "ROUX")
    ]
    assert len(extract.present) == 5


HEAD = "COMMUNE DE SAINT-GENEST\nConseil municipal du 1er décembre 2025\n"
TAIL = "\nPrésents : M. Luc ARNAUD, Mme Anne BRUN\n1. Tarifs de la cantine\nAdopté.\n"


@pytest.mark.parametrize(
    ("sentence", "excused", "absent"),
    [
        (
            "Tous les conseillers sont présents à l'exception de M. Paul CROS et de Mme Eva "
            "DIAZ, toutes deux excusées.",
            ["cros", "diaz"],
            [],
        ),
        (
            "Tous les membres sont présents sauf M. Paul CROS et Mme Eva DIAZ.",
            [],
            ["cros", "diaz"],
        ),
    ],
)
def test_the_status_at_the_list_s_end(
    sentence: str, excused: list[str], absent: list[str], shape: str
) -> None:
    extract = parse_extract(printed(HEAD + sentence + TAIL, shape))
    assert (surnames(extract.absent_excused), surnames(extract.absent)) == (excused, absent)
