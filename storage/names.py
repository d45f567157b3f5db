"""How a person's name is written in council documents, and how two spellings compare.

Pure text functions shared by the document parsers, the importer (which must not duplicate a
member printed as « M. J.L. DEGRAIX » in one extract and « DEGRAIX Jean-Luc » in another) and
the bot's name resolver, which adds fuzzy matching on top of the same folding.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import filterfalse

from storage import cues
from storage.documents import Person

# The civilities as typed or printed (folded) and the form a name is displayed with.
CIVILITIES = {
    "m": "M.",
    "mr": "M.",
    "monsieur": "M.",
    "mme": "Mme",
    "madame": "Mme",
    "mlle": "Mme",
    "mademoiselle": "Mme",
}
# Longest first, so that « mme » is not read as « m ».
CIVILITY_ALTERNATION = "|".join(sorted(CIVILITIES, key=len, reverse=True))
# (never the initial of a compound given name: « M.-C. DUBOIS » is Marie-Claude)
_CIVILITY_RE = cues.plain(rf"^\s*({CIVILITY_ALTERNATION})(?:\.|\b)(?!\.?[-‐‑])\s*", re.IGNORECASE)
# Particles that belong to a surname even when printed in lower case (« de La Roche »).
_PARTICLES = {"de", "du", "des", "da", "di", "van", "von", "der", "le", "la", "del", "dos", "d"}
# Words that open an Arabic or Berber surname (« Ben Salah », « El Amrani », « Aït Ali »): part
# of the surname in a name printed in mixed case, like a particle, with or without a civility
# (« Mmes et MM. Ben Salah, Da Costa » prints none of its own).
_NAME_PREFIXES = frozenset(["ben", "bin", "ibn", "el", "al", "abou", "abu", "ait", "aït", "ould"])
# What joins two surnames into one in Portuguese and Spanish names (« Costa e Silva »).
_JOINS = frozenset(["e", "y", "i"])
_SEPARATORS = cues.plain(r"[\s\-‐‑‒–—'’`.,]+")
# Given names common in France, folded: in a name printed without capitals (« Mme Elise Gonzalez
# Grail », « M. Le Goff Bernard ») they tell the given name from a surname of several words.
# Only the most common: a rarer given name is read as before (the first word).
_GIVEN_NAMES_TEXT = """
    adrien agnes alain albert alexandre alexandra alice aline amandine amelie andre andree
    anne annick annie antoine armelle arnaud arthur audrey aurelie aurelien axel bastien
    baptiste beatrice benedicte benjamin benoit bernadette bernard bertrand brigitte bruno
    camille carine carole caroline catherine cecile celine chantal charles charlotte chloe
    christelle christian christiane christine christophe claire claude claudine clement
    colette corinne cyril cyrille damien daniel daniele danielle david delphine denis denise
    didier dominique edith edouard elisabeth elise eliane elodie emilie emile emma emmanuel
    emmanuelle eric estelle etienne eugene eve evelyne fabien fabienne fabrice fanny florence
    florent florian francis franck francois francoise frederic frederique gabriel gael gaelle
    gaston genevieve georges gerard gilbert gilles ginette gisele guillaume guy helene henri
    herve hubert hugo hugues ines irene isabelle jacqueline jacques jean jeanne jerome joel joelle
    josette joseph josiane julie julien juliette justine karine laetitia laura laure laurence
    laurent lea leon liliane lionel lise louis louise luc lucas lucie lucien ludovic lydie
    madeleine magali manon marc marcel marguerite marie marine marion martine mathieu
    mathilde maurice max maxime melanie michel michele michelle mireille monique muriel
    myriam nadia nadine natacha nathalie nicolas nicole noel noelle odette odile olivier
    pascal pascale patrice patricia patrick paul paule pauline philippe pierre quentin
    raphael raymond regine remi renaud rene renee richard robert roger roland romain rose
    sabine samuel sandrine sarah sebastien serge simone solange sophie stephane stephanie
    suzanne sylvain sylvie therese thierry thomas valerie vanessa veronique victor vincent
    virginie xavier yann yannick yves yvette yvonne
    ana anna antonio carlos carmen elena fatima farid jose joao juan karim khadija leila lucia
    luis malika manuel marco maria marta miguel mohamed pedro rachid samir sofia yasmina
    adele adeline agathe aime aimee alban alberto albertine alexis alfred alicia alix amaury
    ambre andrea angelique angele annabelle anthony apolline ariane arlette arnold
    astrid auguste augustin aurore baptistine barbara berenice bernadette blanche boris
    bruno capucine cedric celestin charlene charly chantale christel clarisse clementine clotilde
    coralie corentin cyprien cyrielle daisy danielle delphin denise desire diane didier dimitri
    dorothee edgar edwige eleonore eliot elisa elsa eloise emeline emilien enzo ernest
    estelle esteban ethan eugenie evelyne fabiola fernand fernande flavie flora gaetan gaetane
    gaspard genevieve geoffrey geraldine gerald germaine ghislain
    ghislaine gilberte gisele gregoire gregory guenole gwenael gwenaelle gwendoline hector
    helena henriette hermine hortense huguette ida ingrid irina isabel jacky jacqueline
    jeannine jeremie jeremy jessica jocelyn jocelyne joelle johan johann jonathan jules
    julia julian julienne justin katia kevin laetitia lena leo leonie leonard lilian liliane lina
    lionel lisa lorene loic loriane louisette lucette lucile lucille ludivine luna lydia maelle
    maeva magalie maite marceline marcelle marianne marielle marina marjorie
    marlene maryse maryvonne mathias mathis matthieu maud maurane mauricette maximilien
    melissa michaela mickael micheline mylene nadege nadine nathan nelly nina noa noemie nolwenn
    norbert oceane octave odette olga olivia ophelie oriane oscar pascaline paulette perrine
    pierrette pierrick priscilla rachel raoul raphaelle rebecca regis remy renald rolande
    romane romuald ronan rosalie roseline roselyne rosine sabrina salome sandra sebastienne
    severine sidonie solene sonia soizic soizig stephan steve steven suzy sylvaine
    sylviane thibault thibaut theo timothee tristan ulysse valentin valentine
    valery vanina veronica victoire victorine violaine violette virgile viviane wilfried
    william yoann yohann yolande yvan yvelise yvon zoe erwan goulven gwen maiwenn morgane
    ahmed aicha ali amel amina aminata abdel abdelkader abdallah djamel fatou farida fatiha
    hakim hamid hassan hicham houria ibrahim ines kader kamel karima khaled lamia leila mamadou
    mehdi mohammed moussa mustapha nabil nacer naima nordine omar ousmane rachida salim samia
    samira sofiane souad yacine youssef zohra
    alessandro angelo fernando francesco francisco giovanni giuseppe isabela joaquim jorge
    luca paolo rosa rosario sergio vitor
