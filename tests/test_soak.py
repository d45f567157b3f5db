"""bench/soak.py keeps working: a two-second soak of the polling bot on SQLite loses nothing.

The figures are the bench's business; this only checks that the polling bot, driven through
the Bot API stand-in, answers every update and stores every action exactly once.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_short_soak_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "soak.py"),
            *("--db", "sqlite", "--seconds", "2", "--years", "2", "--rate", "10"),
            # 20 updates reach at most 20 members: 100 are plenty. The bench's 500 were each
            # convened first, at the bot's pace of 29 messages a second: 17 s of waiting.
            *("--members", "100"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "lost or duplicated actions: 0" in run.stdout
    assert "lost updates       : 0" in run.stdout
