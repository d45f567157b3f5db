"""Wordings of other councils the reader got wrong: names printed without capitals whose surname
has several words (« Mme Elise Gonzalez Grail », « M. Le Goff Bernard ») or is wrapped to the
next line after its particle, a proxy named by its holder first without a bracket (« M. X
porteur du pouvoir de Mme Y », « …, ayant reçu procuration de … », « titulaire de la délégation
de vote de »), report and file numbers with the act's letters before their figures (« Rapport
n° DCP 2024-10-05 Objet : … », « Dossier n° AGR 2025/031 : … »), and an eurométropole's
heading (its council and its body)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.documents import Finding, Person, ProxyLine
from storage.importer import Importer
from storage.models import Body, Council, Sitting
from storage.names import fold, parse_person
from storage.parsing.extract import parse_extract
from tests.documents import printed, read

SHAPES = ["line-broken", "flattened"]


def surnames(people: list[Person]) -> list[str]:
    return sorted(p.last_name for p in people)


def handed(proxies: list[ProxyLine]) -> list[tuple[str, str]]:
    return sorted((p.giver.last_name, p.holder.last_name) for p in proxies)


# -- A. names in title case, surnames of several words -------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_title_case_surnames_of_several_words_are_read_whole(shape: str) -> None:
    extract = read("commune-pv-title-case-double-surnames.txt", shape)
    assert surnames(extract.present) == [
        "Dupuy",
        "Gourvès",
        "Le Bihan Guéguen",  # wrapped after « M. Ewen », its particle opening the next line
        "Le Gallic",
        "Martin Ruiz",
        "Pereira Da Cunha",
        "Rivoal",
        "Saint Jalmes",
    ]
    firsts = {p.last_name: p.first_name for p in extract.present}
    assert firsts["Dupuy"] == "Marie Claire"  # two given names, no hyphen
    assert firsts["Rivoal"] == "Jean Luc"
    assert firsts["Martin Ruiz"] == "Tanguy"
    assert handed(extract.proxies) == [("Tanguy Coat", "Gourvès")]
    assert surnames(extract.absent) == ["Abgrall", "Le Dû"]
    assert extract.president is not None
    assert extract.president.last_name == "Le Gallic"
    assert extract.secretary is not None
    assert extract.secretary.last_name == "Saint Jalmes"


@pytest.mark.parametrize(
    ("printed_name", "first", "last"),
    [
        ("Mme Elise Gonzalez Grail", "Elise", "Gonzalez Grail"),
        ("M. Luc Mas Soubrier", "Luc", "Mas Soubrier"),
        ("Mme Ophélie Martin Lopez", "Ophélie", "Martin Lopez"),
        ("Mme Anne Marie Roux", "Anne Marie", "Roux"),
        ("M. Le Goff Bernard", "Bernard", "Le Goff"),
        ("Kerjean Le Bras Anne", "Anne", "Kerjean Le Bras"),
        ("Mme Paula Dos Santos", "Paula", "Dos Santos"),
        # unchanged: capitals say the surname, two words say nothing more
        ("Mme Ramona GONZALEZ GRAIL", "Ramona", "GONZALEZ GRAIL"),
        ("M. Jean-Pierre Le Goff", "Jean-Pierre", "Le Goff"),
        ("Paul Bernard", "Paul", "Bernard"),
    ],
)
def test_the_common_given_names_tell_a_surname_of_several_words(
    printed_name: str, first: str, last: str
) -> None:
    person = parse_person(printed_name)
    assert (person.first_name, person.last_name) == (first, last)


# -- B. the holder named first, without a bracket ------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_a_proxy_named_holder_first_is_read_whichever_its_words(shape: str) -> None:
    extract = read("communaute-cr-holders-named-first.txt", shape)
    assert handed(extract.proxies) == [
        ("CHAUVIN", "BOUVET"),
        ("FOUCHER", "ÉCHARD"),
        ("NOYER", "JOUBERT"),
        ("OGER", "LAMBERT"),
    ]
    # the holders sit; the givers do not
    assert {"BOUVET", "ÉCHARD", "JOUBERT", "LAMBERT"} <= set(surnames(extract.present))
    assert not {"CHAUVIN", "FOUCHER", "NOYER", "OGER"} & set(surnames(extract.present))
    assert len(extract.present) == 10
    assert not [f for f in extract.findings if "proxy" in f.code or "name" in f.code]


HEAD = (
    "COMMUNE DE SAINT-MARC\nConseil municipal du 3 mars 2025\n"
    "Sous la présidence de M. Jean BRUN, Maire.\n"
)
VOTED = (
    "\nSecrétaire de séance : Mme Anne ROUX.\n\n1 - Tarifs de la cantine\nAdopté à l'unanimité.\n"
)
HOLDINGS = [
    "Présents : M. Jean BRUN, Mme Anne ROUX, M. Luc MARTY détenteur du pouvoir de Mme Ida VIAL.\n",
    "Présents : M. Jean BRUN, Mme Anne ROUX, M. Luc MARTY.\n"
    "Pouvoirs : M. Luc MARTY, mandataire de Mme Ida VIAL.\n",
    "Présents : M. Jean BRUN, Mme Anne ROUX, M. Luc MARTY.\n"
    "M. Luc MARTY porteur de la procuration de Mme Ida VIAL.\n",
    "Présents : M. Jean BRUN, Mme Anne ROUX, M. Luc MARTY, qui a reçu pouvoir de Mme Ida VIAL.\n",
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("roll", HOLDINGS)
def test_every_holder_first_wording_gives_the_same_proxy(roll: str, shape: str) -> None:
    text = HEAD + roll + "Excusée : Mme Ida VIAL.\n" + VOTED
    extract = parse_extract(printed(text, shape))
    assert handed(extract.proxies) == [("VIAL", "MARTY")]
    assert surnames(extract.present) == ["BRUN", "MARTY", "ROUX"]


# -- C. an act's letters before its figures ------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_report_and_file_numbers_keep_their_letters(shape: str) -> None:
    extract = read("departement-cp-prefixed-report-numbers-objet.txt", shape)
    items = [
        (i.deliberation.number, i.deliberation.title, i.deliberation.outcome)
        for i in extract.items
    ]
    assert items == [
        ("DCP 2025-10-01", "Soutien aux collèges pour les voyages scolaires", "adopted"),
        ("SG 25-114", "Avenant au contrat de maintenance des routes", "adopted"),
        ("AGR 2025/031", "Aide aux jeunes agriculteurs", "adopted"),
    ]
    second = extract.items[1].deliberation
    assert (second.votes_for, second.votes_against, second.abstentions) == (5, 0, 1)
    assert extract.body == "Commission permanente"


# -- D. an eurométropole -------------------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_an_eurometropole_is_a_metropole_and_its_council_a_body(shape: str) -> None:
    extract = read("eurometropole-conseil-heading.txt", shape)
    assert extract.council is not None
    assert extract.council.name == "Eurométropole de Valdorf"
    assert extract.council.kind == "métropole"
    assert extract.body == "Conseil de l'Eurométropole"
    assert extract.sitting_date == date(2025, 11, 27)
    assert handed(extract.proxies) == [("WALTER", "VOGT")]


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("EUROMÉTROPOLE DU HAUT-VAL\nBureau de l'Eurométropole du 4 avril 2025\n", "Bureau"),
        ("Eurométropole de Kehlbach\nConseil de l'Eurométropole du 4 avril 2025\n", "Conseil"),
    ],
)
def test_each_body_of_an_eurometropole_names_it(heading: str, body: str) -> None:
    text = heading + "Présents : Mme Eva ROTH, M. Paul HAAS.\n\n1. Voirie\nAdopté à l'unanimité.\n"
    extract = parse_extract(text)
    assert extract.council is not None
    assert extract.council.kind == "métropole"
    assert extract.body is not None
    assert extract.body.startswith(body)
    assert extract.sitting_date == date(2025, 4, 4)


# -- E. the presents printed without a cue -------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_names_under_the_opening_formula_are_the_presents(shape: str) -> None:
    extract = read("commune-pv-roll-call-without-cue.txt", shape)
    assert surnames(extract.present) == [
        "CARIOU",
        "DERRIEN",
        "FLOCH",
        "GUILLERM",
        "HENRY",
        "JAOUEN",
        "LE MOAL",
        "NICOLAS",
    ]
    assert surnames(extract.absent_excused) == ["PASTOL", "QUINIOU"]
    assert surnames(extract.absent) == ["RIOU"]
    assert handed(extract.proxies) == [("PASTOL", "CARIOU")]


UNCUED = [
    # surname first, wrapped, then the proxies' cue
    "BRUN Jean, ROUX Anne,\nVIGNE Paul, FAYE Luc.\nPouvoirs : BOIS Ida à ROUX Anne.\n",
    # title case with civilities, « et » before the last
    "Mme Anne Roux, M. Jean Brun, M. Paul Vigne et M. Luc Faye.\nExcusée : Mme Ida Bois.\n",
    # capitals after civilities, then the absentees' cue
    "M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE, M. Luc FAYE\nAbsente : Mme Ida BOIS.\n",
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("roll", UNCUED)
def test_every_uncued_roll_call_reads_its_presents(roll: str, shape: str) -> None:
    extract = parse_extract(printed(HEAD + roll + VOTED, shape))
    assert sorted(fold(p.last_name) for p in extract.present) == ["brun", "faye", "roux", "vigne"]
    assert [fold(p.last_name) for p in extract.absent_excused + extract.absent] + [
        fold(p.giver.last_name) for p in extract.proxies
    ] == ["bois"]


def test_names_in_a_sentence_are_no_roll_call() -> None:
    """A line of names with no absentees' cue under it (the committee's members named in an
    item) is nobody's presence."""
    text = (
        HEAD
        + VOTED
        + (
            "\nLa commission se compose de M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
            "M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE\n\nLe Maire,\nJean BRUN\n"
        )
    )
    assert parse_extract(text).present == []


