"""/quorum and /feuille: the forecast before a sitting and the official attendance sheet."""

from __future__ import annotations

import re
from dataclasses import replace

from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import callbacks
from bot.callbacks import SittingAction, SittingChoice
from bot.context import CouncilApp
from bot.handlers import records
from bot.handlers.common import Ask, as_member, command_text
from bot.handlers.sittings import ask_question, pick_sitting, read_argument
from bot.services import identity, proxies, sheets
from bot.services.frames import Asked, Relative, When, read_frames
from storage import chat_state, cues, lookups, queries
from storage.models import Sitting
from storage.names import fold


async def show_forecast(
    ask: Ask, sitting_id: int, *, who: bool = False, silent: bool = False
) -> None:
    """The quorum forecast; `who` (« qui a déjà répondu ? »): with the names declared;
    `silent` (« qui n'a pas encore répondu ? »): with the names of those who said nothing."""
    sitting = ask.session.get(Sitting, sitting_id)
    assert sitting is not None
    if sitting.present_count is not None and sitting.held_on <= ask.runtime.today():
        # its roll call is recorded (the signed sheet, or its minutes): the quorum it had
        await ask.reply("quorum_recorded", s=ask.sitting_view(sitting_id))
        return
    forecast = proxies.quorum_forecast(session=ask.session, sitting=sitting)
    declared = (
        proxies.coming_declarations(session=ask.session, sitting_id=sitting_id) if who else None
    )
    await ask.reply(
        "quorum_forecast",
        f=forecast,
        s=ask.sitting_view(sitting_id),
        declared=declared,
        silent=silent,
    )


async def show_sheet(ask: Ask, sitting_id: int) -> None:
    """The attendance block in the official form; the secretariat's only."""
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return
    await ask.reply(
        "sheet_message",
        buttons=[records.sheet_pdf_button(sitting_id)],
        sheet=sheets.attendance_sheet_text(ask.sitting_view(sitting_id)),
    )
    from bot.handlers.questions import TALK_KEY, TALK_TTL  # it answers with this module

    # « en PDF », « je peux l'imprimer ? » next: this sheet (and « et les excusés ? » this sitting)
    chat_state.put(
        session=ask.session,
        telegram_user_id=ask.update.effective_user.id if ask.update.effective_user else 0,
        key=TALK_KEY,
        value={"members": [], "sitting": sitting_id, "sheet": sitting_id},
        now=ask.runtime.now(),
        ttl=TALK_TTL,
        sweep=False,
    )


