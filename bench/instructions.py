"""Instructions each document costs to parse or import, counted by valgrind: a figure that
other work on a shared machine does not move, where a time does (two cores shared by six
processes gave CPU times 30 % apart from one run to the next of the same code).

    python bench/instructions.py [--count N] [--seed S] [--import]

Runs, under `valgrind --tool=cachegrind --cache-sim=no`, the reading (or, with --import, the
import into a fresh SQLite store) of N generated extracts (bench.generate, counts varying per
item) after as many warm-up ones, then of none after the same warm-up: the difference over N
is what one document costs, start-up and warm-up left out. A change that keeps every output
(bench.parse_identity) and lowers this figure is faster on any machine alike; the times of
bench/import_bench.py, taken back to back, tell by how much on this one.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as `python bench/x.py`

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _work(count: int, seed: int, warm: int, made: int, imported: bool) -> None:
    """The measured run itself (in the child valgrind starts): `made` extracts generated (as
    many in both runs, their cost then cancels out), `warm` of them read, then `count`."""
    from bench.generate import extract_texts

    texts = extract_texts(made, seed=seed, vary_attendance=True)[: warm + count]
    if not imported:
        from storage.parsing.extract import parse_extract

        for text in texts:
            parse_extract(text)
        return
    from bench.import_bench import write_files
    from storage import db
    from storage.importer import Importer

    with tempfile.TemporaryDirectory(prefix="council-instructions-") as tmp:
        folder = Path(tmp)
        (folder / "warm").mkdir()
        (folder / "measured").mkdir()
        first = write_files(texts[:warm], folder / "warm")
        then = write_files(texts[warm:], folder / "measured")
        engine = db.make_engine(f"sqlite:///{folder / 'bench.db'}")
        db.migrate(engine)
        with db.session(engine) as session:
            importer = Importer(session)
            importer.import_files(first)
            if then:
                importer.import_files(then)
        engine.dispose()


def _instructions(count: int, seed: int, warm: int, made: int, imported: bool) -> int:
    command = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, __file__, "--child", "--count", str(count), "--seed", str(seed),
        "--warm", str(warm), "--made", str(made), *(["--import"] if imported else []),
    ]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    found = _REFS.search(run.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count:\n{run.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100, help="documents measured")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--warm", type=int, default=40, help="documents read first, unmeasured")
    parser.add_argument("--import", dest="imported", action="store_true", help="import them")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--made", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _work(args.count, args.seed, args.warm, args.made, args.imported)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: this bench counts with it")
    made = args.warm + args.count
    base = _instructions(0, args.seed, args.warm, made, args.imported)
    total = _instructions(args.count, args.seed, args.warm, made, args.imported)
    what = "imported" if args.imported else "parsed"
    print(f"{(total - base) / args.count:,.0f} instructions per document {what} "
          f"({args.count} generated extracts, seed {args.seed}, after {args.warm})")  # fmt: skip


if __name__ == "__main__":
    main()
