"""Votes, outcomes and roll calls as councils print them, on invented documents read as printed
and flattened (tests/documents.py): an outcome sentence about the proposal, a second « après en
avoir délibéré » carrying the vote, figures in words above twenty, named abstentions under
their group, « ne prend pas part au vote » in its shapes, a departure announced in the roll
call for a later item."""

from __future__ import annotations

import pytest

from storage.documents import DeliberationRecord, Finding, Person
from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.votes import _read_vote
from tests.documents import flattened, read


def surnames(people: list[Person]) -> list[str]:
    return [fold(p.last_name) for p in people]


def test_outcomes_not_voting_and_a_departure_for_a_later_item(shape: str) -> None:
    extract = read("syndicat-pv-outcomes-not-voting.txt", shape)
    first, second, third, fourth, fifth = extract.items
    # « Après en avoir délibéré, le Comité, à l'unanimité, ADOPTE. » after the decisions
    assert first.deliberation.outcome == "adopted"
    assert first.deliberation.unanimous is True
    # « Le projet est rejeté : pour 4, contre 6, abstentions 1. »
    vote = second.deliberation
    assert (vote.outcome, vote.votes_for, vote.votes_against, vote.abstentions) == (
        "rejected",
        4,
        6,
        1,
    )
    # « a quitté la séance avant le vote du point 3 », printed in the roll call: items 1 and 2
    # have him, the items without ordinals being counted in order
    assert first.away == []
    assert second.away == []
    assert surnames(third.away) == ["vidalenc"]
    # « Mme X, intéressé(e), ne prend pas part au vote. »
    assert surnames(third.not_voting) == ["roussel"]
    assert (third.deliberation.votes_for, third.deliberation.votes_against) == (7, 2)
    # « … ; Ne prend pas part au vote : 1 (M. Félix DURBEC) » and an abstention under its group
    assert surnames(fourth.not_voting) == ["durbec"]
    assert surnames(fourth.abstaining) == ["astruc"]
    assert fourth.deliberation.abstentions == 1
    # « prend acte » after decisions that « APPROUVE »: no vote, even when the decisions run on
    # after « après en avoir délibéré » in a flattened text
    assert fifth.deliberation.outcome == "noted"
    assert fifth.deliberation.decisions == [
        "APPROUVE la tenue du débat",
        "DIT que le schéma sera présenté aux communes",
    ]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Adopté par quarante-trois voix pour, trois voix contre.", (43, 3, 0)),
        ("Le Conseil adopte par soixante et onze voix pour et deux abstentions.", (71, 0, 2)),
        ("Adoptée par vingt-neuf voix pour, une voix contre et une abstention.", (29, 1, 1)),
        ("Approuvé par quatre-vingt-deux voix pour.", (82, 0, 0)),
    ],
)
def test_figures_in_words_above_twenty(sentence: str, figures: tuple[int, int, int]) -> None:
    record = DeliberationRecord()
    findings: list[Finding] = []
    _read_vote(sentence, record, findings)
    assert (record.votes_for, record.votes_against, record.abstentions) == figures
    assert record.outcome == "adopted"


def test_named_abstentions_after_their_groups() -> None:
    record = DeliberationRecord()
    findings: list[Finding] = []
    vote = _read_vote(
        "Pour : 30 - Contre : 0 - Abstentions : 3 (groupe Agir pour Lunel : Mme Jade ORTIZ, "
        "M. Nils PRADAL ; Non-inscrits : M. Rémi COSTES)",
        record,
        findings,
    )
    assert surnames(vote.abstaining) == ["ortiz", "pradal", "costes"]
    assert findings == []
    # a group alone names nobody
    vote = _read_vote("Pour : 30 - Abstentions : 3 (groupe Agir pour Lunel)", record, findings)
    assert vote.abstaining == []


def test_a_one_deliberation_extract_with_its_member_not_voting(shape: str) -> None:
    text = (
        "COMMUNE DE SAINT-ALBAN-DES-PRÉS\n"
        "Extrait du registre des délibérations du Conseil municipal\n"
        "Séance du 14 mai 2025\n"
        "Membres en exercice : 11 Présents : 9 Votants : 9\n"
        "Présents : Mme Jeanne AUDOUARD, M. Loïc BERGOUGNOUX, Mme Élise CAMBON, M. Marc DELTOUR,\n"
        "Mme Sylvie ESTÈVE, M. Hervé FALGAYRAC, Mme Nadia GINESTE, M. Paul HUGONNET,\n"
        "Mme Anaïs ISSARTEL\n"
        "Absents : M. Rémy JOUVE, Mme Claire LAGARDE\n"
        "Délibération n° 2025-027 – Vente d'un terrain communal\n"
        "Ne prend pas part au vote : M. Marc DELTOUR (intéressé)\n"
        "Votes : 7 pour, 1 contre (Mme Nadia GINESTE), 0 abstention\n"
    )
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    (item,) = extract.items
    assert surnames(item.not_voting) == ["deltour"]
    assert item.deliberation.votes_for == 7


