"""What is new, asked in words: « quels sont les derniers documents importés ? », « quoi de neuf
depuis le dernier conseil ? », « du nouveau depuis mars 2022 ? » (never a topic searched for
« documents » or « importés »). « quoi de neuf à Villars ? » names a topic: the search's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.services.greetings import HELLO
from storage import cues
from storage.names import fold

# « les derniers documents importés », « quels fichiers ont été ajoutés récemment ? », « le
# dernier import », « qu'est-ce qui a été importé dernièrement ? », « le document le plus récent »
_DOCUMENTS = cues.plain(
    r"\b(?:derniers?|dernieres?|nouveaux?|nouvelles?|recents?|recentes?)"
    r" (?:\w{1,20} ){0,2}(?:documents?|fichiers?|imports?|pieces?)\b"
    r"|\b(?:documents?|fichiers?|pieces?)(?: \w{1,20}){0,4}"
    r" (?:importes?|importees?|ajoutes?|ajoutees?|charges?|chargees?|integres?|integrees?"
    r"|recus?|recues?|mis en ligne|plus recents?|plus recentes?)\b"
    r"|\b(?:importe|ajoute|charge|integre|recu)e?s? (?:dernierement|recemment|en dernier)\b"
    r"|\bderniers? imports?\b|\bqu est ce qu(?:i|e|on) (?:a ete |a )?(?:importe|ajoute|charge)"
    # « les délibérations ont été mises à jour quand ? », « dernière mise à jour ? », « c'est à
    # jour ? »: when the store last received documents
    r"|\b(?:(?:derniere|la) mise a jour|mise?s? a jour (?:quand|le|la derniere)"
    r"|(?:ete|etes|sont|est|etait) (?:mise?s? a jour|actualisee?s?|a jour)"
    r"|(?:c est|tu es|vous etes|elles? sont|ils sont|sont elles|sont ils|est elle|est il)"
    r" (?:bien )?a jour)\b"
)
# « quoi de neuf ? », « du nouveau depuis mars ? », « les nouveautés », « quoi de nouveau
# depuis le dernier conseil ? »: what the message opens with, the rest said after it
_NEWS = cues.plain(
    r"^(?:et |alors |bon |sinon )?(?:(?:il )?y a (?:t il )?|y a t il |qu est ce qu il y a )?"
    # (« nouveautés depuis le 15 juillet ? », « du neuf ? »: without an article too)
    r"(?:quoi de (?:neuf|nouveau)|du (?:nouveau|neuf)|(?:des |les |quelles )?nouveautes"
    r"|de (?:neuf|nouveau)|les dernieres nouvelles|quelles sont les nouveautes"
    r"|rien de (?:neuf|nouveau)|quoi d autre|qu y a t il (?:eu )?de (?:neuf|nouveau))\b"
)
# « de nouvelles délibérations depuis le conseil de mars ? », « d'autres séances depuis le 4
# juillet ? »: new acts or sittings since a sitting or a day
_NEW_SINCE = cues.plain(
    r"\b(?:nouvelles?|nouveaux?|autres?) (?:deliberations?|delibe?s?|seances?|decisions?"
    r"|reunions?)\b"
)
_COUNTED = cues.plain(r"\b(?:combien|nombre|nb)\b")
_SINCE_IN = cues.plain(r"\bdepuis\b")
_SINCE = cues.plain(r"^(?:depuis|apres|a partir d[eu]?)\b")
# « bonjour, quoi de neuf svp », « … merci d'avance »: around the question, never part of it
_COURTESY = cues.plain(
    rf"\b(?:{HELLO}|svp|stp|s il (?:vous|te) plait|merci(?: beaucoup| bien)?(?: d avance)?)\b"
)


@dataclass(frozen=True, slots=True)
class NewsAsked:
    """`since`: the words after « depuis » (« le dernier conseil », « mars 2022 »), empty for
    the documents imported last."""

    since: str = ""


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def news_asked(text: str) -> NewsAsked | None:
    """Whether a message asks what is new (and since when), or None."""
    words = " ".join(re.findall(r"\w+", fold(text)))
    folded = " ".join(_COURTESY.sub(" ", words).split())
    if _DOCUMENTS.search(folded):
        return NewsAsked()
    opening = _NEWS.search(folded)
    if opening is None:
        since = _SINCE_IN.search(folded)
        if (
            since is not None
            and _NEW_SINCE.search(folded[: since.end()])
            and not _COUNTED.search(folded)  # « combien de nouvelles délibs … »: counted
        ):
            return NewsAsked(since=folded[since.end() :].strip())
        return None
    rest = folded[opening.end() :].strip()
    if not rest:
        return NewsAsked()
    since = _SINCE.search(rest)
    if since is None:
        return None  # « quoi de neuf à Villars ? »: a topic, searched
    return NewsAsked(since=rest[since.end() :].strip())
