"""What was decided and how it was voted: the decisions after « après en avoir délibéré »,
the outcome, the figures (labelled « Pour : 7 » or in a sentence « 7 voix pour »), and the
members named against, abstaining or not voting."""

from __future__ import annotations

import re
from itertools import takewhile
from typing import NamedTuple

from storage import cues, rules
from storage.documents import DeliberationRecord, Finding, Person
from storage.french import number_in_words
from storage.parsing.attendance import (
    _page_furniture,
    _read_name,
    _without_furniture,
    whole_surnames,
)
from storage.parsing.common import LOWER, UPPER, PerLine, _join_lines, _lower, search_near

_DELIBERATED = re.compile(r"apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]")  # on lower case

# A decision's verb, in the third person: what the council does (storage.parsing.decisions reads
# a compte rendu's decisions by it too).
DECISION_VERBS = (
    r"approuve|adopte|d[ée]cide|fixe|autorise|accorde|attribue|rejette|prend acte|donne acte"
    r"|[ée]met|vote|d[ée]signe|[ée]lit|valide|sollicite|accepte|refuse|modifie|cr[ée]e|supprime"
    r"|octroie|renouvelle|confie|arr[êe]te|retient|maintient|opte|d[ée]l[èe]gue|abroge"
    r"|institue|instaure|reconduit|soutient|mandate|adh[èe]re|ent[ée]rine|ratifie|acquiert"
    r"|c[èe]de|actualise|prolonge|garantit|s['’]oppose|demande|charge|dit|prend connaissance"
)
# Verbs that also open a title or a vote's line (« Vote du budget », « Demande de subvention »,
# « Vote : 12 pour »): a decision only after the council's name.
TITLE_VERBS = frozenset(["vote", "demande", "dit", "charge", "élit", "elit", "cède", "cede"])
# A decision written with its verb in capitals, what it decides after it in small letters
# (« ATTRIBUE un fonds de concours … », « Le Conseil Municipal FIXE les tarifs … », « … et
# AUTORISE M. le Maire à signer »): the verb opens a decision wherever it stands. Never an
# outcome (« ADOPTÉ À L'UNANIMITÉ »), « DÉCIDE : » alone, nor a title in capitals (« VOTE DES
# TAUX »).
_WHAT_IS_DECIDED = rf" (?:[{LOWER}«'’\d(]|M\.|Mme|MM\.|Monsieur|Madame)"
_CAPITAL_VERB = re.compile(
    rf"(?:^|(?<=[\s,:;]))(?P<verb>{DECISION_VERBS.upper()})(?={_WHAT_IS_DECIDED})"
)
# The decisions a line of them runs together, parted before each verb in capitals: « DÉCIDE de
# céder la parcelle et AUTORISE le Maire … », « ATTRIBUE … ; AUTORISE … ».
_CAPITAL_VERB_NEXT = re.compile(
    rf"(?:,? et|[;,])(?: [-–—•▪])? (?=(?:{DECISION_VERBS.upper()}){_WHAT_IS_DECIDED})"
)
# Where a decision opened by its verb stops in a flattened line: a sentence's end before what
# ends the decisions (« … en fonctionnement. Pour : 7 … »); never a civility's full stop.
_DECISION_SENTENCE_END = re.compile(rf"(?<!\bM)(?<!\bMM)(?<!\bMme)\. (?=[{UPPER}])")


# The verb in capitals opening a list of decisions (« Le Conseil municipal DÉCIDE : » then « -
# d'approuver … », or run on: « … APPROUVE : - la vente … ; - le prix … »)
_CAPITAL_VERB_LISTS = re.compile(
    rf"(?:^|(?<=[\s,]))(?P<verb>{DECISION_VERBS.upper()}) ?:(?= [-–—•▪] |[ \t]*$)"
)


def capital_decision(line: str, start: int = 0, listing: bool = False) -> int | None:
    """Where a decision opens on the line by its verb in capitals (« Le Bureau APPROUVE la
    convention »), none for a verb that also opens a title (« DEMANDE de subvention »);
    `listing`: or a verb opening a list after its colon (« Le Conseil DÉCIDE : »)."""
    for verb in _CAPITAL_VERB.finditer(line, start):
        if verb["verb"].lower() not in TITLE_VERBS:
            return verb.start()
    if listing and (listed := _CAPITAL_VERB_LISTS.search(line, start)) is not None:
        return listed.start() if listed["verb"].lower() not in TITLE_VERBS else None
    return None


_DECIDES = re.compile(r"^[-–—\s]*(?:d[ée]cide|d[ée]lib[èe]re|arr[êe]te)\s*:?[-–—\s]*$", re.I)

# (a decision numbered as Word numbers a list: « 1) d'approuver … », « 2° d'autoriser … »)
_BULLET = re.compile(
    r"^(?:[-–—•▪*]|\d{1,2} ?[).°](?= )|[a-h]\)(?= )|article\s+\d+\s*(?:er)?\s*[:.\-–—]?)\s*",
    re.IGNORECASE,
)

_DECISIONS_END = re.compile(
    r"^(?:abstention|contre\s*:|ne\s+prend|ne\s+participe|votes?\s*:|ce\s+dossier|cette\s+d[ée]lib[ée]ration|la\s+(?:pr[ée]sente\s+)?d[ée]lib[ée]ration"
    r"|adopt[ée]|rejet[ée]|unanimit|pour\s+extrait|apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]"
    # « La proposition est rejetée : pour 4, contre 8 », « Le projet est adopté »
    # « Délibération adoptée à l'unanimité des membres présents », « Proposition rejetée »
    r"|(?:d[ée]lib[ée]ration|proposition|motion|d[ée]cision|projet|rapport|point|question)s?"
    r"\s+(?:adopt|approuv|rejet|repouss)[ée]"
    r"|(?:la|le|les)\s+(?:proposition|motion|projet|rapport|point|question)s?\s+(?:est|sont"
    r"|a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+(?:adopt|rejet|approuv|repouss)|fait\s+et\s+d[ée]lib[ée]r[ée]|fait\s+[àa]"
    # « Le budget est adopté par 40 voix pour … », « Votants : 45 dont 40 pour … »
    r"|(?:la|le|les|l['’])\s?[^.\n]{1,40}?\s(?:est|sont|a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+"
    r"(?:adopt|rejet)[ée]e?s?\s+(?:par|[àa])\s|(?:nombre\s+de\s+)?votants\b"
    # « Voix pour : 17 — Voix contre : 3 », « Nombre de voix pour : 17 », « Exprimés : 20 »
    r"|nombre\s+de\s+voix\b|voix\s+(?:pour|contre)\b|(?:suffrages\s+)?exprim[ée]s\s*:"
    r"|pour\s*:|pour\d{1,3}(?!\d)|vote|r[ée]sultat|ont\s+vot[ée]|annexe|acte\s+rendu|le\s+secr[ée]taire"
    r"|la\s+secr[ée]taire|le\s+pr[ée]sident|la\s+pr[ée]sidente|la\s+premi[èe]re|le\s+premier"
    # the vote in a sentence of its own: « Le Bureau adopte par 9 voix pour et 2 abstentions »
    r"|(?:le|la|l['’])\s?(?:conseil|bureau|comit[ée]|commission|assembl[ée]e)\b[^.\n]{0,40}?"
    r"\b(?:adopte|approuve|rejette|vote|prend\s+acte)\b"
    # what follows the last item: « Questions diverses : … », « La séance est levée à 21 h 45 »
    r"|(?:questions?|informations?|affaires?)\s+diverses|points?\s+divers\b"
    r"|la\s+s[ée]ance\s+est\s+(?:lev[ée]e|close)|l['’]ordre\s+du\s+jour\s+[ée]tant\s+[ée]puis"
    r"|cl[ôo]ture\s+de\s+la\s+s[ée]ance)",
    re.IGNORECASE,
)
# A member's movement printed among the decisions (« M. X quitte la salle »): no decision.
_MOVEMENT_LINE = re.compile(
    r"^[-–—•\s]*(?:m\.|mme|mm\.|monsieur|madame)\s[^.;\n]{1,60}?\s(?:quitte|a\s+quitt[ée]"
    r"|se\s+retire|s['’]est\s+retir|sort\b|est\s+sortie?|arrive|est\s+arriv|rejoint|rentre"
    r"|reprend|revient|regagne|r[ée]int[èe]gre|ne\s+prend\s+pas\s+part|n['’]a\s+pas\s+pris\s+part)",
    re.IGNORECASE,
)

# Both tried on each line of the decisions, kept per line (common.PerLine): a council prints
# the same decisions' lines and their closing formula in extract after extract, and these long
# alternations in any case are slow to try.
_DECISIONS_END_AT = PerLine(_DECISIONS_END.match)
_MOVEMENT_LINE_AT = PerLine(_MOVEMENT_LINE.match)

# (« accord unanime », « approuvé unanimement »: the adjective and the adverb say it too)
_UNANIMOUS = re.compile(r"unanimit[ée]|\bunanime(?:ment)?\b", re.IGNORECASE)
# The figure a unanimity prints: « à l'unanimité (29 voix) », « à l'unanimité des 25 votants »,
# « par 29 voix pour, à l'unanimité » is already a « pour ».
_UNANIMITY_FIGURE = re.compile(
    # (never the exception's figure: « Unanimité moins 1 voix contre »)
    r"unanimit[ée](?:(?!moins|sauf|hormis|except)[^.\n\d]){0,40}?(?P<n>\d{1,3}) ?"
    r"(?:voix|votants|suffrages|membres)(?!\s(?:contre|pour)\b)"
    r"|(?P<m>\d{1,3}) (?:voix|votants|suffrages) [àa] l['’]unanimit"
    # « à l'unanimité des suffrages exprimés (27) », « à l'unanimité des membres présents et
    # représentés (27 voix) », « à l'unanimité (27) »: the figure in brackets after whose votes
    r"|unanimit[ée](?: (?:des|de la) (?:suffrages exprim[ée]s|voix exprim[ée]es|votants"
    r"|(?:membres )?pr[ée]sents(?: et repr[ée]sent[ée]s)?|membres))? ?\((?P<p>\d{1,3})"
    r"(?: (?:voix|votants|suffrages|pour))?\)",
    re.IGNORECASE,
)

_REJECTED = re.compile(
    r"\b(?:rejet[ée]e?s?|repouss[ée]e?s?|non\s+adopt[ée]e?s?|n['’]est\s+pas\s+adopt[ée]e?)"
    # the body's own verb: « Le Conseil rejette la proposition », « n'adopte pas le projet »,
    # « décide de ne pas approuver la convention » (never « rejette le recours », a decision)
    r"|\brejett?e(?:nt)?\s+(?:la|le|les|ce|cette|ces)\s+(?:proposition|projet|d[ée]lib[ée]ration"
    r"|rapport|motion|point|texte|amendement)s?\b"
    r"|\bn['’](?:adopte|approuve)(?:nt)?\s+pas\b|\bne\s+pas\s+(?:adopter|approuver)\b",
    re.IGNORECASE,
)

