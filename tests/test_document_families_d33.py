"""Layouts that put an item's number, its title and its page's furniture apart: a page's footer
or the council's address printed right under « Délibération n° … » (the page broke there), an
agenda's place alone on its line (« 1 - » / « Tarifs … »), a decision's bare number
(« Décision n° 41 : … »), a title as wide as the page wrapped before a word in capitals
(« … du Plan Local d'Urbanisme » / « Intercommunal … »), a table of acts whose vote cell holds
labelled figures (« Pour : 9  Contre : 2 ») beside a wrapped title, lines numbered in the
margin with blank lines unnumbered, a page in two columns from its top, a list going on past
a page's number and the next page's header, a word processor's tabs saved as non-breaking
spaces, and a PDF converted to HTML by pdf2htmlEX, whose blocks are placed by their classes
only (« .y2a{bottom:770px} »), one line in several blocks written in any order along it, a
table written column after column. And a scan's damage: an act's number whose figures were
read as letters (« 2O25-OO3 »), a vote's or a label's words split by a space (« Con tre : 1 »,
« unani mité », « unanimit é. ») or written with look-alike letters (« exerclce », « coutre »,
« Mernbres »), a name in capitals cut at the line's end that the document prints whole
elsewhere (« FOUR- » / « NIER »), a civility written « Mme. »."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from storage.documents import Extract
from storage.importer import parse_document
from storage.parsing.extract import parse_extract
from storage.parsing.text import is_page_furniture
from tests.documents import handed, pdf_text, surnames, text_of

TOP = (
    "Commune de Saint-Maurice-en-Gourgois\n"
    "Procès-verbal du conseil municipal du 9 octobre 2025\n"
    "Sous la présidence de M. Paul ASSAD, Maire.\n"
    "En exercice : 5 - Présents : 4 - Votants : 4\n"
    "Présents : M. Paul ASSAD, Mme Léa MOUTON, M. Tom RUIZ, Mme Ana PIC.\n"
    "Absent : M. Marc DURAND.\n"
    "Secrétaire de séance : Mme Ana PIC.\n\n"
)


def items_read(extract: Extract) -> list[tuple[str | None, str | None, str | None]]:
    """Each item's number (or its place on the agenda), title and outcome."""
    return [
        (i.deliberation.number or i.ordinal, i.deliberation.title, i.deliberation.outcome)
        for i in extract.items
    ]


# -- A. a page's furniture right under an item's number ---------------------------------------

FURNITURE = [
    "www.saint-maurice-en-gourgois.fr                                              3 / 8",
    "https://www.saint-maurice-en-gourgois.fr",
    "Mairie – 1 rue de la Poste – 42240 Saint-Maurice-en-Gourgois",
    "Hôtel de ville, 3 place du Marché, 42240 Saint-Maurice-en-Gourgois",
    "Tél. 04 77 35 00 00 – mairie@saint-maurice.fr",
    "Conseil municipal de Saint-Maurice – séance du 9 octobre 2025                    3",
    "PV CM 09/10/2025                                                             3 / 8",
    "CR du CM 09.10.2025",
    "Procès-verbal du conseil municipal du 9 octobre 2025",
    "Saint-Maurice-en-Gourgois – Conseil municipal du 9 octobre 2025 – Page 3 / 8",
    "- 3 -",
    "Acte rendu exécutoire après dépôt en préfecture le 14/10/2025 et publication le 15/10/2025",
    "Certifié exécutoire par le Maire le 15/10/2025",
]


@pytest.mark.parametrize("footer", FURNITURE)
def test_a_footer_under_an_act_s_number_is_no_title(footer: str) -> None:
    """« Délibération n° 2025-51 » / « www.ville.fr   3 / 8 » / « Tarifs … »: the page broke
    under the number; the site's address, the town hall's, or the sitting's words and date
    were read as the item's title."""
    text = TOP + (
        f"Délibération n° 2025-51\n{footer}\nTarifs de la cantine scolaire\n"
        "Adopté à l'unanimité.\n"
        f"Délibération n° 2025-52\n{footer}\nConvention avec le club de football de la\n"
        "vallée du Furan\nAdopté à l'unanimité.\n"
    )
    assert items_read(parse_extract(text)) == [
        ("2025-51", "Tarifs de la cantine scolaire", "adopted"),
        ("2025-52", "Convention avec le club de football de la vallée du Furan", "adopted"),
    ]


@pytest.mark.parametrize("footer", FURNITURE)
def test_a_footer_under_a_point_alone_is_no_title(footer: str) -> None:
    """« POINT N° 1 » alone, the page's footer, then its title."""
    text = TOP + (
        f"POINT N° 1\n{footer}\nTarifs de la cantine scolaire\nAdopté à l'unanimité.\n"
        "POINT N° 2\nVente d'un chemin rural\nAdopté à l'unanimité.\n"
    )
    assert items_read(parse_extract(text)) == [
        ("1", "Tarifs de la cantine scolaire", "adopted"),
        ("2", "Vente d'un chemin rural", "adopted"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Procès-verbal de la séance du 2 septembre 2025",
        "Approbation du compte rendu du conseil du 2 septembre 2025",
        "Vente d'un terrain rue des Lilas à la société Immo 42000 Saint-Etienne",
    ],
)
def test_a_title_naming_another_sitting_or_a_town_is_kept(title: str) -> None:
    """A title that names another sitting's date, or an address inside a sentence, is the
    item's title: only the sitting's own date or a page's mark makes a footer."""
    text = TOP + f"Délibération n° 2025-51\n{title}\nAdopté à l'unanimité.\n"
    text += "Délibération n° 2025-52\nVente d'un chemin rural\nAdopté à l'unanimité.\n"
    assert parse_extract(text).items[0].deliberation.title == title