# -- F. the body a heading never names -----------------------------------------------------

NO_BODY = """{letterhead}
Réunion du 12 juin 2025 à 18 heures

{opening}
Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.
Absente : Mme Ida BOIS.

2025-12 Budget primitif 2025
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    ("letterhead", "opening", "body", "source"),
    [
        ("SIVOM DE LA HAUTE-VALLÉE", "", "Comité Syndical", "kind"),
        ("PETR DU PAYS DES SOURCES", "", "Comité Syndical", "kind"),
        ("Communauté de communes du Val d'Aure", "", "Conseil Communautaire", "kind"),
        ("", "Les délégués communautaires présents :", "Conseil Communautaire", "text"),
        ("", "Les conseillers communautaires présents :", "Conseil Communautaire", "text"),
        ("", "Sous la présidence de M. Jean BRUN, Maire.", "Conseil Municipal", "mayor"),
    ],
)
def test_a_body_never_named_is_told_by_what_the_document_says(
    letterhead: str, opening: str, body: str, source: str
) -> None:
    extract = parse_extract(NO_BODY.format(letterhead=letterhead, opening=opening))
    assert extract.body == body
    assert Finding("body_inferred", {"body": body, "source": source}) in extract.findings
    assert Finding("not_found", {"field": "body"}) not in extract.findings


def test_a_document_that_says_nothing_of_its_body_leaves_it_unread() -> None:
    extract = parse_extract(
        NO_BODY.format(letterhead="", opening="Sous la présidence de M. Jean BRUN, Président.")
    )
    assert extract.body is None
    assert Finding("not_found", {"field": "body"}) in extract.findings


def test_a_document_without_its_body_is_imported_and_says_what_to_add(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    """The store serves one council: a document naming neither council nor body is filed under
    that council's assembly, the secretariat told what was inferred and what to add; a
    syndicat's document without its body is filed under its Comité syndical."""
    unnamed = NO_BODY.format(letterhead="", opening="Sous la présidence de M. Jean BRUN.")
    syndicat = NO_BODY.format(letterhead="SIVOM DE LA HAUTE-VALLÉE", opening="")
    with db.session(loaded_engine) as session:
        (served,) = session.exec(select(Council)).all()
        paths = [tmp_path / "sans-organe.txt", tmp_path / "sivom.txt"]
        for path, text in zip(paths, (unnamed, syndicat), strict=True):
            path.write_text(text, encoding="utf-8")
        reports = Importer(session).import_files(paths)
    assert [r.status for r in reports] == ["imported", "imported"]
    assert reports[0].council == served.name
    assert "body_inferred" in [f.code for f in reports[0].findings]
    assert (reports[1].council, reports[1].sitting_body) == (
        "SIVOM de la Haute-Vallée",
        "Comité Syndical",
    )
    with db.session(loaded_engine) as session:
        bodies = {b.name for b in session.exec(select(Body)).all()}
        held = {str(s.held_on) for s in session.exec(select(Sitting)).all()}
    assert "Comité Syndical" in bodies
    assert "2025-06-12" in held


