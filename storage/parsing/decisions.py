"""The decisions of a compte rendu sommaire, read as its items when it numbers none.

A short compte rendu lists what the council decided, one decision a line or a sentence, with
neither an act's number nor a place on the agenda: « - Approuve le compte administratif 2023 à
l'unanimité ; », « - Rejette la motion … par 2 voix pour et 5 voix contre. », « Le conseil, à
l'unanimité, approuve le compte rendu de la précédente séance. », or a title line then « Le
conseil municipal approuve à l'unanimité … ». Each decision is one deliberation: its title the
title line above it when there is one, else the decision's own words (the vote taken out), its
outcome the verb's (« approuve », « rejette », « prend acte ») unless its vote says otherwise.

Read only in a document that calls itself minutes (compte rendu, relevé, procès-verbal) and
prints no item heading; two decisions at least. Patterns are bounded and run on cleaned lines.
"""

from __future__ import annotations

import re

from storage.parsing.common import LOWER, UPPER
from storage.parsing.items import Heading
from storage.parsing.votes import DECISION_VERBS as _VERBS
from storage.parsing.votes import OUTCOME_OPENING
from storage.parsing.votes import TITLE_VERBS as _TITLE_VERBS

# « - Approuve le budget … », « • Fixe les tarifs … »: a bullet (or none), then the verb with
# its capital, then what it decides (not a colon).
# (after a bullet the verb may go on the sentence of the line above in lower case: « Le conseil
# municipal, réuni sous la présidence de … : » / « - approuve le compte administratif … ; »)
_BULLETED = re.compile(
    rf"(?:^|(?<=[.;:] ))(?:[-–—•*] ?(?=[A-Za-zÀ-ÿŒœ])|(?=[{UPPER}]))"
    rf"(?P<verb>(?i:{_VERBS}))\b(?! ?:)"
)
# « Le conseil, à l'unanimité, approuve … », « Après en avoir délibéré, le conseil municipal,
# par 4 voix pour et 1 abstention, fixe … », « À l'unanimité, le conseil autorise … ».
_SENTENCE = re.compile(
    # at a sentence's start, or glued after a title in a flattened text (« … salle Le conseil »)
    r"(?:(?:^|(?<=[.;:] ))(?P<lead>(?:(?i:apr[èe]s en avoir d[ée]lib[ée]r[ée]),? )?"
    rf"(?:(?i:[àa] l['’]unanimit[ée]),? )?)(?i:l[ea] )|(?<=[{LOWER}0-9»)] )L[ea] )"
    r"(?i:conseil|bureau|comit[ée]|commission|assembl[ée]e)"
    r"(?: (?i:municipal|communautaire|syndical|m[ée]tropolitain|d[ée]partemental|r[ée]gional"
    r"|permanente|d['’]administration))?"
    # what stands between the body and its verb: the vote, « après en avoir délibéré »
    r"(?P<between>,[^.;\n]{1,120}?,"
    r"| (?i:[àa] l['’]unanimit[ée]|apr[èe]s en avoir d[ée]lib[ée]r[ée]))?"
    rf" (?P<verb>(?i:{_VERBS}))\b"
)
# The vote said in a decision: taken out of its title, read as the item's vote.
_VOTE = re.compile(
    r",? ?\((?:[^()]{0,80}\d[^()]{0,80}|(?i:[àa] l['’])?(?i:unanimit[ée])[^()]{0,40})\)"
    r"|,? (?i:[àa] l['’]unanimit[ée])(?: (?i:des|moins) [^,;.()]{1,40})?"
    r"|,? (?i:[àa] la majorit[ée])(?: (?i:absolue|des suffrages exprim[ée]s|des pr[ée]sents))?"
    r"(?: ?\([^()]{1,120}\))?"
    # (the names in brackets go with it: « par 9 voix pour, 1 contre (M. X) et 1 abstention »)
    r"|,? (?i:par )?\d{1,3} (?i:voix|pour\b|contre\b)(?:[^.;()]|\([^()]{0,120}\)){0,160}"
)
# A bulleted entry naming the item then its vote after a colon or a spaced dash: « - Vote des
# taux 2024 : adopté par 5 voix pour et 1 abstention », « • Motion … : rejetée par 2 voix
# pour … », « • Tarifs de l'eau – adopté (2 contre) », « - Vente … : accord à l'unanimité »;
# in a flattened text the entries run on, each after its bullet. (The title is the shortest
# that a vote's words follow: « Budget – budget annexe – adopté » keeps its own dash.)
_VOTED_ENTRY = re.compile(
    # (never a decision's verb after the dash: « - Approuve le budget ; - Adopte les tarifs »
    # are two decisions, each its own entry)
    rf"(?:^|(?<=[.;:] )|(?<=[{LOWER}{UPPER}0-9)] ))[-–—•*▪] (?P<title>[{UPPER}]"
    # (nor across an entry's end: « … 2024 à l'unanimité. - Prend acte … »)
    r"(?:(?![.)] [-–—•*▪] )[^:;\n]){2,200}?)"
    # (or an arrow, or the vote in brackets: « - Tarifs → adopté », « - Tarifs (adopté) »)
    r"(?: ?: ?| [-–—] (?!(?i:adopte|approuve|rejette|accorde)\b)| ?[→⇒] | => "
    rf"| (?P<bracket>\()(?=[^()\n]*\)[.;]?(?:$| [-–—•*▪] | [{UPPER}])))"
    rf"(?P<vote>{OUTCOME_OPENING}[^\n]*?)(?=$| [-–—•*▪] [{UPPER}])"
)
_OUTCOME_LINE = re.compile(OUTCOME_OPENING)
# The same entry without its bullet, one a line: « Vente d'une parcelle : accord à l'unanimité. »
# (or without a colon, its outcome's capital parting them, as a page's paragraph prints its
# outcome in italics: « Location du logement communal Adopté à l'unanimité »)
_PLAIN_ENTRY = re.compile(
    rf"^(?P<title>[{UPPER}][^:;\n]{{2,200}}?)(?:(?: ?: ?| ?[→⇒] | => )"
    rf"(?P<vote>{OUTCOME_OPENING}[^\n]*)"
    r"| (?P<capital>(?:Adopt[ée]|Approuv[ée]|Rejet[ée]|Avis (?:favorable|d[ée]favorable)\b"
    r"|Pris acte\b|[ÀA] l['’]unanimit|ADOPT[ÉE]|APPROUV[ÉE]|REJET[ÉE])[^\n]*))$"
)