def test_furniture_is_told_by_the_sitting_s_date() -> None:
    """The footer's words with a date name this sitting only when that date is the sitting's;
    unknown, a page's mark is needed."""
    day = parse_extract(TOP).sitting_date
    assert day is not None
    assert is_page_furniture("Procès-verbal du conseil municipal du 9 octobre 2025", day)
    assert not is_page_furniture("Procès-verbal du conseil municipal du 2 juillet 2025", day)
    assert not is_page_furniture("Procès-verbal du conseil municipal du 9 octobre 2025")
    assert is_page_furniture("Procès-verbal du conseil municipal du 9 octobre 2025 – 3/8")
    assert not is_page_furniture("Budget primitif 2025", day)


def test_minutes_with_footers_under_their_numbers() -> None:
    """The fixture: a site's address and a page's number, the town hall's address, a short
    footer (« PV CM 14/10/2025   3 / 6 ») and the sitting's words under four numbers."""
    extract = parse_extract(text_of("commune-pv-footers-under-item-numbers.txt"))
    assert items_read(extract) == [
        ("2025-061", "Approbation du procès-verbal de la séance du 9 septembre 2025", "adopted"),
        ("2025-062", "Tarifs de la location de la salle polyvalente", "adopted"),
        (
            "2025-063",
            "Convention de mise à disposition du terrain de football avec le club de la "
            "Haute-Vallée",
            "adopted",
        ),
        ("2025-064", "Motion pour le maintien de la trésorerie de proximité", "adopted"),
    ]
    assert extract.items[1].deliberation.votes_against == 2
    assert surnames(extract.present)[:2] == ["borel", "chazalon"]
    assert handed(extract.proxies) == [("rivat", "borel")]


def test_minutes_with_footers_under_their_numbers_from_a_pdf(tmp_path: Path) -> None:
    """The same minutes printed in a PDF, read from its text layer."""
    text = pdf_text(text_of("commune-pv-footers-under-item-numbers.txt"), tmp_path / "pv.pdf")
    titles = [title for _, title, _ in items_read(parse_extract(text))]
    assert titles == [
        "Approbation du procès-verbal de la séance du 9 septembre 2025",
        "Tarifs de la location de la salle polyvalente",
        "Convention de mise à disposition du terrain de football avec le club de la Haute-Vallée",
        "Motion pour le maintien de la trésorerie de proximité",
    ]


# -- B. an agenda's place alone on its line, its title under it --------------------------------


@pytest.mark.parametrize("stop", ["-", ".", ")", "–", "°)"])
def test_a_place_alone_on_its_line_heads_the_title_under_it(stop: str) -> None:
    """« 1 - » / « Tarifs de la cantine »: a narrow column (or a page's footer) parted the
    place on the agenda from its title; the items were lost, their votes read as one."""
    gap = "" if stop == "°)" else " "
    text = TOP + (
        f"1{gap}{stop}\nTarifs de la cantine scolaire\nAdopté à l'unanimité.\n"
        f"2{gap}{stop}\nCommune de Saint-Maurice – conseil municipal du 9 octobre 2025 – 2/4\n"
        "Vente d'un chemin rural\nPour : 3 - Contre : 1 - Abstention : 0\n"
        f"3{gap}{stop}\nRapport d'activité du syndicat des eaux\nLe Conseil prend acte.\n"
    )
    extract = parse_extract(text)
    assert items_read(extract) == [
        ("1", "Tarifs de la cantine scolaire", "adopted"),
        ("2", "Vente d'un chemin rural", "adopted"),
        ("3", "Rapport d'activité du syndicat des eaux", "noted"),
    ]
    assert extract.items[1].deliberation.votes_against == 1


def test_places_alone_in_the_fixture() -> None:
    extract = parse_extract(text_of("commune-pv-ordinals-alone-footer-between.txt"))
    assert items_read(extract) == [
        ("1", "Décision modificative n° 2 du budget communal", "adopted"),
        ("2", "Dénomination des voies du hameau des Chirouzes", "adopted"),
        ("3", "Recensement de la population 2026 : recrutement des agents recenseurs", "adopted"),
    ]
    assert extract.items[2].deliberation.abstentions == 2


def test_a_numbered_list_of_names_is_no_agenda() -> None:
    """« 1. » / « M. Paul ASSAD »: a list's entries, never items; nor places out of order."""
    names = TOP.replace(
        "Présents : M. Paul ASSAD, Mme Léa MOUTON, M. Tom RUIZ, Mme Ana PIC.\n",
        "Présents :\n1.\nM. Paul ASSAD\n2.\nMme Léa MOUTON\n3.\nM. Tom RUIZ\n4.\nMme Ana PIC\n",
    )
    listed = parse_extract(names + "Budget primitif 2025 : adopté à l'unanimité.\n")
    assert [item.ordinal for item in listed.items if item.ordinal] == []
    assert surnames(listed.present) == ["assad", "mouton", "pic", "ruiz"]
    unordered = TOP + "2.\nTarifs de la cantine\nAdopté.\n1.\nVente d'un chemin\nAdopté.\n"
    assert [item.ordinal for item in parse_extract(unordered).items if item.ordinal] == []


# -- C. a decision's bare number -----------------------------------------------------------------


