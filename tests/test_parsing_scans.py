"""The readers' shortcuts find exactly what the plain scans they stand for find.

A pattern tried only at or around cheap hints (storage.parsing.attendance) must give the
same matches as the pattern run over the whole block, on any text made of the pieces counts
are printed with (labels, figures, number words, asides, separators, line breaks)."""

from __future__ import annotations

import re
from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from storage.parsing.attendance import (
    _COUNT,
    _COUNT_BEFORE,
    _COUNT_BEFORE_HINTS,
    _COUNT_HINTS,
    _LIST_HEAD,
    _PROXY_LINE,
    _SENTENCE_ABOUT_MEMBER,
    _about_member,
    _hint_spots,
    _list_head,
    _matches_around_hints,
    _matches_at_hints,
    _proxy_line,
    _spots_of,
)
from storage.parsing.votes import (
    _ABSTAIN_NAMES,
    _ABSTENTIONS,
    _AGAINST_NAMES,
    _VOTES_AGAINST,
    _VOTES_FOR,
    _abstaining_before_verb,
    _first_number,
    _named,
)

LABELS = [
    "présents", "presents", "absents", "représentés", "représentées", "exercice", "en exercice",
    "titulaires", "réunis", "pouvoirs", "procurations", "voix", "votants", "quorum",
    "majorité absolue", "présents ou représentés", "absents et excusés", "sent", "unis",
]  # fmt: skip
FIGURES = [
    "21", "4", "1234", "0" * 230, "vingt et un", "soixante-et-quatorze-cinquante", "n° 3", "",
]  # fmt: skip
SEPARATORS = [" ", "", "\n", " : ", ":", " :\n", "=", f" ({'x' * 60}) : ", ", ", ". "]
OTHERS = ["membres ", "conseillères communautaires ", "élus ", "ou ", "et ", "pour", " contre", ""]
# A count as it is printed, label first or figure first, with any of the pieces around it.
PHRASES = st.one_of(
    st.tuples(*(st.sampled_from(x) for x in (LABELS, SEPARATORS, FIGURES, OTHERS))),
    st.tuples(*(st.sampled_from(x) for x in (FIGURES, SEPARATORS, OTHERS, LABELS))),
    st.lists(st.sampled_from(LABELS + FIGURES + SEPARATORS + OTHERS), max_size=6),
).map("".join)


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]


def _same_as_whole_scan(low: str, start: int, end: int) -> None:
    spots = _hint_spots(_COUNT_HINTS, low, start, end)
    at_hints = _matches_at_hints(_COUNT, _spots_of(spots, _COUNT_HINTS), low, start, end, 5)
    assert _spans(list(at_hints)) == _spans(list(_COUNT.finditer(low, start, end))), low
    before_spots = _spots_of(spots, _COUNT_BEFORE_HINTS)
    around = _matches_around_hints(_COUNT_BEFORE, before_spots, low, start, end, 100, 40)
    assert _spans(list(around)) == _spans(list(_COUNT_BEFORE.finditer(low, start, end))), low


def test_every_count_phrase_alone_is_found_around_its_hint() -> None:
    """The widest phrases (three number words, a member's title, a long aside) included."""
    for label, separator, figure, other in product(LABELS, SEPARATORS, FIGURES, OTHERS):
        for phrase in (label + separator + figure, figure + separator + other + label):
            low = f"zy zy zy {phrase} zy zy zy"
            _same_as_whole_scan(low, 0, len(low))


