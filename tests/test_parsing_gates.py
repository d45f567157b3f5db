"""The document reader's shortcuts answer what the plain search answers.

A pattern searched only near its cue words (storage.parsing.common.search_near), the figures
told apart as bytes (storage.parsing.text.holds_other_digits), the French date reader's
folding table (storage.french): each is held here to the slow, obvious way it replaces, so
an edited pattern cannot outgrow its gate unseen (as tests/test_attendance_gates.py does for
the list stops)."""

from __future__ import annotations

import random
import re

import pytest

from storage import french
from storage.parsing import (
    attendance,
    common,
    extract,
    funding,
    heading,
    ocr,
    text,
    votes,
    written,
)
from storage.parsing.common import search_near
from tests.documents import DOCUMENTS, text_of

# (pattern, its cues, how far before a cue a match may start): every gated search.
GATED = [
    (
        heading._SECOND_CONVOCATION,
        heading._SECOND_CONVOCATION_CUES,
        heading._SECOND_CONVOCATION_BEFORE,
    ),
    (heading._REGISTER, heading._REGISTER_CUES, 0),
    *[
        # a council's pattern written for any case is searched in lower case
        (re.compile(p.pattern.lower()) if p.flags & re.IGNORECASE else p, *near)
        for p, near in heading._NEAR_CUES.items()
    ],
]
OPENS = {heading._SECOND_CONVOCATION: heading._SECOND_CONVOCATION_OPENS}
# The longest way each branch of a gated pattern opens before its cue, written out.
LONGEST = [
    "deuxième convocation",
    "sans condition de quorum",
    "ont été de nouveau convoqués",
    "ont été convoquées de nouveau",
    "a été à nouveau convoqué",
    "seconde convocation",
    "2e convocation",
    "2ème convocation",
    "2nde convocation",
    "métropole de lyon",
    "Métropole Nice",
    "MÉTROPOLE AIX",
    "registre des actes du ",
    "procès verbal des décisions de la ",
    "relevé des délibérations du ",
    "extrait des délibérations de l'",
    "compte-rendu de la réunion du ",
]


def _words(pattern: re.Pattern[str]) -> list[str]:
    """The literal pieces the pattern is written with, and the words around its branches."""
    pieces = re.findall(r"[a-zà-ÿ0-9'’]+(?: [a-zà-ÿ0-9'’]+)*", pattern.pattern)
    around = (
        "a ont été ete à de nouveau convoqué convoquée convoqués convocation quorum 2e x"
        " Métropole MÉTROPOLE métropole Saint-Etienne du Grand Lyon de Lyon Mmétropole"
    )
    # (and the phrases whole: a register's heading is too long to be drawn word by word)
    return [*pieces, *around.split(), *(phrase.strip() for phrase in LONGEST), "\n", " ", ":"]


@pytest.mark.parametrize(("pattern", "cues", "before"), GATED)
def test_a_gated_search_finds_what_the_plain_search_finds(
    pattern: re.Pattern[str], cues: tuple[str, ...], before: int
) -> None:
    words = _words(pattern)
    draw = random.Random(13)
    found = 0
    for _ in range(4000):
        sample = " ".join(draw.choice(words) for _ in range(draw.randint(1, 14)))
        end = draw.randint(0, len(sample))
        plain = pattern.search(sample, 0, end)
        near = search_near(pattern, sample, cues, before, end, opens=OPENS.get(pattern, ""))
        assert (plain and plain.span()) == (near and near.span()), sample
        found += plain is not None
    assert found > 10  # the samples do hold matches


@pytest.mark.parametrize(("pattern", "cues", "before"), GATED)
def test_each_branch_holds_a_cue_within_reach(
    pattern: re.Pattern[str], cues: tuple[str, ...], before: int
) -> None:
    matched = [(sample, found) for sample in LONGEST if (found := pattern.search(sample))]
    assert matched
    for sample, found in matched:
        assert min(sample.find(cue) for cue in cues if cue in sample) - found.start() <= before
        assert sample[found.start()] in OPENS.get(pattern, sample[found.start()])


