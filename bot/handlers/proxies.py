"""/pouvoir, /annuler_pouvoir, /mes_pouvoirs, /present, /absent: a member's acts before a sitting.

A proxy is a legal act: the bot restates it and registers it only on the member's own button
press; the holder is told at once and may decline; every step goes to the audit log.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlmodel import col, select
from telegram.error import BadRequest, Forbidden
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import callbacks
from bot.callbacks import (
    AskProxy,
    CancelProxy,
    ConfirmProxy,
    DeclineProxy,
    PickHolder,
    PickProxiesOf,
    SittingRef,
    WithdrawProxy,
)
from bot.context import CouncilApp
from bot.handlers.common import Ask, Handler, as_member, candidate_label, command_text
from bot.handlers.sittings import ask_question
from bot.render import agreement, render
from bot.services import answers, attendance_words, convocations, greetings, proxies
from bot.services.arguments import stray_numbers
from bot.services.frames import (
    LEAVING_STATED,
    MAI_THEN_WORD,
    About,
    Asked,
    Frame,
    Relative,
    another_gives,
    on_the_way,
    read_frame,
    read_frames,
)
from bot.services.intents import Question
from bot.services.names import (
    CHOICE_FILLER,
    MAN,
    NEGATIVE_RANK,
    WOMAN,
    Candidate,
    Resolution,
    choice_by_sex,
    choice_rank,
    choice_said,
)
from bot.services.proxy_dialog import (
    Said,
    holder_part,
    is_a_button_word,
    name_part,
    read_reply,
    ruled_out,
)
from bot.services.search import meaningful, words_of
from bot.services.sitting_orders import day_numbered
from bot.services.small_talk import small_talk
from storage import chat_state, cues, queries
from storage.french import MONTH_PATTERN, WEEKDAYS, DateMention, day_meant, find_dates
from storage.models import Member, Proxy, Sitting
from storage.names import feminine, fold
from storage.rules import MAX_CONSECUTIVE_PROXY_SITTINGS, ProxyRefusal

log = logging.getLogger(__name__)

# What the member is in the middle of (« À qui ? », « Confirmez-vous ? », « retirer votre
# pouvoir ? »), in the store: the next message may reach another bot process.
PENDING_KEY = "proxy"
# « Voulez-vous donner pouvoir à un collègue ? » after an absence declared: the next short
# message may answer it (« oui », « non », « Rivat »); anything else ends it. It holds nothing
# to confirm: it is never recalled, and it is not a question an edit could answer.
OFFERED = "offered"
PENDING_TTL = timedelta(minutes=30)
# A reply to the bot's question is short; a longer message is a question of its own and
# pays no look-up of what is pending.
_REPLY_LENGTH = 80


def _account(ask: Ask) -> int:
    user = ask.update.effective_user
    return user.id if user else 0


def pending_sitting(ask: Ask) -> int | None:
    """The sitting of the proxy that waits for its yes, if any."""
    pending = _pending(ask)
    sitting = pending.get("sitting") if pending.get("step") != OFFERED else None
    return int(sitting) if sitting else None


def _pending(ask: Ask) -> dict[str, Any]:
    value = chat_state.get(
        session=ask.session,
        telegram_user_id=_account(ask),
        key=PENDING_KEY,
        now=ask.runtime.clock(),
    )
    return value if isinstance(value, dict) else {}


def has_pending(ask: Ask) -> bool:
    """Whether a proxy question waits for this member's answer."""
    pending = _pending(ask)
    return bool(pending) and pending.get("step") != OFFERED


def _wait(ask: Ask, step: str, sitting_id: int | None, **value: Any) -> None:
    chat_state.put(
        session=ask.session,
        telegram_user_id=_account(ask),
        key=PENDING_KEY,
        value={"step": step, "sitting": sitting_id, **value},
        now=ask.runtime.clock(),
        ttl=PENDING_TTL,
    )


# the colleagues offered as buttons under « À qui ? »: a Bureau's worth, never the whole Conseil
_HOLDERS_OFFERED = 8


async def _ask_holder(ask: Ask, sitting: Sitting) -> None:
    """« À qui donnez-vous pouvoir ? », with the colleagues already declared present who could
    take it now as buttons (the rest may still be named), then wait for the name."""
    free = proxies.free_holders(
        ask.session,
        sitting,
        ask.asker.member_id or 0,
        ask.runtime.now(),
        ask.runtime.settings.tz,
        most=_HOLDERS_OFFERED,
    )
    buttons = [(candidate_label(m), PickHolder(sitting.id or 0, m.id or 0).encode()) for m in free]
    await ask.reply("proxy_usage", free=free, buttons=buttons or None)
    _wait(ask, "holder", sitting.id)


def _ids(asked: int | None) -> list[int]:
    """The message that asks the pending question, as `_wait` keeps it (« asked_in »)."""
    return [asked] if asked is not None else []


def _answers_another_message(ask: Ask, pending: dict[str, Any]) -> bool:
    """Words sent as a reply (Telegram's « Répondre ») under another of the assistant's
    messages than those asking the pending question: « oui » under an earlier proposal for
    BERGER registered the proxy to DEGRAIX proposed since. The member pointed elsewhere."""
    message = ask.update.effective_message
    replied = message.reply_to_message if message is not None else None
    asked_in: list[int] = pending.get("asked_in") or []
    return (
        bool(asked_in)
        and replied is not None
        and replied.from_user is not None
        and replied.from_user.is_bot
        and replied.message_id not in asked_in
    )


def _replied_notice(ask: Ask, member_id: int) -> Sitting | None:
    """The sitting of the assistant's notice the member's message replies to, if it does."""
    message = ask.update.effective_message
    replied = message.reply_to_message if message is not None else None
    if replied is None or replied.from_user is None or not replied.from_user.is_bot:
        return None
    return convocations.notice_sitting(ask.session, member_id, replied.message_id)


def _settle(ask: Ask) -> None:
    chat_state.delete(session=ask.session, telegram_user_id=_account(ask), key=PENDING_KEY)


def _actor(ask: Ask) -> proxies.Actor:
    user = ask.update.effective_user
    channel = "console" if user and user.id in ask.runtime.acting_as else "telegram"
    return proxies.Actor(ask.asker.member_id, user.id if user else None, channel)


async def members_sitting(ask: Ask, on: date | None) -> Sitting | None:
    """The asker's coming sitting (or the one on that date), or an answer saying there is none."""
    if ask.asker.member_id is None:
        await ask.reply("members_only")
        return None
    if on is None and (notice := _replied_notice(ask, ask.asker.member_id)) is not None:
        # « je serai absent » sent in reply to the convocation of the Conseil of the 25th was
        # recorded for the Bureau of the 18th, the member's next sitting: the notice says which
        # (that sitting itself, never another of the same day; its day only to say why not)
        on = notice.held_on
        if any(s.id == notice.id for s in _coming_on(ask, ask.asker.member_id, on)):
            return notice
    found = _coming_on(ask, ask.asker.member_id, on)
    if not found and on is not None and (day := _day_before_mai(ask, on)):
        # « je serai là le 18 mai en retard »: « mai » typed for « mais » — read so only when
        # no sitting is held on 18 May while the member's only coming one on a 18th is; the
        # day understood is said before the answer
        same_day = [s for s, _ in _coming(ask) if s.held_on.day == day]
        if len(same_day) == 1:
            await ask.reply("mai_read_as_mais", on=same_day[0].held_on)
            return same_day[0]
    if not found:
        cancelled = [
            s
            for s in proxies.coming_sittings(
                ask.session, ask.asker.member_id, ask.runtime.today(), cancelled=True
            )
            if on is None or s.held_on == on
        ]
        if cancelled and not _coming(ask):
            # « je serai absent le 17 » when the 17th's sitting was cancelled: said so, never
            # « aucune séance » as if there had been none
            view = _sitting_view(ask, cancelled[0])
            await ask.reply("proxy_refused", code="registration_closed", s=view)
            return None
        await ask.reply("no_coming_sitting", on=on, coming=_coming(ask) if on else [])
        return None
    return found[0]


async def sitting_of_day_number(ask: Ask, day: int) -> Sitting | None:
    """« absent le 4 » with no month: the member's coming sitting held on a 4th, whatever its
    month. None when none is, said with the sittings to come, never the 4th of a month nobody
    named (« le 4 » said on 10 July was read as 4 August, a day with no sitting)."""
    coming = _coming(ask)
    for sitting, _ in coming:
        if sitting.held_on.day == day:
            return sitting
    await ask.reply("no_coming_sitting_on_day", day=day, coming=coming)
    return None


async def declared_day_gone(ask: Ask, on: date, present: bool) -> bool:
    """« je serai absent le 4 juillet » said on the 10th: that day is past, said so with the
    member's coming sittings; nothing is noted (it was « trop tard : les pouvoirs … » for a
    sitting held that day, or « pas de séance ce jour-là », as if the day were to come). False,
    nothing said, when « mai » may be « mais » (« je viendrai le 18 mai je partirai tôt »)."""
    if _day_before_mai(ask, on) is not None:
        return False
    await ask.reply("declared_day_gone", on=on, present=present, coming=_coming(ask))
    return True


async def sitting_named(ask: Ask, frame: Frame) -> Sitting | bool:
    """The member's coming sitting a declaration or a proxy names by its month, period or
    body (« je serai absent au bureau de février », « pouvoir à Laget pour le conseil »): that
    one; when none of theirs fits, that is said and nothing is recorded (False). True when the
    words name no such thing (a day, or nothing: the caller's own reading)."""
    when, body = frame.when, frame.body
    if body is not None and when.day is not None and ask.asker.member_id is not None:
        return await _sitting_of_the_day_named(ask, frame, body)
    if ask.asker.member_id is None or when.on is not None or when.day is not None:
        return True  # a day: the caller offers the coming sitting when it holds none
    if when.month is None and when.start is None and body is None:
        return True
    if len(find_dates(frame.text)) > 1:
        return True  # « pour le 18 puis pour septembre »: each day said in turn, as before
    coming = _coming(ask)
    if not coming:
        return True  # nothing convened at all: said as ever
    fitting = [
        sitting
        for sitting, view in coming
        if (when.start is None or when.end is None or when.start <= sitting.held_on <= when.end)
        and (when.month is None or sitting.held_on.month == when.month)
        and (when.year is None or sitting.held_on.year == when.year)
        and (body is None or body in fold(view.body))
    ]
    if fitting:
        return fitting[0]
    said = when.said if when.month is not None or when.start is not None else ""
    await ask.reply("no_coming_sitting_named", said=said, body=body, coming=coming)
    return False


