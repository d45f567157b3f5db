"""How many fields of invented documents the reader gets right, against values decided by hand.

    python -m bench.document_fields [EXPECTED.json ...] [--show]

Each expectations file (by default tests/fixtures/documents-expected-*.json) maps a document of
tests/fixtures/documents to what it says: `refused` (no council's document), or the sitting's
date, council, body, president, secretary, counts (in office, present, votes), the surnames
present, absent (excused, absent or represented) and proxies (« giver>holder »), the givers
printed without a holder (`represented`), each item (number or place, title, outcome, and the
votes for, against and abstaining when printed), and who is away for an item (`away`). Every
document is read as printed and flattened; the figures are fields right over fields expected,
documents fully right, and documents wrongly refused or wrongly accepted. `--show` prints each
field read wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.documents import DocumentError, Extract  # noqa: E402
from storage.importer import parse_text  # noqa: E402
from storage.names import fold  # noqa: E402
from storage.parsing.text import decode_text  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def _words(value: str | None) -> str | None:
    return " ".join(fold(value).split()) if value is not None else None


def _names(people: Any) -> list[str]:
    return sorted(fold(p.last_name) for p in people)


def fields(extract: Extract, expected: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Each expected field: (expected, read)."""
    found: dict[str, tuple[Any, Any]] = {}
    if "date" in expected:
        read = extract.sitting_date.isoformat() if extract.sitting_date else None
        found["date"] = (expected["date"], read)
    if "council" in expected:
        found["council"] = (
            _words(expected["council"]),
            _words(extract.council.name) if extract.council else None,
        )
    if "body" in expected:
        found["body"] = (_words(expected["body"]), _words(extract.body))
    for role in ("president", "secretary"):
        if role in expected:
            person = getattr(extract, role)
            found[role] = (expected[role], fold(person.last_name) if person else None)
    if "counts" in expected:
        counts = extract.counts
        for name, value in zip(("in_office", "present", "votes"), expected["counts"], strict=True):
            found[f"counts.{name}"] = (value, getattr(counts, name))
    spaced = lambda text: sorted(fold(text).split())  # noqa: E731
    if "present" in expected:
        found["present"] = (
            sorted(spaced(expected["present"])),
            sorted(w for p in extract.present for w in fold(p.last_name).split()),
        )
    if "absent" in expected:
        # (a proxy's giver is absent, whichever list the document names them in)
        givers = [p.giver for p in extract.proxies]
        away = [*extract.absent_excused, *extract.absent, *extract.represented, *givers]
        found["absent"] = (
            sorted(spaced(expected["absent"])),
            sorted({w for p in away for w in fold(p.last_name).split()}),
        )
    if "proxies" in expected:
        found["proxies"] = (
            sorted(pair.replace(" ", "") for pair in _pairs(expected["proxies"])),
            sorted(
                f"{fold(p.giver.last_name)}>{fold(p.holder.last_name)}".replace(" ", "")
                for p in extract.proxies
            ),
        )
    if "represented" in expected:
        found["represented"] = (
            sorted(spaced(expected["represented"])),
            sorted(w for p in extract.represented for w in fold(p.last_name).split()),
        )
    if "items" in expected:
        items = extract.items
        found["items.count"] = (len(expected["items"]), len(items))
        for n, (want, item) in enumerate(zip(expected["items"], items, strict=False)):
            record = item.deliberation
            number = record.number or item.ordinal
            found[f"item{n + 1}.number"] = (want[0], number)
            found[f"item{n + 1}.title"] = (_words(want[1]), _words(record.title))
            found[f"item{n + 1}.outcome"] = (want[2], record.outcome)
            if len(want) > 3:
                read = (record.votes_for, record.votes_against, record.abstentions)
                for label, value, got in zip(
                    ("for", "against", "abstentions"), want[3:], read, strict=False
                ):
                    if value is not None:
                        found[f"item{n + 1}.{label}"] = (value, got or 0)
    for number, who in expected.get("away", {}).items():
        item = next(
            (i for i in extract.items if number in (i.deliberation.number, i.ordinal)), None
        )
        found[f"away.{number}"] = (
            sorted(who.split()),
            _names(item.away) if item is not None else None,
        )
    return found


def _pairs(value: str) -> list[str]:
    """« ramos>loubet saint martin>mirassou »: pairs whose names may hold spaces."""
    pairs: list[str] = []
    words = value.split(" ")
    current: list[str] = []
    for word in words:
        current.append(word)
        if ">" in word and not word.endswith(">"):
            # the holder's name may go on (« saint martin>mirassou » ends at the next « > »)
            pairs.append(" ".join(current))
            current = []
    return pairs


def score(expectations: dict[str, dict[str, Any]], show: bool) -> dict[str, int]:
    totals = {"fields": 0, "right": 0, "documents": 0, "whole": 0, "refused": 0, "accepted": 0}
    for name, expected in expectations.items():
        text = decode_text((FIXTURES / "documents" / name).read_bytes(), name)
        for shape, raw in (("line-broken", text), ("flattened", " ".join(text.split()))):
            totals["documents"] += 1
            try:
                extract = parse_text(raw, Path(name))
            except DocumentError as error:
                refused = True
                reason = error.code
            else:
                refused = False
                reason = None
                if not isinstance(extract, Extract):
                    refused, reason = True, "open data"
            if expected.get("refused"):
                totals["fields"] += 1
                ok = refused
                totals["right"] += ok
                totals["whole"] += ok
                totals["accepted"] += not ok
                if show and not ok:
                    print(f"{name} [{shape}]: accepted, should be refused")
                continue
            if refused:
                found = fields(Extract(), expected)
                totals["fields"] += len(found)
                totals["refused"] += 1
                if show:
                    print(f"{name} [{shape}]: refused ({reason})")
                continue
            found = fields(extract, expected)
            wrong = {k: v for k, v in found.items() if v[0] != v[1]}
            totals["fields"] += len(found)
            totals["right"] += len(found) - len(wrong)
            totals["whole"] += not wrong
            if show:
                for key, (want, got) in wrong.items():
                    print(f"{name} [{shape}] {key}: expected {want!r}, read {got!r}")
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("expected", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    files = args.expected or sorted(FIXTURES.glob("documents-expected-*.json"))
    expectations: dict[str, dict[str, Any]] = {}
    for path in files:
        expectations.update(json.loads(path.read_text("utf-8")))
    totals = score(expectations, args.show)
    print(
        f"{totals['right']}/{totals['fields']} fields right "
        f"({100 * totals['right'] / max(1, totals['fields']):.1f} %), "
        f"{totals['whole']}/{totals['documents']} documents fully right "
        f"({len(expectations)} documents, line-broken and flattened), "
        f"{totals['refused']} wrongly refused, {totals['accepted']} wrongly accepted"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
