"""The secretariat's /nouvelle_seance draft given what nobody types on purpose: the real
Application through `process_update` (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.services import identity
from bot.transport import Conversation
from storage import db
from storage.models import Member, Sitting
from tests.helpers import COMING_BUREAU, text
from tests.test_convocations import every_page


async def secretary(chat: Conversation, engine: Engine) -> Conversation:
    with db.session(engine) as session:
        member = session.exec(select(Member).where(Member.last_name == "DEGRAIX")).one()
        identity.grant_secretariat(session=session, member=member)
    chat.application.bot_data.runtime.reads.recheck()
    await chat.send("/nouvelle_seance")
    await chat.press("Bureau Métropolitain")
    return chat


async def test_a_minute_that_does_not_exist_is_asked_again_not_a_failure(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """« 17h99 » raised in the handler: the secretary read « Désolé, je n'ai pas pu traiter
    votre demande » for a typo, and the administrator a traceback."""
    chat = await secretary(degraix, loaded_engine)
    answer = text(await chat.send("18 juillet 2024 17h99"))
    assert "« 17h99 » n'est pas une heure" in answer
    assert "Où se tiendra la séance" in text(await chat.send("18 juillet 2024 17h30"))


async def test_a_place_too_long_is_refused_and_asked_again_never_cut(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await secretary(degraix, loaded_engine)
    await chat.send("18 juillet 2024 17h")
    answer = text(await chat.send("Salle " + "x" * 300))
    assert "Lieu trop long : 306 caractères, 200 au plus" in answer
    assert "Où se tiendra la séance" in answer
    assert "ordre du jour" in text(await chat.send("Salle du conseil"))


async def test_a_long_agenda_item_is_kept_whole(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    chat = await secretary(degraix, loaded_engine)
    await chat.send("18 juillet 2024 17h")
    await chat.send("Salle du conseil")
    item = "Budget annexe des transports : " + "décision modificative " * 30 + "fin du point"
    await chat.send(f"{item}\nRapport d'activité")
    await chat.press("Confirmer")
    with db.session(loaded_engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == COMING_BUREAU)).one()
    assert sitting.agenda == [item.strip(), "Rapport d'activité"]


async def test_a_yes_at_the_agenda_step_is_no_agenda_item(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """« oui » typed where the agenda is asked became the sitting's one item, « 1. oui »."""
    chat = await secretary(degraix, loaded_engine)
    await chat.send("18 juillet 2024 17h")
    await chat.send("Salle du conseil")
    for said in ("oui", "ok merci"):
        assert "Il me faut l'ordre du jour" in text(await chat.send(said))
    assert "1. Budget" in text(await chat.send("Budget"))
    await chat.press("Confirmer")
    with db.session(loaded_engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == COMING_BUREAU)).one()
    assert sitting.agenda == ["Budget"]


async def test_an_hour_the_clocks_skip_is_asked_again(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """The night summer time begins, 2:00 to 2:59 never happen: a sitting convened then
    would be announced at an hour no clock shows."""
    chat = await secretary(degraix, loaded_engine)
    answer = text(await chat.send("dimanche 30 mars 2031 à 2 h 30"))
    assert "n'existe pas à l'heure légale" in answer
    assert "Où se tiendra la séance" in text(await chat.send("dimanche 30 mars 2031 à 3 h 30"))


async def test_confirm_under_an_earlier_draft_s_summary_creates_nothing(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """The secretary began again: « Confirmer » under the first summary (18 July) created the
    second draft's sitting (25 July), which the button was not under."""
    chat = await secretary(degraix, loaded_engine)
    await chat.send("18 juillet 2024 17h")
    await chat.send("Salle du conseil")
    first = await chat.send("Budget")
    await chat.send("/nouvelle_seance")
    await chat.press("Bureau Métropolitain")
    await chat.send("25 juillet 2024 17h")
    await chat.send("Salle B")
    agenda = [f"Subvention n° {n} à l'association du quartier" for n in range(1, 201)]
    pages = await every_page(chat, await chat.send("\n".join(agenda)))  # three pages
    assert "n'est plus valable" in text(await chat.press("Confirmer", first))
    with db.session(loaded_engine) as session:
        assert not session.exec(select(Sitting).where(Sitting.held_on >= COMING_BUREAU)).all()
    assert "Séance créée" in text(await chat.press("Confirmer", pages))
    with db.session(loaded_engine) as session:
        created = session.exec(select(Sitting).where(Sitting.held_on >= COMING_BUREAU)).one()
    assert created.agenda == agenda