def _plain_title(title: str) -> bool:
    """An item's title before its vote, not a block's cue nor a sentence (« Présents : »,
    « Le conseil municipal : adopte … »), nor a vote's own label (« Vote : adopté »)."""
    return (
        " " in title.strip()
        and _NOT_A_TITLE.match(title) is None
        and _SENTENCE_END.search(title) is None
    )


_REJECTING = re.compile(r"^(?i:rejette|refuse\b|n['’]approuve pas)")
_NOTING = re.compile(r"^(?i:prend acte|donne acte|prend connaissance)")
# A title line above a decision: a short line, its capital first, no sentence's end.
_TITLE_ABOVE = re.compile(rf"^[{UPPER}0-9«\"][^\n]{{2,150}}$")
# A block's cue or a sentence is no title: « Présents : … », « La séance est ouverte … ».
_NOT_A_TITLE = re.compile(
    r"^(?:pr[ée]sents?|absents?|excus|pouvoirs?|procurations?|secr[ée]taire|[ée]tai(?:en)?t"
    r"|ordre du jour|s[ée]ance|l[ea] |les |l['’]|vu |consid[ée]rant|apr[èe]s|il |elle |m\. |mme "
    r"|monsieur|madame|compte[- ]rendu|proc[èe]s|relev[ée]|commune|ville|mairie|conseil"
    r"|communaut|d[ée]partement|r[ée]gion|syndicat)",
    re.IGNORECASE,
)
# (« Liste des délibérations », « Liste des décisions »: a relevé by another name)
_MINUTES_WORDS = (
    "compte rendu",
    "compte-rendu",
    "relevé",
    "releve",
    "procès-verbal",
    "sommaire",
    "liste des délibérations",
    "liste des deliberations",
    "liste des décisions",
)
# A sentence's end inside a decision's line: what follows is no part of it (« … presbytère.
# Questions diverses : … »); not a civility's full stop (« M. le Maire »).
_SENTENCE_END = re.compile(rf"(?<!\bM)(?<!\bMM)(?<!\bMme)\. (?=[{UPPER}])")


