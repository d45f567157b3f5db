"""Layouts a probe of invented documents found read wrong. A web page whose words carry inline
markup (« Pré<span lang="FR">sents</span> », a link around a name, Word's « <o:p></o:p> »): each
tag cut the line there, the roll call lost or the file refused. A PDF converted to a web page,
each word (or each line) a block placed by its coordinates: every word was a line of its own and
the file was refused. Every document is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from storage.documents import DocumentError, Extract
from storage.importer import parse_document
from storage.parsing.extract import looks_like_extract, parse_extract
from tests.documents import printed, surnames
from tests.layout_documents import docx

PRESENT = ["boyer", "faye", "prat", "roux"]
# A sitting's heading and its presents, before the part each test varies.
OPENING = (
    "COMMUNE DE SAINT-MARC\nProcès-verbal du conseil municipal du 12 mars 2026\n"
    "Présents : M. Daniel BOYER, M. Paul FAYE, Mme Louise PRAT, Mme Claire ROUX\n"
)


def _document(path: Path) -> Extract:
    """The file read as the importer reads it: a council's document."""
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    return extract


def _page(tmp_path: Path, body: str, encoding: str = "utf-8", head: str = "") -> Extract:
    path = tmp_path / "cr.html"
    path.write_bytes(f"<html><head>{head}</head><body>{body}</body></html>".encode(encoding))
    return _document(path)


def _read_whole(extract: Extract) -> None:
    assert str(extract.sitting_date) == "2026-03-12"
    assert surnames(extract.present) == PRESENT
    assert surnames(extract.absent_excused) == ["vial"]
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [("RIOU", "PRAT")]
    assert extract.secretary is not None
    assert extract.secretary.last_name == "ROUX"
    assert [i.deliberation.number for i in extract.items] == ["2026-014"]


# -- A. inline markup inside a line: the line goes on ----------------------------------------

LINES = [
    "Conseil municipal du 12 mars 2026",
    "Présents : M. Daniel BOYER, M. Paul FAYE, Mme Louise PRAT, Mme Claire ROUX",
    "Excusée : Mme Ida VIAL",
    "Pouvoir : M. Paul RIOU à Mme Louise PRAT",
    "Secrétaire de séance : Mme Claire ROUX",
    "Délibération n° 2026-014 : Tarifs de la cantine",
    "Adopté à l'unanimité.",
]


def _marked(line: str, how: str) -> str:
    if how == "span in a word":  # a language or a font changed mid-word
        return line[:3] + '<span lang="FR" style="font-size:11pt">' + line[3:] + "</span>"
    if how == "emphasis":  # the cue in bold, each name's surname in capitals' markup
        cue, _, rest = line.partition(" : ")
        words = " ".join(f"<strong>{w}</strong>" if w.isupper() else w for w in rest.split(" "))
        return f"<b>{cue}</b> : {words}" if rest else f"<em>{line}</em>"
    return f'<a href="/elus">{line[:9]}</a>{line[9:]}<o:p></o:p>'  # a link, Word's empty mark


@pytest.mark.parametrize("how", ["span in a word", "emphasis", "link and word's mark"])
def test_inline_markup_does_not_cut_a_line(how: str, tmp_path: Path) -> None:
    body = "".join(f'<p class="MsoNormal">{_marked(line, how)}</p>' for line in LINES)
    _read_whole(_page(tmp_path, body))


def test_a_word_processor_s_export_to_a_web_page(tmp_path: Path) -> None:
    """Word's « Save as web page »: its conditional comments, prefixed tags, non-breaking
    spaces before the colons, a windows-1252 page."""
    body = "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument>"
    body += '</xml><![endif]--><div class="WordSection1">'
    for line in LINES:
        line = line.replace(" : ", "&nbsp;: ")
        body += f'<p class="MsoNormal"><span style="mso-bidi-font-size:11.0pt">{line}</span>'
        body += "<o:p></o:p></p>"
    body += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p></div>'
    head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    _read_whole(_page(tmp_path, body, "cp1252", head))


# -- B. blocks placed by their coordinates: one line per height ------------------------------


