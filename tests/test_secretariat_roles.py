"""The secretariat's role taken back (and given) through the real Application and the command
line: a secretary's order about another member is offered, done at the press, and read by the
bot from that member's next message (the change moves the store revision); nobody takes back
their own role in the chat; a member's order is refused."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import cli
from bot.services import identity
from bot.services.identity import role_order
from bot.transport import Conversation
from storage import db
from storage.models import AuditEntry, Member, Role
from tests.helpers import text

SUIVI_REFUSED = "réservée au secrétariat"


def _role(engine: Engine, last_name: str) -> Role:
    with db.session(engine) as session:
        return session.exec(select(Member).where(Member.last_name == last_name)).one().role


def _grant(engine: Engine, last_name: str) -> None:
    with db.session(engine) as session:
        member = session.exec(select(Member).where(Member.last_name == last_name)).one()
        identity.grant_secretariat(session=session, member=member)


@pytest.mark.parametrize(
    ("said", "granted"),
    [
        ("retire le rôle de secrétariat à Sylvie Fayolle", False),
        ("enlève Fayolle du secrétariat svp", False),
        ("Sylvie Fayolle ne fait plus partie du secrétariat", False),
        ("merci de retirer l'accès secrétariat à Fayolle", False),
        ("donne les droits du secrétariat à Jean-Paul Rivat", True),
        ("ajoute Rivat au secrétariat", True),
        ("qui fait partie du secrétariat ?", None),
        ("retire le point sur le secrétariat général de l'ODJ du bureau du 18", None),
        ("Jean-Paul Rivat est secrétaire de séance", None),
        ("nomme Rivat secrétaire de séance", None),
    ],
)
def test_a_role_order_is_read_and_nothing_else(said: str, granted: bool | None) -> None:
    assert role_order(said) is granted


async def test_another_secretary_s_role_is_taken_back_at_the_press(
    loaded_engine: Engine, dallara: Conversation, degraix: Conversation
) -> None:
    _grant(loaded_engine, "DEGRAIX")
    assert SUIVI_REFUSED not in text(await degraix.send("/suivi"))
    offer = await dallara.send("retire le rôle de secrétariat à Jean-Luc Degraix")
    assert "Retirer à M. Jean-Luc DEGRAIX le rôle du secrétariat ?" in text(offer)
    assert _role(loaded_engine, "DEGRAIX") == Role.secretariat  # nothing before the press
    done = text(await dallara.press("Retirer le rôle", offer))
    assert "ne fait plus partie du secrétariat" in done
    assert _role(loaded_engine, "DEGRAIX") == Role.member
    assert SUIVI_REFUSED in text(await degraix.send("/suivi"))
    # pressed again: nothing to change, said
    assert "ne fait pas partie du secrétariat" in text(
        await dallara.press("Retirer le rôle", offer)
    )
    # and the former secretary can no longer order it
    assert SUIVI_REFUSED in text(await degraix.send("ajoute Rivat au secrétariat"))
    assert _role(loaded_engine, "RIVAT") == Role.member


async def test_nobody_takes_back_their_own_role_in_the_chat(
    loaded_engine: Engine, dallara: Conversation
) -> None:
    said = text(await dallara.send("enlève Charles Dallara du secrétariat"))
    assert "Vous ne pouvez pas vous retirer vous-même" in said
    assert "revoke-secretariat" in said
    assert _role(loaded_engine, "DALLARA") == Role.secretariat


async def test_the_command_line_takes_it_back_and_the_running_bot_reads_it(
    loaded_engine: Engine, degraix: Conversation, capsys: pytest.CaptureFixture[str]
) -> None:
    _grant(loaded_engine, "DEGRAIX")
    degraix.application.bot_data.runtime.reads.revision_ttl = 0  # look at every message
    assert SUIVI_REFUSED not in text(await degraix.send("/suivi"))
    url = loaded_engine.url.render_as_string(hide_password=False)
    assert cli.main(["revoke-secretariat", "--db", url, "Degraix"]) == 0
    assert "ne fait plus partie du secrétariat" in capsys.readouterr().out
    assert SUIVI_REFUSED in text(await degraix.send("/suivi"))
    with db.session(loaded_engine) as session:
        entries = session.exec(
            select(AuditEntry).where(AuditEntry.action == "member.secretariat_revoked")
        ).all()
    assert len(entries) == 1
    # again: said, not an error
    assert cli.main(["revoke-secretariat", "--db", url, "Degraix"]) == 0
    assert "ce n'était déjà plus le cas" in capsys.readouterr().out


async def test_a_secretary_gives_the_role_and_a_member_cannot(
    loaded_engine: Engine, dallara: Conversation, degraix: Conversation
) -> None:
    assert SUIVI_REFUSED in text(await degraix.send("ajoute Dallara au secrétariat"))
    offer = await dallara.send("donne les droits du secrétariat à Jean-Luc Degraix")
    assert "Donner à M. Jean-Luc DEGRAIX le rôle du secrétariat ?" in text(offer)
    assert "Ne rien changer" in [label for reply in offer for label in reply.labels]
    assert _role(loaded_engine, "DEGRAIX") == Role.member
    assert "fait désormais partie du secrétariat" in text(
        await dallara.press("Donner le rôle", offer)
    )
    assert _role(loaded_engine, "DEGRAIX") == Role.secretariat
    assert SUIVI_REFUSED not in text(await degraix.send("/suivi"))


async def test_a_secretary_whose_role_went_meanwhile_changes_nobody_s(
    loaded_engine: Engine, dallara: Conversation, degraix: Conversation
) -> None:
    """Two secretaries taking each other's role at once: the second press, by one who no
    longer has it, changes nothing (the store is read at the press, not the views kept)."""
    _grant(loaded_engine, "DEGRAIX")
    offer = await degraix.send("retire le rôle de secrétariat à Charles Dallara")
    with db.session(loaded_engine) as session:  # taken back elsewhere, views not yet moved
        session.exec(select(Member).where(Member.last_name == "DEGRAIX")).one().role = Role.member
        session.commit()
    await degraix.press("Retirer le rôle", offer)
    assert _role(loaded_engine, "DALLARA") == Role.secretariat


async def test_who_holds_the_role_is_told_to_the_secretariat(
    loaded_engine: Engine, dallara: Conversation, degraix: Conversation
) -> None:
    _grant(loaded_engine, "FAYOLLE")
    said = text(await dallara.send("qui fait partie du secrétariat ?"))
    assert (
        "Rôle du secrétariat dans l'assistant (2) : M. Charles DALLARA, Mme Sylvie FAYOLLE."
        in said
    )
    assert "Rôle du secrétariat" not in text(
        await degraix.send("qui fait partie du secrétariat ?")
    )
