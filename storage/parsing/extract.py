"""Official extracts of the register of deliberations, read from their text into an Extract.

An extract ("EXTRAIT DU REGISTRE DES DELIBERATIONS") prints one deliberation with its sitting's
attendance block: counts, chair and secretary, the present, excused and absent members, the
proxies, then the decisions, the vote and sometimes an annexed table of funded actions. Each
office lays it out its own way and PDF extraction adds stamps, page numbers and broken lines, so
every part is searched for with tolerant patterns. What cannot be read becomes a Finding; only a
text with neither a deliberation number nor a sitting date is refused. The consistency checks of
the law (counts against lists, quorum, notice) are not done here but in storage.checks.

The reading is line based and linear: patterns are compiled once, the attendance lists are cut
into sections in one pass, and printed names go through a cache because the same members come
back in every extract of a sitting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from storage import rules
from storage.documents import (
    Counts,
    DeliberationRecord,
    DocumentError,
    Extract,
    Finding,
    FundedActionRecord,
    Person,
    ProxyLine,
)
from storage.french import MONTH_NUMBERS
from storage.names import fold, parse_person

# -- text cleaning ----------------------------------------------------------------------------

_MONTH = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre)"
)
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# A date as printed, without groups, to embed in other patterns; _DATE_PARTS reads it back.
_DATE = (
    rf"(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}(?:er)?\s+{_MONTH}\s+\d{{4}}"
    r"|\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{4})"
)
_DATE_PARTS = re.compile(
    r"(\d{1,2})(?:er)?\s+([^\W\d_]+)\s+(\d{4})|(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})",
    re.IGNORECASE,
)

# The préfecture's acknowledgement: « 042-244200770-20240704-2024_00417-DE ».
# Searched from its first hyphen: a pattern opening on a literal is found by a fast scan.
_PREFECTURE_ID_TAIL = re.compile(r"-\d{9}-\d{8}-[A-Za-z0-9_.]+-[A-Z]{2}\b")
_PREFECTURE_DATE = re.compile(
    rf"(?:re[çc]u\s+en\s+pr[ée]fecture\s+le|date\s+de\s+r[ée]ception\s+(?:en\s+)?pr[ée]fecture)"
    rf"\s*:?\s*({_DATE})",
    re.IGNORECASE,
)
# Stamps and page numbers that fill a whole line are removed with their line, so that they do
# not cut a list in two; stamps glued to a line of text are removed from it.
_NOISE_LINE = re.compile(
    r"(?:"
    r"(?:accus[ée]\s+de\s+r[ée]ception(?:\s+en\s+pr[ée]fecture)?|re[çc]u\s+en\s+pr[ée]fecture)"
    rf"(?:\s+le)?\s*:?\s*(?:{_DATE})?"
    rf"|(?:publi[ée]|affich[ée]|date\s+de\s+t[ée]l[ée]transmission|date\s+de\s+r[ée]ception"
    rf"(?:\s+en)?\s+pr[ée]fecture)\s*(?:le)?\s*:?\s*{_DATE}"
    r"|(?:ID\s*:\s*)?\d{3}-\d{9}-\d{8}-[A-Za-z0-9_.]+-[A-Z]{2}"
    r"|page\s*\d+\s*(?:/|sur)\s*\d+|-\s*\d+\s*-|\d+\s*/\s*\d+"
    r")\s*",
    re.IGNORECASE,
)
# What a noise line can start with: most lines (names, prose) are let through on this alone.
_NOISE_FIRST = frozenset("AaRrPpDdIi-0123456789")
_NOISE_INLINE = re.compile(
    rf"\s*(?:RE[ÇC]U EN PR[ÉE]FECTURE(?:\s+LE\s*:?\s*{_DATE})?"
    r"|(?:ID\s*:\s*)?\b\d{3}-\d{9}-\d{8}-[A-Za-z0-9_.]+-[A-Z]{2}\b)",
    re.IGNORECASE,
)
_ODD_SPACES = ("\u00a0", "\u202f", "\u2007", "\u2009")

# -- header -----------------------------------------------------------------------------------

_REGISTER = re.compile(r"registre\s+des\s+d[ée]lib[ée]rations")  # on lower case
# The header patterns below are matched, case-sensitive, against the lower-cased header (they
# are written in lower case): without IGNORECASE a pattern opening on a letter is found by a
# fast scan, which matters at a thousand documents a second. Groups are read from the original.
_NUMBER = re.compile(
    r"(?:n[ \t]*[°º]|num[ée]ro)(?:[ \t]+de[ \t]+(?:la[ \t]+)?d[ée]lib[ée]ration)?[ \t]*:?[ \t]*"
    r"([a-z]{0,6}[-_]?\d[\w./-]*\w|\d)(?P<rest>[^\n]*)"
)
_TITLE_SEPARATOR = re.compile(r"^\s*[-–—:]\s*")
_OBJECT = re.compile(r"objet[ \t]*:[ \t]*([^\n]*)")
_SITTING_DATE = re.compile(rf"s[ée]ance[^\n]{{0,80}}?({_DATE})")
_SITTING_DATE_FALLBACK = re.compile(
    rf"(?:r[ée]uni(?:e|s|es)?\s+le|d[ée]lib[ée]ration\s+du[^\n]{{0,60}}?)\s+({_DATE})"
)
_CONVENED = re.compile(rf"convo(?:qu[ée]e?s?|cation)[^\n\d]{{0,40}}?({_DATE})")
_BODY = re.compile(
    r"(bureau|conseil|comit[ée]|commission\s+permanente)"
    r"(?:\s+(m[ée]tropolitain|communautaire|municipal|syndical|d[ée]partemental|r[ée]gional"
    r"|de\s+la\s+m[ée]tropole|de\s+communaut[ée]))?\b"
)
_BODY_NAMES = {
    "bureau": "Bureau",
    "conseil": "Conseil",
    "comite": "Comité",
    "commission permanente": "Commission permanente",
    "metropolitain": "Métropolitain",
    "communautaire": "Communautaire",
    "municipal": "Municipal",
    "syndical": "Syndical",
    "departemental": "Départemental",
    "regional": "Régional",
    "de la metropole": "de la Métropole",
    "de communaute": "de Communauté",
}
# The end of each count label, then its figure; the label's end says which count it is.
_COUNT = re.compile(
    r"(?P<label>exercice|titulaires|pr[ée]sents|r[ée]unis|pouvoirs|procurations|repr[ée]sent[ée]s"
    r"|voix|votants|quorum)[ \t]*(?:[:=][ \t]*\n?|\n)?[ \t]*(?P<n>\d+)(?!\d)"
)
_ROLE = re.compile(
    r"(?P<role>pr[ée]sid(?:ent|ente|ence)(?:\(e\))?|secr[ée]taire)"
    r"(?:\s+de\s+(?:la\s+)?s[ée]ance)?[ \t]*:[ \t]*(?P<name>[^\n]+)"
)
_CHAIRED_BY = re.compile(r"sous\s+la\s+pr[ée]sidence\s+de\s+(?P<name>[^\n]+)")
_APPOINTED_SECRETARY = re.compile(
    r"^[ \t]*(?P<name>[^\n]+?)\s+a\s+[ée]t[ée]\s+(?:d[ée]sign[ée]e?|nomm[ée]e?|[ée]lue?)\s+"
    r"(?:comme\s+|en\s+qualit[ée]\s+de\s+)?secr[ée]taire",
    re.MULTILINE,
)
# Where a name printed after a role stops: a column gap, a comma, or the other role.
_NAME_END = re.compile(r"\s{3,}|[,;(]|\s+(?:secr[ée]taire|pr[ée]sid)", re.IGNORECASE)

# -- attendance lists -------------------------------------------------------------------------

_MEMBERS = r"(?:(?:membres?|conseillers?|[ée]lus?|d[ée]l[ée]gu[ée]s?)\s+)?"
_LIST_HEAD = re.compile(
    r"^(?:"
    rf"(?P<excused>(?:[ée]taient\s+)?{_MEMBERS}(?:titulaires\s+)?(?:absents?(?:\(e\)s)?\s+)?"
    r"excus[ée]e?s?(?:\(e\)s)?)"
    rf"|(?P<proxies>{_MEMBERS}(?:absents?\s+)?(?:ayant\s+donn[ée]\s+|ont\s+donn[ée]\s+)?"
    r"(?:pouvoirs?|procurations?)|(?:membres\s+)?repr[ée]sent[ée]e?s?)"
    rf"|(?P<absent>(?:[ée]taient\s+)?{_MEMBERS}(?:titulaires\s+)?absents?(?:\(e\)s)?"
    r"(?:\s+non\s+excus[ée]e?s?)?)"
    rf"|(?P<present>(?:[ée]taient\s+)?{_MEMBERS}(?:titulaires\s+|suppl[ée]ants\s+)?"
    r"pr[ée]sent(?:e|s|es|\(e\)s)?(?:\s+titulaires|\s+suppl[ée]ants)?)"
    r")(?:\s*\(\d+\))?\s*(?::|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# Lines that cannot belong to a list of names: other headings, prose. Articles in title case
# only, so that « LE GALL Yann » (surname first, in capitals) still reads as a name.
_LIST_STOP = re.compile(r"^(?:Le|La|Les|L['’]|Vu|Sur|En|Il|Elle|A|À|Au|Aux|Ont)\s")
_LIST_STOP_CI = re.compile(
    r"^(?:nombre\s+de|quorum|pr[ée]sid|secr[ée]taire|d[ée]lib[ée]ration|extrait|s[ée]ance"
    r"|objet|rapport|expos[ée]|pour\s+extrait|ce\s+dossier|annexe|apr[èe]s\s+en\s+avoir"
    r"|vu\s|consid[ée]rant|d[ée]cide)",
    re.IGNORECASE,
)
_COLUMN_GAP = re.compile(r"\s{3,}")
_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+et\s+(?=(?:M\.|Mme|MM\.|Monsieur|Madame)\s)")
# A separator outside parentheses, for lists that carry « X (pouvoir à Y) ».
_SEPARATOR_OUTSIDE_PARENS = re.compile(
    r"\s*[,;]\s*(?![^()]*\))|\s+et\s+(?=(?:M\.|Mme|MM\.|Monsieur|Madame)\s)(?![^()]*\))"
)
_PAREN = re.compile(r"\(([^()]*)\)?")
_CIVILITY_START = re.compile(r"^(?:M\.|MM\.|Mme\b|Mlle\b|Monsieur\b|Madame\b|Mr\b|M\s)")
_CAPS_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+$")
_NOBODY = re.compile(r"^(?:n[ée]ant|aucun(?:e)?|sans\s+objet|-+)\.?$", re.IGNORECASE)

_GIVES = (
    r"(?:(?:a|ayant|qui\s+a)\s+)?(?:donn[ée]e?|donne|d[ée]l[ée]gu[ée]e?)\s+(?:son\s+|sa\s+|le\s+)?"
    r"(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)\s+(?:à|a)"
    r"|(?:pouvoir|procuration|mandat)\s+(?:donn[ée]e?\s+)?(?:à|a)"
    r"|repr[ée]sent[ée]e?\s+par"
)
# « X donne pouvoir à Y », « X a donné procuration à Y », « X représenté par Y ».
_PROXY_SENTENCE = re.compile(rf"^(?P<giver>.+?)\s+(?:{_GIVES})\s+(?P<holder>.+)$", re.IGNORECASE)
# In a list of proxies only, « X à Y » and « X → Y » are read too.
_PROXY_SHORT = re.compile(r"^(?P<giver>.+?)\s+(?:à|->|→|=>)\s+(?P<holder>.+)$")
# Inside parentheses after the giver: « (pouvoir à Y) ».
_PAREN_GIVES = re.compile(rf"^(?:{_GIVES})\s+(?P<other>.+)$", re.IGNORECASE)
# Inside parentheses after the holder: « (ayant la procuration de X) », « (+ pouvoir X) ».
_PAREN_HOLDS = re.compile(
    r"^(?:\+\s*(?:(?:pouvoir|procuration|mandat)\s+)?(?:de\s+|d['’])?"
    r"|(?:ayant|porteur|d[ée]tenteur|d[ée]tenant|d[ée]tient|qui\s+a)\s+(?:re[çc]u\s+)?"
    r"(?:la\s+|le\s+|du\s+|de\s+la\s+|d['’]une?\s+)?(?:pouvoir|procuration|mandat)\s+"
    r"(?:de\s+|d['’]|du\s+)"
    r"|(?:pouvoir|procuration|mandat)\s+(?:de\s+|d['’]|du\s+))"
    r"(?P<other>.+)$",
    re.IGNORECASE,
)
_PROXY_HINT = re.compile(r"pouvoir|procuration|mandat|repr[ée]sent|d[ée]l[ée]g")  # lower case

# -- decisions and vote -----------------------------------------------------------------------

_DELIBERATED = re.compile(r"apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]")  # on lower case
_DECIDES = re.compile(r"^[-–—\s]*(?:d[ée]cide|d[ée]lib[èe]re|arr[êe]te)\s*:?[-–—\s]*$", re.I)
_BULLET = re.compile(r"^(?:[-–—•▪*]|article\s+\d+\s*(?:er)?\s*[:.\-–—]?)\s*", re.IGNORECASE)
_DECISIONS_END = re.compile(
    r"^(?:ce\s+dossier|cette\s+d[ée]lib[ée]ration|la\s+(?:pr[ée]sente\s+)?d[ée]lib[ée]ration"
    r"|adopt[ée]|rejet[ée]|unanimit|pour\s+extrait|fait\s+et\s+d[ée]lib[ée]r[ée]|fait\s+[àa]"
    r"|pour\s*:|vote|r[ée]sultat|ont\s+vot[ée]|annexe|acte\s+rendu|le\s+secr[ée]taire"
    r"|la\s+secr[ée]taire|le\s+pr[ée]sident|la\s+pr[ée]sidente|la\s+premi[èe]re|le\s+premier)",
    re.IGNORECASE,
)
_UNANIMOUS = re.compile(r"unanimit[ée]", re.IGNORECASE)
_REJECTED = re.compile(
    r"\b(?:rejet[ée]e?s?|repouss[ée]e?s?|non\s+adopt[ée]e?s?|n['’]est\s+pas\s+adopt[ée]e?)",
    re.IGNORECASE,
)
_ADOPTED = re.compile(r"\badopt[ée]e?s?\b|\bapprouv[ée]e?s?\b", re.IGNORECASE)
# Each figure of a vote, labelled (« Contre : 3 ») or in a sentence (« 3 contre »). The labelled
# form is tried first: in « Pour : 7 Contre : 2 » the 7 also stands before « Contre ».
_VOTES_FOR = (
    re.compile(r"\bpour\s*:\s*(\d+)", re.IGNORECASE),
    re.compile(r"(\d+)\s+(?:voix\s+)?pour\b", re.IGNORECASE),
)
_VOTES_AGAINST = (
    re.compile(r"\bcontre\s*:\s*(\d+)", re.IGNORECASE),
    re.compile(r"(\d+)\s+(?:voix\s+)?contre\b", re.IGNORECASE),
)
_ABSTENTIONS = (
    re.compile(r"\babstentions?(?:\(s\))?\s*:\s*(\d+)", re.IGNORECASE),
    re.compile(r"(\d+)\s+abstentions?\b", re.IGNORECASE),
)

# -- annex of funded actions ------------------------------------------------------------------

_ANNEX = re.compile(r"^\s*annexe\b\s*(?:n\s*[°º]?\s*\d+\s*)?[-–—:.]?\s*(?P<rest>.*)$", re.I)
_TRAILING_MONTH_YEAR = re.compile(rf"\s*[-–—,]?\s*(?:{_MONTH}\s+)?\d{{4}}\s*$", re.IGNORECASE)
_AXIS = re.compile(r"^\s*axe\s+(?P<n>\d+|[IVX]+)\b\s*[-–—:.]?\s*(?P<label>.*?)\s*$", re.I)
_TOTAL = re.compile(r"^\s*(?:sous[-\s])?total\b", re.IGNORECASE)
_TABLE_HEADER = re.compile(
    r"^(?:intitul[ée]\s+de\s+l.action|et\s+porteur|porteur|territoires?|concern[ée]e?s?"
    r"|objectifs?\s+de\s+l.action|objectifs?|co[ûu]ts?\s+de|co[ûu]t\s+de\s+l.action|l.action"
    r"|contribution|sem|convention|pluri|pluri-?\s*annuelle|annuelle|d.objectifs"
    r"|montant|montants?\s+sollicit[ée]s?|financement)$",
    re.IGNORECASE,
)
_EURO = r"(?:€|eur(?:os?)?\b)"
_AMOUNT = re.compile(rf"(\d{{1,3}}(?:[ .]\d{{3}})+|\d+)(?:,(\d{{1,2}}))?\s*{_EURO}", re.IGNORECASE)
# A line of the amount columns: figures with their unit and the convention's OUI/NON, no prose.
_MONEY_LINE = re.compile(
    rf"^(?:[\d .]+(?:,\d+)?\s*{_EURO}\s*)+(?:(?:OUI|NON)\s*)?$|^(?:OUI|NON)$", re.IGNORECASE
)
# Within a row, a line of figures that does not read as amounts (« 94 0OO € »).
_MONEYISH_LINE = re.compile(r"^[^a-z]*(?:€|EUR)[^a-z]*$")
_YES_NO = re.compile(r"\b(OUI|NON)\b", re.IGNORECASE)


@dataclass(slots=True)
class _Section:
    kind: str  # "present" | "excused" | "absent" | "proxies"
    lines: list[str] = field(default_factory=list)


# -- small readers ----------------------------------------------------------------------------


def _clean(text: str, prefecture_id: str | None) -> list[str]:
    """The text's lines with odd spaces made plain and stamps and page numbers taken out."""
    for odd in _ODD_SPACES:
        if odd in text:
            text = text.replace(odd, " ")
    # A tab becomes a column gap.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\t", "    ")
    lines: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and stripped[0] in _NOISE_FIRST and _NOISE_LINE.fullmatch(stripped):
            continue
        if "FECTURE" in line or "fecture" in line or (prefecture_id and prefecture_id in line):
            line = _NOISE_INLINE.sub("", line)
        lines.append(line)
    return lines


