"""The `council-bot` command's entry point: start-up with the garbage collector paused.

Importing python-telegram-bot, SQLAlchemy and the table models allocates a few hundred
thousand long-lived objects; the collector would walk them again and again while they are
created (a sixth of the console's start-up, measured with `python -X importtime`). They live
as long as the process, so they are frozen out of every later collection too, which spares
the running bot the same walks.
"""

from __future__ import annotations

import gc


def main() -> int:
    gc.disable()
    try:
        from bot.cli import main as run
    finally:
        gc.freeze()
        gc.enable()
    return run()
