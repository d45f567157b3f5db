"""/assiduite and the printable émargement sheet: what a picture or a page says better.

`/assiduite [NOM] [période]`: one member's sittings over the period, as text and as a chart;
without a name, the asker's own record, or for the secretariat every member of a body ranked,
as a chart and a CSV file. The « PDF » button of /feuille sends the sheet to print. Charts
and PDFs are drawn in a worker thread (`asyncio.to_thread`): the event loop goes on answering
other members meanwhile. The text always comes first and says everything the picture shows.

Its buttons carry `RecordsChoice` and `SheetPdf` (bot/callbacks.py).
"""

from __future__ import annotations

import asyncio
import re
from datetime import date

from telegram.ext import CallbackQueryHandler, CommandHandler

from bot import callbacks
from bot.callbacks import RecordsChoice, RecordsOf, SheetPdf
from bot.context import CouncilApp
from bot.handlers import pictures
from bot.handlers.common import Ask, as_member, candidate_label, command_text
from bot.render import render, to_plain_text
from bot.services import records, sheet_pdf
from bot.services.frames import only_courtesy
from bot.services.names import Candidate
from storage import attendance_records, cues, lookups, queries
from storage.models import Sitting
from storage.names import CIVILITIES, fold
from storage.periods import Period, read_period

# « export CSV de l'assiduité », « les présences sous Excel »: a file asked
EXPORT = cues.plain(r"\b(?:export\w*|csv|tableur|excel|xlsx?|feuille de calcul)\b")

