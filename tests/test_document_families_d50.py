"""A unanimity with no tally printed, counted from complete attendance lists (and left unknown,
with a finding, when they are not); « Absents et procurations : » then proxy lines then names
alone (those are absent); an HTML agenda as an ordered list (each item numbered by its
place). Each document is invented and read as printed and flattened (the `shape` fixture).
"""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.importer import parse_document
from storage.parsing.extract import parse_extract
from tests.documents import DOCUMENTS, full, handed, printed, read, surnames, text_of


def test_a_unanimity_is_counted_from_the_lists(shape: str) -> None:
    extract = read("commune-pv-unanimity-counted-from-lists.txt", shape)
    votes = [item.deliberation.votes_for for item in extract.items]
    # 5 presents and 1 proxy; item 2, one member not voting: not counted, told
    assert votes == [6, None, 6]
    evidence = extract.evidence["items.0.for"]
    assert "présents listés (5) + pouvoirs listés (1)" in evidence["computed"]
    unknown = [f.params for f in extract.findings if f.code == "vote_count_unknown"]
    assert unknown == [{"item": "2"}]


def test_lists_that_add_up_to_the_members_in_office_count_the_vote(shape: str) -> None:
    extract = read("communaute-cr-unanimity-lists-match-in-office.txt", shape)
    assert extract.counts.in_office == 10  # 6 presents, 2 proxies, 2 excused
    assert [item.deliberation.votes_for for item in extract.items] == [8, 8]
    assert all(f"items.{n}.for" in extract.evidence for n in (0, 1))


def test_lists_short_of_the_members_in_office_leave_the_vote_unknown(shape: str) -> None:
    extract = read("syndicat-cr-unanimity-lists-incomplete.txt", shape)
    (item,) = extract.items
    assert item.deliberation.votes_for is None  # 12 in office, 5 listed
    assert item.deliberation.unanimous is True
    assert "items.0.for" not in extract.evidence
    assert [f.code for f in extract.findings].count("vote_count_unknown") == 1


def test_names_alone_after_the_proxy_lines_are_absent(shape: str) -> None:
    extract = read("commune-cr-absents-et-procurations-then-names.txt", shape)
    assert handed(extract.proxies) == [("granger", "collet"), ("hugon", "danton")]
    assert surnames(extract.absent) == ["issartel", "jamet"]
    assert extract.represented == []
    assert surnames(extract.present) == ["collet", "danton", "espinasse", "forest"]
    assert "proxy_holder_unknown" not in [f.code for f in extract.findings]


def test_names_alone_under_absents_represented_or_excused_are_excused(shape: str) -> None:
    extract = read("communaute-cr-absents-representes-excuses.txt", shape)
    assert handed(extract.proxies) == [("farge", "abeille"), ("gibert", "berger")]
    assert extract.represented == []
    # the givers are the represented, the names alone the excused
    assert surnames(extract.absent_excused) == ["hermet", "icard", "jouve"]
    assert full(extract.present[0]) == "abeille|marc"


def test_an_ordered_list_numbers_its_items_by_their_place() -> None:
    extract = parse_extract(text_of("syndicat-cr-ordered-list.html"))
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Budget primitif 2026"),
        ("2", "Tarifs de la garderie"),
        ("3", "Convention avec la commune de Brive"),
    ]
    # a list inside an item (unordered) is no item; the item's vote is its own
    second = extract.items[1].deliberation
    assert (second.votes_for, second.votes_against) == (2, 1)


def test_an_agenda_s_items_are_numbered_from_the_list_s_start() -> None:
    agenda = text_of("commune-agenda-ordered-list.html").replace("<ol>", '<ol start="5">')
    extract = parse_extract(agenda)
    assert [i.ordinal for i in extract.items] == ["5", "6", "7", "8"]
    assert extract.items[1].deliberation.title == "Tarifs de l'eau et de l'assainissement 2027"


PRESENTS = (
    "Présents : M. Paul ARNAUD, Mme Lucie BOREL, M. Denis CHAPUIS, Mme Nadia DUBOIS, "
    "M. Éric FAURE.\n"
)
PROXY = "Pouvoir : Mme Sophie GIRARD à M. Paul ARNAUD.\n"


@pytest.mark.parametrize(
    ("lists", "counted"),
    [
        (
            PRESENTS
            + "Excusés : Mme Sophie GIRARD (pouvoir à M. Paul ARNAUD), M. Henri LACROIX.\n",
            6,
        ),
        # givers only: absent with a proxy, their holder unknown, their votes cast
        (
            PRESENTS
            + "Absents ayant voté par procuration : Mme Sophie GIRARD, M. Henri LACROIX.\n",
            7,
        ),
        ("Quorum : 4\n" + PRESENTS + PROXY, 6),  # a quorum checks no list
        ("Membres en exercice : 7\n" + PRESENTS + PROXY + "Absent : M. Henri LACROIX.\n", 6),
        ("Absents : 1\n" + PRESENTS + PROXY + "Absent : M. Henri LACROIX.\n", 6),
        # the lists short of the members in office, of the presents or absentees printed
        ("Membres en exercice : 9\n" + PRESENTS + PROXY + "Absent : M. Henri LACROIX.\n", None),
        ("Présents : 6\n" + PRESENTS + PROXY + "Absent : M. Henri LACROIX.\n", None),
        ("Absents : 3\n" + PRESENTS + PROXY + "Absent : M. Henri LACROIX.\n", None),
        # the presents alone: nothing says whether an absentee gave a proxy
        (PRESENTS, None),
    ],
)
def test_a_unanimity_counted_only_from_lists_the_counts_agree_with(
    lists: str, counted: int | None, shape: str
) -> None:
    text = (
        "Commune de Villard\nProcès-verbal du conseil municipal du 12 mars 2026\n"
        + lists
        + "\n1. Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    (item,) = parse_extract(printed(text, shape)).items
    assert item.deliberation.votes_for == counted


def test_an_html_file_s_ordered_list_is_numbered_as_the_browser_shows_it() -> None:
    """The file as the importer reads it (its page's blocks), not only its text: the items
    numbered by their place, a list inside an item no item."""
    extract = parse_document(DOCUMENTS / "syndicat-cr-ordered-list.html")
    assert isinstance(extract, Extract)
    assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
        ("1", "Budget primitif 2026"),
        ("2", "Tarifs de la garderie"),
        ("3", "Convention avec la commune de Brive"),
    ]


def test_an_ordered_list_inside_an_item_is_no_item() -> None:
    name = "commune-cr-ordered-list-nested.html"
    for extract in (parse_extract(text_of(name)), parse_document(DOCUMENTS / name)):
        assert isinstance(extract, Extract)
        assert [(i.ordinal, i.deliberation.title) for i in extract.items] == [
            ("1", "Budget supplémentaire 2026"),
            ("2", "Tarifs de la garderie"),
        ]
