"""Hostile documents: HTML, scripts and SQL written into a roll call. The real names beside
them are kept, the junk is refused with a finding the secretariat reads, nothing else is lost;
the real importer on a real store.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.render import finding_text
from storage import db
from storage.importer import Importer, parse_text
from storage.models import Member
from storage.parsing.text import without_markup
from tests.conftest import SAMPLE_EXTRACT, SAMPLE_SCDL
from tests.documents import flattened
from tests.helpers import sample_dated
from tests.test_import_robustness import summary

HOSTILE = """VILLE DE SAINT-ALBAN-DES-COTEAUX
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du jeudi 14 novembre 2024
Date de convocation : 7 novembre 2024
Nombre de conseillers en exercice : 9
Présents : M. Hugo <i>BESSON</i>, Mme Claire <script>document.write('x')</script>TARDY, \
Mme <b>Inès</b> MOULIN, M. Jean-Paul GRANGE&amp;Cie, Mme Odile "LAMY'); DROP TABLE member;--, \
M. Pierre ROBIN
Absents excusés : M. Éric <img src=x onerror=alert(1)>CHAPUIS (pouvoir à M. Pierre ROBIN)
Secrétaire de séance : M. Hugo BESSON
Délibération n° 2024-051 : Tarifs de la cantine scolaire
Le conseil municipal, après en avoir délibéré, adopte les tarifs.
Vote : pour 5, contre 0, abstention 0
"""
KEPT = ["BESSON", "TARDY", "MOULIN", "ROBIN"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_names_beside_markup_and_sql_are_kept_and_the_junk_refused(shape: str) -> None:
    """A tag's parenthesis or quote kept the whole list of presents from being cut into names
    (« Nom illisible » for all of them, lost), « DROP TABLE » became a member whose first name
    was « member », and a giver's first name was « Éric <img src=x onerror=alert »."""
    text = HOSTILE if shape == "line-broken" else flattened(HOSTILE)
    extract = parse_text(text, Path("hostile.txt"))
    present = [p.last_name for p in extract.present]
    assert present == KEPT
    (proxy,) = extract.proxies
    assert (proxy.giver.first_name, proxy.giver.last_name) == ("Éric", "CHAPUIS")
    assert proxy.holder.last_name == "ROBIN"
    said = [finding_text(f) for f in extract.findings if f.code == "unreadable_name"]
    assert any("GRANGE&Cie" in s for s in said), said
    assert any("LAMY" in s for s in said), said
    assert any("DROP TABLE member" in s for s in said), said
    everyone = [p for p in extract.present] + [extract.proxies[0].giver]
    for person in everyone:
        for sign in '<>="&;':
            assert sign not in f"{person.first_name} {person.last_name}", person


def test_no_junk_member_is_stored(engine: Engine, tmp_path: Path) -> None:
    document = tmp_path / "hostile.txt"
    document.write_text(HOSTILE, encoding="utf-8")
    with db.session(engine) as session:
        (report,) = Importer(session).import_files([document])
        assert report.status == "imported", report
        names = {m.last_name for m in session.exec(select(Member))}
    assert set(KEPT) | {"CHAPUIS"} <= names
    assert not any(set(name) & set('<>="&;') or "DROP" in name for name in names), names


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("M. Andr&eacute; FAVRE, Mme L&#233;a ROCHE", "M. André FAVRE, Mme Léa ROCHE"),
        ("<p>Présents :</p><p>M. A<br>M. B</p>", "\nPrésents :\n\nM. A\nM. B\n"),
        ("Objet : <<Budget 2025>> & annexes; a < b", "Objet : <<Budget 2025>> & annexes; a < b"),
        ("<STYLE>p {color: red}</STYLE>Présents : M. X", "Présents : M. X"),
        ("<script>\nx\n</script>M. Y", "\n\nM. Y"),
        ("<script>never closed M. Z", "never closed M. Z"),
    ],
)  # fmt: skip
def test_markup_is_read_as_a_browser_shows_it(typed: str, read: str) -> None:
    """Entities become their character, block tags line breaks (the line numbers of evidence
    follow them), what only looks like a tag stays; a script's lines are kept blank."""
    assert without_markup(typed) == read


