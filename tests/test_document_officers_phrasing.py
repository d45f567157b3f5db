"""The chair, the secretary and the body as councils also write them: « Le conseil, présidé
par Mme X, maire », « Présidence : … Secrétariat : … » on one line, a bare « Conseil » or
« Comité » of a council of known kind. Invented documents, line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.documents import Person
from storage.parsing.extract import parse_extract
from tests.documents import flattened

HEAD = "COMMUNE DE BRIVALLON\nProcès-verbal de la séance du conseil municipal du 12 mars 2024\n\n"
TAIL = (
    "\nPrésents : M. Jean ROUX, Mme Anne BOZ, M. Paul VIAL.\n\n"
    "Délibération n° 2024-01 : Tarifs de la salle des fêtes\nAdoptée à l'unanimité.\n"
)
ROUX, BOZ, VIAL = (
    Person("ROUX", "Jean", "M."),
    Person("BOZ", "Anne", "Mme"),
    Person("VIAL", "Paul", "M."),
)


@pytest.mark.parametrize(
    ("block", "president", "secretary"),
    [
        ("Le conseil, présidé par Mme Anne BOZ, maire, s'est réuni à 20 h.\n", BOZ, None),
        ("Présidence : M. Jean ROUX. Secrétariat : M. Paul VIAL.\n", ROUX, VIAL),
        ("Présidence : M. Jean ROUX ; secrétariat : Mme Anne BOZ.\n", ROUX, BOZ),
    ],
)
def test_officers_as_councils_write_them(
    block: str, president: Person, secretary: Person | None, shape: str
) -> None:
    text = HEAD + block + TAIL
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert (extract.president, extract.secretary) == (president, secretary)


@pytest.mark.parametrize(
    ("heading", "body", "kind"),
    [
        ("MÉTROPOLE DU VAL D'ARGENS\nRÉUNION DU CONSEIL DU 30 JUIN 2025", "Conseil Métropolitain",
         "métropole"),
        ("COMMUNE DE BRIVALLON\nCONSEIL MUNCIPAL DU 12 MARS 2024", "Conseil Municipal", "commune"),
        ("SYNDICAT DES EAUX DU HAUT-LIGNON\nRéunion du comité du 3 avril 2025", "Comité Syndical",
         "syndicat"),
    ],
)  # fmt: skip
def test_a_bare_assembly_is_the_one_of_its_councils_kind(
    heading: str, body: str, kind: str
) -> None:
    """A « Conseil » of no kind beside the « Conseil Métropolitain » of the same council
    would split one assembly's sittings in two."""
    extract = parse_extract(
        heading + "\n\nPrésents : M. Jean ROUX, Mme Anne BOZ.\n\n"
        "Délibération n° 2025-01 : Tarifs\nAdoptée à l'unanimité.\n"
    )
    assert extract.body == body
    assert extract.council is not None
    assert extract.council.kind == kind
