"""Names wrapped across lines and lists broken by a page: « Mme Marie-Hélène » / « DUPONT-
MARTIN » is one member, a function after a name (« Jean ROUSSET, Maire ») ends its entry, a
page's footer (and its first-page words, and the blank lines about it) inside a list of
presents or of proxies leaves the list whole. Invented councils, line-broken, flattened where
the layout survives it, and as a PDF whose page breaks inside the lists."""

from __future__ import annotations

from pathlib import Path

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import checked_codes, flattened, handed, minutes_pdf, surnames

ONE_A_LINE = """COMMUNE DE SAINT-GENIS-DU-BOIS
Procès-verbal de la séance du conseil municipal du 7 novembre 2024

Présents :
Jean-Baptiste ROUSSET, Maire
Marie-Hélène
DUPONT-MARTIN
Pierre LEGRAND, Adjoint
Anne-Sophie
VAN DER BERGHE
Louis MARTIN
Absents excusés :
Corinne DELAGE
Secrétaire de séance : Louis MARTIN

Délibération n° 2024-40 : Tarifs de la salle polyvalente
Adopté à l'unanimité.
Délibération n° 2024-41 : Travaux de voirie
Adopté à l'unanimité.
"""


def test_names_wrapped_in_a_list_one_a_line() -> None:
    extract = parse_extract(ONE_A_LINE)
    assert surnames(extract.present) == [
        "dupont martin",
        "legrand",
        "martin",
        "rousset",
        "van der berghe",
    ]
    assert [p.first_name for p in extract.present][:2] == ["Jean-Baptiste", "Marie-Hélène"]
    assert surnames(extract.absent_excused) == ["delage"]


FOOTER = (
    "CC du Pays de Langres-sur-Vingeanne – Conseil communautaire du 14 mai 2024 – page {} sur 6"
)
BROKEN = f"""COMMUNAUTÉ DE COMMUNES DU PAYS DE LANGRES-SUR-VINGEANNE
Procès-verbal du conseil communautaire du 14 mai 2024

Étaient présents :
Mme Marie-Hélène
DUPONT-MARTIN, M. Alain BRUNET, Mme Sylvie CHAMBON,
M. Paul DUVERNAY, M. Gérard

{FOOTER.format(1)}

FAYOLLE, Mme Josiane GIRIN, M. Henri
LAFAY, Mme Odile MATHIEU.
Absents excusés :
M. Yves PERRET (pouvoir à Mme Sylvie CHAMBON), Mme Laure

{FOOTER.format(2)}

RIVIERE (pouvoir à M. Henri LAFAY), M. Jean-Claude
DE LA TOUR.
Secrétaire de séance : M. Alain BRUNET.

Délibération n° 2024-088 : Budget annexe des ordures ménagères
Adopté à l'unanimité.
Délibération n° 2024-089 : Adhésion au syndicat de rivière
Adopté à l'unanimité.
"""


def check_broken(extract: Extract) -> None:
    assert surnames(extract.present) == [
        "brunet",
        "chambon",
        "dupont martin",
        "duvernay",
        "fayolle",
        "girin",
        "lafay",
        "mathieu",
    ]
    assert surnames(extract.absent_excused) == ["de la tour", "perret", "riviere"]
    assert handed(extract.proxies) == [("perret", "chambon"), ("riviere", "lafay")]
    assert "proxy_holder_unknown" not in checked_codes(extract)
    assert [i.deliberation.number for i in extract.items] == ["2024-088", "2024-089"]


def test_lists_broken_by_a_pages_footer(shape: str) -> None:
    check_broken(parse_extract(flattened(BROKEN) if shape == "flattened" else BROKEN))


def test_lists_broken_by_a_page_in_a_pdf(tmp_path: Path) -> None:
    pdf = minutes_pdf(FOOTER.replace("–", "-"))
    pdf.add_page()
    for line in BROKEN.split("\n"):
        if line.startswith("CC du Pays"):
            pdf.add_page()  # the page breaks where the footer was printed
            continue
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "pv.pdf"))
    check_broken(parse_extract(read_document_text(tmp_path / "pv.pdf")))


def test_a_list_ended_before_the_page_stays_ended() -> None:
    """A list closed by its full stop, then a page's footer, then a sentence: the sentence is
    no member."""
    text = BROKEN.replace(
        "LAFAY, Mme Odile MATHIEU.\n",
        f"LAFAY, Mme Odile MATHIEU.\n\n{FOOTER.format(3)}\n\n"
        "Le quorum étant atteint, la séance est ouverte.\n",
    )
    assert "quorum" not in " ".join(surnames(parse_extract(text).present))
    check_broken(parse_extract(text))


def test_names_without_capitals_one_a_line_after_a_function() -> None:
    """« Louise Berthier, maire » / « Paul Roche » / « Inès Valois »: each line a member (the
    function took the others as its words, and they were lost)."""
    text = """COMMUNE DE VAL-D'ORGEAT
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 12 MARS 2026
Présents :
Louise Berthier, maire
Paul Roche
Inès Valois
Secrétaire de séance : M. Paul ROCHE.
1. Tarifs de la cantine scolaire
Adopté à l'unanimité.
"""
    assert surnames(parse_extract(text).present) == ["berthier", "roche", "valois"]
