"""Linking Telegram accounts to members with one-time invitations; the secretariat's roles."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.services.proxies import Actor, audit
from storage import cues
from storage.models import Invitation, Member, Role
from storage.names import alphabetical, fold

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
) -> tuple[Member, int | None]:
    """Link this account to the invited member; the invitation is claimed by one conditional
    UPDATE, so of two accounts opening one link at the same moment exactly one wins. With the
    member, the account the seat was linked to until now (a new phone, or a link that leaked),
    None if none: that account is to be told, it no longer reaches the seat."""
    invitation = session.exec(
        select(Invitation).where(Invitation.token_hash == _hash(token))
    ).first()
    if invitation is None:
        raise InvitationRefused("unknown")
    if invitation.used_at is not None:
        if invitation.used_by_telegram_id == telegram_user_id:
            # opened again by the account it linked: linked still, or detached since
            member = session.get(Member, invitation.member_id)
            if member is not None and member.telegram_user_id == telegram_user_id:
                raise InvitationRefused("already_linked")
        raise InvitationRefused("used")
    expires_at = invitation.expires_at
    if expires_at.tzinfo is None:  # SQLite gives naive datetimes back; they were stored in UTC
        expires_at = expires_at.replace(tzinfo=UTC)
    if now >= expires_at:
        raise InvitationRefused("expired")
    member = session.get(Member, invitation.member_id)
    assert member is not None
    other = session.exec(select(Member).where(Member.telegram_user_id == telegram_user_id)).first()
    if other is not None and other.id != member.id:
        raise InvitationRefused("account_taken")
    # The check above only makes the answer friendly; this statement decides. A second
    # redemption waits for the first's row lock (PostgreSQL) or write lock (SQLite), then finds
    # used_at set and changes nothing.
    claimed = session.execute(
        sa.update(Invitation)
        .where(col(Invitation.id) == invitation.id, col(Invitation.used_at).is_(None))
        .values(used_at=now, used_by_telegram_id=telegram_user_id)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise InvitationRefused("used")
    # (a new invitation opened by the very account linked replaces nobody)
    replaced = member.telegram_user_id if member.telegram_user_id != telegram_user_id else None
    member.telegram_user_id = telegram_user_id
    session.add(member)
    audit(
        session,
        Actor(member.id, telegram_user_id),
        "member.linked",
        None,
        invitation_id=invitation.id,
        replaced_telegram_id=replaced,
    )
    try:
        session.commit()
    except IntegrityError:  # this account was linked to another member meanwhile
        session.rollback()
        raise InvitationRefused("account_taken") from None
    return member, replaced


def unlink(*, session: Session, member: Member, now: datetime) -> int:
    """Detach the member's account, and end the member's invitations not yet used: a seat
    changing hands, or a lost phone, left a link sent before still able to link whoever
    holds it, for up to a year. The number of links ended."""
    member.telegram_user_id = None
    session.add(member)
    ended = session.execute(
        sa.update(Invitation)
        .where(
            col(Invitation.member_id) == member.id,
            col(Invitation.used_at).is_(None),
            col(Invitation.expires_at) > now,
        )
        .values(expires_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    audit(
        session,
        Actor(None, channel="cli"),
        "member.unlinked",
        None,
        member_id=member.id,
        invitations_ended=ended,
    )
    session.commit()
    return int(ended)


_CLI = Actor(None, channel="cli")


def grant_secretariat(*, session: Session, member: Member, actor: Actor = _CLI) -> bool:
    """Give a member the secretariat's views; whether it changed anything. Audited even when
    it did not: the entry moves the store revision, so every bot process drops the role it
    kept (a role set in the database by hand is then read again)."""
    changed = member.role != Role.secretariat
    member.role = Role.secretariat
    session.add(member)
    audit(session, actor, "member.secretariat", None, member_id=member.id)
    session.commit()
    return changed


def set_commune(*, session: Session, member: Member, commune: str, actor: Actor = _CLI) -> None:
    """The commune a member is a delegate of, as the secretariat gives it (blank: unknown):
    counted with the others' to know whether the member may have a suppléant (L5211-6)."""
    member.commune = " ".join(commune.split())[:120] or None
    session.add(member)
    audit(session, actor, "member.commune", None, member_id=member.id, commune=member.commune)
    session.commit()


def revoke_secretariat(*, session: Session, member: Member, actor: Actor = _CLI) -> bool:
    """Take the secretariat's views back (a secretary leaving, a role given by mistake);
    whether the member had them. Audited as the grant is, for the same reason: every bot
    process reads the role again at once, and /suivi is refused from the next message."""
    changed = member.role == Role.secretariat
    member.role = Role.member
    session.add(member)
    audit(session, actor, "member.secretariat_revoked", None, member_id=member.id)
    session.commit()
    return changed


