"""Issue 12: acts, votes, funded actions and the council's rules asked as members type them.

tests/fixtures/questions/families_lang33.tsv holds the phrasings of each family found answered
wrong (an act's slots in SMS order, a topic spelt out as an acronym's words or narrowed by an
adjective, the law asked in general terms, an act's programme named again in a follow-up, the
vote's words mistyped), and what each answer must (or, « !… », must not) say, decided before
running; one test per block, each block one conversation, through the real Application on the
sample data.
"""

from __future__ import annotations

import pytest

from bot.services.law_questions import Rule, rule_asked
from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang33.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("le président a-t-il deux voix quand il y a égalité ?", Rule.TIE),
        ("en cas de partage des voix qui décide", Rule.TIE),
        ("à quoi sert un extrait de délibération", Rule.EXTRACT),
        ("le registre des délibérations c'est quoi", Rule.EXTRACT),
        ("il faut le quorum tout au long de la séance ?", Rule.QUORUM),
        ("le quorum est nécessaire pour chaque vote ?", Rule.QUORUM),
        ("une délibération est adoptée à quelle majorité ?", Rule.MAJORITY),
        ("la présidente vote aussi ?", Rule.TIE),
        ("qui convoque le conseil ?", Rule.CONVENER),
        ("si je ne peux pas venir je vote comment ?", Rule.PROXY_RULES),
        ("qu'est-ce qu'un procès-verbal ?", Rule.VOCABULARY),
        ("les votants c'est quoi", Rule.VOCABULARY),
        ("c'est quoi une procuration ?", Rule.PROXY_RULES),
        # facts, never the law
        ("qui présidait le dernier bureau ?", None),
        ("l'extrait de la délibération 2024.00417", None),
        ("le quorum était atteint le 4 juillet ?", None),
        ("le plan égalité femmes-hommes", None),
        ("quelle majorité pour le dob 2022 ?", None),
        ("qui préside le prochain bureau ?", None),
        ("qui a convoqué le bureau du 4 juillet ?", None),
        ("c'est quoi la délib sur le PLH", None),
        ("c'est quoi le pv du 4 juillet", None),
    ],
)
def test_the_law_is_read_by_its_concepts(message: str, rule: Rule | None) -> None:
    """A question in general terms joining a rule's concepts asks that rule, in any order;
    a past sitting, a day or an act named asks facts."""
    assert rule_asked(message) is rule, message


@pytest.mark.parametrize(
    "message",
    [
        "le prochain bureau a lieu quand et où ?",
        "prochaine séance quand et où svp",
        "le bureau du 18 juillet, c'est à quelle heure et où",
    ],
)
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_the_day_and_the_place_are_both_answered(
    degraix: Conversation, coming_sitting: int, message: str
) -> None:
    """« quand et où ? »: two questions of the same sitting, each answered."""
    answer = await say(degraix, message)
    assert "18 juillet 2024" in answer or "17 h" in answer, (message, answer)
    assert "Hôtel de métropole" in answer, (message, answer)
