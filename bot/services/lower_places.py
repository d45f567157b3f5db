"""A town typed in lower case in a question about funded actions (« les actions à rive de
gier », « on finance quoi a la ricamarie ? », « des actions sur st genest lerpt »): read as a
place when nothing else fits, given back as towns are printed (« Rive-de-Gier »).

`search.places_named` knows a place by its capital letter; members typing fast write none.
A word in lower case is as often a topic (« à la piscine »): the caller reads it as a place
only when no funded action holds those words."""

from __future__ import annotations

from functools import lru_cache

from storage import cues
from storage.names import fold

_WORD = r"(?!(?:a|sur)\b)[a-z][a-z-]*"
# « à rive de gier ? », « sur saint genest lerpt », « a la valla en gier »: after « à » or « sur »,
# up to five words to the end of the clause
_AT_PLACE = cues.plain(
    r"(?:^|\s)(?P<at>a|sur)\s+(?P<place>(?:(?:la|le|les)\s+)?"
    + _WORD
    + r"(?:\s+"
    + _WORD
    + r"){0,4})\s*(?:[?!.,;]|$)"
)
# « on a voté », « qu'il y a eu »: « a » is the verb there
_VERB_BEFORE = frozenset(["on", "il", "elle", "ils", "qui", "qu", "y", "t", "ca", "cela", "ce"])
# What follows « à » or « sur » and is no town's name
_NOT_A_PLACE = frozenset(
    """
    quoi qui quel quelle quels quelles combien ce cette ces ca cela tout tous toute toutes
    l d chaque plusieurs hauteur partir peu plus moins part present l'unanimite unanimite
    propos charge moi toi nous vous lui eux elle elles jour date ce_jour internet
    distance domicile temps terme nouveau venir faire voir dire lire
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# The words of the council's own business: a name made of one is no town (« sur les actions
# financées », « à la séance de mars »)
_BUSINESS = frozenset(
    """
    action actions financee financees financement financements delib delibs deliberation
    deliberations seance seances conseil bureau programme programmes axe axes territoire
    territoires projet projets dossier dossiers commune communes quartier quartiers budget
    vote votes voix ordre jour convention conventions subvention subventions montant
    montants porteur porteurs elu elus membre membres metropole total totalite
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_JOINED = frozenset(["de", "du", "des", "d", "en", "sur", "sous", "les", "les", "lez", "le", "la"])
_SAINTS = {"st": "Saint", "ste": "Sainte", "saint": "Saint", "sainte": "Sainte"}


@lru_cache(maxsize=1024)  # pure: once per text typed
def place_in_lower_case(text: str) -> str | None:
    """The town a message names in lower case after « à » or « sur », as towns are printed
    (« rive de gier » → « Rive-de-Gier », « la ricamarie » → « La Ricamarie »); None when
    there is none or the words may not be a town's."""
    if any(c.isupper() for c in text):
        return None  # (a capital typed: search.places_named reads it)
    said = " ".join(fold(text).split())
    found = next(
        (
            m
            for m in reversed(list(_AT_PLACE.finditer(said)))
            if m.group("at") != "a"
            or not _VERB_BEFORE.intersection(said[: m.start()].split()[-1:])
        ),
        None,
    )
    if found is None:
        return None
    words = found.group("place").replace("-", " ").split()
    article = words[0] if words[0] in ("la", "le", "les") and len(words) > 1 else ""
    name = words[1:] if article else words
    head = name[0]
    if head in _NOT_A_PLACE or head in _JOINED or (len(name) == 1 and len(head) < 4):
        return None
    if not _BUSINESS.isdisjoint(name):
        return None  # « sur les actions financées »: the council's business, not a town
    if len(name) == 1 and (article or head.endswith(("er", "ir"))):
        return None  # « à la piscine »: a topic as well as a town; « à financer »: a verb
    return printed(words)


def printed(place: str | list[str]) -> str:
    """A town's name typed in lower case, as towns are printed: « rive de gier » →
    « Rive-de-Gier », « st jean bonnefonds » → « Saint-Jean-Bonnefonds », « la ricamarie »
    → « La Ricamarie »; a name typed with a capital stays as typed."""
    if isinstance(place, str):
        if any(c.isupper() for c in place):
            return place
        place = fold(place).replace("-", " ").split()
    article = place[0] if place[0] in ("la", "le", "les") and len(place) > 1 else ""
    name = place[1:] if article else place
    parts = [
        _SAINTS.get(w) or (w if i and w in _JOINED else w.capitalize()) for i, w in enumerate(name)
    ]
    said = "-".join(parts)
    return f"{article.capitalize()} {said}" if article else said
