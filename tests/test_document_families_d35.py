"""Layouts and damage the reader met in other councils' documents: accents a text layer keeps
as glyphs of their own (« pr´esents », « d´elib´eration », « pouvoir ´a M. X »), letters read as
symbols (« Pr¢sents », « Secr©taire »), a roll-call cue of two words whose first one recognition
damaged (« Absemts excusés : », « Secrétalre de séance : »)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fpdf import FPDF

from storage.parsing.extract import parse_extract
from storage.parsing.ocr import repair_ocr
from storage.parsing.pdf import read_document_text
from tests.documents import handed, read, surnames
from tests.layout_documents import LATIN1

SHAPES = ["line-broken", "flattened"]


# -- accents apart from their letters, letters read as symbols --------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_a_roll_call_with_accents_apart_and_symbols_reads_whole(shape: str) -> None:
    extract = read("commune-cr-ocr-accents-apart.txt", shape)
    assert extract.sitting_date == date(2025, 11, 18)
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (13, 10, 12)
    assert extract.president is not None
    assert extract.president.last_name == "VAILLANT"
    assert extract.secretary is not None
    assert extract.secretary.last_name == "LEBRUN"
    assert len(extract.present) == 10
    assert "lebrun" in surnames(extract.present)
    assert handed(extract.proxies) == [("auffret", "vaillant"), ("besnier", "touret")]
    assert surnames(extract.absent) == ["goujon"]
    votes = [
        (i.deliberation.number, i.deliberation.votes_for, i.deliberation.votes_against)
        for i in extract.items
    ]
    assert votes == [("2025/061", 12, 0), ("2025/062", 11, 1)]


@pytest.mark.parametrize(
    ("damaged", "read_as"),
    [
        ("Compte rendu de la s´eance", "Compte rendu de la séance"),
        ("apr`es en avoir d´elib´er´e", "après en avoir délibéré"),
        ("procuration ´a Mme Lise ROY", "procuration à Mme Lise ROY"),
        ("S´EANCE DU 4 MAI", "SÉANCE DU 4 MAI"),
        ("la d´ecision est adopte´.", "la décision est adopté."),
        ("le mois d'ao´ut, la f^ete", "le mois d'août, la fête"),
        ("Fran¢ois et Fran¢oise", "François et Françoise"),
        ("EXCUS¢S", "EXCUSÉS"),
        ("Pr¢sident de s¢ance", "Président de séance"),
    ],
)
def test_an_accent_apart_or_a_symbol_in_a_word_reads_as_its_letter(
    damaged: str, read_as: str
) -> None:
    assert repair_ocr(damaged, []) == read_as


@pytest.mark.parametrize("kept", ["2^3 = 8", "x`y", "prix : 10 ¢", "coût ^ total", "a ´ b"])
def test_marks_and_symbols_outside_words_stay(kept: str) -> None:
    assert repair_ocr(kept, []) == kept


HEAD = (
    "COMMUNE DE SAINT-ROCH\nProcès-verbal du conseil municipal du 2 juin 2025\n"
    "Sous la présidence de M. Jean BRUN, Maire.\n"
    "Présents : M. Jean BRUN, Mme Anne ROUX, M. Luc NOIR, Mme Rose VERT.\n"
)
TAIL = "\nDélibération n° 2025-12 : Tarifs de la cantine\nAdopté à l'unanimité.\n"


# -- a title's word split by a scan or a PDF's spacing ---------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_a_titles_words_split_by_a_scan_are_joined(shape: str) -> None:
    extract = read("commune-extrait-ocr-split-title-words.txt", shape)
    assert [i.deliberation.title for i in extract.items] == [
        "Réhabilitation de l'ancienne fruitière en salle associative",
        "Aménagement de la traversée du bourg : demande de subventions",
    ]


@pytest.mark.parametrize(
    ("split", "whole"),
    [
        ("Acqui sition d' un terrain", "Acquisition d'un terrain"),
        ("Modifi cation du règlement intérieur", "Modification du règlement intérieur"),
        ("Conven tion avec l' office de tourisme", "Convention avec l'office de tourisme"),
        ("Revalori sation des tarifs de la cantine", "Revalorisation des tarifs de la cantine"),
    ],
)
def test_a_split_word_ending_as_no_french_word_stands_alone_is_joined(
    split: str, whole: str
) -> None:
    text = (
        "COMMUNE DE SAINT-ROCH\nConseil municipal du 2 juin 2025\n"
        "Présents : M. Jean BRUN, Mme Anne ROUX, M. Luc NOIR.\n"
        f"Délibération n° 2025-12\nObjet : {split}\nAdopté à l'unanimité.\n"
    )
    assert parse_extract(text).items[0].deliberation.title == whole


@pytest.mark.parametrize(
    "title",
    [
        "Une action pour la nation",
        "Mise en location du local commercial",
        "Projet de station d'épuration",
        "Convention avec la SAFER",
        "Tarifs de la salle des fêtes",
    ],
)
def test_a_title_of_whole_words_stays_as_printed(title: str) -> None:
    text = (
        "COMMUNE DE SAINT-ROCH\nConseil municipal du 2 juin 2025\n"
        "Présents : M. Jean BRUN, Mme Anne ROUX, M. Luc NOIR.\n"
        f"Délibération n° 2025-12\nObjet : {title}\nAdopté à l'unanimité.\n"
    )
    assert parse_extract(text).items[0].deliberation.title == title


# -- a title wrapped just before its year ----------------------------------------------------

ROLL = (
    "COMMUNE DE SAINT-ROCH\nCompte rendu du conseil municipal du 2 juin 2025\n"
    "Présents : M. Jean BRUN, Mme Anne ROUX, M. Luc NOIR.\n\n"
)


@pytest.mark.parametrize(
    ("first", "year", "whole"),
    [
        ("Tarifs de la cantine pour l'année", "2026", "Tarifs de la cantine pour l'année 2026"),
        ("Budget primitif de l'exercice", "2026.", "Budget primitif de l'exercice 2026"),
        ("Tarifs du centre de loisirs", "2025-2026", "Tarifs du centre de loisirs 2025-2026"),
        ("Subventions aux associations", "2026", "Subventions aux associations 2026"),
    ],
)
def test_a_title_wrapped_before_its_year_keeps_its_year(first: str, year: str, whole: str) -> None:
    text = (
        ROLL
        + f"N° 2025-20 {first}\n{year}\nAdopté à l'unanimité.\n\n"
        + "N° 2025-21 Modification du tableau des effectifs\nAdopté à l'unanimité.\n"
    )
    titles = [i.deliberation.title for i in parse_extract(text).items]
    assert titles == [whole, "Modification du tableau des effectifs"]


def test_a_count_under_a_title_is_no_year_of_it() -> None:
    text = (
        ROLL
        + "N° 2025-20 Tarifs de la cantine\n12 voix pour\n\n"
        + "N° 2025-21 Modification du tableau des effectifs\nAdopté à l'unanimité.\n"
    )
    titles = [i.deliberation.title for i in parse_extract(text).items]
    assert titles[0] == "Tarifs de la cantine"


# -- the opening formula glued after the act's number (a flattened text) ----------------------


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        (
            "Délibération n° 2024-087 L'an deux mille vingt-quatre, le douze mars",
            date(2024, 3, 12),
        ),
        ("DÉLIBÉRATION N° 14 Le quinze avril deux mille vingt-cinq", date(2025, 4, 15)),
        ("Délibération n°2025/031. L'an deux mil vingt-cinq et le 16 février", date(2025, 2, 16)),
        (
            "Délibération n° D2025-12 Le mercredi douze mars deux mille vingt-cinq",
            date(2025, 3, 12),
        ),
        ("Délibération n° 45 - L'an deux mille vingt-quatre, le trois juin", date(2024, 6, 3)),
    ],
)
def test_the_opening_formula_after_the_acts_number_dates_the_sitting(
    opening: str, day: date
) -> None:
    text = (
        "SYNDICAT DES EAUX DU PLATEAU EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL "
        f"{opening}, le Comité syndical s'est réuni sous la présidence de M. Jean ROUX. "
        "Présents : M. Jean ROUX, Mme Eva BLANC, M. Luc NOIR. Objet : Tarifs de l'eau. "
        "Après en avoir délibéré, le Comité adopte à l'unanimité."
    )
    assert parse_extract(text).sitting_date == day


def test_another_acts_date_after_its_number_still_dates_nothing() -> None:
    text = (
        "COMMUNE DE SAINT-ROCH Conseil municipal Présents : M. Jean ROUX, Mme Eva BLANC, "
        "M. Luc NOIR. Délibération n° 2025-04 Objet : Modification de la délibération "
        "n° 2019-12 le 4 juin 2019. Après en avoir délibéré, le conseil adopte à l'unanimité."
    )
    assert parse_extract(text).sitting_date is None


# -- an officer's label ending its line, the name under it (a PDF's column) -------------------


def _two_column_pdf(path: Path, left: list[str], right: list[str], head: list[str]) -> str:
    """The text layer of a PDF printing `head` across the page, then two columns side by side,
    then an item: what the importer reads of it."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in head:
        pdf.cell(0, 5, line.translate(LATIN1))
        pdf.ln(5)
    top = pdf.get_y() + 3
    for column, x in ((left, 12), (right, 110)):
        for at, line in enumerate(column):
            pdf.set_xy(x, top + at * 5)
            pdf.cell(90, 5, line.translate(LATIN1))
    pdf.set_xy(10, top + max(len(left), len(right)) * 5 + 5)
    for line in ("Délibération n° 2026-04 : Tarifs de la piscine", "Adoptée à l'unanimité."):
        pdf.cell(0, 5, line)
        pdf.ln(5)
    pdf.output(str(path))
    return read_document_text(path)


