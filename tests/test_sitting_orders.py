"""The secretariat's orders about a convened sitting, through the real Application: cancel it,
postpone it, withdraw or add an agenda item; each confirmed by a button, each notice sent once
to each member convened, the proxies handled, members unable to do any of it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import col, select
from telegram.ext import Application

from bot.callbacks import OrderAction, SittingOrder
from bot.services import convocations
from bot.services.sitting_orders import Verb, read_order
from bot.transport import Conversation, InProcessBotAPI
from storage import db
from storage.models import Attendance, AuditEntry, Delivery, Member, Proxy, Sitting
from tests.helpers import text
from tests.test_convocations import (  # the Bureau of 18 July 2024, broadcasts without pause
    TZ,
    chat_of,
    coming_sitting,  # noqa: F401
    finish_broadcasts,
    no_per_chat_gap,  # noqa: F401
)


def _sent(api, start: int, words: str) -> Counter[int]:  # type: ignore[no-untyped-def]
    return Counter(
        int(c.params["chat_id"])
        for c in api.calls[start:]
        if c.method == "sendMessage" and words in c.params["text"]
    )


async def convened(application, engine: Engine) -> Conversation:  # type: ignore[no-untyped-def]
    """The Bureau of 18 July convened, its convocation delivered; the secretariat's chat."""
    dallara = chat_of(application, engine, "DALLARA")
    await dallara.send("/convoquer 18 juillet")
    await finish_broadcasts(application[0])
    return dallara


@dataclass
class Desk:
    """The secretariat's desk in these tests: the Application and its Bot API stand-in, the
    store, the Bureau of 18 July 2024 (not convened yet) and DALLARA's chat (secretariat)."""

    app: Application  # type: ignore[type-arg]
    api: InProcessBotAPI
    engine: Engine
    sitting_id: int

    @property
    def dallara(self) -> Conversation:
        return self.chat("DALLARA")

    def chat(self, last_name: str) -> Conversation:
        return chat_of((self.app, self.api), self.engine, last_name)

    def sitting(self) -> Sitting:
        """The Bureau of 18 July as the store holds it now."""
        with db.session(self.engine) as session:
            sitting = session.get(Sitting, self.sitting_id)
        assert sitting is not None
        return sitting

    async def convened(self) -> Conversation:
        """The Bureau of 18 July convened, its convocation delivered; the secretariat's chat."""
        return await convened((self.app, self.api), self.engine)

    async def convened_with_a_proxy(self) -> Conversation:
        """Convened, and BONY's proxy to PERACHE registered."""
        dallara = await self.convened()
        bony = self.chat("BONY")
        await bony.send("je donne pouvoir à Perache pour le 18 juillet")
        assert "est enregistré" in text(await bony.send("Oui"))
        return dallara


@pytest.fixture
def desk(application, loaded_engine: Engine, coming_sitting: int) -> Desk:  # type: ignore[no-untyped-def]  # noqa: F811
    app, api = application
    return Desk(app, api, loaded_engine, coming_sitting)


