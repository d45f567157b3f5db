"""Wordings a probe of invented documents (CCAS, régies, commissions permanentes, communes)
found read wrong: the chair named only as presiding (« Sous la présidence de M. X ») left out
of the presents when no count says so, a chair whose first name opens like an article
(« M. Laurent VALLAT, président du conseil d'exploitation » read as a member called « M »),
and a unanimity with its exceptions (« à l'unanimité sauf M. X qui vote contre ») whose « pour »
was lost when the minutes print no count: the lists say who voted."""

from __future__ import annotations

from datetime import date

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed


def surnames(people: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(p.last_name for p in people)


ROLL = "Étaient présents : M. André ROUX, Mme Berthe FAURE, M. Paul VIGNE.\n"
ONE_ITEM = "\nDélibération n° 2025-01 : Budget\nAdopté à l'unanimité.\n"

# -- A. whoever presides is in the room --------------------------------------------------------

CHAIRS = [
    "Sous la présidence de M. Éric BERLAND, Vice-président.\n",
    "Sous la présidence de M. Olivier AMRANE, Président du Conseil départemental.\n",
    "La séance est présidée par M. Éric BERLAND.\n",
    "Président de séance : M. Éric BERLAND\n",
    "L'an deux mille vingt-cinq, le dix mars, le conseil d'administration s'est réuni sous la "
    "présidence de Mme Léa BERLAND, présidente.\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("chair", CHAIRS)
def test_the_chair_sat_without_a_count(chair: str, shape: str) -> None:
    """No count printed, the chair named presiding and in no list: one present more."""
    text = "Conseil d'administration du 10 mars 2025\n" + chair + ROLL + ONE_ITEM
    extract = parse_extract(printed(text, shape))
    assert "BERLAND" in surnames(extract.present) or "AMRANE" in surnames(extract.present)
    assert len(extract.present) == 4


@pytest.mark.parametrize(
    "said",
    [
        # a printed count that is the list's own: the list is whole
        "Sous la présidence de M. Éric BERLAND.\n" + ROLL + "Nombre de présents : 3\n",
        # noted absent or excused
        "Sous la présidence de M. Éric BERLAND.\n" + ROLL + "Excusé : M. Éric BERLAND\n",
        # giving a proxy: absent
        "Sous la présidence de M. Éric BERLAND.\n"
        + ROLL
        + "Pouvoir : M. Éric BERLAND à M. André ROUX\n",
        # who convened only
        "Le conseil, convoqué par son président, M. Éric BERLAND, s'est réuni.\n" + ROLL,
        # a namesake listed (the chair misprinted, or a relative): not guessed
        "Sous la présidence de M. Éric BERLAND.\n" + ROLL.replace("André ROUX", "Rose BERLAND"),
        # every seat already named in the lists
        "Membres en exercice : 3\nSous la présidence de M. Éric BERLAND.\n" + ROLL,
    ],
)
def test_the_chair_is_not_made_present_against_the_document(said: str) -> None:
    text = "Conseil d'administration du 10 mars 2025\n" + said + ONE_ITEM
    extract = parse_extract(text)
    assert [p for p in extract.present if p.first_name == "Éric"] == []


# -- B. a first name that opens like an article ----------------------------------------------


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("sentence", "surname"),
    [
        (
            "La séance est présidée par M. Laurent VALLAT, président du conseil d'exploitation.",
            "VALLAT",
        ),
        ("Sous la présidence de Mme Léa MOULIN, présidente du syndicat mixte.", "MOULIN"),
        ("Sous la présidence de Mme Laure ODIN, présidente de la commission permanente.", "ODIN"),
        ("Sous la présidence de M. Ilan DUMAS, président du comité syndical.", "DUMAS"),
        ("Sous la présidence de Mme Ellen GRAS, présidente du conseil d'administration.", "GRAS"),
        ("Sous la présidence de M. Leon BRUN, président de la communauté de communes.", "BRUN"),
    ],
)
def test_a_chair_whose_first_name_opens_like_an_article(
    sentence: str, surname: str, shape: str
) -> None:
    """« La » in « Laurent », « Il » in « Ilan »: no sentence starts inside a first name."""
    text = "Séance du 2 juillet 2025\n" + sentence + "\n" + ROLL + ONE_ITEM
    extract = parse_extract(printed(text, shape))
    assert extract.president is not None
    assert extract.president.last_name == surname


def test_a_sentence_after_the_chair_still_ends_the_name() -> None:
    """« Secrétaire : DUFRÊNE Sandrine Le procès-verbal … » (its line break lost): the name
    stops before the sentence, article then lower case, as before."""
    text = (
        "Séance du 2 juillet 2025\n" + ROLL + "Sous la présidence de Mme Sandrine DUFRÊNE "
        "La séance est ouverte à 18 heures.\n" + ONE_ITEM
    )
    extract = parse_extract(text)
    assert extract.president is not None
    assert extract.president.last_name == "DUFRÊNE"


# -- C. a unanimity with its exceptions, no count printed --------------------------------------

LISTS = (
    "Conseil municipal du 15 décembre 2025\n"
    "Présents : M. Julien SAPET, maire, Mme Rachel BOUVIER, M. Hamid BOUZID, Mme Lucie PERRIN, "
    "M. Frank REVOL, Mme Elsa DUCLOS, M. Bernard PRORIOL, M. Claude VIAL.\n"
    "Pouvoirs : Mme Agathe PITIOT a donné pouvoir à M. Julien SAPET.\n"
    "Absents excusés : M. Didier PHILIPPON.\n"
)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("said", "figures"),
    [
        ("Adoptée à l'unanimité sauf M. Claude VIAL qui vote contre.", (8, 1, 0)),
        ("Adoptée à l'unanimité, à l'exception de M. Claude VIAL qui vote contre.", (8, 1, 0)),
        (
            "Adoptée à l'unanimité des présents et représentés, moins deux abstentions "
            "(M. Frank REVOL, M. Bernard PRORIOL).",
            (7, 0, 2),
        ),
        ("Adoptée à l'unanimité moins une voix contre.", (8, 1, 0)),
        ("À l'unanimité, M. Frank REVOL s'abstenant.", (8, 0, 1)),
    ],
)
def test_a_unanimity_with_exceptions_counted_from_the_lists(
    said: str, figures: tuple[int, int, int], shape: str
) -> None:
    """Nine vote (eight presents, one proxy): the « pour » is nine less the others, counted
    and said so in the evidence."""
    text = LISTS + "\nDélibération n° 2025-77 : Décision modificative\n" + said + "\n"
    extract = parse_extract(printed(text, shape))
    (item,) = extract.items
    record = item.deliberation
    assert record.title == "Décision modificative"
    assert (record.votes_for, record.votes_against, record.abstentions) == figures
    assert "listés" in extract.evidence["items.0.for"]["computed"]


