"""`council-bot`: the secretariat's commands and the ways to start the assistant.

The command line is parsed here; each command is one function `(cli, args) -> exit status`
registered with `set_defaults(func=...)`: the documents' and the bot's commands below, the
secretariat's in `bot/cli_commands.py`. `--db` may be written before or after the command
name; `parse`, which opens no database, refuses it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import json
import os
import socket
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import Any, NoReturn

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.engine import Engine
from sqlmodel import select
from telegram.error import TelegramError

from bot import cli_commands
from bot.cli_commands import Cli, CliError, open_store, telegram_failure, utc_now
from bot.console import ConsoleCouncilError, ConsoleIdentityError, run_console
from bot.logs import configure_logging
from bot.render import finding_text, render, to_plain_text
from bot.services.imports import import_and_summarise
from bot.settings import DEFAULT_DATABASE_URL, Settings, web_address
from storage import cues, db
from storage.documents import (
    CouncilRecord,
    DocumentError,
    Extract,
    as_written,
    os_reason,
    to_jsonable,
)
from storage.models import Deliberation

__all__ = ["extract_as_json", "load_bundled_samples", "main", "open_store"]


def bundled_samples() -> list[Path]:
    """The published documents shipped with the package, for the embedded default."""
    folder = Path(str(files("storage") / "samples"))
    return sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".csv", ".pdf"})


def holds_documents(engine: Engine) -> bool:
    """Whether the store holds a deliberation: one look, not the six counts of `summary`
    (this runs at every console start)."""
    with db.session(engine) as session:
        return session.exec(select(Deliberation.id).limit(1)).first() is not None


def load_bundled_samples(engine: Engine) -> None:
    """The embedded default: an empty store gets the bundled documents, quietly."""
    if holds_documents(engine):
        return
    from storage.importer import Importer  # the parsers: only when the samples are read

    with db.session(engine) as session:
        Importer(session).import_files(bundled_samples())


def refuse_special_files(paths: Sequence[Path]) -> None:
    """A pipe would block the reader forever, a device like /dev/zero never ends: only
    regular files and folders are read (a missing path is the importer's to report)."""
    for path in paths:
        if path.exists() and not (path.is_file() or path.is_dir()):
            raise CliError("cli_file_refused", path=str(path), reason="not_a_file")


def import_documents(
    engine: Engine,
    paths: Sequence[Path],
    out: Any,
    scdl_body: str | None = None,
    max_text_bytes: int | None = None,
    given: tuple[str | None, CouncilRecord | None] = (None, None),
) -> int:
    """Import files and folders, print the summary; the exit status is 1 if a file failed."""
    from tqdm import tqdm  # the progress bar, with the parsers: only for the commands that read

    paths_list = list(paths)

    def progress(items):  # type: ignore[no-untyped-def]
        return tqdm(items, total=len(paths_list), unit="doc", file=sys.stderr, leave=False)

    show_progress = len(paths_list) > 1 or any(p.is_dir() for p in paths_list)
    summary = import_and_summarise(
        engine,
        paths_list,
        scdl_body=scdl_body,
        max_text_bytes=max_text_bytes,
        given=given,
        progress=progress if show_progress else None,
    )
    print(to_plain_text(render("import_summary", **summary)), file=out)
    return 1 if summary["errors"] else 0


def import_command(cli: Cli, args: argparse.Namespace) -> int:
    """Extracts (.txt, .pdf) and SCDL CSV files or folders into the store."""
    refuse_special_files(args.paths)
    given: tuple[str | None, CouncilRecord | None] = (None, None)
    if args.body is not None:
        from storage.parsing.heading import given_body

        given = given_body(args.body)
        if given == (None, None):
            raise CliError("cli_bad_body", words=args.body)
    cap = int(cli.settings.import_max_text_mb * 1_000_000)
    return import_documents(cli.engine(), args.paths, cli.out, args.scdl_body, cap, given)


def summary_command(cli: Cli, _args: argparse.Namespace) -> int:
    """What the store holds."""
    return import_documents(cli.engine(), [], cli.out)


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
    # One entry per deliberation; the first is also `deliberation` above, as before.
    data["items"] = [
        {
            "number": item["deliberation"]["number"],
            "ordinal": item["ordinal"],
            "line": item["line"],
            "title": item["deliberation"]["title"],
            "decisions": item["deliberation"]["decisions"],
            "outcome": item["deliberation"]["outcome"],
            "unanimous": item["deliberation"]["unanimous"],
            "for": item["deliberation"]["votes_for"],
            "against": item["deliberation"]["votes_against"],
            "abstentions": item["deliberation"]["abstentions"],
            "counts": item["counts"],
            "attendance": {k: item[k] for k in ("arrived", "away", "not_voting", "proxies")},
            "named": {k: item[k] for k in ("against", "abstaining")},
        }
        for item in data["items"]
    ]
    return data


def parse_command(cli: Cli, args: argparse.Namespace) -> int:
    """What one document says, as JSON, without a database."""
    from storage.checks import check_extract
    from storage.importer import parse_document

    if cli.db_url is not None:
        raise CliError("cli_db_not_used", command="parse")
    path: Path = args.file
    if not path.is_file():  # a folder, a pipe, /dev/zero: nothing to parse, or never an end
        reason = "not_a_file" if path.exists() else "missing"
        raise CliError("cli_file_refused", path=str(path), reason=reason)
    try:
        parsed = parse_document(path)
    except (DocumentError, OSError) as error:  # the reason is the reader's, as in the import
        code, params = getattr(error, "code", None), getattr(error, "params", {})
        reason = to_plain_text(render("import_failure", code=code, p=params, message=str(error)))
        _complain("cli_parse_failed", path=str(path), reason=reason)
        return 1
    if isinstance(parsed, Extract):
        parsed.findings.extend(check_extract(parsed))
        payload: object = extract_as_json(parsed)
    else:  # open data: the file's own findings (and reading of the votes), then each row
        payload = {
            **{k: v for k, v in to_jsonable(parsed).items() if k != "rows"},
            "findings": [finding_text(f) for f in parsed.findings],
            "rows": [
                {**to_jsonable(row), "findings": [finding_text(f) for f in row.findings]}
                for row in parsed.rows
            ],
        }
    print(
        json.dumps(payload, ensure_ascii=False, indent=2 if not args.json else None), file=cli.out
    )
    return 0


def console_command(cli: Cli, args: argparse.Namespace) -> int:
    """Talk to the assistant in this terminal (or a script, with --jsonl)."""
    engine = cli.engine()
    if cli.db_url is None and cli.database_url == DEFAULT_DATABASE_URL:
        load_bundled_samples(engine)
    elif not holds_documents(engine):
        # a store named by --db (or DATABASE_URL) is the secretariat's own: never filled with
        # the bundled documents, but an empty one is said, not answered « aucun membre »
        print(to_plain_text(render("cli_empty_store")), file=sys.stderr)
    cli.before_telegram()  # a handler's traceback is a redacted JSON line on stderr
    # Whatever bytes come in (a Latin-1 file, a truncated character), what goes out is valid
    # UTF-8: undecodable output becomes U+FFFD instead of a traceback, and what comes in is
    # kept as its bytes, read by the console as Windows' Western letters (`as_written`).
    for stream, errors in ((sys.stdin, "surrogateescape"), (sys.stdout, "replace")):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors=errors)
    try:
        return asyncio.run(
            run_console(
                cli.settings,
                engine,
                as_member=args.as_member,
                council=args.council,
                jsonl=args.jsonl,
                stdin=sys.stdin,
                stdout=cli.out,
            )
        )
    except (ConsoleIdentityError, ConsoleCouncilError) as error:
        print(error, file=sys.stderr)
        return 2


