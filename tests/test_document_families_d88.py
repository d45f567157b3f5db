"""Shapes of minutes met in documents nobody here had read: a list's head in capitals naming the
excused who gave a proxy (« EXCUSÉS AYANT DONNÉ POUVOIR : », the givers were left out of the
excused), and items numbered under a chapter in roman figures (« II – URBANISME » then « 2.1
Dénomination … », the chapters were read as the items and the items lost), a proxy's holder
named surname first with the list's next name run on after it, flattened (« … a donné pouvoir
à FAIVRE Louis COURTOT Anne », the holder read « FAIVRE Louis COURTOT » and COURTOT lost).
Flattened, an item's title that names its party (« Vente d'un terrain à M. et Mme Bardot ») was
cut at the party's civility, and a note printed under the title (« Montant des travaux : … »,
« Un seul candidat, M. X », « M. X, intéressé, ne prend pas part au vote ») ran on into it.
A suppléant sitting for a titular said otherwise than « suppléant de » (« remplaçant M. X »,
« en remplacement de M. X » under « Délégué suppléant siégeant : », « qui remplace M. X »): the
titular was read present too, or the suppléant lost. An opening formula giving the year after
« de l'an » (« Le 3 décembre de l'an deux mille vingt-cinq ») gave no date, and the file was
refused. Flattened, the presents under « Délégués communautaires présents : », « Représentants
présents : » or « Conseillères et conseillers présents : » were lost, and so were the givers
under « Absents avec pouvoir : ». Invented minutes, line-broken and flattened."""

from __future__ import annotations

from datetime import date

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, surnames

MINUTES = """COMMUNE DE BREUILLET-LES-BOIS
Procès-verbal du conseil municipal du 9 octobre 2025
Présents : M. Pierre ANDRÉ, Mme Julie BLONDEL, M. Marc COSTE, Mme Inès DORÉ.

EXCUSÉS AYANT DONNÉ POUVOIR :
M. Yves ROUSSEL à M. Pierre ANDRÉ
Mme Léa SIMON à Mme Julie BLONDEL

ABSENT : M. Kevin TESSIER

I – FINANCES

1.1 Budget annexe de l'eau : décision modificative n° 1
Adoptée à l'unanimité.

1.2 Tarifs des concessions funéraires
Vote : Pour 4 – Contre 1 – Abstention 1

II – URBANISME

2.1 Dénomination d'une voie nouvelle
Adoptée à l'unanimité.
"""


def test_givers_under_a_head_in_capitals_are_excused(shape: str) -> None:
    extract = parse_extract(printed(MINUTES, shape))
    assert surnames(extract.absent_excused) == ["roussel", "simon"]
    assert surnames(extract.absent) == ["tessier"]


def test_items_numbered_under_roman_chapters(shape: str) -> None:
    extract = parse_extract(printed(MINUTES, shape))
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1.1", "Budget annexe de l'eau : décision modificative n° 1"),
        ("1.2", "Tarifs des concessions funéraires"),
        ("2.1", "Dénomination d'une voie nouvelle"),
    ]
    voted = extract.items[1].deliberation
    assert (voted.votes_for, voted.votes_against, voted.abstentions) == (4, 1, 1)


SYNDICAT = """SYNDICAT MIXTE DU BASSIN DE L'OGNON
Comité syndical du 4 février 2025
Membres présents :
{present}.
Membres excusés :
{proxy}
{excused} (Marnay)
Membres absents : {absent} (Pin).
1/ Budget primitif 2025
Adopté à l'unanimité.
2/ Tarifs 2025
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    ("present", "proxy", "excused", "absent"),
    [
        (
            "FAIVRE Louis (Rioz), MOUGIN Claire (Marnay), VUILLEMIN Paul (Pin)",
            "GIRARDOT Henri (Rioz) a donné pouvoir à FAIVRE Louis",
            "COURTOT Anne",
            "BRESSON Gilles",
        ),
        (
            "Louis FAIVRE (Rioz), Claire MOUGIN (Marnay), Paul VUILLEMIN (Pin)",
            "Henri GIRARDOT (Rioz) a donné procuration à Louis FAIVRE",
            "Anne COURTOT",
            "Gilles BRESSON",
        ),
    ],
)
def test_a_holder_s_name_ends_where_the_next_entry_starts(
    present: str, proxy: str, excused: str, absent: str, shape: str
) -> None:
    text = SYNDICAT.format(present=present, proxy=proxy, excused=excused, absent=absent)
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.absent_excused) == ["courtot", "girardot"]
    assert [
        (p.giver.last_name, p.holder.first_name, p.holder.last_name) for p in extract.proxies
    ] == [("GIRARDOT", "Louis", "FAIVRE")]


POINTS = """COMMUNE DE VAL-FLEURY
Conseil municipal du 3 mars 2025
Présents : M. Paul VIDAL, Mme Anne ROY, Mme Anne ROUX.
Point n° 1 : Vente d'un terrain à M. et Mme Bardot
{note}
Adopté à l'unanimité.
Point n° 2 : Tarifs de la cantine
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    "note",
    [
        "M. Paul VIDAL, intéressé, ne prend pas part au vote.",
        "Mme Anne ROUX, adjointe, sort de la salle.",
        "Un seul candidat, M. Paul VIDAL.",
        "Montant des travaux : 45 000 € HT.",
        "Rapporteur : M. Paul VIDAL.",
        "Le Maire expose le projet.",
    ],
)
def test_a_title_naming_its_party_ends_before_the_note_under_it(note: str, shape: str) -> None:
    extract = parse_extract(printed(POINTS.format(note=note), shape))
    assert [i.deliberation.title for i in extract.items] == [
        "Vente d'un terrain à M. et Mme Bardot",
        "Tarifs de la cantine",
    ]


