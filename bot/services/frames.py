"""A member's message read as one small typed frame: what is asked, of whom, when, which act.

The classic slot-filling design: reading is kept apart from answering. This module knows French
and nothing of the store or of Telegram; `bot/handlers/questions.py` resolves the frame's names
and dates against the store and answers it with one function per kind of question.

The words that carry the intent (« séance », « procuration », « présences ») are few, so they
are matched with the care given to names: exactly, then within a small edit distance, then as
a short form (« délibé »); ordinary words are never stretched into intent words.
"""

from __future__ import annotations

import contextlib
import enum
import html
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein
from text_to_num import alpha2digit

from bot.services import attendance_words
from bot.services.greetings import HELLO
from bot.services.law_questions import (
    SOMEONES_PROXY,
    Rule,
    days_before_said,
    notice_case,
    rule_asked,
)
from bot.services.proxy_dialog import instead_said
from bot.services.small_talk import CHANNEL_WORDS
from bot.services.spoken_numbers import act_numbers_said
from storage import cues
from storage.french import (
    HALF_A_YEAR,
    MONTH_NUMBERS,
    MONTH_PATTERN,
    MONTHS,
    NUMBER_WORD,
    ORDINAL_WORDS,
    WITHIN_A_MONTH,
    asked_as_question,
    find_dates,
    find_day_range,
    find_relative,
    number_in_words,
    ordinal_in_words,
    year_said_in_words,
)
from storage.names import CIVILITY_ALTERNATION, fold, strip_accents


class Asked(enum.StrEnum):
    """What a message asks for; one answerer per value."""

    HELP = "help"
    THANKS = "thanks"  # « merci ! », nothing asked
    GREETING = "greeting"  # « salut, ça va ? »: small talk, nothing asked
    GOODBYE = "goodbye"  # « au revoir », « bonne soirée »
    ACKNOWLEDGED = "acknowledged"  # « ok », « 👍 », « d'accord »
    REPHRASE = "rephrase"  # « ??? »: nothing to read at all
    GIVE_PROXY = "give_proxy"
    REVOKE_PROXY = "revoke_proxy"
    # « je refuse le pouvoir de Bouchet »: the holder declines a proxy only its giver withdraws
    DECLINE_PROXY = "decline_proxy"
    # « il a été prévenu ? », « elle est au courant ? »: whether the holder was told
    HOLDER_TOLD = "holder_told"
    MY_PROXIES = "my_proxies"
    # « c'est bien enregistré ? », « c'est noté ? », « ça a marché ? » with nothing named: what
    # is recorded of the asker (proxy, presence declared, receipt) for the sittings to come
    RECORDED = "recorded"
    # « qui a accusé réception ? », « Berger a bien reçu la convocation ? », « j'ai accusé
    # réception ? »: the convocation's receipts, as /suivi keeps them
    RECEIPTS = "receipts"
    DECLARE_PRESENT = "declare_present"
    DECLARE_ABSENT = "declare_absent"
    PRESENCE = "presence"  # who was there / was X there
    ABSENCE = "absence"  # who was missing / was X absent
    PROXY = "proxy"  # the proxies of a sitting / X's proxy
    COUNT = "count"  # how many present, excused, votes, in office…
    OFFICER = "officer"  # président / secrétaire de séance
    CONVOCATION = "convocation"  # when the convocation went out
    QUORUM = "quorum"
    VOTE = "vote"  # the vote figures of a deliberation
    RECORD = "record"  # a member's attendance over the known sittings
    RANKING = "ranking"  # « qui a le plus d'absences ? »: members ranked by attendance
    # « la délibération avec le plus de contre », « la séance la moins suivie », « qui a le
    # plus de pouvoirs ? »: the act, sitting or member at the top (or bottom) of the store
    MOST = "most"
    # « pourquoi ? », « pour quelle raison était-il absent ? »: what the documents say, and that
    # they give no reasons
    WHY = "why"
    MEMBERS = "members"  # who sits in a body (« les membres du bureau », « X siège au bureau ? »)
    SITTING = "sitting"  # one sitting's card
    SITTINGS = "sittings"  # the list of sittings
    DELIBERATION = "deliberation"
    DELIBERATION_COUNT = "deliberation_count"  # how many deliberations over a period
    ACTIONS = "actions"
    SEARCH = "search"  # no other reading fits: a member's name, or a topic
    NOTHING = "nothing"  # nothing left to read
    RULE = "rule"  # the law itself (« les pouvoirs comptent dans le quorum ? »): law_questions


class About(enum.StrEnum):
    """Which figure or role a count, an officer or a vote question is about."""

    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"
    PROXIES = "proxies"
    VOTES = "votes"  # votants, voix
    IN_OFFICE = "in_office"
    PRESIDENT = "president"
    SECRETARY = "secretary"
    AGAINST = "against"
    FOR = "for"
    ABSTENTIONS = "abstentions"
    DELIBERATIONS = "deliberations"
    GIVEN = "given"  # a proxy given (« a donné pouvoir »)
    HELD = "held"  # a proxy carried (« avait / portait / a reçu un pouvoir »)
    EITHER = "either"  # « présent ou excusé ? »: no side taken, the fact said
    WHEN = "when"  # « c'était quand le dernier bureau ? »: the day, in a sentence
    REJECTED = "rejected"  # « délibérations rejetées », « non adoptées »
    URGENT = "urgent"  # « le bureau a été convoqué en urgence ? »: that convocation's urgency
    UNEXCUSED = "unexcused"  # « absents non excusés », « sans excuse »
    MARGIN = "margin"  # « le vote le plus serré »: the fewest for over against
    DISSENT = "dissent"  # « la délib la plus contestée »: the most against and abstentions
    # « la 2022.00109 est passée à quelle majorité ? », « le budget a eu la majorité absolue ? »:
    # that act's votes said against the majority of the votes cast
    MAJORITY = "majority"
    UNREPRESENTED = "unrepresented"  # « excusés sans pouvoir », « non représentés »
    REPORTER = "reporter"  # « qui l'a présentée ? », « le rapporteur ? »: who reported an act
    TIME = "time"  # « à quelle heure était le bureau ? »: the sitting's hour
    PLACE = "place"  # « où se tenait le bureau ? »: the sitting's place
    AGENDA = "agenda"  # « quel était l'ordre du jour ? »: the sitting's items, in a list
    # « le bureau de jeudi est maintenu ? », « le conseil est annulé ? »: held as planned or not
    STILL_ON = "still_on"
    # « il y a un PV de la séance de juillet ? », « on a le compte rendu du dernier conseil ? »:
    # which documents of the sitting are held
    DOCUMENTS = "documents"
    RECEIVED = "received"  # « reçue en préfecture quand ? »: an act's transmission
    # « Laget peut encore recevoir un pouvoir ? »: whether the law lets that member carry one
    CAN_HOLD = "can_hold"
    # « à qui je peux donner mon pouvoir ? », « qui pourrait porter ma procu ? »: a proxy to
    # give, its holder sought (WHO_MAY_TAKE_MINE), none named
    WHO_MAY_HOLD = "who_may_hold"
    # « je peux donner mon pouvoir à Bouchet ? », « puis-je confier ma procu à Rivat ? »: a
    # proxy to give, asked as whether one may (the offer answers « Oui » first)
    MAY_I = "may_i"
    # « Berger peut-elle donner son pouvoir à Rivat ? », « Thizy peut me confier le sien ? »,
    # « je peux porter le pouvoir de Jouve ? »: whether the law lets that one proxy be made, the
    # first named the giver; its holder named after « à », or the asker (CAN_GIVE_TO_ME)
    CAN_GIVE = "can_give"
    CAN_GIVE_TO_ME = "can_give_to_me"
    # « combien de délibérations par mois en 2022 ? », « le mois avec le plus de délibs »: the
    # acts of the period counted month by month, the busiest month named; by quarter, by year,
    # sitting by sitting likewise
    MONTHS = "months"
    QUARTERS = "quarters"
    SEMESTERS = "semesters"
    YEARS = "years"
    EACH_SITTING = "each_sitting"
    # « quel rôle j'ai ? », « quelle est la fonction de Dallara ? »: what the documents say
    # the member does (presides, keeps the minutes, signs acts under a title)
    ROLE = "role"
    # « quels élus ont porté deux pouvoirs ? »: the holders of more than one proxy at the
    # sitting, from the roll call (none, most often: the law allows one)
    HELD_TWO = "held_two"
    GAVE_TWO = "gave_two"  # « qui a donné deux pouvoirs ? »: none can, the roll call says so
    # « qui est arrivé en retard ? », « quelqu'un est parti avant la fin ? »: the comings and
    # goings the acts print item by item (none, when they print none)
    ARRIVED = "arrived"
    LEFT = "left"


class Among(enum.StrEnum):
    """« combien de femmes présentes ? », « les présents dont le nom commence par B », « ceux du
    groupe X »: the people listed narrowed by what the store knows of each (a civility, a
    surname), or by what it does not know (a political group, an office, a commune, an age):
    that is said plainly, never the whole list as if it answered."""

    WOMEN = "women"
    MEN = "men"
    INITIAL = "initial"  # the surname's first letter, in Frame.among_letter
    FIRST_NAME = "first_name"  # « ceux qui s'appellent Patrick »: folded, in Frame.among_said
    GROUP = "group"
    OFFICE = "office"
    COMMUNE = "commune"
    AGE = "age"
    # « combien de licornes étaient présentes ? »: counted, but nobody in the documents
    UNKNOWN = "unknown"


# What the documents never say of each member: the filter is said not held.
AMONG_NOT_HELD = frozenset((Among.GROUP, Among.OFFICE, Among.COMMUNE, Among.AGE, Among.UNKNOWN))


class Relative(enum.StrEnum):
    LAST = "last"  # « le dernier conseil »
    NEXT = "next"  # « la prochaine séance »
    BEFORE = "before"  # « et la fois d'avant ? »: the sitting before the one talked about
    AFTER = "after"  # « et la suivante ? », « celle d'après »


@dataclass(frozen=True, slots=True)
class When:
    """The time a message points at, before it meets the store."""

    on: date | None = None  # a full date (typed or relative: « hier »)
    day: int | None = None  # a partial date: « 13 mars » (day and month), « juillet »
    month: int | None = None
    year: int | None = None
    start: date | None = None  # a period: « le mois dernier », « mars 2025 »
    end: date | None = None
    relative: Relative | None = None
    said: str = ""  # the words as typed, for the answer
    rank: int | None = None  # « le premier conseil de 2022 »: 1; « le dernier … de 2022 »: -1
    # « et le mois d'avant ? », « et l'année suivante ? »: a step of one unit from the period
    # talked about (« mois », « annee », « semaine »; -1 before, 1 after); start and end, read
    # from today, hold when nothing is talked about
    shift: tuple[str, int] | None = None

    @property
    def empty(self) -> bool:
        # one When() for the whole process, the reader's for a sentence naming no time: read
        # several times a message, most often that very one
        # (a day or a relative moment named, most dated questions, is told without comparing
        # every field)
        return self is _NO_WHEN or (
            self.on is None and self.relative is None and self.start is None and self == _NO_WHEN
        )

    @property
    def dated(self) -> bool:
        """A date or period was named (not merely « dernier » / « prochain »)."""
        return bool(self.on or self.month or self.start)


_NO_WHEN = When()


@dataclass(frozen=True, slots=True)
class Frame:
    asked: Asked
    polar: bool = False  # a yes/no question
    about: About | None = None
    first_person: bool = False  # « je », « moi », « mon », « j'y »: the asker
    pronoun: bool = False  # « lui », « elle », « il »: the member last talked about
    when: When = field(default=_NO_WHEN)  # frozen, shared: `When.empty` finds it by identity
    body: str | None = None  # "bureau" | "conseil"
    number: str | None = None  # a deliberation number, as the métropole writes it
    typed_number: str | None = None  # as typed (« 2022.0013 »): repaired numbers differ
    # « délibération 2025/06/02 »: figures after an act's noun that read as a day; read as
    # that day (`when`), kept as typed for the store to say whether an act is numbered so
    number_or_day: str | None = None
    words: tuple[str, ...] = ()  # folded words left once intent, date and courtesy are read
    text: str = ""  # as typed, for the name resolver
    follow_up: bool = False  # « et Berger ? », « et le 13 mars ? »
    invalid_date: str | None = None  # « 31 février »
    negative: bool = False  # « Berger n'était pas là ? »: a yes is « Si »
    least: bool = False  # « la séance la moins suivie »: the bottom of a superlative
    # « et la plus récente ? », « la première ? », « la 2e de la liste ? »: one of the list just
    # shown (1 the first, -1 the last); `picked_by_date`: first and last in time, not as listed
    pick: int | None = None
    picked_by_date: bool = False
    # « en une phrase », « en bref », « résume-moi »: the answer in one sentence, not a card
    brief: bool = False
    # « ce jour-là », « à cette séance », « cette fois-là »: the sitting talked about
    in_talk: bool = False
    # « et le point 3 ? », « le 2e point c'était quoi ? »: one item of a sitting, by its place
    item: int | None = None
    # « les femmes présentes », « dont le nom commence par B »: the people listed, narrowed;
    # `among_said`: the words of the filter; `among_letter`: the surname's first letter (also
    # with a sex: « les hommes dont le nom commence par D »)
    among: Among | None = None
    among_said: str = ""
    among_letter: str = ""
    # « les trois délibérations les plus contestées », « les 2 moins disputées »: how many of
    # the top (or bottom) of a superlative are listed, in order
    top: int | None = None
    # « il y avait 40 présents ? », « le quorum c'était 34 ? »: the figure the member has in
    # mind, checked (« Oui » / « Non » first, then the true figure)
    checked: int | None = None
    # « plus de 30 présents ? », « au moins 5 contre ? »: the figure is a bound (`Bound`), the
    # verdict compares the true figure with it
    bound: str | None = None
    # « Artigues a voté ? » then « et Driol ? »: whether a member took part in the vote (a
    # proxy carried it) rather than sat, kept by the follow-up that names another member; « qui
    # n'a pas pris part au vote ? » (read as the absent without a proxy) keeps it too
    voting: bool = False
    # « la CFE a été votée à l'unanimité ? » then « et les taxes foncières ? »: whether that
    # act was unanimous too, kept by the follow-up that names another act
    unanimity: bool = False

    def but(self, **changes: object) -> Frame:
        # `dataclasses.replace`, without its checks of every field at each call: a tenth of
        # reading a sentence. A frozen dataclass with slots and no __post_init__: a copy with
        # the changes set is exactly what `replace` builds.
        unknown = changes.keys() - _FRAME_FIELDS
        if unknown:
            raise TypeError(f"Frame has no field {sorted(unknown)}")
        copied = object.__new__(Frame)
        for name in _FRAME_FIELDS:
            object.__setattr__(copied, name, changes.get(name, getattr(self, name)))
        return copied


_FRAME_FIELDS = frozenset(f.name for f in fields(Frame))


# -- words --------------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_COMES = frozenset(("vient", "viennent", "viendrait", "viendraient"))
_LEXICON: dict[str, Sequence[str]] = {
    "present": _words(
        "present presente presents presentes presence presences assiste assistait "
        "assistaient assister participe participait participaient participer siegeait "
        "siege sieger venu venue venus venues venir venait venaient viendra viendront deplace "
        "deplacee deplaces deplacees emarge emargee emarges emargees emargeait emarger "
        "assistera assisteront participera participeront"
    ),
    "absent": _words(
        "absent absente absents absentes absence absences excuse excusee excuses excusees "
        "manque manquait manquaient manquant manquants manques manquee manquees manquer loupe "
        "loupee loupees loupes louper rate ratee ratees rates rater absenteisme seche sechait "
        "secher manquera manqueront"
    ),
    "proxy": _words(
        "pouvoir pouvoirs procuration procurations procu procus mandataire mandataires mandant "
        "mandants represente representee representes representait representaient "
        "representer representais remplace remplacait remplacais remplacaient remplacer remplacee "
        "remplaces remplacees representera representeront remplacera remplaceront "
        "mandate mandatee mandates mandatees mandatait mandater"
        # the English a member slips in (« combien de proxies le 4 juillet ? »)
        " proxy proxies"
    ),
    "vote": _words(
        "vote votes votee votees voter votant votants voix abstention abstentions abstenu "
        "abstenus abstenue abstenues oppose opposes opposee opposees opposition opposant "
        "opposants contre unanimite unanime adopte adoptee adoptees rejete rejetee "
        "scrutin suffrages resultat resultats pour rejetees rejetes adoptes abstentionniste "
        "abstentionnistes abstiennent abstient abstenir abstenaient votent votaient"
        # an act « approuvée » is one adopted (« la délib sur la DSP a été approuvée ? »)
        " approuvee approuvees"
        # the slips a phone lets through, no word of their own (« le vot du budget »)
        " vot vots abstension abstensions abstentiosn unanimitee"
    ),
    "count": _words("combien nombre nb total"),
    "president": _words(
        "president presidente presidait preside presidence presider presidera presideront"
        " presidee presides presidees"
    ),
    # « qui tenait la plume ? »: the secretary of the sitting, said as it is in the minutes
    "secretary": ["secretaire", "secretariat", "plume"],
    "convocation": _words(
        "convocation convocations convoque convoques convoquee convoquees convoquer convoquez"
        " convoquons"
    ),
    "quorum": ["quorum", "quorums"],
    "record": _words(
        "assiduite assidu assidue assidus souvent bilan statistiques stats "
        "historique regulierement frequemment rarement jamais toujours"
    ),
    "deliberation": _words(
        "deliberation deliberations delib delibs delibe delibes decision decisions acte actes"
    ),
    "actions": _words(
        "action actions financement financements finance financee financees finances subvention "
        "subventions porteur porteurs axe programme montant montants argent beneficiaire "
        "beneficiaires subventionne subventionnee subventionnes"
    ),
    # « le meeting du 27 janvier c'était quoi ? », « sitting du 4 juillet »: English slipped in
    "sitting": ["seance", "reunion", "session", "meeting", "sitting"],
    "sittings": _words("seances reunions sessions calendrier planning agenda meetings sittings"),
    "bureau": ["bureau", "bureaux"],
    "conseil": ["conseil", "conseils"],
    "in_office": ["exercice"],
    "help": ["aide", "help", "menu"],
    "last": _words("dernier derniere precedent precedente passe passee"),
    "next": _words("prochain prochaine suivant suivante bientot prochainement next"),
}
_CONCEPT = {word: concept for concept, words in _LEXICON.items() for word in words}
# Only these long, distinctive words are matched within an edit distance or as a short form:
# stretching « centre » into « contre » or « votre » into « vote » would invent questions.
_FUZZY_TARGETS = {
    w: _CONCEPT[w]
    for w in _words(
        "present presente presents presentes presence presences absent absente absents "
        "absentes absence absences excuse excusee excuses excusees pouvoir pouvoirs "
        "procuration procurations mandataire deliberation deliberations seance seances "
        "reunion reunions convocation convocations quorum assiduite abstention "
        "abstentions secretaire president presidente unanimite subvention subventions "
        "financement calendrier exercice votants"
        # (« prochène séance », « qui pésidait », « le montan ») the words of a question's
        # moment, office and amount, stretched as far as the others
        " prochain prochaine presidait montant"
    )
}


def _sound(word: str) -> str:
    """A rough French sound of a word: « en »/« an », « c »/« s »/« ss », « qu »/« k », silent
    final letters alike."""
    for written, heard in (
        ("qu", "k"), ("ss", "s"), ("ce", "se"), ("ci", "si"), ("tion", "sion"),
        ("em", "an"), ("en", "an"), ("am", "an"), ("ph", "f"), ("y", "i"),
    ):  # fmt: skip
        word = word.replace(written, heard)
    return word.rstrip("tsxe") or word


# « votants » by its slips only: « votais », « votait » (how a member voted) sound like it
_NOT_BY_SOUND = frozenset(("votants",))
# Each distinctive intent word by its sound, for the words a dictation splits in two
# (bot/services/dictation.py).
INTENT_SOUNDS = {
    _sound(w): w
    for w in sorted(_FUZZY_TARGETS, key=len, reverse=True)
    if len(_sound(w)) >= 5 and w not in _NOT_BY_SOUND
}  # the shortest word of each sound, written last
sound = _sound


def is_known_word(word: str) -> bool:
    """Whether a folded word is one the readers know: an intent word or a small word."""
    return word in _CONCEPT or word in _STOPWORDS or word in _WH


# (« combien de votan ? »: « votants » cut short as heard, never by its sound: see above)
_SHORT_FORMS = ("deliberation", "procuration", "convocation", "assiduite", "abstention", "votants")
_FUZZY_LIST = list(_FUZZY_TARGETS)
_FUZZY_SOUNDS = [_sound(w) if w not in _NOT_BY_SOUND else "" for w in _FUZZY_LIST]

# Never read as anything: courtesy and the small words of a French question. Each alternative
# begins at a word's first letter: tried only there (tried at every word's end too, they made
# this the dearest search of a sentence's reading, three times per sentence)
_COURTESY_AT = r"\b(?=\w)"
_COURTESY = cues.plain(
    _COURTESY_AT + r"(?:"
    rf"\b(?:{HELLO}"
    r"|merci(?: beaucoup| bien)?(?: d avance)?"
    r"|d avance|s il (?:te|vous) plait|svp|stp|bien a vous"
    r"|(?:bien |tres )?cordialement(?:(?: \w{1,2}){1,4}(?=\W*$))?|bonne (?:journee|soiree)"
    r"|petite question|une question|question rapide|j ai une question|dis moi|dites moi"
    r"|pourriez vous|pouvez vous|peux tu|pourrais tu|tu peux|vous pouvez|me dire|m indiquer"
    r"|je voudrais savoir|je veux savoir|j aimerais savoir|je souhaiterais savoir"
    r"|je me demandais|est ce que|est ce qu|sais tu|savez vous|au fait|rappelle moi"
    r"|rappelez moi|(?:tu |vous )?me (?:rappel(?:les|le|ez|er|lerais|leriez)|dis|dites)\b"
    r"|please|ok|okay|oui|non|excuse(?:z)? moi|pardon|desole|rappel|info|infos"
    r"|urgent|re|hello|hey|bonne nouvelle|super|parfait|genial|nickel|cool|bravo|impeccable"
    r"|excellent|d accord|entendu|c est note|tres bien|top merci|(?:comment )?ca va(?: bien)?"
    r"|comment allez vous|vous allez bien|tu vas bien|au revoir|a bientot|a plus|a demain"
    r"|bonne (?:nuit|fin de journee|semaine)|ciao|bye|merci pour tout|compris|bien recu"
    r"|ca marche|ah|d acc|dac|a vous|a toi|je me suis trompee?|erreur de ma part|oubliez"
    r"|laissez tomber|laisse tomber|c etait une erreur|pas grave|dommage|tant pis|mince|zut"
    # « absente le 25, désolée », « navré », « toutes mes excuses », « mes regrets »,
    # « Cordialement, J-L D. »: apologies, regrets and signatures around a declaration,
    # never a name (the initials after the closing are the asker's own signature)
    r"|(?:(?:vraiment|sincerement|tellement|tres|profondement|franchement|trop) )?(?:desolee?s?"
    r"|navree?s?)|(?:toutes |avec )?(?:toutes |tous )?mes (?:excuses|regrets)|je m en excuse"
    # (« étais-je excusé ? », « suis-je excusée ? »: the asker's absence asked, no apology)
    r"|(?<!\betais )(?<!\bsuis )(?<!\bserai )(?<!\bserais )"
    r"je (?:vous |te )?(?:prie de (?:m|bien vouloir m) )?excuser?|excusez moi|je le regrette"
    r"|malheureusement|helas"
    r"|(?:bien )?(?:amicalement|sinceres salutations|bien a vous|belle journee)"
    # « Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées »:
    # a letter's closing formula, no topic nor name
    r"|(?:je vous prie|je te prie|veuillez) (?:d |de )?(?:agreer|recevoir|croire)|agreer"
    r"|l expression de (?:mes|nos)"
    r"|(?:mes|nos) (?:sinceres |meilleures |respectueuses )?(?:salutations|sentiments)"
    r"|distinguees|(?:sentiments )?(?:respectueux|devoues|les meilleurs)|madame monsieur"
    r"|messieurs dames"
    # « en retard le 18 bisous », « bises »: a friendly closing, no topic
    r"|(?:gros )?(?:bisous|bises|biz|bizz)"
    # « désolé de vous déranger », « pardon de te déranger »
    r"|(?:de )?(?:vous |te )?deranger|je (?:vous |te )?derange"
    r"|et toi|tu (?:les |la |le |l )?connais|vous (?:les |la |le |l )?connaissez"
    r"|(?:les |la |le |l )?connais tu|(?:les |la |le |l )?connaissez vous"
    # « … tout de suite », « Vérifie : … »: how and how fast, not what is asked
    r"|tout de suite|immediatement|vite|asap|verifie|verifiez|controle|controlez|check"
    # « wesh combien ils ont touché … », « yo c'est quoi la 417 »: interjections, no topic
    r"|wesh|yo|euh|heu|bah|dis donc"
    # « quoi de neuf à La Fouillouse ? », « du nouveau sur Villars ? »: what is asked is the
    # place's acts, the words ask nothing of their own
    r"|quoi de (?:neuf|nouveau|prevu)|(?:il y a |y a )?(?:du|quoi de) nouveau|quelles nouvelles"
    r"|(?:qu est ce qui (?:est|a ete) |ce qui est |quoi |c est quoi )prevu"
    r"|(?:des|les) nouvelles (?:de|d|du))\b"
    # « je voulais savoir si… », « j'aimerais vérifier », « je vous remercie »: the asker asks,
    # the question is about someone else.
    r"|\bj(?:e)? (?:\w+ ){0,2}(?:savoir|connaitre|demander|verifier|remercie|demande)\b"
    r"|\bje me demand\w*\b|\bje ne (?:sais|trouve) pas\b"
    # « j'aimerais avoir la liste… », « je reviens vers vous concernant… »: the asker asks.
    r"|\bj(?:e)? (?:aimerais|voudrais|souhaiterais|souhaite|veux|voulais|desirerais|aurais besoin"
    r" d|ai besoin d)(?: bien)? (?:avoir|obtenir|recevoir|consulter|voir|savoir|connaitre)\b"
    r"|\bje (?:reviens vers vous|vous (?:ecris|contacte|sollicite)|me permets)\b"
    r"|\b(?:respectueusement|salutations|bien cordialement|thx|merci encore)\b"
    # « je vous remercie par avance », « en une phrase », « les chiffres seulement »: how
    # the answer should come, not what it is about
    r"|\bpar avance\b|\ben (?:une|1|deux|2|quelques|trois|3) (?:phrases?|mots?|lignes?)\b"
    r"|\b(?:en bref|brievement|succinctement|en resume|en gros|vite fait|rapidement)\b"
    r"|\b(?:(?:juste|seulement|uniquement) )?les (?:chiffres|nombres)(?: (?:seulement|uniquement"
    r"|svp|stp))?\b|\ben chiffres\b"
    # « je cherche qui avait le pouvoir de Fara », « je crois que Karulak était absent », « je
    # veux le nombre de pouvoirs », « …, je vous prie ? »: the asker frames a question about
    # someone else.
    r"|\bje (?:cherche|recherche|cherchais|crois|croyais|pense|pensais|suppose|veux|voudrais"
    r"|voulais|souhaite|souhaiterais|aimerais|desire|desirerais|vous prie|te prie|prie"
    r"|me souviens|ne me souviens (?:pas|plus)|ne sais (?:pas|plus)|sais|n arrive pas a"
    r"|m interroge)(?: (?:bien|juste|seulement|simplement))?(?: (?:que|qu|si|a|de|d))?\b"
    # but « je veux être présent », « je voudrais donner pouvoir »: the asker acts
    r"(?! (?:etre|venir|assister|participer|donner|annuler|retirer|confier|changer|laisser"
    r"|deleguer|transmettre|voter|y aller|y etre|me faire|faire)\b)"
    r"|\bj (?:imagine|espere|aurais voulu|aimerais bien)(?: (?:que|qu|si))?\b"
    # « ma collègue Mouseghian »: someone else, named
    r"|\b(?:mon|ma|mes|notre|nos) (?:cher |chere )?(?:collegue|voisin|voisine|ami|amie"
    r"|camarade|adjoint|adjointe|binome|homologue)s?\b"
    # « donne-moi », « montrez-moi », « peux-tu me dire »: the asker wants to be told.
    r"|\b(?:donne|montre|dis|affiche|envoie|indique|liste|trouve|explique|sors|rappelle|file"
    r"|ecris|redige|fais|prepare|resume|calcule|cherche)"
    r"[sz]? (?:moi|nous)\b"
    r"|\b(?:me|m|nous) (?:donner|montrer|dire|afficher|envoyer|indiquer|lister|trouver|expliquer"
    r"|rappeler|preciser|communiquer|confirmer|transmettre|renseigner|informer|redire|signaler"
    r"|faire savoir)\b"
    # (but « Thizy peut me donner son pouvoir ? »: a proxy offered to the asker, no courtesy)
    r"(?! (?:son|sa|le sien|la sienne)\b(?: \w+)?(?: (?:pouvoirs?|procurations?|procus?)\b|\W*$))"
    r")"
)


@lru_cache(maxsize=8)  # within one message: its reading removes the courtesy of the same text
def _without_courtesy(text: str) -> str:  # several times (the question, its asking part…)
    return _COURTESY.sub(" ", text)


# « on l'aura quand ? », « il l'aura reçue »: the verb after its subject
_PROXY_RECEIVED = frozenset(
    _words(
        "recu recus recue recues obtenu obtenus obtenue recupere recuperes recuperee touche "
        "touches beneficie beneficies herite herites eue eus heritee confie confies confiee"
    )
)
_SUBJECTS_OF_AURA = frozenset(("on", "je", "j", "il", "elle", "ils", "elles", "qui", "tu"))
_STOPWORDS = frozenset(
    """
    a ai as au aux avec avait avaient avez avons c ca ce ces cet cette combien comment d dans
    de des du elle elles en est et etait etaient etais ete etre eu eux fait faire il ils j je
    l la le les leur leurs lui m ma me mes moi mon n ne nos notre nous on ont ou par pas peu
    plus pour qu que quel quelle quelles quels qui quoi s sa se ses si son sont sur t ta te tes
    toi ton tous tout toute tu un une vos votre vous y bien tres donc alors aussi deja encore
    quand ou lequel laquelle lesquels lesquelles sais savoir voir montre montrer affiche
    afficher liste lister donne donner donnes donnee donnees dit dire veux voudrais peux
    metropolitain metropolitaine metropole jour fois avoir eu etes suis sera serai seront seras
    aura auront aurait serons
    sommes la ici y celui celle ceux celles lors depuis chez apres avant entre sans sous vers ainsi
    pendant
    concernant concerne sujet propos niveau pu quelqu pourquoi raison raisons motif motifs
    moins rapporteur rapporteuse rapporteurs tenait tient tenu tenue tiendra lieu semaine commence
    commencait commencera debute heure horaire horaires endroit salle deroule deroulee
    parle parlent parlait parlant parler concernent concernait concerner traite traitent
    traitait traitant traiter porte portent portant porter portait evoque evoquent evoquant
    portais portaient portiez portions portes portee portees detenais detenait
    aborde abordent abordant mentionne mentionnent relatif relative relatifs relatives
    reunit reunira reunissait retrouve retrouvera moment
    dessus dedans ladessus ladedans
    cherche cherches cherchons cherchez chercher recherche rechercher trouve trouver trouves
    rien ya eu quoi decide decidee decides decidees decider lien
    thematique theme dossier dossiers infos information informations monsieur madame monde taux
    mademoiselle messieurs mesdames mme mr exprimes exprime
    note notee notes marque marquee inscrit inscrite autre autres dautres avais avions aviez
    maintenant desormais actuellement ensuite puis sinon finalement justement
    egalement pareil idem ordre alpha alphabetique alphabetiquement bon enregistre enregistree
    debut sauf excepte hormis hors
    peut peuvent pourrait pourraient pourra doit doivent dois faut faudrait faudra
    valable valables valide valides regulier reguliere reguliers regulieres conforme conformes
    beaucoup enormement tellement plein changer change modifier modifie remplacer remplace
    prevu prevue prevus prevues declare declares declaree declarees declarer
    exact exacte exacts exactes precis precise precises detail details detaille detaillee
    exactement precisement laisse laissee confie confiee
    commune
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_WH = frozenset(
    _words("qui combien quel quelle quels quelles quand comment lesquels lesquelles quoi")
)
# « et Tardy il était où ? », « où était Berger ? », « il était ou ? » (texted without its
# accent): « où » asks where, never yes or no; folded, it is « ou » (or), so it is read here
# from the text as written: with its accent, or opening or closing the question
WHERE_ASKED = cues.plain(r"\bo[ùu]\s*[?!.…]*\s*$|^\W*o[ùu]\b|\boù\b", re.IGNORECASE)
# « g bien été noté excusé ? », « g donné mon pvr »: « j'ai » as texted.
# « c'est bien Mouseghian qui avait…», « c'était pas Bonnet qui portait… », « c bien X qui… »
# (texted): one to three words (a name) between « c'est » and « qui », never « qui »/« quoi »
# themselves nor a choice
_CLEFT = cues.plain(
    r"\b(?:c (?:est|etait)|c(?= (?:bien|pas|vraiment) )) (?:bien |pas |donc |vraiment "
    r"|toujours |elle |lui )?"
    r"(?!(?:qui|quoi|lequel|laquelle|combien)\b)(?:(?!ou\b)[a-z][a-z-]* ){1,3}"
    # (« c'était pour qui ? », « c'est à qui, ce pouvoir ? »: « qui » after a preposition asks)
    r"(?<!\bpour )(?<!\ba )(?<!\bde )(?<!\bpar )(?<!\bavec )(?<!\bchez )qui\b"
)
_TEXTED_J_AI = cues.plain(
    r"\bg(?= (?:bien |pas |deja |jamais |toujours |encore )?(?:ete|eu|donne|recu|vote|fait"
    r"|manque|rate|assiste|participe|porte|signe)\b)"
)
_FIRST_PERSON = cues.plain(
    # (« J-L Basson », « J.P. Durand »: an initial before another is no « j' »; « j'y » is)
    r"\b(?:je|j(?! [a-xz]\b)|moi|me|mes|perso|personnellement|" + _TEXTED_J_AI.pattern[2:] + r""
    # « qui était mon secrétaire de séance ? »: the sitting's officer, not the asker
    r"|(?:mon|ma)(?! (?:secretaire|president\w*|vice president\w*)\b))\b"
    r"(?! (?:dis|indiquer|dire)\b)"
)
_THERE_THEN_NAMED = cues.plain(r"\b(?:il|elle|ils|elles) (?:etai[st]|etaient) la ([a-z][a-z-]+)")
_OFFICE_NOUNS = frozenset(
    """
    seule premiere derniere personne presidente secretaire vice rapporteure maire elue
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# « le Jean-Luc qui n'est pas moi », « Jean-Luc (pas moi) », « autre que moi », « sauf moi »:
# the asker set aside, read as « l'autre » (the one of that name who is not the asker)
_NOT_ME = cues.plain(
    r"(?:\bqui\s+)?\bn['\s]?\s*(?:est|etait|suis)\s+pas\s+moi(?:[\s-]meme)?\b"
    r"|\((?:\s*et)?\s*pas\s+moi\s*\)"
    r"|\b(?:autre que|sauf|a part|hormis|excepte)\s+moi(?:[\s-]meme)?\b"
)


# « qui était absent avec moi ? », « qui d'autre était excusé comme moi ? »: the asker is the
# reference, the question is of the others (the list, never a yes or no about the asker)
_BESIDE_ME = cues.plain(
    r"\b(?:avec|comme|en meme temps que|en plus de|a cote de|aussi bien que)\s+moi(?:[\s-]meme)?\b"
)

# « qui d'autre sera absent ? », « qui sera là avec moi ? », « suis-je le seul absent ? »: a
# list asked of the others, the asker set aside from it
OTHERS_THAN_ME = cues.plain(
    r"\bqui d autres?\b|\bd autres (?:elue?s|membres|collegues|personnes|absente?s|excusee?s"
    r"|presente?s)\b"
    r"|\b(?:avec|comme|sauf|hormis|excepte|a part|autres? que|en plus de|en dehors de)\s+moi\b"
    r"|\b(?:le|la) seule? (?:absente?|excusee?|presente?)\b"
)

# « quels élus n'ont jamais donné de pouvoir ? », « qui n'a jamais été représenté ? », « qui n'a
# jamais porté de procuration ? »: the members who never did, over the sittings known
_NEVER_PROXIED = cues.plain(
    r"\b(?:qui|quels?|quelles?|lesquel\w*|combien|les elus|les membres|ceux|celles)\b.*"
    r"\bjamais\b(?: (?:ete|eu|donne|recu|porte|detenu|confie|laisse|fait)){0,3}"
    r"(?: (?:de|d|un|une|le|leur|son|sa))?"
    r" (?P<what>pouvoirs?|procurations?|procus?|represente\w*)\b"
)
_NEVER_HELD = cues.plain(r"\bjamais\b.*\b(?:recu|porte|detenu|eu)\b")


def never_proxied(text: str) -> str | None:
    """« given » when a message asks which members never gave a proxy (never represented),
    « held » when which never carried one; None otherwise."""
    said = " ".join(fold(text).replace("'", " ").split())
    found = _NEVER_PROXIED.search(said)
    if found is None:
        return None
    if found.group("what").startswith("represente"):
        return "given"
    return "held" if _NEVER_HELD.search(said[: found.start("what")]) else "given"


def _not_me_as_other(text: str) -> str:
    """The message with « qui n'est pas moi » written « l'autre », and « avec moi » left out
    (same length, so that offsets hold): a name several members bear then means one who is
    not the asker; a list asked beside the asker is the list."""
    simple = _simple(text)
    if "moi" not in simple or len(simple) != len(text):
        return text
    for match in reversed(list(_NOT_ME.finditer(simple))):
        start, end = match.span()
        text = text[:start] + "l'autre".ljust(end - start) + text[end:]
    for match in reversed(list(_BESIDE_ME.finditer(simple))):
        start, end = match.span()
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# « qui m'a donné pouvoir ? »: « m' » before a verb of having (not « m'indiquer », courtesy);
# typed on a phone without its apostrophe too (« qui m a confié son vote ? »)
_ME_AS_OBJECT = cues.plain(r"\bm(?:'\s*|\s+)(?:a|avait|ont|avaient|as|aviez|avez|aurait)\b")
_ME_GIVEN = cues.plain(
    r"\bm(?:'\s*|\s+)(?:a|avait|ont|avaient|aurait)(?:-t-(?:on|il|elle)| t (?:on|il|elle))?"
    # « Cadegros m'avait bien confié son pouvoir ? »: an adverb between
    r"(?: (?:bien|deja|déjà|effectivement|vraiment|finalement|pas|encore))?"
    r" (?:re)?(?:donne|confie|laisse|transmis|cede|file|passe)"
)
_PRONOUN = cues.compile(
    # not after a verb's inversion: « Rivat était-il présent ? » names Rivat.
    # (after a verb ending in « t », « avait-elle », « a-t-elle », it is the inversion; after
    # « et », the member: « et elle ? »)
    r"\blui\b|\bcelui ci\b|\bcelle ci\b|(?:(?<=\bet )|(?<!t ))\belle\b"
    # « son assiduité ? », « et ses pouvoirs ? »: the member last talked about
    r"|^(?:et )?(?:son|sa|ses|leur|leurs)\b"
    r"|(?:(?<=\bet )|(?<!t ))(?<!\bqu )\bil\b(?! (?:y|faut|fallait|faudra|faudrait|reste))"
    # (« il manquait qui ? », « il manque combien d'élus ? »: nobody, the sitting's absent)
    r"(?! (?:manqu|restai)\w* (?:qui|combien|quel\w*|des|du|beaucoup|pas mal|plusieurs)\b)"
)
# « ils étaient là ? », « elles avaient un pouvoir ? », « et eux ? »: those just named (read
# only when the sentence holds one of these words: _PLURAL_CUES)
_PLURAL_PRONOUN = cues.compile(
    r"(?<!t )(?<!\bqu )(?<!\bcombien )\b(?:ils|elles)\b(?! y\b)(?! (?:etaient|sont) combien)"
    r"|\beux\b"
)
_PLURAL_CUES = frozenset(("ils", "elles", "eux"))
# « ce dernier était bien présent ? », « et celle-ci, elle avait un pouvoir ? »: the member
# named last (the other side of the proxy just told), never « le dernier conseil »
THE_LATTER = cues.compile(
    r"\b(?:celui ci|celle ci|celui la|celle la|(?:ce|cette) (?:dernier|derniere))\b"
    r"(?!\s+(?:conseil|bureau|seance|reunion|mois|jour|point|vote|pouvoir|delib\w*|texte))"
)
_THERE = cues.compile(
    r"\b(?:etai[st]?|etaient|etiez|sont|est|etes|suis|sera|seras|serai|seront|etre|etait il"
    r"|etait elle)(?: (?:il|elle|ils|elles|vous|tu|bien|pas))? la(?=\s*$|\s*[?!.,;]"
    r"|\s+(?:au|aux|a|le|lors|pour|en|ce|cette|ces|hier|ou|et|du|de|dans|ce|jeudi|lundi|mardi|mercredi|vendredi"
    # « il était là lui ? », « Tardy était là aussi ? », « elle était là finalement ? »
    r"|lui|elle|eux|elles|moi|toi|nous|aussi|non|hein|donc|alors|finalement|vraiment|quand"
    r"|cette fois"
    r"|samedi|dimanche)\b)|\by (?:etai[st]|etaient|etiez|est|etes"
    r"|suis|sera|serai|seront|etre|allait|suis alle|es(?:t)? alle\w*|ai assiste)\b"
    # (« qu'a voté la métropole sur le SCoT ? »: the body voted, its acts are asked)
    r"|\bpris part\b|\b(?:a|ont|ai) vote\b(?! (?:le|la|l) ?(?:conseil|bureau|assemblee"
    r"|metropole)\b)"
    r"|\by avait(?: il)? qui\b|\bqui (?:est ce qu )?(?:il )?y avait\b"
    # « Torgues était de la partie ? », « a-t-on vu Dallara au bureau ? »
    r"|\bde la partie\b|\b(?:on a|a t on|avez vous|as tu) (?:vu|apercu|croise)\b"
    # « a fait le déplacement », « était dans la salle », « était de la séance », « a signé la
    # feuille »
    # « Berger était au bureau du 4 juillet ? », « Laget sera au conseil ? »: past or to come
    # (« est au bureau » in the present is a seat: _MEMBERSHIP)
    r"|(?<!\bc )\b(?:etai[st]?|etaient|etiez|sera|seras|serai|seront)"
    r"(?: (?:il|elle|ils|elles|vous|tu))?(?: bien| toujours)? (?:au|a la)"
    r" (?:bureau|conseil|seance|reunion)\b"
    # « Berger était à toutes les séances en 2024 ? », « il était à chaque bureau ? »
    r"|\b(?:etai[st]?|etaient|etiez|a ete|ont ete|as ete|avez ete)"
    r"(?: (?:il|elle|ils|elles|vous|tu))?(?: bien| toujours)? a (?:toutes les (?:seances"
    r"|reunions)|tous les (?:bureaux|conseils)|chaque (?:bureau|conseil|seance|reunion))\b"
    r"|\bfait le deplacement\b|\b(?:etai\w*|est|sont) (?:il |elle )?(?:bien )?(?:dans la salle"
    r"|parmi nous"
    r"|parmi les presents|de la seance|de la reunion)\b|\bsign\w* (?:la|sa) feuille\b"
    # « Perache là ou pas ? », « Gonzalez Grail là ? »: a name then « là », said short
    r"|\bla ou (?:pas|non)\b|(?<=\w\w)(?<!\bde)(?<!\bsur)(?<!\bpar)(?<!\bdans)(?<!\bet)"
    r"(?<!\bou)(?<!\bpour)(?<!\bavec)(?<!\bchez)(?<!\bvoir)(?<!\bfaire) la\s*\??\s*$"
)


# The verb « voter » as a phone lets it through, its consonant doubled or its vowel repeated
# (« votter », « vottés », « vooté »): too short a word for an edit distance. Its correct
# forms are the lexicon's (« votais » is who one voted for, read elsewhere).
_VOTE_FORM = cues.plain(
    r"^(?=\w*(?:tt|oo|vv))v+o+t+(?:e+|er|ez|es|e+s?|ent|ant|ants|ait|ais|aient|erent|ions|ons"
    r"|iez)?s?$"
)


# The concepts whose words are nouns, of which a plural is the same concept (never « passées »,
# « dernières »: a verb or a rank)
_NOUN_CONCEPTS = frozenset(("vote", "quorum", "proxy", "convocation", "deliberation", "actions"))
_PASSED = frozenset(("passe", "passee", "adopte", "adoptee", "rejete", "rejetee", "vote", "votee"))


def _intent_word(word: str) -> str | None:
    """The concept a word carries: exactly, within an edit or two, or as a short form."""
    if word in _CONCEPT:
        return _CONCEPT[word]
    if (
        word.endswith(("s", "x"))
        and len(word) > 4
        and _CONCEPT.get(word[:-1]) in _NOUN_CONCEPTS
        and word[:-1] not in _PASSED
    ):
        return _CONCEPT[word[:-1]]  # « contres », « quorums »: a plural the lexicon lacks
    if _VOTE_FORM.match(word):
        return "vote"
    if len(word) < 5 or word in _STOPWORDS or word.isdigit():
        return None
    budget = 1 if len(word) < 9 else 2
    # (two letters swapped, « votnats », « presnet », is one slip: OSA counts it once)
    best = process.extractOne(word, _FUZZY_LIST, scorer=OSA.distance, score_cutoff=budget)
    if best is not None:
        return _FUZZY_TARGETS[best[0]]
    # Written as heard: « absan », « presanse », « procuracion »; short sounds match too much.
    said = _sound(word)
    if len(said) < 5:
        return None
    # (the first sound kept: « Fontanes » is a place, not « montant » misheard)
    heard = next(
        (
            h
            for h in process.extract(
                said, _FUZZY_SOUNDS, scorer=Levenshtein.distance, score_cutoff=budget
            )
            if h[0][:1] == said[:1]
        ),
        None,
    )
    if heard is not None:
        return _FUZZY_TARGETS[_FUZZY_LIST[heard[2]]]
    for target in _SHORT_FORMS:
        if target.startswith(word):
            return _CONCEPT[target]
    return None


# « qui a répondu ? », « combien de réponses à la convocation ? »: the members' answers
_ANSWERED_TO = cues.plain(
    r"\b(?:qui|combien|nombre|cb|tous|tout le monde|personne|quelqu un)\b.*\b(?:repondu\w*"
    r"|reponses?|repondre"
    # « combien ont confirmé pour jeudi ? », « qui s'est inscrit ? »: the answers declared
    # (never « qui a confirmé le vote ? »: a thing confirmed is no answer to a convocation)
    r"|(?:ont|a|ont deja|a deja|s est|se sont) (?:confirme\w*|inscrit\w*|manifeste\w*))\b"
    r"(?! (?:le|la|les|l|un|une|des|du|ce|cette|que|qu)\b)"
    # « il manque les réponses de qui ? »
    r"|\bmanque\w* (?:des |les |la |encore des |encore les )?reponses? (?:de|d) (?:qui|combien)\b"
    # « qui n'a pas encore donné signe de vie ? », « qui ne s'est pas manifesté ? », « qui n'a
    # rien dit pour le 19 ? »: those who have not answered, in the secretariat's own words
    r"|\b(?:qui|combien)\b.*\b(?:(?:donne|fait) (?:de )?signe(?: de vie)?|(?:pas|rien) (?:encore |"
    r"toujours )?(?:dit|reagi|manifeste\w*|repondu))\b"
)
# « j'ai répondu à la convocation ? », « ai-je répondu ? », « ma réponse pour le 17 ? »: the
# asker's own answer asked
_MY_ANSWER = cues.plain(
    r"\b(?:j ai|je l ai|j y ai|ai je|est ce que j ai|j avais)(?: bien| deja| pas)? repondu\b"
    r"|\bma reponse\b"
    # « est-ce que j'ai confirmé ma présence ? », « ai-je bien signalé mon absence ? »
    r"|\b(?:j ai|ai je|est ce que j ai|j avais)(?: bien| deja| pas)? (?:confirme|signale"
    r"|declare|indique|annonce|donne) (?:ma|mon) (?:presence|absence|venue|participation)\b"
    # « est-ce que je me suis déjà déclaré pour le 18 ? », « me suis-je manifestée ? »: either
    r"|\b(?:je me suis|me suis je)(?: bien| deja| pas)? (?:declaree?|manifestee?|signalee?"
    r"|positionnee?)\b(?! (?:present|presente|absent|absente|excuse|excusee|en retard)\b)"
)
# « Laget a répondu à la convocation ? », « est-ce que Berger a bien répondu ? »
_ANSWER_OF = cues.plain(r"\b(?:a|avait)(?: bien| deja| pas| t il| t elle)? repondu\b")
# « la plus grosse », « le plus petit montant »: amounts ranked, said of money
_AMOUNT_RANKED = cues.plain(
    r"\b(?:grosse?s?|petite?s?|elevee?s?|importante?s?|faibles?|maximum|minimum|max|min)\b"
)
# What funding is, said as a topic of acts (never an amount nor a carrier asked)
_FUNDING_TOPIC = cues.plain(r"^(?:subventions?|financements?)$")
_COUNTING = cues.plain(r"\b(?:combien|montant\w*|total|somme|cb|cmb|nombre)\b")


def _counting_said(folded: str) -> bool:
    """Whether a folded message asks how much or how many."""
    return bool(_COUNTING.search(folded))


def _respelt(word: str) -> str:
    """A word that carries the intent, as it is spelt (« procurration »: « procuration »); any
    other word as typed."""
    if word in _CONCEPT or len(word) < 5:
        return word
    budget = 1 if len(word) < 9 else 2
    best = process.extractOne(word, _FUZZY_LIST, scorer=OSA.distance, score_cutoff=budget)
    return str(best[0]) if best is not None else word


# -- dates and numbers --------------------------------------------------------------------------

_MONTH_ALT = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_ISO_DATE = cues.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
# « délibération 2025/06/02 », « délib n° 2024-07-04 »: a day after an act's noun, which a
# council may also print as an act's number; the store decides
_ACT_NUMBER_OR_DAY = cues.plain(
    r"\b(?:delib\w*|deliberation|acte|decision)\s+(?:(?:n°|no\b|numero|num\b)\s*)?"
    r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\b(?![./-]?\d)"
)
# « en mars dernier » is a relative period, not « mars » of some year; « le 4 juillet dernier »
# is a day, the latest 4 July.
_MONTH_RELATIVE = cues.compile(
    rf"(?<!\d )(?<!\d)(?<!1er )\b(?:{_MONTH_ALT})\s+"
    r"(?:dernier|derniere|passe|prochain|prochaine)\b"
)
# « 2024.00417 », « 2024-417 », « 2024_00417 », « n° 2022.0013 »: a year and a sequence number.
# « 2024.00417 », and typed without its dot (« 202400417 »): year and five digits run together.
# « 2024.00 417 »: its five digits grouped as thousands are (never « 2024.00000 »).
# Never « 2024-2027 », « 2022/2026 »: a span of years (« le CLS 2024-2027 »), no act numbers so.
_DELIBERATION_NUMBER = cues.plain(
    r"\b(?!(?:19|20)\d{2}[/-](?:19|20)\d{2}\b)"
    r"((?:19|20)\d{2})(?:[._/-]|(?=(?!0{5})\d{5}\b))(0{1,2} \d{3}(?!\d)|\d{1,5})\b(?![./-]\d)"
)
# « 2024.004171 »: an act's number with a digit too many. Its five first digits are another
# act's number (2024.00417), and the search answered that act as if it had been asked: the
# number as typed is looked up, and found nowhere.
_OVERLONG_NUMBER = cues.plain(r"\b(?:19|20)\d{2}[._/-]?\d{6,}\b")
# « delib 417 », « délibération numéro 32 », « n°417/2024 », « la 109 de 2022 »: an act's
# sequence typed short, after a word that names an act or its number (or « la » and three
# digits or more: no day is so long), its year after it if any; never an amount, an hour, a
# share or a count of something else (« la délib à 94 000 € », « acte 2 à 14h »).
_SHORT_NUMBER = cues.plain(
    # (« combien de délibs 2022 »: acts said in the plural before a year are of that year)
    r"(?:\b(?:delib\w*(?<!s)|deliberation|acte|decision)\s+(?:(?:n°|no\b|numero|num\b|nr\b)\s*)?"
    r"|\bdelib\w*s\s+(?!(?:19|20)\d{2}\b(?![./-]\d))"
    # (« le point n° 12 » is the agenda's point, read by _ITEM_RANK)
    r"|(?<!\bpoint )(?:\bn°|\bnumero\b|\bnum\b)\s*|\bla\s+(?=\d{3})"
    # « la 33 de 2022 »: an act of that year (a day is « le »)
    r"|\bla\s+(?=\d{1,5}\s+(?:de|du|en)\s+(?:19|20)\d{2}\b)"
    # « et la 33 ? », « et pour 123 ? »: a follow-up naming only another act (a day is « le »)
    r"|(?<=^et )(?:pour\s+|sur\s+)?la\s+(?=\d{1,2}\s*\??\s*$)"
    # « c'était quoi la 33 ? », « la 33 ? » alone: an act too (« la 2 » alone is one of a list)
    r"|(?<=\bquoi )la\s+(?=\d{1,2}\s*\??\s*$)|^\W*la\s+(?=\d{2}\s*\??\s*$)"
    r"|(?<=^et )(?:pour|sur)\s+(?=\d{3,5}\s*\??\s*$)"
    # « 417/2024 », « 00417-2024 »: a sequence too long for a month, then its year
    r"|(?<![\w/.,-])(?!(?:19|20)\d{2}\s?[/-])(?=\d{3,5}\s?[/-]\s?(?:19|20)\d{2}\b))"
    r"(\d{1,5})(?:\s*(?:/|-|\bde\b|\bdu\b|\ben\b|\bde l annee\b)\s*((?:19|20)\d{2}))?\b"
    r"(?![.,]\d|\s?(?:\d|k\b|k€|€|euros?\b|eur\b|%|h\b|heures?\b|ans?\b|mois\b|jours?\b|fois\b"
    r"|personnes\b|membres\b|elus\b|voix\b|votes?\b|seances?\b|deliberations\b|delibs\b|er\b|e\b"
    r"|eme\b|ieme\b|mars|avril|mai|juin|juil|janv|fev|sept|oct|nov|dec|aout))"
)
# « délib 2024 417 », « n° 2022 33 », dictated or typed without the dot: after what names an
# act's number, a year, a space and a sequence (never « délib 2024 3 abstentions », a count,
# nor « la délib 2024 4 juillet », a day)
_SPACED_NUMBER = cues.plain(
    r"\b((?:delib|deliberation|acte|decision)\s+(?:(?:n°|no|numero|num)\s*)?|n°\s*|numero\s+)"
    r"((?:19|20)\d{2}) (\d{1,5})\b(?![.,]\d|\s*(?:\d|k\b|€|euros?\b|eur\b|%|h\b|heures?\b"
    r"|ans?\b|mois\b|jours?\b|fois\b|voix\b|votes?\b|pour\b|contre\b|abstentions?\b|er\b"
    r"|janv|fev|mars|avril|mai|juin|juil|aout|sept|oct|nov|dec))"
)
_DELEGATED = cues.compile(
    r"\bdelegu\w*|\bdelegation\w*|\b(?:confi|attribu)\w* (?:au|a la) president\w*"
)
_ARTICLE_BEFORE = cues.plain(r"(?i)(?<![\w'])(?:la|le|l')\s*(?:n°\s*)?$")
# « 04 07 2024 », typed with spaces: a date as « 04/07/2024 » (same length, offsets kept).
_SPACED_DATE = cues.compile(r"\b(0?[1-9]|[12]\d|3[01]) (0?[1-9]|1[0-2]) ((?:19|20)\d{2})\b")


# « deux mille vingt-quatre point quatre cent dix-sept », dictated: an act's number in words
# (a year in words, a separator said, a sequence in words).
_NUMBER_WORDS = NUMBER_WORD
_SAID_NUMBER = cues.plain(
    rf"\b{_NUMBER_WORDS}(?:[\s-]+{_NUMBER_WORDS})*[\s-]+(?:point|virgule|tiret|slash|barre)"
    rf"[\s-]+{_NUMBER_WORDS}(?:[\s-]+{_NUMBER_WORDS})*\b"
)
_YEAR_THEN_SEQUENCE = cues.plain(
    r"^((?:19|20)\d{2}) (?:point|virgule|tiret|slash|barre) ((?:0 ?)*\d{1,5})$"
)


# « la délibération numéro quatre cent dix-sept », « délib n° trente-trois »: a sequence said
# in words after what names an act's number (never « le numéro deux » of a list: « numéro »
# alone needs a hundred or more)
_SEQUENCE_SAID = cues.plain(
    rf"\b(?:delib\w*|deliberation)\s+(?:(?:n°|no|numero|num)\s*)?"
    rf"((?:{_NUMBER_WORDS})(?:[\s-]+(?:{_NUMBER_WORDS}))*)\b"
    rf"|\b(?:n°|numero)\s*((?:{_NUMBER_WORDS})(?:[\s-]+(?:{_NUMBER_WORDS}))*\s+cents?"
    rf"(?:[\s-]+(?:{_NUMBER_WORDS}))*)\b"
)


def _sequence_said(simple: str) -> str:
    """The text with an act's sequence said in words written in figures (« délib 417 »)."""
    match = _SEQUENCE_SAID.search(simple)
    if match is None:
        return simple
    group = 1 if match.group(1) else 2
    value = number_in_words(match.group(group))
    numbered = group == 2 or re.search(r"\b(?:n°|no|numero|num)\s*$", simple[: match.start(1)])
    if value is None or not (1 if numbered else 10) <= value < 100_000:
        return simple  # « une délibération un peu longue »: no act numbered « un »
    return simple[: match.start(group)] + str(value) + simple[match.end(group) :]


def _number_said(simple: str) -> str:
    """The text with an act's number said in words written as the number (« 2024.00417 »)."""
    match = _SAID_NUMBER.search(simple)
    if match is None:
        return _sequence_said(simple)
    words = re.sub(r"\bzero\b", "zéro", match.group(0).replace("-", " "))  # as it reads it
    digits = alpha2digit(words, "fr", threshold=0)
    said = _YEAR_THEN_SEQUENCE.match(" ".join(digits.split()))
    if said is None:
        return simple
    number = normalise_number(said.group(1), said.group(2).replace(" ", ""))
    return simple[: match.start()] + number + simple[match.end() :]


def normalise_number(year: str, sequence: str) -> str:
    """The métropole's numbering: year, dot, five digits (« 2024.00417 »)."""
    return f"{year}.{int(sequence.replace(' ', '')):05d}"


_BRACKETS = cues.plain(r"[()\[\]{}]")


@lru_cache(maxsize=4)
def _simple(text: str) -> str:
    """Lower case without accents, but separators kept: dates and numbers live in them.

    Kept for the last few texts: reading one message folds the same text five times over
    (the message, its question, the self-naming check, the numbers); the next message,
    another text, is folded afresh."""
    return strip_accents(text).casefold().replace("’", "'")


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _blank(text: str, span: tuple[int, int]) -> str:
    return text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]


def _blank_all(text: str, spans: list[tuple[int, int]]) -> str:
    for span in spans:
        text = _blank(text, span)
    return text


_AFTER_DAY = cues.plain(r"\s+(dernier|derniere|passe|prochain|prochaine)\b")


def _read_absolute(
    simple: str, typed: str, today: date | None = None
) -> tuple[When | None, str | None, str]:
    """The first date written in full or in part: (when, invalid text, text without it)."""
    if _MONTH_RELATIVE.search(simple):
        return None, None, simple
    for mention in find_dates(simple):
        # As typed (accents and all) when folding kept the offsets, which it does but for rare
        # letters such as « ß ».
        source = typed if len(typed) == len(simple) else simple
        said = source[mention.start : mention.end].strip()
        rest = _blank(simple, (mention.start, mention.end))
        if not mention.valid:
            return None, said, rest
        if mention.day and mention.month and mention.year:
            return When(on=date(mention.year, mention.month, mention.day), said=said), None, rest
        if mention.day and mention.month:
            step = _AFTER_DAY.match(simple, mention.end)
            if step and today is not None:
                # « le 4 juillet dernier »: the latest 4 July (said so when it had no sitting),
                # « le 4 juillet prochain » the next one.
                on = _day_around(mention.day, mention.month, today, past=step.group(1)[0] != "p")
                if step.group(1).startswith("passe"):
                    on = _day_around(mention.day, mention.month, today, past=True)
                if on is not None:
                    said = f"{said}{source[step.start() : step.end()]}"
                    return When(on=on, said=said), None, _blank(rest, step.span())
            return When(day=mention.day, month=mention.month, said=said), None, rest
        if mention.month and mention.year:
            first = date(mention.year, mention.month, 1)
            last = date(mention.year + (mention.month == 12), mention.month % 12 + 1, 1)
            period = When(
                month=mention.month,
                year=mention.year,
                start=first,
                end=last - timedelta(days=1),
                said=said,
            )
            return period, None, rest
        if mention.month:
            return When(month=mention.month, said=said), None, rest
    return None, None, simple


def _day_around(day: int, month: int, today: date, *, past: bool) -> date | None:
    """The latest such day on or before today (`past`), or the first on or after it."""
    years = range(today.year, today.year - 5, -1) if past else range(today.year, today.year + 5)
    for year in years:
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate <= today) if past else (candidate >= today):
            return candidate
    return None


_SINCE = cues.plain(r"\b(?:depuis|a partir d[eu]|a compter d[eu])\b")
_RANGE = cues.plain(
    rf"\b(?:de|d|entre|depuis) (?:{_MONTH_ALT}|(?:19|20)\d\d)(?: (?:19|20)\d\d)?"
    r" (?:a|et|au|jusqu a|jusqu en) |\b(?:avant|apres) (?:l annee |l an )?(?:19|20)\d\d\b"
)


# « le 18 », « du 10 », « pour le 3 »: a day number alone after an article, not a count, a
# time, an amount or a deliberation number.
_DAY_ALONE = cues.plain(
    r"\b(?:le|du|au|pour le|ce)\s+(?:jeudi |lundi |mardi |mercredi |vendredi |samedi )?"
    # (« le 18 : présent »: a colon before words is no hour, « le 18:30 » is)
    r"([1-9]|[12]\d|3[01])(?:er)?\b(?!\s*(?:h\b|heures?|:\s?\d|[.,/-]\d|%|euros?|eur\b|€|\d|"
    r"prochains?|premiers?|derniers?|fois|ans?|mois|jours?|semaines?|seances?|delib\w*))"
)


# « la séance du quatorze », « qui était là le vingt-sept ? », « le bureau du premier »: the
# same day said in words (dictated, or typed as said). Unread, the words were a topic, a
# member (« aucun membre ne s'appelle quatre ») or nothing, and the latest sitting answered.
_DAY_WORDS = (
    r"(?:(?:vingt|trente)(?:[\s-]+et)?[\s-]+(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf)"
    r"|vingt|trente|deux|trois|quatre|cinq|six|sept|huit|neuf|dix(?:[\s-]+(?:sept|huit|neuf))?"
    r"|onze|douze|treize|quatorze|quinze|seize)"
)
_DAY_SAID_ALONE = cues.plain(
    rf"\b(?:le|du|au|pour le)\s+(?:jeudi |lundi |mardi |mercredi |vendredi |samedi )?"
    rf"({_DAY_WORDS}|(?<=du )premier|(?<=au )premier)"
    r"(?![\w-])(?!\s+(?:[a-z]*h\b|heures?|minutes?|euros?|pour ?cent|\w*s\b|fois|an|mois|jour"
    r"|semaine|seance|delib\w*|point|membre|elu|pouvoir|conseil|bureau|trimestre|semestre"
    r"|vice\w*|adjoint\w*|tour|rang|etage|alinea|article|janvier|fevrier|mars|avril|mai|juin"
    r"|juillet|aout|septembre|octobre|novembre|decembre|mille|cent))"
)


def _day_said_alone(folded: str) -> tuple[int, tuple[int, int]] | None:
    """A day of a month said in words after an article (« du quatorze » → 14) and where."""
    match = _DAY_SAID_ALONE.search(folded)
    if match is None:
        return None
    words = match.group(1)
    day = 1 if words == "premier" else number_in_words(words)
    if day is None or not 1 <= day <= 31:
        return None
    return day, match.span()


_WEEKDAY_DAY_ALONE = cues.plain(
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(\d{1,2}|1er)"
)
# « ce jeudi 10 », « jeudi 10 qui vient »: this week's or next week's day, as a date.
_NEAR_WEEK = cues.plain(r"\b(?:ce|cette semaine|qui vient|qui arrive|de cette semaine)\b")


# « la semaine du 14 », « dans la semaine du lundi 14 »: the week a day of this month is in
_WEEK_OF_DAY = cues.plain(r"\b(?:(?:dans|pendant|durant|de|pour) )?(?:la |cette )?semaine $")


def _nearest_day_of_month(day: int, today: date) -> date | None:
    """The day of that number nearest today: in this month, the last or the next (« le 14 »
    said on 5 December is 14 December; on 30 December, 14 January)."""
    days = []
    for shift in (-1, 0, 1):
        index = today.year * 12 + today.month - 1 + shift
        with contextlib.suppress(ValueError):
            days.append(date(index // 12, index % 12 + 1, day))
    return min(days, key=lambda d: abs((d - today).days), default=None)


def _read_when(simple: str, typed: str, today: date) -> tuple[When, str | None, str]:
    """Every way the message points at a time, and the text without those words."""
    simple = year_said_in_words(simple, today)  # « le 4 juillet de l'an dernier »: 2025
    since = bool(_SINCE.search(simple))
    if (days := find_day_range(simple, today=today)) is not None:
        # « du 27/01/2022 au 24/03/2022 », « entre le 1er janvier et le 30 mars 2022 »: a span
        # of days, read before either day alone
        first, last, at, until = days
        said = typed[at:until] if len(simple) == len(typed) else simple[at:until]
        rest = fold(simple[:at] + " " + simple[until:])
        return When(start=first, end=last, said=said.strip()), None, rest
    if _RANGE.search(fold(simple)):
        # « entre janvier et mars 2022 », « de 2022 à 2024 », « avant 2023 »: a span, read
        # before any one date inside it.
        folded = fold(simple)
        period = find_relative(folded, today=today, past=_tense(folded))
        if period is not None and not period.is_day:
            said = _as_typed(folded[period.span[0] : period.span[1]], simple, typed)
            folded = folded[: period.span[0]] + " " + folded[period.span[1] :]
            return When(start=period.start, end=period.end, said=said), None, folded
    if WITHIN_A_MONTH.search(fold(simple)):
        # « fin janvier 2022 », « le premier jeudi de juillet »: days of the month, read before
        # the month itself
        folded = fold(simple)
        period = find_relative(folded, today=today, past=_tense(folded))
        if period is not None:
            said = _as_typed(folded[period.span[0] : period.span[1]], simple, typed)
            folded = folded[: period.span[0]] + " " + folded[period.span[1] :]
            if since and period.start <= today:  # « depuis fin janvier »: until today
                return When(start=period.start, end=today, said=said), None, folded
            if period.is_day:
                return When(on=period.start, said=said), None, folded
            return When(start=period.start, end=period.end, said=said), None, folded
    when, invalid, simple = _read_absolute(simple, typed, today)
    if invalid:
        return _NO_WHEN, invalid, simple
    folded = fold(simple)
    if when is None:
        period = find_relative(folded, today=today, past=_tense(folded))
        if period is not None:
            said = _as_typed(folded[period.span[0] : period.span[1]], simple, typed)
            weekday_day = _WEEKDAY_DAY_ALONE.fullmatch(folded[period.span[0] : period.span[1]])
            folded = folded[: period.span[0]] + " " + folded[period.span[1] :]
            if (
                weekday_day is not None
                and not today - timedelta(days=7) <= period.start <= today + timedelta(days=14)
                and not _NEAR_WEEK.search(folded)
            ):
                # « la séance du jeudi 27 »: a day of a month not said, as « le 27 » is; the
                # sittings held on such a day answer it, not one Thursday 27 months away (a day
                # of the past week, or of the coming two, is the day meant: « je viens jeudi
                # 10 », « la séance de jeudi 4 »).
                day = weekday_day.group(1)
                when = When(day=1 if day == "1er" else int(day), said=said)
            elif period.is_day:
                when = When(on=period.start, said=said)
            else:
                when = When(start=period.start, end=period.end, said=said)
    if when is None and (alone := _DAY_ALONE.search(folded)):
        # « le bureau du 18 », « qui sera là le 10 ? »: a day of a month not said; the
        # sittings held on that day of any month answer it (the coming one first).
        when = When(day=int(alone.group(1)), said=f"le {alone.group(1)}")
        if (week := _WEEK_OF_DAY.search(folded[: alone.start()])) and (
            near := _nearest_day_of_month(int(alone.group(1)), today)
        ):
            # « la semaine du 14 ? »: the week of the 14th nearest today, Monday to Sunday
            monday = near - timedelta(days=near.weekday())
            said = f"la semaine du {alone.group(1)}"
            when = When(start=monday, end=monday + timedelta(days=6), said=said)
            folded = folded[: week.start()] + " " + folded[week.end() :]
            alone = _DAY_ALONE.search(folded)
        if alone is not None:
            folded = folded[: alone.start()] + " " + folded[alone.end() :]
    if when is None and (said_alone := _day_said_alone(folded)) is not None:
        # « la séance du quatorze »: the same, said in words
        day, (at, until) = said_alone
        when = When(day=day, said=f"le {day}")
        folded = folded[:at] + " " + folded[until:]
    if since and when is not None and when.month and not when.day and not when.year:
        # « depuis janvier », « à partir de mars »: from the latest such month begun, until
        # today (never the sittings of every January)
        year = today.year if when.month <= today.month else today.year - 1
        when = When(start=date(year, when.month, 1), end=today, said=when.said)
    if since and when is not None and (when.start or when.on) and not when.relative:
        # « depuis 2022 », « depuis le 1er mars »: from that day until today.
        start = when.start or when.on
        if start is not None and start <= today:
            said = when.said if _SINCE.search(fold(when.said)) else f"depuis {when.said}"
            when = When(start=start, end=today, said=said)
            # « à partir de juin »: the words of the span, no topic « partir »
            folded = _SINCE.sub(" ", folded)
    return when or _NO_WHEN, None, folded


def _as_typed(said: str, simple: str, typed: str) -> str:
    """Folded words (« l annee d avant ») as the member typed them (« l'année d'avant »)."""
    if len(simple) != len(typed):
        return said
    match = re.search(r"\W+".join(map(re.escape, said.split())), simple)
    return typed[match.start() : match.end()] if match else said


# « l'avant-dernier bureau »; in a follow-up, « et avant ? », « la fois d'avant », « celle
# d'après », « la séance suivante », « la précédente »: a step from the sitting talked about.
_STEP = cues.plain(
    r"\b(avant dernier|avant derniere)\b"
    r"|^(?:a |au |aux |pour |lors de |de |du )?(?:(?:la |le |celle |celui |la fois |la seance"
    r" |le bureau |le conseil |la reunion )"
    r"?(?:d avant|d apres|avant|apres|precedente?|suivante?)|(?:la |le )?(?:fois|seance"
    r"|reunion|bureau|conseil) (?:d avant|d apres|precedente?|suivante?))$"
)
# The first four ranks, in words or figures, read before a sitting's noun or alone in a pick;
# the others (« cinquième »…) only in a pick
_RANKS = {word: place for word, place in ORDINAL_WORDS.items() if place <= 4} | {
    "1er": 1, "1ere": 1, "2e": 2, "2eme": 2, "3e": 3, "3eme": 3, "4e": 4, "4eme": 4,
}  # fmt: skip
_MORE_RANKS = {word: place for word, place in ORDINAL_WORDS.items() if place > 4}
ORDINALS = _RANKS  # « premier » 1, « 2e » 2…: the ranks said in words, for other readers
# A message that only picks one of a list (« et la plus récente ? », « la dernière en date »,
# « celle du milieu » is not one): the words around the rank are the list's own nouns.
_PICK = cues.plain(
    r"^(?:(?:et|alors|donc|bon|ok|mais|puis|c est|c etait|quelle est|quelle etait|qui est"
    r"|laquelle|lequel|laquelle est|lequel est|c est laquelle|c etait laquelle|donne|montre"
    r"|affiche|moi|nous|est|celle qui est|celle qui etait|c est quoi|c etait quoi|quoi"
    r"|qu est ce que c est|qu est ce que c etait"
    # « détaille la dernière », « je veux voir la 2e », « plus de détails sur la première »
    r"|detaille|detailler|details?|le detail|plus de details?|en detail|sur|de|du|ouvre|voir"
    r"|je veux voir|je voudrais voir|je peux voir|fais voir|raconte|explique|parle|dis m en plus"
    r"|dites m en plus|et pour)\s+)*"
    r"(?:(?:la|le|l|celle|celui)\s+)?(?:(?:deliberation|delib|delibe|acte"
    r"|dossier|decision|action)s?\s+)?(?:(?:la|le)\s+)?"
    r"(?:(?P<recent>plus recente?|plus recentes|plus nouvelle|derniere?|dernier en date"
    r"|derniere en date|plus tardive?)|(?P<old>plus ancienne?|plus vieille|plus vieux"
    r"|premiere?|1ere?|premiere en date|premier en date)"
    rf"|(?P<rank>{'|'.join(k for k in _RANKS if _RANKS[k] > 1)}|{'|'.join(_MORE_RANKS)}"
    r"|\d{1,2}(?:e|eme|ieme)|avant derniere?))"
    r"(?:\s+(?P<listed>de (?:la|cette|ta|votre) liste|dans (?:la|cette|ta|votre) liste"
    r"|du lot|de la serie|(?:qui est )?(?:citee?|affichee?|mentionnee?|montree?)|du tableau))?"
    r"(?:\s+(?:de celles ci|d entre elles|de ces (?:deliberations|delibs|decisions|actes)"
    r"|parmi (?:elles|celles ci)|en date))?"
    r"(?:\s+(?:alors|donc|stp|svp|please))?"
    # « la première, elle a été votée comment ? », « la 2e, elle a été adoptée ? »: a question
    # about the act picked, which its card answers
    r"(?:\s+(?:elle|il|celle ci|celui ci)"
    r"\s+(?:a|avait|est|etait|fut|dit|parle|concerne)\b[\w\s]*)?"
    # « la première, c'était quoi exactement ? », « la 3e ça dit quoi ? », « la 2e en détail »
    r"(?:\s+(?:c est|c etait|ca dit|elle dit|il dit|ca parle de|ca concerne|ca donne)\s+quoi"
    r"(?:\s+(?:exactement|au juste|deja|precisement))?|\s+en detail|\s+en entier)?"
    r"\s*[?!.]*\s*$"
)


_PASSED_AS_VERB = frozenset(_words("se s est sont etait etaient ete a ont"))
_RANKED = cues.plain(
    rf"\b({'|'.join(_RANKS)}|dernier|derniere)\s+(?:seance|conseil|bureau|reunion|session)s?\b"
)


# A step from a dated sitting: « d'avant celle de juillet 2024 », « précédant le 4 juillet »,
# « qui a suivi celui du 27 janvier », « après le conseil de janvier 2022 » (never « avant 2023 »,
# a period, read by _RANGE).
_STEP_FROM = cues.plain(
    r"\b(d avant|avant|precedant|qui precede|qui a precede|precedent|precedente|d apres|apres"
    r"|suivant|qui suit|qui a suivi|suivante)\s+(?:(?:celle|celui|la seance|le conseil"
    r"|le bureau|la reunion|la session)\s+)?(?:(?:du|de|d|le|la|en|l)\s+)?"
    rf"(?=\d{{1,2}}\b|1er\b|{_MONTH_ALT}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
)
_EVER = date(1900, 1, 1)
_DECIDED_WORDS = cues.plain(r"^(?:decide\w*|approuve\w*|valide\w*|enterine\w*)$")
_RECEIVED_WORDS = cues.plain(
    r"^(?:prefecture|recu\w*|transmi\w*|envoy\w*|arrive\w*|depose\w*|date|controle|legalite"
    r"|bien|deja)$"
)
_UNIT_STEP = cues.compile(
    r"\b(semaine|mois|annee|an)\s+(d avant|d apres|avant|apres|precedente?|suivante?"
    r"|qui (?:precede|precedait|suit|suivait|a suivi|a precede)|d ensuite)\b"
)
# « la veille », « le lendemain », « l'avant-veille », « le jour d'après »: a day from the day
# in talk (never a member named « veille »)
_DAY_STEP = cues.plain(
    r"\b(?:(?P<two_before>l avant veille)|(?P<before>la veille|le jour d avant|le jour precedent)"
    r"|(?P<two_after>le surlendemain)|(?P<after>le lendemain|le jour d apres|le jour suivant))\b"
    r"(?! (?:du|de|d)\b)"
)
_DAY_STEPS = {"two_before": -2, "before": -1, "two_after": 2, "after": 1}
# « cette année-là », « la même année », « ce mois-là », « le même mois »: the period of the
# act or sitting in talk (a step of none from it), not today's
_SAME_UNIT = cues.plain(
    r"\b(?:(?:cette|cet|ce) (?:meme )?(annee|an|mois|semaine)[ -]la"
    r"|(?:la|le|cette|ce) (?:meme) (annee|an|mois|semaine)"
    r"|(?:l'?|la|le) ?(annee|an|mois|semaine) en question)\b"
)
_STEP_FROM_WORDS = cues.plain(
    r"\b(?:d avant|avant|precedant|qui precede|qui a precede|precedent|precedente|d apres"
    r"|apres|suivant|qui suit|qui a suivi|suivante|celle|celui)\b"
)
_PAST = cues.plain(
    r"\b(?:etai[st]|etaient|etiez|avai[st]|avaient|aviez|a ete|ont ete|ai ete|a eu|ont eu|y avait"
    r"|presidait|portait|manquait|dernier|derniere|passee"
    # « passé » said of a time or as a participle (« jeudi passé », « c'est passé ») — never the
    # verb in the present, which « passé » folds to: « le budget passe jeudi ? », « ça passe »
    r"|(?:semaine|mois|annee|an|fois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|seance|reunion|bureau|conseil|trimestre|semestre|s est|c est|est|a|ont|etait) passes?)\b"
)
_FUTURE = cues.compile(
    r"\b(?:sera|seras|serai|seront|serez|aura|aurai|auront|aurez|viendra|viendrai|prochain"
    r"|prochaine|va|vais|vont|prevue?s?|a venir)\b"
)
# « qui sera présent au bureau ? », « qui viendra ? », « y aurait-il le quorum ? », « qui
# donnera pouvoir ? »: a sitting asked in the future or the conditional is the one to come.
# Not the courtesy around a question (« serait-il possible de … », « ce serait gentil »).
# « ça fait combien de temps ? », « il y a combien de jours ? », « depuis combien de temps ? »,
# « dans combien de jours ? »: how long since (or until) a sitting, its day in a sentence
_ELAPSED = cues.plain(
    r"\b(?:ca fait|il y a|y a|y a t il|cela fait|dans|d ici) combien (?:de |d )?(?:temps|jours"
    r"|semaines|mois|ans|annees)\b|\bdepuis combien (?:de |d )?(?:temps|jours|semaines|mois)\b"
    r"|\bcombien (?:de |d )?(?:temps|jours|semaines|mois) (?:depuis|reste|restent|ca fait)\b"
    # « il reste combien de temps avant le prochain conseil ? », « on a combien de jours avant
    # le bureau ? », « combien de jours jusqu'au prochain bureau ? »: the days until it
    r"|\b(?:reste|restent|reste t il|encore) combien (?:de |d )?(?:temps|jours|semaines)\b"
    r"|\b(?:on a|on est a|nous avons|nous sommes a) combien (?:de |d )?(?:temps|jours|semaines)"
    r" (?:avant|jusqu|d ici)\b"
    r"|\bcombien (?:de |d )?(?:temps|jours|semaines) (?:avant|jusqu a|jusqu au|d ici)"
    r" (?:le |la |l |au |a la )?(?:prochain|prochaine)\b"
)
# « les pouvoirs en cours », « une procuration active », « qui a donné pouvoir pour
# l'instant ? »: in force now
IN_FORCE = cues.plain(
    r"\ben (?:cours|vigueur)\b|\b(?:actuel|actuels|actuelle|actuelles|actif|actifs|active"
    r"|actives|actuellement|en ce moment|pour l instant|pour le moment|a ce jour"
    r"|a l heure actuelle)\b"
)
_IN_FORCE_WORDS = _words(
    "cours vigueur actuel actuels actuelle actuelles actif actifs active actives"
)
_ELAPSED_WORDS = _words(
    "temps jours jour semaines semaine mois ans annees fait reste restent depuis"
)


def elapsed_asked(text: str) -> bool:
    """« ça fait combien de temps ? », « dans combien de jours ? »: the days since or until."""
    return bool(_ELAPSED.search(fold(text)))


# « ça passe ? », « c'est bon ? », « on est bons ? », « ça le fait ? », « ça tient ? »: a
# forecast asked in the present tense
_FORECAST_NOW = cues.plain(
    r"\b(?:ca|cela) (?:passe|le fait|tient)\b|\b(?:va|ira) (?:passer|le faire|tenir)\b"
    r"|\b(?:c est|on est|nous sommes|on sera) (?:bons?|ok|large|juste|limite)\b"
)
_OF_A_SITTING_TO_COME = frozenset(
    (
        "present",
        "absent",
        "proxy",
        "count",
        "quorum",
        "convocation",
        "sitting",
        "bureau",
        "conseil",
    )
)
_FUTURE_ASKED = cues.compile(
    r"\b(?:serai|sera|seras|serons|serez|seront|serait|seraient|aura|aurons|aurez|auront"
    r"|aurait|auraient"
    r"|viendra|viendras|viendrai|viendrons|viendrez|viendront|viendrait|viendraient"
    # « est-ce que Laget vient ? »: the present of « venir » says a coming (« vient de » is
    # just past, « vient souvent » a habit)
    r"|(?:vient|viennent|venez)(?!(?: pas| plus| ne)? (?:de|d|souvent|regulierement|rarement"
    r"|jamais|toujours|peu|beaucoup|assez|plus)\b)"
    # « rappelle-moi l'heure », « vous me rappelez le lieu ? »: a reminder is of what is to come
    # (« rappelle-moi qui présidait » is put in the past: never this)
    r"|rappelle|rappelez|rappeler|rappelles"
    r"|(?:assister|particip|sieg|manqu|donn|port|represent|excus|emarg|present|presid)"
    r"(?:era|eras|erons|erez|eront|erait|eraient)"
    r"|atteindr(?:a|ons|ont|ait|aient)"
    r"|(?:va|vont|allons|allez) (?:y )?(?:venir|etre|avoir|assister|participer|sieger|manquer"
    r"|donner|porter|representer|atteindre))\b"
    r"(?! (?:t )?(?:il|ce|elle) (?:possible|bien|gentil|aimable|envisageable))"
    r"(?<!ce serait)(?<!ca serait)"
)
# « le quorum a-t-il été atteint ? », « on avait le quorum ? », « qui était là ? »: asked of a
# sitting held, whatever is to come.
_PAST_ASKED = cues.compile(
    r"\b(?:etai[st]|etaient|etiez|etions|avai[st]|avaient|aviez|avions|a ete|ont ete|ai ete"
    r"|a eu|ont eu|avons eu|y avait|a t (?:il|elle|on) (?:ete|eu)|ont ils (?:ete|eu)"
    r"|presidait|portait|manquait|est venue?|sont venue?s|ont assiste|a assiste|a eu lieu"
    r"|s est (?:tenue?|deroulee?|passee?))\b"
)


def asked_to_come(folded: str) -> bool:
    """The question is put in the future or the conditional, and never in the past."""
    return bool(_FUTURE_ASKED.search(folded)) and not _PAST_ASKED.search(folded)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def asked_of_the_past(text: str) -> bool:
    """The question is put in a past tense, and never in the future (`text` as typed)."""
    folded = fold(text)
    return bool(_PAST_ASKED.search(folded)) and not _FUTURE_ASKED.search(folded)


def _to_come(when: When, today: date) -> bool:
    """A time said that is not past: « prochain », a date from today on, a day of the month
    alone (its next occurrence), a day and month of this year not yet gone."""
    if when.relative is Relative.NEXT:
        return True
    if when.on is not None:
        return when.on >= today
    if when.day is None or when.year is not None or when.start is not None:
        return False
    if when.month is None:
        return True
    try:
        return date(today.year, when.month, when.day) >= today
    except ValueError:
        return False


def _tense(folded: str) -> bool | None:
    """True for a sentence in the past, False for one in the future, None when it says not."""
    past, future = bool(_PAST.search(folded)), bool(_FUTURE.search(folded))
    if not past and (_GIVE.search(folded) or WHO_MAY_TAKE_MINE.search(folded)):
        # « je donne pouvoir à Laget pour jeudi », « qui peut porter mon pouvoir jeudi ? »: a
        # proxy is for a sitting to come
        return False
    return past if past != future else None


# -- the reader ---------------------------------------------------------------------------------

# « à qui je peux donner mon pouvoir ? », « qui pourrait porter ma procu jeudi ? », « qui je
# pourrais mandater ? »: the asker looking for a holder (who is free is in the answer, the
# law's conditions too), never the rules alone; its verbs are of a sitting to come (« qui
# portait mon pouvoir ? » asks about a past one)
WHO_MAY_TAKE_MINE = cues.compile(
    r"\b(?:a qui|qui)\b(?: \w+){0,3} (?:je |j )?(?:peux|pourrais|pourrai|puis|dois|devrais"
    r"|vais)\b(?: \w+){0,2} (?:donner|confier|laisser|transmettre"
    r"|mandater|refiler)\b"
    r"|\b(?:donner|confier|laisser|transmettre|refiler) (?:mon|ma) (?:pouvoir|procu\w*)"
    r"(?: \w+){0,3} a qui\b"
    r"|\bqui (?:\w+ )?(?:peut|pourrait|pourra|veut|voudrait|voudra|est|serait|sera)"
    r"(?: \w+){0,2} (?:porter|prendre|recuperer|avoir) (?:mon|ma) (?:pouvoir|procu\w*)"
    r"|\bqui (?:je |j )?(?:peux|pourrais|pourrai|dois|devrais) mandater\b"
    # « qui peut me remplacer jeudi ? », « qui pourrait voter pour moi ? »: a holder for one's
    # proxy (never « qui remplace le président ? », the chair)
    r"|\bqui (?:\w+ )?(?:peut|pourrait|pourra|pourrais|peux|pourront|peuvent) (?:me (?:remplacer"
    r"|representer)|voter (?:pour moi|a ma place)|sieger a ma place)\b"
)
# Not « ai-je donné pouvoir ? », « à qui j'ai confié mon vote ? »: asked of the past.
_GIVE = cues.compile(
    r"(?<!\bai )(?<!\bavais )\b(?:je|j)\s+(?:vous\s+|te\s+|lui\s+|me\s+)?"
    # (« je veux donné procu à Laget »: the infinitive typed as the participle)
    r"(?:donne|confie|laisse|delegue|transmets"
    r"|(?:voudrais|veux|souhaite|vais|aimerais|dois) donner?)\b"
    r".*\b(?:pouvoir|procuration)"
    # (« qui vient de donner pouvoir ? »: a proxy just given, asked about)
    r"|(?<!\ba )(?<!\bont )(?<!\bavait )(?<!\bil )(?<!\belle )(?<!\bvient de )"
    r"(?<!\bviennent de )"
    r"\b(?:donner|confier|faire)\s+(?:mon |ma |un |une )?(?:pouvoir|procuration)\b"
    r"|\bpouvoir a\s+(?!qui\b)\w+\s+pour\b"
    # « je voudrais que Christian me représente », « je serai représentée par Bonnet », « je
    # me fais représenter par Laget »: the proxy said by who stands in (never « qui me
    # représente ? »)
    # (a question, « Bonnet me représente ? », asks about a proxy: it gives none)
    r"|(?:(?<!\best ce )\b(?:que|qu)\s+|^)(?![^?]*\?)(?!qui\b)\w+(?:\s+\w+)?\s+me\s+"
    r"(?:represente|remplace)(?:ra)?\b"
    # « je serai absent jeudi, Berger me remplace »: the same, after the absence said
    # (« je ne pourrai (pas) venir / être présent jeudi, Semache me représentera »)
    r"|\b(?:absent|absente|pas la|pas present|pas presente|excuse|excusee|empeche|empechee"
    r"|pourrai (?:pas )?(?:venir|etre present\w*|etre la|assister)|indisponible)\b"
    r"(?![^?]*\?)(?:\s+\w+){0,3}?\s+"
    r"(?!qui\b)\w+\s+me\s+(?:represente|remplace)(?:ra)?\b"
    # « Laget prendra mon pouvoir jeudi », « Berger aura ma procuration », « je mandate Bony »
    r"|^(?![^?]*\?)(?!qui\b)\w+(?:\s+\w+)?\s+(?:prendra|portera|aura|recevra|recuperera)\s+"
    r"(?:mon|ma)\s+(?:pouvoir|procuration|procu|voix|vote)\b"
    # « absente le 18 et Semache aura mon pouvoir »: the same, after the absence said
    r"|\b(?:absent|absente|pas la|excuse|excusee|empeche|empechee"
    r"|pourrai (?:pas )?(?:venir|etre present\w*|etre la|assister)|indisponible)\b(?![^?]*\?)"
    r"(?:[\s,;:]+\w+){0,3}?"
    r"[\s,;:]+(?:et\s+|mais\s+)?(?!qui\b)\w+\s+(?:prendra|portera|aura|a|recevra|recuperera)\s+"
    r"(?:mon|ma)\s+(?:pouvoir|procuration|procu|voix|vote)\b"
    # « c'est Berger qui aura ma procu jeudi », « je file ma procu à Berger », « je mets
    # Berger en procuration »
    r"|^(?![^?]*\?)c est (?!qui\b)\w+(?:\s+\w+)?\s+qui\s+(?:prendra|portera|aura|recevra|va avoir"
    r"|va prendre|va porter)\s+(?:mon|ma)\s+(?:pouvoir|procuration|procu|voix|vote)\b"
    r"|^(?![^?]*\?).*\b(?:je|j)\s+(?:lui\s+)?(?:file|refile|filerai|passe|passerai)\s+(?:mon|ma)\s+"
    r"(?:pouvoir|procuration|procu)\b"
    r"|^(?![^?]*\?).*\b(?:je|j)\s+(?:mets|mettrai)\s+(?!qui\b)\w+(?:\s+\w+)?\s+(?:en|comme)\s+"
    r"(?:procuration|procu|pouvoir|mandataire)\b"
    r"|\b(?:je|j)\s+(?:mandate|mandaterai)\s+(?!qui\b)\w+"
    # « je veux changer de mandataire », « je change ma procuration : Bony », « remplacer mon
    # mandataire » (a question, « je peux changer de mandataire ? », is the law's)
    r"|^(?![^?]*\?)(?:\w+\s+){0,3}(?:changer|change|modifier|modifie|remplacer|remplace)\s+"
    r"(?:de\s+|mon\s+|ma\s+|le\s+|la\s+)?(?:mandataire|pouvoir|procuration|procu)\b"
    # « c'est Rivat qui me représente jeudi », « Rivat sera mon mandataire le 18 »
    r"|^(?![^?]*\?)c est (?!qui\b)\w+(?:\s+\w+)?\s+qui\s+me\s+(?:represente|remplace)(?:ra)?\b"
    r"|^(?![^?]*\?)(?!qui\b)\w+(?:\s+\w+)?\s+sera\s+(?:mon|ma)\s+(?:mandataire|representante?)\b"
    # « mon mandataire pour le 17 sera Bony », « ma représentante jeudi c'est Berger »
    r"|^(?![^?]*\?)(?:mon|ma)\s+(?:mandataire|representante?)\b(?:\s+\S+){0,4}?\s+"
    r"(?:sera|c est|est|ce sera)\s+(?!qui\b|quoi\b)\w+"
    # « vous pouvez mettre Rivat comme mandataire pour jeudi ? », « pouvez-vous enregistrer
    # une procuration au profit de M. Rivat ? »: a request, asked politely
    r"|\b(?:mettre|mets|mettez|inscrire|inscris|inscrivez|enregistrer|enregistrez|noter|notez)"
    r"\s+(?:(?:m|mme|monsieur|madame)\s+)?(?!qui\b)\w+\s+comme\s+(?:mon\s+|ma\s+)?"
    r"(?:mandataire|representante?)\b"
    r"|\b(?:enregistrer|enregistrez|etablir|faire|noter|notez|prendre|prenez)\s+(?:une|ma|un|mon)"
    r"\s+(?:procuration|pouvoir|procu)\s+(?:au profit de|au nom de|en faveur de|a)\s+"
    r"(?:(?:m|mme|monsieur|madame)\s+)?(?!(?:qui|quoi|le|la|les|l|un|une)\b)\w+"
    # « procuration pour Mme Berger le 17 »: the one it goes to, said « pour » (never « pour
    # jeudi », « pour le bureau »: the sitting)
    r"|^(?![^?]*\?)(?:procuration|procu|pouvoir|ma procuration|mon pouvoir)\s+pour\s+"
    r"(?:(?:m|mme|monsieur|madame)\s+)?(?!(?:qui|quoi|le|la|les|l|un|une|ce|cette|demain"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|prochain\w*|bureau|conseil|seance"
    r"|moi|combien|quand)\b)[a-z]\w+"
    r"|\b(?:etre|serai|serais)\s+represente(?:e)?\s+par\s+(?!qui\b)\w+"
    r"|\bme\s+(?:fais|ferai|faire)\s+represente(?:r)?\s+par\s+(?!qui\b)\w+"
    # « je laisse ma voix à Fayolle », « Laget votera pour moi », « procuration à Fayolle pour
    # le prochain bureau »
    r"|\b(?:(?:je|j)\s+(?:lui\s+)?)?(?<!\bai )(?<!\bavais )(?<!\bavait )(?<!\ba )"
    r"(?:donne|confie|laisse|delegue|transmets|passe)\s+"
    r"(?:ma voix|mon vote|mon droit de vote)\b"
    r"|\b(?:votera|voteras|votere|peut voter|pourra voter|pourrait voter|va voter)\s+"
    r"(?:pour moi|a ma place|en mon nom)\b"
    r"|^(?:procuration|procu|pouvoir|ma voix|mon pouvoir|ma procuration|mon vote)\s+(?:a|au)\s+"
    r"(?!(?:bien|ete|pas|deja|jamais|elle|il|t|ete)\b)\w+"
    # « donne mon pouvoir à Barriol », « donner ma voix à Tardieu », « faire un proxy à X »,
    # « Mouseghian vote pour moi », « pas là jeudi, procuration à Semache »
    r"|(?<!\bai )(?<!\bavais )(?<!\ba )"
    r"\b(?:donne|donnez|transmets|transmettez|passe|passez|confie|confiez|laisse|laissez)\s+"
    r"(?:mon|ma)\s+(?:pouvoir|procuration|procu|voix|vote)\s+(?:a|au)\b"
    r"|(?<!\ba )(?<!\bont )(?<!\bavait )\b(?:donner|confier|transmettre|laisser|passer|ceder)\s+"
    r"(?:ma voix|mon vote|mon droit de vote|ma procu)\b"
    r"|\bfaire (?:un|une|mon|ma) (?:proxy|procu)\b"
    # « donne pouvoir à Laget pour jeudi », « donnez procuration à Berger »: an order, its
    # subject left out (a sentence's opening only: « Driol donne pouvoir à X » tells of Driol)
    r"|^(?![^?]*\?)(?:donne|donnez|transmets|transmettez|confie|confiez|laisse|laissez)\s+(?:un\s+|le\s+)?"
    r"(?:pouvoir|procuration|procu)\s+(?:a|au)\s+(?!(?:qui|quoi)\b)\w+"
    # « je change, je le donne à Da Silva », « je donne à Bony »: the proxy, unsaid
    r"|\b(?:je|j)\s+(?:le\s+|la\s+|lui\s+)?(?:donne|confie|laisse|transmets|passe|file|refile)"
    r"\s+(?:plutot\s+|finalement\s+|donc\s+|alors\s+)?(?:a|au)\s+(?!(?:qui|quoi|la|l|ce|cette"
    r"|tous|toutes|tout|mon|ma|mes|son|sa|ses)\b)\w+"
    # « non en fait donne-le à Berger », « passe-la plutôt à Laget »: the proxy, said « le »
    r"|\b(?:donne|donnez|passe|passez|transmets|transmettez|confie|confiez|file|filez|mets"
    r"|mettez|refile|refilez)\s+(?:le|la)\s+(?:plutot\s+|donc\s+|alors\s+)?(?:a|au)\s+"
    r"(?!(?:qui|quoi|la|l)\b)\w+"
    r"|(?<!\bqui )(?<!\ba )(?<!\bont )(?<!\bavait )\b(?:vote|votes|votez)\s+"
    r"(?:pour moi|a ma place|en mon nom)\b"
    r"|\b(?:pas|absent|absente|excuse|excusee|empeche|empechee|dispo)\b.*"
    r"\b(?:procuration|procu|pouvoir|ma voix)\s+(?:a|au)\s+(?!qui\b)\w+"
    # « mon pouvoir va à Bonnet comme d'hab », « ma procuration sera pour Laget »
    r"|\b(?:mon|ma)\s+(?:pouvoir|procuration|procu|voix)\s+(?:va|ira|irait|sera|part|passe)"
    r"\s+(?:a|au|pour|chez)\s+(?!qui\b)\w+"
    # « je peux donner le mien à Semache ? », « je passe la mienne à Laget »
    r"|\b(?:donne|donner|confie|confier|laisse|laisser|passe|passer|transmets|transmettre"
    r"|cede|ceder)\s+(?:le mien|la mienne)\s+(?:a|au)\s+(?!qui\b)\w+"
    # « je lui redonne », « je le redonne à Degraix »: the proxy given again
    r"|\b(?:je|j)\s+(?:lui\s+|le\s+|la\s+)*(?:redonne|reconduis|renouvelle)\b"
)
# « Mme Fayolle donne pouvoir à M. Laget », « Bony me charge de dire qu'il donne pouvoir à
# Thizy », « Fayolle m'a demandé de transmettre sa procuration à Laget », « le pouvoir de Berger
# à Rivat »: a proxy said as given by another member (never « je donne… », « qui donne… »,
# « X me donne… », which are the asker's or a question); `past` when it is said done
# (« Degraix a donné pouvoir à Laget »), which only a coming day makes a proxy given
ANOTHER_GIVES = cues.plain(
    r"(?<!\bje )(?<!\bj )(?<!\bqui )(?<!\bon )(?<!\bme )(?<!\bm )(?<!\bnous )(?<!\bvous )"
    r"(?<!\bque )(?<!\bqu )(?<!\bce )(?<!\bc )(?<!\bt )(?<!\bsi )"
    # (« qui a donné pouvoir à Bonnet ? »: the participle after « a » is the past said below)
    r"(?<!\ba )(?<!\bai )(?<!\bas )(?<!\bont )(?<!\bavait )(?<!\bavaient )(?<!\bavez )"
    r"\b(?:(?P<past>a|ont|avait|avaient)\s+(?:deja\s+|bien\s+)?(?:donne|confie|laisse|transmis|delegue)"
    r"|donne|donnent|donnera|donneront|confie|confient|confiera|laisse|laissent|laissera"
    r"|transmet|transmettent|transmettra|delegue|deleguent|cede|cedent"
    r"|(?:va|vont|veut|veulent|souhaite|souhaitent|doit|doivent|de|d)\s+"
    r"(?:donner|confier|laisser|transmettre|deleguer|ceder))\s+"
    r"(?:(?:son|sa|ses|leur|leurs|le|la|un|une)\s+)?(?:pouvoirs?|procurations?|procu|pvr)\s+"
    r"(?:a|au)\s+(?:(?:m|mme|monsieur|madame|mr)\s+)?(?!(?:qui|moi|vous|toi|nous|quelqu)\b)"
    r"(?P<holder>[a-z][\w-]+)"
    r"|^(?:(?:le|la|un|une)\s+)?(?:pouvoir|procuration|procu)\s+(?:de|d)\s+"
    r"(?:(?:m|mme|monsieur|madame|mr)\s+)?(?!(?:moi|qui|la|le|les|l|un|une|ce|cette|seance"
    r"|bureau|conseil|vote)\b)[a-z][\w-]+\s+(?:a|au)\s+(?:(?:m|mme|monsieur|madame|mr)\s+)?"
    r"(?!(?:qui|moi)\b)(?P<holder_of>[a-z][\w-]+)"
)
_ASKED_AS_QUESTION = cues.plain(
    r"\?|\best ce (?:que|qu)\b|^\W*(?:qui|quand|comment|pourquoi)\b"
    # « je voudrais savoir si Fayolle donne pouvoir à Laget »
    r"|\b(?:savoir|sais|sait|savez|dire|demande|demandais|verifier|verifiez|confirmer)\s+si\b"
)


def _another_said(said: str) -> re.Match[str] | None:
    """`ANOTHER_GIVES` in the folded message, its subject said (« donne pouvoir à Laget pour
    le 18 » leaves the asker's out: it is the asker's own)."""
    found = ANOTHER_GIVES.search(said)
    if found is None or (found.group("holder") and not said[: found.start()].strip()):
        return None
    return found


def another_gives(typed: str, today: date, on: date | None) -> re.Match[str] | None:
    """The proxy another member is said to give (`ANOTHER_GIVES`), when the message gives it
    rather than asks about it: no question mark, no « est-ce que », and a proxy said done only
    for a sitting to come (« Degraix a donné pouvoir à Laget le 4 juillet » asks)."""
    said = fold(typed)
    found = _another_said(said)
    if found is None or _ASKED_AS_QUESTION.search(said):
        return None
    if (found.group("past") or (on is not None and on < today)) and (on is None or on < today):
        return None
    return found


# « j'ai (bien) donné pouvoir à … ? », « a-t-il déjà confié sa procuration … ? »: asked, done
_ASKED_GIVEN = cues.plain(
    r"\b(?:ai|as|a|avez|avons|ont)(?: t)?(?: (?:je|tu|il|elle|vous|nous|ils|elles))?"
    r"(?: (?:deja|bien|pas|vraiment))* (?:donne|confie|transmis|laisse|delegue|cede|passe)\b"
)
# « laisse tomber la procuration », « oubliez mon pouvoir »: read on the message as typed,
# the courtesy reader takes « laisse tomber » for an apology
_DROPPED = cues.compile(
    r"\b(?:laisse|laissez|laisser|laissons|on laisse) tomber\b.*\b(?:pouvoir|procuration|procu)"
    r"|(?<!\ba )(?<!\bai )(?<!\bas )(?<!\bavez )(?<!\bont )(?<!\bavait )"
    r"\b(?:oublie|oubliez|oublions)\b.*\b(?:pouvoir|procuration|procu)"
)
_REVOKE = cues.plain(
    r"\b(?:annule\w*|retire\w*|revoque\w*|reprend\w*|supprime\w*)\b.*\b(?:pouvoir|procuration)"
    # « laisse tomber la procuration », « oublie ma procu », « finalement je garde ma voix »,
    # « je ne donne plus mon pouvoir »
    r"|\b(?:garde|garder|gardes|conserve|conserver)\s+(?:finalement\s+|plutot\s+)?"
    r"(?:ma voix|mon vote|mon pouvoir|ma procuration)\b"
    r"|\b(?:ne\s+|n\s+)?(?:donne|donnerai|confie)\s+plus\s+(?:mon\s+|ma\s+|de\s+)?"
    r"(?:pouvoir|procuration|voix)\b"
    # « je veux plus donner de pouvoir », « je ne souhaite plus donner ma procuration »
    # (« je veux » is taken off as courtesy: « plus donner de pouvoir » is left)
    r"|(?:\b(?:veux|voudrais|souhaite|desire)\s+|^)plus\s+(?:donner|confier|laisser)\s+"
    r"(?:mon\s+|ma\s+|de\s+|d\s+|un\s+|une\s+)?(?:pouvoir|procuration|procu|voix)\b"
)
# « je refuse le pouvoir de Bouchet », « je ne veux pas porter la procuration de Fara », « je
# décline »: the holder's word; only the giver can withdraw it
_DECLINE = cues.plain(
    r"\b(?:je|j)\s+(?:refuse|decline|rends|renonce a|renvoie|(?:ne\s+|n\s+)?(?:veux|peux"
    r"|souhaite|pourrai|accepte)\s+pas)\s+(?:de\s+)?(?:porter\s+|prendre\s+|recevoir\s+"
    r"|garder\s+)?(?:le|la|ce|cette|son|sa|les|ses)\s+(?:pouvoirs?|procurations?|procus?)\b"
)
# « il a été prévenu ? », « elle est au courant ? », « Laget a bien été averti ? »: the holder
# of the proxy just given, told or not
_TOLD = cues.plain(
    r"\b(?:est|a ete|ont ete|sont|etait|sera)(?: (?:il|elle|ils|elles|bien|deja|t il|t elle))*"
    r" (?:au courant|prevenue?s?|informee?s?|avertie?s?|notifiee?s?)\b"
    r"|\b(?:il|elle) (?:le )?sait\b|\bl a (?:t on |t il )?(?:prevenu|averti|informe)\w*\b"
)
# « Laget peut encore recevoir un pouvoir ? », « Berger pourrait porter le mien ? »: whether the
# law lets that member carry one more
_CAN_HOLD = cues.plain(
    r"\b(?:peu[tx]|pourrai\w*|pouvait)(?: t)?(?: (?:il|elle|on))?(?: (?:encore|toujours|aussi"
    r"|bien|deja|en plus))?(?: en)? (?:recevoir|porter|prendre|avoir|accepter|recuperer|detenir)"
    r"(?: (?:un|une|mon|ma|le|la|son|sa|des|d|encore|autre|autres|deuxieme|second|seconde"
    r"|2e|mien|sien|leur))*(?: (?:pouvoirs?|procurations?|procus?)\b|$| \?)"
    # « Bony peut me représenter ? », « Laget pourrait me remplacer au vote ? »
    r"|\b(?:peu[tx]|pourrai\w*)(?: t)?(?: (?:il|elle))? me (?:representer|remplacer)\b"
)
# « Barriol a déjà un pouvoir ? », « Laget porte déjà une procuration ? »: held now, so for the
# sitting to come (« avait déjà » is of a sitting held)
_HOLDS_NOW = cues.plain(
    r"\b(?:a|porte|detient|possede|recu|a recu|a eu)(?: t)?(?: (?:il|elle))? deja"
    r" (?:un|une|des|le|la|son|sa)? ?(?:pouvoirs?|procurations?|procus?)\b"
    # « j'ai toujours la procuration de Jouve ? », « Laget a encore mon pouvoir ? »: now
    r"|\b(?:ai|as|a|avez|porte|portes|detiens|detient|garde|gardes)(?: (?:je|il|elle))?"
    r" (?:toujours|encore|bien toujours)"
    r" (?:un|une|le|la|son|sa|mon|ma|ton|ta|votre)? ?(?:pouvoirs?|procurations?|procus?)\b"
)
# « mon pouvoir est bien enregistré ? », « ma procuration a été prise en compte ? »: the state
# of a proxy given in words, which is for a sitting to come
_REGISTERED = cues.plain(
    r"\b(?:enregistree?s?|prise? en compte|bien (?:passee?|partie?|arrivee?)|validee?s?"
    r"|confirmee?s?|bien notee?|en place|actee?)\b"
)
# « Berger peut-elle donner son pouvoir à Rivat ? », « Thizy pourrait me laisser sa procu ? »:
# the one named gives (« son », « sa », « le sien »: theirs, never « mon », a proxy the asker
# means to give, which the proxy dialog takes); « me » makes the asker its holder
_CAN_GIVE = cues.plain(
    r"\b(?:peu[tx]|pourrai\w*|pouvait)(?: t)?(?: (?:il|elle))?(?: (?:encore|toujours|aussi"
    r"|bien))?(?: (?P<me>me|m))?(?: (?:lui|nous))? (?:donner|confier|laisser|passer|transmettre"
    r"|ceder|refiler|deleguer) (?:son|sa|le sien|la sienne)\b"
    # « je peux porter le pouvoir de Jouve ? », « puis-je prendre la procuration de Fara ? »,
    # « est-ce que je pourrais représenter Rivat ? »: the asker would hold the one named's
    # (« puis-je » is taken off as courtesy: « je représenter Rivat » is left)
    r"|(?P<i>\bje(?: (?:peux|pourrai\w*|pourrait))?|\bpuis je|\bj pourrai\w*)(?: (?:encore|aussi"
    r"|bien|toujours))? (?:(?:porter|prendre|recevoir|recuperer|avoir|accepter|detenir|garder)"
    rf" {SOMEONES_PROXY}|representer|remplacer)\b"
)
# The words of « peut-il porter / donner / recevoir … ? » and of the proxy's possessives, left
# out of the names asked about (CAN_HOLD, CAN_GIVE, CAN_GIVE_TO_ME)
_CAN_WORDS = cues.plain(
    r"^(?:peu[tx]|pourrai\w*|pouvait|puis|donner|confier|laisser|passer|transmettre|ceder"
    r"|refiler|deleguer|porter|prendre|recevoir|recuperer|accepter|detenir|garder"
    r"|representer|remplacer|mien|sien|sienne|autre|autres|deuxieme|second|seconde|2e)$"
)
_REGISTERED_WORDS = cues.plain(
    r"^(?:enregistree?s?|prise?|compte|passee?|partie?|arrivee?|validee?s?|confirmee?s?|notee?"
    r"|place|actee?)$"
)
_DECLARE_ABSENT = cues.plain(
    r"\bje (?:ne )?(?:serai|suis|serais) (?:pas )?(?:absent|absente|excuse|excusee)\b"
    r"|\bje ne (?:serai|pourrai|peux|pourrais) (?:pas )?(?:la|venir|etre|assister|present\w*)\b"
    # (« je ne pourrai être là qu'à partir de 18h »: there, late; « ne … que » is no absence)
    r"(?!(?: la| present\w*)? qu\b)"
    # « je ne serai pas au bureau du 18 », « je ne serai pas à la séance »
    r"|\bje (?:ne |n )?(?:serai|serais) pas (?:au (?:bureau|conseil)|a la (?:seance|reunion))\b"
    r"|\bexcusez moi pour\b|\bje m excuse pour\b|\bpas dispo\w*\b"
    # « je serai en vacances jeudi », « je pars en déplacement », « je suis malade pour le
    # bureau »: a reason to be away, stated
    r"|\bje (?:serai|serais) (?:en (?:vacances|conges?|deplacement|arret maladie)|malade"
    r"|empechee?|indisponible|souffrante?|hospitalisee?)\b"
    r"|\bje (?:pars|partirai|serai partie?) en (?:vacances|conges?|deplacement)\b"
    r"|\bje suis (?:en (?:vacances|conges?|deplacement|arret maladie)|malade|empechee?"
    r"|souffrante?|hospitalisee?)\b(?=.*\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|demain|prochain\w*|bureau|conseil|seance|reunion|le \d))"
    # « je ne viendrai pas le 10 », « je n'assisterai pas au bureau »
    r"|\bje (?:ne |n )?(?:viendrai|participerai|assisterai|siegerai|pourrai venir"
    r"|serai present\w*) pas\b"
    # (« je serai présente le 18, (donc) pas de procuration »: there, no proxy needed)
    r"(?! (?:de|d|besoin|la peine|question|du tout de)\b)"
    # « annule ma présence », « je retire ma participation », « je me désiste »
    r"|\b(?:annule|annulez|annuler|retire|retirez|retirer) (?:ma|mon) (?:presence|venue"
    r"|participation|inscription)\b|\bje me desiste\b"
    # « j'ai un empêchement pour le bureau du 18 », « impossible pour moi d'être présent le
    # 18 », « nous serons absents » (a couple of members, or the plural typed): away, stated
    r"|\bj ai (?:un |une )?(?:empechement|imprevu|contretemps|indisponibilite)\b"
    r"|\bimpossible (?:pour moi )?(?:d etre (?:la|present\w*)|de venir|d assister|de participer"
    r"|de sieger)\b"
    r"|\b(?:nous|on|et moi) (?:ne )?(?:serons|sera) (?:pas )?(?:absents?|absentes?|excuses?"
    r"|excusees?|empeches?|empechees?)\b"
)
# « je m'excuse pour le 18 »: with a day (taken out of the text read), an absence excused; alone,
# « je m'excuse » is an apology
# « je suis malade pour jeudi 18 », « je suis en déplacement le 18 »: a reason, with a day
_EXCUSED_FOR_A_DAY = cues.plain(
    r"^\W*(?:je m excuse|je vous prie de m excuser|je suis (?:malade|souffrante?|hospitalisee?"
    r"|empechee?|en (?:vacances|conges?|deplacement|arret maladie|deplacement professionnel)))"
    r"(?: pour| ce| ce jour la)?\W*$"
)
# Words set in a declaration that change nothing of it: « je ne pourrai finalement pas venir »,
# « je serai malheureusement absent », « je ne serai hélas pas là »
_ASIDES = cues.plain(
    r"\b(?:finalement|malheureusement|helas|donc|probablement|surement|certainement|vraiment"
    r"|sans doute|en fait|au final|apparemment|bien evidemment|evidemment|egalement|aussi"
    r"|encore une fois|cette fois ci|cette fois)\b"
)
# Spoken French drops « ne »: « je viens pas », « j'serai pas là », « j'y serai pas », « je
# pourrai pas venir », « je vais pas pouvoir être là » (never « je suis pas sûr »); stated, a
# message that also asks something is answered as a question
_DECLARE_ABSENT_SPOKEN = cues.plain(
    r"\bj(?:e)? (?:ne |n )?(?:viens|viendrai|vais venir|participe|participerai|assiste"
    r"|assisterai|siegerai) (?:pas|point|plus)\b"
    r"|\bj(?:e)? (?:ne |n )?y (?:serai|serais|suis|vais|vais aller|viendrai) (?:pas|point)\b"
    r"|\bj(?:e)? (?:ne |n )?(?:serai|serais|suis) (?:pas|point) (?:la|present\w*|dispo\w*"
    r"|disponible\w*|des votres?|de la partie)\b"
    r"|\bj(?:e)? (?:ne |n )?(?:pourrai|pourrais|peux|vais) (?:pas|point) (?:pouvoir )?(?:venir"
    r"|etre la|etre present\w*|assister|participer|sieger|y aller|y etre|me deplacer)\b"
)
# « je suis arrivé », « je suis arrivée en retard »: there, now (today's sitting, or none today)
_ARRIVED_NOW_SAID = (
    r"\bje suis (?:bien )?arrivee?\b(?! (?:hier|le \d|a (?!\d)|au |aux |dans |en ville))"
)
_ARRIVED_NOW = cues.plain(_ARRIVED_NOW_SAID)
# « je partirai avant la fin », « je dois partir à 19h », « je vais devoir filer plus tôt »:
# coming, leaving early (a presence, its departure told to the secretariat with it)
_LEAVING_STATED_SAID = (
    r"\bje (?:pars|partirai|partirais|repars|repartirai|quitte|quitterai|quitterais|filerai"
    r"|m absenterai|m eclipserai|m en irai"
    r"|(?:dois|devrai|devrais|vais|vais devoir|pense) (?:partir|quitter|m absenter|filer"
    r"|m eclipser|m en aller))\b"
    r"(?: (?:la seance|le bureau|le conseil)(?: du \d{1,2})?| un peu| sans doute)?"
    r" (?:avant la fin|plus tot|tot|en cours|avant|a \d|vers \d|au milieu|a partir d\w* \d|des \d"
    r"|a la pause|apres le premier point)"
    # « je serai présent le 18 jusqu'à 18h30 »: there, until then
    r"|\bje (?:serai (?:bien )?(?:la|presente?)|resterai)\b(?: \w+){0,3}? jusqu (?:a|vers) \d"
)
LEAVING_STATED = cues.plain(_LEAVING_STATED_SAID)
_DECLARE_PRESENT = cues.plain(
    r"\bje (?:suis|serais) (?:bien )?(?:present|presente|la)\b(?! (?:hier|le \d))|"
    + _ARRIVED_NOW_SAID
    + r"|\bje serai (?:bien |quand meme |finalement )?(?:present|presente|la)\b"
    r"|\bje (?:pourrai|peux|pourrais) (?:finalement |quand meme |bien )?(?:venir|etre la|y aller"
    r"|etre present|etre presente|y etre|assister|participer)\b"
    # (« je peux être présent et porter un pouvoir ? » asks whether both may be, declares none)
    r"(?! et (?:\w+ )?\w+(?:er|ir|re)\b)"
    r"|\bje viendrai\b|\bje (?:participerai|assisterai)\b"
    r"|\bje (?:vous )?confirme (?:ma|notre) (?:presence|venue|participation)\b"
    # « je viens jeudi 10 », « j'y serai », « je serai des vôtres » (not « je viens de voir »)
    r"|\bje viens\b(?! (?:de|d|vers|te|vous|voir|juste|seulement|aux nouvelles|pas|point)\b)"
    r"|\bj y serai\b|\bje serai des votres\b|\bje serai de la partie\b"
    # « je suis dispo le 18 », « je serai disponible jeudi »: free to come, so coming
    r"|\bje (?:suis|serai) (?:bien |finalement )?(?:dispo|disponible)\b(?![^?]*\?)"
    # « nous serons présents le 18 »: a couple of members, or the plural typed
    r"|\b(?:nous|on) (?:serons|sera) (?:bien )?(?:presents?|presentes?|la)\b(?![^?]*\?)"
    # « je serai à la séance du 18 », « je serai au bureau jeudi »; « je partirai avant la fin
    # du bureau du 18 »: there, leaving early (told to the secretariat with the presence)
    r"|\bje serai (?:bien )?(?:a la (?:seance|reunion)|au (?:bureau|conseil)|a l heure|a temps)\b"
    # « je serai retardé le 18 », « je serai un peu retardée »: there, late
    r"|\bje serai (?:un peu |legerement |sans doute |surement )?retardee?\b"
    r"|\bje ne (?:serai|pourrai etre|pourrai venir|viendrai|peux etre|pourrais etre)(?: la"
    r"| present\w*)? qu (?:a|vers|apres|en)\b" + "|" + _LEAVING_STATED_SAID
)
# « j'arrive dans dix minutes », « je suis en route », « j'arrive »: on the way, today (« j'arrive
# pas à … » is no arrival)
_ON_THE_WAY = cues.plain(
    r"\bj arrive\b(?! (?:pas|plus|jamais|a (?!\d)|au |aux )\b)|\bj arrive (?:a|au)\b(?= \d)"
    r"|\bje (?:suis|serai) (?:en route|en chemin)\b"
)


# « présent », « présente ! », « moi : absent », « excusée »: one's attendance in a word, nothing
# else (no day, no name, no question)
_LONE_DECLARED = cues.plain(
    # (« et finalement en retard », « en fait présente » after a declaration: a new one)
    r"^(?:(?:et|mais|bon|finalement|en fait|plutot|non) )*(?:moi |je serai |je suis )?"
    r"(?:(?P<present>present|presente|en retard)|absent|absente|excuse|excusee|empeche|empechee)"
    # (« en retard au bureau »: the body's coming sitting)
    r"(?: (?:au|pour le) (?:prochain )?(?:bureau|conseil))?$"
)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def lone_declaration(text: str) -> bool | None:
    """One's attendance said in a word (« présent », « excusée ») with nothing asked: True
    when there, False when away, None otherwise. The caller knows whether a sitting is to
    come (a declaration) or none is (the last roll call asked)."""
    if "?" in text:
        return None
    said = " ".join(re.sub(r"[\W_]+", " ", _without_courtesy(fold(text))).split())
    alone = _LONE_DECLARED.match(said)
    if alone is None:
        return None
    return alone.group("present") is not None


# The asker's own standing at a sitting, asked: « je suis déclaré comment ? », « je suis
# toujours noté présent pour le 18 ? » (`now`, what is recorded for the sittings to come);
# « étais-je là ? », « étais-je bien présente ? » (`then`, a sitting held)
_MY_STANDING = cues.plain(
    # (« si je suis en retard, je peux voter ? », « quand je serai absent … »: a case put)
    r"(?<!\bsi )(?<!\bquand )(?<!\blorsque )(?<!\bmeme si )"
    r"\b(?:(?P<now>je suis|suis je)|(?P<then>etais je|etions nous))"
    r"(?: (?:bien|toujours|encore|deja))*"
    r" (?:(?:declaree?|notee?|inscrite?|enregistree?|comptee?) comment"
    r"|(?:(?:declaree?|notee?|inscrite?|enregistree?|comptee?|considere|consideree) )?"
    r"(?:(?P<there>present|presente|la)|(?P<away>absent|absente|excuse|excusee)|en retard))\b"
)


_CASE_AROUND = cues.plain(
    r"\b(?:si|s il|quand|lorsque|lorsqu|pourrai|pourrais|peux|puis je|peut|dois|doit|faut"
    r"|voter|vote)\b"
)


_MAY_I_GIVE = cues.plain(
    r"\b(?:je (?:peux|pourrais|pourrai|peut)|puis je|pourrais je|pourrai je|est il possible de"
    r"|c est possible de|ai je le droit de|j ai le droit de)(?: \w+)?"
    r" (?:donner|confier|laisser|transmettre)\b"
)


def on_the_way(text: str) -> bool:
    """Whether a message says the asker is on the way to today's sitting (« j'arrive »)."""
    return bool(_ON_THE_WAY.search(" ".join(fold(text).replace("'", " ").split())))


def arrived_now(text: str) -> bool:
    """Whether a message says the asker has just arrived (« je suis arrivée »): today's
    sitting, never the next one."""
    return bool(_ARRIVED_NOW.search(" ".join(fold(text).replace("'", " ").split())))


def _attendance_stated(typed: str, text: str) -> bool:
    """The message states the asker's presence or absence, asking nothing (« j'ai reçu la
    convocation, je serai là le 17 », « je serai présent mais en retard »)."""
    return "?" not in typed and bool(
        _DECLARE_ABSENT.search(text)
        or _DECLARE_ABSENT_SPOKEN.search(text)
        or _DECLARE_PRESENT.search(text)
    )


# « est-ce que je serai là au bureau ? », « serai-je compté présent ? »: what one declared,
# asked; nothing is declared by a question
_ASKED_OF_MYSELF = cues.compile(
    r"\best ce (?:que|qu) (?:je|j) (?:y )?(?:serai|serais|viendrai|pourrai|suis)\b"
    r"|\b(?:serai|serais|viendrai|pourrai|suis) je\b"
    # « je suis excusé ? », « je suis bien noté absent ? »: whether it is recorded, asked
    r"|^\W*(?:et )?(?:moi )?je suis (?:bien |deja )?(?:note |enregistre |inscrit )?"
    r"(?:excuse|absent)\w*(?: (?:pour|a|au|le|la|jeudi|demain|ce|cette|du|de la) [\w ]{0,30})?\W*$"
    # « je suis présent au prochain bureau ? », « je serai là le 15 ? », « je viens jeudi ? »:
    # asked, never a presence written from a question
    r"|^\W*(?:et )?(?:moi )?(?:je (?:suis|serai|serais) (?:bien |deja )?(?:notee? |enregistree? "
    r"|inscrite? |comptee? )?(?:comme )?(?:present\w*|la)|je (?:viens|viendrai))"
    r"(?: (?:pour|a|au|le|la|lundi|mardi|mercredi|jeudi|vendredi|demain|ce|cette|du|de la)"
    r" [\w ]{0,30})?\W*$"
)
# « je dois prévenir quelqu'un si je suis absent ? »: a case put, asked; nothing is declared
_IF_I = cues.plain(r"\b(?:si|quand|au cas ou|dans le cas ou|lorsque) (?:je|j)\b")
# « présent le 10 », « absente jeudi », « moi excusé au prochain bureau »: one word of one's own
# attendance (singular: « absents le 10 » asks who) and a time to come, stated, not asked
_TERSE_DECLARED = cues.plain(
    # (« le 18, présent », « pour le 18 juillet : excusé »: the day said first)
    r"^\W*(?:(?:pour )?(?:le )?(?:\d{1,2}|1er)(?: [a-z]+)?\W+)?(?:mais\W+)?"
    r"(?:moi |je serai |je suis )?"
    r"(?:(?P<present>present|presente|en retard|retard)|absent|absente|excuse|excusee|empechee?"
    r"|empechement)\b"
    # « absents le 18, en retard »: the plural typed, read as one's own for the lateness said
    r"|^\W*(?:(?P<several>presents|presentes)|absents|absentes)\b(?=.*\ben retard\b)"
)
# « en retard » said in a terse declaration, wherever it stands
_LATE_TERSE = cues.plain(rf"\b(?:{attendance_words.LATE})\b")
_OF_THE_PAST = cues.plain(
    r"\b(?:passee?s?|anciens?|anciennes?|precedente?s?|d avant|historique|deja|autrefois"
    r"|eu|eus|eue|eues|recu|recus|donne|donnes)\b"
)
# « c'est bien enregistré ? », « c'est noté alors ? », « ça a été pris en compte ? », « ça a
# marché ? », « tout est ok ? »: whether what the asker just did is recorded, nothing named
_RECORDED_ALONE = cues.plain(
    r"^(?:(?:et|alors|donc|du coup|bon|ok|parfait|merci|super|c est bon|c est ok)\W+)*"
    r"(?:est ce que |est ce qu )?(?:c est|c|ca a ete|ca a|ca est|c a ete|tout est|vous avez|tu as"
    r"|t as|vous l avez|tu l as|c est (?:tout )?)?\W*(?:(?:bien|bon|tout|deja|correctement)\W+)*"
    # (« ça a bien été noté ? », the participle after the adverb)
    r"(?:(?:ete|etait|ete bien) )?"
    r"(?:enregistree?s?|notee?s?|pris en compte|prise en compte|marche|fonctionne"
    r"|confirmee?s?|actee?s?)"
    r"(?:\W+(?:alors|du coup|pour moi|de mon cote|maintenant|ou pas|c est bon|la|bien))*$"
    # « et moi, je suis noté comment ? », « je suis enregistré comment ? »
    r"|^(?:et )?(?:moi )?je suis (?:bien )?(?:note|notee|enregistree?|inscrite?) comment$"
    # « c'est bon, il l'a bien ? », « elle l'a bien reçu ? » right after a proxy given
    r"|^(?:(?:c est bon|ok|alors|donc|et)\W+)*(?:il|elle) l a(?: bien)?(?: (?:recu|eu))?$"
)
# « je ne donne pas pouvoir à Degraix », « je ne veux pas lui donner ma procuration », « je n'ai
# jamais donné pouvoir à Laget », « surtout pas de pouvoir à Bony »: no proxy given, and none
# to offer (each was offered as « Vous donnez pouvoir à … Confirmez-vous ? »). « je ne donne
# plus pouvoir à » withdraws one (`_DROPPED`); « … pas à Degraix mais à Laget » still gives.
_GIVING_REFUSED = cues.plain(
    r"\bne (?:lui |leur )?(?:donne|confie|laisse|delegue|transmet)\w* (?:pas|jamais|point)\b"
    r"|\b(?:je |j )(?:ne |n )?(?:veu|voudr|souhait|compt|vais|peu|doi|desir)\w*"
    r" (?:pas|jamais|point) (?:lui |leur )?(?:donner|confier|laisser|deleguer|transmettre)\b"
    r"|\b(?:je |j )(?:n )?(?:ai|avais) (?:pas|jamais|point) (?:donne|confie|transmis|delegue)\b"
    r"|\b(?:pas de|pas d|jamais de|aucun|aucune) (?:pouvoir|procuration|procu)s? (?:a|au|pour)\b"
    # (the opener « je veux » already read away: « pas lui donner mon pouvoir »)
    r"|\b(?:pas|jamais) (?:lui |leur )?(?:donner|confier|laisser|deleguer|transmettre)"
    r" (?:de |d |mon |ma |le |la )?(?:pouvoir|procuration|procu)\b"
)
# « je n'annule pas mon pouvoir », « surtout ne retire pas ma procuration », « je veux pas la
# reprendre »: the proxy kept (each was withdrawn, its holder told)
_KEPT_SAID = cues.plain(
    r"\b(?:ne|n) (?:l |le |la |lui )?(?:annul|retir|revoq|repren|supprim)\w*"
    r" (?:surtout |donc |bien )?(?:pas|jamais|point)\b"
    r"|\b(?:pas|jamais) (?:l |le |la )?(?:annuler|retirer|revoquer|reprendre|supprimer)\b"
)
# « je ne serai pas absent jeudi », « je ne sais pas si je viendrai », « je sais pas encore si
# je serai là »: no absence, and no presence either (the first recorded an absence, the second
# a presence)
_NOT_DECLARED = cues.plain(
    r"\b(?:ne|n) (?:serai|serais|seras|sera|vais|compte|pense)\w* (?:pas|point|jamais)"
    r" (?:etre )?(?:absent|absente|excuse|excusee)\b"
    r"|\b(?:sais|savons|sait) (?:pas|point|rien|encore|toujours pas|pas encore|pas trop) ?"
    r"(?:encore )?(?:si|quand) (?:je|j|on)\b"
    r"|\b(?:ignore|incertain|incertaine|pas sur|pas sure) (?:encore )?(?:si|de) "
)
_MY_PROXIES = cues.plain(
    r"\bmes (?:(?:anciens|anciennes|precedents|precedentes) )?(?:pouvoirs|procurations|procus?)\b"
)
_HELP = cues.plain(
    r"^(?:aide|help|menu|que sais tu faire|que peux tu faire|tu sers a quoi|a quoi tu sers"
    r"|qu est ce que tu sais faire|comment (?:ca|tu) marche\w*|commandes?)$"
)
# « somme des actions de l'axe 3 », « la plus grosse subvention », « moyenne par action »: how
# funded actions' amounts are summed up or ranked, never words an action's text should hold
SUMMING_WORD = cues.plain(
    r"^(?:somme|sommes|total|totale|totaux|cumul\w*|moyenne|moyen|global\w*|montants?|gros|grosses?"
    r"|grands?|grandes?|petits?|petites?|eleve\w*|important\w*|faible|modeste|maxi\w*|mini\w*|max|min"
    r"|accorde\w*|alloue\w*|attribue\w*|verse\w*|recu|touche"
    # « la participation de la Métropole », « sa contribution »: the Métropole's money
    r"|participations?|contributions?|apports?|financiere?s?)$"
)
_ANYONE = frozenset(_words("personne aucun aucune quelqu quelquun nul nulle quiconque"))
_NONE_SAID = frozenset(
    (Asked.RECORD, Asked.PRESENCE, Asked.ABSENCE, Asked.PROXY, Asked.MY_PROXIES)
)
_COMBIEN_POUR = cues.plain(
    r"\bcombien (?:c est |c etait |ca fait |ca faisait )?(?:au total |en tout )?"
    r"(?:pour|met|verse|donne|apporte|finance|touche)\b"
    # « total pour la Région ? », « la somme versée à AESIO »: what funded actions add up to
    r"|\b(?:total|somme|montant total|montant global)\s+(?:pour|versee?s?|accordee?s?|allouee?s?"
    r"|attribuee?s?|a|au|aux)\b"
    # « la participation de la Métropole pour les médiatrices », « la contribution de l'État »
    r"|\b(?:participation|contribution|apport|part)s? (?:financiere?s? )?(?:de|du|d)"
    r" (?:la metropole|l etat|la region|le departement|l europe)\b"
)
# « le montant voté pour AESIO », « on a voté combien pour les médiatrices ? »: the money
# granted, never the votes « pour »
_AMOUNT_VOTED = cues.plain(
    r"\bmontants? (?:qui )?(?:a |ont |est |sont )?(?:ete |etait |etaient )?"
    r"(?:vote|votes|votee|votees|accorde\w*|attribue\w*|alloue\w*|approuve\w*)\b"
    r"|\b(?:vote|votee|votes|votees|accorde|accordee|attribue|attribuee|alloue|allouee)"
    r" combien (?:pour|a|au|aux|en faveur)\b"
)
# « combien a été versé à la commune de X ? », « combien a reçu AESIO ? »: money received, read
# before « été » makes a count of presents or « reçu » a convocation's receipts
_SUM_RECEIVED = cues.plain(
    r"\bcombien (?:au total |en tout )?(?:a|ont) (?:(?:ete|etait) (?:verse|donne|alloue|attribue"
    r"|accorde)e?s?|(?:recu|percu|obtenu|touche)"
    r"(?= (?!(?:la |le |l |les |sa |leur )?(?:convoc|invitation))\w)"
    # « combien a eu le Secours populaire ? » (never « combien a eu de voix »)
    r"|eu(?= (?:la |le |l |les )?[a-z])(?! (?:de|d|des|du|pour|contre)\b)"
    r"(?!.*\b(?:pouvoirs?|procurations?|voix|votes?|absences?|presences?|abstentions?)\b))"
    # « combien la métropole a donné aux Restos du Cœur ? »: money given, not a member
    r"|\bcombien (?:la metropole|saint etienne metropole|on|nous) (?:a|avons|ont|leur a)"
    r" (?:donne|verse|attribue|accorde|alloue|octroye)\b"
)
_IN_THE_LIST = cues.plain(
    r"^(?:dont(?! combien)|y compris|notamment|entre autres|parmi (?:eux|elles|ceux ci|celles ci"
    r"|ceux la|celles la))\b"
)
_FOLLOW_UP = cues.compile(
    # « avec un pouvoir ? », « sans procuration ? »: the last question, narrowed
    r"^(?:et|mais|puis|aussi|ensuite|avec|sans)\b|\b(?:et|aussi) \?$"
    # « pareil pour le conseil », « même question pour Berger », « idem le 4 juillet », « la
    # même pour Berger », « même topo en 2022 », « same pour Tardy »
    r"|\b(?:pareil|pareille|idem|meme (?:question|chose|demande|topo|truc)|de meme|itou|same)\b"
    r"|^(?:la|le) meme\b(?= (?:pour|avec|en|au|le|a)\b|\W*$)"
    # « dont Perdriau ? », « y compris Berger ? », « parmi eux, Tardy ? » after a list or a
    # count: the member named, of that list (never « dont combien … », a count narrowed)
    r"|" + _IN_THE_LIST.pattern
)
_SAME_AGAIN = cues.plain(
    r"(?:\b(?:pareil|pareille|idem|meme (?:question|chose|demande|topo|truc)|de meme|itou|same)\b"
    r"|^(?:la|le) meme\b(?= (?:pour|avec|en|au|le|a)\b|\W*$))(?: (?:pour|avec))?"
)
# Said alone, these ask for more of the last answer: « lesquels ? », « qui ça ? », « les noms ».
_MORE_OF_IT = cues.plain(
    r"^(?:(?:et |mais )?(?:lesquels|lesquelles|lequel|laquelle|qui ca|qui donc|c est qui"
    r"|c etait qui|ils sont qui|(?:les|leurs) noms|la liste|le detail|les details|en detail"
    r"|plus de details?|precisement|lesquels exactement|lesquelles exactement|qui exactement"
    r"|a savoir|c est a dire|par exemple|notamment|ah bon|vraiment|sur quoi|pourquoi"
    # « c'était quelle séance ? », « c'était quand ? »: the sitting of what was just shown
    r"|c (?:etait|est) (?:(?:en|a|dans|lors de) )?(?:quelle seance|quand|quel jour|ou"
    r"|quelle date)"
    r"|(?:a |lors de )?quelle seance|ca date de quand|vote(?:e)? quand"
    # « combien ? » after a list: how many of them
    r"|combien|(?:il )?y en a(?: avait)? combien|ca fait combien|combien en tout|au total"
    r"|en tout|combien au total))"
    r"(?: (?:donc|alors|exactement|svp|stp|merci))?\W*$"
)
# « qui étaient-ils ? », « c'étaient qui ces gens ? », « tu peux me donner leurs noms ? »,
# « ki ? »: a word asking who (or the names, the list) and nothing else but pronouns, « être »
# and courtesy asks the names behind the last answer (a count: those counted), whatever the
# order of the words
_WHO_WORDS = frozenset(
    _words(
        "qui ki lesquels lesquelles lesquel noms nom liste listes detail lister enumerer citer "
        "cite nommer nomme detailler detaille"
    )
)
# « qui les portait ? », « qui les a donnés ? », « qui en avait ? »: the ones counted, said
# « les » / « en », had, carried or given
_HAVING_THEM = frozenset(
    _words(
        "avait avaient portait portaient porte portes a ont eu eus donne donnes donnees recu "
        "recus tenait tenaient detenait detenaient"
    )
)
_AROUND_WHO = frozenset(
    _words(
        "et mais alors donc ok ah euh bon du coup au juste exactement precisement deja "
        "c ce ca cela ceci est etait etaient sont serait seraient etaient t il ils elle elles eux "
        "ces ceux celles gens personnes membres elus elues les leurs leur des du en "
        "me moi m nous peux pouvez pourrais pourriez tu vous donner donne donnez dire dis dites "
        "avoir voir svp stp merci please sil plait vous plait te complete entiere tous toutes"
    )
)


# « ils s'appellent comment ? », « comment elles s'appelaient ? »: their names
_CALLED = cues.plain(r"\b(?:comment )?(?:(?:ils|elles) )?s appel(?:lent|aient)\b(?: comment\b)?")


def _names_asked_alone(folded: str) -> bool:
    # (« la liste », « le détail »: their article; never « qui était là ? », « à qui ? »)
    folded = _CALLED.sub(" noms ", folded) if "appel" in folded else folded
    said = set(re.sub(r"\b(?:la|le) (?=liste|detail)|[^\w ]", " ", folded).split())
    if said & _HAVING_THEM and said & {"les", "en"}:
        said -= _HAVING_THEM
    return bool(said & _WHO_WORDS) and said <= _WHO_WORDS | _AROUND_WHO


# A time (« 17 h », « 17h30 »), a lone letter or a short number is never a topic; a year is.
_NOT_A_TOPIC = cues.plain(r"^(?:.|\W+|\d{1,3}|\d{1,2}h\d{0,2}|heures?|min)$")
# The words that ask whether something exists or is known, by their kind, and name no topic
# (« t'aurais un truc concernant le crématorium ? », « vous auriez qqch au sujet du
# gérontopôle ? », « existe-t-il une délib en rapport avec la biennale ? », « j'aimerais des
# infos sur l'OPAH », « j'ai besoin de la délib sur … »): « avoir » and « exister » in any
# tense, a wish or an ability in the conditional, a need or a wish said, « disposer »,
# « savoir » (« quelqu'un sait s'il y a eu … ») and « connaître », and the placeholders for the
# thing asked.
_ASKING_FILLER = cues.plain(
    r"^(?:av(?:ais|ait|ions|iez|aient)|aur(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)"
    r"|aie|aies|ayez|ayons|exist(?:e|es|ent|ait|aient|era|erait|eraient)"
    r"|(?:aimer|souhaiter|voudr|pourr|saur|desirer)(?:ais|ait|ions|iez|aient)"
    r"|dispos(?:e|es|ez|ons|ent)|connai(?:s|t)|connaissez|besoin|envie|souhaite|souhaitez"
    r"|souhaitons|sait|savez|savent|savons|saviez|savait|savais"
    r"|qqch|qqc|qqchose|quelquechose|quelque|infos?|renseignements?)$"
)
# What ties the thing asked to its topic, said in two words: « en rapport avec », « par
# rapport aux », « lié à », « liées aux » (« rapport » alone is a title's word: « Rapport de
# développement durable »).
_TIED_TO = {"rapport": ("en", "par"), "lie": (), "lies": (), "liee": (), "liees": ()}
_TIED_BEFORE = frozenset(("a", "au", "aux", "avec"))


# A thing asked for without saying which (« un document relatif au SCoT », « des docs sur
# le gérontopôle », « un truc sur les déchets », « quelque chose sur … »): an indefinite
# article before a noun of papers or a placeholder, no topic (« le document d'urbanisme »
# names one; « la procuration de machin truc » names someone the answer says nobody is)
_PAPERS = frozenset(
    """
    document documents doc docs fichier fichiers piece pieces truc trucs machin machins bidule
    bidules chose choses
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_ON_A_TOPIC = frozenset(
    "sur concernant relatif relatifs relative relatives traitant parlant".split()  # noqa: SIM905
)
_ON_A_TOPIC_PAIRS = frozenset((("a", "propos"), ("au", "sujet"), ("en", "rapport")))
# (« 1 doc », « 1 truc »: the article as texted)
_INDEFINITE = frozenset(("un", "une", "1", "des", "quelques", "du", "d", "quelque", "autre"))


# « qui a signalé son absence ? », « qui s'est fait excuser ? », « qui n'a pas daigné
# venir ? », « qui annonce sa venue ? »: the word a subject and avoir (or « s'est ») put before
# it is a verb, as is the one between « qui » and a possessive; never a member's name, which
# comes as the subject or after the verb (« qui a remplacé Bonnet ? »)
_VERB_SUBJECTS = frozenset(_words("qui il elle ils elles on j je tu vous nous ca"))
_VERB_AUXILIARIES = frozenset(
    _words("a ai as avons avez ont avait avaient avais aura auront aurait")
)
_VERB_REFLEXIVE = frozenset(_words("est sont etait etaient suis"))
# (never « qui est … ? », which asks who someone is)
_VERB_BEING = frozenset(_words("suis es est sommes etes sont serai sera seront etais etait"))
_VERB_PERSONS = frozenset(_words("je j il elle on tu vous nous ils elles"))
_VERB_ADVERBS = frozenset(_words("pas deja bien encore aussi meme jamais plus toujours point"))
_VERB_POSSESSIVES = frozenset(_words("son sa ses leur leurs"))


def _verb_at(tokens: Sequence[str], index: int) -> bool:
    """Whether the word at `index` stands where a verb stands (see above)."""
    if index == 1 and tokens[0] == "qui" and tokens[2:3] and tokens[2] in _VERB_POSSESSIVES:
        return True
    before = index - 1
    while before >= 0 and tokens[before] in _VERB_ADVERBS:
        before -= 1
    if before < 1:
        return False
    if tokens[before] in _VERB_REFLEXIVE and tokens[before - 1] in ("s", "se", "m", "me"):
        before -= 1
    elif tokens[before] in _VERB_BEING and tokens[before - 1] in _VERB_PERSONS:
        return True  # « je suis compté présent ? », « il était noté absent ? »
    elif tokens[before] not in _VERB_AUXILIARIES:
        return False
    subject = before - 1
    if tokens[subject] == "n" and subject > 0:
        subject -= 1
    return tokens[subject] in _VERB_SUBJECTS


# A reason to be away said of someone (« qui était malade le 4 juillet ? », « Bouchet était
# en vacances ? », « les élus empêchés jeudi »): the absent asked, whose reasons no document
# gives (said so first)
AWAY_WORDS = frozenset(
    _words(
        "malade malades maladie vacances conge conges deplacement empeche empechee empeches "
        "empechees indisponible indisponibles souffrant souffrante souffrants hospitalise "
        "hospitalisee"
    )
)
_AWAY_SAID = cues.plain(
    r"\b(?:etait|etaient|est|sont|sera|seront|etais|suis|serai|etes|etiez|elus?|membres?"
    r"|conseill\w*|collegues?)(?: (?:il|elle|ils|elles|tous|deja|bien|pas))?"
    r" (?:en (?:vacances|conge|conges|deplacement|arret maladie)|malades?|empeche\w*"
    r"|indisponibles?|souffrant\w*|hospitalise\w*)\b"
)


# Being away or there said in idioms: « qui a fait faux bond ? », « qui s'est fait porter
# pâle ? », « qui a zappé le bureau ? », « qui a pointé le 4 juillet ? »
_ATTENDANCE_IDIOMS = cues.plain(
    r"\b(?:(?P<absent>(?:fait|faire|fais|font|faisait|faisaient) faux bond|faux bond"
    r"|(?:fait |faite |faits )?porter pale|portee? pale|pose\w* un lapin|zapp\w*|snobe\w*"
    r"|boude|boudee|boudes|boudait|boudaient|desiste\w*|decommande\w*)"
    r"|(?P<present>pointe|pointee|pointes|pointait|pointaient|repondu present\w*))\b"
)


def _attendance_idioms(folded: str) -> dict[str, str]:
    """The words of the attendance idioms of a folded sentence, each with its concept."""
    return {
        word: "absent" if idiom.group("absent") else "present"
        for idiom in _ATTENDANCE_IDIOMS.finditer(folded)
        for word in idiom.group().split()
    }


def away_for_a_reason(folded: str) -> bool:
    """Whether a folded sentence says someone was away for a reason (see above)."""
    return bool(_AWAY_SAID.search(folded))


def _tied_to_topic(tokens: list[str], index: int) -> bool:
    """Whether the token at that index only ties the thing asked to its topic, or stands for
    a thing asked without saying which."""
    token = tokens[index]
    if token in _PAPERS:
        # « le document sur le SCoT », « les pièces concernant le PLH »: a paper on a topic
        next_two = tuple(tokens[index + 1 : index + 3])
        on_a_topic = bool(next_two) and (
            next_two[0] in _ON_A_TOPIC or next_two in _ON_A_TOPIC_PAIRS
        )
        return bool(index and tokens[index - 1] in _INDEFINITE) or on_a_topic
    if token not in _TIED_TO:
        return False
    before = _TIED_TO[token]
    after = tokens[index + 1 : index + 2]
    said_before = tokens[index - 1] if index else ""
    return bool(after) and after[0] in _TIED_BEFORE and (not before or said_before in before)


# Text-message spellings of the small words a question turns on.
_SHORTHAND = {
    "ki": "qui", "koi": "quoi", "cb": "combien", "cmb": "combien", "cbien": "combien",
    "kel": "quel", "kelle": "quelle", "kels": "quels", "kan": "quand", "qd": "quand",
    "pr": "pour", "ds": "dans", "jai": "j ai", "ete": "etait", "etais": "etais", "tt": "tout",
    "delib": "deliberation", "delibs": "deliberations", "conseil": "conseil", "bur": "bureau",
    "pvr": "pouvoir", "pvrs": "pouvoirs", "pvoir": "pouvoir", "proc": "procuration",
    "abst": "abstentions", "abs": "absents", "prst": "presents",
    "subv": "subvention", "subvs": "subventions", "subs": "subventions", "convoc": "convocation",
    "convocs": "convocations", "financt": "financement",
    "qq1": "quelqu un", "qqn": "quelqu un", "kelkun": "quelqu un", "qqun": "quelqu un",
    "qurom": "quorum", "quorom": "quorum", "corum": "quorum", "korum": "quorum",
    "quorun": "quorum", "qorum": "quorum",
    # SMS spellings: « ki était là o bureau ? », « kand é le prochain conseil ? »
    "o": "au", "ac": "avec", "avc": "avec", "bcp": "beaucoup", "kand": "quand", "cmt": "comment",
    "koment": "comment", "komment": "comment", "pourkoi": "pourquoi", "pq": "pourquoi",
    "ke": "que", "kil": "qu il", "tjrs": "toujours", "tjs": "toujours", "pdt": "pendant",
    "dc": "donc", "kom": "comme", "kombien": "combien", "komben": "combien", "lordre": "l ordre",
}  # fmt: skip
_THANKS = cues.plain(r"\bmerci\b|\bremercie\b|\bthanks?\b|\bthx\b")
_THANKED_FOR = frozenset(
    _words("tout info infos reponse reponses aide retour rapidite precisions renseignement")
)
_BYE = cues.plain(
    r"\b(?:au revoir|a bientot|a plus|a\+|a demain|bonne (?:journee|soiree|nuit|fin de journee"
    r"|semaine|week end)|ciao|bye|salut a vous|adieu"
    # a letter's closing formula: « Veuillez agréer mes salutations distinguées »
    r"|agreer|(?:mes|nos) (?:sinceres |meilleures |respectueuses )?salutations)\b"
)
_ACK = cues.plain(
    r"^(?:ok|okay|d accord|entendu|parfait|super|genial|nickel|cool|top|tres bien|bien recu"
    r"|c est note|compris|ca marche|impeccable|bravo|excellent|oui|non|ah|ah ok|d acc|dac)\W*$"
)
# « salut, ça va ? »: small talk, answered in a line (« bonjour » alone gets the menu).
_OOPS = cues.plain(r"\b(?:trompee?|erreur|oubliez|tomber|pas grave)\b")
# « tu peux m'aider ? », « comment ça marche ? », « je suis perdu »: the menu.
_HELP_ME = cues.plain(
    r"\b(?:m aider|nous aider|aidez moi|aide moi|comment ca marche|comment (?:ca|tu|vous)"
    r" fonctionne\w*|je suis perdue?|que (?:peux|sais) tu faire|que pouvez vous faire"
    r"|mode d emploi|tutoriel|je (?:ne )?comprends (?:rien|pas)|j y comprends rien"
    r"|je n y comprends rien"
    # « tu fais quoi ? », « comment on s'en sert ? », « c'est quoi les commandes ? »
    r"|tu fais quoi|que fais tu|qu est ce que tu fais|tu (?:peux|sais) faire quoi"
    r"|comment (?:on|je|j) (?:s en|m en|te|vous|l) (?:sert|servir|utilise|utiliser)"
    r"|comment (?:t|vous|l) utiliser|c est quoi les commandes|quelles? (?:sont les )?commandes"
    r"|liste des commandes|tu (?:connais|sais) quoi|qu est ce que tu (?:connais|sais))\b"
)
# « je peux te poser des questions sur les délibérations ? »: whether, and how, one may ask
_MAY_I_ASK_ABOUT = cues.plain(
    r"^(?:est ce que )?(?:je peux|puis je|on peut|peut on|je pourrais) (?:te|vous) (?:poser des"
    r" questions|poser une question|demander|interroger) (?:sur|a propos|au sujet|concernant)\b"
    # « tu connais quels documents ? », « quelles données as-tu ? »: what the assistant holds
    r"|\b(?:tu|vous) (?:connais|connaissez|as|avez) quel\w* (?:documents|infos|informations"
    r"|donnees)\b|\bquel\w* (?:documents|infos|informations|donnees) (?:tu|vous|as tu|avez vous)"
    r"(?: (?:connais|connaissez|as|avez))?\b"
)
# « puis-je vous poser une question ? », « je peux te demander un truc ? »: leave to ask, the
# whole message (the courtesy readers take its words away, and left « je vous poser »)
_LEAVE_TO_ASK = cues.plain(
    r"^(?:(?:bonjour|bonsoir|salut|excusez moi|pardon)\W+)?(?:est ce que )?"
    r"(?:je peux|puis je|pourrais je|je pourrais|j peux|on peut) (?:vous|te) (?:poser|demander)"
    r"(?: (?:une|un|des|deux|quelques|plusieurs) \w+| quelque chose)?(?: (?:svp|stp))?\W*$"
)
_LINK = cues.plain(r"^\s*(?:https?://|www\.)\S+\s*$")
_HOW_ARE_YOU = cues.plain(r"\b(?:ca va|allez vous|vous allez bien|tu vas bien|la forme)\b")
_ABOUT_THE_BOT = cues.plain(
    r"\b(?:tu es|t es|es tu|etes vous|vous etes)(?: un| une| le| la)? (?:robot|bot|chatbot|ia"
    r"|humain|humaine|machine|programme|personne|vrai|vraie|qui|quoi|chatgpt"
    r"|intelligence artificielle)\b"
    r"|\bqui (?:es tu|etes vous)\b|\bt es qui\b|\b(?:tu t|vous vous) appel\w*\b"
    r"|\bc est quoi ce (?:bot|robot|truc)\b|\bchat ?gpt\b"
)
# « Berger a-t-elle voté ? », « Bouchet a participé au vote ? », « Rivat a pu voter ? »: a
# member's taking part in the vote, not a deliberation's figures (« a été voté » is those).
# « le conseil de janvier a-t-il voté sur le SIEL ? », « est-ce que le bureau du 4 juillet a
# voté … ? »: the body opens the sentence, it is the subject of « voter » (its acts), whatever
# stands between (TOOK_PART reads a member who took part in a vote)
_BODY_SUBJECT = cues.plain(
    r"^\W*(?:(?:et|alors|donc|bonjour|dis moi|dites moi|est ce que|est ce qu) )*"
    r"(?:le|la|l) ?(?:conseil|bureau|assemblee|metropole)\b"
)
TOOK_PART = cues.compile(
    r"\b(?:pris|prendre|prend|prenait) part\b"
    # not « on a voté le budget ? », « avons-nous voté… », « le conseil a voté la DSP ? »: that
    # asks about the deliberation
    r"|(?<!\bon )(?<!\bnous )(?<!\bvous )(?<!\bconseil )(?<!\bbureau )(?<!\bassemblee )"
    r"(?<!\bmetropole )"
    r"\b(?:a|ai|as|ont|avez|avaient|avait|aurait)(?: t)?(?: (?:il|elle|ils|elles|je|tu"
    r"|vous|nous))?(?: (?:bien|pu|deja|pas|elle|il))? (?:vote|voter|votee)\b"
    # (« des élus ont voté contre ? »: a side of the vote, the act's figures; « qu'a voté le
    # conseil ? »: the body's acts)
    r"(?! (?:pour|contre|en faveur|favorablement|defavorablement)\b)"
    r"(?! (?:le|la|l) ?(?:conseil|bureau|assemblee|metropole)\b)"
    r"|\bparticip\w* (?:au|aux|a la|a l) (?:vote|votes|scrutin|scrutins|deliberation)\b"
    r"|\b(?:pu|pouvait|pouvaient|peut|pourra) voter\b"
)
# « y avait-il assez de monde pour délibérer ? »: the quorum in other words.
_ENOUGH = cues.plain(
    r"\b(?:assez|suffisamment) (?:de |d )?(?:monde|membres|elus|presents|gens|conseillers)\b"
    # « on sera assez nombreux jeudi ? », « en nombre suffisant ? »
    r"|\b(?:assez|suffisamment|trop peu) nombreu(?:x|se|ses)\b|\ben nombre suffisant\b"
    r"|\bmanqu\w* (?:de )?(?:monde|membres|elus|presents|gens)\b"
    r"|\b(?:pouv\w*|peut)(?: t)?(?: il| elle)? (?:valablement )?deliberer\b|\bvalablement\b"
    # « combien il fallait ? », « il en fallait combien ? »: the present the quorum requires
    r"|\bcombien (?:il |d elus |de presents |de membres )?(?:en )?"
    r"(?:fallait|faut|faudrait|fallu)\b"
    r"|\bil (?:en )?(?:fallait|faut|faudrait) combien\b(?! (?:de|d) (?:pouvoirs|voix|jours))"
)
# « c'était valable ? », « la séance était régulière ? », « le bureau a siégé légalement ? »:
# whether a sitting could decide is its quorum (never of a proxy or an act: « mon pouvoir est
# valable ? », « la délibération est légale ? » ask something else).
_VALID = cues.plain(
    r"\b(?:valables?|valides?|validee?s?|regulier(?:e|s|es)?|regulierement|legale?s?|legalement"
    r"|dans les regles|conformes?)\b"
)
_VALID_WORDS = frozenset(
    _words(
        "valable valables valide valides validee validees regulier reguliere regulieres "
        "regulierement legal legale legales legalement regles conforme conformes"
    )
)
# « n'était pas là », « ne sont pas venus », « n'a jamais manqué »
_NEGATION = cues.plain(
    r"\bne? (?:(?:y|en|l) )?(?:etai\w*|est|etaient|sont|etiez|avai\w*|a|ont|as|avez|sera\w*"
    r"|vien\w*|venai\w*|assist\w*|particip\w*|siege\w*)(?: (?:t )?(?:il|elle|ils|elles))?"
    r" (?:pas|point|jamais)\b"
    # the « ne » dropped, as members type: « qui était pas là ? », « ils sont pas venus »,
    # « combien venaient pas ? » (only of being there: « c'est pas Berger ? » asks no absence)
    r"|\b(?:etai\w*|est|etaient|sont|etiez|ont|a|as|avez|sera\w*|etre)(?: (?:t )?(?:il|elle|ils"
    r"|elles))? (?:pas|jamais) (?:ete )?(?:la|venue?s?|presente?s?)\b"
    r"|\b(?:vien\w*|venai\w*|assist\w*|particip\w*|siege\w*) (?:pas|jamais)\b"
    r"|\b(?:pas|jamais) (?:etre|avoir ete) (?:la|venue?s?|presente?s?)\b"  # « être pas venus »
)
# (« pas adoptées à l'unanimité » are adopted: not unanimous, never rejected)
_NOT_ADOPTED = cues.plain(
    r"(?:\b(?:non|pas|jamais)(?: (?:ete|ete))? (?:adopte\w*|vote\w*|approuve\w*|passe\w*)\b"
    r"|\bn (?:a|ont|avai\w*)(?: pas| jamais)(?: ete)? (?:adopte\w*|approuve\w*|passe\w*)\b)"
    r"(?! (?:a l |a |en )?unanim)"
    r"|\brefuse\w*\b|\brecale\w*\b"
)
# The unexcused said without « excusé »: « sans prévenir », « sans s'excuser », « sans donner de
# nouvelles », « qui n'a pas prévenu ? », « absences injustifiées » (left out of the
# words: _UNEXCUSED narrows on the whole text)
_UNEXCUSED_OTHERWISE = cues.plain(
    r"\bsans (?:justificatif|s excuse\w*|(?:avoir )?(?:prevenir|prevenu\w*|averti\w*"
    r"|donner (?:de |d )?(?:nouvelles?|excuse|motif|raison)))\b"
    r"|\b(?:pas|jamais) (?:ete )?(?:prevenu\w*|averti\w*)\b|\binjustifie\w*\b"
)
UNEXCUSED = _UNEXCUSED = cues.plain(
    _UNEXCUSED_OTHERWISE.pattern + r"|"
    r"\b(?:non|pas|sans|jamais)(?: (?:ete|etait|etaient|ete))? (?:excuse\w*|justifie\w*)\b"
    r"|\bsans (?:excuse|justification|motif|raison|s etre excuse\w*)\b"
    r"|\bn (?:etai\w*|ont|a|avai\w*|se sont|s etai\w*)(?: pas| jamais)(?: ete)? (?:excuse\w*"
    r"|justifie\w*)\b"
    # « les absents sauf les excusés », « hors excusés »: those left are the unexcused
    r"|\b(?:hors|sauf|excepte|a part|en dehors des?|sans compter)(?: les| des| ceux)? excuse\w*\b"
)
_LEFT_OUT = cues.plain(
    r"\b(?:hors|sans|sauf|excepte|en dehors des?|sans compter|non compris|a part)"
    r"(?: (?:les|des|ceux|celles|eux))?(?: qui (?:ont|avaient|avait|a) (?:donne|confie|laisse)"
    r"(?: (?:un|une|leur|leurs|son|sa|des))?)?"
    r" (?:pouvoirs?|procurations?|procus?|represente\w*|mandants?)\b"
)
_PROXIES_ADDED = cues.plain(
    r"\b(?:en comptant|y compris|avec|plus|en ajoutant|en incluant|inclus) (?:les |leurs )?"
    r"(?:procurations?|pouvoirs?|procus?|representes|mandats?)\b"
)
# A count, and in the same sentence the names counted: « … et lesquels ? », « … et par qui ? »,
# « … et à qui ? », « … et qui les portait ? », « avec les noms »
_AND_WHICH = cues.plain(
    r"\b(?:et|avec) (?:lesquel\w*|qui\b|par qui|pour qui|de qui|a qui"
    r"|les(?:quels)? noms|leurs noms"
    r"|la liste|le detail|c est qui|c etait qui|ils s appellent)"
)
_NAMES_OF_THE_COUNTED = {
    About.PRESENT: Asked.PRESENCE,
    About.ABSENT: Asked.ABSENCE,
    About.EXCUSED: Asked.ABSENCE,
    About.UNEXCUSED: Asked.ABSENCE,
    About.UNREPRESENTED: Asked.ABSENCE,
    About.PROXIES: Asked.PROXY,
}
# « qui n'est pas venu », « pas là », « n'étaient pas présents »: the absent, said by a negation
_NOT_THERE = cues.plain(r"\b(?:pas|jamais) (?:ete )?(?:venue?s?|la|presente?s?|passee?s?)\b")
_UNREPRESENTED = cues.plain(
    _LEFT_OUT.pattern + r"|"
    r"\b(?:non|pas|sans|aucun) (?:represente\w*|pouvoirs?|procurations?|mandataires?)\b"
    r"|\bsans (?:avoir )?(?:donne|laisse|confie|donner|laisser|confier) "
    r"(?:de |d |un |une |leur |son |sa )?(?:pouvoirs?|procurations?|procus?)\b"
    # « sans se faire représenter », « sans s'être fait remplacer »
    r"|\bsans (?:se faire|s etre fait|s etre faite|etre) (?:represente\w*|remplace\w*)\b"
    r"|\bn (?:ont|a|avai\w*|etai\w*)(?: pas| aucun| jamais)(?: (?:donne|ete))?"
    r"(?: (?:de|d|un|une))? (?:pouvoirs?|procurations?|represente\w*)\b"
)
# « a voté pour quelqu'un d'autre », « j'ai voté pour qui ? », « elle votait aussi pour un
# collègue ? »: a vote carried for another member, a proxy (« a voté pour » alone is a vote).
_VOTED_FOR_SOMEONE = (
    r"\bvot\w* (?:aussi |egalement |en plus )?pour (?:qui|quelqu un(?: d autre)?|un autre"
    r"|une autre|d autres|un(?:e)? (?:autre )?(?:collegue|elue?|membre|absente?)|autrui)\b"
)
_VOTED_FOR_IMPERFECT = cues.plain(r"\b(?:votait|votaient|voterait|voteraient) pour\b")
# « qui a porté la voix de Driol ? », « qui votait à la place de Fara ? »: a proxy's holder.
_VOTED_FOR = cues.plain(
    r"\b(?:porte\w*|portait) (?:la voix|le vote|les voix|ma voix|mon vote|sa voix|son vote)\b"
    r"|\b(?:vot\w*|siege\w*|remplac\w*) a la place d"
    r"|\bvot\w* (?:pour moi|a ma place|en mon nom|au nom d)"
    # « Mouseghian a voté pour quelqu'un d'autre ? », « j'ai voté pour qui ? »: with a proxy
    r"|" + _VOTED_FOR_SOMEONE + r""
    # « qui m'a confié sa voix ? », « à qui j'ai laissé mon vote ? »
    # (« Jouve a refilé son vote à qui ? », « remis sa voix »: any verb of handing over)
    r"|\b(?:re)?(?:confie|donne|laisse|transmi|cede|passe|file|remi|delegue)\w* (?:sa|son|ma|mon"
    r"|leur|votre|ta|ton) (?:voix|vote)\b"
)
# « combien de fois le quorum a été atteint ? », « le quorum a-t-il toujours été atteint ? », « des
# séances sans quorum ? »: the quorum of every sitting held (of the period said), a fact of each,
# never the latest sitting's alone nor the law
_QUORUM_EACH = cues.plain(
    r"\bcombien de (?:fois|seances?|reunions?|conseils?|bureaux)\b"
    r"|\b(?:toujours|jamais|souvent|systematiquement|regulierement|chaque fois|a chaque (?:fois"
    r"|seance|reunion|conseil|bureau)|chaque (?:seance|reunion|conseil|bureau)"
    r"|(?:toutes|tous) les (?:seances|reunions|conseils|bureaux|fois)|seance par seance"
    r"|par seance)\b(?! (?:de |a )?\d)"
    r"|\b(?:des|les|quelles?|aucune|une) (?:seances?|reunions?|fois) (?:sans|avec|ou)\b"
    r"|\b(?:seances?|reunions?|fois) sans (?:le |de |d )?(?:quorum|qorum)\b|\bquorums\b"
    r"|\bdeja (?:manque|rate|pas eu|eu (?:un|des) (?:probleme|souci)s?)\b"
)
# « le taux de participation au bureau », « la proportion de présents », « le pourcentage
# d'absents »: a share of attendance, as « taux de présence » is
_SHARE_ATTENDED = cues.plain(
    r"\btaux de participation\b|\b(?:proportion|pourcentage|part) (?:de |d |des )?"
    r"(?:presents?|presentes?|absents?|absentes?|excuses?|presences?|absences?|participation)\b"
)
_SHARE_WORDS = frozenset(_words("participation proportion pourcentage part"))
# « le quorum c'est toujours 34 ? », « toujours à 34 ? »: « still », a figure checked, no record
_STILL_A_FIGURE = cues.plain(r"\btoujours (?:de |a )?\d")
# « le quorum doit-il être atteint à chaque séance ? », « si on n'a pas le quorum… »: the law
_QUORUM_RULE_SAID = cues.plain(
    r"\b(?:doi[st]|doivent|faut|faudra|faudrait|peut|peuvent|pourrait|obligatoire\w*"
    r"|necessaire\w*|legal\w*|loi|regle\w*)\b|^(?:et )?si\b|\bchaque (?:delib\w*|point|vote)\b"
    # « celui qui part avant la fin compte toujours dans le quorum ? »: leaving, the law
    r"|\b(?:part|partent|quitte\w*|s en va|s en vont|sort|sortent|arrive\w*) (?:avant|en cours"
    r"|pendant|en retard|plus tot|au milieu)\b"
)
# « qui a porté deux pouvoirs ? », « quels élus avaient plusieurs procurations ? », « quelqu'un
# en cumulait deux ? »: who did, at a sitting (the question of a fact, never « peut-on »)
_HELD_TWO = cues.compile(
    r"^(?:et )?(?:qui|quel\w* (?:elus?|membres?|conseill\w*|personnes?)|lesquels|combien d"
    r" (?:elus|membres)|(?:il )?y a (?:t il )?(?:eu )?(?:des|un) (?:elus?|membres?)|(?:des|un)"
    r" (?:elus?|membres?)|quelqu un|certains?|est ce que (?:des|un|quelqu un))\b"
    r"(?:(?!\b(?:peut|peuvent|pouvait|pourrait|droit|autorise\w*|faut)\b).)*"
    r"\b(?:porte\w*|portai\w*|avai\w*|a eu|ont eu|recu\w*|detenai\w*|cumul\w*|tenai\w*"
    r"|(?P<given>donne\w*|confie\w*))"
    r"(?: \w+)? (?:deux|2|plusieurs|plus d un|trois|3) (?:pouvoirs|procurations|procus)\b"
)
# « qui est arrivé en retard ? », « des retardataires ? », « arrivée après l'appel ? », « des
# retards ? », « des arrivées tardives ? », « Berger est arrivée à quelle heure ? » (never « les
# retards du chantier », a topic)
_ARRIVED_LATE = cues.compile(
    rf"\b(?:arriv\w* (?:{attendance_words.LATE}|en cours|plus tard|tard|a quelle heure)"
    r"|retardataires?"
    r"|(?:etai\w*|est|sont|etaient|sera|seront|serait|seraient) en retard"
    r"|arrivees? (?:tardives?|en cours de seance))\b"
    r"|(?:^|\bou |\bet )(?:(?:il )?y a (?:t il )?(?:eu )?|ya (?:eu )?)?(?:des|de) retards?\b"
    r"(?! (?:de|du|des|dans|sur)\b)"
)
# « quelqu'un est parti avant la fin ? », « qui a quitté la séance ? », « sorti en cours », « des
# départs en cours de séance ? », « quelqu'un a quitté le bureau avant la fin ? »
_LEFT_EARLY = cues.compile(
    r"\b(?:parti\w*|part|partent|quitt\w*|sorti\w*|s en (?:est )?all\w*|s est absente\w*)"
    r"(?: la seance| la salle| la reunion| le bureau| le conseil| l assemblee)? (?:avant la fin"
    r"|en cours|plus tot|pendant|au milieu|avant le vote|avant les votes|en avance)\b"
    r"|\bquitt\w* (?:la seance|la salle)\b"
    r"|\b(?:departs?|sorties?) (?:anticipes?|anticipees?|en cours|avant la fin"
    r"|pendant la seance)\b"
    r"|(?:^|\bou |\bet )(?:(?:il )?y a (?:t il )?(?:eu )?|ya (?:eu )?)?(?:des|de) departs?\b"
    r"(?! (?:de|du|des|a la|en retraite)\b)"
)
# « un élu peut-il partir avant la fin ? » puts a case to the law; « quelqu'un est parti avant
# la fin ? » asks the sitting's facts
_MOVE_AS_CASE = cues.compile(r"\b(?:peu[tx]|peuvent|pourrai\w*|droit|faut|doi[tsv]\w*|si)\b")


def moves_asked(text: str) -> tuple[About, ...]:
    """The moves during a sitting a sentence asks about, in its order: « des retards ? »
    (ARRIVED), « quelqu'un est parti avant la fin ? » (LEFT), « des retards ou des départs ? »
    (both)."""
    folded = fold(text)
    found = [(m.start(), About.ARRIVED) for m in [_ARRIVED_LATE.search(folded)] if m]
    found += [(m.start(), About.LEFT) for m in [_LEFT_EARLY.search(folded)] if m]
    return tuple(about for _, about in sorted(found))


def _move_about(text: str) -> About | None:
    """ARRIVED or LEFT as the sentence asks first."""
    asked = moves_asked(text)
    return asked[0] if asked else None


_MOVE_WORDS = cues.plain(
    r"^(?:arriv|retard|parti|quitt|sorti|fin|cours|tot|tard|appel|debut|ouverture|salle|milieu"
    r"|avance|bourre|all|depart|anticip|heure)"
)
_NEITHER_THERE_NOR_REPRESENTED = cues.plain(
    r"\bni (?:presente?s?|la|venue?s?) ni (?:representee?s?|remplacee?s?)\b"
)
# « combien de jours avant », « 5 jours francs avant »: a notice's delay, no sitting before
_DAYS_BEFORE = cues.plain(r"\bjours? (?:francs? |pleins? )?avant\b")
# « qui a présidé le plus souvent ? », « qui préside le plus de séances ? »: officers ranked
_OFFICERS_RANKED = cues.plain(
    r"^(?:et )?qui\b.*\b(?:le plus|le moins|les plus|les moins|classement|souvent|rarement"
    r"|regulierement)\b"
)
# « quel rôle j'ai », « quelle est ma fonction ? », « je suis quoi au bureau ? », « le rôle de
# Dallara ? », « Fayolle a quelle fonction ? »
_ROLE_OF = cues.compile(
    r"\b(?:(?:quel|quelle|quels|quelles) (?:est |sont )?"
    r"(?:mon |ma |mes |son |sa |ses |le |la |les )?(?:roles?|fonctions?|postes?|titres?"
    r"|qualites?|attributions?|responsabilites?)"
    r"|(?:mon|ma|mes|son|sa|ses|le|la|les) (?:roles?|fonctions?|attributions?|responsabilites?"
    r"|qualites?)(?: de| d| au| a| dans)?\b.*\?"
    # « c'est quoi mon rôle », « mon statut au bureau », « rappelle-moi ma fonction »: one's
    # own (or his, her) office, a question without its mark
    r"|(?:mon|ma|mes|son|sa|ses) (?:roles?|fonctions?|attributions?|responsabilites?|qualites?"
    r"|statut)(?: (?:au|a|dans|de|d)(?: (?:le|la|l))? \w+)?\W*$"
    # « elle signe comme quoi ? », « il signe sous quel titre ? »: the title printed over it
    r"|(?:je|il|elle) (?:signe|signait|signent) (?:comment|comme quoi|en tant que quoi"
    r"|sous quel\w* (?:titre|nom|qualite))"
    r"|(?:je suis|il est|elle est|j occupe|il occupe|elle occupe) (?:quoi|quel\w*)"
    r"(?: (?:au|a|dans))?\b"
    # « Fayolle elle fait quoi ? », « qu'est-ce qu'il fait au bureau, Dallara ? », « sa
    # casquette ? »: what the member does there
    r"|(?:je fais|il fait|elle fait|ils font|elles font) quoi\b"
    r"|qu est ce qu (?:il|elle) fait\b"
    r"|(?:mon|ma|son|sa|quel|quelle) (?:casquette|mandat|job|boulot)\b)"
)
# « son prénom ? », « son nom complet », « il s'appelle comment ? », « c'est un homme ou une
# femme ? », « monsieur ou madame ? »: who the member in talk is, by name
_IDENTITY_ASKED = cues.plain(
    r"\b(?:son|sa|leur) (?:prenom|nom(?: complet| entier| de famille)?|identite|civilite"
    r"|sexe|genre)\b"
    r"|\b(?:il|elle) s appel\w* comment\b|\bcomment (?:il|elle) s appel\w*\b"
    r"|\bs appel\w* comment\b"
    r"|\b(?:un homme|un monsieur) ou (?:une femme|une dame)\b|\bmonsieur ou madame\b"
    r"|\b(?:homme|monsieur) ou (?:femme|madame|dame)\b"
)


# « à qui ? », « de qui ? », « par qui ? » alone, right after a member's presence or proxy: the
# other side of that member's proxy (given to, carried for, represented by)
_WHOM_ALONE = cues.plain(
    r"^(?:et |mais |ok |ah |euh |donc )?(?:(?:il|elle) (?:l a|l avait|les a) (?:donne|confie|recu)"
    r" |donne |recu )?(?P<side>a|de|par) qui(?: (?:ca|cela|donc|alors|exactement|au juste|deja"
    r"|finalement|lui|elle))*\W*$"
)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def whom_asked(text: str) -> About | None:
    """The side of a proxy a bare « à qui ? » (given), « de qui ? » (carried) or « par qui ? »
    (represented by: given) asks of the member in talk; None for any other message."""
    found = _WHOM_ALONE.match(" ".join(fold(text).replace("'", " ").split()))
    if found is None:
        return None
    return About.HELD if found.group("side") == "de" else About.GIVEN


# « c'est lequel ? », « c'est qui lui ? », « c'est Gilles ou Jean ? », « c'est quel Gilles ? »,
# « Gilles comment ? »: which member the last answer was about, asked back (`named`: the name
# words typed, none for « lequel ? »)
_WHICH_ALONE = cues.plain(
    r"^(?:et |mais |ok |ah |euh |donc )?(?:(?:c est|c etait|cest|ce serait|ce sont) )?"
    r"(?:qui|lequel|laquelle|lesquels|lesquelles)(?: (?:ca|cela|lui|elle|eux|donc|alors"
    r"|exactement|au juste|deja|ce|celui la|celle la))*\W*$"
)
_NAME_CHECKED = cues.plain(
    r"^(?:et |mais |ok |ah |euh |donc )?(?:(?:c est|c etait|cest|ce serait) (?:bien |donc )?"
    r"(?:quel |quelle |lequel des |le |la )?|(?:quel|quelle|lequel des|laquelle des|le|la) )"
    r"(?P<named>[a-z][a-z -]*?)(?: (?:alors|donc|du coup|non|ou pas|c est ca))?\W*$"
    r"|^(?:et |mais |ok |ah |euh |donc )?(?P<surnamed>[a-z][a-z -]*?) (?:comment|qui|quoi)\W*$"
)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def which_asked(text: str) -> str | None:
    """The name words of a message asking which member the last answer meant (« c'est Gilles ou
    Jean ? »: « gilles ou jean »; « c'est lequel ? »: «  »); None for any other message."""
    said = " ".join(fold(text).replace("'", " ").split())
    if _WHICH_ALONE.match(said):
        return ""
    found = _NAME_CHECKED.match(said)
    if found is None:
        return None
    return found.group("named") or found.group("surnamed") or None


# « et les autres ? », « et le reste ? », « qui d'autre ? », « et tous les autres membres ? »
# right after an answer about some members at a sitting: the rest of its roll call
_OTHERS_ALONE = cues.plain(
    r"^(?:et |mais |ok |ah |euh |donc |puis )?(?:(?:pour|quid de|concernant|et pour) )?"
    r"(?:(?:tous |toutes )?(?:les|le) )?(?:autres|reste|restants?|qui d autre)"
    r"(?: (?:membres|elus|elues|conseillers|conseilleres|collegues|gens|personnes|du bureau"
    r"|du conseil))?(?: (?:alors|donc|du coup|ils etaient la|etaient la|ils etaient ou|etaient ou"
    r"|ils etaient presents|etaient presents|c etait qui|c est qui|qui))?\W*$"
)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def others_asked(text: str) -> bool:
    """Whether a message asks, alone, about the members an answer did not name (« et les
    autres ? »)."""
    return bool(_OTHERS_ALONE.match(" ".join(fold(text).replace("'", " ").split())))


def identity_asked(text: str) -> bool:
    """Whether a message asks who the member in talk is by name (« son prénom ? »)."""
    return bool(_IDENTITY_ASKED.search(" ".join(fold(text).replace("'", " ").split())))


_IDENTITY_WORDS = frozenset(
    _words(
        "prenom nom complet entier famille identite civilite sexe genre appelle appelait "
        "comment homme femme monsieur madame dame"
    )
)
_ROLE_WORDS = frozenset(
    """
    role roles fonction fonctions poste postes titre titres qualite qualites attribution
    attributions responsabilite responsabilites occupe quoi exactement precisement juste
    comme signe signait signent comment sous statut statuts
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# A figure the member has in mind, before (or, for the quorum, after) what it counts
_FIGURE_CHECKED = cues.compile(
    r"(?:^|\b(?:avait|eu|etait|etaient|a|y a|sommes|etions|etiez|etait on|on|eu|de|avec|que|pas"
    r"|bien|seulement|juste|exactement|vraiment|ont|il y avait|compte|comptait|moins|plus)\s)"
    r"(?:(?P<present>(\d{1,4})) (?:(?:elus? |elues? |membres? |conseillers? )?"
    r"(?:etaient |etions |sont )?(?:presents?|presentes?)|(?:personnes|gens|participants)\b"
    r"|(?:elus|elues|membres|conseillers)\b(?! en exercice| (?:absents?|excuses?)))"
    # « on était plus de 30 ? », « étions-nous 40 ? »: the members present, said as « we »
    r"|\b(?:on etait|nous etions|etions nous|etait on|on est|on sera|on etaient)\s"
    r"(?:(?:plus|moins|au moins|au plus|pas) (?:de |d )?)?(?P<we>(\d{1,4}))(?! ?[/.:h-]\d)"
    r"(?! (?:jours?|mois|ans?|annees?|semaines?|heures?|h|min|minutes|deliberations?|delibe?s?"
    r"|membres?|elus?|conseillers?|sieges?"
    r"|pouvoirs?|procurations?|voix|votants?|absents?|excuses?|contre|pour|abstentions?"
    r"|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
    r"|decembre|euros?|€|%))"
    r"|(?P<proxies>(\d{1,3})) (?:pouvoirs?|procurations?|procus?|mandats?)"
    r"|(?P<excused>(\d{1,3})) (?:elus? |membres? )?(?:absents? excuses?|excuses?|excusees?)"
    r"|(?P<absent>(\d{1,3})) (?:elus? |membres? )?(?:absents?|absentes?)"
    r"|(?P<votes>(\d{1,4})) (?:votants?|voix)"
    r"|(?P<in_office>(\d{1,4})) (?:membres?|elus?|conseillers?|sieges?) en exercice)\b"
    r"|\bquorum (?:(?:c|ce) (?:etait|est) |etait |est |de |a |fixe a |requis |atteint a )?"
    r"(?:(?:a|de) )?(?P<quorum>(\d{1,3}))\b(?! ?[/.-]\d)"
)
_VOTE_CHECKED = cues.compile(r"\b(\d{1,4}) (?:voix )?(contre|abstentions?|pour)\b")
# « plus de 30 présents ? », « au moins 5 voix contre ? »: a bound, not the figure itself (read
# as one, « Non, pas 30 : 40 présents » was false); a count checked against a bound gets its
# verdict (Frame.bound, answers.checked), a vote's figure none.
_BOUND_BEFORE = cues.plain(
    r"\b(?P<bound>plus|moins|au moins|au plus|au minimum|au maximum|au dela|au dessus|en dessous"
    r"|superieure?s?|inferieure?s?|depass\w*|excede\w*|sous|mini|maxi|minimum|maximum)\s+"
    r"(?:de |d |que |qu |a |les )?$"
)
# How each bound compares (« plus de 30 »: more than 30, « au moins 30 »: 30 or more), by the
# bound's first words, the longest first.
_BOUNDS = (
    ("au moins", "at_least"),
    ("au minimum", "at_least"),
    ("au plus", "at_most"),
    ("au maximum", "at_most"),
    ("au dela", "more"),
    ("au dessus", "more"),
    ("en dessous", "less"),
    ("sous", "less"),
    ("excede", "more"),
    ("superieur", "more"),
    ("depass", "more"),
    ("inferieur", "less"),
    ("mini", "at_least"),
    ("maxi", "at_most"),
    ("plus", "more"),
    ("moins", "less"),
)


def amount_bound(text: str) -> str | None:
    """« AESIO touche plus de 50 000 € ? »: how the amount a message names is bounded (see
    _BOUNDS), if it is; the amount is its first figure of a thousand or more (« 50k »)."""
    folded = fold(text)
    for figure in re.finditer(r"\d[\d .]*\d(?= ?k\b)?|\d+(?= ?k\b)", folded):
        digits = re.sub(r"\D", "", figure.group(0))
        if int(digits) >= 1000 or folded[figure.end() :].lstrip().startswith("k"):
            return bound_before(folded, figure.start())
    return None


def bound_before(text: str, at: int) -> str | None:
    """How the figure at `at` is said as a bound (« plus de 30 »: "more"), if it is one."""
    said = _BOUND_BEFORE.search(text, max(0, at - 24), at)
    if said is None:
        return None
    return next(kind for start, kind in _BOUNDS if said["bound"].startswith(start))


_FIGURE_ABOUT = {
    "present": About.PRESENT,
    "we": About.PRESENT,
    "proxies": About.PROXIES,
    "excused": About.EXCUSED,
    "absent": About.ABSENT,
    "votes": About.VOTES,
    "in_office": About.IN_OFFICE,
    "quorum": None,
}
_FIGURES_ASKED = frozenset(
    (Asked.PRESENCE, Asked.ABSENCE, Asked.PROXY, Asked.COUNT, Asked.QUORUM, Asked.SITTING)
)
# « par mois », « mois par mois », « chaque mois », « mensuellement », « quel mois … le plus »,
# « le mois le plus chargé », « par trimestre », « année par année », « par séance »: the acts
# of a period counted by that unit
_UNIT = r"(?:mois|trimestres?|semestres?|ans?|annees?|seances?|conseils?|bureaux|reunions?)"
_BY_MONTH = cues.compile(
    rf"\b(?:par {_UNIT}|(?:mois|trimestre|annee|seance) par (?:mois|trimestre|annee|seance)"
    rf"|chaque {_UNIT}|(?:mensuel|trimestriel|annuel)\w*|selon les {_UNIT}"
    rf"|(?:quel|quelle|le|la|du|de la|au|a la) {_UNIT}\b.*\b(?:plus|moins|record|max\w*"
    rf"|min\w*)\b|{_UNIT} (?:le|la) (?:plus|moins)\b|repartition\w* (?:par|sur les) {_UNIT})"
)
_UNIT_SAID = cues.plain(
    r"\b(mois|trimestre|semestre|an|annee|seance|conseil|bureaux|reunion|mensuel|trimestriel"
    r"|annuel)"
)
_BY_MONTH_WORDS = frozenset(
    """
    mois chaque mensuel mensuelle mensuellement repartition record trimestre trimestres
    trimestriel trimestrielle semestre semestres an ans annee annees annuel annuelle seance
    seances conseils bureaux reunion reunions
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_BY_UNIT = {
    "mois": About.MONTHS,
    "mensuel": About.MONTHS,
    "trimestre": About.QUARTERS,
    "trimestriel": About.QUARTERS,
    "semestre": About.SEMESTERS,
    "an": About.YEARS,
    "annee": About.YEARS,
    "annuel": About.YEARS,
    "seance": About.EACH_SITTING,
    "conseil": About.EACH_SITTING,
    "bureaux": About.EACH_SITTING,
    "reunion": About.EACH_SITTING,
}
_ACTS_ASKED = frozenset((Asked.DELIBERATION, Asked.DELIBERATION_COUNT, Asked.MOST))
# « il y en a eu combien ? », « ça en fait combien ? », « on en a eu combien ? »
_HOW_MANY_OF_THEM = cues.compile(
    r"\b(?:y en a(?: eu)?|y en avait|en a(?: eu| fait)?|en ont|en fait|en compte) combien\b"
    r"|\bcombien (?:il )?y en a(?: eu)?\b|\bcombien (?:on )?en a\b"
)
# « en une phrase : c'est quoi la 2024.00417 ? », « résume-moi le bureau du 4 juillet », « en
# bref », « version courte »: how the answer should come (courtesy drops the words already)
_BRIEF = cues.compile(
    r"\ben (?:une|1|deux|2|quelques|trois|3) (?:phrases?|mots?|lignes?)\b"
    r"|^bref\b|\b(?:en bref|brievement|succinctement|en resume|en gros|vite fait|en substance"
    r"|pour faire court|version courte|en synthese|l essentiel|les grandes lignes|tl ?dr)\b"
    r"|\b(?:resume|resumez|resumer|resumes)\b"
)
_ORDINAL_WORDS = {**ORDINAL_WORDS, "dernier": -1, "derniere": -1}
_ITEM_RANK = cues.compile(
    r"\bpoint (?:n |no |numero )?(\d+)\b(?! (?:h|heures?|%|euros?|\d{5})\b)"
    r"|\b(\d{1,2})(?:e|eme|ieme|er|ere) (?:point|deliberation|delib|delibe|sujet|dossier)\b"
    r"|\b(premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme"
    r"|septieme|huitieme|neuvieme|dixieme|dernier|derniere) (?:point|sujet|dossier)\b"
)
# The words without which those readings cannot match: a set lookup skips them for most
# sentences (bench/throughput.py); each set is what its pattern's branches all need.
_ITEM_CUES = frozenset(
    _words(
        "point sujet dossier deliberation delib delibe premier premiere deuxieme second seconde"
        " troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme dernier"
        " derniere"
    )
)
_THAT_CUES = frozenset(_words("la ce cette meme"))
_BOTH_CUES = frozenset(_words("deux 2 trois 3 quatre 4 autre"))
_BRIEF_CUES = frozenset(
    _words(
        "phrase phrases mot mots ligne lignes bref brievement succinctement resume resumez"
        " resumer resumes gros vite substance court courte synthese essentiel tl tldr"
    )
)
_RECEIPT_CUES = cues.plain(r"(?i)accus|convoc|invitation|re[çc]u|\b(?:ar|lue?|vue?|ouverte)\b")
# « Berger en portait combien ? », « il en a porté plusieurs ? »: what one carries is a proxy
_CARRIED_MORE = cues.plain(
    r"\ben (?:avait|avaient|a|detenait|aurait) (?:il |elle )?(?:d autres|un autre|une autre"
    r"|un deuxieme|une deuxieme|un second|une seconde|plusieurs)\b"
)
_MORE_WORDS = frozenset(_words("autre autres deuxieme second seconde plusieurs"))
# « il portait quoi ? », « elle a porté quoi ? », « Barriol portait qui ? »: what a member
# carried is a proxy, the word unsaid (never the help); « AESIO porte quelle action ? »: what a
# carrier carries is a funded action, named
_CARRIED_WHAT = cues.plain(
    r"\b(?:portait|portaient|porte|portes|portera|porterait|detenait|detient)"
    r"(?: (?:il|elle|ils|elles|t il|t elle))? (?:quoi|qui|lequel|laquelle|lesquels|lesquelles"
    r"|quel\w*|combien)\b(?! (?:de |d )?(?:actions?|projets?|subventions?|programmes?"
    r"|dispositifs?|operations?|financements?)\b)"
)
# « en moyenne », « la moyenne des présents »: the counts of several sittings summed up
AVERAGE_WORDS = frozenset(_words("moyenne moyennes moyen moyens"))
# A rate of the whole body, never a member's (« le taux de présence global du bureau »)
_BODY_WIDE_WORDS = AVERAGE_WORDS | frozenset(_words("global globale general generale collectif"))
# « son taux ? », « mon taux », « leur taux » said alone: the attendance rate (never the rate
# of a tax, « le taux de la cotisation foncière », which names its thing)
_RATE_OF_SOMEONE = cues.plain(
    r"\b(?:son|sa|mon|ma|leur|ton|votre|notre) taux\b(?! d\w* (?!presence|participation|assiduite"
    r"|absence|absenteisme)\w)"
)
_CARRIED_SOME = cues.plain(
    r"\ben (?:(?:a|avait|ont|avaient|aurait) )?(?:porte|portait|portaient|portes|detenait"
    r"|detenu)\b"
    # « et il en avait d'autres ? », « elle en avait un deuxième ? »: after a proxy
    r"|\ben (?:avait|avaient|a|detenait|aurait) (?:il |elle )?(?:d autres|un autre|une autre"
    r"|un deuxieme|une deuxieme|un second|une seconde|plusieurs)\b"
)
# « Degraix en portait combien ce jour-là ? », « qui présidait à cette séance ? »: the sitting
# just talked about, named without a date
_THAT_SITTING = cues.plain(
    r"\b(?:ce|cet) (?:jour|soir|matin|apres midi)(?: )?la\b|\bcette (?:fois|date|annee)(?: )?la\b"
    r"|\b(?:a|lors de|pendant|durant|pour) (?:cette|la meme) (?:seance|reunion|session)(?: la)?\b"
    r"|\b(?:a|lors de|pendant|durant|pour|au cours de) ce (?:bureau|conseil)(?:(?: )?la)?\b"
    r"|\bce (?:bureau|conseil)(?: )?la\b|\bcette seance(?: )?la\b|\bce meme jour\b"
    r"|\ble meme jour\b|\ba ce moment(?: )?la\b"
)
_BRIEF_PRONOUN = cues.plain(r"\b((?:resume|resumez|montre|montrez|explique|expliquez)) la\b")
_BRIEF_WORDS = frozenset(
    _words("resume resumee resumez resumer resumes synthese essentiel bref version courte")
)
_RECEIPTS = cues.plain(
    r"\baccus\w* (?:de |d )?(?:reception|lecture)\b|\b(?:ar|accuses)\b(?= (?:recus?|de la|pour))"
    r"|\b(?:ont|a|avez|as|ai|avons)(?: t)?(?: (?:il|elle|ils|elles|on|tous|tout le monde))?"
    r"(?: (?:bien|deja|tous|toutes))* (?:recu|eu|lu|vu|ouvert)e?s? (?:la|leur|sa|ma|votre|ta"
    r"|cette|les|leurs|mes|ses) (?:convoc\w*|invitations?)\b"
    r"|\bconvoc\w*(?: \w+){0,4}? (?:a |ont )?(?:(?:bien |deja )?ete )?"
    r"(?:lue?s?|vue?s?|ouverte?s?|recue?s?)"
    r" (?:par|de) (?:qui|tous|tout le monde|combien)\b"
    r"|\bqui (?:n a|a|ont|n ont) (?:pas )?(?:encore |toujours |deja |bien )?(?:recu|lu|vu|ouvert)"
    r" (?:la|sa|leur|les) convoc\w*"
    # « la convocation du 18, qui ne l'a pas reçue ? »: the convocation named, then its pronoun
    r"|\bconvoc\w*\b.*\bqui (?:ne |n )?l (?:a|ont) (?:pas )?(?:encore |toujours |deja |bien )?"
    r"(?:recue?|lue?|vue?|ouverte?)\b"
    r"|\b(?:tout le monde|tous|toutes|combien) (?:a|ont|l ont|l a)(?: bien)? (?:recu|lu|vu)\b"
    # « qui l'a bien reçue ? » after the convocation was talked about: the feminine is hers
    r"|^(?:et )?qui (?:ne |n )?l a (?:(?:pas|encore|toujours|deja|bien) ){0,3}"
    r"(?:recue|lue|ouverte)(?: (?:ou pas|ou non|finalement|alors))?\W*$"
    # « la convocation a été envoyée à tout le monde ? »: whether every member got it
    r"|\bconvoc\w*(?: \w+){0,4}? (?:a |ont )?(?:(?:bien |deja )?ete )?(?:envoyee?s?|partie?s?"
    r"|remise?s?|transmise?s?|recue?s?) a (?:tout le monde|tous|toutes|chacun|tous les \w+)\b"
)
# « je n'ai pas reçu ma convocation »: a member who lacks it, not a question of receipts
_NOT_A_RECEIPT_QUESTION = cues.plain(
    r"\b(?:je|j) (?:n )?(?:ai|avais) (?:pas|jamais|toujours pas|rien)\b"
)
# « qui va venir au bureau ? » opening the question asks who comes.
_TO_COME = cues.compile(r"\b(?:a venir|(?<!^)qui (?:vient|viennent|va venir|vont venir))\b")
# « ils étaient là tous les 2 ? », « et l'un et l'autre ? », « les deux avaient un pouvoir ? »:
# the members just talked about, all of them; never a topic « deux » nor a count
_BOTH = cues.compile(
    r"\b(?:tous|toutes) (?:les )?(?:deux|2|trois|3|quatre|4)\b|\bl une? et l autre\b"
    r"|^(?:et )?(?:les|ces) (?:deux|2)\b(?= (?:etaient|etait|avaient|avait|ont|sont|y))"
    r"|\b(?:l un|l une|aucun|aucune|chacun|chacune) des (?:deux|2)\b"
    r"|(?<=\bla )(?:les|tous les|toutes les) (?:deux|2)\b|\bles (?:deux|2)(?=\s*[?!.]*\s*$)"
)
_WHY = cues.compile(
    r"^(?:(?:et|mais|alors|donc) )?pourquoi\b|\bpour quelles? raisons?\b|\bles raisons?\b"
    r"|\b(?:le|les|quel|quels) motifs?\b|\bc est (?:du|du) a quoi\b|\ba cause de quoi\b"
)
# « qui l'a présentée ? », « qui était rapporteur ? », « qui a porté ce dossier ? »
_REPORTED = cues.plain(
    r"\brapporteu(?:r|se|rs|ses)\b|\bqui (?:l a|a|les a|avait) (?:presente\w*|rapporte\w*"
    r"|defendu\w*)\b(?! (?:ses|leurs|son|sa) (?:excuses|absence|pouvoir|procuration))"
    r"|\b(?:presente|presentee|rapporte|rapportee) par qui\b"
    r"|\bqui a porte (?:ce|le|cette|la) (?:dossier|deliberation|projet|rapport)\b"
)
# « ça finit à quelle heure ? », « le bureau a duré combien de temps ? », « la séance s'est
# finie à quelle heure ? »: the end or the length of a sitting, which no document gives (its
# start is said with it)
END_ASKED = cues.compile(
    r"\b(?:(?:finit|finira|finissait|se termine\w*|s acheve\w*)(?: (?:a|vers))? (?:quelle heure"
    r"|quand)|heure de (?:fin|cloture)|fin de (?:la )?seance"
    r"|a dure|durait|duree|va durer|durera"
    r"|combien de temps (?:a dure|elle a dure|il a dure|ca a dure|dure|durera|ca dure|ca va durer)"
    r"|dure (?:combien|longtemps)|durent (?:combien|longtemps)"
    r"|(?:s est |s etait )?(?:termine|terminee|finie?|achevee?|cloture\w*|levee?)"
    r" (?:a quelle heure|quand|vers quelle heure)"
    # « à quelle heure ça finit ? », « vers quelle heure on termine ? »
    r"|quelle heure (?:ca |elle |il |on |la seance |le bureau |le conseil )?(?:finit|finira"
    r"|finissait|termine|terminera|se termine\w*|s acheve\w*|sera fini\w*|sera terminee?))\b"
)
_END_WORDS = cues.plain(r"^(?:finit|finira|finissait|fin|termine\w*|acheve\w*)$")
# « le bureau de jeudi est maintenu ? », « c'est toujours d'actualité le conseil ? », « la
# séance est annulée ? », « le bureau a été reporté ? »: whether a sitting is held as planned
# (« annulée », « reportée » are said with a NO group: the answer to them is « Non » when
# nothing changed)
STILL_ON_ASKED = cues.plain(
    r"\b(?:(?P<no>annulee?s?|reportee?s?|decalee?s?|repoussee?s?|suspendue?s?)"
    r"|maintenue?s?|toujours (?:prevue?s?|d actualite|valable|confirmee?s?|lieu)"
    r"|c est toujours (?:bon|ok|prevue?|d actualite|(?:lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche)\b)|(?:ca tient|ca se tient) toujours|d actualite"
    r"|a toujours lieu|aura (?:bien|toujours) lieu|a bien lieu|se tient (?:toujours|bien)"
    r"|se tiendra (?:toujours|bien))\b"
)
_STILL_ON_WORDS = cues.plain(
    r"^(?:annul|report|decal|repouss|suspend|mainten|confirm|toujours|actualite|prevu"
    r"|valable|lieu|bien|tient|tiendra)"
)
# How a sitting was held, asked as a fact (« en visio ? »); « peut-on … en visio ? » is the law's
_REMOTE_SAID = cues.plain(
    r"\b(?:en |par |de la |une |la )?(?:visio\w*|audio ?conference|teleconference|distanciel"
    r"|a distance|en ligne|zoom|teams|hybride|presentiel)\b"
)
_REMOTE_MAY = cues.plain(
    r"\b(?:peu[tx]|peuvent|pouvait|pourr\w*|possible|autoris\w*|droit|permis|interdit"
    r"|comment|lien|voter|vote)\b"
)
_REMOTE_WORDS = frozenset(
    _words(
        "visio visioconference visioconferences audioconference teleconference distanciel "
        "distance ligne zoom teams hybride tenue tenu faite fait deroulee deroule passee "
        "presentiel fera feront sera seront faisait"
    )
)
# A sitting's length asked in the past (« ça a duré combien de temps ? », « elle a duré
# longtemps ? »): an act's « ça dure combien de temps ? » is its own duration, asked elsewhere
_LASTED = cues.plain(
    r"\b(?:a|ont|avait|aura) duree?\b|\bdurait\b|\ba t (?:elle|il) duree?\b"
    # « ça a fini à quelle heure ? », « elle s'est terminée quand ? »: its end, unpublished
    r"|\b(?:a|avait) (?:fini|termine|pris fin)\b|\bs est (?:terminee?|finie?|achevee?)\b"
    r"|\bduree de (?:la |cette )?(?:seance|reunion|bureau|conseil)\b"
)
_LASTED_WORDS = frozenset(
    _words(
        "dure duree durait temps longtemps heures heure minutes total fini finie termine "
        "terminee achevee pris fin"
    )
)
_AT_WHAT_TIME = cues.plain(
    r"\b(?:quelle heure|heure de (?:debut|fin|la seance)|horaires?|a commence|commencait"
    r"|commencera|debute\w*|(?:finit|finira|finissait|se termine\w*) quand)\b"
)
# the fact of a sitting named by its word alone (« l'heure ? », « le lieu ? », « la date ? »)
_TIME_WORD = cues.plain(r"\b(?:l heure|horaires?)\b")
_PLACE_WORD = cues.plain(r"\b(?:lieu|adresse|salle|endroit)\b")
_DAY_WORD = cues.plain(r"\b(?:quel jour|quelle date|a quelle date|la date|le jour)\b")
_WHERE = cues.compile(
    r"\bou (?:se (?:tenait|tient|tiendra|deroul\w*)|s est (?:tenue?|deroulee?|reuni\w*)"
    r"|a eu lieu|aura lieu|avait lieu|etait|sera|c etait|ca se passe\w*)\b"
    r"|\b(?:quel|dans quel|quelle|dans quelle|a quel|a quelle) (?:lieu|endroit|salle|ville"
    r"|adresse)\b"
    # « le bureau du 4 juillet s'est tenu où ? », « il se déroulait où ? »: the verb first
    r"|\bs est (?:tenue?s?|deroulee?s?|reunie?s?|passee?s?)(?: \w+){0,3} ou\b"
    r"|\bse (?:tenait|tiendra|tient|deroulait|deroulera|deroule|reunissait|reunira) ou\b"
    r"|\blieu de (?:la )?(?:seance|reunion)\b|\b(?:eu|a|avait) lieu ou\b|\bse tenait ou\b"
    # « c'est où le bureau ? », « le conseil, ça se passe où ? », « on se réunit où ? »
    r"|\b(?:c est|c etait|ce sera|ca sera|ca se passe|se passe|se passera|se passait|se tient"
    r"|se tiendra|se reunit|se reunira|on se retrouve|est|etait|sera|aura lieu|a lieu) ou\b"
    r"|^(?:et )?ou (?:ca|est|sont|sera|etait|se reunit|se reunira|on se reunit)\b"
)
# The verbs of « où se tiendra-t-il ? », « il s'est réuni où ? »: how a place is asked
_PLACE_VERBS = frozenset(
    _words(
        "tiendra tiendront tient tiennent tenait tenaient tenu tenue deroule deroulera deroulait "
        "deroulee reuni reunie reunis reunit reunira reunissait passe passera passait passee"
    )
)
_NOTICE_WORDS = frozenset(
    _words("delai delais temps clous regles tot tard retard jours francs respecte respectes")
)
_ANNOUNCED = cues.plain(
    r"\b(?:annonce|annonces|annoncee|annoncees|confirme|confirmes|confirmee|confirmees|inscrits?"
    r"|on sera|nous serons|serons nous|seront|viendront|viennent|attendus?"
    # « combien de présents prévus ? », « qui s'est déclaré absent ? »: declared beforehand
    r"|prevus|prevues|declare|declares|declaree|declarees"
    # « qui vient au bureau ? »: who comes (never « la délib qui vient d'être votée »)
    r"|^(?:et )?qui vient\b(?! d)"
    # « qui a déjà dit qu'il venait ? », « qui a prévu de venir ? »
    r"|(?:a|ont) (?:deja )?dit qu (?:il|elle|ils|elles) (?:venai\w*|viendrai\w*|serai\w*)"
    r"|(?:a|ont) prevu de venir|compte(?:nt)? venir)\b"
)
_WHO_COMES = cues.plain(r"^(?:et )?qui (?:vient|viennent)\b(?! d)")
_AGENDA_WORDS = frozenset(
    _words("ordre odj point points inscrit inscrits prevu prevus quoi programme menu")
)
_AGENDA = cues.plain(
    r"\bordre du jour\b|\bodj\b|\bpoints? (?:a|inscrits?|prevus?)\b|\bau programme\b"
    # « il y avait quoi d'important ? », « les points principaux ? », « les gros dossiers »:
    # which matter most is no fact of the documents; what the sitting dealt with is
    r"|\b(?:quoi|qu est ce qu il y avait|qu est ce qui s est dit|qu est ce qui s est passe)"
    r" (?:d |de )?(?:important|interessant|notable|marquant|essentiel|neuf|nouveau)\b"
    r"|\b(?:points?|sujets?|dossiers?|decisions?) (?:importants?|principaux|marquants?"
    r"|essentiels?|phares?)\b|\b(?:principaux|gros|grands) (?:points?|sujets?|dossiers?)\b"
)
_IMPORTANCE_WORDS = cues.plain(
    r"^(?:important\w*|interessant\w*|notable\w*|marquant\w*|essentiel\w*|principa\w*|gros"
    r"|grands?|phares?|neuf|nouveau|dossiers?|sujets?)$"
)
_TOPIC_ON_AGENDA = cues.plain(
    r"\b(?:ordre du jour|odj)\b|\bau programme\b(?! (?:du|de la|des|de|d) (?!prochain|prochaine"
    r"|dernier|derniere|bureau|conseil|seance|reunion|commission|jeudi|lundi|mardi|mercredi"
    r"|vendredi|samedi|\d))"
)
# « convoqué en urgence ? », « c'était une convocation urgente ? »
_URGENCY_ASKED = cues.plain(r"\burgen(?:ce|t|te|ts|tes)\b")
# « c'est quoi une convocation en urgence ? », « en cas d'urgence … »: the rule, not a sitting's
_URGENCY_IN_GENERAL = cues.plain(
    r"\b(?:c quoi|c est quoi|quoi|qu est ce|comment|definition|en cas d|une convoc\w*"
    r"|un conseil|un bureau|une seance|une reunion)\b"
)
_NOTICE_KEPT = cues.plain(
    r"\b(?:delai|delais|convocation|convoc|jours francs)\b.*\b(?:respect\w*|tenu|bon|ok"
    r"|suffisant)\b"
    # « c'est bon le délai pour jeudi 17 ? », « ok pour le délai de convocation ? »
    r"|\b(?:c est bon|c bon|ok)\b.*\b(?:delai|delais)\b"
    r"|\b(?:respect\w*)\b.*\b(?:delai|delais|convocation|jours francs)\b"
    r"|\bdans (?:les|le) (?:delais?|temps|clous)\b|\b(?:a|en) temps\b|\ben retard\b"
    r"|\bassez tot\b|\btrop tard\b"
)
# « si la convocation part le 21 … c'est bon ? », « elle peut partir le 6 ? »: a case put to
# the law, not a sitting's notice as it was sent
_HYPOTHESIS = cues.compile(
    r"(?:^|\s)si (?:la|le|on|je|j|elle|il|ma|une|un)\b|\bpeu[tx]\b|\bpourrai\w*"
)
_AT_THE_VOTE = cues.plain(
    r"\b(?:au moment du|lors du|pour le|pendant le|durant le|au|a l heure du|avant le|apres le)"
    r" (?:vote|scrutin)\b"
)
_ACTS_PASSED = frozenset(
    _words("adoptee adoptees adoptes votee votees rejetee rejetees rejetes unanimite unanime")
)
_DECIDED = frozenset(_words("vote votee votees votes adopte adoptee adoptees adoptes"))
# « votée à combien ? », « adoptée par combien de voix ? », « passée avec combien ? »: the
# figures of a vote, whatever the gender of the participle
_BY_HOW_MANY = cues.plain(r"\b(?:a|par|avec) combien\b")
_FOR_ALONE = cues.plain(r"^\W*(?:et )?pour\W*$")
_FOR_SAID = cues.plain(
    r"\b(?:combien de|combien d|nombre de|voix|votes?) pour\b|\bvote\w* pour\W*$"
    r"|^\W*(?:et )?pour\W*$"
)
_PEOPLE = frozenset(_words("personnes gens monde elus membres conseillers votants"))
# How many came, said without counting: « beaucoup de monde », « du monde », « nombreux », « la
# salle était pleine / remplie / bondée », « le bureau était complet », « peu d'élus ».
_CROWD = cues.compile(
    r"\b(?:(?:beaucoup|peu|pas mal|trop peu) (?:de |d )?(?:monde|gens|personnes|elus|membres"
    r"|conseillers|presents|absents|absences|excuses|participants|pouvoirs|procurations)"
    r"|du monde|nombreux|nombreuses"
    r"|(?:salle|hemicycle|seance|bureau|conseil|reunion) (?:etait |a ete |etait elle |etait il )?"
    r"(?:bien |tres |vraiment |assez )?(?:pleine?|remplie?|complete?|bondee?|vide)"
    r"|(?:pleine?|remplie?|bondee?) la salle|affluence|foule|au complet"
    # « le bureau du 4 juillet était bien rempli ? », « c'était plein au conseil ? »
    r"|(?:etait|etaient|c etait|etions|etiez|on etait) (?:bien |tres |vraiment |assez )?"
    r"(?:pleine?|remplie?|complete?|bondee?|vide))\b"
)
_CROWD_WORDS = _PEOPLE | frozenset(
    _words(
        "beaucoup peu mal trop nombreux nombreuses salle hemicycle plein pleine rempli remplie"
        " complet complete bonde bondee vide affluence etiez etions etait etaient tres vraiment"
        " assez manquait manquaient pouvoirs procurations foule"
    )
)
_PARTITIVE = cues.plain(
    r"^(?:et |puis |ensuite )?(?:de |d )(pouvoirs|procurations|procus|excuses|excusees|absents"
    r"|absentes|presents|presentes)\b\W*$"
)
_OFTEN_MISSED = cues.plain(r"\b(?:beaucoup|trop|combien de fois)\b|\babsences\b")
_QUANTITY_WORDS = frozenset(_words("beaucoup nombreux nombreuses"))
_CROWD_ASKED = frozenset(
    (
        Asked.SITTING,
        Asked.SEARCH,
        Asked.NOTHING,
        Asked.PRESENCE,
        Asked.ABSENCE,
        Asked.MEMBERS,
        Asked.PROXY,
    )
)
_YEAR_WORD = cues.plain(r"^(?:19|20)\d{2}$")


_GLUED_JE = cues.compile(
    r"\bj(etais|etait|avais|avait|y|aurai|aurais|ai|suis|serai|serais|voudrais|veux|pourrai"
    r"|pourrais|peux|viendrai|donne|portais|representais|votais|assistais|ai donne|voulais"
    r"|aimerais|vais|pense|crois|sais|comprends|en)\b"
)

# « la délibération la plus récente », « la plus ancienne séance », « le bureau le plus récent »:
# the last or the first, said as the ranks are (« la dernière délibération »).
_RANKED_NOUNS = "seance|conseil|bureau|reunion|session|deliberation|delib|decision"
_AGE_SUPERLATIVE = cues.compile(
    rf"\b(?:(?P<noun>{_RANKED_NOUNS})s? (?:la |le )?plus (?P<age>recente?|ancien(?:ne)?)"
    rf"|plus (?P<age2>recente?|ancien(?:ne)?) (?P<noun2>{_RANKED_NOUNS}))\b"
)


def _as_rank(match: re.Match[str]) -> str:
    noun = match["noun"] or match["noun2"]
    recent = (match["age"] or match["age2"]).startswith("recent")
    rank = ("dernier" if recent else "premier") + ("" if noun in ("conseil", "bureau") else "e")
    return f"{rank} {noun}"  # after the article the message gave


_SENTENCE_END = cues.compile(r"(?:[.!?;:](?=\s|$))+|\n")


# « les femmes présentes », « dont le nom commence par B », « ceux du groupe X »: a filter on the
# people listed (read only when the sentence holds one of _AMONG_CUES; never « ma femme »)
_AMONG_CUES = frozenset(
    _words(
        "en femme femmes dame dames mesdames elues conseilleres feminin feminins feminines homme "
        "hommes messieurs masculin masculins commence commencent commencant debute debutent "
        "debutant lettre initiale groupe groupes parti partis gauche droite vice vp adjoint "
        "adjoints adjointe adjointes commune communes ville villes jeune jeunes age ages agee "
        "agees vieux doyen doyenne benjamin benjamine appellent appelaient appelant prenom "
        "prenommes prenommees prenomme prenommee parmi"
    )
)
_AMONG = cues.compile(
    r"(?<!\bma )(?<!\bmon )(?<!\bsa )(?<!\bta )"
    r"\b(?P<women>femmes?|dames|mesdames|elues|conseilleres|feminin(?:e|es|s)?)\b"
    r"|\b(?P<men>hommes?|messieurs|masculins?)\b"
    r"|(?:\b(?:dont|leur|leurs|le|les|au|du|son)\s){0,2}(?:\b(?:noms?|patronymes?)"
    r"(?: de famille)?\s)?(?:\bqui\s)?\b(?:commen[cs]\w*|debut\w*) (?:par|avec) "
    r"(?:(?:la|le|un|une) )?(?:(?:lettre|initiale) )?(?P<letter>[a-z]|(?!(?:quoi|quel\w*|qui|ca"
    r"|cela|la|le|les|un|une|des|lettre|initiale)\b)[a-z]{2,8})\b"
    r"|\b(?:la |l )?(?:lettre|initiale) (?P<letter2>[a-z])\b"
    # « les présents en B », « combien d'élus en Z ? » (never « en a », « en y »: verbs)
    r"|(?:(?<=elus )|(?<=elues )|(?<=membres )|(?<=presents )|(?<=presentes )|(?<=absents )"
    r"|(?<=absentes )|(?<=excuses )|(?<=excusees )|(?<=noms )|(?<=femmes )|(?<=hommes )"
    r"|(?<=conseillers )|(?<=conseilleres )|(?<=nom )|(?<=noms ))en (?P<letter3>[b-xz])(?= |$)"
    # (« il est parti ? »: a member who left, no party)
    r"|\b(?<!\best )(?<!\bsont )(?<!\bil )(?<!\belle )(?P<group>(?:groupes?|partis?)"
    r"(?! scolaire| de travail| d etude| de pilotage| hospitalier| d action| de presse)"
    r"(?: (?:politiques?|d elus))?(?: (?!de\b|du\b|des\b"
    r"|etait|etaient|sont|a\b|ont\b|qui\b|y\b|au\b|le\b|la\b|les\b|en\b|et\b)[a-z]+)?"
    r"|de (?:gauche|droite))\b"
    # plural: one office (« la vice-présidente chargée du budget ») is a role, said unknown
    r"|\b(?P<office>vice presidente?s|vps|adjointe?s)\b"
    # (« pour un compte rendu à ma commune »: a commune written to, not one people come from)
    r"|\b(?P<commune>(?:quelles?|sa|leur|leurs|(?<!\ba )(?<!\bpour )ma|(?<!\ba )(?<!\bpour )notre"
    r"|par|chaque) (?:communes?|villes?)"
    r"|communes? d origine)\b"
    # « ceux qui s'appellent Patrick », « parmi les Gilles », « les élus prénommés Christian »
    r"|\b(?:qui s appell?ent|qui s appelaient|s appelant|prenomm(?:e|es|ee|ees)|dont le prenom"
    r"|(?<=elus )s appell?ent|(?<=membres )s appell?ent|(?<=elues )s appell?ent"
    r" est|de prenom|parmi les) (?P<first_name>(?!(?:presents?|absents?|excuses?|elus?|membres?"
    r"|femmes?|hommes?|pouvoirs?|procurations?|mandataires?|conseillers?|seances?|bureaux?"
    r"|conseils?|deliberations?|delibe?s?|votants?|noms?|autres?|presentes?|absentes?|excusees?"
    r"|representes?|deux|trois|votes?|dont)\b)"
    r"(?:(?:jean|marie|anne|pierre|paul|louis|jose) [a-z]{3,}|[a-z]{3,}))\b"
    r"|\b(?P<age>plus (?:jeunes?|ages?|agees?|vieux|vieilles?)|ages?|doyen(?:ne)?"
    r"|benjamine?)\b"
)
_AMONG_VERBS = frozenset(
    _words(
        "portes portees porte portee donnes donnees donne donnee recus recues recu recue "
        "elus elues conseillers conseilleres membres personnes gens nom noms dont"
    )
)
_AMONG_NOISE = cues.plain(
    r"\bparmi(?: (?:eux|elles|ceux ci|celles ci|ceux la|celles la|lesquels|lesquelles))?\b"
)
# What a filter asks of: people of a sitting or of a body; what the documents do not hold is
# said of any question about people, votes or offices
_AMONG_ASKED = frozenset((Asked.PRESENCE, Asked.ABSENCE, Asked.PROXY, Asked.COUNT, Asked.MEMBERS))
_AMONG_UNHELD_ASKED = _AMONG_ASKED | {
    Asked.VOTE,
    Asked.OFFICER,
    Asked.RECORD,
    Asked.RANKING,
    Asked.MOST,
}


def _among_read(courteous: str) -> tuple[Among | None, str, str, str]:
    """The people filter a sentence says, its words, the surname's letter it names, and the
    sentence without them (« les hommes dont le nom commence par D »: both, one filter)."""
    among: Among | None = None
    said, letter = "", ""
    for _ in range(2):
        found = _AMONG.search(courteous)
        if found is None:
            break
        kind = next(k for k, v in found.groupdict().items() if v)
        read = Among.INITIAL if kind.startswith("letter") else Among(kind)
        if read is Among.INITIAL:
            letter = found.group(kind).upper()
            among = among or read
        elif among in (None, Among.INITIAL):
            among, said = read, found.group(kind)
        courteous = courteous[: found.start()] + " " + courteous[found.end() :]
    if among is Among.INITIAL:
        said = letter
    return among, said, letter, " ".join(_AMONG_NOISE.sub(" ", courteous).split())


def _among_fits(frame: Frame) -> bool:
    """Whether the filter read is about the people the question asks of."""
    asked = _AMONG_UNHELD_ASKED if frame.among in AMONG_NOT_HELD else _AMONG_ASKED
    if frame.asked in asked:
        return True
    if frame.among in AMONG_NOT_HELD and frame.asked in (Asked.SEARCH, Asked.NOTHING, Asked.HELP):
        # « qui sont les vice-présidents ? »: nothing else asked; « et Berger, elle habite
        # quelle commune ? »: of the member named; « le plan de relance, il a aidé quelles
        # communes ? » asks it of an act (the pronoun is the plan, its words say so)
        return not frame.words or frame.follow_up
    # « et parmi eux des femmes ? », « il est de quelle commune ? »: the list or member in talk
    return frame.asked in (Asked.SEARCH, Asked.NOTHING) and (frame.follow_up or frame.pronoun)


_WHETHER = cues.plain(
    r"(?i)\b(?:savoir|dire|confirmer|verifier|vérifier|indiquer|preciser|préciser)"
    r"(?: \w+)? si\s+"
)
_CLAUSE_END = cues.plain(
    r"(?i)\b(?:car|parce que|parce qu|puisque|pour que|afin de|afin que|merci)\b"
    r"|[,;.?!]\s*(?:je|j'|j’)"
)


def _asking_part(simple: str) -> str:
    """The sentences that ask (« …je n'arrive pas à retrouver l'information : est-ce que Mme
    Berger était présente ? »): a preamble about the asker does not make the question theirs."""
    if (whether := _WHETHER.search(simple)) is not None:
        # « …j'étais pris cette semaine-là et je voudrais savoir si Mme Berger était présente,
        # car j'ai besoin de le savoir… »: the clause after « savoir si » is what is asked
        clause = simple[whether.end() :]
        if (end := _CLAUSE_END.search(clause)) is not None:
            clause = clause[: end.start()]
        if clause.strip():
            return clause
    parts = [p for p in _SENTENCE_END.split(simple) if p.strip()]
    if len(parts) <= 1:
        return simple
    asking = []
    for part in parts:
        words = " ".join(_without_courtesy(fold(part)).split()).split()
        words = [_SHORTHAND.get(w, w) for w in words]
        if any(w in _WH or _intent_word(w) for w in words) or _THERE.search(" ".join(words)):
            asking.append(part)
    return " ".join(asking) or simple


_GREETING = rf"(?:{HELLO}\b[\s,!.:;-]*)?"
_CIVILITY = rf"(?:(?:{CIVILITY_ALTERNATION})\.?\s+)?"
_SIGNED_NAME = rf"({_CIVILITY}[\w'-]+(?:\s+[\w'-]+){{0,2}}?)"
# The asker saying who they are (« Salut, c'est Jean-Luc, … », « Bonjour, ici Marie Dupont : »,
# « Jean-Luc ici. ») or signing (« … Merci, Marie Dupont »): a name that is not asked about.
_SELF_NAMED = (
    cues.plain(
        rf"^\W*{_GREETING}(?:moi )?(?:c'est|c est|ici|je suis|je m'appelle|je m appelle"
        rf"|de la part de)\s+{_SIGNED_NAME}\s*(?=[,.!:;\n]|\s-\s)"
    ),
    cues.plain(rf"^\W*{_GREETING}{_SIGNED_NAME}\s+ici\b\s*(?=[,.!:;\n]|\s-\s)"),
    cues.plain(
        r"(?:^|[,.!?;\n])\s*(?:merci\w*(?: (?:d'avance|d avance|beaucoup|bien|encore))?"
        r"|cordialement|bien (?:a vous|cordialement)|bonne (?:journee|soiree)|amicalement"
        rf"|salutations|a bientot|bises)\s*[,.!\n-]*\s*{_SIGNED_NAME}\W*$"
    ),
)
_NOT_A_SIGNATURE = frozenset(("oui", "non", "ok", "merci", "bien", "tous", "toutes"))


def name_said_first(text: str) -> str | None:
    """The name the writer gives first (« Bonjour, ici Marie Dupont : … », « Jean-Luc ici. »),
    lower-case without accents; None when the message opens with no such name. Whose it is,
    the caller tells (bot/services/identity_claims.py)."""
    simple = _simple(text)
    for pattern in _SELF_NAMED[:2]:
        if (match := pattern.search(simple)) is not None:
            return match.group(1)
    return None


def without_self_naming(text: str) -> str:
    """The message with the asker's own name blanked (same length, so that offsets hold):
    « Salut, c'est Jean-Luc, qui présidait ? » asks who presided, about nobody named."""
    simple = _simple(text)
    if len(simple) != len(text):
        return text
    for pattern in _SELF_NAMED:
        match = pattern.search(simple)
        if match is None:
            continue
        words = fold(match.group(1)).split()
        civility = words[0] in ("m", "mr", "mme", "mlle", "monsieur", "madame")
        if any(
            w in _WH
            or w in _NOT_A_SIGNATURE
            or (w in _STOPWORDS and not civility)
            or _intent_word(w)
            or w.isdigit()
            or w in MONTH_NUMBERS
            for w in words[civility:]
        ):
            continue  # « c'est quoi, … », « je suis présent, … »: not a name
        text = _blank(text, match.span(1))
        simple = _blank(simple, match.span(1))
    return text


_NON_VOTERS = cues.plain(
    r"^\W*(?:et )?(qui|combien|lesquels|quels? (?:elus|membres)|quelles? elues"
    # « des élus n'ont pas pris part au vote ? », « y a-t-il quelqu'un qui n'a pas voté ? »
    r"|(?:est[ -]ce qu[e ']? ?)?(?:(?:il )?y (?:a|avait)(?:[ -]t[ -]il)? )?(?:des (?:elus"
    r"|membres|conseillers|personnes)|quelqu[ ']un|certains(?: elus| membres)?)(?: qui)?)"
    r"(?: (?:d'|d |de )(?:elus|membres|personnes|conseillers))?(?: est ce qui)?"
    r" n['’ ]?(?:a|ont|avai\w*|etai\w*|ont pu|a pu) (?:pas|point|jamais) (?:vote|pu voter"
    r"|pris part au vote|participe au vote|participe aux votes|pris part aux votes)\b"
)


# « quels élus ont approuvé … ? », « qui était favorable à … ? », « qui a dit non à … ? »,
# « les suffrages exprimés »: a vote said in other words, read as « a voté pour / contre »
_VOTED_SAID_OTHERWISE_CUES = frozenset(
    """
    approuve approuvee approuves approuvees favorable favorables defavorable defavorables
    oui non exprimes exprimees
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# (only of people: « qui », « les élus »…; « le conseil a approuvé le DOB ? » asks an outcome)
_VOTERS = r"\b(qui|[ée]lus?|membres?|conseill[eè]re?s?|ceux|celles|personnes?)\s+"
_VOTED_FOR_SAID = cues.plain(
    _VOTERS + r"(?:(?:ont|a|avait|avaient)\s+(?:approuv[ée]e?s?|dit\s+oui|vot[ée]\s+oui)"
    r"|(?:[ée]tai(?:en)?t|sont|est|ont\s+[ée]t[ée]|a\s+[ée]t[ée])\s+favorables?)\s+(?:(?:à|a)\s+)?",
    re.IGNORECASE,
)
_VOTED_AGAINST_SAID = cues.plain(
    _VOTERS + r"(?:(?:ont|a|avait|avaient)\s+(?:dit\s+non|vot[ée]\s+non)"
    r"|(?:[ée]tai(?:en)?t|sont|est|ont\s+[ée]t[ée]|a\s+[ée]t[ée])\s+d[ée]favorables?)\s+(?:(?:à|a)\s+)?",
    re.IGNORECASE,
)
_VOTES_CAST = cues.plain(r"\b(?:suffrages|voix|votes)\s+exprim[ée]e?s\b", re.IGNORECASE)
# « beaucoup de délibérations », « pas mal de délibs », « peu de points »: their number asked
_MANY_ACTS = cues.plain(
    r"\b(?:beaucoup|bcp|bcq|pas mal|plein|[ée]norm[ée]ment|trop|peu|tant|autant|si peu)"
    r"\s+(?:de\s+|d['’]\s*)(?=(?:d[ée]lib|d[ée]cision|points?\b|actes?\b|dossiers?\b))",
    re.IGNORECASE,
)
# « la DSP, c'est passé ? », « la délib sur le gérontopôle est passée ? »: adopted, said as
# people say it (never « c'est passé quand ? », « la séance s'est bien passée ? »)
_PASSED_SAID = cues.plain(
    r"(?<![sS]['’])\b(c['’ ]est|est|sont|ont [ée]t[ée]|a [ée]t[ée]|elle est|il est)"
    r"((?:\s+(?:bien|pas|finalement|donc))?)\s+pass[ée]e?s?\b"
    r"(?=\s*(?:[?!,.]|$|au (?:conseil|bureau)|ou (?:pas|non)|finalement|alors|du coup"
    r"|quand\b|[àa] quelle date\b))",
    re.IGNORECASE,
)

_HOW_OFTEN = cues.plain(
    r"(?i)\b(?:se )?(?:r[ée]uni\w*|si[èe]ge\w*|a lieu|ont lieu)\s+(?:combien de fois|tous les "
    r"combien|[àa] quelle fr[ée]quence|souvent)\b"
    r"|\b(?:[àa] quelle fr[ée]quence|tous les combien|combien de fois)(?: par an)?\s+(?:se )?"
    r"(?:r[ée]uni\w*|si[èe]ge\w*|a lieu|ont lieu)\b"
    r"|\bfr[ée]quence des (?:s[ée]ances|r[ée]unions|bureaux|conseils)\b"
)
_HOW_MANY_WE_ARE = cues.plain(
    r"(?i)\bcombien (?:on est|sommes[ -]nous|nous sommes|d['’ ]?[ée]lus (?:on est|sommes[ -]nous)"
    r"|ils sont|sont[ -]ils|si[èe]gent[ -]ils)\b"
    r"|\b(?:on est|nous sommes) combien\b"
)
# « on est combien dans la salle ? », « combien sommes-nous ce soir ? »: those in the room, a
# sitting's presents (never its members in office)
_HOW_MANY_HERE = cues.plain(
    r"(?i)\b(?:combien (?:on est|sommes[ -]nous|nous sommes|ils sont|sont[ -]ils)"
    r"|(?:on est|nous sommes|ils sont|on etait|on était) combien)(?: en tout)?\s+(?:dans la salle"
    r"|en salle|sur place|autour de la table|ce soir|ce matin|aujourd['’ ]hui|en s[ée]ance"
    r"|pr[ée]sents?)\b"
)
_SEX_COUNTED_ALONE = cues.plain(
    r"(?i)^\W*(?:(?:il )?y (?:a|avait|en a|en avait) |et )?combien (?:de |d['’ ] ?)"
    r"(?P<sex>femmes|hommes|[ée]lues)(?: (?:en tout|au total|l[àa] dedans|dedans))?\W*$"
)
# A body's decision said with its verb (« le conseil a délibéré / s'est prononcé / a statué
# sur … », « … est passé en conseil »): its day asks the act's
_DECIDED_SAID = cues.plain(
    r"\b(?:delibere\w*|prononce\w*|statue\w*|passee?s? (?:en|au) (?:conseil|bureau)"
    r"|examine\w*|vote\w*|adopte\w*|approuve\w*|valide\w*|decide\w*)\b"
)
_DECIDED_VERBS = frozenset(
    _words(
        "delibere deliberee delibera prononce prononcee statue statuee examine examinee vote "
        "votee adopte adoptee approuve approuvee valide validee decide decidee passe passee"
    )
)
# Who opened, closed or led a sitting: its président de séance
_LED_THE_SITTING = cues.plain(
    r"(?i)\b(?P<who>qui|ki)(?: est ce qui)? (?:a |avait |l a |l avait )?(?:ouvert|ouvrait|rouvert"
    r"|cl[oô]tur[ée]\w*|clos|lev[ée]|dirig[ée]\w*|dirigeait|men[ée]|menait|anim[ée]\w*"
    r"|animait|conduit|conduisait|tenu la pr[ée]sidence)"
    r"(?P<what> (?:la |le |cette |ce |l['’] ?)?(?:s[ée]ance|bureau|conseil|r[ée]union|session)\b)"
)
# « la parité ? », « quelle parité H/F au bureau ? », « la répartition hommes-femmes », « combien
# de femmes et d'hommes ? »: the members of a body counted by sex
PARITY_SAID = cues.plain(
    r"(?i)\b(?:est[ -](?:il|elle) |(?:c['’ ]?est )?)parit(?:aire|aires)\b"
    r"|\bautant de (?:femmes que d['’ ]?hommes|hommes que de femmes)\b"
    r"|\b(?:(?:quelle|la|de|une|sur la|et la) )?parit[ée]s?"
    r"(?: (?:hommes?|h)\s*(?:et|/|-)?\s*(?:femmes?|f)\b"
    r"| (?:femmes?|f)\s*(?:et|/|-)?\s*(?:hommes?|h)\b)?"
    r"|\b(?:la )?r[ée]partition (?:(?:entre |par |des )?(?:les )?"
    r"(?:hommes?|femmes?|sexes?|genres?)"
    r"(?:\s*(?:et|/|-)\s*(?:des |les )?(?:hommes?|femmes?))?)\b"
    r"|\bcombien d(?:e |['’ ] ?)(?:femmes? et d(?:e |['’ ] ?)hommes?|hommes? et de femmes?)\b"
    # « quelle proportion de femmes au bureau ? », « le pourcentage d'hommes »
    r"|\b(?:(?:quelle|la|le|quel) )?(?:proportion|pourcentage|part|taux)"
    r" d(?:e |es |['’ ] ?)(?:femmes?|hommes?|[ée]lues)\b"
)
_WHICH_YEAR_VOTED = cues.plain(
    r"(?i)\b(?:en |de |dans )?quel(?:le)? (?:ann[ée]e|mois) (?=(?:a |ont |avait |est |sont )?"
    r"(?:[ée]t[ée] )?(?:vot|adopt|approuv|d[ée]cid|valid|pass))"
)
_BY_MAJORITY = cues.plain(
    r"(?i)\b[àa] la majorit[ée](?: (?:simple|absolue|des (?:voix|suffrages)(?: exprim[ée]s)?))?"
)
# (acts in the plural: « la 2022.00033 adoptée à la majorité ? » asks « Oui », not unanimity)
_ACTS_SAID = cues.plain(
    r"(?i)\bd[ée]lib\w*s\b|\bd[ée]cisions\b|\bactes\b|\bcombien\b|\bquelles\b|\blesquelles\b"
)
_RULE_SAID = cues.plain(r"(?i)\b(?:faut|doit|doivent|suffit|r[èe]gles?|loi|comment|si)\b")
# « ma procu est bien passée ? » (recorded), « avec qui la convention est passée ? » (concluded)
_PASSED_OTHERWISE = cues.plain(
    r"(?i)\b(?:avec|ma|mon|mes|procu\w*|pouvoirs?|mandats?|conventions?|contrats?|march[ée]s?"
    r"|messages?|demandes?|r[ée]ponses?|inscriptions?|convoc\w*)\b"
)

# « je serai là jeudi mai en retard »: « mai » typed for « mais » after a weekday said with no
# day of the month (« jeudi 18 mai », « jeudi 18 mai 2025 » are dates and stay so)
_MAI_AFTER_WEEKDAY = cues.compile(
    r"(?i)\b((?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?: (?:prochain|matin|soir|apr[eè]s-midi))?),? mai\b(?! ?\d)"
)
# (« en retard le 18 (arrivée vers 17 h 45) »: the arrival said beside the lateness)
_LATE_WORDS = frozenset(("retard", "mais", "arrivee", "arrive", "arrivant", "arriverai"))
# (« empêché le 18 », « empêchement le 18 », « retard prévu le 18 »: one's own, in a word)
_SAID_IN_A_WORD = frozenset(
    (
        *("empeche", "empechee", "empechement", "prevu", "probable", "possible"),
        # (« absent le 18 : malade »: the reason said beside the absence)
        *("malade", "souffrant", "souffrante", "hospitalise", "hospitalisee"),
    )
)
# « le 18 mai en retard », « le 18 mai je pars avant la fin »: a word follows the month that
# no date carries on with (a year, « à 17 h », « prochain »…): « mai » may be « mais », read so
# where no sitting is held that day of May while one is held on that day of another month
MAI_THEN_WORD = cues.plain(
    r"\b(\d{1,2}|1er) mai\b(?= [a-z])(?! (?:a|au|a l|vers|des|prochain|dernier|de|d|en mai)\b)"
)
_C_TEXTED = cues.compile(
    r"(?i)(?<![\w'’])c(?=\s+(?:qui|ki|quoi|koi|quand|kan|combien|cb|cmb|quel\w*|kel\w*|o[uù]"
    r"|lequel|laquelle|lesquel\w*|bon|ok|vrai|pas|moi|lui|elle|eux|toi|nous|vous)\b)"
)
_CARRYING = (
    r"(?i)\b(port(?:e|es|ent|ait|aient|ais|ee|er|eur|euse)|d[ée]ten(?:ait|aient|ir)|d[ée]tient"
    r"|tenait|(?:a|avait|ont|avaient) (?:re[çc]u|eu|r[ée]cup[ée]r[ée]|pris)|avait|avaient)"
)
_CARRIED_ONES = cues.compile(_CARRYING + r"\s+(?:celui|celle)(?=\s+(?:de|du|d['’]))")
# « à qui Berger avait-elle confié la sienne ? », « j'ai donné la mienne à qui ? », « Bonnet
# portait le sien ? »: a possessive pronoun beside a verb of giving, receiving or carrying stands
# for the proxy (the noun left unsaid); read as « son pouvoir », « mon pouvoir »…, whatever the
# verb's tense and the word order
_PROXY_VERB = cues.compile(
    r"(?i)\b(?:re)?(?:donn|confi|laiss|pass|fil|transm|c[ée]d|remi|remet|d[ée]l[ée]gu|port"
    r"|d[ée]ten|d[ée]tien|ten|tien|re[çc]u|re[çc]oi|prend|pris|eu\b|avai|avez|avi|ai\b|a\b)"
)
_OWN_ONE = cues.compile(
    r"(?i)\b(?:le|la|l['’])\s*(?P<whose>mien|sien|tien|v[oô]tre|n[oô]tre)(?:ne)?\b"
)
# « Bonnet portait le sien ? », « Mouseghian avait la sienne ce jour-là ? »: « le sien » after
# a verb of carrying, with nobody asked for (no « qui »), is whether that member carried one
# (someone else's, whose the answer says); « qui portait le sien ? » stays the proxy of the
# member in talk, « à qui a-t-il confié le sien ? » the one given
_CARRIED_OWN = cues.compile(
    _CARRYING + r"(?:[-\s]+t)?(?:[-\s]+(?:il|elle))?(?:\s+(?:bien|aussi|deja|déjà))?"
    r"\s+(?:le|la|l['’])\s*sien(?:ne)?\b"
)
_WHO_ASKED = cues.compile(r"(?i)\b(?:qui|ki)\b")
# « et moi j'en avais donné ? », « Fara en avait confié un ? », « il en portait une ? », « j'en
# ai reçu un ? »: « en » beside a verb of giving or carrying stands for a proxy, the noun left
# unsaid (read as « j'avais donné un pouvoir »); « reçu » and « avait » only with « un » or
# alone (« une » may be a convocation), and never a count (« combien en a-t-il donné ? »)
_ONE_OF_THEM = cues.compile(
    r"(?i)(?<![\w'’])(?P<pre>[jnml]['’]\s*|[jnml]\s+)?en\s+(?P<verb>(?:(?:avai[st]|avaient|aviez"
    r"|avions|ai|as|a|ont|avez|aurai[st]?)(?:[-\s]+t)?(?:[-\s]+(?:il|elle|je|vous|on))?"
    r"(?:\s+(?:bien|aussi|d[ée]j[àa]|pas|jamais))?\s+(?:donn|confi|laiss|fil|refil|pass|c[ée]d"
    r"|port)[ée]e?s?|(?:avai[st]|avaient|aviez|(?:a|avait|ai|avais|avez|aviez) re[çc]u)"
    r"(?=\s+un\b|\s*(?:[?!.,]|$))"
    r"|port(?:ait|ais|aient|iez|e|es|ent)|d[ée]ten(?:ait|ais)|tenai[st]))\b"
    r"(?:\s+(?:un|une|1)\b)?"
)


def _one_of_them_as_proxy(match: re.Match[str]) -> str:
    pre = (match.group("pre") or "").strip()
    pre = f"{pre[0]}'" if pre else ""
    return f"{pre}{match.group('verb')} un pouvoir"


_OWNER = {"mien": "mon", "sien": "son", "tien": "ton", "votre": "votre", "vôtre": "votre"}
_OWNER |= {"notre": "notre", "nôtre": "notre"}


# « qui avait le vote de Jouve ? », « la voix de Fara, qui l'avait ? »: a member's vote carried
# by another is that member's proxy (never with an act named: « le vote de Berger sur la 417 »)
_VOTE_OF_SOMEONE = cues.compile(r"(?i)\b(?:la voix|le vote)\s+(?=de\b|d['’]|du\b)")
_CARRIED_VOTE = cues.compile(
    r"(?i)\b(?:port\w*|d[ée]ten\w*|d[ée]tien\w*|tenai\w*|avai[st]|avaient|(?:a|ont) (?:eu|re[çc]u"
    r"|r[ée]cup[ée]r[ée]))\b"
)
_AN_ACT_SAID = cues.compile(r"(?i)\b(?:d[ée]lib\w*|sur (?:la|le|les|l['’])|n°|budget|dossier)")
# « combien de membres ont participé au vote ? », « combien ont pris part au vote ? »: the
# votants (the present and the proxies they carried)
_TOOK_PART_COUNTED = cues.compile(
    r"(?i)\b(?:(?:ont|a|avaient|avait) )?(?:particip[ée]|pris part|prendre part|particip[ée]s)"
    r" (?:au|aux) votes?\b"
)
_COUNTING_SAID = cues.compile(r"(?i)\b(?:combien|nombre|nb|cb|total)\b")
# « qui a voté par procuration ? », « combien ont voté par pouvoir ? »: the members represented
_VOTED_BY_PROXY = cues.compile(
    r"(?i)\b(?:(?:a|ont|avait|avaient) )?vot[ée]s? (?:par|avec) (?:une |un )?"
    r"(?:procurations?|pouvoirs?|procus?)\b"
)


def _own_one_as_proxy(match: re.Match[str]) -> str:
    return f"{_OWNER[match.group('whose').lower()]} pouvoir"


# « c'est à qui que Fara a laissé sa procu ? », « c'était de qui qu'il tenait son pouvoir ? »,
# « c'est par qui qu'il était représenté ? »: a question word put forward (« c'est … que »)
# asks as the question word alone does (« à qui Fara a laissé … »), never « Oui / Non »
_CLEFT_QUESTION = cues.compile(
    r"(?i)\b(?:c['’ ]\s*(?:est|[ée]tait)|ce serait|c\b)\s+(?P<word>(?:(?:[àa]|de|d['’]|par|pour"
    r"|chez|avec|au|du)\s*)?(?:qui|ki|quand|o[uù]|combien))\s+(?:que|qu['’]|qui\b)\s*"
)


def _cleft_question(match: re.Match[str]) -> str:
    # « c'est qui qui avait … »: « qui avait … », the second « qui » its subject again
    return f"{match.group('word')} "


# « ce qui concerne l'AURA », « les délibs de l'AURA »: a small word in capitals after an
# article, in a message that is not shouted, is an acronym, a topic (never « aura » the verb,
# dropped to nothing asked); « TOUS ? », « il n'était PAS là » stay words said louder
_CAPITALS = cues.plain(
    r"(?i:\b(?:l|d)['’]|\b(?:la|le|les|du|des|au|aux|de la|a la|à la)\s+)([A-ZÀ-Ý]{3,6})\b"
)


def _acronyms(text: str) -> frozenset[str]:
    found = [m.group(1) for m in _CAPITALS.finditer(text)]
    if not found:
        return frozenset()  # (most messages: no letters counted)
    letters = [c for c in text if c.isalpha()]
    if sum(c.isupper() for c in letters) * 3 > len(letters):
        return frozenset()  # « QUI ETAIT LA ? »: shouted, no acronym told apart
    return frozenset(w for w in map(fold, found) if w in _STOPWORDS)


# « qui a prévenu de son absence ? », « ceux qui ont prévenu qu'ils ne venaient pas »: excused
_TOLD_AWAY = cues.plain(
    r"\b(a|ont|avait|avaient) pr[ée]venu(?:e|s|es)? (?:de (?:son|leur) absence"
    r"|qu['’ ](?:il|elle|ils|elles) ne (?:venai(?:t|en)t|viendrai(?:t|en)t) pas)",
    re.IGNORECASE,
)
_SHEET_SAID = cues.plain(
    r"\b(?:la |les |une )?(?:feuilles?|listes?|registres?) (?:d['’ ]?[ée]margements?"
    r"|de (?:pr[ée]sences?|signatures?))\b",
    re.IGNORECASE,
)


# « avant le 20 décembre », « d'ici le 3 janvier », « jusqu'au 15 mars », « avant Noël »,
# « d'ici la fin de l'année »: a day to come as the end of a span starting today (a year typed
# after the day, a day just past, « le bureau d'avant le 4 juillet » or a question about the
# past keep their own reading)
_UNTIL = cues.plain(
    r"(?<![dD]['’])(?<![dD] )\b(?:avant|d['’]ici|jusqu['’](?:au|à|a))\s+(?:(?:le|la)\s+)?"
    r"(?:(?P<day>\d{1,2})(?:er)?\s+"
    rf"(?P<month>{MONTH_PATTERN})\b(?!\s*\d)|(?P<xmas>no[eë]l)\b|(?P<eoy>fin de l['’]ann[ée]e)\b)",
    re.IGNORECASE,
)
_PAST_SAID = cues.plain(
    r"\b(?:etait|etaient|avait|avaient|a eu|ont eu|y a eu|dernier|derniere|derniers|hier)\b"
)


def _until_said(text: str, today: date) -> str:
    found = _UNTIL.search(text)
    if found is None or _PAST_SAID.search(fold(text)):
        return text
    if found["day"]:
        day, month = int(found["day"]), MONTH_NUMBERS.get(fold(found["month"]).lower(), 0)
    else:
        day, month = (25, 12) if found["xmas"] else (31, 12)
    try:
        end = date(today.year, month, day)
    except ValueError:
        return text  # « avant le 31 février »: left to the date readers, which say so
    if end < today:
        # « d'ici le 10 janvier » said in December: next year's; « avant le 4 juillet » said
        # on the 10th: that day just past, read as before (a year ahead is no one's « d'ici »)
        end = date(today.year + 1, month, day) if (month, day) != (2, 29) else end
        if end < today or (end - today).days > HALF_A_YEAR:
            return text
    start = f"{today.day} {MONTHS[today.month - 1]} {today.year}"
    span = f"entre le {start} et le {day} {MONTHS[month - 1]} {end.year}"
    return text[: found.start()] + span + text[found.end() :]


# Pure, and its frame immutable: read once for a message read several times over (by the
# splitter, « said again », the command's argument, the answerer), and once for the questions
# members type alike (« bonjour », « /presents », « qui était absent ? »)
@lru_cache(maxsize=1024)
def read_frame(text: str, today: date, *, people: bool = True) -> Frame:
    """The frame of one message: pure, no store, no Telegram (`people`: a filter on the people
    listed is read; read again without it when the question is about no people)."""
    if not text or text.isspace():
        # A bare command (« /presents », « /seances »): nothing to read, what the readers below
        # would find in no words at all (a tenth of a sentence's reading, at every such command).
        return Frame(asked=Asked.HELP, text=text)
    if (checked := _PLACE_CHECKED.match(fold(text))) and len(fold(text)) == len(text):
        # « c'est en salle du conseil jeudi ? », « ça a lieu à l'hôtel de métropole ? »: the
        # place checked is the place asked, of the day or body said besides (never the
        # Conseil read from « salle du conseil »)
        rest = _read_frame(f"ce sera {text[checked.end() :]}", today)  # (a place to go to)
        return Frame(
            asked=Asked.SITTING, about=About.PLACE, when=rest.when, body=rest.body, text=text
        )
    top = None
    if "plus" in text or "moins" in text:
        top, text = _top_said(text)
    read = _read_frame(text, today, people=people)
    read = _year_left_as_when(read)
    read = _agenda_asked_for(read)
    # « les 3 délibérations les plus récentes »: how many of the newest, as of a superlative
    return read.but(top=top) if top else read


_PLACE_CHECKED = cues.plain(
    r"^\W*(?:et |donc |alors )?(?:c est|ce sera|ca (?:se passe|se passera|a lieu|aura lieu)"
    r"|la seance (?:est|sera|a lieu|aura lieu|se tient|se tiendra)|on se (?:reunit|retrouve"
    r"|reunira|retrouvera)) (?:bien |toujours |encore |comme d habitude )?(?:en|a|au|dans)"
    r" (?:la |l )?(?:grande |petite )?(?:salle|hotel|mairie|siege|espace|centre|maison"
    r"|auditorium|amphi\w*|hemicycle)\b"
    # the place names no more than a few words, then the day or the body; never a clause
    # (« c'est en mairie qu'on dépose les pouvoirs ? » asks something else)
    r"(?:[ -](?!qu\b|que\b|ou\b|le |la |les |jeudi|lundi|mardi|mercredi|vendredi|samedi"
    r"|dimanche|demain|ce |cette )[\w-]+){0,5}"
    r"(?=\W*$|[ ,]+(?:le |la |les |du |au |pour |jeudi|lundi|mardi|mercredi|vendredi|samedi"
    r"|dimanche|demain|ce |cette )(?![^?]*\bqu))"
)
# « je peux avoir l'ordre du jour en PDF ? », « vous pouvez m'envoyer l'ODJ par mail ? »: the
# agenda asked for, in a form no document is sent in here; the words of the form name no topic
_ASKED_TO_HAVE = cues.plain(
    r"\b(?:je (?:peux|pourrais|pourrai|voudrais|veux|aimerais|souhaiterais|souhaite) (?:avoir"
    r"|recevoir|obtenir|consulter|voir|lire)|(?:pouvez|pourriez|peux|pourrais) (?:vous |tu )?"
    r"(?:m |me |nous )(?:envoyer|transmettre|donner|faire suivre|renvoyer|communiquer)"
    r"|(?:envoie|envoyez|transmets|transmettez|donne|donnez)(?: moi| nous))\b"
)
_FORM_WORDS = frozenset(
    """
    pdf fichier version imprimable imprimer word piece jointe scan scanne format
    """.split()  # noqa: SIM905 (a word list reads better as prose)
) | {channel for channel in CHANNEL_WORDS if " " not in channel}


def _agenda_asked_for(read: Frame) -> Frame:
    """The agenda asked for (never « was I there ? » for a « je » that asks to have it),
    without the words of the form it is wanted in."""
    if read.about is not About.AGENDA or not (asked := _ASKED_TO_HAVE.search(fold(read.text))):
        return read
    unsaid = _FORM_WORDS | set(asked.group().split())  # (« recevoir » is no topic either)
    return read.but(
        polar=False, first_person=False, words=tuple(w for w in read.words if w not in unsaid)
    )


# What counts or ranks acts over a period: a year left among its words is that period
_OVER_A_PERIOD = frozenset((Asked.MOST, Asked.DELIBERATION_COUNT))


def _year_left_as_when(read: Frame) -> Frame:
    """« la plus contestée 2022 », « combien de délibs 2022 », « le plus d'abstentions sur
    2022 »: a year typed bare, with no date read, is the period acts are ranked or counted
    over, never a word their titles must print (« le budget 2022 » searched keeps it)."""
    if read.asked not in _OVER_A_PERIOD or not read.when.empty or read.follow_up:
        return read
    years = [w for w in read.words if _YEAR_WORD.match(w)]
    if len(years) != 1:
        return read
    year = int(years[0])
    when = When(start=date(year, 1, 1), end=date(year, 12, 31), said=f"en {year}")
    return read.but(when=when, words=tuple(w for w in read.words if w != years[0]))


# « les trois délibérations les plus contestées », « les 2 plus disputées », « le top 5 des
# délibs avec le plus de contre »: a number of the top asked, before a superlative (a few
# words between them at most)
_TOP_SAID = cues.plain(
    rf"\b(?:les|des|(?:le )?top)\s+(\d{{1,2}}|{NUMBER_WORD})\s+((?:(?:des )?[^\W\d]+\s+){{0,4}}?)"
    r"(?:(?:les|la|le|ont eu le|a eu le|qui ont (?:eu|ete) le)\s+)?(plus|moins)\b",
    re.IGNORECASE,
)
_TOP_MOST = 20  # « les 50 plus contestées »: no ranking that long is listed


# « la deuxième plus contestée », « la 3e délib la moins consensuelle »: a rank of the top,
# answered with the top down to it (its place numbered)
_RANK_SAID = cues.plain(
    r"\b(?:la|le|celle|celui)\s+(\w{1,12})\s+(?:(?:delib\w{0,9}|d[ée]lib\w{0,9}|d[ée]cision)\s+)?"
    r"(?:(?:la|le|qui a [ée]t[ée] la|qui a eu le)\s+)?(plus|moins)\b",
    re.IGNORECASE,
)


def _top_said(text: str) -> tuple[int | None, str]:
    """How many of a superlative's top are asked, and the text with « les » before the
    superlative in place of the number; (None, text) when no number is said before it."""
    found = _TOP_SAID.search(text)
    if found is None and (ranked := _RANK_SAID.search(text)) is not None:
        said = fold(ranked.group(1))
        rank = ORDINAL_WORDS.get(said) or ordinal_in_words(ranked.group(1))
        if rank is not None and 1 < rank <= _TOP_MOST:
            start, end = ranked.span()
            return rank, f"{text[:start]}les {ranked.group(2)}{text[end:]}"
    if found is None:
        return None, text
    said = found.group(1)
    value = int(said) if said.isdigit() else number_in_words(said)
    if value is None or not 1 < value <= _TOP_MOST:
        return None, text
    between = found.group(2).strip()
    rest = f"les {between} " if between else ""
    start, end = found.span()
    return value, f"{text[:start]}{rest}les {found.group(3)}{text[end:]}"


def _read_frame(text: str, today: date, *, people: bool = True) -> Frame:
    text = _not_me_as_other(without_self_naming(text))
    # « la feuille d'émargement du 18 », « la liste de présence du 4 juillet »: the roll call
    text = _SHEET_SAID.sub("la liste de présence", text)
    if "venu" in text:
        text = _TOLD_AWAY.sub(
            lambda m: "était excusé" if m[1].lower() in ("a", "avait") else "étaient excusés", text
        )
    text = _MAI_AFTER_WEEKDAY.sub(r"\1 mais", text)
    # « c qui ki a donné pvr a barriol ? », « c koi la 417 »: « c » texted for « c'est »
    text = _C_TEXTED.sub("c'est", text)
    if "celui" in text or "celle" in text:
        # « qui portait celui de Fara ? », « qui détenait celle de Berger ? »: what one member
        # carries of another is a proxy, the noun left unsaid
        text = _CARRIED_ONES.sub(r"\1 le pouvoir", text)
    if ("ien" in text or "tre" in text) and _PROXY_VERB.search(text):
        if not _WHO_ASKED.search(text):
            text = _CARRIED_OWN.sub(r"\1 un pouvoir", text)
        text = _OWN_ONE.sub(_own_one_as_proxy, text)
    if "en " in text and not _COUNTING_SAID.search(text):
        text = _ONE_OF_THEM.sub(_one_of_them_as_proxy, text)
    if "qu" in text or "ki" in text:
        text = _CLEFT_QUESTION.sub(_cleft_question, text)
    if "vo" in text:
        if _CARRIED_VOTE.search(text) and not _AN_ACT_SAID.search(text):
            text = _VOTE_OF_SOMEONE.sub("le pouvoir ", text)
        if _COUNTING_SAID.search(text):
            text = _TOOK_PART_COUNTED.sub("votants", text)
        text = _VOTED_BY_PROXY.sub("était représenté", text)
    if "avant" in text or "ici" in text or "jusqu" in text:
        # « y a-t-il un bureau avant le 20 décembre ? », « un conseil d'ici Noël ? »: the
        # sittings from today to that day (never the last one before it, years ago)
        text = _until_said(text, today)
    # « y a eu beaucoup de délibérations au conseil de mars ? »: how many, not a topic
    text = _MANY_ACTS.sub("combien de ", text)
    if "combien" in text or "quence" in text or "souvent" in text:
        # « le bureau se réunit combien de fois par an ? », « à quelle fréquence ? »: its
        # sittings, counted (never the asker's attendance, nor a roll call)
        text = _HOW_OFTEN.sub("combien de séances", text)
    if "combien" in text:
        # « on est combien dans la salle ? »: the presents of the sitting (in talk, or today's)
        text = _HOW_MANY_HERE.sub("combien de présents", text)
        # « combien on est au bureau ? », « on est combien au conseil ? »: its members (in the
        # present; « combien on était ? » is a sitting's attendance)
        text = _HOW_MANY_WE_ARE.sub("combien de membres", text)
    if "qui" in text or "ki" in text:
        # « qui a ouvert la séance ? », « qui dirigeait le bureau ? »: who presided it
        text = _LED_THE_SITTING.sub(r"\g<who> a présidé \g<what>", text)
    if "femmes" in text or "hommes" in text or "lues" in text:
        # « combien de femmes ? » alone: of the people in talk (the list just shown, else the
        # members), never a topic « femmes »
        text = _SEX_COUNTED_ALONE.sub(r"et combien de \g<sex> ?", text)
    if "parit" in text or "partition" in text or "femmes" in text or "hommes" in text:
        # « la parité au bureau ? », « la répartition hommes / femmes »: the members counted
        # by sex (never a topic « parité »)
        text = PARITY_SAID.sub("combien de femmes et d hommes membres ", text)
    if "pass" in text and not _PASSED_OTHERWISE.search(text):
        text = _PASSED_SAID.sub(r"\1\2 adopté", text)
    if "quel" in text:
        # « en quelle année a été voté le rapport … ? »: when it was voted (never the topic
        # « année »)
        text = _WHICH_YEAR_VOTED.sub("quand ", text)
    if "majorit" in text and _ACTS_SAID.search(text) and not _RULE_SAID.search(text):
        # « les délibérations adoptées à la majorité en 2022 »: those without unanimity (never
        # the topic « majorité »); the law's majority asked keeps its words
        text = _BY_MAJORITY.sub("sans unanimité", text)
    # « quels élus ont approuvé la 417 ? », « qui était favorable à la DSP ? », « qui a dit non
    # au budget ? »: who voted for or against, in other words
    if _VOTED_SAID_OTHERWISE_CUES.intersection(_simple(text).split()):
        text = _VOTED_FOR_SAID.sub(r"\1 a voté pour ", text)
        text = _VOTED_AGAINST_SAID.sub(r"\1 a voté contre ", text)
        text = _VOTES_CAST.sub("votants", text)
    nonvoters = _NON_VOTERS.match(_simple(text)) if "vot" in text else None
    if nonvoters:
        # « qui n'a pas voté ? »: the absent who gave no proxy (a vote the act does not print
        # per member: those who were not there, nor represented)
        counted = nonvoters.group(1) == "combien"
        asked = "combien d'absents" if counted else "qui était absent"
        text = f"{asked} sans pouvoir{text[nonvoters.end() :]}"
    # « 2022/03/24 », « 2022.03.24 »: a year first is an ISO date (same length, offsets kept).
    simple = _ISO_DATE.sub(lambda m: m.group(0).replace("/", "-").replace(".", "-"), _simple(text))
    simple = _SPACED_DATE.sub(lambda m: m.group(0).replace(" ", "/"), simple)
    # « jétais », « jsuis », « javais »: « je » glued to its verb, as typed on a phone.
    simple = _GLUED_JE.sub(
        lambda m: f"je {m.group(1)}" if m.group(1)[0] not in "aeiouy" else f"j'{m.group(1)}",
        simple,
    )
    if "plus" in simple:
        simple = _AGE_SUPERLATIVE.sub(_as_rank, simple)
    # « la quatre cent dix-sept », « la deux mille vingt-quatre quatre cent dix-sept »
    simple = act_numbers_said(simple)
    if "mille" in simple or "numero" in simple or "delib" in simple:
        simple = _number_said(simple)
    simple = _SPACED_NUMBER.sub(r"\1\2.\3", simple)  # same length: offsets kept
    number = typed_number = None
    if match := _DELIBERATION_NUMBER.search(_ISO_DATE.sub(_spaces, simple)):
        typed_number = match.group(0)
        number = normalise_number(*match.groups())
        # « c'est quoi la 2024.00417 ? »: the article goes with the number, or « quoi la ? »
        # would end like « X là ? », a presence question
        article = _ARTICLE_BEFORE.search(simple, 0, match.start())
        simple = _blank(simple, (article.start() if article else match.start(), match.end()))
    elif match := _OVERLONG_NUMBER.search(_ISO_DATE.sub(_spaces, simple)):
        typed_number = number = match.group(0)
        simple = _blank(simple, match.span())
    elif match := _PRINTED_CODE.search(simple):
        # « la DELBU2025-03-005 a été adoptée ? »: a council's own number, as printed
        typed_number = number = match.group(0).upper()
        simple = _blank(simple, match.span())
    sequence = None
    number_or_day = None
    if number is None and (day_like := _ACT_NUMBER_OR_DAY.search(_simple(text))):
        number_or_day = day_like.group(1)
    if number is None and (short := _SHORT_NUMBER.search(_ISO_DATE.sub(_spaces, simple))):
        # « delib 417 de 2024 »: the act; « delib 417 »: the sequence of any year, which the
        # store resolves (one act, or « de quelle année ? »)
        if short.group(2):
            typed_number = short.group(0).strip()
            number = normalise_number(short.group(2), short.group(1))
        else:
            sequence = f"{int(short.group(1)):05d}"
        # the number and what introduced it but the act's noun (« la 417 » is no « là »)
        noun = re.match(r"delib|deliberation|acte|decision", short.group(0))
        simple = _blank(simple, (short.start(1) if noun else short.start(), short.end()))
        simple = (
            re.sub(r"\b(?:n°|no|numero|num|nr)(\s*)$", _spaces, simple[: short.start(1)])
            + (simple[short.start(1) :])
        )
    same_unit, same_unit_said = None, ""
    if same := _SAME_UNIT.search(simple):
        # « cette année-là », « la même année »: read here, or « là » asks a presence
        same_unit_said = _as_typed(same.group(0), simple, text)
        unit = next(u for u in same.groups() if u)
        same_unit = "annee" if unit == "an" else unit
        simple = _blank(simple, same.span())
    when, invalid, folded = _read_when(simple.replace("n°", "  "), text, today)
    # (« retard le 18 (vers 17h30) »: brackets set words apart, they are no part of one)
    folded = " ".join(_BRACKETS.sub(" ", folded).split())
    stepped = _STEP_FROM.search(fold(simple)) if when.dated and not when.relative else None
    if stepped is not None:
        # « la séance d'avant celle de juillet 2024 », « le conseil qui a suivi celui du 27
        # janvier »: a step from the sitting of that date (the date stays, as the anchor);
        # « les séances avant juillet 2024 »: every one before it.
        after = bool(re.search(r"apres|suiv|suit", stepped.group(1)))
        folded = _STEP_FROM_WORDS.sub(" ", folded)
        if re.search(r"\b(?:seances|reunions|conseils|bureaux|sessions)\b", folded):
            anchor = when.on or when.start
            if anchor is not None:
                start, end = (anchor + timedelta(days=1), date.max) if after else (_EVER, anchor)
                if after and when.end:
                    start = when.end + timedelta(days=1)
                if not after:
                    end = anchor - timedelta(days=1)
                said = f"{stepped.group(1)} {when.said}"
                when = When(start=start, end=end, said=said)
        else:
            when = replace(when, relative=Relative.AFTER if after else Relative.BEFORE, rank=None)
    if (
        (when.start or when.on)
        and (unit_step := _UNIT_STEP.search(fold(simple)))
        and (_FOLLOW_UP.search(fold(simple)) or fold(simple).startswith("et "))
    ):
        # « et le mois d'avant ? »: from the period in talk, not from today (the handler
        # re-anchors it; read alone, today's month before stands)
        unit = "annee" if unit_step.group(1) == "an" else unit_step.group(1)
        before = unit_step.group(2).startswith(("d avant", "avant", "preced", "qui preced"))
        when = replace(when, shift=(unit, -1 if before else 1))
    if when.empty and (day_step := _DAY_STEP.search(fold(simple))):
        # « et la veille ? », « le lendemain ? »: a day from the day in talk (the handler
        # re-anchors it; read alone, from today)
        by = _DAY_STEPS[next(k for k, v in day_step.groupdict().items() if v)]
        when = When(on=today + timedelta(days=by), said=day_step.group(0), shift=("jour", by))
    if same_unit and not (when.start or when.on):
        # « combien de délibérations cette année-là ? »: the handler anchors it on what is in
        # talk; read alone, today's period stands
        start, end = (
            (date(today.year, 1, 1), date(today.year, 12, 31))
            if same_unit == "annee"
            else (today.replace(day=1), today)
            if same_unit == "mois"
            else (today - timedelta(days=today.weekday()), today)
        )
        when = When(start=start, end=end, said=same_unit_said, shift=(same_unit, 0))
    stepping = when.relative in (Relative.BEFORE, Relative.AFTER)
    if (when.start or when.month) and not stepping and (ranked := _RANKED.search(folded)):
        # « le premier conseil de 2022 », « la dernière séance de mars »: one of the period's.
        when = replace(when, rank=_RANKS.get(ranked.group(1), -1))
        folded = folded[: ranked.start(1)] + folded[ranked.end(1) :]
    elif (
        when.empty
        and (ranked := _RANKED.search(folded))
        and ranked.group(1) in _RANKS
        and not _FOLLOW_UP.search(folded)
    ):
        # « la toute première séance », « le deuxième conseil »: of every one known, in order
        when = When(start=_EVER, end=today, rank=_RANKS[ranked.group(1)], said=ranked.group(0))
        folded = folded[: ranked.start(1)] + folded[ranked.end(1) :]
    courteous = " ".join(_without_courtesy(folded).split())
    # « les séances à venir », « le bureau qui vient »: what is coming, not anyone coming.
    courteous = " ".join(_TO_COME.sub(" ", courteous).split())
    item = None
    said_words = set(folded.split())  # the literal gates of the rarer readings below
    ranked_item = _ITEM_RANK.search(courteous) if not said_words.isdisjoint(_ITEM_CUES) else None
    if ranked_item:
        said_rank = ranked_item.group(1) or ranked_item.group(2) or ranked_item.group(3)
        item = int(said_rank) if said_rank.isdigit() else _ORDINAL_WORDS[said_rank]
        courteous = " ".join(_ITEM_RANK.sub(" ", courteous).split())
    in_talk = (
        when.empty
        and not said_words.isdisjoint(_THAT_CUES)
        and bool(_THAT_SITTING.search(courteous))
    )
    if in_talk:
        courteous = " ".join(_THAT_SITTING.sub(" ", courteous).split())
    both = not said_words.isdisjoint(_BOTH_CUES) and bool(_BOTH.search(courteous))
    if both:
        courteous = " ".join(_BOTH.sub(" ", courteous).split())
    follow_up = bool(
        _FOLLOW_UP.search(courteous) or _MORE_OF_IT.match(folded) or _IN_THE_LIST.match(folded)
    ) or (folded.startswith("et ") if folded else False)
    names_alone = _names_asked_alone(folded)
    if names_alone:
        follow_up, courteous = True, "lesquels"
    if follow_up:
        courteous = re.sub(r"^(?:et|mais|puis|aussi|ensuite)\b\s*", "", courteous)
        courteous = _IN_THE_LIST.sub("", courteous).strip()
        courteous = " ".join(_SAME_AGAIN.sub(" ", courteous).split())

    among, among_said, among_letter = None, "", ""
    if (
        people
        and not said_words.isdisjoint(_AMONG_CUES)
        and not _LEFT_EARLY.search(courteous)  # « des élus sont partis avant le vote ? »
    ):
        among, among_said, among_letter, courteous = _among_read(courteous)
        if among is not None and "parmi" in said_words:
            follow_up = True  # « combien de femmes parmi eux ? »: the list just shown
    latter = THE_LATTER.search(courteous)
    if latter is not None:  # « ce dernier »: a pronoun, neither « dernier » nor a name « ci »
        courteous = " ".join(THE_LATTER.sub(" lui ", courteous).split())
    tokens = [_SHORTHAND.get(t, t) for t in courteous.split()]
    # « présents hors pouvoirs », « excusés sans ceux qui ont donné pouvoir »: the proxies are
    # left out of what is counted or listed, not asked about (_UNREPRESENTED narrows the
    # absent on the whole text)
    courteous = " ".join(tokens)
    if (kept := _LEFT_OUT.sub(" ", courteous)) != courteous and any(
        _intent_word(t) in ("present", "absent", "count") for t in kept.split()
    ):
        courteous = " ".join(kept.split())  # never « et sans pouvoir ? » alone: that narrows
    if (kept := _UNEXCUSED_OTHERWISE.sub(" ", courteous)) != courteous and any(
        _intent_word(t) in ("present", "absent") for t in kept.split()
    ):
        courteous = " ".join(kept.split())  # « qui a séché sans prévenir ? »: no name « prevenir »
    tokens = courteous.split()
    acronyms = _acronyms(text)
    concepts: dict[str, list[str]] = {}
    leftovers: list[str] = []
    verbs: set[str] = set()
    away_said = away_for_a_reason(courteous)
    idioms = _attendance_idioms(courteous)
    for index, token in enumerate(tokens):
        if token.startswith("pass") and index and tokens[index - 1] in _PASSED_AS_VERB:
            continue  # « ça se passe où ? », « elle est passée ? »: a verb, not « passé »
        if token.startswith("remplac") and "non remplac" in folded:
            continue  # « deux démissions non remplacées »: vacant seats, no proxy
        concept = _intent_word(token)
        if concept is None and token in AWAY_WORDS and away_said:
            concept = "absent"  # « qui était malade le 4 juillet ? »: the absent, asked
        if concept is None and token in idioms:
            concept = idioms[token]  # « qui a fait faux bond ? »: no name « faux bond »
        if concept is None and token in _COMES and tokens[index + 1 : index + 2] != ["de"]:
            # « Berger vient le 17 ? », « Rivat vient au bureau ? »: coming, a presence; « ça
            # vient de quelle délibération ? » is where from
            concept = "present"
        if concept is not None:
            concepts.setdefault(concept, []).append(token)
        elif (
            token in acronyms
            # (« ce qui concerne l'AURA »: after the article, a noun, never « aura » the verb)
            or (
                token == "aura"
                and tokens[index - 1 : index] == ["l"]
                and not _SUBJECTS_OF_AURA.intersection(tokens[max(0, index - 2) : index - 1])
            )
            or (
                token not in _STOPWORDS
                and not _NOT_A_TOPIC.match(token)
                and not _ASKING_FILLER.match(token)
                and not _tied_to_topic(tokens, index)
            )
        ):
            leftovers.append(token)
            if _verb_at(tokens, index):
                verbs.add(token)
    if concepts.keys() & {"present", "absent", "proxy"}:
        # « qui a signalé son absence ? »: no name « signale » (« qui a signé la convention
        # avec AESIO ? » keeps its verb, the act's signature asked)
        leftovers = [w for w in leftovers if w not in verbs]
    if {"conseils", "bureaux"} & set(tokens):  # « les conseils de 2022 »: a list of sittings
        concepts.setdefault("sittings", []).extend(
            w for w in tokens if w in ("conseils", "bureaux")
        )
    if "proxy" not in concepts and "en" in said_words and _CARRIED_SOME.search(courteous):
        concepts["proxy"] = ["portait"]  # « Berger en portait combien ? »: proxies, unsaid
    elif "proxy" not in concepts and (carried := _CARRIED_WHAT.search(courteous)):
        concepts["proxy"] = [carried.group().split()[0]]
        leftovers = [w for w in leftovers if w not in carried.group().split()]
    if "record" not in concepts and "taux" in said_words and _RATE_OF_SOMEONE.search(courteous):
        concepts["record"] = ["taux"]
    if when.shift is not None and when.shift[0] == "jour":  # « et la veille ? »: no name
        leftovers = [w for w in leftovers if w not in ("veille", "lendemain", "surlendemain")]
    if END_ASKED.search(folded) and (
        not when.empty
        or concepts.keys() & {"sitting", "bureau", "conseil"}
        or "heure" in said_words  # « à quelle heure ça finit ? »: a sitting's hour
    ):  # « le bureau finit à quelle heure ? »: a verb, no topic (an act's end is its text's)
        leftovers = [w for w in leftovers if not _END_WORDS.match(w)]
    if not said_words.isdisjoint(AVERAGE_WORDS):
        # « combien de présents en moyenne en 2022 ? »: how a count is summed up, no one's name
        leftovers = [w for w in leftovers if w not in AVERAGE_WORDS]
        if concepts.keys() & {"present", "absent", "proxy"}:  # « la moyenne des présents »
            concepts.setdefault("count", []).append("moyenne")
    voted_for = _VOTED_FOR.search(courteous)
    if voted_for is None and (
        _WHO_SUBJECT.search(courteous) or _VOTED_FOR_IMPERFECT.search(courteous)
    ):
        # « qui a voté pour Jouve ? »; « Degraix votait pour Artigues ? », « c'est bien
        # Mouseghian qui votait pour Cadegros ? »: voting for someone, in the imperfect, is
        # carrying their proxy
        voted_for = _VOTED_FOR_NAMED.search(courteous)
    if voted_for is not None:  # « qui a porté la voix de Driol ? »: a proxy
        concepts.pop("vote", None)
        concepts.setdefault("proxy", []).append("voix")
        # « et elle votait pour quelqu'un ? »: the verb of that phrase is no name left to
        # resolve (it hid the pronoun, and every proxy of the sitting was listed)
        phrase = set(voted_for.group().split()) - {voted_for.groupdict().get("name")}
        leftovers = [w for w in leftovers if w not in phrase]
    has = concepts.__contains__
    wh = next((t for t in tokens if t in _WH), None)
    if wh in (None, "quel", "quelle") and when.empty and not {"date", "dates"}.isdisjoint(tokens):
        # « délib crématorium date », « à quelle date a été votée la CFE ? »: the day asked,
        # as « quand » asks it, wherever the word stands; no topic of its own
        wh = "quand"
        leftovers = [w for w in leftovers if w not in ("date", "dates")]
    if wh == "qui" and "qui" in said_words and _CLEFT.search(courteous):
        # « c'est bien Christiane qui portait le pouvoir de Cadegros ? »: the « qui » of a
        # cleft names who is meant, it asks nothing; the question is yes or no
        wh = next((t for t in tokens if t in _WH and t != "qui"), None)
    asking = _asking_part(simple)
    # (« tu peux me les lister ? »: the asker is told, not asked about)
    first_person = not names_alone and bool(
        _FIRST_PERSON.search(" ".join(_without_courtesy(fold(asking)).split()))
        or _ME_AS_OBJECT.search(asking)
    )
    pronoun = (
        both
        or bool(_PRONOUN.search(courteous))
        or (not said_words.isdisjoint(_PLURAL_CUES) and bool(_PLURAL_PRONOUN.search(courteous)))
    ) and not first_person
    brief = not said_words.isdisjoint(_BRIEF_CUES) and bool(_BRIEF.search(folded))
    if brief:  # « résume-la », « montre-la en bref »: « la » is the act, no « là »
        courteous = " ".join(_BRIEF_PRONOUN.sub(" ", courteous).split())
    there = bool(_THERE.search(courteous))
    if not there and (told := _THERE_THEN_NAMED.search(courteous)):
        # « il était là gilles boudard ? », « elle était là berger ? »: the subject said after
        # « là », without its comma (« elle était la présidente ? » names an office, no one)
        there = not is_known_word(told.group(1)) and told.group(1) not in _OFFICE_NOUNS
    if there and number and (dropped := re.sub(r"\bla(\W*)$", r"\1", courteous)) != courteous:
        # « de quoi parle la 2024.00417 ? »: the « la » stood before the act's number, it is
        # no « là »
        there = bool(_THERE.search(dropped))
    if brief:
        leftovers = [w for w in leftovers if w not in _BRIEF_WORDS]
    bodies = [b for b in ("bureau", "conseil") if has(b)]
    # (both named, « c'était le bureau ou le conseil ? »: which one is asked, no filter)
    body = bodies[0] if len(bodies) == 1 else None
    if (
        when.empty
        and ("proxy" in concepts or (first_person and concepts.keys() & {"absent", "present"}))
        and (
            _REGISTERED.search(courteous)
            or _CAN_HOLD.search(courteous)
            or _CAN_GIVE.search(courteous)
            or _HOLDS_NOW.search(courteous)
        )
    ):
        # « mon pouvoir est bien enregistré ? », « ma procu est bien passée ? », « Laget peut
        # encore recevoir un pouvoir ? »: a proxy in words is given for a sitting to come; the
        # state asked is that one's
        when = When(relative=Relative.NEXT, said="")
        leftovers = [w for w in leftovers if not _REGISTERED_WORDS.match(w)]
    if (first_person and _MY_ANSWER.search(courteous)) or (
        _ANSWER_OF.search(courteous) and not _ANSWERED_TO.search(courteous)
    ):
        # « j'ai répondu à la convocation ? », « ma réponse pour le bureau ? »: the presence or
        # absence the asker declared, for the sitting to come unless one is named
        when = When(relative=Relative.NEXT, said="") if when.empty else when
        leftovers = [w for w in leftovers if w not in ("repondu", "reponse", "repondre")]
    if when.empty and (step := _STEP.search(courteous.strip(" ?!.;:"))):
        if step.group(1):  # « l'avant-dernier conseil »: the second latest
            when = When(relative=Relative.LAST, rank=2, said=step.group(0))
        else:
            after = step.group(0).endswith(("apres", "suivant", "suivante"))
            when = When(relative=Relative.AFTER if after else Relative.BEFORE, said=step.group(0))
        leftovers = [w for w in leftovers if w not in ("avant", "apres", "fois")]
    elif (
        has("last")
        and when.empty
        # « ça passe pour le quorum ? »: the verb, no « séance passée »
        and not (concepts["last"] == ["passe"] and _FORECAST_NOW.search(folded))
    ):
        when = When(relative=Relative.LAST, said=concepts["last"][0])
    elif has("next") and when.empty:
        when = When(relative=Relative.NEXT, said=concepts["next"][0])
    if "proxy" in concepts:
        # « qui a reçu une procuration ? », « qui a obtenu un pouvoir ? »: how a proxy came to
        # its holder, never a name looked for
        leftovers = [w for w in leftovers if w not in _PROXY_RECEIVED]
    if "present" not in concepts and _WHO_COMES.match(courteous):
        # « qui vient jeudi 18 ? »: who comes to that sitting, no topic « vient »
        concepts["present"] = ["vient"]
        leftovers = [w for w in leftovers if w not in ("vient", "viennent")]
    if (
        not SEAT_NOW.search(courteous)  # « suis-je inscrit au bureau ? »: a seat
        and (announced := _ANNOUNCED.search(courteous))
        # « on sera combien jeudi 17 ? »: the day said is the sitting's, nothing else counted
        and (when.empty or not concepts.keys() - {"count"})
    ):
        # « combien de présents annoncés ? », « et combien on sera ? », « qui a confirmé ? »:
        # what is declared for the sitting to come
        if when.empty:
            when = When(relative=Relative.NEXT, said=announced.group(0))
        leftovers = [
            w
            for w in leftovers
            if not _ANNOUNCED.match(w) and w not in ("autre", "autres", "sera", "serons")
        ]
        if "present" not in concepts and re.search(r"\b(?:qui|combien)\b", courteous):
            concepts.setdefault("present", []).append(announced.group(0))
    if (
        when.empty
        and (concepts.keys() & _OF_A_SITTING_TO_COME or there)
        and asked_to_come(courteous)
    ) or (
        # « ça passe pour le quorum ? », « c'est bon pour le quorum ? »: a forecast asked in
        # the present, of the sitting to come
        when.empty
        and ("quorum" in concepts or _ENOUGH.search(courteous))
        and _FORECAST_NOW.search(folded)
        and not _PAST_ASKED.search(courteous)
    ):
        # « qui sera présent au bureau ? », « y aura-t-il le quorum ? », « qui donnera
        # pouvoir ? »: the tense chooses the sitting to come over the last one held
        when = When(relative=Relative.NEXT, said="")
    if when.empty and not follow_up and bodies and STILL_ON_ASKED.search(courteous):
        # « le conseil est annulé ? », « le bureau est maintenu ? »: the sitting to come (none
        # convened is said so), never the last one held
        when = When(relative=Relative.NEXT, said="")
    if follow_up and when.empty and len(leftovers) == 1 and _YEAR_WORD.match(leftovers[0]):
        # « et celles de 2023 ? », « et 2023 ? » after a question over a period: that year,
        # as « et en 2023 ? » (never the period asked before, said again)
        year = int(leftovers[0])
        when = When(start=date(year, 1, 1), end=date(year, 12, 31), said=f"en {year}")
        leftovers = []
    if _AGENDA.search(courteous):
        # « il y avait quoi d'important ? », « les gros dossiers du conseil »: no topic
        # « important », « gros »
        leftovers = [w for w in leftovers if not _IMPORTANCE_WORDS.match(w)]
    if sequence is not None:
        leftovers.append(sequence)
    base = Frame(
        item=item or None,
        brief=brief,
        in_talk=in_talk,
        asked=Asked.NOTHING,
        first_person=first_person,
        pronoun=pronoun,
        when=when,
        body=body,
        number=number,
        typed_number=typed_number,
        number_or_day=number_or_day,
        words=tuple(leftovers),
        text=text,
        follow_up=follow_up,
        invalid_date=invalid,
        # (« qui n'a pas pris part au vote ? », read as the absent without a proxy, keeps that
        # it asks of a vote: an act named then has its own non-voters)
        voting=bool(nonvoters or TOOK_PART.search(fold(text))),
    )
    if any(t not in _CONCEPT for t in concepts.get("proxy", ())):
        # « procurration à Berger pour le 17 », « pouvior à Laget »: the readers of a proxy
        # given in words read the word as it is spelt
        courteous = " ".join(_respelt(t) if t in concepts["proxy"] else t for t in tokens)
    asked, about, polar = _what_is_asked(courteous, concepts, wh, there, first_person, base, today)
    if asked in (Asked.QUORUM, Asked.VOTE) and not polar and _whether_then_how_many(text):
        # « le quorum a-t-il été atteint, et avec combien ? », « la DSP est passée, avec
        # combien de contre ? »: yes or no first; the answer gives the figures with it
        polar = True
    if (
        asked is Asked.CONVOCATION
        and base.when.relative is Relative.BEFORE
        and _DAYS_BEFORE.search(" ".join(fold(text).split()))
    ):
        # « la convocation a été envoyée combien de jours avant le bureau du 4 juillet ? »: the
        # notice of that sitting, never the sitting before it
        base = base.but(when=replace(base.when, relative=None))
    if (
        asked in (Asked.SEARCH, Asked.NOTHING)
        and _MAJORITY_SAID.search(courteous)
        and not _NOT_AN_ACTS_MAJORITY.search(courteous)
        and set(base.words) <= _MAJORITY_WORDS
    ):
        # « y avait-il une majorité absolue ? » with no act named: the law's majority, or the
        # majority of the act in talk (bot/handlers/questions.py), never a search for the words
        asked, about, polar = Asked.RULE, About.MAJORITY, False
    elif (
        asked is Asked.VOTE
        and base.words
        and _MAJORITY_SAID.search(courteous)
        and set(base.words) <= _MAJORITY_WORDS
    ):
        # « elle a été adoptée à quelle majorité ? » after an act: that act's figures, never a
        # search for « majorité »
        about = About.MAJORITY
        polar = polar and not re.search(r"\bquel\w*\b", courteous)
        base = base.but(words=())
    elif _majority_of_an_act(courteous, base):
        # « la délib sur l'eau potable a obtenu la majorité absolue ? »: that act's figures,
        # never the law alone nor a search for « majorité »
        asked, about = Asked.VOTE, About.MAJORITY
        # « y avait-il une majorité absolue ? »: Oui / Non first; « à quelle majorité ? »: figures
        polar = "?" in base.text and not re.search(r"\b(?:quel\w*|combien|comment)\b", courteous)
        base = base.but(words=tuple(w for w in base.words if w not in _MAJORITY_WORDS))
    if (
        asked is Asked.RECORD
        and set(base.words) <= _BODY_WIDE_WORDS
        and not first_person
        and not _BODY_WIDE_WORDS.isdisjoint(courteous.split())
    ):
        # « le taux de présence moyen au bureau ? »: the body's present counted, no one's record
        asked, about, polar = Asked.COUNT, About.PRESENT, False
        base = base.but(words=())
    if sequence is not None and asked in (Asked.HELP, Asked.NOTHING):
        asked = Asked.SEARCH  # « la 417 »: nothing but the act's number, which is sought
    funding = [t for t in concepts.get("actions", ()) if _FUNDING_TOPIC.match(t)]
    if (
        funding
        and asked in (Asked.ACTIONS, Asked.VOTE, Asked.DELIBERATION_COUNT)
        and (has("deliberation") or "vot" in folded)
        and wh != "combien"
        and not _counting_said(folded)
    ):
        # « les délibs sur les subventions en 2022 », « ce qui a été voté sur les
        # subventions »: the acts about them (their titles, their budget « subventions »),
        # never the funded actions of another year nor a count of every act
        asked, about = Asked.DELIBERATION, None
        base = base.but(words=(*base.words, *funding))
    elif funding and asked is Asked.DELIBERATION_COUNT and has("deliberation"):
        # « combien de délibérations sur les subventions en 2022 ? »: the acts about them,
        # counted (it counted every act of 2022, the topic dropped)
        base = base.but(words=(*base.words, *funding))
    elif (
        asked is Asked.VOTE
        and any(t.startswith("action") for t in concepts.get("actions", ()))
        and not re.search(r"\b(?:contre|abstention\w*|abstenu\w*|pour|voix|unanim\w*)\b", folded)
    ):
        # « les actions du CLS votées en juillet 2024 »: the actions those acts fund
        asked, about = Asked.ACTIONS, None
    elif funding and asked is Asked.MOST and _AMOUNT_RANKED.search(folded):
        # « la plus grosse subvention votée en 2022 »: the amounts ranked, never the votes
        asked, about = Asked.ACTIONS, None
        base = base.but(words=tuple(w for w in base.words if not _AMOUNT_RANKED.search(w)))
    elif (
        funding
        and asked is not Asked.ACTIONS
        and _counting_said(folded)
        and not re.search(r"\b(?:voix|votes?|votants?|voter|votent|delib\w*)\b", folded)
    ):
        # « combien pour les subventions ? »: the money granted, never the voters « pour »;
        # « le montant des subventions votées en 2024 »: « votées » says which subsidies
        asked, about = Asked.ACTIONS, None
    if asked is Asked.ACTIONS:
        base = base.but(words=tuple(w for w in base.words if not SUMMING_WORD.match(w)))
    if asked is Asked.VOTE:  # « personne n'était contre ? »: who voted, no topic « personne »
        base = base.but(words=tuple(w for w in base.words if w not in _ANYONE))
    elif asked in _NONE_SAID:
        # « elle n'a raté aucune séance ? »: the polarity of a roll call or a record, never a
        # name left to find (« il ne manquait personne ? » keeps its « personne »: no « il »)
        base = base.but(words=tuple(w for w in base.words if w not in ("aucun", "aucune")))
    if asked is Asked.PROXY and IN_FORCE.search(folded):
        # « et les pouvoirs en cours ? »: proxies now, no member « cours »
        base = base.but(words=tuple(w for w in base.words if w not in _IN_FORCE_WORDS))
    if asked is Asked.DELIBERATION and about is About.WHEN:  # « … a délibéré quand sur … »
        base = base.but(words=tuple(w for w in base.words if w not in _DECIDED_VERBS))
    if about is About.WHEN and _ELAPSED.search(courteous):  # « dans combien de jours ? »
        base = base.but(words=tuple(w for w in base.words if w not in _ELAPSED_WORDS))
    if about is About.PLACE:  # « le prochain bureau se tiendra où ? »: no topic « tiendra »
        base = base.but(words=tuple(w for w in base.words if w not in _PLACE_VERBS))
        if _REMOTE_SAID.search(courteous):  # « c'était en visio ? »: no topic « visio »
            base = base.but(
                words=tuple(w for w in base.words if w not in _REMOTE_WORDS | _PLACE_VERBS)
            )
    if about is About.TIME and _LASTED.search(courteous):  # « ça a duré longtemps ? »
        base = base.but(words=tuple(w for w in base.words if w not in _LASTED_WORDS))
    if about is About.STILL_ON:  # « le bureau est maintenu ? »: no topic « maintenu »
        base = base.but(words=tuple(w for w in base.words if not _STILL_ON_WORDS.match(w)))
    if about is About.DOCUMENTS:  # « le PV est dispo ? »: no topic « pv », « dispo »
        base = base.but(words=tuple(w for w in base.words if not _DOCUMENT_WORDS.match(w)))
    if (
        about is About.DOCUMENTS
        and base.when.empty
        and len(base.words) == 1
        and _YEAR_WORD.match(base.words[0])
    ):
        # « t'as les PV de 2023 ? »: the documents of that year's sittings, no topic « 2023 »
        year = int(base.words[0])
        year_said = When(start=date(year, 1, 1), end=date(year, 12, 31), said=f"en {year}")
        base = base.but(words=(), when=year_said)
    if (
        asked in _CROWD_ASKED
        and about is None
        and set(base.words) <= _CROWD_WORDS
        and _CROWD.search(folded) is not None
        and not has("deliberation")
        and not _ACT.search(folded)  # « le dossier était complet ? » is no sitting's crowd
    ):
        # « il y avait beaucoup de monde ? », « la salle était pleine ? », « vous étiez
        # nombreux ? », « il manquait beaucoup de monde ? »: how many came (or missed), the
        # count in a sentence, never the sitting's card nor a member « Beaucoup »
        missed = bool(re.search(r"\b(?:absent\w*|manqu\w*|excus\w*)", folded))
        excused = bool(re.search(r"\bexcus\w*", folded))
        proxies = bool(re.search(r"\b(?:pouvoirs?|procurations?)\b", folded))
        about = (
            About.PROXIES
            if proxies
            else About.EXCUSED
            if excused
            else About.ABSENT
            if missed
            else About.PRESENT
        )
        asked, polar = Asked.COUNT, False
        base = base.but(words=())
    if (
        asked in (Asked.PROXY, Asked.PRESENCE, Asked.ABSENCE)
        and about is None
        and not base.words
        and (partitive := _PARTITIVE.match(folded)) is not None
    ):
        # « combien de présents ? » then « et de pouvoirs ? », « et d'excusés ? »: the « de »
        # without an article counts, as « combien de » did
        partitive_noun = partitive.group(1)
        about = (
            About.PROXIES
            if partitive_noun.startswith(("pouvoir", "procu"))
            else About.EXCUSED
            if partitive_noun.startswith("excus")
            else About.ABSENT
            if partitive_noun.startswith("absent")
            else About.PRESENT
        )
        asked, polar = Asked.COUNT, False
    if (
        asked in (Asked.PRESENCE, Asked.ABSENCE)
        and about is None
        and base.when.empty
        and set(base.words) - _QUANTITY_WORDS
        and _OFTEN_MISSED.search(folded)
    ):
        # « Bouchet avait beaucoup d'absences ? », « les absences de Bouchet ? », « Bouchet
        # manque beaucoup ? »: a member's record over the known sittings, not one sitting
        asked, polar = Asked.RECORD, False
    if (asked in _CROWD_ASKED or asked is Asked.RECORD) and not _QUANTITY_WORDS.isdisjoint(
        base.words
    ):
        # « Berger avait beaucoup de pouvoirs ? »: how much is asked, « beaucoup » is nobody
        base = base.but(words=tuple(w for w in base.words if w not in _QUANTITY_WORDS))
    if asked is Asked.COUNT and base.words and set(base.words) <= _PEOPLE:
        # « il y avait combien de membres ? »: the noun counted, no one named; the sitting in
        # talk stays the one counted
        base = base.but(words=())
    if asked is Asked.COUNT and about is About.IN_OFFICE:  # « combien d'élus siègent ? »
        seats = _MEMBER_WORDS | {"compte", "comptent", "sieges", "conseilleres", "elues"}
        base = base.but(words=tuple(w for w in base.words if w not in seats))
    if (
        asked is Asked.PROXY
        and about is None
        and "en" in said_words
        and _CARRIED_MORE.search(folded)
    ):
        # « et il en avait d'autres ? »: the proxies carried, besides the one told
        about = About.HELD
        base = base.but(words=tuple(w for w in base.words if w not in _MORE_WORDS))
    if about in (About.HELD_TWO, About.GAVE_TWO):  # « quels élus ont porté deux pouvoirs ? »
        base = base.but(words=())
    if about in (About.ARRIVED, About.LEFT):  # « Berger est arrivée en retard ? »: Berger
        base = base.but(words=tuple(w for w in base.words if not _MOVE_WORDS.match(w)))
    if about in (About.CAN_HOLD, About.CAN_GIVE, About.CAN_GIVE_TO_ME):
        # « Laget pourrait porter mon pouvoir ? »: Laget is asked about, « mon » is the asker's;
        # « Thizy peut me donner son pouvoir ? »: the named are the proxy's sides, the asker,
        # when one, told apart by About, never by « je »
        named = tuple(w for w in base.words if not _CAN_WORDS.match(w))
        mine = about is About.CAN_HOLD and first_person and not named
        base = base.but(words=named, first_person=mine)
    if about is About.GIVEN and _ME_GIVEN.search(simple):
        about = About.HELD  # « m'a-t-on donné un pouvoir ? »: the asker received it
    negative = bool(_NEGATION.search(fold(asking)))
    if asked is Asked.COUNT and (
        (about is About.PRESENT and negative)
        or (about is About.IN_OFFICE and there and not has("in_office"))
    ):
        # « combien de membres étaient là ? » counts the present, not the seats; « combien
        # n'étaient pas là ? », « … ne sont pas venus ? » the absent
        about = About.ABSENT if negative else About.PRESENT
    if negative and not polar and about is None:
        # « qui n'était pas là ? » asks for the absent, « qui n'était pas excusé ? » the present.
        if asked is Asked.PRESENCE:
            asked = Asked.ABSENCE
        elif asked is Asked.ABSENCE:
            asked = Asked.PRESENCE
    if (
        asked in _ACTS_ASKED
        and (by_unit := _BY_MONTH.search(courteous))
        and (has("deliberation") or asked is Asked.DELIBERATION_COUNT)
        and (unit := _unit_of(by_unit)) is not None
        # « la séance avec le plus de délibérations »: the sitting at the top, _most's
        and not (asked is Asked.MOST and unit is About.EACH_SITTING)
    ):
        # « combien de délibérations par mois en 2022 ? », « quel mois a eu le plus de
        # délibs ? »: the acts counted month by month (« mois » is no topic)
        asked, about, polar = Asked.DELIBERATION_COUNT, unit, False
        base = base.but(words=tuple(w for w in base.words if w not in _BY_MONTH_WORDS))
    elif (
        asked in (Asked.SITTING, Asked.SITTINGS, Asked.NOTHING)
        and about is None
        and not base.words
        and when.dated
        and _HOW_MANY_OF_THEM.search(courteous)
    ):
        # « en mars 2022 il y en a eu combien ? »: a count of the period, not its sitting's
        # card (the count of acts says in how many sittings)
        asked, about, polar = Asked.DELIBERATION_COUNT, About.DELIBERATIONS, False
    if (
        polar
        and asked is Asked.VOTE
        and (cast := _VOTE_CHECKED.search(courteous))
        and not bound_before(courteous, cast.start(1))
    ):
        # « il y a eu 5 voix contre sur la 2022.00033 ? », « 98 pour ? »: that figure checked
        kind = cast.group(2)
        about = (
            About.AGAINST
            if kind == "contre"
            else About.ABSTENTIONS
            if kind.startswith("abst")
            else About.FOR
        )
        base = base.but(checked=int(cast.group(1)))
    figure = _FIGURE_CHECKED.search(courteous) if asked is Asked.SITTING else None
    if (
        (polar or asked is Asked.COUNT or (figure is not None and figure.lastgroup == "we"))
        and (
            asked in _FIGURES_ASKED
            # « on était moins de 40 personnes ? »: the people counted are no topic
            or (asked in (Asked.SEARCH, Asked.NOTHING) and set(base.words) <= _CROWD_WORDS)
        )
        and (figure := _FIGURE_CHECKED.search(courteous)) is not None
        and not re.search(r"\b(?:combien|quel|quelle|quels|quelles|nombre)\b", courteous)
    ):
        # « est-ce qu'il y avait 40 présents le 4 juillet ? », « 6 pouvoirs au dernier
        # bureau ? », « le quorum c'était 34 ? »: that figure checked against the store's
        said = next(g for g in figure.groups()[1:] if g)
        about = _FIGURE_ABOUT[figure.lastgroup or ""]
        asked, polar = Asked.QUORUM if about is None else Asked.COUNT, True
        bound = bound_before(courteous, figure.start(figure.lastgroup or 0))
        base = base.but(checked=int(said), bound=bound, words=())
    if (
        asked
        in (Asked.SEARCH, Asked.NOTHING, Asked.RECORD, Asked.SITTING, Asked.MEMBERS, Asked.HELP)
        and about is None
        and _ROLE_OF.search(courteous)
    ):
        # « quel rôle j'ai ? », « je suis quoi au bureau ? », « Fayolle a quelle fonction ? »
        asked, about, polar = Asked.RECORD, About.ROLE, False
        base = base.but(words=tuple(w for w in base.words if w not in _ROLE_WORDS))
    elif (
        asked
        in (Asked.SEARCH, Asked.NOTHING, Asked.RECORD, Asked.SITTING, Asked.MEMBERS, Asked.HELP)
        and about is None
        and not first_person
        and _IDENTITY_ASKED.search(courteous)
    ):
        # « et son prénom ? », « il s'appelle comment ? », « c'est un homme ou une femme ? »
        # after a member: who that member is, named in full with the bodies they sit in
        named = tuple(w for w in base.words if w not in _IDENTITY_WORDS)
        asked, about, polar = Asked.MEMBERS, None, False
        base = base.but(words=named, pronoun=base.pronoun or not named, body=None)
    consensual = _CONSENSUAL.search(courteous)
    least = asked is Asked.MOST and (
        consensual.group(1) == "plus" if consensual else bool(_FEWEST.search(courteous))
    )
    if asked is Asked.QUORUM:  # « c'était valable ? »: the adjective asks, it is no topic
        base = base.but(words=tuple(w for w in base.words if w not in _VALID_WORDS))
    if about is About.AGENDA:  # « il y a quoi à l'ordre du jour ? »
        base = base.but(words=tuple(w for w in base.words if w not in _AGENDA_WORDS))
    if asked is Asked.CONVOCATION:  # « c'est dans les délais ? »
        base = base.but(words=tuple(w for w in base.words if w not in _NOTICE_WORDS))
    if about is About.WHEN and asked is Asked.DELIBERATION:  # « validé quand ? »: no topic
        base = base.but(words=tuple(w for w in base.words if not _DECIDED_WORDS.match(w)))
    if about is About.RECEIVED:  # « reçue en préfecture quand ? »: the act in talk, no topic
        base = base.but(words=tuple(w for w in base.words if not _RECEIVED_WORDS.match(w)))
    if about is About.REPORTER:  # « qui l'a rapportée ? »: the verb is not the act's topic
        base = base.but(
            words=tuple(w for w in base.words if not re.match(r"rapport|present|defend", w))
        )
    said = re.sub(r"\+", " plus ", fold(simple))
    said = re.sub(r"\b(?:toute|tout|toutes|vraiment|bien)\b", " ", said)
    pick = _PICK.match(" ".join(re.sub(r"[^\w\s?!.]", " ", _without_courtesy(said)).split()))
    if pick is not None:
        rank = (
            -1
            if pick.group("recent")
            else 1
            if pick.group("old")
            else -2
            if pick.group("rank").startswith("avant")
            else _RANKS.get(pick.group("rank"))
            or _MORE_RANKS.get(pick.group("rank"))
            or int(re.sub(r"\D", "", pick.group("rank")))
        )
        base = base.but(pick=rank, picked_by_date=not pick.group("listed") and rank in (1, -1, -2))
    if first_person and asked is Asked.SITTING and about is None and not base.words:
        if _I_WAS.search(folded):
            # « j'étais au bureau de l'été 2024 moi ? »: whether the asker was there
            asked, about, polar = Asked.PRESENCE, None, True
        elif _MARKED_AS.search(folded):
            # « je suis marqué comment au 4 juillet ? »: the asker's line of the roll call
            asked, about, polar = Asked.PRESENCE, About.EITHER, False
    if (
        first_person
        and asked in (Asked.SITTING, Asked.SEARCH, Asked.NOTHING)
        and about is None
        and _MY_PART.search(folded)
        and set(base.words) <= {"fait", "faisais"}  # « … pour le budget ? » asks of a topic
    ):
        # « rappelle-moi ce que j'ai fait le 12 », « j'y faisais quoi ? » after a sitting: the
        # asker's line of its roll call (no topic « faisais »)
        asked, about, polar = Asked.PRESENCE, About.EITHER, False
        base = base.but(words=tuple(w for w in base.words if w not in ("fait", "faisais")))
    if (
        first_person
        and asked is Asked.SITTINGS
        and re.search(r"\b(?:combien|nombre|nb)\b", folded)
        and not base.when.relative
    ):
        # « combien de séances j'ai faites ? », « j'ai manqué combien de séances ? »: the
        # asker's record, not the sittings known
        asked, about, polar = Asked.RECORD, None, False
        base = base.but(words=())
    if first_person and asked in (Asked.PRESENCE, Asked.ABSENCE) and MISSED_WHAT.search(folded):
        # « j'ai raté quoi le 4 juillet ? »: where the asker stood, then what was decided
        asked, about, polar = Asked.PRESENCE, About.EITHER, False
    if (
        asked is Asked.COUNT
        and about in _NAMES_OF_THE_COUNTED
        and not first_person
        and _AND_WHICH.search(folded)
    ):
        # « combien d'excusés et lesquels ? », « combien étaient représentés et par qui ? »:
        # the list, whose heading says how many
        narrowed = about in (About.UNEXCUSED, About.UNREPRESENTED)
        asked, about, polar = _NAMES_OF_THE_COUNTED[about], about if narrowed else None, False
    if asked is Asked.PRESENCE and "pourcentage" in base.words and not first_person:
        # « quel pourcentage de présents le 4 juillet ? »: the count, with its rate
        asked, about, polar = Asked.COUNT, About.PRESENT, False
        base = base.but(words=tuple(w for w in base.words if w != "pourcentage"))
    if (
        first_person
        and asked in (Asked.PRESENCE, Asked.ABSENCE)
        and not base.words
        and _LAST_TIME_I.search(folded)
    ):
        # « c'était quand la dernière fois que j'étais présente ? »: the asker's record (the
        # sittings they came to, the absences), not one sitting's yes or no
        asked, about, polar = Asked.RECORD, None, False
        base = base.but(when=_NO_WHEN)
    if (
        asked is Asked.COUNT
        and among is None
        and about in (About.PRESENT, About.ABSENT, About.EXCUSED, None)
        and base.words
        and (counted := _COUNTED_NOUN.search(folded)) is not None
        and counted.group(1) in base.words
        and counted.group(1) not in _COUNTABLE
        and counted.group(1).endswith(("s", "x"))
    ):
        # « combien de licornes étaient présentes ? »: never the present count in its place
        among, among_said = Among.UNKNOWN, counted.group(1)
    read = base.but(
        asked=asked, about=about, polar=polar, negative=negative and polar, least=least
    )
    if among is not None:
        read = read.but(among=among, among_said=among_said, among_letter=among_letter)
        if among not in AMONG_NOT_HELD and read.words:
            # « les pouvoirs portés par des hommes »: the verb of a list narrowed, no name
            read = read.but(words=tuple(w for w in read.words if w not in _AMONG_VERBS))
        if among not in AMONG_NOT_HELD and asked is Asked.COUNT and about is About.IN_OFFICE:
            # « combien de femmes siègent au bureau ? »: the body's members, narrowed
            read = read.but(asked=Asked.MEMBERS)
        elif (
            among not in AMONG_NOT_HELD
            and asked is Asked.SITTING
            and about is None
            and read.when.empty
            and read.body is not None
            and not read.number
        ):
            # « les femmes du bureau », « les élus du conseil en B »: no sitting named, the
            # body's members, narrowed
            read = read.but(asked=Asked.MEMBERS, polar=False)
        elif among not in AMONG_NOT_HELD and asked is Asked.SITTING and about is None:
            # « combien de femmes au bureau du 4 juillet ? », « les hommes du dernier
            # conseil »: the sitting's people, narrowed
            how_many = bool(re.search(r"\b(?:combien|nombre|nb)\b", folded))
            read = read.but(
                asked=Asked.COUNT if how_many else Asked.PRESENCE,
                about=About.PRESENT if how_many else None,
                polar=False,
            )
        elif among is Among.FIRST_NAME and asked in (Asked.SEARCH, Asked.NOTHING):
            # « quels élus s'appellent Gilles ? », « les élus prénommés Christian »: the members
            read = read.but(asked=Asked.MEMBERS, polar=False)
        if not _among_fits(read):  # « le groupe scolaire », « les délibérations des communes »
            return read_frame(text, today, people=False)
    return read


# A sitting's documents named (« le PV », « le compte rendu », « les documents ») and asked
# whether held (« il y a », « on a », « vous avez », « dispo », « existe », « reçu »)
_DOCUMENT = (
    r"(?:pv|pvs|proces verba\w*|comptes? rendus?|cr|releves? (?:de |des )?decisions"
    r"|documents?|pieces?|extraits?)"
)
_DOCUMENT_HELD = cues.plain(
    r"\b(?:il y a|y a t il|y a|y avait|on a|on aurait|a t on|avez vous|vous avez|vous auriez"
    r"|tu as|as tu|t as|avons nous|dispos\w*|detene?z|possede\w*|existe\w*|quels?|quelles?"
    r"|recu|importe\w*|tu connais|vous connaissez|tu tiens|vous tenez)"
    r"(?: (?:bien|deja|aussi|encore))? (?:(?:le|la|les|un|une|des|du|l|d|ce|cet|cette) )?"
    + _DOCUMENT
    + r"\b"
    r"|\b(?:le|la|les|un|une|l) " + _DOCUMENT + r"\b.*\b(?:existe\w*|dispo\w*|est (?:sorti|arrive"
    r"|la|importe|disponible|recu)\w*|sont (?:sortis|arrives|la|importes|disponibles|recus)"
    r"|(?:a|ont) (?:bien |deja )?ete (?:importe|recu|charge|integre|transmis)\w*)\b"
    # « le PV du conseil du 24 mars ? », « je voudrais le PV du bureau », « tu peux m'envoyer
    # le compte rendu ? »: that document asked for
    # « les documents de la séance du 4 juillet », « la liste des pièces du bureau »
    r"|^(?:et )?(?:(?:le|la|les|l|la liste des|liste des) )?" + _DOCUMENT + r"\b"
    r"|\b(?:voudrais|veux|voulais|aimerais|souhaite\w*|envoy\w*|transmet\w*|transmett\w*"
    r"|donne[rz]?|montre[rz]?|obtenir|recevoir|consulter|lire)\b(?: \w+){0,2} (?:le|la|les|l) "
    + _DOCUMENT
    + r"\b"
)
# « le document sur le SCoT », « le dossier concernant la biennale », « les pièces relatives au
# PLH »: a topic asked in the words of a paper, searched in the acts; « les documents de la
# séance du 4 juillet », « le PV pour jeudi » stay a sitting's documents
_DOCUMENT_ON_A_TOPIC = cues.plain(
    r"\b" + _DOCUMENT + r" (?:sur|concernant|au sujet (?:de|du|des|d)|relati\w* (?:a|au|aux)"
    r"|a propos (?:de|du|des|d)|traitant (?:de|du|des|d)|en rapport avec|pour|parlant (?:de|du"
    r"|des|d)) (?!(?:(?:le|la|l|les|ce|cet|cette|du|de|des|d) )?(?:seances?|bureaux?|conseils?"
    r"|reunions?|\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|demain|dernier"
    r"|derniere|prochain\w*|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
    r"|octobre|novembre|decembre)\b|(?:(?:le|la|l|les|du|de|des|d)\b ?)?$)"
)
_DOCUMENT_WORDS = cues.plain(
    r"^(?:pv|pvs|proces|verba\w*|comptes?|rendus?|cr|releves?|decisions?|documents?|pieces?"
    r"|extraits?|dispos?|disponibles?|existe\w*|sortis?|arrives?|importes?|recus?|detenez"
    r"|possede\w*|connais\w*|tiens|tenez|voudrais|veux|aimerais|envoyer|transmettre|obtenir"
    r"|recevoir|consulter|lire|charge|integre|transmis)$"
)


def _unit_of(match: re.Match[str]) -> About | None:
    """The unit « par mois », « par trimestre », « par séance » counts by."""
    said = _UNIT_SAID.search(match.group(0))
    return _BY_UNIT.get(said.group(1)) if said else None


_PEOPLE_COUNTED = cues.plain(
    r"\bcombien (?:d |de )?(?:elus|membres|personnes|conseillers|conseilleres|votants|gens)\b"
)


# The majority an act got, asked of that act; the law's own words (« c'est quoi », « il faut »,
# « une délibération ») and the political majority (« les élus de la majorité ») ask otherwise
_MAJORITY_SAID = cues.plain(r"\bmajorite\b")
_NOT_AN_ACTS_MAJORITY = cues.plain(
    r"\b(?:c est quoi|qu est ce|definition|signifie|veut dire|faut|faudrait|doit|doivent"
    r"|necessaire|requise?|suffit|comment|kesako|en general|une (?:delib\w*|decision))\b"
    r"|\bde la majorite\b|\bmajorite (?:municipale|metropolitaine|politique|presidentielle)\b"
    r"|\bsi\b"
)
_MAJORITY_WORDS = frozenset(
    _words(
        "majorite absolue relative simple qualifiee requise obtenu obtenue obtenus obtenues "
        "recueilli recueillie suffrages exprimes deux tiers eu passe passee passees votee votees"
    )
)


def _majority_of_an_act(text: str, frame: Frame) -> bool:
    """Whether the majority asked is one act's, named by its number or its words."""
    if not _MAJORITY_SAID.search(text) or _NOT_AN_ACTS_MAJORITY.search(text):
        return False
    named = [w for w in frame.words if w not in _MAJORITY_WORDS]
    return bool(frame.number or named)


def _what_is_asked(
    text: str,
    concepts: dict[str, list[str]],
    wh: str | None,
    there: bool,
    first_person: bool,
    frame: Frame,
    today: date,
) -> tuple[Asked, About | None, bool]:
    has = concepts.__contains__
    # « la liste des absents »; « qu'est-ce qu'on a voté sur… », « ce qui a été voté »: what,
    # never yes or no
    polar = (
        wh is None
        and not re.search(r"\b(?:liste|noms)\b", text)
        and not re.search(r"\bqu est ce qu|^\W*ce qu", fold(frame.text))
        and not WHERE_ASKED.search(frame.text)
    )
    if "?" in frame.text and _RECORDED_ALONE.match(fold(frame.text).strip(" ?!.")):
        # (« je suis noté comment ? »: what is recorded, no « Oui » first)
        return Asked.RECORDED, None, not fold(frame.text).strip(" ?!.").endswith("comment")
    standing = _MY_STANDING.search(fold(frame.text))
    if (
        standing is not None
        and ("?" in frame.text or standing.group("then"))
        # (« si j'arrive en retard, je suis compté présent ? », « …, je pourrai voter ? »: a
        # case put to the law, not the asker's standing)
        and not _CASE_AROUND.search(fold(frame.text))
    ):
        # « je suis déclaré comment ? », « je suis toujours présent pour le 18 ? »: what is
        # recorded of the asker for the sittings to come; of a sitting held (« étais-je là le
        # 4 juillet ? », « je suis déclaré comment au 4 juillet ? »), the asker's presence
        if (frame.when.empty or _to_come(frame.when, today)) and standing.group("now"):
            return Asked.RECORDED, None, "comment" not in standing.group()
        if (not frame.when.empty and not _to_come(frame.when, today)) or standing.group("then"):
            # (« suis-je présent sur la feuille du 4 juillet ? »: « Oui, vous étiez présent »;
            # « déclaré comment »: the fact, no side taken)
            if standing.group("away"):
                return Asked.ABSENCE, None, True
            return Asked.PRESENCE, None if standing.group("there") else About.EITHER, True
    counting = has("count") or wh == "combien"
    if counting and _SUM_RECEIVED.search(text):
        return Asked.ACTIONS, None, False
    if _PASSED_AT.search(text) and (frame.words or frame.number or has("deliberation")):
        # « la délib sur les taxes foncières est passée à combien ? »: its vote, never money
        return Asked.VOTE, About.FOR, False
    if not re.sub(r"[\W_]", "", text) and frame.when.empty and not frame.number:
        said = fold(frame.text)
        if _THANKS.search(said):
            return Asked.THANKS, None, False
        if rule_asked(frame.text) is not None:
            return Asked.RULE, None, False  # « et si c'est urgent ? » after the notice rule
        if frame.follow_up:
            return Asked.NOTHING, None, False
        if _BYE.search(said):
            return Asked.GOODBYE, None, False
        if _OOPS.search(said):
            return Asked.ACKNOWLEDGED, None, False  # « pardon, je me suis trompé »
        if _ACK.search(said) or (frame.text.strip() and not re.search(r"[\w?]", frame.text)):
            return Asked.ACKNOWLEDGED, None, False  # « ok », « 👍 »
        if frame.text.strip() and not re.search(r"\w", frame.text):
            return Asked.REPHRASE, None, False  # « ??? »
        if _HOW_ARE_YOU.search(said):
            return Asked.GREETING, None, False
        return Asked.HELP, None, False
    if _LINK.match(frame.text):
        return Asked.REPHRASE, None, False  # a web address alone: nothing asked
    if (
        _DOCUMENT_HELD.search(text)
        and not _DOCUMENT_ON_A_TOPIC.search(text)
        and not frame.number
        and wh not in ("quand", "pourquoi", "comment", "ou")
        and rule_asked(frame.text) is None  # « le PV doit être publié quand ? »: the law
        # « le PV du 24 mars, qui était présent ? »: what the document says is asked
        and not concepts.keys() & {"present", "absent", "proxy", "quorum", "count"}
        and not set(concepts.get("vote", ())) - {"pour"}  # « le PV pour le 4 juillet »
    ):
        return Asked.SITTING, About.DOCUMENTS, polar
    if (
        _ELAPSED.search(text)
        and (has("sitting") or has("bureau") or has("conseil") or frame.when.relative or there)
        and rule_asked(frame.text) is None  # « envoyée combien de jours avant ? »: the law
    ):
        return Asked.SITTING, About.WHEN, False  # « ça fait combien de temps le dernier bureau ? »
    sitting_only = not set(concepts) - {"sitting", "bureau", "conseil", "last", "next"}
    # « c'était en présentiel ? »: « présentiel » is no one present
    in_person = "presentiel" in text and not set(concepts) - {
        "sitting",
        "bureau",
        "conseil",
        "last",
        "next",
        "present",
    }
    if (
        (sitting_only or in_person)
        and set(frame.words) <= _REMOTE_WORDS | _PLACE_VERBS
        and _REMOTE_SAID.search(text)
        and not _REMOTE_MAY.search(fold(frame.text))
    ):
        # « la séance était en visio ? », « c'était en visioconférence ? »: how the sitting in
        # talk was held, a fact of its place (never its whole card, nor the law's rule)
        return Asked.SITTING, About.PLACE, False
    if (
        not set(concepts) - {"sitting", "bureau", "conseil", "last", "next", "count"}
        and set(frame.words) <= _LASTED_WORDS
        and _LASTED.search(text)
    ):
        # « ça a duré combien de temps ? », « la réunion a duré longtemps ? »: the sitting in
        # talk's length (never a topic « durée »); what an act lasts is asked in the present
        return Asked.SITTING, About.TIME, False
    if _HELP_ME.search(text) and not concepts and not frame.number:
        return Asked.HELP, None, False
    if _LEAVE_TO_ASK.match(fold(frame.text)) or _MAY_I_ASK_ABOUT.search(fold(frame.text)):
        return Asked.HELP, None, False
    if _ABOUT_THE_BOT.search(text) and not concepts:
        return Asked.HELP, None, False  # « tu es un robot ? », « qui es-tu ? »: what it is
    only_for = set(concepts) <= {"vote"} and set(concepts.get("vote", ())) <= {"pour"}
    only_for = only_for and not wh and not there and frame.when.empty and not frame.number
    if _THANKS.search(fold(frame.text)) and set(frame.words) <= _THANKED_FOR and only_for:
        return Asked.THANKS, None, False  # « MERCI POUR TOUT », « merci pour l'info »
    if _WHY.search(text) and rule_asked(frame.text) is None:
        # before « et ? » completes the last question; « pourquoi le quorum était de 41 en
        # 2022 ? » is the law of the time, which the assistant knows
        return Asked.WHY, None, False
    if frame.follow_up and not frame.words and (_WHERE.search(text) or _PLACE_WORD.search(text)):
        return Asked.SITTING, About.PLACE, False  # « et ça se passait où ? », « et le lieu ? »
    if frame.follow_up and not frame.words and frame.when.empty and _TIME_WORD.search(text):
        return Asked.SITTING, About.TIME, False  # « le prochain bureau ? » then « et l'heure ? »
    if frame.follow_up and not frame.words and frame.when.empty and _AGENDA.search(text):
        # « et l'ordre du jour ? », « et y a quoi au programme ? »: the agenda of the sitting in
        # talk (never the last question again)
        return Asked.SITTING, About.AGENDA, False
    only_time = not frame.words or all(_YEAR_WORD.match(w) for w in frame.words)
    if (
        frame.follow_up
        and only_time
        and set(concepts) <= {"bureau", "conseil", "last", "next"}
        and not _SUPERLATIVE.search(text)
        and not there  # « et elle, elle était là ? »
        and rule_asked(frame.text) is None  # « et si c'est urgent ? »: the law, again
    ):
        return Asked.NOTHING, None, False
    bare = " ".join(re.sub(r"[^\w\s]", " ", text).split())
    if _HELP.match(bare) or (has("help") and len(bare.split()) <= 3):
        return Asked.HELP, None, False
    if _REPORTED.search(text):
        return Asked.DELIBERATION, About.REPORTER, False
    agenda_only = bool(_AGENDA.search(text)) and set(frame.words) <= _AGENDA_WORDS
    if agenda_only and (wh == "combien" or has("count")):
        return Asked.SITTING, About.AGENDA, False  # « combien de points à l'ordre du jour ? »
    if (
        agenda_only
        and not frame.follow_up
        and not set(concepts) - {"last", "next", "bureau", "conseil", "sitting", "actions"}
    ):
        return Asked.SITTING, About.AGENDA, False  # « il y a quoi à l'ordre du jour ? »
    if (first_person and _MY_ANSWER.search(fold(frame.text))) or (
        _ANSWER_OF.search(fold(frame.text)) and not _ANSWERED_TO.search(text) and frame.words
    ):
        # « j'ai répondu à la convocation ? », « Laget a répondu ? »: what was declared
        return Asked.PRESENCE, About.EITHER, True
    if (
        _ANSWERED_TO.search(text)
        and not first_person
        and not frame.words[2:]
        and "repondu present" not in text  # « qui a répondu présent ? »: who was, or will be
    ):
        # « combien de collègues ont déjà répondu pour le bureau ? », « qui a répondu à la
        # convocation du 17 ? »: the answers declared (present, absent, proxies), the forecast
        return Asked.QUORUM, None, False
    if (
        _RECEIPT_CUES.search(frame.text)
        and _RECEIPTS.search(said := fold(frame.text))  # « bien reçu » is courtesy elsewhere
        and not _NOT_A_RECEIPT_QUESTION.search(said)
        # « j'ai reçu la convocation, je serai là le 17 »: said, not asked; the presence or
        # absence declared is what the member wants noted
        and not _attendance_stated(frame.text, text)
    ):
        return Asked.RECEIPTS, None, polar
    if (
        (moved := _move_about(text))
        and (_tense(text) or "?" in frame.text)
        and not _MOVE_AS_CASE.search(text)
        and not has("convocation")
        and not re.search(r"\bdelais?\b", text)
        # « je serai là le 18 mais je partirai avant la fin »: the asker's own, stated
        and not _attendance_stated(frame.text, text)
    ):
        # « qui est arrivé en retard le 4 ? », « quelqu'un a quitté le bureau avant la fin ? »:
        # who moved during that sitting, not its notice nor the rule on moves
        return Asked.PRESENCE, moved, polar
    if (
        _NOTICE_KEPT.search(text)
        and not _HYPOTHESIS.search(text)
        # « c'est trop tard pour donner pouvoir demain ? »: a proxy's deadline, the law; « on
        # prévient qui quand on sera en retard ? »: one's own lateness, the law too
        and not (has("proxy") and not has("convocation"))
        and rule_asked(frame.text) is not Rule.HOW_TO_EXCUSE
        and not notice_case(frame.text)  # both days said: a case put to the law
        # « une convocation envoyée 10 jours avant, c'est bon ? »: a case put, too
        and not (frame.when.empty and days_before_said(frame.text))
        # « je serai présent mais un peu en retard »: the asker's own arrival, stated; so is
        # « présent le 18 juillet un peu en retard », said in one word
        and not _attendance_stated(frame.text, text)
        and not ("?" not in frame.text and _TERSE_DECLARED.match(_without_courtesy(text)))
    ) and (
        _tense(text)
        or not frame.when.empty
        or has("bureau")
        or has("conseil")
        or has("convocation")
        or re.search(r"\bc est dans\b|^(?:et )?(?:le|ce) delai\b", text)
    ):
        # « le délai de convocation a été respecté ? »: that sitting's notice, as a fact; « le
        # délai est bon ? »: that of the sitting in talk (or the coming one)
        return Asked.CONVOCATION, None, True
    if (
        re.search(r"\bcombien\b", text)
        and re.search(r"\bjours?\b", text)
        and re.search(r"\b(?:la|sa|cette|notre|ma|votre) convoc\w*\b", fold(frame.text))
        and not re.search(r"\b(?:faut|doit|minimum|faudrait|necessaire|limite|plus tard)\b", text)
    ):
        # « combien de jours francs pour la convocation du 10 ? »: that sitting's notice
        return Asked.CONVOCATION, None, False
    if (
        _URGENCY_ASKED.search(text)
        and "?" in frame.text
        and not _HYPOTHESIS.search(text)
        and not _URGENCY_IN_GENERAL.search(text)
        and (
            not frame.when.empty
            or has("bureau")
            or has("conseil")
            or has("convocation")
            or has("sitting")
        )
    ):
        # « le bureau du 4 juillet a été convoqué en urgence ? », « la convocation du 17 c'est
        # une urgence ? »: that sitting's convocation, urgent or not (never the rule alone)
        return Asked.CONVOCATION, About.URGENT, True
    if _NEITHER_THERE_NOR_REPRESENTED.search(text) and set(frame.words) <= _PEOPLE | {"ni"}:
        # « qui n'était ni présent ni représenté ? », « ni là ni représentés »: the absent
        # without a proxy, never the proxies given
        return (Asked.COUNT if counting else Asked.ABSENCE), About.UNREPRESENTED, False
    if two := _HELD_TWO.search(text):
        # « quels élus ont porté deux pouvoirs ? », « quelqu'un avait deux procurations ? »:
        # the roll call answers, not the rule (which « peut-on porter deux pouvoirs ? » asks)
        return Asked.PROXY, About.GAVE_TWO if two.group("given") else About.HELD_TWO, False
    if (
        has("quorum")
        and _QUORUM_EACH.search(text)
        and not _QUORUM_RULE_SAID.search(fold(frame.text))
        and not frame.number
        and not (frame.when.on or frame.when.day)  # « le 4 juillet » is one sitting
    ):
        # « combien de fois le quorum a été atteint ? », « y a-t-il eu des séances sans
        # quorum ? », « le quorum toujours atteint en 2023 ? »: each sitting's, not the law
        return Asked.QUORUM, About.EACH_SITTING, polar
    if has("quorum") and _STILL_A_FIGURE.search(text) and not frame.number:
        return Asked.QUORUM, None, polar  # « le quorum c'est toujours 34 ? »: that figure, checked
    who_then = (
        re.match(r"\W*(?:et )?qui\b", text) is not None
        and bool(frame.when.dated or frame.when.day or frame.when.relative)
        and (
            has("absent")
            or has("present")
            or bool(_NOT_THERE.search(text))
            # « qui part avant la fin le 18 ? »: people of that sitting, never the law
            or _move_about(text) is not None
        )
    )
    # (« qui n'est pas venu au bureau de juillet sans donner de pouvoir ? »: people of that
    # sitting, never the law on proxies)
    # (« je serai là le 18 mais je partirai avant la fin », « je devrai partir plus tôt au
    # bureau du 18 »: the asker's own, declared below, never the law on leaving)
    stated = _attendance_stated(frame.text, text)
    if WHO_MAY_TAKE_MINE.search(text):  # (its verbs say a sitting to come)
        return Asked.GIVE_PROXY, About.WHO_MAY_HOLD, False
    # (« on a eu le quorum au bureau de juillet, et par combien ? »: that sitting's quorum)
    fact = who_then or (has("quorum") and _whether_then_how_many(frame.text))
    rule = None if fact else rule_asked(frame.text)
    # (« je pars plus tôt jeudi, je donne pouvoir à Rivat pour la fin »: a proxy for the end,
    # which the law answers: it is written at the sitting, nothing is recorded here)
    own_leaving = stated and rule is Rule.LEAVING and not _GIVE.search(text)
    if rule is not None and not own_leaving:
        return Asked.RULE, None, False  # the law, not a sitting's facts
    if _ARRIVED_LATE.search(text) and not stated:
        return Asked.PRESENCE, About.ARRIVED, polar
    if _LEFT_EARLY.search(text) and not stated:
        return Asked.PRESENCE, About.LEFT, polar
    if _TOLD.search(text) and not frame.when.dated and not frame.number:
        return Asked.HOLDER_TOLD, None, True
    if _DECLINE.search(text):
        return Asked.DECLINE_PROXY, None, False
    if "?" not in frame.text and _KEPT_SAID.search(text):
        return Asked.MY_PROXIES, None, False  # said kept: as it stands, nothing withdrawn
    if _REVOKE.search(text) or ("?" not in frame.text and _DROPPED.search(fold(frame.text))):
        return Asked.REVOKE_PROXY, None, False
    past = frame.when.on is not None and frame.when.on < today
    refused = _GIVING_REFUSED.search(text) is not None and not instead_said(frame.text)
    if refused and "?" not in frame.text and not frame.when.dated:
        # said, not asked: the member's proxies as they stand, nothing offered
        return Asked.MY_PROXIES, None, False
    # (« Degraix a donné pouvoir à Laget pour le 18 (juillet) »: a day to come however said)
    said_on = frame.when.on or (today if _to_come(frame.when, today) else None)
    if not refused and another_gives(frame.text, today, said_on) is not None:
        # « Fayolle donne pouvoir à Laget »: another member's proxy, which only they can give
        return Asked.GIVE_PROXY, None, False
    if (
        _GIVE.search(text)
        # « est-ce que Fayolle donne pouvoir à Laget pour jeudi »: asked of her proxy
        and _another_said(fold(frame.text)) is None
        and not refused
    ) and not ((_tense(text) or _ASKED_GIVEN.search(text) or past) and "?" in frame.text):
        # « ma procuration a bien été prise en compte le 4 juillet ? », « est-ce que j'ai donné
        # pouvoir à Bony pour jeudi ? » ask about a proxy, they give none; so does « jé donné
        # pvr a qq1 le 4/7/24 ? » (the accent folded away, a sitting long past).
        # (« est-ce que je peux donner mon pouvoir à Bouchet ? »: offered, « Oui » first)
        may_i = "?" in frame.text and _MAY_I_GIVE.search(fold(frame.text)) is not None
        return Asked.GIVE_PROXY, About.MAY_I if may_i else None, False
    if _MY_PROXIES.search(text) and not frame.when.dated:
        if _OF_THE_PAST.search(text) and not frame.when.relative:
            # « mes pouvoirs passés », « mes anciennes procurations »: those of the sittings
            # held, counted (it said none for the sittings to come)
            return Asked.COUNT, About.PROXIES, False
        return Asked.MY_PROXIES, None, False
    asked_of_me = (
        "?" in frame.text
        and (_ASKED_OF_MYSELF.search(fold(frame.text)) or _IF_I.search(fold(frame.text)))
    ) or (
        # (an absence denied, or a coming not yet known, declares nothing: answered as asked)
        _NOT_DECLARED.search(fold(frame.text)) is not None
    )
    declared = " ".join(_ASIDES.sub(" ", text).split())
    if not asked_of_me and (
        _DECLARE_ABSENT.search(declared)
        or ("?" not in frame.text and _DECLARE_ABSENT_SPOKEN.search(declared))
        or (bool(frame.when.day or frame.when.on) and _EXCUSED_FOR_A_DAY.match(declared))
    ):
        return Asked.DECLARE_ABSENT, None, False
    if (
        not asked_of_me
        and (_DECLARE_PRESENT.search(declared) or _ON_THE_WAY.search(declared))
        and frame.when.relative != Relative.LAST
    ):
        return Asked.DECLARE_PRESENT, None, False
    # (« excusez-moi, absent le 18 », « désolé mais présente jeudi »: the apology before)
    terse = _TERSE_DECLARED.match(_without_courtesy(fold(frame.text)))
    if (
        terse
        # « présent le 18, en retard »: late, and there; « empêché le 18 »: away
        and set(frame.words) <= _LATE_WORDS | _SAID_IN_A_WORD
        and "?" not in frame.text
        and (_to_come(frame.when, today) or MAI_THEN_WORD.search(fold(frame.text)))
    ):
        # (« présent le 18 mai j'arriverai en retard »: the day of May gone, « mai » may be
        # « mais »; the declaration's sitting is found, or said missing, by the day)
        # (« absente le 18, en retard »: late is there, whatever word came first)
        present = (
            terse.group("present") is not None
            or terse.group("several") is not None
            or _LATE_TERSE.search(fold(frame.text)) is not None
        )
        return (Asked.DECLARE_PRESENT if present else Asked.DECLARE_ABSENT), None, False
    if (
        counting
        and frame.when.empty
        and not frame.number
        and frame.body is None
        and _WHOLE_STORE.search(text)
        and not concepts.keys() & {"absent", "proxy", "vote", "quorum", "deliberation"}
        and all(w in ("siege", "siegent") for w in concepts.get("present", ()))
    ):
        # « combien d'élus en tout ? », « combien de membres dans la base ? »: the members
        # known, body by body, never one sitting's count of those present
        return Asked.MEMBERS, About.IN_OFFICE, False
    if counting and frame.when.empty and not frame.number and _SEATS_COUNTED.search(text):
        # « combien d'élus siègent au bureau ? », « le conseil compte combien de membres ? »:
        # the seats, not who came to a sitting
        seated = all(w in ("siege", "siegent") for w in concepts.get("present", ()))
        if seated and not set(concepts) - {"present", "count", "bureau", "conseil", "in_office"}:
            return Asked.COUNT, About.IN_OFFICE, False
    if _is_membership(text, concepts, counting, frame):
        return (
            Asked.MEMBERS,
            None,
            polar and bool(frame.words) and bool(set(frame.words) - _MEMBER_WORDS),
        )
    if (
        _HABITUAL.search(text)
        and re.search(r"\b(?:a|de) qui\b|\bqui (?:a|avait) (?:eu|porte|recu)\b", text)
        and (has("proxy") or re.search(r"\bdonn\w*\b", text))
    ):
        # « à qui j'ai donné le plus souvent ? », « Artigues donne pouvoir à qui d'habitude ? »:
        # the proxies given (or carried) over the known sittings, each with its other side;
        # never the members ranked, nor one sitting's proxy
        return Asked.COUNT, About.PROXIES, False
    if _CONTESTED_ASKED.search(text):
        # « il y a eu des votes serrés ? », « des délibs contestées ? »: the closest votes, or
        # the acts with the most voices against and abstentions, first
        return Asked.MOST, _contest_about(text), False
    if _SUPERLATIVE.search(text):
        if (most := _most_about(text, concepts, wh)) is not None:
            return Asked.MOST, most, False
        if (
            not concepts
            and not frame.words
            and re.search(r"\b(?:laquelle|lequel|lesquel\w*|qui)\b", text)
        ):
            # « laquelle en a eu le plus ? » after a list: ranked as that list was
            return Asked.MOST, None, False
    if (
        (has("president") or has("secretary"))
        and not (has("present") or has("absent") or has("proxy") or frame.words)
        and _OFFICERS_RANKED.search(text)
    ):
        # « qui a présidé le plus souvent ? », « qui est le plus souvent secrétaire de séance ? »:
        # the members by sittings presided (or kept the minutes of), never the absences
        return Asked.RANKING, About.SECRETARY if has("secretary") else About.PRESIDENT, False
    everyone = has("record") and re.search(r"\b(?:des|les) (?:elus|membres|conseillers)\b", text)
    # « qui est souvent absent ? », « qui vient rarement ? »: the members ranked, never the
    # asker's record
    often = not has("proxy") and re.search(
        r"^(?:et )?qui\b.*\b(?:souvent|regulierement|frequemment|rarement)\b", text
    )
    # « qui n'est jamais là ? », « qui est toujours absent ? », « quels conseillers n'ont
    # jamais été absents ? »: the same, of presence only
    often = often or (
        (has("present") or has("absent") or there)
        and not has("proxy")  # (« les élus qui n'ont jamais reçu de pouvoir »: those members)
        and _WHO_NEVER_OR_ALWAYS.search(text)
    )
    if (has("present") or has("absent") or has("record") or there) and (
        re.search(
            r"\b(?:le plus|le moins|les plus|les moins|la plus|la moins|classement|palmares|top"
            r"|meilleure?s?|pires?)\b",
            text,
        )
        or everyone
        or often
    ):
        fewest = bool(re.search(r"\b(?:le moins|les moins|la moins|rarement|jamais)\b", text))
        # « la plus mauvaise assiduité », « le pire taux de présence »: the fewest present
        if re.search(r"\b(?:pires?|mauvaise?s?|faibles?|moins bons?|moins bonnes?)\b", text):
            fewest = not fewest
        # « le plus assidu » ranks the present, as « le plus présent » does.
        # (« qui est souvent là ? »: « là », the present)
        keen = (
            has("present")
            or there
            or any(w.startswith("assidu") for w in concepts.get("record", ()))
        )
        about = About.PRESENT if keen != fewest and not has("absent") else About.ABSENT
        if has("absent") and fewest:
            about = About.PRESENT
        return Asked.RANKING, about, False
    rate = bool(re.search(r"\btaux\b", text)) and (has("present") or has("absent"))
    # « le taux de participation », « quelle proportion de présents ? »: the share attended
    rate = rate or bool(_SHARE_ATTENDED.search(text))
    # « a-t-elle déjà manqué une séance ? », « l'absentéisme de Bouchet »: a record.
    rate = rate or (
        has("absent")
        and not frame.when.dated
        and not frame.when.relative
        and bool(re.search(r"\b(?:deja|absenteisme)\b", text))
    )
    # « mes absences », « j'ai raté combien de séances ? »: over time, not one sitting.
    attendance = has("present") or has("absent")
    # « ses absences », « leurs présences », « les absences de Bouchet »: a member's, over time
    mine = bool(
        re.search(
            r"\b(?:mes|ses|leurs|vos|nos) (?:absences|presences)\b"
            r"|(?:^|\bles |\bet )(?:absences|presences) (?:de|d)\b(?! (?:la|cette|ce|l) )",
            text,
        )
    )
    # « a manqué des séances ? »: sittings in the plural, no date (« combien de présents à la
    # séance du 14 ? » names a day: that sitting's count, not the asker's record).
    many = has("sittings") or (
        # « j'ai raté combien de séance ? » (the plural's « s » left out): the sittings counted,
        # not « combien de présents à la séance ? » (that sitting's present)
        counting
        and has("sitting")
        # (« combien d'absents en moyenne par séance ? »: each sitting's count, averaged)
        and not re.search(
            r"\b(?:a|de|pour) (?:la|cette) (?:seance|reunion|session)\b"
            r"|\bpar (?:seance|reunion|session)\b",
            text,
        )
    )
    named = frame.when.dated or frame.when.day or frame.when.relative
    over_time = attendance and many and not named
    # « présences de Bonnet depuis juillet 2024 », « … sur les 12 derniers mois »: a record
    spanning = (
        frame.when.start is not None
        and frame.when.end is not None
        and (
            (frame.when.end - frame.when.start).days > 40
            or bool(re.search(r"\b(?:depuis|derniers|dernieres)\b", fold(frame.text)))
        )
    )
    # « le nombre de personnes présentes à l'été 2024 » counts one sitting's; « combien de
    # séances ai-je manquées depuis 2024 », « présences de Bonnet depuis juillet » are records.
    someone = bool(set(frame.words) - _PEOPLE) or (first_person and many)
    over_time = over_time or (attendance and spanning and someone)
    if has("convocation") and not has("proxy") and not rate and not has("quorum"):
        return Asked.CONVOCATION, None, polar  # « je n'ai pas eu ma convocation »: not a record
    if (
        rate
        and not set(frame.words) - _SHARE_WORDS
        and not first_person
        and (frame.when.on or frame.when.day or frame.when.relative)
        and not has("sittings")
    ):
        # « le taux de présence au bureau du 4 juillet ? »: that sitting's, in figures; « taux
        # d'excusés », « pourcentage d'absents »: the share of the kind asked
        return Asked.COUNT, _count_about(concepts, text) or About.PRESENT, False
    if (
        rate
        and not set(frame.words) - _SHARE_WORDS
        and not first_person
        and not frame.pronoun
        and frame.when.start
        and not has("sittings")
        and not has("record")
    ):
        # « taux d'excusés en 2023 », « le pourcentage de présents sur l'exercice 2024 »: nobody
        # named, the sittings of that period counted (never the asker's own record)
        return Asked.COUNT, _count_about(concepts, text) or About.PRESENT, False
    if STILL_ON_ASKED.search(text) and (
        has("sitting") or has("bureau") or has("conseil") or not frame.when.empty
    ):
        # « le bureau de jeudi est maintenu ? », « c'est toujours jeudi le bureau ? »: whether
        # it is held as planned, never a record (« toujours ») nor the agenda's words
        return Asked.SITTING, About.STILL_ON, True
    # « j'ai toujours la procuration de Jouve ? »: a proxy held now, « toujours » no record
    held_now = has("proxy") and bool(_HOLDS_NOW.search(text))
    if (
        rate
        or mine
        or over_time
        or (has("record") and not counting and not held_now)
        # « combien de fois j'ai donné pouvoir ? »: the proxies counted, not the attendance
        # (« combien de fois j'ai été représenté ? » is the record's)
        or (
            re.search(r"\bcombien de fois\b", text)
            and not (has("proxy") and counting and not re.search(r"\brepresent", text))
        )
    ):
        return Asked.RECORD, None, False
    if has("record") and counting:
        return Asked.RECORD, None, False
    if has("quorum") or _ENOUGH.search(text):
        return Asked.QUORUM, None, polar
    if (
        _VALID.search(text)
        and not (has("proxy") or has("deliberation") or has("vote") or has("convocation"))
        and not frame.number
        and set(frame.words) <= _VALID_WORDS | {"vraiment", "reellement", "finalement"}
    ):
        return Asked.QUORUM, None, polar
    if has("convocation") and not has("proxy"):
        return Asked.CONVOCATION, None, polar
    # « qui présidait ? », « Dallara était secrétaire ? »; not « le président était là ? ».
    attending = has("present") or has("absent") or there or has("proxy")
    the_president = role_named(frame.text) == "president"  # « la présidente était là ? »
    # « ce que la délibération 2022.00057 a délégué au président », « la délégation au
    # président pour l'emprunt, unanime ? »: the act's, not who chaired
    delegated = bool(_DELEGATED.search(text))
    if (
        has("president")
        and not delegated
        and (
            wh == "qui" or (has("sitting") and not (attending and the_president)) or not attending
        )
    ):
        return Asked.OFFICER, About.PRESIDENT, polar and wh is None
    if has("secretary") and (wh == "qui" or has("sitting") or not attending):
        return Asked.OFFICER, About.SECRETARY, polar and wh is None
    vote_words = set(concepts.get("vote", ()))
    if vote_words == {"pour"} and not frame.when.empty and _FOR_ALONE.match(text):
        # « et pour jeudi prochain ? », « et pour le 18 ? »: the sitting a follow-up is for,
        # never the votes for (the day said is taken out of `text`, « et pour » is left)
        vote_words = set()
    if vote_words and not frame.number and _AMOUNT_VOTED.search(text):
        return Asked.ACTIONS, None, False  # « le montant voté pour AESIO ? »: 94 000 €
    if vote_words == {"pour"} and has("actions") and not _FOR_SAID.search(text):
        # « combien pour le programme ? », « montant total pour l'axe 2 »: « pour » names what
        # the money goes to, never the votes for
        return Asked.ACTIONS, None, False
    decided = vote_words & _DECIDED or bool(
        re.search(r"\b(?:decide\w*|approuve\w*|valide\w*|enterine\w*|acte)\b", text)
    )
    if re.search(r"\bprefecture\b", text) and (
        wh == "quand" or re.search(r"\bdate\b|\b(?:recu|transmi|envoy|arrive|depose)\w*\b", text)
    ):
        # « reçue en préfecture quand ? », « elle a été transmise à la préfecture ? »
        return (
            Asked.DELIBERATION,
            About.RECEIVED,
            polar and wh is None and not re.search(r"\bdate\b", text),
        )
    if wh == "quand" and (decided or has("deliberation")) and not counting:
        # « il a été voté quand ? », « quand a été adoptée la 2022.00033 ? »: the act's day
        return Asked.DELIBERATION, About.WHEN, False
    opposed = {w for w in vote_words if w == "contre" or w.startswith(("oppos", "abst"))}
    if (
        has("deliberation")
        and counting
        and not frame.number
        and not opposed
        # « la délib 417 a été votée par combien d'élus ? »: people counted, the voters of one
        # act, no count of acts
        and not _PEOPLE_COUNTED.search(text)
    ):
        if vote_words and _whether_then_how_many(frame.text):
            # « la délib sur la DSP a été approuvée, et avec combien de voix ? »: one act's
            # vote, yes or no first (never a count of acts)
            return Asked.VOTE, About.VOTES, True
        if any(w.startswith("rejet") for w in vote_words) or _NOT_ADOPTED.search(fold(frame.text)):
            # « combien de délibérations rejetées en 2022 ? »: the figure asked, said first
            return Asked.DELIBERATION_COUNT, About.REJECTED, False
        if (
            any(not w.isdigit() for w in frame.words)
            and frame.when.empty
            and not vote_words
            and set(concepts["deliberation"]) <= _ONE_ACT
            and _HOW_MUCH_ALONE.search(text)
        ):
            # « délib aesio combien », « combien la délib médiateurs santé ? »: one act and a
            # bare « combien » ask the money it grants, not how many acts (« combien de
            # délibs sur AESIO ? », « délibs aesio combien » count them)
            return Asked.ACTIONS, None, False
        return Asked.DELIBERATION_COUNT, About.DELIBERATIONS, False
    if (
        counting
        and vote_words
        and vote_words <= _ACTS_PASSED
        and not frame.words
        and not _BY_HOW_MANY.search(text)
    ):
        # « et combien ont été adoptées à l'unanimité ? »: acts, counted (never voters); « elle
        # a été votée à combien ? » asks its figures
        return Asked.DELIBERATION_COUNT, About.DELIBERATIONS, False
    if counting and not frame.number and re.search(r"\bcombien d unanimites?\b", text):
        # « combien d'unanimités en mars 2022 ? »: the acts adopted unanimously, counted
        return Asked.DELIBERATION_COUNT, About.DELIBERATIONS, False
    if (
        vote_words
        and (there or has("present") or has("absent"))
        and _AT_THE_VOTE.search(text)
        and not opposed
    ):
        # « Bony était là au moment du vote de la 2024.00417 ? »: presence at that item
        return (Asked.ABSENCE if has("absent") else Asked.PRESENCE), None, polar
    if vote_words:
        about = _vote_about(vote_words, fold(frame.text))
        people = set(frame.words) <= _PEOPLE
        # « combien de pour ? », « les voix pour ? », « combien ont voté pour ? »: the slot of
        # the votes for, never the voters (votants) of the sitting
        for_said = bool(_FOR_SAID.search(text))
        if for_said and about is About.VOTES:
            about = About.FOR  # « les voix pour ? »: « voix » said of the slot
        if (
            counting
            and not frame.number
            and (about is About.VOTES or (about is About.FOR and not for_said))
            and people
        ) or (about is About.VOTES and people and not frame.number and not wh):
            return Asked.COUNT, About.VOTES, False  # « votants ? », « combien de votants ? »
        if polar and TOOK_PART.search(text) and not _BODY_SUBJECT.match(text):
            return Asked.PRESENCE, None, polar
        real = vote_words - {"pour"}
        if for_said:
            real = real | {"pour"}  # « combien de pour sur la DSP ? »
        if real or (frame.number and "pour" in vote_words and counting):
            # « le vote du budget 2022 ? », « résultat du vote sur la DSP »: a noun phrase,
            # the vote shown, never « Oui » as if « adopté ? » were asked
            return Asked.VOTE, about, polar and not counting and bool(_PREDICATE.search(text))
    if has("absent") or has("proxy") or has("present"):
        # A negation inside the thing counted or listed: « absents non excusés », « excusés
        # sans pouvoir » narrow the absent, they do not turn the question around.
        said = fold(frame.text)  # « non » is courtesy elsewhere (« non merci »), not here
        narrowed = (
            About.UNEXCUSED
            if _UNEXCUSED.search(said)
            else About.UNREPRESENTED
            if (has("absent") or _NOT_THERE.search(said)) and _UNREPRESENTED.search(said)
            else None
        )
        if narrowed is None and frame.follow_up and _UNREPRESENTED.search(said):
            narrowed = About.UNREPRESENTED  # « et sans pouvoir ? » after the absent
        if narrowed is not None and not (frame.words and polar):
            return (Asked.COUNT if counting else Asked.ABSENCE), narrowed, False
    if (
        not has("present")
        and not has("absent")
        and not has("proxy")
        and frame.words
        and frame.when.empty
        and not (has("sitting") or has("bureau") or has("conseil") or has("sittings"))
        and _COMBIEN_POUR.search(text)
    ):
        # « c'était combien pour le CLS ? »: « c'était » no presence, the money for a topic
        return Asked.ACTIONS, None, False
    if counting:
        counted = _count_about(concepts, text)
        if counted is not None:
            return Asked.COUNT, counted, False
    if (
        (has("absent") or has("proxy"))
        and (has("present") or there)
        and re.search(r"\bou\b", text)
    ):
        return Asked.PRESENCE, About.EITHER, False  # « présent ou excusé / représenté ? »
    if has("proxy"):
        return Asked.PROXY, _proxy_side(text), polar
    if has("absent"):
        if counting:
            return Asked.COUNT, About.EXCUSED, False
        return Asked.ABSENCE, None, polar
    if has("present") or there:
        if counting:
            return Asked.COUNT, About.PRESENT, False
        return Asked.PRESENCE, None, polar
    if has("in_office"):
        return Asked.COUNT, About.IN_OFFICE, False
    if frame.words and not frame.number and _TOPIC_ON_AGENDA.search(text):
        # « le budget 2027 c'est au programme ? », « la piscine est à l'ordre du jour ? »: a
        # topic on a sitting's agenda (never « au programme du CLS », a programme's actions)
        return Asked.SITTING, About.AGENDA, polar
    if _COMBIEN_POUR.search(text) or has("actions"):
        return Asked.ACTIONS, None, False
    if frame.number or has("deliberation"):
        return Asked.DELIBERATION, None, False
    if has("sittings") and not frame.when.relative:
        return Asked.SITTINGS, None, False
    a_sitting = has("sitting") or has("bureau") or has("conseil") or bool(frame.when.relative)
    if a_sitting or frame.when.dated:
        # « à quelle heure était le bureau ? », « où se tenait la séance ? », « quel jour ? »
        if _AT_WHAT_TIME.search(text) or END_ASKED.search(text):
            return Asked.SITTING, About.TIME, False
        if _WHERE.search(text):
            return Asked.SITTING, About.PLACE, False
        if re.search(r"\bquel jour\b|\b(?:quelle|a quelle|en quelle) date\b", text):
            return Asked.SITTING, About.WHEN, False
        if _AGENDA.search(text):
            return Asked.SITTING, About.AGENDA, False
    if (
        wh == "quand"
        and a_sitting
        and set(frame.words) - _DECIDED_VERBS
        and _DECIDED_SAID.search(text)
        and frame.when.empty
    ):
        # « le conseil a délibéré quand sur le CLS ? », « le CLS est passé en conseil quand ? »:
        # the day of the act on that topic (its body's, or what its text says of the body
        # named), never the sittings of a body that did not vote it
        return Asked.DELIBERATION, About.WHEN, False
    if wh == "quand" and a_sitting:
        return Asked.SITTING, About.WHEN, False  # « c'était quand le dernier bureau ? »
    if (
        has("sitting")
        and frame.when.empty
        and not frame.words
        and re.search(r"\b(?:quel|quelle|laquelle|lequel)(?: (?:seance|reunion|session))?\b", text)
    ):
        return Asked.SITTING, About.WHEN, False  # « c'était quelle séance ? »: in a sentence
    if has("sitting") or has("bureau") or has("conseil") or has("sittings"):
        return Asked.SITTING, None, False
    if not frame.words and not frame.follow_up and not set(concepts) - {"last", "next"}:
        # « c'était quand déjà ? », « ça a commencé à quelle heure ? », « c'est où ? »: a fact
        # of the sitting in talk (or the latest)
        # (« rappelle-moi l'heure », « le lieu ? », « tu me redonnes l'adresse ? »: the word
        # of the fact alone, nothing else said)
        if _AT_WHAT_TIME.search(text) or _TIME_WORD.search(text):
            return Asked.SITTING, About.TIME, False
        if _WHERE.search(text) or _PLACE_WORD.search(text):
            return Asked.SITTING, About.PLACE, False
        if _AGENDA.search(text):
            return Asked.SITTING, About.AGENDA, False
        if wh == "quand" or _DAY_WORD.search(text):
            return Asked.SITTING, About.WHEN, False
    if frame.words:
        # Only a year or a date left (« et en 2022 ? ») is a time, not a topic.
        if frame.follow_up and all(_YEAR_WORD.match(w) for w in frame.words):
            return Asked.NOTHING, None, False
        return Asked.SEARCH, None, polar
    if not frame.when.empty:
        return (Asked.NOTHING if frame.follow_up else Asked.SITTING), None, False
    if frame.follow_up and (frame.pronoun or first_person):
        return Asked.NOTHING, None, False
    if re.search(r"\bcombien\b", text):
        # « il y en a combien en tout ? », « ça en fait combien ? »: a count of what was just
        # talked about, never the help
        return Asked.NOTHING, None, False
    return (Asked.NOTHING if frame.follow_up else Asked.HELP), None, False


# « les membres du bureau », « la composition du conseil », « qui siège au bureau ? », « Berger
# fait partie du bureau ? »: a body's seats, now, not who came to one sitting.
MISSED_WHAT = cues.plain(
    r"\bj ai (?:rate|manque|loupe|rater|zappe) quoi\b"
    r"|\b(?:qu est ce que|quoi) j ai (?:rate|manque|loupe|zappe)\b"
    r"|\bqu ai je (?:rate|manque|loupe)\b|\bce que j ai (?:rate|manque|loupe)\b"
)
_LAST_TIME_I = cues.plain(
    r"\b(?:quand|quelle date|depuis quand)\b.*\b(?:derniere fois|dernier coup)\b"
    r"|\b(?:derniere fois|dernier coup)\b.*\b(?:quand|quelle date)\b"
)
_COUNTED_NOUN = cues.plain(r"\bcombien (?:de |d |d\' )([a-z]{3,})\b")
# What a count may be of, beside the intent words: never « pas de tels élus »
_COUNTABLE = frozenset(
    _words(
        "elus elues membres conseillers conseilleres personnes gens presents presentes absents "
        "absentes excuses excusees votants voix pouvoirs procurations seances deliberations "
        "delibs femmes hommes dames messieurs sieges places fois jours points titulaires "
        "suppleants representes representees mandataires mandants vice adjoints maires collegues"
    )
)
_I_WAS = cues.plain(r"\bj (?:y )?etais\b|\bje (?:suis|me suis) (?:venu|venue|alle|allee)\b")
_MARKED_AS = cues.plain(
    r"\b(?:marquee?|notee?|inscrite?|indiquee?|comptee?|enregistree?|mentionnee?)\b"
    r"|\bj (?:apparais|apparaissais)\b|\bje (?:figure|figurais)\b|\bme concernant\b"
)
# « qu'est-ce que j'ai fait au bureau du 12 ? », « j'y faisais quoi ? »: the asker's part in a
# sitting
_MY_PART = cues.plain(
    r"\b(?:ce que|qu est ce que|qu) (?:j ai|j y ai|je) (?:fait|faisais)\b"
    r"|\b(?:j ai|j y ai) fait quoi\b|\b(?:je|j y) faisais quoi\b"
)
# The people of the store as a whole counted: « combien d'élus en tout ? », « combien de
# membres dans la base ? », « combien d'élus tu connais ? »
_WHOLE_STORE = cues.plain(
    r"\b(?:elus|elues|membres|conseillers|conseilleres|personnes)\b.*\b(?:en tout|au total"
    r"|dans (?:la|ta|votre|ta|cette) (?:base|liste)|en base|(?:tu|vous) (?:connais|connaissez"
    r"|as|avez)|enregistres?|references?|dans le systeme|dans l annuaire)\b"
    r"|\bnombre total (?:d|de) (?:elus|membres|conseillers)\b"
)
_SEATS_COUNTED = cues.plain(
    r"\b(?:siege|siegent|composent|compose|composee|font partie|compte|comptent"
    r"|(?:membres?|elus?|conseillers?|conseilleres?|sieges?) (?:au|du|dans le|de ce) (?:bureau"
    r"|conseil))\b"
    r"|^combien (?:de |d )?(?:membres?|elus?|sieges?|conseillers?)?\s*(?:au|du) (?:bureau"
    r"|conseil)\s*\??$"
)
_MEMBERSHIP = cues.plain(
    r"\b(?:membres?|elue?s?|conseill(?:er|ere)s?|composition|compose|composent|constitue"
    r"|fai\w* partie|font partie|siege|siegent|appartien\w*|trombinoscope|annuaire)\b"
    # « Berger est au bureau ? », « Rivat est-il bien au conseil ? »: a seat, in the present
    r"|\b(?:est|sont|suis|es|etes)(?: (?:il|elle|ils|elles|je|tu|vous))?(?: (?:bien|toujours"
    r"|encore|aussi))? (?:au|du|dans le) (?:bureau|conseil)\b"
    # « je suis dans quel organe ? », « mes instances », « Berger est de quelle instance ? »
    r"|\b(?:quel|quels|quelle|quelles|mes|mon|ses|son) (?:organes?|instances?)\b"
)
# « Bouchet fait toujours partie du bureau ? », « Laurent toujours au bureau ou il est parti ? »,
# « suis-je inscrit au bureau ? », « Rivat n'est plus au conseil ? », « elle a quitté le
# bureau ? »: a seat held today, asked with no sitting named (never a presence declared, nor
# « toujours » as a record, nor « parti » as a political party)
SEAT_NOW = cues.plain(
    r"\bfai\w* (?:(?:toujours|encore|bien|aussi|plus|pas|actuellement|desormais) )*partie\b"
    r"|\b(?:toujours|encore|actuellement|desormais|(?:n est|n etait|n y est|ne sont|ne siege\w*)"
    r" (?:pas )?plus) (?:(?:un |une )?(?:membres?|elue?s?|conseill(?:er|ere)s?) )?"
    r"(?:au|du|dans le) (?:bureau|conseil)\b(?! (?:du|de|d)\b)"
    r"|\b(?:inscrite?s?|enregistree?s?|nommee?s?) (?:au|dans le|comme membres? du) (?:bureau"
    r"|conseil)\b(?! (?:du|de|d)\b)"
    r"|\b(?:quitte (?:le|la)|(?:est|sont) (?:il |elle )?partie?s? (?:du|de la)) (?:bureau"
    r"|conseil)\b(?! (?:du|de|d)\b)"
    r"|\bsieg\w* (?:toujours|encore|actuellement|desormais)\b"
    # « Berger est toujours élue ? », « il est encore conseiller ? »: the seat, no body named
    r"|\b(?:est|sont|suis|es|etes)(?: (?:il|elle|ils|elles|je|tu|vous))? (?:toujours|encore"
    r"|actuellement) (?:un |une )?(?:membres?|elue?s?|conseill(?:er|ere)s?)\W*$"
)
# « Rivat n'est plus au bureau ? », « Berger a quitté le conseil ? »: the seat asked as left;
# the answer says the member still sits, never « Oui » to a question asked the other way
SEAT_LEFT = cues.compile(
    r"^(?!.*\b(?:toujours|encore)\b).*(?:\b(?:n est|n etait|n y est|ne sont|ne siege\w*)"
    r" (?:pas )?plus\b|\bquitte (?:le|la) (?:bureau|conseil)\b|\b(?:est|sont) (?:il |elle )?"
    r"partie?s?\b)"
)
# « je suis membre de quel organe ? »: the bodies a member sits in, asked by their kind
_BODY_KIND_ASKED = cues.plain(
    r"\b(?:quel|quels|quelle|quelles|mes|mon|ses|son) (?:organes?|instances?)\b"
)
_MEMBER_WORDS = frozenset(
    _words(
        "membre membres elu elus elue elues conseiller conseillers conseillere conseilleres "
        "composition compose composent constitue "
        "partie fait font fais siege siegent appartient appartiennent trombinoscope annuaire "
        "noms nom liste ensemble actuel actuels actuellement aujourd hui tous toutes quels "
        "quelles sont son ses organe organes instance instances quel quelle mes mon dans"
    )
)


def _is_membership(
    text: str, concepts: dict[str, list[str]], counting: bool, frame: Frame
) -> bool:
    if counting or frame.number or not frame.when.empty:
        return False
    if SEAT_NOW.search(text):
        return True
    if not _MEMBERSHIP.search(text):
        return False
    # « membres » alone is how « membres présents » or « membres en exercice » begin: the
    # other words asked must be none but a body, or « siège » (present tense, no date).
    others = set(concepts) - {"bureau", "conseil", "help", "sitting"}
    seated = all(w in ("siege", "siegent") for w in concepts.get("present", ()))
    if others - {"present"} or not seated:
        return False
    named_body = "bureau" in concepts or "conseil" in concepts
    if _BODY_KIND_ASKED.search(text):
        return True
    about_seats = bool(
        re.search(
            r"\b(?:composition|compose|composent|fai\w* partie|font partie|siege|siegent"
            r"|appartien\w*|trombinoscope|annuaire|(?:liste|noms|tous) (?:des|les) (?:elus"
            r"|membres|conseillers)"
            # « Berger est élue ? », « Rivat est-il conseiller ? »: a seat held, in the present
            r"|(?:est|sont|suis|es|etes)(?: (?:il|elle|ils|elles|je|tu|vous))?(?: (?:bien"
            r"|toujours|encore|aussi))? (?:un |une )?(?:elue?s?|conseill(?:er|ere)s?|membres?))\b"
            # « les conseillers métropolitains », « les membres de la métropole »: the roster
            r"|^(?:(?:la )?liste (?:des|de tous les) |les |tous les )?(?:elus|membres"
            r"|conseill(?:er|ere)s)(?: (?:metropolitains?|communautaires?))?(?: (?:de la"
            r" metropole|de saint etienne metropole))?$",
            text,
        )
    )
    return named_body or about_seats


# « le plus souvent », « d'habitude », « en général »: over the sittings, not one of them
_HABITUAL = cues.plain(
    r"\b(?:le plus souvent|souvent|d habitude|habituellement|en general|generalement"
    r"|d ordinaire|en principe|toujours|la plupart du temps"
    # « il l'a donné à qui d'autre avant ? », « et les autres fois ? »: the other sittings too
    r"|qui d autre|les autres fois|auparavant|precedemment)\b"
)
_SUPERLATIVE = cues.compile(
    r"\b(?:le|la|les) (?:plus|moins)\b|\b(?:maximum|minimum|record)\b"
    r"|\bplus (?:grand|petit|gros|fort|faible) nombre\b"
    # « qui a souvent donné pouvoir ? »: those who did most
    r"|^(?:et )?qui\b.*\b(?:souvent|regulierement|frequemment)\b"
)
_FEWEST = cues.plain(r"\b(?:le|la|les) moins\b|\bminimum\b|\bplus (?:petit|faible) nombre\b")
# What a sitting is « la plus suivie / fréquentée » by: the members present.
_ATTENDED = cues.plain(
    r"\b(?:suivie?s?|frequentee?s?|remplie?s?|participation|affluence|monde|presents?|elus"
    r"|membres|gens|personnes|fournie?s?)\b"
)
_CONTEST_WORDS = (
    r"contestee?s?|serree?s?|disputee?s?|divise\w*|clivant\w*|consensu\w*|accrochee?s?"
    r"|controvers\w*|polemique\w*"
)
_CONTESTED = cues.plain(rf"\b(?:{_CONTEST_WORDS})\b")
# « la moins consensuelle » is the most contested, « la plus consensuelle » the least
# (« celle qui a fait le moins l'unanimité » too)
_CONSENSUAL = cues.plain(r"\b(?:le|la|les) (plus|moins) (?:consensu\w*|l unanimite\b)")
# What a ranking of acts says of how it ranks (« contestée », « opposants », « voix »), and not
# of the acts ranked: the words left are the topic (« la plus contestée sur le budget »)
_RANKING_WORD = cues.plain(
    rf"(?:{_CONTEST_WORDS}|opposants?|opposes?|opposees?|oppositions?|contre|abst\w*|voix"
    r"|votes?|scrutins?|pour|delib\w*|decisions?|dossiers?|textes?|points?|recueilli\w*"
    r"|obtenu\w*|eu|plus|moins|debats?|vagues|fait"
    # « de tous les temps », « toutes séances confondues », « jamais »: over every act
    r"|temps|jamais|toutes?|tous|confondu\w*)"
)


def ranked_topic(frame: Frame) -> tuple[str, ...]:
    """The topic of a ranking of acts (« la délib la plus contestée sur l'eau »: « eau »), the
    words that say how it ranks left out; () when it ranks every act."""
    return tuple(
        w
        for w in frame.words
        if not _RANKING_WORD.fullmatch(w)
        and w not in _MEMBER_WORDS  # « quels élus s'abstiennent le plus ? »: who, no topic
        and w not in _QUANTITY_WORDS
        and not _HABITUAL.fullmatch(w)
    )


_ACT = cues.plain(r"\b(?:vote|votes|scrutin|scrutins|dossier|dossiers|texte|textes|point)\b")
_CONTESTED_ASKED = cues.plain(
    r"\b(?:votes?|scrutins?|deliberations?|delibe?s?|decisions?|dossiers?|textes?)"
    r" (?:(?:tres|un peu|assez|plutot|vraiment) )?(?:contestee?s?|serree?s?|disputee?s?"
    r"|divisee?s?|clivante?s?|accrochee?s?|controversee?s?|polemiques?)\b"
    # « quelle délib a divisé le conseil ? », « les votes qui ont fait débat »
    r"|\b(?:quel\w*|la|les) (?:delib\w*|deliberations?|decisions?|votes?|dossiers?)(?: qui)?"
    r" (?:a|ont) (?:le plus )?(?:divise|fait (?:debat|polemique|des vagues))\b"
)


# « qui a le plus de pouvoirs donnés ? », « qui s'est fait représenter le plus souvent ? »:
# the proxies given, said by a participle after them or by being represented
_GIVEN_MOST = cues.plain(
    r"\b(?:pouvoirs?|procurations?|procus?|voix|votes?) (?:donnes|donnees|confies|confiees"
    r"|delegues|deleguees|transmis|transmises|cedes|cedees|laisses|laissees)\b"
    r"|\bfait (?:le plus (?:souvent )?)?represent\w*|\b(?:ete|etre) (?:le plus (?:souvent )?)?"
    r"represente(?:e|s|es)?\b"
)
_CLOSE = cues.plain(r"\bserree?s?\b")


def _contest_about(text: str) -> About:
    """A contested vote read one way: « serré » is the narrowest margin of for over against;
    « contesté », « disputé », « divisé » the most against and abstentions together."""
    return About.MARGIN if _CLOSE.search(text) else About.DISSENT


def _most_about(text: str, concepts: dict[str, list[str]], wh: str | None) -> About | None:
    """What a superlative ranks, told by what it is about: deliberations by their vote figures,
    sittings by who came, members by the proxies they carried or gave; None for a superlative
    the store cannot rank (« la séance la plus longue »)."""
    has = concepts.__contains__
    vote_words = set(concepts.get("vote", ()))
    contested = bool(_CONTESTED.search(text) or _CONSENSUAL.search(text))
    sitting = (has("sitting") or has("sittings") or has("bureau") or has("conseil")) and (
        wh != "qui"
    )
    counted_acts = re.search(r"\b(?:plus|moins) (?:de |d )?(?:deliberation|delib|decision)", text)
    if sitting and counted_acts:
        return About.DELIBERATIONS  # « la séance avec le plus de délibérations »
    if has("deliberation") or contested or ((vote_words - {"pour"}) and not sitting):
        if contested:
            return _contest_about(text)
        if "contre" in vote_words or any(w.startswith("oppos") for w in vote_words):
            return About.AGAINST
        if any(w.startswith("abst") for w in vote_words):
            return About.ABSTENTIONS
        if vote_words or _ACT.search(text):
            return About.FOR
        return None
    if sitting:
        if has("proxy"):
            return About.PROXIES
        if has("absent"):
            return About.ABSENT
        if has("present") or _ATTENDED.search(text):
            return About.PRESENT
        return None
    if has("proxy") and not (has("present") or has("absent")):
        # « qui a le plus de pouvoirs ? »: carried; « qui a donné le plus de procurations ? »
        given = _GIVING.search(text) or _GIVEN_MOST.search(text)
        return About.GIVEN if given else About.HELD
    return None


# What makes a question about a vote a yes/no one: a verb or an outcome said of the act (« a
# été adopté », « votée ? », « le budget voté ? », « c'est passé », « à l'unanimité ? »); « le
# vote du budget ? », « vote taxes foncières », « résultat du vote » have none: the vote itself.
_PREDICATE = cues.plain(
    r"\b(?:a|ai|as|ont|avait|avaient|est|etait|sont|etaient|ete|sera|seront|fut|y a"
    r"|adopt\w*|rejet\w*|approuv\w*|accept\w*|refus\w*|valid\w*|pass\w*|unanim\w*"
    r"|votees?|voter|votai\w*)\b"
    # « 10 contre pour la 2022.00033 ? »: a figure put to be checked
    r"|\b\d+ (?:voix |votes? )?(?:contre|pour|abstentions?|abst\w*)\b"
    # « voté » past a noun (« le budget voté ? »), never past a determiner (« le vote »)
    r"|(?<!^)(?<!\ble)(?<!\bdu)(?<!\bun)(?<!\bau)(?<!\bde)(?<!\bdes)(?<!\bles)(?<!\bson)"
    r"(?<!\bce)(?<!\bleur)(?<!\bmon)(?<!\bton)(?<!\bquel)(?<!\bquels)(?<!\bses)(?<!\bnos)"
    r"(?<!\bvos)(?<!\bdernier)(?<!\bpremier)(?<!\bmes)(?<!\btes)(?<!\bleurs) votes?\b"
)


# « passée à combien ? », « adoptée avec combien de voix ? »: an act's vote figures
_PASSED_AT = cues.plain(
    r"\b(?:passee?s?|passe|adoptee?s?|approuvee?s?|acceptee?s?) (?:a|avec) combien\b"
)
# « … a-t-elle été adoptée, et avec combien de voix ? »: a yes or no, then its figures
_THEN_HOW_MANY = cues.plain(r"(?:\bet|\bpuis|,) (?:(?:avec|par|a) )?combien\b")
_WHETHER_SAID = cues.plain(
    r"\b(?:atteint|obtenu|adoptee?s?|approuvee?s?|votee?s?|rejetee?s?|passee?s?|est ce qu\w*"
    r"|y avait il|on avait|on a eu)\b"
)


def _whether_then_how_many(text: str) -> bool:
    """Whether a message asks yes or no first, then how many (« … , et avec combien ? »; never
    « adoptées avec combien de voix ? », the figures alone)."""
    said = strip_accents(text.lower())
    then = _THEN_HOW_MANY.search(said)
    if then is None or "combien" in said[: then.start()]:
        return False
    before = said[: then.start()]
    return _WHETHER_SAID.search(fold(before)) is not None or asked_as_question(before)


# An act named in the singular, and « combien » counting nothing named after it
_ONE_ACT = frozenset(("delib", "deliberation", "delibe", "decision", "acte"))
_HOW_MUCH_ALONE = cues.plain(
    r"\b(?:combien|cb|cmb|cbien)\b(?! (?:de|d|des|en tout de|au total de|y a t il|il y a|y en)\b)"
    r"(?!.*\b(?:nombre|nb)\b)"
)


def _vote_about(words: set[str], said: str = "") -> About:
    if any(w.startswith("rejet") for w in words) or _NOT_ADOPTED.search(said):
        return About.REJECTED
    if words & {"contre", "contres"} or any(w.startswith(("oppos", "defavorab")) for w in words):
        return About.AGAINST
    if any(w.startswith("abst") for w in words):
        return About.ABSTENTIONS
    if words & {"votant", "votants", "voix"} or _HOW_MANY_VOTED.search(said):
        return About.VOTES
    return About.FOR


# « combien d'élus ont voté la 417 ? », « ils étaient combien à voter ? »: those who voted
# (présents and pouvoirs), never the votes for (« combien ont voté pour ? »)
_HOW_MANY_VOTED = cues.plain(
    r"\bcombien (?:d elus |de membres |de personnes |de conseillers |de gens"
    r" |d entre (?:eux|nous) )?"
    r"(?:ont|avaient|a|sont|etaient) (?:vote|participe au vote|pris part au vote|votes)\b"
    r"(?! (?:pour|contre|favorabl\w*|oui|non)\b)"
    r"|\b(?:etaient|etiez|etions|sont) combien a (?:voter|avoir vote|participer au vote)\b"
    r"|\bcombien (?:etaient|sont) a (?:voter|avoir vote)\b"
)


# « qui … ? » as the subject: the member named is then the other side of the proxy (« qui a
# porté la voix de Driol ? » asks whom Driol gave it to; « qui m'a donné pouvoir ? », which
# proxy I held).
_WHO_SUBJECT = cues.compile(
    # « Bonjour ! Pourriez-vous me dire qui… », « « qui a donné… » »: the courtesy and the
    # quotes around are gone, their marks may stay before « qui »
    # « bon, qui… », « question : qui… », « au fait qui… », a link's « clique » before it
    r"^[^\w]*(?:(?:et|mais|alors|donc|bon|bref|sinon|voyons|tiens|ok|okay|ah|eh|oh|ben|bah|euh"
    r"|hum|juste|puis|ensuite|au fait|du coup|par contre|(?:une |la |ma )?(?:petite |autre "
    r"|derniere |simple )?question|clique|cliquez|clic|ici|lien|voir)\W+){0,2}"
    r"(?:qui|quel (?:elu|membre|conseiller)"
    r"|quelle (?:elue|conseillere)|quelqu un)\b|\b(?:qui est ce qui|c est qui qui"
    # (« pour le bureau du 4 juillet, qui c'est qui avait… »: anywhere in the sentence)
    r"|c etait qui qui|qui c est qui|qui c etait qui)\b"
)
# « qui me représentait ? », « qui l'a remplacé ? »: a pronoun after « qui », which is then
# the subject
_NOT_A_SUBJECT = (
    r"(?!(?:est|a|avait|etait|m|t|l|s|me|te|nous|vous|le|la|les|lui|leur|en|y|se|ne|n)\b)"
)
_WHO_OBJECT = cues.plain(
    r"^\W*(?:et )?qui (?:est ce qu(?:e)? (?!(?:il|elle|on|ils|elles)\b)(?:\w+ ){1,2}"
    r"|" + _NOT_A_SUBJECT + r"\w+ (?:\w+ )?"
    r"(?:a|avait|represent\w*|remplac\w*|port\w*|mandat\w*) (?:t )?(?:il|elle)\b"
    # « qui Bonnet représentait ? » (« est-ce que » left out as courtesy)
    r"|" + _NOT_A_SUBJECT + r"\w+ (?:a |avait )?"
    r"(?:represent|remplac|mandat)\w*(?:\W*$| (?:au|a|aux|le|la|lors|en|pendant|ce|cette"
    r"|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche|dernier|derniere)\b))"
    # « qui j'ai représenté ? », « qui est-ce qu'il a remplacé ? »
    r"|\bqui (?:est ce (?:que|qu) )?(?:j|je|tu|il|elle|on|nous|vous|ils|elles) (?:ai|as|a|avais"
    r"|avait|avons|avez|ont|avaient) (?:represente|remplace)\w*"
)
# « X était représenté », « j'ai été remplacé », « s'est fait représenter », « représenté ? »:
# the member named was absent and gave their vote.
_STOOD_IN_FOR = cues.plain(
    r"\b(?:ete|etai[st]|etaient|etre|est|suis|sont|fait|faite|faits|faire|etait il|etait elle)"
    r"(?: (?:il|elle|je|bien|pas))? (?:represent|remplac)\w*"
)
# « représentait », « a remplacé », « qui m'a représenté », « a voté pour moi / à la place de
# Fara », « a porté la voix de Driol »: one member standing in for another.
_STANDING_IN = cues.plain(
    r"\b(?:representai\w*|remplacai\w*|(?:a|ai|as|avait|avais|m a|l a|m avait|t a) "
    r"(?:represente|remplace)\w*|(?:represente|remplace) qui)\b"
    r"|\bvot\w* (?:pour moi|a ma place|en mon nom|a la place d\w*|au nom d\w*)"
    r"|" + _VOTED_FOR_SOMEONE + r""
    r"|\b(?:porte\w*|portai\w*) (?:la voix|le vote|les voix|ma voix|mon vote)\b"
)
_GIVING = cues.plain(
    # (« ses pouvoirs donnés ? »: the participle agreeing with its plural)
    r"\b(?:donne|donnee|donnes|donnees|donner|donnait|confie|laisse|delegue|transmis|cede"
    r"|confiee)\b"
    # « qui a passé / refilé / remis sa procu à Laget ? »: verbs that give only with a proxy
    r"|\b(?:passe|passee|refile|refilee|file|filee|remis|remise|transmise|transmet)"
    r" (?:son|sa|ses|leur|le|la|les|un|une) (?:pouvoir|procu\w*|voix|vote)\b"
)
# « … sa procuration à Semache », « son pouvoir à Bonnet »: the proxy and the one it went to
_PROXY_TO_SOMEONE = cues.plain(r"\b(?:pouvoirs?|procurations?|procus?|voix|votes?) a (?!qui\b)\w")
# « qui s'est fait représenter par Barriol ? »: the one named stood in
_REPRESENTED_BY = cues.plain(r"\b(?:represente\w*|remplace\w*) par (?!qui\b)\w")
_HOLDING = cues.plain(
    r"\b(?:recu|recue|recus|porte|portes|portee|portees|portait|portais|portaient|portiez"
    r"|porteur|porteuse|detenait|detenais)\b"
)
# « le pouvoir de Fara », « ma procuration »: a giver's; « le pouvoir de qui ? »: a holder's.
_WHOSE_PROXY = cues.plain(
    r"\b(?:pouvoir|procuration|procu|voix|vote) (?:de|d) (?!qui\b)"
    r"|\b(?:mon|ma|son|sa|leur) (?:pouvoir|procuration|procu|voix|vote)\b"
)


_POSSESSIVES = ("mon ", "ma ", "son ", "sa ", "leur ")
# The law's words for the two sides: the mandant gives, the mandataire holds; « de X » or a
# possessive names the other side (« le mandataire de Fara » held Fara's proxy).
_MANDATE = cues.compile(
    r"(?P<whose>\b(?:mon|ma|son|sa|leur|mes|ses|leurs|votre|vos|ton|tes) )?"
    r"\b(?:(?P<holder>mandataires?)|mandants?)\b(?P<of> (?:de|d) (?!qui\b)\w)?"
)
# « qui a voté pour Jouve ? », « qui votait à la place de M. Fara ? »: a member's vote carried
# (« pour le budget », « pour la DSP », « pour quoi » are acts, not members)
_VOTED_FOR_NAMED = cues.plain(
    r"\bvot\w* (?:pour|a la place (?:de|d)) (?:(?:m|mme|monsieur|madame) )?"
    r"(?!(?:le|la|les|l|un|une|des|du|de|d|ce|cet|cette|ces|tous|tout|toute|toutes|rien|quoi"
    r"|qui|quel\w*|combien|moi|nous|vous|elle|elles|lui|eux|ca|cela|ceci|contre|pour|ou|et"
    r"|deliberation\w*|delib\w*|dossier\w*|budget\w*)\b)(?P<name>[a-z]{3,})"
)
# « … à qui ? », « … chez qui ? », « … pour qui ? », « qui l'avait ? », « entre les mains de
# qui ? »: asked after a giver's proxy, the one it went to
_WENT_TO_WHOM = cues.plain(
    r"\b(?:a|chez|vers|pour|au profit de|aux mains de|entre les mains de) qui\b"
    r"|\bqui l (?:a|avait|as|a eu|a eue|a recu|a recue|a recupere\w*)\b"
)


# « j'avais combien de voix au dernier bureau ? », « combien de voix portait Rivat ? »,
# « Semache, elle pesait combien de voix ? », « nombre de voix de Barriol le 4 juillet »: a
# member's own votes (theirs, present, and the proxies they carried), never the sitting's
# votants; a side of a vote (« contre », « abstentions »), an act's number or « délib » is the
# act's count instead
_MEMBER_WEIGHT = cues.plain(
    r"\b(?:combien|nombre|nb|cb|cmb|total)\b.*\bvoix\b|\bvoix\b.*\bcombien\b"
    # « je pesais combien au bureau ? », « combien pèse Barriol ? »: the same, in votes
    r"|\bpes(?:e|es|ent|ait|ais|aient|ai)\b.*\bcombien\b|\bcombien\b.*\bpes(?:e|es|ent|ait|ais"
    r"|aient|ai)\b"
    # « mes voix au dernier bureau ? », « ses voix le 4 juillet »: a member's own, counted
    r"|\b(?:mes|ses|vos|leurs) voix\b"
    # « le poids de Semache au bureau ? », « quel était mon poids au vote ? »
    r"|\b(?:le|mon|son|votre|leur|quel) poids\b|\bpoids (?:de|d|du) [a-z]"
    # « j'ai voté pour combien de personnes ? », « Rivat votait au nom de combien d'élus ? »
    r"|\bvot\w* (?:pour|au nom de) combien\b"
)
_NOT_A_MEMBER_WEIGHT = cues.plain(
    r"\b(?:contre|abst\w*|unanim\w*|oppos\w*|delib\w*|deliberation\w*|dossier|budget|rapport"
    r"|projet|exprim\w*|votants|obtenu|recueilli|favorables?|quorum|majorite)\b"
)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def member_weight_asked(text: str) -> bool:
    """Whether a message asks how many votes a member had (named, or the asker): to be
    answered from that member's presence and the proxies they held."""
    said = " ".join(fold(text).replace("'", " ").split())
    return bool(_MEMBER_WEIGHT.search(said)) and not _NOT_A_MEMBER_WEIGHT.search(said)


_MARKED_NAME = cues.plain(r"\b(a|au|aux|de|d|du|par|chez|pour) ([a-z][a-z-]+)")
# « Bonnet a voté pour Jouve ? », « j'ai voté pour Artigues ? »: a member voted for is a proxy
# carried, when the words after « pour » name a member (the caller checks)
VOTED_FOR_SOMEONE_NAMED = cues.plain(
    r"\bvot(?:e|ee|ait|ais|aient)\b(?: (?:aussi|bien|donc|en fait|egalement))? pour "
    r"(?!(?:qui|quoi|ou|contre|le|la|les|l|un|une|ce|cette|cet|ces|mon|ma|mes|son|sa|ses|moi"
    r"|lui|elle|eux|tout|toutes|tous|rien|cela|ca)\b)(?P<named>[a-z].*)$"
)


def marked_by_preposition(text: str, surname: str, *, asker: bool = False) -> bool:
    """Whether a member's surname (the asker's: « moi » too) comes, in the sentence, after
    « à », « de », « par » or « chez » (« c'est à Flechet que Driol a donné… », « de Cadegros,
    Mouseghian avait le pouvoir ? », « Artigues avait donné pouvoir à moi ? »): that member is
    the object of the proxy asked, the other one named its subject, whatever the word order."""
    said = " ".join(fold(text).replace("'", " ").replace("’", " ").split())
    first = fold(surname).replace("-", " ").split()[:1] + (["moi"] if asker else [])
    return any(m.group(2) in first for m in _MARKED_NAME.finditer(said))


# the question word of a proxy, put after its preposition (never « qui a donné pouvoir à qui »,
# a list, nor « il y a qui », nor « entre les mains de qui », the holder)
_SIDE_OF_THE_QUESTION_WORD = cues.plain(
    r"^(?!.*\bqui\b.*\b(?:a|de|chez) qui\b)(?:.*\W)?(?<!\by )(?<!\bmains )(a|de|chez) qui\b"
)


# « qui lui a donné… », « qui m'avait confié… », « qui leur avait laissé… »: a pronoun between
# « qui » and the verb, the one given to
_GIVEN_TO_THE_ONE_ASKED = cues.plain(
    r"\bqui (?:donc )?(?:lui|leur|m|me|t|te|vous|nous) (?:a|avait|aurait|ont|avaient|as|avez)\b"
)


def _proxy_side(text: str) -> About | None:
    """Which side of a proxy the member named (or « je ») is asked about: the giver (« X a donné
    pouvoir ? », « X était représenté ? », « qui avait mon pouvoir ? », « qui a voté pour
    moi ? ») or the holder (« X portait un pouvoir ? », « X représentait qui ? », « qui m'a
    donné pouvoir ? »)."""
    if side := _SIDE_OF_THE_QUESTION_WORD.search(text):
        # « à qui Berger avait-elle confié le sien ? », « de qui Semache tenait-elle son
        # pouvoir ? », « le pouvoir de Fara est chez qui ? »: the question word's preposition
        # says which side is asked, whatever the verb, its tense or the word order: « à » /
        # « chez » whom it went, « de » whose it was (the member named, or the asker, is the
        # other side); « par qui » depends on the verb (« représenté par » / « mandaté par »)
        return About.HELD if side.group(1) == "de" else About.GIVEN
    # « qui Bonnet représentait-il ? », « qui j'ai représenté ? », « qui est-ce qu'il a
    # remplacé ? »: « qui » is the one stood in for, the member named (or the asker) the subject
    asks_who = bool(_WHO_SUBJECT.search(text)) and not _WHO_OBJECT.search(text)
    if not asks_who and (can := _CAN_GIVE.search(text)):
        return About.CAN_GIVE_TO_ME if can.group("me") or can.group("i") else About.CAN_GIVE
    if not asks_who and _CAN_HOLD.search(text):
        return About.CAN_HOLD
    if side := _MANDATE.search(text):
        # « le mandataire de Fara », « mon mandataire »: Fara's (my) proxy given, to whom;
        # « le mandant de Bonnet », « X était mandataire (de qui) ? »: the one Bonnet held
        holder = side.group("holder") is not None
        named = side.group("of") is not None or side.group("whose") is not None
        return About.GIVEN if holder == named else About.HELD
    if asks_who and _VOTED_FOR_NAMED.search(text):
        return About.GIVEN  # « qui a voté pour Jouve ? »: where Jouve's proxy went
    if _VOTED_FOR_IMPERFECT.search(text) and _VOTED_FOR_NAMED.search(text):
        return About.HELD  # « Bonnet votait pour Fara ? »: whether Bonnet held Fara's
    if re.search(r"\bmandatee?s? par\b", text):
        # « qui a été mandaté par Jouve ? »: Jouve gave; « Bonnet a été mandaté par qui ? »
        return About.GIVEN if asks_who else About.HELD
    if re.search(r"\bmandat(?:e|ee|es|ees|ait|er)\b", text):
        # « Jouve avait mandaté qui ? »: Jouve gave; « qui a mandaté Bonnet ? »: Bonnet held
        return About.HELD if asks_who else About.GIVEN
    if _STANDING_IN.search(text):
        return About.GIVEN if asks_who else About.HELD
    if _STOOD_IN_FOR.search(text):
        # « qui s'est fait représenter par Barriol ? »: Barriol held the proxy
        return About.HELD if asks_who and _REPRESENTED_BY.search(text) else About.GIVEN
    if re.search(r"\b(?:pouvoir|procuration|voix) de qui\b", text):
        return About.HELD  # « je portais le pouvoir de qui ? »
    whose = _WHOSE_PROXY.search(text)
    if asks_who and _GIVING.search(text) and _PROXY_TO_SOMEONE.search(text):
        # « qui a donné son pouvoir à Bonnet ? », « qui a refilé sa procu à Semache ? »: « son »
        # is the giver's asked for; the one named received it
        return About.HELD
    if asks_who and _GIVING.search(text) and _GIVEN_TO_THE_ONE_ASKED.search(text):
        # « qui lui avait donné son pouvoir ? », « qui m'a confié le sien ? »: the pronoun
        # before the verb is the one who received it (« son » is the giver's, asked for)
        return About.HELD
    if whose and (asks_who or _WENT_TO_WHOM.search(text)):
        # « qui avait mon pouvoir ? », « qui portait le pouvoir de Fara ? », « le pouvoir de
        # Fara, à qui ? », « pvr de Fara chez qui ? », « le pouvoir de Jouve était pour qui ? »:
        # where that proxy went
        return About.GIVEN
    if whose and not _GIVING.search(text):
        # « Degraix portait le pouvoir d'Artigues ? », « j'avais le pouvoir de quelqu'un ? »;
        # but « mon pouvoir, il est chez qui ? » is the asker's own, given.
        return About.GIVEN if whose.group(0).startswith(_POSSESSIVES) else About.HELD
    if _GIVING.search(text):
        return About.HELD if asks_who else About.GIVEN
    if _HOLDING.search(text):
        return About.GIVEN if asks_who else About.HELD
    if re.search(r"\brepresent\w*\b", text):
        return About.GIVEN  # « Fara représenté ? »
    if not asks_who and re.search(
        r"\b(?:avai[st]|avaient|aviez|avions)\s+(?:(?:bien|aussi|deja|lui|elle)\s+)?(?:un|une)"
        r"\s+(?:pouvoir|procuration|procu)\b",
        text,
    ):
        # « et lui, il avait un pouvoir ? »: one in hand at that sitting, carried (a member
        # who gave theirs is told so, with « Non »)
        return About.HELD
    return None  # « a un pouvoir pour jeudi ? »: given or held, the answer says which


def _count_about(concepts: dict[str, list[str]], text: str) -> About | None:
    has = concepts.__contains__
    if (
        has("proxy")
        and has("present")
        and re.search(r"\b(?:ou|et|plus|y compris|avec)\b|\+", text)
    ):
        return About.VOTES  # « combien de présents ou représentés ? »: every vote in the room
    if has("proxy") and _PROXIES_ADDED.search(text):
        return About.VOTES  # « on était combien en comptant les procurations ? »
    if has("proxy") and has("absent") and _UNREPRESENTED.search(text):
        return About.UNREPRESENTED  # « absents sans avoir donné de pouvoir »
    if has("proxy"):
        return About.PROXIES
    if has("absent"):
        words = concepts["absent"]
        if any(w.startswith("excus") for w in words):
            return About.EXCUSED
        return About.ABSENT
    if has("present"):
        return About.PRESENT
    if has("in_office") or re.search(r"\b(?:membres|sieges|conseillers)\b", text):
        return About.IN_OFFICE
    # « combien de monde ? », « combien étions-nous ? », « on était combien ? »
    if re.search(
        r"\b(?:monde|personnes|gens|elus|participants|etions|etiez|etaient|etait|sommes)\b", text
    ) and not (has("sitting") or has("sittings") or has("actions")):
        return About.PRESENT
    if has("deliberation"):
        return About.DELIBERATIONS
    return None


# Where one message asks a second question: after a question mark, or at « et qui / et
# combien / et quel… » (never at « Berger et Rivat »).
# « si deux sièges sont vacants, combien de présents ? »: the case put, then the rule asked
_CASE_PUT = cues.plain(r"^(?:et )?(?:si|s il|avec|imaginons|supposons|admettons|en cas)\b")
# The things counted a second « combien » may follow, each a look-behind of its own width
_AFTER_A_THING_COUNTED = "|".join(
    f"(?<={noun})"
    for noun in _words(
        "presents présents absents excuses excusés pouvoirs procurations votants voix "
        "abstentions elus élus membres seances séances deliberations délibérations delibs délibs"
    )
)
# Every break begins at a blank or right after a comma (each alternative below does): the
# alternatives are tried only there (tried at every letter, the two dozen look-behinds of the
# last one made this search a tenth of a sentence's reading)
_QUESTION_BREAK_AT = r"(?:(?=\s)|(?<=,))"
_QUESTION_BREAK = cues.plain(
    _QUESTION_BREAK_AT + r"(?:"
    r"(?<=\?)\s+(?=\S)"
    r"|\s+(?=et (?:qui|combien|quel|quelle|quels|quelles|quand|pourquoi|est-ce|est ce|y avait"
    r"|a-t-on|a t on|le quorum"
    r"|les (?:presents|présents|absents|excuses|excusés|pouvoirs|procurations))\b)"
    # « c'est quand et où ? », « c'est quand et à quelle heure ? »: the day, then the place
    # or the hour; « c'est où et à quelle heure ? » stays one question, answered in one reply
    r"|(?<!heure)\s+(?=et (?:où|à quel endroit|a quel endroit)\b)"
    r"|(?<!où)\s+(?=et (?:à quelle heure|a quelle heure)\b)"
    # « qui présidait, qui était secrétaire et combien de présents ? »
    r"|(?<=,)\s*(?=(?:qui|combien|quel|quelle|quels|quelles|quand)\b)"
    # « … le 4 juillet 2024, et au conseil du 24 mars ? », « … le 4 juillet et le 24 mars »
    r"|(?<=,)\s*(?=et (?:au|aux|à la|a la|le|la|du|pour|en)\b)"
    r"|\s+(?=et (?:le|du|au|pour le) \d)"
    # « le quorum et le nombre de voix au dernier bureau », « les présents et la liste des
    # pouvoirs »: a second thing asked of the same sitting or act
    r"|\s+(?=et (?:le|la|les) (?:nombre|quorum|date|montant|liste|resultat|résultat)\b)"
    # « date de convocation et quorum du dernier conseil », « le président et le secrétaire
    # du bureau ? », « la convocation est partie quand et on avait le quorum ? »: two facts
    r"|\s+(?=et (?:(?:le|la|l'|les) )?(?:quorum|nombre|votants|pr[ée]sidente?|pr[ée]sidence"
    r"|secr[ée]taire|convocation|date de (?:la )?convocation|lieu|heure)\b)"
    r"|\s+(?=et (?:on avait|on a eu|on l'avait|y avait|il y avait|y a eu|il y a eu)\b)"
    # « qui était présent et aussi qui avait donné pouvoir », « …, puis combien de votants »
    r"|\s+(?=(?:et )?(?:aussi|puis|ensuite|egalement|également|enfin) (?:qui|combien|quel"
    r"|quelle|quels|quelles|quand|est-ce|est ce|le quorum|les (?:presents|présents|absents"
    r"|excuses|excusés|pouvoirs|procurations))\b)"
    # « combien de présents combien de pouvoirs et combien de votants » (dictated, no comma):
    # a second « combien » right after a thing counted
    rf"|(?:{_AFTER_A_THING_COUNTED})\s+(?=combien\b)"
    r")",
    re.IGNORECASE,
)
_SECOND_THING = cues.plain(
    r"\s*et (?:(?:le|la|les) (?:nombre|quorum|date|montant|liste|resultat)|combien|qui|quel"
    r"|quelle|quels|quelles|(?:(?:le|la|l|les) )?(?:quorum|nombre|votants|presidente?"
    r"|presidence|secretaire|convocation|date de (?:la )?convocation|lieu|heure)"
    r"|on avait|on a eu|on l avait|y avait|il y avait|y a eu|il y a eu)\b"
)
# A fact of a sitting named by its noun alone, as the first of several asked at once
_BARE_ASPECT = {
    f"{article}{noun}{tail}": question
    for nouns, question in (
        (("president", "presidente", "presidence"), "qui présidait"),
        (("secretaire", "secretariat"), "qui était secrétaire de séance"),
        (("date de convocation", "date de la convocation", "convocation"), "la convocation "
         "est partie quand"),
        (("nombre de presents", "presents"), "combien de présents"),
        (("nombre de votants", "votants"), "combien de votants"),
    )
    for noun in nouns
    for article in ("", "le ", "la ", "les ")
    for tail in ("", " de seance", " de la seance")
} | {
    # « c'est quand et où ? », « à quelle heure et où ? »: the place, the hour, of that sitting
    f"{et}{said}{end}": question
    for saids, question in (
        (("ou", "a quel endroit", "ou ca", "le lieu"), "où se tient la séance"),
        (("a quelle heure", "quelle heure", "l heure"), "à quelle heure commence la séance"),
    )
    for said in saids
    for et in ("", "et ")
    for end in ("", " ?", " svp", " stp", " svp ?", " stp ?")
}  # fmt: skip
MAX_QUESTIONS = 3
MAX_PIECES = 12  # a greeting, questions, thanks… beyond that, not a list of questions
_NOUNS = r"presents|presences|absents|absences|excuses|pouvoirs|procurations|quorum|votants"
# « présents excusés et pouvoirs », « les présents les excusés »: the nouns typed side by side,
# their commas left out (never « absents excusés », one group of people)
_NOUNS_SIDE_BY_SIDE = cues.plain(
    rf"\b(presents|presences|absences|excuses|pouvoirs|procurations|quorum|votants)"
    rf"\s+(?=(?:les\s+|des\s+|le\s+)?(?:{_NOUNS})\b(?!\s+(?:inclus|compris|comptes?)\b))"
    rf"|\b(absents)\s+(?=(?:les|des|le)\s+(?:{_NOUNS})\b)"
)


def _with_commas(match: re.Match[str]) -> str:
    return f"{match.group(1) or match.group(2)}, "


_NOUN_LIST = cues.plain(
    # « 4 juillet 2024 : présents / excusés / pouvoirs »: the sitting named first, then a colon
    rf"^\s*(?P<head>[^:?]{{0,40}}:\s*)?"
    rf"((?:(?:combien|le nombre|nombre|nb)\s+(?:de\s+|d'\s*|d\s+))?)"
    rf"((?:(?:les|des|le|de|d')\s*)?(?:{_NOUNS})"
    rf"(?:\s*(?:,|/|\+|&|\bet\b)\s*(?:(?:les|des|le|de|d')\s*)?(?:{_NOUNS}))+)\b(.*)$"
)


def _on_the_topic_before(frame: Frame, before: Frame, said: str) -> bool:
    """Whether a vote asked of nothing named (« combien d'abstentions ? », « unanime ? »)
    is asked of the topic said just before it, as a heading (« le budget 2022, … »)."""
    return (
        frame.asked is Asked.VOTE
        and not frame.words
        and not frame.number
        and frame.when.empty
        and before.asked in (Asked.SEARCH, Asked.ACTIONS, Asked.DELIBERATION)
        and bool(before.words or before.number)
        and not said.rstrip().endswith("?")
    )


# Formatting typed around words says nothing: a tag of any name (« <b> », « <h1> », « <span
# style=…> », « <img …> », closed or not), a script with its content, a Markdown link's
# address, emphasis signs (« **qui** », « _qui_ », « ~~qui~~ », « ||qui|| », « `Laget` »), a
# quote's « > ». A lone « * » glued to a word stays (« TARD* », a name's start).
_SCRIPT = cues.plain(r"(?is)<(script|style)\b[^>]{0,300}>.{0,2000}?</\1\s*>")
_MARKUP = cues.plain(r"</?[a-zA-Z][\w:-]{0,30}(?:\s[^<>]{0,300})?/?>")
_MARKDOWN_LINK = cues.plain(r"\[([^\]\n]{1,200})\]\([^)\s]{1,500}\)")
_EMPHASIZED = cues.plain(
    r"(?<![\w*_~|])([*_~|]{1,3})(?=[^\s*_~|])([^\n]{1,200}?)(?<=[^\s*_~|])\1(?![\w*_~|])"
)
_EMPHASIS = cues.compile(r"\*{2,}|_{2,}|~{2,}|\|{2,}|`+")
_QUOTED = cues.plain(r"(?m)^[ \t]*>+[ \t]?")


def without_markup(text: str) -> str:
    """The words of a message without the formatting typed around them (entities read first,
    twice for a text encoded twice: « &amp;lt;b&amp;gt; »), each piece a space (« La<b>get</b> »
    is read « La get », which the names resolve; « Durandal<b>x</b> » stays someone unknown)."""
    for _ in range(2):
        if "&" not in text:
            break
        text = html.unescape(text)
    if "<" in text:
        text = _MARKUP.sub(" ", _SCRIPT.sub(" ", text))
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _EMPHASIZED.sub(r" \2 ", text)
    text = _EMPHASIS.sub(" ", text)
    return _QUOTED.sub("", text) if ">" in text else text


# « la tranche 3 du CLS », « phase n° 2 »: a programme's part by its number is a word of the
# topic (« 3e tranche »), never a number left unread; search.py reads it the same way.
_NUMBERED_PART = cues.plain(
    r"(?i)\b(tranche|phase|volet|[ée]tape|lot)s?\s+(?:n[°o]\.?\s*|num[ée]ro\s*)?(\d{1,2})\b"
    r"(?![.,/:h]\d|\s*h\b)"
)


# « combient d'excusés ? », « conbien de présents », « la listte des présents »: the words
# that ask, one letter slipped (never a name: each word is checked against the two it may be)
_ASKING_WORDS = ("combien", "liste")
_ASKING_WORD_SLIP = cues.plain(
    r"(?i)\b[ck]\w*[bn]\w*[ie]\w*\b(?=\s*(?:de\b|d\W|y\b|il\b|on\b|en\b|\?|$))"
    r"|(?<=\bla )l\w*[is]\w*t\w*\b|(?<=\bune )l\w*[is]\w*t\w*\b"
)


def _asking_word_respelt(match: re.Match[str]) -> str:
    typed = match.group()
    word = fold(typed)
    if not 5 <= len(word) <= 9 or word in _ASKING_WORDS or is_known_word(word):
        return typed
    if typed[0].isupper() and match.string[: match.start()].strip(" ,.!?;:"):
        return typed  # (a capital inside the sentence: « Combier de Firminy », a name)
    best = process.extractOne(word, _ASKING_WORDS, scorer=Levenshtein.distance, score_cutoff=1)
    if best is None or (best[0] == "liste" and len(word) < 6):
        return typed
    return str(best[0])


# « le 4 juillet 2k24 », « en 2K22 »: a year as texted
_YEAR_TEXTED = cues.plain(r"(?i)\b2k([0-4]\d)\b")


def _questions_of(text: str, today: date) -> list[str]:
    """The message cut where a new question starts, never inside a span of days (« entre le
    1er janvier et le 30 mars 2022 » is one period, not a question about « le 30 mars »)."""
    simple = _simple(text)
    days = find_day_range(simple, today=today) if len(simple) == len(text) else None
    if days is None:
        return _QUESTION_BREAK.split(text)
    pieces, start = [], 0
    for cut in _QUESTION_BREAK.finditer(text):
        if days[2] <= cut.start() < days[3]:
            continue
        pieces.append(text[start : cut.start()])
        start = cut.end()
    return [*pieces, text[start:]]


_AMONG_FIRST = cues.plain(
    r"^\s*(?:et\s+)?(?P<among>(?:parmi|chez|entre) (?:les|des|nos|vos) [^\W\d_][\w'’-]*)\s*,\s*"
    r"(?P<rest>[^,?!]+?)\s*(?P<mark>[?!.]*)\s*$",
    re.IGNORECASE,
)


# « qui avait 2 voix le 4 juillet ? », « combien ont voté deux fois ? », « les élus qui
# votaient pour deux »: a member with two votes is one who carried a colleague's proxy, so the
# proxies are asked (never the act's « 46 voix pour »); « adoptée à 2 voix près », « 2 voix
# contre » are a vote's figures
_TWO_VOTES = cues.plain(
    r"(?<!\ba )(?<!\bpar )(?<!\bavec )\b(?:2|deux) voix\b(?! (?:contre|pour|pres|d|de|en)\b)"
    r"|\bvot(?:e|ee|ait|aient|era|eront|ent) (?:deux fois|pour deux|double|en double)\b"
)
_TWO_VOTES_ASKED = cues.plain(r"\b(?:qui|quel\w*|lesquel\w*|ceux|celles|combien)\b")

_ALONE_ASKED = cues.plain(
    r"(?i)\b(?:suis[ -]je|je suis|je serai|serai[ -]je|est[ -]ce que je suis|j'?[ée]tais"
    r"|[ée]tais[ -]je) (?:bien |vraiment )?(?:le|la) seule? "
    r"(?P<state>absente?|excus[ée]e?|pr[ée]sente?|en retard)\b"
)


def _two_votes_as_proxy(text: str) -> str:
    """« qui avait 2 voix ? » said as « qui avait un pouvoir ? » (and « qui a voté deux fois
    ? » as « qui a porté un pouvoir ? »): the members asked of, not a named one's weight."""
    simple = fold(text)
    if len(simple) != len(text) or not _TWO_VOTES_ASKED.search(simple):
        return text
    found = _TWO_VOTES.search(simple)
    if found is None:
        return text
    said = "un pouvoir" if found.group(0).endswith("voix") else "porté un pouvoir"
    return f"{text[: found.start()]}{said}{text[found.end() :]}"


# « le vote de la taxe foncière et celui de la CFE », « le résultat sur le SCoT, et sur le
# PLU ? »: a vote asked of a topic, then of another, the second said by « celui de », « sur »
_VOTE_HEAD = cues.plain(
    r"^\W*(?:(?:et|puis)\s+)?(?:(?:le|les)\s+)?(?:vote|votes|resultat|resultats|scrutin)"
    r"\s+(?:de|du|des|sur|pour|d)\b\s?"
)
_SECOND_VOTE = cues.plain(
    r"\s*,?\s(?:et|puis)\s(?:(?:celui|ceux|celle|le vote|le resultat)\s)?"
    r"(?=(?:de|du|des|sur|pour|d)\b)"
)


def _two_votes(text: str) -> tuple[str, str] | None:
    """The two questions of « le vote de X et celui de Y » (« le vote de X », « le vote de
    Y »), or None when the message is no such pair."""
    simple = _simple(text).replace("'", " ").replace("-", " ")
    typed = text if len(simple) == len(text) else simple  # cut as typed, offsets kept
    head = _VOTE_HEAD.match(simple)
    if head is None:
        return None
    joints = list(_SECOND_VOTE.finditer(simple, head.end()))
    if len(joints) != 1:
        return None
    first, second = typed[head.end() : joints[0].start()], typed[joints[0].end() :]
    if not first.strip() or len(second.strip(" ?!.")) < 3:
        return None
    return f"le vote {head.group(0).split()[-1]} {first.strip()} ?", f"le vote {second.strip()}"


def read_frames(text: str, today: date) -> list[Frame]:
    """Each question of a message (« Qui était présent et qui était absent le 4 juillet ? »,
    « Berger était là ? Et Bouchet ? »), at most three; a part asking nothing by itself (a
    greeting, « petite question ? ») joins the next. Parts without a date or a body take the
    message's: both questions of « présents et pouvoirs au dernier bureau ? » are about it."""
    return list(_frames_of(text, today))


@lru_cache(maxsize=1024)  # pure, as `read_frame`: a message read by the proxy dialog and the
def _frames_of(text: str, today: date) -> tuple[Frame, ...]:  # router, members typing alike
    return tuple(_read_frames(text, today))


def _read_frames(text: str, today: date) -> list[Frame]:
    # « <i>qui</i> a donné pouvoir à Laget ? »: formatting typed as tags says nothing; its
    # letters were words (« i qui i … » was no « qui » question, and the answer turned round)
    text = without_markup(text)
    text = _YEAR_TEXTED.sub(r"20\1", text)  # « 2k24 »: 2024
    text = _ASKING_WORD_SLIP.sub(_asking_word_respelt, text)
    text = _NUMBERED_PART.sub(r"\2e \1", text)
    text = without_self_naming(text)
    text = _two_votes_as_proxy(text)
    # « suis-je le seul absent ? », « je serai la seule présente ? »: the others asked
    text = _ALONE_ASKED.sub(lambda m: f"qui d'autre est {m.group('state')}", text)
    # « parmi les TARD* », « les Mich… »: a surname's start, as « dont le nom commence par »
    text = _SURNAME_START.sub(lambda m: f" dont le nom commence par {m.group(1)} ", text)
    # « parmi les Yves, qui avait donné pouvoir ? »: the group said first is the question's,
    # read as « qui avait donné pouvoir parmi les Yves ? », never a question of its own
    text = _AMONG_FIRST.sub(r"\g<rest> \g<among> \g<mark>", text)
    if listed := _NOUN_LIST.match(_NOUNS_SIDE_BY_SIDE.sub(_with_commas, _simple(text))):
        # « présents, absents et pouvoirs du 4 juillet », « combien de présents et d'absents
        # ? »: one question per thing named.
        counting, nouns, rest = (
            listed.group(2),
            re.findall(_NOUNS, listed.group(3)),
            listed.group(4),
        )
        if listed.group("head"):
            rest = f"{rest} {listed.group('head').rstrip(' :')}"
        # « …, les chiffres seulement »: counted
        counting = counting or re.search(r"\b(?:chiffres?|nombres?|combien)\b", rest)
        if 1 < len(nouns) <= MAX_QUESTIONS:
            ask = "combien de" if counting else "les"
            return [read_frame(f"{ask} {noun}{rest}", today) for noun in nouns]
    if compared := _COMPARED.match(" ".join(fold(text).split())):
        # « plus de délibérations en 2022 ou en 2024 ? »: each period counted, side by side
        # (« en janvier ou en mars 2022 »: the first takes the second's year)
        first, second = compared.group("a"), compared.group("b")
        year = re.search(r"\b(?:19|20)\d\d\b", second)
        if year and not re.search(r"\b(?:19|20)\d\d\b", first):
            first = f"{first} {year.group(0)}"
        noun = compared.group("noun")
        return [read_frame(f"combien de {noun} {part}", today) for part in (first, second)]
    doubt = _DOUBT.match(" ".join(fold(text).replace("'", " ").split()))
    if doubt and ("?" in text or doubt.group("who")):  # (« bien sûr » alone says yes)
        # « t'es sûr ? », « vraiment ? », « c'est bien exact ? »: the last question again
        return [read_frame("idem ?", today)]
    if (again := _date_said_again(text, today)) is not None:
        return [again]
    if (periods := _two_periods(text)) and read_frame(text, today).asked not in _ACTS:
        # (« je donne pouvoir à Gonon pour septembre et octobre »: one act, its own periods)
        return [read_frame(part, today) for part in periods]
    if (votes := _two_votes(text)) is not None:
        # « le vote de la taxe foncière et celui de la CFE »: each act's vote, one after the
        # other (never one search for both topics' words together)
        return [read_frame(part, today) for part in votes]
    numbers = list(_DELIBERATION_NUMBER.finditer(_ISO_DATE.sub(_spaces, _simple(text))))
    if 1 < len(numbers) <= MAX_QUESTIONS and len(_simple(text)) == len(text):
        # « 2022.00033 et 2022.00109 : les votes ? »: the same question of each.
        return [
            read_frame(_blank_all(text, [m.span() for m in numbers if m is not kept]), today)
            for kept in numbers
        ]
    pieces = _questions_of(text, today)
    whole_rule = rule_asked(text) if 1 < len(pieces) <= MAX_PIECES else None
    if whole_rule is not None and all(
        rule_asked(piece) is None
        or (rule_asked(piece) is whole_rule and _CASE_PUT.match(fold(pieces[0])))
        for piece in pieces
    ):
        # « quand le président n'est pas là, qui préside ? », « s'il y a deux démissions,
        # combien de présents ? »: one case put to the law, which no part asks alone
        return [read_frame(text, today)]
    if len(pieces) > MAX_PIECES:
        # « 1 ? 1 ? 1 ? … » × 160: each piece asking nothing joins the next, so reading them
        # one by one reads the message again at every piece (half a second for 500
        # characters). No one asks that many questions at once: the message is read whole.
        return [read_frame(text, today)]
    parts: list[str] = []
    read: dict[str, Frame] = {}  # each piece read once: most messages are one piece
    pending = ""
    for piece in pieces:
        piece = f"{pending} {piece}".strip() if pending else piece
        if len(pieces) > 1 and (bare := _BARE_ASPECT.get(" ".join(_simple(piece).split()))):
            piece = bare  # « le président et le secrétaire du bureau ? »: each asked
        frame = read[piece] = read_frame(piece, today)
        # « « qui a donné pouvoir à Degraix ? » »: a closing quote or a smiley after the
        # question mark asks nothing of its own
        # (« Parfait, et qui présidait ? »: « parfait » acknowledges, it asks nothing)
        alone = frame.asked not in (
            Asked.HELP,
            Asked.THANKS,
            Asked.ACKNOWLEDGED,
            Asked.NOTHING,
            Asked.SEARCH,
        ) and bool(re.search(r"\w", piece))
        # « …, et au conseil du 24 mars ? »: a follow-up naming a time or a body is a question
        followed = (
            parts
            and frame.follow_up
            and (frame.asked is Asked.SEARCH or not frame.when.empty or frame.body is not None)
        )
        if not (alone or followed):
            pending = piece
            continue
        if parts and _on_the_topic_before(frame, read[parts[-1]], parts[-1]):
            # « les autorisations de programme du BP 2022, combien d'abstentions ? »: the vote
            # of the act just named, not of the latest sitting
            parts[-1] = f"{parts[-1]} {piece}"
            continue
        parts.append(piece)
        pending = ""
    if pending:
        if parts:  # « … ? Je vous remercie par avance. »: said after the question
            parts[-1] = f"{parts[-1]} {pending}"
        else:
            parts.append(pending)
    if len(parts) <= 1 or len(parts) > MAX_QUESTIONS:
        whole = read[text] if text in read else read_frame(text, today)
        return (len(parts) <= 1 and _stated_and_asked(text, today, whole)) or [whole]
    frames = [read[part] if part in read else read_frame(part, today) for part in parts]
    # « le quorum et le nombre de voix au dernier bureau »: a second thing asked, not a
    # follow-up; its time and body are the whole message's.
    frames = [
        f.but(follow_up=False) if index and _SECOND_THING.match(_simple(part)) else f
        for index, (f, part) in enumerate(zip(frames, parts, strict=True))
    ]
    # What a follow-up part says (« et au conseil ? ») is its own, not the first question's.
    dated = next((f for f in frames if not f.when.empty and not f.follow_up), None)
    body = next((f.body for f in frames if f.body and not f.follow_up), None)
    shared: list[Frame] = []
    for index, frame in enumerate(frames):
        if index and frame.follow_up:
            shared.append(frame)  # « Et Bouchet ? »: completed from the answer before
            continue
        if frame.when.empty and dated is not None and not frame.number:
            frame = frame.but(when=dated.when)
        if frame.body is None and body and not frame.number:
            frame = frame.but(body=body)
        shared.append(frame)
    return _without_naming_parts(shared)


# « je serai absente jeudi. qui d'autre sera absent ? », « je serai là jeudi, on aura le
# quorum ? »: one's attendance stated and a question asked in one message, the two clauses cut
# at a sentence's end or a comma (the whole was read as one or the other, the rest lost)
_CLAUSE_CUT = cues.plain(r"(?<=[.!;,:\n])\s+(?=\S)")
_STATED = frozenset({Asked.DECLARE_PRESENT, Asked.DECLARE_ABSENT})
_CLAUSES_TRIED = 3  # a statement and a question: in the first clauses of a message, or none
_INTERROGATIVE = cues.plain(
    r"^\W*(?:et |mais |alors |du coup |sinon )?(?:qui|combien|quel\w*|quand|ou|comment"
    r"|pourquoi|est ce|y aura|on aura|il y aura|on sera|vous savez|tu sais"
    r"|a quelle heure|c est (?:ou|quand|qui|quoi)|cest (?:ou|quand|qui|quoi)|y a quoi|ya quoi)\b"
)
_WHO_NEVER_OR_ALWAYS = cues.plain(
    r"^(?:et )?(?:qui|quel\w*|lesquel\w*|les (?:elus|membres|conseillers)|ceux|celles"
    r"|y a (?:t il )?des (?:elus|membres|conseillers))\b.*\b(?:jamais|toujours)\b"
)
# A voice-typed run-on, no punctuation (« je serai là jeudi 18 à quelle heure ça commence »,
# « absent jeudi 18 est-ce qu'on aura le quorum »): cut before a question's opening words, or
# before « et je … » after a question (« y a quoi à l'ordre du jour et je serai en retard »)
_RUN_ON_CUT = cues.plain(
    r" (?=(?:et |mais |alors |du coup )?(?:qui|combien|quel\w*|quand(?! meme\b)|comment"
    r"|pourquoi|est ce|a quelle heure|c est (?:ou|quand|qui)|cest (?:ou|quand|qui)|on aura"
    r"|y aura|il y aura)\b)"
    r"| (?=(?:et|mais) (?:je|j)\b)"
)
_ASKS_NOTHING = frozenset(
    {
        *_STATED,
        Asked.SEARCH,
        Asked.NOTHING,
        Asked.HELP,
        Asked.THANKS,
        Asked.GREETING,
        Asked.GOODBYE,
        Asked.ACKNOWLEDGED,
        Asked.REPHRASE,
        Asked.GIVE_PROXY,
        Asked.REVOKE_PROXY,
    }
)


def _stated_and_asked(text: str, today: date, whole: Frame) -> list[Frame] | None:
    """The statement of one's attendance, then the question beside it, when the message holds
    both (the question takes the statement's day when it names none); None otherwise."""
    cuts = list(itertools.islice(_CLAUSE_CUT.finditer(text), _CLAUSES_TRIED))
    if not cuts and len(folded := fold(text)) == len(text):
        cuts = list(itertools.islice(_RUN_ON_CUT.finditer(folded), _CLAUSES_TRIED))
    if not cuts:
        return None
    said = " ".join(_ASIDES.sub(" ", fold(text)).split())
    if whole.asked not in _STATED and not (
        _DECLARE_PRESENT.search(said)
        or _DECLARE_ABSENT.search(said)
        or _TERSE_DECLARED.match(_without_courtesy(said))  # « absent le 18, … »
    ):
        return None
    for cut in cuts:
        first = read_frame(text[: cut.start()], today)
        second = read_frame(text[cut.end() :], today)
        stated, asked = (first, second) if first.asked in _STATED else (second, first)
        if (
            stated.asked in _STATED
            and asked.asked not in _ASKS_NOTHING
            # (« …, j'arriverai en retard » states too: one declaration, never a question)
            and ("?" in asked.text or _INTERROGATIVE.match(fold(asked.text)))
            # (« je pars avant la fin, je peux laisser mon pouvoir ? »: the case stated is the
            # question's own, answered with the statement)
            and not asked.first_person
        ):
            if asked.when.empty and not asked.number:
                asked = asked.but(when=stated.when)
            elif stated.when.empty:  # « on aura le quorum jeudi, moi je serai là »
                stated = stated.but(when=asked.when)
            return [stated, asked]
    return None


# « il y a eu plus de délibérations en 2022 ou en 2024 ? », « moins de séances en janvier ou en
# mars 2022 ? »: two periods compared by how many
_COMPARED = cues.plain(
    r"^(?:(?:est ce qu )?(?:il y a eu|il y a|y a t il eu|y a eu|on a eu|on a) )?(?:plus|moins"
    r"|davantage) de (?P<noun>deliberations|delibs|seances|conseils|bureaux|actes|decisions)"
    r" (?P<a>(?:en|au|a|le|la|l|du|pendant|durant) [\w ]+?) ou (?:bien )?(?P<b>(?:en|au|a|le|la|l"
    r"|du|pendant|durant) [\w ]+?)\s*\W*$"
)


# « t'es sûr ? », « vous êtes certain ? », « vraiment ? », « sérieux ? », « c'est bien
# exact ? », « tu confirmes ? » said alone after an answer: doubt, answered by the same answer
_DOUBT = cues.plain(
    r"^(?:(?:ok|ah|hein|euh|mais|et) )?(?:(?P<who>t es|tu es|vous etes|es tu|etes vous) |(?:c est"
    r"|c etait|c) )?(?:bien |vraiment |absolument |tout a fait )?(?:(?:sure?s?|certaine?s?)(?: et"
    r" certaine?s?)?(?: de (?:ca|cela|toi|vous|cette info\w*|ta reponse|votre reponse))?"
    r"|vraiment|serieux|serieusement|sans blague|(?:tu|vous) (?:confirmes?|confirmez)"
    r"|vrai|exact|correct|juste)(?: \?| !)*\W*$"
)


# « là le 17 décembre ? », « le 17 alors ? », « pour le 4 juillet aussi ? » right after a
# question: a date said with a word pointing back is « et le 17 ? », the last question asked
# again of that day (never the sitting's card in place of the member asked about); a date
# said alone stays the sitting's card
_POINTING_BACK = frozenset(_words("là alors donc aussi pour sinon maintenant"))


def _date_said_again(text: str, today: date) -> Frame | None:
    # (« là » keeps its accent here: folded, it is the article of « la séance du 4 juillet »)
    said = " ".join(re.sub(r"[?!,;:…]", " ", text.lower()).split()).replace("du coup", "alors")
    tokens = [word if word == "là" else fold(word) for word in said.split()]
    if not 1 < len(tokens) <= 7 or _POINTING_BACK.isdisjoint(tokens) or tokens[0] == "et":
        return None
    kept = " ".join(t for t in tokens if t not in _POINTING_BACK)
    # Each reading only when the one before was a sitting's date: « combien pour AESIO ? »
    # (« pour ») is no date said again, known from its first reading
    for said_as in (" ".join(tokens), kept):
        frame = read_frame(said_as, today)
        if (
            frame.asked is not Asked.SITTING
            or frame.when.empty
            or frame.words
            or frame.number
            or frame.follow_up
        ):
            return None
    again = read_frame(f"et {kept} ?", today)

    def day(when: When) -> tuple[object, ...]:
        return when.on, when.day, when.month, when.year, when.relative

    return again if again.follow_up and day(again.when) == day(frame.when) else None


# « combien de pouvoirs en 2022 et 2024 ? », « les délibérations de janvier et mars 2022 »,
# « présents en 2022 et en 2024 ? »: two periods joined, the same question asked of each (never
# « entre janvier et mars », one span)
_PERIOD = (
    r"(?:(?:le )?mois (?:de |d )?)?(?:"
    + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
    + r"|janv|fevr?|avr|juil|oct|nov|dec)(?: (?:19|20)\d\d)?|(?:19|20)\d\d"
)
_TWO_PERIODS = cues.plain(
    r"\b(?P<lead>en|au|pour|sur|de|d|durant|pendant) (?P<a>" + _PERIOD + r") (?:et|puis|ainsi"
    # « de mars 2022 et celles de janvier 2022 »: the second period said of the same things
    r" qu) (?:(?:celles?|ceux|celui) )?(?:(?:en|pour|sur|de|d|au|durant|pendant) )?(?P<b>"
    + _PERIOD
    + r")\b"
)
_YEAR = cues.plain(r"\b(?:19|20)\d\d\b")
_ACTS = frozenset(
    (
        Asked.GIVE_PROXY,
        Asked.REVOKE_PROXY,
        Asked.DECLINE_PROXY,
        Asked.DECLARE_PRESENT,
        Asked.DECLARE_ABSENT,
    )
)


def _two_periods(text: str) -> list[str] | None:
    """The message asked once per period when it joins two (« en 2022 et 2024 »), the first
    taking the second's year (« en janvier et mars 2022 »); None when it joins none."""
    folded = " ".join(fold(text).replace("'", " ").split())
    if " et " not in folded and " puis " not in folded and " ainsi " not in folded:
        return None
    joined = _TWO_PERIODS.search(folded)
    if joined is None or joined.group("a") == joined.group("b"):
        return None
    first, second = joined.group("a"), joined.group("b")
    year = _YEAR.search(second)
    if year and not _YEAR.search(first):
        first = f"{first} {year.group(0)}"
    lead = joined.group("lead")
    head, tail = folded[: joined.start()], folded[joined.end() :]
    return [f"{head}{lead} {period}{tail}" for period in (first, second)]


_SURNAME_START = cues.plain(
    # (after « les »: « Durandal* était présent ? » names someone, a sign glued to the name)
    r"(?:\b(?:parmi|chez|entre) (?:les|des) |\b(?:les|des) |\bs['’ ]?appell\w+ |\bnomm[ée]e?s? )"
    r"\b([^\W\d_]{2,})(?:\*+|…|\.{2,})"
)


# What a part of a message asks when it only names the sitting the rest is about.
_NAMING_ONLY = frozenset({Asked.SITTING})
_NOT_ASKING = frozenset({Asked.SITTING, Asked.NOTHING, Asked.HELP, Asked.THANKS, Asked.SEARCH})


def _without_naming_parts(frames: list[Frame]) -> list[Frame]:
    """« la séance du 4 juillet 2024, combien de votants ? », « j'étais où le 4 juillet ?
    absent ? »: the first part names the sitting (its time went to the others), the question
    is the rest; the whole card would hide the answer asked for."""
    if not any(f.asked not in _NOT_ASKING for f in frames):
        return frames
    # « quand était le dernier bureau et qui présidait ? »: a part asking the sitting's day,
    # hour, place or agenda asks something of its own, it does not only name it
    naming = [
        f
        for f in frames
        if f.asked in _NAMING_ONLY and not f.polar and not f.number and f.about is None
    ]
    if not naming:
        return frames
    me = any(f.first_person for f in naming)
    return [
        f.but(first_person=f.first_person or me) if f.asked not in _NOT_ASKING else f
        for f in frames
        if not any(f is n for n in naming)
    ]


def only_courtesy(text: str) -> bool:
    """« Bonne journée », « Merci d'avance »: a part of a message that names nobody."""
    return not _without_courtesy(fold(_simple(text))).strip(" ,.;:!?")


# « DELBU2025-03-005 », « D2022-118 », « CP.2023.01-02 »: a number a council prints with its
# letters, found as printed (storage/lookups.number_key compares it)
_PRINTED_CODE = cues.plain(r"\b[A-Za-z]{1,6}\.?\d{2,4}(?:[./_-]\d{1,4}){1,3}\b")


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def find_deliberation_number(text: str) -> str | None:
    """A deliberation number in a text, normalised; an ISO date is never one."""
    simple = _ISO_DATE.sub(_spaces, _simple(text))
    if match := _DELIBERATION_NUMBER.search(simple):
        return normalise_number(*match.groups())
    overlong = _OVERLONG_NUMBER.search(simple)
    if overlong:
        return overlong.group(0)
    printed = _PRINTED_CODE.search(text)
    return printed.group(0) if printed else None


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def typed_deliberation_number(text: str) -> str | None:
    """A deliberation number as typed (« 2022.0013 »), to find what the importer repaired."""
    simple = _ISO_DATE.sub(_spaces, _simple(text))
    match = _DELIBERATION_NUMBER.search(simple) or _OVERLONG_NUMBER.search(simple)
    if match:
        return match.group(0)
    printed = _PRINTED_CODE.search(text)
    return printed.group(0) if printed else None


# « le président », « la présidente de séance / du bureau / de la métropole » is the sitting's
# president; « le vice-président », « le maire de X », « le président de la région » are roles
# the store does not hold. Matched on folded text.
_SITTING_PRESIDENT = cues.plain(
    r"\b(?:le|la|les|du|de la|des|au|aux|a la|notre|son|sa) presidente?s?\b"
    # (« le président du dernier bureau », « de la séance d'hier »: the sitting's, too)
    r"(?! (?:de|du|des|d) (?!(?:la |l )?(?:(?:dernier|derniere|prochain|prochaine|precedent"
    r"|precedente) )?(?:seance|bureau|conseil|reunion)\b|(?:la )?metropole\b|"
    r"saint etienne metropole\b))"
)
_OTHER_ROLE = cues.plain(
    r"\b(?:le|la|les|du|de la|des|au|aux|a la|l|son|sa|notre) "
    # « la première vice-présidente », « le 3e adjoint »
    r"(?:(?:premiere?|1ere?|1re|deuxieme|2e|2eme|seconde?|troisieme|3e|3eme|\d{1,2}e|\d{1,2}eme)"
    r" )?(?:"
    r"maires?|vice presidente?s?|presidente?s?|adjointe?s?|deputee?s?|senat(?:eur|rice)s?|"
    r"prefete?s?|directeur|directrice|dgs|conseillere?s? delegue(?:e)?s?)\b"
)


# « le secrétaire était là ? », « et la secrétaire de séance ? »: the sitting's secretary
_SITTING_SECRETARY = cues.plain(
    r"\b(?:le|la|du|de la|au|a la|notre|son|sa) secretaire\b(?! (?:general|generale|d etat)\b)"
)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def role_named(text: str) -> str | None:
    """« president » when the text speaks of the sitting's president, « secretary » of its
    secretary, « other » when of a role the store does not hold (a mayor, a vice-president),
    None when of no role."""
    folded = " ".join(fold(text).split())
    if _SITTING_PRESIDENT.search(folded):
        return "president"
    if _SITTING_SECRETARY.search(folded):
        return "secretary"
    return "other" if _OTHER_ROLE.search(folded) else None


def role_said(text: str) -> str | None:
    """The role a text speaks of, as folded words (« la premiere vice presidente »)."""
    found = _OTHER_ROLE.search(" ".join(fold(text).split()))
    return found.group(0) if found else None


def without_role(text: str) -> str:
    """The text without its role words, to see whether it also names a member."""
    folded = " ".join(fold(text).split())
    folded = _SITTING_SECRETARY.sub(" ", _SITTING_PRESIDENT.sub(" ", folded))
    return _ROLE_WITH_COMPLEMENT.sub(" ", folded)


# A role with what follows it: « le maire de Saint-Étienne », « le vice-président aux
# finances », up to the verb or the end.
_ROLE_WITH_COMPLEMENT = cues.compile(
    _OTHER_ROLE.pattern + r"(?: (?:de|du|des|d|aux|au|a) (?:la |l |les )?(?:\w+ ){0,2}?\w+"
    r"(?= (?:etait|etaient|est|sont|a|ont|avait|sera|il|elle)\b|\s*[?!.,;]|$))?"
)


# A sitting named by a number (« la séance n° 99999 », « présents séance 12 », « le conseil
# numéro 4 ») or by a rank in figures the ranks in words do not reach (« la 10e séance », « le
# 12e conseil de 2022 »): sittings are known by their day, so such a number names none and is
# said so, never answered with another sitting. « la séance du 12 » is a day, « 18h » an hour,
# « 2022.00033 » a deliberation: none of them is read here.
_SITTING_NOUNS = r"(?:seance|conseil|bureau|reunion|session)s?"
_SITTING_NUMBERED = cues.plain(
    rf"\b{_SITTING_NOUNS}\s+(?:(?:n\s*°|no\b\.?|num\b\.?|numero|#)\s*)?(?!(?:19|20)\d\d\b)"
    rf"(\d{{1,12}})\b(?!\s*(?:h\b|heures?\b|fois\b|[./:h-]\s*\d|\d{{5}}\b|(?:er|e)?\s*{MONTH_PATTERN}))"
)
_SITTING_RANKED = cues.plain(rf"\b(\d{{1,12}})\s*(?:e|eme|ieme|er|ere)\s+{_SITTING_NOUNS}\b")


@dataclass(frozen=True)
class SittingNumber:
    """A number or a rank said of a sitting (« séance n° 12 »: number 12; « 10e séance »: rank)."""

    value: int
    rank: bool
    said: str


def sitting_number_said(text: str) -> SittingNumber | None:
    """The number or rank in figures a message gives a sitting, or None."""
    folded = fold(text)
    if ranked := _SITTING_RANKED.search(folded):
        return SittingNumber(int(ranked.group(1)), rank=True, said=ranked.group(0))
    if numbered := _SITTING_NUMBERED.search(folded):
        return SittingNumber(int(numbered.group(1)), rank=False, said=numbered.group(0))
    return None
