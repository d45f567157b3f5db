"""The cue restorer's shortcuts give what its patterns give (storage/parsing/written.py): the
word before each colon read back from the colon, as _AT_CUE read it at every letter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storage.parsing import written
from tests.documents import DOCUMENTS, text_of

_PIECES = st.sampled_from(
    [
        "Présnets", "Pouviors", "Votnats", "Présents", "Présidents", "Secrétaire", "Excusés",
        "Abesnts", "Procurtaions", "Représentés", ":", " :", "(3) :", " (12):", " ", "  ", "\n",
        "\t", ". ", "; ", ", ", " - ", " – ", "1 ", "M. ", "DUPONT", "présnets", "PRÉSNETS", "é",
        "x", "Vtoants", "_", "ab", "(", ")",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_the_word_before_a_colon_is_restored_as_the_pattern_did(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert written._cues_restored(text) == written._AT_CUE.sub(written._cue, text)


def test_the_fixture_documents_read_alike() -> None:
    for path in sorted(DOCUMENTS.iterdir()):
        if path.suffix != ".txt":
            continue
        text = text_of(path.name)
        assert written._cues_restored(text) == written._AT_CUE.sub(written._cue, text), path.name
