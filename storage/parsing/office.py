"""The text of the other files councils publish: a word processor's document (.docx, .odt,
.rtf), a page saved from their site (.html, .htm) and Markdown (.md).

Each gives the lines the reader of a text file already reads: a paragraph per line, and a
table's row as « | cell | cell | », the shape storage.parsing.grids reads against its header
(a roll call, a record of votes). Only the standard library is used: a .docx or an .odt is a
zip of XML (zipfile, xml.etree), a page is HTML (html.parser), RTF is a stream of control
words read here in one pass.

What cannot give text raises DocumentError with a code templates/import_failure.j2 words for
the secretariat: a damaged or password-protected file, a zip that is not a document, or one
that would unpack to far more than any council's document (a zip bomb: the XML read is capped,
whatever the archive's directory claims).
"""

from __future__ import annotations

import codecs
import contextlib
import io
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import IO, TYPE_CHECKING
from xml.etree.ElementTree import Element, ParseError, iterparse

from storage import cues
from storage.documents import DocumentError
from storage.french import MONTH_PATTERN
from storage.parsing.common import UPPER
from storage.parsing.text import LIST_START, decode_text

if TYPE_CHECKING:
    import zipfile

OFFICE_SUFFIXES = frozenset({".docx", ".odt", ".rtf", ".html", ".htm", ".md"})
ZIP_MAGIC = b"PK\x03\x04"
# Word's and LibreOffice's password protection wraps the document in an OLE container (the
# format of the old .doc): no zip at all.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A document's XML is markup around its text: tens of times the text for Word. Past this many
# times the text cap, the part is refused before it is unpacked (and never read beyond it).
XML_PER_TEXT = 10
DEFAULT_MAX_CHARS = 5_000_000
CELL = " | "
# Where an RTF table's cell and row end, in the characters read (no document holds them).
CELL_END, ROW_END = "\x00", "\x01"
# A cell repeated or merged over more columns than any roll call has is a layout's filler.
MAX_SPAN = 40
# Between a cell's paragraphs (a name a paragraph in a list of names): the grid reader splits
# a list's cell there, and reads it as a space everywhere else.
PARAGRAPH = "\x1f"


def _damaged(kind: str, detail: object = "") -> DocumentError:
    return DocumentError(
        f"{kind} endommagé{f' ({detail})' if detail else ''}", code="unreadable_office", kind=kind
    )


def _row(cells: list[str], above: str = "") -> str:
    """A table's row as the grid reader reads it; a row of one cell is a line of text, unless
    it goes on a table whose row `above` has as many cells (« | M. Luc MARTY |  |  | » under
    « | Présents | Excusés | Pouvoirs |»: the name stays in its column)."""
    if sum(1 for cell in cells if cell.strip()) <= 1 and not (
        len(cells) > 1 and above.startswith("| ") and above.count(CELL) == len(cells) - 1
    ):
        return "".join(" ".join(cell.split()) for cell in cells)
    return "| " + CELL.join(_cell(cell).replace("|", "/") for cell in cells) + " |"


def _cell(text: str) -> str:
    """A cell's text on one line, its paragraphs apart (PARAGRAPH), blanks made one space."""
    paragraphs = (" ".join(part.split()) for part in text.split(PARAGRAPH))
    return PARAGRAPH.join(part for part in paragraphs if part)


# -- .docx and .odt: a zip of XML -------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


class _Layout:
    """Paragraphs and tables in document order, from XML elements as they close: a paragraph
    inside a table's cell joins that cell, a table inside a cell is that cell's text."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.rows: list[list[str]] = []  # open rows, outermost first
        self.cells: list[list[str]] = []  # open cells' paragraphs, outermost first

    def paragraph(self, text: str) -> None:
        if self.cells:
            self.cells[-1].append(text)
        else:
            self.lines.append(text)

    def open_row(self) -> None:
        self.rows.append([])

    def open_cell(self) -> None:
        self.cells.append([])

    def close_cell(self, span: int = 1) -> None:
        """A merged cell keeps its columns: the cells after it stay under their headers."""
        if self.cells:
            text = PARAGRAPH.join(self.cells.pop())
            if self.rows:
                self.rows[-1].extend([text, *[""] * (min(span, MAX_SPAN) - 1)])

    def close_row(self) -> None:
        if not self.rows:
            return
        cells = self.rows.pop()
        if self.cells:  # a table inside a cell: its row is that cell's text
            self.cells[-1].append(" ".join(cells))
        else:
            self.lines.append(_row(cells, self.lines[-1] if self.lines else ""))

    def text(self) -> str:
        return "\n".join(self.lines)


def _docx_paragraph(element: Element) -> str:
    parts: list[str] = []
    skipped: set[Element] = set()
    for node in element.iter():
        if node.tag == _MC_FALLBACK:  # a text box's copy for old readers: read once
            skipped.update(node.iter())
        if node in skipped:
            continue
        tag = node.tag
        if tag == f"{_W}p" and node is not element and parts:
            # a paragraph inside this one (a text box's: a letterhead's lines) is a line of
            # its own, not glued to the words before it
            parts.append("\n")
        elif tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _odt_paragraph(element: Element) -> str:
    parts: list[str] = []

    def walk(node: Element) -> None:
        # Iterative over siblings, recursive over depth only (spans inside spans: a few).
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag
            if tag == f"{_TEXT}s":
                parts.append(" " * min(int(child.get(f"{_TEXT}c", "1") or 1), 80))
            elif tag == f"{_TEXT}tab":
                parts.append("\t")
            elif tag == f"{_TEXT}line-break":
                parts.append("\n")
            elif tag in (f"{_TEXT}p", f"{_TEXT}h"):
                # a frame's paragraph inside this one (a letterhead's text box): its own line
                if parts and not parts[-1].endswith("\n"):
                    parts.append("\n")
                walk(child)
                parts.append("\n")
            elif tag != f"{_TEXT}note":
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class _Grammar:
    """What a format calls a paragraph, a row and a cell, and how a paragraph's text is read."""

    paragraphs: frozenset[str]
    row: str
    cells: frozenset[str]
    paragraph_text: Callable[[Element], str]
    span: Callable[[Element], int]  # how many columns a cell covers


