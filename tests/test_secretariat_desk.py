"""The secretariat's desk around a sitting, through the real Application: before the day, « tout
est prêt pour le bureau du 18 ? » gives the checklist (convocation and its notice, receipts,
quorum forecast, proxies, agenda, place); after it, « le bloc présences pour le PV » gives the
attendance block of the minutes from the roll call recorded and the proxies, ready to paste.
A member's same words are no such thing."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.services.desk import minutes_block_asked, readiness_asked
from storage import db
from tests.helpers import add_coming_bureau_sitting, text
from tests.test_convocations import coming_sitting, no_per_chat_gap  # noqa: F401
from tests.test_roll_call import _held, bony_s_proxy_to_perache
from tests.test_sitting_orders import Desk
from tests.test_sitting_orders import desk as desk


@pytest.mark.parametrize(
    ("said", "ready", "block"),
    [
        ("tout est prêt pour le bureau du 18 ?", True, False),
        ("on est prêts pour le conseil de jeudi ?", True, False),
        ("où en est la préparation du bureau du 18", True, False),
        ("la checklist du bureau du 18 stp", True, False),
        ("pouvez-vous me dire si tout est en ordre pour le bureau du 21", True, False),
        ("le bloc présences pour le PV du bureau du 9", False, True),
        ("les présences à coller dans le procès-verbal du bureau du 9", False, True),
        ("le paragraphe des présents du bureau du 9", False, True),
        ("qui était présent au bureau du 9 ?", False, False),
        ("le PV du bureau du 9 est publié ?", False, False),
        ("je suis prêt à voter", False, False),
    ],
)
def test_what_the_desk_reads(said: str, ready: bool, block: bool) -> None:
    assert readiness_asked(said) is ready
    assert minutes_block_asked(said) is block


async def test_the_checklist_before_the_day(desk: Desk) -> None:
    dallara = desk.dallara
    asked = await dallara.send("tout est prêt pour le bureau du 18 juillet ?")
    assert [label for reply in asked for label in reply.labels] == ["Envoyer la convocation"]
    before = text(asked)
    assert "Préparation de la séance du Bureau Métropolitain du jeudi 18 juillet 2024" in before
    assert "⚠ Convocation pas encore envoyée : à envoyer au plus tard le vendredi 12 juillet" in (
        before
    )
    await desk.convened_with_a_proxy()
    again = await dallara.send("est-ce que tout est prêt pour le bureau du 18 juillet ?")
    labels = [label for reply in again for label in reply.labels]
    assert len(labels) == 1
    assert labels[0].startswith("Relancer les ")
    after = text(again)
    assert "✅ Convocation envoyée le mercredi 10 juillet 2024 (7 jours francs pour 5 requis)" in (
        after
    )
    assert "0 accusé de réception sur" in after
    assert "Pouvoirs enregistrés : 1" in after
    assert "Quorum prévu : " in after
    assert "Les points marqués ⚠ restent à traiter." in after


async def test_the_minutes_block_after_the_roll_call(desk: Desk) -> None:
    held = _held(desk)
    dallara = desk.dallara
    bony_s_proxy_to_perache(desk, held)
    unrecorded = text(await dallara.send("bloc présences pour le PV du bureau du 9 juillet"))
    assert "ne sont pas enregistrées" in unrecorded
    offer = await dallara.send("présents au bureau du 9 juillet : Perache, Degraix, Laget")
    await dallara.press("Enregistrer les présences", offer)
    block = text(await dallara.send("bloc présences pour le PV du bureau du 9 juillet"))
    assert "Membres en exercice : 67 ; présents : 3 ; représentés : 1 ; votants : 4." in block
    assert "Étaient présents : " in block
    assert "Absents ayant donné pouvoir : M. Vincent BONY (pouvoir à M. Gilles PERACHE)" in block
    assert "n'étant pas atteint (3 présents)" in block
    # a member's same words: a question about the sitting, never the secretariat's block
    member = desk.chat("DEGRAIX")
    assert "à copier" not in text(
        await member.send("bloc présences pour le PV du bureau du 9 juillet")
    )


async def test_a_sitting_gone_has_nothing_left_to_prepare(desk: Desk) -> None:
    _held(desk)
    said = text(await desk.dallara.send("tout est prêt pour le bureau du 9 juillet ?"))
    assert "a déjà eu lieu : il n'y a plus rien à préparer" in said
    offer = await desk.dallara.send("annule le bureau du 18 juillet")
    await desk.dallara.press("Confirmer l'annulation", offer)
    said = text(await desk.dallara.send("on est prêts pour le bureau du 18 juillet ?"))
    assert "est annulée : il n'y a plus rien à préparer" in said


async def test_the_opening_asked_on_the_day_is_its_quorum_now(desk: Desk) -> None:
    with db.session(desk.engine) as session:
        add_coming_bureau_sitting(session, held_on=date(2024, 7, 10), start_time=time(8, 0))
        session.commit()
    said = text(await desk.dallara.send("peut-on ouvrir la séance ?"))
    assert "Prévision de quorum — Bureau Métropolitain du mercredi 10 juillet 2024" in said
    assert "Quorum : 34 présents" in said
    named = text(await desk.dallara.send("on peut commencer le bureau du 18 juillet ?"))
    assert "Prévision de quorum — Bureau Métropolitain du jeudi 18 juillet 2024" in named


async def test_a_checklist_of_no_sitting_changes_nothing_and_says_no_more(desk: Desk) -> None:
    said = text(await desk.dallara.send("tout est prêt pour le conseil du 30 juillet ?"))
    assert "Je ne trouve pas de séance" in said
    assert "Rien n'est modifié" not in said
    assert "Rien n'est modifié" in text(await desk.dallara.send("annule le conseil du 30 juillet"))


async def test_a_convocation_past_its_last_day_leaves_only_urgency(desk: Desk) -> None:
    with db.session(desk.engine) as session:
        add_coming_bureau_sitting(session, held_on=date(2024, 7, 12))
        session.commit()
    said = text(await desk.dallara.send("tout est prêt pour le bureau du 12 juillet ?"))
    assert "⚠ Convocation pas envoyée, et son dernier jour avec 5 jours francs" in said
    assert "seule l'urgence reste possible" in said
