"""Regular expressions that first look for the words they cannot match without.

Reading a member's sentence runs some fifty searches over it (bot/services/frames.py), and a
few long alternations cost most of the reading: Python's engine tries every branch at every
position of the text (« qui a donné pouvoir à Degraix ? » took 44 µs in the pattern that
reads a proxy being given, 40 in « était là », 17 in courtesy, at each of its three passes),
although most branches need words the sentence does not hold.

`compile` returns a `Cued` pattern: the same regular expression, with the cues every match
must contain, derived from the expression itself (never written by hand, so a pattern edited
or added keeps a gate that is right): each branch, the literal text it cannot match without
(« donne » and « pouvoir », « je » or « j »…). When the text holds none of the branches' cues
the search is answered at once — no match — by a few substring checks; otherwise the engine
runs as before. A `Cued` pattern answers exactly what its plain pattern answers, only sooner.

What is derived from an expression (the engine's program, the cues, a gate's tree of words) is
kept between processes (`_Kept`), as Jinja keeps compiled templates: parsing the readers'
expressions and deriving their cues took a fifteenth of the console's start. It is kept per
Python version and per version of this module, and taken back for the same expression and flags
only, so it is never stale; a folder that cannot be read or written only means deriving again.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

try:  # Python 3.11 and later
    import re._compiler as _compiler
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - older layout
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

Check = Callable[[str], bool]
# A gate as data, kept between processes and built into a check (`_build`): ("in", text),
# ("trie", texts) one of them, ("prefix", texts) the text begins with one, ("all", gates) each,
# ("any", gates) one of them.
Gate = tuple[Any, ...]
_CAP = 64  # the most strings one run of literal text may stand for (« (?:a|au) (?:la|le) »…)
_WORDS = 1024  # the most words an alternation of words may stand for, checked in one pass
_SMALL_SET = 8  # a character class of at most this many characters is spelled out
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
# Where « ^ » may match: the text's start only (patterns read line by line are not cued).
_BEGINNINGS = {_c.AT_BEGINNING, _c.AT_BEGINNING_STRING}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


class Cued:
    """A compiled regular expression behind a gate of the literal text it needs.

    A gate of several checks (« donne » and « pouvoir », or « je » and « confie »…) is first
    one pass of the engine over the text for the strings one of which any text it lets
    through holds (`_needed`): most texts are turned away by that pass alone, where each
    check of the gate was a pass (and a Python call) of its own, a sentence's reading asking
    some fifty gates. The gate itself answers the texts that pass."""

    __slots__ = ("_branches", "_check", "_needs", "gate", "plain")

    def __init__(self, plain: re.Pattern[str], parsed: Any = None) -> None:
        self._set(plain, _gate_of(plain, parsed))

    @classmethod
    def _of(cls, plain: re.Pattern[str], gate: Gate | None) -> Cued:
        cued = cls.__new__(cls)
        cued._set(plain, gate)
        return cued

    def _set(self, plain: re.Pattern[str], gate: Gate | None) -> None:
        self.plain = plain
        self.gate = gate
        self._check = None if gate is None else _build(gate)
        needed = _needed(gate) if gate is not None and gate[0] in ("all", "any") else None
        self._needs: Callable[[str], object] | None = (
            _first_pass(tuple(sorted(needed))) if needed else None
        )
        # A long alternation is searched with its branches whose cues a text holds
        # (`_Branches`); built at the first text the gate lets through.
        self._branches: _Branches | bool | None = gate is not None and _branched(plain)

    def could_match(self, text: str) -> bool:
        """False only when no match can exist in `text`."""
        if self._needs is not None and not self._needs(text):
            return False
        return self._check is None or self._check(text)

    def _engine(self, text: str) -> re.Pattern[str] | None:
        """The expression to run on `text`: None when no match can exist there; else the
        plain one, or the same alternation with only the branches whose cues `text` holds
        (`_Branches`: finding them in one pass answers the gate too, and sooner)."""
        if self._needs is not None and not self._needs(text):
            return None
        branches = self._branches
        if branches is True:
            branches = self._branches = _Branches.of(self.plain)
        if isinstance(branches, _Branches):
            return branches.engine(text)
        return self.plain if self._check is None or self._check(text) else None

    @property
    def pattern(self) -> str:
        return self.plain.pattern

    @property
    def flags(self) -> int:
        return self.plain.flags

    def search(self, text: str, *position: int) -> re.Match[str] | None:
        engine = self._engine(text)
        return None if engine is None else engine.search(text, *position)

    def match(self, text: str, *position: int) -> re.Match[str] | None:
        engine = self._engine(text)
        return None if engine is None else engine.match(text, *position)

    def fullmatch(self, text: str, *position: int) -> re.Match[str] | None:
        engine = self._engine(text)
        return None if engine is None else engine.fullmatch(text, *position)

    def sub(self, replacement: Any, text: str, count: int = 0) -> str:
        engine = self._engine(text)
        return text if engine is None else engine.sub(replacement, text, count)

    def subn(self, replacement: Any, text: str, count: int = 0) -> tuple[str, int]:
        engine = self._engine(text)
        return (text, 0) if engine is None else engine.subn(replacement, text, count)

    def finditer(self, text: str, *position: int) -> Iterator[re.Match[str]]:
        engine = self._engine(text)
        return iter(()) if engine is None else engine.finditer(text, *position)

    def findall(self, text: str, *position: int) -> list[Any]:
        engine = self._engine(text)
        return [] if engine is None else engine.findall(text, *position)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        engine = self._engine(text)
        return [text] if engine is None else engine.split(text, maxsplit)

    def __repr__(self) -> str:
        return f"Cued({self.plain!r})"


_BRANCHES_AT_LEAST = 10  # an alternation shorter than this is searched whole (as fast)
_VARIANTS = 64  # the most sets of branches kept for one pattern; past it, the whole alternation


def _branched(plain: re.Pattern[str]) -> bool:
    """Whether `plain` may be an alternation worth searching by its branches: no groups (what
    a match holds never depends on a branch left out), no flags that change how it reads."""
    return (
        isinstance(plain.pattern, str)
        and plain.groups == 0
        and not plain.flags & (re.VERBOSE | re.IGNORECASE | re.MULTILINE)
        and plain.pattern.count("|") + 1 >= _BRANCHES_AT_LEAST
    )


class _Branches:
    """A top-level alternation split into its branches, each with its cues. A text holding
    none of a branch's cues has no match of that branch anywhere: the engine runs the
    alternation of the other branches, in their order, so that the first branch to match at
    each position, and so every match, stays what it was (the pattern has no groups that a
    branch left out would renumber). The branches' cues are found in one pass (`CueGroup`);
    each set of branches is one expression, compiled once and kept between processes
    (`plain`), as the branches and their cues are (« qui a donné pouvoir à Degraix ? » holds
    the cues of three of the proxy given's twenty-nine branches; the whole alternation, its
    look-behinds tried at every letter, cost two microseconds a letter)."""

    __slots__ = ("_flags", "_group", "_parts", "_plain", "_variants")

    def __init__(self, plain: re.Pattern[str], parts: tuple[str, ...], group: CueGroup) -> None:
        self._plain = plain
        self._flags = plain.flags & ~re.UNICODE  # (what `plain` keeps: ints, no default flag)
        self._parts = parts
        self._group = group
        self._variants: dict[tuple[int, ...], re.Pattern[str]] = {}

    @classmethod
    def of(cls, plain: re.Pattern[str]) -> _Branches | None:
        key = ("branches", plain.pattern, int(plain.flags))
        kept = _KEPT.get(key)
        if kept is None:
            kept = _KEPT_NONE
            with contextlib.suppress(re.error, TypeError, AttributeError):
                kept = _branches_of(plain)
            _KEPT.put(key, kept)
        parts, needs = kept
        if not parts:
            return None
        return cls(plain, tuple(parts), CueGroup.of_cues(frozenset(n) for n in needs))

    def engine(self, text: str) -> re.Pattern[str] | None:
        """The alternation of the branches whose cues `text` holds (None: there are none)."""
        tried = tuple(self._group.tried(text))
        if not tried:
            return None
        if len(tried) == len(self._parts):
            return self._plain
        variant = self._variants.get(tried)
        if variant is None:
            if len(self._variants) >= _VARIANTS:
                return self._plain
            variant = self._variants[tried] = plain(
                "|".join(f"(?:{self._parts[index]})" for index in tried), self._flags
            )
        return variant


_KEPT_NONE: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]] = ((), ())


def _branches_of(plain: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The branches of `plain` and each one's cues (strings one of which its matches hold);
    none when it is no alternation worth it, or a branch has no cue (every text tries it)."""
    parts = _top_branches(plain.pattern)
    # (a flag set for the whole expression inside it, « (?s) »: a branch alone misplaces it)
    if len(parts) < _BRANCHES_AT_LEAST or re.search(r"\(\?[aiLmsux]+\)", plain.pattern):
        return _KEPT_NONE
    needs: list[tuple[str, ...]] = []
    for part in parts:
        parsed = _parser.parse(part, plain.flags)
        if parsed.state.flags & (re.IGNORECASE | re.MULTILINE) or parsed.state.groups > 1:
            return _KEPT_NONE
        gate = _sequence(list(parsed))
        needed = _needed(gate) if gate is not None else None
        if not needed:
            return _KEPT_NONE
        needs.append(tuple(sorted(needed)))
    return tuple(parts), tuple(needs)


