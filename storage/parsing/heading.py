"""What a document's heading says: the sitting's date, the convocation's, the body, the council.

The sitting's date is read from the heading or the opening formula only (« Conseil Municipal
du 06/03/2025 », « L'an deux mille vingt-trois, le seize février »), never from the dates the
text mentions about other acts: « approbation du procès-verbal de la séance du 27 janvier »,
« délibération du 4 juin 2020 », « Date d'affichage », « Reçu en préfecture ». Dates are read by
the project's one French date reader (storage.french). Each reader returns the value and the
offset it was read at, so the caller can keep the evidence.
"""

from __future__ import annotations

import re
from datetime import date

from storage import cues
from storage.documents import CouncilRecord
from storage.french import MONTH_PATTERN, find_dates
from storage.names import fold
from storage.parsing.common import LOWER, UPPER, _lower, search_near

# -- the sitting's date ----------------------------------------------------------------------

# Words that make a line a heading of the sitting, or the opening formula.
_SITTING_CONTEXT = re.compile(
    r"s[ée]ance|r[ée]union|r[ée]uni[es]*\b|conseil|bureau|comit[ée]|commission|assembl[ée]e"
    r"|compte[ -]rendu|proc[èe]s[ -]verbal|extrait|relev[ée]|l['’]an\b|session"
    # « CR du CM du 13/03/25 », « PV du CC du … »: the minutes and the body in initials
    r"|\b(?:cr|pv|cm|cc)\b"
)
# What, before a date on its line, says the date is another act's or a stamp's.
_TRAP_BEFORE = re.compile(
    # « délibération du 4 juin 2020 », never « Délibération du Conseil municipal » (a title)
    # (« Extrait de délibération n° BCA-2025-009 du 2 juin 2025 » is the document's own)
    # (« COMPTE RENDU APPROUVÉ DU CONSEIL MUNICIPAL » / « du jeudi 23 mai 2024 »: a title's word)
    r"approb|approuv(?![ée]{0,2}s? (?:d[ue] (?:conseil|bureau|comit)|de l['’]assembl))"
    # (« EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU 21 FÉVRIER 2019 » is the register's own)
    r"|d(?<!extrait de d)(?<!registre des d)[ée]lib[ée]ration(?:s)?"
    r" (?:du (?!conseil|bureau|comit|la commission)|n)"
    # « publié le », never « séance publique du » nor a body's name above the date
    # (« EHPAD PUBLIC INTERCOMMUNAL » / « Conseil d'administration du 21 février 2025 »)
    r"|affich|publi(?!que|cs?\b)|re[çc]u|pr[ée]fecture|transmis|convo|en date du|depuis"
    r"|pr[ée]c[ée]dente"
    # (whole words: « … -VIEILLE PROCÈS-VERBAL » holds no « le procès »)
    r"|derni[èe]re|lors de|v(?<!\wv)u |date de(?! la (?:s[ée]ance|r[ée]union))|l(?<!\wl)e procès"
    r"|mise en ligne|accus"
    # (each word opens on its letter, the look-behinds after it: the engine then skips at
    # once the characters none opens on, where a word opening on a look-behind was tried at
    # every character)
)
# The opening formula printed after the act's number, in a text whose lines were lost
# (« Délibération n° 2024-087 L'an deux mille vingt-quatre, le douze mars », « DÉLIBÉRATION
# N° 14 Le quinze avril … »): the sitting's date, no other act's (« délibération n° 12 du 4
# juin 2020 »).
_OPENING_AFTER_ACT = re.compile(
    r"[^\s]{0,3}\s?[°º.]?\s?[\w./-]{1,20}[\s,.:–-]{1,4}(?:l['’]an\b|(?:le|ce)\s(?:premier|deux|trois"
    r"|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))"
)


def _opening_after_act(clause: str, trap: re.Match[str]) -> bool:
    """Whether the trap is an act's number the sitting's opening formula follows."""
    return trap.group().startswith("d") and bool(_OPENING_AFTER_ACT.match(clause, trap.end()))


# The title of the list of a sitting's acts (article L. 2121-25 of the CGCT), on lower case.
_LIST_OF_ACTS = re.compile(r"liste\s+des\s+(?:d[ée]lib[ée]rations|actes|d[ée]cisions)\b")
# A heading's field that names the sitting's date alone: « Date : 12/10/2023 », « Date de la
# séance : … ».
_DATE_FIELD = re.compile(r"date(?: de la (?:s[ée]ance|r[ée]union))?\s?:")
_TRAP_WINDOW = 70
# What may stand before the date on a heading's second line: « du », « du jeudi », « le ».
_HEADING_RUN_ON = frozenset(
    ["", "du", "le", "en date du"]
    + [
        f"{article}{day}"
        for article in ("du ", "le ", "")
        for day in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    ]
)
# How many lines of a title above its date may name the sitting (« PROCÈS-VERBAL DE LA
# RÉUNION DU CONSEIL D'ADMINISTRATION » / « DU CENTRE … DES MONTS DU LYONNAIS » / « MARDI 17
# JUIN 2025 »): the title's lines, none blank nor ended by a full stop.
_TITLE_LINES = 3
# Where a clause ends: a trap word before it is another clause's.
_CLAUSE_END = re.compile(r"[.;•]|\s-\s|\s–\s")
# What joins two dates of one list: the second is the first's kind.
_JOINER = re.compile(r" ?(?:,|et|ou|puis|ainsi que)? ?(?:du|le|des|au)? ?")


# The first day of a sitting held over two days, before the second's date (« des 17 et 18 »,
# « du 3 au 4 »).
_FIRST_DAY = re.compile(r"\b(?:des|les|du) (\d{1,2})(?:er)? ?(?:et|au|&|-|–) ?$")


def sitting_date(
    low: str, end: int, impossible: list[str] | None = None
) -> tuple[date, int] | None:
    """The sitting's date and its offset, from the heading lines before `end`.

    `low` is the cleaned text in lower case. The first date whose line names the sitting (a
    heading, the opening formula) and that no trap word precedes is the sitting's. When that
    date does not exist (« 31 février 2024 », « 04 juillet 20245 »), None, and the date as
    printed is added to `impossible`: reading on took another act's date for the sitting's.
    """
    line_start = 0
    previous = ""
    title: list[str] = []  # the title's lines above this one, nearest last
    while line_start < end:
        line_end = low.find("\n", line_start, end)
        if line_end == -1:
            line_end = end
        line = low[line_start:line_end]
        read = line
        if "l'an" in line or "l’an" in line:
            # the opening formula wrapped (« L'an deux mille » / « vingt-quatre, le trois juin
            # … »): read on with its next lines, each break a space (the offsets kept)
            read = low[line_start : _lines_end(low, line_end, end, _FORMULA_LINES)]
            read = read.replace("\n", " ")
        elif line[-1:].isalnum() and (cut := _DATE_CUT.search(line[-40:])) is not None:
            # the heading's date wrapped (« … DU CONSEIL COMMUNAUTAIRE DU 3 » / « OCTOBRE
            # 2024 », « … DU 3 OCTOBRE » / « 2024 »): read on with the next line
            goes_on = _MONTH_START if cut.group("month") is None else _YEAR_START
            if goes_on.match(low, line_end + 1, end):
                read = low[line_start : _lines_end(low, line_end, end, 1)].replace("\n", " ")
        if any(map(str.isdigit, read)) or " mil" in read or "l'an" in read or "l’an" in read:
            last_end = 0  # a trap word before another date on the line is that date's
            trapped = False  # … unless this date only goes on its list (« du 3 et du 10 mai »)
            for mention in find_dates(read):
                if read is not line and mention.start >= len(line):
                    break  # a date of the lines below, read with them in their turn
                own_start, last_end = last_end, mention.end
                if trapped and _JOINER.fullmatch(line[own_start : mention.start]):
                    continue
                trapped = False
                if mention.year is None:
                    continue
                # the line above only when its clause runs on into this one (« … de la
                # séance du » / « 27 janvier »), not when it ended on its own date or a stop
                own = line[own_start : mention.start]
                ended = (
                    own_start > 0
                    or previous.rstrip()[-1:].isdigit()
                    or previous.rstrip().endswith(".")
                )
                before = (own if ended else previous + " " + own)[-_TRAP_WINDOW:]
                # A trap word counts only in the same clause as the date.
                clause = _CLAUSE_END.split(before)[-1]
                if ("liste" in line or "liste" in previous) and _LIST_OF_ACTS.search(
                    f"{previous} {read[: mention.start]}"[-200:]
                ):
                    # « Liste des délibérations examinées … lors de sa séance du 12 mars »: the
                    # list's own sitting
                    clause = clause.replace("lors de", "")
                # (the formula's first words are the date's own: « l'an deux mille … »)
                opened = clause + read[mention.start : mention.start + 10]
                if any(not _opening_after_act(opened, t) for t in _TRAP_BEFORE.finditer(clause)):
                    trapped = True
                    continue
                # the heading's words may end the line above (« PROCÈS-VERBAL DE LA SÉANCE DU
                # COMITÉ SYNDICAL » / « DU JEUDI 7 DÉCEMBRE 2023 »)
                if (
                    not _SITTING_CONTEXT.search(read)
                    and not _DATE_FIELD.match(line)
                    and (
                        ended
                        or own.strip() not in _HEADING_RUN_ON
                        or not any(_SITTING_CONTEXT.search(above) for above in title)
                    )
                ):
                    continue
                found = mention.resolve()
                if found is not None:
                    # « Assemblée plénière des 17 et 18 octobre 2024 »: the session opened on
                    # its first day
                    if first := _FIRST_DAY.search(line, max(0, mention.start - 12), mention.start):
                        day = int(first.group(1))
                        if day < found.day:
                            return found.replace(day=day), line_start + first.start(1)
                    return found, line_start + mention.start
                if impossible is not None and mention.month is not None:
                    impossible.append(line[mention.start : mention.end])
                    return None
        if line.strip():  # a blank line under a title does not end its heading
            previous = line
            title = [*title[-(_TITLE_LINES - 1) :], line]
            if line.rstrip().endswith("."):
                title = []  # a sentence: the lines under it are no title's
        else:
            title = title[-1:]
        line_start = line_end + 1
    return None


