"""Headings that made a whole document refused, or its sitting undated: each written here as a
council could write it (invented names and places), read as printed and flattened where the
shape survives flattening. A document refused loses everything in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storage.documents import Extract
from storage.importer import parse_text
from storage.parsing.extract import parse_extract
from tests.documents import flattened

WEEKDAY_OPENING = """\
COMMUNE DE VAUGRENIER-LES-BOIS
Procès-verbal de la séance du conseil municipal

L'an deux mille vingt-quatre, le jeudi premier février, à vingt heures trente, le conseil
municipal, légalement convoqué, s'est réuni en mairie sous la présidence de M. Hervé DUCLOUX,
maire.

Présents : M. Hervé DUCLOUX, Mme Agnès PITAVAL, M. Rémi FOURNEL, Mme Léa CHAPUIS.
Excusé : M. Paul VERNET.
Secrétaire de séance : Mme Léa CHAPUIS.

Délibération n° 2024-03 : Tarifs de la cantine scolaire
Adoptée à l'unanimité.
"""

INITIALS_HEADING = """\
Commune de Saint-Pons-la-Côte — PV du CM du 05/06/24

Présents : Mme Odile RAVEL, M. Noël GIRAUD, M. Yann PERRET.
Secrétaire : M. Yann PERRET.

Délibération n° 2024-21 : Vente d'un terrain communal
Adoptée à l'unanimité.
"""

ONE_PARAGRAPH = (
    "SDIS 2B — Bureau du conseil d'administration — Extrait de délibération n° B-24-017 du"
    " 14 octobre 2024. Membres : 7 en exercice, 6 présents, 6 votants. Objet : Acquisition d'un"
    " véhicule de secours routier, d'un montant de 180 000 €, et de deux remorques, selon le"
    " marché, lot 2, attribué le 3 septembre. Décision : adoptée à l'unanimité.\n"
)

LETTERHEADS = """\
{brand}
{name}
Procès-verbal du conseil communautaire — séance du 12 mars 2024

Présents : M. Jean ROUSSEL, Mme Anne BOZON, M. Luc TERRIER.
Secrétaire de séance : Mme Anne BOZON.

Délibération n° CC-2024-014 – Fonds de concours aux communes
Adoptée à l'unanimité.

Délibération CC-2024-014 – 1
"""


def _read(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


def test_an_opening_formula_with_its_weekday_dates_the_sitting(shape: str) -> None:
    """« L'an deux mille vingt-quatre, le jeudi premier février »: the weekday between « le »
    and the day lost the year written before it, and the document was refused."""
    extract = _read(WEEKDAY_OPENING, shape)
    assert extract.sitting_date == date(2024, 2, 1)
    assert [item.deliberation.number for item in extract.items] == ["2024-03"]
    figures = WEEKDAY_OPENING.replace("le jeudi premier février", "le lundi 4 décembre")
    assert _read(figures, shape).sitting_date == date(2024, 12, 4)


def test_minutes_and_body_written_in_initials_are_a_sitting(shape: str) -> None:
    """« PV du CM du 05/06/24 »: the minutes, the body and a two-figure year, abbreviated as
    small communes write them, were « ni extrait, ni procès-verbal »."""
    extract = _read(INITIALS_HEADING, shape)
    assert extract.sitting_date == date(2024, 6, 5)
    assert extract.council is not None
    assert extract.council.name == "Commune de Saint-Pons-la-Côte"
    assert extract.body == "Conseil Municipal"


def test_an_extract_written_as_one_paragraph_is_no_csv(tmp_path: Path) -> None:
    """Commas and « ; » in one long line made a .txt extract « a CSV of another schema »; the
    date after its number is the document's own, not another act's."""
    parsed = parse_text(ONE_PARAGRAPH, tmp_path / "extrait.txt")
    assert isinstance(parsed, Extract)
    assert parsed.sitting_date == date(2024, 10, 14)
    assert parsed.council is not None
    assert (parsed.council.name, parsed.council.kind) == ("SDIS 2B", "sdis")
    assert [item.deliberation.number for item in parsed.items] == ["B-24-017"]


@pytest.mark.parametrize(
    ("brand", "name", "council"),
    [
        # the kind in initials, an ampersand in the name
        ("", "CC Val de Saône & Vingeanne", "CC Val de Saône & Vingeanne"),
        # a brand line with figures above the name: neither a name nor an act's number
        ("VSV 21-Est – Territoire (logo)", "Communauté de communes Val de Saône",
         "Communauté de communes Val de Saône"),
    ],
)  # fmt: skip
def test_a_letterhead_in_initials_or_under_a_brand_names_the_council(
    brand: str, name: str, council: str
) -> None:
    extract = parse_extract(LETTERHEADS.format(brand=brand, name=name))
    assert extract.council is not None
    assert extract.council.name == council
    assert extract.council.kind == "communauté de communes"
    assert extract.sitting_date == date(2024, 3, 12)
    # the running footer « Délibération CC-2024-014 – 1 » is a page's, not a second act
    assert [item.deliberation.number for item in extract.items] == ["CC-2024-014"]
    assert extract.items[0].deliberation.outcome == "adopted"


DATE_APART = """\
{council}
{title}
{date_line}

