"""Issue 12: members' questions by topic, without a command.

tests/fixtures/questions/families_lang40.tsv holds the phrasings of each family found answered
wrong (a topic found only in its field with a word beside it no act prints, a slip landing on a
word that is no topic, nothing found answered with nothing to offer, a place asked what is
« prévu », money asked over a topic), and what each answer must (or, « !… », must not) say,
decided before running; one test per block, through the real Application on the sample data.
"""

from __future__ import annotations

import pytest

from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang40.tsv"), indirect=["database_url"]
)
async def test_a_topic_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("question", "first", "after"),
    [
        # « Taux des taxes foncières », « cotisation foncière »: titles about taxes; « Traitement
        # des écarts … » only has « Fiscalité » as its open-data subject
        ("les délibérations sur la fiscalité", "Taux de", "Traitement des écarts"),
        ("Je souhaiterais voir les délibérations relatives aux impôts.", "Taux", "Traitement"),
    ],
)
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_an_act_whose_title_is_about_the_topic_comes_first(
    degraix: Conversation, question: str, first: str, after: str
) -> None:
    answer = await say(degraix, question)
    assert first in answer
    assert after not in answer or answer.index(first) < answer.index(after)
