"""More families of documents, each on invented texts read as printed and flattened: the
council named as a région, a CCAS, a syndicat or a métropole in capitals; roll calls printed
as tables or numbered lines; item headings by their act's number; proxies in every sentence;
the chair named only where the minutes are signed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from storage.documents import Extract, Person, ProxyLine
from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import flattened


def read_as(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


def surnames(people: list[Person]) -> list[str]:
    return [fold(p.last_name) for p in people]


def handed(proxies: list[ProxyLine]) -> list[tuple[str, str]]:
    return [(fold(p.giver.last_name), fold(p.holder.last_name)) for p in proxies]


# -- the council: an entity with its kind ----------------------------------------------------

ROLL_CALL = """
Présents : Mme Maud LESTRADE, M. Yann KERVELLA.
1. Prix de l'eau 2026
Adopté à l'unanimité.
2. Tarifs de l'assainissement
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    ("heading", "name", "kind"),
    [
        (
            "RÉGION OCCITANE-SUD\nCOMMISSION PERMANENTE DU 4 AVRIL 2026",
            "Région Occitane-Sud",
            "région",
        ),
        (
            "Région Armor\nCommission permanente du 4 avril 2026",
            "Région Armor",
            "région",
        ),
        (
            "CCAS de Saint-Oyen-les-Prés\nProcès-verbal du conseil d'administration du"
            " 9 avril 2026",
            "CCAS de Saint-Oyen-les-Prés",
            "ccas",
        ),
        (
            "CENTRE COMMUNAL D'ACTION SOCIALE DE BRIVOUX\nSéance du conseil d'administration du"
            " 9 avril 2026",
            "Centre Communal d'Action Sociale de Brivoux",
            "ccas",
        ),
        (
            "Syndicat intercommunal d'adduction d'eau du Mont Vaillant\nCompte rendu du comité"
            " syndical du 15 avril 2026",
            "Syndicat intercommunal d'adduction d'eau du Mont Vaillant",
            "syndicat",
        ),
        (
            "MÉTROPOLE CÔTE D'OPALE\nPROCÈS-VERBAL DU CONSEIL MÉTROPOLITAIN DU 18 MARS 2026",
            "Métropole Côte d'Opale",
            "métropole",
        ),
        (
            "CIAS DU HAUT-VERDON\nConseil d'administration du 9 avril 2026",
            "CIAS du Haut-Verdon",
            "cias",
        ),
        (
            "SDIS DES MONTS-CLAIRS\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDU CONSEIL"
            " D'ADMINISTRATION\nSéance du 9 avril 2026",
            "SDIS des Monts-Clairs",
            "sdis",
        ),
        (
            "ÉTABLISSEMENT PUBLIC FONCIER DU PLATEAU-VERT\nCONSEIL D'ADMINISTRATION\nRéunion du"
            " 9 avril 2026",
            "Établissement Public Foncier du Plateau-Vert",
            "établissement public",
        ),
        (
            "Communauté d'agglomération des Deux Ponts\nConseil communautaire du 9 avril 2026",
            "Communauté d'agglomération des Deux Ponts",
            "communauté d'agglomération",
        ),
        (
            "COMMUNAUTÉ DE COMMUNES DU HAUT-SORNIN\nConseil communautaire du 9 avril 2026",
            "Communauté de Communes du Haut-Sornin",
            "communauté de communes",
        ),
        (
            "MÉTROPOLE RIVES-D'ORBE\nBureau métropolitain du 9 avril 2026",
            "Métropole Rives-d'Orbe",
            "métropole",
        ),
        (
            "MÉTROPOLE DES TROIS VALLÉES\nConseil métropolitain\nSéance du 18 mars 2026",
            "Métropole des Trois Vallées",
            "métropole",
        ),
        (
            "Commune des Allières\nConseil municipal du 18 mars 2026",
            "Commune des Allières",
            "commune",
        ),
        (
            "VALDOR-ALPES MÉTROPOLE\nPROCÈS-VERBAL DU CONSEIL MÉTROPOLITAIN DU 18 MARS 2026",
            "Valdor-Alpes Métropole",
            "métropole",
        ),
    ],
)
def test_the_council_is_named_with_its_kind(
    heading: str, name: str, kind: str, shape: str
) -> None:
    extract = read_as(heading + ROLL_CALL, shape)
    assert extract.council is not None
    assert (extract.council.name, extract.council.kind) == (name, kind)


