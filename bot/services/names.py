"""Which council member does a typed name mean?

Every feature that lets a member type a colleague's name (proxies, questions, look-ups) goes
through this one resolver, so a spelling that works in one place works everywhere. It adds
typo tolerance on top of the folding of `storage.names`, which the importer also uses, so the
bot and the documents agree on what « the same name » means.

How a query is scored (one scale, 0 to 100; the candidates within `_MARGIN` of the best are
returned, one → found, several → ambiguous, none above `_MIN_SCORE` → unknown):

- 100 exact full name in either order (« DEGRAIX Jean-Luc », « jean luc degraix »); 100 exact
  surname alone; 99 exact first name alone; 98 one word of a compound surname (« Michaud » for
  MICHAUD-FARIGOULE, « Silva » for DA SILVA).
- 96 a surname that *sounds* the same (`_sound`: « Fayole », « Chassaubenne », « Perrache »).
  It sits within the margin of an exact surname on purpose: when two members' surnames are
  homophones, a user who types one of them may not know which spelling the colleague uses.
- 93 a first name that sounds the same (« Silvie »): *outside* the margin of an exact first name,
  because first names have spellings everyone knows (« Frédéric » means DURAND, not Frédérique).
- 90 one word of a compound first name (« Jean » for every Jean-X), 88 a diminutive (« Fred »).
- ≤ 90 a surname with a typo (edit distance; the fuzzy pass runs only when the dictionaries found
  nothing a typo could rival, which keeps it off the hot path): 90 for one missing/extra letter
  or two swapped letters, 84 and 78 for two and three on long names. An exact surname therefore
  always beats a typo neighbour, which is « clearly worse » by at least one real edit: « Tardy »
  is found as Gérard TARDY even though Marc TARDIEU is near, and « Tardieux » is TARDIEU. A
  single *substituted* letter in a short surname is not a typo we accept (« Boucher » is a
  common surname, not BOUCHET), unless the spelling sounds the same.
- A first name plus a surname scores 0.6 × surname + 0.4 × first name; a first name that
  contradicts the member's (« Pierre Durand ») removes that member rather than lowering it, so a
  stranger who shares a member's surname stays unknown.

A civility in the query (« Mme Michaud ») keeps only members of that civility, unless nobody is
left. HTML tags in a query are dropped before anything else (« <b>Degraix</b> » is DEGRAIX): a
name pasted from a formatted message is still a name, and tags never belong to one.
"""

from __future__ import annotations

import bisect
import enum
import heapq
import html
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel, Levenshtein
from sqlmodel import Session, select

from storage import cues
from storage.french import ORDINAL_WORDS

# The particle list is the importer's: « de », « da », « van »… belong to a surname.
from storage.lookalikes import latin_lookalikes
from storage.models import Member
from storage.names import _PARTICLES, CIVILITIES, fold, initials, split_civility

# How alike a typed name and a surname must be to be shown as the closest (Indel similarity)
_CLOSEST = 0.7
# Scores (see the module docstring for why each sits where it does).
_FULL_EXACT = 100.0
_SURNAME_EXACT = 100.0
_FIRST_EXACT = 99.0
_SURNAME_PART = 98.0
_SURNAME_INITIAL = 97.0
_SURNAME_SOUND = 96.0
_SURNAME_PART_SOUND = 94.0
_FIRST_SOUND = 93.0
_FIRST_PART = 90.0
_FIRST_PREFIX = 88.0
_SURNAME_PREFIX = 90.0  # with a fitting first name only: « Gilles Artig »
_MIN_PREFIX = 3  # « Gilles Thi »: with the first name, three letters of the surname
_TYPO_BASE = 96.0  # minus _TYPO_STEP per edit: 90, 84, 78
_TYPO_STEP = 6.0
_PART_PENALTY = 2.0
_SURNAME_WEIGHT = 0.6
_MARGIN = 5.0
_MIN_SCORE = 75.0
_OWN_FIRST_NAME = 96.0  # a first name typed whole: « Jean-Claude », « Claude » for Jean-Claude
# The fuzzy pass runs only when the dictionaries found nothing a typo could rival.
_FUZZY_NEEDED_BELOW = _TYPO_BASE - _TYPO_STEP + _MARGIN

_MAX_CANDIDATES = 8
_MAX_QUERY_CHARS = 120  # longer than any name: a pasted paragraph is not a name
_MAX_NAME_WORDS = 6  # « Marie Christine de la Roche Dupont »: more words are a sentence
_MAX_RUN = 4  # « Marie Christine de Thivant »: longer runs of words are not one name
_MIN_FUZZY_LEN = 5
_MAX_TYPOS = 3
_FUZZY_LIMIT = 20

_TAG_RE = cues.plain(r"<[^>]*>")
_NOT_NAME_RE = cues.plain(r"[^\w\s\-‐‑'’.]|[\d_]")

