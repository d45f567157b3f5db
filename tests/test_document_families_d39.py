"""Wordings of attendance, proxies, items and votes the reader got wrong: a status between the
giver and the verb (« Mme X, absente excusée, a donné pouvoir à », « Excusé : M. X qui donne
pouvoir à »), proxies labelled « mandant / mandataire », said holder first with a pronoun
(« Mme Y détient celui de M. X ») or in the passive (« pouvoir détenu par »), items numbered
« Rapport n° 4001 – », lettered « A. » / « b) » or roman with a glued hyphen (« VI- Titre »),
and votes « à l'unanimité des suffrages exprimés (2 abstentions) », « Contre : néant », « …
voix contre 3. » before the next item of a flattened text."""

from __future__ import annotations

import pytest

from storage.documents import Extract, ItemRecord
from storage.parsing.extract import parse_extract
from tests.documents import handed, printed, read, surnames

HEAD = """COMMUNE DE MONTFAUCON-LES-BRUYÈRES
COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU 11 AVRIL 2024

L'an deux mille vingt-quatre, le onze avril à vingt heures, le Conseil municipal, dûment
convoqué, s'est réuni en mairie sous la présidence de M. Paul ARNAUD, Maire.
Nombre de membres en exercice : 15   Présents : 13   Votants : 14
Présents : M. Paul ARNAUD, Mme Anne BRUN, M. Carl COSTE, Mme Dora DAUX, M. Émile FERT,
Mme Gina GROS, M. Hugo HAAS, Mme Inès JOLY, M. Jean KLEIN, Mme Lise LEROY, M. Marc MOREL,
Mme Nina NOËL, M. Omar OGER.
Absent : M. Rémi ROUX.
"""
PRESENT = sorted(
    [
        "arnaud",
        "brun",
        "coste",
        "daux",
        "fert",
        "gros",
        "haas",
        "joly",
        "klein",
        "leroy",
        "morel",
        "noel",
        "oger",
    ]
)
VOTED = "\n1 - Budget principal\nAdopté à l'unanimité.\n"


def minutes(body: str, shape: str) -> Extract:
    return parse_extract(printed(HEAD + body, shape))


def votes(item: ItemRecord) -> tuple[str | None, int | None, int | None, int | None]:
    d = item.deliberation
    return d.outcome, d.votes_for, d.votes_against, d.abstentions


@pytest.mark.parametrize(
    ("line", "proxy"),
    [
        ("Mme Anne ROUX, absente excusée, a donné pouvoir à M. Carl COSTE.", ("roux", "coste")),
        ("M. Paul VIDAL (excusé) donne procuration à Mme Dora DAUX.", ("vidal", "daux")),
        ("Excusée : Mme Lise VERNE qui a donné pouvoir à M. Émile FERT.", ("verne", "fert")),
        ("Excusé : M. Kévin SOULARD qui donne pouvoir à M. Hugo HAAS.", ("soulard", "haas")),
        ("M. Luc BLANCHE, absent et excusé, donne pouvoir à Mme Gina GROS.", ("blanche", "gros")),
        ("Mme Paule PONS, excusée, a remis pouvoir à Mme Inès JOLY.", ("pons", "joly")),
        (
            "Mme Anne ROUX, conseillère municipale, absente excusée, a donné pouvoir à M. Carl"
            " COSTE.",
            ("roux", "coste"),
        ),
        (
            "Excusés : M. Marc VIAL, absent excusé, qui a donné procuration à Mme Lise LEROY ;"
            " Mme Rose TIXIER.",
            ("vial", "leroy"),
        ),
    ],
)
def test_a_status_between_the_giver_and_the_verb(
    line: str, proxy: tuple[str, str], shape: str
) -> None:
    extract = minutes(line + "\n" + VOTED, shape)
    assert handed(extract.proxies) == [proxy]
    # the giver is away, the holder sits; the status is nobody
    assert surnames(extract.present) == PRESENT
    assert not [f for f in extract.findings if f.code.startswith("unreadable")]


