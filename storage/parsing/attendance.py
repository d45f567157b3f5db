"""Who sat: the printed counts, the chair and the secretary, and the attendance lists.

Lists are found by their cue (« Présents », « Etaient présents », « Pouvoirs », « Absents
excusés », « Absents ayant voté par procuration »…) at a line's start: storage.parsing.text has
already cut lines before cues printed mid-line. A list runs until a blank line that promises no
more names, another cue, prose, or its closing count « (9) ». Entries are names in either order
(« M. Jean-Luc DEGRAIX », « DEGRAIX Jean-Luc »), with plural civilities, numbers, groups and
communes around them, or proxies in every phrasing of FORMATS.md. A role (« M. le Maire ») is
kept as CHAIR and resolved to the president the document names.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from storage import cues, rules
from storage.documents import (
    Counts,
    Extract,
    Finding,
    MemberCommune,
    Person,
    ProxyLine,
    Substitution,
)
from storage.french import MONTH_PATTERN, number_in_words
from storage.names import GIVEN_NAMES, first_names_compatible, fold, parse_person, split_civility
from storage.parsing.common import LOWER, UPPER, PerLine, _lower, _normalise, _span
from storage.parsing.items import (
    FIRST_NAME_ENTRY,
    ROLE_ORDINAL,
    SECTION_HEADING,
    name_after_role,
    person_entry,
    role_word,
)
from storage.parsing.text import Text, is_page_footer

_NUMBER_WORD = (
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
    r"|seize|vingts?|trente|quarante|cinquante|soixante)"
)

# The end of each count label, then its figure; the label's end says which count it is.
_COUNT = re.compile(
    r"(?P<label>pr[ée]sents\s(?:ou|et)\srepr[ée]sent[ée]s|absents\set\s(?:procurations?|pouvoirs?"
    r"|repr[ée]sent[ée]s|excus[ée]s)|exercice|titulaires|pr[ée]sents|r[ée]unis|pouvoirs?"
    r"|procurations?|d[ée]l[ée]gations?\sde\svote"
    r"|repr[ée]sent[ée]s|voix(?!\s(?:pour|contre))|votants|quorum|absente?s?|majorit[ée]\sabsolue"
    # « Qui ont pris part à la délibération : 9 », « Ayant pris part au vote : 9 »: the votants
    r"|pris\spart\s(?:[àa]\sla\sd[ée]lib[ée]ration|au\svote|aux\svotes)"
    # « Absents excusés : 3 », « Excusés : 3 » (never « dont excusés : 3 », inside a count);
    # « Absents non excusés : 1 », the other absentees
    r"|absente?s\s(?:non\s)?excus[ée](?:e?s|\(e\)s)|(?<!dont\s)(?<!non\s)excus[ée](?:e?s|\(e\)s)"
    # « Membres en fonction : 19 »: in office, before a colon only
    r"|en\sfonctions?(?=[ \t]?[:=])"
    # « Nombre de conseillers départementaux : 34 », « Nombre de délégués : 27 »: the members
    # in office, before a colon only (never « Nombre de conseillers présents : »)
    r"|nombre\sde\s(?:conseill(?:ers|[èe]res)|d[ée]l[ée]gu[ée]s|membres|[ée]lus|administrateurs)"
    r"(?:\s(?:municipaux|communautaires|m[ée]tropolitains|d[ée]partementaux|r[ée]gionaux"
    r"|syndicaux|territoriaux|d['’]arrondissements?|titulaires))?(?=[ \t]?[:=])"
    # « Membres : 6 », « Membres du Bureau : 14 »: the members in office, before a colon only
    r"|membres(?:\s(?:du|de\sla|de\sl['’])\s(?:bureau|conseil|comit[ée]|commission)"
    # « Membres du comité syndical : 34 », « Membres du conseil d'administration : 12 »
    r"(?:\s(?:syndical|municipal|communautaire|d['’]administration|permanente|de\sdirection))?)?"
    r"(?=[ \t]?[:=]))"
    # « Présents à l'ouverture de la séance : 34 »
    r"(?:[ \t]à[ \t]l['’]ouverture(?:[ \t]de[ \t]la[ \t]s[ée]ance)?)?"
    # an aside between the label and its colon: « Quorum (loi du 14 novembre 2020) : 7 »
    r"(?:[ \t]?\((?!\d{1,3}\))[^():\n]{1,60}\)(?=[ \t]?[:=]))?"
    # « Étaient présents, au nombre de huit : »; « Présents (13) : » its figure in brackets;
    # a column's gap (tabs, made three spaces by the cleaning) around a colon or without one
    # (the colon wrapped onto the next line: « votants » / « : 28. »)
    r"(?:   |[ \t])?(?:[:=](?:   |[ \t])?\n?|\n(?:[:=][ \t]?)?|,?[ \t]au[ \t]nombre[ \t]de[ \t])?"
    r"[ \t]?(?:\((?=\d{1,3}\)))?"
    r"(?:(?P<n>\d+)(?!\d)"
    # a count in words after its colon: « Présents : vingt-deux »
    r"|(?:(?<=[:=] )|(?<=nombre de ))"
    rf"(?P<words>{_NUMBER_WORD}(?:[ -](?:et[ -])?{_NUMBER_WORD}){{0,2}})\b"
    # « Pouvoirs : néant », « Procurations : aucune »
    r"|(?<=[:=] )(?P<none>n[ée]ant|aucune?)\b)"
)
# A numbered line's dash (or stop) then a name (« 1 – Jean BRUN », « 2) Mme Anne ROUX »): the
# figure before it is the entry's number, not a count.
_DASHED_ENTRY = re.compile(
    rf"(?:[ \t][-–—]|[.)])[ \t](?:M\.|Mme|Monsieur|Madame|[{UPPER}][\wÀ-ÿ'’-]+\s[{UPPER}])"
)
# The next entry of a numbered list run on after a name: « … BRUN 2 – Anne ROUX ».
_NEXT_ENTRY = re.compile(
    rf"[^\n:;]{{3,60}}?[\s,;](?P<n>\d{{1,3}})(?:[ \t][-–—]|[.)])[ \t](?=[{UPPER}])"
)


def _numbered_run(text: str, at: int, figure: int) -> bool:
    """Whether the figure ending at `at` numbers the first name of a list whose entries run on
    one line, each after its number and dash: its name, then the next number, the figure + 1."""
    if _DASHED_ENTRY.match(text, at) is None:
        return False
    following = _NEXT_ENTRY.match(text, at + 3)
    return following is not None and int(following["n"]) == figure + 1


# « Nombre de votants : 17 (14 présents, 3 pouvoirs) sur 19 membres »: the members in office
_OUT_OF = re.compile(r" sur (?P<n>\d{1,3}) (?:membres|conseillers|[ée]lus|d[ée]l[ée]gu[ée]s)\b")

# A count printed without its colon ends with its figure: punctuation, a column gap, the line's
# end or the next count's label follow (« en exercice 29, présents 21 », « Présents 21 / Votants
# 25 »); « Présents 12 juin » is no count.
_BARE_END = re.compile(
    r"\s{2}|[ \t]*(?:\n|\Z|[,;/|.)–—-]|et\s|(?:nombre|pr[ée]sents|votants|pouvoirs|procurations"
    r"|repr[ée]sent|absents|excus|quorum|majorit|membres|conseill|en\sexercice|suffrages"
    # the text run on after the counts, its line breaks lost: the act's heading, an officer
    # (« Votants 14 N° 2023-082 Présidence : … »)
    r"|d[ée]lib[ée]ration|objet|pr[ée]sidence|secr[ée]taire)\b|n[ \t]?[°º])"
)

# The next sentence run on after a count's figure, its line break lost (« … votants 27 Sous la
# présidence de … »): a capital opening a word that no figure follows (« 12 Mars 2024 » is a
# date's).
_SENTENCE_AFTER_COUNT = re.compile(rf"[ \t]+(?=[{UPPER}][{LOWER}'’]+[ \t]+(?!\d))")

# A figure before its label, in a sentence: « composé de 29 membres en exercice », « 21 présents »,
# « vingt et un présents », « Quorum atteint : 28 présents ». Not a figure a label before it
# has taken (« Présents : 21 Représentés »), nor after a number sign (« n° 12 »), and only
# plural labels (« une procuration » is no count).
_COUNT_BEFORE = re.compile(
    # (no lookahead of the first characters ahead of the look-behinds: the engine takes no
    # class to skip to from a lookahead, it only added a test at every position)
    # (nor a time's minutes: « … – 17 h 00 Membres présents : … », a heading run on, flattened)
    r"(?<![\w°/.,:=-])(?<!n°\s)(?<!\bh\s)"
    rf"(?P<n>\d{{1,3}}|{_NUMBER_WORD}(?:[ -](?:et[ -])?{_NUMBER_WORD}){{0,2}})(?![\w/.,°-])"
    r"[ \t]?\n?[ \t]?(?:(?:membres|conseill(?:ers|[èe]res)|[ée]lus|d[ée]l[ée]gu[ée]s)"
    r"(?:\s(?:municipaux|communautaires|m[ée]tropolitains|territoriaux|titulaires))?\s)?"
    r"(?P<label>en\sexercice|pr[ée]sents|votants|pouvoirs|procurations|repr[ée]sent[ée]s|absents"
    # (the figure 1 with its label in the singular: « 12 en exercice, 9 présents, 1 pouvoir »)
    r"|(?<=[\s(:,;]1\s)(?:pr[ée]sent|votant|pouvoir|procuration|repr[ée]sent[ée]e?|absente?))\b"
    r"(?!\s(?:ou|et)\s)"
)

# A list of the excused its count opens, on its own line: « 3 excusés : Guy PEYRON, … »
# (« 2 absents excusés : » is the absentees' count, _COUNT_BEFORE).
_EXCUSED_AFTER_COUNT = cues.plain(r"(?m)^[ \t]?(?P<n>\d{1,3}) excus[ée]e?s?(?: \(\d{1,3}\))? ?:")

_ROLE = re.compile(
    r"(?P<role>pr[ée]sid(?:ent|ente|ence)(?:\(e\))?|secr[ée]ta(?:ire|riat))"
    # « Président de séance : M. X ; secrétaire de séance : Mme Y »: two officers on a line
    r"(?:\s+de\s+(?:la\s+)?s[ée]ance)?"
    # « Secrétaire de séance désigné(e) : Mme X », « Secrétaire élue : … »
    r"(?:\s(?:d[ée]sign|nomm|[ée]lu)[ée]?e?(?:\(e\))?)?[ \t]*:[ \t]*"
    # the name ends at a line's end, « ; », or a full stop before the next label (« Présidence :
    # M. Jean ROUX. Secrétariat : M. Paul VIAL. »)
    r"(?P<name>(?:[^\n;.]|\.(?![ \t]+[^\s:.]{2,30}(?:[ \t][^\s:.]{1,20}){0,2}[ \t]?:))+)"
)
# Its words, found by str.find: a match starts at most 3 characters before one (« pré|sid »).
_ROLE_HINTS = ("sid", "secr")
# The role alone on its line, the name alone on the next (a web page's « <dt>Secrétaire de
# séance</dt><dd>Mme X</dd> », a form's label and value in two paragraphs, a PDF's column
# whose label ends its line: « Secrétaire de séance : » / « Mme X »).
_ROLE_ALONE = re.compile(
    r"(?m)^[ \t]*(?P<role>secr[ée]taire|pr[ée]sident(?:e)?|pr[ée]sidence)"
    r"(?:\s+de\s+(?:la\s+)?s[ée]ance)?[ \t]*:?[ \t]*\n[ \t]*(?P<name>[^\n:]{3,80})$"
)
# The same after a line's break, from the break: the search skips to each line's end (see
# _roles_alone), where « ^ » made it enter the pattern at every character of the text.
_ROLE_ALONE_AFTER_BREAK = re.compile("\n" + _ROLE_ALONE.pattern.removeprefix("(?m)^"), re.M)


def _roles_alone(low: str, end: int) -> Iterator[tuple[int, re.Match[str]]]:
    """_ROLE_ALONE.finditer(low, 0, end), each match with where its line starts."""
    first = _ROLE_ALONE.match(low, 0, end)
    if first is not None:
        yield first.start(), first
    for alone in _ROLE_ALONE_AFTER_BREAK.finditer(low, first.end() if first else 0, end):
        yield alone.start() + 1, alone


_CHAIRED_BY = re.compile(
    r"(?:sous\s+la\s+pr[ée]sidence\s+de|(?:s[ée]ance|r[ée]union)\s+(?:est\s+)?pr[ée]sid[ée]e\s+par"
    # « La présidence est assurée par M. X, doyen d'âge », « Présidait la séance : M. X »
    # (« Présidence de séance assurée par Mme X, vice-présidente »)
    r"|pr[ée]sidence(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s+(?:est\s+|a\s+[ée]t[ée]\s+)?assur[ée]e\s+par"
    r"|pr[ée]sidai(?:t|ent)\s+(?:la\s+)?(?:s[ée]ance|r[ée]union)\s?:?"
    # « Le conseil, présidé par Mme X, maire, s'est réuni »
    r"|(?:conseil|comit[ée]|bureau|assembl[ée]e)(?:\s[a-zé]+)?,?\s+pr[ée]sid[ée]e?\s+par"
    # « Présidée par Mme X, Présidente » opening its line, under the body's heading
    r"|(?:^|\n)[ \t]*pr[ée]sid[ée]e?\s+par)"
    r"\s+(?P<name>[^\n]+)"
)
# « légalement convoqué le 15 mai par son président, M. Didier CHALAYE, s'est réuni », « convoqués
# par le Maire, Mme Anne BOIS »: the president who convened, when no other words name the chair
_CONVENED_BY = re.compile(
    r"convoqu[ée]e?s?\b[^\n;]{0,80}?\spar\s(?:son|sa|leur|l[ea])\s"
    r"(?:pr[ée]sidente?|maire)\s?,?\s(?P<name>(?:m\.|mme|monsieur|madame)\s[^\n]+)"
)
# Where the convener's name stops when no comma closes it (« par leur président M. Paul ROUX le
# 3 mars 2025 »)
_CONVENER_END = re.compile(r"\s(?:le|l['’]|en|à|pour|afin)\s")
# « M. Roger BLANCHET, Président, préside la séance »
_PRESIDES = re.compile(
    # (the name never runs over another civility: « M. Louis ARNAUD Mme Odile BRUN, … », a
    # flattened list's entries without commas)
    r"(?P<name>(?:m\.|mme|monsieur|madame)\s(?:(?!\s(?:m\.|mme|monsieur|madame)\s)[^,\n]){2,60}?)"
    r"(?:,\s[^,\n]{2,30},)?"
    # (« Mme Nicole TARDY, Vice-Présidente, qui préside la séance », her entry in a list)
    r"(?:\s+qui)?\s+pr[ée]side\s+(?:la\s+)?(?:s[ée]ance|r[ée]union)"
)

# « Le Maire, Jérôme DUPRÉ, ouvre la séance », « M. DUPRÉ, Maire, déclare la séance ouverte »:
# who opens the sitting chairs it. The verb is found first (on lower case), then its subject
# read back to the sentence's start.
_OPENS = re.compile(
    r"\s(?:ouvre\s+|d[ée]clare\s+(?:ouverte\s+)?)(?:la\s+|l['’])?(?:s[ée]ance|r[ée]union)\b"
)
# « La séance est ouverte à 19 h par M. Jérôme DUPRÉ, Maire », « Ouverture de la séance à
# 20 heures par M. Jérôme DUPRÉ »
_OPENED_BY = re.compile(
    r"(?:(?:s[ée]ance|r[ée]union)\s(?:est\s|a\s[ée]t[ée]\s)?ouverte"
    r"|ouverture\sde\sla\s(?:s[ée]ance|r[ée]union))\s(?:[^\n,]{0,30}?\s)?par\s"
    r"(?P<name>[^\n]{3,80})"
)
# Where the sentence before a verb starts: a full stop (not a civility's), a colon, a line.
_SENTENCE_START = re.compile(r"(?:(?<!\bm)(?<!\bmm)(?<!\bmme)\.|[:;!?])\s+(?=\S)")

# « M. Jean DUPONT a été désigné secrétaire »: the verb is found first, the name is its line
# up to it. A name pattern run from each line's start (« ^[ \t]*(.+?)\s+a\s+été… ») met a
# line of blanks and tabs in cubic time (2,000 of them: a minute); the look-behind lets the
# blanks before « a » be tried from one place only.
_APPOINTED_SECRETARY = re.compile(
    r"(?<=\S)\s+a\s+[ée]t[ée]\s+(?:d[ée]sign[ée]e?|nomm[ée]e?|[ée]lue?)\s+"
    # (« … a été désignée pour remplir les fonctions de secrétaire »)
    r"(?:comme\s+|en\s+qualit[ée]\s+de\s+|pour\s+(?:remplir|assurer|exercer)\s+(?:les\s+|la\s+)?"
    r"fonctions?\s+de\s+)?secr[ée]taire"
)

# Where a name printed after a role stops: a column gap, a comma, or the other role.
_NAME_END = re.compile(
    # (not a civility's stop: « M. Le Goff Bernard », « MM. La Salle et Vial »)
    r"\s{3,}|[,;(]|(?<!\bM)(?<!\bMM)\.\s(?:\d|(?:Le|La|Les|L['’]|Il|Elle|Vu|Apr[èe]s)\s)"
    # a sentence's full stop after a word (not an initial's, not « Mme. »): « Mme Anne BOIS.
    # Tarifs de la cantine » in a flattened text
    r"|(?<!mme)(?<!mm)(?<=[^\W\d_]{2})\.\s"
    r"|\s+(?:secr[ée]taire|pr[ée]sid|d[ée]lib[ée]ration|objet|[ée]tai(?:en)?t\b|pr[ée]sents"
    r"|absents?\s|excus[ée]s|pouvoirs|procurations|nombre|ordre\s+du|approbation|membres)"
    # a page header run into the line of a flattened text: « … Mme Justine MAUREL Communauté
    # urbaine du … » (title case only: « Mme Anne VILLE » keeps her name)
    r"|\s(?-i:Communaut[ée]|Commune|Ville|Mairie|M[ée]tropole|D[ée]partement|Conseil|Page"
    r"|S[ée]ance|Vu)\b"
    # an act's number run into the line: « … Mme N'DIAYE Aminata N° 2025-07 Participation … »
    r"|\s(?-i:N ?[°º]|n[°º])"
    # the function after the name without its comma: « Mme Claire DURAND Maire de la commune »
    # (never the role itself: « Monsieur le Maire », « Madame la Maire »)
    r"|(?<!\ble)(?<!\bla)\s(?-i:Maire|maire|Adjointe?|adjointe?)\b"
    # a sentence run into the name in a flattened text: « M. Marchand Le quorum étant … »
    r"|\s(?-i:Le|La|Les|L['’])\s?(?:quorum|s[ée]ance|conseil|comit[ée]|bureau|pr[ée]sident"
    r"|maire|rapporteur|secr[ée]taire)\b",
    re.IGNORECASE,
)

# « excusés », « excusé(e)s », « excusée(s) », « excusé(e)(s) »; with a middle dot or full
# stops (« présent·e·s », « excusé.e.s »)
_PLURAL = r"(?:\(e\)s|\(s\)|\(es\)|\(e\)\(s\)|e\(s\)|[·.]e[·.]?s|·es?|e|s|es)?"
# (« conseiller·ère·s », « conseiller(e)s », « administrateur·rice·s »: a feminine ending)
_FEMININE = r"(?:\((?:e|[èe]re|rice)\)|[·.](?:e|[èe]re|rice)[·.]?)?"
_MEMBERS = (
    # (« Conseillères et conseillers présents : », both genders written out)
    rf"(?:(?:membres?|(?:conseill[èe]res\s+et\s+)?conseill(?:er{_FEMININE}s?|[èe]res?)"
    r"(?: municipaux| communautaires"
    r"| m[ée]tropolitains| d[ée]partementaux| r[ée]gionaux| syndicaux| d[ée]l[ée]gu[ée]s"
    # (a territoire's or an arrondissement's council: « Conseillers territoriaux présents : »)
    r"| territoriaux| d['’]arrondissements?)?"
    rf"|administrat(?:eur{_FEMININE}s?|rices?)|[ée]lu{_PLURAL}"
    # (« Délégués communautaires présents : », « Représentants présents : »)
    rf"|(?:d[ée]l[ée]gu[ée]|repr[ée]sentant){_PLURAL}(?: communautaires| syndicaux"
    r"| m[ée]tropolitains| titulaires| suppl[ée]ants)?)\s+"
    # « Membres avec voix délibérative présents : », « Membres à voix délibérative absents : »
    r"(?:(?:avec|[àa])\s+voix\s+d[ée]lib[ée]rative\s+)?)?"
)


_LIST_HEAD = re.compile(
    # a bullet before the cue, the cue as a clause: « - sont présents (30) : », « - est
    # absente : », « - ont donné délégation de vote (3) : »
    r"^(?:[-–—•*]\s)?(?:liste\s+des\s+)?"
    # « Nombre d'excusés : 2 (M. X, Mme Y) »: a count's label, when its bracket names them
    r"(?:nombre\s+d(?:e\s|['’]\s?)(?=[^:\n]{1,50}:\s?\d{1,3}\s?\((?-i:M\.|MM\.|Mmes?\b|Monsieur"
    rf"|Madame|[{UPPER}][\wÀ-ÿ'’-]*\s[{UPPER}])))?(?:"
    rf"(?P<givers>{_MEMBERS}(?:absents?{_PLURAL}\s+)?ayant\s+vot[ée]\s+par\s+(?:procuration|pouvoir)s?)"
    # (« Les délégués présents : », « Les membres absents : »: the article before the word)
    # (« 3 excusés : A, B, C », « 1 absent : D »: the count before the cue)
    rf"|(?P<excused>(?:[ée]tai(?:en)?t\s+|(?:est|sont)\s+|les\s+|\d{{1,3}}\s)?{_MEMBERS}"
    r"(?:titulaires\s+)?"
    rf"(?:absents?{_PLURAL}\s+(?:et\s+|ou\s+)?(?:absents?{_PLURAL}\s+)?)?excus[ée]{_PLURAL}"
    rf"(?:\s+(?:et\s+|non\s+)?repr[ée]sent[ée]{_PLURAL})?"
    # « Excusés sans procuration : » (absent, no proxy: the excused)
    r"(?:\s+sans\s+(?:procuration|pouvoir|d[ée]l[ée]gation)s?)?)"
    # « Deux conseillers absents avaient donné pouvoir : »
    # (« 2 pouvoirs : M. X à M. Y, … »: the count before the cue, its line cut there)
    rf"|(?P<proxies>(?:(?:\d{{1,3}}|{_NUMBER_WORD})\s+(?=conseill|membres|[ée]lus|d[ée]l[ée]gu"
    r"|pouvoirs\s?:|procurations\s?:))?"
    # (« Étaient absents ayant donné pouvoir : », the verb first)
    r"(?:[ée]tai(?:en)?t\s+)?"
    rf"{_MEMBERS}(?:absents?{_PLURAL}\s+(?:excus[ée]{_PLURAL}\s+)?"
    # « Absents et procurations : », « Absents / pouvoirs : »: absentees, some with a proxy
    rf"|absents?{_PLURAL}(?:\s+et\s+|\s?[/,]\s?)"
    rf"|excus[ée]{_PLURAL}\s+)?"
    # (« Absents avec pouvoir : », « Excusés avec procuration : »)
    r"(?:(?:ayant|ont|a|avaient|avait)\s+donn[ée]\s+|avec\s+)?"
    # (« Absent ayant donné délégation de vote : »)
    # (« Mandats : », a proxy's other name)
    r"(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?=s?\s+de\s+vote))(?:s|\(s\))?(?:\s+[àa])?"
    # « Pouvoirs donnés en séance », « Procurations reçues avant la séance », « Pouvoirs de
    # vote » (never « Pouvoirs du Maire » nor « Procuration de M. X » alone)
    r"(?:\s+de\s+vote)?(?:\s+(?:donn[ée]e?s|remis(?:es?)?|re[çc]ue?s|enregistr[ée]e?s"
    r"|d[ée]pos[ée]e?s|transmis(?:es?)?|valid[ée]e?s|[ée]crite?s))?(?:\s+(?:en\s+(?:cours\s+de\s+)?s[ée]ance|avant\s+"
    r"(?:la\s+)?s[ée]ance|pour\s+(?:la|cette)\s+s[ée]ance|au\s+(?:secr[ée]tariat|pr[ée]sident)"
    r"|lors\s+de\s+la\s+s[ée]ance|par\s+[ée]crit))?"
    # « Administrateurs représentés : », « Membre représenté : » (any members' word)
    # (« Est représentée : », « Sont représentés : »: the verb first)
    # (« 2 représentés : M. X par M. Y, … »: the count before the cue)
    rf"|(?:[ée]tai(?:en)?t\s+|(?:est|sont)\s+|\d{{1,3}}\s)?{_MEMBERS}(?:absent{_PLURAL}\s+(?:et\s+)?)?"
    # (« Absents représentés / excusés : »: the proxies, then the excused without one)
    rf"repr[ée]sent[ée]{_PLURAL}(?:\s?[/,]\s?excus[ée]{_PLURAL}|\s(?:et|ou)\sexcus[ée]{_PLURAL})?"
    r"|(?:(?:ayant|ont|a|avaient|avait)\s+donn[ée]\s+)?d[ée]l[ée]gations?\s+de\s+vote)"
    rf"|(?P<absent>(?:[ée]tai(?:en)?t\s+|(?:est|sont)\s+|les\s+|\d{{1,3}}\s)?{_MEMBERS}"
    r"(?:titulaires\s+)?"
    rf"absents?{_PLURAL}"
    rf"(?:\s+non\s+(?:excus[ée]{_PLURAL}|repr[ée]sent[ée]{_PLURAL})|\s+sans\s+(?:excuses?|motif))?)"
    # « Assistaient à la séance : », « Membres élus présents : », « Membres nommés présents : »
    # « Etaient réunis : M. X, … », « Étaient réunis les membres suivants : » (« Etaient
    # réunis : 14 » is a count, _COUNT_REST)
    r"|(?P<present>assistai(?:en)?t(?:\s+[àa]\s+la\s+(?:s[ée]ance|r[ée]union))?"
    # « Participants : », « Ont participé à la réunion : » (a bureau's relevé)
    r"|(?:les\s+)?participants|ont\s+particip[ée](?:\s+[àa]\s+la\s+(?:s[ée]ance|r[ée]union))?"
    r"|(?:[ée]tai(?:en)?t\s+|sont\s+)?r[ée]uni(?:e)?s(?:\s(?:les|en)\s[^:\n\d()]{2,50}(?=:))?|"
    rf"(?:[ée]tai(?:en)?t\s+|sont\s+|les\s+)?{_MEMBERS}(?:(?:[ée]lu|nomm[ée]|d[ée]sign[ée])s\s+)?"
    # (« Délégué suppléant présent : », one suppléant)
    r"(?:titulaires\s+|suppl[ée]ante?s?\s+)?"
    # « Membres du comité de direction présents : »
    r"(?:membres\s+d[ue]s?\s+[^:\n]{1,40}?\s)?"
    # (« Délégués suppléants siégeant : », the suppléants who sit for a titular)
    rf"(?:pr[ée]sent{_PLURAL}|si[ée]geant(?:e?s?)?)(?:\s+titulaires|\s+suppl[ée]ants)?"
    # « Étaient présents Mesdames et Messieurs : », « Présents MM. et Mmes : »
    r"(?:\s(?:mesdames|messieurs|mmes|mm\.)(?:\s(?:et\s)?(?:mesdames|messieurs|mmes|mm\.))?"
    r"(?=\s?:))?"
    # « Etaient présents les conseillers municipaux suivants : », « Présents à la séance : »
    # (not « Présents avec voix consultative : »: the director, the paymaster, no members)
    r"(?:\s(?:les|à|a|en|lors|avec)\s(?!voix\sconsult|titre\sconsult)[^:\n\d()]{2,50}"
    r"(?=\s?\(\d{1,3}\)\s?:|:))?)"
    # a count or an aside before the colon: « Présents (13) : », « Liste des présents (article
    # L2121-15 du CGCT) : »
    # « Étaient présents, au nombre de huit : »
    # « Présents (liste) : »
    r")(?:\s?\(\d+\)|\s?\((?:art|loi|cf|liste)[^()\n]{0,50}\)|,?\s(?:au|en)\snombre\sde\s[\w-]+)?"
    # « Présents — commune déléguée de X : … »: a sub-heading follows (_SUB_HEADING)
    r"(?:\s?(?::|$)|\s[—–-](?=\s[^:\n]{2,60}:))\s?(?P<rest>.*)$",
    re.IGNORECASE,
)

_LIST_KINDS = ("givers", "excused", "proxies", "absent", "present")

# Sub-headings inside a list: the names after them belong to the same list.
# The chair's line (« Président : X », « Le Maire : X »): under the presents, a sub-heading
# (« Présents : Le Maire : X ; Adjoints : … »); after an absent list, the officers' lines.
_CHAIR_HEADING = re.compile(r"^(?:l[ea] )?(?:maire|pr[ée]sidente?)\s?:", re.IGNORECASE)
_SUB_HEADING = re.compile(
    # (« Délégués suppléants : » under the titulars present)
    r"^(?:(?:d[ée]l[ée]gu[ée]e?s?\s)?(?:titulaires?|suppl[ée]ant(?:e|s|es|\(e\)s|\(s\))?)"
    r"|conseill(?:ers?|[èe]res?)"
    r"(?: d[ée]l[ée]gu[ée]s?| municipaux| communautaires)?|vice-pr[ée]sident(?:e|s|es)?"
    r"|adjoint(?:e|s|es)?(?: au maire)?|(?:l[ea] )?(?:maire|pr[ée]sidente?)"
    r"|membres?(?: du bureau| nomm[ée]s| [ée]lus| de droit| associ[ée]s| consultatifs)?"
    # « Personnes qualifiées : Mme X (UDAF) » on a board of élus and appointed members
    r"|personnes?\s(?:qualifi[ée]es?|nomm[ée]es?|d[ée]sign[ée]es?)|[ée]lu(?:e|s|es)?\b[^:\n]{0,50}"
    # the presents listed per commune or per collège: « Pour la commune de Saint-Marc : »,
    # « Collège de Guéret : », « Délégués de la commune de X : »
    r"|(?:pour )?(?:l[ea] )?(?:commune|ville|coll[èe]ge|secteur|canton|territoire)\b[^:\n]{0,60}"
    # a syndicat's or a pôle's members listed per member council: « Pour la CAPI : »,
    # « Pour Vienne Condrieu Agglomération : », « Au titre de la CCVL : » (no figure: « Pour :
    # 12 » is a vote)
    r"|(?:pour|au titre d(?:e|u|es))\s[^:\n\d]{2,60}"
    r"|d[ée]l[ée]gu[ée]e?s?\s(?:de|du|des|d['’])[^:\n]{0,60}"
    # the presents listed per group: « Groupe Union pour Lunel : », « Non-inscrits : »
    r"|groupes?\b[^:\n]{0,60}|non[- ]inscrite?s?|(?:[ée]lus?\s)?(?:de\s)?(?:la\s|l['’])?"
    r"(?:majorit[ée]|opposition)\b[^:\n]{0,40})\s?:\s?",
    re.IGNORECASE,
)

# A count that closes a list: « …, Anne RIVIERE (9) ».
# (not a note's call after the list's full stop, its note run on after it when flattened:
# « Absents : M. Alain TISSOT, M. Joël BARD. (1) » / « Mme X a quitté la séance … »)
_CLOSING_COUNT = cues.compile(r"(?<![.;] )\(\d{1,3}\)\.?$")

# Lines that cannot belong to a list of names: other headings, prose. Articles in title case
# only, so that « LE GALL Yann » (surname first, in capitals) still reads as a name.
# (« Sous la présidence de … », « Par délibération du … »: a sentence after the list's last name,
# or the other column's text once a PDF's two columns are read one after the other)
# (« Le Bihan Guéguen » under « M. Ewen »: a surname's particle before a capitalised word is a
# name wrapped, not « Le Président … », « La séance … »)
_LIST_STOP = re.compile(
    rf"^(?:(?:Le|La|Les)(?=\s(?:[{LOWER}]|(?:Pr[ée]sident|Maire|Conseil|Comit[ée]|Bureau"
    r"|Secr[ée]taire|Quorum|S[ée]ance|Commission|Assembl[ée]e|D[ée]partement|R[ée]gion"
    r"|Commune|Ville|Directeu|Directrice|Vice|Premi|Rapporteu|Doyen)))"
    r"|L['’]|Vu|Sur|Sous|Par|Dans|En|Il|Elle|Ce|Cette|A|À|Au|Aux|Ont)\s"
    # a chapter of the agenda in roman figures: « I – FINANCES », « II. URBANISME »
    rf"|^(?=[IVX])X{{0,3}}(?:IX|IV|V?I{{0,3}})\s?[-–—.)]\s[{UPPER}]{{2}}"
)

# A numbered list's entry in mixed case without a civility: « Rose Lafage » alone on its line or
# followed by its group (« , groupe Ensemble », « (Agir) »), not an item's title.
_MIXED_NAME = (
    rf"[{UPPER}][{LOWER}'’-]+ [{UPPER}][{LOWER}'’-]+"
    rf"(?:$|\s\(|(?:,|\s[-–—])\s(?i:groupe|liste|non))"
)
_MIXED_ENTRY = re.compile(_MIXED_NAME)

_LIST_STOP_CI = re.compile(
    r"^(?:nombre\s+de|quorum|pr[ée]sid|secr[ée]taire|d[ée]lib[ée]ration|extrait|s[ée]ance"
    r"|objet|rapport|expos[ée]|pour\s+extrait|ce\s+dossier|annexe|apr[èe]s\s+en\s+avoir"
    r"|vu\s|consid[ée]rant|d[ée]cide|votants|en\s+exercice|majorit|approbation|ordre\s+du\s+jour"
    r"|d[ée]signation|le\s+quorum|arriv[ée]e\s|d[ée]part\s|signature|_{3}|-{3}|={3}"
    # those who sit without a vote (a SDIS's director, a paymaster): no members
    r"|(?:membres\s+)?(?:pr[ée]sents?\s+)?(?:avec\s+voix|[àa]\s+titre)\s+consultati"
    # (« Assistaient également, avec voix consultative : le directeur … »: the staff after the
    # members' lists, never one of them)
    r"|assistai(?:en)?t\s+(?:[ée]galement|aussi)\b"
    # a count line after the list: « 5 présents, 1 pouvoir (…) », « Présents 5 - Pouvoirs 1 »
    rf"|(?:\d{{1,3}}|{_NUMBER_WORD})\s(?:pr[ée]sents|membres|conseill|votants|pouvoirs?\b"
    r"|procurations?\b)"
    r"|pr[ée]sents\s?:?\s?\d"
    # the act's number under the list: « N° 2024-078 »
    r"|n\s?[°º]\s?:?\s?\d"
    r"|(?:le|la|l['’])\s?(?:conseil|commission|bureau|comit|assembl)"
    # an item's vote or heading after the list: « Adopté à l'unanimité », « 1 - Tarifs »
    # (not a numbered name: « 12) Mme PASCAL Anne »)
    r"|(?:adopt|approuv|rejet)[ée]e?s?\b"
    # (nor « 2) Rose Lafage, groupe Ensemble », a name in mixed case alone or with its group,
    # nor « 1 - Daniel BOYER », « 12 – Anne PONS (Le Chêne) », a first name then the surname)
    r"|\d{1,3}\s?[-–—)]\s(?-i:(?!Mme |Mlle |Monsieur |Madame )"
    rf"(?!{_MIXED_NAME}|{FIRST_NAME_ENTRY})[{UPPER}][{LOWER}]))",
    re.IGNORECASE,
)

# The first characters each stop can match (its case folded as the engine folds it, « ſ » is an
# « s »): a line of names opens on none of them and skips both patterns.
_LIST_STOP_FIRST = frozenset("LVSPDEICAÀOX")
_LIST_STOP_CI_FIRST = frozenset("ACDELMNOPQRSVacdelmnopqrsvſ_-=")
# A line of names opens on a civility (« M. X, Mme Y, … »): its « M » is a stop's first letter
# (« majorité », « membres »), never with a dot or another « m » after it.
_LIST_STOP_CI_NOT = ("M.", "MM", "Mm", "m.", "mm", "mM")


# A note under the roll call, opened by its mark (« (1) adjoint au maire », « * arrivée au
# point 3 », « ¹ suppléant »): the list above it has ended.
_NOTE = re.compile(rf"(?:\(\d{{1,2}}\)|\*{{1,3}}|[¹²³⁴⁵⁶⁷⁸⁹])[ \t]?[{LOWER}]")
_NOTE_FIRST = frozenset("(*¹²³⁴⁵⁶⁷⁸⁹")


def _list_stop(line: str) -> bool:
    """_LIST_STOP or _LIST_STOP_CI matches the line (asked only of lines opening as one of
    them may: tests/test_attendance_gates.py holds the first characters to the patterns), or
    the line is a note under the list."""
    first = line[:1]
    return (
        (first in _LIST_STOP_FIRST and _LIST_STOP.match(line) is not None)
        or (
            (first in _LIST_STOP_CI_FIRST or first.isdigit())
            and not line.startswith(_LIST_STOP_CI_NOT)
            and _LIST_STOP_CI.match(line) is not None
        )
        or (first in _NOTE_FIRST and _NOTE.match(line) is not None)
    )


_COLUMN_GAP = re.compile(r"\s{3,}")
# A gap printed beside a proxy's arrow is not a column's.
_GAP_AT_ARROW = re.compile(r"(?<!\s)\s{3,}+(?=(?:→|->|=>|à|À)\s)|(?:(?<=→)|(?<=>))\s{3,}+")

# An officer's cue cut by the line's end after a list's last name.
_OFFICER_CUT = re.compile(
    r"[.;]\s(?:Secr[ée]taire|SECR[ÉE]TAIRE|Pr[ée]siden(?:t|te|ce))(?:\s+de)?$"
)


# A member's own sentence run into a list (its line breaks lost): the verb, then its subject read
# back to the civility just before it (« M. Alain NOVEL, Président, ouvre la séance »).
_MEMBER_VERB = re.compile(
    r"(?:,\s[^,;:()\n]{1,40},)?\s(?:ouvre|d[ée]clare\s(?:ouverte\s)?)\s?(?:la\s|l['’])?s[ée]ance"
    r"|\s(?:est|a\s[ée]t[ée])\s(?:nomm|d[ée]sign|[ée]lu)[ée]*e?\s(?:comme\s)?secr[ée]taire"
    # (not a relative clause on a present member's entry: « Mme X, qui préside la séance »)
    r"|(?<!\bqui)\spr[ée]side\s(?:la\s|l['’])"
)
_CIVILITY_BEFORE = re.compile(r"(?:^|(?<=\s))(?:M\.|Mme|Monsieur|Madame)\s")


def _member_sentence_at(text: str) -> int | None:
    """Where a member's own sentence starts in a list's text, None if it holds none."""
    if "ance" not in text and "taire" not in text and "side" not in text:
        return None
    verb = _MEMBER_VERB.search(text)
    if verb is None:
        return None
    starts = [
        m.start() for m in _CIVILITY_BEFORE.finditer(text, max(0, verb.start() - 60), verb.start())
    ]
    if not starts:
        return None
    # « … pouvoir à M. Luc MARTY. Le Président ouvre la séance »: the sentence's subject is no
    # member named before it
    sentence = _next_sentence(text, starts[-1], verb.start())
    return sentence if sentence is not None else starts[-1]


# What follows a list without a cue of its own, and is no name: the chair's sentence (« sous la
# présidence de M. X »), an item's heading (« Point n° 3 », « Question n° 2 », an act's number
# then its title: « D2023-014 Achat … », « DCM 2024_05 : Budget »). Found at a line's start or
# run into the list's last line (its line breaks lost); the list ends just before it.
_LIST_END = re.compile(
    r"(?:^|(?<=\s))(?:sous\sla\spr[ée]sidence\s(?:de|du)\s"
    r"|Point\s(?:n\s?[°º]\s?)?\d{1,3}\b"
    r"|(?:Question|Affaire|Dossier|QUESTION|AFFAIRE|DOSSIER|POINT)\sn\s?[°º]\s?\d"
    r"|(?:[A-Z]{1,6}[\s_.-]?)?\d{4}[-_./]\d{1,5}(?:[-_./]\d{1,5})?\s[-–—:]?\s?"
    rf"[{UPPER}][{LOWER}'’]"
    # an act's prefix, initials without a vowel, then its number: « DCM N° 2024-33 », « BT n° 4 »
    r"|[B-DF-HJ-NP-TV-XZ]{1,5}\s[Nn]\s?[°º]\s?\d)"
)


# The next sentence run into a list's last name: after its full stop, a sentence's opening
# (« … M. Luc MARTY. Le Président ouvre la séance », « … MARTY. Après l'appel, … »); or, its
# stop lost, an article and a common noun after a surname in capitals (« … M. Luc MARTY Le
# quorum étant atteint, … »). Never a role (« M. le Maire »), never a particle (« Le Gall »).
_OPENING = (
    rf"(?:(?:(?:Le|La|Les)\s|L['’]\s?)(?:[{LOWER}]"
    r"|(?:Pr[ée]sident|Maire|Conseil|Comit[ée]|Bureau|Secr[ée]taire|Quorum)\b)"
    r"|(?:Il|Elle|Ils|Elles|Après|Puis|Ensuite|Lecture|Conform[ée]ment|Constatant|Ouverture"
    r"|Monsieur\sle|Madame\sla|Cette|Ce|Ces|Une?)\s)"
)
# (each pattern opens on its literal, « . » or « L », which the engine scans for: a lookbehind
# first would be tried at every character of every list's line)
_STOP_THEN_SENTENCE = re.compile(rf"\.(?<=[^\W\d_]{{2}}\.)(?<!\bMM\.)(?<!\bMme\.)\s(?={_OPENING})")
_CAPITALS_THEN_SENTENCE = re.compile(
    rf"L(?<=[{UPPER}]{{2}}\sL)(?:(?:e|a|es)\s[{LOWER}]{{3}}|['’][{LOWER}]{{3}}"
    rf"|(?:e|a)\s(?:Pr[ée]sident|Maire|Secr[ée]taire)e?\s[{LOWER}]{{3}})"
)
# The same sentence on the line under the list's last name, its full stop closing that line.
_OPENS_SENTENCE = re.compile(_OPENING)


def _next_sentence(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the next sentence run into a list's text starts (its full stop or the space
    before its article), None if none does."""
    end = len(text) if end is None else end
    stop = _STOP_THEN_SENTENCE.search(text, start, end)
    after = _CAPITALS_THEN_SENTENCE.search(text, start, end)
    if after is None:
        return stop.start() if stop is not None else None
    return after.start() - 1 if stop is None else min(stop.start(), after.start() - 1)