def _docx_span(cell: Element) -> int:
    span = cell.find(f"{_W}tcPr/{_W}gridSpan")
    value = span.get(f"{_W}val", "1") if span is not None else "1"
    return int(value) if value.isdigit() else 1


def _odt_span(cell: Element) -> int:
    value = cell.get(f"{_TABLE}number-columns-repeated", "1")
    return int(value) if value.isdigit() else 1


_DOCX = _Grammar(
    frozenset({f"{_W}p"}), f"{_W}tr", frozenset({f"{_W}tc"}), _docx_paragraph, _docx_span
)
_ODT = _Grammar(
    frozenset({f"{_TEXT}p", f"{_TEXT}h"}),
    f"{_TABLE}table-row",
    frozenset({f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"}),
    _odt_paragraph,
    _odt_span,
)


def _xml_text(stream: IO[bytes], grammar: _Grammar, numbering: _Numbering | None = None) -> str:
    paragraphs, row_tag, cell_tags = grammar.paragraphs, grammar.row, grammar.cells
    layout = _Layout()
    open_paragraphs = 0
    for event, element in iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag in paragraphs:
                open_paragraphs += 1
            elif tag == row_tag and not open_paragraphs:
                layout.open_row()
            elif tag in cell_tags and not open_paragraphs:
                layout.open_cell()
            continue
        if tag in paragraphs:
            open_paragraphs -= 1
            if not open_paragraphs:  # a paragraph inside another (a note, a frame) is its text
                text = grammar.paragraph_text(element)
                if numbering is not None and (place := numbering.place(element)):
                    text = f"{place} {text}"
                layout.paragraph(text)
                element.clear()
        elif tag in cell_tags and not open_paragraphs:
            layout.close_cell(grammar.span(element))
            element.clear()
        elif tag == row_tag and not open_paragraphs:
            layout.close_row()
            element.clear()
    return layout.text()


# How a numbered list's first level prints its numbers (Word's numFmt): a bullet's entry is
# read as before, its text alone.
_ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out: list[str] = []
    for value, letters in _ROMAN:
        while n >= value and len(out) < 40:
            out.append(letters)
            n -= value
    return "".join(out)


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": lambda n: f"{n}.",
    "decimalZero": lambda n: f"{n:02d}.",
    "upperRoman": lambda n: f"{_roman(n)}." if n < 40 else f"{n}.",
    "upperLetter": lambda n: f"{chr(64 + n)}." if n <= 26 else f"{n}.",
    "lowerLetter": lambda n: f"{chr(96 + n)})" if n <= 26 else f"{n}.",
}


class _Numbering:
    """Word's numbered lists (word/numbering.xml): the number a paragraph of a list's first
    level prints before its text (« 2. Tarifs de l'eau »), counted as Word counts it, per
    list; never written in the paragraph's text."""

    def __init__(self, lists: dict[str, tuple[str, str, int]]) -> None:
        self.lists = lists  # numId → (its abstract list, its format, its start)
        self.counts: dict[str, int] = {}

    @classmethod
    def read(cls, xml: bytes) -> _Numbering:
        abstract: dict[str, tuple[str, int]] = {}  # abstractNumId → (format, start) of level 0
        lists: dict[str, tuple[str, str, int]] = {}
        for _, element in iterparse(io.BytesIO(xml)):
            if element.tag == f"{_W}abstractNum":
                for level in element.iter(f"{_W}lvl"):
                    if level.get(f"{_W}ilvl", "0") == "0":
                        shape = level.find(f"{_W}numFmt")
                        first = level.find(f"{_W}start")
                        value = first.get(f"{_W}val", "1") if first is not None else "1"
                        abstract[element.get(f"{_W}abstractNumId", "")] = (
                            shape.get(f"{_W}val", "") if shape is not None else "decimal",
                            int(value) if value.isdigit() else 1,
                        )
                        break
            elif element.tag == f"{_W}num":
                ref = element.find(f"{_W}abstractNumId")
                key = ref.get(f"{_W}val", "") if ref is not None else ""
                if key in abstract:
                    fmt, start = abstract[key]
                    lists[element.get(f"{_W}numId", "")] = (key, fmt, start)
        return cls(lists)

    def place(self, paragraph: Element) -> str | None:
        """The number the paragraph prints, when it is an entry of a numbered list's first
        level."""
        numbered = paragraph.find(f"{_W}pPr/{_W}numPr")
        if numbered is None:
            return None
        level, num = numbered.find(f"{_W}ilvl"), numbered.find(f"{_W}numId")
        if level is not None and level.get(f"{_W}val", "0") != "0":
            return None
        key = num.get(f"{_W}val", "") if num is not None else ""
        if key not in self.lists:
            return None
        abstract, fmt, start = self.lists[key]
        if (shown := _FORMATS.get(fmt)) is None:
            return None  # a bullet, a picture, ordinals in words: nothing read before the text
        count = self.counts.get(abstract, start - 1) + 1
        self.counts[abstract] = count
        return shown(count)


def _zipped_text(data: bytes, suffix: str, max_chars: int) -> str:
    import zipfile  # loaded by the first document that needs it (a sixth of a start's imports)

    kind = "document Word" if suffix == ".docx" else "document OpenDocument"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise _damaged(kind, error) from error
    limit = XML_PER_TEXT * max_chars
    try:
        with archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                part, grammar = "word/document.xml", _DOCX
            elif "content.xml" in names and "META-INF/manifest.xml" in names:
                part, grammar = "content.xml", _ODT
                if b"encryption-data" in _member(archive, "META-INF/manifest.xml", limit):
                    raise DocumentError(f"{kind} protégé", code="encrypted_office", kind=kind)
            else:
                raise DocumentError(
                    "a zip that is not a word processor's document", code="not_office_document"
                )
            info = archive.getinfo(part)
            if info.flag_bits & 0x1:
                raise DocumentError(f"{kind} protégé", code="encrypted_office", kind=kind)
            xml = _member(archive, part, limit)
            # (Word's numbered paragraphs print their numbers from this part, not the text)
            numbers = (
                _member(archive, "word/numbering.xml", limit)
                if grammar is _DOCX and "word/numbering.xml" in names
                else b""
            )
            heads = [
                _member(archive, name, limit)
                for name in sorted(names)
                if _PAGE_HEADER_PART.fullmatch(name)
            ]
    except DocumentError:
        raise
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise _damaged(kind, error) from error
    except RuntimeError as error:  # zipfile: « File … is encrypted, password required »
        raise DocumentError(f"{kind} protégé", code="encrypted_office", kind=kind) from error
    # Word and LibreOffice never declare entities: a part that does is a trap (a billion
    # laughs), not a document.
    if any(b"<!DOCTYPE" in x[:4096] or b"<!ENTITY" in x for x in (xml, numbers, *heads)):
        raise _damaged(kind, "entités XML déclarées")
    try:
        numbering = _Numbering.read(numbers) if numbers else None
        text = _xml_text(io.BytesIO(xml), grammar, numbering)
        said = [_page_header(head, grammar) for head in heads]
    except (ParseError, ValueError) as error:
        raise _damaged(kind, error) from error
    # the pages' header (a letterhead: the council, the sitting's date) once, above the text
    above = list(dict.fromkeys(head for head in said if head and head not in text))
    return "\n".join([*above, text]) if above else text


# Where a document keeps its pages' header: Word's header parts, LibreOffice's master pages.
_PAGE_HEADER_PART = re.compile(r"word/header\d{0,3}\.xml|styles\.xml")
_ODT_HEADER = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}header"


