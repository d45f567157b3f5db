"""An item of a coming sitting's agenda asked by its place (« et le point 2 ? », « le 3e point
c'est quoi ? »), end to end through the real Application: that item, or how many there are;
never the whole agenda again, never a search on « point »."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from storage import db
from storage.models import Sitting
from tests.helpers import say

AGENDA = [
    "Approbation du procès-verbal",
    "Médiathèque de Rive-de-Gier : marché de maîtrise d'œuvre",
    "Tarifs des transports scolaires",
    "Questions diverses",
]


@pytest.fixture
def with_agenda(loaded_engine: Engine, coming_sitting: int) -> int:
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, coming_sitting)
        assert sitting is not None
        sitting.agenda = AGENDA
        session.add(sitting)
        session.commit()
    return coming_sitting


@pytest.mark.parametrize(
    ("first", "then", "says"),
    [
        ("l'ordre du jour du prochain bureau ?", "et le point 2 ?", "Point 2 de l'ordre du jour"),
        ("qu'est-ce qu'il y a au prochain bureau ?", "le 3e point c quoi", "transports scolaires"),
        ("ordre du jour de jeudi prochain", "et le dernier point ?", "Questions diverses"),
        ("l'odj du bureau du 18 juillet", "le point 7 ?", "compte 4 points"),
    ],
)
async def test_an_agenda_item_by_its_place(
    degraix: Conversation, with_agenda: int, first: str, then: str, says: str
) -> None:
    await say(degraix, first)
    answer = await say(degraix, then)
    assert says in answer, (then, answer)
    assert "Approbation du procès-verbal" not in answer or "Point 1" in answer


async def test_an_item_named_with_its_sitting(degraix: Conversation, with_agenda: int) -> None:
    answer = await say(degraix, "c'est quoi le point 2 du bureau du 18 juillet ?")
    assert "Médiathèque de Rive-de-Gier" in answer
