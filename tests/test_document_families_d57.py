"""The documents held out while the families of d50 to d55 were mended (written before, read
only at the end): one per family, each read as printed and flattened (the `shape` fixture).
"""

from __future__ import annotations

from storage.documents import Extract
from storage.importer import parse_document
from storage.names import fold
from tests.documents import DOCUMENTS, handed, read, surnames


def _votes(extract: Extract) -> list[int | None]:
    return [i.deliberation.votes_for for i in extract.items]


def test_a_unanimity_counted_from_lists_that_add_up(shape: str) -> None:
    # 8 delegates in office: 5 presents, 1 proxy, 2 excused
    assert _votes(read("syndicat-cr-unanimity-delegates-in-office-lists.txt", shape)) == [6]


def test_names_alone_after_the_proxy_lines_are_the_excused(shape: str) -> None:
    extract = read("commune-cr-absents-representes-excuses-lines.txt", shape)
    assert surnames(extract.absent_excused) == ["gras", "hours"]
    assert handed(extract.proxies) == [("eymard", "archer"), ("falcon", "bessiere")]
    assert extract.represented == []


def test_reports_by_service_with_their_unanimity_s_figure(shape: str) -> None:
    extract = read("departement-cp-pv-reports-pole-figures.txt", shape)
    assert [
        (i.deliberation.number, i.deliberation.title, i.deliberation.votes_for)
        for i in extract.items
    ] == [
        ("2.05", "Aide à la voirie communale", 4),
        ("5.01", "Dotation des collèges 2026", 27),
    ]


def test_numbers_alone_above_titles(shape: str) -> None:
    extract = read("communaute-pv-cc-numbers-alone.txt", shape)
    assert [i.deliberation.number for i in extract.items] == ["CC2026-09-014", "CC2026-09-015"]


def test_titles_after_their_label_stop_at_the_decision(shape: str) -> None:
    extract = read("commune-cr-titre-labels-lower-decision.txt", shape)
    assert [i.deliberation.title for i in extract.items] == [
        "Adhésion au groupement de commandes",
        "Indemnités du receveur",
    ]


def test_a_member_joining_the_sitting(shape: str) -> None:
    extract = read("commune-pv-rejoint-la-seance.txt", shape)
    assert _votes(extract) == [4, 5]
    assert [fold(p.last_name) for p in extract.items[1].arrived] == ["espie"]


def test_the_register_s_body(shape: str) -> None:
    extract = read("communaute-bureau-extrait-delegation-sentence.txt", shape)
    assert fold(extract.body or "") == "bureau communautaire"


def test_an_ordered_list_s_items() -> None:
    extract = parse_document(DOCUMENTS / "communaute-cr-ordered-list-no-vote.html")
    assert isinstance(extract, Extract)
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Rapport d'activité 2025 du service des déchets"),
        ("2", "Décision modificative n° 3 du budget principal"),
        ("3", "Tarifs de la piscine intercommunale"),
    ]
