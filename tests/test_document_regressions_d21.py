"""Shapes a blind probe found read right before a round of layout work and wrong after it: a
PDF page in two columns drawn one column after the other, a roll call as a table of marks, a
relevé de décisions laid out as a table (Markdown bars, a PDF table whose titles wrap around
the row's number), an item's title before its act's number wrapped onto the next line. Every
document is invented and written by the test, read as the importer reads it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storage.documents import Extract
from storage.importer import parse_document
from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import flattened
from tests.layout_documents import stacked_columns_pdf, wrapped_table_pdf


def _names(people: list[Any]) -> list[str]:
    return sorted(fold(p.last_name) for p in people)


def _read(path: Path, data: bytes) -> Extract:
    path.write_bytes(data)
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    return extract


# -- two columns drawn one after the other ----------------------------------------------------

COLUMN_HEAD = "VILLE DE BRAMEFAN\nCONSEIL MUNICIPAL\nSeance du jeudi 9 octobre 2025 a 18h30"
PRESENT_COLUMN = """Presents : ROCHEBLAVE Maelle, FONTVIEILLE Gaspard, TRIGNAC
Odile, MOURGUES Aurelien, CASTAGNE Berenice, LAPEYRE
Jules, DESCOMBES Armelle, VIGOUROUX Theo, ESTRADE
Lison, BARTHOLE Quentin, SAUVAYRE Ines, FOURNERET
Adrien, MALBOSC Clemence"""
EXCUSED_COLUMN = """Absents excuses : PELISSIER Nadege
(delegation de vote a LAPEYRE Jules),
CHABANNES Octave, REBOUL Sidonie
(delegation de vote a TRIGNAC Odile)
Absents : GRANIER Bastien"""
COLUMN_TAIL = (
    "Deliberation n° 2025-118 : Renouvellement du contrat de fourrière\nAdopte a l'unanimite."
)
COLUMN_PRESENT = [
    "barthole", "castagne", "descombes", "estrade", "fontvieille", "fourneret", "lapeyre",
    "malbosc", "mourgues", "rocheblave", "sauvayre", "trignac", "vigouroux",
]  # fmt: skip


@pytest.mark.parametrize("gutter", [0.5, 1.5, 2.5, 6.0])
def test_two_columns_drawn_one_after_the_other(gutter: float, tmp_path: Path) -> None:
    """The left column's first line runs up to the right column's start (no gap seen before
    « Absents excusés »): the presents stay presents, the proxies' holders whole."""
    extract = _read(
        tmp_path / "extrait.pdf",
        stacked_columns_pdf(
            COLUMN_HEAD, PRESENT_COLUMN, EXCUSED_COLUMN, COLUMN_TAIL, gutter=gutter
        ),
    )
    assert _names(extract.present) == COLUMN_PRESENT
    assert _names(extract.absent_excused) == ["chabannes", "pelissier", "reboul"]
    assert _names(extract.absent) == ["granier"]
    assert sorted(
        (fold(p.giver.last_name), fold(p.holder.last_name), p.holder.first_name)
        for p in extract.proxies
    ) == [("pelissier", "lapeyre", "Jules"), ("reboul", "trignac", "Odile")]
    assert extract.deliberation.number == "2025-118"


@pytest.mark.parametrize("gutter", [0.5, 2.5, 6.0])
def test_the_same_columns_drawn_line_by_line_read_alike(gutter: float, tmp_path: Path) -> None:
    extract = _read(
        tmp_path / "extrait.pdf",
        stacked_columns_pdf(
            COLUMN_HEAD,
            PRESENT_COLUMN,
            EXCUSED_COLUMN,
            COLUMN_TAIL,
            gutter=gutter,
            interleaved=True,
        ),
    )
    assert _names(extract.present) == COLUMN_PRESENT
    assert _names(extract.absent_excused) == ["chabannes", "pelissier", "reboul"]


# -- a roll call as a grid of marks, names wrapped in their cells -----------------------------

