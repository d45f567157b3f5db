"""The cleaning's gates (storage/parsing/written.py, grids.py, text.py) turn away only texts
their pattern finds nothing in: each cheap search that runs before a reader's pattern is held
here to that pattern, on texts built from the pieces both look at (cues, verbs, statuses,
blanks, breaks, dashes) and on every fixture document, line-broken and flattened, so an edited
pattern cannot outgrow its gate unseen."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from storage.invisible import FILLER, INVISIBLE, holds_invisible
from storage.names import fold
from storage.parsing import grids, ocr, written
from storage.parsing import text as textmod
from tests.documents import DOCUMENTS, text_of

_PIECES = st.sampled_from(
    [
        "M. Paul DURAND", "Mme Anne VIAL", "Madame Zoé", " ", "  ", "\t", "\n", ". ", "; ", ": ",
        "était", "est", "a été", "a\tété", "a\nete", " excusé", " excusée", "excuse", " absent",
        " absente", " absente et excusée", " sans excuse", ".", "Présents", "PRÉSENTS", "Excusés",
        "EXCUSÉS", "Absents", "Absents excusés", "ABSENTS REPRÉSENTÉS", "Représentés par",
        "Pouvoirs", "POUVOIRS", "Procurations", " - ", " — ", "–", "-", "Présent", "pouvoir",
        "Excusée", "représenté", "Nom", "NOMS", "Membres", "Élu", "Etaient ", "ÉTAIENT ", "Absent",
        "Conseiller", "Délégué", "x", "1", "(", ")", "Jean-", "Luc", "délibé-", "ration",
        "Reçu en préfecture", "ENVOYÉ À LA PRÉFECTURE", "le 04/07/2025", "LE 4.7.25", "le ",
        "Membres élus par", "MEMBRES DÉSİGNÉS PAR", "membreſ nommés par", "Membres désıgnés",
        " par ", "la commune", " présents :", "PRÉSENTS:", "P", "C", "NP", "=", " = ", ":",
        "pour", "POUR", "contre", "Abst.", "ABSTENTION", "ne prend pas part au vote",
        "NE PRENNENT PAS PART AU VOTE", "nppv", "12 P / 1 C", "prèsent", "PRÈSID", "Sèance",
        "après", "procès", "è", "È", "dèlèguè", "unanimitè", "İ", "ÈLU", "supplèant", "0", "6",
        "|", "!", "O", "l", "Il", "pr6sents", "Abstent1on", "P0UR", "Pour: l", "Votants : 1O",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=24).map("".join)


def _documents() -> list[str]:
    texts = []
    for path in sorted(DOCUMENTS.iterdir()):
        if path.suffix == ".txt":
            document = text_of(path.name)
            texts += [document, " ".join(document.split())]
    return texts


def _gates_hold(document: str) -> None:
    low = document.lower()
    if written._STAMP_DATE.search(document):
        assert written._STAMP_DATE_CUE.search(low), document
    if written._APPOINTED_PRESENT.search(document):
        assert written._APPOINTED_CUE.search(low), document
    if written._SAID_ABSENT.search(document):
        assert written._SAID_ABSENT_CUE.search(document), document
    if grids._LOST_HEAD.search(document):
        assert grids._LOST_CUE.search(document), document
    if grids._STATUS_ROW_GATE.search(document):
        assert grids._STATUS_ROW_CUE.search(document), document
    assert grids._placed_gate(document) == (grids._PLACED_GATE.search(document) is not None)
    low = document.lower()
    assert ocr._holds_grave_stem(document) == any(stem in low for stem in ocr._GRAVE_STEMS)
    if grids._KEY_ENTRY.search(document):
        assert grids._KEY_CUE.search(document), document
    # the searches led by one character answer what the pattern led by a class answers
    assert grids._key_cue(document) == (grids._KEY_CUE.search(document) is not None)
    assert grids._status_row_cue(document) == (grids._STATUS_ROW_CUE.search(document) is not None)
    if grids._LEGEND.search(document):
        assert grids._legend_cue(document), document
    assert ocr._glyph_in_word(document) == (ocr._IN_WORD.search(document) is not None)
    if "=" not in document:
        assert [m.span() for m in ocr._FIGURE_AFTER_COLON.finditer(document)] == [
            m.span() for m in ocr._FIGURE.finditer(document)
        ], document


@settings(max_examples=1500, deadline=None)
@given(_TEXTS)
def test_a_gate_lets_through_every_text_its_pattern_finds_something_in(document: str) -> None:
    _gates_hold(document)


def test_the_fixture_documents_pass_the_gates_their_patterns_match() -> None:
    for document in _documents():
        _gates_hold(document)


def test_the_gates_turn_away_a_roll_call_of_plain_lists() -> None:
    # The shape most documents print: cues with their colons, names, no sentence of status.
    roll_call = (
        "Présents : M. Paul DURAND, Mme Anne VIAL, M. Jean-Luc ROCHE\n"
        "Excusés : Mme Zoé MARTIN (pouvoir à M. Paul DURAND)\nAbsents : M. Marc BLANC\n"
    )
    assert written._SAID_ABSENT_CUE.search(roll_call) is None
    assert grids._LOST_CUE.search(roll_call) is None
    assert grids._STATUS_ROW_CUE.search(roll_call) is None
    assert not grids._placed_gate(roll_call)


def test_sentences_of_status_and_tables_pass_their_gates() -> None:
    for said in (
        "M. Paul DURAND était excusé.",
        "Le quorum est atteint. Mme Anne VIAL a été absente.",
        "Madame Zoé MARTIN a\tete excusee",
        "Monsieur Marc BLANC est absent sans excuse ; M. Luc ROCHE etait absent et excusé.",
    ):
        assert written._SAID_ABSENT.search(said), said
        assert written._SAID_ABSENT_CUE.search(said), said
    for stamped in (
        "Reçu en préfecture\nle 04/07/2025",
        "ACCUSÉ DE RÉCEPTION EN PRÉFECTURE \n LE 4.7.25",
    ):
        assert written._STAMP_DATE.search(stamped), stamped
        assert written._STAMP_DATE_CUE.search(stamped.lower()), stamped
    for appointed in (
        "Membres élus par le conseil municipal présents : M. X",
        "MEMBRES DÉSİGNÉS PAR LA COMMUNE PRÉSENTS :",
        "membres nommés par\tle préfet présents:",
    ):
        assert written._APPOINTED_PRESENT.search(appointed), appointed
        assert written._APPOINTED_CUE.search(appointed.lower()), appointed
    assert written._APPOINTED_CUE.search("les membres élus présents : x".lower()) is None
    lost = "Présents Excusés Absents\nM. Paul DURAND Mme Anne VIAL"
    assert grids._LOST_CUE.search(lost)
    assert grids._LOST_HEAD.search(lost)
    rows = "1. DURAND Paul — Présent\n2. VIAL Anne — Excusée\n"
    assert grids._STATUS_ROW_CUE.search(rows)
    assert grids._STATUS_ROW_GATE.search(rows)
    for key in (
        "P = pour, A = abstention, C = contre",
        "(P : Pour ; NP: NE PREND PAS PART AU VOTE)",
    ):
        assert grids._KEY_ENTRY.search(key), key
        assert grids._KEY_CUE.search(key), key
    assert grids._KEY_CUE.search(roll_call_of_counts := "Pour : 12\nContre : 1") is None
    assert grids._KEY_ENTRY.search(roll_call_of_counts) is None
    for legend in (
        "Légende : P = présent, E = excusé, A = absent, Pv = pouvoir donné",
        "(P) Présent, (E) Excusé, (A) Absent",
        "p : PRÉSENTE ; r : représentée par",
        "A=absente / Pr=procuration",
    ):
        assert grids._LEGEND.search(legend), legend
        assert grids._legend_cue(legend), legend
    assert not grids._legend_cue("Présents : M. Paul DURAND (pouvoir de Mme Anne VIAL)")
    assert not grids._status_row_cue("Présents : M. Paul DURAND - Mme Anne VIAL, excusée")
    assert grids._status_row_cue("1. VIAL Anne – Excusée")
    assert ocr._glyph_in_word("Abstent1on")
    assert ocr._glyph_in_word("P|EDOUX")
    assert not ocr._glyph_in_word("n° 2024.00417 du 16/05/2024, 61 présents")
    assert grids._placed_gate("Nom   Présent   Excusé\nDURAND   X\n")
    assert grids._placed_gate("Titre\n\tMembres\tPrésents\n")


def _split_words_plainly(document: str) -> str:
    """storage.parsing.ocr._split_words as it read every « é » after a space, whole."""
    joins = []
    for accent in ocr._ACCENTED:
        space = document.find(" " + accent)
        while space >= 0:
            start = space
            while start > 0 and space - start < 4 and document[start - 1].isalpha():
                start -= 1
            end = space + 2
            while end < len(document) and end - space < 16 and document[end].isalpha():
                end += 1
            if (
                start < space
                and (start == 0 or not document[start - 1].isalnum())
                and fold(document[start:space] + document[space + 1 : end]) in ocr._VOCABULARY
            ):
                joins.append(space)
            space = document.find(" " + accent, space + 2)
    for space in sorted(joins, reverse=True):
        document = document[:space] + document[space + 1 :]
    return document


_SPLIT = st.lists(
    st.sampled_from(
        [
            "Pr", "PR", "D", "d", "S", "Ex", "Abs", "Œ", "İ", "ß", " ", " é", " É", "è", "sents",
            "SENTS", "libération", "ance", "lus", "lu", "x", "a", "été", ".", "\n", "-", "é",
        ]
    ),
    max_size=20,
).map("".join)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(_SPLIT)
def test_a_word_split_at_its_accent_is_joined_as_when_every_accent_was_read(document: str) -> None:
    assert ocr._split_words(document) == _split_words_plainly(document)


def test_split_cue_words_are_joined_and_other_words_kept() -> None:
    damaged = "Pr ésents : X. D élibération. Il a été élu. S éance. PR ÉSENTS. Les élus."
    assert ocr._split_words(damaged) == (
        "Présents : X. Délibération. Il a été élu. Séance. PRÉSENTS. Les élus."
    )


def test_every_invisible_character_is_unprintable_or_looked_for_apart() -> None:
    # storage.invisible.holds_invisible answers « none » for a text printable but for its line
    # breaks and tabs unless the few unseen characters Python counts printable are in it: that
    # holds only while every printable one is among those few, and none of them is ASCII.
    from storage.invisible import _PRINTABLE_UNSEEN

    printable = [
        chr(code)
        for code in range(0x110000)
        if (INVISIBLE.match(chr(code)) or FILLER.match(chr(code))) and chr(code).isprintable()
    ]
    assert all(_PRINTABLE_UNSEEN.match(c) and not c.isascii() for c in printable)
    assert len(printable) == len(_PRINTABLE_UNSEEN.findall("".join(map(chr, range(0x110000)))))
    for text in (
        "M. Paul DURAND\n\tPrésents", "Mme É\u00adLISE", "GI\u202eRAUD", "x\U000e0041",
        "DE\u034fGRAIX", "Jean\u3164Luc", "Présents\u2800:", "é\ufe0f", "a\U000e0100",
    ):  # fmt: skip
        found = INVISIBLE.search(text) is not None or FILLER.search(text) is not None
        assert holds_invisible(text) == found, text
    assert not holds_invisible("Présents : M. Paul DURAND,\tMme Anne VIAL\n")
    assert holds_invisible("Présents : M. Paul DU\u200bRAND\n")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["  ", "\t", " ", "\n", "a", "12", "5", "Page", "é"]), max_size=16)
)
def test_a_right_margin_s_figure_is_seen_as_its_one_pattern_saw_it(pieces: list[str]) -> None:
    # the gap's two spellings looked for apart (text._RIGHT_SIGN, _RIGHT_SIGN_TAB) find a
    # figure at a line's end exactly where the pattern holding both found one
    text = "".join(pieces)
    both = re.compile(r"(?:  (?<=\S  )|\t(?<=\S\t))[ \t]*+\d{1,4}[ \t]*\n")
    apart = textmod._RIGHT_SIGN.search(text) is not None or (
        textmod._RIGHT_SIGN_TAB.search(text) is not None
    )
    assert apart == (both.search(text) is not None)


_TYPED = st.lists(
    st.sampled_from(
        [
            "qui", "était", "présent", "?", "/membre", "Deg\u200braix", " ", "  ", "\t", "\n",
            "\r\n", "\xa0", "\u2003", "\u202f", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "é",
            "\u3164", "\u2800", "\u034f", "\ufe0f",
        ]
    ),
    max_size=16,
).map("".join)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(_TYPED)
def test_a_message_is_cleaned_only_when_its_patterns_find_something(text: str) -> None:
    """What a member types (bot/incoming.py) is looked at through quicker gates than the
    patterns that clean it: each says what its pattern finds, whitespace of every kind
    around, between and inside the words."""
    from bot import incoming

    found = incoming._NEEDS_SPACING.search(text) is not None
    assert incoming._spacing_to_mend(text) == found, repr(text)
    unseen = INVISIBLE.search(text) is not None or FILLER.search(text) is not None
    assert holds_invisible(text) == unseen, repr(text)
