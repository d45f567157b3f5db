"""The secretariat's commands of `council-bot`: invitations, roles, sittings, convocations,
audit, attendance sheet.

One function per command, `(cli, args) -> exit status`, registered with its options by
`add_commands`; `bot/cli.py` parses the command line and calls it. Every command is given a
`Cli`: the settings, the clock (tests give theirs), where to print, and the store named by
`--db` wherever it was written. A refusal is a `CliError`: one French line on stderr, a
non-zero exit, nothing half-written.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import unquote

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select
from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.helpers import create_deep_linked_url

from bot.logs import configure_logging, redact
from bot.render import render, to_plain_text
from bot.services import convocations, identity, proxies, sheets, sitting_changes, sittings
from bot.services.names import resolve_member
from bot.settings import Settings
from storage import cues, db, queries
from storage.documents import as_written, os_reason
from storage.french import parse_date
from storage.models import AuditEntry, Body, Council, Member, Sitting
from storage.names import alphabetical, fold

CLI = proxies.Actor(None, channel="cli")
MAX_INVITATION_DAYS = 365  # a seat's link should not outlive a year; longer is a typo
MAX_AGENDA_BYTES = 1_000_000  # an agenda is a few kilobytes; a bigger file is the wrong one
# The databases the store runs on, SQLite (one process) and PostgreSQL through psycopg 3: the
# URL schemes accepted and the driver each means (psycopg 3 is the PostgreSQL driver installed).
SUPPORTED_DRIVERS = {
    "sqlite": "sqlite",
    "sqlite+pysqlite": "sqlite",
    "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg",
    "postgresql+psycopg": "postgresql+psycopg",
}
_USERNAME = cues.plain(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")  # Telegram's rule for bot usernames


class CliError(Exception):
    """A refusal to print in French (templates/cli_*.j2) and exit non-zero with."""

    def __init__(self, template: str, status: int = 2, **data: object) -> None:
        super().__init__(template)
        self.template, self.status, self.data = template, status, data


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Cli:
    """What every command is given."""

    settings: Settings
    clock: Callable[[], datetime] = utc_now
    db_url: str | None = None  # --db, wherever it was written; None: DATABASE_URL
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _engine: Engine | None = None

    @property
    def database_url(self) -> str:
        # « --db "" » (an unset shell variable) is a URL that names nothing, refused as such:
        # it silently opened DATABASE_URL's store instead
        return self.settings.database_url if self.db_url is None else self.db_url

    def engine(self) -> Engine:
        """The store, migrated, opened once; an unusable URL is a French refusal."""
        if self._engine is None:
            self._engine = open_store(self.database_url)
        return self._engine

    def now(self) -> datetime:
        return self.clock()

    def say(self, template: str, **data: object) -> None:
        print(to_plain_text(render(template, **data)), file=self.out)

    def secrets(self) -> list[str]:
        """What must never be printed: the bot token and the webhook secret."""
        token = self.settings.telegram_bot_token
        webhook = self.settings.webhook_secret
        return [s.get_secret_value() for s in (token, webhook) if s is not None]

    def before_telegram(self) -> None:
        """A command about to run the bot's code logs its warnings as redacted JSON lines: a
        library's warning with an exception would otherwise be printed raw, token included."""
        configure_logging(self.secrets(), level=logging.WARNING)


# -- the store ------------------------------------------------------------------------------


# What SQLAlchemy raises for a URL it cannot read: ArgumentError, or ValueError for a port that
# is not a number (« …@hôte:port/base » copied from a template, « [::1/base »), which was a
# traceback.
_UNREADABLE_URL = (sa.exc.ArgumentError, ValueError)


def without_password(url: str) -> str:
    """The address as typed, its password hidden (and its accents and spaces shown, which
    SQLAlchemy writes « %C3%A9 » and « %20 »)."""
    try:
        return unquote(sa.engine.make_url(url).render_as_string(hide_password=True))
    except _UNREADABLE_URL:
        return url.split("@")[-1]  # not a URL at all; whatever came before an @ stays private


