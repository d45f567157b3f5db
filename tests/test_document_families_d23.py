"""Families a blind probe of invented council documents still found read wrong: an item whose
heading prints only its place on the agenda (« Point n° 3 : … », « N° 3 – … », « Rapport n° 3 »),
names under a plural civility in mixed case (« MM. Ben Salah, Vigne et Da Costa », « Mmes Le
Gall et Van der Berg »), a title running into the text under it on its own line (« Tarifs 2025
de la médiathèque Vu le code général … »), and names wrapped in a PDF table's cell beside a row
that is not theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.checks import check_extract
from storage.documents import Extract
from storage.importer import parse_document
from storage.parsing.extract import parse_extract
from storage.parsing.office import office_text
from tests.documents import flattened, handed, pdf_text, printed, surnames
from tests.layout_documents import docx, stacked_columns_pdf, wrapped_table_pdf

HEAD = (
    "COMMUNE DE SAINT-PAUL-DES-BOIS\nProcès-verbal du conseil municipal du 12 mars 2025\n"
    "L'an deux mille vingt-cinq, le douze mars à vingt heures, le conseil municipal s'est "
    "réuni sous la présidence de M. Henri COSTE, Maire.\n"
)
ROLL = (
    "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE, Mme Anne BOIS, M. Luc MARTY\n"
    "Absents excusés : Mme Nina ROUX (pouvoir à M. Luc MARTY)\n"
    "Secrétaire de séance : Mme Anne BOIS\n"
)
VOTED = "Le Maire expose le projet.\nAdopté à l'unanimité.\n"
TITLES = ("Tarifs de la piscine municipale", "Convention avec le syndicat des eaux")


def placed(extract: Extract) -> list[tuple[str | None, str | None, str | None]]:
    return [(i.deliberation.number, i.ordinal, i.deliberation.title) for i in extract.items]


# -- A. a place on the agenda, no act's number -------------------------------------------------

PLACES = [
    "Point n° {n} : {t}",
    "N° {n} - {t}",
    "Rapport n° {n} : {t}",
    "Objet n° {n} : {t}",
    "Dossier n° {n} - {t}",
    "{n}/ {t}",
    "POINT N°{n} - {T}",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("heading", PLACES)
def test_points_print_their_place_only(heading: str, shape: str) -> None:
    """Two items headed by their place on the agenda: no act's number, each its title and its
    place, in order."""
    text = HEAD + ROLL
    for place, title in enumerate(TITLES, start=3):
        text += "\n" + heading.format(n=place, t=title, T=title.upper()) + "\n" + VOTED
    extract = parse_extract(printed(text, shape))
    read = [(n, o, t.lower() if t else t) for n, o, t in placed(extract)]
    assert read == [(None, "3", TITLES[0].lower()), (None, "4", TITLES[1].lower())]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("heading", PLACES)
def test_one_point_printing_its_place_only(heading: str, shape: str) -> None:
    """Minutes of one point: its act's number is blank, never the point's place."""
    text = HEAD + ROLL + "\n" + heading.format(n=3, t=TITLES[0], T=TITLES[0].upper()) + "\n"
    extract = parse_extract(printed(text + VOTED, shape))
    assert extract.deliberation.number is None
    assert (extract.deliberation.title or "").lower() == TITLES[0].lower()


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_points_title_under_it_loses_its_object_cue(shape: str) -> None:
    text = HEAD + ROLL
    for place, title in enumerate(TITLES, start=3):
        text += f"\nPoint n° {place}\nObjet : {title}\n{VOTED}"
    extract = parse_extract(printed(text, shape))
    assert placed(extract) == [(None, "3", TITLES[0]), (None, "4", TITLES[1])]


def test_a_vote_run_on_after_a_title_in_capitals() -> None:
    text = HEAD + ROLL + "POINT N° 3 : TARIFS DE LA PISCINE\nAdopté à l'unanimité.\n"
    extract = parse_extract(flattened(text))
    assert placed(extract) == [(None, "3", "TARIFS DE LA PISCINE")]
    assert extract.deliberation.outcome == "adopted"


def test_a_heading_with_an_act_number_keeps_it_beside_places() -> None:
    text = (
        HEAD
        + ROLL
        + "Rapport n° 2 : Budget primitif 2025\nDélibération n° 2025-011\n"
        + VOTED
        + f"N° 3 - {TITLES[0]}\n"
        + VOTED
        + "Rapport n° 4 : Tarifs du cimetière\nDélibération n° 2025-013\n"
        + VOTED
    )
    assert [n for n, _, _ in placed(parse_extract(text))] == ["2025-011", None, "2025-013"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_deliberation_numbered_by_its_figure_keeps_it(shape: str) -> None:
    """« Délibération n° 3 » names the act (small communes number theirs 1, 2, 3 a year)."""
    text = HEAD + ROLL + f"Délibération n° 3 : {TITLES[0]}\n" + VOTED
    assert parse_extract(printed(text, shape)).deliberation.number == "3"


MIXED_ITEMS = [
    (1, "Approbation du procès-verbal de la séance du 5 février 2025", None),
    (2, "Budget primitif 2025", "2025-011"),
    (3, "Tarifs de la piscine municipale", None),
    (4, "Convention avec le syndicat des eaux", "2025-013"),
]
MIXED_STYLES = {
    "number above the point": lambda n, t, act: (
        (f"Délibération n° {act}\n" if act else "") + f"Point n° {n} : {t}\n"
    ),
    "number in brackets": lambda n, t, act: f"{n} - {t}" + (f" ({act})" if act else "") + "\n",
}


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("style", sorted(MIXED_STYLES))
def test_points_without_a_number_among_numbered_ones(style: str, shape: str) -> None:
    """Points printing their place only between points printing their act's number: each an
    item, in order, the unnumbered ones with no act number."""
    text = (
        HEAD + ROLL + "".join(MIXED_STYLES[style](n, t, act) + VOTED for n, t, act in MIXED_ITEMS)
    )
    assert placed(parse_extract(printed(text, shape))) == [
        (act, str(n), t) for n, t, act in MIXED_ITEMS
    ]


# -- B. names under a plural civility in mixed case -------------------------------------------

PLURAL_LISTS = {
    "surnames": (
        "Présents : MM. Ben Salah, Vigne et Da Costa, Mmes Le Gall et Van der Berg, "
        "M. Henri Coste\nAbsents excusés : Mmes Dos Santos et Lafage, MM. Le Bihan et El Amrani\n"
    ),
    "first names": (
        "Présents : MM. Karim Ben Salah, Paul Vigne et Rui Da Costa, Mmes Anne Le Gall et Julie "
        "Van der Berg, M. Henri Coste\nAbsents excusés : Mmes Sofia Dos Santos et Rose Lafage, "
        "MM. Yves Le Bihan et Omar El Amrani\n"
    ),
    "one a line": (
        "Présents :\nMM. Ben Salah,\nVigne et Da Costa,\nMmes Le Gall et Van der Berg,\n"
        "M. Henri Coste\nAbsents excusés :\nMmes Dos Santos et Lafage,\n"
        "MM. Le Bihan et El Amrani\n"
    ),
}
PLURAL_ITEM = "Délibération n° 2025-011 : Tarifs de la piscine\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("layout", sorted(PLURAL_LISTS))
def test_plural_civilities_over_compound_surnames(layout: str, shape: str) -> None:
    text = HEAD.replace("M. Henri COSTE", "M. Henri Coste") + PLURAL_LISTS[layout] + PLURAL_ITEM
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == [
        "ben salah",
        "coste",
        "da costa",
        "le gall",
        "van der berg",
        "vigne",
    ]
    assert surnames(extract.absent_excused) == ["dos santos", "el amrani", "lafage", "le bihan"]
    civilities = {p.last_name: p.civility for p in extract.present + extract.absent_excused}
    assert civilities["Ben Salah"] == "M."
    assert civilities["Van der Berg"] == "Mme"


def test_plural_civilities_in_a_word_file() -> None:
    data = docx(HEAD, PLURAL_LISTS["surnames"], PLURAL_ITEM)
    extract = parse_extract(office_text(Path("pv.docx"), data))
    assert "ben salah" in surnames(extract.present)
    assert "van der berg" in surnames(extract.present)


@pytest.mark.parametrize("function", ["adjointes", "conseillers municipaux", "maires-adjoints"])
def test_a_function_said_once_for_names_under_a_plural_civility(function: str) -> None:
    text = HEAD + f"Présents : M. Henri Coste, Mmes Le Gall et Van der Berg, {function}\n"
    extract = parse_extract(text + PLURAL_ITEM)
    assert surnames(extract.present) == ["coste", "le gall", "van der berg"]


def test_a_function_under_a_plural_civility_is_nobody() -> None:
    text = HEAD + "Présents : MM. Coste, Maire, Vigne et Da Costa, Mme Rose Lafage\n" + PLURAL_ITEM
    assert surnames(parse_extract(text).present) == ["coste", "da costa", "lafage", "vigne"]


# -- C. a title running into the text under it ------------------------------------------------

TITLE = "Tarifs 2025 de la médiathèque"
OPENINGS = [
    "Sur le fondement de l'ordonnance n° 2020-391 du 1er avril 2020, le Maire propose les tarifs.",
    "Vu le code général des collectivités territoriales,",
    "VU le code général des collectivités territoriales,",
    "Considérant que les tarifs doivent être revus,",
    "Le conseil, après en avoir délibéré, adopte les tarifs.",
    "Le conseil municipal, après en avoir délibéré, à l'unanimité, adopte les tarifs.",
    "Sur proposition du Maire, le conseil fixe les tarifs.",
    "Conformément à l'article L. 2121-29 du CGCT, le conseil fixe les tarifs.",
    "Il est proposé au conseil de fixer les tarifs.",
    "Madame LAFAGE, adjointe, expose que les tarifs doivent être revus.",
    "Madame le maire explique que les tarifs doivent être revus.",
]
TITLED = [
    "Délibération n° 2025-011 : {t}",
    "Point n° 3 : {t}",
    "3. {t}",
    "Objet : {t}",
    "DCM 2025-011 – {t}",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("capitals", [False, True])
@pytest.mark.parametrize("heading", TITLED)
@pytest.mark.parametrize("opening", OPENINGS)
def test_the_title_stops_before_the_text(
    opening: str, heading: str, capitals: bool, shape: str
) -> None:
    title = TITLE.upper() if capitals else TITLE
    text = HEAD + ROLL + heading.format(t=title) + " " + opening + "\nAdopté à l'unanimité.\n"
    extract = parse_extract(printed(text, shape))
    assert extract.deliberation.title == title


@pytest.mark.parametrize("opening", OPENINGS[:6])
def test_the_title_stops_before_the_text_of_each_item(opening: str) -> None:
    text = HEAD + ROLL
    for place, title in enumerate(TITLES, start=1):
        text += f"Point n° {place} : {title} {opening}\nAdopté à l'unanimité.\n"
    assert [t for _, _, t in placed(parse_extract(text))] == list(TITLES)


@pytest.mark.parametrize(
    "title",
    [
        "Subvention à l'association Le Conseil des Sages",
        "Dénomination de la rue Considérant-Dupuis",
        "Convention avec Le Mans Métropole",
        "Règlement intérieur du conseil municipal",
    ],
)
def test_a_title_with_those_words_in_it_stays_whole(title: str) -> None:
    text = HEAD + ROLL + f"Délibération n° 2025-011 : {title}\n" + VOTED
    assert parse_extract(text).deliberation.title == title


def test_the_title_stops_before_the_text_in_a_pdf(tmp_path: Path) -> None:
    text = HEAD + ROLL + f"Point n° 3 : {TITLE} Vu le code général des collectivités,\n" + VOTED
    assert parse_extract(pdf_text(text, tmp_path / "pv.pdf")).deliberation.title == TITLE


# -- D. a name wrapped in a PDF table's cell, the row's other cells at its bottom or middle ----

TABLE_HEAD = (
    "Compte rendu de la seance du conseil municipal du 4 novembre 2025\n"
    "Conseillers en exercice : 9 - Presents : 6 - Votants : 8"
)
TABLE_TAIL = "Objet : Tarifs de l'eau potable - Deliberation n° 2025-071\nAdopte a l'unanimite."
PRESENT = ["bousquet lafont", "de la tour du pin", "escudier", "miramond", "segonds", "valadier"]


def grid(names: dict[str, str]) -> list[list[str]]:
    """A grid of marks, each member's name as printed in its cell (`names`: surname → cell)."""
    marks = {"present": ["X", "", ""], "excused": ["", "X", ""], "absent": ["", "", "X"]}
    members = [
        ("VALADIER", "present", ""),
        ("DE LA TOUR DU PIN", "present", ""),
        ("ESCUDIER", "present", ""),
        ("BOUSQUET-LAFONT", "present", ""),
        ("MIRAMOND", "present", ""),
        ("SEGONDS", "present", ""),
        ("FABREGUE", "excused", "VALADIER"),
        ("TEISSEDRE", "excused", "ESCUDIER"),
        ("COMBACAL", "absent", ""),
    ]
    return [["Nom", "Present", "Excuse", "Absent", "Pouvoir a"]] + [
        [names[surname], *marks[status], names[holder].replace("\n", " ") if holder else ""]
        for surname, status, holder in members
    ]


