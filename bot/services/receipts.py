"""« bien reçu la convocation », « reçu, merci », « ok pour jeudi »: a member acknowledging a
convocation in words, as they would answer an e-mail, instead of pressing « Accuser
réception ». Read before small talk, so that the receipt is recorded (once) rather than
answered « Entendu »; pure, no store.

A receipt is recognised by what the message is made of: a word of receiving or noting (« reçu »,
« reçue », « noté », « bien eu »), optionally what was received (the convocation, the agenda,
the mail) or the sitting it is for (« pour jeudi », « pour le bureau »), and politeness; or
« ok pour » a day or the sitting. A question (« ? »), a negation (« pas reçu ») or anything
else in the message makes it something else.
"""

from __future__ import annotations

from functools import lru_cache

from storage import cues
from storage.names import fold

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_SAID = cues.plain(r"[^\w]+")
# What a receipt is made of, besides the word that receives.
_POLITE = frozenset(
    """
    merci mercii beaucoup bien tres ok okay oki dac d accord parfait super top nickel cool
    bonjour bonsoir salut cordialement bonne journee soiree a vous toi c est ce j ai je l la le
    les ma mon votre vos ta ton cette cet ce pour du de des au aux et tout toute bien note
    notee entendu ca marche impeccable accuse cinq sur 5
    vous accuse accusons confirme confirmons avoir pris prends prenons remercie nous en
    jaccuse jai est m me sont bonne bon
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
_READ = frozenset("lu lue lus lues".split())  # noqa: SIM905
_RECEIVED_WORDS = (
    frozenset(
        """
        recu recue recus recues reception receptionne receptionnee eu eue note notee connaissance
        """.split()  # noqa: SIM905
    )
    | _READ
)
_ARRIVED = frozenset(
    """
    parvenu parvenue parvenus parvenues arrive arrivee arrives arrivees
    """.split()  # noqa: SIM905
)
_WHAT = frozenset(
    """
    convocation convocations convoc convocs invitation invitations courrier mail mails message
    messages odj ordre jour documents document dossier pieces piece envoi
    """.split()  # noqa: SIM905
)
_SITTING = frozenset(
    """
    seance reunion bureau conseil demain prochain prochaine session
    """.split()  # noqa: SIM905
) | frozenset(_WEEKDAYS)
_OK_FOR = cues.plain(r"^(?:ok|okay|d accord|entendu|c est note|note|parfait)\s+pour\b")
_NOT = cues.plain(r"\b(?:pas|jamais|ne|n|rien|toujours)\b")


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def acknowledges_receipt(text: str) -> bool:
    """Whether a message only says that a convocation was received or noted."""
    if "?" in text:
        return False
    said = " ".join(_SAID.sub(" ", fold(text)).split())
    words = said.split()
    if not words or len(words) > 14 or _NOT.search(said):
        return False
    # « la convocation m'est bien parvenue », « convocation bien arrivée »: arrived, of a
    # convocation named (never « la séance est arrivée »)
    arrived = bool(_ARRIVED & set(words)) and bool(set(words) & _WHAT)
    received = arrived or (
        bool(_RECEIVED_WORDS & set(words))
        and (
            # « bien reçu », « reçu merci », « c'est noté pour jeudi »: not « noté » alone;
            # « je l'ai lue, c'est bon »: read, of the convocation the « l' » stands for
            not set(words) & ({"note", "notee", "eu", "eue"} | _READ)
            or bool(set(words) & (_WHAT | _SITTING | {"recu", "recue", "reception"}))
            or read_it(text)
        )
    )
    ok_for = bool(_OK_FOR.match(said)) and bool(set(words) & _SITTING)
    if not (received or ok_for):
        return False
    allowed = _POLITE | _RECEIVED_WORDS | _ARRIVED | _WHAT | _SITTING
    return all(w in allowed or w.isdigit() or w in _MONTHS for w in words)


def read_it(text: str) -> bool:
    """« je l'ai lue »: read, of something the « l' » stands for (the convocation, to the
    member who says it)."""
    words = set(_SAID.sub(" ", fold(text)).split())
    return bool(words & _READ) and "l" in words


def weekday_named(text: str) -> int | None:
    """« ok pour jeudi »: the day of the week named (Monday 0), if one is."""
    words = set(_SAID.sub(" ", fold(text)).split())
    return next((i for i, day in enumerate(_WEEKDAYS) if day in words), None)


_MONTHS = frozenset(
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()  # noqa: SIM905
)
