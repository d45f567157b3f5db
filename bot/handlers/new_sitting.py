"""/nouvelle_seance: the secretariat creates a sitting in a short conversation.

Body (buttons), then date and time, place, agenda (one item per line), then a summary to
confirm. /annuler leaves at any step. The sitting is then convened with /convoquer.

The draft (its step and the answers so far) is kept in the store, not in this process: the
next answer may reach another bot process behind the load balancer. An hour of silence drops
it; the secretary's next text is then an ordinary question.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlmodel import select
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import callbacks
from bot.callbacks import NewSittingBody, NewSittingDecision
from bot.context import CouncilApp
from bot.handlers.common import Ask, as_member, command_text
from bot.render import render
from bot.services import sittings
from bot.services.intents import InvalidDate, find_date
from bot.services.proxies import Actor
from bot.services.proxy_dialog import Said, read_reply
from bot.services.sitting_orders import (
    PastDay,
    creation_said,
    new_day,
    order_said,
    spoken_hours,
)
from bot.services.small_talk import OTHER_ASSEMBLY, small_talk
from storage import chat_state, cues, queries
from storage.french import (
    CORRECTING,
    MONTH_NUMBERS,
    WEEKDAYS,
    Period,
    find_relative,
    find_relative_to,
)
from storage.models import Body
from storage.names import fold

BODY, WHEN, PLACE, AGENDA, CONFIRM = "body", "when", "place", "agenda", "confirm"
DRAFT_KEY = "new_sitting"
DRAFT_KEPT = timedelta(hours=1)
_TIME = cues.plain(r"\b(\d{1,2})\s*(?:h|:)\s*(\d{2})?\b")
_NO_AGENDA = {"aucun", "non", "-", "rien"}
# « aucun pour l'instant », « pas encore d'ODJ », « rien pour le moment », « à venir », « on
# verra plus tard »: no agenda yet (« aucun pour l'instant » became the sitting's one item)
_NO_AGENDA_SAID = cues.plain(
    r"^(?:aucun|rien|non|neant|pas encore|pas d odj|pas d ordre du jour|pas de points?"
    r"|on verra|plus tard|a venir|a definir|a completer|pas pour l instant|pas pour le moment"
    r"|vide|sans)(?: (?:point|points|odj|ordre du jour|encore|pour l instant|pour le moment"
    r"|pour l heure|plus tard|a venir|de suite|pour commencer|d odj"
    r"|d ordre du jour|merci))*$"
)


def no_agenda(text: str) -> bool:
    """Whether the text typed at the agenda's step says there is none yet."""
    words = " ".join(fold(text).replace("’", " ").replace("'", " ").split()).strip(" .!,")
    return words in _NO_AGENDA or bool(_NO_AGENDA_SAID.match(" ".join(re.findall(r"\w+", words))))


# What the draft holds, as JSON: {"step": …, "body_id": int, "starts": ISO 8601 with its
# offset, "place": str, "agenda": [str, …]}, each key once its step is answered.
Draft = dict[str, Any]


def _user_id(ask: Ask) -> int:
    user = ask.update.effective_user
    assert user is not None  # as_member answers only updates that have one
    return user.id


def _load(ask: Ask) -> Draft | None:
    draft: Draft | None = chat_state.get(
        session=ask.session, telegram_user_id=_user_id(ask), key=DRAFT_KEY, now=ask.runtime.clock()
    )
    return draft


def _save(ask: Ask, draft: Draft) -> None:
    chat_state.put(
        session=ask.session,
        telegram_user_id=_user_id(ask),
        key=DRAFT_KEY,
        value=draft,
        now=ask.runtime.clock(),
        ttl=DRAFT_KEPT,
    )


def _drop(ask: Ask) -> None:
    chat_state.delete(session=ask.session, telegram_user_id=_user_id(ask), key=DRAFT_KEY)


def _bodies(ask: Ask) -> list[Body]:
    query = select(Body).order_by(Body.name)
    if ask.asker.council_id is not None:  # the secretariat of one council convenes its bodies
        query = query.where(Body.council_id == ask.asker.council_id)
    return list(ask.session.exec(query).all())


@as_member
async def new_sitting_command(ask: Ask) -> None:
    """/nouvelle_seance [phrase]: begin a draft (afresh, if one was under way); what the phrase
    already says (« bureau le 12 janvier à 18h ») is taken, and only the rest is asked."""
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return
    await _begin(ask, command_text(ask.update))


