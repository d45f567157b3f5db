"""Convening a sitting through the bot: notice period, outbox, buttons, report, reminders."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import col, select
from telegram.ext import Application

from bot.broadcast import deliver
from bot.services import convocations, identity
from bot.transport import Conversation, Reply
from storage import db
from storage.models import Delivery, Member, Proxy, Sitting
from tests.conftest import CLOCK
from tests.helpers import add_coming_bureau_sitting, text

TZ = ZoneInfo("Europe/Paris")
UNLINKED = ("PERDRIAU", "TARDY")  # never opened their invitation


@pytest.fixture
def coming_sitting(loaded_engine: Engine) -> int:
    """The Bureau of 18 July 2024 at 17:00, every member linked but two, DALLARA secretariat."""
    with db.session(loaded_engine) as session:
        sitting = add_coming_bureau_sitting(
            session,
            place="Hôtel de métropole, salle du conseil",
            agenda=["Approbation du procès-verbal", "Contrat local des solidarités"],
        )
        for member in session.exec(select(Member)):
            if member.last_name not in UNLINKED:
                member.telegram_user_id = 100_000 + (member.id or 0)
                session.add(member)
        dallara = session.exec(select(Member).where(Member.last_name == "DALLARA")).one()
        identity.grant_secretariat(session=session, member=dallara)
        session.commit()
        return sitting.id or 0


def chat_of(app_api, engine: Engine, last_name: str) -> Conversation:  # type: ignore[no-untyped-def]
    app, api = app_api
    with db.session(engine) as session:
        member = session.exec(select(Member).where(Member.last_name == last_name)).one()
    assert member.telegram_user_id is not None
    return Conversation(app, api, member.telegram_user_id)


async def finish_broadcasts(app: Application) -> None:  # type: ignore[type-arg]
    await asyncio.gather(*app.bot_data.broadcasts)


async def every_page(chat: Conversation, replies: list[Reply]) -> list[Reply]:
    """A long answer's first page and the pages behind « Suite »."""
    pages = list(replies)
    while pages[-1].buttons and pages[-1].buttons[0][1].startswith("page:"):
        pages += await chat.press_data(pages[-1].buttons[0][1], pages[-1])
    return pages


def set_clock(app: Application, when: datetime) -> None:  # type: ignore[type-arg]
    app.bot_data.runtime.clock = lambda: when


@pytest.fixture(autouse=True)
def no_per_chat_gap(monkeypatch: pytest.MonkeyPatch) -> None:
    # In-process there is no Telegram to protect; the HTTP tests keep the real one-second gap.
    monkeypatch.setattr("bot.broadcast.PER_CHAT_GAP", 0.0)