# A page's header or footer that names the sitting (« Conseil municipal – Séance du 12/03/2025
# – page 2 », « CM du 6 mars 2025 – 2/4 »): the cleaning drops it as page furniture, so when no
# heading dates the sitting, the date it repeats on every page is the sitting's.
_PAGE_NUMBERED = re.compile(r"(?i:\bpage) ?\d{1,4}\b|\b\d{1,4} ?(?:/|sur) ?\d{1,4}[ .]*$")


def page_furniture_date(raw: str) -> tuple[date, int, str] | None:
    """The sitting's date printed only in a page's header or footer: the date, the line's
    number (1-based, in `raw`) and the line. A line is page furniture when it prints its page's
    number or comes back on another page as it is; its date is read as a heading's (traps
    and all)."""
    from storage.parsing.text import is_page_footer  # (text imports nothing from here)

    lines = raw.split("\n")
    seen: dict[str, int] = {}
    for line in lines:
        if len(line) <= 200 and any(map(str.isdigit, line)):
            key = line.strip()
            seen[key] = seen.get(key, 0) + 1
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if len(stripped) > 200 or seen.get(stripped) is None:
            continue
        if _PAGE_NUMBERED.search(stripped) is None and not (
            seen[stripped] >= 2 and is_page_footer(stripped)
        ):
            continue
        low = _lower(stripped)
        if (found := sitting_date(low, len(low))) is not None:
            return found[0], number, stripped
    return None


_MONTH_WORDS = MONTH_PATTERN
# A line ending on a date cut short after the sitting's « du » (its day, or its day and month),
# on lower case; the next line opening on what the date lacks.
_DATE_CUT = re.compile(
    rf"\b(?:du|le)\s(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)?"
    rf"(?:1er|\d{{1,2}})(?:\s(?P<month>{_MONTH_WORDS}))?\s?$"
)
_MONTH_START = re.compile(rf"[ \t]*{_MONTH_WORDS}\s(?:19|20)\d\d\b")
_YEAR_START = re.compile(r"[ \t]*(?:19|20)\d\d\b")


# How many lines an opening formula's date may be wrapped over (« L'an deux mille » /
# « vingt-quatre, le trois » / « juin à vingt heures »).
_FORMULA_LINES = 2


def _lines_end(low: str, line_end: int, end: int, more: int) -> int:
    """Where the `more` lines after the one ending at `line_end` end (not past `end`)."""
    for _ in range(more):
        if line_end >= end:
            break
        following = low.find("\n", line_end + 1, end)
        line_end = end if following == -1 else following
    return line_end


# -- the convocation's date ------------------------------------------------------------------

_CONVENED = re.compile(r"convo(?:qu[ée]e?s?|cation)")
# Where the convocation's date can no longer be: the sitting's own clause.
# (« 28.02.2024 », « le 8 sept. 2025 »: a figure's or a month's abbreviation's dot)
_CONVENED_STOP = re.compile(
    r"r[ée]uni|s['’]est|se sont|s[ée]ance|;"
    # (the full stop first, its look-behinds after it: the engine skips to the stops)
    r"|\.(?<!janv\.)(?<!f[ée]v\.)(?<!f[ée]vr\.)(?<!avr\.)(?<!juil\.)(?<!sept\.)(?<!oct\.)(?<!nov\.)"
    r"(?<!d[ée]c\.)(?!\d)"
)


# How far after its cue the convocation's date may begin, and how long a date may be
# (« le vingt-sept novembre deux mille vingt-cinq » is 45 characters).
_CONVENED_REACH = 80
_CONVENED_DATE_LENGTH = 60


def convened_on(low: str, end: int, sitting: date | None) -> tuple[date, int] | None:
    """« convoqué le 27 février », « Date de convocation : 03/12/2013 », « sur convocation en
    date du 19 mars 2021 »; a date without its year is the one before the sitting."""
    for match in _CONVENED.finditer(low, 0, end):
        # the date begins in the 80 characters after the cue, and may end past them: a date
        # in words cut there is another one (« … novembre deux mil vin| » read as 2020)
        window = low[match.end() : match.end() + _CONVENED_REACH + _CONVENED_DATE_LENGTH]
        if stop := _CONVENED_STOP.search(window):
            window = window[: stop.start()]
        for mention in find_dates(window):
            if mention.start >= _CONVENED_REACH:
                break
            found = mention.resolve(before=sitting)
            if found is not None:
                return found, match.end() + mention.start
    return None


# The deliberative assembly of a collectivité that has one only, or whose plenary session
# the document names as such: a commune's extract printing no body is its Conseil municipal,
# a région's « Assemblée plénière » its Conseil régional.
_ASSEMBLY_OF = {
    "commune": "Conseil Municipal",
    "ccas": "Conseil d'administration",
    "cias": "Conseil d'administration",
    "région": "Conseil Régional",
    "département": "Conseil Départemental",
}


def assembly_of(body: str | None, kind: str | None) -> str | None:
    """The body the council's kind makes certain, when the document leaves it unsaid."""
    if body is None and kind in ("commune", "ccas", "cias"):
        return _ASSEMBLY_OF[kind]
    if body == "Assemblée plénière" and kind in ("région", "département"):
        return _ASSEMBLY_OF[kind]
    # « Réunion du conseil du 30 juin » of a métropole, « CONSEIL MUNCIPAL » misspelt, « le
    # comité » of a syndicat: the one assembly of that kind, never a « Conseil » of no kind
    # beside the « Conseil Métropolitain » of the same council.
    if kind is not None and (body == COUNCIL_BODY or (body == "Comité" and kind == "syndicat")):
        return COUNCIL_BODY_OF_KIND.get(kind)
    # « BUREAU » alone under a communauté's, a métropole's or a syndicat's letterhead: its
    # bureau, qualified as the kind printed says (never when the kind is not printed)
    if body == "Bureau" and kind is not None:
        return _BUREAU_OF.get("communauté" if kind.startswith("communauté") else kind)
    return None


_BUREAU_OF = {
    "communauté": "Bureau Communautaire",
    "métropole": "Bureau Métropolitain",
    "syndicat": "Bureau Syndical",
}


# -- the body a document never names in its heading -------------------------------------------

# The members' own name says their assembly: « les conseillers municipaux présents »,
# « délégués communautaires ».
_MEMBERS_OF = re.compile(
    r"\b(?:conseill[eè]re?s?|d[ée]l[ée]gu[ée]e?s?)\s(municipa(?:l|ux|les?)|communautaires?"
    r"|m[ée]tropolitaine?s?|d[ée]partementa(?:l|ux|les?)|r[ée]giona(?:l|ux|les?))\b"
)
_MEMBERS_BODY = {
    "municipa": "Conseil Municipal",
    "communau": "Conseil Communautaire",
    "metropol": "Conseil Métropolitain",
    "departem": "Conseil Départemental",
    "regional": "Conseil Régional",
}
# A mayor chairs or signs: the sitting is the Conseil municipal's (« M. X, Maire », « Le Maire
# ouvre la séance », « Le Maire, » over the signature); a « Président » says nothing of the kind.
_MAYOR = re.compile(r"\b(?:le|la|madame|monsieur|mme|m\.)\s(?:l[ea]\s)?maire\b|,\smaire\b")


def inferred_body(low: str, kind: str | None) -> tuple[str, int, str] | None:
    """The body of a document whose heading names none, as (name, offset, what said it): its
    assembly named in the text (« le comité syndical peut valablement délibérer », « les
    conseillers municipaux »), else the one assembly of the council's kind, else a mayor in the
    chair. None when nothing in the document says it."""
    for match in _BODY.finditer(low):
        if match.group(2) is None or fold(match.group(1)) not in ("conseil", "comite"):
            continue  # a qualified assembly only: « Conseil » alone, a « Bureau » named in passing
        first = _BODY_NAMES.get(fold(match.group(1)), match.group(1).title())
        second = _BODY_NAMES.get(fold(match.group(2)), match.group(2).title())
        named = f"{first} {second}"
        if (
            kind is None
            or _KIND_OF_BODY.get(fold(second)) in (kind, None)
            or (kind.startswith("communauté") and fold(second) == "communautaire")
        ):
            return named, match.start(), "text"
    if (members := _MEMBERS_OF.search(low)) is not None:
        return _MEMBERS_BODY[fold(members.group(1))[:8]], members.start(), "text"
    if kind is not None and (assembly := COUNCIL_BODY_OF_KIND.get(kind)) is not None:
        return assembly, -1, "kind"
    if (mayor := _MAYOR.search(low)) is not None:
        return "Conseil Municipal", mayor.start(), "mayor"
    return None


# -- a second convocation --------------------------------------------------------------------