SURNAME_FIRST = {
    "VALADIER": "VALADIER Romain",
    "DE LA TOUR DU PIN": "DE LA TOUR DU\nPIN Hortense",
    "ESCUDIER": "ESCUDIER Loic",
    "BOUSQUET-LAFONT": "BOUSQUET-\nLAFONT Anais",
    "MIRAMOND": "MIRAMOND Yves",
    "SEGONDS": "SEGONDS Claire",
    "FABREGUE": "FABREGUE\nMarius",
    "TEISSEDRE": "TEISSEDRE Eva",
    "COMBACAL": "COMBACAL Noe",
}
NAMINGS = {
    "surname first": SURNAME_FIRST,
    "first name first": {
        **{
            k: " ".join(reversed(v.replace("\n", " ").rsplit(" ", 1)))
            for k, v in SURNAME_FIRST.items()
        },
        "DE LA TOUR DU PIN": "Hortense DE LA\nTOUR DU PIN",
        "BOUSQUET-LAFONT": "Anais BOUSQUET-\nLAFONT",
        "FABREGUE": "Marius\nFABREGUE",
    },
    "three lines": {**SURNAME_FIRST, "DE LA TOUR DU PIN": "DE LA TOUR\nDU PIN\nHortense"},
}


@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
@pytest.mark.parametrize("align", ["top", "middle", "bottom"])
@pytest.mark.parametrize("naming", sorted(NAMINGS))
def test_a_wrapped_name_is_one_member_whatever_the_alignment(
    naming: str, align: str, ruled: bool, tmp_path: Path
) -> None:
    """A name wrapped over two or three lines while the row's marks stand at the row's top,
    middle or bottom, beside the name's first, middle or last line: one member, in their own
    row, under their own mark."""
    path = tmp_path / "cr.pdf"
    rows = grid(NAMINGS[naming])
    path.write_bytes(
        wrapped_table_pdf(
            TABLE_HEAD, rows, [45, 25, 25, 25, 50], TABLE_TAIL, align=align, ruled=ruled
        )
    )
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == PRESENT
    assert surnames(extract.absent_excused) == ["fabregue", "teissedre"]
    assert surnames(extract.absent) == ["combacal"]
    assert handed(extract.proxies) == [("fabregue", "valadier"), ("teissedre", "escudier")]


