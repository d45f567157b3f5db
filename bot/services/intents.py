"""Read what a member means from a French sentence: keywords, dates, numbers, a body, a name.

A light router, no language model: the same parse serves commands' arguments (« /seance 4
juillet ») and free sentences (« qui était absent le 4 juillet ? »). Pure code, no telegram.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from storage.french import MONTH_NUMBERS
from storage.names import fold

_MONTH_ALT = "|".join(MONTH_NUMBERS)
_TEXT_DATE = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({_MONTH_ALT})\b(?:\s+(\d{{4}}))?")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
# « 2024.00417 », « 2024-417 », « 2024_00417 »: a year and a sequence number.
_DELIBERATION_NUMBER = re.compile(r"\b((?:19|20)\d{2})[._-](\d{1,5})\b")

# Intent keywords, on folded text; the first that matches wins, so the order matters.
_INTENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "revoke_proxy",
        re.compile(r"\b(annule\w*|retire\w*|revoque\w*)\b.*\b(pouvoir|procuration)\b"),
    ),
    (
        "give_proxy",
        re.compile(
            r"\b(je|j)\s+(donne|confie|laisse|delegue)\b.*\b(pouvoir|procuration)\b"
            r"|\bdonner (mon |ma )?(pouvoir|procuration)\b"
        ),
    ),
    (
        "declare_absent",
        re.compile(
            r"\bje (ne )?(serai|suis) (pas )?(absent|absente|excuse|excusee)\b"
            r"|\bje ne serai pas la\b|\bje ne pourrai pas\b"
        ),
    ),
    ("declare_present", re.compile(r"\bje (serai|suis) (present|presente|la)\b")),
    ("my_proxies", re.compile(r"\bmes (pouvoirs|procurations)\b")),
    ("help", re.compile(r"^(aide|help|bonjour|salut|que sais tu|menu)\b|\baide\b")),
    ("proxies", re.compile(r"\b(pouvoirs?|procurations?|mandataire|mandant)\b")),
    ("absents", re.compile(r"\b(absents?|absentes?|excuses?)\b")),
    ("presents", re.compile(r"\b(presents?|presentes?|presence|assistance)\b")),
    ("actions", re.compile(r"\b(actions?|financ\w*|subventions?|porteurs?|axes?|combien pour)\b")),
    ("deliberation", re.compile(r"\b(deliberations?|delib|decisions?|vote[sr]?|adopte\w*)\b")),
    ("quorum", re.compile(r"\bquorum\b")),
    ("sittings", re.compile(r"\b(seances|reunions|calendrier|prochaines seances)\b")),
    ("sitting", re.compile(r"\b(seance|reunion|bureau|conseil|prochain|dernier)\b")),
)
_STOPWORDS = frozenset(
    """
    a au aux avec ce ces cette combien comment d de des du en est et il elle je j l la
    le les leur lui ma me mes mon ne pas par pour qu que quel quelle quelles quels qui
    quoi sa se ses son sur t ta te tes ton tu un une vous nous on y ou etait etaient ete
    avait avaient donne donner donnes donnee dit moi montre montrer affiche afficher
    liste lister svp merci s plait veux voudrais voir savoir dernier derniere prochain
    prochaine metropolitain metropole bureau conseil seance reunion jour
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


class InvalidDate(ValueError):
    """A date a member typed that no calendar has (« 31 février »)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


@dataclass(frozen=True, slots=True)
class Question:
    intent: str | None
    on: date | None
    deliberation_number: str | None
    body_hint: str | None  # "bureau" | "conseil"
    last: bool  # « le dernier bureau »: the latest past sitting, not the next
    rest: str  # folded, without the date and the number: for keyword and word searches
    text: str = ""  # as typed: the name resolver reads capitals and accents

    @property
    def words(self) -> list[str]:
        return [w for w in self.rest.split() if w not in _STOPWORDS and len(w) > 1]


def normalise_number(year: str, sequence: str) -> str:
    """The métropole's numbering: year, dot, five digits (« 2024.00417 »)."""
    return f"{year}.{int(sequence):05d}"


def find_deliberation_number(text: str) -> str | None:
    match = _DELIBERATION_NUMBER.search(text)
    return normalise_number(*match.groups()) if match else None


def _make_date(year: int, month: int, day: int, raw: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidDate(raw) from None


def find_date(folded: str, today: date) -> tuple[date | None, str]:
    """The first date in folded text and the text without it. Without a year, the date is
    the nearest one: this year's, unless that is more than six months ahead (then last year's).

    Raises InvalidDate for an impossible date.
    """

    def without_year(day: int, month: int, raw: str) -> date:
        candidate = _make_date(today.year, month, day, raw)
        if (candidate - today).days > 183:
            candidate = _make_date(today.year - 1, month, day, raw)
        return candidate

    if match := _ISO_DATE.search(folded):
        y, m, d = (int(g) for g in match.groups())
        return _make_date(y, m, d, match.group(0)), folded.replace(match.group(0), " ")
    if match := _TEXT_DATE.search(folded):
        day, month, year = int(match.group(1)), MONTH_NUMBERS[match.group(2)], match.group(3)
        found = (
            _make_date(int(year), month, day, match.group(0))
            if year
            else without_year(day, month, match.group(0))
        )
        return found, folded.replace(match.group(0), " ")
    if match := _NUMERIC_DATE.search(folded):
        day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
        if year:
            full_year = int(year) + (2000 if len(year) == 2 else 0)
            found = _make_date(full_year, month, day, match.group(0))
        else:
            found = without_year(day, month, match.group(0))
        return found, folded.replace(match.group(0), " ")
    return None, folded


def parse_question(text: str, today: date) -> Question:
    """Raises InvalidDate when the member typed a date that does not exist."""
    folded = fold(text.replace("n°", " ").replace("N°", " "))
    number = None
    if match := _DELIBERATION_NUMBER.search(text):
        number = normalise_number(*match.groups())
        folded = fold(text.replace(match.group(0), " "))
    on, folded = find_date(folded, today)
    intent = next((name for name, pattern in _INTENTS if pattern.search(folded)), None)
    if intent is None and number:
        intent = "deliberation"
    body_hint = "bureau" if "bureau" in folded else "conseil" if "conseil" in folded else None
    last = bool(re.search(r"\b(dernier|derniere|precedent\w*)\b", folded))
    return Question(
        intent=intent,
        on=on,
        deliberation_number=number,
        body_hint=body_hint,
        last=last,
        rest=" ".join(folded.split()),
        text=text,
    )
