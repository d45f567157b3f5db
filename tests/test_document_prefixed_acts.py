"""An item's place on the agenda printed before its act's number (« 1) Délibération 25-021 —
Titre », « Point n° 2 - Délibération … », « Affaire n° 3 — … », « II - DÉLIBÉRATION … »,
« 3°) Délibération … », « 1. CIAS-2025-21 Titre »): the item keeps both, its number read and its
title without them; and a figure no vote has (fifty thousand digits) is no figure, not a crash."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract

SHAPES = ("lines", "flattened")

MINUTES = """COMMUNE DE MARLIEUX-LES-ÉTANGS
Procès-verbal de la séance du conseil municipal du 12 juin 2025
Conseillers en exercice : 7 - Présents : 5 - Votants : 5
Présents : M. Jean ABRY, Mme Rose BAUD, M. Luc COLLET, Mme Ida DUNAND, M. Guy FAVRE.
Secrétaire de séance : Mme Rose BAUD

{0}Délibération 25-021 — Création d'un poste d'adjoint technique
Adopté à l'unanimité.

{1}Délibération 25-022 — Tarifs de la cantine scolaire
Pour : 4 Contre : 1 Abstention : 0
Adopté.

{2}Délibération 25-023 — Subvention au sou des écoles
Adopté à l'unanimité.
"""

PREFIXES = {
    "bracket": ("1) ", "2) ", "3) "),
    "point": ("Point n°1 - ", "Point n°2 - ", "Point n°3 - "),
    "affaire": ("Affaire n° 1 — ", "Affaire n° 2 — ", "Affaire n° 3 — "),
    "roman": ("I - ", "II - ", "III - "),
    "dot": ("1. ", "2. ", "3. "),
    "degree": ("1°) ", "2°) ", "3°) "),
}


def _read(text: str, shape: str) -> Extract:
    return parse_extract(" ".join(text.split()) if shape == "flattened" else text)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("prefix", sorted(PREFIXES))
def test_an_ordinal_before_the_act_keeps_its_number(shape: str, prefix: str) -> None:
    extract = _read(MINUTES.format(*PREFIXES[prefix]), shape)
    assert [(item.deliberation.number, item.deliberation.title) for item in extract.items] == [
        ("25-021", "Création d'un poste d'adjoint technique"),
        ("25-022", "Tarifs de la cantine scolaire"),
        ("25-023", "Subvention au sou des écoles"),
    ]
    ordinals = [item.ordinal for item in extract.items]
    assert ordinals == (["I", "II", "III"] if prefix == "roman" else ["1", "2", "3"])
    assert [item.deliberation.votes_for for item in extract.items] == [5, 4, 5]


LETTERED = """CENTRE INTERCOMMUNAL D'ACTION SOCIALE DU PAYS DE GEX
Procès-verbal du conseil d'administration du 3 avril 2025
Présents : M. Jean ABRY, Mme Rose BAUD, M. Luc COLLET, Mme Ida DUNAND.
1. CIAS-2025-21 Budget primitif 2025 du service d'aide à domicile
Adopté à l'unanimité.
2. CIAS-2025-22 Tarifs du portage de repas
Adopté à l'unanimité.
3°) Délibération 2025-11-01 — Décision modificative n° 3 : votée par 3 voix pour, 1 contre.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_lettered_numbers_after_ordinals_and_a_vote_on_the_heading(shape: str) -> None:
    extract = _read(LETTERED, shape)
    assert [(i.ordinal, i.deliberation.number) for i in extract.items] == [
        ("1", "CIAS-2025-21"),
        ("2", "CIAS-2025-22"),
        ("3", "2025-11-01"),
    ]
    last = extract.items[2].deliberation
    assert last.title == "Décision modificative n° 3"
    assert (last.votes_for, last.votes_against, last.outcome) == (3, 1, "adopted")


def test_a_figure_of_fifty_thousand_digits_is_no_figure() -> None:
    text = (
        "COMMUNE DE TESTVILLE\nSéance du conseil municipal du 3 mars 2025\n"
        "Délibération n° 2025-01 – Tarifs\n"
        f"Pour : {'1' * 50_000}\nAdopté à l'unanimité ({'2' * 50_000} voix).\n"
    )
    extract = parse_extract(text)
    assert extract.deliberation.number == "2025-01"
    assert extract.deliberation.votes_for is None


# A bureau's acts numbered by one letter and a two-figure year (« B26-064 – Titre »): each an
# item with its number, title and vote, in every separator; never a line that only looks so
ONE_LETTER = """SYNDICAT MIXTE DES EAUX DU FURAN
Bureau syndical du 9 mars 2026
Présents : M. Jean ABRY, Mme Rose BAUD, M. Luc COLLET
Secrétaire de séance : Mme Rose BAUD

B26{0}014 – Tarifs de la redevance d'assainissement
Pour : 3 - Contre : 0 - Abstention : 0

B26{0}015 – Convention de fourrière animale
Votes : 2 pour, 1 contre. ADOPTÉ
"""


@pytest.mark.parametrize("separator", ["-", ".", "/", "_"])
def test_one_letter_and_a_short_year_number_an_act(separator: str) -> None:
    # (line by line: a flattened text is not yet cut before such a number)
    extract = _read(ONE_LETTER.format(separator), "lines")
    assert [
        (item.deliberation.number, item.deliberation.title, item.deliberation.votes_for)
        for item in extract.items
    ] == [
        (f"B26{separator}014", "Tarifs de la redevance d'assainissement", 3),
        (f"B26{separator}015", "Convention de fourrière animale", 2),
    ]


def test_a_letter_and_figures_in_a_sentence_are_no_act() -> None:
    text = ONE_LETTER.format("-").replace(
        "B26-015 – Convention", "La route D12-4 – dite des Granges – est fermée. Convention"
    )
    extract = _read(text, "lines")
    assert [item.deliberation.number for item in extract.items] == ["B26-014"]
