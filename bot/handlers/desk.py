"""The secretariat's desk around a sitting, in words: « tout est prêt pour le bureau du 18 ? »
(the checklist before the day) and « le bloc présences pour le PV du bureau du 2 » (the
attendance block of its minutes after it). For the secretariat only: a member's same words
stay a question about the sitting (bot/handlers/questions.py).
"""

from __future__ import annotations

from bot.callbacks import Convene, Relaunch
from bot.handlers.common import MAX_QUESTION_LENGTH, Ask
from bot.handlers.secretariat import show_forecast
from bot.handlers.sitting_orders import held_sitting, sitting_named
from bot.render import render
from bot.services import convocations, desk, sitting_changes
from bot.services.intents import InvalidDate, parse_question
from storage import queries
from storage.models import Sitting


async def answer_text(ask: Ask, text: str) -> bool:
    """The checklist or the minutes' block asked by the secretariat, answered; False for
    anything else (and for a member)."""
    if not ask.asker.secretariat or len(text) > MAX_QUESTION_LENGTH:
        return False
    if desk.minutes_block_asked(text):
        sitting = await held_sitting(ask, text, "desk_refused")
        if sitting is None:
            return True
        view = ask.sitting_view(sitting.id or 0)
        if not view.roll_call:
            await ask.reply("desk_refused", code="unrecorded", s=view, on=None)
            return True
        await ask.reply("minutes_block", s=view)
        return True
    if desk.opening_asked(text):
        sitting = _opening(ask, text)
        if sitting is None:
            return False  # no sitting today nor named: the question's own answer
        await show_forecast(ask, sitting.id or 0, who=True)
        return True
    if desk.readiness_asked(text):
        sitting = await sitting_named(ask, text, changing=False)
        if sitting is None:
            return True
        view = ask.sitting_view(sitting.id or 0)
        rt = ask.runtime
        gone = sitting_changes.unchangeable(ask.session, sitting, rt.now(), rt.settings.tz)
        if gone is not None:  # cancelled, held or begun: nothing left to prepare
            await ask.reply("desk_refused", code=f"{gone}_ready", s=view, on=None)
            return True
        points = desk.readiness(ask.session, sitting, rt.today())
        await ask.reply("sitting_checklist", buttons=_next_step(ask, sitting), r=points, s=view)
        return True
    return False


def _next_step(ask: Ask, sitting: Sitting) -> list[tuple[str, str]] | None:
    """The button for what is left to do, when one press does it: the convocation to send, or
    the members reached who have not answered to remind (each button checks again when
    pressed: bot/handlers/convocations.py)."""
    sid = sitting.id or 0
    if sitting.convened_at is None:
        return [(render("button_convene"), Convene(sid).encode())]
    rt = ask.runtime
    silent = convocations.silent_members(ask.session, sid)
    if silent and convocations.reminding(sitting, rt.now(), rt.settings.tz):
        return [(render("button_relaunch", count=len(silent)), Relaunch(sid).encode())]
    return None


def _opening(ask: Ask, text: str) -> Sitting | None:
    """The sitting whose opening is asked: the one of the day named, else today's (begun or
    not); None when there is not exactly one."""
    today = ask.runtime.today()
    try:
        on = parse_question(text, today).on or today
    except InvalidDate:
        return None
    found = queries.find_sitting(
        session=ask.session, today=today, on=on, council_id=ask.asker.council_id
    )
    found = [s for s in found if s.cancelled_at is None and s.held_on == on]
    return found[0] if len(found) == 1 else None
