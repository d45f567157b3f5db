"""Layouts a probe of invented documents (PDFs, word processors' files, web pages, text taken
out of PDFs) found read wrong: a roll call's legend of codes set off by a colon or by
parentheses (« P : présent ; E : excusé »), a bureau's coded numbers (« B26-022 Tarifs … »,
a two-figure year, the title after a space) with its items run on one line, the sitting's
date printed only in the pages' header or footer (« Séance du 12/03/2025 – page 2 »),
an invoice, a quote, an order or a bare agenda read as a sitting; look-alike punctuation
(« Présents： », « ﹕ », « ， ») and ligatures, a withdrawal from the vote wrapped across
lines (« Ne prend pas » / « part au vote »), a running header opening a flattened text, a
table's header cell wrapped over two lines (« Absent » / « excusé ») and a table of acts whose
figures come before a column of outcomes (« Pour  Contre  Abst.  Décision »)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storage.documents import DocumentError, Extract
from storage.importer import parse_text
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import minutes_pdf
from tests.test_document_families_d26 import proxies, surnames

TOP = (
    "Syndicat intercommunal des eaux du Furan\n"
    "Comité syndical du jeudi 9 octobre 2025\n"
    "sous la présidence de M. Paul ASSAD\n"
)
VOTED = "\nDélibération n° 2025-113 : Adhésion au groupement de commandes\nAdopté à l'unanimité.\n"


def items_read(extract: Extract) -> list[tuple[str | None, str | None, str | None]]:
    """Each item's number, title and outcome."""
    return [
        (i.deliberation.number, i.deliberation.title, i.deliberation.outcome)
        for i in extract.items
    ]


# -- A. a legend of codes set off by a colon or parentheses ------------------------------------

CODED = [
    ("M. Paul ASSAD", "P", ""),
    ("Mme Léa MOUTON", "P", ""),
    ("M. Tom RUIZ", "E", ""),
    ("Mme Ana PIC", "P", ""),
    ("M. Marc DURAND", "E", "Mme Léa MOUTON"),
]
COLON_LEGENDS = [
    "P : présent ; E : excusé ; A : absent\n",
    "Légende : P : Présent, E : Excusé, A : Absent\n",
    "(P) présent – (E) excusé – (A) absent\n",
    "P : présent(e) / E : excusé(e) / Pv : pouvoir donné\n",
]


@pytest.mark.parametrize("legend", COLON_LEGENDS)
def test_a_legend_set_off_by_colons_names_no_one(legend: str) -> None:
    """Under a table printed without borders (cells set apart by spaces), the legend « P :
    présent ; E : excusé » read as the last row's list: its proxy was lost."""
    table = "Délégué                          Présence       Pouvoir donné à\n" + "\n\n".join(
        f"{name:<33}{code}" + (f"              {holder}" if holder else "")
        for name, code, holder in CODED
    )
    extract = parse_extract(TOP + table + "\n" + legend + VOTED)
    assert surnames(extract.present) == ["ASSAD", "MOUTON", "PIC"]
    assert proxies(extract) == [("DURAND", "MOUTON")]
    assert surnames(extract.absent_excused) == ["DURAND", "RUIZ"]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


def test_a_cue_list_with_colons_is_no_legend() -> None:
    """« Présents : … ; Excusés : … » names people: it is read, never blanked."""
    text = TOP + "Présents : M. Paul ASSAD, Mme Ana PIC ; Excusé : M. Tom RUIZ\n" + VOTED
    extract = parse_extract(text)
    assert surnames(extract.present) == ["ASSAD", "PIC"]
    assert surnames(extract.absent_excused) == ["RUIZ"]


# -- B. a bureau's coded numbers, each title after a space, the items run on -------------------

BUREAU = (
    "BUREAU COMMUNAUTAIRE DU 10 FÉVRIER 2026\n"
    "Présents : M. Paul ASSAD, Mme Léa MOUTON, M. Tom RUIZ, Mme Ana PIC\n"
    "Secrétaire de séance : Mme Ana PIC\n"
)
CODES = [("B26-022", "B26-023", "B26-024"), ("CR-25-014", "CR-25-015", "CR-25-016"),
         ("DB26_101", "DB26_102", "DB26_103")]  # fmt: skip
OUTCOMES = [
    ("Adopté à l'unanimité.", "Pour : 3 - Contre : 1 - Abstentions : 0 Adopté à la majorité.",
     "ADOPTÉ À L'UNANIMITÉ"),
    ("La délibération est adoptée.", "Adopté par 3 voix pour et 1 contre.",
     "Adopté à l'unanimité"),
]  # fmt: skip
TITLES = ["Tarifs de la restauration scolaire", "Modification du tableau des effectifs",
          "Acquisition d'une parcelle au lieu-dit Les Granges"]  # fmt: skip


