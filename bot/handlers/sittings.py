"""/seances, /seance, /presents, /absents, /pouvoirs: sittings and who attended them."""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import callbacks
from bot.callbacks import PickProxiesOf, SittingAction, SittingChoice, SittingRef
from bot.context import CouncilApp
from bot.handlers.common import Ask, Handler, as_member, command_text
from bot.services.arguments import said_nothing_read, stray_numbers, with_year_alone
from bot.services.frames import Asked, Frame, read_frame
from bot.services.intents import InvalidDate, Question, parse_question
from storage import lookups
from storage.models import Body, Member, Sitting
from storage.names import fold

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
    polar: bool = False,
) -> None:
    """Presents, absents or proxies of one sitting; proxies may be narrowed to one member;
    `polar`: whether there were any was asked (« y avait-il des absents ? »), Oui / Non first."""
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
        if focus is None and (member := ask.session.get(Member, member_id)) is not None:
            focus = member.display_name  # a sitting to come: no roll call names them yet
    await ask.reply(
        "attendance",
        s=view,
        kind=kind,
        proxies=ask.reads.sitting_proxies(ask.session, sitting_id, member_id),
        focus=focus,
        today=ask.runtime.today(),
        polar=polar and focus is None,
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
    from bot.handlers.questions import remember_sittings_shown  # the thread is the questions'

    # « la deuxième ? », « le 3 » next: the sittings as listed, the coming ones first
    remember_sittings_shown(
        ask,
        [s.id or 0 for s, _ in (*overview.coming, *overview.recent)],
        count=len(overview.coming) + overview.past,
        coming=len(overview.coming),
    )


@as_member
async def sittings_command(ask: Ask) -> None:
    """/seances [organe | période]: the coming and the recent sittings, or a period's."""
    await answer_command(ask, Asked.SITTINGS)


async def answer_command(ask: Ask, asked: Asked) -> None:
    """A command's argument read as a sentence's frame, the command saying what is asked."""
    from bot.handlers.questions import answer_frame  # it shows sittings with this module

    frame = await read_argument(ask, asked)
    if frame is not None:
        await answer_frame(ask, frame)


async def read_argument(ask: Ask, asked: Asked, *, offer: bool = True) -> Frame | None:
    """The frame of a command's argument; None when the answer was sent.

    What the reading left of the argument, when it names no member and (for /seance) no topic
    of an act, is said, never dropped: « /seance blabla » answered the latest sitting as if
    nothing had been typed. Nothing read at all: the latest sittings are offered (`offer`),
    or the command answers as if bare, saying so."""
    argument = command_text(ask.update)
    frame = read_frame(argument, ask.runtime.today())
    frame = with_year_alone(frame.but(asked=asked, polar=False, about=None, follow_up=False))
    unread = _unread_words(ask, frame, argument)
    numbers = stray_numbers(frame, argument)
    if (not unread and not numbers) or frame.invalid_date:
        return frame
    nothing = said_nothing_read(frame, unread)
    if nothing and offer:
        await offer_latest_sittings(ask, frame, argument)
        return None
    said = argument.strip() if nothing else " ".join([*numbers, *_as_typed(argument, unread)])
    await ask.reply("argument_partly_unread", words=_shortened(said))
    return frame.but(words=tuple(w for w in frame.words if w not in unread))


def _shortened(said: str) -> str:
    return said if len(said) <= 80 else f"{said[:79]}…"


_ACTION_OF = {
    Asked.SITTING: SittingAction.SITTING,
    Asked.SITTINGS: SittingAction.SITTING,
    Asked.PRESENCE: SittingAction.PRESENTS,
    Asked.ABSENCE: SittingAction.ABSENTS,
    Asked.PROXY: SittingAction.PROXIES,
}


def _unread_words(ask: Ask, frame: Frame, argument: str) -> list[str]:
    """The frame's words that name no member (nor, for /seance, any act's topic). For the
    attendance commands a capitalised word stays, as a name: the answer says nobody has it."""
    if not frame.words:
        return []
    names = ask.reads.names(ask.session)
    index = ask.reads.deliberation_index(ask.session) if frame.asked is Asked.SITTING else None
    capitalised = {fold(t) for t in argument.split() if t[:1].isupper()}
    unread = []
    for word in frame.words:
        if names.resolve(word).status != "unknown" or names.near(word):
            continue
        if index is not None and index.holds(word):
            continue
        if frame.asked is not Asked.SITTING and fold(word) in capitalised:
            continue
        unread.append(word)
    return unread


def _as_typed(argument: str, words: list[str]) -> list[str]:
    """The argument's own tokens for the folded words (« Blabla » as typed, not « blabla »)."""
    typed = {fold(t): t for t in argument.split()}
    return [typed.get(w, w) for w in words]


async def offer_latest_sittings(ask: Ask, frame: Frame, argument: str) -> None:
    """Nothing of a command's argument was read: say what, and offer the latest sittings, one
    button each, for what the command asks."""
    action = _ACTION_OF[frame.asked]
    found = ask.reads.lookup(
        ask.session, lookups.nearest_sittings, around=ask.runtime.today(), body_ids=None
    )
    buttons = [
        (ask.label("button_sitting", s=s), SittingChoice(action, s.id or 0).encode())
        for s in found
    ]
    command = (command_text_head(ask) or "/seance").split("@")[0]
    await ask.reply(
        "argument_unread",
        buttons=buttons,
        words=_shortened(argument.strip()),
        command=command,
        sittings=len(found),
    )


def command_text_head(ask: Ask) -> str:
    message = ask.update.effective_message
    text = (message.text or "") if message else ""
    return text.split(maxsplit=1)[0] if text.startswith("/") else ""


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