def _voted_entries(line: str) -> list[re.Match[str]]:
    """The line's bulleted entries, each its title then its vote; never a decision whose vote
    is bracketed after it (« - Approuve la décision modificative (unanimité) »: read by its
    verb, see _decisions_in)."""
    return [
        entry
        for entry in _VOTED_ENTRY.finditer(line)
        if not entry["bracket"]
        or (verb := _BULLETED.match(entry["title"])) is None
        or verb["verb"].lower() in _TITLE_VERBS
    ]


def _outcome_word(decision: str) -> str:
    """How the decision's verb says the outcome (its vote, when printed, may say otherwise)."""
    if _REJECTING.match(decision):
        return "rejeté"
    if _NOTING.match(decision):
        return "prend acte"
    return "adopté"


def _title_and_vote(decision: str) -> tuple[str, str]:
    votes = [m.group(0).strip(" ,()") for m in _VOTE.finditer(decision)]
    title = _VOTE.sub("", decision)
    title = " ".join(title.split()).strip(" ,;.:-–—")
    verb, comma, rest = title.partition(", ")
    if comma and " " not in verb:  # « décide, à l'unanimité, de fixer » less its vote
        title = f"{verb} {rest}"
    vote = " ; ".join(v.removeprefix("par ") for v in votes)
    return title, vote


def _decisions_in(line: str) -> list[tuple[int, int, bool]]:
    """(start, where its verb starts, whether the council's name leads it) of each decision
    said in the line."""
    found: list[tuple[int, int, bool]] = []
    for match in _BULLETED.finditer(line):
        if match.group("verb").lower() in _TITLE_VERBS:
            continue
        found.append((match.start(), match.start("verb"), False))
    for match in _SENTENCE.finditer(line):
        if not any(start <= match.start() < verb_at for start, verb_at, _ in found):
            found.append((match.start(), match.start("verb"), True))
    found.sort()
    return found