LISTS_TABLE = [
    ["Presents", "Excuses", "Absents"],
    ["VALADIER Romain", "FABREGUE\nMarius", "COMBACAL Noe"],
    ["DE LA TOUR DU\nPIN Hortense", "TEISSEDRE Eva", ""],
    ["ESCUDIER Loic", "", ""],
    ["BOUSQUET-\nLAFONT Anais", "", ""],
    ["MIRAMOND Yves", "", ""],
    ["SEGONDS Claire", "", ""],
]


@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
@pytest.mark.parametrize("align", ["top", "middle", "bottom"])
def test_a_wrapped_name_in_a_table_of_lists(align: str, ruled: bool, tmp_path: Path) -> None:
    """Lists side by side, one column a status, a name wrapped in its cell: one member."""
    path = tmp_path / "cr.pdf"
    path.write_bytes(
        wrapped_table_pdf(
            TABLE_HEAD, LISTS_TABLE, [60, 60, 60], TABLE_TAIL, align=align, ruled=ruled
        )
    )
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == PRESENT
    assert surnames(extract.absent_excused) == ["fabregue", "teissedre"]
    assert surnames(extract.absent) == ["combacal"]


def test_surnames_alone_in_a_table_of_lists_stay_apart(tmp_path: Path) -> None:
    """A list of surnames alone, one a cell: each a member, none joined to the next."""
    rows = [["Presents", "Excuses"], ["VALADIER", "FABREGUE"], ["ESCUDIER", "TEISSEDRE"],
            ["MIRAMOND", ""], ["SEGONDS", ""]]  # fmt: skip
    path = tmp_path / "cr.pdf"
    path.write_bytes(wrapped_table_pdf(TABLE_HEAD, rows, [60, 60], TABLE_TAIL, align="bottom"))
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == ["escudier", "miramond", "segonds", "valadier"]
    assert surnames(extract.absent_excused) == ["fabregue", "teissedre"]