def supported_url(url: str) -> str:
    """The URL with its driver named; a database the store does not run on is refused, saying
    which ones it runs on (`postgresql://` means psycopg 3, the driver installed)."""
    if (written := as_written(url)) != url:  # bytes that are not UTF-8: no driver takes them
        raise CliError(
            "cli_store_unreachable",
            url=without_password(written),
            refused="encoding",
            unreadable=False,
        )
    try:
        parsed = sa.engine.make_url(url)
    except _UNREADABLE_URL:
        raise CliError(
            "cli_store_unreachable", url=without_password(url), unreadable=True
        ) from None
    wanted = SUPPORTED_DRIVERS.get(parsed.drivername.lower())  # a scheme is in any case
    if wanted is None:
        name = parsed.drivername
        raise CliError("cli_unsupported_database", url=without_password(url), name=name)
    if wanted.startswith("sqlite"):
        _sqlite_file_named(url, parsed)
    return parsed.set(drivername=wanted).render_as_string(hide_password=False)


# What the SQLite driver reads in a URL's query (SQLAlchemy's pysqlite dialect); any other
# option is a SQLite URI's, read only with « uri=true ».
_SQLITE_READ_OPTIONS = frozenset(
    ("timeout", "isolation_level", "detect_types", "check_same_thread", "cached_statements", "uri")
)


def _sqlite_file_named(url: str, parsed: sa.engine.URL) -> None:
    """A SQLite store is a file, named as it is on the disk. « sqlite:// » or « :memory: »
    took an import and kept nothing once the command ended; « council.db » followed by a
    space (a quoted variable) created a second, empty store beside the real one;
    « ?mode=ro » without « uri=true » was ignored after an English warning, and the import
    said to be read-only wrote in the store."""
    file = parsed.database or ""
    ignored = sorted(set(parsed.query) - _SQLITE_READ_OPTIONS)
    refused: dict[str, Any]
    if file in ("", ":memory:") or parsed.query.get("mode") == "memory":
        refused = {"refused": "memory"}
    elif file != file.strip():
        refused = {"refused": "blank", "file": file}
    elif ignored and parsed.query.get("uri") != "true":
        refused = {"refused": "options", "options": ignored}
    else:
        return
    raise CliError("cli_store_unreachable", url=without_password(url), unreadable=False, **refused)


def open_store(url: str) -> Engine:
    url = supported_url(url)
    try:
        engine = db.make_engine(url)
        db.migrate(engine)
    except sa.exc.SQLAlchemyError as error:  # a wrong URL, a server down, a folder missing
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        raise CliError(
            "cli_store_unreachable", url=without_password(url), reason=reason, unreadable=False
        ) from None
    return engine


# -- Telegram -------------------------------------------------------------------------------


def telegram_failure(error: TelegramError, settings: Settings) -> CliError:
    """What to tell the operator when Telegram (or TELEGRAM_API_URL) does not take us: one
    French line, exit status 1, never the token (PTB's InvalidToken message carries it)."""
    api = settings.telegram_api_url or "https://api.telegram.org/bot"
    secrets = [s.get_secret_value() for s in (settings.telegram_bot_token,) if s is not None]
    if isinstance(error, InvalidToken):
        return CliError("cli_telegram_refused", status=1, api=api)
    if isinstance(error, NetworkError) and not isinstance(error.__cause__, TelegramError):
        reason = redact(str(error.__cause__ or error.message), secrets)
        return CliError("cli_telegram_unreachable", status=1, api=api, reason=reason)
    return CliError("cli_telegram_error", status=1, api=api, reason=redact(error.message, secrets))