def decision_items(lines: list[str], low: str) -> tuple[list[Heading], int]:
    """The decisions of a compte rendu that prints no item heading, each an item (see the
    module's docstring), and where the first starts in its line (a flattened text prints the
    heading's last words before it: « sous la présidence de Mme X, Maire : - Approuve … »);
    [] when the document is no such compte rendu."""
    if not any(word in low for word in _MINUTES_WORDS) or "registre des d" in low:
        return [], 0
    first_column = 0
    headings: list[Heading] = []
    previous_end = -1  # the line of the last decision
    # a title glued after the last decision's sentence (« … n° 2. Tarifs de la salle »), by line
    glued: tuple[str, int] | None = None
    for index, line in enumerate(lines):
        if not line or (line[0] not in "-–—•*" and not any(c.isalpha() for c in line[:3])):
            continue
        if line[0] in "-–—•*" or " - " in line:
            entries = _voted_entries(line)
            if not entries and line[0] in "-–—•*▪" and index + 1 < len(lines):
                # « - Tarifs de l'eau » over « Adopté par 12 voix pour »: the entry's title,
                # its vote on the next line (a list's entry with a break in it)
                entries = _voted_entries(f"{line} : {lines[index + 1]}")
                if len(entries) != 1 or not _OUTCOME_LINE.match(lines[index + 1]):
                    entries = []
            for entry in entries:
                if not headings:
                    first_column = entry.start()
                rest = f"{entry['title'].strip()} – {entry['vote'].strip(' ;.')}"
                headings.append(Heading(index, None, None, rest, title_above=True))
            if entries:
                previous_end = index
                continue
        if (plain := _PLAIN_ENTRY.match(line)) and _plain_title(plain["title"]):
            # « Tarifs de l'eau 2026 : adopté (2 contre). »: a line naming the item, then its
            # vote, without a bullet
            if not headings:
                first_column = 0
            vote = plain["vote"] or plain["capital"]
            rest = f"{plain['title'].strip()} – {vote.strip(' ;.')}"
            headings.append(Heading(index, None, None, rest, title_above=True))
            previous_end = index
            continue
        found = _decisions_in(line)
        for place, (start, verb_at, sentence) in enumerate(found):
            end = found[place + 1][0] if place + 1 < len(found) else len(line)
            words = line[verb_at:end]
            lead = line[start:verb_at]
            if place + 1 == len(found):
                words = _with_wrapped(words, lines, index)
            tail = ""
            if stop := _SENTENCE_END.search(words):
                words, tail = words[: stop.start() + 1], words[stop.end() :]
            title, vote = _title_and_vote(words)
            title_at = index
            above = None
            if sentence:
                above = _title_before(line[:start], lines, index, previous_end)
                if above is None and place == 0 and glued is not None and glued[1] == index - 1:
                    above = glued
            if above is not None:
                title, title_at = above
            glued = (tail.strip(" -–—"), index) if tail and _is_title(tail) else None
            if sum(c.isalpha() for c in title) < 3:
                continue
            title = title[0].upper() + title[1:]
            _, vote_in_lead = _title_and_vote(lead)
            outcome = _outcome_word(words)
            rest = f"{title} – {outcome} {' ; '.join(v for v in (vote_in_lead, vote) if v)}"
            if not headings:
                first_column = start if title_at == index else 0
            headings.append(Heading(title_at, None, None, rest.strip(), title_above=True))
        if found:
            previous_end = index
    return (headings, first_column) if len(headings) >= 2 else ([], 0)


def _with_wrapped(words: str, lines: list[str], index: int) -> str:
    """The decision with the lines it goes on over (« … avec l'association des » / « parents
    d'élèves (unanimité). »), up to three."""
    for line in lines[index + 1 : index + 4]:
        if not line or words.rstrip()[-1:] in ".;" or _decisions_in(line):
            break
        if not (line[0].islower() or line[0] in "(«" or words.rstrip()[-1:] == ","):
            break
        words = f"{words} {line}"
    return words


def _title_before(
    before: str, lines: list[str], index: int, previous_end: int
) -> tuple[str, int] | None:
    """The title printed before a decision: the words before it on its line (a flattened
    text: « … BARRAL. Tarifs de la salle Le conseil municipal fixe … »), else the first line of
    its paragraph when that line is a title (no sentence's end, no block's cue)."""
    before = before.strip()
    if before:
        cut = max(before.rfind(". "), before.rfind("; "))
        candidate = before[cut + 2 :] if cut >= 0 else before
        if _is_title(candidate):
            return candidate.strip(" -–—"), index
        return None
    first = index
    while first - 1 > previous_end and lines[first - 1] and index - first < 6:
        first -= 1
    if first == index or (first - 1 > previous_end and lines[first - 1]):
        return None
    candidate = lines[first]
    return (candidate.strip(" -–—"), first) if _is_title(candidate) else None


def _is_title(candidate: str) -> bool:
    candidate = candidate.strip(" -–—")
    return (
        _TITLE_ABOVE.match(candidate) is not None
        and candidate[-1:] not in ".;:,"
        and _NOT_A_TITLE.match(candidate) is None
        and not _decisions_in(candidate)
        and _VOTE.search(candidate) is None
    )
