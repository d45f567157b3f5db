"""Wordings of votes, outcomes and proxies the reader got wrong: a vote won « par 12 voix contre
2 » (the first figure is the winning side's, for an adoption as for a rejection), a table of
labels each followed by its figure one a line (« Contre⇥3 » / « Pour⇥10 »), a body's own verb of
rejection (« rejette la proposition », « n'approuve pas »), an item withdrawn or put off in a
sentence whose subject is the item (« Le projet de délibération est retiré », « L'examen de cette
question est renvoyé », « décide de reporter ce point »), proxies named by their holder in the
active voice (« M. X (représentant Mme Y) »), two proxies in one sentence (« Procuration de X à
Y et de Z à W »), « Délégation de vote de X à Y », and items numbered « 1°/ »."""

from __future__ import annotations

import pytest

from storage.documents import Extract, ItemRecord
from storage.parsing.extract import parse_extract
from tests.documents import SHAPES, handed, printed, read, surnames


def votes(item: ItemRecord) -> tuple[str | None, int | None, int | None, int | None]:
    d = item.deliberation
    return d.outcome, d.votes_for, d.votes_against, d.abstentions


@pytest.mark.parametrize("shape", SHAPES)
def test_a_communes_votes_won_by_voices_withdrawn_and_put_off_items(shape: str) -> None:
    extract = read("commune-pv-votes-won-by-voices.txt", shape)
    assert surnames(extract.present) == [
        "berthelot",
        "chevrel",
        "epinette",
        "fouqueray",
        "gasnier",
        "houdayer",
        "joubin",
        "lepage",
        "metayer",
        "noury",
        "pigeard",
    ]
    # « M. X (représentant Mme Y) »: X holds Y's proxy; « Délégation de vote de Z à W »
    assert handed(extract.proxies) == [
        ("dorval", "chevrel"),
        ("landry", "houdayer"),
        ("quinton", "joubin"),
    ]
    assert surnames(extract.absent) == ["raboteau"]
    assert [item.ordinal for item in extract.items] == ["1", "2", "3", "4", "5"]
    assert [votes(item) for item in extract.items] == [
        ("adopted", 11, 3, 0),  # « par 11 voix contre 3, approuve »
        ("rejected", 5, 9, 0),  # « rejetée par neuf voix contre cinq »
        ("adopted", 10, 3, 1),  # Contre⇥3 / Pour⇥10 / Abstentions⇥1
        ("withdrawn", None, None, None),
        ("deferred", None, None, None),
    ]
    assert extract.items[2].deliberation.title == "Tarifs de l'accueil périscolaire"


@pytest.mark.parametrize("shape", SHAPES)
def test_a_syndicats_rejections_in_its_own_verb_and_a_question_sent_back(shape: str) -> None:
    extract = read("syndicat-cr-votes-rejette-renvoye.txt", shape)
    assert extract.body == "Comité Syndical"
    assert handed(extract.proxies) == [("hublot", "chaumier"), ("imbault", "favreau")]
    assert [item.deliberation.number for item in extract.items] == [
        "2025-03",
        "2025-04",
        "2025-05",
        "2025-06",
    ]
    assert [votes(item) for item in extract.items] == [
        ("rejected", 3, 6, 0),  # « rejette la proposition par 6 voix contre 3 »
        ("adopted", 7, 1, 1),  # POUR 7 / CONTRE 1 / ABSTENTION 1, one a line
        ("deferred", None, None, None),
        ("rejected", 2, 7, 0),  # « n'approuve pas le retrait (2 voix pour, 7 voix contre) »
    ]


