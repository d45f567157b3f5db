"""The secretariat's orders as typed in passing: opened by a word that says the plan changed
(« du coup », « rectification : »), or withdrawing an item by its rank without naming the agenda
(« enlève le point 1 du bureau du 18 merci »). Read as orders, never as a member's question,
and confirmed by a button as every order is."""

from __future__ import annotations

import pytest

from bot.services.sitting_orders import Verb, read_order
from tests.helpers import text
from tests.test_convocations import coming_sitting, no_per_chat_gap  # noqa: F401
from tests.test_sitting_orders import Desk, desk  # noqa: F401


@pytest.mark.parametrize(
    ("said", "sitting", "place"),
    [
        ("le conseil du 14 ce sera plutôt à la mairie de Firminy", "le conseil du 14",
         "mairie de Firminy"),
        ("le bureau du 18 c'est désormais salle Aristide Briand", "le bureau du 18",
         "salle Aristide Briand"),
        ("le bureau de jeudi est en salle 12", "le bureau de jeudi", "salle 12"),
    ],
)  # fmt: skip
def test_a_place_said_as_the_sitting_s_is_a_change_of_place(
    said: str, sitting: str, place: str
) -> None:
    order = read_order(said)
    assert order is not None
    assert order.verb is Verb.PLACE
    assert order.sitting_words.startswith(sitting)
    assert order.place == place


def test_items_added_after_the_sitting_and_a_colon_are_agenda_items() -> None:
    order = read_order("rajoute au conseil du 14 : Plan vélo 2025 ; Tarifs des crèches")
    assert order is not None
    assert order.verb is Verb.ADD
    assert order.sitting_words.strip() == "au conseil du 14"
    assert order.items == ("Plan vélo 2025", "Tarifs des crèches")


@pytest.mark.parametrize(
    ("said", "verb", "sitting", "rank"),
    [
        ("du coup le bureau du 18 commencera à 18h", Verb.POSTPONE, "le bureau du 18", None),
        ("rectification : le conseil du 14 débutera à 9h", Verb.POSTPONE, "le conseil", None),
        ("au fait, annule le bureau du 18", Verb.CANCEL, "le bureau du 18", None),
        ("enlève le point 1 du bureau du 18 merci", Verb.WITHDRAW, "du bureau du 18", 1),
        ("supprime le 3e point du conseil du 14", Verb.WITHDRAW, "du conseil du 14", 3),
        ("retirez le point numéro deux du bureau de jeudi", Verb.WITHDRAW, "du bureau", 2),
    ],
)
def test_orders_said_in_passing_are_read(
    said: str, verb: Verb, sitting: str, rank: int | None
) -> None:
    order = read_order(said)
    assert order is not None
    assert order.verb is verb
    assert order.sitting_words.strip().startswith(sitting)
    assert order.rank == rank


@pytest.mark.parametrize(
    "said",
    [
        "le point 2 du bureau du 18 a été retiré ?",
        "qui a retiré le point 2 du bureau ?",
        "en fait je serai absent au bureau du 18",
    ],
)
def test_questions_and_declarations_stay_what_they_are(said: str) -> None:
    assert read_order(said) is None


async def test_an_item_withdrawn_by_its_rank_alone_is_offered_then_told(desk: Desk) -> None:  # noqa: F811
    dallara = await desk.convened()
    offer = text(await dallara.send("enlève le point 2 du bureau du 18 juillet stp"))
    assert "« Contrat local des solidarités »" in offer
    await dallara.send("oui")
    assert desk.sitting().agenda == ["Approbation du procès-verbal"]


async def test_another_hour_said_with_du_coup_is_offered_as_a_correction(desk: Desk) -> None:  # noqa: F811
    dallara = await desk.convened()
    offer = text(await dallara.send("du coup le bureau du 18 juillet commencera à 18h30"))
    assert "18 h 30" in offer
    assert "commencera à 17 h 00" not in offer