def test_a_member_out_of_the_vote_is_one_less_from_the_lists() -> None:
    text = (
        LISTS
        + "\n2025-DCM-77 : Vente d'un terrain à M. Claude VIAL\n"
        + "M. Claude VIAL ne prend pas part au vote.\n"
        + "Adoptée à l'unanimité moins une abstention.\n"
    )
    (item,) = parse_extract(text).items
    record = item.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (7, 0, 1)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # a plain unanimity, no figure printed: the lists' eight presents and one proxy
        (LISTS + "\n2025-DCM-77 : Décision modificative n° 3\nAdoptée à l'unanimité.\n", 9),
        # a count printed that the lists agree with: counted from them
        (
            LISTS.replace("Présents :", "Nombre de présents : 8\nPrésents :")
            + "\n2025-DCM-77 : Décision modificative n° 3\n"
            + "Adoptée à l'unanimité sauf M. Claude VIAL qui vote contre.\n",
            8,
        ),
        # a count printed that the lists fall short of: not counted
        (
            LISTS.replace("Présents :", "Nombre de présents : 12\nPrésents :")
            + "\n2025-DCM-77 : Décision modificative n° 3\n"
            + "Adoptée à l'unanimité sauf M. Claude VIAL qui vote contre.\n",
            None,
        ),
        (
            LISTS.replace("Présents :", "Membres en exercice : 15\nPrésents :")
            + "\n2025-DCM-77 : Décision modificative n° 3\nAdoptée à l'unanimité.\n",
            None,
        ),
    ],
)
def test_a_pour_counted_only_from_lists_that_agree_with_the_counts(
    text: str, counted: int | None
) -> None:
    extract = parse_extract(text)
    (item,) = extract.items
    assert item.deliberation.votes_for == counted
    if counted is None:
        assert "vote_count_unknown" in [f.code for f in extract.findings]