# « en PDF », « la version pdf », « je peux l'imprimer ? », « à imprimer »: the sheet to print
_TO_PRINT = cues.plain(r"\bpdf\b|\bimprim\w*|\bversion (?:papier|imprimable)\b|\bsur papier\b")
# The words of « je peux l'avoir en PDF, s'il vous plaît ? »: nothing else named
_PRINT_WORDS = frozenset(
    """
    en pdf version format fichier le la l un une je j peux pourrais pouvez peut on tu me m
    moi nous avoir recevoir envoyer envoie envoyez envoyer imprimer imprimable imprime
    papier sur svp s il vous te plait merci est ce que possible c ca aussi
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# The sheet itself named: « la feuille d'émargement en PDF »
SHEET_NAMED = cues.plain(r"\b(?:feuille|emargement|liste de presence)\b")


def _talk(ask: Ask) -> object:
    """What the conversation keeps of the last answer (the sitting in talk, the sheet shown)."""
    from bot.handlers.questions import TALK_KEY  # it answers with this module

    return chat_state.get(
        session=ask.session,
        telegram_user_id=ask.update.effective_user.id if ask.update.effective_user else 0,
        key=TALK_KEY,
        now=ask.runtime.now(),
    )


async def sheet_to_print(ask: Ask, text: str) -> bool:
    """« en PDF », « je peux l'imprimer ? » right after /feuille (or naming the sheet): the
    printable sheet, as its button gives it, for the secretariat; a member is told it is the
    secretariat's. False when no such thing is asked."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    if not _TO_PRINT.search(folded):
        return False
    talk = _talk(ask)
    sheet = talk.get("sheet") if isinstance(talk, dict) else None
    named = SHEET_NAMED.search(folded)
    if named and any(not f.when.empty or f.body for f in read_frames(text, ask.runtime.today())):
        return False  # « imprime la feuille du 4 juillet »: that sitting's, with its PDF button
    if not named and set(folded.split()) - _PRINT_WORDS:
        return False  # « je peux imprimer la délibération 2024.00417 ? »: another question
    if not named and not sheet and isinstance(talk, dict) and talk.get("deliberations"):
        return False  # « je peux avoir le pdf ? » right after an act: that act's text
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return True
    sitting = ask.session.get(Sitting, int(sheet)) if sheet else None
    if sitting is None and named:
        # « la feuille d'émargement en pdf » with no sheet shown yet: today's sitting, or the
        # only one to come (it was « de quelle séance ? » on the day of the only sitting)
        today = ask.runtime.today()
        coming = queries.coming_sittings_of(
            session=ask.session, today=today, body_id=None, council_id=ask.asker.council_id
        )
        if len(coming) == 1 or (coming and coming[0].held_on == today != coming[1].held_on):
            sitting = coming[0]
    if sitting is None:
        await ask.reply("sheet_pdf_which")
        return True
    await records.send_sheet_pdf(ask, sitting)
    return True


# « exporte les présences en CSV », « la liste des présents sous Excel »: a sitting's attendance
# as a file; « en csv stp » alone after a sitting shown too. (« l'assiduité en CSV », « le taux
# de présence » are the body's ranking over a period, /assiduite's)
_ATTENDANCE_NAMED = cues.plain(
    r"\b(?:presences?|presents?|absents?|absences?|excuses?|pouvoirs?|procurations?"
    r"|emargement|suppleants?)\b"
)
_RECORD_NAMED = cues.plain(r"\b(?:assiduite\w*|taux)\b")
# The words of « tu peux me sortir ça sous Excel, s'il te plaît ? »: nothing else named
_EXPORT_WORDS = frozenset(
    """
    en sous format fichier version le la les l un une des de du d je j peux pourrais pouvez
    peut on tu me m moi nous avoir recevoir envoyer envoie envoyez export exporte exporter
    exportez sortir sors sortez ca cela svp stp s il vous te plait merci est ce que possible
    aussi au csv excel tableur xls xlsx feuille calcul tableau cette ce seance voudrais veux
    aimerais donner donne donnez
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


async def presences_to_spreadsheet(ask: Ask, text: str) -> bool:
    """« exporte les présences en CSV » (a sitting named, the one just shown, else the last
    one), « en csv » right after a sitting: that sitting's attendance as a spreadsheet, for the
    secretariat; a member is told it is the secretariat's. False when no such thing is asked."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    if not records.EXPORT.search(folded) or _RECORD_NAMED.search(folded):
        return False
    talk = _talk(ask)
    in_talk = talk.get("sheet") or talk.get("sitting") if isinstance(talk, dict) else None
    frames = read_frames(text, ask.runtime.today())
    named = any(not f.when.empty or f.body for f in frames)
    if not _ATTENDANCE_NAMED.search(folded) and (
        named or not in_talk or set(folded.split()) - _EXPORT_WORDS
    ):
        return False
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return True
    sitting_id = int(in_talk) if in_talk and not named else None
    day = next((f.when for f in frames if f.when.on is None and f.when.day and f.when.month), None)
    if sitting_id is None and day is not None:
        # « les présences du 4 juillet en csv »: the sittings held that day of any year, as
        # /feuille reads it (this year's 4 July was not held)
        held = ask.reads.lookup(
            ask.session, lookups.sittings_matching, body_ids=None, day=day.day, month=day.month
        )
        body = next((f.body for f in frames if f.body), None)
        held = [s for s in held if body is None or fold(body) in fold(s.body)]
        if len(held) > 1:
            await _sheet_of_one(ask, held, day.said)
            return True
        sitting_id = held[0].id if held else None
    if sitting_id is None:
        question = await ask_question(ask, text)
        if question is None:
            return True
        # no day named: the last sitting held (its attendance is known), never the next
        question = replace(question, last=question.last or question.on is None)
        sitting_id = await pick_sitting(ask, question, SittingAction.SHEET)
    sitting = ask.session.get(Sitting, sitting_id) if sitting_id is not None else None
    if sitting is not None:
        await records.send_sitting_csv(ask, sitting)
    return True


async def answer_links(ask: Ask) -> None:
    """« combien de membres n'ont pas relié leur compte ? », « qui utilise le bot ? »: the
    secretariat's follow-up of the invitations; who uses the assistant is not told to members."""
    if not ask.asker.secretariat:
        await ask.reply("links_report", members=None)
        return
    members = identity.members_and_links(ask.session, ask.asker.council_id)
    await ask.reply("links_report", members=members)


@as_member
async def quorum_command(ask: Ask) -> None:
    """/quorum [date]: members needed, declared present, proxies, not yet answered; without a
    date, the coming sitting only (a past one is a fact, not a forecast)."""
    from bot.handlers.questions import answer_frame  # it forecasts with this module

    frame = await read_argument(ask, Asked.QUORUM, offer=False)
    if frame is None:
        return
    if frame.when.empty and not frame.number:
        frame = frame.but(when=When(relative=Relative.NEXT))
    await answer_frame(ask, frame)


@as_member
async def sheet_command(ask: Ask) -> None:
    """/feuille [date]: the attendance block in the official form (secretariat only)."""
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return
    # Words the reading leaves are said, as for /quorum: « /feuille blabla » gave the coming
    # sitting's sheet as if nothing had been typed.
    frame = await read_argument(ask, Asked.QUORUM, offer=False)
    if frame is None:
        return
    when = frame.when
    if when.on is None and when.day and when.month:
        # « /feuille 4 juillet »: the sittings held on that day of any year, most recent first
        # (read as this year's 4 July, it answered « aucune séance »).
        held = ask.reads.lookup(
            ask.session, lookups.sittings_matching, body_ids=None, day=when.day, month=when.month
        )
        if held:
            await _sheet_of_one(ask, held, when.said)
            return
    question = await ask_question(ask, command_text(ask.update))
    if question is None:
        return
    sitting_id = await pick_sitting(ask, question, SittingAction.SHEET)
    if sitting_id is not None:
        await show_sheet(ask, sitting_id)


async def _sheet_of_one(ask: Ask, held: list[lookups.SittingBrief], said: str) -> None:
    """The sheet of the one sitting found, or a button for each when several were."""
    if len(held) == 1:
        await show_sheet(ask, held[0].id or 0)
        return
    buttons = [
        (ask.label("button_sitting", s=s), SittingChoice(SittingAction.SHEET, s.id or 0).encode())
        for s in held[:8]
    ]
    await ask.reply("choose_sitting_said", buttons=buttons, count=len(held), said=said)


_ANSWERED_HERE = frozenset({SittingAction.QUORUM, SittingAction.SHEET})


@as_member
async def sitting_chosen(ask: Ask) -> None:
    """A sitting chosen among several for /quorum or /feuille."""
    payload = ask.payload
    if (
        not isinstance(payload, SittingChoice)
        or ask.session.get(Sitting, payload.sitting_id) is None
    ):
        await ask.reply("stale_button")
    elif payload.action == SittingAction.SHEET:
        await show_sheet(ask, payload.sitting_id)
    else:
        await show_forecast(ask, payload.sitting_id)


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("quorum", quorum_command))
    application.add_handler(CommandHandler("feuille", sheet_command))
    application.add_handler(
        CallbackQueryHandler(
            sitting_chosen, pattern=callbacks.matching(SittingChoice, actions=_ANSWERED_HERE)
        )
    )
