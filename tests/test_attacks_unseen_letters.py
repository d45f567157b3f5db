"""Characters nobody sees that Python counts printable: the combining grapheme joiner,
variation selectors, Khmer and Mongolian marks of no shape, and the blanks Telegram users type
for a space or an empty message (the Hangul fillers, the Braille blank). Each one went past
the cleaning of invisible characters: a name holding one matched nobody, a question spaced
with one was read as a member's name, a document printing one made a second member.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.transport import Conversation
from storage.importer import parse_text
from tests.helpers import text
from tests.test_attacks_documents import ROLL_CALL


@pytest.mark.parametrize(
    "typed",
    [
        "Berg\u034fer était présente le 4 juillet 2024 ?",  # a combining grapheme joiner
        "Ber\ufe0eger était présente le 4 juillet 2024 ?",  # a variation selector
        "Berger\u17b5 était présente le 4 juillet 2024 ?",  # a Khmer mark of no shape
        "Berger\u3164était\u3164présente le 4 juillet 2024 ?",  # Hangul fillers for spaces
        "\u2800Berger était présente\u2800le 4 juillet 2024 ?",  # Braille blanks
        "Berger\uffa0était présente le 4 juillet 2024 ?\U000e0101",  # a halfwidth filler
    ],
)
async def test_a_question_holding_an_unseen_character_is_the_question_typed(
    degraix: Conversation, typed: str
) -> None:
    plain = text(await degraix.send("Berger était présente le 4 juillet 2024 ?"))
    assert "BERGER" in plain
    assert text(await degraix.send(typed)) == plain


async def test_a_command_whose_argument_holds_a_filler_is_that_command(
    degraix: Conversation,
) -> None:
    plain = text(await degraix.send("/membre Berger"))
    assert "Françoise BERGER" in plain
    assert text(await degraix.send("/membre\u3164Ber\u180bger")) == plain
    assert text(await degraix.send("/membre Berger\u115f\u1160")) == plain


@pytest.mark.parametrize("blank", ["\u3164", "\u2800\u2800", "\uffa0 \u034f"])
async def test_a_message_of_fillers_alone_is_an_empty_message(
    degraix: Conversation, blank: str
) -> None:
    """A Hangul filler alone answered the whole help page, a Braille blank « Entendu »:
    they are how Telegram users send an empty message, answered as one."""
    assert text(await degraix.send(blank)) == text(await degraix.send("\u200b"))


@pytest.mark.parametrize("name", ["GIR\u034fAUD", "GIRAUD\ufe0f", "GI\u180dRAUD", "GIRAUD\u3164"])
def test_a_printed_name_holding_an_unseen_character_is_the_member(name: str) -> None:
    extract = parse_text(ROLL_CALL.format(name=name), Path("vernioz.txt"))
    assert [p.last_name for p in extract.present] == ["GIRAUD", "MOREL", "FAURE"]


def test_a_spreadsheet_cell_keeps_no_unseen_character() -> None:
    from bot.services.spreadsheet import safe_cell

    assert safe_cell("Mme Anne\u3164MO\u034fREL\ufe0f") == "Mme Anne MOREL"
