"""A dash or a slash between an absent member and their proxy (« M. Jean ROCHE – pouvoir à M. Paul
FAYE », « Mme Ida VIAL / procuration à … »): the mark is no part of the giver's name. The
documents are invented and read as printed and flattened (the `shape` fixture)."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import full, printed

TEXT = (
    "COMMUNE DE VERNAY\nConseil municipal du 4 avril 2025\n"
    "Présents : M. Paul FAYE, Mme Claire ROUX, M. Louis PRAT\n"
    "Excusés : M. Jean ROCHE {mark} pouvoir à M. Paul FAYE ; "
    "Mme Ida VIAL {mark} procuration à Mme Claire ROUX ; M. Guy FERRY\n"
    "Délibération n° 2025-081 - Tarifs\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("mark", ["–", "-", "—", "/"])
def test_a_mark_before_the_proxy(mark: str, shape: str) -> None:
    extract = parse_extract(printed(TEXT.format(mark=mark), shape))
    assert [(full(p.giver), full(p.holder)) for p in extract.proxies] == [
        ("roche|jean", "faye|paul"),
        ("vial|ida", "roux|claire"),
    ]
    assert sorted(map(full, extract.absent_excused)) == ["ferry|guy", "roche|jean", "vial|ida"]
