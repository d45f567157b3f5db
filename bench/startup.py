"""The console's start to its first answer, as a whole process (issue 12: under 1 s).

Runs the installed command as a member would — `council-bot console --as "Jean-Luc Degraix"`
with one question on its input — in a folder of its own: the first run creates `council.db`
from the bundled documents (a fresh clone's first start), the next ones find it there. Each
run's CPU time (user + system) is the kernel's account of the finished child (`os.wait4`);
wall time is a monotonic clock around it. Printed: the first start, then the median, minimum
and maximum of the others after one warm-up, with the load average before and after: on a
shared machine wall time measures the neighbours too, CPU time less so.

Python compiles a module's source at each start when no bytecode is kept for it: an editable
install under `PYTHONDONTWRITEBYTECODE=1` does, an installed copy does not (pip compiles it);
the line `bytecode` says which this run was. When it is none, the same runs follow with the
bytecode kept in a folder of the run's own (`PYTHONPYCACHEPREFIX`, written by one start first,
as pip compiles an installed copy once): an installed copy's start.

Every run has a temporary folder of its own (`TMPDIR`), empty at the first start as on a fresh
machine: what the console keeps there between processes (the readers' compiled expressions,
storage/cues.py; Jinja's compiled templates) is made by the first start and found by the next
ones, whatever other checkouts of the project keep in the machine's own temporary folder.

    python bench/startup.py [--runs 7] [--question "qui a donné pouvoir à Degraix ?"]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUESTION = "qui a donné pouvoir à Degraix ?"
EXPECTED = "donne pouvoir à M. Jean-Luc DEGRAIX"


def command() -> list[str]:
    installed = Path(sys.executable).parent / "council-bot"
    if installed.exists():
        return [str(installed), "console", "--as", "Jean-Luc Degraix"]
    return [sys.executable, "-m", "bot", "console", "--as", "Jean-Luc Degraix"]


def one_run(folder: Path, question: str, pycache: Path | None = None) -> tuple[float, float, str]:
    """(wall s, cpu s, what it printed) of one console start answering `question`, in
    `folder` (its council.db, its temporary folder `tmp`); `pycache`: bytecode kept there."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}  # the embedded default
    env["TMPDIR"] = str(folder / "tmp")
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    with tempfile.TemporaryFile() as out:
        start = time.monotonic()
        child = subprocess.Popen(
            command(), cwd=folder, env=env, stdin=subprocess.PIPE, stdout=out, stderr=out
        )
        assert child.stdin is not None
        child.stdin.write(f"{question}\n".encode())
        child.stdin.close()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        printed = out.read().decode("utf-8", "replace")
    if child.returncode != 0:
        raise SystemExit(f"the console exited with {child.returncode}:\n{printed}")
    return wall, usage.ru_utime + usage.ru_stime, printed


def row(name: str, values: list[float]) -> str:
    return (
        f"{name:<14} median {statistics.median(values):6.3f}  "
        f"min {min(values):6.3f}  max {max(values):6.3f}"
    )


def bytecode_kept() -> str:
    """Whether the project's modules start from bytecode or are compiled at each start."""
    spec = importlib.util.find_spec("bot.cli")  # found, not run
    assert spec is not None
    assert spec.origin is not None
    if spec.cached is not None and Path(spec.cached).exists():
        return f"kept ({Path(spec.cached).parent})"
    if sys.dont_write_bytecode:
        where = Path(spec.origin).parent
        return f"none, the sources are compiled at each start (PYTHONDONTWRITEBYTECODE, {where})"
    return "written by the first start"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--question", default=QUESTION)
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    bytecode = bytecode_kept()
    print(f"bytecode: {bytecode}")
    kept = bytecode.startswith("kept")
    with tempfile.TemporaryDirectory(prefix="council-startup-") as name:
        folder = Path(name)
        (folder / "tmp").mkdir()
        wall, cpu, printed = one_run(folder, args.question)
        if args.question == QUESTION and EXPECTED not in printed:
            raise SystemExit(f"unexpected answer:\n{printed}")
        print(f"first start (creates council.db): wall {wall:6.3f}  cpu {cpu:6.3f}")
        one_run(folder, args.question)  # warm-up: the system's file cache
        runs = [one_run(folder, args.question) for _ in range(args.runs)]
        if not kept:
            pycache = folder / "pycache"
            one_run(folder, args.question, pycache)  # compiles, as pip does at install
            installed = [one_run(folder, args.question, pycache) for _ in range(args.runs)]
    print(f"start to first answer, {args.runs} runs on the existing council.db (seconds):")
    print(row("wall", [w for w, _, _ in runs]))
    print(row("cpu", [c for _, c, _ in runs]))
    if not kept:
        print("the same, bytecode kept (an installed copy's start, PYTHONPYCACHEPREFIX):")
        print(row("wall", [w for w, _, _ in installed]))
        print(row("cpu", [c for _, c, _ in installed]))
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
