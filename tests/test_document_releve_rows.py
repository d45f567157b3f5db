"""Relevés whose items are one line each, the act's number, its title and its outcome in
columns: a tab between them, dotted leaders (« 2025-04-021 Compte administratif ........ 3 POUR
/ 1 CONTRE »), a bullet and the figures by their initials (« 12 P / 0 C / 2 A »), a bureau's
« Décision B-2025-001 — … : approuvée (5 voix) », a quoted e-mail (« > 2025-014 … : adoptée »),
a table of votes (« N° | Objet | Pour | Contre | Abst. | Décision ») and a table of the votes
printed after the items. Every item is found with its own vote, never one phantom item for the
whole document. Invented councils, line-broken and (where the layout survives it) flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import flattened

HEAD = """{council}
{kind} du conseil municipal du 12 février 2025

Présents : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves CARRE, Mme Inès DUMAS.
Secrétaire de séance : Mme Elsa MOULIN.

"""


def _items(text: str) -> list[tuple[str | None, str | None, str | None, tuple]]:
    return [
        (
            item.deliberation.number,
            item.deliberation.title,
            item.deliberation.outcome,
            (
                item.deliberation.votes_for,
                item.deliberation.votes_against,
                item.deliberation.abstentions,
            ),
        )
        for item in parse_extract(text).items
    ]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_items_in_tab_separated_columns(shape: str) -> None:
    text = HEAD.format(council="COMMUNE DE VALMORIN", kind="RELEVÉ DES DÉCISIONS") + (
        "N°\tObjet\tDécision\n"
        "DEL-2025-011\tRapport d'orientation budgétaire 2025\tPris acte\n"
        "DEL-2025-012\tTarifs de la cantine scolaire\t\tAdoptée\n"
        "DEL-2025-013\tMotion pour le maintien du bureau de poste\tRejetée\n"
    )
    text = flattened(text) if shape == "flattened" else text
    assert [(n, t, o) for n, t, o, _ in _items(text)] == [
        ("DEL-2025-011", "Rapport d'orientation budgétaire 2025", "noted"),
        ("DEL-2025-012", "Tarifs de la cantine scolaire", "adopted"),
        ("DEL-2025-013", "Motion pour le maintien du bureau de poste", "rejected"),
    ]


def test_a_tab_before_words_in_lower_case_is_no_title() -> None:
    text = HEAD.format(council="COMMUNE DE VALMORIN", kind="Compte rendu") + (
        "2025-011 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
        "05/2025\tà suivre\n"
        "2025-012 – Règlement du cimetière\nAdopté à l'unanimité.\n"
    )
    assert [n for n, *_ in _items(text)] == ["2025-011", "2025-012"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_items_with_dotted_leaders_and_a_single_space_after_the_number(shape: str) -> None:
    text = HEAD.format(council="VILLE DE ROCHEVIEILLE", kind="Relevé des délibérations") + (
        "2025-04-021 Compte administratif 2024 ........ 3 POUR / 1 CONTRE\n"
        "2025-04-022 Affectation du résultat ..... UNANIMITÉ\n"
        "2025-04-023 Subvention au comité des fêtes ........ 2 POUR / 1 CONTRE / 1 ABST\n"
    )
    items = _items(flattened(text) if shape == "flattened" else text)
    assert [(n, t, o) for n, t, o, _ in items] == [
        ("2025-04-021", "Compte administratif 2024", "adopted"),
        ("2025-04-022", "Affectation du résultat", "adopted"),
        ("2025-04-023", "Subvention au comité des fêtes", "adopted"),
    ]
    assert items[0][3] == (3, 1, 0)
    assert items[2][3] == (2, 1, 1)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_bulleted_items_with_figures_by_their_initials(shape: str) -> None:
    text = HEAD.format(council="Commune de Saint-Pal-de-Serre", kind="Relevé des décisions") + (
        "• 2025-31 Tarifs de l'école de musique ........ 4 P / 0 C / 0 A\n"
        "• 2025-32 Convention avec le syndicat d'énergie ........ 3 P / 1 C / 0 A\n"
        "• 2025-33 Décision modificative n° 1 ........ 3 P / 0 C / 1 A\n"
    )
    items = _items(flattened(text) if shape == "flattened" else text)
    assert [(n, t, v) for n, t, _, v in items] == [
        ("2025-31", "Tarifs de l'école de musique", (4, 0, 0)),
        ("2025-32", "Convention avec le syndicat d'énergie", (3, 1, 0)),
        ("2025-33", "Décision modificative n° 1", (3, 0, 1)),
    ]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_bureaus_decisions_each_with_its_outcome(shape: str) -> None:
    text = """SYNDICAT DES EAUX DES HAUTES-CHAUMES
