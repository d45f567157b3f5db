"""Wordings other councils use that the reader read wrong: a roll call numbered with dashes and
no civility (« 1 - Daniel BOYER », whose « Présents : » / « 1 » was also read as one present),
an item numbered « N° 12 Objet : Tarifs », an act's prefix run on after the last present's
surname (« … Mme Claire VIDAL DCM N° 2024-33 Objet : … »), act numbers carrying the sitting's
month after a prefix (« BT 2024-07-01 Convention … »), a vote run on after its title in a
flattened text (« … scolaire Unanimité. »), the roll call's cues as clauses (« Sont présents :
», « Est représentée : »), a proxy's own sentence after the excused (« Pouvoir de Mme X à
M. Y. »), and the object's title that ran on into the roll call printed under it."""

from __future__ import annotations

from datetime import date

import pytest

from storage.documents import Person, ProxyLine
from storage.parsing.extract import looks_like_extract, parse_extract
from tests.documents import printed, read

SHAPES = ["line-broken", "flattened"]


def surnames(people: list[Person]) -> list[str]:
    return sorted(p.last_name for p in people)


def handed(proxies: list[ProxyLine]) -> list[tuple[str, str]]:
    return sorted((p.giver.last_name, p.holder.last_name) for p in proxies)


HEAD = (
    "COMMUNE DE SAINT-MARC\nConseil municipal du 3 mars 2025\n"
    "Sous la présidence de M. Jean BRUN, Maire.\n"
)
VOTED = (
    "\nSecrétaire de séance : Mme Anne ROUX.\n\n1 - Tarifs de la cantine\nAdopté à l'unanimité.\n"
)


# -- A. a roll call numbered with dashes, no civility -----------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_a_roll_call_numbered_with_dashes_reads_every_name(shape: str) -> None:
    extract = read("commune-pv-numbered-dash-roll-objet-numbers.txt", shape)
    assert surnames(extract.present) == [
        "BRIQUET",
        "CHAMPAGNAC",
        "DA ROCHA",
        "FAVRE-MARTIN",
        "GIRAUDET",
        "LAPORTE",
        "MAURIN",
        "PEYRACHE",
        "TOURNIER",
    ]
    assert handed(extract.proxies) == [("REBOUL", "BRIQUET"), ("SOUCHON", "TOURNIER")]
    assert surnames(extract.absent_excused) == ["TARDIEU", "VIALLET"]
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (13, 9, 11)


NUMBERED = [
    ("1 - ", ["Jean BRUN", "Anne ROUX (Le Chêne)", "Paul-Éric VAN DE WALLE"]),
    ("1 – ", ["Jean BRUN", "Anne ROUX", "Paul VIGNE"]),
    ("1) ", ["Jean BRUN", "Anne ROUX", "Paul VIGNE"]),
    ("1 - ", ["M. Jean BRUN", "Mme Anne ROUX", "M. Paul VIGNE"]),
    ("1 - ", ["BRUN Jean", "ROUX Anne", "VIGNE Paul"]),
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("mark", "names"), NUMBERED)
def test_each_numbered_name_is_present_and_no_number_is_a_count(
    mark: str, names: list[str], shape: str
) -> None:
    """« Présents : » then « 1 - Jean BRUN »: three presents, no printed count of one (the
    entry's number is no figure of the sitting)."""
    lines = "".join(f"{mark.replace('1', str(n), 1)}{name}\n" for n, name in enumerate(names, 1))
    text = HEAD + "Présents :\n" + lines + "Absente :\n4 - Sabine DUC\n" + VOTED
    extract = parse_extract(printed(text, shape))
    assert len(extract.present) == 3
    assert "DUC" not in surnames(extract.present)
    assert extract.counts.present is None


def test_a_numbered_proxy_entry_is_no_item() -> None:
    """« Pouvoirs : » / « 13 – Sabine DUC à Jean BRUN »: a proxy, not the agenda's 13th item."""
    text = HEAD + (
        "Présents :\n1 – Jean BRUN\n2 – Anne ROUX\n3 – Paul VIGNE\n"
        "Pouvoirs :\n4 – Sabine DUC à Jean BRUN\nAbsent :\n5 – Louis PRAT\n"
    )
    extract = parse_extract(text + VOTED)
    assert handed(extract.proxies) == [("DUC", "BRUN")]
    assert surnames(extract.absent) == ["PRAT"]
    assert [item.ordinal for item in extract.items] == ["1"]


