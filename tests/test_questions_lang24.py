"""Lane lang24 (issue 12): never a silent guess.

tests/fixtures/questions/families_lang24.tsv holds the phrasings of the families a blind probe
found answered as if a word were absent (a name no member bears, a follow-up's new subject, a
name typed without capitals, in pieces or beside the asker's own) and what each answer must
(or, « !… », must not) say, decided before running; one test per block, each block one
conversation, through the real Application on the sample data. Every block runs on SQLite; its
first and one in four chosen by their messages (tests/helpers.py: postgresql_sample) also on
PostgreSQL.
"""

from __future__ import annotations

import logging
from datetime import date

import pytest

from bot.services.frames import read_frame
from bot.services.shorthand import spelled_out
from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases

TODAY = date(2024, 7, 10)


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang24.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("text", "first_person"),
    [
        ("est ce que J-L Basson était là", False),
        ("J.P. Durand était présent ?", False),
        ("le Jean-Luc qui n'est pas moi etait la ?", False),
        ("Jean-Luc (pas moi) avait un pouvoir ?", False),
        # the asker, still
        ("j'y étais ?", True),
        ("j'étais là ?", True),
        ("moi j'étais présent ?", True),
    ],
)
def test_an_initial_or_the_asker_set_aside_is_no_first_person(
    text: str, first_person: bool
) -> None:
    assert read_frame(text, TODAY).first_person is first_person


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("cmb de prsnts", "combien de présents"),
        ("les absnts du bureau", "les absents du bureau"),
        ("les dlibs de mars", "les délibs de mars"),
        ("le 1er vp", "le premier vice-président"),
        ("la 1ère vice-présidente", "la première vice-présidente"),
        ("la pdte", "la présidente"),
        ("le 1er juillet", "le 1er juillet"),
        # a word with its vowels, a name, a short word: as typed
        ("Mr Prst", "Mr Prst"),
        ("strict", "strict"),
        ("le ptt bureau", "le ptt bureau"),
    ],
)
def test_an_intent_word_without_its_vowels_is_spelled_out(typed: str, written: str) -> None:
    assert spelled_out(typed) == written


async def test_a_name_nobody_bears_is_kept_in_the_log_for_the_secretariat(
    degraix: Conversation, caplog: pytest.LogCaptureFixture
) -> None:
    """The member is told in French; the secretariat finds the name in the log, to add a
    member the documents missed or to see what members type."""
    with caplog.at_level(logging.INFO, logger="bot.handlers.questions"):
        await degraix.send("Durandal était présent le 4 juillet 2024 ?")
    assert any("Durandal" in r.getMessage() for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="bot.handlers.questions"):
        await degraix.send("Berger était présente le 4 juillet 2024 ?")
    assert not any("not understood" in r.getMessage() for r in caplog.records)
