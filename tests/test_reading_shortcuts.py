"""The shortcuts of a sentence's reading answer what the long way answers, over every message
of the question tables (as typed, and folded as the readers fold them): a group of patterns
tries only those whose cues a message holds, the terms are one alternation, the acronyms are
looked for before the letters are counted. A phrasing added to a reading keeps its cue beside
its pattern (the cues are derived from the expression); a shortcut that would skip a message
the long way reads fails here."""

from __future__ import annotations

import pytest

from bot.services import act_facts, frames, law_questions, small_talk
from storage import cues, french
from storage.names import fold
from tests.helpers import conversation_blocks

MESSAGES = sorted(
    {message for block in conversation_blocks("*.tsv") for message, _ in block}
    | {
        # each term asked, as its pattern reads it (none of the tables asks them all)
        *(f"c'est quoi {w} ?" for w in ("un mandataire", "le quorum", "un pv", "l'odj")),
        *(f"{w}, ça veut dire quoi ?" for w in ("procès-verbal", "unanimité", "mandant")),
        "bonjour c est quoi les votants svp",
        "le président peut-il voter deux fois ?",
        "un extrait du registre, c'est quoi ?",
        "LA DSP DU CLS ET LE PLH ?",
        "la DSP du réseau et le PLH, votés quand ?",
    }
)
# As the law's readings see a message: folded, one space between words
FOLDED = sorted({" ".join(law_questions._folded(m).split()) for m in MESSAGES})


@pytest.mark.parametrize(
    "group",
    [law_questions._READING_CUES, law_questions._FIRST_CONCEPTS, french._RELATIVE_CUES],
    ids=["law readings", "first concepts", "relative dates"],
)
def test_a_group_finds_what_its_patterns_find_one_by_one(group: cues.CueGroup) -> None:
    assert len(MESSAGES) > 3000  # the tables are there
    for text in [*FOLDED, *MESSAGES, *(fold(m) for m in MESSAGES)]:
        found = [(i, m.span()) for i, m in group.matches(text)]
        one_by_one = [
            (i, m.span()) for i, p in enumerate(group.patterns) if (m := p.plain.search(text))
        ]
        assert found == one_by_one, text


def _term_one_by_one(text: str) -> str | law_questions.Rule | None:
    """`term_asked` the long way: each term's expression searched in turn."""
    folded = " ".join(law_questions._folded(text).split())
    for term, words in law_questions._said_terms():
        if cues.plain(law_questions._term_expression(words)).search(folded):
            return term
    return None


def test_the_terms_alternation_finds_the_first_term_as_each_pattern_in_turn() -> None:
    found = {law_questions.term_asked(m) for m in MESSAGES}
    assert len(found - {None}) >= 8  # the terms are asked, not only missed
    for message in MESSAGES:
        assert law_questions.term_asked(message) == _term_one_by_one(message), message


def _acronyms_counting_first(text: str) -> frozenset[str]:
    letters = [c for c in text if c.isalpha()]
    if sum(c.isupper() for c in letters) * 3 > len(letters):
        return frozenset()
    found = (m.group(1) for m in frames._CAPITALS.finditer(text))
    return frozenset(w for w in map(fold, found) if w in frames._STOPWORDS)


def test_acronyms_are_those_found_when_the_letters_are_counted_first() -> None:
    told = [m for m in MESSAGES if frames._acronyms(m)]
    assert told  # some messages name acronyms
    for message in MESSAGES:
        assert frames._acronyms(message) == _acronyms_counting_first(message), message


def _cued_alternations() -> list[tuple[str, cues.Cued]]:
    """Every cued pattern of the readers searched by its branches (`storage.cues._Branches`)."""
    found = []
    for module in (act_facts, frames, french, law_questions, small_talk):
        for name, value in vars(module).items():
            branched = isinstance(value, cues.Cued) and value.gate is not None
            if branched and cues._branched(value.plain) and cues._Branches.of(value.plain):
                found.append((f"{module.__name__}.{name}", value))
    return found


@pytest.mark.parametrize(
    ("name", "cued"), _cued_alternations(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_an_alternation_searched_by_its_branches_finds_what_it_finds_whole(
    name: str, cued: cues.Cued
) -> None:
    texts = [*MESSAGES, *(fold(m) for m in MESSAGES), *FOLDED]
    for text in texts:
        whole = [m.span() for m in cued.plain.finditer(text)]
        assert [m.span() for m in cued.finditer(text)] == whole, (name, text)
        first = whole[0] if whole else None
        assert (m.span() if (m := cued.search(text)) else None) == first, (name, text)
        assert cued.sub("#", text) == cued.plain.sub("#", text), (name, text)


def test_the_proxy_given_is_searched_by_its_branches() -> None:
    assert ("frames._GIVE", frames._GIVE) in [(n[13:], c) for n, c in _cued_alternations()]
    text = "qui a donne pouvoir a degraix"
    assert frames._GIVE._engine(text) is not frames._GIVE.plain  # most branches fail at once


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        (r"a|b(?:c|d)|e", ["a", "b(?:c|d)", "e"]),
        (r"[|]x|\|y|z", ["[|]x", r"\|y", "z"]),
        (r"[]|]a|[^]|]b|c", ["[]|]a", "[^]|]b", "c"]),
        (r"(?<!\ba )x|(?=y|z)w|[\]|]v", [r"(?<!\ba )x", "(?=y|z)w", r"[\]|]v"]),
        (r"no alternation", ["no alternation"]),
    ],
)
def test_an_alternation_is_split_where_the_engine_splits_it(
    pattern: str, branches: list[str]
) -> None:
    assert cues._top_branches(pattern) == branches