Status = Literal["found", "ambiguous", "unknown"]
_Offer = Callable[[int, float], None]
_RunKey = tuple[tuple[str, ...], str | None, bool, bool]  # words, civility, caseless, capitals


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the index knows of one member."""

    member_id: int
    civility: str | None
    first_name: str | None
    last_name: str


@dataclass(frozen=True, slots=True)
class Resolution:
    status: Status
    # 1 when found, 2+ when ambiguous (best first, at most _MAX_CANDIDATES), 0 when unknown.
    candidates: tuple[Candidate, ...]
    # Several members, each named by a surname of their own (« Rivat Luya Morand »): a list
    # of people, not one name that fits several
    listed: bool = False
    # The members found although their name was not typed as they bear it (« Bouchett »,
    # « Cristophe Faverjon »), each with the words typed: an answer about one of them says
    # how the name was read, never silently
    loose: tuple[tuple[int, str], ...] = ()

    @property
    def member(self) -> Candidate | None:
        return self.candidates[0] if self.status == "found" else None


UNKNOWN = Resolution("unknown", ())


# Words that are never a name in a message about sittings and proxies, folded. Dates, numbers
# and punctuation break runs too. Kept short on purpose: a word missing here only costs a
# failed longer run, because find_in_text then tries the shorter ones.
def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS = _word_set(
    """
    je j tu t il elle on nous vous ils elles me m te se s moi toi lui leur leurs y en ne n pas
    plus le la les l un une des de du d au aux a et ou mais donc ni car qui que qu quoi quel
    quelle quels quelles dont comment combien pourquoi quand ce c cet cette ces ceci cela ca
    mon ma mes ton ta tes son sa ses notre nos votre vos pour par avec sans chez sur sous dans
    entre vers contre apres avant pendant depuis durant jusqu suis es est sommes etes sont
    etais etait ete etre ai as avons avez ont avait aura aurai serai sera seront serait
    etaient etions etiez avaient avions aviez serons serez seraient
    donne donner donnes donnons donnez donnent donnerai donnera donnee donnees donnait
    pouvoir pouvoirs procuration procurations mandat mandataire mandant delegation delegue
    peut peux pourrait pourra pourrais veux veut voudrais souhaite souhaiterais aimerais
    prendre prend prends prendra porter porte represente representer remplacer remplace
    voter vote votera vient venir viendra absent absente absents absentes present
    presente presents excuse excusee excuses bureau conseil seance seances reunion
    commission assemblee metropolitain metropolitaine metropole pleniere jour jours
    semaine mois annee demain aujourd hui hier soir matin prochain prochaine dernier
    derniere janvier fevrier mars avril mai juin juillet aout septembre octobre novembre
    decembre lundi mardi mercredi jeudi vendredi samedi dimanche er eme merci svp stp
    bonjour bonsoir salut oui non ok monsieur madame mademoiselle mme mlle mr president
    presidente vice maire adjoint adjointe conseiller conseillere elu elue collegue
    tout tous toute toutes autre autres meme aussi bien tres fait faire
    bon bref sinon voyons tiens question clique cliquez euh bah
    """
)

# Common French first names that are not members' (theirs are added per index): a capitalised
# one next to a member's surname means the text names someone else (« Pierre Durand »).
_COMMON_FIRST_NAMES = _word_set(
    """
    alain alexandre alice anne annie antoine arnaud audrey benoit bruno camille caroline
    catherine cecile celine chantal claire claude corinne dominique emilie emmanuel eric
    florence francis franck gerard helene henri isabelle jacques jean jeanne joel josiane
    julie julia laurence laurent louis lucie manon marc marcel marie martine mathieu maurice
    michele monique nathalie nicolas nicole olivier pascale paul pauline pierre raymond
    rene roger sandrine sebastien serge simone sophie stephane sylvain thierry thomas
    valerie veronique virginie xavier yann yvette yvon
    adrien agnes albert alexis amelie andre angelique annick arthur aurelie bernadette
    brigitte charlotte christelle christophe clement colette daniel danielle delphine denise
    didier dimitri elisabeth elise emma emmanuelle estelle etienne fabien fabrice fanny
    florian francoise frederique gabriel gaelle genevieve georges gilbert ginette guillaume
    gustave helena herve hugo ingrid jacqueline jeremy jerome johnny jordan josette joseph
    jules julien justine karine kevin laetitia lea leon lionel lucas ludovic lydie madeleine
    marcelle marguerite marianne marina marion maxime melanie mickael mireille muriel nadine
    nina noel odette odile patricia patrice pascal philippe quentin raphael regine remi
    richard robert romain sabine sacha samuel sarah severine simon stephanie suzanne sylvie
    sylviane theo therese timothee valentin vincent william yves yvonne zoe christian
    christiane gilles denis bernard charles francois david martial frederic luc michel
    patrick gerald gael daniel regis jean-luc jean-paul jean-pierre jean-claude
    """
)


# Words that may follow a first name typed without capitals and are no surname
_NOT_A_SURNAME = _word_set(
    "finalement egalement vraiment justement encore toujours jamais deja seulement surtout "
    "alors ensuite donc aujourd quand comment combien votait votaient portait avait etait "
    "present presente absent absente excuse excusee represente representee"
)


def common_first_name(word: str) -> bool:
    """A folded word that is a common French first name (« jean », « marie »)."""
    return word in _COMMON_FIRST_NAMES


_SOUND_RULES = (
    ("sch", "§"),
    ("ch", "§"),  # protected from the « h » and « c » rules below
    ("ph", "f"),
    ("qu", "k"),
    ("ck", "k"),
    ("eau", "o"),
    ("au", "o"),
    ("ai", "e"),
    ("ei", "e"),
    ("y", "i"),
    ("z", "s"),
    ("h", ""),
)
_SOFT_C_RE = cues.plain(r"c(?=[eiy])")
_SOFT_G_RE = cues.plain(r"ge(?=[aou])|g(?=[eiy])")  # « Favergeon », « Faverjon »
_DOUBLE_RE = cues.plain(r"(.)\1+")
_NASAL_EN_RE = cues.plain(r"en(?![aeiouyn])")


def _sound(word: str, *, silent_ending: bool = True) -> str:
    """A rough French sound key of a compact folded word, for spellings that sound alike.

    « fayole » and « fayolle », « chassaubenne » and « chassaubene », « durant » and « durand »
    agree; « tardy » and « tardieu » do not. Deliberately small: every rule added here makes
    more strangers sound like members. First names keep their ending (`silent_ending=False`):
    a surname such as « Gillet » must not sound like the first name Gilles.
    """
    s = _SOFT_G_RE.sub("j", _SOFT_C_RE.sub("s", word))
    for old, new in _SOUND_RULES:
        s = s.replace(old, new)
    s = _DOUBLE_RE.sub(r"\1", s.replace("c", "k"))
    if silent_ending:
        if len(s) > 3 and s[-1] in "stdx":
            s = s[:-1]
        # « Thivent » and THIVANT: « en » and « an » said alike before a consonant (a
        # surname's ending only: first names keep theirs)
        s = _NASAL_EN_RE.sub("an", s)
        if len(s) > 3 and s[-1] == "e":
            s = s[:-1]
    return s


def _first_sound(word: str) -> str:
    return _sound(word, silent_ending=False)


def _typo_budget(length: int) -> int:
    if length < _MIN_FUZZY_LEN:
        return 0
    if length < 8:
        return 1
    return 2 if length < 11 else _MAX_TYPOS


def _typo_edits(query: str, target: str, budget: int) -> int | None:
    """Edits from a typed word to a name, counting what typing gets wrong, or None if too far.

    Missing and extra letters count one each (Indel distance); two swapped neighbours count
    one. A substituted letter counts two, so « Boucher » is not a typo of BOUCHET: spellings
    that differ by a letter yet sound alike are caught by `_sound` instead.
    """
    indel = Indel.distance(query, target, score_cutoff=max(budget, 2))
    if indel <= budget:
        return indel
    swapped = (
        budget >= 1
        and indel == 2
        and len(query) == len(target)
        and OSA.distance(query, target) == 1
        and Levenshtein.distance(query, target) == 2
    )
    return 1 if swapped else None


def _clean(text: str) -> str:
    """Drop HTML tags and entities, digits and symbols: what is left can be folded as a name."""
    text = html.unescape(_TAG_RE.sub(" ", text))
    return _NOT_NAME_RE.sub(" ", text)


# A place said right after a name: « de Saint-Chamond », « d'Unieux », « (Roche-la-Molière) »,
# « de saint-etienne » typed without capitals (a « saint » place only, then).
_PLACE_WORD = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
_PLACE_AFTER = cues.plain(
    r"(?P<name>[^\W\d_][\w'’-]*)\s*,?\s*(?:\((?P<paren>[^()]{2,60})\)"
    r"|\b(?:de|du|d['’])\s*(?P<place>(?:(?:[Ss]aint|[Ss]ainte|[Ss]te?)-[\w'’-]+"
    rf"|{_PLACE_WORD})(?:\s+(?:(?:sur|en|la|le|les|de|du)\s+)?{_PLACE_WORD})*))"
)

# The same typed without capitals (« berger de firminy », « laget de roche-la-moliere »): one
# word, or a « saint » place, that is no word of a question nor anyone's name (checked by
# `without_place`).
_SAINTS = frozenset(("saint", "sainte", "st", "ste"))
# Read at every word (a lookahead): « le pouvoir de berger de firminy » is Berger's place, the
# « de » after « pouvoir » does not hide it.
_LOWER_PLACE_AFTER = cues.plain(
    r"(?<![\w'’-])(?=(?P<name>[^\W\d_][\w'’-]*)\s*,?\s*\b(?:de|d['’]|du)\s*(?P<place>(?:(?:la|le"
    r"|les)\s+|l['’]\s*)?(?:(?:saint|sainte|st|ste)[\s-]+)?[a-zà-ÿ][a-zà-ÿ'’]{2,}"
    r"(?:-[a-zà-ÿ'’]+)*)\b(?![-'’]))"
)


class NameIndex:
    """The members, folded once, with dictionaries for every exact way of naming them."""

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self._members: list[Candidate] = list(candidates)
        n = len(self._members)
        self._civility: list[str | None] = []
        self._last: list[str] = []
        self._first: list[str] = []  # compact, "" when unknown
        self._first_parts: list[tuple[str, ...]] = []
        self._first_initials: list[str] = []
        self._first_sound: list[str] = []

        self._full: dict[str, list[int]] = defaultdict(list)
        self._surname: dict[str, list[int]] = defaultdict(list)
        self._surname_part: dict[str, list[int]] = defaultdict(list)
        self._surname_sound: dict[str, list[int]] = defaultdict(list)
        # « Berjé » for BERGER: the sound of a surname whose final « -er » is said « é »; matched
        # exactly only, never a letter away (`near`: « Paris » is no BARRIER)
        self._surname_heard: dict[str, list[int]] = defaultdict(list)
        self._surname_part_sound: dict[str, list[int]] = defaultdict(list)
        self._first_exact: dict[str, list[int]] = defaultdict(list)
        self._first_part_of: dict[str, list[int]] = defaultdict(list)
        self._first_sound_of: dict[str, list[int]] = defaultdict(list)
        self._first_prefix: dict[str, list[int]] = defaultdict(list)
        # Fuzzy choices: every distinct surname and surname part, once.
        fuzzy_owners: dict[str, list[tuple[int, bool]]] = defaultdict(list)
        compound_keys: set[str] = set()  # « michaudfarigoule »: surnames of several words

        for i, member in enumerate(self._members):
            civility = fold(member.civility) if member.civility else ""
            self._civility.append(CIVILITIES.get(civility))
            last_words = fold(member.last_name).split()
            last = "".join(last_words)
            first_parts = tuple(fold(member.first_name).split()) if member.first_name else ()
            first = "".join(first_parts)
            self._last.append(last)
            self._first.append(first)
            self._first_parts.append(first_parts)
            self._first_initials.append(initials(member.first_name) if member.first_name else "")
            self._first_sound.append(_first_sound(first) if first else "")

            self._surname[last].append(i)
            self._surname_sound[_sound(last)].append(i)
            if len(last) > 5 and last.endswith(("er", "ez")):
                # « Berjé » for BERGER: a final « -er » said « é », as typed by ear; one way
                # only (« Boucher » typed stays another name than BOUCHET)
                self._surname_heard[_sound(last[:-1])].append(i)
            fuzzy_owners[last].append((i, False))
            if len(last_words) > 1:
                compound_keys.add(last)
            self._full[first + last].append(i)
            if first:
                self._full[last + first].append(i)
            for part in _surname_parts(last_words):
                if part != last:
                    self._surname_part[part].append(i)
                    self._surname_part_sound[_sound(part)].append(i)
                    fuzzy_owners[part].append((i, True))
            if first:
                self._first_exact[first].append(i)
                self._first_sound_of[_first_sound(first)].append(i)
                if len(first_parts) > 1:
                    for part in set(first_parts):
                        self._first_part_of[part].append(i)
                for end in range(4, len(first)):
                    self._first_prefix[first[:end]].append(i)

        # Fuzzy choices by the length of the typed word: a key more than _MAX_TYPOS letters
        # longer or shorter cannot be within reach, so rapidfuzz never sees it.
        self._fuzzy_windows = _length_windows(fuzzy_owners)
        self._compound_windows = _length_windows(compound_keys)
        self._fuzzy_owners = dict(fuzzy_owners)
        # Words that, next to a match in free text, show the text names somebody else.
        self._name_words = frozenset(
            {w for parts in self._first_parts for w in parts}
            | set(self._surname)
            | set(self._surname_part)
            | _COMMON_FIRST_NAMES
        )
        self._surnames_sorted = sorted(self._surname)
        self._size = n
        # Ties are shown in alphabetical order; one integer per member keeps ranking cheap.
        alphabetical = sorted(
            range(n), key=lambda i: (self._last[i], self._first[i], self._members[i].member_id)
        )
        self._alphabetical = [0] * n
        for position, i in enumerate(alphabetical):
            self._alphabetical[i] = position

    def __len__(self) -> int:
        return self._size

    # ------------------------------------------------------------------ public API

    def resolve(self, query: str) -> Resolution:
        """The member a typed name means: « M. J.-L. Degraix », « DEGRAIX Jean-Luc », « Degrax »"""
        if len(query) > _MAX_QUERY_CHARS * 4:  # cheap guard before cleaning a pasted page
            return UNKNOWN
        cleaned = _clean(query)
        civility, rest = split_civility(cleaned)
        tokens = fold(rest).split()
        if not tokens or len(rest) > _MAX_QUERY_CHARS:
            return UNKNOWN
        if len(tokens) <= _MAX_NAME_WORDS:
            scores = self._score(tokens, loose=True)
            ranked = self._with_rivals(tokens, scores, self._rank(scores, civility, tokens))
            if ranked:
                resolution = self._resolution(ranked)
                if len(ranked) == 1 and ranked[0] not in self._score(tokens, loose=False):
                    loose = ((self._members[ranked[0]].member_id, rest.strip()),)
                    return replace(resolution, loose=loose)
                return resolution
        # « Monsieur le vice-président Degraix », « Degraix svp »: drop the words that are never
        # names, but never a word that could be one, so « Pierre Durand » stays unknown.
        kept = [t for t in tokens if t not in _STOPWORDS or t in _PARTICLES]
        for attempt in (kept, [t for t in kept if t not in _PARTICLES]):
            if attempt and attempt != tokens and len(attempt) <= _MAX_NAME_WORDS:
                ranked = self._rank(self._score(attempt, loose=True), civility, attempt)
                if ranked:
                    return self._resolution(ranked)
        return UNKNOWN

    def find_in_text(self, text: str) -> Resolution:
        """The member(s) named somewhere in a sentence.

        « qui a donné pouvoir à Degraix ? » → DEGRAIX. Words that are never names, dates and
        punctuation split the text into runs; inside a run the longest sub-runs are tried
        first. A match is rejected when a neighbouring word in the same run looks like a name
        (« Pierre Durand » is not Frédéric DURAND). When the text names several members
        (« Artigues donne pouvoir à Degraix ») they are all returned, in reading order, as
        ambiguous: the caller decides which role each plays. Typo and sound-alike matching is
        used only on capitalised words, or anywhere when the writer does not use capitals,
        so that ordinary words (« durant », « char ») are not read as names.
        """
        segments, caseless = _segments(_TAG_RE.sub(" ", html.unescape(text)))
        found: list[int] = []
        loose: dict[int, str] = {}
        cache: dict[_RunKey, list[int]] = {}
        listed, each_one = False, True
        for segment, civility in segments:
            runs: list[Iterable[tuple[list[int], list[_Word]]]] = [
                self._scan_segment(segment, civility, caseless, cache)
            ]
            # « Mme Berger Tardy »: a civility says one person is named
            surnames = None if civility else self._surname_list(segment, caseless)
            if surnames is not None:
                named, before, after = surnames
                listed = True
                runs = [
                    self._scan_segment(before, civility, caseless, cache),
                    named,
                    self._scan_segment(after, None, caseless, cache),
                ]
            for ids, words in (match for run in runs for match in run):
                each_one = each_one and len(ids) == 1
                found.extend(i for i in ids if i not in found)
                if len(ids) == 1 and self._read_loosely(words, ids[0]):
                    loose.setdefault(ids[0], " ".join(w.typed for w in words))
            if len(found) >= _MAX_CANDIDATES:  # enough to ask which one: stop reading
                break
        resolution = self._resolution(found[:_MAX_CANDIDATES])
        kept = tuple((i, typed) for i, typed in loose.items() if i in found[:_MAX_CANDIDATES])
        read = tuple((self._members[i].member_id, typed) for i, typed in kept)
        if listed and each_one and resolution.status == "ambiguous":
            return Resolution("ambiguous", resolution.candidates, listed=True, loose=read)
        return replace(resolution, loose=read) if read else resolution

    def _read_loosely(self, words: Sequence[_Word], i: int) -> bool:
        """Member i was found by sound, a slip or a first name's beginning, not by a name they
        bear as typed (« Bouchett », « Cristophe Faverjon », « Siam Labich »)."""
        if not words:
            return False
        folded = tuple(w.folded for w in words if w.folded)
        return i not in self._score(folded, loose=False, diminutives=False)

    def without_place(self, text: str) -> str:
        """The text without the place said after a member's surname (« Flachat de
        Saint-Chamond », « Bonnet de Saint-Etienne », « Laget (Roche-la-Molière) »): the
        documents do not say each member's commune, the name alone does. Only after a
        surname members bear, so « Charles de Gaulle » keeps its « de Gaulle » (Charles is a
        first name) and stays nobody's; the text unchanged when no place follows a surname."""

        def drop(match: re.Match[str]) -> str:
            before = fold(match.group("name")).split()
            place = fold(match.group("place") or "").replace("-", " ").split()
            if not before or (
                before[-1] not in self._surname and before[-1] not in self._surname_part
            ):
                return match.group(0)
            if place and (place[0] in self._surname or place[0] in self._surname_part):
                return match.group(0)  # « Berger de Bonnet »: two names, not a place
            return match.group("name")

        text = _PLACE_AFTER.sub(drop, text)
        kept, at = [], 0
        for match in _LOWER_PLACE_AFTER.finditer(text):
            place = fold(match.group("place")).replace("-", " ").split()
            # « de saint etienne », « de la talaudière »: a place, whatever follows the saint
            saint = any(w in _SAINTS for w in place[:2])
            if match.start() < at or (
                not saint and (place[-1] in _STOPWORDS or place[-1] in _COMMON_FIRST_NAMES)
            ):
                continue  # « Berger de mars », « Laget de ce bureau »
            if drop(match) == match.group("name"):
                kept.append(text[at : match.end("name")])
                at = match.end("place")
        return "".join(kept) + text[at:]

    def closest(self, words: Sequence[str], limit: int = 3) -> tuple[Candidate, ...]:
        """The members whose surname is nearest a name nobody bears (« Durandal »: DURAND;
        « berje »: BERGER), farther than `near` reaches: shown beside « aucun membre ne
        s'appelle … » so the member sees who may be meant, never chosen for them."""
        pieces = fold(_clean(" ".join(words))).replace("-", " ").split()
        # the name typed whole, then each of its words (« Berger-Durand »: BERGER)
        typed = ["".join(pieces), *(p for p in pieces if p not in _PARTICLES)]
        scored: dict[str, float] = {}
        for each in (t for t in typed if len(t) >= 3):
            for key, score, _ in process.extract(
                each, list(self._fuzzy_owners), scorer=Indel.normalized_similarity,
                score_cutoff=_CLOSEST, limit=limit,
            ):  # fmt: skip
                scored[key] = max(score, scored.get(key, 0.0))
        found: list[int] = []
        for key in sorted(scored, key=lambda k: -scored[k]):
            found.extend(i for i, _ in self._fuzzy_owners[key] if i not in found)
        return tuple(self._members[i] for i in found[:limit])

    def so_named(self, word: str) -> tuple[Candidate, ...]:
        """Every member whose first name or surname is, or holds, the folded `word`
        (« gilles »: the four Gilles), in alphabetical order."""
        found = {
            *self._first_exact.get(word, ()),
            *self._first_part_of.get(word, ()),
            *self._surname.get(word, ()),
            *self._surname_part.get(word, ()),
        }
        return tuple(self._members[i] for i in sorted(found, key=self._alphabetical.__getitem__))

    def bears(self, word: str) -> bool:
        """Whether a folded word is one of a member's surnames, a part of one, or a member's
        first name: a name, never a word that filters people."""
        return word in self._surname or word in self._surname_part or word in self._first_exact

    def near(self, word: str) -> tuple[Candidate, ...]:
        """Members whose surname is a slip away from a typed word the resolver refused.

        The automatic threshold stays strict (« Boucher » is not BOUCHET); this looser reach,
        any one letter changed, or two on long names, only feeds a question back to the member
        (« Vouliez-vous dire … ? »), never an answer chosen for them.
        """
        typed = "".join(fold(_clean(word)).split())
        if len(typed) < _MIN_FUZZY_LEN - 1 or typed in _STOPWORDS or typed in _COMMON_FIRST_NAMES:
            return ()
        found: list[int] = []
        for key in self._fuzzy_windows.get(len(typed), ()):
            # The reach of the shorter word: « Durandal » is another name, not DURAND.
            reach = 1 if min(len(typed), len(key)) < 8 else 2
            if Levenshtein.distance(typed, key, score_cutoff=reach) <= reach:
                found.extend(i for i, _ in self._fuzzy_owners[key] if i not in found)
        if len(typed) >= _MIN_FUZZY_LEN:
            # Heard, not read: « bouchard » sounds a letter away from BOUDARD, « luillat » from
            # LUYA; a surname's beginning dictated alone (« Artig ») is that surname.
            heard = _sound(typed)
            for sound, owners in self._surname_sound.items():
                reach = 1 if min(len(heard), len(sound)) < 8 else 2
                if len(sound) >= 4 and Levenshtein.distance(heard, sound) <= reach:
                    found.extend(i for i in owners if i not in found)
            start = bisect.bisect_left(self._surnames_sorted, typed)
            for surname in self._surnames_sorted[start:]:
                if not surname.startswith(typed):
                    break
                found.extend(i for i in self._surname[surname] if i not in found)
        ordered = sorted(found, key=lambda i: self._alphabetical[i])[:_MAX_CANDIDATES]
        return tuple(self._members[i] for i in ordered)

    # ------------------------------------------------------------------ scoring

    def _score(
        self, tokens: Sequence[str], *, loose: bool, diminutives: bool = True
    ) -> dict[int, float]:
        """Every plausible member for these folded words, with its score.

        `loose` allows sound-alike and typo matches, `diminutives` a first name's beginning
        typed alone (« Fred »); free text turns them off for words that may be ordinary
        French (« durant », « char »).
        """
        scores: dict[int, float] = {}

        def offer(i: int, score: float) -> None:
            if score > scores.get(i, 0.0):
                scores[i] = score

        joined = "".join(tokens)
        exact = self._full.get(joined)
        if exact and len(tokens) > 1:
            # A full name typed exactly is that member, whatever neighbours a typo would reach.
            return dict.fromkeys(exact, _FULL_EXACT)
        for i in exact or ():
            offer(i, _FULL_EXACT)
        # An initial (« Jean-Luc D. ») is never part of a one-word name: no loose match on it.
        whole_word = all(len(t) > 1 for t in tokens)
        self._score_single_name(joined, loose and whole_word, diminutives and whole_word, offer)
        splits = list(_splits(tokens))
        for surname, given in splits:
            self._score_full_name(surname, given, loose, offer)

        best = max(scores.values(), default=0.0)
        if loose and best < _FUZZY_NEEDED_BELOW:
            # « Julie » is a name, not a slip for JULIEN; several words typed as one surname
            # must be a compound one (« michaud farigoul »), not a surname plus a stray word.
            if not self._is_first_name(joined):
                self._score_typos(joined, None, offer, compound_only=len(tokens) > 1)
            # Splits whose first-name side names somebody come first; a typo on both sides
            # (« Cristian Julen ») is rarer, and is tried only when those found nothing.
            likely = [split for split in splits if self._looks_like_first_name(split[1])]
            for surname, given in likely:
                self._score_typos("".join(surname), given, offer)
            if not scores:
                for surname, given in splits:
                    if (surname, given) not in likely:
                        self._score_typos("".join(surname), given, offer)
        return scores

    def _score_single_name(self, word: str, loose: bool, diminutives: bool, offer: _Offer) -> None:
        """The whole query as one name, surname or first name: « Degraix », « Gilles »."""
        if len(word) < 2:
            return
        for i in self._surname.get(word, ()):
            offer(i, _SURNAME_EXACT)
        for i in self._first_exact.get(word, ()):
            offer(i, _FIRST_EXACT)
        for i in self._surname_part.get(word, ()):
            offer(i, _SURNAME_PART)
        for i in self._first_part_of.get(word, ()):
            offer(i, _FIRST_PART)
        if not loose:
            return
        sound = _sound(word)
        if len(sound) >= 3:
            for i in (*self._surname_sound.get(sound, ()), *self._surname_heard.get(sound, ())):
                offer(i, _SURNAME_SOUND)
            for i in self._surname_part_sound.get(sound, ()):
                offer(i, _SURNAME_PART_SOUND)
        for i in self._first_sound_of.get(_first_sound(word), ()):
            offer(i, _FIRST_SOUND)
        if diminutives and not self._is_first_name(word):
            for i in self._first_prefix.get(word, ()):
                offer(i, _FIRST_PREFIX)

    def _score_full_name(
        self, surname: Sequence[str], given: Sequence[str], loose: bool, offer: _Offer
    ) -> None:
        """A surname and a first name: « Jean-Luc Degraix », « DEGRAIX J.-L. », « Jean-Luc D. »."""
        last = "".join(surname)
        if len(last) == 1:  # « Jean-Luc D. »: the surname's initial
            for i in self._first_exact.get("".join(given), ()):
                if self._last[i].startswith(last):
                    offer(i, _SURNAME_INITIAL)
            return
        hits: list[tuple[list[int], float]] = [
            (self._surname.get(last, []), _SURNAME_EXACT),
            (self._surname_part.get(last, []), _SURNAME_PART),
        ]
        if loose:
            sound = _sound(last)
            if len(sound) >= 3:
                hits.append((self._surname_sound.get(sound, []), _SURNAME_SOUND))
                hits.append((self._surname_heard.get(sound, []), _SURNAME_SOUND))
                hits.append((self._surname_part_sound.get(sound, []), _SURNAME_PART_SOUND))
            if len(last) >= _MIN_PREFIX and last not in self._surname:
                # « Gilles Artig »: a surname cut short, beside the member's own first name
                # (alone, « Artig » is only offered back: `near`)
                hits.append((self._surname_prefixed(last), _SURNAME_PREFIX))
        typed = _Typed.of(given)
        for ids, surname_score in hits:
            for i in ids:
                first_score = self._first_fit(typed, i, loose)
                if first_score is not None:
                    offer(i, _combine(surname_score, first_score))

    def _surname_prefixed(self, typed: str) -> list[int]:
        """The members whose surname begins with `typed`, at least half of it (« artig »:
        ARTIGUES; never « bo » for every BO…)."""
        found: list[int] = []
        start = bisect.bisect_left(self._surnames_sorted, typed)
        for surname in self._surnames_sorted[start:]:
            if not surname.startswith(typed):
                break
            if 2 * len(typed) >= len(surname):
                found.extend(self._surname[surname])
        return found

    def _score_typos(
        self,
        last: str,
        given: Sequence[str] | None,
        offer: _Offer,
        *,
        compound_only: bool = False,
    ) -> None:
        """Surnames within typing distance; with `given`, only members whose first name fits."""
        budget = _typo_budget(len(last))
        if not budget:
            return
        typed = _Typed.of(given) if given is not None else None
        windows = self._compound_windows if compound_only else self._fuzzy_windows
        for key, _, _ in process.extract(
            last,
            windows.get(len(last), ()),
            scorer=Indel.distance,
            score_cutoff=max(budget, 2),
            limit=_FUZZY_LIMIT,
        ):
            # The budget of the shorter word: letters added to a short name make another name
            # (« Durandal » is not M. DURAND), while letters dropped from a long one are typos.
            edits = _typo_edits(last, key, min(budget, _typo_budget(len(key))))
            # One letter changed is another name (« Boucher »), unless the first name typed
            # beside it is the member's own: « Jean-Claude Flachet » is M. Jean-Claude FLACHAT.
            changed = (
                edits is None
                and typed is not None
                and Levenshtein.distance(last, key, score_cutoff=1) <= 1
            )
            if edits is None and not changed:
                continue
            for i, is_part in self._fuzzy_owners[key]:
                surname_score = _TYPO_BASE - _TYPO_STEP * (edits or 1) - (_PART_PENALTY * is_part)
                if typed is None:
                    offer(i, surname_score)
                    continue
                first_score = self._first_fit(typed, i, True)
                if first_score is not None and (not changed or first_score >= _OWN_FIRST_NAME):
                    offer(i, _combine(surname_score, first_score))

    def _first_fit(self, typed: _Typed, i: int, loose: bool) -> float | None:
        """How well typed first-name words fit member i's first name; None if they contradict.

        Called for every member who bears a matching surname, so everything about the typed
        words is computed once, in `_Typed`.
        """
        key = (self._first_parts[i], loose)
        if key in typed.fits:
            return typed.fits[key]
        fit = typed.fits[key] = self._first_fit_uncached(typed, i, loose)
        return fit

    def _first_fit_uncached(self, typed: _Typed, i: int, loose: bool) -> float | None:
        first = self._first[i]
        if not first:
            return _FIRST_PART  # nothing known to contradict, nothing to confirm either
        text = typed.text
        if text == first:
            return 100.0
        member_initials = self._first_initials[i]
        if typed.initials_only:  # « J. », « J.-L. »
            if text == member_initials:
                return 98.0
            return 97.0 if member_initials.startswith(text) else None
        if typed.short and text == member_initials:
            return 98.0  # « JL », « JA » typed without dots
        parts = self._first_parts[i]
        if len(typed.words) == len(parts) and all(
            t == p or (len(t) == 1 and p.startswith(t))
            for t, p in zip(typed.words, parts, strict=True)
        ):
            return 97.0  # « Jean L. » for Jean-Luc
        if len(typed.words) == 1 and text in parts:
            return 96.0  # « Jean Degraix », « Luc Degraix »
        if not loose:
            return None
        if len(text) >= 3 and first.startswith(text) and not self._is_first_name(text):
            return 95.0  # « Fred », « Steph »; but « Julie » is not Julien
        if typed.sound == self._first_sound[i]:
            return 95.0
        # Same typing slips as for surnames (« Girard », a surname, is not a typo of Gérard),
        # and a first name in its own right is not a slip for another (« Julie », Julien).
        if (
            typed.typo_budget
            and _typo_edits(text, first, typed.typo_budget) is not None
            and not self._is_first_name(text)
        ):
            return 92.0
        return None

    def _looks_like_first_name(self, words: Sequence[str]) -> bool:
        """Cheap test, by dictionary only, that typed words could be some member's first name."""
        text = "".join(words)
        return (
            all(len(w) == 1 for w in words)
            or len(text) <= 3
            or text in self._first_exact
            or text in self._first_part_of
            or text in self._first_prefix
            or _first_sound(text) in self._first_sound_of
        )

    def _is_first_name(self, word: str) -> bool:
        """A first name in its own right, so not the beginning of a longer one (« Julie »)."""
        return word in self._first_exact or word in _COMMON_FIRST_NAMES

    def _rank(
        self, scores: dict[int, float], civility: str | None, words: Sequence[str] = ()
    ) -> list[int]:
        """The members within the margin of the best score, best first, at most
        _MAX_CANDIDATES of them; [] when none fits."""
        if civility is not None:
            same = {i: s for i, s in scores.items() if self._civility[i] in (None, civility)}
            scores = same or scores  # a wrong civility is a slip, not a reason to find nobody
            scores = self._surname_after_civility(words, scores)
        best = max(scores.values(), default=0.0)
        if best < _MIN_SCORE:
            return []
        kept = [i for i, s in scores.items() if s >= best - _MARGIN]
        alphabetical = self._alphabetical
        return heapq.nsmallest(_MAX_CANDIDATES, kept, key=lambda i: (-scores[i], alphabetical[i]))

    def _surname_after_civility(
        self, words: Sequence[str], scores: dict[int, float]
    ) -> dict[int, float]:
        """« M. Denis », « Monsieur Julien »: one word after a civility is a surname, so those
        who bear it in their surname are kept over those for whom it is a first name."""
        if len(words) != 1:
            return scores
        bearers = set(self._surname.get(words[0], ())) | set(self._surname_part.get(words[0], ()))
        return {i: s for i, s in scores.items() if i in bearers} or scores

    def _resolution(self, ranked: list[int]) -> Resolution:
        if not ranked:
            return UNKNOWN
        members = tuple(self._members[i] for i in ranked)
        return Resolution("found" if len(ranked) == 1 else "ambiguous", members)

    # ------------------------------------------------------------------ free text

    def _surname_list(
        self, segment: list[_Word], caseless: bool
    ) -> tuple[list[tuple[list[int], list[_Word]]], list[_Word], list[_Word]] | None:
        """« Rivat Luya Morand », « tardy berger etaient la », « Gonzalez Grail Da Silva »:
        members' surnames one after the other, with no comma or « et » between, each one
        member's own, at least one written exactly: those members, and the words before and
        after the list (read as usual). None when the run holds no such list (« Pierre
        Durand », « Gilles Tardy », « Michaud Tardy »: a stranger, or a name several bear,
        is never split into people)."""
        if len(segment) < 2 or len(segment) > _MAX_RUN * 3:
            return None
        best: tuple[int, int, list[tuple[list[int], list[_Word]]]] | None = None
        start = 0
        while start < len(segment):
            named: list[tuple[list[int], list[_Word]]] = []
            kinds: list[_Written] = []
            end = start
            if start and segment[start].hyphened:  # « Jean-Tardy »: the end of another name
                start += 1
                continue
            while end < len(segment) and (chunk := self._own_name_at(segment, end, caseless)):
                length, ids, kind = chunk
                if end + length < len(segment) and segment[end + length].hyphened:
                    break  # « Berger-Durand »: one name, nobody's, never BERGER and DURAND
                named.append((ids, segment[end : end + length]))
                kinds.append(kind)
                end += length
            exact = kinds.count(_Written.EXACT)
            # « Lecocq Laurent Gonon »: LAURENT between two surnames is a member; « Laurent
            # Gonon » alone may be a stranger's first name and surname
            enough = exact >= 2 or (exact == 1 and _Written.FIRST_NAME_TOO not in kinds)
            distinct = len({i for ids, _ in named for i in ids}) == len(named)
            longer = best is None or end - start > best[1] - best[0]
            if len(named) >= 2 and enough and distinct and longer:
                best = (start, end, named)
            start = max(end, start + 1)
        if best is None:
            return None
        first, last, named = best
        before, after = segment[:first], segment[last:]
        if any(w.capitalised and not w.sentence_start for w in (*before, *after)):
            return None  # « Jean-Paul Rivat Luya » read whole is not « Paul Rivat » and Luya
        return named, before, after

    def _own_name_at(
        self, segment: list[_Word], start: int, caseless: bool
    ) -> tuple[int, list[int], _Written] | None:
        """The surname of one member only that begins at `start`: its length in words, the
        member, and how it is written."""
        for length in range(min(3, len(segment) - start), 0, -1):
            chunk = segment[start : start + length]
            if chunk[-1].particle or all(w.particle for w in chunk):
                continue
            key = "".join(w.folded for w in chunk)
            owners = set(self._surname.get(key, ()))  # a first name beside: one whole name
            if length > 1:
                if len(owners) == 1:
                    return length, list(owners), _Written.EXACT
                continue
            owners |= set(self._surname_part.get(key, ()))
            if key in self._first_exact or key in self._first_part_of:
                return None  # « Denis », « Gilles »: a member's first name, never one alone
            if len(owners) == 1:
                weak = common_first_name(key)
                return 1, list(owners), _Written.FIRST_NAME_TOO if weak else _Written.EXACT
            if owners or len(key) < _MIN_FUZZY_LEN or not (caseless or chunk[0].capitalised):
                return None
            if common_first_name(key):
                return None
            near = self._match_run((key,), None, True, False)
            return (1, near, _Written.SLIP) if len(near) == 1 else None
        return None

    def _scan_segment(
        self,
        segment: list[_Word],
        civility: str | None,
        caseless: bool,
        cache: dict[_RunKey, list[int]],
    ) -> Iterator[tuple[list[int], list[_Word]]]:
        """Matches in one run of possible name words, longest first, in reading order, each
        with the words it was read from."""
        used = [False] * len(segment)
        matches: list[tuple[int, list[int], list[_Word]]] = []
        for length in range(min(_MAX_RUN, len(segment)), 0, -1):
            for start in range(len(segment) - length + 1):
                end = start + length
                if any(used[start:end]) or segment[end - 1].particle:
                    continue
                run = segment[start:end]
                if all(w.particle for w in run):
                    continue
                capitalised = all(w.capitalised or w.particle for w in run)
                run_civility = civility if start == 0 else None
                key = (tuple(w.folded for w in run), run_civility, caseless, capitalised)
                if key not in cache:
                    loose = caseless or capitalised
                    cache[key] = self._match_run(key[0], run_civility, loose, capitalised)
                ids = cache[key]
                if not ids or self._names_someone_else(segment, start, end, caseless):
                    continue
                used[start:end] = [True] * length
                matches.append((start, ids, run))
        for _, ids, run in sorted(matches, key=lambda m: m[0]):
            yield ids, run

    def _match_run(
        self, words: tuple[str, ...], civility: str | None, loose: bool, diminutives: bool
    ) -> list[int]:
        if sum(len(w) for w in words) < 2:
            return []
        scores = self._score(words, loose=loose, diminutives=diminutives)
        return self._with_rivals(words, scores, self._rank(scores, civility, words))

    def _with_rivals(
        self, words: Sequence[str], scores: dict[int, float], ranked: list[int]
    ) -> list[int]:
        """A surname matched only by its sound or a slip is taken when no other member's
        surname is as near: « Tardi » is TARDY by sound and the beginning of TARDIEU, so both
        are offered (an exact « Tardy » is still TARDY alone)."""
        if len(ranked) != 1 or len(words) != 1 or scores[ranked[0]] >= _SURNAME_PART:
            return ranked
        typed = words[0]
        rivals: list[int] = []
        if len(typed) >= _MIN_FUZZY_LEN - 1:
            start = bisect.bisect_left(self._surnames_sorted, typed)
            for surname in self._surnames_sorted[start:]:
                if not surname.startswith(typed):
                    break
                rivals.extend(self._surname[surname])
        rivals.extend(
            i
            for key in self._fuzzy_windows.get(len(typed), ())
            if Levenshtein.distance(typed, key, score_cutoff=1) <= 1
            for i, _ in self._fuzzy_owners[key]
        )
        others = sorted(
            {i for i in rivals if i not in ranked}, key=lambda i: self._alphabetical[i]
        )
        return (ranked + others)[:_MAX_CANDIDATES]

    def _stranger_after(self, first: str, word: str) -> bool:
        """A member's first name alone, followed by a word the longer match refused."""
        return (
            (first in self._first_exact or first in self._first_part_of)
            and first not in self._surname
            and first not in self._surname_part
            and len(word) >= 4
            and word not in _NOT_A_SURNAME
        )

    def _names_someone_else(
        self, segment: list[_Word], start: int, end: int, caseless: bool
    ) -> bool:
        """True when a word right before or after the match looks like part of another name."""
        after = end
        while after < len(segment) and segment[after].particle:
            after += 1  # « Jean-Claude Van Damme », « Charles de Gaulle »: the name goes on
        if caseless and end < after < len(segment):
            return True  # « jean-claude van damme »: a particle then a word that is no stopword
        if (
            caseless
            and end - start == 1
            and end < len(segment)
            and self._stranger_after(segment[start].folded, segment[end].folded)
        ):
            return True  # « christian clavier »: a first name, then a surname nobody bears
        for k in (start - 1, after):
            if 0 <= k < len(segment):
                word = segment[k]
                if word.particle:
                    continue
                if word.shouting or (word.capitalised and not word.sentence_start):
                    return True
                if word.folded in self._name_words:
                    return True
        return False


