"""Minutes whose lines were numbered in the margin, then flattened (« … avec 13 le syndicat … »,
« 28 ADOPTÉ À L'UNANIMITÉ »); a count run on into the next sentence (« Votants 14. Sous la
présidence de … ») read as an item; an item's roman ordinal with its stop glued
(« V- Convention ») or alone at a page's foot with its title on the next page, under the
footer; and a scan's damage on the cues (« Pr esents ; », « Abseuts excusés », « Secr¢taire »,
« MmeROUX »)."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.parsing.extract import looks_like_extract, parse_extract
from storage.parsing.text import without_flattened_line_numbers
from tests.documents import SHAPES, handed, printed, read, surnames


def headings(extract: Extract) -> list[tuple[str | None, str | None]]:
    return [(i.ordinal, i.deliberation.title) for i in extract.items]


def votes(extract: Extract) -> list[tuple[bool | None, int | None, int | None]]:
    return [
        (i.deliberation.unanimous, i.deliberation.votes_for, i.deliberation.abstentions)
        for i in extract.items
    ]


@pytest.mark.parametrize("shape", SHAPES)
def test_minutes_numbered_in_the_margin_with_an_ordinal_at_a_pages_foot(shape: str) -> None:
    extract = read("commune-pv-margin-line-numbers-roman-page-foot.txt", shape)
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.votes) == (15, 12, 14)
    assert extract.president is not None
    assert extract.president.last_name == "VIALLE"
    assert surnames(extract.present) == [
        "arnaud", "besson", "chambon", "defour", "estier", "forest",
        "gagne", "hilaire", "joly", "moulin", "peyre", "vialle",
    ]  # fmt: skip
    assert handed(extract.proxies) == [("queyron", "vialle"), ("rival", "arnaud")]
    assert surnames(extract.absent) == ["saby"]
    assert headings(extract) == [
        ("V", "Convention de partenariat avec le syndicat des eaux de la Dore"),
        ("VI", "Tarifs des concessions du cimetière"),
        ("VII", "Désignation d'un correspondant défense"),
    ]
    assert votes(extract)[1] == (False, 13, 1)
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


# The margin's figures, one up a line (a blank line keeps its own), each variant flattened.
MARGINS = [
    # a title wrapped, its second line's number inside it
    (
        "Séance du conseil municipal du 4 mars 2025 de la commune de Lussac 7 8 3. Convention "
        "de 9 partenariat avec l'association Familles Rurales pour 10 l'accueil de loisirs 11 "
        "Le conseil, après en avoir délibéré, 12 approuve la convention. 13 Adopté à "
        "l'unanimité. 14",
        "Convention de partenariat avec l'association Familles Rurales pour l'accueil de loisirs",
    ),
    # numbers before the vote lines, in capitals
    (
        "Commune de Lussac Conseil municipal du 4 mars 2025 27 4 - Tarifs de la cantine 28 "
        "ADOPTÉ À L'UNANIMITÉ 29 30 5 - Subvention au club de football 31 ADOPTÉ À "
        "L'UNANIMITÉ 32",
        "Tarifs de la cantine",
    ),
    # every line numbered, the numbers in the middle of sentences
    (
        "Commune de Lussac 101 Conseil municipal du 4 mars 2025 102 Délibération n° 2025-011 : "
        "Travaux d'extension de 103 l'école maternelle et demande de 104 subvention auprès de "
        "l'État 105 Le conseil, après en 106 avoir délibéré, adopte à l'unanimité. 107",
        "Travaux d'extension de l'école maternelle et demande de subvention auprès de l'État",
    ),
]


@pytest.mark.parametrize(("text", "title"), MARGINS)
def test_a_margins_line_numbers_leave_a_flattened_text(text: str, title: str) -> None:
    cleaned = without_flattened_line_numbers(text)
    assert title in cleaned
    extract = parse_extract(text)
    assert [i.deliberation.title for i in extract.items][:1] == [title]
    assert extract.sitting_date is not None


# No margin: an item's place, a count, a vote, a list numbered one by one keep their figures.
KEPT = [
    "Présents : 8 Votants : 9 Point n° 1 : Budget : adopté, 7 voix pour, 1 voix contre, "
    "1 abstention. Point n° 2 : Tarifs : adopté. Point n° 3 : Rapport : prend acte. "
    "Point n° 4 : Adhésion : rejeté par 5 voix contre et 4 voix pour. Point n° 5 : Bail.",
    "1 Budget primitif 2025 adopté 2 Tarifs de la cantine adopté 3 Subvention au club adopté "
    "4 Vente d'un terrain adopté 5 Bail de la poste adopté 6 Convention avec le collège adopté",
    "1 - M. Paul FAYE 2 - Mme Anne BOIS 3 - M. Luc MARTY 4 - Mme Ida VIAL 5 - M. Yves RIOU "
    "6 - Mme Lise GAY 7 - M. Jean ROCHE",
]


@pytest.mark.parametrize("text", KEPT)
def test_figures_that_are_no_margins_are_kept(text: str) -> None:
    assert without_flattened_line_numbers(text) == text


RUN_ON = [
    (
        "Membres en exercice : 23 Présents : 17 Votants 20. Sous la présidence de Mme Anne BOIS, "
        "Maire.",
        (23, 17, 20),
    ),
    ("En exercice : 19 Votants 16. Le Maire ouvre la séance. Présents : 14", (19, 14, 16)),
    (
        "Conseillers en exercice 27 Présents 21. Mme Lise GAY est nommée secrétaire de séance. "
        "Votants : 24",
        (27, 21, 24),
    ),
]


@pytest.mark.parametrize(("counts", "expected"), RUN_ON)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_count_run_on_into_the_next_sentence_is_no_item(
    counts: str, expected: tuple[int, int, int], shape: str
) -> None:
    text = (
        "Commune de Lhuis\nProcès-verbal du conseil municipal du 2 juin 2025\n"
        f"{counts}\n"
        "Présents : Mme Anne BOIS, M. Paul FAYE, Mme Lise GAY.\n\n"
        "2025-031 Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    c = extract.counts
    assert (c.in_office, c.present, c.votes) == expected
    assert [i.deliberation.number for i in extract.items] == ["2025-031"]


PAGE_FOOT = [
    ("IV-", "IV", "V- Vente de la parcelle AB 12"),
    ("IX.", "IX", "X. Vente de la parcelle AB 12"),
    ("II -", "II", "III - Vente de la parcelle AB 12"),
]


@pytest.mark.parametrize(("alone", "ordinal", "after"), PAGE_FOOT)
def test_a_roman_ordinal_at_a_pages_foot_heads_the_title_on_the_next_page(
    alone: str, ordinal: str, after: str
) -> None:
    text = (
        "Commune de Lhuis\nProcès-verbal du conseil municipal du 2 juin 2025\n"
        "Présents : Mme Anne BOIS, M. Paul FAYE, Mme Lise GAY.\n\n"
        f"{alone}\n"
        "Commune de Lhuis – Conseil municipal du 2 juin 2025 – Page 3/7\n"
        "Renouvellement du bail de la poste\nAdopté à l'unanimité.\n\n"
        f"{after}\nAdopté à l'unanimité.\n"
        "Commune de Lhuis – Conseil municipal du 2 juin 2025 – Page 4/7\n"
    )
    extract = parse_extract(text)
    assert headings(extract)[0] == (ordinal, "Renouvellement du bail de la poste")
    assert len(extract.items) == 2


DAMAGED = [
    "Pr esents ; MmeROUX Claire, M.FAYE Paul, Mme Odile MARCHAND, M. Henri LEBLANC\n"
    "Abseuts excusés ; M. Luc BRUNET (pouvoir à Mme Claire ROUX)\n"
    "Secr¢taire de séance ; M. Henri LEBLANC\n",
    "Etaient pr´esents : Mme Claire ROUX, M. Paul FAYE, MmeMARCHAND Odile, M. Henri LEBLANC\n"
    "Absents excusés : M. Luc BRUNET (pouvoir à MmeROUX Claire)\n"
    "Secrétaire : M. Henri LEBLANC\n",
]


@pytest.mark.parametrize("roll", DAMAGED)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_scans_damage_on_cues_and_glued_civilities(roll: str, shape: str) -> None:
    text = (
        f"Mairie de Lhuis\nConseil municipal du 9 avril 2024\n{roll}\n"
        "2024-12 Tarifs\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["faye", "leblanc", "marchand", "roux"]
    assert handed(extract.proxies) == [("brunet", "roux")]
    assert extract.secretary is not None
    assert extract.secretary.last_name == "LEBLANC"


UNCUED = [
    (
        "Mmes et MM. Anne BOIS, Gonzalez Grail Maria, Da Costa Ruben, Luc MARTY.",
        ["bois", "da costa", "gonzalez grail", "marty"],
    ),
    (
        "MM. et Mmes Paul FAYE, Van Den Berg Lucas, Ben Salah Nour, Lise GAY.",
        ["ben salah", "bois", "faye", "gay", "van den berg"],  # and the chair, present
    ),
    (
        "Mesdames et Messieurs BOIS Anne, De Sousa Tiago, Le Goff Bernard, VIAL Ida.",
        ["bois", "de sousa", "le goff", "vial"],
    ),
]


@pytest.mark.parametrize(("roll", "names"), UNCUED)
@pytest.mark.parametrize("shape", SHAPES)
def test_presents_printed_with_no_cue_after_the_opening_formula(
    roll: str, names: list[str], shape: str
) -> None:
    text = (
        "Commune de Lhuis\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "Délibération n° 2025-014\n"
        "L'an deux mille vingt-cinq, le trois mars à vingt heures, le Conseil Municipal s'est "
        "réuni sous la présidence de Mme Anne BOIS, Maire.\n"
        f"{roll}\n"
        "Absent excusé : M. Yves RIOU (pouvoir à M. Jean ROCHE)\n"
        "Objet : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert extract.sitting_date is not None
    assert extract.sitting_date.isoformat() == "2025-03-03"
    assert surnames(extract.present) == names
    assert surnames(extract.absent_excused) == ["riou"]


def test_a_sentence_under_the_opening_formula_is_no_list_of_presents() -> None:
    text = (
        "Commune de Lhuis\nConseil municipal du 3 mars 2025\n"
        "Mmes et MM. les conseillers municipaux, dûment convoqués, se sont réunis.\n"
        "Absent excusé : M. Yves RIOU\n"
        "2025-014 Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    assert parse_extract(text).present == []


def test_minutes_whose_every_cue_a_scan_damaged_are_a_council_document() -> None:
    text = (
        "Réunion du mardi 9 avril 2024 • 19H00\n"
        "Pr esents ; M. Paul FAYE, Mme Odile MARCHAND, M. Henri LEBLANC\n"
        "Abseuts excusés ; M. Luc BRUNET\n"
        "Secr¢taire de séance ; M. Henri LEBLANC\n\n"
        "1. Subvention au comité des fêtes\nAdopté à l'unanimité.\n"
    )
    assert looks_like_extract(text)
    assert surnames(parse_extract(text).present) == ["faye", "leblanc", "marchand"]


FOOTER = "Commune de Roche-la-Molière – Conseil municipal du 12 juin 2025 – Page {}/4"
HEADER = "Procès-verbal du conseil municipal du 12 juin 2025"


@pytest.mark.parametrize("shape", SHAPES)
def test_a_list_and_a_title_cut_by_a_pages_footer_and_header(shape: str) -> None:
    text = (
        f"Commune de Roche-la-Molière\n{HEADER}\n"
        "Présents : M. Paul FAYE, Mme Anne BOIS, M. Luc MARTY, Mme Ida VIAL, M. Yves\n"
        f"{FOOTER.format(1)}\n{HEADER}\n"
        "RIOU, Mme Lise GAY.\nAbsent excusé : M. Jean ROCHE\n\n"
        "2025-040 Convention de partenariat avec\n"
        f"{FOOTER.format(2)}\n{HEADER}\n"
        "l'office de tourisme intercommunal\nAdopté à l'unanimité.\n"
        "2025-041 Tarifs de la cantine\nAdopté par 5 voix pour et 1 abstention.\n"
        f"{FOOTER.format(3)}\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["bois", "faye", "gay", "marty", "riou", "vial"]
    assert [i.deliberation.title for i in extract.items] == [
        "Convention de partenariat avec l'office de tourisme intercommunal",
        "Tarifs de la cantine",
    ]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


def test_a_single_pages_footer_inside_a_flattened_list() -> None:
    text = (
        "Ville de Lhuis Séance du conseil municipal du 2 juin 2025 Présents : M. Paul FAYE, "
        "Mme Anne BOIS, M. Luc MARTY, Mme Ida VIAL, M. Yves Ville de Lhuis – séance du 2 juin "
        "2025 – Page 1 RIOU, Mme Lise GAY. 2025-040 Tarifs de la cantine Adopté à l'unanimité."
    )
    assert surnames(parse_extract(text).present) == [
        "bois", "faye", "gay", "marty", "riou", "vial",
    ]  # fmt: skip


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("page", ["3/7", "Page 3/7", "Page 3 sur 7"])
def test_an_ordinal_at_a_pages_foot_under_the_councils_name_repeated(
    shape: str, page: str
) -> None:
    text = (
        "Commune de Roche-la-Molière\nProcès-verbal du conseil municipal du 12 juin 2025\n"
        f"Présents : M. Paul FAYE, Mme Anne BOIS, M. Luc MARTY\n{page}\n"
        "Mme Ida VIAL, M. Yves RIOU, Mme Lise GAY.\nSecrétaire de séance : Mme Lise GAY\n\n"
        f"XII-\n{page}\nCommune de Roche-la-Molière\n"
        "Tarifs de la cantine scolaire\nAdopté à l'unanimité.\n\n"
        "XIII- Subvention au club de football\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["bois", "faye", "gay", "marty", "riou", "vial"]
    assert headings(extract) == [
        ("XII", "Tarifs de la cantine scolaire"),
        ("XIII", "Subvention au club de football"),
    ]


@pytest.mark.parametrize("shape", SHAPES)
def test_lines_numbered_under_a_heading_of_five_unnumbered_lines(shape: str) -> None:
    text = (
        "RÉPUBLIQUE FRANÇAISE\nDépartement de la Loire\nCommune de Valfleury\n"
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\ndu 14 octobre 2024\n"
        "1 Présents : M. Alain ROUX, Mme Julie FAYE, M. Marc VIAL, Mme Léa BRUN, M. Noé\n"
        "2 GIRARD, Mme Inès MOREL.\n"
        "3 Absent excusé : M. Yves RIOU (pouvoir à M. Alain ROUX)\n"
        "4 Secrétaire de séance : Mme Léa BRUN\n5\n"
        "6 1. Travaux de la salle des fêtes et\n7 de la bibliothèque municipale\n"
        "8 Adopté à l'unanimité.\n9\n10 2. Tarifs de la cantine\n11 Adopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["brun", "faye", "girard", "morel", "roux", "vial"]
    assert handed(extract.proxies) == [("riou", "roux")]
    assert extract.counts.present is None  # (no « 1 » read as a count)
    assert headings(extract) == [
        ("1", "Travaux de la salle des fêtes et de la bibliothèque municipale"),
        ("2", "Tarifs de la cantine"),
    ]