@pytest.mark.parametrize("on_one_line", [True, False])
@pytest.mark.parametrize("outcomes", OUTCOMES)
@pytest.mark.parametrize("codes", CODES)
def test_coded_items_run_on_one_line(codes: tuple, outcomes: tuple, on_one_line: bool) -> None:  # type: ignore[type-arg]
    """« B26-022 Tarifs … Adopté à l'unanimité. B26-023 Modification … »: each coded number
    (capitals, a two-figure year, the act's figures) opens its item, its title after a space;
    the items were all lost, their votes fell on one nameless act."""
    items = " ".join(
        f"{code} {title} {outcome}"
        for code, title, outcome in zip(codes, TITLES, outcomes, strict=True)
    )
    text = BUREAU + items if on_one_line else " ".join((BUREAU + items).split())
    extract = parse_extract(text)
    read = items_read(extract)
    assert read == [(code, title, "adopted") for code, title in zip(codes, TITLES, strict=True)]
    assert extract.items[1].deliberation.votes_for == 3
    assert extract.items[1].deliberation.votes_against == 1
    assert extract.secretary is not None
    assert extract.secretary.last_name == "PIC"


def test_coded_numbers_each_on_its_line() -> None:
    text = BUREAU + "".join(
        f"{code} {title}\nAdopté à l'unanimité.\n"
        for code, title in zip(CODES[0], TITLES, strict=True)
    )
    assert [i.deliberation.number for i in parse_extract(text).items] == list(CODES[0])


def test_a_coded_reference_in_a_sentence_opens_no_item() -> None:
    """« vu la délibération B25-014 du … » is a reference, never a heading."""
    text = BUREAU + (
        "B26-022 Tarifs de la restauration scolaire\nVu la délibération B25-014 Tarifs 2025 "
        "du bureau, le bureau adopte les tarifs.\nAdopté à l'unanimité.\n"
    )
    assert [i.deliberation.number for i in parse_extract(text).items] == ["B26-022"]


# -- C. the sitting's date only in the pages' header or footer --------------------------------

UNDATED = (
    "COMMUNE DE SAINT-GENEST-MALIFAUX\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\n"
    "Sous la présidence de M. Paul ASSAD, Maire.\n"
    "Présents : M. Paul ASSAD, Mme Léa MOUTON, M. Tom RUIZ, Mme Ana PIC\n"
    "Secrétaire de séance : Mme Ana PIC\n"
)
FIRST = "\nDélibération n° 2025-065 : Tarifs de la restauration scolaire\nAdopté à l'unanimité.\n"
SECOND = (
    "\nDélibération n° 2025-066 : Convention avec l'office de tourisme\nAdopté à l'unanimité.\n"
)
FOOTERS = [
    ("Conseil municipal – Séance du 12/03/2025 – page {}", date(2025, 3, 12)),
    ("Procès-verbal de la séance du 12 mars 2025 - Page {} sur 2", date(2025, 3, 12)),
    ("CM du 6 mars 2025 – {}/2", date(2025, 3, 6)),
    ("Commune de Marlhes - Conseil municipal du 06/03/2025", date(2025, 3, 6)),
]


@pytest.mark.parametrize(("footer", "day"), FOOTERS)
def test_the_date_in_the_pages_footer_dates_the_sitting(footer: str, day: date) -> None:
    """The heading prints no date; each page's footer, under the page's items, names the
    sitting: its date is the sitting's (it was read as none), and the evidence shows the
    footer's line."""
    text = UNDATED + FIRST + footer.format(1) + "\n" + SECOND + footer.format(2) + "\n"
    extract = parse_extract(text)
    assert extract.sitting_date == day
    assert extract.evidence["sitting_date"]["line"] == 9
    assert not [f for f in extract.findings if f.params.get("field") == "sitting_date"]


@pytest.mark.parametrize(("footer", "day"), FOOTERS[:2])
def test_the_date_in_a_pdf_footer(footer: str, day: date, tmp_path: Path) -> None:
    pdf = minutes_pdf(footer.replace("–", "-"))
    for page in (UNDATED + FIRST, SECOND):
        pdf.add_page()
        for line in page.splitlines():
            pdf.cell(0, 5, line.replace("’", "'"))
            pdf.ln(5)
    path = tmp_path / "pv.pdf"
    pdf.output(str(path))
    assert parse_extract(read_document_text(path)).sitting_date == day