Bureau syndical du 14 janvier 2025 – Relevé de décisions

Présents : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves CARRE, Mme Inès DUMAS, M. Léo FAURE.

Décision B-2025-001 — Convention de passage de canalisation à Luriecq : approuvée (5 voix).
Décision B-2025-002 — Marché de renouvellement des compteurs : approuvée à l'unanimité.
Décision B-2025-003 — Avenant au contrat d'affermage : rejetée (2 pour, 3 contre).
"""
    items = _items(flattened(text) if shape == "flattened" else text)
    assert [(n, t, o) for n, t, o, _ in items] == [
        ("B-2025-001", "Convention de passage de canalisation à Luriecq", "adopted"),
        ("B-2025-002", "Marché de renouvellement des compteurs", "adopted"),
        ("B-2025-003", "Avenant au contrat d'affermage", "rejected"),
    ]
    assert items[0][3] == (5, 0, 0)
    assert items[2][3] == (2, 3, 0)


def test_a_mayors_decisions_taken_by_delegation_are_no_items() -> None:
    text = HEAD.format(council="COMMUNE DE VALMORIN", kind="Procès-verbal") + (
        "2025-011 – Tarifs de la cantine\nAdopté à l'unanimité.\n\n"
        "2025-012 – Règlement du cimetière\nAdopté à l'unanimité.\n\n"
        "Décisions prises par délégation :\n"
        "Décision n° 2025-D-04 : concession funéraire au cimetière du bourg\n"
        "Décision n° 2025-D-05 : contrat d'entretien des cloches\n"
    )
    assert [n for n, *_ in _items(text)] == ["2025-011", "2025-012"]


def test_a_quoted_e_mail_reads_as_its_text() -> None:
    text = "\n".join(
        f"> {line}" if line else ">"
        for line in (
            "COMMUNAUTÉ DE COMMUNES DES CRÊTES DU FOREZ",
            "Liste des délibérations du conseil communautaire du 20 mars 2025",
            "",
            "Conseillers en exercice : 30 – Présents : 24 – Votants : 27",
            "",
            "2025-014 Approbation du rapport de la CLECT : adoptée à l'unanimité",
            "2025-015 Budget annexe des déchets : adopté par 25 voix pour et 2 contre",
            "2025-016 Création d'un poste d'attaché : adoptée à l'unanimité",
        )
    )
    items = _items(f"De : secretariat@cc-cretes.example\n\n{text}\n")
    assert [(n, t, o) for n, t, o, _ in items] == [
        ("2025-014", "Approbation du rapport de la CLECT", "adopted"),
        ("2025-015", "Budget annexe des déchets", "adopted"),
        ("2025-016", "Création d'un poste d'attaché", "adopted"),
    ]
    assert items[1][3] == (25, 2, 0)


def test_a_table_of_votes_with_abbreviated_abstentions() -> None:
    text = """SIVOM DU HAUT-GIER
Comité syndical du 8 octobre 2024 – Relevé des délibérations

Délégués en exercice : 12 – Présents : 9 – Votants : 10

