"""An item whose decision is an opinion the council gives to another body (a SCoT, a plan, an
inquiry): « avis favorable », « émet un avis défavorable », « donne un avis réservé ». Each
document is invented and read as printed and flattened (the `shape` fixture).
"""

from __future__ import annotations

from tests.documents import read


def test_an_opinion_given_is_the_item_s_outcome(shape: str) -> None:
    extract = read("communaute-cr-opinions-given.txt", shape)
    outcomes = {item.ordinal: item.deliberation.outcome for item in extract.items}
    assert outcomes == {
        "1": "favourable",
        "2": "unfavourable",
        "3": "reserved",
        "4": "reserved",  # favourable « assorti de réserves »
        "5": "adopted",  # the commission's opinion, quoted: the council adopts
        "6": "favourable",
    }
    third = extract.items[2].deliberation
    # the vote that gave the opinion is kept
    assert (third.votes_for, third.abstentions) == (3, 2)
    assert extract.items[5].deliberation.unanimous is True
    assert "missing_outcome" not in [f.code for f in extract.findings]


def test_a_title_stops_before_what_was_decided(shape: str) -> None:
    extract = read("commune-cr-titles-with-decided-clause.txt", shape)
    titles = [item.deliberation.title for item in extract.items]
    assert titles[:3] == [
        "Nombre de postes d'adjoints",
        "Redevance d'assainissement 2026",
        "Bail du local commercial",
    ]
    assert [item.deliberation.outcome for item in extract.items[:3]] == ["adopted"] * 3
    if shape == "line-broken":  # (flattened, an item titled « Theme : act » is lost yet)
        # a colon in a title that names a theme then the act: both are the title
        assert titles[3:] == [
            "Finances : décision modificative n° 2",
            "Urbanisme : cession d'un délaissé de voirie",
        ]
    second = extract.items[1].deliberation
    assert (second.votes_for, second.votes_against) == (3, 1)
    # what was decided is kept with the item's text
    assert "fixé à deux" in (extract.items[0].deliberation.full_text or "")
