"""A short follow-up that names one field of the act just shown: « et le budget ? », « la
matière ? », « qui rapportait ? », « c'était sur quoi ? », « quel conseil ? », « et la date ? ».

Such a message has no topic of its own: every word of it is the field's, or the small words
a question is made of (« et », « c'était », « quel », « elle »…). It is read as the field of
the act in talk, never searched for « budget » or « matière » among every act. A message with
any other word (« le budget 2022 », « la matière des délibérations sur l'eau ») is not one.
Knows French and nothing of the store or of Telegram.
"""

from __future__ import annotations

import enum
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from storage import cues
from storage.names import fold


class ActField(enum.StrEnum):
    MATTER = "matter"  # the SCDL matter (« COMMANDE PUBLIQUE »)
    BUDGET = "budget"  # the budget the act is charged to
    REPORTER = "reporter"  # who reported it
    TOPIC = "topic"  # what it is about: its title and decisions
    BODY = "body"  # which body voted it, at which sitting
    WHEN = "when"  # the day it was voted
    TEXT = "text"  # where its whole text is: « le texte complet ? », « t'as le lien ? »


# Each field's own words, folded; a stem ends with « * ».
_FIELD_WORDS: dict[ActField, tuple[str, ...]] = {
    ActField.MATTER: (
        "matiere*",
        "domaine*",
        "thematique*",
        "theme",
        "themes",
        "categorie*",
        "rubrique*",
        "secteur*",
        "nomenclature",
        "classee",
        "classe",
        "classement",
    ),
    ActField.BUDGET: ("budget*", "imput*", "ligne", "lignes", "chapitre*"),
    # « présent » alone is a presence (« qui était présent ? »): the verb's forms only
    ActField.REPORTER: (
        "rapport*",
        "presentait",
        "presentee",
        "presenter",
        "presentes",
        "presente",
        "defend*",
        "porte",
        "portee",
    ),
    ActField.TOPIC: ("quoi", "parl*", "concern*", "traite*", "porte", "portait", "objet"),
    ActField.BODY: (
        "conseil",
        "bureau",
        "instance",
        "organe",
        "assemblee",
    ),
    ActField.WHEN: ("quand", "date", "jour", "kand", "qand", "kan"),
    ActField.TEXT: (
        "texte*",
        "integral*",
        "complet*",
        "entier*",
        "lien*",
        "pdf",
        "url",
        "document*",
        "doc",
        "docs",
        "lire",
        "consult*",
        "telecharg*",
        "version",
        "original*",
        "publie*",
        "enligne",  # « elle est en ligne ? » (« ligne » alone is a budget's)
        "dispo*",  # « elle est dispo où ? », « disponible où ? »
        "internet",
        "site*",
        "web",
        "trouve*",
        "ou",
        "avoir",
        "peux",
        "pourrais",
        "as",
        "aurais",
        "envoi*",
        "montr*",
        "donn*",
        "je",
        "j",
    ),
}
# What a short question is made of besides its field.
_SMALL = frozenset(
    """
    et mais alors donc ok sinon puis euh bon ah au fait juste exactement precisement deja
    le la les l son sa ses leur quel quelle quels quelles c ce cela ca est etait etaient
    elle il ils elles a ete avait de du des d en sur dans par pour qui que qu comment quoi
    s agit agissait y on svp stp merci cette celle ci ce cet delib deliberation acte
    lui nous vous tu t me m dossier projet point vers
    """.split()  # noqa: SIM905
)
# A field read only with its question word: « quel conseil ? » (not « le conseil »), « c'était
# sur quoi ? », « qui rapportait ? ».
_NEEDS = {
    ActField.BODY: cues.plain(r"\b(?:quel|quelle|lequel|laquelle)\b"),
    ActField.TOPIC: cues.plain(
        r"\b(?:sur quoi|de quoi|quoi au juste|quel objet|l objet|son objet|ca concerne quoi"
        r"|concern\w* quoi|traite\w* de quoi|port\w* sur quoi)\b"
    ),
    ActField.REPORTER: cues.plain(
        r"\brapport|\bdefend|\bpresentait\b|\bqui (?:l )?(?:a|avait) (?:presente|porte)"
        r"|\bpresentee? par qui\b"
    ),
    ActField.WHEN: cues.plain(r"\b(?:quand|kand|qand|kan|date|quel jour)\b"),
    ActField.TEXT: cues.plain(
        r"\b(?:textes?|liens?|pdf|url|documents?|docs?|integral\w*|telecharg\w*|consult\w*"
        r"|lire|enligne|internet|site\w*|web)\b"
        # « elle a été publiée où ? », « où est-elle publiée ? »: where its text is
        r"|\bpubliee?s? (?:ou|sur)\b|\bou\b.*\bpubliee?s?\b"
        # « elle est dispo où ? », « où est-elle disponible ? »
        r"|\bdispo\w* (?:ou|sur)\b|\bou\b.*\bdispo\w*"
    ),
}
# The verbs of a vote, small words only beside a field they do not ask (« votée quand ? »,
# « adoptée par quel conseil ? »); « le budget a-t-il été voté ? » asks the vote itself.
_VOTED = frozenset(
    "vote votee votes votees adopte adoptee decide decidee approuve approuvee passe passee".split()  # noqa: SIM905
)
_VOTED_BESIDE = frozenset((ActField.BODY, ActField.WHEN))
_WORD = cues.plain(r"[^\W_]+")
_ONLINE = cues.plain(r"\ben ligne\b")
MAX_WORDS = 8


def _holds(stems: tuple[str, ...], word: str) -> bool:
    return any(word.startswith(s[:-1]) if s.endswith("*") else word == s for s in stems)


# The fields' words as typed with a slip (« matire », « budjet », « raporteur »): one letter
# off, two in a long word, the first letter right.
_SLIPPED_FROM = frozenset(
    """
    matiere budget budgetaire rapporteur rapporteuse rapportait rapporte rapportee domaine
    thematique categorie rubrique imputation imputee chapitre presentait presentee
    """.split()  # noqa: SIM905
)


def _unslipped(word: str) -> str:
    if word in _SMALL or len(word) < 5:
        return word
    for known in _SLIPPED_FROM:
        reach = 1 if len(known) < 8 else 2
        if word[0] == known[0] and Levenshtein.distance(word, known, score_cutoff=reach) <= reach:
            return known
    return word


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def act_field_asked(text: str) -> ActField | None:
    """The one field of an act a short message asks, if that is all it asks."""
    folded = _ONLINE.sub("enligne", fold(text))
    words = _WORD.findall(folded)
    if not words or len(words) > MAX_WORDS or any(w.isdigit() for w in words):
        return None
    words = [_unslipped(w) for w in words]
    simple = " ".join(words)
    found: ActField | None = None
    for field, stems in _FIELD_WORDS.items():
        own = [w for w in words if _holds(stems, w)]
        if not own:
            continue
        small = _SMALL | _VOTED if field in _VOTED_BESIDE else _SMALL
        if any(w not in small and not _holds(stems, w) for w in words):
            continue
        if (need := _NEEDS.get(field)) is not None and not need.search(simple):
            continue
        found = field
        break
    return found
