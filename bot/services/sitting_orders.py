"""The secretariat's orders typed in words about a sitting: « annule le bureau du 18 »,
« reporte le conseil du 14 au 21 à 18h », « retire le point 2 de l'ordre du jour du bureau du
12 janvier », « ajoute à l'ODJ du bureau du 12 janvier : subvention au club de rugby ».

Reading only: which order, the words that name the sitting, and what the order carries (the
new moment, the item). Read on folded text (lower case, no accents); a question (« le bureau
du 18 est annulé ? ») is no order.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum
from functools import lru_cache

from text_to_num import alpha2digit

from bot.services.sittings import numbered_item
from storage import cues
from storage.french import CORRECTING, MONTH_PATTERN, NUMBER_WORD, WEEKDAYS
from storage.names import fold


class Verb(StrEnum):
    CANCEL = "cancel"
    POSTPONE = "postpone"
    WITHDRAW = "withdraw"
    ADD = "add"
    PLACE = "place"
    HOUR = "hour"  # another hour the same day: read as a postponement, told as a correction
    SECOND = "second"  # a second convocation after a quorum failure (L2121-17 al. 2)
    ROLL_CALL = "roll_call"  # who signed the sheet of a sitting held (bot/services/roll_calls.py)
    REORDER = "reorder"  # an item moved in the agenda: not done by message, and said so


@dataclass(frozen=True, slots=True)
class Order:
    verb: Verb
    sitting_words: str  # the folded words naming the sitting (« le bureau du 18 »)
    new_words: str = ""  # postponing: the folded words of the new moment (« 21 a 18h »)
    rank: int | None = None  # withdrawing: the item's number, when given
    item: str = ""  # adding: the item as typed; withdrawing: its words, when no number
    place: str = ""  # a new place, as typed
    items: tuple[str, ...] = ()  # adding several at once: each item as typed (`item` the first)
    at: int | None = None  # adding: the rank the first item takes (« après le 3 »: 4), when said;
    # moving: the rank named by where it goes (« avant le 3 », « en position 2 »: 3, 2)
    # moving: « avant » or « apres » the item ranked `at`, « swap » with it; "" for that rank
    side: str = ""


# What may open an order: a word of address, a polite frame (« merci de », « pouvez-vous »)
# or a word that says the order changes what was said (« finalement », « en fait », « du coup »)
_GREETING = (
    r"(?:(?:bonjour|bonsoir|salut|hello|coucou|bjr|slt|svp|stp|alors|donc|bon|ok|oui|urgent|madame"
    r"|monsieur|au final|en definitive|en fin de compte|du coup|au fait|changement|"
    + CORRECTING
    + r")\W+)*"
)
_ASKING = (
    r"(?:pouvez vous|peux tu|pourriez vous|pourrais tu|tu peux|vous pouvez|tu pourrais"
    r"|vous pourriez|est ce que (?:tu peux|vous pouvez|tu pourrais|vous pourriez|on peut))"
)
_OPENING = (
    "^" + _GREETING + r"(?:(?:" + _ASKING + r"|merci de bien vouloir|merci de|merci d"
    r"|je vous prie de|je vous prie d|il faut|il faudrait|il faudra|il va falloir|va falloir"
    r"|faudrait|faudra|faut|on|nous|je veux|je voudrais|je souhaiterais|nous souhaitons"
    r"|nous souhaiterions|on voudrait|on aimerait|j aimerais|nous aimerions"
    r"|je souhaite|veuillez|bien vouloir|on doit|tu dois|vous devez|il convient d"
    r"|il convient de)\W+){0,2}"
)
# « pouvez-vous annuler le bureau du 23 ? »: asked, but an order all the same
_POLITE_ORDER = cues.plain("^" + _GREETING + _ASKING + r"\b")
# « annulation du bureau du 23 », « report du conseil du 14 au 21 »: the order as a noun
_NOUN = cues.plain(
    "^" + _GREETING + r"(?P<noun>annulation|report|decalage|deplacement)"
    r" (?P<rest>(?:de la|du|de l|des|de) .*)$"
)
# « le bureau du 23 est annulé », « le conseil du 14 est reporté au 21 »: said done
_SAID_DONE = cues.plain(
    "^" + _GREETING + r"(?P<what>(?:le|la|l) .*?) (?:est|sera|doit etre) "
    r"(?P<verb>annule|reporte|decale|repousse|deplace|decommande)e?s?\b(?P<rest>.*)$"
)
# « le bureau de jeudi n'aura pas lieu », « la réunion du 14 ne se tiendra pas »: a cancellation
# said as a fact to come
_WONT_SIT = cues.plain(
    "^" + _GREETING + r"(?P<what>(?:le|la|l) .*?) (?:n aura (?:finalement )?pas lieu|ne se tiendra"
    r" pas|ne se reunira pas|n a plus lieu|ne peut pas se tenir|ne pourra pas se tenir"
    r"|tombe a l eau|saute)\b"
)
# « le bureau du 18 commencera à 18h30 (au lieu de 17h) »: the new hour said as the sitting's
_STARTS_AT = cues.plain(
    "^" + _GREETING + r"(?P<what>(?:le|la|l) .*?) (?:commencera|debutera|demarrera"
    r"|aura lieu|se tiendra|se reunira|est avancee?|est retardee?|est decalee?) "
    r"(?P<rest>(?:a|des|le|au) .*\d.*)$"
)
# « bureau du 21/12 finalement à 17h », « le conseil du 14 : en fait 9h au lieu de 18h »: the
# sitting named first, then the word that corrects and the new moment, with no verb (on text
# whose spaces are single: one optional space each side of the colon, no chained quantifiers)
_CORRECTED_AT = cues.plain(
    "^" + _GREETING + r"(?P<what>(?:(?:le|la|l) )?(?:bureau|conseil|seance|reunion|commission"
    r"|cm|bm)\b[^:?]*?) ?:? ?(?:finalement|plutot|en fait|desormais|maintenant|non)\b[ ,]*"
    r"(?P<rest>(?:(?:a|des|le|au|vers|pour) )?\d[^?]*)$"
)
# « le bureau du 18 aura lieu en salle 3 », « le conseil se tiendra à la mairie de Firminy »:
# the new place said as the sitting's
_HELD_AT = cues.plain(
    "^" + _GREETING + r"(?P<what>(?:le|la|l) .*?) (?:aura lieu|se tiendra|se deroulera"
    r"|se reunira|sera|est|est deplacee?|sera deplacee?|se fera|c est|ce sera)"
    r"(?: finalement| plutot| donc| bien| desormais| maintenant)? (?P<rest>(?:en|a|au|dans"
    r"|salle|hotel|mairie|maison|centre|espace|siege|amphi\w*|auditorium)\b.*)$"
)
# « … en salle 3 au lieu de la salle du conseil »: the former place, never part of the new one
_INSTEAD = cues.plain(r"(?i)\s*,?\s*\b(?:au lieu|à la place|a la place|et non|plutôt|plutot)\b.*$")
_HOUR_WORD = cues.plain(r"\b(?:heure|horaire)s?\b")
_SITTING = cues.plain(r"\b(?:bureau|conseil|seance|reunion|commission|assemblee|pleniere|cm|bm)\b")
_CANCEL = cues.plain(
    _OPENING + r"(?:annul|decommand|deprogramm|supprim)(?:e|es|ez|er|ons)\b(?P<rest>.*)$"
)
_POSTPONE = cues.plain(
    _OPENING + r"(?:report|decal|deplac|repouss|reprogramm|replanifi|avanc|retard)"
    r"(?:e|es|ez|er|ons)\b(?P<rest>.*)$"
)
_WITHDRAW = cues.plain(
    _OPENING + r"(?:retir|enlev|supprim|ot|ray|desinscri)(?:e|es|ez|er|ons|re|s)?\b(?P<rest>.*)$"
)
_ADD = cues.plain(
    _OPENING + r"(?:ajout|rajout|inscri|inscriv|inser|intercal)(?:e|es|ez|er|ons|re|s)?\b"
    r"(?P<rest>.*)$"
)
_AGENDA = cues.plain(r"\b(?:ordre du jour|odj|o d j)\b")
# « mets le point 2 en premier », « passe le point 3 avant le 1 », « remonte le point 4 »
_REORDER = cues.plain(
    _OPENING + r"(?:met|mett|pass|remont|descend|deplac|intervert|inters|inverse)(?:e|es|ez|er"
    r"|ons|s|re|tre|is)?\b(?P<rest>.*)$"
)
# Where an item moved goes: « en premier », « à la fin », « avant le 3 », « après le point 2 »,
# « en position 2 », « au rang 4 » (« et le point 3 »: a swap, not read)
_MOVED_TO = cues.plain(
    r"\b(?:(?P<first>en premier|en tete|au debut|en premiere position)|(?P<last>en dernier|en fin"
    r"|a la fin|en derniere position)|(?P<side>avant|apres) (?:le |la )?(?:point )?(?:(?:n|no"
    r"|numero) )?(?P<near>\d{1,2})|(?:en position|au rang|en|au) (?:(?:n|no|numero) )?"
    r"(?P<rank>\d{1,2})(?:e|eme|er)?(?: position| rang)?|(?:en|au|a la) (?P<nth>deuxieme"
    r"|seconde?|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme)"
    r" (?:position|rang|place|point))\b"
)
# An item's rank past any agenda: « en dernier »
LAST_RANK = 99


# « inverse les points 1 et 2 », « intervertis le point 2 et le 4 », « échange le 1 et le 3 »
_SWAPPED = cues.plain(
    r"^(?:le |les )?(?:points? )?(?:(?:n|no|numero) )?(?P<one>\d{1,2}) (?:et|avec) (?:le |la )?"
    r"(?:point )?(?:(?:n|no|numero) )?(?P<two>\d{1,2})\b(?P<rest>.*)$"
)
_SWAP = cues.plain(
    _OPENING + r"(?:inverse|intervert|echang|permut)(?:e|es|ez|er|ons|is|it|ir)?\b(?P<rest>.*)$"
)


def _moved(rest: str) -> Order | None:
    """« le point 2 en premier », « le point sur les tarifs du bureau du 27 avant le 1 »: the
    item (by its number, else its words), where it goes, the sitting's words left; None
    without both."""
    to = _MOVED_TO.search(rest)
    if to is None:
        return None
    left = f"{rest[: to.start()]} {rest[to.end() :]}"
    at, side = _target(to)
    if (r := _RANK.search(left)) is not None:
        words = _RANK.sub(" ", left)
        words = words if _SITTING.search(words) else ""  # (« le » alone names no sitting)
        return Order(Verb.REORDER, words, rank=_rank_of(r), at=at, side=side)
    noun = _ITEM_NOUN.search(left)
    if noun is None:
        return None
    of = _OF_SITTING.search(left, noun.end())
    item = _ITEM_LEAD.sub("", left[noun.end() : of.start() if of else len(left)].strip())
    item = _ITEM_TAIL.sub("", item).strip()
    if not item:
        return None
    return Order(Verb.REORDER, left[of.start() :] if of else "", item=item, at=at, side=side)


def _target(to: re.Match[str]) -> tuple[int, str]:
    """The rank a _MOVED_TO match names, and the side of it the item goes (« avant », « apres »,
    "" for that rank itself)."""
    nth = to["nth"]
    at = (
        1
        if to["first"]
        else LAST_RANK
        if to["last"]
        else (2 if nth.startswith("second") else _ORDINALS.index(nth) + 1)
        if nth
        else int(to["near"] or to["rank"])
    )
    return at, to["side"] or ""


# « non, plutôt en deuxième position », « finalement à la fin »: only where the item goes,
# correcting the move offered
_WHERE_ALONE = cues.plain(
    "^" + _GREETING + r"(?:plutot |finalement |mets le |mets la |mettez le |mettez la )?"
    r"(?P<rest>[^?]{2,40}?)(?: plutot| finalement)?$"
)


def moved_alone(text: str) -> tuple[int, str] | None:
    """Where an item goes when a message says nothing else (« non, plutôt en 2e position »), to
    correct the move offered: the rank and the side, as `_target` gives them; None else."""
    folded = " ".join(fold(text).replace("’", " ").split()).strip(" .!")
    m = _WHERE_ALONE.match(folded)
    to = _MOVED_TO.fullmatch(m["rest"]) if m is not None else None
    return _target(to) if to is not None else None


def _rank_of(r: re.Match[str]) -> int:
    """The item's number a _RANK match says, in figures or words (« point trois », « 2e »)."""
    if r[1] or r[2]:
        return int(r[1] or r[2])
    return _ORDINALS.index(r[3]) + 1 if r[3] else _CARDINALS.index(r[4]) + 1


