"""`council-bot`: the secretariat's commands and the ways to start the assistant."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from tqdm import tqdm

from bot import secretariat
from bot.console import ConsoleIdentityError, run_console
from bot.logs import configure_logging
from bot.render import finding_text, render, to_plain_text
from bot.settings import DEFAULT_DATABASE_URL, Settings
from storage import db
from storage.documents import DocumentError, Extract, to_jsonable
from storage.importer import Importer, parse_document
from storage.queries import store_counts


def bundled_samples() -> list[Path]:
    """The published documents shipped with the package, for the embedded default."""
    folder = Path(str(files("storage") / "samples"))
    return sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".csv", ".pdf"})


def open_store(url: str) -> Engine:
    engine = db.make_engine(url)
    db.migrate(engine)
    return engine


def _without_password(url: str) -> str:
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url.split("@")[-1]  # not a URL at all; whatever came before an @ stays private


def import_documents(engine: Engine, paths: Sequence[Path], scdl_body: str | None = None) -> int:
    """Import files and folders, print the summary; the exit status is 1 if a file failed."""
    with db.session(engine) as session:
        importer = Importer(session, **({"scdl_body": scdl_body} if scdl_body else {}))

        def progress(items):  # type: ignore[no-untyped-def]
            return tqdm(items, total=len(paths_list), unit="doc", file=sys.stderr, leave=False)

        paths_list = list(paths)
        show_progress = len(paths_list) > 1 or any(p.is_dir() for p in paths_list)
        reports = importer.import_files(paths_list, progress if show_progress else None)
        store = store_counts(session=session)
    warnings = [[finding_text(f) for f in r.findings] for r in reports]
    print(
        to_plain_text(
            render(
                "import_summary",
                reports=reports,
                warnings=warnings,
                imported=sum(r.status == "imported" for r in reports),
                unchanged=sum(r.status == "unchanged" for r in reports),
                errors=sum(r.status == "error" for r in reports),
                store=store,
            )
        )
    )
    return 1 if any(r.status == "error" for r in reports) else 0


def extract_as_json(extract: Extract) -> dict[str, object]:
    """The keys `council-bot parse --json` promises to integrators."""
    data = to_jsonable(extract)
    deliberation = data.pop("deliberation")
    data["deliberation"] = {
        "number": deliberation["number"],
        "title": deliberation["title"],
        "decisions": deliberation["decisions"],
        "outcome": deliberation["outcome"],
        "unanimous": deliberation["unanimous"],
        "for": deliberation["votes_for"],
        "against": deliberation["votes_against"],
        "abstentions": deliberation["abstentions"],
    }
    data["warnings"] = [finding_text(f) for f in extract.findings]
    del data["findings"]
    return data


def parse_command(path: Path, as_json: bool) -> int:
    from storage.checks import check_extract

    try:
        parsed = parse_document(path)
    except (DocumentError, OSError) as error:
        print(f"{path}: {error}", file=sys.stderr)
        return 1
    if isinstance(parsed, Extract):
        parsed.findings.extend(check_extract(parsed))
        payload: object = extract_as_json(parsed)
    else:
        payload = [
            {**to_jsonable(row), "findings": [finding_text(f) for f in row.findings]}
            for row in parsed
        ]
    print(json.dumps(payload, ensure_ascii=False, indent=2 if not as_json else None))
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="URL", help="database URL (default: DATABASE_URL or a SQLite file here)"
    )
    parser = argparse.ArgumentParser(prog="council-bot", description=__doc__, parents=[common])
    commands = parser.add_subparsers(dest="command", required=True)

    p_import = commands.add_parser(
        "import", parents=[common], help="import extracts (txt/pdf) and SCDL CSV files or folders"
    )
    p_import.add_argument("paths", nargs="+", type=Path)
    p_import.add_argument("--scdl-body", help="the body that took the deliberations of SCDL files")

    p_parse = commands.add_parser(
        "parse", parents=[common], help="print what one document says, without a database"
    )
    p_parse.add_argument("file", type=Path)
    p_parse.add_argument("--json", action="store_true", help="one line of JSON")

    commands.add_parser("summary", parents=[common], help="what the store holds")

    p_console = commands.add_parser(
        "console", parents=[common], help="talk to the assistant in this terminal"
    )
    p_console.add_argument(
        "--as",
        dest="as_member",
        metavar="NOM",
        help="speak as this member (default: the secretariat)",
    )
    p_console.add_argument(
        "--jsonl", action="store_true", help="one JSON message per line in and out"
    )

    p_run = commands.add_parser(
        "run", parents=[common], help="run the bot on Telegram (long polling, or --webhook)"
    )
    p_run.add_argument(
        "--webhook", metavar="URL", default=None, help="public HTTPS URL (default: WEBHOOK_URL)"
    )
    p_run.add_argument("--listen", default=None, help="address to listen on (WEBHOOK_LISTEN)")
    p_run.add_argument("--port", type=int, default=None, help="port to listen on (WEBHOOK_PORT)")

    p_invite = commands.add_parser("invite", parents=[common], help="a one-time link for a member")
    p_invite.add_argument("name", metavar="NOM")
    p_invite.add_argument("--days", type=int, default=7, help="days before the link expires")
    p_invite.add_argument("--bot-username", default=None, help="the bot's @username for the link")
    commands.add_parser("members", parents=[common], help="members and their link state")
    p_unlink = commands.add_parser("unlink", parents=[common], help="detach a member's account")
    p_unlink.add_argument("name", metavar="NOM")
    p_grant = commands.add_parser(
        "grant-secretariat", parents=[common], help="mark as secretariat"
    )
    p_grant.add_argument("name", metavar="NOM")

    p_sitting = commands.add_parser("sitting", parents=[common], help="sittings to come")
    sitting_commands = p_sitting.add_subparsers(dest="sitting_command", required=True)
    p_create = sitting_commands.add_parser("create", parents=[common], help="create a sitting")
    p_create.add_argument("--body", required=True, help="« Bureau Métropolitain »…")
    p_create.add_argument("--at", required=True, help="« 2025-03-13 17:00 », local time")
    p_create.add_argument("--place", default=None)
    p_create.add_argument("--agenda", type=Path, default=None, help="one item per line")

    p_update = sitting_commands.add_parser("update", parents=[common], help="change and notify")
    p_update.add_argument("date", metavar="DATE")
    p_update.add_argument("--body", default=None)
    p_update.add_argument("--at", default=None, help="new « 2025-03-13 17:00 »")
    p_update.add_argument("--place", default=None)

    p_convene = commands.add_parser("convene", parents=[common], help="send the convocation")
    p_convene.add_argument("date", metavar="DATE")
    p_convene.add_argument("--body", default=None)
    p_convene.add_argument("--urgent", action="store_true", help="urgency: one jour franc")
    p_report = commands.add_parser("convocation-report", parents=[common], help="who got it")
    p_report.add_argument("date", metavar="DATE")
    p_report.add_argument("--body", default=None)

    p_audit = commands.add_parser("audit", parents=[common], help="who did what, when")
    p_audit.add_argument("--sitting", metavar="DATE", default=None)
    p_sheet = commands.add_parser("sheet", parents=[common], help="the official attendance sheet")
    p_sheet.add_argument("date", metavar="DATE")
    p_sheet.add_argument("--body", default=None)
    p_sheet.add_argument("--pdf", type=Path, metavar="FILE", help="write the sheet to print")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings()
    url = args.db or settings.database_url
    if args.command == "parse":
        return parse_command(args.file, args.json)
    try:
        engine = open_store(url)
    except sa.exc.SQLAlchemyError as error:  # a wrong URL, a server down, a folder missing
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        unreachable = render("cli_store_unreachable", url=_without_password(url), reason=reason)
        print(to_plain_text(unreachable), file=sys.stderr)
        return 2
    if args.command == "import":
        return import_documents(engine, args.paths, args.scdl_body)
    if args.command == "summary":
        return import_documents(engine, [])
    if args.command == "console":
        if not args.db and url == DEFAULT_DATABASE_URL:
            load_bundled_samples(engine)
        try:
            return asyncio.run(
                run_console(settings, engine, as_member=args.as_member, jsonl=args.jsonl)
            )
        except ConsoleIdentityError as error:
            print(error, file=sys.stderr)
            return 2
    if args.command == "run":
        overrides = {
            "webhook_url": args.webhook,
            "webhook_listen": args.listen,
            "webhook_port": args.port,
        }
        settings = settings.model_copy(
            update={k: v for k, v in overrides.items() if v is not None}
        )
        return run_bot(settings, engine)
    return secretariat.run(args, settings, engine)


def load_bundled_samples(engine: Engine) -> None:
    """The embedded default: an empty store gets the bundled documents, quietly."""
    with db.session(engine) as session:
        if store_counts(session=session).deliberations:
            return
        Importer(session).import_files(bundled_samples())


def run_bot(settings: Settings, engine: Engine) -> int:
    """Long polling, or a webhook server when a URL is configured; both stop on SIGTERM
    after handling the updates already received."""
    from bot.app import build_application
    from bot.webhook import secret_token, serve_webhook

    if settings.telegram_bot_token is None:
        print(to_plain_text(render("cli_missing_token")), file=sys.stderr)
        return 2
    application = build_application(settings, engine)
    if settings.webhook_url is None:
        configure_logging([settings.telegram_bot_token.get_secret_value()])
        application.run_polling()
        return 0
    secret = secret_token(settings)
    configure_logging([settings.telegram_bot_token.get_secret_value(), secret])
    asyncio.run(
        serve_webhook(
            application,
            url=settings.webhook_url,
            secret=secret,
            listen=settings.webhook_listen,
            port=settings.webhook_port,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
