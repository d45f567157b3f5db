"""/membre NOM: a member's identity, bodies, attendance record and proxies."""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import callbacks
from bot.callbacks import PickMember
from bot.context import CouncilApp
from bot.handlers.common import Ask, as_member, command_text
from bot.services.names import Resolution


async def show_member(ask: Ask, query: str, member_id: int | None = None) -> None:
    if member_id is None:
        if not query.strip():
            await ask.reply("member_usage")
            return
        resolution = ask.resolve(query)
        if resolution.status == "unknown":
            # « /membre Degraix Berger », « /membre Degraix, Berger »: several members named
            # at once are offered one button each, never « aucun membre nommé … ».
            several = _several_named(ask, query)
            if several is None:
                await ask.reply("unknown_name", query=query)
                return
            resolution = several
        if resolution.status == "ambiguous" or resolution.member is None:
            await ask.choose_member(resolution, query)
            return
        member_id = resolution.member.member_id
    view = ask.member_view(member_id)
    if view is None:
        await ask.reply("unknown_name", query=query)
        return
    await ask.reply("member", m=view)
    # « /membre Semache » then « elle était présente ? »: she is the one talked about.
    from bot.handlers.questions import remember_members  # the thread is the questions' own

    remember_members(ask, [member_id])


def _several_named(ask: Ask, query: str) -> Resolution | None:
    """The members a query names when it names several (« Degraix, Berger », « Degraix
    Berger »: each word a member), else None."""
    listed = ask.resolve(query, in_text=True)
    if len(listed.candidates) >= 2:
        return listed
    words = [ask.resolve(word) for word in query.replace(",", " ").split()]
    found = {r.member.member_id: r.member for r in words if r.member is not None}
    if len(words) < 2 or len(found) < 2 or any(r.member is None for r in words):
        return None
    return Resolution("ambiguous", tuple(found.values()))


@as_member
async def member_command(ask: Ask) -> None:
    """/membre NOM: who a member is and how they attended."""
    await show_member(ask, command_text(ask.update))


@as_member
async def member_chosen(ask: Ask) -> None:
    """A member chosen among several who fit a name."""
    payload = ask.payload
    view = ask.member_view(payload.member_id) if isinstance(payload, PickMember) else None
    if view is None:
        await ask.reply("stale_button")
        return
    await show_member(ask, view.name, view.id)


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("membre", member_command))
    application.add_handler(
        CallbackQueryHandler(member_chosen, pattern=callbacks.matching(PickMember))
    )
