"""Titles that stop where the decision starts: « 2° Titre : … » (its label no part of the
title), the decision's clause run on after the title (« … avec la SPA décide de renouveler »,
« … DÉCIDE d'acquérir », « … le conseil municipal fixe »), an object run on into the opening
formula (« Objet : … L'an deux mille vingt-six »). Each document is invented and read as
printed and flattened (the `shape` fixture).
"""

from __future__ import annotations

from tests.documents import read


def test_a_title_stops_before_the_decision(shape: str) -> None:
    extract = read("commune-pv-titre-labels-then-decision.txt", shape)
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Renouvellement de la convention de fourrière avec la SPA"),
        ("2", "Tarifs du camping municipal"),
        ("3", "Acquisition d'un véhicule"),
        ("4", "Désignation d'un délégué au syndicat des eaux"),
        ("5", "Subvention au comité des fêtes"),
    ]
    assert [i.deliberation.outcome for i in extract.items] == ["adopted"] * 5
    third = extract.items[2].deliberation
    assert (third.votes_for, third.abstentions) == (3, 1)


def test_an_object_stops_before_the_opening_formula(shape: str) -> None:
    extract = read("departement-cp-extrait-object-then-opening.txt", shape)
    assert extract.deliberation.title == "Aide aux établissements pour personnes âgées"
    assert extract.deliberation.votes_for == 11
    assert extract.president is not None
    assert extract.president.last_name == "ARNAUD"


def test_a_title_in_capitals_stops_before_the_assembly_s_sentence(shape: str) -> None:
    """« 3 - Rapport d'activité du SIVOM » then « Le Conseil prend acte. »: flattened, the
    sentence follows a word in capitals, and is the item's outcome, never its title."""
    extract = read("commune-cr-proxy-phrasings-votes-noted.txt", shape)
    assert [(i.deliberation.title, i.deliberation.outcome) for i in extract.items] == [
        ("Tarifs de la cantine", "adopted"),
        ("Convention avec le SDIS", "adopted"),
        ("Rapport d'activité du SIVOM", "noted"),
        ("Budget supplémentaire", "adopted"),
    ]
    assert len(extract.proxies) == 5
    # the member not voting holds a proxy: whether it was cast is not known
    assert extract.items[1].deliberation.votes_for is None
    assert "vote_count_unknown" in [f.code for f in extract.findings]
