"""How fast extracts are parsed and imported, against the goals of the issue.

    python bench/import_bench.py [--count N] [--seed S] [--profile]

Generates N official extracts (bench.generate.extract_texts), then measures parsing alone
(in-process, best of three), the bundled SCDL sample's parse (best of five), and a full import
of the files into a fresh SQLite store through Importer.import_file, one file per transaction
as the CLI does. Generated extracts are lawful, so the store must hold no finding: any finding
code printed is a parser or checks bug.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

# Run as `python bench/import_bench.py`, Python puts bench/ on the path, not the repo root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa
from sqlmodel import select

from bench.generate import extract_texts
from storage import db
from storage.importer import Importer, ImportReport
from storage.models import (
    Deliberation,
    FundedAction,
    ImportFinding,
    Member,
    Proxy,
    Sitting,
)
from storage.parsing.extract import parse_extract
from storage.parsing.scdl import parse_scdl

PARSE_GOAL = 1_000  # documents per second, one core
IMPORT_GOAL = 300
SCDL_SAMPLE = files("storage") / "samples" / "scdl-deliberations-saint-etienne-metropole-2022.csv"
SCDL_GOAL_MS = 10  # the métropole's real open-data file (80 rows, with its errors)


def best_rate(run: Callable[[], object], count: int, repeat: int = 3) -> float:
    best = min(_timed(run) for _ in range(repeat))
    return count / best


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def write_files(texts: list[str], folder: Path) -> list[Path]:
    paths = []
    for index, text in enumerate(texts, 1):
        path = folder / f"extract-{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def import_all(url: str, paths: list[Path], profile: bool) -> tuple[float, list[ImportReport]]:
    """Wall time of importing every file into a fresh migrated store, and the reports."""
    engine = db.make_engine(url)
    db.migrate(engine)
    profiler = cProfile.Profile() if profile else None
    with db.session(engine) as session:
        importer = Importer(session)
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        reports = [importer.import_file(path) for path in paths]
        if profiler:
            profiler.disable()
        elapsed = time.perf_counter() - start
    engine.dispose()
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(35)
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())
    return elapsed, reports


def stored_counts(url: str) -> dict[str, int]:
    engine = db.make_engine(url)
    counts = {}
    with db.session(engine) as session:
        for label, model in (
            ("sittings", Sitting),
            ("members", Member),
            ("deliberations", Deliberation),
            ("proxies", Proxy),
            ("funded actions", FundedAction),
            ("findings", ImportFinding),
        ):
            counts[label] = session.exec(select(sa.func.count()).select_from(model)).one()
        codes = session.exec(
            select(ImportFinding.code, sa.func.count()).group_by(ImportFinding.code)
        ).all()
    engine.dispose()
    counts.update({f"  finding {code}": n for code, n in codes})
    return counts


def _verdict(rate: float, goal: int) -> str:
    return "ok" if rate >= goal else "BELOW GOAL"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2_000, help="extracts to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="profile the import (cProfile)")
    args = parser.parse_args()

    started = time.perf_counter()
    texts = extract_texts(args.count, seed=args.seed)
    generated_in = time.perf_counter() - started
    parse_rate = best_rate(lambda: [parse_extract(t) for t in texts], len(texts))
    scdl_text = SCDL_SAMPLE.read_text(encoding="utf-8")
    scdl_ms = min(_timed(lambda: parse_scdl(scdl_text)) for _ in range(5)) * 1000

    with tempfile.TemporaryDirectory(prefix="council-bench-") as tmp:
        folder = Path(tmp)
        (folder / "extracts").mkdir()
        paths = write_files(texts, folder / "extracts")
        url = f"sqlite:///{folder / 'bench.db'}"
        elapsed, reports = import_all(url, paths, args.profile)
        counts = stored_counts(url)
    import_rate = len(paths) / elapsed
    statuses = Counter(r.status for r in reports)
    errors = Counter(r.error for r in reports if r.status == "error")

    print(f"{len(texts):,} generated extracts (seed {args.seed}) in {generated_in:.2f} s")
    print(f"{'step':<28}{'docs/s':>10}{'goal':>10}  verdict")
    print(f"{'parse (best of 3)':<28}{parse_rate:>10,.0f}{PARSE_GOAL:>10,}  "
          f"{_verdict(parse_rate, PARSE_GOAL)}")  # fmt: skip
    print(f"{'import (SQLite, wall)':<28}{import_rate:>10,.0f}{IMPORT_GOAL:>10,}  "
          f"{_verdict(import_rate, IMPORT_GOAL)}  ({elapsed:.2f} s)")  # fmt: skip
    print(f"parse the SCDL sample (best of 5): {scdl_ms:.1f} ms, goal < {SCDL_GOAL_MS} ms  "
          f"{'ok' if scdl_ms < SCDL_GOAL_MS else 'MISSED'}")  # fmt: skip
    print("files: " + ", ".join(f"{status} {n}" for status, n in sorted(statuses.items())))
    for error, n in errors.items():
        print(f"  error ×{n}: {error}")
    print("stored:")
    for label, n in counts.items():
        print(f"  {label:<26}{n:>8,}")


if __name__ == "__main__":
    main()
