"""Lane lang30 (issue 12): members, attendance, counts and follow-ups asked as members type them.

tests/fixtures/questions/families_lang30.tsv holds the phrasings of each family, and what each
answer must (or, « !… », must not) say, decided before running; one test per block, each block
one conversation, through the real Application on the sample data. The readers of the short
follow-ups are checked on phrasings alone below.
"""

from __future__ import annotations

import pytest

from bot.services.frames import About, others_asked, which_asked, whom_asked
from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang30.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("said", "side"),
    [
        ("à qui ?", About.GIVEN),
        ("et a qui donc", About.GIVEN),
        ("il l'a donné à qui ?", About.GIVEN),
        ("par qui ?", About.GIVEN),
        ("de qui ?", About.HELD),
        ("de qui ça ?", About.HELD),
        ("à qui Fara a donné pouvoir ?", None),
        ("qui ?", None),
        ("pour qui ?", None),
    ],
)
def test_the_side_of_a_proxy_asked_alone(said: str, side: About | None) -> None:
    assert whom_asked(said) is side


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("c'est lequel ?", ""),
        ("c'est qui lui ?", ""),
        ("qui ça ?", ""),
        ("c'est Gilles ou Jean ?", "gilles ou jean"),
        ("c'est quel Gilles ?", "gilles"),
        ("Gilles comment ?", "gilles"),
        ("qui était absent ?", None),
        ("le 4 juillet ?", None),
    ],
)
def test_which_member_is_asked_back(said: str, named: str | None) -> None:
    assert which_asked(said) == named


@pytest.mark.parametrize(
    ("said", "others"),
    [
        ("et les autres ?", True),
        ("et le reste ?", True),
        ("et tous les autres ?", True),
        ("qui d'autre ?", True),
        ("et les autres élus, ils étaient là ?", True),
        ("les autres délibérations ?", False),
        ("et Berger ?", False),
    ],
)
def test_the_others_asked_alone(said: str, others: bool) -> None:
    assert others_asked(said) is others