_ADD_WORD = cues.plain(
    r"\b(?:ajout|rajout|inscri|inscriv|inser|intercal)(?:e|es|ez|er|ons|re|s)?\b"
)
_RANK = cues.plain(
    r"\bpoint (?:(?:n|no|numero)\W*)?(\d{1,3})\b|\b(\d{1,3})(?:e|eme|er) point\b"
    r"|\bpoint (premier|deuxieme|second|troisieme|quatrieme|cinquieme|sixieme|septieme"
    r"|huitieme|neuvieme|dixieme)\b"
    r"|\bpoint (?:(?:n|no|numero) )?(un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b"
)
_CARDINALS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
_ORDINALS = (
    "premier",
    "deuxieme",
    "troisieme",
    "quatrieme",
    "cinquieme",
    "sixieme",
    "septieme",
    "huitieme",
    "neuvieme",
    "dixieme",
)
# Where the new moment begins: « au 21 », « à jeudi », « pour le 12 janvier », « vers le 3 »
_TO = cues.plain(
    r"\b(?:au|a|pour le|pour|vers le|sur le|jusqu au|le) (?=(?:(?:"
    + "|".join(WEEKDAYS)
    + r") |le |\d))"
)
# The item typed after « : », or between quotes
_QUOTED = cues.plain(r"[«\"“]\s*([^»\"”]{2,})\s*[»\"”]")
_AFTER_COLON = cues.plain(r":\s*(\S[\s\S]*)$")
# « annule mon pouvoir pour le bureau »: a member's act, never the sitting's
_NOT_A_SITTING = cues.plain(
    r"\b(?:pouvoir|procuration|procu|presence|absence|excuse|vote|deliberation|delib"
    r"|inscription|brouillon|creation)s?\b"
)
_QUESTION = cues.plain(r"\?|^(?:est ce|qui|quand|combien|pourquoi|comment|quel|quelle)\b")
# « du 14 », « le 21 »: a day of the month said alone
_BARE_DAY = cues.plain(r"\b(?:du|le|au|a|pour le|ce|jusqu au) (\d{1,2})(?:er)?\b(?! ?[/.h:-])")
_SAME_HOUR = cues.plain(r"\bmeme (?:heure|horaire)\b")
TIME_SAID = cues.plain(r"\b(\d{1,2})\s*(?:heures?|h|:)\s*(\d{2})?\b")
# « à midi », « à minuit »: an hour, never the sitting's own kept by default
_NOON = cues.plain(r"\b(?:midi|minuit)\b")
# « 17h et demie », « 9 heures et quart », « 18h moins le quart »
_HOUR_PART = cues.plain(
    r"\b(\d{1,2})\s*(?:heures?|h)\s+(?:(et demie?|et quart)|(moins le quart|moins quart))\b"
)
# A number said in words, as dictation writes days and hours
_NUMBER_SAID = cues.plain(r"\b" + NUMBER_WORD + r"\b")