def test_decisions_numbered_by_integers() -> None:
    """« Décision n° 41 : Attribution … » / « du Haut-Forez … »: a bureau's decisions numbered
    by integers were one act, its title cut at the line's end with « Décision n° 41 : » in it."""
    extract = parse_extract(text_of("communaute-bureau-decisions-integer-numbers.txt"))
    assert items_read(extract) == [
        (
            "41",
            "Attribution d'une aide à l'immobilier d'entreprise à la société Menuiseries du "
            "Haut-Forez pour l'extension de son atelier",
            "adopted",
        ),
        ("42", "Tarifs 2026 de la piscine intercommunale", "adopted"),
    ]
    assert extract.items[1].deliberation.abstentions == 2


@pytest.mark.parametrize("separator", [" :", " –", " -", "."])
def test_a_decision_s_integer_number_opens_its_item(separator: str) -> None:
    text = TOP + (
        f"Décision n° 14{separator} Convention avec le centre de gestion pour la mission\n"
        "d'inspection en santé et sécurité au travail\nAdoptée à l'unanimité.\n"
        f"DÉCISION N° 15{separator} Tarifs du camping municipal\nAdoptée à l'unanimité.\n"
    )
    assert items_read(parse_extract(text)) == [
        (
            "14",
            "Convention avec le centre de gestion pour la mission d'inspection en santé et "
            "sécurité au travail",
            "adopted",
        ),
        ("15", "Tarifs du camping municipal", "adopted"),
    ]


# -- D. a title as wide as the page, wrapped before a word in capitals -------------------------

WIDE = (
    "Le conseil municipal, réuni en séance ordinaire, a examiné les points suivants de l'ordre\n"
    "du jour, dans l'ordre où ils avaient été inscrits par le maire sur la convocation.\n\n"
)


@pytest.mark.parametrize(
    ("first", "second", "after", "title"),
    [
        (
            "1 - Approbation de la modification simplifiée n° 2 du Plan Local d'Urbanisme",
            "Intercommunal du secteur Nord",
            "Adopté à l'unanimité.",
            "Approbation de la modification simplifiée n° 2 du Plan Local d'Urbanisme "
            "Intercommunal du secteur Nord",
        ),
        (
            "1 - Attribution du marché de travaux de voirie 2025 – lot n° 1 terrassements",
            "Réseaux secs et humides",
            "Adopté à l'unanimité.",
            "Attribution du marché de travaux de voirie 2025 – lot n° 1 terrassements "
            "Réseaux secs et humides",
        ),
        (
            "1 - Convention de partenariat avec l'association Les Amis du Vieux Bourg de",
            "Saint-Maurice pour l'animation du musée",
            "Le conseil municipal, après en avoir délibéré, adopte à l'unanimité.",
            "Convention de partenariat avec l'association Les Amis du Vieux Bourg de "
            "Saint-Maurice pour l'animation du musée",
        ),
        (
            "1 - Tarifs de la restauration scolaire et de l'accueil périscolaire de l'année",
            "2026",
            "Pour : 3 - Contre : 1 - Abstention : 0",
            "Tarifs de la restauration scolaire et de l'accueil périscolaire de l'année 2026",
        ),
    ],
)
def test_a_full_title_goes_on_in_capitals(first: str, second: str, after: str, title: str) -> None:
    """A title printed as wide as the page goes on with the line under it, in capitals or a
    year, when the heading's block ends there (a vote, the text's first sentence)."""
    text = TOP + WIDE + f"{first}\n{second}\n{after}\n"
    text += "2 - Vente d'un chemin rural\nAdopté à l'unanimité.\n"
    assert parse_extract(text).items[0].deliberation.title == title


@pytest.mark.parametrize(
    ("first", "second", "after"),
    [
        ("1 - Budget primitif 2025", "Monsieur le Maire présente le budget.", "Adopté."),
        (
            "1 - Approbation de la modification simplifiée n° 2 du Plan Local d'Urbanisme",
            "Ce point est retiré de l'ordre du jour.",
            "",
        ),
        (
            "1 - Approbation de la modification simplifiée n° 2 du Plan Local d'Urbanisme",
            "Mme Léa MOUTON, adjointe à l'urbanisme",
            "Adopté à l'unanimité.",
        ),
        (
            "1 - Approbation de la modification simplifiée n° 2 du Plan Local d'Urbanisme",
            "Rapporteur : M. Tom RUIZ",
            "Adopté à l'unanimité.",
        ),
        (
            "1 - Approbation de la modification simplifiée n° 2 du Plan Local d'Urbanisme",
            "Considérant le projet arrêté par le conseil communautaire,",
            "Adopté à l'unanimité.",
        ),
        (
            "1 - Dénomination de la voie nouvelle du lotissement des Cerisiers à Saint-Maurice",
            "Les crédits nécessaires sont inscrits au chapitre 65 du budget principal.",
            "Votes : 3 pour, 1 contre",
        ),
        (
            "1 - Dénomination de la voie nouvelle du lotissement des Cerisiers à Saint-Maurice",
            "Les crédits nécessaires sont inscrits au chapitre 65 du budget principal",
            "Adopté à l'unanimité.",
        ),
    ],
)
def test_a_sentence_or_a_name_under_a_title_is_none_of_it(
    first: str, second: str, after: str
) -> None:
    """Under a title, even one as wide as the page: the text's sentence, the rapporteur, a
    member's name, a withdrawal with no vote under it are none of the title."""
    text = TOP + WIDE + f"{first}\n{second}\n{after}\n"
    text += "2 - Vente d'un chemin rural\nAdopté à l'unanimité.\n"
    assert parse_extract(text).items[0].deliberation.title == first[4:]


