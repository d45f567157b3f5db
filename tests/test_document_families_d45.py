"""An item whose decision is an opinion the council gives to another body (a SCoT, a plan, an
inquiry): « avis favorable », « émet un avis défavorable », « donne un avis réservé »; a title
that runs on into what was decided; a role printed after a name written surname first. Each
document is invented and read as printed and flattened (the `shape` fixture).
"""

from __future__ import annotations

import pytest

from storage.names import fold
from storage.parsing.attendance import _read_name
from storage.parsing.extract import parse_extract
from tests.documents import full, handed, printed, read


def test_an_opinion_given_is_the_item_s_outcome(shape: str) -> None:
    extract = read("communaute-cr-opinions-given.txt", shape)
    outcomes = {item.ordinal: item.deliberation.outcome for item in extract.items}
    assert outcomes == {
        "1": "favourable",
        "2": "unfavourable",
        "3": "reserved",
        "4": "reserved",  # favourable « assorti de réserves »
        "5": "adopted",  # the commission's opinion, quoted: the council adopts
        "6": "favourable",
        # the opinion opening the decision, the act that gives it adopted
        "7": "reserved",
    }
    third = extract.items[2].deliberation
    # the vote that gave the opinion is kept
    assert (third.votes_for, third.abstentions) == (3, 2)
    assert extract.items[5].deliberation.unanimous is True
    assert "missing_outcome" not in [f.code for f in extract.findings]


def test_a_title_stops_before_what_was_decided(shape: str) -> None:
    extract = read("commune-cr-titles-with-decided-clause.txt", shape)
    titles = [item.deliberation.title for item in extract.items]
    assert titles == [
        "Nombre de postes d'adjoints",
        "Redevance d'assainissement 2026",
        "Bail du local commercial",
        # a colon in a title that names a theme then the act: both are the title (flattened,
        # the item after a one-word theme and its colon was lost)
        "Finances : décision modificative n° 2",
        "Urbanisme : cession d'un délaissé de voirie",
    ]
    assert [item.deliberation.outcome for item in extract.items] == ["adopted"] * 5
    second = extract.items[1].deliberation
    assert (second.votes_for, second.votes_against) == (3, 1)
    # what was decided is kept with the item's text
    assert "fixé à deux" in (extract.items[0].deliberation.full_text or "")


# -- a role after a name printed surname first ------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("ROUX Paul Maire", "roux|paul"),
        ("Mme BERTHET Anne, adjointe", "berthet|anne"),
        ("CHAZAL Louis conseiller municipal délégué", "chazal|louis"),
        ("Mme BERTHON Lucie, 2e adjointe", "berthon|lucie"),
        ("FAYARD Jean, vice-président", "fayard|jean"),
        ("DE LA ROCHE Anne-Marie, conseillère communautaire déléguée", "de la roche|anne marie"),
        ("N'DIAYE Awa adjointe", "n diaye|awa"),
        # a given name that is no role stays the given name; a surname's word in capitals stays
        ("ROUX Jean Paul", "roux|jean paul"),
        ("M. Jean LE MAIRE", "le maire|jean"),
    ],
)
def test_a_role_after_a_surname_first_name_is_no_given_name(entry: str, expected: str) -> None:
    assert full(_read_name(entry)) == expected


def test_a_roll_call_of_surnames_first_with_their_roles(shape: str) -> None:
    extract = read("commune-pv-roll-call-surname-first-roles.txt", shape)
    if shape == "line-broken":
        assert [full(p) for p in extract.present] == [
            "besson|raymond",
            "chapuis|odile",
            "de la place|jean marc",
            "guyot|sandrine",
            "lafay|norbert",
        ]
        assert [full(p) for p in extract.absent_excused] == ["rochette|julie", "viallon|pierre"]
    # flattened, an entry without its comma runs into the next: read, or refused with a
    # finding, never a given name holding a role
    for person in [*extract.present, *extract.absent_excused]:
        assert fold(person.first_name or "") in {
            "raymond",
            "odile",
            "jean marc",
            "sandrine",
            "norbert",
            "julie",
            "pierre",
        }


# -- a giver or a holder printed by initials ---------------------------------------------------


