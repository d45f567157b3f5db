"""A council's document read from its text: an extract of the register of deliberations, or
minutes (procès-verbal, compte rendu, relevé de décisions) holding several deliberations.

The text is cleaned once (storage.parsing.text: encodings, page headers and footers, stamps,
bullets, cut words; lines cut before every cue, so line-broken and flattened texts read alike),
then each part is read by its own module, its patterns beside its code: the heading (sitting,
convocation, body, council: storage.parsing.heading), who sat (storage.parsing.attendance), the
items and the movements between them (storage.parsing.items), the decisions and votes
(storage.parsing.votes), the annexed funded actions (storage.parsing.annex). This module finds
where the parts are and assembles the Extract. Every value keeps where it was read
(`Extract.evidence`); what is not found stays empty with a Finding, never guessed. The checks
of the law (counts against lists, quorum, notice) are storage.checks'.

Every pattern is linear: the cleaned text has no run of blanks, and repetitions are bounded.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_right
from datetime import date

from storage import cues, rules
from storage.documents import (
    Counts,
    DeliberationRecord,
    DocumentError,
    Extract,
    Finding,
    ItemRecord,
    Movement,
    Person,
    ProxyLine,
)
from storage.french import find_dates, parse_date
from storage.names import fold, same_person
from storage.parsing import heading, present
from storage.parsing.annex import _ANNEX, _read_annex
from storage.parsing.attendance import (
    _LIST_STOP_CI,
    CHAIR,
    _collect_sections,
    _evidence,
    _list_head,
    _read_counts,
    _read_officers,
    _read_section,
    _read_sections,
    _resolve_chair,
    chair_in_list,
    chair_sat,
    count_substitutes,
    cue_lines,
    movers_by_initials,
    proxies_as_listed,
    proxies_in_counts,
    read_signatures,
    surnames_as_listed,
    uncut_surnames,
)
from storage.parsing.common import LOWER, UPPER, _join_lines, _lower, _normalise, _span, by_opening
from storage.parsing.decisions import decision_items
from storage.parsing.funding import read_funded_actions
from storage.parsing.grids import MARKS_HEAD, rewrite_tables
from storage.parsing.item_grid import read_item_grid
from storage.parsing.items import (
    _SENTENCE_OPENING,
    ACT_CODE,
    ALL_VOTED,
    DATED_ACT,
    NUMBER,
    Heading,
    act_dated,
    decision_lines,
    find_headings,
    find_movements,
    lettered_items_apart,
    officer_before_act,
    prints_its_sitting,
    service_label,
    service_subject,
)
from storage.parsing.ocr import (
    count_figures_read,
    dates_repaired,
    heading_words_joined,
    repair_ocr,
    title_words_joined,
)
from storage.parsing.text import (
    Text,
    clean,
    is_page_furniture,
    letters_joined,
    plain_punctuation,
    repair_mojibake,
    without_furniture,
)
from storage.parsing.votes import (
    _DELIBERATED,
    _MOVEMENT_LINE_AT,
    Vote,
    _read_vote,
    capital_decision,
    decided_opinion,
    is_election,
    not_taking_part,
    read_decided,
    read_decisions,
    split_title,
)
from storage.parsing.written import restore_cues

# -- the préfecture's stamp ------------------------------------------------------------------

# Read on the text with its spaces made single (so no pattern meets a run of blanks), in
# lower case: without IGNORECASE the engine looks for its first letters (see _NUMBER).
_PREFECTURE_DATE = re.compile(
    r"(?:re[çc]u en pr[ée]fecture le|date de r[ée]ception (?:en )?pr[ée]fecture) ?:? ?"
    r"(?P<date>[^\n]{0,40})"
)


def _stamp_date(value: str, findings: list[Finding]) -> date | None:
    mentions = find_dates(value)
    if not mentions:
        return None
    if not mentions[0].valid:
        findings.append(Finding("unreadable_date", {"value": " ".join(value.split())}))
        return None
    return mentions[0].resolve()


# -- header -----------------------------------------------------------------------------------

_REGISTER = re.compile(r"registre\s+des\s+d[ée]lib[ée]rations")  # on lower case
# The header patterns below are matched, case-sensitive, against the lower-cased header (they
# are written in lower case): without IGNORECASE a pattern opening on a letter is found by a
# fast scan, which matters at a thousand documents a second. Groups are read from the original.
_NUMBER = re.compile(
    r"(?:n[ \t]*[°º]|num[ée]ro)(?:[ \t]+de[ \t]+(?:la[ \t]+)?d[ée]lib[ée]ration)?[ \t]*:?[ \t]*"
    # (« Objet : Tarifs — Délibération n° » / « 89/2024 »: the number cut to the next line)
    r"(?:\n[ \t]*(?=[a-z]{0,8}[._-]?\d))?"
    rf"({NUMBER}|[a-z]{{0,6}}[-_]?\d[\w./-]*\w|\d)(?P<rest>[^\n]*)"
)
# After the number, what makes it a reference to another act (« n° 2012-44 du 4 juin 2012 »).
# A place on the agenda opening a line (« Point n° 1 : … »), no act's number.
_AGENDA_PLACE = re.compile(r"[ \t]*(?:point|question|affaire|dossier)s? ")
_REFERENCE = re.compile(r"^[ ,]*(?:du|en date|portant|relative?|pr[ée]c[ée]dente)\b")
_TITLE_SEPARATOR = re.compile(r"^\s*[-–—:]\s*")
_OBJECT = re.compile(r"objet[ \t]*:[ \t]*([^\n]*)")

# -- cues before which lines are cut (storage.parsing.text) ---------------------------------

# A capital no French name's syllable does without: an act's prefix is made of them (« DCM »).
_NO_VOWEL = "[B-DF-HJ-NP-TV-XZ]"
# A vote's figure after its label is no list's number nor item's ordinal: « … voix contre 3.
# Délibération suivante … », « … Pour 12. M. X quitte la séance … » (flattened). A label after
# its own figure ends its vote, the figure then opens the next item: « … 3 ABSTENTIONS 2 -
# Subvention … », « … 2 voix contre 3. Tarifs … ».
_VOTE_LABELS = tuple(
    spelled
    for word in ("contre", "pour", "abstention", "abstentions")
    for spelled in (word, word.capitalize(), word.upper())
)
_NO_VOTE_LABEL = (
    "(?:"
    + "".join(f"(?<!{label} )" for label in _VOTE_LABELS)
    + "|"
    + "|".join(f"(?<=\\d {label} )|(?<=\\d voix {label} )" for label in _VOTE_LABELS)
    + ")"
)
# Cues printed mid-line, before which a line is cut so each starts its own line: a heading
# written in capitals or with a capital, followed by its colon.
_BREAKS = re.compile(
    # Every cue opens on a figure, a capital, the « n » of « n° » or a bullet: said once first,
    # that letter spares every other character the branches' lookbehinds (every line holding a
    # colon is searched: a tenth of the parsing of a document). tests/test_parsing_gates.py
    r"(?=[\dA-ZÀÉn•–—-])(?:"
    # « … l'unanimité. 2) Objet : Tarifs … »: the item's ordinal on its line, as printed
    # (« … l'unanimité. 5° Objet : … », « … 5° Titre : … », « … adopté. 2 - Objet : … »)
    r"(?<=[\w.;)»] )(?:\d{1,3}|[IVX]{1,5})(?:[).°]| [-–—]) (?=(?:Objet|OBJET|Titre|TITRE) ?:)"
    # « … l'unanimité. Point 2 – Rapporteur : M. X Objet : … »: the point's word and figure
    # on their line, over its reporter or its object
    r"|(?<=[.;)»] )(?:Point|POINT|Question|QUESTION|Affaire|AFFAIRE|Dossier|DOSSIER)"
    r"(?: [Nn] ?[°º])? ?\d{1,3}(?: ?[-–—.:)])? (?=(?:Objet|OBJET|Rapporteu|RAPPORTEU)\w* ?:)"
    # « … M. Yves DOL N° SYN2024-11-003 Objet : Tarifs … »: the act's number before its object
    # (not the number of « Délibération n° … », « Rapport n° … », « Point n° … »: its own word
    # first); with the act's prefix, initials no name has (no vowel: « … Mme Claire VIDAL DCM
    # N° 2024-33 – Objet : … », « … BT n° 12 : Objet : … »), never cut from its number
    r"|(?<=[\w.;)»] )(?<!ration )(?<!RATION )(?<!cision )(?<!CISION )(?<!apport )(?<!APPORT )"
    r"(?<!oint )(?<!OINT )(?<!estion )(?<!ESTION )(?<!ffaire )(?<!FFAIRE )(?<!ossier )"
    r"(?<!OSSIER )(?<!rrêté )(?<!RRÊTÉ )"
    rf"(?<!\b{_NO_VOWEL} )(?<!\b{_NO_VOWEL}{{2}} )(?<!\b{_NO_VOWEL}{{3}} )(?<!\b{_NO_VOWEL}{{4}} )"
    rf"(?=(?:{_NO_VOWEL}{{1,4}} )?[Nn] ?[°º] ?[\w./-]{{1,30}}(?: [-–—:])? (?:Objet|OBJET) ?:)"
    r"|(?<=[\s.;,)])"
    # not the second word of one heading (« ÉTAIENT PRÉSENTS », « Membres présents »)
    r"(?<!taient )(?<!TAIENT )(?<!tait )(?<!TAIT )(?<!embres )(?<!EMBRES )(?<!bsents )"
    r"(?<!BSENTS )(?<!llers )(?<!LLERS )(?<!lus )(?<!LUS )(?<!ombre de )(?<!OMBRE DE )"
    r"(?<!GU[ÉE]S )"
    # (« DÉLÉGUÉS SUPPLÉANTS PRÉSENTS … : », « Délégués titulaires présents : »: one heading)
    r"(?<!UPPL[ÉE]ANTS )(?<!uppl[ée]ants )(?<!UPPL[ÉE]ANT )(?<!uppl[ée]ant )"
    r"(?<!UPPL[ÉE]ANTES )(?<!uppl[ée]antes )(?<!UPPL[ÉE]ANTE )(?<!uppl[ée]ante )"
    r"(?<!ITULAIRES )(?<!itulaires )(?<!ITULAIRE )(?<!itulaire )"
    # (« Élu(e)s présent(e)s : », « Élu·e·s Présent·e·s : »: the first word written inclusively)
    r"(?<!\(e\)s )(?<!·e·s )(?<!\.e\.s )"
    # (« ABSENTS ET EXCUSÉS : », « Absents et excusés : »: one heading)
    r"(?<!BSENTS ET )(?<!bsents et )(?<!BSENTS OU )(?<!bsents ou )"
    # (« ABSENTS ET ABSENT(S) EXCUSÉ(S) : », « Absent(s) excusé(s) : »: one heading too)
    r"(?<!BSENT\(S\) )(?<!bsent\(s\) )(?<!BSENT )(?<!bsent )"
    # (« Sont PRÉSENTS : », « Est ABSENT : »: one heading, its verb first)
    r"(?<!Sont )(?<!SONT )(?<!Est )(?<!EST )"
    # (« ÉTAIENT ABSENTS AYANT DONNÉ POUVOIR : », « Excusés ayant donné Procuration : »: one)
    r"(?<!ONN[ÉE] )(?<!onn[ée] )"
    # (« … M. Paul VIGNE Les délégués absents : »: a cue with its article)
    r"(?P<cue>(?:Les(?= (?:membres|d[ée]l[ée]gu[ée]s|conseill[eè]r\w*|[ée]lus|administrat\w+)"
    r" (?:pr[ée]sent|absent|excus|repr[ée]sent))"
    r"|[ÉE]tai(?:en)?t|[ÉE]TAI(?:EN)?T|Assistai(?:en)?t|ASSISTAI(?:EN)?T|Membres?"
    # « … Maire. Sont présents : … Est absent excusé : … A donné pouvoir : … »
    r"|(?:Sont|SONT|Est|EST)(?= (?i:pr[ée]sent|absent|excus|repr[ée]sent))"
    r"|A donn[ée] (?:pouvoir|procuration|d[ée]l[ée]gation)|A DONN[ÉE] (?:POUVOIR|PROCURATION)"
    r"|MEMBRES?|Conseill(?:ers?|[èe]res?)|Repr[ée]sentant(?:e?s)?(?= pr[ée]sent)"
    r"|D[ée]l[ée]gu[ée]e?s?|D[ÉE]L[ÉE]GU[ÉE]E?S?"
    # (« … 2025 Élus présents : », « Élu(e)s présent(e)s : », « Élu·e·s … »)
    r"|[ÉE]lu(?:e?s|\(e\)s|·e·s|\.e\.s)|[ÉE]LU(?:E?S|\(E\)S|·E·S)"
    r"|CONSEILLERS?|Administrat(?:eur|rice)s?|ADMINISTRAT(?:EUR|RICE)S?"
    r"|Avec voix consultative|AVEC VOIX CONSULTATIVE|[ÀA] titre consultatif|À TITRE CONSULTATIF"
    r"|Absent(?:e|s|es)?|ABSENT(?:E|S|ES)?|Pr[ée]sente?s?|PR[ÉE]SENTE?S?|Excus[ée]e?s?"
    r"|EXCUS[ÉE]E?S?"
    r"|Pouvoirs?|POUVOIRS?|Procurations?|PROCURATIONS?|Secr[ée]taire|SECR[ÉE]TAIRE"
    # (not a role named in a sentence: « sous la présidence de Monsieur le Président, X »)
    # (nor a function after a name: « Excusés : M. le Maire, Président ; Mme X »)
    r"|(?<! le )(?<! la )(?<! LE )(?<! LA )(?:Pr[ée]siden(?:te?|ce)|PR[ÉE]SIDEN(?:TE?|CE))"
    r"(?! ?[;,.)])"
    # (never an item's title after its ordinal: « 2. Nombre d'adjoints : fixé à trois »)
    r"|(?<!\d\. )(?<!\d\) )(?<!\d - )(?<!\d – )(?:Nombre|NOMBRE)|Votants|VOTANTS|Quorum"
    r"|QUORUM|En exercice|Repr[ée]sent[ée]e?s?|REPR[ÉE]SENT[ÉE]E?S?"
    r"|Abstentions?|ABSTENTIONS?|Suppl[ée]ants?|Titulaires|TITULAIRES|D[ée]l[ée]gations?"
    r"|Date de convocation|DATE DE CONVOCATION|Objet|OBJET|Rapporteu(?:re?|se)|RAPPORTEU(?:RE?|SE)"
    # a grant's labels under its title: « Bénéficiaire : Sou des écoles Montant de la
    # subvention : 1 800 € »
    r"|B[ée]n[ée]ficiaire|B[ÉE]N[ÉE]FICIAIRE|Montant|MONTANT"
    # « Réf. : 2025-013 » under its object: the item's act number
    r"|R[ée]f(?=\. ?: ?\w)|R[ÉE]F(?=\. ?: ?\w)"
    # the sub-headings of presents listed per commune, collège or function
    r"|Personnes? qualifi[ée]es?|PERSONNES? QUALIFI[ÉE]ES?"
    r"|Coll[èe]ge|COLL[ÈE]GE|Pour la commune|POUR LA COMMUNE|Commune de|COMMUNE DE"
    # (per member council of a syndicat or a pôle: « … Chloé ABADIE Pour la CCMP : … »)
    rf"|Pour(?= (?:la |le |les |l['’])?[{UPPER}][^:\n\d]{{0,50}}:)"
    r"|Au titre d(?:e|u|es)(?= [^:\n\d]{2,60}:)"
    r"|Liste des pr[ée]sents|LISTE DES PR[ÉE]SENTS|Ont donn[ée] (?:pouvoir|procuration)"
    r"|Liste des (?:pouvoirs|procurations)|LISTE DES (?:POUVOIRS|PROCURATIONS)"
    r"|ONT DONN[ÉE] (?:POUVOIR|PROCURATION)"
    # « … M. Paul VIGNE Avaient donné délégation de vote : … »
    r"|Avai(?:en)?t donn[ée] (?:pouvoir|procuration|d[ée]l[ée]gation)"
    r"|AVAI(?:EN)?T DONN[ÉE] (?:POUVOIR|PROCURATION|D[ÉE]L[ÉE]GATION)"
    # the names of a vote: « Ont voté pour : … », « S'est abstenue : … »
    r"|Ont vot[ée] (?:pour|contre)|ONT VOT[ÉE] (?:POUR|CONTRE)|S['’]est abstenue?"
    r"|Se sont abstenue?s"
    r"|Adjoint(?:e|s|es)?|ADJOINT(?:E|S|ES)?|L[ea] Maire|L[EA] MAIRE"
    # the presents listed per group: « … Anne CLOT Groupe Agir : », « … SABY Non-inscrits : »
    # (after a surname only: « (Groupe X : M. Y ; Non-inscrits : …) » names a vote's members)
    rf"|(?<=[{UPPER}] )(?:Groupes?|GROUPES?|Opposition|OPPOSITION|Non[- ]inscrite?s?"
    r"|NON[- ]INSCRITE?S?))\b"
    r"(?=[^:\n]{0,50}:)"
    # a vote's figures, only with their colon (« … POUR LES SERVICES » is a title's words)
    # (« 1 - Vote du compte administratif : … » is a title: « Vote » only with its colon)
    # (never « DÉLÉGATION DE VOTE : », a list's cue in capitals)
    r"|(?:Pour|POUR|Contre|CONTRE|(?<!DE )(?:Votes?|VOTES?))(?= ?:)"
    # a list's cue as a sentence: « … présents. Deux conseillers absents avaient donné
    # pouvoir : »
    r"|(?<=[.;] )(?:[A-Z][a-z]{1,10}|\d{1,3}) (?=(?:conseill|membres|[ée]lus)[^.:\n]{0,40}"
    r"(?:donn[ée]|pouvoir|procuration)[^.:\n]{0,30}:)"
    # a bulleted clause as a list's cue: « … Maire ; - sont présents (5) : …, - est absente : »
    r"|[-–—•] (?=(?:sont|est|ont|a) (?:pr[ée]sent|absent|excus|repr[ée]sent|donn[ée] "
    r"(?:pouvoir|procuration|d[ée]l[ée]gation))[^:\n]{0,40}:))"
    # a list's cue its count opens, in lower case after the last name of the list before:
    # « … Jeanne NOYER 3 excusés : Guy PEYRON, … », « … Paul RIOU 2 pouvoirs : … » (never
    # « dont 3 excusés : », a part of a count)
    r"|(?<=[\w)] )(?<!dont )(?<!DONT )\d{1,3} (?=(?:absente?s? (?:et )?)?(?:excus[ée]e?s?"
    r"|absente?s?|repr[ée]sent[ée]e?s?|pouvoirs|procurations)(?: \(\d{1,3}\))? ?:)"
    # an act's number opening its item on a cue's line, after the count or the name the cue
    # gave: « Votants : 16 D2023-031 Attribution … », « Secrétaire : Mme Lise GAY 2025-040
    # Tarifs … » (after a name in capitals only when a civility and a given name stand before
    # it: _cut checks that, « AB 2024/12 » is a parcel's reference)
    rf"|(?:(?<=: \d )|(?<=: \d\d )|(?<=: \d\d\d )|(?<=[{UPPER}]{{2}} )(?P<after_name>))"
    # (« … Mme Claire MARTIN N° 2025-12 Vente de … »: its number sign first)
    r"(?=(?:[A-Z]{2,8} )?(?:[Nn] ?[°º] ?)?" + ACT_CODE + rf" ?[-–—:]? ?[{UPPER}][{LOWER}'’]))"
)
# A count's label, the figure after it run on into the next sentence (« Votants 13. Sous la
# présidence de … », « Présents 21. Mme X est nommée secrétaire »): no list's entry, no item.
# Nor a point's figure a sentence names (« … avant le vote du point n° 3. Mme X … », « … à
# partir du point 2. Point n° 1 … »).
_NO_COUNT_BEFORE = (
    r"(?<!tants )(?<!TANTS )(?<!sents )(?<!SENTS )(?<!ercice )(?<!ERCICE )"
    r"(?<!sentés )(?<!SENTÉS )(?<!uorum )(?<!UORUM )(?<![°º] )(?<!oint )(?<!OINT )"
)
# What may stand before an item's heading in a text whose line breaks were lost: the end of
# what came before, a sentence's or an outcome's even without its stop (« … l'unanimité N°
# 2023-120 … », « … Majorité N° 13-2025 … », « … prend acte D2023-034 … »), or a count's
# figure (« … Votants : 16 D2023-031 … »).
_AFTER_AN_END = (
    r"(?:(?<=[.;!)»] )|(?<=nimit[ée] )|(?<=NIMIT[ÉE] )|(?<=dopt[ée] )|(?<=dopt[ée]e )"
    r"|(?<=ajorit[ée] )|(?<=AJORIT[ÉE] )"
    r"|(?<=dopt[ée]s )|(?<=DOPT[ÉE] )|(?<=DOPT[ÉE]E )|(?<=ejet[ée] )|(?<=ejet[ée]e )"
    r"|(?<=EJET[ÉE] )|(?<=cte )|(?<=: \d )|(?<=: \d\d )|(?<=: \d\d\d ))"
)
# In a text whose line breaks were lost, sentences that start a new part.
_LONG_BREAKS = re.compile(
    # Every break follows a space (each branch's lookbehind ends with one): said once first, it
    # leaves each other character at one test where every branch's lookbehind was tried (the
    # flattened documents' long lines: a sixth of their parsing); then the letters a break opens
    # on (a figure, a capital, a bullet, « ( », the « n » of « n° », the « p » and « v » of
    # « présents : », « votants : », « pour : »): most words after a space go no further.
    # tests/test_parsing_gates.py
    rf"(?<= )(?=[\d{UPPER}(npv•–—-]|[a-h][.)] )(?:"
    # an item lettered after a sentence's end: « … Adopté. B. Travaux de voirie … », « … voix
    # contre 3. c) Indemnité … » (« A » to « H »: never « M. », a civility; never after a
    # semicolon: « a) Approuve … ; b) Autorise … » are one act's decisions)
    rf"(?<=[.)»] )(?:[A-H][.)]|[A-H] [-–—]|[a-h][.)]) (?=[{UPPER}][{LOWER}'’]{{1,30}} )|"
    # (the first one after the roll call's last surname: « … M. André BRUN A. Budget … »)
    rf"(?<=[{UPPER}]{{2}} )A[.)] (?=[{UPPER}][{LOWER}'’]{{1,30}} )|"
    # the first lettered item under its heading's words: « … 2. Finances a) Budget … »
    rf"(?<=[{LOWER}] )[aA]\) (?=[{UPPER}][{LOWER}'’]{{1,30}} )|"
    # « … l'unanimité. V-Tarifs des salles … »: a roman figure glued to its title
    rf"(?<=[.;)»] )(?=[IVX]{{1,5}}-[{UPPER}][{LOWER}])|"
    # (not after a civility's full stop: « M. Le Roux », « MM. La Salle et Vial » is a name)
    r"(?<=[.;:] )(?<![\s,;:(]M\. )(?<!^M\. )(?<!MM\. )(?<!Mme\. )"
    r"(?:(?:Le|La|Les|L['’]|Vu|Consid[ée]rant|Apr[èe]s|Il|Elle|Arriv[ée]e"
    r"|D[ée]part|Sortie|Entr[ée]e en s[ée]ance|Ordre|Adopt[ée]e?|Rejet[ée]e?|Secr[ée]taire"
    r"|Absents?|Excus[ée]s|Pouvoirs"
    r"|Procurations|Votes?(?! d(?:es?|u)\b| d['’])"
    # a section's heading after a list's last name: « … Mme Ana LOPES. Délibérations C-2024-07 … »
    r"|D[ée]lib[ée]rations|D[ÉE]LIB[ÉE]RATIONS|D[ée]cisions|D[ÉE]CISIONS)\b)"
    # a count line after a list: « … Hugo BRUN. présents : 5, pouvoir : 1 (…) », « … BRUN.
    # 5 présents, 1 pouvoir (…) »
    r"|(?<=[.;] )(?=(?:pr[ée]sents|votants|pouvoirs?|procurations?) ?: ?\d"
    r"|\d{1,3} (?:pr[ée]sents|membres|conseillers)\b)"
    # a sentence counting members after a list: « … Hugo BRUN. Cinq conseillers sur les quinze
    # en exercice étaient présents. »
    r"|(?<=[.;] )(?=(?:[A-Z][a-z]{1,10}|\d{1,3}) (?:conseill|membres|[ée]lus|d[ée]l[ée]gu)"
    r"[a-zéè]{0,8} )"
    # a proxy after a list's last name: « … Mme Leïla Ait Ali Pouvoir de Mme Sofia Dos Santos à … »
    r"|(?<=[\w).;] )(?:Pouvoir|Procuration|Mandat|D[ée]l[ée]gation de vote)"
    r" (?=(?:de |d['’])(?:M\.|Mme|Mlle|Monsieur|Madame) )"
    # a list's cue in capitals then a dash (« … M. Moreau. POUVOIRS - Mme Bertrand … »)
    r"|(?<= )(?:POUVOIRS|PROCURATIONS|ABSENTS|EXCUS[ÉE]S)(?= [-–—] (?:M\.|Mme|Monsieur|Madame) )"
    # a sentence about a member after a list: « …, Paul FAYE M. Luc TESSIER donne pouvoir à … »
    # (not after « Départ de », « Sortie de »: the movement's own name)
    rf"|(?<=[{UPPER}{LOWER}] )(?<! de )(?:M\.|Mme|Monsieur|Madame) (?=[^.,;:()]{{0,60}} \("
    r"(?:pouvoir|procuration|d[ée]l[ée]gation|mandat))"
    # « … Mme Rose BRUN. M. Roger BLANCHET, Président, préside la séance. »
    r"|(?<=[.;] )(?:M\.|Mme|Monsieur|Madame) (?=[^.;:()]{0,80} pr[ée]side (?:la |l['’]))"
    # « 1/ Budget primitif du CCAS Le budget est adopté à main levée »: the outcome's sentence
    # after a title, its line break lost
    rf"|(?<=[\w)»] )(?=(?:Le |La |Les |L['’])[{LOWER}-]{{2,25}}(?: [{LOWER}-]{{2,25}}){{0,2}}"
    r" (?:est|sont|a [ée]t[ée]|ont [ée]t[ée]) (?:adopt|approuv|rejet|vot|accept|valid))"
    # « … (17 voix). Bruno MAZOYER, intéressé, sort de la salle. »: a member named without a
    # civility moving after a vote (their sentence, not the vote's)
    # (never after a civility's full stop: « M. Marc CAUDRON quitte » is one sentence)
    r"|(?<=[.;] )(?<!\bM\. )(?<!\bMM\. )(?<!\bMme\. )(?<!\bMlle\. )"
    rf"(?=[{UPPER}][{LOWER}'’-]{{1,20}} [{UPPER}]{{2}}[{UPPER}'’-]{{0,30}}"
    r"(?:, [^.,;:()]{1,40},)?"
    r" (?:quitte|a quitt[ée]|sort de|se retire|rejoint|arrive|ne prend pas|regagne|entre en))"
    # « … M. Yves FABRE. M. le Maire, Jérôme DUPRÉ, ouvre la séance … »
    r"|(?<=[.;] )(?:M\.|Mme|Monsieur|Madame)"
    r" (?=[^.;:()]{0,80} (?:ouvre|d[ée]clare) (?:la |l['’])?s[ée]ance)"
    # (not the holder's name: « donne pouvoir à M. Denis DURAND et quitte la séance »)
    # (« M. Gaël MOUTTE, intéressé, a quitté la salle »: a clause may come between)
    # (not an initial after a civility: « Mme M. LECLERC représentée par … »)
    # (nor the leaver's, « Départ de M. Luc MARTY, qui donne pouvoir à … »)
    r"|(?<= )(?<!\bà )(?<!\bpar )(?<!\bet )(?<!\bMme )(?<!\bM\. )(?<!\bMlle )(?<!\bde )"
    r"(?:M\.|Mme|Monsieur|Madame) (?=[^.,;:()]{0,60}"
    r"(?:, [^.,;:()]{1,30},)? (?:donne"
    r"|a donn[ée]|donnant|remet|a remis|remettant|confie|a confi[ée]|confiant"
    r"|repr[ée]sent|est nomm|est d[ée]sign|a [ée]t[ée]|rejoint|arrive|quitte|a quitt[ée]"
    r"|(?:est|[ée]tait) repr[ée]sent"
    r"|r[ée]int[èe]gre"
    r"|ne prend pas|entre en s[ée]ance|prend (?:place|s[ée]ance)|se retire|sort de|est arriv"
    r"|s['’]absente|est sorti|est parti|doit (?:partir|quitter|s['’]absenter)|regagne"
    r"|revient|est de retour|part [àa] |est pr[ée]sente? [àa] partir|reprend (?:sa )?place"
    r"|rentre )"
    # « Mme Lise GAY, sortie, a donné pouvoir à … », « M. X, devant s'absenter, donne … »
    r"|[^.,;:()]{0,60}, (?:sortie?s?|partie?s?|devant [^.,;:()]{1,40}|qui doit [^.,;:()]{1,40}),"
    r" (?:donne|a donn[ée]|laisse))"
    # a decision of a relevé printed as a list: « … a décidé : – d'approuver … (délibération n°
    # 2026-007) – unanimité ; – de fixer … »
    r"|(?<=[:;] )[-–—•] (?=(?:d['’]|de |du |des )[^()\n]{3,300}\("
    r"(?:d[ée]lib|acte|d[ée]cision|n ?°))"
    # an amendment's vote after its item's title; decisions after « décide : » on its line
    r"|(?<=[\w)»] )(?:Amendement|AMENDEMENT|Sous-amendement) (?=n ?°|N ?°|\d)"
    rf"|(?<=cide : )[-–—•] (?=[{LOWER}])|(?<=cide: )[-–—•] (?=[{LOWER}])"
    # an item's heading and its vote, wherever they stand
    r"|(?<= )(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION) [nN] ?[°º]"
    # a relevé's decision, its number then its title: « … à l'unanimité. Décision n° 2025-B-02 :
    # Convention … » (never « la décision n° 12 du Président »)
    rf"|(?<= )(?:D[ée]cision|D[ÉE]CISION) [nN] ?[°º](?= ?[\w./-]{{1,30}} ?[-–—:.] ?[{UPPER}])"
    # an item's number and title after the sentence ending the item before: « … approuvé.
    # N° 12 – Tarifs de l'eau », « … adopté. 13 – Tarifs de l'eau »
    rf"|(?<=[.;!)»] )(?=[Nn] ?[°º] ?\d[\w./-]{{0,20}} ?[-–—:] ?[{UPPER}])"
    # (or its act's number, no dash, then its title: « … l'unanimité. N° B2025-061 Fonds de
    # concours … », « … 1 abstention N°37/2025 Dénomination … », « … 2 contre N°38/2025 … »;
    # never « n° 12 du 3 mars »)
    r"|(?:(?<=[.;!)»] )|(?<=nimit[ée] )|(?<=NIMIT[ÉE] )|(?<=dopt[ée] )|(?<=dopt[ée]e )"
    r"|(?<=abstention )|(?<=abstentions )|(?<=contre ))"
    rf"(?=[Nn] ?[°º] ?(?:[A-Z]{{1,6}}[-.]?)?\d[\w./-]{{1,20}} [{UPPER}][{LOWER}'’]{{1,30}}\b)"
    rf"|(?<=[{LOWER}»)][.!] )(?=\d{{1,3}} ?[-–—] [{UPPER}][{LOWER}])"
    # (or after an outcome, a vote's figures or the sitting's date, without a stop: « … à
    # l'unanimité DEL 2025 / 88 – Tarifs », « … 2 abstentions DEL 2025-89 – Aide … »; never
    # after an article: « … de la DCM 2024-05 – »)
    # (the act's word before them: « … 1 abstention. Délibération CA 2025-13 : Tarifs … »)
    r"|(?<=[\w.;!)»] )(?<!\bde )(?<!\bdu )(?<!\bla )(?<!\ble )(?<!\bn° )(?<!ration )"
    r"(?<!RATION )(?<!cision )(?<!CISION )"
    r"(?=(?:D[ée]lib[ée]ration |D[ÉE]LIB[ÉE]RATION |D[ée]cision |D[ÉE]CISION )?"
    rf"[A-Z]{{2,8}} (?:19|20)\d\d(?:[._/-]| / )\d{{1,5}}(?:[._/-]\d{{1,5}})? ?[-–—:] ?[{UPPER}])"
    # (or after an outcome whose full stop was never printed: « … adopte à l'unanimité N° 13 –
    # Tarifs de l'eau »)
    r"|(?:(?<=nimit[ée] )|(?<=NIMIT[ÉE] )|(?<=dopt[ée] )|(?<=dopt[ée]e )|(?<=DOPT[ÉE] )"
    rf"|(?<=DOPT[ÉE]E ))(?=[Nn] ?[°º] ?\d[\w./-]{{0,20}} ?[-–—:] ?[{UPPER}]"
    rf"|\d{{1,3}} ?[-–—] [{UPPER}][{LOWER}])"
    # « … l'unanimité. DCM n° 2024-022 du 16 mai 2024 – Participation … »: an act, its date
    r"|(?<=[\w.;)»] )(?<![A-Z][A-Z] )(?=(?:[A-Z]{2,8} )?[Nn] ?[°º] ?[\w./-]{2,20} du"
    rf" \d{{1,2}}(?:er)? [a-zéèû]{{3,9}} (?:19|20)\d\d ?[-–—:] ?[{UPPER}])"
    # (not a point's: « Point 4 : Rapport n° 12 – … »)
    # (« … l'unanimité. Dossier n° AGR 2025/031 : Aide … »: a file's coded number, not a point's)
    r"|(?<=[\w.;)»] )(?:Rapport|RAPPORT|Acte|ACTE) [nN] ?[°º]"
    # (« … unanimité. 2e Commission – Routes – Rapport n° 2.07 – … »: the report's commission
    # first on its line)
    r"|(?<=[\w.;)»] )(?=(?:\d{1,2} ?(?:re|er|e|[èe]me)|[IVX]{1,4}) (?:Commission|COMMISSION)"
    r"(?: [-–—:] [^–—:.;]{1,60}?)? [-–—:] (?:Rapport|RAPPORT) [nN] ?[°º])"
    r"|(?<=[.;)»] )(?:Dossier|DOSSIER|Affaire|AFFAIRE) [nN] ?[°º] ?"
    r"(?=(?:[A-Z]{2,8} )?\d{1,4}[._/-])"
    # the sitting each item's heading repeats: « … 12 000 €. Bureau du 21 mai 2024 -
    # Délibération BC-2024-077 : … », « … l'unanimité. Séance du 18 mars 2024 – Rapport … »
    r"|(?<=[\w.;)»€] )(?=(?:S[ée]ance|S[ÉE]ANCE|R[ée]union|Bureau|Conseil|Comit[ée]|Commission)"
    r"(?: [\w'’]+){0,3} du (?:\d{1,2}(?:er)? [a-zéèû]{3,9} (?:19|20)\d\d"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d) ?[-–—:|] ?"
    r"(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|Rapport|RAPPORT|D[ée]cision|D[ÉE]CISION"
    r"|[Nn] ?[°º]))"
    # « … unanimité. POINT N° 2 : TITRE (Délibération 2025_07_02) Adopté … »: the point's
    # heading, and its act's number in parentheses after the title
    r"|(?<=[.;)»] )(?:POINT|Point) [nN] ?[°º] ?\d{1,3} ?:(?= )"
    # « … unanimité. Point 2 – n° 2024/032 – Titre », « … contre. Affaire n° 13 – Titre »: a
    # point's place, then its act's number or its title
    # (or after the sitting's date the heading ends with: « Séance du 24 septembre 2024 Point 1 »)
    r"|(?:(?<=[.;)»] )|(?<=\b(?:19|20)\d\d ))"
    r"(?=(?:POINT|Point|AFFAIRE|Affaire|QUESTION|Question) (?:[nN] ?[°º] ?)?\d{1,3}"
    rf" ?[-–—:.] (?:[Nn] ?[°º] ?\d|[{UPPER}]|d[ée]lib[ée]ration ))"
    r"|(?<= )\((?=(?:[Dd][ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION) [\w./-]{2,30}\)(?: |$))"
    r"|(?<=\d\) )(?=Adopt[ée]|ADOPT[ÉE]|Approuv[ée]|Rejet[ée]|[ÀA] l['’]unanimit)"
    # « … unanimité. 25/013 – Tarifs … »: a two-figure year, a slash, the act's figures
    rf"|(?<=[.;)»] )\d\d/\d{{3,4}} ?[-–—] ?(?=[{UPPER}])"
    # a list of acts run together, each outcome without its stop: « … : adoptée à l'unanimité
    # 58/2024 - Décision modificative … : prend acte 2024-061 - Convention … »
    rf"|(?<=[{LOWER}0-9] )(?=\d{{1,4}}/(?:19|20)\d\d [-–—] [{UPPER}][{LOWER}]"
    rf"|(?:19|20)\d\d[._-](?!(?:19|20)\d\d\b)\d{{2,5}} [-–—] [{UPPER}][{LOWER}])"
    # « … unanimité. 2) Objet : Tarifs … »
    r"|(?<=[.;)»] )\d{1,3}\) (?=Objet ?:|OBJET ?:)"
    # the list of acts closing the minutes, its cue run into the last item (« … Unanimité.
    # LISTE DES DÉLIBÉRATIONS N° d'ordre | Objet … »), and its first row into its cue (« …
    # pris acte. Liste des délibérations de la séance N° 2025-021 Compte … »): each on its line
    r"|(?<=[.;!)»] )(?=(?:LISTE|Liste|R[ÉE]CAPITULATIF|R[ée]capitulatif|TABLEAU|Tableau)"
    r" (?:DES|des) (?:D[ÉE]LIB[ÉE]RATIONS|d[ée]lib[ée]rations)\b)"
    r"|(?:(?<=D[ÉE]LIB[ÉE]RATIONS )|(?<=d[ée]lib[ée]rations )|(?<=S[ÉE]ANCE )|(?<=s[ée]ance )"
    r"|(?<=ADOPT[ÉE]ES )|(?<=adopt[ée]es ))"
    rf"(?=[Nn] ?[°º] ?\d{{1,4}}[./_-]\d[\w./-]{{0,20}} [{UPPER}][{LOWER}'’])"
    # (not the number of « Réf. : CC-2025-042 »)
    r"|(?<=[^°\s-] )(?<!f\. : )(?<!F\. : )(?<!cision )(?<!CISION )(?<!ration )(?<!RATION )"
    r"(?<!apport )(?<!APPORT )"
    # (« DEL-CA-2025-01 – »: the act's kind and the body's, two prefixes)
    r"(?:[A-Z]{1,8}[._-](?=[A-Z]))?[A-Z]{1,8}[._-]?\d{4}[._-]\d{1,5}(?:[._-]\d{1,5})?"
    r"(?: ?[-–—:]|$)"
    # « … adopté. CR-24-002 – Fonds régional … »: a prefix in capitals and two groups of figures
    rf"|(?<=[.;)»] )[A-Z]{{2,8}}[._-]\d{{2,4}}[._-]\d{{2,5}} ?[-–—:] ?(?=[{UPPER}])"
    # a bureau's « B26-023 » after the last item's outcome, the title run on without a dash:
    # « … l'unanimité. B26-023 Modification … », « … ADOPTÉ À L'UNANIMITÉ B26-025 Adhésion … »
    # (or after a list's last surname: « … M. Paul VIGNE B26-022 Tarifs … »)
    r"|(?:(?<=[.;)»] )|(?<=NIMIT[ÉE] )|(?<=nimit[ée] )|(?<=DOPT[ÉE] )|(?<=DOPT[ÉE]E )"
    rf"|(?<=dopt[ée]e )|(?<=dopt[ée] )|(?<=[{UPPER}]{{2}} ))"
    rf"(?=[A-Z]{{1,3}}[._-]?\d\d[._-]\d{{2,5}} [{UPPER}][{LOWER}'’])"
    # « … l'unanimité. DCS 25-19 Convention … »: a prefix, a space, a two-figure year (and the
    # sitting's month: « CT 25-03-014 Tarifs … »)
    r"|(?<=[.;)»] )(?=[A-Z]{2,8} [1-3]\d[._/-]\d{1,5}(?:[._/-]\d{1,5})? "
    rf"[{UPPER}][{LOWER}'’])"
    # the same after its bullet, become a dash: « … 2019 - D2019-021 - Débat … »
    r"|(?<=[\w.;)»] )[-–—] (?=[A-Z]{1,8}[._-]?\d{4}[._-]\d{1,5}(?:[._-]\d{1,5})? ?[-–—:])"
    # « … Mme Carole BLIN. • 2026-011 – Attribution … »: a bulleted year's number, become a dash
    rf"|(?<=[.;)»] )[-–—] (?=(?:19|20)\d\d[._/-]\d{{1,5}} ?[-–—:] ?[{UPPER}])"
    # « … unanimité. D.2026.012 Tarifs … », « … unanimité. n°2026-012 Tarifs … », « …
    # unanimité. N°DEL2026-12 Tarifs … »: a number with its prefix, then the title without a dash
    r"|(?<=[.;)»] )(?:[Nn] ?[°º] ?)?(?:[A-Z]{1,8}[._-]?)?(?:19|20)\d\d[._/-](?:[A-Z]{1,6}[._/-])?"
    rf"\d{{1,5}}(?:[._/-]\d{{1,5}})? (?=[{UPPER}][{LOWER}])"
    # an act's number with its prefix after a list's last surname, then its title: « … Mme Rose
    # LAFAGE D2023-014 Achat … », « … LAFAGE DCM 2024-011 : Budget … »
    # (in mixed case too: « … Mme Anne Roux CC-2019-045 Attribution … », never a reference in
    # a sentence: « vu la délibération CC-2019-045 … »)
    rf"|(?<=[{UPPER}]{{2}} )(?:[A-Z]{{1,8}}[._-](?=[A-Z]))?[A-Z]{{1,8}}[ ._-]?(?:19|20)\d\d[._/-]"
    r"\d{1,5}(?:[._/-]\d{1,5})?"
    rf" ?[-–—:]? ?(?=[{UPPER}][{LOWER}])"
    # (in mixed case too, the prefix glued or an act's kind: « … Mme Anne Roux CC-2019-045
    # Attribution … », « … Mme Anne Roux DCM 2024-031 : … »,
    # never a reference in a sentence: « vu la délibération CC-2019-045 … »)
    rf"|(?<=[{LOWER}]{{2}} )(?<!ration )(?<!cision )(?<!rrêté )(?<!nance )(?<!apport )(?<!du )"
    r"(?<!le )(?<!la )(?:[A-Z]{1,8}[._-]?|(?:DCM|DELIB|DEL|DCC|DCS|DBC|DB|DC|CM|CC|CP|BC|BP) )"
    rf"(?:19|20)\d\d[._/-]\d{{1,5}}(?:[._/-]\d{{1,5}})? ?[-–—:]? ?(?=[{UPPER}][{LOWER}])"
    # a bare act number after a sentence's end, then its title: « … 0 abstention 2024-046 -
    # Fonds de concours »
    # (never a range of years: « … pour l'année 2024-2025 Le conseil … »)
    # (nor the figures of an act's code after its prefix: « Point 4 – DCM 2025-104 – … »)
    r"|(?<=[\w.;)»] )(?<!ration )(?<!RATION )(?<!\b[A-Z]{2} )(?<!\b[A-Z]{3} )(?<!\b[A-Z]{4} )"
    r"(?!(?:19|20)\d\d-(?:19|20)\d\d\b)"
    r"(?:19|20)\d\d[._-]\d{2,5}(?:[._-]\d{1,5})?"
    rf" ?[-–—:] ?(?=[{UPPER}][{LOWER}]|[{UPPER}]{{2}}[{UPPER}'’ ]{{3}})"
    r"|(?<= )Apr[èe]s en avoir d[ée]lib[ée]r[ée]"
    # the opening formula after the counts and stamps run on before it: « … Date d'affichage :
    # 12 décembre 2025 L'an deux mille vingt-cinq, le neuf décembre, … » (its date is the
    # sitting's, the stamp's line is no heading)
    r"|(?<=[\w.;:,)] )(?=(?:L['’]an|L['’]AN) (?:deux mil|DEUX MIL|mil |MIL |(?:19|20)\d\d\b))"
    # one outcome said for every item after their list: « … du Zénith Toutes les délibérations
    # ont été adoptées. »
    r"|(?<=[\w.;)»] )(?=(?:Toutes les|TOUTES LES|L['’]ensemble des) (?:d[ée]lib|D[ÉE]LIB"
    r"|d[ée]cisions|D[ÉE]CISIONS|points|questions|affaires|rapports))"
    # the visas open the deliberation's text, even after a title without its full stop
    r"|(?<=[\w)»] )(?:Vu (?=l[ea] |les |l['’])|VU (?=l[ea] |les |l['’]|LE |LA |LES |L['’])"
    r"|Consid[ée]rant (?=que |qu['’]|l[ea] |les |l['’]))"
    r"|(?<= )(?:Le|La|L['’]) ?(?=(?:[Cc]onseil|[Cc]ommission|[Bb]ureau|[Cc]omit|[Aa]ssembl)"
    r"[^.;:]{0,60}"
    # (or the opinion it gives: « … SRADDET Le Conseil départemental émet un avis … »)
    r"(?:apr[èe]s en avoir d[ée]lib|(?:[ée]met|donne|rend) (?:un |son )?avis ))"
    r"|(?<= )(?:LE|LA|L['’]) ?(?=(?:CONSEIL|COMMISSION|BUREAU|COMIT|ASSEMBL)[^.;:]{0,60}"
    r"(?:apr[èe]s en avoir d[ée]lib|APR[ÈE]S EN AVOIR D[ÉE]LIB))"
    # after a list's closing count: « …, M. Michel LEBLANC (4) ▪ Approbation … »
    rf"|(?<=\(\d\) )(?=[-–{UPPER}])|(?<=\(\d\d\) )(?=[-–{UPPER}])"
    # where a title printed mid-line ends: « … 2024 Monsieur le Maire présente … », « … de
    # l'école » Mme Odile FAURE, présidente … » (never « présidence de M. Gérard POMMIER », nor
    # a proxy's giver in its bracket: « M. X (+ pouvoir Mme Y) », « (procuration M. Z) »)
    rf"|(?<=[{LOWER}0-9»)] )(?<!\d\) )(?<!\bde )(?<!\bà )(?<!\bpar )(?<!\bet )(?<!\bpour )"
    r"(?<! avec )(?<! la )(?<! le )(?<!\bMme )(?<!\bMlle )(?<!pouvoir )(?<!pouvoirs )"
    r"(?<!procuration )(?<!mandat )(?<!repr[ée]sentant )"
    # (nor the titular a suppléant sits for: « Mme X qui remplace M. Y », « remplaçant M. Y »)
    r"(?<!remplace )(?<!rempla[çc]ant )(?<!remplaçante )(?:M\.|Mme|Monsieur|Madame)"
    rf" (?=[{UPPER}]|l[ea] (?:Maire|Pr[ée]sident|Rapporteur|Vice))"
    r"|(?<=\w )(?:Adopt[ée]e?s?|Rejet[ée]e?s?|Vot[ée]e?s?) (?=[àa] |par )"
    # « … Budget supplémentaire 2025 Unanimité moins 2 abstentions (…) »: the outcome's word
    # after the title's last word
    rf"|(?<=[{LOWER}0-9] )(?:Unanimit[ée]|UNANIMIT[ÉE])(?=[ .;,:]|$)"
    # « … des fêtes Par douze voix contre deux, les tarifs … »: a vote's clause opening its
    # sentence (its capital after a word in lower case)
    rf"|(?<=[{LOWER}0-9] )Par (?=(?:\d{{1,3}}|[{LOWER}-]{{2,20}}(?: et une?)?) voix\b)"
    rf"|(?<=[{UPPER}0-9] )(?:ADOPT[ÉE]E?S?|REJET[ÉE]E?S?|VOT[ÉE]E?S?) (?=[ÀA] |PAR )"
    # « … des déchets Décision adoptée à l'unanimité »: the act's word opens its outcome
    rf"|(?<=[{LOWER}0-9] )(?:D[ée]cision|D[ée]lib[ée]ration|Motion|Proposition) "
    r"(?=(?:adopt|rejet)[ée]e?s? (?:[àa] |par ))"
    r"|(?<=[\w)] )(?:Arriv[ée]e|D[ée]part|Sortie|Entr[ée]e en s[ée]ance) (?=de |d['’])"
    rf"|(?<=[{LOWER}] )pour ?: ?(?=\d)"
    # « … Budget principal Voix pour 8, voix contre 6 »: a vote's figures after a title
    # (after a word: « … pour : 15 Voix contre : 0 » is one vote's figures)
    rf"|(?<=[{LOWER}] )(?:Voix|VOIX) (?=(?:pour|contre|POUR|CONTRE) ?:? ?\d)"
    # « … abstention : 0 N° 2019 / 145 - Admission en non-valeur … »
    r"|(?<=[\w.;)»] )(?<!ration )(?<!RATION )(?<!apport )(?<!APPORT )"
    r"[Nn] ?[°º] ?(?=(?:[A-Za-z]{1,8}[._-]?)?\d{1,4}"
    rf"(?:(?: ?/ ?|[._-])[A-Za-z0-9]{{1,6}}){{1,3}} ?[-–—:|] ?[{UPPER}])"
    # a numbered entry of a list: « 1. MARCHAND Hélène 2. PRAT Louise »
    r"|(?<= )" + _NO_VOTE_LABEL + _NO_COUNT_BEFORE + rf"\d{{1,3}}\. (?=[{UPPER}]{{2,}})"
    # « … Groupe Agir 12) Mme PASCAL Anne (Nantua) 13) M. QUINET … »
    r"|(?<= )"
    + _NO_VOTE_LABEL
    + _NO_COUNT_BEFORE
    + rf"\d{{1,3}}(?:[.)/]|°\)?) (?=(?:M\.|Mme|Monsieur|Madame) [{UPPER}])"
    r"|(?<= )" + _NO_VOTE_LABEL + rf"\d{{1,3}}\) (?=[{UPPER}]{{2,}})"
    # an item's ordinal after a sentence's end: « … adopté. 2 - Rapport annuel du … »; not a
    # count (« Présents : 11 - Votants : 13 »: a colon follows the word)
    # (« 3/ Tarifs », never a vote's « Pour 9 / Contre 0 »)
    # (never a count run on into the next sentence: « Votants 13. Sous la présidence de … »)
    r"|(?<=[\w.;)»] )"
    + _NO_VOTE_LABEL
    + _NO_COUNT_BEFORE
    + r"\d{1,3}(?: ?[-–—).]|/) (?!(?:Adopt|Approuv|Rejet)[ée]e?s?\b|Votes? ?:)"
    # (or a title of one word, then its colon: « … adopté. 2. Tarifs : adopté … », « 4. Finances
    # : budget annexe … »; never a count's label: « Votants : 13 »)
    rf"(?=[{UPPER}][{LOWER}'’-]{{1,30}}(?:,? [^\s:]| : [^\W\d_]))"
    # « … 3° Tarifs … », « … adopté. 3 - TARIFS DE LA CANTINE … »
    # (« … 3°) Tarifs », « … 3°/ Tarifs »: the degree and its stop)
    rf"|(?<=[\w.;)»] )\d{{1,3}}° (?=[{UPPER}][{LOWER}])|(?<=[\w.;)»] )\d{{1,3}}°[)/] (?=[{UPPER}])"
    rf"|(?<=[.;)»] )\d{{1,3}} ?[-–—).] (?=[{UPPER}]{{2}}[{UPPER}'’ ]{{3}})"
    # (or after the last figure or the outcome of the item before, no stop: « … ABSTENTION : 2
    # 2 - BUDGET PRIMITIF … », « … ADOPTÉ À L'UNANIMITÉ 3 - CONVENTION … »)
    r"|(?:(?<=\d )|(?<=NIMIT[ÉE] )|(?<=DOPT[ÉE] )|(?<=DOPT[ÉE]E ))\d{1,3} ?[-–—).]"
    rf" (?=[{UPPER}]{{2}}[{UPPER}'’ ]{{3}})"
    # « … DEL 03 – Débat … », « … Délibération 2024-101 – … », « … 2025-051 Tarifs … »
    rf"|(?<=[.;)»] )[A-Z]{{2,8}} \d{{1,4}}(?:[._/-]\d{{1,5}}){{0,2}} ?[-–—:] (?=[{UPPER}])"
    r"|(?<= )(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION) (?=(?:19|20)\d\d[._/-]\d)"
    # (« … Délibération CP.2022.12-03 … » with its prefix, not after its sitting's dash: « Bureau
    # du 21 mai 2024 - Délibération BC-2024-077 » is one heading)
    r"|(?<= )(?<![-–—:|] )(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)"
    r" (?=[A-Z]{1,8}[._-]?(?:19|20)\d\d[._/-]\d)"
    # (« … COLAS Émilie DEL 2024-088 Rapport … »: the act's prefix goes with its number)
    # (consumed whole: the search goes on after the number)
    r"|(?<=[\w.;)»] )(?!POUR |VOIX )[A-Z]{2,5} (?:19|20)\d\d[._/-]\d{1,5}(?:[._/-]\d{1,5})?"
    rf" (?=[{UPPER}][{LOWER}])"
    r"|(?<=[\w.;)»] )(?<!ration )(?<!RATION )(?<![°º] )(?!(?:19|20)\d\d-(?:19|20)\d\d\b)"
    rf"(?:19|20)\d\d[._/-]\d{{1,5}}(?:[._/-]\d{{1,5}})? (?=[{UPPER}][{LOWER}])"
    # a relevé's rows run together: « … 3 POUR / 1 CONTRE • 2025-32 Convention … »,
    # « … UNANIMITÉ Décision B-2025-002 — Marché … »
    r"|(?<=[\w.;)»] )[-–—] (?=(?:19|20)\d\d[._/-]\d{1,5}(?:[._/-]\d{1,5})? "
    rf"[{UPPER}][{LOWER}])"
    # « … Pris acte DEL-2025-002 Garantie … », « … Adoptée DEL-2025-003 … »: after an outcome
    r"|(?:(?<=cte )|(?<=t[ée]e )|(?<=t[ée] )|(?<=T[ÉE] )|(?<=T[ÉE]E )|(?<=t[ée]es ))"
    rf"(?=[A-Z]{{1,8}}[._-]?\d{{4}}[._-]\d{{1,5}}(?:[._-]\d{{1,5}})? [{UPPER}][{LOWER}'’])"
    r"|(?<=[\w.;)»] )(?:D[ée]cision|D[ÉE]CISION) (?=(?:[nN] ?[°º] ?)?[A-Z]{0,8}[._-]?\d{2,4}"
    r"[._/-]\d)"
    # « … l'unanimité. II - Tarifs … », « … Point n° 3 : Tarifs … », « … Question n° 2 : … »
    rf"|(?<=[\w.;)»] )[IVX]{{1,5}} ?[-–—.)] (?=[{UPPER}][A-Za-zÀ-ÿŒœ'’-]{{1,30}} )"
    r"|(?<=[\w.;)»] )(?:Point|POINT|Question|QUESTION|Affaire|AFFAIRE|Rapport|RAPPORT"
    r"|Dossier|DOSSIER)(?: [Nn] ?[°º])? ?\d{1,3}(?: (?:bis|ter|BIS|TER))? ?[-–—.):]?"
    rf" (?=[{UPPER}])"
    # « … l'unanimité. Tarifs de la cantine (D2025-12) : adopté … »: a title, its act's number
    # in brackets, then its outcome
    r"|"
    + _AFTER_AN_END
    + rf"(?<!\bM\. )(?=[{UPPER}][^.;:()\n]{{3,200}} (?:[\[(](?:[Dd][ée]lib[ée]ration )?"
    r"|[-–—] (?:[Dd][ée]lib[ée]ration|[Dd][ée]cision) )(?:[Nn] ?[°º] ?)?"
    + ACT_CODE
    + r"[\])]? ?[-–—:,] ?(?i:adopt|approuv|rejet|unanimit|vot[ée]|pris acte|le conseil|le comit))"
    # « … Finances 2.1 – Budget … », « … l'unanimité. 2.2 – Tarifs … »: an item under its
    # chapter's figure
    # (never a figure after its own word: « Action 3.2 – Ateliers … », « Article 1.2 – … »)
    r"|(?<=[\w.;)»] )(?<!ction )(?<!CTION )(?<!iche )(?<!esure )(?<!rticle )(?<!oint )"
    rf"(?<!xe )(?<!apport )(?=\d{{1,2}}\.\d{{1,2}}\.?(?: ?[-–—):])? [{UPPER}][{LOWER}'’])"
    # (« … Mme Anne BOIS Point n° 3 » cut before its « Objet : Tarifs … »)
    r"|(?<=[\w.;)»] )(?:Point|POINT|Question|QUESTION) [Nn] ?[°º] ?\d{1,3}$"
    # « … l'unanimité. Rapport n° 4001 – Attribution … »: a report's number of four figures
    r"|(?<=[\w.;)»] )(?:Rapport|RAPPORT|Dossier|DOSSIER|Affaire|AFFAIRE) [Nn] ?[°º] ?\d{4,5}"
    rf" ?[-–—:] (?=[{UPPER}])"
    # « … l'unanimité. N°2 / Fixation du prix … »: the place on the agenda after « N° » (after
    # a list's last surname too: « … Mme Anne BOIS N° 3 - Tarifs … »)
    rf"|(?:(?<=[.;)»] )|(?<=[{UPPER}]{{2}} ))[Nn] ?[°º] ?\d{{1,3}} ?[-–—/:.)] ?"
    rf"(?=[{UPPER}][{LOWER}])"
    # « … l'unanimité. Deuxième point : Tarifs … », « … adopté. 3e question – … »
    r"|(?<=[\w.;)»] )(?:Premi[eè]re?|PREMI[EÈ]RE?|Seconde?|SECONDE?"
    r"|\d{1,3} ?(?:er|re|[èe]re|e|[èe]me|i[èe]me)"
    rf"|[A-Z][{LOWER}]{{1,12}}(?:-(?:et-)?[{LOWER}]{{2,8}}){{0,2}}i[èe]me"
    rf"|[{UPPER}]{{2,12}}(?:-(?:ET-)?[{UPPER}]{{2,8}}){{0,2}}I[ÈE]ME)"
    r" (?:[Pp]oint|POINT|[Qq]uestion|QUESTION|[Aa]ffaire|AFFAIRE|[Dd]ossier|DOSSIER"
    rf"|[Rr]apport|RAPPORT) ?[-–—.:)] (?=[{UPPER}«\"])"
    r"|(?<= )Ne (?=(?:prend|prennent|participe|participent) pas)"
    # where a title printed mid-line ends: « … de l'eau Le Conseil prend acte »
    rf"|(?<=[{LOWER}0-9] )(?:Le|La|L['’]) ?(?=(?:Conseil|Maire|Pr[ée]sidente?|Rapporteur|Bureau"
    r"|Commission|Comit[ée]|Assembl[ée]e)\b)"
    # a sentence after a list's last name, in any case: « … Mme Inès Ben Amor Le quorum étant
    # atteint, le conseil … », « … M. Yves LE BIHAN Le conseil municipal, … »
    r"|(?<=\w )(?:Le|La|L['’]) ?(?=quorum\b|s[ée]ance (?:est|a [ée]t[ée]) )"
    rf"|(?<=[{UPPER}]{{2}} )(?:Le|La|L['’]) ?"
    r"(?=conseil (?:municipal|communautaire|m[ée]tropolitain"
    r"|syndical|d[ée]partemental|r[ée]gional)\b)"
    # An act's number opening its item, then its title: what it looks like is ACT_CODE, and
    # what may stand before it is the end of what came before: a sentence's or an outcome's
    # end even without its stop (« … l'unanimité N° 2023-120 Tarifs … », « … prend acte
    # D2023-034 … »), a count's figure (« … Votants : 16 D2023-031 Attribution … »), a name in
    # capitals (« … Mme Lise GAY 2025-040 Tarifs … »); never a word of a sentence (« vu la
    # délibération 2024-012 du … »).
    # (after a word in capitals, the number alone: « … MUNICIPAL N°36/2023 » ends a heading)
    r"|(?:"
    + _AFTER_AN_END
    + r"(?<!\bM\. )(?:(?:[Nn] ?[°º]|(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)(?: [Nn] ?[°º])?)"
    r" ?)?"
    # (a surname's only, after a civility and a given name: text._cut checks it; never an
    # act's prefix, « DEL 2024-088 »)
    rf"|(?<=[{UPPER}]{{2}} )(?P<after_name>))"
    r"(?=" + ACT_CODE + rf" ?[-–—:]? ?(?:[{UPPER}][{LOWER}'’]|[{UPPER}]{{2}}[{UPPER}'’ ]{{3}}))"
    r")"
)


_PLACE_WORDS = ("point", "question", "affaire", "dossier", "sujet")
# A figure alone after « n° » is a place on the agenda after a report's or an object's word
# (« Rapport n° 3 : Tarifs », « Objet n° 3 – … ») or opening a line before its title (« N° 3 –
# Tarifs de la piscine »), as the item headings read it; « Délibération n° 3 » names the act.
_PLACED_FIGURE = re.compile(r"\d{1,3}")
_PLACE_BEFORE_FIGURE = ("rapport", "objet")
_TITLE_AFTER_FIGURE = re.compile(rf"[ \t]*[-–—:.)/][ \t]*[{LOWER}«\"]")
# Another kind of act named before its number, in a sentence (on lower case)
_OTHER_KIND = re.compile(
    r"(?:arr[êe]t[ée]|ordonnance|d[ée]cret|loi|circulaire|avenant|march[ée]|permis|convention"
    r"|contrat|jugement|requ[êe]te|instruction)s?(?: (?:pr[ée]fectora(?:l|ux)|municipa(?:l|ux)"
    r"|minist[ée]riels?|interpr[ée]fectora(?:l|ux)|du maire|du pr[ée]sident|modifi[ée]e?))*$"
)


def _find_number(
    text: str, low: str, end: int, sitting: date | None = None
) -> tuple[str, str, int] | None:
    """The deliberation number (after « délibération n° » or « n° » opening a line)."""
    for match in _NUMBER.finditer(low, 0, end):
        line_start = low.rfind("\n", 0, match.start()) + 1
        before = low[line_start : match.start()].strip()
        # At a line's start, after « délibération », or in a heading's line (« DELIBERATION DU
        # CONSEIL MUNICIPAL N°36/2023 »), never in a « Vu … » or in a reference.
        heading_line = not before.startswith(("vu", "-", "considérant", "considerant"))
        if before.endswith(_PLACE_WORDS):
            continue  # « Point n° 3 », « Question n°3 »: a place on the agenda, no act's number
        if _PLACED_FIGURE.fullmatch(match.group(1)) and (
            before.endswith(_PLACE_BEFORE_FIGURE)
            or (not before and _TITLE_AFTER_FIGURE.match(match.group("rest")))
        ):
            continue
        if before and _OTHER_KIND.search(before[-60:]):
            continue  # « … l'arrêté préfectoral n° 2022-145 », « … l'ordonnance n° 2020-391 »
        if (
            not before or before.endswith(("ration", "ration :")) or heading_line
        ) and not _other_act(match.group("rest"), sitting):
            number = _span(text, match, 1).rstrip(".-/ ").replace(" - ", "-")  # « 2024 - 043 »
            return number, _span(text, match, "rest"), line_start
    return None


# On lower case: a vote's words, never a title's (« pour l'organisation » is a title's).
_TITLE_STOP = re.compile(
    r"adopt[ée]|unanimit|rejet[ée]|prend acte|pris acte|\d+ (?:voix|pour\b|contre\b|abstention)"
    r"|(?:pour|contre|abstentions?) ?: ?\d"
)
# A title cut after a word that needs the next (« … avec la commune de » / « Saint-Just »).
_OPEN_END = re.compile(
    r"(?:\s(?:de|du|des|à|au|aux|la|le|les|et|pour|avec|sur|en|entre|dans)|\s[dl]['’])$",
    re.IGNORECASE,
)
_ACT_OPENING = re.compile(r"^(?:n ?[°º]|d[ée]lib|\d|[a-z]{1,8}[ ._-]?\d)", re.IGNORECASE)
_WRAPPED_LINES = 3  # a title wraps over two or three printed lines, seldom more
# A sentence of the deliberation in lower case, no title's next words.
_NOT_A_TITLES_END = re.compile(
    r"^(?:vu|consid[ée]rant|apr[èe]s en avoir|d[ée]cide|rapporteure?|pr[ée]sent[ée] par"
    # the exposé's opening: « Entendu l'exposé du rapporteur, … », « Le rapporteur expose … »
    r"|entendu|ou[iï]e? l['’]expos|(?:le|la) rapporteure?"
    r"|(?:le|la|l['’]) ?(?:conseil|maire|pr[ée]sident|bureau|comit|commission|assembl))\b",
    re.IGNORECASE,
)


def _other_act(rest: str, sitting: date | None) -> bool:
    """Whether the words after a number make it another act's (« n° 2012-44 du 4 juin 2012 »);
    « … N°03/2025 du 23 janvier 2025 » dated the sitting's own day is this act."""
    if not _REFERENCE.match(rest):
        return False
    if sitting is None or not rest.lstrip(" ,").startswith("du "):
        return True
    mentions = find_dates(rest[:40])
    return not (mentions and mentions[0].valid and mentions[0].resolve() == sitting)


