"""The coming sitting asked in members' words: its agenda (listed, counted, searched), whether
its convocation left in time, presence announced in a few words (« je viens jeudi »)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from storage import db
from tests.helpers import add_coming_bureau_sitting, assert_says, say


@pytest.fixture
def coming(loaded_engine: Engine) -> None:
    """The Bureau of Thursday 18 July 2024, its agenda of three items, convened on 10 July
    (7 jours francs before it)."""
    with db.session(loaded_engine) as session:
        add_coming_bureau_sitting(
            session,
            agenda=[
                "Approbation du procès-verbal",
                "Plan de mobilité : pistes cyclables",
                "Subvention au club de handball",
            ],
            convened_on=date(2024, 7, 10),
        )
        session.commit()


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["c'est quoi l'ordre du jour du prochain bureau ?"], ["Plan de mobilité", "handball"]),
        (["y a quoi au programme jeudi prochain ?"], ["Approbation du procès-verbal", "handball"]),
        (["c'est quand le prochain bureau ?", "il y a quoi à l'ordre du jour ?"], ["handball"]),
        (["y a combien de points à l'odj du prochain bureau"], ["3 points", "!Présents"]),
        (
            ["il y a un point sur le handball jeudi prochain ?"],
            ["Oui : à l'ordre du jour", "Subvention au club de handball", "!Aucune délibération"],
        ),
        (
            ["on parle de la piscine au prochain bureau ?"],
            ["Non : rien sur « piscine » à l'ordre du jour", "18 juillet 2024"],
        ),
        (
            ["la convocation du prochain bureau, c'est dans les délais ?"],
            ["Oui : la convocation", "7 jours francs", "pour 5 requis"],
        ),
        (
            ["le prochain bureau", "la convoc est partie à temps ?"],
            ["Oui : la convocation", "7 jours francs"],
        ),
        (
            ["combien de jours francs pour la convocation du prochain bureau ?"],
            ["7 jours francs", "!article L2121-12"],
        ),
        # the coming sitting's convocation has left: asked of in the past, it is that one
        (
            ["la convocation a été envoyée quand ?"],
            ["18 juillet 2024", "10 juillet 2024", "!28 juin"],
        ),
        (["elle est partie quand la convoc"], ["18 juillet 2024", "!4 juillet 2024"]),
        (["je viens jeudi 18"], ["présent", "18 juillet 2024", "!Aucune séance"]),
        (
            ["je viens jeudi 18", "combien de présents annoncés ?"],
            ["18 juillet 2024", "1", "!40 présents"],
        ),
        (["je serai là jeudi 18", "et combien on sera ?"], ["18 juillet 2024", "!40 présents"]),
        (
            ["j'y serai le 18", "qui d'autre a confirmé ?"],
            ["M. Jean-Luc DEGRAIX", "18 juillet 2024", "!Je ne trouve rien"],
        ),
    ],
)
async def test_the_coming_sitting_in_members_words(
    degraix: Conversation, coming: None, messages: list[str], expected: list[str]
) -> None:
    answer = ""
    for message in messages:
        answer = await say(degraix, message)
    assert_says(messages[-1], answer, expected)