MINUTES = """COMMUNE DE VAL-DES-PRÉS
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 5 MARS 2024

Le cinq mars deux mille vingt-quatre, le Conseil municipal s'est réuni sous la présidence de
M. Paul ARNAUD, Maire.
Membres en exercice : 15 – Présents : 13 – Votants : 14
Présents : M. Paul ARNAUD, Mme Anne BRUN, M. Carl COSTE, Mme Dora DAUX, M. Émile FERT, Mme Gina
GROS, M. Hugo HAAS, Mme Inès JOLY, M. Jean KLEIN, Mme Lise LEROY, M. Marc MOREL, Mme Nina NOËL,
M. Omar OGER.
{proxies}
Absent : M. Rémi ROUX.

1 – Tarifs de la salle des fêtes
{vote}

2 – Convention avec le service départemental d'incendie
Adopté à l'unanimité.
"""
PROXY = "Mme Paule PONS a donné pouvoir à M. Carl COSTE."


def minutes(vote: str, proxies: str = PROXY, shape: str = "line-broken") -> Extract:
    return parse_extract(printed(MINUTES.format(vote=vote, proxies=proxies), shape))


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("vote", "expected"),
    [
        ("Le Conseil municipal, par 12 voix contre 2, approuve les tarifs.", ("adopted", 12, 2)),
        ("Par douze voix contre deux, les tarifs sont adoptés.", ("adopted", 12, 2)),
        ("La motion, par 10 voix contre 4, est adoptée.", ("adopted", 10, 4)),
        ("Rejetée par onze voix contre trois.", ("rejected", 3, 11)),
        ("Le Conseil municipal rejette la proposition par 8 voix contre 6.", ("rejected", 6, 8)),
        # each figure its label: no side to read from the order
        ("Adopté par 12 voix pour et 2 voix contre.", ("adopted", 12, 2)),
        ("19 voix pour, 21 contre : la délibération est rejetée.", ("rejected", 19, 21)),
    ],
)
def test_a_vote_won_by_so_many_voices_against_so_many(
    vote: str, expected: tuple[str, int, int], shape: str
) -> None:
    item = minutes(vote, shape=shape).items[0]
    assert votes(item)[:3] == expected


@pytest.mark.parametrize(
    "vote",
    [
        "Pour\t11\nContre\t2\nAbstentions\t1",
        "Contre\t2\nPour\t11\nAbstention\t1",
        "POUR 11\nCONTRE 2\nABSTENTIONS 1\nAdopté.",
        "Pour 11 / Abstentions 1 / Contre 2",
        "Vote : Pour 11 – Contre 2 – Abstention 1",
    ],
)
def test_labels_each_before_its_figure_in_any_order(vote: str) -> None:
    assert votes(minutes(vote).items[0]) == ("adopted", 11, 2, 1)


def test_a_label_printed_twice_is_not_read_as_one_table() -> None:
    # two votes' figures in one text: the labels-first reading leaves them alone
    item = minutes("Amendement : pour 3 contre 11. Délibération : pour 11 contre 3.").items[0]
    assert votes(item)[1:3] != (3, 3)


@pytest.mark.parametrize(
    ("vote", "outcome"),
    [
        ("Le projet de délibération est retiré.", "withdrawn"),
        ("Cette question a été retirée.", "withdrawn"),
        ("La délibération est retirée par M. le Maire.", "withdrawn"),
        ("Le Maire retire ce point de l'ordre du jour.", "withdrawn"),
        ("L'examen de ce point est renvoyé à une prochaine séance.", "deferred"),
        ("Le vote de cette délibération est différé.", "deferred"),
        ("Le Conseil municipal décide de reporter ce point à une séance ultérieure.", "deferred"),
        ("Le Conseil municipal décide d'ajourner l'examen de ce dossier.", "deferred"),
        ("Le Conseil municipal rejette la proposition.", "rejected"),
        ("Le Conseil municipal décide de ne pas adopter le projet.", "rejected"),
        ("Le Conseil n'approuve pas la convention.", "rejected"),
    ],
)
def test_an_items_fate_said_of_the_item_itself(vote: str, outcome: str) -> None:
    assert minutes(vote).items[0].deliberation.outcome == outcome