def test_titles_wrapped_on_capitals_in_the_fixture() -> None:
    extract = parse_extract(text_of("communaute-cr-titles-wrapped-on-capitals.txt"))
    assert [title for _, title, _ in items_read(extract)] == [
        "Approbation de la modification n° 3 du Plan Local d'Urbanisme intercommunal Habitat "
        "et Déplacements du secteur Nord-Ouest",
        "Attribution du marché de collecte des déchets ménagers – lot n° 2 Collecte en points "
        "d'apport volontaire",
        "Rapport sur la situation en matière de développement durable",
    ]


# -- E. pdf2htmlEX: blocks placed by their classes ---------------------------------------------


def pdf2html(pages: list[list[tuple[float, float, str]]], *, order: str = "lines") -> str:
    """A page as pdf2htmlEX writes it: each block a div whose classes say where it stands
    (« x3 » its left, « y5 » its height from the page's bottom), the style sheet giving each
    class its place, a printer's copy of the classes after it. `order`: « lines » writes each
    line's blocks together, « backwards » each line's from its last to its first, « given »
    the blocks as listed (a page's columns one after the other)."""
    xs: dict[float, str] = {}
    ys: dict[float, str] = {}
    body = []
    for number, blocks in enumerate(pages, 1):
        rows: dict[float, list[tuple[float, float, str]]] = {}
        for at, block in enumerate(blocks):
            rows.setdefault(at if order == "given" else block[1], []).append(block)
        divs = []
        for row in rows.values():
            for x, y, words in sorted(row, reverse=order == "backwards"):
                left = xs.setdefault(x, f"x{len(xs) + 1:x}")
                bottom = ys.setdefault(round(842 - y, 3), f"y{len(ys) + 1:x}")
                first, _, rest = escape(words).partition(" ")
                spaced = f'{first}<span class="_ _1"></span>{rest}' if rest else first
                divs.append(f'<div class="t m0 {left} h1 {bottom} ff1 fs0">{spaced}</div>')
        body.append(
            f'<div id="pf{number:x}" class="pf w0 h0" data-page-no="{number:x}">'
            f'<div class="pc pc{number:x} w0 h0">{"".join(divs)}</div></div>'
        )
    places = [f".{c}{{left:{x:.3f}px;}}" for x, c in xs.items()]
    places += [f".{c}{{bottom:{y:.3f}px;}}" for y, c in ys.items()]
    printed = [f".{c}{{left:{x * 1.25:.3f}pt;}}" for x, c in xs.items()]
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/>'
        '<meta name="generator" content="pdf2htmlEX"/><style type="text/css">'
        ".pf{position:relative;overflow:hidden}"
        ".pc{position:absolute;top:0;left:0;width:100%;height:100%}"
        ".t{position:absolute;white-space:pre;transform-origin:0 100%}"
        "._{display:inline-block}._0{margin-left:-1.020px;}._1{width:3.600px;}"
        + "".join(places)
        + "@media print{"
        + "".join(printed)
        + "}</style></head><body>"
        '<div id="sidebar"><div id="outline"><ul><li>Séance du 3 mars 2024</li></ul></div></div>'
        f'<div id="page-container">{"".join(body)}</div></body></html>'
    )


PAGE_ONE = [
    (85, 60, "SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-LIGNON"),
    (85, 80, "Procès-verbal du Comité syndical"),
    (400, 80, "Séance du 2 juillet 2025"),
    (85, 110, "Président de séance : M. Hubert LAMBERT"),
    (85, 130, "Délégués en exercice : 5"),
    (260, 130, "Présents : 4"),
    (400, 130, "Votants : 5"),
    (85, 150, "Présents : M. Hubert LAMBERT, Mme Carole BUFFARD, M. Didier CUYNET,"),
    (85, 165, "Mme Edith DALLOZ."),
    (85, 185, "Pouvoir : Mme Annie PERRIN à M. Hubert LAMBERT."),
    (85, 200, "Secrétaire : Mme Carole BUFFARD."),
    (85, 230, "1."),
    (110, 230, "Programme de travaux de renouvellement des réseaux 2025"),
    (110, 245, "Adopté à l'unanimité."),
]
PAGE_TWO = [
    (85, 60, "2."),
    (110, 60, "Adhésion de la commune de Mazet au syndicat"),
    (110, 75, "Pour : 4 – Contre : 1 – Abstention : 0"),
]


@pytest.mark.parametrize("order", ["lines", "backwards"])
def test_pdf2htmlex_blocks_placed_by_classes(tmp_path: Path, order: str) -> None:
    """Each block a line of its own: « 1. » apart from its title, « Votants : 5 » apart from
    the rest of its line; written right to left, the line read backwards."""
    path = tmp_path / "pv.html"
    path.write_text(pdf2html([PAGE_ONE, PAGE_TWO], order=order), "utf-8")
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert str(extract.sitting_date) == "2025-07-02"
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (5, 4, 5)
    assert items_read(extract) == [
        ("1", "Programme de travaux de renouvellement des réseaux 2025", "adopted"),
        ("2", "Adhésion de la commune de Mazet au syndicat", "adopted"),
    ]
    assert extract.items[1].deliberation.votes_against == 1
    assert handed(extract.proxies) == [("perrin", "lambert")]


