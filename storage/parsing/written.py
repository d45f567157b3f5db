"""Cue words as a secretary types them, restored before the readers look for them: abbreviated
(« Présid. : », « Secr. : », « Prés. : », « Pouv. : », « Exc. : », « Abs. : ») or mistyped by
one slip (« Présnets : », « Pouviors : », « Votnats : », « (pouvior à M. X) »).

A word is restored only where a cue stands (before its colon, or opening a proxy's bracket)
and only to the one cue it misses by a single letter or two swapped: « Présidents : » stays.
Every pattern is anchored on a literal character and bounded, and the text is only rewritten
when one of them matches.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from storage import cues
from storage.names import fold
from storage.parsing.common import LOWER, UPPER, by_opening, is_letter, lowered, search_near
from storage.parsing.present import holds, strings

# « Prés. : » is the presents (« Présid. : » the chair): the abbreviations a cue takes.
_ABBREVIATIONS = {
    "presid": "Président de séance",
    "pdt": "Président de séance",
    "secr": "Secrétaire de séance",
    "sec": "Secrétaire de séance",
    "pres": "Présents",
    "pouv": "Pouvoirs",
    "proc": "Procurations",
    "exc": "Excusés",
    "excus": "Excusés",
    "abs": "Absents",
}
_ABBREVIATED = re.compile(
    r"(?<![\w.])(?P<word>Pr[ée]sid|Pdt|Secr?|Pr[ée]s|Pouv|Proc|Exc(?:us)?|Abs)\.(?=\s?(?:\(\d{1,3}\)"
    r"\s?)?:)",
    re.IGNORECASE,
)

# The cues a slip may hide, folded, and how they are written.
_CUES = {
    "presents": "Présents",
    "absents": "Absents",
    "excuses": "Excusés",
    "pouvoirs": "Pouvoirs",
    "procurations": "Procurations",
    "votants": "Votants",
    "representes": "Représentés",
    "secretaire": "Secrétaire",
    "president": "Président",
}
# A word where a cue stands: at a line's start (or a sentence's, in a flattened text, or after a
# column's gap among counts) before its colon and an optional count.
_AT_CUE = re.compile(
    r"(?:^|(?<=[.;,]\s)|(?<=\s\s)|(?<=\s[-–—]\s)|(?<=\t)|(?<=\d\s))(?P<word>[^\W\d_]{5,14})"
    r"(?=\s?(?:\(\d{1,3}\)\s?)?:)",
    re.MULTILINE,
)
# « (pouvior à M. X) »: the word opening a proxy's bracket.
_IN_BRACKET = re.compile(r"\((?P<word>[^\W\d_]{5,12})(?=\s[àa]\s)")
_BRACKET_CUES = {"pouvoir": "pouvoir", "procuration": "procuration"}


def _slip(word: str, cues: dict[str, str]) -> str | None:
    """The cue `word` misses by one letter or two swapped letters, if it misses exactly one."""
    folded = fold(word)
    # a cue's plural or singular, or its feminine, is the readers' own word (« Présidents »,
    # « Pouvoir »): never a slip
    if folded in cues or any(
        folded.rstrip("es") == cue.rstrip("es") for cue in cues if cue[0] == folded[:1]
    ):
        return None
    near = [
        written
        for cue, written in cues.items()
        if cue[0] == folded[:1] and OSA.distance(folded, cue, score_cutoff=1) <= 1
    ]
    if len(near) != 1:
        return None
    return near[0].upper() if word.isupper() else near[0]


def _abbreviation(match: re.Match[str]) -> str:
    word = match.group("word")
    full = _ABBREVIATIONS[fold(word)]
    return full.upper() if word.isupper() and len(word) > 3 else full


def _cue(match: re.Match[str]) -> str:
    return _slip(match.group("word"), _CUES) or match.group("word")


def _bracket(match: re.Match[str]) -> str:
    word = _slip(match.group("word"), _BRACKET_CUES)
    return f"({word or match.group('word')}"


# « Mme X, qui donne pouvoir à Mme Y »: the relative clause is the giver's own sentence.
_WHO_GIVES = re.compile(
    r",\s?qui\s(?=(?:donne|a\sdonn[ée]|remet|a\sremis|confie|a\sconfi[ée])\s(?:son\s|sa\s)?"
    r"(?:pouvoir|procuration|d[ée]l[ée]gation|mandat))",
    re.IGNORECASE,
)
# A proxy as a form's two fields: « Mandant : M. X – Mandataire : Mme Y », « Mandante : X ;
# mandataire : Y », on a line or over two: « X donne pouvoir à Y », which every list reads.
_MANDATE = re.compile(
    r"\bmandante?\s?:\s?(?P<giver>[^:;\n]{3,60}?)\s?(?:[-–—,;/|]\s?|\n\s*)"
    r"mandataire\s?:\s?(?P<holder>[^:;,\n]{3,60}?)\s?(?=[;.]|\n|$)",
    re.IGNORECASE,
)
_CIVILITY = r"(?:M\.|Mme|Monsieur|Madame)"
_NAME_WORD = rf"[{UPPER}][\w'’-]*"  # a name's word starts with a capital: « vote » is none
# « Mme Y pour le compte de M. X » in a list: the holder, then the absent member she votes for.
_ON_BEHALF = re.compile(
    rf"(?P<holder>{_CIVILITY}(?:\s{_NAME_WORD}){{1,4}})\spour\sle\scompte\sd[e']\s?"
    rf"(?P<giver>{_CIVILITY}(?:\s{_NAME_WORD}){{1,4}})(?=\s?[,;.)\n]|$)"
)


# « Mme Y + pouvoir de M. X, M. Z »: the proxy the holder carries, without its brackets.
_PLUS_PROXY = re.compile(
    r"(?<=[^\s(]) ?\+ ?(?P<proxy>(?i:pouvoirs?|procurations?|mandats?) (?:(?i:de) |d['’])?"
    # (a person: a civility or a surname in capitals; never « + pouvoirs du maire »)
    rf"(?:M\.|Mme|Monsieur|Madame|[{UPPER}]{{2}})[^,;()+\n]{{1,50}}?)(?=\s?[,;.)]|\s?\n|$)"
)


# « M. X est porteur du pouvoir de Mme Y », « Mme Z détient la procuration de M. W », « M. V a
# reçu pouvoir de M. U »: the holder first, as a sentence of its own; written as the giver's
# sentence, « Mme Y donne pouvoir à M. X », which every list reads.
_CARRIES_VERB = (
    r"(?:est\sporteu(?:r|se)|est\sd[ée]tent(?:eur|rice)|d[ée]tient|a\sre[çc]u|re[çc]oit|dispose)"
    r"\s(?:du\s|de\sla\s|le\s|la\s|d['’]une?\s)?(?:pouvoir|procuration|mandat|d[ée]l[ée]gation)"
    r"\s(?:de\s|d['’]|du\s)"
)
_CARRIES = re.compile(
    # (a sentence's start, never a civility's full stop: « Présents : M. X »)
    # or a civility after a list's last name, in a flattened text: « …, M. Luc MARTY Mme Rose
    # LAFAGE est porteuse du pouvoir de … »
    r"(?:^|(?<=[.;] )(?<!M\. )(?<!MM\. )|(?<=[\w)] )(?=(?:M\.|Mme|Monsieur|Madame) ))"
    rf"(?P<holder>(?:{_CIVILITY} )?{_NAME_WORD}(?: {_NAME_WORD}){{0,4}}) "
    + _CARRIES_VERB
    + rf"(?P<giver>(?:{_CIVILITY} )?{_NAME_WORD}(?: {_NAME_WORD}){{0,4}})(?= ?[,;.)]| ?$)",
    re.MULTILINE,
)


# Its verb and noun alone (« … est porteur du pouvoir de … »), looked for before the sentence's
# pattern, which is tried at every character: most documents print « présentent », « tient »
# or « pouvoir » somewhere, few a holder's sentence.
_CARRIES_CUE = re.compile(_CARRIES_VERB)
# (the words its verb and its noun are, whole or ending one: every match holds both, and most
# documents holding « tient » and « pouvoir » hold neither)
_CARRIES_VERB_WORDS = strings(
    *(f"\x00{w}\x00" for w in ("porteur", "porteuse", "reçu", "recu")),
    *(f"\x00d{a}tent{end}\x00" for a in "ée" for end in ("eur", "rice")),
    *(f"{w}\x00" for w in ("détient", "detient", "reçoit", "recoit", "dispose")),
)
_CARRIES_NOUN_WORDS = strings(
    *(f"\x00{w}\x00" for w in ("pouvoir", "procuration", "mandat")),
    *(f"\x00d{a}l{b}gation\x00" for a in "ée" for b in "ée"),
)

# « Pouvoir donné par Mme X à M. Y », « Procuration : mandat donné par Mme X à M. Y »: the giver
# after « par », as a sentence or a list's entry; written as « Mme X donne pouvoir à M. Y ».
_GIVEN_BY = re.compile(
    r"\b(?i:pouvoirs?|procurations?|mandats?|d[ée]l[ée]gations?(?:\sde\svote)?)"
    r"\s(?i:donn[ée]e?s?|remise?s?|confi[ée]e?s?)\spar\s"
    rf"(?P<giver>(?:{_CIVILITY} )?{_NAME_WORD}(?: {_NAME_WORD}){{0,4}})\s[àa]\s"
    rf"(?P<holder>(?:{_CIVILITY} )?{_NAME_WORD}(?: {_NAME_WORD}){{0,4}})(?= ?[,;.)]| ?$| [-–—•] )",
    re.MULTILINE,
)


# Every match holds « par » at most 29 characters after its start (« délégations de vote
# confiées par »), and opens on its noun's first letter: the pattern, which opens on an
# alternation ignoring case, is tried only there (see search_near) before it rewrites the text.
_GIVEN_BY_CUES = ("par",)
_GIVEN_BY_BEFORE = 29
_GIVEN_BY_OPENS = "pPmMdD"


def _given(match: re.Match[str]) -> str:
    """A proxy said otherwise (the holder first, a form's fields, « donné par »), written as
    the giver's sentence every list reads."""
    return f"{match['giver']} donne pouvoir à {match['holder']}"


def _on_behalf(match: re.Match[str]) -> str:
    return f"{match['holder']} (+ pouvoir de {match['giver']})"


# « A et B ont donné pouvoir respectivement à C et à D »: two proxies, each its own sentence.
_RESPECTIVELY = re.compile(
    r"(?:^|(?<=[.;:]\s))(?P<a>[^,;:()\n]{3,60}?)\set\s(?P<b>[^,;:()\n]{3,60}?)\s(?:ont\s)?"
    r"(?:donn[ée]s?|remis)\s(?P<what>pouvoir|procuration)s?\s(?:respectivement\s[àa]\s"
    r"(?P<c>[^,;:()\n]{3,60}?)\set\s[àa]\s(?P<d>[^,;:()\n]{3,60}?)|[àa]\s"
    r"(?P<c2>[^,;:()\n]{3,60}?)\set\s[àa]\s(?P<d2>[^,;:()\n]{3,60}?),?\srespectivement)"
    r"(?=\.\s|\.?$|[;\n])",
    re.IGNORECASE | re.MULTILINE,
)


def _each_gives(match: re.Match[str]) -> str:
    what = match.group("what")
    first = match.group("c") or match.group("c2")
    second = match.group("d") or match.group("d2")
    return (
        f"{match.group('a')} a donné {what} à {first}.\n"
        f"{match.group('b').strip()} a donné {what} à {second}"
    )


# A stamp's date printed on the line under it (« RECU EN PREFECTURE » / « le 04/07/2025 »), in
# the middle of a list: joined to its stamp, which the cleaning takes out whole.
_STAMP_DATE = re.compile(
    r"(?P<stamp>(?:re[çc]u|envoy[ée]|accus[ée] de r[ée]ception)\s(?:en|[àa] la)\spr[ée]fecture"
    r"[ \t]{0,5})\n[ \t]{0,5}(?=le\s\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[ \t]{0,5}$)",
    re.IGNORECASE | re.MULTILINE,
)
# What every _STAMP_DATE holds, read in the lower-cased text: a search opening on a word is a
# fast scan, where _STAMP_DATE, ignoring case, is tried at every character.
_STAMP_DATE_CUE = re.compile(r"fecture[ \t]{0,5}\n[ \t]{0,5}le\s\d")
# « Tous les conseillers en exercice sont présents : », « Étaient présents Mmes X, Y … »
# (no colon), « Membres élus par le conseil municipal présents : »: the presents' cue.
# (Every match opens on « t », « l », « é » or « e »: said first, that one test spares each
# other character the anchors and lookbehinds of both branches, a third of the pattern's time.)
_ALL_PRESENT = re.compile(
    r"(?=[tlée])(?:"
    r"^(?:tous\sles|l['’]ensemble\sdes)\s(?:conseill|membres|d[ée]l[ée]gu|[ée]lus)[^:\n]{0,40}?\s"
    r"(?:sont|[ée]taient)\spr[ée]sents(?=\s?:)"
    r"|(?:^|(?<=[.;]\s)|(?<=\d\s))[ée]taient\spr[ée]sents?"
    r"(?=\s(?:Mmes?|MM\.|M\.|Mesdames|Messieurs|Madame|Monsieur)\s))",
    re.IGNORECASE | re.MULTILINE,
)
# « Étaient absents excusés Mesdames et Messieurs X (pouvoir à Y), Z » (no colon): the
# absents' cue, as _ALL_PRESENT's. (Opens on « é » or « e », a fast scan.)
_ABSENT_NO_COLON = re.compile(
    r"(?=[ée])(?:^|(?<=[.;]\s)|(?<=\d\s))(?P<cue>[ée]tai(?:en)?t\s(?:absente?s?"
    r"(?:\s(?:et\s)?excus[ée]e?s?)?|excus[ée]e?s?))"
    r"(?=\s(?:Mmes?|MM\.|M\.|Mesdames|Messieurs|Madame|Monsieur)\s)",
    re.IGNORECASE | re.MULTILINE,
)
# The heads of a two-column attendance table, flattened onto its first row (« PRÉSENTS ABSENTS
# EXCUSÉS M. Daniel AUBRY Mme Paule VERDIER … »): each head with its colon, so the rows read
# as the two lists (storage.parsing.attendance parts them); never a head followed by its line
# break, a table the line-broken text shows whole.
_PRESENT_WORDS = strings("PRÉSENTS", "PRESENTS", "Présents", "Presents")
_AWAY_WORDS = strings("ABSENTS", "Absents", "EXCUSÉS", "Excusés", "EXCUSES", "Excuses")
_COLUMN_HEADS = cues.plain(
    r"(?<![^\s.;:])(?P<first>PR[ÉE]SENTE?S|Pr[ée]sente?s) "
    r"(?P<second>(?:ABSENTE?S|Absente?s)(?: (?:ET |et )?(?:EXCUS[ÉE]E?S|[Ee]xcus[ée]e?s))?"
    r"|EXCUS[ÉE]E?S|Excus[ée]e?s)"
    rf"(?= (?:Mmes?|MM\.|M\.|Madame|Monsieur|[{UPPER}]{{2}}[{UPPER}'’-]* [{UPPER}][{LOWER}]))"
)
# « Présents : tous les conseillers en exercice à l'exception de M. X (pouvoir à M. Y) et de
# Mme Z »: the names that follow are the absentees (with their proxies), not presents.
_ALL_BUT = re.compile(
    r"(?:(?:[ée]taient\s)?pr[ée]sents?\s?:\s?)?(?:tous\sles|toutes\sles|l['’]ensemble\sdes)\s"
    r"(?:conseill|membres|d[ée]l[ée]gu|[ée]lus)[^:\n]{0,40}?,?\s"
    r"(?:[àa]\sl['’]exception|except[ée]|sauf|hormis)\s(?:de\s|d['’]|du\s|des\s)?"
    r"(?P<rest>[^\n]{0,300})",
    re.IGNORECASE,
)
# « … et de Mme Z » in such a list: « et » alone parts two names.
_AND_OF = re.compile(r"(?<=[\w)])\s(?:et|ainsi\sque)\sde\s(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)")
_APPOINTED_PRESENT = re.compile(
    r"^(?P<who>membres\s(?:[ée]lus|nomm[ée]s|d[ée]sign[ée]s))\spar\s[^:\n]{1,60}?\s(?=pr[ée]sents\s?:)",
    re.IGNORECASE | re.MULTILINE,
)
# What every _APPOINTED_PRESENT holds, read in the lower-cased text (with what the engine takes
# for an « s » or an « i » ignoring case, « ſ », « ı », « İ », which lower case keeps apart).
_APPOINTED_CUE = re.compile(
    "membre[sſ]\\s(?:[ée]lu[sſ]|nomm[ée][sſ]|d[ée][sſ](?:i\u0307?|ı)gn[ée][sſ])\\spar\\s"
)


# Attendance told in sentences, each member's own: written as the one-entry lists the readers
# know, on the same line. « M. X était excusé. » → « Excusé : M. X. »; « Mme Y, excusée, avait
# donné pouvoir à M. Z. » → « Excusé : Mme Y (pouvoir à M. Z). ». A name is a civility then at
# most six words (initials with their full stop), ending on a letter before the sentence's end.
_WHO = r"(?:M\.|Mme|Mlle|Monsieur|Madame) (?:(?:[^\W\d_]\.|[^\W\d_][\w'’-]*+) ?){1,6}?"
_SENTENCE_OPENS = r"(?:^|(?<=[.;:]\s)|(?<=^[-–•]\s))"
_SAID_ABSENT = re.compile(
    rf"{_SENTENCE_OPENS}(?P<who>{_WHO}) (?:[ée]tait|est|a\s[ée]t[ée])\s"
    r"(?P<status>excus[ée]e?|absente?(?:\s(?P<excused>et\s)?excus[ée]e?|\ssans\sexcuse)?)"
    r"(?<=[^\W\d_]{2})(?=\s?[.;](?:\s|$)|\s?$)",
    re.MULTILINE,
)
# What every match holds, its verb then its status (« était excusé », « est absente », « a été
# excusée »): a search that opens on one letter is a fast scan, where _SAID_ABSENT, opening on
# its sentence's start, is tried at every character of a document that says « excusés : ».
_SAID_ABSENT_CUE = re.compile(r"t[ée]?\s(?:excus|absent)")
_SAID_REPRESENTED = re.compile(
    rf"{_SENTENCE_OPENS}(?P<who>{_WHO})(?:, (?P<status>excus[ée]e?|absente?|emp[êe]ch[ée]e?), "
    r"(?:(?:(?:avait|a)\s(?:donn[ée]|remis|confi[ée])|donne|donnant)\s(?:son\s|sa\s)?"
    r"(?:pouvoir|procuration|mandat|d[ée]l[ée]gation\sde\svote)\s[àa]"
    # « Mme X, excusée, est représentée par M. Y »
    r"|(?:est|[ée]tait|a\s[ée]t[ée])\srepr[ée]sent[ée]e?\spar)"
    r"| s['’](?:est|[ée]tait)\sfaite?\s(?P<made>repr[ée]senter)\spar)"
    rf"\s(?P<holder>{_WHO})(?<=[^\W\d_]{{2}})(?=\s?[.;](?:\s|$)|\s?$)",
    re.MULTILINE,
)


# « … à l'exception de Mme X (pouvoir à M. Y) et de M. Z, excusés. »: the status said once for
# every name of the list, at its sentence's end
_ALL_EXCUSED = cues.plain(r",?\s(?:tous\s|toutes\s)?(?:deux\s)?excus[ée]e?s(?=\s?[.;]|\s?$)")


def _all_but(match: re.Match[str]) -> str:
    """« Absents : » for « tous les conseillers … à l'exception de », and the list's « et de »
    written « et » up to the line's end; « Excusés : » when the list ends saying so."""
    rest = match.group("rest")
    # (before the next cue's colon: « … M. Z. Secrétaire : … » is another sentence's)
    if (said := _ALL_EXCUSED.search(rest)) and ":" not in rest[: said.start()]:
        return "Excusés : " + _AND_OF.sub(", ", rest[: said.start()]) + rest[said.end() :]
    return "Absents : " + _AND_OF.sub(", ", rest)


def _said_absent(match: re.Match[str]) -> str:
    status = match.group("status").lower()
    excused = status.startswith("excus") or match.group("excused") is not None
    return f"{'Excusé' if excused else 'Absent'} : {match.group('who').strip()}"


def _said_represented(match: re.Match[str]) -> str:
    """« Mme Y, excusée, avait donné pouvoir à M. Z » says her status too; « M. W s'est fait
    représenter par Mme V » only the proxy, as « M. W représenté par Mme V » does."""
    who, holder = match.group("who").strip(), match.group("holder").strip()
    if match.group("made"):
        return f"{who} représenté par {holder}"
    absent = match.group("status").lower().startswith("absent")
    return f"{'Absent' if absent else 'Excusé'} : {who} (pouvoir à {holder})"


# A count before its list, in one paragraph: « 4 présents (M. X, président ; Mme Y ; …), 2
# représentés (Mme Z par M. X ; …), 1 excusé (M. W) » → « Présents (4) : M. X, président ; … .
# Représentés (2) : … . Excusés (1) : M. W. » (the count is kept, and checked against the list).
_COUNTED_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16,
}  # fmt: skip
_COUNTED_LIST = re.compile(
    r"(?:^|(?<=[.;:,(]\s)|(?<=[.;:,(]))(?P<n>\d{1,3}|(?i:un|une|deux|trois|quatre|cinq|six|sept"
    r"|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize))\s(?:(?:membres?|conseill(?:ers?"
    r"|[èe]res?)|[ée]lus?|d[ée]l[ée]gu[ée]e?s?)\s)?"
    r"(?P<cue>(?i:pr[ée]sente?s?|repr[ée]sent[ée]e?s?|(?:absente?s?\s)?excus[ée]e?s?|absente?s?"
    r"|pouvoirs?|procurations?))"
    r"\s?\((?P<names>(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Messieurs|Mesdames)\s[^()]{2,600})"
    r"\)(?P<next>\s?[,;](?=\s))?",
    re.MULTILINE,
)


