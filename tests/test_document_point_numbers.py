"""Items headed « POINT N° k : TITRE » with their act's number in parentheses on the next line
(« (Délibération 2025_10_01) »), and act numbers whose prefix runs into the figures without a
separator (« DCM2025044 »), line-broken and flattened: every item found, each with its number."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract

MINUTES = """COMMUNE DE SERVANNES-SUR-DROME
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 21 MAI 2025

Présents : M. Hugo PONS, Mme Claire ROUX, M. Léo FAVRE, Mme Nadia BRUN.
Secrétaire de séance : Mme Claire ROUX

POINT N° 1 : RÉFECTION DE LA TOITURE DE L'ÉGLISE
(Délibération 2025_05_01)
Adopté à l'unanimité.

POINT N° 2 : CRÉATION D'UN EMPLOI SAISONNIER
(Délibération DCM2025044)
Pour : 3 – Contre : 1 – Abstention : 0
Adopté.

POINT N° 3 : TARIFS DE LA CANTINE
(délibération 25-118)
Rejeté à la majorité.

4 - Convention avec le centre de secours
Délibération n° DCM2025046
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", ["lines", "flattened"])
def test_point_headings_and_numbers_without_separators(shape: str) -> None:
    text = " ".join(MINUTES.split()) if shape == "flattened" else MINUTES
    extract = parse_extract(text)
    got = [
        (item.ordinal, item.deliberation.number, item.deliberation.outcome)
        for item in extract.items
    ]
    assert got == [
        ("1", "2025_05_01", "adopted"),
        ("2", "DCM2025044", "adopted"),
        ("3", "25-118", "rejected"),
        ("4", "DCM2025046", "adopted"),
    ]
    assert extract.items[0].deliberation.title == "RÉFECTION DE LA TOITURE DE L'ÉGLISE"
    assert extract.items[1].deliberation.votes_against == 1


@pytest.mark.parametrize("written", ["DCM 2025-20 du 3 mars", "n° 2025020", "2025020"])
def test_a_figure_alone_or_a_reference_is_no_prefixed_number(written: str) -> None:
    """Only a prefix in capitals run into a year makes « DCM2025020 » an act number."""
    text = MINUTES.replace("Délibération n° DCM2025046", f"Vu la délibération {written}")
    numbers = [item.deliberation.number for item in parse_extract(text).items]
    assert "DCM2025046" not in numbers
    assert numbers[:3] == ["2025_05_01", "DCM2025044", "25-118"]


def test_act_numbers_printed_alike_under_each_point_are_no_page_header() -> None:
    """« (Délibération DCM2025051) », « (Délibération DCM2025052) »…: one shape, its figures
    changing, like a running footer; each is its point's number all the same."""
    points = "\n".join(
        f"POINT N° {k} : OBJET NUMÉRO {k}\n(Délibération DCM20250{50 + k})\nAdopté.\n"
        for k in range(1, 6)
    )
    extract = parse_extract(MINUTES.split("POINT N° 1")[0] + points)
    assert [item.deliberation.number for item in extract.items] == [
        f"DCM20250{50 + k}" for k in range(1, 6)
    ]
