"""French calendar words, as council documents and members write them."""

from __future__ import annotations

import calendar
import contextlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein
from text_to_num import alpha2digit, text2num

from storage import cues, rules
from storage.names import fold

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

# « aout », « Août », « AOUT »: the month's number by its folded name.
MONTH_NUMBERS = {fold(name): number for number, name in enumerate(MONTHS, start=1)}
# The ranks said in words, folded, each with its place from 1 (« premier », « seconde »)
ORDINAL_WORDS = {
    "premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3,
    "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9,
    "dixieme": 10,
}  # fmt: skip
# The month names as one pattern for the document reader, each accented letter also read bare
# (« fevrier », « aout »): « (?:janvier|f[ée]vrier|…|d[ée]cembre) », case as the caller sets.
MONTH_PATTERN = "(?:{})".format(
    "|".join("".join(f"[{c}{fold(c)}]" if fold(c) != c else c for c in name) for name in MONTHS)
)


# -- Dates -------------------------------------------------------------------------------------
# The project's one reader of French dates: the importer (headings, opening formulas, open
# data), the questions members type and the command line all call it. It reads the text as
# tokens in one pass (no backtracking regex over words, so any input reads in linear time) and
# keeps partial dates (« 13 mars », « mars 2025 ») for the caller to resolve against what it
# knows: a sitting's year, the store's sittings, today.

