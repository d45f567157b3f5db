"""bench/startup.py, its smallest run: the installed console started as a member would, in a
folder of its own (the first start creates council.db), answering its question."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "startup.py"


def test_the_startup_bench_prints_its_rows_from_the_real_answer() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--runs", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("load average before: ")
    assert lines[1].startswith("bytecode: ")
    assert lines[2].startswith("first start (creates council.db): wall ")
    assert lines[4].startswith("wall           median ")
    assert lines[5].startswith("cpu            median ")
    if "kept" not in lines[1]:  # an editable install: then as an installed copy starts
        assert lines[6].startswith("the same, bytecode kept ")
        assert lines[8].startswith("cpu            median ")
    assert lines[-1].startswith("load average after: ")