async def _sitting_of_the_day_named(ask: Ask, frame: Frame, body: str) -> Sitting | bool:
    """« Pouvoir à Degraix pour le conseil du 18 juillet » when the 18th's sitting is the
    Bureau's: said, nothing offered (the Bureau's proxy was offered, the Conseil said nowhere);
    the body's sitting that day when it has one; True when the member has none that day (the
    caller says so)."""
    today = ask.runtime.today()
    if frame.when.on is not None:
        on: date | None = frame.when.on
    elif frame.when.month is None:  # « pour le conseil du 3 » said on the 20th: next month's
        on = day_numbered(frame.when.day or 1, today)
    else:
        on = day_meant(frame.when.day or 1, frame.when.month, today)
    coming = [(s, view) for s, view in _coming(ask) if s.held_on == on]
    if not coming:
        return True
    fitting = [s for s, view in coming if body in fold(view.body)]
    if fitting:
        return fitting[0]
    await ask.reply("no_coming_sitting_named", on=on, body=body, coming=coming)
    return False


def _coming_on(ask: Ask, member_id: int, on: date | None) -> list[Sitting]:
    """The member's coming sitting, or the one on that date."""
    found = queries.next_sitting_for(
        session=ask.session, member_id=member_id, today=ask.runtime.today(), on=on
    )
    if on is None and found and _opened_before_next_said(ask, found[0]):
        # « pour la prochaine séance » at 21 h after today's Bureau of 17 h: the one after it
        tomorrow = ask.runtime.today() + timedelta(days=1)
        found = proxies.coming_sittings(ask.session, member_id, tomorrow, limit=1) or found
    if not found and on is not None and _weekday_alone(ask):
        # « je serai présent jeudi » said the Wednesday before a sitting on the Thursday after:
        # that weekday's coming sitting, within a fortnight, is the one meant (never for a day
        # said otherwise: « demain », « le 11 juillet » were recorded for the Thursday after)
        same_day = [
            s
            for s, _ in _coming(ask)
            if s.held_on.weekday() == on.weekday() and 0 < (s.held_on - on).days <= 14
        ]
        found = same_day[:1] if len(same_day) == 1 else []
    return found


def _day_before_mai(ask: Ask, on: date) -> int | None:
    """The day typed before a « mai » that may be « mais » (« le 18 mai en retard »)."""
    if on.month != 5:
        return None
    said = _said(ask)
    match = MAI_THEN_WORD.search(said)
    if match is None or match.group(1).replace("1er", "1") != str(on.day):
        return None
    return on.day


_WEEKDAY = cues.plain(rf"\b(?:{'|'.join(WEEKDAYS)})\b")
_DAY_GIVEN = cues.plain(
    # (a time or a length is no day: « je pars à 19h jeudi », « 30 minutes de retard jeudi »)
    r"(?<![\dh:])\d{1,4}(?!\d)(?! ?(?:h\b|h\d|heures?\b|min\w*|mn\b|:\d))"
    rf"|\b(?:{MONTH_PATTERN}|demain|aujourd hui|ce soir|ce matin|cet apres midi)\b"
)


# « je serai là dans une heure », « j'arriverai »: an arrival to come, not made (« je suis là,
# en retard » is made); « j'arrive », « je suis en route » are `frames.on_the_way`
_ARRIVING_LATER = cues.plain(
    r"\b(?:serai|serons|viendrai|viendrons|arriverai|arriverons|vais (?:venir|arriver)"
    r"|dans (?:une|un|\d+|quelques|cinq|dix|vingt)|plus tard|tout a l heure|bientot"
    r"|je suis en retard)\b"
)


# « je serai en retard », « j'aurai 20 minutes de retard », « j'arriverai vers 18h »: coming,
# late (leaving early: `frames.LEAVING_STATED`). Told to the secretariat with the presence
# (never « pas en retard »)
_LATE_SAID = cues.plain(
    r"(?<!\bpas )\b(?:de|du|un(?: leger| petit| gros)?) retard\b"
    rf"|(?<!\bpas )\b(?:{attendance_words.LATE})\b"
    r"|^\W*retard\b"  # « retard prévu le 18 », said in a word
    r"|\barriv\w* (?:vers \d|a \d|apres|plus tard)"
    # « je serai là à partir de 17h45 »: there once the sitting began
    r"|\b(?:serai|serons) (?:la|presente?s?) (?:a partir d\w*|des) \d"
    # « je ne pourrai être là qu'à partir de 18h »
    r"|\bqu (?:a partir d|a \d|vers \d|apres le debut|en cours|en fin)"
)


def _said(ask: Ask) -> str:
    """The member's message, folded (empty for a button: never the text it is under)."""
    message = ask.update.message
    return fold(message.text or "") if message is not None and message.text else ""


def _weekday_alone(ask: Ask) -> bool:
    """Whether the member's message names its day by a weekday only (« jeudi »), no date."""
    said = _said(ask)
    return _WEEKDAY.search(said) is not None and _DAY_GIVEN.search(said) is None


def _opened_before_next_said(ask: Ask, sitting: Sitting) -> bool:
    """Today's sitting opened by now, while the message says « la prochaine » (never one
    named by its date: that one is too late, and said so)."""
    now = ask.runtime.now()
    message = ask.update.effective_message
    said = message.text or "" if message is not None else ""
    return (
        answers.begun(sitting.held_on, sitting.start_time, now)
        # (« je serai là dans une heure » is read as to come too, and means today's)
        and _NEXT_SAID.search(fold(said)) is not None
        and read_frame(said, now.date()).when.relative is Relative.NEXT
    )


_NEXT_SAID = cues.plain(r"\b(?:prochaine?s?|suivante?s?|d apres)\b")


def coming_for(ask: Ask) -> list[Sitting]:
    """The asker's sittings to come, soonest first."""
    return proxies.coming_sittings(ask.session, ask.asker.member_id or 0, ask.runtime.today())


def _coming(ask: Ask) -> list[tuple[Sitting, queries.SittingView]]:
    return [(s, _sitting_view(ask, s)) for s in coming_for(ask)]


async def _offer_coming(ask: Ask, on: date, holder_id: int | None) -> None:
    """No sitting that day: say so. With one coming sitting and a holder named, restate the
    proxy for it at once; otherwise offer the member's next sittings, one button each, and
    remember the choice is open (a typed label or « oui » answers it)."""
    coming = _coming(ask)
    if len(coming) == 1 and holder_id is not None:
        question = Question("give_proxy", None, None, None, False, "")
        await offer_proxy(ask, question, holder_id, coming[0][0], no_sitting_on=on)
        return
    buttons = [
        (
            ask.label("button_sitting", s=view),
            (PickHolder(s.id or 0, holder_id) if holder_id else AskProxy(s.id or 0)).encode(),
        )
        for s, view in coming
    ]
    await ask.reply("no_coming_sitting", buttons=buttons or None, on=on, coming=coming, offer=True)
    if coming:
        _wait(ask, "sitting", None, holder=holder_id, choices=[s.id for s, _ in coming])


def _quiet_holder(ask: Ask, question: Question) -> int | None:
    """The holder a sentence names, when it names exactly one member; no question asked."""
    if not question.words:
        return None
    resolution = ask.resolve(question.text, in_text=True)
    return resolution.member.member_id if resolution.member else None


def _name_as_typed(ask: Ask, question: Question) -> str:
    """The words of a holder's name as the member typed them (« Jean Dupont », never « jean
    dupont »): those of the sentence the reading kept as words, and of them the members'
    names when some are (« je laisse mon pouvoir à Gilles »: which « Gilles », not « laisse
    Gilles »)."""
    kept = set(question.words)
    typed = [w for w in re.findall(r"[\w'’-]+", question.text) if fold(w) in kept]
    names = ask.reads.names(ask.session)
    named = [w for w in typed if names.bears(fold(w))]
    return " ".join(named or typed) or question.rest


def _names_nobody(ask: Ask, question: Question) -> bool:
    """Whether a proxy's sentence names a holder and that name is no member's (neither
    oneself, nor someone outside the council, which have their own answers)."""
    said = fold(question.text)
    if not question.words or _NOT_A_MEMBER.search(said) or _TO_MYSELF.search(said):
        return False
    return _not_the_asker(ask, ask.resolve(question.text, in_text=True)).status == "unknown"


def _sitting_view(ask: Ask, sitting: Sitting) -> queries.SittingView:
    return ask.sitting_view(sitting.id or 0)


# Refusals that ask the giver for another holder
_ANOTHER_HOLDER = frozenset(
    (
        ProxyRefusal.HOLDER_ALREADY_HOLDS,
        ProxyRefusal.HOLDER_GAVE_OWN,
        ProxyRefusal.HOLDER_ABSENT,
        ProxyRefusal.HOLDER_NOT_IN_BODY,
        ProxyRefusal.SELF_PROXY,
    )
)


async def _refuse(
    ask: Ask, code: ProxyRefusal, sitting: Sitting, holder: Member | None = None
) -> None:
    buttons = None
    if code == ProxyRefusal.GIVER_ALREADY_GAVE and holder is not None:
        buttons = [
            (
                render("button_replace_proxy"),
                ConfirmProxy(sitting.id or 0, holder.id or 0, replace=True).encode(),
            ),
            (render("button_cancel"), CancelProxy().encode()),
        ]
    current = (
        proxies.active_proxy_given(ask.session, sitting.id or 0, ask.asker.member_id or 0)
        if code == ProxyRefusal.GIVER_ALREADY_GAVE
        else None
    )
    current_holder = ask.session.get(Member, current.holder_id) if current else None
    # « Vous détenez le pouvoir de M. … »: the holder told whose proxy stands in the way
    carried = (
        [
            p
            for p in proxies.active_proxies_held(
                ask.session, ask.asker.member_id or 0, sitting.held_on
            )
            if p.sitting_id == sitting.id
        ]
        if code in (ProxyRefusal.GIVER_HOLDS, ProxyRefusal.HOLDER_CANNOT_BE_ABSENT)
        else []
    )
    giver = ask.session.get(Member, carried[0].giver_id) if carried else None
    if carried:  # « … ou refusez-le »: the notice's button, here too
        buttons = [(render("button_decline_proxy"), DeclineProxy(carried[0].id or 0).encode())]
    recorded = (
        code == ProxyRefusal.REGISTRATION_CLOSED
        and holder is not None
        and proxies.same_proxy(
            ask.session, sitting.id or 0, ask.asker.member_id or 0, holder.id or 0
        )
        is not None
    )
    if buttons and holder is not None and not carried:
        pass  # waits for « Remplacer », once the question is sent (below)
    elif code in _ANOTHER_HOLDER:
        # « Choisissez un autre membre »: « bon, alors à Thizy » next names the holder for
        # the same sitting (nothing to confirm until then: a « oui » alone confirms nothing)
        _wait(ask, "holder", sitting.id)
    else:
        _settle(ask)  # a « oui » typed now must not confirm an earlier proposal
    asked = await ask.reply(
        "proxy_refused",
        buttons=buttons,
        code=code,
        s=_sitting_view(ask, sitting),
        holder=holder.display_name if holder else None,
        # « elle-même », « déclarée absente »: the holder's gender, as the roll call prints it
        holder_e=agreement(feminine(holder.civility)) if holder else "",
        current_holder=current_holder.display_name if current_holder else None,
        giver=giver.display_name if giver else None,
        recorded=recorded,
    )
    if buttons and holder is not None and not carried:
        _wait(ask, "confirm", sitting.id, holder=holder.id, replace=True, asked_in=_ids(asked))