def test_the_metropole_a_council_mentions_is_not_named(shape: str) -> None:
    text = "PROCÈS-VERBAL DU CONSEIL DE LA MÉTROPOLE DU 18 MARS 2026" + ROLL_CALL
    extract = read_as(text, shape)
    assert extract.council is None


# -- the chair and the secretary named where the minutes are signed ---------------------------

MINUTES = """COMMUNE DE VAUX-LES-PRÉS
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 3 MARS 2026
Présents : Mme Maud LESTRADE, M. Yann KERVELLA, M. Gilles TREGUIER.
1. Prix de l'eau 2026
Adopté à l'unanimité.
2. Tarifs de la cantine
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    ("signatures", "president", "secretary"),
    [
        ("Le Maire,\nGilles TREGUIER", "treguier", None),
        ("Fait à Vaux, le 4 mars 2026.\nLe Maire, Gilles TREGUIER.", "treguier", None),
        ("Pour extrait conforme, Le Président, M. Gilles TREGUIER", "treguier", None),
        (
            "Le Président de séance, M. Gilles TREGUIER Le secrétaire, Mme Maud LESTRADE",
            "treguier",
            "lestrade",
        ),
        ("La Présidente,\nSigné : Maud LESTRADE", "lestrade", None),
        # a sentence about the mayor names no one
        ("Le Maire certifie le caractère exécutoire de cet acte.", None, None),
    ],
)
def test_the_chair_named_only_in_the_signatures(
    signatures: str, president: str | None, secretary: str | None, shape: str
) -> None:
    extract = read_as(MINUTES + signatures, shape)
    assert (extract.president and fold(extract.president.last_name)) == president
    assert (extract.secretary and fold(extract.secretary.last_name)) == secretary


def test_signatures_side_by_side_name_each_officer() -> None:
    text = MINUTES + "Le Maire,   La secrétaire de séance,\nGilles TREGUIER   Maud LESTRADE\n"
    extract = parse_extract(text)
    assert extract.president is not None
    assert extract.secretary is not None
    assert (fold(extract.president.last_name), fold(extract.secretary.last_name)) == (
        "treguier",
        "lestrade",
    )


# -- item headings by their act's number, titles wrapped over lines ---------------------------

ITEMS = """COMMUNE DE SAINT-URCIZE-EN-MONTS
COMPTE RENDU DU CONSEIL MUNICIPAL DU 5 FÉVRIER 2026
Présents : Mme Maud LESTRADE, M. Yann KERVELLA, M. Gilles TREGUIER.
Secrétaire de séance : M. Yann KERVELLA.
2026-01 Budget primitif du service des eaux
Adopté à l'unanimité.
• 2026-002 – Attribution d'une subvention exceptionnelle à l'amicale
des sapeurs-pompiers pour l'achat
d'un véhicule de secours
Adopté à l'unanimité.
N° 2026/03 : Convention de mise à disposition avec la commune de
Saint-Rémy-sur-Aulne
Pour : 2 – Contre : 1 – Abstention : 0
2026-04 Rapport annuel sur le prix de l'eau
Le Conseil prend acte.
"""


def test_items_headed_by_their_number_with_wrapped_titles(shape: str) -> None:
    extract = read_as(ITEMS, shape)
    rows = [
        (i.deliberation.number, i.deliberation.title, i.deliberation.outcome)
        for i in extract.items
    ]
    assert rows == [
        ("2026-01", "Budget primitif du service des eaux", "adopted"),
        (
            "2026-002",
            "Attribution d'une subvention exceptionnelle à l'amicale des sapeurs-pompiers pour"
            " l'achat d'un véhicule de secours",
            "adopted",
        ),
        (
            "2026/03",
            "Convention de mise à disposition avec la commune de Saint-Rémy-sur-Aulne",
            "adopted",
        ),
        ("2026-04", "Rapport annuel sur le prix de l'eau", "noted"),
    ]
    assert extract.items[2].deliberation.votes_against == 1


def test_a_range_of_years_opening_a_line_is_no_act() -> None:
    text = ITEMS.replace("2026-04 Rapport annuel", "2025-2026 Rapport annuel")
    numbers = [i.deliberation.number for i in parse_extract(text).items]
    assert numbers == ["2026-01", "2026-002", "2026/03"]


# -- two members in one mention, a name cut at a line's end, givers sharing a holder ----------

COUPLES = """COMMUNE DE LA ROCHE-AUBERT
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 2 AVRIL 2026
Présents : M. Hugo VALLAT, M. et Mme ESCOFFIER, Mme Nina BOUSQUET-LAFONT, M. Marc LAVIL-
LAUZE, Mme Rose TIXIER.
Pouvoirs : Mme Léa ORSINI par M. Hugo VALLAT ; M. Tom RIGAL (pouvoir à Mme Rose TIXIER) ;
Mme Zoé SALLES représentée par M. Marc LAVILLAUZE.
Mme Iris FABRE et M. Noël GUIBERT donnent pouvoir à Mme Nina BOUSQUET-LAFONT.
Mme Alix PONCET, M. Jules MERLE et Mme Ana ROCHE ont donné procuration à M. Hugo VALLAT.
1. Budget primitif 2026
Adopté à l'unanimité.
2. Tarifs
Adopté à l'unanimité.
"""


def test_couples_cut_names_and_givers_sharing_a_holder(shape: str) -> None:
    extract = read_as(COUPLES, shape)
    assert [(p.civility, fold(p.last_name)) for p in extract.present] == [
        ("M.", "vallat"),
        ("M.", "escoffier"),
        ("Mme", "escoffier"),
        ("Mme", "bousquet lafont"),  # a double name keeps its hyphen
        ("M.", "lavillauze"),  # cut at the line's end, printed whole further down
        ("Mme", "tixier"),
    ]
    assert handed(extract.proxies) == [
        ("orsini", "vallat"),
        ("rigal", "tixier"),
        ("salles", "lavillauze"),
        ("fabre", "bousquet lafont"),
        ("guibert", "bousquet lafont"),
        ("poncet", "vallat"),
        ("merle", "vallat"),
        ("roche", "vallat"),
    ]
    assert extract.represented == []


# -- numbered roll calls -------------------------------------------------------------------------

NUMBERED = """COMMUNAUTÉ DE COMMUNES DES CRÊTES DU JURAN
PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE DU 22 JANVIER 2026
Étaient présents :
1. BERTRAND Élodie, Groupe Avenir commun
2. CHASSAGNE Paul, Groupe Avenir commun
3. DELORME Inès, Liste Agir ensemble
11) Mme FAYOLLE Anne (Saint-Juéry)
12) M. GRANGIER Louis (Montlaur)
Absents excusés :
1. HUGON Marc (pouvoir à BERTRAND Élodie)
2. JOUVE Claire
1. Approbation du procès-verbal de la séance précédente
Adopté à l'unanimité.
2. Tarifs de la piscine
Adopté à l'unanimité.
"""


def test_numbered_roll_call_lines_with_groups_and_communes(shape: str) -> None:
    extract = read_as(NUMBERED, shape)
    assert [(p.first_name, fold(p.last_name)) for p in extract.present] == [
        ("Élodie", "bertrand"),
        ("Paul", "chassagne"),
        ("Inès", "delorme"),
        ("Anne", "fayolle"),
        ("Louis", "grangier"),
    ]
    assert surnames(extract.absent_excused) == ["hugon", "jouve"]
    assert handed(extract.proxies) == [("hugon", "bertrand")]
    titles = [i.deliberation.title for i in extract.items]
    assert titles == [
        "Approbation du procès-verbal de la séance précédente",
        "Tarifs de la piscine",
    ]
    assert [f.code for f in extract.findings] == ["missing_counts"]


# -- roll calls and votes printed as tables -------------------------------------------------------

BARS = """COMMUNE DE SAINT-JEOIRE-EN-VAL
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 12 FÉVRIER 2026
Membres en exercice : 7 – Présents : 4 – Votants : 5

