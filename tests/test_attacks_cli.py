"""The command line given what an operator types by mistake: the real CLI (`bot.cli.main`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import cli
from bot.console import ConsoleIdentityError, console_scope
from storage import db
from storage.models import Sitting
from tests.conftest import SAMPLE_EXTRACT


def test_an_empty_db_url_is_refused_not_the_default_store_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """« --db "$URL" » with the variable unset opened DATABASE_URL's store (here, the default
    council.db of the current folder, created for the occasion) as if nothing was typed."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert cli.main(["summary", "--db", ""]) == 2
    err = capsys.readouterr().err
    assert "Adresse de base de données vide" in err
    assert "rien n'a été modifié" in err
    assert not (tmp_path / "council.db").exists()


def test_an_empty_console_identity_is_refused_not_the_secretariat(
    loaded_engine: Engine,
) -> None:
    """« console --as "$NOM" » with the variable unset spoke as the secretariat (its views, its
    drafts) as if --as had not been given."""
    with pytest.raises(ConsoleIdentityError, match="--as est vide"):
        console_scope(loaded_engine, "")
    assert console_scope(loaded_engine, None).member_id is None  # no --as: the secretariat
    assert console_scope(loaded_engine, "Degraix").member_id is not None


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://council:hunter2@127.0.0.1:port/council",  # a template's placeholder left
        "postgresql+psycopg://council:hunter2@[::1/council",  # an address missing its bracket
    ],
)
def test_a_db_url_whose_port_is_not_a_number_is_one_french_line(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLAlchemy reads such a port with int() and raised ValueError: the operator got a
    traceback. It is an address that cannot be read, said as such; never its password."""
    assert cli.main(["summary", "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Impossible d'ouvrir la base de données ")
    assert "cette adresse est illisible" in err
    assert "le port en chiffres" in err
    assert "rien n'a été modifié" in err
    assert "hunter2" not in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "url",
    ["sqlite://", "sqlite:///:memory:", "sqlite:///file:council?mode=memory&uri=true"],
)
def test_a_store_in_memory_is_refused_not_filled_and_lost(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """« import » into a store held in memory printed « 1 fichier importé » and kept nothing:
    the process ends, and the store with it."""
    monkeypatch.chdir(tmp_path)
    assert cli.main(["import", "--db", url, str(SAMPLE_EXTRACT)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "en mémoire" in err
    assert "rien n'a été modifié" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("  ", "espace"),
        ("council.db ", "espace"),
        (" council.db", "espace"),
        # SQLAlchemy warned in English that it ignores « mode » without « uri=true », and the
        # import the secretariat believed read-only wrote the store
        ("council.db?mode=ro", "« uri=true »"),
        ("council.db?cache=shared&immutable=1", "« uri=true »"),
    ],
)
def test_a_store_file_named_with_blank_space_at_an_end_or_unread_options_is_refused(
    path: str,
    said: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    recwarn: pytest.WarningsRecorder,
) -> None:
    """« --db "sqlite:///council.db " » (a space left in a quoted variable) created an empty
    store named « council.db  » beside the real one, and the import went there."""
    monkeypatch.chdir(tmp_path)
    assert cli.main(["import", "--db", f"sqlite:///{path}", str(SAMPLE_EXTRACT)]) == 2
    err = capsys.readouterr().err
    assert said in err
    assert "rien n'a été modifié" in err
    assert list(tmp_path.iterdir()) == []
    assert not [w for w in recwarn if "uri" in str(w.message)]


@pytest.mark.parametrize("scheme", ["SQLITE", "Sqlite+Pysqlite"])
def test_a_database_scheme_in_capitals_is_the_same_database(
    scheme: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A URL's scheme is read in any case (RFC 3986); « SQLITE:/// » was an unknown database."""
    monkeypatch.chdir(tmp_path)
    assert cli.main(["import", "--db", f"{scheme}:///council.db", str(SAMPLE_EXTRACT)]) == 0
    assert "1 fichier importé" in capsys.readouterr().out
    assert (tmp_path / "council.db").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["unlink", ""],
        ["grant-secretariat", " "],
        ["invite", "", "--bot-username", "conseil_bot"],
    ],
)
def test_an_empty_member_name_is_said_for_the_command_typed(
    argv: list[str], loaded_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    """« council-bot unlink "$NOM" » with the variable unset answered « --as est vide … omettez
    --as pour parler comme le secrétariat », an option the command does not have."""
    url = loaded_engine.url.render_as_string(hide_password=False)
    assert cli.main([*argv, "--db", url]) == 2
    err = capsys.readouterr().err
    assert "--as" not in err
    assert f"council-bot {argv[0]} " in err
    assert "nom" in err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["import", "{tmp}/absent.txt"], "fichier introuvable : vérifiez son chemin"),
        (["sheet", "2024-07-04", "--pdf", "{tmp}/no/such/folder/x.pdf"], "dossier introuvable"),
        (["sheet", "2024-07-04", "--pdf", "{tmp}"], "c'est un dossier"),
    ],
)
def test_what_the_system_refuses_is_said_in_french(
    argv: list[str],
    said: str,
    loaded_engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """« Impossible d'écrire x.pdf : No such file or directory », « fichier impossible à
    ouvrir (Is a directory) »: the system's own words, in English, inside a French line."""
    url = loaded_engine.url.render_as_string(hide_password=False)
    typed = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert cli.main([*typed, "--db", url]) != 0
    captured = capsys.readouterr()
    said_to_operator = captured.out + captured.err
    assert said in said_to_operator
    for english in ("No such file", "Is a directory", "Permission denied"):
        assert english not in said_to_operator


def test_a_store_that_is_not_one_is_said_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """« --db sqlite:///notes.txt », or a folder: « file is not a database », « unable to open
    database file », SQLite's own words, in a French line."""
    notes = tmp_path / "notes.txt"
    notes.write_text("pas une base\n" * 200, encoding="utf-8")
    for url, said in [
        (f"sqlite:///{notes}", "n'est pas une base SQLite"),
        (f"sqlite:///{tmp_path}", "fichier impossible à ouvrir ou à créer"),
    ]:
        assert cli.main(["summary", "--db", url]) == 2
        err = capsys.readouterr().err
        assert said in err
        assert "database" not in err.replace("base de données", "")


def test_a_settings_file_not_in_utf8_is_one_french_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .env saved by a Windows editor in its own encoding (« PRESIDENT_NAME=Gaël » in
    Latin-1) stopped every command with a UnicodeDecodeError traceback."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_bytes("PRESIDENT_NAME=Gaël PERDRIAU\n".encode("latin-1"))
    assert cli.main(["summary", "--db", f"sqlite:///{tmp_path / 'c.db'}"]) == 2
    err = capsys.readouterr().err
    assert "Le fichier .env n'est pas écrit en UTF-8" in err
    assert "Traceback" not in err
    assert "codec" not in err
    assert not (tmp_path / "c.db").exists()


@pytest.mark.parametrize(
    "url", ["pas-une-url", "bot.example.fr/telegram", "ftp://bot.example.fr/t", "https:///t"]
)
def test_a_webhook_address_that_is_none_is_refused_before_telegram_is_asked(
    url: str,
    loaded_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """« --webhook pas-une-url » (or the scheme forgotten) raised starlette's « Routed paths
    must start with '/' » as an uncaught traceback, after the bot had started."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:pas-un-vrai-jeton")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:9/bot")  # never reached
    db_url = loaded_engine.url.render_as_string(hide_password=False)
    assert cli.main(["run", "--webhook", url, "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert f"Adresse de webhook invalide : « {url} »" in err
    assert "Traceback" not in err
    monkeypatch.setenv("WEBHOOK_URL", url)
    assert cli.main(["run", "--db", db_url]) == 2
    assert "WEBHOOK_URL" in capsys.readouterr().err


def test_a_db_url_holding_bytes_that_are_not_utf8_is_one_french_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A path typed in a Latin-1 terminal reaches Python as lone surrogates: SQLAlchemy raised
    UnicodeEncodeError quoting it, a traceback."""
    typed = f"sqlite:///{tmp_path}/" + b"conseil-\xe9t\xe9.db".decode("utf-8", "surrogateescape")
    assert cli.main(["summary", "--db", typed]) == 2
    err = capsys.readouterr().err
    assert "Impossible d'ouvrir la base de données" in err
    assert "conseil-été.db" in err
    assert "Traceback" not in err


def test_a_file_whose_name_is_not_utf8_is_imported_under_its_name(
    tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file named on Windows (« délibération.txt » in cp1252, unpacked from an archive) was
    « erreur du programme en lisant ce fichier »: its name could not be stored."""
    name = b"d\xe9lib\xe9ration.txt".decode("utf-8", "surrogateescape")
    (tmp_path / name).write_bytes(SAMPLE_EXTRACT.read_bytes())
    url = engine.url.render_as_string(hide_password=False)
    assert cli.main(["import", str(tmp_path / name), "--db", url]) == 0
    out = capsys.readouterr().out
    assert "délibération.txt" in out
    assert "erreur du programme" not in out
    assert "1 fichier importé" in out


def test_an_empty_webhook_address_is_long_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    """« WEBHOOK_URL= » left empty in a .env copied from a template was taken for an address:
    Telegram, told « », deletes the webhook, and the server waited for updates that never came."""
    from bot.settings import Settings

    monkeypatch.setenv("WEBHOOK_URL", " ")
    assert Settings().webhook_url is None
    monkeypatch.setenv("WEBHOOK_URL", " https://bot.example.fr/telegram ")
    assert Settings().webhook_url == "https://bot.example.fr/telegram"


def test_a_bot_token_read_from_a_file_keeps_no_line_break(monkeypatch: pytest.MonkeyPatch) -> None:
    """« TELEGRAM_BOT_TOKEN=$(cat jeton.txt) » or a .env line ending in a space: the line break
    went into every request's URL (« Invalid non-printable ASCII character in URL », said as
    Telegram unreachable), a token of blank space was redacted from every log line's spaces."""
    from bot.settings import Settings

    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc-DEF_4\n")
    token = Settings().telegram_bot_token
    assert token is not None
    assert token.get_secret_value() == "123:abc-DEF_4"
    for blank in (" ", "\n", ""):
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", blank)
        assert Settings().telegram_bot_token is None  # said missing where one is needed


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TELEGRAM_BOT_TOKEN", "pas un jeton"),
        ("TELEGRAM_BOT_TOKEN", "https://api.telegram.org/bot123:abc"),
        ("TELEGRAM_API_URL", "pas une url"),
        ("TELEGRAM_API_URL", "127.0.0.1:8081/bot"),
        ("WEBHOOK_SECRET", "mon secret à moi"),  # Telegram takes A-Z, a-z, 0-9, _ and -
        ("WEBHOOK_SECRET", "x" * 257),  # and at most 256 of them
    ],
)
def test_a_setting_for_telegram_that_cannot_be_one_is_refused_at_start(
    name: str,
    value: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A token that is no token (a sentence, the whole URL pasted) or an API address that is
    no address met Telegram first: an English reason blaming the network, or a traceback."""
    monkeypatch.setenv(name, value)
    assert cli.main(["summary", "--db", f"sqlite:///{tmp_path / 'c.db'}"]) == 2
    err = capsys.readouterr().err
    assert f"Réglage invalide dans l'environnement ou le fichier .env : {name}." in err
    assert value not in err


def test_a_setting_left_blank_in_a_settings_file_is_its_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .env copied from a template keeps the settings it does not use, blank
    (« ADMIN_CHAT_ID= », « TIMEZONE= »): each stopped every command as « Réglage invalide ».
    A blank setting is one not given; the store's address is never guessed (« DATABASE_URL= »
    is refused, as « --db "" » is)."""
    monkeypatch.chdir(tmp_path)
    blank = [
        "ADMIN_CHAT_ID",
        "TIMEZONE",
        "WEBHOOK_PORT",
        "IMPORT_MAX_TEXT_MB",
        "ATTENDANCE_COUNTS_REPRESENTED",
        "WEBHOOK_SECRET",
        "PRESIDENT_NAME",
    ]
    for name in blank:
        monkeypatch.delenv(name, raising=False)
    (tmp_path / ".env").write_text("".join(f"{name}= \n" for name in blank), encoding="utf-8")
    assert cli.main(["summary", "--db", f"sqlite:///{tmp_path / 'c.db'}"]) == 0
    assert "Réglage invalide" not in capsys.readouterr().err
    from bot.settings import Settings

    settings = Settings()
    assert (settings.timezone, settings.admin_chat_id, settings.webhook_port) == (
        "Europe/Paris",
        None,
        8080,
    )
    assert settings.webhook_secret is None
    assert settings.president_name is None
    monkeypatch.setenv("DATABASE_URL", "")
    assert cli.main(["summary"]) == 2
    assert "Adresse de base de données vide" in capsys.readouterr().err


def test_a_member_named_on_the_command_line_with_lookalike_letters_is_that_member(
    loaded_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    """« invite "Dеgraix" » (a Cyrillic е, pasted from a message) was « Aucun membre ne
    s'appelle », where the assistant reads the same name typed in Telegram as DEGRAIX."""
    url = loaded_engine.url.render_as_string(hide_password=False)
    argv = ["invite", "D\u0435graix", "--bot-username", "conseil_bot", "--db", url]
    assert cli.main(argv) == 0
    assert "Transmettez ce lien" in capsys.readouterr().out
    assert console_scope(loaded_engine, "D\u0435GRAIX").member_id is not None


def test_words_typed_in_a_latin1_terminal_are_read_as_its_letters(
    loaded_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    """A terminal set to Latin-1 hands « fêtes » over as bytes that are not UTF-8, which Python
    keeps as lone surrogates: « --place "Salle des fêtes" » raised UnicodeEncodeError from the
    database (a traceback), « --body "Bureau Métropolitain" » and « invite BERGÈR » named
    nobody. They are read as that terminal's letters."""
    url = loaded_engine.url.render_as_string(hide_password=False)

    def typed(word: str) -> str:
        return word.encode("cp1252").decode("utf-8", "surrogateescape")

    create = ["sitting", "create", "--body", typed("Bureau Métropolitain"), "--db", url]
    place = ["--place", typed("Salle des fêtes")]
    assert cli.main([*create, "--at", "2027-05-11 17:00", *place]) == 0
    assert "Séance créée" in capsys.readouterr().out
    with db.session(loaded_engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2027, 5, 11))).one()
        assert sitting.place == "Salle des fêtes"
    invite = ["invite", typed("BERGÈR"), "--bot-username", "conseil_bot", "--db", url]
    assert cli.main(invite) == 0


def test_the_console_reads_a_latin1_script_as_its_letters(
    loaded_engine: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """« console --jsonl < questions.txt » with the file saved in Latin-1: « qui était
    présent » reached the assistant as « qui �tait pr�sent » and « /membre Degràix » as
    nobody; each line is read as its letters, as the command line's words are."""
    import io
    import json

    lines = "qui était présent le 4 juillet 2024 ?\n/membre Degràix\n".encode("cp1252")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines), encoding="utf-8"))
    url = loaded_engine.url.render_as_string(hide_password=False)
    assert cli.main(["console", "--as", "Berger", "--jsonl", "--db", url]) == 0
    asked, member = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert asked["in"] == "qui était présent le 4 juillet 2024 ?"
    assert "40 présents" in asked["replies"][0]["text"]
    assert member["replies"][0]["text"].startswith("M. Jean-Luc DEGRAIX")