async def offer_proxy(
    ask: Ask,
    question: Question,
    holder_id: int | None = None,
    sitting: Sitting | None = None,
    no_sitting_on: date | None = None,
    *,
    seeking: bool = False,
    whether: bool = False,
) -> None:
    """Restate the proxy and ask for confirmation; nothing is stored before the button.
    `seeking`: the frame read a holder sought (About.WHO_MAY_HOLD), none named; `whether`:
    asked as whether one may (About.MAY_I), the offer says « Oui » first."""
    if holder_id is None and seeking:
        # « qui pourrait prendre ma procu jeudi ? »: no holder named, whatever words are left
        question = replace(question, rest="")
    on = question.on or (None if sitting is None else sitting.held_on)
    if (givers := _other_givers(ask, question.text, on)) is not None:
        # « Mme Fayolle donne pouvoir à M. Laget », « Bony me charge de dire qu'il donne
        # pouvoir à Thizy »: another member's proxy, which only they can give (the sitting
        # meant is named when there is one, never offered)
        if sitting is None and ask.asker.member_id is not None:
            sitting = next(iter(_coming_on(ask, ask.asker.member_id, question.on)), None)
        await ask.reply(
            "proxy_from_the_giver",
            others=givers,
            s=None if sitting is None else _sitting_view(ask, sitting),
            held=sitting is not None and sitting.held_on < ask.runtime.today(),
        )
        return
    if (
        sitting is None
        and question.on is None
        and (when := read_frame(question.text, ask.runtime.today()).when).day is not None
    ):
        # « je donne pouvoir à Berger le 25 »: the coming sitting of that day; it was the next
        # sitting, whatever its day
        on_day = [
            s
            for s, _ in _coming(ask)
            if s.held_on.day == when.day and when.month in (None, s.held_on.month)
        ]
        if len(on_day) != 1:
            await ask.reply("proxy_day_unmatched", day=when.day, several=bool(on_day))
            return
        sitting = on_day[0]
    if sitting is None and question.on is not None and ask.asker.member_id is not None:
        found = queries.next_sitting_for(
            session=ask.session,
            member_id=ask.asker.member_id,
            today=ask.runtime.today(),
            on=question.on,
        )
        if not found:
            holder_id = holder_id or _quiet_holder(ask, question)
            if holder_id is None and _names_nobody(ask, question):
                # « procuration à Zorglub jeudi prochain »: the name first, never a choice of
                # sitting for a holder who is nobody
                await ask.reply("unknown_name", query=_name_as_typed(ask, question))
                return
            await _offer_coming(ask, question.on, holder_id)
            return
        sitting = found[0]
    sitting = sitting or await members_sitting(ask, question.on)
    if sitting is None:
        return
    if holder_id is None and (giver := _on_behalf_of(ask, question.text)) is not None:
        # « /pouvoir Bonnet pour Jouve le 4 juillet »: a proxy given in another member's name;
        # only that member can give it, from their own account (and never for a sitting held)
        await ask.reply(
            "proxy_from_the_giver",
            name=giver,
            s=_sitting_view(ask, sitting),
            held=sitting.held_on < ask.runtime.today(),
        )
        return
    said = fold(question.text)
    if _TO_MYSELF.search(said) and (me := ask.asker.member_id) is not None:
        # « à moi-même »: the law's refusal, said below; never the member the talk was about
        # (« même » reads as « au même »), nor « à qui ? » (« moi » is no name)
        holder_id = me
    if holder_id is None:
        if not question.words and not _TO_THE_CHAIR.search(said):
            await _ask_holder(ask, sitting)
            return
        if _NOT_A_MEMBER.search(said):
            # « je donne pouvoir à ma femme », « à mon suppléant »: only a member may hold it
            await ask.reply("proxy_not_a_member", s=_sitting_view(ask, sitting))
            return
        if several := _several_holders(ask, question.text):
            # « je donne pouvoir à Ducceschi et Julien »: one proxy, to one of those two
            await ask.reply(
                "proxy_one_holder",
                buttons=[
                    (candidate_label(c), PickHolder(sitting.id or 0, c.member_id).encode())
                    for c in several
                ],
                names=[candidate_label(c) for c in several],
            )
            _wait(ask, "holder", sitting.id, candidates=[c.member_id for c in several])
            return
        resolution = await _holder_named(ask, question.text, sitting)
        if resolution.status == "unknown":
            await ask.reply("unknown_name", query=_name_as_typed(ask, question))
            return
        if resolution.status == "ambiguous" or resolution.member is None:
            await _choose_holder(ask, resolution, _name_as_typed(ask, question), sitting)
            return
        holder_id = resolution.member.member_id
    holder = ask.session.get(Member, holder_id)
    if holder is None:
        await ask.reply("stale_button")
        return
    # Already given (perhaps by a press whose answer was lost): say so, and tell the holder
    # if they were not told yet, rather than offer to replace the proxy by itself.
    if proxies.same_proxy(ask.session, sitting.id or 0, ask.asker.member_id or 0, holder_id):
        await confirm_proxy(ask, sitting.id or 0, holder_id, replace=False)
        return
    code = proxies.refusal(
        ask.session,
        sitting,
        ask.asker.member_id or 0,
        holder_id,
        ask.runtime.now(),
        ask.runtime.settings.tz,
    )
    if code is not None:
        await _refuse(ask, code, sitting, holder)
        return
    asked = await ask.reply(
        "proxy_confirm",
        buttons=[
            (render("button_confirm"), ConfirmProxy(sitting.id or 0, holder_id).encode()),
            (render("button_cancel"), CancelProxy().encode()),
        ],
        holder=holder.display_name,
        holder_e=agreement(feminine(holder.civility)),
        s=_sitting_view(ask, sitting),
        no_sitting_on=no_sitting_on,
        several=_SEVERAL_SITTINGS.search(fold(question.text)) is not None,
        max_consecutive=MAX_CONSECUTIVE_PROXY_SITTINGS,
        whether=whether,
        # « je serai là jeudi », then « je donne pouvoir à Laget »: the presence declared gives
        # way to the proxy once confirmed; the offer said nothing of it
        was_present=proxies.declared_present(
            ask.session, sitting.id or 0, ask.asker.member_id or 0
        ),
    )
    _wait(ask, "confirm", sitting.id, holder=holder_id, replace=False, asked_in=_ids(asked))


# « pour les 3 prochaines séances », « pour toutes les réunions », « jusqu'à nouvel ordre »: a
# proxy asked for several sittings, offered for one (each sitting's is given and withdrawn on
# its own); said in the offer, where the next sitting alone was offered as if that were asked
_SEVERAL_SITTINGS = cues.plain(
    r"\b(?:les|des|aux) (?:\d+|deux|trois|quatre|cinq|plusieurs|prochaine?s)"
    r" (?:prochaine?s |suivante?s )?(?:seances|reunions|bureaux|conseils)\b"
    r"|\b(?:seances|reunions|bureaux|conseils) (?:suivante?s|a venir)\b"
    r"|\b(?:toutes|chacune) (?:les|des) (?:seances|reunions)\b|\bjusqu a nouvel ordre\b"
)


# « à Ducceschi et Julien », « à Laget ou Bonnet », « à Rivat, sinon Berger »: holders listed
_HOLDERS_LISTED = cues.plain(r",|;|&|/|\bet\b|\bou\b|\bsinon\b|\bou bien\b|\bvoire\b")


def _several_holders(ask: Ask, text: str) -> tuple[Candidate, ...]:
    """The members of a list of holders (each part of the list naming its own), or () when the
    text names one holder or none: a proxy is given to one member only."""
    parts = _HOLDERS_LISTED.split(holder_part(text))  # « à Thizy et pas à Bony »: one
    if len(parts) < 2:
        return ()
    named: list[Candidate] = []
    naming = 0
    for part in parts:
        resolution = _not_the_asker(ask, ask.resolve(part, in_text=True))
        fits = [c for c in resolution.candidates if c.member_id != ask.asker.member_id]
        if resolution.status == "ambiguous":
            # « Julien »: the surname typed before the first name that is someone else's
            surnamed = [c for c in fits if fold(c.last_name) in fold(part).split()]
            fits = surnamed or fits
        if fits:
            naming += 1
            named.extend(c for c in fits if c not in named)
    return tuple(named[:8]) if naming >= 2 and len(named) >= 2 else ()


def _not_the_asker(ask: Ask, resolution: Resolution) -> Resolution:
    """« je donne pouvoir à Bernard » from M. Bernard Bonnet: he is not one of those he may
    mean, so M. Bernard Laget alone is (confirmed before anything is stored)."""
    if resolution.status != "ambiguous":
        return resolution
    others = tuple(c for c in resolution.candidates if c.member_id != ask.asker.member_id)
    if len(others) == 1:
        return Resolution("found", others)
    return Resolution("ambiguous", others)


async def _choose_holder(ask: Ask, resolution: Resolution, query: str, sitting: Sitting) -> None:
    """Several members fit the holder's name: ask which, and keep asking « À qui ? » so that
    a typed surname or button label answers it."""
    sitting_id = sitting.id or 0
    await ask.choose_member(resolution, query, lambda member: PickHolder(sitting_id, member))
    _wait(ask, "holder", sitting_id, candidates=[c.member_id for c in resolution.candidates])


