"""Messages that ask nothing the documents hold, read before any search or name look-up.

Politeness alone (« merci, c'est très clair », « désolé, fausse manip », « mdr ok ») gets a
short answer, not a word search nor a member's card: such a message is recognised because
every word of it belongs to the vocabulary of politeness, not by listing whole sentences. A
question whose answer no published document gives (a member's telephone, why someone was
absent, a group's position) is told so; a message in English is asked again in French.
"""

from __future__ import annotations

import re
from enum import StrEnum

from storage.names import fold

_WORDS = re.compile(r"[^\w]+")


def _vocabulary(text: str) -> frozenset[str]:
    return frozenset(text.split())


_THANKS = _vocabulary("merci mercii remercie remercions remerciements thanks thank thx")
_SORRY = _vocabulary(
    "desole desolee pardon excuse excusez oups oops erreur manip manipulation trompe trompee"
)
# Every other word politeness is made of: a message made only of these asks nothing.
_POLITE = (
    _THANKS
    | _SORRY
    | _vocabulary(
        """
        ok okay oki dac d accord entendu note ai ca marche mdr lol haha ptdr bien tres
        beaucoup c est ce clair clairs claire parfait super top genial nickel impeccable cool
        bonne bon journee soiree nuit week end semaine fin de a vous toi votre vos ton tes
        pour tout toute aide infos info information informations reponse reponses retour
        you a lot so much much je j me m suis mal tape ecrit laisse laissez tomber pas grave
        oublie oubliez fausse faux cordialement salutations sincerement encore vraiment
        y rien de quoi et l la le moi
        """
    )
)


# Small words politeness shares with questions: alone, they are not politeness.
_FILLERS = _vocabulary(
    "a de y et l la le c est ce je j me m moi suis pour tout toute vous toi votre vos ton tes "
    "bien tres encore vraiment rien quoi bon aide info infos information informations reponse "
    "reponses retour"
)


_LEAVING = _vocabulary("journee soiree nuit week semaine")


class Courtesy(StrEnum):
    """What a message made of politeness alone is; the values are template names."""

    THANKS = "thanks"
    APOLOGY = "apology"
    ACKNOWLEDGED = "acknowledged"
    GOODBYE = "goodbye"  # « bonne soirée à vous »
    HELP = "help"  # « qui t'a créé ? », « tu sais faire quoi d'autre ? »: what the bot is


_ABOUT_ME = re.compile(
    r"\bqui t a (?:cree|creee|fait|concu|programme|developpe|code)\b"
    r"|\b(?:tu|vous) (?:peux|sais|pouvez|savez) faire quoi\b|\bquoi d autre\b"
    r"|\bque (?:peux|sais) tu faire d autre\b|\bqu est ce que tu (?:peux|sais) faire\b"
)


def small_talk(text: str) -> Courtesy | None:
    """Thanks, an apology or an acknowledgement with nothing asked, a question about the
    assistant itself, else None."""
    folded = fold(text)
    if _ABOUT_ME.search(" ".join(w for w in _WORDS.split(folded) if w)):
        return Courtesy.HELP
    words = [w for w in _WORDS.split(folded) if w]
    if not words or any(w not in _POLITE for w in words) or not set(words) - _FILLERS:
        return None
    if any(w in _SORRY for w in words):
        return Courtesy.APOLOGY
    if any(w in _THANKS for w in words):
        return Courtesy.THANKS
    if any(w in _LEAVING for w in words):
        return Courtesy.GOODBYE
    return Courtesy.ACKNOWLEDGED


class NotHeld(StrEnum):
    """A question the published documents cannot answer, by what it asks."""

    CONTACT = "contact"  # a telephone number, an address
    POSITION = "position"  # a political group's position: votes are published as numbers
    ENGLISH = "english"
    ELSEWHERE = "elsewhere"  # booking a room, a translation, a speech: not the documents' work


_CONTACT = re.compile(
    r"\b(?:telephone|tel|portable|mobile|mail|e mail|email|courriel|adresse postale"
    r"|adresse mail|coordonnees|joindre|contacter)\b"
)
_POSITION = re.compile(
    r"\b(?:position|avis|opinion|ligne)s? (?:du|des|de ce) (?:groupes?|partis?)\b"
    r"|\bgroupes? (?:politiques?|socialistes?|communistes?|ecologistes?|majoritaires?"
    r"|d opposition|de la majorite|de l opposition)\b"
)
_ELSEWHERE = re.compile(
    r"\breserv\w*\b.*\b(?:salle|voiture|billet|restaurant|table)\b|\btradui\w*\b"
    r"|\b(?:ecris|ecrivez|redige|redigez|ecrire|rediger)\b.*\b(?:discours|lettre|courrier|tribune"
    r"|poeme|article)\b|\bqui sera\b.*\b(?:president|maire|elu)\b"
)
# English small words; a message is English when it has two of them and none of French's.
_ENGLISH = _vocabulary(
    "what who when which how many was were is are the did do does of on present absent "
    "decided decision meeting board list please thanks"
)
_FRENCH = _vocabulary(
    "le la les de des du un une est qui quoi quand quel quelle etait etaient a au aux et sur "
    "pour par combien je tu vous il elle"
)


def not_held(text: str) -> NotHeld | None:
    """Which kind of question no published document answers, if the message is one."""
    folded = " ".join(w for w in _WORDS.split(fold(text)) if w)
    words = set(folded.split())
    if len(words & _ENGLISH) >= 2 and not words & _FRENCH:
        return NotHeld.ENGLISH
    if _ELSEWHERE.search(folded):
        return NotHeld.ELSEWHERE
    if _CONTACT.search(folded):
        return NotHeld.CONTACT
    if _POSITION.search(folded):
        return NotHeld.POSITION
    return None