def _list_end_at(line: str) -> int | None:
    """Where a list's text stops being names (_LIST_END, or the next sentence), None if it does
    not: asked only of a line holding one of its words, a year's digits or a sentence's
    start."""
    found: re.Match[str] | None = None
    # (a word every _LIST_END match holds, each asked in turn: no generator for each line)
    if (
        "sous la pr" in line
        or "Point" in line
        or "°" in line
        or "º" in line
        or _YEAR_DIGITS.search(line)
    ):
        found = _LIST_END.search(line)
    if "." in line or "L" in line:
        sentence = _next_sentence(line)
        if sentence is not None and (found is None or sentence < found.start()):
            return sentence
    return found.start() if found is not None else None


# (four figures written one by one: the search then skips to each figure, where a repeat
# first entered the pattern at every character of the line)
_YEAR_DIGITS = re.compile(r"\d\d\d\d[-_./]\d")


def _officer_cut(line: str) -> re.Match[str] | None:
    """_OFFICER_CUT.search(line), asked only of a line holding the end of one of its words."""
    if "taire" in line or "TAIRE" in line or "siden" in line:
        return _OFFICER_CUT.search(line)
    return None


def _closes_with_count(line: str) -> bool:
    """_CLOSING_COUNT.search(line): only a line ending with « ) » or « ). » may."""
    return line.rstrip("\n").endswith((")", ").")) and _CLOSING_COUNT.search(line) is not None


# A line cut just after a civility: the name is on the next line.
_CIVILITY_AT_END = (" M.", ",M.", " MM.", " Mme", " Mmes", " Mlle", " Monsieur", " Madame")
# « … à Madame Julie M. »: a given name, then an initial, is a surname cut to its initial (no
# civility announcing a name on the next line).
_INITIAL_AFTER_GIVEN = re.compile(
    rf"(?<![^\s(])[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)* M\.$"
)


def _ends_on_civility(line: str) -> bool:
    """Whether `line` ends on a civility whose name goes on on the next line."""
    return line.endswith(_CIVILITY_AT_END) and not (
        line.endswith(" M.") and _INITIAL_AFTER_GIVEN.search(line) is not None
    )


# A list's cue printed after it: « Mmes X, Y, MM. Z étaient présents », « …, formant la
# majorité des membres en exercice », or the names, then « présents » alone on the next line.
_CUE_AFTER = re.compile(
    r"(?:^|[ ,]\s?)(?:(?:qui\s)?(?:[ée]taient|sont)\s(?:tous\s|[ée]galement\s|aussi\s)?"
    r"pr[ée]sent(?:e|s|es|\(e\)s)?"
    r"|(?:tous\s)?pr[ée]sent(?:e|s|es|\(e\)s)"
    r"|(?:formant|constituant)\sla\smajorit[ée]\s(?:absolue\s)?des\s(?:membres|conseill)[^.\n]{0,50})"
    r"\s?[.;]?$",
    re.IGNORECASE,
)
_PLURAL_CIVILITY = re.compile(r"^(?:Mmes|MM\.|Mesdames|Messieurs|M\.|Mme|Monsieur|Madame)\s")


def _cue_after(line: str) -> re.Match[str] | None:
    """« …, MM. Z et W étaient présents. »: the cue closing a list, if the line ends with one
    (most lines hold neither word, and skip the pattern)."""
    low = line.lower()
    return _CUE_AFTER.search(line) if "sent" in low or "majorit" in low else None


_SENTENCE_THEN_CIVILITY = re.compile(
    r"[.:]\s(?=(?:Mmes|MM\.|Mesdames|Messieurs|Mme|Madame|Monsieur|M\.)\s)"
)


def _names_before_cue(text: str) -> bool:
    """Whether the text before a cue printed after it is a list of names, not a sentence: it
    opens with a civility, holds no figure, and no entry runs longer than a name."""
    if not _PLURAL_CIVILITY.match(text) or any(c.isdigit() for c in text):
        return False
    return all(len(part.split()) <= 6 for part in re.split(r"[,;]|\set\s", text))


# « et » (« ainsi que ») between two names: before a civility, « Louis PRAT » or « PRAT Louis ».
_AND_NAME = (
    # « … et Jean-Marie VIAL »: a compound first name
    r"\s(?<!Mmes\s)(?<!Mesdames\s)\s*(?:et|ainsi\s+que)\s+(?=(?:M\.|Mme|MM\.|Monsieur|Madame)\s"
    rf"|[{UPPER}][{LOWER}'-]+(?:[{UPPER}][{LOWER}']+)?\s[{UPPER}]{{2}}"
    rf"|[{UPPER}]{{2,}}\s[{UPPER}][{LOWER}])"
    # names in mixed case, the list's last: « …, Karim Weber et Hervé Fouquet »
    rf"|\s(?<=[{LOWER}]\s)\s*(?:et|ainsi\s+que)\s+(?=[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?"
    rf"\s[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?\s?(?:[,;.]|$))"
)

# « - » between entries of a list run into one line (« - Mme X à M. Y - M. Z à … », « Mme X par
# M. Y — M. Z par … », « M. X A M. Y - MME Z A … » in capitals).
_DASH_NAME = (
    rf"\s[-–—]\s(?=(?:M\.|Mme|MM\.|Monsieur|Madame|MME|MR|MLLE|MONSIEUR|MADAME)\s|[{UPPER}]{{2,}}\s[{UPPER}][{LOWER}]"
    rf"|[{UPPER}][{LOWER}'-]+\s[{UPPER}]{{2,}}"
    # « … à TESTE Hugo - pouvoir de M. Paul RIEU à … »: a proxy's own words open the entry
    r"|(?i:pouvoir|procuration)\sd(?:e\s|['’]))"
)

# A sentence's full stop between two entries (« … à Mme Annie BERNARD. M. Paul RIOU (… »).
# « … JOUBERT François. NOËL Daniel donne procuration à … »: a name in either order, too.
_STOP_NAME = (
    # (its stop first, the letters before it looked behind: a lookbehind opening the pattern
    # was tried at every space and comma of a list)
    r"\.(?<=[^\W\d_)]{2}\.|\w\)\.)(?<!\bMM\.)(?<!\bMme\.)(?<!\bMmes\.)(?<!\bMlle\.)\s"
    r"(?=(?:M\.|Mme|MM\.|Monsieur|Madame|Pouvoir|Procuration)\s"
    rf"|[{UPPER}]{{2,}}[{UPPER}'’ -]*\s[{UPPER}][{LOWER}]"
    r"|(?!(?:Le|La|Les|Vu|Il|Elle|En|Au|Aux|Un|Une|Des|Du|De|Sur|Pour)\s)"
    rf"[{UPPER}][{LOWER}'’-]+\s(?:[{UPPER}]{{2,}}"
    # « … à Fanny Valette. Maxence Deschamps donne pouvoir à … »: no capitals, then its proxy
    rf"|[{UPPER}][{LOWER}'’-]+\s(?:donne|a\sdonn[ée]|ayant\sdonn[ée]|repr[ée]sent[ée])))"
)

# A slash between two names (« FOURNIER Régine / GUILLOT Thierry », « Luc Roy/Anne Bois »):
# never inside a name, and before a capital only (« 12/03 » is no separator).
_SLASH_NAME = rf"(?<=[^\W\d_.]|\))\s*/\s*(?=[{UPPER}])"

# A name after another's parenthesis, no comma between (« RIVIÈRE Jacques (pouvoir à MARCHAND
# Alain) SIMON Danièle (…) », « Mme Anne BOIS (Vaux) M. Luc ROY »): a name opens there, in
# either order, with or without its civility.
_PAREN_NAME = (
    rf"\s(?<=\)\s)\s*(?=(?:M\.|Mme|MM\.|Monsieur|Madame)\s|[{UPPER}]{{2,}}\s[{UPPER}][{LOWER}]"
    rf"|[{UPPER}][{LOWER}'’-]+\s[{UPPER}]{{2,}})"
)

# A proxy's own words after the name that ends the one before, no stop between (a list of
# « pouvoir de Mme X à M. Y » flattened: « … à M. Luc ROCHE pouvoir de Mme Ida VIAL à … »).
_PROXY_OPENS = (
    # (after a surname in capitals, an initial, or a role: « … à Mme la Maire pouvoir de … »)
    # (the blank first, what stands before it looked behind with it: tried at blanks only)
    rf"\s(?:(?<=[{UPPER}]{{2}}\s)|(?<=[{UPPER}]\.\s)|(?<=\s[Mm]aire\s)|(?<=sident\s)|(?<=sidente\s))"
    r"(?=(?i:pouvoir|procuration|mandat|d[ée]l[ée]gation\sde\svote)"
    r"\s(?:de\s|d['’]|du\s)(?!vote\b|voter\b))"
)

# Every separator starts with a space, a comma, a semicolon, a slash or a full stop: the
# lookahead lets the scan skip the other characters instead of trying each alternative (and its
# lookbehinds) at each.

_SEPARATOR = re.compile(
    rf"(?=[\s,;./])(?:\s*[,;]\s*|{_SLASH_NAME}|{_PAREN_NAME}|{_AND_NAME}|{_DASH_NAME}"
    rf"|{_STOP_NAME}|{_PROXY_OPENS})"
)

# A separator outside parentheses, for lists that carry « X (pouvoir à Y) ».
_SEPARATOR_OUTSIDE_PARENS = re.compile(
    r"(?=[\s,;./])"
    rf"(?:\s*[,;]\s*(?![^()]*\))|{_SLASH_NAME}(?![^()]*\))|{_PAREN_NAME}|{_AND_NAME}(?![^()]*\))"
    rf"|{_DASH_NAME}(?![^()]*\))|{_STOP_NAME}|{_PROXY_OPENS}(?![^()]*\)))"
)

_PAREN = re.compile(r"\(([^()]*)\)?")

_CIVILITY_START = re.compile(r"^(?:M\.|MM\.|Mme\b|Mlle\b|Monsieur\b|Madame\b|Mr\b|M\s)")

_CAPS_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+$")

# What a list entry may carry besides the name: a bullet, its number, a plural civility
# (« Mmes et MM. »), a group or party after it (« Groupe Ensemble »).
_ENTRY_PREFIX = re.compile(
    r"^(?:[-–—*] ?|\d{1,3}(?:[.)/]|°\)?) ?|\d{1,3} [-–—] )?"
    r"(?:(?:Mmes|MM\.|Mesdames|Messieurs)(?: et (?:MM\.|Mmes|Messieurs|Mesdames))? )?"
)

_GROUP_SUFFIX = re.compile(
    r"\s(?:[-–—] )?(?:(?:groupe|liste|gr\.)\s.*|\(?non[- ]inscrite?s?\b.*)$", re.IGNORECASE
)

# The heading of the list of acts run on after the roll call's last name, its breaks lost
# (« … Excusé : M. Yves CHAPUIS RELEVÉ DES DÉCISIONS DB-2025-11 – … »): no part of the name.
_LIST_HEADING_AFTER = cues.plain(
    r" (?:RELEV[ÉE] DES D[ÉE]CISIONS|ORDRE DU JOUR|LISTE DES (?:D[ÉE]LIB[ÉE]RATIONS|ACTES"
    r"|D[ÉE]CISIONS)|D[ÉE]LIB[ÉE]RATIONS(?: ADOPT[ÉE]ES)?|D[ÉE]CISIONS(?: PRISES)?)$"
)
_HEADING_ENDS = frozenset({"IONS", "JOUR", "CTES", "TÉES", "TEES", "ISES"})  # its last letters

# A group printed after a name and a comma (« 1. MOREL Édith, Groupe Ensemble »): no member.
_GROUP_ONLY = re.compile(r"^(?:groupe|liste|gr\.)\s", re.IGNORECASE)

_CONNECTIVES = frozenset(["à", "a", "de", "d'", "par", "et", "pouvoir", "procuration", "mandat"])

_PARTICLES = frozenset(
    ["de", "du", "des", "da", "di", "van", "von", "der", "le", "la", "del", "dos", "d"]
)

# A sentence, not a list entry: « M. SEGUIN a été élu secrétaire de séance ».
_SENTENCE_ABOUT_MEMBER = re.compile(
    r"^(?:M\.|Mme|Monsieur|Madame) [^,;:()]{0,60} (?:est nomm|est d[ée]sign|a [ée]t[ée] (?:nomm"
    r"|d[ée]sign|[ée]lu)|rejoint|arrive|quitte|r[ée]int[èe]gre|ne prend pas"
    # a movement told in the roll call: « Mme X est présente à partir du point 3 », « M. Y a
    # quitté la séance à 21 h », « Mme Z entre en séance au point 4 »
    r"|est pr[ée]sente? (?:[àa] partir|au |d[èe]s |lors )|a quitt[ée]|entre en s[ée]ance"
    r"|s['’]est absent[ée])"
    # « M. Roger BLANCHET, Président, préside la séance. »
    # (not « Mme X, Vice-Présidente, qui préside la séance », her entry in the list)
    r"|^(?:M\.|Mme|Monsieur|Madame) [^;:()]{0,80}?(?<!\bqui) pr[ée]side (?:la |l['’])"
    # « M. Jérôme DUPRÉ, Maire, ouvre la séance », « … déclare la séance ouverte »
    r"|^(?:M\.|Mme|Monsieur|Madame) [^;:()]{0,80}? (?:ouvre|d[ée]clare) (?:la |l['’])?s[ée]ance"
)

# Another block's heading (« Ordre du jour : », « Rapporteur : »): the list is over.
_OTHER_HEADING = re.compile(r"^[A-Za-zÀ-ÿ][^:,()\d]{2,50}\s?:(?:\s|$)")
_ENTRY_START = re.compile(r"^(?:[-–—*] |\d{1,3}(?:[.)/]|°\)?) |\d{1,3} [-–—] )")

# An entry that is only a function printed after a name (« Mme Anne BOIS, Maire »).
_FUNCTION_ONLY = re.compile(
    rf"^(?:(?:{ROLE_ORDINAL})?(?:maires?|adjointe?s?|vice-pr[ée]sidente?s?"
    r"|pr[ée]sidente?"
    # (said once for the names before it under a plural civility: « Mmes X et Y, adjointes »)
    r"|conseill(?:er|[èe]re)s?(?:\s(?:municipa(?:le?s?|ux)|communautaires?|d[ée]l[ée]gu[ée]e?s?"
    r"|m[ée]tropolitaine?s?|m[ée]tropolitains))?"
    r"|d[ée]l[ée]gu[ée]e?s?(?:\s(?:titulaires?|suppl[ée]ante?s?))?|suppl[ée]ante?s?|titulaires?"
    r"|secr[ée]taire(?:\sde\ss[ée]ance)?|maires?[- ]adjointe?s?"
    # « Mme Paule BERTHÉAS, Vice-présidente, présidant la séance »
    r"|pr[ée]sidant(?:\s(?:la\s)?s[ée]ance)?"
    # (« Mme Nicole TARDY, Vice-Présidente, qui préside la séance en l'absence du Maire »)
    r"|qui\spr[ée]side(?:\s(?:la\s)?(?:s[ée]ance|r[ée]union))?"
    # a board's member named for a body (« M. Serge TIXIER, représentant l'UDAF »,
    # « Mme Ana DIAS, représentante des associations familiales »), or as qualified
    r"|repr[ée]sentant(?:e|s|es)?\s(?:de|du|des|d['’]|l['’]|la|le|les|au|aux)(?:\s|(?<=['’]))\S.{0,50}"
    r"|personnes?\squalifi[ée]e?s?)(?:\s.{0,30})?)$",
    re.IGNORECASE,
)

# A page's number left inside a list: « 2/6 », « 2 / 6 », « 3 ».
_PAGE_FIGURES = cues.plain(r"\d{1,3}(?: ?/ ?\d{1,3})?")


# A function printed after a name, too long for _FUNCTION_ONLY's tail or its end cut off by a
# comma: « …, vice-président délégué aux équipements sportifs, … », « …, vice-présidente
# déléguée à la promotion, au tourisme et à la culture, … ». No member (asked only of an entry
# without a civility nor a word in capitals).
_FUNCTION_RUN = cues.plain(
    r"(?:vice-pr[ée]sidente?|conseill(?:er|[èe]re)\sd[ée]l[ée]gu[ée]e?|adjointe?"
    r"|maire[- ]adjointe?)\s(?:d[ée]l[ée]gu[ée]e?|charg[ée]e?)\s\S"
    r"|(?:au|aux|à|et\s(?:au|aux|à))\s\S",
    re.IGNORECASE,
)


def _function_run(name: str) -> bool:
    return (
        _FUNCTION_RUN.match(name) is not None
        and split_civility(name)[0] is None
        and not any(_CAPS_WORD.match(word.strip(",;.")) for word in name.split())
    )


# An absent's status alone between two commas, before the proxy given: « Mme Anne ROUX,
# absente excusée, a donné pouvoir à M. Luc BRUN » (the comma cut the giver from the proxy).
_STATUS_ONLY = re.compile(
    r"^(?:absente?s?(?:\s+(?:et\s+)?excus[ée]e?s?)?|excus[ée]e?s?(?:\s+et\s+absente?s?)?)$",
    re.IGNORECASE,
)

# A role alone: « le Maire », « Madame la Présidente ».
# (and of what: « le Président du Département », « la Présidente de la Communauté »)
_ROLE_ONLY = re.compile(
    r"^(?:le|la)\s(?:maire|pr[ée]sidente?)"
    rf"(?:\s(?:du|des|de\sla|de\sl['’]|d['’])\s?[{UPPER}{LOWER}][^,;:()\d]{{1,50}})?$",
    re.IGNORECASE,
)

# Stands for the chair in a list (« M. le Maire »): replaced by the president the document
# names, or reported when it names none.
CHAIR = Person(last_name="", first_name="chair")

# What an entry's prefix opens on (a bullet, a number, « MM. », « Mmes »): others skip it.
_ENTRY_FIRST = frozenset("-–—*0123456789")
# An entry joined to the one before by a sentence's words, before its civility: « … à
# l'exception de M. Paul RIOU, excusé, et de Mme Nora BLANC », « …, et Mme Nora BLANC ».
_JOINED_ENTRY = cues.plain(
    r"^(?:et\s+)?(?:de|d['’])\s+(?=(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)\s)"
    r"|^et\s+(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)"
)
_PLURAL_CIVILITIES = ("Mmes", "MM.", "Mesdames", "Messieurs")
_NOBODY = re.compile(
    r"^(?:[-–—*]+\s?)?(?:n[ée]ant|aucun(?:e)?|sans\s+objet|vide|-+"
    # plural civilities heading the names (« Présents : Mmes et MM. » / « Mme X, M. Y »)
    r"|(?:mmes|mm|mesdames|messieurs)\.?(?:\s+et\s+(?:mmes|mm|mesdames|messieurs)\.?)?)"
    r"(?:\s?[-–—*]+)?\.?$",  # « -- VIDE », « --VIDE-- »: an empty list, as its tool prints it
    re.IGNORECASE,
)

