"""A secretary's order corrected (Telegram's `edited_message`) or forwarded from a colleague,
through the real Application: nothing is done from it, and it is said so, as for a member's
proxy. Before, it was read as a question: « annule le bureau du 18 juillet » corrected was
answered « Je n'ai pas compris quelle séance changer », a roll call « les présences ne sont pas
publiées », « reconvoque … » searched the acts, a relaunch offered its button again."""

from __future__ import annotations

import time
from datetime import date

from sqlmodel import select

from bot.render import render, to_plain_text
from bot.transport import Conversation, Reply
from storage import db
from storage.models import AuditEntry
from tests.helpers import add_coming_bureau_sitting, text
from tests.test_convocations import coming_sitting, finish_broadcasts, no_per_chat_gap
from tests.test_edited_messages import edit, sent
from tests.test_sitting_orders import Desk, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared

EDITED = to_plain_text(render("edited_message", command=False))
FORWARDED = to_plain_text(render("forwarded", command=False))
ORDERS = (
    "présents au bureau du 9 juillet : Perache, Laget",
    "annule le bureau du 18 juillet",
    "ajoute à l'ordre du jour du bureau du 18 juillet : Budget annexe",
    "reconvoque le bureau du 9 juillet le 20 juillet à 17h",
    "relance les élus pour le bureau du 18 juillet",
    "nouvelle séance du bureau le 30 juillet à 17h",
)


async def forwarded(chat: Conversation, said: str) -> list[Reply]:
    """What Telegram sends when `chat` forwards a colleague's message saying `said`."""
    update = chat.message_update(said)
    update["message"]["forward_origin"] = {
        "type": "user",
        "date": int(time.time()) - 60,
        "sender_user": {"id": 999_001, "is_bot": False, "first_name": "Collègue"},
    }
    return await chat._process(update)


async def test_a_secretarys_order_corrected_or_forwarded_does_nothing(desk: Desk) -> None:
    with db.session(desk.engine) as session:
        add_coming_bureau_sitting(session, held_on=date(2024, 7, 9))
        session.commit()
    dallara = await desk.convened()
    await finish_broadcasts(desk.app)
    for order in ORDERS:
        update, _ = await sent(dallara, "bonjour")
        corrected = await edit(dallara, update, order)
        assert EDITED in text(corrected), order
        assert not any(r.labels for r in corrected), order
        passed_on = await forwarded(dallara, order)
        assert FORWARDED in text(passed_on), order
        assert not any(r.labels for r in passed_on), order
    with db.session(desk.engine) as session:
        done = [a.action for a in session.exec(select(AuditEntry))]
    assert [a for a in done if a.startswith("sitting.")] == ["sitting.convened"]
    # typed anew, the same order is offered
    assert "Annuler la séance" in text(await dallara.send("annule le bureau du 18 juillet"))


async def test_a_members_corrected_question_about_a_roll_call_is_answered(desk: Desk) -> None:
    """A member's « présents au bureau du 4 juillet 2024 : Perache » is a question (no roll
    call is theirs to give): corrected, it is answered."""
    laget = desk.chat("LAGET")
    update, _ = await sent(laget, "bonjour")
    corrected = text(await edit(laget, update, "présents au bureau du 4 juillet 2024 : Perache"))
    assert "PERACHE était présent" in corrected


async def test_the_photo_of_the_signed_sheet_with_its_roll_call_in_caption(desk: Desk) -> None:
    """The secretary sends the photo of the sheet, the list typed as its caption: told to type
    it in a message (it was « n'est pas lue comme une question »); a member's caption is still
    no question."""
    for chat, said in ((desk.dallara, "Écrivez la liste des présents ou l'ordre dans un message"),
                       (desk.chat("LAGET"), "n'est pas lue comme une question")):  # fmt: skip
        update = chat.message_update("x")
        del update["message"]["text"]
        update["message"]["photo"] = [
            {"file_id": "sheet", "file_unique_id": "sheet", "width": 800, "height": 1100}
        ]
        update["message"]["caption"] = "présents au bureau du 9 juillet : Perache, Laget"
        replies = await chat._process(update)
        assert said in text(replies)
        assert not any(r.labels for r in replies)