def _wrapped(
    title: str, following: list[str], sitting: date | None = None, full: bool = False
) -> str:
    """The title with its next lines when the title was wrapped there (« Attribution d'une
    subvention exceptionnelle » / « au club de football » / « de Vaux »); a vote or a cue is no
    title, a page's footer between the lines no part of it. `full`: the title's line was
    printed as wide as the page's text, so the page wrapped it wherever it stood (« … du Plan
    Local d'Urbanisme » / « Intercommunal du secteur Nord »): a line in capitals ending the
    heading's block (a vote, a blank or a sentence of the text after it) goes on with it."""
    lines = without_furniture(following, sitting)
    for at, line in enumerate(lines[:_WRAPPED_LINES]):
        line = line.strip()
        if full and _wrapped_on_capital(title, line, lines[at + 1] if at + 1 < len(lines) else ""):
            return f"{title} {line}"
        full = False  # (once: a third line goes on only in lower case)
        # the text run on after the title's end (« ludothèque Le conseil, après en avoir
        # délibéré, adopte »): the title's end is the line before it
        run_on = _EXPOSE_OPENING.search(line) if " " in line else None
        if run_on is not None and run_on.start() > 0:
            line = line[: run_on.start()].rstrip(" ,;")
        # a title in capitals goes on in capitals (« … EXCEPTIONNELLE » / « AU CLUB DE … »)
        capitals = (
            title.isupper()
            and line.isupper()
            and len(line) < 120
            and sum(c.isalpha() for c in line) >= 4
            and not _ACT_OPENING.match(line)  # « N°DEL2025-01 » under the title is its number
        )
        if not (
            title
            and (title[-1].isalpha() or title[-1] in "'’")
            and (
                line[:1].islower()
                or capitals
                or _OPEN_END.search(title) is not None
                or _name_after_noun(title, line)
                or _YEAR_ALONE.match(line) is not None
            )
            and ":" not in line
            and not _TITLE_STOP.search(line.lower())
            and not _NOT_A_TITLES_END.match(line)
        ):
            break
        title = f"{title} {line}"
        if run_on is not None and run_on.start() > 0:
            break
    return title


