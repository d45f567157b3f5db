"""Lane lang21 (issue 12): counts over acts with the figure first, topics searched on their
meaningful words only, an act's budget, and the assistant itself, in members' own words.

tests/fixtures/questions/families_lang21.tsv holds our own phrasings and what each answer must
(or, « !… », must not) say, decided before running; one test per block, each block one
conversation, through the real Application on the sample data. Every block runs on SQLite;
its first and one in four chosen by their messages (tests/helpers.py: postgresql_sample) also
on PostgreSQL.
"""

from __future__ import annotations

import pytest

from bot.services.small_talk import Courtesy, small_talk
from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang21.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("quelle est ta version ?", True),
        ("t'es qui ?", True),
        ("qui t'a programmé ?", True),
        ("tu sers à quoi ?", True),
        ("tu connais quelles séances ?", True),
        ("à quoi sert ce bot", True),
        ("ton nom ?", True),
        # a version, a use, of something else
        ("la version modifiée du règlement", False),
        ("la dernière version du PLU", False),
        ("ça sert à quoi la délibération 2022.00033 ?", False),
        ("combien de délibérations ?", False),
    ],
)
def test_questions_about_the_assistant_itself(text: str, about: bool) -> None:
    assert (small_talk(text) is Courtesy.ABOUT) is about