def _counted_list(match: re.Match[str]) -> str:
    figure = match.group("n")
    count = int(figure) if figure.isdigit() else _COUNTED_WORDS[figure.lower()]
    cue = fold(match.group("cue"))
    label = (
        "Excusés" if "excus" in cue
        else "Représentés" if cue.startswith("re")
        else "Présents" if cue.startswith("pr") and "sent" in cue
        else "Absents" if cue.startswith("ab")
        else "Pouvoirs" if cue.startswith("po")
        else "Procurations"
    )  # fmt: skip
    end = "." if match.group("next") else ""
    return f"{label} ({count}) : {match.group('names').strip()}{end}"


# (from a word's first letter only: a match inside a word was refused below, and each letter
# tried there took up to fourteen letters and gave them back one by one)
_BEFORE_COLON = re.compile(r"(?<![^\W\d_])(?P<word>[^\W\d_]{5,14})\s?(?:\(\d{1,3}\)\s?)?\Z")
_CUE_OPENERS = (".", ";", ",")


def _at_cue(text: str, start: int) -> bool:
    """Whether a word starting at `start` stands where a cue stands (_AT_CUE's openings)."""
    if start == 0 or text[start - 1] in "\n\t":
        return True
    before = text[start - 2 : start]
    if len(before) == 2 and before[1].isspace():
        if before[0] in _CUE_OPENERS or before[0].isspace() or before[0].isdecimal():
            return True
        dash = text[start - 3 : start]
        return len(dash) == 3 and dash[0].isspace() and dash[1] in "-–—"
    return False


