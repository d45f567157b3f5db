"""Minutes whose secretary's (or chair's) line is followed by the first act's number and title
(« Secrétaire de séance : Mme Pagès » / « N°12/2026 Tarifs … »): flattened, the first act ran on
after the name and was lost, its neighbour read with the next act's vote. Each act keeps its own
vote and the secretary is still read. Invented council, line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed

TEXT = """VILLE DE MONTGRAVIER
Conseil municipal du 14/01/2026

Présents : M. Rouvière, Mme Pagès, M. Sarda, Mme Teulade, M. Vidal, Mme Alibert, M. Bessière
Excusés : Mme Cros (pouvoir à M. Rouvière)
{officer}

N°12/2026 Acquisition de la parcelle AC 93 au lieu-dit La Borie
Adopté à l'unanimité.

N°13/2026 Tarifs de la fourrière municipale
Adopté à la majorité : Voix pour : 6  Voix contre : 2  Abstentions : 0
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("officer", "role"),
    [
        ("Secrétaire de séance : Mme Pagès", "secretary"),
        ("Président de séance : M. Rouvière", "president"),
    ],
)
def test_the_first_act_after_the_officer_keeps_its_vote(
    shape: str, officer: str, role: str
) -> None:
    extract = parse_extract(printed(TEXT.format(officer=officer), shape))
    acts = [item.deliberation for item in extract.items]
    assert [(a.number, a.title) for a in acts] == [
        ("12/2026", "Acquisition de la parcelle AC 93 au lieu-dit La Borie"),
        ("13/2026", "Tarifs de la fourrière municipale"),
    ]
    assert acts[0].unanimous
    assert (acts[1].votes_for, acts[1].votes_against) == (6, 2)
    named = getattr(extract, role)
    assert named is not None
    assert named.last_name == officer.rsplit(" ", 1)[1]


def test_an_act_after_a_count_of_votes_against_opens_its_own_item() -> None:
    # « … adoptée par 6 voix pour et 2 contre N°14/2026 … »: no stop after the count
    text = TEXT.format(officer="Secrétaire de séance : Mme Pagès").replace(
        "Voix pour : 6  Voix contre : 2  Abstentions : 0",
        "adoptée par 6 voix pour et 2 contre\n"
        "N°14/2026 Subvention au club de rugby : adoptée à l'unanimité",
    )
    acts = [item.deliberation for item in parse_extract(printed(text, "flattened")).items]
    assert [a.number for a in acts] == ["12/2026", "13/2026", "14/2026"]
    assert (acts[1].votes_for, acts[1].votes_against) == (6, 2)
    assert acts[2].title == "Subvention au club de rugby"
    assert acts[2].unanimous