@pytest.mark.parametrize("capitals", [False, True])
@pytest.mark.parametrize("heading", TITLED)
@pytest.mark.parametrize("opening", OPENINGS[:6])
def test_a_wrapped_title_stops_before_the_text_on_its_last_line(
    opening: str, heading: str, capitals: bool
) -> None:
    """« Tarifs 2025 de la médiathèque et de la » / « ludothèque Le conseil, après en avoir
    délibéré, … »: the title's end, then the text."""
    first, last = "Tarifs 2025 de la médiathèque et de la", "ludothèque intercommunale"
    if capitals:
        first, last = first.upper(), last.upper()
    text = HEAD + ROLL + heading.format(t=first) + f"\n{last} {opening}\nAdopté à l'unanimité.\n"
    assert parse_extract(text).deliberation.title == f"{first} {last}"


HOLDERS_WRAPPED = [
    ["Nom", "Present", "Excuse", "Absent", "Pouvoir a"],
    ["VALADIER Romain", "X", "", "", ""],
    ["DE LA TOUR DU PIN Hortense", "X", "", "", ""],
    ["ESCUDIER Loic", "X", "", "", ""],
    ["FABREGUE Marius", "", "X", "", "DE LA TOUR DU\nPIN Hortense"],
    ["TEISSEDRE Eva", "", "X", "", "ESCUDIER\nLoic"],
    ["COMBACAL Noe", "", "", "X", ""],
]