def _cues_restored(text: str) -> str:
    """_AT_CUE.sub(_cue, text), read from each colon back to its word: the pattern tried at
    every letter of a document was a tenth of its parsing, for a word a page rarely holds."""
    pieces: list[str] = []
    done = 0
    at = text.find(":")
    while at >= 0:
        word = _BEFORE_COLON.search(text, max(done, at - 24), at)
        if word is not None:
            start = word.start("word")
            if (start == 0 or not is_letter(text[start - 1])) and _at_cue(text, start):
                slipped = _slip(word.group("word"), _CUES)
                if slipped is not None:
                    pieces += (text[done:start], slipped)
                    done = word.end("word")
        at = text.find(":", at + 1)
    return "".join(pieces) + text[done:] if pieces else text


# A cue a scan split by a space anywhere in it, before its colon (« Présent s : », « Etaient
# prése nts : », « Abstent ions : 3 »): its two halves, each a run of letters. The cues a split
# may hide, folded (their singulars too: « présent s »).
_SPLIT_CUES = frozenset(
    [*_CUES, "present", "presente", "presentes", "absent", "absente", "absentes", "excuse",
     "excusee", "excusees", "pouvoir", "procuration", "votant", "representee", "represente",
     "representees", "abstention", "abstentions", "exercice", "suffrages", "exprimes"]
)  # fmt: skip
# (their first letters, folded: most words before a colon open otherwise and are not folded)
_SPLIT_FIRST = frozenset(c for cue in _SPLIT_CUES for c in (cue[0], cue[0].upper()))
_SPLIT_COUNT = re.compile(r"\s?\(\d{1,3}\)\Z")  # « Présent s (12) : »