def _to_date(value: str, findings: list[Finding] | None = None) -> date | None:
    match = _DATE_PARTS.search(value)
    if match is None:
        return None
    try:
        if match.group(1):
            month = MONTH_NUMBERS.get(fold(match.group(2)))
            if month is None:
                return None
            return date(int(match.group(3)), month, int(match.group(1)))
        return date(int(match.group(6)), int(match.group(5)), int(match.group(4)))
    except ValueError:
        if findings is not None:
            findings.append(Finding("unreadable_date", {"value": " ".join(value.split())}))
        return None


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one string; a word cut after '-' or '/' is glued back."""
    out = ""
    for line in lines:
        part = line.strip()
        if not part:
            continue
        if out.endswith(("-", "/")) and out[-2:-1].isalpha():
            out += part
        else:
            out = f"{out} {part}" if out else part
    return out


def _body_name(match: re.Match[str]) -> str:
    first = _BODY_NAMES.get(fold(match.group(1)), match.group(1).title())
    if match.group(2) is None:
        return first
    return f"{first} {_BODY_NAMES.get(fold(match.group(2)), match.group(2).title())}"


@lru_cache(maxsize=16384)
def _read_name(text: str) -> Person | str | None:
    """The person a list entry names, None for « néant », or the entry when it is no name.

    Cached: the same members come back in every extract of a sitting, and Person is frozen.
    """
    name = _normalise(text).strip(" ,;.:")
    if not name or _NOBODY.match(name):
        return None
    if len(name) > 80 or name.count(" ") > 7 or not any(c.isalpha() for c in name):
        return name
    person = parse_person(name)
    return person if person.last_name else name


def _person_or_none(text: str, findings: list[Finding]) -> Person | None:
    read = _read_name(text)
    if isinstance(read, str):
        findings.append(Finding("unreadable_name", {"text": read}))
        return None
    return read


def _mentions_proxy(text: str) -> bool:
    return _PROXY_HINT.search(text.lower()) is not None


def _lower(text: str) -> str:
    """The text in lower case, offsets unchanged (so spans found in it apply to the text)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few capitals (« İ ») lower to two characters: keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _span(text: str, match: re.Match[str], group: int | str) -> str:
    start, end = match.span(group)
    return text[start:end]