def test_pdf2htmlex_columns_keep_their_order(tmp_path: Path) -> None:
    """A page in two columns, written column after column: each column's lines stay
    together (only blocks next to each other on one line are joined), never interleaved."""
    left = [(60, 100 + 15 * n, line) for n, line in enumerate(LEFT_COLUMN)]
    right = [(320, 100 + 15 * n, line) for n, line in enumerate(RIGHT_COLUMN)]
    path = tmp_path / "cr.html"
    path.write_text(pdf2html([left + right], order="given"), "utf-8")
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == ["buffard", "cuynet", "lambert"]
    assert items_read(extract) == [("2025-31", "Tarifs de l'eau potable 2026", "adopted")]


@pytest.mark.parametrize("numbers_first", [True, False])
def test_pdf2htmlex_table_written_column_after_column(tmp_path: Path, numbers_first: bool) -> None:
    """A table of acts written column after column (the numbers down the page, then the
    titles, or the titles first): each number joins the title at its height."""
    top = [(85, 60, "COMITÉ SYNDICAL DU 2 JUILLET 2025"), *PAGE_ONE[3:11]]
    numbers = [(85, 250, "2025-31"), (85, 280, "2025-32"), (85, 310, "2025-33")]
    titles = [
        (160, 250, "Tarifs de l'eau potable 2026"),
        (160, 265, "Adopté à l'unanimité."),
        (160, 280, "Convention avec la commune de Mazet"),
        (160, 295, "Adopté à l'unanimité."),
        (160, 310, "Rapport annuel du délégataire"),
        (160, 325, "Le Comité prend acte."),
    ]
    blocks = top + (numbers + titles if numbers_first else titles + numbers)
    path = tmp_path / "cs.html"
    path.write_text(pdf2html([blocks], order="given"), "utf-8")
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert items_read(extract) == [
        ("2025-31", "Tarifs de l'eau potable 2026", "adopted"),
        ("2025-32", "Convention avec la commune de Mazet", "adopted"),
        ("2025-33", "Rapport annuel du délégataire", "noted"),
    ]


LEFT_COLUMN = [
    "COMITÉ SYNDICAL DU 2 JUILLET 2025",
    "Présents : M. Hubert LAMBERT,",
    "Mme Carole BUFFARD, M. Didier CUYNET.",
    "Secrétaire : Mme Carole BUFFARD.",
]
RIGHT_COLUMN = ["Délibération n° 2025-31", "Tarifs de l'eau potable 2026", "Adopté à l'unanimité."]


# -- F. an act's number read through recognition damage ------------------------------------------


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("Délibération n° 2O25-OO3", "2025-003"),
        ("Délibération n° 2025-l8", "2025-18"),
        ("DÉLIBÉRATION N° 2O24/l2", "2024/12"),
        ("Délibération n° 2O25-O4-OI2", "2025-04-012"),
    ],
)
def test_an_act_s_number_read_through_ocr_damage(printed: str, number: str) -> None:
    """A scan's « 2O25-OO3 »: the year's and the act's figures read as « O », « l », « I »;
    one reading only, the act's number."""
    text = TOP + f"{printed}\nObjet : Tarifs de la cantine scolaire\nAdopté à l'unanimité.\n"
    extract = parse_extract(text)
    assert extract.deliberation.number == number
    assert extract.deliberation.title == "Tarifs de la cantine scolaire"


@pytest.mark.parametrize("word", ["2025-bis", "1950-lot", "2025-Olympe"])
def test_a_word_after_a_year_is_no_damaged_number(word: str) -> None:
    text = TOP + f"Délibération n° 2025-011\nObjet : Tarifs {word}\nAdopté à l'unanimité.\n"
    assert parse_extract(text).deliberation.title == f"Tarifs {word}"


# -- G. a table of acts whose vote cell holds labelled figures -----------------------------------

TABLE = (
    "N°         Objet                                                Vote\n"
    "2025-09    Approbation du compte de gestion 2024                Unanimité\n"
    "2025-10    Convention avec le centre de gestion pour la         Pour : 9  Contre : 2\n"
    "           médecine préventive\n"
    "2025-11    Tarifs de la cantine scolaire et de la garderie      Votants : 11  Pour : 11\n"
    "           périscolaire\n"
    "2025-12    Admission en non-valeur de créances                  Pour : 8  Abst. : 3\n"
)


def test_a_labelled_vote_cell_leaves_the_title_whole() -> None:
    """« Convention … pour la     Pour : 9  Contre : 2 » / « médecine préventive »: the vote's
    cell read as the title's words cut the title, its end lost."""
    extract = parse_extract(TOP + TABLE)
    assert [(n, t) for n, t, _ in items_read(extract)] == [
        ("2025-09", "Approbation du compte de gestion 2024"),
        ("2025-10", "Convention avec le centre de gestion pour la médecine préventive"),
        ("2025-11", "Tarifs de la cantine scolaire et de la garderie périscolaire"),
        ("2025-12", "Admission en non-valeur de créances"),
    ]
    votes = [(i.deliberation.votes_for, i.deliberation.votes_against) for i in extract.items]
    assert votes[1] == (9, 2)
    assert votes[2][0] == 11


# -- H. a name in capitals cut at the line's end, printed whole elsewhere -------------------------


