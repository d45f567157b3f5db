"""Accent- and case-insensitive word search over deliberations and funded actions, in memory.

Texts are folded and tokenised once, when the index is built; a query is a few dictionary and
bisect look-ups. Title words weigh more than body words.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache, partial

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel, Levenshtein

from storage import cues
from storage.names import fold

TITLE_WEIGHT = 3
_SCALE = 2  # a word's weight, doubled so that a topic's other word can weigh one less
MIN_PREFIX = 4  # « solidar » finds « solidarités »; shorter stems match too much
_IGNORED = frozenset(
    """
    a au aux d de des du en et l la le les un une pour par sur dans avec qui que quoi
    quel quelle quels quelles combien est sont ce cette ces delib deliberation
    deliberations decision decisions action actions montre liste cherche trouve
    met mettent verse versent donne donnent apporte apportent touche touchent coute coutent
    paye payent paie finance financent combien dans ce cet cette programme va vont ou
    argent beneficiaire beneficiaires subventionne subventionnee subventionnes ete
    quelque chose choses truc trucs parle parlent parlant concerne concernent concernant
    propos sujet sujets rien tout tous toutes ya vote votee votees votes voter
    lie lies liee liees relatif relatifs relative relatives rapport autour traitant traite
    traitent touchant thematique thematiques theme themes question questions dossier dossiers
    cout couts montant montants structure structures organisme organismes porteur porteurs
    fiche fiches detail details contribution contributions cote coin niveau exactement
    precisement delibere deliberer deliberes deliberee parle evoque evoquee aborde abordee
    opposition oppositions oppose opposes opposee opposees contre abstention abstentions
    abstenu abstenus unanimite adopte adoptee adoptees rejete rejetee rejetees resultat
    resultats scrutin voix
    ont pris prise prises passe passee passees passes adoptes approuve approuvee approuvees
    approuves examine examinee examinees examines decide decidee decidees decides acte actee
    actees prononce votes score scores decompte rattache rattachee rattachent rattaches releve
    relevent inscrit inscrite inscrits inscrites matiere matieres domaine domaines comme
    nom noms abstentionniste abstentionnistes auriez avez pourriez pourrais sauriez voudriez
    je j crois pense sais rappelle souviens deja disait dit etait etaient avait ca cela
    elle il on voudrais veux savoir tout mis metropole recu recue recus recues total
    percu percue percus percoit recoit obtenu obtient alloue allouee attribue attribuee
    depense depensee depensees depenser investi investie investis investit investir
    afferent afferente afferents afferentes dlb dlbs delibe delibes delibs
    connu connue connus connues existant existante existants existantes actuel actuelle
    actuels actuelles enregistre enregistree enregistres enregistrees
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


# Words every act may hold that name no topic of their own: « la loi NOTRe » (« NOTRe » read
# as « notre »), « la séance », « le conseil »; a search on them alone lists acts that merely
# contain the word. Left out of a topic (« tout sur la loi Climat » is « climat »); nothing
# else left, nothing is searched. (« le code général des collectivités » is one: kept.)
GENERIC = frozenset(
    """
    loi lois legislation legislatif legislative texte textes article articles decret decrets
    ordonnance ordonnances reglementation juridique juridiquement seance seances reunion
    reunions session sessions conseil conseils bureau bureaux assemblee assemblees instance
    instances organe organes intercommunalite intercommunalites definition definitions
    signification sens veut dire signifie exactement precisement
    """.split()  # noqa: SIM905
)


# Words that say what sort of thing or body the topic is (« l'asso AESIO », « la mutuelle qui
# porte les médiatrices », « le projet de médiation santé »), not what it is about: one that
# no text prints is left out of a topic of several words, never taken for its head.
KIND_WORDS = frozenset(
    """
    asso assos association associations mutuelle mutuelles organisation organisations
    entreprise entreprises societe societes collectif collectifs fondation fondations
    partenaire partenaires operateur operateurs prestataire prestataires entite entites
    etablissement etablissements federation federations cooperative cooperatives
    projet projets dispositif dispositifs operation operations initiative initiatives
    """.split()  # noqa: SIM905
)


def meaningful(words: str) -> str:
    """The words of a topic that are not GENERIC (« loi climat » → « climat »), folded."""
    return " ".join(w for w in fold(words).split() if w not in GENERIC)


# fold() already splits on hyphens and apostrophes (« Roche-la-Molière », « l'eau »); a slash
# joins two words too (« médiatrices/médiateurs »), as do parentheses and other punctuation.
_WORD_BREAKS = cues.plain(r"[^\w]+")


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
    "aura": "auvergne rhone alpes",
}


# Ordinals as people type them (« 3e tranche », « 2ème ») and as titles print them
# (« TROISIÈME TRANCHE »): one word for both, on the documents' side and the question's.
_ORDINALS = {
    1: "premier", 2: "deuxieme", 3: "troisieme", 4: "quatrieme", 5: "cinquieme",
    6: "sixieme", 7: "septieme", 8: "huitieme", 9: "neuvieme", 10: "dixieme",
}  # fmt: skip
_ORDINAL_WORDS = {"premiere": "premier", "second": "deuxieme", "seconde": "deuxieme"}
_ORDINAL = cues.plain(r"^(\d{1,2})(?:e|eme|ieme|er|ere|nd|nde|de)$")

# What members call a topic and what the texts call it: one group, any of its words found.
_TOPIC_GROUPS = (
    "transport mobilite deplacement",
    "dechet ordure collecte recyclage dechetterie poubelle encombrant tri",
    "piscine aquatique nautique baignade",
    "velo cyclable cycliste bicyclette",
    "logement habitat hlm bailleur",
    # (« eaux » alone is the drinking water's word too: only « eaux usées / pluviales » are
    # the sewers', read as a phrase below)
    "assainissement pluviale egout",
    "voirie route chaussee trottoir circulation",
    "sante medical medecin hopital soin",
    "emploi insertion chomage chomeur",
    "culture culturel musee theatre spectacle bibliotheque mediatheque",
    "sport sportif sportive",
    "ecole scolaire scolarisation scolarite eleve",
    "energie energetique electricite electrique chauffage",
    "numerique internet",
    "impot impots taxe fiscalite fiscal cotisation",
    "mutuelle mutualite",
    # members' everyday words for what the texts say in administrative ones
    "handicap handicape invalide invalidite",
    "malvoyant aveugle cecite nonvoyant voyant visuel",
    "malentendant sourd surdite auditif",
    "senior age vieillesse vieillissement ehpad retraite gerontopole",
    "enfant enfance petit bambin",
    "jeune jeunesse ado adolescent",
    "creche garderie",
    "environnement ecologie ecologique climat climatique pollution",
    "stationnement parking garer",
    "securite police videoprotection camera",
    "argent financement subvention aide",
    "dette endettement emprunt",
    "crematorium funeraire funebre funerarium cimetiere obseques",
    "parc jardin vert",
    "arbre vegetalisation plantation",
    "enfouissement dissimulation enterrement",
)
# The general word finds the particular, not back: « le tramway » is not every transport.
_NARROWER = {
    "transport": "tramway tram bus autobus trolleybus stas",
    "mobilite": "tramway tram bus autobus trolleybus stas velo cyclable",
    "sport": "stade gymnase piscine",
    # « les handicapés » finds the acts about children who are « déficients visuels »
    "handicap": "visuel malvoyant aveugle auditif sourd autisme autiste",
    "handicape": "visuel malvoyant aveugle auditif sourd autisme autiste",
    "environnement": "arbre vegetalisation biodiversite",
}
# The particular finds the general that covers it: a vote on the bus network is a vote on
# « transport urbain » (the general word does not find every particular, above).
_BROADER = {
    "bus": "transport", "autobus": "transport", "tram": "transport", "tramway": "transport",
    "trolleybus": "transport", "stas": "transport", "metro": "transport", "cyclable": "velo",
}  # fmt: skip
_SYNONYMS = {
    word: tuple(group.split()) + tuple(_NARROWER.get(word, "").split())
    for group in _TOPIC_GROUPS
    for word in group.split()
}
for _word, _general in _BROADER.items():
    _SYNONYMS[_word] = (_word, *_SYNONYMS.get(_general, (_general,)))