def _prefecture_id(text: str) -> str | None:
    for match in _PREFECTURE_ID_TAIL.finditer(text):
        start = match.start() - 3
        if (
            start >= 0
            and text[start : match.start()].isdigit()
            and (start == 0 or not text[start - 1].isalnum())
        ):
            return text[start : match.end()]
    return None


def _find_number(text: str, low: str, end: int) -> tuple[str, str, int] | None:
    """The deliberation number (after « délibération n° » or « n° » opening a line)."""
    for match in _NUMBER.finditer(low, 0, end):
        line_start = low.rfind("\n", 0, match.start()) + 1
        before = low[line_start : match.start()].strip()
        if not before or before.endswith(("ration", "ration :")):
            number = _span(text, match, 1).rstrip(".-/")
            return number, _span(text, match, "rest"), line_start
    return None


def _role_name(value: str) -> str:
    return _NAME_END.split(value, maxsplit=1)[0]


# -- header -----------------------------------------------------------------------------------


def _read_counts(low: str, end: int) -> Counts:
    """The printed figures of the attendance block (the first of each kind)."""
    counts = Counts()
    for match in _COUNT.finditer(low, 0, end):
        label = match.group("label")
        if label in ("exercice", "titulaires"):
            name = "in_office"
        elif label.endswith(("sents", "unis")) and not label.startswith("repr"):
            name = "present"
        elif label.startswith(("pouvoir", "procuration", "repr")):
            name = "proxies"
        elif label.startswith("vo"):
            name = "votes"
        else:
            name = "quorum_printed"
        if getattr(counts, name) is None:  # the attendance block comes first; keep it
            setattr(counts, name, int(match.group("n")))
    return counts


