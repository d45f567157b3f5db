"""Shapes of other councils' documents that lost fields on unseen documents (issue 13): an act's
number in brackets after its title, a commune or a function after a name and a comma, proxies
phrased « avait donné pouvoir », by arrow in any list or run together when flattened, votes in
any order or counted « dont … pour », « tous les conseillers … à l'exception de … », the chair's
function run into the name. Every document is invented; each is read line-broken and flattened,
and a PDF is made where layout matters."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from storage.documents import Extract, Person
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import flattened, handed

SHAPES = ("line-broken", "flattened")


def read(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


def shown(people: list[Person]) -> list[str]:
    return [p.display() for p in people]


def act(extract: Extract) -> tuple[str | None, str | None]:
    item = extract.items[0].deliberation if extract.items else extract.deliberation
    return item.number, item.title


def votes(extract: Extract) -> list[tuple[int | None, int | None, int | None, str | None]]:
    return [
        (
            i.deliberation.votes_for,
            i.deliberation.votes_against,
            i.deliberation.abstentions,
            i.deliberation.outcome,
        )
        for i in extract.items
    ]


# -- E2: the act's number in brackets or under the title ---------------------------------------

EXTRACT = """COMMUNE DE SAINT-ALBAN-DES-PRÉS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 14 mars 2023
Nombre de conseillers en exercice : 15 - Présents : 12 - Votants : 13
Présents : M. Paul ROCHE, Maire, Mme Anne VIAL, M. Luc FAYE, Mme Irène BLANC, M. Guy PRAT,
Mme Odile SERRE, M. Marc TESSON, Mme Lise MOREL, M. René GAY, Mme Sophie COMTE, M. Henri DUC,
Mme Julie NOEL.
Pouvoirs : Mme Nadia LEROUX à M. Paul ROCHE.
Absents : M. Jean BOUVIER, M. Alain PIC.
Secrétaire de séance : Mme Lise MOREL.

{heading}
Le Conseil municipal, après en avoir délibéré, à l'unanimité, approuve le budget primitif 2023.
"""


@pytest.mark.parametrize(
    ("heading", "number", "title"),
    [
        ("Approbation du budget primitif 2023 [D2023-113]", "D2023-113", None),
        ("Modification des statuts (délibération n° 2023/45)", "2023/45", None),
        ("Convention de mise à disposition du gymnase (Réf. DEL-2023-045)", "DEL-2023-045", None),
        ("Tarifs de la salle des fêtes\nRéf. : DEL-2023-046", "DEL-2023-046", None),
    ],
)
def test_an_act_number_after_its_title_is_the_act_s(
    heading: str, number: str, title: None
) -> None:
    extract = parse_extract(EXTRACT.format(heading=heading))
    expected_title = heading.split("\n")[0].rsplit(" [", 1)[0].rsplit(" (", 1)[0]
    assert act(extract) == (number, expected_title)
    assert extract.sitting_date is not None
    assert extract.sitting_date.isoformat() == "2023-03-14"
    assert extract.president == Person("ROCHE", "Paul", "M.")
    assert handed(extract.proxies) == [("leroux", "roche")]
    assert len(extract.present) == 12
    assert extract.deliberation.unanimous is True


def test_a_reference_in_brackets_inside_a_sentence_is_no_heading() -> None:
    text = EXTRACT.format(
        heading="Délibération n° 2023-050\nObjet : Modification du règlement intérieur\n"
        "Vu la délibération fixant le règlement (D2021-012)."
    )
    extract = parse_extract(text)
    assert act(extract) == ("2023-050", "Modification du règlement intérieur")
    assert len(extract.items) <= 1


MINUTES = """PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 12 OCTOBRE 2023
Commune de Bellerive-sur-Loire
Conseillers en exercice : 23 - Présents : 3 - Votants : 3
Présents : M. Paul ROCHE, Mme Anne VIAL, M. Luc FAYE.

1 - Tarifs de la cantine scolaire [D2023-201]
Le Conseil fixe les tarifs. Adopté à l'unanimité.

2 - Subvention au comité des fêtes (délibération n° 2023/202)
Le Conseil attribue une subvention de 500 €. Adopté à l'unanimité.