def test_a_proxy_by_initials_is_the_member_the_lists_name_in_full(shape: str) -> None:
    extract = read("commune-pv-proxies-by-initials.txt", shape)
    proxies = sorted((full(p.giver), full(p.holder)) for p in extract.proxies)
    assert proxies == [
        # « J. Martin »: Jacques and Jean both fit, the name stays as printed
        ("bonnefoy|luc", "martin|j"),
        ("porcherot|jean philippe", "chave|odile"),
        ("roche|marie claude", "vernay|anne sophie"),
    ]
    several = [f.params for f in extract.findings if f.code == "initials_fit_several"]
    assert several == [{"name": "J. Martin", "members": "Jacques MARTIN, Jean MARTIN"}]


# -- minutes of one point, its outcome on its title's line -------------------------------------


def test_the_one_point_of_minutes_parts_its_title_and_its_vote(shape: str) -> None:
    extract = read("commune-cr-one-point-title-and-outcome.txt", shape)
    assert len(extract.items) == 1
    record = extract.items[0].deliberation
    assert record.title == "Vente de la parcelle AB 214 au lieu-dit Le Bourg"
    assert (record.outcome, record.votes_for, record.votes_against, record.abstentions) == (
        "adopted",
        2,
        0,
        1,
    )


# -- an item titled by a list's word ---------------------------------------------------------


def test_an_item_titled_by_a_list_s_word_stays_an_item(shape: str) -> None:
    # « 2. Délégations … : », « 3. Pouvoirs de … : »: the words of a list of proxies, after an
    # item's number, are a title (the line was cut there and the item lost)
    extract = read("commune-cr-items-titled-by-cue-words.txt", shape)
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Tarifs de l'espace aquatique"),
        ("2", "Délégations consenties au maire"),
        ("3", "Pouvoirs de police du maire en matière de voirie"),
        ("4", "Procurations bancaires de la régie"),
        ("5", "Subvention au comité des fêtes"),
    ]
    assert [i.deliberation.outcome for i in extract.items] == ["adopted"] * 5
    assert [(full(p.giver), full(p.holder)) for p in extract.proxies] == [
        ("peyron|ines", "barou|gilles")
    ]


# -- the council named after its body, or by its initials alone --------------------------------


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Conseil syndical du SIEL – Relevé des décisions", ("SIEL", "syndicat")),
        ("Comité syndical du SYDEMER", ("SYDEMER", "syndicat")),
        ("Comité du SMIRCLAID", ("SMIRCLAID", "syndicat")),
        ("SMIRCLAID", ("SMIRCLAID", "syndicat")),
        (
            "Bureau du SIEL - Territoire d'énergie Loire",
            ("SIEL - Territoire d'énergie Loire", "syndicat"),
        ),
        (
            "Conseil communautaire de Loire Forez agglomération",
            ("Loire Forez agglomération", "communauté d'agglomération"),
        ),
        ("Conseil communautaire de la CCMP", ("CCMP", "communauté")),
        # a commune's letterhead stays a commune
        ("Mairie de Saint-Paul-en-Jarez", ("Commune de Saint-Paul-en-Jarez", "commune")),
        ("Conseil municipal de Feurs", ("Commune de Feurs", "commune")),
    ],
)
def test_the_council_after_its_body_or_by_its_initials(
    heading: str, expected: tuple[str, str], shape: str
) -> None:
    text = (
        f"{heading}\nCompte rendu de la séance du 20 novembre 2025\n"
        "Présents : M. Alain CROZET, Mme Lucie PERRIN.\n"
        "1. Budget annexe : adopté à l'unanimité.\n2. Tarifs 2026 : adopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert extract.council is not None
    assert (extract.council.name, extract.council.kind) == expected


# -- a relevé's title on the line just above its first item ------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "commune-releve-list-heading-then-items.txt",
            [
                ("1", None, "Approbation du procès-verbal de la séance précédente"),
                ("2", None, "Décision modificative n° 3 du budget principal"),
                ("3", None, "Convention d'occupation du local associatif"),
            ],
        ),
        (
            "communaute-releve-decisions-heading-then-codes.txt",
            [
                (None, "2025-118", "Attribution du marché de transport scolaire"),
                (None, "2025-119", "Tarifs 2026 de la piscine intercommunale"),
                (None, "2025-120", "Avenant au contrat de collecte des déchets"),
            ],
        ),
    ],
)
def test_the_first_item_under_the_list_s_title_is_read(
    name: str, expected: list[tuple[str | None, str | None, str]], shape: str
) -> None:
    # « Liste des délibérations » / « 1 - Approbation … »: the title ends its line, the item
    # opens the next (it was taken for the title's sentence going on, and lost)
    extract = read(name, shape)
    assert [
        (i.ordinal, i.deliberation.number, i.deliberation.title) for i in extract.items
    ] == expected
    assert all(i.deliberation.outcome == "adopted" for i in extract.items)