N° | Objet | Pour | Contre | Abst. | Décision
2024-31 | Budget supplémentaire 2024 | 8 | 1 | 1 | Adoptée
2024-32 | Tarifs de la piscine intercommunale | 10 | 0 | 0 | Adoptée
2024-33 | Adhésion au groupement d'achat d'énergie | 3 | 6 | 1 | Rejetée
"""
    assert _items(text) == [
        ("2024-31", "Budget supplémentaire 2024", "adopted", (8, 1, 1)),
        ("2024-32", "Tarifs de la piscine intercommunale", "adopted", (10, 0, 0)),
        ("2024-33", "Adhésion au groupement d'achat d'énergie", "rejected", (3, 6, 1)),
    ]


def test_the_votes_tabled_after_the_items_are_each_items_own() -> None:
    text = """COMMUNE DE SAINT-ROMAIN-LES-ATHEUX
Procès-verbal de la séance du conseil municipal du 16 septembre 2024

Conseillers en exercice : 23 – Présents : 19 – Votants : 21
Présents : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves CARRE, Mme Inès DUMAS.

2024-061 – Rapport annuel sur le prix de l'eau
Le conseil prend acte du rapport.

2024-062 – Tarifs de la restauration scolaire
Le conseil municipal, après en avoir délibéré, fixe les tarifs.

2024-063 – Convention avec l'école de musique
Le conseil municipal, après en avoir délibéré, approuve la convention.

Votes :
| Délibération | Présents | Pouvoirs | Votants | Pour | Contre | Abst. |
|---|---|---|---|---|---|---|
| 2024-062 | 19 | 2 | 21 | 17 | 4 | 0 |
| 2024-063 | 18 | 2 | 20 | 19 | 0 | 1 |
"""
    extract = parse_extract(text)
    assert [(n, o, v) for n, _, o, v in _items(text)] == [
        ("2024-061", "noted", (None, None, None)),
        ("2024-062", "adopted", (17, 4, 0)),
        ("2024-063", "adopted", (19, 0, 1)),
    ]
    assert "missing_outcome" not in {f.code for f in extract.findings}


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_one_outcome_said_once_for_every_item(shape: str) -> None:
    text = """MÉTROPOLE DU HAUT-PILAT
Bureau métropolitain du 12 décembre 2024
RELEVÉ DES DÉCISIONS

Présents : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves CARRE, Mme Inès DUMAS.

2024.00601 — Contrat local des solidarités : convention avec l'association Relais
2024.00602 — Fonds de concours à la commune de Villars pour la médiathèque
2024.00603 — Tarifs 2025 du Zénith
2024.00604 — Motion pour la ligne ferroviaire : rejetée
Toutes les délibérations ont été adoptées à l'unanimité sauf mention contraire.
"""
    text = flattened(text) if shape == "flattened" else text
    extract = parse_extract(text)
    assert [(n, t, o) for n, t, o, _ in _items(text)] == [
        ("2024.00601", "Contrat local des solidarités : convention avec l'association Relais",
         "adopted"),
        ("2024.00602", "Fonds de concours à la commune de Villars pour la médiathèque", "adopted"),
        ("2024.00603", "Tarifs 2025 du Zénith", "adopted"),
        ("2024.00604", "Motion pour la ligne ferroviaire", "rejected"),
    ]  # fmt: skip
    assert [i.deliberation.unanimous for i in extract.items][:3] == [True, True, True]
    assert "missing_outcome" not in {f.code for f in extract.findings}


def test_a_dashed_list_voted_by_one_sentence_is_the_items() -> None:
    text = """SYNDICAT DES TRANSPORTS DU HAUT-GIER
LISTE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL DU 11 AVRIL 2024

- 24.031 : Compte financier unique 2023 – approbation
- 24.032 : Tarifs des abonnements scolaires 2024-2025
- 24.033 : Convention avec la Région pour les lignes express
Toutes les délibérations ont été adoptées.
"""
    assert [(n, o) for n, _, o, _ in _items(text)] == [
        ("24.031", "adopted"),
        ("24.032", "adopted"),
        ("24.033", "adopted"),
    ]


def test_the_votes_tabled_before_the_items_are_each_items_own() -> None:
    text = """COMMUNE DE SAINT-JUST-EN-BAS
Procès-verbal de la séance du conseil municipal du 16 septembre 2024

Conseillers en exercice : 23 – Présents : 19 – Votants : 21
Présents : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves CARRE, Mme Inès DUMAS.

