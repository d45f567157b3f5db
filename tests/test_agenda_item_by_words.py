"""« retire le point sur les piscines du bureau du 17 »: an item withdrawn by its words, the
agenda not named, the sitting after the item (it was « je n'ai pas compris quelle séance
changer »). Read by the same reader as every order; nothing else is taken for one."""

from __future__ import annotations

import pytest

from bot.services.sitting_orders import Verb, read_order
from tests.helpers import text
from tests.test_sitting_orders import Desk

from tests.test_convocations import coming_sitting  # noqa: F401  # isort: skip
from tests.test_sitting_orders import desk  # noqa: F401  # isort: skip


@pytest.mark.parametrize(
    ("typed", "item", "sitting"),
    [
        ("enlevez le dossier tarifs de l'eau du conseil du 14", "tarifs de l eau", "conseil"),
        ("merci de retirer le rapport sur la voirie de la séance du 3 mars", "voirie", "seance"),
        ("supprime la délibération sur le SIEL du prochain bureau", "siel", "prochain bureau"),
    ],
)
def test_an_item_named_by_its_words_is_withdrawn_from_the_sitting_after_it(
    typed: str, item: str, sitting: str
) -> None:
    order = read_order(typed)
    assert order is not None
    assert order.verb is Verb.WITHDRAW
    assert order.item == item
    assert sitting in order.sitting_words


@pytest.mark.parametrize(
    "other",
    [
        "retire mon pouvoir du bureau du 17",  # one's own proxy
        "retire Dupont des présents du conseil du 12",  # the roll call
    ],
)
def test_other_withdrawals_are_no_item_withdrawn(other: str) -> None:
    order = read_order(other)
    assert order is None or order.verb is not Verb.WITHDRAW or not order.item


async def test_convening_a_sitting_not_created_says_how_to_create_it(desk: Desk) -> None:  # noqa: F811
    """« convoquez le bureau le 25 juillet à 9h » when no sitting is on the 25th: none is
    convened, and the secretariat is told a sitting is created first, with that day."""
    said = text(await desk.dallara.send("convoquez le bureau le 25 juillet à 9h"))
    assert "Aucune séance du Bureau Métropolitain" in said
    assert "/nouvelle_seance" in said
    assert "le 25 juillet" in said
    assert desk.sitting().convened_at is None


async def test_convening_a_sitting_not_created_carries_its_hour_and_place(desk: Desk) -> None:  # noqa: F811
    """« faudrait convoquer le conseil le 29/07 a 14h30 dans la salle Jules Ferry », no sitting
    that day: the sentence that creates it is given with the hour and the place typed (it was a
    search for « convoquer »), and typed back it begins the draft with them."""
    dallara = desk.dallara
    said = text(
        await dallara.send(
            "faudrait convoquer le conseil le 29/07 a 14h30 dans la salle Jules Ferry"
        )
    )
    assert "/nouvelle_seance" in said
    assert "le 29 juillet à 14 h 30, salle Jules Ferry" in said
    assert "convoquer »" not in said
    sentence = said.split("« ", 1)[1].split(" »", 1)[0]
    draft = text(await dallara.send(sentence))
    assert "29 juillet 2024 à 14 h 30, salle Jules Ferry" in draft