# Phrases that are one topic: « transports en commun » is not about « commun(es) ».
_PHRASES = (
    (cues.plain(r"\btransports? (?:en )?(?:commun|collectifs?|publics?|urbains?)\b"), "transport"),
    (cues.plain(r"\b(?:pistes? cyclables?|deux roues|modes? doux|mobilites? douces?)\b"), "velo"),
    # « personnes en situation de handicap », « à mobilité réduite », « PMR »
    (
        cues.plain(
            r"\b(?:(?:personnes? )?(?:en )?situations? (?:de )?handicaps?"
            r"|(?:personnes? )?(?:a )?mobilite reduite|pmr|porteurs? (?:de |d )?handicaps?)\b"
        ),
        "handicap",
    ),
    (cues.plain(r"\b(?:mal|non) ?voyants?\b|\bdeficien\w* visuel\w*\b"), "malvoyant"),
    (cues.plain(r"\b(?:mal|non) ?entendants?\b|\bdeficien\w* auditi\w*\b"), "malentendant"),
    (cues.plain(r"\bpersonnes? agees?\b|\btroisieme age\b"), "senior"),
    (cues.plain(r"\bpetite enfance\b"), "creche"),
    (cues.plain(r"\beaux (?:usees|pluviales|residuaires)\b"), "assainissement"),
    (cues.plain(r"\bchauffage urbain\b|\breseaux? (?:de )?chaleur\b"), "chaleur"),
    (cues.plain(r"\bespaces? verts?\b"), "parc"),
)
# A word typed with a slip (« budjet », « aessio ») finds the printed one this close (0-100).
FUZZY_SCORE = 80
FUZZY_MIN_LENGTH = 5
# Words a text prints that are no topic of their own: a slip of the keyboard never lands on
# them (« voiture » is not « voire », an open-data subject field's typo for « voirie »).
FUNCTION_WORDS = frozenset(
    """
    voire ainsi alors aussi autre autres avant apres cette celle celles celui ceux comme
    entre leurs notamment selon depuis pendant toute toutes encore memes moins lorsque
    lorsqu puisque quand quelque quelques chaque parmi durant environ dessus dessous enfin
    egalement plusieurs certain certains certaine certaines auquel auxquels duquel lequel
    laquelle lesquels lesquelles desquels ailleurs toujours jamais ensuite afin cependant
    toutefois neanmoins pourtant outre dont donc avoir etre sera seront serait peut peuvent
    pourra pourront doit doivent faire fait faite faits sont etait ayant etant vers
    chez sans sous leur nous vous elles ceci cela celui ladite ledit lesdits lesdites
    susvise susvisee susvises presente present presents suivant suivante suivants suivantes
    """.split()  # noqa: SIM905
)
# What an answer that found nothing offers instead: title words this close to a word asked
# (0-100, same first letter), and how many topics at most.
NEAR_SCORE = 75
NEAR_SHOWN = 5
# A word this many letters off the printed one (or two swapped) is a slip of the keyboard
# (« budjet », « desing »), the word meant; further off, only an approaching word (« voiture »,
# « voirie »), said as such.
SLIP_EDITS = 1
# A short question naming a topic word that no text holds is about something the store does
# not hold: say so, rather than list texts that share only its other words (« la piscine de
# Saint-Chamond » is not about Saint-Chamond's other works). A long message keeps its loose
# matches: some of its words are only the way it is said.
HONEST_TERMS = 4


# Derivation, not only inflection: « chômage » and « chômeurs », « forestier » and « forêt »,
# « handicapés » and « handicap » share a root once these endings are cut (longest first);
# so do a noun and its agent or verb: « délégation », « délégataire », « déléguer »;
# « subvention », « subventionner »; « rénovation », « rénover »; « urbanisme »,
# « urbanisation »
_DERIVED_ENDINGS = tuple(
    sorted(
        """
        ications ication ations ation ements ement ments ment euses euse iees iee ies ie
        eurs eur ieres iere iers ier ages age
        istes iste ismes isme iques ique elles elle ites ite ales ale aux al es e s x
        ataires ataire aires aire isations isation iser ises ise
        ionner ionnes ionnees ionnee ionne ions ion ers er irs ir
        """.split(),  # noqa: SIM905
        key=len,
        reverse=True,
    )
)
MIN_ROOT = 4
LONG_ROOT = 6  # a root this long, with a verb's ending, is one family's word
_VERB_ENDINGS = frozenset(
    "ir er re e es ent ee ees u us ue ues it ait aient ant ons ez era ira".split()  # noqa: SIM905
)


def root(word: str) -> str:
    """The word without its derivational ending, when at least MIN_ROOT letters are left."""
    for ending in _DERIVED_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT:
            # « délégué », « déléguer » and « délégation »: the « u » only keeps the g hard
            # before an e, the root is one
            stem = word[: -len(ending)]
            return stem[:-1] if stem.endswith("gu") else stem
    return word


_VOWEL_THEN_CONSONANT = cues.plain(r"(?<=[aeiou])(?=[tpcmlnr])")


def _lost_s(word: str) -> list[str]:
    """A circumflex often stands for an s French lost (« forêt »/« forestier », « hôpital »/
    « hospitalier »): once accents are folded, the forms with that s put back."""
    return [
        word[: m.start()] + "s" + word[m.start() :] for m in _VOWEL_THEN_CONSONANT.finditer(word)
    ]


# A deliberation number typed with a space or a comma (« 2022 00116 », « 2022,00112 ») or
# without its year (« la 00059 »): the words are a year and a five-digit sequence.
_SEQUENCE = cues.plain(r"^\d{5}$")
_YEAR = cues.plain(r"^(?:19|20)\d{2}$")


# « le crématorium ou le musée », « santé ou médiation »: « où » (where) keeps its accent
_OR = cues.plain(r"(?i)(?<!\w)(?:ou bien|ou alors|ou encore|ou)(?!\w)")


def topics_or(text: str, words: str) -> list[tuple[str, str]]:
    """The topics a question says one « ou » another, each as the words of `words` it holds
    and the part of the text that says it (« des délibs sur le crématorium ou le musée ? »:
    « crematorium », « musee »); none when « ou » does not stand between topic words."""
    return _topics_of(_OR.split(text), words)


