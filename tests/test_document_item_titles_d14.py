"""An item's act number and title where more councils print them: the number after the title
(« 1°) Titre – Délibération n° 13/2024 », or cut to the next line), on the line under an ordinal
heading (« POINT N° 1 – Titre » / « Délibération n° 141/2021 », one item or several), and a
title that stops where the exposé begins (« Entendu l'exposé du rapporteur, … », « Le
rapporteur expose … ») instead of taking it. Invented documents, line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from tests.documents import flattened

MINUTES = """COMMUNE DE BRIVALLON
Procès-verbal de la séance du conseil municipal du 9 avril 2026
Présents : Mme Odile FAURIEL, M. Benoît MAZARGUES, Mme Alix TRONCHET
"""
EXTRACT = """COMMUNE DE BRIVALLON
Extrait du registre des délibérations du conseil municipal
Séance du 9 avril 2026
Présents : Mme Odile FAURIEL, M. Benoît MAZARGUES, Mme Alix TRONCHET
"""


def _items(text: str, shape: str) -> list[tuple[str | None, str | None]]:
    extract: Extract = parse_extract(flattened(text) if shape == "flattened" else text)
    return [(i.deliberation.number, i.deliberation.title) for i in extract.items]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "second",
    [
        "2°) Tarifs de la cantine – Délibération n° 2026-014",
        "2°) Tarifs de la cantine – Délibération n°\n2026-014",
    ],
)
def test_the_act_s_number_after_the_title(second: str, shape: str) -> None:
    text = (
        MINUTES + "1°) Plan de financement de la maison de santé – Délibération n° 13/2026\n"
        "Le Maire présente le rapport. Après discussion, il est procédé au vote.\n"
        "Vote : unanimité\n"
        f"{second}\n"
        "Le Maire présente le rapport. Après discussion, il est procédé au vote.\n"
        "Votes : 20 pour, 3 contre\n"
    )
    assert _items(text, shape) == [
        ("13/2026", "Plan de financement de la maison de santé"),
        ("2026-014", "Tarifs de la cantine"),
    ]


POINT = """POINT N° {n} – {title}
Délibération n° {number}
Entendu l'exposé du rapporteur, et après en avoir délibéré,
ADOPTÉ À L'UNANIMITÉ DES MEMBRES PRÉSENTS ET REPRÉSENTÉS
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("head", [MINUTES, EXTRACT], ids=["minutes", "extract"])
def test_the_act_s_number_under_an_ordinal_heading(head: str, shape: str) -> None:
    one = POINT.format(n=1, title="Mise à jour du régime indemnitaire", number="141/2026")
    assert _items(head + one, shape) == [("141/2026", "Mise à jour du régime indemnitaire")]
    two = POINT.format(n=2, title="Tarifs de la cantine", number="142/2026")
    assert _items(head + one + two, shape) == [
        ("141/2026", "Mise à jour du régime indemnitaire"),
        ("142/2026", "Tarifs de la cantine"),
    ]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Délibération 2026-029\nObjet : Participation au financement du transport scolaire\n"
            "Entendu l'exposé du rapporteur, et après en avoir délibéré,\nADOPTÉ À L'UNANIMITÉ\n",
            ("2026-029", "Participation au financement du transport scolaire"),
        ),
        (
            "DÉLIBÉRATION N° 2026-041\nFONDS DE CONCOURS POUR L'AMÉNAGEMENT DU BOURG\n"
            "Le rapporteur expose au conseil le projet.\n"
            "Après en avoir délibéré, le conseil adopte à l'unanimité.\n",
            ("2026-041", "FONDS DE CONCOURS POUR L'AMÉNAGEMENT DU BOURG"),
        ),
    ],
)
def test_a_title_stops_where_the_expose_begins(
    body: str, expected: tuple[str, str], shape: str
) -> None:
    assert _items(EXTRACT + body, shape) == [expected]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_the_expose_alone_is_no_title(shape: str) -> None:
    body = (
        "1. Admission en non-valeur (délibération n° 2026-034)\n"
        "Le rapporteur expose au conseil le projet relatif à : admission en non-valeur.\n"
        "Adopté à l'unanimité (19 voix).\n"
    )
    [(number, title)] = _items(EXTRACT + body, shape)
    assert number == "2026-034"
    assert title is None or not title.startswith(("Le rapporteur", ")"))
