"""The cue restorer's shortcuts give what its patterns give (storage/parsing/written.py): the
word before each colon read back from the colon, as _AT_CUE read it at every letter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storage.parsing import present, written
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


_HOLDER_PIECES = st.sampled_from(
    [
        "M. Luc MARTY", "Mme Rose LAFAGE", "Paul VIGNE", " ", "\n", ". ", "; ", ", ", "est",
        "porteur", "porteuse", "détient", "detient", "a reçu", "reçoit", "recoit", "dispose",
        "est détenteur", "du", "de la", "le", "d'une", "pouvoir", "procuration", "mandat",
        "délégation", "de", "d'", "Mme", "M.", "présentent", "tient",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_HOLDER_PIECES, max_size=24))
def test_a_holder_s_sentence_is_never_missed_by_its_cue(pieces: list[str]) -> None:
    # the sentence's pattern is tried only where its verb and noun are printed
    text = " ".join(pieces)
    if written._CARRIES.search(text) is not None:
        assert written._CARRIES_CUE.search(text) is not None
        present.words(text)
        assert present.holds(text, written._CARRIES_VERB_WORDS)
        assert present.holds(text, written._CARRIES_NOUN_WORDS)


def test_a_holder_s_sentence_is_still_written_as_a_proxy() -> None:
    text = "Présents : M. Luc MARTY\nMme Rose LAFAGE est porteuse du pouvoir de M. Paul VIGNE."
    assert "M. Paul VIGNE donne pouvoir à Mme Rose LAFAGE" in written.restore_cues(text)
    assert written.restore_cues("Présents : M. Luc MARTY, qui présentent.") == (
        "Présents : M. Luc MARTY, qui présentent."
    )
