"""Wordings a blind probe of invented documents (EHPAD, régies, PETR, SIVU, syndicats, EPT)
found read wrong: « public » in a body's name above the date taken for « publié le », an act's
number with two prefixes (« DEL-CA-2025-01 »), the president named only as the one who
convened (« convoqué … par son président, M. X »), a régie's « Conseil d'exploitation » or a
territoire's « Conseil de territoire » read as a bare « Conseil », the members « avec voix
délibérative », « Secrétaire de séance désigné : », several members withdrawn from one vote
(« M. X et Mme Y ne participent pas au vote ») and a unanimity with its named exceptions
(« à l'unanimité sauf M. X qui s'abstient »)."""

from __future__ import annotations

from datetime import date

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from storage.parsing.scdl import parse_scdl
from tests.documents import printed

PRESENT = (
    "Présents : Mme Rose LAFAGE, M. Henri COSTE, M. Paul VIGNE, Mme Anne BOIS, M. Luc MARTY\n"
)
VOTED = "\nDélibération n° 2025-011 : Aides facultatives\nAdopté à l'unanimité.\n"
TWO_ITEMS = (
    "\nDélibération n° 2025-011 : Aides facultatives\n{first}\n"
    "\nDélibération n° 2025-012 : Tarifs du portage de repas\nAdopté à l'unanimité.\n"
)


