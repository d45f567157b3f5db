"""« bureau du 21/12 finalement à 17h »: the sitting named first, then the word that corrects
and its new moment, with no verb, is the order to move it (it was answered with the sitting's
card); asked with « ? », or without a moment, it is no order."""

from __future__ import annotations

import pytest

from bot.services.sitting_orders import Verb, read_order


@pytest.mark.parametrize(
    ("typed", "sitting", "moment"),
    [
        ("Conseil du 3 février, en fait 9h30", "conseil du 3 fevrier", "9h30"),
        ("la séance du bureau du 9 : plutôt le 10 à 18h", "seance du bureau du 9", "le 10 a 18h"),
        ("bonjour, le bureau du 12 désormais à 17h", "le bureau du 12", "a 17h"),
    ],
)
def test_a_sitting_then_a_correcting_word_and_a_moment_moves_it(
    typed: str, sitting: str, moment: str
) -> None:
    order = read_order(typed)
    assert order is not None
    assert order.verb is Verb.POSTPONE
    assert sitting in order.sitting_words
    assert order.new_words == moment


@pytest.mark.parametrize(
    "other",
    [
        "le bureau du 12 finalement à 17h ?",  # asked
        "le bureau du 12 finalement annulé",  # no moment: not read as a move
        "conseil du 3 février plutôt 2 points à l'ordre du jour",  # the agenda
    ],
)
def test_no_move_is_read_without_a_moment_or_from_a_question(other: str) -> None:
    order = read_order(other)
    assert order is None or order.verb is not Verb.POSTPONE
