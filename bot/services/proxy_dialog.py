"""What a member's short reply means while a proxy is being given: pure reading, no telegram.

The bot asks « À qui ? » or « Confirmez-vous ? » with buttons, but people answer in words:
« oui », « je confirme », « non, plutôt à Laget », « finalement à Bony », or just « Basson ».
What is pending lives in the store (bot/handlers/proxies.py keeps it in `storage/chat_state`);
this module only says what the words are.
"""

from __future__ import annotations

import re
from enum import StrEnum

from storage.names import fold


class Said(StrEnum):
    CONFIRM = "confirm"  # « oui », « je confirme », « c'est bon »
    CANCEL = "cancel"  # « non », « annuler », « laisse tomber »
    CHANGE = "change"  # « non, plutôt à Laget »: another holder is named
    OTHER = "other"  # anything else: read as a question


# Words that may surround a yes or a no without changing it (« oui merci », « non c'est bon »).
_FILLER = frozenset(
    """
    je j c est c a tout fait bien sur merci svp stp s il vous te plait vas y allez alors
    donc mais ne en fait finalement le la ce
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_YES = frozenset(
    """
    oui ouais ok okay bon oki yes confirmer confirme confirmez confirmes valider valide validez
    accord daccord parfait exact exactement entendu go impeccable nickel
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_NO = frozenset(
    """
    non nan no annuler annule annulez annulation abandonner abandonne abandon stop tomber
    laisse laissez oublie oubliez rien pas plus veux
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# « non, plutôt à Laget », « finalement à Bony », « en fait donne-le à Semache », « à Laget » :
# a change of holder is said with one of these, then a name.
_CHANGE = re.compile(
    r"^(?:(?:non|nan|pardon|oups|euh|ah|attends?|attendez|en fait|finalement|plutot|"
    r"je me suis trompe\w*|erreur|change\w*|remplace\w*|mets?|mettez|donne\w*|le|la|lui|"
    r"pouvoir|procuration|mon|ma|je|j|c est|plutot|prefere|prefere\w*|au|a la place|"
    r"de preference)\s+)*(?:a|au|pour)\s+\S"
)
_WORDS = re.compile(r"\w+")


def read_reply(text: str) -> Said:
    """What a reply to the pending proxy says (a name itself is the caller's to resolve)."""
    folded = fold(text)
    words = _WORDS.findall(folded)
    if not words or len(words) > 12:
        return Said.OTHER
    meaningful = [w for w in words if w not in _FILLER]
    if meaningful and all(w in _YES for w in meaningful):
        return Said.CONFIRM
    if meaningful and all(w in _NO or w in _YES for w in meaningful) and _NO & set(meaningful):
        # « non », « non merci », « ok, annule », « je ne veux plus », « laisse tomber »
        return Said.CANCEL
    if _CHANGE.match(" ".join(words)):
        return Said.CHANGE
    return Said.OTHER


_BARE_COMMAND = re.compile(
    r"^(?:(?:oui|ok|non|bon|alors)\s+)*(?:je\s+)?(?:confirmer|confirme|valider|valide|annuler|annule)(?:\s+(?:le|mon)\s+"
    r"(?:pouvoir|procuration))?$"
)


def is_a_button_word(text: str) -> bool:
    """« Confirmer », « Annuler » typed as text: a button's label, never a name or a topic."""
    return bool(_BARE_COMMAND.match(" ".join(_WORDS.findall(fold(text)))))
