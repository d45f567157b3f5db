"""Roll calls a member a row, on invented documents read as printed, flattened and as a PDF:
a numbered row with the member's group and their status after a dash (« 3. ROUX Paul Groupe
Avenir — Excusé », « — Pouvoir à Anne BLANC »), and delegates each followed by their commune
after a dash (« • Mme Anne BLANC – Vaugrenier »): the group and the commune are nobody's name.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import checked_codes, flattened, handed, surnames

STATUS_ROWS = """Département de la Haute-Sorgue
Commission permanente – séance du 12/10/2026

APPEL NOMINAL

1. ARMAND Lucie Groupe Sorgue Avenir — Présente
2. BASTIDE Paul Groupe Sorgue Avenir — Présent
3. CAYROL Denise Non-inscrite — Excusée
4. DELPECH Martin Groupe Union des territoires — Pouvoir à Lucie ARMAND
5. ESTRADE Yvan Groupe Union des territoires — Présent
6. FABRE-LAVAL Inès Groupe Sorgue Avenir — Absente
7. GINESTE Hugo Non-inscrit — Présent
8. HERAIL Nadine Groupe Union des territoires — Représentée par Hugo GINESTE
9. ISSALY Bruno Groupe Sorgue Avenir — Présent

Présents : 5   Pouvoirs : 2   Votants : 7   En exercice : 9
Présidence : Mme Lucie ARMAND
Secrétaire de séance : M. Yvan ESTRADE

N°2026/212 Aide aux communes pour la voirie rurale
Adopté à l'unanimité.
N°2026/213 Convention avec le syndicat des eaux
Adopté à l'unanimité.
"""


def check_status_rows(text: str) -> None:
    extract = parse_extract(text)
    assert surnames(extract.present) == ["armand", "bastide", "estrade", "gineste", "issaly"]
    assert handed(extract.proxies) == [("delpech", "armand"), ("herail", "gineste")]
    assert surnames(extract.absent_excused) == ["cayrol", "delpech", "herail"]
    assert surnames(extract.absent) == ["fabre laval"]
    assert not any("groupe" in fold(p.display()) for p in extract.present)
    assert checked_codes(extract) == []


def test_numbered_rows_with_a_group_and_a_status(shape: str) -> None:
    check_status_rows(flattened(STATUS_ROWS) if shape == "flattened" else STATUS_ROWS)


def test_numbered_rows_with_a_group_and_a_status_in_a_pdf(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    latin = STATUS_ROWS.replace("—", "-").replace("–", "-")
    for line in latin.split("\n"):
        pdf.cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "cp.pdf"))
    check_status_rows(read_document_text(tmp_path / "cp.pdf"))


COMMUNE_AFTER_DASH = """SYNDICAT INTERCOMMUNAL DU VAL DE LÈZE
COMITÉ SYNDICAL
Compte rendu de la réunion du 05.11.2026

Délégués en exercice : 8
Délégués présents : 6
Votants : 6

Délégués présents :
  • Mme Agnès BOUSQUET – Vaugrenier
  • M. Rémi CASTAING – Le Fossat
  • Mme Odile DARRIEUX – Vaugrenier
  • M. Loïc ESPARBÈS – Saint-Ybars
  • Mme Julie FERRAN – La Bastide-de-Besplas
  • M. Alain NOGUÈS – Le Fossat
Délégués absents :
  • M. Pascal TOURNIER – Saint-Ybars
  • Mme Claire VIGNAUX – Lézat
M. Alain NOGUÈS, Président, ouvre la séance.
Mme DARRIEUX est désignée secrétaire de séance.

Délibération n° D2026-031 : Tarifs de l'assainissement 2027
Adopté à l'unanimité.
"""


def test_delegates_with_their_commune_after_a_dash(shape: str) -> None:
    text = flattened(COMMUNE_AFTER_DASH) if shape == "flattened" else COMMUNE_AFTER_DASH
    extract = parse_extract(text)
    assert surnames(extract.present) == [
        "bousquet", "castaing", "darrieux", "esparbes", "ferran", "nogues",
    ]  # fmt: skip
    assert surnames(extract.absent) == ["tournier", "vignaux"]
    assert (extract.president.first_name, fold(extract.president.last_name)) == ("Alain", "nogues")
    assert fold(extract.secretary.last_name) == "darrieux"
