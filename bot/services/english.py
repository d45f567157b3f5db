"""A question typed in English, put in French when its words are the council's few (« who was
present at the last bureau? » → « qui était présent au dernier bureau ? »), so that the
assistant, which answers in French, says so and answers what was understood.

One vocabulary, here: English phrases and their French, the longest read first; the English
small words that carry nothing once the phrases are read (« the », « was », « please ») left
out. A message with an English word left over is not put in French (the caller then only says
that the assistant answers in French): a guess is never answered as if it were the question.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storage import cues
from storage.names import fold

# English phrase → French, on folded text (lower case, no accents, punctuation as spaces)
_PHRASES: dict[str, str] = {
    "who was present": "qui était présent",
    "who were present": "qui était présent",
    "who attended": "qui était présent",
    "who attended the": "qui était présent au",
    "who was there": "qui était présent",
    "who was absent": "qui était absent",
    "who were absent": "qui était absent",
    "who was excused": "qui était excusé",
    "who chaired": "qui présidait",
    "who presided over": "qui présidait",
    "who presided": "qui présidait",
    "who was the chair": "qui présidait",
    "who was chairing": "qui présidait",
    "who gave a proxy": "qui a donné pouvoir",
    "who gave proxies": "qui a donné pouvoir",
    "who carried a proxy": "qui portait un pouvoir",
    "who held a proxy": "qui portait un pouvoir",
    "how many deliberations": "combien de délibérations",
    "how many decisions": "combien de délibérations",
    "how many resolutions": "combien de délibérations",
    "how many proxies": "combien de pouvoirs",
    "how many members": "combien de membres",
    "how many votes against": "combien de voix contre",
    "how many abstentions": "combien d'abstentions",
    "how many people": "combien de présents",
    "how many present": "combien de présents",
    "how many absent": "combien d'absents",
    "most contested deliberation": "délibération la plus contestée",
    "most contested decision": "délibération la plus contestée",
    "most contested vote": "délibération la plus contestée",
    "most contested": "délibération la plus contestée",
    "least contested deliberation": "délibération la moins contestée",
    "least contested": "délibération la moins contestée",
    "closest vote": "vote le plus serré",
    "most abstentions": "délibération avec le plus d'abstentions",
    "most votes against": "délibération avec le plus de voix contre",
    "was there a quorum": "le quorum était-il atteint",
    "was the quorum reached": "le quorum était-il atteint",
    "the quorum": "le quorum",
    "when is the next council": "quand est le prochain conseil",
    "when is the next bureau": "quand est le prochain bureau",
    "when is the next board meeting": "quand est le prochain bureau",
    "when is the next meeting": "quand est la prochaine séance",
    "the last board meeting": "le dernier bureau",
    "the last bureau": "le dernier bureau",
    "the last council": "le dernier conseil",
    "the last meeting": "la dernière séance",
    "the next council": "le prochain conseil",
    "the next bureau": "le prochain bureau",
    "the next meeting": "la prochaine séance",
    "last bureau": "dernier bureau",
    "last council": "dernier conseil",
    "last meeting": "dernière séance",
    "the vote on": "le vote sur",
    "the vote of the": "le vote sur le",
    "the vote of": "le vote de",
    "the votes on": "le vote sur",
    "deliberations on": "délibérations sur",
    "deliberations about": "délibérations sur",
    "decisions on": "délibérations sur",
    "decisions about": "délibérations sur",
    "deliberation": "délibération",
    "deliberations": "délibérations",
    "decisions": "délibérations",
    "resolutions": "délibérations",
    "who voted against": "qui a voté contre",
    "who voted for": "qui a voté pour",
    "who abstained": "qui s'est abstenu",
    "what was decided": "quelles délibérations",
    "what did the council decide": "quelles délibérations du conseil",
    "what did the bureau decide": "quelles délibérations du bureau",
    "the budget": "le budget",
    "budget": "budget",
    "bureau": "bureau",
    "council": "conseil",
    "january": "janvier",
    "february": "février",
    "march": "mars",
    "april": "avril",
    "may": "mai",
    "june": "juin",
    "july": "juillet",
    "august": "août",
    "september": "septembre",
    "october": "octobre",
    "november": "novembre",
    "december": "décembre",
    "yesterday": "hier",
    "last week": "la semaine dernière",
    "last month": "le mois dernier",
    "last year": "l'an dernier",
    "this year": "cette année",
    "at the": "au",
    "in": "en",
    "at": "à",
    "on": "le",
}
# English words that say nothing once the phrases are read
_FILLER = frozenset(
    [
        "what",
        "which",
        "was",
        "were",
        "is",
        "are",
        "the",
        "did",
        "does",
        "do",
        "please",
        "thanks",
        "thank",
        "you",
        "hello",
        "hi",
        "could",
        "can",
        "tell",
        "me",
        "show",
        "list",
        "give",
        "a",
        "an",
        "there",
    ]
)
# What is kept as typed: numbers, deliberation numbers (« 2024.00417 », « d24 »); a name
# capitalised past the first word (« Berger ») is kept by `in_french`
_KEPT = cues.plain(r"^(?:\d[\d.]*|[a-z]+\d[\w.]*)$")

_PHRASE = cues.plain(
    r"\b(?:"
    + "|".join(re.escape(p) for p in sorted(_PHRASES, key=lambda p: (-len(p), p)))
    + r")\b"
)


@lru_cache(maxsize=256)  # pure: once per text typed
def in_french(text: str) -> str | None:
    """The English question in French, or None when one of its words is not the council's few
    (a name, capitalised past the first word, and numbers are kept as typed)."""
    typed = [w.strip(".") for w in re.findall(r"[\w.]+", text)]
    # (said back as typed: « le vote de Berger », never « berger »)
    names = {fold(w): w for w in typed[1:] if w[:1].isupper()}
    folded = " ".join(w if w[:1].isdigit() else fold(w) for w in typed if w)
    phrases = list(_PHRASES)
    # each phrase read stands as one token (« #3 »), so that no English word left over is
    # taken for the French one it looks like (« vote », « present »)
    said = _PHRASE.sub(lambda m: f" #{phrases.index(m.group(0))} ", folded)
    out: list[str] = []
    for word in said.split():
        if word.startswith("#"):
            out.append(_PHRASES[phrases[int(word[1:])]])
        elif word in names:
            out.append(names[word])
        elif _KEPT.match(word):
            out.append(word)
        elif word not in _FILLER:
            return None
    if not any(w.startswith("#") for w in said.split()):
        return None
    return " ".join(out) + " ?"