@dataclass(frozen=True, slots=True)
class _Typed:
    """Typed first-name words, with what every comparison needs computed once."""

    words: tuple[str, ...]
    text: str
    initials_only: bool
    short: bool
    sound: str
    typo_budget: int
    # The fit to each distinct first name, memoised: many members share « Jean-Luc ».
    fits: dict[tuple[tuple[str, ...], bool], float | None] = field(
        default_factory=dict, compare=False
    )

    @classmethod
    def of(cls, words: Sequence[str]) -> _Typed:
        text = "".join(words)
        budget = 0 if len(text) < 4 else 1 if len(text) < 8 else 2
        return cls(
            words=tuple(words),
            text=text,
            initials_only=all(len(w) == 1 for w in words),
            short=len(words) == 1 and len(text) <= 3,
            sound=_first_sound(text),
            typo_budget=budget,
        )


class _Written(enum.Enum):
    """How one name of a list of surnames is written."""

    EXACT = "exact"
    FIRST_NAME_TOO = "first name too"  # « Laurent »: a surname, and many people's first name
    SLIP = "slip"  # « Rivatt »


@dataclass(frozen=True, slots=True)
class _Word:
    folded: str
    capitalised: bool  # « Degraix », « DEGRAIX »
    shouting: bool  # « DEGRAIX »: surnames in capitals, as printed in council documents
    sentence_start: bool
    particle: bool  # « de », « da »: part of a surname only when a name follows
    hyphened: bool = False  # « Berger-Durand »: joined to the word before, one name with it
    typed: str = ""  # as written, for saying how a name was read


