"""Which of a funded action's headings a question names (its axis, programme, carrier or
territory), and the headings the store does hold: « les actions de l'axe 1 ? » when no action
is of axis 1 is answered with the axes that exist, never a bare « aucune »."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from storage import cues, queries
from storage.names import fold

# the heading named, then what follows it (« programme contrat de ville », « porté par la
# Croix-Rouge », « territoire du Gier »); « les porteurs de projets » names no carrier
_HEADING = cues.plain(
    r"\b(?:(?P<axis>axes?)\b"
    r"|(?P<programme>programmes?|dispositifs?)\b"
    r"|(?P<carrier>portee?s? par|porteurs?|porteuses?|beneficiaires?)\b"
    r"|(?P<territory>territoires?|secteurs?|quartiers?)\b)"
)
# what ends the name typed after the heading (« programme PLIE en 2023 ? »)
_NAME_ENDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "en",
        "par",
        "pour",
        "et",
        "dans",
        "sur",
        "avec",
        "qui",
        "quoi",
        "quel",
        "quels",
        "quelle",
        "quelles",
        "combien",
        "ou",
        "quand",
        "depuis",
        "entre",
        "avant",
        "apres",
        "ont",
        "a-t-il",
        "est",
        "sont",
        "etait",
        "etaient",
        "svp",
        "stp",
        "merci",
        "on",
        "ca",
        "c",
        "il",
        "elle",
        "nous",
        "vous",
        "y",
        "axe",
        "axes",
        "programme",
        "programmes",
        "territoire",
        "territoires",
        "porteur",
        "porteurs",
        "porte",
        "portee",
        "portees",
    ]
)
_LEADING = frozenset(
    ["de", "du", "des", "d", "la", "le", "l", "les", "un", "une", "cet", "ce", "cette"]
)
# words that name no programme nor carrier of their own (« le programme d'actions »,
# « les porteurs de projets », « ce programme »)
_GENERIC = frozenset(
    [
        "action",
        "actions",
        "financee",
        "financees",
        "finance",
        "finances",
        "projet",
        "projets",
        "subvention",
        "subventions",
        "aide",
        "aides",
        "concerne",
        "concernes",
        "concernee",
        "concernees",
        "metropole",
        "prevu",
        "prevus",
        "metropolitain",
    ]
)
_KNOWN_SHOWN = 8


@dataclass(frozen=True)
class Heading:
    """A heading named by a question: `kind` (axis, programme, carrier, territory) and the
    folded words typed for it (empty: the heading alone, « ce programme »)."""

    kind: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Known:
    """The values of one heading that the funded actions hold, the most used first."""

    kind: str
    values: tuple[tuple[str, int], ...]
    more: int


def heading_asked(question: str, places: tuple[str, ...] = ()) -> Heading | None:
    """The heading a question names, with the words typed after it; a place named
    (« à Rive-de-Gier ») is a territory."""
    asked = fold(question).replace("'", " ").replace("-", " ")
    found = _HEADING.search(asked)
    if found is None:
        return Heading("territory", ()) if places else None
    kind = found.lastgroup or ""
    words: list[str] = []
    for raw in asked[found.end() :].split():
        word = raw.strip('?!.,;:«»"()')
        if not word or (not words and word in _LEADING):
            continue
        if word in _NAME_ENDS:
            break
        words.append(word)
        if raw[-1] in ",;:?!":  # « le programme PLIE, combien ? »
            break
    generic = bool(words) and words[0] in _GENERIC  # « les porteurs de projets »
    if generic and kind in ("carrier", "programme") and not found.group(0).endswith(" par"):
        return None
    return Heading(kind, tuple(w for w in words if w not in _GENERIC))


def of_programme(
    actions: list[queries.FundedActionView], words: tuple[str, ...]
) -> list[queries.FundedActionView]:
    """The actions whose programme is the one typed: each word typed a word of its name (or
    its start, five letters), or the whole typed its initials (« CLS »)."""
    kept = []
    for a in actions:
        named = [w for w in fold(a.programme or "").replace("'", " ").split() if w]
        initials = "".join(w[0] for w in named if w not in _LEADING)
        if all(
            any(n[:5] == w[:5] for n in named) or w == initials for w in words if w not in _LEADING
        ):
            kept.append(a)
    return kept


def programme_missed(question: str, actions: list[queries.FundedActionView]) -> Heading | None:
    """The programme the question names when none of `actions` is of it (« les actions du
    programme contrat de ville » finding the Contrat local des solidarités by its words)."""
    heading = heading_asked(question)
    if heading is None or heading.kind != "programme" or not heading.words:
        return None
    return None if of_programme(actions, heading.words) else heading


def as_typed(question: str, words: str) -> str:
    """The words searched as the member typed them (« PLIE », « Croix-Rouge »), each folded
    word given back its typed form when the question holds it."""
    typed = {fold(t): t for t in re.findall(r"[\w-]+", question) if t}
    for token in list(typed.values()):
        for part in token.split("-"):
            typed.setdefault(fold(part), part)
    return " ".join(typed.get(w, w) for w in words.split())


def known_values(actions: list[queries.FundedActionView], kind: str) -> Known | None:
    """The distinct values of a heading among every funded action, with their counts; None
    when no action has one."""
    counted: Counter[str] = Counter()
    for a in actions:
        value = _value_of(a, kind)
        if value:
            counted[value] += 1
    if not counted:
        return None
    ranked = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))
    return Known(kind, tuple(ranked[:_KNOWN_SHOWN]), max(0, len(ranked) - _KNOWN_SHOWN))


def _value_of(action: queries.FundedActionView, kind: str) -> str:
    if kind == "axis":
        axis = action.axis or ""
        return f"{axis} ({action.programme})" if axis and action.programme else axis
    return {"programme": action.programme, "carrier": action.carrier}.get(
        kind, action.territory
    ) or ""