def _split_cue(before: str, opens: bool) -> tuple[int, str] | None:
    """Where the split cue ending `before` starts, and the cue written whole. `opens`: the
    text before `before` ends a word (or there is none)."""
    line = before.rfind("\n") + 1
    words = before[line:].rstrip()
    if words.endswith(")") and (count := _SPLIT_COUNT.search(words)) is not None:
        words = words[: count.start()]
    head, _, second = words.rpartition(" ")
    rest, spaced, first = head.rpartition(" ")
    if (
        not first
        or first[0] not in _SPLIT_FIRST
        or not 5 <= len(first) + len(second) <= 14
        or not (first + second).isalpha()
        or (not spaced and not line and not opens)  # (the window cut a word)
        or fold(first + second) not in _SPLIT_CUES
    ):
        return None
    return line + len(rest) + len(spaced), first + second


def _split_cues_joined(text: str) -> str:
    """The cues split by a space before their colon, written whole (« Présents : »)."""
    pieces: list[str] = []
    done = 0
    at = text.find(":")
    while at >= 0:
        start = max(done, at - 32)
        opens = start == 0 or not is_letter(text[start - 1])
        if (split := _split_cue(text[start:at], opens)) is not None:
            offset, whole = split
            end = start + offset + len(whole) + 1  # (the space between the halves)
            pieces += (text[done : start + offset], whole)
            done = end
        at = text.find(":", at + 1)
    return "".join(pieces) + text[done:] if pieces else text