def bot_username(cli: Cli, given: str | None) -> str:
    """--bot-username (offline), otherwise the bot's own username asked from Telegram."""
    if given is not None:
        name = given.strip().removeprefix("@")
        if not _USERNAME.match(name):
            raise CliError("cli_bad_username", name=given)
        return name
    token = cli.settings.telegram_bot_token
    if token is None:
        raise CliError("cli_no_username")
    api = cli.settings.telegram_api_url
    cli.before_telegram()

    async def ask() -> str:
        bot = Bot(token.get_secret_value(), base_url=api or "https://api.telegram.org/bot")
        async with bot:  # getMe
            return bot.username

    try:
        return asyncio.run(ask())
    except TelegramError as error:
        raise telegram_failure(error, cli.settings) from None


# -- looking things up ----------------------------------------------------------------------


def find_member(
    session: Session, name: str, command: str, council_name: str | None = None
) -> Member:
    """The member `command`'s NOM argument names (of that council, when the store holds
    several and a namesake sits in another); an empty one is said for that command."""
    council = find_council(session, council_name) if council_name else None
    resolution = resolve_member(session, name, council.id if council is not None else None)
    if resolution.member is None:
        raise CliError(
            "console_identity",
            query=name,
            resolution=resolution,
            council=council.name if council is not None else None,
            command=command,
        )
    member = session.get(Member, resolution.member.member_id)
    assert member is not None
    return member


def find_body(session: Session, name: str, council_id: int | None = None) -> Body:
    """The body named, or the only one whose name starts so (« Bureau »); an empty, unknown
    or ambiguous name is refused with the list, never the first body that comes. With a
    council, among its bodies only."""
    query = select(Body).order_by(Body.name)
    if council_id is not None:
        query = query.where(Body.council_id == council_id)
    bodies = session.exec(query).all()
    wanted = fold(name).strip()
    exact = [b for b in bodies if fold(b.name) == wanted]
    starting = [b for b in bodies if wanted and fold(b.name).startswith(wanted)]
    found = exact or starting
    if len(found) != 1:
        raise CliError("cli_unknown_body", name=name, bodies=[b.name for b in bodies])
    return found[0]


def find_council(session: Session, name: str) -> Council:
    """The council named, or the only one whose name holds the words given (« Firminy »);
    unknown or ambiguous is refused with the list."""
    councils = session.exec(select(Council).order_by(Council.name)).all()
    wanted = fold(name).strip()
    exact = [c for c in councils if fold(c.name) == wanted]
    holding = [c for c in councils if wanted and wanted in fold(c.name)]
    found = exact or holding
    if len(found) != 1:
        raise CliError(  # none, or several (« Saint »: it was « Conseil inconnu »)
            "cli_unknown_council", name=name, councils=[c.name for c in councils],
            several=len(found) > 1,
        )  # fmt: skip
    return found[0]


def parse_day(text: str) -> date:
    """A sitting's day as the secretariat writes it (« 2025-03-13 », « 13/03/2025 », « jeudi 13
    mars 2025 »), read by the project's one French date reader; a day without its year is
    refused rather than guessed."""
    day = parse_date(text.strip())
    if day is None:
        raise CliError("cli_bad_date", text=text)
    return day


def parse_start(text: str, cli: Cli) -> datetime:
    """« 2025-03-13 17:00 », the local wall-clock time of the body's seat, of a sitting to
    come (created, or moved)."""
    try:
        typed = datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=cli.settings.tz)
    except ValueError:
        raise CliError("cli_bad_date", text=text) from None
    try:
        starts = sittings.wall_clock(typed.date(), typed.time(), cli.settings.tz)
    except sittings.NoSuchTime:
        raise CliError("no_such_time", starts=typed.replace(tzinfo=None)) from None
    try:
        sittings.check_start(starts, cli.now())
    except sittings.StartRefused as refused:
        raise CliError(
            "cli_sitting_start_refused",
            code=refused.code,
            starts=starts,
            last_year=sittings.LAST_YEAR,
        ) from None
    return starts