def _top_branches(pattern: str) -> list[str]:
    """The branches of a pattern's top-level alternation, as written (the pattern whole when
    it has none)."""
    parts: list[str] = []
    depth, start, at, in_class = 0, 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            if pattern[at + 1 : at + 2] == "^":
                at += 1
            if pattern[at + 1 : at + 2] == "]":  # « []…] », « [^]…] »: a literal « ] »
                at += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*parts, pattern[start:]]


def compile(pattern: str, flags: int = 0) -> Cued:
    """`re.compile`, with the pattern's cues checked before each search.

    The expression is parsed once, for the engine and for its cues: parsing is most of what
    compiling a pattern costs, and these are the readers' longest patterns, compiled at every
    start of the process; what is derived is kept for the next processes (`_Kept`)."""
    # (the flags as a plain int: a `re.RegexFlag` cannot be marshalled, and one such entry
    # kept the whole file from being written, every start deriving every expression again)
    flags = int(flags)
    key = (pattern, flags)
    kept = _KEPT.get(key)
    if kept is None:
        try:
            parsed = _parser.parse(pattern, flags)
            program = _program_of(flags, parsed)
            plain = _from_program(pattern, program)
        except (re.error, TypeError, AttributeError):  # what re.compile says, or another layout
            return Cued(re.compile(pattern, flags))
        kept = (*program, _gate_of(plain, parsed))
        _KEPT.put(key, kept)
        return Cued._of(plain, kept[-1])
    return Cued._of(_from_program(pattern, kept), kept[-1])


