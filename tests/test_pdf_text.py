"""Reading documents from disk: a real PDF made from the sample, and the files that fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from storage.documents import DocumentError
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text

SAMPLE = (
    Path(__file__).parent
    / "fixtures"
    / "extracts"
    / ("bureau-2024-07-04-deliberation-2024.00417.txt")
)
# The core PDF fonts only have latin-1: typographic quotes and dashes become plain ones, and
# the euro sign is spelt out, as some offices' exports do.
LATIN1_SUBSTITUTES = {"’": "'", "–": "-", "…": "...", "€": "EUR"}


def sample_pdf(path: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    for char, substitute in LATIN1_SUBSTITUTES.items():
        text = text.replace(char, substitute)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for line in text.split("\n"):
        pdf.cell(0, 4, line.rstrip() or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_a_pdf_of_the_sample_reads_with_the_same_figures(tmp_path: Path) -> None:
    text = read_document_text(sample_pdf(tmp_path / "extrait.pdf"))
    extract = parse_extract(text)
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.proxies, counts.votes) == (67, 40, 6, 46)
    assert len(extract.proxies) == 6
    assert len(extract.present) == 40
    assert len(extract.absent_excused) == 21
    assert extract.deliberation.number == "2024.00417"
    assert extract.deliberation.outcome == "adopted"
    action = extract.funded_actions[0]
    assert action.contribution == 94000
    assert action.multi_year_convention is True
    assert extract.findings == []


def test_an_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(sample_pdf(tmp_path / "clair.pdf")))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    locked = tmp_path / "verrouille.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(DocumentError, match="mot de passe"):
        read_document_text(locked)


def test_a_pdf_locked_only_against_editing_still_reads(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(sample_pdf(tmp_path / "clair.pdf")))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    locked = tmp_path / "protege.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    assert "DELIBERATION N°2024.00417" in read_document_text(locked)


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n garbage that is no PDF at all", b"not a pdf at all", b""],
)
def test_a_broken_pdf_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "casse.pdf"
    path.write_bytes(content)
    with pytest.raises(DocumentError):
        read_document_text(path)


def test_a_pdf_without_text_is_refused(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)  # a page with only a drawing, as a scan has only an image
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(DocumentError, match="PDF sans texte"):
        read_document_text(path)


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(DocumentError, match="binaire"):
        read_document_text(path)


def test_a_stray_nul_or_soft_hyphen_in_a_text_loses_nothing(tmp_path: Path) -> None:
    """A NUL pasted into a name (a broken editor, a copy from a web form) made the whole
    extract « fichier binaire »; a soft hyphen stayed inside the surname it hid in."""
    text = SAMPLE.read_text(encoding="utf-8")
    damaged = text.replace("DEGRAIX", "DEG\x00RAIX", 1).replace("BERGER", "BER\u00adGER", 1)
    path = tmp_path / "pasted.txt"
    path.write_bytes(damaged.encode("utf-8"))
    read = read_document_text(path)
    assert "\x00" not in read
    got, want = parse_extract(read), parse_extract(text)
    assert (got.present, got.proxies, got.counts) == (want.present, want.proxies, want.counts)
    assert (got.findings, got.evidence) == (want.findings, want.evidence)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError):
        read_document_text(tmp_path / "absent.txt")


def test_a_cp1252_text_reads(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_document_text(path) == text
    assert parse_extract(read_document_text(path)).counts.votes == 46


def test_a_utf8_text_with_a_byte_order_mark_reads(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Séance du 4 juillet 2024".encode())
    assert read_document_text(path) == "Séance du 4 juillet 2024"
