"""The émargement sheet as a PDF to print: one A4 page per 30 members, nothing cut.

fpdf2: pure Python, maintained, already what the test suite writes PDFs with, and it embeds a
TrueType font, so every name prints as written (« Œ », « ’ », any accent), which the PDF
core fonts (Latin-1) cannot promise. The font is the DejaVu Sans that matplotlib ships
(also used by the charts), so nothing is asked of the machine's fonts. Every word comes from
templates/sheet_pdf_words.j2; the data from storage/attendance_records.sheet_record.

A text never overflows its cell: it is set in the largest size from 10 pt down that fits,
wrapped on as many lines as the row holds; a member per row, so a page of 30 always fits.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.render import render, to_plain_text
from storage.attendance_records import SheetLine, SheetRecord

# fpdf2 and matplotlib (for its font) are imported when a sheet is made: the console and the
# bot's start need neither.
if TYPE_CHECKING:
    from fpdf import FPDF

MEMBERS_PER_PAGE = 30
MARGIN = 14.0  # mm
ROW = 6.8  # mm: 30 rows and the header fit an A4 page
HEADER_ROW = 8.0
# Column widths in mm (182 mm between the margins): number, member, note, signature.
COLUMNS = (10.0, 64.0, 62.0, 46.0)
LARGEST, SMALLEST = 10.0, 2.0  # pt: a text of 200 letters set in 4 pt overflowed its row
PT = 0.3528  # mm per point
LEADING = 1.15
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
# What stands for a character the font cannot draw (a Chinese name: DejaVu has no CJK, and
# the machine's fonts are not asked): a visible mark, never a letter silently left out.
MISSING = "□"


def words(part: str, **data: Any) -> str:
    return to_plain_text(render("sheet_pdf_words", part=part, **data))


def page_count(record: SheetRecord) -> int:
    return max(1, -(-len(record.lines) // MEMBERS_PER_PAGE))


def _fonts() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


@lru_cache(maxsize=1)
def _drawable() -> frozenset[int]:
    """The characters both of the sheet's fonts draw."""
    from fontTools.ttLib import TTFont

    drawn: set[int] | None = None
    for name in FONTS:
        with TTFont(_fonts() / name, lazy=True) as font:
            codes = set(font.getBestCmap())
        drawn = codes if drawn is None else drawn & codes
    return frozenset(drawn or ())


def printable(text: str) -> str:
    """`text` as the sheet prints it: a character the font lacks is marked « □ »."""
    drawable = _drawable()
    return "".join(c if c.isspace() or ord(c) in drawable else MISSING for c in text)


def unprintable(record: SheetRecord) -> list[str]:
    """The members' names the sheet cannot print whole, to be said with the sheet."""
    return [line.name for line in record.lines if printable(line.name) != line.name]


def sheet_pdf(record: SheetRecord, council: str) -> bytes:
    """The sheet of one sitting: before it, to sign; after it, the record of attendance."""
    from fpdf import FPDF

    fonts = _fonts()
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)  # pages are cut every 30 members, by design
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.add_font("DejaVu", "", str(fonts / FONTS[0]))
    pdf.add_font("DejaVu", "B", str(fonts / FONTS[1]))
    pdf.set_title(words("title", held=record.held))
    pages = page_count(record)
    for page in range(pages):
        pdf.add_page()
        _header(pdf, record, council)
        chunk = record.lines[page * MEMBERS_PER_PAGE : (page + 1) * MEMBERS_PER_PAGE]
        y = _table_header(pdf, record)
        if not record.lines:
            pdf.set_font("DejaVu", "", LARGEST)
            _fit(pdf, words("empty"), MARGIN, y + 2, sum(COLUMNS), ROW)
        for offset, line in enumerate(chunk):
            _row(pdf, record, page * MEMBERS_PER_PAGE + offset + 1, line, y)
            y += ROW
        pdf.set_font("DejaVu", "", 9)
        footer = words("page", page=page + 1, pages=pages)
        pdf.set_xy(MARGIN, 297 - MARGIN + 2)
        pdf.cell(sum(COLUMNS), 5, footer, align="C")
    return bytes(pdf.output())


