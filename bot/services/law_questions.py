"""Questions about the law itself (« les pouvoirs comptent dans le quorum ? », « combien de
pouvoirs je peux porter ? », « c'est quoi les jours francs ? », « comment donner pouvoir ? »):
which rule is asked about. Pure reading, no store, no telegram.

The answer is one template per rule (templates/rule_<topic>.j2), its figures taken from
storage/rules.py; a question about a sitting's facts is never answered from here.
"""

from __future__ import annotations

import re
from enum import StrEnum

from storage.names import fold


class Rule(StrEnum):
    QUORUM_PROXIES = "quorum_proxies"  # do proxies count toward the quorum?
    QUORUM_FAILED = "quorum_failed"  # what happens without quorum
    QUORUM = "quorum"  # what the quorum is, how it is computed
    QUORUM_IF = "quorum_if"  # « si 30 élus viennent, on aura le quorum ? »
    PROXIES_HELD = "proxies_held"  # how many proxies one may carry (or give)
    PROXY_RULES = "proxy_rules"  # the rules of proxies
    HOW_TO_PROXY = "how_to_proxy"  # how to give (or withdraw) a proxy
    NOTICE = "notice"  # jours francs, the convocation's deadline
    SUBSTITUTE = "substitute"  # a suppléant instead of the member
    HOW_TO_ASK = "how_to_ask"  # « que dois-je écrire pour savoir qui était là ? »


