"""What a member's short reply means while a proxy is being given: pure reading, no telegram.

The bot asks « À qui ? » or « Confirmez-vous ? » with buttons, but people answer in words:
« oui », « je confirme », « non, plutôt à Laget », « finalement à Bony », or just « Basson ».
What is pending lives in the store (bot/handlers/proxies.py keeps it in `storage/chat_state`);
this module only says what the words are.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from storage import cues
from storage.names import fold


class Said(StrEnum):
    CONFIRM = "confirm"  # « oui », « je confirme », « c'est bon »
    CANCEL = "cancel"  # « non », « annuler », « laisse tomber »
    CHANGE = "change"  # « non, plutôt à Laget »: another holder is named
    OTHER = "other"  # anything else: read as a question


# Words that may surround a yes or a no without changing it (« oui merci », « non c'est bon »).
_FILLER = frozenset(
    """
    je j c d est c a ca tout fait sur merci mercii svp stp s il vous te plait vas y allez
    alors donc mais ne en fait finalement le la ce cela ceci beaucoup bcp tres mille fois
    moi vous
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# The proxy itself, named in a yes or a no (« je confirme mon pouvoir », « annule ma
# procuration »): it says what is confirmed or dropped, no name.
_THE_PROXY = frozenset("mon ma le pouvoir procuration demande".split())  # noqa: SIM905
# Assent as people type it to « Confirmez-vous ? »; « remplace » answers « voulez-vous le
# remplacer ? », « volontiers » the polite form; « vas-y » and « allez-y » are all filler once
# read, so they are phrases below.
_YES = frozenset(
    """
    oui ouii ouiii ouai ouais ouep ouaip yep yes yeah ok okay oki okey dac dak daccord accord
    bon parfait parfaitement exact exactement entendu go impeccable nickel super top genial
    volontiers absolument certainement evidemment carrement effectivement affirmatif correct
    juste confirmer confirme confirmez confirmes confirmons valider valide validez valides
    remplace remplacer remplacez remplaces enregistre enregistrer enregistrez envoie envoyer
    envoyez fais faites roule marche impec bravo cool nikel bien voila
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_NO = frozenset(
    """
    non nan nope no annuler annule annulez annulation abandonner abandonne abandon stop tomber
    laisse laissez oublie oubliez rien pas plus veux garde garder gardez
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# Phrases read as one word before the words are weighed: « pas de souci » is a yes although it
# holds « pas »; « vas-y » is a yes although each of its words alone says nothing.
_PHRASES = (
    (cues.plain(r"\bpas (?:de |d )?(?:souci|soucis|probleme|problemes|pb)\b"), " oui "),
    (cues.plain(r"\bsans (?:souci|soucis|probleme|problemes|pb)\b"), " oui "),
    (cues.plain(r"\b(?:vas|va|allez|allons) y\b"), " oui "),
    (cues.plain(r"\b(?:c est|cest|c) (?:ca|sa|ok|juste|exact|correct|parfait)\b"), " oui "),
    (cues.plain(r"\bavec plaisir\b|\bbien sur\b|\btout a fait\b|\bca me va\b"), " oui "),
    (cues.plain(r"\bc ca\b|\bcc\b"), " oui "),
)
# A reply may be a thumb alone: each sign stands for its word.
_SIGNS = (
    ("👍", " oui "),
    ("👌", " oui "),
    ("✅", " oui "),
    ("✔", " oui "),
    ("🆗", " oui "),
    ("🙏", " merci "),
    ("👏", " oui "),
    ("🤝", " oui "),
    ("👎", " non "),
    ("❌", " non "),
    ("🚫", " non "),
    ("✖", " non "),
)
# « non, plutôt à Laget », « finalement à Bony », « en fait donne-le à Semache », « à Laget » :
# a change of holder is said with one of these, then a name.
_CHANGE = cues.plain(
    r"^(?:(?:non|nan|pardon|oups|euh|ah|oh|bon|alors|ben|bah|donc|eh|bien|mais|ok|hmm|"
    r"tout compte fait|reflexion faite|a la reflexion|attends?|attendez|en fait|finalement|plutot|"
    r"je me suis trompe\w*|erreur|change\w*|remplace\w*|mets?|mettez|donne\w*|le|la|lui|"
    r"pas|elle|celui la|celle la|je change|"
    r"pouvoir|procuration|mon|ma|je|j|c est|plutot|prefere|prefere\w*|au|a la place|"
    r"de preference)\s+)*(?:a|au|pour)\s+"
    # « c'est bon pour mon pouvoir ? », « ok pour jeudi »: what follows is no name
    r"(?!(?:mon|ma|mes|ton|ta|tes|son|sa|ses|notre|votre|nos|vos|leur|leurs|quand|quoi|qui"
    r"|combien|quel\w*|moi|toi|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche|demain"
    r"|ce|cette|ca)\b)\S"
)
_WORDS = cues.plain(r"\w+")
# « pas à Laget », « surtout pas à Rivat »: a member named as the one NOT to hold the proxy
# (it was read as « plutôt à Laget » and offered); « pas à Bony mais à Laget » still changes
_NOT_TO = cues.plain(r"\b(?:pas|jamais) (?:a|au|pour) (?!.*\bmais\b)")
# « ah non plutôt Mouseghian », « euh attendez, mettez Bonnet », « c'est Thizy finalement »: a
# change of holder said without « à », with a word that corrects; what is left is a name.
_CORRECTING = frozenset(
    """
    non nan plutot finalement mettez mets mettre change changer changeons changez remplace
    remplacez prefere preferable preferais attendez attends pardon oups erreur trompe trompee
    disons mettons reflexion compte
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_AROUND_A_CORRECTION = (
    _FILLER
    | _CORRECTING
    | frozenset(
        "ah oh euh bon ben bah hmm eh donc plutot lui elle la le".split()  # noqa: SIM905
    )
)
# Words no name is made of: with them the message says something else (« non, Thizy était
# absent »).
_NOT_A_NAME = frozenset(
    """
    etait etaient sera seront est es suis absent absente present presente qui quoi quand ou
    vote votera vient viendra viens viendrai pas aussi excuse excusee seance bureau conseil
    """.split()  # noqa: SIM905
)


# « non pas à Bony mais à Thizy », « Thizy plutôt que Bony », « Thizy, pas Bony », « Thizy au
# lieu de Bony »: what opens the words naming the member ruled out (folded, one or two words) ...
_RULING_OUT = frozenset(
    (
        "pas",
        "jamais",
        "ni",
        "non pas",
        "et pas",
        "et non",
        "mais pas",
        "surtout pas",
        "plutot que",
        "plutot qu",
        "au lieu de",
        "au lieu d",
        "a la place de",
        "a la place d",
    )
)
# ... and what ends them: a mark, « mais », « c'est », « plutôt », or « à » once a name is read
_MARKS = frozenset(",;.!?:")
_RULED_OUT_ENDS = _MARKS | {"mais", "plutot", "c", "sinon"}
_TO = frozenset(("a", "au", "pour"))
# Words that say the negation is about something else than a member (« pas là jeudi », « pas
# encore », « pas pouvoir à Laget »)
_ABOUT_ANOTHER_THING = frozenset(
    """
    la le les l de d du des un une encore maintenant tout tous ca cela ce sur sure certain
    possible moi toi y en lundi mardi mercredi jeudi vendredi samedi dimanche demain aujourd
    hui ici assez trop tres si vraiment venir aller assister participer voter etre
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# Words of a holder's part that are no name (what is left must name someone)
_NO_NAME_LEFT = frozenset("surtout dire voulais voulu veux m mr mme monsieur madame".split())  # noqa: SIM905


_CIVILITY_DOT = cues.plain(r"\b(m|mr|mme|mlle|me|dr)\.", re.IGNORECASE)


def _not_ruled_out() -> frozenset[str]:
    return _ABOUT_ANOTHER_THING | _NOT_A_NAME | _THE_PROXY | _GIVING | _NO | _YES


def ruled_out(text: str) -> str | None:
    """The words after « pas à » when a reply only rules a member out (« non pas à Bony ! »),
    else None."""
    folded = " ".join(_WORDS.findall(fold(text)))
    found = _NOT_TO.search(folded)
    return folded[found.end() :] if found and holder_part(text) == text else None


def _named_after_preferring(folded: list[str]) -> bool:
    """Whether a word that may be a name follows « je préfère » (« je préfère Thizy »), so that
    an « à » after it names the member set aside."""
    preferring = [i for i, w in enumerate(folded) if w.startswith("prefer")]
    return bool(preferring) and any(
        w not in _not_ruled_out() and w not in _AROUND_A_CORRECTION and w not in _MARKS
        for w in folded[preferring[0] + 1 :]
    )


def holder_part(text: str) -> str:
    """The words of a proxy's message that name its holder when another member is ruled out in
    it (« non pas à Bony mais à Thizy »: « à Thizy »); the text itself when none is, or when
    nothing but the member ruled out is named (« pas à Laget »)."""
    # « M. Bony »: a civility's dot ends nothing
    tokens = re.findall(r"[\w-]+|[,;.!?:]", _CIVILITY_DOT.sub(r"\1 ", text))
    folded = [t if t in _MARKS else fold(t) for t in tokens]
    kept: list[str] = []
    ruled_out = False
    i = 0
    while i < len(tokens):
        opening = next((n for n in (4, 3, 2, 1) if " ".join(folded[i : i + n]) in _RULING_OUT), 0)
        if folded[i] in ("que", "qu") and "plutot" in folded[:i]:
            opening = 1  # « plutôt Thizy que Bony »
        if folded[i] in _TO and _named_after_preferring(folded[:i]):
            opening = 1  # « je préfère Thizy à Bony »
        # « je n'y serai pas Laget a mon pouvoir »: a verb's negation, unless « mais » follows
        # (« je ne veux pas Bony mais Thizy »)
        negating_a_verb = opening == 1 and bool({"ne", "n"} & set(folded[max(0, i - 3) : i]))
        if not opening:
            kept.append(tokens[i])
            i += 1
            continue
        j = i + opening
        j += 1 if j < len(folded) and folded[j] in _TO else 0
        start = j
        while j < len(folded) and folded[j] not in _RULED_OUT_ENDS:
            if j > start and folded[j] in _TO:
                break  # « pas à Bony à Thizy »
            j += 1
        if negating_a_verb and folded[j : j + 1] != ["mais"]:
            j = start
        if j == start or j - start > 4 or _not_ruled_out() & set(folded[start:j]):
            # « non pas », « je ne donne pas pouvoir à Laget », « pas là jeudi »: nobody is
            # ruled out here
            kept.append(tokens[i])
            i += 1
            continue
        ruled_out = True
        i = j
    names = [
        t
        for t, f in zip(kept, (fold(t) for t in kept), strict=True)
        if t not in _MARKS
        and f not in _AROUND_A_CORRECTION | _GIVING | _NO | _YES | _TO | _NO_NAME_LEFT
        and f not in ("c", "est", "ne", "n")
    ]
    return " ".join(kept) if ruled_out and names else text


# « … pas pouvoir à Degraix mais à Laget », « pas à Bony, mais plutôt Thizy », « pas de
# pouvoir mais je serai absent »: after a negation, « mais » opens what is said instead
_BUT_INSTEAD = cues.plain(r"\b(?:pas|jamais|point)\b.*\bmais\W+\w")


def instead_said(text: str) -> bool:
    """Whether a proxy's negation is followed by what stands instead: a member set aside for
    another (« non pas à Bony mais à Thizy », `holder_part`), or « … mais » and another thing
    (« je ne donne pas pouvoir mais je serai absent »). The one reader of « pas … mais … »,
    for the dialog and for the question's reading (a proxy refused, or not only refused)."""
    return holder_part(text) != text or _BUT_INSTEAD.search(fold(text)) is not None


def _signs_as_words(text: str) -> str:
    for sign, word in _SIGNS:
        text = text.replace(sign, word)
    return text


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def read_reply(text: str) -> Said:
    """What a reply to the pending proxy says (a name itself is the caller's to resolve)."""
    folded = fold(_signs_as_words(text))
    for phrase, word in _PHRASES:
        folded = phrase.sub(word, folded)
    words = _WORDS.findall(folded)
    if not words or len(words) > 12:
        return Said.OTHER
    meaningful = [w for w in words if w not in _FILLER and w not in _THE_PROXY]
    if meaningful and all(w in _YES for w in meaningful):
        return Said.CONFIRM
    if meaningful and all(w in _NO or w in _YES for w in meaningful) and _NO & set(meaningful):
        # « non », « non merci », « ok, annule », « je ne veux plus », « laisse tomber »
        return Said.CANCEL
    if holder_part(text) != text:
        return Said.CHANGE  # « pas Bony, Thizy »: the other one
    if _NOT_TO.search(" ".join(words)):
        return Said.OTHER
    if _CHANGE.match(" ".join(words)):
        return Said.CHANGE
    rest = [w for w in words if w not in _AROUND_A_CORRECTION]
    if (
        _CORRECTING & set(words)
        and 0 < len(rest) <= 3
        and not _NOT_A_NAME & set(rest)
        and not set(rest) <= _NO | _YES
    ):
        return Said.CHANGE
    return Said.OTHER


_BARE_COMMAND = cues.plain(
    r"^(?:(?:oui|ok|non|bon|alors|en fait|finalement|euh|bah|ben)\s+)*(?:je\s+|j\s+)?"
    r"(?:confirmer|confirme|valider|valide|annuler|annule)(?:\s+(?:le|mon)\s+"
    r"(?:pouvoir|procuration)|\s+tout)?$"
    r"|^(?:(?:bon|alors|en fait|finalement|non)\s+)*(?:on\s+)?(?:annule|annulez)\s+tout$"
    r"|^(?:(?:bon|alors|en fait|finalement|non)\s+)*tout annuler$"
)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def is_a_button_word(text: str) -> bool:
    """« Confirmer », « Annuler » typed as text: a button's label, never a name or a topic."""
    return bool(_BARE_COMMAND.match(" ".join(_WORDS.findall(fold(text)))))


# The words that give a proxy around its holder's name (« je donne mon pouvoir à Zorglub »):
# never part of the name said back (« aucun membre nommé « donne pouvoir Zorglub » »).
_GIVING = frozenset(
    "je j donne donner redonne confie laisse transmets mon ma pouvoir procuration".split()  # noqa: SIM905
)


def name_part(text: str) -> str:
    """The words of a correction that may be a name (« ah non plutôt Durandal »: « Durandal »),
    as typed; the whole text when none is left."""
    kept = [
        w
        for w in re.findall(r"[\w'’-]+", holder_part(text))
        if fold(w) not in _AROUND_A_CORRECTION
        and fold(w) not in _GIVING
        and fold(w) not in ("a", "au", "pour", "à")
    ]
    return " ".join(kept) or text.strip()