@pytest.mark.parametrize(
    ("cut", "elsewhere"),
    [
        ("Mme Léa FOUR-\nNIER", "Secrétaire de séance : Mme Léa FOURNIER."),
        ("M. Paul BER-\nTRAND", "Pouvoir : M. Marc DURAND à M. Paul BERTRAND."),
        ("Mme Ana MARTI-\nNEZ", "Secrétaire de séance : Mme Ana MARTINEZ."),
    ],
)
def test_a_name_cut_at_the_line_s_end_is_the_name_printed_whole(cut: str, elsewhere: str) -> None:
    """« FOUR- » / « NIER »: a syllable or a double name's hyphen? The document prints the
    name whole elsewhere: one name, never « FOUR-NIER »."""
    text = TOP.replace("Mme Léa MOUTON", cut).replace("M. Tom RUIZ", "M. Tom RUIZ")
    text = text.replace("Secrétaire de séance : Mme Ana PIC.", elsewhere)
    wanted = cut.replace("-\n", "").split()[-1]
    assert wanted in [p.last_name for p in parse_extract(text).present]


def test_a_double_name_cut_at_its_hyphen_keeps_it() -> None:
    """« MICHAUD- » / « FARIGOULE », printed whole nowhere: the double name keeps its hyphen."""
    text = TOP.replace("Mme Léa MOUTON", "Mme Léa MICHAUD-\nFARIGOULE")
    assert "MICHAUD-FARIGOULE" in [p.last_name for p in parse_extract(text).present]


# -- I. a cue word split by a space (a scan's text) ----------------------------------------------


@pytest.mark.parametrize(
    ("vote", "figures"),
    [
        ("Pour : 3 - Con tre : 1 - Abs tention : 0", (3, 1, 0)),
        ("Vo tants : 4 - pour : 2 - contre : 0 - abs tentions : 2", (2, 0, 2)),
        ("Adopté à l'unani mité.", (4, 0, 0)),
        ("Adopté à l'unanimit é.", (4, 0, 0)),
    ],
)
def test_a_split_cue_word_is_read(vote: str, figures: tuple[int, int, int]) -> None:
    """« Con tre : 1 », « unani mité »: recognition split the vote's words; the figures after
    them were lost or read as « pour »'s."""
    text = TOP + f"1 - Tarifs de la cantine scolaire\n{vote}\n"
    text += "2 - Vente d'un chemin rural\nAdopté à l'unanimité.\n"
    record = parse_extract(text).items[0].deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == figures


@pytest.mark.parametrize(
    ("damaged", "counts"),
    [
        ("Membres en exerclce : 6 - Prcsents : 4 - Votants : 5", (6, 4, 5)),
        ("Membres en exercice : 6 - Présents : 4 - Vo tants : 5", (6, 4, 5)),
        ("Membres en cxercice : 6 - Présents : 4 - Votauts : 5", (6, 4, 5)),
        ("Mernbres en exercice : 6 - Présents : 4 - Nornbre de votants : 5", (6, 4, 5)),
    ],
)
def test_count_labels_read_through_look_alike_letters(
    damaged: str, counts: tuple[int, int, int]
) -> None:
    """« exerclce », « Prcsents », « Votauts »: a scan confused « i » and « l », « e » and
    « c », « n » and « u » in the labels; their figures were lost."""
    text = TOP.replace("En exercice : 5 - Présents : 4 - Votants : 4", damaged)
    extract = parse_extract(text + "1 - Tarifs de la cantine\nAdopté à l'unani mité.\n")
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == counts
    assert extract.items[0].deliberation.unanimous


def test_a_vote_read_through_look_alike_letters() -> None:
    """« 22 pour, 1 coutre (M. X), 0 abstention »: « coutre » is « contre »."""
    text = TOP + "1 - Tarifs de la cantine\nVotes : 2 pour, 1 coutre (M. Tom RUIZ), 1 abstention\n"
    record = parse_extract(text).items[0].deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (2, 1, 1)


@pytest.mark.parametrize(
    "words",
    [
        "Il a voté pour tant de raisons",
        "le se ance",
        "M. Paul DE VOTE",
        "des pro jets",
        "M. Jean COUTRE",
        "le gouvernement et M. Paul Bernard",
        "le centre de loisirs",
    ],
)
def test_words_that_join_into_no_cue_stay_apart(words: str) -> None:
    from storage.parsing.ocr import repair_ocr

    assert repair_ocr(words, []) == words


# -- J. lines numbered in the margin, a blank line keeping its number out -----------------------

NUMBERED = """COMMUNE DE PLOUNÉVEZ-LE-HAUT
CONSEIL MUNICIPAL - SÉANCE DU 14.03.2025

L'an deux mille vingt-cinq, le 14 mars à vingt heures, le Conseil municipal s'est réuni
sous la présidence de M. Yann CORRE, Maire.

Présents :
CORRE Yann
GUÉGUEN Paule
MADEC Sophie
QUÉRÉ Louis
TANGUY Marc
Absent excusé : PRIGENT Julie.

Membres en exercice : 6
Présents : 5
Votants : 5

1 - Délibération n° 2025_011 - Tarifs de la cantine scolaire
Adopté à l'unanimité.

2 - Délibération n° 2025_012 - Vente d'un chemin rural
Pour : 4 - Contre : 1 - Abstention : 0
"""


def numbered(text: str, *, width: int = 3, page_at: int | None = None) -> str:
    """Each written line with its number in the margin (right-aligned, one space after it),
    blank lines left unnumbered; at `page_at` a page's footer, unnumbered, and numbers again
    from 1."""
    out, number = [], 0
    for at, line in enumerate(text.split("\n")):
        if at == page_at:
            out += [
                "",
                "- 1 -",
                "Commune de Plounévez-le-Haut - Conseil municipal du 14 mars 2025",
            ]
            number = 0
        number += 1
        out.append(f"{number:>{width}} {line}" if line.strip() else "")
    return "\n".join(out)


