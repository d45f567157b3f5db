"""The `council-bot` command's entry point: start-up with the garbage collector paused.

Importing python-telegram-bot, SQLAlchemy and the table models allocates a few hundred
thousand long-lived objects; the collector would walk them again and again while they are
created (a sixth of the console's start-up, measured with `python -X importtime`). They live
as long as the process, so they are frozen out of every later collection too, which spares
the running bot the same walks.
"""

from __future__ import annotations

import gc
import sys


def main() -> int:
    # httpx (python-telegram-bot's HTTP client) tries to import its own command line, which
    # loads click (and pygments, rich where installed) only to find rich missing: nothing the
    # bot runs. Marked absent, httpx takes its documented fallback at once.
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    gc.disable()
    try:
        from bot.cli import main as run
    finally:
        gc.freeze()
        gc.enable()
    return run()