FOOTER = "Commune de Larnas - Conseil municipal du 12 mars 2025 – Page"
FOOTERS = f"""COMMUNE DE LARNAS-SUR-CÈZE
Conseil municipal du 12 mars 2025
Membres en exercice : 15
Présents (11) : Mmes et MM. Jean ABEL, Marie BRUN, Lucie CROZE, Henri DELON, Rose ESPIC,
Noël FABRE, Anne GOUY, Luc HERMET, Inès JALBERT, Yves LAPORTE, Eva MAUREL
Pouvoirs :
M. Paul DORE donne procuration à M. Jean ABEL
{FOOTER} 1 / 3 Mme Léa FAURE donne procuration à Mme Marie BRUN
{FOOTER} 2 / 3
Absents excusés : M. Hugo GIRY, Mme Julie NOUGIER
Délibération n° 2025-01 – Tarifs de la salle des fêtes
Adopté à l'unanimité.
{FOOTER} 3 / 3
"""


def test_page_footers_and_a_count_in_brackets(shape: str) -> None:
    extract = parse_extract(flattened(FOOTERS) if shape == "flattened" else FOOTERS)
    # « Présents (11) : »: the figure in brackets is the count
    assert extract.counts.present == 11
    # « Page 2 / 3 » then « Absents excusés »: no count of absents
    assert extract.counts.absent is None
    # a proxy the PDF glued after a page's footer is read; the footer is no proxy
    assert [(fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies] == [
        ("dore", "abel"),
        ("faure", "brun"),
    ]
    assert "unreadable_proxy_line" not in [f.code for f in extract.findings]
    assert surnames(extract.absent_excused) == ["giry", "nougier"]


def handed(extract: object) -> list[tuple[str, str]]:
    return [
        (fold(p.giver.last_name), fold(p.holder.last_name))
        for p in extract.proxies  # type: ignore[attr-defined]
    ]


def test_presents_under_group_headings_proxy_tables_and_arrows(shape: str) -> None:
    extract = read("region-cr-groups-proxies-table.txt", shape)
    # « Groupe … : », « Opposition : », « Non-inscrits : » head parts of the presents; « et »
    # before a compound first name parts the last pair
    assert surnames(extract.present) == [
        "ortiz",
        "pradal",
        "clot",
        "roques",
        "mouren",
        "saby",
        "costes",
        "viguier",
        "fourcade",
    ]
    assert extract.counts.present == 9
    # a table « Mandant / Mandataire » (a page's footer between two rows), arrows, and a
    # « (pouvoir à …) » on the next line
    assert handed(extract) == [
        ("brunel", "ortiz"),
        ("saint jean", "clot"),
        ("delmas", "pradal"),
        ("vaissiere", "roques"),
        ("tourel", "mouren"),
    ]
    assert extract.represented == []
    assert surnames(extract.absent_excused) == ["daumas", "tourel", "viala"]
    # the vote's abstentions named under their groups
    (item,) = extract.items
    assert surnames(item.abstaining) == ["clot", "costes"]
    assert item.deliberation.votes_for == 13


def test_a_group_after_a_numbered_name_is_no_first_name() -> None:
    text = (
        "MÉTROPOLE DU LEVANT\nConseil métropolitain du 3 avril 2025\nPrésents :\n"
        "1. ORTIZ Jade Groupe Agir\n2. PRADAL Nils Non inscrit\n3. CLOT Anne Non-inscrite\n"
        "Délibération n° 2025.00101 – Tarifs\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert [(p.last_name, p.first_name) for p in extract.present] == [
        ("ORTIZ", "Jade"),
        ("PRADAL", "Nils"),
        ("CLOT", "Anne"),
    ]


OFFICERS = """COMMUNE DE LUNEL-VIEL
Conseil municipal du 12 mars 2025
Sous la présidence de Madame la Présidente, Odile TRIBOULET
Président de séance : Mme Odile TRIBOULET ; secrétaire de séance : M. Nils PRADAL
Membres en exercice : 15
Présents : Mme Jade ORTIZ, M. Nils PRADAL, Mme Odile TRIBOULET
Délibération n° 2025-01 – Tarifs
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("chair", ["Madame la Présidente", "Monsieur le Président"])
def test_officers_a_role_before_the_name_and_two_on_one_line(shape: str, chair: str) -> None:
    text = OFFICERS.replace("Madame la Présidente", chair)
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert extract.president is not None
    assert extract.president.last_name == "TRIBOULET"
    assert extract.secretary is not None
    assert extract.secretary.last_name == "PRADAL"
    # with the chair's sentence only, flattened too
    alone = text.replace(
        "Président de séance : Mme Odile TRIBOULET ; secrétaire de séance : M. Nils PRADAL\n", ""
    )
    extract = parse_extract(flattened(alone) if shape == "flattened" else alone)
    assert extract.president is not None
    assert extract.president.last_name == "TRIBOULET"


def test_a_surname_with_its_particle_is_no_role(shape: str) -> None:
    text = (
        "COMMUNE DE PLOUVEN\nConseil municipal du 3 avril 2025\n"
        "Présidence : M. Yann KERBRAT\n"
        "ÉTAIENT PRÉSENTS : M. Kerbrat, Mme Le Goff, M. Tanguy, Mme La Rocca.\n"
        "Délibération n° 2025-011 – Tarifs\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert surnames(extract.present) == ["kerbrat", "le goff", "tanguy", "la rocca"]
