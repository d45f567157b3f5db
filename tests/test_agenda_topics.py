"""A topic asked of a sitting's agenda (« le budget c'est au programme ? », « la piscine est à
l'ordre du jour ? »), through the real Application: with nothing said of the sitting and none
in talk, the agenda of the sitting to come; a yes with the items, a no with the agenda; a
programme named (« au programme du CLS ») stays the funded actions' word."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from storage import db
from tests.helpers import add_coming_bureau_sitting, text


@pytest.fixture
def agenda(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        add_coming_bureau_sitting(
            session, agenda=["Budget supplémentaire 2024", "Tarifs de l'eau potable"]
        )
        session.commit()


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("le budget c'est au programme ?", "Oui : à l'ordre du jour"),
        ("les tarifs de l'eau sont à l'odj ?", "• Tarifs de l'eau potable"),
        ("y a le budget supplémentaire à l'ordre du jour ?", "• Budget supplémentaire 2024"),
        ("est-ce que la piscine est à l'ordre du jour ?", "Non : rien sur « piscine »"),
        ("la piscine c'est au programme jeudi prochain ?", "Non : rien sur « piscine »"),
    ],
)
async def test_a_topic_on_the_agenda_to_come(
    degraix: Conversation, agenda: None, asked: str, said: str
) -> None:
    answer = text(await degraix.send(asked))
    assert said in answer, answer
    assert "18 juillet 2024" in answer, answer
    assert "action financée" not in answer, answer


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("l'eau potable, c'est le point combien ?", "• point 2 : Tarifs de l'eau potable"),
        ("le budget supplémentaire passe en quel point jeudi prochain ?", "• point 1 : Budget"),
        ("c'est le combientième point, les tarifs ?", "• point 2 : Tarifs"),
    ],
)
async def test_an_item_s_place_on_the_agenda_to_come(
    degraix: Conversation, agenda: None, asked: str, said: str
) -> None:
    answer = text(await degraix.send(asked))
    assert said in answer, answer
    assert "À l'ordre du jour" in answer, answer
    assert "18 juillet 2024" in answer, answer


async def test_a_programme_named_is_still_its_actions(degraix: Conversation, agenda: None) -> None:
    answer = text(await degraix.send("quelles actions sont au programme du CLS ?"))
    assert "action financée" in answer, answer
    assert "ordre du jour" not in answer, answer


async def test_the_agenda_of_a_sitting_held_is_its_acts(degraix: Conversation) -> None:
    answer = text(await degraix.send("la piscine était à l'ordre du jour en juillet 2024 ?"))
    assert "Non : aucune délibération sur « piscine »" in answer, answer
    assert "4 juillet 2024" in answer, answer


@pytest.mark.parametrize(
    ("asked", "item", "said", "unsaid"),
    [
        (
            "qui rapporte le point 1 ?",
            "Budget supplémentaire 2024",
            "ne nomme pas de rapporteur",
            "dossier",
        ),
        (
            "le rapporteur du point 2 ?",
            "Tarifs de l'eau potable",
            "ne nomme pas de rapporteur",
            "dossier",
        ),
        (
            "où sont les rapports du point 2 ?",
            "Tarifs de l'eau potable",
            "dossier de séance",
            "rapporteur",
        ),
        (
            "je peux avoir les annexes du point 1 ?",
            "Budget supplémentaire 2024",
            "dossier de séance",
            "rapporteur",
        ),
        ("c'est quoi le point 1 ?", "Budget supplémentaire 2024", "", "dossier de séance"),
    ],
)
async def test_an_agenda_item_says_what_the_agenda_does_not_hold(
    degraix: Conversation, agenda: None, asked: str, item: str, said: str, unsaid: str
) -> None:
    """The item's title, and that an agenda names no rapporteur and holds no report (never the
    title alone, as if it answered who reports it or where its papers are)."""
    answer = text(await degraix.send(asked))
    assert item in answer, answer
    assert said in answer, answer
    assert unsaid not in answer, answer