GRID_HEAD = (
    "Compte rendu de la seance du conseil municipal du 4 novembre 2025\n"
    "Conseillers en exercice : 9 - Presents : 6 - Votants : 8"
)
GRID_TAIL = "Objet : Tarifs de l'eau potable - Deliberation n° 2025-071\nAdopte a l'unanimite."
GRID_ROWS = [
    ["Nom", "Present", "Excuse", "Absent", "Pouvoir a"],
    ["VALADIER Romain", "X", "", "", ""],
    ["DE LA TOUR DU\nPIN Hortense", "X", "", "", ""],
    ["ESCUDIER Loic", "X", "", "", ""],
    ["BOUSQUET-\nLAFONT Anais", "X", "", "", ""],
    ["MIRAMOND Yves", "X", "", "", ""],
    ["SEGONDS Claire", "X", "", "", ""],
    ["FABREGUE\nMarius", "", "X", "", "VALADIER\nRomain"],
    ["TEISSEDRE Eva", "", "X", "", "ESCUDIER Loic"],
    ["COMBACAL Noe", "", "", "X", ""],
]
GRID_LETTERHEAD = ("COMMUNE DE SAINT-CHELY-LE-HAUT\nDepartement de la Lozere",
                   "Accuse de reception\nRecu le 07/11/2025")  # fmt: skip


