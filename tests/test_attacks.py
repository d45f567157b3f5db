"""Attacks nobody announced, each one a hole found by trying it: the real Application through
`process_update`, the real CLI, real files. Every answer is French and clean, nothing is lost.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.services import frames
from bot.transport import Conversation
from tests.helpers import text

TODAY = date(2024, 7, 10)


def test_a_message_of_many_pieces_is_read_once_not_once_per_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """« 1 ? 1 ? … » × 160 (500 characters) joined each piece asking nothing to the next and
    read the message again at every piece: half a second of the event loop per message."""
    calls: list[int] = []
    read_frame = frames.read_frame

    def counting(text: str, today: date) -> frames.Frame:
        calls.append(len(text))
        return read_frame(text, today)

    monkeypatch.setattr(frames, "read_frame", counting)
    for unit in ("\t1?", "4 ?\t", "Degraix ? ", "et ? "):
        calls.clear()
        message = (unit * 200)[:490]
        assert len(frames.read_frames(message, TODAY)) == 1
        # Linear: the characters read stay within a few times the message.
        assert sum(calls) <= 3 * len(message), (unit, len(calls))
    # Three questions are still three.
    calls.clear()
    asked = frames.read_frames("Berger était là ? Et Bouchet ? Et Degraix ?", TODAY)
    assert len(asked) == 3


async def test_a_message_of_many_question_marks_gets_an_answer(degraix: Conversation) -> None:
    answer = text(await degraix.send(("Degraix ? " * 60)[:490]))
    assert answer.strip()
    assert "Traceback" not in answer


@pytest.mark.parametrize(
    "typed",
    [
        "Deg\x00raix était présent le 4 juillet 2024 ?",  # a NUL byte
        "Deg\u200braix était présent le 4 juillet 2024 ?",  # a zero-width space
        "\ufeffDegraix était présent le 4 juillet 2024 ?",  # a byte-order mark
        "\u202bDegraix\u202c était présent le 4 juillet 2024 ?",  # right-to-left embedding
        "Degraix e\u0301tait pre\u0301sent le 4 juillet 2024 ?",  # decomposed accents
        "Deg\u00adraix était présent le 4 juillet 2024\x07 ?",  # soft hyphen, a bell
    ],
)
async def test_invisible_characters_do_not_change_the_answer(
    degraix: Conversation, typed: str
) -> None:
    plain = text(await degraix.send("Degraix était présent le 4 juillet 2024 ?"))
    assert plain.startswith("Oui")
    assert text(await degraix.send(typed)) == plain


async def test_invisible_characters_in_a_command(degraix: Conversation) -> None:
    plain = text(await degraix.send("/membre Degraix"))
    assert "Jean-Luc DEGRAIX" in plain
    assert text(await degraix.send("/membre\u200b Deg\u200braix")) == plain
    assert text(await degraix.send("\ufeff/membre Degraix")) == plain
