"""Attendance shapes a stranger's documents print, each on invented texts read as printed and
flattened (and as PDFs where the family is about PDFs): lists of civilities and surnames in
title case (« M. Le Roux, Mme La Salle »), page footers inside a list, proxies announced under
another heading, the chair named by role and by name, roll calls printed as PDF tables.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from storage.documents import Extract, Person, ProxyLine
from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import flattened


def read_as(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


def surnames(people: list[Person]) -> list[str]:
    return [fold(p.last_name) for p in people]


def handed(proxies: list[ProxyLine]) -> list[tuple[str, str]]:
    return sorted((fold(p.giver.last_name), fold(p.holder.last_name)) for p in proxies)


# -- civilities and surnames in title case, commas and « et » ----------------------------------

TITLE_CASE_HEAD = """COMMUNAUTÉ DE COMMUNES DU VAL D'ORGE
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE
Séance du 12 mars 2026
Nombre de membres en exercice : 16
Présidence : M. Paul Bailly
"""
TITLE_CASE_TAIL = """
Absents excusés : M. Vial (pouvoir à M. Bailly), Mme Le Floch (pouvoir à Mme Le Roux), M. Arnaud.
Secrétaire de séance : Mme Le Roux
DÉLIBÉRATION N° 2026-014 PLAN LOCAL D'URBANISME
Le Conseil communautaire, après en avoir délibéré, APPROUVE la proposition.
Adopté à l'unanimité.
"""
TITLE_CASE_PRESENT = [
    "bailly", "le roux", "de la fontaine", "la salle", "l'hote", "du pont", "van damme",
    "le gall-martin", "monneret", "tissot", "le bihan", "perrin", "gimenez",
]  # fmt: skip


@pytest.mark.parametrize(
    "roll_call",
    [
        # one paragraph, particles in title case after a civility's full stop
        "Étaient présents : M. Bailly, Mme Le Roux, M. De La Fontaine, Mme La Salle, M. L'Hôte,"
        " M. Du Pont, Mme Van Damme et M. Le Gall-Martin.\nMM. Monneret, Tissot et Le Bihan,"
        " Mmes Perrin et Gimenez étaient également présents.",
        # wrapped by a PDF just after the civility, the next line opening on « Le », « La »
        "ÉTAIENT PRÉSENTS : M. Bailly, Mme\nLe Roux, M. De La Fontaine, Mme La Salle, M.\nL'Hôte,"
        " M. Du Pont, Mme Van Damme, M.\nLe Gall-Martin, MM. Monneret, Tissot et Le Bihan, Mmes"
        "\nPerrin et Gimenez.",
        # the cue after the names
        "Mme Le Roux, M. Bailly, M. De La Fontaine, Mme La Salle, M. L'Hôte, M. Du Pont,\nMme Van"
        " Damme, M. Le Gall-Martin, MM. Monneret, Tissot et Le Bihan, Mmes Perrin et Gimenez"
        " étaient présents.",
    ],
)
def test_civilities_before_surnames_in_title_case(roll_call: str, shape: str) -> None:
    extract = read_as(TITLE_CASE_HEAD + roll_call + TITLE_CASE_TAIL, shape)
    assert sorted(surnames(extract.present)) == sorted(map(fold, TITLE_CASE_PRESENT))
    assert handed(extract.proxies) == [("le floch", "le roux"), ("vial", "bailly")]
    assert surnames(extract.absent_excused) == ["vial", "le floch", "arnaud"]
    assert extract.secretary is not None
    assert fold(extract.secretary.last_name) == "le roux"
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


def test_a_plural_civility_before_surnames_in_capitals(shape: str) -> None:
    roll_call = "Présents : MM. BRUN et LE BIHAN, Mmes PERRIN, GIMENEZ et SAINT-JUST, M. Luc ABEL."
    extract = read_as(TITLE_CASE_HEAD + roll_call + TITLE_CASE_TAIL, shape)
    expected = ["brun", "le bihan", "perrin", "gimenez", "saint-just"]
    # (and M. Bailly, who presides and holds a proxy, left out of the list: he sat)
    assert surnames(extract.present) == [fold(name) for name in [*expected, "abel", "bailly"]]
    # each under the plural civility is a man or a woman: « MM. » gives « M. », « Mmes » « Mme »
    civilities = {fold(p.last_name): p.civility for p in extract.present}
    assert [civilities[fold(name)] for name in expected] == ["M.", "M.", "Mme", "Mme", "Mme"]


def test_a_plural_civility_before_single_surnames_with_their_communes(shape: str) -> None:
    roll_call = (
        "Étaient présents : Mmes PEYRON, FAURE (Marols), CHAZAL ; MM. BERNE, DUMAS (Luriecq)"
        " et VILLARD.\nAbsents excusés : MM. FOREST, GRANGE."
    )
    extract = read_as(TITLE_CASE_HEAD + roll_call + TITLE_CASE_TAIL, shape)
    named = [(p.civility, fold(p.last_name)) for p in extract.present]
    assert [n for n in named if n[1] != "bailly"] == [
        ("Mme", "peyron"), ("Mme", "faure"), ("Mme", "chazal"),
        ("M.", "berne"), ("M.", "dumas"), ("M.", "villard"),
    ]  # fmt: skip
    assert [p.civility for p in extract.absent_excused][:2] == ["M.", "M."]


# -- a page's footer inside a list -------------------------------------------------------------

# The core PDF fonts only have latin-1: dashes and quotes become plain ones.
LATIN1 = str.maketrans({"–": "-", "’": "'", "…": "..."})


def pdf_of(text: str, path: Path, footer: str, header: str = "") -> Path:
    """A real PDF of the text, a page's footer (and header) on every page, long lines wrapped."""

    class Pages(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("Helvetica", size=8)
                self.cell(0, 5, header, new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"{footer} - Page {self.page_no()} / {{nb}}")

    pdf = Pages(format=(148, 210))  # A5, in millimetres
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for line in text.translate(LATIN1).split("\n"):
        pdf.multi_cell(0, 4.5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def broken_inside_a_list(make: Callable[[int], str], path: Path, header: str) -> str:
    """The text of the document's PDF whose first page ends inside a list: a name on the
    last line of the page and on the first of the next (as much text before it as needed)."""
    for lines_before in range(10, 60):
        text = read_document_text(pdf_of(make(lines_before), path, FOOTER, header))
        lines = [line for line in text.split("\n") if line.strip()]
        at = next(i for i, line in enumerate(lines) if "Page 1 /" in line)
        after = at + 2 if header else at + 1
        if all(
            any(name in lines[i] for name in PRESENT_NAMES + PROXY_GIVERS) for i in (at - 1, after)
        ):
            return text
    raise AssertionError("no page break inside the list")


FOOTER = "Commune de Vaux-les-Prés - Conseil municipal du 6 mars 2025"
PRESENT_NAMES = [
    "ABEL", "BRUN", "CHAZE", "DORAT", "ESTEVE", "FALCON", "GIRY", "HUGO", "IZARD", "JULIEN",
    "KLEIN", "LAGET", "MOREL", "NADAUD", "ORTIZ", "PONS", "QUEYRAS", "ROCHE", "SABY", "TEXIER",
]  # fmt: skip
FIRST_NAMES = ["Paul", "Rose", "Luc", "Eva", "Marc", "Rémi", "Jean", "Léa", "Nina", "Hugo"]


def numbered_presents() -> str:
    return "\n".join(
        f"{n}. {name} {FIRST_NAMES[n % 10]}" for n, name in enumerate(PRESENT_NAMES, start=1)
    )


PROXY_GIVERS = ["VIAL", "ROUX", "FAURE", "DUMAS", "LAMBERT", "MARTY", "NOEL", "PERRIN"]
PROXY_LINES = "\n".join(
    f"M. Luc {giver} donne procuration à Mme Rose {PRESENT_NAMES[i]},"
    for i, giver in enumerate(PROXY_GIVERS)
)


def footer_document(roll_call: str, lines_before: int = 3) -> str:
    filler = "\n".join(
        f"Point {n} : le rapporteur présente le dossier, dont le conseil prend connaissance."
        for n in range(1, lines_before)
    )
    return f"""COMMUNE DE VAUX-LES-PRÉS
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 6 MARS 2025
Nombre de membres en exercice : 29
{filler}
Président de séance : M. Paul ABEL
{roll_call}

Absents excusés : Mme Ida COSTE, M. Paul WEBER
Secrétaire de séance : Mme Rose BRUN

2025-011 – Budget primitif 2025
Adopté à l'unanimité.

2025-012 – Tarifs de la cantine
Adopté à l'unanimité.
"""


ROLL_CALLS = {
    "numbered presents": f"Présents :\n{numbered_presents()}\n{PROXY_LINES}",
    "proxies without their cue": "Présents : "
    + ", ".join(f"{n} {FIRST_NAMES[i % 10]}" for i, n in enumerate(PRESENT_NAMES))
    + f".\n\n{PROXY_LINES}",
    # a footer between a proxy's giver and its holder
    "a proxy cut after « à »": "Présents : "
    + ", ".join(f"{n} {FIRST_NAMES[i % 10]}" for i, n in enumerate(PRESENT_NAMES))
    + ".\nPouvoirs :\n"
    + "\n".join(
        f"M. Luc {giver} donne pouvoir à\nMme Rose {PRESENT_NAMES[i]},"
        for i, giver in enumerate(PROXY_GIVERS)
    ),
}


def check_footer_document(extract: Extract) -> None:
    assert sorted(surnames(extract.present)) == sorted(map(fold, PRESENT_NAMES))
    assert handed(extract.proxies) == sorted(
        (fold(giver), fold(PRESENT_NAMES[i])) for i, giver in enumerate(PROXY_GIVERS)
    )
    assert surnames(extract.absent_excused) == ["coste", "weber"]
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


@pytest.mark.parametrize("roll_call", ROLL_CALLS.values(), ids=ROLL_CALLS.keys())
@pytest.mark.parametrize("header", ["", FOOTER], ids=["footer", "header and footer"])
def test_a_pdfs_page_footer_inside_a_list(roll_call: str, header: str, tmp_path: Path) -> None:
    text = broken_inside_a_list(
        lambda lines_before: footer_document(roll_call, lines_before), tmp_path / "pv.pdf", header
    )
    check_footer_document(parse_extract(text))
    # the same PDF's text with its line breaks lost: the footers run into the names
    check_footer_document(parse_extract(flattened(text)))


@pytest.mark.parametrize(
    "footer",
    [
        "Région Hauts-Vallons - Conseil régional du 19 octobre 2023",
        "CM du 06/03/2025",
        "Procès-verbal de la séance du 6 mars 2025",
    ],
)
def test_a_flattened_footer_with_a_stamp_between_two_proxies(footer: str, shape: str) -> None:
    """One page number in a flattened text: its footer's words and the stamp after it go, the
    proxies on either side stay whole (never « … 2023 ARNAUD Chantal » as a giver)."""
    proxies = ", ".join(
        f"{giver} Chantal donne procuration à {PRESENT_NAMES[i]} Paul"
        for i, giver in enumerate(PROXY_GIVERS)
    )
    stamp = (
        f" {footer} – Page 1 / 2 Reçu en préfecture le 25/10/2023"
        " ID : 022-212200012-20231019-DEL_2-DE "
    )
    cut = proxies.index("ROUX Chantal") - 1
    roll_call = (
        "Présents : "
        + ", ".join(f"{n} {FIRST_NAMES[i % 10]}" for i, n in enumerate(PRESENT_NAMES))
        # a list closed by a full stop, the proxies in the same paragraph, surname first
        + ". "
        + proxies[:cut]
        + stamp
        + proxies[cut + 1 :]
        + "."
    )
    extract = read_as(footer_document(roll_call), shape)
    check_footer_document(extract)


# -- proxies announced under another heading --------------------------------------------------

PROXY_HEADING_DOC = """COMMUNE DE SAINT-ALBAN-DES-PRÉS
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 12 MARS 2026
Président de séance : M. Gérard VIGNON
Présents : M. Gérard VIGNON, Mme Anne BOIS, M. Paul RIOU, Mme Lise DE LA TOUR.
{heading}
{proxies}
Absent : M. Marc TISSOT.
Secrétaire de séance : Mme Anne BOIS
1. Budget primitif 2026
Adopté à l'unanimité.
2. Tarifs de la cantine
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    "heading",
    [
        "Pouvoirs donnés en séance :",
        "Procurations données en cours de séance :",
        "Pouvoirs remis avant la séance :",
        "Procurations reçues :",
        "Pouvoirs de vote :",
        "POUVOIRS DONNÉS EN SÉANCE :",
        "Liste des pouvoirs enregistrés :",
    ],
)
@pytest.mark.parametrize(
    "proxies",
    [
        "M. Hervé DUMAS à Mme Anne BOIS\nMme Nina ROUX à M. Paul RIOU",
        "- M. Hervé DUMAS donne pouvoir à Mme Anne BOIS ;\n- Mme Nina ROUX donne pouvoir à M. Paul"
        " RIOU.",
        "DUMAS Hervé → BOIS Anne\nROUX Nina → RIOU Paul",
    ],
    ids=["short", "sentences", "arrows"],
)
def test_proxies_under_another_heading(heading: str, proxies: str, shape: str) -> None:
    extract = read_as(PROXY_HEADING_DOC.format(heading=heading, proxies=proxies), shape)
    assert handed(extract.proxies) == [("dumas", "bois"), ("roux", "riou")]
    assert surnames(extract.present) == ["vignon", "bois", "riou", "de la tour"]
    assert surnames(extract.absent) == ["tissot"]
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


def test_a_title_naming_the_mayors_powers_is_no_list_of_proxies() -> None:
    text = PROXY_HEADING_DOC.format(
        heading="Pouvoirs du Maire : compte rendu des décisions prises par délégation.",
        proxies="",
    )
    extract = parse_extract(text)
    assert extract.proxies == []
    assert surnames(extract.absent) == ["tissot"]


# -- the chair named by role and by name in one list -------------------------------------------

CHAIR_DOC = """COMMUNE DE SAINT-ALBAN-DES-PRÉS
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 12 MARS 2026
{chair}
Présents : {presents}
Excusée : Mme Nina ROUX (pouvoir à M. le Maire).
Secrétaire de séance : Mme Anne BOIS
1. Budget primitif 2026
Adopté à l'unanimité.
2. Tarifs de la cantine
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    "chair",
    [
        "Sous la présidence de Monsieur VIGNON, Maire.",
        "Président de séance : M. Gérard VIGNON",
        "Sous la présidence de M. VIGNON Gérard, Maire.",
    ],
)
@pytest.mark.parametrize(
    "presents",
    [
        "M. le Maire, Anne BOIS, Paul RIOU, Gérard VIGNON, Lise DE LA TOUR.",
        "VIGNON Gérard, BOIS Anne, RIOU Paul, M. le Maire, DE LA TOUR Lise.",
        "Monsieur le Maire, Mme BOIS, M. RIOU, M. VIGNON, Mme DE LA TOUR.",
    ],
)
def test_the_chair_named_by_role_and_by_name_is_one_member(
    chair: str, presents: str, shape: str
) -> None:
    extract = read_as(CHAIR_DOC.format(chair=chair, presents=presents), shape)
    assert sorted(surnames(extract.present)) == ["bois", "de la tour", "riou", "vignon"]
    assert handed(extract.proxies) == [("roux", "vignon")]
    assert extract.president is not None
    assert fold(extract.president.last_name) == "vignon"


def test_the_chair_by_role_alone_is_the_president_named() -> None:
    extract = parse_extract(
        CHAIR_DOC.format(
            chair="Président de séance : M. Gérard VIGNON",
            presents="M. le Maire, Mme Anne BOIS, M. Paul RIOU, Mme Lise DE LA TOUR.",
        )
    )
    assert surnames(extract.present) == ["vignon", "bois", "riou", "de la tour"]
    # a namesake in the list with another first name is someone else
    extract = parse_extract(
        CHAIR_DOC.format(
            chair="Président de séance : M. Gérard VIGNON",
            presents="M. le Maire, Mme Anne BOIS, Mme Julie VIGNON, Mme Lise DE LA TOUR.",
        )
    )
    assert sorted(surnames(extract.present)) == ["bois", "de la tour", "vignon", "vignon"]


# -- a roll call printed as a PDF table, its cells run together by the text layer ----------------

TABLE_HEAD = """SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-VERDON
Comité syndical du 14 mai 2026 - extrait du registre des délibérations
Date de convocation : 6 mai 2026
"""
TABLE_TAIL = """Président de séance : M. Rémi FALCON
Secrétaire de séance : Mme Jeanne BARRAL
Délibération n° 2026-021 - Renouvellement des canalisations
Adopté à l'unanimité.
"""
TABLE_ROWS = [
    ("BARRAL", "Jeanne", "Castellane", "Présente"),
    ("CORNU", "Marc", "Saint-André-les-Alpes", "Présent"),
    ("DAUMAS", "Lise", "Thorame", "Pouvoir à M. Marc CORNU"),
    ("DE LA TOUR", "Paul-Henri", "Allons", "Présent"),
    ("ESTÈVE", "Paul", "Vergons", "Excusé"),
    ("FALCON", "Rémi", "Castellane", "Présent"),
    ("GIRY", "Anne", "La Mure", "Absente"),
    ("HUGO", "Léa", "Beauvezer", "Représentée par Mme Jeanne BARRAL"),
]


def table_pdf(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for line in TABLE_HEAD.translate(LATIN1).split("\n"):
        pdf.cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    with pdf.table() as table:
        for cells in [header, *rows]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    for line in TABLE_TAIL.translate(LATIN1).split("\n"):
        pdf.cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def check_table(extract: Extract) -> None:
    assert surnames(extract.present) == ["barral", "cornu", "de la tour", "falcon"]
    assert handed(extract.proxies) == [("daumas", "cornu"), ("hugo", "barral")]
    absent = surnames(extract.absent_excused) + surnames(extract.absent)
    assert sorted(absent) == ["daumas", "esteve", "giry", "hugo"]
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


@pytest.mark.parametrize(
    ("header", "order"),
    [
        (("Nom", "Prénom", "Commune", "Présence"), (0, 1, 2, 3)),
        (("NOM", "PRÉNOM", "COMMUNE", "STATUT"), (0, 1, 2, 3)),
        (("Commune", "Nom", "Prénom", "Présence"), (2, 0, 1, 3)),
        (("Prénom", "Nom", "Groupe", "Situation"), (1, 0, 2, 3)),
        (("Nom", "Prénom", "Présence"), (0, 1, 3)),
    ],
)
def test_a_roll_call_in_a_pdf_table(
    header: tuple[str, ...], order: tuple[int, ...], tmp_path: Path
) -> None:
    rows = [tuple(row[i] for i in order) for row in TABLE_ROWS]
    text = read_document_text(table_pdf(tmp_path / "extrait.pdf", header, rows))
    check_table(parse_extract(text))
    if len(header) == 3:  # flattened, a row is its name and its status, nothing between
        check_table(parse_extract(flattened(text)))


def test_a_table_of_another_kind_is_left_as_it_is(tmp_path: Path) -> None:
    """A table whose rows read as no name and status (an agenda: « N° Objet Rapporteur »)
    is left to the other readers."""
    rows = [("1", "Budget primitif", "M. Rémi FALCON"), ("2", "Tarifs", "Mme Jeanne BARRAL")]
    text = read_document_text(table_pdf(tmp_path / "odj.pdf", ("N°", "Objet", "Rapporteur"), rows))
    extract = parse_extract(text)
    assert extract.present == []
    assert extract.deliberation.number == "2026-021"


# -- votes told by names, a note in brackets after a name -------------------------------------

NAMED_VOTES = """COMMUNE DE BELLECOMBE
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS – CONSEIL MUNICIPAL DU 4 JUIN 2026
Présents : M. Jean ROCHE (Maire), Mme Ida VIAL, M. Luc MARTY, Mme Nina ROUX, M. Paul FAYE,
Mme Elsa GIRAUD, M. Hervé DUMAS
M. Luc TESSIER donne procuration à M. Luc MARTY
Secrétaire de séance : Mme Ida VIAL
DÉLIBÉRATION N° 2026-31 – VIDÉOPROTECTION
{vote}
La délibération est adoptée.
"""


@pytest.mark.parametrize(
    "vote",
    [
        "Ont voté pour : M. ROCHE, Mme VIAL, M. MARTY, M. TESSIER (par procuration), Mme ROUX\n"
        "Ont voté contre : M. FAYE (groupe Agir), Mme GIRAUD\nS'est abstenu : M. DUMAS",
        "Ont voté pour : ROCHE Jean, VIAL Ida, MARTY Luc (+ pouvoir), TESSIER Luc (pouvoir à"
        " M. MARTY) et ROUX Nina\nOnt voté contre : FAYE Paul, GIRAUD Elsa\nS'est abstenu :"
        " DUMAS Hervé",
    ],
)
def test_votes_by_name_with_notes_in_brackets(vote: str, shape: str) -> None:
    extract = read_as(NAMED_VOTES.format(vote=vote), shape)
    item = extract.items[0]
    record = item.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (5, 2, 1)
    assert surnames(item.against) == ["faye", "giraud"]
    assert surnames(item.abstaining) == ["dumas"]


# -- a surname in capitals cut at a line's end, after its particle or its hyphen -----------------

CUT_SURNAMES = """COMMUNE DE SAINT-ALBAN-DES-PRÉS
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 12 MARS 2026
Président de séance : M. Gérard DE LA
TOUR
Présents : M. Gérard DE LA TOUR, LE GALL-
MARTIN Yann, Mme Anne SAINT-
JUST, M. Paul VAN DER
BEKEN, Mme Ida DA
SILVA, M. Luc N'
DIAYE, Mme Rose MAC
LEOD.
Pouvoirs :
M. Jean DE LA
TOUR à Mme Anne SAINT-JUST
Mme Nora LE GALL-MARTIN à M. Paul VAN
DER BEKEN
Absents excusés : Mme Lise LE
BIHAN (pouvoir à M. Gérard DE
LA TOUR), M. Marc DE
SAINT-EXUPÉRY.
Secrétaire de séance : Mme Anne SAINT-
JUST
1. Budget primitif 2026
Adopté à l'unanimité.
2. Tarifs
Adopté à l'unanimité.
"""


def test_surnames_in_capitals_cut_after_a_particle_or_a_hyphen() -> None:
    extract = parse_extract(CUT_SURNAMES)
    assert surnames(extract.present) == [
        fold(name)
        for name in (
            "DE LA TOUR", "LE GALL-MARTIN", "SAINT-JUST", "VAN DER BEKEN", "DA SILVA",
            "N'DIAYE", "MAC LEOD",
        )
    ]  # fmt: skip
    assert [p.last_name for p in extract.present][5] == "N'DIAYE"
    assert handed(extract.proxies) == [
        ("de la tour", "saint just"),
        ("le bihan", "de la tour"),
        ("le gall martin", "van der beken"),
    ]
    assert surnames(extract.absent_excused) == ["le bihan", fold("DE SAINT-EXUPÉRY")]
    assert extract.president is not None
    assert extract.president.last_name == "DE LA TOUR"
    assert extract.secretary is not None
    assert extract.secretary.last_name == "SAINT-JUST"


def test_each_members_vote_in_a_pdf_table(tmp_path: Path) -> None:
    """« Nom | Prénom | Commune | Vote » then a row a member: the rows are who voted how."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    head = TABLE_HEAD + (
        "Présents : Mme Jeanne BARRAL, M. Marc CORNU, M. Paul-Henri DE LA TOUR, M. Rémi FALCON,"
        " M. Paul ESTÈVE\nDélibération n° 2026-022 - Tarifs de l'eau"
    )
    for line in head.translate(LATIN1).split("\n"):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    rows = [
        ("BARRAL", "Jeanne", "Castellane", "Pour"),
        ("CORNU", "Marc", "Saint-André-les-Alpes", "Pour"),
        ("DE LA TOUR", "Paul-Henri", "Allons", "Contre"),
        ("ESTÈVE", "Paul", "Vergons", "Abstention"),
        ("FALCON", "Rémi", "Castellane", "Pour"),
    ]
    with pdf.table() as table:
        for cells in [("Nom", "Prénom", "Commune", "Vote"), *rows]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.cell(0, 5, "La délibération est adoptée.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "votes.pdf"))
    extract = parse_extract(read_document_text(tmp_path / "votes.pdf"))
    item = extract.items[0]
    record = item.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (3, 1, 1)
    assert surnames(item.against) == ["de la tour"]
    assert surnames(item.abstaining) == ["esteve"]


# -- compound surnames without a particle: BEN SAÏD, COSTA E SILVA, EL HADJ, TRAN VAN -----------

COMPOUND_DOC = """COMMUNE DE PORT-AUBIN
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 9 AVRIL 2026
Sous la présidence de {chair}, Maire
Présents : {presents}
Pouvoirs : {proxies}
Secrétaire de séance : {secretary}
Délibération n° 2026-041 – Budget primitif 2026
Adopté à la majorité : Pour : 6 ; Contre : 1 ({against}) ; Abstention : 0.
Délibération n° 2026-042 – Tarifs
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    "names",
    [
        {
            "chair": "M. BEN SAÏD",
            "presents": "M. BEN SAÏD, Mme COSTA E SILVA, M. EL HADJ, M. TRAN VAN, Mme DUPONT.",
            "proxies": "M. NGUYEN à Mme COSTA E SILVA, Mme ROUX à M. EL HADJ.",
            "secretary": "M. TRAN VAN",
            "against": "M. EL HADJ",
        },
        {
            "chair": "M. Karim BEN SAÏD",
            "presents": "M. Karim BEN SAÏD, Mme Ana COSTA E SILVA, M. Nabil EL HADJ, M. Minh"
            " TRAN VAN, Mme Lise DUPONT.",
            "proxies": "M. Bao NGUYEN à Mme Ana COSTA E SILVA, Mme Rose ROUX à M. Nabil EL HADJ.",
            "secretary": "M. Minh TRAN VAN",
            "against": "M. Nabil EL HADJ",
        },
        {
            "chair": "M. Ben Saïd",
            "presents": "M. Ben Saïd, Mme Costa e Silva, M. El Hadj, M. Tran van, Mme Dupont.",
            "proxies": "M. Nguyen à Mme Costa e Silva, Mme Roux à M. El Hadj.",
            "secretary": "M. Tran van",
            "against": "M. El Hadj",
        },
    ],
    ids=["capitals", "first names", "title case"],
)
def test_compound_surnames_without_a_particle(names: dict[str, str], shape: str) -> None:
    extract = read_as(COMPOUND_DOC.format(**names), shape)
    # (title case without first names: « M. Ben Saïd », « M. El Hadj » are surnames whole, their
    # first word one that opens Arabic surnames, as « Le » opens « M. Le Gall »)
    present = ["ben said", "costa e silva", "el hadj", "tran van", "dupont"]
    assert surnames(extract.present) == present
    holders = [fold(p.holder.last_name) for p in extract.proxies]
    assert holders == [present[1], present[2]]
    assert extract.secretary is not None
    assert fold(extract.secretary.last_name) == "tran van"
    assert surnames(extract.items[0].against) == [present[2]]


@pytest.mark.parametrize(
    "vote",
    [
        "Ont voté pour (5) : M. ROCHE, Mme VIAL, M. MARTY et les pouvoirs qu'ils détiennent\n"
        "Ont voté contre (2) : M. FAYE, Mme GIRAUD\nSe sont abstenus (1) : M. DUMAS",
        "Mme Nina ROUX ne prend pas part au vote.\nIl est procédé au vote à main levée :\n"
        "Ont voté pour (5) : ROCHE Jean, VIAL Ida, MARTY Luc et les pouvoirs qu'ils détiennent\n"
        "Ont voté contre (2) : FAYE Paul, GIRAUD Elsa\nS'est abstenu (1) : DUMAS Hervé",
    ],
)
def test_a_roll_call_vote_with_its_figures_in_brackets(vote: str, shape: str) -> None:
    extract = read_as(NAMED_VOTES.format(vote=vote), shape)
    item = extract.items[0]
    record = item.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (5, 2, 1)
    assert record.unanimous is False
    assert surnames(item.against) == ["faye", "giraud"]
    assert surnames(item.abstaining) == ["dumas"]


@pytest.mark.parametrize(
    ("vote", "figures", "against", "abstaining"),
    [
        (
            "Votants 8 – Pour 5 – Contre 2 (FAYE Paul, GIRAUD Elsa) – Abstention 1 (DUMAS Hervé)",
            (5, 2, 1),
            ["faye", "giraud"],
            ["dumas"],
        ),
        ("POUR : 5 / CONTRE : 2 / ABST : 1", (5, 2, 1), [], []),
        ("Pour : 5 ; Contre : 2 ; Abst. : 1 (M. DUMAS)", (5, 2, 1), [], ["dumas"]),
        (
            "Pour : 5\nSe sont abstenus : M. Hervé DUMAS, Mme Elsa GIRAUD ADOPTÉ",
            (5, 0, 2),
            [],
            ["dumas", "giraud"],
        ),
    ],
)
def test_vote_figures_without_colons_and_names_before_the_outcome(
    vote: str, figures: tuple[int, int, int], against: list[str], abstaining: list[str], shape: str
) -> None:
    extract = read_as(NAMED_VOTES.format(vote=vote), shape)
    item = extract.items[0]
    record = item.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == figures
    assert surnames(item.against) == against
    assert surnames(item.abstaining) == abstaining


@pytest.mark.parametrize(
    "table",
    [
        "Mandant                          | Mandataire\n"
        "------------------------------------------------------------\n"
        "M. Hervé DUMAS                   | Mme Anne BOIS\n"
        "Mme Nina ROUX                    | M. Paul RIOU",
        "Mandant   Mandataire\nDUMAS Hervé   BOIS Anne\nROUX Nina   RIOU Paul",
        "| Mandant | Mandataire |\n|---|---|\n| M. Hervé DUMAS | Mme Anne BOIS |\n"
        "| Mme Nina ROUX | M. Paul RIOU |",
    ],
    ids=["bar between gaps", "gaps", "bars"],
)
def test_a_table_of_proxies_headed_mandant_mandataire(table: str) -> None:
    extract = parse_extract(PROXY_HEADING_DOC.format(heading="Pouvoirs :", proxies=table))
    assert handed(extract.proxies) == [("dumas", "bois"), ("roux", "riou")]
    assert extract.represented == []
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


# -- initials after a civility, a bulleted list over a page break, a cue with a dash ------------

INITIALS_DOC = """COMMUNAUTÉ URBAINE DES ÉTANGS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
SÉANCE DU CONSEIL COMMUNAUTAIRE DU 23 JUILLET 2026
Délibération n° 2026-118
Objet : Subvention au club nautique
Étaient présents :
- Mme H. SAINT-JUST
- Mme M. OLLIVIER
- M. M. LEFEBVRE

Communauté urbaine des Étangs - Conseil communautaire du 23/07/2026 - Page 1 / 2

- M. J. BRUNEAU
- Mme M.C. MÜLLER
- Mme É. LE COZ

{proxies}
Absents excusés : Mme A.S. LAMBERT, M. B. GAUTHIER.
Le Conseil communautaire, après en avoir délibéré, DÉCIDE d'attribuer la subvention.
Adopté à l'unanimité.
"""


def test_initials_a_page_break_in_a_bulleted_list_and_a_dashed_cue(shape: str) -> None:
    proxies = (
        "POUVOIRS - Mme M. LECLERC représentée par Mme M. OLLIVIER - M. G. CHÂTELAIN représenté"
        " par M. J. BRUNEAU"
    )
    extract = read_as(INITIALS_DOC.format(proxies=proxies), shape)
    expected = ["saint just", "ollivier", "lefebvre", "bruneau", "muller", "le coz"]
    assert surnames(extract.present) == expected
    assert handed(extract.proxies) == [("chatelain", "bruneau"), ("leclerc", "ollivier")]
    assert surnames(extract.absent_excused)[-2:] == ["lambert", "gauthier"]
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


@pytest.mark.parametrize(
    "roll_call",
    [
        "Présents : Mmes et MM. Mme Sylvie ARRAMBIDE, M. Jérôme PAYET, Mme Fatima\nBOUCHER.",
        "Présents : Mmes et MM.\nMme Sylvie ARRAMBIDE, M. Jérôme PAYET, Mme Fatima BOUCHER.",
        "Étaient présents : Mesdames et Messieurs Sylvie ARRAMBIDE, Jérôme PAYET, Fatima BOUCHER.",
    ],
)
def test_plural_civilities_heading_the_names_are_nobody(roll_call: str, shape: str) -> None:
    extract = read_as(TITLE_CASE_HEAD + roll_call + TITLE_CASE_TAIL, shape)
    # (and M. Bailly, who presides and holds a proxy, left out of the list: he sat)
    assert surnames(extract.present) == ["arrambide", "payet", "boucher", "bailly"]


def test_a_list_cut_after_a_civility_by_a_page_break_and_an_officers_cue_cut_by_a_line() -> None:
    text = (
        TITLE_CASE_HEAD + "Présents : M. Paul Bailly, Mme Lise Le Roux, M. Jean Vial.\n"
        "Procurations : Mme Noémie BRUNEAU -> M. Paul BAILLY, M.\n\n"
        "Communauté de communes du Val d'Orge - Conseil communautaire du 12/03/2026\n\n"
        "Yannick VAN DER BROEK -> M. Jean VIAL.\n"
        "Absents excusés : Mme Anne Roux, M. Marc Arnaud. Secrétaire de\n"
        "séance : M. Jean Vial Le quorum étant atteint, la séance est ouverte.\n"
        "DÉLIBÉRATION N° 2026-014 PLAN LOCAL D'URBANISME\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert handed(extract.proxies) == [("bruneau", "bailly"), ("van der broek", "vial")]
    assert surnames(extract.absent_excused) == ["roux", "arnaud"]
    assert extract.secretary is not None
    assert fold(extract.secretary.last_name) == "vial"