# « annule ma réponse à la convocation du bureau », « déplace ma procuration du bureau du 18 à
# Bony »: what the verb acts on is the secretary's own (they are members too), never a sitting
_MINE = cues.plain(r"^ ?(?:mon|ma|mes|notre|nos)\b")


def read_order(text: str) -> Order | None:
    """The order a secretariat's message gives about a sitting, if it is one; a postponement
    carries the new place said with it (« reporté au 19 en salle 3 »), never dropped."""
    order = _read_order(text)
    if order is not None and order.verb is Verb.POSTPONE and not order.place:
        return _with_place(text, order)
    return order


def _read_order(text: str) -> Order | None:
    folded = " ".join(fold(text).replace("’", " ").split())
    if _QUESTION.search(folded) and not _POLITE_ORDER.match(folded):
        return None
    folded = _NOON.sub(lambda m: "12h" if m[0] == "midi" else "0h", folded)
    if _NUMBER_SAID.search(folded):
        # dictated: « reporte le bureau du vingt et un au vingt deux à dix sept heures trente »
        # is « … du 21 au 22 à 17 heures 30 » (an item keeps its words: it is read from `text`)
        folded = alpha2digit(folded, "fr")
    for acting in (_CANCEL, _POSTPONE, _PLACE_VERB, _WITHDRAW, _ADD):
        if (m := acting.match(folded)) and _MINE.match(m["rest"]):
            return None
    agenda = _AGENDA.search(folded)
    if (m := _SWAP.match(folded)) and (pair := _SWAPPED.match(m["rest"].strip())) is not None:
        # « inverse les points 1 et 2 »: the first goes where the second is, and back
        words = pair["rest"] if _SITTING.search(pair["rest"]) else ""
        return Order(Verb.REORDER, words, rank=int(pair["one"]), at=int(pair["two"]), side="swap")
    if (m := _REORDER.match(folded)) and (moved := _moved(m["rest"])) is not None:
        # « mets le point 2 en premier », « déplace le point sur les tarifs avant le 1 » (before
        # the postponements: « déplace » moves a sitting too)
        return moved
    if (m := _SECOND.search(folded)) and _SITTING.search(folded) and not agenda:
        # « reconvoque le bureau du 3 le 10 à 17h », « le quorum n'a pas été atteint au bureau
        # du 3, il faut le reconvoquer le 10 »: the sitting named, then the new moment
        return _postponed(f"{folded[: m.start()]} {folded[m.end() :]}", Verb.SECOND)
    if (m := _PLACE_VERB.match(folded)) and _SITTING.search(m["rest"]) and not agenda:
        moved = _new_place(text, m["rest"])
        if moved is not None:
            return moved
    if (m := _POSTPONE.match(folded)) and _SITTING.search(m["rest"]) and not agenda:
        # (« avance le bureau du 19 d'une semaine »: the shift is backwards)
        return _postponed(m["rest"], earlier="avanc" in folded[: m.start("rest")])
    for verb, pattern in ((Verb.WITHDRAW, _WITHDRAW), (Verb.ADD, _ADD)):
        if agenda and (m := pattern.match(folded)):
            return _agenda_order(verb, text, folded, agenda)
    if (
        _WITHDRAW.match(folded)
        and (rank := _RANK.search(folded))
        and _SITTING.search(folded[rank.end() :])
    ):
        # « retire le point 2 du bureau du 26 »: the agenda meant without its name, by the rank
        return _agenda_order(Verb.WITHDRAW, text, folded, rank, marker=_RANK)
    if (
        _WITHDRAW.match(folded)
        and (noun := _ITEM_NOUN.search(folded))
        and (of := _OF_SITTING.search(folded, noun.end()))
        and (item := _item_words(folded[: of.start()]))
    ):
        # « retire le point sur les piscines du bureau du 17 »: the agenda meant without its
        # name, the item by its words, the sitting after them
        return Order(Verb.WITHDRAW, folded[of.start() :], item=item)
    if _ADD.match(folded) and (points := _POINTS.search(folded)) and _SITTING.search(folded):
        return _points_added(text, folded, points)
    if (
        (added := _ADD_WORD.search(folded))
        and _ADD.match(folded)
        and ":" in text
        and _SITTING.search(fold(text[: text.index(":")]))
    ):
        # « ajoute au bureau du 24 : Rapport annuel ; Tarifs »: the agenda meant without its
        # name, by the items after « : »
        return _agenda_order(Verb.ADD, text, folded, added, marker=_ADD_WORD)
    if (
        (m := _CANCEL.match(folded))
        and _SITTING.search(m["rest"])
        and not agenda
        and not _NOT_A_SITTING.search(m["rest"])
    ):
        return Order(Verb.CANCEL, m["rest"])
    if (m := _NOUN.match(folded)) and _SITTING.search(m["rest"]) and not agenda:
        if m["noun"] == "annulation":
            return None if _NOT_A_SITTING.search(m["rest"]) else Order(Verb.CANCEL, m["rest"])
        return _postponed(m["rest"])
    if (
        (m := _HELD_AT.match(folded))
        and _SITTING.search(m["what"])
        and not agenda
        and not _TO.search(m["rest"])  # « … en salle 3 le 19 »: another day too (below)
        and (moved := _new_place(text, m["rest"])) is not None
    ):
        return moved  # « le bureau du 18 aura lieu en salle 3 (au lieu de la salle B) »
    if (
        (m := _HELD_AT.match(folded))
        and _SITTING.search(m["what"])
        and not agenda
        and (moved := _day_and_place(text, m["what"])) is not None
    ):
        return moved  # « le bureau du 18 aura lieu en salle 3 le 19 »: another day too
    if (m := _STARTS_AT.match(folded)) and _SITTING.search(m["what"]) and not agenda:
        return Order(Verb.POSTPONE, m["what"], new_words=m["rest"])
    if (m := _CORRECTED_AT.match(folded)) and not agenda:
        return Order(Verb.POSTPONE, m["what"], new_words=m["rest"])
    if (m := _PLACE_VERB.match(folded)) and _HOUR_WORD.search(m["rest"]) and not agenda:
        rest = " ".join(m["rest"].replace(":", " a ", 1).split())
        if _SITTING.search(rest) and TIME_SAID.search(rest):
            return _postponed(rest)
    if (
        (m := _WONT_SIT.match(folded))
        and _SITTING.search(m["what"])
        and not agenda
        and not _NOT_A_SITTING.search(m["what"])
    ):
        return Order(Verb.CANCEL, m["what"])
    if (m := _SAID_DONE.match(folded)) and _SITTING.search(m["what"]) and not agenda:
        if m["verb"] in ("annule", "decommande"):
            return None if _NOT_A_SITTING.search(m["what"]) else Order(Verb.CANCEL, m["what"])
        return Order(Verb.POSTPONE, m["what"], new_words=m["rest"].strip(" ,."))
    # (« le lieu change : salle du conseil »: what follows « : » is the new place or item,
    # never the sitting's name)
    head = folded.partition(":")[0]
    if (place := _PLACE_WORD.search(head)) is not None:
        head = head[: place.start()]  # (« … salle du conseil »: a place's words name no sitting)
    return None if _SITTING.search(head) else _unnamed(text, folded)