# « les délibs sur l'eau et sur le transport »: two topics said one « et » the other
_AND = cues.plain(r"(?i)(?<!\w)(?:et aussi|et puis|et)(?!\w)")


def topics_and(text: str, words: str) -> list[tuple[str, str]]:
    """The topics a question says one « et » another (« l'eau et le transport »), as
    `topics_or`; asked only when no act holds every word (« musée d'art moderne et
    contemporain » is one topic)."""
    return _topics_of(_AND.split(text), words)


def _topics_of(parts: list[str], words: str) -> list[tuple[str, str]]:
    """Each part's words of `words`, when every part has some and all are used."""
    if len(parts) < 2:
        return []
    wanted = words.split()
    topics: list[tuple[str, str]] = []
    used: set[str] = set()
    for part in parts:
        said = set(words_of(part)) | set(re.findall(r"\w+", fold(part)))  # « PLH » as typed
        topic = [w for w in wanted if w in said and w not in used]
        if not topic:
            return []  # « c'est où ? », « présent ou pas ? »: no topic on one side
        used.update(topic)
        topics.append((" ".join(topic), part))
    if len(used) != len(set(wanted)):
        return []
    return topics


def typed_number(words: Iterable[str]) -> tuple[str | None, str] | None:
    """(year or None, sequence) when the words hold a five-digit deliberation sequence."""
    words = list(words)
    sequence = next((w for w in words if _SEQUENCE.match(w)), None)
    if sequence is None:
        return None
    return next((w for w in words if _YEAR.match(w)), None), sequence


# « la 3e tranche », « TROISIÈME TRANCHE », « tranche 3 »: the part and its number as one
# more word (« tranche3 »), on both sides, so that the CLS's third tranche is not found for
# « la deuxième tranche » (its text says « second » elsewhere) nor « la tranche 4 » (a number
# no text holds, left out as a mere qualifier otherwise).
_NUMBER_OF = {word: number for number, word in _ORDINALS.items()} | {
    "premiere": 1,
    "second": 2,
    "seconde": 2,
}
_PART_NAMES = r"(tranche|phase|volet|etape|lot)s?"
_PART_AFTER = cues.plain(
    r"\b(?:(\d{1,2})(?:e|eme|ieme|er|ere|nd|nde|de)|("
    + "|".join(_NUMBER_OF)
    + r"))\W+"
    + _PART_NAMES
    + r"\b"
)
_PART_TOKEN = cues.plain(r"^(?:tranche|phase|volet|etape|lot)\d+$")


def part_tokens(text: str) -> list[str]:
    """The numbered parts a text names (« la 3e tranche » → « tranche3 »), read around each
    part's name only."""
    folded = fold(text)
    found: list[str] = []
    for part in _A_PART.finditer(folded):
        around = folded[max(part.start() - 16, 0) : part.end() + 24]
        found += [
            f"{m.group(3)}{int(m.group(1)) if m.group(1) else _NUMBER_OF[m.group(2)]}"
            for m in _PART_AFTER.finditer(around)
        ]
        found += [f"{m.group(1)}{int(m.group(2))}" for m in _NUMBERED_PART.finditer(around)]
    return list(dict.fromkeys(found))


@lru_cache(maxsize=1024)  # pure, its answer immutable: a title is read at each follow-up on it
def named_terms(text: str) -> frozenset[str]:
    """The terms a title names, as a question's words are compared with them: each word's
    root, and its numbered parts (« la 3e tranche » → « tranche3 »)."""
    return frozenset({root(w) for w in words_of(text)} | set(part_tokens(text)))


def _normal(word: str) -> str:
    if match := _ORDINAL.match(word):
        return _ORDINALS.get(int(match.group(1)), word)
    return _ORDINAL_WORDS.get(word, word)


def topic_said(words: str) -> str:
    """The words of a topic that carry it, as given (« choses eau potable » → « eau
    potable »): what an answer says it looked for; the words themselves when none is left."""
    kept = [w for w in words.split() if fold(w) not in _IGNORED]
    return " ".join(kept) or words


def as_typed(text: str, words: str) -> str:
    """The topic as the member wrote it in `text` (« ordures ménagères », « la Région »), for a
    sentence that says what was looked for; the folded words when they cannot be found."""
    wanted = set(topic_said(words).split())  # never « quelque chose », « des choses »
    tokens = [(m, fold(m.group(0))) for m in re.finditer(r"\w+", text)]
    hits = [i for i, (_, folded) in enumerate(tokens) if folded in wanted]
    if not hits:
        return words
    first, last = hits[0], hits[-1]
    if last - first + 1 <= len(hits) + 3:  # a few small words between: one phrase
        return text[tokens[first][0].start() : tokens[last][0].end()]
    return " ".join(tokens[i][0].group(0) for i in hits)


# « la tranche 3 », « TRANCHE N° 3 », « phase 2 »: a programme's part by its number, read as
# the ordinal before it (« 3e tranche », then « troisieme »), on both the documents' side and
# the question's, so « tranche 3 », « 3e tranche » and « troisième tranche » are one.
_NUMBERED_PART = cues.plain(
    r"\b(tranche|phase|volet|etape|lot)s?\W+(?:(?:n|no|numero)\W*)?(\d{1,2})\b(?!\W+(?:\d|h\b))"
)
_A_PART = cues.plain(r"\b(?:tranche|phase|volet|etape|lot)s?\b")


def words_of(text: str) -> list[str]:
    words: list[str] = []
    folded = fold(text)
    if _A_PART.search(folded):
        folded = _NUMBERED_PART.sub(r"\2e \1", folded)
    for w in _WORD_BREAKS.split(folded):
        if not w or w in _IGNORED or (len(w) < 2 and not w.isdigit()):
            continue
        # « PLH »: « local habitat », the words the index holds (« programme » it ignores)
        words.extend(_normal(part) for part in _ACRONYMS.get(w, w).split() if part not in _IGNORED)
    return words


# Words a question about people uses to sort them, or English ones that only repeat what the
# French around them asks (« list des absents du board »), or say « people »: never a member's
# name, and dropped.
# The words for members as people, of either gender: « quelles conseillères ont voté contre ? »
PEOPLE_WORDS = frozenset(
    """
    elu elus elue elues conseiller conseillers conseillere conseilleres membre membres personne
    personnes gens collegue collegues votant votants votante votantes
    """.split()  # noqa: SIM905
)
SORTING = PEOPLE_WORDS | frozenset(
    """
    ordre alphabetique alphabetiquement alphabet trie tries triee triees classe classes classement
    list board meeting members member who present absent july june was were the of on
    """.split()  # noqa: SIM905
)
# Words that filter people, never a member's name either: the filter is said not held.
NOT_NAMES = SORTING | frozenset(
    """
    femme femmes homme hommes sexe genre age ages jeune jeunes vieux parite commence commencent
    commencant lettre lettres nom noms prenom prenoms initiale commune communes ville villes
    maire maires groupe groupes parti partis
    """.split()  # noqa: SIM905
)


# The endings of French adjectives that qualify a noun (« social », « sociaux », « scolaire »,
# « énergétique », « collectif »): a word so ending after a topic's head only narrows it.
_QUALIFIER = cues.plain(
    r"^[a-z]{3,}(?:al|ale|als|ales|aux|el|elle|els|elles|ique|iques|if|ive|ifs|ives|aire"
    r"|aires|eux|euse|euses|ien|ienne|iens|iennes|ier|iere|iers|ieres|ain|aine|ains|aines)$"
)


