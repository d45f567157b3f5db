"""A bare body heading (« BUREAU » alone on its line, « Séance du Bureau ») under a letterhead
that prints the collectivité's kind: the bureau of that kind (« Bureau Communautaire », « Bureau
Métropolitain », « Bureau Syndical »), never invented when no kind is printed. The documents
are invented and read as printed and flattened (the `shape` fixture)."""

from __future__ import annotations

import pytest

from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import printed, read


@pytest.mark.parametrize(
    ("name", "body", "kind"),
    [
        ("communaute-bureau-bare-heading.txt", "bureau communautaire", "communaute de communes"),
        ("syndicat-bureau-seance-du-bureau.txt", "bureau syndical", "syndicat"),
    ],
)
def test_a_bare_bureau_takes_the_printed_kind(name: str, body: str, kind: str, shape: str) -> None:
    extract = read(name, shape)
    assert fold(extract.body or "") == body
    assert extract.council is not None
    assert fold(extract.council.kind or "") == kind
    assert fold(extract.evidence["body"]["text"]).startswith("bureau")


def test_a_metropole_bureau_in_capitals(shape: str) -> None:
    extract = parse_extract(
        printed(
            "MÉTROPOLE DU GRAND VALRHÔNE\nBUREAU\nRéunion du 2 juillet 2025\n"
            "Présents : M. Hugo ARNOUX, Mme Inès BOYER.\n"
            "Délibération n° B2025-201 : Tarifs des parkings relais\n"
            "Après en avoir délibéré, fixe les tarifs.\nAdopté à l'unanimité.\n",
            shape,
        )
    )
    assert extract.body == "Bureau Métropolitain"


def test_no_kind_printed_keeps_the_bureau_as_printed(shape: str) -> None:
    extract = read("bureau-without-council.txt", shape)
    assert extract.council is None
    assert extract.body == "Bureau"


@pytest.mark.parametrize(
    "register",
    [
        "Extrait du registre des délibérations du bureau",
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU",
    ],
)
def test_a_metropole_s_name_stops_before_its_register(register: str, shape: str) -> None:
    """Flattened, « Métropole de Vernay Extrait du registre … »: the name ends before the
    register's words, as it does before a compte rendu's."""
    extract = parse_extract(
        printed(
            f"Métropole de Vernay\n{register}\nSéance du 3 mars 2025\n"
            "Présents : M. Paul FAYE, Mme Claire ROUX.\n"
            "Délibération n° B-2025-01 : Tarifs\nAdopté à l'unanimité.\n",
            shape,
        )
    )
    assert extract.council is not None
    assert extract.council.name == "Métropole de Vernay"
    assert extract.body == "Bureau Métropolitain"