@pytest.mark.parametrize(
    "vote",
    [
        "M. FERT s'est retiré de la salle.",  # a movement
        "Le résultat de fonctionnement est reporté en section d'investissement.",  # a decision
        "Le Conseil municipal décide de retirer la délibération n° 2022-14 du 3 mai 2022.",
    ],
)
def test_a_decision_or_a_movement_is_no_withdrawal_nor_postponement(vote: str) -> None:
    assert minutes(vote).items[0].deliberation.outcome not in ("withdrawn", "deferred")


def test_a_rejected_recourse_is_an_adopted_decision() -> None:
    vote = "Le Conseil municipal rejette le recours gracieux de M. X à l'unanimité."
    assert minutes(vote).items[0].deliberation.outcome == "adopted"


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "proxies",
    [
        "Procuration de Mme Paule PONS à M. Carl COSTE et de M. Yves NAVARRO à Mme Gina GROS.",
        "Pouvoirs : de Mme Paule PONS à M. Carl COSTE et de M. Yves NAVARRO à Mme Gina GROS.",
        "Délégation de vote de Mme Paule PONS à M. Carl COSTE et de M. Yves NAVARRO à Mme Gina"
        " GROS.",
        "Représentés : M. Carl COSTE représentant Mme Paule PONS ; Mme Gina GROS représentant"
        " M. Yves NAVARRO.",
    ],
)
def test_two_proxies_in_one_sentence_and_the_holder_representing(proxies: str, shape: str) -> None:
    extract = minutes("Adopté à l'unanimité.", proxies=proxies, shape=shape)
    assert handed(extract.proxies) == [("navarro", "gros"), ("pons", "coste")]
    assert "pons" not in surnames(extract.present)
    assert "navarro" not in surnames(extract.present)


def test_a_delegate_representing_a_commune_holds_no_proxy() -> None:
    proxies = "M. Yves NAVARRO, représentant la commune de Saint-Marc, est présent."
    extract = minutes("Adopté à l'unanimité.", proxies=proxies)
    assert extract.proxies == []


@pytest.mark.parametrize(
    ("vote", "expected"),
    [
        (
            "Vote : 11 pour ; 2 contre ; 1 abstention.\n"
            "Le Conseil municipal, après en avoir délibéré, approuve les tarifs.",
            ("adopted", 11, 2, 1),
        ),
        (
            "Votants : 14 – Pour : 9 – Contre : 5\n"
            "Le Conseil municipal, après en avoir délibéré, fixe les tarifs.",
            ("adopted", 9, 5, 0),
        ),
        (
            "Résultat du vote : 4 voix pour, 10 voix contre.\n"
            "Après en avoir délibéré, le Conseil municipal rejette la proposition.",
            ("rejected", 4, 10, 0),
        ),
    ],
)
def test_the_figures_printed_just_above_the_decision(
    vote: str, expected: tuple[str, int, int, int]
) -> None:
    assert votes(minutes(vote).items[0]) == expected


def test_another_bodys_vote_quoted_above_the_decision_is_not_the_councils() -> None:
    vote = (
        "La commission des finances a émis un avis favorable (5 pour, 1 contre).\n"
        "Le Conseil municipal, après en avoir délibéré, adopte les tarifs à la majorité."
    )
    item = minutes(vote).items[0]
    assert item.deliberation.outcome == "adopted"
    assert item.deliberation.votes_for is None


def test_a_table_of_proxies_with_no_marks_is_one_proxy_a_row() -> None:
    # « Mandant  Mandataire » then a giver and a holder a row, each a whole name with its
    # civility: no mark column tells a row from a name wrapped in its cell, the whole names do
    extract = read("commune-pv-mandant-mandataire-sans-marques.txt", "line-broken")
    assert handed(extract.proxies) == [("marcellin", "carriat"), ("nogaret", "bastide")]
    assert surnames(extract.absent) == ["perraud"]
    assert len(extract.present) == 8