_WORD_RE = cues.plain(r"[^\W\d_]+|\d+|[^\w\s]")
_JOINERS = frozenset("-‐‑'’")


def _segments(text: str) -> tuple[list[tuple[list[_Word], str | None]], bool]:
    """Split free text into runs of words that may be names, each with the civility before it.

    Also says whether the writer ignores capitals (no capital anywhere but at a sentence's
    start): then case carries no signal and every word may be matched loosely.
    """
    raw = list(_WORD_RE.finditer(text))
    caseless = True
    segments: list[tuple[list[_Word], str | None]] = []
    current: list[_Word] = []
    civility: str | None = None
    sentence_start = True

    def close() -> None:
        nonlocal current, civility
        while current and current[-1].particle:
            current.pop()
        if current:
            segments.append((current, civility))
        current = []
        civility = None

    for n, match in enumerate(raw):
        token = match.group()
        if token.isdigit():  # dates, times, numbers of deliberations
            close()
            continue
        if not token[0].isalpha():
            if token in _JOINERS:
                continue  # « Jean-Luc », « d'Artigues »: the words on each side stay words
            if token == "." and _is_initial_dot(raw, n):
                continue
            if token == "." and civility is not None and not current:
                continue  # « M. Michaud »: the civility's dot, the name follows
            close()
            sentence_start = sentence_start or token in ".!?"
            continue
        folded = fold(token)
        if not sentence_start and any(c.isupper() for c in token):
            caseless = False
        capitalised = token[0].isupper()
        initial = len(token) == 1 and (
            (
                folded not in {"a", "y"}
                and (_followed_by(raw, n, ".") or (capitalised and not _followed_by(raw, n, "'")))
            )
            # « Gilles A. »: a capital with its dot (or ending the name read) after a
            # capitalised first name is the surname's initial, never the verb « a »
            or (
                capitalised
                and (_followed_by(raw, n, ".") or n == len(raw) - 1)
                and bool(current)
                and current[-1].capitalised
                and not current[-1].particle
            )
        )
        if folded in CIVILITIES and (folded != "m" or capitalised):
            close()
            civility = CIVILITIES[folded]
        elif folded in _PARTICLES and n + 1 < len(raw) and raw[n + 1].group()[0].isalpha():
            current.append(_Word(folded, capitalised, False, sentence_start, True, typed=token))
        elif folded in _STOPWORDS and not initial:
            close()
        else:
            shouting = len(token) > 1 and token.isupper()
            hyphened = n > 0 and raw[n - 1].group() in "-‐‑" and raw[n - 1].end() == match.start()
            current.append(
                _Word(folded, capitalised, shouting, sentence_start, False, hyphened, token)
            )
        sentence_start = False
    close()
    return segments, caseless