def any_could_match(patterns: Iterable[Cued]) -> Check:
    """One check for patterns tried in turn on the same text: false only when none of them
    can match, from one pass over the text (each pattern's gate alone is a pass of its own:
    the two dozen readers of relative dates checked their cues one by one on every sentence,
    though most sentences name no date). Each pattern gives a set of strings one of which
    every match holds (`_needed`); a pattern without one makes the check always true."""
    strings: set[str] = set()
    for pattern in patterns:
        needed = None if pattern.gate is None else _needed(pattern.gate)
        if not needed:
            return lambda _text: True
        strings |= needed
    return _build(_any_literal(strings))


class CueGroup:
    """Patterns tried in turn on the same text, as a reader tries its readings until one fits:
    one pass over the text finds every cue any of them needs, and only the patterns with a cue
    found are searched. Each pattern's own gate is a pass over the text (`Cued._needs`): the
    law's sixty-five readings made sixty-five passes over every message, though two or three
    of them have a cue in a message. `searches` answers what each pattern's `search` answers."""

    __slots__ = ("_always", "_by_cue", "_find", "_needs", "_starts", "_strings", "patterns")

    def __init__(self, patterns: Iterable[Cued]) -> None:
        self.patterns = tuple(patterns)
        # None: a pattern with no known cue, searched on every text.
        self._index(
            tuple(
                frozenset(needed) if p.gate is not None and (needed := _needed(p.gate)) else None
                for p in self.patterns
            )
        )

    @classmethod
    def of_cues(cls, needs: Iterable[frozenset[str] | None]) -> CueGroup:
        """A group of cues alone (`tried` only): each pattern's, or None when it has none."""
        group = cls.__new__(cls)
        group.patterns = ()
        group._index(tuple(needs))
        return group

    def _index(self, each: tuple[frozenset[str] | None, ...]) -> None:
        self._needs = each
        self._strings = frozenset().union(*(n for n in self._needs if n is not None))
        # For `matches`: the patterns each cue lets through, and those searched on every text.
        by_cue: dict[str, set[int]] = {}
        for index, needs in enumerate(self._needs):
            for cue in needs or ():
                by_cue.setdefault(cue, set()).add(index)
        self._by_cue = {cue: frozenset(indexes) for cue, indexes in by_cue.items()}
        self._always = frozenset(i for i, needs in enumerate(self._needs) if needs is None)
        self._find: Callable[[str], list[str]] | None = None  # compiled at the first text
        self._starts: dict[str, frozenset[str]] = {}  # a cue found → the cues it begins with

    def cues(self, text: str) -> set[str]:
        """Every cue of the group that `text` holds. The pass finds, at each position, the
        longest cue beginning there; the shorter ones beginning there are its prefixes."""
        if self._find is None:
            self._find = _longest_tree(tuple(sorted(self._strings))).findall
        found: set[str] = set()
        for longest in set(self._find(text)):
            if (starts := self._starts.get(longest)) is None:
                starts = self._starts[longest] = frozenset(
                    longest[:end]
                    for end in range(1, len(longest) + 1)
                    if longest[:end] in self._strings
                )
            found |= starts
        return found

    def searches(self, text: str) -> Iterator[re.Match[str] | None]:
        """Each pattern's search of `text`, in order, as the caller asks for the next."""
        found = self.cues(text)
        for pattern, needs in zip(self.patterns, self._needs, strict=True):
            yield pattern.search(text) if needs is None or not needs.isdisjoint(found) else None

    def matches(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """The patterns that match `text`, in order, each as its index and its match: what
        `searches` finds, without a step for each pattern turned away (a reader trying the
        law's sixty-five readings took a sixth of its time stepping over those without a
        cue in the message, which are most of them)."""
        for index in self.tried(text):
            if (match := self.patterns[index].plain.search(text)) is not None:
                yield index, match

    def tried(self, text: str) -> list[int]:
        """The indexes, in order, of the patterns that may match `text`: those with a cue in
        it, and those without known cues; none of the others has a match there."""
        tried = set(self._always)
        for cue in self.cues(text):
            tried |= self._by_cue[cue]
        return sorted(tried)


def _needed(gate: Gate) -> set[str] | None:
    """Strings one of which a text passing `gate` holds (None: no such set is known): the
    fewest, longest ones of a sequence's parts, every branch's for an alternation."""
    kind, value = gate
    if kind == "in":
        return {value}
    if kind in ("trie", "prefix"):  # (a text beginning with a string holds it)
        return set(value)
    parts = [_needed(g) for g in value]
    known = [p for p in parts if p]
    if kind == "any":
        return set().union(*known) if len(known) == len(parts) else None
    return max(known, key=lambda p: min(len(s) for s in p) * 100 - len(p)) if known else None


def plain(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, its engine program kept between processes (`_Kept`), without a gate: for
    the readers' many shorter expressions, compiled at every start of the process (parsing
    them was a sixth of the console's start), whose searches need no cue checked first."""
    flags = int(flags)  # a `re.RegexFlag` is no plain int: marshal keeps plain ints only
    flags = int(flags)  # (marshalled with what is kept: see `compile`)
    key = ("plain", pattern, flags)
    kept = _KEPT.get(key)
    if kept is None:
        try:
            kept = _program_of(flags, _parser.parse(pattern, flags))
            compiled = _from_program(pattern, kept)
        except (re.error, TypeError, AttributeError):  # what re.compile says, or another layout
            return re.compile(pattern, flags)
        _KEPT.put(key, kept)
        return compiled
    return _from_program(pattern, kept)


def _program_of(flags: int, parsed: Any) -> tuple[Any, ...]:
    """What `_sre.compile` is given besides the pattern: flags, program, groups' numbering."""
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: kept as they are
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _from_program(pattern: str, program: tuple[Any, ...]) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program[:5]
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return compiled


# -- the cues of a pattern ------------------------------------------------------------------------
# A requirement is a check of the text: None when a match needs no literal text at all (« \w+ »),
# else a function true whenever a match may exist. Derived from the parsed expression: a run of
# literal characters (through zero-width assertions, which consume nothing) must appear whole; a
# sequence needs each of its parts' requirements; an alternation needs one of its branches'; a
# part that may be absent (« ? », « * ») needs nothing.


def _gate_of(plain: re.Pattern[str], parsed: Any = None) -> Gate | None:
    """The gate of `plain`'s cues (None: every text may match, or the pattern is not one this
    reading is sure of: case-insensitive, bytes); `parsed`, its parsed expression if known."""
    if not isinstance(plain.pattern, str) or plain.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    try:
        if parsed is None:
            parsed = _parser.parse(plain.pattern, plain.flags)
    except re.error:  # it compiled, so it parses; if this reading ever differs: no gate
        return None
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE) or "(?m" in plain.pattern:
        return None
    return _sequence(list(parsed))


def _sequence(items: list[tuple[Any, Any]]) -> Gate | None:
    gates: list[Gate] = []
    run: set[str] | None = None
    at_start = False  # just after « ^ »: the run that follows begins the text
    run_at_start = False

    def close() -> None:
        if run and "" not in run:
            gates.append(_prefix(run) if run_at_start else _any_literal(run))

    for op, av in items:
        if op is _c.AT and av in _BEGINNINGS:
            close()
            run, at_start, run_at_start = None, True, False
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literal text on both sides stays adjacent
        strings = _exact(op, av)
        if strings is not None:
            if run is None:
                run_at_start, at_start = at_start, False
            joined = {a + b for a in run or {""} for b in strings}
            if len(joined) <= _CAP:
                run = joined
                continue
            close()
            run, run_at_start = strings, False
            continue
        close()
        run, at_start, run_at_start = None, False, False
        gate = _requirement(op, av)
        if gate is not None:
            gates.append(gate)
    close()
    return _all(gates)


def _requirement(op: Any, av: Any) -> Gate | None:
    """What a part that is not a fixed text needs."""
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        return None if add_flags & re.IGNORECASE else _sequence(list(inner))
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op is _c.BRANCH:
        branches = [_sequence(list(branch)) for branch in av[1]]
        if any(gate is None for gate in branches):
            return None
        return _any([gate for gate in branches if gate is not None])
    if op in _REPEATS:
        low, _high, inner = av
        return _sequence(list(inner)) if low >= 1 else None
    return None


def _exact(op: Any, av: Any) -> set[str] | None:
    """Every text a part can match, when they are few (None otherwise)."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _SMALL_SET:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None  # a negated class, a category (\w, \d), a wide range
        return chars if len(chars) <= _SMALL_SET else None
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        return None if add_flags & re.IGNORECASE else _exact_sequence(list(inner))
    if op is _c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            strings = _exact_sequence(list(branch))
            if strings is None:
                return None
            found |= strings
        return found if len(found) <= _WORDS else None
    if op in _REPEATS:
        low, high, inner = av
        if low != high or low > 3:
            return None
        one = _exact_sequence(list(inner))
        if one is None:
            return None
        strings = {""}
        for _ in range(low):
            strings = {a + b for a in strings for b in one}
            if len(strings) > _CAP:
                return None
        return strings
    return None


def _exact_sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    strings = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        part = _exact(op, av)
        if part is None:
            return None
        strings = {a + b for a in strings for b in part}
        if len(strings) > _CAP:
            return None
    return strings


def _any_literal(strings: set[str]) -> Gate:
    # A string holding another of the set adds nothing: finding the shorter one suffices.
    kept = sorted(s for s in strings if not any(o != s and o in s for o in strings))
    # One: a substring check; several: one pass of the engine, the strings as a tree of their
    # letters (fast).
    return ("in", kept[0]) if len(kept) == 1 else ("trie", tuple(kept))


def _prefix(strings: set[str]) -> Gate:
    return ("prefix", tuple(sorted(strings)))


def _literals(gate: Gate) -> tuple[str, ...] | None:
    """The strings a literal gate looks for (None for any other gate)."""
    if gate[0] == "in":
        return (gate[1],)
    return gate[1] if gate[0] == "trie" else None  # type: ignore[no-any-return]


def _rarity(gate: Gate) -> int:
    """How selective a gate is (longer and fewer strings: rarer); the gates of a sequence run
    rarest first, so that most texts are turned away by their first check."""
    if gate[0] == "prefix":
        return 10_000  # one comparison, and the rarest of all
    strings = _literals(gate)
    return 0 if strings is None else min(len(s) for s in strings) * 100 - len(strings)


def _all(gates: list[Gate]) -> Gate | None:
    if not gates:
        return None
    if len(gates) == 1:
        return gates[0]
    return ("all", tuple(sorted(gates, key=lambda g: -_rarity(g))))


def _any(gates: list[Gate]) -> Gate:
    # Branches that are literal text (« bonjour|bonsoir|… »): one pass over all their strings.
    literal = [g for g in gates if _literals(g) is not None]
    if len(literal) > 1:
        strings = set().union(*(_literals(g) or () for g in literal))
        gates = [_any_literal(strings), *(g for g in gates if _literals(g) is None)]
    if len(gates) == 1:
        return gates[0]
    return ("any", tuple(gates))


def _build(gate: Gate) -> Check:
    """The check a gate describes."""
    kind, value = gate
    if kind == "in":
        check: Check = lambda text: value in text  # noqa: E731
        return check
    if kind == "trie":
        return _trie_check(value)
    if kind == "prefix":
        return lambda text: text.startswith(value)
    checks = tuple(_build(g) for g in value)
    if kind == "all":

        def every(text: str) -> bool:
            for check in checks:  # noqa: SIM110 (a loop: all() over a generator costs more)
                if not check(text):
                    return False
            return True

        return every

    def one(text: str) -> bool:
        for check in checks:  # noqa: SIM110 (a loop: any() over a generator costs more)
            if check(text):
                return True
        return False

    return one


def _first_pass(strings: tuple[str, ...]) -> Callable[[str], object]:
    """A search for any of `strings` (a match, or None), compiled at the first text asked
    (as `_trie_check`, without its answer turned into a bool: this runs at every gate)."""
    search: Callable[[str], object] | None = None

    def first(text: str) -> object:
        nonlocal search
        if search is None:
            search = _tree(strings).search
        return search(text)

    return first


def _trie_check(strings: tuple[str, ...]) -> Check:
    """Whether a text holds one of `strings`, their tree compiled at the first text asked: a
    reader's gate that a process never reaches (most of them, before its first answer) costs
    nothing at its start; the tree's program is kept for the next processes (`_Kept`)."""
    search: Callable[[str], re.Match[str] | None] | None = None

    def check(text: str) -> bool:
        nonlocal search
        if search is None:
            search = _tree(strings).search
        return search(text) is not None

    return check


def _tree(strings: tuple[str, ...]) -> re.Pattern[str]:
    key = ("trie", strings)
    kept = _KEPT.get(key)
    if kept is None:
        pattern = _trie(list(strings))
        parsed = _parser.parse(pattern, 0)
        kept = (*_program_of(0, parsed), pattern)
        _KEPT.put(key, kept)
    return _from_program(kept[-1], kept)


def _longest_tree(strings: tuple[str, ...]) -> re.Pattern[str]:
    """At each position of a text, the longest of `strings` beginning there (`findall`)."""
    key = ("longest", strings)
    kept = _KEPT.get(key)
    if kept is None:
        pattern = f"(?=({_longest_trie(list(strings))}))"
        parsed = _parser.parse(pattern, 0)
        kept = (*_program_of(0, parsed), pattern)
        _KEPT.put(key, kept)
    return _from_program(kept[-1], kept)


def _longest_trie(strings: list[str]) -> str:
    """`_trie`, but a string that ends where a longer one goes on is tried after it (its
    end optional, the engine being greedy): the longest string found at each position."""
    heads: dict[str, list[str]] = {}
    for string in strings:
        if string:
            heads.setdefault(string[0], []).append(string[1:])
    branches = [re.escape(head) + _longest_trie(tails) for head, tails in sorted(heads.items())]
    if not branches:
        return ""
    either = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{either})?" if "" in strings else either