# Words of a request for a record that are neither a name nor a period (folded).
_NOT_A_NAME = frozenset(
    """
    export exporte exporter exportez csv excel tableur xls xlsx fichier format sous tableau
    je j voudrais veux aimerais peux pourrais tu vous me m moi donner donne donnez envoyer
    envoie envoyez avoir recevoir sortir sors global globale general generale complet
    complete ensemble tous toutes membres elus
    assiduite assiduites taux presence presences participation mon ma mes son sa ses de du
    des d en le la les l a au aux depuis entre et pour sur quel quelle est sont combien
    annee annees mois periode pendant durant ete j ai je suis bureau conseil
    metropolitain metropolitaine seance seances partir jusqu
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


def register(application: CouncilApp) -> None:
    application.add_handler(CommandHandler("assiduite", records_command))
    application.add_handler(
        CallbackQueryHandler(answer_records_button, pattern=callbacks.matching(RecordsChoice))
    )
    application.add_handler(
        CallbackQueryHandler(answer_sheet_pdf_button, pattern=callbacks.matching(SheetPdf))
    )


@as_member
async def records_command(ask: Ask) -> None:
    """/assiduite [nom] [période]: attendance over a period, as text and as a chart."""
    await show_records(ask, command_text(ask.update), command=True)


async def show_records(ask: Ask, text: str, *, command: bool = False) -> None:
    """Answer a request for attendance records (the command's words, or a sentence such as
    « taux de présence de Degraix en 2024 »). A word of the command that is neither the
    member's name nor a period (« /assiduite Degraix blabla », « … 1900 ») is said before the
    record, never silently dropped."""
    today = ask.runtime.today()
    period, rest = read_period(text, today)
    if period is None:
        await ask.reply("invalid_date", text=rest.strip())
        return
    if not period.named:  # no period named: the whole record the store knows
        span = ask.reads.lookup(ask.session, attendance_records.known_span)
        if span is not None:  # up to today: a sitting to come has no record yet
            period = Period(span[0], max(span[0], min(span[1], today)), named=False)
    folded = fold(rest)
    body = queries.body_by_hint(
        session=ask.session, hint=_body_hint(folded), council_id=ask.asker.council_id
    )
    name_words = [
        w
        for w in re.findall(r"[a-z0-9]+", folded)
        if w not in _NOT_A_NAME and not only_courtesy(w)
    ]
    if name_words:
        resolution = ask.resolve(rest, in_text=True)
        if resolution.status == "unknown":
            resolution = ask.resolve(" ".join(name_words))
        if resolution.status == "found" and resolution.member:
            if command and (unread := _not_names(ask, name_words)):
                await ask.reply("argument_partly_unread", words=" ".join(unread))
            await send_member_record(ask, resolution.member.member_id, period)
        elif resolution.status == "ambiguous":
            await _choose_member(ask, resolution.candidates, rest.strip(), period)
        else:
            await ask.reply("records_nobody", query=" ".join(rest.split()))
        return
    if ask.asker.secretariat:
        await _body_or_choice(ask, body.id if body else None, period)
    elif ask.asker.member_id is not None:
        await send_member_record(ask, ask.asker.member_id, period)
    else:
        await ask.reply("records_usage")


def _not_names(ask: Ask, words: list[str]) -> list[str]:
    """The words no member's name holds, even a slip away (a number never does); a civility
    or « svp » is neither."""
    names = ask.reads.names(ask.session)
    return [
        w
        for w in words
        if w not in _CIVILITIES
        and not only_courtesy(w)
        and (w.isdigit() or (names.resolve(w).status == "unknown" and not names.near(w)))
    ]


_CIVILITIES = frozenset(CIVILITIES) | {"dr"}


def _body_hint(folded: str) -> str | None:
    for hint in ("bureau", "conseil"):
        if re.search(rf"\b{hint}\b", folded):
            return hint
    return None


async def _choose_member(
    ask: Ask, candidates: tuple[Candidate, ...], query: str, period: Period
) -> None:
    buttons = [
        (
            candidate_label(c),
            RecordsChoice(RecordsOf.MEMBER, c.member_id, period.start, period.end).encode(),
        )
        for c in candidates[:8]
    ]
    await ask.reply("records_choose", buttons=buttons, kind="member", query=query, period=period)


async def _body_or_choice(ask: Ask, body_id: int | None, period: Period) -> None:
    bodies = attendance_records.bodies_with_sittings(
        session=ask.session,
        start=period.start,
        end=min(period.end, ask.runtime.today()),
        council_id=ask.asker.council_id,
    )
    if body_id is None and len(bodies) > 1:
        buttons = [
            (name, RecordsChoice(RecordsOf.BODY, i, period.start, period.end).encode())
            for i, name in bodies
        ]
        await ask.reply("records_choose", buttons=buttons, kind="body", period=period)
        return
    if body_id is None and bodies:
        body_id = bodies[0][0]
    if body_id is None or body_id not in {i for i, _ in bodies}:
        await ask.reply("records_no_sitting", period=period)
        return
    await send_body_record(ask, body_id, period)


async def send_member_record(ask: Ask, member_id: int, period: Period) -> None:
    """The member's record as text, then the chart (when there is a sitting to draw)."""
    record = _member_record(ask, member_id, period)
    if record is None:
        await ask.reply("stale_button")
        return
    await ask.reply(
        "records_member",
        r=record,
        t=record.tally,
        period=period,
        unpublished=_unpublished_sittings(ask, period) if period.named else [],
    )
    await _send_member_chart(ask, record, period)


def _unpublished_sittings(ask: Ask, period: Period) -> list[lookups.SittingBrief]:
    """The sittings held in a period named whose roll call no document gives (known from open
    data): « assiduité de Berger en 2022 » says their presences are not published, never that
    no sitting is known."""
    held = ask.reads.lookup(
        ask.session,
        lookups.sittings_matching,
        start=period.start,
        end=min(period.end, ask.runtime.today()),
        council_id=ask.asker.council_id,
        roll_call=False,
    )
    return sorted(held, key=lambda s: s.held_on)


async def send_member_chart(ask: Ask, member_id: int, when: tuple[date, date] | None) -> None:
    """The chart alone, under a record already said in words (a sentence's answer): over
    `when`, or the member's whole known record."""
    span = when or ask.reads.lookup(
        ask.session, attendance_records.known_span, member_id=member_id
    )
    if span is None:
        return
    period = Period(span[0], min(span[1], ask.runtime.today()), named=when is not None)
    record = _member_record(ask, member_id, period)
    if record is not None:
        await _send_member_chart(ask, record, period)


def _member_record(
    ask: Ask, member_id: int, period: Period
) -> attendance_records.MemberRecord | None:
    represented_counts = ask.runtime.settings.attendance_counts_represented
    return ask.reads.lookup(
        ask.session,
        attendance_records.member_record,
        member_id=member_id,
        start=period.start,
        end=min(period.end, ask.runtime.today()),  # a sitting to come has no record yet
        represented_counts=represented_counts,
    )


async def _send_member_chart(
    ask: Ask, record: attendance_records.MemberRecord, period: Period
) -> None:
    if record.sittings:
        represented_counts = record.represented_counts
        await pictures.send_chart(
            ask,
            ("member_record", record.member_id, period, represented_counts),
            records.member_timeline(record, period),
            render("records_caption", kind="chart", period=period),
            "assiduite.png",
        )


async def send_body_record(ask: Ask, body_id: int, period: Period) -> None:
    """Every member of the body ranked: text, chart, and the CSV (secretariat only)."""
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return
    represented_counts = ask.runtime.settings.attendance_counts_represented
    record = ask.reads.lookup(
        ask.session,
        attendance_records.body_record,
        body_id=body_id,
        start=period.start,
        end=min(period.end, ask.runtime.today()),
        represented_counts=represented_counts,
    )
    if record is None or not record.sittings:
        await ask.reply("records_no_sitting", period=period)
        return
    await ask.reply("records_body", r=record, period=period)
    slug = records.slug(record.body)
    await pictures.send_chart(
        ask,
        ("body_record", body_id, period, represented_counts),
        records.body_bars(record, period),
        render("records_caption", kind="chart", period=period),
        to_plain_text(render("records_file_name", kind="png", body=slug, period=period)),
    )
    name = render("records_file_name", kind="csv", body=records.slug(record.body), period=period)
    caption = render("records_caption", kind="csv", body=record.body, period=period)
    await send_document(ask, records.body_csv(record), to_plain_text(name), caption)


async def send_document(ask: Ask, content: bytes, filename: str, caption: str) -> None:
    chat = ask.update.effective_chat
    if chat is not None:
        await ask.context.bot.send_document(
            chat.id, document=content, filename=filename, caption=caption
        )


@as_member
async def answer_records_button(ask: Ask) -> None:
    """A member or a body chosen among several for /assiduite."""
    payload = ask.payload
    if not isinstance(payload, RecordsChoice):
        await ask.reply("stale_button")
        return
    period = Period(payload.start, payload.end, named=True)
    if payload.of is RecordsOf.MEMBER:
        await send_member_record(ask, payload.record_id, period)
    else:
        await send_body_record(ask, payload.record_id, period)


def sheet_pdf_button(sitting_id: int) -> tuple[str, str]:
    """The « PDF » button under /feuille."""
    return render("button_sheet_pdf"), SheetPdf(sitting_id).encode()


@as_member
async def answer_sheet_pdf_button(ask: Ask) -> None:
    """The émargement sheet of a sitting as a PDF document (secretariat only)."""
    if not ask.asker.secretariat:
        await ask.reply("secretariat_only")
        return
    payload = ask.payload
    sitting = (
        ask.session.get(Sitting, payload.sitting_id) if isinstance(payload, SheetPdf) else None
    )
    if sitting is None or sitting.id is None:
        await ask.reply("stale_button")
        return
    await send_sheet_pdf(ask, sitting)


async def send_sheet_pdf(ask: Ask, sitting: Sitting) -> None:
    """The émargement sheet of that sitting as a PDF document: its button under /feuille, or
    « en PDF », « je peux l'imprimer ? » typed right after the sheet."""
    assert sitting.id is not None
    record = attendance_records.sheet_record(
        session=ask.session, sitting_id=sitting.id, today=ask.runtime.today()
    )
    assert record is not None
    council = ask.runtime.settings.council_name
    content = await asyncio.to_thread(sheet_pdf.sheet_pdf, record, council)
    name = render(
        "records_file_name", kind="pdf", body=records.slug(record.body), held_on=record.held_on
    )
    caption = render(
        "sheet_pdf_caption",
        held=record.held,
        body=record.body,
        held_on=record.held_on,
        pages=sheet_pdf.page_count(record),
        unprintable=sheet_pdf.unprintable(record),
    )
    await send_document(ask, content, to_plain_text(name), caption)


async def send_sitting_csv(ask: Ask, sitting: Sitting) -> None:
    """That sitting's attendance as a spreadsheet (« exporte les présences en CSV »): each
    member's status, proxies and suppléant, the rows of its émargement sheet."""
    assert sitting.id is not None
    record = attendance_records.sheet_record(
        session=ask.session, sitting_id=sitting.id, today=ask.runtime.today()
    )
    assert record is not None
    if not record.held and record.held_on < ask.runtime.today():
        await ask.reply("sitting_csv_unpublished", body=record.body, held_on=record.held_on)
        return
    slug = records.slug(record.body)
    name = render("records_file_name", kind="sitting_csv", body=slug, held_on=record.held_on)
    caption = render(
        "records_caption",
        kind="sitting_csv",
        body=record.body,
        held_on=record.held_on,
        held=record.held,
    )
    await send_document(ask, records.sitting_csv(record), to_plain_text(name), caption)