| NOM | Prénom | Présent(e) | Absent(e) excusé(e) | Absent(e) | Pouvoir donné à |
|-----|--------|:---:|:---:|:---:|-----|
| AUDRAN | Célia | X | | | |
| BRESSON | Hugo | X | | | |
| COLLOMB | Inès | | X | | AUDRAN Célia |
| DREVET | Noé | x | | | |
| EYMARD | Lou | X | | | |
| FRANCOZ | Yves | | X | | |
| GUILLOT | Ana | | | X | |

Secrétaire de séance : M. Hugo BRESSON

| N° | Objet | Pour | Contre | Abstention |
|----|-------|------|--------|------------|
| 2026-011 | Budget annexe de l'eau | 5 | 0 | 0 |
| 2026-012 | Tarifs de la cantine scolaire | 3 | 1 | 1 |
| 2026-013 | Vente d'un terrain communal | 2 | 3 | 0 |
"""


def test_a_roll_call_and_votes_in_tables_with_bars(shape: str) -> None:
    extract = read_as(BARS, shape)
    assert surnames(extract.present) == ["audran", "bresson", "drevet", "eymard"]
    assert surnames(extract.absent_excused) == ["collomb", "francoz"]
    assert surnames(extract.absent) == ["guillot"]
    assert handed(extract.proxies) == [("collomb", "audran")]
    rows = [
        (
            i.deliberation.number,
            i.deliberation.title,
            i.deliberation.outcome,
            i.deliberation.votes_for,
            i.deliberation.votes_against,
            i.deliberation.abstentions,
        )
        for i in extract.items
    ]
    assert rows == [
        ("2026-011", "Budget annexe de l'eau", "adopted", 5, 0, 0),
        ("2026-012", "Tarifs de la cantine scolaire", "adopted", 3, 1, 1),
        ("2026-013", "Vente d'un terrain communal", "rejected", 2, 3, 0),
    ]
    assert extract.findings == []


GRID = """COMMUNE DE SAINT-AGRÈVE-LE-PIN
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 3 MARS 2026
Conseillers en exercice : 5 - Présents : 3 - Votants : 4
Nom et prénom
Présence
BARRAL Jeanne
Présente
CORNU Marc
Présent
DAUMAS Lise
Pouvoir à BARRAL Jeanne
ESTÈVE Paul
Excusé
FALCON Rémi
Présent
Secrétaire de séance : M. Rémi FALCON
1. Budget annexe de l'eau
Adopté à l'unanimité.
2. Tarifs
Adopté à l'unanimité.
"""


def test_a_roll_call_in_a_pdf_grid_with_a_word_per_status(shape: str) -> None:
    extract = read_as(GRID, shape)
    assert surnames(extract.present) == ["barral", "cornu", "falcon"]
    assert surnames(extract.absent_excused) == ["daumas", "esteve"]
    assert handed(extract.proxies) == [("daumas", "barral")]


def test_marks_in_a_grid_whose_columns_cannot_be_told_are_not_read() -> None:
    # each cell on its line, the empty ones lost: which column does « X » stand in?
    rows = (
        "BARRAL Jeanne\nX\nCORNU Marc\nX\nDAUMAS Lise\nPouvoir à BARRAL Jeanne\nESTÈVE Paul\nX\n"
    )
    text = GRID.replace(GRID[GRID.index("Nom et") : GRID.index("FALCON")], "")
    text = text.replace("FALCON Rémi\nPrésent\n", f"Nom\nPrésent\nExcusé\nPouvoir à\n{rows}")
    extract = parse_extract(text)
    assert extract.present == []
    # the words of a status say it whatever the column
    assert surnames(extract.absent_excused) == ["daumas"]
    assert handed(extract.proxies) == [("daumas", "barral")]


# -- proxies in every phrasing, two givers to one holder --------------------------------------

PROXY_HEAD = """COMMUNE DE VAUX-LES-PRÉS
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 3 MARS 2026
Présents : M. Paul ABEL, Mme Rose BRUN, M. Luc CHAZE, Mme Eva DORAT.
"""
PROXY_TAIL = """
Secrétaire : M. Luc CHAZE.
1. Budget primitif
Adopté à l'unanimité.
2. Tarifs de la cantine
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "Absents excusés : Mme Anne FAURE (pouvoir à M. Paul ABEL), M. Jean GIRY représenté"
            " par Mme Rose BRUN, Mme Léa HUGO par M. Luc CHAZE.",
            [("faure", "abel"), ("giry", "brun"), ("hugo", "chaze")],
        ),
        (
            "Excusés : Mme Anne FAURE, M. Jean GIRY.\nMme Anne FAURE a donné pouvoir à M. Paul"
            " ABEL et M. Jean GIRY à Mme Rose BRUN.",
            [("faure", "abel"), ("giry", "brun")],
        ),
        (
            "Pouvoirs : M. Paul ABEL (pour Mme Anne FAURE), Mme Rose BRUN (pour M. Jean GIRY).",
            [("faure", "abel"), ("giry", "brun")],
        ),
        (
            "Mme Anne FAURE et M. Jean GIRY, absents, ont respectivement donné pouvoir à M. Paul"
            " ABEL et Mme Rose BRUN.",
            [("faure", "abel"), ("giry", "brun")],
        ),
        (
            "Pouvoirs : Mme Anne FAURE et M. Jean GIRY à M. Paul ABEL.",
            [("faure", "abel"), ("giry", "abel")],
        ),
    ],
)
def test_proxies_however_phrased(lines: str, expected: list[tuple[str, str]], shape: str) -> None:
    extract = read_as(PROXY_HEAD + lines + PROXY_TAIL, shape)
    assert handed(extract.proxies) == expected
    assert extract.represented == []
    assert len(extract.absent_excused) == len(set(extract.absent_excused))
    assert surnames(extract.present) == ["abel", "brun", "chaze", "dorat"]