@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
@pytest.mark.parametrize("letterhead", [False, True], ids=["plain", "letterhead"])
@pytest.mark.parametrize("align", ["middle", "top", "unwrapped"])
def test_each_mark_gives_its_column_s_status(
    align: str, letterhead: bool, ruled: bool, tmp_path: Path
) -> None:
    """Names wrapped in their cell, the marks in the middle of the row or at its top (or no
    name wrapped), a letterhead's two blocks above the grid or none: every member under the
    status of the column their mark stands in."""
    rows = GRID_ROWS
    if align == "unwrapped":
        rows = [[cell.replace("-\n", "-").replace("\n", " ") for cell in row] for row in rows]
    extract = _read(
        tmp_path / "cr.pdf",
        wrapped_table_pdf(GRID_HEAD, rows, [60, 25, 25, 25, 50], GRID_TAIL, align=align,
                          letterhead=GRID_LETTERHEAD if letterhead else None, ruled=ruled),
    )  # fmt: skip
    assert _names(extract.present) == [
        "bousquet lafont", "de la tour du pin", "escudier", "miramond", "segonds", "valadier",
    ]  # fmt: skip
    assert _names(extract.absent_excused) == ["fabregue", "teissedre"]
    assert _names(extract.absent) == ["combacal"]
    proxies = sorted((fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies)
    assert proxies == [("fabregue", "valadier"), ("teissedre", "escudier")]
    if letterhead:
        assert extract.council is not None
        assert extract.council.name == "Commune de Saint-Chely-le-Haut"


HTML_MEMBERS = [  # name, status (present, excused, absent), holder
    ("ARNOUX Paul", "P", ""), ("BESSIÈRE Lina", "P", ""), ("CAYROL Marc", "P", ""),
    ("DELMAS Inès", "P", ""), ("ESCALIER Jean-Marc", "P", ""), ("FABRE Odile", "E", "ARNOUX Paul"),
    ("GALTIER Rémi", "E", "CAYROL Marc"), ("HUGON Lise", "E", ""), ("ISSARTEL Tom", "A", ""),
]  # fmt: skip


def _html_roll_call(mark: str, header: str, trimmed: bool) -> bytes:
    if header == "one row":
        head = (
            "<tr><th>Nom</th><th>Présent</th><th>Excusé</th><th>Absent</th><th>Pouvoir à</th></tr>"
        )
    else:  # « Présence » over its three columns, the others over two rows
        head = (
            "<tr><th rowspan='2'>Nom</th><th colspan='3'>Présence</th>"
            "<th rowspan='2'>Pouvoir à</th></tr>"
            "<tr><th>Présent</th><th>Excusé</th><th>Absent</th></tr>"
        )
    rows = []
    for name, status, holder in HTML_MEMBERS:
        cells = [name, *(mark if status == s else "" for s in "PEA"), holder]
        while trimmed and not cells[-1]:
            cells.pop()  # a row's empty cells left out
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    return (
        "<html><body><p>COMMUNE DE VERNISSAC</p>"
        "<p>Compte rendu de la séance du conseil municipal du 12 mars 2025</p>"
        "<p>Conseillers en exercice : 9 - Présents : 5 - Votants : 7</p>"
        f"<table>{head}{''.join(rows)}</table>"
        "<p>Délibération n° 2025-014 : Tarifs de la cantine</p><p>Adopté à l'unanimité.</p>"
        "</body></html>"
    ).encode()


@pytest.mark.parametrize("trimmed", [False, True], ids=["every-cell", "empty-cells-left-out"])
@pytest.mark.parametrize("header", ["one row", "colspan"])
@pytest.mark.parametrize("mark", ["X", "x", "✓", "oui"])
def test_a_web_page_s_roll_call_follows_each_mark_s_column(
    mark: str, header: str, trimmed: bool, tmp_path: Path
) -> None:
    extract = _read(tmp_path / "cr.html", _html_roll_call(mark, header, trimmed))
    assert _names(extract.present) == ["arnoux", "bessiere", "cayrol", "delmas", "escalier"]
    assert _names(extract.absent_excused) == ["fabre", "galtier", "hugon"]
    assert _names(extract.absent) == ["issartel"]
    proxies = sorted((fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies)
    assert proxies == [("fabre", "arnoux"), ("galtier", "cayrol")]


# -- a relevé de décisions laid out as a table ------------------------------------------------

RELEVE_HEAD = (
    "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL DE SÉRANNE\nBUREAU COMMUNAUTAIRE\n"
    "Relevé des décisions — séance du jeudi 6 mars 2025\n"
    "Quorum atteint : 17 présents sur 22 membres en exercice ; 3 pouvoirs ; 20 votants.\n\n"
)
RELEVE_ROWS = [
    ("BC2025-041", "Subvention au festival des Arts de la rue", "M. PELLEGRIN", "Unanimité"),
    ("BC2025-042", "Convention avec le lycée agricole de Sérianne", "Mme ORSINI", "18 P / 2 A"),
    ("BC2025-043", "Acquisition d'un local – rue des Tanneurs (lot 3)", "M. VIDAL", "15 P / 5 C"),
    ("BC2025-044", "Tarifs de la navette estivale", "M. VIDAL", "Retiré"),
]
RELEVE_ITEMS = [
    ("BC2025-041", "Subvention au festival des Arts de la rue", "adopted", None, 0, 0),
    ("BC2025-042", "Convention avec le lycée agricole de Sérianne", "adopted", 18, 0, 2),
    ("BC2025-043", "Acquisition d'un local – rue des Tanneurs (lot 3)", "adopted", 15, 5, 0),
    ("BC2025-044", "Tarifs de la navette estivale", "withdrawn", None, None, None),
]


def _items(extract: Extract) -> list[tuple[Any, ...]]:
    return [
        (d.number, d.title, d.outcome, d.votes_for, d.votes_against, d.abstentions)
        for d in (item.deliberation for item in extract.items)
    ]


def _unanimous_for_all(items: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The unanimous row's « for » is the voters printed (20) when the reader computes it."""
    return [(*row[:3], None if row[2] == "adopted" and row[4:] == (0, 0) and row[3] == 20
             else row[3], *row[4:]) for row in items]  # fmt: skip


@pytest.mark.parametrize(
    "number_header", ["N° acte", "N° de l'acte", "Réf. acte", "Délibération n°", "Code"]
)
@pytest.mark.parametrize("key", ["", "P = pour, C = contre, A = abstention.\n"])
def test_a_releve_in_a_markdown_table(number_header: str, key: str) -> None:
    """Each row one item: its number (a column named in more words, or in none the readers
    know), its title without the rapporteur, its own row's vote; never another row's."""
    rows = "".join(f"| {' | '.join(row)} |\n" for row in RELEVE_ROWS)
    text = (
        f"{RELEVE_HEAD}| {number_header} | Objet | Rapporteur | Vote |\n|---|---|---|---|\n"
        f"{rows}\n{key}Affiché le 10 mars 2025.\n"
    )
    assert _unanimous_for_all(_items(parse_extract(text))) == _keyed(RELEVE_ITEMS, key)


def _keyed(items: list[tuple[Any, ...]], key: str) -> list[tuple[Any, ...]]:
    """Without the key under the table, « 18 P / 2 A » is left unread (« A » may be absent)."""
    return [row if key or row[3] != 18 else (*row[:2], None, None, None, None) for row in items]


@pytest.mark.parametrize("key", ["", "P = pour, C = contre, A = abstention.\n"])
def test_a_releve_table_without_numbers_gives_each_row_its_own_vote(key: str) -> None:
    rows = "".join(f"| {title} | {person} | {vote} |\n" for _, title, person, vote in RELEVE_ROWS)
    text = f"{RELEVE_HEAD}| Objet | Rapporteur | Vote |\n|---|---|---|\n{rows}\n{key}"
    assert _unanimous_for_all(_items(parse_extract(text))) == _keyed(
        [(None, *row[1:]) for row in RELEVE_ITEMS], key
    )


ACTS_HEAD = (
    "Commune de Vallonnet\nRELEVE DE DECISIONS - Conseil municipal\n"
    "Reunion du mardi 14 octobre 2025\n"
    "Conseillers en exercice : 11 - Presents : 9 - Votants : 10"
)
ADOPTED = "Adopte a l'unanimite"
ACTS_ROWS = [
    ["N°", "Objet", "Decision"],
    ["D2025-061", "Vente d'une parcelle communale\nau lieu-dit Les Granges", ADOPTED],
    ["D2025-062", "Garantie d'emprunt accordee a\nl'office public de l'habitat pour\n"
     "12 logements sociaux", ADOPTED],
    ["D2025-063", "Tarifs de la salle des fetes", "Rejete"],
    ["D2025-064", "Fonds de concours a la commune de\nMontbrison pour la voirie", ADOPTED],
]  # fmt: skip
ACTS_ITEMS = [
    ("D2025-061", "Vente d'une parcelle communale au lieu-dit Les Granges", "adopted"),
    ("D2025-062",
     "Garantie d'emprunt accordee a l'office public de l'habitat pour 12 logements sociaux",
     "adopted"),
    ("D2025-063", "Tarifs de la salle des fetes", "rejected"),
    ("D2025-064", "Fonds de concours a la commune de Montbrison pour la voirie", "adopted"),
]  # fmt: skip
ACTS_TAIL = "L'ordre du jour etant epuise, la seance est levee a 19h15."


@pytest.mark.parametrize("letterhead", [False, True], ids=["plain", "letterhead"])
@pytest.mark.parametrize("align", ["middle", "top"])
def test_a_pdf_table_of_acts_whose_titles_wrap(
    align: str, letterhead: bool, tmp_path: Path
) -> None:
    """A row's title wrapped over two or three lines, the number and decision in the middle
    of the row or at its top: each row one item, its whole title, its own outcome."""
    extract = _read(
        tmp_path / "releve.pdf",
        wrapped_table_pdf(ACTS_HEAD, ACTS_ROWS, [28, 100, 50], ACTS_TAIL, align=align,
                          letterhead=("COMMUNE DE VALLONNET\nDepartement du Var",
                                      "Date d'affichage :\n17/10/2025") if letterhead else None),
    )  # fmt: skip
    assert [(d.number, d.title, d.outcome) for d in (i.deliberation for i in extract.items)] == (
        ACTS_ITEMS
    )


VOTED_ROWS = [
    ["N°", "Objet", "Rapporteur", "Vote"],
    ["BC2025-041", "Subvention au festival des Arts\nde la rue", "M. PELLEGRIN", "Unanimité"],
    ["BC2025-042", "Convention avec le lycée\nagricole de Sérianne", "Mme ORSINI", "18 P / 2 A"],
    ["BC2025-043", "Acquisition d'un local rue des\nTanneurs (lot 3)", "M. VIDAL", "15 P / 5 C"],
    ["BC2025-044", "Tarifs de la navette estivale", "M. VIDAL", "Retiré"],
]


@pytest.mark.parametrize("letterhead", [False, True], ids=["plain", "letterhead"])
@pytest.mark.parametrize("align", ["middle", "top"])
def test_a_pdf_table_of_acts_with_their_rapporteur_and_vote(
    align: str, letterhead: bool, tmp_path: Path
) -> None:
    """The rapporteur's column is no part of the title, each row's vote its own."""
    extract = _read(
        tmp_path / "releve.pdf",
        wrapped_table_pdf(
            ACTS_HEAD,
            VOTED_ROWS,
            [28, 70, 35, 40],
            f"P = pour, C = contre, A = abstention.\n{ACTS_TAIL}",
            align=align,
            letterhead=(
                "COMMUNE DE VALLONNET\nDepartement du Var",
                "Date d'affichage :\n17/10/2025",
            )
            if letterhead
            else None,
        ),
    )
    assert [
        (d.number, d.title, d.outcome, d.votes_against, d.abstentions)
        for d in (i.deliberation for i in extract.items)
    ] == [
        ("BC2025-041", "Subvention au festival des Arts de la rue", "adopted", 0, 0),
        ("BC2025-042", "Convention avec le lycée agricole de Sérianne", "adopted", 0, 2),
        ("BC2025-043", "Acquisition d'un local rue des Tanneurs (lot 3)", "adopted", 5, 0),
        ("BC2025-044", "Tarifs de la navette estivale", "withdrawn", None, None),
    ]
    assert [i.deliberation.votes_for for i in extract.items][1:3] == [18, 15]


def test_the_table_s_text_with_its_places_lost() -> None:
    """The text a PDF's lines give when a row's number sits in the middle of its title (as
    tools that sort a page's text by height print it)."""
    text = (
        "COMMUNE DE VALLONNET\nRelevé de décisions du conseil municipal du 14 octobre 2025\n"
        "N°  Objet  Décision\n"
        "Vente d'une parcelle communale\nD2025-061  Adopté à l'unanimité\n"
        "au lieu-dit Les Granges\n"
        "Garantie d'emprunt accordée à\n"
        "D2025-062  l'office public de l'habitat pour  Adopté à l'unanimité\n"
        "12 logements sociaux\n"
        "D2025-063  Tarifs de la salle des fêtes  Rejeté\n"
        "Fonds de concours à la commune de\nD2025-064  Adopté par 9 voix pour et 1 contre\n"
        "Montbrison pour la voirie\n"
        "L'ordre du jour étant épuisé, la séance est levée à 19h15.\n"
    )
    assert [
        (d.number, d.title, d.outcome, d.votes_for, d.votes_against)
        for d in (i.deliberation for i in parse_extract(text).items)
    ] == [
        ("D2025-061", "Vente d'une parcelle communale au lieu-dit Les Granges", "adopted",
         None, 0),
        ("D2025-062",
         "Garantie d'emprunt accordée à l'office public de l'habitat pour 12 logements sociaux",
         "adopted", None, 0),
        ("D2025-063", "Tarifs de la salle des fêtes", "rejected", None, None),
        ("D2025-064", "Fonds de concours à la commune de Montbrison pour la voirie", "adopted",
         9, 1),
    ]  # fmt: skip


# -- an item's title before its act's number wrapped onto the next line -----------------------

TITLED_HEAD = (
    "COMMUNE DE SAINT-JUÉRY-D'OLT\nCOMPTE RENDU\n"
    "SÉANCE DU CONSEIL MUNICIPAL DU 21 NOVEMBRE 2024\n"
    "Conseillers en exercice : 15 - Présents : 12 - Votants : 14\n"
)
TITLED_ITEMS = {
    # the dash, then the act's number on the next line
    "dash": (
        "Objet : Dénomination de la voie nouvelle du lotissement Les Vergnes —\n"
        "Délibération n° 88/2024\n",
        "88/2024",
        "Dénomination de la voie nouvelle du lotissement Les Vergnes",
    ),
    # the cue on the title's line, its number on the next
    "cue": (
        "Objet : Approbation du zonage d'assainissement collectif — Délibération n°\n89/2024\n",
        "89/2024",
        "Approbation du zonage d'assainissement collectif",
    ),
    # the cue and its number on the title's line (as before)
    "same line": (
        "Objet : Cession d'un tracteur communal réformé — Délibération n° 90/2024\n",
        "90/2024",
        "Cession d'un tracteur communal réformé",
    ),
    # a justified PDF's line, its words two spaces apart
    "justified": (
        "Objet  :  Renouvellement  de  la  convention  de  fourrière  —  Délibération  n°\n"
        "91/2024\n",
        "91/2024",
        "Renouvellement de la convention de fourrière",
    ),
}
TITLED_BODY = (
    "Vu le code général des collectivités territoriales, vu la délibération n° 2018-66,\n"
    "considérant l'avis favorable de la commission,\n"
    "Adopté à la majorité : Voix pour : 12  Voix contre : 2  Abstentions : 0\n"
)


@pytest.mark.parametrize("flat", [False, True], ids=["line-broken", "flattened"])
@pytest.mark.parametrize("shape", sorted(TITLED_ITEMS))
def test_an_act_s_title_before_its_number_in_an_extract(shape: str, flat: bool) -> None:
    heading, number, title = TITLED_ITEMS[shape]
    text = TITLED_HEAD + heading + TITLED_BODY
    deliberation = parse_extract(flattened(text) if flat else text).deliberation
    assert (deliberation.number, deliberation.title) == (number, title)
    assert (deliberation.votes_for, deliberation.votes_against) == (12, 2)


def test_an_act_s_title_before_its_number_in_minutes() -> None:
    """Each shape in one compte rendu: every item keeps its number, its title and its vote."""
    text = TITLED_HEAD + "".join(
        heading + TITLED_BODY.replace("12", str(11 - place))
        for place, (heading, _, _) in enumerate(TITLED_ITEMS.values())
    )
    assert [
        (item.deliberation.number, item.deliberation.title, item.deliberation.votes_for)
        for item in parse_extract(text).items
    ] == [
        (number, title, 11 - place)
        for place, (_, number, title) in enumerate(TITLED_ITEMS.values())
    ]


@pytest.mark.parametrize(
    ("place", "act"),
    [
        ("Point n° 1 : ", "Délibération CP.2025.03-07"),
        ("Point n° 1 : ", "Délibération n° CP.2025.03-07"),
        ("POINT N° 1 – ", "Délibération CP.2025.03-07"),
        ("Question n° 1 : ", "Délibération CP.2025.03-07"),
    ],
)
def test_a_point_s_place_over_its_act_s_number(place: str, act: str) -> None:
    """« Point n° 1 : title » then the act's number under it: the « n° » of the point is its
    place on the agenda, the act's number is the one below, the title the point's."""
    text = (
        "VILLE DE MONTCABRIER\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
        "Séance du jeudi 13 mars 2025 à 18h00\n"
        "Présents : ROUQUETTE Élise, MAUREL Gilles, TEYSSIER Nora.\n"
        "Absents non excusés : LACOMBE Jean-Marie,\nFOURNIER-LASSALLE Anaïs\n"
        f"{place}Transfert de la compétence eaux pluviales\n{act}\n"
        "Le rapporteur expose le dossier.\nAdopté à l'unanimité.\n"
    )
    deliberation = parse_extract(text).deliberation
    assert (deliberation.number, deliberation.title) == (
        "CP.2025.03-07",
        "Transfert de la compétence eaux pluviales",
    )
