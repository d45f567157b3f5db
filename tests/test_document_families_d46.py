"""A year printed with a thousands' space (« 12 mars 2 025 »); a woman's other name carried to
the next line (« GRANGER » / « épouse MOREAU »). Each document is invented and read as printed
and flattened (the `shape` fixture).
"""

from __future__ import annotations

from datetime import date

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import full, handed, printed, surnames

SPACED_YEAR = """\
SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-VERDON
COMITÉ SYNDICAL
Compte rendu de la séance du 9 octobre 2 025

Présents : M. Paul ARNAUD, Mme Léa BRUN, M. Marc COSTE.
Excusée : Mme Rose DAUMAS.

Délibération n° 2025-14 – Rapport annuel sur l'eau
Adopté à l'unanimité.
"""


def test_a_year_printed_with_a_thousands_space_dates_the_sitting(shape: str) -> None:
    extract = parse_extract(printed(SPACED_YEAR, shape))
    assert extract.sitting_date == date(2025, 10, 9)
    assert [p.last_name for p in extract.present] == ["ARNAUD", "BRUN", "COSTE"]


TWO_NAMES_ACROSS_LINES = """\
CONSEIL D'ADMINISTRATION DU CCAS DE VAREILLES
Séance du 20 novembre 2025

Présents : Mme Odile CHARPENTIER, Mme Claudine GRANGER
épouse MOREAU, Mme Lise PERRIN
née VALLET, M. Hugues HERVIEU.
Excusé : M. Paul DURAND.
"""


# An item's ordinal, then a title opening on a cue's word, after a vote or an outcome with no
# full stop: flattened, the cue's cut left the ordinal alone and the item was lost.
ORDINALS_TITLED_BY_CUES = """\
COMITÉ SYNDICAL DU SIVOM DE LA HAUTE-BRUCHE
Séance du 15 mai 2025
Présents : Mme Anne BOIS, M. Luc ROY, M. Paul VIAL.
Votants : 3
1 - Budget supplémentaire 2025
Pour : 3 Contre : 0 Abstention : 0
2 - Commune de Vaux : fonds de concours pour l'école
Pour : 2 Contre : 1 Abstention : 0
3 - Conseillers délégués : indemnités de fonction
Adopté à l'unanimité
4 - Adjoints : indemnités
Pour : 3 Contre : 0 Abstention : 0
5 - Tarifs de l'eau
Adopté à l'unanimité
"""


def test_an_ordinal_item_titled_by_a_cues_word_after_a_vote(shape: str) -> None:
    extract = parse_extract(printed(ORDINALS_TITLED_BY_CUES, shape))
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Budget supplémentaire 2025"),
        ("2", "Commune de Vaux : fonds de concours pour l'école"),
        ("3", "Conseillers délégués : indemnités de fonction"),
        ("4", "Adjoints : indemnités"),
        ("5", "Tarifs de l'eau"),
    ]
    assert extract.items[1].deliberation.votes_against == 1


def test_a_count_before_a_cue_s_heading_is_still_cut() -> None:
    # « 15 - Conseillers présents » is a count then a cue, no ordinal: the figures stay read
    extract = parse_extract(
        "CONSEIL MUNICIPAL Séance du 15 mai 2025 Conseillers en exercice : 15 - Conseillers "
        "présents : 12 - Votants : 13 Présents : Mme Anne BOIS, M. Luc ROY. Pouvoirs : néant"
    )
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.votes) == (15, 12, 13)


# The same in capitals, the vote's labels too: « … ABSTENTION : 2 2 - BUDGET PRIMITIF … ».
ORDINALS_IN_CAPITALS = """\
CONSEIL COMMUNAUTAIRE DU 6 FÉVRIER 2025
1 - APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE DU 12 DÉCEMBRE 2024
POUR : 30 CONTRE : 0 ABSTENTION : 2
2 - BUDGET PRIMITIF 2025 DU BUDGET PRINCIPAL
POUR : 25 CONTRE : 5 ABSTENTION : 2
3 - CONVENTION AVEC LA RÉGION POUR LES TRANSPORTS SCOLAIRES
ADOPTÉ À L'UNANIMITÉ
4 - TARIFS DES PISCINES
POUR : 31 CONTRE : 1 ABSTENTION : 0
"""


