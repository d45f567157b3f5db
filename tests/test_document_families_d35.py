"""Layouts and damage the reader met in other councils' documents: accents a text layer keeps
as glyphs of their own (« pr´esents », « d´elib´eration », « pouvoir ´a M. X »), letters read as
symbols (« Pr¢sents », « Secr©taire »), a roll-call cue of two words whose first one recognition
damaged (« Absemts excusés : », « Secrétalre de séance : »)."""

from __future__ import annotations

from datetime import date

import pytest

from storage.parsing.extract import parse_extract
from storage.parsing.ocr import repair_ocr
from tests.documents import handed, printed, read, surnames

SHAPES = ["line-broken", "flattened"]


# -- accents apart from their letters, letters read as symbols --------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_a_roll_call_with_accents_apart_and_symbols_reads_whole(shape: str) -> None:
    extract = read("commune-cr-ocr-accents-apart.txt", shape)
    assert extract.sitting_date == date(2025, 11, 18)
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (13, 10, 12)
    assert extract.president is not None
    assert extract.president.last_name == "VAILLANT"
    assert extract.secretary is not None
    assert extract.secretary.last_name == "LEBRUN"
    assert len(extract.present) == 10
    assert "lebrun" in surnames(extract.present)
    assert handed(extract.proxies) == [("auffret", "vaillant"), ("besnier", "touret")]
    assert surnames(extract.absent) == ["goujon"]
    votes = [
        (i.deliberation.number, i.deliberation.votes_for, i.deliberation.votes_against)
        for i in extract.items
    ]
    assert votes == [("2025/061", 12, 0), ("2025/062", 11, 1)]


@pytest.mark.parametrize(
    ("damaged", "read_as"),
    [
        ("Compte rendu de la s´eance", "Compte rendu de la séance"),
        ("apr`es en avoir d´elib´er´e", "après en avoir délibéré"),
        ("procuration ´a Mme Lise ROY", "procuration à Mme Lise ROY"),
        ("S´EANCE DU 4 MAI", "SÉANCE DU 4 MAI"),
        ("la d´ecision est adopte´.", "la décision est adopté."),
        ("le mois d'ao´ut, la f^ete", "le mois d'août, la fête"),
        ("Fran¢ois et Fran¢oise", "François et Françoise"),
        ("EXCUS¢S", "EXCUSÉS"),
        ("Pr¢sident de s¢ance", "Président de séance"),
    ],
)
def test_an_accent_apart_or_a_symbol_in_a_word_reads_as_its_letter(
    damaged: str, read_as: str
) -> None:
    assert repair_ocr(damaged, []) == read_as


@pytest.mark.parametrize("kept", ["2^3 = 8", "x`y", "prix : 10 ¢", "coût ^ total", "a ´ b"])
def test_marks_and_symbols_outside_words_stay(kept: str) -> None:
    assert repair_ocr(kept, []) == kept


HEAD = (
    "COMMUNE DE SAINT-ROCH\nProcès-verbal du conseil municipal du 2 juin 2025\n"
    "Sous la présidence de M. Jean BRUN, Maire.\n"
    "Présents : M. Jean BRUN, Mme Anne ROUX, M. Luc NOIR, Mme Rose VERT.\n"
)
TAIL = "\nDélibération n° 2025-12 : Tarifs de la cantine\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "cue", ["Absemts excusés", "Absenst excusés", "Abscnts excusés", "Absants excusés"]
)
def test_an_excused_cue_damaged_in_its_first_word_still_opens_the_list(
    cue: str, shape: str
) -> None:
    text = HEAD + f"{cue} : M. Guy BLEU (pouvoir à M. Jean BRUN), Mme Eva GRIS." + TAIL
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["brun", "noir", "roux", "vert"]
    assert handed(extract.proxies) == [("bleu", "brun")]
    assert "gris" in surnames(extract.absent_excused + extract.absent)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "cue", ["Secrétalre de séance", "Secrétaira de séance", "Secretaite de seance"]
)
def test_a_secretary_cue_damaged_in_its_first_word_names_the_secretary(
    cue: str, shape: str
) -> None:
    text = HEAD + f"{cue} : Mme Anne ROUX." + TAIL
    extract = parse_extract(printed(text, shape))
    assert extract.secretary is not None
    assert extract.secretary.last_name == "ROUX"
    assert surnames(extract.present) == ["brun", "noir", "roux", "vert"]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("cue", ["Pouvoïrs", "Procuratïons", "POUVÔIRS"])
def test_a_cue_with_an_accent_french_never_writes_still_reads(cue: str, shape: str) -> None:
    text = HEAD + f"{cue} : M. Guy BLEU à M. Jean BRUN." + TAIL
    extract = parse_extract(printed(text, shape))
    assert handed(extract.proxies) == [("bleu", "brun")]