# « Présents - M. Paul FAYE, … », « SECRÉTAIRE DE SÉANCE – Mme Anne BOIS », « Absents excusés —
# BOYER Daniel »: a list's or an officer's cue followed by a dash instead of its colon, then a
# name (a civility, or a surname in capitals before a capital). Looked for from each dash back
# to its cue, as _cues_restored does from each colon. (The dash opens the match, the blank
# before it in a lookbehind: a search opening on the blank stopped at every space.)
_DASHED_NAME = (
    r"(?<=[ \t][-–—])[ \t](?=(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame|Messieurs|Mesdames)\s"
    rf"|[{UPPER}]{{2}}[{UPPER}'’-]*\s[{UPPER}])"
)
# (each dash looked for apart, see by_opening: a match is a dash and the blank after it, so
# two never overlap and the three dashes' matches, in order, are the whole pattern's)
_DASH_BEFORE_NAME = by_opening("-–—", _DASHED_NAME)
_CUE_BEFORE_DASH = re.compile(
    r"(?<![\w'’-])(?i:(?:(?:[ée]tai(?:en)?t|membres|conseill[eè]r(?:e|s|es)|d[ée]l[ée]gu[ée]e?s)\s)?"
    r"(?:pr[ée]sent(?:e|s|es)?|absent(?:e|s|es)?(?:\sexcus[ée]e?s?)?|excus[ée]e?s?"
    r"|pouvoirs?|procurations?|secr[ée]taire(?:\sde\ss[ée]ance)?"
    r"|pr[ée]siden(?:t|te|ce)(?:\sde\s(?:la\s)?s[ée]ance)?))$"
)


