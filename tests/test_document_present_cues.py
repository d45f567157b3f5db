"""Present lists under cues other than « Présents » / « Étaient présents »: « Assistaient à la
séance : », « Membres élus présents : » / « Membres nommés présents : » (a CCAS's board), in
capitals, line-broken and flattened; staff « assistant également » are no members."""

from __future__ import annotations

import pytest

from storage.names import fold
from storage.parsing.extract import parse_extract

DOCUMENT = """COMMUNE DE LAVERGNE-SUR-AUZON
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 2 JUIN 2025

{cue} : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves
CARRE, Mme Jade PICARD.
Excusés : M. Marc TISSOT.
Assistaient également à la séance : M. Jean BLOT, directeur général des services.
Secrétaire de séance : Mme Elsa MOULIN

Délibération n° 2025-40 Réfection de la voirie communale
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", ["lines", "flattened"])
@pytest.mark.parametrize(
    "cue",
    [
        "Assistaient à la séance",
        "ASSISTAIENT À LA SÉANCE",
        "Assistaient",
        "Membres élus présents",
        "Membres nommés présents",
        # the members named by their council's kind, or the board's
        "Conseillers départementaux présents",
        "Conseillers régionaux présents",
        "Conseillers syndicaux présents",
        "Administrateurs présents",
        # the feminine and the plural in brackets
        "Présent(e)s",
        "Présente(s)",
        "Présent(e)(s)",
    ],
)
def test_other_present_cues_open_the_present_list(cue: str, shape: str) -> None:
    text = DOCUMENT.format(cue=cue)
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    assert [fold(p.last_name) for p in extract.present] == ["giraud", "moulin", "carre", "picard"]
    assert [fold(p.last_name) for p in extract.absent_excused] == ["tissot"]


def test_board_members_elected_and_named_make_one_present_list() -> None:
    text = DOCUMENT.format(cue="Membres élus présents").replace(
        "Excusés", "Membres nommés présents : Mme Rose DUVAL, M. Samuel KLEIN.\nExcusés"
    )
    extract = parse_extract(text)
    assert [fold(p.last_name) for p in extract.present] == [
        "giraud",
        "moulin",
        "carre",
        "picard",
        "duval",
        "klein",
    ]


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("Excusée(s)", "absent_excused"),
        ("Excusé(e)(s)", "absent_excused"),
        ("Conseillers départementaux excusés", "absent_excused"),
        ("Administratrices absentes", "absent"),
        ("Absent(e)(s)", "absent"),
    ],
)
def test_absence_cues_in_every_gender_and_number_are_no_presents(cue: str, kind: str) -> None:
    """« Excusée(s) : Mme X » did not open a list: Mme X was filed among the presents."""
    text = DOCUMENT.format(cue="Présents").replace("Excusés", cue)
    extract = parse_extract(text)
    assert [fold(p.last_name) for p in extract.present] == ["giraud", "moulin", "carre", "picard"]
    assert [fold(p.last_name) for p in getattr(extract, kind)] == ["tissot"]


@pytest.mark.parametrize("shape", ["lines", "flattened"])
@pytest.mark.parametrize(
    "advisers",
    [
        "Membres présents avec voix consultative : M. le Colonel Luc GRAS, DIRECTEUR"
        " DÉPARTEMENTAL ; Mme Anne VIDAL, payeur départemental.",
        "Présents avec voix consultative : M. Luc GRAS, directeur départemental des services"
        " d'incendie et de secours.",
        "Avec voix consultative : M. Luc GRAS (DIRECTEUR DÉPARTEMENTAL), Mme Anne VIDAL.",
        "À titre consultatif : M. Luc GRAS, Mme Anne VIDAL.",
    ],
)
def test_those_sitting_without_a_vote_are_no_members(advisers: str, shape: str) -> None:
    """A SDIS's or a syndicat's director and paymaster « avec voix consultative » were counted
    present, their functions read as names (« DIRECTEUR DÉPARTEMENTAL »)."""
    text = DOCUMENT.format(cue="Membres présents avec voix délibérative").replace(
        "Excusés", advisers + "\nExcusés"
    )
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    assert [fold(p.last_name) for p in extract.present] == ["giraud", "moulin", "carre", "picard"]
    assert [fold(p.last_name) for p in extract.absent_excused] == ["tissot"]
