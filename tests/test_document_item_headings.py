"""Items whose title is printed before their act's number, in invented documents read as
printed and flattened (FORMATS.md: numbers of deliberations; principle 1)."""

from __future__ import annotations

import pytest

from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import read


def test_titles_above_their_numbers(shape: str) -> None:
    extract = read("communaute-cr-title-above-number.txt", shape)
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("CC2024-061", "Fonds de concours aux communes pour l'éclairage public"),
        # wrapped over two printed lines
        ("CC2024-062", "Convention de partenariat avec l'office de tourisme intercommunal"),
        # its full stop is the title's end, not part of it
        ("CC2024-063", "Tarifs de la redevance d'enlèvement des ordures ménagères"),
        ("CC2024-064", "Modification du tableau des effectifs"),  # after its number, as usual
    ]
    votes = [
        (i.deliberation.votes_for, i.deliberation.votes_against, i.deliberation.abstentions)
        for i in extract.items
    ]
    # 19 votants; JARNIAS leaves giving her vote to LAURENT: still 19, FAURIEL abstaining
    assert votes == [(19, 0, 0), (15, 2, 2), (18, 0, 1), (19, 0, 0)]
    assert [fold(p.last_name) for p in extract.items[2].away] == ["jarnias"]
    assert [
        (fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.items[3].proxies
    ] == [("jarnias", "laurent")]
    assert extract.secretary is not None
    assert extract.secretary.last_name == "GENTHON"
    assert not [f for f in extract.findings if f.code == "missing_title"]


def test_a_sentence_above_a_number_is_no_title(shape: str) -> None:
    text = (
        "VILLE DE MORNAY\nProcès-verbal du Conseil municipal du 5 mars 2024\n"
        "Présents : M. Paul ABEL, Mme Rose BRUN, M. Yves CAUX.\n\n"
        "Délibération n° 2024-010\nBudget primitif 2024\n"
        "Le Conseil municipal approuve le budget.\nAdopté à l'unanimité.\n\n"
        "Le Conseil municipal autorise le Maire à signer la convention\n"
        "Délibération n° 2024-011\nConvention avec le syndicat des eaux\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    assert [i.deliberation.title for i in extract.items] == [
        "Budget primitif 2024",
        "Convention avec le syndicat des eaux",  # the title under the number wins
    ]


@pytest.mark.parametrize(
    ("heading", "number", "ordinal", "title"),
    [
        ("DEL 03 – Programme de restauration des berges", "DEL 03", None, None),
        ("DEL 2024-12 – Programme de restauration des berges", "DEL 2024-12", None, None),
        ("2025-051 Programme de restauration des berges", "2025-051", None, None),
        ("Délibération 2024-101 – Programme de restauration des berges", "2024-101", None, None),
        ("Point n° 3 : Programme de restauration des berges", None, "3", None),
        ("Question n° 3 – Programme de restauration des berges", None, "3", None),
        ("III - Programme de restauration des berges", None, "III", None),
        ("3° Programme de restauration des berges", None, "3", None),
        (
            "3 - PROGRAMME DE RESTAURATION DES BERGES",
            None,
            "3",
            "PROGRAMME DE RESTAURATION DES BERGES",
        ),
    ],
)
def test_heading_forms(
    heading: str, number: str | None, ordinal: str | None, title: str | None, shape: str
) -> None:
    """Every numbering of FORMATS.md and of the agendas councils print starts an item, its
    title read whole, its vote below it."""
    text = (
        "COMMUNE DE MORNAY\nProcès-verbal du Conseil municipal du 5 mars 2024\n"
        "Présents : M. Paul ABEL, Mme Rose BRUN, M. Yves CAUX.\n\n"
        "1 - Budget primitif 2024\nAdopté à l'unanimité.\n\n"
        f"{heading}\nAdopté par 2 voix pour et 1 voix contre.\n"
    )
    if number is not None:
        text = text.replace(
            "1 - Budget", "DEL 2024-01 - Budget" if "DEL" in number else "2024-001 - Budget"
        )
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    last = extract.items[-1]
    assert (last.deliberation.number, last.ordinal) == (number, ordinal)
    assert last.deliberation.title == (title or "Programme de restauration des berges")
    assert (last.deliberation.votes_for, last.deliberation.votes_against) == (2, 1)


def test_a_departements_reports_numbered_by_commission_and_rank() -> None:
    """« 1-01 – Titre », « 2-03 – Titre »: a département's reports, each its commission and
    rank; an exposé's « 1.1 - Contexte » stays in its item."""
    text = (
        "DÉPARTEMENT DE LA LOIRE\nCommission permanente du 3 mars 2025\n"
        "Présents : M. Paul ABEL, Mme Rose BRUN, M. Yves CAUX.\n\n"
        "1-01 – Aide aux communes rurales\n1.1 - Contexte\nLe dispositif est reconduit.\n"
        "Adopté à l'unanimité.\n2-03 – Voirie départementale\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("1-01", "Aide aux communes rurales"),
        ("2-03", "Voirie départementale"),
    ]


@pytest.mark.parametrize("bar", [" | ", "|", " |"])
def test_a_bar_between_an_acts_number_and_its_title(bar: str) -> None:
    """« BS-2025-31 | Titre », a relevé's rows printed without their table: the acts ran into
    one item, numberless."""
    rows = [("BS-2025-31", "Aide aux communes rurales"), ("BS-2025-32", "Voirie communale")]
    text = (
        "COMMUNE DE MORNAY\nRelevé des décisions du Conseil municipal du 5 mars 2024\n"
        + "".join(f"{number}{bar}{title}\nAdopté à l'unanimité.\n" for number, title in rows)
    )
    extract = parse_extract(text)
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == rows
    assert [i.deliberation.outcome for i in extract.items] == ["adopted", "adopted"]


def test_items_in_a_table_with_bars() -> None:
    """A relevé printed as a table (« | B2025-01 | Objet | Unanimité | »): each numbered row is
    an item with its vote; the rule row is no text."""
    extract = read("communaute-releve-table-rows.txt", "line-broken")
    assert extract.sitting_date is not None
    assert [
        (
            i.deliberation.number,
            i.deliberation.title,
            i.deliberation.outcome,
            (i.deliberation.votes_for, i.deliberation.votes_against, i.deliberation.abstentions),
        )
        for i in extract.items
    ] == [
        ("B2025-01", "Marché de transport scolaire – avenant n° 2", "adopted", (10, 0, 0)),
        ("B2025-02", "Subvention au comité des fêtes de Marols", "adopted", (8, 2, 0)),
        ("B2025-03", "Rapport sur la commande publique 2024", "noted", (None, None, None)),
        ("B2025-04", "Cession d'un véhicule de service", "rejected", (3, 6, 1)),
    ]
    assert extract.items[3].abstaining == []  # « (rejeté) » names nobody


def test_list_of_acts_with_bars_and_outcomes_without_votes() -> None:
    """« 2025-014 | Objet | Approuvée » without outer bars: one item per row, the outcome in
    its last cell (« Ajournée » is deferred, « Retirée » withdrawn: no vote either)."""
    text = (
        "Communauté de communes du Val de Sorne\n"
        "Liste des délibérations du Conseil communautaire du 6 février 2025\n\n"
        "2025-014 | Budget annexe des déchets | Approuvée\n"
        "2025-015 | Rapport sur l'égalité entre les femmes et les hommes | Prend acte\n"
        "2025-016 | Vente d'un terrain à la zone des Gravières | Ajournée\n"
        "2025-017 | Adhésion au syndicat des rivières | Retirée\n"
        "2025-018 | Tarifs de la piscine | Rejetée\n"
    )
    extract = parse_extract(text)  # a table is read as printed, line by line
    assert [(i.deliberation.number, i.deliberation.outcome) for i in extract.items] == [
        ("2025-014", "adopted"),
        ("2025-015", "noted"),
        ("2025-016", "deferred"),
        ("2025-017", "withdrawn"),
        ("2025-018", "rejected"),
    ]
    assert extract.items[1].deliberation.title == (
        "Rapport sur l'égalité entre les femmes et les hommes"
    )
