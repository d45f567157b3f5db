"""The roll call of a sitting, typed by the secretariat from the signed attendance sheet
(« présents au bureau du 3 décembre : Rivat, Degraix, Fayolle », « ont signé la feuille
d'émargement du conseil du 12 : … »): read, then recorded as the sitting's attendance, with the
quorum it reached or missed at the opening (L2121-17).

Who signed is present; who gave a proxy to a member who signed, and did not sign, is
represented; who had said they would be absent, or whose holder did not sign, is excused;
every other member of the body is absent. The counts are kept
on the sitting as a document's would be, so every answer about it (présents, quorum,
assiduité) reads the roll call as it reads an imported one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from rapidfuzz import fuzz
from sqlmodel import Session, col, select
from text_to_num import alpha2digit

from bot.services.names import Candidate
from bot.services.proxies import Actor, audit
from storage import cues, rules
from storage.french import CORRECTING
from storage.models import Attendance, AttendanceStatus, Membership, Proxy, Sitting
from storage.names import CIVILITIES, fold


class RollCallTaken(Exception):
    """Another secretary's roll call of the sitting was recorded first (another process, at
    the same moment): it stands, and this one is not written over it."""


@dataclass(frozen=True, slots=True)
class RollCallOrder:
    sitting_words: str  # the folded words naming the sitting (« au bureau du 3 décembre »)
    names: list[str]  # each name as typed


# « présents au bureau du 3 : … », « les présents du conseil du 12 : … », « ont signé la feuille
# d'émargement du bureau du 3 : … », « émargement du bureau du 3 : … »
_ROLL_CALL = cues.plain(
    r"^(?:(?:bonjour|voici|ok|alors)\W+)*(?:(?:la liste des|les|liste des) )?"
    r"(?:(?:etaient |ont ete )?present(?:e|s|es)?|(?:ont|a) (?:signe|emarge)"
    r"(?: la feuille(?: d emargement)?)?|(?:feuille d )?emargement|appel)"
    r"\b(?P<rest>[^:]*):(?P<names>.*)$"
)
# The head said again after « : » (« appel : présents Rivat, Berger »): never a name's word
_PRESENT_HEAD = cues.plain(
    r"(?i)^(?:(?:étaient|etaient|sont)\s+)?(?:pr[ée]sent(?:e|s|es)|signataires)\b\s*:?\s*"
)
# Between two names, once the spaces are one: « , », « ; », « et », « - » (a line break: « , »)
_SEPARATORS = cues.plain(r"[,;]|\bet\b| - ")


# « Martin (suppléant de Degraix) », « Martin suppléante de Mme Berger », « Martin remplaçant
# Degraix », « Martin siégeant pour Degraix »: a suppléant named with the titular they sit for
_SUBSTITUTE = cues.plain(
    r"\b(?:suppleante?s?|supp|remplacante?s?|qui remplace|siegeant pour|siegeant a la place de)"
    r"\b(?:(?: de| d| du)\b)?"  # never the « de » of « Degraix »
)


@dataclass(frozen=True, slots=True)
class Substitute:
    """A suppléant typed in a roll call, and the words that name the titular."""

    typed: str  # the whole as typed
    titular: str  # the folded words of the titular's name
    own: str = ""  # the suppléant's own name, as typed (« Mme Claire Martin »)


def substitute_said(typed: str) -> Substitute | None:
    """The suppléant a signer's line names (« Martin (suppléant de Degraix) »), if it does:
    the titular is the name after the word, never guessed when none follows."""
    folded = " ".join(fold(typed).replace("(", " ").replace(")", " ").split())
    said = _SUBSTITUTE.search(folded)
    if said is None:
        return None
    titular = folded[said.end() :].strip()
    if not titular or not folded[: said.start()].strip():
        return None
    # the words typed before the cue, as typed: the first from which the cue is read first
    words = typed.replace("(", " ").replace(")", " ").replace(",", " ").split()
    at = next(
        (i for i in range(len(words)) if _SUBSTITUTE.match(fold(" ".join(words[i:])))),
        len(words),
    )
    own = " ".join(words[:at])
    # (a roll call said aloud is read folded: « jeanne roux » kept as a name is written)
    return Substitute(typed, titular, own.title() if own.islower() else own)


@dataclass(frozen=True, slots=True)
class RollCallChange:
    """One name or a few changed in a roll call recorded (« ajoute Thizy aux présents du
    bureau du 26 », « retire Dupont des présents du conseil du 12 »): the rest stands."""

    sitting_words: str  # the folded words naming the sitting (« du bureau du 26 »)
    added: list[str]  # each name as typed (folded)
    removed: list[str]


_CHANGE_VERB = cues.plain(
    r"^(?:(?:bonjour|svp|stp|merci de|il faut|pouvez vous|peux tu|tu peux|vous pouvez|"
    + CORRECTING
    + r")\W+)*(?:(?P<add>ajout|rajout|inscri|inscriv|met|mett|not)"
    r"|(?P<remove>retir|enlev|supprim|ot|ray|barr))(?:e|es|ez|er|ons|re|s|tre)?\b"
)
# Where the list of those present is named: « aux présents », « de la liste des présents »,
# « comme présent »
_AMONG_PRESENT = cues.plain(
    r"\b(?:aux?|a|dans les|parmi les|(?:a|de|sur) la liste des|des|comme|en) presente?s?\b"
)
_ONESELF = frozenset({"moi", "me", "m", "nous", "toi", "te"})
# Words around the names that name nobody (« ajoute aussi Thizy »)
_AROUND_NAMES = frozenset({"aussi", "egalement", "bien", "finalement", "donc", "svp", "stp"})


def read_change(text: str) -> RollCallChange | None:
    """The change a secretariat's message makes to a roll call recorded, if it is one: the
    names before « aux présents » / « des présents », the sitting after (what follows a comma,
    « arrivé en retard », is left out)."""
    if "?" in text:
        return None
    # (a comma kept as « ; »: fold drops it, and it parts the names, then the sitting's words
    # from what follows them)
    folded = " ".join(fold(text.replace(",", ";")).replace("’", " ").replace("'", " ").split())
    verb = _CHANGE_VERB.match(folded)
    if verb is None:
        return None
    among = _AMONG_PRESENT.search(folded, verb.end())
    if among is None:
        return None
    typed = folded[verb.end() : among.start()]
    words = folded[among.end() :].split(";")[0].strip(" .")
    if not typed.strip() and ":" in folded[among.end() :]:
        # « ajoute aux présents du bureau du 26 : Thizy, Laget »: the names after « : »
        words, _, typed = folded[among.end() :].partition(":")
        words = words.strip(" .")
    names = [
        " ".join(w for w in n.split() if w not in _AROUND_NAMES).strip(" .")
        for n in _SEPARATORS.split(typed)
    ]
    names = [n for n in names if n]
    if not names or any(n.split()[0] in _ONESELF for n in names):
        return None  # « mets-moi présent au bureau du 18 »: one's own declaration
    if verb["add"]:
        return RollCallChange(words, added=names, removed=[])
    return RollCallChange(words, added=[], removed=names)


@dataclass(frozen=True, slots=True)
class OfferFix:
    """A roll call offered, corrected before it is recorded (« non, pas Arnaud, elle est
    excusée »): the names taken off the present, and whether they are excused instead."""

    removed: list[str]  # each name as typed (folded)
    excused: bool


# « non, pas Arnaud », « pas Arnaud ni Berger, excusés », « Arnaud est excusée », « oups
# Arnaud était absente »: names taken off the roll call offered, said to be excused or absent
_FIX_LEAD = cues.plain(r"^(?:" + CORRECTING + r"\W+)*")
_FIX_STATUS = cues.plain(
    r"(?:\b(?:il|elle|ils|elles) )?(?:\b(?:est|etait|sont|etaient) )?\b(?P<status>excuse|absent)"
    r"(?:e|s|es)?(?: aussi)?(?:,? (?:pas|et non|et pas|non) presente?s?)?$"
)
_NAME_LIST = cues.plain(r",|\bni\b|\bet\b")


def read_offer_fix(text: str) -> OfferFix | None:
    """The names a message takes off the roll call just offered, if it does (excused when it
    says so); None for anything else (a question, a whole list)."""
    if "?" in text or len(text) > 160:
        return None
    folded = " ".join(fold(text).replace("’", " ").replace("'", " ").split()).strip(" .!")
    folded = _FIX_LEAD.sub("", folded, count=1)
    status = _FIX_STATUS.search(folded)
    denied = folded.startswith("pas ")
    if not denied and status is None:
        return None
    typed = folded[4 if denied else 0 : status.start() if status else len(folded)]
    names = [n.strip(" ,;") for n in _NAME_LIST.split(typed) if n.strip(" ,;")]
    if not names or any(len(n.split()) > 3 or n.split()[0] in _ONESELF for n in names):
        return None  # « pas moi », or a sentence, not names
    return OfferFix(names, status is not None and status["status"] == "excuse")


# The same said aloud, names without « : » (« présents au bureau du 3 Rivat Degraix Fayolle »):
# only a plural head, never « présent au bureau du 3 ? », which asks
_SPOKEN = cues.plain(
    r"^(?:(?:la liste des|les|liste des) )?(?:etaient |ont ete )?present(?:e?s)\b[^?]*$"
    r"|^(?:ont (?:signe|emarge)|(?:feuille d )?emargement)\b[^?]*$"
)


# « Pouvoir d'Arnaud à Berger. », « pouvoirs : Arnaud à Berger ; Bony à Rivat », « Arnaud a
# donné procuration à Berger »: a proxy typed inside a roll call, up to its sentence's end (a
# roll call records who signed: a proxy is given by its giver, never typed here)
_PROXY_CLAUSE = cues.plain(
    r"(?im)(?:^|(?<=[.;]))[ \t]*(?:(?:pouvoirs?|procurations?|procus?)\b(?:[^.;\n]|;(?![ \t]*"
    r"(?:excus|absent|pr[ée]sent)))*"
    r"|[^.;:,\n]{1,80}\b(?:donne|donn[ée]|donnent|a donn[ée]|ont donn[ée])\s+(?:son\s+|leur\s+)?"
    r"(?:pouvoir|procuration)\b[^.;\n]*)[.;]?"
)


def proxies_apart(text: str) -> tuple[str, list[str]]:
    """A roll call's text without the proxies typed in it, and those proxies as typed (each
    said back to the secretariat: never read as names, never recorded by the roll call)."""
    said = [" ".join(m.group().split()).strip(" .;") for m in _PROXY_CLAUSE.finditer(text)]
    if not said:
        return text, []
    return _PROXY_CLAUSE.sub(" ", text), [s for s in said if s]


def spoken_roll_call(text: str) -> bool:
    """Whether a message reads as a roll call said without « : » before its names."""
    return ":" not in text and bool(_SPOKEN.match(" ".join(fold(text).split())))


def read_roll_call(text: str) -> RollCallOrder | None:
    """The roll call a secretariat's message gives, if it is one: the sitting's words before
    « : », the names after it."""
    if "?" in text:  # « présents : combien étaient-ils le 4 ? » asks
        return None
    folded = " ".join(fold(text).replace("’", " ").replace("'", " ").split())
    m = _ROLL_CALL.match(folded)
    if m is None:
        return None
    typed = " ".join(text[text.index(":") + 1 :].replace("\n", ",").split())
    typed = _PRESENT_HEAD.sub("", typed, count=1)  # « appel : présents Rivat, … »
    names = [n.strip(" .") for n in _SEPARATORS.split(typed)]
    names = [n for n in names if n]
    return RollCallOrder(m["rest"].strip(), names)  # (no name after « : »: asked for them)


_WORDS = cues.plain(r"[^\W_]+")


def only_the_name(typed: str, first_name: str | None, last_name: str) -> bool:
    """Whether what was typed for one signer is that member's name and nothing else: a
    civility, first names or their initials, the surname, a typo of them. « Perache absent »,
    « Perache (excusé) », « pas Perache » were recorded present: the member was found in them,
    the words around were dropped."""
    own = fold(f"{first_name or ''} {last_name}").split()
    for word in _WORDS.findall(fold(typed)):
        if word in own or word in CIVILITIES:
            continue
        if len(word) <= 3 and all(any(n.startswith(c) for n in own) for c in word):
            continue  # « J. L. », « JL »: initials
        if len(word) >= 3 and any(n.startswith(word) or fuzz.ratio(word, n) >= 80 for n in own):
            continue  # « Fred », « Perrache »: a short form, a typo, read as the resolver did
        return False
    return True


# A roll call said aloud, in sections each opened by its head (« présents Berger Rivat
# Barriol excusés Michaud », « appel du bureau ce matin présents … », « pour le bureau du 2
# étaient présents … et … »): the heads, wherever they come
_HEAD = cues.plain(
    r"\b(?:(?:etaient|ont ete|sont) )?(?P<present>presents|presentes)\b"
    r"|\b(?:absents? |absentes? )?(?P<excused>excuses|excusees|excuse|excusee)\b"
    r"|\b(?P<absent>absents|absentes)\b"
)
# Asked, not dictated: « qui étaient présents au bureau du 3 », « combien de présents »
_ASKS = cues.plain(
    r"^(?:(?:et|alors|bonjour) )?(?:qui|combien|quels?|quelles?|est ce|y avait|y a t il"
    r"|liste|la liste|donne|montre|affiche|envoie|je veux|peux tu|tu peux|les noms)\b"
)
# The words that name the sitting, at a section's start (« présents au bureau du 3 décembre
# Rivat … »): never a member's name
_SITTING_WORDS = frozenset(
    [
        "au",
        "aux",
        "a",
        "du",
        "de",
        "d",
        "la",
        "le",
        "l",
        "les",
        "pour",
        "lors",
        "ce",
        "cet",
        "cette",
        "bureau",
        "conseil",
        "seance",
        "reunion",
        "commission",
        "metropolitain",
        "metropolitaine",
        "communautaire",
        "municipal",
        "pleniere",
        "matin",
        "soir",
        "apres",
        "midi",
        "aujourd",
        "hui",
        "hier",
        "jour",
        "dernier",
        "derniere",
        "ci",
        "dessous",
        "suivants",
        "suivantes",
        "sont",
        "etaient",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "stp",
        "svp",
        "merci",
        "voici",
        "ok",
        ":",
        ",",
        ";",
    ]
)
_SAID_DATE = cues.plain(r"^\d{1,4}(?:er)?(?:[/.]\d{1,2}(?:[/.]\d{2,4})?)?$")
# Between two names said: « , », « ; », « et »
_NAME_BREAKS = frozenset({",", ";", "et"})
_POLITE_TAIL = frozenset({"stp", "svp", "merci", "."})


@dataclass(frozen=True, slots=True)
class DictatedRollCall:
    """A roll call said without « : » before its names: the words naming the sitting, then
    the words of each section (present, excused, absent), names not yet found."""

    sitting_words: str
    present: list[str]
    excused: list[str]
    absent: list[str]


def read_dictated(text: str) -> DictatedRollCall | None:
    """The sections of a roll call said aloud, if the message is one (a head « présents »
    and words after it); None for a question."""
    if "?" in text:
        return None
    folded = " ".join(
        fold(text).replace("’", " ").replace("'", " ").replace(",", " , ").replace(";", " ; ")
        .replace(":", " : ").split()
    )  # fmt: skip
    if _ASKS.match(folded):
        return None
    folded = alpha2digit(folded, "fr")  # « au bureau du vingt et un décembre »: its day
    heads = list(_HEAD.finditer(folded))
    if not any(h["present"] for h in heads):
        return None
    sitting_words = [folded[: heads[0].start()]]
    sections: dict[str, list[str]] = {"present": [], "excused": [], "absent": []}
    for head, after in zip(heads, [*heads[1:], None], strict=True):
        said = folded[head.end() : after.start() if after else len(folded)].split()
        tokens = [t.strip(".") for t in said if t.strip(".")]  # « M. Rivat »
        lead = 0
        while lead < len(tokens) and (
            tokens[lead] in _SITTING_WORDS or _SAID_DATE.match(tokens[lead])
        ):
            lead += 1
        sitting_words.append(" ".join(tokens[:lead]))
        kind = next(k for k in sections if head[k])
        sections[kind].extend(tokens[lead:])
    for words in sections.values():
        while words and words[-1] in _POLITE_TAIL:
            words.pop()
    if not sections["present"]:
        return None
    return DictatedRollCall(" ".join(w for w in sitting_words if w), **sections)


def names_said(
    words: list[str], resolve: Callable[[str], Candidate | None]
) -> list[tuple[str, Candidate | None]]:
    """The members a section names, each with the words read for it: between « , » or
    « et », and else the longest run of words (four to one) that names one member
    (« Jean-Paul Rivat Jean-Luc Degraix », « Berger Rivat Barriol »); a word naming nobody
    comes back with None. A suppléant said with the titular (« Martin suppléant de Rivat »)
    comes back as one line, as typed after « : » (`substitute_said` reads it)."""
    found: list[tuple[str, Candidate | None]] = []
    group: list[str] = []
    for word in [*words, ","]:
        if word not in _NAME_BREAKS:
            group.append(word.strip("()") or word)  # « (suppléante », never a lone « ( »
            continue
        found.extend(_with_substitutes(group, resolve))
        group = []
    return found


def _with_substitutes(
    group: list[str], resolve: Callable[[str], Candidate | None]
) -> list[tuple[str, Candidate | None]]:
    """The names of words said between two breaks, a suppléant's line kept whole: the words
    before its cue that name nobody (« Mme Claire Vidal »), the cue, then the titular (the
    first run after it that names a member; else every word after it, not read)."""
    joined = " ".join(group)
    cue = _SUBSTITUTE.search(joined)
    if cue is None:
        return _runs(group, resolve)
    before = _runs(joined[: cue.start()].split(), resolve)
    own: list[str] = []
    while before and before[-1][1] is None:
        own.insert(0, before.pop()[0])
    # « Paul Martin »: a first name before them, though a member bears it; « Durand
    # remplaçant Degraix »: a member's name, whose the words before the cue are
    if before and (not own or _first_name_only(*before[-1])):
        own.insert(0, before.pop()[0])
    after = joined[cue.end() :].split()
    if not own or not after:  # « suppléant de Rivat », « Martin suppléant »: as typed, unread
        return [*before, *[(w, None) for w in [*own, *joined[cue.start() :].split()]]]
    titular = _runs(after, resolve)
    line = " ".join([*own, cue.group(0).strip()])
    if titular[0][1] is None:
        return [*before, (f"{line} {' '.join(after)}", None)]
    rest = _with_substitutes(after[len(titular[0][0].split()) :], resolve)
    return [*before, (f"{line} {titular[0][0]}", titular[0][1]), *rest]


def _first_name_only(said: str, member: Candidate | None) -> bool:
    """Whether one word read for a member is none of their last name (« paul » for Rivat)."""
    return (
        member is not None
        and len(said.split()) == 1
        and said not in fold(member.last_name).replace("-", " ").split()
    )


def _runs(
    group: list[str], resolve: Callable[[str], Candidate | None]
) -> list[tuple[str, Candidate | None]]:
    """The longest run of words (four to one) naming one member, again and again."""
    found: list[tuple[str, Candidate | None]] = []
    start = 0
    while start < len(group):
        for size in (4, 3, 2, 1):
            said = " ".join(group[start : start + size])
            if (
                start + size <= len(group)
                and (member := resolve(said)) is not None
                and (size == 1 or _all_of_the_name(group[start : start + size], member))
            ):
                found.append((said, member))
                start += size
                break
        else:
            found.append((group[start], None))
            start += 1
    return found


_CIVILITIES = frozenset({"m", "mr", "mme", "mlle", "monsieur", "madame", "me"})


def _all_of_the_name(words: list[str], member: Candidate) -> bool:
    """Whether every word read for a member is of their name (« m rivat », « jean paul
    rivat »): « dallara da » is Dallara then the « da » of « Da Silva »."""
    named = fold(f"{member.first_name or ''} {member.last_name}").replace("-", " ").split()
    if words[0] in _CIVILITIES:  # (only first: « m rivat mme » is Rivat, then Mme …)
        words = words[1:]
    return all(w in named for w in words)


@dataclass(frozen=True, slots=True)
class RollCall:
    """What the roll call recorded, and the quorum at the opening."""

    present: int  # seats filled: the members who signed and the suppléants who did
    replaced: int  # of which by a suppléant
    represented: int
    excused: int
    absent: int
    in_office: int
    quorum_required: int
    second_convocation: bool
    unusable_proxies: int  # proxies whose holder did not sign: they could not be used

    @property
    def quorum_met(self) -> bool:
        return self.second_convocation or self.present >= self.quorum_required


def record(
    *,
    session: Session,
    sitting: Sitting,
    present: set[int],
    now: datetime,
    actor: Actor,
    excused: frozenset[int] = frozenset(),
    replacing: int | None = None,
    replaced: frozenset[int] = frozenset(),
    substitutes: Mapping[int, str] | None = None,
) -> RollCall:
    """The sitting's attendance from the members who signed (`present`), written over what
    was declared before; its counts kept on the sitting (`substitutes`: the name of the
    suppléant who sat for a titular of `replaced`, kept on the titular's row). The sitting's
    counts are claimed first, in one statement that finds them as the offer saw them: empty,
    or the roll call it corrects (`replacing`, its count of present) — RollCallTaken when
    another process's roll call got there first; on PostgreSQL it waits for that one."""
    sid = sitting.id or 0
    members = set(
        session.exec(
            select(Membership.member_id).where(
                Membership.body_id == sitting.body_id, col(Membership.active).is_(True)
            )
        ).all()
    )
    rows = {
        a.member_id: a
        for a in session.exec(select(Attendance).where(Attendance.sitting_id == sid))
    }
    proxies = session.exec(
        select(Proxy).where(Proxy.sitting_id == sid, col(Proxy.revoked_at).is_(None))
    ).all()
    givers = {p.giver_id for p in proxies if p.giver_id not in present | replaced}
    used = [p for p in proxies if p.giver_id in givers and p.holder_id in present]
    # a proxy serves only its holder present (L2121-20): its giver, not represented, excused
    represented = {p.giver_id for p in used}
    statuses: dict[int, AttendanceStatus] = {}
    for member_id in members | present:
        before = rows.get(member_id)
        if member_id in present:
            status = AttendanceStatus.present
        elif member_id in replaced:  # their suppléant signed: the seat is filled, with its vote
            status = AttendanceStatus.replaced
        elif member_id in represented:
            status = AttendanceStatus.represented
        elif (
            member_id in excused
            or member_id in givers
            or (before is not None and before.status == AttendanceStatus.excused)
        ):
            status = AttendanceStatus.excused
        else:
            status = AttendanceStatus.absent
        statuses[member_id] = status
    counts = dict.fromkeys(AttendanceStatus, 0)
    for status in statuses.values():
        counts[status] += 1
    in_office = sitting.in_office or len(members)
    seated = counts[AttendanceStatus.present] + counts[AttendanceStatus.replaced]
    table = Sitting.__table__  # type: ignore[attr-defined]
    claimed = session.execute(
        sa.update(table)
        .where(
            table.c.id == sid,
            table.c.present_count.is_(None)
            if replacing is None
            else table.c.present_count == replacing,
        )
        .values(
            in_office=in_office,
            present_count=seated,
            proxies_count=len(used),
            votes_count=rules.votes_available(seated, len(used)),
        )
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        raise RollCallTaken
    session.expire(sitting)
    for member_id, status in statuses.items():
        row = rows.get(member_id) or Attendance(sitting_id=sid, member_id=member_id, status=status)
        row.status, row.declared_at = status, None
        row.substitute = (
            (substitutes or {}).get(member_id) if status is AttendanceStatus.replaced else None
        )
        session.add(row)
    done = RollCall(
        present=seated,
        replaced=counts[AttendanceStatus.replaced],
        represented=counts[AttendanceStatus.represented],
        excused=counts[AttendanceStatus.excused],
        absent=counts[AttendanceStatus.absent],
        in_office=in_office,
        quorum_required=rules.quorum_required(in_office, sitting.held_on),
        second_convocation=sitting.second_convocation,
        unusable_proxies=len(givers) - len(used),
    )
    audit(
        session, actor, "sitting.roll_call", sid, present=done.present, in_office=in_office,
        quorum_met=done.quorum_met,
    )  # fmt: skip
    session.commit()
    return done