# How far ahead a date said without its year may lie, in days: further, this year's day just
# past is meant (« avant le 4 juillet », « pour le bureau du 4 juillet » said on the 10th).
HALF_A_YEAR = 183
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(WEEKDAYS)}
# Abbreviations printed in tables and headers; « sept » is left out (it is also seven).
_MONTH_ABBREVIATIONS = {
    "janv": 1,
    "fev": 2,
    "fevr": 2,
    "avr": 4,
    "juil": 7,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_TOKENS = {**MONTH_NUMBERS, **_MONTH_ABBREVIATIONS}
# The words French numbers are written with (« vingt-et-un », « deux mil dix-neuf »).
_NUMBER_WORDS = frozenset(
    """
    un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze
    seize vingt vingts trente quarante cinquante soixante cent cents mille mil et
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# The same words as one alternative of a pattern, « zero » too, on folded text (an act's number
# dictated, « virgule » said between two numbers): the longest first, « vingts » before « vingt »
# (in one order in every process: the patterns built from it are kept between processes).
NUMBER_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS | {"zero"}, key=lambda w: (-len(w), w))) + ")"
_TOKEN = cues.plain(r"[a-z0-9]+")
# A year of three, five or six digits is read too (« 12/03/20245 », « 12/03/202 »): a typo
# the member must be told of. Unread, it left « 12/03 » or nothing, and the answer was another
# sitting's, without a word.
_ISO = cues.compile(r"\b(\d{4,6})-(\d{1,2})-(\d{1,2})\b")
_DAY_MONTH_YEAR = cues.compile(r"\b(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{2,6})\b")
_DAY_MONTH = cues.compile(r"\b(\d{1,2})/(\d{1,2})\b(?!\s?[/.-]\s?\d)")
_WEEKDAY_BEFORE = cues.plain(r"\b(" + "|".join(WEEKDAYS) + r")\s+(?:le\s+)?$")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written: each part may be missing (« 13 mars », « mars 2025 »)."""

    day: int | None
    month: int | None
    year: int | None
    weekday: int | None  # 0 = lundi, when the text names the day of the week
    start: int  # the span in the text given to find_dates
    end: int

    @property
    def valid(self) -> bool:
        """False for a day no calendar has (« 31 février », « 30/02/2024 »)."""
        if self.month is None or not 1 <= self.month <= 12:
            return False
        if self.year is not None and not 1000 <= self.year <= 9999:
            return False  # « 4 juillet 20245 »: no calendar here has it
        if self.day is None:
            return True
        if self.year is not None:
            try:
                date(self.year, self.month, self.day)
            except ValueError:
                return False
            return True
        return 1 <= self.day <= calendar.monthrange(2024, self.month)[1]  # 2024: 29 February

    def resolve(self, *, before: date | None = None) -> date | None:
        """The full date, or None. Without a year: the latest such day on or before `before`
        (and on the weekday the text names, if it names one)."""
        if not self.valid or self.day is None or self.month is None:
            return None
        if self.year is not None:
            return date(self.year, self.month, self.day)
        if before is None:
            return None
        for year in range(before.year, before.year - 29, -1):
            try:
                candidate = date(year, self.month, self.day)
            except ValueError:  # 29 February of a common year
                continue
            if candidate > before:
                continue
            if self.weekday is None or candidate.weekday() == self.weekday:
                return candidate
        return None


# « était-il présent … », « a-t-elle manqué … », « y a t il eu … », « est-ce que … »: a
# question without « ? » (dictated, or typed in haste)
_INVERTED = cues.plain(
    r"\w-(?:t-)?(?:il|elle|on)s?\b|\best[- ]ce qu|\b(?:y a|a|va|aura) t (?:il|elle|on)\b"
    r"|\by (?:avait|aura|aurait)[- ](?:il|elle)\b"
)


def asked_as_question(text: str) -> bool:
    """Whether a message is put as a question: a « ? », or a verb put before its subject."""
    return "?" in text or _INVERTED.search(text.lower()) is not None


def _fold_keeping_offsets(text: str) -> str:
    """Lower case without accents, one character for one, so spans point into `text`."""
    if text.isascii():  # most lines of most documents: one C call
        return text.lower()
    # str.translate looks each character up at C speed (a generator over the characters cost
    # twice as much); the table learns each character's folding the first time it is met
    return text.translate(_FOLDED)


def _fold_char(c: str) -> str:
    """« É » → « e », « œ » → « œ », « İ » → « i »: always one character."""
    return (unicodedata.normalize("NFKD", c)[:1] or c).lower()[:1] or c


class _Folding(dict[int, str]):
    """Each code point's folding (_fold_char), computed when first looked up; the characters
    kept are bounded (a text of every code point is read, not remembered)."""

    def __missing__(self, point: int) -> str:
        folded = _fold_char(chr(point))
        if len(self) < 4096:
            self[point] = folded
        return folded


_FOLDED = _Folding()


def _full_year(printed: str) -> int:
    year = int(printed)
    if len(printed) == 2:
        return 2000 + year if year < 70 else 1900 + year
    return year


def _words_value(words: list[str]) -> int | None:
    """« vingt et un » → 21, « deux mil dix neuf » → 2019; None when they are not a number."""
    if not words or words[0] == "et" or words[-1] == "et":
        return None
    try:
        return int(text2num(" ".join("mille" if w == "mil" else w for w in words), "fr"))
    except ValueError:
        return None


def number_in_words(text: str) -> int | None:
    """« vingt et un », « vingt-cinq » → 21, 25; None when the words are not a number."""
    return _words_value(text.lower().replace("-", " ").split())


_ORDINAL_FIGURES = cues.plain(r"(\d{1,3}) ?(?:er|re|[èe]re|e|[èe]me|i[èe]me)")


def ordinal_in_words(word: str) -> int | None:
    """« Premier », « 2e », « 3ème », « deuxième », « second », « vingt-et-unième » → 1, 2, 3,
    2, 2, 21; None when the word is no ordinal."""
    low = word.strip().lower()
    if low in ("second", "seconde"):
        return 2
    if not low[:1].isdigit():
        low = alpha2digit(low, "fr", threshold=0)
    match = _ORDINAL_FIGURES.fullmatch(low)
    return int(match[1]) if match else None


def _day_before(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """The day written just before token i: « 13 », « 1er », « premier », « seize »,
    « vingt-et-un »; returns (day, index of its first token)."""
    if i >= 3 and [t[0] for t in tokens[i - 3 : i]] in (["du", "mois", "de"], ["du", "mois", "d"]):
        i -= 3  # « le vingt-huit du mois de novembre », « le 2 du mois d'octobre »
    if i == 0:
        return None
    word = tokens[i - 1][0]
    if word.isdigit() and len(word) <= 2:
        return int(word), i - 1
    if word in ("1er", "premier"):
        return 1, i - 1
    if word == "er" and i >= 2 and tokens[i - 2][0] == "1":
        return 1, i - 2
    first = i
    while first > 0 and i - first < 4 and tokens[first - 1][0] in _NUMBER_WORDS:
        first -= 1
    value = _words_value([t[0] for t in tokens[first:i]])
    return (value, first) if value is not None and 1 <= value <= 31 else None


def _year_after(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """The year written just after token i: « 2025 » or « deux mille vingt-cinq »; returns
    (year, index of its last token)."""
    if i + 4 < len(tokens) and [t[0] for t in tokens[i + 1 : i + 4]] == ["de", "l", "an"]:
        i += 3  # « le 3 décembre de l'an deux mille vingt-cinq »: the year after « de l'an »
    if i + 1 >= len(tokens):
        return None
    word = tokens[i + 1][0]
    if word.isdigit():
        # Any four digits after a month are its year, even one no sitting can have
        # (« 4 juillet 1850 », « 4 juillet 3024 »), and so are five or six that begin as a
        # year does (« 4 juillet 20245 », a typo): dropped, the date read as « 4 juillet »
        # answered another year's sitting without a word. They make an invalid date.
        if (len(word) == 4 and int(word) >= 1000) or _typed_year(word):
            return int(word), i + 1
        if (spaced := _spaced_year(tokens, i + 1)) is not None:
            return spaced, i + 2
        return None
    last = i + 1
    while last < len(tokens) and last - i <= 6 and tokens[last][0] in _NUMBER_WORDS:
        last += 1
    # The longest run of words that reads as a year: « deux mille vingt-trois à dix-huit
    # heures » stops before « à ».
    for end in range(last, i + 1, -1):
        value = _words_value([t[0] for t in tokens[i + 1 : end]])
        if value is not None and 1900 <= value <= 2199:
            return value, end - 1
    return None


def _spaced_year(tokens: list[tuple[str, int, int]], i: int) -> int | None:
    """« 12 mars 2 025 »: a year printed with a thousands' space, its two tokens one character
    apart; only a thousand that makes a year (« 2 025 », « 1 998 ») reads so."""
    if i + 1 >= len(tokens) or tokens[i][0] not in ("1", "2"):
        return None
    rest, start, end = tokens[i + 1]
    if len(rest) != 3 or not rest.isdigit() or start - tokens[i][2] != 1:
        return None
    if i + 2 < len(tokens) and tokens[i + 2][0].isdigit() and tokens[i + 2][1] - end == 1:
        return None  # « 2 025,50 » is an amount
    year = int(tokens[i][0]) * 1000 + int(rest)
    return year if 1900 <= year <= 2199 else None


def _typed_year(word: str) -> bool:
    """« 20245 »: digits meant as a year and mistyped, not an amount (« 15000 »)."""
    return word.isdigit() and len(word) in (5, 6) and word[:2] in ("19", "20")


# « l'an dix mille », « en l'an 20245 », « en 20245 »: a year beyond any calendar, with
# nothing else of a date around it. Found, it is an invalid date (« n'existe pas »); unread,
# the question was answered for the latest sitting.
_BEYOND_YEAR_CUE = frozenset({"an", "en", "annee"})


def _years_beyond(folded: str, tokens: list[tuple[str, int, int]]) -> list[DateMention]:
    found = []
    for i, (word, start, _) in enumerate(tokens):
        if word not in _BEYOND_YEAR_CUE or i + 1 >= len(tokens):
            continue
        if word == "an" and i and tokens[i - 1][0] == "l":
            start = tokens[i - 1][1]
        following, _, end = tokens[i + 1]
        if following.isdigit():
            amount = folded[end : end + 4].lstrip().startswith(("€", "eur", "k"))
            if _typed_year(following) and not amount:
                found.append(DateMention(None, None, int(following), None, start, end))
            continue
        last = i + 1
        while last < len(tokens) and last - i <= 8 and tokens[last][0] in _NUMBER_WORDS:
            last += 1
        value = _words_value([t[0] for t in tokens[i + 1 : last]])
        if value is not None and value > 9999 and last > i + 1:
            found.append(DateMention(None, None, value, None, start, tokens[last - 1][2]))
    return found


def _opening_year(tokens: list[tuple[str, int, int]], first: int) -> tuple[int, int] | None:
    """The year of an opening formula, written before the day: « L'an deux mille vingt-trois,
    le seize février », « L'an 2023 et le 16 février »; returns (year, index of « l »/« an »)."""
    j = first
    while j > 0 and tokens[j - 1][0] in ("le", "et", "ce"):
        j -= 1
    end = j
    while j > 0 and end - j < 6 and tokens[j - 1][0] in _NUMBER_WORDS:
        j -= 1
    if j == end and j > 0 and tokens[j - 1][0].isdigit():
        j -= 1
    if j == 0 or tokens[j - 1][0] != "an" or j == end:
        return None
    run = [t[0] for t in tokens[j:end]]
    year = int(run[0]) if run[0].isdigit() else _words_value(run)
    if year is None or not 1900 <= year <= 2199:
        return None
    start = j - 2 if j >= 2 and tokens[j - 2][0] == "l" else j - 1
    return year, start


def _weekday_before(tokens: list[tuple[str, int, int]], first: int) -> int | None:
    return _WEEKDAY_NUMBERS.get(tokens[first - 1][0]) if first > 0 else None


# Long month names only: « mais », « mari », « juin »'s neighbours are ordinary words.
_LONG_MONTHS = {name: number for name, number in MONTH_NUMBERS.items() if len(name) >= 5}


# The words after which a month alone is said (« en juilet », « le mois de septmbre »).
_BEFORE_A_MONTH = frozenset(("en", "de", "d", "debut", "fin", "mi"))


@cache
def _misspelt_month(word: str) -> int | None:
    """« juilet », « septmbre », « fevier »: a month name one edit away (two for the longest)."""
    if len(word) < 5 or not word.isalpha():
        return None
    for name, number in _LONG_MONTHS.items():
        if abs(len(name) - len(word)) <= 1 and Levenshtein.distance(word, name) <= (
            1 + (len(name) >= 8)
        ):
            return number
    return None


_MONTH_NOUN = (["mois", "de"], ["mois", "d"])


def _september(folded: str, tokens: list[tuple[str, int, int]], i: int) -> bool:
    """« sept » after a day in figures, then its abbreviation's dot or a year in figures, is
    September (« 16 sept. 2025 »); otherwise seven (« sept voix pour »)."""
    if not i or not (
        (tokens[i - 1][0].isdigit() and len(tokens[i - 1][0]) <= 2) or tokens[i - 1][0] == "1er"
    ):
        return False
    after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    return folded[tokens[i][2] : tokens[i][2] + 1] == "." or (len(after) == 4 and after.isdigit())


def _written_dates(folded: str) -> list[DateMention]:
    """Dates whose month is a word: « jeudi 13 mars 2025 », « le seize février », « mars 2025 »;
    and years beyond any calendar (« l'an dix mille »)."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]
    found: list[DateMention] = _years_beyond(folded, tokens)
    for i, (word, _, _) in enumerate(tokens):
        month = _MONTH_TOKENS.get(word)
        said_as_month = False
        if month is None and word == "sept" and _september(folded, tokens, i):
            month = 9  # « 16 sept. 2025 », « le 1er sept 2025 »: the month, not seven
        if month is None and i and tokens[i - 1][0].isdigit() and len(tokens[i - 1][0]) <= 2:
            month = _misspelt_month(word)  # « le 4 juilet »: after a day, one letter off
        elif month is None and i and tokens[i - 1][0] in _BEFORE_A_MONTH:
            # « en juilet », « au mois de septmbre »: where only a month is said
            month = _misspelt_month(word)
            said_as_month = month is not None
        if month is None:
            continue
        first, last, day, year = i, i, None, None
        if (day_at := _day_before(tokens, i)) is not None:
            day, first = day_at
        weekday = _weekday_before(tokens, first) if day is not None else None
        if weekday is not None:
            first -= 1
        if (year_at := _year_after(tokens, i)) is not None:
            year, last = year_at
        elif day is not None and (opening := _opening_year(tokens, first)) is not None:
            # « L'an deux mille vingt-cinq, le mardi premier avril »: the weekday too
            year, first = opening
        if day is None and year is None and word not in MONTH_NUMBERS and not said_as_month:
            continue  # a bare abbreviation (« oct ») is no date
        if day is None and first >= 2 and [t[0] for t in tokens[first - 2 : first]] in _MONTH_NOUN:
            first -= 2  # « le mois de mars 2022 »: the words say the month, nothing else
        found.append(DateMention(day, month, year, weekday, tokens[first][1], tokens[last][2]))
    return found


def _numeric_dates(folded: str) -> list[DateMention]:
    """« 2025-03-13 », « 13/03/2025 », « 13.03.25 », « 13/3 » (a slash alone needs no year)."""
    found = [
        DateMention(int(d), int(m), int(y), None, match.start(), match.end())
        for match in _ISO.finditer(folded)
        for y, m, d in [match.groups()]
    ]
    found += [
        DateMention(int(d), int(m), _full_year(y), None, match.start(), match.end())
        for match in _DAY_MONTH_YEAR.finditer(folded)
        for d, _, m, y in [match.groups()]
    ]
    found += [
        DateMention(int(d), int(m), None, None, match.start(), match.end())
        for match in _DAY_MONTH.finditer(folded)
        for d, m in [match.groups()]
    ]
    named = []
    for mention in found:
        head = folded[max(0, mention.start - 16) : mention.start]
        if match := _WEEKDAY_BEFORE.search(head):
            mention = DateMention(
                mention.day,
                mention.month,
                mention.year,
                _WEEKDAY_NUMBERS[match.group(1)],
                mention.start - len(head) + match.start(),
                mention.end,
            )
        named.append(mention)
    return named


def day_meant(day: int, month: int, today: date) -> date | None:
    """The day a date said without its year means: the coming one, unless it is more than half
    a year away (or never comes, a 29 February) while this year's has just passed. « Pouvoir à
    Degraix pour le bureau du 4 juillet » said on the 10th names the sitting just held (too
    late, and said so), not the 4th of next July, which was offered as « pas de séance le
    vendredi 4 juillet 2025 »; « le 14 janvier » said in December is next January's."""
    days = []
    for year in (today.year - 1, today.year, today.year + 1):
        with contextlib.suppress(ValueError):  # 29 February of a common year
            days.append(date(year, month, day))
    coming = next((d for d in days if d >= today), None)
    past = next((d for d in reversed(days) if d < today), None)
    if past is not None and (coming is None or (coming - today).days > HALF_A_YEAR):
        return past
    return coming


def find_dates(text: str) -> list[DateMention]:
    """Every date mentioned in `text`, in order, partial ones included; spans index `text`."""
    return list(_dates_in(text))


# (kept for the last texts read: one sentence is read for dates three times over — where it
# splits into questions, a span of days, a day — and a document's heading lines twice, for
# the date its heading prints and for the sitting's, each reader asking of the same text)
@lru_cache(maxsize=256)
def _dates_in(text: str) -> tuple[DateMention, ...]:
    folded = _fold_keeping_offsets(text)
    mentions = sorted(
        _numeric_dates(folded) + _written_dates(folded), key=lambda m: (m.start, -m.end)
    )
    kept: list[DateMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue  # « 13/03/2025 » also holds « 13/03 »: the longer one came first
        kept.append(mention)
    return tuple(kept)


_RANGE_OPENER = cues.plain(r"\b(?:du|entre(?: le| l)?|depuis(?: le| l)?|a partir du|de)\s*$")
_RANGE_JOINER = cues.plain(r"\s*(?:au|a|et|et le|et l|jusqu au|jusqu a|jusqu a le)\s*")
# « du 1er au 31 mars 2022 »: the first day alone, its month and year the second's
_FIRST_DAY_ALONE = cues.plain(r"\b(?:du|entre le|depuis le) (1er|\d{1,2})\s*$")


# « la semaine du 1er juillet », « dans la semaine du lundi 1er »: the week a day is in
_WEEK_OF = cues.plain(r"\bsemaine (?:du|de) (?:(?:lundi|mardi|mercredi|jeudi|vendredi) )?$")


def find_day_range(text: str, *, today: date) -> tuple[date, date, int, int] | None:
    """Two days joined as a span (« du 27/01/2022 au 24/03/2022 », « entre le 1er janvier et
    le 30 mars 2022 », « du 1er au 31 mars »): its first and last days and where it is written
    in `text`; the first day takes the second's month and year when it says none. None when no
    two days are so joined, or when they make no span."""
    folded = _fold_keeping_offsets(text)
    mentions = find_dates(text)
    for second_at, second in enumerate(mentions):
        if second.day is None or not second.valid:
            continue
        first = mentions[second_at - 1] if second_at else None
        joined = None
        if first is not None and first.day is not None and first.valid:
            joined = _RANGE_JOINER.fullmatch(folded[first.end : second.start])
        opener = _RANGE_OPENER.search(folded[: first.start]) if joined and first else None
        year = second.year or (
            today.year if (second.month or 0) <= today.month else today.year - 1
        )
        if second.month is None:
            continue
        # « le 29/02 ? » in a common year: the latest 29 February (it was a traceback)
        end = _latest_in(year, second.month, second.day)
        if week := _WEEK_OF.search(folded[: second.start]):
            # « le bureau de la semaine du 1er juillet 2024 »: that day's week, Monday to Sunday
            monday = end - timedelta(days=end.weekday())
            return monday, monday + timedelta(days=6), week.start(), second.end
        if opener is not None and first is not None and first.day is not None:
            month = first.month or second.month
            try:
                if first.year is not None:
                    start = date(first.year, month, first.day)
                else:
                    start = _latest_in(end.year, month, first.day)
            except ValueError:
                continue
            if start > end and first.year is None:
                start = _latest_in(start.year - 1, month, first.day)
            if start > end and first.year is not None and second.year is not None:
                # « entre le 5 juillet 2024 et le 1er juillet 2024 »: written backwards, each
                # day with its year; no span was read, and one day answered for both
                start, end = end, start
            if start <= end:
                return start, end, opener.start(), second.end
            continue
        head = folded[: second.start]
        for joiner in _RANGE_JOINER.finditer(head):
            if joiner.end() != len(head):
                continue
            alone = _FIRST_DAY_ALONE.search(head[: joiner.start()])
            if alone is None:
                continue
            day = 1 if alone.group(1) == "1er" else int(alone.group(1))
            if 1 <= day <= second.day:
                return end.replace(day=day), end, alone.start(), second.end
    return None


def _latest_in(year: int, month: int, day: int) -> date:
    """That day of `year`, or of the latest year before it that has one (29 February); a day
    of no year (« 30 février ») raises ValueError."""
    for candidate in range(year, year - 8, -1):
        with contextlib.suppress(ValueError):
            return date(candidate, month, day)
    return date(year, month, day)


def parse_date(text: str, *, before: date | None = None) -> date | None:
    """The date `text` writes (« 13 mars 2025 », « 13/03/25 », « l'an deux mille vingt-trois,
    le seize février »…), or None: none written, an impossible day, or no year and no
    `before` to take it from."""
    mentions = find_dates(text)
    return mentions[0].resolve(before=before) if mentions else None


# -- relative dates, as members say them ---------------------------------------------------------
# « hier », « mardi dernier », « la semaine dernière », « le mois dernier », « en mars dernier »,
# « au premier semestre 2022 », « en 2022 »: read on folded text (see storage.names.fold),
# against the day the question is asked. A day is a period whose start is its end.


_MONTH_ALT = "|".join(MONTH_NUMBERS)
_WEEKDAY_ALT = "|".join(WEEKDAYS)
_LAST = r"(?:dernier|derniere|passe|passee|precedent|precedente)"
_NEXT = r"(?:prochain|prochaine|suivant|suivante|a venir|pro(?=\s*$|\s*\W|\s+\b))"
_ORDINAL = {
    "premier": 1, "1er": 1, "1e": 1, "1": 1,
    "second": 2, "seconde": 2, "deuxieme": 2, "2e": 2, "2eme": 2, "2nd": 2, "2": 2,
    "troisieme": 3, "3e": 3, "3eme": 3, "3": 3,
    "quatrieme": 4, "4e": 4, "4eme": 4, "4": 4,
}  # fmt: skip
_ORDINAL_ALT = "|".join(sorted(_ORDINAL, key=len, reverse=True))
_YEAR = r"((?:19|20)\d{2})"


@dataclass(frozen=True, slots=True)
class Period:
    """The days a relative expression covers, both ends included, and where it was read."""

    start: date
    end: date
    span: tuple[int, int]  # in the folded text given

    @property
    def is_day(self) -> bool:
        return self.start == self.end


def _month_period(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _relative_day(match: re.Match[str], today: date) -> tuple[date, date] | None:
    word = match.group(0)
    if word.startswith("avant"):
        day = today - timedelta(days=2)
    elif word.startswith("apres"):
        day = today + timedelta(days=2)
    elif word == "hier":
        day = today - timedelta(days=1)
    elif word == "demain":
        day = today + timedelta(days=1)
    else:  # aujourd'hui, ce jour, ce matin, ce soir…
        day = today
    return day, day


def _weekday(match: re.Match[str], today: date) -> tuple[date, date] | None:
    target = _WEEKDAY_NUMBERS[match.group(1)]
    if re.fullmatch(_LAST, match.group(2)):
        back = (today.weekday() - target) % 7 or 7
        day = today - timedelta(days=back)
    else:
        ahead = (target - today.weekday()) % 7 or 7
        day = today + timedelta(days=ahead)
    return day, day


def _unit(match: re.Match[str], today: date) -> tuple[date, date] | None:
    unit, when = match.group(1) or match.group(3), match.group(2) or ""  # « cette semaine »
    # « l'année d'avant », « le mois d'après »: counted from today, as « dernier » is.
    by = -1 if re.fullmatch(_LAST + "|d avant", when) else 0
    by = 1 if re.fullmatch(_NEXT + "|d apres", when) else by
    if unit == "semaine":
        return _week_of(today + timedelta(weeks=by))
    if unit == "mois":
        return _month_period(*_shift_month(today.year, today.month, by))
    if unit in ("semestre", "trimestre"):  # « ce semestre », « le trimestre dernier »
        months = 6 if unit == "semestre" else 3
        first = (today.month - 1) // months * months + 1
        year, month = _shift_month(today.year, first, by * months)
        last_year, last_month = _shift_month(year, month, months - 1)
        return date(year, month, 1), _month_period(last_year, last_month)[1]
    year = today.year + by  # annee, an
    return date(year, 1, 1), date(year, 12, 31)


def _count_of(said: str) -> int | None:
    """« 3 », « trois », « un », « quelques »: how many units a member counts back."""
    said = said.strip()
    if said.isdigit():
        return int(said)
    if said in ("un", "une"):
        return 1
    if said.startswith("quelque"):
        return 2
    return _words_value(said.replace("-", " ").split())


def _ago(match: re.Match[str], today: date) -> tuple[date, date] | None:
    count, unit = _count_of(match.group(1)), match.group(2)
    if count is None or not 0 < count <= 60:
        return None
    if unit.startswith("jour"):
        day = today - timedelta(days=count)
        return day, day
    if unit.startswith("semaine"):
        return _week_of(today - timedelta(weeks=count))
    if unit == "mois":
        return _month_period(*_shift_month(today.year, today.month, -count))
    if match.group(3):
        # « il y a 4 ans et demi »: said loosely, the half-year around that month (three months
        # each side), never a search on « demi »
        first = _month_period(*_shift_month(today.year, today.month, -12 * count - 9))[0]
        return first, _month_period(*_shift_month(today.year, today.month, -12 * count - 3))[1]
    return date(today.year - count, 1, 1), date(today.year - count, 12, 31)


def _ahead(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« dans 15 jours », « dans deux semaines », « dans un mois »: the week (month, year) that
    far ahead, as loosely as it is said (« dans 15 jours » may be a Thursday or a Friday); « dans
    3 jours » that day; « d'ici trois semaines », « dans les 15 jours »: from today up to then."""
    count, unit = _count_of(match.group(2)), match.group(3)
    if count is None or not 0 < count <= 60:
        return None
    up_to = match.group(1) != "dans"
    if unit == "mois":
        first, last = _month_period(*_shift_month(today.year, today.month, count))
    elif unit.startswith("an"):
        first, last = date(today.year + count, 1, 1), date(today.year + count, 12, 31)
    else:
        day = today + timedelta(days=count * 7 if unit.startswith("semaine") else count)
        first, last = (day, day) if count < 7 and unit.startswith("jour") else _week_of(day)
        if up_to:
            last = day
    return (today, last) if up_to else (first, last)


def _weekday_in_a_week(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« jeudi en huit », « lundi en quinze »: that weekday one (two) weeks after its coming
    one (today's, when today is that day)."""
    ahead = (_WEEKDAY_NUMBERS[match.group(1)] - today.weekday()) % 7
    day = today + timedelta(days=ahead + (7 if match.group(2) in ("huit", "8") else 14))
    return day, day


def _named_month(match: re.Match[str], today: date) -> tuple[date, date] | None:
    month = MONTH_NUMBERS[match.group(1)]
    if re.fullmatch(_LAST, match.group(2)):
        year = today.year if month < today.month else today.year - 1
    else:
        year = today.year if month > today.month else today.year + 1
    return _month_period(year, month)


def _part_of_year(match: re.Match[str], today: date) -> tuple[date, date] | None:
    rank, part, year_text = _ORDINAL[match.group(1)], match.group(2), match.group(3)
    year = int(year_text) if year_text else today.year
    months = 6 if part == "semestre" else 3
    if rank > 12 // months:
        return None
    first_month = (rank - 1) * months + 1
    start = date(year, first_month, 1)
    end = _month_period(year, first_month + months - 1)[1]
    return start, end


def _abbreviated_part(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« S1 2022 », « au T3 », « T4 2023 »: a half or a quarter of a year, as accountants
    write it."""
    letter, rank_text, year_text = match.group(1) or match.group(4), match.group(2), match.group(3)
    rank = int(rank_text or match.group(5))
    months = 6 if letter == "s" else 3
    if rank > 12 // months:
        return None
    year = int(year_text) if year_text else today.year
    first_month = (rank - 1) * months + 1
    return date(year, first_month, 1), _month_period(year, first_month + months - 1)[1]


def _year(match: re.Match[str], today: date) -> tuple[date, date] | None:
    year = int(match.group(1))
    return date(year, 1, 1), date(year, 12, 31)


def _term(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« depuis le début du mandat »: from the first day of the councillors' term to today."""
    return rules.term_start(today), today


def _lately(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« ces derniers mois », « les 6 derniers mois », « depuis trois semaines »: up to today."""
    said, unit = match.group(1) or match.group(3) or "", match.group(2) or match.group(4)
    count = _count_of(said) if said else _LATELY_DEFAULT[unit[:3]]
    if count is None or not 0 < count <= 60:
        return None
    if unit.startswith("jour"):
        return today - timedelta(days=count), today
    if unit.startswith("semaine"):
        return today - timedelta(weeks=count), today
    if unit == "mois":
        year, month = _shift_month(today.year, today.month, -count)
        return date(year, month, min(today.day, calendar.monthrange(year, month)[1])), today
    return _same_day(today, today.year - count), today


# « ces derniers mois » without a number: a few units back.
_LATELY_DEFAULT = {"jou": 7, "sem": 4, "moi": 6, "ans": 2, "ann": 2}


def _same_day(day: date, year: int) -> date:
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def _part_of_named_year(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« début 2023 », « fin 2023 », « mi-2022 », « courant 2024 », « fin d'année »: a third of
    the year (the whole of it for « courant »); without a year, this year."""
    part, year_text = match.group(1), match.group(2)
    year = int(year_text) if year_text else today.year
    first, last = {"debut": (1, 4), "mi": (5, 8), "milieu": (5, 8), "fin": (9, 12)}.get(
        part, (1, 12)
    )
    return date(year, first, 1), _month_period(year, last)[1]


def _latest_year(month: int, today: date) -> int:
    """The year of the latest such month begun by today (« fin janvier » in December: this
    January; « début décembre » in November: last December)."""
    return today.year if month <= today.month else today.year - 1


def _part_of_month(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« fin janvier 2022 », « mi-mars », « début du mois de juin »: a third of the month (days
    1 to 10, 11 to 20, 21 to its end); without a year, the latest such month begun."""
    part, month = match.group(1), MONTH_NUMBERS[match.group(2)]
    year = int(match.group(3)) if match.group(3) else _latest_year(month, today)
    first, last = _month_period(year, month)
    if part == "debut":
        return first, first + timedelta(days=9)
    if part in ("mi", "milieu"):
        return first + timedelta(days=10), first + timedelta(days=19)
    return first + timedelta(days=20), last


def _weekday_of_month(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« le premier jeudi de juillet 2024 », « le dernier lundi de mars »: that day of the
    month; without a year, of the latest such month begun."""
    rank, weekday = match.group(1), _WEEKDAY_NUMBERS[match.group(2)]
    month = MONTH_NUMBERS[match.group(3)]
    year = int(match.group(4)) if match.group(4) else _latest_year(month, today)
    first, last = _month_period(year, month)
    days = [
        first + timedelta(days=i)
        for i in range((last - first).days + 1)
        if (first + timedelta(days=i)).weekday() == weekday
    ]
    index = -1 if rank.startswith("dernier") else _ORDINAL.get(rank, 0) - 1
    if not -1 <= index < len(days):
        return None
    return days[index], days[index]


def _school_year(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« depuis la rentrée », « à la rentrée 2023 »: September and October of that year (a
    caller reading « depuis » runs it to today); without a year, the latest begun."""
    year = int(match.group(1)) if match.group(1) else _latest_year(9, today)
    return date(year, 9, 1), date(year, 10, 31)


# A season's first month and how many months it lasts (winter runs across the new year).
_SEASONS = {"printemps": 3, "ete": 6, "automne": 9, "hiver": 12}


def _season_span(first_month: int, year: int) -> tuple[date, date]:
    """The season that begins in `year` (winter runs into the next one)."""
    start = date(year, first_month, 1)
    return start, _month_period(*_shift_month(year, first_month, 2))[1]


def _last_season(first_month: int, today: date) -> tuple[date, date]:
    """« l'été dernier »: the latest such season already ended."""
    ended = [
        _season_span(first_month, y)
        for y in (today.year - 1, today.year)
        if _season_span(first_month, y)[1] < today
    ]
    return ended[-1] if ended else _season_span(first_month, today.year - 2)


def _season(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« cet été », « l'hiver dernier », « au printemps 2023 », « l'automne prochain »."""
    name, which = match.group(2), match.group(3) or ""
    first_month = _SEASONS[name]

    def span(year: int) -> tuple[date, date]:  # the season that begins in `year`
        start = date(year, first_month, 1)
        return start, _month_period(*_shift_month(year, first_month, 2))[1]

    if which.isdigit():  # « l'hiver 2023 » is the one that ends in 2023
        return span(int(which) - (first_month == 12))
    begun = [span(y) for y in (today.year - 1, today.year) if span(y)[0] <= today]
    if re.fullmatch(_LAST, which):
        return _last_season(first_month, today)
    if re.fullmatch(_NEXT, which):
        return next(span(y) for y in (today.year, today.year + 1) if span(y)[0] > today)
    return begun[-1]  # « cet été », « en été », « l'été »: the current one, or the latest begun


def _season_back(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« l'avant-dernier été », « il y a deux hivers »: counted back from the last one ended
    (« il y a un été » is the last one)."""
    said, name = match.group(1) or match.group(3), match.group(2) or match.group(4)
    back = 2 if said.startswith("avant") else _count_of(said)
    if back is None or not 0 < back <= 30:
        return None
    name = name.rstrip("s") if name != "printemps" else name
    first_month = _SEASONS[name]
    return _season_span(first_month, _last_season(first_month, today)[0].year - (back - 1))


def _unit_back(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« l'avant-dernière année », « l'avant-dernier mois », « l'avant-dernière semaine »."""
    unit = match.group(1)
    if unit == "semaine":
        return _week_of(today - timedelta(weeks=2))
    if unit == "mois":
        return _month_period(*_shift_month(today.year, today.month, -2))
    return date(today.year - 2, 1, 1), date(today.year - 2, 12, 31)


def _years(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« de 2022 à 2024 », « entre 2021 et 2023 »."""
    first, last = sorted((int(match.group(1)), int(match.group(2))))
    return date(first, 1, 1), date(last, 12, 31)


def _months(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« entre janvier et mars 2022 », « de novembre 2023 à février 2024 », « de mars à juin »."""
    first, last = MONTH_NUMBERS[match.group(1)], MONTH_NUMBERS[match.group(3)]
    end_year = int(match.group(4)) if match.group(4) else None
    start_year = int(match.group(2)) if match.group(2) else None
    if end_year is None:
        end_year = start_year or (today.year if last <= today.month else today.year - 1)
    if start_year is None:
        start_year = end_year if first <= last else end_year - 1
    if (start_year, first) > (end_year, last):
        # « de mars 2024 à janvier 2023 »: written backwards, the span between them (a period
        # ending before it began counted nothing), as « de 2024 à 2020 » is
        return date(end_year, last, 1), _month_period(start_year, first)[1]
    return date(start_year, first, 1), _month_period(end_year, last)[1]


def _before_or_after(match: re.Match[str], today: date) -> tuple[date, date] | None:
    """« avant 2023 », « après 2022 »: every year before or after (the store's own bounds)."""
    year = int(match.group(2))
    if match.group(1) == "avant":
        # « avant 1900 » ended before it began (1 January 1900 to 31 December 1899): from the
        # year the communes were made, then
        return date(1900 if year > 1900 else rules.FIRST_COUNCILS_YEAR, 1, 1), date(
            year - 1, 12, 31
        )
    return date(year + 1, 1, 1), date(2199, 12, 31)


_Reader = Callable[[re.Match[str], date], tuple[date, date] | None]
_COUNT = (
    r"\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt"
    r"|trente|quelques"
)
_UNITS = r"jours?|semaines?|mois|ans|annees?"
# « ce jour » is today, « ce jour-là » the day already talked about (no date of its own).
_RELATIVE_WRITTEN: tuple[tuple[re.Pattern[str], _Reader], ...] = (
    (cues.plain(r"\bavant[ -]hier\b|\bapres[ -]demain\b|\bhier\b|\bdemain\b"
                r"|\baujourd ?hui\b|\bce jour\b(?![ -]?la\b)"
                # « ce matin », « cet après-midi », « ce soir »: today too (never « ce soir-là »)
                r"|\b(?:ce matin|ce soir|cet apres[ -]midi|cette apres[ -]midi)\b(?![ -]?la\b)"),
     _relative_day),
    (cues.plain(rf"\b({_WEEKDAY_ALT})\s+({_LAST}|{_NEXT})\b"), _weekday),
    (cues.plain(rf"\b(?:la |cette |l )?(semaine|mois|annee|an|semestre|trimestre)\s+"
                rf"({_LAST}|{_NEXT}|d avant|d apres)\b"
                r"|\b(?:cette |ce )(semaine|mois|annee|semestre|trimestre)(?:[ -]ci)?\b"
                r"(?![ -]?la\b)"), _unit),
    (cues.plain(rf"\b(?:il y a|y a|ca fait|cela fait|voila)\s+({_COUNT})\s+({_UNITS}|an)\b"
                r"(\s+et\s+demie?\b)?"), _ago),
    (cues.plain(rf"\b(?:les|ces|sur les|durant les|pendant les|au cours des)\s+(?:({_COUNT})\s+)?"
                rf"derni(?:ers|eres)\s+({_UNITS})\b"
                rf"|\b(?:depuis|sur|durant|pendant)\s+({_COUNT})\s+({_UNITS})\b"), _lately),
    (cues.plain(rf"\b(dans les|dans|d ici|sous)\s+(?:environ |a peu pres )?({_COUNT})\s+"
                rf"({_UNITS})\b"), _ahead),
    (cues.plain(rf"\b({_WEEKDAY_ALT})\s+en\s+(huit|quinze|8|15)\b"), _weekday_in_a_week),
    (cues.plain(rf"\b({_MONTH_ALT})\s+({_LAST}|{_NEXT})\b"), _named_month),
    (cues.plain(rf"\b({_ORDINAL_ALT})\s+(semestre|trimestre)(?:\s+(?:de |d )?{_YEAR})?\b"),
     _part_of_year),
    (cues.plain(rf"\b([st])([1-4])\s+(?:de |d )?{_YEAR}\b"
                r"|(?:(?<=\bau )|(?<=\bdu )|(?<=\ble )|(?<=\ben ))([st])([1-4])\b"),
     _abbreviated_part),
    (cues.plain(rf"\b(debut|fin|mi|milieu)(?: du mois de| du mois d| de| d)?\s+({_MONTH_ALT})"
                rf"(?:\s+{_YEAR})?\b"), _part_of_month),
    (cues.plain(rf"\b({_ORDINAL_ALT}|derniere?)\s+({_WEEKDAY_ALT})\s+(?:du mois de |du mois d "
                rf"|de |d )?({_MONTH_ALT})(?:\s+{_YEAR})?\b"), _weekday_of_month),
    (cues.plain(rf"\b(?:(?:a |de )?la |cette |l )?rentree(?:\s+(?:de |d )?{_YEAR})?\b"),
     _school_year),
    (cues.plain(rf"\b(debut|fin|mi|milieu|courant)(?: de l annee| d annee| de| d)?\s+{_YEAR}\b"),
     _part_of_named_year),
    (cues.plain(r"\b(debut|fin|milieu)(?: de l| d) ?annee()\b(?! (?:derniere|passee|prochaine))"),
     _part_of_named_year),
    (cues.plain(r"\b(avant derniere?) (ete|hiver|printemps|automne)\b"
                rf"|\b(?:il y a|y a|ca fait|cela fait)\s+({_COUNT})\s+(etes|hivers|printemps"
                r"|automnes)\b"), _season_back),
    (cues.plain(r"\bavant derniere? (annee|mois|semaine)\b"), _unit_back),
    (cues.plain(rf"\b(ce |cet |l |en |au |a l )(ete|hiver|printemps|automne)"
                rf"(?:\s+({_LAST}|{_NEXT}|(?:19|20)\d{{2}}))?\b(?![ -]?la\b)"), _season),
    (cues.plain(rf"\b()(hiver|printemps|automne)(?:\s+({_LAST}|{_NEXT}|(?:19|20)\d{{2}}))?\b"),
     _season),
    (cues.plain(rf"\b(?:de|d|entre|depuis)\s+{_YEAR}\s+(?:a|et|au|jusqu a|jusqu en)\s+{_YEAR}\b"),
     _years),
    (cues.plain(rf"\b(?:de|d|entre|depuis)\s+({_MONTH_ALT})(?:\s+{_YEAR})?\s+(?:a|et|au|jusqu a"
                rf"|jusqu en)\s+({_MONTH_ALT})(?:\s+{_YEAR})?\b"), _months),
    (cues.plain(rf"\b(avant|apres)\s+(?:l annee |l an )?{_YEAR}\b"), _before_or_after),
    (cues.plain(rf"\b(?:en|durant|pendant|depuis|annee|au cours de l annee|sur l annee"
                rf"|(?:de |d |en |pour )?l an)\s+{_YEAR}\b"), _year),
    # « sur l'exercice 2023 », « l'exercice budgétaire 2022 », « sur toute l'année 2024 »:
    # a year named by its accounts or whole (« en exercice » is not it: no year follows)
    (cues.plain(rf"\b(?:(?:sur |pour |dans |durant |pendant |au cours de )?(?:tout |toute )?"
                rf"(?:l |l')?)(?:exercice(?: budgetaire| comptable| civil)?|annee civile)"
                rf"\s+{_YEAR}\b"), _year),
    # « depuis le début du mandat », « sur la mandature », « depuis les élections »: the
    # councillors' term in force, until today
    (cues.plain(r"\b(?:depuis|a partir|sur|pendant|durant|pour|au cours|tout au long|dans)\s+"
                r"(?:(?:du |de |d )?(?:le |la |l |les |ce |cette |notre |mon |ma )?"
                r"(?:debut|commencement|depart) (?:du |de la |de ce |de cette |de notre "
                r"|de mon |de ma |d |des )?"
                r"|(?:le |la |l |les |du |de la |de l |des |ce |cette |notre |mon |ma "
                r"|tout le |toute la |l ensemble du |l ensemble de la ))"
                r"(?:dernieres? |actuel(?:le)? )?"
                r"(mandat|mandature|elections?|municipales)\b"
                r"(?! de (?:[a-z]+ )?(?:pouvoir|procuration))"), _term),
    # « la délib la plus contestée du mandat », « les séances de cette mandature »: the term
    # in force too, said as the acts' or sittings' own (it searched the word « mandat »)
    (cues.plain(r"\b(?:du|de ce|de cette|de la|de notre|de l)\s+(?:actuel(?:le)?\s+)?"
                r"(?:mandat|mandature)(?:\s+actuel(?:le)?)?\b(?!\s+(?:de|d)\b)"), _term),
    # « les séances de 2022 »: a year after a word that names sittings or acts.
    (cues.plain(rf"(?:(?<=seances de )|(?<=conseils de )|(?<=bureaux de )|(?<=reunions de )"
                rf"|(?<=deliberations de )|(?<=seances pour )|(?<=seance de )|(?<=conseil de )"
                rf"|(?<=bureau de )|(?<=reunion de )){_YEAR}\b"), _year),
    # « la plus contestée de 2022 », « combien de délibs de 2023 ? »: a year closing the
    # question is its period (an act's number and year, « la 109 de 2022 », is read before)
    # (« et celles de 2023 ? », « et de 2023 ? » put a year in place of the one asked
    # before: left to the follow-up)
    (cues.plain(rf"(?:(?<=\bde )|(?<=\bd ))(?<!celle de )(?<!celles de )(?<!ceux de )"
                rf"(?<!celui de )(?<!\bet de )(?<!^de ){_YEAR}"
                rf"(?=\W+(?:sur|concernant|a propos|au sujet)\b"
                rf"|\W*(?:(?:svp|stp|merci|please|bien|d avance|s il (?:te|vous) plait)\W*)*$)"),
     _year),
)  # fmt: skip
# Every sentence is searched for each of them, and most name no relative date at all: each
# first looks for the words it cannot match without (storage/cues.py), same answers, sooner
# (a quarter of the time `find_relative` took on the tests' phrasings).
_RELATIVE = tuple((cues.compile(p.pattern, p.flags), read) for p, read in _RELATIVE_WRITTEN)
# And all of them at once first: a sentence holding no word any of them needs (« bonjour »,
# « qui a donné pouvoir à Degraix ? ») is turned away by one pass, not two dozen; one that
# holds some (« le dernier conseil ») tries only the readers of the words it holds.
_ANY_RELATIVE = cues.any_could_match(pattern for pattern, _ in _RELATIVE)
_RELATIVE_CUES = cues.CueGroup(pattern for pattern, _ in _RELATIVE)
# The readers that name a plain year (« en 2022 »): a caller reading ranges of years itself
# (storage/periods.py) leaves them out.
_YEAR_READERS = frozenset({_year})


# « fin janvier 2022 », « le premier jeudi de juillet »: a span inside a month, read before
# the month itself by a reader of whole dates
WITHIN_A_MONTH = cues.plain(
    rf"\b(?:debut|fin|mi|milieu)(?: du mois de| du mois d| de| d)?\s+(?:{_MONTH_ALT})\b"
    rf"|\b(?:{_ORDINAL_ALT}|derniere?)\s+(?:{_WEEKDAY_ALT})\s+(?:du mois de |du mois d |de |d )?"
    rf"(?:{_MONTH_ALT})\b"
)


_WEEKDAY_DAY = cues.plain(rf"\b({_WEEKDAY_ALT})\s+(\d{{1,2}}|1er)\b")
_BARE_WEEKDAY = cues.plain(rf"\b({_WEEKDAY_ALT})\b(?!\s+(?:\d|{_LAST}|{_NEXT}))")


def _weekday_dates(match: re.Match[str], today: date) -> list[date]:
    """The days a weekday names around today: « jeudi 18 » (that weekday, that day of some
    month), « jeudi » (the one before and the one after)."""
    target = _WEEKDAY_NUMBERS[match.group(1)]
    if match.re is _WEEKDAY_DAY:
        day = 1 if match.group(2) == "1er" else int(match.group(2))
        found = []
        for shift in range(-12, 13):
            year, month = _shift_month(today.year, today.month, shift)
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate.weekday() == target:
                found.append(candidate)
        return found
    back = (today.weekday() - target) % 7
    ahead = (target - today.weekday()) % 7
    return [today - timedelta(days=back), today + timedelta(days=ahead)]


def _pick(days: list[date], today: date, past: bool | None) -> date | None:
    if past is True:
        days = [d for d in days if d <= today]
    elif past is False:
        days = [d for d in days if d >= today]
    # The nearest; between two as near, the one already past (a question is most often about it).
    return min(days, key=lambda d: (abs((d - today).days), d > today), default=None)


# « le 4 juillet de l'an dernier », « le 13 mars de cette année », « en mars de l'année
# prochaine »: a month whose year is said against today.
# « le bureau de juillet il y a deux ans », « en mars, il y a 3 ans »: that many years back.
_MONTH_THEN_YEAR_WORDS = cues.compile(
    rf"\b((?:{_MONTH_ALT})[ ,]{{1,3}})(?:(?:de |d )?(?:l'|l |l’)(an|annee)\s+({_LAST}|{_NEXT}"
    r"|d avant|d apres)|(?:de )?(cette) annee"
    rf"|(?:il y a|y a) ({_COUNT}) (?:ans|an|annees))\b"
)


def year_said_in_words(text: str, today: date) -> str:
    """`text` (lower case, accents removed) with « de l'an dernier », « de cette année »… after
    a month written as the year they name, padded to the same length (offsets kept): every
    date reader then meets « le 4 juillet 2025 »."""

    def year(match: re.Match[str]) -> str:
        month, which = match.group(1), match.group(3) or ""
        shift = -1 if re.fullmatch(rf"{_LAST}|d avant", which) else 1 if which else 0
        if match.group(5):
            shift = -(_count_of(match.group(5)) or 0)
        return month + str(today.year + shift).rjust(len(match.group(0)) - len(month))

    return _MONTH_THEN_YEAR_WORDS.sub(year, text)


def find_relative(
    folded: str, *, today: date, past: bool | None = None, years: bool = True
) -> Period | None:
    """The first relative date or period in folded text, against `today`; None if there is none.

    `past` says the tense of the sentence, for a weekday alone: « qui était là jeudi ? » is the
    last Thursday, « qui sera là jeudi ? » the next one, and without a tense, the nearest.
    """
    found: list[Period] = []
    tried = _RELATIVE_CUES.tried(folded) if _ANY_RELATIVE(folded) else ()
    for index in tried:
        pattern, reader = _RELATIVE[index]
        if not years and reader in _YEAR_READERS:
            continue
        for match in pattern.plain.finditer(folded):
            period = reader(match, today)
            if period is not None:
                found.append(Period(period[0], period[1], match.span()))
    for weekday in (_WEEKDAY_DAY, _BARE_WEEKDAY):
        for match in weekday.finditer(folded):
            day = _pick(_weekday_dates(match, today), today, past)
            if day is not None and not any(p.span[0] <= match.start() < p.span[1] for p in found):
                found.append(Period(day, day, match.span()))
    return min(found, key=lambda p: p.span[0]) if found else None


# -- days said against another day -----------------------------------------------------------
# « le lendemain », « la veille », « deux jours plus tard », « la semaine d'après », « le mercredi
# de la semaine d'avant », « vendredi »: read against a day already said (a draft's), not today.
# A weekday alone is that day's week's (Monday to Sunday), never the calendar's next one.
_AROUND_DAY = cues.plain(
    r"\b(?P<step>surlendemain|lendemain|avant[ -]veille|veille"
    r"|jour (?:d apres|suivant|d avant|precedent))\b"
    rf"|\b(?P<count>{_COUNT})\s+jours?\s+(?P<way>plus tard|apres|plus tot|avant)\b"
    rf"|\b(?:(?:le )?(?P<weekday>{_WEEKDAY_ALT})\s+(?:de la |d la )?)?(?:la )?semaine\s+"
    r"(?P<week>d apres|suivante|d avant|precedente)\b"
    # (« vendredi 26 » is a date; « vendredi 18h » that weekday at that hour)
    rf"|\b(?P<alone>{_WEEKDAY_ALT})\b(?!\s+(?:\d{{1,2}}\b(?!\s*(?:h|:|heures?\b))|1er\b|{_LAST}"
    rf"|{_NEXT}|en\s+(?:huit|quinze|8|15)))"
)
_DAY_STEPS = {"surlendemain": 2, "lendemain": 1, "veille": -1, "jour d apres": 1,
              "jour suivant": 1, "jour d avant": -1, "jour precedent": -1}  # fmt: skip


def find_relative_to(folded: str, day: date) -> Period | None:
    """The first day folded text says against `day` (« le lendemain », « la semaine
    d'après », « mardi »), with where it was read; None when it says none."""
    match = _AROUND_DAY.search(folded)
    if match is None:
        return None
    if step := match["step"]:
        shift = -2 if step.startswith("avant") else _DAY_STEPS[step]
        found = day + timedelta(days=shift)
    elif match["count"]:
        count = _count_of(match["count"])
        if count is None or not 0 < count <= 60:
            return None
        found = day + timedelta(days=count if match["way"] in ("plus tard", "apres") else -count)
    else:
        weeks = 0
        if match["week"]:
            weeks = 1 if match["week"] in ("d apres", "suivante") else -1
        weekday = match["weekday"] or match["alone"]
        found = day + timedelta(weeks=weeks)
        if weekday:
            found = _week_of(found)[0] + timedelta(days=_WEEKDAY_NUMBERS[weekday])
    return Period(found, found, match.span())


# The words that open a correction of what was just offered or typed, on folded text: « non,
# au 28 plutôt », « pardon, Perache est absent », « oups, retire plutôt le 2 », « en fait à
# 18h » (the secretariat's orders, the roll call offered and the new sitting's draft read them
# from here: one list, the same lead words everywhere)
CORRECTING = (
    r"(?:non|pardon|oups|erreur|attention|en fait|finalement|correction|rectification"
    r"|rectificatif)"
)