# « une séance du conseil métropolitain de Lyon », « le bureau de la métropole de Lyon »: the
# place an assembly is said to be of, checked against this council's name
_OF_PLACE = cues.plain(
    r"\b(?:metropolitain|metropolitaine|communautaire|municipal|de la metropole|de la communaute"
    r"|d agglomeration|de l agglomeration|de la communaute d agglomeration)"
    r" (?:de |du |d |des )(?:la |l |le |les )?([a-z][a-z]*(?: [a-z][a-z]*){0,3})"
)
# Words that may follow « de » without naming a place (« le conseil métropolitain de janvier »)
_NOT_A_PLACE = frozenset(
    {
        *MONTH_NUMBERS,
        *WEEKDAYS,
        "demain",
        "ce",
        "cette",
        "la",
        "le",
        "mois",
        "a",
        "au",
        "en",
        "pour",
    }
)


def _other_council(ask: Ask, said: str) -> str | None:
    """The assembly `said` names when it is not of this council (« le conseil municipal de
    Roanne », « le conseil métropolitain de Lyon »): as typed; None when it is this one's."""
    folded = " ".join(re.findall(r"\w+", fold(said)))
    councils, bodies = queries.assembly_names(session=ask.session, council_id=ask.asker.council_id)
    known = " ".join(fold(name) for name in (*councils, *bodies))
    if (other := OTHER_ASSEMBLY.search(folded)) is not None:
        stem = other.group(0).split()[-1][:6]
        return None if stem in known else other.group(0)
    place = _OF_PLACE.search(folded)
    words = [] if place is None else place[1].split()
    cut = next((i for i, w in enumerate(words) if w in _NOT_A_PLACE), len(words))
    if not words[:cut] or words[0] in known.split():
        return None
    return " ".join(w.capitalize() for w in words[:cut])


async def _begin(ask: Ask, said: str) -> None:
    """A draft begun afresh; what `said` already tells (« bureau le 12 janvier à 18h ») is
    taken, and only the rest is asked. A sitting of another council is refused outright."""
    if (other := _other_council(ask, said)) is not None:
        councils, bodies = queries.assembly_names(
            session=ask.session, council_id=ask.asker.council_id
        )
        await ask.reply(
            "new_sitting_other_council",
            assembly=other,
            named=OTHER_ASSEMBLY.search(fold(other)) is not None,
            councils=councils,
            bodies=bodies,
        )
        return
    draft: Draft = {"step": BODY}
    if said.strip():
        await _take_what_is_said(ask, draft, said)
        if draft.get("refused"):
            draft.pop("refused")
            _save(ask, draft)
            return
    await _ask_what_is_missing(ask, draft)
    _save(ask, draft)


# The body named in a sentence by its first word (« bureau », « conseil ») or its whole name.
def _body_named(ask: Ask, folded: str) -> Body | None:
    words = set(re.findall(r"\w+", folded))
    named = [
        b
        for b in _bodies(ask)
        if fold(b.name) in folded or (fold(b.name).split() or [""])[0] in words
    ]
    return named[0] if len(named) == 1 else None


_QUESTION = cues.plain(r"\?|^(?:qui|quand|combien|est ce|quel|quelle|ou|comment|pourquoi)\b")


def _answers_which_body(ask: Ask, text: str) -> bool:
    """Whether a text answers « Quel organe ? »: it names one body, and is that name alone
    (« le bureau ») or with the day and hour (« Bureau le 14 janvier à 17h »), never a
    question about a body (« qui était au dernier bureau ? »)."""
    folded = fold(text)
    if _QUESTION.search(folded) or _body_named(ask, folded) is None:
        return False
    return len(folded.split()) <= 3 or bool(_TIME.search(folded) or re.search(r"\d", folded))