_ADOPTED = re.compile(r"\badopt[ée]e?s?\b|\bapprouv[ée]e?s?\b", re.IGNORECASE)

# A small figure may be written out: « une abstention », « moins deux voix contre ».
_SMALL = {
    "zéro": 0,
    "zero": 0,
    "aucune": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
    "vingt": 20,
}
_UNITS = (
    r"une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix(?:-sept|-huit|-neuf)?|onze|douze|treize"
    r"|quatorze|quinze|seize"
)
# « trente-six voix pour », « soixante et onze »: tens and their unit, read by number_in_words
_TENS = r"(?:vingt|trente|quarante|cinquante|soixante|quatre-vingts?)(?:(?:-et-|-| et )(?:{u}))?"
# It opens on the first letters its words can have: a pattern that starts with the figure skips
# every other place of the text on that one test instead of trying each word there.
_FIGURE = (
    r"(?=\d|(?<![\w'’-])[vtqcszaudhonVTQCSZAUDHON])"
    # (« Contre : néant »: none, as a list's « Absents : néant »)
    rf"(\d+|(?<![\w'’-])(?:{_TENS.format(u=_UNITS)}|z[ée]ro|aucune|n[ée]ant|{_UNITS})(?![\w-]))"
)

# A dash where a figure stands after its label (« Contre : – »): none, zero.
_DASH = r"([-–—])(?=[\s.,;)]|$)"

# Each figure of a vote, labelled (« Contre : 3 ») or in a sentence (« 3 contre »). The labelled
# form is tried first: in « Pour : 7 Contre : 2 » the 7 also stands before « Contre ».
# A roll call's figure after its verb: « Ont voté pour (17) : … », « Se sont abstenus (2) : »
_ROLL_FIGURE = r"\s?\((\d{1,3})\)\s?:"
_VOTED = r"\b(?:ont|a)\s+vot[ée]\s+"

_VOTES_FOR = (
    re.compile(rf"{_VOTED}pour{_ROLL_FIGURE}", re.IGNORECASE),
    re.compile(rf"\bpour\s*[:=]\s*{_FIGURE}", re.IGNORECASE),
    # « VOTE : POUR 10 CONTRE 0 ABSTENTION 0 »: each label then its figure, no colon
    re.compile(r"\bpour\s(\d{1,3})\s(?=contre\b)", re.IGNORECASE),
    re.compile(rf"{_FIGURE}\s+(?:voix\s+)?pour\b", re.IGNORECASE),
    # « Vote : Pour 16 / Contre 0 / Abstention 0 », « POUR 20 / CONTRE 1 / ABSTENTION 3 — adopté »
    re.compile(r"\bpour\s(\d{1,3})\s?(?:[/,;:()–—-]|\.(?!\d)|$)", re.IGNORECASE | re.MULTILINE),
    # « Vote : pour deux, contre quatre, abstention une »: each label then its figure in words
    re.compile(rf"\bpour\s{_FIGURE}\s?[/,;–—-]\s?contre\b", re.IGNORECASE),
)