def surnames(people: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(p.last_name for p in people)


# -- A. « public » in the body's name above the date ------------------------------------------

PUBLIC_HEADS = [
    "EHPAD PUBLIC INTERCOMMUNAL LES GENÊTS\nConseil d'administration du vendredi 21 février "
    "2025\n",
    "Office public de l'habitat de la Loire\nConseil d'administration du 21 février 2025\n",
    "ÉTABLISSEMENT PUBLIC FONCIER DE L'OUEST\nConseil d'administration du 21/02/2025\n",
    "Établissements publics de santé du Forez\nConseil de surveillance du 21 février 2025\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("head", PUBLIC_HEADS)
def test_public_in_the_body_name_is_no_publication(head: str, shape: str) -> None:
    """« EHPAD PUBLIC » over « Conseil d'administration du 21 février 2025 »: the date is the
    sitting's (« public » is no « publié le »), and the document is read, not refused."""
    extract = parse_extract(printed(head + PRESENT + VOTED, shape))
    assert extract.sitting_date == date(2025, 2, 21)


def test_a_publication_date_above_stays_a_trap() -> None:
    text = "Publié le 3 mars 2025\nConseil d'administration du 21 février 2025\n" + PRESENT + VOTED
    assert parse_extract(text).sitting_date == date(2025, 2, 21)


# -- B. an act's number with two prefixes -----------------------------------------------------

NUMBERS = ["DEL-CA-2025-01", "D-CM-2025-014", "DEL_BS_2025_07", "DEL-BU-2025-003"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("number", NUMBERS)
def test_a_number_with_two_prefixes_heads_its_item(number: str, shape: str) -> None:
    second = number[:-1] + ("9" if number[-1] != "9" else "8")
    text = (
        "Conseil d'administration du 21 février 2025\n"
        + PRESENT
        + f"\n{number} - Budget primitif 2025\nAdopté par 4 voix pour et 1 abstention.\n"
        + f"\n{second} - Tarifs du portage de repas\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert [item.deliberation.number for item in extract.items] == [number, second]
    assert extract.items[0].deliberation.votes_for == 4
    assert extract.items[0].deliberation.title == "Budget primitif 2025"


# -- C. the president named as the one who convened -------------------------------------------

CONVENED = [
    "Le comité, légalement convoqué le 15 mai 2025 par son président, M. Henri COSTE, s'est "
    "réuni à Yssingeaux.\n",
    "Les délégués, régulièrement convoqués par leur président M. Henri COSTE le 15 mai 2025, "
    "se sont réunis en séance publique.\n",
    "Le conseil, convoqué le 15 mai 2025 par le Maire, Monsieur Henri COSTE, s'est réuni.\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("said", CONVENED)
def test_the_president_who_convened_chairs(said: str, shape: str) -> None:
    text = "Comité syndical du 22 mai 2025\n" + said + PRESENT + VOTED
    extract = parse_extract(printed(text, shape))
    assert extract.president is not None
    assert extract.president.last_name == "COSTE"


def test_the_chair_named_beside_the_convener_wins() -> None:
    """Who presides, when printed, chairs: the convener is only the last resort."""
    text = (
        "Comité syndical du 22 mai 2025\nLe comité, convoqué le 15 mai 2025 par son président, "
        "M. Henri COSTE, s'est réuni sous la présidence de Mme Rose LAFAGE, vice-présidente.\n"
        + PRESENT
        + VOTED
    )
    extract = parse_extract(text)
    assert extract.president is not None
    assert extract.president.last_name == "LAFAGE"


# -- D. a board's own name --------------------------------------------------------------------

BODIES = [
    ("RÉGIE DES EAUX\nConseil d'exploitation du 24 avril 2025\n", "Conseil d'exploitation"),
    ("EPT\nCONSEIL DE TERRITOIRE\nSéance du 24 avril 2025\n", "Conseil de territoire"),
    ("HÔPITAL DE FEURS\nConseil de surveillance du 24 avril 2025\n", "Conseil de surveillance"),
]  # fmt: skip


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(("head", "body"), BODIES)
def test_a_board_keeps_its_name(head: str, body: str, shape: str) -> None:
    """A régie's « Conseil d'exploitation » is not the collectivité's « Conseil »."""
    extract = parse_extract(printed(head + PRESENT + VOTED, shape))
    assert extract.body == body
    assert extract.sitting_date == date(2025, 4, 24)


# -- E. the members « avec voix délibérative », one suppléant present --------------------------

VOTING_MEMBERS = [
    "Membres avec voix délibérative présents : Mme Rose LAFAGE, M. Henri COSTE, M. Paul VIGNE.\n"
    "Membres avec voix délibérative absents : M. Luc MARTY (pouvoir à M. Henri COSTE).\n",
    "Membres à voix délibérative présents : Mme Rose LAFAGE, M. Henri COSTE, M. Paul VIGNE.\n"
    "Membres à voix délibérative excusés : M. Luc MARTY (pouvoir à M. Henri COSTE).\n",
    "Délégués présents : Mme Rose LAFAGE, M. Henri COSTE.\n"
    "Délégué suppléant présent avec voix délibérative : M. Paul VIGNE.\n"
    "Pouvoir : M. Luc MARTY à M. Henri COSTE.\n",
    "Déléguées présentes : Mme Rose LAFAGE, M. Henri COSTE.\n"
    "Déléguée suppléante présente : M. Paul VIGNE.\n"
    "Pouvoir : M. Luc MARTY à M. Henri COSTE.\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("lists", VOTING_MEMBERS)
def test_members_with_a_deliberative_voice(lists: str, shape: str) -> None:
    text = "Conseil d'exploitation du 3 décembre 2024\n" + lists + VOTED
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["COSTE", "LAFAGE", "VIGNE"]
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("MARTY", "COSTE")
    ]


# -- F. the secretary « désigné » ---------------------------------------------------------------

SECRETARIES = [
    "Secrétaire de séance désigné : M. Paul VIGNE\n",
    "Secrétaire de séance désignée : Mme Anne BOIS\n",
    "Secrétaire désigné(e) : Mme Anne BOIS\n",
    "Secrétaire de séance élue : Mme Anne BOIS\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("said", SECRETARIES)
def test_the_secretary_designated(said: str, shape: str) -> None:
    text = (
        "Comité syndical du 9 avril 2025\nConvocation du 1er avril 2025\n"
        + "Présidence : Mme Rose LAFAGE\n"
        + said
        + PRESENT
        + VOTED
        # the signatures at the end would name the secretary on their own: far enough
        + "\nLa séance est levée à 20 h. " * 20
    )
    extract = parse_extract(printed(text, shape))
    assert extract.secretary is not None
    assert extract.secretary.last_name in ("VIGNE", "BOIS")
    assert extract.secretary.last_name == said.split()[-1]
    assert extract.president is not None
    assert extract.president.last_name == "LAFAGE"


# -- G. several members withdrawn from one vote -----------------------------------------------

WITHDRAWN = [
    ("M. Paul VIGNE et Mme Anne BOIS ne participent pas au vote.\nAdopté par 3 voix pour.",
     ["BOIS", "VIGNE"]),
    ("Mme Anne BOIS, M. Paul VIGNE et M. Luc MARTY ne prennent pas part au vote.\n"
     "Adopté par 2 voix pour.", ["BOIS", "MARTY", "VIGNE"]),
    ("Adopté à l'unanimité, M. Paul VIGNE et Mme Anne BOIS ne prenant pas part au vote.",
     ["BOIS", "VIGNE"]),
    ("M. Paul VIGNE, intéressé, sort de la salle et ne prend part ni au débat ni au vote.\n"
     "Adopté par 4 voix pour.", ["VIGNE"]),
]  # fmt: skip


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(("said", "out"), WITHDRAWN)
def test_members_withdrawn_from_one_vote(said: str, out: list[str], shape: str) -> None:
    text = "Comité syndical du 9 avril 2025\n" + PRESENT + TWO_ITEMS.format(first=said)
    extract = parse_extract(printed(text, shape))
    first, second = extract.items
    assert surnames(first.not_voting) == out
    assert second.not_voting == []
    assert second.away == []


def test_a_sentence_before_one_member_adds_nobody() -> None:
    """« Pour ce point, M. X, intéressé, ne prend pas part au vote »: X alone."""
    said = "Pour ce point, M. Paul VIGNE, intéressé, ne prend pas part au vote.\nAdopté."
    text = "Comité syndical du 9 avril 2025\n" + PRESENT + TWO_ITEMS.format(first=said)
    assert surnames(parse_extract(text).items[0].not_voting) == ["VIGNE"]


# -- H. a unanimity with its named exceptions -------------------------------------------------

EXCEPTIONS = [
    ("Adopté à l'unanimité sauf M. Paul VIGNE qui s'abstient.", (4, 0, 1), [], ["VIGNE"]),
    ("Adopté à l'unanimité, à l'exception de Mme Anne BOIS et M. Paul VIGNE qui votent contre.",
     (3, 2, 0), ["BOIS", "VIGNE"], []),
    ("Adopté à l'unanimité hormis Mme Anne BOIS, qui s'abstient.", (4, 0, 1), [], ["BOIS"]),
    ("Adopté à l'unanimité excepté M. Paul VIGNE qui vote contre.", (4, 1, 0), ["VIGNE"], []),
]  # fmt: skip


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(("said", "figures", "against", "abstaining"), EXCEPTIONS)
def test_unanimity_but_named_members(
    said: str, figures: tuple[int, int, int], against: list[str], abstaining: list[str], shape: str
) -> None:
    text = (
        "Comité syndical du 9 avril 2025\nVotants : 5\n" + PRESENT + TWO_ITEMS.format(first=said)
    )
    extract: Extract = parse_extract(printed(text, shape))
    first = extract.items[0]
    record = first.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == figures
    assert surnames(first.against) == against
    assert surnames(first.abstaining) == abstaining


# -- I. a vote's figures, each after its label, closed by a dash -------------------------------

LABELLED_FIGURES = [
    "Résultat du scrutin : POUR 20 / CONTRE 1 / ABSTENTION 3 — adopté à la majorité",
    "POUR 20 - CONTRE 1 - ABSTENTION 3",
    "Pour 20 / Contre 1 / Abstention 3 — Adopté",
    "VOTANTS 24 - POUR 20 - CONTRE 1 - ABSTENTIONS 3",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("said", LABELLED_FIGURES)
def test_figures_after_their_labels_closed_by_a_dash(said: str, shape: str) -> None:
    """« … ABSTENTION 3 — adopté »: three abstentions (never 0), and « POUR 20 - CONTRE 1 » is
    a vote's line, not an act numbered « POUR 20 »."""
    text = (
        "Comité syndical du 9 avril 2025\nVotants : 24\n" + PRESENT + TWO_ITEMS.format(first=said)
    )
    extract = parse_extract(printed(text, shape))
    assert [item.deliberation.number for item in extract.items] == ["2025-011", "2025-012"]
    record = extract.items[0].deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (20, 1, 3)
    assert record.outcome == "adopted"


# -- J. the place on the agenda, then the act, its object under them ---------------------------

PLACED = [
    "Rapport n° {k} — Délibération CA-2024-03{k}",
    "Point {k} - Délibération n° CA-2024-03{k}",
    "Dossier n° {k} : Délibération CA-2024-03{k}",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("heading", PLACED)
def test_each_placed_act_is_its_own_item(heading: str, shape: str) -> None:
    """« Rapport n° 2 — Délibération CA-2024-032 » printed per item is no page header: each
    item is read, with the « Objet : » under it as its title and its own vote."""
    votes = ["Adopté à l'unanimité (12 voix pour).", "Votes : 9 pour, 2 contre, 1 abstention.",
             "Adopté à l'unanimité."]  # fmt: skip
    titles = ["Plan d'équipement 2025", "Convention avec l'amicale", "Tarifs"]
    text = "SDIS DE LA LOIRE\nConseil d'administration du 10 mars 2025\nVotants : 12\n" + PRESENT
    for k, (title, vote) in enumerate(zip(titles, votes, strict=True), start=1):
        text += "\n" + heading.format(k=k) + f"\nObjet : {title}\n{vote}\n"
    extract = parse_extract(printed(text, shape))
    assert [i.deliberation.number for i in extract.items] == [
        "CA-2024-031",
        "CA-2024-032",
        "CA-2024-033",
    ]
    assert [i.deliberation.title for i in extract.items] == titles
    second = extract.items[1].deliberation
    assert (second.votes_for, second.votes_against, second.abstentions) == (9, 2, 1)


# -- K. the president who presides sat ---------------------------------------------------------

CHAIRS = [
    "Sous la présidence de Mme PRADEL Louise, Présidente\n",
    "Président de séance : Mme Louise PRADEL\n",
    "La séance est présidée par Mme Louise PRADEL.\n",
]
ROLL = "Étaient présents : M. André ROUX, Mme Berthe FAURE.\n"
SIGNED = "\nLa Présidente,\nLouise PRADEL\n"
ONE_ITEM = "\nDélibération n° 2025-01 : Budget\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("chair", CHAIRS)
@pytest.mark.parametrize("count", ["Nombre de présents : 3\n", "Présents : 3 - Votants : 3\n"])
def test_the_chair_left_out_of_the_presents_sat(chair: str, count: str, shape: str) -> None:
    """« Sous la présidence de Mme X », three presents printed, two listed: X is the third."""
    text = "Bureau communautaire du 10 mars 2025\n" + chair + ROLL + count + ONE_ITEM
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["FAURE", "PRADEL", "ROUX"]


@pytest.mark.parametrize(
    "said",
    [
        # the count printed is the list's: the list says who was there (with no count printed,
        # whoever presides sat: tests/test_document_families_d30.py)
        "Sous la présidence de Mme Louise PRADEL.\n" + ROLL + "Nombre de présents : 2\n",
        # noted absent: not made present
        "Sous la présidence de Mme Louise PRADEL.\n" + ROLL + "Excusée : Mme Louise PRADEL\n",
        # named only where the minutes are signed, or as who convened
        ROLL,
        "Le bureau, convoqué par sa présidente, Mme Louise PRADEL, s'est réuni.\n" + ROLL,
    ],
)
def test_the_chair_not_said_presiding_is_not_made_present(said: str) -> None:
    text = "Bureau communautaire du 10 mars 2025\n" + said + ONE_ITEM + SIGNED
    extract = parse_extract(text)
    assert "PRADEL" not in surnames(extract.present)


def test_the_chair_by_role_alone_is_no_member_called_m() -> None:
    """« Président de séance : M. le Maire » and nothing else naming him: no president called
    « M », the role reported unnamed; with a name signed at the end, that name."""
    text = (
        "Conseil municipal du 10 mars 2025\nPrésident de séance : M. le Maire\n"
        "Présents : M. le Maire, M. André ROUX, Mme Berthe FAURE.\n" + ONE_ITEM
    )
    extract = parse_extract(text)
    assert extract.president is None
    assert "M" not in surnames(extract.present)
    assert "chair_unnamed" in [f.code for f in extract.findings]
    signed = parse_extract(text + "\nLe Maire,\nJean DORAT\n")
    assert signed.president is not None
    assert signed.president.last_name == "DORAT"
    assert surnames(signed.present) == ["DORAT", "FAURE", "ROUX"]


# -- L. open data: a shifted row's votes are read in their own columns ---------------------------

SHIFTED_HEADER = (
    "DELIB_ID,DELIB_DATE,DELIB_MATIERE_NOM,DELIB_OBJET,BUDGET_ANNEE,VOTE_EFFECTIF,VOTE_REEL,"
    "VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION\n"
)


@pytest.mark.parametrize(
    "row",
    [
        # the comma in the title or in the matter's name: the same cells after both
        "2024-033,2024-03-14,Intercommunalité,Modification des statuts, article 4,2024,32,27,"
        "25,0,2\n",
        "2024-033,2024-03-14,Intercommunalité,Statuts, article 4, annexe,2024,32,27,25,0,2\n",
        "2024-033,14/03/2024,Finances, budget,Modification des statuts,,32,27,25,0,2\n",
    ],
)
def test_a_shift_two_columns_could_explain_keeps_the_votes_in_place(row: str) -> None:
    """Which of two text columns holds the unquoted comma is not guessed (the row is
    reported), but the figures after both are the same either way: never a « contre » read
    from the « pour » column."""
    (read,) = parse_scdl(SHIFTED_HEADER + row).rows
    record = read.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (25, 0, 2)
    assert read.in_office == 32
    assert [f.code for f in read.findings] == ["wrong_field_count"]
    assert record.number == "2024-033"
    assert read.sitting_date == date(2024, 3, 14)


@pytest.mark.parametrize(
    "said",
    [
        "ne prennent pas part au vote M. Paul VIGNE et Mme Anne BOIS ; adopté par 3 voix pour.",
        "ne participent pas au vote M. Paul VIGNE et Mme Anne BOIS ; adopté par 3 voix pour.",
    ],
)
def test_members_withdrawn_on_the_title_line(said: str) -> None:
    """« DEL-CA-2025-02 - Convention : ne prennent pas part au vote M. X et Mme Y ; adopté par
    3 voix pour »: the title ends before the withdrawn members, the vote is read."""
    text = (
        "Conseil d'administration du 21 février 2025\n"
        + PRESENT
        + "\nDEL-CA-2025-01 - Budget primitif 2025 : adopté par 4 voix pour et 1 abstention.\n"
        + f"DEL-CA-2025-02 - Convention avec l'association des familles : {said}\n"
    )
    extract = parse_extract(text)
    second = extract.items[1]
    assert second.deliberation.title == "Convention avec l'association des familles"
    assert second.deliberation.votes_for == 3
    assert surnames(second.not_voting) == ["BOIS", "VIGNE"]


# -- M. more wordings: « sept. », « N voix contre M », who presided, proxies given « par » -------


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Séance du 16 sept. 2025\n", date(2025, 9, 16)),
        ("Comité syndical du mardi 16 sept 2025\n", date(2025, 9, 16)),
        ("Réunion du 1er sept. 2025\n", date(2025, 9, 1)),
    ],
)
def test_september_abbreviated(heading: str, day: date, shape: str) -> None:
    """« sept. » after a day is September: the document is read, not refused."""
    text = "SYNDICAT DES EAUX DU FURAN\nComité syndical\n" + heading + PRESENT + VOTED
    assert parse_extract(printed(text, shape)).sitting_date == day


@pytest.mark.parametrize(
    ("said", "figures"),
    [
        ("Adopté par 5 voix contre 1.", (5, 1, 0)),
        ("Adoptée par 12 voix contre 3 et 2 abstentions.", (12, 3, 2)),
        ("Le conseil adopte la délibération par 20 voix contre 4.", (20, 4, 0)),
    ],
)
def test_voices_against_voices(said: str, figures: tuple[int, int, int]) -> None:
    """« adopté par 5 voix contre 1 »: five for and one against, never five against."""
    text = "Comité syndical du 9 avril 2025\n" + PRESENT + TWO_ITEMS.format(first=said)
    record = parse_extract(text).items[0].deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == figures
    assert record.outcome == "adopted"


def test_a_rejection_by_voices_against_voices_is_not_rewritten() -> None:
    text = "Comité syndical du 9 avril 2025\n" + PRESENT
    text += TWO_ITEMS.format(first="Rejeté par 18 voix contre 11.")
    record = parse_extract(text).items[0].deliberation
    assert record.outcome == "rejected"
    assert record.votes_for != 18


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "said",
    [
        "La présidence est assurée par M. Henri COSTE, doyen d'âge.\n",
        "Présidait la séance : M. Henri COSTE, Maire.\n",
        "La présidence a été assurée par M. Henri COSTE.\n",
    ],
)
def test_who_presided_said_otherwise(said: str, shape: str) -> None:
    text = "Conseil municipal du 20 janvier 2025\n" + said + PRESENT + VOTED
    extract = parse_extract(printed(text, shape))
    assert extract.president is not None
    assert extract.president.last_name == "COSTE"


GIVEN_BY = [
    "Procuration : mandat donné par Mme Nina ROUX à M. Luc MARTY ; mandat donné par "
    "M. Jean PERRIN à Mme Rose LAFAGE.\n",
    "Pouvoir donné par Mme Nina ROUX à M. Luc MARTY. Pouvoir donné par M. Jean PERRIN à "
    "Mme Rose LAFAGE.\n",
]
# (as a list of dashed entries, line-broken only: flattened, its dashes run the entries on)
GIVEN_BY_LIST = (
    "Pouvoirs :\n- procuration donnée par Mme Nina ROUX à M. Luc MARTY\n"
    "- procuration donnée par M. Jean PERRIN à Mme Rose LAFAGE\n"
)


@pytest.mark.parametrize(
    ("said", "shape"),
    [(said, shape) for said in GIVEN_BY for shape in ("line-broken", "flattened")]
    + [(GIVEN_BY_LIST, "line-broken")],
)
def test_a_proxy_given_by(said: str, shape: str) -> None:
    text = "Comité syndical du 9 avril 2025\n" + PRESENT + said + VOTED
    extract = parse_extract(printed(text, shape))
    assert sorted((p.giver.last_name, p.holder.last_name) for p in extract.proxies) == [
        ("PERRIN", "LAFAGE"),
        ("ROUX", "MARTY"),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Mme Anne BOIS a été désignée pour remplir les fonctions de secrétaire.\n",
        "Mme Anne BOIS est désignée pour remplir les fonctions de secrétaire de séance.\n",
        "Mme Anne BOIS a été nommée pour assurer la fonction de secrétaire.\n",
    ],
)
def test_the_secretary_appointed_to_the_office(said: str) -> None:
    text = (
        "Comité syndical du 9 avril 2025\n"
        + PRESENT
        + said
        + VOTED
        + "\nLa séance est levée à 20 h. " * 20
    )
    extract = parse_extract(text)
    assert extract.secretary is not None
    assert extract.secretary.last_name == "BOIS"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Convoqué le 8 sept. 2025, le comité s'est réuni.\n", date(2025, 9, 8)),
        ("Convocation du 2 déc. 2024.\n", date(2024, 12, 2)),
        ("Le comité, convoqué le 25 nov. 2024, s'est réuni.\n", date(2024, 11, 25)),
    ],
)
def test_the_convocation_dated_with_an_abbreviated_month(said: str, day: date) -> None:
    """The abbreviation's dot (« 8 sept. 2025 ») does not end the convocation's clause."""
    text = "Comité syndical\nSéance du 16 déc. 2025\n" + said + PRESENT + VOTED
    assert parse_extract(text).convened_on == day


def test_ordinals_in_words_then_a_title_in_lower_case() -> None:
    """« Premier point : compte administratif 2024 »: an item, its title in lower case."""
    text = (
        "Conseil municipal du 7 mars 2025\n"
        + PRESENT
        + "\nPremier point : compte administratif 2024\nAdopté par 4 voix pour.\n"
        + "\nDeuxième point : budget primitif 2025\nAdopté par 5 voix pour.\n"
    )
    extract = parse_extract(text)
    assert [(i.ordinal, i.deliberation.votes_for) for i in extract.items] == [("1", 4), ("2", 5)]
    assert extract.items[0].deliberation.title == "compte administratif 2024"