def _dashed_cues(text: str) -> str:
    """The cues a dash follows, given their colon (« Présents : M. Paul FAYE, … »)."""
    pieces: list[str] = []
    done = 0
    dashes = [dash for pattern in _DASH_BEFORE_NAME for dash in pattern.finditer(text)]
    for dash in sorted(dashes, key=re.Match.start) if len(dashes) > 1 else dashes:
        blank = dash.start() - 1  # the blank before the dash
        start = max(done, blank - 40)
        cue = _CUE_BEFORE_DASH.search(text, start, blank)
        if cue is None or (cue.start() == start > 0 and is_letter(text[start - 1])):
            continue
        if _after_a_comma(text, cue.start()):
            continue  # a function in a dash-parted list: « RAMBAUD, Président - M. X »
        pieces += (text[done:blank], " : ")
        done = dash.end()
    return "".join(pieces) + text[done:] if pieces else text


def _after_a_comma(text: str, at: int) -> bool:
    """Whether a comma comes before `at`, a few spaces or tabs between."""
    before = text[max(0, at - 8) : at].rstrip(" \t")
    return before.endswith(",")


# « X a donné pouvoir de voter en son nom à Y », « procuration pour voter à sa place à Y »: the
# proxy the lists read, « X a donné pouvoir à Y ».
_VOTING_FOR = re.compile(
    r"(?P<what>(?i:pouvoirs?|procurations?|mandats?))\s(?:de|pour)\svoter"
    r"(?:\sen\sson\snom|\s[àa]\ssa\splace|\spour\s(?:lui|elle)|\sen\sleur\snom)?\s(?=[àa]\s)"
)


