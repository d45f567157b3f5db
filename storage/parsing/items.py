"""The deliberations of a document that holds several, and what happens between them.

A procès-verbal, a compte rendu or a relevé de décisions prints one item after another, each
under a heading with the act's number (« D2025-003- Objet : … », « DEL2025-02 : … »,
« Délibération n° 2019-12-05 ») or the agenda's ordinal (« 3 - Tarifs de la cantine »: an item
number, not the act's). Between items, members arrive and leave (« Arrivée de Madame X à
19h12 », « M. X quitte la séance avant le vote du point 5 ») and some withdraw from one vote
(« ne prend pas part au vote »): those movements change the attendance of the items after them.
Every pattern here works on single, cleaned lines (storage.parsing.text), with bounded
repetitions only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from storage import cues
from storage.documents import Movement, Person
from storage.french import ordinal_in_words
from storage.names import fold, parse_person
from storage.parsing.common import LOWER, UPPER, PerLine
from storage.parsing.text import Text, is_page_furniture, without_furniture

# -- item headings ---------------------------------------------------------------------------

# An act's number: « 2024.00417 », « 2014 / 144 », « 36/2023 », « DELBU2023-02-012 »,
# « D2022-118 », « CP.2023.01-02 », « DEL2024_017 »; « DCM2025020 »: a prefix in capitals
# and the year run into the act's figures, no separator.
# A date printed as figures in an act's number, the year first: « 20240312 ».
SITTING_FIGURES = r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
NUMBER = (
    # (« CP/2024/11/0213 », « AP-2024-10 / 07-45-8821 », « 2024 - 043 »: a year, a spaced dash)
    # (a part followed by lower-case letters is a word: « N°1 / Approbation » is no « 1 / Approb »)
    # (« DEL-CA-2025-01 », « D-CM-2025-14 »: the act's kind and the body's, each a prefix)
    # (« CM20240312-07 », « 20240312-07 »: the sitting's date as figures, then the act's)
    r"(?:(?:[A-Za-z]{1,8}[._/-](?=[A-Za-z]))?(?:[A-Za-z]{1,8}[._/-]?)?"
    rf"(?:{SITTING_FIGURES}|\d{{1,4}})(?:(?: ?/ ?|[._-]|(?<=\b(?:19|20)\d\d) - (?=\d))"
    rf"[A-Za-z0-9]{{1,6}}(?![{LOWER}0-9])){{1,4}}"
    # « C250410 »: a letter and the sitting's date as figures
    r"|(?-i:[A-Z]{1,3})\d{6}\b"
    r"|(?-i:[A-Z]{1,8})(?:19|20)\d{3,6}\b"
    # « 25CP.0312 », « 26AP-0041 »: the year's last figures, then the body's letters (two at
    # least: « 18H30 » is an hour)
    r"|(?-i:\d{2,4}[A-Z]{2,5})[._/-]?\d{2,6}\b)"
)
# An act's number as found mid-line, where only its year vouches for it: letters (the act's
# kind, the body's) then the year or the sitting's date as figures, then the act's figures
# (« D2023-031 », « DEL-2024-12 », « CM20240312-07 », « 2024/045 », « 2024-DEL-011 »,
# « CP.2023.01-02 »); or its figures then the year (« 12-2024 », « 36/2023 »). Never a range
# of years (« 2024-2025 »).
ACT_CODE = (
    r"(?!(?:19|20)\d\d ?[-/] ?(?:19|20)\d\d\b)"
    r"(?:(?:[A-Z]{1,8}[._-]){0,2}(?:[A-Z]{1,8}[._-]?)?"
    rf"(?:{SITTING_FIGURES}|(?:19|20)\d\d)(?:[._/-](?:[A-Z]{{1,6}}[._/-])?\d{{1,5}}){{1,3}}"
    r"|\d{1,4}[._/-](?:19|20)\d\d)(?![\w/-])"
)
_YEAR_RANGE = re.compile(
    r"^(?:19|20)(?P<first>\d\d) ?[-/] ?(?P<century>(?:19|20)?)(?P<second>\d\d)$"
)


def _year_range(number: str) -> bool:
    """« 2025-2026 », « 2025-26 » name years; « 2026-01 » is the year's first act."""
    match = _YEAR_RANGE.match(number)
    if match is None:
        return False
    first, second = int(match["first"]), int(match["second"])
    return bool(match["century"]) or second == (first + 1) % 100


_BY_CUE = re.compile(
    # « Délibération n° 2019-12-05 », « Délibération 2024-101 – … », « N° 2014 / 144 »
    # (« DCM n° 2026-011 : … »: the act's kind in capitals before its number)
    # « Réf. : CP-2025-10-01 » under « 1) Objet : Tarifs »
    # « Décision B-2025-001 — Convention … : approuvée »: a bureau's decision, voted
    # « Rapport n° B-2025-33 – … », « Délib. 2025-40 – … »
    # « Acte n° 25-DL-003 : Indemnités des élus »
    # « Dossier n° AG 2025/004 : … », « Affaire n° 2025-12 – … »: an act's coded number
    rf"^(?:(?:d[ée]lib[ée]ration|d[ée]lib\.|d[ée]cision|rapport|acte|dossier|affaire)"
    rf" (?:(?:n ?[°º]|num[ée]ro) ?)?:? ?"
    rf"|(?-i:[A-Z]{{2,8}} )?n ?[°º] ?:? ?"
    r"|r[ée]f\. ?: ?)"
    # (« Rapport n° DCP 2024-10-05 Objet : … »: the act's letters, a space, its figures)
    rf"(?P<number>(?:(?-i:[A-Z]{{2,8}}) (?=\d))?{NUMBER})"
    r"(?P<rest>.*)$"
    # « Délibération n° 45 – Budget primitif », « Délibération 1 – … », « Décision n° 51 :
    # Tarifs … »: a bare integer after the word names the act too
    r"|^(?:d[ée](?:lib[ée]ration|cision) (?:(?:n ?[°º]|num[ée]ro) ?)?:? ?(?=\d{1,4}(?!\d))"
    # « Rapport n° 4001 – Attribution … »: four figures and more are a report's number (three
    # or less, « Rapport n° 3 – », its place on the agenda)
    r"|(?:rapport|dossier|affaire) (?:n ?[°º]|num[ée]ro) ?:? ?(?=\d{4,5}(?!\d)))"
    r"(?P<integer>\d{1,5})(?P<irest>(?: ?[-–—:.])? .*|)$",
    re.IGNORECASE,
)
_BRACKETED_ACT = re.compile(rf" ?\((?P<number>{NUMBER})\)(?: ?[-–—:.])? ?")
# A bare number opening a line, then its title (or nothing: « Objet : … » cut to the next line).
_BARE = re.compile(
    rf"^(?P<number>{NUMBER}) ?(?:[-–—:.|] ?(?P<rest>[A-Za-zÀ-ÿŒœ].*)?)?$"
    # « CP.2023.01-02 Aide aux communes »: letters, a year, then the title after a space
    # (« B26-023 Tarifs », « CR-24-002 Fonds … »: capitals, a two-figure year, the act's figures)
    r"|^(?P<lettered>[A-Za-z]{1,8}[._-]?(?:" + SITTING_FIGURES + r"|\d{4})"
    r"(?:[._/-][A-Za-z0-9]{1,6}){1,3}"
    r"|[A-Z]{1,8}[._-]?\d\d[._-]\d{2,5})"
    rf" (?P<title>[{UPPER}].*)$"
    # « 2025-051 Tarifs de la cantine »: a year's number, then the title after a space
    # (« 2026-DEL-011 Tarifs »: the act's kind between the year and the number)
    # (« 2025-04-021 Compte administratif »: the sitting's month between them)
    r"|^(?P<yeared>(?:19|20)\d\d[._/-](?:[A-Z]{1,6}[._/-])?\d{1,5}(?:[._/-]\d{1,5})?)"
    rf" (?P<titled>[{UPPER}][{LOWER}'’].*)$"
    # « DEL 01 – Débat … », « DEL 2024-01 – … »: a prefix in capitals, a space, its number;
    # « DCM 2026-11 Tarifs »: without a dash, a year's number
    # (« TE 38-Nord – Territoire d'Énergie », « SDIS 71-Bis »: a hyphen glued to a word makes
    # a name of the letterhead, not a number and its title)
    # (« POINT 1 : TITRE », « RAPPORT 2 – … »: a place on the agenda, no act's prefix)
    # (« POUR 20 - CONTRE 1 - ABSTENTION 3 »: a vote's figures, no act)
    r"|^(?!(?:POINT|RAPPORT|QUESTION|AFFAIRE|DOSSIER|ARTICLE|CHAPITRE|TITRE|ANNEXE|PAGE|POUR"
    r"|CONTRE|ABSTENTIONS?|VOTES?|VOTANTS|PR[ÉE]SENTS|ABSENTS|EXCUS[ÉE]S|POUVOIRS) )"
    # (« DEL 2025 / 04 – Convention … »: its year and figures parted by a spaced slash)
    r"(?P<spaced>[A-Z]{2,8} \d{1,4}(?:(?:[._/-]| / )\d{1,5}){0,2})(?: ?[–—:] ?| ?- )"
    rf"(?P<after>[{UPPER}].*)$"
    # (« DCS 25-19 Convention de … »: the year's last two figures; « BT 2024-07-01 Convention
    # … »: the sitting's month between the year and the act's figures)
    r"|^(?P<spacedyear>[A-Z]{2,8} (?:(?:19|20)\d\d|[1-3]\d)[._/-]\d{1,5}(?:[._/-]\d{1,5})?)"
    rf" (?P<afteryear>[{UPPER}][{LOWER}'’].*)$"
    # « 05/2025⇥TARIFS »: a number with its year, a tab (become spaces), the title
    r"|^(?P<tabbed>\d{1,4}[._/-](?:19|20)\d\d|(?:19|20)\d\d[._/-]\d{1,5})(?: {2,}|\t)"
    rf"(?P<tabtitle>[{UPPER}].*)$"
)
# « 25/041 – Règlement intérieur »: a two-figure year, then the act's three or four figures
_SHORT_YEAR = re.compile(r"^\d\d[/._-]\d{3,4}$")
# An ordinal in words or figures with its ending: « Premier », « 2e », « 3ème », « Deuxième »,
# « SECOND » (storage.french.ordinal_in_words gives its value).
WORDED_ORDINAL = (
    r"(?i:premi[eè]re?|seconde?|\d{1,3} ?(?:er|re|[èe]re|e|[èe]me|i[èe]me)"
    rf"|[{LOWER}]{{2,12}}(?:-(?:et-)?[{LOWER}]{{2,8}}){{0,2}}i[èe]me)"
)
# An agenda's ordinal: « 3 - Tarifs », « 3) », « 3° », « 3/ », « II - Tarifs », « Point 3 – »,
# « Point n° 3 : », « Question n° 3 : », « Affaire n° 3 », « Rapport n° 3 – », « N° 3 – »,
# « Objet n° 3 : ».
_ORDINAL = re.compile(
    r"^(?:(?:(?i:point|question|affaire|rapport|dossier) (?:(?i:n) ?[°º] ?)?"
    r"|(?:(?i:objet) )?(?i:n) ?[°º] ?)"
    # (« Point 3 bis : », « 3 ter – »: an item added after the third)
    r"(?P<prefixed>\d{1,3}(?: (?i:bis|ter|quater)\b)?|[IVX]{1,5})(?: ?[-–—.):/])?"
    # (« 3°) », « 3°/ », « 3°- », « 3°. »: the degree sign, then maybe its stop)
    r"|(?P<ordinal>\d{1,3}(?: (?i:bis|ter|quater)\b)?|[IVX]{1,5})(?:° ?[-–—.):/]?| ?[-–—.):/])"
    # « Premier point : », « 2e question – », « TROISIÈME POINT. »: the ordinal in words, then
    # its stop (a sentence « Premier point abordé, … » has none)
    rf"|(?P<worded>{WORDED_ORDINAL}) (?i:point|question|affaire|rapport|dossier) ?[-–—.):])"
    # (a figure opens the rest only for an act's number: « Point n° 1 – 2025-48 – … »)
    # (after an ordinal in words and its stop, a title in lower case too: « Premier point :
    # compte administratif 2024 »)
    # (and an act's number after the place in small letters: « Point 1 – n° 2024/031 – … »,
    # « Point 3 : délibération n° 2025-103 : … »)
    rf" (?P<rest>(?:(?(worded)[A-Za-zÀ-ÿŒœ«\"0-9]|[{UPPER}«\"0-9])"
    r"|n ?[°º] ?\d|d[ée]lib[ée]ration )"
    r".{3,})$"
)
# An agenda lettered instead of numbered: « A. Subvention … », « b) Travaux … », « C – Motion … »
# (an item only in a run from « A » or « a »: a lone « J. DUPONT » is an initial; « M. » a
# civility, never a letter).
_LETTERED = re.compile(
    r"^(?P<letter>(?![Mm]\.)[A-Za-z])(?:[.)]| ?[-–—])"
    # (in lower case too, « b) subvention au comité des fêtes : adoptée … »: a run of letters
    # is an agenda only when each letter has its own vote, see _lettered_run)
    rf" (?P<rest>[A-Za-zÀ-ÿŒœ«\"][A-Za-zÀ-ÿŒœ'’-]*[{LOWER}'’][^\n]{{2,}})$"
)

# What follows a _LETTERED item's letter: its stop, its bracket, a dash or the dash's space.
_LETTER_STOPS = ".) -–—"


# An item numbered under its chapter's figure: « 2.1 – Budget supplémentaire », « 2.3. Tarifs »
# (an item only when each of its chapter's is voted: « 1.1 Contexte » is an exposé's section).
_DECIMAL = re.compile(
    rf"^(?P<place>\d{{1,2}}\.\d{{1,2}})\.?(?: ?[-–—):])? (?P<rest>[{UPPER}«\"][^\n]{{3,}})$"
)


# A roman figure glued to its title by a hyphen: « IV-Budget primitif » (never a name: a
# name's parts are no roman figures, and « VI- » then a title is « VI - » read apart).
_GLUED_ROMAN = re.compile(rf"^((?=[IVX])X{{0,3}}(?:IX|IV|V?I{{0,3}}))-(?=[{UPPER}][{LOWER}])")


def _lettered_run(letters: list[Heading], lines: list[str]) -> list[Heading]:
    """The lettered headings when they run « a », « b », « c »… from the first letter (two at
    least), each followed by its vote before the next, else none: an extract's decisions
    lettered « a) Approuve … » / « b) Autorise … » above its one vote are no items."""
    wanted = [chr(ord("a") + place) for place in range(len(letters))]
    if len(letters) < 2 or [(h.ordinal or "").lower() for h in letters] != wanted:
        return []
    return letters if _each_voted(letters, lines, len(lines)) else []


def _each_voted(headings: list[Heading], lines: list[str], end: int) -> bool:
    """Whether each heading is followed by its own vote before the next one (the last before
    `end`)."""
    for place, heading in enumerate(headings):
        stop = headings[place + 1].index if place + 1 < len(headings) else end
        # (a vote run on after the title, flattened: « a) Tarifs … Adopté », never the verb
        # the line opens on, « a) Approuve la convention »)
        first_word = heading.rest.split(" ", 1)[0]
        rest = heading.rest.lower()
        voted = (
            _DECIDED.search(rest, len(first_word)) is not None
            or _NOTED.search(rest, len(first_word)) is not None
        )
        if not voted and not any(
            _OUTCOME.search(line.lower()) for line in lines[heading.index + 1 : stop]
        ):
            return False
    return True