_YEAR_TYPED = cues.plain(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b")
# What may follow the hour as the place: « à l'Hôtel de Métropole », « salle du conseil ».
_PLACE_AFTER = cues.plain(
    r"(?i)\b(?:\d{1,2}\s*(?:heures?|h|:)\s*(?:\d{2}|et\s+demie?|et\s+quart|moins\s+le\s+quart)?"
    r"|midi|minuit)\s*[,;-]?\s*(?:(?:à|au|a|en|dans)\s+"
    r"(?:la\s+|le\s+|l[’']\s*)?|lieu\s*:\s*)?((?:salle|hôtel|hotel|mairie|maison|centre"
    r"|espace|siège|siege|amphithéâtre|amphi)\b.*)$"
)


async def _take_what_is_said(ask: Ask, draft: Draft, text: str) -> bool:
    """Take from one sentence what it says of the draft (body, day, hour, place); whether it
    said anything. An impossible date, or a moment no sitting can be planned at, is answered
    (draft["refused"])."""
    folded = fold(text)
    took = False
    place_said = _PLACE_AFTER.search(text)
    # « bureau le 17 décembre à 18h salle du conseil »: the place's words name no body
    naming = fold(text[: place_said.start(1)]) if place_said else folded
    if "body_id" not in draft and (body := _body_named(ask, naming)) is not None:
        draft["body_id"] = body.id
        took = True
    try:
        day, rest = find_date(folded, ask.runtime.today())
    except InvalidDate as error:
        await ask.reply("invalid_date", text=error.text)
        draft["refused"] = True
        return True
    if day is not None and day < ask.runtime.today() and not _YEAR_TYPED.search(folded):
        try:  # « le 12 janvier », said in December; « le 2 décembre » said on the 5th: asked
            day = new_day(day, ask.runtime.today(), folded)
        except PastDay as past:
            await ask.reply("past_day", day=past.day, next=past.next)
            draft["refused"] = True
            return True
    hour = _TIME.search(spoken_hours(rest if day is not None else folded))
    if hour and (int(hour.group(1)) > 23 or int(hour.group(2) or 0) > 59):
        # « 17h99 »: no such hour, said rather than half taken
        await ask.reply("no_such_hour", said=hour.group(0).strip())
        draft["refused"] = True
        return True
    if day is not None:
        draft["day"] = day.isoformat()
        took = True
    if hour is not None:
        draft["hour"] = [int(hour.group(1)), int(hour.group(2) or 0)]
        took = True
    if "day" in draft and "hour" in draft and "starts" not in draft:
        day, at = date.fromisoformat(draft["day"]), time(*draft["hour"])
        try:
            starts = sittings.wall_clock(day, at, ask.runtime.settings.tz)
        except sittings.NoSuchTime:
            draft.pop("hour")  # the day stands; another hour is asked
            await ask.reply("no_such_time", starts=datetime.combine(day, at))
            draft["refused"] = True
            return True
        try:
            sittings.check_start(starts, ask.runtime.now())
        except sittings.StartRefused as refused:
            draft.pop("day")
            draft.pop("hour")
            await ask.reply(
                "new_sitting_start_refused",
                code=refused.code,
                starts=starts,
                last_year=sittings.LAST_YEAR,
            )
            draft["refused"] = True
            return True
        draft["starts"] = starts.isoformat()
    if "place" not in draft and (place := place_said) is not None:
        draft["place"] = " ".join(place.group(1).split())[: sittings.PLACE_MAX_CHARS]
        took = True
    return took


async def _ask_what_is_missing(
    ask: Ask, draft: Draft, *, understood: dict[str, Any] | None = None
) -> None:
    """The draft's next question: only what no sentence said yet; the summary again once all
    is said (an hour asked again after a correction, the agenda already given)."""
    body = ask.session.get(Body, draft["body_id"]) if "body_id" in draft else None
    if body is not None and "starts" in draft:
        day = _starts(ask, draft).date()
        if (taken := sittings.sitting_that_day(ask.session, body.id or 0, day)) is not None:
            # said when the day is given: it was said once the place and agenda were typed
            for key in ("day", "hour", "starts"):
                draft.pop(key, None)
            await ask.reply("new_sitting_day_taken", body=body.name, taken=taken)
    if body is None:
        draft["step"] = BODY
        buttons = [(b.name, NewSittingBody(b.id or 0).encode()) for b in _bodies(ask)]
        await ask.reply("new_sitting_body", buttons=buttons, draft=_said(ask, draft))
    elif "starts" not in draft:
        draft["step"] = WHEN
        await ask.reply(
            "new_sitting_when", body=body.name, draft=_said(ask, draft), understood=understood
        )
    elif "place" not in draft:
        draft["step"] = PLACE
        await ask.reply("new_sitting_place", draft=_said(ask, draft), body=body.name)
    elif "agenda" in draft:
        draft["step"] = CONFIRM
        await _summary(ask, draft, understood=understood)
    else:
        draft["step"] = AGENDA
        await ask.reply(
            "new_sitting_agenda", draft=_said(ask, draft), body=body.name, understood=understood
        )


def _said(ask: Ask, draft: Draft) -> dict[str, Any]:
    """What the draft already holds, for the question that asks the rest."""
    return {
        "day": date.fromisoformat(draft["day"]) if "day" in draft else None,
        "hour": time(*draft["hour"]) if "hour" in draft else None,
        "starts": _starts(ask, draft) if "starts" in draft else None,
        "place": draft.get("place"),
    }


@as_member
async def cancel_command(ask: Ask) -> None:
    """/annuler: drop the draft under way; without one, it is no command at all."""
    if ask.asker.secretariat and _load(ask) is not None:
        _drop(ask)
        await ask.reply("new_sitting_cancelled")
        return
    await ask.reply("unknown_command")


def waits_for_text(ask: Ask) -> bool:
    """Whether the secretary's draft waits for typed text (a date, a place, an agenda)."""
    draft = _load(ask)
    return draft is not None and draft["step"] in _TEXT_STEPS


async def answer_text(ask: Ask, text: str) -> bool:
    """A secretary's text: the answer to the draft's step if it waits for text, else False
    (no draft, or one waiting for a button) and the text is an ordinary question. At the
    body's step, a sentence naming a body (« Bureau le 14 janvier à 17h ») answers it, and
    what else it says is taken too."""
    draft = _load(ask)
    if "?" not in text and (create := creation_said(fold(text))) and _begins_again(draft, text):
        # (« une séance » itself names no body: the body, if said, is the words after)
        rest = text[create.end() :] if len(fold(text)) == len(text) else text
        await _begin(ask, f"{create.group(0).split()[-1]} {rest}".strip())
        return True
    if draft is not None and "item" in draft and read_reply(text) in (Said.CONFIRM, Said.CANCEL):
        # the last question asked was whether to add the items typed after the summary: « oui »
        # adds them, never creates the sitting without them; « non » keeps the draft as it was
        await _item_answered(ask, draft, added=read_reply(text) is Said.CONFIRM)
        _save(ask, draft)
        return True
    if draft is not None and _leaves(text):
        _drop(ask)
        await ask.reply("new_sitting_cancelled")
        return True
    if draft is not None and draft["step"] == BODY:
        if not _answers_which_body(ask, text):
            return False
        await _take_what_is_said(ask, draft, text)
        if not draft.pop("refused", False):
            await _ask_what_is_missing(ask, draft)
        _save(ask, draft)
        return True
    if draft is not None and draft["step"] == CONFIRM:
        # « oui », « ok c'est bon », « non, annule »: what the buttons do; an item typed after
        # the summary is offered to its agenda; anything else is an ordinary question (the
        # draft waits for its answer)
        said = read_reply(text)
        if said in (Said.OTHER, Said.CHANGE) and await _corrected(ask, draft, text):
            _save(ask, draft)
            return True
        if said is Said.OTHER and (items := _items_typed(text)):
            await _offer_items(ask, draft, items)
            _save(ask, draft)
            return True
        if said not in (Said.CONFIRM, Said.CANCEL):
            return False
        if said is Said.CONFIRM:
            await _create(ask, draft)
        else:
            await ask.reply("new_sitting_cancelled")
        _drop(ask)  # once created or refused, not before (`_create`)
        return True
    step = _TEXT_STEPS.get(draft["step"]) if draft else None
    if draft is None or step is None:
        return False
    if draft["step"] == AGENDA and "\n" not in text.strip() and _asked(text):
        return False  # « qui est convoqué ? »: a question, never the agenda's first item
    if (
        draft["step"] in (PLACE, AGENDA)
        and "\n" not in text.strip()
        and await _corrected(ask, draft, text, agenda_asked=True)
    ):
        # « la veille au matin », « en fait à 9 h » typed when the agenda is asked: the day or
        # hour corrected (it became the agenda's one item), the agenda asked again; typed when
        # the place is asked (« 25 juillet 2024 0h00 », the hour said again): it became the
        # place, and the day and hour stayed as first read
        _save(ask, draft)
        return True
    await step(ask, draft, text)
    _save(ask, draft)  # even a date misread is a sign of life: the draft lives another hour
    return True


def _begins_again(draft: Draft | None, text: str) -> bool:
    """Whether « nouvelle séance du bureau le 29 août » begins a draft: always without one;
    with one under way, afresh as /nouvelle_seance does (it was answered as a question while
    the other draft waited), unless the draft waits for its agenda and the line is no more
    than an item's title (« Nouvelle réunion publique de concertation »)."""
    if draft is None:
        return True
    return "\n" not in text.strip() and (draft["step"] != AGENDA or bool(re.search(r"\d", text)))


# The draft given up in a sentence (« finalement pas de séance, laisse tomber », « on abandonne
# cette création »): never a question (« pas de séance le 12 ? »)
_GIVEN_UP = cues.plain(
    r"\b(?:(?:laisse|laissez|laissons) tomber|on abandonne|abandonne[rz]?|oublie[rz]? (?:ca|tout"
    r"|cette seance|la seance|la creation)|pas de seance finalement|finalement pas de seance)\b"
)


def _leaves(text: str) -> bool:
    """« annuler », « laisse tomber » typed at any step leave the draft as /annuler does (at the
    body's step it was read as a proxy's cancel: « rien à annuler », the draft left waiting);
    a bare « non » or « rien » answers the step it is typed at (no agenda, or the summary)."""
    if "?" not in text and _GIVEN_UP.search(" ".join(fold(text).split())):
        return True
    return read_reply(text) is Said.CANCEL and not no_agenda(text)  # (« non merci »: no agenda)


@as_member
async def draft_button(ask: Ask) -> None:
    """The body of the draft, or its « Confirmer » / « Annuler », when the secretary's draft
    is at that step; any other press is a stale button."""
    if not await _answer_button(ask):
        await ask.reply("stale_button")


async def _answer_button(ask: Ask) -> bool:
    if not ask.asker.secretariat:
        return False
    draft = _load(ask)
    if draft is None:
        return False
    match ask.payload:
        case NewSittingBody(body_id=body_id) if draft["step"] == BODY:
            body = ask.session.get(Body, body_id)
            if body is None:
                return False
            draft.update(body_id=body.id)
            await _ask_what_is_missing(ask, draft)
            _save(ask, draft)
            return True
        case NewSittingDecision(item=True) if draft["step"] == CONFIRM and "item" in draft:
            await _item_answered(ask, draft, added=True)
            _save(ask, draft)
            return True
        case NewSittingDecision(create=True, item=False) if (
            draft["step"] == CONFIRM and "item" in draft
        ):
            # « Confirmer » pressed while items typed after the summary wait for their answer:
            # it created the sitting without them, silently; they are asked about first
            await _offer_items(ask, draft, [], waiting=True)
            _save(ask, draft)
            return True
        case NewSittingDecision(create=create, item=False) if draft[
            "step"
        ] == CONFIRM and _under_summary(ask, draft):
            if create:
                await _create(ask, draft)
            else:
                await ask.reply("new_sitting_cancelled")
            _drop(ask)  # once created or refused, not before (`_create`)
            return True
    return False


async def _when(ask: Ask, draft: Draft, text: str) -> None:
    # « le 14 janvier » then « 17h »: each answer adds to the other; « 17h99 » is no hour
    # (it raised, and the secretary got « Désolé » for a typo).
    # « qui était absent le 4 juillet ? » is a question, not the day asked for
    took = not _QUESTION.search(fold(text)) and await _take_what_is_said(ask, draft, text)
    if draft.pop("refused", False):
        return
    if not took:
        await ask.reply("new_sitting_when_again")
        return
    await _ask_what_is_missing(ask, draft)


async def _place(ask: Ask, draft: Draft, text: str) -> None:
    place = " ".join(text.split())
    if len(place) > sittings.PLACE_MAX_CHARS:
        # Cut to the column's length, the place was kept wrong without a word; as the CLI
        # does, it is refused with its length, and asked again.
        await ask.reply(
            "new_sitting_place_too_long", length=len(place), limit=sittings.PLACE_MAX_CHARS
        )
        return
    draft.update(place=place)
    await _ask_what_is_missing(ask, draft)


def _under_summary(ask: Ask, draft: Draft) -> bool:
    """Whether the button pressed is under this draft's summary or one of its pages."""
    under = ask.pressed_under
    offer = draft.get("offer")
    return type(offer) is not int or under is None or under >= offer


async def _agenda(ask: Ask, draft: Draft, text: str) -> None:
    # Each line whole: the draft and the sitting keep the agenda as JSON, of any length (a line
    # cut at 300 characters lost the end of a long item without a word).
    if read_reply(text) is Said.CONFIRM:
        # « oui », « ok » typed as if the step were a question: no item of an agenda, asked
        # again (it became the sitting's one item, « 1. oui »)
        await ask.reply("new_sitting_agenda_again")
        return
    lines = [] if no_agenda(text) else sittings.agenda_lines(text)
    items = sittings.agenda_items(lines)
    if (long := sittings.too_long_item(items)) is not None:  # the step is asked again
        await ask.reply("agenda_item_too_long", item=long, limit=sittings.AGENDA_ITEM_MAX_CHARS)
        return
    draft.update(step=CONFIRM, agenda=items)
    await _summary(ask, draft)


# What may open a message that is no agenda item: a person speaking (« je serai absent »,
# « on se voit demain »), a greeting or thanks, a command, a correction of the draft (« en
# fait à 18h », « plutôt salle C »)
_NOT_AN_ITEM = cues.plain(
    r"^(?:je|j|on|nous|tu|vous|il|elle|ils|elles|moi|mon|ma|mes|merci|bonjour|bonsoir|salut"
    r"|coucou|ok|d accord|super|parfait|attends|attendez|stop|en fait|plutot|finalement|mais"
    r"|pardon|erreur|correction|attention|non|si)\b|^/"
)


# What opens a correction of the draft typed after its summary: « en fait à 18h », « ah non
# pardon, plutôt le 30 », « finalement salle 4 », « correction : à l'hôtel de métropole »
_CORRECTION_WORD = (
    r"(?:ah|oh|euh|bon|ok|desole|plutot|mais|changement|modification|ce sera|ca sera|c est"
    r"|je me suis trompee?|je me trompe|on change|change|mettez|mets|" + CORRECTING + r")\b"
)
_CORRECTING = cues.plain(
    "^" + _CORRECTION_WORD + r"(?:[\s,:;.!-]+" + _CORRECTION_WORD + r")*[\s,:;.!-]*"
)
# A place said alone, without the hour before it (« salle 4 », « à l'hôtel de métropole »),
# its words kept as typed
_PLACE_SAID = cues.plain(
    r"(?i)(?:^|[\s,:;])(?:(?:à|au|a|en|dans)\s+(?:la\s+|le\s+|l[’']\s*)?|lieu\s*:\s*)?"
    r"((?:salle|hôtel|hotel|mairie|maison|centre|espace|siège|siege|amphithéâtre|amphi)\b.*)$"
)
# What may follow a place: the hour or the day of the same correction (« salle 4 à 18h »)
_AFTER_PLACE = cues.plain(r"(?i)\s*[,;]?\s+(?:à|a|le|vers|pour|des|dès)\s+\d")
# « plutôt le 30 »: a day said without its month, in the month of the draft
_DAY_ALONE = cues.plain(r"\b(?:le |au )(1er|\d{1,2})\b(?! ?h| ?:)")


async def _corrected(ask: Ask, draft: Draft, text: str, *, agenda_asked: bool = False) -> bool:
    """A correction of the draft typed after its summary (« en fait à 18h », « non plutôt le
    30 août », « finalement salle 4 », « la veille au matin »), or while its agenda is asked
    (`agenda_asked`: a place alone is then an item, « Salle polyvalente », unless a word
    corrects): the day, hour or place it says replaces the draft's, and the summary (or the
    question) is shown again; False when the message corrects nothing (an agenda item, a
    question). A day or an hour refused is answered, and the draft stays as it was. A part of
    the day said without its hour (« au matin ») that the draft's hour is not in asks the
    hour again, never keeps the evening's."""
    folded = " ".join(fold(text).replace("’", " ").replace("'", " ").split())
    cue = _CORRECTING.match(folded)
    rest = text.lstrip()
    if _asked(text) or order_said(text) or creation_said(folded):
        return False
    place_found = None if agenda_asked and cue is None else _PLACE_SAID.search(text)
    place = None
    if place_found is not None:
        place = place_found.group(1)
        if (after := _AFTER_PLACE.search(place)) is not None:
            place = place[: after.start()]
        place = " ".join(place.split()).rstrip(" .,;")[: sittings.PLACE_MAX_CHARS]
        rest = text[: place_found.start(1)] + " " + text[place_found.start(1) + len(place) :]
    when = " ".join(fold(rest).replace("’", " ").replace("'", " ").split())
    # « plutôt le lendemain », « en fait jeudi », « la semaine d'après »: the day they name,
    # said back; the hour or place said with them read as ever
    against = _day_against(ask, draft, when)
    if against is not None:
        when = when[: against.span[0]] + " " + when[against.span[1] :]
    # « au matin », « dans l'après-midi »: no hour (never the « midi » of « après-midi »)
    part = _PART_OF_DAY.search(when)
    if part is not None:
        when = when[: part.start()] + " " + when[part.end() :]
    if cue is None and not _plainly_when_or_where(
        text, when, place_found, day_said=against is not None
    ):
        return False
    trial: Draft = {k: v for k, v in draft.items() if k != "starts"}
    day_alone = _DAY_ALONE.search(when)
    understood = None
    if against is not None:
        was = date.fromisoformat(draft["day"]) if "day" in draft else None
        understood = {"day": against.start, "was": was}
        trial["day"] = against.start.isoformat()
    took = await _take_what_is_said(ask, trial, when) or understood is not None
    if trial.pop("refused", False):
        return True  # the refusal is said; the draft is as it was
    if trial.get("day") == draft.get("day") and day_alone is not None and "day" in draft:
        was = date.fromisoformat(draft["day"])
        number = 1 if day_alone[1] == "1er" else int(day_alone[1])
        try:
            trial["day"] = was.replace(day=number).isoformat()
        except ValueError:
            await ask.reply("invalid_date", text=day_alone.group(0).strip())
            return True
        trial.pop("starts", None)
        await _take_what_is_said(ask, trial, "")  # the moment, from the new day and the hour
        took = True
        if trial.pop("refused", False):
            return True
    if not took and place is None and part is None:
        return False
    if place:
        trial["place"] = place
    if part is not None and not _TIME.search(spoken_hours(when)) and "hour" in trial:
        hours = _PART_HOURS[next(k for k, v in part.groupdict().items() if v)]
        if trial["hour"][0] not in hours:
            trial.pop("hour")
            trial.pop("starts", None)
    draft.clear()
    draft.update(trial)
    if understood is None and "day" in draft and "starts" not in draft:
        understood = {"day": date.fromisoformat(draft["day"]), "was": None}
    await _ask_what_is_missing(ask, draft, understood=understood)
    return True


# A part of the day said without its hour (« la veille au matin », « le lendemain soir »), and
# the hours it covers
_PART_OF_DAY = cues.plain(
    r"\b(?:(?P<morning>matin|matinee)|(?P<afternoon>apres midi|aprem)|(?P<evening>soir|soiree))\b"
)
_PART_HOURS = {"morning": range(5, 12), "afternoon": range(12, 19), "evening": range(17, 24)}


def _day_against(ask: Ask, draft: Draft, when: str) -> Period | None:
    """A day a correction says without its date: against the draft's (« le lendemain »,
    « jeudi », that week's), else against today (« demain », « lundi prochain »)."""
    if (
        "day" in draft
        and (found := find_relative_to(when, date.fromisoformat(draft["day"]))) is not None
    ):
        return found
    found = find_relative(when, today=ask.runtime.today(), past=False, years=False)
    return found if found is not None and found.is_day else None


# The words of a day or an hour said alone (« le 30 août à 18h », « jeudi 19 h 30 »): an item
# that begins with a date (« 14 juillet : feu d'artifice ») has others
_WHEN_WORDS = frozenset(
    {"le", "la", "au", "a", "pour", "vers", "et", "h", "heures", "midi", "1er", "meme", "heure"}
    | {"jour", "mais", "matin", "matinee", "soir", "soiree", "apres", "aprem", "dans", "l", "en"}
)
# (« 17h », « 1er », « 2025 », « 26/07/2025 », « 17:30 »)
_WHEN_FIGURE = cues.plain(
    r"^(?:\d{1,4}(?:h\d{0,2}|er)?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}:\d{2})$"
)


def _plainly_when_or_where(
    text: str, when: str, place: re.Match[str] | None, *, day_said: bool = False
) -> bool:
    """Whether a message with no word that corrects is still plainly a day, an hour or a place
    alone (« le 30 août à 18h », « à l'hôtel de métropole », « salle 4 »), never an agenda item
    that begins with a place's word (« Maison de l'emploi : convention 2025 »)."""
    if place is not None:
        led = place.start(1) > place.start() + 1  # « à la salle … », « lieu : … »
        return place.start() <= 1 and (led or len(text.split()) <= 3)
    words = when.split()  # (`day_said`: « le lendemain » was read out of them)
    return (
        (day_said or len(words) > 0)
        and len(words) <= 6
        and all(
            w in _WHEN_WORDS or w in MONTH_NUMBERS or w in WEEKDAYS or _WHEN_FIGURE.match(w)
            for w in words
        )
    )


def _asked(text: str) -> bool:
    """Whether a message is a question (« qui est convoqué ? », « quand est le conseil »)."""
    return text.rstrip().endswith("?") or bool(_QUESTION.search(fold(text)))


# What may open an item typed after the summary without being of it (« et aussi Questions
# diverses », « ajoute aussi : Tarifs », « + Motion »): it became the item's first words
_ITEM_LEAD = cues.plain(
    r"(?i)^\s*(?:(?:et )?(?:aussi|puis|encore|ensuite)|et|ainsi que|\+|(?:r?ajout(?:e|ez|er))"
    r"(?: aussi| encore)?(?: le point| un point)?)\s*:?\s+(?=\S)"
)


def _items_typed(text: str) -> list[str]:
    """The agenda items a message typed after the draft's summary plainly is (« Loyers 2027 »,
    one per line): never a question, an order, a person speaking or small talk; else none."""
    folded = " ".join(fold(text).replace("’", " ").split())
    if (
        "?" in text
        or _QUESTION.search(folded)
        or _NOT_AN_ITEM.search(folded)
        or _TIME.search(folded)  # an hour is the draft's, never an item
        or order_said(text)
        or small_talk(text) is not None
        or not re.search(r"[a-z]{2}", folded)
    ):
        return []
    items = sittings.agenda_items(sittings.agenda_lines(_ITEM_LEAD.sub("", text, count=1)))
    return [] if sittings.too_long_item(items) is not None else items


async def _offer_items(ask: Ask, draft: Draft, items: list[str], *, waiting: bool = False) -> None:
    """The items typed after the summary, offered to the draft's agenda with those offered
    before and not answered yet (typed one a message, in a row): kept until « oui » or the
    button adds them (a question is never turned into an item); `waiting`: offered again
    because the sitting was to be created before they were answered."""
    before = draft.get("item")
    items = [*(before if isinstance(before, list) else []), *items]
    draft["item"] = items
    await ask.reply(
        "new_sitting_item_offer",
        buttons=[
            (render("button_add_to_draft"), NewSittingDecision(create=False, item=True).encode())
        ],
        items=items,
        waiting=waiting,
    )


async def _item_answered(ask: Ask, draft: Draft, *, added: bool) -> None:
    """The items offered, added to the agenda (the summary shown again with them) or not (the
    summary shown again as it was): the sitting is created only by its own « Confirmer »."""
    items = draft.pop("item")
    if added and isinstance(items, list):
        draft["agenda"] = [*draft.get("agenda", []), *(str(i) for i in items)]
    await _summary(ask, draft)


async def _summary(ask: Ask, draft: Draft, *, understood: dict[str, Any] | None = None) -> None:
    """The draft's summary and its two buttons, to create the sitting or not."""
    body = ask.session.get(Body, draft["body_id"])
    # the summary's message: « Confirmer » under an earlier draft's summary (the secretary began
    # again) created this draft's sitting; its pages, if any, come after it
    draft["offer"] = await ask.reply(
        "new_sitting_confirm",
        buttons=[
            (render("button_confirm"), NewSittingDecision(create=True).encode()),
            (render("button_cancel"), NewSittingDecision(create=False).encode()),
        ],
        body=body.name if body else "",
        starts=_starts(ask, draft),
        far=sittings.years_ahead(_starts(ask, draft), ask.runtime.now()),
        clashes=sittings.clashes(ask.session, draft["body_id"], _starts(ask, draft)),
        night=sittings.at_night(_starts(ask, draft)),
        place=draft["place"],
        agenda=draft["agenda"],
        repeated=sittings.repeated_items(draft["agenda"]),
        understood=understood,
    )


def _starts(ask: Ask, draft: Draft) -> datetime:
    return datetime.fromisoformat(draft["starts"]).astimezone(ask.runtime.settings.tz)


_TEXT_STEPS: dict[str, Callable[[Ask, Draft, str], Awaitable[None]]] = {
    WHEN: _when,
    PLACE: _place,
    AGENDA: _agenda,
}


async def _create(ask: Ask, draft: Draft) -> None:
    body = ask.session.get(Body, draft["body_id"])
    if body is None:  # removed since the draft began
        await ask.reply("stale_button")
        return
    starts = _starts(ask, draft)
    user = ask.update.effective_user
    try:
        sitting = sittings.create_sitting(
            session=ask.session,
            body=body,
            starts=starts,
            place=draft["place"],
            agenda=draft["agenda"],
            actor=Actor(ask.asker.member_id, user.id if user else None),
        )
    except sittings.SittingExists:
        await ask.reply("cli_sitting_exists", body=body.name, on=starts)
        return
    await ask.reply("new_sitting_created", s=ask.sitting_view(sitting.id or 0))


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("nouvelle_seance", new_sitting_command))
    # /annuler only means something inside a draft: hence not in the menu.
    application.add_handler(CommandHandler("annuler", cancel_command))
    application.add_handler(
        CallbackQueryHandler(
            draft_button, pattern=callbacks.matching(NewSittingBody, NewSittingDecision)
        )
    )