TRAP_FOOTERS = [
    "Imprimé le 14/03/2025 – page {}",
    "Procès-verbal approuvé le 10/04/2025 – page {}",
    "Reçu en préfecture le 14/03/2025 – Page {}",
]


@pytest.mark.parametrize("footer", TRAP_FOOTERS)
def test_a_footer_dating_something_else_dates_no_sitting(footer: str) -> None:
    text = UNDATED + FIRST + footer.format(1) + "\n" + SECOND + footer.format(2) + "\n"
    extract = parse_extract(text)
    assert extract.sitting_date is None
    assert [f for f in extract.findings if f.params.get("field") == "sitting_date"]


def test_the_heading_date_wins_over_the_footer() -> None:
    text = (
        "Conseil municipal du 12 mars 2025\n"
        + UNDATED
        + FIRST
        + "Conseil municipal – Séance du 19/03/2025 – page 1\n"
        + SECOND
    )
    assert parse_extract(text).sitting_date == date(2025, 3, 12)


# -- D. a supplier's paper or an agenda alone: no council's sitting ---------------------------

OTHER_PAPERS = [
    "FACTURE N° 2025-0412\nSARL Transports Peyron – 12 rue de la Gare\nClient : Mairie de "
    "Rochetaillée\nDate : 12/03/2025\nMontant HT : 1 250,00 €\nTotal TTC : 1 500,00 €\n",
    "DEVIS n° D-2025-118\nEntreprise Bâtiment Forez\nÀ l'attention de la Commune de Planfoy\n"
    "Date : 04/02/2025\nRéfection de la toiture de la salle des fêtes\nTotal HT : 18 400,00 €\n",
    "BON DE COMMANDE N° BC2025-044\nCommune de Jonzieux – Service technique\nDate : 14/03/2025\n"
    "Fournisseur : Quincaillerie du Pilat\nMontant TTC : 340,00 €\n",
    "COMMUNE DE TARENTAISE\nORDRE DU JOUR DU CONSEIL MUNICIPAL DU 12 MARS 2025\n"
    "1. Approbation du procès-verbal de la séance du 6 février 2025\n2. Budget primitif 2025\n"
    "3. Tarifs de la cantine\n4. Questions diverses\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("paper", OTHER_PAPERS)
def test_a_paper_of_another_kind_is_refused(paper: str, shape: str) -> None:
    """An invoice, a quote, an order or a bare agenda prints a number and a date: it was read
    as a sitting of one deliberation; it is refused with the reason a secretariat reads."""
    text = paper if shape == "line-broken" else " ".join(paper.split())
    with pytest.raises(DocumentError) as refused:
        parse_text(text, Path("document.txt"))
    assert refused.value.code == "not_a_document"


def test_minutes_opening_on_their_agenda_are_read() -> None:
    """« ORDRE DU JOUR » above a sitting held (its presents, its votes) stays minutes."""
    text = (
        "ORDRE DU JOUR\n1. Budget primitif 2025\n2. Tarifs de la cantine\n"
        "Conseil municipal du 12 mars 2025\nÉtaient présents : M. Paul ASSAD, Mme Ana PIC.\n"
        "Délibération n° 2025-011 : Budget primitif 2025\nAdopté à l'unanimité.\n"
    )
    extract = parse_text(text, Path("pv.txt"))
    assert isinstance(extract, Extract)
    assert extract.sitting_date == date(2025, 3, 12)


def test_a_deliberation_approving_a_quote_is_read() -> None:
    text = (
        "Conseil municipal du 12 mars 2025\nPrésents : M. Paul ASSAD, Mme Ana PIC\n"
        "Délibération n° 2025-012 : Devis de réfection de la toiture\n"
        "Le conseil approuve le devis de 18 400 € HT.\nAdopté à l'unanimité.\n"
    )
    extract = parse_text(text, Path("extrait.txt"))
    assert isinstance(extract, Extract)
    assert [i.deliberation.number for i in extract.items] == ["2025-012"]


# -- E. look-alike punctuation and ligatures ---------------------------------------------------

SITTING = "Conseil municipal du 12 mars 2025\nSous la présidence de M. Paul ASSAD, Maire\n"
COLONS = ["：", "꞉", "﹕", "∶", "ː", " ：", "︓"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("colon", COLONS)
def test_a_look_alike_colon_still_ends_its_cue(colon: str, shape: str) -> None:
    """« Présents： M. X » (a full-width colon, a modifier letter, a ratio sign…): every list was
    read empty."""
    text = (
        SITTING
        + f"Présents{colon} M. Paul ASSAD, Mme Léa MOUTON, M. Tom RUIZ\n"
        + f"Excusés{colon} Mme Ana PIC (pouvoir à M. Tom RUIZ), M. Marc DURAND\n"
        + f"Secrétaire de séance{colon} Mme Léa MOUTON\n"
        + VOTED
    )
    extract = parse_extract(text if shape == "line-broken" else " ".join(text.split()))
    assert surnames(extract.present) == ["ASSAD", "MOUTON", "RUIZ"]
    assert proxies(extract) == [("PIC", "RUIZ")]
    assert surnames(extract.absent_excused) == ["DURAND", "PIC"]
    assert extract.secretary is not None
    assert extract.secretary.last_name == "MOUTON"


def test_look_alike_commas_parentheses_and_dashes() -> None:
    """« M. Paul ASSAD， Mme Léa MOUTON », « （pouvoir à …）», « D−2025−014 »: the list's
    separators, a proxy's brackets and an act's number written with look-alikes."""
    text = (
        SITTING
        + "Présents : M. Paul ASSAD， Mme Léa MOUTON、M. Tom RUIZ\n"
        + "Excusés : Mme Ana PIC （pouvoir à M. Tom RUIZ）\n"
        + "\nDélibération n° D−2025−014 : Budget primitif\nAdopté à l'unanimité．\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["ASSAD", "MOUTON", "RUIZ"]
    assert proxies(extract) == [("PIC", "RUIZ")]
    assert [i.deliberation.number for i in extract.items] == ["D-2025-014"]


def test_a_ligature_inside_a_cue_and_a_name() -> None:
    text = (
        SITTING
        + "Présents : M. Paul ASSAD, Mme Léa Duﬂot, M. Tom RUIZ\n"
        + "Secrétaire de séance : M. Tom RUIZ\n"
        + "\nDélibération n° 2025-011 : Aﬀectation des résultats ﬁnanciers\n"
        + "Adopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["ASSAD", "Duflot", "RUIZ"]
    assert extract.items[0].deliberation.title == "Affectation des résultats financiers"


# -- F. a withdrawal from the vote wrapped across lines ----------------------------------------

WITHDRAWN = [
    ("M. Tom RUIZ ne prend pas\npart au vote.", ["RUIZ"]),
    ("Ne prend pas\npart au vote : M. Tom RUIZ", ["RUIZ"]),
    ("M. Tom RUIZ ne prend\npas part au vote.", ["RUIZ"]),
    ("M. Tom RUIZ, intéressé, ne\nprend pas part au vote.", ["RUIZ"]),
    ("Ne prennent pas part\nau vote : M. Tom RUIZ et Mme Léa MOUTON", ["MOUTON", "RUIZ"]),
    ("Ne prend pas part au\nvote : M. Tom RUIZ", ["RUIZ"]),
    ("M. Tom RUIZ n'a pas\npris part au vote.", ["RUIZ"]),
    ("M. Tom RUIZ ne participe\npas au vote.", ["RUIZ"]),
]
PRESENT_FIVE = (
    SITTING
    + "Présents : M. Paul ASSAD, Mme Léa MOUTON, M. Tom RUIZ, Mme Ana PIC, M. Marc DURAND\n"
    + "Secrétaire de séance : Mme Ana PIC\n"
)


@pytest.mark.parametrize(("said", "who"), WITHDRAWN)
def test_a_withdrawal_wrapped_across_lines(said: str, who: list[str]) -> None:
    """« Ne prend pas / part au vote », cut at a fixed width as a PDF's text is: the member
    withdrawn from that item's vote was lost (read only when the sentence stood on one line)."""
    text = (
        PRESENT_FIVE
        + "\nDélibération n° 2025-011 : Budget primitif\n"
        + said
        + "\nAdopté à l'unanimité.\n"
        + "\nDélibération n° 2025-012 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert [surnames(item.not_voting) for item in extract.items] == [who, []]


def test_a_withdrawal_and_a_wrapped_one_are_read_once_each() -> None:
    """A withdrawal on one line, then another wrapped under it: each member once."""
    text = (
        PRESENT_FIVE
        + "\nDélibération n° 2025-011 : Budget primitif\nM. Tom RUIZ ne prend pas part au vote.\n"
        + "Mme Léa MOUTON ne prend pas\npart au vote.\nAdopté à l'unanimité.\n"
        + "\nDélibération n° 2025-012 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert [surnames(item.not_voting) for item in extract.items] == [["MOUTON", "RUIZ"], []]


# -- G. a running header that opens a flattened text ------------------------------------------

RUNNING = [
    "Département de la Loire - Commission permanente du 12 mars 2025 - {}/3",
    "Commune de Vaux – Conseil municipal du 12/03/2025 – {}/3",
    "Région Centre - Commission permanente - {}/3",
]


@pytest.mark.parametrize("header", RUNNING)
def test_a_running_header_opening_the_text_goes_whole(header: str) -> None:
    """The header printed at each page's top, the first at the text's start: in a flattened
    text its first word stayed behind each time (« … l'unanimité. Département CP-2025-002 … »),
    and the item after it was lost."""
    text = (
        f"{header.format(1)}\nCOMMISSION PERMANENTE\nSéance du 12 mars 2025\n"
        "Présidence : M. Paul ASSAD\nPrésents : M. Paul ASSAD, Mme Léa MOUTON, M. Tom RUIZ,\n"
        f"{header.format(2)}\nMme Ana PIC, M. Marc DURAND\n"
        "CP-2025-001 – Aide aux communes\nAdopté à l'unanimité.\n"
        f"{header.format(3)}\nCP-2025-002 – Routes départementales\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(" ".join(text.split()))
    assert surnames(extract.present) == ["ASSAD", "DURAND", "MOUTON", "PIC", "RUIZ"]
    read = [(i.deliberation.number, i.deliberation.title) for i in extract.items]
    assert read == [
        ("CP-2025-001", "Aide aux communes"),
        ("CP-2025-002", "Routes départementales"),
    ]


# -- H. a table's header with a cell wrapped over two lines ------------------------------------

ROWS = [
    ("MOURIER", "Serge", 0, ""),
    ("FRANÇON", "Nathalie", 0, ""),
    ("LE GOFF", "Patrick", 0, ""),
    ("THIOLLIER", "Maryse", 1, ""),
    ("CROZET", "Céline", 1, "Serge MOURIER"),
]


COLUMNS = (0, 25, 46, 61, 79)  # Nom, Prénom, Présent, Absent excusé, Pouvoir à


def _placed(cells: dict[int, str]) -> str:
    """A line with each cell at its column's place, as a PDF's text with its layout gives it."""
    line = ""
    for column, cell in sorted(cells.items()):
        line = line.ljust(COLUMNS[column]) + cell
    return line


def _layout_table(top: dict[int, str], middle: dict[int, str], bottom: dict[int, str]) -> str:
    rows = "\n\n".join(
        _placed({0: name, 1: first, 3 if away else 2: "X"} | ({4: holder} if holder else {}))
        for name, first, away, holder in ROWS
    )
    return f"{_placed(top)}\n{_placed(middle)}\n{_placed(bottom)}\n\n{rows}\n"


HEADERS = [
    # « Absent » over the header's line, « excusé » under it, in the gap between two columns
    ({3: "Absent"}, {0: "Nom", 1: "Prénom", 2: "Présent", 4: "Pouvoir à"}, {3: "excusé"}),
    # « Absent » on the header's line, « excusé » under it; « Pouvoir » / « donné à »
    (
        {},
        {0: "Nom", 1: "Prénom", 2: "Présent", 3: "Absent", 4: "Pouvoir"},
        {3: "excusé", 4: "donné à"},
    ),
    ({2: "Présent", 3: "Absent"}, {0: "Nom", 1: "Prénom", 4: "Pouvoir à"}, {3: "excusé"}),
]


@pytest.mark.parametrize(("top", "middle", "bottom"), HEADERS)
def test_a_header_cell_wrapped_over_two_lines(
    top: dict[int, str], middle: dict[int, str], bottom: dict[int, str]
) -> None:
    """« Absent excusé » printed over two lines in its header cell (the line above or under the
    header's): that column was unknown, its marks were read as no one's, and the roll call came
    out empty."""
    text = (
        "Conseil municipal de Saint-Romain-les-Atheux\nSéance du mardi 25 février 2025\n"
        + _layout_table(top, middle, bottom)
        + "Secrétaire de séance : M. Patrick LE GOFF\n"
        + "Délibération n° 2025-084 : Tarifs de l'eau\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["FRANÇON", "LE GOFF", "MOURIER"]
    assert proxies(extract) == [("CROZET", "MOURIER")]
    assert surnames(extract.absent_excused) == ["CROZET", "THIOLLIER"]


def test_a_wrapped_header_in_a_pdf(tmp_path: Path) -> None:
    pdf = minutes_pdf("Page {}")
    pdf.add_page()
    pdf.cell(0, 5, "Conseil municipal - Séance du mardi 25 février 2025")
    pdf.ln(8)
    with pdf.table(col_widths=(30, 25, 18, 14, 45)) as table:  # « Absent excusé » wraps
        row = table.row()
        for cell in ("Nom", "Prénom", "Présent", "Absent excusé", "Pouvoir à"):
            row.cell(cell)
        for name, first, away, holder in ROWS:
            row = table.row()
            for cell in (name, first, "" if away else "X", "X" if away else "", holder):
                row.cell(cell)
    pdf.ln(4)
    pdf.cell(0, 5, "Délibération n° 2025-084 : Tarifs de l'eau - Adopté à l'unanimité.")
    path = tmp_path / "pv.pdf"
    pdf.output(str(path))
    extract = parse_extract(read_document_text(path))
    assert surnames(extract.present) == ["FRANÇON", "LE GOFF", "MOURIER"]
    assert proxies(extract) == [("CROZET", "MOURIER")]


# -- I. a table of acts whose figures come before the outcome's column -------------------------

ACT_TABLES = [
    "N°  Objet  Pour  Contre  Abst.  Décision\n"
    "2025-031  Tarifs de la restauration scolaire  12  0  0  Adoptée\n"
    "2025-032  Convention de mise à disposition  10  2  0  Adoptée\n",
    "N°  Objet  Pour  Contre  Abstentions  Résultat du vote\n"
    "2025-031  Tarifs de la restauration scolaire  12  0  0  Adopté\n"
    "2025-032  Convention de mise à disposition  10  2  0  Adopté à la majorité\n",
    "N°  Objet  Pour  Contre  Abstention  Vote\n"
    "2025-031  Tarifs de la restauration scolaire  12  0  0  Unanimité\n"
    "2025-032  Convention de mise à disposition  10  2  0  À la majorité\n",
]


@pytest.mark.parametrize("table", ACT_TABLES)
def test_figures_before_the_outcome_column(table: str) -> None:
    """« N°  Objet  Pour  Contre  Abst.  Décision »: the figures were read as the title's words
    (and the first row lost) when a column of outcomes followed them."""
    text = SITTING + "Présents : M. Paul ASSAD, Mme Ana PIC, M. Tom RUIZ\n" + table
    read = [
        (
            i.deliberation.number,
            i.deliberation.title,
            i.deliberation.outcome,
            i.deliberation.votes_for,
            i.deliberation.votes_against,
        )
        for i in parse_extract(text).items
    ]
    assert read == [
        ("2025-031", "Tarifs de la restauration scolaire", "adopted", 12, 0),
        ("2025-032", "Convention de mise à disposition", "adopted", 10, 2),
    ]


# -- J. a list of one name a line cut by a page's footer and the next page's header ------------

LISTED = [
    f"{civility} {last} {first}"
    for civility, last, first in [
        ("Mme", "FABRE", "Lucie"),
        ("M.", "GARCIA", "Tom"),
        ("Mme", "HENRY", "Paule"),
        ("M.", "IBERT", "Rémi"),
        ("Mme", "JOLY", "Marie"),
        ("M.", "KLEIN", "Anatole"),
        ("Mme", "LAMBERT", "Lucie"),
        ("M.", "MOREL", "Léon"),
    ]
]
PAGE_FOOTERS = [
    "Commune de Ravel – Conseil municipal du 02/02/2024 – Page {} / 3",
    "Ville de Ravel - PV du conseil municipal du 2 février 2024 - page {} sur 3",
    "CM du 02/02/2024 – {}/3",
]


@pytest.mark.parametrize("cut", [2, 5])
@pytest.mark.parametrize("footer", PAGE_FOOTERS)
def test_a_list_a_name_a_line_goes_on_past_a_page_break(footer: str, cut: int) -> None:
    """« Mme FABRE Lucie » / « M. GARCIA Tom » / footer « … – Page 1 / 3 » / « ▪ COMMUNE DE
    RAVEL » / « Mme HENRY Paule » …: the list stopped at the footer, every name after the page
    break was lost."""
    head = (
        "▪ COMMUNE DE RAVEL\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du 2 février 2024\n"
        "Sous la présidence de Mme Lucie FABRE, Maire\nPrésents :\n"
    )
    text = (
        head
        + "\n".join(LISTED[:cut])
        + f"\n{footer.format(1)}\n\n▪ COMMUNE DE RAVEL\n"
        + "\n".join(LISTED[cut:])
        + "\nSecrétaire de séance : M. Tom GARCIA\n"
        + "\nDélibération n° 2024-001 : Budget primitif\nAdopté à l'unanimité.\n"
        + f"{footer.format(2)}\n\n▪ COMMUNE DE RAVEL\n"
        + "Délibération n° 2024-002 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
        + f"{footer.format(3)}\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == sorted(name.split()[1] for name in LISTED)
    assert [i.deliberation.number for i in extract.items] == ["2024-001", "2024-002"]


# -- K. a relevé's rows with bars, each opening on the act's word ------------------------------

BARRED_ROWS = [
    "Rapport CP.2031.02-05 | Garantie d'emprunt à Habitat Sud | ADOPTÉ à l'unanimité (18 voix)\n"
    "Rapport CP.2031.02-06 | Rapport d'activité 2030 | PRIS ACTE\n",
    "Délibération n° CP.2031.02-05 | Garantie d'emprunt à Habitat Sud | Adoptée à l'unanimité\n"
    "Délibération n° CP.2031.02-06 | Rapport d'activité 2030 | Prend acte\n",
    "Décision CP.2031.02-05 | Garantie d'emprunt à Habitat Sud | ADOPTÉ à l'unanimité |\n"
    "Décision CP.2031.02-06 | Rapport d'activité 2030 | PRIS ACTE |\n",
]


@pytest.mark.parametrize("rows", BARRED_ROWS)
def test_barred_rows_opening_on_the_acts_word(rows: str) -> None:
    """« Rapport CP.2031.02-05 | Objet | ADOPTÉ à l'unanimité »: without a bar before the act's
    word the row was read as one title, bars and outcome in it, and no outcome."""
    text = (
        "Commission permanente du 12 mars 2031\n"
        "Présents : M. Paul ASSAD, Mme Ana PIC, M. Tom RUIZ\n" + rows
    )
    read = items_read(parse_extract(text))
    assert read == [
        ("CP.2031.02-05", "Garantie d'emprunt à Habitat Sud", "adopted"),
        ("CP.2031.02-06", "Rapport d'activité 2030", "noted"),
    ]


WRAPPED_VOTE_ROWS = [
    "| Pour | Contre | Abstention | | 17 |\n1 | 0 | Adopté.\n",
    "| Pour | Contre | Abstention |\n| 17 |\n1 | 0 |\nAdopté.\n",
    "| Pour | Contre | Abstentions | Résultat |\n| 17 | 1 |\n0 | Adopté |\n",
]


@pytest.mark.parametrize("table", WRAPPED_VOTE_ROWS)
def test_a_barred_vote_row_wrapped_by_the_export(table: str) -> None:
    """« | Pour | Contre | Abstention | | 17 | » / « 1 | 0 | Adopté. »: the row's end went to a
    line without its opening bar, and the three figures were lost without a word."""
    text = (
        SITTING
        + "Présents : M. Paul ASSAD, Mme Ana PIC, M. Tom RUIZ\n"
        + "\nDélibération n° 2025-011 : Budget primitif\nLe conseil approuve.\n"
        + table
    )
    record = parse_extract(text).items[0].deliberation
    assert (record.outcome, record.votes_for, record.votes_against, record.abstentions) == (
        "adopted",
        17,
        1,
        0,
    )


# -- L. the outcome's label run on after the title in a flattened text -------------------------

LABELLED = [
    "DÉCISION : adoptée à l'unanimité des membres présents et représentés.",
    "Décision : Adopté à l'unanimité.",
    "DÉCISION : approuvée.",
]


@pytest.mark.parametrize("said", LABELLED)
def test_the_outcomes_label_after_a_title_flattened(said: str) -> None:
    """« … Tarifs de la piscine DÉCISION : adoptée à l'unanimité » (a web page's relevé, its
    lines lost): the label stayed in the title."""
    text = (
        "Relevé des décisions du bureau du 12 mars 2025\n"
        "Présents : M. Paul ASSAD, Mme Ana PIC, M. Tom RUIZ\n"
        f"Décision n° B2025-011 : Tarifs de la piscine\n{said}\n"
        f"Décision n° B2025-012 : Convention avec le club de judo\n{said}\n"
    )
    read = items_read(parse_extract(" ".join(text.split())))
    assert read == [
        ("B2025-011", "Tarifs de la piscine", "adopted"),
        ("B2025-012", "Convention avec le club de judo", "adopted"),
    ]


MORE_LISTED = [
    f"{civility} {last} {first}"
    for civility, last, first in [
        ("M.", "NOEL", "Guy"),
        ("Mme", "OLIVIER", "Eve"),
        ("M.", "PERRIN", "Luc"),
        ("Mme", "QUENTIN", "Rose"),
        ("M.", "ROUSSEL", "Paul"),
        ("Mme", "SIMON", "Léa"),
        ("M.", "TESSIER", "Marc"),
        ("Mme", "URBAIN", "Ana"),
    ]
]


@pytest.mark.parametrize("town", ["RAVEL", "SAINT-JUST-EN-BAS"])
def test_the_next_pages_header_goes_with_a_flattened_footer(town: str) -> None:
    """« …, M. MOREL Léon, Commune de Ravel – Conseil municipal du 02/02/2024 – Page 1 / 3 ▪
    COMMUNE DE RAVEL M. NOEL Guy, … »: the footer went, the next page's header stayed and was
    read as a member called « COMMUNE DE RAVEL »."""
    name = town.title()
    footer = f"Commune de {name} – Conseil municipal du 02/02/2024 – Page {{}} / 3"
    people = LISTED + MORE_LISTED
    text = (
        f"▪ COMMUNE DE {town}\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du 2 février 2024\n"
        "Sous la présidence de Mme Lucie FABRE, Maire\nPrésents : "
        + ", ".join(people[:12])
        + f",\n{footer.format(1)}\n\n▪ COMMUNE DE {town}\n"
        + ", ".join(people[12:])
        + ".\nSecrétaire de séance : M. Tom GARCIA\n"
        + "\nDélibération n° 2024-001 : Budget primitif\nAdopté à l'unanimité.\n"
        + f"{footer.format(2)}\n\n▪ COMMUNE DE {town}\n"
        + "Délibération n° 2024-002 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
        + f"{footer.format(3)}\n"
    )
    extract = parse_extract(" ".join(text.split()))
    assert surnames(extract.present) == sorted(person.split()[1] for person in people)


# -- M. a word cut at a line's end before a civility -------------------------------------------

CUT_CHAIRS = [
    ("Sous la prési-\ndence de M. Serge BRUNEL, Maire.", "BRUNEL"),
    ("sous la prési-\ndence de Mme Ana PIC, Maire. La séance est ouverte à 20 h.", "PIC"),
    ("Le conseil s'est réuni sous la pré-\nsidence de M. Serge BRUNEL, Maire.", "BRUNEL"),
]


@pytest.mark.parametrize(("said", "chair"), CUT_CHAIRS)
def test_a_cut_word_joined_past_a_civility(said: str, chair: str) -> None:
    """« prési- » / « dence de M. Serge BRUNEL »: the cut word was joined up to « M. », taken
    for a sentence's end, and the chair read as « M »."""
    text = (
        "Conseil municipal du 12 mars 2025\n"
        + said
        + "\nPrésents : M. Serge BRUNEL, M. Tom RUIZ, Mme Ana PIC\n"
        + VOTED
    )
    extract = parse_extract(text)
    assert extract.president is not None
    assert extract.president.last_name == chair


CENTRED_LATER = [
    "N°  Objet  Pour  Contre  Abst.  Décision\n"
    "2025-031  Tarifs de la restauration scolaire  12  0  0  Adoptée\n"
    "Convention de mise à disposition d'un\n2025-032  10  2  0  Adoptée\nagent\n",
    "N°  Objet  Décision\n2025-031  Tarifs de la restauration scolaire  Adoptée\n"
    "Convention de mise à disposition d'un\n2025-032  Adoptée\nagent\n",
]


@pytest.mark.parametrize("table", CENTRED_LATER)
def test_a_title_wrapped_around_a_later_rows_number(table: str) -> None:
    """The first row on one line, a later one's title wrapped above and below its number (its
    cells set in the middle of the row's height): that title's first line went to the row
    above."""
    text = SITTING + "Présents : M. Paul ASSAD, Mme Ana PIC, M. Tom RUIZ\n" + table
    assert items_read(parse_extract(text)) == [
        ("2025-031", "Tarifs de la restauration scolaire", "adopted"),
        ("2025-032", "Convention de mise à disposition d'un agent", "adopted"),
    ]


def test_the_vote_after_a_wrapped_withdrawal_names_no_one() -> None:
    """« Ne prend pas » / « part au vote : Mme Irène COLAS (intéressée) Résultat du vote : 3
    pour »: the member withdrawn is « Irène COLAS », the vote on her line no part of her name."""
    text = (
        PRESENT_FIVE
        + "\nDélibération n° 2025-011 : Avenant au marché de nettoyage Ne prend pas\n"
        + "part au vote : Mme Léa MOUTON (intéressée) Résultat du vote : 4 pour,\n"
        + "0 contre, 0 abstention\n"
    )
    withdrawn = parse_extract(text).items[0].not_voting
    assert [(p.last_name, p.first_name) for p in withdrawn] == [("MOUTON", "Léa")]
