"""Whether a change to the document reader changed what it reads: every output, field by field.

    python -m bench.parse_identity collect DIR [PYTEST ARGS...]  # the tests' documents, once
    python -m bench.parse_identity save FILE [--corpus DIR]       # outputs before a change
    python -m bench.parse_identity compare FILE [--corpus DIR]    # after it: what differs

`collect` runs the tests given (by default every test of documents, extracts and imports) in
this process and keeps each text they give the reader in DIR, one file per text (documents
written inside tests are most of the shapes). `save` reads every document it knows — the
fixtures (line-broken and flattened, as the tests read them), the bundled samples,
../shared/samples and ../shared/realdocs when present, the texts of DIR, and generated
extracts (bench.generate, counts varying per item and not) — and writes, for each, the whole
Extract as JSON (every field, the evidence, the findings with their parameters, after
storage.checks) and the French warnings `parse --json` prints. `compare` reads them again and
prints each document whose output differs, with the difference: a speed-up must print none;
a fix prints the documents it fixes, each to be explained.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DOCUMENT_TESTS = [
    "tests/test_extract_parser.py",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_document*.py")),
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_import*.py")),
    "tests/test_realdocs.py",
    "tests/test_presence_at_an_item.py",
    "tests/test_items_in_words.py",
    "tests/test_parsing_scans.py",
    "tests/test_attacks_documents.py",
]
GENERATED = ((2000, 7, True), (400, 7, False), (400, 3, True))  # count, seed, counts vary


def collect(folder: Path, pytest_args: list[str]) -> int:
    """Run tests in this process, keeping every text they give the reader."""
    import storage.parsing.extract as extract  # before any module takes the function by name

    folder.mkdir(parents=True, exist_ok=True)
    reader = extract.parse_extract

    def keeping(raw: Any) -> Any:
        if isinstance(raw, str) and raw.strip():
            data = raw.encode("utf-8", "surrogatepass")
            path = folder / f"{hashlib.sha1(data).hexdigest()}.txt"
            if not path.exists():
                path.write_bytes(data)
        return reader(raw)

    extract.parse_extract = keeping  # type: ignore[assignment]
    import pytest

    status = pytest.main(["-q", "-p", "no:randomly", "-n", "0", *pytest_args])
    print(f"{len(list(folder.glob('*.txt'))):,} texts in {folder}")
    return int(status)


def _documents(corpus: Path | None) -> Iterator[tuple[str, str | Path]]:
    """(key, text or file) of every document read."""
    from bench.generate import extract_texts

    shared = ROOT.parent / "shared"
    folders = {
        "fixtures": ROOT / "tests" / "fixtures",
        "bundled": ROOT / "storage" / "samples",
        "shared samples": shared / "samples",
        "realdocs": shared / "realdocs",
    }
    for label, folder in folders.items():
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.suffix.lower() in (".txt", ".pdf", ".csv", ".html"):
                yield f"{label}:{path.relative_to(folder)}", path
    for path in sorted((ROOT / "tests" / "fixtures" / "documents").glob("*.txt")):
        from storage.parsing.text import decode_text

        text = decode_text(path.read_bytes(), path.name)
        yield f"flattened:{path.name}", " ".join(text.split())
    if corpus is not None:
        for path in sorted(corpus.glob("*.txt")):
            yield f"corpus:{path.name}", path.read_bytes().decode("utf-8", "surrogatepass")
    for count, seed, vary in GENERATED:
        for n, text in enumerate(extract_texts(count, seed=seed, vary_attendance=vary)):
            yield f"generated:{count}:{seed}:{vary}:{n}", text


def _output(document: str | Path) -> Any:
    from bot.render import finding_text
    from storage.checks import check_extract
    from storage.documents import DocumentError, Extract, to_jsonable
    from storage.importer import parse_document
    from storage.parsing.extract import parse_extract

    try:
        parsed = (
            parse_document(document) if isinstance(document, Path) else parse_extract(document)
        )
    except DocumentError as error:
        return {"error": error.code, "params": to_jsonable(getattr(error, "params", {}))}
    if not isinstance(parsed, Extract):
        return {"open data": to_jsonable(parsed)}
    parsed.findings.extend(check_extract(parsed))
    data = to_jsonable(parsed)
    data["warnings"] = [finding_text(f) for f in parsed.findings]
    return data


def outputs(corpus: Path | None) -> dict[str, str]:
    return {
        key: json.dumps(_output(document), ensure_ascii=False, sort_keys=True, default=str)
        for key, document in _documents(corpus)
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("collect", "save", "compare"))
    parser.add_argument("file", type=Path, help="the folder (collect) or the outputs' file")
    parser.add_argument("--corpus", type=Path, help="a folder of texts (made by collect)")
    parser.add_argument("--show", type=int, default=5, help="differences printed in full")
    args, rest = parser.parse_known_args()
    if args.mode == "collect":
        # (options alone, « -p no:cacheprovider », go with the tests of documents: without a
        # test named, pytest would run the whole suite)
        named = [arg for arg in rest if arg.endswith(".py") or "::" in arg or Path(arg).exists()]
        return collect(args.file, rest if named else [*DOCUMENT_TESTS, *rest])
    started = time.perf_counter()
    found = outputs(args.corpus)
    if args.mode == "save":
        args.file.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        print(f"{len(found):,} outputs saved in {time.perf_counter() - started:.0f} s")
        return 0
    saved = json.loads(args.file.read_text(encoding="utf-8"))
    differ = [key for key in saved if key in found and found[key] != saved[key]]
    print(
        f"{len(found):,} outputs, {len(differ):,} differ, "
        f"{len(set(found) - set(saved)):,} new, {len(set(saved) - set(found)):,} gone "
        f"({time.perf_counter() - started:.0f} s)"
    )
    for key in differ[: args.show]:
        before = json.dumps(json.loads(saved[key]), ensure_ascii=False, indent=1).splitlines()
        after = json.dumps(json.loads(found[key]), ensure_ascii=False, indent=1).splitlines()
        print(f"== {key}")
        print("\n".join(list(difflib.unified_diff(before, after, lineterm="", n=2))[:60]))
    for key in differ[args.show :]:
        print(f"== {key}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