def test_other_digits_are_told_by_their_lead_bytes() -> None:
    digits = [chr(p) for p in range(0x80, 0x110000) if re.match(r"\d", chr(p))]
    assert all(text.holds_other_digits(f"Page {d}") for d in digits)
    assert not text.holds_other_digits("Séance du 4 juillet 2024 – l’ordre du jour « œuvre »")
    assert text.holds_other_digits("\ud800")  # a lone surrogate, as a decoded text may hold


def test_repeated_headers_are_found_with_figures_of_any_script() -> None:
    heading = "Conseil municipal du 6 mars 2025 page"
    lines = [f"{heading} ١", "x", f"{heading} ٢"]
    assert text._repeated_headers(lines)[0] == {"Conseil municipal du # mars # page #"}
    plain = ["Conseil municipal du 6 mars 2025 page 1", "Conseil municipal du 6 mars 2025 page 2"]
    assert text._repeated_headers(plain)[0] == {"Conseil municipal du # mars # page #"}
    assert text._repeated_headers(["Présents : 12", "Votants : 14", "Séance"])[0] == set()


def test_the_folding_table_folds_as_each_character_does() -> None:
    sample = "".join(chr(p) for p in range(0x20, 0x3000) if not 0xD800 <= p <= 0xDFFF)
    expected = "".join(french._fold_char(c) for c in sample)
    assert french._fold_keeping_offsets(sample) == expected
    assert len(french._FOLDED) <= 4096


# (pattern, the casefolded words the reader looks for before it): no match without one of them.
WORDED = [
    (votes._REJECTED, ("rejet", "repouss", "adopt")),
    (votes._ADOPTED, ("adopt", "approuv")),
    (votes._MAJORITY, ("major",)),
    (votes._UNANIMOUS, ("unan",)),
]