def _read_title(lines: list[str], start: int, rest: str) -> str | None:
    """The deliberation's title: after the number on its line, else the lines below it."""
    rest = _TITLE_SEPARATOR.sub("", rest).strip()
    if sum(c.isalpha() for c in rest) >= 3:
        return _normalise(rest)
    taken: list[str] = []
    for line in lines[start + 1 : start + 12]:
        stripped = line.strip()
        if not stripped:
            if taken:
                break
            continue
        if _LIST_STOP_CI.match(stripped) or _LIST_HEAD.match(stripped) or "convoqu" in stripped:
            break
        taken.append(stripped)
    return _join_lines(taken) or None


def _read_object(lines: list[str], start: int, first: str) -> str | None:
    taken = [first] if first.strip() else []
    for line in lines[start + 1 : start + 8]:
        if not line.strip():
            if taken:
                break
            continue
        taken.append(line)
    return _join_lines(taken) or None


# -- attendance -------------------------------------------------------------------------------


def _collect_sections(lines: list[str], end: int) -> list[_Section]:
    """The attendance lists, each with the lines that belong to it, in one pass."""
    sections: list[_Section] = []
    current: _Section | None = None
    for line in lines[:end]:
        stripped = line.strip()
        if current is not None and not stripped:
            last = current.lines[-1].rstrip() if current.lines else ""
            # A list goes on after a blank line only when its last line promised more names.
            if last and not last.endswith((",", ";", "-", "/")):
                current = None
            continue
        head = _LIST_HEAD.match(stripped) if stripped else None
        if head is not None and head.group("rest").strip().isdigit():  # a count: « Présents : 40 »
            current = None
            continue
        if head is not None:
            kind = next(k for k in ("excused", "proxies", "absent", "present") if head.group(k))
            current = _Section(kind)
            sections.append(current)
            rest = head.group("rest").strip()
            if rest:
                current.lines.append(rest)
            continue
        if current is None:
            continue
        if _LIST_STOP.match(stripped) or _LIST_STOP_CI.match(stripped):
            current = None
            continue
        current.lines.append(stripped)
    return sections


