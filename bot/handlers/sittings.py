"""/seances, /seance, /presents, /absents, /pouvoirs: sittings and who attended them."""

from __future__ import annotations

from datetime import timedelta

from bot.handlers.common import Ask, Handler, as_member, command_text
from bot.services.intents import InvalidDate, Question, parse_question
from storage import queries
from storage.models import Sitting

RECENT_DAYS = 120
COMING_DAYS = 180


async def ask_question(ask: Ask, text: str, intent: str) -> Question | None:
    """Parse the member's words; an impossible date gets its own answer."""
    try:
        question = parse_question(text, ask.runtime.today())
    except InvalidDate as error:
        await ask.reply("invalid_date", text=error.text)
        return None
    return question


async def pick_sitting(ask: Ask, question: Question, intent: str) -> Sitting | None:
    """The sitting a question is about, or an answer saying why there is none or which one."""
    body = queries.body_by_hint(session=ask.session, hint=question.body_hint)
    found = queries.find_sitting(
        session=ask.session,
        today=ask.runtime.today(),
        on=question.on,
        body_id=body.id if body else None,
        deliberation_number=question.deliberation_number,
        last=question.last or intent in {"presents", "absents", "proxies"},
    )
    if not found:
        await ask.reply(
            "no_sitting",
            on=question.on,
            number=question.deliberation_number,
            body=body.name if body else None,
        )
        return None
    if len(found) > 1:
        views = [queries.sitting_view(session=ask.session, sitting=s) for s in found]
        buttons = [(f"{v.body}", f"sitting:{intent}:{v.id}") for v in views]
        await ask.reply("choose_sitting", buttons=buttons, on=question.on)
        return None
    return found[0]


async def show_sitting(ask: Ask, question: Question, sitting: Sitting | None = None) -> None:
    sitting = sitting or await pick_sitting(ask, question, "sitting")
    if sitting is not None:
        view = queries.sitting_view(session=ask.session, sitting=sitting)
        await ask.reply("sitting", s=view, today=ask.runtime.today())


async def show_attendance(
    ask: Ask,
    question: Question,
    kind: str,
    sitting: Sitting | None = None,
    member_id: int | None = None,
) -> None:
    """Presents, absents or proxies of one sitting; proxies may be narrowed to one member."""
    if kind == "proxies" and member_id is None and question.words:
        resolution = ask.resolve(question.text, in_text=True)
        if resolution.status == "ambiguous":
            await ask.choose_member(resolution, f"proxies-{_sitting_ref(question)}", question.rest)
            return
        if resolution.status == "found" and resolution.member:
            member_id = resolution.member.member_id
    sitting = sitting or await pick_sitting(ask, question, kind)
    if sitting is None:
        return
    view = queries.sitting_view(session=ask.session, sitting=sitting)
    proxies = view.proxies
    focus = None
    if member_id is not None:
        proxies = [p for p in proxies if member_id in (p.giver.member_id, p.holder.member_id)]
        focus = next(
            (
                r.name
                for r in view.present + view.excused + view.represented + view.absent
                if r.member_id == member_id
            ),
            None,
        )
    await ask.reply("attendance", s=view, kind=kind, proxies=proxies, focus=focus)


def _sitting_ref(question: Question) -> str:
    """A short, callback-safe reference to the sitting a question named (date or number)."""
    if question.deliberation_number:
        return f"n{question.deliberation_number}"
    if question.on:
        return f"d{question.on.isoformat()}"
    return "last"


async def list_sittings(ask: Ask, question: Question) -> None:
    today = ask.runtime.today()
    body = queries.body_by_hint(session=ask.session, hint=question.body_hint)
    found = queries.sittings_between(
        session=ask.session,
        start=today - timedelta(days=RECENT_DAYS),
        end=today + timedelta(days=COMING_DAYS),
        body_ids=[body.id] if body and body.id else None,
    )
    coming = [(s, b) for s, b in found if s.held_on >= today]
    recent = [(s, b) for s, b in found if s.held_on < today][::-1]
    if not recent:  # an old archive: still show the latest sittings it holds
        latest = queries.find_sitting(
            session=ask.session, today=today, last=True, body_id=body.id if body else None
        )
        if latest:
            recent = queries.sittings_between(
                session=ask.session,
                start=latest[0].held_on - timedelta(days=RECENT_DAYS),
                end=latest[0].held_on,
                body_ids=[body.id] if body and body.id else None,
            )[::-1]
    await ask.reply("sittings_list", coming=coming, recent=recent[:10], today=today)


@as_member
async def sittings_command(ask: Ask) -> None:
    """/seances: the coming and the recent sittings."""
    if question := await ask_question(ask, command_text(ask.update), "sittings"):
        await list_sittings(ask, question)


@as_member
async def sitting_command(ask: Ask) -> None:
    """/seance [date | n°]: one sitting in full."""
    if question := await ask_question(ask, command_text(ask.update), "sitting"):
        await show_sitting(ask, question)


def attendance_command(kind: str) -> Handler:
    @as_member
    async def handler(ask: Ask) -> None:
        """/presents, /absents, /pouvoirs [date]: the lists, with counts."""
        if question := await ask_question(ask, command_text(ask.update), kind):
            await show_attendance(ask, question, kind)

    return handler
