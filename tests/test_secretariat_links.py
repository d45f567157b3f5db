"""The secretariat follows the invitations in its own words (« combien de membres n'ont pas
relié leur compte ? », « qui utilise le bot ? »), through the real Application: the members
linked and not, counted from the store; a member is told it is the secretariat's, never who
uses the assistant; a sitting's members in office is never the answer."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.services.identity import links_asked
from bot.transport import Conversation
from storage import db
from storage.models import Member
from tests.helpers import text


def _link(engine: Engine, last_name: str, account: int) -> None:
    with db.session(engine) as session:
        member = session.exec(select(Member).where(Member.last_name == last_name)).one()
        member.telegram_user_id = account
        session.add(member)
        session.commit()


@pytest.mark.parametrize(
    "asked",
    [
        "combien de membres n'ont pas relié leur compte ?",
        "qui n'est pas encore inscrit sur l'assistant ?",
        "la liste des comptes reliés",
        "qui utilise le bot ?",
        "liste des élus sans telegram",
        "qui n'a pas Telegram ?",
    ],
)
async def test_the_secretariat_sees_who_linked(
    dallara: Conversation, loaded_engine: Engine, asked: str
) -> None:
    _link(loaded_engine, "BERGER", 9101)
    _link(loaded_engine, "RIVAT", 9102)
    said = text(await dallara.send(asked))
    # Dallara himself is of the secretariat now, linked by the tests' own account: not counted
    assert "Comptes Telegram reliés : 2 membres sur 66" in said
    assert "Mme Françoise BERGER, M. Jean-Paul RIVAT" in said
    assert "Pas encore reliés (64)" in said
    assert "Mme Ingrid ARNAUD" in said
    assert "membres en exercice" not in said


async def test_a_member_is_told_it_is_the_secretariats(degraix: Conversation) -> None:
    said = text(await degraix.send("qui a relié son compte telegram ?"))
    assert "réservé au secrétariat" in said
    assert "Comptes Telegram reliés" not in said


@pytest.mark.parametrize(
    "other",
    [
        "qui était lié à la délibération 2024.00417 ?",
        "le compte administratif 2022",
        "mon compte",
        "je n'ai pas Telegram sur mon ordinateur",  # the asker's own
    ],
)
def test_other_accounts_are_not_the_links(other: str) -> None:
    assert not links_asked(other)
