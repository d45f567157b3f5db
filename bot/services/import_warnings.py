"""« des anomalies ? », « qu'est-ce qui cloche dans les imports ? », « combien
d'avertissements ? », « il y a des doublons de numéros ? »: the warnings the imports kept.

DOMAIN.md: a failed check is a warning kept with the record, and the secretariat needs to see
them. A question about them is recognised by its words (an anomaly, a warning, an
inconsistency, a duplicate; something that « cloche » or a problem in the imported data), read
before any search: « anomalies » is never a topic searched in the deliberations. Knows French
and nothing of the store or of Telegram.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from storage import cues
from storage.names import fold

# Words that alone ask for the warnings: nobody's topic in a deliberation.
_WARNINGS = cues.compile(
    r"\b(?:anomalies?|avertissements?|warnings?|incoherences?|incoherents?|incoherentes?"
    r"|coherences?(?! territorial)|doublons?|en double|dedoublonn\w*"
    r"|erreurs? (?:d |de |dans (?:les |l )?)(?:imports?|donnees|saisie|documents?|fichiers?"
    r"|lecture))\b"
)
# A problem said loosely, only with the import or the data named.
_LOOSE = cues.compile(
    r"\b(?:cloche\w*|problemes?|soucis?|bizarre\w*|anormal\w*|faux|fausses?|erreurs?"
    r"|verifi\w*|controles?|qualite|bien passe\w*|ok|correcte?s?|propres?|fiables?)\b"
)
_OF_THE_DATA = cues.compile(
    r"\b(?:imports?|importe\w*|importation\w*|donnees|fichiers?|chargement\w*|extraction\w*)\b"
)
_DUPLICATES = cues.plain(r"\b(?:doublons?|en double|deux fois|dedoublonn\w*|repete\w*)\b")


@dataclass(frozen=True, slots=True)
class WarningsAsked:
    duplicates: bool  # only the numbers printed twice


# Pieces of those words, accents aside: a message holding none asks nothing of them (most
# messages, answered at once).
_STEMS = (
    "anomal", "avertis", "warning", "coh", "doublon", "double", "erreur", "cloche", "probl",
    "souci", "bizarr", "anormal", "faux", "fauss", "rifi", "contr", "qualit", "import",
)  # fmt: skip


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def warnings_asked(text: str) -> WarningsAsked | None:
    """Whether a message asks for the import warnings (and which), or None."""
    low = text.lower()
    if not any(stem in low for stem in _STEMS):
        return None
    folded = " ".join(re.findall(r"\w+", fold(text)))
    if not (_WARNINGS.search(folded) or (_LOOSE.search(folded) and _OF_THE_DATA.search(folded))):
        return None
    return WarningsAsked(duplicates=bool(_DUPLICATES.search(folded)))
