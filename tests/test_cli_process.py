"""`council-bot` as the operator runs it: its exit status and everything it prints. The store it
must write to, the one it must not, and inputs that used to end in a traceback.

What only a process shows runs the installed command in its own process (`python -m bot`,
the same entry point as the `council-bot` script): a closed output pipe, the standard streams'
encodings, the exit status the shell sees. Everything else calls the same `main` in this
process, from the operator's folder and with only the given settings in the environment: a
process each was a second or two of start-up per case, and proved nothing more."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from bot import cli
from storage import db
from storage.models import Invitation, Sitting
from storage.queries import store_counts
from tests.botapi_server import FakeBotAPI
from tests.conftest import SAMPLE_EXTRACT, postgresql_only

FUTURE = date(2099, 3, 20)
TOKEN = "424242:CLI-process-token-never-printed"
_UNSET = (
    "DATABASE_URL",
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_URL",
    "WEBHOOK_URL",
    "WEBHOOK_SECRET",
)


def council_bot(
    *argv: str | Path,
    cwd: Path,
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
    timeout: float = 90,
) -> subprocess.CompletedProcess[bytes]:
    """The installed command line in its own process, in `cwd` (no .env of the checkout),
    with only `env` set of the settings."""
    base = {k: v for k, v in os.environ.items() if k not in _UNSET}
    return subprocess.run(
        [sys.executable, "-m", "bot", *map(str, argv)],
        cwd=cwd,
        env=base | (env or {}),
        input=stdin,
        capture_output=True,
        timeout=timeout,
        check=False,
    )


@dataclass
class Done:
    """What a command did: its exit status and what it printed on each stream."""

    returncode: int
    stdout: bytes
    stderr: bytes


@pytest.fixture
def command(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> Callable[..., Done]:
    """`council_bot` in this process: the same `main`, run from `cwd` with only `env` set of
    the settings; a usage error's exit (argparse) is its status."""

    def run(*argv: str | Path, cwd: Path, env: dict[str, str] | None = None) -> Done:
        with monkeypatch.context() as patch:
            patch.chdir(cwd)
            for name in _UNSET:
                patch.delenv(name, raising=False)
            for name, value in (env or {}).items():
                patch.setenv(name, value)
            capsysbinary.readouterr()
            try:
                status = cli.main([str(arg) for arg in argv])
            except SystemExit as exit:
                status = exit.code if isinstance(exit.code, int) else 1
            out, err = capsysbinary.readouterr()
        return Done(status, out, err)

    return run


def french_refusal(
    done: Done | subprocess.CompletedProcess[bytes], status: int, start: str
) -> str:
    """The command said one French sentence on stderr and nothing raw."""
    err = done.stderr.decode()
    assert done.returncode == status, err
    assert "Traceback" not in err, err
    assert err.startswith(start), err
    return err


# -- --db: honoured wherever it is written, never ignored ------------------------------------


@pytest.mark.parametrize("placement", ["before", "after", "end"])
def test_db_is_honoured_wherever_it_is_written(
    command: Callable[..., Done], database_url: str, tmp_path: Path, placement: str
) -> None:
    """DATABASE_URL names a decoy: the import must land in --db, and the decoy (and the
    default ./council.db) must not even be created."""
    here = tmp_path / "operator"  # where the operator stands: ./council.db would be here
    here.mkdir()
    decoy = here / "production.db"
    argv = {
        "before": ["--db", database_url, "import", SAMPLE_EXTRACT],
        "after": ["import", "--db", database_url, SAMPLE_EXTRACT],
        "end": ["import", SAMPLE_EXTRACT, "--db", database_url],
    }[placement]
    env = {"DATABASE_URL": f"sqlite:///{decoy}"}
    done = command(*argv, cwd=here, env=env)
    assert done.returncode == 0, done.stderr.decode()
    if placement == "before":  # and two levels down: `sitting create`
        nested = ["--db", database_url, "sitting", "create", "--body", "Bureau"]
        done = command(*nested, "--at", "2099-03-20 17:00", cwd=here, env=env)
        assert done.returncode == 0, done.stderr.decode()
    assert not decoy.exists()
    assert not (here / "council.db").exists()
    engine = db.make_engine(database_url)
    with db.session(engine) as session:
        assert store_counts(session=session).deliberations == 1
        coming = session.exec(select(Sitting).where(Sitting.held_on == FUTURE)).all()
        assert len(coming) == (1 if placement == "before" else 0)
    engine.dispose()