# « procuration Rivat 18 juillet », « pouvoir Laget »: a proxy word, then a name, no verb, no
# « à » and no question mark: who gives it to whom is not said
_BARE_REQUEST = cues.plain(
    r"^(?:pouv\w*|procu\w*)(?<!s)\s+(?:(?:m|mme|monsieur|madame)\s+)?"
    r"(?!(?:a|au|aux|de|du|des|d|pour|pr|le|la|les|l|un|une|qui|quoi|en|sur|par|mon|ma|mes|ses"
    r"|son|sa|ce|cette|ces|donne\w*|recu\w*|enregistr\w*|annul\w*|retir\w*|bien|deja)\b)[a-z]"
)
# « Laget me donne son pouvoir pour le 17 », « je porterai la procuration de Laget »: a proxy
# said from its holder's side; only its giver can give it, from their own account
_FROM_THE_GIVER = cues.plain(
    r"^(?!(?:qui|est|je|j|on|il|elle|ils|elles|ca|c)\b)\w+(?:\s+\w+)?\s+(?:va\s+|vont\s+)?"
    r"(?:me|m)\s+(?:donne|donnera|donner|confie|confiera|confier|laisse|laissera|laisser|passe"
    r"|passera|passer|file|filera|transmet|transmettra|transmettre|a donne|a confie|a laisse)\s+"
    # (« Berger m'a donné pouvoir pour le 18 »: the noun without its article)
    r"(?:(?:son|sa|un|une|le|la)\s+)?(?:pouv\w*|procu\w*|voix|vote)\b"
    r"|\b(?:je|j)\s+(?:prends|prendrai|porte|porterai|recois|recevrai|recupere|recupererai|aurai"
    r"|vais porter|vais prendre|vais recevoir)\s+(?:le|la)\s+(?:pouv\w*|procu\w*|voix)\s+"
    r"(?:de|d)\s+(?!qui\b)\w+"
)


# « Bonnet pour Jouve », « à Bony de la part de Laget »: a holder named, then the member the
# proxy would be given for
_FOR_ANOTHER = cues.plain(
    r"\b([a-z][\w-]+)\s+(?:pour|au nom de|de la part de|a la place de)\s+"
    r"(?:(?:m|mme|monsieur|madame)\s+)?(?!(?:le|la|les|l|un|une|moi|lui|elle|demain|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|prochain\w*|bureau|conseil|seance|ce|cette"
    r"|combien|quand|qui)\b)([a-z][\w-]+)"
)


# « je donne le pouvoir de Degraix à Berger », « la procuration de M. Laget à Bony »: another
# member's proxy, given by the asker (a choice between the two was offered as the holder)
_ANOTHERS_PROXY = cues.plain(
    r"\b(?:pouvoir|procuration)\s+(?:de|d)\s+(?:(?:m|mme|monsieur|madame)\s+)?"
    r"(?!(?:moi|vote|la|le|les|l|un|une|ce|cette|seance|bureau|conseil)\b)([a-z][\w-]+)"
    r"\s+(?:a|au)\s+(?:(?:m|mme|monsieur|madame)\s+)?([a-z][\w-]+)"
)


def _on_behalf_of(ask: Ask, text: str) -> str | None:
    """The member, other than the asker, a proxy is said to be given for (« /pouvoir Bonnet
    pour Jouve », « le pouvoir de Jouve à Bonnet »), named as the documents name them; None
    when the message says none."""
    folded = fold(text)
    if (said := _FOR_ANOTHER.search(folded)) is not None:
        holder_said, giver_said = said.group(1), said.group(2)
    elif (said := _ANOTHERS_PROXY.search(folded)) is not None:
        giver_said, holder_said = said.group(1), said.group(2)
    else:
        return None
    holder = ask.resolve(holder_said).member
    giver = ask.resolve(giver_said).member
    if (
        holder is None
        or giver is None
        or giver.member_id
        in (
            ask.asker.member_id,
            holder.member_id,
        )
    ):
        return None  # « procuration pour Bony »: Bony is the holder, no one else is named
    return candidate_label(giver)


# « il donne pouvoir à Laget », « elle laisse sa procu à Berger »: a giver said, not named
_SOMEONE_ELSE = cues.plain(r"\b(?:il|elle|ils|elles|lui|celui ci|celle ci)\s+(?:\w+\s+)?$")


def _other_givers(ask: Ask, text: str, on: date | None) -> list[str] | None:
    """The members, other than the asker, the message says give a proxy (« Fayolle donne
    pouvoir à Laget », « Berger et Thizy donnent leurs pouvoirs à Laget », « le pouvoir de
    Berger à Rivat »), named as the documents name them; empty when no member is named before
    (« il donne pouvoir à Laget »), or a name fits several (never guessed); None when the
    message says no such thing, or the member said is the asker (« Artigues donne pouvoir à
    Laget » typed by Artigues gives her own)."""
    today = ask.runtime.today()
    if on is None and (when := read_frame(text, today).when).day and when.month is None:
        on = day_numbered(when.day, today)  # « Rivat a donné pouvoir à Laget pour le 18 »
    if (found := another_gives(text, today, on)) is None:
        return None
    before = fold(text)[: found.start("holder" if found.group("holder") else "holder_of")]
    said = ask.resolve(before, in_text=True)
    words = set(before.split())
    named = [
        c
        for c in said.candidates
        if said.status == "found" or set(fold(c.last_name).split()) <= words
    ]
    if [c.member_id for c in named] == [ask.asker.member_id]:
        return None
    if not named and not _SOMEONE_ELSE.search(before[: found.start()]):
        return None  # « je veux donné pouvoir à Rivat », « jveu donné procu »: the asker's
    return [candidate_label(c) for c in named if c.member_id != ask.asker.member_id]


async def way_unsaid(ask: Ask, text: str, on: date | None) -> bool:
    """A proxy for a sitting to come said without its way: « procuration Rivat 18 juillet »
    (give mine to Rivat, or see Rivat's?) is asked, with a button for each, never guessed;
    « Rivat me donne son pouvoir » is the giver's to send. False when the message says no such
    thing, names no sitting to come or no one other member: the proxies are answered."""
    said = fold(text)
    if "?" in text or ask.asker.member_id is None:
        return False
    from_the_giver = bool(_FROM_THE_GIVER.search(said))
    if not from_the_giver and not _BARE_REQUEST.search(said):
        return False
    found = _coming_on(ask, ask.asker.member_id, on)
    named = ask.resolve(text, in_text=True).member
    if not found or named is None or named.member_id == ask.asker.member_id:
        return False
    if found[0].held_on < ask.runtime.today():
        return False  # « procuration Rivat 4 juillet », a sitting held: its proxies, no offer
    sitting, name = found[0], candidate_label(named)
    if from_the_giver:
        await ask.reply("proxy_from_the_giver", name=name, s=_sitting_view(ask, sitting))
        return True
    await ask.reply(
        "proxy_way_unsaid",
        buttons=[
            (
                render("button_give_proxy_to", name=name),
                PickHolder(sitting.id or 0, named.member_id).encode(),
            ),
            (
                render("button_proxies_of", name=name),
                PickProxiesOf(SittingRef(on=sitting.held_on), named.member_id).encode(),
            ),
        ],
        name=name,
        s=_sitting_view(ask, sitting),
    )
    return True


async def confirm_proxy(ask: Ask, sitting_id: int, holder_id: int, replace: bool) -> None:
    sitting = ask.session.get(Sitting, sitting_id)
    holder = ask.session.get(Member, holder_id)
    if sitting is None or holder is None or ask.asker.member_id is None:
        await ask.reply("stale_button")
        return
    _settle(ask)
    if not proxies.registration_open(
        ask.session, sitting, ask.runtime.now(), ask.runtime.settings.tz
    ):
        # The same proxy asked again after the deadline (« /pouvoir Degraix 4 juillet 2024 »
        # when the minutes recorded it, or a stale « Confirmer »): it was said registered,
        # revocable « jusqu'à l'ouverture », and the holder told to vote with it, for a
        # sitting already held.
        await _refuse(ask, ProxyRefusal.REGISTRATION_CLOSED, sitting, holder)
        return
    try:
        proxy = proxies.register_proxy(
            session=ask.session,
            sitting_id=sitting_id,
            giver_id=ask.asker.member_id,
            holder_id=holder_id,
            now=ask.runtime.now(),
            tz=ask.runtime.settings.tz,
            actor=_actor(ask),
            replace=replace,
            offer=ask.pressed_under,
        )
    except proxies.ProxyRefused as refused:
        await _refuse(ask, refused.code, sitting, holder)
        return
    view = _sitting_view(ask, sitting)
    # « en est informé(e) » only when the assistant can reach them: never a false promise
    reachable = holder.telegram_user_id is not None
    await ask.reply(
        "proxy_registered", holder=holder.display_name, s=view, reachable=reachable,
        other_feminine=feminine(holder.civility),
    )  # fmt: skip
    if proxies.holder_told(ask.session, proxy):  # « Confirmer » pressed again
        return
    told = await _tell(
        ask,
        holder,
        "proxy_received",
        [(render("button_decline_proxy"), DeclineProxy(proxy.id or 0).encode())],
        giver=ask.asker.name,
        s=view,
    )
    if told:
        proxies.record_holder_told(ask.session, proxy, _actor(ask))


async def _tell(
    ask: Ask,
    member: Member | None,
    template: str,
    buttons: list[tuple[str, str]] | None = None,
    **data: object,
) -> bool:
    """A message to another member's Telegram account; False when they cannot be reached."""
    if member is None or member.telegram_user_id is None:
        return False
    from bot.replies import keyboard

    try:
        await ask.context.bot.send_message(
            member.telegram_user_id, render(template, **data), reply_markup=keyboard(buttons)
        )
    except (Forbidden, BadRequest) as error:  # blocked the bot, or never opened the chat
        log.warning("Could not reach member %s: %s", member.id, error)
        return False
    return True


async def decline_proxy(ask: Ask, proxy_id: int) -> None:
    """The holder refuses: the proxy ends and the giver is told."""
    proxy = ask.session.get(Proxy, proxy_id)
    if proxy is None or proxy.holder_id != ask.asker.member_id:
        await ask.reply("stale_button")  # forged or someone else's button
        return
    await _end(ask, proxy, "declined")


async def _end(ask: Ask, proxy: Proxy, reason: str) -> None:
    sitting = ask.session.get(Sitting, proxy.sitting_id)
    assert sitting is not None
    view = _sitting_view(ask, sitting)
    try:
        proxies.end_proxy(
            session=ask.session,
            proxy=proxy,
            reason=reason,
            now=ask.runtime.now(),
            tz=ask.runtime.settings.tz,
            actor=_actor(ask),
        )
    except proxies.ProxyRefused as refused:
        await _refuse(ask, refused.code, sitting)
        return
    giver = ask.session.get(Member, proxy.giver_id)
    holder = ask.session.get(Member, proxy.holder_id)
    giver_name = giver.display_name if giver else ""
    holder_name = holder.display_name if holder else ""
    other = holder if reason == "revoked" else giver
    reachable = other is not None and other.telegram_user_id is not None
    await ask.reply(
        f"proxy_{reason}", s=view, giver=giver_name, holder=holder_name, reachable=reachable,
        other_feminine=feminine(other.civility) if other else None,
    )  # fmt: skip
    await _tell(ask, other, f"proxy_{reason}_notice", s=view, giver=giver_name, holder=holder_name)