def check_numbered(extract: Extract) -> None:
    assert surnames(extract.present) == ["corre", "gueguen", "madec", "quere", "tanguy"]
    assert surnames(extract.absent_excused) == ["prigent"]
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (6, 5, 5)
    assert items_read(extract) == [
        ("2025_011", "Tarifs de la cantine scolaire", "adopted"),
        ("2025_012", "Vente d'un chemin rural", "adopted"),
    ]
    assert [item.ordinal for item in extract.items] == ["1", "2"]


@pytest.mark.parametrize(("width", "page_at"), [(3, None), (2, None), (3, 10), (4, 20)])
def test_lines_numbered_in_the_margin(width: int, page_at: int | None) -> None:
    """«   9 CORRE Yann », « 10 en exercice : 11 »: the margin's number read as a count, the
    names at the line's start lost, the headings after the number not found."""
    check_numbered(parse_extract(numbered(NUMBERED, width=width, page_at=page_at)))


def test_lines_numbered_in_the_margin_of_a_web_page(tmp_path: Path) -> None:
    """The same minutes saved as a web page, each line's number kept in its paragraph."""
    paragraphs = [p for p in numbered(NUMBERED).split("\n\n") if p.strip()]
    page = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    path = tmp_path / "pv.html"
    path.write_text(f"<html><body><main>{page}</main></body></html>", "utf-8")
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    check_numbered(extract)


def test_an_agenda_numbered_by_its_points_keeps_them() -> None:
    """Items numbered 1, 2, 3 among the text's other lines are places, never a margin's."""
    titles = ["Tarifs de la cantine", "Vente d'un chemin rural", "Rapport du syndicat des eaux"]
    text = TOP + "".join(
        f"{n} - {title}\nAdopté à l'unanimité.\n" for n, title in enumerate(titles, 1)
    )
    assert [item.ordinal for item in parse_extract(text).items] == ["1", "2", "3"]


# -- K. a civility written with a full stop ----------------------------------------------------


@pytest.mark.parametrize(
    "listed",
    [
        "Présents : M. ASSAD Paul Mme. MOUTON Léa M. RUIZ Tom Mme. PIC Ana",
        "Présents : M. P. ASSAD, Mme. L. MOUTON, M. T. RUIZ, Mme. A. PIC.",
        "Présents : M. Paul ASSAD, Mme.Léa MOUTON, M. Tom RUIZ, Mlle. Ana PIC.",
    ],
)
def test_a_civility_with_a_full_stop(listed: str) -> None:
    """« Mme. MOUTON Léa »: a civility written with a full stop was no civility; two names
    ran together (« ASSAD Paul Mme. MOUTON »), or « Mme » was read as a member."""
    text = TOP.replace(
        "Présents : M. Paul ASSAD, Mme Léa MOUTON, M. Tom RUIZ, Mme Ana PIC.", listed
    )
    assert surnames(parse_extract(text).present) == ["assad", "mouton", "pic", "ruiz"]


# -- L. two columns from the page's top: the council's name heads the left, an act the right ---

LEFT = """COMMUNE DE SAINT-MAURICE
Conseil municipal du 9 octobre 2025
Sous la présidence de M. Paul ASSAD,
Maire.
En exercice : 6 - Présents : 5
Votants : 6
Présents : M. Paul ASSAD, Mme Léa
MOUTON, M. Tom RUIZ, Mme Ana PIC,
M. Luc VIAL.
Pouvoir : M. Marc DURAND à M. Paul
ASSAD.
Secrétaire : Mme Ana PIC."""
RIGHT = """Délibération n° 2025-051
Tarifs de la cantine scolaire et de
la garderie périscolaire
Adopté à l'unanimité.

Délibération n° 2025-052
Vente d'un chemin rural au lieu-dit
Les Granges
Pour : 5 - Contre : 1 - Abstention : 0"""


def check_columns(extract: Extract) -> None:
    assert surnames(extract.present) == ["assad", "mouton", "pic", "ruiz", "vial"]
    assert handed(extract.proxies) == [("durand", "assad")]
    assert items_read(extract) == [
        ("2025-051", "Tarifs de la cantine scolaire et de la garderie périscolaire", "adopted"),
        ("2025-052", "Vente d'un chemin rural au lieu-dit Les Granges", "adopted"),
    ]


@pytest.mark.parametrize("gap", [4, 8, 14])
def test_two_columns_from_the_top_of_a_text_export(tmp_path: Path, gap: int) -> None:
    """A text kept in its layout (« pdftotext -layout »): the council's name beside the first
    act's number was taken for a letterhead's two blocks, and the whole page read across both
    columns (« Léa » a member, the titles mixed with the chair's sentence)."""
    lefts, rights = LEFT.split("\n"), RIGHT.split("\n")
    rights += [""] * (len(lefts) - len(rights))
    width = max(map(len, lefts)) + gap
    path = tmp_path / "pv.txt"
    path.write_text(
        "\n".join(f"{a:<{width}}{b}".rstrip() for a, b in zip(lefts, rights, strict=True)), "utf-8"
    )
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    check_columns(extract)


def test_two_columns_from_the_top_of_a_pdf(tmp_path: Path) -> None:
    from tests.layout_documents import columns_pdf

    path = tmp_path / "pv.pdf"
    path.write_bytes(columns_pdf("", LEFT, RIGHT))
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    check_columns(extract)