# A holder's bracket naming several givers, each maybe with a commune in its own bracket:
# « M. X (ayant les procurations de Mme A (Lavaur) et de M. B) », « (+ pouvoirs de A et B) »
# → one bracket a giver, « (ayant la procuration de Mme A) (ayant la procuration de M. B) »
# (two proxies a holder were lawful from 2020 to July 2022). A giver's commune goes: the
# holder's bracket names who gave, the roll call where each sits.
_SEVERAL_GIVERS = re.compile(
    r"\((?:ayant\s(?:re[çc]u\s)?(?:les|la|le)\s|porteur\s(?:des|de\sla|du)\s|\+\s?)?"
    r"(?i:pouvoirs?|procurations?|mandats?)\s(?:de\s|d['’]|des\s)?"
    # (a line's break inside: « (+ pouvoir Lucie » / « FERRAND (Vénon)) »)
    r"(?P<givers>(?:[^()\n]|\n(?!\n)|\([^()\n]{1,60}\)){3,400}?)\)"
)
_GIVER_SPLIT = re.compile(r"\s?[,;]\s(?:et\s)?(?:de\s|d['’])?|\set\s(?:de\s|d['’])?")
_GIVER_PLACE = re.compile(r"\s?\([^()\n]{1,60}\)")
# (a civility, a surname in capitals first, or a first name then the surname: « Lucie FERRAND »)
_GIVER_OPENS = re.compile(
    rf"(?:M\.|Mme|Mlle|Monsieur|Madame)\s|[{UPPER}][{UPPER}'’-]+\s"
    rf"|[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?\s[{UPPER}]{{2}}"
)


def _one_bracket_each(match: re.Match[str]) -> str:
    """Each giver of a holder's bracket in a bracket of its own, when it names several (or
    one with a commune in brackets); the bracket as printed otherwise."""
    givers = " ".join(_GIVER_PLACE.sub("", match.group("givers")).split())
    names = [name.strip() for name in _GIVER_SPLIT.split(givers) if name.strip()]
    if not names or not all(_GIVER_OPENS.match(name) for name in names):
        return match.group()
    if len(names) == 1 and "(" not in match.group("givers"):
        return match.group()
    brackets = " ".join(f"(ayant la procuration de {name})" for name in names)
    for _ in range(match.group().count("\n")):  # the lines keep their numbers
        at = brackets.rfind(" ")
        brackets = f"{brackets[:at]}\n{brackets[at + 1 :]}"
    return brackets


# What every abbreviated cue is followed by (« .: », « . : », « .( », « . ( »), in one search:
# the engine skips from stop to stop at C speed, where each sign looked for in turn was a scan.
_ABBREVIATION_SIGN = cues.plain(r"\. ?[:(]")


