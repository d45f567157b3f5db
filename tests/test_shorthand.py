"""Text-message spellings spelled out before a sentence is read (the conversation table
tests/fixtures/questions/conversations_lang7.tsv answers them through the Application)."""

from __future__ import annotations

import pytest

from bot.services.shorthand import spelled_out


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("cb de pvr ?", "combien de pouvoir ?"),
        ("g donné mon pvr ?", "j'ai donné mon pouvoir ?"),
        ("et g eu 2 PVR", "et j'ai eu 2 pouvoir"),
        ("pk g 50 %", "pourquoi j'ai 50 %"),
        ("jtai la jeudi ?", "j'étais la jeudi ?"),
        ("ki a des procus", "qui a des procurations"),
        ("dautres pvrs ?", "d'autres pouvoirs ?"),
        # a letter that names a thing, an initial, a word that contains a shorthand: kept
        ("l'annexe g de la délib", "l'annexe g de la délib"),
        ("M. Gilles G. était là ?", "M. Gilles G. était là ?"),
        ("Berger g", "Berger g"),
        ("le kilomètre et la quittance", "le kilomètre et la quittance"),
        ("Jouve", "Jouve"),
        # whatever its case, a spelling is spelled out; joined to another word, kept
        ("QD ÉTAIT LE BUREAU ?", "quand ÉTAIT LE BUREAU ?"),
        ("Cb de présents ?", "combien de présents ?"),
        ("JÉTÉ là ?", "j'étais là ?"),
        ("nbre-pvr ?", "nbre-pvr ?"),
        ("pvr2 et _pvr", "pvr2 et _pvr"),
    ],
)
def test_text_message_words_are_spelled_out(typed: str, read: str) -> None:
    assert spelled_out(typed) == read