# (« a donné pouvoir de voter en son nom à », « donne procuration pour voter à »; « a remis
# pouvoir à », « remet procuration à », « a confié son pouvoir à »)
_TO_VOTE = r"(?:\s+(?:de|pour)\s+vot(?:er|e)(?:\s+en\s+son\s+nom)?)?"
_GIVES = (
    # (« Excusé : M. X qui donne pouvoir à … »: « qui » before the present tense too)
    r"(?:qui\s+)?(?:(?:a|ayant|avait)\s+)?(?:donn[ée]e?|donne|donnant|d[ée]l[ée]gu[ée]e?"
    r"|remise?|remet|remettant|confi[ée]e?|confiant)\s+"
    r"(?:son\s+|sa\s+|le\s+)?(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)"
    # (« a donné procuration écrite à », « pouvoir signé à »)
    r"(?:\s+(?:[ée]crite?|sign[ée]e?))?"
    rf"{_TO_VOTE}\s+(?:à|a)"
    r"|(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)"
    r"\s+(?:(?:donn[ée]e?|[ée]crite?|sign[ée]e?)\s+)?(?:à|a)"
    # (« Mme X, excusée, est représentée par M. Y »)
    r"|(?:(?:est|[ée]tait|a\s+[ée]t[ée])\s+)?repr[ée]sent[ée]e?\s+par"
    # the proxy's passive, its holder after: « M. X, pouvoir détenu par Mme Y », « Mme Z
    # (procuration portée par M. W) », « M. V dont le pouvoir est détenu par … »
    r"|(?:dont\s+)?(?:(?:son|sa|le|la)\s+)?(?:pouvoir|procuration|mandat)\s+(?:(?:est|[ée]tait"
    r"|a\s+[ée]t[ée])\s+)?(?:d[ée]tenue?|port[ée]e?|exerc[ée]e?)\s+par"
)

# « X donne pouvoir à Y », « X a donné procuration à Y », « X représenté par Y »; a dash or a
# slash may part the giver from the proxy (« M. X – pouvoir à M. Y »).
_PROXY_SENTENCE = re.compile(
    rf"^(?P<giver>.+?)(?:\s[-–—/])?\s+(?:{_GIVES})\s+(?P<holder>.+)$", re.IGNORECASE
)

# In a list of proxies only, « X à Y » and « X → Y » are read too.
# « Représentés : M. X par Mme Y » (the cue says who represents whom).
_PROXY_SHORT = re.compile(r"^(?P<giver>.+?)\s+(?:à|À|->|→|=>|par|PAR)\s+(?P<holder>.+)$")
# A list printed in capitals without accents: « M. PAUL ROCHE A M. JEAN DA SILVA », « TISSOT
# MARC A ROCHE PAUL » (« A » only when no word but a civility holds a small letter).
_ARROW_PROXY = re.compile(r"^(?P<giver>.+?)\s+(?:->|→|=>)\s+(?P<holder>.+)$")
# « Pouvoirs : Mme X – Mme Y ; M. Z > M. W »: a dash or a sign between two named people, in a
# list of proxies only (each side opens on a civility).
_PROXY_DASHED = re.compile(
    r"^(?P<giver>(?:M\.|Mme|Monsieur|Madame)\s.+?)\s+(?:[-–—]|>)\s+"
    r"(?P<holder>(?:M\.|Mme|Monsieur|Madame)\s.+)$"
)
_PROXY_CAPITALS = re.compile(r"^(?P<giver>.+?)\s+A\s+(?P<holder>.+)$")
# « M. Jean PERRIN a M. Luc MARTY », « Jean PERRIN a Luc MARTY »: « à » that lost its accent
# (typed so, or dropped by a PDF's text layer), in a list of proxies only; each side a name
# with its surname in capitals, so that « a » is never a verb's.
_PROXY_UNACCENTED = re.compile(r"^(?P<giver>.+?)\s+a\s+(?P<holder>.+)$")


# In a list of proxies, « Fanny Valette pour Ghislaine Izard »: the holder votes for the giver.
_HOLDER_FOR = re.compile(r"^(?P<holder>.+?)\s+pour\s+(?P<giver>.+)$")


def _holder_for(entry: str) -> re.Match[str] | None:
    """_HOLDER_FOR.match(entry) when each side is a name's length (never a sentence)."""
    if " pour " not in entry or (match := _HOLDER_FOR.match(entry)) is None:
        return None
    if len(match.group("holder").split()) > 5 or len(match.group("giver").split()) > 5:
        return None
    return match


def _holder_first(entry: str) -> re.Match[str] | None:
    """_HOLDER_SENTENCE.match(entry) when the holder's side is a name, not a sentence: a proxy
    named holder first reads with the same groups as one named giver first."""
    if (match := _HOLDER_SENTENCE.match(entry)) is None or "(" in match.group("holder"):
        return None
    return match if len(match.group("holder").split()) <= 6 else None


def _proxy_unaccented(entry: str) -> re.Match[str] | None:
    """_PROXY_UNACCENTED.match(entry) when both sides name someone in capitals."""
    if " a " not in entry or (match := _PROXY_UNACCENTED.match(entry)) is None:
        return None
    giver, holder = match.group("giver").split(), match.group("holder").split()
    if len(giver) > 5 or len(holder) > 5:
        return None  # a sentence, not two names
    if _has_caps_surname(giver) and _has_caps_surname(holder):
        return match
    return None


_CIVILITIES = re.compile(r"\b(?:Mme|Mlle|Monsieur|Madame|Mmes)\b")


def _proxy_in_capitals(entry: str) -> re.Match[str] | None:
    """_PROXY_CAPITALS.match(entry) when the entry is printed in capitals."""
    if " A " not in entry or any(c.islower() for c in _CIVILITIES.sub("", entry)):
        return None
    return _PROXY_CAPITALS.match(entry)


# Inside parentheses after the giver: « (pouvoir à Y) ».
# « Représentés : Mme X (par M. Y) »: the holder alone after « par ».
# « Absents ayant donné pouvoir : Mme X (à M. Y) »: the holder alone after « à ».
_PAREN_GIVES = re.compile(
    rf"^(?:{_GIVES}|par|[àa](?=\s+(?:M\.|Mme|Monsieur|Madame)\s))\s+(?P<other>.+)$",
    re.IGNORECASE,
)

# Inside parentheses after the holder: « (ayant la procuration de X) », « (+ pouvoir X) ».
# « Mme Léa HUGO par M. Luc CHAZE » in a list of the excused: the holder has a civility.
_BY_HOLDER = re.compile(r"^(?P<giver>.+?)\s+par\s+(?P<holder>(?:M\.|Mme|Monsieur|Madame)\s.+)$")

# What the holder of a proxy is said to hold, before its giver: « porteur du pouvoir de »,
# « ayant reçu procuration de », « titulaire de la délégation de vote de », « a reçu pouvoir
# de », « mandataire de ».
_HOLDS = (
    r"(?:(?:ayant|porteu(?:r|se)|d[ée]tent(?:eur|rice)|d[ée]tenant|d[ée]tient|qui\s+a"
    r"|titulaire|b[ée]n[ée]ficiaire)\s+(?:re[çc]u\s+)?|(?:qui\s+)?a\s+re[çc]u\s+)"
    r"(?:la\s+|le\s+|du\s+|de\s+la\s+|d['’]une?\s+|une?\s+)?"
    r"(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)\s+"
    r"(?:de\s+|d['’]|du\s+)"
    r"|mandataire\s+(?:de\s+|d['’]|du\s+)"
    # « Mme Y détient celui de M. X »: the proxy named by a pronoun after the one given before
    r"|(?:d[ée]tient|d[ée]tenant|porteu(?:r|se)\s+de|qui\s+d[ée]tient)\s+celui\s+(?:de\s+|d['’]|du\s+)"
    # the active voice of « représenté par »: « M. Luc MARTY (représentant Mme Ida VIAL) »
    # (never « représentant la commune de … »: the one represented is named by a civility)
    r"|repr[ée]sentant\s+(?=(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame)\s)"
)

_PAREN_HOLDS = re.compile(
    r"^(?:\+\s*(?:(?:pouvoir|procuration|mandat)\s+)?(?:de\s+|d['’])?"
    # « M. Paul ABEL (pour Mme Anne FAURE) » in a list of proxies
    r"|pour\s+(?=(?:M\.|Mme|Monsieur|Madame)\s)"
    rf"|{_HOLDS}"
    r"|(?:pouvoir|procuration|mandat)\s+(?:de\s+|d['’]|du\s+))"
    r"(?P<other>.+)$",
    re.IGNORECASE,
)

# The holder named first, the giver after what is held, without a bracket: « M. Olivier
# SAUZEAU porteur du pouvoir de Mme Pauline TEXIER », « Mme ROUX, ayant reçu procuration de
# M. TESSIER » (the same proxy as « TEXIER donne pouvoir à SAUZEAU »).
_HOLDER_SENTENCE = re.compile(rf"^(?P<holder>.+?),?\s+(?:{_HOLDS})(?P<giver>.+)$", re.IGNORECASE)
# The same, cut from the holder by a comma: « …, ayant reçu procuration de Mme Ida VIAL ».
_HOLDS_LEAD = re.compile(rf"^(?:{_HOLDS})(?P<other>.+)$", re.IGNORECASE)

# A list's entry named by what is given, then by whom: « pouvoir de Mme X à M. Y »,
# « procuration de M. Z à Mme W » (the words were read into the giver's first name).
# (« procuration de vote à M. Y » is the end of a proxy's sentence wrapped after « a donné »)
_GIVEN_OF = re.compile(
    r"^(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)\s+(?!de\s+vote\b)"
    r"(?:de\s+|d['’]|du\s+)",
    re.IGNORECASE,
)

# An entry under « Pouvoirs : » opening on « de » before its giver's civility: « de M. X à M. Y »
_FROM_ALONE = cues.plain(r"^(?:de|d['’])\s+(?=(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)\s)")

# (lower case; « celui de »: « Mme Y détient celui de M. X », the proxy named by a pronoun)
_PROXY_HINT = re.compile(r"pouvoir|procuration|mandat|repr[ée]sent|d[ée]l[ée]g|celui d")

# An absent's status alone in a bracket: « M. X (excusé) » (not « (non excusée) »).
_EXCUSED_NOTE = re.compile(r"^\s?excus[ée]e?s?\s?$", re.IGNORECASE)

# A status before a proxy in a bracket: « (excusée, pouvoir à M. X) ».
_NOTE_STATUS = re.compile(r"^(?:excus[ée]e?s?|absente?s?)\s?[,;:–-]\s?", re.IGNORECASE)

# A titular's seat filled by their suppléant, no proxy: « (représenté par son suppléant) », the
# holder's side of a proxy phrasing naming no one.
_BY_SUBSTITUTE = re.compile(
    r"^(?:suppl[ée]{2}e?\b|(?:(?:repr[ée]sent[ée]e?|remplac[ée]e?)\s+par\s+|par\s+)?"
    r"(?:son|sa|leur|un|une|le|la)\s(?:d[ée]l[ée]gu[ée]e?\s)?suppl[ée]ante?)",
    re.IGNORECASE,
)
# The suppléant's side: « M. Vincent AIRAULT, suppléant de M. Yves BOUTET », « (suppléante de
# Mme X) », « X suppléant de Y »; or the seat said filled: « M. Guy CADET, suppléant, remplaçant
# M. Marc DORAT », « M. X en remplacement de M. Y », « Mme Z siégeant pour M. W ».
_SEATS_FOR = re.compile(
    r"(?:^|[\s,])(?:(?:en\s+qualit[ée]\s+de\s+|d[ée]l[ée]gu[ée]e?\s+)?suppl[ée]ante?\s+"
    r"(?:de\s+|d['’]|du\s+|pour\s+)"
    r"|(?:suppl[ée]ante?\s?,?\s+)?(?:rempla[çc]ante?|qui\s+remplace|en\s+remplacement\s+"
    r"(?:de\s+|d['’]|du\s+)|si[ée]geant(?:e)?\s+(?:pour|[àa]\s+la\s+place\s+de)\s+))"
    r"(?:titulaire\s+)?(?P<titular>.+)$",
    re.IGNORECASE,
)
_SEAT_WORDS = ("uppl", "empla", "iégeant", "iegeant")
# In a list of suppléants, « M. X (pour M. Y) » or « M. X pour M. Y »: X sits in Y's seat.
_SUBSTITUTE_FOR = re.compile(r"(?:^|[\s,])pour\s+(?:titulaire\s+)?(?P<titular>.+)$", re.IGNORECASE)


# A line opening on a proxy sentence (« M. Hervé DUMAS donne procuration à … », « Mme Nina ROUX
# représentée par … », « Mme Ida VIAL (délégation de vote à … »): a list of proxies even without
# its cue, after the presents or on its own.
_PROXY_LINE = re.compile(
    rf"^(?:(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame)\s)?(?:[{UPPER}][\w'’.-]*\s){{0,4}}"
    # (« Mme Anne Roux, conseillère de Saint-Jean, a donné pouvoir … »: a clause between)
    # (« M. Paul VIDAL (excusé) donne procuration à … »: a status in brackets between)
    # (« Mme Anne ROUX, conseillère municipale, absente excusée, a donné pouvoir à … »: two)
    rf"[{UPPER}][\w'’.-]*(?:(?:,\s[^,;:()]{{1,50}}){{1,2}},|\s\([^()]{{1,30}}\))?\s\(?(?:{_GIVES})\s"
    # « Pouvoir de Mme Sofia Dos Santos à M. Paul Vigne. » after the presents, without a cue
    r"|^(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?:\sde\svote)?)\s(?:de|d['’])\s?"
    r"(?:M\.|Mme|Mlle|Monsieur|Madame)\s"
    r"[^:;,]{2,60}?\s(?:à|a)\s(?:M\.|Mme|Mlle|Monsieur|Madame)\s"
    # « M. Didier Aubignat porteur du pouvoir de M. Paul Vidal »: the holder first
    rf"|^(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s)?(?:[{UPPER}][\w'’.-]*\s){{0,4}}"
    rf"[{UPPER}][\w'’.-]*,?\s(?:{_HOLDS})",
    re.IGNORECASE,
)


def _may_hold_cue(line: str) -> bool:
    """Whether the line holds a word every list cue (_LIST_HEAD) and every proxy line
    (_PROXY_LINE) holds: « sent » for présents, absents, représentés; « excus »; « assist »;
    « pouvoir »,
    « procuration », « mandat », « gation » for délégation. A line of names holds none of them
    and skips both long patterns. Looked for in the casefolded line, as those patterns ignore
    case; they also take « ı » and « İ » for an « i », which casefolding keeps as « ı » and
    « i̇ » (with a combining dot): a line holding either is tried. (Written out: a generator
    over the words costs more than the tests themselves.)"""
    folded = line.casefold()
    return (
        "sent" in folded
        or "excus" in folded
        or "pouvoir" in folded
        or "procuration" in folded
        or "gation" in folded
        or "mandat" in folded
        or "assist" in folded  # « Assistaient à la séance : »
        or "particip" in folded  # « Participants : »
        or "unis" in folded  # « Etaient réunis : »
        or "celui d" in folded  # « Mme Y détient celui de M. X »
        or "geant" in folded  # « Délégués suppléants siégeant : »
        or "ı" in folded
        or "\u0307" in folded
    )


# What _may_hold_cue looks for, in a whole text at once: its words, and the characters the
# casefolding or the patterns' ignoring case read as some of their letters (« ſ » as « s »,
# « ß » as « ss », « ﬅ » as « st », « ı » and « İ » as « i »), which lower case keeps.
_CUE_WORDS = (
    "sent",
    "excus",
    "pouvoir",
    "procuration",
    "gation",
    "mandat",
    "assist",
    "unis",
    "particip",
    "celui d",
    "geant",
)
_CUE_ODD = ("ı", "İ", "\u0307", "ſ", "ß", "ẞ", "ﬅ", "ﬆ")


def cue_lines(text: Text) -> frozenset[int]:
    """The indices of the lines that may hold a list's cue or a proxy line (every line
    _may_hold_cue lets through, and maybe a few more): each word looked for once in the whole
    text in lower case, at C speed, instead of in each line by each reader that walks them."""
    low = text.low
    found: set[int] = set()
    for word in (*_CUE_WORDS, *_CUE_ODD):
        at = low.find(word)
        while at >= 0:
            line = text.index_of(at)
            found.add(line)
            # the next line's start: one hit a line is enough
            at = low.find(word, text.offset_of(line + 1))
    return frozenset(found)


def _list_head(line: str) -> re.Match[str] | None:
    """_LIST_HEAD.match(line), sparing the pattern to the lines that cannot hold a cue."""
    return _HEADS[line] if _may_hold_cue(line) else None


# Each cue's reading, asked once per line (a council's documents print the same cues again:
# « Membres titulaires présents : », « Pouvoirs : »; the pattern, long and in any case, is slow
# to try).
_HEADS: PerLine[re.Match[str] | None] = PerLine(_LIST_HEAD.match)
# (and whether a line a cue's word is in opens on a proxy sentence: as long to try)
_PROXY_LINES: PerLine[re.Match[str] | None] = PerLine(_PROXY_LINE.match)


def _proxy_line(line: str) -> re.Match[str] | None:
    """_PROXY_LINE.match(line), sparing the pattern to the lines that cannot hold a proxy."""
    return _PROXY_LINE.match(line) if _may_hold_cue(line) else None


def _about_member(line: str) -> bool:
    """_SENTENCE_ABOUT_MEMBER.match(line), sparing the pattern to the lines without one of its
    verbs (case kept, as there)."""
    return (
        " est " in line
        or " a é" in line
        or " a e" in line
        or "rejoint" in line
        or "arrive" in line
        or "quitt" in line
        or "séance" in line
        or "absent" in line
        or "intègre" in line
        or "integre" in line
        or "ne prend pas" in line
        or "side " in line
        or "ouvre " in line
        or "clare " in line
    ) and _SENTENCE_ABOUT_MEMBER.match(line) is not None


@dataclass(slots=True)
class _Section:
    kind: str  # "present" | "excused" | "absent" | "proxies" | "givers"
    line: int = 0  # index of its cue's line
    lines: list[str] = field(default_factory=list)
    excused: bool = False  # « Excusés ayant donné procuration : »: the givers are excused too
    # « Absents et absent(s) excusé(s) : A (excusé), C »: the names its notes say are excused,
    # the others absent
    mixed: bool = False
    # « Absents et procurations : », « Absents représentés / excusés : »: proxy lines, then the
    # absentees without one (their names alone: absent, never givers whose holder is unknown)
    absent_too: bool = False
    # « Excusés : 3 (M. X, Mme Y, » / « M. Z) »: its names in its count's bracket, not closed yet
    bracket: bool = False
    # « Délégués suppléants présents : », « Suppléants : » among the presents: « (pour M. X) »
    # names the titular whose seat the suppléant fills, no proxy
    substitutes: bool = False
    # the communes the list is set out by, each with the start of its names
    places: list[tuple[str, str]] = field(default_factory=list)


# The names printed in the count's bracket after a list's cue: « Excusés : 3 (M. X, Mme Y) »,
# « Absents : deux (Mme Anne ROUX, M. Guy REY) » (never « Présents : 21 (dont 2 suppléants) »),
# or after its colon or comma: « Excusés : 2 : M. X, Mme Y », « Excusés : deux, Mme X et M. Y ».
_COUNT_THEN_NAMES = cues.plain(
    rf"^(?:\d{{1,3}}|(?i:{_NUMBER_WORD}(?:[ -](?:et[ -])?{_NUMBER_WORD}){{0,2}}))"
    # (« Présents : 15 membres : M. X, … », « Excusés : 2 conseillers (M. X, Mme Y) »)
    r"(?:\s(?i:membres|conseill(?:ers|[èe]res)|d[ée]l[ée]gu[ée]e?s|[ée]lu(?:e?s)))?"
    r"(?:\s?(?:(?P<open>\()|:)\s?"
    rf"(?=M\.|MM\.|Mmes?\b|Monsieur|Madame|Mesdames|Messieurs|[{UPPER}][\wÀ-ÿ'’-]*\s+[{UPPER}])"
    # (« Excusés : deux, Mme X et M. Y »: after a comma, a civility only: « Présents : 21,
    # Absents Excusés : 2 » goes on with counts)
    r"|,\s?(?=M\.|MM\.|Mmes?\b|Monsieur|Madame))"
)


def _unmatched_close(text: str) -> int | None:
    """Where the bracket opened before `text` closes in it: its first « ) » no « ( » opened."""
    depth = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            if not depth:
                return index
            depth -= 1
    return None


# A proxies' heading naming the absentees too (_Section.absent_too).
_ABSENT_AND_PROXIES = cues.plain(
    r"absents?\W{1,3}(?:et\s)?(?:procuration|pouvoir)"
    r"|repr[ée]sent[ée]e?s?\W{1,3}(?:(?:et|ou)\s)?excus",
    re.IGNORECASE,
)

# What follows a list's cue when it is a count: « Présents : 21 », « Présents : 21 Votants »
_COUNT_REST = re.compile(
    # (« Présents : 1 - DUPONT Jean 2 - … » numbers its names)
    r"^\d{1,4}\b(?![.)/°] ?[A-Za-zÀ-ÿ]|°\) ?[A-Za-zÀ-ÿ])"
    rf"(?! [-–—] (?:M\.|Mme|Monsieur|Madame|[{UPPER}]{{2,}}\s[{UPPER}]"
    rf"|[{UPPER}][{LOWER}'’-]+\s[{UPPER}]))"
    # « Présents : onze » (words only, then the line's end or a punctuation)
    rf"|^(?i:{_NUMBER_WORD}(?:[ -](?:et[ -])?{_NUMBER_WORD}){{0,2}})(?:\s*$|\s?[;,.(/–-])"
)


# The marks of a note printed after a name (the note under the list).
_NOTE_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"


# Where a function may follow a surname in capitals without its comma.
_AFTER_CAPITALS = re.compile(rf"(?<=[{UPPER}]{{2}}),?\s(?=\S)")
# (the surname first: « ROUX Paul Maire », « Mme BERTHET Anne, adjointe »)
_AFTER_GIVEN_NAME = cues.plain(rf"^(?:[{UPPER}'’-]{{2,}}\s+){{1,4}}[^\W\d_][^\s,]*(?=,?\s+\S)")


def _without_function(name: str) -> str | None:
    """The name before the function printed after it, no comma between (see _FUNCTION_ONLY);
    never a surname's own word in capitals (« M. Jean LE MAIRE »)."""
    for gap in _AFTER_CAPITALS.finditer(name):
        rest = name[gap.end() :]
        if not rest.split(" ", 1)[0].isupper() and _FUNCTION_ONLY.match(rest):
            return name[: gap.start()]
    bare = split_civility(name)[1]
    if (given := _AFTER_GIVEN_NAME.match(bare)) is not None:
        rest = bare[given.end() :].lstrip(" ,")
        if not rest.split(" ", 1)[0].isupper() and _FUNCTION_ONLY.match(rest):
            return name[: len(name) - len(bare) + given.end()]
    return None


@lru_cache(maxsize=16384)
def _read_name(text: str) -> Person | str | None:
    """The person a list entry names, None for « néant », or the entry when it is no name.

    Cached: the same members come back in every extract of a sitting, and Person is frozen.
    """
    name = _normalise(text).strip(" ,;.:")
    if name[-1:] in _NOTE_MARKS:  # « M. Paul FAYE * », « Mme Anne BOIS ² »: a note's mark
        name = name.rstrip(_NOTE_MARKS + " ")
    name = _ENTRY_PREFIX.sub("", name)
    name = _GROUP_SUFFIX.sub("", name).strip(" ,;.:")
    if name[-4:] in _HEADING_ENDS and (heading := _LIST_HEADING_AFTER.search(name)) is not None:
        name = name[: heading.start()]  # « … Excusé : M. Yves CHAPUIS RELEVÉ DES DÉCISIONS … »
    if ". " in name or " L" in name:
        stop = _STOP_IN_NAME.search(name)
        after = _CAPITALS_THEN_SENTENCE.search(name)
        cuts = [*([stop.start()] if stop else []), *([after.start() - 1] if after else [])]
        name = name[: min(cuts)] if cuts else name
    if not name or _NOBODY.match(name) or _FUNCTION_ONLY.match(name) or _GROUP_ONLY.match(name):
        return None
    if name[:1].isdigit() and _PAGE_FIGURES.fullmatch(name):
        return None  # « …, M. Gilles CHAUVE ; 2/6 Mme Sylvie … »: a page's number, flattened
    if name[:1] in "aAàÀvVcCmMeE" and _function_run(name):
        return None
    if " " in name and (bare := _without_function(name)) is not None:
        name = bare  # « M. Paul ROUX Maire », « Mme Anne BOIS 1ère adjointe »: no comma between
    if role_word(name) or _ROLE_ONLY.match(name):
        # « M. le Président Jean-Luc MARTIN », « Mme la Vice-Présidente Corinne ROUX »: the
        # person the role is printed with; the role alone stands for the chair
        if (named := name_after_role(name)) is None:
            return CHAIR
        civility = split_civility(name)[0]  # « M. le Président Paul ROUX »: his « M. »
        said = civility is not None and split_civility(named[0])[0] is None
        return _read_name(f"{civility} {named[0]}" if said else named[0])
    if (
        len(name) > 80
        or name.count(" ") > 7
        or not any(c.isalpha() for c in name)
        or _NOT_IN_A_NAME.search(name)
        or _DAMAGED.search(name)
    ):
        return name
    person = parse_person(name)
    if not person.last_name or _reads_as_code(person) or _carries_body_words(person):
        return name
    return person


