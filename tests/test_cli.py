"""The secretariat's command line, run in-process on a real SQLite file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlmodel import select

from bot import cli
from bot.console import run_console
from bot.settings import Settings
from storage import db
from storage.models import AuditEntry, Invitation, Member, Sitting
from storage.parsing.extract import parse_extract
from storage.queries import store_counts
from tests.conftest import SAMPLE_EXTRACT, SAMPLE_SCDL


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'council.db'}"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_prints_a_summary_and_fails_on_a_bad_file(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    bad = tmp_path / "illisible.pdf"
    bad.write_bytes(b"not a pdf at all")
    status, out, _ = run(
        capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT), str(SAMPLE_SCDL), str(bad)
    )
    assert status == 1
    assert "✓" in out
    assert "illisible.pdf : PDF endommagé ou qui n'en est pas un" in out
    assert "67" in out
    # every number printed on several rows, in one sentence (it was a line per row of each)
    assert "numéros apparaissent chacun sur plusieurs lignes" in out
    assert "2022.00103 (lignes 25, 27)" in out
    assert out.count("2022.00103") == 1
    status, out, _ = run(capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT))
    assert status == 0
    assert "déjà importé" in out


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql+psycopg://council:hunter2@127.0.0.1:9/council", "127.0.0.1:9"),
        ("sqlite:////no/such/folder/council.db", "/no/such/folder"),
        ("council:hunter2@nowhere", "nowhere"),
    ],
)
def test_a_store_that_cannot_be_opened_is_one_french_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], url: str, shown: str
) -> None:
    status, out, err = run(capsys, "summary", "--db", url)
    assert status == 2
    assert out == ""
    assert err.startswith("Impossible d'ouvrir la base de données ")
    assert shown in err
    assert "hunter2" not in err
    assert "Traceback" not in err


def test_parse_json_has_the_promised_keys(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", str(SAMPLE_EXTRACT), "--json")
    assert status == 0
    data = json.loads(out)
    assert set(data) >= {
        "body", "sitting_date", "convened_on", "deliberation", "counts", "president", "secretary",
        "present", "absent_excused", "absent", "proxies", "funded_actions", "warnings",
    }  # fmt: skip
    assert data["sitting_date"] == "2024-07-04"
    assert data["convened_on"] == "2024-06-28"
    assert data["deliberation"]["number"] == "2024.00417"
    assert data["deliberation"]["outcome"] == "adopted"
    assert data["deliberation"]["unanimous"] is True
    added = {"present_or_represented": None, "absent": None, "not_voting": None}
    assert data["counts"] | added == {
        **added,
        "in_office": 67,
        "present": 40,
        "proxies": 6,
        "votes": 46,
        "quorum_printed": None,
    }
    assert data["president"] == {"last_name": "FAYOLLE", "first_name": "Sylvie", "civility": "Mme"}
    assert len(data["present"]) == 40
    assert len(data["absent_excused"]) == 21
    assert data["proxies"][0]["giver"]["last_name"] == "ARTIGUES"
    assert data["funded_actions"][0]["contribution"] == 94000
    assert data["warnings"] == []


def test_invitation_members_unlink_and_roles(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    run(capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT))
    status, out, _ = run(
        capsys, "invite", "--db", db_url, "Degraix", "--bot-username", "conseil_bot"
    )
    assert status == 0
    link = next(word for word in out.split() if word.startswith("https://t.me/conseil_bot?start="))
    token = link.split("start=")[1]
    assert 20 < len(token) <= 64
    engine = db.make_engine(db_url)
    with db.session(engine) as session:
        stored = session.exec(select(Invitation)).one()
        assert token not in stored.token_hash  # only the hash is kept
    status, _, err = run(
        capsys, "invite", "--db", db_url, "Gilles", "--bot-username", "conseil_bot"
    )
    assert status == 2
    assert "plusieurs membres" in err
    status, _, err = run(
        capsys, "invite", "--db", db_url, "Dupont", "--bot-username", "conseil_bot"
    )
    assert status == 2
    assert "Aucun membre" in err
    status, out, _ = run(capsys, "grant-secretariat", "--db", db_url, "Dallara")
    assert "secrétariat" in out
    with db.session(engine) as session:
        session.exec(
            select(Member).where(Member.last_name == "DEGRAIX")
        ).one().telegram_user_id = 42
        member = session.exec(select(Member).where(Member.last_name == "DEGRAIX")).one()
        member.telegram_user_id = 42
        session.add(member)
        session.commit()
    status, out, _ = run(capsys, "members", "--db", db_url)
    assert "✓ M. Jean-Luc DEGRAIX — compte relié" in out
    assert "M. Charles DALLARA (secrétariat)" in out
    run(capsys, "unlink", "--db", db_url, "Degraix")
    with db.session(engine) as session:
        assert (
            session.exec(select(Member).where(Member.last_name == "DEGRAIX"))
            .one()
            .telegram_user_id
            is None
        )
        assert {e.action for e in session.exec(select(AuditEntry))} >= {
            "member.invited",
            "member.unlinked",
            "member.secretariat",
        }


def test_sitting_create_audit_and_sheet(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    run(capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT))
    agenda = tmp_path / "odj.txt"
    agenda.write_text(
        "Approbation du procès-verbal\nContrat local des solidarités\n", encoding="utf-8"
    )
    status, out, _ = run(
        capsys, "sitting", "create", "--db", db_url, "--body", "Bureau Métropolitain",
        "--at", "2099-03-13 17:00", "--place", "Hôtel de métropole", "--agenda", str(agenda),
    )  # fmt: skip
    assert status == 0
    assert "vendredi 13 mars 2099 à 17 h 00" in out
    assert "67 membres en exercice" in out
    status, _, err = run(
        capsys, "sitting", "create", "--db", db_url, "--body", "Bureau", "--at", "2099-03-13 18:00"
    )
    assert status == 2
    assert "déjà une séance" in err
    status, _, err = run(
        capsys, "sitting", "create", "--db", db_url, "--body", "Bureau", "--at", "31/02"
    )
    assert status == 2
    status, out, _ = run(capsys, "audit", "--db", db_url)
    assert "sitting.created" in out
    status, out, _ = run(capsys, "sheet", "--db", db_url, "2024-07-04")
    assert status == 0
    assert "Nombre de voix : 46" in out


def test_an_agenda_typed_numbered_is_not_numbered_twice(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    """The agenda is shown numbered: a number typed before an item that is its own place, or a
    bullet, goes; a number that is not its place (« 4 bis », an agenda starting at 12) stays."""
    run(capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT))
    agenda = tmp_path / "odj.txt"
    agenda.write_text(
        "1. Approbation du procès-verbal\n\n2) Budget supplémentaire\nPoint 3 : Contrat de ville\n"
        "- Questions diverses\n4 bis. Vœu\n1.2 Sous-point\n7 - 14 juillet : feu d'artifice\n",
        encoding="utf-8",
    )
    status, _, _ = run(
        capsys, "sitting", "create", "--db", db_url, "--body", "Bureau Métropolitain",
        "--at", "2099-03-13 17:00", "--agenda", str(agenda),
    )  # fmt: skip
    assert status == 0
    with db.session(db.make_engine(db_url)) as session:
        agendas = [s.agenda for s in session.exec(select(Sitting)).all() if s.agenda]
    assert agendas == [
        [
            "Approbation du procès-verbal",
            "Budget supplémentaire",
            "Contrat de ville",
            "Questions diverses",
            "4 bis. Vœu",
            "1.2 Sous-point",
            "14 juillet : feu d'artifice",
        ]
    ]


def test_an_agenda_item_longer_than_an_item_may_be_is_refused(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    """The agenda item's limit is the same whichever way it is typed: a paragraph pasted as
    one line is refused by name, and no sitting is created."""
    run(capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT))
    agenda = tmp_path / "odj.txt"
    agenda.write_text("Budget\n" + "Convention de partenariat " * 50 + "\n", encoding="utf-8")
    status, _, err = run(
        capsys, "sitting", "create", "--db", db_url, "--body", "Bureau Métropolitain",
        "--at", "2099-03-13 17:00", "--agenda", str(agenda),
    )  # fmt: skip
    assert status == 2
    assert "pour 1000 au plus par point" in err
    with db.session(db.make_engine(db_url)) as session:
        assert not [s for s in session.exec(select(Sitting)).all() if s.held_on.year == 2099]


def test_sheet_round_trip_gives_back_the_same_sitting(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    """Import the sample, print its sheet, parse the sheet: the same sitting comes back."""
    run(capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT))
    _, sheet, _ = run(capsys, "sheet", "--db", db_url, "2024-07-04")
    original = parse_extract(SAMPLE_EXTRACT.read_text(encoding="utf-8"))
    again = parse_extract(sheet)
    assert again.body == original.body
    assert again.sitting_date == original.sitting_date
    assert again.convened_on == original.convened_on
    assert again.counts == original.counts
    assert again.president == original.president
    assert again.secretary == original.secretary
    assert sorted(again.present, key=str) == sorted(original.present, key=str)
    assert sorted(again.absent_excused, key=str) == sorted(original.absent_excused, key=str)
    assert sorted(again.proxies, key=str) == sorted(original.proxies, key=str)


def test_the_bundled_documents_fill_an_empty_store_and_only_an_empty_one(db_url: str) -> None:
    engine = cli.open_store(db_url)
    cli.load_bundled_samples(engine)
    with db.session(engine) as session:
        filled = store_counts(session=session)
    assert filled.deliberations > 0
    assert filled.members > 0
    cli.load_bundled_samples(engine)  # every console start: nothing read twice
    with db.session(engine) as session:
        assert store_counts(session=session) == filled


def test_a_console_on_an_empty_store_named_by_db_says_it_is_empty(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store named by --db is never filled with the bundled documents; the console said
    nothing, and every question was answered « aucun membre ne s'appelle … »."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["--db", db_url, "console"]) == 0
    assert "ne contient encore aucune délibération" in capsys.readouterr().err
    assert cli.main(["--db", db_url, "import", str(SAMPLE_EXTRACT)]) == 0
    capsys.readouterr()
    assert cli.main(["--db", db_url, "console"]) == 0
    assert "aucune délibération" not in capsys.readouterr().err


def test_a_store_of_other_documents_is_not_given_the_bundled_ones(db_url: str) -> None:
    engine = cli.open_store(db_url)
    assert cli.main(["--db", db_url, "import", str(SAMPLE_EXTRACT)]) == 0
    with db.session(engine) as session:
        own = store_counts(session=session)
    cli.load_bundled_samples(engine)
    with db.session(engine) as session:
        assert store_counts(session=session) == own


async def test_console_jsonl_drives_the_same_application(db_url: str) -> None:
    engine = cli.open_store(db_url)
    cli.load_bundled_samples(engine)
    stdin = io.StringIO(
        "/membre Michaud\nM. Patrick MICHAUD\nqui était absent le 4 juillet 2024 ?\n"
    )
    stdout = io.StringIO()
    status = await run_console(
        Settings(database_url=db_url),
        engine,
        as_member="Degraix",
        jsonl=True,
        stdin=stdin,
        stdout=stdout,
    )
    assert status == 0
    lines = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert [line["in"] for line in lines] == [
        "/membre Michaud",
        "M. Patrick MICHAUD",
        "qui était absent le 4 juillet 2024 ?",
    ]
    assert lines[0]["replies"][0]["buttons"] == [
        "M. Patrick MICHAUD",
        "Mme Christiane MICHAUD-FARIGOULE",
    ]
    assert lines[1]["replies"][0]["text"].startswith("M. Patrick MICHAUD")
    assert "21 absents excusés" in lines[2]["replies"][0]["text"]


def test_dates_are_read_as_the_secretariat_writes_them(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    run(capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT))
    for written in ("2024-07-04", "04/07/2024", "jeudi 4 juillet 2024"):
        status, out, err = run(capsys, "sheet", "--db", db_url, written)
        assert status == 0, err
        assert "Nombre de voix : 46" in out
    for unreadable in ("4 juillet", "31/02/2024", "demain"):
        status, out, err = run(capsys, "sheet", "--db", db_url, unreadable)
        assert status == 2
        assert out == ""
        assert err.startswith(f"Date illisible ou incomplète : « {unreadable} »")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["invite"], "council-bot invite : arguments manquants : NOM."),
        (["invite", "Degraix", "--days", "sept"], "--days attend un nombre entier, pas 'sept'"),
        (["sitting"], "council-bot sitting : arguments manquants : create|update."),
        (["summary", "--bogus"], "council-bot : arguments inconnus : --bogus."),
    ],
)
def test_a_malformed_command_is_one_french_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    out, err = capsys.readouterr()
    assert exited.value.code == 2
    assert out == ""
    assert said in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("body", ["", "  ", "Conseil régional"])
def test_a_body_is_never_guessed(
    capsys: pytest.CaptureFixture[str], db_url: str, body: str
) -> None:
    run(capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT))
    status, out, err = run(
        capsys, "sitting", "create", "--db", db_url, "--body", body, "--at", "2099-03-20 17:00"
    )
    assert status == 2
    assert out == ""
    assert err.startswith(f"Organe inconnu : « {body} »")


def test_a_body_asked_of_an_empty_store_says_how_to_fill_it(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    """Nothing imported yet: not « Organes connus : . » but what to do first."""
    status, out, err = run(
        capsys, "sitting", "create", "--db", db_url, "--body", "Bureau", "--at", "2099-03-20 17:00"
    )
    assert (status, out) == (2, "")
    assert "Organes connus" not in err
    assert "council-bot import" in err


@pytest.mark.parametrize(
    ("at", "created"),
    [
        ("2031-03-30 02:30", None),  # the clocks go from 2:00 to 3:00: no such time
        ("2031-03-30 02:00", None),
        ("2031-03-30 03:00", "dimanche 30 mars 2031 à 3 h 00"),
        ("2031-10-26 02:30", "dimanche 26 octobre 2031 à 2 h 30"),  # twice that night: kept
    ],
)
def test_a_sitting_at_an_hour_the_clocks_skip_is_refused(
    capsys: pytest.CaptureFixture[str], db_url: str, at: str, created: str | None
) -> None:
    run(capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT))
    status, out, err = run(
        capsys, "sitting", "create", "--db", db_url, "--body", "Bureau", "--at", at
    )
    if created is None:
        assert status == 2
        assert out == ""
        assert "n'existe pas à l'heure légale" in err
        assert "dimanche 30 mars 2031" in err
    else:
        assert status == 0
        assert created in out


def test_summary_says_what_the_store_holds_and_no_import(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    """« 0 fichier importé, 0 inchangé, 0 en erreur » before the totals read as a failed
    import: `summary` imports nothing, so it says nothing of files."""
    run(capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT))
    status, out, _ = run(capsys, "summary", "--db", db_url)
    assert status == 0
    assert out.strip().startswith("La base contient 1 organe, 67 membres, 1 séance")
    assert "fichier" not in out


async def _console(db_url: str, as_member: str, lines: str) -> list[dict[str, object]]:
    stdout = io.StringIO()
    engine = cli.open_store(db_url)
    status = await run_console(
        Settings(database_url=db_url),
        engine,
        as_member=as_member,
        jsonl=True,
        stdin=io.StringIO(lines),
        stdout=stdout,
    )
    assert status == 0
    return [json.loads(line) for line in stdout.getvalue().splitlines()]


async def test_each_member_speaks_from_their_own_account_in_the_console(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    """The console spoke from one Telegram account whoever it was opened « --as »: a proxy
    Artigues left to confirm was confirmed by Bonnet's « oui » on the same store."""
    cli.load_bundled_samples(cli.open_store(db_url))
    status, _, _ = run(
        capsys, "sitting", "create", "--db", db_url, "--body", "Bureau", "--at", "2099-03-20 17:00"
    )
    assert status == 0
    asked = await _console(db_url, "Gilles Artigues", "je donne pouvoir à Degraix\n")
    assert "Confirmez-vous" in str(asked[0]["replies"])
    other = await _console(db_url, "Bernard Bonnet", "oui\n/mes_pouvoirs\n")
    assert "ARTIGUES" not in str(other)
    mine = await _console(db_url, "Gilles Artigues", "oui\n/mes_pouvoirs\n")
    assert "DEGRAIX" in str(mine[1]["replies"])


def test_a_member_s_commune_is_noted_and_forgotten(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    assert run(capsys, "import", "--db", db_url, str(SAMPLE_EXTRACT))[0] == 0
    status, out, _ = run(capsys, "commune", "--db", db_url, "Rivat", "Saint-Marc")
    assert status == 0
    assert "M. Jean-Paul RIVAT est noté délégué de Saint-Marc." in out
    with db.session(db.make_engine(db_url)) as session:
        assert session.exec(select(Member).where(Member.last_name == "RIVAT")).one().commune == (
            "Saint-Marc"
        )
    status, out, _ = run(capsys, "commune", "--db", db_url, "Rivat", " ")
    assert "La commune de M. Jean-Paul RIVAT n'est plus notée." in out
