"""Layouts a blind probe of invented documents found read wrong. A text whose lines a PDF
export cut anywhere (« Pré- » / « sents : », « conseil muni- » / « cipal du 8 janvier »,
« (pou- » / « voir à Mme X) », « DEL- » / « MAS, Mme … »): the document was refused or its
roll call lost. A text exported from a PDF with its layout kept, two columns side by side
(« Présents :      Absents excusés : »): each line ran the two lists together. Every document
is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.documents import DocumentError, Extract, Person
from storage.importer import parse_document
from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import pdf_text, printed, surnames

HEAD = "COMMUNE DE SAINT-GENIEZ-D'OLT\n"
PRESENT = ["barral", "calmels", "delmas", "espie", "fabre", "gineste"]


def last_name(person: Person | None) -> str | None:
    return person.last_name if person is not None else None


def proxies(extract: Extract) -> list[tuple[str, str]]:
    return sorted((p.giver.last_name, p.holder.last_name) for p in extract.proxies)


# -- A. words cut at a line's end: the heading, the cues, a list, a proxy's parenthesis --------

CUT_CUES = [
    # the cue's word cut in its compound-looking half, its list on the next line
    "Pré-\nsents : M. Alban BARRAL, Mme Brigitte CALMELS, M. Cyril DELMAS, Mme Denise ESPIE,\n"
    "M. Elie FABRE, Mme Flora GINESTE\n",
    # a name cut in a syllable, the list going on after it on the same line
    "Présents : M. Alban BARRAL, Mme Brigitte CALMELS, M. Cyril DEL-\nMAS, Mme Denise ESPIE, "
    "M. Elie FABRE, Mme Flora GINESTE\n",
    # « Étaient pré- » / « sents » and its colon glued to the word
    "Étaient pré-\nsents: M. Alban BARRAL, Mme Brigitte CALMELS, M. Cyril DELMAS,\n"
    "Mme Denise ESPIE, M. Elie FABRE, Mme Flora GINESTE\n",
]
CUT_PROXIES = [
    "Absente ayant donné procu-\nration : Mme Gina HOLLE à M. Alban BARRAL\n",
    "Absents excusés : Mme Gina HOLLE (pou-\nvoir à M. Alban BARRAL), M. Paul ROUX\n",
    "Excusés : Mme Gina HOLLE (procuration donnée à M. Al-\nban BARRAL), M. Paul ROUX\n",
]


@pytest.mark.parametrize("present", CUT_CUES)
@pytest.mark.parametrize("proxy", CUT_PROXIES)
def test_cues_and_lists_cut_at_a_line_end(present: str, proxy: str) -> None:
    text = (
        HEAD
        + "Procès-verbal du conseil municipal du 8 janvier 2026\n"
        + present
        + proxy
        + "Secrétaire de séance : Mme Denise ES-\nPIE\n"
        + "Délibération n° 2026-01 : Demande de subven-\ntion DETR\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == PRESENT
    assert proxies(extract) == [("HOLLE", "BARRAL")]
    assert last_name(extract.secretary) == "ESPIE"


HEADINGS_CUT = [
    "Procès-verbal du conseil muni-\ncipal du 8 janvier 2026\n",
    "Compte rendu de la séance du con-\nseil municipal du 8 janvier 2026\n",
    "Procès-verbal de la réunion du conseil munici-\npal du 8 janvier 2026\n",
]


@pytest.mark.parametrize("heading", HEADINGS_CUT)
def test_a_heading_cut_at_a_line_end_is_still_a_sitting(heading: str, tmp_path: Path) -> None:
    """The sitting's date after a cut word: the file was refused as no council document."""
    text = (
        HEAD
        + heading
        + "Présents : M. Alban BARRAL, Mme Brigitte CALMELS, M. Cyril DELMAS\n"
        + "Délibération n° 2026-01 : Demande de subvention DETR\nAdopté à l'unanimité.\n"
    )
    path = tmp_path / "pv.txt"
    path.write_text(text, encoding="utf-8")
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert str(extract.sitting_date) == "2026-01-08"
    assert surnames(extract.present) == ["barral", "calmels", "delmas"]


