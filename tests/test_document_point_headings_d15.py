"""Items headed by their place on the agenda in the shapes that lost items and shifted votes:
« POINT 1 : » alone on its line with the title in capitals under it, « Rapport 2 » then its
title, « N°1 / Approbation … » (no act « 1 / Approb »), a point whose act's heading stands
under it (« POINT 3 : » / « DÉLIBÉRATION N° 2024-12 – … »), « Point n° 1 - » with a vote of
figures, each vote on its own item. Invented councils, line-broken, flattened and as a PDF."""

# ruff: noqa: E501  (the documents' lines are printed as councils print them)
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import flattened, surnames

MIXED = """COMMUNE DE SAINT-JUST-D'AVRAY
COMPTE RENDU DU CONSEIL MUNICIPAL DU 10 DÉCEMBRE 2024

Présents : M. Pierre ALLARD, Maire, Mme Nicole BESSE, M. René CHAPUIS, Mme Josette DUC, M. Alain EYMARD.
Secrétaire : M. René CHAPUIS

POINT 1 :
APPROBATION DU COMPTE RENDU DE LA SÉANCE PRÉCÉDENTE
Approuvé à l'unanimité.

POINT 2 :
TARIFS COMMUNAUX 2025
Le conseil municipal fixe les tarifs communaux 2025.
Votes : pour 4, contre 1, abstention 0.

POINT 3 :
DÉLIBÉRATION N° 2024-12 – ADHÉSION AU GROUPEMENT DE COMMANDES D'ÉNERGIE
Adopté à l'unanimité.

Point 4 : Rapport n° 12 – Indemnités du receveur
Rejeté par 1 voix pour, 3 contre et 1 abstention.
"""

REPORTS = """DÉPARTEMENT DE LA HAUTE-VALLÉE
Commission permanente du 12 mars 2024
Procès-verbal

Présents : Mme Hélène MARTY (présidente), M. Gilles ABADIE, Mme Rose BERTIN, M. Yann CAMUS, Mme Inès DELORME.
Secrétaire de séance : M. Yann CAMUS.

Rapport 1
Aide aux communes pour les équipements sportifs
Adopté à l'unanimité.

Rapport 2
Convention avec l'agence de l'eau
Adopté par 4 voix pour et 1 abstention.

Rapport 3
Subvention au comité départemental de randonnée
Adopté à l'unanimité.
"""

SLASHED = """SYNDICAT MIXTE DES EAUX DU HAUT-VERDON
Relevé des délibérations du comité syndical du 9 février 2024

Présents : Mme Alice PONS, M. Bruno ROUX, M. Cédric SALLE, Mme Diane TEYSSIER.
Secrétaire : M. Cédric SALLE.

N°1 / Approbation du compte de gestion 2023
Adopté à l'unanimité.
N°2 / Fixation du prix de l'eau 2024
Adopté par 3 voix pour et 1 contre.
N°3 / Travaux de renouvellement du réseau de la Combe
Rejeté par 1 voix pour et 3 contre.
"""

FIGURES = """COMMUNAUTÉ DE COMMUNES DU VAL D'ARGENT
Compte rendu du conseil communautaire du 18 janvier 2024

Présents : M. Louis HENRY (Président), Mme Claire ANTOINE, M. Marc DUPRE, Mme Lise GERARD, M. Théo KLEIN.
Secrétaire de séance : M. Marc DUPRE.

Point n° 1 - Budget primitif 2024
Vote : Pour 5, Contre 0, Abstention 0. Adopté.
Point n° 2 - Attribution du marché de collecte des déchets
Vote : Pour 4, Contre 1, Abstention 0. Adopté.
Point n° 3 - Modification des statuts
Vote : Pour 3, Contre 0, Abstention 2. Adopté.
"""


def _items(extract: Extract) -> list[tuple]:
    return [
        (
            item.ordinal,
            item.deliberation.number,
            item.deliberation.title,
            item.deliberation.outcome,
            (item.deliberation.votes_against, item.deliberation.abstentions),
        )
        for item in extract.items
    ]


def _read(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


def test_points_alone_on_their_line_and_an_act_under_one(shape: str) -> None:
    extract = _read(MIXED, shape)
    assert surnames(extract.present) == ["allard", "besse", "chapuis", "duc", "eymard"]
    assert _items(extract) == [
        ("1", None, "APPROBATION DU COMPTE RENDU DE LA SÉANCE PRÉCÉDENTE", "adopted", (0, 0)),
        ("2", None, "TARIFS COMMUNAUX 2025", "adopted", (1, 0)),
        ("3", "2024-12", "ADHÉSION AU GROUPEMENT DE COMMANDES D'ÉNERGIE", "adopted", (0, 0)),
        ("4", None, "Rapport n° 12 – Indemnités du receveur", "rejected", (3, 1)),
    ]


def test_reports_numbered_alone_above_their_title(shape: str) -> None:
    assert _items(_read(REPORTS, shape)) == [
        ("1", None, "Aide aux communes pour les équipements sportifs", "adopted", (0, 0)),
        ("2", None, "Convention avec l'agence de l'eau", "adopted", (0, 1)),
        ("3", None, "Subvention au comité départemental de randonnée", "adopted", (0, 0)),
    ]


def _check_slashed(extract: Extract) -> None:
    assert _items(extract) == [
        ("1", None, "Approbation du compte de gestion 2023", "adopted", (0, 0)),
        ("2", None, "Fixation du prix de l'eau 2024", "adopted", (1, 0)),
        ("3", None, "Travaux de renouvellement du réseau de la Combe", "rejected", (3, 0)),
    ]


def test_an_ordinal_after_n_and_a_slash_is_no_acts_number(shape: str) -> None:
    _check_slashed(_read(SLASHED, shape))


def test_an_ordinal_after_n_and_a_slash_in_a_pdf(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in SLASHED.split("\n"):
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "releve.pdf"))
    _check_slashed(parse_extract(read_document_text(tmp_path / "releve.pdf")))


def test_points_with_their_votes_in_figures(shape: str) -> None:
    extract = _read(FIGURES, shape)
    assert [(o, t, v) for o, _, t, _, v in _items(extract)] == [
        ("1", "Budget primitif 2024", (0, 0)),
        ("2", "Attribution du marché de collecte des déchets", (1, 0)),
        ("3", "Modification des statuts", (0, 2)),
    ]
    assert [item.deliberation.votes_for for item in extract.items] == [5, 4, 3]


def test_a_point_word_in_a_sentence_is_no_heading(shape: str) -> None:
    text = """COMMUNE DE SAINT-JUST-D'AVRAY
Extrait du registre des délibérations du conseil municipal
Séance du 10 décembre 2024
Présents : M. Pierre ALLARD, Mme Nicole BESSE, M. René CHAPUIS.
Délibération n° 2024-15 : Tarifs communaux
Le Maire rappelle l'objet du
point 2
examiné en commission. Le conseil municipal adopte les tarifs à l'unanimité.
"""
    extract = _read(text, shape)
    assert [i.deliberation.number for i in extract.items] == ["2024-15"]
    assert extract.deliberation.outcome == "adopted"