"""
GIVEN_NAMES = frozenset(_GIVEN_NAMES_TEXT.split())

_LETTERS = cues.plain(r"[^\W\d_]", re.UNICODE)


def feminine(civility: str | None) -> bool | None:
    """Whether a civility as the documents print it (« Mme », « M. ») is a woman's; None when
    none is known: then a sentence about that member writes « présent(e) »."""
    if not civility:
        return None
    found = CIVILITIES.get(fold(civility).strip(" ."))
    return None if found is None else found == "Mme"


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():  # no mark to drop (ASCII has none): most words, every command
        return decomposed
    # Filtered in C: every message read goes through here, a character at a time.
    return "".join(filterfalse(unicodedata.combining, decomposed))


@lru_cache(maxsize=65_536)  # names repeat in every extract of a sitting and every check
def fold(text: str) -> str:
    """Lower case, no accents, hyphens/apostrophes/dots as spaces, single spaces."""
    folded = strip_accents(text).casefold().replace("œ", "oe").replace("æ", "ae")
    return _SEPARATORS.sub(" ", folded).strip()


@lru_cache(maxsize=65_536)
def surname_in_capitals(last_name: str) -> str:
    """A member's surname as the store prints every member's: in capitals (« Mathevon » →
    « MATHEVON »), a particle printed in lower case kept so (« da Silva » → « da SILVA »,
    « d'Argent » → « d'ARGENT »: `alphabetical` files them under the name itself)."""
    words = []
    for word in last_name.split(" "):
        if word.islower() and (fold(word) in _PARTICLES or word in _JOINS):
            words.append(word)
        elif word[:2].lower() in ("d'", "d’") and word[:1].islower() and len(word) > 2:
            words.append(word[:2] + word[2:].upper())
        else:
            words.append(word.upper())
    return " ".join(words)


@lru_cache(maxsize=65_536)
def alphabetical(last_name: str, first_name: str | None = None) -> tuple[str, str]:
    """Where a member's name stands in a list: by surname without accents nor case (« ÉMERY »
    before « FAURE »), a particle printed in lower case left out as French usage has it
    (« Claire de LAVAL » under L, « Paul d'ARGENT » under A; « LE GALL » under L as printed)."""
    words = last_name.replace("’", "'").split()
    while len(words) > 1 and words[0].islower() and fold(words[0]) in _PARTICLES:
        words.pop(0)
    if words and words[0][:2].lower() == "d'" and words[0][:1].islower() and len(words[0]) > 2:
        words[0] = words[0][2:]  # « d'ARGENT »
    return fold(" ".join(words)), fold(first_name or "")


@lru_cache(maxsize=65_536)
def compact(text: str) -> str:
    """The folded name without spaces: « DA SILVA », « Da-Silva » and « dasilva » agree."""
    return fold(text).replace(" ", "")


def split_civility(text: str) -> tuple[str | None, str]:
    match = _CIVILITY_RE.match(text)
    if not match:
        return None, text.strip()
    rest = text[match.end() :].strip()
    if not rest:  # « M » alone is a name, not a civility
        return None, text.strip()
    return CIVILITIES[match.group(1).lower()], rest


def _is_capitalised_surname_word(word: str) -> bool:
    # Fast exit for the usual « Jean-Luc », « Mme »: a word with a lower-case letter, or with no
    # cased letter at all, fails the test below anyway (the parsers call this for every word).
    if not word.isupper():
        return False
    letters = _LETTERS.findall(word)
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not is_initials(word)


# A footnote's call after a name (« M. Paul FAYE* », « Mme Anne BOIS¹ », « M. Luc MARTY†»): no
# letter of the name.
_FOOTNOTE_MARKS = frozenset("*†‡¹²³⁴⁵⁶⁷⁸⁹⁰")
_FOOTNOTE_CALL = cues.plain(r"(?<=[^\W\d_])[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}(?![^\W\d_])")
# Emphasis written in Markdown (« M. *Luc* _FRANCOIS_ », « Mme **Anne** __MOREL__ », a roll
# call copied from a message): the marks that open a word, and the underscores that close one
# (an asterisk after a name is a note's call, above). No printed name holds either.
_EMPHASIS_MARKS = frozenset("*_")
_EMPHASIS = cues.plain(r"(?<!\S)[*_]{1,2}(?=[^\W\d_])|(?<=[^\W\d_])_{1,2}(?![^\W\d_])")


# A woman's two names: « Françoise LAMBERT née PETIT » (her name in use, then her birth name),
# « Paulette GIRARD épouse MEUNIER » / « veuve MEUNIER » (her birth name, then her name in use).
# (compared in lower case)
_BIRTH_NAME_AFTER = frozenset(["née", "nee"])
_USED_NAME_AFTER = frozenset(["épouse", "epouse", "ép.", "ep.", "veuve", "vve", "vve."])


def _name_in_use(civility: str | None, words: list[str]) -> Person | None:
    """The name a member sits under when two are printed (« née », « épouse »): the name in
    use, with the given name printed on either side; None without such a word."""
    for at in range(1, len(words) - 1):
        word = words[at].casefold()
        birth_after = word in _BIRTH_NAME_AFTER
        if not birth_after and word not in _USED_NAME_AFTER:
            continue
        # each side read as a name of its own, with the civility (« Mme LUCIE DURAND »: the
        # first of words all in capitals is the given name)
        said = f"{civility} " if civility else ""
        before = parse_person(said + " ".join(words[:at]))
        after = parse_person(said + " ".join(words[at + 1 :]))
        given = before.first_name or after.first_name
        if at == 1 and given is None and fold(words[0]) in GIVEN_NAMES:
            given = words[0]  # « Mme Lucie veuve MARTIN »: her given name, no birth name
            before = Person(last_name="", first_name=given)
        used = before if birth_after and before.last_name else after
        return Person(last_name=used.last_name, first_name=given, civility=civility)
    return None


_ABBREVIATED_SURNAME = cues.plain(r"[A-ZÀ-Ý]\.?")
# A given name in title case (« Noé », « Jean-Marc »), before an abbreviated surname.
_GIVEN_NAME_WORD = cues.plain(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*")


def parse_person(text: str) -> Person:
    """Read « M. Jean-Luc DEGRAIX », « DEGRAIX Jean-Luc », « Mme Ramona GONZALEZ GRAIL »…

    The surname is the run of words printed in capitals (French administrative usage); when no
    word is in capitals the last word is taken as the surname (« Jean-Luc Degraix »).
    """
    if not _EMPHASIS_MARKS.isdisjoint(text):
        text = _EMPHASIS.sub("", text)
    if not _FOOTNOTE_MARKS.isdisjoint(text):
        text = _FOOTNOTE_CALL.sub("", text)
    civility, rest = split_civility(" ".join(text.split()))
    words = rest.split(" ")
    if len(words) > 2 and (two := _name_in_use(civility, words)) is not None:
        return two
    capitals = [i for i, w in enumerate(words) if _is_capitalised_surname_word(w)]
    if (
        civility
        and len(words) >= 2
        and len(capitals) == len(words)
        and words[0].casefold() not in _PARTICLES  # « M. VAN DE WALLE » is all surname
    ):
        # all in capitals after a civility (« M. JEAN-PAUL BERTHIER »): the first name first
        surname, given = words[1:], words[:1]
    elif capitals:
        first, last = capitals[0], capitals[-1]
        # Lower-case particles just before the capitals belong to the surname (« da SILVA »).
        while first > 0 and words[first - 1].casefold() in _PARTICLES:
            first -= 1
        surname = words[first : last + 1]
        given = words[:first] + words[last + 1 :]
    elif (
        len(words) > 1
        and _ABBREVIATED_SURNAME.fullmatch(words[-1])
        and all(
            _GIVEN_NAME_WORD.fullmatch(w) and w.casefold() not in _PARTICLES for w in words[:-1]
        )
    ):
        # « Madame Françoise B. », « M. Jean-Marc T »: the surname cut to its initial, after
        # given names (kept with its dot: a surname of one letter is an abbreviation)
        surname, given = [words[-1].rstrip(".") + "."], words[:-1]
    elif len(words) > 1 and is_initials(words[-1]):  # « Degraix J.L. »
        surname, given = words[:-1], words[-1:]
    elif (span := _given_words(words)) is not None:
        given = words[span[0] : span[1]]
        surname = words[: span[0]] + words[span[1] :]
    else:
        cut = len(words) - 1
        if cut > 0 and words[cut].islower():
            cut -= 1  # « Mme Tran van »: a particle in lower case never ends a name
        while cut > 0 and (
            words[cut - 1].casefold() in _PARTICLES
            or words[cut - 1] in _JOINS
            or words[cut - 1].casefold() in _NAME_PREFIXES
        ):
            cut -= 1
            if words[cut] in _JOINS and cut > 0:
                cut -= 1  # « Mme Costa e Silva »: « e » joins two surnames
        surname, given = words[cut:], words[:cut]
    last_name = " ".join(surname).strip(" ,;")
    first_name = " ".join(given).strip(" ,;") or None
    return Person(last_name=last_name, first_name=first_name, civility=civility)


def _given_words(words: list[str]) -> tuple[int, int] | None:
    """Where the given name stands in a name of three words or more printed without capitals,
    as (start, end) in `words`, when the common given names tell: « Elise Gonzalez Grail »
    (0, 1): « Gonzalez » is no given name; « Marie Claire Dupont » (0, 2); « Le Goff Bernard »
    (2, 3), surname first. None leaves the last word the surname."""
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    known = [all(part in GIVEN_NAMES for part in fold(w).split()) for w in words]
    if known[-1] and not known[0]:  # « Le Goff Bernard », « Kerjean Le Bras Anne »
        start = len(words) - 1
        while start > 1 and known[start - 1]:
            start -= 1
        return start, len(words)
    if known[-1]:
        return None  # given names at both ends: nothing to tell by
    if words[0].casefold() in _PARTICLES or words[0].casefold() in _NAME_PREFIXES:
        # « M. De La Fontaine »: a surname whole, its particles first; « Da Costa Ruben »,
        # « Van Den Berg Lucas »: the particles, one word of surname, then the given name
        particles = 0
        while particles < len(words) and (
            words[particles].casefold() in _PARTICLES
            or words[particles].casefold() in _NAME_PREFIXES
        ):
            particles += 1
        return (len(words) - 1, len(words)) if len(words) - particles == 2 else None
    end = 1
    while end < len(words) - 1 and known[end]:
        end += 1
    return 0, end


# « JC. », « JP. », « MC. »: a compound first name's two initials printed run together, closed
# by their dot (three capitals and a dot are a surname ending its sentence: « Mme Lise GAY. »).
_RUN_INITIALS = cues.plain(r"[A-ZÀ-Ý]{2}\.")


def initials(first_name: str) -> str:
    """« Jean-Luc » → « jl », « J.-L. » → « jl », « Jean Luc » → « jl », « JL. » → « jl »."""
    if _RUN_INITIALS.fullmatch(first_name):
        return fold(first_name).rstrip(".")
    return "".join(part[0] for part in fold(first_name).split())


def is_initials(first_name: str) -> bool:
    """« J.L. », « J.-L. », « JL. » (capitals run together, closed by a dot), as printed for
    initials."""
    if _RUN_INITIALS.fullmatch(first_name):
        return True
    parts = [p for p in re.split(r"[\s.\-‐‑]+", first_name) if p]
    return bool(parts) and all(len(p) == 1 for p in parts)


def first_names_compatible(a: str | None, b: str | None) -> bool:
    """Same first name, or one is the other's initials; a missing first name fits any."""
    if not a or not b:
        return True
    if fold(a) == fold(b) or compact(a) == compact(b):
        return True
    if is_initials(a) or is_initials(b):
        short, full = sorted((initials(a), initials(b)), key=len)
        return full.startswith(short)  # « J. » fits « Jean-Luc », « J.L. » too
    return False


def same_person(a: Person, b: Person) -> bool:
    return compact(a.last_name) == compact(b.last_name) and first_names_compatible(
        a.first_name, b.first_name
    )
