"""A count asked of a member's record: « combien de séances a présidé Fayolle ? », « combien de
fois Bouchet a été absent en 2024 ? », « Berger a été représentée combien de fois ? », « j'ai
raté combien de séances ? ».

Such a question wants a number (then the sittings counted), never « Oui » or « Non » about one
sitting nor the whole record. Knows French and nothing of the store or of Telegram.
"""

from __future__ import annotations

import enum
import re

from storage import cues
from storage.french import asked_as_question
from storage.names import fold


class Counted(enum.StrEnum):
    MISSED = "missed"  # every sitting not attended: excused, absent or represented
    EXCUSED = "excused"
    REPRESENTED = "represented"
    PRESENT = "present"
    CHAIRED = "chaired"
    KEPT_MINUTES = "kept_minutes"  # secrétaire de séance


# « combien », « nombre », « cb », « combien de fois », « nb »
_HOW_MANY = cues.plain(r"\b(?:combien|cb|cbn|nombre|nb|nbre|total)\b")
# Each count's own words, folded; the first that matches is the one counted.
_COUNTED: tuple[tuple[Counted, re.Pattern[str]], ...] = (
    # (« a-t-il déjà tenu la plume ? »: the minutes, as the office is also said)
    (Counted.KEPT_MINUTES, cues.plain(r"\bsecretai\w*|\bsecretariat de seance\b|\bplume\b")),
    (
        Counted.CHAIRED,
        cues.plain(
            r"\b(?:presid(?:e|ee|es|ees|er|ait|aient|ences?)|a la presidence"
            r"|presidente? de (?:la )?seance)\b"
        ),
    ),
    (Counted.EXCUSED, cues.plain(r"\bexcus\w*")),
    # « représenté », and « s'est fait représenter », « a été remplacé »: the member absent,
    # whoever voted in their place
    (
        Counted.REPRESENTED,
        cues.plain(
            r"\brepresent(?:e|ee|es|ees)\b|\b(?:fait|faite|faits|faire|fais|ete) (?:represent"
            r"|remplac)\w*"
        ),
    ),
    (
        Counted.MISSED,
        cues.plain(
            r"\b(?:absen\w*|manqu\w*|rate|ratees?|rates|seche\w*|loupe\w*|pas (?:ete |venue? )?la"
            r"|pas venue?s?|pas present\w*)"
        ),
    ),
    (
        Counted.PRESENT,
        cues.plain(
            r"\b(?:present|presente|presents|presentes|presences?"
            r"|(?:etai\w*|ete|est|sont) (?:jamais |toujours |bien |tout le temps |souvent"
            r" |rarement |regulierement |peu souvent |pas souvent )?la"
            r"|assiste\w*|venue?s?|venai\w*|vient|viennent|siege\w*|participe\w*|faites?)\b"
        ),
    ),
)
# « combien de pouvoirs … », « … de procurations »: the proxies' own count, answered elsewhere
_PROXIES = cues.plain(r"\b(?:pouvoirs?|procurations?|procu|procs?|mandats?)\b")
# « combien d'élus étaient absents ? », « combien de présents ? »: a sitting's count, not a
# member's (the member is named or « je »: the caller checks)
_SITTING_COUNT = cues.plain(
    r"\b(?:combien|nombre) (?:d|de|des) (?:elus?|membres?|gens|personnes|conseillers)\b"
)


# « Dallara a été secrétaire de quelle séance ? », « Bouchet était absent quand ? »: which
# sittings, listed as a count lists them; « Fayolle a présidé quoi ? » for an office only
_WHICH = cues.plain(
    r"\b(?:quel(?:le)?s? (?:seances?|reunions?|bureaux|bureau|conseils?|dates?|jours?|fois)"
    r"|lesquel(?:le)?s|quand)\b"
)
_WHAT = cues.plain(r"\bquoi\b")


def record_count_asked(text: str) -> Counted | None:
    """What of a member's record a message asks to count (or which sittings it was), if it
    asks so."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    which = bool(_WHICH.search(folded))
    what = bool(_WHAT.search(folded))
    # « Fayolle préside souvent ? », « Dallara est souvent secrétaire ? »: how often an office
    # was held is its count (a presence record says nothing of it)
    often = bool(_OFTEN.search(folded))
    ever = office_ever_asked(text)
    if (
        not (_HOW_MANY.search(folded) or which or what or often or ever)
        or _PROXIES.search(folded)
        or _SITTING_COUNT.search(folded)
    ):
        return None
    for counted, words in _COUNTED:
        if words.search(folded):
            if not _HOW_MANY.search(folded) and not which and counted not in _OFFICES:
                return None  # « Bouchet était absent, quoi ? »: no sitting asked
            return counted
    return None


_OFFICES = frozenset((Counted.CHAIRED, Counted.KEPT_MINUTES))
# « Degraix a déjà présidé ? », « j'ai jamais été secrétaire de séance ? »: an office ever held
_EVER = cues.plain(r"\b(?:deja|jamais|une seule fois|deja une fois)\b")


def office_ever_asked(text: str) -> bool:
    """Whether a message asks if an office was ever held (« Degraix a déjà présidé ? »): over
    the whole record, « Oui » / « Non » then the sittings, never one sitting's officer."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    return bool(_EVER.search(folded)) and not _HOW_MANY.search(folded)


def office_verdict(text: str, held: int) -> bool | None:
    """The « Oui » / « Non » to an office asked as ever held, `held` sittings found: « a déjà
    présidé ? » is yes when one is; « n'a jamais été secrétaire ? » is yes when none is. None
    when the message asks no such thing."""
    if not office_ever_asked(text):
        return None
    return held == 0 if re.search(r"\bjamais\b", fold(text)) else held > 0


