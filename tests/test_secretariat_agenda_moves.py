"""The secretariat's own words over a whole cycle, through the real Application: an item added
where it is said to go (« après le point 1 »), an item moved (« descends le point 1 à la fin »),
another hour said with the verb that moves it (« retarde à 18h45 »), a day shifted (« de huit
jours »), the room said of the sitting in talk (« elle se tiendra en salle B »), a proxy typed
inside a roll call said back as not recorded by it, and those who have not answered asked in
the secretariat's words."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.handlers.questions import _SILENT
from bot.services.frames import About, Asked, read_frames
from bot.services.roll_calls import proxies_apart, read_offer_fix
from bot.services.sitting_orders import Verb, order_said, rank_said, read_order
from storage import db
from storage.names import fold
from tests.helpers import add_coming_bureau_sitting, text
from tests.test_convocations import coming_sitting, finish_broadcasts, no_per_chat_gap
from tests.test_secretariat_words_in_passing import AGENDA, _with_agenda
from tests.test_sitting_orders import Desk, _sent, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("on démarre finalement à 17h15", "a 17h15"),
        ("l'horaire devient 19h", "a 19h"),
        ("retarde à 18h45 au lieu de 18h", "a 18h45"),
        ("changement d'heure : 9h30", "a 9h30"),
        ("bon, on commencera à 20h", "a 20h"),
    ],
)
def test_another_hour_said_with_its_own_words_moves_the_sitting_in_talk(
    said: str, words: str
) -> None:
    order = read_order(said)
    assert order is not None
    assert order.verb is Verb.POSTPONE
    assert (order.sitting_words, order.new_words) == ("", words)
    assert not order_said(said) or order.sitting_words  # a member's is no order


@pytest.mark.parametrize(
    ("said", "item", "at"),
    [
        ("inscris « Motion pour la gare » après le point 1", "Motion pour la gare", 2),
        ("ajoute un point sur le plan vélo avant le 2", "plan vélo", 2),
        ("rajoute un point : Tarifs des parkings, en tête", "Tarifs des parkings", 1),
        ("je voudrais inscrire un point sur la navette en 3e position", "navette", 3),
        ("ajoute « Voeu sur la ligne TER » comme point 2", "Voeu sur la ligne TER", 2),
        (
            "ajoute un point sur les travaux prévus après le 15 mars",
            "travaux prévus après le 15 mars",
            None,
        ),
    ],
)
def test_an_item_added_keeps_the_place_said_for_it(said: str, item: str, at: int | None) -> None:
    order = read_order(said)
    assert order is not None
    assert order.verb is Verb.ADD
    assert (order.item, order.at) == (item, at)


def test_a_place_in_the_agenda_is_said_only_closing_the_order() -> None:
    assert rank_said("après le point 3 ?") == 4
    assert rank_said("en premier") == 1
    assert rank_said("à la fin") is None
    assert rank_said("après le 15 mars") is None


async def test_an_item_added_after_another_goes_there_once_confirmed(desk: Desk) -> None:
    _with_agenda(desk)
    offer = text(await desk.dallara.send("inscris « Motion pour la gare » après le point 1"))
    assert "comme point 2" in offer
    assert desk.sitting().agenda == AGENDA  # nothing before the yes
    done = text(await desk.dallara.send("oui"))
    assert "ajouté comme point 2" in done
    assert desk.sitting().agenda == [AGENDA[0], "Motion pour la gare", *AGENDA[1:]]


@pytest.mark.parametrize(
    ("said", "moved"),
    [
        ("descends le point 1 à la fin", [AGENDA[1], AGENDA[2], AGENDA[0]]),
        ("mets le point sur la piscine en tête", [AGENDA[1], AGENDA[0], AGENDA[2]]),
        ("passe le point 3 avant le 2", [AGENDA[0], AGENDA[2], AGENDA[1]]),
        ("déplace le point 1 après le 2", [AGENDA[1], AGENDA[0], AGENDA[2]]),
        ("remonte le point trois en seconde position", [AGENDA[0], AGENDA[2], AGENDA[1]]),
    ],
)
async def test_an_item_moved_in_the_agenda_is_offered_then_moved(
    desk: Desk, said: str, moved: list[str]
) -> None:
    _with_agenda(desk)
    offer = text(await desk.dallara.send(said))
    assert "Déplacer le point" in offer
    assert desk.sitting().agenda == AGENDA  # nothing before the yes
    assert "placé en position" in text(await desk.dallara.send("oui"))
    assert desk.sitting().agenda == moved


async def test_an_item_already_where_it_is_sent_is_left(desk: Desk) -> None:
    _with_agenda(desk)
    said = text(await desk.dallara.send("mets le point 3 en dernier"))
    assert "déjà à cette place" in said
    assert desk.sitting().agenda == AGENDA


async def test_an_hour_said_with_its_verb_is_offered_for_the_sitting_to_come(desk: Desk) -> None:
    offer = text(await desk.dallara.send("retarde à 18h45"))
    assert "Faire commencer à 18 h 45" in offer
    await desk.dallara.send("c'est bon")
    assert desk.sitting().start_time == time(18, 45)


async def test_a_day_shifted_by_a_number_of_days_is_of_the_sitting_s_own_day(
    desk: Desk,
) -> None:
    held_on = desk.sitting().held_on
    offer = text(await desk.dallara.send(f"repousse le bureau du {held_on.day} de huit jours"))
    assert "au vendredi 26 juillet 2024" in offer  # the 18th, eight days on
    assert read_order("avance le bureau du 18 d'une semaine").new_words == "moins d une semaine"  # type: ignore[union-attr]


async def test_the_room_said_of_the_sitting_in_talk_is_offered(desk: Desk) -> None:
    offer = text(await desk.dallara.send("elle se tiendra finalement en salle du conseil"))
    assert "pour « salle du conseil »" in offer
    assert not order_said("ça se passera à la salle des fêtes")  # a member's: no order


@pytest.mark.parametrize(
    ("typed", "proxies"),
    [
        (
            "Présents : Rivat, Laget. Procuration de Bony à Rivat. Excusés : Thizy",
            ["Procuration de Bony à Rivat"],
        ),
        (
            "présents : Rivat\npouvoirs : Bony à Rivat ; Semache à Laget\nexcusés : Thizy",
            ["pouvoirs : Bony à Rivat ; Semache à Laget"],
        ),
        (
            "présents : Rivat ; Bony a donné son pouvoir à Rivat",
            ["Bony a donné son pouvoir à Rivat"],
        ),
        ("présents : Rivat, Laget", []),
    ],
)
def test_a_proxy_typed_in_a_roll_call_is_set_apart(typed: str, proxies: list[str]) -> None:
    rest, said = proxies_apart(typed)
    assert said == proxies
    assert not any(p in rest for p in said)


async def test_a_roll_call_with_a_proxy_typed_in_it_says_it_is_not_recorded(
    desk: Desk,
) -> None:
    with db.session(desk.engine) as session:
        add_coming_bureau_sitting(session, held_on=date(2024, 7, 9), place="Salle B")
        session.commit()
    offer = text(
        await desk.dallara.send(
            "présents au bureau du 9 juillet : Degraix, Berger. Procuration de Bony à Berger."
        )
    )
    assert "Présents (2)" in offer
    assert "Non enregistré par l'appel : « Procuration de Bony à Berger »" in offer


def test_a_roll_call_offered_is_corrected_with_its_denial_after() -> None:
    fix = read_offer_fix("rectification : Laget est excusé, pas présent")
    assert fix is not None
    assert (fix.removed, fix.excused) == (["laget"], True)


@pytest.mark.parametrize(
    "asked",
    [
        "qui n'a toujours pas fait signe pour le bureau ?",
        "qui n'a pas réagi à la convocation ?",
        "il y a qui qui ne s'est pas encore manifesté ?",
    ],
)
def test_those_silent_are_asked_in_the_secretariat_s_words(asked: str) -> None:
    frames = read_frames(asked, date(2024, 7, 10))
    assert frames[0].asked is Asked.QUORUM
    assert _SILENT.search(fold(asked))


def test_those_in_the_room_are_the_presents() -> None:
    frames = read_frames("nous sommes combien sur place ?", date(2024, 7, 10))
    assert (frames[0].asked, frames[0].about) == (Asked.COUNT, About.PRESENT)


async def test_two_items_swapped_take_each_other_s_place(desk: Desk) -> None:
    _with_agenda(desk)
    offer = text(await desk.dallara.send("échange les points 1 et 3"))
    assert "Intervertir le point 1 « Compte rendu des décisions » et le point 3" in offer
    assert "Les points restent les mêmes.\nElle n'est pas encore convoquée" in offer
    assert "à la place de l'autre point" in text(await desk.dallara.send("oui"))
    assert desk.sitting().agenda == [AGENDA[2], AGENDA[1], AGENDA[0]]


async def test_an_item_withdrawn_by_its_words_names_no_sitting(desk: Desk) -> None:
    _with_agenda(desk)
    offer = text(await desk.dallara.send("enlève le point sur la piscine"))
    assert "Retirer le point 2 « Tarifs de la piscine »" in offer


async def test_an_item_slipped_between_two_goes_after_the_first(desk: Desk) -> None:
    _with_agenda(desk)
    await desk.dallara.send("intercale « Plan de mobilité » entre le point 2 et le point 3")
    await desk.dallara.send("oui")
    assert desk.sitting().agenda == [*AGENDA[:2], "Plan de mobilité", AGENDA[2]]


async def test_the_checklist_is_asked_by_the_sitting_s_day_alone(desk: Desk) -> None:
    said = text(await desk.dallara.send("tout est prêt pour le 18 ?"))
    assert "Préparation de la séance du Bureau Métropolitain du jeudi 18 juillet 2024" in said


async def test_an_item_typed_with_its_number_takes_that_place(desk: Desk) -> None:
    _with_agenda(desk)
    offer = text(await desk.dallara.send("ajoute un point : N° 2 – Charte du cyclisme"))
    assert "Ajouter « Charte du cyclisme »" in offer
    assert "comme point 2" in offer
    await desk.dallara.send("oui")
    assert desk.sitting().agenda == [AGENDA[0], "Charte du cyclisme", *AGENDA[1:]]


async def test_an_item_numbered_past_the_agenda_is_said_to_go_last(desk: Desk) -> None:
    _with_agenda(desk)
    offer = text(await desk.dallara.send("ajoute le point N° 14 – Charte du cyclisme"))
    assert "le point 14 tapé y sera le point 4, à la fin" in offer


async def test_convened_members_are_told_an_item_moved_once_each(desk: Desk) -> None:
    dallara = await desk.convened()
    agenda = desk.sitting().agenda or []
    start = len(desk.api.calls)
    offer = text(await dallara.send("mets le point 2 en premier"))
    assert "C'est un rectificatif" in offer
    assert "Avis en cours d'envoi à 65 membres" in text(await dallara.send("oui"))
    await finish_broadcasts(desk.app)
    told = _sent(desk.api, start, "change de place dans l'ordre du jour")
    assert len(told) == 65
    assert set(told.values()) == {1}
    assert desk.sitting().agenda == [agenda[1], agenda[0], *agenda[2:]]


@pytest.mark.parametrize(
    "asked",
    [
        "qui l'a bien ouverte ?",
        "et qui ne l'a pas encore reçue ?",
        "qui ne l'a toujours pas lue ?",
    ],
)
def test_the_convocation_said_as_a_pronoun_asks_its_receipts(asked: str) -> None:
    assert read_frames(asked, date(2024, 7, 10))[0].asked is Asked.RECEIPTS


async def test_a_move_offered_is_corrected_by_where_alone(desk: Desk) -> None:
    _with_agenda(desk)
    await desk.dallara.send("mets le point 3 en premier")
    offer = text(await desk.dallara.send("non, finalement après le 1"))
    assert "Déplacer le point 3 « Questions diverses » en position 2" in offer
    await desk.dallara.send("oui")
    assert desk.sitting().agenda == [AGENDA[0], AGENDA[2], AGENDA[1]]


async def test_the_convocation_sent_again_to_a_member_is_theirs_not_the_secretary_s(
    desk: Desk,
) -> None:
    dallara = await desk.convened()
    said = text(await dallara.send("peux-tu renvoyer la convocation à Bony ?"))
    assert "M. Vincent BONY" in said
    assert "Voici à nouveau votre convocation" not in said


async def test_a_sitting_said_not_to_sit_is_offered_to_cancel(desk: Desk) -> None:
    offer = text(await desk.dallara.send("la réunion du 18 ne pourra pas se tenir"))
    assert "Annuler la séance du Bureau Métropolitain du jeudi 18 juillet 2024" in offer
    assert desk.sitting().cancelled_at is None  # nothing before the press


async def test_an_item_added_to_a_sitting_named_after_it_keeps_its_words(desk: Desk) -> None:
    _with_agenda(desk)
    offer = text(
        await desk.dallara.send("inscris un point sur la voie verte en tête au bureau du 18")
    )
    assert "Ajouter « voie verte »" in offer
    assert "comme point 1" in offer
    assert read_order("ajoute un point sur la salle du conseil").item == ""  # type: ignore[union-attr]
