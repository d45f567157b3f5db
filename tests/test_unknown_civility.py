"""A member whose civility no document prints is neither « il » nor « elle » in the proxy
answers: « il ou elle », « déclaré(e) absent(e) », as the `agreement` filter prints any
sentence about them, end to end through process_update."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import select
from telegram.ext import Application

from bot.render import agreement, pronoun
from bot.transport import InProcessBotAPI
from storage import db
from storage.models import Member
from tests.helpers import linked, text


def test_the_pronoun_follows_the_agreement() -> None:
    assert [pronoun(agreement(f), "il") for f in (True, False, None)] == [
        "elle",
        "il",
        "il ou elle",
    ]


async def test_a_holder_of_unknown_civility(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    with db.session(loaded_engine) as session:
        thizy = session.exec(select(Member).where(Member.last_name == "THIZY")).one()
        thizy.civility = None
        session.add(thizy)
        session.commit()
    degraix = await linked(application, loaded_engine, "DEGRAIX", 702)
    offered = text(await degraix.send("/pouvoir Thizy"))
    assert "Il ou elle votera en votre nom" in offered, offered
    await degraix.press("Annuler")
    verdict = text(await degraix.send("Thizy peut-il donner son pouvoir à Rivat pour le 18 ?"))
    assert "C'est à lui ou elle de le faire" in verdict, verdict
    thizy_chat = await linked(application, loaded_engine, "THIZY", 704)
    await thizy_chat.send("/absent")
    refused = text(await degraix.send("/pouvoir Thizy"))
    assert "s'est déclaré(e) absent(e)" in refused, refused