# -- G. proxies inside the roll call, wherever the line breaks -----------------------------

LONG_ROLL = ", ".join(
    f"{'Monsieur' if i % 2 else 'Madame'} {given} {surname}"
    for i, (given, surname) in enumerate(
        [
            ("Alice", "ARNAUD"), ("Bruno", "BESSE"), ("Chloé", "CARRIER"), ("Denis", "DUMONT"),
            ("Emma", "ESTRADE"), ("Fabien", "FOUQUET"), ("Gisèle", "GARNIER"), ("Henri", "HOARAU"),
            ("Iris", "ISSARTEL"), ("Jules", "JACQUIN"), ("Karine", "KLEIN"), ("Louis", "LOMBARD"),
            ("Mona", "MARTEL"), ("Noé", "NICOLAS"), ("Odile", "OLLIER"), ("Pierre", "PAGES"),
        ]
    )
)  # fmt: skip


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("note", ["(+ pouvoir Mme ROYER)", "(+ procuration M. ROYER)"])
def test_a_plus_proxy_in_a_long_roll_call_stays_with_its_holder(note: str, shape: str) -> None:
    """A roll call long enough to be cut at its sentences: the giver's civility inside the
    bracket opens no new entry."""
    roll = f"Présents : {LONG_ROLL}, Monsieur Yann TESSIER {note}, Madame Zoé VIAL.\n"
    extract = parse_extract(printed(HEAD + roll + "Excusé : M. Guy TOUR.\n" + VOTED, shape))
    assert handed(extract.proxies) == [("ROYER", "TESSIER")]
    assert len(extract.present) == 19  # and the chair, who sat
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


