"""Presents listed with their cue after the names (FORMATS.md « Presents »): « Mmes X, Y, MM. Z
et W étaient présents », « …, formant la majorité des membres en exercice », the names then
« présents » alone on its line. Invented documents, line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import read

PRESENTS = {
    "commune-presents-cue-after.txt": ["MARTIN", "BOIS", "ROUX", "LACOMBE", "ROCHE", "PRAT"],
    "syndicat-presents-majority-tail.txt": [
        "LORIN",
        "CAMUS",
        "VIDAL",
        "DELORME",
        "FAUCHER",
        "VALLET",
    ],
    "commune-presents-word-alone.txt": ["MARTIN", "ROCHE", "ROUX", "PRAT"],
}


@pytest.mark.parametrize("name", sorted(PRESENTS))
def test_presents_with_the_cue_after_them(name: str, shape: str) -> None:
    extract = read(name, shape)
    assert [p.last_name for p in extract.present] == PRESENTS[name]
    assert "list:present" in extract.evidence
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


def test_the_other_lists_stay_where_they_are(shape: str) -> None:
    cue_after = read("commune-presents-cue-after.txt", shape)
    assert [p.last_name for p in cue_after.absent_excused] == ["SERRE", "TARDY"]
    word_alone = read("commune-presents-word-alone.txt", shape)
    assert [(p.giver.last_name, p.holder.last_name) for p in word_alone.proxies] == [
        ("TARDY", "ROCHE")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "M. le Maire constate que les conseillers municipaux sont présents.",
        "Mme Julie MARTIN rappelle que 21 membres étaient présents.",
    ],
)
def test_a_sentence_ending_with_presents_is_no_list(sentence: str) -> None:
    text = f"COMMUNE DE VERNIOLLES\nSéance du 3 avril 2025\n\n{sentence}\n\nObjet : Budget\n"
    assert parse_extract(text).present == []