def test_a_title_in_mixed_case_after_a_list_still_ends_it() -> None:
    """A numbered item under the list (« 1 - Tarifs de la cantine ») is no name."""
    text = HEAD + "Présents :\n1 - Jean BRUN\n2 - Anne ROUX\n3 - Paul VIGNE\n"
    extract = parse_extract(text + "1 - Tarifs de la cantine\nAdopté à l'unanimité.\n")
    assert surnames(extract.present) == ["BRUN", "ROUX", "VIGNE"]
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Tarifs de la cantine")
    ]


# -- B. « N° 12 Objet : Tarifs » ---------------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_an_item_numbered_n_then_objet_keeps_its_number(shape: str) -> None:
    extract = read("commune-pv-numbered-dash-roll-objet-numbers.txt", shape)
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("21", "Tarifs de la garderie périscolaire"),
        ("22", "Subvention au comité des fêtes"),
        ("23", "Vente d'un délaissé de voirie chemin des Aulnes"),
    ]
    votes = [
        (i.deliberation.votes_for, i.deliberation.votes_against, i.deliberation.abstentions)
        for i in extract.items[1:]
    ]
    assert votes == [(9, 2, 0), (10, 0, 1)]


OBJECT_HEADINGS = ["N° {n} Objet : {t}", "n°{n} Objet : {t}", "N° {n} – Objet : {t}"]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("heading", OBJECT_HEADINGS)
def test_each_n_objet_heading_is_an_item_with_its_place(heading: str, shape: str) -> None:
    items = "".join(
        heading.format(n=n, t=t) + "\nAdopté à l'unanimité.\n\n"
        for n, t in ((7, "Tarifs de la cantine"), (8, "Subvention au club"))
    )
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n\n" + items
    extract = parse_extract(printed(text, shape))
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("7", "Tarifs de la cantine"),
        ("8", "Subvention au club"),
    ]


# -- C. an act's prefix run on after the last present's surname -------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_an_act_prefix_after_a_surname_is_the_acts(shape: str) -> None:
    extract = read("commune-extrait-act-prefix-after-surname.txt", shape)
    assert "VALAYER" in surnames(extract.present)
    assert len(extract.present) == 8
    assert extract.deliberation.number == "2024-47"
    assert extract.deliberation.title == "Révision des tarifs de l'assainissement collectif"
    assert surnames(extract.absent_excused) == ["BOYER", "CROS", "ROCHE"]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


PREFIXED = [
    "DCM N° 2024-33 Objet : Révision des tarifs de l'eau",
    "DCC N°2024-031 – Objet : Révision des tarifs de l'eau",
    "BT n° 12 : Objet : Révision des tarifs de l'eau",
    "DB N° 2024/07 Objet : Révision des tarifs de l'eau",
]


