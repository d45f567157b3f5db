"""Lane lang23 (issue 12): what members type on a phone, read as they mean it.

tests/fixtures/questions/families_lang23.tsv holds the phrasings of the families a blind probe
found answered wrong, and what each answer must (or, « !… », must not) say, decided before
running; one test per block, each block one conversation, through the real Application on the
sample data. Every block runs on SQLite; its first and one in four chosen by their messages
(tests/helpers.py: postgresql_sample) also on PostgreSQL.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.dictation import marks_said
from bot.services.frames import read_frame
from bot.services.receipts import acknowledges_receipt
from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases

TODAY = date(2024, 7, 10)


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang23.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("la séance du quatorze", 14),
        ("qui était là le vingt ?", 20),
        ("le conseil du vingt et un", 21),
        ("la séance du vingt-sept", 27),
        ("le bureau du dix-huit", 18),
        ("le trente et un", 31),
        ("la séance du premier", 1),
        ("les pouvoirs du quatre", 4),
        # a number that is no day: a count, a rank, an act's number, a month's day said whole
        ("le premier conseil", None),
        ("au premier semestre", None),
        ("les deux Michaud", None),
        ("le trois membres", None),
        ("le deux pouvoirs", None),
        ("le quatre cent dix-sept", None),
    ],
)
def test_a_day_said_in_words_alone_is_that_day(text: str, day: int | None) -> None:
    assert read_frame(text, TODAY).when.day == day


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("qui était présent point d'interrogation", "qui était présent ?"),
        ("Berger virgule Rivat et Bouchet", "Berger, Rivat et Bouchet"),
        (
            "le quorum du 27 janvier 2022 virgule et combien",
            "le quorum du 27 janvier 2022, et combien",
        ),
        ("c'est tout point final", "c'est tout."),
        # a number's « virgule », an item's « point »: kept
        ("deux mille vingt-deux virgule quatre cent dix-sept", None),
        ("la 2022 virgule 417", None),
        ("le point 3", None),
    ],
)
def test_punctuation_said_is_written(said: str, written: str | None) -> None:
    assert marks_said(said) == (written if written is not None else said)


@pytest.mark.parametrize(
    ("text", "receipt"),
    [
        ("la convocation m'est bien parvenue", True),
        ("convocation bien arrivée merci", True),
        ("la convocation est bien arrivée", True),
        ("convocation reçue", True),
        # asked, or not a convocation
        ("la convocation est arrivée ?", False),
        ("le bureau est arrivé", False),
        ("la convocation n'est pas arrivée", False),
    ],
)
def test_a_convocation_said_arrived_is_a_receipt(text: str, receipt: bool) -> None:
    assert acknowledges_receipt(text) is receipt
