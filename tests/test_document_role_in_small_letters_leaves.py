"""The chair leaving for the vote on the accounts, named by the role in small letters (« Le
président quitte la salle », « La maire se retire pendant le vote »): the movement was not
read, so the item was counted with the chair in the room. The role is the president the
document names. Invented minutes, line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed

MINUTES = """COMMUNE DE FONTENAY-LE-VIEIL
Procès-verbal du conseil municipal du 3 avril 2025
Sous la présidence de Mme Odile CARPENTIER, maire.
Présents : Mme Odile CARPENTIER, M. Denis LAVAUD, Mme Rose MICHAUD, M. Paul NOYER.
Secrétaire : M. Paul NOYER.
1. Compte administratif 2024
{sentence} M. Denis LAVAUD, premier adjoint, fait procéder au vote.
Adopté à l'unanimité.
2. Budget primitif 2025
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    "sentence", ["La maire se retire pendant le vote.", "Le président quitte la salle."]
)
def test_the_chair_named_by_the_role_in_small_letters_leaves(shape: str, sentence: str) -> None:
    extract = parse_extract(printed(MINUTES.format(sentence=sentence), shape))
    assert [[p.last_name for p in item.away] for item in extract.items] == [["CARPENTIER"], []]
