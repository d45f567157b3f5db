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
from bisect import bisect_right
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
    ItemRecord,
    Movement,
    Person,
    ProxyLine,
)
from storage.french import MONTH_NUMBERS
from storage.names import fold, parse_person
from storage.parsing import heading
from storage.parsing.items import Heading, find_headings, find_movements, role_word
from storage.parsing.text import Text, clean, repair_mojibake

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
    r"(?P<label>pr[ée]sents\s(?:ou|et)\srepr[ée]sent[ée]s|absents\set\s(?:procurations?|pouvoirs?"
    r"|repr[ée]sent[ée]s|excus[ée]s)|exercice|titulaires|pr[ée]sents|r[ée]unis|pouvoirs|procurations"
    r"|repr[ée]sent[ée]s|voix(?!\s(?:pour|contre))|votants|quorum|absents|majorit[ée]\sabsolue)"
    r"[ \t]?(?:[:=][ \t]?\n?|\n)?[ \t]?(?P<n>\d+)(?!\d)"
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
_NAME_END = re.compile(
    r"\s{3,}|[,;(]|\s+(?:secr[ée]taire|pr[ée]sid|d[ée]lib[ée]ration|objet|[ée]taient|pr[ée]sents"
    r"|absents?\s|excus[ée]s|pouvoirs|procurations|nombre|ordre\s+du|approbation|membres)",
    re.IGNORECASE,
)

# -- attendance lists -------------------------------------------------------------------------

_MEMBERS = (
    r"(?:(?:membres?|conseill(?:ers?|[èe]res?)(?: municipaux| communautaires| m[ée]tropolitains)?"
    r"|[ée]lus?|d[ée]l[ée]gu[ée]s?)\s+)?"
)
_PLURAL = r"(?:\(e\)s|\(s\)|\(es\)|e|s|es)?"
_LIST_HEAD = re.compile(
    r"^(?:"
    rf"(?P<givers>{_MEMBERS}(?:absents?{_PLURAL}\s+)?ayant\s+vot[ée]\s+par\s+(?:procuration|pouvoir)s?)"
    rf"|(?P<excused>(?:[ée]taient\s+)?{_MEMBERS}(?:titulaires\s+)?"
    rf"(?:absents?{_PLURAL}\s+(?:et\s+)?(?:absents?{_PLURAL}\s+)?)?excus[ée]{_PLURAL}"
    rf"(?:\s+et\s+repr[ée]sent[ée]{_PLURAL})?)"
    rf"|(?P<proxies>{_MEMBERS}(?:absents?{_PLURAL}\s+)?(?:ayant\s+donn[ée]\s+|ont\s+donn[ée]\s+)?"
    r"(?:pouvoirs?|procurations?)(?:\s+[àa])?|(?:membres\s+|absents?\s+)?repr[ée]sent[ée]e?s?"
    r"|d[ée]l[ée]gations?\s+de\s+vote)"
    rf"|(?P<absent>(?:[ée]taient\s+)?{_MEMBERS}(?:titulaires\s+)?absents?{_PLURAL}"
    r"(?:\s+non\s+(?:excus[ée]e?s?|repr[ée]sent[ée]e?s?))?)"
    rf"|(?P<present>(?:[ée]taient\s+)?{_MEMBERS}(?:titulaires\s+|suppl[ée]ants\s+)?"
    r"pr[ée]sent(?:e|s|es|\(e\)s)?(?:\s+titulaires|\s+suppl[ée]ants)?)"
    r")(?:\s?\(\d+\))?\s?(?::|$)\s?(?P<rest>.*)$",
    re.IGNORECASE,
)
_LIST_KINDS = ("givers", "excused", "proxies", "absent", "present")
# Sub-headings inside a list: the names after them belong to the same list.
_SUB_HEADING = re.compile(
    r"^(?:titulaires?|suppl[ée]ant(?:e|s|es|\(e\)s|\(s\))?|conseill(?:ers?|[èe]res?)"
    r"(?: d[ée]l[ée]gu[ée]s?| municipaux| communautaires)?|vice-pr[ée]sident(?:e|s|es)?"
    r"|adjoint(?:e|s|es)?(?: au maire)?|maire|pr[ée]sidente?|membres?(?: du bureau)?)\s?:\s?",
    re.IGNORECASE,
)
# A count that closes a list: « …, Anne RIVIERE (9) ».
_CLOSING_COUNT = re.compile(r"\(\d{1,3}\)\.?$")
# Cues printed mid-line, before which a line is cut so each starts its own line: a heading
# written in capitals or with a capital, followed by its colon.
_BREAKS = re.compile(
    r"(?<=[\s.;,)])(?P<cue>(?:[ÉE]taient|[ÉE]TAIENT|Membres?|MEMBRES?|Conseill(?:ers?|[èe]res?)"
    r"|CONSEILLERS?|Absents?|ABSENTS?|Pr[ée]sents?|PR[ÉE]SENTS?|Excus[ée]s?|EXCUS[ÉE]S?"
    r"|Pouvoirs?|POUVOIRS?|Procurations?|PROCURATIONS?|Secr[ée]taire|SECR[ÉE]TAIRE"
    r"|Pr[ée]sident(?:e|ce)?|PR[ÉE]SIDENT(?:E|CE)?|Nombre|NOMBRE|Votants|VOTANTS|Quorum"
    r"|QUORUM|En exercice|Repr[ée]sent[ée]s|REPR[ÉE]SENT[ÉE]S|Votes?|VOTES?|Pour|POUR|Contre"
    r"|CONTRE|Abstentions?|ABSTENTIONS?|Suppl[ée]ants?|Titulaires|TITULAIRES|D[ée]l[ée]gations?"
    r"|Date de convocation|Objet|OBJET)\b(?=[^:\n]{0,50}:))"
)
# In a text whose line breaks were lost, sentences that start a new part.
_LONG_BREAKS = re.compile(
    r"(?<=[.;:] )(?:(?:Le|La|Les|L['’]|Vu|Consid[ée]rant|Apr[èe]s|Il|Elle|Arriv[ée]e"
    r"|D[ée]part|Sortie|Ordre|Adopt[ée]e?|Rejet[ée]e?|Secr[ée]taire|Absents?|Excus[ée]s|Pouvoirs"
    r"|Procurations|Votes?)\b)"
    # a sentence about a member after a list: « …, Paul FAYE M. Luc TESSIER donne pouvoir à … »
    r"|(?<= )(?:M\.|Mme|Monsieur|Madame) (?=[^.,;:()]{0,60} (?:donne|a donn[ée]|donnant"
    r"|repr[ée]sent|est nomm|est d[ée]sign|a [ée]t[ée]|rejoint|arrive|quitte|r[ée]int[èe]gre"
    r"|ne prend pas))"
    # an item's heading and its vote, wherever they stand
    r"|(?<= )(?:D[ée]lib[ée]ration|DELIBERATION) [nN] ?°"
    r"|(?<=[^°\s] )[A-Z]{1,8}[._-]?\d{4}[._-]\d{1,5}(?:[._-]\d{1,5})? ?[-–—:]"
    r"|(?<= )Apr[èe]s en avoir d[ée]lib[ée]r[ée]"
    r"|(?<= )(?:Le|La|L['’]) ?(?=(?:Conseil|Commission|Bureau|Comit|Assembl)[^.;:]{0,60}"
    r"apr[èe]s en avoir d[ée]lib)"
    # a numbered entry of a list: « 1. MARCHAND Hélène 2. PRAT Louise »
    r"|(?<= )\d{1,3}\. (?=[A-ZÀ-Ý]{2,})"
)