# -- an election's winner said after the votes ------------------------------------------------


def test_an_election_s_winner_said_after_the_votes(shape: str) -> None:
    extract = read("commune-pv-elections-votes-after-names.txt", shape)
    votes = [(i.ordinal, i.deliberation.outcome, i.deliberation.votes_for) for i in extract.items]
    assert votes[:2] == [("1", "elected", 13), ("2", "elected", 12)]
    # the item after them prints no figure: the first election's votants (its ballot's) are
    # not the sitting's, so its unanimity is not counted from them
    assert votes[2][:2] == ("3", "adopted")
    assert votes[2][2] is None


# -- a relevé's rows parted by bars, their number after « N° » ---------------------------------


def test_rows_parted_by_bars_after_the_roll_call(shape: str) -> None:
    # flattened, « … Absent : M. Luc VALLA N° 2025-201 | Finances | … »: the first row ran into
    # the absent list (a name « illisible ») and the rows after it were lost
    extract = read("communaute-cr-bar-rows-numbered.txt", shape)
    assert [(i.deliberation.number, i.deliberation.outcome) for i in extract.items] == [
        ("2025-201", "adopted"),
        ("2025-202", "favourable"),
        ("2025-203", "adopted"),
    ]
    assert [full(p) for p in extract.absent] == ["valla|luc"]
    assert "unreadable_name" not in [f.code for f in extract.findings]


# -- roles printed after the names of lists and proxies ------------------------------------------


def test_roles_after_names_in_lists_and_proxies_are_no_entries(shape: str) -> None:
    extract = read("commune-pv-roles-in-lists-and-proxies.txt", shape)
    assert [full(p) for p in extract.present] == [
        "roux|paul",
        "berthet|anne",
        "chazal|louis",
        "durieux|marie",
        "fayard|jean",
    ]
    assert handed(extract.proxies) == [("moulin", "berthet"), ("soubeyrand", "roux")]
    assert [full(p) for p in extract.absent_excused] == ["rivoire|claire"]
    # « (conseiller délégué) », « …, 1ère adjointe », « …, Maire »: roles, no proxy lines
    assert "unreadable_proxy_line" not in [f.code for f in extract.findings]
    # the list's last entry ends on a role: the first item under it is read all the same
    assert [i.deliberation.title for i in extract.items] == [
        "Budget annexe de l'eau",
        "Tarifs du restaurant scolaire",
    ]


def test_an_extract_deciding_an_opinion_with_reservations(shape: str) -> None:
    # « Après en avoir délibéré, par 20 voix pour et 4 abstentions, » / « DÉCIDE d'émettre un
    # avis favorable au projet … assorti des réserves suivantes : »: the vote, then the opinion
    extract = read("commune-extrait-decides-an-opinion.txt", shape)
    record = extract.deliberation
    assert (record.number, record.outcome, record.votes_for, record.abstentions) == (
        "2025-112",
        "reserved",
        20,
        4,
    )


def test_an_item_deciding_an_opinion_among_its_decisions(shape: str) -> None:
    extract = read("commune-pv-item-decides-an-opinion.txt", shape)
    assert [(i.deliberation.number, i.deliberation.outcome) for i in extract.items] == [
        ("2025-60", "unfavourable"),
        ("2025-61", "adopted"),
    ]