# Lettered items run together in one paragraph, each with its outcome, one after another after
# a semicolon: « 1. Finances : a) budget supplémentaire 2024 : adopté à l'unanimité ;
# b) subvention au comité des fêtes : adoptée par 7 voix pour … ; c) … ». (An act's decisions
# lettered « a) approuve … ; b) autorise … » say no outcome each: they stay as printed.)
_LETTER_MARK = re.compile(r"(?<![\w'’(])([a-hA-H])\) ")
_RUN_REACH = 600  # characters between two letters of one run, at most
_SEGMENT_END = re.compile(rf"\.(?=\s*(?:$|\n|\d|[{UPPER}]))|\n[ \t]*\n")
# The heading the run stands under, after the sentence before it: « … FAYE. 1. Finances : »
_RUN_HEADING = re.compile(r"(?<=[.;!)»] )(?:\d{1,3}|[IVX]{1,5}) ?[-–—.)] [^.;:\n]{1,80}(?: ?:)?$")
# (never the verb an act's decision opens on: « a) approuve la convention ; b) … »)
_SEGMENT_OUTCOME = re.compile(r"(?i:adopt|approuv|rejet|unanimit|prend acte|pris acte)")


def lettered_items_apart(text: str) -> str:
    """The text with each lettered item of such a paragraph on a line of its own, its wrapped
    lines joined (see above), so that it reads as its heading and its vote."""
    if ") " not in text:
        return text
    runs: list[list[re.Match[str]]] = []
    for mark in _LETTER_MARK.finditer(text):
        letter = mark.group(1).lower()
        if letter == "a":
            runs.append([mark])
        elif (
            runs
            and ord(letter) == ord(runs[-1][-1].group(1).lower()) + 1
            and mark.start() - runs[-1][-1].end() <= _RUN_REACH
        ):
            runs[-1].append(mark)
    pieces: list[str] = []
    last = 0
    for run in runs:
        if len(run) < 2:
            continue
        spans: list[tuple[int, int]] = []
        for place, mark in enumerate(run):
            if place + 1 < len(run):
                end = run[place + 1].start()
                if text[mark.end() : end].rstrip()[-1:] != ";":
                    break
            else:
                stop = _SEGMENT_END.search(text, mark.end(), mark.end() + _RUN_REACH)
                end = stop.start() if stop else len(text)
            verb = text.find(" ", mark.end(), end)  # after the segment's first word
            if verb < 0 or not _SEGMENT_OUTCOME.search(text, verb, end):
                break
            spans.append((mark.start(), end))
        if len(spans) < len(run):
            continue
        before = text[last : spans[0][0]].rstrip(" \t")
        if (heading := _RUN_HEADING.search(before, max(0, len(before) - 120))) is not None:
            # « … Secrétaire : M. Paul FAYE. 1. Finances : a) … »: the run's heading apart
            before = f"{before[: heading.start()].rstrip()}\n{heading.group()}"
        pieces.append(before + "\n")
        pieces.append("\n".join(" ".join(text[a:b].split()).rstrip(" ;") for a, b in spans) + "\n")
        last = spans[-1][1]
        if text[last : last + 1] == ".":
            last += 1
    if not pieces:
        return text
    pieces.append(text[last:].lstrip(" \t"))
    return "".join(pieces)


# The ordinal alone on its line, its title (if any) on the next: « 3. », « 3 - », « 3) ».
# Without its stop (cut off a flattened line: « 2 - Délibération n° … »), only just above a number.
# « N° 12 » too, when « N° 12 Objet : Tarifs » was cut before its « Objet : ».
_BARE_ORDINAL = re.compile(
    r"^(?P<sign>(?i:n) ?[°º] ?)?(?P<ordinal>\d{1,3})(?P<stop>° ?[-–—.)/]?| ?[-–—.)])?$"
    # (« VI- », « IV. » at a page's foot, its title at the next page's top: its stop kept)
    r"|^(?P<roman>[IVX]{1,5})(?P<rstop> ?[-–—.)])$"
)
# « POINT 1 : », « Rapport n° 3 », « Question 2 – » alone on its line, the title under it.
_WORDED_ALONE = re.compile(
    r"^(?i:point|question|affaire|rapport|dossier)(?: (?i:n) ?[°º])? ?(?P<ordinal>\d{1,3})"
    r" ?[-–—.):/]?$"
)
# A title under its point's line ends at its vote, a cue or a sentence of the text.
_UNDER_STOP = re.compile(
    r"(?i:adopt|approuv|rejet|unanimit|vot[ée]|votes? ?:|pour ?:|rapporteur|pr[ée]sent|vu\b"
    r"|consid[ée]rant|apr[èe]s|(?:le|la|l['’]) ?(?:conseil|bureau|comit|commission|maire"
    r"|pr[ée]sident))"
)


def _title_under(lines: list[str], index: int, sitting: date | None = None) -> str | None:
    """The title printed under a point's line alone (« POINT 2 : » / « TARIFS COMMUNAUX
    2025 »), over two or three lines; None when an act's heading or a vote stands there. A
    page's footer there (the page broke under the point's line) is no part of it."""
    taken: list[str] = []
    for line in without_furniture(lines[index + 1 : index + 6], sitting)[:3]:
        line = line.strip()
        if not line:
            if taken:
                break
            continue
        if not taken and (reporter := _REPORTER.match(line)) is not None:
            # « Point 1 – Rapporteur : Mme X » (cut at its cue) then « Objet : Tarifs … »: the
            # reporter between the point and its title (flattened, the title after the name)
            if reporter["subject"]:
                taken.append(_OBJECT.sub("", reporter["subject"], 1))
            continue
        if (
            _BY_CUE.match(line)
            or _UNDER_STOP.match(line)
            or _WORDED_ALONE.match(line)
            or (taken and not (line[:1].islower() or (line.isupper() and taken[-1].isupper())))
            or (taken and taken[-1][-1:] in ".;:")
        ):
            break
        taken.append(_OBJECT.sub("", line, 1) if not taken else line)  # « Objet : Tarifs »
    title = " ".join(taken).rstrip(".")
    return title if sum(c.isalpha() for c in title) >= 3 else None


