"""Votes as councils print them, continued: the vote on the lines under « après en avoir
délibéré, » and cut before its last figure (« … 2 voix contre et » / « 2 abstentions, fixe … »),
figures in words (« par trente voix pour et deux contre »), « à la majorité (2 contre : X, Y) »,
how many did not take part (« Ne prennent pas part au vote : 27 (groupe X) », « 4 ne prenant
pas part au vote », « NPPV : 2 ») and a member withdrawing after one vote, for the next one.
Invented documents, line-broken and flattened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from tests.documents import flattened

EXTRACT = """COMMUNE DE SAINT-MARCELLIN-DES-BOIS
Extrait du registre des délibérations du conseil municipal
Séance du 14 mai 2025
Conseillers en exercice : 33 – Présents : 30 – Votants : 32
Délibération n° 2025-07 – Prix de l'eau 2026
Le conseil municipal, après en avoir délibéré,
{vote}
"""


def _read(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("vote", "figures"),
    [
        ("par 28 voix pour, 2 voix contre et\n2 abstentions, fixe le prix de l'eau.", (28, 2, 2)),
        (
            "par 28 voix pour, 2 voix contre (groupe Bois Demain) et\n"
            "2 abstentions,\nFIXE le prix.",
            (28, 2, 2),
        ),
        ("par trente voix pour et deux contre, fixe le prix de l'eau.", (30, 2, 0)),
        ("par vingt-sept voix pour, trois voix contre et deux abstentions, fixe.", (27, 3, 2)),
        ("par trente et une voix pour et une abstention, fixe le prix.", (31, 0, 1)),
    ],
)
def test_the_vote_under_apres_en_avoir_delibere(
    shape: str, vote: str, figures: tuple[int, int, int]
) -> None:
    record = _read(EXTRACT.format(vote=vote), shape).deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == figures
    assert record.outcome == "adopted"


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_the_vote_cut_on_the_line_of_apres_en_avoir_delibere(shape: str) -> None:
    text = EXTRACT.replace(
        "après en avoir délibéré,\n{vote}",
        "après en avoir délibéré, par 8 voix pour, 1 voix contre et\n1 abstention, fixe le prix.",
    )
    record = _read(text, shape).deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (8, 1, 1)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_majority_with_the_names_against(shape: str) -> None:
    vote = "FIXE le prix.\nAdopté à la majorité (2 contre : M. Paul GIRAUD, Mme Elsa MOULIN)."
    extract = _read(EXTRACT.format(vote=vote), shape)
    assert extract.deliberation.outcome == "adopted"
    assert extract.deliberation.votes_against == 2
    assert [p.last_name for p in extract.items[0].against] == ["GIRAUD", "MOULIN"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("vote", "count", "named"),
    [
        (
            "FIXE le prix.\nAdopté par 28 voix pour, 2 contre.\n"
            "Ne prennent pas part au vote : 2 (groupe Agir pour les Bois)",
            2,
            [],
        ),
        ("FIXE le prix.\nAdopté par 28 voix pour, 4 ne prenant pas part au vote.", 4, []),
        ("FIXE le prix.\nAdopté à l'unanimité des votants ; ne prennent pas part : 3.", 3, []),
        ("FIXE le prix.\nAdopté par 30 voix pour. NPPV : 2.", 2, []),
        (
            "FIXE le prix.\nAdopté à l'unanimité.\n"
            "Ne prend pas part au vote : 1 (Mme Elsa MOULIN).",
            1,
            ["MOULIN"],
        ),
        ("FIXE le prix.\nAdopté à l'unanimité.", None, []),
    ],
)
def test_how_many_did_not_take_part(
    shape: str, vote: str, count: int | None, named: list[str]
) -> None:
    item = _read(EXTRACT.format(vote=vote), shape).items[0]
    assert (item.counts.not_voting if item.counts else None) == count
    if item.counts is not None:  # an extract's figures stay its sitting's
        assert (item.counts.in_office, item.counts.present, item.counts.votes) == (33, 30, 32)
    assert [p.last_name for p in item.not_voting] == named


MINUTES = """COMMUNE DE SAINT-MAURICE-EN-VAL
Procès-verbal de la séance du conseil municipal du 4 mars 2024

