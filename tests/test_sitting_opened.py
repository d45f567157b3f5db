"""« La prochaine séance » asked the evening of a sitting held that afternoon: the one after it,
never the one just held (its hour gone, its roll call not yet imported). The real Application
on the sample, a Bureau on Thursday 18 July 2024 at 17:00 and another a week later."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from storage import db
from tests.helpers import add_coming_bureau_sitting, text

EVENING = datetime(2024, 7, 18, 19, 30, tzinfo=UTC)  # 21 h 30 in Paris, the Bureau opened at 17 h
MORNING = datetime(2024, 7, 18, 8, 0, tzinfo=UTC)


@pytest.fixture
def week_after(loaded_engine: Engine, coming_sitting: int) -> int:
    with db.session(loaded_engine) as session:
        sitting = add_coming_bureau_sitting(session, held_on=date(2024, 7, 25))
        session.commit()
        return sitting.id or 0


@pytest.mark.parametrize(
    "message",
    [
        "quelle est la prochaine séance ?",
        "c quand le prochain bureau",
        "ou a lieu la prochaine seance",
        "qu'est-ce qu'il y a à l'ordre du jour de la prochaine séance ?",
    ],
)
async def test_the_next_sitting_asked_the_evening_of_one_is_the_one_after(
    degraix: Conversation, week_after: int, message: str
) -> None:
    degraix.application.bot_data.runtime.clock = lambda: EVENING
    answer = text(await degraix.send(message))
    assert "25 juillet 2024" in answer
    assert "18 juillet" not in answer


async def test_the_next_sitting_asked_the_morning_of_one_is_that_one(
    degraix: Conversation, week_after: int
) -> None:
    degraix.application.bot_data.runtime.clock = lambda: MORNING
    assert "18 juillet 2024" in text(await degraix.send("c'est quand la prochaine séance ?"))


@pytest.mark.parametrize(
    ("message", "said"),
    [
        # « la prochaine »: the one after the sitting held that afternoon
        ("je donne pouvoir à Berger pour la prochaine séance", "25 juillet 2024"),
        # that day's, named: too late, and said so
        ("je donne pouvoir à Berger pour aujourd'hui", "trop tard"),
    ],
)
async def test_a_proxy_given_that_evening(
    degraix: Conversation, week_after: int, message: str, said: str
) -> None:
    degraix.application.bot_data.runtime.clock = lambda: EVENING
    assert said in text(await degraix.send(message))