@as_member
async def give_proxy_command(ask: Ask) -> None:
    """/pouvoir NOM [date]: give a proxy for one's next sitting (or that date's). A number not
    read (« /pouvoir Berger 99999 ») is said, and nothing offered: it offered the next
    sitting; the words are the holder's name, and a day is read by the offer."""
    question = await ask_question(ask, command_text(ask.update))
    if question is None:
        return
    argument = command_text(ask.update)
    frame = read_frame(argument, ask.runtime.today())
    unread = [*stray_numbers(frame, argument), *(w for w in question.words if w.isdigit())]
    if unread:
        await ask.reply("act_argument_unread", words=" ".join(unread), command="/pouvoir")
        return
    await offer_proxy(ask, question, seeking=frame.about is About.WHO_MAY_HOLD)


# « annule mon pouvoir à Degraix et donne-le à Laget », « je retire ma procuration pour la
# confier à Bony »: a withdrawal that names the proxy's next holder, which is a replacement
_GIVEN_INSTEAD = cues.plain(
    r"\b(?:le|la|l) (?:donn|confi|pass|transm|redonn|laiss)\w* (?:plutot )?(?:a|au)"
    r" (?P<name>\w.*)$"
    r"|\b(?:donne|donnez|confie|confiez|passe|passez|transmets|transmettez|redonne|redonnez)"
    r" (?:le|la) (?:plutot )?(?:a|au) (?P<after>\w.*)$"
)


async def revoke_proxy(ask: Ask, question: Question) -> None:
    sitting = await members_sitting(ask, question.on)
    if sitting is None:
        return
    if (instead := _GIVEN_INSTEAD.search(fold(question.text))) is not None:
        # It withdrew the proxy and left the holder named after it unread, without a word:
        # the new holder is offered instead, as a replacement nothing changes before confirmed
        name = instead.group("name") or instead.group("after")
        resolution = ask.resolve(name)
        if resolution.status == "found" and resolution.member is not None:
            await offer_proxy(ask, question, resolution.member.member_id, sitting)
        elif resolution.status == "unknown":
            await ask.reply("unknown_name", query=name)
        else:
            await _choose_holder(ask, resolution, name, sitting)
        return
    proxy = proxies.active_proxy_given(ask.session, sitting.id or 0, ask.asker.member_id or 0)
    if proxy is None:
        await ask.reply("no_proxy_to_revoke", s=_sitting_view(ask, sitting))
        return
    named = _holders_named(ask, question)
    if named and proxy.holder_id not in {c.member_id for c in named}:
        # « j'annule mon pouvoir à Laget » withdrew the one given to Berger, without a word:
        # the proxy named is not the member's, and the one that is stays until asked plainly
        holder = ask.session.get(Member, proxy.holder_id)
        await ask.reply(
            "proxy_not_to_named",
            s=_sitting_view(ask, sitting),
            holder=holder.display_name if holder else "",
            named=[candidate_label(c) for c in named],
        )
        return
    await _end(ask, proxy, "revoked")


def _holders_named(ask: Ask, question: Question) -> list[Candidate]:
    """The members a withdrawal names, the asker aside (« mon pouvoir à Laget »): one, or
    several when the name fits several; none when it names nobody."""
    found = ask.resolve(question.text, in_text=True)
    if found.status == "unknown":
        return []
    return [c for c in found.candidates if c.member_id != ask.asker.member_id]


async def holder_informed(ask: Ask) -> None:
    """« il a été prévenu ? » after giving a proxy: whether the holder got the message (the
    store records it), never a guess."""
    given = _registered_proxy(ask)
    if given is None:
        await ask.reply("holder_told", holder=None, told=False, s=None)
        return
    holder = ask.session.get(Member, given.holder_id)
    sitting = ask.session.get(Sitting, given.sitting_id)
    await ask.reply(
        "holder_told",
        holder=holder.display_name if holder else "",
        told=proxies.holder_told(ask.session, given),
        s=_sitting_view(ask, sitting) if sitting else None,
    )


async def decline_in_words(ask: Ask, text: str, on: date | None = None) -> None:
    """« je refuse le pouvoir de Bouchet », « je ne veux pas porter la procuration de Fara »:
    the holder declines in words, as with the notice's button; with several carried, the one
    whose giver is named, or of the day said (else the member is asked which, with the
    buttons). A giver or a day no proxy carried fits declines nothing: « je refuse le pouvoir
    de Laget » declined the one BOUCHET gave, the only one carried, and « … pour le bureau
    du 25 » the one of the 18th."""
    if ask.asker.member_id is None:
        await ask.reply("members_only")
        return
    held = proxies.active_proxies_held(ask.session, ask.asker.member_id, ask.runtime.today())
    found = ask.resolve(text, in_text=True)
    named = [c for c in found.candidates if c.member_id != ask.asker.member_id]
    not_named: list[str] = []
    giver_named = found.status != "unknown" and bool(named)
    if giver_named:
        chosen = [p for p in held if p.giver_id in {c.member_id for c in named}]
        not_named = [candidate_label(c) for c in named] if not chosen else []
        held = chosen or held
    not_on = None
    if on is not None and not giver_named:  # (a giver named is the proxy, whatever day said)
        dated = [p for p in held if _held_on(ask, p) == on]
        not_on = on if not dated else None
        held = dated or held
    if len(held) == 1 and not not_named and not_on is None:
        await _end(ask, held[0], "declined")
        return
    lines = []
    for proxy in held:
        giver = ask.session.get(Member, proxy.giver_id)
        sitting = ask.session.get(Sitting, proxy.sitting_id)
        if giver is not None and sitting is not None:
            lines.append((giver.display_name, _sitting_view(ask, sitting), proxy.id or 0))
    await ask.reply(
        "nothing_to_decline" if not lines else "which_to_decline",
        held=[(g, s) for g, s, _ in lines],
        not_named=not_named,
        not_on=not_on,
        buttons=[(g, DeclineProxy(i).encode()) for g, _, i in lines],
    )


def _held_on(ask: Ask, proxy: Proxy) -> date | None:
    sitting = ask.session.get(Sitting, proxy.sitting_id)
    return sitting.held_on if sitting is not None else None


@as_member
async def revoke_proxy_command(ask: Ask) -> None:
    """/annuler_pouvoir [date]: take back the proxy given for a coming sitting."""
    question = await ask_question(ask, command_text(ask.update))
    if question is None:
        return
    # « /annuler_pouvoir Berger », the holder named as « /pouvoir Berger » named them: read
    names = {w for c in _holders_named(ask, question) for w in fold(candidate_label(c)).split()}
    if await act_argument_read(ask, question, frozenset(names)):
        await revoke_proxy(ask, question)


async def act_argument_read(
    ask: Ask, question: Question, also_read: frozenset[str] = frozenset()
) -> bool:
    """Whether an act's argument (/present, /absent, /annuler_pouvoir, /convoquer) was read
    whole, but for the words of `also_read` the command reads itself; else the member is told
    what was not, and nothing is done. « /absent blabla », « /absent 42 », « /absent le 18 »
    declared an absence for the next sitting, whatever it was."""
    argument = command_text(ask.update)
    frame = read_frame(argument, ask.runtime.today())
    unread = [*stray_numbers(frame, argument), *(w for w in question.words if w not in also_read)]
    if question.on is None and (frame.when.dated or frame.when.day):
        unread.append(frame.when.said)  # a day the act's reader could not place
    if not unread:
        return True
    message = ask.update.effective_message
    command = ((message.text or "") if message else "").split(maxsplit=1)[0].split("@")[0]
    typed = {fold(t): t for t in argument.split()}
    await ask.reply(
        "act_argument_unread", words=" ".join(typed.get(w, w) for w in unread), command=command
    )
    return False


async def show_my_proxies(ask: Ask) -> None:
    if ask.asker.member_id is None:
        await ask.reply("members_only")
        return
    view = ask.member_view(ask.asker.member_id)
    assert view is not None
    today = ask.runtime.today()
    given = [p for p in view.given if p.held_on >= today]
    held = [p for p in view.held if p.held_on >= today]
    # nothing to come: the latest ones of the sittings held, so « mes pouvoirs » never reads
    # as if the asker had never given or carried one
    past = sorted(
        (
            *((p, True) for p in view.given if p.held_on < today),
            *((p, False) for p in view.held if p.held_on < today),
        ),
        key=lambda pair: pair[0].held_on,
        reverse=True,
    )
    await ask.reply(
        "my_proxies", given=given, held=held, past=[] if given or held else past[:_PAST_SHOWN]
    )


# The proxies of the sittings held shown when none is registered for a sitting to come
_PAST_SHOWN = 3


async def show_recorded(ask: Ask, *, polar: bool = True) -> None:
    """« c'est bien enregistré ? », « c'est noté ? »: what is recorded of the asker for the
    sittings to come (proxy given or carried, presence or absence declared, receipt), « Oui »
    first when something is, never the help; « je suis déclaré comment ? » (not `polar`):
    the same, without the « Oui » or « Non »."""
    if ask.asker.member_id is None:
        await ask.reply("members_only")
        return
    lines = proxies.recorded_for(ask.session, ask.asker.member_id, ask.runtime.today())
    names = {
        member_id: view.name
        for line in lines
        for member_id in (line.given_to, *line.held_from)
        if member_id is not None and (view := ask.member_view(member_id)) is not None
    }
    await ask.reply(
        "recorded_for_me",
        lines=[(ask.sitting_view(line.sitting_id), line) for line in lines if line.anything],
        coming=[ask.sitting_view(line.sitting_id) for line in lines],
        names=names,
        tz=ask.runtime.settings.tz,
        polar=polar,
    )


@as_member
async def my_proxies_command(ask: Ask) -> None:
    """/mes_pouvoirs: proxies given and held for coming sittings."""
    await show_my_proxies(ask)


def attendance_declaration(present: bool) -> Handler:
    @as_member
    async def handler(ask: Ask) -> None:
        """/present, /absent [date]: tell the secretariat ahead of the sitting."""
        question = await ask_question(ask, command_text(ask.update))
        if question is None or not await act_argument_read(ask, question):
            return
        sitting = await members_sitting(ask, question.on)
        if sitting is None:
            return
        await declare(ask, sitting, present)

    return handler