def find_sitting(
    session: Session, on: date, body_name: str | None, council_name: str | None = None
) -> Sitting:
    """The sitting of that day (of that body, of that council). When the day has sittings of
    several councils and none is named, the operator is asked which, never given the first."""
    council = find_council(session, council_name) if council_name else None
    query = select(Sitting).where(Sitting.held_on == on)
    if council is not None:
        query = query.where(
            col(Sitting.body_id).in_(select(Body.id).where(Body.council_id == council.id))
        )
    if body_name:
        body = find_body(session, body_name, council.id if council is not None else None)
        query = query.where(Sitting.body_id == body.id)
    found = queries.live_first(list(session.exec(query).all()))
    if len(found) > 1 and council is None:
        councils = session.exec(
            select(Council.name)
            .join(Body, col(Body.council_id) == Council.id)
            .where(col(Body.id).in_([s.body_id for s in found]))
            .distinct()
            .order_by(Council.name)
        ).all()
        if len(councils) > 1:
            raise CliError("cli_sitting_councils", on=on, councils=list(councils))
    if len(found) != 1:
        raise CliError("cli_sitting_not_found", on=on, count=len(found))
    return found[0]


def _printable(text: str) -> str:
    """Control characters (a NUL PostgreSQL refuses, escapes a terminal obeys) never belong to
    a place or an agenda item."""
    return "".join(c for c in text if c == "\t" or unicodedata.category(c) != "Cc").strip()


def checked_place(place: str | None) -> str | None:
    if place is None:
        return None
    cleaned = _printable(place)
    if len(cleaned) > sittings.PLACE_MAX_CHARS:
        raise CliError("cli_too_long", length=len(cleaned), limit=sittings.PLACE_MAX_CHARS)
    return cleaned or None


def read_text_file(path: Path, *, limit: int = MAX_AGENDA_BYTES) -> str:
    """A small text file given by the operator, in UTF-8 or in Windows' cp1252 (what Word and
    Notepad save in France); a folder, a device, a pipe or a huge file is refused unread."""
    try:
        if not path.exists():
            raise CliError("cli_file_refused", path=str(path), reason="missing")
        if not path.is_file():  # a FIFO would block forever, /dev/zero never ends
            raise CliError("cli_file_refused", path=str(path), reason="not_a_file")
        if path.stat().st_size > limit:
            raise CliError("cli_file_refused", path=str(path), reason="too_big", limit=limit)
        data = path.read_bytes()
    except OSError:
        raise CliError("cli_file_refused", path=str(path), reason="unreadable") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's « Unicode »: UTF-16 with its BOM
        return data.decode("utf-16", errors="replace")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    # A picture, a .docx or an archive named .txt decodes all the same, into an agenda of
    # garbage sent to every member: text has almost no control characters.
    odd = sum(1 for c in text if (c < " " and c not in "\t\n\r\x0b\x0c") or c == "\ufffd")
    if "\x00" in text or odd > len(text) // 100:
        raise CliError("cli_file_refused", path=str(path), reason="binary")
    return text


# -- the commands ---------------------------------------------------------------------------


def invite_command(cli: Cli, args: argparse.Namespace) -> int:
    """A one-time deep link that ties the Telegram account opening it to this member."""
    if not 1 <= args.days <= MAX_INVITATION_DAYS:
        raise CliError("cli_bad_days", days=args.days, limit=MAX_INVITATION_DAYS)
    username = bot_username(cli, args.bot_username)  # before anything is written
    now = cli.now()
    valid_for = timedelta(days=args.days)
    with db.session(cli.engine()) as session:
        member = find_member(session, args.name, "invite", args.council)
        token = identity.create_invitation(
            session=session, member=member, now=now, valid_for=valid_for
        )
    cli.say(
        "cli_invitation",
        member=member.display_name,
        link=create_deep_linked_url(username, token),
        expires=(now + valid_for).astimezone(cli.settings.tz),
        linked=member.telegram_user_id is not None,
    )
    return 0