def _placed(unit: str, tag: str, per: str) -> str:
    blocks = []
    for n, line in enumerate(LINES):
        top = 72 + 14.4 * n
        pieces = line.split(" ") if per == "word" else [line]
        left = 56.0
        for k, piece in enumerate(pieces):
            # a word of another font sits a little higher (its box is taller)
            y = top - (1.2 if k % 3 == 2 else 0)
            style = f"position:absolute;left:{left:.1f}{unit};top:{y:.2f}{unit};font-size:10{unit}"
            blocks.append(f'<{tag} class="t" style="{style}">{piece}</{tag}>')
            left += 7 * len(piece) + 4
    return '<div class="page" style="position:relative">' + "".join(blocks) + "</div>"


@pytest.mark.parametrize(
    ("unit", "tag", "per"),
    [("px", "div", "word"), ("pt", "span", "word"), ("px", "div", "line"), ("pt", "p", "word")],
)
def test_blocks_placed_by_their_coordinates(unit: str, tag: str, per: str, tmp_path: Path) -> None:
    _read_whole(_page(tmp_path, _placed(unit, tag, per)))


def test_a_raised_word_is_no_line_of_its_own(tmp_path: Path) -> None:
    """« 1<span style="position:relative;top:-4px">er</span> »: an ordinal's raised letters stay
    in their line."""
    body = "".join(f"<p>{line}</p>" for line in LINES).replace(
        "Tarifs de la cantine",
        'Tarifs de la cantine au 1<span style="position:relative;top:-4px">er</span> avril',
    )
    extract = _page(tmp_path, body)
    assert [i.deliberation.title for i in extract.items] == ["Tarifs de la cantine au 1er avril"]


# -- C. a cue followed by a dash instead of its colon -----------------------------------------

DASHED = [
    # a hyphen, civilities before the names
    "Présidence - M. Daniel BOYER, Maire\nPrésents - M. Daniel BOYER, M. Paul FAYE, Mme Louise "
    "PRAT, Mme Claire ROUX\nExcusée - Mme Ida VIAL\nPouvoir - M. Paul RIOU à Mme Louise PRAT\n"
    "Secrétaire de séance - Mme Claire ROUX\n",
    # en dashes, cues in capitals, surnames first
    "PRÉSIDENT – BOYER Daniel\nÉTAIENT PRÉSENTS – BOYER Daniel, FAYE Paul, PRAT Louise, ROUX "
    "Claire\nABSENTS EXCUSÉS – VIAL Ida\nPROCURATIONS – RIOU Paul à PRAT Louise\n"
    "SECRÉTAIRE – ROUX Claire\n",
    # em dashes, the list wrapped
    "Président de séance — M. Daniel BOYER\nMembres présents — M. Daniel BOYER, M. Paul FAYE,\n"
    "Mme Louise PRAT, Mme Claire ROUX\nExcusés — Mme Ida VIAL\n"
    "Pouvoirs — M. Paul RIOU à Mme Louise PRAT\nSecrétaire — Mme Claire ROUX\n",
]


