"""Who the council designated to sit for it in another organisation: the question, read.

Members ask « qui a été désigné au SIEL ? », « qui représente la métropole au syndicat des
gorges de la Loire ? », « c'est qui nos délégués à l'EPORA ? », « les représentants désignés
au syndicat mixte ? ». The acts of designation are often known by their title and vote only
(« Désignations des représentants … dans divers organismes »): the answer names those acts
and says the names are not published, never a list of members found by some other reading
(the proxies of the last sitting, a search for « désigné »). Knows French, nothing of the
store or of Telegram.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from storage import cues
from storage.french import MONTHS
from storage.names import fold

# Designating, by its kinds: the verb and its noun, the people designated (« représentants »,
# « délégués », « titulaires », « suppléants »: a suppléant of a commune is no proxy), and
# representing or sitting for the métropole somewhere.
_DESIGNATED = cues.plain(
    r"\b(?:designe|designee|designes|designees|designation|designations|nomme|nommee|nommes"
    r"|nommees)\b"
    r"|\b(?:representants?|representantes?|delegues?|deleguees?)\b"
    r"|\b(?:represente\w*|siege\w*|sieger) (?:pour )?(?:la metropole"
    r"|saint etienne metropole|nous|la collectivite|l agglo\w*)\b"
    r"|\b(?:qui|quels? elus?|quelles? elues?) (?:nous )?(?:represente\w*|siege\w*)"
    r" (?:au|aux|a la|a l|dans|aupres)\b"
)
# The question asks who (or for the list of them)
_WHO = cues.plain(
    r"\b(?:qui|quels?|quelles?|lesquels|lesquelles|noms?|liste|connait|connaitre)\b"
    r"|^(?:et )?(?:les|nos|des) (?:representants?|delegues?|deleguees?)\b"
)
# An office of a sitting (« qui a été nommé secrétaire de séance ? »): no organisation
_OFFICE = cues.plain(r"\b(?:secretaire|president\w*|rapporteu\w*|questeur\w*)\b")
# Where to: the organisation, after « au », « à la », « dans », « auprès de », « pour »
_TO = cues.plain(r"\b(?:au|aux|a la|a l|dans|aupres (?:du|de la|de l|des)|pour|chez|en) (.+)$")
# What is a sitting of the council itself (a proxy, a roll call), never an organisation
_OWN_BODIES = cues.plain(
    r"^(?:le |la |l )?(?:bureau|conseil(?! (?:d administration|de surveillance|syndical"
    r"|d exploitation|de gestion))|seance|reunion|vote|dernier|derniere|prochain"
    r"|prochaine)\b"
)
_NOT_THE_ORGANISATION = frozenset(
    """
    le la les l un une des de du d a au aux en pour dans divers diverses differents
    organismes organisme structures structure exterieurs exterieures sein ce cette ces son sa
    ses leur leurs metropole
    saint etienne nom noms elus elu elues representer sieger annee conseil administration
    surveillance assemblee generale exploitation gestion
    """.split()  # noqa: SIM905 (a word list reads better as prose)
) | {fold(month) for month in MONTHS}


@dataclass(frozen=True, slots=True)
class Designation:
    """A designation asked: of the organisation named (its folded words), or of any."""

    organisation: str


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def designation_asked(text: str) -> Designation | None:
    """The organisation whose designated members are asked for, or None when the sentence
    asks no such thing (« qui représente Berger ? » is a proxy; « qui était au bureau ? » a
    roll call)."""
    folded = " ".join(fold(text).split())
    cue = _DESIGNATED.search(folded)
    if cue is None or not _WHO.search(folded) or _OFFICE.search(folded):
        return None
    after = folded[cue.start() :]
    to = _TO.search(after)
    place = to.group(1) if to else ""
    if place and _OWN_BODIES.match(place):
        return None
    words = [
        w
        for w in place.split()
        if w not in _NOT_THE_ORGANISATION and not w.isdigit() and len(w) > 1
    ]
    if not words and cue.group().startswith("nomm") and "organisme" not in folded:
        return None  # « qui a nommé Berger ? »: named to what is not said
    return Designation(organisation=" ".join(words))
