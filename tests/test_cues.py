"""A cued pattern answers exactly what its plain pattern answers: the cues it checks first are
derived from the expression, and a text turned away by them has no match (storage/cues.py)."""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import re
import tempfile
import types
from pathlib import Path
from types import SimpleNamespace

import pytest

import bot
import storage
from bot.services import (
    act_facts,
    frames,
    import_warnings,
    law_questions,
    shorthand,
    small_talk,
)
from storage import cues, french
from storage.names import strip_accents

# Phrasings of every family the readers know, as typed and as the readers fold them.
SAID = [
    "je donne pouvoir à Degraix pour le bureau du 4 juillet",
    "procuration à Fayolle pour jeudi",
    "pas là jeudi, procuration à Semache",
    "Laget votera pour moi",
    "je laisse ma voix à Tardieu",
    "qui a donné pouvoir à Degraix ?",
    "Berger était là au bureau de juillet ?",
    "Tardy était là aussi ?",
    "Perache là ou pas ?",
    "il y était, au dernier conseil ?",
    "a-t-on vu Dallara au bureau ?",
    "pourquoi était-il absent ?",
    "et pourquoi ?",
    "pour quelle raison ?",
    "c'est où le bureau ?",
    "le conseil, ça se passe où ?",
    "si la convocation part le 21 pour un bureau le 25 c'est bon ?",
    "qui a pris part au vote sur le budget ?",
    "en mars dernier, combien de séances ?",
    "le 13/3, qui présidait ?",
    "bonjour, petite question : combien de présents au dernier bureau ?",
    "merci d'avance !",
    "2024-03-13",
    "",
    "?",
    "ok 👍",
]
CORPUS = SAID + [strip_accents(s).casefold().replace("’", "'") for s in SAID]
CORPUS += [" ".join(re.sub(r"[^\w\s]", " ", s).split()) for s in CORPUS]


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for module in (frames, french, law_questions, small_talk):
        for name, value in vars(module).items():
            plain = value.plain if isinstance(value, cues.Cued) else value
            if isinstance(plain, re.Pattern) and isinstance(plain.pattern, str):
                found.append((f"{module.__name__}.{name}", plain))
    return found


