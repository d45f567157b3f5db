"""The collectivité read from headings that do not say « Commune de » or « Communauté de … »:
a commune's name alone on the letterhead, « NAME — CONSEIL MUNICIPAL », a communauté's brand
(« … Agglomération », « … Agglo », « … Communauté »), a syndicat's acronym and motto, a SDIS
or CIAS written out with its initials, a « commune nouvelle », a heading printed letter-spaced.
A document whose council cannot be read is refused at import (never filed by a guess), so
each of these shapes used to lose the whole file. Invented documents, line-broken and
flattened; the same text with the name nowhere keeps no council (no guess)."""

from __future__ import annotations

import pytest

from storage.checks import check_extract
from storage.parsing.extract import parse_extract
from storage.parsing.text import clean_letter_spacing

BODY_OF = {
    "commune": "Conseil municipal",
    "communauté": "Conseil communautaire",
    "syndicat": "Comité syndical",
}


def document(heading: str, body: str = "Conseil municipal") -> str:
    return (
        f"{heading}\n"
        f"Séance du {body.lower()} du jeudi 15 mai 2025\n"
        f"L'an deux mille vingt-cinq, le quinze mai à dix-neuf heures, le {body} s'est réuni "
        "sous la présidence de M. Gérald TRONCHET.\n"
        "Date de convocation : 7 mai 2025\n"
        "Membres en exercice : 19 - Présents : 15 - Votants : 17\n"
        "Présents : M. Gérald TRONCHET, Mme Agnès VERNAY, M. Paul RIBEYRE, Mme Lucie MARCOUX.\n"
        "Pouvoirs : M. Hervé SABOT à Mme Agnès VERNAY, Mme Rose PEYRON à M. Paul RIBEYRE.\n"
        "Secrétaire de séance : Mme Lucie MARCOUX\n"
        "Délibération n° 2025-031 : Tarifs de la cantine scolaire\n"
        "Le conseil, après en avoir délibéré, à l'unanimité, adopte les tarifs.\n"
    )


