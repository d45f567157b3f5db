"""A PDF page printed in two columns side by side, read one column after the other.

A PDF draws its text where it stands on the page, often line by line across it: two columns
of text (a procès-verbal set in two columns, the roll call on the left and the items on the
right, the council's name on a letterhead's left beside the sitting's date on its right) then
come out of the page's text as interleaved lines, « Présents : M. X, Deliberation n° 2026-031 :
Tarifs de la », and every reader after sees sentences that no one wrote.

Each piece of text the page draws comes with its place (pypdf's visitor). A run of lines in
which a piece starts at the same place near the middle of the page on every line, nothing
crossing that place, is two columns when what stands on each side reads as text of its own:
lines that fill their column (prose), or a cue ending with a colon on both sides (« Présents :
» beside « Absents excusés : »). A table's row — a name, then marks or a status in columns — is
neither, and stays a row. Only a page with such a run is written again (its lines in order,
each run's left column then its right one); any other page keeps pypdf's text as it was.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from storage.parsing.common import UPPER

# A piece's width is not drawn by pypdf: it is estimated from its characters and its size
# (Helvetica's and Times's widths, on average, in ems). Each place compared allows for it.
_NARROW = 0.5
_WIDE = 0.66
_SLACK = 0.1
_SAME_LINE = 0.35  # pieces whose baselines differ by less than this many ems share a line
_GAP = 0.8  # a gap of this many ems between two pieces is a column's edge, not a space
_ALIGNED = 2.5  # points: pieces starting this close start at the same place
_MIDDLE = (0.3, 0.7)  # where, on the page's width, a column's edge may stand
_MIN_LINES = 3  # a run of fewer lines side by side is a heading's pair of words, not columns
_FULL = 0.55  # a line of prose fills at least this much of its column
_PROSE = 0.5  # the share of a run's lines on each side that must be prose
_LEADING = 2.6  # ems between two lines' baselines past which a blank line stands between them
_TOP = 2  # a letterhead's run starts on one of the page's first lines
_LETTERHEAD_LINES = 4  # a letterhead's blocks are this many lines at most
_COUNCIL = re.compile(
    r"\b(?:commune|mairie|ville|communaut[ée]|m[ée]tropole|d[ée]partement|syndicat|agglom[ée]ration"
    r"|r[ée]gion|sivom|sivu|p[ôo]le|[ée]tablissement)\b",
    re.IGNORECASE,
)
_SITTING = re.compile(
    r"\b(?:s[ée]ance|r[ée]union|conseil|comit[ée]|bureau|extrait|proc[èe]s|compte|"
    r"d[ée]lib[ée]ration|assembl[ée]e|commission)\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[^:]{1,60}:$")
_CUE = re.compile(r"^[^\W\d_][^:]{1,50}:(?:\s|$)")


_WIDE_CHARACTERS = re.compile(rf"[{UPPER}0-9]")


@dataclass(slots=True)
class Piece:
    x: float
    y: float
    size: float
    text: str
    end: float = field(init=False)  # where it ends, estimated once

    def __post_init__(self) -> None:
        wide = len(_WIDE_CHARACTERS.findall(self.text))
        self.end = self.x + self.size * (_WIDE * wide + _NARROW * (len(self.text) - wide))


@dataclass(slots=True)
class Line:
    y: float
    size: float
    pieces: list[Piece]

    def text(self, pieces: list[Piece] | None = None) -> str:
        out = ""
        last: Piece | None = None
        for piece in pieces if pieces is not None else self.pieces:
            if last is not None and piece.x - last.end > _GAP * piece.size:
                out = f"{out.rstrip()}  {piece.text.strip()}"  # a gap kept as a wide one
            elif out and not out.endswith(" ") and not piece.text.startswith(" "):
                out = f"{out} {piece.text}"
            else:
                out += piece.text
            last = piece
        return out.strip()


def _lines(pieces: list[Piece]) -> list[Line]:
    lines: list[Line] = []
    for piece in sorted(pieces, key=lambda p: (-p.y, p.x)):
        if lines and abs(lines[-1].y - piece.y) <= _SAME_LINE * max(piece.size, lines[-1].size):
            lines[-1].pieces.append(piece)
        else:
            lines.append(Line(piece.y, piece.size, [piece]))
    for line in lines:
        line.pieces.sort(key=lambda p: p.x)
    return lines


def _edges(line: Line, low: float, high: float) -> list[float]:
    """Where a piece starts after a gap, or starts the line, between `low` and `high`: a
    column's possible edge."""
    first = line.pieces[0]
    return [first.x] * (low <= first.x <= high) + [
        piece.x
        for before, piece in itertools.pairwise(line.pieces)
        if low <= piece.x <= high and piece.x - before.end > _GAP * piece.size
    ]