@pytest.mark.parametrize(("pattern", "words"), WORDED)
def test_a_vote_word_is_found_whatever_its_case(
    pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    draw = random.Random(7)
    pieces = [
        "rejeté",
        "rejetées",
        "repoussé",
        "adopté",
        "adoptée",
        "approuvés",
        "unanimité",
        "majorité",
        "x",
    ]
    pieces += ["à la", "non", "n’est pas", "n'est", "pas"]
    # the engine ignoring case also takes « ſ » for « s », « ı » and « İ » for « i »
    odd = {"s": "ſ", "i": "ıİ", "k": "\u212a"}
    found = 0
    for _ in range(3000):
        words_drawn = [draw.choice(pieces) for _ in range(draw.randint(1, 5))]
        sample = " ".join(
            "".join(
                draw.choice([c, c.upper(), *odd.get(c, "")]) if draw.random() < 0.3 else c
                for c in word
            )
            for word in words_drawn
        )
        if pattern.search(sample):
            found += 1
            assert any(word in sample.casefold() for word in words), sample
    assert found > 10


def test_the_lines_that_may_hold_a_cue_are_all_found_at_once() -> None:
    # every word of the gate, in any case, with the characters casefolding reads as letters
    pieces = [*attendance._CUE_WORDS, "Présents", "EXCUSÉS", "preſents", "aßistaient"]
    pieces += ["ASSİST", "ıl", "Mme Anne ROUX", "délégation", "MANDAT", "x", "Pouvoirs :"]
    draw = random.Random(5)
    lines = [" ".join(draw.choice(pieces) for _ in range(draw.randint(1, 4))) for _ in range(3000)]
    cleaned = text.clean("\n\n".join(lines))
    cued = attendance.cue_lines(cleaned)
    expected = {i for i, line in enumerate(cleaned.lines) if attendance._may_hold_cue(line)}
    assert expected
    assert expected <= cued


def test_a_vote_figure_is_read_alike_where_its_patterns_are_tried_near_their_words() -> None:
    pieces = ["Pour", "POUR", "pour :", "contre", "Contre :", "CONTRE", "abst.", "ABST", "voix"]
    pieces += ["Abstention(s) :", "abstentions", "12", "3", "0", "–", "douze", "trois", "une"]
    pieces += ["ont voté pour (4) :", "se sont abstenus (2) :", "\n", "/", ",", "aucune", "x"]
    pieces += [
        "preſents",
        "abſt :",
        "quatre-vingt",
        "RN",
        "Adopté",
        "(M. X, Mme Y)",
        "vingt et un",
    ]
    draw = random.Random(11)
    read = 0
    for _ in range(4000):
        sample = " ".join(draw.choice(pieces) for _ in range(draw.randint(1, 9)))
        low, folded = common._lower(sample), sample.casefold()
        for patterns in (votes._VOTES_FOR, votes._VOTES_AGAINST, votes._ABSTENTIONS):
            plain = votes._first_number(patterns, sample)
            assert votes._first_number(patterns, sample, low, folded) == plain, sample
            read += plain is not None
    assert read > 1000
    # every pattern opening on a label, a figure or a verb is tried near its words
    patterns = (*votes._VOTES_FOR, *votes._VOTES_AGAINST, *votes._ABSTENTIONS)
    assert sum(votes._where(p) is not None for p in patterns) >= len(patterns) - 1


def test_runs_of_spaces_are_made_single_or_a_gap_of_three_as_before() -> None:
    draw = random.Random(3)
    for _ in range(2000):
        sample = "".join(
            draw.choice(["a", " ", "  ", "   ", "\n", "é", "\x00"]) for _ in range(30)
        )
        cleaned = text.clean(sample).lines
        plain = text._SPACES.sub(text._gap, sample.replace("\x00", ""))
        assert cleaned == text.clean(plain).lines, sample


def test_a_proxy_is_hinted_as_its_pattern_says() -> None:
    words = [*attendance._PROXY_HINT_WORDS, "DÉLÉGATION", "Représenté", "x", "mandataire"]
    words += ["pouvoi", "procura", "Mme Anne ROUX", "dèlég", "répresent"]
    draw = random.Random(9)
    for _ in range(3000):
        sample = " ".join(draw.choice(words) for _ in range(draw.randint(1, 4)))
        expected = attendance._PROXY_HINT.search(sample.lower()) is not None
        assert attendance._mentions_proxy(sample) == expected, sample


def _drawn(
    pieces: list[str], seed: int, longest: int, glue: tuple[str, ...] = (" ",)
) -> list[str]:
    """4,000 texts of 1 to `longest` pieces drawn at random, each followed by a glue drawn too."""
    draw = random.Random(seed)
    return [
        "".join(draw.choice(pieces) + draw.choice(glue) for _ in range(draw.randint(1, longest)))
        for _ in range(4000)
    ]


@pytest.mark.parametrize(
    ("pattern", "opening"),
    [
        (funding._AMOUNT_THEN_WHOM, "verb"),
        (funding._AMOUNT_PASSIVE, "noun"),
        (funding._WHOM_THEN_AMOUNT, "verb"),
    ],
)
def test_a_grant_sentence_is_found_alike_where_it_is_tried_at_its_opening_words(
    pattern: re.Pattern[str], opening: str
) -> None:
    pieces = ["attribue", "ATTRIBUE", "accorde", "alloue", "versera", "octroie", "octroyée"]
    pieces += ["une subvention", "UNE AIDE", "la participation", "une contribution", "dotation"]
    pieces += ["fonds de concours", "un soutien financier", "de", "12 000 €", "800 euros", "à"]
    pieces += ["au", "aux", "l'association X", "au club Y", "est", "sera", "attribuée", ",", "."]
    pieces += ["pour", "le projet Z", "a", "avait", "et", ";", "la commune", "ſoutien", "aıde"]
    pieces += ["divers", "universel", "İ", "x", "1 200 €", "en faveur de"]
    pieces += [
        "attribue une subvention de 12 000 € à l'association X",
        "une aide de 800 € est attribuée au club Y",
        "accorde à l'association X une subvention de 3 000 €",
        "VERSE UNE PARTICIPATION DE 5 000 EUROS AU SYNDICAT Z",
    ]
    found = 0
    for sample in _drawn(pieces, seed=17, longest=16):
        plain = [m.span() for m in pattern.finditer(sample)]
        low, words = common._lower(sample), funding._OPENING_WORDS[opening]
        gated = [m.span() for m in funding._opening_at(pattern, sample, low, words)]
        assert gated == plain, sample
        found += len(plain)
    assert found > 200


def _document_lines() -> list[str]:
    """Every line of the documents of the tests, and each document flattened on one line."""
    lines = []
    for path in sorted(DOCUMENTS.glob("*.txt")):
        document = text_of(path.name)
        lines += [*document.split("\n"), " ".join(document.split())]
    return lines


def _found_alike(gated: re.Pattern[str], opening: str, drawn: list[str]) -> int:
    """How many matches the pattern without its opening gate finds in the documents' lines and
    the drawn texts, each text's matches found alike by the gated pattern."""
    assert gated.pattern.startswith(opening)
    plain = re.compile(gated.pattern.removeprefix(opening).removesuffix(")"))
    found = 0
    for line in _document_lines() + drawn:
        expected = [m.span() for m in plain.finditer(line)]
        assert [m.span() for m in gated.finditer(line)] == expected, line
        found += len(expected)
    return found


def test_a_long_line_is_cut_where_every_branch_of_its_breaks_would_cut_it() -> None:
    # storage.parsing.extract._LONG_BREAKS says once, first, the space each branch's lookbehind
    # ends with, then the letters its branches open on: without them, the pattern cuts the
    # same places.
    pieces = ["M.", "Mme", "Monsieur", "Le", "La", "Vu", "Considérant", "Après", "POUVOIRS", "-"]
    pieces += ["2024-046", "D2019-021", "N°", "3", "12)", "(4)", "Point n° 2", "Délibération n°"]
    pieces += ["Adopté", "à", "par", "de", "Paul", "DURAND", "donne pouvoir", "quitte la séance"]
    pieces += ["Deuxième point", "II", "Toutes les délibérations", "Amendement", "décide :", "•"]
    pieces += ["présents : 5", "Cinq conseillers", "ouvre la séance", "préside la", "l'école »"]
    pieces += ["b)", "B.", "C", "a", "c.", "IV-Tarifs", "Travaux de voirie"]
    pieces += ["Œuvres sociales", "Le budget est adopté", "Noé GIL, intéressé, sort de"]
    glue = (" ", ". ", "; ", ": ", ", ", ") ", "» ", "\t", "\xa0", "", " - ", "\n")
    drawn = _drawn(pieces, seed=23, longest=12, glue=glue)
    opening = "(?<= )(?=[\\dA-ZÀ-ÝŒ(npv•–—-]|[a-h][.)] )(?:"
    assert _found_alike(extract._LONG_BREAKS, opening, drawn) > 1000


def test_a_line_is_cut_before_its_cues_where_every_branch_would_cut_it() -> None:
    # storage.parsing.extract._BREAKS says first the letters its cues open on: without that
    # test, the pattern cuts the same places.
    pieces = ["Présents", "PRÉSENTS", "Étaient présents", "Absents excusés", "Pouvoirs", "Pour"]
    pieces += ["Contre", "Votes", "Nombre de membres", "en exercice", "Secrétaire de séance"]
    pieces += ["Objet", "2)", "N° SYN2024-11-003", "n°", "Délibération", "Rapport", "M.", "Mme"]
    pieces += ["Paul DURAND", "le Président", "La Maire", "Groupe Agir", "Non-inscrits", "DE VOTE"]
    pieces += ["- sont présents (5)", "• est absente", "Deux conseillers absents avaient donné"]
    pieces += ["pouvoir", "À titre consultatif", "S'est abstenue", "Réf.", "12", "x", "é"]
    pieces += ["ÉTAIENT"]
    glue = (" ", ". ", "; ", ": ", " :", ", ", ") ", "\t", "\xa0", "", " - ", "\n")
    drawn = _drawn(pieces, seed=31, longest=10, glue=glue)
    assert _found_alike(extract._BREAKS, "(?=[\\dA-ZÀÉn•–—-])(?:", drawn) > 1000


def test_an_item_run_on_after_a_sentence_is_found_where_every_branch_would_find_it() -> None:
    # storage.parsing.text._ITEM_AFTER_SENTENCE says first the characters its branches open
    # on: without that test, the pattern finds the same.
    pieces = ["adopté", "ADOPTÉ", "à l'unanimité", "À L'UNANIMITÉ", "Délibération n° 2025-070"]
    pieces += ["DÉLIBÉRATION N°12", "N° 13", "n°2024-5", "–", "-", ":", "Tarifs", "12", "3 -"]
    pieces += ["DCM 2024-022", "Budget", "»", ")", "x", "é", "unanimité", "adoptée", "Eau"]
    pieces += ["À L'UNANIMITÉ Délibération n° 2025-070 : Tarifs", "ADOPTÉE N° 4 - Eau"]
    pieces += ["Vœu", "Œuvres", "N° 5 - Vœu"]
    glue = (" ", ". ", "; ", "! ", ") ", "» ", "", " - ", " – ", ": ")
    drawn = _drawn(pieces, seed=37, longest=10, glue=glue)
    assert _found_alike(text._ITEM_AFTER_SENTENCE, "(?=[.;!»)A-ZÀ-ÝŒdn])(?:", drawn) > 300


def test_a_role_alone_on_its_line_is_found_from_each_line_break_as_from_each_character() -> None:
    # storage.parsing.attendance._roles_alone searches from each line's break: the matches,
    # where their lines start and what they hold are those of the pattern tried everywhere.
    texts = [text_of(path.name).lower() for path in sorted(DOCUMENTS.glob("*.txt"))]
    pieces = ["secrétaire", "président", "présidente", "présidence", "de séance", "de la séance"]
    pieces += ["mme anne bois", "m. paul roche", "x", ":", "secretaire", "presidence", "le maire"]
    texts += _drawn(pieces, seed=41, longest=8, glue=("\n", " ", "\t", " \n ", "\n\n", ""))
    found = 0
    for sample in texts:
        for end in (len(sample), len(sample) // 2):
            plain = [
                (m.start(), m.end(), m.span("role"), m.span("name"))
                for m in attendance._ROLE_ALONE.finditer(sample, 0, end)
            ]
            gated = [
                (start, m.end(), m.span("role"), m.span("name"))
                for start, m in attendance._roles_alone(sample, end)
            ]
            assert gated == plain, sample
            found += len(plain)
    assert found > 200


def test_the_presents_said_in_a_sentence_are_found_where_their_first_letter_stands() -> None:
    # storage.parsing.written._ALL_PRESENT says first the letters its matches open on: without
    # that test, the pattern finds the same.
    gated = written._ALL_PRESENT
    plain = re.compile(gated.pattern.removeprefix("(?=[tlée])(?:").removesuffix(")"), gated.flags)
    assert plain.pattern != gated.pattern
    pieces = ["Étaient présents", "ÉTAIENT PRÉSENTS", "etaient presents", "étaient présent"]
    pieces += ["Tous les conseillers", "TOUS LES MEMBRES", "l’ensemble des élus", "L'ENSEMBLE DES"]
    pieces += ["sont présents", "étaient présents", ":", " :", "Mmes", "MM.", "M.", "Monsieur"]
    pieces += ["Paul DURAND", "en exercice", "ſont", "ıl", "İ", "TOUS LES DÉLÉGUÉS", "x", "12"]
    pieces += ["Étaient présents M. Paul DURAND", "Tous les élus en exercice sont présents :"]
    pieces += ["\nÉtaient présents Mmes", "ETAıENT PRÉſENTS MM. "]
    found = 0
    for sample in _drawn(
        pieces, seed=29, longest=10, glue=(" ", "\n", ". ", "; ", "3 ", "\t", "")
    ):
        assert gated.sub("|", sample) == plain.sub("|", sample), sample
        found += plain.search(sample) is not None
    assert found > 200


# (pattern, its cues, how far before a cue a match may start, the characters it opens on, the
# pieces of text its samples are drawn from): a rewrite's pattern tried only near its cues.
NEAR_REWRITES = [
    (
        written._GIVEN_BY,
        written._GIVEN_BY_CUES,
        written._GIVEN_BY_BEFORE,
        written._GIVEN_BY_OPENS,
        [
            "Pouvoir",
            "POUVOIRS",
            "procuration",
            "mandats",
            "délégations de vote",
            "DÉLÉGATION",
            "donné",
            "données",
            "DONNÉE",
            "remis",
            "remises",
            "confiée",
            "confiés",
            "par",
            "parc",
            "à",
            "a",
            "Mme",
            "M.",
            "ROUX",
            "Anne",
            "Paul VIAL",
            ",",
            ".",
            "\n",
            "ſ",
            "-",
            "x",
            "Pouvoir donné par Mme ROUX",
            "délégations de vote confiées par",
            "M. Paul VIAL",
            "procuration remise par",
            "Mme Anne ROUX à M. VIAL",
            " à Mme Anne ROUX.",
        ],
    ),
]


@pytest.mark.parametrize(("pattern", "cues", "before", "opens", "pieces"), NEAR_REWRITES)
def test_a_rewrite_tried_near_its_cues_finds_what_the_plain_search_finds(
    pattern: re.Pattern[str], cues: tuple[str, ...], before: int, opens: str, pieces: list[str]
) -> None:
    draw = random.Random(17)
    found = 0
    for _ in range(4000):
        sample = draw.choice(["", " "]).join(
            draw.choice(pieces) for _ in range(draw.randint(1, 12))
        )
        plain = pattern.search(sample)
        near = search_near(pattern, sample, cues, before, len(sample), opens=opens)
        assert (plain and plain.span()) == (near and near.span()), sample
        found += plain is not None
    assert found > 20  # the samples do hold matches


_VOTE_PIECES = [
    "adopté", "ADOPTÉE", "Adoptés", "approuvé", "APPROUVÉES", "réadopté", "adoptée2", "_adopté",
    "rejeté", "REJETÉE", "non adopté", "n'est pas adoptée", "n’approuve pas", "ne pas approuver",
    "le Conseil rejette la proposition", "pas", "non", "İ", "ſ", "ı", "x", ".", "3", "12", "abst.",
    "Pour", "POUR", "contre", "Contre2", "abstentions", "voix", "unanimité", "\n", ", ",
]  # fmt: skip


def _vote_samples(seed: int) -> list[str]:
    draw = random.Random(seed)
    return [
        draw.choice(["", " "]).join(draw.choice(_VOTE_PIECES) for _ in range(draw.randint(1, 12)))
        for _ in range(4000)
    ]


def test_a_refusal_and_a_glued_figure_are_only_skipped_where_none_can_be() -> None:
    refused = glued = 0
    for sample in _vote_samples(23):
        if votes._REJECTED.search(sample):
            assert votes._may_be_refused(sample.casefold()), sample
            refused += 1
        if votes._GLUED.search(sample):
            assert votes._figure_touches_a_word(sample), sample
            glued += 1
    assert refused > 100
    assert glued > 100


def test_a_heading_is_only_left_as_printed_where_no_wrapped_name_can_be() -> None:
    pieces = [
        *heading._ALONE, "\n", " ", "\t", "\r", "M. X", "Séance", "Conseil", "LYON", "x",
        "de la séance", "l'", "d'Anjou", "d’Anjou", "D'ARC", "Du 3", "du Rhône", "\n  du", "DE LA",
    ]  # fmt: skip
    draw = random.Random(31)
    wrapped = 0
    for _ in range(5000):
        sample = "".join(draw.choice(pieces) for _ in range(draw.randint(1, 15)))
        if heading._WRAPPED_NAME.search(sample):
            assert heading._may_be_wrapped(sample), sample
            wrapped += 1
    assert wrapped > 100


def test_figures_before_their_words_are_found_where_the_whole_search_finds_them() -> None:
    pieces = [
        *ocr._BEFORE_WORD_CUES, "VOIX", "Contre", "PRÉSENTS", "Votants", "votes", "l", "I", "O",
        "12 ", "1O ", "S6 ", "l6 ", "2l ", "| ", "l ", "O ", "ı", "İ", "ſ", "voıx", "abſtention",
        " ", "\n", "-", ".", ",", "'", "a", "é", "x",
    ]  # fmt: skip
    draw = random.Random(37)
    found = 0
    for _ in range(6000):
        sample = "".join(draw.choice(pieces) for _ in range(draw.randint(1, 16)))
        plain = [m.span() for m in ocr._FIGURE_BEFORE_WORD.finditer(sample)]
        assert [m.span() for m in ocr._figures_before_words(sample)] == plain, sample
        found += len(plain)
    assert found > 200


def _may_split_cues_whole(text: str) -> bool:
    """The slow, obvious reading: every piece of the text, then whether one reads as a cue or
    opens a cue whose end the text holds."""
    from storage.names import compact, fold

    pieces = set(ocr._PIECE.findall(text))
    signs = {piece: ocr._damage_sign(piece) for piece in pieces}
    if "cue" in signs.values():
        return True
    starts = {fold(piece) for piece, sign in signs.items() if sign}
    tails = {c[len(s) :] for s in starts for c in ocr._VOCABULARY if c.startswith(s)}
    return bool(tails - ocr._SHORT_WORDS & {compact(piece) for piece in pieces})


def test_split_cues_are_looked_for_where_the_whole_reading_finds_one() -> None:
    pieces = [
        "unani", "mité", "Régis", "tre", "Présen", "ts", "exerclce", "coutre", "abs", "tentions",
        "pro", "curation", "le", "se", "ance", "Unani", "MITÉ", "l2", "-", "'", " ", " ", "\n",
        "œuvre", "x", "Jean-Marc", "d'Unani", "é" * 70,  # (a word too long to be kept)
    ]  # fmt: skip
    draw = random.Random(41)
    split = 0
    for _ in range(4000):
        sample = "".join(draw.choice(pieces) for _ in range(draw.randint(1, 12)))
        assert ocr._may_split_cues(sample) == _may_split_cues_whole(sample), sample
        split += _may_split_cues_whole(sample)
    assert split > 100


def test_the_kept_lower_case_is_the_text_s_own() -> None:
    first, second = "Séance du CONSEIL", "".join(["Séance du ", "CONSEIL"])  # equal, not one
    assert common.lowered(first) == "séance du conseil"
    assert common.lowered("PRÉSENTS : 12") == "présents : 12"
    assert common.lowered(first) == "séance du conseil"
    assert common.lowered(second) == "séance du conseil"
    assert common.lowered("İ") == "İ".lower()  # (two characters: kept as str.lower makes it)


def _each_tried(pattern: re.Pattern[str], spots: list[int], low: str) -> list[re.Match[str]]:
    """_matches_at_hints trying the pattern at every place near its hints, whatever opens it."""
    found, cursor = [], 0
    for spot in spots:
        for at in range(max(cursor, spot - 5), spot + 1):
            if match := pattern.match(low, at):
                found.append(match)
                cursor = match.end()
                break
        else:
            cursor = max(cursor, spot + 1)
    return found


def test_a_count_is_only_tried_where_its_label_can_open() -> None:
    pieces = ["présents", "presents", "représentés", "absents et excusés", "excusés", "votants"]
    pieces += ["en exercice", "membres du conseil", "nombre de conseillers", "quorum", "voix"]
    pieces += ["pouvoirs", "délégations de vote", "majorité absolue", "réunis", "titulaires"]
    pieces += ["dont excusés", "non excusés", "en fonctions", "(e)s", ":", "=", "12", "M. X,"]
    pieces += ["titulaires présents", "x", "\n", "l'", "(3)", "à l'ouverture de la séance"]
    found = 0
    for sample in _drawn(pieces, seed=23, longest=14, glue=(" ", "", " : ", "\n")):
        low = common._lower(sample)
        spots = attendance._spots_of(
            attendance._hint_spots(attendance._COUNT_HINTS, low, 0, len(low)),
            attendance._COUNT_HINTS,
        )
        expected = [m.span() for m in _each_tried(attendance._COUNT, spots, low)]
        gated = attendance._matches_at_hints(attendance._COUNT, spots, low, 0, len(low), 5)
        assert [m.span() for m in gated] == expected, sample
        found += len(expected)
    assert found > 500


def test_a_count_of_excused_before_their_list_is_found_alike_at_its_word_only() -> None:
    pieces = ["3 excusés :", "12 excusées (2) :", "excusés", "1 excuse", " ", "\t", "x", "\n"]
    pieces += ["Absents excusés : 2", "M. X,", "123", "4", "excusé:", "présents", "(3)"]
    found = 0
    for sample in _drawn(pieces, seed=31, longest=10, glue=(" ", "", "\n", " \n")):
        low = common._lower(sample)
        for start in (0, len(low) // 3):
            spots = attendance._hint_spots(("excus",), low, start, len(low))["excus"]
            plain = attendance._EXCUSED_AFTER_COUNT.search(low, start, len(low))
            gated = attendance._matches_at_hints(
                attendance._EXCUSED_AFTER_COUNT, spots, low, start, len(low), 5
            )
            head = next(gated, None)
            assert (head and head.span()) == (plain and plain.span()), sample
            found += plain is not None
    assert found > 200


def test_a_placed_table_s_header_is_found_alike_in_the_lines_that_may_hold_it() -> None:
    from storage.parsing import grids

    assert grids._PLACED_GATE.pattern.startswith(grids._PLACED_FIRST)
    pieces = ["Nom", "NOM Prénom", "Présents", "Commune", "Délégué titulaire", "Excusés", "x"]
    pieces += ["Mme Anne ROUX", "M. Paul VIDAL", "Absent", "Élu", "Etaient ", "Pouvoir à", "|"]
    found = 0
    for sample in _document_lines() + _drawn(pieces, 29, 8, (" ", "  ", "\t", "\n", "   \n")):
        plain = grids._PLACED_GATE.search(sample) is not None
        assert grids._placed_gate(sample) == plain, sample
        found += plain
    assert found > 300


def _opening_characters(items: list[tuple[object, object]]) -> set[str] | None:
    """The characters a match of the parsed expression can open on (None: any, or unknown)."""
    from re import _constants as c  # type: ignore[attr-defined]

    found: set[str] = set()
    for op, arg in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # (takes no character)
        if op is c.LITERAL:
            return found | {chr(arg)}  # type: ignore[arg-type]
        if op is c.IN and all(kind is c.LITERAL for kind, _ in arg):  # type: ignore[attr-defined]
            return found | {chr(code) for _, code in arg}  # type: ignore[attr-defined]
        branches = (
            [list(arg[3])]  # type: ignore[index]
            if op is c.SUBPATTERN
            else list(arg[1])  # type: ignore[index]
            if op is c.BRANCH
            else None
        )
        if branches is None or any(not branch for branch in branches):
            return None
        for branch in branches:
            opening = _opening_characters(branch)
            if opening is None:
                return None
            found |= opening
        return found
    return None


def test_every_label_of_a_count_opens_on_one_of_its_letters() -> None:
    from re import _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(attendance._COUNT.pattern, attendance._COUNT.flags)
    opening = _opening_characters(list(parsed))
    assert opening is not None
    assert opening <= set(attendance._COUNT_OPENS)
