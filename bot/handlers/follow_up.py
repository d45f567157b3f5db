"""The secretariat's follow-up of a convocation, in words: « qui n'a pas encore accusé
réception ? » (the report of /suivi), « exporte les réponses en CSV » (its spreadsheet),
« rappelle à Berger qu'elle n'a pas répondu » (the relaunch, to that member alone). Each is
answered from what exists, for the secretariat only: a member asking is told so.
"""

from __future__ import annotations

from sqlmodel import select

from bot.handlers.common import MAX_QUESTION_LENGTH, Ask
from bot.handlers.convocations import relaunch_now
from bot.handlers.records import EXPORT, send_document
from bot.render import render, to_plain_text
from bot.services import convocations
from bot.services.intents import InvalidDate, parse_question
from bot.services.sitting_orders import coming_day
from storage import cues, queries
from storage.models import Delivery, DeliveryStatus, Member, Sitting
from storage.names import fold

_OF_FOLLOW_UP = cues.plain(r"\b(?:reponses?|suivi|accuses?|receptions?|convocations?|retours?)\b")
# « le fichier des preuves de réception », « télécharger les accusés »: the same spreadsheet
# (« le fichier de la convocation » is a member's own convocation, never this)
_FILE = cues.plain(r"\b(?:fichier|telecharg\w*|document)s?\b")
_PROOFS = cues.plain(r"\b(?:preuves?|accuses?|receptions?|remises?|reponses?|suivi)\b")
# « preuve d'envoi des convocations du 25 », « les justificatifs de remise »: the proof itself
# asked, per member (it was answered whether the convocation went, in one sentence)
_PROOF_OF = cues.plain(
    r"\b(?:preuves?|justificatifs?|attestations?|traces?) (?:d |de |des |de la )?(?:l )?"
    r"(?:envois?|remises?|receptions?|delivrances?|transmissions?|notifications?)\b"
)
# « relance Berger », « rappelle à Berger qu'elle n'a pas répondu », « envoie un rappel à Berger »,
# « renvoie la convocation à Berger » (the member's, never the secretary's own sent back)
_RELAUNCH = cues.plain(
    r"^(?:(?:bonjour|svp|stp|merci de|peux tu|pouvez vous|tu peux|vous pouvez|pourrais tu"
    r"|pourriez vous|il faut|faut) )*"
    r"(?:(?P<relance>relanc\w*|renv(?:oi|oy)\w* (?:la |sa |leur |les )?convoc\w*)|rappel(?:le"
    r"|lez|er)|(?:envoie|envoyez|envoyer) (?:un )?rappel)\b(?P<rest>.*)$"
)
# « rappelle-moi la date du bureau »: the asker's own reminder, never a member's relaunch
_TO_MYSELF = cues.plain(r"^ ?(?:moi|nous|m|me)\b")
_OF_ANSWER = cues.plain(r"\b(?:repondu|reponse|repondre|convoc\w*|accuse\w*|reception)\b")


async def answer_text(ask: Ask, text: str) -> bool:
    """The follow-up asked in words, answered; False for anything else."""
    if len(text) > MAX_QUESTION_LENGTH:
        return False
    folded = " ".join(fold(text).replace("’", " ").replace("-", " ").split())
    folded = " ".join(w for w in folded.replace("'", " ").split())
    m = _RELAUNCH.match(folded)
    if (
        m is not None
        and not _TO_MYSELF.match(m["rest"])
        and (m["relance"] or _OF_ANSWER.search(m["rest"]))
    ):
        # one member named; « relance ceux qui n'ont pas accusé réception »: all, as offered
        return await _relaunch_named(ask, text)
    # (a member's « j'ai une preuve de réception de ma convocation ? » is their own receipt)
    proof = ask.asker.secretariat and _PROOF_OF.search(folded) is not None
    if (
        (EXPORT.search(folded) and _OF_FOLLOW_UP.search(folded))
        or (_FILE.search(folded) and _PROOFS.search(folded))
        or proof
    ):
        return await _asked(ask, text, _export)
    # « qui n'a pas encore accusé réception ? » is the receipts' question (Asked.RECEIPTS):
    # each member's receipt for the secretariat, one's own and a count for a member
    return False


