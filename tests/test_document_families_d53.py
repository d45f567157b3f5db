"""Shapes of other councils' minutes, each document invented and read as printed and flattened
(the `shape` fixture): decisions written with their verb in capitals (« ATTRIBUE », « FIXE …
et CHARGE … »), on the line of « après en avoir délibéré », one a line under it, or without
that formula at all.
"""

from __future__ import annotations

from pathlib import Path

from storage.documents import Extract
from storage.importer import parse_text
from storage.parsing.extract import parse_extract
from tests.documents import DOCUMENTS, flattened, read

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
