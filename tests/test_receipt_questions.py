"""« qui a accusé réception ? » asked in words, end to end through the real Application: the
secretariat gets each member's receipt (as /suivi keeps it), a member their own and how many,
never a colleague's; a member who lacks the convocation is not asking about receipts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from storage import db
from storage.models import Delivery, DeliveryStatus
from tests.conftest import CLOCK, member_id
from tests.helpers import say


@pytest.fixture
def convened(loaded_engine: Engine, coming_sitting: int) -> int:
    """The Bureau of Thursday 18 July 2024 convened: BERGER and RIVAT acknowledged, DEGRAIX
    and LAGET received it only, FARA could not be reached on Telegram."""
    with db.session(loaded_engine) as session:
        for name, reached, acknowledged in (
            ("BERGER", True, True),
            ("RIVAT", True, True),
            ("DEGRAIX", True, False),
            ("LAGET", True, False),
            ("FARA", False, False),
        ):
            session.add(
                Delivery(
                    sitting_id=coming_sitting,
                    member_id=member_id(loaded_engine, name),
                    kind="convocation",
                    status=DeliveryStatus.sent if reached else DeliveryStatus.unreachable,
                    sent_at=CLOCK - timedelta(hours=2) if reached else None,
                    telegram_message_id=40 if reached else None,
                    acknowledged_at=CLOCK - timedelta(hours=1) if acknowledged else None,
                    error=None if reached else "Forbidden: bot was blocked by the user",
                )
            )
        session.commit()
    return coming_sitting


@pytest.fixture
def secretariat(application) -> Conversation:  # type: ignore[no-untyped-def]
    app, api = application
    app.bot_data.runtime.acting_as[777] = None  # the console without --as
    return Conversation(app, api, 777, "Secrétariat")


@pytest.mark.parametrize(
    ("message", "says", "never"),
    [
        (
            "qui a accusé réception ?",
            ["Mme Françoise BERGER", "M. Jean-Paul RIVAT", "2 sur 4", "M. David FARA"],
            ["Je ne trouve rien"],
        ),
        (
            "bonjour, la convocation du bureau a été lue par qui ?",
            ["Mme Françoise BERGER", "Sans accusé de réception (2)"],
            ["Je ne trouve rien"],
        ),
        (
            "qui n'a toujours pas accusé réception de la convoc ?",
            ["M. Jean-Luc DEGRAIX, M. Bernard LAGET"],
            ["• Mme Françoise BERGER"],
        ),
        ("Rivat a bien reçu sa convocation ?", ["Oui : M. Jean-Paul RIVAT"], ["Siège au"]),
        (
            "est ce que Laget et Berger ont accusé réception",
            ["Non : M. Bernard LAGET", "Oui : Mme Françoise BERGER"],
            ["Taux de présence"],
        ),
        ("les AR de la convocation du 18 juillet ?", ["2 sur 4"], ["n'est pas encore partie"]),
        ("tout le monde a bien reçu la convoc ?", ["Non : 2 sur 4", "non remise"], ["Je ne"]),
        ("Degraix a-t-il accusé réception ?", ["Non : M. Jean-Luc DEGRAIX"], ["Siège au"]),
        (
            "est ce que tout le monde a accusé réception pour le bureau du 18 juillet",
            ["Non : 2 sur 4"],
            ["Aucune séance"],
        ),
    ],
)
async def test_the_secretariat_sees_each_receipt(
    secretariat: Conversation, convened: int, message: str, says: list[str], never: list[str]
) -> None:
    answer = await say(secretariat, message)
    for part in says:
        assert part in answer, (message, answer)
    for part in never:
        assert part not in answer, (message, answer)


@pytest.mark.parametrize(
    ("message", "says", "never"),
    [
        ("j'ai accusé réception ?", ["Non : vous n'avez pas encore accusé réception"], []),
        ("est-ce que j'ai bien accusé réception de la convocation", ["Non : vous"], []),
        ("qui a accusé réception ?", ["2 accusés de réception sur 4"], ["BERGER", "RIVAT"]),
        ("Berger a accusé réception ?", ["suivi du secrétariat"], ["Oui : Mme", "Siège au"]),
        ("vous avez bien eu mon accusé de réception ?", ["Non : vous"], ["Je ne trouve"]),
    ],
)
async def test_a_member_sees_their_own_receipt_and_a_count(
    degraix: Conversation, convened: int, message: str, says: list[str], never: list[str]
) -> None:
    answer = await say(degraix, message)
    for part in says:
        assert part in answer, (message, answer)
    for part in never:
        assert part not in answer, (message, answer)


async def test_a_receipt_given_then_asked_is_yes(degraix: Conversation, convened: int) -> None:
    assert "est enregistré" in await say(degraix, "bien reçu la convocation, merci")
    assert "Oui : vous avez accusé réception" in await say(degraix, "j'ai bien accusé réception ?")


async def test_before_any_convocation_there_is_no_receipt(
    secretariat: Conversation, coming_sitting: int
) -> None:
    answer = await say(secretariat, "qui a accusé réception ?")
    assert "n'a pas encore été envoyée" in answer


async def test_a_member_without_the_convocation_is_not_asking_about_receipts(
    degraix: Conversation, convened: int
) -> None:
    answer = await say(degraix, "je n'ai toujours pas reçu ma convocation")
    assert "accusé" not in answer


@pytest.mark.parametrize(
    ("message", "told"),
    [
        ("qui a accusé réception de la convocation du 4 juillet 2024 ?", True),
        ("Rivat a bien reçu la convocation du 4 juillet 2024 ?", True),
        ("on a reçu la convoc quand pour le bureau du 4 juillet 2024 ?", False),
    ],
)
async def test_a_convocation_the_assistant_never_sent_has_no_receipt_kept(
    secretariat: Conversation, message: str, told: bool
) -> None:
    """The Bureau of 4 July 2024 was convened outside the assistant (its date is the
    documents'): asked who received it, the date it left and that no receipt is kept, never
    « pas encore envoyée »; asked when, the date alone."""
    answer = await say(secretariat, message)
    assert "est partie le vendredi 28 juin 2024" in answer
    assert ("je n'ai aucun accusé de réception" in answer) is told
    assert "pas encore été envoyée" not in answer