def test_ordinal_items_in_capitals_after_a_vote_with_no_stop(shape: str) -> None:
    extract = parse_extract(printed(ORDINALS_IN_CAPITALS, shape))
    assert [(i.ordinal, i.deliberation.votes_against) for i in extract.items] == [
        ("1", 0),
        ("2", 5),
        ("3", 0),
        ("4", 1),
    ]
    assert extract.items[3].deliberation.title == "TARIFS DES PISCINES"


# A coded act's number after the act's word, no « n° » (« Délibération CA 2025-13 : … »).
CODED_ACTS = """\
CONSEIL D'ADMINISTRATION DU CENTRE DE GESTION DE LA VÈZE
Séance du 10 avril 2025
Présents : Mme Anne BOIS, M. Luc ROY, M. Paul VIAL.
Délibération CA 2025-12 : Compte financier unique 2024
Adoptée par 2 voix pour et 1 abstention.
Délibération CA 2025-13 : Tarifs des missions facultatives
Adoptée à l'unanimité.
"""


def test_an_acts_coded_number_after_its_word_opens_its_item(shape: str) -> None:
    extract = parse_extract(printed(CODED_ACTS, shape))
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("CA 2025-12", "Compte financier unique 2024"),
        ("CA 2025-13", "Tarifs des missions facultatives"),
    ]


# Names printed without capitals: the common given names tell the order, the document's
# (« Bernard Marie Christine » in a list surname first) or the name's own (« Dufour
# Anne-Marie » among names given name first).
SURNAMES_FIRST_COMPOUND = """\
CONSEIL MUNICIPAL DE PLOUZANEC
Séance du 10 avril 2025
Présents : Mme Bernard Marie Christine, M. Chollet Paul, Mme Kerjean Anne, M. Gauthier Luc.
Absent : M. Texier Jean Pierre.
"""
MIXED_ORDERS = """\
CONSEIL MUNICIPAL DE PLOUZANEC
Séance du 10 avril 2025
Présents : Mme Sylvie Kerjean, M. Paul Chollet, Mme Dufour Anne-Marie, M. Luc Gauthier,
M. Morvan Jean-Yves.
"""


@pytest.mark.parametrize(
    ("document", "present"),
    [
        # « GRANGER » / « épouse MOREAU »: her name in use, on the next line
        (
            TWO_NAMES_ACROSS_LINES,
            "charpentier|odile moreau|claudine perrin|lise hervieu|hugues",
        ),
        (
            SURNAMES_FIRST_COMPOUND,
            "bernard|marie christine chollet|paul kerjean|anne gauthier|luc",
        ),
        (
            MIXED_ORDERS,
            "kerjean|sylvie chollet|paul dufour|anne marie gauthier|luc morvan|jean yves",
        ),
    ],
)
def test_the_presents_names_read_whole(document: str, present: str, shape: str) -> None:
    extract = parse_extract(printed(document, shape))
    assert " ".join(full(p) or "" for p in extract.present) == present
    assert "unreadable_name" not in [f.code for f in extract.findings]


def test_a_compound_given_name_in_a_list_surname_first_is_read_so(shape: str) -> None:
    extract = parse_extract(printed(SURNAMES_FIRST_COMPOUND, shape))
    assert [full(p) for p in extract.absent] == ["texier|jean pierre"]


@pytest.mark.parametrize(
    "cue", ["Représenté(e)s", "Représentée(s)", "Représenté(e)(s)", "Absent(e)s représenté(e)s"]
)
def test_the_represented_cue_in_its_inclusive_spellings(cue: str, shape: str) -> None:
    document = (
        "CONSEIL COMMUNAUTAIRE\nSéance du 20 novembre 2025\n"
        "Présents : M. Alain BRUYÈRE, Mme Nathalie CROZET.\n"
        f"{cue} : Mme Agnès LAFAY par M. Alain BRUYÈRE, M. Gaëtan MONTAGNON par\n"
        "Mme Nathalie CROZET.\nAbsent : M. Bernard RIVORY.\n"
    )
    extract = parse_extract(printed(document, shape))
    assert handed(extract.proxies) == [("lafay", "bruyere"), ("montagnon", "crozet")]


