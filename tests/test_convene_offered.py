"""The secretariat asks whether a convocation has left (« envoie la convocation du 18 », « la
convocation est partie ? »): not yet, so it is offered a button that convenes, through the real
Application; a member asking the same is told when it must leave, with no button. A sentence
alone never convenes: the press does."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from bot.transport import Conversation
from storage import db
from storage.models import Sitting
from tests.helpers import text


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