3 - Acquisition d'une parcelle
Réf. : DEL-2023-203
Le Conseil décide l'acquisition. Adopté à la majorité : Pour : 2 Contre : 1 Abstentions : 0
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_each_item_s_bracketed_number_is_its_act(shape: str) -> None:
    extract = read(MINUTES, shape)
    assert [(i.ordinal, i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("1", "D2023-201", "Tarifs de la cantine scolaire"),
        ("2", "2023/202", "Subvention au comité des fêtes"),
        ("3", "DEL-2023-203", "Acquisition d'une parcelle"),
    ]
    assert votes(extract)[2] == (2, 1, 0, "adopted")


# -- E4: a commune or a function after the name -------------------------------------------------

COMMUNITY = """COMMUNAUTÉ DE COMMUNES DES MONTS DU FOREZ
Conseil communautaire du 9 novembre 2023
Délégués en exercice : 8 - Présents : 5 - Votants : 6
Présents : {presents}
Pouvoirs : M. Henri BARD, Veauche, à Mme Paule NOYER.
Absents excusés : Mme Rose DUMONT, Bonson.
Secrétaire de séance : Mme Anne PETIT.
Délibération n° 2023-140 : Adhésion au syndicat des eaux
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "presents",
    [
        "M. Pierre MARTIN, Boisset-lès-Montrond ; Mme Anne PETIT, Chalain-le-Comtal ; M. Jacques"
        " RIVAL, Saint-Cyprien ; Mme Paule NOYER, Veauche ; M. Louis FORGE, Craintilleux.",
        "M. Pierre MARTIN, Le Chambon ; Mme Anne PETIT, Sury-le-Comtal ; M. Jacques RIVAL,"
        " Saint-Just Saint-Rambert ; Mme Paule NOYER, Veauche ; M. Louis FORGE, L'Hôpital.",
        "M. Pierre MARTIN, maire de Boisset ; Mme Anne PETIT, premier adjoint ; M. Jacques RIVAL,"
        " deuxième vice-président ; Mme Paule NOYER, adjointe ; M. Louis FORGE, conseiller"
        " communautaire.",
    ],
)
def test_a_commune_or_function_after_the_name_is_no_member(shape: str, presents: str) -> None:
    extract = read(COMMUNITY.format(presents=presents), shape)
    assert [p.last_name for p in extract.present] == ["MARTIN", "PETIT", "RIVAL", "NOYER", "FORGE"]
    assert shown(extract.absent_excused) == ["Mme Rose DUMONT"]
    assert handed(extract.proxies) == [("bard", "noyer")]
    assert extract.represented == []
    assert extract.secretary == Person("PETIT", "Anne", "Mme")


def test_a_name_without_civility_after_a_name_is_still_a_member() -> None:
    """« Jean-Marc Vial » or « Anne Vial » after a name and a comma is a member, not a place."""
    text = COMMUNITY.format(
        presents="M. Pierre MARTIN, Jean-Marc Vial, Anne Roux, Mme Paule NOYER, M. Louis FORGE."
    )
    extract = parse_extract(text)
    assert [p.last_name for p in extract.present] == ["MARTIN", "Vial", "Roux", "NOYER", "FORGE"]


def _pdf(text: str, path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.replace("’", "'").replace("–", "-").split("\n"):
        pdf.cell(0, 6, line)
        pdf.ln(6)
    pdf.output(str(path))
    return path


def test_communes_in_a_pdf_list_one_member_a_line(tmp_path: Path) -> None:
    text = """COMMUNAUTÉ DE COMMUNES DE COMMUNES DES MONTS DU FOREZ
Conseil communautaire du 9 novembre 2023
Délégués en exercice : 8 - Présents : 4 - Votants : 5
Présents :
M. Pierre MARTIN, Boisset-lès-Montrond,
Mme Anne PETIT, Chalain-le-Comtal,
M. Jacques RIVAL, Saint-Cyprien,
Mme Paule NOYER, Veauche.
Pouvoirs : M. Henri BARD, Veauche, à Mme Paule NOYER.
Délibération n° 2023-141 : Adhésion au syndicat des eaux
Adopté à l'unanimité.
"""
    extract = parse_extract(read_document_text(_pdf(text, tmp_path / "cr.pdf")))
    assert [p.last_name for p in extract.present] == ["MARTIN", "PETIT", "RIVAL", "NOYER"]
    assert handed(extract.proxies) == [("bard", "noyer")]


# -- E5: proxies phrased or laid out otherwise --------------------------------------------------

VILLAGE = """COMMUNE DE VILLARS-LES-BOIS
Séance du conseil municipal du 7 avril 2024
Conseillers en exercice : 11 - Présents : 6 - Votants : 8
Présents : M. Paul ROCHE, Mme Anne VIAL, M. Luc FAYE, Mme Irène BLANC, M. Guy PRAT,
Mme Odile SERRE.
{proxies}
Délibération n° 2024-020 : Tarifs de l'eau
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "proxies",
    [
        "Absents excusés : M. Marc TESSON (avait donné pouvoir à M. Paul ROCHE), Mme Lise MOREL"
        " (avait donné pouvoir à Mme Anne VIAL), M. René GAY.",
        "Absents excusés : M. Marc TESSON => M. Paul ROCHE, Mme Lise MOREL => Mme Anne VIAL,"
        " M. René GAY.",
        "Excusés : M. Marc TESSON -> M. Paul ROCHE ; Mme Lise MOREL → Mme Anne VIAL ;"
        " M. René GAY.",
        "Absents excusés ayant donné pouvoir :\n- M. Marc TESSON à M. Paul ROCHE\n- Mme Lise MOREL"
        " à Mme Anne VIAL\nAbsent excusé : M. René GAY.",
        "Absents ayant donné pouvoir :\nTESSON Marc à ROCHE Paul\nMOREL Lise à VIAL Anne\n"
        "Absent excusé : GAY René.",
    ],
)
def test_proxies_in_any_phrasing_or_layout(shape: str, proxies: str) -> None:
    extract = read(VILLAGE.format(proxies=proxies), shape)
    assert handed(extract.proxies) == [("morel", "vial"), ("tesson", "roche")]
    absent = {p.last_name for p in [*extract.absent_excused, *extract.absent]}
    assert "GAY" in absent
    assert absent <= {"GAY", "TESSON", "MOREL"}
    assert len(extract.present) == 6
    assert extract.represented == []


