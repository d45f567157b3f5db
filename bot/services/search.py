"""Accent- and case-insensitive word search over deliberations and funded actions, in memory.

Texts are folded and tokenised once, when the index is built; a query is a few dictionary and
bisect look-ups. Title words weigh more than body words.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable

from storage.names import fold

TITLE_WEIGHT = 3
MIN_PREFIX = 4  # « solidar » finds « solidarités »; shorter stems match too much
_IGNORED = frozenset(
    """
    a au aux d de des du en et l la le les un une pour par sur dans avec qui que quoi
    quel quelle quels quelles combien est sont ce cette ces delib deliberation
    deliberations decision decisions action actions montre liste cherche trouve
    met mettent verse versent donne donnent apporte apportent touche touchent coute coutent
    paye payent paie finance financent combien dans ce cet cette programme va vont ou
    argent beneficiaire beneficiaires subventionne subventionnee subventionnes ete
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


# fold() already splits on hyphens and apostrophes (« Roche-la-Molière », « l'eau »); a slash
# joins two words too (« médiatrices/médiateurs »), as do parentheses and other punctuation.
_WORD_BREAKS = re.compile(r"[^\w]+")


# Acronyms council members type for what titles spell out.
_ACRONYMS = {
    "dsp": "service public",
    "cfe": "cotisation fonciere entreprises",
    "teom": "taxe enlevement ordures menageres",
    "dob": "debat orientation budgetaire",
    "rob": "rapport orientation budgetaire",
    "bp": "budget primitif",
    "plui": "plan local urbanisme intercommunal",
    "pluih": "plan local urbanisme intercommunal habitat",
    "plh": "programme local habitat",
    "spr": "site patrimonial remarquable",
    "cls": "contrat local solidarites",
    "plu": "plan local urbanisme",
    "scot": "schema coherence territoriale",
    "pcaet": "plan climat air energie territorial",
}


def words_of(text: str) -> list[str]:
    words = []
    for w in _WORD_BREAKS.split(fold(text)):
        if not w or w in _IGNORED or (len(w) < 2 and not w.isdigit()):
            continue
        words.extend(_ACRONYMS.get(w, w).split())
    return words


class TextIndex:
    def __init__(self, documents: Iterable[tuple[int, str, str]]) -> None:
        """documents: (id, title, body)."""
        self._postings: dict[str, dict[int, int]] = defaultdict(dict)
        for doc_id, title, body in documents:
            for weight, text in ((1, body), (TITLE_WEIGHT, title)):
                for word in set(words_of(text)):
                    postings = self._postings[word]
                    postings[doc_id] = max(postings.get(doc_id, 0), weight)
        self._vocabulary = sorted(self._postings)

    def _matches(self, word: str) -> dict[int, int]:
        found = dict(self._postings.get(word, {}))
        # « transports » finds « transport »: a plural typed, a singular printed (or back).
        if len(word) > MIN_PREFIX and word[-1] in "sx":
            for doc_id, weight in self._postings.get(word[:-1], {}).items():
                found[doc_id] = max(found.get(doc_id, 0), weight)
        if len(word) >= MIN_PREFIX:
            start = bisect.bisect_left(self._vocabulary, word)
            for other in self._vocabulary[start:]:
                if not other.startswith(word):
                    break
                for doc_id, weight in self._postings[other].items():
                    found[doc_id] = max(found.get(doc_id, 0), weight)
        return found

    def search(self, query: str, limit: int = 10) -> list[int]:
        """Documents with every word first, then those with most words, best score first."""
        words = words_of(query)
        if not words:
            return []
        scores: dict[int, int] = defaultdict(int)
        hits: dict[int, int] = defaultdict(int)
        for word in words:
            for doc_id, weight in self._matches(word).items():
                scores[doc_id] += weight
                hits[doc_id] += 1
        ranked = sorted(scores, key=lambda d: (-hits[d], -scores[d], -d))
        return ranked[:limit]

    def matches_all(self, query: str) -> list[int]:
        words = words_of(query)
        if not words:
            return []
        sets = [set(self._matches(w)) for w in words]
        return sorted(set.intersection(*sets))