SEATED = """SYNDICAT INTERCOMMUNAL À VOCATION UNIQUE DES EAUX DU MONT-AIGU
Comité syndical du 3 mars 2025
{seated}
Excusé : M. Marc DORAT.
Délibération n° 2025-01 : Prix de l'eau 2026
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    "seated",
    [
        "Délégués présents : M. Luc ABEL, Mme Rose BRUN, M. Guy CADET, suppléant, remplaçant "
        "M. Marc DORAT.",
        "Délégués présents : M. Luc ABEL, Mme Rose BRUN.\nDélégué suppléant siégeant : "
        "M. Guy CADET en remplacement de M. Marc DORAT.",
        "Délégués présents : M. Luc ABEL, Mme Rose BRUN, M. Guy CADET qui remplace M. Marc DORAT.",
        "Délégués présents : M. Luc ABEL, Mme Rose BRUN, M. Guy CADET siégeant pour M. Marc "
        "DORAT.",
    ],
)
def test_a_suppleant_sitting_for_a_titular_is_no_proxy(seated: str, shape: str) -> None:
    extract = parse_extract(printed(SEATED.format(seated=seated), shape))
    # the suppléant fills the titular's seat: no member, not among the presents; his vote counts
    assert surnames(extract.present) == ["abel", "brun"]
    assert surnames(extract.replaced) == ["dorat"]
    assert [surnames([s.substitute]) for s in extract.substitutions] == [["cadet"]]
    assert extract.proxies == []
    assert extract.deliberation.votes_for == 3


@pytest.mark.parametrize(
    "opening",
    [
        "Le 3 décembre de l'an deux mille vingt-cinq",
        "Le trois décembre de l’an 2025",
        "Le mercredi trois décembre de l'an deux mil vingt-cinq",
    ],
)
def test_the_year_after_de_l_an(opening: str, shape: str) -> None:
    text = (
        "COMMUNE DE VAL-FLEURY\nPROCÈS-VERBAL\n"
        f"{opening}, le Conseil municipal s'est réuni sous la présidence de M. Paul VIDAL, "
        "Maire.\nLe procès-verbal de la séance du 5 novembre 2025 est approuvé.\n"
        "Présents : M. Paul VIDAL, Mme Anne ROY.\n"
        "Délibération n° 2025-91 : Tarifs\nAdopté à l'unanimité.\n"
    )
    assert parse_extract(printed(text, shape)).sitting_date == date(2025, 12, 3)


@pytest.mark.parametrize(
    "head",
    [
        "Délégués communautaires présents",
        "Représentants présents",
        "Représentantes présentes",
        "Conseillères et conseillers présents",
        "Délégués titulaires présents",
    ],
)
def test_presents_named_by_their_members_word(head: str, shape: str) -> None:
    text = (
        "COMMUNAUTÉ DE COMMUNES DU PAYS DE LUMBRES\nConseil communautaire du 3 mars 2025\n"
        f"{head} :\nM. Paul VIDAL, Mme Anne ROY, M. Jean BRUN.\nExcusée : Mme Léa COL.\n"
        "Délibération n° 2025-01 : Tarifs\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["brun", "roy", "vidal"]
    assert surnames(extract.absent_excused) == ["col"]


@pytest.mark.parametrize(
    "line",
    [
        "Absents avec pouvoir : Mme Léa COL (à M. Paul VIDAL).",
        "Excusés avec procuration : Mme Léa COL à M. Paul VIDAL.",
        "Absente avec pouvoir : Mme Léa COL, pouvoir à M. Paul VIDAL.",
    ],
)
def test_givers_under_absents_with_a_proxy(line: str, shape: str) -> None:
    text = (
        "COMMUNE DE VAL-FLEURY\nConseil municipal du 3 mars 2025\n"
        f"Présents : M. Paul VIDAL, Mme Anne ROY, M. Jean BRUN.\n{line}\n"
        "Absent : M. Hugo DIAS.\nDélibération n° 2025-01 : Tarifs\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["brun", "roy", "vidal"]
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [("COL", "VIDAL")]
    assert extract.deliberation.votes_for == 4