def run_command(cli: Cli, args: argparse.Namespace) -> int:
    """The bot on Telegram: long polling, or a webhook server when a URL is configured."""
    if args.webhook is not None:
        try:
            args.webhook = web_address(args.webhook)
        except ValueError:
            raise CliError("cli_bad_webhook_url", url=args.webhook) from None
    overrides = {
        "webhook_url": args.webhook,
        "webhook_listen": args.listen,
        "webhook_port": args.port,
    }
    settings = cli.settings.model_copy(
        update={k: v for k, v in overrides.items() if v is not None}
    )
    return run_bot(settings, cli.engine())


def run_bot(settings: Settings, engine: Engine) -> int:
    """Long polling, or a webhook server; both stop on SIGTERM after handling the updates
    already received. A Bot API that refuses the token or cannot be reached is one French
    line and exit status 1 (printed by `main`, without the token)."""
    from bot.app import build_application
    from bot.handlers import private
    from bot.webhook import secret_token, serve_webhook

    if settings.telegram_bot_token is None:
        raise CliError("cli_missing_token")
    token = settings.telegram_bot_token.get_secret_value()
    application = build_application(settings, engine)
    try:
        if settings.webhook_url is None:
            configure_logging([token])
            # Only the kinds the features answer (business messages are not the member's
            # words to the bot: bot/handlers/private.py).
            application.run_polling(allowed_updates=list(private.UPDATES))
            return 0
        secret = secret_token(settings)
        configure_logging([token, secret])
        # Bound before Telegram is told the URL: a port already taken is said at once, and
        # no webhook is registered for a server that never listened.
        sock = listening_socket(settings.webhook_listen, settings.webhook_port)
        asyncio.run(
            serve_webhook(
                application,
                url=settings.webhook_url,
                secret=secret,
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                sock=sock,
            )
        )
    except TelegramError as error:
        raise telegram_failure(error, settings) from None
    return 0


