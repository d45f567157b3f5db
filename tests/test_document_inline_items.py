"""Minutes whose items print the agenda's ordinal, the title and the act's number on one line
(« 2 - Tarifs de la cantine scolaire. Délibération n° 2025-008. Adopté à l'unanimité. »), with a
departure between two items. The same invented document is read three ways: as printed, with
every line break lost, and with the ordinal, number and vote each on their own line. Expected
values were decided by reading the document, before the reader ran on it.
"""

from __future__ import annotations

from datetime import date

import pytest

from storage.names import fold
from storage.parsing.extract import parse_extract

HEAD = """\
COMMUNE DE VALBRUNE-SUR-LOIRE — PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU MARDI 11 FÉVRIER 2025
L'an deux mille vingt-cinq, le onze février à vingt heures, le Conseil Municipal de la commune de Valbrune-sur-Loire, dûment convoqué le 4 février, s'est réuni en séance publique sous la présidence de Madame Hélène VIGNAL, Maire.
Conseillers en exercice : 19 - Présents : 14 - Votants : 17
Etaient présents : Mmes et MM. Hélène VIGNAL, Bruno FAURE, Claire DUMONT-ROCHE, Ahmed BENSALAH, Lucie VAN DER BERG, Pierre-Yves GRANGE, Marie LOPEZ, Jacques TESTUD, Anne CHAMBON, Rémi PELLETIER, Sophie ROUX, Denis MARTY, Laure GIRAUD, Nicolas BAYLE.
Pouvoirs : Mme Irène COSTE à M. Bruno FAURE ; M. Hugo RAMEL à Mme Hélène VIGNAL ; Mme Nadia FERRAND à M. Denis MARTY.
Absents excusés : M. Olivier BRUN, Mme Cécile AUBERT.
Secrétaire de séance : Mme Laure GIRAUD.
Approbation du procès-verbal de la séance du 17 décembre 2024 : adopté à l'unanimité.
"""  # noqa: E501

INLINE = (
    HEAD
    + """\
1 - Budget primitif 2025. Délibération n° 2025-007. Après en avoir délibéré, le Conseil Municipal adopte le budget primitif 2025. Votes : 14 pour, 2 contre (M. Denis MARTY, Mme Nadia FERRAND), 1 abstention.
M. Nicolas BAYLE quitte la séance.
2 - Tarifs de la cantine scolaire. Délibération n° 2025-008. Adopté à l'unanimité.
"""  # noqa: E501
)

SEPARATE = (
    HEAD
    + """\
1 - Budget primitif 2025
Délibération n° 2025-007
Après en avoir délibéré, le Conseil Municipal adopte le budget primitif 2025.
Votes : 14 pour, 2 contre (M. Denis MARTY, Mme Nadia FERRAND), 1 abstention.
M. Nicolas BAYLE quitte la séance.
2 - Tarifs de la cantine scolaire
Délibération n° 2025-008
Adopté à l'unanimité.
"""
)

# The same items in other hands: the ordinal alone above its title, the ordinal then the act's
# number then the title, an upper-case cue after « N) ».
ORDINAL_ALONE = (
    HEAD
    + """\
1.
Budget primitif 2025
Délibération n° 2025-007
Après en avoir délibéré, le Conseil Municipal adopte le budget primitif 2025.
Votes : 14 pour, 2 contre (M. Denis MARTY, Mme Nadia FERRAND), 1 abstention.
M. Nicolas BAYLE quitte la séance.
2.
Tarifs de la cantine scolaire
Délibération n° 2025-008
Adopté à l'unanimité.
"""
)
NUMBER_FIRST = (
    HEAD
    + """\
1 - Délibération n° 2025-007 - Budget primitif 2025. Après en avoir délibéré, le Conseil Municipal adopte le budget primitif 2025. Votes : 14 pour, 2 contre (M. Denis MARTY, Mme Nadia FERRAND), 1 abstention.
M. Nicolas BAYLE quitte la séance.
2 - Délibération n° 2025-008 - Tarifs de la cantine scolaire. Adopté à l'unanimité.
"""  # noqa: E501
)
UPPER_CASE = (
    HEAD
    + """\
1) Budget primitif 2025. DÉLIBÉRATION N° 2025-007. Après en avoir délibéré, le Conseil Municipal adopte le budget primitif 2025. Votes : 14 pour, 2 contre (M. Denis MARTY, Mme Nadia FERRAND), 1 abstention.
M. Nicolas BAYLE quitte la séance.
2) Tarifs de la cantine scolaire. DÉLIBÉRATION N° 2025-008. Adopté à l'unanimité.
"""  # noqa: E501
)