@pytest.mark.parametrize(
    "lines",
    [
        "Ghislaine Roche représentée par Fanny Lebrun\n"
        "Maxence Perrin représenté par Hervé Colas\n",
        "Pouvoirs :\nGhislaine Roche donne pouvoir à Fanny Lebrun\n"
        "Maxence Perrin a donné procuration à Hervé Colas\n",
        # two sentences on one line, no capitals to tell the surnames
        "Ghislaine Roche donne pouvoir à Fanny Lebrun. "
        "Maxence Perrin donne pouvoir à Hervé Colas.\n",
        # the holder first, « pour » the giver, in the proxies' list
        "Procurations : Fanny Lebrun pour Ghislaine Roche, Hervé Colas pour Maxence Perrin.\n",
    ],
)
def test_one_proxy_a_line_in_mixed_case_is_read_line_by_line(lines: str) -> None:
    roll = "Présents : Jean Brun, Fanny Lebrun, Hervé Colas, Anne Roux.\n" + lines
    extract = parse_extract(HEAD + roll + VOTED)
    assert handed(extract.proxies) == [("Perrin", "Colas"), ("Roche", "Lebrun")]
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


def test_a_holders_given_name_wrapped_to_the_next_line_stays_his() -> None:
    roll = (
        "Présents : M. BRUN Jean, M. MARTY Luc, Mme ROUX Anne, M. VIGNE Paul.\n"
        "Absents ayant donné procuration : Mme VIAL Ida qui a donné procuration à M. MARTY\n"
        "Luc, M. RIOU Paul qui a donné procuration à M. VIGNE\n"
        "Paul.\n"
    )
    extract = parse_extract(HEAD + roll + VOTED)
    holders = sorted(
        (p.giver.last_name, p.holder.last_name, p.holder.first_name) for p in extract.proxies
    )
    assert holders == [("RIOU", "VIGNE", "Paul"), ("VIAL", "MARTY", "Luc")]
    everyone = extract.present + extract.absent_excused + extract.absent
    assert "Luc" not in {p.last_name for p in everyone}