_VOTES_AGAINST = (
    re.compile(rf"{_VOTED}contre{_ROLL_FIGURE}", re.IGNORECASE),
    re.compile(rf"\bcontre\s*[:=]\s*{_FIGURE}", re.IGNORECASE),
    re.compile(rf"\bcontre\s*[:=]\s*{_DASH}", re.IGNORECASE),
    # its dash lost with the text's bullets: the label alone on its line
    re.compile(r"\bcontre ?:[ \t]*()$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"\bcontre\s(\d{1,3})\s(?=abstentions?\b|abst\.|pour\b)", re.IGNORECASE),
    # « Pour 40, Contre 12 RN »: a group's initials after the figure
    re.compile(r"\bcontre\s(\d{1,3})(?=\s(?-i:[A-Z]{2,6})\b)", re.IGNORECASE),
    # (not the « pour » above a « Contre : » label: « Pour : 19 » / « Contre : »)
    re.compile(rf"{_FIGURE}(?:[ \t]+|\n(?!contre ?:))(?:voix\s+)?contre\b", re.IGNORECASE),
    re.compile(r"\bcontre\s(\d{1,3})\s?(?:[/,;:()–—-]|\.(?!\d)|$)", re.IGNORECASE | re.MULTILINE),
    re.compile(rf"\bcontre\s{_FIGURE}\s?(?:[/,;–—-]|\.(?!\d)|$)", re.IGNORECASE | re.MULTILINE),
)

_ABSTENTIONS = (
    re.compile(rf"\b(?:se\s+sont|s['’]est)\s+abstenue?s?{_ROLL_FIGURE}", re.IGNORECASE),
    # « Ont voté contre : 5 / Se sont abstenus : 2 »: the figure after the verb's colon
    re.compile(
        r"\b(?:se\s+sont|s['’]est)\s+abstenue?s?\s?:\s?(\d{1,3})\b(?![.,]\d)", re.IGNORECASE
    ),
    re.compile(rf"\babstentions?(?:\(s\))?\s*[:=]\s*{_FIGURE}", re.IGNORECASE),
    re.compile(rf"\babstentions?(?:\(s\))?\s*[:=]\s*{_DASH}", re.IGNORECASE),
    re.compile(r"\babstentions? ?:[ \t]*()$", re.IGNORECASE | re.MULTILINE),
    # « 22 pour / 3 contre / 2 abst. », « 4 ABST »
    re.compile(rf"{_FIGURE}\s+abst(?:\.|\b)", re.IGNORECASE),
    # « POUR : 6 / CONTRE : 9 / ABST : 2 »
    re.compile(rf"\babst\.?\s?[:=]\s*{_FIGURE}", re.IGNORECASE),
    re.compile(r"\bcontre\s\d{1,3}\sabst(?:entions?|\.)?\s?(\d{1,3})\b", re.IGNORECASE),
    re.compile(rf"{_FIGURE}\s+abstentions?\b", re.IGNORECASE),
    # (« Pour 30⇥Contre 4⇥Abst. 2 »)
    re.compile(
        r"\babst(?:entions?|\.)?\s(\d{1,3})\s?(?:[/,;:()–—-]|\.(?!\d)|$)",
        re.IGNORECASE | re.MULTILINE,
    ),
    re.compile(
        rf"\babstentions?\s{_FIGURE}\s?(?:[/,;–—-]|\.(?!\d)|$)", re.IGNORECASE | re.MULTILINE
    ),
)
# « M. Z s'abstenant », « (Mme X et M. Y s'abstiennent) »: the names stand before the verb.
# (« Mme X s'abstient de prendre part au vote »: out of the vote, no abstention)
_ABSTAINING_VERB = re.compile(
    r"\bs['’](?:abst(?:enant|ient|iennent|enu)|[ée]tant\s+abstenue?s?)"
    r"(?!\w|\s+de\s+(?:prendre|participer|voter|tout\s+vote|d[ée]lib[ée]rer|si[ée]ger))",
    re.IGNORECASE,
)
# « Ont voté pour : les autres membres présents », « les autres conseillers votant pour »: the
# « pour » is everyone but the others named.
_FOR_THE_OTHERS = re.compile(
    r"\bpour\s?:?\s(?:tous\s)?les\s(?:autres|membres\srestants)|\bpour\s?:?\sle\sreste\b"
    r"|\b(?:les|tous\sles)\sautres\s[^.;\n]{0,40}?vot(?:ent|ant)\spour\b",
    re.IGNORECASE,
)
# « M. X vote contre », « M. X ayant voté contre », « Mme Y et M. Z votant contre »
_AGAINST_VERB = re.compile(
    r"\b(?:vote|votent|votant|a\s+vot[ée]|ont\s+vot[ée]|ayant\s+vot[ée])\s+contre\b(?!\s?:)",
    re.IGNORECASE,
)
# Another vote's words in the window before a verb: the names start after them.
_OTHER_VOTE = re.compile(
    r".*(?:\bcontre\b|\bpour\b|s['’]abst\w*|s['’][ée]tant\s+abstenue?s?)", re.IGNORECASE
)
# Where the names before that verb begin: after the outcome, a bracket or a sentence's end.
# (« à l'unanimité sauf M. X qui s'abstient », « à l'exception de Mme Y qui vote contre »)
_NAMES_START = re.compile(
    r".*(?:unanimit[ée]|majorit[ée]|adopt[ée]e?s?|[(:;]|(?<!\bM)(?<!MM)(?<!Mme)\. "
    r"|\bsauf |\bhormis |\bexcept[ée] |exception d[e'’] ?)",
    re.I,
)
# The relative pronoun between the names and their verb: « sauf M. X qui s'abstient »
_RELATIVE_END = re.compile(r"\s(?:qui|lequel|laquelle|lesquel(?:le)?s)$", re.IGNORECASE)


def _vote_glued(decision: str) -> re.Match[str] | None:
    """The sentence's end after which a decision opened by its verb runs on into the vote
    (« … signer l'acte. ADOPTÉ À L'UNANIMITÉ. », « … en fonctionnement. Pour : 7 »), if any."""
    return next(
        (
            end_at
            for end_at in _DECISION_SENTENCE_END.finditer(decision)
            if _DECISIONS_END_AT[decision[end_at.end() :]]
        ),
        None,
    )


def read_decisions(
    lines: list[str], start: int, end: int, opening: str = ""
) -> tuple[list[str], int]:
    """The decided items after « après en avoir délibéré » (the first opened on the line above
    by its verb: `opening`), and the line where they stop."""
    decisions: list[list[str]] = [[opening]] if opening else []
    if opening and (listed := _BULLETS_AFTER_COLON.search(opening)) is not None:
        # flattened, the verb's list runs on after its colon: « DÉCIDE de fixer les tarifs
        # suivants : - repas enfant : 3,60 € ; - repas adulte : 6,20 € », each entry a decision
        # as on its own line
        small = listed["first"].islower()
        parts = _inline_parts(opening[listed.end() :], listed["mark"] if small else None)
        decisions = [[opening[: opening.index(":", listed.start()) + 1]], *([p] for p in parts)]
    preamble: list[str] = []
    index = start
    for index in range(start, end):
        stripped = lines[index].strip()
        if not stripped:
            continue
        if _DECISIONS_END_AT[stripped] and not _CAPITAL_VERB.match(stripped):
            break  # (« ADOPTE la motion » is a decision, « Adopté à l'unanimité » its vote)
        if _MOVEMENT_LINE_AT[stripped]:
            continue  # read as a movement (storage.parsing.items), not as a decision
        if bullet := _BULLET.match(stripped):
            rest = stripped[bullet.end() :]
            if not any(c.islower() for c in rest) and sum(c.isalpha() for c in rest) > 3:
                break  # « 3. EAU ET ASSAINISSEMENT »: the next chapter's heading, no decision
            # (flattened, the line cut before its first bullet holds the others: « – d'adopter
            # … ; – de charger … »)
            decisions.extend([part] for part in _RUN_ON_BULLETS.split(rest))
        elif _CAPITAL_VERB.match(stripped):
            decisions.append([stripped])  # « ATTRIBUE aux communes … » / « AUTORISE … »
        elif decisions:
            decisions[-1].append(stripped)
        elif not _DECIDES.match(stripped):
            preamble.append(stripped)
    else:
        index = end
    if not decisions and preamble:
        decisions = [preamble]
    texts = [_join_lines(parts).rstrip(" ;,.") for parts in decisions]
    if texts and _DECIDES.match(texts[0]):
        texts = texts[1:]  # (« DÉCIDE : » opening its list: no decision of its own)
    if opening and texts and (glued := _vote_glued(texts[0])) is not None:
        # (flattened, the first decision runs on into the vote: « … en fonctionnement. Pour : 7 »)
        texts[0] = texts[0][: glued.start()]
    texts = [
        part.rstrip(" ;,.")
        for text in texts
        for part in (_CAPITAL_VERB_NEXT.split(text) if _CAPITAL_VERB.search(text) else [text])
    ]
    return [t for t in texts if t], index


# The decisions run on after « après en avoir délibéré » on its own line (a flattened text):
# « …, après en avoir délibéré, - APPROUVE la proposition ; - AUTORISE le Maire … ».
# Or after « décide : », its first decision numbered (« 1) d'approuver … 2) d'autoriser … »)
# or in small letters (« - approuve … ; - autorise … »): then only the same mark parts them.
# The vote may come first: « … délibéré, à l'unanimité : - fixe … » (kept as the vote's).
_INLINE_BULLETS = re.compile(
    r"[\s,:]*(?P<clause>(?:[àa] l['’]unanimit[ée]|[àa] la majorit[ée]|par \d{1,3} voix)"
    r"[^:\n]{0,80}?:[ \t]?)?"
    rf"(?:(?:[-–—•▪] (?=[{UPPER}]))|(?:(?i:d[ée]cide|arr[êe]te)[ \t]?:?[ \t]?)?"
    r"(?P<mark>[-–—•▪]|1 ?[).°]|a\)) (?=[^\W\d_]))"
)
# The first entry of a list run on after its verb's colon: « … suivants : - repas … »
_BULLETS_AFTER_COLON = re.compile(rf" ?: (?P<mark>[-–—•▪]) (?=(?P<first>[{UPPER}{LOWER}]))")
_INLINE_BULLET = re.compile(rf" [-–—•▪] (?=[{UPPER}])")
_INLINE_SMALL_BULLET = re.compile(rf"[ ;,]*[-–—•▪] (?=[{LOWER}])")
_RUN_ON_BULLETS = re.compile(rf" ?; ?[-–—•▪] (?=[{LOWER}])")
# The sentence after the last decision, when the vote is glued to it: « … s'y rapportant.
# Adopté à l'unanimité. »
_SENTENCE_END = re.compile(rf"[.;] (?=[{UPPER}])")


# A vote's clause opening the line under « après en avoir délibéré, »: « par 28 voix pour »,
# « par trente voix pour », « à l'unanimité », « à la majorité ».
_VOTE_CLAUSE = re.compile(
    rf"^[\s,]*(?:par|[àa])\s(?:\d|[{LOWER}-]{{2,20}}(?: et une?)? voix|l['’]unanimit|la majorit)",
    re.IGNORECASE,
)
# The clause cut after its first word: « …, après en avoir délibéré, à » / « l'unanimité, … »,
# « … délibéré, adopte par » / « 12 voix pour … ».
_CLAUSE_OPEN_CUT = re.compile(r"(?<!\w)(?:[àa]|par|[àa] la)[ \t]*$", re.IGNORECASE)
_CLAUSE_REST = re.compile(
    r"^[\s,]*(?:l['’][ \t]?unanimit|majorit|\d{1,3}\s+(?:voix|pour)\b"
    rf"|[{LOWER}-]{{2,20}}(?: et une?)? voix\b)",
    re.IGNORECASE,
)
# Where that clause was cut before its last figure: « …, 2 voix contre et » / « 2 abstentions ».
_CLAUSE_CUT = re.compile(r"(?:\bet|,)\s*$")
_FIGURE_OPENING = re.compile(
    rf"^\s*{_FIGURE}\s+(?:voix\b|abstentions?\b|contre\b|pour\b)", re.IGNORECASE
)


# The clause cut after a figure's word, its next figure opening the line under it with « et »
# or a comma: « … adopte par 8 voix pour » / « et 1 abstention (M. X). »
_CLAUSE_CUT_AFTER_FIGURE = cues.plain(r"\b(?:pour|contre|abstentions?)[ \t]*$", re.IGNORECASE)
_FIGURE_GOES_ON = cues.plain(
    rf"^[ \t]*(?:et|,)[ \t]*{_FIGURE}[ \t]+(?:voix\b|abstentions?\b|contre\b|pour\b)",
    re.IGNORECASE,
)


def _bracket_of_figures(line: str) -> bool:
    """« (2 abstentions) », « (une voix contre) »: a vote's figures alone in a bracket."""
    stripped = line.strip()
    return stripped[:1] == "(" and _FIGURE_OPENING.match(stripped[1:]) is not None


def _decided_after_vote(lines: list[str], decided_at: int, end: int) -> tuple[int, int] | None:
    """« Après en avoir délibéré, le Conseil municipal, » then « Votes : 11 pour, 2 contre, 0
    abstention, FIXE le prix … » (or the verb opening the line under the vote's): the vote
    printed under the formula, the first decision after it; (its line, where its verb starts)."""
    for at in range(decided_at + 1, min(end, decided_at + 4)):
        stripped = lines[at].strip()
        if _DECISIONS_END_AT[stripped]:
            if (verb_at := capital_decision(stripped)) is not None:
                return at, lines[at].index(stripped) + verb_at
            if not stripped.endswith(","):
                return None  # (the vote's sentence ends: no decision goes on after it)
        elif at > decided_at + 1 and capital_decision(stripped) == 0:
            return at, lines[at].index(stripped)
        else:
            return None
    return None


def read_decided(lines: list[str], decided_at: int, end: int) -> tuple[list[str], str, int]:
    """The decisions after the line of « après en avoir délibéré », the text of the vote (that
    line and the lines after the decisions) and the line where the decisions stop."""
    line = lines[decided_at]
    said = _DELIBERATED.search(line.lower())
    verb_at: int | None = None
    held = decided_at  # the line whose verb in capitals opens the decisions
    if said is not None and _INLINE_BULLETS.match(line, said.end()) is None:
        verb_at = capital_decision(line, said.end())
        if verb_at is None and (found := _decided_after_vote(lines, decided_at, end)):
            held, at = found
            line = "\n".join(lines[decided_at : held + 1])
            verb_at = len(line) - len(lines[held]) + at
    if verb_at is not None:
        # « Le Bureau, après en avoir délibéré, ATTRIBUE un fonds … »: the first decision on
        # the line of the formula, what stands before its verb the vote's
        opening = line[verb_at:]
        decisions, stop = read_decisions(lines, held + 1, end, opening)
        # (flattened, the vote glued after the decisions on that line: « … DÉCIDE de céder …
        # et AUTORISE le Maire à signer l'acte. ADOPTÉ À L'UNANIMITÉ. »)
        tail = _vote_glued(opening)
        vote = [line[:verb_at], opening[tail.end() :] if tail else "", *lines[stop:end]]
        return decisions, "\n".join(v for v in vote if v), stop
    decisions, stop = read_decisions(lines, decided_at + 1, end)
    at = decided_at + 1
    if at < end and _VOTE_CLAUSE.match(lines[at]):
        # « …, après en avoir délibéré, » then « par 28 voix pour, 2 voix contre et » then « 2
        # abstentions, fixe … »: the vote printed on the lines under it, before the decisions
        line = f"{line}\n{lines[at]}"
        if at + 1 < end and _CLAUSE_CUT.search(lines[at]):
            line = f"{line}\n{lines[at + 1]}"
    elif at < end and _CLAUSE_CUT.search(line) and _FIGURE_OPENING.match(lines[at]):
        line = f"{line}\n{lines[at]}"  # « … délibéré, par 8 voix pour, 1 contre et » / « 1 … »
    elif at < end and _CLAUSE_CUT_AFTER_FIGURE.search(line) and _FIGURE_GOES_ON.match(lines[at]):
        line = f"{line}\n{lines[at]}"  # « … par 8 voix pour » / « et 1 abstention (M. X). »
        if decisions and decisions[0] == lines[at].strip(" .;"):
            decisions = decisions[1:]
    elif at < end and _CLAUSE_OPEN_CUT.search(line) and _CLAUSE_REST.match(lines[at]):
        line = f"{line}\n{lines[at]}"  # « … délibéré, à » / « l'unanimité, approuve … »
    elif at < end and _bracket_of_figures(lines[at]):
        # « … adopte à l'unanimité des suffrages exprimés » / « (2 abstentions). »: the
        # figures the unanimity leaves out, wrapped under it (no decision of its own)
        line = f"{line}\n{lines[at]}"
        if decisions and decisions[0] == lines[at].strip(" .;"):
            decisions = decisions[1:]
    if said is None or (bullets := _INLINE_BULLETS.match(line, said.end())) is None:
        return decisions, "\n".join([line, *lines[stop:end]]), stop
    parts = _inline_parts(line[bullets.end() :], bullets.group("mark"))
    after = ""
    if glued := list(_SENTENCE_END.finditer(parts[-1])):
        # the last decision ends at a sentence's end; what follows it is the vote, or the
        # sitting's end after an earlier sentence (« … 2026. Questions diverses : - M. X … »)
        last = parts[-1]
        parts[-1] = f"{last[: glued[-1].start()]}. {last[glued[-1].end() :]}"
        for glue in reversed(glued):
            rest = last[glue.end() :]
            # (« … charge le Maire. VOIX » / « POUR : 17 »: the vote's label cut at its line's end)
            run_on = f"{rest} {lines[stop]}" if stop < end else rest
            if _DECISIONS_END.match(rest) or _DECISIONS_END.match(run_on):
                parts[-1], after = last[: glue.start()], rest
                break
    inline = [part.strip().rstrip(" ;,.") for part in parts]
    vote = [line[: said.end()] + (bullets.group("clause") or ""), after, *lines[stop:end]]
    return [d for d in inline if d] + decisions, "\n".join(v for v in vote if v), stop


def _inline_parts(run: str, mark: str | None) -> list[str]:
    """The decisions run on one line after their first mark: parted at each dash or bullet
    before a capital, or, after « 1) », at « 2) », « 3) » … in turn, or, after a dash before a
    small letter, at each such dash."""
    if mark is None:
        return _INLINE_BULLET.split(run)
    if not mark[0].isdigit() and mark != "a)":
        return _INLINE_SMALL_BULLET.split(run)
    parts: list[str] = []
    place, sign = 1, mark[-1]  # (« 2) », « 3) » … or « b) », « c) » …)
    while (at := _next_numbered(run, _MARKS[mark[0] == "a"][place], sign)) is not None:
        parts.append(run[: at[0]])
        run = run[at[1] :]
        place += 1
    return [*parts, run]


_MARKS = ([str(figure) for figure in range(1, 101)], [*"abcdefghijklmnopqrstuvwxyz", ""])


def _next_numbered(run: str, figure: str, sign: str) -> tuple[int, int] | None:
    """Where « 2) » (the figure, its sign) parts the decisions: its start and its end."""
    if not figure:
        return None
    for spelled in (f" {figure}{sign} ", f" {figure} {sign} "):
        if (at := run.find(spelled)) >= 0:
            start = at
            while start > 0 and run[start - 1] in " ;,":
                start -= 1
            return start, at + len(spelled)
    return None


# The words a vote opens with when printed after its item's title on one line (« … : adopté
# par 5 voix », « … – accord à l'unanimité », « … : avis favorable », « … : 18 voix pour »).
# « Accord » says a vote only with its unanimity, majority or figures (« accord-cadre »,
# « accord de principe » name things).
OUTCOME_OPENING = (
    r"(?i:adopt|rejet|approuv|[àa] l['’]unanimit|unanimit|pris acte|prend acte|retir|ajourn"
    r"|accord (?=[àa] l['’]unanimit|[àa] la majorit|unanime|par \d|\()"
    r"|avis (?:favorable|d[ée]favorable)\b"
    # (« 18 P / 2 A »: figures by their initials, as a table's cell prints them)
    r"|\d{1,3} (?:voix|pour\b)|\d{1,3} ?P\b)"
)


# Where a title printed on its heading's line ends and the item's vote begins: « Surtaxe
# assainissement 2025 : adopté à la majorité … », « Tarifs de la cantine. Adopté à l'unanimité ».
_VOTE_AFTER_TITLE = re.compile(
    # (« Vote des taux d'imposition » is a title: the noun, then what is voted)
    # (« … | Aide aux communes | ADOPTÉ à l'unanimité »: a row's cells parted by bars)
    # (« Tarifs → adopté … »: an arrow)
    r"(?: ?[:–—|→⇒-] | ?\. |, | => )"
    r"(?=(?i:adopt|approuv|rejet|vot[ée](?!s? d(?:es?|u)\b|s? d['’])"
    r"|[àa] l['’]unanimit|unanimit|(?:accord |avis |vote |d[ée]cision )?unanime(?:ment)?\b"
    r"|accord (?=[àa] l['’]unanimit|[àa] la majorit|par \d)|avis (?:favorable|d[ée]favorable)\b"
    r"|[àa] la majorit|le (?:conseil|comit[ée]|bureau)|la commission|retir[ée]|ajourn|report[ée]"
    r"|pris acte|prend acte|prise d['’]acte|(?:pour|contre|abstentions?) ?: ?\d"
    r"|(?:pour|contre) \d{1,3}\b"
    r"|\d+ (?:voix|pour\b)|\d+ ?p ?/ ?\d+ ?[ca]\b"
    r"|pas de vote|sans (?:vote|objet)"
    # « … des familles : ne prennent pas part au vote M. X et Mme Y ; adopté … »
    r"|ne (?:prend|prennent|participe|participent) pas (?:part )?au vote"
    # a member's movement printed after the title: « Compte administratif 2024 – M. DESCHAMPS,
    # Président, se retire au moment du vote », « … : M. le Maire se retire ; adopté … »
    r"|(?:m\.|mme|monsieur|madame) [^.;:]{1,60}?(?:se retire|quitte|sort de|ne prend pas|arrive"
    r"|rejoint)"
    # an election's outcome: « Élection du maire : Mme X est élue au premier tour … »,
    # « Désignation des délégués : sont désignés M. X et Mme Y », « … – Sont élus : … »
    r"|(?:sont|est) (?:[ée]lue?s?|d[ée]sign[ée]e?s?|nomm[ée]e?s?)\b"
    r"|(?:m\.|mme|monsieur|madame|la liste|le candidat|la candidate) (?:m\. |[^.;:]){1,80}?"
    r"(?:est|sont) (?:proclam[ée]e?s?|install[ée]e?s?|[ée]lue?s?\b|d[ée]sign[ée]e?s?\b"
    r"|nomm[ée]e?s?\b)"
    # (or only the names chosen, then the vote: « Désignation des représentants au CNAS :
    # Mme Sylvie DUBOIS (unanimité) »)
    r"|(?:m\.|mme|mm\.|monsieur|madame) (?:m\. |mme |[^.;:()]){1,120}?\((?:[àa] l['’])?unanimit))"
    # who does not vote, opening its sentence after the title without a stop (flattened):
    # « … station du Lioran Non-participation au vote : M. X », « … Ne prend pas part au vote »
    r"| (?=Non[- ]participation\s(?:au|[àa] ce)\svote|NON[- ]PARTICIPATION\s(?:AU|[ÀA] CE)\sVOTE"
    r"|Ne (?:prend|prennent|participe|participent) pas (?:part )?au vote)"
    # the outcome in brackets closing the line: « Tarifs de l'eau (adopté à l'unanimité) »
    r"| \((?=(?i:adopt[ée]|approuv[ée]|rejet[ée]|[àa] l['’]unanimit|unanimit)[^()\n]*\)\W{0,2}$)"
    # an outcome in capitals after the title's last word: « … Pré-Château  UNANIMITÉ »
    r"| (?=(?:[ÀA] L['’])?UNANIMIT[ÉE]\W{0,3}$|ADOPT[ÉE]E?S?\W{0,3}$|REJET[ÉE]E?S?\W{0,3}$"
    # (with its vote's words: « … Les Granges ADOPTÉ À L'UNANIMITÉ »)
    r"|(?:ADOPT|REJET)[ÉE]E?S? (?:[ÀA] L['’]UNANIMIT|[ÀA] LA MAJORIT|PAR \d)"
    # the outcome's own label run on after the title (« … de la piscine DÉCISION : adoptée »)
    r"|(?:D[ÉE]CISION|D[ée]cision) ?: ?(?i:adopt|approuv|rejet|unanimit|[àa] l['’]unanimit)"
    # (or alone, its outcome cut to the next line: « … de la piscine Décision : »)
    r"|(?:D[ÉE]CISION|D[ée]cision) ?:$"
    # the outcome's sentence after the title's last word: « … de repas Décision prise à
    # l'unanimité », « … du gymnase Délibération adoptée par 12 voix »
    r"|D[ée]cision prise\b|(?:D[ée]cision|D[ée]lib[ée]ration|Proposition|Motion)"
    r" (?:adopt|approuv|rejet)[ée]e\b"
    # a vote's labelled figure right after the title, flattened: « … des élus Abstentions : 2 »
    r"|(?:Pour|POUR|Contre|CONTRE|Abstentions?|ABSTENTIONS?|Votants|VOTANTS|Exprim[ée]s"
    r"|EXPRIM[ÉE]S|Suffrages exprim[ée]s|SUFFRAGES EXPRIM[ÉE]S) ?: ?\d"
    # a figure's cell then the vote's: « Avenant n° 3 unanimité » (glued in the PDF)
    r"|(?<=\d )(?:[àa] l['’])?[Uu]nanimit[ée]\W{0,3}$"
    r"|\d{1,3} POUR\b"
    # each label then its figure: « … Aides facultatives POUR 20 - CONTRE 1 - ABSTENTION 3 »
    r"|(?:Pour|POUR) \d{1,3} ?[-–—/,;]? ?(?:Contre|CONTRE)\b"
    # or with a capital, closing the line: « Débat d'orientation budgétaire 2025 Pris acte »
    r"|(?:Pris acte|Prend acte|Adopt[ée]e?s?|Rejet[ée]e?s?|Approuv[ée]e?s?)\W{0,3}$"
    # or before the vote's cell: « … 2023 Pris acte Sans vote », « … Adopté Unanimité »
    r"|(?:Pris acte|Prend acte|Adopt[ée]e?s?|Rejet[ée]e?s?) (?=(?i:sans vote|unanimit"
    r"|[àa] l['’]unanimit)|\d{1,3} (?:pour|voix|POUR)\b))"
)


def split_title(rest: str) -> tuple[str, str]:
    """The title printed on a heading's line, and the vote that follows it on that line."""
    rest = unglued(rest)  # « Avenant n° 3unanimité », « Tarifs – Pour25Contre8 »
    if rest[:2] == "| ":
        rest = rest[2:]  # « Rapport CP.2031.02-05 | Aide aux communes | ADOPTÉ … »: a row's cell
    if (split := _VOTE_AFTER_TITLE.search(rest)) is None:
        return rest, ""
    title, vote = rest[: split.start()], rest[split.end() :]
    if split.group().strip() in (",", ":", "–", "—", "-") and (
        clause := _DECIDED_AFTER_TITLE.search(title)
    ):
        # « Indemnités des adjoints : fixé à trois, adopté à l'unanimité », « Tarifs : hausse
        # de 2 % – adopté »: the title stops at its colon, what was decided goes with the vote
        return title[: clause.start()], f"{title[clause.end() :]}, {vote}"
    return title, vote


# What was decided, printed between the title's colon and the vote after a comma: a past
# participle opening it (« : fixé à trois », « : loyer porté à 450 euros », « : attribuée à
# l'association »), a sum or a rate (« : augmentation de 2 % », « : 1 500 € »), or a « vu … »
# (« : vu l'avis de la commission, le projet est adopté »)
_DECIDED_AFTER_TITLE = cues.plain(
    r" ?[:–—] (?=(?:[^\W\d_]+ )?[^\W\d_]+(?:é|ée|és|ées) (?:à|au|aux|de|en|pour|par)\b"
    r"[^:]{0,200}$|[^:]{0,200}?\d ?(?:%|€|euros?\b)[^:]{0,200}$|vu\b[^:]{0,200}$)",
    re.IGNORECASE,
)


# More figures than any vote or count has: read as no figure (Python refuses past 4,300).
_MAX_FIGURE_DIGITS = 9


def _first_number(
    patterns: tuple[re.Pattern[str], ...], text: str, low: str = "", folded: str = ""
) -> int | None:
    """The figure the first pattern that matches reads. `low` and `folded`, the text in lower
    case (offsets kept) and casefolded, let each pattern be tried only where its words are
    (see _WHERE): most of these patterns open on a word boundary or a figure, and are tried
    at every character otherwise."""
    for pattern in patterns:
        where = _where(pattern) if low else None
        if where is None:
            match = pattern.search(text)
        elif where[0] == "near":
            # « ſ » (a long s) is an « s » to the engine, never to the lower case
            match = (
                pattern.search(text)
                if "ſ" in text
                else search_near(pattern, text, (where[1],), 0, len(text), where=low)
            )
        elif where[0] == "after figure":
            match = pattern.search(text) if _after_figure(folded, where[1]) else None
        else:
            match = pattern.search(text) if where[1] in folded else None
        if match:
            figure = match.group(1)
            if (not figure or figure in _DASHES) and _FIGURE_BEFORE.search(
                text, max(0, match.start() - 40), match.start()
            ):
                continue  # « … et une abstention : » / « - APPROUVE … »: its figure came first
            if figure.isdigit():
                # (« Pour : 1111… » of fifty thousand digits is no vote any body casts)
                return int(figure) if len(figure) <= _MAX_FIGURE_DIGITS else None
            return _SMALL.get(figure.lower()) or number_in_words(figure) or 0
    return None


# A vote's figure in a sentence, its label after it: « … deux voix contre et une abstention : »
# then the decisions, a bullet each: the colon opens them, the dash under it is no zero.
_DASHES = "-–—"
_FIGURE_BEFORE = cues.plain(
    rf"(?:(?:\bet|,)\s+\d{{1,3}}|(?<![\w'’-])(?:{_TENS.format(u=_UNITS)}|{_UNITS}))"
    r"\s+(?:voix\s+)?\Z",
    re.IGNORECASE,
)


# Where each pattern of a vote's figures can match, read from how it opens: on its label
# (« \bpour… »: tried only where the label stands, in lower case), on a figure (« {_FIGURE}\s+
# pour »: only when the label follows a figure and blanks somewhere, casefolded), on a verb
# (only when the text holds the verb's letters, casefolded). Any other pattern is searched
# whole. tests/test_parsing_gates.py holds each to the plain search.
# (kept by each pattern's identity, with the pattern: its hash is its whole program's, worked
# out again at each look-up, tens of microseconds for a long one)
_WHERE: dict[int, tuple[re.Pattern[str], tuple[str, str] | None]] = {}
_LABEL_OPENING = re.compile(r"\\b(pour|contre|abst)")


def _where(pattern: re.Pattern[str]) -> tuple[str, str] | None:
    if (kept := _WHERE.get(id(pattern))) is not None:
        return kept[1]
    where: tuple[str, str] | None = None
    source = pattern.pattern
    label = _LABEL_OPENING.match(source)
    if label is not None:
        where = ("near", label.group(1))
    elif source.startswith(_FIGURE):
        words = re.search(r"pour|contre|abst", source[len(_FIGURE) :])
        where = ("after figure", words.group()) if words else None
    elif source.startswith(_VOTED):
        where = ("holds", "vot")
    elif source.startswith(r"\b(?:se\s+sont|s['’]est)\s+abstenue?"):
        where = ("holds", "tenu")
    _WHERE[id(pattern)] = (pattern, where)
    return where


def _after_figure(folded: str, word: str) -> bool:
    """Whether `word` stands somewhere after blanks that follow a letter or a digit (the end of
    a figure, or of « voix »): the least a pattern opening on a figure needs."""
    at = folded.find(word)
    while at >= 0:
        end = at - 1  # back over the blanks before the word (each run once: linear)
        while end >= 0 and folded[end].isspace():
            end -= 1
        if end < at - 1 and end >= 0 and folded[end].isalnum():
            return True
        at = folded.find(word, at + 1)
    return False


_A_NAME = re.compile(
    rf"(?:M\.|MM\.|Mmes?\b|Mlle|Monsieur|Madame|Messieurs|Mesdames)|[{UPPER}][^\n]{{0,40}}\b[{UPPER}]{{2}}"
)


def _abstaining_before_verb(text: str, verbs: re.Pattern[str] = _ABSTAINING_VERB) -> list[Person]:
    """Who is named abstaining (or, with `verbs`, against) with a verb: « à l'unanimité, M. Z
    s'abstenant », « M. X vote contre, Mme Y s'abstient »."""
    people: list[Person] = []
    for verb in verbs.finditer(text):
        window = text[max(0, verb.start() - 160) : verb.start()]
        window = window[window.rfind("\n") + 1 :]
        if start := _NAMES_START.match(window):
            window = window[start.end() :]
        if other := _OTHER_VOTE.match(window):
            window = window[other.end() :].lstrip(" ,")
            window = window[3:] if window.startswith("et ") else window
        for part in _NAME_LIST_SPLIT.split(_RELATIVE_END.sub("", window.strip(" ,"))):
            part = part.strip()
            if not _A_NAME.match(part):
                continue  # « Le Conseil », a sentence: no civility, no name in capitals
            read = _read_name(part)
            if isinstance(read, Person) and read.last_name:
                people.append(read)
    return people


# (a note in brackets after a name stays in the list: « M. TESSIER (par procuration), Mme ROUX »)
_NAMES_AFTER = (
    rf"(?P<names>(?:M\.|MM\.|Mme|Monsieur|Madame|[{UPPER}])"
    r"(?:[^\n()]|\([^\n()]{0,60}\)){1,300})"
)
_NOTE = re.compile(r"\([^()\n]{0,60}\)")

_AGAINST_NAMES = (
    # « Ont voté contre : M. X, Mme Y »
    re.compile(
        rf"\b(?:ont|a)\s+vot[ée]\s+contre(?:\s?\(\d{{1,3}}\))?\s?:\s?{_NAMES_AFTER}",
        re.IGNORECASE,
    ),
    re.compile(rf"{_FIGURE}\s(?:voix\s)?contre\s?\((?P<names>[^()\n]{{2,300}})\)", re.IGNORECASE),
    # « Contre : 3 (M. X, Mme Y, M. Z) », « 2 voix contre : M. X, Mme Y »
    re.compile(r"\bcontre\s?:?\s?\d+\s?\((?P<names>[^()\n]{2,300})\)", re.IGNORECASE),
    re.compile(rf"\d+\s(?:voix\s)?contre\s?:\s?{_NAMES_AFTER}", re.IGNORECASE),
    re.compile(rf"\bcontre\s?:\s?{_NAMES_AFTER}", re.IGNORECASE),
)

_ABSTAIN_NAMES = (
    re.compile(rf"{_FIGURE}\sabstentions?\s?\((?P<names>[^()\n]{{2,300}})\)", re.IGNORECASE),
    re.compile(
        r"\babst(?:entions?)?\.?(?:\(s\))?\s?:?\s?\d+\s?\((?P<names>[^()\n]{2,300})\)",
        re.IGNORECASE,
    ),
    re.compile(rf"\d+\sabstentions?\s?:\s?{_NAMES_AFTER}", re.IGNORECASE),
    re.compile(rf"\babstentions?(?:\(s\))?\s?:\s?{_NAMES_AFTER}", re.IGNORECASE),
    re.compile(rf"\bs['’]abstien(?:t|nent)\s?:\s?{_NAMES_AFTER}", re.IGNORECASE),
    re.compile(
        rf"\b(?:se\s+sont|s['’]est)\s+abstenue?s?(?:\s?\(\d{{1,3}}\))?\s?:\s?{_NAMES_AFTER}",
        re.IGNORECASE,
    ),
)
# « Ont voté pour : M. X, Mme Y, … »: the « pour » counted from its names
_FOR_NAMES = (
    re.compile(
        rf"\b(?:ont|a)\s+vot[ée]\s+pour(?:\s?\(\d{{1,3}}\))?\s?:\s?{_NAMES_AFTER}",
        re.IGNORECASE,
    ),
)
# The outcome printed right after the names, its line break lost: « …, Mme Claire MASSON ADOPTE »
_OUTCOME_AFTER = re.compile(
    r"\s(?=(?i:adopt[ée]e?s?|rejet[ée]e?s?|approuv[ée]e?s?|la\sd[ée]lib[ée]ration)\b)"
)
# Where a list of names ends in a run-on text: a sentence's full stop or a semicolon.
_NAMES_END = re.compile(r"(?<=[^\W\d_]{2})\.(?:\s|$)")

# (« Majorité (2 contre) » opening its line: the result alone, in a relevé's column)
_MAJORITY = re.compile(
    r"\b[àa]\s+la\s+majorit[ée]|^[ \t]*majorit[ée]\b", re.IGNORECASE | re.MULTILINE
)

# « Retiré de l'ordre du jour », « Point retiré », « Le projet de délibération est retiré »:
# no vote, withdrawn; « Ajourné », « Dossier reporté à une prochaine séance », « L'examen de ce
# point est renvoyé », « décide de reporter ce point »: no vote, deferred. The subject is the
# item itself (point, dossier, projet, délibération, examen, vote …) a few words before its
# verb: « le résultat est reporté en section d'investissement » is a decision, and « M. X s'est
# retiré » a movement.
_THE_ITEM = (
    r"\b(?:point|dossier|question|rapport|projet|affaire|d[ée]lib[ée]ration|sujet|examen|vote"
    r"|motion)s?\b[^.;:\n]{0,40}?"
)
_IS_DONE = r"(?<![sS]['’])\b(?:est|sont|a\s+[ée]t[ée]|ont\s+[ée]t[ée]|sera|seront)\s+"
_TO_DO = r"\b(?:d[ée]cide|propose|convient|accepte)\s+d(?:e\s+|['’])"
_THIS_ITEM = (
    r"\s+(?:ce|cette|le|la|l['’]|les|ces)\s?(?:examen\s+d[eu]\s+|vote\s+d[eu]\s+)?"
    r"(?:point|dossier|question|rapport|projet|affaire|d[ée]lib[ée]ration|sujet|examen|vote)"
)
_WITHDRAWN = re.compile(
    r"\bretir[ée]e?s? de l['’]ordre du jour|\b(?:point|dossier|question|rapport|projet)"
    r" (?:est )?retir[ée]|^\W*retir[ée]e?s?\b"
    rf"|{_THE_ITEM}{_IS_DONE}retir[ée]e?s?\b"
    # (« retire ce point », « retire le dossier de l'ordre du jour »; never « décide de retirer
    # la délibération n° 2022-14 », a decision of its own)
    r"|\bretire(?:r|nt)?\s+(?:ce|cette|ces)\s+(?:point|dossier|question|rapport|projet|affaire)"
    r"|\bretire(?:r|nt)?\s+[^.;\n]{0,40}?de\s+l['’]ordre\s+du\s+jour"
    r"|\bretrait\s+d[eu]\s+(?:l['’]ordre\s+du\s+jour|point|dossier|rapport|projet)\b",
    re.IGNORECASE | re.MULTILINE,
)
_DEFERRED = re.compile(
    r"\bajourn[ée]e?s?\b|\b(?:point|dossier|question|rapport|projet) (?:est )?report[ée]"
    r"|\breport[ée]e?s? (?:[àa]|au) (?:une |la |le )?(?:prochaine?|s[ée]ance|ult[ée]rieure?)"
    r"|^\W*report[ée]e?s?\b"
    rf"|{_THE_ITEM}{_IS_DONE}(?:report|renvoy|diff[ée]r)[ée]e?s?\b"
    rf"|{_TO_DO}(?:reporter|renvoyer|diff[ée]rer|ajourner){_THIS_ITEM}",
    re.IGNORECASE | re.MULTILINE,
)

_NOTED = re.compile(
    r"\bprend\s+acte\b|\bpris\s+acte\b|\bdonn[ée]\s+acte\b|\bprise\s+d['’]acte\b"
    # « Le conseil municipal a pris connaissance du rapport » (never « après avoir pris … »)
    r"|\b(?:a|ont)\s+pris\s+connaissance\b|\bprend\s+connaissance\b"
    # « Acte est donné au Président de la présentation du rapport », « acte lui en est donné »
    r"|\bacte\s+(?:(?:lui|leur)\s+)?(?:en\s+)?est\s+donn[ée]",
    re.IGNORECASE,
)
# An item the council only heard: « Communication sans vote », « Information sans vote »,
# « Cette communication ne donne pas lieu à un vote », « non soumis au vote » (looked for
# after a withdrawn or deferred item's words: « Point retiré, sans vote » is withdrawn; a
# bare « Sans vote » under « Questions diverses » is no item noted).
_WITHOUT_VOTE = re.compile(
    r"\b(?:communication|information|pr[ée]sentation|d[ée]bat|rapport)s?\s+sans\s+vote\b"
    r"|\b(?:ne\s+donn(?:e|ant)|n['’]a|n['’]ayant)\s+pas\s+(?:donn[ée]\s+)?lieu\s+[àa]\s+"
    r"(?:un\s+)?vote|\bne\s+(?:fait|faisant)\s+pas\s+l['’]objet\s+d['’]un\s+vote"
    r"|\bnon\s+soumise?s?\s+au\s+vote"
    # « Pas de vote : information. », « Point d'information, pas de délibération », « Pour
    # information – sans vote », « n'appelle pas de vote »
    r"|\bpas\s+de\s+vote\s?[:,.;–—-]\s?(?:pour\s+|point\s+d['’])?information\b"
    r"|\b(?:point\s+d['’]|pour\s+)information\s?[:,.;–—-]?\s?(?:pas\s+de|sans)\s+"
    r"(?:vote|d[ée]lib[ée]ration)\b"
    r"|\bn['’](?:appelle|appelant)\s+pas\s+de\s+vote\b",
    re.IGNORECASE,
)


def _noted_last(text: str, folded: str) -> bool:
    """Whether the item closes on its being noted (« Il est pris acte de ce rapport ») after
    every word of a vote it printed: an exposé quoting another body's vote (« le rapport
    adopté par le comité syndical le 3 avril ») or what is proposed is no vote of this one."""
    noted = (
        [m.start() for m in _NOTED.finditer(text)] if "acte" in folded or "conn" in folded else []
    )
    if "vote" in folded or "information" in folded:
        noted += [m.start() for m in _WITHOUT_VOTE.finditer(text)]
    if not noted:
        return False
    voted = [
        m.start() for pattern in (_ADOPTED, _REJECTED, _MAJORITY) for m in pattern.finditer(text)
    ]
    return not voted or max(voted) < max(noted)


_NAME_LIST_SPLIT = re.compile(r"\s?,\s?|\set\s")
_GROUP = re.compile(
    r"(?:le |les )?(?:groupes?|liste|[ée]lus|opposition|majorit|non[- ]inscrit)", re.IGNORECASE
)


def _named(patterns: tuple[re.Pattern[str], ...], text: str) -> list[Person]:
    for pattern in patterns:
        if match := pattern.search(text):
            people = []
            # The names end at their sentence or at « ; », unless what follows « ; » is the
            # next group's members: « (Groupe X : M. Y ; Non-inscrits : M. Z) ».
            names = _OUTCOME_AFTER.split(match.group("names"), 1)[0]
            # (a page's stamp or footer run in among them, the text flattened: not a name)
            names = next(iter(_without_furniture((names,), None)), "")
            groups = _NAMES_END.split(names, 1)[0].strip(" .;").split(";")
            groups = groups[:1] + list(takewhile(lambda g: _GROUP.match(g.strip()), groups[1:]))
            parts = []
            for group in groups:
                if _GROUP.match(group.strip()):
                    # « (groupe Ensemble) » names a group, not people; « (Groupe Écologie :
                    # M. FLEURY) » names its members after the colon
                    _, colon, members = group.partition(":")
                    if not colon:
                        continue
                    group = members
                parts += _NAME_LIST_SPLIT.split(group)
            for part in parts:
                read = _read_name(_NOTE.sub(" ", part) if "(" in part else part)
                if (
                    isinstance(read, Person)
                    and read.last_name[:1].isupper()  # « (rejeté) » names nobody
                    and not part.strip().isdigit()
                ):
                    people.append(read)
            if people:
                whole = whole_surnames(people)  # « Contre : M. BEN SAÏD, Mme COSTA E SILVA »
                return [whole.get(p, p) for p in people]
    return []


class Vote(NamedTuple):
    """What one vote's text names: who voted against, who abstained, and whether it is a
    unanimity whose « pour » is not printed (then counted from the votants, storage.parsing.
    extract, where the attendance at that vote is known); so is a majority printing only the
    others (« Majorité (2 contre) »)."""

    against: list[Person]
    abstaining: list[Person]
    unanimity: bool = False


# How many members did not take part in the vote, when the figure is printed: « Ne prennent pas
# part au vote : 27 (groupe X) », « 2 ne prenant pas part au vote », « NPPV : 3 ».
_NOT_TAKING_PART = (
    re.compile(
        # (each holds « part », the word its gate looks for)
        r"\bne\s(?:(?:prend|prennent)\spas\spart|participe(?:nt)?\spas)(?:\sau\svote)?\s?:?\s?"
        rf"\(?{_FIGURE}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_FIGURE}\s(?:[a-zéè]{{2,14}}\s)?(?:ne\s(?:prenant|prennent|participant|participent)"
        r"\spas|n['’]ayant\spas\spris\spart|non[- ]participations?\b|nppv?\b)",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:non[- ]participations?(?:\sau\svote)?|nppv?)\s?:?\s?{_FIGURE}", re.I),
)


def not_taking_part(text: str) -> int | None:
    """How many members did not take part in a vote, when its text prints the figure."""
    folded = text.casefold()
    if "part" not in folded and "npp" not in folded and "non-p" not in folded:
        return None
    return _first_number(_NOT_TAKING_PART, text)


# A relevé's figures by their initials: « 12 P / 0 C / 2 A », « 21 P / 2 A / 1 C » (capitals,
# « P » and « C » both printed: « 21 P / 2 A » alone may be présents and absents; a key under
# the table spells other initials out first, storage.parsing.grids).
_INITIAL = r"\d{1,3} ?[PCA]\b"
_INITIALS = re.compile(rf"\b{_INITIAL}(?: ?[/,;–-] ?{_INITIAL}){{1,2}}(?! ?:)")
_ONE_INITIAL = re.compile(r"(\d{1,3}) ?([PCA])")
_INITIAL_SAYS = {"P": "pour", "C": "contre", "A": "abstentions"}


def _initials_spelled(match: re.Match[str]) -> str | None:
    """« 21 P / 2 A / 1 C » as « 21 pour / 1 contre / 2 abstentions »; None unless « P » and
    « C » are each printed once, and « A » at most once."""
    figures = {letter: figure for figure, letter in _ONE_INITIAL.findall(match.group())}
    if len(figures) != len(_ONE_INITIAL.findall(match.group())) or not {"P", "C"} <= set(figures):
        return None
    return " / ".join(
        f"{figures.get(letter, '0')} {says}" for letter, says in _INITIAL_SAYS.items()
    )


# A vote's figure alone in brackets after its outcome: « approuvée (5 voix) », all for it.
_ALL_VOICES = re.compile(
    r"\b(?:adopt|approuv)[ée]e?s? ?\((\d{1,3}) ?(?:voix|votants|suffrages)\)", re.IGNORECASE
)

# « par 12 voix contre 2 »: the first figure is the side that carried the decision, the second
# the other: twelve for and two against an adoption (« adopté par 5 voix contre 1 », « Le
# Conseil, par douze voix contre deux, approuve »), nine against and five for a rejection
# (« rejeté par 9 voix contre 5 »); never before a « pour » or an abstention (« 12 voix contre
# 3 voix pour », « 20 voix contre 3 abstentions »: each figure has its label).
_VOICES_AGAINST_VOICES = re.compile(
    rf"\bpar\s+{_FIGURE}\s+voix\s+contre\s+{_FIGURE}(?![\w-])"
    r"(?!\s*(?:voix\s+)?(?:pour|contre|abst))",
    re.IGNORECASE,
)


def _voices_against_voices(text: str) -> str:
    """The text with « par 12 voix contre 2 » spelled as each figure with its label, read by
    the outcome the text prints (the first figure is the winning side's)."""
    match = _VOICES_AGAINST_VOICES.search(text)
    if match is None:
        return text
    winning, losing = match.group(1), match.group(2)
    votes_for, against = (losing, winning) if _REJECTED.search(text) else (winning, losing)
    figures = f"par {votes_for} voix pour, {against} contre"
    return f"{text[: match.start()]}{figures}{text[match.end() :]}"


# A PDF's cells glued to their neighbours: « Pour28Contre2 », « avenant 3unanimité ». A label
# and a figure touching are two words (a label not glued to a letter before it; a figure
# before a label, whatever precedes the figure).
_GLUED = re.compile(
    r"(?<![^\W\d_])(pour|contre|abst(?:entions?|\.)?)(?=\d)"
    r"|(?<=\d)(?=pour|contre|abst|unanimit|voix)",
    re.IGNORECASE,
)
_GLUED_CUES = ("pour", "contre", "abst", "unanimit", "voix")


_DIGITS = cues.plain(r"\d+")


def _figure_touches_a_word(text: str) -> bool:
    """Whether a run of figures has a letter or a stop just before it, or a letter just after
    it: where every _GLUED match stands (a label, maybe « abst. », then its figure; a figure,
    then its label). The few figures of a text are looked at, where the pattern, ignoring
    case and opening on a lookbehind, was tried at every character."""
    for run in _DIGITS.finditer(text):
        start, end = run.span()
        if start and (text[start - 1].isalnum() or text[start - 1] == "."):
            return True
        if end < len(text) and text[end].isalnum():
            return True
    return False


def unglued(text: str) -> str:
    """The text with each vote label and figure a PDF glued together spaced apart."""
    folded = text.casefold()
    if not any(cue in folded for cue in _GLUED_CUES) or not _figure_touches_a_word(text):
        return text

    def spaced(match: re.Match[str]) -> str:
        label = match.group(1)
        if label is None:
            return " "
        before = " " if match.start() and text[match.start() - 1].isdigit() else ""
        return f"{before}{label} "  # (« 28Contre2 »: one match, both sides)

    return _GLUED.sub(spaced, text)


# Each label before its figure, as a table's cells give them: « Pour 28 Contre 2 Abst. 3 »,
# « Contre⇥2 » / « Pour⇥11 » one a line (where « 28 Contre » also reads as a figure before its
# label): two or three of them in a run, in any order, each label once, spelled « Pour : 28 ».
# Not after « voix » or a figure: « par 20 voix pour 3 contre 1 abstention » puts figures first.
_LABEL_THEN_FIGURE = r"(pour|contre|abst(?:entions?|\.)?)[ \t]*(\d{1,3})\b"
_LABELS_FIRST = re.compile(
    rf"(?<!voix )(?<!\d )(?<!\d\t)\b{_LABEL_THEN_FIGURE}"
    rf"(?:[ \t]*[-–—/,;|]?\s*{_LABEL_THEN_FIGURE}){{1,2}}"
    r"(?![ \t]*(?:voix|pour|contre|abst))",
    re.IGNORECASE,
)
_ONE_LABEL_THEN_FIGURE = re.compile(_LABEL_THEN_FIGURE, re.IGNORECASE)


def _labels_first(match: re.Match[str]) -> str:
    pairs = _ONE_LABEL_THEN_FIGURE.findall(match.group())
    labels = [label.casefold()[:4] for label, _ in pairs]
    if len(set(labels)) != len(labels):
        return match.group()  # « Pour 3 … pour 5 »: two votes, not one table
    return " – ".join(f"{label.rstrip('.')} : {figure}" for label, figure in pairs)


# Names in brackets cut by a line break (« 3 (M. MARGERIT, M.⏎ESCOFFIER) »), or printed on the
# line under their figure, a page's footer between (« 2 abstentions⏎⏎(Mme X, Mme Y) »): one line.
_BRACKET_CUT = re.compile(r"\(([^()\n]{1,200})\n[ \t]*(?=[^()]{1,200}\))")
# (a page's running header may stand between: a line with no sentence's stop, left out)
_BRACKET_BELOW = re.compile(
    r"(\b(?:contre|abstentions?|abst\.?)[ \t]?:?[ \t]?\d{0,3})[ \t]*\n"
    r"(?:[ \t]*\n|[^\n(.;:]{1,120}\n){0,3}[ \t]*"
    rf"(?=\((?:M\.|MM\.|Mmes?\b|Monsieur|Madame|[{UPPER}]{{2}}))",
    re.IGNORECASE,
)


def _brackets_joined(text: str) -> str:
    if "(" not in text or "\n" not in text:
        return text
    for _ in range(3):  # (a list of names wraps over three lines at most)
        text, cut = _BRACKET_CUT.subn(r"(\1 ", text)
        if not cut:
            break
    return _BRACKET_BELOW.sub(r"\1 ", text)


# A vote's names wrapped to the next line (« Contre : M. Henri COSTE, Mme Rose LAFAGE, » /
# « M. Paul VIGNE »), a page's footer or blank lines maybe between: one line.
_NAMES_LABEL = re.compile(r"\b(?i:contre|abstentions?|abstenue?s?|pour)\b[^\n]{0,300},[ \t]*$")
_DIGIT_ENDS = tuple("0123456789")
_STAMPED_LINE_END = re.compile(r"\d\n")
_CIVILITY_OPENS = re.compile(r"[ \t]*(?:M\.|MM\.|Mme|Mmes|Monsieur|Madame)\s")


def _wrapped_names_joined(text: str) -> str:
    lines = text.split("\n")
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.endswith(_DIGIT_ENDS) and (bare := _without_furniture((line,), None)):
            line = bare[0]  # « Contre : M. X, Mme Y, Publié le 07/05/2024 »: the stamp goes
        while _NAMES_LABEL.search(line):
            following = index
            while (
                following < len(lines)
                and following - index < 4
                and (
                    not lines[following].strip() or _page_furniture(lines[following].strip(), None)
                )
            ):
                following += 1
            if following >= len(lines) or not _CIVILITY_OPENS.match(lines[following]):
                break
            line = f"{line.rstrip()} {lines[following].strip()}"
            index = following + 1
        joined.append(line)
    return "\n".join(joined)


# An election's or a designation's outcome: who was elected, designated or appointed
# (« M. X est élu maire », « Mme Y, ayant obtenu la majorité absolue, est proclamée élue »,
# « sont désignés : … », « est élue au 2e tour »), and the votes the winner had.
_ELECTED = re.compile(
    r"\b(?:est|sont|a [ée]t[ée]|ont [ée]t[ée]) "
    r"(?:(?:proclam[ée]e?s?|d[ée]clar[ée]e?s?|install[ée]e?s?) )?"
    r"(?:[ée]lue?s?|d[ée]sign[ée]e?s?|nomm[ée]e?s?|r[ée][ée]lue?s?)\b"
    r"|\b(?:proclam[ée]e?s?|d[ée]clar[ée]e?s?) (?:[ée]lue?s?)\b"
    # (« M. X est proclamé maire », « Mme Y est installée dans ses fonctions de présidente »)
    r"|\b(?:est|sont) (?:proclam[ée]e?s?|install[ée]e?s?) "
    r"(?:dans (?:ses|leurs) fonctions (?:de |d['’])|en (?:qualit[ée] d['’]|tant qu['’]))?"
    # (« est proclamé quatrième vice-président », « 2e adjointe »: the seat's rank before it)
    r"(?:premi[eè]re? |[a-z]{3,10}i[eè]me |\d{1,2}(?:e|er|[eè]re|[eè]me) )?"
    r"(?:maire|pr[ée]sidente?|adjointe?s?|vice-pr[ée]sidente?s?"
    r"|conseill[eè]re?s?|d[ée]l[ée]gu[ée]e?s?)\b",
    re.IGNORECASE,
)
_ELECTED_WITH = re.compile(
    r"\b(?:avec|par|obtenu|obtient|recueilli|recueille) (?:(?:la majorit[ée] absolue|un total)"
    r"(?: de)? ?,? ?)?(?P<n>\d{1,3}) (?:voix|suffrages)\b",
    re.IGNORECASE,
)
# A title naming an election: its outcome is who was chosen, by a vote or by all.
_ELECTION_TITLE = re.compile(
    r"^(?:[ÉE]lection|ELECTION|[ÉE]LECTION|D[ée]signation|D[ÉE]SIGNATION|Nomination"
    r"|NOMINATION|Installation)s?\b"
)


def is_election(title: str) -> bool:
    """Whether an item's title names an election or a designation (« Élection du maire »)."""
    return _ELECTION_TITLE.match(title.lstrip(" -–—:.")) is not None


def _election(text: str, folded: str, title: str | None, voted: bool) -> int | None:
    """The votes an election's winner had (0 when not printed), or None for no election. An
    item whose title names an election is one when its text says who was chosen or says a
    unanimity; another item only when it says who was chosen and no vote on a deliberation
    (`voted`: « Mme X est désignée pour signer la convention. Adopté … » is a deliberation)."""
    said = (
        _ELECTED.search(text)
        if any(word in folded for word in ("lu", "sign", "nomm", "procl", "install"))
        else None
    )
    if title is not None and _ELECTION_TITLE.match(title) is not None:
        if said is None and ("lu" in folded or "sign" in folded):
            said = _ELECTED_AFTER_VOTES.search(text)  # « M. X : 21 voix, élu. »
        # (« Désignation d'un correspondant : adopté à l'unanimité », no one named: adopted)
        if said is None and (
            "unan" not in folded or _UNANIMOUS.search(text) is None or _ADOPTED.search(text)
        ):
            return None
    elif said is None or voted:
        return None
    # (before the words or after them: « ayant obtenu 21 voix, est proclamée élue »)
    figure = _ELECTED_WITH.search(text) or _VOICES_OF_NAMED.search(text)
    return int(figure["n"]) if figure is not None else 0


# An election's winner said by a participle after the votes: « M. Denis CHIROL : 21 voix, élu. »,
# « Mme Anne ROUX (21 voix) élue », « … : 14 voix – désignée »
_ELECTED_AFTER_VOTES = cues.plain(
    r"\d\s(?:voix|suffrages)\)?\s?[,;–—-]?\s(?:[ée]lue?s?|d[ée]sign[ée]e?s?|proclam[ée]e?s?"
    r"(?:\s[ée]lue?s?)?)\b"
)
# The votes printed after the winner's name: « M. Denis CHIROL : 21 voix », « Mme ROUX, 14 voix »
_VOICES_OF_NAMED = cues.plain(
    r"(?:M\.|Mme|Monsieur|Madame)\s[^\n:;,()]{2,60}?\s?[:,(]\s?(?P<n>\d{1,3})\s(?:voix|suffrages)\b"
)


# The council's opinion asked by another body (a SCoT, a PLU, an inquiry): « Projet de SCoT :
# avis favorable », « le conseil émet un avis défavorable », « donne un avis réservé », « décide
# d'émettre un avis favorable assorti de réserves ». Said by the council (a verb in the present,
# or the words opening the decision), never another's (« après avis favorable de la commission »,
# « la commission a émis un avis favorable »).
_OPINION = cues.plain(
    r"(?:\b(?P<verb>[ée]met(?:tent)?|[ée]mettre|donnen?t?|donner|rend(?:ent)?|rendre|formulen?t?"
    r"|formuler|exprimen?t?|exprimer)\s+(?:un\s+|son\s+|leur\s+)?|^[\s\W]{0,3}|[:–—]\s{0,3})"
    r"avis\s{1,3}(?:(?P<against>d[ée]favorable)|(?P<for>favorable)|(?P<reserved>r[ée]serv[ée]))"
    r"(?!\s{1,3}(?:de|du|des|d['’])\b)(?P<but>[^.;\n]{0,80}?\br[ée]serves?\b)?",
    re.IGNORECASE,
)


# The council as the opinion's subject (« Le Conseil départemental émet un avis défavorable.
# Adopté à l'unanimité. »): its opinion, adopted; never a commission's but the permanent one
_COUNCIL_GIVES = cues.plain(
    r"\b(?i:l[ea]\s|l['’])(?i:conseil|comit[ée]|bureau|assembl[ée]e|commission\spermanente)"
    r"[^.;:]{0,50}?\s(?i:[ée]met|donne|rend|formule|exprime)\s"
)


def _opinion(text: str) -> str | None:
    """The opinion the council gives (« favourable », « unfavourable », « reserved »: a
    favourable one with reservations is reserved), None when it gives none or when the text
    adopts or rejects in words: the opinion is then another body's, quoted, unless it opens the
    text (« avis favorable avec réserves – Adopté à l'unanimité »: the act adopted gives it)."""
    if "avis" not in text.casefold() or (found := _OPINION.search(text)) is None:
        return None
    if (
        found.start() > 3
        and (_ADOPTED.search(text) or _REJECTED.search(text))
        and not (found["verb"] and _COUNCIL_GIVES.search(text, max(0, found.start() - 60)))
    ):
        return None
    if found["against"]:
        return "unfavourable"
    return "reserved" if found["reserved"] or found["but"] else "favourable"


def decided_opinion(
    decided: str, record: DeliberationRecord, findings: list[Finding], since: int = 0
) -> None:
    """The opinion a deliberation's decisions give (« DÉCIDE d'émettre un avis favorable au
    projet … »), its vote printed apart (« par 20 voix pour et 4 abstentions »): its outcome
    (the outcome found missing since `since` in `findings` is not)."""
    if record.outcome in (None, "adopted") and (opinion := _opinion(decided)) is not None:
        record.outcome = opinion
        findings[since:] = [f for f in findings[since:] if f.code != "missing_outcome"]


def _read_vote(text: str, record: DeliberationRecord, findings: list[Finding]) -> Vote:
    """The outcome and printed figures of one vote, and who is named against or abstaining;
    an opinion given is the outcome (the vote that gave it, when printed, is kept)."""
    before = len(findings)
    vote = _read_figures(text, record, findings)
    if record.outcome in (None, "adopted") and (opinion := _opinion(text)) is not None:
        record.outcome = opinion
        findings[before:] = [f for f in findings[before:] if f.code != "missing_outcome"]
    return vote


def _may_be_refused(folded: str) -> bool:
    """Whether a vote's text (casefolded) holds what every _REJECTED match holds: « rejet » or
    « repouss », or « adopt » or « approuv » with « non » or « pas » (most votes, adopted,
    skip the pattern, which ignores case and is tried at every word)."""
    return (
        "rejet" in folded
        or "repouss" in folded
        or (("adopt" in folded or "approuv" in folded) and ("pas" in folded or "non" in folded))
    )


def _read_figures(text: str, record: DeliberationRecord, findings: list[Finding]) -> Vote:
    """The outcome and printed figures of one vote, and who is named against or abstaining."""
    text = _brackets_joined(unglued(text))
    if ",\n" in text or ", \n" in text or ("," in text and _STAMPED_LINE_END.search(text)):
        text = _wrapped_names_joined(text)
    if (folded := text.casefold()).count("pour") and "contre" in folded:
        text = _LABELS_FIRST.sub(_labels_first, text)
    if (
        "P" in text
        and (initials := _INITIALS.search(text))
        and (figures := _initials_spelled(initials))
    ):
        text = f"{text[: initials.start()]}{figures}{text[initials.end() :]}"
    elif ")" in text and (voices := _ALL_VOICES.search(text)):
        figures = f"adopté par {voices[1]} voix pour, 0 contre"
        text = f"{text[: voices.start()]}{figures}{text[voices.end() :]}"
    if "voix contre" in text:
        text = _voices_against_voices(text)
    # Each family of patterns below holds its word (« contre », « pour », « abst » of
    # abstention and s'abstenir): a vote that prints none of them, as most unanimous ones,
    # skips the family. Looked for casefolded, as the patterns ignore case (none of the words
    # has an « i », which they would also take as « ı »).
    folded = text.casefold()
    has_against, has_for, has_abstention = "contre" in folded, "pour" in folded, "abst" in folded
    against_names = (
        (_named(_AGAINST_NAMES, text) or _abstaining_before_verb(text, _AGAINST_VERB))
        if has_against
        else []
    )
    abstaining = (
        (_named(_ABSTAIN_NAMES, text) or _abstaining_before_verb(text))
        if has_abstention or "abstenu" in folded
        else []
    )
    low = _lower(text)
    votes_for = _first_number(_VOTES_FOR, text, low, folded) if has_for else None
    if votes_for is None and has_for and "vot" in folded and (voters := _named(_FOR_NAMES, text)):
        votes_for = len(voters)
    against = _first_number(_VOTES_AGAINST, text, low, folded) if has_against else None
    abstentions = _first_number(_ABSTENTIONS, text, low, folded) if has_abstention else None
    if against is None and against_names:
        against = len(against_names)
    if abstentions is None and abstaining:
        abstentions = len(abstaining)
    # A figure and the names printed with it must agree (« 3 contre (M. X, Mme Y) » does not).
    for vote, printed, named in (
        ("contre", against, against_names),
        ("abstention", abstentions, abstaining),
    ):
        if named and printed is not None and printed != len(named):
            findings.append(
                Finding(
                    "vote_names_mismatch", {"vote": vote, "printed": printed, "named": len(named)}
                )
            )
    # (each outcome's word looked for first: its pattern, opening on a word boundary, is tried
    # at every character; « unanimité » by « unan », the patterns also taking « ı » for « i »)
    rejected = _may_be_refused(folded) and _REJECTED.search(text) is not None
    majority = "major" in folded and _MAJORITY.search(text) is not None
    adopted = not rejected and (
        (("adopt" in folded or "approuv" in folded) and _ADOPTED.search(text) is not None)
        or majority
    )
    if (adopted or rejected or majority) and _noted_last(text, folded):
        adopted = rejected = majority = False
    if (
        not rejected
        and (elected := _election(text, folded, record.title, adopted or has_for or has_against))
        is not None
    ):
        # « M. X est élu au premier tour avec 11 voix », « Sont désignés : … (unanimité) »: an
        # election's outcome, the votes its winner had when printed (no « pour » nor « contre »)
        record.outcome = "elected"
        record.votes_for = elected or None
        if "unan" in folded and _UNANIMOUS.search(text) is not None:
            record.unanimous = True
        return Vote([], [])
    unanimity = "unan" in folded and _UNANIMOUS.search(text) is not None
    if votes_for is None and unanimity and (figure := _UNANIMITY_FIGURE.search(text)):
        # « à l'unanimité (29 voix) », « à l'unanimité des 25 votants »: printed, not counted
        unanimous_figure: str = figure["n"] or figure["m"] or figure["p"]
        votes_for = int(unanimous_figure) if len(unanimous_figure) <= _MAX_FIGURE_DIGITS else None
        against = against or 0
    if votes_for is None and unanimity and not (adopted or rejected) and _NOTED.search(text):
        record.outcome = "noted"  # « Prend acte à l'unanimité »: noted by all, no vote
        return Vote(against_names, abstaining)
    if votes_for is None and unanimity:
        # « à l'unanimité (des suffrages exprimés), M. Z s'abstenant », « à l'unanimité moins
        # une voix contre »: the « pour » is the votants less the others, counted where the
        # votants at this vote are known (storage.parsing.extract)
        record.outcome = "rejected" if rejected else "adopted"
        record.abstentions = abstentions or 0
        if rejected:
            record.votes_for = 0
        else:
            record.votes_against = against or 0
        record.unanimous = rules.is_unanimous(record.votes_against or 0, record.abstentions)
        return Vote(against_names, abstaining, unanimity=True)
    if (
        votes_for is None
        and (majority or adopted)
        and not rejected
        and (not has_for or _FOR_THE_OTHERS.search(text) is not None)
        and (against or abstentions)
    ):
        # « Majorité (2 contre) », « à la majorité, 2 abstentions (M. X, Mme Y) », « Le rapport
        # est adopté (contre : Mme X ; abstention : M. Y) »: only the others printed, the
        # « pour » is the votants less them, counted as a unanimity's is
        record.outcome = "adopted"
        record.votes_against = against or 0
        record.abstentions = abstentions or 0
        record.unanimous = False
        return Vote(against_names, abstaining, unanimity=True)
    if votes_for is None and against is not None:
        # « à la majorité », then only the names against: the « pour » is not printed, so the
        # outcome is the printed one, never one counted from a missing figure.
        record.votes_against = against
        record.abstentions = abstentions or 0
        record.unanimous = False
        if rejected or adopted:
            record.outcome = "rejected" if rejected else "adopted"
        else:
            findings.append(Finding("missing_outcome", {}))
        return Vote(against_names, abstaining)
    if votes_for is not None or against is not None:
        # Offices print only the non-zero figures (« adopté par 44 voix pour et 2 abstentions »).
        votes_for = votes_for or 0
        against = against or 0
        abstentions = abstentions or 0
        tie_won = adopted and votes_for == against  # the chair's casting vote, when printed
        outcome = rules.vote_outcome(votes_for, against, president_voted_for=tie_won or None)
        if (adopted and outcome != "adopted") or (rejected and outcome != "rejected"):
            findings.append(
                Finding(
                    "outcome_differs",
                    {"printed": "rejected" if rejected else "adopted", "counted": outcome},
                )
            )
        record.votes_for = votes_for
        record.votes_against = against
        record.abstentions = abstentions
        record.outcome = outcome
        record.unanimous = rules.is_unanimous(against, abstentions)
    elif rejected or adopted:
        record.outcome = "rejected" if rejected else "adopted"
        if abstentions is not None:
            record.abstentions = abstentions
        if majority and not unanimity:
            record.unanimous = False  # « à la majorité »: some voted otherwise, figures unsaid
    elif _NOTED.search(text):
        record.outcome = "noted"  # « Le Conseil prend acte »: no vote at all
    elif _WITHDRAWN.search(text):
        record.outcome = "withdrawn"  # taken off the agenda: no vote at all
    elif _DEFERRED.search(text):
        record.outcome = "deferred"  # put off to a later sitting: no vote at all
    elif ("vote" in folded or "information" in folded) and _WITHOUT_VOTE.search(text):
        record.outcome = "noted"  # « Communication sans vote »: heard, no vote at all
    else:
        findings.append(Finding("missing_outcome", {}))
    return Vote(against_names, abstaining)