# -- every numbering of an act at the head of its item ------------------------------------------

HEAD_OF_ITEMS = """COMMUNE DE MARCOLS-SUR-EYRIEUX
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 3 MARS 2026
Présents : M. Paul ABEL, Mme Rose BRUN, M. Luc CHAZE.
Secrétaire : M. Luc CHAZE.
"""
ITEM_TITLES = (
    "Budget primitif 2026 du service de l'eau",
    "Tarifs de la cantine scolaire",
    "Convention avec le SDIS",
)


@pytest.mark.parametrize(
    "form",
    [
        "DCM 2026-{n} {t}",
        "2026-DEL-0{n} {t}",
        "D.2026.0{n} {t}",
        "DCM n° 2026-0{n} : {t}",
        "n°2026-0{n} {t}",
        "DE-2026-0{n} {t}",
        "Objet : {t}\nDélibération n° 2026-0{n}",
        "{n}) {t}",
    ],
)
def test_items_under_every_numbering(form: str, shape: str) -> None:
    body = "".join(
        form.format(n=i + 11, t=t) + "\nAdopté à l'unanimité.\n" for i, t in enumerate(ITEM_TITLES)
    )
    extract = read_as(HEAD_OF_ITEMS + body, shape)
    assert tuple(i.deliberation.title for i in extract.items) == ITEM_TITLES
    assert all(i.deliberation.outcome == "adopted" for i in extract.items)