# « finalement ce sera à 18h », « en fait plutôt 17h30 »: another hour, the sitting unsaid
# (« on commence finalement à 17h45 », « l'heure passe à 18h15 au lieu de 17h45 », « décale à
# 18h30 », « nouvel horaire : 18h »: the hour's own words, or a verb that moves it, lead)
_HOUR_ALONE = cues.plain(
    "^(?P<lead>" + _GREETING + r"(?:non\W+)?(?:et )?(?:(?:ce|ca|elle|la seance|la reunion)"
    r" (?:sera|commencera|debutera|commence|debute) |on (?:commence|debute|demarre)(?:ra)? "
    r"|c est |ca commence |debut |(?:on )?(?:decal|repouss|avanc|retard|report)(?:e|es|ez|er"
    r"|ons)(?: la| le| l)? |(?:(?:changement|modification) d |nouvel(?:le)? |(?:l |le )?)"
    r"(?:heure|horaire)(?: de debut)?(?: change| passe| devient| sera| est)? ?:? )?"
    r"(?:(?:plutot|finalement|donc|desormais|maintenant) )?)"
    r"(?:(?:a|vers|des) )?(?P<rest>\d{1,2} ?(?:h|heures?|:) ?(?:\d{2})?)"
    r"(?: (?:au lieu de|et non|a la place de|et plus|plutot que) (?:a )?\d{1,2} ?(?:h|heures?|:)"
    r" ?(?:\d{2})?)?(?: (?:finalement|plutot|au final))?$"
)
# « ça se passera salle du conseil », « elle se tiendra finalement en salle 3 »: the new place
# said of the sitting the talk is about, unnamed (no new day nor hour with it: _new_place)
_HELD_AT_UNNAMED = cues.plain(
    "^" + _GREETING + r"(?:ca|cela|elle) (?:se passera|se tiendra|aura lieu|se deroulera"
    r"|se fera|se reunira|sera)(?: finalement| plutot| donc"
    r"| desormais| maintenant)? (?P<rest>(?:en|a|au|dans|salle|hotel|mairie|maison|centre|espace"
    r"|siege|amphi\w*|auditorium)\b.*)$"
)
# « change le lieu : salle B », « modifie le lieu en salle du conseil »
_PLACE_NOUN = cues.plain(r"^ ?(?:le |du )?lieu\b")
# « le lieu change : salle B », « nouveau lieu : salle du conseil »
_PLACE_FIRST = cues.plain(
    "^" + _GREETING + r"(?:(?:le |nouveau |autre )?lieu(?: change| a change| devient| sera"
    r"| est| de la seance)?|changement de lieu) ?:"
)
# « ajoute un point : Convention », « rajoute la question suivante : … »
_ITEM_BEFORE_COLON = cues.plain(
    r"\b(?:points?|questions?|sujets?|dossiers?|rapports?|deliberations?|delibe?s?)\b"
)


# « retire le 2 », « enlève plutôt le 3e »: the item's number alone closing the order
_RANK_LAST = cues.plain(r"^(?: plutot| donc| finalement)? (?:le |la |l )?(\d{1,2})(?:e|eme|er)?$")
# « non, au 28 janvier plutôt », « plutôt le 21 à 18h »: only a new moment, correcting the one
# offered
_MOMENT_ALONE = cues.plain(
    "^" + _GREETING + r"(?:plutot |finalement )?(?P<rest>(?:au|le|pour le|a|jeudi|lundi|mardi"
    r"|mercredi|vendredi|samedi|dimanche) [^?]{0,40}?\d[^?]{0,40}?)(?: plutot| finalement)?$"
)


def moment_alone(text: str) -> str | None:
    """The folded words of a new moment when a message says nothing else (« non, au 28
    janvier plutôt »: « au 28 janvier »), to correct the postponement offered; None else."""
    folded = " ".join(fold(text).replace("’", " ").split()).strip(" .!")
    m = _MOMENT_ALONE.match(folded)
    if m is None or _SITTING.search(folded):
        return None
    return str(m["rest"])