_PROXY = r"(?:pouvoirs?|procurations?|procus?|proxys?|mandats?)"
_GENERAL = (
    r"(?:c est quoi|c quoi|cest quoi|qu est ce que|qu est ce qu|que veut dire|ca veut dire"
    r"|c est comment|comment ca marche|comment ca fonctionne|comment (?:ca )?(?:se )?calcul\w*"
    r"|comment (?:est|on) calcul\w*|definition|expliqu\w*|la regle|les regles|regle|regles"
    r"|reglement|la loi|legal\w*|le droit|a le droit|ai le droit|on a le droit|possible|peut on"
    r"|peut il|peut elle|est il possible|autorise\w*|interdit\w*)"
)
_READINGS: tuple[tuple[Rule, re.Pattern[str]], ...] = (
    (
        Rule.SUBSTITUTE,
        re.compile(
            r"\bsuppleant\w*\b.*\b(?:venir|remplac\w*|place|sieger|voter|peut)\b"
            r"|\b(?:venir|remplac\w*|sieger|voter)\b.*\bsuppleant\w*\b"
        ),
    ),
    (
        Rule.QUORUM_PROXIES,
        re.compile(
            rf"\b{_PROXY}\b.*\b(?:compt\w*|pris en compte|inclu\w*|entre\w*|valent|vaut)\b"
            r".*\bquorum\b"
            rf"|\b(?:compt\w*|inclu\w*|prend\w* en compte)\b.*\b{_PROXY}\b.*\bquorum\b"
            rf"|\bquorum\b.*\b(?:avec|sans|compris|inclus|compt\w*)\b.*\b{_PROXY}\b"
            rf"|^(?:et )?(?:avec|sans) (?:les )?{_PROXY} ou (?:sans|avec)\b"
        ),
    ),
    (
        Rule.QUORUM_FAILED,
        re.compile(
            r"\b(?:si|s il|quand|lorsque|faute de|sans|en l absence de|pas de|pas le)\b"
            r".*\bquorum\b.*"
            r"\b(?:pas atteint|n est pas|manque|se passe|arrive|fait on|on fait|que faire"
            r"|reporte\w*|annule\w*|suite)\b"
            r"|\bquorum (?:n est )?pas atteint\b.*\b(?:quoi|comment|se passe|arrive|fait)\b"
            r"|\b(?:faute de|sans|pas de) quorum\b.*\b(?:quoi|comment|se passe|arrive|fait)\b"
        ),
    ),
    (
        Rule.QUORUM_IF,
        re.compile(
            r"\bsi (?:\w+ ){0,2}?(\d{1,3}) (?:elus?|membres?|presents?"
            r"|personnes?|conseillers?|a venir|viennent)\b.*\bquorum\b"
            r"|\bquorum\b.*\bsi (\d{1,3}) (?:elus?|membres?|presents?|personnes?)\b"
            r"|\bsi (?:on est|on sera|nous sommes|nous serons|ils sont|vous etes) (?:que )?"
            r"(\d{1,3})\b.*\bquorum\b"
        ),
    ),
    (
        Rule.QUORUM,
        re.compile(
            rf"\b{_GENERAL}\b.*\bquorum\b|\bquorum\b.*\b(?:c est quoi|c quoi|ca veut dire"
            r"|veut dire quoi|se calcul\w*|calcul\w*|definition|regle|regles|fonctionne"
            r"|ca marche)\b|^(?:le )?quorum \?*$"
        ),
    ),
    (
        Rule.HOW_TO_PROXY,
        re.compile(
            rf"\bcomment\b.*\b(?:donne\w*|fai\w*|transmet\w*|confie\w*|envoie\w*|annule\w*"
            rf"|retire\w*|enregistre\w*)\b.*\b{_PROXY}\b"
            rf"|\bcomment\b.*\b{_PROXY}\b.*\b(?:donne\w*|fai\w*|marche|fonctionne)\b"
            rf"|\b(?:que|qu est ce que) (?:dois je|je dois|faut il|il faut) (?:ecrire|faire|taper)"
            rf"\b.*\b{_PROXY}\b"
            r"|\bcomment (?:on )?(?:donne|fait|faire|donner) "
            rf"(?:un |une |mon |ma |le |la )?{_PROXY}\b"
        ),
    ),
    (
        Rule.PROXIES_HELD,
        re.compile(
            rf"\bcombien de {_PROXY}\b.*\b(?:peu\w*|pourr\w*|droit|max\w*|autorise\w*|porter|avoir"
            rf"|recevoir|detenir)\b"
            rf"|\b(?:deux|2|plusieurs|trois|3|plus d un|plus d une) {_PROXY}\b"
            rf"|\b{_PROXY}\b.*\b(?:a|pour) (?:deux|2|plusieurs) "
            r"(?:personnes|membres|elus|collegues)\b"
            rf"|\bnombre max\w* de {_PROXY}\b|\b{_PROXY} max\w*\b"
            rf"|\b(?:partag\w*|divis\w*|repart\w*)\b.*\b{_PROXY}\b|\b{_PROXY}\b.*\b(?:partag\w*"
            r"|divis\w*|repart\w*|entre (?:deux|2|plusieurs))\b"
        ),
    ),
    (
        Rule.PROXY_RULES,
        re.compile(
            rf"\b(?:regle|regles|reglement|la loi|conditions?|droit)\b.*\b{_PROXY}\b"
            rf"|\b{_PROXY}\b.*\b(?:regle|regles|la loi|conditions?|legal\w*|valable\w*"
            r" combien de temps|duree)\b"
        ),
    ),
    (
        Rule.HOW_TO_ASK,
        re.compile(
            r"\b(?:que|quoi|qu est ce que) (?:dois je|je dois|faut il|il faut|je peux|puis je"
            r"|on doit|doit on) (?:ecrire|taper|demander|mettre|envoyer)\b"
            r"|\bcomment (?:je )?(?:fais|faire|dois je faire|peux je|puis je|on fait) pour "
            r"(?:savoir|avoir|connaitre|trouver|voir|demander)\b"
        ),
    ),
    (
        Rule.NOTICE,
        re.compile(
            r"\bjours? francs?\b|\b(?:delai|deadline|date limite|au plus tard|jusqu a quand)\b"
            r".*\bconvocation\b|\bconvocation\b.*\b(?:delai|deadline|date limite|combien"
            r" de jours|au plus tard|jusqu a quand)\b"
        ),
    ),
)


def rule_asked(text: str) -> Rule | None:
    """The rule a message asks about, or None when it asks about facts."""
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
    for rule, pattern in _READINGS:
        if pattern.search(folded):
            return rule
    return None


def people_said(text: str) -> int | None:
    """« si 30 élus viennent »: the number of members present supposed."""
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
    match = re.search(r"\bsi (?:\w+ ){0,2}?(\d{1,3})\b", folded)
    return int(match.group(1)) if match else None
