"""The attendance sheet in the official form, built from the store (round-trips through the
extract parser: import → sheet → parse gives the same sitting)."""

from __future__ import annotations

from sqlmodel import Session

from bot.render import render, to_plain_text
from storage import queries
from storage.models import Sitting


def sitting_header(session: Session, sitting: Sitting) -> queries.SittingView:
    return queries.sitting_view(session=session, sitting=sitting)


def attendance_sheet_text(session: Session, sitting: Sitting) -> str:
    """Plain text, as the secretariat pastes it into a procès-verbal or an extract."""
    view = queries.sitting_view(session=session, sitting=sitting)
    return to_plain_text(render("sheet", s=view))