# « Séance du 18 mars (seconde convocation) », « le quorum n'ayant pas été atteint le 11 mars,
# le conseil a été convoqué à nouveau … sans condition de quorum » (L2121-17 al. 2).
# A sitting that failed says what will follow (« une nouvelle convocation sera adressée »):
# only a past convening again, or the second convocation named, makes this sitting the second.
_SECOND_CONVOCATION = re.compile(
    r"(?:seconde|deuxi[èe]me|2e|2[èe]me|2nde) convocation|sans condition de quorum"
    r"|(?:a|ont) [ée]t[ée] (?:(?:à|de) nouveau convoqu|convoqu[ée]e?s? (?:à|de) nouveau)"
)
# Each match holds one of these, at most 19 characters after its start (« ont été de nouveau
# convoqu… »): the pattern is tried there only.
_SECOND_CONVOCATION_CUES = ("convo", "quorum")
_SECOND_CONVOCATION_BEFORE = 19
_SECOND_CONVOCATION_OPENS = "sd2ao"  # « seconde », « deuxième », « 2e », « a été », « ont été »


def second_convocation(low: str, end: int) -> int | None:
    """Where the heading says the body sits again after a quorum failure, if it does."""
    found = search_near(
        _SECOND_CONVOCATION,
        low,
        _SECOND_CONVOCATION_CUES,
        _SECOND_CONVOCATION_BEFORE,
        end,
        opens=_SECOND_CONVOCATION_OPENS,
    )
    return found.start() if found else None


# -- the body --------------------------------------------------------------------------------

_BODY = re.compile(
    r"(bureau|conseil[ \n]d['’]administration|comit[ée] de direction|assembl[ée]e g[ée]n[ée]rale"
    r"|assembl[ée]e pl[ée]ni[èe]re"
    # a régie's board, a territoire's assembly, a hospital's board: never the « Conseil » of
    # the collectivité's kind
    r"|conseil[ \n]d['’]exploitation|conseil[ \n]de[ \n](?:territoire|surveillance)"
    # the council of a Paris, Lyon or Marseille arrondissement (or of two, in Marseille)
    r"|conseil[ \n]d['’]arrondissements?"
    r"|conseil|comit[ée]|commission permanente)"
    r"(?:[ \n](m[ée]tropolitain|communautaire|municipal|syndical|d[ée]partemental|r[ée]gional"
    r"|de la m[ée]tropole|de l['’]eurom[ée]tropole|de communaut[ée]))?\b"
)
_BODY_NAMES = {
    "bureau": "Bureau",
    "conseil": "Conseil",
    "comite": "Comité",
    "commission permanente": "Commission permanente",
    "conseil d administration": "Conseil d'administration",
    "conseil d exploitation": "Conseil d'exploitation",
    "conseil de territoire": "Conseil de territoire",
    "conseil d arrondissement": "Conseil d'arrondissement",
    "conseil d arrondissements": "Conseil d'arrondissements",
    "conseil de surveillance": "Conseil de surveillance",
    "comite de direction": "Comité de direction",
    "assemblee generale": "Assemblée générale",
    "assemblee pleniere": "Assemblée plénière",
    "metropolitain": "Métropolitain",
    "communautaire": "Communautaire",
    "municipal": "Municipal",
    "syndical": "Syndical",
    "departemental": "Départemental",
    "regional": "Régional",
    "de la metropole": "de la Métropole",
    "de l eurometropole": "de l'Eurométropole",
    "de communaute": "de Communauté",
}


def body(low: str, near: int | None, end: int) -> tuple[str, int] | None:
    """The body that sat (« Conseil Municipal », « Bureau Métropolitain »): on the date's
    line first, else the first one named before `end`."""
    match = None
    if (
        (register := search_near(_REGISTER, low, _REGISTER_CUES, 0, end)) is not None
        and (named := _BODY.match(low, register.end())) is not None
        and (named.group(2) is not None or fold(named.group(1)) != "conseil")
    ):
        # « Extrait du registre des délibérations du Bureau métropolitain »: the register
        # names the body whose acts it holds, whatever else the heading names (the council
        # that delegated to it, the collectivité's letterhead)
        first = _BODY_NAMES.get(fold(named.group(1)), named.group(1).title())
        if named.group(2) is None or fold(named.group(1)) == "commission permanente":
            return first, named.start()
        second = _BODY_NAMES.get(fold(named.group(2)), named.group(2).title())
        return f"{first} {second}", named.start()
    if near is not None:
        line_start = low.rfind("\n", 0, near) + 1
        line_end = low.find("\n", near)
        # up to the next line's start: « … les membres du Conseil » / « Municipal se sont … »
        line_end = low.find("\n", line_end + 1) if line_end != -1 else -1
        match = _BODY.search(low, line_start, line_end if line_end != -1 else len(low))
    match = match or _BODY.search(low, 0, end)
    if match is None:
        return None
    first = _BODY_NAMES.get(fold(match.group(1)), match.group(1).title())
    if first == "Conseil" and match.group(2) is None and near is not None:
        # a bare « Conseil » in the opening formula: the heading names it whole
        named = _BODY.search(low, 0, end)
        if named is not None and (named.group(2) is not None or fold(named.group(1)) != "conseil"):
            match = named
            first = _BODY_NAMES.get(fold(match.group(1)), match.group(1).title())
    elif match.group(2) is None and near is not None:
        # « COMPTE RENDU DU BUREAU COMMUNAUTAIRE » then « Bureau du 21 mai 2024 – … »: the
        # heading names the same body whole
        named = _BODY.search(low, 0, end)
        if (
            named is not None
            and named.group(2) is not None
            and fold(named.group(1)) == fold(match.group(1))
        ):
            match = named
    if match.group(2) is None:
        return first, match.start()
    if fold(match.group(2)) in ("departemental", "regional") and (
        inner := _body_under_council(low, match, near, end)
        or _permanent_commission_before(low, match)
    ):
        return inner
    second = _BODY_NAMES.get(fold(match.group(2)), match.group(2).title())
    return f"{first} {second}", match.start()


# A register's heading, the body after it: « Extrait du registre des délibérations du Bureau
# communautaire », « … du procès-verbal des délibérations de la Commission permanente »,
# « Relevé des décisions du Bureau », « Procès-verbal de la séance du Bureau … ».
_REGISTER = cues.plain(
    r"(?:(?:registre|proc[èe]s[- ]verbal|relev[ée]|extrait|compte[- ]rendu)[ \n]des[ \n]"
    r"(?:d[ée]lib[ée]rations|d[ée]cisions|actes)"
    # « Extrait du procès-verbal de la séance du Bureau métropolitain du 16 octobre »
    r"|(?:proc[èe]s[- ]verbal|compte[- ]rendu)[ \n]de[ \n]la[ \n](?:s[ée]ance|r[ée]union))"
    r"[ \n](?:du|de la|de l['’])[ \n]"
)
# Each branch opens on one of these words (see search_near): the engine is tried only there, not
# at each letter of the heading (a thirtieth of a reading, where no register matched).
_REGISTER_CUES = ("registre", "proc", "relev", "extrait", "compte")

# The body of a département or a région that sits under its council's name: « CONSEIL
# DÉPARTEMENTAL DE LA LOIRE » then « COMMISSION PERMANENTE — Réunion du 12 mars 2024 ».
# (« délégation à la commission permanente », « délégations au bureau » in the agenda name the
# body the council delegates to, not the one sitting)
_BODY_UNDER_COUNCIL = re.compile(r"(?<!à la )(?<!a la )commission permanente|(?<!au )\bbureau\b")


def _body_under_council(
    low: str, council: re.Match[str], near: int | None, end: int
) -> tuple[str, int] | None:
    """The body named after the council's name, up to the line after the sitting's date's (or
    within a short heading when no date is near): the council names the collectivité, not the
    body."""
    if near is not None and near >= council.end():
        # up to the next line's end, as the body's own search: « Réunion du 12 mars 2024 » /
        # « La Commission permanente s'est réunie … »
        limit = low.find("\n", near)
        limit = low.find("\n", limit + 1) if limit != -1 else -1
        limit = len(low) if limit == -1 else limit
    else:
        limit = min(council.end() + 150, max(end, council.end()))
    inner = _BODY_UNDER_COUNCIL.search(low, council.end(), limit)
    if inner is None:
        return None
    return _BODY_NAMES.get(fold(inner.group()), inner.group().title()), inner.start()


# The Commission permanente named before its council: « Commission permanente du Conseil
# départemental », « COMMISSION PERMANENTE » over « Présidée par …, Présidente du Conseil
# régional ».
_PERMANENT_COMMISSION = re.compile(r"(?<!à la )(?<!a la )commission permanente")


def _permanent_commission_before(low: str, council: re.Match[str]) -> tuple[str, int] | None:
    inner = _PERMANENT_COMMISSION.search(low, 0, council.start())
    return ("Commission permanente", inner.start()) if inner is not None else None


# -- the council -----------------------------------------------------------------------------

