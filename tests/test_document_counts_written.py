"""Counts printed without a colon or in a sentence (FORMATS.md « Counts »): « Nombre de
conseillers en exercice 29, présents 21, votants 25 », « Délégués en exercice 29 / Présents 21 »,
« composé de 29 membres en exercice », « vingt et un présents »; each with its evidence, and
never a figure taken from a date or an item's number. Invented documents, line-broken and
flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import read

WRITTEN = {
    "commune-counts-no-colon.txt": (29, 21, 25),
    "commune-counts-in-sentences.txt": (29, 21, 25),
    "syndicat-counts-slashes-no-figures-elsewhere.txt": (29, 21, 25),
}


@pytest.mark.parametrize("name", sorted(WRITTEN))
def test_counts_without_colon_are_read_with_their_evidence(name: str, shape: str) -> None:
    extract = read(name, shape)
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.votes) == WRITTEN[name]
    for key in ("in_office", "present", "votes"):
        assert f"counts.{key}" in extract.evidence
    assert (counts.proxies, counts.absent) == (None, None)


def test_counts_in_words_keep_the_words_as_evidence(shape: str) -> None:
    extract = read("commune-counts-in-sentences.txt", shape)
    assert "vingt et un présents" in extract.evidence["counts.present"]["text"].lower()
    assert "29 membres en exercice" in extract.evidence["counts.in_office"]["text"]


def test_no_count_is_taken_from_dates_or_item_numbers(shape: str) -> None:
    extract = read("commune-no-counts-dates-numbers.txt", shape)
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.votes, counts.proxies) == (None,) * 4
    assert not any(key.startswith("counts.") for key in extract.evidence)
    assert [p.last_name for p in extract.present] == ["LACOMBE", "MARTIN", "ROCHE"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("en exercice : 29 - présents : 21 - votants : 25", (29, 21, 25)),
        ("Conseillers en exercice 29 - Présents 21 - Votants 25", (29, 21, 25)),
        ("Le Conseil, composé de 29 membres en exercice, 21 présents, 25 votants", (29, 21, 25)),
        ("vingt-neuf membres en exercice ; vingt et un présents ; dix votants", (29, 21, 10)),
        ("Quorum atteint : 21 présents sur 29 conseillers en exercice ; 25 votants", (29, 21, 25)),
        ("Présents (dont 2 suppléants) : 21 - Votants (avec 4 pouvoirs) : 25", (None, 21, 25)),
        # a figure after a colon belongs to the label before it, not to the one after it
        ("Présents : 21 Votants 25", (None, 21, 25)),
        ("Présents 12 juin 2025", (None, None, None)),
    ],
)
def test_count_phrasings(line: str, expected: tuple[int | None, ...]) -> None:
    text = f"COMMUNE DE VERNIOLLES\nSéance du 3 avril 2025\n{line}\n\nPrésents : M. Paul ROCHE\n"
    counts = parse_extract(text).counts
    assert (counts.in_office, counts.present, counts.votes) == expected


def test_an_aside_before_the_colon_is_skipped_not_read() -> None:
    text = "Séance du 3 avril 2025\nQuorum (loi du 14 novembre 2020) : 7\nPrésents : 9\n"
    counts = parse_extract(text).counts
    assert (counts.quorum_printed, counts.present) == (7, 9)


def test_a_figure_followed_by_present_or_represented_is_no_present_count() -> None:
    text = "Séance du 3 avril 2025\nPrésents : 21 Représentés : 3\n27 présents ou représentés\n"
    counts = parse_extract(text).counts
    assert (counts.present, counts.proxies) == (21, 3)