# Phrases apart from each other by filler that holds no hint: a hint left out, or a window too
# narrow, shows as a count missed.
FILLER = st.integers(0, 160).map(lambda n: "zy " * (n // 3))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(PHRASES, FILLER), max_size=12),
    st.integers(0, 300),
    st.integers(0, 3000),
)
def test_counts_scanned_around_their_hints_are_the_whole_scan(
    phrases: list[tuple[str, str]], start: int, end: int
) -> None:
    low = "".join(phrase + filler for phrase, filler in phrases)
    _same_as_whole_scan(low, start, min(end, len(low)))


# Lines as attendance blocks print them: cues in any case, names, proxies, sentences about a
# member, and the letters case-insensitive patterns take for others (« ı », « ſ »).
LINE_PIECES = [
    "Présents", "PRÉSENTS", "présent", "Etaient ", "Absents excusés", "ABSENTS", "Excusés",
    "Pouvoirs", "POUVOIR", "procurations", "Procuration", "mandat", "MANDAT", "délégation",
    "DÉLÉGATIONS de vote", "représentés", "Représentée par", "ayant voté par ", "ayant donné ",
    "Membres ", "titulaires ", "Conseillers municipaux ", " : ", ":", " ", ", ", "(2)", "à ",
    "M. ", "Mme ", "MM. ", "Monsieur ", "Jean DUPONT", "Anne-Marie LE GALL", "donne ",
    " est nommé", " a été désigné", " a ete élu", " rejoint", " arrive", " quitte",
    " réintègre", " reintegre", " ne prend pas part", " préside la séance", " préside l’",
    "ı", "ſ", "ENT", "pouvoır", "préſents", "ABſENTS", "K", "12", "\t", "POUVOİRS", "İ",
]  # fmt: skip


CIVILITIES = ["M. ", "Mme ", "MM. ", "Madame ", "", "- ", "Mme Anne BOIS, "]
NAMES = ["Jean DUPONT ", "Anne-Marie LE GALL ", "DUPONT Jean ", "Jean DUPONT, ", "ı ", ""]
VERBS = [
    "donne mandat à ", "a donné pouvoir à ", "donne procuration à ", "délégation de vote à ",
    "représenté par ", "(pouvoir à ", "est nommée ", "a été élu ", "a ete désignée ",
    "rejoint ", "arrive ", "quitte ", "réintègre ", "reintegre ", "ne prend pas part ",
    "préside la séance", "préside l'", "PRÉSIDE LA ", "DONNE POUVOIR A ", "",
]  # fmt: skip
# A line as printed: who, then what they do, then anything.
LINES = st.one_of(
    st.tuples(*(st.sampled_from(x) for x in (CIVILITIES, NAMES, VERBS, LINE_PIECES))).map("".join),
    st.lists(st.sampled_from(LINE_PIECES), max_size=8).map("".join),
)


@settings(max_examples=600, deadline=None)
@given(LINES)
def test_list_cue_proxy_and_member_sentence_shortcuts_are_their_patterns(line: str) -> None:
    def same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
        return _spans([a] if a else []) == _spans([b] if b else [])

    assert same(_list_head(line), _LIST_HEAD.match(line))
    assert same(_proxy_line(line), _PROXY_LINE.match(line))
    assert _about_member(line) == bool(_SENTENCE_ABOUT_MEMBER.match(line))


VOTE_PIECES = [
    "Pour", "POUR", "pour", "Contre", "CONTRE", "contre", "Abstention", "abstentions", "ABST",
    "s'abstenant", "s’abstiennent", "S'ABSTIENT", "ſ", "ı", "ﬅ", "İ", "ABSTENTİON", " : ", ":",
    " ", "(", ")", ", ",
    "3", "12", "deux", "une", "voix", "M. Jean DUPONT", "Mme Anne LE GALL", " et ", "\n", "/",
    "Adopté à l'unanimité", "à la majorité", "(s)", "groupe Ensemble", "-",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(VOTE_PIECES), max_size=12).map("".join))
def test_a_vote_without_its_word_gives_nothing_for_that_family(text: str) -> None:
    """_read_vote skips each family of patterns when the casefolded text lacks its word."""
    folded = text.casefold()
    if "contre" not in folded:
        assert _named(_AGAINST_NAMES, text) == []
        assert _first_number(_VOTES_AGAINST, text) is None
    if "pour" not in folded:
        assert _first_number(_VOTES_FOR, text) is None
    if "abst" not in folded:
        assert _named(_ABSTAIN_NAMES, text) == []
        assert _abstaining_before_verb(text) == []
        assert _first_number(_ABSTENTIONS, text) is None
