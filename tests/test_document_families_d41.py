"""Documents holding many deliberations, line-broken and flattened: the first act printed right
after the counts (« Votants : 21 CC-2024-071 Fonds de concours … ») or after the secretary's
name in capitals (« Mme Noémie ROUX 2025/014 Vote du … »), acts numbered by the sitting's date
(« CP20241014-11 »), margin line numbers every fifth line left inside the text, and lettered
items under numbered headings (« 2. Finances » / « a) Budget supplémentaire »)."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from storage.parsing.text import without_flattened_line_numbers
from tests.documents import SHAPES, handed, read, surnames


def acts(extract: Extract) -> list[tuple[str | None, str | None]]:
    return [(i.deliberation.number, i.deliberation.title) for i in extract.items]


def votes(extract: Extract) -> list[tuple[str | None, int | None, int | None, int | None]]:
    return [
        (
            i.deliberation.outcome,
            i.deliberation.votes_for if not i.deliberation.unanimous else None,
            i.deliberation.votes_against,
            i.deliberation.abstentions,
        )
        for i in extract.items
    ]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_releves_first_act_right_after_the_counts(shape: str) -> None:
    extract = read("communaute-releve-first-act-after-counts.txt", shape)
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (26, 19, 21)
    assert extract.secretary is not None
    assert extract.secretary.last_name == "BOILLOT"
    assert acts(extract) == [
        ("CC-2024-071", "Fonds de concours pour la rénovation des écoles communales"),
        ("CC-2024-072", "Tarifs de la déchetterie intercommunale pour 2025"),
        ("CC-2024-073", "Rapport annuel sur le service public d'assainissement non collectif"),
    ]
    assert votes(extract) == [
        ("adopted", None, 0, 0),
        ("adopted", 17, 3, 1),
        ("noted", None, None, None),
    ]


# Flattened relevés: the counts, then the first act at once; each numbering a council uses.
AFTER_COUNTS = [
    ("Présents : 12 Votants : 14", ("DEL-2024-001", "DEL-2024-002", "DEL-2024-003")),
    ("En exercice : 20 Présents : 12 Pouvoirs : 2", ("2024/031", "2024/032", "2024/033")),
    ("Votants : 16", ("N° 12-2024", "N° 13-2024", "N° 14-2024")),
    (
        "Membres présents : 9 Votants : 11",
        (
            "Délibération n° CS-2024-05 :",
            "Délibération n° CS-2024-06 :",
            "Délibération n° CS-2024-07 :",
        ),
    ),
    ("Présents : 9 Votants : 11", ("SY20240612-01", "SY20240612-02", "SY20240612-03")),
]


@pytest.mark.parametrize(("counts", "numbers"), AFTER_COUNTS)
def test_every_act_of_a_flattened_releve_after_its_counts(
    counts: str, numbers: tuple[str, str, str]
) -> None:
    text = (
        "Syndicat intercommunal des eaux du Morvan Relevé de décisions du comité syndical du "
        f"12 juin 2024 Présidence : M. Paul FAYE. {counts} {numbers[0]} Travaux sur le réseau "
        f"de la rue Haute Adopté à l'unanimité {numbers[1]} Tarifs de l'eau potable pour 2025 "
        f"Adopté par 9 voix pour et 2 voix contre. {numbers[2]} Rapport annuel du délégataire "
        "Le comité prend acte."
    )
    extract = parse_extract(text)
    wanted = [n.removeprefix("N° ").removeprefix("Délibération n° ").strip(" :") for n in numbers]
    assert [number for number, _ in acts(extract)] == wanted
    assert [title for _, title in acts(extract)] == [
        "Travaux sur le réseau de la rue Haute",
        "Tarifs de l'eau potable pour 2025",
        "Rapport annuel du délégataire",
    ]
    assert [v[0] for v in votes(extract)] == ["adopted", "adopted", "noted"]


@pytest.mark.parametrize("shape", SHAPES)
def test_the_secretarys_surname_in_capitals_is_no_prefix_of_the_act_after_it(shape: str) -> None:
    extract = read("commune-cr-secretary-capitals-then-act.txt", shape)
    assert extract.secretary is not None
    assert extract.secretary.last_name == "ROUX"
    assert acts(extract) == [
        ("2025/014", "Vote du compte administratif 2024"),
        ("2025/015", "Vente de la parcelle AB 112 au lieu-dit Les Fonts"),
    ]
    assert handed(extract.proxies) == [("veyre", "dumas")]


# A surname before an act's number, whatever the name's shape or the numbering; an act's own
# prefix in capitals stays with its number.
NAMED = [
    ("Mme Anne-Sophie LE GALL", "LE GALL", ("2025-07", "2025-08")),
    ("M. RIOU", "RIOU", ("2025/12", "2025/13")),
    ("M. Yves RIOU", "RIOU", ("CM20250304-01", "CM20250304-02")),
    ("Mme Ida VIAL", "VIAL", ("D2025-31", "D2025-32")),
    ("M. Luc MARTY", "MARTY", ("DEL 2025-012", "DEL 2025-013")),
]


@pytest.mark.parametrize(("secretary", "surname", "numbers"), NAMED)
@pytest.mark.parametrize("shape", SHAPES)
def test_an_act_after_a_name_in_capitals(
    secretary: str, surname: str, numbers: tuple[str, str], shape: str
) -> None:
    text = (
        "Commune de Lorgues\nCompte rendu du conseil municipal du 4 mars 2025\nPrésents : "
        f"M. Paul FAYE, Mme Anne BOIS, {secretary}.\nSecrétaire de séance : {secretary} "
        f"{numbers[0]} Tarifs de la cantine scolaire\nAdopté à l'unanimité.\n{numbers[1]} "
        "Subvention au club de rugby\nPour : 2 – Contre : 1\nAdopté."
    )
    extract = parse_extract(text if shape == "line-broken" else " ".join(text.split()))
    assert extract.secretary is not None
    assert extract.secretary.last_name == surname
    assert acts(extract) == [
        (numbers[0], "Tarifs de la cantine scolaire"),
        (numbers[1], "Subvention au club de rugby"),
    ]


@pytest.mark.parametrize("shape", SHAPES)
def test_reports_numbered_with_the_sittings_date(shape: str) -> None:
    extract = read("departement-cp-reports-date-coded-acts.txt", shape)
    assert [(i.ordinal, *a) for i, a in zip(extract.items, acts(extract), strict=True)] == [
        ("1", "CP20241014-11", "Aide à l'investissement des communes rurales"),
        ("2", "CP20241014-12", "Subvention au festival de musique de la vallée"),
        ("3", "CP20241014-13", "Convention de gestion des collèges"),
    ]
    assert votes(extract)[1] == ("adopted", 5, 0, 2)


@pytest.mark.parametrize("shape", SHAPES)
def test_margin_numbers_every_fifth_line_among_item_ordinals(shape: str) -> None:
    extract = read("commune-pv-margin-every-fifth-line.txt", shape)
    assert surnames(extract.present) == [
        "barral", "cabrol", "delpy", "escande", "fabre", "gineste", "houles", "julien",
    ]  # fmt: skip
    assert handed(extract.proxies) == [("lagarde", "cabrol")]
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Convention de mise à disposition du personnel avec le syndicat des eaux"),
        ("2", "Tarifs de la salle des fêtes pour l'année 2025"),
        ("3", "Participation communale au voyage scolaire de l'école élémentaire"),
        ("4", "Motion contre la fermeture de la trésorerie"),
    ]
    assert votes(extract) == [
        ("adopted", None, 0, 0),
        ("adopted", 7, 1, 1),
        ("adopted", None, 0, 0),
        ("rejected", 2, 6, 1),
    ]


# A flattened text's margin figures every fifth or tenth line go; the figures of dates, counts
# and amounts stay.
SPARSE = [
    (
        "Commune de Brens Conseil municipal du 4 mars 2025 sous la présidence de M. Paul FAYE, "
        "Maire, le conseil municipal 5 de la commune s'est réuni. Présents : M. Paul FAYE, Mme "
        "Anne BOIS, M. Luc MARTY. 10 Secrétaire : Mme Anne BOIS. 1 – Tarifs de la cantine "
        "scolaire pour l'année 15 2025 Adopté à l'unanimité. 2 – Travaux de voirie rue des "
        "Écoles et chemin 20 des Crêtes Adopté à l'unanimité.",
        ("Tarifs de la cantine scolaire pour l'année 2025", 4),
    ),
    (
        "Syndicat des eaux du Lys Comité du 2 mai 2025 Présents : M. Paul FAYE, Mme Anne BOIS, "
        "M. Luc MARTY, Mme Ida VIAL, M. Yves RIOU, Mme Lise GAY, M. Jean ROCHE, Mme Nina ROUX. "
        "10 Le comité, sous la présidence de M. Paul FAYE, désigne Mme Lise GAY secrétaire. "
        "Délibération n° 2025-011 : Travaux sur le réseau d'eau potable de la rue du Moulin et "
        "de 20 l'impasse des Saules Adopté à l'unanimité. Délibération n° 2025-012 : Tarifs "
        "de l'eau pour 2026 Le comité fixe le prix du mètre cube d'eau potable et la part fixe "
        "de l'abonnement pour l'année 2026 selon le tableau annexé à la présente délibération. "
        "Adopté. 30 Délibération n° 2025-013 : Rapport du délégataire "
        "Le comité prend acte.",
        (
            "Travaux sur le réseau d'eau potable de la rue du Moulin et de l'impasse des Saules",
            3,
        ),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), SPARSE)
def test_a_flattened_texts_margin_numbers_every_few_lines(
    text: str, wanted: tuple[str, int]
) -> None:
    title, items = wanted
    assert title in without_flattened_line_numbers(text)
    extract = parse_extract(text)
    assert len(extract.items) == items or extract.items[0].deliberation.title == title
    assert extract.items[0].deliberation.title == title


KEPT = [
    # dates, amounts, votes: figures that go up by five are no margin
    "Le conseil fixe le tarif à 5 euros le 10 mars, à 10 euros le 15 mars et à 15 euros le "
    "20 mars. Pour : 5 Contre : 10 Abstentions : 15. Subvention de 20 000 € au club.",
    "Point 5 Tarifs adopté. Point 10 Travaux adopté. Point 15 Bail adopté. Point 20 Vente.",
    # amounts ten then twenty thousand, as far apart as a short text's margin would be
    "Commune de Brens Conseil municipal du 4 mars 2025 sous la présidence de M. Paul FAYE, "
    "Maire. Présents : M. Paul FAYE, Mme Anne BOIS. Le conseil attribue une subvention de "
    "10 000 € au club de rugby de la commune pour sa saison sportive. Le conseil attribue une "
    "subvention de 20 000 € à l'association des parents d'élèves pour les classes de neige.",
]


def test_a_short_flattened_texts_two_margin_numbers() -> None:
    # a text of some twenty lines: « 10 » and « 20 » only, as far apart as from its start
    text = (
        "Communauté de communes du Lys Conseil communautaire du 4 avril 2024 sous la présidence "
        "de M. Paul FAYE, Président. Présents : M. Paul FAYE, Mme Anne BOIS, M. Luc MARTY, Mme "
        "Ida VIAL, M. Yves RIOU, Mme Lise GAY, M. Jean ROCHE. Pouvoirs : M. Marc PRAT à M. Paul "
        "FAYE. Absents excusés : M. Hugo DOL. 10 Secrétaire de séance : Mme Lise GAY. "
        "Délibération n° 2024/045 – Budget primitif 2024 Adopté à l'unanimité. Délibération n° "
        "2024/046 – Tarifs de la taxe de séjour 2025 Adopté à l'unanimité. Délibération n° "
        "2024/047 – Attribution du marché de collecte des déchets Adopté à l'unanimité. "
        "Délibération n° 2024/048 – Garantie d'emprunt à l'office public de l'habitat 20 "
        "Adopté à l'unanimité."
    )
    extract = parse_extract(text)
    assert extract.items[-1].deliberation.title == (
        "Garantie d'emprunt à l'office public de l'habitat"
    )
    assert extract.secretary is not None
    assert extract.secretary.last_name == "GAY"


@pytest.mark.parametrize("text", KEPT)
def test_figures_going_up_by_five_that_are_no_margin_are_kept(text: str) -> None:
    assert without_flattened_line_numbers(text) == text


@pytest.mark.parametrize("shape", SHAPES)
def test_lettered_items_under_numbered_chapters(shape: str) -> None:
    extract = read("syndicat-cr-lettered-items-under-chapters.txt", shape)
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1.a", "Programme pluriannuel d'entretien des berges"),
        ("1.b", "Convention avec la fédération de pêche"),
        ("2.a", "Décision modificative n° 3"),
        ("3.a", "règlement intérieur du comité"),
        ("3.b", "indemnités de la présidente"),
        ("3.c", "rapport d'activité 2023"),
    ]
    assert votes(extract) == [
        ("adopted", None, 0, 0),
        ("adopted", 6, 1, 1),
        ("adopted", None, 0, 0),
        ("adopted", None, 0, 0),
        ("adopted", 5, 0, 3),
        ("noted", None, None, None),
    ]
    assert surnames(extract.present) == [
        "blanc", "chaix", "duc", "eymard", "faure", "garnier", "reynaud",
    ]  # fmt: skip


HEAD = (
    "COMMUNE DE SAINT-PONS-DE-MAURIAC\nCOMPTE RENDU DU CONSEIL MUNICIPAL DU 9 AVRIL 2025\n"
    "Présidence : Mme Claire ROUX, Maire.\nPrésents : Mme Claire ROUX, M. Paul FAYE, Mme Anne "
    "BOIS, M. Luc MARTY, Mme Ida VIAL, M. Yves RIOU.\nPouvoir : M. Jean ROCHE à Mme Anne BOIS.\n"
    "Secrétaire : M. Paul FAYE.\n"
)
# Lettered items run on after their chapter, a semicolon between them, each with its outcome.
RUN_ON = [
    (
        "1. Finances : a) compte administratif 2024 : adopté à l'unanimité ; b) affectation du\n"
        "résultat : adoptée par 5 voix pour et 2 abstentions ; c) taux des taxes locales : "
        "adoptés à\nl'unanimité.\n2. Voirie : a) programme de travaux 2025 : adopté à "
        "l'unanimité ; b) convention avec le\ndépartement : adoptée par 4 voix pour et 3 voix "
        "contre.\n",
        [
            ("1.a", "compte administratif 2024", "adopted"),
            ("1.b", "affectation du résultat", "adopted"),
            ("1.c", "taux des taxes locales", "adopted"),
            ("2.a", "programme de travaux 2025", "adopted"),
            ("2.b", "convention avec le département", "adopted"),
        ],
    ),
    (
        "3 - Personnel : A) création d'un poste d'agent d'entretien : approuvée à l'unanimité ;\n"
        "B) modification du temps de travail d'un adjoint administratif : approuvée à "
        "l'unanimité.\n4 - Questions diverses : a) motion pour le maintien de la trésorerie : "
        "rejetée par 2 voix pour et 5 voix contre ; b) rapport du SPANC : le conseil prend "
        "acte.\n",
        [
            ("3.a", "création d'un poste d'agent d'entretien", "adopted"),
            ("3.b", "modification du temps de travail d'un adjoint administratif", "adopted"),
            ("4.a", "motion pour le maintien de la trésorerie", "rejected"),
            ("4.b", "rapport du SPANC", "noted"),
        ],
    ),
    # an act's decisions lettered, one vote for them all: one item
    (
        "1. Urbanisme\nLe conseil décide : a) d'approuver la modification simplifiée du PLU ; "
        "b) d'autoriser le Maire à signer les pièces ; c) de publier la délibération.\n"
        "Adopté à l'unanimité.\n",
        [("1", "Urbanisme", "adopted")],
    ),
]


@pytest.mark.parametrize(("body", "wanted"), RUN_ON)
@pytest.mark.parametrize("shape", SHAPES)
def test_lettered_items_run_on_after_their_chapter(
    body: str, wanted: list[tuple[str, str, str]], shape: str
) -> None:
    text = HEAD + body
    extract = parse_extract(text if shape == "line-broken" else " ".join(text.split()))
    assert [
        (i.ordinal, i.deliberation.title, i.deliberation.outcome) for i in extract.items
    ] == wanted


MOVES = [
    ("Mme Nina ROUX rejoint l'assemblée à 20 h 15.", [], ["roux"]),
    ("Mme Nina ROUX entre en séance.", [], ["roux"]),
    ("M. Luc MARTY se retire et ne prend pas part aux votes suivants.", ["marty"], []),
    ("Départ de M. Luc MARTY à 21 h, qui donne pouvoir à M. Paul FAYE.", ["marty"], []),
    ("M. Luc MARTY, ayant un intérêt personnel, quitte la salle.", ["marty"], []),
]


@pytest.mark.parametrize(("move", "away", "arrived"), MOVES)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_movement_between_items_changes_the_items_after_it(
    move: str, away: list[str], arrived: list[str], shape: str
) -> None:
    text = (
        "COMMUNE DE MARCILLY-LE-VIEUX\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 15 MAI 2025\n"
        "Présidence : M. Paul FAYE, Maire.\nPrésents : M. Paul FAYE, Mme Anne BOIS, M. Luc "
        "MARTY, Mme Ida VIAL, M. Yves RIOU, Mme Lise GAY.\nAbsente : Mme Nina ROUX.\n"
        "Secrétaire : Mme Anne BOIS.\n2024-21 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
        f"2024-22 – Subvention au club de football\nAdopté à l'unanimité.\n{move}\n"
        "2024-23 – Travaux de voirie\nAdopté à l'unanimité.\n2024-24 – Vente d'un terrain\n"
        "Adopté à l'unanimité.\n"
    )
    extract = parse_extract(text if shape == "line-broken" else " ".join(text.split()))
    assert [(surnames(i.away), surnames(i.arrived)) for i in extract.items] == [
        ([], []),
        ([], []),
        (away, arrived),
        (away, arrived),
    ]


BODY = (
    "COMMUNE DE BRIGNAC-SUR-LOT\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 20 JUIN 2025\n"
    "Présidence : M. Paul FAYE, Maire.\nPrésents : M. Paul FAYE, Mme Anne BOIS, M. Luc MARTY, "
    "Mme Ida VIAL, M. Yves RIOU.\nSecrétaire : Mme Anne BOIS.\n"
)
TITLES = ("Tarifs de la cantine", "Subvention au club de football", "Travaux de voirie")
# Each way an agenda numbers its items, and where the act's own number stands.
NUMBERINGS = [
    (
        "1. Finances\n1.1 – {0}\nAdopté à l'unanimité.\n1.2 – {1}\nAdopté à l'unanimité.\n"
        "2. Travaux\n2.1 – {2}\nAdopté à l'unanimité.\n",
        [("1.1", None), ("1.2", None), ("2.1", None)],
    ),
    (
        "Point 1 : {0}\nAdopté à l'unanimité.\nPoint 1 bis : {1}\nAdopté à l'unanimité.\n"
        "Point 2 : {2}\nAdopté à l'unanimité.\n",
        [("1", None), ("1 bis", None), ("2", None)],
    ),
    (
        "Délibération n° 2025-DEL-011 : {0}\nAdopté à l'unanimité.\nDélibération n° "
        "2025-DEL-012 : {1}\nAdopté à l'unanimité.\nDélibération n° 2025-DEL-013 : {2}\n"
        "Adopté à l'unanimité.\n",
        [(None, "2025-DEL-011"), (None, "2025-DEL-012"), (None, "2025-DEL-013")],
    ),
    (
        "CM20250620-01 {0}\nAdopté à l'unanimité.\nCM20250620-02 {1}\nAdopté à l'unanimité.\n"
        "CM20250620-03 {2}\nAdopté à l'unanimité.\n",
        [(None, "CM20250620-01"), (None, "CM20250620-02"), (None, "CM20250620-03")],
    ),
    (
        "Délibération 12-2025 – {0}\nAdopté à l'unanimité.\nDélibération 13-2025 – {1}\n"
        "Adopté à l'unanimité.\nDélibération 14-2025 – {2}\nAdopté à l'unanimité.\n",
        [(None, "12-2025"), (None, "13-2025"), (None, "14-2025")],
    ),
]


@pytest.mark.parametrize(("agenda", "wanted"), NUMBERINGS)
@pytest.mark.parametrize("shape", SHAPES)
def test_every_numbering_of_an_agenda(
    agenda: str, wanted: list[tuple[str | None, str | None]], shape: str
) -> None:
    text = BODY + agenda.format(*TITLES)
    extract = parse_extract(text if shape == "line-broken" else " ".join(text.split()))
    assert [(i.ordinal, i.deliberation.number) for i in extract.items] == wanted
    assert [i.deliberation.title for i in extract.items] == list(TITLES)


def test_an_exposes_numbered_sections_are_no_items() -> None:
    text = BODY + (
        "1 – Révision du plan local d'urbanisme\n1.1 Contexte\nLe plan date de 2012 et doit "
        "être révisé.\n1.2 Objectifs\nPréserver les terres agricoles.\nLe conseil, après en "
        "avoir délibéré, prescrit la révision.\nAdopté à l'unanimité.\n2 – Tarifs de la "
        "cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Révision du plan local d'urbanisme"),
        ("2", "Tarifs de la cantine"),
    ]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_summarys_titles_with_their_acts_number_in_brackets_then_the_outcome(
    shape: str,
) -> None:
    text = (
        "COMMUNE DE SAINT-LAURENT-DU-VAL\nCOMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL DU 12 "
        "FÉVRIER 2025\nPrésidence : Mme Claire ROUX, Maire.\nConseillers en exercice : 11 – "
        "Présents : 9 – Votants : 10\nSecrétaire : Mme Lise GAY.\n"
        "Tarifs de la cantine scolaire (délibération n° 2025-12) : adopté par 8 voix pour et 2 "
        "voix contre.\nSubvention au club de football [D2025-13] – rejeté par 3 voix pour et 7 "
        "voix contre.\nRapport annuel sur l'eau (2025/14) : le conseil prend acte.\n"
        "Convention avec le SDIS (N° 12-2025) : adoptée à l'unanimité.\n"
    )
    extract = parse_extract(text if shape == "line-broken" else " ".join(text.split()))
    assert acts(extract) == [
        ("2025-12", "Tarifs de la cantine scolaire"),
        ("D2025-13", "Subvention au club de football"),
        ("2025/14", "Rapport annuel sur l'eau"),
        ("12-2025", "Convention avec le SDIS"),
    ]
    assert votes(extract) == [
        ("adopted", 8, 2, 0),
        ("rejected", 3, 7, 0),
        ("noted", None, None, None),
        ("adopted", None, 0, 0),
    ]


# Movements told with the roll call, naming the item they take effect at or after.
NAMED_MOVES = [
    (
        "M. Luc MARTY quitte la séance avant le vote du point n° 3. Mme Nina ROUX arrive à "
        "partir du point 2.",
        [([], []), ([], ["roux"]), (["marty"], ["roux"]), (["marty"], ["roux"])],
    ),
    (
        "Mme Ida VIAL se retire avant l'examen de la question n° 4. M. Yves RIOU est présent "
        "jusqu'au point 2 inclus.",
        [([], []), ([], []), (["riou"], []), (["riou", "vial"], [])],
    ),
]


@pytest.mark.parametrize(("moves", "wanted"), NAMED_MOVES)
@pytest.mark.parametrize("shape", SHAPES)
def test_movements_naming_their_item(
    moves: str, wanted: list[tuple[list[str], list[str]]], shape: str
) -> None:
    text = (
        "COMMUNE DE MARCILLY-LE-VIEUX\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 15 MAI 2025\n"
        "Présidence : M. Paul FAYE, Maire.\nPrésents : M. Paul FAYE, Mme Anne BOIS, M. Luc "
        "MARTY, Mme Ida VIAL, M. Yves RIOU, Mme Lise GAY.\nAbsente : Mme Nina ROUX.\n"
        f"Secrétaire : Mme Anne BOIS.\n{moves}\n"
        "Question n° 1 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
        "Question n° 2 – Subvention au club de football\nAdopté à l'unanimité.\n"
        "Question n° 3 – Travaux de voirie\nAdopté à l'unanimité.\n"
        "Question n° 4 – Vente d'un terrain\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text if shape == "line-broken" else " ".join(text.split()))
    assert [(sorted(surnames(i.away)), surnames(i.arrived)) for i in extract.items] == wanted


# A flattened relevé's rows, each numbering and outcome as councils print them.
ROWS = [
    (
        "{n0} {0} ADOPTÉ À L'UNANIMITÉ {n1} {1} ADOPTÉ PAR 12 VOIX POUR ET 4 CONTRE {n2} {2} "
        "ADOPTÉ",
        ("2025/011", "2025/012", "2025/013"),
    ),
    (
        "{n0} – {0} : adopté à l'unanimité ; {n1} – {1} : adopté à la majorité ; {n2} – {2} : "
        "adopté à l'unanimité.",
        ("DEL-2025-11", "DEL-2025-12", "DEL-2025-13"),
    ),
    (
        "{0} – délibération n° {n0} – adoptée à l'unanimité. {1} – délibération n° {n1} – "
        "adoptée. {2} – délibération n° {n2} – adoptée.",
        ("2025-11", "2025-12", "2025-13"),
    ),
    # the result in one word, no stop
    (
        "N° {n0} {0} Unanimité N° {n1} {1} Majorité N° {n2} {2} Unanimité",
        ("11-2025", "12-2025", "13-2025"),
    ),
]


@pytest.mark.parametrize(("row", "numbers"), ROWS)
def test_a_flattened_releves_rows(row: str, numbers: tuple[str, str, str]) -> None:
    titles = (
        "Budget primitif 2025",
        "Tarifs des redevances",
        "Adhésion de la commune de Mouthier",
    )
    text = (
        "SYNDICAT MIXTE DU PAYS DE LOUE Relevé des décisions du comité syndical du 5 mars 2025 "
        "Présidence : M. Paul FAYE. Présents : 14 Votants : 16 "
        + row.format(*titles, n0=numbers[0], n1=numbers[1], n2=numbers[2])
    )
    extract = parse_extract(text)
    assert acts(extract) == list(zip(numbers, titles, strict=True))
    assert [v[0] for v in votes(extract)] == ["adopted", "adopted", "adopted"]