def _has_caps_surname(words: list[str]) -> bool:
    return any(_CAPS_WORD.match(w) for w in words)


def _starts_new_item(pending: str, following: str, proxies: bool) -> bool:
    """Whether the next line starts a new name, or finishes the one cut at the line's end."""
    if proxies:
        match = _PROXY_SENTENCE.match(pending)
        return match is not None and _has_caps_surname(match.group("holder").split())
    if _CIVILITY_START.match(following):
        return True
    words = pending.split()
    next_word = following.split(" ", 1)[0]
    if _CAPS_WORD.match(words[0]) and not _CIVILITY_START.match(pending):
        # Surname first (« DEGRAIX Jean-Luc »): complete once a first name follows the capitals.
        return not _CAPS_WORD.match(words[-1]) and bool(_CAPS_WORD.match(next_word))
    # Civility or first name first (« Jean Luc DEGRAIX »): complete once it ends in capitals,
    # unless the next line goes on in capitals (« Mme Ramona GONZALEZ » / « GRAIL »).
    return bool(_CAPS_WORD.match(words[-1])) and not _CAPS_WORD.match(next_word)


def _split_items(lines: list[str], proxies: bool) -> list[str]:
    """The entries of a list printed over lines, comma- or line-separated, maybe in columns."""
    separator = _SEPARATOR_OUTSIDE_PARENS if any("(" in line for line in lines) else _SEPARATOR
    items: list[str] = []
    pending = ""
    for line in lines:
        cells = _COLUMN_GAP.split(line)
        if len(cells) > 1 and not pending.endswith(("-", "/")):
            # Two columns side by side: every cell holds whole names.
            if pending:
                items.append(pending)
                pending = ""
            for cell in cells:
                items.extend(p for p in separator.split(cell) if p.strip(" ,;"))
            continue
        if pending:
            if pending.endswith(("-", "/")):
                line = pending + line
            elif _starts_new_item(pending, line, proxies):
                items.append(pending)
            else:
                line = f"{pending} {line}"
            pending = ""
        parts = [p for p in separator.split(line)]
        if line.endswith((",", ";")):
            items.extend(p for p in parts if p.strip(" ,;"))
        else:
            items.extend(p for p in parts[:-1] if p.strip(" ,;"))
            pending = parts[-1].strip()
    if pending:
        items.append(pending)
    return items


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one attendance list says; findings as (code, params) pairs so it can be cached."""

    people: tuple[Person, ...] = ()
    proxies: tuple[ProxyLine, ...] = ()
    findings: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()


@lru_cache(maxsize=2048)
def _read_section(kind: str, lines: tuple[str, ...]) -> _Reading:
    """One list's people and proxies. Cached: every extract of a sitting repeats its lists."""
    people: list[Person] = []
    proxies: list[ProxyLine] = []
    findings: list[Finding] = []
    in_proxies = kind == "proxies"

    def unreadable(item: str) -> None:
        findings.append(Finding("unreadable_proxy_line", {"line": item}))

    for raw in _split_items(list(lines), in_proxies):
        item = _normalise(raw).strip(" ,;.")
        if not item or _NOBODY.match(item):
            continue
        base = _PAREN.sub(" ", item).strip() if "(" in item else item
        sentence = None
        if in_proxies:
            sentence = _PROXY_SENTENCE.match(base) or _PROXY_SHORT.match(base)
        elif _mentions_proxy(base):
            sentence = _PROXY_SENTENCE.match(base)
        if sentence is not None:
            giver = _person_or_none(sentence.group("giver"), findings)
            holder = _person_or_none(sentence.group("holder"), findings)
            if giver is None or holder is None:
                unreadable(item)
                continue
            proxies.append(ProxyLine(giver=giver, holder=holder))
            if not in_proxies and kind != "present":
                people.append(giver)  # « X donne pouvoir à Y » among the absents: X is absent
            continue
        if in_proxies:  # one finding for the line, not another for the name in it
            read = _read_name(base)
            person = read if isinstance(read, Person) else None
        else:
            person = _person_or_none(base, findings)
        if person is None:
            if in_proxies:
                unreadable(item)
            continue
        held = False
        for note in _PAREN.findall(item) if "(" in item else ():
            note = _normalise(note)
            other = None
            if gives := _PAREN_GIVES.match(note):
                other = _person_or_none(gives.group("other"), findings)
                if other is not None:
                    proxies.append(ProxyLine(giver=person, holder=other))
            elif holds := _PAREN_HOLDS.match(note):
                other = _person_or_none(holds.group("other"), findings)
                if other is not None:
                    proxies.append(ProxyLine(giver=other, holder=person))
            if other is not None:
                held = True
            elif _mentions_proxy(note):
                unreadable(item)
            # Other notes (« arrivé à 18 h 30 ») say nothing the record keeps.
        if in_proxies:
            if not held:
                unreadable(item)
            continue
        people.append(person)
    return _Reading(
        people=tuple(people),
        proxies=tuple(proxies),
        findings=tuple((f.code, tuple(f.params.items())) for f in findings),
    )