def _page_header(xml: bytes, grammar: _Grammar) -> str:
    """The text of a page header part: Word's whole part, the headers of LibreOffice's master
    pages (never their footers: a page's number, an address)."""
    if grammar is _DOCX:
        return _xml_text(io.BytesIO(xml), grammar).strip()
    lines: list[str] = []
    for _event, element in iterparse(io.BytesIO(xml), events=("end",)):
        if element.tag == _ODT_HEADER:
            lines += [
                "".join(p.itertext()).strip() for p in element.iter() if p.tag in _ODT.paragraphs
            ]
            element.clear()
    return "\n".join(line for line in lines if line)


def _member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A part of the archive, never unpacked past `limit` bytes whatever its directory says."""
    info = archive.getinfo(name)
    if info.file_size <= limit:
        with archive.open(info) as member:
            data = member.read(limit + 1)
        if len(data) <= limit:
            return data
    raise DocumentError(
        f"{name}: more than {limit} bytes once unpacked",
        code="unpacked_too_large",
        size=max(info.file_size, limit + 1),
        limit=limit,
    )


# -- .html, .htm: a page saved from the council's site ----------------------------------------

_HTML_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl",
    "dt", "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "ul",
})  # fmt: skip
# A script's, a style's content; the site's menu around the page (« Accueil », « Contact »).
_HTML_HIDDEN = frozenset({"noscript", "template", "svg", "iframe", "nav"})
# The site's furniture around the page's own content, by its tag or by what its class, id or
# role says: menus, breadcrumbs, sidebars (« À lire aussi : Conseil municipal du 9 février »),
# footers. Their links name other sittings, whose dates and « Présents » are not this page's.
_CHROME_TAGS = frozenset({"aside", "footer"})
_CHROME_CONTAINERS = frozenset({"div", "section", "ul", "ol", "aside", "footer", "header"})
_CHROME = re.compile(
    r"""\b(?:class|id|role)[ \t]{0,4}=[ \t]{0,4}["']?[^"'<>=]{0,200}?(?<![a-z])"""
    r"(?:menu|nav[a-z]*|breadcrumbs?|fil-ariane|ariane|sidebar|side-bar|widgets?|footer"
    r"|pied-de-page|cookies?|share|partage|social|skip-links?|related|a-lire|voir-aussi)"
    r"(?![a-z])",
    re.IGNORECASE,
)


# A page's markup, one token at a time: a comment's opening, a declaration (« <!DOCTYPE html> »,
# « <?xml …?> ») or a tag of HTML's shape, a word processor's own prefixed (« <o:p> », Word's
# export of a document). `[^<>]*` stops at the next « < »: each character is looked at a
# bounded number of times (the standard library's parser took 47 s on 20 kB of « <a <a <a … »,
# never closed).
_PAGE_TOKEN = re.compile(
    r"<!--|<[!?][^<>]*>|<(/?)([A-Za-z][A-Za-z0-9]{0,15}(?::[A-Za-z][A-Za-z0-9]{0,24})?)"
    r"(?:[\s/][^<>]*)?>"
)

