"""Votes counted from the attendance at each vote, and proxies given by members leaving.

Invented documents in the shapes of FORMATS.md, read as printed and flattened: a member leaving
and giving a proxy is away from the items after, represented by the holder; « à l'unanimité des
suffrages exprimés » and « à l'unanimité, M. Z s'abstenant » give the « pour » as the votants at
that vote less the abstentions, with evidence saying it was counted; a count that cannot be
known (a leaver held someone's proxy) stays null with a finding.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from storage import db
from storage.documents import DeliberationRecord, Person, ProxyLine
from storage.models import Deliberation, ItemAttendance, ItemChange, Member
from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.votes import _read_vote
from tests.documents import DOCUMENTS, read


def surnames(people: list[Person]) -> list[str]:
    return [fold(p.last_name) for p in people]


def handed(proxies: list[ProxyLine]) -> list[tuple[str, str]]:
    return [(fold(p.giver.last_name), fold(p.holder.last_name)) for p in proxies]


def test_leaving_with_a_proxy_and_unanimity_counted(shape: str) -> None:
    extract = read("commune-pv-leaving-with-proxy.txt", shape)
    assert (extract.counts.present, extract.counts.votes) == (12, 14)
    assert handed(extract.proxies) == [("mazet", "granger"), ("noyer", "cazes")]
    first, second, third, fourth, fifth = extract.items
    votes = [
        (i.deliberation.votes_for, i.deliberation.votes_against, i.deliberation.abstentions)
        for i in extract.items
    ]
    # 1: the mayor out of the room for her own accounts, holding MAZET's proxy: can that vote
    # be cast? Not known, so no « pour »; 2: 14 votants less ISSARTEL abstaining; 3: ESCOFFIER
    # left, his vote held by DELMAS: still 14; 4: FABRE left the same way, two abstentions;
    # 5: CAZES left holding NOYER's proxy: not known.
    assert votes == [(None, 0, 1), (13, 0, 1), (14, 0, 0), (12, 0, 2), (None, 0, 0)]
    assert surnames(first.away) == ["granger"]  # out for that vote only
    assert surnames(first.abstaining) == ["goujon"]
    assert second.away == []
    assert surnames(second.abstaining) == ["issartel"]
    assert surnames(third.away) == ["escoffier"]
    assert handed(third.proxies) == [("escoffier", "delmas")]
    assert surnames(fourth.away) == ["escoffier", "fabre"]  # « Mme X, sortie, a donné pouvoir »
    assert handed(fourth.proxies) == [("escoffier", "delmas"), ("fabre", "lacroix")]
    assert surnames(fourth.abstaining) == ["hugon", "goujon"]
    assert surnames(fifth.away) == ["escoffier", "fabre", "cazes"]
    assert handed(fifth.proxies) == handed(fourth.proxies)  # CAZES gave none
    assert [i.deliberation.outcome for i in extract.items] == ["adopted"] * 5
    # counted values say they were counted, and from what
    for n in (1, 2, 3):
        evidence = extract.evidence[f"items.{n}.for"]
        assert "14" in evidence["computed"]
        assert evidence["line"] >= 1
    unknown = [f.params["item"] for f in extract.findings if f.code == "vote_count_unknown"]
    assert unknown == ["1", "5"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adopté à l'unanimité des suffrages exprimés (2 abstentions)", (None, 0, 2, [])),
        ("Adopté à l'unanimité, M. Paul ABEL s'abstenant.", (None, 0, 1, ["abel"])),
        (
            "Adopté à l'unanimité (Mme Rose BRUN et M. Yves CAUX s'abstiennent).",
            (None, 0, 2, ["brun", "caux"]),
        ),
        ("Le Conseil, à l'unanimité moins une abstention, approuve.", (None, 0, 1, [])),
        ("Adopté à l'unanimité moins trois voix contre.", (None, 3, 0, [])),
        ("Rejeté à l'unanimité.", (0, None, 0, [])),
    ],
)
def test_unanimity_leaves_its_count_to_the_votants(
    text: str, expected: tuple[object, ...]
) -> None:
    record = DeliberationRecord()
    vote = _read_vote(text, record, [])
    assert vote.unanimity is True
    assert (
        record.votes_for,
        record.votes_against,
        record.abstentions,
        surnames(vote.abstaining),
    ) == expected


def test_an_extract_counts_unanimity_from_its_own_votants() -> None:
    text = (
        "COMMUNE DE VERNIOZ\nExtrait du registre des délibérations du Conseil municipal\n"
        "Séance du 2 mai 2023\nMembres en exercice : 15 Présents : 11 Votants : 13\n"
        "Délibération n° 2023-017 - Tarifs de la cantine\n"
        "Le Conseil municipal, après en avoir délibéré, à l'unanimité des suffrages exprimés "
        "(M. Paul ABEL s'abstenant), fixe les tarifs.\n"
    )
    extract = parse_extract(text)
    record = extract.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (12, 0, 1)
    assert record.unanimous is False  # an abstention: not « l'unanimité » of the law
    assert "13" in extract.evidence["items.0.for"]["computed"]


def test_item_proxies_stored_as_represented(engine: Engine, tmp_path: Path) -> None:
    from storage.importer import Importer

    # the same minutes with act numbers (an item without one is not stored as a deliberation)
    text = (DOCUMENTS / "commune-pv-leaving-with-proxy.txt").read_text(encoding="utf-8")
    numbered = tmp_path / "pv-numbered.txt"
    numbered.write_text(re.sub(r"^(\d) - ", r"DEL2023-0\1 - ", text, flags=re.M), "utf-8")
    with db.session(engine) as session:
        reports = Importer(session).import_files([numbered])
        assert [r.deliberations for r in reports] == [5]
    with Session(engine) as session:
        rows = session.exec(
            select(Deliberation.number, Member.last_name)
            .join(ItemAttendance, ItemAttendance.deliberation_id == Deliberation.id)  # type: ignore[arg-type]
            .join(Member, Member.id == ItemAttendance.member_id)  # type: ignore[arg-type]
            .where(ItemAttendance.kind == ItemChange.represented)
        ).all()
    assert sorted((number, fold(name)) for number, name in rows) == [
        ("DEL2023-03", "escoffier"),
        ("DEL2023-04", "escoffier"),
        ("DEL2023-04", "fabre"),
        ("DEL2023-05", "escoffier"),
        ("DEL2023-05", "fabre"),
    ]
