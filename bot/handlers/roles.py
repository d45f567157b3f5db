"""A secretary giving or taking back another member's secretariat role, in words (« retire le
rôle de secrétariat à Sylvie Fayolle », « ajoute Rivat au secrétariat »): the member found,
the change offered with a button, done at the press if the presser is still of the
secretariat. The change is audited, which moves the store revision: every bot process reads
the role again, so the member's /suivi is refused from their next message.

Nobody takes back their own role here (the last secretary would lock everyone out): another
secretary does it, or `council-bot revoke-secretariat`.
"""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler

from bot import callbacks
from bot.callbacks import RoleAction, RoleChange
from bot.context import CouncilApp
from bot.handlers.common import MAX_QUESTION_LENGTH, Ask, as_member
from bot.render import render
from bot.services import identity
from bot.services.proxies import Actor
from storage.models import Member, Role


async def answer_text(ask: Ask, text: str) -> bool:
    """The role given or taken back in words, offered; False for anything else."""
    if len(text) > MAX_QUESTION_LENGTH:
        return False
    if ask.asker.secretariat and identity.holders_asked(text):
        holders = identity.secretariat_holders(ask.session, ask.asker.council_id)
        await ask.reply("role_holders", names=holders)
        return True
    granted = identity.role_order(text)
    if granted is None:
        return False
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return True
    named = ask.reads.resolution(ask.session, text, in_text=True)
    if named.member is None:
        names = [f"{c.first_name or ''} {c.last_name}".strip() for c in named.candidates]
        await ask.reply("role_refused", code="which", names=names, member=None, granted=granted)
        return True
    member = ask.session.get(Member, named.member.member_id)
    if member is None:  # (the index is a revision behind a deletion)
        await ask.reply("stale_button")
        return True
    refused = _refused(ask, member, granted)
    if refused is not None:
        await ask.reply(
            "role_refused", code=refused, names=[], member=member.display_name, granted=granted
        )
        return True
    action = RoleAction.GRANT if granted else RoleAction.REVOKE
    await ask.reply(
        "role_offer",
        buttons=[
            (render(f"button_{action.value}_role"), RoleChange(action, member.id or 0).encode()),
            (render("button_keep_sitting"), RoleChange(RoleAction.KEEP, member.id or 0).encode()),
        ],
        member=member.display_name,
        granted=granted,
    )
    return True


def _refused(ask: Ask, member: Member, granted: bool) -> str | None:
    """Why this change cannot be made, if it cannot: one's own role, or nothing to change."""
    if not granted and member.id == ask.asker.member_id:
        return "self"
    if (member.role == Role.secretariat) is granted:
        return "already"
    return None


@as_member
async def role_button(ask: Ask) -> None:
    """The press under the offer: checked again (the presser still of the secretariat, the
    member of this council, the change still to make), then done."""
    payload = ask.payload
    member = (
        ask.session.get(Member, payload.member_id) if isinstance(payload, RoleChange) else None
    )
    if (
        not isinstance(payload, RoleChange)
        or not ask.asker.secretariat
        or member is None
        or (ask.asker.council_id is not None and member.council_id != ask.asker.council_id)
    ):
        await ask.reply("stale_button")
        return
    if payload.action is RoleAction.KEEP:
        await ask.reply("order_kept")
        return
    presser = ask.session.get(Member, ask.asker.member_id or 0)
    if presser is None or presser.role != Role.secretariat:
        # taken back by another secretary a moment ago (in another process, whose change this
        # one's views may not have read yet): two secretaries taking each other's role at once
        # would leave the council without one
        await ask.reply("stale_button")
        return
    granted = payload.action is RoleAction.GRANT
    refused = _refused(ask, member, granted)
    if refused is not None:
        await ask.reply(
            "role_refused", code=refused, names=[], member=member.display_name, granted=granted
        )
        return
    user = ask.update.effective_user
    actor = Actor(ask.asker.member_id, user.id if user else None)
    change = identity.grant_secretariat if granted else identity.revoke_secretariat
    change(session=ask.session, member=member, actor=actor)
    await ask.reply("role_done", member=member.display_name, granted=granted)


def register(application: CouncilApp) -> None:
    application.add_handler(
        CallbackQueryHandler(role_button, pattern=callbacks.matching(RoleChange))
    )