# A block placed on the page by its coordinates (« style="position:absolute; left:40px;
# top:78px" »: a PDF converted to HTML, often one block per word): blocks at one height are
# one line of the page.
_PLACED_AT = re.compile(
    r"""\bstyle[ \t]{0,4}=[ \t]{0,4}["'][^"'<>]{0,300}?(?<![\w-])top[ \t]{0,4}:[ \t]{0,4}"""
    r"(-?\d{1,6}(?:\.\d{1,4})?)",
    re.IGNORECASE,
)
# (blocks of one line differ in height by their font's size only)
_SAME_LINE = 3.0
# A block placed by its classes only, the page's style sheet saying where each class stands
# (a PDF converted by pdf2htmlEX: « <div class="t m0 x1f h2 y2a ff1"> » with « .x1f{left:
# 85.04px;} », « .y2a{bottom:770.25px;} », « .t{position:absolute;} »): one word of a line
# may be a block of its own, written in any order along it.
_CLASS_ATTRIBUTE = re.compile(r"""\bclass[ \t]{0,4}=[ \t]{0,4}["']([^"'<>]{0,300})["']""", re.I)
_CSS_RULE = re.compile(r"\.(-?[A-Za-z_][\w-]{0,40})[ \t]{0,4}\{([^{}]{0,2000})\}")
_CSS_PLACE = re.compile(
    r"(?<![\w-])(left|top|bottom|width)[ \t]{0,4}:[ \t]{0,4}(-?\d{1,7}(?:\.\d{1,6})?)px"
)
_CSS_ABSOLUTE = re.compile(r"position[ \t]{0,4}:[ \t]{0,4}absolute")
_PLACED_LEFT = re.compile(
    r"""\bstyle[ \t]{0,4}=[ \t]{0,4}["'][^"'<>]{0,300}?(?<![\w-])left[ \t]{0,4}:[ \t]{0,4}"""
    r"(-?\d{1,6}(?:\.\d{1,4})?)",
    re.IGNORECASE,
)
# An empty span as wide as a space or wider is the gap between two words (pdf2htmlEX writes
# the words' gaps so, without a space character).
_GAP_WIDTH = 2.0


# A cell's « colspan="3" », « rowspan=2 »: how many columns or rows it covers.
_SPAN = re.compile(r"\b(colspan|rowspan)[ \t]{0,4}=[ \t]{0,4}[\"']?(\d{1,3})", re.IGNORECASE)