# « retire le rôle de secrétariat à Sylvie Fayolle », « enlève Fayolle du secrétariat »,
# « Fayolle ne fait plus partie du secrétariat », « donne les droits du secrétariat à Rivat »,
# « ajoute Rivat au secrétariat »: a secretary changing who else is one (the name is found by
# the members' index in the whole sentence)
_SECRETARIAT = r"(?:secretariat|secretaires?|secretariat general)"
_RIGHTS = r"(?:le role|les roles|les droits|le droit|l acces|les acces|les pouvoirs|le statut)"
_POLITE_END = r"(?:\W+(?:stp|svp|merci))?\W*$"
_OPENING = r"^(?:(?:merci de|peux tu|pouvez vous|tu peux|vous pouvez|il faut|je veux) )?"
_REVOKE_ROLE = cues.plain(
    _OPENING
    + r"(?:retir|enlev|supprim|ot|revoqu|sort|desactiv)(?:e|es|ez|er|s)? (?:.* )?(?:"
    + _RIGHTS
    + r" (?:de |du |d |au )?"
    + _SECRETARIAT
    + r"\b|(?:du|de l|de la liste du) "
    + _SECRETARIAT
    + _POLITE_END
    + r")|\b(?:ne fait plus partie|n est plus|ne sera plus|ne doit plus etre) (?:du |au |de l )?"
    + _SECRETARIAT
    + r"\W*$"
)
_GRANT_ROLE = cues.plain(
    _OPENING
    + r"(?:donn|accord|attribu|ajout|mett|met)(?:e|es|ez|er|s|re)? (?:.* )?(?:"
    + _RIGHTS
    + r" (?:de |du |d )?"
    + _SECRETARIAT
    + r"\b|(?:au|dans le) "
    + _SECRETARIAT
    + _POLITE_END
    + r")"
)
# « retire le point sur le secrétariat général de l'ODJ »: an agenda's item, never a role
_AGENDA_WORDS = cues.plain(r"\b(?:ordre du jour|odj|point|deliberation|seance de)\b")


# « qui fait partie du secrétariat ? », « qui a les droits du secrétariat », « la liste du
# secrétariat »: who holds the role (never « qui est secrétaire de séance », an office)
_WHO_HOLDS = cues.plain(
    r"\bqui (?:fait|font) partie du secretariat\b|\bqui (?:est|sont) (?:au|dans le|du)"
    r" secretariat\W*$|\bqui a (?:le role|les droits|l acces|acces)(?: du| de| au)? secretariat\b"
    r"|\b(?:membres|liste|composition) du secretariat\W*$"
)


def holders_asked(text: str) -> bool:
    """Whether a message asks who holds the secretariat's role."""
    folded = " ".join(fold(text).replace("’", " ").replace("'", " ").replace("-", " ").split())
    return bool(_WHO_HOLDS.search(folded))


def secretariat_holders(session: Session, council_id: int | None) -> list[str]:
    """Who holds the secretariat's role (of a council, every one when None), by surname."""
    query = (
        select(Member)
        .where(Member.role == Role.secretariat)
        .order_by(col(Member.last_name), col(Member.first_name))
    )
    if council_id is not None:
        query = query.where(Member.council_id == council_id)
    return [m.display_name for m in session.exec(query).all()]


def role_order(text: str) -> bool | None:
    """Whether a message gives (True) or takes back (False) the secretariat's role, if it
    says either; never a question (« qui fait partie du secrétariat ? »)."""
    if "?" in text:
        return None
    folded = " ".join(fold(text).replace("’", " ").replace("'", " ").replace("-", " ").split())
    if _AGENDA_WORDS.search(folded):
        return None
    if _REVOKE_ROLE.search(folded):
        return False
    if _GRANT_ROLE.search(folded):
        return True
    return None


# « combien de membres n'ont pas relié leur compte ? », « qui utilise le bot ? », « qui n'est
# pas encore inscrit sur l'assistant ? »: the accounts linked, the secretariat's follow-up of
# the invitations (never the members in office of a sitting)
_LINKS_ASKED = cues.plain(
    r"\b(?:relie\w*|lie|lies|liee|liees|inscrit\w*|connecte\w*|active\w*|rattache\w*)"
    r"(?: (?:leur|son|sa|leurs|ses|un|le))? (?:compte|comptes|telegram|au bot|sur le bot"
    r"|a l assistant|sur l assistant|a l appli\w*|sur l appli\w*)\b"
    r"|\b(?:utilis\w*|install\w*|a|ont|ont installe) (?:le bot|l assistant|l appli\w*)\b"
    r"|\bcomptes? (?:telegram )?(?:relies?|lies?|non relies?|actifs?)\b"
    r"|\b(?:inscrits?|pas inscrits?) (?:sur|a) (?:telegram|le bot|l assistant)\b"
    # « les élus sans Telegram », « qui n'a pas Telegram ? », « membres avec telegram »
    r"|\b(?:sans|avec|pas|n a pas|n ont pas|ont|a) (?:de |le |l )?(?:telegram|compte telegram"
    r"|l assistant|le bot)\b"
    # « combien ne sont pas sur Telegram ? », « les élus injoignables par Telegram »
    r"|\b(?:sont|est|sont pas|est pas) (?:sur|inscrits? sur) telegram\b"
    r"|\b(?:in)?(?:joignables?|accessibles?) (?:sur|par|via) telegram\b"
)


# « je n'ai pas Telegram sur mon ordinateur »: the asker's own, never the members' links
_OF_MYSELF = cues.plain(r"^\W*(?:moi )?(?:je|j)\b")


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def links_asked(text: str) -> bool:
    """Whether a message asks which members have linked their Telegram account."""
    folded = fold(text)
    return bool(_LINKS_ASKED.search(folded)) and not _OF_MYSELF.search(folded)


def members_and_links(session: Session, council_id: int | None) -> list[Member]:
    """The members of a council (every council when None), surname first, with their link."""
    query = select(Member)
    if council_id is not None:
        query = query.where(Member.council_id == council_id)
    members = sorted(
        session.exec(query).all(), key=lambda m: alphabetical(m.last_name, m.first_name)
    )
    return [m for m in members if m.role != Role.secretariat]