Présents : M. Gaël ROUCHON, Maire, Mme Lise TAVERNIER, M. Bruno ESCOFFIER, Mme Nadia KHELIF.
Excusé : M. Yves PEYRARD.

1 - Tarifs du centre de loisirs
Le conseil, à l'unanimité, approuve les tarifs.
"""


@pytest.mark.parametrize(
    ("council", "title", "date_line", "day"),
    [
        # a title that says the minutes were approved is no approval date
        ("COMMUNE DE MARLHES-EN-FOREZ", "COMPTE RENDU APPROUVÉ DU CONSEIL MUNICIPAL",
         "du jeudi 23 mai 2024", date(2024, 5, 23)),
        ("COMMUNAUTÉ DE COMMUNES DES MONTS DU VELAY", "Procès-verbal approuvé du bureau",
         "Séance du 2 février 2023", date(2023, 2, 2)),
        # the date under a blank line, after the title, with the hour and the room
        ("COMMUNAUTÉ DE COMMUNES DES MONTS DU VELAY", "COMPTE RENDU SOMMAIRE\nDU CONSEIL"
         " COMMUNAUTAIRE\n", "Mardi 21 novembre 2023 – 18h30 – Salle des fêtes",
         date(2023, 11, 21)),
        ("SYNDICAT DES EAUX DU HAUT-LIGNON", "Réunion du comité syndical\n",
         "12 octobre 2023 – 17h30 – Salle de la Forge", date(2023, 10, 12)),
        # the date as a heading's field
        ("MAIRIE DE CHAZELLES", "COMPTE-RENDU\n", "Date : 12/10/2023\nLieu : salle du conseil",
         date(2023, 10, 12)),
        ("MAIRIE DE CHAZELLES", "Conseil municipal", "Date de la séance : 7 mars 2025",
         date(2025, 3, 7)),
    ],
)  # fmt: skip
def test_a_date_standing_apart_from_its_title_dates_the_sitting(
    council: str, title: str, date_line: str, day: date
) -> None:
    """The date on a line of its own under the title, after a blank line, as a « Date : »
    field, or under a title saying the minutes were approved: the whole document was refused
    as « ni extrait de délibération, ni procès-verbal »."""
    extract = parse_extract(DATE_APART.format(council=council, title=title, date_line=date_line))
    assert extract.sitting_date == day
    # (its one point, placed but unnumbered, keeps its title)
    assert [(i.deliberation.title, i.deliberation.outcome) for i in extract.items] == [
        ("Tarifs du centre de loisirs", "adopted")
    ]


@pytest.mark.parametrize(
    "heading",
    [
        # an approval's, a convocation's and a posting's dates stay theirs, above or apart
        "PROCÈS-VERBAL DU CONSEIL MUNICIPAL\nApprouvé le 14 juin 2024\n",
        "PROCÈS-VERBAL APPROUVÉ LE 14 JUIN 2024\n",
        "CONSEIL MUNICIPAL\nDate de convocation : 3 juin 2024\n",
        "CONSEIL MUNICIPAL\n\nDate d'affichage : 20 juin 2024\n",
    ],
)
def test_a_dated_field_of_another_act_does_not_date_the_sitting(heading: str) -> None:
    text = DATE_APART.format(
        council="COMMUNE DE PÉLUSSIN", title=heading, date_line="Séance du 11 juin 2024"
    )
    assert parse_extract(text).sitting_date == date(2024, 6, 11)