@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
@pytest.mark.parametrize("align", ["top", "middle", "bottom"])
def test_a_holder_wrapped_beside_a_name_on_one_line(
    align: str, ruled: bool, tmp_path: Path
) -> None:
    """The proxy holder's name wrapped in its cell, the giver's on one line: the holder's
    parts make one name, beside their own giver, never a member of their own."""
    path = tmp_path / "cr.pdf"
    path.write_bytes(
        wrapped_table_pdf(
            TABLE_HEAD, HOLDERS_WRAPPED, [60, 20, 20, 20, 60], TABLE_TAIL, align=align, ruled=ruled
        )
    )
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == ["de la tour du pin", "escudier", "valadier"]
    assert surnames(extract.absent_excused) == ["fabregue", "teissedre"]
    assert surnames(extract.absent) == ["combacal"]
    assert handed(extract.proxies) == [
        ("fabregue", "de la tour du pin"),
        ("teissedre", "escudier"),
    ]


# -- F. an officer's line after the absent lists; a page's header or footer inside a list -----

OFFICER_HEAD = (
    "COMMUNE DE SAINT-PAUL-DES-BOIS\nProcès-verbal du conseil municipal du 12 mars 2025\n"
    "Présents : BARD Eric, ROBIN Léa, VIDAL Paul, PONS Julie\n"
)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("cue", ["Excusés", "Absents", "Absents excusés", "Pouvoirs"])
@pytest.mark.parametrize(
    "officers",
    [
        "Président : Eric BARD    Secrétaire de séance : Julie PONS",
        "Président : M. Eric BARD\nSecrétaire de séance : Julie PONS",
        "Le Maire : Eric BARD",
    ],
)
def test_the_chair_s_line_after_an_absent_list_ends_it(
    cue: str, officers: str, shape: str
) -> None:
    listed = "FAURE Lise à ROBIN Léa" if cue == "Pouvoirs" else "FAURE Lise, MOREL Yann"
    text = (
        OFFICER_HEAD
        + f"{cue} : {listed}\n{officers}\n"
        + "Délibération n° 2025-011 : Tarifs de la piscine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert extract.president is not None
    assert extract.president.last_name == "BARD"
    away = extract.absent_excused + extract.absent + extract.represented
    assert "bard" not in surnames(away)
    assert "bard" in surnames(extract.present)


FURNITURE = {
    "footer with its page of pages": "Syndicat des eaux du Lignon – Comité du 02/05/2024 1/4",
    "footer with « page n sur N »": "Comité syndical du 2 mai 2024 - page 1 sur 4",
    "the heading repeated": "SYNDICAT DES EAUX DU LIGNON",
    "the heading in mixed case": "Page 1 sur 4\nSyndicat des eaux du Lignon",
    "a stamp": "042-200011223-20240506-D2024_12-DE",
}


@pytest.mark.parametrize("cut", ["inside a name", "after a comma"])
@pytest.mark.parametrize("furniture", sorted(FURNITURE))
def test_page_furniture_inside_a_list(furniture: str, cut: str) -> None:
    """A page's header, footer or stamp between two lines of a list: the list goes on, every
    name whole, the furniture nobody."""
    before, after = (
        ("Mme Anne COSTE, M. Luc", "MARTY, Mme Nina ROUX")
        if cut == "inside a name"
        else ("Mme Anne COSTE, M. Luc MARTY,", "Mme Nina ROUX")
    )
    text = (
        "SYNDICAT DES EAUX DU LIGNON\nProcès-verbal du comité syndical du 2 mai 2024\n"
        f"Présents : Mme Léa ROBIN, M. Paul VIDAL, {before}\n{FURNITURE[furniture]}\n{after}, "
        "M. Yves BLANC\nPouvoirs : M. Jean PERRIN à M. Luc MARTY\n"
        "Délibération n° D2024-12 : Tarifs de l'eau\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["blanc", "coste", "marty", "robin", "roux", "vidal"]
    assert extract.represented == []


# -- G. counts and cues: « ABSENTS ET EXCUSÉS », a quorum as a share, a list's closing count --

COUNTED_HEAD = (
    "COMMUNE DE SAINT-PAUL-DES-BOIS\nPROCES-VERBAL DU CONSEIL MUNICIPAL DU 12 MARS 2025\n"
)
COUNTED_ITEM = "Délibération n° 2025-011 : Tarifs de la piscine\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "cue",
    [
        "ABSENTS ET EXCUSÉS",
        "Absents et excusés",
        "ABSENTS OU EXCUSÉS",
        "ABSENTS ET ABSENT(S) EXCUSÉ(S)",
        "Absent(s) excusé(s)",
        "ABSENT EXCUSÉ",
    ],
)
def test_absents_and_excused_after_proxies_is_one_cue(cue: str, shape: str) -> None:
    text = (
        COUNTED_HEAD
        + "Nombre de conseillers en exercice : 7\n"
        + "PRESENTS : Eric BARD, Léa ROBIN, Paul VIDAL, Julie PONS, Lucie MAS\n"
        + "PROCURATIONS : Jean ROUX a donné procuration à Lucie MAS\n"
        + f"{cue} : Paul GIRON\n"
        + COUNTED_ITEM
    )
    extract = parse_extract(printed(text, shape))
    assert extract.represented == []
    assert handed(extract.proxies) == [("roux", "mas")]
    assert surnames(extract.absent_excused + extract.absent) == ["giron"]
    assert "more_names_than_seats" not in [f.code for f in check_extract(extract)]


@pytest.mark.parametrize(
    ("printed_quorum", "value"),
    [
        ("Quorum : un tiers des membres, soit 11", 11),
        ("Quorum : un quart des membres, soit 9", 9),
        ("Quorum : un tiers des membres en exercice", None),
        ("Quorum : onze", 11),
    ],
)
def test_a_quorum_printed_as_a_share(printed_quorum: str, value: int | None) -> None:
    text = (
        COUNTED_HEAD
        + "Conseillers en exercice : 33 - Présents : 20 - Votants : 22\n"
        + f"{printed_quorum}\nPrésents : Eric BARD, Léa ROBIN\n"
        + COUNTED_ITEM
    )
    assert parse_extract(text).counts.quorum_printed == value


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("lists", "absent"),
    [
        ("Excusés : Marc ROY (Cuzieu), Eva LIS (Boën) (2)\nAbsents : Noé PAGE\n", None),
        ("Excusés : Marc ROY (Cuzieu), Eva LIS (Boën) (2)\nAbsents : Noé PAGE (1)\n", 3),
        ("Excusés : Marc ROY, Eva LIS, Noé PAGE (3)\n", 3),
    ],
)
def test_a_list_s_closing_count_is_that_list_s(lists: str, absent: int | None, shape: str) -> None:
    text = (
        COUNTED_HEAD
        + "Conseillers en exercice : 6 - Présents : 3 - Votants : 3\n"
        + "Présents : Eric BARD, Léa ROBIN, Paul VIDAL\n"
        + lists
        + COUNTED_ITEM
    )
    extract = parse_extract(printed(text, shape))
    assert extract.counts.absent == absent
    codes = [f.code for f in check_extract(extract)]
    assert "absent_list_mismatch" not in codes