# -- D. the place on the agenda, then a coded act's number ------------------------------------

AGENDA = (
    "Conseil communautaire du 26 février 2025\n"
    "Présents : M. Yves NICOLIN, M. Jean-Luc CHERBUT, Mme Laura PERROT.\n"
    "\n1 - {a} : Budget primitif principal\nAdopté à l'unanimité.\n"
    "\n2 - {b} : Tarifs du réseau de bus\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("DEL-2025-010", "DEL-2025-011"),
        ("B-2025-120", "B-2025-121"),
        ("D2025_014", "D2025_015"),
        ("CC.2025.031", "CC.2025.032"),
        ("B26-064", "B26-065"),
    ],
)
def test_a_coded_number_after_the_place_on_the_agenda(first: str, second: str) -> None:
    """« 1 - DEL-2025-010 : Budget primitif »: item 1 of the agenda is the act DEL-2025-010,
    its title after the number."""
    extract = parse_extract(AGENDA.format(a=first, b=second))
    assert [(i.ordinal, i.deliberation.number) for i in extract.items] == [
        ("1", first),
        ("2", second),
    ]
    assert [i.deliberation.title for i in extract.items] == [
        "Budget primitif principal",
        "Tarifs du réseau de bus",
    ]


@pytest.mark.parametrize("rest", ["RAPPORT : Budget primitif", "AB : Budget primitif"])
def test_an_ordinal_before_words_in_capitals_keeps_no_number(rest: str) -> None:
    text = AGENDA.replace("{a} : Budget primitif principal", rest).format(b="DEL-2025-011")
    first = parse_extract(text).items[0]
    assert first.deliberation.number is None
    assert first.ordinal == "1"


# -- E. the chair in a company's board -----------------------------------------------------------


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "who",
    [
        "M. Jacques BERGER, Président-directeur général",
        "Mme Anne BERGER, Présidente-directrice générale",
    ],
)
def test_the_chief_executive_chairs_the_board(who: str, shape: str) -> None:
    text = (
        "Conseil d'administration du 19 septembre 2025\n"
        f"Administrateurs présents : {who}, Mme Élise ROCHE, M. Noël DAVID.\n" + ONE_ITEM
    )
    extract = parse_extract(printed(text, shape))
    assert extract.president is not None
    assert extract.president.last_name == "BERGER"


# -- F. « s'abstient de prendre part au vote » is out of the vote, no abstention ----------------


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "said",
    [
        "Mme Lucie PERRIN s'abstient de prendre part au vote.",
        "Mme Lucie PERRIN, intéressée, s'abstient de participer au vote.",
        "Mme Lucie PERRIN s'abstient de voter.",
    ],
)
def test_abstaining_from_taking_part_is_no_abstention(said: str, shape: str) -> None:
    text = LISTS + "\nDélibération n° 2025-77 : Subvention à l'association\n" + said
    extract = parse_extract(printed(text + "\nAdoptée à l'unanimité.\n", shape))
    (item,) = extract.items
    assert item.deliberation.abstentions == 0
    assert item.abstaining == []
    assert item.deliberation.unanimous


def test_an_abstaining_member_still_abstains() -> None:
    text = LISTS + "\nDélibération n° 2025-77 : Subvention\nAdoptée à l'unanimité, "
    (item,) = parse_extract(text + "Mme Lucie PERRIN s'abstenant.\n").items
    assert item.deliberation.abstentions == 1
    assert surnames(item.abstaining) == ["PERRIN"]