def test_db_is_refused_where_it_means_nothing_or_twice(
    command: Callable[..., Done], tmp_path: Path
) -> None:
    one, other = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    for argv in (["--db", one, "parse", SAMPLE_EXTRACT], ["parse", SAMPLE_EXTRACT, "--db", one]):
        done = command(*argv, cwd=tmp_path)
        french_refusal(done, 2, "« council-bot parse » ne lit aucune base de données")
        assert done.stdout == b""
    done = command("--db", one, "import", SAMPLE_EXTRACT, "--db", other, cwd=tmp_path)
    french_refusal(done, 2, "--db est donné plusieurs fois")
    assert not (tmp_path / "a.db").exists()
    assert not (tmp_path / "b.db").exists()


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("mysql://root:hunter2@db.example/council", "mysql"),
        ("mysql+pymysql://root:hunter2@db.example/council", "mysql+pymysql"),
        ("oracle://root:hunter2@db.example/council", "oracle"),
        ("postgresql+asyncpg://root:hunter2@db.example/council", "postgresql+asyncpg"),
        ("postgresql+psycopg2://root:hunter2@db.example/council", "postgresql+psycopg2"),
    ],
)
def test_an_unsupported_database_says_which_ones_are(
    command: Callable[..., Done], tmp_path: Path, url: str, name: str
) -> None:
    done = command("--db", url, "summary", cwd=tmp_path)
    err = french_refusal(done, 2, f"Base de données non prise en charge : « {name} »")
    assert "SQLite" in err
    assert "PostgreSQL" in err
    assert "hunter2" not in err


# -- no traceback, whatever the operator types ----------------------------------------------


@pytest.fixture
def sqlite_store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'council.db'}"
    assert cli.main(["import", "--db", url, str(SAMPLE_EXTRACT)]) == 0
    return url


@pytest.mark.parametrize("days", ["99999999", "0", "-3", "366"])
def test_invitation_days_out_of_range_are_refused(
    command: Callable[..., Done], sqlite_store: str, tmp_path: Path, days: str
) -> None:
    done = command(
        "invite", "Degraix", "--db", sqlite_store, "--bot-username", "conseil_bot",
        f"--days={days}", cwd=tmp_path,
    )  # fmt: skip
    french_refusal(done, 2, f"Durée de validité impossible : {days} jours")
    with db.session(db.make_engine(sqlite_store)) as session:
        assert session.exec(select(Invitation)).all() == []


def test_the_invitation_link_names_the_bot_telegram_knows(
    command: Callable[..., Done], sqlite_store: str, tmp_path: Path
) -> None:
    """With the token set, the username is asked with getMe; a refused token is one line."""
    with FakeBotAPI() as api:
        env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": api.base_url}
        done = command("invite", "Degraix", "--db", sqlite_store, cwd=tmp_path, env=env)
        assert done.returncode == 0, done.stderr.decode()
        assert b"https://t.me/council_bot?start=" in done.stdout
        assert [call.method for call in api.calls] == ["getMe"]
        api.fail_next(10, status=401)
        done = command("invite", "Fayolle", "--db", sqlite_store, cwd=tmp_path, env=env)
    french_refusal(done, 1, "Telegram refuse le jeton du bot")
    assert TOKEN.encode() not in done.stdout + done.stderr
    with db.session(db.make_engine(sqlite_store)) as session:
        assert len(session.exec(select(Invitation)).all()) == 1  # none for the refused one


def test_sitting_create_reads_a_cp1252_agenda_and_refuses_what_it_cannot(
    command: Callable[..., Done], database_url: str, tmp_path: Path
) -> None:
    assert cli.main(["import", "--db", database_url, str(SAMPLE_EXTRACT)]) == 0
    create = ["sitting", "create", "--db", database_url, "--body", "Bureau"]
    done = command(*create, "--at", "2099-03-20 17:00", "--agenda", tmp_path / "odj.txt",
                       cwd=tmp_path)  # fmt: skip
    french_refusal(done, 2, "Fichier introuvable")
    done = command(*create, "--at", "2099-03-20 17:00", "--place", "Salle " * 60,
                       cwd=tmp_path)  # fmt: skip
    french_refusal(done, 2, "Lieu trop long : 359 caractères, 200 au plus")
    agenda = tmp_path / "odj-windows.txt"
    agenda.write_bytes(
        "Approbation du procès-verbal\r\nDélibération « Vélo »\r\n".encode("cp1252")
    )
    done = command(*create, "--at", "2099-03-20 17:00", "--agenda", agenda, cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    with db.session(db.make_engine(database_url)) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == FUTURE)).one()
        assert sitting.agenda == ["Approbation du procès-verbal", "Délibération « Vélo »"]
        assert sitting.place is None