def _unnamed(text: str, folded: str) -> Order | None:
    """An order that names no sitting, as the secretariat types it right after creating or
    convening one (« retire le point 3 », « change le lieu : salle B », « ajoute un point :
    Convention », « finalement ce sera à 18h »): its sitting words are empty, and the one
    meant is chosen as for « le prochain » (the only sitting to come, else the question
    which); None for anything else."""
    if (m := _HOUR_ALONE.match(folded)) and m["lead"].strip(" ,.!"):
        return Order(Verb.POSTPONE, "", new_words=f"a {m['rest']}")
    if _HELD_AT_UNNAMED.match(folded):
        # « ça se passera salle du conseil », « elle aura lieu finalement en salle 3 » (with a
        # day or an hour after it, « … en salle 3 le 19 », nothing is guessed)
        found = _typed_place(text, bare=True)
        return (
            Order(Verb.PLACE, "", place=found[0]) if found and found[0] and not found[1] else None
        )
    if ((m := _PLACE_VERB.match(folded)) and _PLACE_NOUN.match(m["rest"])) or (
        _PLACE_FIRST.match(folded) and ":" in text
    ):
        moved = _new_place(text, m["rest"] if m else folded)
        return Order(Verb.PLACE, "", place=moved.place) if moved and moved.place else None
    if _WITHDRAW.match(folded) and (rank := _RANK.search(folded)):
        return _agenda_order(Verb.WITHDRAW, text, folded, rank, marker=_RANK)
    if (m := _WITHDRAW.match(folded)) and (last := _RANK_LAST.search(m["rest"])):
        return Order(Verb.WITHDRAW, "", rank=int(last[1]))  # « non, retire plutôt le 2 »
    if _WITHDRAW.match(folded) and _ITEM_NOUN.search(folded) and (item := _item_words(folded)):
        return Order(Verb.WITHDRAW, "", item=item)  # « supprime le point sur le personnel »
    if (
        _ADD.match(folded)
        and ":" in text
        and _ITEM_BEFORE_COLON.search(fold(text[: text.index(":")]))
        and (added := _ADD_WORD.search(folded))
    ):
        order = _agenda_order(Verb.ADD, text, folded, added, marker=_ADD_WORD)
        return Order(Verb.ADD, "", item=order.item, items=order.items, at=order.at)
    if _ADD.match(folded) and (quoted := list(_QUOTED.finditer(text))):
        # « tu peux rajouter « Tarifs de l'eau » juste après le point 2 ? »: the item between
        # quotes, its place said around it
        items = _items(quoted, quoted[0])
        outside = _QUOTED.sub(" ", text)
        return Order(
            Verb.ADD, "", item=items[0], items=tuple(items) if len(items) > 1 else (),
            at=rank_said(outside),
        )  # fmt: skip
    if _ADD.match(folded) and (typed := _POINT_TYPED.search(text)):
        # « ajoute un point sur la piscine après le 3 »: the item after « un point », its place
        # closing the order
        item = _PLACE_IN_AGENDA.sub("", " ".join(typed.group(1).split())).rstrip(" .?!")
        at = rank_said(text)
        if at is None:  # « ajoute le point N° 14 – Rénovation »: item 14, with that title
            at, item = numbered_item(item)
        return Order(Verb.ADD, "", item=item, at=at) if item else None
    return None


# Where an item added goes, closing the order: « après le 3 », « juste avant le point 2 », « en
# premier », « à la fin » (on typed text: what comes before it is the item as typed)
_PLACE_IN_AGENDA = cues.plain(
    r"(?i)[\s,]*\b(?:(?:juste|tout de suite|directement)\s+)?(?:(?:apr[eè]s|avant)\s+(?:le\s+|la"
    r"\s+)?(?:point\s+)?(?:(?:n°|no|num[eé]ro)\s*)?\d{1,2}|en premier|en t[eê]te|au d[eé]but"
    r"|en dernier|[aà] la fin|entre\s+(?:le\s+|les\s+)?(?:points?\s+)?\d{1,2}\s+et\s+(?:le\s+)?"
    r"(?:point\s+)?\d{1,2}|(?:en\s+position|au\s+rang|comme\s+point)\s+(?:n°\s*)?\d{1,2}"
    r"|en\s+\d{1,2}(?:e|ème|eme)\s+(?:position|place))\s*[?.!]*\s*$"
)
_RANK_SAID = cues.plain(
    r"\b(?:(?P<side>apres|avant) (?:le |la )?(?:point )?(?:(?:n|no|numero) )?(?P<rank>\d{1,2})"
    r"|(?P<first>en premier|en tete|au debut)|en dernier|a la fin|entre (?:le |les )?(?:points? )?"
    r"(?P<one>\d{1,2}) et (?:le )?(?:point )?(?P<two>\d{1,2})|(?:en position|au rang|comme point)"
    r" (?:n )?(?P<at>\d{1,2})|en (?P<nth>\d{1,2})(?:e|eme) (?:position|place))\W*$"
)


def rank_said(text: str) -> int | None:
    """The rank an item added takes when the order says where it goes (« après le 3 »: 4,
    « avant le point 2 »: 2, « en premier »: 1); None when it says none (« à la fin »)."""
    said = _RANK_SAID.search(" ".join(fold(text).replace("’", " ").split()))
    if said is None:
        return None
    if said["first"]:
        return 1
    if said["one"]:  # « entre le 1 et le 2 »: after the first of the two
        return min(int(said["one"]), int(said["two"])) + 1
    if said["at"] or said["nth"]:  # « en position 2 », « en 2e position »
        return max(int(said["at"] or said["nth"]), 1)
    if said["rank"] is None:
        return None
    rank = int(said["rank"])
    return rank + 1 if said["side"] == "apres" else max(rank, 1)


# « change le lieu du bureau du 18 : salle B », « déplace le bureau du 18 en salle B »
_PLACE_VERB = cues.plain(
    _OPENING + r"(?:chang|modifi|deplac|transfer)(?:e|es|ez|er|ons)\b(?P<rest>.*)$"
)
_PLACE_WORD = cues.plain(
    r"\b(?:lieu|salle|hotel|mairie|maison|centre|espace|siege|amphi\w*|auditorium)\b"
)
# The new place, as typed after a preposition (« en salle B », « à la mairie de Firminy »),
# after the verb that says it (« aura lieu salle 3 ») or after a comma (« au 19, salle 3 »)
_PLACE_TYPED = cues.plain(
    r"(?i)(?:\b(?:en|à|a|au|dans|vers|pour|lieu|tiendra|déroulera|deroulera|sera|est"
    r"|finalement|plutôt|plutot|désormais|desormais|donc)\s+|[,;]\s*)"
    r"(?:la\s+|le\s+|l['’]\s*)?((?:salle|hôtel|hotel"
    r"|mairie|maison|centre|espace|siège|siege|amphi\w*|auditorium)\b.*)$"
)


def _new_place(text: str, rest: str) -> Order | None:
    """A change of place: the sitting's words, then the place as typed (after « : », or after
    « en », « à la »…); None when a new day is said too (a postponement), or no place word."""
    if _PLACE_WORD.search(rest) is None:
        return None
    to = next((t for t in _TO.finditer(rest) if _SITTING.search(rest[: t.start()])), None)
    if to is not None and any(c.isdigit() for c in rest[to.start() :]):
        return None  # « déplace le bureau du 18 au 22 en salle B »: another day first
    colon = text.find(":")
    typed = _PLACE_TYPED.search(text) if colon < 0 else None
    start = colon if colon >= 0 else typed.start() if typed is not None else len(text)
    place = text[colon + 1 :] if colon >= 0 else typed.group(1) if typed is not None else ""
    words = fold(text[:start])
    place = _INSTEAD.sub("", " ".join(place.split()))
    return Order(Verb.PLACE, words, place=place.rstrip(" .?!"))