_NAME_WORD = rf"[{UPPER}{LOWER}'’-]+"
_DAY_OR_MONTH = rf"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mois|{MONTH_PATTERN})"
# « Saint-Etienne Métropole »: found by its last word, then read backwards (a pattern opening on
# a capital would be tried at every position of the text).
_METROPOLE_BEFORE = re.compile(r"M[ée]tropole\b|M[ÉE]TROPOLE\b")
_WORDS_BEFORE = re.compile(rf"((?:[{UPPER}][\w'’-]*[ -]){{1,3}})$")
# A syndicat named by its initials (« SIVOM de … », « PETR du … »), in lower case.
_SYNDICAT_INITIALS = (
    "sivom",
    "sivu",
    "sivos",
    "smictom",
    "siaep",
    "sictom",
    "sirtom",
    "smaep",
    "petr",
)
# Each kind of collectivité by the words that name it; the name runs to a clause's end.
_COUNCILS = (
    (
        "communauté",
        re.compile(
            r"\b(communaut[ée] (?:de communes|d['’]agglom[ée]ration|urbaine)"
            rf"(?: {_NAME_WORD}){{1,7}})",
            re.IGNORECASE,
        ),
    ),
    ("métropole", _METROPOLE_BEFORE),
    (
        "métropole",
        # The word's first letter before its boundary check (`\bM` as `M(?<!\wM)`): a pattern
        # opening on a letter is scanned for it, one opening on `\b` is tried at every offset.
        re.compile(
            rf"(M(?<!\wM)[ée]tropole (?:de |d['’]|du |des )(?:{_NAME_WORD} ?){{1,4}})",
            re.IGNORECASE,
        ),
    ),
    (
        "département",
        re.compile(
            rf"\b((?:D[ée]partement|Conseil d[ée]partemental) (?:de |d['’]|du |des )"
            rf"(?:{_NAME_WORD} ?){{1,4}})",
            re.IGNORECASE,
        ),
    ),
    # « Métropole Nice Côte d'Azur », « MÉTROPOLE AIX-MARSEILLE »: its name right after the word
    (
        "métropole",
        re.compile(
            r"((?:M(?<!\wM)[ée]tropole|M(?<!\wM)[ÉE]TROPOLE) (?!DE |DU |D['’]|DES )"
            rf"[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+| [dD]['’][{UPPER}][\w'’-]+){{0,4}})"
        ),
    ),
    (
        "région",
        re.compile(
            rf"\b((?:R[ée]gion|R[ÉE]GION) (?:{_NAME_WORD} ?){{1,4}}"
            # « CONSEIL RÉGIONAL DES HAUTS-DE-LOIRE », « Conseil régional d'Auvergne »
            rf"|(?i:conseil r[ée]gional (?:de |d['’]|du |des ))(?:{_NAME_WORD} ?){{1,4}})"
        ),
    ),
    (
        "ccas",
        re.compile(
            rf"\b((?:C\.?C\.?A\.?S\.?|Centre communal d['’]action sociale"
            rf"(?: \(C\.?C\.?A\.?S\.?\))?)"
            rf" (?:de |d['’]|du |des )(?:{_NAME_WORD} ?){{1,5}})",
            re.IGNORECASE,
        ),
    ),
    (
        "cias",
        re.compile(
            rf"\b((?:C\.?I\.?A\.?S\.?|Centre intercommunal d['’]action sociale"
            rf"(?: \(C\.?I\.?A\.?S\.?\))?)"
            rf" (?:de |d['’]|du |des )(?:{_NAME_WORD} ?){{1,5}})",
            re.IGNORECASE,
        ),
    ),
    (
        "sdis",
        re.compile(
            rf"\b((?:S\.?D\.?I\.?S\.?|Service d[ée]partemental d['’]incendie et de secours)"
            rf" (?:de |d['’]|du |des )(?:{_NAME_WORD} ?){{1,5}}"
            # « SDIS 71 », « SDIS 2A »: its département's number
            r"|(?-i:SDIS) (?:\d{2,3}|2[AB])\b(?:-[A-Z][\w-]*)?)",
            re.IGNORECASE,
        ),
    ),
    (
        "établissement public",
        re.compile(
            rf"\b((?:[ée]tablissement public(?: foncier| territorial| de coop[ée]ration"
            rf" intercommunale)?"
            # the public bodies that hold boards of élus: « Centre de gestion de la fonction
            # publique territoriale de la Loire », « Office public de l'habitat de … », « Régie
            # des eaux du … », « Office de tourisme intercommunal des … », a SEM or a SPL
            rf"|centre (?:interd[ée]partemental )?de gestion(?: de la fonction publique"
            rf" territoriale)?|office public de l['’]habitat|office (?:intercommunal )?de"
            rf" tourisme(?: intercommunal)?|r[ée]gie(?: (?:intercommunale|municipale"
            rf"|communautaire|personnalis[ée]e))?|soci[ée]t[ée] d['’][ée]conomie mixte"
            rf"|soci[ée]t[ée] publique locale)"
            rf" (?:de |d['’]|du |des )(?:{_NAME_WORD} ?){{1,5}}"
            # « ÉTABLISSEMENT PUBLIC TERRITORIAL GRAND-ORLY SEINE BIÈVRE »: its name right after
            rf"|[ée]tablissement public territorial (?!de |d['’]|du |des )"
            rf"(?:{_NAME_WORD} ?){{1,5}})",
            re.IGNORECASE,
        ),
    ),
    (
        "syndicat",
        re.compile(
            rf"\b((?:Syndicat|SYNDICAT|SIVOM|SIVU|SIVOS|SMICTOM|SIAEP|SICTOM|SIRTOM|SMAEP"
            # a pôle d'équilibre territorial et rural: a syndicat mixte by law (L5741-1)
            r"|P[ôo]le d['’][ée]quilibre territorial et rural|PETR"
            r"|P[ÔO]LE D['’][ÉE]QUILIBRE TERRITORIAL ET RURAL"
            # a pôle métropolitain: a syndicat mixte by law too (L5731-1)
            r"|P[ôo]le m[ée]tropolitain|P[ÔO]LE M[ÉE]TROPOLITAIN"
            # any syndicat's initials, intercommunal (« S.I. ») or mixte (« S.M. »): dotted
            # (« S.I.V.O.M. », « S.I.A. », « S.M.I.C.T.O.M. »), or not, then before « de » and
            # its name (« SIA de la vallée », « SMIRTOM du Val »); never a SIREN, a SIRET
            r"|S\.[IM]\.(?:[A-Z]\.){0,7}"
            r"|(?!SIRE[NT]\b)S[IM][A-Z]{1,6}"
            rf"(?= (?:de|du|des|d['’]|DE|DU|DES|D['’]) ?[{UPPER}{LOWER}]))"
            rf"(?: {_NAME_WORD}){{1,12}})"  # « … de traitement des déchets du Haut-Bocage »
        ),
    ),
    (
        "commune",
        re.compile(
            rf"((?:C(?<!\wC)ommune(?: nouvelle)?|V(?<!\wV)ille|M(?<!\wM)airie)"
            rf" (?:de |d['’]|du |des )"
            rf"(?:{_NAME_WORD} ?){{1,4}})",
            re.IGNORECASE,
        ),
    ),
    (
        "commune",
        re.compile(
            # « du jeudi 13 février », « de mars », « du mois de » are the sitting's date
            rf"\b(?:[Cc]onseil [Mm]unicipal|CONSEIL MUNICIPAL) (?:de |d['’]|du |des |DE |D['’]|DU "
            rf"|DES )(?!(?i:la commune|la ville|l['’]))"
            rf"(?!{_DAY_OR_MONTH}\b)"
            rf"((?:{_NAME_WORD} ?){{1,4}})"
        ),
    ),
    # « EUROMÉTROPOLE DE RHINBOURG », « Eurométropole du Val »: a métropole by law (L5217-1),
    # its word glued to « Euro » (so no other métropole pattern reads it)
    (
        "métropole",
        re.compile(
            r"\b((?:Eurom[ée]tropole|EUROM[ÉE]TROPOLE)"
            rf" (?:de |du |des |d['’]|DE |DU |DES |D['’])?(?:[{UPPER}][\w'’-]+ ?){{1,4}})"
        ),
    ),
)
# Where a council's name stops: words that start the sentence's verb or another clause.
_NAME_STOP = re.compile(
    r"\s(?:[-–—](?=\s)|(?:légalement|dûment|s['’]est|se sont|réuni|convoqu|sous la|du \d|le \d"
    r"|Si[èe]ge|SI[ÈE]GE|Conseil|CONSEIL|Comit[ée]|COMIT[ÉE]|Bureau|BUREAU|Séance|S[EÉ]ANCE|Page|après"
    r"|a été|est)\b)"
    # the next heading line, flattened onto the name: « Commune de X Département du Calvados »,
    # « … Arrondissement de Lisieux », « … République Française » (« du Département de … » is
    # a name's own words)
    r"|(?<!\s[dD][uU])(?<!\s[dD][eE])(?<!\s[dD][eE][sS])(?<!\s[lL][aA])"
    r"\s(?:D[ée]partement|D[ÉE]PARTEMENT|Arrondissement|ARRONDISSEMENT|Canton|CANTON"
    r"|R[ée]publique|R[ÉE]PUBLIQUE|Pr[ée]fecture|PR[ÉE]FECTURE)\b"
    r"|(?P<document>\s(?:Proc[èe]s|PROC[ÈE]S|Compte|COMPTE|Relev[ée]|RELEV[ÉE]|R[ée]union"
    r"|R[ÉE]UNION|Registre|REGISTRE|D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|Date|DATE|Nombre"
    r"|NOMBRE|L['’]an|Vu|SIRE[NT]|Siren|Siret|Commission|COMMISSION|Extrait|EXTRAIT)\b)",
)
# A word each pattern of _COUNCILS needs, checked first with `in` (far cheaper than a search).
# The patterns opening on « M » and a look behind, tried at every « m » of the text otherwise:
# each match holds « tropole » two characters after its start (see search_near).
_NEAR_CUES: dict[re.Pattern[str], tuple[tuple[str, ...], int]] = {
    _COUNCILS[2][1]: (("tropole",), 2),  # searched in lower case
    _COUNCILS[4][1]: (("tropole", "TROPOLE"), 2),
}
# The same by each pattern's identity: a pattern's hash is its whole program's, worked out
# again at each look-up (tens of microseconds for these), its identity's is not. (The table
# above keeps each pattern, so no other object takes its identity.)
_NEAR_CUES_OF = {id(pattern): near for pattern, near in _NEAR_CUES.items()}
_HINTS = (
    ("communaut",),
    ("tropole",),
    ("tropole",),
    ("partement",),
    ("tropole",),
    ("gion",),
    ("ccas", "c.c.a.s", "communal d'action sociale", "communal d’action sociale"),
    ("cias", "c.i.a.s", "intercommunal d'action sociale", "intercommunal d’action sociale"),
    ("sdis", "s.d.i.s", "incendie et de secours"),
    (
        "tablissement public",
        "centre de gestion",
        "de gestion de la fonction",
        "office public",
        "de tourisme",
        "gie d",
        "gie intercommunale",
        "gie municipale",
        "conomie mixte",
        "publique locale",
    ),
    (
        "syndicat",
        *_SYNDICAT_INITIALS,
        "s.i.",
        "s.m.",
        "quilibre territorial",
        "le métropolitain",
        "le metropolitain",
    ),
    ("commune", "ville", "mairie"),
    ("onseil municipal",),
    ("urom",),
)
_SIREN = re.compile(r"\bSIRE[NT]\s?:?\s?(\d{3}\s?\d{3}\s?\d{3})")


