"""Families of documents read as councils write them, each on invented documents read as
printed and flattened (tests/documents.py): suppléants in their titular's seat, movements
during the sitting, bundled extracts, lists per commune, decisions as dashes, counts in words.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from storage import db
from storage.checks import check_extract
from storage.documents import DeliberationRecord, Finding, Person, ProxyLine
from storage.models import Deliberation, ItemAttendance, ItemChange, Member
from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.votes import _read_vote
from tests.documents import flattened, read, text_of


def surnames(people: list[Person]) -> list[str]:
    return [fold(p.last_name) for p in people]


def handed(proxies: list[ProxyLine]) -> list[tuple[str, str]]:
    return [(fold(p.giver.last_name), fold(p.holder.last_name)) for p in proxies]


def codes(extract: object) -> list[str]:
    return [f.code for f in check_extract(extract)]  # type: ignore[arg-type]


# -- suppléants ----------------------------------------------------------------------------


def test_suppleants_sit_in_their_titulars_seats(shape: str) -> None:
    extract = read("communaute-cr-suppleants-seats.txt", shape)
    # both suppléants sit; « représentée par son suppléant » is no proxy; ROUMIEUX, listed
    # under « Suppléant(s) : » without the titular she sat for, is no member of the body (a
    # finding says so), her seat still taken
    assert "roumieux" not in surnames(extract.present)
    assert surnames(extract.substitutes_alone) == ["roumieux"]
    assert "substitute_titular_unknown" in [f.code for f in extract.findings]
    assert "veyssiere" in surnames(extract.present)
    assert handed(extract.proxies) == [("bordas", "besse"), ("teillet", "peyronnet")]
    assert "soulier" in surnames(extract.absent_excused)
    assert surnames(extract.replaced) == ["soulier"]
    assert extract.substitutes == 1  # ROUMIEUX, for a titular of Chanteix not named
    # 11 in the room + 2 proxies + MARCOU (whose seat ROUMIEUX may fill) + DUBREUIL: consistent
    assert codes(extract) == []


def test_a_seat_too_many_is_still_told(shape: str) -> None:
    text = text_of("communaute-cr-suppleants-seats.txt")
    text = text.replace("en exercice : 14", "en exercice : 13")
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert "more_names_than_seats" in codes(extract)
    # without its suppléant, the titular of Chanteix's absence counts again
    alone = dataclasses.replace(extract, substitutes=0)
    assert "absent_count_mismatch" in codes(alone)


# -- movements during the sitting ----------------------------------------------------------


def test_movements_noted_in_the_roll_call_returns_and_leavers_proxies(shape: str) -> None:
    extract = read("commune-pv-movements-notes-returns.txt", shape)
    first, second, third, fourth, fifth = extract.items
    # « (arrivé au point 2) » in the roll call: not there for item 1
    assert surnames(first.away) == ["genest"]
    assert first.deliberation.votes_for == 12
    # out for the vote of her accounts, printed on the item's line; the title stops before it
    assert second.deliberation.title == "Compte administratif 2025"
    assert second.deliberation.outcome == "adopted"
    assert surnames(second.away) == ["crozet"]
    # « reprend place »: back for item 3; the late member arrived from item 2 on
    assert third.away == []
    assert surnames(second.arrived) == surnames(third.arrived) == ["genest"]
    assert third.deliberation.votes_for == 13
    # « Départ de M. X (pouvoir à M. Y) à partir de la délibération n° 4 »
    for item in (fourth, fifth):
        assert surnames(item.away) == ["mazet"]
        assert handed(item.proxies) == [("mazet", "chambon")]
        assert item.deliberation.votes_for == 13
    assert codes(extract) == []


def test_a_leavers_proxy_is_stored_with_its_holder_from_that_item_on(
    engine: Engine, tmp_path: Path
) -> None:
    from sqlalchemy.orm import aliased

    from storage.importer import Importer

    # the same minutes with act numbers (an item without one is not stored as a deliberation)
    text = text_of("commune-pv-movements-notes-returns.txt")
    numbered = tmp_path / "pv-numbered.txt"
    numbered.write_text(re.sub(r"^(\d) - ", r"D2026-0\1 - ", text, flags=re.M), "utf-8")
    numbered.write_text(
        numbered.read_text("utf-8").replace("délibération n° 4", "délibération n° D2026-04"),
        "utf-8",
    )
    with db.session(engine) as session:
        reports = Importer(session).import_files([numbered])
        assert [r.deliberations for r in reports] == [5]
    holder = aliased(Member)
    with Session(engine) as session:
        rows = session.exec(
            select(Deliberation.number, Member.last_name, holder.last_name)
            .join(ItemAttendance, ItemAttendance.deliberation_id == Deliberation.id)  # type: ignore[arg-type]
            .join(Member, Member.id == ItemAttendance.member_id)  # type: ignore[arg-type]
            .join(holder, holder.id == ItemAttendance.holder_id)  # type: ignore[arg-type]
            .where(ItemAttendance.kind == ItemChange.represented)
        ).all()
    assert sorted((number, fold(giver), fold(held)) for number, giver, held in rows) == [
        ("D2026-04", "mazet", "chambon"),
        ("D2026-05", "mazet", "chambon"),
    ]


# -- several extracts in one file ----------------------------------------------------------


def test_bundled_extracts_are_items_of_one_sitting(shape: str) -> None:
    extract = read("commune-extraits-bundled.txt", shape)
    # the roll call is the first extract's, printed under its own number
    assert str(extract.sitting_date) == "2026-03-16"
    assert str(extract.convened_on) == "2026-03-09"
    assert extract.president is not None
    assert fold(extract.president.last_name) == "audibert"
    assert len(extract.present) == 9
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (11, 9, 10)
    assert handed(extract.proxies) == [("blanc", "audibert")]
    assert surnames(extract.absent) == ["tosello"]
    numbers = [i.deliberation.number for i in extract.items]
    assert numbers == ["2026-011", "2026-012", "2026-013"]
    first, second, third = extract.items
    # each extract's own figures are kept with it, never taken for page headers
    assert second.counts is not None
    assert (second.counts.present, second.counts.votes) == (8, 9)
    # not in the second extract's presents, withdrawn from its vote: told once
    assert surnames(second.not_voting) == ["moutte"]
    assert (second.deliberation.votes_for, second.deliberation.abstentions) == (7, 2)
    assert first.deliberation.votes_for == 10
    assert third.away == []
    assert third.deliberation.votes_for == 10
    assert codes(extract) == []


# -- a relevé written as a list of decisions; counts in words -------------------------------


def test_decisions_listed_with_their_number_and_vote(shape: str) -> None:
    extract = read("communaute-releve-decisions-dashes.txt", shape)
    counts = extract.counts
    # « Présents : dix-neuf »: a count in words after its colon
    assert (counts.in_office, counts.present, counts.proxies, counts.votes) == (24, 19, 3, 22)
    rows = [
        (
            i.deliberation.number,
            i.deliberation.title,
            i.deliberation.outcome,
            i.deliberation.votes_for,
            i.deliberation.votes_against,
            i.deliberation.abstentions,
        )
        for i in extract.items
    ]
    assert rows == [
        ("2026-007", "approuver le compte de gestion 2025", "adopted", 22, 0, 0),
        ("2026-008", "fixer le tarif de la redevance des ordures ménagères", "adopted", 18, 0, 4),
        (
            "2026-009",
            "attribuer le marché de transport scolaire à la société Cars du Plateau",
            "adopted",
            15,
            5,
            2,
        ),
        ("2026-010", "prendre acte du rapport d'activité du service d'eau", "noted", *[None] * 3),
    ]
    assert extract.items[0].deliberation.unanimous is True


# -- presents listed per commune, per collège, per function ---------------------------------


def test_presents_listed_per_commune_and_excused_with_a_proxy(shape: str) -> None:
    extract = read("syndicat-presents-per-commune.txt", shape)
    assert surnames(extract.present) == [
        "abadie",
        "berges",
        "cazenave",
        "daste",
        "esquerre",
        "garros",
        "lacaze",
        "medous",
        "nogues",
    ]  # (M. Kevin SARRAT, « suppléant de M. Louis TOUJAS », sits in his seat)
    assert [surnames([s.substitute]) for s in extract.substitutions] == [["sarrat"]]
    assert handed(extract.proxies) == [("verdier", "abadie"), ("artigue", "garros")]
    # « Excusés ayant donné procuration » : excused, with a proxy
    assert surnames(extract.absent_excused) == ["verdier", "artigue", "toujas", "pujo"]
    assert surnames(extract.replaced) == ["toujas"]  # « (suppléé) »
    assert surnames(extract.absent) == ["saint martin"]  # folded
    assert codes(extract) == []


# -- vote wordings, items without a vote, movements among decisions -------------------------


def test_vote_wordings_amendments_and_items_without_a_vote(shape: str) -> None:
    extract = read("commune-pv-vote-wordings-no-vote.txt", shape)
    # « Représentés : Mme X par M. Y »
    assert handed(extract.proxies) == [("trouve", "delaunay"), ("vallee", "lebreton")]
    rules, fees, grant, various = extract.items
    votes = [
        (i.deliberation.outcome, i.deliberation.votes_for, i.deliberation.votes_against)
        for i in extract.items
    ]
    # the amendment's own vote is not the deliberation's; « POUR 10 CONTRE 0 ABSTENTION 1 »;
    # « Le Conseil municipal adopte par 10 voix pour » after the decisions
    assert votes == [("adopted", 9, 0), ("adopted", 10, 0), ("adopted", 10, 0), (None, None, None)]
    assert rules.deliberation.title == "Règlement intérieur de la médiathèque"
    assert surnames(rules.abstaining) == ["ragot", "pichon"]
    assert fees.deliberation.abstentions == 1
    # the movement is no decision, and counts for this item's vote
    assert grant.deliberation.decisions == [
        "d'attribuer une subvention de 1 500 € au Football Club de Montcalm"
    ]
    assert surnames(grant.away) == ["guillou"]
    # « Questions diverses », « Sans vote »: nothing missing, nothing to warn about
    assert various.deliberation.title == "Questions diverses"
    assert extract.findings == []
    assert codes(extract) == []


# -- names printed without commas, two columns read across ----------------------------------


def test_presents_in_two_columns_read_across_and_without_commas(shape: str) -> None:
    extract = read("syndicat-presents-across-columns.txt", shape)
    assert surnames(extract.present) == [
        "arnaud",
        "faure",
        "borel",
        "garnier",
        "charras",
        "millet",
        "didier",
        "oddos",
    ]
    # a civility after « pouvoir à » names the holder, never a new entry
    assert handed(extract.proxies) == [("ponson", "faure"), ("rey", "oddos")]
    assert surnames(extract.absent) == ["tardy"]
    assert codes(extract) == []
    assert extract.findings == []


# -- the attendance printed after the items --------------------------------------------------


def test_presents_listed_after_the_items(shape: str) -> None:
    extract = read("commune-pv-presents-at-end.txt", shape)
    assert surnames(extract.present) == [
        "albert",
        "soulie",
        "barthe",
        "delmas",
        "ferran",
        "gayraud",
        "huc",
    ]
    assert handed(extract.proxies) == [("lacombe", "albert")]
    assert surnames(extract.absent) == ["maurel", "negre"]
    first, second = extract.items
    assert first.deliberation.outcome == "adopted"
    # no votants printed: told once with the counts, not again for the unanimity
    assert [f.code for f in extract.findings] == ["missing_counts"]
    assert (second.deliberation.votes_for, second.deliberation.votes_against) == (7, 1)
    assert codes(extract) == []


# -- functions after names, notes before a proxy, the holder's side -------------------------


def test_functions_and_notes_around_proxies(shape: str) -> None:
    extract = read("commune-extrait-functions-notes.txt", shape)
    # « Mme Annie BESSON, 1re adjointe » : a function, not a member called « adjointe »
    assert surnames(extract.present) == [
        "granjon",
        "besson",
        "chave",
        "dumas",
        "faure",
        "giraud",
        "poncet",
    ]
    # « (mandataire de Mme X) », « (excusée, pouvoir à M. Y) »
    assert handed(extract.proxies) == [("moulin", "faure"), ("roche", "granjon")]
    # « Absent excusé non représenté : »
    assert surnames(extract.absent_excused) == ["moulin", "vernay"]
    assert extract.findings == []
    assert codes(extract) == []
    assert extract.deliberation.votes_for == 9


# -- a body's name alone as title; « Délibération n° 12 – »; a vote line in every item ------


def test_a_comite_syndical_with_integer_numbers_and_repeated_vote_lines(shape: str) -> None:
    extract = read("syndicat-comite-integer-numbers.txt", shape)
    assert extract.body == "Comité Syndical"
    assert str(extract.sitting_date) == "2026-01-14"
    assert len(extract.present) == 10
    rows = [
        (
            i.deliberation.number,
            i.deliberation.outcome,
            i.deliberation.votes_for,
            i.deliberation.votes_against,
            i.deliberation.abstentions,
        )
        for i in extract.items
    ]
    # the same vote line in each item is no page header to remove
    assert rows == [
        ("12", "adopted", 9, 0, 1),
        ("13", "adopted", 8, 1, 1),
        ("14", "adopted", 10, 0, 0),
        ("15", "adopted", 7, 2, 1),
    ]
    assert extract.items[1].deliberation.title == "Participation des communes membres"


def test_a_sitting_titled_by_its_body_alone_is_a_document() -> None:
    from storage.parsing.extract import looks_like_extract

    lines = "Présents : M. Jean CASTEX, Mme Yvette BOURDON.\nSecrétaire : M. Jean CASTEX.\n"
    for title in (
        "Comité syndical du 9 octobre 2025",
        "Conseil d'administration du 9 octobre 2025",
        "Comité de direction du 9 octobre 2025",
        "Séance du 9 octobre 2025",
    ):
        assert looks_like_extract(f"SIVOM DU VAL\n{title}\n\n{lines}"), title
    assert not looks_like_extract("Lettre du 9 octobre 2025\nMerci de votre envoi.")


# -- cues with words before their colon, the chair named in the list, outcomes without vote --


def test_cue_asides_the_chair_in_the_list_and_items_without_a_vote(shape: str) -> None:
    extract = read("commune-pv-cue-asides-chair-in-list.txt", shape)
    # « Étaient présents, au nombre de six : … », « M. Roland VIGUIÉ (Maire) »
    assert extract.president is not None
    assert fold(extract.president.last_name) == "viguie"
    assert len(extract.present) == 6
    assert extract.counts.present == 6  # « au nombre de six »
    assert handed(extract.proxies) == [("pelissier", "viguie")]
    accounts, budget, columbarium, various = extract.items
    # « M. le Maire se retire ; adopté … »: out for that vote only
    assert surnames(accounts.away) == ["viguie"]
    assert budget.away == []
    assert (accounts.deliberation.votes_for, budget.deliberation.votes_for) == (6, 7)
    assert columbarium.deliberation.outcome == "deferred"  # « reporté à une séance ultérieure »
    assert various.deliberation.title == "Questions diverses"
    assert various.deliberation.outcome is None
    assert [f.code for f in extract.findings] == ["missing_counts"]
    assert codes(extract) == []


# -- proxies given under « Ont donné pouvoir », « Absents excusés représentés » ---------------

GIVEN = """COMMUNE DE SAINT-PONS-DES-AIRES
PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 9 MARS 2026
Présents : M. Paul OSMONT, Mme Julie HÉBERT, M. Luc ROUX.
Ont donné pouvoir : M. Jean PIC à M. Paul OSMONT ; Mme Anne VIE à M. Luc ROUX.
Absents excusés représentés : M. Marc NOIR (pouvoir à Mme Julie HÉBERT).
Secrétaire : M. Luc ROUX.
1. Budget primitif 2026
Adopté à l'unanimité.
"""


def test_proxies_under_their_givers_cue(shape: str) -> None:
    extract = parse_extract(flattened(GIVEN) if shape == "flattened" else GIVEN)
    assert surnames(extract.present) == ["osmont", "hebert", "roux"]
    assert handed(extract.proxies) == [("pic", "osmont"), ("vie", "roux"), ("noir", "hebert")]
    assert surnames(extract.absent_excused) == ["noir"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vote : Pour = 11, Contre = 2, Abstention = 0", ("adopted", 11, 2, 0)),
        ("Pour : douze – Contre : deux – Abstention : une", ("adopted", 12, 2, 1)),
        ("Adopté (pour 12, contre 2, abstention 1)", ("adopted", 12, 2, 1)),
        ("VOTE : POUR 4 CONTRE 9 ABSTENTION 0", ("rejected", 4, 9, 0)),
    ],
)
def test_vote_figures_however_labelled(text: str, expected: tuple[object, ...]) -> None:
    record = DeliberationRecord()
    findings: list[Finding] = []
    _read_vote(text, record, findings)
    got = (record.outcome, record.votes_for, record.votes_against, record.abstentions)
    assert got == expected
    assert findings == []


SUB_HEADINGS = """COMMUNE DE LAVERNÈDE
PROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION DU CCAS DU 9 OCTOBRE 2025
Sous la présidence de Mme Anne BOIS, Maire.
Membres présents :
Élus du conseil municipal : Mme Anne BOIS, M. Paul OSMONT
Membres nommés : Mme Julie HÉBERT (UDAF), M. Luc ROUX
Délégués suppléants présents avec voix délibérative : M. Alain GRAS, suppléant de M. Robert FERAUD
Secrétaire : M. Luc ROUX.
1. Compte administratif 2024
(Mme la Maire ayant quitté la salle) Adopté à l'unanimité.
2. Budget primitif 2025
Mme la Maire reprend la présidence.
Adopté à l'unanimité.
"""


def test_presents_under_sub_headings_and_the_chair_leaving_and_back(shape: str) -> None:
    extract = parse_extract(flattened(SUB_HEADINGS) if shape == "flattened" else SUB_HEADINGS)
    # (the suppléant, M. GRAS, fills Mme FERAUD's seat: no member of the council)
    assert surnames(extract.present) == ["bois", "osmont", "hebert", "roux"]
    assert surnames(extract.replaced) == ["feraud"]
    assert [surnames([s.substitute]) for s in extract.substitutions] == [["gras"]]
    accounts, budget = extract.items
    assert surnames(accounts.away) == ["bois"]  # « (Mme la Maire ayant quitté la salle) »
    assert budget.away == []  # « Mme la Maire reprend la présidence »