# Lines that cannot belong to a list of names: other headings, prose. Articles in title case
# only, so that « LE GALL Yann » (surname first, in capitals) still reads as a name.
_LIST_STOP = re.compile(r"^(?:Le|La|Les|L['’]|Vu|Sur|En|Il|Elle|A|À|Au|Aux|Ont)\s")
_LIST_STOP_CI = re.compile(
    r"^(?:nombre\s+de|quorum|pr[ée]sid|secr[ée]taire|d[ée]lib[ée]ration|extrait|s[ée]ance"
    r"|objet|rapport|expos[ée]|pour\s+extrait|ce\s+dossier|annexe|apr[èe]s\s+en\s+avoir"
    r"|vu\s|consid[ée]rant|d[ée]cide|votants|en\s+exercice|majorit|approbation|ordre\s+du\s+jour"
    r"|d[ée]signation|le\s+quorum|arriv[ée]e\s|d[ée]part\s|signature|_{3}|-{3}|={3})",
    re.IGNORECASE,
)
_COLUMN_GAP = re.compile(r"\s{3,}")
# « et » between two names: before a civility, « Louis PRAT » or « PRAT Louis ».
_AND_NAME = (
    r"(?<!Mmes)(?<!Mesdames)\s+et\s+(?=(?:M\.|Mme|MM\.|Monsieur|Madame)\s|[A-ZÀ-Ý][a-zà-ÿ'-]+\s[A-ZÀ-Ý]{2}"
    r"|[A-ZÀ-Ý]{2,}\s[A-ZÀ-Ý][a-zà-ÿ])"
)
# « - » between entries of a list run into one line (« - Mme X à M. Y - M. Z à … »).
_DASH_NAME = r"\s[-–]\s(?=(?:M\.|Mme|MM\.|Monsieur|Madame)\s)"
_SEPARATOR = re.compile(rf"\s*[,;]\s*|{_AND_NAME}|{_DASH_NAME}")
# A separator outside parentheses, for lists that carry « X (pouvoir à Y) ».
_SEPARATOR_OUTSIDE_PARENS = re.compile(
    rf"\s*[,;]\s*(?![^()]*\))|{_AND_NAME}(?![^()]*\))|{_DASH_NAME}(?![^()]*\))"
)
_PAREN = re.compile(r"\(([^()]*)\)?")
_CIVILITY_START = re.compile(r"^(?:M\.|MM\.|Mme\b|Mlle\b|Monsieur\b|Madame\b|Mr\b|M\s)")
_CAPS_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+$")
# What a list entry may carry besides the name: a bullet, its number, a plural civility
# (« Mmes et MM. »), a group or party after it (« Groupe Ensemble »).
_ENTRY_PREFIX = re.compile(
    r"^(?:[-–—*] ?|\d{1,3}[.)] ?|\d{1,3} - )?"
    r"(?:(?:Mmes|MM\.|Mesdames|Messieurs)(?: et (?:MM\.|Mmes|Messieurs|Mesdames))? )?"
)
_GROUP_SUFFIX = re.compile(r"\s(?:[-–—] )?(?:groupe|liste|gr\.)\s.*$", re.IGNORECASE)
_CONNECTIVES = frozenset(["à", "a", "de", "d'", "par", "et", "pouvoir", "procuration", "mandat"])
_PARTICLES = frozenset(
    ["de", "du", "des", "da", "di", "van", "von", "der", "le", "la", "del", "dos", "d"]
)
# A sentence, not a list entry: « M. SEGUIN a été élu secrétaire de séance ».
_SENTENCE_ABOUT_MEMBER = re.compile(
    r"^(?:M\.|Mme|Monsieur|Madame) [^,;:()]{0,60} (?:est nomm|est d[ée]sign|a [ée]t[ée] (?:nomm"
    r"|d[ée]sign|[ée]lu)|rejoint|arrive|quitte|r[ée]int[èe]gre|ne prend pas)"
)
_ENTRY_START = re.compile(r"^(?:[-–—*] |\d{1,3}[.)] )")
# An entry that is only a function printed after a name (« Mme Anne BOIS, Maire »).
_FUNCTION_ONLY = re.compile(
    r"^(?:(?:\d(?:er|[eè]me|e)\s)?(?:maire|adjoint|adjointe|vice-pr[ée]sidente?|pr[ée]sidente?"
    r"|conseill(?:er|[èe]re)(?:\s(?:municipale?|communautaire|d[ée]l[ée]gu[ée]e?|m[ée]tropolitaine?))?"
    r"|d[ée]l[ée]gu[ée]e?(?:\s(?:titulaire|suppl[ée]ante?))?|suppl[ée]ante?|titulaire"
    r"|secr[ée]taire(?:\sde\ss[ée]ance)?|maire[- ]adjointe?)(?:\s.{0,30})?)$",
    re.IGNORECASE,
)
# A role alone: « le Maire », « Madame la Présidente ».
_ROLE_ONLY = re.compile(r"^(?:le|la)\s(?:maire|pr[ée]sidente?)$", re.IGNORECASE)
# Stands for the chair in a list (« M. le Maire »): replaced by the president the document
# names, or reported when it names none.
CHAIR = Person(last_name="", first_name="chair")
_NOBODY = re.compile(r"^(?:n[ée]ant|aucun(?:e)?|sans\s+objet|-+)\.?$", re.IGNORECASE)