def _followed_by(raw: list[re.Match[str]], n: int, char: str) -> bool:
    return n + 1 < len(raw) and raw[n + 1].group() == char and raw[n + 1].start() == raw[n].end()


def _is_initial_dot(raw: list[re.Match[str]], n: int) -> bool:
    """A dot right after a single letter (« J. », « J.-L. ») abbreviates a name, ends nothing."""
    return n > 0 and len(raw[n - 1].group()) == 1 and raw[n - 1].group().isalpha()


def _surname_parts(words: list[str]) -> Iterator[str]:
    """Contiguous pieces of a compound surname a member may be called by, compacted.

    « michaud farigoule » → michaud, farigoule; « da silva » → silva; a piece made only of
    particles (« da ») names nobody.
    """
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            piece = words[start:end]
            if all(w in _PARTICLES for w in piece) or piece[-1] in _PARTICLES:
                continue
            if len(piece) == 1 and len(piece[0]) < 3:
                continue
            yield "".join(piece)


def _length_windows(keys: Iterable[str]) -> dict[int, list[str]]:
    """For each typed length, the keys whose length is within _MAX_TYPOS of it."""
    by_length: dict[int, list[str]] = defaultdict(list)
    for key in keys:
        by_length[len(key)].append(key)
    windows: dict[int, list[str]] = {}
    for length in range(1, max(by_length, default=0) + _MAX_TYPOS + 1):
        window = [
            key
            for near in range(length - _MAX_TYPOS, length + _MAX_TYPOS + 1)
            for key in by_length.get(near, ())
        ]
        if window:
            windows[length] = window
    return windows


