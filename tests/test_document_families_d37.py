"""Layouts other councils' documents reach the reader in: a list of names broken by a page's
footer and header, a numbered list whatever its numbering (« n° 3 », « #3 », « c) », a tab
after « 3. »), a civility whose name's initial wrapped to the next line, proxies as an HTML
table (« Conseiller absent | Pouvoir donné à ») or as a PDF's text exported to HTML with its
column gaps, two columns' entries glued at a parenthesis, and a list of a sitting's
deliberations printed as text columns (number, date, title, decision)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storage.documents import Extract
from storage.importer import parse_document
from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.grids import rewrite_tables
from tests.documents import handed, read, surnames

# -- a list broken by a page's footer and the next page's header --------------------------------


def test_names_with_their_communes_go_on_after_a_page_break() -> None:
    extract = read("communaute-cr-communes-page-break.txt", "line-broken")
    assert extract.sitting_date == date(2024, 11, 14)
    assert len(extract.present) == 17
    assert {"ollier", "verot", "massardier"} <= set(surnames(extract.present))
    assert handed(extract.proxies) == [("bonnet", "escoffier"), ("digonnet", "rousset")]
    assert surnames(extract.absent_excused) == ["faure", "marcon", "poncet"]
    assert [i.deliberation.number for i in extract.items] == ["2024-118", "2024-119"]


MEMBERS = [
    ("M.", "Jean", "ROUX"),
    ("Mme", "Anne", "BOIS"),
    ("M.", "Paul", "VIDAL"),
    ("Mme", "Lise", "FAYE"),
    ("M.", "Marc", "TISSOT"),
    ("Mme", "Rose", "GIRAUD"),
    ("M.", "Luc", "MARTY"),
    ("Mme", "Eva", "PONS"),
]
ENTRIES = {
    "commune": "{c} {f} {l} (Saint-Just)",
    "dot": "{i}. {c} {f} {l}",
    "zero-dash-function": "{i:02d} - {l} {f}, conseiller délégué",
    "numero": "n° {i} {c} {f} {l}",
    "numero-glued-dash": "N°{i} - {l} {f}",
    "hash": "#{i} {c} {f} {l}",
    "parenthesis-group": "{i}) {l} {f} (Groupe Avenir)",
    "tab": "{i}.\t{c} {f} {l}",
}
HEADER = "Commune de Saint-Just-la-Côte – Conseil municipal du 05/03/2025"
BREAKS = {
    "dashed-number": ["- 1 -", "", HEADER],
    "page-of": ["Page 1/3", HEADER],
    "bare-number": ["1", "", HEADER],
}


def _minutes(entry: str, page_break: str) -> str:
    lines = [
        HEADER,
        "COMMUNE DE SAINT-JUST-LA-CÔTE",
        "Procès-verbal du conseil municipal",
        "Séance du 5 mars 2025",
        "Sous la présidence de M. Jean ROUX, Maire.",
        "Conseillers en exercice : 9 - Présents : 8 - Votants : 8",
        "Présents :",
    ]
    for number, (civility, first, last) in enumerate(MEMBERS, start=1):
        lines.append(ENTRIES[entry].format(i=number, c=civility, f=first, l=last))
        if number == 4:
            lines += BREAKS[page_break]
    paged = page_break == "page-of"
    lines += [
        "Absent : M. Guy NOIR",
        "Secrétaire de séance : Mme Anne BOIS",
        "",
        "Délibération n° 2025-07 : Tarifs de la cantine scolaire pour la rentrée",
        "Le conseil municipal, après en avoir délibéré, adopte les tarifs",
        "présentés par le maire.",
        "Adopté à l'unanimité.",
        "Page 2/3" if paged else "- 2 -",
        HEADER,
        "Délibération n° 2025-08 : Convention de fourrière",
        "Adopté à l'unanimité.",
        "Page 3/3" if paged else "- 3 -",
        HEADER,
        "Fin de séance à 21 h.",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("page_break", BREAKS)
@pytest.mark.parametrize("entry", ENTRIES)
def test_a_list_reads_whole_whatever_its_numbering_and_its_page_break(
    entry: str, page_break: str
) -> None:
    extract = parse_extract(_minutes(entry, page_break))
    assert surnames(extract.present) == sorted(fold(m[2]) for m in MEMBERS)
    assert surnames(extract.absent) == ["noir"]
    assert [i.deliberation.number for i in extract.items] == ["2025-07", "2025-08"]


OPENING = "COMMUNE DE SAINT-JUST\nProcès-verbal du conseil municipal du 5 mars 2025\n"
CLOSING = "Secrétaire de séance : Mme Anne BOIS\n"


@pytest.mark.parametrize(
    "listed",
    [
        "Présents :\nn° 1 M. Jean ROUX\nn° 2 Mme Anne BOIS\nn°3 M. Paul VIDAL\n",
        "Présents :\nN°1 - ROUX Jean\nN°2 - BOIS Anne\nN°3 - VIDAL Paul\n",
        "Présents : n°1 M. Jean ROUX, n°2 Mme Anne BOIS, n°3 M. Paul VIDAL.\n",
        "Présents :\n#1 M. Jean ROUX\n#2 Mme Anne BOIS\n#3 M. Paul VIDAL\n",
        "Présents : #1 ROUX Jean ; #2 BOIS Anne ; #3 VIDAL Paul\n",
        "Présents :\na) M. Jean ROUX\nb) Mme Anne BOIS\nc) M. Paul VIDAL\n",
        "Présents :\n1.\tM. Jean ROUX\n2.\tMme Anne BOIS\n3.\tM. Paul VIDAL\n",
    ],
)
def test_every_numbering_of_a_list_leaves_the_names_alone(listed: str) -> None:
    extract = parse_extract(OPENING + listed + CLOSING)
    assert [(p.first_name, p.last_name) for p in extract.present] == [
        ("Jean", "ROUX"),
        ("Anne", "BOIS"),
        ("Paul", "VIDAL"),
    ]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


def test_a_number_that_starts_no_run_stays_as_printed() -> None:
    # « n° 12 » alone before a name is no list's number: the item keeps it
    extract = parse_extract(
        OPENING
        + "Présents : M. Jean ROUX, Mme Anne BOIS.\n"
        + CLOSING
        + "Délibération n° 12 M. ROUX rapporteur : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    assert [i.deliberation.number for i in extract.items] == ["12"]


def test_a_civility_whose_initial_wrapped_is_one_name() -> None:
    # « M. » at a line's end, « M. PONCET » below: M. Marc PONCET, no member called « M »
    extract = parse_extract(
        OPENING
        + "Présents : M. P. JACQUEMOND, Mme C. COLOMB, M.\n"
        + "M. PONCET, Mme I. BRUYÈRE, M.\nA. DUPUY.\n"
        + CLOSING
    )
    assert [(p.first_name, p.last_name) for p in extract.present] == [
        ("P.", "JACQUEMOND"),
        ("C.", "COLOMB"),
        ("M.", "PONCET"),
        ("I.", "BRUYÈRE"),
        ("A.", "DUPUY"),
    ]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_two_columns_glued_at_a_commune_s_parenthesis_are_two_names(shape: str) -> None:
    text = (
        OPENING
        + "Présents : Mme Léa ROCHE (Vals) M. Yves BLANC (Tence)Mme Ida FAURE (Vals)M. Guy"
        + " SERRE\nSecrétaire de séance : Mme Léa ROCHE\n"
    )
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    assert surnames(extract.present) == ["blanc", "faure", "roche", "serre"]


# -- proxies as an HTML table, or a PDF's text exported to HTML -------------------------------

HTML_HEAD = (
    "<html><head><meta charset='utf-8'></head><body>"
    "<p>Commune de Plouzévédé</p><p>Procès-verbal du conseil municipal du 30 mai 2024</p>"
    "<p>Présents : Mme Anne LE BRAS, M. Yann LE GOFF, Mme Katell GUEGUEN, M. Loïc CORRE</p>"
)
HTML_TAIL = (
    "<p>Secrétaire de séance : M. Loïc CORRE</p>"
    "<p>Délibération n° 2024-051 – Compte de gestion 2023</p><p>Adopté à l'unanimité.</p>"
    "</body></html>"
)


def _html(tmp_path: Path, body: str) -> Extract:
    path = tmp_path / "pv.html"
    path.write_text(HTML_HEAD + body + HTML_TAIL, encoding="utf-8")
    parsed = parse_document(path)
    assert isinstance(parsed, Extract)
    return parsed


@pytest.mark.parametrize(
    ("giver", "holder"),
    [
        ("Conseiller absent", "Pouvoir donné à"),
        ("Élu(e) absent(e)", "Représenté(e) par"),
        ("Conseillère excusée", "Procuration à"),
        ("Mandant", "Mandataire"),
    ],
)
def test_a_proxies_table_in_html_gives_each_row_s_giver_and_holder(
    tmp_path: Path, giver: str, holder: str
) -> None:
    extract = _html(
        tmp_path,
        f"<p>Pouvoirs :</p><table><tr><th>{giver}</th><th>{holder}</th></tr>"
        "<tr><td>Mme Hélène KERDRAON</td><td>M. Yann LE GOFF</td></tr>"
        "<tr><td>M. Jean-Yves MORVAN</td><td>Mme Katell GUEGUEN</td></tr></table>",
    )
    assert handed(extract.proxies) == [("kerdraon", "le goff"), ("morvan", "gueguen")]
    assert not extract.absent


def test_a_pdf_s_text_exported_to_html_keeps_its_column_gaps(tmp_path: Path) -> None:
    extract = _html(
        tmp_path,
        "<p>Pouvoirs<br>\nMandant                         Mandataire<br>\n"
        "KERDRAON Hélène                 LE GOFF Yann<br>\n"
        "MORVAN Jean-Yves                GUEGUEN Katell<br></p>",
    )
    assert handed(extract.proxies) == [("kerdraon", "le goff"), ("morvan", "gueguen")]


# -- a list of a sitting's deliberations, printed as text columns -------------------------------

LIST_HEAD = "COMMUNE DE SAINT-AUBIN-DU-PLAIN\n{title}\n\n"
ROWS = [
    ("2024-10", "Approbation du compte de gestion 2023", "Unanimité"),
    ("2024-11", "Vote du compte administratif 2023", "Adopté à l'unanimité"),
    ("2024-12", "Affectation des résultats 2023", "14 pour - 1 contre"),
    ("2024-13", "Subventions aux associations", "Rejetée (5 pour, 9 contre)"),
]


def _acts_list(tmp_path: Path, title: str, header: str | None, dated: str) -> Extract:
    lines = [LIST_HEAD.format(title=title)]
    if header is not None:
        lines.append(header)
    for number, label, decided in ROWS:
        row = {
            "none": f"{number:<10}{label:<50}{decided}",
            "after": f"{number:<10}12/03/2024   {label:<50}{decided}",
            "before": f"12/03/2024   {number:<10}{label:<50}{decided}",
            "words": f"{number:<10}12 mars 2024   {label:<50}{decided}",
        }[dated]
        lines.append(row)
    path = tmp_path / "liste.txt"
    path.write_text("\n".join(lines) + "\n\nAffichée le 15 mars 2024\n", encoding="utf-8")
    parsed = parse_document(path)
    assert isinstance(parsed, Extract)
    return parsed


@pytest.mark.parametrize(
    ("title", "header", "dated"),
    [
        ("Liste des délibérations – Conseil municipal du 12 mars 2024", None, "none"),
        ("Liste des délibérations – Conseil municipal du 12 mars 2024", None, "after"),
        ("Séance du 12 mars 2024 – délibérations", None, "before"),
        (
            "Conseil municipal du 12 mars 2024",
            "N°        Date         Objet                                       Vote",
            "after",
        ),
        (
            "Séance du 12 mars 2024",
            "Date         N°        Intitulé                                    Décision",
            "before",
        ),
        (
            "Conseil municipal – séance du 12 mars 2024",
            "Numéro    Date de la séance   Objet                             Résultat",
            "words",
        ),
    ],
)
def test_a_list_of_deliberations_in_text_columns_gives_each_act(
    tmp_path: Path, title: str, header: str | None, dated: str
) -> None:
    extract = _acts_list(tmp_path, title, header, dated)
    assert extract.sitting_date == date(2024, 3, 12)
    read_rows = [
        (
            i.deliberation.number,
            i.deliberation.title,
            i.deliberation.votes_for,
            i.deliberation.votes_against,
        )
        for i in extract.items
    ]
    assert [row[:2] for row in read_rows] == [(n, t) for n, t, _ in ROWS]
    assert read_rows[2][2:] == (14, 1)
    assert read_rows[3][2:] == (5, 9)
    assert [i.deliberation.outcome for i in extract.items][-1] == "rejected"


# -- a roll call's rows printed without their table's header ------------------------------------

ROLL_HEAD = (
    "SYNDICAT INTERCOMMUNAL D'ÉNERGIE DU HAUT-VIVARAIS\nComité syndical du 9 avril 2024\n"
    "Procès-verbal\nSous la présidence de M. Jean ROUX, Président.\n"
    "Délégués en exercice : 6 – Présents : 3 – Votants : 4\n\n{cue}\n"
)
ROLL_TAIL = "\nSecrétaire de séance : M. Paul VIDAL\n"


@pytest.mark.parametrize(
    ("cue", "rows"),
    [
        (
            "Feuille de présence",
            [
                "Annonay       M. Jean ROUX        présent",
                "Davézieux     Mme Anne BOIS       représentée par M. Jean ROUX",
                "Boulieu       M. Paul VIDAL       présent",
                "Roiffieux     Mme Lise FAYE       excusée",
                "Quintenas     M. Marc TISSOT      présent",
                "Ardoix        Mme Rose GIRAUD     absente",
            ],
        ),
        (
            "",
            [
                "ROUX Jean          Présent",
                "BOIS Anne          Excusée        ROUX Jean",
                "VIDAL Paul         Présent",
                "FAYE Lise          Excusée",
                "TISSOT Marc        Présent",
                "GIRAUD Rose        Absente",
            ],
        ),
        (
            "Émargement :",
            [
                "M. Jean ROUX\tPrésent",
                "Mme Anne BOIS\tExcusée - pouvoir à M. ROUX",
                "M. Paul VIDAL\tPrésent",
                "Mme Lise FAYE\tExcusée",
                "M. Marc TISSOT\tPrésent",
                "Mme Rose GIRAUD\tAbsente",
            ],
        ),
    ],
)
def test_a_roll_call_s_rows_without_their_header_give_each_status(
    cue: str, rows: list[str]
) -> None:
    extract = parse_extract(ROLL_HEAD.format(cue=cue) + "\n".join(rows) + "\n" + ROLL_TAIL)
    assert surnames(extract.present) == ["roux", "tissot", "vidal"]
    assert handed(extract.proxies) == [("bois", "roux")]
    assert surnames(extract.absent_excused) == ["bois", "faye"]
    assert surnames(extract.absent) == ["giraud"]


def test_two_rows_with_a_status_are_no_roll_call() -> None:
    # two lines whose words stand apart and end on a status are no table: left as printed
    rows = "Note   Mme Anne BOIS   excusée\nNote   Mme Lise FAYE   absente\n"
    assert rewrite_tables(rows) == rows
    three = rows + "Note   M. Paul VIDAL   présent\n"
    assert rewrite_tables(three).splitlines() == [
        "Excusé : Mme Anne BOIS.",
        "Absent : Mme Lise FAYE.",
        "Présent : M. Paul VIDAL.",
    ]


# -- line numbers in a margin, however printed --------------------------------------------------

NUMBERED_BODY = [
    "COMMUNE DE LAVAL-SUR-DOULON",
    "PROCÈS-VERBAL DU CONSEIL MUNICIPAL",
    "Séance du 11 juin 2024",
    "L'an deux mille vingt-quatre, le onze juin à vingt heures, le conseil municipal,",
    "convoqué le 4 juin 2024, s'est réuni sous la présidence de M. Alain",
    "BRUNEL, Maire.",
    "Conseillers en exercice : 11 - Présents : 8 - Votants : 10",
    "Présents : M. Alain BRUNEL, Mme Chantal DELMAS, M. Éric FOURNIER, Mme Inès",
    "GARNIER, M. Julien HUGON, Mme Karine LAVAL, M. Marc MEYNIER, Mme",
    "Nadine ORLHAC.",
    "Pouvoirs : M. Pierre ROCHE à M. Alain BRUNEL ; Mme Sylvie TEIL à Mme",
    "Chantal DELMAS.",
    "Absent : M. Victor VALAT.",
    "Secrétaire de séance : Mme Karine LAVAL.",
    "",
    "Délibération n° 2024-30 : Tarifs de la cantine",
    "Adoptée à l'unanimité.",
]
MARGINS = {
    "right-every-five": lambda n, line: f"{line:<90}{n if n % 5 == 0 else ''}",
    "bar-every-line": lambda n, line: f"{n:>3} | {line}",
    "one-space-every-five": lambda n, line: f"{n} {line}" if n % 5 == 0 else line,
    "tab-every-five": lambda n, line: f"{n}\t{line}" if n % 5 == 0 else f"\t{line}",
    "one-space-every-line": lambda n, line: f"{n} {line}",
}


@pytest.mark.parametrize("margin", MARGINS)
def test_line_numbers_in_a_margin_break_no_name(margin: str) -> None:
    text = "\n".join(MARGINS[margin](n, line) for n, line in enumerate(NUMBERED_BODY, 1))
    extract = parse_extract(text + "\n")
    assert extract.president is not None
    assert extract.president.last_name == "BRUNEL"
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (11, 8, 10)
    assert surnames(extract.present) == [
        "brunel", "delmas", "fournier", "garnier", "hugon", "laval", "meynier", "orlhac",
    ]  # fmt: skip
    assert handed(extract.proxies) == [("roche", "brunel"), ("teil", "delmas")]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


def test_figures_at_lines_ends_that_keep_no_pace_stay() -> None:
    # a vote's figures at the right of their labels are no line numbers
    extract = parse_extract(
        OPENING
        + "Présents : M. Jean ROUX, Mme Anne BOIS, M. Paul VIDAL.\n"
        + CLOSING
        + "Délibération n° 2025-02 : Tarifs\nPour          12\nContre         3\n"
        + "Abstention     1\n"
    )
    vote = extract.items[0].deliberation
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (12, 3, 1)


# -- the same layouts with their line breaks lost ------------------------------------------------


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("dated", ["none", "after", "words"])
def test_a_flattened_list_of_deliberations_gives_each_act(tmp_path: Path, dated: str) -> None:
    lines = [
        "MAIRIE DE LONGEVILLE-SUR-AUBE",
        "Liste des délibérations du conseil municipal – séance du 12 mars 2024",
        "N°        Date         Objet                                       Vote",
    ]
    for number, label, decided in ROWS:
        when = {"none": "", "after": "12/03/2024   ", "words": "12/03/2024   "}[dated]
        lines.append(f"{number:<10}{when}{label:<50}{decided}")
    lines.append("Affichée le 15 mars 2024 Le Maire, Jean-Marc PITOIS")
    path = tmp_path / "liste.txt"
    path.write_text(_flat("\n".join(lines)) + "\n", encoding="utf-8")
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        (n, t) for n, t, _ in ROWS
    ]
    assert [i.deliberation.unanimous for i in extract.items][:2] == [True, True]
    votes = [(i.deliberation.votes_for, i.deliberation.votes_against) for i in extract.items]
    assert votes[2:] == [(14, 1), (5, 9)]


@pytest.mark.parametrize(
    ("head", "pairs"),
    [
        ("Mandant Mandataire", "M. Paul ROUX Mme Anne BOIS Mme Lise FAYE M. Jean VIDAL"),
        ("Conseiller absent Pouvoir donné à", "ROUX Paul BOIS Anne FAYE Lise VIDAL Jean"),
        ("Mandants Mandataires", "Mme Lise FAYE M. Jean VIDAL M. Paul ROUX Mme Anne BOIS"),
    ],
)
def test_a_flattened_table_of_proxies_pairs_its_names(head: str, pairs: str) -> None:
    extract = parse_extract(
        _flat(
            OPENING
            + "Présents : Mme Anne BOIS, M. Jean VIDAL, M. Marc TISSOT.\n"
            + f"Pouvoirs {head} {pairs}\nAbsente : Mme Rose GIRAUD\n"
            + CLOSING
        )
    )
    assert handed(extract.proxies) == [("faye", "vidal"), ("roux", "bois")]
    assert surnames(extract.absent) == ["giraud"]


def test_a_count_run_into_the_next_sentence_is_read() -> None:
    extract = parse_extract(
        _flat(
            OPENING
            + "Nombre de conseillers : en exercice 15 - présents 12 - votants 14\n"
            + "Sous la présidence de M. Jean ROUX, Maire.\n"
            + "Présents : M. Jean ROUX, Mme Anne BOIS.\n"
        )
    )
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (15, 12, 14)


# -- names in columns, one wrapped in its column -----------------------------------------------

GAP = " " * 12


@pytest.mark.parametrize(
    "columns",
    [
        [
            ["M. Jean-Baptiste DE LA", "Mme Lise FAYE"],
            ["ROCHE", "M. Marc TISSOT"],
            ["M. Paul VIDAL", "Mme Rose GIRAUD"],
        ],
        [
            ["M. Paul VIDAL", "Mme Rose GIRAUD"],
            ["M. Marc TISSOT", "M. Jean-Baptiste DE LA"],
            ["Mme Lise FAYE", "ROCHE"],
        ],
        [
            ["M. Paul VIDAL", "M. Marc TISSOT", "M. Jean-Baptiste DE LA"],
            ["Mme Lise FAYE", "Mme Rose GIRAUD", "ROCHE"],
        ],
    ],
)
def test_a_surname_wrapped_in_its_column_is_one_name(columns: list[list[str]]) -> None:
    rows = "".join(GAP.join(f"{cell:<24}" for cell in row).rstrip() + "\n" for row in columns)
    extract = parse_extract(OPENING + "Présents :\n" + rows + CLOSING)
    assert surnames(extract.present) == ["de la roche", "faye", "giraud", "tissot", "vidal"]


def test_a_hyphenated_surname_wrapped_in_its_column_is_one_name() -> None:
    rows = [
        ["M. Jean BARRAL-", "Mme Lise FAYE"],
        ["MONTFERRAT", "M. Marc VAN DER"],
        ["Mme Anne BOIS", "MEULEN"],
    ]
    text = "".join(GAP.join(f"{cell:<24}" for cell in row).rstrip() + "\n" for row in rows)
    extract = parse_extract(OPENING + "Présents :\n" + text + CLOSING)
    assert [p.last_name for p in extract.present] == [
        "BARRAL-MONTFERRAT",
        "FAYE",
        "VAN DER MEULEN",
        "BOIS",
    ]


def test_a_transmission_stamp_between_a_list_s_lines_is_no_name() -> None:
    extract = parse_extract(
        OPENING
        + "Présents : M. Jean ROUX, Mme Anne BOIS, M. Paul\n"
        + "Accusé de réception en préfecture\n042-214200012-20250305-2025_07-DE\n"
        + "Reçu le 07/03/2025\nVIDAL, Mme Lise FAYE.\n"
        + CLOSING
    )
    assert surnames(extract.present) == ["bois", "faye", "roux", "vidal"]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


def test_a_title_wrapped_under_its_row_stays_the_row_s(tmp_path: Path) -> None:
    path = tmp_path / "liste.txt"
    path.write_text(
        "COMMUNE DE SAINT-AUBIN-DU-PLAIN\n"
        "Liste des délibérations – Conseil municipal du 12 mars 2024\n\n"
        "2024-10   Approbation du compte de gestion 2023 du budget        Adoptée à l'unanimité\n"
        "          annexe de l'assainissement\n"
        "2024-11   Vote du compte administratif 2023                      Adoptée à l'unanimité\n"
        "2024-12   Affectation des résultats 2023                         14 pour, 1 contre\n",
        encoding="utf-8",
    )
    extract = parse_document(path)
    assert isinstance(extract, Extract)
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("2024-10", "Approbation du compte de gestion 2023 du budget annexe de l'assainissement"),
        ("2024-11", "Vote du compte administratif 2023"),
        ("2024-12", "Affectation des résultats 2023"),
    ]