Résultat des votes :
| Délibération | Présents | Pouvoirs | Votants | Pour | Contre | Abst. |
|---|---|---|---|---|---|---|
| 2024-062 | 19 | 2 | 21 | 17 | 4 | 0 |
| 2024-063 | 18 | 2 | 20 | 19 | 0 | 1 |

2024-062 – Tarifs de la restauration scolaire
Le conseil municipal, après en avoir délibéré, fixe les tarifs.

2024-063 – Convention avec l'école de musique
Le conseil municipal, après en avoir délibéré, approuve la convention.
"""
    extract = parse_extract(text)
    assert _items(text) == [
        ("2024-062", "Tarifs de la restauration scolaire", "adopted", (17, 4, 0)),
        ("2024-063", "Convention avec l'école de musique", "adopted", (19, 0, 1)),
    ]
    counts = [i.counts for i in extract.items if i.counts]
    assert [(c.present, c.proxies, c.votes) for c in counts] == [(19, 2, 21), (18, 2, 20)]


def test_an_items_vote_as_a_small_table() -> None:
    text = HEAD.format(council="COMMUNE DE VALMORIN", kind="Procès-verbal") + (
        "1) Délibération n° 2025-008 : Compte administratif 2024\nAdopté à l'unanimité.\n\n"
        "2) Délibération n° 2025-009 : Vote des taux d'imposition 2025\n"
        "Le conseil municipal fixe les taux.\n"
        "POUR | CONTRE | ABSTENTION\n 3  |   1    |     0\n"
    )
    assert _items(text)[1] == (
        "2025-009",
        "Vote des taux d'imposition 2025",
        "adopted",
        (3, 1, 0),
    )


def test_an_ascii_grid_of_votes_with_a_wrapped_title() -> None:
    text = HEAD.format(council="VILLE DE MONTBRISON-SUR-LIGNON", kind="Compte rendu") + (
        "+----------+-------------------------------------------+------+--------+-------+\n"
        "| N°       | Objet                                     | Pour | Contre | Abst. |\n"
        "+==========+===========================================+======+========+=======+\n"
        "| 2024-112 | Budget primitif 2025                      |  25  |   6    |   0   |\n"
        "+----------+-------------------------------------------+------+--------+-------+\n"
        "| 2024-113 | Autorisation d'ouverture des commerces le |  27  |   4    |   0   |\n"
        "|          | dimanche en 2025                          |      |        |       |\n"
        "+----------+-------------------------------------------+------+--------+-------+\n"
        "| 2024-114 | Tarifs du théâtre municipal               |  31  |   0    |   0   |\n"
        "+----------+-------------------------------------------+------+--------+-------+\n"
    )
    assert _items(text) == [
        ("2024-112", "Budget primitif 2025", "adopted", (25, 6, 0)),
        ("2024-113", "Autorisation d'ouverture des commerces le dimanche en 2025", "adopted",
         (27, 4, 0)),
        ("2024-114", "Tarifs du théâtre municipal", "adopted", (31, 0, 0)),
    ]  # fmt: skip


def test_a_table_of_votes_closing_the_minutes_keeps_its_last_row() -> None:
    text = """COMMUNE DE SAINT-ROMAIN-LES-ATHEUX
Procès-verbal de la séance du conseil municipal du 16 septembre 2024

Présents : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves CARRE, Mme Inès DUMAS.

2024-062 – Tarifs de la restauration scolaire
Le conseil municipal, après en avoir délibéré, fixe les tarifs.

2024-063 – Convention avec l'école de musique
Le conseil municipal, après en avoir délibéré, approuve la convention.

| Délibération | Votants | Pour | Contre | Abst. |
|---|---|---|---|---|
| 2024-062 | 21 | 17 | 4 | 0 |
| 2024-063 | 20 | 19 | 0 | 1 |

La séance est levée à 21 h 30.
Le Maire, Paul GIRAUD
"""
    assert _items(text) == [
        ("2024-062", "Tarifs de la restauration scolaire", "adopted", (17, 4, 0)),
        ("2024-063", "Convention avec l'école de musique", "adopted", (19, 0, 1)),
    ]