async def declare(ask: Ask, sitting: Sitting, present: bool) -> None:
    now, tz, member_id = ask.runtime.now(), ask.runtime.settings.tz, ask.asker.member_id or 0
    arriving = present and proxies.arrival_open(ask.session, sitting, now, tz)
    given = (
        proxies.active_proxy_given(ask.session, sitting.id or 0, member_id) if arriving else None
    )
    if given is not None:
        # a member who gave a proxy, arriving: no proxy changes once it began (it was « trop
        # tard : les pouvoirs … »), but signing the sheet makes them present, the proxy unused
        holder = ask.session.get(Member, given.holder_id)
        await ask.reply(
            "attendance_not_arrived", s=_sitting_view(ask, sitting), recorded=False,
            holder=holder.display_name if holder else "",
        )  # fmt: skip
        return
    if arriving:
        said = _said(ask)
        if sitting.present_count is not None or _ARRIVING_LATER.search(said) or on_the_way(said):
            # the signed sheet already recorded (an arrival now made its counts disagree with
            # the rows: « 3 présents à l'ouverture » for 2), or « je serai là dans une heure »
            # (recorded as arrived at once): no arrival is noted
            await ask.reply(
                "attendance_not_arrived", s=_sitting_view(ask, sitting),
                recorded=sitting.present_count is not None,
            )  # fmt: skip
            return
        # « je suis là » once the sitting began: an arrival, told to the secretariat's
        # forecast until the signed sheet is recorded (it was « too late for proxies »)
        proxies.record_arrival(
            session=ask.session, sitting_id=sitting.id or 0, member_id=member_id, now=now,
            actor=_actor(ask),
        )  # fmt: skip
        await ask.reply("attendance_arrived", s=_sitting_view(ask, sitting), at=now.astimezone(tz))
        return
    if not proxies.declarations_open(ask.session, sitting, now, tz):
        # before offering to take back a proxy the documents printed for a sitting held
        await _refuse(ask, ProxyRefusal.REGISTRATION_CLOSED, sitting)
        return
    given = (
        proxies.active_proxy_given(ask.session, sitting.id or 0, ask.asker.member_id or 0)
        if present
        else None
    )
    if given is not None:
        # « Finalement je serai là »: coming means taking the proxy back; ask before doing it.
        holder = ask.session.get(Member, given.holder_id)
        await ask.reply(
            "proxy_withdraw_offer",
            buttons=[
                (render("button_withdraw_proxy"), WithdrawProxy(sitting.id or 0).encode()),
                (render("button_keep_proxy"), CancelProxy().encode()),
            ],
            holder=holder.display_name if holder else "",
            holder_e=agreement(feminine(holder.civility)) if holder else "",
            s=_sitting_view(ask, sitting),
        )
        _wait(ask, "withdraw", sitting.id)
        return
    said = _said(ask)
    late = present and bool(_LATE_SAID.search(said))
    leaving = present and bool(LEAVING_STATED.search(said))
    try:
        proxies.declare_attendance(
            session=ask.session,
            sitting_id=sitting.id or 0,
            member_id=ask.asker.member_id or 0,
            present=present,
            now=ask.runtime.now(),
            tz=ask.runtime.settings.tz,
            actor=_actor(ask),
            late=late,
            leaving=leaving,
        )
    except proxies.ProxyRefused as refused:
        await _refuse(ask, refused.code, sitting)
        return
    # « je serai absente » with a proxy already given: it stands, nothing more is offered
    given = (
        None
        if present
        else proxies.active_proxy_given(ask.session, sitting.id or 0, ask.asker.member_id or 0)
    )
    holder = ask.session.get(Member, given.holder_id) if given is not None else None
    offered = not present and holder is None
    buttons = (
        [(render("button_give_proxy"), AskProxy(sitting.id or 0).encode())] if offered else None
    )
    dropped = _answered_by_declaring(ask, sitting, present)
    from bot.handlers.questions import remember_sitting  # the thread is the questions'

    # « et qui d'autre sera en retard ? », « et Berger ? » next: that sitting
    remember_sitting(ask, sitting.id or 0)
    await ask.reply(
        "attendance_declared",
        buttons=buttons,
        present=present,
        s=_sitting_view(ask, sitting),
        dropped=dropped,
        holder=holder.display_name if holder else None,
        holder_e=agreement(feminine(holder.civility)) if holder else "",
        late=late,
        leaving=leaving,
        also=_colleague_said_alike(ask, said),
    )
    if offered:
        _wait(ask, OFFERED, sitting.id)


# « je serai absent le 18 et Semache aussi », « absente jeudi, comme Berger »: a colleague
# said to do the same, which only they may declare
_ALIKE = cues.plain(r"\b(?:aussi|egalement|de meme|pareil|non plus|comme|avec)\b")


def _colleague_said_alike(ask: Ask, said: str) -> str | None:
    """The colleague a declaration says does the same (« … et Semache aussi »): named in the
    answer, which records the asker's word only (each member declares their own)."""
    if not _ALIKE.search(said):
        return None
    named = ask.resolve(said, in_text=True).member
    if named is None or named.member_id == ask.asker.member_id:
        return None
    member = ask.session.get(Member, named.member_id)
    return member.display_name if member is not None else None


def _answered_by_declaring(ask: Ask, sitting: Sitting, present: bool) -> Member | bool | None:
    """What waited for that sitting ends with the declaration: coming ends a proxy proposed
    (it nagged at every message, and a « oui » later would have recorded a proxy beside the
    presence), or the offer made after an absence; staying away ends « Le retirez-vous ? »
    (a « oui » later withdrew the proxy and noted the member present). The holder of a
    proposal dropped, True when the holder was still being asked, None otherwise."""
    pending = _pending(ask)
    step = pending.get("step")
    ended = ("confirm", "holder", OFFERED) if present else ("withdraw",)
    if pending.get("sitting") != sitting.id or step not in ended:
        return None
    _settle(ask)
    if step not in ("confirm", "holder"):
        return None
    holder = ask.session.get(Member, pending["holder"]) if pending.get("holder") else None
    return holder or True


async def withdraw_and_attend(ask: Ask, sitting_id: int) -> None:
    """Take back the proxy given for the sitting, then note the member as coming."""
    _settle(ask)
    sitting = ask.session.get(Sitting, sitting_id)
    if sitting is None or ask.asker.member_id is None:
        await ask.reply("stale_button")
        return
    proxy = proxies.active_proxy_given(ask.session, sitting_id, ask.asker.member_id)
    if proxy is not None:
        await _end(ask, proxy, "revoked")
        if proxies.active_proxy_given(ask.session, sitting_id, ask.asker.member_id):
            return  # refused (too late): _end said why
    await declare(ask, sitting, present=True)


async def cancel(ask: Ask) -> None:
    """« Annuler » (the button or the word): nothing is registered, nothing is withdrawn."""
    pending = _pending(ask)
    if pending:
        _settle(ask)
    if pending.get("step") == "withdraw":
        await ask.reply("proxy_kept")
        return
    # « j'annule » while replacing a proxy: the one given before still stands, and is said so
    given = (
        proxies.active_proxy_given(ask.session, int(pending["sitting"]), ask.asker.member_id)
        if pending.get("sitting") and ask.asker.member_id is not None
        else None
    )
    holder = ask.session.get(Member, given.holder_id) if given is not None else None
    await ask.reply("proxy_cancelled", holder=holder.display_name if holder else None)


def _only_a_member(ask: Ask, text: str) -> bool:
    """Whether a correction's words, once « non, plutôt à » is set aside, are a member's name
    and nothing else (« non, plutôt à Berger », never « à quelle heure … » nor « au revoir »)."""
    name = name_part(text)
    if "?" in text or name == text.strip() or len(name.split()) > 3:
        return False
    return bool(ask.resolve(name, in_text=True).candidates)


class Reply(enum.Enum):
    """What a message was to the proxy dialog."""

    ANSWERED = "answered"  # it answered the pending question (or was a typed button label)
    NOT_A_REPLY = "not_a_reply"  # nothing pending, or a question of its own: answer it
    STILL_PENDING = "still_pending"  # a question of its own while a proposal waits: remind


_PROXY_WORD = cues.plain(r"\b(?:pouvoir|procuration|procu)\b")