# argparse speaks English; the operator reads French. Its usual complaints, reworded (its
# other messages are passed on as they are, after the French lead-in).
_ARGPARSE_MESSAGES = [
    (cues.plain(r"the following arguments are required: (.+)"), "arguments manquants : {0}"),
    (cues.plain(r"unrecognized arguments: (.+)"), "arguments inconnus : {0}"),
    (
        cues.plain(r"argument (\S+): invalid int value: (.+)"),
        "{0} attend un nombre entier, pas {1}",
    ),
    (
        cues.plain(r"argument \S+: invalid choice: (\S+) \(choose from (.+)\)"),
        "commande inconnue : {0} (commandes : {1})",
    ),
    (cues.plain(r"argument (\S+): expected one argument"), "{0} attend une valeur"),
    (cues.plain(r"argument (\S+): (.+)"), "{0} : {1}"),  # our own types' French messages
]


class FrenchParser(argparse.ArgumentParser):
    """Usage errors as one French line (templates/cli_usage.j2) and exit status 2."""

    def error(self, message: str) -> NoReturn:
        for pattern, french in _ARGPARSE_MESSAGES:
            found = pattern.fullmatch(message)
            if found:
                message = french.format(*found.groups())
                break
        _complain("cli_usage", command=self.prog, problem=message)
        self.exit(2)


def listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family)
    except (OSError, OverflowError) as error:  # taken, not ours to bind, not an address
        reason = os_reason(error) if isinstance(error, OSError) else str(error)
        raise CliError(
            "cli_cannot_listen", status=1, host=host, port=port, reason=reason
        ) from None


def port_number(text: str) -> int:
    """--port: 1 to 65535."""
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(to_plain_text(render("cli_bad_port", text=text)))
    return int(text)