# A line of a year alone, or of a season, ends the title above it: no minutes print a year
# on its own line otherwise (« Tarifs de la cantine pour l'année » / « 2026 », « Tarifs du
# centre de loisirs » / « 2025-2026 »).
_YEAR_ALONE = re.compile(r"^(?:19|20)\d\d(?: ?[-/–] ?(?:19|20)\d\d)?[.,;]?$")
# A year alone goes on a title too (« Tarifs de la cantine pour l'année » / « 2026 »).
_YEAR_GOING_ON = re.compile(r"^(?:19|20)\d\d(?:[ .,]|$)(?![-/.]?\d)")
# A verb of the text's sentences, never a title's (« Les crédits sont inscrits au … »).
_VERB = re.compile(r" (?:est|sont|a été|ont été|sera|seront|a|ont|doit|doivent|peut|peuvent) ")
_HEADING_UNDER = re.compile(
    r"^(?:n ?[°º]|(?:d[ée]lib|d[ée]cision|num[ée]ro|rapport|point|objet|r[ée]f|annexe|article)\b)",
    re.IGNORECASE,
)
_ACT_FIGURES = re.compile(r"\d{2,4} ?[-/._] ?\d")
_CIVILITY_OPENING = re.compile(r"^(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Messieurs)\s")


def _wrapped_on_capital(title: str, line: str, after: str) -> bool:
    """Whether `line`, opening in capitals or on a year, is the end of a title printed as wide
    as the page: no sentence, cue, vote or name of its own, and the heading's block ends under
    it (a blank, a vote, a cue, the text's first sentence)."""
    after = after.strip()
    return (
        bool(title)
        and title[-1:] not in ".;:"
        and 3 <= len(line) < 120
        and (
            (line[:1].isupper() and any(c.islower() for c in line))
            or _YEAR_GOING_ON.match(line) is not None
        )
        and ":" not in line
        and ". " not in line
        # (a sentence of the text ends with its full stop, or says « … sont inscrits … »)
        and line[-1:] != "."
        and _VERB.search(line) is None
        and _SENTENCE_OPENING.match(line) is None
        and _CIVILITY_OPENING.match(line) is None
        and _NOT_A_TITLES_END.match(line) is None
        and _TITLE_STOP.search(line.lower()) is None
        and _EXPOSE_OPENING.match(line) is None
        and not (line[:1].isdigit() and _YEAR_GOING_ON.match(line) is None)
        # (an act's heading under the point's: « Délibération 2024-051 », « N° 12 »)
        and _HEADING_UNDER.match(line) is None
        and _ACT_FIGURES.search(line) is None
        and (
            not after
            or _VOTE_OPENING.match(after) is not None
            or _TITLE_STOP.search(after.lower()) is not None
            or _NOT_A_TITLES_END.match(after) is not None
            or _SENTENCE_OPENING.match(after) is not None
            or _EXPOSE_OPENING.match(after) is not None
        )
    )