def _trie(strings: list[str]) -> str:
    """An alternation of `strings` factored by their first letters (« bon(?:jour|soir) »): the
    engine then tries one branch per letter at each position, not every string. Found as
    soon as any of them is (a string is never needed past a shorter one it starts with)."""
    if "" in strings:
        return ""
    heads: dict[str, list[str]] = {}
    for string in strings:
        heads.setdefault(string[0], []).append(string[1:])
    branches = [re.escape(head) + _trie(tails) for head, tails in sorted(heads.items())]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


# -- what is kept between processes ----------------------------------------------------------


def _version() -> str:
    """What decides what is derived besides the expression: Python's engine, and this module."""
    made_by = repr((sys.version, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT)).encode()
    try:
        source = Path(__file__).read_bytes()
    except OSError:
        return ""
    return hashlib.sha256(made_by + source).hexdigest()[:16]


class _Kept:
    """The derived expressions, in one file of the user's own private folder (as Jinja's
    compiled templates are): read at the first expression asked, written once when the process
    ends if it derived any new one. An entry is keyed by its expression and flags, and is
    derived from them alone (this module and Python's engine being the file's version), so a
    file any process wrote answers alike: several checkouts of the project, their readers
    differing, share one file. At the write, what another process added since the read is kept
    too (at most `SIZE` entries: then this process's own and those read); two processes writing
    at the same instant: the last one's file stays, the other's new entries are derived again
    by a later start. The file of another version (another checkout's edited module, another
    Python) is removed once nobody has written it for `STALE` seconds: removed at once, two
    checkouts of different versions would each derive everything at every start."""

    SIZE = 4096
    STALE = 24 * 3600

    def __init__(self, folder: Path | None) -> None:
        version = _version()
        self.file = folder / f"cues-{version}.marshal" if folder and version else None
        self._entries: dict[Any, tuple[Any, ...]] | None = None
        self._used: set[Any] = set()
        self._new = False

    def get(self, key: Any) -> tuple[Any, ...] | None:
        if self._entries is None:
            self._entries = self._read()
        found = self._entries.get(key)
        if found is not None:
            self._used.add(key)
        return found

    def put(self, key: Any, value: tuple[Any, ...]) -> None:
        if self._entries is None:
            self._entries = self._read()
        self._entries[key] = value
        self._used.add(key)
        if not self._new and self.file is not None:
            self._new = True
            atexit.register(self.write)

    def _read(self) -> dict[Any, tuple[Any, ...]]:
        if (
            self.file is None
            or not self.file.name.startswith("cues-")
            or self.file.name == "cues-.marshal"
        ):
            return {}
        try:
            entries = marshal.loads(self.file.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return entries if isinstance(entries, dict) else {}

    def write(self) -> None:
        if self.file is None or self._entries is None:
            return
        entries = {**self._read(), **self._entries}  # what others wrote since, and this one's
        if len(entries) > self.SIZE:
            entries = {k: v for k, v in entries.items() if k in self._used}
        # A name of this writer's own (two containers sharing the folder may share a pid).
        partial = self.file.with_name(f"{self.file.name}.{os.getpid()}.{os.urandom(4).hex()}")
        with contextlib.suppress(OSError, ValueError):
            partial.write_bytes(marshal.dumps(entries))
            os.replace(partial, self.file)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
            for older in self.file.parent.glob("cues-*.marshal"):  # another version's
                if older != self.file and time.time() - older.stat().st_mtime > self.STALE:
                    older.unlink(missing_ok=True)


def _private_folder() -> Path | None:
    """The user's own folder for what is kept (None when it cannot be made private)."""
    folder = (
        Path(tempfile.gettempdir())
        / f"council-bot-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    )
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        found = folder.stat()
    except OSError:
        return None
    if hasattr(os, "getuid") and (found.st_uid != os.getuid() or found.st_mode & 0o077):
        return None  # another user's folder, or one others may write to: nothing is read
    return folder


_KEPT = _Kept(_private_folder())