def _read_sections(sections: list[_Section], extract: Extract) -> None:
    lists: dict[str, list[Person]] = {
        "present": extract.present,
        "excused": extract.absent_excused,
        "absent": extract.absent,
        "proxies": [],
    }
    for section in sections:
        reading = _read_section(section.kind, tuple(section.lines))
        lists[section.kind].extend(reading.people)
        extract.proxies.extend(reading.proxies)
        extract.findings.extend(Finding(code, dict(params)) for code, params in reading.findings)


# -- decisions and vote -----------------------------------------------------------------------


def _read_decisions(lines: list[str], start: int, end: int) -> tuple[list[str], int]:
    """The decided items after « après en avoir délibéré », and the line where they stop."""
    decisions: list[list[str]] = []
    preamble: list[str] = []
    index = start
    for index in range(start, end):
        stripped = lines[index].strip()
        if not stripped:
            continue
        if _DECISIONS_END.match(stripped):
            break
        if bullet := _BULLET.match(stripped):
            decisions.append([stripped[bullet.end() :]])
        elif decisions:
            decisions[-1].append(stripped)
        elif not _DECIDES.match(stripped):
            preamble.append(stripped)
    else:
        index = end
    if not decisions and preamble:
        decisions = [preamble]
    texts = [_join_lines(parts).rstrip(" ;,.") for parts in decisions]
    return [t for t in texts if t], index


def _first_number(patterns: tuple[re.Pattern[str], ...], text: str) -> int | None:
    for pattern in patterns:
        if match := pattern.search(text):
            return int(match.group(1))
    return None


def _read_vote(text: str, extract: Extract) -> None:
    deliberation = extract.deliberation
    votes_for = _first_number(_VOTES_FOR, text)
    against = _first_number(_VOTES_AGAINST, text)
    abstentions = _first_number(_ABSTENTIONS, text)
    rejected = _REJECTED.search(text) is not None
    adopted = not rejected and _ADOPTED.search(text) is not None
    if votes_for is not None or against is not None:
        # Offices print only the non-zero figures (« adopté par 44 voix pour et 2 abstentions »).
        votes_for = votes_for or 0
        against = against or 0
        abstentions = abstentions or 0
        tie_won = adopted and votes_for == against  # the chair's casting vote, when printed
        outcome = rules.vote_outcome(votes_for, against, president_voted_for=tie_won or None)
        if (adopted and outcome != "adopted") or (rejected and outcome != "rejected"):
            extract.findings.append(
                Finding(
                    "outcome_differs",
                    {"printed": "rejected" if rejected else "adopted", "counted": outcome},
                )
            )
        deliberation.votes_for = votes_for
        deliberation.votes_against = against
        deliberation.abstentions = abstentions
        deliberation.outcome = outcome
        deliberation.unanimous = rules.is_unanimous(against, abstentions)
    elif _UNANIMOUS.search(text):
        deliberation.outcome = "rejected" if rejected else "adopted"
        deliberation.unanimous = True
        votes = extract.counts.votes
        if votes is not None:
            deliberation.votes_for = 0 if rejected else votes
            deliberation.votes_against = votes if rejected else 0
            deliberation.abstentions = 0
    elif rejected or adopted:
        deliberation.outcome = "rejected" if rejected else "adopted"
    else:
        extract.findings.append(Finding("missing_outcome", {}))


