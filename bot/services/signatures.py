"""Who signs an act under a role: « La Première Vice-Présidente, … Sylvie FAYOLLE ».

An extract ends with its signatures: the roles on one line, in columns, the names on a line
below in the same columns (« Le secrétaire de Séance,     La Première Vice-Présidente, » then
« Charles DALLARA      Sylvie FAYOLLE »). A member asked by that role (« la première
vice-présidente était là ? ») is the name printed under it. Pure reading, no store.
"""

from __future__ import annotations

import re

from storage import cues
from storage.names import fold

_COLUMNS = cues.plain(r"\s{3,}|\t+")
_ARTICLE = cues.plain(r"^(?:le|la|les|l)\s+")


# One form for a role's words whatever the gender or the way an ordinal is written.
_SAME = {
    "presidente": "president", "premiere": "premier", "1er": "premier", "1ere": "premier",
    "1re": "premier", "2e": "deuxieme", "2eme": "deuxieme", "second": "deuxieme",
    "seconde": "deuxieme", "3e": "troisieme", "3eme": "troisieme", "adjointe": "adjoint",
    "deleguee": "delegue", "conseillere": "conseiller", "secretaire": "secretaire",
}  # fmt: skip


def _role_key(text: str) -> str:
    words = [_SAME.get(w, w) for w in re.findall(r"\w+", fold(text))]
    return _ARTICLE.sub("", " ".join(words))


def signed_as(text: str, role: str) -> tuple[str, str] | None:
    """The name printed under `role` in an act's signatures (« premiere vice presidente »),
    with the role as printed (« La Première Vice-Présidente »), or None when the text holds
    no such signature."""
    wanted = _role_key(role)
    if not wanted:
        return None
    lines = [line for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        columns = [c for c in _COLUMNS.split(line.strip()) if c]
        keys = [_role_key(c) for c in columns]
        if wanted not in keys:
            continue
        column = keys.index(wanted)
        for below in lines[index + 1 : index + 4]:
            names = [c for c in _COLUMNS.split(below.strip()) if c]
            if len(names) == len(columns) and all(_a_name(n) for n in names):
                return names[column].strip(" ,"), columns[column].strip(" ,")
    return None


def _a_name(text: str) -> bool:
    """A signature's name: a first name and a surname in capitals (« Sylvie FAYOLLE »)."""
    words = text.strip(" ,").split()
    return 2 <= len(words) <= 5 and any(w.isupper() and len(w) > 1 for w in words)


_ROLE_WORD = cues.plain(
    r"(?i)pr[ée]sident|secr[ée]taire|maire|vice|adjoint|directeur|directrice|conseill|d[ée]l[ée]gu"
)


def signatures(text: str) -> list[tuple[str, str]]:
    """Every (role as printed, name) an act's signatures print, in their order."""
    lines = [line for line in text.splitlines() if line.strip()]
    found: list[tuple[str, str]] = []
    for index, line in enumerate(lines):
        columns = [c.strip(" ,") for c in _COLUMNS.split(line.strip()) if c.strip(" ,")]
        if not columns or not all(_ROLE_WORD.search(c) and len(c) < 60 for c in columns):
            continue
        for below in lines[index + 1 : index + 4]:
            names = [c for c in _COLUMNS.split(below.strip()) if c]
            if len(names) == len(columns) and all(_a_name(n) for n in names):
                found.extend(zip(columns, (n.strip(" ,") for n in names), strict=True))
                break
    return found