HEADINGS = [
    # (heading lines, body, expected name, expected kind)
    (
        "VERNOSC-SUR-DÔME\nCompte rendu",
        "Conseil municipal",
        "Commune de Vernosc-sur-Dôme",
        "commune",
    ),
    (
        "Saint-Rambert-les-Sagnes",
        "Conseil municipal",
        "Commune de Saint-Rambert-les-Sagnes",
        "commune",
    ),
    (
        "LA TOUR-EN-VALMONT — CONSEIL MUNICIPAL",
        "Conseil municipal",
        "Commune de la Tour-en-Valmont",
        "commune",
    ),
    ("Pélussac – Conseil municipal", "Conseil municipal", "Commune de Pélussac", "commune"),
    (
        "Commune nouvelle de Val-de-Sorne",
        "Conseil municipal",
        "Commune nouvelle de Val-de-Sorne",
        "commune",
    ),
    (
        "MONTS DU GIER AGGLOMÉRATION",
        "Conseil communautaire",
        "Monts du Gier Agglomération",
        "communauté d'agglomération",
    ),
    (
        "Haut-Lignon Agglo",
        "Conseil communautaire",
        "Haut-Lignon Agglo",
        "communauté d'agglomération",
    ),
    ("VALORGE COMMUNAUTÉ", "Conseil communautaire", "Valorge Communauté", "communauté"),
    (
        "CC du Val de Sorne",
        "Conseil communautaire",
        "CC du Val de Sorne",
        "communauté de communes",
    ),
    (
        "SIEVA - Territoire d'énergie Velay",
        "Comité syndical",
        "SIEVA - Territoire d'énergie Velay",
        "syndicat",
    ),
    # a syndicat's initials before its name, or alone on the letterhead
    (
        "SMTAV – Syndicat mixte des transports de l'agglomération valentinoise",
        "Comité syndical",
        "SMTAV – Syndicat mixte des transports de l'agglomération valentinoise",
        "syndicat",
    ),
    (
        "SYDEL - Syndicat départemental d'énergies de la Loire",
        "Comité syndical",
        "SYDEL - Syndicat départemental d'énergies de la Loire",
        "syndicat",
    ),
    (
        "SMTV – Syndicat mixte des transports de l'agglomération de Valence",
        "Comité syndical",
        "SMTV – Syndicat mixte des transports de l'agglomération de Valence",
        "syndicat",
    ),
    ("SIEHV", "Comité syndical", "SIEHV", "syndicat"),
    (
        "SDMIV — Service départemental-métropolitain d'incendie et de secours",
        "Conseil d'administration",
        "SDMIV — Service départemental-métropolitain d'incendie et de secours",
        "sdis",
    ),
    (
        "CENTRE INTERCOMMUNAL D'ACTION SOCIALE (CIAS) DU PAYS DE LORMES",
        "Conseil d'administration",
        "Centre intercommunal d'action sociale (CIAS) du Pays de Lormes",
        "cias",
    ),
    # a public body's own name, then what it is
    (
        "VALFOREZ HABITAT OFFICE PUBLIC DE L'HABITAT",
        "Conseil d'administration",
        "Valforez Habitat",
        "établissement public",
    ),
    (
        "Monts du Pilat Tourisme – Office de tourisme intercommunal",
        "Comité de direction",
        "Monts du Pilat Tourisme",
        "établissement public",
    ),
    (
        "C O M M U N E   D E   S A I N T - B O N N E T",
        "Conseil municipal",
        "Commune de Saint-Bonnet",
        "commune",
    ),
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(("heading", "body", "name", "kind"), HEADINGS)
def test_the_council_is_read_from_the_heading(
    heading: str, body: str, name: str, kind: str, shape: str
) -> None:
    text = document(heading, body)
    if shape == "flattened":
        if "   " in heading:
            pytest.skip("a letter-spaced heading keeps its own line in a flattened text")
        text = " ".join(text.split())
    extract = parse_extract(text)
    assert extract.council is not None, extract.findings
    assert extract.council.name.casefold() == name.casefold()
    assert extract.council.kind == kind


def test_a_name_line_needs_a_body_of_its_kind_or_a_kind_word() -> None:
    """A line of capitalised words above a heading that names no body of a collectivité's
    kind is no council: nothing is guessed."""
    text = document("Saint-Rambert-les-Sagnes", "Conseil").replace("Conseil", "Bureau")
    assert parse_extract(text).council is None


@pytest.mark.parametrize(
    "heading",
    [
        "RÉPUBLIQUE FRANÇAISE\nLiberté Égalité Fraternité",
        "Arrondissement de Montbrison",
        "Extrait du registre des délibérations",
        "Mme Agnès VERNAY",
    ],
)
def test_lines_that_are_no_council_name_are_not_taken(heading: str) -> None:
    assert parse_extract(document(heading)).council is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("C O M M U N E   D E   S A I N T - B O N N E T", "COMMUNE DE SAINT-BONNET"),
        ("E X T R A I T   D U   R E G I S T R E", "EXTRAIT DU REGISTRE"),
        ("P R O C È S - V E R B A L", "PROCÈS-VERBAL"),
        # presence marks of a grid, initials, ordinary text: unchanged
        ("P  P  E  A  P", "P  P  E  A  P"),
        ("P P E A P A", "P P E A P A"),
        ("M. J. P. DURAND", "M. J. P. DURAND"),
        ("Vote : 12 P / 3 C / 1 A", "Vote : 12 P / 3 C / 1 A"),
        ("a b", "a b"),
    ],
)
def test_letter_spaced_lines_are_closed_up(line: str, expected: str) -> None:
    assert clean_letter_spacing(line) == expected


# -- a second convocation (L2121-17: no quorum condition, three jours francs) -----------------