# Where a new day or hour said after the place begins: « salle 3 le 19 », « salle B à 18h »
_DAY_AFTER_PLACE = cues.plain(
    r"(?i)\s*,?\s+(?:(?:et\s+)?(?:le|au|à|a|pour le|pour|des|dès)\s+(?=\d|(?:"
    + "|".join(WEEKDAYS)
    + r")\b)|(?:et\s+)?(?:le|au|pour le)\s+(?="
    + NUMBER_WORD  # dictated: « en salle B le dix neuf »
    + r"\b)|(?=(?:"
    + "|".join(WEEKDAYS)
    + r")\s+\d))"
)


# A place said bare after the new day: « reporte le bureau du 18 au 19 salle B »
_PLACE_BARE = cues.plain(
    r"(?i)\b((?:salle|hôtel|hotel|mairie|maison|centre|espace|siège|siege|amphi\w*"
    r"|auditorium)\b.*)$"
)


def _typed_place(text: str, *, bare: bool = False) -> tuple[str, str] | None:
    """The place typed after its preposition (or `bare`, without one), and the words of a new
    moment said after it (« en salle 3 le 19 » is « salle 3 » and « le 19 »); None when no
    place is typed."""
    typed = _PLACE_TYPED.search(text) or (_PLACE_BARE.search(text) if bare else None)
    if typed is None:
        return None
    place = typed.group(1)
    after = _DAY_AFTER_PLACE.search(place)
    moment = place[after.start() :] if after is not None else ""
    place = place[: after.start()] if after is not None else place
    place = _INSTEAD.sub("", " ".join(place.split())).rstrip(" .?!,")
    moment = " ".join(fold(moment).replace("’", " ").split())
    return place, alpha2digit(moment, "fr") if _NUMBER_SAID.search(moment) else moment


def place_typed(text: str) -> str | None:
    """The place a sentence gives, as typed (« convoque le bureau le 17/12 à 18h, salle des
    délibérations »: « salle des délibérations »); None when it gives none."""
    found = _typed_place(text)
    return found[0] if found is not None and found[0] else None


def _day_and_place(text: str, what: str) -> Order | None:
    """« le bureau du 18 aura lieu en salle 3 le 19 »: another day and another place, offered
    together; None without both."""
    found = _typed_place(text)
    if found is None or not found[0] or not found[1]:
        return None
    return Order(Verb.POSTPONE, what, new_words=found[1], place=found[0])


def _with_place(text: str, order: Order) -> Order:
    """« déplace le bureau du 18 au 25 en salle B »: the postponement carries the new place
    said with it, never dropped."""
    found = _typed_place(text, bare=True) if _PLACE_WORD.search(order.new_words) else None
    if found is None or not found[0]:
        return order
    words = order.new_words
    cut = _PLACE_TYPED.search(words)
    at = cut.start() if cut is not None else words.find(fold(found[0]))
    if at >= 0:
        words = words[:at].strip(" ,") or found[1]
    return Order(order.verb, order.sitting_words, new_words=words, place=found[0])


# « crée une séance le 14 janvier à 18h », « programmer un bureau jeudi 14 », « je voudrais
# ajouter une nouvelle séance »: a sitting created in words, as /nouvelle_seance does
# (« bonjour, je voudrais créer… », « j'aimerais prévoir la prochaine séance »: the lead words
# of any order, then the verb)
_CREATE_SAID = cues.plain(
    _OPENING + r"(?:(?:on peut|j aimerais|je dois|nous devons|nous voudrions|il faut) )?"
    r"(?:cree|creer|creez|ajoute|ajouter|ajoutez|programme|programmer|programmez"
    r"|planifie|planifier|planifiez|organise|organiser|organisez|prevoir|prevois|prevoyez"
    r"|fixer|fixe|fixez|caler|cale|calez) (?:une|un|la prochaine|le prochain) (?:nouvelle"
    r" |nouveau |autre )?(?:seance|reunion|bureau|conseil)\b"
)
# « nouvelle séance du conseil le 14/01/2027 à 18h salle X », « nouveau bureau le 12 »: the
# order said as a title, as a secretariat writes it in a hurry
_NEW_SAID = cues.plain(
    "^" + _GREETING + r"(?:(?:une|la|un|le) )?(?:nouvelle (?:seance|reunion)"
    r"|nouveau (?:bureau|conseil))\b"
)
# « convoque le bureau du 17 », « envoyez la convocation du conseil »: a sitting convened
_CONVENE = cues.plain(
    _OPENING + r"(?:(?:convoqu(?:e|es|ez|er|ons)|(?:envoi|envoy|lanc|expedi)(?:e|es|ez|er|ons)?"
    r" (?:la |les )?convocations?)\b)(?P<rest>.*)$"
)
# « la nouvelle séance c'est quand », « nouvelle réunion du bureau à quelle heure »: asked
_ASKED = cues.plain(r"\b(?:quand|quel|quelle|quels|quelles|combien|pourquoi|comment|ou ca)\b")


def creation_said(folded: str) -> re.Match[str] | None:
    """The words that create a sitting (« crée une séance », « nouveau bureau »), at the start
    of a folded text, if they are there."""
    return _CREATE_SAID.match(folded) or _NEW_SAID.match(folded)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def order_said(text: str) -> bool:
    """Whether a message gives a sitting an order (create, convene, cancel, move, change its
    agenda), however it is worded; never a question about one (« la nouvelle séance c'est
    quand ? », « j'ai été convoqué au bureau du 17 ? »)."""
    folded = " ".join(fold(text).replace("’", " ").split())
    if (_QUESTION.search(folded) or _ASKED.search(folded)) and not _POLITE_ORDER.match(folded):
        return False
    if creation_said(folded) is not None:
        return True
    if (order := read_order(text)) is not None:
        # (« non, 18h30 » alone is an order only to the secretariat's desk: a member's is an
        # answer to whatever was asked)
        if _WONT_SIT.match(folded):
            return False  # « le bureau de jeudi n'aura pas lieu »: a member's may be news heard
        # (« ça se passera salle B » neither: a member's may be about anything)
        return bool(order.sitting_words) or not (
            order.verb is Verb.POSTPONE
            or (order.verb is Verb.PLACE and _HELD_AT_UNNAMED.match(folded))
        )
    convened = _CONVENE.match(folded)
    # (« convoque-moi au bureau »: one's own convocation asked, not the sitting's)
    rest = convened["rest"] if convened is not None else ""
    return bool(_SITTING.search(rest)) and not rest.startswith((" moi", " nous"))


