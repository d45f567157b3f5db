"""What a PDF's pages say about the file itself: a scanned page among typed ones, a download cut
short, a web page saved under a .pdf name. Each is said once in the import summary, in French,
with what the secretariat can do; the rest of the document still imports."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fpdf import FPDF
from sqlalchemy.engine import Engine

from bot.cli import import_documents
from storage.documents import DocumentError, Extract
from storage.importer import parse_document
from storage.parsing.pdf import read_document

MINUTES = Path(__file__).parent / "fixtures" / "pdf" / "commune-lavalette-cm-2026-02-12.txt"
FOOTER = "Lavalette-sur-Drome - CR du conseil municipal du 12/02/2026 - page {0}/{{nb}}"


def minutes_lines() -> list[str]:
    # the core PDF fonts have latin-1 only
    return MINUTES.read_text(encoding="utf-8").replace("Ô", "O").splitlines()


class Stamped(FPDF):
    """Every page stamped with the council's footer, as the tool that put a scan between two
    typed pages does."""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, FOOTER.format(self.page_no()), align="C")


def typed(pdf: FPDF, lines: list[str]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in lines:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")


def scanned(pdf: FPDF) -> None:
    """A page holding only a picture: drawn strokes, no text."""
    pdf.add_page()
    for row in range(12):
        pdf.rect(15, 25 + row * 18, 150 - row * 7, 2.5, style="F")


def with_scanned_page(path: Path) -> Path:
    lines = minutes_lines()
    cut = next(i for i, line in enumerate(lines) if line.startswith("Délibération 2026/08"))
    pdf = Stamped()
    pdf.alias_nb_pages()
    typed(pdf, lines[:cut])
    scanned(pdf)
    typed(pdf, lines[cut:])
    pdf.output(str(path))
    return path


def test_a_scanned_page_between_typed_ones_is_named(tmp_path: Path) -> None:
    document = read_document(with_scanned_page(tmp_path / "cr.pdf"))
    assert [(f.code, f.params["pages"], f.params["total"]) for f in document.findings] == [
        ("pages_without_text", [2], 3)
    ]


def test_pages_that_all_hold_text_say_nothing(tmp_path: Path) -> None:
    pdf = Stamped()
    pdf.alias_nb_pages()
    lines = minutes_lines()
    typed(pdf, lines[:9])
    typed(pdf, lines[9:])  # a short last page: two items, still text
    pdf.output(str(tmp_path / "cr.pdf"))
    assert read_document(tmp_path / "cr.pdf").findings == []


def test_the_summary_names_the_scanned_page_and_imports_the_rest(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = with_scanned_page(tmp_path / "cr-lavalette.pdf")
    assert import_documents(engine, [path], sys.stdout) == 0
    out = capsys.readouterr().out
    assert "La page 2 (sur 3) n'a pas de texte (scannée ?)" in out
    assert "2 délibérations" in out
    assert out.count("cr-lavalette.pdf") == 1


def web_page(body: str) -> str:
    head = "<head><meta charset='utf-8'></head>"
    return f"<!DOCTYPE html>\n<html lang='fr'>{head}<body>{body}</body></html>"


def test_a_web_page_saved_as_a_pdf_is_read_as_one(tmp_path: Path) -> None:
    path = tmp_path / "compte-rendu.pdf"
    paragraphs = "".join(
        f"<p>{line}</p>" for line in MINUTES.read_text(encoding="utf-8").splitlines()
    )
    path.write_text(web_page(paragraphs), encoding="utf-8")
    parsed = parse_document(path)
    assert isinstance(parsed, Extract)
    assert str(parsed.sitting_date) == "2026-02-12"
    assert [item.deliberation.number for item in parsed.items] == ["2026/07", "2026/08"]
    assert parsed.findings[0].code == "not_what_named"


def test_a_site_error_page_under_a_pdf_name_asks_for_the_pdf(
    engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deliberation-2026-07.pdf"
    path.write_text(web_page("<h1>Erreur 404</h1><p>La page demandée est introuvable.</p>"))
    assert import_documents(engine, [path], sys.stdout) == 1
    out = capsys.readouterr().out
    assert "en réalité une page web (HTML), sans document de séance" in out
    assert "téléchargez le PDF de nouveau" in out


def test_a_pdf_cut_short_says_it_is_incomplete(tmp_path: Path) -> None:
    pdf = FPDF()
    typed(pdf, minutes_lines())
    whole = bytes(pdf.output())
    path = tmp_path / "coupe.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(DocumentError) as raised:
        read_document(path)
    assert raised.value.code == "truncated_pdf"


def test_a_pdf_of_scans_stamped_on_every_page_is_a_scan(tmp_path: Path) -> None:
    # the stamps' words (« … conseil municipal du 12/02/2026 ») are the only text: no sitting
    # is to be made of them
    pdf = Stamped()
    pdf.alias_nb_pages()
    for _ in range(3):
        scanned(pdf)
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(DocumentError) as raised:
        read_document(tmp_path / "scan.pdf")
    assert raised.value.code == "scanned_pdf"