_GIVES = (
    r"(?:(?:a|ayant|qui\s+a)\s+)?(?:donn[ée]e?|donne|donnant|d[ée]l[ée]gu[ée]e?)\s+"
    r"(?:son\s+|sa\s+|le\s+)?(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)"
    r"\s+(?:à|a)"
    r"|(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)\s+(?:donn[ée]e?\s+)?(?:à|a)"
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
    r"^(?:abstention|contre\s*:|ne\s+prend|ne\s+participe|votes?\s*:|ce\s+dossier|cette\s+d[ée]lib[ée]ration|la\s+(?:pr[ée]sente\s+)?d[ée]lib[ée]ration"
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
    kind: str  # "present" | "excused" | "absent" | "proxies" | "givers"
    line: int = 0  # index of its cue's line
    lines: list[str] = field(default_factory=list)


# What follows a list's cue when it is a count: « Présents : 21 », « Présents : 21 Votants »
_COUNT_REST = re.compile(r"^\d{1,4}\b(?![.)] ?[A-Za-zÀ-ÿ])")


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
    name = _ENTRY_PREFIX.sub("", name)
    name = _GROUP_SUFFIX.sub("", name).strip(" ,;.:")
    if not name or _NOBODY.match(name) or _FUNCTION_ONLY.match(name):
        return None
    if role_word(name) or _ROLE_ONLY.match(name):
        return CHAIR
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


_COUNT_NAMES = (
    ("presents ou", "present_or_represented"),
    ("presents et", "present_or_represented"),
    ("absents et", ""),  # absentees, some with a proxy: neither a proxy nor an absent count
    ("majorite", ""),
    ("exercice", "in_office"),
    ("titulaires", "in_office"),
    ("presents", "present"),
    ("reunis", "present"),
    ("pouvoirs", "proxies"),
    ("procurations", "proxies"),
    ("represent", "proxies"),
    ("vo", "votes"),
    ("quorum", "quorum_printed"),
    ("absents", "absent"),
)


def _read_counts(low: str, end: int, text: Text, extract: Extract) -> Counts:
    """The printed figures of the attendance block (the first of each kind)."""
    counts = Counts()
    for match in _COUNT.finditer(low, 0, end):
        label = fold(match.group("label"))
        after = low[match.end() : match.end() + 2]
        if "\n" in match.group() and after[:1] in (".", ")"):
            continue  # « Pouvoirs : » then a numbered line « 12. PRAT Louise »
        name = next((n for prefix, n in _COUNT_NAMES if label.startswith(prefix)), "")
        if name and getattr(counts, name) is None:  # the attendance block comes first
            setattr(counts, name, int(match.group("n")))
            _evidence(extract, f"counts.{name}", text, match.start(), match.end())
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
    for index, line in enumerate(lines[:end]):
        stripped = line.strip()
        if current is not None and not stripped:
            last = current.lines[-1].rstrip() if current.lines else ""
            # A list goes on after a blank line only when its last line promised more names.
            if last and not last.endswith((",", ";", "-", "/")):
                current = None
            continue
        head = _LIST_HEAD.match(stripped) if stripped else None
        if head is not None and _COUNT_REST.match(head.group("rest")):  # « Présents : 40 »
            current = None
            continue
        if head is not None:
            kind = next(k for k in _LIST_KINDS if head.group(k))
            current = _Section(kind, line=index)
            sections.append(current)
            rest = head.group("rest").strip()
            if rest:
                current.lines.append(rest)
            continue
        if current is None:
            continue
        if sub := _SUB_HEADING.match(stripped):
            stripped = stripped[sub.end() :].strip()
            if not stripped:
                continue
        if (
            _LIST_STOP.match(stripped)
            or _LIST_STOP_CI.match(stripped)
            or _SENTENCE_ABOUT_MEMBER.match(stripped)
        ):
            current = None
            continue
        current.lines.append(stripped)
        if _CLOSING_COUNT.search(stripped):
            current = None
    return sections


def _has_caps_surname(words: list[str]) -> bool:
    return any(_CAPS_WORD.match(w) for w in words)


def _starts_new_item(pending: str, following: str, proxies: bool) -> bool:
    """Whether the next line starts a new name, or finishes the one cut at the line's end."""
    if proxies:
        match = _PROXY_SENTENCE.match(pending)
        if match is not None and _has_caps_surname(match.group("holder").split()):
            return True
        # « M. Paul RIOU (délégation de vote à M. Jean ROCHE) » / « Mme Nina ROUX … »
        last = pending.rsplit(" ", 1)[-1].lower()
        return (
            bool(_CIVILITY_START.match(following))
            and last not in _CONNECTIVES
            and _has_caps_surname(pending.split())
        )
    if _CIVILITY_START.match(following):
        return True
    words = pending.split()
    next_word = following.split(" ", 1)[0].rstrip(",;.")
    if fold(words[-1]) in _PARTICLES:
        return False  # « Laurence VAN DE » / « WALLE »: the surname goes on
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
        if pending and _ENTRY_START.match(line):
            items.append(pending)  # « - Monsieur X à Madame Y », « 12. PRAT Louise »
            pending = ""
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
    represented: tuple[Person, ...] = ()  # givers whose holder the list does not name
    findings: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()


@lru_cache(maxsize=2048)
def _read_section(kind: str, lines: tuple[str, ...]) -> _Reading:
    """One list's people and proxies. Cached: every extract of a sitting repeats its lists."""
    people: list[Person] = []
    proxies: list[ProxyLine] = []
    represented: list[Person] = []
    findings: list[Finding] = []
    in_proxies = kind in ("proxies", "givers")

    def unreadable(item: str) -> None:
        findings.append(Finding("unreadable_proxy_line", {"line": item}))

    for raw in _split_items(list(lines), in_proxies):
        item = _ENTRY_PREFIX.sub("", _normalise(raw).strip(" ,;.")).strip()
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
                # « Absents ayant voté par procuration : X, Y »: a giver, holder not printed.
                represented.append(person)
            continue
        people.append(person)
    return _Reading(
        people=tuple(people),
        proxies=tuple(proxies),
        represented=tuple(represented),
        findings=tuple((f.code, tuple(f.params.items())) for f in findings),
    )


def _read_sections(sections: list[_Section], extract: Extract, text: Text) -> None:
    lists: dict[str, list[Person]] = {
        "present": extract.present,
        "excused": extract.absent_excused,
        "absent": extract.absent,
        "proxies": [],
        "givers": [],
    }
    for section in sections:
        reading = _read_section(section.kind, tuple(section.lines))
        lists[section.kind].extend(reading.people)
        extract.proxies.extend(reading.proxies)
        extract.represented.extend(reading.represented)
        extract.findings.extend(Finding(code, dict(params)) for code, params in reading.findings)
        if section.lines and (closing := _CLOSING_COUNT.search(section.lines[-1])):
            count = int(closing.group().strip("(). "))
            name = {"present": "present", "proxies": "proxies"}.get(section.kind, "absent")
            if getattr(extract.counts, name) is None:
                setattr(extract.counts, name, count)
                extract.evidence[f"counts.{name}"] = {
                    "line": text.numbers[section.line],
                    "text": closing.group(),
                }
        key = f"list:{section.kind}"
        if key not in extract.evidence:
            extract.evidence[key] = {
                "line": text.numbers[section.line],
                "text": text.lines[section.line][:120],
            }


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


_NAMES_AFTER = r"(?P<names>(?:M\.|MM\.|Mme|Monsieur|Madame|[A-ZÀ-Ý])[^\n()]{1,300})"
_AGAINST_NAMES = (
    re.compile(r"\d+\s(?:voix\s)?contre\s?\((?P<names>[^()\n]{2,300})\)", re.IGNORECASE),
    re.compile(rf"\bcontre\s?:\s?{_NAMES_AFTER}", re.IGNORECASE),
)
_ABSTAIN_NAMES = (
    re.compile(r"\d+\sabstentions?\s?\((?P<names>[^()\n]{2,300})\)", re.IGNORECASE),
    re.compile(rf"\babstentions?(?:\(s\))?\s?:\s?{_NAMES_AFTER}", re.IGNORECASE),
    re.compile(rf"\bs['’]abstien(?:t|nent)\s?:\s?{_NAMES_AFTER}", re.IGNORECASE),
)
_MAJORITY = re.compile(r"\b[àa]\s+la\s+majorit[ée]", re.IGNORECASE)
_NOTED = re.compile(r"\bprend\s+acte\b|\bpris\s+acte\b|\bdonn[ée]\s+acte\b", re.IGNORECASE)
_NAME_LIST_SPLIT = re.compile(r"\s?,\s?|\set\s")


def _named(patterns: tuple[re.Pattern[str], ...], text: str) -> list[Person]:
    for pattern in patterns:
        if match := pattern.search(text):
            people = []
            for part in _NAME_LIST_SPLIT.split(match.group("names").strip(" .;")):
                read = _read_name(part)
                if isinstance(read, Person) and read.last_name and not part.strip().isdigit():
                    people.append(read)
            if people:
                return people
    return []


def _read_vote(
    text: str, record: DeliberationRecord, votes: int | None, findings: list[Finding]
) -> tuple[list[Person], list[Person]]:
    """The outcome and figures of one vote; returns who voted against and who abstained, when
    the document names them."""
    against_names = _named(_AGAINST_NAMES, text)
    abstaining = _named(_ABSTAIN_NAMES, text)
    votes_for = _first_number(_VOTES_FOR, text)
    against = _first_number(_VOTES_AGAINST, text)
    abstentions = _first_number(_ABSTENTIONS, text)
    if against is None and against_names:
        against = len(against_names)
    if abstentions is None and abstaining:
        abstentions = len(abstaining)
    rejected = _REJECTED.search(text) is not None
    adopted = not rejected and (
        _ADOPTED.search(text) is not None or _MAJORITY.search(text) is not None
    )
    if votes_for is None and against is not None and not _UNANIMOUS.search(text):
        # « à la majorité », then only the names against: the « pour » is not printed, so the
        # outcome is the printed one, never one counted from a missing figure.
        record.votes_against = against
        record.abstentions = abstentions or 0
        record.unanimous = False
        if rejected or adopted:
            record.outcome = "rejected" if rejected else "adopted"
        else:
            findings.append(Finding("missing_outcome", {}))
        return against_names, abstaining
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
    elif _UNANIMOUS.search(text):
        record.outcome = "rejected" if rejected else "adopted"
        record.unanimous = abstentions in (None, 0)
        if abstentions:
            record.abstentions = abstentions
            record.votes_against = 0
        elif votes is not None:
            record.votes_for = 0 if rejected else votes
            record.votes_against = votes if rejected else 0
            record.abstentions = 0
    elif rejected or adopted:
        record.outcome = "rejected" if rejected else "adopted"
        if abstentions is not None:
            record.abstentions = abstentions
    elif _NOTED.search(text):
        record.outcome = "noted"  # « Le Conseil prend acte »: no vote at all
    else:
        findings.append(Finding("missing_outcome", {}))
    return against_names, abstaining


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


# -- officers -------------------------------------------------------------------------------

_OFFICER_NAME = r"(?P<name>(?:(?:M\.|Mme|Mlle|Monsieur|Madame) )?(?:[A-ZÀ-Ý][\w'’.-]* ?){1,4})"
# « Mme Anne-Marie DEFRANCE a été désignée » after « secrétaire de séance … : », or « Madame
# DUVAL est nommée secrétaire de séance », « M. SEGUIN a été élu secrétaire de séance ».
_SECRETARY_AFTER = re.compile(
    rf"(?i:secr[ée]taire\s+de\s+s[ée]ance)[^:]{{0,160}}?:\s?{_OFFICER_NAME}\s"
    r"(?i:a\s+[ée]t[ée]\s+(?:d[ée]sign|nomm|[ée]lu))"
)
_SECRETARY_NAMED = re.compile(
    rf"{_OFFICER_NAME}\s(?:a\s+[ée]t[ée]|est)\s+(?:d[ée]sign[ée]e?|nomm[ée]e?|[ée]lue?)\s+"
    r"(?:comme\s+|en\s+qualit[ée]\s+de\s+)?secr[ée]taire"
)


_CIVILITY_INSIDE = re.compile(r"(?:^|\s)(?:M\.|Mme|Mlle|Monsieur|Madame)\s")


def _last_name_in(value: str) -> str:
    """« Claude MAQUIN Madame GALLET » (a list run into the next sentence) → « Madame GALLET »."""
    starts = [m.start() for m in _CIVILITY_INSIDE.finditer(value)]
    return value[starts[-1] :].strip() if starts else value


def _chair_name(value: str) -> str:
    """« Monsieur le Maire, Philippe SAUVAL » → « Philippe SAUVAL »; otherwise the name."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) > 1 and (role_word(parts[0]) or _ROLE_ONLY.match(parts[0])):
        return _role_name(parts[1])
    return _role_name(value)


def _read_officers(text: Text, low: str, end: int, extract: Extract) -> None:
    joined = text.joined
    findings = extract.findings
    for role in _ROLE.finditer(low, 0, end):
        person = _person_or_none(_chair_name(_span(joined, role, "name")), findings)
        key = "president" if role.group("role").startswith("pr") else "secretary"
        if person is not None and person != CHAIR and getattr(extract, key) is None:
            setattr(extract, key, person)
            _evidence(extract, key, text, role.start(), role.end())
    if extract.president is None and (chaired := _CHAIRED_BY.search(low, 0, end)):
        name = _chair_name(_span(joined, chaired, "name"))
        person = _person_or_none(name, findings)
        if person is not None and person != CHAIR:
            extract.president = person
            _evidence(extract, "president", text, chaired.start(), chaired.end())
    if extract.secretary is None:
        for pattern in (_SECRETARY_AFTER, _SECRETARY_NAMED):
            if named := pattern.search(joined, 0, end):
                person = _person_or_none(_last_name_in(named.group("name")), findings)
                if person is not None and person != CHAIR:
                    extract.secretary = person
                    _evidence(extract, "secretary", text, named.start(), named.end())
                    break
    if extract.secretary is None and (appointed := _APPOINTED_SECRETARY.search(low, 0, end)):
        name = _span(joined, appointed, "name")
        person = _person_or_none(_role_name(name), findings)
        if person is not None and person != CHAIR:
            extract.secretary = person
            _evidence(extract, "secretary", text, appointed.start(), appointed.end())


def _resolve_chair(people: list[Person], president: Person | None) -> list[Person]:
    """« M. le Maire » in a list is the president the document names, never a member called
    « Maire »; without a named president the entry is left out (and reported)."""
    if CHAIR not in people:
        return people
    if president is None:
        return [p for p in people if p != CHAIR]
    resolved = [president if p == CHAIR else p for p in people]
    seen: set[Person] = set()
    return [p for p in resolved if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]


# -- items ------------------------------------------------------------------------------------


def _evidence(extract: Extract, key: str, text: Text, start: int, end: int) -> None:
    extract.evidence[key] = {
        "line": text.line_of(start),
        "text": _normalise(text.joined[start:end])[:160],
    }


def _read_item(
    lines: list[str], start: int, end: int, record: DeliberationRecord, extract: Extract
) -> tuple[int, list[Person], list[Person]]:
    """Decisions and vote of the item printed on lines [start, end); returns the line of its
    vote and who is named against and abstaining."""
    low_lines = [_lower(line) for line in lines[start:end]]
    decided = next((i for i, line in enumerate(low_lines) if _DELIBERATED.search(line)), None)
    if decided is not None:
        decided_at = start + decided
        decisions, stop = _read_decisions(lines, decided_at + 1, end)
        record.decisions = decisions
        vote_text = "\n".join([lines[decided_at], *lines[stop:end]])
        vote_line = decided_at
    else:
        vote_text = "\n".join(lines[start:end])
        vote_line = end - 1
    against, abstaining = _read_vote(vote_text, record, extract.counts.votes, extract.findings)
    return vote_line, against, abstaining


def _read_items(text: Text, headings: list[Heading], extract: Extract) -> None:
    """Each deliberation of a document holding several, with its attendance changes."""
    lines = text.lines
    bounds = [h.index for h in headings] + [len(lines)]
    votes_at: list[int] = []
    for head, end in zip(headings, bounds[1:], strict=True):
        record = DeliberationRecord(number=head.number)
        record.full_text = "\n".join(lines[head.index : end]).strip()
        title = head.rest.strip(" -–—:")
        record.title = _normalise(title) if sum(c.isalpha() for c in title) >= 3 else None
        if record.title is None:
            record.title = _read_title(lines, head.index, "")
        if record.title is None:
            extract.findings.append(Finding("missing_title", {"line": text.numbers[head.index]}))
        vote_line, against, abstaining = _read_item(lines, head.index + 1, end, record, extract)
        item = ItemRecord(
            deliberation=record,
            ordinal=head.ordinal,
            line=text.numbers[head.index],
            against=against,
            abstaining=abstaining,
        )
        extract.items.append(item)
        votes_at.append(vote_line)
    _apply_movements(text, extract, bounds, votes_at, first=0)


def _apply_movements(
    text: Text, extract: Extract, bounds: list[int], votes_at: list[int], first: int
) -> None:
    """Arrivals and departures change the attendance of the items voted after them.

    One sweep over the movements in order: each item sees who, at its vote, is not where the
    roll call put them. Someone in the roll call whose first movement is an arrival after an
    item's vote was not there for it (the roll call lists the late-comers too).
    """
    movements = [(i, m) for i, m in find_movements(text.lines, text.numbers) if i >= first]
    if not movements:
        return
    for _, movement in movements:
        if movement.person == CHAIR and extract.president is not None:
            movement.person = extract.president
    starts = {
        key: bounds[n]
        for n, item in enumerate(extract.items)
        for key in (item.ordinal, item.deliberation.number)
        if key
    }
    roll_call = {fold(p.last_name) for p in extract.present}
    timeline: list[tuple[int, str, Movement]] = []
    first_moves: dict[str, tuple[int, Movement]] = {}
    for index, movement in movements:
        if movement.person == CHAIR:
            continue
        key = fold(movement.person.last_name)  # « M. le Président » and « M. SUPERBI » are one
        if movement.kind == "abstains_from_vote":
            n = bisect_right(bounds, index) - 1
            if 0 <= n < len(extract.items):
                extract.items[n].not_voting.append(movement.person)
            continue
        effective = starts.get(movement.item, index) if movement.item else index
        timeline.append((effective, key, movement))
        first_moves.setdefault(key, (effective, movement))
    timeline.sort(key=lambda entry: entry[0])
    late = [
        (effective, key, movement)
        for key, (effective, movement) in first_moves.items()
        if movement.kind == "arrives" and key in roll_call
    ]
    # Who is not where the roll call put them, as the sweep goes.
    changed: dict[str, tuple[Person, bool]] = {}
    position = 0
    for n, item in enumerate(extract.items):
        while position < len(timeline) and timeline[position][0] <= votes_at[n]:
            _, key, movement = timeline[position]
            there = movement.kind == "arrives"
            if there == (key in roll_call):
                changed.pop(key, None)
            else:
                changed[key] = (movement.person, there)
            position += 1
        for person, there in changed.values():
            (item.arrived if there else item.away).append(person)
        for effective, key, movement in late:
            if effective > votes_at[n] and key not in changed:
                item.away.append(movement.person)


# -- entry points -----------------------------------------------------------------------------

_MINUTES = re.compile(
    r"registre\s+des\s+d[ée]lib[ée]rations|proc[èe]s[- ]verbal|compte[- ]rendu"
    r"|relev[ée]\s+des\s+d[ée]"
    r"|conseil\s+(?:municipal|communautaire|m[ée]tropolitain|d[ée]partemental|syndical)"
    r"|bureau\s+(?:m[ée]tropolitain|communautaire)|commission\s+permanente"
)


def looks_like_extract(text: str) -> bool:
    """Whether the text reads as a council's document: an extract, minutes, a record of
    decisions (its heading names one, or it prints a deliberation number and a sitting date)."""
    try:
        head = _lower(text[:8000])
        if _REGISTER.search(head):
            return True
        dated = heading.sitting_date(head, len(head)) is not None
        return dated and (
            _MINUTES.search(head) is not None or _find_number(head, head, len(head)) is not None
        )
    except (TypeError, AttributeError):
        return False


def parse_extract(raw: str) -> Extract:
    """Read one document (an extract, or minutes holding several deliberations); raise
    DocumentError only if it is no council document at all."""
    if not isinstance(raw, str) or not raw.strip():
        raise DocumentError("document vide")
    extract = Extract()
    findings = extract.findings
    deliberation = DeliberationRecord(full_text=raw)
    extract.deliberation = deliberation

    text = clean(repair_mojibake(raw), _BREAKS, _LONG_BREAKS)
    deliberation.prefecture_id = text.prefecture_id
    if ("fecture" in raw or "FECTURE" in raw) and (
        prefecture_date := _PREFECTURE_DATE.search(" ".join(raw[:20000].split()))
    ):
        deliberation.prefecture_date = _to_date(prefecture_date.group(1), findings)
    lines = text.lines
    joined = text.joined
    low = _lower(joined)

    # Where the parts are: the attendance block before the first item (or the decisions), the
    # annex after them.
    headings = find_headings(lines)
    several = len(headings) >= 2
    deliberated = _DELIBERATED.search(low)
    decided_at = low.count("\n", 0, deliberated.start()) if deliberated else None
    annex_at = None
    if several:
        header_end = headings[0].index
        end = text.offset_of(header_end)
    else:
        annex_at = next(
            (i for i in range((decided_at or 0) + 1, len(lines)) if _ANNEX.match(lines[i])), None
        )
        header_end = decided_at if decided_at is not None else (annex_at or len(lines))
        end = deliberated.start() if deliberated else len(joined)
        if decided_at is None and annex_at is not None:
            end = text.offset_of(annex_at)

    number = None if several else _find_number(joined, low, end)
    sitting = heading.sitting_date(low, end)
    if number is None and sitting is None and not several:
        raise DocumentError(
            "ni numéro de délibération ni date de séance lisibles : pas un document de séance"
        )
    if sitting is not None:
        extract.sitting_date, at = sitting
        _evidence(extract, "sitting_date", text, at, low.find("\n", at))
    else:
        findings.append(Finding("not_found", {"field": "sitting_date"}))
    if convened := heading.convened_on(low, end, extract.sitting_date):
        extract.convened_on, at = convened
        _evidence(extract, "convened_on", text, at, low.find("\n", at))
    if body := heading.body(low, sitting[1] if sitting else None, end):
        extract.body, at = body
        _evidence(extract, "body", text, at, at + len(extract.body))
    else:
        findings.append(Finding("not_found", {"field": "body"}))
    if council := heading.council(joined, end, deliberation.prefecture_id):
        extract.council, at = council
        _evidence(extract, "council", text, at, at + len(extract.council.name))

    if number is not None:
        deliberation.number, rest, line_start = number
        number_line = low.count("\n", 0, line_start)
        deliberation.title = _read_title(lines, number_line, rest)
        _evidence(extract, "number", text, line_start, low.find("\n", line_start))
    if not several:
        for obj in _OBJECT.finditer(low, 0, end):
            line_start = low.rfind("\n", 0, obj.start()) + 1
            if not low[line_start : obj.start()].strip():
                object_line = low.count("\n", 0, obj.start())
                title = _read_object(lines, object_line, _span(joined, obj, 1))
                deliberation.title = title or deliberation.title
                break

    extract.counts = _read_counts(low, end, text, extract)

    _read_officers(text, low, end, extract)
    sections = _collect_sections(lines, header_end)
    _read_sections(sections, extract, text)
    missing = [
        name for name in ("in_office", "present", "votes") if getattr(extract.counts, name) is None
    ]
    if missing:
        findings.append(Finding("missing_counts", {"missing": missing}))
    if CHAIR in extract.present + extract.absent_excused + extract.absent:
        if extract.president is None:
            findings.append(Finding("chair_unnamed", {}))
        extract.present = _resolve_chair(extract.present, extract.president)
        extract.absent_excused = _resolve_chair(extract.absent_excused, extract.president)
        extract.absent = _resolve_chair(extract.absent, extract.president)
    extract.proxies = [
        p for p in extract.proxies if CHAIR not in (p.giver, p.holder) or extract.president
    ]
    if extract.president is not None:
        extract.proxies = [
            ProxyLine(
                giver=extract.president if p.giver == CHAIR else p.giver,
                holder=extract.president if p.holder == CHAIR else p.holder,
            )
            for p in extract.proxies
        ]
    # The same proxy printed twice (« ayant la procuration de X » and again under « Pouvoirs »).
    unique: dict[tuple[str, str, str, str], ProxyLine] = {}
    for line in extract.proxies:
        key = (
            fold(line.giver.last_name),
            fold(line.giver.first_name or ""),
            fold(line.holder.last_name),
            fold(line.holder.first_name or ""),
        )
        unique.setdefault(key, line)
    extract.proxies = list(unique.values())
    if extract.represented:
        findings.append(
            Finding("proxy_holder_unknown", {"givers": [p.display() for p in extract.represented]})
        )

    if several:
        _read_items(text, headings, extract)
        extract.deliberation = extract.items[0].deliberation
        return extract

    vote_end = annex_at if annex_at is not None else len(lines)
    if decided_at is not None:
        decisions, stop = _read_decisions(lines, decided_at + 1, vote_end)
        deliberation.decisions = decisions
        vote_text = "\n".join([lines[decided_at], *lines[stop:vote_end]])
    else:
        vote_text = "\n".join(lines[header_end:vote_end])
    against, abstaining = _read_vote(vote_text, deliberation, extract.counts.votes, findings)
    item = ItemRecord(deliberation=deliberation, against=against, abstaining=abstaining)
    extract.items.append(item)
    first_item_line = decided_at if decided_at is not None else header_end
    _apply_movements(
        text,
        extract,
        [first_item_line, vote_end],
        [decided_at if decided_at is not None else vote_end - 1],
        first=sections[0].line if sections else 0,
    )

    if annex_at is not None:
        prose_end = text.offset_of(annex_at)
        extract.funded_actions = _read_annex(
            lines, annex_at, joined[:prose_end], low[:prose_end], findings
        )
    return extract
