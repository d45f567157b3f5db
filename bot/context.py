"""The typed context every handler receives: `context.runtime` instead of a dict's key.

python-telegram-bot builds one context per update from `ContextTypes`; ours carries the
process's `Runtime` (settings, engine, clock, the cached read layer, the flood guard) as a
typed attribute, so a misspelt key is a mypy error, not a KeyError in production.
"""

from __future__ import annotations

import asyncio
from typing import Any, TypeAlias

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot, JobQueue

from bot.runtime import Runtime


class BotData:
    """What one bot process shares between updates (python-telegram-bot's `bot_data`)."""

    def __init__(self) -> None:
        self._runtime: Runtime | None = None
        # Tests collect what handlers raised here; None in production (the error handler logs).
        self.errors: list[BaseException] | None = None
        # Convocations being sent in the background (awaited at shutdown under polling).
        # Convocations being sent, held while they run (a task nobody holds may be collected).
        self.broadcasts: set[asyncio.Task[Any]] = set()

    @property
    def runtime(self) -> Runtime:
        if self._runtime is None:
            raise RuntimeError("build_application sets the runtime before any update")
        return self._runtime

    @runtime.setter
    def runtime(self, value: Runtime) -> None:
        self._runtime = value


class CustomContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """The context of one update, with the process's runtime one attribute away."""

    @property
    def runtime(self) -> Runtime:
        return self.bot_data.runtime


CONTEXT_TYPES = ContextTypes(context=CustomContext, bot_data=BotData)

CouncilApp: TypeAlias = Application[
    ExtBot[None], CustomContext, dict[Any, Any], dict[Any, Any], BotData, JobQueue[CustomContext]
]