@pytest.mark.parametrize("roll", DASHED)
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_cues_followed_by_a_dash(roll: str, shape: str) -> None:
    text = (
        "COMMUNE DE SAINT-MARC\nProcès-verbal du conseil municipal du 12 mars 2026\n"
        + roll
        + "Délibération n° 2026-014 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    _read_whole(extract)
    assert extract.president is not None
    assert extract.president.last_name == "BOYER"


def test_a_dash_after_other_words_is_no_cue() -> None:
    """« Rapport des présents – M. X » in a title, « Vice-Président – M. X » stay as printed."""
    text = (
        OPENING
        + "Délibération n° 2026-014 : Indemnités des représentants – M. Paul FAYE rapporteur\n"
        "Adopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == PRESENT
    assert [i.deliberation.title for i in extract.items] == [
        "Indemnités des représentants – M. Paul FAYE rapporteur"
    ]


# -- D. a scan's text: « 0 » for « O » in the heading's words, « I » for « l » -----------------

OCR_HEADINGS = [
    "C0MMUNE DE SAINT-MARC\nPR0CÈS-VERBAL DU C0NSEIL MUNICIPAL DU 12 MARS 2026\n",
    "Commune de Saint-Marc\nC0mpte rendu de la réuni0n du c0nseil municipal du 12 mars 2026\n",
    "SYNDICAT DES EAUX\nEXTRAIT DU REGISTRE DES DÉLIBÉRATI0NS DU C0MITÉ SYNDICAL\n"
    "Séance du 12 mars 2026\n",
]


@pytest.mark.parametrize("heading", OCR_HEADINGS)
def test_a_heading_read_by_recognition(heading: str, tmp_path: Path) -> None:
    """The file was refused as no council's document."""
    text = (
        heading
        + "La séance est ouverte sous Ia présidence de M. Daniel BOYER.\n"
        + "\n".join(LINES[1:5])
        + "\nDéIibération n° 2026-014 : Tarifs de la cantine\nAdopté à I'unanimité.\n"
    )
    path = tmp_path / "pv.txt"
    path.write_text(text, encoding="utf-8")
    extract = _document(path)
    _read_whole(extract)
    assert extract.president is not None
    assert extract.president.last_name == "BOYER"
    assert [i.deliberation.outcome for i in extract.items] == ["adopted"]


def test_recognition_leaves_names_and_capitals_as_printed() -> None:
    """« McInnes », « Mme Ia DIOP » (a first name), an acronym « IA » are no damage."""
    text = (
        "Commune de Saint-Marc\nConseil municipal du 12 mars 2026\n"
        "Présents : M. Daniel BOYER, M. Paul FAYE, Mme Louise PRAT, Mme Claire ROUX, "
        "M. Sean McINNES, Mme Ia DIOP\n"
        "Délibération n° 2026-014 : Charte d'usage de l'IA Ia plus sobre\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == sorted([*PRESENT, "diop", "mcinnes"])
    assert [p.first_name for p in extract.present if p.last_name == "DIOP"] == ["Ia"]


# -- E. lines numbered in the margin, one space after the figure -----------------------------

NUMBERED_BODY = [
    "PROCÈS-VERBAL DU CONSEIL MUNICIPAL DE SAINT-MARC DU 12 MARS 2026",
    "Présents : M. Daniel BOYER, M. Paul FAYE, Mme Louise",
    "PRAT, Mme Claire ROUX",
    "Excusée : Mme Ida VIAL",
    "Pouvoir : M. Paul RIOU à Mme Louise PRAT",
    "",
    "Secrétaire de séance : Mme Claire ROUX",
    "Délibération n° 2026-014 : Tarifs de la cantine",
    "Le conseil, après en avoir délibéré,",
    "Adopté à l'unanimité.",
]


def _numbered(start: int = 1) -> list[str]:
    return [f"{n} {line}".rstrip() for n, line in enumerate(NUMBERED_BODY, start)]


@pytest.mark.parametrize("start", [1, 27])
def test_lines_numbered_one_space_after_the_figure(start: int) -> None:
    """« 3 PRAT, Mme Claire ROUX »: the margin's figure was read as part of the line, the list
    cut there and the item lost."""
    _read_whole(parse_extract("\n".join(_numbered(start)) + "\n"))


def test_a_pdf_numbered_line_by_line(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    for n, line in enumerate(NUMBERED_BODY, 1):
        pdf.set_font("Helvetica", size=7)
        pdf.cell(10, 5, str(n))
        pdf.set_font("Helvetica", size=10)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "pv.pdf"
    pdf.output(str(path))
    extract = _document(path)
    _read_whole(extract)


def test_a_numbered_list_of_names_keeps_its_names() -> None:
    """Only the presents numbered (« 1 M. Daniel BOYER »): no margin to take away."""
    text = (
        "Commune de Saint-Marc\nConseil municipal du 12 mars 2026\nPrésents :\n1 M. Daniel BOYER\n"
        "2 M. Paul FAYE\n3 Mme Louise PRAT\n4 Mme Claire ROUX\n"
        "Délibération n° 2026-014 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == PRESENT
    assert [i.deliberation.number for i in extract.items] == ["2026-014"]


# -- F. an item's opening on the line of the sentence before it -------------------------------

OPENINGS = [
    # (the openings of two items, the numbers read)
    ("Délibération n° 2026-014 : ", "Délibération n° 2026-015 : ", ["2026-014", "2026-015"]),
    ("N° 14 – ", "N° 15 – ", ["14", "15"]),
    ("N°2026-014 - ", "N°2026-015 - ", ["2026-014", "2026-015"]),
    ("14 – ", "15 – ", ["14", "15"]),
    ("DCM 2026-014 : ", "DCM 2026-015 : ", ["DCM 2026-014", "DCM 2026-015"]),
]


@pytest.mark.parametrize(("first", "second", "numbers"), OPENINGS)
@pytest.mark.parametrize("glue", [" ", ""])
def test_an_item_opening_after_the_sentence_before_it(
    first: str, second: str, numbers: list[str], glue: str
) -> None:
    """« … à l'unanimité. N° 15 – Tarifs de l'eau » on one line (a PDF's line break lost, its
    space too): the second item was read as the first's text."""
    text = (
        OPENING + f"L'ordre du jour est adopté.{glue}{first}Tarifs de la cantine\n"
        "Le conseil, après en avoir délibéré,\n"
        f"Adopté à l'unanimité.{glue}{second}Tarifs de l'eau\n"
        "Le conseil, après en avoir délibéré,\nPar 3 voix pour et 1 contre, adopté.\n"
    )
    items = parse_extract(text).items
    assert [i.deliberation.number or i.ordinal for i in items] == numbers
    assert [i.deliberation.title for i in items] == ["Tarifs de la cantine", "Tarifs de l'eau"]
    assert [i.deliberation.votes_against for i in items] == [0, 1]


def test_an_item_glued_to_an_outcome_in_capitals() -> None:
    text = (
        OPENING + "Délibération n° 2026-014 : Tarifs de la cantine\n"
        "Le conseil, après en avoir délibéré, ADOPTÉ À L'UNANIMITÉDélibération n° 2026-015 : "
        "Tarifs de l'eau\nLe conseil, après en avoir délibéré, ADOPTÉ À L'UNANIMITÉ\n"
    )
    items = parse_extract(text).items
    assert [i.deliberation.number for i in items] == ["2026-014", "2026-015"]
    assert [i.deliberation.outcome for i in items] == ["adopted", "adopted"]


def test_a_reference_to_an_earlier_act_is_no_item() -> None:
    """« … modifiée. Délibération n° 2025-03 du 3 mars 2025 » names an act, not an item."""
    text = (
        OPENING + "Délibération n° 2026-014 : Tarifs de la cantine\n"
        "La grille est modifiée. Délibération n° 2025-03 du 3 mars 2025 abrogée.\n"
        "Adopté à l'unanimité. Le montant est porté à 12. 3 – les repas sont servis.\n"
    )
    items = parse_extract(text).items
    assert [i.deliberation.number for i in items] == ["2026-014"]


# -- G. a roll call table whose status column is headed by its codes --------------------------

CODE_HEADERS = [
    ("P/E/A", {"present": "P", "excused": "E", "absent": "A"}),
    ("Présence (P/A/E)", {"present": "P", "excused": "E", "absent": "A"}),
    ("Présent / Excusé / Absent", {"present": "Présent", "excused": "Excusé", "absent": "Absent"}),
]


@pytest.mark.parametrize(("header", "codes"), CODE_HEADERS)
@pytest.mark.parametrize("kind", ["docx", "text"])
def test_a_status_column_headed_by_its_codes(
    header: str, codes: dict[str, str], kind: str, tmp_path: Path
) -> None:
    """« | Délégué | Commune | P/E/A | Pouvoir à | »: no member was read present."""
    rows = [
        ["Délégué", "Commune", header, "Pouvoir à"],
        ["BOYER Daniel", "Saint-Marc", codes["present"], ""],
        ["FAYE Paul", "Villars", codes["present"], ""],
        ["PRAT Louise", "Unieux", codes["present"], ""],
        ["ROUX Claire", "Sorbiers", codes["present"], ""],
        ["VIAL Ida", "Firminy", codes["excused"], ""],
        ["RIOU Paul", "Caloire", codes["absent"], "PRAT Louise"],
    ]
    head = "SIVOM DE L'ONDAINE\nComité syndical du 12 mars 2026\nPrésident : M. Daniel BOYER\n"
    tail = (
        "Secrétaire de séance : Mme Claire ROUX\n"
        "Délibération n° 2026-014 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    if kind == "docx":
        path = tmp_path / "cr.docx"
        path.write_bytes(docx(head, rows, tail))  # type: ignore[arg-type]
    else:
        path = tmp_path / "cr.txt"
        table = "".join("| " + " | ".join(row) + " |\n" for row in rows)
        path.write_text(head + table + tail, encoding="utf-8")
    extract = _document(path)
    _read_whole(extract)


def test_a_column_of_other_letters_is_no_status() -> None:
    """« | Nom | Commission | Collège (T/S) | » names the members' places, no one's presence."""
    text = (
        "Commune de Saint-Marc\nConseil municipal du 12 mars 2026\n"
        "Présents : M. Daniel BOYER, M. Paul FAYE, Mme Louise PRAT, Mme Claire ROUX\n\n"
        "| Nom | Commission | Collège (T/S) |\n| VIAL Ida | Finances | T |\n"
        "| RIOU Paul | Travaux | S |\n\n"
        "Délibération n° 2026-014 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == PRESENT
    assert extract.absent == extract.absent_excused == []


# -- H. « Objet : » alone on its line, the title under it -------------------------------------

OBJECTS = [
    # how the object is printed under the number ({p}: the item's place), the titles read
    ("Objet :\nTarifs {p}\n", ["Tarifs de la cantine", "Tarifs de la piscine"]),
    ("OBJET :\nTarifs {p}\n", ["Tarifs de la cantine", "Tarifs de la piscine"]),
    # wrapped by a narrow column
    (
        "Objet :\nTarifs\n{p} scolaire\n",
        ["Tarifs de la cantine scolaire", "Tarifs de la piscine scolaire"],
    ),
]


@pytest.mark.parametrize(("shape", "titles"), OBJECTS)
@pytest.mark.parametrize("number", ["DCM-2026-0{n}", "Délibération n° 2026-0{n}"])
def test_an_object_label_alone_on_its_line(shape: str, titles: list[str], number: str) -> None:
    """A margin's « Objet : » label read line by line: every item lost its title."""
    body = ""
    for n, place in (("14", "de la cantine"), ("15", "de la piscine")):
        body += f"{number.format(n=n)}\n{shape.format(p=place)}"
        body += "Le conseil municipal, après en avoir délibéré,\nAdopté à l'unanimité.\n"
    text = OPENING + body
    assert [i.deliberation.title for i in parse_extract(text).items] == titles


# -- I. a page's header, its page number after a column's gap, inside a list ------------------

_HEADER = "CC Forez-Est – Conseil communautaire du 22/02/2026   {p}/5"
_PRESENTS = [
    "Présents : BOYER Daniel (Saint-Marc), FAYE Paul (La Tour-en-Jarez), PRAT Louise",
    "(Le Chambon), ROUX Claire (Unieux), VIAL Ida (+ pouvoir de RIOU Paul),",
    "MARTY Luc (Sorbiers), BLANC Nora (Villars).",
]


@pytest.mark.parametrize(
    "broken",
    [
        # inside a name and its commune, between blank lines
        [_PRESENTS[0], "", _HEADER.format(p=2), "", *_PRESENTS[1:]],
        # after a comma, between blank lines
        [*_PRESENTS[:2], "", _HEADER.format(p=2), "", _PRESENTS[2]],
        # no blank line around it
        [*_PRESENTS[:2], _HEADER.format(p=2), _PRESENTS[2]],
        # the page's number in words, the gap a tab
        [_PRESENTS[0], _HEADER.format(p=2).replace("   ", "\t"), *_PRESENTS[1:]],
    ],
)
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_page_header_inside_a_list_of_communes(broken: list[str], shape: str) -> None:
    """The names after the page's header were lost (the header, its page number after a gap
    instead of a dash, was read as the list's end)."""
    text = "\n".join(
        [
            "COMMUNAUTÉ DE COMMUNES DE FOREZ-EST",
            "Procès-verbal du conseil communautaire du 22 février 2026",
            _HEADER.format(p=1),
            *broken,
            "Excusée : GIRAUD Elsa",
            "Délibération n° 2026-014 : Tarifs",
            "Adopté à l'unanimité.",
        ]
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["blanc", "boyer", "faye", "marty", "prat", "roux", "vial"]
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [("RIOU", "VIAL")]
    assert surnames(extract.absent_excused) == ["giraud"]


# -- J. the first item's title above its number, under the roll call's last line ---------------


@pytest.mark.parametrize(
    "officer", ["Secrétaire de séance : Mme Claire ROUX", "Présidente de séance : Mme Louise PRAT"]
)
def test_a_title_above_its_number_under_the_officers_line(officer: str, tmp_path: Path) -> None:
    """A word processor's numbered headings (« Tarifs de la cantine », its number below): the
    first item lost its title, the line above it being the secretary's."""
    paragraphs = (
        OPENING + f"{officer}\nTarifs de la cantine\nDélibération n° 2026-014\n"
        "Le conseil municipal, après en avoir délibéré,\nAdopté à l'unanimité.\n"
        "Tarifs de l'eau\nDélibération n° 2026-015\n"
        "Le conseil municipal, après en avoir délibéré,\nAdopté à l'unanimité.\n"
    )
    path = tmp_path / "pv.docx"
    path.write_bytes(docx(paragraphs))
    extract = _document(path)
    assert [i.deliberation.title for i in extract.items] == [
        "Tarifs de la cantine",
        "Tarifs de l'eau",
    ]


def test_a_sentence_under_the_officers_line_is_no_title() -> None:
    text = (
        OPENING + "Secrétaire de séance : Mme Claire ROUX\nLe Maire ouvre la séance à 19 h\n"
        "Délibération n° 2026-014\nLe conseil municipal, après en avoir délibéré,\n"
        "Adopté à l'unanimité.\n"
    )
    assert [i.deliberation.title for i in parse_extract(text).items] != [
        "Le Maire ouvre la séance à 19 h"
    ]


@pytest.mark.parametrize("outcome", ["adopte à l'unanimité", "Adopté", "ADOPTÉE"])
@pytest.mark.parametrize("opening", ["N° 13 – ", "13 – "])
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_an_item_after_an_outcome_without_its_full_stop(
    outcome: str, opening: str, shape: str
) -> None:
    text = (
        OPENING + f"{opening.replace('13', '12')}Tarifs de la cantine\n"
        f"Le conseil, après en avoir délibéré, {outcome} {opening}Tarifs de l'eau\n"
        f"Le conseil, après en avoir délibéré, {outcome}\n"
    )
    items = parse_extract(printed(text, shape)).items
    assert [i.ordinal for i in items] == ["12", "13"]
    assert [i.deliberation.title for i in items] == ["Tarifs de la cantine", "Tarifs de l'eau"]
    assert [i.deliberation.outcome for i in items] == ["adopted", "adopted"]


# -- K. the heading's date wrapped over two lines by a narrow column --------------------------

WRAPPED_HEADINGS = [
    "COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU 3\nOCTOBRE 2024\n",
    "COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU 3 OCTOBRE\n2024\n",
    "Conseil municipal\nSéance du jeudi 3\noctobre 2024 à 18 h 30\n",
    "Procès-verbal de la séance du jeudi\n3 octobre 2024\n",
    "Procès-verbal de la séance du conseil municipal du jeudi 3\noctobre 2024\n",
    "Séance du 3 octobre\n2024\n",
]


@pytest.mark.parametrize("heading", WRAPPED_HEADINGS)
def test_a_heading_s_date_wrapped_over_two_lines(heading: str, tmp_path: Path) -> None:
    """A two-column PDF's heading: no sitting's date was read, the file refused."""
    text = (
        "Communauté de communes des Monts du Pilat\n"
        + heading
        + "Conseillers en exercice : 31 - Présents : 22 - Votants : 26\n"
        + "\n".join(LINES[1:])
        + "\n"
    )
    path = tmp_path / "cr.txt"
    path.write_text(text, encoding="utf-8")
    assert looks_like_extract(text)
    extract = _document(path)
    assert str(extract.sitting_date) == "2024-10-03"
    assert surnames(extract.present) == PRESENT
    assert extract.evidence["sitting_date"]["line"] in (2, 3)  # where the date is printed


def test_a_wrapped_date_of_an_earlier_sitting_is_not_the_sitting_s() -> None:
    text = (
        "Commune de Saint-Marc\nProcès-verbal du conseil municipal\n"
        "Approbation du procès-verbal de la séance du 3\noctobre 2024\n"
        + "\n".join(LINES[1:])
        + "\n"
    )
    assert parse_extract(text).sitting_date is None


# -- L. a cue split by a space anywhere in it (a scan's recognition) ---------------------------


@pytest.mark.parametrize(
    "cue", ["Présent s", "Etaient prése nts", "P résents", "PRÉSENT S", "Membres pré sents"]
)
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_presents_cue_split_by_a_space(cue: str, shape: str) -> None:
    """« N présents annoncés, mais 0 noms »: the list behind the split cue was lost."""
    text = (
        "COMMUNE DE SAINT-MARC\nProcès-verbal du conseil municipal du 12 mars 2026\n"
        f"{cue} : M. Daniel BOYER, M. Paul FAYE, Mme Louise PRAT, Mme Claire ROUX.\n"
        "Délibération n° 2026-014 : Tarifs de la cantine\n"
        "Vot ants : 4\nPour : 1\nContre : 0\nAbstent ions : 3\nAdopté.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == PRESENT
    record = extract.items[0].deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (1, 0, 3)


def test_two_words_before_a_colon_stay_two_words() -> None:
    """« Pour information : », « Vote contre : » are no split cue."""
    text = (
        "COMMUNE DE SAINT-MARC\nProcès-verbal du conseil municipal du 12 mars 2026\n"
        "Présents : M. Daniel BOYER, M. Paul FAYE, Mme Louise PRAT, Mme Claire ROUX.\n"
        "Délibération n° 2026-014 : Tarifs de la cantine\nPour information : le tarif baisse.\n"
        "Vote contre : M. Paul FAYE\nAdopté.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == PRESENT
    assert [i.deliberation.title for i in extract.items] == ["Tarifs de la cantine"]


# -- M. a holder's bracket naming its giver with the giver's commune, cut by a line's end ------


@pytest.mark.parametrize(
    "roll",
    [
        "Présents : Rose AUDRY (Vénon), Marc TISSOT (Lancin) (+ pouvoir Lucie\nFERRAND (Vénon)), "
        "Yves DOL (Lancin).",
        "Présents : Rose AUDRY (Vénon), Marc TISSOT (Lancin) (+ pouvoir Lucie FERRAND (Vénon)), "
        "Yves DOL (Lancin).",
        "Présents : Rose AUDRY (Vénon), Marc TISSOT (Lancin) (pouvoir de Lucie FERRAND\n"
        "(Vénon)), Yves DOL (Lancin).",
        "Présents : Rose AUDRY (Vénon), Marc TISSOT (Lancin) (ayant la procuration de\n"
        "Marie-Anne FERRAND (Vénon)), Yves DOL (Lancin).",
    ],
)
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_giver_with_a_commune_inside_the_holder_s_bracket(roll: str, shape: str) -> None:
    """The holder vanished from the presents and the proxy was lost."""
    text = (
        "COMMUNE NOUVELLE DES COLLINES\nProcès-verbal du conseil municipal du 12 mars 2026\n"
        f"{roll}\nDélibération n° 2026-014 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["audry", "dol", "tissot"]
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("FERRAND", "TISSOT")
    ]


# -- N. a flattened text's « N° X Objet : title » -------------------------------------------


@pytest.mark.parametrize("number", ["SYN2024-11-003", "2024-11-003", "CS-2024-04"])
def test_a_number_before_its_object_in_a_flattened_text(number: str) -> None:
    """« … Secrétaire de séance : M. Yves DOL N° SYN2024-11-003 Objet : Tarifs … »: the number
    stayed on the secretary's line and every item lost it."""
    text = (
        "SYNDICAT DES EAUX DU FUREN Comité syndical du 12 mars 2026 Présents : M. Daniel BOYER, "
        "M. Paul FAYE, Mme Louise PRAT, Mme Claire ROUX Secrétaire de séance : Mme Claire ROUX "
        f"N° {number} Objet : Tarifs de l'eau 2025 Vu le code général des collectivités, le "
        f"comité adopte à l'unanimité. N° {number}7 Objet : Statuts du syndicat Vu le code, "
        "adopté à l'unanimité."
    )
    extract = parse_extract(text)
    assert [i.deliberation.number for i in extract.items] == [number, f"{number}7"]
    assert [i.deliberation.title for i in extract.items] == [
        "Tarifs de l'eau 2025",
        "Statuts du syndicat",
    ]
    assert extract.secretary is not None
    assert extract.secretary.last_name == "ROUX"


# -- O. an export's garbage, one line of 200,000 characters, before the minutes ----------------


@pytest.mark.parametrize("junk", ["x" * 200_000, "QUJD " * 40_000, "é" * 9_000])
def test_minutes_after_a_line_of_garbage(junk: str, tmp_path: Path) -> None:
    """The file was refused: the heading was looked for in the garbage only."""
    path = tmp_path / "pv.txt"
    path.write_text(
        f"{junk}\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nCommune de Saint-Marc\n"
        + "\n".join(LINES)
        + "\n",
        encoding="utf-8",
    )
    extract = _document(path)
    _read_whole(extract)
    assert extract.evidence["sitting_date"]["line"] == 4  # the document's own lines


def test_garbage_alone_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "pv.txt"
    path.write_text("x" * 200_000 + "\nBonjour.\n", encoding="utf-8")
    with pytest.raises(DocumentError) as refused:
        parse_document(path)
    assert refused.value.code == "not_a_document"


# -- P. a note under the roll call, opened by its mark ----------------------------------------


@pytest.mark.parametrize(
    "note", ["(1) adjoint au maire", "* arrivée au point 3", "¹ suppléant de M. Paul RIOU"]
)
def test_a_note_under_the_roll_call_ends_its_list(note: str) -> None:
    """« (1) adjoint au maire » under « Excusée : Mme Ida VIAL » made the excused member an
    unreadable name with the note."""
    text = (
        OPENING
        + f"Excusée : Mme Ida VIAL\n{note}\n"
        + "Délibération n° 2026-014 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == PRESENT
    assert surnames(extract.absent_excused) == ["vial"]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


@pytest.mark.parametrize("mark", [" *", " **", " ²", "*"])
@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_note_s_mark_after_a_name_is_no_part_of_it(mark: str, shape: str) -> None:
    """« M. Paul FAYE * » was read with the first name « Paul * »."""
    text = (
        "COMMUNE DE SAINT-MARC\nProcès-verbal du conseil municipal du 12 mars 2026\n"
        f"Présents : M. Daniel BOYER, M. Paul FAYE{mark}, Mme Louise PRAT, Mme Claire ROUX{mark}\n"
        f"Excusée : Mme Ida VIAL{mark}\n"
        # (the note under the list, on its own line as printed)
        + (f"{mark.strip()} adjoint au maire\n" if shape == "line-broken" else "")
        + "Délibération n° 2026-014 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    named = sorted((p.last_name, p.first_name) for p in extract.present + extract.absent_excused)
    assert named == [
        ("BOYER", "Daniel"),
        ("FAYE", "Paul"),
        ("PRAT", "Louise"),
        ("ROUX", "Claire"),
        ("VIAL", "Ida"),
    ]