# -- H. the act's own word before its outcome ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "outcome", "unanimous"),
    [
        (
            "Délibération adoptée à l'unanimité des membres présents et représentés.",
            "adopted",
            True,
        ),
        ("Proposition adoptée à l'unanimité.", "adopted", True),
        ("Motion rejetée par 9 voix contre et 2 voix pour.", "rejected", False),
    ],
)
def test_an_outcome_opened_by_the_acts_word_is_the_vote(
    sentence: str, outcome: str, unanimous: bool
) -> None:
    text = (
        "COMMUNE DE SAINT-MARC\nExtrait du registre des délibérations du conseil municipal\n"
        "Séance du 3 mars 2025\nPrésents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
        "Délibération n° 2025-014 : Tarifs de la cantine\n"
        "Le conseil municipal, après en avoir délibéré,\n- fixe les tarifs.\n" + sentence + "\n"
    )
    deliberation = parse_extract(text).deliberation
    assert (deliberation.outcome, deliberation.unanimous) == (outcome, unanimous)
    assert deliberation.decisions == ["fixe les tarifs"]


# -- I. a relevé's decisions as a bulleted list of verbs in lower case -----------------------

RELEVE = """{council}
Relevé des décisions du {body} du 14 mai 2025

{lead}
{bullet} approuve le compte de gestion 2024 (unanimité, le Président s'étant retiré) ;
{bullet} attribue une subvention de 5 000 € au comité des fêtes (12 voix pour, 1 contre) ;
{bullet} rejette la motion relative à la fermeture de la trésorerie (3 pour, 9 contre) ;
{bullet} prend acte du rapport annuel du délégataire.
"""


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("council", "body", "lead", "bullet"),
    [
        (
            "Commune de Saint-Marc",
            "conseil municipal",
            "Le conseil municipal, réuni sous la présidence de M. Jean BRUN, maire :",
            "-",
        ),
        (
            "Communauté de communes du Val d'Aure",
            "conseil communautaire",
            "Le conseil communautaire :",
            "•",
        ),
    ],
)
def test_each_bulleted_decision_of_a_releve_is_an_item(
    council: str, body: str, lead: str, bullet: str, shape: str
) -> None:
    text = RELEVE.format(council=council, body=body, lead=lead, bullet=bullet)
    extract = parse_extract(printed(text, shape))
    read_items = [
        (
            i.deliberation.title,
            i.deliberation.outcome,
            i.deliberation.votes_for,
            i.deliberation.votes_against,
        )
        for i in extract.items
    ]
    assert [(t.split()[0], o) for t, o, _, _ in read_items] == [
        ("Approuve", "adopted"),
        ("Attribue", "adopted"),
        ("Rejette", "rejected"),
        ("Prend", "noted"),
    ]
    assert [(f, a) for _, _, f, a in read_items[1:3]] == [(12, 1), (3, 9)]
    assert extract.items[0].deliberation.unanimous is True