async def test_a_cancellation_is_confirmed_then_told_once_to_each_member_convened(
    desk: Desk,
) -> None:
    app, api = desk.app, desk.api
    dallara = await desk.convened_with_a_proxy()
    offer = await dallara.send("Merci d'annuler le bureau du 18 juillet")
    assert "Annuler la séance du Bureau Métropolitain du jeudi 18 juillet 2024" in text(offer)
    assert "Le pouvoir donné pour elle deviendra caduc" in text(offer)
    assert desk.sitting().cancelled_at is None  # nothing done before the press
    start = len(api.calls)
    done = text(await dallara.press("Confirmer l'annulation", offer))
    assert "est annulée" in done
    assert "65 membres" in done
    await finish_broadcasts(app)
    told = _sent(api, start, "Séance annulée")
    assert len(told) == 65
    assert set(told.values()) == {1}
    void = _sent(api, start, "n'a plus d'objet")
    bony, perache = (desk.chat(n) for n in ("BONY", "PERACHE"))
    assert set(void) == {bony.user["id"], perache.user["id"]}
    cancelled_ics = [
        c for c in api.calls[start:] if c.method == "sendDocument"
    ]  # the calendar strikes the event out
    assert len(cancelled_ics) == 65

    # Pressed again (an old button, a double tap): said, nothing sent twice
    again = len(api.calls)
    assert "déjà annulée" in text(await dallara.press("Confirmer l'annulation", offer))
    await finish_broadcasts(app)
    assert not _sent(api, again, "Séance annulée")

    sitting = desk.sitting()
    with db.session(desk.engine) as session:
        assert sitting.cancelled_at is not None  # kept, as cancelled
        proxy = session.exec(select(Proxy).where(Proxy.sitting_id == desk.sitting_id)).one()
        assert proxy.revoked_reason == "cancelled"
        entries = session.exec(
            select(AuditEntry).where(AuditEntry.action == "sitting.cancelled")
        ).all()
        assert len(entries) == 1
        assert entries[0].details["proxies_void"] == 1

    degraix = desk.chat("DEGRAIX")
    convocation = next(
        r for r in api.replies_since(0) if r.chat_id == degraix.user["id"] and r.labels
    )
    pressed = text(await degraix.press("Je serai présent(e)", [convocation]))
    assert "annulée" in pressed
    assert "est annulée" in text(await degraix.send("le bureau du 18 juillet est maintenu ?"))
    assert "Séance annulée" in text(await degraix.send("/seance 18 juillet"))
    given = text(await degraix.send("je donne pouvoir à Laget pour le bureau du 18 juillet"))
    assert "est annulée : il n'y a ni pouvoir ni présence à déclarer" in given
    assert "pas de quorum à prévoir" in text(await dallara.send("/quorum 18 juillet"))
    assert "18 juillet 2024 à 17 h 00, Hôtel de métropole, salle du conseil — annulée" in text(
        await degraix.send("/seances")
    ).replace("\u202f", " ")
    assert "annulée" in text(await dallara.send("/convoquer 18 juillet"))
    assert "annulée" in text(await dallara.send("annule le bureau du 18 juillet"))


async def test_members_can_neither_order_nor_press(desk: Desk) -> None:
    degraix = desk.chat("DEGRAIX")
    refused = text(await degraix.send("annulez le bureau du 18 juillet"))
    assert "Je ne crée ni ne modifie les séances" in refused
    forged = SittingOrder(OrderAction.CANCEL, desk.sitting_id).encode()
    assert "n'est plus valable" in text(await degraix.press_data(forged))
    assert "/annuler_seance" not in refused
    assert "réservée au secrétariat" in text(await degraix.send("/annuler_seance 18 juillet"))
    dallara = desk.chat("DALLARA")
    # the secretariat's own press, with no cancellation offered: nothing is cancelled
    assert "n'est plus valable" in text(await dallara.press_data(forged))
    nowhere = SittingOrder(OrderAction.CANCEL, 999_999).encode()
    assert "n'est plus valable" in text(await dallara.press_data(nowhere))
    assert "n'est plus valable" in text(await dallara.press_data("sitorder:cancel:0"))
    # a postponement pressed with no order waiting (its date is nowhere): stale
    move = SittingOrder(OrderAction.POSTPONE, desk.sitting_id).encode()
    assert "n'est plus valable" in text(await dallara.press_data(move))
    sitting = desk.sitting()
    assert sitting.cancelled_at is None
    assert sitting.held_on == date(2024, 7, 18)