@pytest.mark.parametrize(
    "figures",
    [
        "Pour\nContre\nAbstention\n12\n3\n1",
        "POUR CONTRE ABSTENTION\n12 3 1",
        "Pour   Contre   Abstention\n12   3   1",
        "Votants Pour Contre Abstentions\n16 12 3 1",
    ],
)
def test_a_votes_figures_printed_under_their_labels(figures: str, shape: str) -> None:
    body = "".join(f"2026-0{n} Tarifs {n}\n{figures}\n" for n in (1, 2))
    extract = read_as(HEAD_OF_ITEMS + body, shape)
    votes = [
        (i.deliberation.outcome, i.deliberation.votes_for, i.deliberation.votes_against)
        for i in extract.items
    ]
    assert votes == [("adopted", 12, 3), ("adopted", 12, 3)]
    assert [i.deliberation.abstentions for i in extract.items] == [1, 1]


def test_a_name_in_lower_case_cut_at_a_lines_end_is_one_word(shape: str) -> None:
    text = COUPLES.replace("Mme Rose TIXIER.", "Mme Rose Tix-\nier, M. Jean-\nLuc Pra-\ndal.")
    extract = read_as(text, shape)
    assert [p.display() for p in extract.present[-2:]] == ["Mme Rose Tixier", "M. Jean-Luc Pradal"]


def test_a_ccas_and_a_region_are_stored_as_councils_of_their_kind(
    engine: Engine, tmp_path: Path
) -> None:
    from storage import db
    from storage.importer import Importer
    from storage.models import Council

    bodies = {
        "ccas.txt": "CCAS de Saint-Oyen-les-Prés\nProcès-verbal du conseil d'administration du"
        " 9 avril 2026\n",
        "region.txt": "RÉGION OCCITANE-SUD\nCOMMISSION PERMANENTE DU 4 AVRIL 2026\n",
    }
    folder = tmp_path / "depot"  # (the store's own file lies in tmp_path: not a document)
    folder.mkdir()
    for name, heading in bodies.items():
        numbered = ROLL_CALL.replace("1. Prix", "N° 2026-01 : Prix").replace(
            "2. Tarifs", "N° 2026-02 : Tarifs"
        )
        (folder / name).write_text(heading + numbered, encoding="utf-8")
    with db.session(engine) as session:
        reports = Importer(session).import_files([folder])
        assert [r.status for r in reports] == ["imported", "imported"], reports
        councils = session.exec(select(Council.name, Council.kind).order_by(Council.name)).all()
    assert sorted(councils) == [
        ("CCAS de Saint-Oyen-les-Prés", "ccas"),
        ("Région Occitane-Sud", "région"),
    ]