# -- H. a section's heading between the lists and the first item ------------------------------

SECTIONED = (
    "<html><body><h1>Commune de Saint-Paul-des-Bois</h1>"
    "<p>Compte rendu du conseil municipal du 12 mars 2025</p>"
    "<p>Présents : M. Eric BARD, Mme Léa ROBIN, M. Paul VIDAL, Mme Julie PONS.</p>"
    "<p>Excusés : M. Rémi VIGNE, Mme Ana LOPES.</p><h2>{heading}</h2>"
    "<p><b>C-2024-07</b> Budget annexe – adoptée : 18 pour, 2 contre.</p>"
    "<p><b>C-2024-08</b> Tarifs de la piscine – adoptée à l'unanimité.</p></body></html>"
)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("heading", ["Délibérations", "Décisions du conseil", "DÉLIBÉRATIONS"])
def test_a_section_heading_before_the_first_item(heading: str, shape: str) -> None:
    page = SECTIONED.format(heading=heading).encode()
    extract = parse_extract(printed(office_text(Path("cr.html"), page), shape))
    assert [(p.first_name, p.last_name) for p in extract.absent_excused] == [
        ("Rémi", "VIGNE"),
        ("Ana", "LOPES"),
    ]
    assert [
        (i.deliberation.number, i.deliberation.title, i.deliberation.votes_for)
        for i in extract.items
    ] == [("C-2024-07", "Budget annexe", 18), ("C-2024-08", "Tarifs de la piscine", None)]


