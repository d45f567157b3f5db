"""After a sitting, through the real Application: the secretariat types who signed the sheet
(« présents au bureau du 9 juillet : … »), it is confirmed then recorded as the sitting's
attendance with the quorum at the opening; a quorum missed allows a second convocation (three
jours francs, no quorum condition, L2121-17), created then convened; a member's « je suis là »
once the sitting began is an arrival; what cannot be is said."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import sqlalchemy as sa
from sqlalchemy.orm import ORMExecuteState
from sqlmodel import Session, col, select

from bot.services import roll_calls
from bot.services.proxies import Actor
from storage import db
from storage.models import Attendance, AttendanceStatus, Member, Proxy, Sitting
from tests.helpers import add_coming_bureau_sitting, text
from tests.test_convocations import coming_sitting, finish_broadcasts, no_per_chat_gap
from tests.test_sitting_orders import Desk, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared

HELD = date(2024, 7, 9)  # the day before the tests' clock (Wednesday 10 July 2024)


def _held(desk: Desk) -> int:
    with db.session(desk.engine) as session:
        sitting = add_coming_bureau_sitting(session, held_on=HELD, place="Salle B",
                                            agenda=["Budget annexe"])  # fmt: skip
        session.commit()
        return sitting.id or 0


def _statuses(desk: Desk, held: int) -> list[AttendanceStatus]:
    with db.session(desk.engine) as session:
        return list(
            session.exec(select(Attendance.status).where(Attendance.sitting_id == held)).all()
        )


def bony_s_proxy_to_perache(desk: Desk, held: int) -> None:
    """BONY gave a proxy to PERACHE for the sitting held."""
    with db.session(desk.engine) as session:
        ids = {
            m.last_name: m.id
            for m in session.exec(
                select(Member).where(col(Member.last_name).in_(["BONY", "PERACHE"]))
            )
        }
        session.add(Proxy(sitting_id=held, giver_id=ids["BONY"], holder_id=ids["PERACHE"]))
        session.commit()


async def test_the_signed_sheet_is_recorded_and_a_failed_quorum_convened_again(
    desk: Desk,
) -> None:
    held = _held(desk)
    dallara = desk.dallara
    bony_s_proxy_to_perache(desk, held)  # and BONY did not sign

    # Before: nothing known; a second convocation is refused until the roll call is recorded
    refused = text(await dallara.send("reconvoque le bureau du 9 juillet le 16 juillet à 17h"))
    assert "ne sont pas enregistrées" in refused
    unknown = text(await dallara.send("présents au bureau du 9 juillet : Perache, Zorglub"))
    assert "Je n'ai pas reconnu parmi les membres du Bureau Métropolitain : Zorglub" in unknown

    # dictated, without « : »: each name read among the members, offered as typed with « : »
    spoken = text(
        await dallara.send("présents au bureau du 9 juillet Perache Degraix Laget Dallara")
    )
    assert "Présents (4) : " in spoken
    assert "Jean-Luc DEGRAIX" in spoken
    offer = await dallara.send(
        "présents au bureau du 9 juillet : Perache, Jean-Luc Degraix; Laget et Dallara"
    )
    said = text(offer)
    assert "Présents (4)" in said
    assert "non atteint (4 présents pour 34 requis sur 67" in said
    done = text(await dallara.press("Enregistrer les présences", offer))
    assert "4 présents, 1 représenté, 0 excusé, 62 absents" in done
    again = text(await dallara.press("Enregistrer les présences", offer))  # a double tap
    assert "déjà enregistrées (4 présents) : rien n'est enregistré deux fois" in again
    assert "Quorum non atteint" in done
    assert _statuses(desk, held).count(AttendanceStatus.present) == 4
    with db.session(desk.engine) as session:
        sitting = session.get(Sitting, held)
        assert sitting is not None
        assert (sitting.present_count, sitting.proxies_count, sitting.votes_count) == (4, 1, 5)
    # a member's question reads it as it reads an imported roll call
    asked = text(
        await desk.chat("DEGRAIX").send("le quorum était-il atteint au bureau du 9 juillet ?")
    )
    assert "4 présents pour 34 requis" in asked

    assert "4 présents pour 34 requis" in text(await dallara.send("/quorum 9 juillet"))

    # The second convocation: three jours francs, not five; too soon is said
    assert "il n'en reste que 2" in text(
        await dallara.send("reconvoque le bureau du 9 juillet le 13 juillet à 17h")
    )
    offer = await dallara.send("reconvoque le bureau du 9 juillet le 14 juillet à 18h")
    assert "sans condition de quorum" in text(offer)
    created = await dallara.press("Créer la seconde convocation", offer)
    assert "seconde convocation après la séance du mardi 9 juillet 2024" in text(created)
    with db.session(desk.engine) as session:
        second = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 7, 14))).one()
        assert second.second_convocation
        assert (second.start_time, second.place, second.agenda) == (
            time(18),
            "Salle B",
            ["Budget annexe"],
        )
    started = text(await dallara.press("Envoyer la convocation", created))
    assert "en cours d'envoi à 65" in started
    await finish_broadcasts(desk.app)
    notices = [
        c.params["text"]
        for c in desk.api.calls
        if "Seconde convocation" in c.params.get("text", "")
    ]
    assert len(notices) == 65


async def test_a_roll_call_is_for_a_sitting_held_and_not_imported(desk: Desk) -> None:
    dallara = desk.dallara
    with db.session(desk.engine) as session:  # this morning's sitting (the clock: 12:00)
        add_coming_bureau_sitting(session, held_on=date(2024, 7, 10), start_time=time(9))
        session.commit()
    await dallara.send("/convoquer 18 juillet")  # (the coming one, convened)
    await finish_broadcasts(desk.app)
    # a member saying « je suis là » once it began is arriving, not too late for a proxy
    arrived = text(await desk.chat("LAGET").send("je suis là"))
    assert "votre arrivée à la séance du Bureau Métropolitain du mercredi 10 juillet" in arrived
    assert "Déclarés présents : 1" in text(await dallara.send("/quorum 10 juillet"))
    # until the roll call is recorded, who is there is what was declared, said so
    assert "pas encore eu lieu" in text(
        await desk.chat("DEGRAIX").send("qui est là au bureau aujourd'hui ?")
    )
    offer = await dallara.send("appel du bureau de ce jour : Perache, Laget")
    await dallara.press("Enregistrer les présences", offer)
    # the secretariat's /quorum the same day says the quorum it had, no longer a forecast
    assert "❌ Quorum non atteint à l'ouverture (2 présents pour 34 requis)" in text(
        await dallara.send("/quorum 10 juillet")
    )
    # members asking about it that day are answered from the roll call, no longer from what
    # was declared (« pas encore eu lieu »)
    for question, said in (
        ("qui est là au bureau aujourd'hui ?", "• M. Bernard LAGET"),
        ("combien de présents au bureau ce matin ?", "2 présents sur 67"),
        ("on a le quorum ce matin ?", "non atteint"),
        ("le bureau de ce matin c'était où ?", "s'est tenue"),
        ("le prochain bureau c'est quand ?", "18 juillet"),
    ):
        answered = text(await desk.chat("DEGRAIX").send(question))
        assert said in answered, question
        assert "pas encore eu lieu" not in answered, question
    assert "n'a pas encore eu lieu" in text(
        await dallara.send("présents au bureau du 18 juillet : Perache")
    )
    assert "ses présences sont celles que publient ses documents" in text(
        await dallara.send("présents au bureau du 4 juillet 2024 : Perache")
    )
    # asked, it is a question, whoever asks
    asked = await dallara.send("présents : combien étaient-ils au bureau du 4 juillet 2024 ?")
    assert "40 présents" in text(asked)
    # a member's message is read as their question, never as a roll call
    replies = await desk.chat("DEGRAIX").send("présents au bureau du 4 juillet 2024 : Perache")
    assert "PERACHE était présent" in text(replies)
    assert not any(r.labels for r in replies)


async def test_two_secretaries_recording_one_roll_call_at_once(desk: Desk) -> None:
    """Two secretaries press « Enregistrer les présences » at the same moment, from two
    processes: the one whose rows reach the store second is told it is recorded, never a
    traceback; the store keeps the first roll call, whole."""
    held = _held(desk)
    dallara = desk.dallara
    offer = await dallara.send("présents au bureau du 9 juillet : Perache, Laget, Dallara")
    assert "Présents (3)" in text(offer)
    # the other process: its own engine on the same store, as a second bot process has
    other = db.make_engine(desk.engine.url.render_as_string(hide_password=False))
    with db.session(other) as session:
        perache = session.exec(select(Member.id).where(Member.last_name == "PERACHE")).one()
    raced: list[bool] = []

    def first_in(executing: ORMExecuteState) -> None:
        # the moment between this press's reading of the attendance (none yet) and its first
        # writing (the order waiting taken from the store, in the change's own transaction):
        # the other secretary's roll call is recorded and committed
        if raced or not executing.is_delete:
            return
        raced.append(True)
        with db.session(other) as session:
            sitting = session.get(Sitting, held)
            assert sitting is not None
            roll_calls.record(
                session=session,
                sitting=sitting,
                present={perache},
                now=datetime(2024, 7, 10, 10, tzinfo=UTC),
                actor=Actor(None, channel="test"),
            )

    sa.event.listen(Session, "do_orm_execute", first_in)
    try:
        pressed = text(await dallara.press("Enregistrer les présences", offer))
    finally:
        sa.event.remove(Session, "do_orm_execute", first_in)
        other.dispose()
    assert raced == [True]
    assert "déjà enregistrées (1 présent) : rien n'est enregistré deux fois" in pressed
    statuses = _statuses(desk, held)
    assert (statuses.count(AttendanceStatus.present), len(statuses)) == (1, 67)
