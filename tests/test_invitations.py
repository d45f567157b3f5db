"""One invitation, one account: two accounts opening the same link at the same moment."""

from __future__ import annotations

import threading
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.services import identity
from storage import db
from storage.models import AuditEntry, Invitation, Member
from tests.conftest import CLOCK


def invite(engine: Engine, last_name: str) -> str:
    with db.session(engine) as session:
        member = session.exec(select(Member).where(Member.last_name == last_name)).one()
        return identity.create_invitation(
            session=session, member=member, now=CLOCK, valid_for=timedelta(days=7)
        )


def test_two_accounts_redeeming_one_invitation_at_once_one_wins(loaded_engine: Engine) -> None:
    """Both redemptions have read the invitation unused and are about to write when they are
    let go together: one links its account, the other is told the link was used."""
    token = invite(loaded_engine, "DEGRAIX")
    both_checked = threading.Barrier(2, timeout=20)
    paused: set[int] = set()

    def hold_first_write(_conn, _cursor, statement: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        # Each thread stops at its first write, after every check it makes, until the other
        # thread is there too: the worst moment, made certain.
        if statement.lstrip().upper().startswith(("UPDATE", "INSERT")):
            me = threading.get_ident()
            if me not in paused:
                paused.add(me)
                both_checked.wait()

    sa.event.listen(loaded_engine, "before_cursor_execute", hold_first_write)
    outcomes: dict[int, str] = {}

    def redeem(account: int) -> None:
        with db.session(loaded_engine) as session:
            try:
                identity.redeem_invitation(
                    session=session, token=token, telegram_user_id=account, now=CLOCK
                )
                outcomes[account] = "linked"
            except identity.InvitationRefused as refused:
                outcomes[account] = refused.code

    threads = [threading.Thread(target=redeem, args=(account,)) for account in (7001, 7002)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        sa.event.remove(loaded_engine, "before_cursor_execute", hold_first_write)
    assert sorted(outcomes.values()) == ["linked", "used"]
    winner = next(account for account, outcome in outcomes.items() if outcome == "linked")
    with db.session(loaded_engine) as session:
        member = session.exec(select(Member).where(Member.last_name == "DEGRAIX")).one()
        assert member.telegram_user_id == winner
        invitation = session.exec(select(Invitation)).one()
        assert invitation.used_by_telegram_id == winner
        linked = session.exec(select(AuditEntry).where(AuditEntry.action == "member.linked"))
        assert len(linked.all()) == 1


@pytest.mark.parametrize(
    ("late", "expired"), [(timedelta(days=7, hours=-1), False), (timedelta(days=7), True)]
)
def test_an_invitation_expires_on_time_whatever_the_clock_zone(
    loaded_engine: Engine, late: timedelta, expired: bool
) -> None:
    """Stored in UTC, read by a bot whose clock is in Paris time (two hours ahead in July)."""
    token = invite(loaded_engine, "FAYOLLE")
    now = (CLOCK + late).astimezone(ZoneInfo("Europe/Paris"))
    with db.session(loaded_engine) as session:
        try:
            identity.redeem_invitation(
                session=session, token=token, telegram_user_id=7003, now=now
            )
            outcome = "linked"
        except identity.InvitationRefused as refused:
            outcome = refused.code
    assert outcome == ("expired" if expired else "linked")


async def test_the_link_opened_again_by_the_account_it_linked_says_it_is_linked(
    application, loaded_engine: Engine
) -> None:  # type: ignore[no-untyped-def]
    """A member tapping the invitation again (the link kept in a mail, Telegram's « Démarrer »
    pressed twice) was told « Ce lien a déjà servi. Demandez-en un nouveau au secrétariat »,
    though linked: sent to ask for a link they do not need. Another account still is."""
    from bot.transport import Conversation
    from tests.helpers import text

    app, api = application
    with db.session(loaded_engine) as session:
        member = session.exec(select(Member).where(Member.last_name == "ARTIGUES")).one()
        token = identity.create_invitation(
            session=session, member=member, now=CLOCK, valid_for=timedelta(days=7)
        )
    own = Conversation(app, api, 991)
    assert "Bienvenue" in text(await own.send(f"/start {token}"))
    again = text(await own.send(f"/start {token}"))
    assert "Votre compte Telegram est déjà relié à votre siège" in again
    assert "Demandez-en un nouveau" not in again
    other = text(await Conversation(app, api, 992).send(f"/start {token}"))
    assert "Ce lien d'invitation a déjà servi" in other
    with db.session(loaded_engine) as session:
        linked = session.exec(select(AuditEntry).where(AuditEntry.action == "member.linked")).all()
        assert len(linked) == 1  # nothing linked again