def _splits(tokens: Sequence[str]) -> Iterator[tuple[Sequence[str], Sequence[str]]]:
    """(surname words, first-name words) for both orders: « Jean Luc Degraix », « DEGRAIX J L »."""
    for cut in range(1, len(tokens)):
        yield tokens[cut:], tokens[:cut]
        yield tokens[:cut], tokens[cut:]


def _combine(surname_score: float, first_score: float) -> float:
    return _SURNAME_WEIGHT * surname_score + (1 - _SURNAME_WEIGHT) * first_score


def members_index(members: Iterable[Member]) -> NameIndex:
    """The index over these members: what the bot keeps per store revision."""
    return NameIndex(Candidate(m.id or 0, m.civility, m.first_name, m.last_name) for m in members)


def resolve_member(session: Session, query: str, council_id: int | None = None) -> Resolution:
    """One look-up over every member of the store, or of one council (the CLI, the console's
    --as): the same resolver the bot answers members with, so a name the bot understands, the
    CLI does too (a name typed with Cyrillic or Greek look-alikes among its letters read as
    the bot reads it, bot/incoming.py)."""
    members = select(Member)
    if council_id is not None:
        members = members.where(Member.council_id == council_id)
    return members_index(session.exec(members)).resolve(latin_lookalikes(query))


