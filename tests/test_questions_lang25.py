"""Lane lang25 (issue 12): acts, votes, sittings and proxies asked as members type them.

tests/fixtures/questions/families_lang25.tsv holds the phrasings of the families a blind probe
found answered wrong, and what each answer must (or, « !… », must not) say, decided before
running; one test per block, each block one conversation, through the real Application on the
sample data. Every block runs on SQLite; its first and one in four chosen by their messages
(tests/helpers.py: postgresql_sample) also on PostgreSQL. The coming Bureau's phrasings are in
tests/fixtures/questions/coming_lang25.tsv (tests/test_coming_table.py).
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.transport import Conversation
from storage import db
from storage.models import Sitting
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang25.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


async def test_a_convocation_sent_in_urgency_is_said_urgent(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """The Bureau of 4 July 2024 convened in urgency on 2 July: « Oui », with its day and its
    jours francs (the sample's is not urgent: « Non », in the table)."""
    with db.session(loaded_engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 7, 4))).one()
        sitting.urgent, sitting.convened_on = True, date(2024, 7, 2)
        session.add(sitting)
        session.commit()
    answer = await say(degraix, "le bureau du 4 juillet a été convoqué en urgence ?")
    assert "Oui : la convocation" in answer, answer
    assert "envoyée en urgence, le mardi 2 juillet 2024, soit 1 jour franc" in answer, answer
