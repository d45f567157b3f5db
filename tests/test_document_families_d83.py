"""An outcome printed with no verb and no stop right after its item's title, « Budget
supplémentaire 2025 Unanimité moins 2 abstentions (M. X, Mme Y) », in a text whose line breaks
were lost: the outcome word ends the title, so the vote is read, and a member leaving after it
leaves before the next item only. The documents are invented."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, read, surnames


def test_unanimity_less_abstentions_after_the_title(shape: str) -> None:
    extract = read("syndicat-cr-unanimity-less-abstentions-run-on.txt", shape)
    first, second, third = extract.items
    assert first.deliberation.title == "Budget supplémentaire 2025"
    assert (first.deliberation.votes_for, first.deliberation.abstentions) == (5, 2)
    assert surnames(first.abstaining) == ["fayard", "grand"]
    assert first.away == []
    assert surnames(second.away) == ["delorme"]
    assert (second.deliberation.votes_for, second.deliberation.votes_against) == (4, 1)
    assert third.deliberation.title == "Questions diverses"


@pytest.mark.parametrize(
    ("outcome", "title"),
    [
        ("Unanimité.", "Tarifs de la cantine"),
        ("UNANIMITÉ", "Tarifs de la cantine"),
        ("Unanimité moins une abstention (M. Paul CROS)", "Tarifs de la cantine"),
    ],
)
def test_the_outcome_word_ends_the_title(outcome: str, title: str) -> None:
    text = (
        "COMMUNE DE SAINT-MAURICE\nConseil municipal du 1er décembre 2025\n"
        "En exercice : 5 – Présents : 4 – Votants : 4\n"
        "Présents : M. Luc ARNAUD, Mme Anne BRUN, M. Paul CROS, Mme Eva DIAZ\n"
        f"1. Tarifs de la cantine {outcome}\n2. Subvention au comité des fêtes\nAdopté.\n"
    )
    extract = parse_extract(printed(text, "flattened"))
    assert [i.deliberation.title for i in extract.items] == [
        title,
        "Subvention au comité des fêtes",
    ]
    assert extract.items[0].deliberation.outcome == "adopted"
