"""/quorum and /feuille: the forecast before a sitting and the official attendance sheet."""

from __future__ import annotations

from bot.handlers import records
from bot.handlers.common import Ask, as_member, command_text
from bot.handlers.sittings import ask_question, pick_sitting
from bot.services import proxies, sheets
from storage.models import Sitting


async def show_forecast(ask: Ask, sitting_id: int) -> None:
    sitting = ask.session.get(Sitting, sitting_id)
    assert sitting is not None
    forecast = proxies.quorum_forecast(session=ask.session, sitting=sitting)
    await ask.reply("quorum_forecast", f=forecast, s=ask.sitting_view(sitting_id))


@as_member
async def quorum_command(ask: Ask) -> None:
    """/quorum [date]: members needed, declared present, proxies, not yet answered."""
    question = await ask_question(ask, command_text(ask.update))
    if question is None:
        return
    sitting_id = await pick_sitting(ask, question, "quorum")
    if sitting_id is not None:
        await show_forecast(ask, sitting_id)


@as_member
async def sheet_command(ask: Ask) -> None:
    """/feuille [date]: the attendance block in the official form (secretariat only)."""
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return
    question = await ask_question(ask, command_text(ask.update))
    if question is None:
        return
    sitting_id = await pick_sitting(ask, question, "sheet")
    if sitting_id is not None:
        await ask.reply(
            "sheet_message",
            buttons=[records.sheet_pdf_button(sitting_id)],
            sheet=sheets.attendance_sheet_text(ask.sitting_view(sitting_id)),
        )
