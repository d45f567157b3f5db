"""What starting `council-bot` loads: the libraries only some commands use (the parsers, the
progress bar, charts, PDF, calendars, migrations) wait for those commands, so the console
answers its first question sooner."""

from __future__ import annotations

import json
import subprocess
import sys

ONLY_FOR_SOME_COMMANDS = (
    "alembic",  # a store at head is checked with one query
    "fpdf",  # the printed sheet
    "icalendar",  # a convocation's .ics
    "matplotlib",  # a chart, drawn when asked
    "pypdf",  # reading PDF documents
    "storage.importer",  # importing documents
    "storage.parsing",
    "tqdm",  # the import's progress bar
)


def test_the_command_line_starts_without_what_only_some_commands_use() -> None:
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys; import bot.cli; print(json.dumps(sorted(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = json.loads(loaded.stdout)
    prefixes = tuple(f"{name}." for name in ONLY_FOR_SOME_COMMANDS)
    early = [m for m in modules if m in ONLY_FOR_SOME_COMMANDS or m.startswith(prefixes)]
    assert early == []