async def _relaunch_named(ask: Ask, text: str) -> bool:
    """« relance Berger »: that member reminded; False when nobody is named."""
    named = ask.reads.resolution(ask.session, text, in_text=True)
    if named.status == "unknown":
        return False
    if not ask.asker.secretariat:
        await ask.reply("follow_up_members")
        return True
    if named.member is None:
        await ask.reply(
            "relaunch_one",
            code="which",
            names=[f"{c.first_name or ''} {c.last_name}".strip() for c in named.candidates],
        )
        return True
    sitting = await _sitting(ask, text)
    if sitting is not None:
        await _relaunch_one(ask, sitting, named.member.member_id)
    return True


async def _asked(ask: Ask, text: str, answer) -> bool:  # type: ignore[no-untyped-def]
    if not ask.asker.secretariat:
        await ask.reply("follow_up_members")
        return True
    sitting = await _sitting(ask, text)
    if sitting is not None:
        await answer(ask, sitting)
    return True


async def _sitting(ask: Ask, text: str) -> Sitting | None:
    """The convened sitting to come that the message names (a day, a body), else the next
    convened one; else it is said there is none, and None."""
    today = ask.runtime.today()
    try:
        question = parse_question(text, today)
    except InvalidDate as error:
        # « le bureau du 31 février »: said, never read as the next sitting (its export sent,
        # or a member reminded, for a sitting that was not named)
        await ask.reply("invalid_date", text=error.text)
        return None
    body = queries.body_by_hint(
        session=ask.session, hint=question.body_hint, council_id=ask.asker.council_id
    )
    convened = [
        s
        for s in queries.coming_sittings_of(
            session=ask.session,
            today=today,
            body_id=body.id if body else None,
            council_id=ask.asker.council_id,
        )
        if s.convened_at is not None
    ]
    on = coming_day(question.on, today, text) if question.on else None
    if on is not None:
        convened = [s for s in convened if on in (s.held_on, s.postponed_from)]
    if not convened:
        await ask.reply("follow_up_none", on=on)
        return None
    return convened[0]


async def _export(ask: Ask, sitting: Sitting) -> None:
    tz = ask.runtime.settings.tz
    report = convocations.report(session=ask.session, sitting_id=sitting.id or 0)
    view = ask.sitting_view(sitting.id or 0)
    name = to_plain_text(render("follow_up_file", s=view))
    await send_document(
        ask, convocations.csv_bytes(report, tz), name, render("follow_up_caption", s=view)
    )


async def _relaunch_one(ask: Ask, sitting: Sitting, member_id: int) -> None:
    """One member reminded now, if the convocation reached them and they said nothing yet;
    else why not (not convened, not reachable here, already answered)."""
    sid = sitting.id or 0
    delivery = ask.session.exec(
        select(Delivery).where(
            Delivery.sitting_id == sid,
            Delivery.member_id == member_id,
            Delivery.kind == convocations.current_convocation(ask.session, sid),
        )
    ).first()
    view = ask.sitting_view(sid)
    member = ask.session.get(Member, member_id)
    who = member.display_name if member is not None else ""
    if not convocations.reminding(sitting, ask.runtime.now(), ask.runtime.settings.tz):
        code = "begun"  # a reminder for a sitting under way, or held this afternoon
    elif delivery is None:
        code = "not_convened"
    elif delivery.status in (DeliveryStatus.pending, DeliveryStatus.sending):
        code = "pending"  # the convocation itself is still on its way
    elif delivery.status != DeliveryStatus.sent:
        code = "unreachable"
    elif delivery.acknowledged_at is not None or delivery.answered_at is not None:
        code = "answered"
    else:
        code = "sent" if relaunch_now(ask, sitting, only=member_id) else "recent"
    since = convocations.last_relaunched(ask.session, sid, ask.runtime.now()).get(member_id)
    await ask.reply(
        "relaunch_one",
        code=code,
        s=view,
        who=who,
        d=delivery,
        since=since.astimezone(ask.runtime.settings.tz) if since else None,
    )