@pytest.mark.parametrize(
    ("line", "proxy"),
    [
        (
            "Pouvoirs : M. Olivier BRUNET, mandant, à M. Carl COSTE, mandataire.",
            ("brunet", "coste"),
        ),
        (
            "Pouvoirs : Mme Yvette CARRE (mandante) à Mme Dora DAUX (mandataire).",
            ("carre", "daux"),
        ),
        ("M. Émile FERT détient celui de Mme Lucie DELORME.", ("delorme", "fert")),
        ("Excusé : M. Roland VAILLANT, pouvoir détenu par Mme Gina GROS.", ("vaillant", "gros")),
        ("M. Hugo HAAS, porteur du pouvoir de Mme Aurélie CHASSANG.", ("chassang", "haas")),
        ("Excusés : Mme Aline LAMY, procuration portée par Mme Inès JOLY.", ("lamy", "joly")),
        (
            "Excusés : M. Yves PIC (pouvoir détenu par M. Jean KLEIN), Mme Rose TIXIER.",
            ("pic", "klein"),
        ),
        ("Pouvoirs : pouvoir de M. Olivier BRUNET détenu par M. Carl COSTE.", ("brunet", "coste")),
        ("M. Carl COSTE, porteur de celui de Mme Anne ROUX.", ("roux", "coste")),
    ],
)
def test_a_proxy_labelled_or_said_by_its_holder(
    line: str, proxy: tuple[str, str], shape: str
) -> None:
    extract = minutes(line + "\n" + VOTED, shape)
    assert handed(extract.proxies) == [proxy]
    assert surnames(extract.present) == PRESENT


def test_two_labelled_proxies_wrapped_in_one_list(shape: str) -> None:
    extract = minutes(
        "Pouvoirs : M. Olivier BRUNET, mandant, à M. Carl COSTE, mandataire ; Mme Yvette CARRE,\n"
        "mandante, à Mme Dora DAUX, mandataire.\n" + VOTED,
        shape,
    )
    assert handed(extract.proxies) == [("brunet", "coste"), ("carre", "daux")]


@pytest.mark.parametrize(
    ("body", "labels", "titles"),
    [
        (
            "Rapport n° 4001 – Attribution de fonds de concours\nAdopté à l'unanimité.\n\n"
            "Rapport n° 4002 – Modification des statuts\nAdopté à l'unanimité.\n",
            ["4001", "4002"],
            ["Attribution de fonds de concours", "Modification des statuts"],
        ),
        (
            "Dossier n° 12031 : Tarifs de l'eau\nAdopté à l'unanimité.\n\n"
            "Dossier n° 12032 : Convention de voirie\nAdopté à l'unanimité.\n",
            ["12031", "12032"],
            ["Tarifs de l'eau", "Convention de voirie"],
        ),
        (
            "A. Subvention aux associations\nAdopté à l'unanimité.\n\nB. Travaux de voirie\n"
            "Adopté à l'unanimité.\n\nC. Motion\nAdopté à l'unanimité.\n",
            ["A", "B", "C"],
            ["Subvention aux associations", "Travaux de voirie", "Motion"],
        ),
        (
            "a) Subvention aux associations\nAdopté à l'unanimité.\n\nb) Travaux de voirie\n"
            "Adopté à l'unanimité.\n",
            ["a", "b"],
            ["Subvention aux associations", "Travaux de voirie"],
        ),
        (
            "A - Subvention aux associations\nAdopté à l'unanimité.\n\nB - Travaux de voirie\n"
            "Adopté à l'unanimité.\n",
            ["A", "B"],
            ["Subvention aux associations", "Travaux de voirie"],
        ),
        (
            "VI- Budget primitif\nAdopté à l'unanimité.\n\nVII- Tarifs\nAdopté à l'unanimité.\n\n"
            "VIII- Motion de soutien\nAdopté à l'unanimité.\n",
            ["VI", "VII", "VIII"],
            ["Budget primitif", "Tarifs", "Motion de soutien"],
        ),
        (
            "IX- Budget primitif\nAdopté à l'unanimité.\n\nX- Tarifs des salles\n"
            "Adopté à l'unanimité.\n",
            ["IX", "X"],
            ["Budget primitif", "Tarifs des salles"],
        ),
        (
            "XIV-Budget primitif\nAdopté à l'unanimité.\n\nXV-Tarifs des salles\n"
            "Adopté à l'unanimité.\n",
            ["XIV", "XV"],
            ["Budget primitif", "Tarifs des salles"],
        ),
        (
            "a. Subvention aux associations\nAdopté à l'unanimité.\n\nb. Travaux de voirie\n"
            "Adopté à l'unanimité.\n",
            ["a", "b"],
            ["Subvention aux associations", "Travaux de voirie"],
        ),
        (
            "RAPPORT N° 4001 – ATTRIBUTION DE FONDS DE CONCOURS\nAdopté à l'unanimité.\n\n"
            "RAPPORT N°4002 - MODIFICATION DES STATUTS\nAdopté à l'unanimité.\n",
            ["4001", "4002"],
            ["ATTRIBUTION DE FONDS DE CONCOURS", "MODIFICATION DES STATUTS"],
        ),
    ],
)
def test_items_numbered_by_report_lettered_or_roman_with_a_hyphen(
    body: str, labels: list[str], titles: list[str], shape: str
) -> None:
    items = minutes("\n" + body, shape).items
    assert [i.deliberation.number or i.ordinal for i in items] == labels
    assert [i.deliberation.title for i in items] == titles


