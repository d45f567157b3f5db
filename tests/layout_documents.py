"""Invented documents laid out as councils' tools lay them out: PDFs in two columns (text side
by side, a roll call in a two-column table, the council's name in a left column beside the
date), PDF tables with ruled cells and without, .docx and .odt roll calls as tables of
« Présent / Absent / Excusé / Pouvoir à » columns or ticks, a vote table per item, a page
saved from a council's site, an .rtf, and open-data CSVs with a spreadsheet's damage.

Each document is written by the code here (fpdf2 for PDFs, zipfile for .docx and .odt), with
the values a reader of the printed page reads (`expected`), decided before any reading; tests
and the measurement read them from `LAYOUTS`.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from fpdf import FPDF

LATIN1 = str.maketrans({"–": "-", "—": "-", "’": "'", "«": '"', "»": '"', "œ": "oe"})


@dataclass(frozen=True)
class Layout:
    name: str  # the file's name: its suffix says its kind
    make: Callable[[], bytes]
    expected: dict[str, Any] = field(default_factory=dict)


# -- PDFs ------------------------------------------------------------------------------------


def _pdf() -> FPDF:
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    return pdf


def _lines(pdf: FPDF, x: float, y: float, text: str, width: float, height: float = 4.5) -> float:
    """Each line of `text` at x from y down, as a column; returns the y below it."""
    for line in text.translate(LATIN1).strip("\n").split("\n"):
        pdf.set_xy(x, y)
        pdf.cell(width, height, line)
        y += height
    return y


def _bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def _side_by_side(pdf: FPDF, y: float, left: str, right: str, at: float, width: float) -> float:
    """Two blocks of lines side by side, drawn line by line across the page (left, right,
    next line), as a layout tool or a table's row writes them: the page's text runs the two
    columns together line by line. Returns the y below the longer."""
    lefts = left.translate(LATIN1).strip("\n").split("\n")
    rights = right.translate(LATIN1).strip("\n").split("\n")
    for index in range(max(len(lefts), len(rights))):
        for x, lines in ((10.0, lefts), (at, rights)):
            if index < len(lines):
                pdf.set_xy(x, y)
                pdf.cell(width, 4.5, lines[index])
        y += 4.5
    return y


def columns_pdf(head: str, left: str, right: str, tail: str = "", *, gap: float = 8) -> bytes:
    """A page: `head` across it, then two columns side by side, then `tail` across it."""
    pdf = _pdf()
    y = _lines(pdf, 10, 10, head, 190) + 3 if head else 10
    bottom = _side_by_side(pdf, y, left, right, 100 + gap, 90)
    if tail:
        _lines(pdf, 10, bottom + 3, tail, 190)
    return _bytes(pdf)


def stacked_columns_pdf(head: str, left: str, right: str, tail: str = "", *,
                        gutter: float = 2.0, interleaved: bool = False) -> bytes:  # fmt: skip
    """A page: `head` across it, then two columns drawn one after the other (the whole left
    column, then the whole right one, as a word processor's columns are; line by line across
    the page when `interleaved`), the right one's text `gutter` mm after the end of the left's
    longest line, then `tail` across it."""
    pdf = _pdf()
    y = _lines(pdf, 10, 10, head, 190) + 3 if head else 10
    lefts = left.translate(LATIN1).strip("\n").split("\n")
    at = 10 + max(pdf.get_string_width(line) for line in lefts) + gutter
    if interleaved:
        bottom = _side_by_side(pdf, y, left, right, at, 200 - at)
    else:
        bottom = max(_lines(pdf, 10, y, left, at - 10), _lines(pdf, at, y, right, 200 - at))
    if tail:
        _lines(pdf, 10, bottom + 3, tail, 190)
    return _bytes(pdf)


def heading_pdf(left: str, right: str, body: str) -> bytes:
    """A heading in two blocks side by side (the council on the left, the sitting on the
    right, as a letterhead), then the body across the page."""
    pdf = _pdf()
    bottom = _side_by_side(pdf, 10, left, right, 120, 80)
    _lines(pdf, 10, bottom + 4, body, 190)
    return _bytes(pdf)


def table_pdf(
    before: str, rows: list[list[str]], widths: list[float], after: str, *, ruled: bool
) -> bytes:
    """A table between two texts, its cells ruled (borders) or not."""
    pdf = _pdf()
    y = _lines(pdf, 10, 10, before, 190) + 2
    for row in rows:
        x = 10.0
        for cell, width in zip(row, widths, strict=True):
            pdf.set_xy(x, y)
            pdf.cell(width, 6, cell.translate(LATIN1), border=1 if ruled else 0)
            x += width
        y += 6
    _lines(pdf, 10, y + 3, after, 190)
    return _bytes(pdf)


def wrapped_table_pdf(before: str, rows: list[list[str]], widths: list[float], after: str, *,
                      align: str = "middle", letterhead: tuple[str, str] | None = None,
                      ruled: bool = False) -> bytes:  # fmt: skip
    """A table whose cells wrap (each line of a cell a line of it), as a word processor draws
    it: a row as tall as its longest cell, each cell's lines set at the row's top, in its
    middle or at its bottom (`align`), the row's cells drawn one after the other.
    `letterhead`: the council's block and the sitting's side by side above `before`."""
    pdf = _pdf()
    y = _side_by_side(pdf, 10, *letterhead, 120, 80) + 4 if letterhead else 10
    y = _lines(pdf, 10, y, before, 190) + 2
    for row in rows:
        height = max(len(cell.split("\n")) for cell in row) * 4.5 + 1.5
        x = 10.0
        for cell, width in zip(row, widths, strict=True):
            parts = cell.translate(LATIN1).split("\n")
            room = height - 1.5 - 4.5 * len(parts)  # the row's height its lines leave
            top = y + 0.75 + {"top": 0.0, "bottom": room}.get(align, room / 2)
            if ruled:
                pdf.rect(x, y, width, height)
            for index, part in enumerate(parts):
                pdf.set_xy(x, top + 4.5 * index)
                pdf.cell(width, 4.5, part)
            x += width
        y += height
    _lines(pdf, 10, y + 3, after, 190)
    return _bytes(pdf)


def two_tables_pdf(before: str, left: list[list[str]], right: list[list[str]], after: str,
                   *, ruled: bool) -> bytes:  # fmt: skip
    """Two tables side by side (a roll call printed in two halves), then the rest."""
    pdf = _pdf()
    y0 = _lines(pdf, 10, 10, before, 190) + 2
    bottom = y0
    for x0, rows in ((10.0, left), (105.0, right)):
        y = y0
        for row in rows:
            x = x0
            for cell, width in zip(row, (55.0, 35.0), strict=True):
                pdf.set_xy(x, y)
                pdf.cell(width, 6, cell.translate(LATIN1), border=1 if ruled else 0)
                x += width
            y += 6
        bottom = max(bottom, y)
    _lines(pdf, 10, bottom + 3, after, 190)
    return _bytes(pdf)


# -- .docx and .odt ---------------------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx_p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _docx_cell(text: str, span: int = 1, merge: str | None = None) -> str:
    """A cell; each line of `text` a paragraph of it."""
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge is not None:
        props += f'<w:vMerge w:val="{merge}"/>' if merge else "<w:vMerge/>"
    head = f"<w:tcPr>{props}</w:tcPr>" if props else ""
    return f"<w:tc>{head}{''.join(_docx_p(line) for line in text.split(chr(10)))}</w:tc>"


Cell = str | tuple[str, int] | tuple[str, int, str | None]


def _docx_table(rows: list[list[Cell]]) -> str:
    out = ["<w:tbl>"]
    for row in rows:
        cells = []
        for cell in row:
            if isinstance(cell, tuple):
                cells.append(_docx_cell(cell[0], cell[1], cell[2] if len(cell) > 2 else None))
            else:
                cells.append(_docx_cell(cell))
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def text_boxes(*boxes: str) -> str:
    """A paragraph anchoring text boxes (a letterhead's blocks), each line a paragraph of its
    box, as Word saves them (with the copy for old readers that is no second text)."""
    runs = []
    for box in boxes:
        inner = "".join(_docx_p(line) for line in box.strip("\n").split("\n"))
        runs.append(
            '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
            'markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f"<w:txbxContent>{inner}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
            '<mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">'
            f"<w:txbxContent>{inner}</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
    return f"<w:p>{''.join(runs)}</w:p>"


def docx(*blocks: str | list[list[Cell]]) -> bytes:
    """A .docx of paragraphs (a string, one paragraph a line) and tables (lists of rows)."""
    body = "".join(
        block
        if isinstance(block, str) and block.startswith("<w:p>")
        else "".join(_docx_p(line) for line in block.strip("\n").split("\n"))
        if isinstance(block, str)
        else _docx_table(block)
        for block in blocks
    )
    document = f"<w:document {_W}><w:body>{body}</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def _odt_table(rows: list[list[Cell]]) -> str:
    out = ["<table:table>"]
    for row in rows:
        out.append("<table:table-row>")
        for cell in row:
            text, span = (cell[0], cell[1]) if isinstance(cell, tuple) else (cell, 1)
            attribute = f' table:number-columns-spanned="{span}"' if span > 1 else ""
            paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))
            out.append(f"<table:table-cell{attribute}>{paragraphs}</table:table-cell>")
            out.extend("<table:covered-table-cell/>" for _ in range(span - 1))
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def odt_frames(*boxes: str) -> str:
    """A paragraph anchoring frames (a letterhead's blocks), each line a paragraph of its box."""
    frames = "".join(
        '<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0">'
        "<draw:text-box>"
        + "".join(f"<text:p>{escape(line)}</text:p>" for line in box.strip("\n").split("\n"))
        + "</draw:text-box></draw:frame>"
        for box in boxes
    )
    return f"<text:p>{frames}</text:p>"


def odt(*blocks: str | list[list[Cell]]) -> bytes:
    body = "".join(
        block
        if isinstance(block, str) and block.startswith("<text:p>")
        else "".join(f"<text:p>{escape(line)}</text:p>" for line in block.strip("\n").split("\n"))
        if isinstance(block, str)
        else _odt_table(block)
        for block in blocks
    )
    content = (
        f"<office:document-content {_ODT_NS}><office:body><office:text>{body}"
        "</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


# -- the documents ----------------------------------------------------------------------------

TWO_COLUMN_MINUTES_LEFT = """Etaient presents : Mme Aline BRUGERE,
M. Pascal DUVERNOY, Mme Claire ESCANDE,
M. Hugo FABRE, Mme Irene GAUTHERON,
M. Marc HUGONNET, Mme Lea JARNIAS.
Absents excuses : M. Bruno LACHAUX
(pouvoir a Mme Aline BRUGERE),
Mme Nadia MOULIN.
Secretaire de seance : M. Hugo FABRE.
Nombre de membres en exercice : 9
Presents : 7 - Votants : 8"""

TWO_COLUMN_MINUTES_RIGHT = """Deliberation n° 2026-031 : Tarifs de la
cantine scolaire pour l'annee 2026-2027.
Le conseil municipal, apres en avoir
delibere, fixe les nouveaux tarifs de la
restauration scolaire.
Adopte a l'unanimite.
Deliberation n° 2026-032 : Subvention a
l'association des parents d'eleves.
Le conseil attribue une subvention de
800 euros.
Votes : Pour : 6 - Contre : 2 - Abstention : 0"""


# What the minutes in two columns say, whatever their layout.
MINUTES_FIELDS = {
    "date": "2026-04-14", "council": "saint-romain-les-ormes",
    "present": ["brugere", "duvernoy", "escande", "fabre", "gautheron", "hugonnet", "jarnias"],
    "excused": ["lachaux", "moulin"], "proxies": [["lachaux", "brugere"]],
    "counts": [9, 7, 8], "secretary": "fabre", "numbers": ["2026-031", "2026-032"],
}  # fmt: skip


def _two_column_minutes() -> bytes:
    return columns_pdf(
        "COMMUNE DE SAINT-ROMAIN-LES-ORMES\nPROCES-VERBAL DU CONSEIL MUNICIPAL DU 14 AVRIL 2026",
        TWO_COLUMN_MINUTES_LEFT,
        TWO_COLUMN_MINUTES_RIGHT,
    )


ROLL_CALL_LEFT = """Presents :
M. Albert CHAMBEYRON
Mme Brigitte DELOLME
M. Cedric FOREST
Mme Denise GIRARDET
M. Emile PONCET"""

ROLL_CALL_RIGHT = """Absents excuses :
Mme Fanny RIVOLIER (pouvoir a
M. Albert CHAMBEYRON)
M. Gilles SOULIER
Absents :
Mme Helene TARDY"""


def _two_column_roll_call() -> bytes:
    return columns_pdf(
        "COMMUNAUTE DE COMMUNES DES MONTS DU FOREZ\n"
        "Conseil communautaire - Seance du 3 mars 2026\n"
        "Membres en exercice : 8   Presents : 5   Votants : 6",
        ROLL_CALL_LEFT,
        ROLL_CALL_RIGHT,
        "Deliberation n° CC-2026-014 : Collecte des dechets menagers\n"
        "Le conseil communautaire approuve le nouveau reglement de collecte.\n"
        "Adopte a l'unanimite.",
    )


def _heading_beside_date() -> bytes:
    return heading_pdf(
        "REPUBLIQUE FRANCAISE\nDepartement de la Loire\nCOMMUNE DE MARCLOPT-SUR-LOIRE",
        "EXTRAIT DU REGISTRE\nDES DELIBERATIONS\nSeance du 9 fevrier 2026",
        "Nombre de conseillers en exercice : 7  Presents : 6  Votants : 6\n"
        "Presents : M. Jean BARDIN, Mme Lucie COTTIER, M. Paul DREVET, Mme Anne FAVIER,\n"
        "M. Louis GENEST, Mme Rose VIALLON.\n"
        "Absente : Mme Odette MATRAT.\n"
        "Secretaire de seance : Mme Lucie COTTIER.\n"
        "Deliberation n° 2026-007 : Travaux de voirie communale\n"
        "Le conseil municipal approuve le programme de travaux de voirie.\n"
        "Adopte a l'unanimite.",
    )


def _heading_beside_date_metropole() -> bytes:
    return heading_pdf(
        "METROPOLE DU VAL D'ARLY\nDirection des assemblees",
        "Bureau metropolitain\nReunion du jeudi 12 mars 2026",
        "Membres en exercice : 6  Presents : 5  Pouvoirs : 1  Votants : 6\n"
        "Presents : Mme Sylvie ARNAUD, M. Olivier BLANCHET, Mme Chantal CROS,\n"
        "M. Denis DUMONT, M. Eric FAYARD.\n"
        "Pouvoirs : Mme Julie GARNIER a M. Denis DUMONT.\n"
        "Deliberation n° B-2026-045 : Convention avec l'office de tourisme\n"
        "Le bureau approuve la convention.\n"
        "Pour : 6 - Contre : 0 - Abstention : 0",
    )


GRID_HEADER = ["Nom Prenom", "Present", "Excuse", "Absent", "Pouvoir a"]
GRID_ROWS = [
    ["BERTHET Anne", "X", "", "", ""],
    ["CHAZELLE Marc", "X", "", "", ""],
    ["DEVILLE Sophie", "", "X", "", "BERTHET Anne"],
    ["EYRAUD Luc", "X", "", "", ""],
    ["FERRAND Julie", "", "", "X", ""],
    ["GACHET Paul", "", "X", "", ""],
]
GRID_EXPECTED = {
    "present": ["berthet", "chazelle", "eyraud"],
    "excused": ["deville", "gachet"],
    "absent": ["ferrand"],
    "proxies": [["deville", "berthet"]],
}
GRID_BEFORE = (
    "COMMUNE DE LA TOUR-EN-JAREZ\n"
    "Seance du conseil municipal du 20 janvier 2026\n"
    "Membres en exercice : 6  Presents : 3  Votants : 4"
)
GRID_AFTER = (
    "Deliberation n° 2026-003 : Budget primitif 2026\n"
    "Le conseil municipal adopte le budget primitif.\n"
    "Pour : 3 - Contre : 1 - Abstention : 0"
)
GRID_FIELDS = {
    "date": "2026-01-20",
    "council": "tour-en-jarez",
    "number": "2026-003",
    **GRID_EXPECTED,
    "counts": [6, 3, 4],
    "votes": [3, 1, 0],
}


def _grid_pdf(ruled: bool) -> bytes:
    return table_pdf(GRID_BEFORE, [GRID_HEADER, *GRID_ROWS], [60, 22, 22, 22, 50], GRID_AFTER,
                     ruled=ruled)  # fmt: skip


def _grid_pdf_header(header: list[str], ruled: bool = True) -> bytes:
    """The grid's rows under another header's words (a status's letters, a members' column
    in several words)."""
    return table_pdf(GRID_BEFORE, [header, *GRID_ROWS], [60, 22, 22, 22, 50], GRID_AFTER,
                     ruled=ruled)  # fmt: skip


VOTE_TABLE = [
    ["N°", "Objet", "Pour", "Contre", "Abstention"],
    ["2026-21", "Tarifs de la piscine", "15", "2", "1"],
    ["2026-22", "Subvention au club de judo", "18", "0", "0"],
    ["2026-23", "Cession d'un terrain", "12", "4", "2"],
]


def _vote_table_pdf() -> bytes:
    return table_pdf(
        "SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-LIGNON\n"
        "Releve des decisions du comite syndical du 5 fevrier 2026\n"
        "Membres en exercice : 20  Presents : 16  Pouvoirs : 2  Votants : 18\n"
        "Presents : M. Rene ABRIAL, Mme Yvette BONNEFOY, M. Andre CELLIER, "
        "Mme Jeanne DURAND,\nM. Pierre ESTIVAL, Mme Marie FAURE, M. Guy GIRAUD, "
        "Mme Eliane HOSTIN, M. Henri JUILLAND,\nMme Paule LAURENT, M. Raoul MOURIER, "
        "Mme Sonia NOYER, M. Alain PEYRON, Mme Rose RIOU,\nM. Jules SABY, "
        "Mme Nina TEYSSIER.",
        VOTE_TABLE,
        [22, 90, 22, 22, 28],
        "Secretaire de seance : Mme Yvette BONNEFOY.",
        ruled=True,
    )


def _two_tables_pdf(ruled: bool) -> bytes:
    header = ["Nom", "Presence"]
    left = [header, ["ALLARD Jean", "Present"], ["BONNET Claire", "Presente"],
            ["CUZIN Pierre", "Excuse"]]  # fmt: skip
    right = [header, ["DUCROS Anne", "Pouvoir a ALLARD Jean"], ["ESPINASSE Yves", "Present"],
             ["FAYOLLE Rose", "Absente"]]  # fmt: skip
    return two_tables_pdf(
        "COMMUNE DE SAINT-PAL-DE-CHALENCON\n"
        "Conseil municipal - seance du 6 mars 2026\n"
        "Membres en exercice : 6  Presents : 3  Votants : 4",
        left,
        right,
        "Deliberation n° 2026-012 : Renouvellement du bail de la poste\n"
        "Le conseil municipal approuve le renouvellement du bail.\n"
        "Adopte a l'unanimite.",
        ruled=ruled,
    )


TWO_TABLES_FIELDS = {
    "date": "2026-03-06",
    "council": "saint-pal-de-chalencon",
    "number": "2026-012",
    "present": ["allard", "bonnet", "espinasse"],
    "excused": ["cuzin", "ducros"],
    "absent": ["fayolle"],
    "proxies": [["ducros", "allard"]],
    "counts": [6, 3, 4],
}


NEWSPAPER_LEFT = """Le douze janvier deux mille vingt-six,
le conseil municipal de la commune de
Bessey-sur-Lignon, legalement convoque,
s'est reuni sous la presidence de
M. Gerard PAYRE, Maire.
Presents : M. Gerard PAYRE, Mme Alice
BROSSARD, M. Daniel CROZET, Mme Edith
DUMAS, M. Fabien ROCHE.
Absents excuses : Mme Sylvie VERNET
(pouvoir a M. Daniel CROZET).
Secretaire : Mme Alice BROSSARD."""

NEWSPAPER_RIGHT = """1 - Approbation du compte de gestion
Deliberation n° 2026-01
Le conseil approuve le compte de gestion
2025 du receveur municipal.
Adopte a l'unanimite.
2 - Vente de bois communal
Deliberation n° 2026-02
Le conseil decide la vente de la coupe
de bois de la parcelle 12.
Pour : 4 - Contre : 1 - Abstention : 1"""


def _newspaper_pdf() -> bytes:
    return columns_pdf(
        "COMMUNE DE BESSEY-SUR-LIGNON\nCOMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL",
        NEWSPAPER_LEFT,
        NEWSPAPER_RIGHT,
    )


# .docx and .odt roll calls ---------------------------------------------------------------

OFFICE_HEAD = """Commune de Chambles-sur-Loire
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 17 mars 2026
Nombre de membres en exercice : 7  Présents : 4  Votants : 5"""
OFFICE_TAIL = """Secrétaire de séance : Mme Ginette PRAS
Délibération n° 2026-019 : Aménagement du cimetière
Le conseil municipal approuve le projet d'aménagement.
Adopté à la majorité : Pour : 4 – Contre : 1 – Abstention : 0"""
OFFICE_FIELDS = {
    "date": "2026-03-17",
    "council": "chambles-sur-loire",
    "number": "2026-019",
    "present": ["coste", "pras", "reynaud", "teyssot"],
    "excused": ["mounier", "vialle"],
    "absent": ["bayle"],
    "proxies": [["mounier", "coste"]],
    "counts": [7, 4, 5],
    "votes": [4, 1, 0],
    "secretary": "pras",
}
MEMBERS = [
    ("COSTE Bernard", "Maire"),
    ("PRAS Ginette", "Adjointe"),
    ("REYNAUD Paul", "Conseiller"),
    ("TEYSSOT Lina", "Conseillère"),
    ("MOUNIER Hervé", "Conseiller"),
    ("VIALLE Odile", "Conseillère"),
    ("BAYLE Jacques", "Conseiller"),
]
STATUS = {  # name → (present, absent, excused, holder)
    "COSTE Bernard": "P",
    "PRAS Ginette": "P",
    "REYNAUD Paul": "P",
    "TEYSSOT Lina": "P",
    "MOUNIER Hervé": "E:COSTE Bernard",
    "VIALLE Odile": "E",
    "BAYLE Jacques": "A",
}


def _ticks(mark: str, *, function: bool, holder_header: str = "Pouvoir à") -> list[list[Cell]]:
    head: list[Cell] = ["Nom Prénom", *(["Fonction"] if function else []), "Présent",
                        "Absent", "Excusé", holder_header]  # fmt: skip
    rows: list[list[Cell]] = [head]
    for name, role in MEMBERS:
        status = STATUS[name]
        cells: list[Cell] = [name, *([role] if function else [])]
        cells += [mark if status == "P" else "", mark if status == "A" else "",
                  mark if status.startswith("E") else "", status[2:]]  # fmt: skip
        rows.append(cells)
    return rows


def _merged_presence() -> list[list[Cell]]:
    rows: list[list[Cell]] = [
        ["Conseiller", ("Présence", 3), "Procuration donnée à"],
        ["", "Présent", "Absent", "Excusé", ""],
    ]
    for name, _ in MEMBERS:
        status = STATUS[name]
        rows.append([name, "X" if status == "P" else "", "X" if status == "A" else "",
                     "X" if status.startswith("E") else "", status[2:]])  # fmt: skip
    return rows


def _status_column(header: str) -> list[list[Cell]]:
    words = {"P": "Présent", "A": "Absent", "E": "Excusé"}
    rows: list[list[Cell]] = [["Élus", "Qualité", header]]
    for name, role in MEMBERS:
        status = STATUS[name]
        said = f"Pouvoir à {status[2:]}" if ":" in status else words[status[0]]
        rows.append([name, role, said])
    return rows


def _two_halves() -> list[list[Cell]]:
    """A roll call printed in two halves side by side in one table."""
    words = {"P": "Présent", "A": "Absent", "E": "Excusé"}
    said = [
        (name, f"Pouvoir à {STATUS[name][2:]}" if ":" in STATUS[name] else words[STATUS[name][0]])
        for name, _ in MEMBERS
    ]
    rows: list[list[Cell]] = [["Nom", "Présence", "Nom", "Présence"]]
    half = (len(said) + 1) // 2
    for left, right in zip(said[:half], [*said[half:], ("", "")], strict=True):
        rows.append([left[0], left[1], right[0], right[1]])
    return rows


VOTE_ITEMS_DOCX_HEAD = """Communauté d'agglomération du Pays de Lunel
PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE DU 26 FÉVRIER 2026
Conseillers en exercice : 30 – Présents : 24 – Votants : 27"""


def _vote_per_item_docx() -> bytes:
    return docx(
        VOTE_ITEMS_DOCX_HEAD,
        "Délibération n° CA-2026-010 : Budget primitif du service des eaux\n"
        "Le conseil communautaire adopte le budget primitif.",
        [["Pour", "Contre", "Abstention"], ["22", "3", "2"]],
        "Délibération n° CA-2026-011 : Tarifs de l'école de musique\n"
        "Le conseil communautaire fixe les tarifs.",
        [["Pour", "Contre", "Abstention"], ["27", "0", "0"]],
    )


CMS_PAGE = """<!DOCTYPE html><html lang="fr"><head>
<title>Conseil municipal - Ville de Rive-Haute</title>
<meta charset="utf-8"><style>.menu{color:red}</style></head><body>
<header class="site-header"><div class="logo">Ville de Rive-Haute</div>
<ul class="menu"><li><a href="/">Accueil</a></li><li><a href="/mairie">Mairie</a></li>
<li><a href="/agenda">Agenda</a></li><li><a href="/contact">Contact</a></li></ul></header>
<div class="breadcrumb">Accueil &gt; Vie municipale &gt; Conseil municipal</div>
<main><article>
<h1>Compte rendu du conseil municipal du 2 avril 2026</h1>
<p class="date">Publié le 9 avril 2026</p>
<p>Commune de Rive-Haute &ndash; Séance du 2 avril 2026</p>
<table class="presence"><thead><tr><th>Nom</th><th>Présent</th><th>Absent</th>
<th>Pouvoir à</th></tr></thead><tbody>
<tr><td>M. Thomas AUDIN</td><td>X</td><td></td><td></td></tr>
<tr><td>Mme Céline BAROU</td><td>X</td><td></td><td></td></tr>
<tr><td>M. Kevin CORNUT</td><td></td><td>X</td><td>M. Thomas AUDIN</td></tr>
<tr><td>Mme Laure DIDIER</td><td>X</td><td></td><td></td></tr>
<tr><td>M. Yann ESCOT</td><td></td><td>X</td><td></td></tr>
</tbody></table>
<p>Membres en exercice : 5 &ndash; Présents : 3 &ndash; Votants : 4</p>
<p>Secrétaire de séance : Mme Céline BAROU</p>
<h2>Délibération n° 2026-040 : Réfection de la salle des fêtes</h2>
<p>Le conseil municipal approuve le plan de financement.</p>
<p>Adopté à l'unanimité.</p>
</article>
<aside><h3>Actualités</h3><ul><li>Fête de la musique le 21 juin</li>
<li>Présents à la cérémonie du 8 mai : merci !</li></ul></aside></main>
<footer><p>Mairie de Rive-Haute - 1 place de la Mairie - Tél. 04 77 00 00 00</p>
<p>Mentions légales - Plan du site</p></footer>
<script>var tracker = "Présents : personne";</script></body></html>"""


def _rtf_escape(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else f"\\'{ch.encode('cp1252')[0]:02x}" for ch in text)


def _rtf() -> bytes:
    rows = [
        ["Nom", "Présent", "Excusé", "Pouvoir à"],
        ["ARNAUD Marie", "X", "", ""],
        ["BLANC Hugues", "X", "", ""],
        ["CHAPUIS Eva", "", "X", "ARNAUD Marie"],
        ["DELAY Rémi", "X", "", ""],
    ]
    head = [
        "COMMUNE DE SAINT-THURIN",
        "Séance du conseil municipal du 23 janvier 2026",
        "Membres en exercice : 4   Présents : 3   Votants : 4",
    ]
    tail = [
        "Délibération n° 2026-004 : Adhésion au groupement de commandes",
        "Le conseil municipal approuve l'adhésion.",
        "Adopté à l'unanimité.",
    ]
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}"]
    parts += [_rtf_escape(line) + r"\par " for line in head]
    for row in rows:
        parts.append(r"\trowd\cellx2000\cellx3000\cellx4000\cellx6000 ")
        parts += [r"\intbl " + _rtf_escape(cell) + r"\cell " for cell in row]
        parts.append(r"\row ")
    parts.append(r"\pard ")
    parts += [_rtf_escape(line) + r"\par " for line in tail]
    parts.append("}")
    return "".join(parts).encode("latin-1")


# Open data -----------------------------------------------------------------------------------


def _csv(rows: list[str], *, encoding: str = "utf-8", bom: bool = False, end: str = "\n") -> bytes:
    """A CSV file as a spreadsheet exports it: its rows, a byte-order mark or not."""
    return (("\ufeff" if bom else "") + end.join(rows) + end).encode(encoding)


SCDL_HEADER = (
    "COLL_NOM;COLL_SIRET;DELIB_ID;DELIB_DATE;DELIB_MATIERE_CODE;DELIB_OBJET;BUDGET_ANNEE;"
    "BUDGET_NOM;PREF_ID;PREF_DATE;VOTE_EFFECTIF;VOTE_REEL;VOTE_POUR;VOTE_CONTRE;"
    "VOTE_ABSTENTION;DELIB_URL"
)


def _scdl_bom_serials() -> bytes:
    rows = [
        SCDL_HEADER,
        "Commune de Valfleury;2,14203E+13;2026-011;46043;7.1;Budget primitif 2026;2026;;;;"
        "19;17;15;2;0;",
        "Commune de Valfleury;2,14203E+13;2026-012;46043;8.5;Tarifs de la cantine;;;;;"
        "19;17;17;0;0;",
        ";;;;;;;;;;;;;;;",
    ]
    return _csv(rows, bom=True, end="\r\n")


def _scdl_tabs_latin1() -> bytes:
    header = SCDL_HEADER.replace(";", "\t")
    rows = [
        header,
        "Commune de Chevrières\t21420065700015\t2026/07\t12/02/2026\t3.5\t"
        '"Acquisition d\'une parcelle\nlieu-dit Les Égaux"\t\t\t\t\t15\t14\t14\t0\t0\t',
        "Commune de Chevrières\t21420065700015\t2026/08\t12/02/2026\t7.10\t"
        "Demande de subvention à l'État\t\t\t\t\t15\t14\t12\t0\t2\t",
    ]
    return _csv(rows, encoding="cp1252")


def _scdl_renamed() -> bytes:
    header = ("COLL_NOM,COLL_SIRET,DELIB_ID,DATE_DELIB,DELIB_OBJET,VOTE_EFFECTIF,VOTE_POUR,"
              "VOTE_CONTRE,VOTE_ABSTENTION")  # fmt: skip
    rows = [
        header,
        'Commune de Périgneux,21420168900011,D2026-015,05/03/2026,"Travaux, voirie",15,13,0,0',
        "Commune de Périgneux,21420168900011,D2026-016,05/03/2026,Tarifs des salles,15,13,0,0",
    ]
    return _csv(rows)


SUBSIDY_HEADER = (
    "nomAttribuant;idAttribuant;dateConvention;referenceDecision;nomBeneficiaire;"
    "idBeneficiaire;objet;montant;nature;conditionsVersement;datesPeriodeVersement;idRAE;"
    "notificationUE;pourcentageSubvention"
)


def _subsidies_bom() -> bytes:
    rows = [
        SUBSIDY_HEADER,
        "Commune de Sury-le-Comtal;21420304500018;15/01/2026;2026-005;Comité des fêtes;"
        "4,20E+13;Fête patronale;1 500,00 €;aide en numéraire;unique;2026;;false;",
        "Commune de Sury-le-Comtal;21420304500018;46037;2026-005;Club de football;"
        '42035789600011;"Achat de\nmaillots";2 400;aide en numéraire;unique;2026;;false;',
    ]
    return _csv(rows, bom=True, end="\r\n")


def _subsidies_latin1_missing() -> bytes:
    header = ("nomAttribuant\tidAttribuant\tdateConvention\treferenceDecision\tnomBeneficiaire\t"
              "objet\tmontant\tnature")  # fmt: skip
    rows = [
        header,
        "Département de l'Ardèche\t22070001800010\t2026-02-10\tCP-2026-031\tAssociation Éveil"
        "\tAtelier d'écriture\t3500\taide en numéraire",
        "Département de l'Ardèche\t22070001800010\t2026-02-10\tCP-2026-031\tMusée de la soie"
        "\tExposition d'été\t12000,50\taide en numéraire",
    ]
    return _csv(rows, encoding="cp1252")


def _other_schema_budget() -> bytes:
    rows = [
        "EXER;IDENT;NOMEN;CTYPE;LBUDG;COMPTE;MONTANT",
        "2025;21420218400014;M57;BP;BUDGET PRINCIPAL;6068;1520,00",
        "2025;21420218400014;M57;BP;BUDGET PRINCIPAL;6411;84000,00",
    ]
    return _csv(rows)


def _other_schema_elected() -> bytes:
    rows = [
        "Code du département,Libellé de la commune,Nom de l'élu,Prénom de l'élu,Code sexe,"
        "Date de naissance,Libellé de la fonction",
        "42,Saint-Galmier,DUPUY,Marie,F,12/04/1968,Maire",
        "42,Saint-Galmier,FOREST,Henri,M,03/09/1955,Premier adjoint",
    ]
    return _csv(rows)


def _lists_table() -> list[list[Cell]]:
    """The roll call as lists side by side in one table: a header of cues, one row of names
    (a paragraph each)."""
    return [
        ["Présents", "Absents excusés", "Absents"],
        ["M. Bernard COSTE\nMme Ginette PRAS\nM. Paul REYNAUD\nMme Lina TEYSSOT",
         "M. Hervé MOUNIER (pouvoir à M. Bernard COSTE)\nMme Odile VIALLE",
         "M. Jacques BAYLE"],
    ]  # fmt: skip


def _letters() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["Nom", "Prénom", "P", "E", "A", "Pouvoir à"]]
    for name, _ in MEMBERS:
        surname, first = name.split(" ", 1)
        status = STATUS[name]
        rows.append([surname, first, "X" if status == "P" else "",
                     "X" if status.startswith("E") else "", "X" if status == "A" else "",
                     status[2:]])  # fmt: skip
    return rows


def _worded_headers(
    header: tuple[str, ...] = ("Conseiller(e)", "Présent(e)", "Absent(e) excusé(e)",
                               "Absent(e)", "A donné pouvoir à"),
) -> list[list[Cell]]:  # fmt: skip
    rows: list[list[Cell]] = [list(header)]
    for name, _ in MEMBERS:
        status = STATUS[name]
        rows.append([name, "☒" if status == "P" else "☐",
                     "☒" if status.startswith("E") else "☐", "☒" if status == "A" else "☐",
                     status[2:]])  # fmt: skip
    return rows


CMS_MERGED = """<html><body><nav><a href="/">Accueil</a> | <a href="/elus">Vos élus</a></nav>
<div id="content"><h1>Conseil municipal du 11 mai 2026</h1>
<p>Commune de Saint-Marcel-de-Félines</p>
<p>Nombre de conseillers en exercice : 5 &ndash; Présents : 3 &ndash; Votants : 4</p>
<table><tr><th rowspan="2">Élu</th><th colspan="3">Présence</th><th rowspan="2">Pouvoir à</th></tr>
<tr><th>Présent</th><th>Excusé</th><th>Absent</th></tr>
<tr><td>Mme Nadine ROCHE</td><td>X</td><td></td><td></td><td></td></tr>
<tr><td>M. Yves SERVE</td><td>X</td><td></td><td></td><td></td></tr>
<tr><td>M. Alain TOURNIER</td><td></td><td>X</td><td></td><td>Mme Nadine ROCHE</td></tr>
<tr><td>Mme Zoé VALLET</td><td>X</td><td></td><td></td><td></td></tr>
<tr><td>M. Luc WEBER</td><td></td><td></td><td>X</td><td></td></tr>
</table>
<p>Délibération n° 2026-052 : Fleurissement du bourg</p>
<p>Le conseil municipal approuve le programme de fleurissement. Adopté à l'unanimité.</p>
</div><footer>© Commune de Saint-Marcel-de-Félines — Mentions légales</footer></body></html>"""


def _drifting_columns() -> bytes:
    """Two columns side by side in two sizes: their lines' baselines never meet."""
    pdf = _pdf()
    y = (
        _lines(
            pdf,
            10,
            10,
            "COMMUNE DE CHALAIN-LE-COMTAL\n"
            "PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 19 MAI 2026",
            190,
        )
        + 3
    )
    _lines(pdf, 10, y, TWO_COLUMN_MINUTES_LEFT, 90, height=4.5)
    pdf.set_font("Helvetica", size=10)
    _lines(pdf, 108, y + 1.3, TWO_COLUMN_MINUTES_RIGHT, 90, height=5.2)
    return _bytes(pdf)


def _names_in_two_columns() -> bytes:
    """« Présents : » then the names in two columns (a table without borders)."""
    return columns_pdf(
        "COMMUNE DE SAINT-CYPRIEN-SUR-DOURDOU\nSeance du conseil municipal du 28 mai 2026\n"
        "Membres en exercice : 9  Presents : 8  Votants : 9\nPresents :",
        "M. Alain AUSSEL\nMme Berthe BOYER\nM. Claude CAYLA\nMme Denise DELMAS",
        "M. Etienne ESPIE\nMme Fanny FABRE\nM. Gilles GAUBERT\nMme Helene HUC",
        "Pouvoir : Mme Ines IZARD a donne pouvoir a M. Alain AUSSEL.\n"
        "Deliberation n° 2026-061 : Vente d'un chemin rural\nAdopte a l'unanimite.",
    )


DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

JUSTIFIED_LEFT = (
    "Le seize avril deux mille vingt-six, à dix-neuf heures, le conseil municipal de la "
    "commune de Montbrison-les-Saules s'est réuni en séance publique sous la présidence de "
    "Mme Josiane THEVENON, Maire. Étaient présents : Mme Josiane THEVENON, M. Lucien "
    "ABRIAL, Mme Colette BAYLE, M. Fernand COLOMB, Mme Denise DUCLOS, M. Gaston ESCOFFIER, "
    "Mme Hortense FAVERJON. Absents excusés : M. Régis GIRODON (pouvoir à Mme Colette "
    "BAYLE), Mme Simone HEYRAUD. Secrétaire de séance : M. Fernand COLOMB."
)
JUSTIFIED_RIGHT = (
    "Délibération n° 2026-050 : Réhabilitation de la halle du marché couvert. Le conseil "
    "municipal, après en avoir délibéré, approuve l'avant-projet de réhabilitation de la "
    "halle et sollicite les subventions de l'État et de la Région. Adopté à l'unanimité. "
    "Délibération n° 2026-051 : Tarifs des concessions funéraires. Le conseil fixe les "
    "tarifs des concessions pour l'année. Pour : 6 – Contre : 2 – Abstention : 0."
)


def _justified_columns() -> bytes:
    """Two columns of justified text in a proportional font, each line filling its column
    (its words' widths are the font's, not an estimate), drawn line by line across."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("DejaVu", fname=DEJAVU)
    pdf.set_font("DejaVu", size=9)
    pdf.set_xy(10, 10)
    pdf.cell(190, 5, "COMMUNE DE MONTBRISON-LES-SAULES — PROCÈS-VERBAL", align="C")
    width = 88.0
    left = pdf.multi_cell(width, 4.2, JUSTIFIED_LEFT, align="J", dry_run=True, output="LINES")
    right = pdf.multi_cell(width, 4.2, JUSTIFIED_RIGHT, align="J", dry_run=True, output="LINES")
    y = 20.0
    for index in range(max(len(left), len(right))):
        for x, lines in ((10.0, left), (10.0 + width + 6, right)):
            if index < len(lines):
                pdf.set_xy(x, y)
                last = index == len(lines) - 1
                pdf.multi_cell(width, 4.2, lines[index], align="L" if last else "J")
        y += 4.2
    return _bytes(pdf)


CMS_SIDEBAR_FIRST = """<!DOCTYPE html><html><head><title>Ville de Pont-Salomon</title></head><body>
<div id="top-menu" class="menu-principal"><ul><li><a href="/">Accueil</a></li>
<li><a href="/cm">Conseil municipal du 12 janvier 2026 : compte rendu</a></li></ul></div>
<div class="breadcrumb"><a href="/">Accueil</a> &gt; Conseils municipaux</div>
<div class="sidebar"><h3>À lire aussi</h3><ul>
<li>Compte rendu du conseil municipal du 9 février 2026</li>
<li>Présents : la liste des associations présentes au forum</li></ul></div>
<div class="content"><h1>Compte rendu du conseil municipal du 30 mars 2026</h1>
<p>Commune de Pont-Salomon</p>
<p>Membres en exercice : 5 – Présents : 4 – Votants : 5</p>
<p>Présents : Mme Annie BRUYÈRE, M. Jean CELLE, Mme Lise DUMAS, M. Noé FAURE.</p>
<p>Pouvoir : M. Pierre GAY donne pouvoir à Mme Lise DUMAS.</p>
<p>Délibération n° 2026-033 : Tarifs de l'accueil périscolaire</p>
<p>Le conseil municipal fixe les tarifs. Adopté à l'unanimité.</p></div>
<div class="footer">Mairie de Pont-Salomon – Conseil municipal du 12 janvier 2026</div>
</body></html>"""


def _subsidies_snake_case() -> bytes:
    rows = [
        "NOM_ATTRIBUANT;ID_ATTRIBUANT;DATE_CONVENTION;REFERENCE_DECISION;NOM_BENEFICIAIRE;"
        "ID_BENEFICIAIRE;OBJET;MONTANT;NATURE",
        "Commune de Firminy;21420095400010;2026-03-02;2026-041;Harmonie municipale;"
        ";Concert de printemps;4 000;aide en numéraire",
        "Commune de Firminy;21420095400010;2026-03-02;2026-041;Club de rugby;;Tournoi;1 250;"
        "aide en numéraire",
    ]
    return _csv(rows)


def _layout_table_docx() -> bytes:
    """A procès-verbal set in a table of one row: the roll call in the left cell, the items in
    the right one, a paragraph a line (a word processor's way to print two columns)."""
    left = TWO_COLUMN_MINUTES_LEFT.replace("\n", " ").replace(". ", ".\n")
    right = TWO_COLUMN_MINUTES_RIGHT.replace("\n", " ").replace(". ", ".\n")
    return docx(
        "COMMUNE DE SAINT-ROMAIN-LES-ORMES\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 14 AVRIL 2026",
        [[left, right]],
    )


def _labels_beside_values() -> bytes:
    """Labels in a narrow column, each value beside it: read line by line, never as two
    columns."""
    return columns_pdf(
        "COMMUNE DE SAINT-MAURICE-EN-GOURGOIS\nSeance du conseil municipal du 8 juin 2026",
        "Membres en exercice :\nPresents :\n\nExcuses :\nSecretaire de seance :\nDeliberation :",
        "11\nM. Andre BESSON, Mme Carole CHATAIN, M. Denis DUPIN,\n"
        "Mme Elise FOUGEROUSE, M. Franck GIRAUD.\nMme Gilberte HILAIRE (pouvoir a M. Andre BESSON)"
        "\nMme Carole CHATAIN\nn° 2026-070 : Travaux au groupe scolaire",
        "Adopte a l'unanimite.",
        gap=-30,
    )


MARGIN_HEAD = (
    "COMMUNE DE SAINT-JUST-MALMONT\nPROCES-VERBAL DU CONSEIL MUNICIPAL DU 22 JUIN 2026\n"
    "Presents : M. Paul ARNAUD, Mme Lucie BERNE, M. Marc CHAVE, Mme Rose DURIEU.\n"
    "Secretaire de seance : Mme Lucie BERNE."
)
MARGIN_ITEMS = [
    ("Deliberation n° 2026-081\nTarifs de la cantine\nscolaire",
     "Le conseil municipal, apres en avoir delibere,\nfixe les nouveaux tarifs de la\n"
     "restauration scolaire pour la rentree.\nAdopte a l'unanimite."),
    ("Deliberation n° 2026-082\nSubvention au comite\ndes fetes",
     "Le conseil municipal attribue une subvention\nde 1 200 euros au comite des fetes pour\n"
     "l'organisation de la fete patronale.\nPour : 3 - Contre : 1 - Abstention : 0"),
]  # fmt: skip


def _margin_notes(at: float) -> bytes:
    """Each item's number and title in a column on the left, its text beside it on the right
    (a table without borders): read row by row, the title beside its text."""
    pdf = _pdf()
    y = _lines(pdf, 10, 10, MARGIN_HEAD, 190) + 4
    for left, right in MARGIN_ITEMS:
        y = _side_by_side(pdf, y, left, right, at, 190 - at) + 4
    return _bytes(pdf)


MARGIN_FIELDS = {
    "date": "2026-06-22", "council": "saint-just-malmont",
    "present": ["arnaud", "berne", "chave", "durieu"], "secretary": "berne",
    "numbers": ["2026-081", "2026-082"], "item_votes": [[None, 0, 0], [3, 1, 0]],
}  # fmt: skip


LETTERHEAD_BODY = (
    "Nombre de conseillers en exercice : 7  Presents : 6  Votants : 6\n"
    "Presents : M. Jean BARDIN, Mme Lucie COTTIER, M. Paul DREVET, Mme Anne FAVIER,\n"
    "M. Louis GENEST, Mme Rose VIALLON.\n"
    "Deliberation n° 2026-009 : Travaux de voirie\nAdopte a l'unanimite."
)
LETTERHEADS = [
    ("letterhead-arrondissement", "Departement de la Loire\nArrondissement de Montbrison\n"
     "Commune de Boen-sur-Lignon", "EXTRAIT DU REGISTRE DES DELIBERATIONS\nDU CONSEIL MUNICIPAL"
     "\nSeance du 3 fevrier 2026", "Commune de Boen-sur-Lignon"),
    ("letterhead-communaute-wrapped", "Communaute de communes\ndu Pays d'Astree",
     "Conseil communautaire\ndu 3 fevrier 2026", "Communaute de communes du Pays d'Astree"),
    ("letterhead-commune-wrapped", "Commune de\nSaint-Bonnet-le-Chateau",
     "Seance du\n3 fevrier 2026", "Commune de Saint-Bonnet-le-Chateau"),
    ("letterhead-syndicat-wrapped", "SYNDICAT MIXTE DES MONTS\nDU LYONNAIS",
     "Comite syndical\nReunion du 3 fevrier 2026", "Syndicat Mixte des Monts du Lyonnais"),
]  # fmt: skip


def _html_layout_table() -> bytes:
    """A page set in a table of one row: the roll call in the left cell, the items in the
    right one, lines apart by <br> and paragraphs."""
    left = "<br>".join(TWO_COLUMN_MINUTES_LEFT.replace("\n", " ").replace(". ", ".\n").split("\n"))
    right = "".join(
        f"<p>{line}</p>"
        for line in TWO_COLUMN_MINUTES_RIGHT.replace("\n", " ").replace(". ", ".\n").split("\n")
    )
    return (
        "<html><body><h1>COMMUNE DE SAINT-ROMAIN-LES-ORMES</h1>"
        "<h2>PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 14 AVRIL 2026</h2>"
        f'<table class="mise-en-page"><tr><td>{left}</td><td>{right}</td></tr></table>'
        "</body></html>"
    ).encode()


LAYOUTS: list[Layout] = [
    Layout("pdf-two-column-minutes.pdf", _two_column_minutes,
           {**MINUTES_FIELDS, "absent": [], "items": 2}),
    Layout("pdf-two-column-roll-call.pdf", _two_column_roll_call, {
        "date": "2026-03-03", "council": "monts du forez", "number": "CC-2026-014",
        "present": ["chambeyron", "delolme", "forest", "girardet", "poncet"],
        "excused": ["rivolier", "soulier"], "absent": ["tardy"],
        "proxies": [["rivolier", "chambeyron"]], "counts": [8, 5, 6],
    }),
    Layout("pdf-heading-beside-date.pdf", _heading_beside_date, {
        "date": "2026-02-09", "council": "marclopt-sur-loire", "number": "2026-007",
        "present": ["bardin", "cottier", "drevet", "favier", "genest", "viallon"],
        "absent": ["matrat"], "counts": [7, 6, 6], "secretary": "cottier",
    }),
    Layout("pdf-heading-beside-date-metropole.pdf", _heading_beside_date_metropole, {
        "date": "2026-03-12", "council": "val d'arly", "number": "B-2026-045",
        "present": ["arnaud", "blanchet", "cros", "dumont", "fayard"],
        "proxies": [["garnier", "dumont"]], "counts": [6, 5, 6], "votes": [6, 0, 0],
    }),
    Layout("pdf-grid-ruled.pdf", lambda: _grid_pdf(True), GRID_FIELDS),
    Layout("pdf-grid-unruled.pdf", lambda: _grid_pdf(False), GRID_FIELDS),
    Layout("pdf-grid-members-words.pdf", lambda: _grid_pdf_header(
        ["Membres du conseil", "Present(e)", "Excuse(e)", "Absent(e)", "Pouvoir donne a"]),
        GRID_FIELDS),
    Layout("pdf-grid-letters.pdf", lambda: _grid_pdf_header(
        ["Nom et prenom", "P", "E", "A", "Procuration a"], ruled=False), GRID_FIELDS),
    Layout("pdf-vote-table-ruled.pdf", _vote_table_pdf, {
        "date": "2026-02-05", "council": "haut-lignon", "counts": [20, 16, 18],
        "numbers": ["2026-21", "2026-22", "2026-23"],
        "item_votes": [[15, 2, 1], [18, 0, 0], [12, 4, 2]], "secretary": "bonnefoy",
    }),
    Layout("pdf-two-tables-ruled.pdf", lambda: _two_tables_pdf(True), TWO_TABLES_FIELDS),
    Layout("pdf-two-tables-unruled.pdf", lambda: _two_tables_pdf(False), TWO_TABLES_FIELDS),
    Layout("pdf-newspaper-columns.pdf", _newspaper_pdf, {
        "date": "2026-01-12", "council": "bessey-sur-lignon",
        "present": ["brossard", "crozet", "dumas", "payre", "roche"],
        "excused": ["vernet"], "proxies": [["vernet", "crozet"]], "secretary": "brossard",
        "numbers": ["2026-01", "2026-02"], "item_votes": [[6, 0, 0], [4, 1, 1]],
    }),
    Layout("docx-ticks-function.docx",
           lambda: docx(OFFICE_HEAD, _ticks("X", function=True), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("docx-checkmarks.docx",
           lambda: docx(OFFICE_HEAD, _ticks("✓", function=False), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("docx-merged-presence.docx",
           lambda: docx(OFFICE_HEAD, _merged_presence(), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("docx-status-column.docx",
           lambda: docx(OFFICE_HEAD, _status_column("Présence"), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("docx-two-halves.docx",
           lambda: docx(OFFICE_HEAD, _two_halves(), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("docx-procuration-header.docx",
           lambda: docx(OFFICE_HEAD, _ticks("x", function=True,
                                            holder_header="Procuration donnée à"), OFFICE_TAIL),
           OFFICE_FIELDS),
    Layout("docx-record-of-votes-extra-column.docx", lambda: docx(
        VOTE_ITEMS_DOCX_HEAD,
        [["N°", "Objet", "Commission", "Pour", "Contre", "Abstention"],
         ["CA-2026-012", "Budget annexe des transports", "Finances", "25", "2", "0"],
         ["CA-2026-013", "Plan climat", "Environnement", "20", "4", "3"]]), {
        "date": "2026-02-26", "council": "pays de lunel", "counts": [30, 24, 27],
        "numbers": ["CA-2026-012", "CA-2026-013"], "item_votes": [[25, 2, 0], [20, 4, 3]],
    }),
    Layout("docx-vote-per-item.docx", _vote_per_item_docx, {
        "date": "2026-02-26", "council": "pays de lunel", "counts": [30, 24, 27],
        "numbers": ["CA-2026-010", "CA-2026-011"], "item_votes": [[22, 3, 2], [27, 0, 0]],
    }),
    Layout("odt-ticks.odt",
           lambda: odt(OFFICE_HEAD, _ticks("X", function=True), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("odt-merged-presence.odt",
           lambda: odt(OFFICE_HEAD, _merged_presence(), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("odt-status-situation.odt",
           lambda: odt(OFFICE_HEAD, _status_column("Situation"), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("html-cms-page.html", lambda: CMS_PAGE.encode("utf-8"), {
        "date": "2026-04-02", "council": "rive-haute", "number": "2026-040",
        "present": ["audin", "barou", "didier"], "away": ["cornut", "escot"],
        "proxies": [["cornut", "audin"]], "counts": [5, 3, 4],
        "secretary": "barou",
    }),
    Layout("rtf-roll-call.rtf", _rtf, {
        "date": "2026-01-23", "council": "saint-thurin", "number": "2026-004",
        "present": ["arnaud", "blanc", "delay"], "excused": ["chapuis"],
        "proxies": [["chapuis", "arnaud"]], "counts": [4, 3, 4],
    }),
    Layout("docx-lists-table.docx",
           lambda: docx(OFFICE_HEAD, _lists_table(), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("odt-lists-table.odt",
           lambda: odt(OFFICE_HEAD, _lists_table(), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("docx-letters.docx",
           lambda: docx(OFFICE_HEAD, _letters(), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("docx-worded-headers-boxes.docx",
           lambda: docx(OFFICE_HEAD, _worded_headers(), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("docx-members-donne-pouvoir.docx",
           lambda: docx(OFFICE_HEAD, _worded_headers(("Membres du conseil", "Présent",
                        "Excusé", "Absent", "Donne pouvoir à")), OFFICE_TAIL), OFFICE_FIELDS),
    Layout("odt-nom-des-elus.odt",
           lambda: odt(OFFICE_HEAD, _worded_headers(("Nom des élus", "Présent(e)",
                       "Excusé(e)", "Absent(e)", "Pouvoir donné à")), OFFICE_TAIL),
           OFFICE_FIELDS),
    Layout("docx-letterhead-text-boxes.docx", lambda: docx(
        text_boxes("Département de la Loire\nCommune de\nSaint-Héand",
                   "Conseil municipal\nSéance du 19 mai 2026"),
        OFFICE_HEAD.split("\n", 3)[3], _ticks("X", function=False), OFFICE_TAIL), {
        **OFFICE_FIELDS, "date": "2026-05-19", "council_exact": "Commune de Saint-Héand",
        "council": "saint-heand"}),
    Layout("odt-letterhead-frames.odt", lambda: odt(
        odt_frames("Département de la Loire\nCommune de\nSaint-Héand",
                   "Conseil municipal\nSéance du 19 mai 2026"),
        OFFICE_HEAD.split("\n", 3)[3], _ticks("X", function=False), OFFICE_TAIL), {
        **OFFICE_FIELDS, "date": "2026-05-19", "council_exact": "Commune de Saint-Héand",
        "council": "saint-heand"}),
    Layout("html-layout-table.html", _html_layout_table, MINUTES_FIELDS),
    Layout("html-merged-header.html", lambda: CMS_MERGED.encode("utf-8"), {
        "date": "2026-05-11", "council": "saint-marcel-de-felines", "number": "2026-052",
        "present": ["roche", "serve", "vallet"], "excused": ["tournier"], "absent": ["weber"],
        "proxies": [["tournier", "roche"]], "counts": [5, 3, 4],
    }),
    Layout("pdf-drifting-columns.pdf", _drifting_columns, {
        **MINUTES_FIELDS, "date": "2026-05-19", "council": "chalain-le-comtal",
        "secretary": "fabre",
    }),
    Layout("pdf-names-in-two-columns.pdf", _names_in_two_columns, {
        "date": "2026-05-28", "council": "saint-cyprien-sur-dourdou", "number": "2026-061",
        "present": ["aussel", "boyer", "cayla", "delmas", "espie", "fabre", "gaubert", "huc"],
        "proxies": [["izard", "aussel"]], "counts": [9, 8, 9],
    }),
    Layout("pdf-justified-columns.pdf", _justified_columns, {
        "date": "2026-04-16", "council": "montbrison-les-saules",
        "present": ["abrial", "bayle", "colomb", "duclos", "escoffier", "faverjon",
                    "thevenon"],
        "excused": ["girodon", "heyraud"], "proxies": [["girodon", "bayle"]],
        "secretary": "colomb", "numbers": ["2026-050", "2026-051"],
        "item_votes": [[8, 0, 0], [6, 2, 0]],
    }),
    Layout("html-sidebar-first.html", lambda: CMS_SIDEBAR_FIRST.encode("utf-8"), {
        "date": "2026-03-30", "council": "pont-salomon", "number": "2026-033",
        "present": ["bruyere", "celle", "dumas", "faure"], "proxies": [["gay", "dumas"]],
        "counts": [5, 4, 5],
    }),
    Layout("subsidies-snake-case.csv", _subsidies_snake_case, {
        "kind": "subsidies", "rows": 2, "amounts": ["4000", "1250"],
        "dates": ["2026-03-02", "2026-03-02"],
        "beneficiaries": ["Harmonie municipale", "Club de rugby"],
    }),
    Layout("docx-layout-table.docx", _layout_table_docx, MINUTES_FIELDS),
    Layout("pdf-labels-beside-values.pdf", _labels_beside_values, {
        "date": "2026-06-08", "council": "saint-maurice-en-gourgois", "number": "2026-070",
        "present": ["besson", "chatain", "dupin", "fougerouse", "giraud"],
        "excused": ["hilaire"], "proxies": [["hilaire", "besson"]], "secretary": "chatain",
    }),
    Layout("pdf-margin-notes-narrow.pdf", lambda: _margin_notes(62), MARGIN_FIELDS),
    Layout("pdf-margin-notes-half.pdf", lambda: _margin_notes(105), MARGIN_FIELDS),
    *(
        Layout(f"pdf-{name}.pdf", lambda left=left, right=right: heading_pdf(
            left, right, LETTERHEAD_BODY), {
            "date": "2026-02-03", "council_exact": council, "number": "2026-009",
            "present": ["bardin", "cottier", "drevet", "favier", "genest", "viallon"],
            "counts": [7, 6, 6],
        })
        for name, left, right, council in LETTERHEADS
    ),
    Layout("scdl-bom-serials.csv", _scdl_bom_serials, {
        "kind": "deliberations", "rows": 2, "dates": ["2026-01-21", "2026-01-21"],
        "numbers": ["2026-011", "2026-012"], "siret": [None, None],
    }),
    Layout("scdl-tabs-latin1.csv", _scdl_tabs_latin1, {
        "kind": "deliberations", "rows": 2, "dates": ["2026-02-12", "2026-02-12"],
        "numbers": ["2026/07", "2026/08"], "collectivity": "Commune de Chevrières",
        "titles": ["Acquisition d'une parcelle lieu-dit Les Égaux",
                   "Demande de subvention à l'État"],
    }),
    Layout("scdl-renamed-column.csv", _scdl_renamed, {
        "kind": "deliberations", "rows": 2, "dates": ["2026-03-05", "2026-03-05"],
        "numbers": ["D2026-015", "D2026-016"],
    }),
    Layout("subsidies-bom.csv", _subsidies_bom, {
        "kind": "subsidies", "rows": 2, "amounts": ["1500", "2400"],
        "dates": ["2026-01-15", "2026-01-15"], "beneficiaries": ["Comité des fêtes",
                                                                 "Club de football"],
    }),
    Layout("subsidies-latin1-missing.csv", _subsidies_latin1_missing, {
        "kind": "subsidies", "rows": 2, "amounts": ["3500", "12000.50"],
        "dates": ["2026-02-10", "2026-02-10"],
        "beneficiaries": ["Association Éveil", "Musée de la soie"],
    }),
    Layout("other-budget.csv", _other_schema_budget, {"error": "not_open_data"}),
    Layout("other-elected.csv", _other_schema_elected, {"error": "not_open_data"}),
]  # fmt: skip