_COMMUNAUTE_KIND_WORDS = frozenset(["urbaine", "d'agglomeration", "d agglomeration", "de"])


def _tidy_name(kind: str, name: str) -> str:
    name = " ".join(name.split()).strip(" ,;:.-–")
    words = name.split(" ")
    if kind != "commune" and len(words) == 1 and name.isupper() and len(name) <= 10:
        return name  # a syndicat's or an office's initials alone: « SIEHV », « SMIRCLAID »
    if kind == "commune" and fold(words[0]) not in ("commune", "ville", "mairie"):
        name = f"Commune de {name}"
        words = name.split(" ")
    if fold(words[0]) == "mairie":
        words[0] = "Commune"  # the town hall's name on the letterhead; the council is the commune
        name = " ".join(words)
    if fold(words[0]) in (
        "commune",
        "ville",
        "communaute",
        "departement",
        "region",
        "metropole",
        "syndicat",
    ):
        words[0] = words[0].capitalize()
        if len(words) > 1 and fold(words[1]) in ("de", "d", "du", "des"):
            words[1] = words[1].lower()
    if (
        len(words) > 1
        and fold(words[0]) == "communaute"
        and fold(words[1]) in _COMMUNAUTE_KIND_WORDS
    ):
        words[1] = words[1].lower()  # « Communauté urbaine », « Communauté d'agglomération »
    # « COMMUNE DE PIERREFONDS » and « Commune de PIERREFONDS » as the name is usually written.
    return " ".join(
        w.lower()
        if i > 0 and w.isupper() and fold(w) in _SMALL_WORDS
        else _title(w)
        if w.isupper()
        and len(w) > 2
        and fold(w).strip("()") not in _ACRONYMS
        # initials before the name they stand for: « SMTAV – Syndicat mixte … »
        and not (i == 0 and len(words) > 2 and words[1] in ("-", "–", "—"))
        # a syndicat's own initials opening its name: « SIEL de la Loire »
        and not (i == 0 and kind == "syndicat" and _UNDOTTED_INITIALS.fullmatch(w))
        else w
        for i, w in enumerate(words)
    )


_UNDOTTED_INITIALS = re.compile(r"S[IM][A-Z]{1,6}")
# Names written in capitals that stay so: a kind of collectivité said by its initials.
_ACRONYMS = frozenset(
    [
        "ccas",
        "cias",
        "sdis",
        *_SYNDICAT_INITIALS,
    ]
)

_KIND_OF_BODY = {
    "metropolitain": "métropole",
    "eurometropole": "métropole",  # « Conseil de l'Eurométropole »
    "communautaire": "communauté",
    "municipal": "commune",
    "departemental": "département",
    "permanente": "département",
    "regional": "région",
    "syndical": "syndicat",
    "territoire": "territoire",
    "arrondissement": "arrondissement",
    "arrondissements": "arrondissement",
}
# A body more than one kind of collectivité has: the commission permanente of a région too.
_ALSO_OF_BODY = {"département": ("région",)}
_PREFIX_WORDS = frozenset(
    [
        "commune",
        "ville",
        "mairie",
        "communaute",
        "nouvelle",
        "de",
        "communes",
        "d",
        "agglomeration",
        "urbaine",
        "departement",
        "conseil",
        "departemental",
        "region",
        "regional",
        "syndicat",
        "metropole",
        "centre",
        "communal",
        "intercommunal",
        "action",
        "sociale",
        "service",
        "departemental",
        "incendie",
        "secours",
        "et",
        "etablissement",
        "public",
        "foncier",
        "territorial",
        "du",
        "des",
        "la",
        "le",
        "l",
    ]
)


def _capitalised_words(kind: str, name: str) -> str:
    """The name up to its first word in lower case that is no particle: « Commune de
    Roche-la-Molière a sollicité » → « Commune de Roche-la-Molière »."""
    words = name.split(" ")
    kept: list[str] = []
    for index, word in enumerate(words):
        folded = fold(word)
        if (
            index > 0
            and word[:1].islower()
            and not (word[1:2] in "'’" and word[2:3].isupper())  # « d'Esquerchin », « l'Ain »
            # « d'agglomération » folds to two words, each a prefix's
            and not all(part in _SMALL_WORDS or part in _PREFIX_WORDS for part in folded.split())
        ):
            break
        kept.append(word)
    while kept and fold(kept[-1]) in _SMALL_WORDS and len(kept) > 2:
        kept.pop()  # « Commune de Vaux et » → « Commune de Vaux »
    return " ".join(kept)


_SMALL_WORDS = frozenset(
    [
        "de",
        "la",
        "le",
        "les",
        "du",
        "des",
        "et",
        "sur",
        "en",
        "d",
        "l",
        "aux",
        "a",  # « SYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE »
        "lès",
        "lez",
        "sous",
    ]
)


def _title(word: str) -> str:
    """« SAINT-MARC-SUR-LOIRE » → « Saint-Marc-sur-Loire », « D'ORGE » → « d'Orge »."""
    if len(word) > 2 and word[1] in "'’" and word[0] in "DLdl":
        return word[:2].lower() + _title(word[2:])
    parts = word.title().split("-")
    return "-".join(
        p.lower()
        if 0 < i < len(parts) - 1 and fold(p) in _SMALL_WORDS
        # « RIVES-D'AURE » → « Rives-d'Aure »
        else p[:2].lower() + p[2:]
        if i > 0 and len(p) > 2 and p[1] in "'’" and p[0] in "DL"
        else p
        for i, p in enumerate(parts)
    )


_TRAILING_BODY = re.compile(
    r"\s(?:Conseil|CONSEIL|Bureau|BUREAU)(?:\s(?:[Mm][ée]tropolitain|M[ÉE]TROPOLITAIN))?\s?$"
)
# A council's initials and a dash opening the line before its name.
_INITIALS_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z0-9&.]{1,11}[ \t]?[-–—:][ \t]?\Z")
_WHOLE_LINE_KINDS = frozenset(
    ["syndicat", "ccas", "cias", "sdis", "établissement public", "communauté"]
)
# Words before « MÉTROPOLE » that make it a mention, not a name (« CONSEIL DE LA MÉTROPOLE »).
_NOT_BEFORE_METROPOLE = frozenset(["de", "la", "du", "des", "le", "l", "a", "et", "conseil"])


_COMMUNAUTE_KINDS = (
    (
        "communauté de communes",
        re.compile(r"\bcommunaut[ée] de communes\b|\b(?-i:CC)\b", re.IGNORECASE),
    ),
    (
        "communauté d'agglomération",
        re.compile(
            r"\bcommunaut[ée] d['’]agglom[ée]ration\b|\bagglo(?:m[ée]ration)?\b", re.IGNORECASE
        ),
    ),
    ("communauté urbaine", re.compile(r"\bcommunaut[ée] urbaine\b", re.IGNORECASE)),
)


def fine_kind(kind: str | None, name: str) -> str | None:
    """A communauté's kind as its name says it (de communes, d'agglomération, urbaine): they
    differ in powers and quorum rules. Every other kind as it is."""
    if kind != "communauté":
        return kind
    return next((fine for fine, words in _COMMUNAUTE_KINDS if words.search(name)), kind)


def _first(pattern: re.Pattern[str], text: str, low: str, end: int) -> tuple[int, str] | None:
    """The first match before `end`: (offset, name as printed). A pattern written for lower
    case is searched in `low` (a literal scan, far faster than IGNORECASE) and read in `text`."""
    if pattern is _METROPOLE_BEFORE:
        for found in pattern.finditer(text, 0, end):
            before = _WORDS_BEFORE.search(text[max(0, found.start() - 60) : found.start()])
            if before is not None and fold(before.group(1)).split()[-1] in _NOT_BEFORE_METROPOLE:
                continue
            if before is not None:
                start = found.start() - len(before.group(1))
                return start, text[start : found.end()]
        return None
    near = _NEAR_CUES_OF.get(id(pattern))
    if pattern.flags & re.IGNORECASE:
        lowered = _LOWER_PATTERNS.get(pattern.pattern)
        if lowered is None:  # compiled once: a pattern's text is long to lower and hash
            lowered = _LOWER_PATTERNS[pattern.pattern] = re.compile(pattern.pattern.lower())
        if near is not None:
            match = search_near(lowered, low, near[0], near[1], end)
        else:
            match = lowered.search(low, 0, end)
    elif near is not None:
        match = search_near(pattern, text, near[0], near[1], end)
    else:
        match = pattern.search(text, 0, end)
    if match is None:
        return None
    return match.start(), text[match.start(1) : match.end(1)]


