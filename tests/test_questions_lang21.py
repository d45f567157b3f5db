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

from bot.services.search import meaningful
from bot.services.small_talk import Courtesy, definition_asked, small_talk
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
        ("la version pdf ?", False),
        ("et ça sert à quoi ?", False),
        ("ça sert à quoi la délibération 2022.00033 ?", False),
        ("combien de délibérations ?", False),
    ],
)
def test_questions_about_the_assistant_itself(text: str, about: bool) -> None:
    assert (small_talk(text) is Courtesy.ABOUT) is about


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("c'est quoi la loi NOTRe ?", "la loi NOTRe"),
        ("c est koi un EPCI", "un EPCI"),
        ("qu'est-ce qu'un EPCI ?", "un EPCI"),
        ("que dit le règlement intérieur ?", "le règlement intérieur"),
        ("la séance c'est quoi ?", "la séance"),
        ("ça veut dire quoi PLU ?", "PLU"),
        # no thing asked of: the assistant's skills, what happened, a vote
        ("qu'est-ce que tu sais faire ?", None),
        ("qu'est-ce qui s'est passé au dernier conseil ?", None),
        ("qu'est ce que Berger a voté ?", None),
        ("c'est quoi ?", None),
        ("et ça sert à quoi ?", None),
    ],
)
def test_what_a_thing_is_names_its_subject(text: str, subject: str | None) -> None:
    assert definition_asked(text) == subject


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("loi climat", "climat"),
        ("loi", ""),
        ("seance conseil", ""),
        ("collecte dechets", "collecte dechets"),
    ],
)
def test_generic_words_make_no_topic(words: str, kept: str) -> None:
    assert meaningful(words) == kept