@pytest.mark.timeout(60)  # a device or a pipe read after all would hang: red, not stuck
def test_parse_refuses_a_device_or_a_pipe_at_once(
    command: Callable[..., Done], tmp_path: Path
) -> None:
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    for path in (Path("/dev/zero"), fifo, tmp_path):
        done = command("parse", path, "--json", cwd=tmp_path)
        french_refusal(done, 2, f"{path} n'est pas un fichier ordinaire")
    done = command("import", fifo, "--db", f"sqlite:///{tmp_path / 'c.db'}", cwd=tmp_path)
    french_refusal(done, 2, f"{fifo} n'est pas un fichier ordinaire")


def test_output_into_a_closed_pipe_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    """`council-bot parse FILE | head -1`: the reader is gone before the writer is done."""
    child = subprocess.Popen(
        [sys.executable, "-m", "bot", "parse", str(SAMPLE_EXTRACT)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdout.close()  # like head, having read what it wanted
    err = child.stderr.read().decode()
    child.wait(60)
    assert child.returncode == 1
    assert "Traceback" not in err
    assert "Exception ignored" not in err
    assert err.startswith("La sortie a été fermée avant la fin")


def test_console_jsonl_writes_valid_utf8_whatever_it_reads(
    tmp_path: Path, sqlite_loaded_template: Path
) -> None:
    """Latin-1 bytes, a truncated character, an encoded lone surrogate: each line still gets
    its JSON answer, in UTF-8, and the process ends normally (on a store already filled: the
    embedded default's import is not what this shows)."""
    shutil.copyfile(sqlite_loaded_template, tmp_path / "council.db")
    url = f"sqlite:///{tmp_path / 'council.db'}"
    stdin = b"/aide\n" + b"caf\xe9 \xff\xfe\n" + b"\xed\xa0\x80 qui ?\n" + b"\xc3\n"
    for env in ({}, {"LC_ALL": "C", "LANG": "C"}, {"PYTHONIOENCODING": "latin-1"}):
        done = council_bot("console", "--jsonl", "--db", url, cwd=tmp_path, env=env, stdin=stdin)
        assert done.returncode == 0, done.stderr.decode()
        lines = done.stdout.decode("utf-8").splitlines()  # strict: raises on invalid UTF-8
        assert len(lines) == 4
        assert all(json.loads(line)["replies"] for line in lines)
        assert json.loads(lines[1])["in"] == "café ÿþ"  # Latin-1 bytes read as its letters


@pytest.mark.parametrize(
    ("setting", "value"),
    [("WEBHOOK_PORT", "huit-mille"), ("TIMEZONE", "Europe/Lutece"), ("ADMIN_CHAT_ID", "x")],
)
def test_a_wrong_setting_is_named_without_its_value(
    command: Callable[..., Done], tmp_path: Path, setting: str, value: str
) -> None:
    done = command("summary", cwd=tmp_path, env={setting: value})
    err = french_refusal(
        done, 2, f"Réglage invalide dans l'environnement ou le fichier .env : {setting}"
    )
    assert value not in err


@postgresql_only
def test_a_plain_postgresql_url_means_the_installed_driver(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """postgresql:// (and the older postgres://) is how operators write it: psycopg 3."""
    for scheme in ("postgresql://", "postgres://"):
        plain = scheme + database_url.split("://", 1)[1]
        assert cli.main(["summary", "--db", plain]) == 0
        assert "La base contient" in capsys.readouterr().out


def test_the_installed_command_refuses_in_one_french_line_and_its_exit_status(
    tmp_path: Path,
) -> None:
    """The refusals above, as the shell sees them from the command's own process: the exit
    status, one French line on stderr, nothing on stdout, no secret."""
    done = council_bot("--db", "mysql://root:hunter2@db.example/council", "summary", cwd=tmp_path)
    err = french_refusal(done, 2, "Base de données non prise en charge : « mysql »")
    assert "hunter2" not in err
    assert done.stdout == b""
    done = council_bot("summary", cwd=tmp_path, env={"TIMEZONE": "Europe/Lutece"})
    err = french_refusal(done, 2, "Réglage invalide dans l'environnement ou le fichier .env")
    assert "Lutece" not in err
    assert done.stdout == b""
