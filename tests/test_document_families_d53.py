"""Shapes of other councils' minutes, each document invented and read as printed and flattened
(the `shape` fixture): decisions written with their verb in capitals (« ATTRIBUE », « FIXE …
et CHARGE … »), on the line of « après en avoir délibéré », one a line under it, or without
that formula at all.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

from bot.render import finding_text
from storage import db
from storage.documents import Extract
from storage.importer import Importer, parse_text
from storage.parsing.extract import parse_extract
from tests.documents import DOCUMENTS, flattened, printed, read

# (on the formula's line then on the next, two verbs parted; one a line under « le Comité
# syndical : »; no « après en avoir délibéré »: the verb in capitals opens the decision, the
# vote under it stays the vote)
CAPITALS = (
    (
        "FIXE le prix du repas à 3,40 € à compter du 1er janvier",
        "CHARGE la Présidente de l'application de ces tarifs",
        7,
    ),
    (
        "APPROUVE la convention de transport des élèves pour l'année scolaire",
        "AUTORISE Mme la Présidente à la signer",
        7,
    ),
    ("ACCEPTE l'admission en non-valeur de trois titres pour 86,50 €", 6),
)


def test_decisions_by_their_verb_in_capitals(shape: str) -> None:
    items = read("sivu-cr-decisions-verbs-in-capitals.txt", shape).items
    assert len(items) == len(CAPITALS)
    for item, (*decisions, votes_for) in zip(items, CAPITALS, strict=True):
        assert item.deliberation.decisions == decisions
        assert (item.deliberation.outcome, item.deliberation.votes_for) == ("adopted", votes_for)


def test_a_table_of_acts_flattened_is_one_row_an_item() -> None:
    # the rows run into one line, bars and all: each row is its act, never a title that swallows
    # the next rows' numbers; nor is the line an open-data file's header (« N° | Objet | … »)
    text = flattened((DOCUMENTS / "sivom-releve-bar-table-outer-bars.txt").read_text("utf-8"))
    for extract in (parse_extract(text), parse_text(text, Path("releve.txt"))):
        assert isinstance(extract, Extract)
        acts = [item.deliberation for item in extract.items]
        assert [act.number for act in acts] == ["CS-2025-17", "CS-2025-18", "CS-2025-19"]
        assert acts[0].title == "Révision des statuts du syndicat"
        assert acts[2].title == "Motion relative à la ligne ferroviaire"
        assert [act.outcome for act in acts] == ["adopted", "adopted", "withdrawn"]
        assert (acts[1].votes_for, acts[1].votes_against) == (5, 1)


def test_a_suppleant_the_law_does_not_seat_is_told(shape: str) -> None:
    # Lempdes has three delegates: only a commune's sole delegate has a suppléant (L5211-6)
    extract = read("communaute-cr-suppleant-for-a-commune-of-two.txt", shape)
    (refused,) = [f for f in extract.findings if f.code == "substitute_refused"]
    assert refused.params["why"] == "several_delegates"
    assert refused.params["substitute"] == "M. Noé HUGUET"
    assert refused.params["delegates"] == 3
    # the same suppléant in a Bureau: no Bureau has suppléants (L5211-10)
    text = (DOCUMENTS / "communaute-cr-suppleant-for-a-commune-of-two.txt").read_text("utf-8")
    bureau = parse_extract(printed(text.replace("Conseil communautaire", "Bureau"), shape))
    whys = [f.params["why"] for f in bureau.findings if f.code == "substitute_refused"]
    assert whys == ["body"]


PLACED = "sivu-cr-decisions-verbs-in-capitals.txt"


def test_items_numbered_by_their_place_are_not_said_unnumbered(engine: Engine) -> None:
    # « 1. Tarifs … », « 2. Convention … »: numbered on the agenda, no act's number printed
    with db.session(engine) as session:
        report = Importer(session).import_file(
            DOCUMENTS / "sivu-cr-decisions-verbs-in-capitals.txt"
        )
    (derived,) = [f for f in report.findings if f.code == "numbers_derived"]
    assert derived.params == {"numbers": [f"2025-11-06-0{n}" for n in (1, 2, 3)], "placed": True}
    assert finding_text(derived).startswith("Les points portent leur place à l'ordre du jour")


def test_the_list_of_acts_closing_the_minutes_numbers_their_items() -> None:
    # the items are the minutes' own headings; the list under « Tableau des délibérations » is
    # no item of its own: it gives each its act's number, by the title it begins like
    # (line-broken: flattened, the list's cue runs into a line and is not found yet)
    items = read("commune-pv-items-then-list-of-acts.txt", "line-broken").items
    assert [item.ordinal for item in items] == ["1", "2", "3"]
    assert [item.deliberation.number for item in items] == [None, "2025-71", "2025-72"]
    assert items[2].deliberation.title == "Cession de la parcelle ZB 44 au lieu-dit Les Granges"
    assert (items[2].deliberation.votes_for, items[2].deliberation.abstentions) == (6, 1)
