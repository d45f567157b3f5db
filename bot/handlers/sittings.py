"""/seances, /seance, /presents, /absents, /pouvoirs: sittings and who attended them."""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import callbacks
from bot.callbacks import PickProxiesOf, SittingAction, SittingChoice, SittingRef
from bot.context import CouncilApp
from bot.handlers.common import Ask, Handler, as_member, command_text
from bot.services.frames import Asked, read_frame
from bot.services.intents import InvalidDate, Question, parse_question
from storage.models import Body, Member, Sitting

ATTENDANCE_KINDS = {"presents", "absents", "proxies"}


async def ask_question(ask: Ask, text: str) -> Question | None:
    """Parse the member's words; an impossible date gets its own answer."""
    try:
        return parse_question(text, ask.runtime.today())
    except InvalidDate as error:
        await ask.reply("invalid_date", text=error.text)
        return None


async def pick_sitting(ask: Ask, question: Question, intent: str) -> int | None:
    """The sitting a question is about, or an answer saying why there is none or which one.

    When several sittings fit (two bodies sat that day), each button carries `intent`: the
    choice gives what was asked (`SittingAction`), not the sitting's summary."""
    body_id = ask.reads.body_id(ask.session, question.body_hint)
    found = ask.reads.find_sittings(
        ask.session,
        today=ask.runtime.today(),
        on=question.on,
        body_id=body_id,
        deliberation_number=question.deliberation_number,
        last=question.last or intent in ATTENDANCE_KINDS,
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
        action = SittingAction(intent)
        buttons = [(ask.sitting_view(s).body, SittingChoice(action, s).encode()) for s in found]
        await ask.reply("choose_sitting", buttons=buttons, on=question.on)
        return None
    return found[0]


async def show_sitting(ask: Ask, question: Question, sitting_id: int | None = None) -> None:
    sitting_id = sitting_id or await pick_sitting(ask, question, "sitting")
    if sitting_id is not None:
        await ask.reply("sitting", s=ask.sitting_view(sitting_id), today=ask.runtime.today())


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
            ref = SittingRef(question.on, question.deliberation_number)
            await ask.choose_member(
                resolution, question.text, lambda member: PickProxiesOf(ref, member)
            )
            return
        if resolution.status == "found" and resolution.member:
            member_id = resolution.member.member_id
    sitting_id = sitting_id or await pick_sitting(ask, question, kind)
    if sitting_id is None:
        return
    view = ask.sitting_view(sitting_id)
    focus = None
    if member_id is not None:
        everyone = view.present + view.excused + view.represented + view.absent
        focus = next((r.name for r in everyone if r.member_id == member_id), None)
    await ask.reply(
        "attendance",
        s=view,
        kind=kind,
        proxies=ask.reads.sitting_proxies(ask.session, sitting_id, member_id),
        focus=focus,
    )


async def list_sittings(ask: Ask, question: Question) -> None:
    today = ask.runtime.today()
    body_id = ask.reads.body_id(ask.session, question.body_hint)
    overview = ask.reads.sittings_overview(ask.session, today=today, body_id=body_id)
    await ask.reply(
        "sittings_list",
        coming=overview.coming,
        recent=overview.recent,
        past=overview.past,
        today=today,
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


_ANSWERED_HERE = frozenset(
    {SittingAction.SITTING, SittingAction.PRESENTS, SittingAction.ABSENTS, SittingAction.PROXIES}
)


@as_member
async def sitting_button(ask: Ask) -> None:
    """A sitting chosen among several, or a member whose proxies at a sitting are asked."""
    match ask.payload:
        case SittingChoice(action=action, sitting_id=sitting_id) if action in _ANSWERED_HERE:
            if ask.session.get(Sitting, sitting_id) is None:
                await ask.reply("stale_button")
            elif action == SittingAction.SITTING:
                await show_sitting(ask, _empty(action), sitting_id=sitting_id)
            else:
                await show_attendance(ask, _empty(action), action.value, sitting_id=sitting_id)
        case PickProxiesOf(sitting=ref, member_id=member_id):
            if ask.session.get(Member, member_id) is None:
                await ask.reply("stale_button")
                return
            latest = ref.on is None and ref.number is None
            question = Question("proxies", ref.on, ref.number, None, latest, "")
            await show_attendance(ask, question, "proxies", member_id=member_id)
        case _:
            await ask.reply("stale_button")


def _empty(action: SittingAction) -> Question:
    return Question(action.value, None, None, None, False, "")


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("seances", sittings_command))
    application.add_handler(CommandHandler("seance", sitting_command))
    application.add_handler(CommandHandler("presents", attendance_command("presents")))
    application.add_handler(CommandHandler("absents", attendance_command("absents")))
    application.add_handler(CommandHandler("pouvoirs", attendance_command("proxies")))
    application.add_handler(
        CallbackQueryHandler(
            sitting_button,
            pattern=callbacks.matching(SittingChoice, PickProxiesOf, actions=_ANSWERED_HERE),
        )
    )
