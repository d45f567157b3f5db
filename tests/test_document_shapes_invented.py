"""Invented documents for shapes of FORMATS.md that had none, each read as printed and
flattened, every field compared with values written by hand (names and places are invented).

Each entry: the sitting (date, convocation, body, council, officers, counts, lists, proxies)
and every item (number or ordinal, title, outcome, for/against/abstentions, who is away).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from storage.documents import Extract, Person
from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.text import decode_text

DOCUMENTS = Path(__file__).parent / "fixtures" / "documents"


@pytest.fixture(params=["line-broken", "flattened"])
def shape(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def read(name: str, shape: str) -> Extract:
    text = decode_text((DOCUMENTS / name).read_bytes(), name)
    return parse_extract(" ".join(text.split()) if shape == "flattened" else text)


def surnames(people: list[Person]) -> str:
    return " ".join(fold(p.last_name) for p in people)


EXPECTED: dict[str, dict[str, Any]] = {
    # sub-headings « Titulaires », « Conseillers délégués », « Suppléant(s) »; proxies as a
    # paragraph of sentences with no cue; « Absents et procurations : 8 » is no proxy count;
    # « N° 2019 / 144 » numbers; « Le Conseil Adopte »; « à l'unanimité des votants » after one
    # member withdrew from the vote
    "communaute-agglo-pv-delegues-slash-numbers.txt": {
        "date": date(2019, 12, 12),
        "convened": None,
        "body": "Conseil Communautaire",
        "council": ("Communauté d'agglomération du Val de Brenne", "communauté", "200067431"),
        "officers": ("aubert", "carron"),
        "counts": (24, 16, None, 20),
        "present": "aubert besson carron ducros esteban fournier galland hostache isnard joly"
        " koenig lebrun mansard navarro ollivier pages",
        "excused": "urbain vernet xavier yvon",
        "absent": "",
        "proxies": [
            ("queyras", "aubert"),
            ("ribes", "besson"),
            ("sabatier", "carron"),
            ("testu", "hostache"),
        ],
        "items": [
            (
                "2019 / 144",
                None,
                "Budget primitif 2020 du budget principal",
                "adopted",
                (17, 2, 1),
            ),
            (
                "2019 / 145",
                None,
                "Admission en non-valeur de créances irrécouvrables",
                "adopted",
                (19, 0, 0),  # 20 votants, ISNARD not voting (holding no proxy)
            ),
            (
                "2019 / 146",
                None,
                "Rapport annuel sur le prix et la qualité du service des déchets",
                "noted",
                (None, None, None),
            ),
        ],
        "not_voting": ["", "isnard", ""],
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_document_read_field_by_field(name: str, shape: str) -> None:
    expected = EXPECTED[name]
    extract = read(name, shape)
    assert extract.sitting_date == expected["date"]
    assert extract.convened_on == expected["convened"]
    assert extract.body == expected["body"]
    assert extract.council is not None
    assert (extract.council.name, extract.council.kind, extract.council.siren) == expected[
        "council"
    ]
    president, secretary = expected["officers"]
    assert (
        fold(extract.president.last_name) if extract.president else None,
        fold(extract.secretary.last_name) if extract.secretary else None,
    ) == (president, secretary)
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.proxies, counts.votes) == expected["counts"]
    assert surnames(extract.present) == expected["present"]
    assert surnames(extract.absent_excused) == expected["excused"]
    assert surnames(extract.absent) == expected["absent"]
    assert [
        (fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies
    ] == expected["proxies"]
    assert [
        (
            i.deliberation.number,
            i.ordinal,
            i.deliberation.title,
            i.deliberation.outcome,
            (i.deliberation.votes_for, i.deliberation.votes_against, i.deliberation.abstentions),
        )
        for i in extract.items
    ] == expected["items"]
    if "not_voting" in expected:
        assert [surnames(i.not_voting) for i in extract.items] == expected["not_voting"]
    if "away" in expected:
        assert [surnames(i.away) for i in extract.items] == expected["away"]