def _postponed(rest: str, verb: Verb = Verb.POSTPONE, *, earlier: bool = False) -> Order:
    """« le conseil du 14 au 21 à 18h »: the sitting's words, then where the new moment
    begins (« au », « à », « pour le »); « le bureau du 19 d'une semaine »: a shift of its
    day (`earlier`: backwards, the new words then open with « moins »)."""
    to = next((t for t in _TO.finditer(rest) if _SITTING.search(rest[: t.start()])), None)
    shift = _SHIFT.search(rest)
    if (
        shift is not None
        and _SITTING.search(rest[: shift.start()])
        and (to is None or shift.start() < to.start())
    ):
        moved = rest[shift.start() :]
        return Order(verb, rest[: shift.start()], new_words=f"moins {moved}" if earlier else moved)
    if to is None:
        return Order(verb, rest)
    return Order(verb, rest[: to.start()], new_words=rest[to.start() :])


# « d'une semaine », « de quinze jours », « de 2 semaines »: a sitting's day shifted
_SHIFT = cues.plain(
    r"\b(?:d|de) (?P<count>une|un|deux|trois|quatre|huit|quinze|\d{1,2})"
    r" (?P<unit>semaines?|jours?)\b"
)
_COUNTS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "huit": 8, "quinze": 15}


def days_shifted(new_words: str) -> int | None:
    """The days a postponement's words shift the sitting by (« d'une semaine »: 7, « moins de
    deux jours »: -2); None when they name a day instead."""
    shift = _SHIFT.match(new_words.removeprefix("moins "))
    if shift is None:
        return None
    count = _COUNTS.get(shift["count"]) or int(shift["count"])
    days = count * (7 if shift["unit"].startswith("semaine") else 1)
    return -days if new_words.startswith("moins ") else days


# « reconvoquer », « seconde convocation du bureau du 3 », « convoquer à nouveau »
_SECOND = cues.plain(
    r"\b(?:reconvoqu\w*|(?:deuxieme|seconde|2e|2eme) convocation"
    r"(?: (?:du|de la|de l|pour le|pour la))?|convoqu\w* (?:a|de) nouveau)\b"
)


def _agenda_order(
    verb: Verb, text: str, folded: str, agenda: re.Match[str], marker: re.Pattern[str] = _AGENDA
) -> Order:
    """An item withdrawn or added: the sitting is named after « l'ordre du jour » (« de l'ODJ
    du bureau du 12 »), the item by its number, its words between quotes, or after « : »."""
    quoted = list(_QUOTED.finditer(text))
    said = (quoted[0] if quoted else None) or _AFTER_COLON.search(text) or _NEXT_LINES.search(text)
    items = _items(quoted, said)
    item = items[0] if items else ""
    if said is not None:  # the sitting's words are the others
        end = quoted[-1].end() if len(quoted) > 1 else said.end()
        folded = " ".join(fold(f"{text[: said.start()]} {text[end:]}").split())
        agenda = marker.search(folded) or agenda
    after = folded[agenda.end() :]
    rank = None
    if verb is Verb.WITHDRAW and (r := _RANK.search(folded)):
        rank = _rank_of(r)
    elif verb is Verb.WITHDRAW and not item:
        item = _item_words(folded[: agenda.start()])
    at = None
    if verb is Verb.ADD and items and _PLACE_IN_AGENDA.search(items[-1]):
        # « ajoute un point : Piscine, après le 2 »: the place said after the last item
        at = rank_said(items[-1])
        items[-1] = _PLACE_IN_AGENDA.sub("", items[-1]).rstrip(" .?!")
        items = [i for i in items if i]
        item = items[0] if items else ""
    if verb is Verb.ADD and len(items) == 1 and at is None:
        # « ajoute à l'ODJ : N° 14 – Rénovation de la piscine »: item 14, with that title
        at, item = numbered_item(item)
    several = tuple(items) if verb is Verb.ADD and len(items) > 1 else ()
    return Order(verb, after, rank=rank, item=item, items=several, at=at)


# « ajoute deux points au bureau du 14 : … », « ajoute au bureau du 14 le point vote du budget »:
# the agenda meant without its name, by the items added
_POINTS = cues.plain(
    r"\b(?:un|le|les|des|deux|trois|quatre|cinq|ce|ces|ceux|nouveau|nouveaux|autre|autres"
    r"|\d) (?:nouveaux? |autres? )?points?\b(?! de vue)(?: suivants?\b)?"
)
# The item typed after « le point » when it closes the order (« … le point vote du budget »)
_POINT_TYPED = cues.plain(
    r"(?i)\b(?:le|un|ce|nouveau) (?:nouveau )?point\s+(?:(?:sur|concernant|relatif [àa])\s+)?"
    r"(?:(?:les|le|la)\s+|l[’']\s*)?(\S.*)$"
)


def _points_added(text: str, folded: str, points: re.Match[str]) -> Order:
    """Items added to an agenda named by « point(s) »: after « : », between quotes or on the
    lines after the order, the sitting's words after « points »; else « le point X » closing
    the order, the sitting's words before it."""
    closing = _OF_SITTING_TYPED.search(text)
    if (
        closing is not None
        and _DAY_OF_SITTING.search(fold(closing.group()))  # (« la salle du conseil »: a place)
        and ":" not in text
        and "\n" not in text
        and not _QUOTED.search(text)
        and (typed := _POINT_TYPED.search(text[: closing.start()])) is not None
    ):
        # « ajoute un point sur la gare en position 2 au bureau du 19 »: the item between « un
        # point » and the sitting named after it, its place said with it
        item = " ".join(typed.group(1).split())
        at = rank_said(item) if _PLACE_IN_AGENDA.search(item) else None
        item = _PLACE_IN_AGENDA.sub("", item).rstrip(" .?!,")
        return Order(Verb.ADD, fold(closing.group()), item=item, at=at)
    if _SITTING.search(folded[points.end() :]) or ":" in text or "\n" in text:
        return _agenda_order(Verb.ADD, text, folded, points, _POINTS)
    typed = _POINT_TYPED.search(text)
    item = " ".join(typed.group(1).split()).rstrip(" .?!") if typed else ""
    return Order(Verb.ADD, folded[: points.start()], item=item)


# The sitting named after an item typed, on typed text: « … au bureau du 19 », « … pour la
# séance du 14 janvier » (up to the end)
_OF_SITTING_TYPED = cues.plain(
    r"(?i)\s+(?:du|de la|de l['’]|au|à la|a la|pour le|pour la|lors du|lors de la)\s*"
    r"(?:prochain\s+|prochaine\s+)?(?:bureau|conseil|s[ée]ance|r[ée]union|commission)\b[^:]*$"
)
_DAY_OF_SITTING = cues.plain(r"\d|\b(?:prochaine?|" + "|".join(WEEKDAYS) + r")\b")
# The items typed on the lines after the order (« ajoute à l'ODJ du bureau du 14 les points
# suivants », then one item a line)
_NEXT_LINES = cues.plain(r"\n\s*(\S[\s\S]*)$")
# Between two items typed after « : » or on lines: a line break, « ; », a bullet or a number
# opening a line (« - », « • », « 1. », « 2) »)
_ITEM_BREAK = cues.plain(r"\s*(?:\n|;)\s*(?:(?:[-•*]|\d{1,2}[.)])\s+)?")
_FIRST_BULLET = cues.plain(r"^(?:(?:[-•*]|\d{1,2}[.)])\s+)")