async def answer_text(ask: Ask, text: str) -> Reply:
    """A member's words answering the pending proxy question (« oui », « d'accord », « 👍 »,
    « Basson », « non, plutôt à Laget », a sitting's label), or « Confirmer » typed with
    nothing pending. Anything else while a question is pending is never taken for a yes:
    a short reply is told the proxy is not registered yet, a question is answered and then
    reminded of it (STILL_PENDING)."""
    button_word = is_a_button_word(text)
    if ask.asker.member_id is None or (len(text) > _REPLY_LENGTH and not button_word):
        return Reply.NOT_A_REPLY
    pending = _pending(ask)
    if (
        not pending
        and read_reply(text) is Said.CHANGE
        and all(f.asked is not Asked.GIVE_PROXY for f in read_frames(text, ask.runtime.today()))
    ):
        # « finalement plutôt à Laurent », « non pas lui, à Bonnet » once the proxy is
        # registered: the change, proposed to confirm (never « Entendu » and nothing done)
        given = _registered_proxy(ask)
        if given is not None and await _answer_holder(
            ask, text, {"step": "confirm", "sitting": given.sitting_id}
        ):
            return Reply.ANSWERED
        if given is None and _only_a_member(ask, text):
            # « non, plutôt à Berger » with no proxy proposed nor registered: nothing to change
            # (never that member's card, nor a proxy given in silence), and how to give one
            await ask.reply("nothing_to_change", name=name_part(text))
            return Reply.ANSWERED
    if pending.get("step") == OFFERED:
        _settle(ask)  # answered now, or another matter
        # « oui mais pas à Bony, à Thizy »: a holder named, another ruled out
        short = (len(text.split()) <= 4 or holder_part(text) != text) and "?" not in text
        if short and await _answer_offer(ask, text, int(pending["sitting"])):
            return Reply.ANSWERED
        pending = {}
    if not pending:
        if button_word and _PROXY_WORD.search(fold(text)) and read_reply(text) is not Said.CONFIRM:
            # « annule mon pouvoir » with nothing pending: the registered proxy is withdrawn.
            await revoke_proxy(ask, Question("revoke_proxy", None, None, None, False, ""))
            return Reply.ANSWERED
        given = _registered_proxy(ask) if button_word else None
        if given and read_reply(text) is Said.CANCEL and len(fold(text).split()) > 1:
            # « en fait j'annule » right after giving a proxy: that proxy is withdrawn; a bare
            # « Annuler » (an old button's word, typed again) withdraws nothing without asking
            await revoke_proxy(ask, Question("revoke_proxy", None, None, None, False, ""))
            return Reply.ANSWERED
        if button_word:
            holder = ask.session.get(Member, given.holder_id) if given else None
            sitting = ask.session.get(Sitting, given.sitting_id) if given else None
            await ask.reply(
                "nothing_pending",
                holder=holder.display_name if holder else None,
                s=_sitting_view(ask, sitting) if sitting is not None else None,
            )
            return Reply.ANSWERED
        return Reply.NOT_A_REPLY
    if _answers_another_message(ask, pending):
        await _remind(ask, pending)
        return Reply.ANSWERED
    said = read_reply(text)
    maybe_a_name = len(text.split()) <= 4 and "?" not in text
    step, sitting_id = pending.get("step"), pending.get("sitting")
    if said is Said.CANCEL:
        await cancel(ask)
        return Reply.ANSWERED
    if step == "sitting":
        return await _answer_sitting_choice(ask, text, said, pending)
    if (
        step == "confirm"
        and sitting_id
        and _rules_out_the_holder(ask, text, pending)
        and (sitting := ask.session.get(Sitting, sitting_id)) is not None
    ):
        # « non pas à Bony ! » answering « Vous donnez pouvoir à M. Vincent BONY … ? »: that
        # offer is dropped and « À qui ? » asked again (Bony's card was shown)
        await _ask_holder(ask, sitting)
        return Reply.ANSWERED
    if (
        step == "withdraw"
        and sitting_id
        and said is Said.OTHER
        and any(f.asked is Asked.DECLARE_PRESENT for f in read_frames(text, ask.runtime.today()))
    ):
        # « Le retirez-vous ? » answered « et je serai présent », « oui je viendrai »: coming
        # is the yes asked
        await withdraw_and_attend(ask, sitting_id)
        return Reply.ANSWERED
    if said is Said.CONFIRM:
        if step == "confirm" and sitting_id and pending.get("holder"):
            await confirm_proxy(
                ask, sitting_id, pending["holder"], replace=bool(pending.get("replace"))
            )
        elif step == "withdraw" and sitting_id:
            await withdraw_and_attend(ask, sitting_id)
        else:
            await _remind(ask, pending)
        return Reply.ANSWERED
    if step == "holder" and sitting_id and (chosen := _holder_picked(ask, text, pending)):
        # « le premier », « la dame » under « Lequel voulez-vous dire ? »: that holder, of those
        # offered (never the first of a list shown before, nor a search for « dame »)
        question = Question("give_proxy", None, None, None, False, "")
        await offer_proxy(ask, question, chosen, ask.session.get(Sitting, sitting_id))
        return Reply.ANSWERED
    if (
        step == "holder"
        and sitting_id
        and pending.get("candidates")
        and choice_said(fold(text).replace("?", " ").split())
    ):
        # « le 9e » of four, « la dame » of two women: which one, asked again among them
        # (never a search for « dame », nor the help)
        members = [ask.session.get(Member, i) for i in pending["candidates"]]
        buttons = [
            (candidate_label(m), PickHolder(sitting_id, m.id or 0).encode()) for m in members if m
        ]
        await ask.reply("choice_unfit", said=text.strip(), count=len(buttons), buttons=buttons)
        return Reply.ANSWERED
    # « la présidente » under « À qui ? »: the chair, a holder named by the office
    chair_named = (
        step == "holder"
        and "?" not in text
        and len(text.split()) <= 6
        and bool(_TO_THE_CHAIR.search(fold(text)))
    )
    if (
        said is Said.OTHER
        and not chair_named
        and not _names_the_pending_sitting(ask, text, pending)
        and (other := _another_request(ask, text)) is not None
    ):
        # « je retire ma procuration », « mes pouvoirs », « Berger était là ? » while « À qui ? »
        # waits: another act or question, answered as such, never a name; a withdrawal ends
        # the offer it interrupts.
        if other is Asked.REVOKE_PROXY:
            _settle(ask)
        return Reply.STILL_PENDING
    if small_talk(text) is not None or greetings.hello_alone(text):
        # « merci bcp », « bonne soirée » while « À qui ? » waits: answered as such, then the
        # question recalled (never « aucun membre nommé « merci bcp » »)
        return Reply.STILL_PENDING
    # A name: « non, plutôt à Laget » changes the holder; « Basson » answers « À qui ? ».
    just_a_name = step == "holder" and (maybe_a_name or chair_named)
    if just_a_name and said is not Said.CHANGE and _no_name_but_words(ask, text):
        # « la voirie », « le SIEL » under « À qui ? »: a topic, no holder (never « aucun
        # membre nommé la voirie »): answered as asked, then reminded
        return Reply.STILL_PENDING
    if step == "confirm" and said is Said.CHANGE and (day := _day_corrected(ask, text)):
        # « non, plutôt pour le 14 janvier »: the same holder, for the day said
        holder_id = pending.get("holder")
        question = Question("give_proxy", day, None, None, False, "")
        await offer_proxy(ask, question, int(holder_id) if holder_id else None)
        return Reply.ANSWERED
    if step in ("confirm", "holder") and (day := _another_day_named(ask, text, pending)):
        # « je donne pouvoir à Degraix pour le 25 juillet », « plutôt à Degraix le 25 » while
        # the 18th's proxy waits: that holder for the day said (« pas de séance le 25 » when
        # none is); the holder was changed on the 18th, the day silently dropped
        question = Question("give_proxy", day, None, None, False, "")
        await offer_proxy(ask, question, _another_day_holder(ask, text))
        return Reply.ANSWERED
    named = step in ("confirm", "holder") and (said is Said.CHANGE or just_a_name)
    if named and await _answer_holder(ask, text, pending, correcting=said is Said.CHANGE):
        return Reply.ANSWERED
    if maybe_a_name or button_word or _names_the_pending_sitting(ask, text, pending):
        await _remind(ask, pending)  # « entendu », « hmm »: not a yes, and not a question
        return Reply.ANSWERED
    return Reply.STILL_PENDING


def _rules_out_the_holder(ask: Ask, text: str, pending: dict[str, Any]) -> bool:
    """Whether a reply only rules out the very member the waiting proxy is offered to."""
    out = ruled_out(text)
    found = ask.resolve(out, in_text=True).member if out else None
    return found is not None and found.member_id == pending.get("holder")


def _holder_picked(ask: Ask, text: str, pending: dict[str, Any]) -> int | None:
    """The member of the holders offered under « Lequel ? » that words pick by rank (« le
    premier ») or by sex (« la dame ») alone; None otherwise (a name is read as a name)."""
    candidates: list[int] = list(pending.get("candidates") or [])
    if NEGATIVE_RANK.search(text):
        return None  # « le -1 » folded to « le 1 » picked the first: no rank, asked again
    words = fold(text).replace("?", " ").split()
    place = choice_rank(words, len(candidates))
    if place is None and not set(words) - WOMAN - MAN - CHOICE_FILLER:
        members = [ask.session.get(Member, i) for i in candidates]
        place = choice_by_sex(words, [m.civility if m else None for m in members])
    return candidates[place] if place is not None else None


async def _answer_offer(ask: Ask, text: str, sitting_id: int) -> bool:
    """« oui » asks to whom, « non » leaves the absence without a proxy, a member's name alone
    proposes that holder (to confirm); False for anything else, answered as it reads."""
    if proxies.active_proxy_given(ask.session, sitting_id, ask.asker.member_id or 0):
        return False  # given since, by its own words or button
    said = read_reply(text)
    if said is Said.CONFIRM:
        if (sitting := ask.session.get(Sitting, sitting_id)) is not None:
            await _ask_holder(ask, sitting)
        return True
    if said is Said.CANCEL:
        sitting = ask.session.get(Sitting, sitting_id)
        await ask.reply("proxy_offer_declined", s=_sitting_view(ask, sitting) if sitting else None)
        return True
    ruling_out = holder_part(text) != text  # « pas Bony mais Thizy »: Thizy
    if (said is not Said.OTHER and not ruling_out) or not ask.resolve(
        holder_part(text), in_text=True
    ).candidates:
        return False
    return await _answer_holder(
        ask, text, {"step": "holder", "sitting": sitting_id}, correcting=ruling_out
    )


def _no_name_but_words(ask: Ask, text: str) -> bool:
    """Whether a short reply to « À qui ? » names nobody and is words the acts are about
    (« la voirie », « le SIEL »), not a name typed wrong."""
    if ask.resolve(text, in_text=True).status != "unknown":
        return False
    frames = read_frames(text, ask.runtime.today())
    if all(f.asked in (Asked.GREETING, Asked.THANKS, Asked.GOODBYE, Asked.HELP) for f in frames):
        return True  # « bonjour », « merci beaucoup »: no one named
    words = words_of(meaningful(" ".join(w for f in frames for w in f.words)))
    if not words:
        return False
    # « la piscine de Firminy », « le SIEL »: a thing said with its article, or a word the
    # acts print as typed (never a slip of one: « Durandal » for DURAND stays a name)
    index = ask.reads.deliberation_index(ask.session)
    return bool(_A_THING.match(fold(text))) or any(index.prints(w) for w in words)


_A_THING = cues.plain(r"^\W*(?:le|la|les|l|du|des|au|aux) \w")


# What a reply to « À qui ? » or « Confirmez-vous ? » may read as and still be that reply: a name
# (a search), or nothing asked.
_A_REPLY = frozenset(
    {Asked.SEARCH, Asked.NOTHING, Asked.ACKNOWLEDGED, Asked.THANKS, Asked.GREETING, Asked.HELP}
)
_A_REPLY |= {Asked.REPHRASE, Asked.GIVE_PROXY}


def _another_request(ask: Ask, text: str) -> Asked | None:
    """The act or question a message asks when it is not a reply to the pending proxy."""
    asked = [f.asked for f in read_frames(text, ask.runtime.today())]
    return next((a for a in asked if a not in _A_REPLY), None)


# « à moi-même », « à moi »: the giver as holder (refused by the law, with its reason)
_TO_MYSELF = cues.plain(r"\b(?:a|au) (?:moi(?: meme)?|moi meme|myself)\b")
# « au président », « à la présidente de séance »: who chairs, named by the office
_TO_THE_CHAIR = cues.plain(
    r"(?:\b(?:a la|au) |^(?:(?:a la|au|la|le) )?)(?:president|presidente)\b(?! (?:du|de l) )"
)


async def _holder_named(ask: Ask, text: str, sitting: Sitting) -> Resolution:
    """The member a proxy's words name as its holder (never the asker); « au président »:
    whoever chaired the body's latest sitting, said so before the usual confirmation (never
    taken silently)."""
    resolution = _not_the_asker(ask, ask.resolve(holder_part(text), in_text=True))
    if resolution.status == "unknown" and (chair := _chair_said(ask, fold(text), sitting)):
        await ask.reply("proxy_to_the_chair", name=chair[0].display_name, s=chair[1])
        resolution = _not_the_asker(ask, ask.resolve(chair[0].display_name))
    return resolution


def _chair_said(
    ask: Ask, said: str, sitting: Sitting
) -> tuple[Member, queries.SittingView] | None:
    """The member who chaired the latest sitting held of that body, when « au président » is
    said, with that sitting; None when none is known (or the words name no office)."""
    if not _TO_THE_CHAIR.search(said):
        return None
    held = ask.session.exec(
        select(Sitting)
        .where(
            Sitting.body_id == sitting.body_id,
            Sitting.held_on < ask.runtime.today(),
            col(Sitting.president_id).is_not(None),
        )
        .order_by(col(Sitting.held_on).desc())
        .limit(1)
    ).first()
    chair = ask.session.get(Member, held.president_id) if held and held.president_id else None
    if held is None or chair is None:
        return None
    return chair, _sitting_view(ask, held)