class _Page:
    """A page's text: blocks as lines, a table's rows as rows of cells (a page may leave a
    cell or a row unclosed, as HTML allows)."""

    def __init__(self) -> None:
        self.layout = _Layout()
        self.spans: list[int] = []  # each open cell's columns (colspan)
        # per open table, the columns a cell above still covers (rowspan): column → rows left
        self.below: list[dict[int, int]] = []
        self.words: list[str] = []
        self.hidden = 0
        self.chrome: str | None = None  # the tag of the site's furniture being skipped
        self.chrome_depth = 0  # the same tags opened inside it
        self.preformatted = 0
        self.tables = 0
        self.in_head = False
        self.in_title = False
        # the page's title and its footer's words (« © Mairie de X »): where a page whose own
        # text never names its collectivité names it (_site_council)
        self.title: list[str] = []
        self.footer: list[str] | None = None  # while the furniture skipped is a footer
        self.footers: list[str] = []
        self.placed_at: float | None = None  # the height of the line placed blocks are on
        # where each of the line's placed blocks starts: (its left, its first word's place)
        self.pieces: list[tuple[float, int]] = []
        # each class of the page's style sheet with its place (left, top, bottom, width)
        self.classes: dict[str, dict[str, float]] = {}
        self.absolute: set[str] = set()  # the classes placing a block by coordinates
        # the page's placed lines, in the order written: (height, left, text)
        self.placed: list[tuple[float, float | None, str]] = []
        # per open list, its last item's place (None: an unordered list's)
        self.lists: list[int | None] = []
        self.ordered = 0  # how many of them are ordered (counted, never summed: deep pages)

    def _flush(self) -> None:
        if len(self.pieces) > 1 and self.pieces != sorted(self.pieces, key=lambda p: p[0]):
            # the line's blocks written out of their order along it: put back by their left
            starts = [start for _, start in self.pieces] + [len(self.words)]
            chunks = sorted(
                (left, "".join(self.words[start:stop]).strip())
                for (left, _), start, stop in zip(self.pieces, starts, starts[1:], strict=False)
            )
            self.words = [" ".join(chunk for _, chunk in chunks if chunk)]
        left = self.pieces[0][0] if self.pieces else None
        self.pieces = []
        text = "".join(self.words)
        self.words = []
        for line in text.split("\n"):
            line = line.rstrip() if self.preformatted else _spaced(line)
            if line.strip() and self.placed_at is not None:
                self.placed.append((self.placed_at, left, line))  # a page's line, held
            elif line.strip():
                self.layout.paragraph(line)

    def _page_end(self) -> None:
        """The page's placed lines written, a table's columns written one after the other
        put back in its rows (see _rows_joined)."""
        if self.placed_at is not None:
            self._flush()
            self.placed_at = None
        for line in _rows_joined(self.placed):
            self.layout.paragraph(line)
        self.placed = []

    def _close_cell(self) -> None:
        self.layout.close_cell(self.spans.pop() if self.spans else 1)

    def _covered(self) -> None:
        """The columns a cell of a row above still covers, where the row has reached them."""
        if not self.below or not self.layout.rows:
            return
        below, row = self.below[-1], self.layout.rows[-1]
        while (left := below.get(len(row), 0)) > 0 and len(row) < MAX_SPAN:
            if left == 1:
                del below[len(row)]
            else:
                below[len(row)] = left - 1
            row.append("")

    def _close_rows(self, keep: int) -> None:
        """Close the rows (and their cells) past the first `keep`: a page may leave a cell or
        a row unclosed, as HTML allows."""
        layout = self.layout
        while len(layout.rows) > keep:
            while len(layout.cells) >= len(layout.rows):
                self._close_cell()
            self._covered()
            layout.close_row()

    def _open_cell(self, token: str) -> None:
        self._covered()
        spans = {name.lower(): int(value) for name, value in _SPAN.findall(token)}
        columns = max(1, min(spans.get("colspan", 1), MAX_SPAN))
        rows = max(1, min(spans.get("rowspan", 1), MAX_SPAN))
        if rows > 1 and self.below and self.layout.rows:
            at = len(self.layout.rows[-1])
            self.below[-1].update(dict.fromkeys(range(at, at + columns), rows - 1))
        self.layout.open_cell()
        self.spans.append(columns)

    def handle_starttag(self, tag: str, token: str = "") -> None:
        layout = self.layout
        if tag in ("head", "body"):
            # the page's head is the browser's (its title repeats the page's heading, or the
            # site's name): what a reader sees starts with the body, even if the head is
            # never closed
            self.in_head = tag == "head"
        self.in_title = tag == "title" or (self.in_title and tag not in _HTML_BLOCKS)
        if tag == self.chrome:
            self.chrome_depth += 1
        elif (
            self.chrome is None
            and tag in _CHROME_CONTAINERS
            and (tag in _CHROME_TAGS or _CHROME.search(token))
        ):
            self.chrome, self.chrome_depth = tag, 0
            self.hidden += 1
            if tag == "footer" or _FOOTER_CHROME.search(token):
                self.footer = []
        if self.footer is not None and tag in _HTML_BLOCKS:
            self.footer.append("\n")  # (each of the footer's blocks a line of its own)
        if tag in _HTML_HIDDEN:
            self.hidden += 1
            return
        classed = self._classed(token) if self.classes else None
        if tag not in _HTML_BLOCKS and tag not in ("td", "th", "tr"):
            placed = _PLACED_AT.search(token)
            if placed is not None and "absolute" in token.lower():
                # a word placed on the page is a block (a raised « er » is not)
                self._place(float(placed.group(1)), _left(token))
            elif classed is not None and classed[0] is not None:
                self._place(classed[0], classed[1])
            elif classed is not None and classed[2] and self.placed_at is not None:
                self.words.append(" ")  # an empty span as wide as a space: the words' gap
            return  # a word's emphasis, a link, a span: the line goes on
        if (placed := _PLACED_AT.search(token)) is not None and tag in ("div", "p"):
            self._place(float(placed.group(1)), _left(token))
            return
        if classed is not None and classed[0] is not None and tag in ("div", "p"):
            self._place(classed[0], classed[1])
            return
        self._page_end()
        self._flush()
        if tag == "table":
            self.tables += 1
            self.below.append({})
        elif tag == "tr":
            self._close_rows(self.tables - 1)
            layout.open_row()
        elif tag in ("td", "th"):
            if len(layout.rows) < max(self.tables, 1):
                layout.open_row()  # a cell outside any row
            elif len(layout.cells) >= len(layout.rows):
                self._close_cell()  # the cell before, never closed
            self._open_cell(token)
        elif tag == "pre":
            self.preformatted += 1
        elif tag == "br":
            self.words.append("\n")
        elif tag in ("ol", "ul"):
            start = LIST_START.search(token) if tag == "ol" else None
            self.lists.append((int(start[1]) - 1 if start else 0) if tag == "ol" else None)
            self.ordered += tag == "ol"
        elif tag == "li" and self.lists and (place := self.lists[-1]) is not None:
            # an ordered list's entry, its place as the browser numbers it: « 2. Tarifs de
            # l'eau » (an ordered list inside an entry: the entry's own lines, bulleted)
            self.lists[-1] = place + 1
            outer = self.ordered == 1
            self.words.append(f"{place + 1}. " if outer else "- ")
        elif tag == "li":
            # a list's entry keeps its bullet: « - Tarifs de l'eau » over « Adopté … » (its
            # <br>) is one entry, its title then its vote
            self.words.append("- ")

    def handle_endtag(self, tag: str) -> None:
        layout = self.layout
        if tag == "head":
            self.in_head = False
        if tag == self.chrome:
            if self.chrome_depth:
                self.chrome_depth -= 1
            else:
                self.chrome = None
                self.hidden = max(0, self.hidden - 1)
                if self.footer is not None:
                    self.footers.append("".join(self.footer))
                    self.footer = None
        if tag == "title":
            self.in_title = False
        if tag in _HTML_HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            return
        if tag not in _HTML_BLOCKS and tag not in ("td", "th", "tr"):
            return
        if self.placed_at is not None and tag in ("div", "p"):
            return  # the line goes on until a block placed lower
        self._flush()
        if tag in ("td", "th"):
            if len(layout.cells) >= len(layout.rows) > 0:
                self._close_cell()
        elif tag == "tr":
            self._close_rows(max(self.tables, 1) - 1)
        elif tag == "table":
            self._close_rows(max(self.tables, 1) - 1)
            self.tables = max(0, self.tables - 1)
            if self.below:
                self.below.pop()
        elif tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
        elif tag in ("ol", "ul") and self.lists:
            self.ordered -= self.lists.pop() is not None

    def _place(self, top: float, left: float | None = None) -> None:
        """A block placed at `top` (and `left`, when said): on the line of the block before
        it, or a new line."""
        if self.placed_at is not None and abs(top - self.placed_at) <= _SAME_LINE:
            self.words.append(" ")
        else:
            self._flush()
            self.placed_at = top
        if left is not None:
            self.pieces.append((left, len(self.words)))

    def _classed(self, token: str) -> tuple[float | None, float | None, bool] | None:
        """Where the page's style sheet places a block by its classes: its height on the page
        (from the top; None for a block not placed by coordinates), its left, and whether it
        is an empty gap as wide as a space. None for a block with no class."""
        named = _CLASS_ATTRIBUTE.search(token)
        if named is None:
            return None
        names = named.group(1).split()
        place: dict[str, float] = {}
        for name in names:
            for key, value in self.classes.get(name, {}).items():
                place.setdefault(key, value)
        gap = place.get("width", 0.0) >= _GAP_WIDTH and "_" in names
        if not any(name in self.absolute for name in names):
            return None, None, gap
        # (a height from the page's bottom counts upwards: the lower on the page, the smaller)
        top = place.get("top", -place["bottom"] if "bottom" in place else None)
        return top, place.get("left"), gap

    def style(self, sheet: str) -> None:
        """The classes of the page's style sheet that place a block (the first rule of each:
        the screen's, before a printer's « @media print » copy)."""
        for rule in _CSS_RULE.finditer(sheet):
            name, body = rule.group(1), rule.group(2)
            if _CSS_ABSOLUTE.search(body):
                self.absolute.add(name)
            places = {key: float(value) for key, value in _CSS_PLACE.findall(body)}
            if places and name not in self.classes:
                self.classes[name] = places

    def feed(self, page: str) -> None:
        lowered = page.lower()
        position = 0
        for token in _PAGE_TOKEN.finditer(page):
            if token.start() < position:
                continue  # inside a comment or a script already skipped
            if token.start() > position:
                self.handle_data(unescape(page[position : token.start()]))
            position = token.end()
            if token.group() == "<!--":
                end = page.find("-->", position)
                position = len(page) if end < 0 else end + 3
            elif (name := token.group(2)) is not None:
                tag = name.lower()
                if token.group(1):
                    self.handle_endtag(tag)
                elif tag in ("script", "style"):  # their content is no text, tags or not
                    end = lowered.find(f"</{tag}", position)
                    if tag == "style":
                        self.style(page[position : len(page) if end < 0 else end])
                    position = len(page) if end < 0 else end
                else:
                    self.handle_starttag(tag, token.group())
        if position < len(page):
            self.handle_data(unescape(page[position:]))

    def handle_data(self, data: str) -> None:
        # a page's source lines are spaces; its lines are <br> and blocks
        if not self.hidden and not self.in_head:
            if not self.preformatted and "   " in data:
                # a run of spaces inside a line of the page's text (a PDF's text exported
                # as it stood: « GUILLOT Pascale          LE BIHAN Raphaël<br> ») is a
                # column's gap, as two non-breaking spaces are; the source's indentation
                # starts a line and is none
                data = _SOURCE_GAP.sub("\xa0\xa0", data)
            self.words.append(data if self.preformatted else data.replace("\n", " "))
        elif self.in_title:
            self.title.append(data)
        elif self.footer is not None and self.hidden == 1 and len(self.footer) < 200:
            self.footer.append(data)

    def text(self) -> str:
        self._page_end()
        self._flush()
        self._close_rows(0)  # a table never closed
        text = self.layout.text()
        title = " ".join("".join(self.title)[:500].split())
        heading: list[str] = []
        if not _NAMES_COUNCIL.search(text[:_HEAD_CHARS]) and (
            name := _site_council([title, *self.footers])
        ):
            # the page's own text names no collectivité, its title or its footer does: that
            # name heads the text, as a letterhead would (the sitting's own words follow)
            heading.append(name)
        if _DATED.search(title) and not _DATED.search(text[:_HEAD_CHARS]):
            # « Conseil communautaire du 12 novembre 2025 – … » in the title only, the page's
            # heading « Compte rendu »: the title heads the text, the sitting's words in it
            heading.append(title)
        return "\n".join([*heading, text])