# Inclusive writing in the lists' cues: a middle dot, full stops, brackets.
@pytest.mark.parametrize(
    ("cue", "excused_cue", "present", "excused"),
    [
        ("Présent·e·s", "Excusé·e·s", "bruyere crozet", "rivory"),
        ("Conseiller·ère·s présent·e·s", "Excusé.e.s", "bruyere crozet", "rivory"),
        ("Élu(e)s présent(e)s", "Excusé(e)s", "bruyere crozet", "rivory"),
        ("Élus présents", "Excusé", "bruyere crozet", "rivory"),
        ("Administrateur·rice·s présent·e·s", "Excusé·e", "bruyere crozet", "rivory"),
        ("Élu·e·s absent·e·s excusé·e·s", "Excusé·e·s", "", "bruyere crozet rivory"),
    ],
)
def test_list_cues_written_inclusively(
    cue: str, excused_cue: str, present: str, excused: str, shape: str
) -> None:
    document = (
        "CONSEIL COMMUNAUTAIRE\nSéance du 20 novembre 2025\n"
        f"{cue} : M. Alain BRUYÈRE, Mme Nathalie CROZET.\n{excused_cue} : M. Bernard RIVORY.\n"
    )
    extract = parse_extract(printed(document, shape))
    assert " ".join(surnames(extract.present)) == present
    assert " ".join(surnames(extract.absent_excused)) == excused


# Functions printed after the names, long or run over a comma: no member, no unreadable name.
FUNCTIONS_AFTER_NAMES = """\
COMMUNAUTÉ DE COMMUNES DU VAL D'ARGENS
Conseil communautaire du jeudi 20 novembre 2025
Présents : M. Alain BRUYÈRE, Président, Mme Nathalie CROZET, vice-présidente déléguée à la
promotion, au tourisme et à la culture, M. Jean-Pierre DUMAS, vice-président délégué aux
équipements sportifs, M. Rémi GENTIAL, conseiller délégué, Mme Carole JOURJON.
Absent : M. Bernard RIVORY.
"""


def test_long_functions_after_names_are_no_entries(shape: str) -> None:
    extract = parse_extract(printed(FUNCTIONS_AFTER_NAMES, shape))
    assert surnames(extract.present) == ["bruyere", "crozet", "dumas", "gential", "jourjon"]
    assert "unreadable_name" not in [f.code for f in extract.findings]


# A page's number inside a list, a note's call after the list's full stop: neither a name nor
# a count once flattened.
NOTES_AND_PAGES_IN_LISTS = """\
VILLE DE MONTBRISON-SUR-LIGNON
CONSEIL MUNICIPAL – SÉANCE DU 4 DÉCEMBRE 2025
Présents : M. Christophe BAZILE, Maire ; Mme Martine GRIVILLERS (1) ; M. Gilles CHAUVE ;

2/6

Mme Sylvie CHARLES ; M. Thierry DUCHÊNE.
Absents : M. Alain TISSOT, Mme Lucie VIAL, M. Joël BARD.

(1) Mme GRIVILLERS a quitté la séance après le point n° 3.
"""


def test_a_page_number_and_a_notes_call_in_lists(shape: str) -> None:
    extract = parse_extract(printed(NOTES_AND_PAGES_IN_LISTS, shape))
    assert surnames(extract.present) == ["bazile", "charles", "chauve", "duchene", "grivillers"]
    assert surnames(extract.absent) == ["bard", "tissot", "vial"]
    assert extract.counts.absent is None
    assert "unreadable_name" not in [f.code for f in extract.findings]