@pytest.mark.timeout(20)  # a fraction of a second; a pattern gone quadratic hangs: red, not stuck
@pytest.mark.parametrize("unit", ["<", "<b", "<script", "</script>", "&amp;", "<p x='", "<Bu "])
def test_markup_is_removed_in_linear_time(unit: str) -> None:
    """A megabyte of one markup unit: each character is looked at a bounded number of times
    (a pattern that backtracked over every « < » would not end)."""
    text = unit * (1_000_000 // len(unit))
    assert len(without_markup(text)) <= len(text)


ROLL_CALL = """COMMUNE DE VERNIOZ
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du lundi 2 décembre 2024
Nombre de conseillers en exercice : 5
Présents : M. Paul {name}, Mme Anne MOREL, M. Marc FAURE
Délibération n° 2024-090 : Subvention au comité des fêtes
Vote : pour 3, contre 0, abstention 0
"""


@pytest.mark.parametrize(
    "name",
    [
        "GI\u202eRAUD",  # a right-to-left override: « GIRAUD » shown reversed
        "GI\u200dRAUD",  # a zero-width joiner
        "GI\u2066RAUD\u2069",  # a bidirectional isolate
        "\ufeffGIRAUD",  # a byte-order mark pasted mid-text
        "GIRAUD\u200e",  # a left-to-right mark, as web pages add
        "GI\x07RAUD",  # a control character a PDF's text layer may hold
        "G\u0399R\u0410UD",  # a Greek iota and a Cyrillic a, drawn as I and A: GIRAUD as printed
    ],
)
def test_an_invisible_or_look_alike_character_in_a_printed_name_is_not_kept(
    engine: Engine, tmp_path: Path, name: str
) -> None:
    """Each one made another member « GIRAUD » beside the real one, and the override showed
    the name reversed in every answer and on the printed sheet."""
    extract = parse_text(ROLL_CALL.format(name=name), Path("vernioz.txt"))
    assert [p.last_name for p in extract.present] == ["GIRAUD", "MOREL", "FAURE"]
    clean = tmp_path / "clean.txt"
    clean.write_text(ROLL_CALL.format(name="GIRAUD"), encoding="utf-8")
    odd = tmp_path / "odd.txt"
    odd.write_text(ROLL_CALL.format(name=name).replace("2024-090", "2024-091"), encoding="utf-8")
    with db.session(engine) as session:
        Importer(session).import_files([clean, odd])
        girauds = session.exec(select(Member).where(Member.first_name == "Paul")).all()
    assert [m.last_name for m in girauds] == ["GIRAUD"]


def test_a_name_in_another_alphabet_is_kept_as_printed() -> None:
    """Only a word mixing alphabets is read in Latin letters: « ПЕТРОВ » is a name."""
    extract = parse_text(ROLL_CALL.format(name="ПЕТРОВ"), Path("vernioz.txt"))
    assert [p.last_name for p in extract.present] == ["ПЕТРОВ", "MOREL", "FAURE"]


def _pdf_of_pages(path: Path, pages: int) -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=9)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(0, 4, f"page {number}")
    pdf.output(str(path))
    return path


def test_a_pdf_of_more_pages_than_the_cap_allows_is_refused_before_any_is_read(
    engine: Engine, tmp_path: Path
) -> None:
    """Pages are read one by one whatever they hold: a 1 MB PDF of 5,000 near-empty pages took
    30 s, and a larger one hours, its text never reaching the cap. One page per 1,000 characters
    of the cap (here 10 pages for 10 kB); the refusal names both numbers, in French."""
    many = _pdf_of_pages(tmp_path / "recueil.pdf", 12)
    few = _pdf_of_pages(tmp_path / "court.pdf", 10)
    with db.session(engine) as session:
        importer = Importer(session)
        importer.max_text_bytes = 10_000
        long_one, short_one = importer.import_files([many, few])
    assert long_one.error_code == "too_many_pages"
    assert "PDF trop long (12 pages, 10 au plus)" in summary([long_one])
    assert short_one.error_code != "too_many_pages"  # read, then refused for what it says