CAPITALS = """COMMUNE DE MARCOLS-SUR-EYRIEUX
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 3 MARS 2026
Présents : M. Paul ABEL, Mme Rose BRUN, M. Luc CHAZE.
2026-01 - ATTRIBUTION D'UNE SUBVENTION EXCEPTIONNELLE
AU COMITÉ DES FÊTES DE MARCOLS
Rapporteur : M. ABEL
Adopté à l'unanimité.
2026-02 - TARIFS DE LA CANTINE
VU le code général des collectivités territoriales,
Adopté à l'unanimité.
2026-03 - Tarifs du columbarium
LE CONSEIL MUNICIPAL, après en avoir délibéré, adopte à l'unanimité.
"""


def test_titles_in_capitals_wrapped_and_followed_by_the_text(shape: str) -> None:
    extract = read_as(CAPITALS, shape)
    assert [i.deliberation.title for i in extract.items] == [
        "ATTRIBUTION D'UNE SUBVENTION EXCEPTIONNELLE AU COMITÉ DES FÊTES DE MARCOLS",
        "TARIFS DE LA CANTINE",
        "Tarifs du columbarium",
    ]


@pytest.mark.parametrize(
    "counts",
    [
        "| En exercice | Présents | Pouvoirs | Votants |\n|---|---|---|---|\n| 5 | 3 | 1 | 4 |",
        "En exercice   Présents   Représentés   Votants\n5   3   1   4",
        "Membres en exercice\nPrésents\nReprésentés\nVotants\n5\n3\n1\n4",
    ],
)
def test_the_sittings_counts_in_a_table(counts: str, shape: str) -> None:
    text = ITEMS.replace("Secrétaire de séance", f"{counts}\nSecrétaire de séance")
    extract = read_as(text, shape)
    found = extract.counts
    assert (found.in_office, found.present, found.proxies, found.votes) == (5, 3, 1, 4)


VOTERS = """COMMUNE DE VAUX-LES-PRÉS
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 3 MARS 2026
En exercice : 6 - Présents : 6 - Votants : 6
Présents : M. Paul ABEL, Mme Rose BRUN, M. Luc CHAZE, Mme Eva DORAT, M. Jean ETIENNE,
Mme Lou FABRE.
2026-01 Budget primitif
{vote}
2026-02 Tarifs
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    ("vote", "figures"),
    [
        (
            "Ont voté pour : M. ABEL, Mme BRUN, M. CHAZE, Mme DORAT.\nOnt voté contre :"
            " M. ETIENNE.\nS'est abstenue : Mme FABRE.",
            (4, 1, 1),
        ),
        # a majority naming only the others: the « pour » is the votants less them (d30)
        ("Adopté à la majorité (M. ETIENNE vote contre, Mme FABRE s'abstient).", (4, 1, 1)),
        (
            "Adopté à la majorité, M. ETIENNE ayant voté contre et Mme FABRE s'étant abstenue.",
            (4, 1, 1),
        ),
    ],
)
def test_votes_told_by_the_names_of_who_voted_how(
    vote: str, figures: tuple[int | None, int, int], shape: str
) -> None:
    extract = read_as(VOTERS.format(vote=vote), shape)
    item = extract.items[0]
    record = item.deliberation
    assert record.outcome == "adopted"
    assert (record.votes_for, record.votes_against, record.abstentions) == figures
    assert surnames(item.against) == ["etienne"]
    assert surnames(item.abstaining) == ["fabre"]
    assert extract.findings == []


def test_a_record_of_votes_printed_a_cell_a_line() -> None:
    text = (
        "COMMUNE DE VAUX-LES-PRÉS\nRELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL DU 3 MARS 2026\n"
        "Présents : M. Paul ABEL, Mme Rose BRUN, M. Luc CHAZE.\n"
        "N°\nObjet\nVote\n"
        "2026-01\nBudget primitif\nUnanimité\n"
        "2026-02\nTarifs de la cantine\n2 pour – 1 contre\n"
        "2026-03\nRapport annuel\nPrend acte\n"
    )
    rows = [
        (i.deliberation.number, i.deliberation.title, i.deliberation.outcome)
        for i in parse_extract(text).items
    ]
    assert rows == [
        ("2026-01", "Budget primitif", "adopted"),
        ("2026-02", "Tarifs de la cantine", "adopted"),
        ("2026-03", "Rapport annuel", "noted"),
    ]


# -- the sitting's date on the heading's second line ---------------------------------------------

HEADING_ON_TWO_LINES = """SIVOM DES COTEAUX DE L'ARCE

