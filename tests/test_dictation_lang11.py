"""Lane lang11 (issue 12): what a phone's dictation does to the words that carry the intent.

An intent word split into short pieces that sound like it is joined back; nothing else is
stretched (known words, long words, pieces that sound like no intent word). An act's number
said in words is that number."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.dictation import heard_as_written
from bot.services.frames import read_frame
from bot.services.signatures import signed_as


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("cest quoi le kor rom", "cest quoi le quorum"),
        ("on avait le cor rum ?", "on avait le quorum ?"),
        ("qui était pré sent hier", "qui était present hier"),
    ],
)
def test_an_intent_word_split_in_two_is_joined(said: str, written: str) -> None:
    assert heard_as_written(said) == written


@pytest.mark.parametrize(
    "message",
    [
        "le pouvoir de Degraix",
        "la séance de mars",
        "il est parti tôt",
        "on vote quoi",
        "les absences de Bouchet",
        "Est-ce que Mme Semache était là ?",
        "la ville de Firminy",
    ],
)
def test_nothing_else_is_touched(message: str) -> None:
    assert heard_as_written(message) == message


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("délibération deux mille vingt-quatre point quatre cent dix-sept", "2024.00417"),
        ("la deux mille vingt deux point zéro zéro cent seize elle dit quoi", "2022.00116"),
        ("vote de la deux mille vingt-deux tiret cinquante-sept", "2022.00057"),
    ],
)
def test_a_number_said_in_words(message: str, number: str) -> None:
    assert read_frame(message, date(2026, 12, 2)).number == number


def test_an_amount_in_words_is_no_number() -> None:
    assert read_frame("deux mille euros pour le point trois", date(2026, 12, 2)).number is None


SIGNED = """
Ce dossier a été adopté à l'unanimité.

Pour extrait,
Le secrétaire de Séance,     La Première Vice-Présidente,



Charles DALLARA      Sylvie FAYOLLE
"""


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("la premiere vice presidente", "Sylvie FAYOLLE"),
        ("le 1er vice president", "Sylvie FAYOLLE"),
        ("le secretaire de seance", "Charles DALLARA"),
        ("la vice presidente", None),
        ("le maire", None),
    ],
)
def test_the_name_signed_under_a_role(role: str, name: str | None) -> None:
    signed = signed_as(SIGNED, role)
    assert (signed[0] if signed else None) == name