def _at_edges(
    line: Line, seen: set[int], own: list[float], low: float, high: float
) -> list[float]:
    """Where a piece starts at an edge other lines show, though no gap is seen before it: a
    piece's end is an estimate, and a line filling its column (« Présents : NAVARRO Maïté,
    DARRAS Thierry, MASSON » beside « Absents excusés : … ») may seem to reach the next one."""
    return [
        piece.x
        for piece in line.pieces[1:]
        if low <= piece.x <= high
        and piece.x not in own
        and any(round(piece.x / _ALIGNED) + step in seen for step in (-1, 0, 1))
    ]


def _split(line: Line, edge: float) -> tuple[list[Piece], list[Piece]] | None:
    """The line's pieces left and right of the edge; None when one crosses it."""
    left = [p for p in line.pieces if p.x < edge - _ALIGNED]
    right = [p for p in line.pieces if p.x >= edge - _ALIGNED]
    # (a piece's end is an estimate: a long one may seem to pass the edge by a tenth)
    if left and left[-1].end > edge + line.size * _NARROW + _SLACK * (left[-1].end - left[-1].x):
        return None
    return left, right


def _prose(pieces: list[Piece], start: float, stop: float) -> bool:
    """A line of text filling its column: no gap inside it (a table's cells have some)."""
    if not pieces or stop <= start:
        return False
    if any(b.x - a.end > _GAP * b.size for a, b in itertools.pairwise(pieces)):
        return False
    return (pieces[-1].end - pieces[0].x) >= _FULL * (stop - start)


def _cue(pieces: list[Piece]) -> bool:
    return bool(pieces) and _CUE.match(pieces[0].text.strip()) is not None


def _letterhead(lefts: list[list[Piece]], rights: list[list[Piece]]) -> bool:
    """Two blocks side by side at the page's top, one naming the council (« COMMUNE DE
    BOËN-SUR-LIGNON », « Communauté de communes / du Pays d'Astrée »), the other the sitting
    (« Séance du 3 février 2026 »): each block is read whole, its lines are one name."""
    left = " ".join(Line(0, 0, pieces).text() for pieces in lefts)
    right = " ".join(Line(0, 0, pieces).text() for pieces in rights)
    return bool(
        (_COUNCIL.search(left) and _SITTING.search(right))
        or (_COUNCIL.search(right) and _SITTING.search(left))
    )


def _columns(
    lines: list[Line], start: int, edge: float, margin: float, right_end: float
) -> tuple[int, int, bool]:
    """How many lines from `start` stand in two columns at `edge` (0 when they do not), where
    the lines sharing that edge end, and whether they are a letterhead's blocks."""
    end = start
    while end < len(lines) and (split := _split(lines[end], edge)) is not None:
        if end > start and lines[end - 1].y - lines[end].y > _LEADING * lines[end].size:
            break  # a blank between: what follows is another block
        _, right = split
        if (right or end == start) and not any(abs(p.x - edge) <= _ALIGNED for p in right):
            break  # (each column goes on alone where the other has ended, or is set lower)
        end += 1
    run = [_split(line, edge) for line in lines[start:end]]
    sides = [s for s in run if s is not None]
    lefts = [left for left, _ in sides if left]
    rights = [right for _, right in sides if right]
    letterhead = bool(
        start <= _TOP and lefts and rights and end - start >= 2 and _letterhead(lefts, rights)
    )
    if letterhead and end - start <= _LETTERHEAD_LINES:
        return end - start, end, True
    if len(lefts) < _MIN_LINES or len(rights) < _MIN_LINES:
        return (end - start, end, True) if letterhead else (0, end, False)
    prose = sum(_prose(left, margin, edge) for left in lefts) >= _PROSE * len(lefts) and sum(
        _prose(right, edge, right_end) for right in rights
    ) >= _PROSE * len(rights)
    cues = any(_cue(left) for left in lefts) and any(_cue(right) for right in rights)
    # labels in a column of their own, each value beside it (« Présents : » then the names):
    # a form read line by line, never as two columns
    labels = sum(1 for left in lefts if _LABEL.match(Line(0, 0, left).text()))
    form = labels * 2 >= len(lefts)
    if (prose or cues) and not form:
        # (a page's two columns from its top: the council's name heads the left one, the
        # first act the right one; more than a letterhead's lines, they are the text's)
        return end - start, end, False
    return (end - start, end, True) if letterhead else (0, end, False)