# (« un » typed alone picks the first too)
_CHOICE_RANK = {word: place - 1 for word, place in ORDINAL_WORDS.items()} | {"un": 0}
# « 5 », « 5e », « 12eme », « 0e »: a rank typed in figures, whatever the number of choices
_RANK_FIGURE = cues.plain(r"^(\d{1,50})(?:er|ere|e|eme|ieme)?$")


def _rank_of(word: str) -> int | None:
    """The place (from 0, maybe past the choices or -1 for « 0e ») a word names, or None."""
    if word in _CHOICE_RANK:
        return _CHOICE_RANK[word]
    figure = _RANK_FIGURE.match(word)
    return int(figure.group(1)) - 1 if figure else None


# « le premier », « c'est la deuxième », « plutôt le 2 »: the words around a rank
CHOICE_FILLER = frozenset(
    [
        "le",
        "la",
        "l",
        "c",
        "est",
        "celui",
        "celle",
        "ci",
        "plutot",
        "et",
        "non",
        "oui",
        "alors",
        "euh",
    ]
)


def choice_rank(said: list[str], count: int) -> int | None:
    """Where in a choice of `count` members, in the order offered, one word typed under
    « Lequel voulez-vous dire ? » points (« premier » 0, « 2e » 1, « dernier » the last);
    None when the words are not one rank, or past the choices."""
    said = [w for w in said if w not in CHOICE_FILLER]
    if len(said) != 1:
        return None
    if said[0] in ("dernier", "derniere"):
        return count - 1 if count else None
    place = _rank_of(said[0])
    return place if place is not None and 0 <= place < count else None


