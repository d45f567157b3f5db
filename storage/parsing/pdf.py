"""The text of a published document, whether a PDF or a plain-text export.

Offices publish PDFs; some tools export text in UTF-8, others in the Windows code page. What
cannot give text (an encrypted or damaged PDF, a scan without text layer, a binary file) raises
DocumentError with the reason, so the importer can report that file and go on with the others.
"""

from __future__ import annotations

import io
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from storage import cues
from storage.documents import DocumentError, Finding
from storage.parsing.grids import heads_acts_table, heads_placed_table, may_head_placed_table
from storage.parsing.office import OFFICE_SUFFIXES, office_text
from storage.parsing.page_columns import (
    Piece,
    column_text,
    gapped_lines,
    page_lines,
    text_columns,
)
from storage.parsing.text import decode_text, is_page_furniture

if TYPE_CHECKING:
    from pypdf import PdfReader

PDF_MAGIC = b"%PDF-"
_PROTECTED = "PDF protégé par un mot de passe : enregistrez-le sans protection, puis importez-le"

# pypdf logs every repaired cross-reference table as a warning: noise for damaged-but-readable
# files, which are common; the importer reports what matters.
logging.getLogger("pypdf").setLevel(logging.ERROR)


# A page draws its text with operators around it: its content is a few times its text. A page
# whose content alone is this many times the text cap is refused before its text is extracted.
CONTENT_PER_TEXT = 4


# Pages are read one by one whatever they hold: a 1 MB PDF of 5,000 near-empty pages took 30 s,
# and nothing capped a larger one (hours), its text never reaching the cap. A document of more
# pages than this per character of the cap (5,000 pages for 5 Mo) is refused before any is read.
CHARS_PER_PAGE = 1000


def _too_large(size: int, limit: int) -> DocumentError:
    return DocumentError(
        f"{size} bytes of text, more than {limit}", code="too_large", size=size, limit=limit
    )


def _keeping(pieces: list[Piece]) -> Callable[..., None]:
    """pypdf's visitor keeping each piece of text with its place on the page."""

    def visit(text: str, matrix: list[float], text_matrix: list[float], _font: object,
              size: float) -> None:  # fmt: skip
        if text.strip():
            a, b, c, d, e, f = matrix
            x, y = text_matrix[4], text_matrix[5]
            scale = abs(text_matrix[3] * d) or 1.0
            pieces.append(Piece(x * a + y * c + e, x * b + y * d + f, size * scale, text))

    return visit


def _page_texts(reader: PdfReader, max_chars: int | None) -> list[str]:
    """Each page's text, stopping as soon as the text passes the cap: a 50 kB PDF can hold a
    page of 50 MB of text, which took 48 s and 700 MB to extract before the cap refused it."""
    pages: list[str] = []
    size = 0
    if max_chars is not None and (count := len(reader.pages)) > max_chars // CHARS_PER_PAGE:
        limit = max_chars // CHARS_PER_PAGE
        raise DocumentError(
            f"{count} pages, more than {limit}", code="too_many_pages", pages=count, limit=limit
        )
    for page in reader.pages:
        if max_chars is not None:
            content = page.get_contents()
            drawn = len(content.get_data()) if content is not None else 0
            if drawn > CONTENT_PER_TEXT * max_chars:
                raise _too_large(size + drawn, max_chars)
        pieces: list[Piece] = []
        text = page.extract_text(visitor_text=_keeping(pieces)) or ""
        lines = page_lines(pieces)
        columns = column_text(lines, float(page.mediabox.width)) if text else None
        # attendance lists or a grid side by side: their columns are told by place only
        placed = bool(text) and (
            may_head_placed_table(text) or any(map(heads_placed_table, gapped_lines(lines)))
        )
        if columns is not None and (columns[1] or not placed):
            text = columns[0]  # text side by side: each column read whole, one after the other
        elif placed:
            # (a letterhead's two blocks above such a table: the table's places matter more)
            text = page.extract_text(extraction_mode="layout") or text
        elif text and any(map(heads_acts_table, gapped_lines(lines))):
            # a relevé's table of acts: each printed line across the page, its cells apart (the
            # drawing's order gives a row's cells one under the other, the rapporteur's name
            # and the vote run into the title)
            text = "\n".join(line.text() for line in lines)
        size += len(text)
        if max_chars is not None and size > max_chars:
            raise _too_large(size, max_chars)
        pages.append(text)
    return pages


@dataclass(slots=True)
class DocumentText:
    """A document's text, and what reading it showed that the secretariat should know: pages
    of a PDF without text (a scanned page among typed ones), a file whose name lies about its
    format."""

    text: str
    findings: list[Finding] = field(default_factory=list)


# A page with fewer letters than this, once its header and footer are set aside, said nothing.
_LEAST_LETTERS = 12
_FIGURES = cues.plain(r"\d+")


def _shapes(text: str) -> set[str]:
    """A page's lines with their figures as « # »: a header or footer has the same shape on
    every page (« Page 2/3 », « Page 3/3 »)."""
    return {_FIGURES.sub("#", line.strip()) for line in text.splitlines() if line.strip()}


def _says_nothing(text: str, elsewhere: set[str]) -> bool:
    """Whether a page holds no text but its header and footer (a scan inserted in a PDF whose
    tool stamped every page with the council's name and the page's number)."""
    kept = (
        line
        for line in text.splitlines()
        if _FIGURES.sub("#", line.strip()) not in elsewhere and not is_page_furniture(line)
    )
    return sum(char.isalpha() for line in kept for char in line) < _LEAST_LETTERS


