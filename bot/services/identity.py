"""Linking Telegram accounts to members with one-time invitations; the secretariat's roles."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlmodel import Session, select

from bot.services.proxies import Actor, audit
from storage.models import Invitation, Member, Role

# Telegram's /start payload allows 64 characters of [A-Za-z0-9_-]; 32 bytes of randomness in
# URL-safe base64 make 43 of them: unguessable, and within the limit.
TOKEN_BYTES = 32


class InvitationRefused(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code  # unknown | used | expired | account_taken


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_invitation(
    *, session: Session, member: Member, now: datetime, valid_for: timedelta
) -> str:
    """A fresh token for this member; only its hash is stored, the token is shown once."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(
        Invitation(
            member_id=member.id or 0,
            token_hash=_hash(token),
            created_at=now,
            expires_at=now + valid_for,
        )
    )
    audit(session, Actor(None, channel="cli"), "member.invited", None, member_id=member.id)
    session.commit()
    return token


def redeem_invitation(
    *, session: Session, token: str, telegram_user_id: int, now: datetime
) -> Member:
    invitation = session.exec(
        select(Invitation).where(Invitation.token_hash == _hash(token))
    ).first()
    if invitation is None:
        raise InvitationRefused("unknown")
    if invitation.used_at is not None:
        raise InvitationRefused("used")
    expires_at = invitation.expires_at
    if expires_at.tzinfo is None:  # SQLite gives naive datetimes back; they were stored in UTC
        expires_at = expires_at.replace(tzinfo=now.tzinfo)
    if now >= expires_at:
        raise InvitationRefused("expired")
    member = session.get(Member, invitation.member_id)
    assert member is not None
    other = session.exec(select(Member).where(Member.telegram_user_id == telegram_user_id)).first()
    if other is not None and other.id != member.id:
        raise InvitationRefused("account_taken")
    member.telegram_user_id = telegram_user_id
    invitation.used_at, invitation.used_by_telegram_id = now, telegram_user_id
    session.add_all([member, invitation])
    audit(
        session,
        Actor(member.id, telegram_user_id),
        "member.linked",
        None,
        invitation_id=invitation.id,
    )
    session.commit()
    return member


def unlink(*, session: Session, member: Member) -> None:
    member.telegram_user_id = None
    session.add(member)
    audit(session, Actor(None, channel="cli"), "member.unlinked", None, member_id=member.id)
    session.commit()


def grant_secretariat(*, session: Session, member: Member) -> None:
    member.role = Role.secretariat
    session.add(member)
    audit(session, Actor(None, channel="cli"), "member.secretariat", None, member_id=member.id)
    session.commit()
