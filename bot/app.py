"""The composition root: one python-telegram-bot Application, whatever the transport."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.engine import Engine
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot import handlers
from bot.render import render
from bot.runtime import Runtime
from bot.settings import Settings

OFFLINE_TOKEN = "0:offline"  # the in-process stand-in accepts any token; Telegram would not


def build_application(
    settings: Settings,
    engine: Engine,
    *,
    request: BaseRequest | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Application:  # type: ignore[type-arg]
    """The Application with every handler; `request` replaces the network (console, tests)."""
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else None
    builder = (
        ApplicationBuilder()
        .token(token or OFFLINE_TOKEN)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.tz))
        .post_init(_post_init)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request).updater(None)
    elif settings.telegram_api_url:
        builder = builder.base_url(settings.telegram_api_url)
    application = builder.build()
    application.bot_data["runtime"] = Runtime(settings=settings, engine=engine, clock=clock)
    handlers.register(application)
    return application


async def _post_init(application: Application) -> None:  # type: ignore[type-arg]
    """Register the command menu, so members see the commands with French descriptions."""
    lines = render("menu").splitlines()
    descriptions = dict(line.split(" ", 1) for line in lines if " " in line)
    await application.bot.set_my_commands(handlers.menu(descriptions))