def test_a_lone_letter_is_no_agenda(shape: str) -> None:
    """« B. Travaux » alone (no « A. » before it) is no lettered agenda; « M. » a civility."""
    extract = minutes(
        "\n1 - Budget principal\nM. Paul ARNAUD présente le budget.\nAdopté à l'unanimité.\n\n"
        "2 - Travaux\nB. Travaux de voirie du chemin des Granges\nAdopté à l'unanimité.\n",
        shape,
    )
    assert [i.ordinal for i in extract.items] == ["1", "2"]
    # a name cut at its hyphen still reads whole: « Jean- Luc » is no roman figure
    assert parse_extract(printed(HEAD.replace("Paul ARNAUD", "Jean- Luc ARNAUD", 1), shape))


@pytest.mark.parametrize(
    "decisions",
    [
        "Le Conseil municipal, après en avoir délibéré :\n"
        "a) Approuve la convention de déneigement avec la commune voisine ;\n"
        "b) Autorise le Maire à la signer.\n",
        "Le Conseil municipal, après en avoir délibéré, DÉCIDE\n\n"
        "a) D'approuver la convention de déneigement.\nb) D'autoriser le Maire à la signer.\n",
        "Le Conseil municipal, après en avoir délibéré, décide :\n\n"
        "A. D'approuver la convention de déneigement avec la commune voisine.\n\n"
        "B. D'autoriser le Maire à la signer.\n\n",
    ],
)
@pytest.mark.parametrize("heading", ["Délibération n° 2024-031 – ", "OBJET : "])
def test_an_acts_lettered_decisions_are_no_items(decisions: str, heading: str, shape: str) -> None:
    """Decisions lettered « a) » / « b) » above the act's one vote: one deliberation, no
    lettered agenda (each item of one is followed by its own vote)."""
    extract = minutes(
        f"\n{heading}Convention de déneigement\n{decisions}Adopté à l'unanimité.\n", shape
    )
    assert [i.ordinal for i in extract.items] == [None]
    assert extract.deliberation.outcome == "adopted"


