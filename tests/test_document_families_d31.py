"""Layouts a probe of invented documents found read wrong. A web page whose words carry inline
markup (« Pré<span lang="FR">sents</span> », a link around a name, Word's « <o:p></o:p> »): each
tag cut the line there, the roll call lost or the file refused. A PDF converted to a web page,
each word (or each line) a block placed by its coordinates: every word was a line of its own and
the file was refused. Every document is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.documents import Extract
from storage.importer import parse_document
from storage.parsing.extract import parse_extract
from tests.documents import printed, surnames

PRESENT = ["boyer", "faye", "prat", "roux"]


def _page(tmp_path: Path, body: str, encoding: str = "utf-8", head: str = "") -> Extract:
    path = tmp_path / "cr.html"
    path.write_bytes(f"<html><head>{head}</head><body>{body}</body></html>".encode(encoding))
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    return extract


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
        "COMMUNE DE SAINT-MARC\nProcès-verbal du conseil municipal du 12 mars 2026\n"
        "Présents : M. Daniel BOYER, M. Paul FAYE, Mme Louise PRAT, Mme Claire ROUX\n"
        "Délibération n° 2026-014 : Indemnités des représentants – M. Paul FAYE rapporteur\n"
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
    extract = parse_document(path)
    assert isinstance(extract, Extract)
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
