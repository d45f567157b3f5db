"""One action offered with one button, kept so that a typed yes presses it.

« envoie la convocation du bureau » offers [Envoyer la convocation]; the secretary types
« oui », « vas-y », « ok envoie » rather than pressing it (it was « Entendu. Une autre
question ? », and nothing was sent). When the answers to one update offer exactly one
button, and a button a yes may press (`PRESSABLE`), it is kept in the store under the
account for `OFFER_KEPT`; any update answered otherwise (a question, another button, a
press) forgets it, so a yes never presses an offer another answer has replaced. The yes,
the no, and what the press does are bot/handlers/convocations.py's (`press_in_words`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from bot import callbacks
from bot.callbacks import Convene, Relaunch
from bot.services.proxy_dialog import Said, read_reply
from storage import chat_state, cues
from storage.names import fold

OFFER_KEY = "offer"
# The secretariat's order about a sitting waiting for its yes (bot/handlers/sitting_orders.py):
# a newer offer a yes may press replaces it, so that « oui » never carries out the older one
SITTING_ORDER_KEY = "sitting_order"
OFFER_KEPT = timedelta(minutes=5)  # a yes typed later presses nothing: the offer is asked again
# The buttons a typed yes may press: the secretariat's acts offered alone (sending the
# convocation, in urgency or not; reminding the silent members). The orders about a sitting
# read their own yes (bot/handlers/sitting_orders.py), the drafts theirs (new_sitting.py).
PRESSABLE = (Convene, Relaunch)


def pressable(offered: list[str]) -> str | None:
    """The button's payload when the answers offered exactly one and a yes may press it."""
    if len(offered) != 1:
        return None
    return offered[0] if isinstance(callbacks.parse(offered[0]), PRESSABLE) else None


def settle(session: Session, telegram_user_id: int, offered: list[str], now: datetime) -> None:
    """After an update of the secretariat: its one pressable offer kept, any older one
    forgotten (read from what the session already holds: no query when there is none)."""
    data = pressable(offered)
    if data is not None:
        # (« annule le bureau du 27 », then « relance-les » offered [Relancer]: the « oui »
        # that follows answers the reminder, never the cancellation still kept)
        chat_state.delete(
            session=session, telegram_user_id=telegram_user_id, key=SITTING_ORDER_KEY
        )
        chat_state.put(
            session=session,
            telegram_user_id=telegram_user_id,
            key=OFFER_KEY,
            value=data,
            now=now,
            ttl=OFFER_KEPT,
        )
    elif chat_state.get(
        session=session, telegram_user_id=telegram_user_id, key=OFFER_KEY, now=now
    ):
        chat_state.delete(session=session, telegram_user_id=telegram_user_id, key=OFFER_KEY)


def waiting(session: Session, telegram_user_id: int, now: datetime) -> callbacks.Payload | None:
    """The offer a yes would press now, if one is kept and still within its time."""
    data = chat_state.get(
        session=session, telegram_user_id=telegram_user_id, key=OFFER_KEY, now=now
    )
    return callbacks.parse(data) if isinstance(data, str) else None


def drop(session: Session, telegram_user_id: int) -> None:
    chat_state.delete(session=session, telegram_user_id=telegram_user_id, key=OFFER_KEY)


# The act itself named in the yes (« ok envoie », « oui convoque », « relance-les », « oui en
# urgence »): it says what is confirmed; « attends », « plus tard », « pas encore »: a no.
_ACT_SAID = cues.plain(
    r"\b(?:envoie\w*|envoy\w*|convoque\w*|relance\w*|rappelle\w*|lance|lancez)\b"
)
# the verbs of a reminder: said under the convocation's offer (or the other way round), they
# order another act than the one offered, which no « oui » presses
_REMINDER_SAID = cues.plain(r"\b(?:relance\w*|rappelle\w*)\b")
_ACT_WORDS = cues.plain(
    r"\b(?:les|la|l|leur|leurs|lui|convocations?|rappels?|maintenant|urgence|direct"
    r"|directement|tous|toutes|hop|aussi|surtout|un|une|peu|instant|moment|sec|seconde|minute)\b"
)
_NOT_NOW = cues.plain(r"\b(?:attends|attendez|attendons|attend|plus tard|pas encore)\b")
# The act denied: « ne l'envoie pas », « n'envoie rien », « surtout pas », « pas maintenant »
_DENIED = cues.plain(
    r"\b(?:ne|n|pas|jamais|rien|attends|attendez|attendons|attend|plus tard|annule|annuler)\b"
)
_LEADING_NO = cues.plain(r"^\W*(?:non\W+)+")


def read_answer(text: str, *, reminder: bool) -> Said:
    """What a reply to the offer says: CONFIRM, CANCEL, or OTHER (read as any message). The
    act ordered after a « non » (« non, envoie-la », « non non relance-les ») is ordered: the
    « non » answers the question the offer asked (« pas encore envoyée ? »), the verb the
    offer itself; a verb denied (« non, ne l'envoie pas ») stays a no; the verb of another act
    than the one offered (`reminder`: a reminder is) is no answer to it."""
    folded = fold(text)
    act = _ACT_SAID.search(folded)
    if act and bool(_REMINDER_SAID.match(act.group())) != reminder:
        return Said.OTHER  # « relance-les » under the convocation to send: not that button
    ordered = _ACT_SAID.search(folded) is not None and not _DENIED.search(folded)
    folded = _NOT_NOW.sub(" non ", folded)
    folded = _ACT_WORDS.sub(" ", _ACT_SAID.sub(" oui ", folded))
    if ordered:
        folded = _LEADING_NO.sub(" ", folded)
    said = read_reply(folded)
    return said if said in (Said.CONFIRM, Said.CANCEL) else Said.OTHER