async def test_a_postponement_is_a_new_convocation_with_its_notice_period(desk: Desk) -> None:
    app, api = desk.app, desk.api
    dallara = await desk.convened_with_a_proxy()
    # The clock is Wednesday 10 July: the 12th leaves one jour franc, the 11th none
    assert "même en urgence" in text(await dallara.send("reporte le bureau du 18 au 11 juillet"))
    offer = await dallara.send("on repousse le bureau du 18 juillet au 13 juillet à 9h30")
    assert "qu'en urgence" in text(offer)
    start = len(api.calls)
    done = text(await dallara.press("Reporter en urgence", offer))
    assert "samedi 13 juillet 2024 à 9 h 30" in done.replace("\u202f", " ")
    await finish_broadcasts(app)
    told = _sent(api, start, "Report — convocation")
    assert len(told) == 65
    assert set(told.values()) == {1}
    notice = next(c for c in api.calls[start:] if "Report — " in c.params.get("text", ""))
    assert "prévue le jeudi 18 juillet 2024" in notice.params["text"]
    assert "en urgence" in notice.params["text"]
    sitting = desk.sitting()
    with db.session(desk.engine) as session:
        assert (sitting.held_on, sitting.postponed_from) == (date(2024, 7, 13), date(2024, 7, 18))
        assert sitting.urgent
        proxy = session.exec(select(Proxy).where(Proxy.sitting_id == desk.sitting_id)).one()
        assert proxy.revoked_at is None  # kept for the new date, as the notice says
    degraix = desk.chat("DEGRAIX")
    assert "reportée au samedi 13 juillet" in text(
        await degraix.send("le bureau du 13 juillet est maintenu ?")
    )
    # The new convocation is answered as the first was, and followed in its stead
    notices = [r for r in api.replies_since(start) if r.chat_id == degraix.user["id"]]
    new_one = next(r for r in notices if r.labels)
    assert "accusé de réception" in text(await degraix.press("Accuser réception", [new_one]))
    report = text(await dallara.send("/suivi 13 juillet"))
    assert "Accusés de réception : 1" in report


async def test_an_item_withdrawn_and_one_added_are_told_to_the_members(desk: Desk) -> None:
    app, api = desk.app, desk.api
    dallara = await desk.convened_with_a_proxy()
    offer = await dallara.send("retire le point 2 de l'ordre du jour du bureau du 18 juillet")
    assert "« Contrat local des solidarités »" in text(offer)
    start = len(api.calls)
    await dallara.send("oui")
    await finish_broadcasts(app)
    told = _sent(api, start, "Ordre du jour modifié")
    assert len(told) == 65
    assert "n'a pas de point 5" in text(
        await dallara.send("retire le point 5 de l'ODJ du bureau du 18 juillet")
    )
    # Eight days ahead: the complementary convocation keeps its five jours francs
    offer = await dallara.send("ajoute à l'ODJ du bureau du 18 juillet : Motion sur la ligne SNCF")
    assert "SNCF » à l'ordre du jour" in text(offer)
    assert "17 h 00 ?\nC'est une convocation complémentaire" in text(offer).replace("\u202f", " ")
    assert "urgence" not in text(offer)
    start = len(api.calls)
    await dallara.press("Ajouter ce point", offer)
    await finish_broadcasts(app)
    told = _sent(api, start, "Convocation complémentaire — ")
    assert len(told) == 65
    assert set(told.values()) == {1}
    sitting = desk.sitting()
    with db.session(desk.engine) as session:
        assert sitting.agenda == ["Approbation du procès-verbal", "Motion sur la ligne SNCF"]
        kinds = set(
            session.exec(
                select(Delivery.kind).where(col(Delivery.kind).startswith("complement-"))
            ).all()
        )
        assert kinds == {"complement-1"}
        assert session.exec(select(Member)).first() is not None


async def test_a_new_sitting_said_as_a_title_begins_the_draft_and_another_council_is_refused(
    desk: Desk,
) -> None:
    dallara = desk.chat("DALLARA")
    draft = text(
        await dallara.send("nouvelle séance du bureau le 25/07/2024 à 18h salle Jean Moulin")
    )
    assert "Bureau Métropolitain, le jeudi 25 juillet 2024 à 18 h 00, salle Jean Moulin" in draft
    assert "L'ordre du jour" in draft
    await dallara.send("/annuler")
    for other, said in (
        ("créer une séance du conseil métropolitain de Lyon", "une assemblée de Lyon"),
        ("programme un conseil municipal le 20 juillet", "pas pour le conseil municipal"),
    ):
        refused = text(await dallara.send(other))
        assert said in refused
        assert "Rien n'a été créé" in refused
    # (no draft left behind: the next text is a question again)
    assert "ordre du jour" not in text(
        await dallara.send("qui présidait le bureau du 4 juillet ?")
    )