# -- annex ------------------------------------------------------------------------------------

_ACCENTED = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]"}


def _sentence_case(text: str) -> str:
    """« CONTRAT LOCAL DES Solidarités » → « Contrat local des solidarités »; acronyms kept."""
    words = [w if len(w) > 1 and w.isupper() and len(w) <= 4 else w.lower() for w in text.split()]
    out = " ".join(words)
    return out[:1].upper() + out[1:]


@lru_cache(maxsize=256)
def _accent_blind(words: tuple[str, ...]) -> re.Pattern[str]:
    """A lower-case pattern for folded words, each vowel or c matching its accented forms."""
    return re.compile(
        r"[\s'’-]+".join(
            "".join(_ACCENTED.get(c, c if c.isalnum() else re.escape(c)) for c in word)
            for word in words
        )
    )


def _readable(caps: str, text: str, low: str) -> str:
    """A heading printed in capitals, with its accents and case as the report's prose has them.

    `low` is `text` in lower case, offsets unchanged.
    """
    caps = _normalise(caps).strip(" -–—:")
    if not caps.isupper():
        return caps
    words = tuple(fold(caps).split())
    if not words:
        return caps
    for match in _accent_blind(words).finditer(low):
        start, end = match.span()
        found = text[start:end]
        edge_before = start == 0 or not low[start - 1].isalnum()
        edge_after = end == len(low) or not low[end].isalnum()
        if edge_before and edge_after and not found.isupper():
            return _sentence_case(_normalise(found))
    return _sentence_case(caps.lower())


def _parse_amount(value: str) -> Decimal | None:
    """« 94 000 € », « 94 000,50 € », « 94.000 € » (spaces already plain) as a Decimal."""
    match = _AMOUNT.search(value)
    if match is None:
        return None
    digits = match.group(1).replace(" ", "").replace(".", "")
    cents = match.group(2)
    try:
        return Decimal(f"{digits}.{cents}" if cents else digits)
    except InvalidOperation:
        return None


@dataclass(slots=True)
class _Row:
    blocks: list[list[str]] = field(default_factory=list)
    money: list[str] = field(default_factory=list)


def _row_to_action(
    row: _Row, programme: str | None, axis: str | None, findings: list[Finding]
) -> FundedActionRecord | None:
    blocks = [b for b in row.blocks if b]
    if not blocks:
        return None
    carrier: str | None = None
    first = _join_lines(blocks[0])
    if first.endswith(":"):
        # The sample's first cell is « porteur : » then the action's title below it.
        carrier = first.rstrip(" :")
        blocks = blocks[1:]
    elif " : " in first:
        carrier, title_part = first.split(" : ", 1)
        blocks = [[title_part], *blocks[1:]]
    title = _join_lines(blocks[0]) if blocks else ""
    if not title:
        title, carrier = carrier or "", None
    territory = _join_lines(blocks[1]) if len(blocks) > 1 else None
    objectives = " ".join(_join_lines(b) for b in blocks[2:]) or None
    money = " ".join(row.money)
    amounts: list[Decimal] = []
    for match in _AMOUNT.finditer(money):
        amount = _parse_amount(match.group())
        if amount is not None:
            amounts.append(amount)
    leftover = _YES_NO.sub("", _AMOUNT.sub("", money)).strip(" €")
    if leftover or (not amounts and row.money) or not row.money:
        findings.append(Finding("unreadable_amount", {"value": money.strip(), "action": title}))
    cost = contribution = None
    if len(amounts) >= 2:
        cost, contribution = amounts[0], amounts[1]
    elif amounts:
        # Only one figure printed (the sample: « 94 000 € OUI »): it sits under both the cost
        # and the contribution columns, so it is taken as both; the table cannot tell more.
        cost = contribution = amounts[0]
    yes_no = _YES_NO.search(money)
    convention = None if yes_no is None else yes_no.group(1).upper() == "OUI"
    return FundedActionRecord(
        title=title,
        programme=programme,
        axis=axis,
        carrier=carrier,
        territory=territory,
        objectives=objectives,
        cost=cost,
        contribution=contribution,
        multi_year_convention=convention,
    )


def _read_annex(
    lines: list[str], start: int, prose: str, low: str, findings: list[Finding]
) -> list[FundedActionRecord]:
    """The annexed table of funded actions, row by row, under its programme and axes."""
    heading = _ANNEX.match(lines[start])
    assert heading is not None
    programme_caps = _TRAILING_MONTH_YEAR.sub("", heading.group("rest")).strip(" -–—:")
    programme = _readable(programme_caps, prose, low) if programme_caps else None
    actions: list[FundedActionRecord] = []
    axis: str | None = None
    row: _Row | None = None
    in_total = False

    def finish() -> None:
        nonlocal row
        if row is not None:
            action = _row_to_action(row, programme, axis, findings)
            if action is not None:
                actions.append(action)
        row = None

    for line in lines[start + 1 :]:
        stripped = line.strip()
        if not stripped:
            # A blank line closes a cell, unless the cell's last word was cut (« médiatrices/ »).
            if (
                row is not None
                and not row.money
                and row.blocks[-1]
                and not row.blocks[-1][-1].endswith(("-", "/"))
            ):
                row.blocks.append([])
            continue
        if axis_match := _AXIS.match(stripped):
            finish()
            in_total = False
            label = axis_match.group("label")
            label = _readable(label, prose, low) if label else ""
            axis = (
                f"Axe {axis_match.group('n')} – {label}"
                if label
                else f"Axe {axis_match.group('n')}"
            )
            continue
        if _TOTAL.match(stripped):
            finish()
            in_total = True
            continue
        if in_total or _TABLE_HEADER.match(stripped):
            continue
        if _MONEY_LINE.match(stripped) or (row is not None and _MONEYISH_LINE.match(stripped)):
            if row is not None:
                row.money.append(stripped)
            continue
        if row is not None and row.money:
            finish()
        if row is None:
            row = _Row(blocks=[[]])
        row.blocks[-1].append(stripped)
    finish()
    return actions