def flattened(text: str) -> str:
    return " ".join(text.split("\n"))


SHAPES = {
    "inline": INLINE,
    "flattened": flattened(INLINE),
    "separate-lines": SEPARATE,
    "ordinal-alone": ORDINAL_ALONE,
    "ordinal-alone-flattened": flattened(ORDINAL_ALONE),
    "number-first": NUMBER_FIRST,
    "number-first-flattened": flattened(NUMBER_FIRST),
    "upper-case": UPPER_CASE,
    "upper-case-flattened": flattened(UPPER_CASE),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_items_with_ordinal_title_and_number(shape: str) -> None:
    extract = parse_extract(SHAPES[shape])
    assert extract.sitting_date == date(2025, 2, 11)
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (
        19,
        14,
        17,
    )
    assert len(extract.items) == 2
    first, second = extract.items
    assert [first.ordinal, second.ordinal] == ["1", "2"]
    assert first.deliberation.number == "2025-007"
    assert second.deliberation.number == "2025-008"
    assert first.deliberation.title == "Budget primitif 2025"
    assert second.deliberation.title == "Tarifs de la cantine scolaire"

    vote = first.deliberation
    assert vote.outcome == "adopted"
    assert vote.unanimous is False
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (14, 2, 1)
    assert [fold(p.last_name) for p in first.against] == ["marty", "ferrand"]
    assert first.abstaining == []
    assert first.away == []

    assert second.deliberation.outcome == "adopted"
    assert second.deliberation.unanimous is True
    assert [fold(p.last_name) for p in second.away] == ["bayle"]
    assert extract.deliberation is first.deliberation


# No ordinal: the title opens the printed line, the act's number closes its sentence.
NO_ORDINAL = (
    HEAD
    + """\
Budget primitif 2025. Délibération n° 2025-007. Après en avoir délibéré, le Conseil Municipal adopte le budget primitif 2025. Votes : 14 pour, 2 contre (M. Denis MARTY, Mme Nadia FERRAND), 1 abstention.
M. Nicolas BAYLE quitte la séance.
Tarifs de la cantine scolaire. Délibération n° 2025-008. Adopté à l'unanimité.
"""  # noqa: E501
)


def test_a_title_opening_the_numbers_line_without_ordinal() -> None:
    extract = parse_extract(NO_ORDINAL)
    assert [item.deliberation.number for item in extract.items] == ["2025-007", "2025-008"]
    assert [item.deliberation.title for item in extract.items] == [
        "Budget primitif 2025",
        "Tarifs de la cantine scolaire",
    ]
    assert [item.ordinal for item in extract.items] == [None, None]
    assert [fold(p.last_name) for p in extract.items[1].away] == ["bayle"]


def test_a_vote_below_the_number_is_never_read_as_the_title() -> None:
    # flattened, the sentence before the number may be the title or the end of the item
    # before: not known, and « Adopté à l'unanimité. » below the number must not stand for it
    extract = parse_extract(flattened(NO_ORDINAL))
    assert [item.deliberation.number for item in extract.items] == ["2025-007", "2025-008"]
    for item, expected in zip(
        extract.items, ["Budget primitif 2025", "Tarifs de la cantine scolaire"], strict=True
    ):
        assert item.deliberation.title in (None, expected)
    assert extract.items[1].deliberation.unanimous is True
    assert [fold(p.last_name) for p in extract.items[1].away] == ["bayle"]


def test_a_documents_heading_before_the_number_is_no_title() -> None:
    text = NO_ORDINAL.replace(
        "Budget primitif 2025. Délibération n° 2025-007.",
        "Extrait du registre des délibérations. Délibération n° 2025-007.",
    )
    extract = parse_extract(text)
    assert extract.items[0].deliberation.number == "2025-007"
    assert extract.items[0].deliberation.title is None
    assert extract.items[1].deliberation.title == "Tarifs de la cantine scolaire"


@pytest.mark.parametrize("shape", list(SHAPES))
def test_one_item_alone_keeps_its_title(shape: str) -> None:
    # the minutes cut after the first item: read as one deliberation
    one = SHAPES[shape].split("M. Nicolas BAYLE quitte")[0]
    extract = parse_extract(one)
    assert len(extract.items) == 1
    record = extract.deliberation
    assert (record.number, record.title) == ("2025-007", "Budget primitif 2025")
    assert (record.votes_for, record.votes_against, record.abstentions) == (14, 2, 1)
