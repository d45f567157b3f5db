"""/seances, /seance, /presents, /absents, /pouvoirs: sittings and who attended them."""

from __future__ import annotations

from datetime import timedelta

from bot.handlers.common import Ask, Handler, as_member, command_text
from bot.services.frames import Asked, read_frame
from bot.services.intents import InvalidDate, Question, parse_question
from storage import queries
from storage.models import Body

RECENT_DAYS = 120
COMING_DAYS = 180
ATTENDANCE_KINDS = {"presents", "absents", "proxies"}


async def ask_question(ask: Ask, text: str) -> Question | None:
    """Parse the member's words; an impossible date gets its own answer."""
    try:
        return parse_question(text, ask.runtime.today())
    except InvalidDate as error:
        await ask.reply("invalid_date", text=error.text)
        return None


def _body_id(ask: Ask, hint: str | None) -> int | None:
    if not hint:
        return None
    body = ask.cached(("body", hint), lambda: queries.body_by_hint(session=ask.session, hint=hint))
    return body.id if body else None


async def pick_sitting(ask: Ask, question: Question, intent: str) -> int | None:
    """The sitting a question is about, or an answer saying why there is none or which one."""
    body_id = _body_id(ask, question.body_hint)
    last = question.last or intent in ATTENDANCE_KINDS
    today = ask.runtime.today()
    found = ask.cached(
        ("find", today, question.on, body_id, question.deliberation_number, last),
        lambda: [
            s.id or 0
            for s in queries.find_sitting(
                session=ask.session,
                today=today,
                on=question.on,
                body_id=body_id,
                deliberation_number=question.deliberation_number,
                last=last,
            )
        ],
    )
    if not found:
        body = ask.session.get(Body, body_id) if body_id else None
        await ask.reply(
            "no_sitting",
            on=question.on,
            number=question.deliberation_number,
            body=body.name if body else None,
        )
        return None
    if len(found) > 1:
        buttons = [(ask.sitting_view(s).body, f"sitting:{intent}:{s}") for s in found]
        await ask.reply("choose_sitting", buttons=buttons, on=question.on)
        return None
    return found[0]


async def show_sitting(ask: Ask, question: Question, sitting_id: int | None = None) -> None:
    sitting_id = sitting_id or await pick_sitting(ask, question, "sitting")
    if sitting_id is not None:
        await ask.reply(
            "sitting",
            s=ask.sitting_view(sitting_id),
            today=ask.runtime.today(),
            cache_key=(sitting_id, ask.runtime.today()),
        )


async def show_attendance(
    ask: Ask,
    question: Question,
    kind: str,
    sitting_id: int | None = None,
    member_id: int | None = None,
) -> None:
    """Presents, absents or proxies of one sitting; proxies may be narrowed to one member."""
    if kind == "proxies" and member_id is None and question.words:
        resolution = ask.resolve(question.text, in_text=True)
        if resolution.status == "ambiguous":
            await ask.choose_member(resolution, f"proxies-{_sitting_ref(question)}", question.text)
            return
        if resolution.status == "found" and resolution.member:
            member_id = resolution.member.member_id
    sitting_id = sitting_id or await pick_sitting(ask, question, kind)
    if sitting_id is None:
        return
    view = ask.sitting_view(sitting_id)
    proxies = view.proxies
    focus = None
    if member_id is not None:
        proxies = [p for p in proxies if member_id in (p.giver.member_id, p.holder.member_id)]
        everyone = view.present + view.excused + view.represented + view.absent
        focus = next((r.name for r in everyone if r.member_id == member_id), None)
    await ask.reply(
        "attendance",
        s=view,
        kind=kind,
        proxies=proxies,
        focus=focus,
        cache_key=(sitting_id, kind, member_id),
    )


def _sitting_ref(question: Question) -> str:
    """A short, callback-safe reference to the sitting a question named (date or number)."""
    if question.deliberation_number:
        return f"n{question.deliberation_number}"
    if question.on:
        return f"d{question.on.isoformat()}"
    return "last"


async def list_sittings(ask: Ask, question: Question) -> None:
    today = ask.runtime.today()
    body_id = _body_id(ask, question.body_hint)
    bodies = [body_id] if body_id else None

    def compute() -> tuple[list[queries.SittingRow], list[queries.SittingRow]]:
        found = queries.sittings_between(
            session=ask.session,
            start=today - timedelta(days=RECENT_DAYS),
            end=today + timedelta(days=COMING_DAYS),
            body_ids=bodies,
        )
        coming = [row for row in found if row[0].held_on >= today]
        recent = [row for row in found if row[0].held_on < today][::-1]
        if not recent:  # an old archive: still show the latest sittings it holds
            latest = queries.find_sitting(
                session=ask.session, today=today, last=True, body_id=body_id
            )
            if latest:
                recent = queries.sittings_between(
                    session=ask.session,
                    start=latest[0].held_on - timedelta(days=RECENT_DAYS),
                    end=latest[0].held_on,
                    body_ids=bodies,
                )[::-1]
        return coming, recent[:10]

    coming, recent = ask.cached(("sittings", today, body_id), compute)
    await ask.reply(
        "sittings_list", coming=coming, recent=recent, today=today, cache_key=(today, body_id)
    )


@as_member
async def sittings_command(ask: Ask) -> None:
    """/seances: the coming and the recent sittings."""
    if question := await ask_question(ask, command_text(ask.update)):
        await list_sittings(ask, question)


async def answer_command(ask: Ask, asked: Asked) -> None:
    """A command's argument read as a sentence's frame, the command saying what is asked."""
    from bot.handlers.questions import answer_frame  # it shows sittings with this module

    frame = read_frame(command_text(ask.update), ask.runtime.today())
    await answer_frame(ask, frame.but(asked=asked, polar=False, about=None, follow_up=False))


@as_member
async def sitting_command(ask: Ask) -> None:
    """/seance [date | n°]: one sitting in full."""
    await answer_command(ask, Asked.SITTING)


_ATTENDANCE_ASKED = {"presents": Asked.PRESENCE, "absents": Asked.ABSENCE, "proxies": Asked.PROXY}


def attendance_command(kind: str) -> Handler:
    @as_member
    async def handler(ask: Ask) -> None:
        """/presents, /absents, /pouvoirs [date]: the lists, with counts."""
        await answer_command(ask, _ATTENDANCE_ASKED[kind])

    return handler
