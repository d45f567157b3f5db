"""A member leaving or kept out of a vote described by two clauses before the verb (« M. Tom
DUMAS, maire de Chenereilles, intéressé, quitte la salle »): the one named before them, never
the town of the second clause (a member « Chenereilles » was made up)."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import surnames

HEAD = (
    "Commune de Saint-Appolinard\nCompte rendu du conseil municipal du 9 mars 2026\n"
    "Conseillers en exercice : 5\n"
    "Présents : M. Aimé BROSSE, Mme Lina CROS, M. Tom DUMAS, Mme Eva FAYE, M. Noé GIL.\n"
)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("M. Tom DUMAS, maire de Chenereilles, intéressé, quitte la salle.", "away"),
        ("Mme Eva FAYE, présidente du club, concernée, se retire.", "away"),
        (
            "M. Tom DUMAS, trésorier de l'association, intéressé, ne prend pas part au vote.",
            "not_voting",
        ),
    ],
)
def test_the_one_named_before_two_clauses_moves(said: str, kind: str) -> None:
    text = HEAD + f"1 - Subvention au club de Chenereilles\n{said}\nAdopté par 4 voix pour.\n"
    item = parse_extract(text).items[0]
    moved = surnames(getattr(item, kind))
    assert moved in (["dumas"], ["faye"])
    assert "chenereilles" not in moved