def test_a_sitting_of_a_body_without_members_is_created_with_a_warning(
    capsys,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from bot import cli
    from tests.conftest import SAMPLE_SCDL

    url = f"sqlite:///{tmp_path}/council.db"
    assert cli.main(["import", "--db", url, str(SAMPLE_SCDL)]) == 0
    capsys.readouterr()
    at = ["--at", "2099-02-01 18:00"]
    assert cli.main(["sitting", "create", "--db", url, "--body", "Conseil", *at]) == 0
    out = capsys.readouterr().out
    assert "0 membres" not in out
    assert "Aucun membre n'est enregistré pour le Conseil Métropolitain" in out


@pytest.mark.parametrize(
    ("said", "verb"),
    [
        ("Merci de bien vouloir annuler le conseil du 14", Verb.CANCEL),
        ("Pouvez-vous annuler la réunion du bureau prévue le 23 ?", Verb.CANCEL),
        ("annulation du bureau du 23", Verb.CANCEL),
        ("Le bureau du 23 est annulé, merci de prévenir les élus", Verb.CANCEL),
        ("est-ce que tu peux reporter le conseil du 14 au 21 ?", Verb.POSTPONE),
        ("le conseil du 14 est reporté au 21 à 18h", Verb.POSTPONE),
        ("Bonjour, il faut décaler le conseil de lundi à mardi 18h", Verb.POSTPONE),
        (
            "il faut retirer la délibération sur le SIEL de l'ordre du jour du bureau",
            Verb.WITHDRAW,
        ),
        ("peux-tu ajouter un point à l'ODJ du conseil : vote du budget ?", Verb.ADD),
        # another hour: found as a postponement, offered as a correction the same day
        ("le conseil du 14 débutera à 18h30 au lieu de 18h", Verb.POSTPONE),
        ("modifie l'horaire du bureau du 9 : 8h45", Verb.POSTPONE),
    ],
)
def test_orders_are_read_however_a_secretariat_types_them(said: str, verb: Verb) -> None:
    order = read_order(said)
    assert order is not None
    assert order.verb is verb


@pytest.mark.parametrize(
    "said",
    [
        "le bureau est annulé ?",
        "est-ce que le bureau du 18 est annulé ?",
        "annule mon pouvoir pour le bureau",
        "annulation de mon pouvoir pour le bureau",
        "le point 3 de l'ordre du jour ?",
        "ajoute le bureau à mon agenda",
        "quand est reporté le conseil ?",
        "le conseil du 14 commencera à quelle heure ?",
        "change l'heure de mon rappel à 9h",
    ],
)
def test_questions_and_a_member_s_own_acts_are_no_orders(said: str) -> None:
    assert read_order(said) is None


async def test_a_new_place_is_a_corrective_notice(desk: Desk) -> None:
    app, api = desk.app, desk.api
    dallara = await desk.convened_with_a_proxy()
    offer = await dallara.send("déplace le bureau du 18 juillet en salle des fêtes de Firminy")
    assert "pour « salle des fêtes de Firminy »" in text(offer)
    start = len(api.calls)
    assert "Rectificatif en cours d'envoi à 65" in text(
        await dallara.press("Confirmer le nouveau lieu", offer)
    )
    await finish_broadcasts(app)
    told = _sent(api, start, "Rectificatif — ")
    assert len(told) == 65
    assert "Quel nouveau lieu" in text(
        await dallara.send("change la salle du bureau du 18 juillet")
    )
    sitting = desk.sitting()
    assert sitting.place == "salle des fêtes de Firminy"
    assert sitting.held_on == date(2024, 7, 18)


async def test_the_confirmation_says_who_is_told_here_and_who_otherwise(desk: Desk) -> None:
    dallara = await desk.convened_with_a_proxy()
    with db.session(desk.engine) as session:  # two more unlinked since the convocation
        for name in ("BERGER", "LAGET"):
            member = session.exec(select(Member).where(Member.last_name == name)).one()
            member.telegram_user_id = None
            session.add(member)
        session.commit()
    offer = text(await dallara.send("annule le bureau du 18 juillet"))
    assert "63 des 67 membres convoqués en seront prévenus ici" in offer
    assert "les 4 autres, sans compte Telegram relié" in offer
    moved = text(await dallara.send("déplace le bureau du 18 juillet en salle B"))
    assert "63 des 67 membres" in moved
    with db.session(desk.engine) as session:
        for member in session.exec(select(Member)).all():
            member.telegram_user_id = None
            session.add(member)
        session.commit()
    offer = text(await dallara.send("annule le bureau du 18 juillet"))
    assert "Aucun des 67 membres convoqués n'a de compte Telegram relié" in offer
    assert "en seront prévenus ici" not in offer


async def test_another_hour_is_a_correction_and_another_day_voids_the_day_s_answers(
    desk: Desk,
) -> None:
    app, api = desk.app, desk.api
    dallara = await desk.convened_with_a_proxy()
    laget = desk.chat("LAGET")
    assert "C'est noté" in text(await laget.send("je serai présent au bureau du 18 juillet"))
    offer = await dallara.send("le bureau du 18 juillet commencera à 18h30 au lieu de 17h")
    assert "à 18 h 30" in text(offer).replace("\u202f", " ")
    assert "le même jour" in text(offer)
    start = len(api.calls)
    done = text(await dallara.press("Confirmer la nouvelle heure", offer))
    assert "Rectificatif en cours d'envoi à 65" in done
    await finish_broadcasts(app)
    assert len(_sent(api, start, "Rectificatif — ")) == 65
    sitting = desk.sitting()
    with db.session(desk.engine) as session:
        assert (sitting.held_on, sitting.start_time) == (date(2024, 7, 18), time(18, 30))
        assert sitting.postponed_from is None
        assert not sitting.urgent
        # the eve's reminder of the 18th goes out
        eve = datetime(2024, 7, 17, 10, tzinfo=TZ)
        assert convocations.due_reminders(session=session, now=eve, tz=TZ) > 0
        morning = datetime(2024, 7, 18, 8, 30, tzinfo=TZ)  # and the holders' morning one
        assert convocations.due_reminders(session=session, now=morning, tz=TZ) == 1
    # Another day: the declarations made for the 18th no longer hold (the proxy stands)
    offer = await dallara.send("reporte le bureau du 18 juillet au 25 juillet")
    assert "La déclaration de présence ou d'absence faite pour le jeudi 18 juillet" in text(offer)
    assert "Une déclaration de présence" in text(await dallara.press("Confirmer le report", offer))
    await finish_broadcasts(app)
    with db.session(desk.engine) as session:
        kept = session.exec(
            select(Attendance).where(Attendance.sitting_id == desk.sitting_id)
        ).all()
        bony = session.exec(select(Member).where(Member.last_name == "BONY")).one()
        assert [a.member_id for a in kept] in ([], [bony.id])
        # the eve of the new day has its own reminder, the former eve's notwithstanding
        eve = datetime(2024, 7, 24, 10, tzinfo=TZ)
        assert convocations.due_reminders(session=session, now=eve, tz=TZ) > 0
        morning = datetime(2024, 7, 25, 8, 30, tzinfo=TZ)
        assert convocations.due_reminders(session=session, now=morning, tz=TZ) == 1
        kinds = set(
            session.exec(
                select(Delivery.kind).where(col(Delivery.kind).startswith("holder_reminder"))
            ).all()
        )
        assert kinds == {"holder_reminder", "holder_reminder:report-1"}


async def test_a_cancelled_sitting_no_longer_holds_its_day(desk: Desk) -> None:
    dallara = await desk.convened()
    await dallara.press(
        "Confirmer l'annulation", await dallara.send("annule le bureau du 18 juillet")
    )
    await dallara.send("nouvelle séance du bureau le 18 juillet 2024 à 18h salle B")
    draft = await dallara.send("aucun")
    assert "Séance créée" in text(await dallara.press("Confirmer", draft))
    degraix = desk.chat("DEGRAIX")
    said = text(await degraix.send("le bureau du 18 juillet a lieu ?")).replace("\u202f", " ")
    assert "18 juillet 2024 à 18 h 00" in said
    assert "Laquelle" not in said
    with db.session(desk.engine) as session:
        day = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 7, 18))).all()
        assert sorted(s.cancelled_at is None for s in day) == [False, True]
    # the new one holds the day: a second is refused, as soon as its day is given
    said = text(await dallara.send("nouvelle séance du bureau le 18 juillet 2024 à 20h salle C"))
    assert "déjà une séance le jeudi 18 juillet 2024 à 18 h 00" in said.replace("\u202f", " ")
