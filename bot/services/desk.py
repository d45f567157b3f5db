"""What the secretariat asks of a sitting around its day, in words: before it, whether all is
ready (« tout est prêt pour le bureau du 18 ? »: convocation sent in time, received,
acknowledged, answered, the quorum forecast, the proxies); after it, the attendance block of
its minutes (« le bloc présences pour le PV du bureau du 2 »), from the roll call recorded and
the proxies, ready to paste.

Reading and gathering only: the handler (bot/handlers/desk.py) finds the sitting and answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from bot.services import convocations, proxies
from storage import cues, rules
from storage.models import Body, Sitting
from storage.names import fold

# « tout est prêt pour le bureau du 18 ? », « on est prêts pour le conseil ? », « où en est la
# préparation du bureau du 18 », « la checklist du bureau », « état des lieux avant le bureau »
_READY = cues.plain(
    r"\b(?:(?:tout|c|on|est ce|sommes nous|nous sommes|est ce qu on|est ce que tout)"
    r" (?:est |sera |serait |sommes |est bien |sera bien )?(?:pret|prets|prete|pretes)"
    r"|tout est (?:bien )?(?:en ordre|ok|bon|cale|regle|en place|boucle)|rien ne manque"
    r"|check ?list|liste de (?:controle|verification)|ou en est (?:la preparation|le|la)"
    r"|ou en sommes nous|(?:etat|point) (?:de|sur) la preparation|etat des lieux"
    r"|manque t il (?:quelque chose|qqch)|il manque quelque chose|reste t il quelque chose"
    r"|qu est ce qui (?:manque|reste a faire)|que reste t il a faire)\b"
)
_SITTING = cues.plain(r"\b(?:bureau|conseil|seance|reunion|commission|assemblee|pleniere)\b")
# « le bloc présences pour le PV du bureau du 2 », « le paragraphe des présents du procès-verbal »,
# « les présences à coller dans le compte rendu »
_BLOCK = cues.plain(r"\b(?:bloc|paragraphe|encart|mention|formule|rubrique|partie|texte)s? ")
_ATTENDANCE = cues.plain(r"\b(?:presences?|presents?|emargements?|appel|assistance|quorum)\b")
_MINUTES = cues.plain(r"\b(?:pv|proces verbal|proces verbaux|compte rendu|cr|registre)\b")


def _folded(text: str) -> str:
    return " ".join(fold(text).replace("’", " ").replace("'", " ").replace("-", " ").split())


# « peut-on ouvrir la séance ? », « on peut commencer le bureau ? », « ouverture de la séance du
# conseil »: the quorum at this moment, from the arrivals and the answers (never « ouvre le PDF »)
_OPENING = cues.plain(
    r"\b(?:ouvr\w*|ouverture|demarr\w*|commenc\w*|debut\w*) (?:de |d )?(?:la |le |l )?"
    r"(?:seance|bureau|conseil|reunion|assemblee|pleniere)\b"
)


def opening_asked(text: str) -> bool:
    """Whether a message asks if a sitting can be opened (its quorum now)."""
    folded = _folded(text)
    return bool(_OPENING.search(folded)) and not _READY.search(folded)


# « c'est prêt pour lundi 1er février ? », « tout est prêt pour le 18 ? »: the sitting by its day
_A_DAY = cues.plain(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|apres demain"
    r"|(?:le|du|pour le) \d{1,2}(?:er)?)\b"
)


_READY_WORD = cues.plain(r"\bpr(?:et|ets|ete|etes)\b")


def readiness_asked(text: str) -> bool:
    """Whether a message asks if a sitting to come is ready (named, by its day, or « le
    prochain »)."""
    folded = _folded(text)
    if not _READY.search(folded):
        return False
    # (by its day alone, only « prêt »: « où en est la délibération du 18 » is no checklist)
    return bool(_SITTING.search(folded) or (_A_DAY.search(folded) and _READY_WORD.search(folded)))


def minutes_block_asked(text: str) -> bool:
    """Whether a message asks for the attendance block of a sitting's minutes."""
    folded = _folded(text)
    if not _ATTENDANCE.search(folded):
        return False
    return bool(_MINUTES.search(folded) or _BLOCK.search(f"{folded} "))


@dataclass(frozen=True, slots=True)
class Readiness:
    """Where a sitting to come stands, each point what the secretariat checks before it."""

    convened_on: date | None
    notice: int | None  # jours francs the convocation gave
    notice_required: int
    last_day: date  # the last day to send it with its notice
    late: bool  # not sent, and its last day is past: only urgency is left
    members: int  # convened (or to convene)
    received: int  # on Telegram
    acknowledged: int
    answered: int
    other_means: int  # to convene by another means (no Telegram account, a failure)
    forecast: proxies.QuorumForecast
    agenda: int
    place: bool

    @property
    def ready(self) -> bool:
        return (
            self.convened_on is not None
            and not self.forecast.at_risk
            and self.agenda > 0
            and self.place
            and self.acknowledged >= self.members
        )


def readiness(session: Session, sitting: Sitting, today: date) -> Readiness:
    """The points of a sitting to come, as they stand."""
    body = session.get(Body, sitting.body_id)
    assert body is not None
    required = rules.notice_days_required(body.notice_days, sitting.second_convocation)
    last_day = rules.last_day_to_send(sitting.held_on, required)
    convened_on = sitting.convened_on
    report = convocations.report(session=session, sitting_id=sitting.id or 0)
    forecast = proxies.quorum_forecast(session=session, sitting=sitting)
    return Readiness(
        convened_on=convened_on,
        notice=rules.jours_francs(convened_on, sitting.held_on) if convened_on else None,
        notice_required=required,
        last_day=last_day,
        late=convened_on is None and today > last_day,
        members=len(report.lines) if convened_on else forecast.in_office,
        received=len(report.received),
        acknowledged=report.acknowledged,
        answered=report.answered,
        other_means=len(report.by_other_means),
        forecast=forecast,
        agenda=len(sitting.agenda or []),
        place=bool(sitting.place),
    )
