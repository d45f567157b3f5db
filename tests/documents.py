"""The invented documents of tests/fixtures/documents, read as printed (line-broken) or as a
PDF's text layer often gives them (flattened into one line); the `shape` fixture in conftest.py
runs a test on both."""

from __future__ import annotations

from pathlib import Path

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from storage.parsing.text import decode_text

DOCUMENTS = Path(__file__).parent / "fixtures" / "documents"
SHAPES = ("line-broken", "flattened")


def text_of(name: str) -> str:
    return decode_text((DOCUMENTS / name).read_bytes(), name)


def flattened(text: str) -> str:
    return " ".join(text.split())


def read(name: str, shape: str) -> Extract:
    text = text_of(name)
    return parse_extract(flattened(text) if shape == "flattened" else text)
