"""Invented documents for shapes of FORMATS.md that had none, each read as printed and
flattened, every field compared with values written by hand (names and places are invented).

Each entry: the sitting (date, convocation, body, council, officers, counts, lists, proxies)
and every item (number or ordinal, title, outcome, for/against/abstentions, who is away).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from storage.documents import Person
from storage.names import fold
from tests.documents import read


def surnames(people: list[Person]) -> str:
    return " ".join(fold(p.last_name) for p in people)


EXPECTED: dict[str, dict[str, Any]] = {
    # sub-headings « Titulaires », « Conseillers délégués », « Suppléant(s) »; proxies as a
    # paragraph of sentences with no cue; « Absents et procurations : 8 » is no proxy count;
    # « N° 2019 / 144 » numbers; « Le Conseil Adopte »; « à l'unanimité des votants » after one
    # member withdrew from the vote
    "communaute-agglo-pv-delegues-slash-numbers.txt": {
        "date": date(2019, 12, 12),
        "convened": None,
        "body": "Conseil Communautaire",
        "council": (
            "Communauté d'agglomération du Val de Brenne",
            "communauté d'agglomération",
            "200067431",
        ),
        "officers": ("aubert", "carron"),
        "counts": (24, 16, None, 20),
        # (the suppléants, their titulars unnamed, apart: LEBRUN … PAGES)
        "present": "aubert besson carron ducros esteban fournier galland hostache isnard joly"
        " koenig",
        "excused": "urbain vernet xavier yvon",
        "absent": "",
        "proxies": [
            ("queyras", "aubert"),
            ("ribes", "besson"),
            ("sabatier", "carron"),
            ("testu", "hostache"),
        ],
        "items": [
            (
                "2019 / 144",
                None,
                "Budget primitif 2020 du budget principal",
                "adopted",
                (17, 2, 1),
            ),
            (
                "2019 / 145",
                None,
                "Admission en non-valeur de créances irrécouvrables",
                "adopted",
                (19, 0, 0),  # 20 votants, ISNARD not voting (holding no proxy)
            ),
            (
                "2019 / 146",
                None,
                "Rapport annuel sur le prix et la qualité du service des déchets",
                "noted",
                (None, None, None),
            ),
        ],
        "not_voting": ["", "isnard", ""],
    },
    # one extract: « N°36/2023 » mid-line in its heading, « Conseil Municipal du 06/07/2023 »,
    # « L'an deux mille vingt-trois et le 6 juillet », « M. le Maire » in the presents, plural
    # civilities, a function after a name, a name wrapped (« VAN DE » / « WALLE »), the traps
    # « délibération du 4 juin 2020 » and « séance du 1er juin 2023 », « Madame GALLET est
    # nommée secrétaire de séance »
    "commune-extrait-slash-number-role.txt": {
        "date": date(2023, 7, 6),
        "convened": date(2023, 6, 29),
        "body": "Conseil Municipal",
        "council": ("Commune de Saint-Privat-les-Combes", "commune", None),
        "officers": ("sauval", "gallet"),
        "counts": (15, 11, None, 13),
        "present": "sauval boyer prat bois roux gallet faye van de walle dumas roche marty",
        "excused": "vial riou ferry",
        "absent": "maquin",
        "proxies": [("vial", "marty"), ("riou", "roche")],
        "items": [
            (
                "36/2023",
                None,
                "Approbation du procès-verbal de la séance du 1er juin 2023 et tarifs de la"
                " garderie périscolaire",
                "adopted",
                (10, 2, 1),
            )
        ],
    },
    # « En exercice : 18 Présents : 11 Représentés : 3 Absents : 4 » (no votants: unanimity
    # counts présents + représentés), surname first, « Membres ayant donné pouvoir : X à Y »
    "departement-cp-represented-count.txt": {
        "date": date(2023, 1, 16),
        "convened": None,
        "body": "Commission permanente",
        "council": ("Département du Haut-Vivarais", "département", None),
        "officers": ("mercier", "dol"),
        "counts": (18, 11, 3, None),
        "present": "mercier arnal blanc chaze dol espic fages gras huc issert jamet",
        "excused": "",
        "absent": "novel ozil peyre queyrel",
        "proxies": [("klein", "arnal"), ("laval", "mercier"), ("mazoyer", "blanc")],
        "items": [
            ("CP.2023.01-01", None, "Aide aux communes pour la voirie", "adopted", (14, 0, 0)),
            (
                "CP.2023.01-02",
                None,
                "Subvention au comité départemental de randonnée",
                "adopted",
                (13, 0, 0),  # FAGES does not vote
            ),
            (
                "CP.2023.01-03",
                None,
                "Convention avec le Syndicat mixte du numérique",
                "adopted",
                (10, 3, 1),
            ),
        ],
        "not_voting": ["", "fages", ""],
    },
    # a web copy on one line, names in title case, « ÉTAIT ABSENT : » (singular), no counts at
    # all: unanimity's « pour » counted from the lists (8 presents, 2 proxies; one leaves)
    "commune-pv-web-copy-etait.txt": {
        "date": date(2019, 12, 5),
        "convened": date(2019, 11, 28),
        "body": "Conseil Municipal",
        "council": ("Commune de Lhospitalet", "commune", None),
        "officers": ("rey", "esteve"),
        "counts": (None, None, None, None),
        "present": "rey guiral paulin esteve castel vidal sarda pujol",
        "excused": "bonnet maury cros",
        "absent": "teisseire",
        "proxies": [("bonnet", "rey"), ("maury", "paulin")],
        "items": [
            ("2019-12-05", None, "Décision modificative n° 3", "adopted", (10, 0, 0)),
            (
                "2019-12-06",
                None,
                "Indemnité de conseil du comptable public",
                "rejected",
                (3, 6, 1),
            ),
            (
                "2019-12-07",
                None,
                "Motion sur le maintien des services publics en milieu rural",
                "adopted",
                (9, 0, 0),
            ),
        ],
        "away": ["", "", "pujol"],
    },
    # numbered presents with their group (no item), givers only, page headers, bullets before
    # the act numbers, a title cut by a hyphen
    "communaute-cr-numbered-groups-bullets.txt": {
        "date": date(2019, 3, 14),
        "convened": date(2019, 3, 6),
        "body": "Conseil Communautaire",
        "council": ("Communauté de communes du Pays de Sornin", "communauté de communes", None),
        "officers": ("dumontet", "augagneur"),
        "counts": (33, 26, None, 29),
        "present": "dumontet augagneur berthier chambost desroches epinat fargeas guillermin"
        " hemery jandard lamure matray naulin perraud poncet rivollier saunier thevenet vernay"
        " vouillon braye combier ducret gelin lafay morel",
        "excused": "",
        "absent": "papillon robin troncy viallet",
        "represented": "goutorbe lardet nesme",
        "proxies": [],
        "items": [
            (
                "D2019-021",
                None,
                "Débat d'orientation budgétaire 2019",
                "noted",
                (None, None, None),
            ),
            (
                "D2019-022",
                None,
                "Attribution du marché de collecte des ordures ménagères",
                "adopted",
                (25, 3, 1),
            ),
            (
                "D2019-023",
                None,
                "Adhésion au syndicat mixte d'aménagement numérique",
                "adopted",
                (29, 0, 0),
            ),
        ],
    },
    # surname first with a civility, a first name wrapped to the next line (« Mme IZARD » /
    # « Nina »), « (ayant la procuration de …) » in the presents, a dashed list of proxies
    # with « donnant pouvoir », « le vingt-et-un mars deux mil dix-neuf », « Ne prend pas part
    # au vote : » by a holder of a proxy: the « pour » of the unanimity is not known
    "commune-extrait-surname-first-holder-note.txt": {
        "date": date(2019, 3, 21),
        "convened": date(2019, 3, 14),
        "body": "Conseil Municipal",
        "council": ("Ville de Bourg-sur-Viane", "commune", None),
        "officers": ("dumas", "duval"),
        "counts": (29, 21, None, 25),
        "present": "dumas arnaud berger carle delorme escande faye giraud hours izard julien"
        " klein lopez marty novak orsini pons quintin roux salles texier",
        "excused": "",
        "absent": "maquin navarre ollier petit",
        "proxies": [
            ("vial", "marty"),
            ("tessier", "roux"),
            ("blanc", "faye"),
            ("dupin", "salles"),
        ],
        "items": [
            (
                "2019-03-12",
                None,
                "Garantie d'emprunt à l'OPH Viane Habitat",
                "adopted",
                (None, 0, 0),
            )
        ],
        "not_voting": ["faye"],
    },
    # « Conseil Municipal du 06/03/2025 », first name first without civility, an arrival, a
    # proxy given before leaving (« donne pouvoir à M. Y et quitte la séance »), a departure
    # « avant le vote du point 6 », figures printed or counted item by item
    "commune-pv-proxy-then-leaves.txt": {
        "date": date(2025, 3, 6),
        "convened": date(2025, 2, 27),
        "body": "Conseil Municipal",
        "council": ("Commune de Villard-sur-Dore", "commune", None),
        "officers": ("colomb", "lafont"),
        "counts": (19, 14, None, 16),
        "present": "colomb brun cros durand estival fabre gay hugon illat joly lafont maurel"
        " niel olive",
        "excused": "souq teys ulmer",
        "absent": "",
        "proxies": [("pages", "brun"), ("rieu", "colomb")],
        "items": [
            (
                None,
                "1",
                "Approbation du procès-verbal de la séance du 30 janvier 2025",
                "adopted",
                (16, 0, 0),
            ),
            (None, "2", "Budget primitif 2025", "adopted", (12, 3, 2)),
            (None, "3", "Vote des taux d'imposition 2025", "adopted", (15, 2, 0)),
            (None, "4", "Rapport sur la qualité de l'eau", "noted", (None, None, None)),
            (
                None,
                "5",
                "Demande de subvention DETR pour la toiture de l'école",
                "adopted",
                (17, 0, 0),  # 16 + SOUQ come; FABRE's vote held by DURAND
            ),
            (None, "6", "Création d'un poste d'agent technique", "rejected", (6, 9, 1)),
        ],
        "away": ["", "", "fabre", "fabre", "fabre", "fabre maurel"],
        "arrived": ["", "souq", "souq", "souq", "souq", "souq"],
        "item_proxies": [[], [], [("fabre", "durand")]] + [[("fabre", "durand")]] * 3,
    },
    # the chair's name wrapped (« M. Marcel » / « FOUCHER, Maire. »), « Présents ou représentés
    # : 13 » the only votants, the mayor out of the room for his accounts (« (11 voix) »
    # printed), a withdrawal « quitte la salle et ne prend pas part au vote » for one item, « part
    # à 20 h 10 et donne son pouvoir », « s'absente » then « est de retour »
    "commune-pv-returns-and-withdrawals.txt": {
        "date": date(2023, 11, 14),
        "convened": date(2023, 11, 7),
        "body": "Conseil Municipal",
        "council": ("Commune de Ribeyrolles", "commune", None),
        "officers": ("foucher", "barnier"),
        "counts": (15, 12, None, None),
        "present": "foucher barnier champel dorlet fauriat granjon hostin jacquemet laval"
        " montel proriol souvignet",
        "excused": "",
        "absent": "vallat",
        "proxies": [("triollier", "foucher")],
        "items": [
            (None, "1", "Compte administratif 2022 du budget de l'eau", "adopted", (11, 0, 0)),
            (None, "2", "Subvention à l'association de chasse", "adopted", (12, 0, 0)),
            (None, "3", "Tarifs de location de la salle polyvalente", "adopted", (12, 0, 1)),
            (
                None,
                "4",
                "Modification des statuts de la communauté de communes",
                "adopted",
                (12, 0, 0),
            ),
            (None, "5", "Motion de soutien aux agriculteurs", "adopted", (13, 0, 0)),
        ],
        "away": ["foucher", "champel", "fauriat", "fauriat hostin", "fauriat"],
        "not_voting": ["", "champel", "", "", ""],
        "item_proxies": [[], []] + [[("fauriat", "dorlet")]] * 3,
    },
    # roman ordinals, figures in words (« par huit voix pour, deux voix contre … et zéro
    # abstention »), a title in capitals followed by its vote, « Pour 9 / Contre 0 / Abstention
    # 1 – Adopté », « Retiré de l'ordre du jour », a title and its vote on one line
    "commune-pv-roman-items-words.txt": {
        "date": date(2024, 4, 4),
        "convened": date(2024, 3, 28),
        "body": "Conseil Municipal",
        "council": ("Commune de Saint-Just-en-Brie", "commune", None),
        "officers": ("peyrard", "chomat"),
        "counts": (11, 9, None, 10),
        "present": "peyrard chomat darles escot fournel gidon habouzit imbert joubert",
        "excused": "",
        "absent": "laffont",
        "proxies": [("klein", "peyrard")],
        "items": [
            (
                None,
                "I",
                "Approbation du procès-verbal de la séance du 7 mars 2024",
                "adopted",
                (10, 0, 0),
            ),
            (None, "II", "Compte de gestion 2023", "adopted", (8, 2, 0)),
            (
                None,
                "III",
                "ACQUISITION D'UN TRACTEUR POUR LES SERVICES TECHNIQUES",
                "adopted",
                (9, 0, 1),
            ),
            (None, "IV", "Dénomination de la rue des Écoles", "withdrawn", (None, None, None)),
            (
                None,
                "V",
                "Convention de mise à disposition de la salle des fêtes",
                "adopted",
                (10, 0, 0),
            ),
        ],
    },
    # a syndicat's relevé in capitals, « Point n° 1 : Title : adopté … » on one line each,
    # « Présidence : », « le Comité prend acte », « rejeté par 5 voix contre et 4 voix pour »
    "syndicat-releve-point-items.txt": {
        "date": date(2024, 6, 18),
        "convened": None,
        "body": "Comité Syndical",
        "council": ("Syndicat Intercommunal des Eaux du Haut-Lignon", "syndicat", None),
        "officers": ("besset", "pichon"),
        "counts": (12, 8, None, 9),
        "present": "besset chareyre deygas faure girodet julliand massardier pichon",
        "excused": "sagnol teyssier viallon",
        "absent": "",
        "proxies": [("roux", "besset")],
        "items": [
            (None, "1", "Compte administratif 2023", "adopted", (7, 1, 1)),
            (None, "2", "Surtaxe communale d'assainissement 2025", "adopted", (9, 0, 0)),
            (
                None,
                "3",
                "Rapport sur le prix et la qualité du service",
                "noted",
                (None, None, None),
            ),
            (None, "4", "Adhésion de la commune de Chenereilles", "rejected", (4, 5, 0)),
        ],
    },
    # a list of proxies as sentences ending in full stops (« Pouvoir de X à Y. », « Procuration
    # de X à Y. », « X a donné délégation de vote à Y. », « X, ayant donné pouvoir à Y. »), a
    # commune « …-LA-VIEILLE » above « PROCÈS-VERBAL DE LA SÉANCE » (no « le procès » trap)
    "commune-pv-proxy-sentences-stops.txt": {
        "date": date(2024, 9, 19),
        "convened": date(2024, 9, 12),
        "body": "Conseil Municipal",
        "council": ("Commune de Montagnac-la-Vieille", "commune", None),
        "officers": ("rouquette", "huc"),
        "counts": (13, 8, None, 12),
        "present": "rouquette balsan combes durand fabre gal huc julien",
        "excused": "",
        "absent": "puech",
        "proxies": [
            ("lauze", "rouquette"),
            ("maury", "balsan"),
            ("nogues", "combes"),
            ("olive", "durand"),
        ],
        "items": [
            ("2024-051", None, "Admission en non-valeur", "adopted", (10, 1, 1)),
            ("2024-052", None, "Tarifs de l'école de musique", "adopted", (11, 0, 1)),
        ],
    },
    # the agenda printed first (« ORDRE DU JOUR : 1. … 2. … ») then the same ordinals with
    # their votes; « M. X, Maire, préside la séance. » after the presents
    "commune-pv-agenda-first-presides.txt": {
        "date": date(2024, 10, 8),
        "convened": date(2024, 10, 1),
        "body": "Conseil Municipal",
        "council": ("Commune de Lussac-les-Ormes", "commune", None),
        "officers": ("brousse", "grimal"),
        "counts": (8, 6, None, 7),
        "present": "brousse cayla delon esteve fort grimal",
        "excused": "",
        "absent": "issaly",
        "proxies": [("hortala", "brousse")],
        "items": [
            (None, "1", "Décision modificative n° 2", "adopted", (7, 0, 0)),
            (None, "2", "Tarifs de l'eau et de l'assainissement 2025", "adopted", (5, 2, 0)),
            (None, "3", "Motion pour le maintien de la trésorerie", "adopted", (7, 0, 0)),
        ],
    },
    # an extract printed all in capitals: « M. BERNARD FAYOLLE » (first name first), « MME »,
    # « À » in a proxy, particles kept with the surname (« VAN DER BERG », « LE GOFF »)
    "commune-extrait-all-capitals.txt": {
        "date": date(2024, 12, 9),
        "convened": date(2024, 12, 2),
        "body": "Conseil Municipal",
        "council": ("Commune de Saint-Genest-les-Bois", "commune", None),
        "officers": ("fayolle", "grange"),
        "counts": (9, 7, None, 8),
        "present": "fayolle grange heyraud jourjon van der berg le goff maisonneuve",
        "excused": "",
        "absent": "olagnon",
        "proxies": [("neyret", "fayolle")],
        "items": [
            (
                "2024-088",
                None,
                "ADHÉSION AU SERVICE COMMUN D'INSTRUCTION DES AUTORISATIONS D'URBANISME",
                "adopted",
                (7, 0, 1),
            )
        ],
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_document_read_field_by_field(name: str, shape: str) -> None:
    expected = EXPECTED[name]
    extract = read(name, shape)
    assert extract.sitting_date == expected["date"]
    assert extract.convened_on == expected["convened"]
    assert extract.body == expected["body"]
    assert extract.council is not None
    assert (extract.council.name, extract.council.kind, extract.council.siren) == expected[
        "council"
    ]
    president, secretary = expected["officers"]
    assert (
        fold(extract.president.last_name) if extract.president else None,
        fold(extract.secretary.last_name) if extract.secretary else None,
    ) == (president, secretary)
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.proxies, counts.votes) == expected["counts"]
    assert surnames(extract.present) == expected["present"]
    assert surnames(extract.absent_excused) == expected["excused"]
    assert surnames(extract.absent) == expected["absent"]
    assert surnames(extract.represented) == expected.get("represented", "")
    assert [
        (fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies
    ] == expected["proxies"]
    assert [
        (
            i.deliberation.number,
            i.ordinal,
            i.deliberation.title,
            i.deliberation.outcome,
            (i.deliberation.votes_for, i.deliberation.votes_against, i.deliberation.abstentions),
        )
        for i in extract.items
    ] == expected["items"]
    if "not_voting" in expected:
        assert [surnames(i.not_voting) for i in extract.items] == expected["not_voting"]
    if "away" in expected:
        assert [surnames(i.away) for i in extract.items] == expected["away"]
    if "arrived" in expected:
        assert [surnames(i.arrived) for i in extract.items] == expected["arrived"]
    if "item_proxies" in expected:
        assert [
            [(fold(p.giver.last_name), fold(p.holder.last_name)) for p in i.proxies]
            for i in extract.items
        ] == expected["item_proxies"]
