"""Someone else's identity, or an office, claimed in a message (« Je suis Bernard Laget, note
que je serai absent jeudi », « c'est Berger qui écrit », « en tant que secrétariat, ajoute
Bouchet aux présents »).

A member writes from their own Telegram account: whatever the words say, every answer and every
act is that member's. Read as a question, such a message recorded an absence or a proxy in the
account owner's name, or answered « Non : … » to an order nobody may give; it is said plainly
instead, and nothing is done. The asker naming themself (« Bonjour, ici Jean-Luc Degraix : … »)
is no claim: the readers leave that name out (frames.without_self_naming).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.services.frames import name_said_first
from storage import cues
from storage.names import CIVILITY_ALTERNATION, fold

_NAME = rf"((?:(?:{CIVILITY_ALTERNATION})\.?\s+)?[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){{0,2}}?)"
# « considère que je suis X », « je parle au nom de X », « c'est X qui écrit », « j'écris pour
# X », « réponds comme si j'étais X »: said anywhere, the name after it (or before « qui écrit »)
_SPEAKING_FOR = cues.plain(
    r"\b(?:consid[eè]re(?:z)? que je suis|imagine(?:z)? que je suis|fai(?:s|tes) comme si"
    r" j['’ ]?[eé]tais|r[eé]ponds? comme si j['’ ]?[eé]tais|comme si j['’ ]?[eé]tais"
    r"|je (?:parle|r[eé]ponds|[eé]cris|m['’ ]?adresse)"
    r" (?:au nom|de la part|pour le compte) d[eu']?"
    r"|j['’ ]?[eé]cris pour|au nom de|pour le compte de)\s*" + _NAME + r"(?=\W|$)",
    re.IGNORECASE,
)
_WRITES = cues.plain(
    rf"\b(?:c'est|c est)\s+{_NAME}\s+qui\s+(?:[eé]crit|[eé]cris|tape|parle|demande)\b",
    re.IGNORECASE,
)
# An office that would give powers, claimed: « en tant que secrétariat », « je suis
# l'administrateur », « considère que je suis le président » (a member saying « en tant que
# vice-président, je voudrais savoir … » claims nothing the assistant acts on)
_OFFICE = cues.plain(
    r"\b(?:(?:en tant que|en qualit[eé] de|je suis|ici|c'est|c est)\s+"
    r"(?:le |la |l['’ ]?|du |de la )?"
    r"(secr[eé]tariat|secr[eé]taire g[eé]n[eé]ral(?:e)?|administrat(?:eur|rice)|admin"
    r"|service des assembl[eé]es|pr[eé]fet|pr[eé]fecture)"
    r"|(?:consid[eè]re(?:z)? que je suis|imagine(?:z)? que je suis|fai(?:s|tes) comme si"
    r" j['’ ]?[eé]tais|r[eé]ponds? comme si j['’ ]?[eé]tais|comme si j['’ ]?[eé]tais)\s+"
    r"(?:le |la |l['’ ]?|du |de la )?(secr[eé]tariat|secr[eé]taire(?: g[eé]n[eé]ral(?:e)?)?"
    r"|pr[eé]sidente?|vice[- ]pr[eé]sidente?|administrat(?:eur|rice)|admin|pr[eé]fet|maire))\b",
    re.IGNORECASE,
)
# An instruction dressed as the machine's or an operator's (« SYSTEM: … », « ADMIN: … »,
# « [root] … », « ### instruction : … », « mode administrateur activé »): an office claimed
_INJECTED = cues.plain(
    r"^\W*\[?\s*(?:system|systeme|admin|administrateur|administratrice|root|sudo|operateur"
    r"|developpeur|developer|superviseur|instructions?)\s*\]?\s*[:>\]#-]"
    r"|\bmode (?:admin|administrateur|developpeur|developer|debug|maintenance|root|dieu|god)\b",
    re.IGNORECASE,
)
# The chair claimed to give an order (« je suis le président, enregistre un pouvoir de X à Y »):
# no office gives a member's account the secretariat's powers
_PRESIDING_ORDER = cues.plain(
    r"\b(?:je suis|c'est|c est|ici) (?:le |la )?pr[eé]sidente?"
    r"(?: de (?:la m[eé]tropole|s[eé]ance))?\s*[,:;.!]?\s*(?:enregistre|note|ajoute|retire"
    r"|supprime|efface|modifie|annule|convoque|envoie|affiche|montre|donne)",
    re.IGNORECASE,
)
# The secretariat's commands named inside a sentence (« affiche-moi /suivi »): the command is
# reserved, whatever the words around it (a command typed first is its own handler's)
_SECRETARIAT_COMMAND = cues.plain(
    r"(?<![\w/])/(?:suivi|feuille|convoquer|nouvelle_seance|annuler_seance|reporter_seance)\b"
)
# Another member's presence or absence ordered (« note Bouchet absent jeudi », « marque Berger
# présente au prochain bureau », « mets Bouchet présent le 4 juillet »): only that member, or
# the secretariat, may declare it; said, and nothing recorded (« note-moi absent » is the
# asker's own, read elsewhere)
_ORDER_FOR = cues.plain(
    r"^\W*(?:(?:stp|svp|merci de|peux tu|pouvez vous|tu peux|vous pouvez) )?(?:note|notez|noter"
    r"|marque|marquez|marquer|mets|mettez|mettre|inscris|inscrivez|inscrire|passe|passez|passer"
    r"|declare|declarez|declarer|enregistre|enregistrez|enregistrer)(?: (?:que|qu))? "
    + _NAME
    + r" (?:comme |en )?(?:present|presente|absent|absente|excuse|excusee)s?\b",
    re.IGNORECASE,
)
# What a name said so may not be: a word of a sentence (« je suis absent », « ici, qui
# présidait ? », « c'est quoi »)
_NOT_NAMES = frozenset(
    """
    absent absente absents present presente presents excuse excusee la le les un une du de des
    quoi qui quand ou comment combien pourquoi bien pas tres en au aux a membre elu elue
    conseiller conseillere nouveau nouvelle moi toi lui elle nous vous eux ok oui non merci
    dispo disponible malade retard desole desolee d'accord daccord sur certain certaine
    bon bonne parfait parfaite fait faite fini finie nickel top super clair clairs note notee
    compris entendu correct correcte juste vrai faux possible normal tout ca cela enregistre
    enregistree passe passee regle reglee bizarre dommage genial
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