def full_width(lines: list[str]) -> int:
    """How wide the page's text runs, in characters: the width most long lines reach (the
    ninth of ten, by length); a wrapped line is about as wide."""
    lengths = sorted(len(line) for line in lines if line.strip())
    return lengths[len(lengths) * 9 // 10] if lengths else 0


def _printed_full(line: str, width: int) -> bool:
    """Whether a heading's line was printed about as wide as the page's text."""
    return width >= 40 and len(line.strip()) >= 0.8 * width


_PROPER_NAME = re.compile(rf"^(?:Le|La|Les|L['’]) ?[{UPPER}][^.:;]{{0,70}}$")


def _name_after_noun(title: str, line: str) -> bool:
    """« … du lotissement » / « Le Clos des Vignes »: a title cut after a noun a name follows
    (_NAMED_BY), the name on the next line."""
    word = title.replace("’", "'").rpartition(" ")[2].rpartition("'")[2]
    return word.lower() in _NAMED_BY and _PROPER_NAME.match(line) is not None


# A title's first words that also open other blocks: « Désignation des délégués au … ».
_TITLE_OPENING = re.compile(r"^(?:d[ée]signation|approbation|rapport)\s", re.IGNORECASE)


# A line that opens on the item's vote, never its title: « Adopté à l'unanimité. »
_VOTE_OPENING = re.compile(
    r"^(?:adopt[ée]e?s?\b|rejet[ée]e?s?\b|(?:votes?|pour|contre|abstentions?) ?:"
    r"|(?:[àa] )?l['’]unanimit"
    # the item taken off the agenda: « Retiré de l'ordre du jour », « Ajourné », « Reporté … »
    r"|(?:(?:point|question|dossier|rapport|projet)\s)?(?:retir|ajourn|report)[ée]e?s?\b)",
    re.IGNORECASE,
)


def _without_full_stop(title: str) -> str:
    """The title without the full stop of its sentence (« 1 - Budget primitif 2025. »)."""
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title


def _read_title(
    lines: list[str], start: int, rest: str, sitting: date | None = None
) -> str | None:
    """The deliberation's title: after the number on its line, else the lines below it (a
    page's header or footer there is none of it)."""
    rest = _TITLE_SEPARATOR.sub("", rest).strip()
    if sum(c.isalpha() for c in rest) >= 3:
        following = lines[start + 1 : start + 7]
        return _normalise(_without_full_stop(_wrapped(rest, following, sitting)))
    taken: list[str] = []
    for at, line in enumerate(lines[start + 1 : start + 12], start + 1):
        stripped = line.strip()
        if is_page_furniture(stripped, sitting):
            continue
        if not stripped:
            if taken:
                break
            continue
        if not taken and stripped[:5].lower() == "objet" and (cued := _OBJECT.match(line.lower())):
            # « Objet : » alone on its line (a margin's label), the title under it
            title = _read_object(lines, at, line[cued.start(1) :])
            return _normalise(_without_full_stop(title)) if title else None
        if (
            (_LIST_STOP_CI.match(stripped) and not _TITLE_OPENING.match(stripped))
            or _list_head(stripped)
            or "convoqu" in stripped
            or _VOTE_OPENING.match(stripped)
            or _NOT_A_TITLES_END.match(stripped)  # the exposé begins: the title has ended
        ):
            break
        taken.append(stripped)
    return _join_lines(taken) or None


# A heading's next part, printed on the line after the object.
_OBJECT_END = re.compile(
    r"^(?:date|nombre|conseillers|membres|pr[ée]sents?|votants|en exercice|s[ée]ance|votes?\b"
    r"|pour ?:|adopt|rejet|unanimit|vu\b|consid[ée]rant|apr[èe]s en avoir"
    r"|(?:le|la|l['’]) ?(?:conseil|bureau|comit|commission|assembl))",
    re.I,
)


# The act's number closing the object's line, or its cue cut there (« Objet : Tarifs —
# Délibération n° » / « 104/2024 »): the title is whole, the lines after it are the act's.
_CUT_ACT = re.compile(
    r"(?:^|\s)[-–—:]?\s?(?:[dD][ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|[dD][ée]cision|D[ÉE]CISION)"
    r"(?:\s?(?:[nN]\s?[°º]|no\.?))?\s?:?$"
)


def _read_object(lines: list[str], start: int, first: str) -> str | None:
    taken = [first] if first.strip() else []
    for line in lines[start + 1 : start + 8]:
        if taken and (
            _NUMBER_AFTER_TITLE.search(taken[-1].strip()) or _CUT_ACT.search(taken[-1].strip())
        ):
            break
        if not line.strip():
            if taken:
                break
            continue
        if (
            _LIST_STOP_CI.match(line.strip())
            or _OBJECT_END.match(line.strip())
            or _list_head(line.strip())
        ):
            break  # « Date de convocation : … », « Absents excusés : … » under the object
        taken.append(line)
    title = _join_lines(taken)
    if title and (cut := _CUT_ACT.search(title)):
        title = title[: cut.start()]
    return title.rstrip(" -–—,") or None


# -- items ------------------------------------------------------------------------------------


# On lower case: a figure of a vote printed with the item (« 21 voix pour », « Pour : 21 »).
_VOTE_FIGURE = re.compile(
    r"\d+ (?:voix|pour\b|contre\b|abstention)|(?:pour|contre|abstentions?) ?: ?\d"
)
# On lower case: a line holding an item's vote or outcome.
_VOTE_CUE = re.compile(
    r"adopt|approuv|unanimit|rejet|prend acte|pris acte|\bpour\b|\bcontre\b|abstention|\bvot"
)


_AMENDMENT = re.compile(r"(?:l['’])?(?:sous-)?amendements?\b", re.IGNORECASE)
# Items that are no vote: « Questions diverses », « Informations du Maire », an election whose
# result is a name (« M. X est élu »), « Sans vote ». No outcome, and nothing missing.
_NOT_VOTED_TITLE = re.compile(
    r"^(?:questions?\s+diverses|informations?\b|communications?\b|points?\s+divers|affaires?"
    r"\s+diverses|divers\b|compte[- ]rendu\s+des\s+d[ée]cisions|d[ée]cisions?\s+(?:du\s+"
    r"(?:maire|pr[ée]sident)|prises))",
    re.IGNORECASE,
)


def no_vote_expected(record: DeliberationRecord) -> bool:
    """An item that is no deliberation by its title (« Questions diverses », « Informations du
    Maire »): no outcome, no act's number, and nothing missing for it."""
    return (
        record.outcome is None
        and not record.number
        and _NOT_VOTED_TITLE.match(record.title or "") is not None
    )


_NOT_VOTED = re.compile(
    r"\bsans\s+(?:vote|objet)\b|\bpas\s+de\s+vote\b"
    r"|\baucune?\s+(?:d[ée]lib[ée]ration|question|vote)\b|\bpoint\s+d['’]information\b"
    r"|\bpour\s+information\b|\best\s+(?:[ée]lue?|proclam[ée]e?|d[ée]sign[ée]e?)\b"
    r"|\bsont\s+(?:[ée]lu|proclam|d[ée]sign)",
    re.IGNORECASE,
)


# On lower case: a member leaving or withdrawing, told in a line of its own (named with their
# civility or without: « Noé GIL, intéressé, sort de la salle »).
_MOVEMENT_TOLD = re.compile(
    r"^[-–—•\s]*(?:(?:m\.|mme|mm\.|monsieur|madame)\s)?[^.;\n]{1,60}?\s(?:quitte|a\squitt[ée]"
    r"|se\sretire|s['’]est\sretir|sort\b|est\ssortie?)"
)
_OUTCOME_WORDS = re.compile(r"adopt|approuv|unanimit|rejet|\d (?:voix|pour|contre)")


# On lower case: a line that is a vote's own (« Vote : 11 pour ; 2 contre », « Pour : 11 – … »,
# « Votants : 14 – Pour : 11 », « 11 voix pour, 2 contre »), not an exposé quoting another
# body's (« La commission a émis un avis favorable (5 pour, 1 contre) »).
_VOTE_OPENS = re.compile(
    r"^\W*(?:votes?\b|r[ée]sultats?\b|(?:pour|contre|abstentions?|votants|exprim[ée]s)\s?:"
    r"|nombre\s+de\s+votants|\d{1,3}\s+(?:voix\s+)?pour\b)"
)
# On lower case: a vote said without its figures (« à l'unanimité », « à la majorité »).
_SAID_WITHOUT_FIGURES = re.compile(r"unanimit|majorit")


def _told_movement(line: str) -> bool:
    """A movement's sentence, without the outcome of a vote on its line."""
    return _MOVEMENT_TOLD.match(line) is not None and _OUTCOME_WORDS.search(line) is None


def _read_item(
    lines: list[str],
    start: int,
    end: int,
    record: DeliberationRecord,
    extract: Extract,
    voted_in_heading: str = "",
) -> tuple[int, Vote]:
    """Decisions and vote of the item printed on lines [start, end) (and after its title on its
    heading's line); returns the line of its vote and what the vote names."""
    low_lines = [_lower(line) for line in lines[start:end]]
    decided = next((i for i, line in enumerate(low_lines) if _DELIBERATED.search(line)), None)
    if decided is not None:
        decided_at = start + decided
        record.decisions, vote_text, stop = read_decided(lines, decided_at, end)
        # the vote printed after the decisions (« Le Conseil adopte par 10 voix pour »): a member
        # leaving before that line missed it
        after = [i for i in range(stop, end) if _VOTE_FIGURE.search(low_lines[i - start])]
        vote_line = after[-1] if after and not _VOTE_CUE.search(low_lines[decided]) else decided_at
        # « Vote : 11 pour ; 2 contre » / « Le Conseil, après en avoir délibéré, approuve »: the
        # figures printed just above the decision (their lines, one label a line maybe), none
        # after it
        above = decided_at
        while (
            above > max(start, decided_at - 4)
            and _VOTE_FIGURE.search(low_lines[above - 1 - start])
            and _VOTE_OPENS.match(low_lines[above - 1 - start])
        ):
            above -= 1
        low_vote = _lower(vote_text)
        if (
            above < decided_at
            and not _VOTE_FIGURE.search(low_vote)
            and not _SAID_WITHOUT_FIGURES.search(low_vote)
        ):
            vote_text = "\n".join([*lines[above:decided_at], vote_text])
            vote_line = decided_at - 1
    else:
        # no « après en avoir délibéré »: the decisions open at a verb in capitals (« Le Conseil
        # Municipal FIXE les tarifs présentés », after the title on its heading's line when
        # flattened), the item's lines read for its vote as they were
        told = [voted_in_heading, *lines[start:end]]
        opening = next(
            (
                (i, verb_at)
                for i, line in enumerate(told)
                if not _MOVEMENT_LINE_AT[line.strip()]
                and (verb_at := capital_decision(line, listing=True)) is not None
            ),
            None,
        )
        if opening is not None:
            at, verb_at = opening
            record.decisions = read_decisions(told, at + 1, len(told), told[at][verb_at:])[0]
        vote_text = "\n".join(lines[start:end])
        # the vote is where its outcome is printed: a member arriving after it (« Arrivée de
        # Mme X ») missed it, though the line stands before the next item's heading
        # (« M. X quitte la séance après le vote de … »: a movement told after the vote)
        voted = [
            i
            for i, line in enumerate(low_lines)
            if _VOTE_CUE.search(line) and not _told_movement(line)
        ]
        vote_line = start + voted[-1] if voted else end - 1
    if "mendement" in vote_text:
        # an amendment's own vote is not the deliberation's: « Amendement n° 1 … : rejeté par 4
        # voix pour et 13 voix contre. Le règlement est ensuite adopté par 15 voix pour … »
        vote_text = "\n".join(
            line for line in vote_text.split("\n") if not _AMENDMENT.match(line.lstrip())
        )
    if voted_in_heading:
        vote_text = f"{voted_in_heading}\n{vote_text}"
        if not any(_VOTE_CUE.search(line) for line in low_lines):
            vote_line = start - 1  # the heading's own line
    before = len(extract.findings)
    vote = _read_vote(vote_text, record, extract.findings)
    if record.decisions and "avis" in vote_text + "".join(record.decisions):
        # « DÉCIDE : – d'émettre un avis défavorable au projet ; – … »: the item's opinion
        decided_opinion("\n".join(record.decisions), record, extract.findings, before)
    if record.outcome is None and (
        _NOT_VOTED_TITLE.match(record.title or "") or _NOT_VOTED.search(vote_text)
    ):
        extract.findings[before:] = [
            f for f in extract.findings[before:] if f.code != "missing_outcome"
        ]
    return vote_line, vote


# The act's number printed after an item's title: « … (délibération n° 2025/014) », « … –
# délibération n° 2025-071 », « … – DEL 2025-071 ».
_NUMBER_AFTER_TITLE = re.compile(
    rf"(?:\s?\(|\s[-–—,]\s?|\s)(?:(?:[dD][ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|DCM|DEL)\s?"
    rf"(?:[nN]\s?[°º]\s?)?|[nN]\s?[°º]\s?(?=[A-Z]{{1,8}}[._-]?\d))"
    rf"(?P<number>{NUMBER}|\d{{1,4}})\)?(?: du [^()]{{4,30}})?$"
    # « Tarifs de la piscine (DCC-2025-042) »: a bracket holding the act's reference alone
    r"|\s?\((?P<bracketed>(?-i:[A-Z]{1,8})[._-]?(?:19|20)\d{2}[._/-]\d{1,5})\)$"
    # « Tarifs de la piscine DEL-2022-145 »: a coded number run on from the line under the
    # title (its prefix glued to the year)
    r"|\s(?P<coded>(?-i:[A-Z]{1,8})[._-]?(?:19|20)\d{2}[._/-]\d{1,5}(?:[._/-]\d{1,5})?)$"
)


# In a flattened text, the sentence after a title on its heading's line: « Approbation du
# procès-verbal du 6 février 2024 Le procès-verbal … est approuvé ».
# (an article before a proper name is the name's: « … du lotissement Le Clos des Vignes », « …
# à l'association Les Amis du Moulin »; before an assembly or an officer it opens a sentence)
_SENTENCE_AFTER_TITLE = re.compile(
    rf"(?<=[{LOWER}0-9»)] )(?:(?:Le|La|Les|L['’])(?! ?(?!(?:Conseil|Maire|Pr[ée]sident|Vice"
    r"|Rapporteu|Bureau|Commission|Comit|Assembl|Secr[ée]taire|Adjoint|D[ée]l[ée]gu|Quorum"
    rf"|S[ée]ance|Proc[èe]s|Commune|Ville|Communaut|M[ée]tropole)\w*\b)[{UPPER}])"
    # (never the title's own party after its preposition: « Vente d'un terrain à M. et Mme X »)
    r"|(?<!\bà )(?<!\bet )(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!\bpar )(?<!\bpour )(?<!\bavec )"
    r"(?:Monsieur|Madame|M\.|Mme)|Vu|Consid[ée]rant"
    # (« Questions diverses Aucune question n'a été posée »)
    r"|Apr[èe]s|Sur (?:proposition|le rapport)|Il|Elle|Ce|Cette|Aucune?)\b"
    rf"(?! [{UPPER}][{LOWER}]+-)"
    # a note under the title, its label first: « … de l'église Montant des travaux : 125 000 € »,
    # « … d'énergie Un seul candidat, M. X », « … Rapporteur : Mme Y »
    # (« Candidates : Mme X et Mme Y », « Candidature : … », « Se portent candidats : … »)
    r"|(?:Montant|Co[ûu]t|Rapporteu(?:r|se)|Pr[ée]sentation|Candidat(?:e|ure)?s?|Un seul candidat"
    r"|Une seule candidate|Se (?:porte|portent|pr[ée]sente|pr[ée]sentent) candidat(?:e|s|es)?)"
    r"\b(?=[^.:,\n]{0,30}[:,])"
    # the decision's clause, its verb or its assembly in lower case: « … avec la SPA décide de
    # renouveler … », « … Acquisition d'un véhicule DÉCIDE d'acquérir … », « … municipal le
    # conseil municipal fixe les tarifs … », « … après en avoir délibéré, … »
    r"|D[ÉE]CIDE\b|d[ée]cide (?=de |d['’]|que )|apr[èe]s en avoir d[ée]lib[ée]r[ée]"
    r"|le (?:conseil|comit[ée]|bureau) (?:municipal|communautaire|syndical|m[ée]tropolitain"
    rf"|d[ée]partemental)(?=,| [{LOWER}]+e\b)"
    # after a word in capitals, the assembly's sentence: « … du SIVOM Le Conseil prend acte »
    rf"|(?<=[{UPPER}] )(?:Le |La |L['’] ?)(?=(?:Conseil|Bureau|Comit[ée]|Assembl[ée]e|Commission"
    r"|Maire|Pr[ée]sidente?)\b)"
)
# Nouns a proper name follows, its article in lower case too: « à l'association Les amis du
# vieux moulin », « au lieu-dit La grange »
_NAMED_BY = frozenset(
    [
        "association",
        "lotissement",
        "résidence",
        "lieu-dit",
        "lieudit",
        "quartier",
        "hameau",
        "domaine",
        "société",
        "club",
        "foyer",
        "ehpad",
        "école",
        "collège",
        "lycée",
        "crèche",
        "rue",
        "chemin",
        "impasse",
        "allée",
        "avenue",
        "place",
        "zac",
        "zone",
        "parc",
        "camping",
        "salle",
        "maison",
        "espace",
        "secteur",
        "site",
    ]
)
_ASSEMBLY_NEXT = re.compile(
    r" ?(?i:conseil|maire|pr[ée]sident|bureau|commission|comit|assembl|quorum|s[ée]ance)"
)


def _without_sentence(text: Text, title: str | None) -> str | None:
    """A flattened text's title without the sentence run on after it (« … Tarifs de la piscine
    Le conseil adopte … »)."""
    if (
        not text.flattened
        or not title
        or (run_on := _sentence_after_title(title, len(title))) is None
    ):
        return title
    kept = title[: run_on.start()].strip()
    return kept if sum(map(str.isalpha, kept)) >= 3 else None


def _sentence_after_title(title: str, before: int) -> re.Match[str] | None:
    """Where a sentence run on after a title starts (_SENTENCE_AFTER_TITLE), not counting an
    article after a noun that a name follows (_NAMED_BY)."""
    at = 0
    while (found := _SENTENCE_AFTER_TITLE.search(title, at, before)) is not None:
        if found.group()[:1] != "L" or found.group() not in ("Le", "La", "Les", "L'", "L’"):
            return found
        word = title[: found.start()].replace("’", "'").split()[-1:]
        if (
            not word
            or word[0].rpartition("'")[2].lower() not in _NAMED_BY
            or _ASSEMBLY_NEXT.match(title, found.end())
        ):
            return found
        at = found.end()
    return None


# The label before an item's title: « 2° Titre : Tarifs du camping », « 3 – Intitulé : … »
_TITLE_LABEL = cues.plain(r"(?i:titre|intitul[ée])\s?:\s?")

# The vote run on after the title, in any text: « … rue des Écoles Retiré de l'ordre du jour. »
_VOTE_RUN_ON = re.compile(
    rf"(?<=[{UPPER}{LOWER}0-9»)] )"
    r"(?=(?:Adopt[ée]|Approuv[ée]|Rejet[ée]|Retir[ée]|Votes? ?:|Pour ?:"
    r"|Sans vote"
    r"|[ÀA] l['’]unanimit"
    r"|L[ae] (?:d[ée]lib[ée]ration|d[ée]cision|proposition) (?:est|a [ée]t[ée]) (?:adopt|approuv"
    r"|rejet)"
    # a relevé's result in a word and its bracket: « … Budget primitif 2025 Majorité (2 contre) »
    r"|(?:Majorit[ée]|Unanimit[ée]) ?\((?=[^()\n]{0,40}\b(?:contre|abstentions?|pour)\b)"
    # the result alone (« … de la cantine Unanimité. », « … des redevances Majorité »), an
    # opinion's (« … Avis favorable à l'unanimité »), a vote's figures (« … scolaire 15 voix
    # POUR, 0 voix CONTRE »)
    r"|(?:Unanimit[ée]|UNANIMIT[ÉE]|Majorit[ée]|MAJORIT[ÉE])(?=\s?[.;]|$)"
    r"|Avis (?:favorable|d[ée]favorable)(?= [àa] l['’]unanimit| [àa] la majorit|\s?[.;(]|$)"
    r"|\d{1,3} voix (?:pour|POUR)\b"
    # who took no part, or the result's own label, run on after the title where the title's
    # paragraph held them (« Avenant … Ne prend pas part au vote : Mme X », « … Résultat du
    # vote : 3 pour »), or wrapped there at a fixed width (« … Ne prend pas » / « part au … »)
    r"|Ne (?:prend|prennent) pas\b|N['’](?:a|ont) pas pris part\b"
    # an item only heard: « … du SIVOM Pas de vote : information », « … Ne donne pas lieu à
    # vote », « … Point d'information »
    r"|Ne (?:donne|fait) pas (?:lieu|l['’]objet)\b|Pas de (?:vote|d[ée]lib[ée]ration)\b"
    r"|Point d['’]information\b|Pour information\b|N['’]appelle pas de vote\b"
    r"|Aucune? (?:d[ée]lib[ée]ration|d[ée]cision|vote)\b"
    r"|(?:Ce|Cette) [a-zé]{4,14} (?:n['’]appelle pas|ne (?:donne|fait) pas)\b"
    r"|R[ée]sultats? du (?:vote|scrutin)\b"
    # an election's outcome run on after its title: « Désignation des délégués Sont désignés :
    # … », « Élection du maire Est élu : M. X »
    r"|(?:Sont|Est) (?:[ée]lue?s?|d[ée]sign[ée]e?s?|nomm[ée]e?s?)\b))"
)


# The list closing minutes that report their items (« LISTE DES DÉLIBÉRATIONS », « Récapitulatif
# des délibérations », « Tableau des délibérations »): each act's number and a title again.
_RECAP = re.compile(
    r"^(?:liste|r[ée]capitulatif|tableau|relev[ée])\s(?:des\s)?(?:d[ée]lib[ée]rations|actes)\b",
    re.IGNORECASE,
)


# The row's outcome after its title (« … n° 2 : Adoptée », « … – Pris acte »).
_RECAP_OUTCOME = re.compile(
    r"\s?[:–—|-]\s(?i:adopt|approuv|rejet|retir|pris\sacte|prend\sacte|unanim|ajourn|vot)"
    r"[^:–—|]{0,40}$"
)


# A row of that list, as table rows read (« 2025-71 – Travaux … : Adoptée »): an act's number
# (letters, or a separator between figures: no place on the agenda), then its title.
_RECAP_ROW = re.compile(
    r"^(?:[Nn] ?[°º] ?)?(?P<number>(?:[A-Z]{1,8}[ ._-]?\d|\d{1,4}[./_-]\d)[\w./-]{0,20})"
    r" ?[-–—|:] ?(?P<title>\S.{3,})$"
)


def _recap(
    lines: list[str],
    headings: list[Heading],
    flattened: bool,
    sources: list[int],
    all_voted: bool,
    sitting: date | None,
) -> tuple[int, list[Heading], list[tuple[str, str]]] | None:
    """Where the closing list starts, the items reported before it, and its rows, when the
    minutes report two items at least before a list of the acts (whose rows would else be
    taken for the items, the report's own headings lost); None otherwise."""
    if not headings:
        return None
    at = next(
        (
            i
            for i in range(headings[-1].index, 0, -1)
            if lines[i][:1] in "LlRrTt" and _RECAP.match(lines[i])
        ),
        None,
    )
    if at is None or not any(h.index > at and h.number for h in headings):
        return None
    before = find_headings(
        lines[:at], flattened=flattened, sources=sources[:at], all_voted=all_voted, sitting=sitting
    )
    if len(before) < 2:
        return None
    rows = [row for line in lines[at + 1 :] if (row := _RECAP_ROW.match(line)) is not None]
    return at, before, [(row["number"], row["title"]) for row in rows]


def _same_start(one: str, other: str) -> bool:
    """One title the other's start (a list shortens its titles, or the minutes do)."""
    return one.startswith(other) or other.startswith(one)


def _numbers_from_recap(extract: Extract, rows: list[tuple[str, str]]) -> None:
    """Each item without a number takes the number of the list's row its title begins like
    (« Tarifs 2026 des salles communales » for « Tarifs 2026 des salles communales des communes
    déléguées »); a row matching no item, or two, gives none."""
    for number, printed in rows:
        title = fold(_RECAP_OUTCOME.sub("", printed)).strip(" -–—:")
        if len(title) < 8:
            continue
        matching = [
            item
            for item in extract.items
            if item.deliberation.number is None
            and item.deliberation.title is not None
            and _same_start(fold(item.deliberation.title), title)
        ]
        if len(matching) == 1:
            matching[0].deliberation.number = number


def _read_items(
    text: Text,
    headings: list[Heading],
    extract: Extract,
    bundled: bool = False,
    end: int | None = None,
) -> None:
    """Each deliberation of a document holding several, with its attendance changes; the last
    ends at `end` (the attendance lists printed after the items), else at the text's end."""
    lines = text.lines
    low = text.low
    bounds = [h.index for h in headings] + [end if end is not None else len(lines)]
    together = ALL_VOTED.search(low) if "toutes les" in low or "ensemble des" in low else None
    if together is not None:
        said = text.index_of(together.start())
        if headings[-1].index < said < bounds[-1]:
            bounds[-1] = said  # the sentence is no part of the last item
    votes_at: list[int] = []
    unanimity: list[bool] = []
    # (each row of a table of votes printed after the items, by its place and its item's)
    tabled = _tabled_votes(headings, lines, bounds) if len(headings) >= 4 else {}
    width: int | None = None  # the page's text's width (full_width), when a title needs it
    for place, (head, end) in enumerate(zip(headings, bounds[1:], strict=True)):
        if place in tabled:
            continue
        record = DeliberationRecord(number=head.number)
        record.full_text = "\n".join(lines[head.index : end]).strip()
        title, voted_in_heading = split_title(head.rest)
        sentence = _VOTE_RUN_ON.search(title)
        if text.flattened:
            before = sentence.start() if sentence else len(title)
            sentence = _sentence_after_title(title, before) or sentence
        if sentence is not None:
            voted_in_heading = f"{title[sentence.start() :]} {voted_in_heading}"
            title = title[: sentence.start()]
        if (row := tabled.get(-1 - place)) is not None:
            voted_in_heading = f"{voted_in_heading}\n" + "\n".join(lines[row[0] : row[1]])
        if together is not None and not _OWN_OUTCOME.search(
            f"{head.rest.lower()}\n{low[text.offset_of(head.index + 1) : text.offset_of(end)]}"
        ):  # « Toutes les délibérations ont été adoptées » said once for the items
            voted_in_heading = f"{voted_in_heading}\n{_span(text.joined, together, 0)}"
        # (« Décision n° 14. Convention … »: the number's stop is no part of the title)
        title = title.lstrip(" -–—:.").rstrip(" -–—:")
        if title[:1] in "TtIi" and (label := _TITLE_LABEL.match(title)):
            title = title[label.end() :]  # « 2° Titre : Tarifs du camping »
        if not head.title_above:
            following = lines[head.index + 1 : min(end, head.index + 7)]
            if width is None:
                width = full_width(lines)
            full = _printed_full(lines[head.index], width)
            title = _wrapped(title, following, extract.sitting_date, full)
        title = _without_full_stop(title)
        if record.number is None and (numbered := _NUMBER_AFTER_TITLE.search(title)):
            # « 2. Compte administratif 2024 (délibération n° 2025/014) », « 1. Décision
            # modificative n° 3 – délibération n° 2025-071 »: the act's number after its title
            record.number = (
                numbered.group("number") or numbered.group("bracketed") or numbered["coded"]
            ).rstrip(".-/ ")
            title = title[: numbered.start()].strip(" -–—,")
        record.title = _normalise(title) if sum(c.isalpha() for c in title) >= 3 else None
        if record.title is None:
            record.title = _read_title(lines, head.index, "", extract.sitting_date)
        if record.title is None:
            extract.findings.append(Finding("missing_title", {"line": text.numbers[head.index]}))
        # Figures printed with the item itself (attendance at its vote), if any: « à
        # l'unanimité » then counts the item's votants, not the roll call's.
        counts = _read_counts(
            low,
            text.offset_of(end),
            text,
            extract,
            start=text.offset_of(head.index),
            key=f"items.{len(extract.items)}.counts",
        )
        if counts == Counts() and row is not None:  # the row's « Présents | Votants »
            counts = _read_counts(
                low,
                text.offset_of(row[1]),
                text,
                extract,
                start=text.offset_of(row[0]),
                key=f"items.{len(extract.items)}.counts",
            )
        vote_line, vote = _read_item(lines, head.index + 1, end, record, extract, voted_in_heading)
        item = ItemRecord(
            deliberation=record,
            ordinal=head.place,
            line=text.numbers[head.index],
            against=vote.against,
            abstaining=vote.abstaining,
            counts=_with_not_voting(counts, not_taking_part(record.full_text)),
        )
        extract.items.append(item)
        for action in read_funded_actions(lines[head.index : end], record.number):
            action.item = len(extract.items) - 1  # (its item's place: the act's number may lack)
            extract.funded_actions.append(action)
        votes_at.append(vote_line)
        unanimity.append(vote.unanimity)
    _apply_movements(text, extract, bounds, votes_at, first=0)
    if bundled:
        _extracts_own_lists(text, extract, bounds)
    complete = any(unanimity) and _lists_complete(extract)  # (once: it reads every item)
    for n, item in enumerate(extract.items):
        if unanimity[n]:
            listed = complete and (
                _excepted(item.deliberation)
                or (_votants_at(extract, item) is None and _counted_from_lists(extract, item))
            )
            votants = _votants_at(extract, item, listed=listed)
            _count_unanimity(extract, n, votants, text, votes_at[n])


# The words a row of a table of votes holds besides its figures (« Votants : 21 – Pour : 17 »).
_TABLED_WORDS = frozenset(
    [
        "votants",
        "pour",
        "contre",
        "abstention",
        "abstentions",
        "présents",
        "presents",
        "pouvoirs",
        "procurations",
        "représentés",
        "representes",
        "ne",
        "prend",
        "pas",
        "part",
        "au",
        "vote",
        "adopté",
        "adoptée",
        "adopte",
        "adoptee",
        "rejeté",
        "rejetée",
        "rejete",
        "rejetee",
        "unanimité",
        "unanimite",
    ]
)


def _with_not_voting(counts: Counts, apart: int | None) -> Counts | None:
    """An item's printed figures, with how many did not take part when printed; None for no
    figure at all."""
    if apart is not None:
        counts.not_voting = apart
    return counts if counts != Counts() else None


# On lower case: an item's own outcome or vote.
_OWN_OUTCOME = re.compile(
    r"adopt|approuv|unanimit|rejet|\bacte\b|retir[ée]|ajourn|report[ée]|\d (?:voix|pour|contre)"
    r"|(?:pour|contre) ?: ?\d|\d ?p ?/ ?\d{1,3} ?c\b"
)


def _tabled_votes(
    headings: list[Heading], lines: list[str], bounds: list[int]
) -> dict[int, tuple[int, int]]:
    """The votes printed in a table apart from the items (« | Délibération | Votants | Pour |
    … » then « | 2024-062 | 21 | 17 | … », after the items or before them): a row repeats an
    item's number with nothing but figures, so it is that item's vote, not one more
    deliberation. Gives each such row's lines by the place of its row among the headings, and
    by the item's place under the row's (`-1 - place`)."""
    rows_at: list[int | None] = []  # where each row's own lines end (« Votants : 21 », …)
    titled: dict[str, int] = {}
    for place, head in enumerate(headings):
        end = min(bounds[place + 1], head.index + 9)
        row = head.index + 1 if _tabled(head.rest) else None
        while row is not None and row < end and lines[row].strip() and _tabled(lines[row]):
            row += 1
        said = head.rest + "".join(lines[head.index + 1 : row or head.index])
        if row is not None and not any(c.isdigit() for c in said):
            row = None  # a heading whose title is under it, no row of figures
        rows_at.append(row)
        if row is None:
            titled.setdefault(head.number or "", place)
    rows: dict[int, tuple[int, int]] = {}
    for place, head in enumerate(headings):
        if (row := rows_at[place]) is not None and (
            item := titled.get(head.number or "")
        ) is not None:
            rows[place] = (head.index, row)
            rows.setdefault(-1 - item, rows[place])
    return rows


def _tabled(line: str) -> bool:
    """A line of figures and a table of votes' words only."""
    return all(word in _TABLED_WORDS for word in re.findall(r"[^\W\d_]+", line.lower()))


def _extracts_own_lists(text: Text, extract: Extract, bounds: list[int]) -> None:
    """Several extracts in one file, each printing its own list of presents: who is not in
    an extract's list was away for its vote, who is only there arrived."""
    roll_call = {fold(p.last_name): p for p in extract.present}
    for n, item in enumerate(extract.items[1:], start=1):
        part = text.lines[bounds[n] : bounds[n + 1]]
        present = [
            person
            for section in _collect_sections(part, len(part))
            if section.kind == "present"
            for person in _read_section("present", tuple(section.lines)).people
        ]
        if not present:
            continue
        here = {fold(p.last_name) for p in present}
        # one withdrawn from the vote (« … a quitté la salle et ne prend pas part au vote ») is
        # told once, as not voting
        away = {fold(p.last_name) for p in item.away + item.not_voting}
        arrived = {fold(p.last_name) for p in item.arrived}
        item.away.extend(p for k, p in roll_call.items() if k not in here and k not in away)
        item.arrived.extend(
            p for p in present if (k := fold(p.last_name)) not in roll_call and k not in arrived
        )


def _votants_at(
    extract: Extract, item: ItemRecord, *, listed: bool = False
) -> tuple[int, str] | None:
    """How many members voted on a deliberation of minutes, and how that is known: printed
    with the item, or the roll call's votants changed by who came, left (giving a proxy or not)
    or did not take part. None when it cannot be known: a leaver or a late-comer holding
    someone's proxy (did that vote leave with them?), or no votants printed at all (`listed`:
    then the lists' presents and proxies, the caller having found them complete).
    An extract's figures are its sitting's roll call as well: a member withdrawing from its
    vote is one vote less."""
    if item.counts is not None and item.counts.votes is not None:
        return item.counts.votes, f"votants imprimés pour ce point ({item.counts.votes})"
    counts = extract.counts
    votants = counts.votes
    how = [f"votants ({votants})"]
    if votants is None and counts.present_or_represented is not None:
        votants = counts.present_or_represented  # « Présents ou représentés : 27 »
        how = [f"présents ou représentés ({votants})"]
    elif votants is None and counts.present is not None and counts.proxies is not None:
        # « Présents : 11  Représentés : 3 » and no votants printed: the law's sum of the two
        votants = rules.votes_available(counts.present, counts.proxies)
        how = [f"présents ({counts.present}) + pouvoirs ({counts.proxies})"]
    elif votants is None and listed and extract.present:
        # « à l'unanimité sauf M. X qui vote contre » and no figure printed at all: the lists
        # say who voted (the presents, and the absent through their proxies)
        represented = len(extract.proxies) + len(extract.represented)
        votants = extract.seated + represented
        how = [f"présents listés ({extract.seated}) + pouvoirs listés ({represented})"]
    if votants is None:
        return None
    if not (item.away or item.arrived or item.not_voting):
        return votants, " ".join(how)  # nobody moved: the names below need no folding
    holders = {fold(p.holder.last_name) for p in extract.proxies}
    givers = {fold(p.giver.last_name) for p in extract.proxies} | {
        fold(p.last_name) for p in extract.represented
    }
    handed = {fold(p.giver.last_name) for p in item.proxies}
    # Members of the roll call who came late: the figures printed count them from the opening
    # (then they are one vote less until they come) or not (one more once they have come).
    late = late_in_roll_call(extract)
    opening = counts.present is not None and counts.present == extract.seated - len(late)
    counted: set[str] = set()
    for people, change in ((item.away, -1), (item.arrived, 1), (item.not_voting, -1)):
        for person in people:
            key = fold(person.last_name)
            if key in counted:
                continue  # away and not voting: one vote less, not two
            counted.add(key)
            if key in holders:
                return None
            if (change == -1 and key in handed) or (change == 1 and key in givers):
                continue  # their vote stays cast: by their proxy's holder, or now by themselves
            if key in late and people is not item.not_voting and (change == 1) != opening:
                continue  # a late member the printed figures already count, or never counted
            votants += change
            how.append(f"{'+' if change > 0 else '−'} {person.display()}")
    return votants, " ".join(how)


def _no_count_printed(counts: Counts) -> bool:
    return all(getattr(counts, f.name) is None for f in dataclasses.fields(Counts))


def _lists_complete(extract: Extract) -> bool:
    """Whether the lists say who could vote: no count printed at all, or every count printed
    (members in office, presents, proxies) what the lists hold, nobody told as not voting, and
    no item's printed votes more than the lists' voters."""
    counts = extract.counts
    represented = len(extract.proxies) + len(extract.represented)
    voters = extract.seated + represented
    for n, item in enumerate(extract.items):
        if f"items.{n}.for" in extract.evidence:
            continue  # counted, not printed
        record = item.deliberation
        tally = (record.votes_for or 0) + (record.votes_against or 0) + (record.abstentions or 0)
        if tally > voters + len(item.arrived):
            return False  # another item's printed votes outnumber the lists
    if _no_count_printed(counts):
        return True
    if counts.votes is not None or counts.present_or_represented is not None or counts.not_voting:
        return False  # figures the reader takes before the lists
    if counts.present is not None and counts.present != extract.seated:
        return False
    if counts.proxies is not None and counts.proxies != represented:
        return False
    away = len(extract.absent) + len(extract.absent_excused)
    # (a giver listed among the excused as well is one member, not two)
    givers = {fold(p.giver.last_name) for p in extract.proxies} | {
        fold(p.last_name) for p in extract.represented
    }
    twice = sum(fold(p.last_name) in givers for p in [*extract.absent, *extract.absent_excused])
    # the absentees printed, with their proxies or without
    if counts.absent is not None and counts.absent not in (
        away - twice,
        away + represented - twice,
    ):
        return False
    return counts.in_office is None or counts.in_office == voters + away - twice


def _counted_from_lists(extract: Extract, item: ItemRecord) -> bool:
    """Whether a unanimity with no figure printed is counted from the lists (presents and the
    proxies of the absent), once they are known complete (_lists_complete): only when nobody is
    told as not voting on the item (otherwise _count_unanimity keeps its « pour » unknown, with
    a finding), unless the members in office printed are the lists' every name: then who did
    not take part is one vote less (« Membres en exercice : 9 », six presents, one proxy, two
    excused; « M. X ne prend pas part au vote »: 6 pour)."""
    if item.counts is not None and item.counts.not_voting:
        return False
    if item.not_voting:
        return extract.counts.in_office is not None
    return _absence_listed(extract) or not _no_count_printed(extract.counts)


def _absence_listed(extract: Extract) -> bool:
    """Presents listed, and the absent or their proxies as well: lists to count votes from."""
    return bool(extract.present) and bool(
        extract.absent or extract.absent_excused or extract.proxies or extract.represented
    )


def _excepted(record: DeliberationRecord) -> bool:
    """A unanimity with its exceptions (« à l'unanimité sauf M. X qui vote contre », « moins
    deux abstentions »): some voted otherwise, so its « pour » is a figure to count."""
    return bool(record.votes_against or record.abstentions)


def late_in_roll_call(extract: Extract) -> set[str]:
    """The folded surnames of the roll call's members who arrived at some item (they came
    late): storage.checks counts them apart too."""
    arrived = {fold(p.last_name) for item in extract.items for p in item.arrived}
    if not arrived:
        return set()
    return {key for p in extract.present if (key := fold(p.last_name)) in arrived}


def _count_unanimity(
    extract: Extract, n: int, votants: tuple[int, str] | None, text: Text, vote_line: int
) -> None:
    """The « pour » of a unanimity (or the « contre » of a unanimous rejection): the votants
    less the other figures, kept with the evidence that it was counted, never printed. Not
    counted, with a finding, when the votants at that vote are not known."""
    record = extract.items[n].deliberation
    if votants is None:
        counts, own = extract.counts, extract.items[n].counts
        printed = (
            (own is not None and own.votes is not None)
            or any(
                value is not None
                for value in (counts.votes, counts.present_or_represented, counts.proxies)
            )
            or _absence_listed(extract)  # lists there, incomplete or someone not voting
        )
        if printed:  # otherwise the missing figures are told once, with the sitting's counts
            extract.findings.append(
                Finding("vote_count_unknown", {"item": record.number or extract.items[n].ordinal})
            )
        return
    total, how = votants
    while 0 < vote_line < len(text.lines) and not text.lines[vote_line].strip():
        vote_line -= 1  # (the vote printed above a blank closing its item)
    others = (record.votes_against or 0) + (record.abstentions or 0)
    if record.outcome == "rejected":
        field, others = "against", (record.votes_for or 0) + (record.abstentions or 0)
    else:
        field = "for"
    count = total - others
    if count < 0:
        extract.findings.append(
            Finding("vote_count_unknown", {"item": record.number or extract.items[n].ordinal})
        )
        return
    if field == "for":
        record.votes_for = count
    else:
        record.votes_against = count
    if others:
        how += f" − {others} (contre et abstentions)"
    extract.evidence[f"items.{n}.{field}"] = {
        "line": text.numbers[vote_line] if vote_line < len(text.numbers) else None,
        "text": _normalise(text.lines[vote_line])[:160] if vote_line < len(text.lines) else "",
        "computed": how,
    }


def _out_until_back(
    movements: list[tuple[int, Movement]],
    at: int,
    leaving: Movement,
    votes_at: list[int],
    n: int,
    starts: dict[str, int],
) -> range:
    """The items after `n` a member out for its vote misses too: those voted before the return
    printed later (« M. X, intéressé, quitte la séance et ne prend pas part au vote » at item 2,
    « M. X regagne la séance » at item 4: out for item 3 as well). Without a return printed,
    none: out for that vote only, as for a member withdrawn for an interest."""
    key = fold(leaving.person.last_name)
    for index, movement in movements:
        if index <= at or movement is leaving or fold(movement.person.last_name) != key:
            continue
        if movement.kind != "arrives":
            return range(0)  # another movement of theirs
        if movement.item is not None:
            # « regagne la séance au point 5 »: from that item's heading on
            index = starts.get(movement.item, index)
        back = n + 1
        while back < len(votes_at) and votes_at[back] < index:
            back += 1
        return range(n + 1, back)
    return range(0)


def _chair_out_for_accounts(
    extract: Extract, movement: Movement, index: int, bounds: list[int]
) -> bool:
    """Whether the chair, leaving at the item voting their accounts (« La Présidente ayant
    quitté la salle, M. X met aux voix »), is out for that vote only (rules)."""
    n = bisect_right(bounds, index) - 1
    if not 0 <= n < len(extract.items) or extract.president is None:
        return False
    chairs = same_person(movement.person, extract.president)
    title = extract.items[n].deliberation.title or ""
    return rules.withdraws_for_that_vote_only(chairs, title)


def _apply_movements(
    text: Text, extract: Extract, bounds: list[int], votes_at: list[int], first: int
) -> None:
    """Arrivals and departures change the attendance of the items voted after them.

    One sweep over the movements in order: each item sees who, at its vote, is not where the
    roll call put them. Someone in the roll call whose first movement is an arrival after an
    item's vote was not there for it (the roll call lists the late-comers too).
    """
    movements = find_movements(text, first)
    if not movements:
        return
    # « M. X (arrivé en cours de séance) » in the roll call says that X came late, not when:
    # the sentence printed with an item (« M. X rejoint la séance ») tells the moment.
    later = {
        fold(m.person.last_name)
        for index, m in movements
        if m.kind == "arrives" and bounds and index >= bounds[0]
    }
    movements = [
        (index, m)
        for index, m in movements
        if not (
            m.kind == "arrives"
            and m.item is None
            and bounds
            and index < bounds[0]
            and fold(m.person.last_name) in later
        )
    ]
    for index, movement in movements:
        if movement.person == CHAIR and extract.president is not None:
            movement.person = extract.president
        if movement.holder == CHAIR:
            movement.holder = extract.president  # unknown when the chair is not named
        if movement.kind == "leaves" and _chair_out_for_accounts(extract, movement, index, bounds):
            movement.kind = "leaves_for_vote"
    positions = {
        key: n
        for n, item in enumerate(extract.items)
        for key in (item.ordinal, item.deliberation.number)
        if key
    }
    if 2 * sum(1 for item in extract.items if item.ordinal) < len(extract.items):
        # items printed without an ordinal: « avant le vote du point 3 » is the third
        for n in range(len(extract.items)):
            positions.setdefault(str(n + 1), n)
    starts = {key: bounds[n] for key, n in positions.items()}
    roll_call = {fold(p.last_name) for p in extract.present}
    timeline: list[tuple[int, str, Movement]] = []
    first_moves: dict[str, tuple[int, Movement]] = {}
    for index, movement in movements:
        if movement.person == CHAIR:
            continue
        key = fold(movement.person.last_name)  # « M. le Président » and « M. SUPERBI » are one
        if movement.kind in ("abstains_from_vote", "leaves_for_vote"):
            # out for one vote: a return printed after it is no late arrival
            first_moves.setdefault(key, (index, movement))
            n = bisect_right(bounds, index) - 1
            if movement.item in positions:
                n = positions[movement.item]  # « ne prend pas part au vote du point 3 »
            elif n < 0 and len(extract.items) == 1:
                n = 0  # an extract's one vote, whatever line tells it
            elif (
                0 <= n < len(extract.items) - 1
                and index > votes_at[n]
                and _told_movement(text.lines[index].lower())
            ):
                n += 1  # « M. X se retire et ne participe pas au vote. » after a vote: the next
            if 0 <= n < len(extract.items):
                item = extract.items[n]
                if movement.kind == "leaves_for_vote":
                    item.away.append(movement.person)
                    if movement.holder is not None:
                        item.proxies.append(ProxyLine(movement.person, movement.holder))
                    for missed in _out_until_back(movements, index, movement, votes_at, n, starts):
                        extract.items[missed].away.append(movement.person)
                else:
                    item.not_voting.append(movement.person)
            continue
        effective = starts.get(movement.item, index) if movement.item else index
        if movement.item in positions and movement.after_item:
            # « quitte la séance après le point 2 »: from the next item's heading on
            following = positions[movement.item] + 1
            effective = bounds[following] if following < len(bounds) else effective
        timeline.append((effective, key, movement))
        first_moves.setdefault(key, (effective, movement))
    timeline.sort(key=lambda entry: entry[0])
    late = [
        (effective, key, movement)
        for key, (effective, movement) in first_moves.items()
        if movement.kind == "arrives" and key in roll_call
    ]
    # A member of the roll call who comes late (« M. X (arrivé au point 4) », or the roll call
    # then « M. X rejoint la séance ») is absent for the items voted before and arrived from
    # their item on, like a late-comer the roll call does not print; the roll call stays as
    # printed. (An arrival told before the first item changes no item.)
    late_keys = {key for effective, key, _ in late if not bounds or effective >= bounds[0]}
    # Who is not where the roll call put them, as the sweep goes (with the holder of the vote
    # of whoever left giving a proxy).
    changed: dict[str, tuple[Person, bool, Person | None]] = {}
    position = 0
    for n, item in enumerate(extract.items):
        while position < len(timeline) and timeline[position][0] <= votes_at[n]:
            _, key, movement = timeline[position]
            there = movement.kind == "arrives"
            if there and key in late_keys:
                changed[key] = (movement.person, True, None)
            elif there == (key in roll_call):
                changed.pop(key, None)
            else:
                changed[key] = (movement.person, there, movement.holder)
            position += 1
        for person, there, holder in changed.values():
            (item.arrived if there else item.away).append(person)
            if holder is not None and not there:
                item.proxies.append(ProxyLine(giver=person, holder=holder))
        for effective, key, movement in late:
            if effective > votes_at[n] and key not in changed:
                item.away.append(movement.person)


# -- entry points -----------------------------------------------------------------------------

# A collectivité's assembly named: no association's
_COUNCIL_BODIES = (
    r"conseil\s+(?:municipal|communautaire|m[ée]tropolitain|d[ée]partemental|syndical|r[ée]gional)"
    r"|bureau\s+(?:m[ée]tropolitain|communautaire|syndical)|commission\s+permanente"
    r"|comit[ée]\s+syndical|assembl[ée]e\s+pl[ée]ni[èe]re"
)
_MINUTES = re.compile(
    r"registre\s+des\s+d[ée]lib[ée]rations|proc[èe]s[- ]verbal|compte[- ]rendu"
    rf"|relev[ée]\s+de[s]?\s+d[ée]|{_COUNCIL_BODIES}"
    # the body's name alone titles the minutes of syndicats, CCAS, offices
    r"|comit[ée]\s+de\s+direction|conseil\s+d['’]administration"
    r"|assembl[ée]e\s+g[ée]n[ée]rale|s[ée]ance\s+du\s+bureau"
    # « CR du CM du 13/03/25 », « PV du CC »: minutes and body in initials
    r"|(?:cr|pv) d[ue] (?:cm|cc|conseil|bureau|comit)"
)
# A list of a sitting's deliberations, a row each (« 2024-10   12/03/2024   Approbation du compte
# de gestion   Unanimité », « D2024-16 Budget primitif : adoptée à la majorité »): the act's
# number and what was decided on one line, in the lowered text.
_LISTED_ACT = re.compile(
    rf"^[^\n]{{0,40}}?(?<![\w/.-])(?:{NUMBER})(?![\w/-])[^\n]{{3,300}}?"
    r"(?:adopt|approuv|unanimit|rejet|refus|pris acte|prend acte|ajourn|retir)",
    re.MULTILINE | re.IGNORECASE,
)


def _lists_acts(head: str) -> bool:
    """Whether the text lists two acts at least, each with what was decided on its line."""
    return next(itertools.islice(_LISTED_ACT.finditer(head), 1, None), None) is not None


# « Séance du 9 octobre 2025 », « Réunion du … » with an attendance list: a sitting's minutes.
_SITTING_WORD = re.compile(r"\bs[ée]ance\b|\br[ée]union\b")
_ROLL_CALL_CUE = re.compile(r"pr[ée]sents?\s?:|excus[ée]s?\s?:|secr[ée]taire")


def _sitting_day(found: tuple[date, int] | None) -> date | None:
    return found[0] if found is not None else None


# The window a document's heading is looked for in (looks_like_extract).
_HEAD_WINDOW = 8000


def without_leading_junk(text: str) -> str:
    """The text with the over-long lines that open it blanked (an export's garbage, 200,000
    characters without a break, before the minutes): no heading is that long, and the
    heading was looked for in them only. The lines keep their numbers; a text that is all one
    line (a flattened document) is left as it is."""
    at = 0
    while (end := text.find("\n", at)) - at > _HEAD_WINDOW:
        at = end + 1
    return "\n" * text.count("\n", 0, at) + text[at:] if at else text


def looks_like_extract(text: str) -> bool:
    """Whether the text reads as a council's document: an extract, minutes, a record of
    decisions (its heading names one, or it prints a deliberation number and a sitting date)."""
    try:
        text = plain_punctuation(text[:8000])
        head = _lower(text[:8000])
        if _REGISTER.search(head):
            return True
        dated = heading.sitting_date(head, len(head)) is not None
        if not dated and (joined := heading_words_joined(text[:8000])) != text[:8000]:
            head = _lower(joined)  # « Séa nce du 12 mars »: a heading's word a scan split
            dated = heading.sitting_date(head, len(head)) is not None
        if not dated and DATED_ACT.search(text[:8000]) is not None:
            dated = True  # « DCM n° 2024-021 du 16 mai 2024 – Tarifs … »: the acts' sitting
        if not dated and (
            (repaired := dates_repaired(repair_ocr(letters_joined(text[:8000]), [])))
            != text[:8000]
        ):
            head = _lower(repaired)  # « Séance du l2 mars 2O24 », « S É A N C E   D U   3 … »
            dated = heading.sitting_date(head, len(head)) is not None
        if not dated and "-\n" in text[:8000]:
            # the heading's words cut at a line's end (« conseil muni- » / « cipal du 8 … »)
            head = _lower(clean(text[:8000]).joined)
            dated = heading.sitting_date(head, len(head)) is not None
        return (
            dated
            and (
                _MINUTES.search(head) is not None
                or _find_number(head, head, len(head)) is not None
                or (
                    _SITTING_WORD.search(head) is not None
                    and (
                        _ROLL_CALL_CUE.search(head) is not None
                        # a scan's damage on every cue: « Pr esents ; », « Secr¢taire »
                        or _ROLL_CALL_CUE.search(
                            _lower(repair_ocr(letters_joined(text[:8000]), []))
                        )
                        is not None
                    )
                )
                or _lists_acts(head)
            )
            and not _no_council_s(head)
        )
    except (TypeError, AttributeError):
        return False


def undated_minutes(text: str) -> bool:
    """Whether the text is a sitting's minutes (« Procès-verbal du conseil municipal », a roll
    call) that prints no sitting's date: refused, the secretariat told to add the date."""
    head = _lower(plain_punctuation(text[:8000]))
    return (
        _MINUTES.search(head) is not None
        and _ROLL_CALL_CUE.search(head) is not None
        and heading.sitting_date(head, len(head)) is None
    )


# What is no council's sitting though it names one: a letter convening it (« J'ai l'honneur de
# vous convoquer à la séance du Conseil municipal qui se tiendra le … », its agenda, no roll
# call and no vote), an association's general assembly.
_CONVENING = re.compile(
    r"(?:honneur|plaisir) de vous convoquer|vous (?:êtes|etes) (?:convoqu|pri[ée]e?s? de)"
    r"|qui se tiendra|(?:aura|auront) lieu le"
)
_VOTED_OR_LISTED = re.compile(
    r"adopt[ée]|unanimit|voix pour|pour ?: ?\d|rejet[ée]|pr[ée]sents? ?:|absents? ?:"
    r"|pouvoirs? ?:|procurations? ?:|excus[ée]e?s? ?:"
)
_ASSOCIATION = re.compile(r"\bassociation\b|assembl[ée]e g[ée]n[ée]rale|\badh[ée]rents\b")
_COUNCIL_BODY = re.compile(_COUNCIL_BODIES)
# A public body whose assembly is « générale » too: a syndicat, an office, a SPL's shareholders'
# meeting (« SYNDICAT MIXTE OUVERT … – Assemblée générale »), unless an association is named.
_PUBLIC_BODY = re.compile(
    r"\b(?:syndicat|sivom|sivu|sivos|smo|office public|[ée]tablissement public|r[ée]gie"
    r"|soci[ée]t[ée] publique locale|spl|epic|p[ôo]le d['’][ée]quilibre|petr)\b"
)
# A supplier's or a payroll's paper titled as such at a line's start (« FACTURE N° 2025-0412 »,
# « Devis n° D-2025-118 », « BON DE COMMANDE N° … »), or a sitting's agenda alone (« ORDRE DU
# JOUR DU CONSEIL MUNICIPAL DU 12 MARS 2025 »): a number and a date, no sitting held.
_OTHER_PAPER = re.compile(
    r"(?:^|\n)[ \t]*(?:facture|devis|bon de (?:commande|livraison)|avoir n ?°|bulletin de (?:paie"
    r"|salaire)|relev[ée] de compte|note d['’]honoraires|ordre du jour)\b"
    # (its title after the council's name on one line: « COMMUNE DE X ORDRE DU JOUR DU … »)
    r"|^[^\n]{0,100}?\bordre du jour d[ue]\b"
)


# (any word of a sitting held: « étaient présents. », « après en avoir délibéré », a vote)
_SITTING_HELD = re.compile(
    r"pr[ée]sents|absents?\b|excus[ée]|pouvoirs?\b|procuration|secr[ée]taire de s[ée]ance"
    r"|quorum|d[ée]lib[ée]r[ée]|adopt[ée]|unanimit|\bvot[ée]"
)


def _no_council_s(head: str) -> bool:
    """Whether a dated text naming a sitting is no council's minutes (see _CONVENING and
    _OTHER_PAPER): it names none present and records no vote."""
    if _CONVENING.search(head) is not None and _VOTED_OR_LISTED.search(head) is None:
        return True
    if _OTHER_PAPER.search(head, 0, 400) is not None and _SITTING_HELD.search(head) is None:
        return True
    heading_lines = head[:300]
    return (
        _ASSOCIATION.search(heading_lines) is not None
        and _COUNCIL_BODY.search(heading_lines) is None
        and (_PUBLIC_BODY.search(heading_lines) is None or "association" in heading_lines)
    )


# Where the exposé begins, run on after an item's title (a flattened text, a title read with
# the line under it): « Participation au transport scolaire Entendu l'exposé du rapporteur, … ».
_EXPOSE_OPENING = re.compile(
    r"(?:^|\s)(?=(?:Entendu|ENTENDU|Ou[iï]e?) l['’](?:expos|EXPOS)"
    # (« Monsieur le Maire expose … » under a title in capitals)
    r"|(?:(?:Monsieur|Madame|M\.|Mme) (?:le|la)|Le|La) (?:rapporteure?|[Mm]aire|[Pp]r[ée]sidente?)"
    r" (?:expose|pr[ée]sente|rappelle|propose|indique|informe|explique)\b"
    r"|Apr[èe]s en avoir d[ée]lib[ée]r[ée]"
    # the preamble's and the decision's openings, on the title's line or the next: « Tarifs 2025
    # de la médiathèque Sur le fondement de l'ordonnance … », « … Vu le code général … », « …
    # Considérant que … », « … Le conseil, après en avoir délibéré, … »
    r"|(?:Vu|VU) (?:l[ea] |les |l['’]|LE |LA |LES |L['’])"
    r"|(?:Consid[ée]rant|CONSID[ÉE]RANT) (?:que |qu['’]|l[ea] |les |l['’]|QUE |QU['’])"
    r"|Sur (?:le fondement|la base|proposition|la proposition|le rapport|rapport)\b"
    r"|(?:Conform[ée]ment|En application|En vertu|Dans le cadre|Afin|Compte tenu"
    r"|Il convient)\b|Il est (?:propos|demand|rappel|expos)[ée]"
    # a rapporteur named: « … Madame LAFAGE, adjointe, expose que … »
    rf"|(?:Monsieur|Madame|M\.|Mme) [{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{0,2}}"
    r"(?:, [^,]{2,40},)?"
    r" (?:expose|pr[ée]sente|rappelle|propose|indique|informe|explique)\b"
    r"|(?:Le|La|L['’]) ?(?:[Cc]onseil|[Bb]ureau|[Cc]omit[ée]|[Cc]ommission|[Aa]ssembl[ée]e)"
    r"(?: (?:[Mm]unicipal|[Cc]ommunautaire|[Mm][ée]tropolitain|[Ss]yndical|[Dd][ée]partemental"
    r"|[Rr][ée]gional|[Pp]ermanente|[Dd]irecteur))?"
    r"(?:,? (?:apr[èe]s en avoir|[Vv]u |[Cc]onsid[ée]rant|sur (?:proposition|le rapport))"
    r"|, |,?$))"
)
# A title in capitals, then a sentence in mixed case on its line: « TARIFS 2025 DE LA
# MÉDIATHÈQUE Le Maire propose … » (the sentence opens on a word then a word in lower case).
_CAPITALS_THEN_SENTENCE = re.compile(
    rf"^(?:[{UPPER}0-9][{UPPER}0-9'’.,-]*+ ){{2,}}(?=[{UPPER}][{LOWER}'’]+,? [{LOWER}])"
)


def _titles_before_expose(extract: Extract, low: str) -> None:
    """Each item's title without the exposé its reading ran into, its words a scan split
    joined (`low`: the document in lower case); a title that is nothing but the exposé's words
    is no title (none beats a wrong one)."""
    for record in {id(i.deliberation): i.deliberation for i in extract.items}.values():
        title = record.title
        if not title:
            continue
        title = record.title = title_words_joined(title, low)
        cut = _EXPOSE_OPENING.search(title)
        capitals = _CAPITALS_THEN_SENTENCE.match(title)
        if capitals is not None and (cut is None or capitals.end() < cut.start()):
            kept = title[: capitals.end()].strip(" ,;:-–—()")
        elif cut is None:
            continue
        else:
            kept = title[: cut.start()].strip(" ,;:-–—()")
        record.title = kept if sum(c.isalpha() for c in kept) >= 3 else None


_CAPITALS = bytes(range(ord("A"), ord("Z") + 1))
_LETTERS = _CAPITALS + _CAPITALS.lower()
_MOST_CAPITALS = 40  # a head of 4,000 characters holding as many capitals is not in lower case
_LEAD_CHARACTERS = 400


def _in_lower_case(raw: str) -> bool:
    """A document written wholly in lower case (a web copy, a typed relevé): no capital but an
    acronym's here and there, where every reader looks for names and headings by their
    capitals."""
    if not isinstance(raw, str) or len(raw) < 200:
        return False
    # (its ASCII letters are 4,000 at most, so 40 capitals already say no: most documents hold
    # them in their first lines, counted before the whole head)
    lead = raw[:_LEAD_CHARACTERS].encode("utf-8", "surrogatepass")
    if len(lead) - len(lead.translate(None, _CAPITALS)) >= _MOST_CAPITALS:
        return False
    head = raw[:4000].encode("utf-8", "surrogatepass")
    # (capitals counted at C speed: bytes.translate drops them, those of ASCII suffice)
    capitals = len(head) - len(head.translate(None, _CAPITALS))
    letters = len(head) - len(head.translate(None, _LETTERS))
    return letters >= 150 and capitals * 100 < letters and len(raw.upper()) == len(raw)


def _recased(extract: Extract, raw: str, upper: str) -> Extract:
    """A lower-case document read in capitals, its texts given back as printed: each title,
    decision and evidence as the document writes it (names stay in capitals, as a document
    in capitals prints them)."""

    def printed(value: str | None) -> str | None:
        if not value:
            return value
        at = upper.find(value)
        # (a value the reading put together, spaces made plain: in lower case, as printed)
        return raw[at : at + len(value)] if at >= 0 else value.lower()

    records = {id(i.deliberation): i.deliberation for i in extract.items}
    records.setdefault(id(extract.deliberation), extract.deliberation)
    for record in records.values():
        record.title = printed(record.title)
        record.decisions = [printed(d) or d for d in record.decisions]
        record.full_text = printed(record.full_text)
    for said in extract.evidence.values():
        if isinstance(said.get("text"), str):
            said["text"] = printed(said["text"])
    return extract


def parse_extract(raw: str) -> Extract:
    """Read one document (an extract, or minutes holding several deliberations); raise
    DocumentError only if it is no council document at all. A document whose sitting's date
    was not read is read again with its heading's words a scan split joined (« Séa nce du … »),
    and that reading kept when it finds the date. A document in lower case is read in
    capitals (see _in_lower_case)."""
    if _in_lower_case(raw):
        upper = raw.upper()
        return _recased(_parse(upper), raw, upper)
    return _parse(raw)


def _parse(raw: str) -> Extract:
    try:
        extract = _read_extract(raw)
    except DocumentError as error:
        if error.code != "not_a_document":
            raise
        if (joined := heading_words_joined(raw)) != raw:
            return _read_extract(joined)
        if (repaired := dates_repaired(raw)) == raw:
            raise
        return _read_extract(repaired)
    if extract.sitting_date is None and (joined := heading_words_joined(raw)) != raw:
        again = _read_extract(joined)
        if again.sitting_date is not None:
            return again
    if extract.sitting_date is None and (repaired := dates_repaired(raw)) != raw:
        again = _read_extract(repaired)  # « Séance du l2 mars 2O24 »
        if again.sitting_date is not None:
            return again
    if extract.sitting_date is None and (footed := heading.page_furniture_date(raw)) is not None:
        _dated_by_page_furniture(extract, *footed)
    return extract


def _dated_by_page_furniture(extract: Extract, day: date, line: int, printed: str) -> None:
    """No heading dates the sitting, the pages' header or footer does (« Séance du 12/03/2025
    – page 2 »): its date, shown on its own line (the cleaning dropped it as page furniture)."""
    unread = [f for f in extract.findings if f.code == "unreadable_date"]
    if unread:
        return  # an impossible date in the heading: the footer's is no better guess
    extract.sitting_date = day
    extract.evidence["sitting_date"] = {"line": line, "text": _normalise(printed)[:160]}
    extract.findings = [
        f
        for f in extract.findings
        if not (f.code == "not_found" and f.params.get("field") == "sitting_date")
    ]


# An item's opening glued to the sentence before it, its space lost with the line's break:
# « … approuvé.Délibération n° 2025-067 : », « … adopté.N° 12 – Tarifs », « … ADOPTÉ À
# L'UNANIMITÉDélibération n° 2025-070 »: the space is put back (the lines are kept).
# (Its one character said first, as one set: the search then skips every other character
# without trying the branches; each branch's lookbehind tells which character it opens on.)
# What follows the stop: an item's opening.
_GLUED_ITEM = (
    r"(?=(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION) [nN] ?[°º]"
    rf"|[Nn] ?[°º] ?\d[\w./-]{{0,20}} ?[-–—:] ?[{UPPER}]|\d{{1,3}} ?[-–—] [{UPPER}][{LOWER}]"
    rf"|[A-Z]{{2,8}}[ ._-]?(?:19|20)\d\d[._/-]\d{{1,5}}(?:[._/-]\d{{1,5}})? ?[-–—:] ?[{UPPER}])"
)
_GLUED_DELIBERATION = rf"(?<=[{UPPER}]{{2}}D)(?=[ée]lib[ée]ration [nN] ?[°º])"
_GLUED_OPENING = re.compile(rf"[.;!D](?:(?<=[{LOWER}»)][.;!]){_GLUED_ITEM}|{_GLUED_DELIBERATION})")
# Where each of its matches stands, by the character it opens on: each a literal the engine
# scans for at C speed, where the set of four was tried at every character of the text. The
# text is rewritten only when one of them finds a match (most texts hold none).
_GLUED_OPENING_AT = (
    *by_opening(".;!", rf"(?<=[{LOWER}»)][.;!]){_GLUED_ITEM}"),
    *by_opening("D", _GLUED_DELIBERATION),
)


def _spaced(match: re.Match[str]) -> str:
    return " D" if match.group() == "D" else match.group() + " "


_EARLY_LINES = 60  # the lines a document's heading is printed in


def _read_extract(raw: str) -> Extract:
    if not isinstance(raw, str) or not raw.strip():
        raise DocumentError("document vide", code="empty_document")
    extract = Extract()
    findings = extract.findings
    deliberation = DeliberationRecord(full_text=raw)
    extract.deliberation = deliberation

    present.words(raw)  # (read once: every pass before the cleaning asks the text's words)
    if any(pattern.search(raw) for pattern in _GLUED_OPENING_AT):
        raw = _GLUED_OPENING.sub(_spaced, raw)
    repaired = repair_ocr(repair_mojibake(plain_punctuation(raw)), findings)
    restored = restore_cues(repaired)
    if restored is not repaired and restored != repaired:
        # a count's label restored (« Présenls : I2 »): its figure is read only now
        restored = count_figures_read(restored, findings)
    text = clean(lettered_items_apart(rewrite_tables(restored)), _BREAKS, _LONG_BREAKS)
    deliberation.prefecture_id = text.prefecture_id
    if "fecture" in raw or "FECTURE" in raw:
        stamped = " ".join(raw[:20000].split())
        low_stamped = _lower(stamped)
        # every match starts at most 40 characters before its « fecture »: the scan starts there
        first = max(0, low_stamped.find("fecture") - 40)
        if prefecture_date := _PREFECTURE_DATE.search(low_stamped, first):
            value = _span(stamped, prefecture_date, "date")
            deliberation.prefecture_date = _stamp_date(value, findings)
    lines = text.lines
    joined = text.joined
    low = text.low

    # Where the parts are: the attendance block before the first item (or the decisions), the
    # annex after them.
    all_voted = ("toutes les" in low or "ensemble des" in low) and ALL_VOTED.search(low)
    # (the date its heading prints: a page's footer under an item's number prints it too)
    early = _sitting_day(heading.sitting_date(low, text.offset_of(min(len(lines), _EARLY_LINES))))
    headings = find_headings(
        lines,
        flattened=text.flattened,
        sources=text.numbers,
        all_voted=bool(all_voted),
        sitting=early,
    )
    recap = _recap(lines, headings, text.flattened, text.numbers, bool(all_voted), early)
    if recap is not None:
        headings = recap[1]  # the items the minutes report, the list closing them apart
    agenda = len(headings)  # items found by their number or their place on the agenda
    if len(headings) < 2:
        headings = decision_lines(lines) or headings
    decided_column = 0  # where in its line the first decision starts (a flattened text)
    if len(headings) < 2 and not any(h.number for h in headings):
        # a compte rendu sommaire: its decisions, one a line or a sentence, are its items
        decisions, decided_column = decision_items(lines, low)
        headings = decisions or headings
    several = len(headings) >= 2
    deliberated = _DELIBERATED.search(low)
    decided_at = low.count("\n", 0, deliberated.start()) if deliberated else None
    annex_at = None
    bundled = False
    if several:
        header_end = headings[0].index
        bundled = _REGISTER.search(low) is not None and len(_REGISTER.findall(low)) >= 2
        if bundled and not _collect_sections(lines, header_end, cue_lines(text)):
            # Several extracts in one file (« Extrait du registre … » each time), one sitting:
            # the roll call is the first extract's, printed under its own number.
            header_end = headings[1].index
        end = text.offset_of(header_end) + decided_column
        if text.flattened:  # (the secretary named before the first act's number, on its line)
            end += officer_before_act(lines[header_end])
    else:
        annex_at = next(
            (i for i in range((decided_at or 0) + 1, len(lines)) if _ANNEX.match(lines[i])), None
        )
        header_end = decided_at if decided_at is not None else (annex_at or len(lines))
        end = deliberated.start() if deliberated else len(joined)
        if decided_at is None and annex_at is not None:
            end = text.offset_of(annex_at)

    bundled = several and bundled
    impossible: list[str] = []
    sitting = heading.sitting_date(low, end, impossible)
    if sitting is None and several and prints_its_sitting(lines[headings[0].index]):
        # a relevé whose items print their sitting (« Séance du 3 juin 2024 – Délibération … »)
        line_end = low.find("\n", end)
        sitting = heading.sitting_date(low, line_end if line_end >= 0 else len(low))
    if sitting is None and several and (dated := act_dated(lines)) is not None:
        # « DCM n° 2024-021 du 16 mai 2024 – Tarifs … »: each act printed with its sitting's date
        day = parse_date(dated[0])
        sitting = (day, text.offset_of(dated[1])) if day is not None else None
    placed = headings[0] if len(headings) == 1 and headings[0].ordinal else None
    number = (
        None
        if several
        # « POINT N° 1 – Titre » then « Délibération n° 141/2021 »: the heading reader told the
        # place on the agenda from the act's number, which the first « N° » is not
        else (placed.number or "", placed.rest, text.offset_of(placed.index))
        if placed is not None and placed.number
        else _find_number(
            joined,
            low,
            end,
            # read on past an impossible date, the number's sitting may be a later date's
            _sitting_day(sitting if not impossible else heading.sitting_date(low, end)),
        )
    )
    if (
        number is not None
        and headings
        and headings[0].number
        and headings[0].number != number[0]
        and _AGENDA_PLACE.match(low, number[2])
        and 0 < headings[0].index - low.count("\n", 0, number[2]) <= 2
    ):
        # « Point n° 1 : Transfert … » then « Délibération CP.2022.12-01 »: the first « n° »
        # is the place on the agenda, its line the title; the act's number is under it
        number = (headings[0].number, number[1], number[2])
    if (
        number is not None
        and headings
        and headings[0].number not in (None, number[0])
        and service_label(number[1])
        and 0 < headings[0].index - low.count("\n", 0, number[2]) <= 3
    ):
        # « Rapport n° 3.12 – Pôle Solidarités » then « Délibération n° CP-2026-07-312 »: the
        # report's number and its service, then the act's number
        only = headings[0]
        number = (only.number or "", only.rest, text.offset_of(only.index))
    if number is None and headings:  # « D2022-118 - Tarifs », « CP.2023.01-02 Aide … »
        only = headings[0]
        number = (
            (only.number or "", only.rest, text.offset_of(only.index)) if only.number else None
        )
    if number is None and sitting is None and not several:
        raise DocumentError(
            "ni numéro de délibération ni date de séance lisibles : pas un document de séance",
            code="not_a_document",
            # (« 1. Budget » read: a sitting's minutes whose date is missing, the secretariat
            # is told what to add)
            **({"minutes": True} if agenda else {}),
        )
    if sitting is not None:
        extract.sitting_date, at = sitting
        _evidence(extract, "sitting_date", text, at, low.find("\n", at))
    else:
        findings += [
            Finding("unreadable_date", {"value": v, "field": "sitting_date"}) for v in impossible
        ]
        findings.append(Finding("not_found", {"field": "sitting_date"}))
    if convened := heading.convened_on(low, end, extract.sitting_date):
        extract.convened_on, at = convened
        _evidence(extract, "convened_on", text, at, low.find("\n", at))
    if (again := heading.second_convocation(low, end)) is not None:
        extract.second_convocation = True
        _evidence(extract, "second_convocation", text, again, low.find("\n", again))
    if body := heading.body(low, sitting[1] if sitting else None, end):
        extract.body, at = body
        _evidence(extract, "body", text, at, at + len(extract.body))
    else:
        findings.append(Finding("not_found", {"field": "body"}))
    # The council is named in the heading, before the first attendance list; a commune the
    # report mentions further down is not the author.
    cued = cue_lines(text)
    first_list = next(
        (i for i in sorted(cued) if i < header_end and _list_head(lines[i].strip())),
        None,
    )
    head_end = min(end, text.offset_of(first_list)) if first_list is not None else end
    prefecture_id = deliberation.prefecture_id
    if council := heading.council(joined, head_end, prefecture_id, extract.body, low=low):
        extract.council, at = council
        _evidence(extract, "council", text, at, at + len(extract.council.name))
        if assembly := heading.assembly_of(extract.body, extract.council.kind):
            if extract.body is None:  # said by the council's kind, not printed
                findings.remove(Finding("not_found", {"field": "body"}))
                _evidence(extract, "body", text, at, at + len(extract.council.name))
            extract.body = assembly
    if extract.body is None and (
        inferred := heading.inferred_body(low, extract.council.kind if extract.council else None)
    ):
        # « Séance du 5 avril » under a letterhead, « le comité syndical peut valablement
        # délibérer »: the body the document says without naming it in its heading, told to the
        # secretariat with what said it
        extract.body, at, source = inferred
        findings.remove(Finding("not_found", {"field": "body"}))
        findings.append(Finding("body_inferred", {"body": extract.body, "source": source}))
        if at >= 0:
            _evidence(extract, "body", text, at, low.find("\n", at))

    title_vote = ""  # the vote printed after the title on its line
    if number is not None:
        deliberation.number, rest, line_start = number
        number_line = low.count("\n", 0, line_start)
        title = _read_title(lines, number_line, rest, extract.sitting_date)
        if subject := service_subject(lines, number_line, rest, text.flattened):
            title = subject[0]  # « Rapport n° 3.12 – Pôle Solidarités » then its subject
        if title and (run_on := _VOTE_RUN_ON.search(title)) is not None:
            # « … : Tarifs des salles À l'unanimité, M. X s'abstenant » (its line break lost)
            title, title_vote = title[: run_on.start()].rstrip(), title[run_on.start() :]
        deliberation.title = _without_sentence(text, title)
        if deliberation.title and (voted := split_title(deliberation.title))[1]:
            # « Délibération 2024-011 : Budget primitif 2024 — adopté par 8 voix pour. »
            title_vote = f"{voted[1]} {title_vote}".strip()
            deliberation.title = _without_full_stop(voted[0].strip(" -–—:")) or None
        if deliberation.title is None and headings and headings[0].number == deliberation.number:
            # the title printed before the number (« 1 - Budget primitif 2025. Délibération n° …»)
            before = _without_full_stop(headings[0].rest.strip(" -–—:"))
            deliberation.title = _normalise(before) if sum(map(str.isalpha, before)) >= 3 else None
        _evidence(extract, "number", text, line_start, low.find("\n", line_start))
    if not several:
        for obj in _OBJECT.finditer(low, 0, end):
            line_start = low.rfind("\n", 0, obj.start()) + 1
            if not low[line_start : obj.start()].strip():
                object_line = low.count("\n", 0, obj.start())
                title = _read_object(lines, object_line, _span(joined, obj, 1))
                # « Objet : Titre – délibération N°03/2025 »: the title stops before its number
                if title and (numbered := _NUMBER_AFTER_TITLE.search(title)):
                    title = title[: numbered.start()].strip(" -–—,")
                # (flattened, the opening formula run on after it: « Objet : Aide … L'an deux
                # mille vingt-six, le huit juin, … »)
                deliberation.title = _without_sentence(text, title) or deliberation.title
                break
        if deliberation.title is None and headings and headings[0].ordinal:
            # one point of the agenda, placed but printing no act's number (« 1 - Tarifs du
            # centre de loisirs » in minutes of one decision)
            deliberation.title = _without_sentence(
                text,
                _read_title(lines, headings[0].index, headings[0].rest, extract.sitting_date),
            )
            if deliberation.title and (voted := split_title(deliberation.title))[1]:
                # « 1. Budget primitif : adopté à l'unanimité. », the one point of the minutes
                title_vote = f"{voted[1]} {title_vote}".strip()
                deliberation.title = _without_full_stop(voted[0].strip(" -–—:")) or None

    extract.counts = _read_counts(low, end, text, extract)
    if (
        several
        and len(headings) > 1
        and None in (extract.counts.in_office, extract.counts.votes)
        and not is_election(headings[0].rest)
    ):
        # minutes printing the sitting's figures under the first item's heading (« RAPPORT N°
        # 101 – Budget » then « Nombre de votants : 33 »): nobody moved yet; each figure the
        # heading of the minutes did not print is that one (never an election's: its ballot's
        # votants are no other item's)
        under = _read_counts(
            low,
            text.offset_of(headings[1].index),
            text,
            extract,
            start=text.offset_of(headings[0].index),
            key="counts.first_item",
        )
        for name in (f.name for f in dataclasses.fields(Counts)):
            said = extract.evidence.pop(f"counts.first_item.{name}", None)
            if getattr(under, name) is not None and getattr(extract.counts, name) is None:
                setattr(extract.counts, name, getattr(under, name))
                if said is not None:
                    extract.evidence[f"counts.{name}"] = said

    _read_officers(text, low, end, extract)
    chaired = extract.president  # as the heading says who presides, not as the minutes are signed
    read_signatures(text, extract)
    if several and decided_column and header_end < len(lines):
        # a flattened relevé whose first decision follows the roll call on its line (« … •
        # Excusée : Mme X • D2025-041 Attribution … »): that line's start ends the header
        start_line = lines[header_end][:decided_column]
        sections = _collect_sections([*lines[:header_end], start_line], header_end + 1, None)
    else:
        sections = _collect_sections(lines, header_end, cued)
    items_end = recap[0] if recap is not None else len(lines)
    if several and not any(section.kind == "present" for section in sections):
        # the attendance printed after the items (« Liste des présents » at the end)
        last = headings[-1].index
        after = [s for s in _collect_sections(lines, len(lines), cued) if s.line > last]
        if any(section.kind == "present" for section in after):
            sections += after
            items_end = min(section.line for section in after)
    _read_sections(sections, extract, text)
    proxies_in_counts(lines, header_end, extract, text)
    chair_in_list(sections, extract, text)
    surnames_as_listed(extract)
    proxies_as_listed(extract)
    uncut_surnames(extract, joined)
    count_substitutes(lines, header_end, extract)
    missing = [
        name for name in ("in_office", "present", "votes") if getattr(extract.counts, name) is None
    ]
    if missing:
        findings.append(Finding("missing_counts", {"missing": missing}))
    listed = extract.present + extract.absent_excused + extract.absent
    # CHAIR has no surname: testing that first spares comparing every name of the lists
    if any(not person.last_name and person == CHAIR for person in listed):
        if extract.president is None:
            findings.append(Finding("chair_unnamed", {}))
        extract.present = _resolve_chair(extract.present, extract.president)
        # The chair sat: « Excusés : M. le Maire, Président » under a vice-president who
        # presides names the office's holder, whom the document does not name.
        chair_absent = extract.president
        if chair_absent is not None and any(same_person(p, chair_absent) for p in extract.present):
            chair_absent = None
            if CHAIR in extract.absent_excused or CHAIR in extract.absent:
                findings.append(Finding("absent_role_unnamed", {}))
        extract.absent_excused = _resolve_chair(extract.absent_excused, chair_absent)
        extract.absent = _resolve_chair(extract.absent, chair_absent)
    chair_sat(extract, chaired)
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
    # A giver named again without a holder (« Membres excusés ayant donné pouvoir : Mme X »)
    # while the roll call names the holder (« Mme Y (+ pouvoir de Mme X) ») is that one proxy,
    # never a second one with its holder unknown.
    holders_printed = [line.giver for line in extract.proxies]
    extract.represented = [
        p for p in extract.represented if not any(same_person(p, g) for g in holders_printed)
    ]
    if extract.represented:
        findings.append(
            Finding("proxy_holder_unknown", {"givers": [p.display() for p in extract.represented]})
        )

    if not extract.present and (table := MARKS_HEAD.search(joined)) is not None:
        # a column per status whose marks lost their place (« CLAVEL Jean X »): nobody is
        # placed rather than guessed, and the secretariat is told
        findings.append(Finding("roll_call_table_unread", {"line": text.line_of(table.start())}))

    if several:
        _read_items(text, headings, extract, bundled, items_end)
        if recap is not None:
            _numbers_from_recap(extract, recap[2])
        if "|" in joined or "   " in joined:  # a grid of presence per item, when printed
            read_item_grid(lines, extract, text.numbers)
        extract.deliberation = extract.items[0].deliberation
        uncut_surnames(extract, joined)  # the names the items' movements print
        movers_by_initials(extract)
        _titles_before_expose(extract, low)
        return extract

    vote_end = annex_at if annex_at is not None else len(lines)
    if decided_at is not None:
        deliberation.decisions, vote_text, _ = read_decided(lines, decided_at, vote_end)
    elif header_end < vote_end:
        vote_text = "\n".join(lines[header_end:vote_end])
    else:
        # No « après en avoir délibéré »: the vote is printed under the item's heading (« N°36/
        # 2023 - Objet » then « Votes : … »), else after the attendance lists.
        start = (
            headings[0].index + 1
            if headings
            else max((section.line for section in sections), default=-1) + 1
        )
        vote_text = "\n".join(lines[start:vote_end])
    vote = _read_vote(f"{vote_text}\n{title_vote}", deliberation, findings)
    if decided_at is not None and "avis" in low:
        decided_opinion("\n".join(lines[decided_at:vote_end]), deliberation, findings)
    # « 1 - Titre » above « Délibération n° … »: the one item's place on the agenda
    ordinal = headings[0].place if headings and headings[0].number == deliberation.number else None
    item = ItemRecord(
        deliberation=deliberation,
        ordinal=ordinal,
        against=vote.against,
        abstaining=vote.abstaining,
        # (an extract's figures are its sitting's, with how many did not take part, if printed)
        counts=_with_not_voting(dataclasses.replace(extract.counts), not_taking_part(vote_text))
        if not_taking_part(vote_text) is not None
        else None,
    )
    extract.items.append(item)
    first_item_line = decided_at if decided_at is not None else header_end
    vote_line = decided_at if decided_at is not None else vote_end - 1
    _apply_movements(
        text,
        extract,
        [first_item_line, vote_end],
        [vote_line],
        first=sections[0].line if sections else 0,
    )
    if vote.unanimity:
        # an extract's figures are its roll call's, changed by who did not take part
        from_lists = _lists_complete(extract) and (
            _excepted(item.deliberation)
            or (_votants_at(extract, item) is None and _counted_from_lists(extract, item))
        )
        votants = _votants_at(extract, item, listed=from_lists)
        _count_unanimity(extract, 0, votants, text, max(vote_line, 0))

    if annex_at is not None:
        prose_end = text.offset_of(annex_at)
        annexed: list[Finding] = []
        sample = _read_annex(lines, annex_at, joined[:prose_end], low[:prose_end], annexed)
        # an annex laid out as a table with bars, one line per action or one field per line;
        # else the sample's columns, each cell on its own lines
        programme = sample[0].programme if sample else None
        other = read_funded_actions(lines[annex_at:], deliberation.number, programme)
        extract.funded_actions = other or sample
        if not other:
            findings += annexed
    if not extract.funded_actions:
        # the grants the deliberation's own text prints, after its preamble (« Considérant
        # qu'une subvention de … avait été attribuée » grants nothing today)
        if decided_at is not None:
            start = decided_at
        else:
            start = headings[0].index if headings else header_end
        extract.funded_actions = read_funded_actions(lines[start:], deliberation.number)
    _titles_before_expose(extract, low)
    return extract
