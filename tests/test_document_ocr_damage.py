"""A scanned document's text layer, damaged by character recognition: cue words with a digit
for a letter (« Pouvo1rs », « Secréta1re », « Dé1ibération »), split at an accent (« Pr ésents »),
« rn » for « m » (« unanirnité »), a semicolon for a colon after a cue, figures with a letter
for a digit (« Présents : l5 », « Votants: 4O », « Abstention : O »). What has one reading
only is read, and said; a figure with several readings (« 1S ») is not read, and said."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storage.documents import Extract, Finding
from storage.importer import parse_text
from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.ocr import heading_words_joined, repair_ocr

SHAPES = ("lines", "flattened")


def _read(text: str, shape: str) -> Extract:
    return parse_extract(" ".join(text.split()) if shape == "flattened" else text)


def _codes(extract: Extract, code: str) -> list[dict]:
    return [f.params for f in extract.findings if f.code == code]


SCANNED = """COMMUNE DE LA CHAPELLE-AUX-BOIS
PROCES-VERBAL DU CONSEIL MUNICIPAL DU 10 NOVEMBRE 2025
Date de convocation ; 3 novembre 2025
Conseillers en exercice ; 15 - Présents : l1 - Pouvo1rs ; 2 - Votants: l3
Pr ésents ; Mmes et MM. Alain BRESSON, Lucie CORNET, Denis DUCRET, Martine FAVIER, Gilles
GONNET, Hélène JOLY, Bruno LACROIX, Sylvie MOLLARD, Pascal NAVETTE, Odile PERRET, Régis ROSSET.
Pouvo1rs ; Mme Agnès TOURNIER à M. Alain BRESSON, M. Paul VIBERT à Mme Lucie CORNET.
Absents excusés ; M. Marc BOUVIER, Mme Anne GIROD.
Secréta1re de séance ; Mme Hélène JOLY

Dé1ibération n° 2025-090 – Tarifs du cimetière
Votants : l3 Pour : l1 Contre : 2 Abstention : O
Adopté à la majorité.

Dé1ibération n° 2025-091 – Motion de soutien à l'école
Adopté à l'unanirnité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_damaged_cues_and_figures_read_through(shape: str) -> None:
    extract = _read(SCANNED, shape)
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.proxies, counts.votes) == (15, 11, 2, 13)
    assert str(extract.convened_on) == "2025-11-03"
    assert len(extract.present) == 11
    assert "rosset" in {fold(p.last_name) for p in extract.present}
    assert sorted(
        (fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies
    ) == [
        ("tournier", "bresson"),
        ("vibert", "cornet"),
    ]
    assert extract.secretary is not None
    assert fold(extract.secretary.last_name) == "joly"
    assert [item.deliberation.number for item in extract.items] == ["2025-090", "2025-091"]
    first, second = (item.deliberation for item in extract.items)
    assert (first.votes_for, first.votes_against, first.abstentions) == (11, 2, 0)
    assert second.unanimous is True
    read = {(f["label"], f["printed"], f["value"]) for f in _codes(extract, "ocr_figure")}
    assert ("Présents", "l1", 11) in read
    assert ("Abstention", "O", 0) in read


AMBIGUOUS = """COMMUNE DE SAINT-OYEN
Séance du conseil municipal du 2 décembre 2025
Membres en exercice : 11 - Présents : 1S - Votants : 9
Présents : M. Jean ABRY, Mme Rose BAUD, M. Luc COLLET, Mme Ida DUNAND, M. Guy FAVRE.
Délibération n° 2025-40 – Tarifs de la salle des fêtes
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_figure_with_several_readings_is_not_read_and_said(shape: str) -> None:
    extract = _read(AMBIGUOUS, shape)
    assert extract.counts.present is None
    assert (extract.counts.in_office, extract.counts.votes) == (11, 9)
    assert _codes(extract, "unreadable_count") == [
        {"line": 1 if shape == "flattened" else 3, "label": "Présents", "printed": "1S"}
    ]
    assert len(extract.present) == 5


@pytest.mark.parametrize(
    "text",
    [
        "Pour : l'ensemble des conseillers présents",  # an elision, no figure
        "Contre : Il est proposé de reporter",  # a word
        "Lot A1B, parcelle ZC12, M. Jean DUPONT",  # codes (a name's « DUP0NT » reads as « O »)
        "Salle B1O du centre technique",  # no cue word
        "29 conseillers en exercice ; 25 votants",  # a sentence's semicolon
        "Présents ; vingt et un",  # the figure in words: no sign of a colon lost
    ],
)
def test_text_without_damage_to_a_cue_or_count_stays_as_printed(text: str) -> None:
    findings: list[Finding] = []
    assert repair_ocr(text, findings) == text
    assert findings == []


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("Pouvo1rs : M. A", "Pouvoirs : M. A"),
        ("PROCURAT1ONS : M. A", "PROCURATIONS : M. A"),
        ("Dé1ibération n° 4", "Délibération n° 4"),
        ("Pr0curations : M. A", "Procurations : M. A"),
        ("Pr ésents : M. A", "Présents : M. A"),
        ("adopté à l'unanirnité", "adopté à l'unanimité"),
        ("Absents excusés ; Mme B", "Absents excusés : Mme B"),
    ],
)
def test_damaged_cue_words(damaged: str, repaired: str) -> None:
    assert repair_ocr(damaged, []) == repaired


@pytest.mark.parametrize(
    "heading",
    [
        "COMMUNE DE SAINT-RÉGIS\nCOMPTE RENDU\nSéa nce du 12 mars 2024",
        "MAIRIE DE SAINT-RÉGIS\nProcès-verbal\nSéa nce ordinaire du 12 mars 2024",
        "MAIRIE DE SAINT-RÉGIS\nPROCÈS-VER BAL DU CONSE IL MUNI CIPAL\nSÉAN CE DU 12 MARS 2024",
    ],
)
def test_a_headings_word_split_by_a_scan_is_read_whole(heading: str) -> None:
    """« Séa nce du 12 mars 2024 »: a recognition that split the heading's words anywhere (not
    before an accent only) left the document without a sitting, refused whole."""
    text = (
        f"{heading}\n\nPrésents : M. Paul ROCHE, Mme Louise BERTHIER, M. Henri VALOIS\n\n"
        "Délibération n° 2024-011 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    parsed = parse_text(text, Path("scan.txt"))
    assert isinstance(parsed, Extract)
    assert parsed.sitting_date == date(2024, 3, 12)
    assert [fold(p.last_name) for p in parsed.present] == ["roche", "berthier", "valois"]


@pytest.mark.parametrize("words", ["le con trat de plan", "procès verbal", "s é a n c e"])
def test_words_not_split_from_a_heading_word_stay(words: str) -> None:
    assert heading_words_joined(words) == words