_LOWER_PATTERNS: dict[str, re.Pattern[str]] = {}


# A council's name wrapped on the heading's next line (a letterhead's narrow block): the line
# ends on a particle (« Commune de » / « Saint-Bonnet-le-Château ») or the next opens on one
# before a word (« Communauté de communes » / « du Pays d'Astrée », « … des Monts » / « DU
# LYONNAIS »), a date aside (« du 3 février », « du jeudi »). Only its line break is read as a
# space, so every offset stays the document's.
_WRAPPED_NAME = re.compile(
    r"(?<![^ \t])(?:de|du|des|la|le|les|et|sur|sous|en|DE|DU|DES|LA|LE|LES|ET|SUR|SOUS|EN)"
    rf"(?P<after>[ \t]*\n)(?=[ \t]*[{UPPER}])"
    rf"|(?P<before>\n)(?=[ \t]*(?:du|des|de|DU|DES|DE)[ \t](?!{_DAY_OR_MONTH}\b"
    rf"|(?i:la s[ée]ance|l['’]))[{UPPER}{LOWER}]|[ \t]*(?:d|D)['’][{UPPER}])"
)


def _unwrapped(found: re.Match[str]) -> str:
    kept = found.group()
    if found.group("after") is not None:
        return kept[: found.start("after") - found.start()] + " " * len(found.group("after"))
    return " "


# What a line holds where _WRAPPED_NAME matches: its end, a particle after a blank (or alone);
# the next line's start, after its blanks.
_PARTICLES = ("de", "du", "des", "la", "le", "les", "et", "sur", "sous", "en")
_PARTICLE_ENDS = tuple(
    f"{blank}{word}" for blank in " \t" for word in (*_PARTICLES, *map(str.upper, _PARTICLES))
)
_ALONE = frozenset(_PARTICLES) | {word.upper() for word in _PARTICLES}
_PARTICLE_STARTS = (
    *(f"{word}{blank}" for word in ("du", "des", "de", "DU", "DES", "DE") for blank in " \t"),
    *("d'", "d’", "D'", "D’"),
)


def _may_be_wrapped(head: str) -> bool:
    """Whether a line of the heading ends on a particle, or the next opens on one: where every
    _WRAPPED_NAME match stands (its lines looked at, where the pattern, opening on a
    lookbehind, was tried at every character)."""
    lines = head.split("\n")
    for line in lines[:-1]:
        end = line.rstrip(" \t")
        if end.endswith(_PARTICLE_ENDS) or end in _ALONE:
            return True
    return any(line.lstrip(" \t").startswith(_PARTICLE_STARTS) for line in lines[1:])


def _joined_heading(text: str, head_end: int) -> str:
    """The text with its heading's wrapped names on one line (see _WRAPPED_NAME)."""
    if not _may_be_wrapped(text[:head_end]):
        return text
    head = _WRAPPED_NAME.sub(_unwrapped, text[:head_end])
    return head + text[head_end:] if head != text[:head_end] else text


_ETABLISSEMENT = re.compile(r"[ée]tablissement", re.IGNORECASE)


# A CCAS named by its kind alone after its town's name: « Ville de X » / « CCAS », « X –
# Centre communal d'action sociale » (its town the name before; « CCAS de X » is read whole).
_SOCIAL_AFTER = cues.plain(
    r"(?:\s[-–—]\s?|\s)(?:C\.?C\.?A\.?S\.?|(?i:centre communal d['’]action sociale))"
    r"(?![\w.])(?!\s(?i:de|d['’]|du|des)\s)"
)
_TOWN_WORD = cues.plain(r"^\s*(?i:commune|ville|mairie)\s(?i:de\s|d['’]|du\s)?")


def _over_town(kind: str, other: str) -> bool:
    """Whether a body of `kind` named in the heading is the council over the commune `other`
    printed with it: a CCAS's or CIAS's letterhead prints its town's name as well, and so does
    an office's or a régie's (« VILLE DE X » over « OFFICE DE TOURISME DE X »)."""
    return kind in ("ccas", "cias", "établissement public") and other == "commune"


def council(
    text: str,
    head_end: int,
    prefecture_id: str | None,
    body_name: str | None = None,
    low: str | None = None,
) -> tuple[CouncilRecord, int] | None:
    """The collectivité, read in the heading first, else anywhere in the document; there, the
    kind the body names (a « Conseil Métropolitain » sits for a métropole) is preferred to a
    commune the text merely mentions."""
    expected = _KIND_OF_BODY.get(fold(body_name or "").split(" ")[-1]) if body_name else None
    siren = None
    if "SIRE" in text and (siren_match := _SIREN.search(text)):
        siren = siren_match.group(1).replace(" ", "")
    elif prefecture_id:
        siren = prefecture_id.split("-")[1]
    low = _lower(text) if low is None else low  # the caller's, when it has it already
    if expected in _PART_KINDS:
        # a council that sits for a part of a collectivité (a métropole's territoire, an
        # établissement public territorial, a city's arrondissement) has members of its own:
        # the part is the council, never the métropole or the city printed above it
        if part := _part_council(text, head_end, expected, siren):
            return part
        expected = None  # no part named: the collectivité, as any heading says it
    # Only a council of the body's kind: a commune the title or the report mentions is not
    # the métropole whose Conseil sat (no council beats a wrong one). Each kind's hint words are
    # looked for only when that kind may be read (each is one scan of the whole text).
    kinds = (expected, *_ALSO_OF_BODY.get(expected, ())) if expected else ()
    preferred = [
        (kind, pattern)
        for (kind, pattern), hint in zip(_COUNCILS, _HINTS, strict=True)
        if (not expected or kind in kinds) and any(word in low for word in hint)
    ]
    read = {len(text): (text, low)}
    if "\n" in text[:head_end] and (joined := _joined_heading(text, head_end)) is not text:
        read[head_end] = (joined, _lower(joined[:head_end]) + low[head_end:])
    # « VILLE DE FIRMINY » over « CCAS de Firminy »: the town printed above its CCAS, whose
    # board sat (never under a Conseil municipal: there the town is the council)
    town_body = body_name is not None and "municipal" in body_name.lower()
    if expected is None and (named := _name_line(text, head_end, None, public_only=True)):
        # « CAP MÉTROPOLE SOCIÉTÉ PUBLIQUE LOCALE », « Eaux du Pilat – Régie intercommunale de
        # l'eau »: the letterhead says what the body is, whatever words its name holds
        start, kind, name = named
        return CouncilRecord(name=name, kind=fine_kind(kind, name), siren=siren), start
    for zone_end in (head_end, len(text)):
        best: tuple[int, str, str] | None = None
        zone_text, zone_low = read.get(zone_end, (text, low))
        in_head = zone_end == head_end and not town_body
        for kind, pattern in preferred:
            match = _first(pattern, zone_text, zone_low, zone_end)
            if match is None:
                continue
            if best is not None and (
                (in_head and _over_town(best[1], kind))
                or (match[0] >= best[0] and not (in_head and _over_town(kind, best[1])))
            ):
                continue
            start, name = match
            if (
                zone_end != head_end
                and kind == "établissement public"
                and not _ETABLISSEMENT.match(name)
            ):
                continue  # an office, a régie, a SEM named in an item's title is not the council
            stop = _NAME_STOP.search(name, 8 if kind != "commune" else 0)
            # the name of a document ends a métropole's name too, the words of a body do not
            # (« Métropole du Grand Conseil » is rare; « … Métropole Conseil » is a heading)
            if stop and (
                kind != "métropole" or not name.lower().startswith("m") or stop.group("document")
            ):
                name = name[: stop.start()]
            line_start = start == 0 or zone_text[start - 1] == "\n"
            # its initials before it: « SMTAV – Syndicat mixte des transports … », read whole
            if not line_start and (
                initials := _INITIALS_BEFORE.search(zone_text, max(0, start - 16), start)
            ):
                name = zone_text[initials.start() : start].lstrip() + name
                line_start = True
            if not (line_start and kind in _WHOLE_LINE_KINDS):
                # a heading line that opens on a syndicat's or CCAS's name is that name, words
                # in lower case included (« Syndicat intercommunal des eaux du Haut-Vivarais »)
                name = _capitalised_words(kind, name)
            if kind == "métropole":
                name = _TRAILING_BODY.sub("", name)  # « … Deux Rives Conseil métropolitain »
            if len(name.strip()) < 3:
                continue
            best = (start, kind, name)
        if best is not None:
            start, kind, name = best
            if (
                in_head
                and kind == "commune"
                and (social := _SOCIAL_AFTER.search(zone_text, start, min(start + 160, head_end)))
            ):
                # « Commune de Sorbiers » / « Centre communal d'action sociale »: the town's CCAS
                kind = "ccas"
                town = _TOWN_WORD.sub("", name[: max(0, social.start() - start)] or name)
                name = f"CCAS de {' '.join(town.split()).strip(' ,;:.-–')}"
            name = _tidy_name(kind, name)
            return CouncilRecord(name=name, kind=fine_kind(kind, name), siren=siren), start
        if zone_end == head_end and (named := _name_line(text, head_end, expected)):
            start, kind, name = named
            return CouncilRecord(name=name, kind=fine_kind(kind, name), siren=siren), start
    return None


