"""/start and /aide: what the assistant can do, with examples."""

from __future__ import annotations

from bot.handlers.common import Ask, as_member


@as_member
async def help_command(ask: Ask) -> None:
    """/aide and /start: the commands and example sentences."""
    await ask.reply("help")
