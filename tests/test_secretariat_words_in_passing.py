"""The secretariat's short words in the flow of a sitting's preparation, through the real
Application: an order that names no sitting (« supprime le point 1 », « plutôt 18h15 ») is
about the one to come; a « non » that corrects (« non, ôte plutôt le 3 », « non non,
convoque-les », « oups, pas Perache, il était excusé ») corrects, never only refuses; a newer
offer a yes may press replaces the order that waited; the day said bare in a correction is
of the month offered."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.handlers.new_sitting import no_agenda
from bot.handlers.offers import read_answer
from bot.render import feminine_name, name_agreement, render
from bot.services.proxy_dialog import Said
from bot.services.roll_calls import read_offer_fix, read_roll_call
from bot.services.sitting_orders import Verb, creation_said, order_said, read_order
from storage import db
from storage.models import Sitting
from storage.names import fold
from tests.helpers import add_coming_bureau_sitting, attendance_status, text
from tests.test_convocations import (  # noqa: F401
    coming_sitting,
    finish_broadcasts,
    no_per_chat_gap,
    set_clock,
)
from tests.test_sitting_orders import Desk
from tests.test_sitting_orders import desk as desk

AGENDA = ["Compte rendu des décisions", "Tarifs de la piscine", "Questions diverses"]


def _with_agenda(desk: Desk) -> None:
    with db.session(desk.engine) as session:
        sitting = session.get(Sitting, desk.sitting_id)
        assert sitting is not None
        sitting.agenda = list(AGENDA)
        session.add(sitting)
        session.commit()


@pytest.mark.parametrize(
    ("said", "verb"),
    [
        ("bon, en fait plutôt 18h15", Verb.POSTPONE),
        ("modifie le lieu : salle Aristide Briand", Verb.PLACE),
        ("rajoute une question : Tarifs du stationnement", Verb.ADD),
        ("supprime le point 1", Verb.WITHDRAW),
        ("pardon, ôte plutôt le 3", Verb.WITHDRAW),
    ],
)
def test_an_order_naming_no_sitting_is_read(said: str, verb: Verb) -> None:
    order = read_order(said)
    assert order is not None
    assert order.verb is verb
    assert order.sitting_words.strip() == "" or verb is Verb.PLACE


def test_a_member_s_no_and_an_hour_is_no_order() -> None:
    # a member answering « non, 18h30 » is told nothing about the secretariat's orders
    assert not order_said("non, 18h30")
    assert order_said("non, annule le bureau du 18")


@pytest.mark.parametrize(
    "said",
    [
        "coucou, j aimerais prévoir une séance du bureau le 25 juillet à 9h",
        "Hello, on doit fixer la prochaine réunion du conseil",
        "svp il faudrait caler un bureau jeudi",
    ],
)
def test_a_creation_is_read_after_a_greeting(said: str) -> None:
    assert creation_said(fold(said)) is not None


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("non non, convoque-les", Said.CONFIRM),
        ("non, relance les", Said.CONFIRM),
        ("non, ne les relance pas", Said.CANCEL),
        ("non pas maintenant", Said.CANCEL),
        ("non", Said.CANCEL),
    ],
)
def test_a_no_then_the_act_orders_it(said: str, answer: Said) -> None:
    assert read_answer(said, reminder="relance" in said) is answer


def test_a_correction_of_the_roll_call_offered_is_read() -> None:
    fix = read_offer_fix("oups, pas Perache, il était excusé")
    assert fix is not None
    assert fix.removed == ["perache"]
    assert fix.excused
    fix = read_offer_fix("Bony était absente")
    assert fix is not None
    assert fix.removed == ["bony"]
    assert not fix.excused
    assert read_offer_fix("pas de quorum ?") is None
    roll = read_roll_call("appel du bureau : présentes Bony, Perache")
    assert roll is not None
    assert roll.names == ["Bony", "Perache"]


async def test_orders_naming_no_sitting_change_the_one_to_come(desk: Desk) -> None:
    _with_agenda(desk)
    dallara = desk.dallara
    offer = text(await dallara.send("bon, en fait plutôt 18h15"))
    assert "Faire commencer à 18 h 15, le même jour" in offer
    assert "18 juillet 2024" in offer
    await dallara.send("d'accord")
    assert desk.sitting().start_time == time(18, 15)
    offer = text(await dallara.send("pardon, ôte le point 1"))
    assert "« Compte rendu des décisions »" in offer
    offer = text(await dallara.send("non, ôte plutôt le 3"))
    assert "« Questions diverses »" in offer
    await dallara.send("oui")
    assert desk.sitting().agenda == AGENDA[:2]
    offer = text(await dallara.send("rajoute une question : Tarifs du stationnement"))
    assert "Tarifs du stationnement" in offer


async def test_a_no_then_the_act_sends_the_convocation(desk: Desk) -> None:
    dallara = desk.dallara
    offer = await dallara.send("envoie la convocation du bureau du 18 juillet")
    assert [label for r in offer for label, _ in r.buttons] == ["Envoyer la convocation"]
    done = text(await dallara.send("non non, convoque-les"))
    await finish_broadcasts(desk.app)
    assert "n'est pas envoyée" not in done
    assert desk.sitting().convened_at is not None


async def test_a_newer_offer_replaces_the_order_that_waited(desk: Desk) -> None:
    dallara = await desk.convened()
    offer = text(await dallara.send("annule le bureau du 18 juillet"))
    assert "Annuler la séance" in offer
    relaunch = await dallara.send("relance ceux qui n'ont pas répondu")
    assert len([b for r in relaunch for b in r.buttons]) == 1
    await dallara.send("oui")
    await finish_broadcasts(desk.app)
    assert desk.sitting().cancelled_at is None  # the « oui » answered the reminder


async def test_a_bare_day_correcting_a_postponement_is_of_the_month_offered(desk: Desk) -> None:
    dallara = desk.dallara
    offer = text(await dallara.send("reporte le bureau du 18 juillet au 30 août"))
    assert "30 août 2024" in offer
    offer = text(await dallara.send("non, plutôt le 12"))
    assert "12 août 2024" in offer
    await dallara.send("oui")
    assert desk.sitting().held_on == date(2024, 8, 12)


async def test_a_roll_call_offered_is_corrected_before_it_is_recorded(desk: Desk) -> None:
    dallara = desk.dallara
    set_clock(desk.app, datetime(2024, 7, 18, 15, 30, tzinfo=UTC))  # 17:30 in Paris
    offer = text(await dallara.send("appel : présents Bony, Perache, Degraix"))
    assert "Présents (3)" in offer
    offer = text(await dallara.send("oups, pas Perache, il était excusé"))
    assert "Présents (2)" in offer
    assert "Excusés (1) : M. Gilles PERACHE" in offer or "Excusés (1)" in offer
    await dallara.send("c'est bon")
    assert attendance_status(desk.engine, desk.sitting_id, "PERACHE") == "excused"
    assert attendance_status(desk.engine, desk.sitting_id, "BONY") == "present"


@pytest.mark.parametrize(
    ("name", "feminine"),
    [("Mme Claire Martin", True), ("Madame Roux", True), ("M. Paul Vidal", False),
     ("Claire Martin", False), (None, False), ("", False)],
)  # fmt: skip
def test_a_suppleant_s_gender_is_the_civility_printed(name: str | None, feminine: bool) -> None:
    assert feminine_name(name) is feminine
    said = render("substitute_of", substitute=name, titular="M. Jean-Paul RIVAT")
    assert ("suppléante de" in said) is (feminine and bool(name))


@pytest.mark.parametrize(
    ("said", "none"),
    [("rien pour le moment", True), ("pas encore d'ordre du jour", True), ("À définir.", True),
     ("Néant", True), ("Rien ne change pour le budget", False), ("Aucune objection", False)],
)  # fmt: skip
def test_no_agenda_yet_is_read_in_words(said: str, none: bool) -> None:
    assert no_agenda(said) is none


def test_a_place_or_an_hour_said_first_is_an_order() -> None:
    order = read_order("nouveau lieu : salle des fêtes du conseil de quartier")
    assert order is not None
    assert order.verb is Verb.PLACE
    assert order.place == "salle des fêtes du conseil de quartier"
    order = read_order("en définitive ce sera 9h")
    assert order is not None
    assert order.new_words == "a 9h"


async def test_an_item_moved_in_the_agenda_is_offered_not_done(desk: Desk) -> None:
    _with_agenda(desk)
    said = text(await desk.dallara.send("remonte le point 3 avant le 1"))
    assert "Déplacer le point 3 « Questions diverses » en position 1" in said
    assert desk.sitting().agenda == AGENDA


async def test_no_agenda_yet_leaves_the_draft_without_items(desk: Desk) -> None:
    dallara = desk.dallara
    await dallara.send("/nouvelle_seance bureau le 25 juillet 2024 à 9h")
    await dallara.send("salle 3")
    summary = text(await dallara.send("rien pour le moment"))
    assert "Créer cette séance ?" in summary
    assert "rien pour le moment" not in summary


async def test_no_thanks_at_the_agenda_s_step_is_no_agenda_not_the_draft_dropped(
    desk: Desk,
) -> None:
    dallara = desk.dallara
    await dallara.send("/nouvelle_seance bureau le 25 juillet 2024 à 9h")
    await dallara.send("salle 3")
    summary = text(await dallara.send("non merci"))
    assert "Créer cette séance ?" in summary, summary


async def test_a_bare_day_to_postpone_to_is_of_the_sitting_s_month(desk: Desk) -> None:
    with db.session(desk.engine) as session:
        later = add_coming_bureau_sitting(session, held_on=date(2024, 9, 5))
        session.commit()
        assert later.id is not None
    offer = text(await desk.dallara.send("décale le bureau du 5 septembre au 9, même heure"))
    assert "au lundi 9 septembre 2024 à 17 h 00" in offer
    offer = text(await desk.dallara.send("non, le 10"))
    assert "au mardi 10 septembre 2024" in offer


async def test_the_sheet_named_without_a_day_is_the_only_sitting_to_come(desk: Desk) -> None:
    replies = await desk.dallara.send("je voudrais la feuille d'émargement en pdf")
    sheet = next((r for r in replies if r.document), None)
    assert sheet is not None, text(replies)
    assert "18 juillet 2024" in sheet.text or "juillet" in text(replies)


@pytest.mark.parametrize(
    ("name", "ending"),
    [("M. Gilles THIZY", ""), ("Mme Aline MOUSEGHIAN", "e"), ("Gilles Thizy", "(e)"),
     (None, "(e)")],
)  # fmt: skip
def test_a_colleague_is_spoken_of_in_the_agreement_of_the_civility_printed(
    name: str | None, ending: str
) -> None:
    assert name_agreement(name) == ending