# The furniture that is the site's footer (its class or id says so).
_FOOTER_CHROME = cues.plain(
    r"""\b(?:class|id|role)[ \t]{0,4}=[ \t]{0,4}["']?[^"'<>=]{0,200}?"""
    r"(?<![a-z])(?:footer|pied-de-page|contentinfo)(?![a-z])",
    re.IGNORECASE,
)
# How far into a page's text its heading may name its collectivité.
_HEAD_CHARS = 800
# A collectivité named with its kind (« Commune de X », « Mairie de X », « Communauté de
# communes X », « Métropole X », « Syndicat … », « Département de X »).
_KIND_WORDS = (
    r"(?:(?:commune|ville|mairie)\s(?:de|d['’]|du|des)\s?"
    r"|communaut[ée]\s(?:de\scommunes|d['’]agglom[ée]ration|urbaine)\s(?:de\s|d['’]|du\s|des\s)?"
    r"|m[ée]tropole\s(?:de\s|d['’]|du\s)?|d[ée]partement\s(?:de|d['’]|du|des)\s?)"
)
# A date printed in full: « 12 novembre 2025 », « 12/11/2025 » (a page's title naming its sitting)
_DATED = cues.plain(
    rf"\b\d{{1,2}}(?:er)?[ \t](?i:{MONTH_PATTERN})[ \t]\d{{4}}\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b"
)
_NAMES_COUNCIL = cues.plain(rf"\b{_KIND_WORDS}", re.IGNORECASE)
# A title's or a footer's parts: « Conseil municipal du 9 octobre | Mairie de X », « © Mairie
# de X - 2025 - Mentions légales » (a dash between spaces: « Saint-Jean » is one name).
# (« © 2025 Commune de X. Tous droits réservés. »: the year and the sentence's stop part it too)
_SITE_PARTS = cues.plain(r"\n|\s[-–—|·•:]\s|[|©]|\.\s|\b(?:19|20)\d\d\b")
# A part that is a collectivité's name, its kind first (no figure: never « … du 9 mars »).
# (a syndicat too, by its word or its initials, its purpose in lower case before its place:
# « SIVOM de la Vallée de l'Ondaine », « Syndicat mixte d'eau potable du Haut-Forez »; never
# in _NAMES_COUNCIL: « la convention avec le syndicat des eaux » names no page's council)
_SYNDICAT_WORDS = (
    r"(?:syndicat|sivom|sivu|sivos|smictom|siaep|sictom|sirtom|smaep|petr)"
    r"(?:[ \t][^\d\n]{0,60}?)?[ \t](?:de|d['’]|du|des)[ \t]?(?:la[ \t]|l['’])?"
)
_SITE_NAME = cues.plain(
    rf"^(?P<kind>(?i:{_KIND_WORDS}|{_SYNDICAT_WORDS}))[{UPPER}][^\d\n]{{1,70}}$"
)


def _site_council(parts: list[str]) -> str | None:
    """The collectivité the page's title or footer names, its kind first; none guessed from
    a bare name (« Accueil - Saint-Jean »), none when they name two (« Ville de X » in the
    title, « © Commune de Y » in the footer: which one sat is not said)."""
    named: dict[str, str] = {}
    for text in parts:
        for part in _SITE_PARTS.split(text.replace("\xa0", " ")):
            part = " ".join(part.split()).strip(" .,;")
            if len(part) <= 90 and (kind := _SITE_NAME.match(part)):
                named.setdefault(part[kind.end("kind") :].casefold(), part)
    return next(iter(named.values())) if len(named) == 1 else None