def _blank_pages(pages: list[str]) -> list[Finding]:
    """A scanned page among typed ones gives no text: what it said (an item, the signatures,
    a list of names) is missing, and the import must say which page, not read on silently."""
    shapes = [_shapes(text) for text in pages]
    seen = Counter(shape for page in shapes for shape in page)
    blank = [
        number
        for number, (text, own) in enumerate(zip(pages, shapes, strict=True), 1)
        if _says_nothing(text, {shape for shape in own if seen[shape] > 1})
    ]
    if not blank:
        return []
    return [Finding("pages_without_text", {"pages": blank[:10], "count": len(blank),
                                           "total": len(pages)})]  # fmt: skip


# A PDF ends with « %%EOF » (a few bytes of padding may follow): a file without it in its last
# bytes was cut short, a download interrupted or a copy stopped.
_PDF_END = b"%%EOF"
_END_BYTES = 1024


def _pdf_text(data: bytes, max_chars: int | None = None) -> DocumentText:
    # pypdf is loaded by the first PDF read, not by every import: the bundled documents a
    # first start reads are text, and loading it was a sixth of that start's import.
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError, PyPdfError

    cut = _PDF_END not in data[-_END_BYTES:]
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Some PDFs are "encrypted" with an empty user password only to forbid editing.
            try:
                if not reader.decrypt(""):
                    raise DocumentError(_PROTECTED, code="encrypted_pdf")
            # AES needs the optional 'cryptography' package: without it, say so, do not crash.
            except (NotImplementedError, DependencyError, PyPdfError) as error:
                raise DocumentError(f"{_PROTECTED} ({error})", code="encrypted_pdf") from error
        pages = _page_texts(reader, max_chars)
    except DocumentError:
        raise
    except (
        PdfReadError,
        PyPdfError,
        DependencyError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,
        OSError,
    ) as error:
        if cut:
            raise DocumentError(
                f"PDF incomplet ({len(data)} octets, sans fin de fichier) : téléchargez-le de"
                " nouveau",
                code="truncated_pdf",
                size=len(data),
            ) from error
        raise DocumentError(
            f"PDF endommagé ({error}) : exportez-le à nouveau depuis le logiciel d'origine",
            code="unreadable_pdf",
        ) from error
    text = "\n".join(pages)
    findings = _blank_pages(pages)
    # (every page a scan, only the stamps a tool added on each of them in text)
    if not text.strip() or (findings and findings[0].params["count"] == len(pages)):
        raise DocumentError(
            "PDF sans texte (document scanné ?) : la reconnaissance de caractères n'est pas"
            " faite ; importez la version texte du document",
            code="scanned_pdf",
        )
    if cut:  # read all the same: the pages kept may be all there is, or only the first ones
        findings.append(Finding("pdf_truncated", {"pages": len(pages), "size": len(data)}))
    return DocumentText(text, findings)


_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _plain_text(path: Path, data: bytes) -> str:
    """A text file's text; one exported from a PDF with its layout kept, two columns side by
    side, read one column after the other (`text_columns`)."""
    text = decode_text(data, path.name)
    return text_columns(text) or text


# What a file named .pdf may really be, by its first bytes: a page saved from a site (or the
# site's error page served instead of the PDF), a document in Rich Text Format.
_WEB_PAGE = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title")
_SNIFFED = 512


def _really(data: bytes) -> str | None:
    """The suffix of what a file named .pdf really holds, when its first bytes tell."""
    start = data[:_SNIFFED].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(_WEB_PAGE):
        return ".html"
    if start.startswith(b"{\\rtf"):
        return ".rtf"
    return None


def read_document(path: Path, max_chars: int | None = None, data: bytes | None = None
                  ) -> DocumentText:  # fmt: skip
    """The document's text: a PDF's extracted pages, a word processor's document or a web page
    (storage.parsing.office), or a text file in any usual encoding; with what reading it
    showed (pages without text, a file that is not what its name says). A PDF whose text
    passes `max_chars` is refused as soon as it does (code « too_large »). `data`: the file's
    bytes, when the caller read them already (the importer hashes them)."""
    try:
        data = path.read_bytes() if data is None else data
    except OSError as error:
        raise DocumentError(
            f"le fichier ne peut pas être lu ({error.strerror})",
            code="unreadable_file",
            reason=error.strerror,
        ) from error
    if data.lstrip()[:5] == PDF_MAGIC or path.suffix.lower() == ".pdf":
        if PDF_MAGIC in data[:1024]:
            return _pdf_text(data, max_chars)
        if (suffix := _really(data)) is None:
            raise DocumentError("ce n'est pas un PDF malgré son nom", code="not_a_pdf")
        # (read as what it is; the summary says so, the PDF may still be to fetch)
        text = office_text(path.with_suffix(suffix), data, max_chars)
        named = Finding("not_what_named", {"named": "PDF", "really": suffix.lstrip(".")})
        return DocumentText(text_columns(text) or text, [named])
    if path.suffix.lower() in OFFICE_SUFFIXES:
        # (a web page's preformatted text may set two columns side by side with spaces)
        text = office_text(path, data, max_chars)
        return DocumentText(text_columns(text) or text)
    if data[:8] == _OLE2_MAGIC:
        # Word 97-2003 (.doc), Excel (.xls): a binary compound file no reader here opens
        raise DocumentError("ancien format Microsoft Office", code="old_office_format")
    text = _plain_text(path, data)
    if not text.strip():
        raise DocumentError("document vide", code="empty_document")
    return DocumentText(text)


def read_document_text(path: Path, max_chars: int | None = None, data: bytes | None = None) -> str:
    """The document's text alone (`read_document`)."""
    return read_document(path, max_chars, data).text