# -- a council that sits for a part of a collectivité -------------------------------------------
# « MÉTROPOLE RHÔNE-OUEST » over « CONSEIL DE TERRITOIRE DU VAL DE BRÉVENNE », « Métropole du
# Grand Paris » over « Établissement public territorial Plaine-Orly », « VILLE DE LYON » over
# « MAIRIE DU 7e ARRONDISSEMENT »: the body's own part names the council, read in the heading
# first, else in the opening formula (« le Conseil du 7e arrondissement s'est réuni »).
_PART_KINDS = frozenset(["territoire", "arrondissement"])
_PARTICLE = r"(?:de la |de l['’]|du |des |de |d['’]|DE LA |DE L['’]|DU |DES |DE |D['’])"
_PART_NAME = (
    rf"(?P<name>{_PARTICLE}?[{UPPER}][\w'’-]*"
    rf"(?: (?:{_PARTICLE}|et |ET )?[{UPPER}][\w'’-]*){{0,6}})"
)
_TERRITORY = cues.plain(
    r"(?:(?:[ÉE]tablissement public territorial|[ÉE]TABLISSEMENT PUBLIC TERRITORIAL"
    r"|(?<![\w-])EPT)(?P<ept>)(?: (?:n°|N°) ?\d{1,2}| T\d{1,2})?[ :–-]{1,3}"
    r"|(?:[Tt]erritoire|TERRITOIRE) )" + _PART_NAME
)
_ORDINAL = r"\d{1,2}(?:er|ER|[eEᵉ]|[èe]me|ÈME)?"
_ARRONDISSEMENT = cues.plain(
    rf"(?:du|des|DU|DES) ({_ORDINAL}(?:(?:,| et| ET| &) {_ORDINAL})*) "
    r"(?:[Aa]rrondissements?|ARRONDISSEMENTS?)\b"
    r"(?: (?:de|DE) (Paris|Lyon|Marseille|PARIS|LYON|MARSEILLE)\b)?"
)
_PLM = cues.plain(r"\b(Paris|Lyon|Marseille|PARIS|LYON|MARSEILLE)\b")
_ORDINAL_MARK = cues.plain(r"(?<=\d)(?:[eEᵉ]|[èe]me|ÈME)\b")


def _part_council(
    text: str, head_end: int, kind: str, siren: str | None
) -> tuple[CouncilRecord, int] | None:
    """The part of a collectivité a council sits for, in the heading first: (record, offset)."""
    for end in (head_end, len(text)):
        if kind == "territoire" and (found := _TERRITORY.search(text, 0, end)):
            name = found.group("name")
            if stop := _NAME_STOP.search(name):
                name = name[: stop.start()]
            name = _capitalised_words(kind, name)
            if len(name) < 3:
                continue
            noun = (
                "Établissement public territorial"
                if found.group("ept") is not None
                else "Territoire"
            )
            return CouncilRecord(_tidy_name(kind, f"{noun} {name}"), kind, siren), found.start()
        if kind == "arrondissement" and (found := _ARRONDISSEMENT.search(text, 0, end)):
            numbers = _ORDINAL_MARK.sub("e", found.group(1)).replace(" ET ", " et ")
            plural = "," in numbers or " et " in numbers or " & " in numbers
            city = found.group(2) or next(
                (m.group(1) for m in _PLM.finditer(text, 0, max(head_end, found.start()))), None
            )
            name = f"{'des' if plural else 'du'} {numbers} arrondissement{'s' if plural else ''}"
            name = f"Mairie {name}"
            if city:
                name += f" de {city.capitalize()}"
            return CouncilRecord(name, kind, siren), found.start()
    return None


# -- a council named on its letterhead without its kind's words ----------------------------------
# « VERNOSC-SUR-DÔME » above « Compte rendu du conseil municipal », « LA TOUR — CONSEIL
# MUNICIPAL », « Monts du Gier Agglomération », « SIEVA - Territoire d'énergie Velay » above a
# « Comité syndical »: the name of the collectivité whose body sat, read from the first lines
# of the heading only. A line is a name when its words are capitalised (particles aside) and
# none is a document's, a body's or the Republic's; its kind is the body's, or the kind its own
# words say (« … Agglomération », « … d'incendie et de secours »). Nothing else is guessed.

# Where the name stops on its line: a document's or a body's words, a date.
_LETTERHEAD_STOP = re.compile(
    r"\s*[-–—:,]?\s*\b(?:compte[- ]rendu|proc[èe]s[- ]verbal|extrait|registre|relev[ée]"
    r"|s[ée]ance|r[ée]union|conseil|bureau|comit[ée]|commission|assembl[ée]e|d[ée]lib[ée]ration"
    r"|liste|ordre du jour|convocation|\d)",
    re.IGNORECASE,
)
_NOT_A_NAME = frozenset(
    [
        "republique",
        "francaise",
        "liberte",
        "egalite",
        "fraternite",
        "arrondissement",
        "canton",
        "departement",
        "region",
        "prefecture",
        "page",
        "annexe",
        "sommaire",
        "president",
        "presidente",
        "maire",
        "monsieur",
        "madame",
        "mm",
        "mme",
        "mmes",
        "m",
        "mlle",
        "pour",
        "date",
        "nombre",
        "membres",
        "presents",
        "absents",
        "excuses",
        "objet",
        "vu",
        "secretaire",
        "rapporteur",
        # a web page's navigation, a letterhead's address: no collectivité's name
        "accueil",
        "menu",
        "recherche",
        "rechercher",
        "contact",
        "imprimer",
        "retour",
        "actualites",
        "mairie",
        "hotel",
        "cedex",
        "bp",
        "rue",
        "avenue",
        "place",
        "boulevard",
        "chemin",
        "route",
        "tel",
        "telephone",
        "courriel",
    ]
)
_LETTERHEAD_KINDS = (
    (
        "communauté",
        # « CC Cœur de Brenne & Val d'Indre », « CA du Grand Dole »: the kind in initials
        re.compile(
            rf"\bagglo(?:m[ée]ration)?\b|\bcommunaut[ée]$|(?-i:^C[CAU] (?=[{UPPER}d]))",
            re.IGNORECASE,
        ),
    ),
    ("sdis", re.compile(r"\bincendie et de secours\b", re.IGNORECASE)),
    ("cias", re.compile(r"\bintercommunal d['’]action sociale\b", re.IGNORECASE)),
    ("ccas", re.compile(r"\bcommunal d['’]action sociale\b", re.IGNORECASE)),
)
_LETTERHEAD_LINES = 6
_LABELLED_COMMUNE = re.compile(r"(?i:commune|collectivit[ée]|ville)\s?:\s?(.{3,80})$")
_BUILDING = re.compile(
    r"^(?i:h[ôo]tel de ville|mairie|h[ôo]tel communautaire|si[èe]ge)\s?[-–—,:]\s?"
)


# A body, then the collectivité it belongs to: « Conseil syndical du », « Comité de l' »,
# « Conseil communautaire de », « Conseil d'administration du », the name after it capitalised.
_BODY_OF_NAME = cues.plain(
    r"^\s*(?:(?:le|la|l['’])\s?)?(?i:conseil|comit[ée]|bureau|assembl[ée]e)"
    r"(?:\s(?i:syndical|communautaire|d['’]administration|g[ée]n[ée]ral|directeur))?"
    rf"\s(?i:de\sla\s|de\sl['’]|du\s|des\s|de\s|d['’])(?=[{UPPER}])"
)
# A public body's own name, then what it is: « LOIRE HABITAT OFFICE PUBLIC DE L'HABITAT »,
# « Forez Tourisme – Office de tourisme intercommunal », « Eau de Grand Lyon, régie publique »
_PUBLIC_BODY_AFTER = cues.plain(
    r"(?:\s?[-–—,]\s?|\s)(?:(?i:office public de l['’]habitat"
    r"|office (?:intercommunal )?de tourisme(?: intercommunal)?"
    r"|r[ée]gie(?: publique| intercommunale| municipale| communautaire|(?=,? dot[ée]e))"
    # « Eaux du Pilat – Régie intercommunale de l'eau », « …, régie dotée de la personnalité
    # morale et de l'autonomie financière »: what the régie runs, how it stands
    r"(?: (?:de l['’]eau|des eaux|de l['’]assainissement|de transports?|des transports))?"
    r"(?:,? dot[ée]e de la personnalit[ée] morale(?: et de l['’]autonomie financi[èe]re)?)?"
    r"|[ée]tablissement public(?: local| industriel et commercial| administratif)?"
    # « NOVIM SOCIÉTÉ D'ÉCONOMIE MIXTE », « Cap Métropole – Société publique locale »
    r"|soci[ée]t[ée] anonyme d['’][ée]conomie mixte(?: locale)?"
    r"|soci[ée]t[ée] d['’][ée]conomie mixte(?: locale| d['’]am[ée]nagement)?"
    r"|soci[ée]t[ée] publique locale(?: d['’]am[ée]nagement)?)"
    # the same in initials: « Loire Aménagement SEM », « … – SPL », « Loire Habitat – OPH »
    r"|(?:S\.?E\.?M\.?L?|SAEML?|SPLA?|S\.P\.L\.|OPH|O\.P\.H\.))$"
)
# A syndicat's initials: intercommunal (« SI… »), mixte (« SM… ») or « SY… » (« SYDER »)
_SYNDICAT_LETTERS = cues.plain(r"S[IMY][A-Z]{1,8}")


