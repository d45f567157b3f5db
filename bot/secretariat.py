"""The secretariat's command-line acts: invitations, roles, sittings, audit, attendance sheet."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.render import render, to_plain_text
from bot.runtime import MemberNames
from bot.services import convocations, identity, proxies, sheets, sittings
from bot.settings import Settings
from storage import db, queries
from storage.models import AuditEntry, Body, Member, Sitting

CLI = proxies.Actor(None, channel="cli")


class CliError(Exception):
    """A refusal to print in French and exit non-zero with."""

    def __init__(self, template: str, **data: object) -> None:
        super().__init__(template)
        self.template, self.data = template, data


def say(template: str, **data: object) -> None:
    print(to_plain_text(render(template, **data)))


def find_member(session: Session, name: str) -> Member:
    resolution = MemberNames().index(session).resolve(name)
    if resolution.status != "found" or resolution.member is None:
        raise CliError("console_identity", query=name, resolution=resolution)
    member = session.get(Member, resolution.member.member_id)
    assert member is not None
    return member


def find_body(session: Session, name: str) -> Body:
    from storage.names import fold

    for body in session.exec(select(Body)):
        if fold(body.name).startswith(fold(name)) or fold(name) == fold(body.name):
            return body
    raise CliError(
        "cli_unknown_body", name=name, bodies=[b.name for b in session.exec(select(Body))]
    )


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError("cli_bad_date", text=text) from None


def find_sitting(session: Session, on: date, body_name: str | None) -> Sitting:
    query = select(Sitting).where(Sitting.held_on == on)
    if body_name:
        query = query.where(Sitting.body_id == find_body(session, body_name).id)
    found = session.exec(query).all()
    if len(found) != 1:
        raise CliError("cli_sitting_not_found", on=on, count=len(found))
    return found[0]


def run(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    now = datetime.now(UTC)
    try:
        with db.session(engine) as session:
            match args.command:
                case "invite":
                    member = find_member(session, args.name)
                    token = identity.create_invitation(
                        session=session,
                        member=member,
                        now=now,
                        valid_for=timedelta(days=args.days),
                    )
                    username = args.bot_username or "VOTRE_BOT"
                    say(
                        "cli_invitation",
                        member=member.display_name,
                        link=f"https://t.me/{username}?start={token}",
                        expires=(now + timedelta(days=args.days)).astimezone(settings.tz),
                    )
                case "members":
                    members = session.exec(select(Member).order_by(Member.last_name)).all()
                    say("cli_members", members=members)
                case "unlink":
                    member = find_member(session, args.name)
                    identity.unlink(session=session, member=member)
                    say("cli_done", what="unlinked", member=member.display_name)
                case "grant-secretariat":
                    member = find_member(session, args.name)
                    identity.grant_secretariat(session=session, member=member)
                    say("cli_done", what="secretariat", member=member.display_name)
                case "sitting" if args.sitting_command == "create":
                    sitting = create_sitting(session, args, settings)
                    view = queries.sitting_view(session=session, sitting_id=sitting.id or 0)
                    say("cli_sitting_created", s=view)
                case "sitting":
                    sitting = find_sitting(session, parse_day(args.date), args.body)
                    changes = update_sitting(session, sitting, args, settings)
                    if sitting.convened_at is not None and changes:
                        convocations.correct(
                            session=session, sitting=sitting, now=now, actor=CLI, changes=changes
                        )
                        return broadcast(settings, engine, sitting.id or 0, "cli_corrected")
                    say("cli_sitting_updated", changes=changes)
                case "convene":
                    sitting = find_sitting(session, parse_day(args.date), args.body)
                    try:
                        convocations.convene(
                            session=session,
                            sitting_id=sitting.id or 0,
                            now=now,
                            tz=settings.tz,
                            actor=CLI,
                            urgent=args.urgent,
                        )
                    except convocations.ConvocationRefused as refused:
                        raise CliError(
                            "convocation_refused", code=refused.code, p=refused.params
                        ) from None
                    return broadcast(settings, engine, sitting.id or 0, "convocation_report")
                case "convocation-report":
                    sitting = find_sitting(session, parse_day(args.date), args.body)
                    report = convocations.report(session=session, sitting_id=sitting.id or 0)
                    view = queries.sitting_view(session=session, sitting_id=sitting.id or 0)
                    say("convocation_report", s=view, r=report)
                case "audit":
                    query = select(AuditEntry).order_by(col(AuditEntry.at), col(AuditEntry.id))
                    if args.sitting:
                        on = parse_day(args.sitting)
                        ids = session.exec(select(Sitting.id).where(Sitting.held_on == on)).all()
                        query = query.where(col(AuditEntry.sitting_id).in_(ids))
                    entries = session.exec(query).all()
                    names = {m.id: m.display_name for m in session.exec(select(Member))}
                    say("cli_audit", entries=entries, names=names, tz=settings.tz)
                case "sheet" if getattr(args, "pdf", None):
                    sitting = find_sitting(session, parse_day(args.date), args.body)
                    write_sheet_pdf(session, sitting, args.pdf, settings, now)
                case "sheet":
                    sitting = find_sitting(session, parse_day(args.date), args.body)
                    view = queries.sitting_view(session=session, sitting_id=sitting.id or 0)
                    print(sheets.attendance_sheet_text(view))
    except CliError as error:
        print(to_plain_text(render(error.template, **error.data)), file=sys.stderr)
        return 2
    return 0


def write_sheet_pdf(
    session: Session, sitting: Sitting, path: Path, settings: Settings, now: datetime
) -> None:
    """The émargement sheet to print; after the sitting, the record of attendance."""
    from bot.services.sheet_pdf import page_count, sheet_pdf
    from storage.attendance_records import sheet_record

    today = now.astimezone(settings.tz).date()
    record = sheet_record(session=session, sitting_id=sitting.id or 0, today=today)
    assert record is not None
    try:
        path.write_bytes(sheet_pdf(record, settings.council_name))
    except OSError as error:
        raise CliError("cli_cannot_write", path=str(path), reason=error.strerror) from None
    say(
        "cli_sheet_pdf",
        held=record.held,
        held_on=record.held_on,
        body=record.body,
        path=str(path),
        members=len(record.lines),
        pages=page_count(record),
    )


def broadcast(settings: Settings, engine: Engine, sitting_id: int, template: str) -> int:
    """Send what the outbox owes for this sitting through Telegram, then print the report."""
    if settings.telegram_bot_token is None:
        raise CliError("cli_missing_token")
    from bot.app import build_application
    from bot.broadcast import deliver

    async def send() -> None:
        application = build_application(settings, engine)
        async with application:
            await deliver(
                application.bot,
                engine,
                clock=lambda: datetime.now(UTC),
                tz=settings.tz,
                sitting_id=sitting_id,
                president=settings.president_name,
            )

    asyncio.run(send())
    with db.session(engine) as session:
        report = convocations.report(session=session, sitting_id=sitting_id)
        view = queries.sitting_view(session=session, sitting_id=sitting_id)
    say(template, s=view, r=report)
    return 0


def update_sitting(
    session: Session, sitting: Sitting, args: argparse.Namespace, settings: Settings
) -> dict[str, object]:
    """A new date, time or place; returns what changed (for the corrective notice)."""
    changes: dict[str, object] = {}
    if args.at:
        try:
            starts = datetime.strptime(args.at, "%Y-%m-%d %H:%M").replace(tzinfo=settings.tz)
        except ValueError:
            raise CliError("cli_bad_date", text=args.at) from None
        if starts.date() != sitting.held_on:
            changes["date"] = starts.date().isoformat()
            sitting.held_on = starts.date()
        if starts.time() != sitting.start_time:
            changes["time"] = starts.strftime("%H:%M")
            sitting.start_time = starts.time()
    if args.place and args.place != sitting.place:
        changes["place"] = sitting.place = args.place
    session.add(sitting)
    if changes and sitting.convened_at is None:
        proxies.audit(session, CLI, "sitting.updated", sitting.id, **changes)
    session.commit()
    return changes


def create_sitting(session: Session, args: argparse.Namespace, settings: Settings) -> Sitting:
    body = find_body(session, args.body)
    try:
        # Local wall-clock time of the body's seat: a sitting is convened « à 17 h ».
        starts = datetime.strptime(args.at, "%Y-%m-%d %H:%M").replace(tzinfo=settings.tz)
    except ValueError:
        raise CliError("cli_bad_date", text=args.at) from None
    agenda = []
    if args.agenda:
        agenda = args.agenda.read_text(encoding="utf-8").splitlines()
    try:
        return sittings.create_sitting(
            session=session, body=body, starts=starts, place=args.place, agenda=agenda, actor=CLI
        )
    except sittings.SittingExists:
        raise CliError("cli_sitting_exists", body=body.name, on=starts.date()) from None