# Acronyms, by the initials of the words they stand for (« plan local habitat »: « plh »)
_INITIALS = cues.plain(r"^[a-z]{2,}$")
# (three letters spell too many runs of words by chance: « RSA », « réseaux secs allée »; the
# acronyms of three letters members type are in _ACRONYMS)
ACRONYM_MIN = 4
ACRONYM_MAX = 6


def _as_acronym(query: str, printed: Callable[[str], bool]) -> str | None:
    """The query with a run of words whose initials spell an acronym, known or `printed` by
    some text, written as that acronym (« le plan local de l'habitat » → « plh », « opération
    programmée d'amélioration de l'habitat » → « opah »), or None."""
    words = [w for w in _WORD_BREAKS.split(fold(query)) if w and w not in _IGNORED]
    for size in range(ACRONYM_MAX, 2, -1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if not all(_INITIALS.match(w) for w in run):
                continue
            initials = "".join(w[0] for w in run)
            known = initials in _ACRONYMS and " ".join(run) != _ACRONYMS[initials]
            if known or (size >= ACRONYM_MIN and printed(initials)):
                return " ".join([*words[:start], initials, *words[start + size :]])
    return None


def _without_qualifiers(query: str) -> str | None:
    """The query without the adjectives that qualify its topic's head (« les logements
    sociaux à Farnay » → « logements Farnay »), or None when it has none."""
    words = [w for w in _WORD_BREAKS.split(fold(query)) if w and w not in _IGNORED]
    kept = [w for i, w in enumerate(words) if not (i and _QUALIFIER.match(w))]
    return " ".join(kept) if words_of(" ".join(kept)) and len(kept) < len(words) else None


_FIELD_WORDS = sorted(_SYNONYMS)


def _a_field_word(word: str) -> bool:
    """Whether a folded word is one of the topics members name (« tram », « école »)."""
    return word in _SYNONYMS or word.rstrip("sx") in _SYNONYMS


def _topic_word(word: str) -> bool:
    return len(word) >= 3 and word.isalpha()


def _most_held(found: list[dict[int, int]], head: dict[int, int] | None) -> int:
    """How many of the words one document holding the topic's head word holds at best: three
    words of four in one act (« chapitre budgétaire dépense AESIO ») is about that act; « la
    piscine de Saint-Chamond » is about no act that does not hold both."""
    hits: dict[int, int] = defaultdict(int)
    for docs in found:
        for doc_id in docs:
            if head is None or doc_id in head:
                hits[doc_id] += 1
    return max(hits.values(), default=0)


# A word's weight in a document's title, through its topic's other word at worst (a title
# weighs TITLE_WEIGHT, scaled twice, less one for a form and one for the topic).
_IN_A_TITLE = (TITLE_WEIGHT * _SCALE - 1) * _SCALE - 1


def _a_slip_of(typed: str, printed: str) -> bool:
    """Whether a typed word may be a slip for a printed one: a short word (« Lille »,
    « Paris ») only with a letter missing, added or two swapped, never another letter in its
    place (« ville », « parcs » are other words, not slips)."""
    if typed[:1] != printed[:1]:
        return False  # (« kestion » is not « gestion »: a slip rarely hits the first key)
    if len(typed) > FUZZY_MIN_LENGTH:
        return True
    return Indel.distance(typed, printed) <= 1 or (
        len(typed) == len(printed)
        and OSA.distance(typed, printed) < Levenshtein.distance(typed, printed)
    )


def _body_other(weight: int) -> bool:
    """Whether a word's weight in a document says it was found only in its body, through its
    topic's other word or a slip (one less than the word itself: odd), not in its title."""
    return weight % 2 == 1 and weight < _IN_A_TITLE


def _in_titles(terms: list[dict[int, int]], doc_id: int) -> int:
    """How many of a question's words a document's title holds (itself, a form or its topic's
    other word): an act whose title is about the topic (« Taux des taxes foncières » for « la
    fiscalité ») comes before one that only names it in its text or its open-data subject."""
    return sum(1 for docs in terms if docs.get(doc_id, 0) >= _IN_A_TITLE)


def _one_family(word: str, other: str) -> bool:
    """Whether two words share their first LONG_ROOT - 1 letters, one family's words
    (« énergie », « énergétique »): the act that prints one does cite the other."""
    size = LONG_ROOT - 1
    return len(word) >= size and word[:size] == other[:size]


# What an index keeps of the queries' terms (forgotten all at once past either): a common word
# (« métropole ») holds most documents, so a few thousand questions naming it would keep
# millions of entries
TERMS_KEPT = 1024  # queries
TERMS_ENTRIES_KEPT = 500_000  # documents listed under their words, every query together


# « letrat », « lhorme », « dargoire »: an elided article typed glued to the word after it
_GLUED_ARTICLE = cues.plain(r"[ld]([aeiouyh]\w{3,})")


def _glued_article(word: str) -> str:
    """The word without an elided article glued to it (« letrat »: « etrat »), else ""."""
    glued = _GLUED_ARTICLE.fullmatch(word)
    return glued.group(1) if glued else ""


class TextIndex:
    def __init__(self, documents: Iterable[tuple[int, str, str]]) -> None:
        """documents: (id, title, body)."""
        self._postings: dict[str, dict[int, int]] = defaultdict(dict)
        documents_seen = list(documents)
        for doc_id, title, body in documents_seen:
            for weight, text in ((1, body), (TITLE_WEIGHT, title)):
                for word in {*words_of(text), *part_tokens(text)}:
                    postings = self._postings[word]
                    postings[doc_id] = max(postings.get(doc_id, 0), weight)
        self._vocabulary = sorted(self._postings)
        self._documents = len(documents_seen)
        # each folded word as a text prints it (« voirie », « scolaire », « énergétique »); a
        # name, never printed in small letters and capitalised after a small word (« commune
        # de Firminy »), keeps its capital and may be offered alone (`_telling`)
        self._written: dict[str, str] = {}
        named: dict[str, str] = {}
        otherwise: dict[str, str] = {}  # printed only in capitals or capitalised: lowered
        for _, title, body in documents_seen:
            before = ""
            for written in re.findall(r"\w+", f"{title} {body}"):
                folded = fold(written)
                if written.islower():
                    self._written.setdefault(folded, written)
                else:
                    if written.istitle() and before.islower() and len(written) > 1:
                        named.setdefault(folded, written)
                    otherwise.setdefault(folded, written.lower())
                before = written
        self._names = frozenset(named) - set(self._written)
        for folded in self._names:
            self._written[folded] = named[folded]
        for folded, lowered in otherwise.items():
            self._written.setdefault(folded, lowered)
        self._roots: dict[str, list[str]] = defaultdict(list)
        for word in self._vocabulary:
            if word.isalpha():
                self._roots[root(word)].append(word)
        self._near: dict[str, str | None] = {}  # typed word -> closest printed word
        # query -> its terms and the documents holding each word itself (`_terms`)
        self._terms_kept: dict[str, tuple[list[dict[int, int]] | None, Counter[int]]] = {}
        self._terms_entries = 0  # the entries `_terms_kept` holds
        self._titled_words = [
            w
            for w, docs in self._postings.items()
            if len(w) >= FUZZY_MIN_LENGTH
            and w.isalpha()
            and w not in FUNCTION_WORDS
            and TITLE_WEIGHT in docs.values()
        ]
        # what a slip of the keyboard may land on: a topic's word, never a function word
        self._topic_words = [
            w
            for w in self._vocabulary
            if len(w) >= FUZZY_MIN_LENGTH and w.isalpha() and w not in FUNCTION_WORDS
        ]
        # « MAMC »: the acts whose title spells it out (« Musée d'art moderne et contemporain »)
        self._initials: dict[str, set[int]] = defaultdict(set)
        for doc_id, title, _ in documents_seen:
            spelt = [w for w in words_of(title) if w.isalpha()]
            for size in range(ACRONYM_MIN, ACRONYM_MAX + 1):
                for start in range(len(spelt) - size + 1):
                    initials = "".join(w[0] for w in spelt[start : start + size])
                    self._initials[initials].add(doc_id)

    def prints(self, word: str) -> bool:
        """Whether a folded word is printed, exactly, in some text (a place, a common word)."""
        return word in self._postings

    def _matches(self, word: str) -> dict[int, int]:
        """Documents holding the word (its weight, doubled) or one of its forms (one less):
        « budget » is printed in one title, « budgets » in another; the first comes first."""
        if word not in self._postings and (glued := _glued_article(word)) in self._postings:
            word = glued  # « letrat », « lhorme »: « L'Etrat », « L'Horme », typed as one word
        found = {d: w * _SCALE for d, w in self._postings.get(word, {}).items()}
        if word in _BROADER or word.rstrip("sx") in _BROADER:
            # a thing named (« le métro », « le tram ») is that word, never the start of a
            # longer one: « métro » is not « métropole », « tram » not « trame »
            for form in {word, word.rstrip("sx"), word + "s"} - {word}:
                for doc_id, weight in self._postings.get(form, {}).items():
                    found[doc_id] = max(found.get(doc_id, 0), weight * _SCALE - 1)
            return found
        # « transports » finds « transport »: a plural typed, a singular printed (or back).
        singulars = [word[:-1]] if len(word) > MIN_PREFIX and word[-1] in "sx" else []
        if len(word) > MIN_PREFIX + 1 and word.endswith(("e", "es")):
            singulars.append(word.rstrip("s")[:-1])  # « urbaine(s) » finds « urbain »
        stems = [word]
        if len(word) > MIN_PREFIX + 3 and word.endswith("aux"):
            # « communaux » finds « communal », « commune »; « réseaux » is done above
            singulars.append(word[:-3] + "al")
            stems.append(word[:-3])
        if word.isalpha() and len(word) >= MIN_ROOT:
            for variant in (word, *_lost_s(word)):
                singulars.extend(self._roots.get(root(variant), ()))
            stem = root(word)
            if len(stem) >= LONG_ROOT and stem != word:
                # « recours » finds « recourir », « emprunts » « emprunter »: the root and a
                # verb's ending (« publicité » does not find « publication »).
                start = bisect.bisect_left(self._vocabulary, stem)
                for other in self._vocabulary[start:]:
                    if not other.startswith(stem):
                        break
                    if other[len(stem) :] in _VERB_ENDINGS:
                        singulars.append(other)
        for singular in singulars:
            for doc_id, weight in self._postings.get(singular, {}).items():
                found[doc_id] = max(found.get(doc_id, 0), weight * _SCALE - (singular != word))
        for stem in stems:
            if len(stem) < MIN_PREFIX:
                continue
            start = bisect.bisect_left(self._vocabulary, stem)
            for other in self._vocabulary[start:]:
                if not other.startswith(stem):
                    break
                for doc_id, weight in self._postings[other].items():
                    found[doc_id] = max(found.get(doc_id, 0), weight * _SCALE - (other != word))
        return found

    def as_printed(self, word: str) -> str:
        """A folded word as the texts print it: itself when some text holds it, else the
        printed word it is a slip for (« budjet »: « budget »), else itself."""
        if self._matches(word):
            return word
        return self._nearest(word) or word

    def _nearest(self, word: str) -> str | None:
        """The printed word closest to one no text holds (a slip of the keyboard), if any."""
        if word not in self._near:
            best = None
            if len(word) >= FUZZY_MIN_LENGTH and word.isalpha():
                found = process.extractOne(
                    word, self._topic_words, scorer=fuzz.ratio, score_cutoff=FUZZY_SCORE
                )
                best = found[0] if found and _a_slip_of(word, found[0]) else None
            if len(self._near) > 10_000:  # typed words are unbounded; the vocabulary is not
                self._near.clear()
            self._near[word] = best
        return self._near[word]

    def _term(self, word: str, direct: set[int] | None = None) -> dict[int, int]:
        """Documents for one word of a question: the word, its topic's other words, or the
        printed word it is a slip for; `direct` gets those holding the word itself (or a form
        of it), not only a word of its topic."""
        found: dict[int, int] = {}
        for alternative in _SYNONYMS.get(word) or _SYNONYMS.get(word.rstrip("sx")) or (word,):
            # The word itself before its topic's other words: « taxes foncières » finds the
            # taxes foncières before the cotisation foncière, both found.
            same = alternative == word or alternative == word.rstrip("sx")
            for doc_id, weight in self._matches(alternative).items():
                found[doc_id] = max(found.get(doc_id, 0), weight * _SCALE - (not same))
                if same and direct is not None:
                    direct.add(doc_id)
        if not found and (near := self._nearest(word)) is not None:
            # a slip of the keyboard (« asociation ») is the word meant: it weighs as the word
            slip = OSA.distance(word, near) <= SLIP_EDITS
            found = {d: w * _SCALE - (not slip) for d, w in self._matches(near).items()}
        if not found and self.spelt_out(word):
            found = {d: TITLE_WEIGHT * _SCALE for d in self._initials[word]}
            if direct is not None:
                direct.update(found)
        return found

    def found_through(self, query: str, ids: Iterable[int]) -> list[tuple[str, str]]:
        """The words of a query that none of the documents `ids` prints (nor a form of it, nor
        a slip of the keyboard: one letter off), each with the word through which they were
        found: the other word of its topic (« le tramway »: « transport », which no more says
        « tramway » than any other act) or the printed word it only approaches (« voiture »:
        « voirie »)."""
        ordered = list(ids)
        shown = set(ordered)

        folded = fold(query)
        for phrase, topic in _PHRASES:
            # (« les enfants déficients visuels »: said as a title prints it, the phrase is
            # cited itself, never replaced by its topic's word, which no title may print)
            folded = phrase.sub(partial(self._cited_or, topic, shown), folded)
        through = []
        for word in dict.fromkeys(self._field_meant(w) for w in words_of(folded)):
            itself = {word, word.rstrip("sx")}
            if self._printed(word, shown):
                continue
            near = self._nearest(word) if not self._matches(word) else None
            if near is not None and shown & set(self._matches(near)):
                if OSA.distance(word, near) > SLIP_EDITS and not _one_family(word, near):
                    through.append((word, near))
                continue
            others = _SYNONYMS.get(word) or _SYNONYMS.get(word.rstrip("sx")) or ()
            if any(_one_family(word, o) and shown & set(self._matches(o)) for o in others):
                continue  # « énergie »: an act shown prints « énergétique », it is cited
            # the word through which the first act shown was found (« électricité »: its
            # title's « électrique », not the next act's « énergétique »)
            found = (
                o
                for doc_id in ordered
                for o in others
                if o not in itself and doc_id in self._matches(o)
            )
            if (other := next(found, None)) is not None and not _one_family(word, other):
                through.append((word, other))
        return through

    def _cited_or(self, topic: str, ids: set[int], said: re.Match[str]) -> str:
        """A phrase as said when the documents `ids` print each of its words, else its topic."""
        cited = all(self._printed(word, ids) for word in words_of(said.group()))
        return said.group() if cited else topic

    def _printed(self, word: str, ids: set[int]) -> bool:
        """Whether one of the documents `ids` prints a folded word or its singular."""
        return any(ids & set(self._matches(w)) for w in {word, word.rstrip("sx")})

    def spelt_out(self, word: str) -> bool:
        """Whether a word no text prints is the initials of words some title spells out
        (« MAMC »: « Musée d'art moderne et contemporain »)."""
        return (
            ACRONYM_MIN <= len(word) <= ACRONYM_MAX
            and word.isalpha()
            and word not in self._postings
            and word in self._initials
        )

    def holding(self, word: str) -> set[int]:
        """The documents that print a folded word, or a form of it (never a slip of it: a
        place typed is that place, not the nearest name)."""
        return set(self._matches(word))

    def titles_hold(self, query: str) -> bool:
        """Whether every word of the query (a form of it, or its acronym's words) is printed in
        some title: what an act is about, not a word its text merely uses."""
        wanted = words_of(query)
        return bool(wanted) and all(
            any(w >= _IN_A_TITLE for w in self._term(word).values()) for word in wanted
        )

    def near_topics(self, query: str) -> tuple[list[tuple[str, int]], bool]:
        """What the store holds near a topic it holds nothing on, each with how many documents
        hold it: the wider topics that cover it (« vélo »: « mobilités »), else the printed
        words it approaches (« voiture »: « voirie »); True with them. Else the topics members
        name that the store holds most, False: never nothing to offer."""
        asked = [self._field_meant(word) for word in words_of(query)]
        near: dict[str, int] = {}
        for word in asked:
            if len(asked) > 1 and _a_field_word(word) and not self._by_slip(word):
                # « les cantines scolaires »: the acts that are « scolaires », offered alone
                self._offer(word, near)
            elif len(asked) > 1 and self._telling(word):
                # « la piscine de Firminy »: nothing on the pool, the acts on Firminy offered
                self._offer(word, near)
            forms = {word, word.rstrip("sx")}  # « vélos », « trams », « bus »
            wider = [g for g, narrower in _NARROWER.items() if forms & set(narrower.split())]
            wider += [_BROADER[one] for one in forms if one in _BROADER]
            for other in wider:
                self._offer(other, near)
        if not near:
            for word in asked:
                if len(word) <= FUZZY_MIN_LENGTH or not word.isalpha() or self._matches(word):
                    continue  # (« Saint-Chamond » is printed: no other place offered for it)
                for printed, _, _ in process.extract(
                    word, self._titled_words, scorer=fuzz.ratio, score_cutoff=NEAR_SCORE, limit=2
                ):
                    if printed[0] == word[0]:  # (« patrimoine »: « patrimonial »)
                        self._offer(printed, near)
        if near:
            return sorted(near.items(), key=lambda item: -item[1])[:NEAR_SHOWN], True
        held: dict[str, int] = {}
        for group in _TOPIC_GROUPS:
            best = max(group.split(), key=lambda w: len(self._postings.get(w, ())))
            if self._postings.get(best):
                self._offer(best, held)
        return sorted(held.items(), key=lambda item: -item[1])[:NEAR_SHOWN], False

    def _telling(self, word: str) -> bool:
        """A name the texts print (a place, a body, a carrier: « Firminy »), held by a few
        documents, not most (never « Saint-Etienne » nor « service »)."""
        if word not in self._names:
            return False
        holding = len(self._postings.get(word, ()))
        return 0 < holding <= max(3, self._documents // 10)

    def _offer(self, word: str, offered: dict[str, int]) -> None:
        """A topic word with how many documents hold it, as printed, when some do."""
        count = len(self.matches_all(word))
        if count:
            offered[self._written.get(word, word)] = count

    def _field_meant(self, word: str) -> str:
        """A word no text holds, typed or dictated for a topic members name (« tramwé »,
        « tramways »: « tram »; « vélomoteur »: « vélo »): that topic's word; else itself."""
        if len(word) < FUZZY_MIN_LENGTH or not word.isalpha() or _a_field_word(word):
            return word
        if self._matches(word) or self._nearest(word) or self.spelt_out(word):
            return word
        # (a short tail only: « parcours » is not a « parc », « aidez » not an « aide »)
        heads = [
            f
            for f in _FIELD_WORDS
            if len(f) >= MIN_PREFIX and word.startswith(f) and 2 <= len(word) - len(f) <= 3
        ]
        if heads:
            return max(heads, key=len)
        found = process.extractOne(word, _FIELD_WORDS, scorer=fuzz.ratio, score_cutoff=FUZZY_SCORE)
        return found[0] if found and _a_slip_of(word, found[0]) else word

    def _by_slip(self, word: str) -> bool:
        """Whether a word is found only as a slip of the keyboard for another (« lignes »:
        « vignes »), not itself, a form of it, its topic or an acronym."""
        alternatives = _SYNONYMS.get(word) or _SYNONYMS.get(word.rstrip("sx")) or (word,)
        return not any(self._matches(a) for a in alternatives) and not self.spelt_out(word)

    def holds(self, query: str) -> bool:
        """Whether some text holds one of the query's words as typed (its stems and topic
        synonyms count; a slip of the keyboard does not)."""
        return any(
            self._matches(alternative) or self.spelt_out(alternative)
            for word in words_of(query)
            for alternative in _SYNONYMS.get(word) or (word,)
        )

    def _terms_as_said(
        self, query: str, direct: Counter[int] | None = None
    ) -> list[dict[int, int]] | None:
        """Each word's documents; None when the question names a topic no text holds.
        `direct` counts, for each document, the words it holds themselves (not only through
        their topic's other words): « taxe foncière » is the taxes foncières' act before the
        cotisation foncière's, which holds only « foncière » itself."""
        folded = fold(query)
        for phrase, topic in _PHRASES:
            folded = phrase.sub(topic, folded)
        words = list(dict.fromkeys([*words_of(folded), *part_tokens(folded)]))
        words = [self._field_meant(word) for word in words]
        terms = []
        for word in words:
            held: set[int] = set()
            docs = self._term(word, held)
            if not docs and word in KIND_WORDS and len(words) > 1:
                continue  # « l'asso AESIO », « le projet de médiation santé »: what it is
            terms.append((word, docs))
            if direct is not None:
                direct.update(held)
        if any(not docs and _PART_TOKEN.match(word) for word, docs in terms):
            return None  # « la tranche 4 »: a part no text names, nothing is about it
        # (a noun: « la voiture électrique », « les cantines scolaires » are about a car and a
        # canteen, the adjective only qualifies them)
        field = next(
            (
                docs
                for word, docs in terms
                if docs and _a_field_word(word) and not _QUALIFIER.match(word)
            ),
            None,
        )
        if field is not None:
            # « les lignes de tram », « les pistes vélo »: a topic members name is what is
            # asked; a word beside it that no text holds (or only a slip of it: « lignes »,
            # « vignes ») only says which part of it
            terms = [
                (w, docs)
                for w, docs in terms
                if _a_field_word(w) or (docs and not self._by_slip(w))
            ]
        found = [docs for _, docs in terms if docs]
        # A French topic names its head first (« la crèche de Saint-Héand », « le délégataire
        # choisi »): no text with that word, nothing is about it; a word after it that no
        # text holds (« choisi », « gratuits ») only qualifies it, and is left out.
        head = field or next((docs for word, docs in terms if _topic_word(word)), None)
        missing = sum(1 for word, docs in terms if not docs and _topic_word(word))
        # « la DSP piscine »: a topic members name (one of _TOPIC_GROUPS) is no qualifier
        named = any(not docs and word in _SYNONYMS for word, docs in terms)
        if len(words) <= HONEST_TERMS and (
            head == {}
            or named
            or missing >= len(found)  # « le stade Geoffroy-Guichard »: the name is the topic
            or (len(found) > 1 and _most_held(found, head) < len(found) - (len(found) > 3))
        ):
            return None  # « la piscine de Saint-Chamond »: no text is about both
        return found

    def _terms(
        self, query: str, direct: Counter[int] | None = None
    ) -> list[dict[int, int]] | None:
        """Each word's documents (see _terms_as_said); a topic spelt out as an acronym's words
        (« le plan local de l'habitat »: PLH, « programme local de l'habitat ») is read as that
        acronym when its words, as typed, are not all held together."""
        # The index never changes (a new one is built when the store does): each query's
        # terms are read once, though most questions look at them several times (« does it
        # hold every word? », « which acts? », « which actions? »), and the same topics return
        kept = self._terms_kept.get(query)
        if kept is None:
            counted: Counter[int] = Counter()
            kept = (self._terms_read(query, counted), counted)
            entries = len(counted) + sum(len(docs) for docs in kept[0] or ())
            if (
                len(self._terms_kept) >= TERMS_KEPT
                or self._terms_entries + entries > TERMS_ENTRIES_KEPT
            ):
                self._terms_kept.clear()
                self._terms_entries = 0
            self._terms_kept[query] = kept
            self._terms_entries += entries
        if direct is not None:
            direct.update(kept[1])
        return kept[0]

    def _terms_read(self, query: str, direct: Counter[int]) -> list[dict[int, int]] | None:
        found = self._terms_as_said(query, direct)
        if found and set.intersection(*(set(docs) for docs in found)):
            return found
        acronym = _as_acronym(query, lambda initials: initials in self._postings)
        for other, loose in ((acronym, False), (_without_qualifiers(query), True)):
            if other is None:
                continue
            counted: Counter[int] = Counter()
            spelt = self._terms_as_said(other, counted)
            if not spelt or not set.intersection(*(set(docs) for docs in spelt)):
                continue
            direct.update(counted)
            # « les logements sociaux à Farnay »: the acts about the rest, as approaching (an
            # empty term: no text holds every word)
            return [*spelt, {}] if loose else spelt
        return found

    def search(self, query: str, limit: int = 10) -> list[int]:
        """Documents with every word first, then those with most words, best score first."""
        direct: Counter[int] = Counter()
        terms = self._terms(query, direct)
        if not terms:
            return []
        scores: dict[int, int] = defaultdict(int)
        hits: dict[int, int] = defaultdict(int)
        for docs in terms:
            for doc_id, weight in docs.items():
                scores[doc_id] += weight
                hits[doc_id] += 1
        # « le tramway ligne 5 »: a text that holds none of the words itself, only a topic's
        # other word or a slip in its body, is no approaching result (in a title it stays)
        near = [
            d for d in scores if direct[d] or max(docs.get(d, 0) for docs in terms) >= _IN_A_TITLE
        ]
        ranked = sorted(
            near, key=lambda d: (-hits[d], -_in_titles(terms, d), -direct[d], -scores[d], -d)
        )
        return ranked[:limit]

    def titled(self, word: str) -> set[int]:
        """Documents whose title prints the folded word itself (« 2022 » in « BUDGET 2022 »)."""
        return {d for d, w in self._postings.get(word, {}).items() if w == TITLE_WEIGHT}

    def matches_all(self, query: str) -> list[int]:
        """Documents holding every word (or its stem, topic or slip), best score first."""
        direct: Counter[int] = Counter()
        terms = self._terms(query, direct)
        if not terms:
            return []
        every = set.intersection(*(set(docs) for docs in terms))

        def whole(d: int) -> bool:  # every word itself, or every word in its title
            return direct[d] == len(terms) or min(docs[d] for docs in terms) >= _IN_A_TITLE

        if any(whole(d) for d in every):
            # Texts holding every word itself are what was asked: one holding a word only
            # through its topic's other word, in its body (« transport urbain »: the CLS
            # speaks of « mobilité durable »), is noise beside them; in its title it stays
            # (« taxe foncière »: the cotisation foncière's title; « le tramway »: the
            # transport's title, not the CLS's « mobilité durable »).
            every = {d for d in every if whole(d)}
        else:
            # « le tramway ligne 5 »: a text holding none of the words itself, only a topic's
            # other word (« mobilité ») and a slip (« ligne »), in its body, is about none;
            # « la loi Climat »: the CLS's « transition écologique » is not about « climat »;
            # « les lignes de tram à Firminy »: the CLS names Firminy, and the tram only
            # through « mobilité » in its body: not about the tram either
            every = {
                d for d in every if direct[d] and not any(_body_other(docs[d]) for docs in terms)
            }
        return sorted(
            every,
            key=lambda d: (
                -_in_titles(terms, d),
                -direct[d],
                -sum(docs[d] for docs in terms),
                -d,
            ),
        )


# The weather, a joke, a web address: nothing the council's documents could answer (what the
# assistant itself is, « tu es un robot ? », is the frame reader's: it gets the help).
_ELSEWHERE = cues.plain(
    r"\bmeteo\b|\bquel temps\b|\btemps (?:qu il fait|fait il|va t il faire)\b"
    r"|\bil (?:va )?(?:pleut|pleuvoir|neige|neiger)\b|\bva t il (?:pleuvoir|neiger)\b"
    r"|\bil fait (?:beau|froid|chaud)\b|\bblagues?\b|\bhoroscope\b|\bhttps? |\bwww "
)


def as_written(word: str, text: str) -> str:
    """A folded word as a text writes it (« mobilite »: « mobilités » in lower case), the
    folded word when the text does not hold it."""
    for written in re.findall(r"\w+", text):
        if fold(written).startswith(word):
            return written.lower()
    return word


def out_of_scope(text: str) -> bool:
    """Whether a message asks what the council's documents cannot answer."""
    return bool(_ELSEWHERE.search(" ".join(_WORD_BREAKS.split(fold(text)))))


# Sentences of an act's text: cut at a full stop, a semicolon or a line that ends one, never
# inside « 490 500 € » or « M. DURAND ».
# A blank line ends one only after what can end one: PDF pages break sentences anywhere.
_SENTENCE = cues.plain(
    r"(?<=[.;!?])\s+(?=[A-ZÀ-Ý«(-])|(?<=[^\sa-zà-ÿ,'’])[ \t]*\n\s*\n|\n(?=\s*[-•])"
)
PASSAGE_CHARS = 450


def passages(text: str, query: str, limit: int = 2, title: str = "") -> list[str]:
    """The sentences of a text that hold most of the query's words (« combien l'État met dans
    le CLS » → « …l'Etat à soutenir … à hauteur de 490 500 € annuels… »), best first: where an
    answer sits inside an act. Sentences holding fewer than two of the words (one, when only
    one was asked) are not passages. Words of the act's title found it; the words beyond them
    say what is asked of it, so a sentence holding those comes first."""
    wanted = set(words_of(query))
    for word in list(wanted):
        wanted.update(_SYNONYMS.get(word, ()))
    if not wanted or not text:
        return []
    titled = set(words_of(title))
    asked = {w for w in wanted if w not in titled}
    scored: list[tuple[int, int, int, str]] = []
    pieces = sentences_of(text)
    for position, sentence in enumerate(pieces):
        if len(sentence) < 25:
            continue
        held = set(words_of(sentence))
        hits = {
            w
            for w in wanted
            if w in held
            or (len(w) >= MIN_PREFIX and any(h.startswith(w) for h in held))
            or any(len(h) > MIN_PREFIX and w.startswith(h) for h in held)  # budget(aire)
        }
        beyond = len(hits & asked)
        if len(hits) >= min(2, len(set(words_of(query)))) and (beyond or not asked):
            scored.append((beyond, len(hits), -position, sentence))
    scored.sort(reverse=True)
    return [with_its_list(pieces, -position) for _, _, position, _ in scored[:limit]]


def sentences_of(text: str) -> list[str]:
    """An act's text cut into sentences (a list's items are sentences of their own), each
    on one line."""
    return [s for s in (" ".join(raw.split()) for raw in _SENTENCE.split(text or "")) if s]


_ITEM = cues.plain(r"^[-•–]")
_LIST_CHARS = 1200


def with_its_list(pieces: list[str], position: int) -> str:
    """The sentence at that position, shortened; one that opens a list (« structuré autour de
    4 grands axes : ») comes with the list's items, which say what was asked."""
    sentence = pieces[position]
    if not sentence.endswith(":"):
        return _shortened(sentence)
    items = []
    for following in pieces[position + 1 : position + 9]:
        if not _ITEM.match(following):
            break
        items.append(following)
    return _shortened(" ".join([sentence, *items]), _LIST_CHARS if items else PASSAGE_CHARS)


def _shortened(sentence: str, limit: int = PASSAGE_CHARS) -> str:
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + " …"


_DELIBERATED = cues.plain(r"apres en avoir delibere|apres avoir delibere|decide\s*:|delibere\s*:")


def motives(text: str | None) -> list[str]:
    """The last sentences of an act's exposé, right before « après en avoir délibéré »: why
    the act was proposed, as its own text says it (empty when the text is not held)."""
    if not text:
        return []
    sentences = [" ".join(s.split()) for s in _SENTENCE.split(text)]
    for index, sentence in enumerate(sentences):
        if _DELIBERATED.search(fold(sentence)):
            before = [s for s in sentences[:index] if len(s) > 60][-2:]
            return [_shortened(s) for s in before]
    return []


# A place as people write it after « à », « au », « pour », « sur », « de »… : « La Talaudière »,
# « Saint-Jean-Bonnefonds », « Le Chambon-Feugerolles », « st jean bonnefonds », « Firminy ».
# Its words are what the member narrows by: never a qualifier to leave out, never a slip for
# another place (« Chambon » is not « Chamond »).
_PARTICLES = frozenset(
    [
        "la",
        "le",
        "les",
        "l",
        "saint",
        "sainte",
        "st",
        "ste",
        "en",
        "sur",
        "sous",
        "de",
        "du",
        "d",
        "des",
        "les",
        "lez",
    ]
)
_BEFORE_PLACE = frozenset(
    [
        "a",
        "à",
        "au",
        "aux",
        "pour",
        "sur",
        "dans",
        "vers",
        "concernant",
        "de",
        "du",
        "commune",
        "ville",
        "territoire",
    ]
)
_ARTICLES = frozenset(["la", "le", "les", "l"])
_SAINTS = frozenset(["saint", "sainte", "st", "ste"])
_CONNECTORS = frozenset(["en", "sur", "sous", "les", "lès", "lez", "de", "du", "la", "le"])
# After a lower-case « st jean … »: where the place's name stops.
_AFTER_PLACE = frozenset(
    """
    pour par en et ou au aux a à de du des la le les l sur dans avec sans qui que quoi quel
    quelle quels quelles combien depuis avant apres entre lors ce cette ces svp stp merci
    """.split()  # noqa: SIM905
)
_TOKEN = cues.plain(r"[\wÀ-ÿ]+(?:[-'’][\wÀ-ÿ]+)*['’]?")


def _titled(token: str) -> bool:
    return token[:1].isupper() and not token.isupper()


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def places_named(text: str) -> tuple[str, ...]:
    """The places a message names after « à », « pour », « sur »…, as typed (« La Talaudière »):
    a capitalised name, or one opened by « saint »/« st » (« st jean bonnefonds »); an acronym
    (« le SIEL ») or a word in lower case (« à la piscine ») is a topic, not a place."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    found: list[str] = []
    i = 0
    while i < len(tokens) - 1:
        if fold(tokens[i][0]) not in _BEFORE_PLACE:
            i += 1
            continue
        j = first = i + 1
        if fold(tokens[j][0]).rstrip("'’") in _ARTICLES and j + 1 < len(tokens):
            j += 1
        elif fold(tokens[j][0]).startswith(("l'", "l’")):
            pass  # « L'Etrat »: the article glued to the name
        head = tokens[j][0]
        saint = fold(head).split("-")[0] in _SAINTS
        if not (saint or _titled(head.lstrip("lL'’") or head)):
            i += 1
            continue
        end = j
        k = j + 1
        while k < len(tokens):
            word = tokens[k][0]
            folded = fold(word)
            if _titled(word):
                end = k
            elif (
                folded in _CONNECTORS
                and k + 1 < len(tokens)
                and (
                    _titled(tokens[k + 1][0])
                    or (saint and fold(tokens[k + 1][0]) not in _AFTER_PLACE)
                )
            ):
                end = k + 1
                k += 1
            elif saint and not _titled(head) and folded not in _AFTER_PLACE and k - j <= 3:
                end = k  # « st jean bonnefonds », typed in lower case
            else:
                break
            k += 1
        place = text[tokens[first if _titled(tokens[first][0]) else j][1] : tokens[end][2]]
        if not place.isupper():
            found.append(place)
        i = end + 1
    return tuple(found)


def place_words(place: str) -> list[str]:
    """A place's own words, folded (« Saint-Jean-Bonnefonds »: « jean », « bonnefonds »)."""
    return [w for w in words_of(place) if w not in _PARTICLES]
