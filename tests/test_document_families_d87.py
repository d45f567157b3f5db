"""A small commune's extract: « Nombre de membres afférents au Conseil municipal : 11 / En
exercice : 11 / Qui ont pris part à la délibération : 9 » (the votants, under the words the
law's old form used), then « Date d'affichage : … » and the opening formula « L'an deux mille
vingt-cinq, le neuf décembre, … »: flattened, that formula ran on after the stamp's date and
the sitting's date was lost; it opens its own part now. The documents are invented."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, read


def test_the_votants_and_the_date_of_an_old_form_extract(shape: str) -> None:
    extract = read("commune-extrait-afferents-pris-part-opening-after-stamp.txt", shape)
    assert str(extract.sitting_date) == "2025-12-09"
    assert str(extract.convened_on) == "2025-12-02"
    assert (extract.counts.in_office, extract.counts.votes) == (11, 9)
    assert extract.items[0].deliberation.votes_for == 9


@pytest.mark.parametrize(
    ("counts", "votes"),
    [
        ("En exercice : 15\nAyant pris part au vote : 12", 12),
        ("En exercice : 15 – Présents : 11 – Qui ont pris part à la délibération : 12", 12),
    ],
)
def test_who_took_part_is_the_votants(counts: str, votes: int, shape: str) -> None:
    text = (
        "COMMUNE DE CHALMAZEL\nConseil municipal du 4 décembre 2025\n"
        f"{counts}\nPrésents : M. Luc ARNAUD, Mme Anne BRUN\n1. Tarifs\nAdopté.\n"
    )
    assert parse_extract(printed(text, shape)).counts.votes == votes


def test_the_opening_formula_after_a_stamp_s_date() -> None:
    text = (
        "COMMUNE DE CHALMAZEL\nExtrait du registre des délibérations\n"
        "Date d'affichage : 15 décembre 2025 L'an deux mil vingt-cinq, le quatre décembre, "
        "le conseil municipal s'est réuni.\nPrésents : M. Luc ARNAUD, Mme Anne BRUN\n"
        "Délibération n° 2025-30 Tarifs\nAdopté à l'unanimité.\n"
    )
    assert str(parse_extract(printed(text, "flattened")).sitting_date) == "2025-12-04"
