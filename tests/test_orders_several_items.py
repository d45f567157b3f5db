"""Several agenda items added in one order, through the real Application: each one read
(after « : » separated by « ; » or one a line, or each between quotes), all offered, all added
by one press, and named in the one complementary convocation each member receives."""

from __future__ import annotations

import pytest

from bot.services.sitting_orders import Verb, read_order
from storage import db
from storage.models import Sitting
from tests.helpers import text
from tests.test_convocations import coming_sitting, finish_broadcasts, no_per_chat_gap  # noqa: F401
from tests.test_sitting_orders import Desk, _sent
from tests.test_sitting_orders import desk as desk


@pytest.mark.parametrize(
    "said",
    [
        "ajoute à l'ODJ du bureau du 14 décembre : Budget annexe ; Subvention au club de hand",
        "ajoute à l'ordre du jour du bureau du 14 décembre les points suivants\n"
        "Budget annexe\nSubvention au club de hand",
        "ajoute à l'ordre du jour du bureau du 14 décembre :\n- Budget annexe\n"
        "- Subvention au club de hand",
        "ajoute à l'ODJ du bureau du 14 « Budget annexe » et « Subvention au club de hand »",
        "ajoute deux points au bureau du 14 décembre : Budget annexe ; Subvention au club de hand",
        "ajoute les points suivants au bureau du 14 :\n1. Budget annexe\n"
        "2. Subvention au club de hand",
    ],
)
def test_every_item_of_one_order_is_read(said: str) -> None:
    order = read_order(said)
    assert order is not None
    assert order.verb is Verb.ADD
    assert order.items == ("Budget annexe", "Subvention au club de hand")
    assert "14" in order.sitting_words


@pytest.mark.parametrize(
    ("said", "item"),
    [
        # one line after « : » is one item, whatever commas and « et » it holds
        (
            "ajoute à l'ODJ du bureau du 14 : Budget, fiscalité et dette",
            "Budget, fiscalité et dette",
        ),
        (
            "ajoute au bureau du 14 décembre le point vote du budget primitif",
            "vote du budget primitif",
        ),
    ],
)
def test_one_item_stays_one(said: str, item: str) -> None:
    order = read_order(said)
    assert order is not None
    assert order.verb is Verb.ADD
    assert order.item == item
    assert order.items == ()


async def test_two_items_are_offered_added_and_told_in_one_notice(desk: Desk) -> None:
    app, api = desk.app, desk.api
    dallara = await desk.convened()
    offer = await dallara.send(
        "ajoute à l'ODJ du bureau du 18 juillet : Motion sur la ligne SNCF ;"
        " Subvention au club de hand"
    )
    said = text(offer)
    assert "Ajouter ces 2 points" in said
    assert "1. « Motion sur la ligne SNCF »" in said
    assert "2. « Subvention au club de hand »\nC'est une convocation complémentaire" in said
    assert "2. « Subvention au club de hand »" in said
    start = len(api.calls)
    done = text(await dallara.press("Ajouter ces points", offer))
    assert "« Motion sur la ligne SNCF », « Subvention au club de hand » ajoutés" in done
    await finish_broadcasts(app)
    told = _sent(api, start, "2 points sont ajoutés")
    assert len(told) == 65
    assert set(told.values()) == {1}
    with db.session(desk.engine) as session:
        sitting = session.get(Sitting, desk.sitting_id)
        assert sitting is not None
        assert (sitting.agenda or [])[-2:] == [
            "Motion sur la ligne SNCF",
            "Subvention au club de hand",
        ]