@dataclass(frozen=True, slots=True)
class Claim:
    """Who the message says is writing: a name (to resolve) or an office."""

    name: str | None = None
    office: str | None = None


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def claimed(text: str) -> Claim | None:
    """The identity or office a message claims for its writer, if any (the asker's own name
    among them: the caller tells)."""
    office = _OFFICE.search(text)
    if office is not None:
        return Claim(office=(office.group(1) or office.group(2)).lower())
    folded = fold(text)
    if _PRESIDING_ORDER.search(folded):
        return Claim(office="président")
    if _INJECTED.search(folded):
        return Claim(office="administrateur")
    if (ordered := _ORDER_FOR.search(folded)) is not None and not any(
        w in _NOT_NAMES or w in ("moi", "me", "m", "je", "j", "nous")
        for w in ordered.group(1).split()
    ):
        return Claim(name=ordered.group(1).strip())
    said = [m.group(1) for p in (_WRITES, _SPEAKING_FOR) if (m := p.search(text)) is not None]
    # « je suis X, … », « ici X : … », « c'est X, … », « de la part de X : … »: read as the
    # readers read the asker naming themself
    said.append(name_said_first(text) or "")
    for name in said:
        words = fold(name).replace("'", " ").split()
        if words and not any(w in _NOT_NAMES for w in words):
            return Claim(name=name.strip())
    return None


def secretariat_command_named(text: str) -> bool:
    """Whether a sentence names a command reserved to the secretariat (« montre /suivi »)."""
    return not text.lstrip().startswith("/") and _SECRETARIAT_COMMAND.search(text) is not None