def members_command(cli: Cli, _args: argparse.Namespace) -> int:
    """Every member and whether a Telegram account is linked."""
    with db.session(cli.engine()) as session:
        members = sorted(
            session.exec(select(Member)).all(),
            key=lambda m: alphabetical(m.last_name, m.first_name),
        )
    cli.say("cli_members", members=members)
    return 0


def unlink_command(cli: Cli, args: argparse.Namespace) -> int:
    """Detach a member's Telegram account (a lost phone, a seat changing hands)."""
    with db.session(cli.engine()) as session:
        member = find_member(session, args.name, "unlink", args.council)
        ended = identity.unlink(session=session, member=member, now=cli.now())
    cli.say("cli_done", what="unlinked", member=member.display_name, invitations=ended)
    return 0


def grant_secretariat_command(cli: Cli, args: argparse.Namespace) -> int:
    """Give a member the secretariat's views (/feuille, /suivi, /nouvelle_seance)."""
    with db.session(cli.engine()) as session:
        member = find_member(session, args.name, "grant-secretariat", args.council)
        identity.grant_secretariat(session=session, member=member)
    cli.say("cli_done", what="secretariat", member=member.display_name)
    return 0


def commune_command(cli: Cli, args: argparse.Namespace) -> int:
    """The commune a member is a delegate of: only a commune's sole delegate has a suppléant
    who may sit for them (L5211-6), and the roll call checks it with the count of delegates."""
    with db.session(cli.engine()) as session:
        member = find_member(session, args.name, "commune", args.council)
        identity.set_commune(session=session, member=member, commune=args.commune)
    cli.say("cli_done", what="commune", member=member.display_name, commune=member.commune)
    return 0


def revoke_secretariat_command(cli: Cli, args: argparse.Namespace) -> int:
    """Take the secretariat's views back; every bot process reads the role again at once."""
    with db.session(cli.engine()) as session:
        member = find_member(session, args.name, "revoke-secretariat", args.council)
        changed = identity.revoke_secretariat(session=session, member=member)
    cli.say("cli_done", what="revoked", member=member.display_name, changed=changed)
    return 0


def sitting_create_command(cli: Cli, args: argparse.Namespace) -> int:
    """A sitting to come, with its agenda (one item per line of a text file)."""
    starts = parse_start(args.at, cli)
    place = checked_place(args.place)
    agenda = (
        [_printable(line) for line in read_text_file(args.agenda).splitlines()]
        if (args.agenda)
        else []
    )
    if args.agenda and not any(item.strip() for item in agenda):
        # a file saved empty: never a sitting convened to nothing, said « créée » as if read
        raise CliError("cli_file_refused", path=str(args.agenda), reason="no_item")
    if (long := sittings.too_long_item(agenda)) is not None:
        raise CliError("agenda_item_too_long", item=long, limit=sittings.AGENDA_ITEM_MAX_CHARS)
    with db.session(cli.engine()) as session:
        council = find_council(session, args.council) if args.council else None
        body = find_body(session, args.body, council.id if council is not None else None)
        try:
            sitting = sittings.create_sitting(
                session=session, body=body, starts=starts, place=place, agenda=agenda, actor=CLI
            )
        except sittings.SittingExists:
            raise CliError("cli_sitting_exists", body=body.name, on=starts.date()) from None
        view = queries.sitting_view(session=session, sitting_id=sitting.id or 0)
        clashes = sittings.clashes(session, body.id or 0, starts)
        cli.say(
            "cli_sitting_created",
            s=view,
            far=sittings.years_ahead(starts, cli.now()),
            clashes=clashes,
            night=sittings.at_night(starts),
            repeated=sittings.repeated_items(sitting.agenda or []),
        )
    return 0


