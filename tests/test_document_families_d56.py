"""Items numbered by the word processor, not in the text: a .docx whose items are the entries
of a numbered list (word/numbering.xml says each level's format: « 1. », « I. », « A. », or a
bullet); each entry of the list's first level prints its place before its title, as Word shows
it, counted per list. Each document is invented, written in the test.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from storage.documents import Extract
from storage.importer import parse_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _p(text: str, num: int | None = None, level: int = 0) -> str:
    props = (
        f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
        if num is not None
        else ""
    )
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _numbering(fmt: str, start: int = 1) -> str:
    """List 1: `fmt` at its first level (its start), bullets under it; list 2: bullets."""
    return (
        f'<w:numbering xmlns:w="{W}">'
        f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/>'
        "</w:lvl></w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        "</w:lvl></w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        "</w:numbering>"
    )


def _minutes(fmt: str, start: int = 1) -> bytes:
    body = "".join(
        [
            _p("Commune de Saint-Pons-le-Vieux"),
            _p("Compte rendu du conseil municipal du 10 mars 2026"),
            _p("Présents : M. Paul AUDRAN, Mme Lise BARRE, M. Marc CORNU."),
            _p("Budget primitif 2026", 1),
            _p("section de fonctionnement équilibrée", 1, level=1),  # under the item
            _p("Adopté à l'unanimité."),
            _p("Tarifs de la cantine scolaire", 1),
            _p("Adopté par 2 voix pour et 1 contre."),
            _p("Le rapport du délégataire est présenté au conseil.", 2),  # a bullet: no place
            _p("Convention avec l'école de musique", 1),
            _p("Adopté à l'unanimité."),
        ]
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
        )
        archive.writestr("word/numbering.xml", _numbering(fmt, start))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("fmt", "start", "places"),
    [
        ("decimal", 1, ["1", "2", "3"]),
        ("decimal", 4, ["4", "5", "6"]),
        ("upperRoman", 1, ["I", "II", "III"]),
    ],
)
def test_a_word_numbered_list_s_entries_are_numbered_items(
    fmt: str, start: int, places: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "cr.docx"
    path.write_bytes(_minutes(fmt, start))
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        (places[0], "Budget primitif 2026"),
        (places[1], "Tarifs de la cantine scolaire"),
        (places[2], "Convention avec l'école de musique"),
    ]
    assert extract.items[1].deliberation.votes_against == 1
