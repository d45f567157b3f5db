"""Attacks on the roll call typed by the secretariat, through the real Application (the tests'
clock: Wednesday 10 July 2024, 12:00 in Paris): typed before its sitting began, corrected after
it was recorded, with proxies that could not be used."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from storage import db
from storage.models import (
    Attendance,
    AttendanceStatus,
    Body,
    Deliberation,
    Member,
    Proxy,
    Sitting,
)
from tests.helpers import add_coming_bureau_sitting, text
from tests.test_convocations import coming_sitting, no_per_chat_gap, set_clock
from tests.test_sitting_orders import Desk, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared


def _sitting(desk: Desk, held_on: date, start: time | None) -> int:
    with db.session(desk.engine) as session:
        sitting = add_coming_bureau_sitting(session, held_on=held_on, start_time=start)
        session.commit()
        return sitting.id or 0


def _present_count(desk: Desk, sid: int) -> int | None:
    with db.session(desk.engine) as session:
        return session.exec(select(Sitting.present_count).where(Sitting.id == sid)).one()


async def test_a_roll_call_typed_before_its_sitting_began_is_refused(desk: Desk) -> None:
    """At noon, the Bureau of 17:00 the same day: nobody has signed yet. Once its hour has
    come, and on its day when no hour is printed, the roll call is offered."""
    later = _sitting(desk, date(2024, 7, 10), time(17))
    for message in (
        "présents au bureau du 10 juillet : Perache, Laget",
        "reconvoque le bureau du 10 juillet le 20 juillet à 17h",
    ):
        replies = await desk.dallara.send(message)
        assert "n'a pas encore eu lieu" in text(replies), message
        assert not any(r.labels for r in replies), message
    assert "une fois la séance ouverte" in text(
        await desk.dallara.send("présents au bureau du 10 juillet : Perache, Laget")
    )
    assert _present_count(desk, later) is None
    with db.session(desk.engine) as session:
        sitting = session.get(Sitting, later)
        assert sitting is not None
        sitting.start_time = None  # no printed hour: its day is enough
        session.add(sitting)
        session.commit()
    offer = await desk.dallara.send("présents au bureau du 10 juillet : Perache, Laget")
    assert "Présents (2)" in text(offer)
    await desk.dallara.press("Enregistrer les présences", offer)
    assert _present_count(desk, later) == 2


async def test_a_roll_call_recorded_is_corrected_by_the_whole_list_sent_again(
    desk: Desk,
) -> None:
    """A name forgotten: the list sent again is offered as replacing what was recorded, and
    recorded (it was refused as « déjà enregistrées… renvoyez toute la liste », in a loop). An
    offer made before another correction was recorded is refused, not written over it."""
    held = _sitting(desk, date(2024, 7, 9), time(17))
    dallara = desk.dallara
    first = await dallara.send("présents au bureau du 9 juillet : Perache, Laget")
    await dallara.press("Enregistrer les présences", first)
    again = await dallara.send("présents au bureau du 9 juillet : Perache, Laget, Bony")
    assert "remplacent ce qui est enregistré pour cette séance (actuellement 2" in text(again)
    done = text(await dallara.press("Enregistrer les présences", again))
    assert "3 présents, 0 représenté, 0 excusé, 64 absents" in done
    assert _present_count(desk, held) == 3
    # two corrections offered from the same roll call: the second pressed finds it changed
    stale = await dallara.send("présents au bureau du 9 juillet : Perache")
    with db.session(desk.engine) as session:
        sitting = session.get(Sitting, held)
        assert sitting is not None
        sitting.present_count = 5  # another secretary's correction, recorded meanwhile
        session.add(sitting)
        session.commit()
    refused = text(await dallara.press("Enregistrer les présences", stale))
    assert "déjà enregistrées" in refused
    assert _present_count(desk, held) == 5


async def test_a_proxy_whose_holder_did_not_sign_leaves_its_giver_excused(desk: Desk) -> None:
    """BONY gave a proxy to PERACHE, who did not sign: it could not be used (L2121-20), so BONY
    is not counted represented (the counts said « 1 représenté » and the member's record
    « représenté »); who signed while having given a proxy is present, the proxy unused."""
    held = _sitting(desk, date(2024, 7, 9), time(17))
    with db.session(desk.engine) as session:
        members = {
            m.last_name: m.id or 0
            for m in session.exec(
                select(Member).where(col(Member.last_name).in_(["BONY", "PERACHE", "LAGET"]))
            )
        }
        session.add(Proxy(sitting_id=held, giver_id=members["BONY"], holder_id=members["PERACHE"]))
        session.add(Proxy(sitting_id=held, giver_id=members["LAGET"], holder_id=members["BONY"]))
        session.commit()
    offer = await desk.dallara.send("présents au bureau du 9 juillet : Laget, Dallara")
    done = text(await desk.dallara.press("Enregistrer les présences", offer))
    assert "2 présents, 0 représenté, 1 excusé, 64 absents" in done
    assert "1 pouvoir donné à un membre qui n'a pas signé n'a pas pu servir" in done
    with db.session(desk.engine) as session:
        statuses = {
            a.member_id: a.status
            for a in session.exec(select(Attendance).where(Attendance.sitting_id == held))
        }
        sitting = session.get(Sitting, held)
        assert sitting is not None
        assert (sitting.present_count, sitting.proxies_count, sitting.votes_count) == (2, 0, 2)
    assert statuses[members["BONY"]] == AttendanceStatus.excused
    assert statuses[members["LAGET"]] == AttendanceStatus.present


async def test_a_signer_written_with_a_remark_is_not_recorded_present(desk: Desk) -> None:
    """« Perache absent », « Perache (excusé) », « pas Perache »: the member was found in the
    words and recorded present, the remark dropped. A name and nothing else is read (a civility,
    initials, a short form, a typo); anything more is said back, and nothing is offered."""
    held = _sitting(desk, date(2024, 7, 9), time(17))
    for signer in (
        "Perache absent",
        "Perache (excusé)",
        "pas Perache",
        "Perache (a donné pouvoir)",
        "Perache parti à 19h",
    ):
        replies = await desk.dallara.send(f"présents au bureau du 9 juillet : Laget, {signer}")
        assert "Je n'ai pas reconnu parmi les membres du Bureau Métropolitain" in text(replies)
        assert not any(r.labels for r in replies), signer
    offer = await desk.dallara.send(
        "présents au bureau du 9 juillet : M. Gilles PERACHE, Perrache Gilles, J.-L. Degraix; "
        "Mme Fayolle"
    )
    assert "Présents (3) : M. Gilles PERACHE, M. Jean-Luc DEGRAIX, Mme Sylvie FAYOLLE" in text(
        offer
    )
    assert _present_count(desk, held) is None


async def test_the_sitting_of_a_roll_call_is_the_one_named_never_the_latest_instead(
    desk: Desk,
) -> None:
    """« du 3 », « de 2023 », « en juin », « du mois dernier » were not read as a day: the
    latest sitting held (the 9th) was offered in their place. A day said alone is the last
    one of that number; a period no day reads is said, and nothing is offered."""
    _sitting(desk, date(2024, 7, 9), time(17))
    june = _sitting(desk, date(2024, 6, 12), time(17))
    for words in ("du 3", "de 2023", "en juin", "du mois dernier", "de la semaine dernière"):
        replies = await desk.dallara.send(f"présents au bureau {words} : Perache")
        assert "Je ne trouve pas une seule séance" in text(replies), words
        assert not any(r.labels for r in replies), words
    offer = text(await desk.dallara.send("présents au bureau du 12 : Perache"))
    assert "séance du Bureau Métropolitain du mercredi 12 juin 2024" in offer
    assert "du mardi 9 juillet 2024" in text(
        await desk.dallara.send("ont signé la feuille d'émargement du bureau : Perache")
    )
    assert _present_count(desk, june) is None


async def test_no_arrival_is_noted_before_it_is_made_nor_after_the_sheet_is_recorded(
    desk: Desk,
) -> None:
    """The Bureau of 9:00 today, at noon. « je serai là dans une heure » was noted as an
    arrival at 12:00; « je suis là » once the signed sheet was recorded made the rows say three
    present and the counts two (« 3 présents à l'ouverture » for 2)."""
    today = _sitting(desk, date(2024, 7, 10), time(9))
    for said in ("je serai là dans une heure", "je serai présent tout à l'heure"):
        answer = text(await desk.chat("DEGRAIX").send(said))
        assert "a commencé : je note votre arrivée quand vous y êtes" in answer, said
    with db.session(desk.engine) as session:
        assert not session.exec(select(Attendance).where(Attendance.sitting_id == today)).all()
    late = text(await desk.chat("LAGET").send("je suis là, un peu en retard"))
    assert "votre arrivée à la séance du Bureau Métropolitain du mercredi 10 juillet" in late
    offer = await desk.dallara.send("appel du bureau de ce jour : Perache, Laget")
    await desk.dallara.press("Enregistrer les présences", offer)
    answer = text(await desk.chat("DEGRAIX").send("je suis là"))
    assert "sont déjà enregistrées d'après la feuille d'émargement signée" in answer
    quorum = text(await desk.dallara.send("/quorum 10 juillet"))
    assert "Quorum non atteint à l'ouverture (2 présents pour 34 requis)" in quorum
    assert "2 présents" in quorum
    assert _present_count(desk, today) == 2


async def test_a_roll_call_offered_before_the_minutes_were_imported_is_not_recorded(
    desk: Desk,
) -> None:
    """The minutes of the 9th imported between the offer and its button: the button wrote the
    typed roll call over the attendance they publish."""
    held = _sitting(desk, date(2024, 7, 9), time(17))
    offer = await desk.dallara.send("présents au bureau du 9 juillet : Perache, Laget")
    with db.session(desk.engine) as session:
        sitting = session.get(Sitting, held)
        assert sitting is not None
        body = session.get(Body, sitting.body_id)
        assert body is not None
        session.add(
            Deliberation(
                number="2024.00999", title="Budget annexe", title_key="budget annexe",
                sitting_id=held, council_id=body.council_id, outcome="adopted",
            )
        )  # fmt: skip
        session.commit()
    pressed = text(await desk.dallara.press("Enregistrer les présences", offer))
    assert "ses présences sont celles que publient ses documents" in pressed
    assert _present_count(desk, held) is None


async def test_a_roll_call_without_names_asks_for_them(desk: Desk) -> None:
    """« présents au bureau du 9 juillet : » sent before the names were pasted was answered as
    a question (« ses présences ne sont pas publiées »)."""
    _sitting(desk, date(2024, 7, 9), time(17))
    for said in ("présents au bureau du 9 juillet :", "présents au bureau du 9 juillet : , ;"):
        replies = await desk.dallara.send(said)
        assert "donnez les noms après deux-points" in text(replies), said
        assert not any(r.labels for r in replies), said


async def test_a_member_who_gave_a_proxy_arriving_is_told_to_sign(desk: Desk) -> None:
    """BONY gave a proxy to PERACHE and arrives at the sitting under way: he was told « trop
    tard : les pouvoirs … ne peuvent plus être enregistrés », nothing about what to do. Signing
    the sheet makes him present, the proxy unused (the roll call reads it so)."""
    today = _sitting(desk, date(2024, 7, 10), time(9))
    with db.session(desk.engine) as session:
        members = {
            m.last_name: m.id or 0
            for m in session.exec(
                select(Member).where(col(Member.last_name).in_(["BONY", "PERACHE"]))
            )
        }
        session.add(
            Proxy(sitting_id=today, giver_id=members["BONY"], holder_id=members["PERACHE"])
        )
        session.commit()
    said = text(await desk.chat("BONY").send("je suis là"))
    assert "vous aviez donné pouvoir à M. Gilles PERACHE" in said
    assert "Signez la feuille d'émargement en arrivant" in said
    offer = await desk.dallara.send("appel du bureau de ce jour : Perache, Bony")
    done = text(await desk.dallara.press("Enregistrer les présences", offer))
    assert "2 présents, 0 représenté" in done


async def test_the_convocations_present_button_pressed_during_the_sitting_is_an_arrival(
    desk: Desk,
) -> None:
    """« Je serai présent(e) » pressed once the Bureau of 17:00 began is the arrival « je suis
    là » makes: a button has no typed words to read as an arrival to come (the notice it is
    under is not the member's message)."""
    await desk.convened()
    degraix = desk.chat("DEGRAIX")
    own = next(
        r for r in desk.api.replies_since(0) if r.chat_id == degraix.user["id"] and r.labels
    )
    set_clock(desk.app, datetime(2024, 7, 18, 17, 30, tzinfo=ZoneInfo("Europe/Paris")))
    said = text(await degraix.press("Je serai présent(e)", [own]))
    assert "votre arrivée à la séance du Bureau Métropolitain du jeudi 18 juillet" in said


async def test_on_the_way_is_today_s_sitting_never_the_next_one(desk: Desk) -> None:
    """« j'arrive dans dix minutes », « je suis en route » answered the member's record (read
    as a search); on a sitting's day they are an arrival to come, and on a day without one
    nothing is noted for the next sitting."""
    for said in ("j'arrive dans dix minutes", "je suis en route", "j'arrive"):
        answer = text(await desk.chat("DEGRAIX").send(said))
        assert "Vous n'avez pas de séance le mercredi 10 juillet 2024" in answer, said
    with db.session(desk.engine) as session:
        assert not session.exec(
            select(Attendance).where(col(Attendance.declared_at).is_not(None))
        ).all()
    today = _sitting(desk, date(2024, 7, 10), time(9))
    for said in ("j'arrive dans dix minutes", "je suis en route", "j'arrive"):
        answer = text(await desk.chat("DEGRAIX").send(said))
        assert "a commencé : je note votre arrivée quand vous y êtes" in answer, said
    with db.session(desk.engine) as session:
        assert not session.exec(select(Attendance).where(Attendance.sitting_id == today)).all()
    # « j'arrive pas à … » is no arrival: a question, read as one
    answer = text(await desk.chat("DEGRAIX").send("j'arrive pas à trouver la délib 417"))
    assert "arrivée" not in answer
    assert "pas de séance" not in answer