def sitting_update_command(cli: Cli, args: argparse.Namespace) -> int:
    """A new date, time or place; a corrective notice to those already convened."""
    starts = parse_start(args.at, cli) if args.at else None
    place = checked_place(args.place)
    engine = cli.engine()
    with db.session(engine) as session:
        sitting = find_sitting(session, parse_day(args.date), args.body, args.council)
        if sitting.convened_at is not None:
            telegram_ready(cli)  # a change of a sitting convened is sent, or not made
        clashes = sittings.clashes(session, sitting.body_id, starts) if starts else []
        night = starts is not None and sittings.at_night(starts)
        if clashes or night:
            # moved over another body's sitting, or into the night: said as at its creation
            cli.say("cli_sitting_start_warned", clashes=clashes, night=night, starts=starts)
        if (
            sitting.convened_at is not None
            and starts is not None
            and (starts.date() != sitting.held_on)
        ):
            return _postpone(cli, session, sitting, starts, place, args.urgent)
        changes: dict[str, object] = {}
        if starts is not None:
            if starts.date() != sitting.held_on:
                changes["date"] = starts.date().isoformat()
                sitting.held_on = starts.date()
            if starts.time() != sitting.start_time:
                changes["time"] = starts.strftime("%H:%M")
                sitting.start_time = starts.time()
        if place and place != sitting.place:
            changes["place"] = sitting.place = place
        session.add(sitting)
        if changes and sitting.convened_at is None:
            proxies.audit(session, CLI, "sitting.updated", sitting.id, **changes)
        try:
            session.commit()
        except IntegrityError:  # the body already sits on the new date
            session.rollback()
            body = session.get(Body, sitting.body_id)
            on = starts.date() if starts else sitting.held_on
            raise CliError("cli_sitting_exists", body=body.name if body else "", on=on) from None
        if sitting.convened_at is None or not changes:
            cli.say("cli_sitting_updated", changes=changes)
            return 0
        convocations.correct(
            session=session, sitting=sitting, now=cli.now(), actor=CLI, changes=changes
        )
    return broadcast(cli, sitting.id or 0, "cli_corrected")


def _postpone(
    cli: Cli, session: Session, sitting: Sitting, starts: datetime, place: str | None, urgent: bool
) -> int:
    """A convened sitting moved to another day: a new convocation, its jours francs checked
    as the conversation's « reporte … » checks them (bot/services/sitting_changes.py)."""
    if place:
        sitting.place = place
    try:
        sitting_changes.postpone(
            session=session,
            sitting=sitting,
            starts=starts,
            now=cli.now(),
            tz=cli.settings.tz,
            actor=CLI,
            urgent=urgent,
        )
    except convocations.ConvocationRefused as refused:
        session.rollback()
        if refused.code == "exists":
            body = session.get(Body, sitting.body_id)
            name = body.name if body else ""
            raise CliError("cli_sitting_exists", body=name, on=starts.date()) from None
        raise CliError("convocation_refused", code=refused.code, p=refused.params) from None
    return broadcast(cli, sitting.id or 0, "cli_postponed")


def convene_command(cli: Cli, args: argparse.Namespace) -> int:
    """Convene every member (notice period in jours francs), then send through Telegram."""
    telegram_ready(cli)  # before the convocation is recorded as sent
    with db.session(cli.engine()) as session:
        sitting = find_sitting(session, parse_day(args.date), args.body, args.council)
        try:
            convocations.convene(
                session=session,
                sitting_id=sitting.id or 0,
                now=cli.now(),
                tz=cli.settings.tz,
                actor=CLI,
                urgent=args.urgent,
            )
        except convocations.ConvocationRefused as refused:
            raise CliError("convocation_refused", code=refused.code, p=refused.params) from None
    return broadcast(cli, sitting.id or 0, "convocation_report")


