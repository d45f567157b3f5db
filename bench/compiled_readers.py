"""What compiling the document reader's modules with mypyc would save: instructions per parsed
document, the same code interpreted then compiled, and whether every output stays the same.

    python bench/compiled_readers.py [--count N] [--identity FILE] [--module storage/x.py ...]

Copies the repository (without its .venv and .git) to a temporary folder, compiles there the
reader's modules with mypyc (this venv's, from the dev tools: it comes with mypy), then counts
with bench/instructions.py in both folders. The repository itself is never compiled: a
compiled module beside its source hides every later edit of it until built again.
With --identity FILE (outputs saved by `python -m bench.parse_identity save FILE` on the same
code), the compiled copy's outputs are compared with them too.

Trims of the interpreted readers gave 2 to 8 % a stop: a reading's time is spread over a
hundred passes, no line of them above 2 % of it (py-spy), about half of it Python's own work
(the evaluation loop, objects made and freed) and the rest the regular-expression engine
(a quarter) and substring scans. Compiling takes the first half down, not the rest.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The modules a reading spends its time in, but those mypyc 1.x does not compile as they are
# (grids.py stops it on an internal error, subsidies.py on a lambda's type), those no
# extract's reading runs (the open-data readers, the PDF's text), and tables.py, whose
# classes the open-data readers subclass (a compiled class refuses an interpreted subclass:
# every SCDL file failed to import, « interpreted classes cannot inherit from compiled »).
_NOT_COMPILED = {"__init__", "grids", "subsidies", "scdl", "pdf", "tables"}
MODULES = (
    *sorted(
        f"storage/parsing/{path.name}"
        for path in (ROOT / "storage" / "parsing").glob("*.py")
        if path.stem not in _NOT_COMPILED
    ),
    "storage/french.py",
    "storage/names.py",
)


def _count(folder: Path, count: int) -> str:
    run = subprocess.run(
        [sys.executable, "bench/instructions.py", "--count", str(count)],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=60, help="documents measured")
    parser.add_argument("--identity", type=Path, help="outputs saved by bench.parse_identity")
    parser.add_argument("--module", action="append", help="a module to compile (default: all)")
    args = parser.parse_args()
    mypyc = Path(sys.executable).parent / "mypyc"
    if not mypyc.exists():
        raise SystemExit(f"mypyc is not installed beside {sys.executable} (pip install mypy)")
    with tempfile.TemporaryDirectory(prefix="council-compiled-") as tmp:
        copy = Path(tmp) / "repo"
        shutil.copytree(
            ROOT, copy, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "build")
        )
        built = subprocess.run(
            [str(mypyc), *(args.module or MODULES)], cwd=copy, capture_output=True, text=True
        )
        if built.returncode != 0:
            raise SystemExit(f"mypyc failed:\n{built.stdout[-3000:]}{built.stderr[-3000:]}")
        print(f"interpreted: {_count(ROOT, args.count)}")
        print(f"compiled:    {_count(copy, args.count)}")
        if args.identity is not None:
            compared = subprocess.run(
                [sys.executable, "-m", "bench.parse_identity", "compare", str(args.identity)],
                cwd=copy,
                capture_output=True,
                text=True,
            )
            print(compared.stdout.strip())


if __name__ == "__main__":
    main()