def test_a_letterhead_beside_the_sitting_stays_a_heading(tmp_path: Path) -> None:
    """« COMMUNE DE SAINT-MAURICE » beside « Séance du 9 octobre 2025 », two lines: a
    letterhead's blocks, each read whole, never a page's columns."""
    text = (
        "COMMUNE DE SAINT-MAURICE                      Séance du 9 octobre 2025\n"
        "Département de la Loire                       Conseil municipal\n\n"
        + TOP.split("\n", 2)[2]
        + "1 - Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    path = tmp_path / "pv.txt"
    path.write_text(text, "utf-8")
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert str(extract.sitting_date) == "2025-10-09"
    assert surnames(extract.present) == ["assad", "mouton", "pic", "ruiz"]


# -- M. a list of proxies broken by a page's number and the next page's running header --------

BROKEN = """SYNDICAT DES EAUX DU HAUT-FOREZ
COMITÉ SYNDICAL DU 25/06/2025
Président de séance : M. Paul ASSAD
Délégués en exercice : 8 - Présents : 5 - Votants : 8
Présents : M. Paul ASSAD, Mme Léa MOUTON, M. Tom RUIZ, Mme Ana PIC, M. Luc VIAL.
Pouvoirs :
{first}
{second}

{page}

COMITÉ SYNDICAL DU 25/06/2025
{third}

Secrétaire de séance : Mme Ana PIC
D2025-055 - Tarifs de l'eau potable 2026
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("page", ["Page 1 / 3", "- 1 -", "1/3"])
@pytest.mark.parametrize(
    "shape",
    ["{} {} → {} {}", "M. {} {} à M. {} {}", "{1} {0} donne pouvoir à {3} {2}"],
)
def test_proxies_go_on_after_a_page_break(page: str, shape: str) -> None:
    """« Luc FAVIER → Armand BENALI » / « Page 1 / 3 » / « COMITÉ SYNDICAL DU 25/06/2021 » /
    « Mathieu MAQUIN → Sylvie BARRAL »: the proxy after the break was lost."""
    pairs = [("Marc", "DURAND", "Paul", "ASSAD"), ("Julie", "BRUN", "Léa", "MOUTON"),
             ("Rose", "FAURE", "Tom", "RUIZ")]  # fmt: skip
    first, second, third = (shape.format(*pair) for pair in pairs)
    text = BROKEN.format(first=first, second=second, third=third, page=page)
    extract = parse_extract(text)
    assert handed(extract.proxies) == [("brun", "mouton"), ("durand", "assad"), ("faure", "ruiz")]
    assert str(extract.sitting_date) == "2025-06-25"
    assert items_read(extract) == [("D2025-055", "Tarifs de l'eau potable 2026", "adopted")]


def test_a_list_in_two_columns_goes_on_after_a_page_break() -> None:
    """« M. Luc VIAL … Mme Rose FAURE » / « Page 1 / 3 » / the next page's header / « Mme Julie
    BRUN »: the name after the break was lost."""
    text = TOP.split("Présents :")[0] + (
        "Étaient présents les conseillers suivants :\n"
        "M. Paul ASSAD                          Mme Léa MOUTON\n"
        "M. Tom RUIZ                            Mme Ana PIC\n"
        "M. Luc VIAL (porteur du pouvoir de Marc DURAND)   Mme Rose FAURE\n\n"
        "Page 1 / 3\n\n"
        "Commune de Saint-Maurice-en-Gourgois - Conseil municipal du 9 octobre 2025\n"
        "Mme Julie BRUN\n"
        "Absent excusé : M. Guy ROCHE.\n"
        "1 - Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["assad", "brun", "faure", "mouton", "pic", "ruiz", "vial"]
    assert handed(extract.proxies) == [("durand", "vial")]


# -- N. a word processor's page: a table of acts set out with tabs of non-breaking spaces -------


@pytest.mark.parametrize(
    "gap", ["&nbsp;&nbsp;&nbsp;&nbsp; ", "&nbsp; &nbsp; &nbsp;", "&#160;&#160;"]
)
def test_a_word_processor_s_tabs_are_column_gaps(tmp_path: Path, gap: str) -> None:
    """« 2025-51⇥Tarifs de la cantine⇥Unanimité », saved as a web page: each tab a run of
    non-breaking spaces, read as one space, so « Unanimité » ended the title and the vote was
    lost."""
    rows = [
        ("2025-51", "Tarifs de la cantine scolaire", "Unanimité"),
        ("2025-52", "Vente d'un chemin rural", "Pour : 3 Contre : 1"),
    ]
    head = "".join(
        f"<p class=MsoNormal>{escape(line)}<o:p></o:p></p>" for line in TOP.strip().split("\n")
    )
    body = "".join(
        f"<p class=MsoNormal>{number}<span style='mso-tab-count:1'>{gap}</span>{escape(title)}"
        f"<span style='mso-tab-count:2'>{gap}{gap}</span>{vote}<o:p></o:p></p>"
        for number, title, vote in rows
    )
    path = tmp_path / "pv.htm"
    path.write_text(
        f"<html><body><div class=WordSection1>{head}{body}</div></body></html>", "utf-8"
    )
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert items_read(extract) == [
        ("2025-51", "Tarifs de la cantine scolaire", "adopted"),
        ("2025-52", "Vente d'un chemin rural", "adopted"),
    ]
    assert extract.items[1].deliberation.votes_against == 1
    assert surnames(extract.present) == ["assad", "mouton", "pic", "ruiz"]
