"""A convocation acknowledged in words (« bien reçu », « reçu merci », « ok pour jeudi »):
recorded as the « Accuser réception » button would, thanked once, never recorded twice; the
same words with no convocation waiting are small talk as before."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.services.receipts import acknowledges_receipt
from bot.transport import Conversation
from storage import db
from storage.models import AuditEntry, Delivery, DeliveryStatus
from tests.conftest import CLOCK, member_id
from tests.helpers import say


@pytest.fixture
def convened(loaded_engine: Engine, coming_sitting: int) -> int:
    """DEGRAIX was sent the convocation to the Bureau of Thursday 18 July 2024."""
    with db.session(loaded_engine) as session:
        delivery = Delivery(
            sitting_id=coming_sitting,
            member_id=member_id(loaded_engine, "DEGRAIX"),
            kind="convocation",
            status=DeliveryStatus.sent,
            sent_at=CLOCK,
            telegram_message_id=42,
        )
        session.add(delivery)
        session.commit()
        return delivery.id or 0


def _receipt(engine: Engine, delivery_id: int) -> tuple[bool, int]:
    with db.session(engine) as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        acknowledged = session.exec(
            select(AuditEntry).where(AuditEntry.action == "convocation.acknowledged")
        ).all()
        return delivery.acknowledged_at is not None, len(acknowledged)


async def test_after_a_receipt_the_sitting_in_talk_is_the_one_convened(
    degraix: Conversation, convened: int
) -> None:
    # a question of the sitting held before leaves its thread; the receipt then speaks of the
    # Bureau convened, and « c'est à quelle heure déjà ? » is about that one
    assert "4 juillet 2024" in await say(degraix, "qui présidait le bureau du 4 juillet 2024 ?")
    assert "est enregistré" in await say(degraix, "bien reçu la convocation")
    hour = await say(degraix, "c'est à quelle heure déjà ?")
    assert "jeudi 18 juillet 2024" in hour
    assert "17 h 00" in hour


@pytest.mark.parametrize(
    "message",
    [
        "bien reçu la convocation",
        "Reçu, merci !",
        "ok pour jeudi",
        "convocation bien recue merci beaucoup",
        "bonjour, j'ai bien reçu la convoc. Cordialement",
        "c'est noté pour le bureau du 18 juillet",
        "bien eu le mail pour jeudi, merci",
        # formal French (issue 12, lang19)
        "J'accuse bonne réception de la convocation",
        "je vous confirme avoir bien reçu la convocation",
        "j'ai pris connaissance de la convocation, merci",
        "nous accusons réception de la convocation pour jeudi",
        "bien réceptionné la convocation, cordialement",
        "je prends bonne note de la convocation du 18 juillet",
        "Merci de noter que j'ai bien reçu la convocation",
        "jaccuse reception de la convoc",
        # read rather than received (the « l' » is the convocation)
        "je l'ai lue, c'est bon",
        "bien lu la convocation pour jeudi, merci",
    ],
)
async def test_a_receipt_in_words_is_recorded_and_thanked_once(
    degraix: Conversation, loaded_engine: Engine, convened: int, message: str
) -> None:
    first = await say(degraix, message)
    assert "accusé de réception de la convocation" in first
    assert "Bureau Métropolitain du jeudi 18 juillet 2024" in first
    assert "est enregistré" in first
    assert _receipt(loaded_engine, convened) == (True, 1)
    again = await say(degraix, "bien reçu merci")
    assert "déjà enregistré" in again
    assert _receipt(loaded_engine, convened) == (True, 1)  # never recorded twice


@pytest.mark.parametrize(
    "message",
    [
        "ok pour mardi",  # not the sitting's day: nothing acknowledged
        "je n'ai pas reçu la convocation",
        "Berger a reçu la convocation ?",
        "merci",
        "ok",
    ],
)
async def test_what_is_not_a_receipt_records_nothing(
    degraix: Conversation, loaded_engine: Engine, convened: int, message: str
) -> None:
    answer = await say(degraix, message)
    # « Berger a reçu la convocation ? » is answered with the count of receipts: never with
    # one recorded (« ok pour mardi » may speak of the coming sitting, whose acts « n'est
    # enregistrée » aucune: the receipt's own thanks are what must not be said)
    assert "votre accusé de réception" not in answer
    assert _receipt(loaded_engine, convened) == (False, 0)


async def test_with_no_convocation_waiting_bien_recu_is_small_talk(degraix: Conversation) -> None:
    answer = await say(degraix, "bien reçu, merci")
    assert "accusé de réception" not in answer
    assert "pas compris" not in answer


@pytest.mark.parametrize(
    ("message", "receipt"),
    [
        ("Bien reçu 👍", True),
        ("reçu 5/5", True),
        ("accusé de réception, merci", True),
        ("combien a reçu AESIO", False),
        ("noté", False),
        ("lu", False),
        ("je ne l'ai pas lue", False),
        ("reçu ?", False),
        ("les documents reçus en préfecture", False),
    ],
)
def test_a_receipt_is_what_the_message_is_made_of(message: str, receipt: bool) -> None:
    assert acknowledges_receipt(message) is receipt


async def test_a_convocation_sent_by_other_means_is_acknowledged_too(
    degraix: Conversation, loaded_engine: Engine, convened: int
) -> None:
    """Telegram could not reach the member (their account not linked): the secretariat sent
    it otherwise, and « reçu merci » is their receipt all the same."""
    with db.session(loaded_engine) as session:
        delivery = session.get(Delivery, convened)
        assert delivery is not None
        delivery.status, delivery.sent_at = DeliveryStatus.unreachable, None
        session.add(delivery)
        session.commit()
    assert "est enregistré" in await say(degraix, "reçu merci")
    assert _receipt(loaded_engine, convened) == (True, 1)


async def test_a_message_corrected_into_a_receipt_records_nothing(
    degraix: Conversation, loaded_engine: Engine, convened: int
) -> None:
    """Nothing is done from an edit (bot/handlers/edits.py): a question corrected into
    « bien reçu la convocation » gets the notice, and the receipt waits for a new message."""
    update = degraix.message_update("c'est quand le prochain bureau ?")
    await degraix._process(update)
    corrected = {**update["message"], "text": "bien reçu la convocation, merci", "edit_date": 1}
    replies = await degraix._process({"update_id": 10**6, "edited_message": corrected})
    assert "modifié un message" in " ".join(r.text for r in replies)
    assert _receipt(loaded_engine, convened) == (False, 0)
    assert "est enregistré" in await say(degraix, "bien reçu la convocation, merci")
    assert _receipt(loaded_engine, convened) == (True, 1)