def _header(pdf: FPDF, record: SheetRecord, council: str) -> None:
    width = sum(COLUMNS)
    y = MARGIN
    for text, size, style in (
        (council, 13.0, "B"),
        (words("title", held=record.held), 15.0, "B"),
        (
            words(
                "sitting",
                body=record.body,
                held_on=record.held_on,
                start_time=record.start_time,
            ),
            11.0,
            "",
        ),
        (words("place", place=record.place), 10.0, ""),
        (
            words(
                "quorum",
                in_office=record.in_office,
                quorum=record.quorum_required,
                second=record.second_convocation,
            ),
            10.0,
            "",
        ),
        (
            words(
                "result",
                present=record.present,
                proxies=record.proxies,
                votes=record.votes,
                met=record.quorum_met,
                second=record.second_convocation,
            )
            if record.held
            else "",
            10.0,
            "B",
        ),
    ):
        if not text:
            continue
        pdf.set_font("DejaVu", style, size)
        height = _fit(pdf, text, MARGIN, y, width, 2 * size * PT * LEADING, largest=size)
        y += height + 0.8


def _table_header(pdf: FPDF, record: SheetRecord) -> float:
    y = 297 - MARGIN - 4 - MEMBERS_PER_PAGE * ROW - HEADER_ROW  # the table ends above the footer
    x = MARGIN
    pdf.set_fill_color(230, 230, 230)
    for width, part in zip(COLUMNS, ("number", "member", "note", "signature"), strict=True):
        pdf.rect(x, y, width, HEADER_ROW, style="DF")
        pdf.set_font("DejaVu", "B", LARGEST)
        _fit(pdf, words(part, held=record.held), x + 1, y, width - 2, HEADER_ROW, bold=True)
        x += width
    return y + HEADER_ROW


def _row(pdf: FPDF, record: SheetRecord, number: int, line: SheetLine, y: float) -> None:
    cells = (
        str(number),
        line.name,
        words(
            "line_note",
            proxy_to=line.proxy_to,
            proxy_from=line.proxy_from,
            presence=line.presence,
            held=record.held,
            declared=line.presence is not None,
        ),
        words("line_signature", presence=line.presence, held=record.held),
    )
    x = MARGIN
    pdf.set_font("DejaVu", "", LARGEST)
    for width, text in zip(COLUMNS, cells, strict=True):
        pdf.rect(x, y, width, ROW)
        if text:
            _fit(pdf, text, x + 1, y, width - 2, ROW)
        x += width


def _fit(
    pdf: FPDF,
    text: str,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    largest: float = LARGEST,
    bold: bool = False,
) -> float:
    """Write `text` in the box, in the largest size that fits whole; returns the height used."""
    text = printable(text)
    style = "B" if bold else pdf.font_style
    pdf.set_font("DejaVu", style, largest)
    widths: dict[str, float] = {}

    def width_at_one_point(piece: str) -> float:
        # a text's width grows with the size: measured once, at the largest, for every size
        # tried (measured at each size, a sheet of 300 long names took seconds of the loop)
        if piece not in widths:
            widths[piece] = pdf.get_string_width(piece) / largest
        return widths[piece]

    size = largest
    while True:
        lines = _wrap(width_at_one_point, text, width / size)
        needed = len(lines) * size * PT * LEADING
        if needed <= height or size <= SMALLEST:
            break
        size -= 0.5
    pdf.set_font("DejaVu", style, size)
    line_height = size * PT * LEADING
    top = y + max(0.0, (height - needed) / 2)
    for i, text_line in enumerate(lines):
        pdf.set_xy(x, top + i * line_height)
        pdf.cell(width, line_height, text_line)
    return needed


def _wrap(width_of: Callable[[str], float], text: str, width: float) -> list[str]:
    """Lines no wider than `width` (`width_of` measuring); a word too long is cut in pieces."""
    lines: list[str] = []
    current, used = "", 0.0
    space = width_of(" ")
    for word in text.split():
        while width_of(word) > width:
            # the longest piece that fits, found by halves (one character at a time, a name of
            # 200 letters took seconds)
            low, high = 1, len(word)
            while low < high:
                middle = (low + high + 1) // 2
                if width_of(word[:middle]) > width:
                    high = middle - 1
                else:
                    low = middle
            if current:
                lines.append(current)
                current, used = "", 0.0
            lines.append(word[:low])
            word = word[low:]
        wide = width_of(word)
        if current and used + space + wide <= width:
            current, used = f"{current} {word}", used + space + wide
        elif not current and wide <= width:
            current, used = word, wide
        else:
            lines.append(current)
            current, used = word, wide
    if current:
        lines.append(current)
    return lines or [""]