EMPHASIS = """COMMUNE DE VERNIOZ
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du lundi 2 décembre 2024
Nombre de conseillers en exercice : 6
Présents : M. *Luc* _FRANCOIS_, Mme **Anne** __MOREL__, M. Marc *FAURE*, M. Paul FAYE*
Absents excusés : Mme _Lise_ GAY (pouvoir à M. *Luc* FRANCOIS)
Délibération n° 2024-090 : Subvention au comité des fêtes
Vote : pour 5, contre 0, abstention 0
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_name_in_emphasis_marks_is_read_as_its_name(shape: str) -> None:
    """A roll call copied from a message written in Markdown (« M. *Luc* _FRANCOIS_ ») made a
    new member « *Luc _FRANCOIS_ » beside M. Luc FRANCOIS: the marks are emphasis, not letters
    of a name (an asterisk after a name still notes it)."""
    text = EMPHASIS if shape == "line-broken" else flattened(EMPHASIS)
    extract = parse_text(text, Path("emphasis.txt"))
    present = [(p.first_name, p.last_name) for p in extract.present]
    assert present == [("Luc", "FRANCOIS"), ("Anne", "MOREL"), ("Marc", "FAURE"), ("Paul", "FAYE")]
    (proxy,) = extract.proxies
    assert (proxy.giver.first_name, proxy.giver.last_name) == ("Lise", "GAY")
    assert (proxy.holder.first_name, proxy.holder.last_name) == ("Luc", "FRANCOIS")


@pytest.mark.parametrize("year", ["1001", "1652"])
def test_a_sitting_dated_before_any_council_sat_is_said(
    engine: Engine, tmp_path: Path, year: str
) -> None:
    """« 04 JUILLET 1001 » (a misprint of 2001, or of a scan) was imported without a word:
    the sitting was the oldest of every record, which then counted « du 4 juillet 1001 au … ».
    No council sat before the communes were made (1790): imported as printed, and said."""
    with db.session(engine) as session:
        importer = Importer(session)
        report = importer.import_file(sample_dated(tmp_path, year))
        assert report.status == "imported", report.error
        (finding,) = [f for f in report.findings if f.code == "sitting_before_councils"]
        assert f"{year}-07-04" in finding_text(finding)
        report = importer.import_file(SAMPLE_EXTRACT)
        assert not [f for f in report.findings if f.code == "sitting_before_councils"]


def test_an_open_data_row_dated_when_no_council_sat_is_said(
    engine: Engine, tmp_path: Path
) -> None:
    """DELIB_DATE « 9999-12-31 » or « 1001-01-01 » was stored without a word, where the same
    date printed in a document is said: one check for both."""
    head = SAMPLE_SCDL.read_text(encoding="utf-8").splitlines()[0]
    row = (
        "1,Saint-etienne metropole (SEM),24420077000117,2022.0900{n},{day},,X,Objet,"
        ",,,,67,67,60,0,0,"
    )
    path = tmp_path / "scdl-misdated.csv"
    path.write_text(
        "\n".join([head, row.format(n=1, day="9999-12-31"), row.format(n=2, day="1001-01-01")])
        + "\n",
        encoding="utf-8",
    )
    with db.session(engine) as session:
        (report,) = Importer(session).import_files([path])
    assert report.status == "imported", report
    said = {f.code: finding_text(f) for f in report.findings}
    assert said["sitting_in_future"].startswith("Ligne 2 : la séance est datée du 9999-12-31")
    assert said["sitting_before_councils"].startswith(
        "Ligne 3 : la séance est datée du 1001-01-01"
    )