@pytest.mark.parametrize(
    ("vote", "expected"),
    [
        # the « pour » is the votants (14) less the abstentions; no unanimity
        ("Adopté à l'unanimité des suffrages exprimés (2 abstentions).", ("adopted", 12, 0, 2)),
        (
            "Le Conseil municipal adopte à l'unanimité des suffrages exprimés\n(une abstention).",
            ("adopted", 13, 0, 1),
        ),
        ("Approuvé à l'unanimité des suffrages exprimés, 3 abstentions.", ("adopted", 11, 0, 3)),
        ("Pour : 12 – Contre : néant – Abstention : 1\nAdopté.", ("adopted", 12, 0, 1)),
        ("Pour : 14 – Contre : 0 – Abstentions : néant\nAdopté.", ("adopted", 14, 0, 0)),
        ("Votes : pour 11, contre néant, abstentions 3.", ("adopted", 11, 0, 3)),
        ("Le Conseil approuve par voix pour 10, voix contre 4.", ("adopted", 10, 4, 0)),
        ("Voix pour 8, voix contre 6.", ("adopted", 8, 6, 0)),
    ],
)
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1 - ", "2 - "),
        ("Délibération n° 2024-11 – ", "Délibération n° 2024-12 – "),
        ("I- ", "II- "),
    ],
)
def test_a_vote_ending_on_its_figure_before_the_next_item(
    vote: str,
    expected: tuple[str, int, int, int],
    first: str,
    second: str,
    shape: str,
) -> None:
    extract = minutes(
        f"\n{first}Budget principal\n{vote}\n\n{second}Tarifs de la piscine\n"
        "Adopté à l'unanimité.\n",
        shape,
    )
    assert [i.deliberation.title for i in extract.items] == [
        "Budget principal",
        "Tarifs de la piscine",
    ]
    assert votes(extract.items[0]) == expected
    assert extract.items[0].deliberation.unanimous is (expected[2] + expected[3] == 0)


def test_a_communes_minutes_with_statuses_roman_items_and_unanimity_of_votes_cast(
    shape: str,
) -> None:
    extract = read("commune-pv-status-before-verb-roman-hyphen.txt", shape)
    assert handed(extract.proxies) == [("roux", "castel"), ("vidal", "fabre")]
    # the givers are away with their proxy, the excused without one
    assert surnames(extract.absent_excused) == ["teissier", "verdier"]
    assert extract.absent == []
    assert len(extract.present) == 11
    assert [i.ordinal for i in extract.items] == ["I", "II", "III", "IV"]
    assert [votes(i) for i in extract.items] == [
        ("adopted", 11, 0, 2),
        ("adopted", 10, 0, 3),
        ("adopted", 9, 4, 0),
        ("adopted", 13, 0, 0),
    ]


def test_a_communautes_reports_and_labelled_proxies(shape: str) -> None:
    extract = read("communaute-cr-mandant-mandataire-rapports.txt", shape)
    assert handed(extract.proxies) == [
        ("brunet", "barbier"),
        ("carre", "hubert"),
        ("delorme", "garnier"),
    ]
    assert len(extract.present) == 15
    assert [i.deliberation.number for i in extract.items] == ["4001", "4002", "4003"]
    assert [votes(i)[0] for i in extract.items] == ["adopted"] * 3
    assert votes(extract.items[1]) == ("adopted", 16, 2, 0)
    assert votes(extract.items[2])[2:] == (0, 1)


def test_a_syndicats_lettered_points_and_a_proxy_held(shape: str) -> None:
    extract = read("syndicat-cr-pouvoir-detenu-lettered.txt", shape)
    assert handed(extract.proxies) == [("tessier", "chauveau"), ("vaillant", "morin")]
    assert len(extract.present) == 8
    assert [i.ordinal for i in extract.items] == ["a", "b", "c"]
    assert [i.deliberation.title for i in extract.items] == [
        "Travaux de renouvellement du réseau rue des Tilleuls",
        "Adhésion au groupement de commandes d'électricité",
        "Indemnité de conseil du comptable public",
    ]
    assert [votes(i) for i in extract.items] == [
        ("adopted", 8, 0, 2),
        ("adopted", 7, 3, 0),
        ("adopted", 10, 0, 0),
    ]
