"""The secretariat asks whether a convocation has left (« envoie la convocation du 18 », « la
convocation est partie ? »): not yet, so it is offered a button that convenes, through the real
Application; a member asking the same is told when it must leave, with no button. A sentence
alone never convenes: the press does."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from storage import db
from storage.models import Sitting
from tests.helpers import add_coming_bureau_sitting, text


def _convened(engine: Engine, sitting_id: int) -> bool:
    with db.session(engine) as session:
        sitting = session.get(Sitting, sitting_id)
        assert sitting is not None
        return sitting.convened_at is not None


async def test_the_secretariat_is_offered_to_send_it_and_the_press_convenes(
    dallara: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    for asked in ("envoie la convocation du 18", "la convocation du bureau est partie ?"):
        replies = await dallara.send(asked)
        assert "n'est pas encore partie" in text(replies), asked
        assert [label for r in replies for label, _ in r.buttons] == ["Envoyer la convocation"]
        assert not _convened(loaded_engine, coming_sitting), "a sentence alone never convenes"
    said = text(await dallara.press("Envoyer la convocation"))
    assert "Convocation de la séance du Bureau Métropolitain du jeudi 18 juillet 2024" in said
    assert _convened(loaded_engine, coming_sitting)
    replies = await dallara.send("la convocation du 18 est partie ?")
    assert "Tapez /suivi" in text(replies)
    assert "signalez-le au secrétariat" not in text(replies)
    assert not any(r.buttons for r in replies)


async def test_a_member_is_told_when_it_must_leave_and_offered_nothing(
    degraix: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    replies = await degraix.send("la convocation du 18 est partie ?")
    assert "n'est pas encore partie" in text(replies)
    assert "envoyer maintenant" not in text(replies)
    assert not any(r.buttons for r in replies)
    forged = text(await degraix.press_data(f"convoke:now:{coming_sitting}"))
    assert "n'est plus valable" in forged
    assert not _convened(loaded_engine, coming_sitting)


@pytest.mark.parametrize(
    ("held_on", "button", "said"),
    [
        # two jours francs left: past the five of the law, still within urgency's one
        (date(2024, 7, 13), "Convoquer en urgence", "peut encore partir en urgence"),
        # the sitting is tomorrow: not even one jour franc, no button the law would refuse
        (date(2024, 7, 11), None, "il est trop tard pour la convoquer à cette date"),
    ],
)
async def test_past_its_last_day_the_offer_says_what_the_law_still_allows(
    dallara: Conversation, loaded_engine: Engine, held_on: date, button: str | None, said: str
) -> None:
    with db.session(loaded_engine) as session:
        sitting = add_coming_bureau_sitting(session, held_on=held_on)
        sitting_id = sitting.id or 0
        session.commit()
    replies = await dallara.send(f"envoie la convocation du bureau du {held_on.day}")
    answer = text(replies)
    assert "ce délai est dépassé" in answer
    assert said in answer
    assert "Vous pouvez l'envoyer maintenant" not in answer
    assert [label for r in replies for label, _ in r.buttons] == ([button] if button else [])
    assert not _convened(loaded_engine, sitting_id)
    if button:
        said_after = text(await dallara.press(button))
        assert "en urgence" in said_after
        assert _convened(loaded_engine, sitting_id)
