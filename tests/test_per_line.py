"""The readers' answers kept per line (storage.parsing.common.PerLine): each line asked once,
and never more lines kept than said (a hostile file's lines all different)."""

from __future__ import annotations

from storage.parsing.common import PerLine


def test_a_line_is_asked_once_and_its_answer_kept() -> None:
    asked: list[str] = []

    def question(line: str) -> int | None:
        asked.append(line)
        return len(line) if line else None

    answers = PerLine(question)
    assert answers["Pouvoirs :"] == 10
    assert answers["Pouvoirs :"] == 10
    assert answers[""] is None
    assert answers[""] is None  # (an answer None is kept too)
    assert asked == ["Pouvoirs :", ""]


def test_the_lines_kept_are_bounded() -> None:
    answers = PerLine(str.upper, most=3, longest=40)
    for n in range(10):
        assert answers[f"M. Paul FAYE {n}"] == f"M. PAUL FAYE {n}"
        assert len(answers) <= 3
    answers.clear()
    long = "M. Paul FAYE, " * 10
    assert answers[long] == long.upper()  # (asked, never kept)
    assert not answers