@pytest.mark.parametrize(
    ("label", "officer"),
    [
        ("Secrétaire de séance :", "secretary"),
        ("Secrétaire :", "secretary"),
        ("Président de séance :", "president"),
        ("Présidence :", "president"),
    ],
)
def test_an_officer_named_under_a_label_ending_its_column_line(
    label: str, officer: str, tmp_path: Path
) -> None:
    head = [
        "SYNDICAT MIXTE DE LA HAUTE-LOUE",
        "Compte rendu du Comité syndical du 14 janvier 2026",
        "Délégués en exercice : 9 - Présents : 6 - Votants : 7",
    ]
    left = ["Présents :", "M. Roger BUATOIS", "Mme Annick CORNELOUP", "M. Bertrand DUCROT",
            "Mme Claire ÉMORINE", "M. Daniel FICHET", "Mme Évelyne GRILLOT"]  # fmt: skip
    right = ["Pouvoir :", "M. Marcel VOISIN à M. Roger BUATOIS", "Absents excusés :",
             "M. Olivier CHEVROT", "Mme Paule DUMONT", label, "Mme Claire ÉMORINE"]  # fmt: skip
    extract = parse_extract(_two_column_pdf(tmp_path / "cr.pdf", left, right, head))
    named = getattr(extract, officer)
    assert named is not None
    assert named.last_name == "ÉMORINE"
    assert surnames(extract.present) == [
        "buatois", "corneloup", "ducrot", "emorine", "fichet", "grillot"
    ]  # fmt: skip
    assert handed(extract.proxies) == [("voisin", "buatois")]