# « le -1 »: a rank below one, its minus lost once the words are folded (never « le 1 »)
NEGATIVE_RANK = cues.plain(r"[-−–]\s*\d")


def choice_said(words: list[str]) -> bool:
    """Whether words typed under « Lequel voulez-vous dire ? » choose by rank (« le 9e ») or
    by sex (« la dame ») only, whether or not one member of those offered fits."""
    said = [w for w in words if w not in CHOICE_FILLER]
    if len(said) == 1 and (said[0] in ("dernier", "derniere") or _rank_of(said[0]) is not None):
        return True
    return bool(set(words) & (WOMAN | MAN)) and not set(words) - WOMAN - MAN - CHOICE_FILLER


# « la dame », « le monsieur », « celle-ci »: a choice by who the member is
WOMAN = frozenset(("dame", "femme", "madame", "mme", "celle", "elle", "fille"))
MAN = frozenset(("monsieur", "homme", "mr", "m", "celui", "lui", "gars", "mec"))


def choice_by_sex(words: list[str], civilities: list[str | None]) -> int | None:
    """Where, in a choice of members whose civilities are given in the order offered, the only
    woman (« la dame », « madame ») or the only man (« le monsieur ») is; None when the words
    say neither or both, or several fit."""
    said = set(words)
    woman, man = bool(said & WOMAN), bool(said & MAN)
    if woman == man:
        return None
    fitting = [
        place
        for place, civility in enumerate(civilities)
        if civility is not None and (fold(civility) in ("mme", "mlle", "madame")) == woman
    ]
    return fitting[0] if len(fitting) == 1 else None