PROCÈS-VERBAL DE LA SÉANCE DU COMITÉ SYNDICAL
DU MARDI 10 MARS 2026

Date de convocation : 02/03/2026
Présents : M. Paul ABEL, Mme Rose BRUN, M. Luc CHAZE.
Délibération n° 2026-11 : Budget primitif 2026
Adopté à l'unanimité.
Délibération n° 2026-12 : Tarifs de la collecte
Adopté à l'unanimité.
"""


def test_a_minutes_heading_whose_date_is_on_its_second_line(shape: str) -> None:
    extract = read_as(HEADING_ON_TWO_LINES, shape)
    assert str(extract.sitting_date) == "2026-03-10"
    assert str(extract.convened_on) == "2026-03-02"
    assert [i.deliberation.number for i in extract.items] == ["2026-11", "2026-12"]
    assert extract.council is not None
    assert extract.council.kind == "syndicat"


def test_a_date_on_a_line_after_another_acts_reference_is_no_sitting() -> None:
    text = HEADING_ON_TWO_LINES.replace(
        "PROCÈS-VERBAL DE LA SÉANCE DU COMITÉ SYNDICAL\nDU MARDI 10 MARS 2026",
        "PROCÈS-VERBAL DU COMITÉ SYNDICAL DU 10 MARS 2026\nVu la délibération\ndu 4 juin 2020",
    )
    assert str(parse_extract(text).sitting_date) == "2026-03-10"


# -- the act's number after the item's title ----------------------------------------------------

NUMBER_AFTER = """COMMUNE DE SAINT-URCIZE-EN-MONTS
COMPTE RENDU DU CONSEIL MUNICIPAL DU 5 FÉVRIER 2026
Présents : Mme Maud LESTRADE, M. Yann KERVELLA, M. Gilles TREGUIER.
1. Approbation du procès-verbal de la séance du 8 janvier 2026
Adopté à l'unanimité.
2. Décision modificative n° 2 – délibération n° 2026-008
Adopté à l'unanimité.
3. Tarifs de la médiathèque (délibération n° 2026/009)
Adopté à l'unanimité.
"""


def test_the_acts_number_printed_after_the_items_title(shape: str) -> None:
    extract = read_as(NUMBER_AFTER, shape)
    rows = [(i.ordinal, i.deliberation.number, i.deliberation.title) for i in extract.items]
    assert rows == [
        ("1", None, "Approbation du procès-verbal de la séance du 8 janvier 2026"),
        ("2", "2026-008", "Décision modificative n° 2"),
        ("3", "2026/009", "Tarifs de la médiathèque"),
    ]


OBJECT_WITH_NUMBER = """COMMUNAUTÉ DE COMMUNES DES QUATRE VENTS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
Séance du 12 février 2026
Présents : Mme Maud LESTRADE, M. Yann KERVELLA, M. Gilles TREGUIER.
Objet : Schéma de mutualisation – délibération N°07/2026 du 12 février 2026
Vote : 3 pour, 0 contre, 0 abstention
"""


def test_a_number_dated_the_sittings_day_in_the_object_is_this_acts(shape: str) -> None:
    extract = read_as(OBJECT_WITH_NUMBER, shape)
    assert extract.deliberation.number == "07/2026"
    assert extract.deliberation.title == "Schéma de mutualisation"
    assert extract.deliberation.votes_for == 3
    other = OBJECT_WITH_NUMBER.replace("du 12 février 2026\nVote", "du 4 juin 2020\nVote")
    assert parse_extract(other).deliberation.number is None  # another act's


# -- headings: a roman ordinal and a title in capitals above the number, a title under it -------

ROMAN_ABOVE = """COMMUNE DE MARCOLS-SUR-EYRIEUX
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 3 MARS 2026
Présents : M. Paul ABEL, Mme Rose BRUN.

II. TARIFS DE LA CANTINE SCOLAIRE
N°DEL2026-01

Vu le code général des collectivités territoriales,
Adopté à l'unanimité.

III. FONDS DE CONCOURS À LA COMMUNE DE VAUX
N°DEL2026-02

