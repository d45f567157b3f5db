"""The readers' ways past plain lines (storage.parsing.text._PLAIN_LINES for the cleaning,
storage.parsing.items._NO_HEADING for the item headings) read every document as the full
walk of each line does: a rewrite added to a walk must be added to the question that lets a
line past it, and the documents that show the new shape then fail here."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.documents import DocumentError, to_jsonable
from storage.parsing import items, text
from storage.parsing.common import PerLine
from storage.parsing.extract import parse_extract
from storage.parsing.text import decode_text

_FIXTURES = Path(__file__).parent / "fixtures"
_DOCUMENTS = sorted(
    path for folder in ("documents", "extracts") for path in (_FIXTURES / folder).glob("*.txt")
)


def _reading(raw: str) -> object:
    try:
        return to_jsonable(parse_extract(raw))
    except DocumentError as error:
        return error.code


def _never(_line: str) -> bool:
    return False


@pytest.mark.parametrize("path", _DOCUMENTS, ids=lambda path: path.name)
def test_a_document_reads_alike_with_every_line_walked_in_full(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = decode_text(path.read_bytes(), path.name)
    with_fast_paths = _reading(raw)
    monkeypatch.setattr(text, "_PLAIN_LINES", PerLine(_never))
    monkeypatch.setattr(items, "_NO_HEADING", PerLine(_never))
    assert _reading(raw) == with_fast_paths