# The words restore_cues looks for before its patterns, each asked of the text's words once
# (storage.parsing.present); a string holding a space is asked as its words, then whole.
_STAMPED = strings("fecture", "FECTURE")
_SENT = strings("sent", "SENT")
_WERE = strings("taient", "TAIENT", "tait", "TAIT")
_QUI = strings("qui")
_SAID_ABSENT_WORDS = strings("xcus", "absent")
_PRESENTER = strings("présenter", "presenter")
_AFTER_COMMA = strings("\x00excus", "\x00absent", "\x00emp")
_MANDATE_WORDS = strings("andataire", "ANDATAIRE")
_BY = strings("\x00par\x00")
_GIVEN_WORDS = strings("onn", "emis", "onfi")
_PROXY_NOUNS = strings("ouvoir", "rocuration", "andat")
_VOTER = strings("voter")
_COMPTE = strings("\x00compte\x00")
_RESPECTIVELY_WORD = strings("respectivement")
_DASH_ALONE = strings("\x00-\x00", "\x00–\x00", "\x00—\x00")


def restore_cues(text: str) -> str:
    """The text with its abbreviated and mistyped cues written out, and the proxy sentences
    the readers would misread (« X, qui donne pouvoir à Y », « A et B … respectivement à C et à
    D ») written one proxy a sentence."""
    if holds(text, _STAMPED) and _STAMP_DATE_CUE.search(lowered(text)):
        text = _STAMP_DATE.sub(r"\g<stamp> ", text)
    if holds(text, _SENT):
        low = lowered(text)
        if ("tous" in low or "ensemble" in low) and (
            "xcept" in low or "sauf" in low or "hormis" in low
        ):
            said = _ALL_BUT.sub(_all_but, text)
            if said != text:
                text, low = said, said.lower()
        if "tous" in low or "ensemble" in low or "taient" in low:  # each branch's words
            said = _ALL_PRESENT.sub("Présents :", text)
            if said != text:
                text, low = said, said.lower()
        if _APPOINTED_CUE.search(low):
            text = _APPOINTED_PRESENT.sub(r"\g<who> ", text)
    if holds(text, _WERE):
        text = _ABSENT_NO_COLON.sub(r"\g<cue> :", text)
    if holds(text, _PRESENT_WORDS) and holds(text, _AWAY_WORDS):
        text = _COLUMN_HEADS.sub(r"\g<first> : \g<second> :", text)
    if holds(text, _QUI):
        text = _WHO_GIVES.sub(" ", text)
    if holds(text, _SAID_ABSENT_WORDS) and _SAID_ABSENT_CUE.search(text):
        text = _SAID_ABSENT.sub(_said_absent, text)
    if holds(text, _PRESENTER) or (
        holds(text, _AFTER_COMMA) and (", excus" in text or ", absent" in text or ", emp" in text)
    ):
        text = _SAID_REPRESENTED.sub(_said_represented, text)
    if "(M" in text:
        text = _COUNTED_LIST.sub(_counted_list, text)
    if (
        holds(text, _CARRIES_VERB_WORDS)
        and holds(text, _CARRIES_NOUN_WORDS)
        and _CARRIES_CUE.search(text)
    ):
        text = _CARRIES.sub(_given, text)
    if holds(text, _MANDATE_WORDS):
        text = _MANDATE.sub(_given, text)
    if (
        holds(text, _BY)
        and " par " in text
        and holds(text, _GIVEN_WORDS)
        and search_near(
            _GIVEN_BY, text, _GIVEN_BY_CUES, _GIVEN_BY_BEFORE, len(text), opens=_GIVEN_BY_OPENS
        )
    ):
        text = _GIVEN_BY.sub(_given, text)
    if "+" in text:
        text = _PLUS_PROXY.sub(r" (+ \g<proxy>)", text)
    if "(" in text and holds(text, _PROXY_NOUNS):
        text = _SEVERAL_GIVERS.sub(_one_bracket_each, text)
    if holds(text, _VOTER):
        text = _VOTING_FOR.sub(r"\g<what> ", text)
    if holds(text, _COMPTE) and "pour le compte d" in text:
        text = _ON_BEHALF.sub(_on_behalf, text)
    if holds(text, _RESPECTIVELY_WORD):
        text = _RESPECTIVELY.sub(_each_gives, text)
    if _ABBREVIATION_SIGN.search(text) is not None:
        text = _ABBREVIATED.sub(_abbreviation, text)
    if ":" in text:
        text = _cues_restored(_split_cues_joined(text))
    if holds(text, _DASH_ALONE) and (" - " in text or " – " in text or " — " in text):
        text = _dashed_cues(text)
    if "(" in text:
        text = _IN_BRACKET.sub(_bracket, text)
    return text