# « à ma femme », « à mon suppléant », « à un ami »: someone who does not sit
_NOT_A_MEMBER = cues.plain(
    r"\b(?:a|au) (?:ma|mon|mes|notre|un|une) (?:femme|epouse|mari|epoux|conjointe?|compagne?"
    r"|fils|fille|frere|soeur|pere|mere|parents?|suppleante?|assistante?|collaborat(?:eur|rice)"
    r"|secretaire|attachee? parlementaire|directeur|directrice|chauffeur|amie?|voisine?|proche"
    r"|agent|fonctionnaire|habitante?|citoyenne?)\b"
)


def _day_corrected(ask: Ask, text: str) -> date | None:
    """The day a correction names instead of a holder (« non, plutôt pour le 14 janvier »):
    the next such day, when no member is named beside it."""
    mentions = [m for m in find_dates(text) if m.day and m.month]
    if len(mentions) != 1 or ask.resolve(text, in_text=True).candidates:
        return None
    return _day_of(mentions[0], ask.runtime.today())


def _day_of(mention: DateMention, today: date) -> date | None:
    """The day a date said means: as printed with its year, else `day_meant`."""
    if mention.year is None:
        return day_meant(mention.day or 1, mention.month or 1, today)
    with contextlib.suppress(ValueError):
        return date(mention.year, mention.month or 1, mention.day or 1)
    return None


def _another_day_named(ask: Ask, text: str, pending: dict[str, Any]) -> date | None:
    """The day a message naming one member also names (« … pour le 25 juillet »), when it is
    not the day of the sitting whose proxy waits."""
    sitting = ask.session.get(Sitting, pending["sitting"]) if pending.get("sitting") else None
    mentions = [m for m in find_dates(text) if m.day and m.month]
    if sitting is None or len(mentions) != 1 or _another_day_holder(ask, text) is None:
        return None
    day = _day_of(mentions[0], ask.runtime.today())
    return day if day != sitting.held_on else None


def _another_day_holder(ask: Ask, text: str) -> int | None:
    """The one member a message names as holder, if it names one."""
    resolution = _not_the_asker(ask, ask.resolve(text, in_text=True))
    return resolution.member.member_id if resolution.member is not None else None


def _registered_proxy(ask: Ask) -> Proxy | None:
    """The proxy the asker gave for their next coming sitting, if any."""
    for sitting in proxies.coming_sittings(
        ask.session, ask.asker.member_id or 0, ask.runtime.today()
    ):
        given = proxies.active_proxy_given(ask.session, sitting.id or 0, ask.asker.member_id or 0)
        if given is not None:
            return given
    return None


def _names_the_pending_sitting(ask: Ask, text: str, pending: dict[str, Any]) -> bool:
    """« Bureau Métropolitain — 18 juillet 2024 » typed while its proxy waits for a yes: the
    sitting's label, not a question about it."""
    words = fold(text).split()
    if "?" in text or len(words) > 6 or not {"bureau", "conseil", "seance"} & set(words):
        return False
    sitting = ask.session.get(Sitting, pending["sitting"]) if pending.get("sitting") else None
    return sitting is not None and _sitting_named(text, [sitting]) is sitting


async def _answer_holder(
    ask: Ask, text: str, pending: dict[str, Any], *, correcting: bool = False
) -> bool:
    """A holder named in answer to « À qui ? » or « Lequel ? », or in a correction (« non,
    plutôt à Laget »); False when no member is (a correction naming nobody is told so: it is
    never dropped while the first holder waits for a yes)."""
    sitting_id = pending.get("sitting")
    sitting = ask.session.get(Sitting, sitting_id) if sitting_id else None
    resolution = (
        await _holder_named(ask, text, sitting)
        if sitting is not None
        else _not_the_asker(ask, ask.resolve(holder_part(text), in_text=True))
    )
    candidates = set(pending.get("candidates") or [])
    if resolution.member is None and candidates:
        # « Gilles Boudard » after « Lequel ? » may still fit several: only those offered count.
        among = tuple(c for c in resolution.candidates if c.member_id in candidates)
        if len(among) == 1:
            resolution = Resolution("found", among)
    said = name_part(text) if correcting else text.strip()  # « non, plutôt à Gilles »: « Gilles »
    if resolution.status == "unknown":
        if pending.get("step") == "holder" or correcting:
            await ask.reply("unknown_name", query=said)
            await _remind(ask, pending)
            return True
        return False
    if sitting is None:
        sitting = await members_sitting(ask, None)
        if sitting is None:
            return True
    if resolution.member is None:
        await _choose_holder(ask, resolution, said, sitting)
        return True
    question = Question("give_proxy", None, None, None, False, "")
    await offer_proxy(ask, question, resolution.member.member_id, sitting)
    return True


async def _answer_sitting_choice(
    ask: Ask, text: str, said: Said, pending: dict[str, Any]
) -> Reply:
    """« Choisissez la séance »: a typed label (« Bureau Métropolitain — 10 décembre 2026 »,
    « le 10 »), or a yes when one sitting was offered."""
    choices = [ask.session.get(Sitting, i) for i in pending.get("choices") or []]
    offered = [s for s in choices if s is not None]
    chosen = _sitting_named(text, offered)
    if chosen is None and said is Said.CONFIRM and len(offered) == 1:
        chosen = offered[0]
    if chosen is None:
        if "?" in text and len(text.split()) > 4:
            return Reply.STILL_PENDING
        await _remind(ask, pending)
        return Reply.ANSWERED
    holder_id = pending.get("holder")
    if holder_id:
        question = Question("give_proxy", None, None, None, False, "")
        await offer_proxy(ask, question, holder_id, chosen)
    else:
        await _ask_holder(ask, chosen)
    return Reply.ANSWERED


def _sitting_named(text: str, offered: list[Sitting]) -> Sitting | None:
    """The one offered sitting whose day the text names (« 10 décembre », « 10/12 », « celle
    du 10 »: among the sittings offered, a day number alone is enough)."""
    days = {(m.day, m.month) for m in find_dates(text) if m.day}
    days |= {(int(n), None) for n in _DAY_NUMBER.findall(text) if 1 <= int(n) <= 31}
    named = [
        s
        for s in offered
        if (s.held_on.day, s.held_on.month) in days or (s.held_on.day, None) in days
    ]
    return named[0] if len(named) == 1 else None


_DAY_NUMBER = cues.plain(r"(?<![\d/.-])(\d{1,2})(?![\d/.:h-])")


async def _remind(ask: Ask, pending: dict[str, Any]) -> None:
    """The question is still open: say nothing is registered yet, and ask it again."""
    step = pending.get("step")
    sitting_id = pending.get("sitting")
    sitting = ask.session.get(Sitting, sitting_id) if sitting_id else None
    holder_id = pending.get("holder")
    holder = ask.session.get(Member, holder_id) if holder_id else None
    buttons = None
    if step == "confirm" and sitting is not None and holder is not None:
        buttons = [
            (
                render("button_replace_proxy" if pending.get("replace") else "button_confirm"),
                ConfirmProxy(
                    sitting.id or 0, holder.id or 0, replace=bool(pending.get("replace"))
                ).encode(),
            ),
            (render("button_cancel"), CancelProxy().encode()),
        ]
    elif step == "withdraw" and sitting is not None:
        buttons = [
            (render("button_withdraw_proxy"), WithdrawProxy(sitting.id or 0).encode()),
            (render("button_keep_proxy"), CancelProxy().encode()),
        ]
    asked = await ask.reply(
        "proxy_still_pending",
        buttons=buttons,
        step=step,
        holder=holder.display_name if holder else None,
        s=_sitting_view(ask, sitting) if sitting is not None else None,
    )
    current = _pending(ask)  # (as the caller left it: reminded, or settled)
    if asked is not None and current.get("asked_in"):
        kept = {k: v for k, v in current.items() if k not in ("step", "sitting", "asked_in")}
        asked_in = [*current["asked_in"], *_ids(asked)]
        _wait(ask, str(current.get("step")), current.get("sitting"), **kept, asked_in=asked_in)


async def remind_pending(ask: Ask, *, a_question: bool = True) -> None:
    """After answering a question asked while a proposal waits: it is still not registered,
    said once; a second question past that reminder drops the proposal (it no longer takes
    the member's next words for its answer). Courtesy (« merci ») is no question: reminded,
    it counts for nothing."""
    pending = _pending(ask)
    if not pending or pending.get("step") == OFFERED:
        return
    if not a_question:
        await _remind(ask, pending)
        return
    if pending.get("reminded"):
        _settle(ask)
        return
    kept = {k: v for k, v in pending.items() if k not in ("step", "sitting")}
    _wait(ask, str(pending.get("step")), pending.get("sitting"), **kept, reminded=True)
    await _remind(ask, pending)


@as_member
async def proxy_button(ask: Ask) -> None:
    """Confirm, replace, decline or cancel a proxy; a holder chosen among several."""
    match ask.payload:
        case ConfirmProxy(sitting_id=sitting_id, holder_id=holder_id, replace=replace):
            await confirm_proxy(ask, sitting_id, holder_id, replace=replace)
        case DeclineProxy(proxy_id=proxy_id):
            await decline_proxy(ask, proxy_id)
        case AskProxy(sitting_id=sitting_id):
            if (sitting := ask.session.get(Sitting, sitting_id)) is None:
                await ask.reply("stale_button")
                return
            await _ask_holder(ask, sitting)
        case WithdrawProxy(sitting_id=sitting_id):
            await withdraw_and_attend(ask, sitting_id)
        case CancelProxy():
            await cancel(ask)
        case PickHolder(sitting_id=sitting_id, member_id=holder_id):
            sitting = ask.session.get(Sitting, sitting_id)
            if sitting is None:
                await ask.reply("stale_button")
                return
            question = Question("give_proxy", None, None, None, False, "")
            await offer_proxy(ask, question, holder_id, sitting)
        case _:
            await ask.reply("stale_button")


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("pouvoir", give_proxy_command))
    application.add_handler(CommandHandler("annuler_pouvoir", revoke_proxy_command))
    application.add_handler(CommandHandler("mes_pouvoirs", my_proxies_command))
    application.add_handler(CommandHandler("present", attendance_declaration(present=True)))
    application.add_handler(CommandHandler("absent", attendance_declaration(present=False)))
    application.add_handler(
        CallbackQueryHandler(
            proxy_button,
            pattern=callbacks.matching(
                ConfirmProxy, DeclineProxy, AskProxy, CancelProxy, PickHolder, WithdrawProxy
            ),
        )
    )
