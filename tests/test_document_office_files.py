"""The other files councils publish — .docx, .odt, .rtf, .html/.htm (a page saved from their
site), .md — read as their text, tables as rows the grid reader reads; a damaged, protected or
booby-trapped file is one French line and the rest of the batch imports. Every file here is
written by the test (a .docx or .odt built with zipfile)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.cli import main
from storage import db
from storage.documents import DocumentError, Extract
from storage.importer import Importer, expand_paths, parse_document
from storage.models import Sitting
from storage.parsing.office import XML_PER_TEXT, office_text

# An invented extract: its heading and opening as paragraphs, the roll call as a table (header
# first), the decision, then its vote as a table.
PARAGRAPHS_BEFORE = [
    "Commune de Valcombe",
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
    "Séance du 12 mars 2026",
    "Délibération n° 2026-014 : Tarifs de la cantine scolaire",
    "Membres en exercice : 5   Présents : 3   Votants : 4",
]
ROLL_CALL = [
    ["Nom", "Présent", "Absent", "Pouvoir à"],
    ["FAURIEL Odile", "X", "", ""],
    ["MAZARGUES Benoît", "X", "", ""],
    ["TRONCHET Alix", "X", "", ""],
    ["VERNAISON Paul", "", "X", "FAURIEL Odile"],
    ["DUCLAUX Irène", "", "X", ""],
]
VOTES = [["Pour", "Contre", "Abstention"], ["3", "1", "0"]]
PARAGRAPHS_AFTER = [
    "Secrétaire de séance : Mme Alix TRONCHET",
    "Le conseil municipal, après en avoir délibéré, adopte les tarifs.",
]


def _check(extract: Extract) -> None:
    assert str(extract.sitting_date) == "2026-03-12"
    assert extract.deliberation.number == "2026-014"
    assert {p.last_name for p in extract.present} == {"FAURIEL", "MAZARGUES", "TRONCHET"}
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("VERNAISON", "FAURIEL")
    ]
    absent = {p.last_name for p in extract.absent + extract.absent_excused}
    assert "DUCLAUX" in absent
    assert "VERNAISON" not in {p.last_name for p in extract.present}
    assert (extract.deliberation.votes_for, extract.deliberation.votes_against) == (3, 1)


# -- writing each kind of file ------------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx_paragraph(text: str) -> str:
    # A paragraph split into runs, as Word saves it (a word's letters may be split too).
    half = len(text) // 2
    runs = "".join(
        f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
        for part in (text[:half], text[half:])
    )
    return f"<w:p><w:pPr/>{runs}</w:p>"


def _docx_table(rows: list[list[str]]) -> str:
    body = "".join(
        "<w:tr>"
        + "".join(f"<w:tc><w:tcPr/>{_docx_paragraph(cell)}</w:tc>" for cell in row)
        + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl><w:tblPr/>{body}</w:tbl>"


def docx_bytes(*, document_xml: str | None = None) -> bytes:
    if document_xml is None:
        body = (
            "".join(map(_docx_paragraph, PARAGRAPHS_BEFORE))
            + _docx_table(ROLL_CALL)
            + "".join(map(_docx_paragraph, PARAGRAPHS_AFTER))
            + _docx_table(VOTES)
        )
        document_xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:document {_W}><w:body>{body}<w:sectPr/></w:body></w:document>"
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def _odt_paragraph(text: str) -> str:
    # Spaces as LibreOffice writes runs of them, a span inside.
    first, _, rest = escape(text).partition(" ")
    return f'<text:p>{first}<text:s text:c="1"/><text:span>{rest}</text:span></text:p>'


def odt_bytes(*, manifest_extra: str = "") -> bytes:
    table = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell>{_odt_paragraph(c)}</table:table-cell>" for c in row)
        + "</table:table-row>"
        for row in ROLL_CALL
    )
    votes = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell><text:p>{c}</text:p></table:table-cell>" for c in row)
        + "</table:table-row>"
        for row in VOTES
    )
    body = (
        "".join(f"<text:h>{escape(p)}</text:h>" for p in PARAGRAPHS_BEFORE[:3])
        + "".join(map(_odt_paragraph, PARAGRAPHS_BEFORE[3:]))
        + f"<table:table>{table}</table:table>"
        + "".join(map(_odt_paragraph, PARAGRAPHS_AFTER))
        + f"<table:table>{votes}</table:table>"
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF}>'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "META-INF/manifest.xml",
            f"<manifest:manifest><manifest:file-entry>{manifest_extra}"
            "</manifest:file-entry></manifest:manifest>",
        )
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def _rtf_escape(text: str) -> str:
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) < 128:
            out.append(char)
        elif ord(char) < 256:
            out.append(f"\\'{ord(char):02x}")
        else:
            out.append(f"\\u{ord(char)}?")
    return "".join(out)


def rtf_bytes() -> bytes:
    def table(rows: list[list[str]]) -> str:
        return "".join(
            "\\trowd\\cellx2000\\cellx4000\\cellx6000\\cellx8000\n"
            + "".join(f"\\pard\\intbl {_rtf_escape(cell)}\\cell\n" for cell in row)
            + "\\row\n"
            for row in rows
        )

    paragraphs = lambda lines: "".join(f"\\pard {_rtf_escape(p)}\\par\n" for p in lines)  # noqa: E731
    text = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
        "{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Riched20 10.0}"
        "{\\info{\\title Extrait de d\\'e9lib\\'e9ration}}\n"
        "{\\header \\pard Commune de Valcombe - page 1\\par}\n"
        + paragraphs(PARAGRAPHS_BEFORE)
        + table(ROLL_CALL)
        + "\\pard\\plain "
        + paragraphs(PARAGRAPHS_AFTER)
        + table(VOTES)
        + "}"
    )
    return text.encode("ascii")


def html_bytes() -> bytes:
    def table(rows: list[list[str]]) -> str:
        head, *body = rows
        return (
            "<table class='grid'>\n<thead><tr>"
            + "".join(f"<th>{escape(c)}</th>" for c in head)
            + "</tr></thead>\n<tbody>\n"
            # Cells and rows left unclosed, as HTML allows and some sites print.
            + "".join(
                "<tr>" + "".join(f"<td>\n  {escape(c)}\n" for c in row) + "\n" for row in body
            )
            + "</tbody></table>\n"
        )

    paragraphs = "".join(f"<p>{escape(p)}</p>\n" for p in PARAGRAPHS_BEFORE)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Délibération 2026-014</title>"
        "<style>p { color: red }</style><script>var seance = 'M. Intrus';</script></head>"
        "<body><nav><a href='/'>Accueil</a></nav><article>\n"
        + paragraphs.replace("Séance du 12 mars", "Séance du\n  12&nbsp;mars")
        + table(ROLL_CALL)
        + "".join(f"<p>{escape(p)}</p>\n" for p in PARAGRAPHS_AFTER)
        + table(VOTES)
        + "</article></body></html>"
    ).encode("utf-8")


def markdown_bytes() -> bytes:
    def table(rows: list[list[str]]) -> str:
        head, *body = rows
        lines = [head, ["---"] * len(head), *body]
        return "\n".join("| " + " | ".join(row) + " |" for row in lines) + "\n\n"

    return (
        f"# {PARAGRAPHS_BEFORE[0]}\n\n## **{PARAGRAPHS_BEFORE[1]}**\n\n"
        + "".join(f"{p}\n\n" for p in PARAGRAPHS_BEFORE[2:])
        + table(ROLL_CALL)
        + f"*{PARAGRAPHS_AFTER[0]}*\n\n{PARAGRAPHS_AFTER[1]}\n\n"
        + table(VOTES)
    ).encode("utf-8")


WRITERS: dict[str, Callable[[], bytes]] = {
    ".docx": docx_bytes,
    ".odt": odt_bytes,
    ".rtf": rtf_bytes,
    ".html": html_bytes,
    ".htm": lambda: html_bytes().decode().encode("cp1252"),  # an older site, Windows-1252
    ".md": markdown_bytes,
}


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_each_kind_of_file_reads_as_the_same_extract(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"extrait{suffix}"
    path.write_bytes(WRITERS[suffix]())
    parsed = parse_document(path)
    assert isinstance(parsed, Extract)
    _check(parsed)


def test_a_table_row_is_a_row_of_cells_in_every_format(tmp_path: Path) -> None:
    for suffix, write in WRITERS.items():
        text = office_text(Path(f"x{suffix}"), write())
        assert "| VERNAISON Paul |  | X | FAURIEL Odile |" in text, suffix
        for furniture in ("Intrus", "color", "Times New Roman", "page 1"):  # scripts, styles…
            assert furniture not in text, (suffix, furniture)


def test_html_keeps_words_a_page_wraps_and_drops_its_scripts() -> None:
    text = office_text(Path("page.html"), html_bytes())
    assert "Séance du 12\xa0mars 2026" in text or "Séance du 12 mars 2026" in text
    assert "var seance" not in text


def test_rtf_reads_accents_in_the_code_page_and_unicode_characters() -> None:
    rtf = b"{\\rtf1\\ansi\\ansicpg1252 Pr\\'e9sents : Mme \\u8217?Ir\\u232\\'e8ne DUCLAUX\\par}"
    assert office_text(Path("x.rtf"), rtf) == "Présents : Mme \u2019Irène DUCLAUX\n"


# -- what is not a document -------------------------------------------------------------------


def _zip(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


BOMB_XML = b'<?xml version="1.0"?><w:document ' + _W.encode() + b"><w:body>"


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("abime.docx", docx_bytes()[: len(docx_bytes()) // 2], "unreadable_office"),
        ("abime.odt", b"PK\x03\x04 plus rien", "unreadable_office"),
        ("photos.docx", _zip({"photo.jpg": b"\xff\xd8\xff"}), "not_office_document"),
        ("protege.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "encrypted_office"),
        (
            "protege.odt",
            odt_bytes(manifest_extra="<manifest:encryption-data/>"),
            "encrypted_office",
        ),
        ("mal.docx", docx_bytes(document_xml="<w:document><w:p>"), "unreadable_office"),
        (
            "rire.docx",
            docx_bytes(
                document_xml='<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>'
            ),
            "unreadable_office",
        ),
        ("faux.rtf", b"Ceci n'est pas du RTF", "unreadable_office"),
        ("vide.md", b"  \n\n", "empty_document"),
        ("vide.html", b"<html><head><title></title></head><body></body></html>", "empty_document"),
    ],
)
def test_what_cannot_be_read_says_why(tmp_path: Path, name: str, data: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as raised:
        parse_document(path)
    assert raised.value.code == code


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    # 1 MB of text cap: the document part may unpack to XML_PER_TEXT MB at most. This one
    # unpacks to far more, from a few kB.
    huge = BOMB_XML + b"<w:p>" + b" " * (XML_PER_TEXT * 1_000_000 + 10) + b"</w:p>"
    path = tmp_path / "bombe.docx"
    path.write_bytes(_zip({"word/document.xml": huge}))
    assert path.stat().st_size < 100_000
    with pytest.raises(DocumentError) as raised:
        parse_document(path, max_text_bytes=1_000_000)
    assert raised.value.code == "unpacked_too_large"


def test_a_zip_whose_directory_lies_about_sizes_is_still_capped() -> None:
    huge = BOMB_XML + b" " * 3_000_000
    data = bytearray(_zip({"word/document.xml": huge}))
    # The central directory's and the local header's uncompressed size: 100 bytes.
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        at = data.find(signature) + offset
        data[at : at + 4] = (100).to_bytes(4, "little")
    with pytest.raises(DocumentError) as raised:
        office_text(Path("menteur.docx"), bytes(data), max_chars=100_000)
    assert raised.value.code in ("unpacked_too_large", "unreadable_office")


# -- parse and import, folders too ------------------------------------------------------------


def test_parse_json_reads_a_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "extrait.docx"
    path.write_bytes(docx_bytes())
    assert main(["parse", str(path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["sitting_date"] == "2026-03-12"


def test_parse_says_in_french_why_a_docx_is_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "protege.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert main(["parse", str(path), "--json"]) == 1
    assert "document Word protégé par un mot de passe" in capsys.readouterr().err


def test_a_folder_imports_every_kind_and_a_bad_file_fails_alone(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "depot"
    folder.mkdir()
    for suffix, write in WRITERS.items():
        (folder / f"extrait{suffix}").write_bytes(write())
    (folder / "abime.docx").write_bytes(b"PK\x03\x04 plus rien")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # not a document kind: not read
    paths = expand_paths([folder])
    assert {p.suffix for p in paths} == {*WRITERS}
    with db.session(engine) as session:
        importer = Importer(session)
        reports = [importer.import_file(path) for path in paths]
        by_name = {Path(r.path).name: r for r in reports}
        assert by_name["abime.docx"].error_code == "unreadable_office"
        assert all(r.status == "imported" for n, r in by_name.items() if n != "abime.docx")
        assert len(session.exec(select(Sitting)).all()) == 1


def test_the_import_command_says_the_bad_file_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "depot"
    folder.mkdir()
    (folder / "extrait.odt").write_bytes(odt_bytes())
    (folder / "abime.docx").write_bytes(b"PK\x03\x04 plus rien")
    assert main(["import", "--db", f"sqlite:///{tmp_path / 's.db'}", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "abime.docx : document Word endommagé ou qui n'en est pas un" in out
    assert "1 fichier importé" in out
