"""The invented documents of tests/fixtures/documents, read as printed (line-broken) or as a
PDF's text layer often gives them (flattened into one line); the `shape` fixture in conftest.py
runs a test on both."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from storage.checks import check_extract
from storage.documents import Extract, Person, ProxyLine
from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from storage.parsing.text import decode_text
from tests.layout_documents import LATIN1

DOCUMENTS = Path(__file__).parent / "fixtures" / "documents"
SHAPES = ("line-broken", "flattened")


def text_of(name: str) -> str:
    return decode_text((DOCUMENTS / name).read_bytes(), name)


def flattened(text: str) -> str:
    return " ".join(text.split())


def printed(text: str, shape: str) -> str:
    """The text as the `shape` says: as written (line-broken) or flattened."""
    return flattened(text) if shape == "flattened" else text


def pdf_text(text: str, path: Path) -> str:
    """The text layer of a PDF printing `text` one line a line (Helvetica 9), written at
    `path`: what the importer reads of it."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for line in text.translate(LATIN1).splitlines():
        pdf.cell(0, 5, line)
        pdf.ln(5)
    pdf.output(str(path))
    return read_document_text(path)


def read(name: str, shape: str) -> Extract:
    text = text_of(name)
    return parse_extract(flattened(text) if shape == "flattened" else text)


def surnames(people: list[Person]) -> list[str]:
    """The surnames read, folded and sorted: what a list says whatever its order."""
    return sorted(fold(p.last_name) for p in people)


def full(person: Person | str | None) -> str | None:
    """« SURNAME|given », folded: both halves of a name, to tell which is which."""
    if not isinstance(person, Person):
        return None
    return f"{fold(person.last_name)}|{fold(person.first_name or '')}"


def handed(proxies: list[ProxyLine]) -> list[tuple[str, str]]:
    """Each proxy as (giver, holder) surnames, folded and sorted."""
    return sorted((fold(p.giver.last_name), fold(p.holder.last_name)) for p in proxies)


def checked_codes(extract: Extract) -> list[str]:
    """What reading found, and what the checks find (counts against lists)."""
    return sorted(f.code for f in [*extract.findings, *check_extract(extract)])


def minutes_pdf(footer: str) -> FPDF:
    """A PDF whose every page prints `footer` at its foot (« Page {0} »: the page's number),
    as councils' minutes do; Helvetica 10 for the body. Made in the test with fpdf2."""

    class Minutes(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, footer.format(self.page_no()), align="C")

    pdf = Minutes()
    pdf.set_font("Helvetica", size=10)
    return pdf