def test_a_pdf_whose_proxy_is_cut_inside_its_parenthesis(tmp_path: Path) -> None:
    text = (
        HEAD + "Procès-verbal de la réunion du conseil municipal du 17 juillet 2025\n"
        "Étaient présents : Mme Josiane PERRIN, M. Claude QUILLET, Mme Béatrice RAYNAUD\n"
        "Absents excusés : M. Marcel BLANCHARD (pou-\n"
        "voir à Mme Josiane PERRIN), Mme Sylvie CORDIER\n"
        "Délibération 2025-19 : Statuts\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(pdf_text(text, tmp_path / "pv.pdf"))
    assert proxies(extract) == [("BLANCHARD", "PERRIN")]
    assert surnames(extract.absent_excused) == ["blanchard", "cordier"]


# -- B. a text exported from a PDF with its layout kept: two columns side by side ---------------


def _file(tmp_path: Path, text: str, encoding: str = "utf-8") -> Extract:
    path = tmp_path / "pv.txt"
    path.write_bytes(text.encode(encoding))
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    return extract


def _side_by_side(left: list[str], right: list[str], at: int) -> str:
    return "".join(
        f"{a.ljust(at)}{b}".rstrip() + "\n"
        for a, b in zip(left + [""] * len(right), right + [""] * len(left), strict=False)
        if a or b
    )


LEFT = ["Présents :", "M. Aimé BARDET", "Mme Berthe CONSTANT", "M. Charles DEVAL"]
RIGHT = [
    "Absents excusés :",
    "Mme Elise FAGET (pouvoir à M. Aimé BARDET)",
    "M. Félix GAYRAL",
    "Secrétaire de séance : Mme Berthe CONSTANT",
]


@pytest.mark.parametrize("at", [40, 52, 60])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_roll_call_in_two_text_columns(tmp_path: Path, at: int, encoding: str) -> None:
    text = (
        "COMMUNE DE LUZECH-PLAGE"
        + " " * 30
        + "Conseil municipal du 19 mars 2026\n\n"
        + _side_by_side(LEFT, RIGHT, at)
        + "\nDélibération n° 2026-30 : Entretien des berges\nAdopté à l'unanimité.\n"
    )
    extract = _file(tmp_path, text, encoding)
    assert surnames(extract.present) == ["bardet", "constant", "deval"]
    assert surnames(extract.absent_excused) == ["faget", "gayral"]
    assert proxies(extract) == [("FAGET", "BARDET")]
    assert last_name(extract.secretary) == "CONSTANT"


def test_right_column_longer_than_the_left(tmp_path: Path) -> None:
    right = ["Absents :", "M. Félix GAYRAL", "Mme Elise FAGET", "M. Jules HERAIL", "Mme Ida ICHE"]
    text = (
        "COMMUNE DE LUZECH-PLAGE\nProcès-verbal du conseil municipal du 19 mars 2026\n\n"
        + _side_by_side(LEFT, right, 30)
        + "\nDélibération n° 2026-30 : Entretien des berges\nAdopté à l'unanimité.\n"
    )
    extract = _file(tmp_path, text)
    assert surnames(extract.present) == ["bardet", "constant", "deval"]
    assert surnames(extract.absent) == ["faget", "gayral", "herail", "iche"]


def test_a_text_table_aligned_by_spaces_stays_a_table(tmp_path: Path) -> None:
    """Rows of cells (a name, marks, a holder) are no columns of text: each row is read."""
    text = (
        "COMMUNE DE SAINT-AMANS-DU-PECH\nConseil municipal du 12 mars 2026\n\n"
        "NOM              Prénom       Présent   Excusé   Pouvoir à\n"
        "BOUSQUET         André        X\n"
        "CAZALS           Brigitte     X\n"
        "DELPECH          Christian              X        BOUSQUET André\n"
        "ESCAFFRE         Danielle     X\n\n"
        "Délibération n° 2026-20 : Adressage des voies\nAdopté à l'unanimité.\n"
    )
    extract = _file(tmp_path, text)
    assert surnames(extract.present) == ["bousquet", "cazals", "escaffre"]
    assert proxies(extract) == [("DELPECH", "BOUSQUET")]


# -- C. a scan's capital « I » read as « l » at a word's start --------------------------------

L_FOR_I = [
    "Presents : Mme lsabelle ARNAL, M. lgor BONNAFOUS, Mme Agnes CROS\n"
    "Absents excuses : M. lvan FALGUIERES (pouvoir a Mme lsabelle ARNAL)\n",
    "Présents : ARNAL lsabelle, BONNAFOUS lgor, CROS Agnès\n"
    "Excusé : FALGUIERES lvan, pouvoir à ARNAL lsabelle\n",
    "PRÉSENTS : Mme lSABELLE ARNAL, M. lGOR BONNAFOUS, Mme AGNÈS CROS\n"
    "EXCUSÉS : M. lVAN FALGUIERES (POUVOIR À Mme lSABELLE ARNAL)\n",
]


@pytest.mark.parametrize("roll_call", L_FOR_I)
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_capital_i_read_as_l_starts_a_name(roll_call: str, shape: str) -> None:
    text = (
        "COMMUNE DE LA BASTIDE-PRADINES\nProces-verbal du conseil municipal du 15 janvier 2026\n"
        + roll_call
        + "Secretaire de seance : Mme Agnes CROS\n"
        + "Deliberation n° 2026-03 : Convention de deneigement\nAdopte a l'unanimite.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["arnal", "bonnafous", "cros"]
    assert proxies(extract) == [("FALGUIERES", "ARNAL")]
    assert {fold(p.first_name or "") for p in extract.present} >= {"isabelle", "igor"}


def test_a_word_of_l_and_a_vowel_is_left_alone() -> None:
    """« la », « lycée », « l'» and a name starting with « L » keep their « l »."""
    text = (
        "COMMUNE DE LAVAUR\nConseil municipal du 15 janvier 2026\n"
        "Présents : Mme Lsabelle LABORIE, M. Louis LOUBET, Mme Léa LLORENS\n"
        "Délibération n° 2026-03 : la location de la salle du lycée\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert sorted(p.first_name for p in extract.present) == ["Louis", "Lsabelle", "Léa"]
    assert extract.deliberation.title == "la location de la salle du lycée"


# -- D. an item's act number at the end of a title a narrow column wrapped --------------------

WRAPPED_NUMBERS = [
    ("2. Tarifs de la cantine scolaire pour\nl'année 2026 (N°40/2025)\n", "40/2025"),
    ("2. Tarifs de la cantine scolaire pour l'année 2026\n(N°40/2025)\n", "40/2025"),
    ("2 - Tarifs de la cantine scolaire pour\nl'année 2026 [D2025-040]\n", "D2025-040"),
    (
        "2°) Tarifs de la cantine scolaire pour\nl'année 2026 (délibération n° 2025-040)\n",
        "2025-040",
    ),
]


@pytest.mark.parametrize(("heading", "number"), WRAPPED_NUMBERS)
def test_an_act_number_under_its_wrapped_title(heading: str, number: str) -> None:
    text = (
        HEAD + "Procès-verbal du conseil municipal du 14 octobre 2025\n"
        "Présents : M. Luc VIALE, M. Henri DORAT, Mme Anne BOISSET\n"
        "1. Approbation du procès-verbal\nAdopté à l'unanimité.\n"
        + heading
        + "Pour : 2 - Contre : 1 - Abstention : 0\n"
        "3. Vente du presbytère\n(N°41/2025)\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    got = [(i.deliberation.number, i.deliberation.title) for i in extract.items]
    assert got == [
        (None, "Approbation du procès-verbal"),
        (number, "Tarifs de la cantine scolaire pour l'année 2026"),
        ("41/2025", "Vente du presbytère"),
    ]
    assert extract.items[1].deliberation.votes_against == 1


def test_two_column_minutes_keep_each_items_number(tmp_path: Path) -> None:
    """A procès-verbal set in two narrow columns: the roll call and the first items on the left,
    the rest on the right, each act's number wrapped under its title."""
    from tests.layout_documents import columns_pdf

    left = (
        "Présents : Mme Odette CARRON, M. Luc\nVIALE, M. Henri DORAT, Mme Anne\nBOISSET\n"
        "Excusés : Mme Rose JARDIN (pouvoir à\nM. Luc VIALE), M. Yves LAFON\n"
        "Secrétaire de séance : Mme Anne\nBOISSET\n"
        "1. Tarifs de la cantine scolaire pour\nl'année 2026 (N°40/2025)\n"
        "Pour : 4 - Contre : 1 - Abstention : 0"
    )
    right = (
        "2. Vente du presbytère\n(N°41/2025)\nLe conseil municipal, après en avoir\n"
        "délibéré, décide de vendre le bien.\nAdopté à l'unanimité.\n"
        "3. Motion pour le maintien de la\ntrésorerie (N°42/2025)\n"
        "La motion n'est pas adoptée (2 pour,\n3 contre)."
    )
    path = tmp_path / "pv.pdf"
    path.write_bytes(
        columns_pdf(
            "COMMUNE DE SAINT-ROMAIN\nProcès-verbal du conseil municipal du 14 octobre 2025",
            left,
            right,
        )
    )
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == ["boisset", "carron", "dorat", "viale"]
    assert proxies(extract) == [("JARDIN", "VIALE")]
    got = [(i.deliberation.number, i.deliberation.outcome) for i in extract.items]
    assert got == [("40/2025", "adopted"), ("41/2025", "adopted"), ("42/2025", "rejected")]


# -- E. the vote's lines run on after the title in one paragraph, or wrapped at a fixed width ---

ROLL = (
    "COMMUNE DE MONTFORT-SUR-RISLE\nProcès-verbal du conseil municipal du 3 juin 2025\n"
    "Présents : M. Jean ARNAUD, Mme Lucie BRUN, Mme Irène COLAS, M. Paul DAVID\n"
)
RUN_ON_VOTES = [
    "Délibération n° 2025-031 : Avenant au marché de nettoyage Ne prend pas part au vote : "
    "Mme Irène COLAS (intéressée) Résultat du vote : 3 pour, 0 contre, 0 abstention\n",
    "Délibération n° 2025-031 : Avenant au marché de nettoyage N'a pas pris part au vote : "
    "Mme Irène COLAS. Résultats du scrutin : 3 pour, 0 contre, 0 abstention\n",
    # the same paragraph wrapped at 70 columns by a text export
    "Délibération n° 2025-031 : Avenant au marché de nettoyage Ne prend pas\n"
    "part au vote : Mme Irène COLAS (intéressée) Résultat du vote : 3 pour,\n"
    "0 contre, 0 abstention\n",
]


@pytest.mark.parametrize("item", RUN_ON_VOTES)
def test_vote_lines_run_on_after_the_title(item: str) -> None:
    text = (
        ROLL
        + item
        + "Délibération n° 2025-032 : Tarifs de la piscine Résultat du vote : adopté à "
        + "l'unanimité\n"
    )
    extract = parse_extract(text)
    got = [(i.deliberation.number, i.deliberation.title) for i in extract.items]
    assert got == [
        ("2025-031", "Avenant au marché de nettoyage"),
        ("2025-032", "Tarifs de la piscine"),
    ]
    assert extract.items[0].deliberation.votes_for == 3
    assert extract.items[1].deliberation.outcome == "adopted"


def test_vote_lines_in_one_word_processor_paragraph(tmp_path: Path) -> None:
    from tests.layout_documents import docx

    path = tmp_path / "pv.docx"
    path.write_bytes(docx(ROLL + RUN_ON_VOTES[0] + "Délibération n° 2025-032 : Tarifs\nAdopté."))
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert extract.items[0].deliberation.title == "Avenant au marché de nettoyage"
    assert [p.last_name for p in extract.items[0].not_voting] == ["COLAS"]


# -- F. a table of votes whose first column is the item's place on the agenda -------------------


def _vote_table(header: str) -> list[list[str]]:
    return [
        [header, "Objet", "Décision", "Pour", "Contre", "Abstention"],
        ["1", "Compte de gestion 2024", "Adopté", "12", "0", "0"],
        ["2", "Indemnités des élus", "Adopté", "9", "2", "1"],
        ["3", "Motion sur la fermeture de la trésorerie", "Rejeté", "4", "8", "0"],
    ]


@pytest.mark.parametrize("header", ["Point", "N° d'ordre", "Point n°"])
@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_a_vote_table_keeps_each_items_place(tmp_path: Path, header: str, kind: str) -> None:
    from tests.layout_documents import docx, odt

    head = (
        "COMMUNE DE CHAMPAGNAC-LA-RIVIÈRE\n"
        "Compte rendu du conseil municipal du 18 septembre 2025\n"
        "Présents : M. Paul AUDIN, Mme Marie BAILLY, M. Luc CHARPENTIER"
    )
    path = tmp_path / f"cr.{kind}"
    path.write_bytes((docx if kind == "docx" else odt)(head, _vote_table(header)))
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    got = [
        (i.ordinal, i.deliberation.title, i.deliberation.outcome, i.deliberation.votes_against)
        for i in extract.items
    ]
    assert got == [
        ("1", "Compte de gestion 2024", "adopted", 0),
        ("2", "Indemnités des élus", "adopted", 2),
        ("3", "Motion sur la fermeture de la trésorerie", "rejected", 8),
    ]


# -- G. a roll call table whose status cell also names the proxy's holder ----------------------

STATUS_WITH_HOLDER = [
    ("Excusé - pouvoir à M. Arnaud CHAMBON", "excused"),
    ("Excusé, représenté par M. Arnaud CHAMBON", "excused"),
    ("Absent (procuration à M. Arnaud CHAMBON)", "absent"),
    ("Excusé – procuration donnée à M. Arnaud CHAMBON", "excused"),
]


@pytest.mark.parametrize(("status", "listed"), STATUS_WITH_HOLDER)
@pytest.mark.parametrize("kind", ["html", "docx"])
def test_status_cell_with_its_proxy(tmp_path: Path, status: str, listed: str, kind: str) -> None:
    from tests.layout_documents import docx

    rows = [
        ["Élu", "Statut"],
        ["M. Arnaud CHAMBON", "Présent"],
        ["Mme Bérénice DAUMAS", "Présente"],
        ["M. Cyril ESPINASSE", status],
        ["M. Etienne GARRIGUES", "Absent"],
    ]
    head = "Ville de Montreuil-Bellay\nConseil municipal - Séance du 13 novembre 2025"
    tail = "2025-95 - Règlement du marché\nAdopté à l'unanimité."
    path = tmp_path / f"pv.{kind}"
    if kind == "docx":
        path.write_bytes(docx(head, rows, tail))
    else:
        cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in rows)
        body = "".join(f"<p>{line}</p>" for line in head.split("\n"))
        after = "".join(f"<p>{line}</p>" for line in tail.split("\n"))
        path.write_text(f"<html><body>{body}<table>{cells}</table>{after}</body></html>")
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == ["chambon", "daumas"]
    assert proxies(extract) == [("ESPINASSE", "CHAMBON")]
    absent = surnames(extract.absent) + surnames(extract.absent_excused)
    assert sorted(absent) == ["espinasse", "garrigues"]
    said = extract.absent if listed == "absent" else extract.absent_excused
    assert "espinasse" in surnames(said)


# -- H. an officer's role alone on its line, the name on the next ------------------------------

OFFICERS_ALONE = [
    "Secrétaire de séance\nMme Camille BODIN\n",
    "Président de séance\nM. Bertrand AUGER\nSecrétaire\nMme Camille BODIN\n",
    "SECRÉTAIRE DE SÉANCE\nMme Camille BODIN\nPRÉSIDENCE\nM. Bertrand AUGER\n",
]


@pytest.mark.parametrize("officers", OFFICERS_ALONE)
def test_an_officers_role_alone_on_its_line(officers: str) -> None:
    text = (
        "Communauté de communes Cœur de Brenne\nSéance du jeudi 27 novembre 2025\n"
        "Présents\nM. Bertrand AUGER, Mme Camille BODIN, M. Damien COUTURIER\n"
        + officers
        + "Délibération 2025-130 – Plan climat : adopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert last_name(extract.secretary) == "BODIN"
    if "sid" in officers.lower():
        assert last_name(extract.president) == "AUGER"


def test_a_web_pages_definition_list_names_the_secretary(tmp_path: Path) -> None:
    path = tmp_path / "pv.html"
    path.write_text(
        "<html><body><h1>Procès-verbal du conseil communautaire</h1>"
        "<p>Communauté de communes Cœur de Brenne</p><p>Séance du 27 novembre 2025</p><dl>"
        "<dt>Présents</dt><dd>M. Bertrand AUGER, Mme Camille BODIN</dd>"
        "<dt>Secrétaire de séance</dt><dd>Mme Camille BODIN</dd></dl>"
        "<p>Délibération 2025-130 – Plan climat : adopté à l'unanimité.</p></body></html>"
    )
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert last_name(extract.secretary) == "BODIN"


# -- I. a région's commission permanente: its numbers, its chair, its council's name ------------

REGION_NUMBERS = ["25CP.0312", "25CP-0312", "26AP.0041", "24DEL/0015"]


@pytest.mark.parametrize("number", REGION_NUMBERS)
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_numbers_of_the_year_then_the_bodys_letters(number: str, shape: str) -> None:
    second = number[:-1] + "9"
    text = (
        "CONSEIL RÉGIONAL D'OCCITANIE-SUD\nCOMMISSION PERMANENTE\n"
        "Réunion du vendredi 11 juillet 2025 à 18H30\n"
        "Présents : Mme Carole DESCHAMPS, M. Julien ESTEVE, Mme Laura HERVE\n"
        f"Délibération n° {number} - Aide à l'investissement des lycées\n"
        "Pour : 3 - Contre : 0 - Abstention : 0\n"
        f"Délibération n° {second} - Fonds régional pour l'emploi\n"
        "Pour : 2 - Contre : 1 - Abstention : 0\n"
    )
    extract = parse_extract(printed(text, shape))
    got = [(i.deliberation.number, i.deliberation.votes_against) for i in extract.items]
    assert got == [(number, 0), (second, 1)]


def test_an_hour_is_no_acts_number() -> None:
    text = (
        "COMMUNE DE SAINT-MARC\nConseil municipal du 3 mars 2025\n"
        "Présents : M. Paul FAYE, Mme Anne BOIS\n"
        "18H30 : ouverture de la séance\n"
        "Délibération n° 2025-011 : Tarifs\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert [i.deliberation.number for i in extract.items] == ["2025-011"]


CHAIRED_LINES = [
    "Présidée par Mme Carole DESCHAMPS, Présidente du Conseil régional\n",
    "  présidée par Mme Carole DESCHAMPS\n",
]


@pytest.mark.parametrize("chaired", CHAIRED_LINES)
def test_presided_by_opening_its_line(chaired: str) -> None:
    text = (
        "CONSEIL RÉGIONAL D'OCCITANIE-SUD\nCOMMISSION PERMANENTE\n"
        "Réunion du vendredi 11 juillet 2025\n"
        + chaired
        + "Présents : Mme Carole DESCHAMPS, M. Julien ESTEVE\n"
        "Délibération n° 25CP.0312 - Aide aux lycées\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert last_name(extract.president) == "DESCHAMPS"


REGIONAL_COUNCILS = [
    ("CONSEIL RÉGIONAL DES HAUTS-DE-LOIRE\n", "Conseil Régional des Hauts-de-Loire"),
    ("CONSEIL RÉGIONAL\nDES HAUTS-DE-LOIRE\n", "Conseil Régional des Hauts-de-Loire"),
    ("Conseil régional d'Auvergne-Limousin\n", "Conseil régional d'Auvergne-Limousin"),
]


@pytest.mark.parametrize(("heading", "name"), REGIONAL_COUNCILS)
def test_a_regional_council_named_by_its_assembly(heading: str, name: str) -> None:
    text = (
        heading + "Assemblée plénière du 12 février 2026\n"
        "Présents : M. Hubert LANGLOIS, Mme Ingrid MALLET\n"
        "Délibération n° 26AP.0041 : Budget primitif 2026\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert extract.council is not None
    assert (extract.council.kind, extract.council.name) == ("région", name)


# -- J. the chair named where the body was convened; names run together without commas ---------

CONVENED_BY = [
    "régulièrement convoqué le 12 février 2026 par son président, M. Thibault QUINTIN, s'est "
    "réuni à la salle des fêtes",
    "dûment convoqué par son Président, M. Thibault QUINTIN, s'est réuni en séance publique",
    "convoquée le 12 février par sa présidente, Mme Thibaude QUINTIN, s'est réunie à Lorquin",
]


@pytest.mark.parametrize("sentence", CONVENED_BY)
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_the_chair_who_convened_the_body(sentence: str, shape: str) -> None:
    text = (
        "SYNDICAT MIXTE DU BASSIN DE LA SARRE-BLANCHE\nComité syndical\n"
        f"Le 19 février 2026 à 18 heures, le comité syndical, {sentence}.\n"
        "Présents : M. Thibault QUINTIN, Mme Ursula RIEGER, M. Victor SCHMITT\n"
        "Délibération 2026-02 : Cotisations des membres\nAdoptée à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert last_name(extract.president) == "QUINTIN"


RUN_TOGETHER = [
    "Présents : BARGE Louis CHABRIER Anne DOUMERGUE Paul ESBELIN Marthe FAUCHER Jean-Luc\n",
    "Présents : Louis BARGE Anne CHABRIER Paul DOUMERGUE Marthe ESBELIN Jean-Luc FAUCHER\n",
    "Présents : BARGE Louis CHABRIER Anne DE LA TOUR Paul ESBELIN Marthe FAUCHER Jean-Luc\n",
]


@pytest.mark.parametrize("present", RUN_TOGETHER)
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_names_run_together_without_commas(present: str, shape: str) -> None:
    text = (
        "COMMUNE DE MARSAC-EN-LIVRADOIS\nConseil municipal du 29 janvier 2026\n"
        + present
        + "Absents : GOUTTEBEL Rémi\nSecrétaire de séance : CHABRIER Anne\n"
        "Délibération 2026-05 : Bail de la boulangerie\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert len(extract.present) == 5
    assert {fold(p.first_name or "") for p in extract.present} == {
        "louis",
        "anne",
        "paul",
        "marthe",
        "jean luc",
    }
    assert surnames(extract.absent) == ["gouttebel"]


def test_a_name_and_its_group_stay_one_entry() -> None:
    text = (
        "COMMUNE DE MARSAC-EN-LIVRADOIS\nConseil municipal du 29 janvier 2026\n"
        "Présents :\n1. PRAT Louise Groupe Ensemble\n2. BOYER Daniel Groupe Avenir\n"
        "Délibération 2026-05 : Bail\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["boyer", "prat"]


# -- K. a scan's « i » read as « l » inside a cue word ----------------------------------------

I_AS_L = [
    # (three presents and one proxy: a unanimity counted from the lists)
    ("Le Conseil, à l'unanlmité, APPROUVE la convention.\n", (4, 0, 0)),
    ("ADOPTÉ À L'UNANLMlTÉ\n", (4, 0, 0)),
    ("Pour : 2 - Contre : 0 - Abstentlon : 1\n", (2, 0, 1)),
]


@pytest.mark.parametrize(("vote", "figures"), I_AS_L)
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_an_i_read_as_l_in_a_cue(
    vote: str, figures: tuple[int | None, int, int], shape: str
) -> None:
    text = (
        "COMMUNE DE SAINT-MARC\nConseil municipal du 12 mai 2025\n"
        "Présents : M. Paul FAYE, Mme Anne BOIS, M. Jean ROCHE\n"
        "Pouvolrs : M. Luc MARTY à M. Paul FAYE\n"
        "Secrétalre de séance : Mme Anne BOIS\n"
        "Délibératlon n° 2025-031 : Tarifs de la cantine\n" + vote
    )
    extract = parse_extract(printed(text, shape))
    record = extract.deliberation
    assert record.number == "2025-031"
    assert record.outcome == "adopted"
    assert (record.votes_for, record.votes_against, record.abstentions) == figures
    assert proxies(extract) == [("MARTY", "FAYE")]
    assert last_name(extract.secretary) == "BOIS"


def test_words_spelt_with_an_l_are_left_alone() -> None:
    text = (
        "COMMUNE DE SAINT-MARC\nConseil municipal du 12 mai 2025\n"
        "Présents : M. Paul FAYE, Mme Anne DELLA ROSA\n"
        "Délibération n° 2025-031 : Achat d'un ordinateur Dell et d'une pouvolère\n"
        "Adopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert extract.deliberation.title == "Achat d'un ordinateur Dell et d'une pouvolère"
    assert "DELLA ROSA" in {p.last_name for p in extract.present}


# -- L. the council and the sitting printed in the pages' header of a word processor ----------


def _zipped(parts: dict[str, str]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


_BODY_LINES = [
    "PROCÈS-VERBAL",
    "Présents : M. Paul FAYE, Mme Anne BOIS, M. Luc MARTY",
    "Secrétaire de séance : Mme Anne BOIS",
    "Délibération n° 2025-031 : Tarifs de la cantine",
    "Adopté à l'unanimité.",
]
_HEADER_LINES = ["COMMUNE DE SAINT-PONS-LE-HAUT", "Conseil municipal du 3 mars 2025"]


def _docx_with_header() -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def paragraphs(lines: list[str]) -> str:
        return "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)

    return _zipped(
        {
            "[Content_Types].xml": "<Types/>",
            "word/document.xml": f"<w:document {w}><w:body>{paragraphs(_BODY_LINES)}"
            "</w:body></w:document>",
            "word/header1.xml": f"<w:hdr {w}>{paragraphs(_HEADER_LINES)}</w:hdr>",
            "word/footer1.xml": f"<w:ftr {w}>{paragraphs(['Page 1 - le 8 mai 1945'])}</w:ftr>",
        }
    )


def _odt_with_header() -> bytes:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    )

    def paragraphs(lines: list[str]) -> str:
        return "".join(f"<text:p>{line}</text:p>" for line in lines)

    return _zipped(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "META-INF/manifest.xml": "<manifest/>",
            "content.xml": f"<office:document-content {ns}><office:body><office:text>"
            f"{paragraphs(_BODY_LINES)}</office:text></office:body></office:document-content>",
            "styles.xml": f"<office:document-styles {ns}><office:master-styles>"
            f"<style:master-page><style:header>{paragraphs(_HEADER_LINES)}</style:header>"
            f"<style:footer>{paragraphs(['Page 1 - le 8 mai 1945'])}</style:footer>"
            "</style:master-page></office:master-styles></office:document-styles>",
        }
    )


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_the_letterhead_in_the_pages_header(tmp_path: Path, kind: str) -> None:
    """Read once above the text; the footer (a page's number, an address) is left out."""
    path = tmp_path / f"pv.{kind}"
    path.write_bytes(_docx_with_header() if kind == "docx" else _odt_with_header())
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert str(extract.sitting_date) == "2025-03-03"
    assert extract.council is not None
    assert extract.council.name == "Commune de Saint-Pons-le-Haut"
    assert surnames(extract.present) == ["bois", "faye", "marty"]


# -- M. a roll call typed with tabs, a row a line, empty cells kept -----------------------------

TAB_TABLES = [
    "Nom\tPrésent\tPouvoir à\nFAYE Paul\tX\t\nBOIS Anne\tX\t\nMARTY Luc\tX\t\n"
    "FERRY Guy\t\tFAYE Paul\nROCHE Jean\t\t\n",
    "Nom Prénom\tQualité\tPrésent\tExcusé\tPouvoir à\nFAYE Paul\tMaire\tX\t\t\n"
    "BOIS Anne\tAdjointe\tX\t\t\nMARTY Luc\tConseiller\tX\t\t\n"
    "FERRY Guy\tConseiller\t\tX\tFAYE Paul\nROCHE Jean\tConseiller\t\tX\t\n",
]


@pytest.mark.parametrize("table", TAB_TABLES)
def test_a_roll_call_typed_with_tabs(tmp_path: Path, table: str) -> None:
    path = tmp_path / "pv.txt"
    path.write_text(
        "COMMUNE DE SAINT-PONS-LE-HAUT\nConseil municipal du 3 mars 2025\n\n"
        + table
        + "\nSecrétaire de séance : Mme Anne BOIS\n"
        "Délibération n° 2025-031 : Tarifs de la cantine\nAdopté à l'unanimité.\n",
        encoding="utf-8",
    )
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == ["bois", "faye", "marty"]
    assert proxies(extract) == [("FERRY", "FAYE")]
    if "Excusé" in table:
        assert surnames(extract.absent_excused) == ["ferry", "roche"]


# -- N. a table of lists, one name a row: a row holding one name stays in its column ------------


@pytest.mark.parametrize("kind", ["docx", "odt", "html"])
def test_a_table_of_lists_whose_last_row_holds_one_name(tmp_path: Path, kind: str) -> None:
    from tests.layout_documents import docx, odt

    rows = [
        ["Présents", "Absents excusés", "Pouvoirs"],
        ["M. Paul FAYE", "M. Guy FERRY", "M. Guy FERRY à M. Paul FAYE"],
        ["Mme Anne BOIS", "Mme Lise PONS", ""],
        ["M. Luc MARTY", "", ""],
    ]
    head = "COMMUNE DE VILLEDIEU-SUR-ORNE\nProcès-verbal du conseil municipal du 7 avril 2025"
    tail = "Délibération n° 2025-031 : Tarifs de la cantine\nAdopté à l'unanimité."
    path = tmp_path / f"pv.{kind}"
    if kind == "html":
        cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in rows)
        lines = "".join(f"<p>{line}</p>" for line in head.split("\n"))
        after = "".join(f"<p>{line}</p>" for line in tail.split("\n"))
        path.write_text(f"<html><body>{lines}<table>{cells}</table>{after}</body></html>")
    else:
        path.write_bytes((docx if kind == "docx" else odt)(head, rows, tail))
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == ["bois", "faye", "marty"]
    assert surnames(extract.absent_excused) == ["ferry", "pons"]


def test_a_layout_table_of_one_cell_is_still_text(tmp_path: Path) -> None:
    from tests.layout_documents import docx

    text = (
        "COMMUNE DE VILLEDIEU-SUR-ORNE\nProcès-verbal du conseil municipal du 7 avril 2025\n"
        "Présents : M. Paul FAYE, Mme Anne BOIS\n"
        "Délibération n° 2025-031 : Tarifs de la cantine\nAdopté à l'unanimité."
    )
    path = tmp_path / "pv.docx"
    path.write_bytes(docx([[text, ""]]))
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == ["bois", "faye"]


# -- O. a footnote's call after a name ---------------------------------------------------------

FOOTNOTE_CALLS = ["*", "¹", "**", "†"]


@pytest.mark.parametrize("call", FOOTNOTE_CALLS)
def test_a_footnote_call_is_no_part_of_a_name(call: str) -> None:
    text = (
        "COMMUNE DE VILLEDIEU-SUR-ORNE\nProcès-verbal du conseil municipal du 7 avril 2025\n"
        f"Présents : M. Paul FAYE{call}, Mme Anne BOIS, M. Luc MARTY{call}, Mme Nina ROUX\n"
        f"Pouvoir : M. Guy FERRY{call} à M. Paul FAYE{call}\n"
        "Secrétaire de séance : Mme Anne BOIS\n"
        "Délibération n° 2025-031 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
        f"{call} conseillers délégués\n"
    )
    extract = parse_extract(text)
    assert [p.last_name for p in extract.present] == ["FAYE", "BOIS", "MARTY", "ROUX"]
    assert proxies(extract) == [("FERRY", "FAYE")]


# -- P. a file of Word's or Excel's old binary format is refused with what to do ----------------


@pytest.mark.parametrize("name", ["pv.doc", "deliberations.xls", "pv-sans-extension"])
def test_an_old_office_file_is_refused_with_what_to_do(tmp_path: Path, name: str) -> None:
    import io
    from contextlib import redirect_stderr

    from bot.cli import main

    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    with pytest.raises(DocumentError) as refused:
        parse_document(path)
    assert refused.value.code == "old_office_format"
    said = io.StringIO()
    with redirect_stderr(said):
        code = main(["parse", str(path), "--json"])
    assert code == 1
    assert said.getvalue().strip() == (
        f"{path} : ancien format Word ou Excel (.doc, .xls) que l'import ne lit pas : "
        "enregistrez-le en .docx ou en .odt, ou exportez-le en PDF."
    )


# -- Q. a web page's preformatted text in two columns ------------------------------------------


def test_a_web_pages_preformatted_columns(tmp_path: Path) -> None:
    columns = _side_by_side(LEFT, RIGHT, 45)
    path = tmp_path / "pv.html"
    path.write_text(
        "<html><body><nav>Accueil</nav><pre>COMMUNE DE LUZECH-PLAGE\n"
        f"Procès-verbal du conseil municipal du 19 mars 2026\n\n{columns}\n"
        "Délibération n° 2026-30 : Entretien des berges\nAdopté à l'unanimité.\n</pre>"
        "</body></html>"
    )
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == ["bardet", "constant", "deval"]
    assert surnames(extract.absent_excused) == ["faget", "gayral"]
    assert last_name(extract.secretary) == "CONSTANT"


# -- R. a text whose lines are numbered in the margin ------------------------------------------

NUMBERED_LINES = [
    "COMMUNE DE SAINT-MARC",
    "Procès-verbal du conseil municipal du 12 mai 2025",
    "Présents : M. Paul FAYE, Mme Anne BOIS, M. Luc MARTY, Mme Nina ROUX",
    "Pouvoir : M. Guy FERRY à M. Paul FAYE",
    "Secrétaire de séance : Mme Anne BOIS",
    "Délibération n° 2025-031 : Tarifs de la cantine",
    "Adopté à l'unanimité.",
    "Délibération n° 2025-032 : Subvention au club",
    "Vote : 4 pour, 1 contre, 0 abstention",
]


@pytest.mark.parametrize("margin", ["{:>3}  ", "{}\t", "{:>4}    "])
def test_lines_numbered_in_the_margin(margin: str) -> None:
    text = "\n".join(margin.format(n) + line for n, line in enumerate(NUMBERED_LINES, 1))
    extract = parse_extract(text)
    assert surnames(extract.present) == ["bois", "faye", "marty", "roux"]
    assert proxies(extract) == [("FERRY", "FAYE")]
    got = [(i.deliberation.number, i.deliberation.votes_for) for i in extract.items]
    assert got == [("2025-031", 5), ("2025-032", 4)]


def test_numbers_of_some_lines_only_stay() -> None:
    """A table's first column or a list's numbers, on some of the lines, are the text's."""
    from storage.parsing.text import without_line_numbers

    text = (
        "COMMUNE DE SAINT-MARC\nProcès-verbal du conseil municipal du 12 mai 2025\n"
        "Rang  Nom\n1  FAYE Paul\n2  BOIS Anne\n3  MARTY Luc\n4  ROUX Nina\n"
        "Délibération n° 2025-031 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
        "Délibération n° 2025-032 : Subvention\nAdopté à l'unanimité.\n"
    )
    assert without_line_numbers(text) == text
    skipping = "\n".join(f"{n * 3}  {line}" for n, line in enumerate(NUMBERED_LINES, 1))
    assert without_line_numbers(skipping) == skipping


# -- S. a page's header or footer cutting an item's title --------------------------------------

PAGE_MARKS = [
    "\fCommune de Saint-Marc - Conseil municipal du 12 mai 2025 - Page 2/2\n",
    "\nPV du conseil municipal du 12 mai 2025 – page 1 sur 2\n\f\n",
]


@pytest.mark.parametrize("mark", PAGE_MARKS)
@pytest.mark.parametrize(("cut", "rest"), [("au club de", "football"), ("pour", "l'école")])
def test_a_title_cut_by_a_page_break(mark: str, cut: str, rest: str) -> None:
    text = (
        "Commune de Saint-Marc - Conseil municipal du 12 mai 2025 - Page 1/2\n"
        "COMMUNE DE SAINT-MARC\nProcès-verbal du conseil municipal du 12 mai 2025\n"
        "Présents : M. Paul FAYE, Mme Anne BOIS, M. Luc MARTY\n"
        "Délibération n° 2025-031 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
        f"Délibération n° 2025-032 : Subvention exceptionnelle {cut}\n"
        + mark
        + f"{rest} de Saint-Marc\nVote : 2 pour, 1 contre, 0 abstention\n"
    )
    extract = parse_extract(text)
    titles = [i.deliberation.title for i in extract.items]
    assert titles == [
        "Tarifs de la cantine",
        f"Subvention exceptionnelle {cut} {rest} de Saint-Marc",
    ]
    assert extract.items[1].deliberation.votes_against == 1
