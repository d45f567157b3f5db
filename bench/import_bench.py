"""How fast documents are parsed and imported, against the goals of the issue.

    python bench/import_bench.py [--count N] [--rows R] [--seed S] [--profile]

Generates N official extracts (bench.generate.extract_texts) whose counts vary from item to
item of a sitting, as real ones do, then measures parsing alone (in-process, best of three) and
a full import of the files into a fresh SQLite store through Importer.import_files, as the CLI
does (each file read, then stored in batches of documents, one transaction each). Then the same
for open data: an SCDL 'Délibérations' file and an SCDL 'Subventions' file of R rows each (rows
per second, and the commits of their batches).
Last, how the open-data readers scale on hostile input (a cell of 80,000 spaces, a quote never
closed, digits without end), from 5 to 80 kB: linear time shows as ×4 from 20 to 80 kB (below
20 kB the input still fits the processor's caches, so the first steps may look cheaper).
Generated extracts are lawful: a finding code printed for them comes from a count that changed
between items of a sitting (until the store keeps attendance per item) or from a parser bug.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import io
import os
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

from bench.generate import extract_texts, scdl_csv, subsidies_csv
from storage import db
from storage.documents import DocumentError
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
from storage.parsing.subsidies import parse_subsidies

PARSE_GOAL = 1_000  # documents per second, one core
IMPORT_GOAL = 300
SCDL_SAMPLE = files("storage") / "samples" / "scdl-deliberations-saint-etienne-metropole-2022.csv"
SCDL_GOAL_MS = 10  # the métropole's real open-data file (80 rows, with its errors)
HOSTILE_SIZES = (5_000, 10_000, 20_000, 40_000, 80_000)
SCDL_HEAD = "DELIB_ID;DELIB_DATE;DELIB_OBJET;VOTE_EFFECTIF;VOTE_REEL;VOTE_POUR\n"
SUBSIDIES_HEAD = "nomAttribuant;nomBeneficiaire;objet;montant;dateConvention;idBeneficiaire\n"
# Each builds a text of about n characters aimed at one kind of reader work.
HOSTILE: dict[str, Callable[[int], str]] = {
    "spaces in a cell": lambda n: SCDL_HEAD + "2024.1;" + " " * n + ";x;1;1;1\n",
    "quote never closed": lambda n: SCDL_HEAD + '2024.1;2024-07-04;"' + "a;" * (n // 2),
    "digits without end": lambda n: SCDL_HEAD + "2024." + "0" * n + ";44562;x;1" + "0" * 50 + "\n",
    "one-char rows": lambda n: SCDL_HEAD + ";\n" * (n // 2),
    "subsidy amount": lambda n: SUBSIDIES_HEAD + "A;B;C;" + "1 " * (n // 2) + ";1E+" + "9" * 99,
    "subsidy SIRET": lambda n: SUBSIDIES_HEAD + "A;B;C;1;2024-01-01;" + "2," * (n // 2) + "E",
}


def best_rate(
    run: Callable[[], object],
    count: int,
    repeat: int = 3,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    best = min(_timed(run, clock) for _ in range(repeat))
    return count / best


def _timed(run: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    # As timeit does: a collection falling inside one run says nothing about the code's growth.
    gc.disable()
    try:
        start = clock()
        run()
        return clock() - start
    finally:
        gc.enable()


def write_files(texts: list[str], folder: Path) -> list[Path]:
    paths = []
    for index, text in enumerate(texts, 1):
        path = folder / f"extract-{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def import_all(
    url: str, paths: list[Path], profile: bool
) -> tuple[float, float, list[ImportReport]]:
    """Wall and CPU time of importing every file into a fresh migrated store, and the reports.

    The CPU time is this process's only: on a machine shared with other work it tells what
    the code costs, where the wall time also counts the waits for a core."""
    engine = db.make_engine(url)
    db.migrate(engine)
    commits: list[int] = []
    sa.event.listen(engine, "commit", lambda _c: commits.append(1))
    profiler = cProfile.Profile() if profile else None
    with db.session(engine) as session:
        importer = Importer(session)
        start, cpu_start = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        reports = importer.import_files(paths)
        if profiler:
            profiler.disable()
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    engine.dispose()
    print(f"import: {len(paths):,} files in {len(commits):,} commits")
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(35)
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())
    return elapsed, cpu, reports


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


def open_data_figures(rows: int, seed: int, folder: Path) -> list[str]:
    """Rows per second read and stored, for each SCDL schema, on a fresh SQLite store."""
    lines = []
    for label, text, parse in (
        ("délibérations", scdl_csv(rows, seed), parse_scdl),
        ("subventions", subsidies_csv(rows, seed), parse_subsidies),
    ):
        parsed_in = min(_timed(lambda text=text, parse=parse: parse(text)) for _ in range(3))
        path = folder / f"{label}.csv"
        path.write_text(text, encoding="utf-8")
        url = f"sqlite:///{folder / (label + '.db')}"
        engine = db.make_engine(url)
        db.migrate(engine)
        commits: list[int] = []
        sa.event.listen(engine, "commit", lambda _c, commits=commits: commits.append(1))
        with db.session(engine) as session:
            start = time.perf_counter()
            report = Importer(session).import_file(path)
            stored_in = time.perf_counter() - start
        engine.dispose()
        lines.append(
            f"SCDL {label:<14}{rows:>7,} rows  parse {rows / parsed_in:>9,.0f} rows/s  "
            f"import {rows / stored_in:>7,.0f} rows/s  ({len(commits)} commits, "
            f"{report.status}, {len(report.findings)} findings)"
        )
    return lines


def hostile_figures() -> list[str]:
    """Milliseconds to read each hostile input at 5, 10 and 20 kB, and the 20/5 ratio."""
    lines = []
    for label, build in HOSTILE.items():
        reader = parse_subsidies if label.startswith("subsidy") else parse_scdl
        times = []
        for size in HOSTILE_SIZES:
            text = build(size)
            times.append(min(_timed(lambda text=text, reader=reader: _read(reader, text))
                             for _ in range(3)) * 1000)  # fmt: skip
        figures = "  ".join(f"{t:7.2f}" for t in times)
        ratio = times[-1] / max(times[2], 1e-3)  # 80 kB against 20 kB
        lines.append(f"  {label:<22}{figures}   ×{ratio:4.1f}")
    return lines


def _read(reader: Callable[[str], object], text: str) -> None:
    # Refusing the file is an answer too; only its time matters here.
    with contextlib.suppress(DocumentError):
        reader(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2_000, help="extracts to generate")
    parser.add_argument("--rows", type=int, default=5_000, help="rows of each open-data file")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="profile the import (cProfile)")
    parser.add_argument(
        "--same-attendance", action="store_true", help="one attendance for a sitting's items"
    )
    args = parser.parse_args()

    started = time.perf_counter()
    texts = extract_texts(args.count, seed=args.seed, vary_attendance=not args.same_attendance)
    generated_in = time.perf_counter() - started
    parse_rate = best_rate(lambda: [parse_extract(t) for t in texts], len(texts))
    # This process's CPU time too: on a machine shared with other work, the wall time also
    # counts the waits for a core.
    parse_cpu_rate = best_rate(
        lambda: [parse_extract(t) for t in texts], len(texts), clock=time.process_time
    )
    scdl_text = SCDL_SAMPLE.read_text(encoding="utf-8")
    scdl_ms = min(_timed(lambda: parse_scdl(scdl_text)) for _ in range(5)) * 1000

    with tempfile.TemporaryDirectory(prefix="council-bench-") as tmp:
        folder = Path(tmp)
        (folder / "extracts").mkdir()
        paths = write_files(texts, folder / "extracts")
        url = f"sqlite:///{folder / 'bench.db'}"
        elapsed, cpu, reports = import_all(url, paths, args.profile)
        counts = stored_counts(url)
        open_data = open_data_figures(args.rows, args.seed, folder)
    import_rate = len(paths) / elapsed
    statuses = Counter(r.status for r in reports)
    errors = Counter(r.error for r in reports if r.status == "error")

    varying = "same attendance for a sitting" if args.same_attendance else "counts vary per item"
    print(f"{len(texts):,} generated extracts ({varying}, seed {args.seed}) "
          f"in {generated_in:.2f} s")  # fmt: skip
    print(f"{'step':<28}{'docs/s':>10}{'goal':>10}  verdict")
    print(f"{'parse (best of 3)':<28}{parse_rate:>10,.0f}{PARSE_GOAL:>10,}  "
          f"{_verdict(parse_rate, PARSE_GOAL)}")  # fmt: skip
    print(f"{'parse (CPU time, best of 3)':<28}{parse_cpu_rate:>10,.0f}{PARSE_GOAL:>10,}  "
          f"{_verdict(parse_cpu_rate, PARSE_GOAL)}")  # fmt: skip
    print(f"{'import (SQLite, wall)':<28}{import_rate:>10,.0f}{IMPORT_GOAL:>10,}  "
          f"{_verdict(import_rate, IMPORT_GOAL)}  ({elapsed:.2f} s)")  # fmt: skip
    cpu_rate = len(paths) / cpu
    print(f"{'import (SQLite, CPU time)':<28}{cpu_rate:>10,.0f}{IMPORT_GOAL:>10,}  "
          f"{_verdict(cpu_rate, IMPORT_GOAL)}  ({cpu:.2f} s; load average "
          f"{os.getloadavg()[0]:.1f})")  # fmt: skip
    print(f"parse the SCDL sample (best of 5): {scdl_ms:.1f} ms, goal < {SCDL_GOAL_MS} ms  "
          f"{'ok' if scdl_ms < SCDL_GOAL_MS else 'MISSED'}")  # fmt: skip
    print("files: " + ", ".join(f"{status} {n}" for status, n in sorted(statuses.items())))
    for error, n in errors.items():
        print(f"  error ×{n}: {error}")
    print("stored:")
    for label, n in counts.items():
        print(f"  {label:<26}{n:>8,}")
    print("\n".join(open_data))
    sizes = "  ".join(f"{size // 1000:>4} kB" for size in HOSTILE_SIZES)
    print(f"open-data readers on hostile input (ms, best of 3)  {sizes}  80/20")
    print("\n".join(hostile_figures()))


if __name__ == "__main__":
    main()