def test_an_arrow_in_a_sentence_of_the_minutes_makes_no_proxy() -> None:
    text = VILLAGE.format(proxies="Absent excusé : M. René GAY.").replace(
        "Adopté à l'unanimité.", "Tarif 2024 => 2,10 € le mètre cube. Adopté à l'unanimité."
    )
    extract = parse_extract(text)
    assert extract.proxies == []
    assert shown(extract.absent_excused) == ["M. René GAY"]


# -- « tous les conseillers en exercice à l'exception de … » ------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "line",
    [
        "Présents : tous les conseillers en exercice à l'exception de M. Marc TESSON (pouvoir à"
        " M. Paul ROCHE) et de Mme Lise MOREL.",
        "Étaient présents : tous les membres en exercice, sauf M. Marc TESSON (pouvoir à M. Paul"
        " ROCHE) et Mme Lise MOREL.",
        "Tous les conseillers étaient présents à l'exception de M. Marc TESSON (pouvoir à M. Paul"
        " ROCHE) ainsi que de Mme Lise MOREL.",
    ],
)
def test_all_but_names_the_absentees(shape: str, line: str) -> None:
    text = f"""COMMUNE DE SAINT-PRIVAT
Séance du conseil municipal du 3 octobre 2024
Conseillers en exercice : 15  Présents : 13  Votants : 14
{line}
Délibération n° 2024-090 : Tarifs de la cantine
Adopté à l'unanimité.
"""
    extract = read(text, shape)
    assert extract.present == []
    assert handed(extract.proxies) == [("tesson", "roche")]
    assert sorted(p.last_name for p in [*extract.absent, *extract.absent_excused]) == [
        "MOREL",
        "TESSON",
    ]


# -- E6: votes in any order, counted « dont … pour » ---------------------------------------------

