"""The text of a published document, whether a PDF or a plain-text export.

Offices publish PDFs; some tools export text in UTF-8, others in the Windows code page. What
cannot give text (an encrypted or damaged PDF, a scan without text layer, a binary file) raises
DocumentError with the reason, so the importer can report that file and go on with the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from storage.documents import DocumentError
from storage.parsing.grids import heads_acts_table, heads_placed_table, may_head_placed_table
from storage.parsing.office import OFFICE_SUFFIXES, office_text
from storage.parsing.page_columns import (
    Piece,
    column_text,
    gapped_lines,
    page_lines,
    text_columns,
)
from storage.parsing.text import decode_text

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


def _pdf_text(path: Path, max_chars: int | None = None) -> str:
    # pypdf is loaded by the first PDF read, not by every import: the bundled documents a
    # first start reads are text, and loading it was a sixth of that start's import.
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError, PyPdfError

    try:
        reader = PdfReader(path)
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
        raise DocumentError(
            f"PDF endommagé ({error}) : exportez-le à nouveau depuis le logiciel d'origine",
            code="unreadable_pdf",
        ) from error
    text = "\n".join(pages)
    if not text.strip():
        raise DocumentError(
            "PDF sans texte (document scanné ?) : la reconnaissance de caractères n'est pas"
            " faite ; importez la version texte du document",
            code="scanned_pdf",
        )
    return text


_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _plain_text(path: Path, data: bytes) -> str:
    """A text file's text; one exported from a PDF with its layout kept, two columns side by
    side, read one column after the other (`text_columns`)."""
    text = decode_text(data, path.name)
    return text_columns(text) or text


def read_document_text(path: Path, max_chars: int | None = None, data: bytes | None = None) -> str:
    """The document's text: a PDF's extracted pages, a word processor's document or a web page
    (storage.parsing.office), or a text file in any usual encoding. A PDF whose text passes
    `max_chars` is refused as soon as it does (code « too_large »). `data`: the file's bytes,
    when the caller read them already (the importer hashes them)."""
    try:
        data = path.read_bytes() if data is None else data
    except OSError as error:
        raise DocumentError(
            f"le fichier ne peut pas être lu ({error.strerror})",
            code="unreadable_file",
            reason=error.strerror,
        ) from error
    if data.lstrip()[:5] == PDF_MAGIC or path.suffix.lower() == ".pdf":
        if PDF_MAGIC not in data[:1024]:
            raise DocumentError("ce n'est pas un PDF malgré son nom", code="not_a_pdf")
        return _pdf_text(path, max_chars)
    if path.suffix.lower() in OFFICE_SUFFIXES:
        # (a web page's preformatted text may set two columns side by side with spaces)
        text = office_text(path, data, max_chars)
        return text_columns(text) or text
    if data[:8] == _OLE2_MAGIC:
        # Word 97-2003 (.doc), Excel (.xls): a binary compound file no reader here opens
        raise DocumentError("ancien format Microsoft Office", code="old_office_format")
    text = _plain_text(path, data)
    if not text.strip():
        raise DocumentError("document vide", code="empty_document")
    return text