def _items(quoted: list[re.Match[str]], said: re.Match[str] | None) -> list[str]:
    """Every item an order carries: each one between quotes (« « Budget » et « Subvention » »),
    else each line or « ; »-separated part of what follows « : » or the order's first line;
    never a guess inside one line (« Budget, fiscalité et dette » is one item)."""
    if len(quoted) > 1:
        parts = [m.group(1) for m in quoted]
    elif said is None:
        return []
    elif quoted:
        parts = [said.group(1)]
    else:
        parts = _ITEM_BREAK.split(_FIRST_BULLET.sub("", said.group(1).strip()))
    cleaned = (" ".join(p.split()).rstrip(" .?!;") for p in parts)
    return [p for p in cleaned if p]


_ITEM_LEAD = cues.plain(
    r"^(?:(?:sur|relatif a|relatif au|concernant|portant sur) )?(?:(?:le|la|les|l) )?"
)
_ITEM_TAIL = cues.plain(r" (?:de l|du|de la|a l|de)$")


def _item_words(before_agenda: str) -> str:
    """« retire le point sur le SIEL de l'ordre du jour », « retirer la délibération sur le
    SIEL de l'ODJ »: the words between what names the item and « l'ordre du jour » (« siel »),
    to be found among the items."""
    named = _ITEM_NOUN.search(before_agenda) or _ITEM_VERB.search(before_agenda)
    if named is None:
        return ""
    words = _ITEM_LEAD.sub("", before_agenda[named.end() :].strip())
    return _ITEM_TAIL.sub("", words).strip()


# Where the sitting is named after an item's words (« … les piscines du bureau du 17 »)
_OF_SITTING = cues.plain(
    r"\b(?:du|de la|de l|au|a la|pour le|pour la|lors du|lors de la) (?:prochain |prochaine )?"
    r"(?:bureau|conseil|seance|reunion|commission|assemblee|pleniere|cm|bm)\b"
)
_ITEM_NOUN = cues.plain(r"\b(?:point|deliberation|delib|dossier|rapport|projet|sujet)s? ")
_ITEM_VERB = cues.plain(
    r"\b(?:retir|enlev|supprim|ot|ray|desinscri)(?:e|es|ez|er|ons|re|s)? (?:le |la |les |l )?"
)


def bare_day(words: str, today: date, *, held: bool = False) -> date | None:
    """« du 14 »: the next 14th from today (this month's, else the next month's); of a
    sitting `held`, the last one (this month's, else the month's before)."""
    m = _BARE_DAY.search(words)
    return None if m is None else day_numbered(int(m[1]), today, held=held)


def day_numbered(day: int, today: date, *, held: bool = False) -> date | None:
    """The day of that number to come (this month's, else the next month's); `held`, the
    last one (this month's, else the month's before)."""
    year, month = today.year, today.month
    step = -1 if held else 1
    for _ in range(3):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and (candidate <= today if held else candidate >= today):
            return candidate
        year, month = divmod(year * 12 + month - 1 + step, 12)
        month += 1
    return None


def spoken_hours(words: str) -> str:
    """Folded words with the hours said as people say them written in figures: « midi » is
    « 12h », « 17 heures et demie » « 17h30 », « 9h et quart » « 9h15 », « 18h moins le
    quart » « 17h45 » (a figure out of range stays one, to be refused by name)."""

    def written(m: re.Match[str]) -> str:
        hours = int(m[1])
        if m[2]:
            return f"{hours}h{30 if 'demi' in m[2] else 15}"
        return f"{hours - 1 if hours else 23}h45"

    return _HOUR_PART.sub(written, _NOON.sub(lambda m: "12h" if m[0] == "midi" else "0h", words))


# Words that name a day or a period the sitting's words did not give as one (« de 2023 »,
# « en juin », « du mois dernier », « de la semaine dernière »): no sitting is guessed for them
PERIOD_SAID = cues.plain(
    rf"\d|\b(?:{MONTH_PATTERN}|semaine|mois|an|annee|dernier|derniere|passe|passee"
    r"|precedent|precedente)\b"
)


def hour_said(words: str) -> time | None:
    """The hour typed (« 18h », « 17:30 »); None when none, or « même heure »."""
    if _SAME_HOUR.search(words):
        return None
    m = TIME_SAID.search(spoken_hours(words))
    if m is None:
        return None
    hours, minutes = int(m[1]), int(m[2] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(m.group(0))
    return time(hours, minutes)


# A day typed with its number (« le 2 décembre », « le 2/12 »), not a weekday alone (« jeudi »)
_DATED = cues.plain(r"\b\d{1,2}(?:er)? ?(?:[/.-] ?\d{1,2}\b|" + MONTH_PATTERN + r")")
# A day without its year, past, is next year's when that is this near: « le 12 janvier » said
# in December; further (« le 1er juillet » said in December), it may be a slip: asked.
NEXT_YEAR_WITHIN = timedelta(days=183)


def coming_day(on: date, today: date, said: str) -> date:
    """A day named without its year for an order is one to come: « jeudi » said on Saturday is
    the next Thursday, « le 12 janvier » said in December next January's (a year typed in
    `said` is kept). « le 2 décembre » said on the 5th is not the 9th: the next 2 December."""
    if on >= today or str(on.year) in said or f"/{on.year % 100:02d}" in said:
        return on
    if (today - on).days < 7 and not _DATED.search(said):
        return on + timedelta(days=7)
    for year in range(on.year + 1, on.year + 9):
        with contextlib.suppress(ValueError):  # 29 February
            return on.replace(year=year)
    return on


class PastDay(ValueError):
    """A new day for a sitting that is past, or would be next year's only by a guess: said
    and asked (`next` is the same day to come, when the year was not typed)."""

    def __init__(self, day: date, next: date | None) -> None:
        super().__init__(day.isoformat())
        self.day, self.next = day, next


def new_day(on: date, today: date, said: str) -> date:
    """The day a sitting is set or moved to, as `coming_day` reads it; PastDay when it is past
    (year typed), or when only a year away it would come (« au 2 décembre » said on the 5th)."""
    day = coming_day(on, today, said)
    if day < today:
        raise PastDay(on, None)
    if day.year > on.year and day - today > NEXT_YEAR_WITHIN:
        raise PastDay(on, day)
    return day
