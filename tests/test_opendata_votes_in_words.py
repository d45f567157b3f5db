"""A council that types its vote in words in the vote columns (« A l'unanimité », « Adopté »):
the outcome it wrote is read, said once for the row, never reported as an unreadable figure."""

from __future__ import annotations

from pathlib import Path

from bot.render import finding_text
from storage.parsing.scdl import parse_scdl

FILE = Path(__file__).parent / "fixtures" / "opendata" / "deliberations-votes-in-words.csv"


def rows() -> dict[str, tuple[object, ...]]:
    parsed = parse_scdl(FILE.read_text(encoding="utf-8"))
    return {
        row.deliberation.number or "": (
            row.deliberation.outcome,
            row.deliberation.unanimous,
            row.deliberation.votes_for,
            row.deliberation.votes_against,
            sorted(f.code for f in row.findings),
        )
        for row in parsed.rows
    }


def test_a_unanimity_in_words_counts_the_voters_for() -> None:
    assert rows()["CM-2026-18"] == ("adopted", True, 16, 0, ["vote_in_words"])


def test_an_outcome_in_words_keeps_the_figures_unknown() -> None:
    read = rows()
    assert read["CM-2026-19"] == ("adopted", None, None, None, ["vote_in_words"])
    assert read["CM-2026-20"] == ("rejected", None, None, None, ["vote_in_words"])


def test_words_that_are_no_vote_stay_unreadable() -> None:
    outcome, _, votes_for, _, codes = rows()["CM-2026-21"]
    assert (outcome, votes_for) == (None, None)
    assert "bad_number" in codes
    assert "vote_in_words" not in codes


def test_the_secretariat_reads_what_was_understood() -> None:
    parsed = parse_scdl(FILE.read_text(encoding="utf-8"))
    said = [finding_text(f) for f in parsed.rows[0].findings]
    assert said == [
        "Ligne 2 : vote écrit en toutes lettres dans VOTE_POUR (« A l’unanimité ») : lu comme"
        " adoptée à l'unanimité, 16 voix pour d'après VOTE_REEL."
    ]


COLUMN = Path(__file__).parent / "fixtures" / "opendata" / "deliberations-vote-column-in-words.csv"


def test_a_column_of_the_vote_in_words_gives_each_outcome() -> None:
    parsed = parse_scdl(COLUMN.read_text(encoding="utf-8"))
    read = {
        row.deliberation.number: (
            row.deliberation.outcome,
            row.deliberation.votes_for,
            row.deliberation.votes_against,
            row.deliberation.abstentions,
        )
        for row in parsed.rows
    }
    assert read["DCM-2026-041"] == ("adopted", 21, 0, 0)  # everyone who voted, for
    assert read["DCM-2026-042"] == ("adopted", 17, 3, 1)
    assert read["DCM-2026-043"] == (None, None, None, None)
    assert [f.code for f in parsed.rows[2].findings] == ["vote_text_unread"]
    assert "vote_text_column" in [f.code for f in parsed.findings]
