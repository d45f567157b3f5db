"""Where the reading of a document spends its time, reader by reader, without a profiler.

    python bench/parse_stages.py [--count N] [--seed S] [--cpu] [--module storage.parsing.ocr ...]

Reads N generated extracts (bench.generate, counts varying per item) and times each function
the document reader (storage.parsing.extract) calls by name: what each costs per document, and
its share of the reading. With --module, the functions of those modules are timed instead,
each call through its module's name (a function calling another of its module counts it in
its own time too). cProfile's cost per call makes a reader of many small calls look slower
than one of a few searches over the whole text; here each timed call costs one clock read.
The collector is off while reading, as in bench/import_bench.py. With --cpu, each time is the
thread's CPU time: on a machine shared with other work, a wall time also counts the waits
for a core, which land on whichever function was running (a load of 10 on 2 cores made
a 3 kB text's lower case cost 60 µs).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
import time
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as `python bench/x.py`

from bench.generate import extract_texts
from storage.parsing import extract

_CLOCK = [time.perf_counter]  # (time.thread_time with --cpu)


def _timed(spent: Counter[str], label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    clock = _CLOCK[0]

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += clock() - start

    return timed


def time_functions(module: types.ModuleType, spent: Counter[str], own: bool) -> None:
    """Each function `module` holds by name timed into `spent`: its own (`own`), or those
    it imported from the other modules of the reader."""
    for name, value in list(vars(module).items()):
        if not isinstance(value, types.FunctionType) or name.startswith("__"):
            continue
        if (value.__module__ == module.__name__) == own:
            short = module.__name__.rsplit(".", 1)[-1]
            setattr(module, name, _timed(spent, f"{short}.{name}", value))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300, help="extracts to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--module", action="append", default=[], help="time this module's own")
    parser.add_argument("--top", type=int, default=30, help="lines printed")
    parser.add_argument("--cpu", action="store_true", help="the thread's CPU time, not wall")
    args = parser.parse_args()
    if args.cpu:
        _CLOCK[0] = time.thread_time

    texts = extract_texts(args.count, seed=args.seed, vary_attendance=True)
    spent: Counter[str] = Counter()
    if args.module:
        for name in args.module:
            time_functions(importlib.import_module(name), spent, own=True)
    else:
        time_functions(extract, spent, own=False)
    for text in texts[:20]:  # the patterns' caches and the names' filled, as in a long import
        extract.parse_extract(text)
    spent.clear()
    gc.disable()
    try:
        start = _CLOCK[0]()
        for text in texts:
            extract.parse_extract(text)
        total = _CLOCK[0]() - start
    finally:
        gc.enable()
    print(f"{len(texts):,} extracts read, {total / len(texts) * 1e6:,.0f} µs each")
    for label, seconds in spent.most_common(args.top):
        each = seconds / len(texts) * 1e6
        print(f"{each:>9,.1f} µs {seconds / total:>6.1%}  {label}")


if __name__ == "__main__":
    main()