@pytest.mark.parametrize("damaged", ["pr6sidence", "PR6SIDENCE", "prés1dence"])
def test_an_e_read_as_a_six_in_a_cue(damaged: str) -> None:
    """« sous la pr6sidence de Mme Claire OLLIER »: the chair is read, then the role in the
    list is hers, and the proxy she holds keeps its holder."""
    text = (
        "COMMUNAUTE DE COMMUNES DU PILAT\nProcès-verbal du conseil communautaire du 12 mars 2025\n"
        f"Le conseil s'est réuni sous la {damaged} de Mme Claire OLLIER, Présidente.\n"
        "Présents : Madame la Présidente (+ pouvoir Marc DION), M. Hugo PIC, Mme Léa ROBIN\n"
        + COUNTED_ITEM
    )
    extract = parse_extract(text)
    assert extract.president is not None
    assert extract.president.last_name == "OLLIER"
    assert surnames(extract.present) == ["ollier", "pic", "robin"]
    assert handed(extract.proxies) == [("dion", "ollier")]


# -- I. a PDF's two columns: the attendance on the left, the text on the right ----------------

COLUMNS_HEAD = "COMMUNE DE SAINT-PAUL-DES-BOIS\nProces-verbal du conseil municipal du 12 mars 2025"
COLUMNS_LEFT = (
    "Presents : M. Luc SARDA, Mme Ines\nCOLLET, M. Remy FAURE, Mme Rose\nLAFAGE, M. Paul VIGNE\n"
    "Excuses : Mme Nina ROUX"
)
COLUMNS_RIGHT = (
    "{opening} de M. Luc SARDA, Maire.\nPar deliberation du 3 mai 2022, le\n"
    "Conseil a approuve le projet de\nrenovation de l'ecole.\n"
    "Secretaire de seance : M. Paul VIGNE"
)
COLUMNS_TAIL = "Deliberation n° 2025-011 : Tarifs de la piscine\nAdopte a l'unanimite."