def page_lines(pieces: list[Piece]) -> list[Line]:
    """The page's pieces as lines, top to bottom, each line's left to right."""
    return _lines([p for p in pieces if p.text.strip()])


def gapped_lines(lines: list[Line]) -> list[str]:
    """Each line of more than one piece, its pieces apart by two spaces where a gap stands
    between them (a table's cells), as a text export prints a table without borders."""
    return [line.text() for line in lines if len(line.pieces) > 1]


def column_text(lines: list[Line], width: float) -> tuple[str, bool] | None:
    """The page's text with each run of two columns read left column first, and whether a run
    is more than a letterhead's two blocks; None when the page has no such run (its text is
    then pypdf's own)."""
    if len(lines) < _MIN_LINES:
        return None
    low, high = _MIDDLE[0] * width, _MIDDLE[1] * width
    margin = min(line.pieces[0].x for line in lines)
    right_end = max(line.pieces[-1].end for line in lines)
    out: list[str] = []
    found = False
    body = False  # a run below the letterhead, or longer than it
    index = 0
    # where the lines sharing an edge that is no columns' end: a line inside them is not tried
    # again at that edge (each line is then looked at a bounded number of times)
    refused: dict[int, int] = {}
    edges = [_edges(line, low, high) for line in lines]
    seen = {round(edge / _ALIGNED) for found in edges for edge in found}
    while index < len(lines):
        taken = 0
        for edge in edges[index] + _at_edges(lines[index], seen, edges[index], low, high):
            key = round(edge / (2 * _ALIGNED))
            if refused.get(key, -1) > index:
                continue
            taken, end, letterhead = _columns(lines, index, edge, margin, right_end)
            if taken:
                body = body or not letterhead
                break
            refused[key] = end
        if not taken:
            out.append(lines[index].text())
            index += 1
            continue
        found = True
        sides = [_split(line, edge) for line in lines[index : index + taken]]
        left_lines = [Line(0, 0, s[0]).text() for s in sides if s is not None and s[0]]
        right_lines = [Line(0, 0, s[1]).text() for s in sides if s is not None and s[1]]
        out.extend(left_lines)
        out.extend(right_lines)
        index += taken
    return ("\n".join(out), body) if found else None


# A text file exported from a PDF with its layout kept (pdftotext -layout): a column's edge is
# a run of three spaces and more, each character one place.
_TEXT_GAP = re.compile(r"\S(?: ?\S)*")
_TEXT_SIZE = 10.0  # the size each line's pieces are given: a character is _WIDE of it
_TEXT_LEADING = 1.5  # ems between two lines: a blank line between two is a block's end
_BLANK = re.compile(r"\n[ \t]*\n")


def text_columns(text: str) -> str | None:
    """A plain text's runs of two columns side by side (« Présents :      Absents excusés : »
    then a name on each side, line by line), each read left column first as a PDF's page is;
    None when the text has none. Each piece between gaps of three spaces and more stands at
    its character's place, so the page's rules read the text as they read a PDF's pieces;
    each block between blank lines is looked at alone, and kept as it was when it holds none."""
    if "   " not in text:
        return None
    blocks = _BLANK.split(text)
    # the page's width: its widest line (a block's own may be a column's half)
    width = max(map(len, text.split("\n"))) * _WIDE * _TEXT_SIZE
    found = False
    for at, block in enumerate(blocks):
        if "   " in block and (columns := _block_columns(block, width)) is not None:
            blocks[at] = columns
            found = True
    return "\n\n".join(blocks) if found else None


def _block_columns(block: str, width: float) -> str | None:
    pieces: list[Piece] = []
    for index, line in enumerate(block.split("\n")):
        y = -index * _TEXT_LEADING * _TEXT_SIZE
        for match in _TEXT_GAP.finditer(line.replace("\t", "    ")):
            pieces.append(Piece(match.start() * _WIDE * _TEXT_SIZE, y, _TEXT_SIZE, match.group()))
    lines = page_lines(pieces)
    if len(lines) < _MIN_LINES:
        return None
    columns = column_text(lines, width)
    if columns is None or not columns[1]:
        return None  # (a letterhead's blocks alone: each line is read as it is)
    return columns[0]
