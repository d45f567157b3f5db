"""Items whose title and outcome share one line, bullet or page element; the numbering of
larger councils; votes damaged by character recognition; elections and designations as items.
Each document is invented; text documents are read as printed and flattened (the `shape`
fixture), pages as the importer reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import DOCUMENTS, handed, read, surnames


def rows(extract: Extract) -> list[tuple[object, ...]]:
    """Each item as (number, title, outcome, unanimous, for, against, abstentions)."""
    return [
        (
            item.deliberation.number,
            item.deliberation.title,
            item.deliberation.outcome,
            item.deliberation.unanimous,
            item.deliberation.votes_for,
            item.deliberation.votes_against,
            item.deliberation.abstentions,
        )
        for item in extract.items
    ]


def page(name: str) -> Extract:
    return parse_extract(read_document_text(Path(DOCUMENTS / name)))


# -- one line, one item: its title, then its outcome -------------------------------------------


def test_bulleted_entries_part_title_and_outcome_at_a_colon_or_a_spaced_dash(shape: str) -> None:
    extract = read("commune-cr-bulleted-titles-and-outcomes.txt", shape)
    assert rows(extract) == [
        (None, "Cession du chemin rural dit de la Garenne", "adopted", True, None, 0, 0),
        # the « pour » counted from the seven present, the others printed
        (None, "Tarifs de la restauration scolaire 2025-2026", "adopted", False, 5, 2, 0),
        (None, "Projet de parc éolien des Hauts Champs", "unfavourable", False, 5, 0, 2),
        # the title's own dashes stay in it: the outcome is after the last
        (
            None,
            "Budget 2025 – budget annexe de l'eau – décision modificative",
            "adopted",
            True,
            None,
            0,
            0,
        ),
        (None, "Motion pour la réouverture du guichet SNCF", "rejected", False, 3, 4, 0),
    ]


@pytest.mark.parametrize(
    ("entry", "title", "outcome"),
    [
        ("- Achat d'un broyeur : accord à l'unanimité.", "Achat d'un broyeur", "adopted"),
        ("• Tarifs du gîte – adopté (1 contre)", "Tarifs du gîte", "adopted"),
        (
            "* Motion sur la poste – rejetée par 2 voix pour, 9 contre",
            "Motion sur la poste",
            "rejected",
        ),
        ("- Accord-cadre de voirie : adopté à l'unanimité", "Accord-cadre de voirie", "adopted"),
        ("– Rapport du SPANC : pris acte", "Rapport du SPANC", "noted"),
        ("- Tarifs du gîte → adopté à l'unanimité", "Tarifs du gîte", "adopted"),
        ("- Vente du pré (rejetée par 2 voix pour, 9 contre)", "Vente du pré", "rejected"),
        # (a bracket inside the title is no vote: the vote's closes the entry)
        (
            "- Tarifs (approuvés en 2019) de la cantine : adoptés",
            "Tarifs (approuvés en 2019) de la cantine",
            "adopted",
        ),
    ],
)
def test_a_bulleted_entry_of_any_separator_is_one_item(
    shape: str, entry: str, title: str, outcome: str
) -> None:
    text = (
        "COMMUNE DE LORMES-LE-BAS\nCompte rendu du conseil municipal\nSéance du 2 juin 2025\n"
        f"- Vente de la licence IV : adoptée à l'unanimité\n{entry}\n"
        "La séance est levée à 21 heures.\n"
    )
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    assert [i.deliberation.title for i in extract.items] == ["Vente de la licence IV", title]
    assert extract.items[1].deliberation.outcome == outcome


def test_a_page_list_entry_keeps_its_title_over_its_outcome() -> None:
    # <li><b>Title</b><br>Outcome</li>: the entry's bullet kept, its break parts the two
    assert rows(page("communaute-cr-list-entries.html")) == [
        (None, "Rapport d'activité 2024 du service des déchets", "noted", None, None, None, None),
        (None, "Attribution du marché de transport à la demande", "adopted", False, 31, 0, 4),
        (None, "Modification des statuts communautaires", "favourable", True, None, 0, 0),
    ]


def test_a_page_paragraph_object_then_its_outcome_is_one_item() -> None:
    assert rows(page("communaute-cr-object-paragraphs.html")) == [
        (None, "Mise à jour du règlement de collecte", "adopted", False, 30, 1, 0),
        (None, "Fonds de concours à la commune de Matha", "adopted", True, None, 0, 0),
        (None, "Cession d'un terrain de la zone d'activités", "rejected", False, 10, 22, 0),
    ]


def test_an_act_code_with_a_spaced_slash_heads_its_one_line_item(shape: str) -> None:
    extract = read("communaute-releve-codes-with-spaced-slash.txt", shape)
    assert [(r[0], r[1], r[2], r[5]) for r in rows(extract)] == [
        ("DEL 2025 / 87", "Convention avec le SDIS pour la défense incendie", "adopted", 0),
        ("DEL 2025 / 88", "Tarifs de la piscine intercommunale", "adopted", 4),
        ("DEL 2025 / 89", "Aide à l'immobilier d'entreprise", "adopted", 0),
        ("DEL 2025 / 90", "Motion relative aux urgences de Vire", "adopted", 0),
    ]


# -- votes damaged by recognition ----------------------------------------------------------------


def test_a_damaged_figure_before_its_word_is_read_or_left_unread(shape: str) -> None:
    extract = read("commune-pv-ocr-figures-before-their-words.txt", shape)
    assert [r[4:] for r in rows(extract)] == [
        (16, 0, 1),  # « l6 voix pour et l abstention »
        (15, 0, 2),  # « O contre »
        (12, 0, 21),  # « l2 voix pour, 2l abstentions »
        # « S6 »: two readings, no figure read (never 6); the printed « contre » kept
        (None, 3, 0),
        (None, 0, 0),
    ]
    # « Chapitre I contre-allée »: a numeral in a title, never a figure
    assert extract.items[4].deliberation.title == (
        "Chapitre I contre-allée du stade : travaux de reprise"
    )
    said = [(f.code, f.params.get("printed")) for f in extract.findings]
    assert ("ocr_figure", "l6") in said
    assert ("ocr_figure", "l") in said
    assert ("unreadable_count", "S6") in said


@pytest.mark.parametrize(
    ("vote", "figures"),
    [
        ("Adopté par l8 voix pour, l contre.", (18, 1, 0)),
        ("Adopté par 9 voix pour et I abstention.", (9, 0, 1)),
        ("Adopté : 2O voix pour, O contre, l abstention.", (20, 0, 1)),
        ("Rejeté par 3 voix pour, l2 voix contre.", (3, 12, 0)),
        ("Adopté par Z4 voix pour, 1 contre.", (None, 1, 0)),
    ],
)
def test_each_damaged_vote_figure_is_right_or_unread(
    vote: str, figures: tuple[int | None, ...]
) -> None:
    text = (
        "COMMUNE DE BRAY\nProcès-verbal du conseil municipal\nSéance du 3 mars 2025\n"
        f"1. Tarifs de la cantine\n{vote}\n2. Vente d'un terrain\nAdopté à l'unanimité.\n"
    )
    assert tuple(rows(parse_extract(text))[0][4:]) == figures


# -- the numbering of larger councils ------------------------------------------------------------


def test_a_point_then_its_act_number_keeps_both_for_every_point(shape: str) -> None:
    extract = read("commune-cr-points-with-act-numbers.txt", shape)
    assert [(i.ordinal, i.deliberation.number) for i in extract.items] == [
        ("1", "2025/101"),
        ("2", "2025/102"),
        ("3", "2025-103"),
        ("4", "2025/104"),
        # (its code's prefix kept with its figures, flattened too)
        ("5", "DCM 2025-105"),
    ]
    assert [r[1:3] for r in rows(extract)] == [
        ("Tarifs de l'eau potable", "adopted"),
        ("Convention d'objectifs avec la CAF", "adopted"),
        ("Cession d'un délaissé de voirie", "adopted"),
        ("Motion pour le maintien de la maternité", "rejected"),
        ("Tarifs du columbarium", "adopted"),
    ]


# -- elections and designations --------------------------------------------------------------


def test_an_election_is_an_item_whose_outcome_is_who_was_chosen(shape: str) -> None:
    extract = read("commune-pv-installation-elections.txt", shape)
    assert [r[1:5] for r in rows(extract)] == [
        ("Élection du maire", "elected", None, 13),
        ("Détermination du nombre d'adjoints", "adopted", True, None),
        ("Élection des adjoints", "elected", None, 12),
        ("Désignation des délégués au syndicat d'eau potable", "elected", True, None),
        ("Indemnités de fonction des élus", "adopted", False, 11),
    ]
    # an election's winner's votes are no « pour » against a « contre »
    assert extract.items[0].deliberation.votes_against is None


@pytest.mark.parametrize(
    ("item", "title", "votes"),
    [
        (
            "1. Élection du maire : M. Yves ROCHE est élu au second tour avec 9 voix.",
            "Élection du maire",
            9,
        ),
        (
            "1. Élection du président – Mme Léa GAY, ayant obtenu 21 voix, est proclamée élue.",
            "Élection du président",
            21,
        ),
        (
            "1. Désignation d'un délégué au SDE : M. Marc PIC est désigné à l'unanimité.",
            "Désignation d'un délégué au SDE",
            None,
        ),
        (
            "1. Commission d'appel d'offres – Sont élus : M. Jean BLANC, Mme Rose PONS.",
            "Commission d'appel d'offres",
            None,
        ),
        ("1. Élection du maire – M. Jean PIC est proclamé maire.", "Élection du maire", None),
        (
            "1. Élection du président : M. Paul VIDAL est installé dans ses fonctions de "
            "président.",
            "Élection du président",
            None,
        ),
        # (the names chosen alone, then the vote)
        ("1. Désignation au CNAS : Mme Sylvie DUBOIS (unanimité).", "Désignation au CNAS", None),
    ],
)
def test_each_way_to_print_an_election(item: str, title: str, votes: int | None) -> None:
    text = (
        "COMMUNE DE LUZECH\nProcès-verbal du conseil municipal\nSéance du 5 juillet 2025\n"
        f"{item}\n2. Tarifs de la cantine : adopté à l'unanimité.\n"
    )
    first = parse_extract(text).items[0].deliberation
    assert (first.title, first.outcome, first.votes_for) == (title, "elected", votes)


def test_reports_printed_after_their_commission_are_each_an_item(shape: str) -> None:
    extract = read("departement-cp-reports-after-their-commission.txt", shape)
    assert [(r[0], r[1], r[4], r[5], r[6]) for r in rows(extract)] == [
        ("1.04", "Aide à domicile", None, 0, 0),
        ("1.05", "Plan autonomie", 25, 0, 6),
        ("2.07", "Ouvrages d'art", None, 0, 0),
        ("3.02", "Restauration scolaire", 28, 3, 0),
    ]


def test_lines_naming_an_item_then_its_vote_without_bullets() -> None:
    text = (
        "COMMUNE DE BEAULIEU-SUR-SARTHE\nCompte rendu sommaire du conseil municipal\n"
        "Séance du 20 novembre 2025\n"
        "Vente d'une parcelle à M. Roux : accord à l'unanimité.\n"
        "Tarifs de l'eau 2026 : adopté (2 contre).\n"
        "Motion pour la gare : rejetée par 4 voix pour, 9 contre.\n"
        "La séance est levée à 21 h 30.\n"
    )
    assert [r[1:3] + r[5:6] for r in rows(parse_extract(text))] == [
        ("Vente d'une parcelle à M. Roux", "adopted", 0),
        ("Tarifs de l'eau 2026", "adopted", 2),
        ("Motion pour la gare", "rejected", 9),
    ]


def test_a_deliberation_naming_who_signs_is_no_election() -> None:
    text = (
        "COMMUNE DE PRADES-SUR-VIS\nProcès-verbal du conseil municipal\nSéance du 3 mars 2025\n"
        "1. Convention avec le SIVU des écoles\n"
        "Mme Anne ROCHE est désignée pour signer la convention. Adopté à l'unanimité.\n"
        "2. Désignation du correspondant défense\n"
        "M. Luc BRUN est désigné. Adopté à l'unanimité.\n"
        "3. Tarifs de la cantine\n"
        "Adopté par 9 voix pour, 2 contre. Le maire est désigné pour signer les actes.\n"
        "4. Nombre d'adjoints : fixé à trois, adopté à l'unanimité.\n"
    )
    assert [(r[2], r[4]) for r in rows(parse_extract(text))] == [
        ("adopted", None),
        ("elected", None),
        ("adopted", 9),
        # (« Nombre d'… : » after an ordinal is an item's title, not a count's label)
        ("adopted", None),
    ]


def test_a_page_paragraph_title_then_its_outcome_in_italics(tmp_path: Path) -> None:
    paragraphs = [
        ("Remplacement de la chaudière de l'école", "Adopté par 12 voix pour, 1 abstention"),
        ("Location du logement communal", "Adopté à l'unanimité"),
        ("Motion pour le maintien du bureau de poste", "Rejetée par 5 voix pour, 8 contre"),
    ]
    body = "".join(f"<p>{title} <em>{outcome}</em></p>" for title, outcome in paragraphs)
    path = tmp_path / "cr.html"
    path.write_text(
        "<html><body><h1>Commune de Lagarde-sur-Ciron</h1><h2>Compte rendu du conseil "
        f"municipal du 14 octobre 2025</h2>{body}</body></html>",
        encoding="utf-8",
    )
    extract = parse_extract(read_document_text(path))
    assert [r[1:3] + r[4:] for r in rows(extract)] == [
        ("Remplacement de la chaudière de l'école", "adopted", 12, 0, 1),
        ("Location du logement communal", "adopted", None, 0, 0),
        ("Motion pour le maintien du bureau de poste", "rejected", 5, 8, 0),
    ]


def test_an_election_read_is_said_as_one_to_a_member() -> None:
    from datetime import date

    from bot.render import render

    extract = read("commune-pv-installation-elections.txt", "line-broken")
    mayor, delegates = extract.items[0].deliberation, extract.items[3].deliberation
    assert render("_vote_line", v={"deliberation": mayor}).strip() == (
        "élection ou désignation faite (13 voix)"
    )
    assert render("_vote_line", v={"deliberation": delegates}).strip() == (
        "élection ou désignation faite à l'unanimité"
    )
    delegates.number = "2025-031"
    view = {
        "deliberation": delegates,
        "body": "conseil municipal",
        "held_on": date(2025, 7, 13),
        "actions": [],
    }
    brief = render("deliberation_brief", views=[view], duplicate=False)
    assert "une élection ou désignation faite à l'unanimité par le conseil municipal" in brief
    assert "pour," not in brief  # no « pour / contre » for an election


def test_a_bulleted_roll_call_ends_where_the_first_coded_act_begins(shape: str) -> None:
    """« • Excusée : Mme Julie NOIR • BT2025-041 Attribution … – adoptée … »: flattened, the
    last list of the roll call shares its line with the first act, which follows a surname in
    capitals; the list keeps its member and the act is read (both were lost)."""
    extract = read("ept-releve-bulleted-roll-call-then-codes.txt", shape)
    assert surnames(extract.absent_excused) == ["noir"]
    assert handed(extract.proxies) == [("blanc", "petit")]
    assert len(extract.present) == 5
    acts = [item.deliberation for item in extract.items]
    assert len(acts) == 3
    for act, code, topic in zip(
        acts, ("041", "042", "043"), ("Attribution", "Convention", "Marché"), strict=True
    ):
        assert code in f"{act.number} {act.title}", act
        assert topic in (act.title or ""), act
    assert [item.deliberation.outcome for item in extract.items] == ["adopted"] * 3
    assert extract.items[2].deliberation.abstentions == 2