# « souvent », « assiduité », « taux », « bilan »: the whole record asked, not a yes or a no
_WHOLE_RECORD = cues.plain(
    r"\b(?:assidu\w*|taux|pourcentage|bilan|stat\w*|historique|combien"
    r"|quel\w*|quand|qui|comment|pourquoi|record)\b"
)
# « Berlivet a souvent été absent ? », « Laget est rarement là ? »: how often, asked yes or no;
# « souvent » is a third of the sittings with a roll call or more (`record_verdict`)
_OFTEN = cues.plain(
    r"\b(?:souvent|regulierement|frequemment|la plupart du temps|(?:tres |assez )?rarement"
    r"|peu souvent|pas souvent)\b"
)
_SELDOM = cues.plain(r"\b(?:rarement|peu souvent|pas souvent)\b")


# « a été », « a manqué », « est venu », « j'ai raté »: a past over the period, told as a whole
_PERFECT = cues.plain(r"\b(?:a|ai|as|avez|ont|est|es|suis|sont|etes|ete|t)\b")


def record_yes_no_asked(text: str) -> Counted | None:
    """« Rivat a-t-il été absent cette année ? », « Berger a manqué des séances en 2024 ? »,
    « Tardy est venu depuis janvier ? »: whether the member's record over a period holds such
    a sitting at all, « Oui » or « Non » first (the caller checks the period); None for any
    other message. « Laget a toujours été là ? » asks whether the record holds no absence:
    the sittings counted are the absences (`record_verdict` says which answer is « Oui »)."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    asked = asked_as_question(text)  # dictated: no « ? » typed
    if not asked or _WHOLE_RECORD.search(folded) or _PROXIES.search(folded):
        return None
    every = bool(_EVERY.search(folded))
    # « n'était jamais là », « ne manquait aucune séance »: the imperfect said of every sitting
    # at once is as much a question about the whole period as « a toujours été là »
    never = bool(_NEVER.search(folded))
    often = bool(_OFTEN.search(folded))
    if not _PERFECT.search(folded) and not every and not never and not often:
        return None  # « Berger présente en 2022 ? »: each sitting's roll call, said by the caller
    for counted, words in _COUNTED:
        if words.search(folded):
            if counted in _OFFICES:
                return None
            if every:  # « toujours là »: no absence; « toujours absent »: no presence
                return _OTHER_SIDE.get(counted, counted)
            return counted
    return Counted.MISSED if every else None  # « Berger était à toutes les séances ? »


def whole_record_checked(text: str) -> bool:
    """« … n'a jamais manqué ? », « … n'a raté aucune séance ? », « … a toujours été là ? »:
    every sitting checked at once, even with no period named (then every known sitting)."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    return bool(_EVERY.search(folded) or _NEVER.search(folded) or _OFTEN.search(folded))


_NEVER = cues.plain(r"\bjamais\b|\baucune? (?:seance|fois|reunion|bureau|conseil)s?\b")


# « n'a jamais manqué », « il a raté aucune séance », « n'a pas été absent » (spoken without
# « ne » too): the question expects none of the sittings counted. « pas là », « pas venu »,
# « pas présent » are themselves the absence counted (Counted.MISSED), « pas mal » a quantity.
_NONE = cues.plain(
    r"\b(?:jamais|aucune?|nulle)\b"
    r"|\bpas\b(?! (?:mal|souvent|ete la|la|venue?s?|present\w*|ete present\w*)\b)"
)
# « a toujours été là », « à chaque séance », « à toutes les séances »: every sitting
_EVERY = cues.plain(
    r"\b(?:toujours|systematiquement|tout le temps|sans exception|chaque fois"
    r"|a chaque (?:seance|fois|reunion|bureau|conseil)"
    r"|(?:a|de) toutes les (?:seances|fois|reunions)|a tous les (?:bureaux|conseils))\b"
)
_OTHER_SIDE = {Counted.PRESENT: Counted.MISSED, Counted.MISSED: Counted.PRESENT}


def record_verdict(text: str, found: int, total: int) -> bool:
    """The « Oui » or « Non » of a yes/no over a member's record (`record_yes_no_asked`), from
    the `found` sittings counted among the `total` with a roll call: « a-t-il été absent ? » is
    yes when one was found; « n'a jamais manqué ? », « a toujours été là ? » (absences counted)
    when none was; « n'a pas toujours été là ? » when one was again."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    if _OFTEN.search(folded):
        # « souvent absent ? »: yes from a third of the sittings on; « rarement absent ? »: yes
        # under a third (« pas souvent » reads as « rarement »)
        often = total > 0 and found * 3 >= total
        return not often if _SELDOM.search(folded) else often
    every = bool(_EVERY.search(folded))
    expects_none = every != bool(_NONE.search(folded))
    if every and not total:
        return False  # « toujours là » over no roll call: not shown
    return not found if expects_none else bool(found)


def proxies_never_asked(text: str) -> bool:
    """« Berger n'a jamais donné de pouvoir en 2024 ? », « je n'ai reçu aucune procuration
    cette année ? »: whether the member's proxies over a period hold none, asked yes or no."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    asked = asked_as_question(text)
    return bool(asked and _PROXIES.search(folded) and _NEVER_GIVEN_OR_HELD.search(folded))


# « jamais donné de pouvoir », « aucune procuration »: none over the period
_NEVER_GIVEN_OR_HELD = cues.plain(
    r"\bjamais\b|\baucune? (?:pouvoirs?|procurations?|procu|mandats?)\b"
)