async def test_members_cannot_convene(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    assert "réservée au secrétariat" in text(await degraix.send("/convoquer"))
    assert "réservée au secrétariat" in text(await degraix.send("/suivi"))


async def test_a_full_convocation_with_answers_and_the_report(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # type: ignore[no-untyped-def]
) -> None:
    app, api = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    started = text(await dallara.send("/convoquer 18 juillet"))
    assert "en cours d'envoi à 65 membres" in started
    assert "M. Gaël PERDRIAU" in started  # to be convened by other means
    await finish_broadcasts(app)

    convocations_sent = Counter(
        int(c.params["chat_id"])
        for c in api.calls
        if c.method == "sendMessage" and "Convocation — Bureau Métropolitain" in c.params["text"]
    )
    assert len(convocations_sent) == 65
    assert set(convocations_sent.values()) == {1}
    calendars = [c for c in api.calls if c.method == "sendDocument"]
    assert len(calendars) == 65
    message = next(
        c for c in api.calls if c.method == "sendMessage" and "Convocation — " in c.params["text"]
    )
    assert "jeudi 18 juillet 2024 à 17 h 00" in message.params["text"].replace("\u202f", " ")
    assert "Contrat local des solidarités" in message.params["text"]

    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    replies = api.replies_since(0)
    own = next(r for r in replies if r.chat_id == degraix.user["id"] and r.labels)
    assert own.labels == [
        "Accuser réception",
        "Je serai présent(e)",
        "Je serai absent(e)",
        "Donner pouvoir",
    ]
    assert "accusé de réception" in text(await degraix.press("Accuser réception", [own]))
    assert "vous serez présent" in text(await degraix.press("Je serai présent(e)", [own]))
    artigues = chat_of(application, loaded_engine, "ARTIGUES")
    theirs = next(r for r in api.replies_since(0) if r.chat_id == artigues.user["id"] and r.labels)
    answer = text(await artigues.press("Je serai absent(e)", [theirs]))
    assert "vous serez absent" in answer
    # A button pressed by someone it was not sent to is refused, and records nothing.
    assert "n'est plus valable" in text(await artigues.press("Accuser réception", [own]))

    # Answers given by message, not with the notice's buttons, are answers too (/quorum
    # counted them, the report said « Réponses : 0 »).
    bony = chat_of(application, loaded_engine, "BONY")
    await bony.send("je donne pouvoir à Perache pour le 18 juillet")
    assert "est enregistré" in text(await bony.send("Oui"))
    laget = chat_of(application, loaded_engine, "LAGET")
    assert "présent" in text(await laget.send("je serai là jeudi 18"))

    report = text(await every_page(dallara, await dallara.send("/suivi 18 juillet")))
    assert "Envoyées : 65 / 67" in report
    assert "Accusés de réception : 2" in report
    assert "Réponses : 4 (2 présents, 1 absent, 1 pouvoir)" in report
    assert "réponse « pouvoir » le 10/07/2024 12:00:00" in report
    assert "M. Gaël PERDRIAU : compte Telegram non relié" in report
    # Proof per member, with the times (the bot's clock: 10:00 UTC, 12:00 in Paris).
    degraix_message = own.message_id
    assert (
        f"M. Jean-Luc DEGRAIX : reçue le 10/07/2024 12:00:00 (message n° {degraix_message}) ; "
        "accusé de réception le 10/07/2024 12:00:00 ; "
        "réponse « présent(e) » le 10/07/2024 12:00:00"
    ) in report
    assert "M. Gilles ARTIGUES : reçue le 10/07/2024 12:00:00" in report
    assert "réponse « absent(e) »" in report
    assert "PERDRIAU : reçue" not in report
    with db.session(loaded_engine) as session:
        delivery = session.exec(
            select(Delivery).where(
                Delivery.member_id
                == session.exec(select(Member.id).where(Member.last_name == "DEGRAIX")).one()
            )
        ).one()
        assert delivery.telegram_message_id is not None
        assert delivery.acknowledged_at is not None
        assert delivery.answer == "present"

    # Convening again only resumes: nobody gets a second convocation, and it is said so.
    said = text(await dallara.send("/convoquer 18 juillet"))
    assert "est déjà convoquée depuis le mercredi 10 juillet 2024 : rien n'est renvoyé" in said
    assert "Remises ici : 65 sur 67" in said
    assert "en cours d'envoi" not in said
    await finish_broadcasts(app)
    again = Counter(
        int(c.params["chat_id"])
        for c in api.calls
        if c.method == "sendMessage" and "Convocation — Bureau Métropolitain" in c.params["text"]
    )
    assert set(again.values()) == {1}


async def test_a_member_who_did_not_receive_the_convocation_gets_it_again(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # type: ignore[no-untyped-def]
) -> None:
    """« j'ai rien eu comme convoc », « tu peux me la renvoyer ? »: never « Oui : elle est
    partie », but the member's own convocation again, whose buttons record on its delivery."""
    app, _ = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    await dallara.send("/convoquer 18 juillet")
    await finish_broadcasts(app)
    bony = chat_of(application, loaded_engine, "BONY")
    for said in (
        "j'ai rien eu comme convoc pour le bureau du 18",
        "tu peux me renvoyer la convocation ?",
    ):
        replies = await bony.send(said)
        again = text(replies)
        assert "Voici à nouveau votre convocation, partie le mercredi 10 juillet 2024" in again
        assert "Convocation — Bureau Métropolitain" in again
        assert "Contrat local des solidarités" in again
        assert not again.startswith("Oui")
    assert "accusé de réception" in text(await bony.press("Accuser réception", replies))
    with db.session(loaded_engine) as session:
        bony_id = session.exec(select(Member.id).where(Member.last_name == "BONY")).one()
        delivery = session.exec(select(Delivery).where(Delivery.member_id == bony_id)).one()
        assert delivery.acknowledged_at is not None


async def test_too_late_is_refused_unless_urgent(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    set_clock(app, datetime(2024, 7, 14, 8, 0, tzinfo=UTC))  # 3 jours francs left
    dallara = chat_of(application, loaded_engine, "DALLARA")
    replies = await dallara.send("/convoquer")
    assert "Trop tard pour convoquer : il reste 3 jours francs" in text(replies)
    assert "Rien n'a été envoyé" in text(replies)
    assert not any(c.method == "sendDocument" for c in api.calls)
    replies = await dallara.press("Convoquer en urgence")
    assert "en urgence" in text(replies)
    await finish_broadcasts(app)
    sent = [
        c for c in api.calls if c.method == "sendMessage" and "Convocation — " in c.params["text"]
    ]
    assert len(sent) == 65
    assert "Convocation en urgence" in sent[0].params["text"]
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, coming_sitting)
        assert sitting is not None
        assert sitting.urgent
        assert sitting.convened_on == date(2024, 7, 14)


async def test_no_convocation_the_day_before_even_urgent(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    app, _ = application
    set_clock(app, datetime(2024, 7, 17, 8, 0, tzinfo=UTC))  # 0 jour franc
    dallara = chat_of(application, loaded_engine, "DALLARA")
    replies = await dallara.send("/convoquer urgence")
    assert "Trop tard pour convoquer même en urgence" in text(replies)
    assert replies[-1].labels == []


async def test_reminders_go_once_to_the_silent_and_to_holders(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    await dallara.send("/convoquer")
    await finish_broadcasts(app)
    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    own = next(r for r in api.replies_since(0) if r.chat_id == degraix.user["id"] and r.labels)
    await degraix.press("Accuser réception", [own])
    with db.session(loaded_engine) as session:
        giver = session.exec(select(Member.id).where(Member.last_name == "ARTIGUES")).one()
        holder = session.exec(select(Member.id).where(Member.last_name == "BONY")).one()
        session.add(
            Proxy(
                sitting_id=coming_sitting,
                giver_id=giver or 0,
                holder_id=holder or 0,
                source="test",
            )
        )
        session.commit()

    async def tick(when: datetime) -> None:
        with db.session(loaded_engine) as session:
            convocations.due_reminders(session=session, now=when, tz=TZ)
        await deliver(app.bot, loaded_engine, clock=lambda: when, tz=TZ, per_chat_gap=0)

    start = len(api.calls)
    await tick(datetime(2024, 7, 16, 12, 0, tzinfo=UTC))  # two days before: nothing due
    assert not [c for c in api.calls[start:] if c.method == "sendMessage"]
    await tick(datetime(2024, 7, 17, 8, 0, tzinfo=UTC))  # 10:00 in Paris, the eve
    reminders = [c for c in api.calls[start:] if c.method == "sendMessage"]
    assert len(reminders) == 64  # 65 convoked, DEGRAIX acknowledged
    assert all("a lieu demain" in c.params["text"] for c in reminders)
    await tick(datetime(2024, 7, 17, 9, 0, tzinfo=UTC))  # again: nothing new
    assert len([c for c in api.calls[start:] if c.method == "sendMessage"]) == 64
    await tick(datetime(2024, 7, 18, 6, 30, tzinfo=UTC))  # 8:30 in Paris, the day itself
    holders = [
        c
        for c in api.calls[start:]
        if c.method == "sendMessage" and "vous détenez un pouvoir" in c.params["text"]
    ]
    assert len(holders) == 1


async def test_an_interrupted_broadcast_resumes_without_duplicates(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    with db.session(loaded_engine) as session:
        convocations.convene(
            session=session,
            sitting_id=coming_sitting,
            now=CLOCK,
            tz=TZ,
            actor=convocations.Actor(None, channel="test"),
        )
    first = asyncio.create_task(
        deliver(app.bot, loaded_engine, clock=lambda: CLOCK, tz=TZ, per_chat_gap=0.05)
    )
    while sum(c.method == "sendMessage" for c in api.calls) < 20:  # noqa: ASYNC110 (polls another task's progress)
        await asyncio.sleep(0.005)
    first.cancel()  # the process dies half-way
    with pytest.raises(asyncio.CancelledError):
        await first
    with db.session(loaded_engine) as session:
        done = session.exec(select(Delivery).where(Delivery.status == "sent")).all()
        assert 20 <= len(done) < 65
        # What was in flight when it died is claimed and will be owed again after STALE_CLAIM.
        session.exec(select(Delivery).where(col(Delivery.status) == "sending")).all()
    later = datetime(2024, 7, 10, 11, 0, tzinfo=UTC)
    await deliver(app.bot, loaded_engine, clock=lambda: later, tz=TZ, per_chat_gap=0)
    per_chat = Counter(int(c.params["chat_id"]) for c in api.calls if c.method == "sendMessage")
    assert len(per_chat) == 65
    assert set(per_chat.values()) == {1}
    calendars = Counter(int(c.params["chat_id"]) for c in api.calls if c.method == "sendDocument")
    assert len(calendars) == 65
    assert set(calendars.values()) == {1}


async def test_a_change_of_place_sends_a_corrective_notice(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    await dallara.send("/convoquer")
    await finish_broadcasts(app)
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, coming_sitting)
        assert sitting is not None
        sitting.place = "Salle des fêtes de Firminy"
        session.add(sitting)
        kind = convocations.correct(
            session=session,
            sitting=sitting,
            now=CLOCK,
            actor=convocations.Actor(None, channel="test"),
            changes={"place": sitting.place},
        )
    assert kind == "correction-1"
    start = len(api.calls)
    await deliver(app.bot, loaded_engine, clock=lambda: CLOCK, tz=TZ, per_chat_gap=0)
    notices = [c for c in api.calls[start:] if c.method == "sendMessage"]
    assert len(notices) == 65
    assert "Rectificatif" in notices[0].params["text"]
    assert "Salle des fêtes de Firminy" in notices[0].params["text"]
    calendars = [c for c in api.calls[start:] if c.method == "sendDocument"]
    assert len(calendars) == 65  # the updated .ics, same UID, higher SEQUENCE


async def test_the_secretariat_creates_a_sitting_by_conversation(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    dallara = chat_of(application, loaded_engine, "DALLARA")
    replies = await dallara.send("/nouvelle_seance")
    assert "Quel organe" in text(replies)
    assert "Bureau Métropolitain" in replies[-1].labels
    assert "quel jour" in text(await dallara.press("Bureau Métropolitain"))
    assert "Je n'ai pas lu" in text(await dallara.send("bientôt"))
    assert "déjà passé" in text(await dallara.send("1er juillet 2024 17 h"))
    assert "Où se tiendra" in text(await dallara.send("12 septembre 2024 à 17 h 30"))
    await dallara.send("Hôtel de métropole <salle 3>")
    replies = await dallara.send("Approbation du procès-verbal\nBudget supplémentaire")
    summary = text(replies)
    assert "jeudi 12 septembre 2024 à 17 h 30" in summary
    assert "Hôtel de métropole <salle 3>" in summary  # shown as typed, escaped for HTML
    assert "2. Budget supplémentaire" in summary
    assert "Séance créée" in text(await dallara.press("Confirmer"))
    with db.session(loaded_engine) as session:
        created = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 9, 12))).one()
        assert created.start_time == time(17, 30)
        assert created.agenda == ["Approbation du procès-verbal", "Budget supplémentaire"]
        assert created.in_office == 67
    # Back to ordinary questions once the conversation is over.
    assert "jeudi 12 septembre 2024" in text(await dallara.send("/seances"))


async def test_members_cannot_open_the_conversation(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    assert "réservée au secrétariat" in text(await degraix.send("/nouvelle_seance"))
    # A date from a member is a question about that day, never a draft's step.
    answer = text(await degraix.send("12 septembre 2024 17 h"))
    assert "Aucune séance le jeudi 12 septembre 2024" in answer
    assert "Où se tiendra la séance" not in answer


async def test_urgency_is_not_recorded_when_ordinary_notice_is_still_possible(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    app, _ = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    await dallara.send("/convoquer urgence")  # 7 jours francs remain: no need for urgency
    await finish_broadcasts(app)
    with db.session(loaded_engine) as session:
        sitting = session.get(Sitting, coming_sitting)
        assert sitting is not None
        assert sitting.convened_on == date(2024, 7, 10)
        assert not sitting.urgent


async def test_finished_broadcasts_are_not_kept(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    app, _ = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    await dallara.send("/convoquer")
    running = app.bot_data.broadcasts
    assert len(running) == 1
    await asyncio.wait_for(asyncio.gather(*list(running)), timeout=60)
    await asyncio.sleep(0)  # the done callbacks run on the next turn of the loop
    assert len(app.bot_data.broadcasts) == 0
    await dallara.send("/suivi")  # a second convening, done too, leaves nothing behind
    await dallara.send("/convoquer")
    await asyncio.wait_for(asyncio.gather(*list(app.bot_data.broadcasts)), timeout=60)
    await asyncio.sleep(0)
    assert len(app.bot_data.broadcasts) == 0


async def test_the_secretariat_asking_if_it_left_is_told_who_got_it(
    application, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    """« la convocation est partie ? » to whoever sent it: the day, and how many members got it
    on Telegram and how many are to be convened otherwise (never « partie » alone); a member
    asking is told only the day."""
    app, _ = application
    dallara = chat_of(application, loaded_engine, "DALLARA")
    await dallara.send("/convoquer 18 juillet")
    await finish_broadcasts(app)
    said = text(await dallara.send("est-ce que la convocation du 18 juillet est bien partie ?"))
    assert "Remise sur Telegram à 65 membres sur 67 ; 2 à convoquer par un autre moyen" in said
    degraix = chat_of(application, loaded_engine, "DEGRAIX")
    said = text(await degraix.send("la convocation du 18 juillet est partie quand ?"))
    assert "est partie le" in said
    assert "Remise sur Telegram" not in said