def second_sitting(opening: str) -> str:
    return (
        "Commune de Vernosc-sur-Dôme\n"
        f"Séance du conseil municipal du lundi 17 mars 2025 {opening}\n"
        "Date de convocation : 13 mars 2025\n"
        "Membres en exercice : 19 - Présents : 6 - Votants : 7\n"
        "Présents : M. Gérald TRONCHET, Mme Agnès VERNAY, M. Paul RIBEYRE, Mme Lucie MARCOUX, "
        "M. Jean DORIER, Mme Anne FAYOLLE.\n"
        "Pouvoir : M. Hervé SABOT à Mme Agnès VERNAY.\n"
        "Délibération n° 2025-040 : Budget primitif 2025\n"
        "Le conseil, après en avoir délibéré, à l'unanimité, adopte le budget.\n"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "(deuxième convocation)",
        "sur 2nde convocation",
        "— le quorum n'ayant pas été atteint le 10 mars, le conseil a été de nouveau convoqué",
        "; les conseillers ont été convoqués à nouveau et délibèrent sans condition de quorum",
    ],
)
def test_a_second_convocation_has_no_quorum_and_three_days_notice(opening: str) -> None:
    extract = parse_extract(second_sitting(opening))
    assert extract.second_convocation
    codes = {finding.code for finding in check_extract(extract)}
    assert "quorum_not_met" not in codes
    assert "notice_too_short" not in codes  # 3 jours francs: 14, 15, 16 March


@pytest.mark.parametrize(
    "opening", ["", "— faute de quorum, une nouvelle convocation sera adressée aux membres"]
)
def test_a_first_sitting_keeps_its_quorum_and_notice(opening: str) -> None:
    extract = parse_extract(second_sitting(opening))
    assert not extract.second_convocation
    codes = {finding.code for finding in check_extract(extract)}
    assert {"quorum_not_met", "notice_too_short"} <= codes


def test_no_quorum_is_judged_on_a_roll_call_that_was_not_read() -> None:
    text = second_sitting("").replace("Présents : 6 - ", "").replace("Présents : M.", "Là : M.")
    extract = parse_extract(text)
    assert extract.counts.present is None
    assert not extract.present
    assert "quorum_not_met" not in {finding.code for finding in check_extract(extract)}


# -- the body a council's kind makes certain -------------------------------------------------


def test_a_communes_extract_printing_no_body_is_its_conseil_municipal() -> None:
    text = (
        "Commune de Vernosc-sur-Dôme\n"
        "Extrait du registre des délibérations\n"
        "Séance du 2 septembre 2025\n"
        "Présents : M. Gérald TRONCHET, Mme Agnès VERNAY, M. Paul RIBEYRE.\n"
        "Délibération n° 2025-051 : Tarifs de la médiathèque\n"
        "Adopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert extract.body == "Conseil Municipal"
    assert "body" in extract.evidence
    assert ("not_found", {"field": "body"}) not in [(f.code, f.params) for f in extract.findings]


@pytest.mark.parametrize(
    ("council", "body"),
    [
        ("Région Val-de-Lisière", "Conseil Régional"),
        ("Département du Haut-Rivage", "Conseil Départemental"),
    ],
)
def test_a_plenary_assembly_is_the_councils_assembly(council: str, body: str) -> None:
    text = (
        f"{council}\n"
        "Assemblée plénière du 24 octobre 2025\n"
        "Sous la présidence de Mme Claire DUMONTEL.\n"
        "Délibération n° 25-AP-112 : Schéma régional des mobilités\n"
        "Adopté à l'unanimité.\n"
    )
    assert parse_extract(text).body == body


def test_a_syndicat_printing_no_body_is_said_to_be_its_comite_syndical() -> None:
    """Its Bureau could have sat too: the assembly is inferred, and the secretariat told so."""
    text = (
        "Syndicat mixte des eaux du Val Morin\n"
        "Extrait du registre des délibérations\n"
        "Séance du 2 septembre 2025\n"
        "Délibération n° 2025-051 : Tarifs de l'eau\n"
        "Adopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert extract.body == "Comité Syndical"
    assert ("body_inferred", {"body": "Comité Syndical", "source": "kind"}) in [
        (f.code, f.params) for f in extract.findings
    ]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Hôtel de Ville – Saint-Rambert-les-Sagnes", "Commune de Saint-Rambert-les-Sagnes"),
        ("Mairie\n3 place de la Fontaine\n42150 Valfleury-le-Bas", None),
        ("Accueil\nVie municipale", None),
        ("Commune : Saint-Rambert-les-Sagnes", "Commune de Saint-Rambert-les-Sagnes"),
    ],
)
def test_a_letterhead_s_building_address_or_menu_is_no_name(
    heading: str, name: str | None
) -> None:
    council = parse_extract(document(heading)).council
    assert (council.name if council else None) == name
