"""Attacks on the second convocation after a quorum missed (L2121-17 al. 2), through the real
Application (the tests' clock: Wednesday 10 July 2024, 12:00): convened twice for one quorum
missed, and its day not read but guessed."""

from __future__ import annotations

import threading
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import col, select

from bot.services import identity, sittings
from bot.services.proxies import Actor
from storage import db
from storage.models import Body, Member, Sitting
from tests.helpers import add_coming_bureau_sitting, text
from tests.test_convocations import coming_sitting, no_per_chat_gap
from tests.test_sitting_orders import Desk, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared


def _seconds(desk: Desk) -> list[date]:
    with db.session(desk.engine) as session:
        return list(
            session.exec(
                select(Sitting.held_on).where(col(Sitting.second_convocation).is_(True))
            ).all()
        )


async def _quorum_missed(desk: Desk) -> None:
    with db.session(desk.engine) as session:
        add_coming_bureau_sitting(session, held_on=date(2024, 7, 9), start_time=time(17))
        session.commit()
    offer = await desk.dallara.send("présents au bureau du 9 juillet : Perache, Laget")
    assert "non atteint" in text(await desk.dallara.press("Enregistrer les présences", offer))


async def test_one_quorum_missed_is_convened_again_once(desk: Desk) -> None:
    """The second sitting of the 15th created, « reconvoque … le 16 » created another: two
    sittings deliberating without quorum for one quorum missed. Two secretaries' offers made
    at once: the second pressed is refused."""
    await _quorum_missed(desk)
    with db.session(desk.engine) as session:
        fayolle = session.exec(select(Member).where(Member.last_name == "FAYOLLE")).one()
        identity.grant_secretariat(session=session, member=fayolle)
        session.commit()
    dallara, fayolle_chat = desk.dallara, desk.chat("FAYOLLE")
    first = await dallara.send("reconvoque le bureau du 9 juillet le 15 juillet à 17h")
    other = await fayolle_chat.send("reconvoque le bureau du 9 juillet le 16 juillet à 17h")
    assert "Créer la seconde convocation" in [label for r in other for label in r.labels]
    await dallara.press("Créer la seconde convocation", first)
    said = "a déjà sa seconde convocation : la séance du Bureau Métropolitain du lundi 15 juillet"
    assert said in text(await fayolle_chat.press("Créer la seconde convocation", other))
    again = await dallara.send("reconvoque le bureau du 9 juillet le 16 juillet à 17h")
    assert said in text(again)
    assert not any(r.labels for r in again)
    assert _seconds(desk) == [date(2024, 7, 15)]


async def test_a_second_convocation_without_its_day_is_asked_never_moved_a_week(
    desk: Desk,
) -> None:
    """« reconvoque le bureau du 9 juillet demain à 17h »: « demain » stayed in the sitting's
    words, and « à 17h » read as the 9th's same day at another hour, moved a week on: the
    16th, created as if said."""
    await _quorum_missed(desk)
    for said in (
        "reconvoque le bureau du 9 juillet demain à 17h",
        "reconvoque le bureau du 9 juillet à 18h",
    ):
        replies = await desk.dallara.send(said)
        assert "À quelle date et à quelle heure convoquer la seconde séance" in text(replies)
        assert not any(r.labels for r in replies), said
    assert _seconds(desk) == []


async def test_a_roll_call_convened_again_is_not_corrected_under_its_second_sitting(
    desk: Desk,
) -> None:
    """Corrected to a quorum met, the roll call would leave a second sitting deliberating
    without quorum on no ground: refused while that sitting stands."""
    await _quorum_missed(desk)
    offer = await desk.dallara.send("reconvoque le bureau du 9 juillet le 15 juillet à 17h")
    await desk.dallara.press("Créer la seconde convocation", offer)
    again = await desk.dallara.send("présents au bureau du 9 juillet : Perache, Laget, Bony")
    assert "ont fait convoquer sa seconde séance, celle du lundi 15 juillet 2024" in text(again)
    assert not any(r.labels for r in again)


async def test_two_presses_at_once_in_two_processes_create_one_second_sitting(
    desk: Desk,
) -> None:
    """Two secretaries press « Créer la seconde convocation » at the same instant, from two
    processes: each looked for the second sitting, found none, and created its own (the 15th
    and the 16th, on PostgreSQL). The other process, pressing while this press's sitting is
    written and not committed, waits for it and is refused; the store keeps one."""
    await _quorum_missed(desk)
    offer = await desk.dallara.send("reconvoque le bureau du 9 juillet le 15 juillet à 17h")
    other = db.make_engine(desk.engine.url.render_as_string(hide_password=False))
    refused: list[object] = []

    def other_process() -> None:
        with db.session(other) as session:
            first = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 7, 9))).one()
            body = session.get(Body, first.body_id)
            assert body is not None
            try:
                sittings.create_sitting(
                    session=session, body=body, place=first.place, agenda=[],
                    starts=datetime(2024, 7, 16, 17, tzinfo=ZoneInfo("Europe/Paris")),
                    actor=Actor(None, channel="test"), second_after=first,
                )  # fmt: skip
            except sittings.SecondExists as exists:
                refused.append(exists.second.held_on)

    thread = threading.Thread(target=other_process)
    started: list[bool] = []

    def pressed_at_once(*_: object) -> None:
        # this press's sitting written, not committed: the other press happens now
        if not started:
            started.append(True)
            thread.start()
            thread.join(0.5)

    sa.event.listen(Sitting, "after_insert", pressed_at_once)
    try:
        created = text(await desk.dallara.press("Créer la seconde convocation", offer))
    finally:
        sa.event.remove(Sitting, "after_insert", pressed_at_once)
    thread.join(20)
    other.dispose()
    assert "Séance créée" in created
    assert refused == [date(2024, 7, 15)]
    assert _seconds(desk) == [date(2024, 7, 15)]