# -- J. flattened lists of acts ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [("57/2024", "58/2024"), ("2024-057", "2024-058"), ("2024.0057", "2024.0058")],
)
def test_a_flattened_list_of_acts_keeps_each_act(first: str, second: str) -> None:
    """The outcome ends each act without a full stop; a figure inside a title (« n° 1 ») is no
    act's number."""
    text = (
        "Commune de Saint-Marc LISTE DES DÉLIBÉRATIONS – Conseil municipal du 3 mars 2025 "
        f"{first} - Tarifs de la piscine municipale : adoptée à l'unanimité "
        f"{second} - Décision modificative n° 1 au budget annexe de l'eau : prend acte "
        "Affichée le 7 mars 2025 – Le Maire, Jean BRUN"
    )
    extract = parse_extract(text)
    assert [
        (i.deliberation.number, i.deliberation.title, i.deliberation.outcome)
        for i in extract.items
    ] == [
        (first, "Tarifs de la piscine municipale", "adopted"),
        (second, "Décision modificative n° 1 au budget annexe de l'eau", "noted"),
    ]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "presenter", ["Présenté par Mme Lise WEBER", "Rapporteure : Mme Lise WEBER"]
)
def test_who_presents_the_act_is_no_title(presenter: str, shape: str) -> None:
    text = (
        HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, Mme Lise WEBER.\n\n"
        "1. Budget primitif 2025 – budget principal\nDélibération n° 23/2025\n"
        f"{presenter}\nIl est proposé d'adopter le budget.\nAdopté à l'unanimité.\n\n"
        "2. Tarifs de la cantine\nDélibération n° 24/2025\n"
        f"{presenter}\nAdopté par 2 voix pour et 1 abstention.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert [i.deliberation.title for i in extract.items] == [
        "Budget primitif 2025 – budget principal",
        "Tarifs de la cantine",
    ]


# -- K. names without capitals printed surname first, the whole document alike ----------------


@pytest.mark.parametrize("shape", SHAPES)
def test_a_document_printing_surnames_first_without_capitals_is_read_so(shape: str) -> None:
    """Most names end on a common given name and open on none: every name of two words is read
    surname first, the rarer given names too (« Tanguy Loïc », « Guéguen Maëlle »)."""
    extract = read("commune-cr-title-case-surname-first.txt", shape)
    assert sorted((p.last_name, p.first_name) for p in extract.present) == [
        ("Abgrall", "Denis"),
        ("Cozic", "Erwan"),
        ("Guéguen", "Maëlle"),
        ("Kerjean", "Nolwenn"),
        ("Le Floc'h", "Hervé"),
        ("Le Roux", "Catherine"),
        ("Madec", "Annick"),
        ("Tanguy", "Loïc"),
    ]
    assert handed(extract.proxies) == [("Quéméner", "Cozic")]
    assert surnames(extract.absent_excused) == ["Quéméner", "Riou"]
    assert extract.president is not None
    assert (extract.president.last_name, extract.president.first_name) == ("Le Floc'h", "Hervé")
    assert extract.secretary is not None
    assert extract.secretary.last_name == "Guéguen"


def test_names_printed_given_name_first_are_left_as_read() -> None:
    roll = "Présents : M. Loïc Tanguy, Mme Nolwenn Kerjean, M. Denis Abgrall, Mme Anne Bernard.\n"
    extract = parse_extract(HEAD + roll + VOTED)
    assert surnames(extract.present) == ["Abgrall", "BRUN", "Bernard", "Kerjean", "Tanguy"]