# A board's presents counted, then named under its sub-headings with no « Présents » cue.
BOARD_UNDER_SUB_HEADINGS = """\
CENTRE INTERCOMMUNAL D'ACTION SOCIALE DU PAYS DE LA MÉE
Conseil d'administration – Relevé de décisions de la réunion du mardi 24 juin 2025
Présents : 5 – Représentés : 1 – Votants : 6

Élus : Mme Annie LECLERC (Présidente), M. Bruno MARCHAND, Mme Colette NOËL.
Membres nommés : Mme Françoise QUINTON (UDAF), M. Gérard ROBIN (Secours populaire).
Représentés : M. Léon WEBER par Mme Annie LECLERC.
Excusés : M. Noël ZANETTI, Mme Olga ARNAUD.
"""


def test_presents_counted_then_named_under_sub_headings(shape: str) -> None:
    extract = parse_extract(printed(BOARD_UNDER_SUB_HEADINGS, shape))
    assert surnames(extract.present) == ["leclerc", "marchand", "noel", "quinton", "robin"]
    assert surnames(extract.absent_excused) == ["arnaud", "zanetti"]
    assert handed(extract.proxies) == [("weber", "leclerc")]


# The line before an item's ordinal ends a vote or an outcome with no stop (its last figure in
# words, « … des présents », « prend acte … »): the next line is a heading, not the sentence.
@pytest.mark.parametrize(
    "vote",
    [
        "Pour : quatre ; contre : un",
        "Pour : cinq",
        "Adopté à l'unanimité des présents",
        "Adopté à l'unanimité des membres présents et représentés",
        # (or an outcome said in a sentence: the next place after it is the next item)
        "Le conseil prend acte de la présentation du rapport",
        "Point retiré de l'ordre du jour",
        "Sans vote",
    ],
)
def test_an_ordinal_after_a_vote_ending_in_words(vote: str) -> None:
    extract = parse_extract(
        "CONSEIL MUNICIPAL\nSéance du 15 mai 2025\n"
        "Présents : Mme Anne BOIS, M. Luc ROY, M. Paul VIAL, Mme Rose FAYE, M. Guy REY.\n"
        f"Votants : 5\n1 - Budget 2025\n{vote}\n2 - Tarifs de l'eau\nAdopté à l'unanimité.\n"
    )
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Budget 2025"),
        ("2", "Tarifs de l'eau"),
    ]


@pytest.mark.parametrize(
    ("first", "second", "numbers"),
    [
        ("2025-12 Rapport annuel", "2025-13 Tarifs de l'eau", ["2025-12", "2025-13"]),
        (
            "DCM-2025-12 : Rapport annuel",
            "DCM-2025-13 : Tarifs de l'eau",
            ["DCM-2025-12", "DCM-2025-13"],
        ),
        ("I – Rapport annuel", "II – Tarifs de l'eau", ["I", "II"]),
    ],
)
def test_an_act_after_an_outcome_said_without_its_stop(
    first: str, second: str, numbers: list[str]
) -> None:
    extract = parse_extract(
        "CONSEIL MUNICIPAL\nSéance du 15 mai 2025\nPrésents : Mme Anne BOIS, M. Luc ROY.\n"
        f"{first}\nLe conseil prend acte de la présentation du rapport\n{second}\n"
        "Adopté à l'unanimité.\n"
    )
    assert [i.deliberation.title for i in extract.items] == ["Rapport annuel", "Tarifs de l'eau"]
    assert [i.deliberation.number or i.ordinal for i in extract.items] == numbers


def test_decisions_after_a_sentence_that_asks_for_them_stay_one_item() -> None:
    extract = parse_extract(
        "CONSEIL MUNICIPAL\nSéance du 15 mai 2025\nPrésents : Mme Anne BOIS, M. Luc ROY.\n"
        "1 - Budget 2025\nAprès en avoir délibéré, le conseil, à l'unanimité, décide\n"
        "1 - d'approuver le budget ;\n2 - d'autoriser le Maire à signer.\n"
        "2 - Tarifs de l'eau\nAdopté à l'unanimité.\n"
    )
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Budget 2025"),
        ("2", "Tarifs de l'eau"),
    ]