# -- G. a majority printing only the others -----------------------------------------------------


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("said", "figures"),
    [
        ("Majorité (2 contre)", (7, 2, 0)),
        ("Majorité (2 abstentions)", (7, 0, 2)),
        ("Majorité (1 contre, 2 abstentions)", (6, 1, 2)),
        ("Adoptée à la majorité, 2 abstentions (M. Frank REVOL, M. Bernard PRORIOL).", (7, 0, 2)),
        ("Adoptée à la majorité (une voix contre : M. Claude VIAL).", (8, 1, 0)),
    ],
)
def test_a_majority_with_only_the_others_printed(
    said: str, figures: tuple[int, int, int], shape: str
) -> None:
    """Nine vote: « Majorité (2 contre) » is adopted, seven for, counted and said so."""
    text = LISTS + "\nDCM 2025-14 Budget primitif 2025\n" + said + "\n"
    extract = parse_extract(printed(text, shape))
    (item,) = extract.items
    record = item.deliberation
    assert record.outcome == "adopted"
    assert (record.votes_for, record.votes_against, record.abstentions) == figures
    assert not record.unanimous
    assert "computed" in extract.evidence["items.0.for"]


def test_a_majority_with_its_figures_printed_counts_nothing() -> None:
    text = (
        LISTS + "\nDCM 2025-14 Budget primitif 2025\nMajorité : 6 pour, 2 contre, 1 abstention\n"
    )
    (item,) = parse_extract(text).items
    record = item.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (6, 2, 1)
    assert record.outcome == "adopted"


def test_a_bare_majority_counts_no_pour() -> None:
    text = LISTS + "\nDCM 2025-14 Budget primitif 2025\nAdopté à la majorité.\n"
    (item,) = parse_extract(text).items
    assert item.deliberation.outcome == "adopted"
    assert item.deliberation.votes_for is None


# -- H. the exception's figure is no unanimity's figure -----------------------------------------


@pytest.mark.parametrize(
    ("said", "figures"),
    [
        ("Unanimité moins 1 voix contre (M. Claude VIAL).", (8, 1, 0)),
        ("Adopté à l'unanimité sauf 2 voix contre.", (7, 2, 0)),
        ("Adopté à l'unanimité (9 voix).", (9, 0, 0)),
        ("Adopté à l'unanimité des 9 votants.", (9, 0, 0)),
    ],
)
def test_the_exceptions_figure_is_no_unanimitys(said: str, figures: tuple[int, int, int]) -> None:
    text = LISTS + "\nDélibération n° 2025-06 : Indemnités des élus\n" + said + "\n"
    (item,) = parse_extract(text).items
    record = item.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == figures


# -- I. an opening formula wrapped over lines, a register's title dated ---------------------------

OPENED = "Présents : M. Paul RIVE, Mme Anne BOIS, M. Jean BOSC.\n" + ONE_ITEM


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("head", "day"),
    [
        (
            "COMMUNE DE BELCASTEL\nPROCÈS-VERBAL\nL'an deux mille\nvingt-quatre, le trois juin"
            " à vingt heures, le conseil municipal s'est réuni.\n",
            date(2024, 6, 3),
        ),
        (
            "PROCÈS-VERBAL\nL'an deux mille dix-neuf, le premier\ndécembre à vingt heures, le"
            " conseil municipal s'est réuni.\n",
            date(2019, 12, 1),
        ),
        (
            "CCAS DE LODÈVE\nL'an deux mil vingt-six, le dix-sept\nmars à dix-huit heures, le "
            "Conseil d'administration s'est réuni.\n"
            "Reçu en préfecture le 20/03/2026  ID : 034-200012345-20260320-DE\n",
            date(2026, 3, 17),
        ),
        (
            "PROCÈS-VERBAL\nL'an\ndeux mille vingt-cinq, le\nneuf avril, le comité syndical s'est"
            " réuni.\n",
            date(2025, 4, 9),
        ),
        (
            "SYNDICAT DES EAUX DU LODÉVOIS\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU 21 FÉVRIER "
            "2019\nSéance du Comité syndical\n",
            date(2019, 2, 21),
        ),
    ],
)
def test_a_wrapped_opening_formula_dates_the_sitting(head: str, day: date, shape: str) -> None:
    """« L'an deux mille » / « vingt-quatre, le trois juin »: one date over two lines (never
    the préfecture's stamp under it)."""
    extract = parse_extract(printed(head + OPENED, shape))
    assert extract.sitting_date == day