def build_parser(given_db: list[str] | None = None) -> argparse.ArgumentParser:
    """Every command with its options; `given_db` collects each --db written, wherever."""
    seen = given_db if given_db is not None else []

    class DatabaseOption(argparse.Action):
        def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
            seen.append(values)
            setattr(namespace, self.dest, values)

    # A subcommand's --db must not reset the one written before the subcommand: argparse
    # copies every default of a subparser over the main namespace, so the default is SUPPRESS
    # (nothing written, nothing copied), at every level: the parsers share this one action,
    # so giving it another default anywhere would give it everywhere.
    common = FrenchParser(add_help=False, allow_abbrev=False)
    common.add_argument(
        "--db",
        metavar="URL",
        action=DatabaseOption,
        default=argparse.SUPPRESS,
        help="database URL (default: DATABASE_URL or a SQLite file here)",
    )
    parser = FrenchParser(
        prog="council-bot", description=__doc__, parents=[common], allow_abbrev=False
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")

    def command(name: str, func: Callable[[Cli, argparse.Namespace], int], help: str) -> Any:
        sub = commands.add_parser(name, parents=[common], help=help, allow_abbrev=False)
        sub.set_defaults(func=func)
        return sub

    p = command(
        "import", import_command, "import extracts (txt/pdf) and SCDL CSV files or folders"
    )
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--scdl-body", help="the body that took the deliberations of SCDL files")
    p.add_argument(
        "--body",
        metavar="ORGANE",
        help="the body, with its collectivité, of documents that name neither "
        "(« Conseil municipal de Vernay »)",
    )
    p = command("parse", parse_command, "print what one document says, without a database")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="one line of JSON")
    command("summary", summary_command, "what the store holds")
    p = command("console", console_command, "talk to the assistant in this terminal")
    p.add_argument(
        "--as",
        dest="as_member",
        metavar="NOM",
        help="speak as this member (default: the secretariat)",
    )
    p.add_argument(
        "--council",
        metavar="NOM",
        default=None,
        help="the council to answer for, when the store holds several",
    )
    p.add_argument("--jsonl", action="store_true", help="one JSON message per line in and out")
    p = command("run", run_command, "run the bot on Telegram (long polling, or --webhook)")
    p.add_argument(
        "--webhook", metavar="URL", default=None, help="public HTTPS URL (default: WEBHOOK_URL)"
    )
    p.add_argument("--listen", default=None, help="address to listen on (WEBHOOK_LISTEN)")
    p.add_argument(
        "--port", type=port_number, default=None, help="port to listen on (WEBHOOK_PORT)"
    )
    cli_commands.add_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None, *, clock: Callable[[], datetime] = utc_now) -> int:
    given_db: list[str] = []
    args = build_parser(given_db).parse_args(argv)
    for name, value in vars(args).items():
        # Words typed in a terminal set to Latin-1 (« --place "Salle des fêtes" ») come as
        # bytes that are not UTF-8, which no database takes: read as that terminal's letters.
        # The store's address stays as typed (refused when so: it names a file on the disk).
        if isinstance(value, str) and name != "db":
            setattr(args, name, as_written(value))
    try:
        settings = Settings()
    except ValidationError as error:  # WEBHOOK_PORT=abc…: name the setting, never its value
        names = sorted({str(e["loc"][0]).upper() for e in error.errors() if e["loc"]})
        _complain("cli_bad_settings", names=names)
        return 2
    except UnicodeDecodeError:  # a .env saved in Latin-1 or UTF-16 by a Windows editor
        _complain("cli_env_file_unreadable")
        return 2
    cli = Cli(settings=settings, clock=clock, db_url=getattr(args, "db", None), out=sys.stdout)
    try:
        if len(set(given_db)) > 1:
            urls = [cli_commands.without_password(url) for url in dict.fromkeys(given_db)]
            raise CliError("cli_db_twice", urls=urls)
        status: int = args.func(cli, args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return status
    except CliError as error:
        _complain(error.template, **error.data)
        return error.status
    except sa.exc.OperationalError as error:
        # The store opened but refused a write: a read-only file or database, a full disk, a
        # server gone mid-command. One line, never a traceback; the transaction rolled back.
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        url = cli_commands.without_password(cli.db_url or settings.database_url)
        _complain("cli_store_refused", url=url, reason=reason)
        return 1
    except KeyboardInterrupt:  # Ctrl-C during an import or a broadcast
        _complain("cli_interrupted")
        return 130
    except BrokenPipeError:
        # `council-bot members | head`: the reader has gone. What was written stays written;
        # the rest goes nowhere, and Python must not fail again flushing stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        _complain("cli_broken_pipe")
        return 1


def _complain(template: str, **data: object) -> None:
    with contextlib.suppress(BrokenPipeError):  # nobody reads stderr either
        print(to_plain_text(render(template, **data)), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
