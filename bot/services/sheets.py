"""The attendance sheet in the official form (round-trips through the extract parser:
import → sheet → parse gives back the same sitting)."""

from __future__ import annotations

from bot.render import render, to_plain_text
from storage.queries import SittingView


def attendance_sheet_text(view: SittingView) -> str:
    """Plain text, as the secretariat pastes it into a procès-verbal or an extract."""
    return to_plain_text(render("sheet", s=view))