@pytest.mark.parametrize(
    "head",
    [
        # a date on the formula's next line that is no part of it stays a trap
        "PROCÈS-VERBAL\nL'an deux mille vingt-cinq, le neuf avril, le comité s'est réuni.\n"
        "Approbation du procès-verbal de la séance du 12 mars 2025.\n",
        "PROCÈS-VERBAL\nL'an deux mille vingt-cinq, le neuf avril,\nconvoqué le 2 avril 2025, le "
        "comité s'est réuni.\n",
    ],
)
def test_the_formulas_next_lines_bring_no_trap(head: str) -> None:
    extract = parse_extract(head + OPENED)
    assert extract.sitting_date == date(2025, 4, 9)


def test_a_register_citing_another_acts_date_stays_a_trap() -> None:
    text = (
        "Comité syndical du 9 avril 2025\nVu le registre des délibérations du 4 juin 2020,\n"
        + OPENED
    )
    assert parse_extract(text).sitting_date == date(2025, 4, 9)


# -- J. a proxy « remis » or « confié » ---------------------------------------------------------

ROOM = (
    "Conseil municipal du 3 mars 2025\n"
    "Présents : M. Paul RIVE, Mme Anne BOIS, M. Jean BOSC.\n{said}\n" + ONE_ITEM
)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "said",
    [
        "Mme Lise SOULA a remis pouvoir à M. Paul RIVE.\nM. Guy BERGE a remis procuration à "
        "Mme Anne BOIS.",
        "Pouvoirs : Mme Lise SOULA remet procuration à M. Paul RIVE ; M. Guy BERGE a confié son "
        "pouvoir à Mme Anne BOIS.",
        "Excusés : Mme Lise SOULA (a remis pouvoir à M. Paul RIVE), M. Guy BERGE (remettant "
        "pouvoir à Mme Anne BOIS).",
    ],
)
def test_a_proxy_handed_over_in_other_words(said: str, shape: str) -> None:
    extract = parse_extract(printed(ROOM.format(said=said), shape))
    assert sorted((p.giver.last_name, p.holder.last_name) for p in extract.proxies) == [
        ("BERGE", "BOIS"),
        ("SOULA", "RIVE"),
    ]
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


def test_a_leaver_handing_over_their_proxy() -> None:
    text = (
        "Conseil municipal du 3 mars 2025\n"
        "Présents : M. Paul RIVE, Mme Anne BOIS, M. Jean BOSC, Mme Lise SOULA.\n" + ONE_ITEM
    )
    text += "Mme Lise SOULA remet pouvoir à M. Paul RIVE et quitte la séance.\n"
    text += "\nDélibération n° 2025-02 : Tarifs\nAdopté à l'unanimité.\n"
    second = parse_extract(text).items[1]
    assert surnames(second.away) == ["SOULA"]
    assert [(p.giver.last_name, p.holder.last_name) for p in second.proxies] == [("SOULA", "RIVE")]


