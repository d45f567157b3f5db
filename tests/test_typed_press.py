"""The one action offered to the secretariat with one button, answered in words: a typed
yes presses it, a typed no drops it, anything else is read as before and forgets it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.handlers import offers
from bot.services.proxy_dialog import Said
from tests.conftest import CLOCK
from tests.helpers import text
from tests.test_convocations import finish_broadcasts, set_clock
from tests.test_sitting_orders import Desk

from tests.test_convocations import coming_sitting  # noqa: F401  # isort: skip
from tests.test_sitting_orders import desk  # noqa: F401  # isort: skip

ASKED = "faut envoyer la convoc du bureau du 18 juillet"


async def _offered(desk: Desk) -> None:  # noqa: F811
    replies = await desk.dallara.send(ASKED)
    assert "Envoyer la convocation" in replies[-1].labels


@pytest.mark.parametrize(
    "yes", ["parfait, envoyez-la", "ok 👌", "oui oui allez-y", "yep c'est ça", "carrément"]
)
async def test_a_typed_yes_sends_the_convocation_offered(desk: Desk, yes: str) -> None:  # noqa: F811
    await _offered(desk)
    said = text(await desk.dallara.send(yes))
    assert "en cours d'envoi" in said
    await finish_broadcasts(desk.app)
    assert desk.sitting().convened_at is not None
    # once: the same yes again presses nothing (« Entendu » as before)
    assert "en cours d'envoi" not in text(await desk.dallara.send(yes))


@pytest.mark.parametrize("no", ["nan", "plus tard", "non surtout pas", "attendez un peu"])
async def test_a_typed_no_drops_the_offer(desk: Desk, no: str) -> None:  # noqa: F811
    await _offered(desk)
    assert "la convocation n'est pas envoyée" in text(await desk.dallara.send(no))
    assert "en cours d'envoi" not in text(await desk.dallara.send("oui"))
    assert desk.sitting().convened_at is None


async def test_another_answer_replaces_the_offer(desk: Desk) -> None:  # noqa: F811
    await _offered(desk)
    assert "salle du conseil" in text(await desk.dallara.send("c'est où déjà ?"))
    assert "en cours d'envoi" not in text(await desk.dallara.send("oui"))
    assert desk.sitting().convened_at is None


async def test_a_yes_after_the_offer_expired_presses_nothing(desk: Desk) -> None:  # noqa: F811
    await _offered(desk)
    set_clock(desk.app, CLOCK + offers.OFFER_KEPT + timedelta(seconds=1))
    assert "en cours d'envoi" not in text(await desk.dallara.send("oui"))
    assert desk.sitting().convened_at is None


async def test_a_yes_under_the_urgency_offered_convenes_urgently(desk: Desk) -> None:  # noqa: F811
    set_clock(desk.app, datetime(2024, 7, 15, 7, 0, tzinfo=UTC))  # 2 jours francs left
    replies = await desk.dallara.send(ASKED)
    assert "Convoquer en urgence" in replies[-1].labels
    said = text(await desk.dallara.send("oui, fais-le"))
    assert "en urgence" in said
    await finish_broadcasts(desk.app)
    assert desk.sitting().urgent


async def test_a_yes_under_the_reminder_offered_reminds_the_silent(desk: Desk) -> None:  # noqa: F811
    dallara = await desk.convened()
    set_clock(desk.app, datetime(2024, 7, 16, 8, 0, tzinfo=UTC))
    replies = await dallara.send("il faudrait relancer les membres silencieux")
    assert any(label.startswith("Relancer") for label in replies[-1].labels)
    assert "Rappel en cours d'envoi" in text(await dallara.send("ok vas-y relance"))


async def test_a_member_typing_yes_presses_nothing(desk: Desk) -> None:  # noqa: F811
    degraix = desk.chat("DEGRAIX")
    await degraix.send(ASKED)
    assert "en cours d'envoi" not in text(await degraix.send("oui"))
    assert desk.sitting().convened_at is None


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("ouep envoie", Said.CONFIRM),
        ("yes convoque-les", Said.CONFIRM),
        ("✅", Said.CONFIRM),
        ("non ne relance pas", Said.CANCEL),
        ("pas maintenant", Said.CANCEL),
        ("envoie la convocation du conseil du 25", Said.OTHER),
        ("qui n'a pas répondu ?", Said.OTHER),
        ("non, plutôt à Laget", Said.OTHER),
    ],
)
def test_what_a_reply_to_the_offer_says(typed: str, said: Said) -> None:
    # (a reminder offered for the reminders' verbs, the convocation to send for the others)
    assert offers.read_answer(typed, reminder="relance" in typed) is said


@pytest.mark.parametrize(
    ("typed", "reminder"),
    [("relance-les", False), ("non, envoie-la", True), ("oui convoque", True)],
)
def test_the_verb_of_another_act_than_the_one_offered_presses_nothing(
    typed: str, reminder: bool
) -> None:
    assert offers.read_answer(typed, reminder=reminder) is Said.OTHER