VOTES = """PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 18 AVRIL 2024
Commune de Montverdun
Conseillers en exercice : 49 - Présents : 42 - Votants : 45
Présents : M. Paul ROCHE, Mme Anne VIAL, M. Luc FAYE.
sous la présidence de Mme Claire DURAND, Maire

1 - Budget primitif 2024
Contre : 3 – Pour : 40 – Abstentions : 2
Adopté.

2 - Tarifs de la cantine
Le Conseil adopte les tarifs par 40 voix pour, 3 contre et 2 abstentions.

3 - Subvention au club de football
Vote : 40 POUR / 3 CONTRE / 2 ABST.

4 - Convention avec le département
Votants : 45 dont 40 pour, 3 contre et 2 abstentions.

5 - Rapport d'activité du syndicat
Adopté à l'unanimité moins 2 abstentions.

6 - Indemnités des élus
Abstentions : 2 ; Contre : 3 ; Pour : 40
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_votes_in_any_order(shape: str) -> None:
    extract = read(VOTES, shape)
    assert [i.deliberation.title for i in extract.items] == [
        "Budget primitif 2024",
        "Tarifs de la cantine",
        "Subvention au club de football",
        "Convention avec le département",
        "Rapport d'activité du syndicat",
        "Indemnités des élus",
    ]
    assert votes(extract) == [(40, 3, 2, "adopted")] * 4 + [(43, 0, 2, "adopted")] + [
        (40, 3, 2, "adopted")
    ]
    assert extract.president == Person("DURAND", "Claire", "Mme")


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "vote",
    [
        "Votants : 45 dont 40 pour, 3 contre et 2 abstentions.\nAdopte le budget.",
        "Le budget est adopté par 40 voix pour, 3 voix contre et 2 abstentions.",
    ],
)
def test_a_vote_sentence_after_deliberated_is_no_decision(shape: str, vote: str) -> None:
    text = f"""COMMUNE DE VILLARS-LES-BOIS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du conseil municipal du 7 avril 2024
Conseillers en exercice : 49 - Présents : 42 - Votants : 45
Présents : M. Paul ROCHE, Mme Anne VIAL, M. Luc FAYE.
Délibération n° 2024-031
Objet : Budget primitif 2024
Le Conseil municipal, après en avoir délibéré,
{vote}
"""
    extract = read(text, shape)
    deliberation = extract.deliberation
    assert (deliberation.votes_for, deliberation.votes_against, deliberation.abstentions) == (
        40,
        3,
        2,
    )
    assert deliberation.outcome == "adopted"


# -- the chair -------------------------------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "line",
    [
        "Le Conseil s'est réuni sous la présidence de Mme Claire DURAND, Maire.",
        "sous la présidence de Mme Claire DURAND Maire de la commune",
        "La séance est présidée par Madame Claire DURAND, Maire.",
        "Présidence : Mme Claire DURAND",
        "Le Maire, Mme Claire DURAND, ouvre la séance à 20 h 30.",
    ],
)
def test_the_chair_is_the_person_named_not_the_civility(shape: str, line: str) -> None:
    text = f"""COMMUNE DE MARCILLY-LE-CHÂTEL
Conseil municipal du 12 juin 2024
{line}
Présents : Mme Claire DURAND, M. Jean MARTIN, Mme Eva LUCAS.
Secrétaire de séance : M. Jean MARTIN.
Délibération n° 2024-044 : Tarifs de la médiathèque
Adopté à l'unanimité.
"""
    extract = read(text, shape)
    assert extract.president is not None
    assert (extract.president.first_name, extract.president.last_name) == ("Claire", "DURAND")
    assert extract.secretary == Person("MARTIN", "Jean", "M.")


# -- an act's number under the list ---------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_a_number_under_the_list_is_not_in_the_last_name(shape: str) -> None:
    text = """COMMUNE DE SAINT-PRIVAT
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
Séance du conseil municipal du 3 octobre 2024
Présents : M. Paul ROCHE, Mme Anne VIAL, M. Luc FAYE.
N° 2024-078
OBJET : DÉCISION MODIFICATIVE N° 2
DU BUDGET PRINCIPAL
Le Conseil municipal, après en avoir délibéré, à l'unanimité, approuve la décision modificative.
"""
    extract = read(text, shape)
    assert shown(extract.present) == ["M. Paul ROCHE", "Mme Anne VIAL", "M. Luc FAYE"]
    assert act(extract) == ("2024-078", "DÉCISION MODIFICATIVE N° 2 DU BUDGET PRINCIPAL")


TABLES = """PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 18 AVRIL 2024
Commune de Montverdun
Conseillers en exercice : 49 - Présents : 42 - Votants : 45
Présents : M. Paul ROCHE, Mme Anne VIAL, M. Luc FAYE.

Délibération n° 2024-01 : Budget primitif
{first}