# Words of the text beside a list, glued into it where a second column ran into its lines
# (« Mme Inès Par délibération du 3 mai 2022 », « Mme Anne conseil avait fixé les tarifs »): a
# figure, or a word in lower case that no name's particle is (« de », « du », « le », « van »,
# « des », « del »… are). Such an entry is refused (« Nom illisible »), never a member.
_LOWER_PARTICLES = frozenset(
    {"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "van", "von", "der", "den"}
    | {"ten", "ter", "di", "da", "das", "dos", "del", "della", "y", "e", "et", "ben", "bin"}
    | {"ibn", "el", "al", "née", "né", "épouse", "ép.", "veuve", "vve", "dit", "dite"}
)
_LOWER_WORD = re.compile(rf"(?<!\S)[{LOWER}][^\s'’]*['’]?")
_ARTICLE_FIRST = re.compile(r"^(?:le|la|les|l['’])\s")
_FIGURE_WORD = re.compile(r"(?<!\S)\d")  # a year, a date, a count (never « ROUX2 »'s digit)
# What follows a name in its entry when the sentence after it ran in: a full stop, then
# anything (« M. Yvan TERRASSE. 6 votants », « Mme Lise GAY. Réunion du 12/03/2024 »; never
# a civility's or an initial's stop, nor a compound first name's initials run together: « JC.
# ÉPINAT »), or the next sentence's article and noun after a surname in capitals (« Paul MARTIN
# Le quorum est atteint »).
_STOP_IN_NAME = re.compile(
    rf"\.(?<=[^\W\d_]{{2}}\.)(?<!\bMM\.)(?<!\bMme\.)(?<!\bMlle\.)(?<!\b[{UPPER}]{{2}}\.)"
    # (nor « ép. » or « Vve. » before her name in use: « Mme Lucie CHALAYE ép. BONNEFOY »)
    r"(?<!\b[ée]p\.)(?<!\b[Vv]ve\.)\s"
)


def _carries_body_words(person: Person) -> bool:
    whole = f"{person.first_name or ''} {person.last_name}"
    if _FIGURE_WORD.search(whole) or person.last_name.islower():
        return True
    if person.civility is None and _ARTICLE_FIRST.match(whole.lstrip()):
        return True  # « le ROUX »: a sentence's end, then the next line's name
    return any(
        word.group().rstrip(".,;:") not in _LOWER_PARTICLES for word in _LOWER_WORD.finditer(whole)
    )


# Code pasted into a list (« Mme Léa "ROUX'); DROP TABLE members;-- », « x=1 », « a|b »,
# « MARTY&Co »): signs no printed person's name holds. The entry is refused with its finding;
# the names beside it are read as usual. (A parenthesis, an asterisk or brackets may note a
# name.)
_NOT_IN_A_NAME = re.compile(r'[<>{}=|\\"&]')
# A damaged entry (« M. Max'); -- VIDE », « M. ' Max », « Mme Lou [PAGE »): a quote that
# opens no elision (« D'ARC », « N'Diaye » are names), a bracket or a guillemet left open or
# closed without its pair. Refused with its finding, like code; the names beside it are read as
# usual. (The entry is at most 80 characters here.)
_DAMAGED = re.compile(r"['’](?![^\W\d_])|^[^(]*\)|\([^)]*$|^[^\[]*\]|\[[^\]]*$|«(?!.*»)|^[^«]*»")


def _reads_as_code(person: Person) -> bool:
    """« DROP TABLE members », « DELETE FROM member »: words in capitals then words in lower
    case only, without a civility, are a statement, not a surname and a first name (a first
    name is printed capitalised)."""
    first = person.first_name
    return (
        person.civility is None
        and first is not None
        and first.islower()
        and person.last_name.isupper()
    )


def _person_or_none(text: str, findings: list[Finding]) -> Person | None:
    read = _read_name(text)
    if isinstance(read, str):
        findings.append(Finding("unreadable_name", {"text": read}))
        return None
    return read


# _PROXY_HINT's words written out: a list's whole text is asked, and the alternation is tried
# at each of its « p », « m », « r » and « d », where each substring is one scan at C speed.
# What is given, held by its holder, once « pouvoir de X » lost its noun: « X détenu par Y ».
_HELD_BY = re.compile(r"\s+(?:d[ée]tenue?|port[ée]e?|exerc[ée]e?)\s+par\s+", re.IGNORECASE)

_PROXY_HINT_WORDS = (
    "pouvoir", "procuration", "mandat", "représent", "represent", "délég", "déleg", "delég",
    "deleg", "celui d",  # « Mme Y détient celui de M. X »
)  # fmt: skip


def _mentions_proxy(text: str) -> bool:
    """_PROXY_HINT.search(text.lower()) is not None, sooner."""
    low = text.lower()
    return any(word in low for word in _PROXY_HINT_WORDS)


def _name_before_end(value: str) -> str:
    return _NAME_END.split(value, maxsplit=1)[0]


# (the pattern is long, tried at each character: the chair's and the secretary's names come
# again in every extract of a council)
_role_name = PerLine(_name_before_end)


_COUNT_NAMES = (
    ("presents ou", "present_or_represented"),
    ("presents et", "present_or_represented"),
    # « Absents et procurations : 4 »: the absentees, some with a proxy (never a proxy count)
    ("absents et", "absent"),
    ("absents excuse", "excused"),
    ("absentes excuse", "excused"),
    ("excuse", "excused"),  # « Excusés : 3 »: absentees too, beside « Absents : 1 » or not
    ("majorite", ""),
    ("exercice", "in_office"),
    ("en fonction", "in_office"),
    ("titulaires", "in_office"),
    ("presents", "present"),
    ("reunis", "present"),
    ("pouvoir", "proxies"),
    ("procuration", "proxies"),
    ("delegation", "proxies"),
    ("represent", "proxies"),
    ("membres", "in_office"),
    ("vo", "votes"),
    ("pris part", "votes"),
    ("quorum", "quorum_printed"),
    ("absent", "absent"),  # « Absents : 2 », « Absent : 1 »
    ("nombre de", "in_office"),
)


# A word every label of _COUNT holds, at most 5 characters after the label's start (« sent »
# for présents, absents, représentés; « unis » for réunis), and of _COUNT_BEFORE: most of an
# attendance block is names, where none occurs.
_COUNT_HINTS = (
    "sent", "exercice", "titulaires", "unis", "pouvoir", "procuration", "voix", "votants",
    "quorum", "majorit", "gation", "membres", "nombre", "fonction", "excus", "pris",
)  # fmt: skip
# The letters every label of _COUNT opens on (tests/test_parsing_gates.py): the names between
# its hint words are not tried.
_COUNT_OPENS = "ademnpqrtv"
_COUNT_BEFORE_HINTS = ("sent", "exercice", "votants", "pouvoir", "procuration")


def _hint_spots(hints: tuple[str, ...], low: str, start: int, end: int) -> dict[str, list[int]]:
    """Where each hint word stands in low[start:end] (str.find runs at C speed)."""
    spots: dict[str, list[int]] = {}
    for hint in hints:
        found = spots[hint] = []
        at = low.find(hint, start, end)
        while at >= 0:
            found.append(at)
            at = low.find(hint, at + 1, end)
    return spots


def _spots_of(spots: dict[str, list[int]], hints: tuple[str, ...]) -> list[int]:
    return sorted(at for hint in hints for at in spots[hint])


def _matches_at_hints(
    pattern: re.Pattern[str], spots: list[int], low: str, start: int, end: int, before: int
) -> Iterator[re.Match[str]]:
    """What pattern.finditer(low, start, end) finds, when each of its matches starts at most
    `before` characters before one of the spots (where hint words stand, in order): the
    pattern is tried at those few places only, left to right, each match skipping the places
    it covers, as a scan does; and only at the characters its matches open on, when known."""
    opens = _COUNT_OPENS if pattern is _COUNT else ""  # (a pattern's hash is its whole program's)
    cursor = start
    for spot in spots:
        for at in range(max(cursor, spot - before), spot + 1):
            if (not opens or low[at] in opens) and (match := pattern.match(low, at, end)):
                yield match
                cursor = match.end()
                break
        else:
            cursor = max(cursor, spot + 1)


def _matches_around_hints(
    pattern: re.Pattern[str],
    spots: list[int],
    low: str,
    start: int,
    end: int,
    before: int,
    after: int,
) -> Iterator[re.Match[str]]:
    """What pattern.finditer(low, start, end) finds, when each of its matches starts at most
    `before` characters before one of the spots (where hint words stand, in order) and reads
    at most `after` characters past it (besides a run of digits): the pattern scans only the
    windows around them.

    Windows that touch are merged and scanned as one, so that matches never overlap across
    them, as in a single scan; a window never ends inside a run of digits."""
    window_start = window_end = -1
    for spot in spots:
        first, last = max(start, spot - before), min(end, spot + after)
        while last < end and low[last - 1].isdigit():
            last += 1
        if first <= window_end:
            window_end = max(window_end, last)
            continue
        if window_end >= 0:
            yield from pattern.finditer(low, window_start, window_end)
        window_start, window_end = first, last
    if window_end >= 0:
        yield from pattern.finditer(low, window_start, window_end)


# A share of the members after a figure in words (« un tiers des membres, soit 11 », « la
# moitié plus un »): the figure, when printed, follows « soit ».
_SHARE = re.compile(
    r"\s(?:tiers|quarts?|cinqui[èe]mes?|demi|moiti[ée])\b(?:[^\n\d]{0,60}?\bsoit\s(?P<n>\d{1,3})\b)?"
)

# The quorum said as its rule, then its figure: « Quorum : la moitié des membres plus un, soit
# 17 », « le quorum fixé au tiers, soit 11 membres », « Quorum : la majorité absolue (17) »
# (wrapped anywhere: the cleaning breaks a flattened text before « membres »).
_QUORUM_RULE = re.compile(
    r"quorum\b[^\d.;]{0,60}?\b(?:tiers|quarts?|moiti[ée]|majorit[ée])\b"
    r"(?:[^\d;]|\+ ?1\b){0,50}?(?:\bsoit\s(?:de\s)?|\()(?P<n>\d{1,3})(?![\d,/])"
    r"(?![ \t]?(?:%|(?:pr[ée]sents|votants|pouvoirs)(?![ \t]?:)))"
)


def _read_counts(
    low: str, end: int, text: Text, extract: Extract, start: int = 0, key: str = "counts"
) -> Counts:
    """The printed figures of the attendance block (the first of each kind): a label, then its
    figure (« Présents : 21 », « présents 21, votants 25 »), or a figure, then its label, in a
    sentence (« composé de 29 membres en exercice », « vingt et un présents »); « l'exercice
    2024 » in a title is no count, nor a date's day or an item's number."""
    counts = Counts()
    excused: int | None = None  # « Excusés : 3 », among the absentees
    within = False  # the absent count read counts the excused already
    taken: list[int] = []  # where the figures already read start
    spots = _hint_spots(_COUNT_HINTS, low, start, end)  # which hold _COUNT_BEFORE_HINTS
    for match in _matches_at_hints(_COUNT, _spots_of(spots, _COUNT_HINTS), low, start, end, 5):
        figure = next(g for g in ("n", "words", "none") if match.group(g) is not None)
        if (
            match.group("label") == "quorum"
            and (own := _COUNT_BEFORE.match(low, match.start(figure)))
            and "\n" not in own.group()
        ):
            continue  # « Quorum : 30 membres en exercice ; 22 présents »: the figure's own label
        separator = match.group()[len(match.group("label")) : match.start(figure) - match.start()]
        if figure == "n" and len(match.group("n")) > 3:
            continue
        if (
            not any(c in separator for c in ":=\n")
            and "nombre" not in separator
            and not _BARE_END.match(low, match.end())
            and not _SENTENCE_AFTER_COUNT.match(text.joined, match.end())
        ):
            continue
        label = fold(match.group("label"))
        after = low[match.end() : match.end() + 2]
        if (
            "\n" in match.group()
            and (after[:1] in (".", ")") or _DASHED_ENTRY.match(text.joined, match.end()))
            and not low[low.rfind("\n", 0, match.start(figure)) + 1 : match.start(figure)].strip()
        ):
            continue  # « Pouvoirs : » then a numbered line « 12. PRAT Louise », « 1 - Jean BRUN »
        if figure == "n" and _numbered_run(text.joined, match.end(), int(match.group("n"))):
            continue  # flattened: « Présents : 1 – Jean BRUN 2 – Anne ROUX … », no count
        name = next((n for prefix, n in _COUNT_NAMES if label.startswith(prefix)), "")
        if figure == "none" and label in ("absent", "absents", "absente", "absentes"):
            # « Absents : néant » beside « Absents excusés : M. X, … »: no other absentee, not
            # nobody absent (the lists say who was)
            continue
        if name == "excused" and (
            # (« Absents excusés (2) : »: the bracket the figure opened closes it)
            (after[:1] in ".)°/" and not (after[:1] == ")" and separator.endswith("(")))
            or (
                (after[:1] in "-–—" or _DASHED_ENTRY.match(text.joined, match.end()))
                # (« Excusés : 2 – Mme X, M. Y »: a count; a numbered list starts at 1, and a
                # run of numbers is no count, above)
                and match.group("n") == "1"
            )
        ):
            continue  # « Excusés : 1° M. Yves MARTY », « Excusés : 1) … »: an entry's number
        taken.append(match.start(figure))
        value = (
            int(match.group("n"))
            if figure == "n"
            else 0
            if figure == "none"
            else number_in_words(match.group("words"))
        )
        if figure == "words" and (share := _SHARE.match(low, match.end(figure))):
            # « Quorum : un tiers des membres, soit 11 »: the share's figure, never « un »
            value = int(share["n"]) if share["n"] else None
        if name == "excused":
            if value is not None and excused is None:  # (the first, as every count)
                excused = value
                _evidence(extract, f"{key}.excused", text, match.start(), match.end())
        elif name and value is not None and getattr(counts, name) is None:  # the block first
            setattr(counts, name, value)
            within = name == "absent" and label.startswith("absents et")
            _evidence(extract, f"{key}.{name}", text, match.start(), match.end())
    before_spots = _spots_of(spots, _COUNT_BEFORE_HINTS)
    for match in _matches_around_hints(_COUNT_BEFORE, before_spots, low, start, end, 100, 40):
        if match.start("n") in taken:
            continue
        printed = match.group("n")
        value = int(printed) if printed.isdigit() else number_in_words(printed)
        label = fold(match.group("label")).replace("en ", "")
        name = next((n for prefix, n in _COUNT_NAMES if label.startswith(prefix)), "")
        if value is not None and name and getattr(counts, name) is None:
            setattr(counts, name, value)
            _evidence(extract, f"{key}.{name}", text, match.start(), match.end())
    # (its « excus » stands at most 5 characters after its start: tried at those spots only)
    heads = _matches_at_hints(_EXCUSED_AFTER_COUNT, spots["excus"], low, start, end, 5)
    if excused is None and (head := next(heads, None)):
        # « 3 excusés : Guy PEYRON, Léa RIOU, … »: the count before the list's cue
        excused = int(head["n"])
        _evidence(extract, f"{key}.excused", text, head.start("n"), head.end())
    if excused is not None and not within:
        # the excused are absentees: the absent count, or a part of it beside « Absents : 1 »
        # (never added to « Absents et excusés : 4 », nor read in « Absents : 4 dont excusés : 3 »)
        said = extract.evidence[f"{key}.excused"]
        if counts.absent is not None:
            counts.absent += excused
            other = extract.evidence[f"{key}.absent"]
            said = {"line": other["line"], "text": f"{other['text']} + {said['text']}"}
        else:
            counts.absent = excused
        extract.evidence[f"{key}.absent"] = said
    if counts.quorum_printed is None:
        for spot in spots["quorum"]:
            if rule := _QUORUM_RULE.match(low, spot, min(end, spot + 200)):
                counts.quorum_printed = int(rule["n"])
                _evidence(extract, f"{key}.quorum_printed", text, rule.start(), rule.end())
                break
    if counts.in_office is None and low.find(" sur ", start, end) >= 0:
        for match in _OUT_OF.finditer(low, start, end):
            counts.in_office = int(match.group("n"))
            _evidence(extract, f"{key}.in_office", text, match.start("n"), match.end())
            break
    return counts


def _lines_before_cue(lines: list[str], index: int, head: str) -> list[str]:
    """The names a cue printed after them closes: the start of its own line, and the lines
    before it that the list wraps over (ending with a comma, or opening with a civility)."""
    if not _PLURAL_CIVILITY.match(head):  # a flattened text: the list opens a sentence
        starts = [m.end() for m in _SENTENCE_THEN_CIVILITY.finditer(head)]
        head = head[starts[-1] :] if starts else head
    block = [head.strip(" ,")] if head.strip(" ,") else []
    first = index
    while first > 0 and index - first < 20:
        previous = lines[first - 1].strip()
        if not previous or not (previous.endswith((",", ";")) or _PLURAL_CIVILITY.match(previous)):
            break
        first -= 1
    if block and not _PLURAL_CIVILITY.match(block[0]) and first == index:
        return []
    return [line.strip() for line in lines[first:index]] + block


_NUMBERED = re.compile(r"^\d{1,3}(?:[.)/]|°\)?| [-–]) ")


def _agenda_entry(line: str) -> bool:
    """« 1. Aides facultatives 2026 » after a list of names: the agenda's first item, no
    name (« 1. MOREL Édith », « 12) Mme PASCAL Anne (Nantua) » are)."""
    numbered = _NUMBERED.match(line) if line[:1].isdigit() else None
    if numbered is None:
        return False
    rest = line[numbered.end() :]
    return not person_entry(rest) and _MIXED_ENTRY.match(rest) is None


# A list's cue followed by a dash instead of a colon, its first entry's bullet.
_DASHED_CUE = re.compile(
    r"^((?i:pouvoirs?|procurations?|absents?(?:\sexcus[ée]s)?|excus[ée]s))\s[-–—]\s"
    r"(?=(?:M\.|Mme|Monsieur|Madame|MM\.|Mmes)\s)"
)
_DASHED_CUES: PerLine[re.Match[str] | None] = PerLine(_DASHED_CUE.match)


def _resumes_after_footer(lines: list[str], index: int, end: int, last: str) -> bool:
    """A list of bulleted or numbered lines cut by a page's break: blank lines and the page's
    footer words, then a line opening as the list's lines do (« - M. J. BRUNEAU »)."""
    bullet = _ENTRY_START.match(last)
    if bullet is None:
        return _same_shape_after_footer(lines, index, end, last)
    footer, stripped = _after_a_page_break(lines, index, end)
    opens = _ENTRY_START.match(stripped) if footer and stripped else None
    # the same bullet, or a number after a number (« 3. M. Paul VIGNE » / … / « 4. Mme … »)
    return opens is not None and (
        opens.group()[:1] == bullet.group()[:1]
        or (opens.group()[:1].isdigit() and bullet.group()[:1].isdigit())
    )


def _after_a_page_break(lines: list[str], index: int, end: int) -> tuple[bool, str | None]:
    """Whether a page's footer or header stands around the blank line at `index` (before it,
    between two blank ones, or after it), and the first line of text after them."""
    heading = _heading_capitals(lines)
    footer = any(
        _page_furniture(line.strip(), heading) for line in lines[max(0, index - 2) : index]
    )
    for following in lines[index + 1 : min(end, index + 6)]:
        stripped = following.strip()
        if not stripped:
            continue
        if _page_furniture(stripped, heading) or (footer and _page_number_alone(stripped)):
            footer = True
            continue
        return footer, stripped
    return footer, None


def _same_shape_after_footer(lines: list[str], index: int, end: int, last: str) -> bool:
    """A list of one name a line (« DAUMAS Solène ») cut by a page's break: the page's footer
    or header words around the blank line, then a line holding one name of the same shape."""
    shape = next((p for p in (_SURNAME_FIRST, _FIRST_NAME_FIRST) if p.match(last)), None)
    if "," in last or shape is None:
        return False
    footer, stripped = _after_a_page_break(lines, index, end)
    return bool(footer and stripped and "," not in stripped and shape.match(stripped))


def _collect_sections(
    lines: list[str], end: int, cued: frozenset[int] | None = None
) -> list[_Section]:
    """The attendance lists, each with the lines that belong to it, in one pass. `cued`: the
    lines that may hold a cue (cue_lines), when the caller has them for these lines."""
    sections: list[_Section] = []
    current: _Section | None = None
    # the document's first lines (the council, the sitting), which a page's header repeats,
    # up to the first cue
    heading: set[str] = set()
    for line in lines[:3]:
        if ":" in line:
            break
        if len(text := line.strip()) >= 12:
            heading.add(text.casefold())
    capitals = _heading_capitals(lines)
    presents_counted: int | None = None  # the line of « Présents : 11 », a count alone
    for index, line in enumerate(lines[:end]):
        stripped = line.strip()
        if stripped[:1] in "PpAaEe" and (dashed := _DASHED_CUES[stripped]):
            # « POUVOIRS - Mme X représentée par Mme Y - Mme Z … »: the cue and its list
            stripped = f"{dashed.group(1)} : {stripped[dashed.end() :]}"
        if current is not None and not stripped:
            last = current.lines[-1].rstrip() if current.lines else ""
            # A list goes on after a blank line only when its last line promised more names.
            # (a table of proxies' header, then its rule read as a blank: its rows follow)
            header_only = len(current.lines) == 1 and _PROXY_TABLE_HEAD.match(last) is not None
            if (
                last
                and not last.endswith((",", ";", "-", "/"))
                and not _ends_on_civility(last)
                and not header_only
                and not _resumes_after_footer(lines, index, end, last)
            ):
                current = None
            continue
        # A list's cue ends with its colon, or stands alone on a short line: most lines (names)
        # have neither and skip the long pattern. Whether the line holds a cue's word is asked
        # once, for the list's head and for a proxy line alike.
        cue: bool | None = None
        head = None
        if stripped and (len(stripped) < 60 or ":" in stripped):
            cue = index in cued if cued is not None else _may_hold_cue(stripped)
            head = _HEADS[stripped] if cue else None
        counted = _COUNT_THEN_NAMES.match(head.group("rest")) if head is not None else None
        if head is not None and counted is None and _COUNT_REST.match(head.group("rest")):
            current = None  # « Présents : 40 »
            if head.group("present"):
                presents_counted = index
            continue
        if (
            head is not None
            and head.group("present")
            and not head.group("rest").strip()
            and index > 0
            and lines[index - 1].strip()
            and (
                index + 1 >= end
                or not lines[index + 1].strip()
                or ((cued is None or index + 1 in cued) and _list_head(lines[index + 1].strip()))
            )
        ):
            # « présents » alone after the names it closes, with nothing after it
            block = _lines_before_cue(lines, index, "")
            if block and _names_before_cue(" ".join(block)):
                sections.append(_Section("present", line=index, lines=block))
                current = None
                continue
        if head is not None:
            kind = next(k for k in _LIST_KINDS if head.group(k))
            current = _Section(kind, line=index)
            current.excused = kind == "proxies" and "xcus" in head.group(kind).lower()
            current.mixed = kind == "excused" and "bsent" in head.group(kind).lower()
            current.absent_too = kind == "proxies" and bool(_ABSENT_AND_PROXIES.search(head[kind]))
            current.substitutes = kind == "present" and "uppl" in head.group(kind).lower()
            sections.append(current)
            rest = head.group("rest").strip()
            if counted is not None:
                # « Excusés : 3 (M. X, Mme Y, M. Z) »: the count (read with the counts), then
                # the names its bracket holds, to the bracket's end
                rest = head.group("rest")[counted.end() :]
                if counted.group("open") and (close := _unmatched_close(rest)) is not None:
                    current.lines.append(rest[:close].strip())
                    current = None
                    continue
                current.bracket = bool(counted.group("open"))
            if kind == "present" and (after := _cue_after(rest)):
                rest = rest[: after.start()].strip(" ,")  # « …, formant la majorité … »
                current.lines.append(rest)
                current = None
                continue
            if rest and ":" in rest and (sub := _SUB_HEADING.match(rest)):
                rest = rest[sub.end() :].strip()  # « Présents : Collège de Guéret : M. X, … »
            if rest and (said := _member_sentence_at(rest)) is not None:
                # flattened: « … M. Pascal TEYSSIER M. Alain NOVEL, Président, ouvre la séance »
                if rest[:said].strip(" ,;•"):
                    current.lines.append(rest[:said])
                current = None
                continue
            if rest and (officer := _OFFICER_CUT.search(rest)) is not None:
                current.lines.append(rest[: officer.start() + 1])  # « …. Secrétaire de »
                current = None
                continue
            if rest and (stop := _list_end_at(rest)) is not None:
                # « …, Mme Rose LAFAGE sous la présidence de M. Henri COSTE » (flattened)
                if rest[:stop].strip(" ,;•"):
                    current.lines.append(rest[:stop].rstrip())
                current = None
                continue
            if rest:
                current.lines.append(rest)
                if _CLOSING_COUNT.search(rest):  # « Excusés : X, Y (2) »: nothing more
                    current = None
            continue
        if (
            (
                current is None
                or (
                    current.kind == "present"
                    and not (current.lines and current.lines[-1].rstrip().endswith((",", ";")))
                )
                # « Excusé : M. Guy REY. » then « Pouvoir de Mme Ida VIAL à M. Jean BRUN. »: the
                # proxy's own sentence, no absentee's entry
                or (
                    current.kind in ("excused", "absent")
                    and stripped[:1] in "PpMm"
                    and current.lines
                    and current.lines[-1].rstrip().endswith(".")
                    and _GIVEN_OF.match(stripped) is not None
                )
            )
            and (
                (
                    cue
                    if cue is not None
                    else index in cued
                    if cued is not None
                    else _may_hold_cue(stripped)
                )
                and _PROXY_LINES[stripped]
            )
        ):
            current = _Section("proxies", line=index)  # proxies printed without their cue
            sections.append(current)
            if (stop := _list_end_at(stripped)) is not None:
                # « Mme X a donné pouvoir à M. Y. Le Maire ouvre la séance »: the proxy only
                current.lines.append(stripped[:stop].rstrip())
                current = None
                continue
            current.lines.append(stripped)
            continue
        if current is None:
            if (
                presents_counted is not None
                and index - presents_counted <= 4
                and ":" in stripped
                and (sub := _SUB_HEADING.match(stripped)) is not None
                and not _CHAIR_HEADING.match(stripped)
                and stripped[sub.end() :].strip()
            ):
                # « Présents : 11 – Représentés : 2 » / « Élus : Mme X, … » / « Membres nommés :
                # … »: the presents' count, then their names under the board's sub-headings
                current = _Section("present", line=index, lines=[stripped[sub.end() :].strip()])
                sections.append(current)
                continue
            if stripped and (after := _cue_after(stripped)):
                block = _lines_before_cue(lines, index, stripped[: after.start()])
                if block and _names_before_cue(" ".join(block)):
                    sections.append(_Section("present", line=index, lines=block))
            elif (names := _uncued_roll_call(lines, index, end, sections, cued)) is not None:
                # « … sous la présidence de Mme X, Maire. » / « Mme X, M. Y, Mme Z, … » /
                # « Absents excusés : … »: the presents printed with no cue of their own
                current = _Section("present", line=index, lines=[names])
                sections.append(current)
            continue
        colon = ":" in stripped  # a sub-heading and another block's heading both have one
        if colon and current.kind != "present" and _CHAIR_HEADING.match(stripped):
            current = None  # « Président : Eric BARD » after the absentees: the chair, no absentee
            continue
        if colon and (sub := _SUB_HEADING.match(stripped) or _PLACE_BEFORE_NAMES.match(stripped)):
            # the name before a sub-heading ends there (« Nadine SERRE » / « Suppléants : »)
            if current.lines and not current.lines[-1].rstrip().endswith((",", ";")):
                current.lines[-1] = current.lines[-1].rstrip() + ","
            if current.kind == "present" and "uppl" in sub.group().lower():
                # the suppléants under their sub-heading: a list of their own
                current = _Section("present", line=index, substitutes=True)
                sections.append(current)
            stripped = stripped[sub.end() :].strip()
            if sub.re is _PLACE_BEFORE_NAMES and stripped:
                # « Graix : Louis-Marie TEYSSIER »: the commune of the names after it
                current.places.append((sub.group(1), stripped[:40]))
            if not stripped:
                continue
        if (
            is_page_footer(stripped)
            or (index > 2 and stripped.casefold() in heading)
            or _page_furniture(stripped, capitals)
            or (
                _page_number_alone(stripped)
                and _page_furniture(lines[index - 1].strip(), capitals)
            )
        ):
            continue  # a page's footer or header words between two lines of the list
        if stripped[:1] in "DdAaPpRrOo" and SECTION_HEADING.match(stripped):
            current = None  # « Décisions du conseil » after the lists: the items follow
            continue
        if (
            current.lines
            and stripped[:1] in "|:- "
            and _TABLE_RULE.match(stripped)
            and _PROXY_TABLE_HEAD.match(current.lines[0])
        ):
            continue  # « Mandant | Mandataire » then « ------ »: the table's rows follow
        previous = current.lines[-1] if current.lines else ""
        if _ends_on_civility(previous) and not _CIVILITY_START.match(stripped):
            # « …, M. » / « Le Roux, Mme Joly, … »: the name the civility announced, not prose
            current.lines[-1] = f"{previous} {stripped}"
            continue
        if previous.endswith(".") and _OPENS_SENTENCE.match(stripped):
            current = None  # « … à M. Luc MARTY. » / « Après l'appel, le Maire ouvre … »
            continue
        reading = _LIST_LINES[stripped]
        if reading.ends:
            current = None
            continue
        if (stop := reading.stop) is not None:
            # the chair's sentence or an item's heading after the list's last name
            if stripped[:stop].strip(" ,;•"):
                last = current.lines[-1] if current.lines else ""
                if len(last) < 300 and last.endswith((" à", " a", " par")):
                    # « X donne pouvoir à » / « M. Y. Le Maire expose … »: the entry's end
                    current.lines[-1] = f"{last} {stripped[:stop].rstrip()}"
                else:
                    current.lines.append(stripped[:stop].rstrip())
            current = None
            continue
        if (officer_at := reading.officer) is not None:
            # « …, M. Arrambide. Secrétaire de » / « séance : M. Marchand »: the list ends there
            current.lines.append(stripped[: officer_at + 1])
            current = None
            continue
        if current.kind == "present" and (after_at := reading.cue_after) is not None:
            # « …, Thierry VOISIN, formant la majorité des membres en exercice. »: the list ends
            current.lines.append(stripped[:after_at].strip(" ,"))
            current = None
            continue
        if current.bracket and (close := _unmatched_close(stripped)) is not None:
            current.lines.append(stripped[:close].strip())  # « M. Z) »: the count's bracket ends
            current = None
            continue
        last = current.lines[-1] if current.lines else ""
        if len(last) < 300 and (
            last.count("(") > last.count(")") or last.endswith((" à", " a", " par", " de"))
        ):  # bounded: linear
            # « … (pouvoir à » / « Mme Florence HENRY), … », « X donne pouvoir à » / « M. Y »:
            # one entry wrapped to the next line
            current.lines[-1] = f"{last} {stripped}"
        else:
            current.lines.append(stripped)
        if reading.closes:
            current = None
    return sections


class _ListLine(NamedTuple):
    """What a line inside a list says of the list (see _collect_sections): it ends it before
    the line (a note, the agenda's first item, a sentence about a member, another heading);
    where the names stop in it (`stop`), where an officer's cue (`officer`) or the presents'
    closing cue (`cue_after`) starts in it; it closes the list with a count (« … (2) »)."""

    ends: bool
    stop: int | None
    officer: int | None
    cue_after: int | None
    closes: bool


def _read_list_line(line: str) -> _ListLine:
    officer = _officer_cut(line)
    after = _cue_after(line)
    return _ListLine(
        ends=bool(
            _list_stop(line)
            or _agenda_entry(line)
            or _about_member(line)
            or (":" in line and _OTHER_HEADING.match(line))
        ),
        stop=_list_end_at(line),
        officer=officer.start() if officer is not None else None,
        cue_after=after.start() if after is not None else None,
        closes=_closes_with_count(line),
    )


# Each line's reading, asked once per line (every extract of a sitting prints its roll call).
_LIST_LINES = PerLine(_read_list_line)


# A sentence's end before a capital, never a civility's stop (« M. Jean »).
_SENTENCE_END = re.compile(rf"(?<!\bM)(?<!\bMM)(?<!\bMme)\.\s(?=[{UPPER}])")
# Names a line of an uncued roll call holds at least (« Mme X, M. Y, Mme Z, … »).
_UNCUED_NAMES = 3
# How far the absentees' cue may stand under the line that opens the uncued presents.
_UNCUED_REACH = 12


def _uncued_roll_call(
    lines: list[str],
    index: int,
    end: int,
    sections: list[_Section],
    cued: frozenset[int] | None = None,
) -> str | None:
    """The names that open the presents printed without a cue on `lines[index]`, if it does: no
    present list read yet, names only (three or more, each with its civility or its surname in
    capitals), on the whole line or after the sentence that ends on it (its line breaks lost:
    « … sous la présidence de Mme X, Maire. Mme X, M. Y, … »), and the absentees', the excused'
    or the proxies' cue just under its lines (no blank line between)."""
    line = lines[index].strip()
    if not line[:1].isupper() or any(s.kind == "present" for s in sections):
        return None
    block = [line]
    for below in range(index + 1, min(end, index + _UNCUED_REACH)):
        following = lines[below].strip()
        if not following:
            return None
        # (the lines that may hold a cue known for the whole text: no line cased again)
        if cued is None:
            head = _list_head(following)
        else:
            head = _HEADS[following] if below in cued else None
        if head is not None:
            break
        block.append(following)
    else:
        return None
    if head.group("present"):
        return None
    if _names_line(" ".join(block)):
        return line
    stops = [stop.end() for stop in _SENTENCE_END.finditer(line)]
    if stops and _names_line(" ".join([line[stops[-1] :], *block[1:]])):
        return line[stops[-1] :]
    return None


def _names_line(line: str) -> bool:
    """A line of names and nothing else, three or more: each entry a civility and a name, or a
    name with its surname in capitals (« Mme Anne ROUX, M. Le Goff, BRUN Paul, … »); no figure,
    no entry longer than a name."""
    if any(c.isdigit() for c in line):
        return False
    # « Mmes et MM. Anne BOIS, Gonzalez Grail Maria, … »: civilities for the whole list, then
    # names that may print none, nor a surname in capitals
    plural = _LIST_CIVILITIES.match(line)
    if plural is not None:
        line = line[plural.end() :]
    entries = [e.strip(" .") for e in re.split(r"[,;]|\set\s", line) if e.strip(" .")]
    return len(entries) >= _UNCUED_NAMES and all(
        len(words := entry.split()) <= 6
        and ":" not in entry  # « Là : M. X »: a label this reader does not know
        and _SENTENCE_END.search(entry) is None  # « Maire. BRUN Jean »: a sentence's end
        and (
            _CIVILITY_START.match(entry) is not None
            or (len(words) >= 2 and _has_caps_surname(words))
            or (plural is not None and 2 <= len(words) <= 4 and _capitalised(words))
        )
        for entry in entries
    )


# The civilities of a whole list, before its first name.
_LIST_CIVILITIES = re.compile(
    r"^(?:Mmes,? et MM\.|MM\. et Mmes,?|Mesdames,? (?:et )?Messieurs,?|Mmes|MM\.)\s"
)


def _capitalised(words: list[str]) -> bool:
    """Each word of a name opens on a capital, a particle excepted (« Gonzalez Grail Maria »,
    « da Costa Pedro »)."""
    return all(w[:1].isupper() or fold(w) in ("de", "da", "du", "van", "von", "le") for w in words)


def _has_caps_surname(words: list[str]) -> bool:
    return any(_CAPS_WORD.match(w) for w in words)


# An entry printed surname first: « M. DUMAS Jean-Pierre », « BOYER Daniel ».
_SURNAME_FIRST = re.compile(
    r"(?:^|[,;]\s?)(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s)?"
    rf"[{UPPER}]{{2}}[{UPPER}'’ -]*\s[{UPPER}][{LOWER}]"
)
# An entry printed first name first: « M. Jean-Pierre DUMAS », « Daniel BOYER ».
_FIRST_NAME_FIRST = re.compile(
    rf"(?:^|[,;]\s?)(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s)?[{UPPER}][{LOWER}'’-]+\s[{UPPER}]{{2}}"
)


def _surname_first(lines: list[str]) -> bool:
    """Whether a list prints its names surname first (then « Mme IZARD » / « Nina » is one
    name wrapped, not two)."""
    sample = " ".join(lines[:3])[:600]
    return len(_SURNAME_FIRST.findall(sample)) > len(_FIRST_NAME_FIRST.findall(sample))


# The chair named by the role alone, a list's first line: « Monsieur le Maire », « Mme la
# Présidente ».
_CHAIR_ROLE = re.compile(
    r"^(?:M\.|Mme|Monsieur|Madame)\s(?:le|la)\s(?:Maire|Pr[ée]sidente?)[ ,]?$", re.IGNORECASE
)


# A line opening on a given name alone, then the list's separator (« Fabrice, Mme … »,
# « Anne. », « Hugo) »).
_FIRST_ENTRY = re.compile(rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?(?=\s?[,;.)]|$)")


# The words a function goes on after at a line's end (« délégué aux » / « sports »).
_FUNCTION_LINKS = frozenset(("à", "au", "aux", "de", "du", "des", "la", "et", "pour", "chargé"))
# The words before a woman's other name (« née », « épouse », « veuve »): they go on a name.
_SECOND_NAME_WORDS = frozenset(("née", "nee", "épouse", "epouse", "ép.", "ep.", "veuve", "vve"))


# A delegate's commune printed after a dash, closing the entry: « Jean ROUX – Saint-Paul-en-
# Jarez » (title case only: a name in capitals after the dash is the list's next entry).
_TITLED_PLACE_AFTER_DASH = cues.plain(
    rf"\s[-–—]\s(?:L[ae]\s|Les\s|L['’])?[{UPPER}][{LOWER}'’]+"
    rf"(?:[- ](?:[{LOWER}'’]{{1,4}}|[{UPPER}][{LOWER}'’]+)){{0,6}}$"
)


def _starts_new_item(
    pending: str, following: str, proxies: bool, surname_first: bool = False
) -> bool:
    """Whether the next line starts a new name, or finishes the one cut at the line's end."""
    if following.startswith("("):
        return False  # « M. Xavier ROUX » / « (pouvoir à M. Y), … »: the entry's note
    if following.split(" ", 1)[0].casefold() in _SECOND_NAME_WORDS:
        return False  # « Mme Claudine GRANGER » / « épouse MOREAU, … »: her other name
    first_entry = _FIRST_ENTRY.match(following)
    if (
        first_entry is not None
        and pending[-1:].isalpha()
        and _CAPS_WORD.match(pending.rsplit(" ", 1)[-1])
    ):
        # « … procuration à M. HUGONNET » / « Fabrice, Mme RIVOIRE … »: a given name alone is
        # no member, it ends the name cut at the line's end
        return False
    if proxies:
        if following[:1] in "PpMmDd" and _GIVEN_OF.match(following):
            return True  # « Pouvoir de Mme X à M. Y » / « Procuration de M. Z à … »
        short = _PROXY_SHORT.match(pending) or _proxy_unaccented(pending)
        if (
            short is not None
            and _has_caps_surname(short.group("holder").split())
            and (_PROXY_SHORT.match(following) or _proxy_unaccented(following))
        ):
            return True  # « A → B » / « C → D »: one proxy a line
        match = _PROXY_SENTENCE.match(pending)
        holder = match.group("holder").rstrip(" .;,") if match is not None else ""
        if match is not None and _has_caps_surname(holder.split()):
            return True
        if (
            match is not None
            and len(split_civility(holder)[1].split()) >= 2
            and (again := _PROXY_SENTENCE.match(following)) is not None
            and 2 <= len(again.group("giver").split()) <= 5
            and not any(mark in again.group("giver") for mark in ",;")
        ):
            # « Ghislaine Izard représentée par Fanny Valette » / « Maxence Deschamps représenté
            # par … »: no capitals to tell a surname, but a whole proxy on each line
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
    if (
        (place := _TITLED_PLACE_AFTER_DASH.search(pending)) is not None
        and _has_caps_surname(pending[: place.start()].split())
        and _has_caps_surname(following.split()[:3])
    ):
        return True  # « Jean ROUX – Saint-Paul » / « Anne VIAL – Lorette »: a delegate a line
    if _CHAIR_ROLE.match(pending):
        return True  # « Monsieur le Maire » / « BARTHE Émilie »: the chair, then a name a line
    words = pending.split()
    if following[:1].islower() and words and words[-1] in _FUNCTION_LINKS:
        return False  # « vice-président délégué aux » / « équipements sportifs, … »
    if len(words) <= 3 and _FUNCTION_ONLY.match(pending) and not _has_caps_surname(words):
        return True  # « Jean ROUSSET, Maire » / « Marie-Hélène » / « DUPONT »: a function ends
    following_words = following.split()
    if (
        len(words) >= 2
        and len(following_words) >= 2
        and following[:1].isupper()
        and not _CIVILITY_START.match(pending)
        and not any(_CAPS_WORD.match(w.strip(",;.")) for w in (*words, *following_words))
    ):
        return True  # « Paul Roche » / « Inès Valois »: no surname in capitals, a name a line
    next_word = following.split(" ", 1)[0].rstrip(",;.")
    if (
        surname_first
        and 2 <= len(words) <= 5
        and _CIVILITY_START.match(pending)
        and all(_CAPS_WORD.match(word) for word in words[1:])
        and next_word[:1].isupper()
        and not _CAPS_WORD.match(next_word)
    ):
        # « Mme IZARD » / « Nina, M. JULIEN Marc », « M. DE LA SALLE » / « Hugo, … »: the
        # first name follows
        return False
    if fold(words[-1]) in _PARTICLES:
        return False  # « Laurence VAN DE » / « WALLE »: the surname goes on
    if _CAPS_WORD.match(words[0]) and not _CIVILITY_START.match(pending):
        # Surname first (« DEGRAIX Jean-Luc »): complete once a first name follows the capitals.
        return not _CAPS_WORD.match(words[-1]) and bool(_CAPS_WORD.match(next_word))
    # Civility or first name first (« Jean Luc DEGRAIX »): complete once it ends in capitals,
    # unless the next line goes on in capitals (« Mme Ramona GONZALEZ » / « GRAIL »).
    return bool(_CAPS_WORD.match(words[-1])) and not _CAPS_WORD.match(next_word)


def _dashed_pairs(lines: list[str]) -> list[str] | None:
    """A list of proxies whose entries, cut by semicolons, are each two named people a dash
    apart (« Pouvoirs : Mme X – Mme Y ; M. Z – M. W »): the entries, else None (a dash between
    names elsewhere separates entries)."""
    joined = " ".join(line.strip() for line in lines)
    if ";" not in joined or not any(dash in joined for dash in (" - ", " – ", " — ")):
        return None
    entries = [entry.strip(" .") for entry in joined.split(";") if entry.strip(" .")]
    if len(entries) < 2 or not all(_PROXY_DASHED.match(entry) for entry in entries):
        return None
    return entries


_GIVER_CLAUSE = re.compile(
    rf"(?<=[\w)]), (?=(?-i:[{LOWER}]))[^,;:()]{{1,50}}, (?=(?:{_GIVES})\s)", re.IGNORECASE
)
_DASH_NUMBERED = re.compile(rf"(?:^|(?<=[\w)] ))\d{{1,3}} [-–—] (?=[{UPPER}])")
# « 1. Paul RIVE Non inscrit 2. Marie-Claude VIAL Groupe Avenir »: several numbers and their
# stop on one line (one alone opens a line of its own: « 2. CHASSAGNE Paul, Groupe … »)
_DOT_NUMBERED = re.compile(rf"(?:^|(?<=[\w)] ))\d{{1,3}}[.)] (?=[{UPPER}])")


# « Procuration de Mme X à M. Y et de M. Z à Mme W »: the second proxy after « et de », read as
# « M. Z à Mme W ».
_AND_OF_GIVER = re.compile(
    r",?\s+et\s+d(?:e\s|['’])\s?(?=(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame)\s)", re.IGNORECASE
)


# A function and a note, cut by a comma from the name they follow: « M. Paul ROUX, Maire
# (pouvoir à M. Léon PETIT) », « Mme Zoé KLEIN, conseillère déléguée (procuration à … ) ».
_FUNCTION_THEN_NOTE = re.compile(r"^(?P<function>[^()]{2,60}?)\s?(?P<note>\([^()]{3,160}\))$")


def _function_notes_joined(entries: list[str]) -> list[str]:
    """The entries with each note printed after a name's function given back to that name
    (the function itself is no member, see _FUNCTION_ONLY)."""
    kept: list[str] = []
    for entry in entries:
        found = _FUNCTION_THEN_NOTE.match(entry.strip(" ,;."))
        if found is not None and _FUNCTION_ONLY.match(found.group("function").strip(" ,")):
            # the name before it, past its other functions (« M. X, Maire, Président du … »)
            at = len(kept) - 1
            while at >= 0 and _FUNCTION_ONLY.match(kept[at].strip(" ,;.")):
                at -= 1
            if at >= 0 and "(" not in kept[at]:
                kept[at] = f"{kept[at].rstrip(' ,;')} {found.group('note')}"
                continue
        kept.append(entry)
    return kept


def _parts(separator: re.Pattern[str], line: str) -> tuple[str, ...]:
    return tuple(separator.split(line))


# Each line of names cut at its separators, once per line (every extract of a sitting prints
# its roll call; the pattern is long).
_SEPARATED = PerLine(functools.partial(_parts, _SEPARATOR))
_SEPARATED_OUTSIDE_PARENS = PerLine(functools.partial(_parts, _SEPARATOR_OUTSIDE_PARENS))


# The dash between a delegate and the commune, spaced (« Jean ROUX – Saint-Paul »).
_SPACED_DASH = re.compile(r"\s[–—-]\s")
# The civilities a delegate of such a run may carry before the first name.
_RUN_CIVILITIES = frozenset(("M.", "Mme", "Mlle", "Monsieur", "Madame"))


def _run_name_at(words: list[str]) -> int | None:
    """Where the name closing a run's piece starts (« … Sandrine MICHAUD »: a first name in
    title case, maybe its civility, then the surname in capitals up to the end), else None."""
    end = len(words)
    at = end
    while at > 0 and _CAPS_WORD.match(words[at - 1]):
        at -= 1
    if at == end or at == 0 or not words[at - 1][:1].isupper() or _CAPS_WORD.match(words[at - 1]):
        return None
    at -= 1  # the first name
    if at > 0 and words[at - 1] in _RUN_CIVILITIES:
        at -= 1
    return at


def _delegates_run(line: str, proxies: bool) -> str | None:
    """A run of delegates each printed with the commune after a dash, one after the other
    without a separator (« Jean ROUX – Saint-Paul-en-Jarez Sandrine MICHAUD – Doizieux … », a
    list flattened): its entries parted by commas, the communes gone (a proxy's holder kept:
    « Anne VIAL – Lorette à Paul ROCHE », alone on its line too). None unless every piece has
    that shape: a name first, then between two dashes a commune and the next name, a commune
    last."""
    pieces = _SPACED_DASH.split(line)
    if len(pieces) < (2 if proxies else 3):
        return None  # one delegate alone: its commune goes as before (_TITLED_PLACE_AFTER_DASH)
    first = pieces[0].split()
    if _run_name_at(first) != 0:
        return None
    names = [" ".join(first)]
    notes: list[str] = []
    for piece in pieces[1:]:
        words = piece.split()
        at = _run_name_at(words) if piece is not pieces[-1] else len(words)
        if at is None or at == 0:
            return None
        tail = " ".join(words[:at]).rstrip(" ,;")
        place, _, note = tail.partition(" à ") if proxies else (tail, "", "")
        if note and "," in place and place.rsplit(",", 1)[1].strip()[:1].islower():
            place = place.rsplit(",", 1)[0]  # « Genilac, pouvoir à Jean ROUX »: its label
        if _PLACE_WHOLE.fullmatch(place.rstrip(",")) is None or any(
            _CAPS_WORD.match(word) for word in place.split()
        ):
            return None  # not a commune: no run of delegates, read as before
        notes.append(f" à {note}" if note else "")
        if at < len(words):
            names.append(" ".join(words[at:]))
    if len(notes) != len(names):
        return None
    return ", ".join(f"{name}{note}" for name, note in zip(names, notes, strict=True))


def _split_items(lines: list[str], proxies: bool) -> list[str]:
    """The entries of a list printed over lines, comma- or line-separated, maybe in columns."""
    bracketed = any("(" in line for line in lines)
    separator = _SEPARATOR_OUTSIDE_PARENS if bracketed else _SEPARATOR
    separated = _SEPARATED_OUTSIDE_PARENS if bracketed else _SEPARATED
    if proxies and (pairs := _dashed_pairs(lines)) is not None:
        return pairs  # « Mme X – Mme Y ; M. Z – M. W »: a dash inside each proxy
    surname_first = not proxies and _surname_first(lines)
    items: list[str] = []
    pending = ""
    last_row: list[int] = []  # the entry each column's cell of the row above ended with
    for line in lines:
        if line.count(" – ") + line.count(" - ") + line.count(" — ") >= (
            1 if proxies and " à " in line else 2
        ) and (run := _delegates_run(line, proxies)):
            line = run  # « Jean ROUX – Doizieux Anne VIAL – Lorette », flattened: two names
        if line[:1].isdigit() and _DASH_NUMBERED.match(line):
            # « 1 - DUPONT Jean 2 - LAFAGE Rose »: a numbered list run into one line, each
            # number and its dash an entry's start
            line = _DASH_NUMBERED.sub(", ", line).strip(" ,")
        elif line[:1].isdigit() and len(_DOT_NUMBERED.findall(line)) >= 2:
            line = _DOT_NUMBERED.sub(", ", line).strip(" ,")  # « 1. Paul RIVE 2. Anne BOIS »
        if proxies and ", " in line and (clause := _GIVER_CLAUSE.search(line)):
            # « Mme Anne Roux, conseillère de Saint-Jean, a donné pouvoir … »: the giver's
            # function, no entry of its own
            line = f"{line[: clause.start()]} {line[clause.end() :]}"
        if proxies and " et d" in line:
            line = _AND_OF_GIVER.sub(", ", line)  # « Pouvoir de X à Y et de Z à W »: two proxies
        if line.endswith((" et", " ET")):
            line = f"{line[:-3]},"  # « …, Mme Zoé VIALLON et » / « M. Aurélien ZANETTI. »
        elif line.endswith((" ainsi que", " AINSI QUE")):
            line = f"{line[:-10]},"  # « …, M. Lucas BESSET ainsi que » / « Mme Emma ASTIER. »
        if line.startswith(("et ", "ET ")) and pending:
            items.append(pending)  # « M. Gérard VAN DER MEULEN » / « et M. Gérard YVOREL. »
            pending, line = "", line[3:]
        elif line.startswith(("ainsi que ", "AINSI QUE ")) and pending:
            items.append(pending)
            pending, line = "", line[10:]
        if proxies and "   " in line:
            line = _GAP_AT_ARROW.sub(" ", line)  # « M. Paul BRUN⇥⇥→ M. Jean ROCHE »: one proxy
        cells = _COLUMN_GAP.split(line) if "   " in line else (line,)  # cleaned gaps: 3 spaces
        if len(cells) > 1 and not pending.endswith(("-", "/")):
            # Two columns side by side: every cell holds whole names, but for a surname
            # wrapped in its column (« M. Jean-Baptiste DE LA   Mme Lise FAYE » / « ROCHE   M.
            # Marc TISSOT »): its end joins the cell above it
            if pending:
                items.append(pending)
                pending = ""
            row: list[int] = []
            for column, cell in enumerate(cells):
                above = last_row[column] if column < len(last_row) else None
                if above is not None and _column_goes_on(items[above], cell):
                    joint = "" if items[above].endswith("-") else " "
                    items[above] = f"{items[above]}{joint}{cell.strip()}"
                    row.append(above)
                    continue
                items.extend(p for p in separator.split(cell) if p.strip(" ,;"))
                row.append(len(items) - 1)
            last_row = row
            continue
        last_row = []
        if pending.endswith((" -", " –", " —")):
            items.append(pending[:-2])  # « ROCHE Paul - » / « VIDAL Nina - … »: a separator
            pending = ""
        if pending and _ENTRY_START.match(line):
            items.append(pending)  # « - Monsieur X à Madame Y », « 12. PRAT Louise »
            pending = ""
        if pending:
            if pending.endswith(("-", "/")):
                line = pending + line
            elif _CIVILITY_ALONE.match(pending):
                # « …, M. » / « M. PONCET, … »: the civility of a name whose initial is the
                # civility's own letter (« M. M. PONCET »), no entry of its own
                line = f"{pending} {line}"
            elif _starts_new_item(pending, line, proxies, surname_first):
                items.append(pending)
            elif pending.endswith(("'", "’")):
                line = pending + line  # « N' » / « DIAYE »: one surname
            else:
                line = f"{pending} {line}"
            pending = ""
        parts = separated[line]
        if line.endswith((",", ";")):
            items.extend(p for p in parts if p.strip(" ,;"))
        else:
            items.extend(p for p in parts[:-1] if p.strip(" ,;"))
            pending = parts[-1].strip()
    if pending:
        items.append(pending)
    return items


# A surname's particle ending a column's cell: its surname goes on in the cell below.
_PARTICLE_END = re.compile(r"(?:^|\s)(?i:de|du|des|la|le|van|von|der|den|di|da|dos|del|d['’])$")
# A cell that is only the end of a surname in capitals (« ROCHE », « DE LA TOUR »).
_SURNAME_REST = re.compile(rf"^[{UPPER}][{UPPER}'’-]+(?: [{UPPER}][{UPPER}'’-]+){{0,2}}$")


def _column_goes_on(above: str, cell: str) -> bool:
    """Whether a column's cell ends the name of the cell above it: a surname cut after its
    particle (« DE LA » / « ROCHE »), or after a hyphen."""
    cell = cell.strip(" ,;")
    return bool(cell) and (
        (_PARTICLE_END.search(above.rstrip()) is not None and bool(_SURNAME_REST.match(cell)))
        or (above.endswith("-") and cell[:1].isupper())
    )


# Names one after another without commas (« Mme Rose BRUN M. Jean ABEL », two columns read
# across: « M. Jean ARMAND (Montrigaud) Mme Fanny GIROUD (Saint-Bonnet) »): each civility opens
# an entry, unless it names the other side of a proxy (« pouvoir à M. X », « par Mme Y »).
_NEXT_CIVILITY = re.compile(
    # (the civility after the space asked first: the look-behinds are tried only before one,
    # not at each space of the entry)
    rf" (?=(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|MME|MMES|MLLE|MONSIEUR|MADAME) [{UPPER}])"
    r"(?<=[\w)'’.] )(?<!\bà )(?<!\bÀ )(?<!\ba )(?<!\bA )(?<!\bpar )(?<!\bde )(?<!\bdu )(?<!\bau )"
    r"(?<!\bet )(?<!\bpour )(?<!\bavec )(?<!pouvoir )(?<!procuration )"
    r"(?<!repr[ée]sentant )(?<!rempla[çc]ant )(?<!remplaçante )(?<!\bremplace )"
    # (an initial after a civility: « Mme M. OLLIVIER » is one name)
    r"(?<!\bMme )(?<!\bMlle )(?<!\bM\. )(?<!\bMadame )(?<!\bMonsieur )"
    r"(?<!\bMME )(?<!\bMLLE )(?<!\bMADAME )(?<!\bMONSIEUR )"
)


# A numbered list's number alone (« 1 », « 12) », « 3° »): no name.
_LIST_NUMBER = re.compile(r"\d{1,3}[.)°/-]?")


_NAMES_SUBSTITUTE = cues.plain(r"\bsuppl[ée]ante?\s?:?\s?$", flags=re.IGNORECASE)


def _substitute_joined(lines: tuple[str, ...]) -> tuple[str, ...]:
    """« M. X représenté par son suppléant » / « M. Y, Mme Z »: the suppléant named on the next
    line is who sat, one entry with the titular's."""
    joined: list[str] = []
    for line in lines:
        if joined and _NAMES_SUBSTITUTE.search(joined[-1]):
            joined[-1] = f"{joined[-1].rstrip()} {line.lstrip()}"
        else:
            joined.append(line)
    return tuple(joined)


def _by_civility(entry: str) -> list[str]:
    """The entries run together in one, cut before each civility outside brackets (« (+ pouvoir
    M. Régis CADEGROS) » stays whole)."""
    if " M" not in entry:
        return [entry]
    parts: list[str] = []
    start = scanned = depth = 0
    for match in _NEXT_CIVILITY.finditer(entry):
        at = match.start()
        depth += entry.count("(", scanned, at) - entry.count(")", scanned, at)
        scanned = at
        # (« M. X représenté par son suppléant M. Y » is one entry: Y is who sat)
        if depth <= 0 and not _NAMES_SUBSTITUTE.search(entry, start, at):
            parts.append(entry[start : match.start()])
            start = match.end()
    parts.append(entry[start:])
    return parts


# Names run together without commas nor civilities, each a surname in capitals and a given name
# (« BARGE Louis CHABRIER Anne DOUMERGUE Paul », or « Louis BARGE Anne CHABRIER »): a flattened
# column of names. Each pair is an entry when the whole entry is such pairs, two at least.
_CAPS_WORDS = rf"[{UPPER}][{UPPER}'’]+(?:-[{UPPER}][{UPPER}'’]+)*"
_CAPS_RUN = rf"{_CAPS_WORDS}(?: {_CAPS_WORDS})*+"
_GIVEN = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?"
_SURNAME_FIRST_PAIRS = re.compile(rf"(?:{_CAPS_RUN} {_GIVEN} ){{1,200}}{_CAPS_RUN} {_GIVEN}")
_GIVEN_FIRST_PAIRS = re.compile(rf"(?:{_GIVEN} {_CAPS_RUN} ){{1,200}}{_GIVEN} {_CAPS_RUN}")
_ONE_SURNAME_FIRST = re.compile(rf"{_CAPS_RUN} {_GIVEN}(?= |$)")
_ONE_GIVEN_FIRST = re.compile(rf"{_GIVEN} {_CAPS_RUN}(?= [{UPPER}][{LOWER}]|$)")


# A proxy's sentence whose holder's name runs on into the next entries of the list, flattened:
# « GIRARDOT Henri (Rioz) a donné pouvoir à FAIVRE Louis COURTOT Anne (Marnay) ».
_HOLDER_RUN_ON = re.compile(
    r"(?P<head>[^()]{0,200}(?:\([^()]{1,80}\)[^()]{0,80})?"
    r"\b(?:pouvoirs?|procurations?|mandat)\s(?:[àa]|au\sprofit\sd[eu])\s)"
    rf"(?P<holder>{_CAPS_RUN} {_GIVEN}|{_GIVEN} {_CAPS_RUN}(?= {_GIVEN} ))"
    rf" (?P<rest>(?:{_CAPS_RUN} {_GIVEN}|{_GIVEN} {_CAPS_RUN})\b.*)"
)


def _by_name_pairs(entry: str) -> list[str]:
    """« BARGE Louis CHABRIER Anne » → « BARGE Louis », « CHABRIER Anne »."""
    names = entry.strip(" ,;.")
    # (a civility, « M. »: an entry of another shape, left at once)
    if len(names) > 4000 or names.count(" ") < 3 or "." in names:
        return [entry]
    if (" pouvoir" in names or " procuration" in names or " mandat" in names) and (
        held := _HOLDER_RUN_ON.fullmatch(names)
    ) is not None:
        # the proxy ends with its holder's name, the rest are the list's next entries
        return [f"{held['head']}{held['holder']}", *_by_name_pairs(held["rest"])]
    if "(" in names:
        return _pairs_with_notes(entry, names)
    for whole, one in (
        (_SURNAME_FIRST_PAIRS, _ONE_SURNAME_FIRST),
        (_GIVEN_FIRST_PAIRS, _ONE_GIVEN_FIRST),
    ):
        if whole.fullmatch(names):
            return [match.group() for match in one.finditer(names)]
    return [entry]


# A note in brackets after a name of such a run: « COSTE Léa (ayant la procuration de MAS Eric) »
_PAIR_NOTE = re.compile(r" ?(\([^()]{1,120}\)) ?")


def _pairs_with_notes(entry: str, names: str) -> list[str]:
    """« ROUX Anne COSTE Léa (ayant la procuration de MAS Eric) VIDAL Jo » → « ROUX Anne »,
    « COSTE Léa (ayant la procuration de MAS Eric) », « VIDAL Jo »: the pairs between the
    notes, each note kept with the name before it; the entry whole unless every piece is
    such pairs, in one order."""
    pieces = _PAIR_NOTE.split(names)
    for whole, one in (
        (_SURNAME_FIRST_PAIRS, _ONE_SURNAME_FIRST),
        (_GIVEN_FIRST_PAIRS, _ONE_GIVEN_FIRST),
    ):
        found: list[str] = []
        for n, piece in enumerate(pieces):
            if n % 2:  # a note: the name before it holds it
                if not found:
                    break
                found[-1] = f"{found[-1]} {piece}"
            elif piece.strip() and (
                whole.fullmatch(piece.strip()) or one.fullmatch(piece.strip())
            ):
                found += [match.group() for match in one.finditer(piece.strip())]
            elif piece.strip():
                break
        else:
            if len(found) >= 2:
                return found
    return [entry]


# The header of a table of proxies: who gives, then who holds, each a column.
_PROXY_TABLE_HEAD = re.compile(
    r"^\s*(?i:mandante?s?|donneurs?(?:\s(?:de\s|d['’]\s?)(?:pouvoirs?|procurations?))?"
    r"|d[ée]l[ée]gants?|absents?)\s*\|?\s+(?i:mandataires?|b[ée]n[ée]ficiaires?"
    r"|porteurs?|d[ée]tenteurs?|d[ée]l[ée]gataires?|pouvoirs?\s[àa])"
    rf"(?:\s*$|\s(?P<rest>[{UPPER}]{{2}}.*))"
)
_TABLE_RULE = re.compile(r"^[-=_|:+ ]{3,}$")
_TABLE_CELLS = re.compile(r"\s*\|\s*|\s{3,}")
# A name of such a table, surname first (« SAINT-JEAN Marie-Christine »).
_TABLE_NAME = re.compile(
    rf"(?<![\w'’-])[{UPPER}][{UPPER}'’-]++"
    rf"(?: [{UPPER}][{UPPER}'’-]++){{0,3}} [{UPPER}][{LOWER}'’-]*+"
)


def _arrows(entry: str) -> list[str]:
    """« BRUNEL Luc → ORTIZ Jade SAINT-JEAN Anne → CLOT Marc » (or « à », « a », « => ») → one
    proxy each, when every arrow stands between two names printed surname first."""
    arrows = max(entry.count("→"), entry.count("=>"))
    if arrows < 2 and not _CIVILITY_BEFORE.search(entry):  # (names with civilities: cut by them)
        arrows = entry.count(" à ") or entry.count(" a ")  # « à » that lost its accent
    names = [m.group() for m in _TABLE_NAME.finditer(entry)]
    if arrows < 2 or len(names) != 2 * arrows:
        return [entry]
    return [f"{names[i]} à {names[i + 1]}" for i in range(0, len(names), 2)]


# A surname alone, in title case or capitals, maybe after particles (« Le Bihan », « DE LA
# TOUR », « Saint-Just », « Van der Berg »): what a plural civility's names are (« MM. Monneret
# et Le Bihan »), or a first name and its surname (« Mmes Anne Le Gall et Julie Van der Berg »).
_BARE_SURNAME = (
    rf"(?:[{UPPER}][\w'’-]*+ |(?:de|du|des|der|den|van|von|la|le|da|dos|di|del) ){{0,3}}"
    rf"[{UPPER}][\w'’-]*+"
)
_PLURAL_PAIR = re.compile(
    rf"^(?P<civility>(?:Mmes|MM\.|Mesdames|Messieurs) )?(?P<one>{_BARE_SURNAME}) et "
    rf"(?P<two>{_BARE_SURNAME})$"
)
_SINGLE_CIVILITY = re.compile(r"^(?:M\.|Mme|Mlle|Monsieur|Madame)\s")
# A plural civility heading names of one kind, and the civility each of them has.
_PLURAL_HEAD = re.compile(r"^(?P<civility>Mmes|MM\.|Mesdames|Messieurs) (?!et )")
_SINGULAR = {"MM.": "M.", "Messieurs": "Monsieur", "Mmes": "Mme", "Mesdames": "Madame"}


def _with_civility(name: str, civility: str | None) -> str:
    """A name printed under a plural civility with its own civility: « Mmes PEYRON, FAURE »
    are « Mme PEYRON », « Mme FAURE » (who they are, and a surname in capitals stays one); in
    mixed case and two words or more (« Ben Salah », « Karim Ben Salah »), « M. Ben Salah »:
    the surname is whole and a first name is told from a particle as after a civility of one.
    A single word in mixed case (« Monneret ») is left as printed, as is what is no name."""
    words = name.partition("(")[0].strip(" ,;.").split()
    capitals = any(_CAPS_WORD.match(word) for word in words)
    if (
        civility is None
        or not words
        or (len(words) < 2 and not capitals)
        or not name[:1].isupper()
        or _SINGLE_CIVILITY.match(name)
        or _FUNCTION_ONLY.match(name)
        or _GROUP_ONLY.match(name)
    ):
        return name
    return f"{civility} {name}"


def _place_left_out(bracketed: re.Match[str]) -> str:
    """A commune in brackets (« (Luriecq) ») left out; anything else in brackets kept."""
    return " " if _PLACE_WHOLE.fullmatch(bracketed.group(1).strip()) else bracketed.group(0)


def _plural_civility_pairs(entries: list[str]) -> list[str]:
    """« MM. Monneret, Tissot et Le Bihan, Mmes Perrin et Gimenez »: under a plural civility the
    names are surnames alone, and « et » joins two of them (« Paul et Marie » after a singular
    civility, or without one, is left whole); each name in mixed case gets its civility of one
    (« MM. Ben Salah, Vigne et Da Costa »: « M. Ben Salah », « M. Da Costa »)."""
    out: list[str] = []
    plural = False
    singular: str | None = None  # the civility of one a plural civility gives its names
    for entry in entries:
        item = entry.strip(" ,;.")
        if head := _PLURAL_HEAD.match(item):
            plural = True
            singular = _SINGULAR[head["civility"]]
        elif item.startswith(_PLURAL_CIVILITIES):
            plural, singular = True, None  # « Mmes et MM. »: one civility for neither
        elif _SINGLE_CIVILITY.match(item):
            plural, singular = False, None
        if plural and " et " in item and "(" in item:
            # « MM. BERNE, DUMAS (Luriecq) et VILLARD »: a commune after a name is nobody (a
            # proxy in brackets, « (pouvoir à Anne ROUX) », stays with its name)
            item = " ".join(_PAREN.sub(_place_left_out, item).split())
        pair = _PLURAL_PAIR.match(item) if plural and " et " in item else None
        if pair is None:
            if (
                head
                and (named := _with_civility(item[head.end() :], singular)) != item[head.end() :]
            ):
                out.append(named)
            elif head is None and plural:
                out.append(_with_civility(entry, singular))
            else:
                out.append(entry)
            continue
        one, two = pair.group("one"), pair.group("two")
        civility = pair.group("civility") or ""
        first = _with_civility(one, singular)
        out.append(first if first != one else f"{civility}{one}")
        out.append(_with_civility(two, singular))
    return out


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one attendance list says; findings as (code, params) pairs so it can be cached."""

    people: tuple[Person, ...] = ()
    proxies: tuple[ProxyLine, ...] = ()
    represented: tuple[Person, ...] = ()  # givers whose holder the list does not name
    replaced: tuple[Person, ...] = ()  # titulars whose seat a suppléant fills
    seated: tuple[Substitution, ...] = ()  # the suppléants named with the titular they sat for
    # each member printed with a commune (« Pierre FAURE (Graix) », « Graix : X », « X – Graix »)
    communes: tuple[tuple[Person, str], ...] = ()
    # « Absents : M. X (excusé), Mme Y (non excusée) »: the absents the list says are excused
    excused: tuple[Person, ...] = ()
    findings: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()


# « M. et Mme PONS »: two members of one name.
_COUPLE = re.compile(
    rf"\b(M\.|Monsieur) et (Mme|Madame) ((?:[{UPPER}][\w'’-]* )?[{UPPER}][{UPPER}'’-]+\b)"
)
# Several givers, one holder: « Mme A et M. B donnent pouvoir à M. C », « A, B et C ont donné
# procuration à D », « A et B, représentés par C ». On lower case; the givers are before it.
_PLURAL_GIVE = re.compile(
    r",? (?:donnent|ont (?:respectivement )?donn[ée]|ayant donn[ée]|qui ont donn[ée])"
    r" (?:leurs? |respectivement )*"
    r"(?:pouvoirs?|procurations?|mandats?|d[ée]l[ée]gations?(?: de vote)?) (?:[àa]) "
    r"|,? (?:sont |tous deux |toutes deux )?repr[ée]sent[ée]e?s par "
)
_HOLDER_END = re.compile(rf"[;,(]|(?:(?<=[{LOWER}]{{2}})|(?<=[{UPPER}]{{2}}))\.(?:\s|$)")
_GIVERS_SPLIT = re.compile(r", | et ")
_LAST_ENTRY = re.compile(r"[,;:]")
# « Mme A et M. B, absents, ont donné … »: the givers' status between them and the verb.
_STATUS_CLAUSE = re.compile(r",? (?:absente?s?|excus[ée]e?s?|empêch[ée]e?s?),?$", re.IGNORECASE)
# (not a civility's full stop: « M. Noël »)
_SENTENCE_BEFORE = re.compile(rf"(?:[;:]|(?<=[{LOWER}]{{3}})\.|(?<=[{UPPER}]{{3}})\.)\s")


def _one_giver_each(line: str) -> str:
    """« Mme A et M. B donnent pouvoir à M. C » → « Mme A donne pouvoir à M. C ; M. B donne
    pouvoir à M. C », so that each giver is read with the holder (every such sentence)."""
    low = _lower(line)
    pieces: list[str] = []
    done = 0  # the line up to here is written out
    floor = 0  # the givers of a sentence stand after the verb of the one before
    for found in _PLURAL_GIVE.finditer(low):
        start = floor
        for stop in _SENTENCE_BEFORE.finditer(line, floor, found.start()):
            start = stop.end()
        floor = found.end()
        named = _STATUS_CLAUSE.sub("", line[start : found.start()].lstrip(" ,"))
        givers = [g.strip() for g in _GIVERS_SPLIT.split(named)]
        end = _HOLDER_END.search(line, found.end())
        holder_end = end.start() if end is not None else len(line)
        holder = line[found.end() : holder_end].strip()
        if len(givers) < 2 or not holder or any(not g or len(g) > 60 for g in givers):
            continue
        holders = [holder] * len(givers)
        if "respectivement" in found.group():
            # « A et B ont respectivement donné pouvoir à C et D »: one holder each, in order
            holders = [h.strip() for h in _GIVERS_SPLIT.split(holder)]
            if len(holders) != len(givers):
                continue
        pieces.append(line[done:start])
        pieces.append(
            " ; ".join(f"{g} donne pouvoir à {h}" for g, h in zip(givers, holders, strict=True))
        )
        done = floor = holder_end
    return "".join(pieces) + line[done:] if pieces else line


def _couples_and_shared_holders(lines: tuple[str, ...]) -> tuple[str, ...]:
    """Two members in one mention (« M. et Mme PONS ») or several givers to one holder, each
    written out on its own so the list's reader meets one name or one proxy at a time."""
    out = []
    for line in lines:
        if " et M" in line and _COUPLE.search(line):
            line = _COUPLE.sub(r"\1 \3, \2 \3", line)
        if (" ont " in line or "donnent" in line or "sent" in line) and " et " in line:
            line = _one_giver_each(line)
        out.append(line)
    return tuple(out)


# The members listed commune by commune (or group by group): « Saint-Jean : M. X, Mme Y —
# Montbrison : M. Z », or the commune alone on a line above its delegates (« LOUVIÈRES » /
# « M. Alain BERTHIER, Mme Sylvie CARON »). The commune is nobody: it goes, its names stay.
_PLACE_WORD = rf"[{UPPER}][\w'’]*+"
_PLACE = (
    # not a cue, an office or a role (« Président : M. X », « Suppléant : … »)
    r"(?!(?i:pr[ée]si|secr[ée]t|rapport|maire|vice|adjoint|d[ée]l[ée]gu|conseill|membre|absent"
    r"|excus|pouvoir|procur|repr[ée]s|pr[ée]sen|quorum|votant|objet|suppl[ée]|titulaire|groupe"
    r"|liste|pour\b|contre|abstention|s[ée]ance|ordre|[ée]lu|mandat|assist|[ée]taient|sont\b"
    r"|d[ée]lib|absen|arriv|d[ée]part|interv|invit|service|administr|personnel|agent|direct"
    r"|public|autres?\b|[ée]galement|question|vote))"
    rf"{_PLACE_WORD}(?:[- ’'](?:[{LOWER}]{{1,4}}[- ’'])?{_PLACE_WORD}){{0,5}}"
)
_CIVILITY_NEXT = r"(?=(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Messieurs|Mesdames)\s)"
# A name after a place's colon, with no civility: « Graix : Louis-Marie TEYSSIER », « Le
# Bessat : DE LA ROCHE Marc » (never an article: « Décision : Le CONSEIL … »)
_NAME_NEXT = (
    rf"(?=(?!L[ea]\s|Les\s)[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?\s[{UPPER}]{{2}}"
    rf"|[{UPPER}]{{2}}[{UPPER}'’-]*\s(?:[{UPPER}]{{2,}}\s){{0,2}}[{UPPER}][{LOWER}])"
)
_PLACE_BEFORE_NAMES = re.compile(
    # (flattened, the commune follows the last surname of the one before: « …, Pierre FAURE
    # Graix : Louis-Marie TEYSSIER », see _place_gone)
    rf"(?:^|\s?[—–]\s|(?<=[,;])\s|(?<=[{UPPER}]{{2}}\s))({_PLACE})\s?:\s"
    rf"(?:{_CIVILITY_NEXT}|{_NAME_NEXT})"
)
_PLACE_ALONE = re.compile(rf"^[{UPPER}][{UPPER}'’]*+(?:[- ’'][{UPPER}][{UPPER}'’]*+){{0,5}}$")
_OPENS_WITH_CIVILITY = re.compile(_CIVILITY_NEXT)
# A delegate's commune as a whole (« Saint-Paul-en-Jarez », « La Terrasse-sur-Dorlay »): read
# by _delegates_run.
_PLACE_WHOLE = re.compile(rf"(?:{_PLACE})")


# « M. Paul RIOU, mandant, à Mme Ida VIAL, mandataire », « Mme X (mandante) à M. Y
# (mandataire) »: each side labelled with its part in the proxy, the labels cutting the names
# from the « à » between them. (Names hold no comma nor bracket; each side is bounded.)
_LABELLED_PROXY = re.compile(
    r"(?P<giver>[^,;:()\s][^,;:()]{2,60}?)\s*(?:,\s*|\(\s*)mandante?s?\s*(?:\)\s*|,\s*)?"
    r"(?:à|À|->|→|=>)\s+(?P<holder>[^,;:()\s][^,;:()]{2,60}?)\s*(?:,\s*|\(\s*)mandataires?\b\s*\)?",
    re.IGNORECASE,
)


def _without_proxy_labels(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The list's lines with each proxy labelled « mandant … mandataire » said as « X donne
    pouvoir à Y », which every list reads (across a line's break too: a wrapped list)."""
    if not any("andant" in line.lower() for line in lines):
        return lines
    joined = "\n".join(lines)
    said = _LABELLED_PROXY.sub(r"\g<giver> donne pouvoir à \g<holder>", joined)
    return lines if said == joined else tuple(said.split("\n"))


def _without_places(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The list's lines without the communes (or groups) it is set out by."""
    if any(":" in line for line in lines):
        lines = tuple(_PLACE_BEFORE_NAMES.sub(_place_gone, line) for line in lines)
    # the commune alone on its line, above its names: only when the list opens with one
    # (else a surname wrapped alone on a line, « Mme Ramona GONZALEZ » / « GRAIL », is one)
    if len(lines) >= 2 and _PLACE_ALONE.match(lines[0]) and _OPENS_WITH_CIVILITY.match(lines[1]):
        kept = [
            line
            for at, line in enumerate(lines)
            if not (
                _PLACE_ALONE.match(line)
                and at + 1 < len(lines)
                and _OPENS_WITH_CIVILITY.match(lines[at + 1])
            )
        ]
        for at in range(len(kept) - 1):
            if not kept[at].rstrip().endswith((",", ";")):
                kept[at] = kept[at].rstrip() + ","  # a commune's last name ends there
        lines = tuple(kept)
    return lines


def _place_gone(match: re.Match[str]) -> str:
    words = match.group(1).split()
    capitals = [i for i, word in enumerate(words) if len(word) > 1 and word.isupper()]
    if capitals and 0 < capitals[-1] < len(words) - 1 and not words[0].isupper():
        # « Pierre FAURE Graix : » (flattened): the name before, its commune after its surname
        before = match.group()[: match.start(1) - match.start()]
        return f"{before}{' '.join(words[: capitals[-1] + 1])}, "
    return ", " if match.start() > 0 else ""


# The commune after a name and a dash (« Mme Corinne BERTHOLET – Marols », « M. Alain NOVEL –
# La Tourette »): the commune is nobody, the name ends before the dash.
_PLACE_AFTER_DASH = re.compile(rf"\s[–—-]\s(?:{_PLACE})$")


# What a list prints after a name and a comma that is no one: a commune (« M. Pierre MARTIN,
# Boisset-lès-Montrond », « Mme Anne PETIT, Saint-Cyprien », « M. Luc ROUX, Le Chambon ») —
# words capitalised, none in capitals, one word or a place's shape (a « Saint » or an article
# first, a particle inside) — unlike a member's name (« Jean Vial », « Jean-Marc Vial »).
# A member's function after a dash: « MÉNARD Claire – Présidente du CASDIS », « ROUX Louis -
# Vice-président », « M. Paul ABEL — Maire de Lavaur ».
_FUNCTION_AFTER_DASH = re.compile(
    r"\s[–—-]\s(?i:(?:1er|1re|\d{1,2}(?:e|è|ème)|premi[èe]re?|deuxi[èe]me)\s)?"
    r"(?i:vice[- ]pr[ée]sidente?|pr[ée]sidente?|maire|adjointe?|conseill[eè]re?|d[ée]l[ée]gu[ée]e?"
    r"|secr[ée]taire|membre|repr[ée]sentante?|directeur|directrice|questeur|rapporteure?)\b"
    r"[^,;()]{0,80}$"
)
_PLACE_NOTE = re.compile(
    rf"^(?:[{UPPER}][{LOWER}'’]+"
    rf"|(?:(?:Saint|Sainte|St|Ste|Le|La|Les|L['’])[- ’']?)[{UPPER}][\w'’]*+(?:[- ][\w'’]++){{0,5}}"
    rf"|[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)*-(?:l[eè]s|lez|le|la|les|sur|sous|en|de|du"
    r"|des|d['’]|aux?|et)[- ’'][\w'’-]+(?: [\w'’-]+){0,3})$"
)
# The act's number run on after a list's last name when the text is flattened.
_NUMBER_AFTER = re.compile(r"(?<=[^\W\d_]{2})\. N ?° ?\d")
# The holder after a comma cut the proxy: « M. Henri BARD, Veauche, à Mme Paule NOYER ».
_TO_HOLDER = re.compile(r"^(?:à|À|a)\s+(?P<other>(?:M\.|Mme|Mlle|Monsieur|Madame)\s.+)$")


def _marked_as_name(entry: str) -> bool:
    """Whether a list's entry opens on a civility or holds a word in capitals (a surname)."""
    return _CIVILITY_START.match(entry) is not None or any(
        _CAPS_WORD.match(word) for word in entry.split()
    )


# Each entry's answer, asked once per entry (the same members come back in every list).
_MARKED_AS_NAME = PerLine(_marked_as_name)


# One-word notes after a name that are no commune: « (suppléant) », « (procuration) »
_NOT_PLACES = frozenset(
    [
        "suppleant",
        "suppleante",
        "titulaire",
        "procuration",
        "pouvoir",
        "arrivee",
        "arrive",
        "partie",
        "parti",
        "sortie",
        "sorti",
        "presente",
        "present",
        "absente",
        "absent",
        "excusee",
        "excuse",
        "rapporteur",
        "rapporteure",
        "doyen",
        "doyenne",
    ]
)


def _commune_note(note: str) -> bool:
    """Whether a bracket after a name is a commune (« (Graix) »), no function nor status."""
    return (
        _PLACE_NOTE.match(note) is not None
        and not _FUNCTION_ONLY.match(note)
        and not _STATUS_ONLY.match(note)
        and fold(note) not in _NOT_PLACES
    )


def _places_heading(lines: tuple[str, ...]) -> list[tuple[str, str]]:
    """The communes a list is set out by (« Graix : Louis-Marie TEYSSIER, Pélussin : … »), each
    with the text of its names, folded."""
    spans: list[tuple[str, str]] = []
    for line in lines:
        found = list(_PLACE_BEFORE_NAMES.finditer(line))
        for at, match in enumerate(found):
            words = match.group(1).split()
            capitals = [i for i, word in enumerate(words) if len(word) > 1 and word.isupper()]
            if capitals and 0 < capitals[-1] < len(words) - 1 and not words[0].isupper():
                words = words[capitals[-1] + 1 :]  # « Pierre FAURE Graix : » flattened
            end = found[at + 1].start(1) if at + 1 < len(found) else len(line)
            spans.append((" ".join(words), fold(line[match.end(1) : end])))
    return spans


def _places_cut(
    lines: tuple[str, ...], places: tuple[tuple[str, str], ...]
) -> list[tuple[str, str]]:
    """The communes the roll call cut off the list's lines (« Graix : » on its line), each with
    the text of its names, folded (from the start of its names to the next commune's)."""
    joined = " ".join(lines)
    starts = [(joined.find(start), place) for place, start in places]
    starts = sorted((at, place) for at, place in starts if at >= 0)
    return [
        (place, fold(joined[at : starts[n + 1][0] if n + 1 < len(starts) else len(joined)]))
        for n, (at, place) in enumerate(starts)
    ]


def _with_headings(
    communes: list[tuple[Person, str]],
    headed: list[tuple[str, str]],
    people: list[Person],
    replaced: list[Person],
) -> list[tuple[Person, str]]:
    """Each member's commune: the one printed with the name, else the heading above it."""
    if not headed:
        return communes
    given = {person for person, _ in communes}
    for person in (*people, *replaced):
        if person in given:
            continue
        surname = fold(person.last_name)
        place = next((place for place, names in headed if surname in names), None)
        if place is not None:
            communes.append((person, place))
            given.add(person)
    return communes


def _place_note(entry: str) -> bool:
    """Whether a list's entry after a name is a commune (_PLACE_NOTE), no member."""
    return not _MARKED_AS_NAME[entry] and _PLACE_NOTE.match(entry) is not None


def _entry_texts(raw: str, in_proxies: bool) -> tuple[str, str] | None:
    """A list's entry as read (its line's number, a flattened act's number, a place or a
    function after a dash, a sub-heading and its prefix cut off), and it without its brackets;
    None when it names nobody (« néant »)."""
    item = _normalise(raw).strip(" ,;.")
    if item[:1].isdigit() and _LIST_NUMBER.fullmatch(item):
        return None  # « 1. M. Jean DUPUY »: the line's number, cut off before the civility
    if "N°" in item and (number := _NUMBER_AFTER.search(item)):
        item = item[: number.start()].strip(" ,;.")  # « M. Luc FAYE. N° 2024-078 », flattened
    if (" – " in item or " — " in item or " - " in item) and not (
        in_proxies and _PROXY_DASHED.match(item)  # « Mme X – Mme Y »: a proxy, no place
    ):
        item = _PLACE_AFTER_DASH.sub("", item)
        item = _FUNCTION_AFTER_DASH.sub("", item)  # « 2. MÉNARD Claire – Présidente du … »
    if ":" in item and (sub := _SUB_HEADING.match(item)):
        # « …, Paul ROCHE ; commune déléguée de Rochefort : Nina VIDAL, … »: a sub-heading
        # run into the list opens the entry
        item = item[sub.end() :].strip()
    if item[:1] in _ENTRY_FIRST or item.startswith(_PLURAL_CIVILITIES):
        item = _ENTRY_PREFIX.sub("", item)
    item = item.strip()
    if item[:1] in "ed" and (joined_by := _JOINED_ENTRY.match(item)):
        item = item[joined_by.end() :]  # « à l'exception de M. X, …, et de Mme Y »
    if not item or _NOBODY.match(item):
        return None
    return item, _PAREN.sub(" ", item).strip() if "(" in item else item


# Each entry's texts, asked once per entry (the same members come back in every list of a
# council, whatever the lines their names fall on), in the lists of proxies and in the others.
_ENTRY_TEXTS = PerLine(functools.partial(_entry_texts, in_proxies=False))
_PROXY_ENTRY_TEXTS = PerLine(functools.partial(_entry_texts, in_proxies=True))


@lru_cache(maxsize=2048)
def _read_section(
    kind: str,
    lines: tuple[str, ...],
    substitutes: bool = False,
    places: tuple[tuple[str, str], ...] = (),
) -> _Reading:
    """One list's people and proxies (`substitutes`: a list of suppléants, each sitting for the
    titular « pour » names). Cached: every extract of a sitting repeats its lists."""
    people: list[Person] = []
    proxies: list[ProxyLine] = []
    represented: list[Person] = []
    replaced: list[Person] = []
    seated: list[Substitution] = []
    excused: list[Person] = []
    findings: list[Finding] = []
    communes: list[tuple[Person, str]] = []
    in_proxies = kind in ("proxies", "givers")
    # (the communes a list is set out by, « Graix : Louis-Marie TEYSSIER », before they go)
    headed = _places_heading(lines) if not in_proxies and any(":" in x for x in lines) else []
    if places and not in_proxies:
        headed += _places_cut(lines, places)
    lines = _without_proxy_labels(_without_places(lines))
    if any(_NAMES_SUBSTITUTE.search(line) for line in lines[:-1]):
        lines = _substitute_joined(lines)

    def unreadable(item: str) -> None:
        findings.append(Finding("unreadable_proxy_line", {"line": item}))

    if in_proxies and lines and (table := _PROXY_TABLE_HEAD.match(lines[0])):
        # « Mandant      Mandataire » then a giver and a holder a row, in two columns
        # (the columns parted by a gap or a bar: « M. Joël LECLERC      | Mme Nathalie PÉRON »)
        rows = [_TABLE_CELLS.split(line.strip().strip("|")) for line in lines[1:]]
        if table.group("rest"):
            # flattened: the rows' names one after another, a giver then a holder
            names = [m.group().strip() for m in _TABLE_NAME.finditer(table.group("rest"))]
            rows = [names[i : i + 2] for i in range(0, len(names), 2)]
        # a row of one cell is no proxy (a page's footer printed between two rows)
        lines = tuple(f"{row[0]} à {row[1]}" for row in rows if len(row) == 2)
    lines = _couples_and_shared_holders(lines)
    # Most lists name no proxy at all: one look at the whole list spares one per entry.
    joined = " ".join(lines)
    hinted = _mentions_proxy(joined)
    sharing: list[Person] = []  # givers named before « et » and the proxy they share
    # what stands just before each « et » (after the comma before it): one set, looked up once
    # per entry (a search of the list per entry would be quadratic)
    before_and = (
        {_LAST_ENTRY.split(piece)[-1].strip(" .") for piece in joined.split(" et ")[:-1]}
        if in_proxies and " et " in joined
        else set()
    )
    after_proxy = False  # the entry before was a proxy
    last: Person | None = None  # the entry before, when it was a name alone
    named = False  # the entry before was a name with its civility or its surname in capitals
    entries = _split_items(list(lines), in_proxies)
    if in_proxies and any(
        entry.count("→") >= 2
        or entry.count(" à ") >= 2
        or entry.count("=>") >= 2
        or entry.count(" a ") >= 2
        for entry in entries
    ):
        # flattened « A → B C → D », « TESSON Marc à ROCHE Paul MOREL Lise à VIAL Anne »: the
        # names one after another, a giver then a holder
        entries = [part for entry in entries for part in _arrows(entry)]
    # names or proxies run together (« M. A à Mme B Mme C à M. D »: one proxy a line, flattened)
    entries = [part for entry in entries for part in _by_civility(entry)]
    if "(" in joined:
        entries = _function_notes_joined(entries)
    if not in_proxies:
        entries = [part for entry in entries for part in _by_name_pairs(entry)]
    plural = any(civility in joined for civility in _PLURAL_CIVILITIES)
    if not in_proxies and plural:
        entries = _plural_civility_pairs(entries)
    entry_texts = _PROXY_ENTRY_TEXTS if in_proxies else _ENTRY_TEXTS
    for raw in entries:
        if (texts := entry_texts[raw]) is None:
            continue
        item, base = texts
        if last is not None and fold(base) in ("suppleant", "suppleante"):
            continue  # « M. Guy CADET, suppléant, remplaçant M. X »: said by the next entry
        if (
            last is not None
            and people
            and last is people[-1]
            and (cue := _BY_SUBSTITUTE.match(base)) is not None
        ):
            # « Mme X, représentée par sa suppléante Mme Y »: the comma cut the titular off
            seat_of = people.pop() if kind == "present" else people[-1]
            replaced.append(seat_of)
            rest = base[cue.end() :].strip(" ,:")
            if rest and (substitute := _person_or_none(rest, findings)) is not None:
                seated.append(Substitution(seat_of, substitute))
            last = None
            continue
        sits_for: Person | None = None  # the titular this entry's suppléant sits for
        # « Mme Corinne BERTHOLET – Marols »: the commune after the dash
        dashed = (
            _PLACE_AFTER_DASH.search(raw.strip(" ,;."))
            if not in_proxies and ("–" in raw or " - " in raw or "—" in raw)
            else None
        )
        if (
            substitutes and "pour" in base.lower() and (seats := _SUBSTITUTE_FOR.search(base))
        ) or (any(word in base for word in _SEAT_WORDS) and (seats := _SEATS_FOR.search(base))):
            # « M. X, suppléant de M. Y »: Y's seat is filled; X sits (the entry before, when a
            # comma cut them)
            if (titular := _person_or_none(seats.group("titular"), findings)) is not None:
                replaced.append(titular)
                sits_for = titular
                # « … en remplacement de M. Gérard PAILLARD (Roisey) »: the titular's commune
                if "(" in item and (at := item.rfind(titular.last_name)) >= 0:
                    communes.extend(
                        (titular, note)
                        for note in _PAREN.findall(item[at:])
                        if _commune_note(note)
                    )
            base = base[: seats.start()].strip(" ,")
            if not base:
                if sits_for is not None and people and last is people[-1]:
                    # the suppléant was the name before the comma: no member of the body
                    seated.append(Substitution(sits_for, people.pop()))
                    last = None
                continue
            item = base
        if named and _place_note(base):
            if people and last is people[-1]:
                communes.append((people[-1], base))
            continue  # « M. Pierre MARTIN, Boisset-lès-Montrond »: the commune is nobody
        if (
            (last is not None or after_proxy)
            and hinted
            and (_FUNCTION_ONLY.match(base) or _STATUS_ONLY.match(base))
            and _PROXY_SENTENCE.match(base) is None
        ):
            # « M. Jacques RIOU, Président, qui donne pouvoir à Mme X »: the giver's function
            # between the name and the proxy it gives; « … à Mme Anne BERTHET, 1ère adjointe »:
            # the holder's after it
            continue
        named = False
        if (
            last is not None
            and (hinted or in_proxies)
            and (
                gives := _PAREN_GIVES.match(base)
                or (_TO_HOLDER.match(base) if in_proxies else None)
            )
            and (other := _person_or_none(gives.group("other"), findings)) is not None
        ):
            # « Mme Sylvie TEXIER, ayant donné procuration à M. Michel NADAUD »: the comma cut
            # the giver from her proxy
            proxies.append(ProxyLine(giver=last, holder=other))
            if last in represented:
                represented.remove(last)
            if kind == "present" and last in people:
                people.remove(last)
            last = None
            after_proxy = True  # (the holder's role may follow: « …, Maire »)
            continue
        if (
            last is not None
            and (hinted or in_proxies)
            and (holds := _HOLDS_LEAD.match(base))
            and (other := _person_or_none(holds.group("other"), findings)) is not None
        ):
            # « M. Jean ROCHE, ayant reçu procuration de Mme Ida VIAL »: the comma cut the
            # holder from the proxy they hold
            proxies.append(ProxyLine(giver=other, holder=last))
            if last in represented:
                represented.remove(last)
            if kind != "present" and last in people:
                # « M. X, porteur du pouvoir de Mme Y » run on under the absents: X holds, so
                # X sits; Y gave, so Y is away
                people.remove(last)
                people.append(other)
            elif people.count(last) > 1 and people[-1] == last:
                # flattened: « …, M. X. M. X, porteur du pouvoir de Mme Y » after the presents
                # run on into them, X named twice
                people.pop()
            last = None
            continue
        before, last = last, None
        sentence = None
        if in_proxies:
            given = _GIVEN_OF.sub("", base, count=1)  # « pouvoir de Mme X à M. Y »
            # « Pouvoirs : de M. X à M. Y ; de Mme Z à … »: the noun said once, in the cue
            given = _FROM_ALONE.sub("", given, count=1)
            if given != base:
                # « pouvoir de M. X détenu par Mme Y »: the holder after « par »
                given = _HELD_BY.sub(" par ", given, count=1)
            base = given
            sentence = (
                _PROXY_SENTENCE.match(base)
                or _holder_first(base)
                or _PROXY_SHORT.match(base)
                or _holder_for(base)
                or _proxy_in_capitals(base)
                or _PROXY_DASHED.match(base)
                or _proxy_unaccented(base)
            )
        elif hinted and _mentions_proxy(base):
            sentence = _PROXY_SENTENCE.match(base) or _holder_first(base)
            if sentence is not None and sentence.re is _HOLDER_SENTENCE and kind == "present":
                # « M. X porteur du pouvoir de Mme Y » among the presents: X sits
                holder = _person_or_none(sentence.group("holder"), findings)
                if holder is not None and holder not in people:
                    people.append(holder)
        elif "→" in base or "=>" in base or "->" in base:
            # « Excusés : M. X => M. Y, … »: an arrow gives the proxy in any list
            sentence = _ARROW_PROXY.match(base)
        elif " par " in base or (after_proxy and " à " in base):
            # « Mme Léa HUGO par M. Luc CHAZE » among the excused; « … a donné pouvoir à M. X
            # et Mme Y à M. Z »: the second proxy of the sentence, in its short form
            sentence = _BY_HOLDER.match(base) or (
                _PROXY_SHORT.match(base) if after_proxy else None
            )
        after_proxy = False
        if sentence is not None and _BY_SUBSTITUTE.match(sentence.group("holder")):
            # « M. X représenté par son suppléant »: absent, seat filled, no proxy
            if (giver := _person_or_none(sentence.group("giver"), findings)) is not None:
                replaced.append(giver)
                if kind != "present":
                    people.append(giver)
                # « … représenté par son suppléant M. Jacques BONNEFOY »: who sat, when named
                said = sentence.group("holder")
                cue = _BY_SUBSTITUTE.match(said)
                rest = said[cue.end() :].strip(" ,:") if cue is not None else ""
                if rest and (substitute := _person_or_none(rest, findings)) is not None:
                    seated.append(Substitution(giver, substitute))
            continue
        if sentence is not None:
            giver = (
                before  # « M. X, Président, qui donne pouvoir à Y »: the function gives
                if before is not None
                and (
                    _FUNCTION_ONLY.match(sentence.group("giver"))
                    # « M. X, absent excusé, qui a donné pouvoir à Y »: the status gives
                    or _STATUS_ONLY.match(sentence.group("giver"))
                )
                else _person_or_none(sentence.group("giver"), findings)
            )
            holder = _person_or_none(sentence.group("holder"), findings)
            if giver is None or holder is None:
                unreadable(item)
                continue
            # « Mme A et M. B à M. C »: the givers named before « et » share the holder
            for other in (*sharing, giver):
                proxies.append(ProxyLine(giver=other, holder=holder))
                if other in represented:
                    represented.remove(other)
                if not in_proxies and kind != "present" and other not in people:
                    people.append(other)  # « X donne pouvoir à Y » among the absents
            sharing.clear()
            after_proxy = True
            continue
        sharing.clear()
        if in_proxies:  # one finding for the line, not another for the name in it
            read = _read_name(base)
            person = read if isinstance(read, Person) else None
        else:
            person = _person_or_none(base, findings)
        if person is None:
            if in_proxies:
                unreadable(item)
            continue
        held = gave = False
        if dashed is not None:
            communes.append((person, dashed.group().strip(" –—-")))
        for note in _PAREN.findall(item) if "(" in item else ():
            if not in_proxies and _commune_note(note):
                communes.append((person, note))  # « Pierre FAURE (Graix) »
                continue
            if kind == "absent" and _EXCUSED_NOTE.match(note):
                excused.append(person)  # « Absents : M. X (excusé) »
                continue
            note = _NOTE_STATUS.sub("", _normalise(note))  # « (excusée, pouvoir à M. X) »
            other = None
            if _BY_SUBSTITUTE.match(note):
                replaced.append(person)  # « (représenté par son suppléant) »
                held = True
                continue
            if (substitutes and (seats := _SUBSTITUTE_FOR.match(note))) or (
                any(word in note for word in _SEAT_WORDS) and (seats := _SEATS_FOR.search(note))
            ):
                if (titular := _person_or_none(seats.group("titular"), findings)) is not None:
                    replaced.append(titular)  # « M. X (suppléant de M. Y) »
                    sits_for = titular
                continue
            if gives := _PAREN_GIVES.match(note):
                other = _person_or_none(gives.group("other"), findings)
                if other is not None:
                    proxies.append(ProxyLine(giver=person, holder=other))
                    gave = True
            elif holds := _PAREN_HOLDS.match(note):
                other = _person_or_none(holds.group("other"), findings)
                if other is not None:
                    proxies.append(ProxyLine(giver=other, holder=person))
            if other is not None:
                held = True
            elif hinted and _mentions_proxy(note) and not _FUNCTION_ONLY.match(note):
                unreadable(item)  # (« (conseiller délégué) » is a role, no proxy)
            # Other notes (« arrivé à 18 h 30 ») say nothing the record keeps.
        # (a surname alone is no such name: « MM. Monneret, Tissot et Le Bihan » are three)
        named = person.first_name is not None and _MARKED_AS_NAME[base]
        if in_proxies:
            if not held:
                # « Absents ayant voté par procuration : X, Y »: a giver, holder not printed.
                represented.append(person)
                last = person
                if raw.strip(" ,;.") in before_and:
                    sharing.append(person)  # unless the next entry names a holder for both
            continue
        if gave and kind == "present":
            continue  # « X (pouvoir à Y) » run into the presents: X gave a proxy, X is away
        if sits_for is not None:
            seated.append(Substitution(sits_for, person))  # a suppléant: no member of the body
            last = None
            continue
        people.append(person)
        last = None if held else person
    return _Reading(
        people=tuple(people),
        proxies=tuple(proxies),
        represented=tuple(represented),
        replaced=tuple(replaced),
        seated=tuple(seated),
        # (a suppléant's commune is their titular's: the suppléant is no member)
        communes=tuple(
            _with_headings(
                [(sat.get(person, person), place) for person, place in communes],
                headed,
                people,
                replaced,
            )
            if (sat := {seat.substitute: seat.titular for seat in seated})
            else _with_headings(communes, headed, people, replaced)
        ),
        excused=tuple(excused),
        findings=tuple((f.code, tuple(f.params.items())) for f in findings),
    )


def _all_capitals(person: Person) -> bool:
    """« M. BEN SAÏD » read as first name « BEN », surname « SAÏD »: a civility, then only
    words in capitals (parse_person takes the first for a first name, as in « M. JEAN-PAUL
    BERTHIER »)."""
    first = person.first_name
    return (
        person.civility is not None
        and first is not None
        and " " not in first
        and "." not in first  # « M. J.L. BASSON »: initials
        and first.isupper()
        and sum(map(str.isalpha, first)) > 1
        and person.last_name.isupper()
    )


def whole_surnames(people: list[Person]) -> dict[Person, Person]:
    """« M. BEN SAÏD », « Mme COSTA E SILVA », « M. EL HADJ » among names whose first names
    are printed in title case, or not at all: the capitals are the whole surname, as they are
    everywhere else in the list. Only a list that prints every first name in capitals too
    (« M. JEAN DUPONT, MME ANNE ROUX ») keeps the first word as a first name."""
    suspects = {p for p in people if _all_capitals(p)}
    if not suspects:
        return {}
    others = [p for p in people if p not in suspects]
    # « M. PAUL ROCHE » in a list of proxies printed in capitals, « Paul ROCHE » among the
    # presents: the capitals print first names too, so every name of them keeps its first word
    printed = {(fold(p.first_name), fold(p.last_name)) for p in others if p.first_name}
    if any((fold(p.first_name or ""), fold(p.last_name)) in printed for p in suspects):
        return {}
    if any(p.first_name and p.first_name.isupper() for p in others):
        return {}
    if not others and len(suspects) > 1:
        return {}  # every name alike: nothing says which reading the list uses
    return {
        p: dataclasses.replace(p, last_name=f"{p.first_name} {p.last_name}", first_name=None)
        for p in suspects
    }


# « Suppléant(s) : Hélène ROUQUETTE (Le Mas-d'Azur) » among the presents: each sits in the seat
# of a titular of their commune, whom the document may list absent without naming the link.
_SUBSTITUTES_HEAD = re.compile(
    rf"^(?:d[ée]l[ée]gu[ée]s?\s)?suppl[ée]ant{_PLURAL}(?:\s+pr[ée]sent{_PLURAL})?\s?:\s?(?P<rest>.*)$",
    re.IGNORECASE,
)


def count_substitutes(lines: list[str], end: int, extract: Extract) -> None:
    """How many suppléants sit for a titular the document does not name (those it names apart
    from the presents, `substitutes_alone`)."""
    unnamed = 0
    alone: list[Person] = []
    for index, line in enumerate(lines[:end]):
        stripped = line.lstrip()
        if stripped[:3].lower() not in ("sup", "dél", "del"):
            continue
        if head := _SUBSTITUTES_HEAD.match(stripped):
            rest = [head.group("rest")]
            following = index + 1
            if not rest[0].strip() and following < end:
                rest = [lines[following].strip()]  # « Suppléant(s) : » / « Mme Z (Chanteix) »
                following += 1
            # the list goes on while an entry is cut: « Mme X (pour » / « Mme Y), M. Z »
            while following < end and (
                rest[-1].rstrip().endswith(",") or rest[-1].count("(") > rest[-1].count(")")
            ):
                rest.append(lines[following].strip())
                following += 1
            reading = _read_section("present", (" ".join(rest),), substitutes=True)
            unnamed += max(0, len(reading.people) + len(reading.seated) - len(reading.replaced))
            seats = {fold(p.last_name) for p in reading.replaced}
            seats |= {fold(s.substitute.last_name) for s in reading.seated}
            alone += [p for p in reading.people if fold(p.last_name) not in seats]
    unique = {(fold(p.last_name), fold(p.first_name or "")): p for p in extract.replaced}
    extract.replaced = list(unique.values())
    extract.substitutes = unnamed
    if alone:
        # « Suppléants : Mme Z », no titular named: Z sat, but for whom the document does not
        # say; no member of the body, so no present (a finding for the secretariat)
        # (the person read, never a present titular who shares the surname)
        def listed_alone(person: Person) -> bool:
            return any(
                fold(person.last_name) == fold(p.last_name)
                and first_names_compatible(person.first_name, p.first_name)
                for p in alone
            )

        extract.substitutes_alone = [p for p in extract.present if listed_alone(p)]
        extract.present = [p for p in extract.present if not listed_alone(p)]
        if extract.substitutes_alone:
            extract.findings.append(
                Finding(
                    "substitute_titular_unknown",
                    {"names": [p.display() for p in extract.substitutes_alone]},
                )
            )
    if extract.substitutions:
        # a suppléant is no member of the body: never among its presents, even where another
        # list of the document names them without the titular
        seen: set[tuple[str, str]] = set()
        kept: list[Substitution] = []
        for seat in extract.substitutions:
            key = (fold(seat.titular.last_name), fold(seat.substitute.last_name))
            if key not in seen:
                seen.add(key)
                kept.append(seat)
        extract.substitutions = kept
        sitting = {fold(s.substitute.last_name) for s in kept}
        extract.present = [p for p in extract.present if fold(p.last_name) not in sitting]
        titulars = {fold(s.titular.last_name) for s in kept}
        extract.communes = [
            c
            for c in extract.communes
            if fold(c.member.last_name) not in sitting or fold(c.member.last_name) in titulars
        ]

    extract.findings += refused_substitutes(
        extract, extract.council.kind if extract.council else None
    )


def refused_substitutes(extract: Extract, council_kind: str | None) -> list[Finding]:
    """A finding for each suppléant the law does not let sit (rules.substitute_refusal, as for a
    roll call the secretariat types): in a Bureau, or, but in a syndicat, for a titular whose
    commune has more delegates among the names the document prints with a commune.
    `council_kind`: the document's when read, the store's Council.kind when imported."""
    found: list[Finding] = []
    body = extract.body or ""
    communes: dict[str, str] = {}
    for seat in extract.communes:
        communes.setdefault(fold(seat.member.last_name), fold(seat.commune))
    delegates: dict[str, int] = {}
    for place in communes.values():
        delegates[place] = delegates.get(place, 0) + 1
    seats = [(s.titular, s.substitute) for s in extract.substitutions]
    for titular, substitute in [*seats, *((None, p) for p in extract.substitutes_alone)]:
        commune = communes.get(fold(titular.last_name)) if titular is not None else None
        of_commune = delegates.get(commune) if commune is not None else None
        why = rules.substitute_refusal(body, of_commune, council_kind)
        if why is not None:
            params: dict[str, object] = {
                "substitute": substitute.display(),
                "titular": titular.display() if titular is not None else None,
                "body": body,
                "why": why.value,
            }
            if why is rules.SubstituteRefusal.SEVERAL_DELEGATES:
                params |= {"commune": commune, "delegates": of_commune}
            found.append(Finding("substitute_refused", params))
    return found


# The chair named in the list of presents only: « M. Roland MERCIER (Maire) », « Mme Anne BOIS,
# Maire », « M. X, Président » (never « Maire de Truc »: a mayor among a communauté's delegates).
# Without civility, the name opens an entry: « Hélène MARCHAIS (Présidente) », « Louise Berthier,
# maire ».
_CHAIR_IN_LIST = re.compile(
    r"(?P<name>(?:M\.|Mme|MME|Monsieur|MONSIEUR|Madame|MADAME)\s(?:(?!\s[-–—]\s)[^,;()]){2,50}?"
    rf"|(?<![^\s:,;])[{UPPER}][\w'’-]*(?:\s[{UPPER}][\w'’-]*){{1,4}})\s?(?:,\s?|\()"
    # (« Mme X, Vice-présidente, présidant la séance », « …, Vice-présidente, présidente de
    # séance »: the vice-president in the chair)
    r"(?:(?i:(?:\d(?:er|re|e)\s|premi[eè]re?\s)?vice-pr[ée]sidente?),\s?"
    r"(?=(?i:pr[ée]sidant|pr[ée]sidente?\sde\s(?:la\s)?s[ée]ance))|)"
    r"(?:l[ea]\s)?(?i:maire|pr[ée]sidente?(?:\sde\s(?:la\s)?s[ée]ance)?"
    # (a company's board: « M. Jacques BERGER, Président-directeur général »)
    r"|pr[ée]sident-directeur\sg[ée]n[ée]ral|pr[ée]sidente-directrice\sg[ée]n[ée]rale"
    # (the list's entries parted by dashes: « RAMBAUD Jean, Maire – MOULIN Denise – … »)
    r"|pr[ée]sidant\s(?:la\s)?s[ée]ance)(?=\s?[),;.\n]|\s[-–—]\s|\s?$)"
)


# An entry opening on a role (« M. le Président Jean-Luc MARTIN », « Mme la Maire, Sophie
# DURAND, M. … », « Monsieur le Président, M. Paul ROUX ; … »), up to the list's next « ; ».
_ROLE_ENTRY = re.compile(
    r"(?:^|(?<=[:;,\n]))[ \t]*(?P<entry>(?:M\.|Mme|MME|Monsieur|MONSIEUR|Madame|MADAME)\s"
    r"(?:l[ea]|L[EA])\s[^;\n]{3,200})"
)


def _chair_before_name(line: str) -> tuple[str, str] | None:
    """The chair's name printed after the chair's role in a list (see _ROLE_ENTRY), and the
    entry: the role and a name without a comma between, or the role, a comma and the name
    when nothing says the name is the list's next member (« M. le Maire, Mme Anne BOIS,
    adjointe, … » names two people; « Mme la Maire, Sophie DURAND, M. … » one)."""
    for found in _ROLE_ENTRY.finditer(line):
        parts = found.group("entry").split(",")
        for count in (1, 2):
            named = name_after_role(",".join(parts[:count]))
            if named is None:
                continue
            name, chair = named
            if count == 2 and len(parts) > 2:
                said = _CIVILITY_START.match(name) is not None
                if said or not _CIVILITY_START.match(parts[2].strip()):
                    break  # the list's next member, or a list printed without civilities
            if chair:
                return name, ",".join(parts[:count])
            break
    return None


def chair_in_list(sections: list[_Section], extract: Extract, text: Text) -> None:
    """The president, when only the list of presents names the chair."""
    if extract.president is not None:
        return
    for section in sections:
        if section.kind != "present":
            continue
        # joined, for a name wrapped over two lines (« Mme Claire DE LA⏎FONTAINE, Maire »)
        for line in ("\n".join(section.lines),):
            if not ("aire" in line or "sident" in line or "AIRE" in line or "SIDENT" in line):
                continue
            if found := _CHAIR_IN_LIST.search(line):
                name, said = found.group("name"), found.group()
            elif role_first := _chair_before_name(line):
                name, said = role_first
            else:
                continue
            person = _read_name(" ".join(name.split()))
            if isinstance(person, Person) and person.last_name:
                extract.president = person
                extract.evidence["president"] = {
                    "line": text.numbers[section.line],
                    "text": _normalise(said)[:160],
                }
                return


def chair_sat(extract: Extract, chaired: Person | None) -> None:
    """The president the heading names presiding (`chaired`: « Sous la présidence de Mme X »,
    « Président de séance : »), left out of the list of presents and named in no other list,
    sat: whoever presides is in the room. Not when a printed count of presents is the list's
    own (the count says the list is whole), and not who only convened, or signed at the end
    (that says nobody was in the room)."""
    president, said = extract.president, extract.evidence.get("president")
    if president is None or president is not chaired or not extract.present:
        return
    if not president.last_name or said is None or "convoqu" in said["text"].lower():
        return
    listed = [*extract.present, *extract.absent_excused, *extract.absent, *extract.represented]
    listed += [p.giver for p in extract.proxies]
    if any(_same_person(president, person) for person in listed):
        return
    # (a namesake listed, « Paul ABEL » presiding over a list naming « ABEL Rose », may be the
    # chair misprinted: not guessed; nor a seat more than the lists leave)
    surnames = {fold(person.last_name) for person in listed}
    if fold(president.last_name) in surnames:
        return
    if extract.counts.in_office is not None and len(surnames) >= extract.counts.in_office:
        return
    if extract.counts.present is not None and extract.counts.present != len(extract.present) + 1:
        return  # a printed count of presents, not one more than the list, says it is whole
    extract.present.append(president)


# A page's furniture a list of names may hold where a page broke it, the text flattened or the
# footer printed without its page's number: a stamp (« Publié le 07/05/2024 », « Accusé de
# réception en préfecture », « Date de télétransmission : 06/05/2024 », the act's ID
# « 042-200011223-20240506-D2024_12-DE »), a page's number (« Page 2 », « - 3 - »), a running
# footer (« Syndicat des eaux – Comité du 02/05/2024 », « PV CS 02.05.2024 – 2 »). No name holds
# one: each goes, the names about it stay.
_FURNITURE_DATE = (
    rf"(?:\d{{1,2}}(?:er)?\s(?i:{MONTH_PATTERN})\s\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?![\d/.-]\d)"
)
_STAMP_IN_LIST = re.compile(
    r"(?i:(?:accus[ée]\sde\sr[ée]ception|re[çc]ue?|envoy[ée]e?|transmise?)(?:\s(?:en|[àa]\sla|au))?"
    r"\spr[ée]fecture(?:\sle)?(?:\s?:?\s?"
    + _FURNITURE_DATE
    + r")?|(?:publi[ée]e?|affich[ée]e?|mise?\sen\sligne)(?:\sle)?\s?:?\s?"
    + _FURNITURE_DATE
    + r"|date\sd(?:e\s|['’])(?:t[ée]l[ée]transmission|r[ée]ception(?:\sen)?\spr[ée]fecture"
    r"|affichage|publication|mise\sen\sligne)\s?:?\s?"
    + _FURNITURE_DATE
    + r"|(?:id\s?:\s?)?\b\d{3}-\d{9}-\d{8}-[a-z0-9_.]+-[a-z]{2}\b"
    r"|\bpage\s\d{1,4}(?:\s?(?:/|sur)\s?\d{1,4})?\b)"
    r"|(?<![\w-])-\s\d{1,3}\s-(?![\w-])"
)
# A running footer or header: the council or the body, capitalised, then the sitting's date
# (with or without « du »), and maybe the page's number.
_FOOTER_IN_LIST = re.compile(
    rf"(?<![\w(’'-])(?=[{UPPER}])(?i:commune|ville|mairie|communaut[ée]|m[ée]tropole|r[ée]gion"
    r"|d[ée]partement|syndicat|sivu|sivom|ccas|cias|sdis|conseil|bureau|comit[ée]|commission"
    r"|proc[èe]s[- ]verbal|compte[- ]rendu|extrait|s[ée]ance|pv|cr|c[mcdps])\b"
    r"[^,;:()\n]{0,150}?\s" + _FURNITURE_DATE + r"(?:\s?[-–—]\s?(?:page\s?)?\d{1,3}"
    r"(?:\s?(?:/|sur)\s?\d{1,3})?(?![\w/]))?"
)
_FIGURE = re.compile(r"\d")  # (every piece of furniture but one stamp prints a figure)


def _marked(line: str) -> bool:
    """Whether a line holds what every piece of furniture prints: a figure, or a stamp."""
    return _FIGURE.search(line) is not None or "fecture" in line or "FECTURE" in line


# (asked of each line of every list, and again of the lines about each of its breaks)
_FURNITURE_MARKED = PerLine(_marked)
_FURNITURE_GAP = re.compile(r"[\s,;]*\x00[\s,;\x00]*")  # what a piece of furniture left


def _heading_capitals(lines: list[str]) -> str | None:
    """The document's first words when printed in capitals (« SYNDICAT DES EAUX DU FUREN »),
    which a page's running header repeats, inside a flattened list too."""
    first = lines[0] if lines else ""
    run = _HEADING_CAPITALS.match(first)
    return run.group().strip() if run and " " in run.group().strip() else None


_HEADING_CAPITALS = re.compile(rf"[{UPPER}][{UPPER}'’ -]{{11,80}}(?=\s[{UPPER}][{LOWER}]|\s?$)")


def _without_furniture(lines: tuple[str, ...], heading: str | None) -> tuple[str, ...]:
    """A list's lines without the page furniture standing between two of its names."""
    kept: list[str] = []
    changed = False
    for line in lines:
        cleaned = line
        if heading and heading in cleaned:
            cleaned = re.sub(rf"(?<![\w(-]){re.escape(heading)}(?![\w)-])", "\x00", cleaned)
        if _FURNITURE_MARKED[cleaned]:
            cleaned = _STAMP_IN_LIST.sub("\x00", cleaned)
            cleaned = _FOOTER_IN_LIST.sub(_footer_gone, cleaned)
        if cleaned != line:
            changed = True
            cleaned = _FURNITURE_GAP.sub(_gap_closed, cleaned).lstrip(" ,;").rstrip()
            if not cleaned.strip(" -–—"):
                continue
        kept.append(cleaned)
    return tuple(kept) if changed else lines


def _page_furniture(line: str, heading: str | None) -> bool:
    """Whether a whole line is page furniture (« Séance du 02/05/2024 - page 3 »)."""
    if not line:
        return False
    if not _FURNITURE_MARKED[line] and not (heading and heading in line):
        return False  # (most lines of names: nothing _without_furniture would take out)
    return _without_furniture((line,), heading) == ()


def _page_number_alone(line: str) -> bool:
    """« 3 » alone on its line: a page's number under its footer's words."""
    return len(line) <= 3 and line.isdigit()


def _footer_gone(match: re.Match[str]) -> str:
    # (a name before the date is no footer: « M. Paul VIGNE, conseiller du 2 mai 2024 »)
    return match.group() if _CIVILITY_BEFORE.search(match.group()) else "\x00"


def _gap_closed(match: re.Match[str]) -> str:
    # the separator of the names about it, once (none at the line's end: a trailing comma
    # stays, the list going on at the next line)
    gap = match.group()
    return ", " if "," in gap else "; " if ";" in gap else " "


def _columns_apart(sections: list[_Section], counts: Counts) -> None:
    """Two lists printed side by side, their heads on one row (« Présents :      Absents
    excusés : ») then a name of each column a row: flattened, the first head stands empty and
    the second holds every name, left, right, left, right… The presents' printed count parts
    them again (or the votants' less the proxies the entries print): the rows alternate while
    both columns have names, then the longer one's go on alone. Without a count they stay as
    read (no split is guessed)."""
    for left, right in itertools.pairwise(sections):
        if (
            any(line.strip() for line in left.lines)
            or right.line - left.line > 1
            or "present" not in (left.kind, right.kind)
            or left.kind == right.kind
        ):
            continue
        entries = [
            pair
            for entry in _split_items(right.lines, False)
            for part in _by_civility(entry)
            for pair in _by_name_pairs(part)
            if pair.strip(" ,;.")
        ]
        presents = counts.present
        if presents is None and counts.votes is not None:
            presents = counts.votes - sum(_mentions_proxy(entry) for entry in entries)
        if presents is None or not 0 < presents < len(entries):
            continue
        sizes = {left.kind: 0, right.kind: 0}
        sizes["present"] = presents
        sizes[left.kind if right.kind == "present" else right.kind] = len(entries) - presents
        columns: tuple[list[str], list[str]] = ([], [])
        rest = iter(entries)
        for row in range(max(sizes[left.kind], sizes[right.kind])):
            for column, section in enumerate((left, right)):
                if row < sizes[section.kind] and (entry := next(rest, None)) is not None:
                    columns[column].append(entry.strip(" ,;"))
        left.lines, right.lines = [", ".join(columns[0])], [", ".join(columns[1])]


def _read_sections(sections: list[_Section], extract: Extract, text: Text) -> None:
    _columns_apart(sections, extract.counts)
    lists: dict[str, list[Person]] = {
        "present": extract.present,
        "excused": extract.absent_excused,
        "absent": extract.absent,
        "proxies": [],
        "givers": [],
    }
    away_counts: list[tuple[int, int, str]] = []  # (count, line, text) closing absent lists
    heading = _heading_capitals(text.lines)
    for section in sections:
        # (a mixed heading's list is read as the absents', its notes saying who is excused)
        reading = _read_section(
            "absent" if section.mixed else section.kind,
            _without_furniture(tuple(section.lines), heading),
            substitutes=section.substitutes,
            places=tuple(section.places),
        )
        people = reading.people
        kind = section.kind
        if reading.excused:  # « Absents : M. X (excusé), … »: X among the excused
            extract.absent_excused.extend(reading.excused)
            people = tuple(p for p in people if p not in reading.excused)
            if section.mixed:
                kind = "absent"  # « Absents et excusés : A (excusé), C »: C is absent
        lists[kind].extend(people)
        extract.proxies.extend(reading.proxies)
        if section.absent_too and reading.proxies and reading.represented:
            # the names without a holder after the proxy lines: the absentees of the heading
            away = extract.absent_excused if section.excused else extract.absent
            away.extend(reading.represented)
        else:
            extract.represented.extend(reading.represented)
        if section.excused and not section.absent_too:
            # (« Absents représentés / excusés : »: the givers are the represented, the names
            # alone the excused)
            extract.absent_excused.extend(p.giver for p in reading.proxies)
            extract.absent_excused.extend(reading.represented)
        extract.replaced.extend(reading.replaced)
        extract.substitutions.extend(reading.seated)
        extract.communes.extend(MemberCommune(p, c) for p, c in reading.communes)
        extract.findings.extend(Finding(code, dict(params)) for code, params in reading.findings)
        if section.lines and (closing := _CLOSING_COUNT.search(section.lines[-1])):
            count = int(closing.group().strip("(). "))
            name = {"present": "present", "proxies": "proxies"}.get(section.kind, "absent")
            if name == "absent":
                # (« Excusés : A, B (2) » then « Absents : C »: the excused list's count, not
                # every absentee's; each absent list's count, summed, when each prints one)
                away_counts.append((count, section.line, closing.group()))
            elif getattr(extract.counts, name) is None:
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
    _sum_heads_counts(sections, extract, text)
    away_lists = sum(section.kind not in ("present", "proxies") for section in sections)
    if away_counts and len(away_counts) == away_lists and extract.counts.absent is None:
        extract.counts.absent = sum(count for count, _, _ in away_counts)
        extract.evidence["counts.absent"] = {
            "line": text.numbers[away_counts[0][1]],
            "text": away_counts[0][2],
        }
    # A member named twice among the presents is one member: a second list of presents
    # (« Membres du bureau présents : … ») names them again, and so does a holder's sentence
    # after the list (« M. Hugo MARCHETTI porteur du pouvoir de M. Lionel GARNIER »).
    # (each surname once, folded at C speed: no entry is then named twice, most lists)
    if len(set(map(fold, map(_LAST_NAME, extract.present)))) < len(extract.present):
        once = {_listed_key(p): p for p in extract.present}
        if len(once) < len(extract.present):
            extract.present[:] = list(once.values())


_LAST_NAME = operator.attrgetter("last_name")


def _listed_key(person: Person) -> tuple[str, str]:
    """Who a list's entry is: the surname and given name, or the civility when no given name
    is printed (« M. ESCOFFIER » and « Mme ESCOFFIER », a couple, are two members)."""
    return fold(person.last_name), fold(person.first_name or "") or (person.civility or "")


# A list's count printed in its cue: « Délégués titulaires présents (6) : ».
_HEAD_COUNT = re.compile(r"^[^:()\n]{2,80}\((\d{1,3})\)\s?:")


def _sum_heads_counts(sections: list[_Section], extract: Extract, text: Text) -> None:
    """« Délégués titulaires présents (6) : … » then « Délégués suppléants présents (1) : … »:
    the presents are 7, not the first sub-list's 6 the count reader took; the same for the
    absents' lists (« Absents excusés (3) : … », « Absents (1) : … »). Only when every list of
    the kind prints its count, and the count read is one of them (a count line of its own,
    « Présents : 7 », is the document's word)."""
    for name, kinds in (("present", ("present",)), ("absent", ("excused", "absent", "givers"))):
        lists = [section for section in sections if section.kind in kinds]
        if len(lists) < 2:
            continue
        heads = [_HEAD_COUNT.match(text.lines[section.line]) for section in lists]
        counts = [int(head.group(1)) for head in heads if head is not None]
        read = getattr(extract.counts, name)
        if len(counts) < len(lists) or read not in counts:
            continue
        setattr(extract.counts, name, sum(counts))
        extract.evidence[f"counts.{name}"] = {
            "line": text.numbers[lists[0].line],
            "text": " + ".join(f"({count})" for count in counts),
        }


# Proxies printed inside the count line: « Pouvoirs 1 (Denis JARRY → Cécile PONTET) »,
# « pouvoir : 1 (M. X à M. Y) », « 2 procurations (M. X à Mme Y, Mme Z à M. W) ».
_COUNTED_PROXIES = re.compile(
    rf"(?:pouvoirs?|procurations?)\s?[:=]?\s?(?P<n>\d{{1,3}}|{_NUMBER_WORD})\s?"
    r"\((?P<inner>[^()\n]{3,400})\)"
    rf"|(?<![\w,])(?P<before>\d{{1,3}}|{_NUMBER_WORD})\s(?:pouvoirs?|procurations?)\s?:?\s?"
    r"\((?P<listed>[^()\n]{3,400})\)",
    re.IGNORECASE,
)


def proxies_in_counts(lines: list[str], end: int, extract: Extract, text: Text) -> None:
    """The proxies a count line names in brackets, read as a list of proxies; the figure is
    the proxies' count when no other gives it."""
    for index, line in enumerate(lines[:end]):
        if "(" not in line:
            continue
        low = line.lower()
        if "pouvoir" not in low and "procuration" not in low:
            continue
        for match in _COUNTED_PROXIES.finditer(line):
            inner = match.group("inner") or match.group("listed")
            if not any(c in inner for c in "→à>") and " A " not in inner:
                continue  # « Pouvoirs : 2 (voir annexe) »
            reading = _read_section("proxies", (inner,))
            if not reading.proxies:
                continue
            extract.proxies.extend(reading.proxies)
            printed = match.group("n") or match.group("before")
            value = int(printed) if printed.isdigit() else number_in_words(printed)
            if extract.counts.proxies is None and value is not None:
                extract.counts.proxies = value
                extract.evidence["counts.proxies"] = {
                    "line": text.numbers[index],
                    "text": match.group()[:120],
                }


# Each word is taken whole (`*+`, possessive): with a plain `*` a long capitalised token
# (« AAAA… », a reference code, a hash) could be cut into four words in n³ ways at each of n
# places, and 2,500 letters took more than 20 s. A name starts where a word does: each start
# inside a long token cost the rest of the token.
_OFFICER_NAME = (
    rf"(?<![\w.-])(?P<name>(?:(?:M\.|Mme|Mlle|Monsieur|Madame) )?(?:[{UPPER}][\w'’.-]*+ ?){{1,4}})"
)

# « Mme Anne-Marie DEFRANCE a été désignée » after « secrétaire de séance … : », or « Madame
# DUVAL est nommée secrétaire de séance », « M. SEGUIN a été élu secrétaire de séance ».
_SECRETARY_AFTER = re.compile(
    rf"(?i:secr[ée]taire\s+de\s+s[ée]ance)[^:]{{0,160}}?:\s?{_OFFICER_NAME}\s"
    r"(?i:a\s+[ée]t[ée]\s+(?:d[ée]sign|nomm|[ée]lu))"
)

_SECRETARY_NAMED = re.compile(
    rf"{_OFFICER_NAME}\s(?:a\s+[ée]t[ée]|est)\s+(?:d[ée]sign[ée]e?|nomm[ée]e?|[ée]lue?)\s+"
    # (« … a été désignée pour remplir les fonctions de secrétaire »)
    r"(?:comme\s+|en\s+qualit[ée]\s+de\s+|pour\s+(?:remplir|assurer|exercer)\s+(?:les\s+|la\s+)?"
    r"fonctions?\s+de\s+)?secr[ée]taire"
)

# « Le conseil désigne Mme Léa MOREL secrétaire de séance »: the verb first, then the name.
_SECRETARY_CHOSEN = re.compile(
    rf"(?i:d[ée]signe(?:nt)?|nomme(?:nt)?|[ée]lit|[ée]lisent)\s{_OFFICER_NAME}\s"
    r"(?i:(?:comme|en\s+qualit[ée]\s+de|pour\s+(?:remplir|assurer|exercer)\s+(?:les\s+|la\s+)?"
    r"fonctions?\s+de)\s+)?(?i:secr[ée]taire)"
)
# « Mme MOREL Léa assure le secrétariat de séance », « M. X remplit les fonctions de secrétaire ».
_SECRETARY_SERVES = re.compile(
    rf"{_OFFICER_NAME}\s(?i:assure|assurera|remplit|remplira|exerce)\s"
    r"(?i:le\s+secr[ée]tariat|les\s+fonctions\s+de\s+secr[ée]taire)"
)
_CIVILITY_INSIDE = re.compile(r"(?:^|\s)(?:M\.|Mme|Mlle|Monsieur|Madame)\s")


def _last_name_in(value: str) -> str:
    """« Claude MAQUIN Madame GALLET » (a list run into the next sentence) → « Madame GALLET »."""
    starts = [m.start() for m in _CIVILITY_INSIDE.finditer(value)]
    return value[starts[-1] :].strip() if starts else value


# The surname a name cut at a line's end goes on with: « M. Marcel » / « FOUCHER, Maire. ».
_CIVILITY_ALONE = re.compile(r"^\s*(?:M\.?|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s*$")
_SURNAME_NEXT_LINE = re.compile(rf"\n([{UPPER}][{UPPER}'’-]+(?: [{UPPER}][{UPPER}'’-]+){{0,2}})\b")
# A surname without capitals opening the next line, closed by its comma or stop (« sous la
# présidence de M. Laurent » / « Vacheron, Président du Département »).
_TITLE_SURNAME_NEXT_LINE = re.compile(
    rf"\n([{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?)(?=[,.;]|$)", re.M
)


def _wrapped_name(joined: str, start: int, end: int) -> str:
    """The name printed from `start` to its line's end, with its surname when the line cut it
    off (the name then holds no word in capitals), or the whole next line when the line held
    the civility alone (« sous la présidence de Madame » / « Corinne PERRIN, Présidente. »)."""
    value = joined[start:end]
    if _CIVILITY_ALONE.match(value) and joined[end : end + 1] == "\n":
        line_end = joined.find("\n", end + 1)
        return f"{value.strip()} {joined[end + 1 : line_end if line_end >= 0 else None].strip()}"
    words = value.replace(",", " ").split()
    # a surname in capitals cut after its particle or its hyphen (« M. Gérard DE LA » /
    # « TOUR », « Mme Anne SAINT- » / « JUST ») goes on too
    cut = bool(words) and (fold(words[-1]) in _PARTICLES or words[-1].endswith(("-", "'", "’")))
    if not cut and any(w.isupper() and sum(map(str.isalpha, w)) > 1 for w in words):
        return value
    if surname := _SURNAME_NEXT_LINE.match(joined, end):
        rest = joined[surname.end() : surname.end() + 40].split("\n", 1)[0]
        glue = "" if value.rstrip().endswith(("-", "'", "’")) else " "
        return f"{value.rstrip()}{glue}{surname.group(1)}{rest}"
    civility, given = split_civility(value)
    if (
        civility
        and given in words
        and fold(given) in GIVEN_NAMES
        and (surname := _TITLE_SURNAME_NEXT_LINE.match(joined, end))
    ):
        # « M. Laurent » at the line's end: a given name whose surname the line cut off
        return f"{value.rstrip()} {surname.group(1)}"
    return value


# « M. le Maire (Hervé ROCHE) »: the role, then the name in brackets.
_ROLE_THEN_NAME = re.compile(r"^(?P<role>[^()\n]{2,40}?)\s?\((?P<name>[^()\n]{3,80})\)")
# What follows a name on its line and is no part of it: « Mme Anne BOIS — 5 membres en
# exercice, … », « Mme Anne BOIS - 11 conseillers … » (a spaced long dash, or a dash and a figure).
_AFTER_NAME = re.compile(r"\s[—–]\s|\s-\s(?=\d)")


# A sentence run on after an officer's name, its line break lost: « Secrétaire de séance :
# DUFRÊNE Sandrine Le procès-verbal de la séance … » (an article in title case, then a word in
# lower case: « Mme Anne Le Roux » goes on with a capital). A word, not a first name's start:
# « M. Laurent VALLAT, président du … » is no « La » then « urent ».
_SENTENCE_AFTER_NAME = re.compile(
    rf"\s(?:(?:Le|La|Les|Un|Une|Il|Elle|Vu|Apr[eè]s|Sur)\s|L['’]\s?)(?=[{LOWER}])"
)


# A commune or a group in brackets after a name, in mixed case: « (Saint-Marc) », « (Réalmont) »
# (« (Philippe SAUVAL) », a name in capitals, stays).
_PLACE_IN_BRACKET = re.compile(
    rf"\s?\((?!(?:M\.|Mme|Monsieur|Madame)\s)(?![^()]*[{UPPER}]{{2}})[{UPPER}][^()]{{1,40}}\)"
)


_BEFORE_COMMA = re.compile(r"[,;(]")


def _chair_name(value: str) -> str:
    """« Monsieur le Maire, Philippe SAUVAL » → « Philippe SAUVAL »; otherwise the name."""
    if "(" in value:
        # « Madame la Présidente, Christine SIMON (Saint-Marc) »: the commune is no name
        value = _PLACE_IN_BRACKET.sub("", value)
    if len(value) > 30 and (sentence := _SENTENCE_AFTER_NAME.search(value)):
        value = value[: sentence.start()]
    if "(" in value and (bracketed := _ROLE_THEN_NAME.match(value.strip())):
        role = bracketed.group("role").strip(" ,")
        if role_word(role) or _ROLE_ONLY.match(role):
            return _role_name[bracketed.group("name")]
    if "—" in value or "–" in value or " - " in value:
        value = _AFTER_NAME.split(value, maxsplit=1)[0]
    if (named := name_after_role(_BEFORE_COMMA.split(value, maxsplit=1)[0])) is not None:
        return _role_name[named[0]]  # « M. le Président Jean-Luc MARTIN »: no comma between
    parts = [p.strip() for p in value.split(",")]
    if len(parts) > 1 and (role_word(parts[0]) or _ROLE_ONLY.match(parts[0])):
        return _role_name[parts[1]]
    if _CHAIR_BY_ROLE.match(parts[0]):
        # « Président de séance : M. le Maire »: the chair by role, resolved to the name the
        # document prints elsewhere (never a member called « M », cut at the civility's dot)
        return parts[0]
    return _role_name[value]


# The chair's role alone, no name after it: « M. le Maire », « Madame la Présidente ».
_CHAIR_BY_ROLE = re.compile(
    r"^(?:M\.|Monsieur|Mme|Madame)\s(?:le|la)\s(?:maire|pr[ée]sidente?)\.?$", re.IGNORECASE
)


def _read_officers(text: Text, low: str, end: int, extract: Extract) -> None:
    joined = text.joined
    findings = extract.findings
    spots = _spots_of(_hint_spots(_ROLE_HINTS, low, 0, end), _ROLE_HINTS)
    for role in _matches_at_hints(_ROLE, spots, low, 0, end, 3):
        name = _wrapped_name(joined, role.start("name"), role.end("name"))
        person = _person_or_none(_chair_name(name), findings)
        key = "president" if role.group("role").startswith("pr") else "secretary"
        if person is not None and person != CHAIR and getattr(extract, key) is None:
            setattr(extract, key, person)
            _evidence(extract, key, text, role.start(), role.end())
    for line_start, alone in _roles_alone(low, end):
        key = "president" if alone.group("role").startswith("pr") else "secretary"
        person = _person_or_none(_chair_name(_span(joined, alone, "name")), findings)
        if person is not None and person != CHAIR and getattr(extract, key) is None:
            setattr(extract, key, person)
            _evidence(extract, key, text, line_start, alone.end())
    if extract.president is None and (chaired := _CHAIRED_BY.search(low, 0, end)):
        name = _chair_name(_wrapped_name(joined, chaired.start("name"), chaired.end("name")))
        person = _person_or_none(name, findings)
        if person is not None and person != CHAIR:
            extract.president = person
            _evidence(extract, "president", text, chaired.start(), chaired.end())
    if extract.president is None and (presides := _PRESIDES.search(low, 0, end)):
        person = _person_or_none(_span(joined, presides, "name"), findings)
        if person is not None and person != CHAIR:
            extract.president = person
            _evidence(extract, "president", text, presides.start(), presides.end())
    if extract.president is None and low.find("ouv", 0, end) >= 0:
        _read_opener(text, low, end, extract)
    if extract.president is None and (convener := _CONVENED_BY.search(low, 0, end)):
        name = _wrapped_name(joined, convener.start("name"), convener.end("name"))
        name = _chair_name(_CONVENER_END.split(name, maxsplit=1)[0])
        person = _person_or_none(name, findings)
        if person is not None and person != CHAIR:
            extract.president = person
            _evidence(extract, "president", text, convener.start(), convener.end())
    if extract.secretary is None:
        _appointed_secretary(text, low, 0, end, extract)


# After « secrétaire »: the sitting's (« … secrétaire de séance »), no other body's.
_OF_THE_SITTING = re.compile(r"\s+de\s+(?:la\s+)?s[ée]ance\b", re.IGNORECASE)


def _appointed_secretary(
    text: Text, low: str, start: int, end: int, extract: Extract, *, of_sitting: bool = False
) -> None:
    """The secretary named by the sentence appointing them (« Madame X est nommée secrétaire de
    séance », « M. Y a été élu secrétaire »), between `start` and `end`; `of_sitting`: only
    where the sentence says « de séance » (after the items, where other offices are filled)."""
    joined, findings = text.joined, extract.findings
    for pattern in (_SECRETARY_AFTER, _SECRETARY_NAMED, _SECRETARY_CHOSEN, _SECRETARY_SERVES):
        if named := pattern.search(joined, start, end):
            if of_sitting and not _OF_THE_SITTING.match(joined, named.end()):
                continue
            person = _person_or_none(_last_name_in(named.group("name")), findings)
            if person is not None and person != CHAIR:
                extract.secretary = person
                _evidence(extract, "secretary", text, named.start(), named.end())
                return
    if (appointed := _APPOINTED_SECRETARY.search(low, start, end)) is None:
        return
    if of_sitting and not _OF_THE_SITTING.match(low, appointed.end()):
        return
    line_start = max(start, low.rfind("\n", 0, appointed.start()) + 1)
    name = joined[line_start : appointed.start()].lstrip(" \t")
    person = _person_or_none(_role_name[name], findings)
    if person is not None and person != CHAIR:
        extract.secretary = person
        _evidence(extract, "secretary", text, line_start, appointed.end())


def _read_opener(text: Text, low: str, end: int, extract: Extract) -> None:
    """The chair named where they open the sitting (see _OPENS, _OPENED_BY): « Le Maire,
    X, ouvre la séance » names X; a role alone (« Le Maire ouvre la séance ») names nobody."""
    joined = text.joined
    if opened := _OPENED_BY.search(low, 0, end):
        name = _chair_name(_wrapped_name(joined, opened.start("name"), opened.end("name")))
        person = _person_or_none(name, extract.findings)
        if person is not None and person != CHAIR:
            extract.president = person
            _evidence(extract, "president", text, opened.start(), opened.end())
            return
    if (opens := _OPENS.search(low, 0, end)) is None:
        return
    line_start = low.rfind("\n", 0, opens.start()) + 1
    start = max(line_start, opens.start() - 120)
    for sentence in _SENTENCE_START.finditer(low, start, opens.start()):
        start = sentence.end()
    parts = [p.strip() for p in joined[start : opens.start()].split(",") if p.strip()]
    # « Le quorum étant atteint, M. Paul RIVE, président, ouvre la séance »: the clause before
    # the named chair is none of the name
    parts = parts[next((i for i, p in enumerate(parts) if _CIVILITY_START.match(p)), 0) :]
    if not parts or len(parts) > 3:
        return
    if len(parts) >= 2 and (role_word(parts[1]) or _ROLE_ONLY.match(parts[1])):
        name = parts[0]  # « M. Jérôme DUPRÉ, Maire, ouvre … »
    else:
        name = _chair_name(", ".join(parts[:2]))  # « Le Maire, Jérôme DUPRÉ, ouvre … »
    civilities = [m.start() for m in _CIVILITY_BEFORE.finditer(name)]
    if len(civilities) > 1:  # a list's last name before it, its line breaks lost
        name = name[civilities[-1] :]
    if role_word(name) or _ROLE_ONLY.match(name) or not any(c.isupper() for c in name[1:]):
        return  # a role alone, or words that are no name
    person = _person_or_none(_role_name[name], extract.findings)
    if person is not None and person != CHAIR:
        extract.president = person
        _evidence(extract, "president", text, start, opens.end())


# The minutes signed at their end: « Le Président, » / « Henri ABEL », « Pour extrait conforme,
# Le Maire, Jean DUPONT », « La secrétaire de séance, Mme Inès DORE ». On lower case.
_SIGNED = re.compile(
    # (the article may stand alone on the line before, when a cue was cut after it)
    r"(?:^|[\s,.]l[ea] |^l[ea] )(?P<role>maire|pr[ée]sidente?|secr[ée]taire)(?: de s[ée]ance)?"
    r"(?: (?:de|du|d['’]) [^,\n]{1,50})?(?:,|\n| :) ?\n?(?:sign[ée] ?:? ?)?"
)
_SIGNER = re.compile(
    rf"(?P<name>(?:(?:M\.|Mme|Mlle|Monsieur|Madame) )?[{UPPER}][\w'’-]*+"
    rf"(?: [{UPPER}][\w'’-]*+){{1,3}})"
    r"[ .,]*$"
)
_SIGNED_WORD = re.compile(r"^(?:sign[ée]e?|\(?sign[ée]\)?) ?:? ?", re.IGNORECASE)
_SIGNATURE_SPAN = 400  # the signatures close the document: only its last characters are read


def read_signatures(text: Text, extract: Extract) -> None:
    """The chair and the secretary named only where the minutes are signed, at their end
    (side by side too: « Le Maire,   La secrétaire, » / « Jean DUPONT   Anne VIE »)."""
    if extract.president is not None and extract.secretary is not None:
        return
    lines = text.lines
    first = len(lines)
    size = 0
    while first > 0 and size < _SIGNATURE_SPAN:
        first -= 1
        size += len(lines[first]) + 1
    for index in range(first, len(lines)):
        line = lines[index]
        low = _lower(line)
        signed = list(_SIGNED.finditer(low))
        for column, match in enumerate(signed):
            value = line[
                match.end() : signed[column + 1].start() if column + 1 < len(signed) else None
            ]
            if not value.strip() and index + 1 < len(lines):
                below = [c for c in _COLUMN_GAP.split(lines[index + 1].strip()) if c]
                value = below[column] if column < len(below) else ""
            _signer(match.group("role"), value, text, index, extract)
    if extract.secretary is None:
        # « Madame X est nommée secrétaire de séance. » / « La séance est levée … » at the end
        _appointed_secretary(
            text, text.low, text.offset_of(first), len(text.low), extract, of_sitting=True
        )


def _signer(role: str, value: str, text: Text, index: int, extract: Extract) -> None:
    name = _SIGNER.match(_SIGNED_WORD.sub("", value.strip()))
    if name is None or not any(
        w.isupper() and len(w) > 1 for w in name.group("name").replace("-", " ").split()
    ):
        return  # a surname in capitals: « Le Maire certifie … » is no signature
    person = _read_name(name.group("name"))
    key = "secretary" if role.startswith("secr") else "president"
    if isinstance(person, Person) and person != CHAIR and getattr(extract, key) is None:
        setattr(extract, key, person)
        extract.evidence[key] = {
            "line": text.numbers[index],
            "text": _normalise(text.lines[index])[:160],
        }


def _title_case_pair(person: Person) -> bool:
    """« Kerjean Martine »: one word each side, neither in capitals (which would say which
    is the surname)."""
    first = person.first_name
    return (
        first is not None
        and " " not in first
        and " " not in person.last_name
        and not first.isupper()
        and not person.last_name.isupper()
    )


def given_names_last(people: list[Person]) -> dict[Person, Person]:
    """« M. Kerjean Martine, Mme Le Bras Yves, M. Morvan Loïc »: a document printing its names
    without capitals, surname first. Read first name first, most two-word names end on a
    common given name and open on none (GIVEN_NAMES); then every such name is read the other
    way round. A document whose names mostly open on a given name is left as read."""
    pairs = {p for p in people if _title_case_pair(p)}
    if len(pairs) < 2:
        return {}
    ends_given = opens_given = 0
    for person in pairs:
        first, last = fold(person.first_name or ""), fold(person.last_name)
        ends_given += last in GIVEN_NAMES and first not in GIVEN_NAMES
        opens_given += first in GIVEN_NAMES and last not in GIVEN_NAMES
    if ends_given < 2 or ends_given <= 2 * opens_given:
        return {}
    read = {
        p: dataclasses.replace(p, last_name=p.first_name or "", first_name=p.last_name)
        for p in pairs
    }
    # (« Mme Bernard Marie Christine »: three given names, a compound one unhyphenated last)
    for person in people:
        words = [*(person.first_name or "").split(), *person.last_name.split()]
        if (
            len(words) == 3
            and len(person.last_name.split()) == 1
            and all(w[:1].isupper() and not w.isupper() and _given(w) for w in words)
        ):
            read[person] = dataclasses.replace(
                person, last_name=words[0], first_name=" ".join(words[1:])
            )
    return read


def _given(word: str) -> bool:
    return all(part in GIVEN_NAMES for part in fold(word).split())


def compound_given_last(people: list[Person]) -> dict[Person, Person]:
    """« Dufour Anne-Marie » among « Paul Chollet, Luc Gauthier »: a name printed without
    capitals that ends on a hyphenated given name (every part a common one, GIVEN_NAMES) and
    opens on no given name is printed surname first, whatever order the others follow: no
    surname is « Anne-Marie »."""
    return {
        p: dataclasses.replace(p, last_name=p.first_name or "", first_name=p.last_name)
        for p in people
        if "-" in p.last_name
        and _title_case_pair(p)
        and _given(p.last_name.replace("-", " "))
        and not _given(p.first_name or "")
    }


def surnames_alone(people: list[Person]) -> dict[Person, Person]:
    """« Mme Gonzalez Grail » among « M. Gérard Bonnefoy, Mme Nadia Chérif, … »: in a document
    whose names printed without capitals open on a common given name (GIVEN_NAMES), a name
    after a civility with no such word either side is a surname of two words, its given name
    not printed. A document where many names open on no known given name (rarer given names,
    « Soizig », « Goulven ») is left as read: there the lexicon cannot tell."""
    pairs = {p for p in people if _title_case_pair(p)}
    alone = {
        p
        for p in pairs
        if p.civility and not _given(p.first_name or "") and not _given(p.last_name)
    }
    if not alone or len(pairs) < 6 or 4 * len(alone) > len(pairs):
        return {}
    if sum(_given(p.first_name or "") for p in pairs) < len(pairs) - len(alone):
        return {}  # (a name opening on no given name but ending on one: surname first?)
    return {
        p: dataclasses.replace(p, last_name=f"{p.first_name} {p.last_name}", first_name=None)
        for p in alone
    }


def _capital_words(person: Person) -> list[str] | None:
    """The words of a name printed all in capitals, given name included (« JEAN-PIERRE
    MARTIN », « MARTIN JEAN-PIERRE », « M. DUPONT PAUL »), or None."""
    words = [*(person.first_name or "").split(), *person.last_name.split()]
    if len(words) < 2 or not all(w.isupper() and sum(map(str.isalpha, w)) > 1 for w in words):
        return None
    if person.first_name is not None and not _all_capitals(person):
        return None
    return words


def given_names_in_capitals(people: list[Person]) -> dict[Person, Person]:
    """« PRÉSENTS : JEAN-PIERRE MARTIN, SOPHIE DURAND » or « MARTIN JEAN-PIERRE, DURAND
    SOPHIE »: names all in capitals, no case to tell the given name. The common given names
    (GIVEN_NAMES) tell the document's order when most such names open on one (or end on one)
    and the other end is none; every name that has one at that end is read so (and answered,
    changed or not). Surnames of several words keep theirs (« DE LA TOUR », « DA COSTA »: no
    given name at either end)."""
    # (a surname in capitals, and a given name in capitals or none, asked first: what
    # _capital_words needs, and most names in title case fail it without a call)
    printed = {
        p: words
        for p in people
        if p.last_name.isupper()
        and (p.first_name is None or p.first_name.isupper())
        and (words := _capital_words(p)) is not None
    }
    opens = ends = 0
    for words in printed.values():
        first, last = _given(words[0]), _given(words[-1])
        opens += first and not last
        ends += last and not first
    if max(opens, ends) < 2 or (opens and ends and max(opens, ends) < 3 * min(opens, ends)):
        return {}
    given_first = opens > ends
    read: dict[Person, Person] = {}
    for person, words in printed.items():
        if not _given(words[0 if given_first else -1]):
            continue  # (« DE LA TOUR », « GONZALEZ GRAIL »: a surname whole)
        # (« JEAN PIERRE MARTIN », « MARTIN JEAN PIERRE »: a compound given name, unhyphenated)
        run = 1
        while run < len(words) - 1 and _given(words[run if given_first else -1 - run]):
            run += 1
        cut = run if given_first else len(words) - run
        given, surname = (words[:cut], words[cut:]) if given_first else (words[cut:], words[:cut])
        # (a name already read so is kept in the answer: its reading is settled)
        read[person] = dataclasses.replace(
            person, last_name=" ".join(surname), first_name=" ".join(given)
        )
    return read


def surnames_as_listed(extract: Extract) -> None:
    """« M. BEN SAÏD » read as first name « BEN »: the document's lists together say whether
    it prints first names in capitals (whole_surnames); every name is read alike, officers
    too."""
    people = [*extract.present, *extract.absent_excused, *extract.absent, *extract.represented]
    people += [p for line in extract.proxies for p in (line.giver, line.holder)]
    people += [p for p in (extract.president, extract.secretary) if p is not None]
    people += extract.replaced
    # (names all in capitals whose given name the lexicon finds first: « M. DUPONT JEAN »
    # among « DURAND SOPHIE, … » is no surname « DUPONT JEAN »)
    whole = whole_surnames(people)
    # (both readings ask for two names in title case at least, one word each side: most
    # documents print surnames in capitals, and are looked at once here instead of twice)
    if sum(map(_title_case_pair, people)) >= 2:
        whole |= given_names_last(people) or surnames_alone(people)
    whole |= compound_given_last(people)
    whole |= given_names_in_capitals(people)
    if not whole:
        return
    extract.present = [whole.get(p, p) for p in extract.present]
    extract.absent_excused = [whole.get(p, p) for p in extract.absent_excused]
    extract.absent = [whole.get(p, p) for p in extract.absent]
    extract.represented = [whole.get(p, p) for p in extract.represented]
    extract.replaced = [whole.get(p, p) for p in extract.replaced]
    extract.substitutions = [
        Substitution(whole.get(s.titular, s.titular), whole.get(s.substitute, s.substitute))
        for s in extract.substitutions
    ]
    extract.communes = [
        MemberCommune(whole.get(c.member, c.member), c.commune) for c in extract.communes
    ]
    extract.proxies = [
        ProxyLine(whole.get(line.giver, line.giver), whole.get(line.holder, line.holder))
        for line in extract.proxies
    ]
    for key in ("president", "secretary"):
        if (officer := getattr(extract, key)) is not None:
            setattr(extract, key, whole.get(officer, officer))


def proxies_as_listed(extract: Extract) -> None:
    """« Chantal MAZET (procuration à M. ZIANI) »: a holder (or a giver, or an absent) printed
    by surname alone is the member the lists name in full under that surname, when they name
    one only (the holder among the presents, the others among the absents)."""

    def in_full(person: Person, listed: list[Person]) -> Person:
        if person.first_name:
            return person
        key = fold(person.last_name)
        named = {p for p in listed if p.first_name and fold(p.last_name) == key}
        if len(named) != 1:
            return person
        (one,) = named
        if person.civility and one.civility and person.civility != one.civility:
            return person  # « M. ROUX » is not Mme Anne ROUX
        return one

    away = [*extract.absent_excused, *extract.absent]
    everyone = [*extract.present, *away, *extract.represented]
    extract.proxies = [
        ProxyLine(
            _by_initials(in_full(line.giver, away), away, everyone, extract.findings),
            _by_initials(
                in_full(line.holder, extract.present), extract.present, everyone, extract.findings
            ),
        )
        for line in extract.proxies
    ]

    # the absents printed twice (« Excusés représentés : M. DUCROS » then « Absents : M. Alain
    # DUCROS »): each once, in full, among the excused when one list says so
    once = {_listed_key(p): p for p in (in_full(p, away) for p in extract.absent_excused)}
    extract.absent_excused = list(once.values())
    absent = {_listed_key(p): p for p in (in_full(p, away) for p in extract.absent)}
    extract.absent = [p for k, p in absent.items() if k not in once]


# A given name cut to its initials: « J.-P. », « J.P. », « JP », « J. » (one to three capitals,
# each with or without its stop, hyphens between).
_INITIALS_ONLY = cues.plain(rf"^[{UPPER}]\.?(?:\s?-?\s?[{UPPER}]\.?){{0,2}}$")


def _initials(given: str) -> str:
    """« Jean-Philippe » → « JP », « Marie Claude » → « MC », « J.-P. » → « JP »."""
    return "".join(word[0] for word in re.split(r"[\s.-]+", fold(given)) if word).upper()


def _by_initials(
    person: Person, listed: list[Person], everyone: list[Person], findings: list[Finding]
) -> Person:
    """« M. J.-P. Porcherot donne pouvoir … »: a given name printed as its initials is the one
    member of the lists (those where the person belongs first, then all of them) whose surname
    and given name's initials fit; when several fit, the name stays as printed, with a finding."""
    if not person.first_name or _INITIALS_ONLY.match(person.first_name) is None:
        return person
    key, printed = fold(person.last_name), _initials(person.first_name)

    def fitting(people: list[Person]) -> set[Person]:
        # (« J. » is Jean as well as Jean-Philippe; « J.-P. » only Jean-Philippe)
        return {
            p
            for p in people
            if p.first_name
            and fold(p.last_name) == key
            and _INITIALS_ONLY.match(p.first_name) is None
            and (printed == _initials(p.first_name) or printed == _initials(p.first_name)[:1])
            and not (person.civility and p.civility and p.civility != person.civility)
        }

    named = fitting(listed) or fitting(everyone)
    if len(named) == 1:
        return next(iter(named))
    if len(named) > 1:
        findings.append(
            Finding(
                "initials_fit_several",
                {
                    "name": f"{person.first_name} {person.last_name}",
                    "members": ", ".join(sorted(f"{p.first_name} {p.last_name}" for p in named)),
                },
            )
        )
    return person


def movers_by_initials(extract: Extract) -> None:
    """The members the items' movements and proxies print by their initials (« M. J.-P.
    Porcherot quitte la séance et donne pouvoir à Mme O. Chave »): those the lists name in full,
    as proxies_as_listed reads the roll call's (a name fitting several is told once)."""
    everyone = [*extract.present, *extract.absent_excused, *extract.absent, *extract.represented]
    told = len(extract.findings)
    for item in extract.items:
        for name in ("arrived", "away", "not_voting", "against", "abstaining"):
            people = getattr(item, name)
            if any(p.first_name and _INITIALS_ONLY.match(p.first_name) for p in people):
                read = [_by_initials(p, everyone, everyone, extract.findings) for p in people]
                setattr(item, name, read)
        item.proxies = [
            ProxyLine(
                _by_initials(line.giver, everyone, everyone, extract.findings),
                _by_initials(line.holder, everyone, everyone, extract.findings),
            )
            for line in item.proxies
        ]
    extract.findings[told:] = list(dict.fromkeys(extract.findings[told:]))


# The last text asked whether it prints a name (by identity), and its answers (see _prints).
_PRINTED: tuple[str, dict[str, bool]] = ("", {})


def _prints(text: str, string: str) -> bool:
    """`string in text`, asked once for each string of the last text (a scan of the whole
    text each): the names are asked again once the items' movements are read."""
    global _PRINTED
    kept = _PRINTED
    if kept[0] is not text:
        kept = _PRINTED = (text, {})
    found = kept[1].get(string)
    if found is None:
        found = kept[1][string] = string in text
    return found


def uncut_surnames(extract: Extract, joined: str) -> None:
    """« CAR- » / « PENTIER » at a line's end is CARPENTIER when the document prints that name
    whole elsewhere; a double name (« MICHAUD-FARIGOULE ») keeps its hyphen. The chair, the
    secretary and the names the items' movements print too."""
    people = [*extract.present, *extract.absent_excused, *extract.absent, *extract.represented]
    people += [person for line in extract.proxies for person in (line.giver, line.holder)]
    people += [p for p in (extract.president, extract.secretary) if p is not None]
    for item in extract.items:
        people += [*item.arrived, *item.away, *item.not_voting, *item.against, *item.abstaining]
        people += [person for line in item.proxies for person in (line.giver, line.holder)]
    cut = {
        p.last_name
        for p in people
        if "-" in p.last_name and p.last_name.isupper() and " " not in p.last_name
    }
    if not cut:
        return
    # (a double name never appears without its hyphen, even inside a longer word; a cut the
    # typesetter made in a syllable is joined with the lines, storage.parsing.text)
    mended = {name: whole for name in cut if _prints(joined, whole := name.replace("-", ""))}
    if not mended:
        return

    def mend(person: Person) -> Person:
        name = mended.get(person.last_name)
        return person if name is None else dataclasses.replace(person, last_name=name)

    extract.present = [mend(p) for p in extract.present]
    extract.absent_excused = [mend(p) for p in extract.absent_excused]
    extract.absent = [mend(p) for p in extract.absent]
    extract.represented = [mend(p) for p in extract.represented]
    extract.proxies = [ProxyLine(mend(p.giver), mend(p.holder)) for p in extract.proxies]
    if extract.president is not None:
        extract.president = mend(extract.president)
    if extract.secretary is not None:
        extract.secretary = mend(extract.secretary)
    for item in extract.items:
        for name in ("arrived", "away", "not_voting", "against", "abstaining"):
            setattr(item, name, [mend(p) for p in getattr(item, name)])
        item.proxies = [ProxyLine(mend(p.giver), mend(p.holder)) for p in item.proxies]


def _same_person(one: Person, other: Person) -> bool:
    """The same member printed two ways: « M. VIGNON », « Gérard VIGNON », « VIGNON Gérard »."""
    if fold(one.last_name) != fold(other.last_name):
        return False
    if not one.first_name or not other.first_name:
        return True
    return fold(one.first_name) == fold(other.first_name)


def _resolve_chair(people: list[Person], president: Person | None) -> list[Person]:
    """« M. le Maire » in a list is the president the document names, never a member called
    « Maire »; without a named president the entry is left out (and reported)."""
    if CHAIR not in people:
        return people
    if president is None or any(p != CHAIR and _same_person(p, president) for p in people):
        # the list names the chair by role and by name too (« M. le Maire, …, VIGNON Gérard »):
        # the name printed is the entry
        return [p for p in people if p != CHAIR]
    resolved = [president if p == CHAIR else p for p in people]
    seen: set[Person] = set()
    return [p for p in resolved if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]


def _evidence(extract: Extract, key: str, text: Text, start: int, end: int) -> None:
    extract.evidence[key] = {
        "line": text.line_of(start),
        "text": _normalise(text.joined[start:end])[:160],
    }