@pytest.mark.parametrize("act", PREFIXED)
def test_each_vowelless_prefix_goes_with_its_number(act: str) -> None:
    text = (
        "COMMUNE DE SAINT-MARC Extrait du registre des délibérations du conseil municipal "
        "Séance du 3 mars 2025 sous la présidence de M. Jean BRUN, Maire. Présents : M. Jean "
        f"BRUN, Mme Anne ROUX, Mme Claire VIDAL {act} Absente : Mme Sabine DUC. Le conseil "
        "municipal, après en avoir délibéré, à l'unanimité, approuve."
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["BRUN", "ROUX", "VIDAL"]
    assert extract.deliberation.title == "Révision des tarifs de l'eau"
    assert surnames(extract.absent) == ["DUC"]


def test_a_surname_without_a_prefix_before_n_stays_a_name() -> None:
    """« … M. Yves DOL N° 2024-11 Objet : » (a vowel: a name, the number alone the act's)."""
    text = (
        "COMMUNE DE SAINT-MARC Extrait du registre des délibérations du conseil municipal "
        "Séance du 3 mars 2025. Présents : M. Jean BRUN, M. Yves DOL N° 2024-11 Objet : Tarifs "
        "de l'eau Le conseil municipal, après en avoir délibéré, à l'unanimité, approuve."
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["BRUN", "DOL"]
    assert extract.deliberation.number == "2024-11"


# -- D. act numbers carrying the sitting's month after a prefix -------------------------------

MONTHED = [
    ("BT 2024-07-01", "BT 2024-07-02"),
    ("DCM 2024.11.05", "DCM 2024.11.06"),
    ("CT 25-03-014", "CT 25-03-015"),
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("numbers", MONTHED)
def test_a_prefixed_number_with_the_month_heads_its_item(
    numbers: tuple[str, str], shape: str
) -> None:
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n\n"
    text += f"{numbers[0]} Approbation d'une convention de groupement\nAdoptée à l'unanimité.\n\n"
    text += f"{numbers[1]} Attribution d'une subvention\nAdoptée : 2 voix pour, 1 abstention.\n"
    extract = parse_extract(printed(text, shape))
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        (numbers[0], "Approbation d'une convention de groupement"),
        (numbers[1], "Attribution d'une subvention"),
    ]


# -- E. a vote run on after its title in a flattened text --------------------------------------

RUN_ON_VOTES = [
    ("Unanimité.", ("adopted", 0, 0)),
    ("15 voix POUR, 0 voix CONTRE, 3 ABSTENTIONS", ("adopted", 0, 3)),
    ("Avis favorable à l'unanimité.", ("favourable", 0, 0)),
]


@pytest.mark.parametrize(("vote", "expected"), RUN_ON_VOTES)
def test_a_vote_run_on_after_a_title_is_the_items_vote(
    vote: str, expected: tuple[str, int, int]
) -> None:
    text = HEAD + "Conseillers en exercice : 19 – Présents : 18 – Votants : 18\n"
    text += "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n\n"
    text += f"1 - Tarifs de la cantine scolaire\n{vote}\n\n2 - Subvention au club\nAdopté.\n"
    first = parse_extract(printed(text, "flattened")).items[0].deliberation
    assert first.title == "Tarifs de la cantine scolaire"
    assert (first.outcome, first.votes_against, first.abstentions) == expected


# -- F. the roll call's cues as clauses, and a proxy's own sentence ---------------------------

CLAUSES = [
    (
        "Sont présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
        "Est absent excusé : M. Guy REY.\nA donné pouvoir : Mme Ida VIAL à M. Jean BRUN.",
        ["REY"],
    ),
    (
        "SONT PRÉSENTS : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
        "EST ABSENT : M. Guy REY.\nONT DONNÉ POUVOIR : Mme Ida VIAL à M. Jean BRUN.",
        ["REY"],
    ),
    (
        "Sont présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
        "Sont absents excusés : M. Guy REY, Mme Ida VIAL.\n"
        "Est représentée : Mme Ida VIAL par M. Jean BRUN.",
        ["REY", "VIAL"],
    ),
    (
        "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
        "Représentée : Mme Ida VIAL par M. Jean BRUN.\nAbsent : M. Guy REY.",
        ["REY"],
    ),
    (
        "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
        "Excusé : M. Guy REY.\nPouvoir de Mme Ida VIAL à M. Jean BRUN.",
        ["REY"],
    ),
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("roll", "away"), CLAUSES)
def test_a_roll_call_in_clauses_reads_each_list(roll: str, away: list[str], shape: str) -> None:
    extract = parse_extract(printed(HEAD + roll + "\n" + VOTED, shape))
    assert surnames(extract.present) == ["BRUN", "ROUX", "VIGNE"]
    assert handed(extract.proxies) == [("VIAL", "BRUN")]
    assert surnames(extract.absent_excused + extract.absent) == away


def test_several_proxy_sentences_after_the_absent_each_give_a_proxy() -> None:
    text = HEAD + (
        "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\nAbsent : M. Guy REY.\n"
        "Procuration de Mme Ida VIAL à M. Jean BRUN, de M. Luc BOIS à Mme Anne ROUX.\n"
    )
    extract = parse_extract(text + VOTED)
    assert handed(extract.proxies) == [("BOIS", "ROUX"), ("VIAL", "BRUN")]
    assert surnames(extract.absent) == ["REY"]


# -- G. an item only heard, said without « prend acte » ---------------------------------------

HEARD = [
    "Pas de vote : information.",
    "Pas de vote, pour information.",
    "Point d'information, pas de délibération.",
    "Pour information – sans vote.",
    "Ne donne pas lieu à vote.",
    "Ce rapport n'appelle pas de vote.",
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("heard", HEARD)
def test_an_item_without_a_vote_is_noted(heard: str, shape: str) -> None:
    """« Pas de vote : information. »: the council heard it (« noted »), never « the vote's result
    is not published »."""
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n\n"
    text += f"1 - Rapport d'activité 2024 du SIVOM\n{heard}\n\n2 - Tarifs de la cantine\nAdopté.\n"
    first = parse_extract(printed(text, shape)).items[0].deliberation
    assert first.title == "Rapport d'activité 2024 du SIVOM"
    assert first.outcome == "noted"


def test_a_bare_no_vote_under_an_item_stays_without_outcome() -> None:
    """« Pas de vote. » alone says no more than that: no outcome, and nothing missing."""
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n\n"
    text += "1 - Point sur les travaux\nPas de vote.\n\n2 - Tarifs de la cantine\nAdopté.\n"
    extract = parse_extract(text)
    assert extract.items[0].deliberation.outcome is None
    assert "missing_outcome" not in [f.code for f in extract.findings]


# -- H. the secretary appointed at the end of the minutes --------------------------------------

APPOINTED_AT_THE_END = [
    ("Madame LEROUX est nommée secrétaire de séance.", "LEROUX"),
    ("M. VIGNE a été élu secrétaire de séance.", "VIGNE"),
    ("Mme Anne LEROUX a été désignée secrétaire de séance.", "LEROUX"),
    ("M. Paul VIGNE a été désigné pour remplir les fonctions de secrétaire de séance.", "VIGNE"),
]
MINUTES = (
    "COMMUNE DE SAINT-MARC\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 3 MARS 2025\n"
    "Sous la présidence de M. Jean BRUN, Maire.\n"
    "Présents : M. Jean BRUN, Mme Anne LEROUX, M. Paul VIGNE, Mme Ida VIAL.\n\n"
    "1 - Tarifs de la cantine\nAdopté à l'unanimité.\n\n"
    "2 - Subvention au club de football\nAdopté par 3 voix pour et 1 abstention.\n\n"
    "3 - Rapport annuel sur l'eau\nLe Conseil prend acte.\n\n"
)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("sentence", "secretary"), APPOINTED_AT_THE_END)
def test_a_secretary_appointed_after_the_items_is_read(
    sentence: str, secretary: str, shape: str
) -> None:
    text = MINUTES + sentence + "\nLa séance est levée à 21 h 10.\n"
    extract = parse_extract(printed(text, shape))
    assert extract.secretary is not None
    assert extract.secretary.last_name == secretary
    assert len(extract.items) == 3


def test_another_office_filled_after_the_items_names_no_secretary() -> None:
    """« M. VIGNE a été élu secrétaire du syndicat » in the last item: not the sitting's."""
    text = MINUTES.replace(
        "3 - Rapport annuel sur l'eau\nLe Conseil prend acte.\n",
        "3 - Désignation au syndicat des eaux\nM. Paul VIGNE a été élu secrétaire du syndicat.\n",
    )
    assert parse_extract(text + "La séance est levée à 21 h 10.\n").secretary is None


# -- I. the chair's name on the line after « sous la présidence de Madame » -------------------

CHAIRS_WRAPPED = [
    ("sous la présidence de Madame\nCorinne PERRIN, Présidente.", "Mme Corinne PERRIN"),
    ("sous la présidence de Monsieur\nGérard MOULIN, Maire.", "M. Gérard MOULIN"),
    ("sous la présidence de M.\nGérard MOULIN, Maire.", "M. Gérard MOULIN"),
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("chaired", "listed"), CHAIRS_WRAPPED)
def test_a_chair_wrapped_after_the_civility_is_named(
    chaired: str, listed: str, shape: str
) -> None:
    text = (
        "COMMUNE DE SAINT-MARC\nConseil municipal du 3 mars 2025\nL'an deux mille vingt-cinq, "
        f"le trois mars, le Conseil municipal s'est réuni {chaired}\n"
        f"Présents : {listed}, Mme Anne ROUX, M. Paul VIGNE.\n" + VOTED
    )
    extract = parse_extract(printed(text, shape))
    assert extract.president is not None
    assert extract.president.last_name == listed.rsplit(" ", 1)[1]
    assert extract.president.first_name == listed.split(" ")[1]
    assert len(extract.present) == 3  # no member called « Madame »


# -- J. proxy sentences chained with commas, one wrapped inside its verb ----------------------

CHAINED = [
    "VIAL Ida a donné procuration de vote à ROUX Anne, BOIS Marc a donné\n"
    "procuration de vote à VIGNE Paul.",
    "Mme Ida VIAL donne pouvoir à Mme Anne ROUX, M. Marc BOIS donne\npouvoir à M. Paul VIGNE.",
    "VIAL Ida a donné procuration de vote à ROUX Anne,\nBOIS Marc a donné procuration de vote à "
    "VIGNE Paul.",
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("chained", CHAINED)
def test_each_proxy_of_a_chained_sentence_is_read(chained: str, shape: str) -> None:
    text = HEAD + "Présents : BRUN Jean, ROUX Anne, VIGNE Paul.\n" + chained + "\n" + VOTED
    extract = parse_extract(printed(text, shape))
    assert handed(extract.proxies) == [("BOIS", "VIGNE"), ("VIAL", "ROUX")]
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


# -- K. the list of a sitting's acts, titled « lors de sa séance du » --------------------------

LISTS_OF_ACTS = [
    "Liste des délibérations examinées par le Conseil communautaire lors de sa séance du "
    "12 mars 2024",
    "LISTE DES DÉLIBÉRATIONS ADOPTÉES PAR LE CONSEIL COMMUNAUTAIRE LORS DE SA SÉANCE DU "
    "12 MARS 2024",
    "Liste des actes adoptés lors de la séance du Conseil communautaire du 12 mars 2024",
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("title", LISTS_OF_ACTS)
def test_a_list_of_acts_is_read_with_its_sittings_date(title: str, shape: str) -> None:
    text = f"COMMUNAUTÉ DE COMMUNES DU VAL D'ARBOIS\n{title}\n\n" + (
        "Délibération n° 2024-031 – Budget primitif 2024 : Adoptée (28 pour, 3 contre, "
        "1 abstention)\n"
        "Délibération n° 2024-032 – Taux de la TEOM : Adoptée à l'unanimité\n"
        "Délibération n° 2024-033 – Motion sur la trésorerie : Rejetée (10 pour, 20 contre, "
        "2 abstentions)\n\nAffichée le 15 mars 2024.\n"
    )
    assert looks_like_extract(printed(text, shape))
    extract = parse_extract(printed(text, shape))
    assert extract.sitting_date == date(2024, 3, 12)
    assert [i.deliberation.number for i in extract.items] == ["2024-031", "2024-032", "2024-033"]
    assert [i.deliberation.outcome for i in extract.items] == ["adopted", "adopted", "rejected"]


def test_another_sitting_named_lors_de_in_an_extract_is_still_a_trap() -> None:
    """« … adoptée lors de sa séance du 6 février 2024 » in the body names another sitting."""
    text = (
        "COMMUNE DE SAINT-MARC\nConseil municipal\nVu la délibération adoptée par le conseil "
        "lors de sa séance du 6 février 2024,\n"
        "Présents : M. Jean BRUN, Mme Anne ROUX.\nDélibération n° 2024-12 : Tarifs\nAdopté.\n"
    )
    assert parse_extract(text).sitting_date is None


# -- L. a pôle d'équilibre territorial et rural ------------------------------------------------


@pytest.mark.parametrize(
    "council",
    ["PÔLE D'ÉQUILIBRE TERRITORIAL ET RURAL DU PAYS DE LANGRES", "PETR du Pays de Langres"],
)
def test_a_petr_is_a_syndicat(council: str) -> None:
    """A pôle d'équilibre territorial et rural is a syndicat mixte: its comité deliberates."""
    text = f"{council}\nComité syndical du lundi 3 juin 2024\n" + (
        "Présents : M. Jean BRUN, Mme Anne ROUX.\n\n2024-12 – Adhésion\nAdoptée à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert extract.council is not None
    assert extract.council.kind == "syndicat"
    assert extract.council.name.endswith("du Pays de Langres")
    assert extract.body == "Comité Syndical"


@pytest.mark.parametrize("said", ["Aucune délibération.", "Aucun vote."])
def test_nothing_decided_run_on_after_a_title_is_no_title(said: str) -> None:
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n\n"
    text += f"1 - Questions diverses\n{said}\n\n2 - Tarifs de la cantine\nAdopté.\n"
    items = parse_extract(printed(text, "flattened")).items
    assert [i.deliberation.title for i in items] == ["Questions diverses", "Tarifs de la cantine"]


# -- M. an ordinal then an act's prefix and number, a number sign before a coded number -------


@pytest.mark.parametrize("prefix", ["DCM", "DEL", "CS"])
def test_an_ordinal_then_a_prefixed_act_keeps_both(prefix: str) -> None:
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n\n"
    text += f"5 – {prefix} 2025-021 – Tarifs de la cantine\nAdopté à l'unanimité.\n\n"
    text += f"6 – {prefix} 2025-022 – Subvention au club\nAdopté à l'unanimité.\n"
    items = parse_extract(text).items
    assert [(i.ordinal, i.deliberation.number, i.deliberation.title) for i in items] == [
        ("5", f"{prefix} 2025-021", "Tarifs de la cantine"),
        ("6", f"{prefix} 2025-022", "Subvention au club"),
    ]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_number_sign_before_a_coded_number_heads_each_item(shape: str) -> None:
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n\n"
    text += "N°DEL2025-45 Tarifs de la cantine\nAdopté à l'unanimité.\n\n"
    text += "N°DEL2025-46 Subvention au club\nAdopté à l'unanimité.\n"
    items = parse_extract(printed(text, shape)).items
    assert [(i.deliberation.number, i.deliberation.title) for i in items] == [
        ("DEL2025-45", "Tarifs de la cantine"),
        ("DEL2025-46", "Subvention au club"),
    ]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("label", ["Membres en fonction", "Conseillers en fonctions"])
def test_members_en_fonction_are_in_office(label: str, shape: str) -> None:
    text = HEAD + f"Quorum : 10 – Présents : 3 – Votants : 3 – {label} : 19\n"
    text += "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n" + VOTED
    counts = parse_extract(printed(text, shape)).counts
    assert (counts.in_office, counts.present, counts.votes) == (19, 3, 3)


# -- N. the secretary's sentence in other words ------------------------------------------------

SECRETARY_SENTENCES = [
    "Absente : Mme Ida VIAL représentée par Mme Anne ROUX.\n"
    "Mme. Léa MOREL a été désignée pour remplir les fonctions de secrétaire de séance.",
    "Absent : M. Guy REY.\nLe conseil désigne Mme Léa MOREL secrétaire de séance.",
    "Absent : M. Guy REY.\nMme MOREL Léa assure le secrétariat de séance.",
    "Absent : M. Guy REY.\nMme Léa MOREL remplit les fonctions de secrétaire de séance.",
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("sentence", SECRETARY_SENTENCES)
def test_the_secretary_named_in_a_sentence(sentence: str, shape: str) -> None:
    """Never the name before it (« … par Mme Anne ROUX. Mme. Léa MOREL a été désignée … »)."""
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE, Mme Léa MOREL.\n"
    text += sentence + "\n\n1 - Tarifs de la cantine\nAdopté à l'unanimité.\n"
    secretary = parse_extract(printed(text, shape)).secretary
    assert secretary is not None
    assert secretary.last_name == "MOREL"


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("cue", ["Mandats", "Mandat(s)", "Mandats donnés"])
def test_mandats_is_a_proxies_cue(cue: str, shape: str) -> None:
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
    text += f"{cue} : M. Luc TESSIER donne mandat à Mme Anne ROUX ; Mme Elsa GIRAUD donne mandat "
    text += "à M. Paul VIGNE.\n" + VOTED
    extract = parse_extract(printed(text, shape))
    assert handed(extract.proxies) == [("GIRAUD", "VIGNE"), ("TESSIER", "ROUX")]
    assert surnames(extract.present) == ["BRUN", "ROUX", "VIGNE"]
