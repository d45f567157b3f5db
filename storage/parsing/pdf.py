"""The text of a published document, whether a PDF or a plain-text export.

Offices publish PDFs; some tools export text in UTF-8, others in the Windows code page. What
cannot give text (an encrypted or damaged PDF, a scan without text layer, a binary file) raises
DocumentError with the reason, so the importer can report that file and go on with the others.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, PdfReadError, PyPdfError

from storage.documents import DocumentError

PDF_MAGIC = b"%PDF-"
# Control characters that never occur in a text export: their presence means a binary file.
_BINARY_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13}
_BINARY_DELETE = bytes(sorted(_BINARY_BYTES))

# pypdf logs every repaired cross-reference table as a warning: noise for damaged-but-readable
# files, which are common; the importer reports what matters.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _pdf_text(path: Path) -> str:
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            # Some PDFs are "encrypted" with an empty user password only to forbid editing.
            try:
                if not reader.decrypt(""):
                    raise DocumentError(f"{path.name}: encrypted PDF, password required")
            # AES needs the optional 'cryptography' package: without it, say so, do not crash.
            except (NotImplementedError, DependencyError, PyPdfError) as error:
                raise DocumentError(f"{path.name}: encrypted PDF ({error})") from error
        pages = [page.extract_text() or "" for page in reader.pages]
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
        raise DocumentError(f"{path.name}: unreadable PDF ({error})") from error
    text = "\n".join(pages)
    if not text.strip():
        raise DocumentError(f"{path.name}: PDF without a text layer (a scan?)")
    return text


def _plain_text(path: Path, data: bytes) -> str:
    head = data[:8192]
    # Count control bytes at C speed: the length lost when they are deleted.
    if b"\x00" in head or len(head) - len(head.translate(None, _BINARY_DELETE)) > 8:
        raise DocumentError(f"{path.name}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Windows exports (Word, Excel) are cp1252; latin-1 decodes any byte, as the last resort.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_document_text(path: Path) -> str:
    """The document's text: a PDF's extracted pages, or a text file in UTF-8 or cp1252."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"{path.name}: cannot be read ({error.strerror})") from error
    if data.lstrip()[:5] == PDF_MAGIC or path.suffix.lower() == ".pdf":
        if PDF_MAGIC not in data[:1024]:
            raise DocumentError(f"{path.name}: not a PDF despite its name")
        return _pdf_text(path)
    text = _plain_text(path, data)
    if not text.strip():
        raise DocumentError(f"{path.name}: empty document")
    return text