# -- entry points -----------------------------------------------------------------------------


def looks_like_extract(text: str) -> bool:
    """Whether the text reads as a deliberation extract (register heading, or number and date)."""
    try:
        head = _lower(text[:6000])
        if _REGISTER.search(head):
            return True
        return bool(_find_number(head, head, len(head)) and _SITTING_DATE.search(head))
    except (TypeError, AttributeError):
        return False


def parse_extract(text: str) -> Extract:
    """Read one extract; raise DocumentError only if it is not an extract at all."""
    if not isinstance(text, str) or not text.strip():
        raise DocumentError("empty document")
    extract = Extract()
    findings = extract.findings
    deliberation = DeliberationRecord(full_text=text)
    extract.deliberation = deliberation

    deliberation.prefecture_id = _prefecture_id(text)
    if ("fecture" in text or "FECTURE" in text) and (
        prefecture_date := _PREFECTURE_DATE.search(text)
    ):
        deliberation.prefecture_date = _to_date(prefecture_date.group(1), findings)
    lines = _clean(text, deliberation.prefecture_id)

    # Where the parts are: the attendance block before the decisions, the annex after them.
    joined = "\n".join(lines)
    low = _lower(joined)
    deliberated = _DELIBERATED.search(low)
    decided_at = low.count("\n", 0, deliberated.start()) if deliberated else None
    annex_at = next(
        (i for i in range((decided_at or 0) + 1, len(lines)) if _ANNEX.match(lines[i])), None
    )
    header_end = decided_at if decided_at is not None else (annex_at or len(lines))
    end = deliberated.start() if deliberated else len(joined)
    if decided_at is None and annex_at is not None:
        end = sum(len(line) + 1 for line in lines[:annex_at])

    number = _find_number(joined, low, end)
    sitting = _SITTING_DATE.search(low, 0, end) or _SITTING_DATE_FALLBACK.search(low, 0, end)
    if number is None and sitting is None:
        raise DocumentError("no deliberation number and no sitting date")
    if sitting is not None:
        extract.sitting_date = _to_date(sitting.group(1), findings)
    if convened := _CONVENED.search(low, 0, end):
        extract.convened_on = _to_date(convened.group(1), findings)

    body_match = None
    if sitting is not None:
        line_start = low.rfind("\n", 0, sitting.start()) + 1
        body_match = _BODY.search(low, line_start, sitting.end())
    body_match = body_match or _BODY.search(low, 0, end)
    if body_match is not None:
        extract.body = _body_name(body_match)

    if number is not None:
        deliberation.number, rest, line_start = number
        number_line = low.count("\n", 0, line_start)
        deliberation.title = _read_title(lines, number_line, rest)
    for obj in _OBJECT.finditer(low, 0, end):
        line_start = low.rfind("\n", 0, obj.start()) + 1
        if not low[line_start : obj.start()].strip():
            object_line = low.count("\n", 0, obj.start())
            title = _read_object(lines, object_line, _span(joined, obj, 1))
            deliberation.title = title or deliberation.title
            break

    extract.counts = _read_counts(low, end)
    missing = [
        name for name in ("in_office", "present", "votes") if getattr(extract.counts, name) is None
    ]
    if missing:
        findings.append(Finding("missing_counts", {"missing": missing}))

    for role in _ROLE.finditer(low, 0, end):
        person = _person_or_none(_role_name(_span(joined, role, "name")), findings)
        if role.group("role").startswith("pr"):
            extract.president = extract.president or person
        else:
            extract.secretary = extract.secretary or person
    if extract.president is None and (chaired := _CHAIRED_BY.search(low, 0, end)):
        name = _span(joined, chaired, "name")
        extract.president = _person_or_none(_role_name(name), findings)
    if extract.secretary is None and (appointed := _APPOINTED_SECRETARY.search(low, 0, end)):
        name = _span(joined, appointed, "name")
        extract.secretary = _person_or_none(_role_name(name), findings)

    _read_sections(_collect_sections(lines, header_end), extract)

    vote_end = annex_at if annex_at is not None else len(lines)
    if decided_at is not None:
        decisions, stop = _read_decisions(lines, decided_at + 1, vote_end)
        deliberation.decisions = decisions
        _read_vote("\n".join(lines[stop:vote_end]), extract)
    else:
        _read_vote("\n".join(lines[header_end:vote_end]), extract)

    if annex_at is not None:
        prose_end = sum(len(line) + 1 for line in lines[:annex_at])
        extract.funded_actions = _read_annex(
            lines, annex_at, joined[:prose_end], low[:prose_end], findings
        )
    return extract
