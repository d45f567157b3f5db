"""Which PDF library gives the reader the better text: pypdf (kept) or pdfminer.six.

For each real PDF of the dev set (../shared/realdocs, read where it is) and each library, the
script prints pages, seconds, pages per second, and how many of the hand-read values of
expected.json the reader finds in that library's text (the text order is what decides it:
a list cut by a column or a footer loses names). pdfminer.six is optional: install it to
compare (`pip install pdfminer.six`). Run: `python -m bench.pdf_text`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from storage.names import fold
from storage.parsing.extract import parse_extract

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs"


def pypdf_text(path: Path) -> tuple[str, int]:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages), len(reader.pages)


def pdfminer_text(path: Path) -> tuple[str, int]:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfpage import PDFPage

    with path.open("rb") as handle:
        pages = sum(1 for _ in PDFPage.get_pages(handle))
    return extract_text(str(path)), pages


def score(text: str, want: dict[str, object]) -> tuple[int, int]:
    """Hand-read values the reader finds in this text, out of how many."""
    extract = parse_extract(text)
    got = {
        "sitting_date": str(extract.sitting_date),
        "convened_on": str(extract.convened_on) if extract.convened_on else None,
        "president": fold(extract.president.last_name) if extract.president else None,
        "secretary": fold(extract.secretary.last_name) if extract.secretary else None,
    }
    hits = total = 0
    for key, value in got.items():
        total += 1
        expected = want[key]
        hits += value == (fold(str(expected)) if key in ("president", "secretary") else expected)
    for key, people in (
        ("present", extract.present),
        ("absent", extract.absent_excused + extract.absent),
    ):
        names = {fold(p.last_name) for p in people}
        listed = want[key]
        assert isinstance(listed, list)
        total += len(listed)
        hits += sum(fold(n) in names for n in listed)
    proxies = {(fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies}
    wanted = want["proxies"]
    assert isinstance(wanted, list)
    total += len(wanted)
    hits += sum((fold(p["giver"]), fold(p["holder"])) in proxies for p in wanted)
    return hits, total


def main() -> None:
    expected_path = REALDOCS / "expected.json"
    if not expected_path.exists():
        print(f"no dev set at {REALDOCS}: nothing to measure")
        return
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    libraries: dict[str, Callable[[Path], tuple[str, int]]] = {
        "pypdf": pypdf_text,
        "pdfminer.six": pdfminer_text,
    }
    print(f"{'file':<40}{'library':<14}{'pages':>6}{'seconds':>9}{'pages/s':>9}{'values':>10}")
    for name, want in expected.items():
        for library, read in libraries.items():
            try:
                started = time.perf_counter()
                text, pages = read(REALDOCS / name)
                seconds = time.perf_counter() - started
            except ImportError:
                print(f"{name[:39]:<40}{library:<14}  not installed")
                continue
            hits, total = score(text, want)
            print(
                f"{name[:39]:<40}{library:<14}{pages:>6}{seconds:>9.3f}"
                f"{pages / seconds:>9.1f}{hits:>6}/{total}"
            )


if __name__ == "__main__":
    main()
