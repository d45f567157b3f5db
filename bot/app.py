"""The composition root: one python-telegram-bot Application, whatever the transport."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.engine import Engine
from telegram.constants import ParseMode
from telegram.error import BadRequest, RetryAfter
from telegram.ext import AIORateLimiter, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot import handlers
from bot.broadcast import deliver
from bot.context import CONTEXT_TYPES, CouncilApp, CustomContext
from bot.incoming import CouncilApplication
from bot.render import render
from bot.runtime import Runtime
from bot.services import convocations
from bot.services.flood import FloodGuard
from bot.settings import Settings

log = logging.getLogger(__name__)
OFFLINE_TOKEN = "0:offline"
REMINDER_CHECK_SECONDS = 300
# Telegram allows about 30 messages a second; sending at exactly 30 puts 31 in some sliding
# second (timers jitter), and each 429 pauses every send for its « retry after ».
PACE = 29  # the in-process stand-in accepts any token; Telegram would not


def build_application(
    settings: Settings,
    engine: Engine,
    *,
    request: BaseRequest | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> CouncilApp:
    """The Application with every handler; `request` replaces PTB's HTTP client (the console's
    and tests' in-process Bot API, or a client with other timeouts); it then sends unpaced."""
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else None
    builder = (
        ApplicationBuilder()
        .application_class(CouncilApplication)  # cleans what members type (bot/incoming.py)
        .context_types(CONTEXT_TYPES)
        .token(token or OFFLINE_TOKEN)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.tz))
        .post_init(_post_init)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request).updater(None)
    else:
        # Telegram's pace: about 30 messages a second overall; a 429 « retry after » is
        # waited out and the message sent once. One message every 1/PACE s rather than bursts
        # of 30: a burst on top of a full second trips Telegram's flood control (bench/
        # broadcast.py counted 114 429s for 200 members with bursts, 14 at exactly 30/s).
        # Not in-process: nothing there to protect.
        limiter = AIORateLimiter(overall_max_rate=1, overall_time_period=1 / PACE, max_retries=3)
        builder = builder.rate_limiter(limiter)  # type: ignore[arg-type]
    if settings.telegram_api_url:
        builder = builder.base_url(settings.telegram_api_url).base_file_url(
            settings.telegram_api_url.replace("/bot", "/file/bot")
        )
    application: CouncilApp = builder.build()  # type: ignore[assignment]  # job queue's context is ours too
    flood = FloodGuard(accounts=settings.flood_accounts)
    application.bot_data.runtime = Runtime(
        settings=settings, engine=engine, clock=clock, flood=flood
    )
    handlers.register(application)
    return application


async def _post_init(application: CouncilApp) -> None:
    """Register the command menu and the bot's French description (what a stranger reads
    before /start); start the reminders' clock (they live in the store, so a restart loses
    none: the job only asks the store what is due)."""
    bot = application.bot
    await bot.set_my_commands(handlers.menu())
    try:
        await bot.set_my_description(render("bot_description"))
        await bot.set_my_short_description(render("bot_short_description"))
    except (RetryAfter, BadRequest) as error:  # replicas starting together: one is enough
        log.warning("The bot's description was not set: %s", error)
    if application.job_queue is not None:
        application.job_queue.run_repeating(send_due, interval=REMINDER_CHECK_SECONDS, first=5)


async def send_due(context: CustomContext) -> None:
    """Write the reminders that are due, then send whatever the outbox still owes."""
    rt = context.runtime
    with rt.session() as session:
        convocations.due_reminders(session=session, now=rt.clock(), tz=rt.settings.tz)
    await deliver(
        context.bot,
        rt.engine,
        clock=rt.clock,
        tz=rt.settings.tz,
        president=rt.settings.president_name,
    )