def convocation_report_command(cli: Cli, args: argparse.Namespace) -> int:
    """Who received the convocation, acknowledged it, answered; who to convene otherwise."""
    with db.session(cli.engine()) as session:
        sitting = find_sitting(session, parse_day(args.date), args.body, args.council)
        report = convocations.report(session=session, sitting_id=sitting.id or 0)
        view = queries.sitting_view(session=session, sitting_id=sitting.id or 0)
    cli.say("convocation_report", s=view, r=report, tz=cli.settings.tz)
    if args.csv is not None:
        try:
            convocations.save_csv(report, args.csv, cli.settings.tz)
        except OSError as error:
            raise CliError("cli_csv_unwritable", path=args.csv, reason=os_reason(error)) from None
    return 0


def audit_command(cli: Cli, args: argparse.Namespace) -> int:
    """Who did what, when, from which Telegram account."""
    query = select(AuditEntry).order_by(col(AuditEntry.at), col(AuditEntry.id))
    with db.session(cli.engine()) as session:
        if args.sitting:
            on = parse_day(args.sitting)
            ids = session.exec(select(Sitting.id).where(Sitting.held_on == on)).all()
            query = query.where(col(AuditEntry.sitting_id).in_(ids))
        entries = session.exec(query).all()
        names = {m.id: m.display_name for m in session.exec(select(Member))}
    cli.say("cli_audit", entries=entries, names=names, tz=cli.settings.tz)
    return 0


def sheet_command(cli: Cli, args: argparse.Namespace) -> int:
    """The attendance block of a sitting in the official form; with --pdf, the sheet to print."""
    with db.session(cli.engine()) as session:
        sitting = find_sitting(session, parse_day(args.date), args.body, args.council)
        if args.pdf is not None:
            return write_sheet_pdf(cli, session, sitting, args.pdf)
        view = queries.sitting_view(session=session, sitting_id=sitting.id or 0)
    print(sheets.attendance_sheet_text(view), file=cli.out)
    return 0


def write_sheet_pdf(cli: Cli, session: Session, sitting: Sitting, path: Path) -> int:
    """The émargement sheet (bot/services/sheet_pdf.py); after the sitting, the record."""
    from bot.services.sheet_pdf import page_count, sheet_pdf, unprintable
    from storage.attendance_records import sheet_record

    today = cli.now().astimezone(cli.settings.tz).date()
    record = sheet_record(session=session, sitting_id=sitting.id or 0, today=today)
    assert record is not None
    try:
        path.write_bytes(sheet_pdf(record, cli.settings.council_name))
    except OSError as error:
        raise CliError("cli_cannot_write", path=str(path), reason=os_reason(error)) from None
    cli.say(
        "cli_sheet_pdf",
        held=record.held,
        held_on=record.held_on,
        body=record.body,
        path=str(path),
        members=len(record.lines),
        pages=page_count(record),
        unprintable=unprintable(record),
    )
    return 0


def telegram_ready(cli: Cli) -> None:
    """Refuse a command that sends through Telegram when the bot has no token, before it
    changes anything: a convocation recorded as sent that reached nobody is a false date."""
    if cli.settings.telegram_bot_token is None:
        raise CliError("cli_missing_token")


def broadcast(cli: Cli, sitting_id: int, template: str) -> int:
    """Send what the outbox owes for this sitting through Telegram, then print the report."""
    settings, engine = cli.settings, cli.engine()
    telegram_ready(cli)
    from bot.app import build_application
    from bot.broadcast import deliver

    cli.before_telegram()

    async def send() -> None:
        application = build_application(settings, engine, clock=cli.clock)
        async with application:
            await deliver(
                application.bot,
                engine,
                clock=cli.clock,
                tz=settings.tz,
                sitting_id=sitting_id,
                president=settings.president_name,
            )

    try:
        asyncio.run(send())
    except TelegramError as error:  # the token refused, the Bot API unreachable
        raise telegram_failure(error, settings) from None
    with db.session(engine) as session:
        report = convocations.report(session=session, sitting_id=sitting_id)
        view = queries.sitting_view(session=session, sitting_id=sitting_id)
    cli.say(template, s=view, r=report, tz=settings.tz)
    return 0


# -- the command line -----------------------------------------------------------------------

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]