# A table's column of numbers or marks (« 1. », « 2025-041 », « 12 »), written before or after
# the column of titles beside it: each of its cells is at most this long.
_NARROW_CELL = 12


def _rows_joined(lines: list[tuple[float, float | None, str]]) -> list[str]:
    """A page's placed lines, in the order written, with a narrow column written apart put
    back in its rows: a converter writes a table column after column (the numbers « 1. »,
    « 2. » down the page, then the titles), so a run of lines going down the page whose every
    line is as short as a number, and whose heights are those of another run's lines, is
    that table's column: each of its cells joins the line at its height, by its left. Columns
    of text (two columns of prose, side by side) are left one after the other."""
    runs: list[list[int]] = []
    for at, (top, _, _) in enumerate(lines):
        if runs and top >= lines[runs[-1][-1]][0] - _SAME_LINE:
            runs[-1].append(at)
        else:
            runs.append([at])  # back up the page: a new column
    if len(runs) < 2:
        return [text for _, _, text in lines]
    # each line by its height, to a line's tolerance (one pass; a cell looks at three buckets)
    heights: dict[int, list[int]] = {}
    for at, (top, _, _) in enumerate(lines):
        heights.setdefault(int(top // _SAME_LINE), []).append(at)
    run_of = [0] * len(lines)  # each line's run
    for number, run in enumerate(runs):
        for at in run:
            run_of[at] = number
    joined: dict[int, list[tuple[float, str]]] = {}  # a line's cells from narrow columns
    gone: set[int] = set()
    # (a narrow column's cells follow one another in its run: the run's long lines above them
    # are the text's, the page's heading)
    narrow = [
        list(group)
        for run in runs
        for short, group in itertools.groupby(run, lambda at: len(lines[at][2]) <= _NARROW_CELL)
        if short
    ]
    for column in narrow:
        rows = {at: _row_at(lines, heights, at, run_of, gone) for at in column}
        if sum(row is not None for row in rows.values()) * 2 <= len(column):
            continue  # (not beside another column: the run stays as written)
        for at, row in rows.items():
            if row is not None:
                joined.setdefault(row, []).append((lines[at][1] or 0.0, lines[at][2]))
                gone.add(at)
    out: list[str] = []
    for at, (_, left, text) in enumerate(lines):
        if at in gone:
            continue
        cells = sorted([*joined.get(at, []), (left or 0.0, text)], key=lambda cell: cell[0])
        out.append(" ".join(cell for _, cell in cells))
    return out


def _row_at(
    lines: list[tuple[float, float | None, str]],
    heights: dict[int, list[int]],
    cell: int,
    run_of: list[int],
    gone: set[int],
) -> int | None:
    """The first line of another run at the height of line `cell` (to a line's tolerance),
    but those already joined to a row."""
    top = lines[cell][0]
    bucket = int(top // _SAME_LINE)
    for near in (bucket - 1, bucket, bucket + 1):
        for at in heights.get(near, ()):
            if (
                run_of[at] != run_of[cell]
                and at not in gone
                and abs(lines[at][0] - top) <= _SAME_LINE
            ):
                return at
    return None


# Spaces a page means (« &nbsp;&nbsp;&nbsp; », a word processor's tab between a table's
# columns: « 2025-51⇥Tarifs de la cantine⇥Unanimité »), two at least, among the source's own.
_MEANT_SPACES = re.compile("\xa0[ \t\n]{0,8}\xa0[ \t\n\xa0]*")


_SOURCE_GAP = re.compile(r"(?<=[^\s>])[ \t]{3,}(?=[^\s<])")


def _spaced(line: str) -> str:
    """A block's words one space apart, as a browser shows them, but where the page means a
    gap (two non-breaking spaces and more): a column's gap, three spaces, as a PDF's text
    prints it."""
    if "\xa0\xa0" in line or "\xa0 \xa0" in line:
        line = _MEANT_SPACES.sub("\x00", line)
        return "   ".join(" ".join(part.split()) for part in line.split("\x00")).strip()
    return " ".join(line.split())


def _left(token: str) -> float | None:
    placed = _PLACED_LEFT.search(token)
    return float(placed.group(1)) if placed is not None else None


def _html_text(data: bytes, name: str) -> str:
    page = _Page()
    page.feed(decode_text(data, name))
    return page.text()


# -- .md ----------------------------------------------------------------------------------------

# Markdown's marks around words: headings' « # », emphasis, links (their text kept), quotes.
_MD_HEADING = re.compile(r"^ {0,3}(?:#{1,6}|>+) ?", re.MULTILINE)
# (a bracket never closed stops at the next one: each character is looked at a bounded number
# of times)
_MD_LINK = re.compile(r"!?\[([^\[\]\n]{0,500})\]\([^()\[\]\s]{0,2000}\)")
_MD_EMPHASIS = re.compile(r"(?<![\w\\])(\*{1,3}|_{2,3})(?=\S)|(?<=\S)(\*{1,3}|_{2,3})(?![\w])")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


def _markdown_text(data: bytes, name: str) -> str:
    text = decode_text(data, name)
    text = _MD_HEADING.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "*" in text or "__" in text:
        text = _MD_EMPHASIS.sub("", text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    return text


# -- .rtf ---------------------------------------------------------------------------------------

# One token at a time, each character looked at once: a control word and its parameter, a hex
# byte, an escaped symbol, a group's brace, or a run of plain text.
_RTF_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|([^\\{}\r\n]+)"
    r"|[\r\n]+|\\"
)
# Groups whose content is no text of the document: fonts, colours, styles, metadata, pictures,
# headers and footers (repeated page furniture), fields' instructions, the plain copy of
# nested tables.
_RTF_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl",
    "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "themedata",
    "colorschememapping", "datastore", "latentstyles", "listtable", "listoverridetable",
    "rsidtbl", "generator", "xmlnstbl", "mmathPr", "pgdsctbl", "filetbl", "revtbl", "listtext",
    "pntext", "pntxta", "pntxtb", "nonesttables",
})  # fmt: skip
_RTF_CHARACTERS = {
    "line": "\n",
    "tab": "\t",
    "cell": CELL_END,
    "row": ROW_END,
    "nestcell": " ",
    "nestrow": " ",
    "emdash": "—",
    "endash": "–",
    "bullet": "•",
    "lquote": "‘",
    "rquote": "’",
    "ldblquote": "«",
    "rdblquote": "»",
    "emspace": " ",
    "enspace": " ",
    "qmspace": " ",
}
_RTF_PARAGRAPH_ENDS = frozenset({"par", "sect", "page"})
_RTF_SYMBOLS = {"~": "\u00a0", "-": "", "_": "-", "\\": "\\", "{": "{", "}": "}"}


class _RtfReader:
    """The document's characters, CELL_END and ROW_END where a table's cell and row end; hex
    bytes decoded in the document's code page, \\u characters as themselves."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.codepage = "cp1252"
        self.skipped = False
        self.unicode_skip = 1  # characters standing for a \u character in older readers
        self.to_drop = 0
        self.in_table = False  # a paragraph's end inside a cell is a space, not a line
        self.pending = bytearray()  # hex bytes decoded together (a double-byte run)

    def _flush(self) -> None:
        if self.pending:
            if not self.skipped:
                self.out.append(self.pending.decode(self.codepage, "replace"))
            self.pending.clear()

    def read(self, text: str) -> str:
        stack: list[tuple[bool, int]] = []
        group_start = False
        position, end = 0, len(text)
        while position < end:
            match = _RTF_TOKEN.match(text, position)
            assert match is not None  # the last alternative takes any lone backslash
            position = match.end()
            word, parameter, hexbyte, symbol, brace, plain = match.groups()
            if hexbyte is None:
                self._flush()
            was_group_start, group_start = group_start, False
            if hexbyte is not None:
                if self.to_drop:
                    self.to_drop -= 1
                elif not self.skipped:
                    self.pending.append(int(hexbyte, 16))
                continue
            if plain is not None:
                if self.to_drop:
                    dropped = min(self.to_drop, len(plain))
                    plain, self.to_drop = plain[dropped:], self.to_drop - dropped
                if not self.skipped:
                    self.out.append(plain)
                continue
            if word == "u" and parameter:
                if not self.skipped:
                    code = int(parameter) % 65536
                    self.out.append("\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code))
                self.to_drop = self.unicode_skip
                continue
            if word == "bin" and parameter:  # raw bytes: skipped whole, braces and all
                position += max(0, int(parameter))
                continue
            self.to_drop = 0
            if brace == "{":
                stack.append((self.skipped, self.unicode_skip))
                group_start = True
            elif brace == "}":
                self.skipped, self.unicode_skip = stack.pop() if stack else (False, 1)
            elif word is not None:
                self._control_word(word, parameter)
            elif symbol == "*" and was_group_start:
                self.skipped = True  # {\* …}: a destination this reader does not know
            elif symbol is not None and not self.skipped and symbol in _RTF_SYMBOLS:
                self.out.append(_RTF_SYMBOLS[symbol])
        self._flush()
        return "".join(self.out)

    def _control_word(self, word: str, parameter: str | None) -> None:
        if word in _RTF_SKIPPED:
            self.skipped = True
        elif word == "ansicpg" and parameter:
            with contextlib.suppress(LookupError):
                self.codepage = codecs.lookup(f"cp{parameter}").name
        elif word == "uc" and parameter:
            self.unicode_skip = max(0, min(int(parameter), 8))
        elif word == "intbl":
            self.in_table = True
        elif word == "pard":
            self.in_table = False
        elif self.skipped:
            return
        elif word in _RTF_PARAGRAPH_ENDS:
            self.out.append(" " if self.in_table else "\n")
        elif word in _RTF_CHARACTERS:
            self.out.append(_RTF_CHARACTERS[word])
            if word == "row":
                self.in_table = False


def _rtf_text(data: bytes) -> str:
    if data.lstrip()[:5] != b"{\\rtf":
        raise _damaged("document RTF", "pas d'en-tête {\\rtf")
    characters = _RtfReader().read(data.replace(b"\x00", b"").decode("latin-1"))
    lines: list[str] = []
    pieces = characters.split(ROW_END)
    for index, piece in enumerate(pieces):
        parts = piece.split(CELL_END)
        if len(parts) == 1:
            lines.extend(piece.split("\n"))
            continue
        before, line_end, first = parts[0].rpartition("\n")
        if line_end:
            lines.extend(before.split("\n"))
        lines.append(_row([first, *parts[1:-1]]))
        if index == len(pieces) - 1:  # after a row's last cell, before its end: no text
            lines.extend(parts[-1].split("\n"))
    return "\n".join(lines)


# -- any of them --------------------------------------------------------------------------------


def office_text(path: Path, data: bytes, max_chars: int | None = None) -> str:
    """The text of a .docx, .odt, .rtf, .html, .htm or .md file; DocumentError when there is
    none to read."""
    suffix = path.suffix.lower()
    limit = max_chars or DEFAULT_MAX_CHARS
    if suffix in (".docx", ".odt"):
        if data[:8] == OLE_MAGIC:
            kind = "document Word" if suffix == ".docx" else "document OpenDocument"
            raise DocumentError(f"{kind} protégé", code="encrypted_office", kind=kind)
        if data[:4] != ZIP_MAGIC:
            raise _damaged("document Word" if suffix == ".docx" else "document OpenDocument")
        text = _zipped_text(data, suffix, limit)
    elif suffix == ".rtf":
        text = _rtf_text(data)
    elif suffix in (".html", ".htm"):
        text = _html_text(data, path.name)
    else:
        text = _markdown_text(data, path.name)
    if not text.strip():
        raise DocumentError("document vide", code="empty_document")
    return text
