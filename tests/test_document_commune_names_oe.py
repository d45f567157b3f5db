"""A member listed under their commune without a civility is read whatever capital opens the
first name: « Œ » is one of the letters names open on, as in the item and title readers."""

from __future__ import annotations

import pytest

from tests.documents import SHAPES, read, surnames


@pytest.mark.parametrize("shape", SHAPES)
def test_a_first_name_opening_on_oe_under_its_commune(shape: str) -> None:
    """« Sauvain : Œdile BERTHET, Paul ROCHE »: neither she nor the names after her are lost."""
    extract = read("cc-delegates-by-commune-oe-first-name.txt", shape)
    assert surnames(extract.present) == ["berthet", "roche", "vial"]
    assert surnames(extract.absent_excused) == ["cotte"]