_LIST_DASHES = ("- ", "– ", "— ", "* ")
# « … Abstention 1 – Adopté »: a vote's last figure, not an ordinal
_VOTE_WORD = re.compile(r"(?i:(?:adopt|approuv|rejet)[ée]e?s?\b|unanimit|votes? ?:)")
# A numbered list's entry, not an item: « PRAT Louise Groupe Ensemble », « Louise PRAT (Le
# Chêne) », « Mme Louise PRAT », the name alone or followed by its group, commune or function,
# or by the proxy it gives (« 13 – Sabine DUC à Jean BRUN », never « … PRÉCÉDENTE Approuvé à
# l'unanimité »: a name after « à »).
_AFTER_NAME = (
    r"(?:$|,|\s(?:[Gg]roupe|[Ll]iste|[Nn]on[- ]inscrit|\(|[-–]\s|(?:donne|a\sdonné)\s"
    rf"|(?:à|par|représentée?\spar)\s(?:M\.|Mme|Monsieur|Madame|[{UPPER}][{LOWER}'’-]+\s[{UPPER}]{{2}}"
    rf"|[{UPPER}]{{2}}[{UPPER}'’-]*\s[{UPPER}][{LOWER}])))"
)
# The entry printed first name first, without a civility: « Daniel BOYER », « Anne VAN DE
# WALLE (Le Chêne) » (the attendance lists' reader tells it from an item's title with it).
FIRST_NAME_ENTRY = (
    rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}]+)?\s[{UPPER}][{UPPER}'’-]+(?:\s[{UPPER}][{UPPER}'’-]+)*"
    rf"{_AFTER_NAME}"
)
_PERSON_ENTRY = re.compile(
    r"^(?:(?:M\.|Mme|MM\.|Mlle|Monsieur|Madame)\s"
    rf"|[{UPPER}][{UPPER}'’-]+(?:\s[{UPPER}][{UPPER}'’-]+)*\s[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}]+)?{_AFTER_NAME}"
    rf"|{FIRST_NAME_ENTRY})"
)
# A title's line: a capital, then words in lower case (not a name, not a chapter in capitals),
# no vote's or cue's colon.
_TITLE_LINE = re.compile(rf"^[{UPPER}][^:\n]*[{LOWER}][^:\n]*$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_LETTERED_DATE = re.compile(r"^[A-Z]{1,3}\d{6}$")  # « C250410 – Compte administratif »
# « CR-24-001 », « DEL12-4 »; one letter before a two-figure year (« B26-064 »: the Bureau's
# 64th act of 2026)
_CODED = re.compile(r"^(?:[A-Z]{2,8}[._-]?\d{1,4}|[A-Z]\d\d)[._/-]\d{1,5}")
# « B-2025-120 », « D2025_14 »: a prefix, the year, then the act's rank
_YEAR_CODED = re.compile(rf"^[A-Z]{{1,8}}[._-]?(?:{SITTING_FIGURES}|(?:19|20)\d\d)[._/-]\d{{1,5}}")
# « 1-01 – Aide aux communes »: a département's report, its commission then its rank (never
# « 1.1 - Contexte », an exposé's section)
_SECTIONED = re.compile(r"^\d{1,2}-\d{2,3}$")
# A sentence that tells a vote or a movement is no title (on lower case),
_MOVE_WORDS = re.compile(
    r"adopt[ée]|approuv[ée]|unanimit|quitte|arriv|rejoint|\bvot[ée]|prend acte|s[ée]ance"
    # nor the document's own heading: « Extrait du registre des délibérations. »
    r"|extrait|registre|proc[èe]s-verbal|compte[- ]rendu|ordre du jour"
)
# Every heading has a figure in its first ten characters or opens on « Délibération », « N° »,
# « Rapport » (« Rapport n° DCP 2024-10-05 »: the act's letters before its figures).
# (or its ordinal in words: « Premier point », « Troisième question »)
_HEADING_HINT = re.compile(
    rf"[DdNnIVXRr]|[^\n]{{0,14}}\d|(?i:premi|second|[{LOWER}-]{{2,24}}i[èe]me )"
)
_A_DATE = re.compile(r"^\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{2,4}$")
_OBJECT_LINE = re.compile(r"^objet ?:", re.IGNORECASE)
_OBJECT = re.compile(r"^[-–—: ]*(?:objet ?: ?)?", re.IGNORECASE)
# A reference to another act, wrapped to a line start: « n° DEL2023-63 du 29 juin 2023 ».
_REFERENCE_REST = re.compile(
    r"^[ ,]*(?:du|en date|portant|relative?|adopt[ée]e|approuv|modifi|pr[ée]c[ée]dente)\b"
    # a page's running footer: « Délibération B-2025-061 – 1 », « … - 2/3 », « … page 2 »
    r"|^ ?[-–—] ?(?:page )?\d{1,3}(?: ?/ ?\d{1,3})?$",
    re.I,
)


# On lower case: one sentence for every item's outcome, printed once after a list of items that
# print none (« Toutes les délibérations ont été adoptées à l'unanimité. », « L'ensemble des
# décisions a été adopté à l'unanimité sauf mention contraire »).
ALL_VOTED = re.compile(
    r"(?:toutes les|l['’]ensemble des) (?:d[ée]lib[ée]rations|d[ée]cisions|points|questions"
    r"|affaires|rapports)(?: [^.\n]{1,60}?)? (?:ont [ée]t[ée]|sont|a [ée]t[ée]) (?:adopt|approuv)"
    r"[ée]e?s?\b[^.\n]{0,60}"
)


# An act's number printed after its item's title, at the line's end: « 1°) Titre – Délibération
# n° 13/2024 »; the number may have gone to the next line (« … – Délibération n° » / « 14/2024 »).
_TRAILING_ACT = re.compile(
    r"\s[-–—:]\s?(?:D[ée]lib[ée]ration|DELIB[ÉE]RATION|D[ée]cision)\s(?:n\s?[°º]|N\s?[°º]|no\.?)\s?"
    r"(?:(?P<number>\d[\w./-]{0,29})|(?=\s*$))\s*$"
)
# The same run on after the title without its dash, the line under it joined (a flattened
# text: « Point n° 3 : Transfert … Délibération CP.2022.12-03 »): a number with its letters
# and its year only.
_RUN_ON_ACT = re.compile(
    r"\s(?:D[ée]lib[ée]ration|DELIB[ÉE]RATION)\s(?:n\s?[°º]\s?)?"
    r"(?P<number>[A-Z]{1,8}[._-]?(?:19|20)\d\d[._/-]\d{1,5}(?:[._/-]\d{1,5})?)\s*$"
)
# The exposé opening where a title would stand (a flattened text runs it on after the number).
_EXPOSE_REST = re.compile(
    r"^\s*(?:Entendu|ENTENDU|Ou[iï]e?) l['’]|^\s*(?:Le|La) rapporteure? (?:expose|pr[ée]sente"
    r"|rappelle|indique|explique|informe|propose|fait)\b"
    r"|^\s*(?:Monsieur|Madame) l[ea] (?:Maire|Pr[ée]sidente?|Rapporteure?) (?:expose|pr[ée]sente"
    r"|rappelle|indique|explique|informe|propose)\b"
    # who presents it, right after the number (« Délibération n° 23/2021 Présenté par Mme X »,
    # « … Rapporteur : M. Y »): the title is the point's, above
    r"|^\s*(?:(?i:pr[ée]sent[ée]e?|expos[ée]e?|rapport[ée]e?) (?i:par)\b|(?i:rapporteure?s?) ?:)"
)
_NUMBER_ALONE = re.compile(r"^\s*(?P<number>\d[\w./-]{0,29})\s*$")
# The sitting printed before or after each item's act (« Séance du 9 avril 2024 – Délibération
# CM-2024-031 », « Bureau du 21 mai 2024 - Délibération BC-2024-077 : … », « DÉLIBÉRATION N°
# 2024/12 – Séance du 3 juin 2024 – Objet : … »): the sitting's, not the item's words.
_SITTING_DATED = (
    r"(?:s[ée]ance|r[ée]union|(?:conseil|bureau|comit[ée]|commission|assembl[ée]e)"
    rf"(?: [{LOWER}'’]+){{0,2}})(?: publique| pl[ée]ni[èe]re)? du"
    r" (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?"
    r"(?:\d{1,2}(?:er)? [a-zéèû]{3,9} (?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d)"
)
_SITTING_PRINTED = re.compile(_SITTING_DATED, re.IGNORECASE)
# An act's number, then its sitting's date, then its title: « DCM n° 2024-021 du 16 mai 2024 –
# Tarifs … » (a relevé numbering each act with its date; a reference to another act has no title
# after a dash).
_DAY = r"\d{1,2}(?:er)? [a-zéèû]{3,9} (?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d"
_DATED_REST = re.compile(rf"^ ?du (?P<date>{_DAY}) ?[-–—:] ?(?=\S)", re.IGNORECASE)
DATED_ACT = re.compile(
    rf"(?:(?:d[ée]lib[ée]ration|d[ée]cision|[A-Z]{{2,8}}) )?n ?[°º] ?{NUMBER}"
    rf" du (?P<date>{_DAY}) ?[-–—:] ?\S",
    re.IGNORECASE,
)
_SITTING_LEAD = re.compile(rf"^{_SITTING_DATED} ?[-–—:|,] ?(?=\S)", re.IGNORECASE)
_SITTING_IN_REST = re.compile(rf"^[-–—:,. ]*{_SITTING_DATED}(?=[ ,.:;–—-]|$)", re.IGNORECASE)
# An act's number in brackets after its item's title: « Approbation du budget [D2023-113] »,
# « Modification des statuts (délibération n° 2023/45) », « 1 - Tarifs (Réf. DEL-2023-04) ».
_BRACKET_TAIL = re.compile(
    r"\s[\[(](?:(?i:d[ée]lib[ée]ration|d[ée]lib\.|d[ée]cision)\s)?(?:(?i:n\s?[°º]|r[ée]f\.?)\s?:?\s?)?"
    rf"(?P<number>{NUMBER})[\])]\.?$"
)


# « Tarifs de la cantine (D2025-12) : adopté à l'unanimité »: the act's number in brackets,
# then its outcome (a relevé's row, or a compte rendu sommaire's).
# (or between dashes after its word: « Tarifs de la cantine – délibération n° 2025-12 – adoptée »)
_VOTED_AFTER_BRACKET = re.compile(
    r"(?:\s[\[(](?:(?i:d[ée]lib[ée]ration|d[ée]lib\.|d[ée]cision)\s)?"
    r"|\s[-–—]\s(?i:d[ée]lib[ée]ration|d[ée]lib\.|d[ée]cision)\s)(?:(?i:n\s?[°º])\s?:?\s?)?"
    rf"(?P<number>{ACT_CODE})[\])]? ?[-–—:,] ?"
    r"(?=(?i:adopt|approuv|rejet|unanimit|vot[ée]|pris acte|ajourn|retir"
    r"|le (?:conseil|comit[ée]|bureau) (?:prend|a pris) acte))"
)


def _opens_act_aside(line: str) -> bool:
    """Whether the line holds what every _VOTED_AFTER_BRACKET match holds: a bracket, or a
    dash and the act's word (« lib » of délibération, « cision »; or a letter its flag takes
    for an « i » or an « s », « ı », « İ », « ſ », which lower case does not give back). The
    pattern opens on a blank, tried at every character of the lines that hold neither: most
    of them, names with a hyphen among them."""
    if "(" in line or "[" in line:
        return True
    if "-" not in line and "–" not in line and "—" not in line:
        return False
    low = line.lower()
    return "lib" in low or "cision" in low or "ı" in line or "İ" in line or "ſ" in line


# Flattened, the item's text runs on after it: « 1 - Tarifs [D2023-201] Le Conseil fixe … »,
# « 2 - Budget primitif 2025 (2025-011) Le Maire expose … ».
_SQUARE_MID = re.compile(rf"\s(?:\[(?P<number>{NUMBER})\]|\((?P<paren>{NUMBER})\))(?=\s[{UPPER}])")


def _bracketed_tail(line: str, run_on: bool = False) -> tuple[str, str] | None:
    """(title, number) of a line ending on its act's number in brackets (_BRACKET_TAIL), or
    with its outcome after it (_VOTED_AFTER_BRACKET: then the title goes on with the outcome,
    for the item's reader), or (`run_on`) holding it in square brackets before a sentence: a
    title's shape before it (a capital first, no sentence's end), a number with a year or a
    prefix in letters (« (2) » or « (24 voix) » name no act)."""
    tail = _BRACKET_TAIL.search(line) if line[-1:] in ")]" or line[-2:] in (").", "].") else None
    outcome = ""
    if tail is None and (voted := _VOTED_AFTER_BRACKET.search(line)) is not None:
        tail, outcome = voted, f" : {line[voted.end() :]}"
    if tail is None and run_on and ("[" in line or "(" in line):
        tail = _SQUARE_MID.search(line)
    if tail is None:
        return None
    title = line[: tail.start()].strip(" -–—:")
    number = (tail["number"] or tail.groupdict().get("paren") or "").rstrip(".-/ ")
    if (
        not title[:1].isupper()
        or len(title) > 200
        or ". " in title
        or not (_YEAR.search(number) or number[:1].isalpha())
        or _A_DATE.match(number)
        or _year_range(number)
    ):
        return None
    return title + outcome, number


@dataclass(frozen=True, slots=True)
class Heading:
    index: int  # line index in the cleaned text
    number: str | None
    ordinal: str | None
    rest: str  # what follows the number on its line (the title, often)
    title_above: bool = False  # the title was printed before the number, whole

    @property
    def place(self) -> str | None:
        """The item's place on the agenda as a number reads: « Point n° 03 » is the 3rd."""
        if self.ordinal is not None and self.ordinal.isdigit():
            return str(int(self.ordinal))
        return self.ordinal


# A vote's last words end its item even without a full stop (« …, 0 abstention »).
_VOTE_END = re.compile(
    r"(?:abstentions?|contre|pour|unanimit[ée]|adopt[ée]e?s?|rejet[ée]e?s?|acte"
    r"|approuv[ée]e?s?|ajourn[ée]e?s?|retir[ée]e?s?"
    # « … l'unanimité des présents », « … des membres présents et représentés »
    r"|unanimit[ée]\sdes\s(?:membres\s)?(?:pr[ée]sents|votants|(?:suffrages\s)?exprim[ée]s)"
    r"(?:\set\srepr[ée]sent[ée]s)?"
    # a vote's figure in words: « Pour : quatre », « contre : un », « Abstention : néant »
    r"|(?:abstentions?|contre|pour)\s?:\s?[a-zéèêûô-]{2,25})\W{0,3}$",
    re.IGNORECASE,
)


# A chair's sentence closed by the chair's title (« sous la présidence de M. Henri COSTE,
# Maire »): the line after it starts anew.
_TITLE_END = re.compile(
    r",\s(?:(?:le|la)\s)?(?:Maire|Pr[ée]sidente?|Vice-pr[ée]sidente?|Maire-adjointe?)$"
)


def _wrapped_title(line: str) -> bool:
    """A title's first printed line: a capital first, no colon, no sentence's end in it, no
    sentence's opening words (« Le Conseil … », « Vu … »)."""
    return (
        len(line) < 160
        and _TITLE_LINE.match(line) is not None
        and ". " not in line
        and _SENTENCE_OPENING.match(line) is None
        and _VOTE_WORD.search(line) is None
    )


# A point's heading in its words, never a sentence's wrapped end: « Point n° 1 : Tarifs »
_POINT_HEAD = re.compile(
    r"^(?:Point|POINT|Question|QUESTION|Affaire|AFFAIRE|Dossier|DOSSIER) (?:[nN] ?[°º] ?)?\d{1,3}"
    r" ?[:.–—-] "
)
# A list's last name in mixed case, after its civility: « …, Mme Anne Roux », « … et M. Le Gall »,
# a proxy's holder « … à Mme Anne Le Gall »
_LAST_LISTED = re.compile(
    rf"(?:^|[,;:] ?| et | [àa] | par )(?:M\.|Mme|MM\.|Mlle|Monsieur|Madame) [{UPPER}][\w'’-]*+"
    rf"(?: (?:[{UPPER}][\w'’-]*+|(?:der|des|du|de|van|von|la|le)(?= |$)))*+$"
)


# … or without civilities, after a list's cue and a comma: « Présents : Jean Dupont, Anne Roux »
_LAST_NAMED = re.compile(
    rf"(?:, | et )[{UPPER}][\w'’-]*+"
    rf"(?: (?:[{UPPER}][\w'’-]*+|(?:der|des|du|de|van|von|la|le)(?= |$))){{1,3}}+$"
)


def _names_listed(line: str) -> bool:
    """A list of names ending the line (its cue or two civilities before the last), no sentence
    to go on: the next line may open an item."""
    if _LAST_LISTED.search(line[-60:]) is not None:
        return ":" in line or len(_CIVILITY.findall(line)) >= 2
    if ":" in line and _ROLE_LAST.search(line[-50:]) is not None:
        return True  # « Excusée : Mme Claire RIVOIRE, adjointe »: the last name's role
    return ":" in line and _LAST_NAMED.search(line[-60:]) is not None


# A role ending a list's last entry: « …, adjointe », « … (conseillère municipale déléguée) »
_ROLE_LAST = cues.plain(
    r"[\w.)],? \(?(?:\d(?:er|re|e|[èe]re) |premi[èe]re? )?(?i:maire|adjointe?|vice-pr[ée]sidente?"
    r"|pr[ée]sidente?|conseill(?:er|[èe]re)(?: municipale?| communautaire| m[ée]tropolitaine?"
    r"| d[ée]l[ée]gu[ée]e?){0,2}|d[ée]l[ée]gu[ée]e?(?: titulaire| suppl[ée]ante?)?)\)?$"
)


_CIVILITY = re.compile(r"(?:^|(?<=[\s,;:]))(?:M\.|Mme|MM\.|Mlle|Monsieur|Madame) ")


# A section's heading alone on its line (« Délibérations », « Décisions du conseil »): no
# sentence goes on after it, and no list of names (storage.parsing.attendance).
SECTION_HEADING = re.compile(
    r"^(?:d[ée]lib[ée]rations?|d[ée]cisions?|affaires?|points?|rapports?|dossiers?"
    r"|ordre du jour)(?: (?:du (?:conseil|bureau|comit[ée])|adopt[ée]es|prises|examin[ée]e?s"
    r"|soumis(?:es)? au vote|inscrit(?:e?s) [àa] l['’]ordre du jour))?$",
    re.IGNORECASE,
)


# The document's own title on its line (« Liste des délibérations », « Relevé des décisions du
# conseil municipal », « Compte rendu », « Récapitulatif des délibérations de la séance »): the
# item under it opens a line, no sentence goes on.
# (or ending the heading's line, flattened: « … du 4 décembre 2025 Relevé des décisions »)
_DOCUMENT_TITLE = cues.plain(
    r"^(?i:liste\sdes\s|r[ée]capitulatif\sdes\s|relev[ée]\s|compte[- ]rendu|proc[èe]s[- ]verbal"
    r"|extrait\s|ordre\sdu\sjour)"
    r"[^.;:!?]{0,80}$"
    r"|(?i:liste\sdes\sd[ée]lib[ée]rations|relev[ée]\sdes\sd[ée](?:cisions|lib[ée]rations))\W{0,3}$"
)


# An item's outcome said in a sentence, its stop left out: « Le conseil prend acte du
# rapport », « Sans vote », « Point retiré de l'ordre du jour », « Adopté à la majorité ».
_OUTCOME_SAID = cues.plain(
    # (the participles only: « Le conseil approuve le rapport présenté par M. X » goes on)
    r"(?i)\b(?:pren[dn]\w*\sacte|pris\sacte|sans\svote|pas\sde\svote|unanimit|majorit[ée]"
    r"|(?:adopt|approuv|rejet|report|retir|ajourn)(?:é|[ée]e)s?\b"
    r"|avis\s(?:favorable|d[ée]favorable|r[ée]serv[ée])|prend\sconnaissance|donner\ssuite)"
)
# (unless the sentence asks for more: « … à l'unanimité, décide » / « 1 - d'approuver … »)
_ASKS_MORE = cues.plain(
    r"(?i)\b(?:d[ée]cide|approuve|autorise|adopte|arr[êe]te|de|du|des|le|la|les|à|au|aux|et"
    r"|que|qui|pour|par|sur|en)$|['’]$"
)


def _outcome_said(previous: str) -> bool:
    return _OUTCOME_SAID.search(previous) is not None and _ASKS_MORE.search(previous) is None


def _continues_sentence(previous: str) -> bool:
    """Whether a line goes on the sentence of the line before (then it is no heading)."""
    previous = previous.rstrip()
    return (
        bool(previous)
        and (previous[-1].islower() or previous[-1] in ",'’")
        and SECTION_HEADING.match(previous) is None
        and not _outcome_said(previous)
        and _DOCUMENT_TITLE.search(previous) is None
        and _VOTE_END.search(previous[-70:]) is None
        and _TITLE_END.search(previous[-30:]) is None
        and not _numbered_name(previous)  # « 2. JOUVE Claire »: a list's entry, no sentence
        and not _names_listed(previous)  # « Présents : M. Jean Dupont, Mme Anne Roux »
        and not _header_row(previous)  # « N° Objet Décision Vote »: a table's first row
    )


# The words of a table of acts' header row, once its cells ran together (a PDF's text).
_HEADER_WORDS = frozenset(
    [
        "n°",
        "nº",
        "no",
        "n",
        "numéro",
        "numero",
        "objet",
        "intitulé",
        "intitule",
        "titre",
        "libellé",
        "libelle",
        "décision",
        "decision",
        "décisions",
        "decisions",
        "vote",
        "votes",
        "résultat",
        "resultat",
        "du",
        "de",
        "la",
        "délibération",
        "deliberation",
        "pour",
        "contre",
        "abstention",
        "abstentions",
        "abst.",
        "votants",
        "rapporteur",
        "observations",
        "date",
        "ref.",
        "réf.",
        "référence",
        "reference",
        "issue",
        "suite",
    ]
)


def _header_row(line: str) -> bool:
    """A table's header row: its cells' names only, three or more (« N° Objet Décision »),
    alone or after a sentence's end (a flattened text: « … BLANC. N° Objet Décision Vote »)."""
    words = line.rpartition(". ")[2].lower().split()
    return len(words) >= 3 and all(word.strip(":|") in _HEADER_WORDS for word in words)


_LIST_NUMBER = re.compile(r"^\d{1,3}(?:[.)/]|°\)?) ")
# A relevé's column gap: a tab (three spaces once cleaned) or dotted leaders between the act's
# number, its title and its vote.
_COLUMN_GAP = re.compile(r" ?(?:\.{3,}|…+)(?: ?\.)* ?| {3,}")


def _numbered_name(line: str) -> bool:
    numbered = _LIST_NUMBER.match(line)
    return numbered is not None and _PERSON_ENTRY.match(line[numbered.end() :]) is not None


def prints_its_sitting(heading: str) -> bool:
    """Whether an item's heading prints the sitting's date (« Séance du 9 avril 2024 –
    Délibération CM-2024-031 »): a relevé whose heading prints none dates its sitting there."""
    return _SITTING_PRINTED.search(heading) is not None


def act_dated(lines: list[str]) -> tuple[str, int] | None:
    """The date the items' headings print after their acts' numbers (« DCM n° 2024-021 du 16
    mai 2024 – … »), when the first two agree (or one item prints one), with the line of the
    first: a relevé whose heading prints no date dates its sitting there."""
    dates = [
        (match["date"], index)
        for index, line in enumerate(lines)
        if "du" in line and (match := DATED_ACT.match(line.strip()))
    ][:2]
    if not dates or len({fold(date) for date, _ in dates}) > 1:
        return None
    return dates[0]


# A département's report printed after its commission on its line: « 1re Commission –
# Solidarités – Rapport n° 1.04 – Aide à domicile », « Commission n° 2 : Rapport n° 2.05 … »;
# the report heads the item, the commission is where it was examined.
_COMMISSION_LEAD = re.compile(
    rf"^(?:(?:{WORDED_ORDINAL}|[IVX]{{1,4}}) (?i:commission)"
    r"|(?i:commission) (?:n ?[°º] ?)?\d{1,2})"
    r"(?: [-–—:] [^–—:]{1,60}?)? [-–—:] (?=(?i:rapport|d[ée]lib[ée]ration|dossier|affaire) )"
)


# In a flattened text, the secretary's or the chair's line, then the first item's act number
# and title run on after the name (« Secrétaire de séance : Mme Izard N°36/2025 Garantie … »).
_OFFICER_THEN_ACT = cues.plain(
    r"(?i:secr[ée]taire|pr[ée]siden(?:t|te|ce))(?: de (?:la )?s[ée]ance)? ?: ?"
    r"(?:M\.|Mme|Monsieur|Madame) [^,;:]{2,60}? "
    rf"(?=[Nn] ?[°º] ?(?:[A-Z]{{1,6}}[-.]?)?\d[\w./-]{{1,20}} [{UPPER}][{LOWER}'’]{{1,30}}\b)"
)


def officer_before_act(line: str) -> int:
    """Where the first item's act number starts on the secretary's or the chair's line of a
    flattened text (what comes before is the roll call's), 0 when it holds none."""
    officer = _OFFICER_THEN_ACT.match(line) if line[:1] in "SsPp" else None
    return officer.end() if officer is not None else 0


def _reads_no_heading(line: str) -> bool:
    """Whether find_headings (in a text not flattened) takes the stripped `line` as it is and
    finds nothing in it: no word it rewrites first (a commission's lead, a relevé's columns,
    a bracketed act, a dash, the sitting before an act, a roman figure glued), no act's number
    in brackets at its end, no object with its act's number, no lettered or decimal place, and
    no figure, « D » or « N » where a heading opens (_HEADING_HINT)."""
    return bool(
        line
        and (line[0].isalnum() or line[:2] in _LIST_DASHES)
        and not ("ommission" in line[:24] and _COMMISSION_LEAD.match(line))
        and "   " not in line
        and "..." not in line
        and "…" not in line
        and line[:2] not in ("(D", "(d")
        and line[:2] not in _LIST_DASHES
        and line[-1:] not in ")]"
        and line[-2:] not in (").", "].")
        and not (_opens_act_aside(line) and _VOTED_AFTER_BRACKET.search(line))
        and not (line[:1] in "Oo" and _OBJECT_LINE.match(line))
        and not (line[:1] in "SsRrBbCcAa" and _SITTING_LEAD.match(line))
        and not (line[:1] in "IVX" and _GLUED_ROMAN.match(line))
        and not (line[1:2] in _LETTER_STOPS and _LETTERED.match(line))
        and not (line[:1].isdigit() and _DECIMAL.match(line))
        and _HEADING_HINT.match(line) is None
    )


_NO_HEADING = PerLine(_reads_no_heading)
# What the heading's patterns match at a line's start, kept per line (common.PerLine): the
# lines find_headings tries them on (a sitting's heading, its counts, its convocation) are
# printed again in each extract of the sitting, and these alternations are long to try.
_HINT_AT = PerLine(_HEADING_HINT.match)
_BY_CUE_AT = PerLine(_BY_CUE.match)
_BARE_AT = PerLine(_BARE.match)
_ORDINAL_AT = PerLine(_ORDINAL.match)
_BARE_ORDINAL_AT = PerLine(_BARE_ORDINAL.match)
_SITTING_LEAD_AT = PerLine(_SITTING_LEAD.match)


def find_headings(
    lines: list[str],
    *,
    flattened: bool = False,
    sources: list[int] | None = None,
    all_voted: bool = False,
    sitting: date | None = None,
) -> list[Heading]:
    """The item headings, in order. Act numbers win; ordinals are items only in a document
    that prints no act number at a line start. In a flattened text every line start is a cut
    the cleaning made before a heading's shape: no line there goes on the one before.
    `sources` gives each line's line in the document as printed (where the cleaning cut);
    `all_voted`: the document says once that every item was adopted (see ALL_VOTED);
    `sitting`: the sitting's date, that a page's footer under a heading prints."""
    by_number: list[Heading] = []
    by_ordinal: list[Heading] = []
    # « 1. » alone on its line (index, ordinal, with its stop): an item only above a number
    alone: list[tuple[int, str, bool]] = []
    dashes: list[int] = []  # the numbered headings printed after a dash, by place in by_number
    capitals: list[int] = []  # the ordinal headings whose title is in capitals, by place
    letters: list[Heading] = []  # « A. Subvention … »: items only when they run from « A »
    previous = ""
    row_above = False
    taken_below = -1  # the line an act's number was read from, under its title's line
    for index, line in enumerate(lines):
        stripped = line.strip()
        if index == taken_below:
            continue
        if not stripped or (not flattened and _NO_HEADING[stripped]):
            # (most lines: prose, names; a blank line ends the sentence before it)
            previous = stripped
            row_above = False
            continue
        if "ommission" in stripped[:24] and (lead := _COMMISSION_LEAD.match(stripped)):
            stripped = stripped[lead.end() :]  # « 2e Commission – Routes – Rapport n° 2.07 – … »
        if flattened and (officer := officer_before_act(stripped)):
            stripped = stripped[officer:]  # « Secrétaire : Mme Izard N°36/2025 Garantie … »
        if row_above:
            previous = ""  # a table's row (« N°⇥Objet⇥Résultat du vote »), no sentence
        row_above = "   " in stripped
        if row_above or "..." in stripped or "…" in stripped:
            # « DEL-2025-011⇥Débat …⇥Pris acte », « 2024-58 Tarifs ........ 12 P / 0 C »: a
            # relevé's columns, read as its parts
            columns = _COLUMN_GAP.sub(" – ", stripped).strip(" –")
            if not columns.partition(" – ")[2][:1].islower():  # « 05/2025⇥à suivre »: no title
                stripped = columns
        if stripped[:2] in ("(D", "(d") and (shut := stripped.find(")")) > 0:
            # « POINT N° 1 : TITRE » then « (Délibération 2025_07_01) », its vote run on
            stripped = f"{stripped[1:shut]}{stripped[shut + 1 :]}"
        if not stripped or not (stripped[0].isalnum() or stripped[:2] in _LIST_DASHES):
            previous = stripped  # a blank line ends the sentence before it
            continue
        dashed = stripped[:2] in _LIST_DASHES
        if dashed:  # « ▪ D2019-021 - … » once its bullet became a dash
            stripped = stripped[2:]
        if (
            (
                stripped[-1:] in ")]"
                or stripped[-2:] in (").", "].")
                or (_opens_act_aside(stripped) and _VOTED_AFTER_BRACKET.search(stripped))
            )
            and not _continues_sentence(previous)
            and not _OBJECT_LINE.match(stripped)
            and _ORDINAL.match(stripped) is None
            and (tail := _bracketed_tail(stripped)) is not None
        ):
            # « Approbation du budget [D2023-113] »: the title, then its act's number
            if by_number and by_number[-1].index >= index - 3 and not by_number[-1].rest:
                by_number[-1] = Heading(by_number[-1].index, by_number[-1].number, None, tail[0])
            else:
                by_number.append(Heading(index, tail[1], None, tail[0]))
            previous = stripped
            continue
        if (
            (stripped[-1:] == ")" or stripped[-2:] == ").")
            and _continues_sentence(previous)
            and _wrapped_title(previous)
            and (tail := _bracketed_tail(f"{previous} {stripped}")) is not None
        ):
            # « Convention … avec la commune de » / « Saint-Sulpice (2024_114) »: a title
            # wrapped before its act's number
            by_number.append(Heading(index, tail[1], None, tail[0], title_above=True))
            previous = stripped
            continue
        if (
            stripped[:1] in "Oo"
            and _OBJECT_LINE.match(stripped)
            and (trailing := _TRAILING_ACT.search(stripped)) is not None
        ):
            # « Objet : Convention … — Délibération n° 2024/105 »: the title, then its act's
            # number (or cut from it at the line's end: « … – Délibération n° » / « 2024/105 »)
            number = trailing["number"]
            below = _next_text(lines, index) if number is None else None
            if below is not None and (alone_number := _NUMBER_ALONE.match(lines[below])):
                number, taken_below = alone_number["number"], below
            objected = _OBJECT.sub("", stripped[: trailing.start()], 1).strip(" -–—:")
            if number and objected:
                by_number.append(Heading(index, number.rstrip(".-/ "), None, objected))
                previous = stripped
                continue
        if stripped[:1] in "SsRrBbCcAa" and (lead := _SITTING_LEAD_AT[stripped]) is not None:
            after = stripped[lead.end() :]
            if _BY_CUE.match(after) or _BARE.match(after):
                stripped = after  # « Séance du 9 avril 2024 – Délibération CM-2024-031 »
        if stripped[:1] in "IVX" and (glued := _GLUED_ROMAN.match(stripped)):
            stripped = f"{glued[1]}- {stripped[glued.end() :]}"  # « IV-Tarifs », glued
        if (
            # (its letter's stop or dash second, asked first: most lines have neither)
            (lettered := _LETTERED.match(stripped) if stripped[1:2] in _LETTER_STOPS else None)
            and _ORDINAL.match(stripped) is None  # « I. », « V. », « X. »: roman figures
            # (or under an item's heading: « 2. Finances » / « a) Budget supplémentaire »)
            and (flattened or not _continues_sentence(previous) or _ORDINAL.match(previous))
            and not _PERSON_ENTRY.match(lettered["rest"])
            and not _VOTE_WORD.match(lettered["rest"])
        ):
            letters.append(Heading(index, None, lettered["letter"], lettered["rest"]))
        elif stripped[:1].isdigit() and (decimal := _DECIMAL.match(stripped)):
            letters.append(Heading(index, None, decimal["place"], decimal["rest"]))
        if _HINT_AT[stripped] is None:  # no figure near its start, no « D », « N »
            previous = stripped
            continue
        match = _BY_CUE_AT[stripped]
        if match is None and (bare := _BARE_AT[stripped]):
            if bare.group("spaced") or bare.group("spacedyear"):
                match = bare  # « DEL 01 – Débat … »: its prefix names an act, year or not
            elif (
                (number := _number_of(bare.groupdict()))
                # a year in it (« 2025-051 »), or a prefix in capitals and two groups of figures
                # (« CR-24-001 – Budget primitif »)
                and (
                    _YEAR.search(number)
                    or (
                        (
                            _CODED.match(number)
                            or _SHORT_YEAR.match(number)
                            or _SECTIONED.match(number)
                            or _LETTERED_DATE.match(number)
                        )
                        # (its title after a dash, or for a coded number after a space;
                        # « D26-041 » alone, its title on the line under it)
                        and (
                            bare.group("rest")
                            or bare.group("title")
                            or (stripped == number and _titled_under(lines, index))
                        )
                    )
                )
                and not _A_DATE.match(number)
                and not _year_range(number)
            ):
                match = bare
        # « Délibération n° … » opening a line is a heading even after a name; a bare number
        # or « n° … » may be a reference wrapped from the sentence above.
        named = stripped[0] in "DdRr" and match is not None and match.re is _BY_CUE
        # (a line under an act's heading that opens on a number is the next act's heading:
        # « 2024.00601 — … avec l'association Relais » / « 2024.00602 — Fonds de … »)
        listed = bool(by_number) and by_number[-1].index == index - 1
        # (a flattened text was cut before « DEL 2024-088 Rapport … »: its prefix names an act)
        prefixed = (
            flattened
            and match is not None
            and match.re is _BARE
            and bool(match.group("spacedyear"))
        )
        # (« Point 3 : Transfert de la compétence » then « DEL-2022-145 » alone: the act's
        # number of the point above, not the sentence's end)
        under_point = (
            match is not None
            and match.re is _BARE
            and " " not in stripped  # the number alone on its line
            and bool(by_ordinal)
            and by_ordinal[-1].index == index - 1
        )
        if match is not None and (
            named or listed or prefixed or under_point or not _continues_sentence(previous)
        ):
            groups = match.groupdict()
            rest = (
                (groups.get("rest") or groups.get("irest") or groups.get("title"))
                or groups.get("titled")
                or groups.get("after")
                or groups.get("afteryear")
                or groups.get("tabtitle")
                or ""
            )
            if (dated := _SITTING_IN_REST.match(rest) or _DATED_REST.match(rest)) is not None:
                # « N° 2024/12 – Séance du 3 juin 2024 – Objet : … », « DCM n° 2024-021 du 16 mai
                # 2024 – Tarifs … »
                rest = rest[dated.end() :]
            if (
                not rest.strip(" -–—:,.")
                and index + 1 < len(lines)
                and _OBJECT_LINE.match(lines[index + 1])
            ):
                rest = lines[index + 1]
            if _EXPOSE_REST.match(rest):
                rest = ""  # « Délibération n° 141/2021 Entendu l'exposé … »: no title here
            if not _REFERENCE_REST.match(rest):
                number = _number_of(groups).rstrip(".-/ ").replace(" - ", "-")
                ordinal = None
                if groups.get("integer") and (act := _BRACKETED_ACT.match(rest)):
                    # « Délibération n° 1 (CUCM-2024-05-30-01) – Compte de gestion »: the
                    # place on the agenda, then the act's number in brackets
                    number, ordinal, rest = act["number"], number, rest[act.end() :]
                by_number.append(Heading(index, number, ordinal, _OBJECT.sub("", rest, 1)))
                # (a mayor's « Décision n° 2025-04 : concession … », taken by delegation, is
                # listed with no vote: an item only with one)
                if dashed or stripped[:3].lower() in ("déc", "dec"):
                    dashes.append(len(by_number) - 1)
        elif (ordinal := _ORDINAL_AT[stripped]) and (
            flattened
            or _POINT_HEAD.match(stripped)
            or not _continues_sentence(previous)
            # « 1. Rapport d'activité » then « 2. Décision modificative », no stop between: the
            # next item's title, never the line above's end
            or _next_place(by_ordinal, index, ordinal.group("ordinal"))
        ):
            rest = ordinal.group("rest")
            figure = ordinal.group("prefixed") or ordinal.group("ordinal")
            if figure is None:  # « Deuxième point : … »
                value = ordinal_in_words(ordinal.group("worded"))
                figure = str(value) if value is not None else None
            if figure is None:
                previous = stripped
                continue
            # « 1) Délibération 24-021 — Titre », « Point n° 1 - Délibération 2023-090 - … »,
            # « 1. CIAS-2024-21 Budget … »: the place on the agenda, then the act's number
            act = _BY_CUE.match(rest) or _BARE.match(rest)
            number = _number_of(act.groupdict()).rstrip(".-/ ").replace(" - ", "-") if act else ""
            if (
                act is not None
                and (
                    act.re is _BY_CUE
                    or act.group("lettered")
                    # « Point n° 1 – 2025-48 – Compte rendu … »: a year's number after the place;
                    # « 1 - DEL-2025-010 : Budget », « 2. B26-064 – Tarifs »: a coded one
                    or (
                        (_YEAR.match(number) or _CODED.match(number) or _YEAR_CODED.match(number))
                        and (act.group("rest") or act.group("titled"))
                    )
                    # « 5 – DCM 2025-021 – Tarifs »: a prefix in capitals, a space, its number
                    or (
                        (act.group("spaced") or act.group("spacedyear"))
                        and (act.group("after") or act.group("afteryear"))
                    )
                )
                and number
            ):
                groups = act.groupdict()
                after = (
                    groups.get("rest")
                    or groups.get("irest")
                    or groups.get("title")
                    or groups.get("titled")
                    or groups.get("after")
                    or groups.get("afteryear")
                    or ""
                )
                if not _REFERENCE_REST.match(after):
                    after = after.strip(" -–—:")
                    below = _next_text(lines, index) if not after else None
                    if below is not None and _OBJECT_LINE.match(lines[below].strip()):
                        # « Rapport n° 2 — Délibération CA-2024-031 » / « Objet : Convention … »
                        after = lines[below].strip()
                    by_number.append(Heading(index, number, figure, _OBJECT.sub("", after, 1)))
                    previous = stripped
                    continue
            if tail := _bracketed_tail(rest, run_on=True):  # « 1 - Tarifs [D2023-201] »
                by_number.append(Heading(index, tail[1], figure, tail[0]))
                previous = stripped
                continue
            # « 1°) Plan de financement – Délibération n° 13/2024 »: the act's number after its
            # title (or cut from it at the line's end: « … – Délibération n° » / « 14/2024 »)
            if trailing := _TRAILING_ACT.search(rest) or _RUN_ON_ACT.search(rest):
                number = trailing["number"]
                below = _next_text(lines, index) if number is None else None
                if below is not None and (alone_number := _NUMBER_ALONE.match(lines[below])):
                    number, taken_below = alone_number["number"], below
                if number:
                    title = rest[: trailing.start()].strip(" -–—:")
                    by_number.append(Heading(index, number.rstrip(".-/ "), figure, title))
                    previous = stripped
                    continue
            if (wrapped := _number_wrapped_below(rest, lines, index)) is not None:
                # « 2. Tarifs de la cantine pour » / « l'année 2026 (N°40/2025) », « 3. Vente
                # du presbytère » / « (N°41/2025) »: a narrow column wrapped the title
                by_number.append(Heading(index, wrapped[1], figure, wrapped[0], title_above=True))
                taken_below = index + 1
                previous = lines[index + 1].strip()
                continue
            # « 12. PRAT Louise Groupe Ensemble » is a list's entry; « 1. FINANCES » a chapter,
            # unless a vote follows it (« 1 - TARIFS DE LA CANTINE » then « Adopté »)
            if rest[:1].isdigit():
                previous = stripped  # « 2. 15 voix pour … »: no item's title
                continue
            if not _PERSON_ENTRY.match(rest) and not _VOTE_WORD.match(rest):
                if not any(c.islower() for c in rest):
                    capitals.append(len(by_ordinal))
                by_ordinal.append(Heading(index, None, figure, rest))
        elif (worded := _WORDED_ALONE.match(stripped)) and not _continues_sentence(previous):
            if (title := _title_under(lines, index, sitting)) is not None:
                by_ordinal.append(Heading(index, None, worded["ordinal"], title, title_above=True))
            else:  # an act's heading under it: its place on the agenda
                alone.append((index, worded["ordinal"], True))
        elif bare_ordinal := _BARE_ORDINAL_AT[stripped]:
            title_at = _next_text(lines, index)
            figure = bare_ordinal["ordinal"] or bare_ordinal["roman"]
            stop = bare_ordinal["stop"] or bare_ordinal["rstop"]
            if (
                (stop or bare_ordinal["sign"])
                and title_at is not None
                and _OBJECT_LINE.match(lines[title_at].strip())
            ):  # « 1) », « N° 12 » cut from its « Objet : Tarifs de la cantine »
                title = _OBJECT.sub("", lines[title_at].strip(), 1)
                by_ordinal.append(Heading(index, None, figure, title))
            if not bare_ordinal["sign"]:
                alone.append((index, figure, stop is not None))
        previous = stripped
    if dashes and not all_voted:  # (« Toutes les délibérations ont été adoptées. »: voted)
        by_number = _without_listed_acts(by_number, dashes, lines)
    if capitals:
        by_ordinal = _without_listed_acts(by_ordinal, capitals, lines)
    # the agenda printed before the minutes (« ORDRE DU JOUR : 1. … 2. … » then « 1. … Adopté »):
    # an ordinal printed again further down is an agenda's entry when no vote follows it here
    later: dict[str, int] = {}
    for place, heading in enumerate(by_ordinal):
        later[heading.ordinal or ""] = place
    repeated = [
        place for place, heading in enumerate(by_ordinal) if later[heading.ordinal or ""] > place
    ]
    if repeated:
        by_ordinal = _without_listed_acts(by_ordinal, repeated, lines)
    if by_number and any(h.rest.strip(" -–—:")[:1] in "PpDdSsCcRr" for h in by_number):
        by_number = _services_named(by_number, lines, flattened)
    if by_number:
        # each ordinal by the last line of its heading
        ordinals = {h.index: h for h in by_ordinal}
        numbered = {h.index for h in by_number}
        for at, figure, stopped in alone:
            title_at = _next_text(lines, at)
            title = lines[title_at].strip() if title_at is not None else ""
            if title_at in numbered or (stopped and not _TITLE_LINE.match(title)):
                ordinals.setdefault(at, Heading(at, None, figure, ""))
            elif stopped and title_at is not None:  # « 1. » then « Budget primitif 2025 »
                ordinals.setdefault(title_at, Heading(at, None, figure, title))
            # else a figure alone, far from a number: a page's number
        headings = [_with_ordinal(h, ordinals, lines) for h in by_number]
        if sources:
            headings = [_title_before(h, lines, sources) for h in headings]
        return _with_unnumbered(headings, by_number, by_ordinal, lines)
    if alone:
        by_ordinal = _with_ordinals_alone(by_ordinal, alone, lines, sitting)
    if by_ordinal and letters:
        by_ordinal = _with_lettered_under(by_ordinal, letters, lines)
    return by_ordinal or _lettered_run(letters, lines) or _object_items(lines)


# A report's heading naming the service that brings it, not its subject: « Rapport n° 3.12 –
# Pôle Solidarités », « Rapport n° 4.03 – Direction des routes » (a département's commission
# permanente), « Service Urbanisme », « DGA Aménagement », « Commission Culture ». Flattened,
# the subject runs on after the service's name: « Pôle Solidarités Aide aux établissements … ».
# (« Service : Urbanisme », « Direction Générale Adjointe Aménagement »; a direction by its
# initials alone, « DGS », « DRH »)
_SERVICE_WORD = (
    r"(?:P[ôo]le|POLE|PÔLE|Direction|DIRECTION|Sous-direction|Service|SERVICE|Commission"
    r"|COMMISSION|DGA|DGAS|DGS)"
    r"(?: (?:[gG][ée]n[ée]rale|G[ÉE]N[ÉE]RALE)(?: (?:[aA]djointe|ADJOINTE))?)?(?: ?:)?"
)
_SERVICE_INITIALS = r"(?:DGS|DGA|DGAS|DST|DRH|DAF|DSI)"
_SERVICE_LABEL = cues.plain(
    rf"^{_SERVICE_WORD}"
    rf"(?: (?:(?:des?|du|de la|et|&|aux?|la) )?(?:[dl]['’])?[{UPPER}][\w'’-]*){{1,4}}$"
    rf"|^{_SERVICE_INITIALS}$"
)
# (the name: one or two capitalised words, « des Finances », « Ressources Humaines »; the
# subject: a capitalised word then a small one, « Budget primitif … »)
_SERVICE_LABEL_RUN = cues.plain(
    rf"^(?:{_SERVICE_WORD} (?:(?:des|du|de la|de|aux?) )?(?:[dl]['’])?[{UPPER}][\w'’-]*"
    rf"(?: (?:(?:et|&) )?[{UPPER}][\w'’-]*)?|{_SERVICE_INITIALS})"
    rf" (?P<subject>[{UPPER}][{LOWER}'’-]* [{LOWER}].*)$"
)
# A line under a report's heading that is no subject: a label and its colon
_NO_SUBJECT = cues.plain(
    r"(?i:rapporteu|pr[ée]sent|votant|repr[ée]sent|pouvoir|procuration|secr[ée]taire"
    r"|pr[ée]siden|membres|nombre|votes?\b|pour\b|contre|abstention|absent|excus|vu\b|consid"
    r"|s[ée]ance|r[ée]union|commission|direction|service|p[ôo]le)"
)
# The member reporting, on the report's heading line: « Rapport n° 12 – Rapporteur : Mme Amélie
# BARRAL », the subject on the next line (or, flattened, after the name: a capitalised word then
# a small one, where the surname in capitals ends).
_REPORTER = cues.plain(
    r"^(?:Rapporteu(?:r|se)|RAPPORTEU(?:R|SE))(?:\(e\))? ?: ?"
    rf"(?:M\.|Mme|Monsieur|Madame) (?:[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)? )?"
    rf"[{UPPER}][{UPPER}'’-]+(?: [{UPPER}][{UPPER}'’-]+){{0,3}}"
    rf"(?: (?P<subject>[{UPPER}][{LOWER}'’-]* [^\n]*))?$"
)
# « 1 – », « 2. » before a report's subject: its place under the service
_ORDINAL_LEAD = cues.plain(rf"^\d{{1,3}} ?[-–—.)] ?(?=[{UPPER}])")


def _services_named(headings: list[Heading], lines: list[str], flattened: bool) -> list[Heading]:
    """Reports' headings whose rest names the service that brings them (_SERVICE_LABEL): one
    followed at once by the act's own heading is no item (the act is), another has for title
    the subject printed under it (flattened, after the service's name)."""
    kept: list[Heading] = []
    for place, head in enumerate(headings):
        following = headings[place + 1] if place + 1 < len(headings) else None
        if (
            following is not None
            and following.index <= head.index + 3
            and service_label(head.rest)
            and not _VOTE_WORD.search(" ".join(lines[head.index + 1 : following.index]))
        ):
            continue  # « Rapport n° 3.12 – Pôle Solidarités » then « Délibération n° … »
        if (subject := service_subject(lines, head.index, head.rest, flattened)) is not None:
            head = Heading(head.index, head.number, head.ordinal, subject[0], title_above=True)
        kept.append(head)
    return kept


def service_label(rest: str) -> bool:
    """Whether what follows a report's number names its service (« Pôle Solidarités »)."""
    return _SERVICE_LABEL.match(rest.strip(" -–—:")) is not None


def service_subject(
    lines: list[str], index: int, rest: str, flattened: bool
) -> tuple[str, int] | None:
    """The subject of a report whose heading line (`index`, `rest` after its number) names
    the service bringing it, and the line it was read from: the line under it (« Rapport n°
    3.12 – Pôle Solidarités » then « Aide aux établissements »), the service's name alone on
    the line under the number, or, flattened, the words after the service's name. None when
    the heading names no service."""
    rest = rest.strip(" -–—:")
    at = index
    if (
        not rest
        and (below := _next_text(lines, index)) is not None
        and (service_label(lines[below]) or _REPORTER.match(lines[below].strip()))
    ):
        # « Rapport n° 3.12 » then « Pôle Solidarités » (or « Rapporteur : Mme X »)
        rest, at = lines[below].strip(), below
    reporter = _REPORTER.match(rest)
    if reporter is not None and reporter["subject"]:
        return reporter["subject"], at  # flattened: the subject after the reporter's name
    if service_label(rest) or reporter is not None:
        if (title_at := _next_text(lines, at)) is None:
            return None
        subject = _OBJECT.sub("", _ORDINAL_LEAD.sub("", lines[title_at].strip(), 1), 1)
        titled = _TITLE_LINE.match(subject) or (
            # « Voirie départementale : programme 2027 », never « Rapporteur : M. X »
            _TITLE_LINE.match(subject.replace(":", " ")) and not _NO_SUBJECT.match(subject)
        )
        if titled and not _VOTE_WORD.match(subject):
            return subject, title_at
        return None
    if flattened and (run := _SERVICE_LABEL_RUN.match(rest)) is not None:
        return run["subject"], index
    return None


def _with_lettered_under(
    ordinals: list[Heading], letters: list[Heading], lines: list[str]
) -> list[Heading]:
    """« 2. Finances » then « a) Budget supplémentaire » / « b) Admission … », each with its
    own vote: the lettered items are the agenda's, each placed under its heading (« 2.a »),
    and a heading without a vote of its own above them is a chapter's. Letters that run from
    « a » under a heading, each voted, at least two of them in the document."""
    groups: dict[int, list[Heading]] = {}
    for place, heading in enumerate(ordinals):
        end = ordinals[place + 1].index if place + 1 < len(ordinals) else len(lines)
        under = [h for h in letters if heading.index < h.index < end]
        lettered = [(h.ordinal or "").lower() for h in under]
        # (« 2.1 », « 2.2 » under « 2. » or under its roman figure, « II – URBANISME »)
        numbered = [
            [f"{figure}.{n}" for n in range(1, len(under) + 1)]
            for figure in (heading.ordinal, _place(heading.ordinal))
        ]
        if not under or (
            lettered != [chr(ord("a") + n) for n in range(len(under))] and lettered not in numbered
        ):
            continue  # (« a », « b » … or « 2.1 », « 2.2 » … under « 2. »)
        above = lines[heading.index : under[0].index]
        voted_above = any(_OUTCOME.search(line.lower()) for line in above)
        if _each_voted(under, lines, end) and not voted_above:
            groups[place] = under
    if sum(len(under) for under in groups.values()) < 2:
        return ordinals
    placed: list[Heading] = []
    for place, heading in enumerate(ordinals):
        if place not in groups:
            placed.append(heading)
            continue
        placed.extend(
            Heading(h.index, None, _sub_place(heading.ordinal, h.ordinal), h.rest)
            for h in groups[place]
        )
    return placed


def _sub_place(figure: str | None, sub: str | None) -> str:
    """« 2 » and « a » → « 2.a »; « 2 » and « 2.1 » → « 2.1 »."""
    sub = (sub or "").lower()
    return sub if "." in sub else f"{figure}.{sub}"


_HEADING_LINES = 3


def _with_ordinals_alone(
    by_ordinal: list[Heading],
    alone: list[tuple[int, str, bool]],
    lines: list[str],
    sitting: date | None,
) -> list[Heading]:
    """Minutes numbering their points only, each ordinal alone on its line with its stop and
    its title under it (« 1 - » / « Tarifs de la cantine », a narrow column, or a page's
    footer between them): each is the heading of that title, when the places follow one
    another with those printed whole (a list's « 1. » over a name is none)."""
    found: list[Heading] = []
    # (a page's header may repeat the heading's first lines: « Commune de X » alone)
    heading = {line.strip() for line in lines[:_HEADING_LINES] if line.strip()}
    for at, figure, stopped in alone:
        below = [
            i
            for i in range(at + 1, min(len(lines), at + 5))
            if lines[i].strip()
            and not is_page_furniture(lines[i], sitting)
            and lines[i].strip() not in heading
        ]
        if not stopped or not below:
            continue
        title = lines[below[0]].strip()
        if (
            title[:1].isupper()
            and any(c.islower() for c in title)
            and len(title) < 160
            and _SENTENCE_OPENING.match(title) is None
            and _UNDER_STOP.match(title) is None
            and _VOTE_WORD.search(title) is None
            and not _PERSON_ENTRY.match(title)
        ):
            found.append(Heading(below[0], None, figure, title))
    if not found:
        return by_ordinal
    merged = sorted([*by_ordinal, *found], key=lambda h: h.index)
    places = [p for h in merged if (p := _place(h.ordinal)) is not None]
    if len(merged) < 2 or len(places) < len(merged) or places != sorted(set(places)):
        return by_ordinal
    return merged


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _place(ordinal: str | None) -> int | None:
    """An ordinal's place on the agenda: « 3 », « IV »."""
    if not ordinal:
        return None
    if ordinal.isdigit():
        return int(ordinal)
    if not all(c in _ROMAN_VALUES for c in ordinal):
        return None
    values = [_ROMAN_VALUES[c] for c in ordinal]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def _object_items(lines: list[str]) -> list[Heading]:
    """Items headed by « Objet : … » alone, with neither an act's number nor a place on the
    agenda (a page copied from a council's site): two or more such lines, each followed by its
    own outcome or vote before the next (or ending with it), are the items (they ran together
    as one, that one taking the last item's vote). One « Objet : » is the title of the
    document's one act."""
    at = [
        index
        for index, line in enumerate(lines)
        if line.lstrip()[:5].lower() == "objet" and _OBJECT_LINE.match(line.strip())
    ]
    if len(at) < 2:
        return []
    ends = [*at[1:], len(lines)]
    # (its vote below it, or after its title on its line: « Objet : Tarifs du cimetière Adopté
    # à l'unanimité », a page's paragraph with the outcome in italics)
    voted = (
        any(_OUTCOME.search(line.lower()) for line in lines[start + 1 : end])
        or _DECIDED.search(lines[start].lower()) is not None
        for start, end in zip(at, ends, strict=True)
    )
    if not all(voted):
        return []
    return [
        Heading(
            index, None, _ordinal_above(lines, index), _OBJECT.sub("", lines[index].strip(), 1)
        )
        for index in at
    ]


def _ordinal_above(lines: list[str], index: int) -> str | None:
    """The place on the agenda printed before an « Objet : » line and cut from it (« 2 - Objet :
    Tarifs » read as « 2 » over « Objet : Tarifs »): a figure alone on the line above."""
    above = lines[index - 1].strip() if index > 0 else ""
    if _ROMAN_ALONE.match(above):  # (its stop cut with the dash: « II - Objet : »)
        return above
    if (bare := _BARE_ORDINAL.match(above)) is None:
        return None
    return None if bare["sign"] else bare["ordinal"] or bare["roman"]


_ROMAN_ALONE = cues.plain(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")


def _with_unnumbered(
    headings: list[Heading], by_number: list[Heading], by_ordinal: list[Heading], lines: list[str]
) -> list[Heading]:
    """Items printed with their ordinal alone among items that print an act's number too
    (« Premier point : Approbation du procès-verbal » voted, then « 2e question : Budget » over
    « Délibération n° 2025-015 »): an ordinal no number took is an item of its own when it
    falls in the sequence of its neighbours' ordinals and a vote or an outcome follows it
    before the next heading. Without ordinals on the numbered items, nothing is added."""
    if not by_ordinal or not any(h.ordinal for h in headings):
        return headings
    taken = {h.index for h in headings}
    placed = {h.index: h for h in by_ordinal}
    for number, heading in zip(by_number, headings, strict=True):
        # the ordinal each number took (see _with_ordinal)
        if number.ordinal is not None:  # « 3. Tarifs (délibération n° 2026/009) »: its own
            continue
        if heading.index != number.index and heading.index in placed:
            taken.add(heading.index)  # « Délibération n° … » then « Point n° 2 : … » under it
            continue
        above = range(number.index - 1, max(-1, number.index - 4), -1)
        took = next((i for i in above if i in placed), number.index)
        if took in placed and heading.ordinal not in (None, placed[took].ordinal):
            # « POINT 3 : » alone over « Délibération n° 2024-12 », under the vote of « POINT 2
            # : Tarifs »: the number took the ordinal alone above it, not the point before
            took = number.index
        taken.add(took)
    loose = [h for h in by_ordinal if h.index not in taken and h.ordinal and h.ordinal.isdigit()]
    if not loose:
        return headings
    merged = sorted([*headings, *loose], key=lambda h: h.index)
    kept: list[Heading] = []
    for place, heading in enumerate(merged):
        if heading.number is not None or heading.ordinal is None or not heading.ordinal.isdigit():
            kept.append(heading)
            continue
        value = int(heading.ordinal)
        end = merged[place + 1].index if place + 1 < len(merged) else len(lines)
        before = [f for h in merged[:place] if (f := _figure(h)) is not None]
        after = [f for h in merged[place + 1 :] if (f := _figure(h)) is not None]
        if (
            (not before or before[-1] < value)
            and (not after or value < after[0])
            and (
                any(_OUTCOME.search(line.lower()) for line in lines[heading.index + 1 : end])
                # « … du 7 avril 2025 Le procès-verbal est approuvé à l'unanimité. » run on
                or _DECIDED.search(heading.rest.lower()) is not None
            )
        ):
            kept.append(heading)
    return kept


# An outcome run on after an item's title (a flattened text): words no title holds.
_DECIDED = re.compile(r"unanimit|\b(?:adopt|approuv|rejet)[ée]e?s?\b")
_NOTED = re.compile(r"\b(?:prend|pris|donne) acte\b")  # « … : le comité prend acte »


def _figure(heading: Heading) -> int | None:
    ordinal = heading.ordinal
    return int(ordinal) if ordinal is not None and ordinal.isdigit() else None


# On lower case: a line telling an item's vote or outcome.
_OUTCOME = re.compile(
    r"adopt|unanimit|unanime|rejet|prend acte|pris acte|\bvot[ée]e?s?\b|votes? ?:"
    r"|(?:pour|contre) ?: ?\d|\d+ (?:voix|pour|contre)|abstention|approuv|\d ?p ?/ ?\d{1,3} ?c\b"
)


def _number_of(groups: dict[str, str | None]) -> str:
    """The act's number of a heading, whichever of its forms matched."""
    for name in ("number", "integer", "lettered", "yeared", "spaced", "spacedyear", "tabbed"):
        if value := groups.get(name):
            return value
    return ""


def _without_listed_acts(
    headings: list[Heading], dashes: list[int], lines: list[str]
) -> list[Heading]:
    """A dashed act number is an item when a vote or an outcome follows it before the next
    heading; without one it is an entry of a list (« Décisions prises par délégation : » / « -
    DM2025-02 : Attribution d'une concession funéraire »), not a deliberation of the sitting."""
    dropped = set()
    for n in dashes:
        start = headings[n].index
        end = headings[n + 1].index if n + 1 < len(headings) else len(lines)
        if _OUTCOME.search(headings[n].rest.lower()):
            continue  # « - 2024-58 Tarifs ........ 12 P / 0 C / 2 A »: voted on its line
        for line in lines[start + 1 : min(end, start + 40)]:
            if line.lstrip()[:2] in _LIST_DASHES:
                dropped.add(n)  # the list's next entry
                break
            if _OUTCOME.search(line.lower()):
                break
        else:
            dropped.add(n)
    return [h for n, h in enumerate(headings) if n not in dropped]


def _title_before(heading: Heading, lines: list[str], sources: list[int]) -> Heading:
    """The item's title printed before its number, when the number's line holds none and no
    title stands under it: « Tarifs de la cantine scolaire. Délibération n° 2025-008. » on one
    line, « Tarifs de la cantine scolaire » on the line above « Délibération n° 2025-008 », or,
    in a flattened text, the words after the previous item's last sentence (« … à l'unanimité.
    Tarifs de la cantine scolaire Délibération n° 2025-008 … »)."""
    at = heading.index - 1
    if (
        heading.ordinal is not None
        or sum(c.isalpha() for c in heading.rest) >= 3
        or at < 0
        or _title_below(lines, heading.index)
    ):
        return heading
    candidate = lines[at].strip()
    cued = candidate[:5].lower() == "objet" and _OBJECT_LINE.match(candidate) is not None
    if cued:  # « Objet : Tarifs … » above « Délibération n° … »
        # (« Objet : Dénomination de la voie … — » / « Délibération n° 103/2024 »: the dash
        # before the number wrapped to the next line is no part of the title)
        candidate = _OBJECT.sub("", candidate, 1).rstrip(" -–—")
    starts_printed_line = at == 0 or sources[at - 1] != sources[at]
    if sources[at] == sources[heading.index] and starts_printed_line:
        title = candidate if ". " not in candidate else ""  # the printed line's first sentence
    elif sources[at] != sources[heading.index] and starts_printed_line:
        # its own printed line, after a blank one or the end of a sentence or vote
        if candidate[:1].islower() and at > 0 and sources[at - 1] != sources[at]:
            # a title wrapped over two printed lines (« Convention de partenariat avec » /
            # « l'office de tourisme »)
            at -= 1
            candidate = f"{lines[at].strip()} {candidate}"
        before = lines[at - 1].strip() if at > 0 else ""
        ends = (
            not before
            or before[-1] in ".!?»):"
            or _VOTE_END.search(before[-20:])
            # the roll call's last line, its secretary's (one name: nothing wraps from it)
            or _OFFICER_LINE.match(before) is not None
        )
        title = candidate if ends or cued else ""  # (« Objet : » opens its title itself)
    else:
        # a line the cleaning cut: the title is what follows its last sentence's end
        title = candidate[_last_sentence_end(candidate) :]
        if title != candidate:
            return _titled(heading, heading.index, title)
    return _titled(heading, at, title)


def _titled(heading: Heading, index: int, title: str) -> Heading:
    title = title.strip()
    if (
        len(title) > 200
        or not _TITLE_LINE.match(title)
        or _MOVE_WORDS.search(title.lower())
        or _SENTENCE_OPENING.match(title)
    ):
        return heading
    return Heading(index, heading.number, None, title, title_above=True)


# Where a sentence or a vote ends, the next words starting in capitals: after a full stop (not
# a civility's: « M. Paul »), a closing bracket or quote, or a vote's last figure.
_SENTENCE_END = re.compile(rf"(?:(?<!\bM)(?<!\bMM)(?<!\bMme)[.!?]|[»)]|\d) (?=[{UPPER}])")
# A sentence of the text, not a title: « Le Conseil municipal approuve … », « Vu le code … ».
_SENTENCE_OPENING = re.compile(
    r"^(?:L[ea] |L['’]|Les )(?:Conseil|Commission|Bureau|Comit|Assembl|Maire|Pr[ée]sident)"
    r"|^(?:Vu|Consid[ée]rant|Apr[èe]s|Il|Elle|Ils|Monsieur|Madame|M\.|Mme|Rapporteur)\b"
)


# The secretary's or the chair's line, naming one member: « Secrétaire de séance : Mme X ».
_OFFICER_LINE = re.compile(
    r"^(?:secr[ée]taire|pr[ée]siden(?:t|te|ce))(?: de (?:la )?s[ée]ance)? ?: ?"
    r"(?:M\.|Mme|Monsieur|Madame) [^,;:]{2,60}$",
    re.IGNORECASE,
)


def _last_sentence_end(line: str) -> int:
    end = 0
    for match in _SENTENCE_END.finditer(line):
        end = match.end()
    return end


def _title_below(lines: list[str], index: int) -> bool:
    """Whether the line under an act's number is its title (« Délibération n° 2025-008 » then
    « Tarifs de la cantine »), not a sentence of the deliberation."""
    below = _next_text(lines, index)
    if below is None:
        return False
    title = lines[below].strip()
    return (
        _TITLE_LINE.match(title) is not None
        and _SENTENCE_OPENING.match(title) is None
        and _MOVE_WORDS.search(title.lower()) is None
        and "délibéré" not in title
    )


def _number_wrapped_below(rest: str, lines: list[str], index: int) -> tuple[str, str] | None:
    """(title, number) of an item's title wrapped onto the line under it, that line ending on
    its act's number in brackets (« l'année 2026 (N°40/2025) », or the number alone): a short
    line, the title's first line no sentence's end."""
    if index + 1 >= len(lines) or rest[-1:] in ".:;!?" or ")" in rest:
        return None
    below = lines[index + 1].strip()
    if not below or len(below) > 80 or below[-1:] not in ")]" or _VOTE_WORD.search(below):
        return None
    return _bracketed_tail(f"{rest} {below}")


def _next_place(headings: list[Heading], index: int, figure: str | None) -> bool:
    """Whether `figure` on line `index` follows the ordinal heading on the line above it."""
    if not headings or headings[-1].index != index - 1 or not figure or not figure.isdigit():
        return False
    above = headings[-1].ordinal
    return above is not None and above.isdigit() and int(figure) == int(above) + 1


def _titled_under(lines: list[str], index: int) -> bool:
    """Whether the next line holding text is a title (a capital, small letters, no colon, no
    vote nor movement)."""
    if (at := _next_text(lines, index)) is None:
        return False
    line = lines[at].strip()
    return _TITLE_LINE.match(line) is not None and not _MOVE_WORDS.search(line.lower())


def _next_text(lines: list[str], index: int) -> int | None:
    return next(
        (i for i in range(index + 1, min(len(lines), index + 3)) if lines[i].strip()), None
    )


_RUN_ON_SENTENCE = re.compile(
    rf"(?:Le|La|Les|L['’]) ?[{LOWER}]|(?:Vu|Consid[ée]rant|Apr[èe]s) "
    rf"|(?:Il|Elle|Ils|Elles|On) [{LOWER}]"
)
# Who presents a point, between its heading and its act's number: « Rapporteur : M. X »
_PRESENTED_BY = re.compile(
    r"^(?:rapporteure?s?|rapport[ée]e? par|pr[ée]sent[ée]e? par|expos[ée]e? (?:par|de|du)"
    r"|commission)\b",
    re.IGNORECASE,
)


def _with_ordinal(number: Heading, ordinals: dict[int, Heading], lines: list[str]) -> Heading:
    """An ordinal printed just above an act's number is that act's place on the agenda; when
    the number's line holds no title (« 1 - Budget primitif 2025 » then « Délibération n°
    2025-007 »), the ordinal's line is the item's heading and its title."""
    if number.ordinal is not None:
        return number  # « 3°) Délibération … » read with its own ordinal
    last = next(
        (i for i in range(number.index - 1, max(-1, number.index - 4), -1) if i in ordinals),
        None,
    )
    between = lines[last + 1 : number.index] if last is not None else []
    below = _next_text(lines, number.index)
    if (
        below in ordinals
        and sum(c.isalpha() for c in number.rest) < 3
        and (last is None or any(_OUTCOME.search(line.lower()) for line in between))
    ):
        # « Délibération CP.2022.12-03 » then « Point n° 3 : Transfert … »: the point's line
        # under the act's number is its heading (the point above, if any, voted already)
        return Heading(below, number.number, ordinals[below].ordinal, ordinals[below].rest)
    if last is None:
        return number
    above = ordinals[last]
    # (« 1) » / « Objet : Tarifs » / « Réf. : X »: the object line is the ordinal's title,
    # whatever a flattened text ran on after the reference; the title's wrapped end, « à la
    # communauté », or « Rapporteur : M. X » may stand between the point and its number)
    if (
        (
            sum(c.isalpha() for c in number.rest) < 3
            or lines[number.index][:3].lower() in ("réf", "ref")
            # (a flattened text runs the deliberation's first sentence on after the number)
            or _RUN_ON_SENTENCE.match(number.rest.lstrip(" -–—:")) is not None
            # (or who presents it: « Délibération n° 23/2021 Présenté par Mme WEBER … »)
            or _PRESENTED_BY.match(number.rest.lstrip(" -–—:")) is not None
        )
        and not any(
            line.strip()
            and not _OBJECT_LINE.match(line.strip())
            and not line.strip()[:1].islower()
            and not _PRESENTED_BY.match(line.strip())
            for line in between
        )
    ):
        return Heading(above.index, number.number, above.ordinal, above.rest)
    return Heading(number.index, number.number, above.ordinal, number.rest)


# A relevé written as a list of decisions, one a line, the act's number in parentheses and the
# vote after a dash: « – d'approuver le budget primitif 2025 (délibération n° 2024-140) –
# unanimité ; », « – de prendre acte du rapport … (délibération n° 2024-143). »
_DECISION_LINE = re.compile(
    r"^[-–—•*] ?(?:d['’]|de |du |des )?(?P<title>[^()\n]{3,300}) ?\("
    r"(?:(?i:d[ée]lib[ée]ration|d[ée]lib\.?|acte|d[ée]cision) )?(?:[nN] ?[°º] ?)?"
    rf"(?P<number>{NUMBER})\) ?(?:[-–—:,] ?(?P<vote>[^\n]*)|[ ;.]*$)"
)
_NOTING = re.compile(r"^prendre acte\b|^donner acte\b", re.IGNORECASE)


def decision_lines(lines: list[str]) -> list[Heading]:
    """The items of a relevé printed as a list of decisions (see _DECISION_LINE): each line one
    deliberation, its title the decision's words, its vote after it. Two at least."""
    found: list[Heading] = []
    for index, line in enumerate(lines):
        if line[:1] not in "-–—•*" or "(" not in line:
            continue
        if match := _DECISION_LINE.match(line.strip()):
            title = match.group("title").strip(" -–—,")
            vote = (match.group("vote") or "").strip(" ;.")
            if not vote and _NOTING.match(title):
                vote = "prend acte"  # « de prendre acte du rapport » is the outcome itself
            rest = f"{title} – {vote}" if vote else title
            found.append(Heading(index, match.group("number"), None, rest, title_above=True))
    return found if len(found) >= 2 else []


# -- movements during the sitting ------------------------------------------------------------

# A full stop only after an initial (« J. DUPONT »): « … à M. Yves LAURENT. Tarifs … » ends there.
# Each word whole (possessive `*+`): a long capitalised token is not cut in every way.
# (a given name's initials joined by a hyphen: « M. J.-P. Porcherot »)
_NAME = (
    r"(?:(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame) ?)?"
    rf"(?:[{UPPER}](?:\.(?:-[{UPPER}]\.)?|[\w'’-]*+) ?){{1,4}}"
)
# The rank before a role: « 1er », « 2e », « 3ème », « première », « second », « quatrième ».
ROLE_ORDINAL = (
    r"(?:\d{1,2}\s?(?:er|re|[eè]re|e|[eè]me)|premi(?:er|[eè]re)|second(?:e)?"
    r"|(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix)i[eè]me)\s"
)
# A role in a movement's sentence, and the name printed after it: « M. le Maire », « Mme la
# Vice-Présidente Hélène MAS », « Mme la conseillère déléguée Inès BAUD » (see _who).
_ROLE = (
    # (« Le Maire quitte la salle », « La Présidente ayant quitté la salle »: the article alone;
    # « Le président quitte la salle », the role in small letters)
    rf"(?:(?:M\.|Monsieur|Mme|Madame) l[ea]|L[ea]) (?:{ROLE_ORDINAL})?"
    r"(?:[Mm]aire|[Pp]r[ée]sidente?|Vice-Pr[ée]sidente?|(?i:vice-pr[ée]sidente?|adjointe?|maire-adjointe?"
    r"|conseill(?:er|[eè]re)(?: d[ée]l[ée]gu[ée]e?| municipale?)?))"
    rf"(?: (?:[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)* )+[{UPPER}][{UPPER}'’-]+\b)?"
)
_WHO = rf"(?P<name>{_ROLE}|{_NAME})"
_MOVES = (
    # (« Arrivée de Mme X », « Entrée en séance de M. Y »)
    (
        "arrives",
        re.compile(rf"\b(?i:(?:arriv[ée]e|retour|entr[ée]e en s[ée]ance) (?:de |d['’])){_WHO}"),
    ),
    (
        "arrives",
        re.compile(
            # (« Mme X, arrivée à 18 h 45, prend part aux votes à partir du point 3 »)
            rf"{_WHO} ?(?:, (?:arriv[ée]e?|entr[ée]e? en s[ée]ance)[^,\n()]{{0,40}},)?,? "
            r"(?:arrive|est arriv[ée]e?|rejoint|r[ée]int[èe]gre|entre en s[ée]ance"
            # (« Mme X a rejoint l'assemblée », « M. Y est revenu en séance »)
            r"|a rejoint|a r[ée]int[ée]gr[ée]|est (?:entr[ée]e?|revenue?) en s[ée]ance"
            r"|a pris (?:place|s[ée]ance|part aux (?:votes|d[ée]lib[ée]rations))"
            r"|(?:prend part|participe) (?:aux votes|au vote|aux d[ée]lib[ée]rations)"
            r"|prend place|prend s[ée]ance|regagne|revient|est de retour|reprend (?:sa )?place"
            r"|reprend (?:s[ée]ance|part|la pr[ée]sidence)|rentre|est de nouveau pr[ée]sente?"
            r"|est pr[ée]sente? (?=[àa] partir|au |d[èe]s ))\b"
        ),
    ),
    # a note in the roll call: « M. Gilles NADEAU (arrivé au point 2) »
    (
        "arrives",
        re.compile(
            rf"{_WHO} ?\((?:arriv[ée]e?|pr[ée]sente?|entr[ée]e? en s[ée]ance) "
            # (« (arrivé à 21 h 10 au point 6) »: the hour first)
            r"(?:[àa] \d{1,2} ?[hH] ?\d{0,2},? )?"
            r"(?=(?:au|[àa] partir|d[èe]s|lors|pour|avant|pendant)\b)"
        ),
    ),
    ("leaves", re.compile(rf"\b(?i:(?:d[ée]part|sortie) (?:de |d['’])){_WHO}")),
    (
        "leaves",
        re.compile(
            # « M. Guy FERRY, intéressé, quitte la salle »; two clauses (« M. Marc DOL, maire
            # de Graix, intéressé, quitte la salle »): the one leaving is still the name before
            rf"{_WHO} ?(?:(?:, [^,\n()]{{1,40}}){{1,2}}, ?|,? )"
            r"(?:quitte|a quitt[ée]|ayant quitt[ée]"
            r"|se retire|s['’]est retir[ée]e?|sort de la salle|sort\b|part\b|est sortie?s?\b"
            r"|est partie?s?\b|s['’]absente|s['’]est absent[ée]e?"
            r"|doit (?:partir|quitter|s['’]absenter)"
            r"|a d[ûu] (?:partir|quitter|s['’]absenter)|est invit[ée]e? [àa] sortir"
            # « M. X est présent jusqu'au point 2 inclus »: gone after that item's vote
            r"|(?:est |[ée]tait )?(?:pr[ée]sente?|a si[ée]g[ée]|a vot[ée])"
            r"(?= jusqu['’](?:au |[àa] )))\b"
        ),
    ),
    (
        # the proxy told first, the departure after it or in a clause: « Mme X, sortie, a donné
        # pouvoir à M. Y », « M. X, devant s'absenter, donne pouvoir à M. Y », « M. X donne
        # pouvoir à M. Y et quitte la séance »
        "leaves",
        re.compile(
            rf"{_WHO} ?(?:, (?P<clause>[^,()\n]{{1,60}}),|,)? (?:lui )?(?:donne|a donn[ée]"
            r"|donnant|laisse|a laiss[ée]|remet|a remis|remettant|confie|a confi[ée])"
            r" (?:son |sa )?(?:pouvoir|procuration|d[ée]l[ée]gation"
            r"(?: de vote)?|mandat) (?:[àa] |au profit de |en faveur de )"
            rf"(?P<holder>{_ROLE}|{_NAME})(?P<after>[^.;\n]{{0,40}})"
        ),
    ),
    # the item told first: « À partir du point 7, Mme X est présente », « Dès le point 3, M. Y
    # rejoint la séance »
    (
        "arrives",
        re.compile(
            r"(?i:[àa] partir du|d[èe]s le|[àa] compter du) (?i:point|dossier|rapport)"
            rf" (?:n ?[°º] ?)?[\w./-]{{1,20}},? {_WHO},? (?:est pr[ée]sente?|arrive|rejoint"
            r"|entre en s[ée]ance|prend part|participe|si[èe]ge)\b"
        ),
    ),
    (
        "abstains_from_vote",
        re.compile(
            # « Mme X (intéressée) ne prend pas part au vote », « Mme X, présidente de
            # l'association, ne prend pas part au vote »
            # « Mme X, intéressé(e), ne prend pas part au vote »
            rf"{_WHO} ?(?:\([^)\n]{{0,40}}\) ?|(?:, [^,\n]{{1,60}}){{1,2}}, ?|,? )"
            r"(?:(?:ne prend pas|ne participe pas|n['’]a pas pris|ne prennent pas"
            r"|ne participent pas|n['’]ont pas pris"
            # in the vote's own clause: « adopté à l'unanimité, M. X ne prenant pas part au vote »
            r"|ne prenant pas|ne participant pas|n['’]ayant pas pris)"
            r" (?:part )?(?:au|part au) vote"
            # « ne prend part ni au débat ni au vote », « s'abstient de prendre part au vote »
            r"|ne (?:prend|prennent|participe|participent) (?:part )?ni (?:au|aux) [a-zé]{2,12}"
            r" ni au vote|s['’]abst(?:ient|iennent) de (?:prendre part|participer) au vote)"
        ),
    ),
)
# A word each pattern of _MOVES needs (in the same order), looked for in the line in lower case
# first: each pattern opens on a name, tried at every capital of the line.
_MOVES_NEED: tuple[tuple[str, ...], ...] = (
    ("arriv", "retour", "entrée en", "entree en"),
    ("arriv", "rejoint", "ntègre", "ntegre", "entre", "prend", "regagne", "revient", "retour",
     "sent"),
    ("(",),
    ("part", "sortie"),
    ("quitt", "retir", "sort", "part", "absent", "jusqu"),
    ("donn", "laiss", "remet", "remis", "confi"),
    ("partir du", "dès le", "des le", "compter du"),
    ("pas", "ni au", "abstien"),
)  # fmt: skip
_NOT_VOTING_LIST = re.compile(
    r"(?:ne (?:prend|prennent) pas part au vote|ne participe(?:nt)? pas au vote"
    r"|non[- ]participation au vote) ?:? ?"
    # « Ne prend pas part au vote : 1 (M. X) »: the figure, then the names in brackets
    r"(?:\d{1,3} ?\(?)?"
    rf"(?P<list>(?:M\.|MM\.|Mme|Monsieur|Madame|[{UPPER}]).{{2,200}})$",
    re.IGNORECASE,
)
# The item a movement names, from whose vote it counts: « avant le vote du point 5 », « à partir
# du point 4 », « au cours du point 3 », « au point 4 » (never « après le vote du point 5 »:
# that one counts where it is printed).
_POINT = re.compile(
    r"(?:(?:avant|pendant|pour|[àa] partir|au cours|lors|d[èe]s|[àa] compter) (?:le vote |l['’]"
    r"examen |de l['’]examen |de la pr[ée]sentation )?(?:du |de |le |de la )?|\bau |\()"
    r"(?:point|dossier|rapport|la d[ée]lib[ée]ration|question) (?:n ?[°º] ?)?"
    r"(?P<item>[\w./-]{1,20})"
    # « quitte la séance après le point n° 2 », « à l'issue du vote du point 2 »: from the
    # item after it
    r"|(?:apr[èe]s|[àa] l['’]issue|au terme|jusqu['’](?=au |[àa] ))"
    r" ?(?:le vote |l['’]examen |de l['’]examen |du vote )?"
    r"(?:du |de |d['’]|le |de la |la |l['’]|au |[àa] la )?(?:point|dossier|rapport"
    r"|la d[ée]lib[ée]ration|d[ée]lib[ée]ration|question) (?:n ?[°º] ?)?(?P<after>[\w./-]{1,20})",
    re.IGNORECASE,
)


def _point_named(match: re.Match[str] | None) -> tuple[str | None, bool]:
    """The item a movement names, and whether it takes effect after that item's vote."""
    if match is None:
        return None, False
    if match.group("after"):
        return match.group("after").rstrip("."), True
    return match.group("item").rstrip("."), False


_POINT_WORDS = ("point", "dossier", "rapport", "lib", "question")
# Letters an IGNORECASE pattern takes for « i », « s » that lower case does not turn into them:
# a line holding one runs every pattern.
_CASE_TRAPS = ("ı", "\u0307", "ſ")
# A word every movement's sentence holds: most lines are let through on this alone. Found by
# `str.find`, one scan per word at C speed (an alternation is tried at every position).
_MOVE_HINTS = (
    "arriv",
    "quitt",
    "rejoint",
    "sort",
    "retir",
    "intègre",
    "integre",
    "entre ",
    "entrée en",
    "part au vote",
    "participe",
    "pris part",
    "départ",
    "depart",
    "s'absent",
    "s’absent",
    "retour",
    "regagne",
    "revient",
    "reprend",
    "rentre",
    "nouveau",
    "présent",
    "part ",
    # « Mme X est partie avant le vote du point 4 », « M. Y doit partir au point 5 »
    "parti",
    # (a withdrawal wrapped at a fixed width: « M. X ne prend » / « pas part au vote. »)
    "ne prend",
    "ne prennent",
    "ne particip",
)  # on lower case
# A withdrawal from the vote cut at the line's end (« M. X ne prend pas » / « part au vote »,
# « Ne prennent pas part » / « au vote : M. X »): the line and the next are read as one.
_CUT_WITHDRAWAL = re.compile(
    r"\b(?i:ne|n['’](?:a|ont))(?: (?i:prend|prennent|participe|participent|pas|pris|part|au)){0,4}"
    r"$"
)
_WITHDRAWAL_GOES_ON = re.compile(
    r"^(?:prend|prennent|participe|participent|pas|pris|part|au|vote)\b"
)
_LIST_SPLIT = re.compile(r", | et |; ")
# The vote printed after the names withdrawn from it, on their line: no name's.
_VOTE_AFTER_LIST = re.compile(
    r"\s(?:R[ée]sultats? du (?:vote|scrutin)|Adopt[ée]|ADOPT[ÉE]|Rejet[ée]|(?:Pour|Votes?) ?:)"
)
_A_GROUP = re.compile(
    r"(?i:(?:le |les )?(?:groupes?|liste|[ée]lus|opposition|majorit|non[- ]inscrit))"
)
# « M. le Maire », « Madame la Présidente », « MONSIEUR LE MAIRE »; never « Mme Le Gall », a
# surname with its particle.
_ROLE_NOUN = (
    r"(?i:maire|pr[ée]sident|vice|adjoint|premi|rapporteu|conseill|d[ée]l[ée]gu|secr[ée]taire"
    # an ordinal before the role: « M. le 1er adjoint », « Mme la 2e Vice-Présidente »
    rf"|doyen|directeu|{ROLE_ORDINAL})"
)
_ROLE_WORDS = re.compile(
    rf"^(?:(?i:M\.|Monsieur|Mme|Madame) (?:l[ea] (?=[{LOWER}])|(?i:l[ea]) (?={_ROLE_NOUN}))"
    # the article alone opening a sentence, the role in lower case after its initial: « La
    # Présidente quitte la salle » (never « LE MAIRE Bruno », a surname in capitals)
    rf"|L[ea] (?={_ROLE_NOUN})(?![{UPPER}]{{2}}))"
)


def _person(text: str) -> Person | None:
    text = re.sub(r"\([^)]*\)", "", text).strip(" ,.;:()")
    if not text or len(text) > 60:
        return None
    person = parse_person(text)
    return person if person.last_name and person.last_name[0].isupper() else None


def _who(name: str) -> Person | None:
    """The person a movement names: a role (« M. le Maire ») stands for the chair."""
    name = name.strip()
    # « Mme la Vice-Présidente Hélène MAS quitte … » (read from its role's word on): the person
    if (named := name_after_role(name) or name_after_role(f"la {name}")) is not None:
        person = _person(named[0])
    elif role_word(name):
        person = Person(last_name="", first_name="chair")
    else:
        person = _person(name)
    if person is None or person.last_name.lower() in ("il", "elle", "le", "la"):
        return None
    return person


# Words telling that a member leaves (on the clause or the words after a proxy's holder).
_LEAVING = re.compile(
    r"\b(?:quitt\w*|sort(?:ie?s?|ir)?|parti?(?:e|es|s|r)?|s['’]absent\w*|se retir\w*"
    r"|d[ée]part)\b",
    re.IGNORECASE,
)
# The proxy the leaver gives, after the departure, in the same sentence or the next one about
# them: « quitte la séance et donne pouvoir à Mme Y », « Départ de M. X (pouvoir à M. Y) »,
# « M. X quitte la séance. Il donne pouvoir à M. Y ».
_PROXY_AFTER = re.compile(
    # (« Départ de M. X après le vote du point 3 ; il donne pouvoir à M. Y »: told by a pronoun)
    r"(?P<gap>[^;\n]{0,80}?(?:;\s(?:il|elle)\s[^;\n]{0,30}?)?)"
    r"\b(?:pouvoirs?|procurations?|d[ée]l[ée]gation(?: de vote)?|mandat)"
    rf" (?:est donn[ée]e? |donn[ée]e? )?(?:[àa] |au profit de |en faveur de )(?P<holder>{_ROLE}"
    rf"|{_NAME})"
)
_SOMEONE_ELSE = re.compile(r"(?:\bM\.|\bMM\.|\bMmes?\b|\bMonsieur\b|\bMadame\b|\. (?!Il |Elle ))")


# « Madame le Maire quitte la salle pour le vote », « se retire le temps du vote »: out of the
# room for this vote only (the mayor's own accounts, a member's interest).
_FOR_THIS_VOTE = re.compile(
    r"[^.;\n]{0,30}?\b(?:pour (?:le|ce) vote|le temps (?:du|de ce) vote|pendant (?:le|ce) vote"
    r"|durant (?:le|ce) vote|lors (?:du|de ce) vote|au moment (?:du|de ce) vote"
    # « quitte la salle pour le point 3 », « le temps de ce point », « pendant l'examen du
    # point 3 »: that item only
    r"|(?:pour|pendant|durant) (?:l['’]examen (?:du|de ce) |le |ce )point"
    r"|le temps (?:du|de ce|de l['’]examen (?:du|de ce)) point"
    # « se retire et ne prend pas part au vote »: withdrawn from this vote
    r"|(?P<withdrawn>(?:et|,) (?:ne (?:prend|participe) pas (?:part )?|n['’]a pas (?:pris part"
    r"|particip[ée]) )(?:au|à ce) vote"
    # « sort de la salle et ne prend part ni au débat ni au vote »
    r"|(?:et|,) ne (?:prend|participe) (?:part )?ni (?:au|aux) [a-zé]{2,12} ni (?:au|à ce) vote)"
    r")(?! d)",
    re.IGNORECASE,
)


# « … sort de la salle pour le vote de la délibération n° 12 et revient ensuite », « quitte la
# séance au point 4 puis la regagne au point 5 »: back in the same sentence, out for one vote.
_BACK_AFTER = re.compile(
    r"[^.;\n]{0,100}?\b(?:et|puis|avant de)\s(?:(?:la|y)\s)?(?:revien[ts]|revenir|regagne"
    r"|r[ée]int[èe]gre|reprend\s(?:sa\s)?place|rejoint|est\sde\sretour)",
    re.IGNORECASE,
)
_VOTED_AFTER = re.compile(r"adopt|approuv|unanimit|rejet", re.IGNORECASE)
_INTERESTED = re.compile(r"\bint[ée]ress[ée]", re.IGNORECASE)


def _holder_after(line: str, at: int) -> Person | None:
    """Who holds the vote of a member leaving, when the departure's sentence names them."""
    match = _PROXY_AFTER.match(line, at)
    if match is None or _SOMEONE_ELSE.search(match.group("gap")):
        return None  # another member's proxy, printed after this departure
    return _who(match.group("holder"))


_NAME_WHOLE = re.compile(_NAME)


def _co_subjects(before: str) -> list[Person]:
    """The members named with the one before a plural verb: « M. X et Mme Y ne participent pas
    au vote » matched at Y, X is read here (from the nearest, each name whole, up to the first
    words that are no name)."""
    if not before.endswith((" et ", ", ")):
        return []
    people: list[Person] = []
    for part in reversed(_LIST_SPLIT.split(before)[:-1]):
        part = part.strip()
        if not _NAME_WHOLE.fullmatch(part) or (person := _who(part)) is None:
            break
        people.append(person)
    return people


def person_entry(text: str) -> bool:
    """Whether a numbered list's entry names a person (« MOREL Édith », « Mme Anne PASCAL »)."""
    return _PERSON_ENTRY.match(text) is not None


def role_word(text: str) -> bool:
    """« M. le Maire », « Madame la Présidente »: a role, not a name."""
    return _ROLE_WORDS.match(text.strip()) is not None


# A role opening an entry, before the name of who holds it: « M. le Président », « Mme la
# 1ère Vice-Présidente », « le 2e adjoint », « Madame la Maire-adjointe », « M. le Conseiller
# délégué » (what it is delegated to, or of which body, may follow: « … délégué aux finances »).
_ROLE_LEAD = re.compile(
    r"^(?:(?:M\.|Mme|Monsieur|Madame)\s)?(?:l[ea]\s|l['’])"
    rf"(?:{ROLE_ORDINAL})?"
    r"(?P<role>(?P<vice>vice[- ]?)?pr[ée]sidente?|maire(?P<deputy>[- ]adjointe?)?|adjointe?"
    r"|conseill(?:er|[eè]re)|d[ée]l[ée]gu[ée]e?|secr[ée]taire|rapporteu(?:r|se)|doyen(?:ne)?)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# A name after a role: given names in title case (or initials), a surname in capitals; or the
# surname in capitals first (« M. le Maire ROUSSEL », « Mme la Présidente ARNAUD Nicole »).
_GIVEN_WORD = re.compile(rf"[{UPPER}](?:[{LOWER}'’]+|\.)(?:-[{UPPER}](?:[{LOWER}'’]+|\.))*")
_SURNAME_WORD = re.compile(rf"(?:[DL]['’])?[{UPPER}][{UPPER}'’-]*[{UPPER}]\.?")
_NAME_PARTICLES = frozenset(
    ["de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "el", "ben"]
)
# A sentence's full stop after a word (not an initial's): the name ends before it.
_NAME_THEN_STOP = re.compile(r"(?<=[^\W\d_]{2})\.(?:\s|$)")
_CIVILITY_WORDS = frozenset(["m", "mme", "mlle", "monsieur", "madame", "mademoiselle"])


def _name_word(word: str) -> str | None:
    """« s »: a surname's word in capitals, « g »: a given name's, « p »: a particle."""
    if _SURNAME_WORD.fullmatch(word):
        return "s"
    if _GIVEN_WORD.fullmatch(word):
        return "g"
    return "p" if word.lower() in _NAME_PARTICLES else None


def _name_run(words: list[str]) -> list[str] | None:
    """The name opening `words`, up to the first word no part of it: a civility at most, then
    given names and a surname in capitals (« Jean DUPONT à 20 h »), or a surname in capitals
    and the given names that end the text (« ARNAUD Nicole »). None when none opens them."""
    at = start = 1 if words and fold(words[0]).rstrip(".") in _CIVILITY_WORDS else 0
    if at >= len(words) or _name_word(words[at]) not in ("s", "g"):
        return None
    given_first = _name_word(words[at]) == "g"
    while at < len(words) and _name_word(words[at]) == "g":
        at += 1
    surnames = 0
    while at < len(words) and _name_word(words[at]) in ("s", "p"):
        surnames += _name_word(words[at]) == "s"
        at += 1
    if not surnames:
        return None
    if not given_first:
        rest = at
        while rest < len(words) and _name_word(words[rest]) == "g":
            rest += 1
        if rest == len(words) or words[rest] == ",":
            at = rest
    while at > start and _name_word(words[at - 1]) == "p":
        at -= 1  # « Jean DUPONT Le quorum … »: the next sentence's article
    return words[:at] if at - start <= 6 else None


def name_after_role(text: str) -> tuple[str, bool] | None:
    """The name printed after the role that opens `text`, and whether that role is the chair's
    (a maire, a président(e), not their deputies): « M. le Président Jean-Luc MARTIN » →
    (« Jean-Luc MARTIN », True), « Monsieur le Vice-Président délégué aux finances, M. Paul
    ROUX » → (« M. Paul ROUX », False). None when no role opens it, or no name follows it
    (« M. le Maire », « Mme la Présidente du Département »)."""
    text = _NAME_THEN_STOP.split(text.strip(), maxsplit=1)[0]
    if (lead := _ROLE_LEAD.match(text)) is None:
        return None
    chair = lead.group("vice") is None and lead.group("deputy") is None
    chair = chair and fold(lead.group("role")).startswith(("maire", "president"))
    words = text[lead.end() :].replace(",", " , ").split()
    for index in range(len(words)):
        before = words[index - 1] if index else ""
        if before != "," and fold(before) in ("de", "du", "des", "d'", "d’", "la", "l'", "l’"):
            continue  # « le Maire de SAINT-PAUL »: the place, not a name
        if (run := _name_run(words[index:])) is not None:
            return " ".join(run), chair
    return None


# _MOVE_HINTS without the hints that hold a shorter one (« participe » holds « parti »): a line
# holding one holds the other, and each hint is a scan of the text.
_MOVE_HINTS_SHORTEST = tuple(
    h for h in _MOVE_HINTS if not any(o != h and o in h for o in _MOVE_HINTS)
)
# The hints of one family share a root, looked for once (« part » for « départ », « depart »,
# « pris part », « part », « parti »): each scan of the text costs as much whatever it finds,
# and a root found is one of its hints only where that hint is printed around it.
_MOVE_ROOTS = ("absent", "part", "pren", "gre", "entr")
_MOVE_SCANS: dict[str, list[tuple[str, int]]] = {}
for _hint in _MOVE_HINTS_SHORTEST:
    _root = next((root for root in _MOVE_ROOTS if root in _hint), _hint)
    _MOVE_SCANS.setdefault(_root, []).append((_hint, _hint.find(_root)))


# The return of who just left, told by a pronoun after the departure: « M. X quitte la séance
# avant le vote du point 3 ; il regagne la séance au point 5 », « …, elle revient au point 7 ».
_BACK_BY_PRONOUN = cues.compile(
    r"[^.;\n]{0,100}?[;,.]\s(?:il|elle)\s(?:la\s|y\s)?(?:regagne|revient|r[ée]int[èe]gre|rejoint"
    r"|reprend\s(?:sa\s)?place|est\sde\sretour)\b",
    re.IGNORECASE,
)


def _back_by_pronoun(
    line: str, at: int, leaving: Movement, index: int
) -> list[tuple[int, Movement]]:
    """The return told by a pronoun right after `leaving` (its sentence ending at `at`), at
    the item it names."""
    back = _BACK_BY_PRONOUN.match(line, at)
    if back is None:
        return []
    item, after = _point_named(_POINT.search(line, back.end(), back.end() + 60))
    return [(index, Movement(leaving.person, "arrives", leaving.line, item, after_item=after))]


def find_movements(text: Text, first: int = 0) -> list[tuple[int, Movement]]:
    """Each movement printed from line `first` on, with the index of its line, in order."""
    found: list[tuple[int, Movement]] = []
    lines, numbers = text.lines, text.numbers
    # The lines holding a movement's word, found in one scan of the text per family of words.
    low = text.low
    start = text.offset_of(first)
    hits: list[int] = []
    for root, hints in _MOVE_SCANS.items():
        at = low.find(root, start)
        while at != -1:
            hits += [
                at - before
                for hint, before in hints
                if at >= before and low.startswith(hint, at - before)
            ]
            at = low.find(root, at + 1)
    if not hits:
        return found
    candidates = sorted({text.index_of(at) for at in hits})
    joined_to = -1  # the line read with the one above it
    for index in candidates:
        if index == joined_to:
            continue
        line = lines[index]
        if (
            index + 1 < len(lines)
            and _CUT_WITHDRAWAL.search(line.rstrip())
            and _WITHDRAWAL_GOES_ON.match(lines[index + 1])
        ):
            line, joined_to = f"{line.rstrip()} {lines[index + 1]}", index + 1
        elif (
            index > 0
            and _WITHDRAWAL_GOES_ON.match(line)
            and _CUT_WITHDRAWAL.search(lines[index - 1].rstrip())
        ):
            line = f"{lines[index - 1].rstrip()} {line}"
        lowered = line.lower()
        trapped = any(trap in lowered for trap in _CASE_TRAPS)
        names_point = trapped or any(word in lowered for word in _POINT_WORDS)
        point = _POINT.search(line) if names_point else None
        item, after = _point_named(point)
        for (kind, pattern), words in zip(_MOVES, _MOVES_NEED, strict=True):
            if not trapped and not any(word in lowered for word in words):
                continue
            for match in pattern.finditer(line):
                # the item named right after this movement (one line may hold several)
                near = _POINT.search(line, match.end(), match.end() + 60) if names_point else None
                if near is not None:  # read whole: the window may end inside its number
                    near = _POINT.match(line, near.start()) or near
                if near is None and index + 1 < len(lines) and len(line) - match.end() < 40:
                    # « M. X (arrivé au point / 2) »: the note runs on the next line
                    near = _POINT.search(f"{line[match.end() :]} {lines[index + 1][:40]}")
                at_item, at_after = _point_named(near) if near else (item, after)
                groups = match.groupdict()
                if "clause" in groups and not _LEAVING.search(
                    f"{groups['clause'] or ''} {groups['after']}"
                ):
                    continue  # a proxy of the roll call, nobody leaving
                person = _who(match.group("name"))
                if person is None:
                    continue
                holder = _who(groups["holder"]) if "holder" in groups else None
                if kind == "leaves" and holder is None:
                    holder = _holder_after(line, match.end())
                left = kind == "leaves"
                if left and (for_vote := _FOR_THIS_VOTE.match(line, match.end())):
                    # back for the next item, without a line saying so
                    kind = "abstains_from_vote" if for_vote["withdrawn"] else "leaves_for_vote"
                elif kind == "leaves" and _BACK_AFTER.match(line, match.end()):
                    kind = "leaves_for_vote"
                elif kind == "leaves" and _INTERESTED.search(match.group()):
                    # « M. Marc DOL, intéressé, quitte la salle »: out for this item only
                    kind = "leaves_for_vote"
                elif (
                    kind == "leaves"
                    and "retir" in match.group()
                    and _VOTED_AFTER.search(line, match.end())
                ):
                    # « Compte administratif : M. le Maire se retire ; adopté à l'unanimité »:
                    # withdrawn for the vote printed with it
                    kind = "leaves_for_vote"
                found.append(
                    (
                        index,
                        Movement(
                            person, kind, numbers[index], at_item, holder, after_item=at_after
                        ),
                    )
                )
                if kind == "leaves":
                    found += _back_by_pronoun(line, match.end(), found[-1][1], index)
                if kind == "abstains_from_vote":
                    withdrawn = [person, *_co_subjects(line[: match.start()])]
                    found += [
                        (index, Movement(other, kind, numbers[index], at_item))
                        for other in withdrawn[1:]
                    ]
                    # « M. X quitte la séance et ne prend pas part au vote »: out of the room
                    # for that vote as well, not only withdrawn from it
                    found += [
                        (index, Movement(other, "leaves_for_vote", numbers[index], at_item))
                        for other in withdrawn
                        if left
                    ]
        if (list_match := _NOT_VOTING_LIST.search(line)) and not _A_GROUP.match(
            list_match.group("list")
        ):  # (« … : 27 (Groupe Socialiste, Écologiste et Démocrate) » names a group)
            listed = list_match.group("list")
            if (vote_after := _VOTE_AFTER_LIST.search(listed)) is not None:
                listed = listed[
                    : vote_after.start()
                ]  # (« … COLAS (intéressée) Résultat du vote »)
            for part in _LIST_SPLIT.split(listed):
                if person := _person(part):
                    found.append(
                        (index, Movement(person, "abstains_from_vote", numbers[index], item))
                    )
    return found