@pytest.mark.parametrize("opening", ["Sous la presidence", "Par decision et sous la presidence"])
@pytest.mark.parametrize("interleaved", [False, True])
def test_the_right_column_s_text_is_no_part_of_the_left_column_s_list(
    opening: str, interleaved: bool, tmp_path: Path
) -> None:
    path = tmp_path / "pv.pdf"
    path.write_bytes(
        stacked_columns_pdf(
            COLUMNS_HEAD,
            COLUMNS_LEFT,
            COLUMNS_RIGHT.format(opening=opening),
            COLUMNS_TAIL,
            interleaved=interleaved,
        )
    )
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert surnames(extract.present) == ["collet", "faure", "lafage", "sarda", "vigne"]
    assert surnames(extract.absent_excused) == ["roux"]
    assert extract.president is not None
    assert extract.president.last_name == "SARDA"


# -- J. a report noted, written otherwise than « Le Conseil prend acte » ----------------------

NOTED_HEAD = (
    "COMMUNE DE SAINT-PAUL-DES-BOIS\nEXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n"
    "Séance du 12 mars 2025\nPrésents : BARD Eric, ROBIN Léa, VIDAL Paul, PONS Julie\n"
    "Délibération n° 2025-011 : Rapport sur l'activité du service des déchets 2023\n"
    "Le Maire présente le rapport. Il est proposé d'approuver le rapport annuel.\n"
)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "said",
    [
        "Il est pris acte de ce rapport.",
        "Il est donné acte de cette communication.",
        "Le conseil municipal a pris connaissance du rapport.",
        "Prend acte à l'unanimité.",
        "LE CONSEIL PREND ACTE de la présentation du rapport.",
    ],
)
def test_a_report_noted(said: str, shape: str) -> None:
    record = parse_extract(printed(NOTED_HEAD + said + "\n", shape)).deliberation
    assert (record.outcome, record.votes_for, record.votes_against) == ("noted", None, None)


def test_a_report_noted_then_a_decision_adopted_is_adopted() -> None:
    text = NOTED_HEAD + "Le conseil prend acte du rapport et l'approuve à l'unanimité.\n"
    assert parse_extract(text).deliberation.outcome == "adopted"