def add_commands(commands: Subparsers, common: argparse.ArgumentParser) -> None:
    """The secretariat's commands, each with its options and its function."""

    def command(name: str, func: Callable[[Cli, argparse.Namespace], int], help: str) -> Parser:
        parser = commands.add_parser(name, parents=[common], help=help, allow_abbrev=False)
        parser.set_defaults(func=func)
        return parser

    named_member: list[Parser] = []  # the commands that name a member take --council too
    p = command("invite", invite_command, "a one-time link for a member")
    named_member.append(p)
    p.add_argument("name", metavar="NOM")
    p.add_argument("--days", type=int, default=7, help="days before the link expires (1-365)")
    p.add_argument(
        "--bot-username",
        default=None,
        help="the bot's @username, offline (default: asked from Telegram with the token)",
    )
    command("members", members_command, "members and their link state")
    p = command("unlink", unlink_command, "detach a member's account")
    named_member.append(p)
    p.add_argument("name", metavar="NOM")
    p = command("grant-secretariat", grant_secretariat_command, "mark as secretariat")
    named_member.append(p)
    p.add_argument("name", metavar="NOM")
    p = command("revoke-secretariat", revoke_secretariat_command, "no longer secretariat")
    named_member.append(p)
    p.add_argument("name", metavar="NOM")
    p = command("commune", commune_command, "the commune a member is a delegate of")
    named_member.append(p)
    p.add_argument("name", metavar="NOM")
    p.add_argument("commune", metavar="COMMUNE", help="« » to forget it")
    for p in named_member:
        p.add_argument("--council", default=None, help="when a namesake sits in another council")

    p_sitting = commands.add_parser(
        "sitting", parents=[common], help="sittings to come", allow_abbrev=False
    )
    sitting_commands = p_sitting.add_subparsers(
        dest="sitting_command", required=True, metavar="create|update"
    )
    p = sitting_commands.add_parser(
        "create", parents=[common], help="create a sitting", allow_abbrev=False
    )
    p.set_defaults(func=sitting_create_command)
    p.add_argument("--body", required=True, help="« Bureau Métropolitain »…")
    p.add_argument("--council", default=None, help="when two councils have a body of that name")
    p.add_argument("--at", required=True, help="« 2025-03-13 17:00 », local time")
    p.add_argument("--place", default=None)
    p.add_argument("--agenda", type=Path, default=None, help="one item per line")
    p = sitting_commands.add_parser(
        "update", parents=[common], help="change and notify", allow_abbrev=False
    )
    p.set_defaults(func=sitting_update_command)
    p.add_argument("date", metavar="DATE")
    p.add_argument("--body", default=None)
    p.add_argument("--council", default=None, help="when several councils sat that day")
    p.add_argument("--at", default=None, help="new « 2025-03-13 17:00 »")
    p.add_argument("--place", default=None)
    p.add_argument("--urgent", action="store_true", help="a new day with one jour franc")

    p = command("convene", convene_command, "send the convocation")
    p.add_argument("date", metavar="DATE")
    p.add_argument("--body", default=None)
    p.add_argument("--council", default=None, help="when several councils sat that day")
    p.add_argument("--urgent", action="store_true", help="urgency: one jour franc")
    p = command("convocation-report", convocation_report_command, "who got it")
    p.add_argument("date", metavar="DATE")
    p.add_argument("--body", default=None)
    p.add_argument("--council", default=None, help="when several councils sat that day")
    p.add_argument("--csv", type=Path, default=None, help="also as a spreadsheet (proof)")

    p = command("audit", audit_command, "who did what, when")
    p.add_argument("--sitting", metavar="DATE", default=None)
    p = command("sheet", sheet_command, "the official attendance sheet")
    p.add_argument("date", metavar="DATE")
    p.add_argument("--body", default=None)
    p.add_argument("--council", default=None, help="when several councils sat that day")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="write the sheet to print (PDF)")


Parser = argparse.ArgumentParser