Délibération n° 2024-02 : Tarifs de la cantine
{second}
"""


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Votants    Pour    Contre    Abstentions\n45         40      3         2",
            "Exprimés    Pour    Contre    Abstentions\n43          43      0         2",
        ),
        (
            "POUR    CONTRE    ABST.\n40      3         2",
            "Suffrages exprimés   Pour   Contre   Abstentions\n43   43   0   2",
        ),
    ],
)
def test_each_vote_table_reads_its_pour_column(shape: str, first: str, second: str) -> None:
    """A second table close after the first was cut by the first one's reading window: its
    « pour » came out null."""
    extract = read(TABLES.format(first=first, second=second), shape)
    assert [i.deliberation.title for i in extract.items] == [
        "Budget primitif",
        "Tarifs de la cantine",
    ]
    assert votes(extract) == [(40, 3, 2, "adopted"), (43, 0, 2, "adopted")]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("body", "number", "title"),
    [
        (
            "Délibération n° 2024-077\nOBJET :\nCONVENTION DE PARTENARIAT AVEC\nLE SYNDICAT DES"
            " EAUX DU\nBASSIN DE LA LOIRE\nRapporteur : M. Paul ROCHE",
            "2024-077",
            "CONVENTION DE PARTENARIAT AVEC LE SYNDICAT DES EAUX DU BASSIN DE LA LOIRE",
        ),
        (
            "Délibération n° 2024-080\nOBJET : DEMANDE DE SUBVENTION AU TITRE DE LA DETR 2025\n"
            "POUR LA RÉNOVATION DE L'ÉCOLE\nMonsieur le Maire expose au conseil le projet.",
            "2024-080",
            "DEMANDE DE SUBVENTION AU TITRE DE LA DETR 2025 POUR LA RÉNOVATION DE L'ÉCOLE",
        ),
    ],
)
def test_a_title_in_capitals_over_lines_after_objet(
    shape: str, body: str, number: str, title: str
) -> None:
    text = f"""COMMUNE DE SAINT-PRIVAT
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
Séance du conseil municipal du 3 octobre 2024
Membres en exercice : 15 - Présents : 3 - Votants : 3
Présents : M. Paul ROCHE, Mme Anne VIAL, M. Luc FAYE.
{body}
Le Conseil municipal, après en avoir délibéré, à l'unanimité, approuve.
"""
    extract = read(text, shape)
    assert act(extract) == (number, title)
    assert extract.deliberation.unanimous is True


def test_an_agenda_point_after_the_last_name_is_not_cut_into_a_name() -> None:
    """« … Mme Alix TRONCHET POINT N° 1 – … » flattened: no sentence's end before « N° », no cut
    (« TRONCHET POINT » would be a wrong surname; the entry stays unread, with its finding)."""
    text = (
        "COMMUNE DE BRIVALLON Extrait du registre des délibérations du conseil municipal Séance"
        " du 9 avril 2026 Présents : Mme Odile FAURIEL, M. Benoît MAZARGUES, Mme Alix TRONCHET"
        " POINT N° 1 – Mise à jour du régime indemnitaire Délibération n° 141/2026 Entendu"
        " l'exposé du rapporteur, et après en avoir délibéré, ADOPTÉ À L'UNANIMITÉ"
    )
    extract = parse_extract(text)
    assert "TRONCHET POINT" not in [p.last_name for p in extract.present]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "line",
    [
        "La séance est ouverte sous la présidence de Monsieur le Maire.",
        "Présidence : Madame le Maire",
        "sous la présidence de Madame la Maire",
    ],
)
def test_the_chair_named_by_the_role_is_the_one_who_signs(shape: str, line: str) -> None:
    """« sous la présidence de Monsieur le Maire », the mayor's name printed only under the
    signature: the function ending a name (« Mme X Maire de la commune ») made the chair
    « M. le »."""
    text = f"""COMMUNE DE MARCILLY-LE-CHÂTEL
Conseil municipal du 12 juin 2024
{line}
Présents : Mme Claire DURAND, M. Jean MARTIN, Mme Eva LUCAS.
Délibération n° 2024-044 : Tarifs de la médiathèque
Adopté à l'unanimité.

Le Maire,
Claire DURAND
"""
    extract = read(text, shape)
    assert extract.president is not None
    assert (extract.president.first_name, extract.president.last_name) == ("Claire", "DURAND")