@pytest.mark.parametrize("damaged", ["avis favorabIe", "avis favorab1e", "avis défavorabIe"])
def test_an_opinion_read_through_a_scan_s_damage(damaged: str, shape: str) -> None:
    text = (
        "Commune de Cellieu\nCompte rendu du conseil municipal du 21 octobre 2025\n"
        "Présents : M. Jean ARNAUD, Mme Lise BERT.\n"
        f"1. Projet de SCoT : {damaged} à l'unanimité.\n2. Tarifs : adopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    expected = "unfavourable" if "déf" in damaged else "favourable"
    assert [(i.deliberation.title, i.deliberation.outcome) for i in extract.items] == [
        ("Projet de SCoT", expected),
        ("Tarifs", "adopted"),
    ]


def test_lettered_items_after_the_chair_s_name(shape: str) -> None:
    # flattened, « Président de séance : M. André BRUN A. Budget primitif 2026 … »: the first
    # lettered item ran into the chair's name (« Nom illisible ») and lost its letter
    extract = read("syndicat-cr-lettered-items-after-chair.txt", shape)
    assert [(i.ordinal, i.deliberation.outcome) for i in extract.items] == [
        ("A", "adopted"),
        ("B", "adopted"),
        ("C", "noted"),
    ]
    assert full(extract.president) == "brun|andre"
    assert "unreadable_name" not in [f.code for f in extract.findings]


def test_the_council_s_own_opinion_then_its_adoption(shape: str) -> None:
    # « Le Conseil départemental émet un avis défavorable. Adopté à l'unanimité. »: the council
    # gives it (flattened, the sentence ran on into the title)
    extract = read("departement-pv-reports-opinion-then-adopted.txt", shape)
    assert [(i.deliberation.title, i.deliberation.outcome) for i in extract.items] == [
        ("Budget primitif 2026", "adopted"),
        ("Avis du Département sur le projet de SRADDET", "unfavourable"),
        ("Rapport d'activité de la SPL Velay Numérique", "noted"),
    ]


def test_a_movement_by_initials_is_the_member_the_lists_name(shape: str) -> None:
    # « M. J.-P. Porcherot quitte la séance et donne pouvoir à Mme O. Chave »: away from the
    # second item, his proxy held by Odile CHAVE (the name was read « P. Porcherot »)
    extract = read("commune-pv-movement-by-initials.txt", shape)
    second = extract.items[1]
    assert [full(p) for p in second.away] == ["porcherot|jean philippe"]
    assert [(full(p.giver), full(p.holder)) for p in second.proxies] == [
        ("porcherot|jean philippe", "chave|odile")
    ]
    assert [(full(p.giver), full(p.holder)) for p in extract.proxies] == [
        ("roche|marie claude", "vernay|anne sophie")
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Tarifs de l'eau : hausse de 2 % – adopté à l'unanimité", "Tarifs de l'eau"),
        (
            "Indemnités des adjoints – fixées à 40 % de l'indice – adopté à l'unanimité",
            "Indemnités des adjoints",
        ),
        (
            "Subvention au comité des fêtes : 500 € : adoptée à l'unanimité",
            "Subvention au comité des fêtes",
        ),
        # a theme, then the act: no decision in it (« annexe » is no participle)
        (
            "Budget 2025 – budget annexe de l'eau – décision modificative : adoptée à l'unanimité",
            "Budget 2025 – budget annexe de l'eau – décision modificative",
        ),
        (
            "Travaux de voirie – programme 2026 – adopté à l'unanimité",
            "Travaux de voirie – programme 2026",
        ),
    ],
)
def test_a_title_stops_before_what_was_decided_whatever_its_stop(
    line: str, title: str, shape: str
) -> None:
    text = (
        "Commune de Marlhes\nCompte rendu du conseil municipal du 4 juin 2025\n"
        "Présents : M. Henri BADOL, Mme Jeanne CROS.\n"
        f"1. {line}\n2. Convention de déneigement : adoptée à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert [i.deliberation.title for i in extract.items] == [title, "Convention de déneigement"]
    assert extract.items[0].deliberation.outcome == "adopted"


def test_a_list_of_deliberations_without_numbers_holds_each_one(shape: str) -> None:
    # « Liste des délibérations » then each title over its decision's sentence: read as one
    # deliberation with no title and the second one's vote, as a compte rendu's are read
    extract = read("communaute-list-of-deliberations-titles-then-sentences.txt", shape)
    votes = [
        (i.deliberation.outcome, i.deliberation.votes_for, i.deliberation.abstentions)
        for i in extract.items
    ]
    assert votes == [("adopted", None, 0), ("adopted", 60, 3), ("adopted", None, 0)]
    titles = [i.deliberation.title for i in extract.items]
    assert titles[1:] == [
        "Affectation du résultat 2024",
        "Fonds de concours à la commune de Bonson",
    ]
    if shape == "line-broken":  # (flattened, the first title runs on from the heading's line)
        assert titles[0] == "Approbation du compte administratif 2024"