Vu le code général des collectivités territoriales,
Adopté à l'unanimité.
"""


def test_a_roman_ordinal_and_a_title_in_capitals_above_the_number(shape: str) -> None:
    rows = [
        (i.ordinal, i.deliberation.number, i.deliberation.title)
        for i in read_as(ROMAN_ABOVE, shape).items
    ]
    assert rows == [
        ("II", "DEL2026-01", "TARIFS DE LA CANTINE SCOLAIRE"),
        ("III", "DEL2026-02", "FONDS DE CONCOURS À LA COMMUNE DE VAUX"),
    ]


@pytest.mark.parametrize(
    ("heading", "ordinal", "title"),
    [
        (
            "DÉLIBÉRATION N° 2026-21\nDÉSIGNATION DES DÉLÉGUÉS AU SYNDICAT",
            None,
            "DÉSIGNATION DES DÉLÉGUÉS AU SYNDICAT",
        ),
        (
            "1 - Dénomination de la rue des Tilleuls\nDélibération n° 2026-21",
            "1",
            "Dénomination de la rue des Tilleuls",
        ),
    ],
)
def test_an_extracts_title_under_its_number_or_its_ordinal_above(
    heading: str, ordinal: str | None, title: str, shape: str
) -> None:
    text = (
        "COMMUNE DE VAUX-LES-PRÉS\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
        "Séance du 3 mars 2026\nPrésents : M. Paul ABEL, Mme Rose BRUN.\n\n"
        f"{heading}\n\nVu le code général des collectivités territoriales,\n"
        "Après en avoir délibéré, le conseil adopte à l'unanimité.\n"
    )
    extract = read_as(text, shape)
    assert extract.deliberation.number == "2026-21"
    assert extract.deliberation.title == title
    assert extract.items[0].ordinal == ordinal


CODED = """RÉGION DES MONTS-CLAIRS
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL RÉGIONAL DU 8 FÉVRIER 2026
Présents : M. Paul ABEL, Mme Rose BRUN, M. Luc CHAZE.
1 - Vote du compte administratif 2025 : M. ABEL quitte la salle au moment du vote.
Adopté à l'unanimité.
CR-26-002 – Budget primitif 2026
Adopté à l'unanimité.
CR-26-003 – Contrat de plan – avenant n° 2
Adopté à l'unanimité.
"""


def test_coded_numbers_without_a_year_and_a_title_opening_on_vote(shape: str) -> None:
    text = CODED.replace("1 - Vote du", "CR-26-001 – Vote du")
    rows = [(i.deliberation.number, i.deliberation.title) for i in read_as(text, shape).items]
    assert rows == [
        ("CR-26-001", "Vote du compte administratif 2025"),
        ("CR-26-002", "Budget primitif 2026"),
        ("CR-26-003", "Contrat de plan – avenant n° 2"),
    ]
    ordinals = read_as(CODED.replace("CR-26-00", "Point "), shape).items
    assert ordinals[0].deliberation.title == "Vote du compte administratif 2025"


def test_a_stamps_siren_never_merges_two_collectivites_named_otherwise(
    engine: Engine, tmp_path: Path
) -> None:
    from storage import db
    from storage.importer import Importer
    from storage.models import Council

    stamp = "ID : 042-212200099-20260403-DEL_1-DE\n"
    numbered = ROLL_CALL.replace("1. Prix", "N° 2026-01 : Prix").replace(
        "2. Tarifs", "N° 2026-02 : Tarifs"
    )
    folder = tmp_path / "depot"  # (the store's own file lies in tmp_path: not a document)
    folder.mkdir()
    (folder / "a.txt").write_text(
        "COMMUNE DE SAINT-OYEN\nConseil municipal du 3 avril 2026\n" + stamp + numbered, "utf-8"
    )
    (folder / "b.txt").write_text(
        "RÉGION OCCITANE-SUD\nCOMMISSION PERMANENTE DU 4 AVRIL 2026\n" + stamp + numbered, "utf-8"
    )
    with db.session(engine) as session:
        reports = Importer(session).import_files([folder])
        assert [r.status for r in reports] == ["imported", "imported"], reports
        councils = session.exec(select(Council.name).order_by(Council.name)).all()
    assert councils == ["Commune de Saint-Oyen", "Région Occitane-Sud"]
    assert "council_siren_other_name" in [f.code for f in reports[1].findings]
    from bot.render import finding_text

    said = finding_text(next(f for f in reports[1].findings if f.code.startswith("council_")))
    assert said.startswith("Le SIREN 212200099 est déjà celui de Commune de Saint-Oyen")
