"""Open-data CSVs exported by other software, whose header names the schema's columns in words
(« Numéro de l'acte ; Date de la séance ; Objet ; Pour ; Contre »; « Collectivité ;
Bénéficiaire ; Montant attribué (€) »): read as the schema's columns, said once to the
secretariat; a subsidies file without its grantor's column is told incomplete, naming the
column; a subsidies header is never read as deliberations. The files are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.render import finding_text, render
from storage.documents import DocumentError, ScdlFile, SubsidyFile
from storage.importer import parse_text

DELIBERATIONS = (
    "Numéro de l'acte;Date de la séance;Objet;Thème;Pour;Contre;Abstention\n"
    "2025-041;12/05/2025;Tarifs de la cantine;Enfance;15;2;0\n"
    "2025-042;12/05/2025;Subvention au club de foot;Sport;17;0;0\n"
)
SUBSIDIES = (
    "Collectivité,Bénéficiaire,Objet,Montant attribué (€),Date de la convention\n"
    "Commune de Vernay,Association Les Amis du Livre,Fonctionnement 2025,1500,01/03/2025\n"
)


def test_deliberations_headed_in_words() -> None:
    parsed = parse_text(DELIBERATIONS, Path("export.csv"))
    assert isinstance(parsed, ScdlFile)
    first = parsed.rows[0]
    assert (first.deliberation.number, first.deliberation.title) == (
        "2025-041",
        "Tarifs de la cantine",
    )
    assert str(first.sitting_date) == "2025-05-12"
    assert (first.deliberation.votes_for, first.deliberation.votes_against) == (15, 2)
    assert first.deliberation.matter == "Enfance"
    told = [finding_text(f) for f in parsed.findings]
    assert any("Numéro de l'acte (DELIB_ID)" in line for line in told)


def test_subsidies_headed_in_words() -> None:
    parsed = parse_text(SUBSIDIES, Path("subventions.csv"))
    assert isinstance(parsed, SubsidyFile)
    row = parsed.rows[0]
    assert (row.grantor, row.beneficiary, row.amount) == (
        "Commune de Vernay",
        "Association Les Amis du Livre",
        1500,
    )


@pytest.mark.parametrize(
    "header", ["Numéro;Bénéficiaire;Objet;Montant", "Bénéficiaire;Objet;Montant;Date"]
)
def test_subsidies_without_their_grantor_are_told_incomplete(header: str) -> None:
    text = f"{header}\n1;Association Les Amis du Livre;Fonctionnement 2025;1500\n"
    with pytest.raises(DocumentError) as raised:
        parse_text(text, Path("subventions.csv"))
    assert raised.value.code == "not_open_data"
    said = render("import_failure", code="not_open_data", p=raised.value.params)
    assert "nomAttribuant" in said


@pytest.mark.parametrize(
    "header",
    [
        "N° de délibération;Date séance;Intitulé;Voix pour;Voix contre;Abstentions",
        "Num. délibération;Date de la délibération;Libellé;Votes pour;Votes contre;Abstention",
    ],
)
def test_abbreviated_headers(header: str) -> None:
    parsed = parse_text(
        f"{header}\n2025-041;12/05/2025;Tarifs de la cantine;15;2;1\n", Path("x.csv")
    )
    assert isinstance(parsed, ScdlFile)
    record = parsed.rows[0].deliberation
    assert (record.number, record.title) == ("2025-041", "Tarifs de la cantine")
    assert (record.votes_for, record.votes_against, record.abstentions) == (15, 2, 1)