@pytest.mark.parametrize(
    ("name", "plain"), _patterns(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_reader_pattern_cued_answers_as_plain(name: str, plain: re.Pattern[str]) -> None:
    cued = cues.Cued(plain)
    for text in CORPUS:
        expected = plain.search(text)
        found = cued.search(text)
        assert (found and found.span()) == (expected and expected.span()), (name, text)
        assert cued.sub(" ", text) == plain.sub(" ", text), (name, text)


@pytest.mark.parametrize(
    ("pattern", "matching", "turned_away"),
    [
        (r"\b(?:je|j)\s+donne\b.*\bpouvoir", "je donne mon pouvoir", "qui a donne pouvoir"),
        (r"^(?:procuration|pouvoir)\s+a\s+\w+", "pouvoir a laget", "mon pouvoir a laget"),
        (r"\bvot(?:e|ait)?\b", "il vot hier", "il a voix"),  # an optional ending: « vot » needed
        (r"(?:a|b)?c{2}", "xcc", "xc"),
        (r"(?<!\bai )\bdonne", "je donne", "il donna"),
        (r"x(?=yz)", "axyz", "axy"),  # a lookahead asks nothing: « x » is enough to try
        (r"[a-c]d|\d+e", "12e", "ax"),
        (r"(?:ma voix|mon vote)\s+a", "mon vote a x", "ma vo a"),
    ],
)
def test_cues_turn_away_only_texts_without_a_match(
    pattern: str, matching: str, turned_away: str
) -> None:
    cued = cues.compile(pattern)
    assert cued.search(matching) is not None
    assert cued.could_match(matching)
    assert re.search(pattern, turned_away) is None
    assert cued.search(turned_away) is None


def test_what_cannot_be_cued_is_never_turned_away() -> None:
    # Case-insensitive, line by line, or nothing literal needed: the plain engine each time.
    for pattern, flags in ((r"bonjour", re.IGNORECASE), (r"^oui", re.MULTILINE), (r"\w+\s*", 0)):
        cued = cues.compile(pattern, flags)
        assert cued.could_match("")
        assert cued.could_match("rien")
    assert cues.compile(r"^oui", re.MULTILINE).search("non\noui") is not None


def _cued_patterns() -> list[tuple[str, cues.Cued]]:
    found = []
    readers = (act_facts, frames, french, import_warnings, law_questions, shorthand, small_talk)
    for module in readers:
        for name, value in vars(module).items():
            if isinstance(value, cues.Cued):
                found.append((f"{module.__name__}.{name}", value))
    for rule, cued in (*law_questions._IN_ORDER, *law_questions._UNDATED_READINGS):
        found.append((f"law_questions readings.{rule}", cued))
    return found


@pytest.mark.parametrize(
    ("name", "cued"), _cued_patterns(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_a_cued_pattern_is_the_engine_re_compile_makes(name: str, cued: cues.Cued) -> None:
    # Compiled from the expression parsed once (for the engine and its cues): the same
    # program, groups and flags as re.compile's (patterns compare by all of them).
    assert cued.plain == re.compile(cued.pattern, cued.flags), name
    assert cued.plain.pattern == cued.pattern


@pytest.mark.parametrize(
    ("name", "cued"), _cued_patterns(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_a_gate_s_first_pass_turns_away_only_what_its_checks_turn_away(
    name: str, cued: cues.Cued
) -> None:
    # A gate of several checks first searches the text once for the strings one of which
    # every text it lets through holds: it answers what its checks alone answer.
    checks = cues._build(cued.gate) if cued.gate is not None else None
    for text in CORPUS:
        assert cued.could_match(text) == (checks is None or checks(text)), (name, text)


def test_the_longest_gates_have_a_first_pass() -> None:
    # (« je donne … pouvoir », « était là »: gates of dozens of checks, each a pass of its own)
    passing = "je donne pouvoir a laget, il etait la"
    for cued in (frames._GIVE, frames._THERE):
        assert cued.gate is not None
        assert cued.gate[0] in ("all", "any")
        assert cued._needs is not None
        assert not cued._needs("rien a voir")
        assert cued._needs(passing)
        assert cued.could_match(passing)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?P<who>\w+) donne (?:son )?pouvoir à (?P<to>\w+)", 0),
        (r"(?i)bonjour|bonsoir", 0),
        (r"^oui$", re.MULTILINE),
        (r"(a)(b)?(?(2)c|d)", 0),
        (r"\bvot(?:e|ait)?\b", re.ASCII),
    ],
)
def test_compile_keeps_groups_and_flags(pattern: str, flags: int) -> None:
    cued = cues.compile(pattern, flags)
    plain = re.compile(pattern, flags)
    assert cued.plain == plain
    assert (cued.plain.groupindex, cued.plain.groups) == (plain.groupindex, plain.groups)


def test_the_relative_dates_checked_at_once_turn_away_only_texts_none_of_them_matches() -> None:
    # One pass for the two dozen readers of relative dates: a text it turns away is one that
    # no reader matches; what any reader matches passes it.
    texts = [
        *CORPUS,
        "il y a deux mois",
        "la semaine derniere",
        "au printemps 2022",
        "le premier jeudi de juillet",
        "avant hier",
        "fin 2023",
        "sur les 3 derniers mois",
        "au t2",
        "dans quinze jours",
    ]
    passed = 0
    for text in texts:
        if any(cued.plain.search(text) for cued, _ in french._RELATIVE):
            assert french._ANY_RELATIVE(text), text
        passed += french._ANY_RELATIVE(text)
    assert not french._ANY_RELATIVE("bonjour")
    assert not french._ANY_RELATIVE("qui a donne pouvoir a degraix")
    assert 0 < passed < len(texts)


@pytest.mark.parametrize(
    ("patterns", "matching", "turned_away"),
    [
        ((r"\bhier\b|\bdemain\b", r"\b(?:semaine|mois) derniere?\b"), "mois dernier", "bonjour"),
        ((r"^oui\b", r"\bnon\b"), "oui merci", "pas du tout"),  # a text's start: a string held
        ((r"\d+ (?:ans|mois)",), "3 mois", "3 jours"),
    ],
)
def test_patterns_checked_at_once_pass_what_one_of_them_matches(
    patterns: tuple[str, ...], matching: str, turned_away: str
) -> None:
    check = cues.any_could_match(cues.compile(p) for p in patterns)
    assert check(matching)
    assert not check(turned_away)


def test_patterns_checked_at_once_pass_everything_when_one_needs_no_word() -> None:
    check = cues.any_could_match([cues.compile(r"\bhier\b"), cues.compile(r"\w+\s*")])
    assert check("bonjour")
    assert check("")


# Cues that begin with one another (« pou », « pour », « pourquoi »), overlap (« mandat »,
# « dat »), or are none (« \\w+ »): a group finds each where it is.
_GROUPED = (
    r"\bpourquoi\b",
    r"\bpou\b",
    r"\bpou\w*\b.*\bmandat",
    r"\bpour\b",
    r"\bdate?\b",
    r"(?:jours? francs?|convocation)",
    r"\w+ \?$",
)


@pytest.mark.parametrize(
    "group",
    [
        law_questions._READING_CUES,
        cues.CueGroup(cues.compile(p) for p in _GROUPED),
    ],
    ids=["law readings", "overlapping cues"],
)
def test_a_group_searches_what_each_of_its_patterns_searches(group: cues.CueGroup) -> None:
    texts = [
        *CORPUS,
        "pourquoi pas pour le mandat",
        "pouvoir mandat date",
        "date",
        "jour franc de la convocation ?",
        "pou",
    ]
    for text in texts:
        found = [m and m.span() for m in group.searches(text)]
        assert found == [(m := p.search(text)) and m.span() for p in group.patterns], text
        matching = [(i, m.span()) for i, m in group.matches(text)]
        assert matching == [(i, span) for i, span in enumerate(found) if span], text


def test_a_group_turns_away_the_patterns_without_a_cue_in_the_text() -> None:
    group = cues.CueGroup(cues.compile(p) for p in _GROUPED)
    assert group.cues("pourquoi") == {"pou", "pour", "pourquoi"}
    assert group.cues("rien a voir") == set()


def test_compile_refuses_what_re_compile_refuses() -> None:
    with pytest.raises(re.error):
        cues.compile(r"(?P<x>a")


def test_what_is_derived_is_kept_for_the_next_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A first process derives the engine and the cues, and writes them when it ends; the next
    # one takes them back without parsing the expression, and answers the same.
    pattern = r"\b(?:je|j)\s+(?P<act>donne|laisse)\b.*\b(?:pouvoir|procuration)s?\b"
    first = cues._Kept(tmp_path)
    monkeypatch.setattr(cues, "_KEPT", first)
    derived = cues.compile(pattern)
    texts = [*CORPUS, "je laisse mon pouvoir", "j laisse procurations", "je donne"]
    found = [(_span(derived.search(t)), derived.could_match(t)) for t in texts]
    stale = tmp_path / "cues-0123456789abcdef.marshal"  # another version of this module's,
    stale.write_bytes(b"")  # not written for two days: removed
    os.utime(stale, (stale.stat().st_atime, stale.stat().st_mtime - 2 * 24 * 3600))
    running = tmp_path / "cues-fedcba9876543210.marshal"  # another checkout's, in use: kept
    running.write_bytes(b"")
    first.write()  # with the tree of words its gate compiled at the first text
    assert first.file is not None
    assert sorted(f.name for f in tmp_path.iterdir()) == sorted([first.file.name, running.name])

    def unparsed(*_: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(cues, "_KEPT", cues._Kept(tmp_path))
    monkeypatch.setattr(cues, "_parser", SimpleNamespace(parse=unparsed))  # only cues' use
    kept = cues.compile(pattern)
    assert kept.plain == re.compile(pattern) == derived.plain
    assert kept.plain.groupindex == {"act": 1}
    for text, (span, could) in zip(texts, found, strict=True):
        assert (_span(kept.search(text)), kept.could_match(text)) == (span, could), text


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


def test_a_damaged_or_foreign_file_is_derived_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = cues._Kept(tmp_path)
    assert kept.file is not None
    kept.file.write_bytes(b"\x00not marshal")
    monkeypatch.setattr(cues, "_KEPT", kept)
    cued = cues.compile(r"\bquorum\b")
    assert cued.search("le quorum est atteint") is not None
    assert cued.search("le quota") is None
    # A folder other users may write to is never read from (nor written to).
    shared = tmp_path / "shared"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    (shared / f"council-bot-{os.getuid()}").mkdir(mode=0o777)
    os.chmod(shared / f"council-bot-{os.getuid()}", 0o777)
    assert cues._private_folder() is None


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?P<who>\w+) donne (?:son )?pouvoir à (?P<to>\w+)", 0),
        (r"\bséance[s]?\b", re.IGNORECASE),
        (r"^oui$", re.MULTILINE | re.IGNORECASE),
        (r"\bvot(?:e|ait)?\b", re.ASCII),
    ],
)
def test_a_plain_pattern_is_kept_for_the_next_process(
    pattern: str, flags: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The readers' shorter expressions: the engine's program only, no gate; flags given as
    # `re.RegexFlag` (which marshal refuses) are kept as the plain number they are.
    first = cues._Kept(tmp_path)
    monkeypatch.setattr(cues, "_KEPT", first)
    derived = cues.plain(pattern, flags)
    assert derived == re.compile(pattern, flags)
    first.write()

    def unparsed(*_: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(cues, "_KEPT", cues._Kept(tmp_path))
    monkeypatch.setattr(cues, "_parser", SimpleNamespace(parse=unparsed))  # only cues' use
    kept = cues.plain(pattern, flags)
    assert kept == re.compile(pattern, flags)
    assert (kept.groupindex, kept.groups) == (derived.groupindex, derived.groups)
    for text in CORPUS:
        assert _span(kept.search(text)) == _span(derived.search(text)), text


def test_plain_refuses_what_re_compile_refuses() -> None:
    with pytest.raises(re.error):
        cues.plain(r"(?P<x>a")


# Not imported by the assistant's start: the importer's modules, compiled by an import.
_NOT_STARTED = ("storage.parsing", "storage.importer", "storage.migrations")


def _project_modules() -> list[types.ModuleType]:
    """Every module of the project that the console or the bot may import at start."""
    found = []
    for package in (bot, storage):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if not info.name.startswith(_NOT_STARTED) and not info.name.endswith("__main__"):
                found.append(importlib.import_module(info.name))
    return found


def _started_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The patterns compiled at every start, by the readers and every module around them:
    a module's own, its classes' `PATTERN`, those listed in a module's table."""
    found = []
    for module in _project_modules():
        for name, value in vars(module).items():
            plain = value.plain if isinstance(value, cues.Cued) else value
            if isinstance(plain, re.Pattern) and isinstance(plain.pattern, str):
                found.append((f"{module.__name__}.{name}", plain))
            elif isinstance(value, type) and isinstance(
                pattern := getattr(value, "PATTERN", None), re.Pattern
            ):
                found.append((f"{module.__name__}.{name}.PATTERN", pattern))
            elif isinstance(value, list | tuple) and getattr(value, "__module__", None) is None:
                rows = [row if isinstance(row, tuple) else (row,) for row in value]
                found += [
                    (f"{module.__name__}.{name}[{n}]", cell)
                    for n, row in enumerate(rows)
                    for cell in row
                    if isinstance(cell, re.Pattern) and isinstance(cell.pattern, str)
                ]
    return found


@pytest.mark.parametrize(
    ("name", "plain"), _started_patterns(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_reader_pattern_is_kept_between_processes(name: str, plain: re.Pattern[str]) -> None:
    # Each pattern the readers compile at start is the one re.compile makes, and its program
    # is kept: the next process builds it without parsing the expression again.
    assert plain == re.compile(plain.pattern, plain.flags), name
    asked = cues._KEPT._used  # asked of the kept file by this process (not merely found in it)
    assert any(plain.pattern in (key[0], key[1]) for key in asked), name


# One process of a checkout: compiles its readers' expressions (`cues.compile` or `cues.plain`,
# as the readers do) in the folder its TMPDIR names, and says what each one finds in each text,
# and whether it derived any expression (False: every one was taken from the kept file).
_CHECKOUT = """
import json, sys
from storage import cues
asked = json.load(sys.stdin)
found = []
for kind, pattern, flags in asked["patterns"]:
    compiled = (cues.compile if kind == "compile" else cues.plain)(pattern, flags)
    found.append([
        [m.span() if (m := compiled.search(t)) else None, compiled.sub("_", t)]
        for t in asked["texts"]
    ])
json.dump({"found": found, "derived": cues._KEPT._new}, sys.stdout)
"""


def _checkout_readers(edited: bool) -> list[tuple[str, str, int]]:
    """A checkout's expressions: the readers' own, or another version of them (each edited),
    with a few written alike in both, one under other flags."""
    cued = {
        id(value.plain)
        for module in (frames, french, small_talk, law_questions)
        for value in vars(module).values()
        if isinstance(value, cues.Cued)
    }
    patterns = [
        ("compile" if id(plain) in cued else "plain", plain.pattern, int(plain.flags))
        for _, plain in _started_patterns()[::4]  # a quarter of them: quicker, as varied
    ]
    if edited:
        patterns = [(k, f"{p}|\\bzq{n}\\b", f) for n, (k, p, f) in enumerate(patterns)]
    both = [("compile", r"\bdonne\b.*\bpouvoir", 0), ("plain", r"^oui\b", 0)]
    flagged = ("plain", r"\bquorum\b", re.IGNORECASE if edited else 0)
    return [*patterns, *both, flagged]


def test_checkouts_of_other_readers_share_one_kept_file_in_parallel(tmp_path: Path) -> None:
    # Two checkouts, their readers' expressions differing, one cues.py: their processes start
    # together, again and again, on one temporary folder. Whatever file the other wrote (or
    # both, or none), each answers what re.compile answers; and once both have run, neither
    # derives anything again: one does not push the other's expressions out.
    import json
    import subprocess
    import sys

    texts = [*SAID, *CORPUS[-len(SAID) :], "OUI", "Quorum", "zq3 zq16"]
    readers = {edited: _checkout_readers(edited) for edited in (False, True)}
    expected = {
        edited: [
            [
                [
                    m.span() if (m := re.compile(p, f).search(t)) else None,
                    re.compile(p, f).sub("_", t),
                ]
                for t in texts
            ]
            for _, p, f in patterns
        ]
        for edited, patterns in readers.items()
    }
    env = {**os.environ, "TMPDIR": str(tmp_path)}

    def start(edited: bool) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", _CHECKOUT],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdin is not None
        child.stdin.write(json.dumps({"patterns": readers[edited], "texts": texts}))
        child.stdin.close()
        return child

    def said_by(children: list[tuple[bool, subprocess.Popen[str]]]) -> dict[bool, bool]:
        derived = {}
        for edited, child in children:
            assert child.stdout is not None
            said = json.loads(child.stdout.read())
            assert child.wait() == 0
            found = [[[tuple(s) if s else None, sub] for s, sub in p] for p in said["found"]]
            assert found == expected[edited]
            derived[edited] = said["derived"]
        return derived

    for _ in range(2):  # together: each may read none, its own, the other's or a mixed file
        said_by([(edited, start(edited)) for edited in (False, True)])
    for edited in (False, True):  # one after the other: each adds what the file lacked
        said_by([(edited, start(edited))])
    assert said_by([(edited, start(edited)) for edited in (False, True)]) == {
        False: False,
        True: False,
    }
    folder = tmp_path / f"council-bot-{os.getuid()}"
    assert [f.name for f in folder.iterdir()] == [cues._KEPT.file.name]  # type: ignore[union-attr]


def test_every_kept_expression_can_be_written() -> None:
    """A key holding a `re.RegexFlag` could not be marshalled: the kept file was then never
    written, and every start derived every expression again (half a second of the console's)."""
    cues.compile(r"\bcomptes? (?:rendus?|annuels?)\b", re.IGNORECASE)
    cues.plain(r"\bbilans? (?:sociaux|annuels?)\b", re.IGNORECASE)
    assert cues._KEPT._entries is not None
    marshal.dumps(cues._KEPT._entries)
