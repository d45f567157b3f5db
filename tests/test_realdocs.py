"""The dev set of real documents (../shared/realdocs) read to the values read by hand.

The files stay where they are (they are not the project's); without them these tests skip and
say why. Field by field, so a failure names what was misread.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from storage.documents import Extract, Person
from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text

REALDOCS = Path(__file__).resolve().parents[1].parent / "shared" / "realdocs"
EXPECTED = REALDOCS / "expected.json"
pytestmark = pytest.mark.skipif(
    not EXPECTED.exists(), reason=f"the dev set is not here ({REALDOCS})"
)
FILES = sorted(json.loads(EXPECTED.read_text(encoding="utf-8"))) if EXPECTED.exists() else []
_read: dict[str, Extract] = {}


def expected(name: str) -> dict[str, object]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))[name]  # type: ignore[no-any-return]


def read(name: str) -> Extract:
    if name not in _read:
        _read[name] = parse_extract(read_document_text(REALDOCS / name))
    return _read[name]


def surnames(people: list[Person]) -> list[str]:
    return sorted(fold(p.last_name) for p in people)


def folded(values: object) -> list[str]:
    assert isinstance(values, list)
    return sorted(fold(v) for v in values)


@pytest.mark.parametrize("name", FILES)
def test_sitting_and_convocation_dates(name: str) -> None:
    want = expected(name)
    extract = read(name)
    assert extract.sitting_date == date.fromisoformat(str(want["sitting_date"]))
    convened = want["convened_on"]
    assert extract.convened_on == (date.fromisoformat(str(convened)) if convened else None)
    assert "sitting_date" in extract.evidence


@pytest.mark.parametrize("name", FILES)
def test_body_and_council(name: str) -> None:
    want = expected(name)
    extract = read(name)
    assert extract.body is not None
    assert fold(str(want["body"])) in fold(extract.body)
    assert extract.council is not None
    # « Commune de Pierrefonds (60) »: the department's number is the reader's note.
    printed = fold(str(want["council"]).split(" (")[0]).replace("cc ", "communaute de communes ")
    assert fold(extract.council.name) == printed


@pytest.mark.parametrize("name", FILES)
def test_president_and_secretary(name: str) -> None:
    want = expected(name)
    extract = read(name)
    assert extract.president is not None
    assert extract.secretary is not None
    assert fold(extract.president.last_name) == fold(str(want["president"]))
    assert fold(extract.secretary.last_name) == fold(str(want["secretary"]))


@pytest.mark.parametrize("name", FILES)
def test_present_list(name: str) -> None:
    assert surnames(read(name).present) == folded(expected(name)["present"])


@pytest.mark.parametrize("name", FILES)
def test_proxies(name: str) -> None:
    want = expected(name)["proxies"]
    assert isinstance(want, list)
    got = sorted((fold(p.giver.last_name), fold(p.holder.last_name)) for p in read(name).proxies)
    assert got == sorted((fold(p["giver"]), fold(p["holder"])) for p in want)


@pytest.mark.parametrize("name", FILES)
def test_absent_lists(name: str) -> None:
    extract = read(name)
    assert surnames(extract.absent_excused + extract.absent) == folded(expected(name)["absent"])
    assert extract.represented == []


@pytest.mark.parametrize("name", FILES)
def test_printed_counts_only(name: str) -> None:
    want = expected(name)["counts"]
    assert isinstance(want, dict)
    counts = read(name).counts
    for field in ("in_office", "present", "proxies", "votes", "quorum_printed"):
        assert getattr(counts, field) == want.get(field), field


@pytest.mark.parametrize("name", FILES)
def test_several_items_each_with_a_number_and_an_outcome(name: str) -> None:
    want = expected(name)
    extract = read(name)
    assert (len(extract.items) == 1) is bool(want["single"])
    for item in extract.items:
        assert item.deliberation.number, item
        assert item.deliberation.title, item
        assert item.deliberation.outcome in ("adopted", "rejected", "noted"), item


@pytest.mark.parametrize("name", FILES)
def test_the_same_document_flattened_reads_the_same(name: str) -> None:
    # All line breaks lost, as a web copy gives it: the cues still find every block.
    text = " ".join(read_document_text(REALDOCS / name).split())
    extract = parse_extract(text)
    want = expected(name)
    assert extract.sitting_date == date.fromisoformat(str(want["sitting_date"]))
    assert surnames(extract.present) == folded(want["present"])
    assert surnames(extract.absent_excused + extract.absent) == folded(want["absent"])
    proxies = want["proxies"]
    assert isinstance(proxies, list)
    got = sorted((fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies)
    assert got == sorted((fold(p["giver"]), fold(p["holder"])) for p in proxies)
    assert [i.deliberation.number for i in extract.items] == [
        i.deliberation.number for i in read(name).items
    ]