def _name_line(
    text: str, head_end: int, expected: str | None, public_only: bool = False
) -> tuple[int, str, str] | None:
    """The first of the heading's lines that is a collectivité's name: (offset, kind, name);
    `public_only`: a public body's own name printed before what it is, only."""
    offset = 0
    seen = 0
    for line in text[:head_end].split("\n"):
        start, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > _LETTERHEAD_LINES:
            return None
        if labelled := _LABELLED_COMMUNE.match(line.strip()):
            line = labelled.group(1)  # « Commune : Saint-Just », « Collectivité : … »
        if (of_body := _BODY_OF_NAME.match(line)) is not None:
            # « Conseil syndical du SIEL – Relevé … », « Comité du SMIRCLAID », « Conseil
            # communautaire de Loire Forez agglomération »: the name after the body
            line, start = line[of_body.end() :], start + of_body.end()
        stop = _LETTERHEAD_STOP.search(line)
        name = " ".join(line[: stop.start() if stop else len(line)].split()).strip(" -–—,:")
        # « Hôtel de Ville – Saint-Just », « Mairie - Saint-Just »: the building, then the name
        name = _BUILDING.sub("", name)
        said = next((kind for kind, words in _LETTERHEAD_KINDS if words.search(name)), None)
        if said is None and (after := _PUBLIC_BODY_AFTER.search(name)) and after.start() >= 3:
            name, said = name[: after.start()].strip(" -–—,"), "établissement public"
        elif public_only:
            if find_dates(line):
                return None
            continue
        elif (
            said == "ccas" and (social := _SOCIAL_AFTER.search(name)) and not name[social.end() :]
        ):
            # « Saint-Chamond Centre communal d'action sociale »: the town's CCAS
            town = _TOWN_WORD.sub("", name[: social.start()]).strip(" -–—,")
            name = _tidy_name("ccas", f"CCAS de {town}")
        if (
            said is None
            and (of_body is not None or " " not in name)
            and _SYNDICAT_LETTERS.fullmatch(name.split(" ")[0])
        ):
            said = "syndicat"  # a syndicat's initials, intercommunal or mixte: « SIEL », « SYDER »
        if len(name) < 3 or len(name.split()) > 12 or not (said or _is_place_name(name)):
            if find_dates(line):
                return None  # the sitting's own line: the letterhead is above it
            continue  # « TE 38-Nord – … (fictif) »: a brand, the name may be below
        kind = said or expected
        if kind is None or (expected is not None and said is not None and said != expected):
            continue
        if name.isupper():
            name = _tidy_name(kind, name)
        elif kind == "commune":
            name = f"Commune de {name}"
        return start, kind, name
    return None


def _is_place_name(name: str) -> bool:
    """Capitalised words, particles, dashes: « Saint-Rambert-les-Sagnes », « LA TOUR-EN-
    VALMONT », « SIEVA - Territoire d'énergie Velay »; never a person with a civility, the
    Republic's motto or an arrondissement."""
    words = name.split()
    if fold(words[-1]) in _SMALL_WORDS:
        return False  # « Date de … »: a label cut short
    for word in words:
        folded = fold(word).strip(".,")
        if folded in _NOT_A_NAME:
            return False
        if word in ("-", "–", "—", "&") or folded in _SMALL_WORDS:
            continue
        if word[1:2] in "'’" and word[:1] in "dDlL":  # « d'énergie », « l'Ondaine »
            continue
        if not word[:1].isupper() or not any(c.isalpha() for c in word):
            return False
    return True


# -- the council open data names ----------------------------------------------------------------

# The deliberating body of each kind of collectivité: where its open data's decisions were taken.
COUNCIL_BODY_OF_KIND = {
    "commune": "Conseil Municipal",
    "communauté": "Conseil Communautaire",
    "métropole": "Conseil Métropolitain",
    "département": "Conseil Départemental",
    "région": "Conseil Régional",
    "syndicat": "Comité Syndical",
    "ccas": "Conseil d'Administration",
    "cias": "Conseil d'Administration",
    "sdis": "Conseil d'Administration",
    "établissement public": "Conseil d'Administration",
    "territoire": "Conseil de territoire",
    "arrondissement": "Conseil d'arrondissement",
}
for _fine, _ in _COMMUNAUTE_KINDS:
    COUNCIL_BODY_OF_KIND[_fine] = COUNCIL_BODY_OF_KIND["communauté"]
COUNCIL_BODY = "Conseil"  # a collectivité of unknown kind
_KIND_NOUN = {
    "commune": "Commune",
    "communauté": "Communauté",
    "métropole": "Métropole",
    "département": "Département",
    "région": "Région",
    "syndicat": "Syndicat",
    "ccas": "CCAS",
    "cias": "CIAS",
    "sdis": "SDIS",
    "établissement public": "Établissement public",
    "territoire": "Territoire",
    "arrondissement": "Mairie d'arrondissement",
}
for _fine, _ in _COMMUNAUTE_KINDS:
    _KIND_NOUN[_fine] = _KIND_NOUN["communauté"]
# The collectivités its members call by their kind alone (« la Métropole met 94 000 € », « la
# part du Département »); any other is called by its name (« la Communauté d'agglomération
# Loire Forez », « le SIVOM de la Dore »).
_CALLED_BY_KIND = frozenset(["métropole", "département", "région", "commune"])


def funder_name(name: str | None, kind: str | None) -> str:
    """How the members of a collectivité name it as the funder of its own actions: its kind's
    noun (« Métropole », « Département »), else its name, else « collectivité »."""
    if kind in _CALLED_BY_KIND:
        return _KIND_NOUN[kind]
    return name or _KIND_NOUN.get(kind or "") or "collectivité"


# The kind a collectivité's name says, by its words; the first found wins (« Communauté de
# communes » is a communauté, « Syndicat intercommunal » a syndicat).
_KIND_WORDS = (
    ("métropole", frozenset(["metropole"])),
    ("communauté", frozenset(["communaute", "agglomeration", "agglo", "cc", "ca", "cu"])),
    ("syndicat", frozenset(["syndicat", "sivom", "sivu", "smictom", "sictom", "sirtom"])),
    ("ccas", frozenset(["ccas"])),
    ("cias", frozenset(["cias"])),
    ("sdis", frozenset(["sdis"])),
    ("département", frozenset(["departement", "departemental", "cd"])),
    ("région", frozenset(["region", "regional"])),
    ("commune", frozenset(["commune", "ville", "mairie", "municipal", "municipalite"])),
)
_ACRONYM = re.compile(r"\s*\([^()]{1,40}\)\s*$")  # « Saint-etienne metropole (SEM) »
# « Conseil métropolitain de SEM », « CONSEIL MUNICIPAL DE FIRMINY »: a body of a council.
_BODY_OF = re.compile(
    r"^(?:conseil|comit[ée]|bureau)\s+(\w+)\s+(de la |de l['’]|de |d['’]|du |des )(.+)$",
    re.IGNORECASE,
)


def council_named(name: str | None, siret: str | None) -> CouncilRecord | None:
    """The collectivité an open-data row names (COLL_NOM / nomAttribuant and its SIRET): its
    name as printed, without a trailing acronym, its kind guessed from its words, and its
    SIREN (the first 9 digits of a SIRET the reader found valid). None when it names none."""
    # (a SIREN alone: the one a préfecture's ID of the act holds, « 042-214200998-2022… »)
    siren = siret[:9] if siret and len(siret) in (9, 14) and siret.isdigit() else None
    printed = " ".join((name or "").split())
    printed = _ACRONYM.sub("", printed) or printed
    if printed.isupper():
        printed = " ".join(
            w.lower() if i > 0 and fold(w) in _SMALL_WORDS else _title(w)
            for i, w in enumerate(printed.split(" "))
        )
    if not printed:
        return CouncilRecord(name=f"SIREN {siren}", siren=siren) if siren else None
    kind: str | None = None
    if body := _BODY_OF.match(printed):
        kind = _KIND_OF_BODY.get(fold(body.group(1)))
        rest = body.group(3)
        if kind is not None and (rest.isupper() and " " not in rest):  # « de SEM »: initials
            printed = rest
        elif kind is not None:
            # « Conseil départemental de la Loire » → « Département de la Loire »
            known = set(fold(rest).split()) & frozenset().union(*(w for _, w in _KIND_WORDS))
            particle = "" if kind == "région" else body.group(2).lower()
            printed = rest if known else f"{_KIND_NOUN[kind]} {particle}{rest}"
    words = set(fold(printed).split())
    kind = kind or next((k for k, names in _KIND_WORDS if words & names), None)
    return CouncilRecord(name=printed[:200], kind=fine_kind(kind, printed), siren=siren)


def given_body(words: str) -> tuple[str | None, CouncilRecord | None]:
    """The body and the collectivité the secretariat gives for documents that name neither
    (« Conseil municipal de Vernay », « Bureau de la Métropole de Lyon », « Commune de Vernay »),
    read as a heading is; the body, when only the collectivité is given, is its kind's
    assembly. (None, None) when the words name neither."""
    text = " ".join(words.split())
    low = _lower(text)
    found = body(low, None, len(low))
    named = council(text, len(text), None, found[0] if found else None, low=low)
    record = named[0] if named else None
    name = found[0] if found else None
    if record is not None:
        name = (
            assembly_of(name, record.kind) or name or COUNCIL_BODY_OF_KIND.get(record.kind or "")
        )
    return name, record
