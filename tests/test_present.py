"""The words a document holds, asked once (storage.parsing.present): the same answers as the
scans of the whole text they replace."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.parsing import present

_ASKED = ("taient", "sent", "qui", "fecture", "é")
_WHOLE = ("\x00par\x00", "\x00-\x00", "dispose\x00", "\x00excus")
_MASKS = {string: present.strings(string) for string in (*_ASKED, *_WHOLE)}
_PIECES = st.sampled_from(
    [
        "étaient", "présents", "qui", "préfecture", "par", "-", "dispose", "excusés", " ", "  ",
        "\n", "\t", "\u00a0", "\u2028", "x", "dispose-", "(par", "--", "Mme", "é", "e\u0301",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=20))
def test_a_string_is_held_exactly_when_the_text_holds_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    for string in _ASKED:  # (a text not read yet is scanned)
        assert present.holds(text, _MASKS[string]) == (string in text)
    present.words(text)
    for string in _ASKED:
        assert present.holds(text, _MASKS[string]) == (string in text)
    words = text.split()
    assert present.holds(text, _MASKS["\x00par\x00"]) == ("par" in words)
    assert present.holds(text, _MASKS["\x00-\x00"]) == ("-" in words)
    assert present.holds(text, _MASKS["dispose\x00"]) == any(w.endswith("dispose") for w in words)
    assert present.holds(text, _MASKS["\x00excus"]) == any(w.startswith("excus") for w in words)


_LOWERED = {string: present.lowered(string) for string in ("unanl", "déll", "présl")}
_CASED = st.sampled_from(
    [
        "UNANlMITÉ", "unanlmité", "UnAnLmité", "DÉLlBÉRATION", "délibération", "PRÉSlDENT",
        "présl", "un anl", "unan\nl", " ", "\n", "\u00a0", "İ", "x", "DÉL", "l",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_CASED, max_size=12))
def test_a_string_asked_in_lower_case_is_held_as_the_text_in_lower_case_holds_it(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    present.words(text)
    assert present.is_last(text)
    for string, wanted in _LOWERED.items():
        assert present.holds(text, wanted) == (string in text.lower())


def test_a_text_changed_is_asked_again() -> None:
    text = "Etaient présents : M. Paul FAYE"
    present.words(text)
    assert present.holds(text, _MASKS["taient"])
    changed = text.replace("Etaient", "Sont")
    assert not present.holds(changed, _MASKS["taient"])
    present.words(changed)
    assert not present.holds(changed, _MASKS["taient"])
    assert present.holds(text, _MASKS["taient"])


def test_a_string_holding_a_space_is_refused() -> None:
    with pytest.raises(ValueError, match="white space"):
        present.strings("pour le compte")