def test_a_label_ending_its_line_over_a_cue_names_no_officer() -> None:
    text = (
        "COMMUNE DE SAINT-ROCH\nConseil municipal du 2 juin 2025\n"
        "Présents : M. Jean BRUN, Mme Anne ROUX, M. Luc NOIR.\nSecrétaire de séance :\n"
        "Délibération n° 2025-12 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    assert parse_extract(text).secretary is None


# -- glyphs inside names in capitals, a count's figure under a restored label -----------------


@pytest.mark.parametrize("shape", SHAPES)
def test_a_scans_glyphs_in_names_and_counts_are_read_back(shape: str) -> None:
    extract = read("commune-pv-ocr-glyphs-in-capitals.txt", shape)
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (15, 12, 13)
    assert extract.president is not None
    assert extract.president.last_name == "DUPONT"
    assert surnames(extract.present) == [
        "brosse", "chantre", "deschamps", "dupont", "faure", "gaillard", "jomain", "laplace",
        "mignot", "noly", "perraud", "roux",
    ]  # fmt: skip
    assert handed(extract.proxies) == [("savoye", "dupont")]
    codes = [f.code for f in extract.findings]
    assert codes.count("ocr_figure") == 5  # each figure read through damage is said


@pytest.mark.parametrize(
    ("damaged", "read_as"),
    [
        ("M. Paul DUP0NT", "M. Paul DUPONT"),
        ("Mme Iris C0LL1N", "Mme Iris COLLIN"),
        ("M. Yann GUlLLOU", "M. Yann GUILLOU"),
        ("Mme Eva B|ANCHI", "Mme Eva BIANCHI"),
    ],
)
def test_a_glyph_between_capitals_reads_as_its_letter(damaged: str, read_as: str) -> None:
    assert repair_ocr(damaged, []) == read_as


@pytest.mark.parametrize(
    "kept", ["DEL2025_19", "CP2025-12-01", "SÉANCE DU 1ER MAI", "N°2O25", "l'ÉCOLE", "A10B"]
)
def test_codes_and_figures_in_capitals_stay(kept: str) -> None:
    assert repair_ocr(kept, []) == kept


# -- margin numbers every few lines ------------------------------------------------------------

PV = """COMMUNE DE SAINT-JUST-LES-BOIS
PROCÈS-VERBAL DU CONSEIL MUNICIPAL
Séance du 11 février 2025
Le onze février deux mille vingt-cinq, le Conseil municipal s'est réuni sous la présidence de Mme
Odette GAMONET, Maire.
Conseillers en exercice : 15 - Présents : 12 - Votants : 14
Présents : Mme Odette GAMONET, M. Alain BARRIER, Mme Brigitte CHAZELLE, M. Cyril DUMAS, Mme Denise
ESCOT, M. Éric FAURE, Mme Fanny GIRAUD, M. Gilles JOURJON, Mme Hélène LAFAY, M. Ivan
MOREL, Mme Julie NOVEL, M. Kevin PEYRON.
Pouvoirs : M. Louis RAMEL à Mme Odette GAMONET, Mme Marie SOUVIGNET à M. Alain
BARRIER.
Absent : M. Noël TISSOT.
Secrétaire de séance : Mme Julie NOVEL.
Délibération n° 2025-07 : Vote des taux d'imposition
Adopté à l'unanimité.
Délibération n° 2025-08 : Travaux d'accessibilité de la mairie
Adopté par 12 voix pour et 2 abstentions."""
PV_LINES = PV.split("\n")


def _numbered_every(step: int, width: int) -> str:
    return "\n".join(
        (f"{at:<{width}}" if at % step == 0 else " " * width) + line
        for at, line in enumerate(PV_LINES, start=1)
    )


@pytest.mark.parametrize(("step", "width"), [(5, 5), (10, 4), (4, 6), (3, 5)])
def test_margin_numbers_every_few_lines_leave_names_whole(step: int, width: int) -> None:
    extract = parse_extract(_numbered_every(step, width))
    assert extract.president is not None
    assert extract.president.last_name == "GAMONET"
    assert len(extract.present) == 12
    assert "morel" in surnames(extract.present)
    assert handed(extract.proxies) == [("ramel", "gamonet"), ("souvignet", "barrier")]
    assert [i.deliberation.number for i in extract.items] == ["2025-07", "2025-08"]


def test_margin_numbers_restart_on_each_page() -> None:
    lines = []
    for at, line in enumerate(PV_LINES):
        figure = at + 1 if at < 11 else at - 10
        if at == 11:
            lines.append("\nCommune de Saint-Just-les-Bois – Page 1/2\n")
        lines.append((f"{figure:<5}" if figure % 5 == 0 else "     ") + line)
    extract = parse_extract("\n".join(lines))
    assert extract.president is not None
    assert extract.president.last_name == "GAMONET"
    assert len(extract.present) == 12


def test_a_list_numbered_five_by_five_is_no_margin() -> None:
    text = (
        "COMMUNE DE SAINT-ROCH\nConseil municipal du 2 juin 2025\n"
        "Présents : M. Jean BRUN, Mme Anne ROUX, M. Luc NOIR.\n"
        "5    Tarifs de la cantine\nAdopté à l'unanimité.\n"
        "10   Tarifs de la garderie\nAdopté à l'unanimité.\n"
        "15   Tarifs du centre de loisirs\nAdopté à l'unanimité.\n"
    )
    assert [i.ordinal for i in parse_extract(text).items] == ["5", "10", "15"]


# -- a list cut by a page's number alone, then the next page's header --------------------------

MEMBERS = [
    "M. Marc ALLIROT", "Mme Sylvie BAUDRY", "M. Gérard CHAPELON", "Mme Hélène DUMONT-ROUX",
    "M. Paul ESCOFFIER", "Mme Anne FAVIER", "M. Louis GRANGER", "Mme Rose HUGUET",
    "M. Yves JANIN", "Mme Léa LOMBARD", "M. Jean MAZET", "Mme Inès NOALLY", "M. René ORIOL",
    "Mme Lucie PERRET",
]  # fmt: skip
HEADING = (
    "COMMUNAUTÉ DE COMMUNES DES MONTS DU PILAT\nExtrait du registre des délibérations\n"
    "Conseil Communautaire du 21/07/2025\n"
    "Délégués en exercice : 16 - Présents : 14 - Votants : 15\n"
    "Sous la présidence de M. Marc ALLIROT, Président.\n"
)
CLOSING = (
    "Pouvoir : M. Guy BESSON à M. Marc ALLIROT.\nAbsent : M. Jo DARD.\n"
    "Secrétaire de séance : Mme Léa LOMBARD.\n"
    "Délibération n° 2025-071 : Tarifs de la piscine\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize(
    "page_break",
    [
        "\n1\n\nCC des Monts du Pilat — CC du 21 juillet 2025\n\n",
        "\n- 1 -\nCommunauté de communes des Monts du Pilat – Conseil du 21/07/2025\n",
        "\n1/2\n\nExtrait – Conseil Communautaire du 21/07/2025\n",
        "\n1\n",
    ],
)
@pytest.mark.parametrize("one_a_line", [True, False])
def test_a_list_cut_by_a_page_number_and_header_goes_on(page_break: str, one_a_line: bool) -> None:
    joiner = "\n" if one_a_line else ", "
    cue = "Présents :\n" if one_a_line else "Présents : "
    end = "\n" if one_a_line else ".\n"
    text = (
        HEADING
        + cue
        + joiner.join(MEMBERS[:8])
        + ("" if one_a_line else ",")
        + page_break
        + joiner.join(MEMBERS[8:])
        + end
        + CLOSING
    )
    extract = parse_extract(text)
    assert len(extract.present) == 14
    assert "janin" in surnames(extract.present)
    assert "huguet" in surnames(extract.present)


def test_a_pdf_list_of_first_names_first_cut_by_the_pages_number(tmp_path: Path) -> None:
    class Paged(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Paged()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    heading = HEADING.translate(LATIN1).split("\n")
    for line in [*heading, *[""] * 36, "Présents :"]:
        pdf.cell(0, 5, line)
        pdf.ln(5)
    for member in MEMBERS:
        first, last = member.split(" ", 1)[1].rsplit(" ", 1)
        pdf.cell(0, 5, f"{first} {last.title()}")
        pdf.ln(5)
    for line in CLOSING.split("\n"):
        pdf.cell(0, 5, line)
        pdf.ln(5)
    pdf.output(str(tmp_path / "pv.pdf"))
    text = read_document_text(tmp_path / "pv.pdf")
    assert "Jean Mazet\n1\nInès Noally" in text  # (the page broke the list there)
    extract = parse_extract(text)
    assert len(extract.present) == 14


# -- a roll call's grid whose member column is headed in words of its own -----------------------

GRID_ROWS = [
    ("Bussy-le-Haut", "M. Julien TARDY", "présent"),
    ("Chalmazel-Bas", "Mme Anne FAURE", "présente"),
    ("Jeansagnière", "M. Paul GIRAUD", "présent"),
    ("Lérigneux", "M. Luc MATHEVET", "pouvoir à M. TARDY"),
    ("Saint-Bonnet-d'Ys", "Mme Lise ROBERT", "excusée"),
    ("Verrières", "Mme Paule BRUNEL", "absente"),
]
GRID_HEAD = (
    "SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-FOREZ\nCompte rendu du Comité syndical du "
    "14 mai 2025\nDélégués en exercice : 6 - Présents : 3 - Votants : 4\n\n"
)
GRID_TAIL = (
    "\nPrésident de séance : M. Julien TARDY.\nDélibération n° 2025-09 : Tarifs de l'eau 2026\n"
    "Adopté à l'unanimité.\n"
)


def _grid(header: tuple[str, str, str], layout: str) -> str:
    rows = [header, *GRID_ROWS]
    if layout == "bars":
        body = "\n".join(f"| {a:<20} | {b:<20} | {c:<20} |" for a, b, c in rows)
    elif layout == "tabs":
        body = "\n".join("\t".join(row) for row in rows)
    else:
        body = "\n".join(f"{a:<22}{b:<24}{c}" for a, b, c in rows)
    return GRID_HEAD + body + "\n" + GRID_TAIL


@pytest.mark.parametrize("layout", ["bars", "tabs", "spaced"])
@pytest.mark.parametrize(
    "header",
    [
        ("Commune", "Délégué titulaire", "Présence"),
        ("Collectivité", "Représentant", "Statut"),
        ("Commune", "Élu(e) désigné(e)", "Présence"),
    ],
)
def test_a_grid_names_its_members_column_in_words_of_its_own(
    header: tuple[str, str, str], layout: str
) -> None:
    extract = parse_extract(_grid(header, layout))
    assert surnames(extract.present) == ["faure", "giraud", "tardy"]
    assert handed(extract.proxies) == [("mathevet", "tardy")]
    assert "robert" in surnames(extract.absent_excused)
    assert surnames(extract.absent) == ["brunel"]


def test_a_grid_of_two_person_columns_is_not_guessed() -> None:
    # a titular and a substitute: which one the status is of, the header does not say
    text = _grid(("Commune", "Délégué titulaire", "Présence"), "bars").replace(
        "| Commune ", "| Délégué suppléant "
    )
    assert surnames(parse_extract(text).present) == []


# -- a table of proxies, the giver's column and the holder's ------------------------------------

PROXY_HEAD = (
    "COMMUNE DE SAINT-AMAND-LES-EAUX-VIVES\n"
    "Extrait du registre des délibérations du Conseil municipal\nSéance du 4 avril 2025\n"
    "Conseillers en exercice : 9 - Présents : 6 - Votants : 8\n"
    "Présents : M. Jean ROUX, Mme Anne BLANC, M. Luc NOIR, Mme Rose VERT, M. Raphaël LE BIHAN, "
    "Mme Dora PEYRACHE.\nPouvoirs\n"
)
PROXY_TAIL = (
    "Absent : M. Paul GRIS.\nDélibération n° 2025-12 : Tarifs de la cantine\n"
    "Adopté à l'unanimité.\n"
)
GIVEN = [("Mme Pascale GUILLOT", "M. Raphaël LE BIHAN"), ("M. Marc VIDAL", "Mme Dora PEYRACHE")]


@pytest.mark.parametrize(
    "header",
    [
        ("Mandant", "Mandataire"),
        ("Donneur de pouvoir", "Bénéficiaire"),
        ("Mandants", "Mandataires"),
    ],
)
@pytest.mark.parametrize("layout", ["bars", "tabs", "spaced"])
def test_a_table_of_proxies_gives_each_row_its_proxy(header: tuple[str, str], layout: str) -> None:
    rows = [header, *GIVEN]
    if layout == "bars":
        body = "\n".join(f"| {giver} | {holder} |" for giver, holder in rows)
    elif layout == "tabs":
        body = "\n".join(f"{giver}\t{holder}" for giver, holder in rows)
    else:
        body = "\n".join(f"{giver:<32}{holder}" for giver, holder in rows)
    extract = parse_extract(PROXY_HEAD + body + "\n" + PROXY_TAIL)
    assert handed(extract.proxies) == [("guillot", "le bihan"), ("vidal", "peyrache")]
    assert len(extract.present) == 6
    assert surnames(extract.represented) == []


# -- counts without colons run on into the act's heading (a flattened text) --------------------

FLAT_ROLL = (
    "Présidence : M. Jean ROUX, Maire. Présents : M. Jean ROUX, Mme Anne BLANC, M. Luc NOIR, "
    "Mme Rose VERT, M. Paul GRIS, Mme Eva BRUN, M. Marc ROSE, Mme Lise JAUNE, M. Guy BLEU, "
    "Mme Iris MAUVE, M. Noé OCRE, Mme Léa CYAN. Pouvoirs : M. Tom ARGENT à M. Jean ROUX, "
    "Mme Zoé OR à Mme Anne BLANC. Absent : M. Max FER. Objet : Tarifs de la cantine. Après en "
    "avoir délibéré, le conseil adopte à l'unanimité."
)


@pytest.mark.parametrize(
    "counts",
    [
        "Membres en exercice 15 | Présents 12 | Pouvoirs 2 | Votants 14 N° 2025-082",
        "Membres en exercice 15 - Présents 12 - Pouvoirs 2 - Votants 14 N° 2025-082",
        "En exercice 15, présents 12, pouvoirs 2, votants 14 Délibération n° 2025-082",
        "Membres en exercice 15 Présents 12 Pouvoirs 2 Votants 14 n°2025-082",
    ],
)
def test_the_last_count_before_the_acts_heading_is_read(counts: str) -> None:
    text = (
        "COMMUNE DE MONTGARNIER EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL "
        f"Séance du 6 mars 2025 {counts} {FLAT_ROLL}"
    )
    extract = parse_extract(text)
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (15, 12, 14)
    assert [i.deliberation.number for i in extract.items] == ["2025-082"]


# -- a roll call in capitals, its civilities too, run together ----------------------------------


@pytest.mark.parametrize(
    "listed",
    [
        "M. JEAN BARTHELEMY M. HERVE FAYOLLE MME ANNE BLANC MME ROSE VERT M. LUC NOIR",
        "MONSIEUR JEAN BARTHELEMY MONSIEUR HERVE FAYOLLE MADAME ANNE BLANC MADAME ROSE VERT "
        "MONSIEUR LUC NOIR",
        "M. Jean BARTHELEMY MME Anne BLANC M. Hervé FAYOLLE MLLE Rose VERT M. Luc NOIR",
    ],
)
def test_names_run_together_are_cut_at_each_civility_in_capitals(listed: str) -> None:
    text = (
        "COMMUNE DE MONTS-HAUTS EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS Séance du 6 mars 2025 "
        f"Membres en exercice : 5 Présents : 5 Votants : 5 Présents : {listed} Secrétaire : "
        "Mme Anne BLANC. Délibération n° 2025-10 Objet : Tarifs de la cantine. Après en avoir "
        "délibéré, le conseil adopte à l'unanimité."
    )
    assert surnames(parse_extract(text).present) == [
        "barthelemy", "blanc", "fayolle", "noir", "vert"
    ]  # fmt: skip


# -- a holder's given name wrapped onto the next line ---------------------------------------

WRAPPED_HEAD = (
    "COMMUNE D'AUBIGNAC-LES-PINS\nExtrait du registre des délibérations du Conseil municipal\n"
    "Séance du 12 mai 2025\nConseillers en exercice : 11 - Présents : 8 - Votants : 10\n"
    "Présents : M. HUGONNET Fabrice, Mme BRUN Eva, M. CELLIER Paul, Mme DUMAS Anne, M. FAURE "
    "Luc,\nMme GIRAUD Lise, M. ROCHE Marc, Mme VIAL Rose.\n"
)
WRAPPED_TAIL = (
    "Secrétaire : Mme BRUN Eva.\nDélibération n° 2025-20 : Tarifs de la cantine\n"
    "Adopté à l'unanimité.\n"
)


@pytest.mark.parametrize(
    "gives", ["qui a donné procuration à", "ayant donné pouvoir à", "donnant procuration à"]
)
def test_a_holders_given_name_wrapped_onto_the_next_line_is_no_member(gives: str) -> None:
    text = (
        WRAPPED_HEAD
        + f"Absents excusés : Mme JOUVE Joëlle {gives} M. HUGONNET\n"
        + f"Fabrice, Mme RIVOIRE Hélène {gives} Mme DUMAS\nAnne, M. TARDY Louis.\n"
        + WRAPPED_TAIL
    )
    extract = parse_extract(text)
    assert handed(extract.proxies) == [("jouve", "hugonnet"), ("rivoire", "dumas")]
    assert surnames(extract.absent_excused + extract.absent) == ["jouve", "rivoire", "tardy"]


# -- a point's title above its act's number, who presents it run on after the number ----------

POINTS_HEAD = (
    "COMMUNE DE VILLENEUVE-SUR-ARCE PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 8 AVRIL 2021 "
    "Présents : M. Jean ROUX, Mme Anne WEBER, M. Luc NOIR, Mme Rose VERT. Secrétaire : "
    "Mme Rose VERT."
)


@pytest.mark.parametrize(
    "run_on",
    [
        "Présenté par Mme WEBER Il est proposé d'adopter le budget.",
        "Exposé de Mme WEBER Il est proposé d'adopter le budget.",
        "Rapporté par Mme WEBER Le conseil est invité à adopter le budget.",
        "Il est proposé au conseil d'adopter le budget.",
        "Présentée par Mme WEBER, adjointe aux finances. Elle rappelle le contexte.",
    ],
)
def test_a_points_title_stands_above_its_number_whatever_runs_on_after_it(run_on: str) -> None:
    text = (
        f"{POINTS_HEAD} 1. Budget primitif 2021 – budget principal Délibération n° 23/2021 "
        f"{run_on} Adopté à l'unanimité. 2. Taux d'imposition 2021 Délibération n° 24/2021 "
        f"{run_on.replace('budget', 'taux')} Adopté à l'unanimité."
    )
    titles = [(i.deliberation.number, i.deliberation.title) for i in parse_extract(text).items]
    assert titles == [
        ("23/2021", "Budget primitif 2021 – budget principal"),
        ("24/2021", "Taux d'imposition 2021"),
    ]