Conseillers en exercice : 15 – Présents : 14 – Votants : 14
Présents : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves CARRE, Mme Inès DUMAS, M. Olivier DUMAS.

Délibération n° 2024-008 : Compte administratif 2023
Adopté à l'unanimité.

Délibération n° 2024-009 : Budget primitif 2024
Adopté à l'unanimité des votants.
{movement}

Délibération n° 2024-010 : Vote des taux d'imposition 2024
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "movement",
    [
        "M. Olivier DUMAS quitte la séance après le vote de la délibération n° 2024-009.",
        "M. Olivier DUMAS se retire et ne participe pas au vote.",
    ],
)
def test_a_member_leaving_after_a_vote_misses_the_next(shape: str, movement: str) -> None:
    items = _read(MINUTES.format(movement=movement), shape).items
    assert [i.deliberation.votes_for for i in items] == [14, 14, 13]
    assert items[1].away == []
    assert items[1].not_voting == []


INTEREST = """CENTRE COMMUNAL D'ACTION SOCIALE DE MONTVERDUN
Procès-verbal du conseil d'administration du 12 mars 2024

Présidence : M. Paul GIRAUD, Président
Présents : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves CARRE, Mme Inès DUMAS, Mme Sophie DURAND.

CCAS-2024-02 : Budget primitif 2024
Adopté à l'unanimité.

CCAS-2024-03 : Subvention à l'association Entraide
{line}
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "line",
    [
        "Mme Sophie DURAND s'abstient de prendre part au vote.",
        "Mme Sophie DURAND, intéressée à l'affaire, ne prend part ni au débat ni au vote.",
        "Mme Sophie DURAND, membre du bureau de l'association, n'a pas pris part au vote.",
    ],
)
def test_a_member_with_an_interest_does_not_take_part(shape: str, line: str) -> None:
    items = _read(INTEREST.format(line=line), shape).items
    assert [[p.last_name for p in i.not_voting] for i in items] == [[], ["DURAND"]]


def test_parse_json_gives_how_many_did_not_take_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    path = tmp_path / "pv.txt"
    path.write_text(
        "COMMUNE DE SAINT-MARCELLIN-DES-BOIS\n"
        "Procès-verbal du conseil municipal du 14 mai 2025\n\n"
        "2025-07 – Prix de l'eau 2026\nAdopté par 28 voix pour.\n"
        "Ne prennent pas part au vote : 2 (groupe Agir pour les Bois)\n\n"
        "2025-08 – Tarifs de la cantine\nAdopté à l'unanimité.\n",
        encoding="utf-8",
    )
    assert main(["parse", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(i["number"], (i["counts"] or {}).get("not_voting")) for i in data["items"]] == [
        ("2025-07", 2),
        ("2025-08", None),
    ]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "after",
    [
        "après le vote de la délibération n° 2024-009",
        "après la délibération n° 2024-009",
        "à l'issue du vote du point 2",
        "après la question n° 2",
    ],
)
def test_a_departure_told_in_the_preamble_counts_from_the_item_it_names(
    shape: str, after: str
) -> None:
    text = MINUTES.replace("\n{movement}", "").replace(
        "Mme Inès DUMAS, M. Olivier DUMAS.\n",
        f"Mme Inès DUMAS, M. Olivier DUMAS.\nM. Olivier DUMAS quitte la séance à 20 h 15, {after},"
        " et ne donne pas de pouvoir.\n",
    )
    items = _read(text, shape).items
    assert [[p.last_name for p in i.away] for i in items] == [[], [], ["DUMAS"]]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_arrival_and_departure_as_nouns_with_an_initial(shape: str) -> None:
    text = MINUTES.replace("\n{movement}", "").replace(
        "Délibération n° 2024-009", "Arrivée de Q. GIRARD au point 2.\nDélibération n° 2024-009"
    )
    text = text.replace(
        "Délibération n° 2024-010",
        "Départ de M. Olivier DUMAS à partir du point 3.\nDélibération n° 2024-010",
    )
    items = _read(text, shape).items
    assert [[p.last_name for p in i.arrived] for i in items] == [[], ["GIRARD"], ["GIRARD"]]
    assert [[p.last_name for p in i.away] for i in items] == [[], [], ["DUMAS"]]
