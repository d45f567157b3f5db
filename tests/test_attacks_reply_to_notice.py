"""A member's word sent as a reply (Telegram's « Répondre ») under one of the assistant's
convocations: the sitting is the notice's. A member convened to the Bureau of the 18th and to
the Conseil of the 25th answered « je ne pourrai pas venir » under the Conseil's convocation,
and the absence (or the proxy) was recorded for the Bureau, the next sitting."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.transport import BOT_USER, Conversation, Reply
from storage import db
from storage.models import Body, Delivery, DeliveryStatus, Member, Membership, Sitting
from tests.helpers import active_proxies, attendance_status, linked, text

CONSEIL_NOTICE = 4242  # the convocation's number in ARTIGUES's chat
SAMPLE_NOTICE = 4141  # a convocation of the Bureau of 4 July, held since


@pytest.fixture
def conseil(loaded_engine: Engine, coming_sitting: int) -> int:
    """The Conseil of Thursday 25 July 2024 at 18:00, ARTIGUES, DEGRAIX and BERGER seated in it,
    its convocation (and the Bureau's of 4 July) sent to ARTIGUES."""
    with db.session(loaded_engine) as session:
        body = session.exec(select(Body).where(Body.name == "Conseil Métropolitain")).one()
        members = {
            m.last_name: m.id or 0
            for m in session.exec(
                select(Member).where(Member.last_name.in_(["ARTIGUES", "DEGRAIX", "BERGER"]))  # type: ignore[attr-defined]
            )
        }
        for member_id in members.values():
            session.add(Membership(member_id=member_id, body_id=body.id or 0))
        sitting = Sitting(
            body_id=body.id or 0, held_on=date(2024, 7, 25), start_time=time(18), in_office=3
        )
        session.add(sitting)
        session.flush()
        held = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 7, 4))).first()
        assert held is not None
        for notice, of in ((CONSEIL_NOTICE, sitting), (SAMPLE_NOTICE, held)):
            session.add(
                Delivery(
                    sitting_id=of.id or 0,
                    member_id=members["ARTIGUES"],
                    kind="convocation",
                    status=DeliveryStatus.sent,
                    telegram_message_id=notice,
                    sent_at=datetime(2024, 7, 1, tzinfo=UTC),
                )
            )
        session.commit()
        return sitting.id or 0


async def _reply(member: Conversation, words: str, under: int) -> list[Reply]:
    message: dict[str, Any] = member.message_update(words)["message"]
    message["reply_to_message"] = {
        "message_id": under,
        "date": 1,
        "chat": member.chat,
        "from": BOT_USER,
        "text": "Convocation — Conseil Métropolitain",
    }
    return await member._process({"update_id": next(member._update_ids), "message": message})


async def test_an_absence_said_under_a_convocation_is_for_that_sitting(
    application, loaded_engine: Engine, coming_sitting: int, conseil: int
) -> None:  # type: ignore[no-untyped-def]
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    said = text(await _reply(artigues, "je ne pourrai pas venir, désolé", CONSEIL_NOTICE))
    assert "Conseil Métropolitain du jeudi 25 juillet 2024" in said
    assert attendance_status(loaded_engine, conseil, "ARTIGUES") == "excused"
    assert attendance_status(loaded_engine, coming_sitting, "ARTIGUES") is None


async def test_a_proxy_given_under_a_convocation_is_for_that_sitting(
    application, loaded_engine: Engine, coming_sitting: int, conseil: int
) -> None:  # type: ignore[no-untyped-def]
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    offer = text(await _reply(artigues, "je donne procuration à Berger", CONSEIL_NOTICE))
    assert "Conseil Métropolitain du jeudi 25 juillet 2024" in offer
    await artigues.press("Confirmer")
    assert active_proxies(loaded_engine, conseil) == [("ARTIGUES", "BERGER")]
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_day_said_beside_the_reply_is_the_day_said(
    application, loaded_engine: Engine, coming_sitting: int, conseil: int
) -> None:  # type: ignore[no-untyped-def]
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    said = text(await _reply(artigues, "absent le 18 juillet", CONSEIL_NOTICE))
    assert "Bureau Métropolitain du jeudi 18 juillet 2024" in said
    assert attendance_status(loaded_engine, coming_sitting, "ARTIGUES") == "excused"


async def test_a_reply_under_a_held_sitting_s_convocation_records_nothing(
    application, loaded_engine: Engine, coming_sitting: int, conseil: int
) -> None:  # type: ignore[no-untyped-def]
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    said = text(await _reply(artigues, "je serai absent", SAMPLE_NOTICE))
    assert "4 juillet 2024" in said
    assert attendance_status(loaded_engine, coming_sitting, "ARTIGUES") is None
    assert attendance_status(loaded_engine, conseil, "ARTIGUES") is None


async def test_a_reply_under_another_message_is_the_next_sitting_as_before(
    application, loaded_engine: Engine, coming_sitting: int, conseil: int
) -> None:  # type: ignore[no-untyped-def]
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    said = text(await _reply(artigues, "je serai absent", 1))
    assert "Bureau Métropolitain du jeudi 18 juillet 2024" in said
    assert attendance_status(loaded_engine, coming_sitting, "ARTIGUES") == "excused"


async def test_a_reply_under_a_convocation_is_for_it_when_another_sitting_shares_its_day(
    application, loaded_engine: Engine, coming_sitting: int, conseil: int
) -> None:  # type: ignore[no-untyped-def]
    with db.session(loaded_engine) as session:  # the Conseil the same day, after the Bureau
        sitting = session.get(Sitting, conseil)
        assert sitting is not None
        sitting.held_on, sitting.start_time = date(2024, 7, 18), time(19, 30)
        session.add(sitting)
        session.commit()
    artigues = await linked(application, loaded_engine, "ARTIGUES", 701)
    said = text(await _reply(artigues, "je serai absent", CONSEIL_NOTICE))
    assert "Conseil Métropolitain du jeudi 18 juillet 2024" in said
    assert attendance_status(loaded_engine, conseil, "ARTIGUES") == "excused"
    assert attendance_status(loaded_engine, coming_sitting, "ARTIGUES") is None