# -- K. a numbered roll call: the numbers are nobody ---------------------------------------------


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "roll",
    [
        "Présents :\n1. M. DUPUY Jean Groupe Avenir\n2. Mme RIVE Anne Groupe Avenir\n"
        "3. M. BOSC Paul Non inscrit\n",
        "Présents :\n1. M. Jean DUPUY\n2. Mme Anne RIVE\n3. M. Paul BOSC\n",
        "Présents : 1. Jean DUPUY Non inscrit 2. Anne-Marie RIVE Groupe Avenir 3. Paul BOSC "
        "Groupe Avenir\n",
        "Présents : 1. DUPUY Jean 2. RIVE Anne-Marie 3. BOSC Paul\n",
    ],
)
def test_a_numbered_roll_call_names_each_member_and_no_number(roll: str, shape: str) -> None:
    """« 1. M. DUPUY Jean » gave « Nom illisible : « 1 » » for each line, and a run « 1. Jean
    DUPUY … 2. Anne-Marie RIVE … » on one line lost the hyphenated first names."""
    extract = parse_extract(printed("Conseil municipal du 3 mars 2025\n" + roll + ONE_ITEM, shape))
    assert surnames(extract.present) == ["BOSC", "DUPUY", "RIVE"]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


# -- L. a relevé's rows, their cells parted by bars -----------------------------------------------

ROWS = (
    "Commission permanente du 3 mars 2025\n"
    "Présents : M. Paul RIVE, Mme Anne BOIS, M. Jean BOSC.\n\n"
    "Rapport CP.2031.02-05 | Aide aux communes | ADOPTÉ à l'unanimité (18 voix)\n"
    "Rapport CP.2031.02-06 | Rapport annuel d'activité | PRIS ACTE\n"
    "Délibération n° CP.2031.02-07 | Garantie d'emprunt | Adopté : 15 pour, 3 abstentions\n"
)


def test_a_rows_outcome_after_its_bar() -> None:
    """« Rapport X | Objet | ADOPTÉ à l'unanimité (18 voix) »: the title is the object's cell,
    the outcome the last cell's (it was « not printed », the bars in the title)."""
    items = parse_extract(ROWS).items
    assert [i.deliberation.number for i in items] == [
        "CP.2031.02-05",
        "CP.2031.02-06",
        "CP.2031.02-07",
    ]
    assert [i.deliberation.title for i in items] == [
        "Aide aux communes",
        "Rapport annuel d'activité",
        "Garantie d'emprunt",
    ]
    assert [i.deliberation.outcome for i in items] == ["adopted", "noted", "adopted"]
    assert items[0].deliberation.unanimous
    assert items[0].deliberation.votes_for == 18
    figures = items[2].deliberation
    assert (figures.votes_for, figures.votes_against, figures.abstentions) == (15, 0, 3)


def test_a_bar_inside_a_title_without_a_vote_after_it_stays() -> None:
    text = ROWS.replace("| ADOPTÉ à l'unanimité (18 voix)", "| Lot 2\nAdopté à l'unanimité.")
    first = parse_extract(text).items[0]
    # both cells kept, in order (a barred row's cells may be joined by « : »)
    assert first.deliberation.title in ("Aide aux communes | Lot 2", "Aide aux communes : Lot 2")
    assert first.deliberation.outcome == "adopted"


# -- M. a run of names without separators, a note in brackets among them ------------------------


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_run_of_names_with_a_holders_note(shape: str) -> None:
    """« ROUX Anne … COSTE Léa (ayant la procuration de MAS Eric) VIDAL Jo »: one column of
    names flattened; the note goes with the name before it (it made the whole run unreadable)."""
    text = (
        "Conseil municipal du 3 mars 2025\nPrésents : ROUX Anne BLANC Marc LE BIHAN Yves-Marie"
        " COSTE Léa (ayant la procuration de MAS Eric) VIDAL Jo\n" + ONE_ITEM
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["BLANC", "COSTE", "LE BIHAN", "ROUX", "VIDAL"]
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [("MAS", "COSTE")]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_run_of_names_each_with_its_commune(shape: str) -> None:
    text = (
        "Conseil communautaire du 3 mars 2025\nPrésents : Daniel BOYER (Saint-Marc) Louise PRAT"
        " (Le Chêne) Paul RIOU (Saint-Marc)\n" + ONE_ITEM
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["BOYER", "PRAT", "RIOU"]


def test_a_note_before_any_name_leaves_the_entry_whole() -> None:
    from storage.parsing.attendance import _by_name_pairs

    entry = "(excusés) ROUX Anne BLANC Marc"
    assert _by_name_pairs(entry) == [entry]
