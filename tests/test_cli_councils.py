"""The command line and the console when the store holds two councils: a date that matches
sittings of both is asked about (--council), never answered with the first; a member in the
console sees their own council, as in the bot."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import date

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import cli
from bot.console import ConsoleCouncilError, console_scope, run_console
from bot.settings import Settings
from storage import db
from storage.models import Attendance, AttendanceStatus, Body, Council, Member, Role, Sitting
from tests.test_councils_scoping import add_firminy

SEED_DAY = "2024-07-04"  # the Bureau Métropolitain sat that day; Firminy's council too, here


@pytest.fixture
def url(loaded_engine: Engine) -> str:
    """The sample (Saint-Étienne Métropole) and Firminy, whose Conseil Municipal also sat on
    4 July 2024 (Zoé MARTINVILLE present)."""
    add_firminy(loaded_engine)
    with db.session(loaded_engine) as session:
        body = session.exec(select(Body).where(Body.name == "Conseil Municipal")).one()
        sitting = Sitting(body_id=body.id or 0, held_on=date(2024, 7, 4), in_office=29)
        session.add(sitting)
        session.flush()
        zoe = session.exec(select(Member).where(Member.last_name == "MARTINVILLE")).one()
        session.add(
            Attendance(
                sitting_id=sitting.id or 0,
                member_id=zoe.id or 0,
                status=AttendanceStatus.present,
            )
        )
        session.commit()
    return loaded_engine.url.render_as_string(hide_password=False)


def metropole(url: str) -> str:
    with db.session(db.make_engine(url)) as session:
        names = session.exec(select(Council.name).where(Council.name != "Commune de Firminy"))
        return names.one()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("command", ["sheet", "convocation-report"])
def test_a_day_two_councils_sat_is_asked_about(
    capsys: pytest.CaptureFixture[str], url: str, command: str
) -> None:
    status, out, err = run(capsys, command, "--db", url, SEED_DAY)
    assert status == 2
    assert out == ""
    assert err.startswith("Le jeudi 4 juillet 2024, plusieurs conseils ont siégé : "), err
    assert "Commune de Firminy" in err
    assert metropole(url) in err
    assert "Précisez lequel avec --council" in err
    assert "Traceback" not in err


def test_the_council_named_gives_its_own_sitting(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    status, firminy, err = run(capsys, "sheet", "--db", url, SEED_DAY, "--council", "Firminy")
    assert status == 0, err
    assert "MARTINVILLE" in firminy
    assert "DEGRAIX" not in firminy
    status, bureau, err = run(capsys, "sheet", "--db", url, SEED_DAY, "--council", metropole(url))
    assert status == 0, err
    assert "DEGRAIX" in bureau
    assert "MARTINVILLE" not in bureau
    status, report, err = run(
        capsys, "convocation-report", "--db", url, SEED_DAY, "--council", "firminy"
    )
    assert status == 0, err
    assert "Conseil Municipal" in report
    # --body is read among the named council's bodies.
    status, _, err = run(
        capsys, "sheet", "--db", url, SEED_DAY, "--council", "Firminy", "--body", "Bureau"
    )
    assert status == 2
    assert err.startswith("Organe inconnu : « Bureau ». Organes connus : Conseil Municipal.")


def test_a_day_only_one_council_sat_needs_no_council(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    status, out, err = run(capsys, "sheet", "--db", url, "2024-06-20")
    assert status == 0, err
    assert "MARTINVILLE" in out


def test_an_unknown_council_is_refused_with_the_list(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    status, out, err = run(capsys, "sheet", "--db", url, SEED_DAY, "--council", "Lyon")
    assert status == 2
    assert out == ""
    assert err.startswith("Conseil inconnu : « Lyon ». Conseils connus : Commune de Firminy, ")
    assert metropole(url) in err


def console(engine: Engine, as_member: str, *lines: str) -> list[str]:
    out = io.StringIO()
    status = asyncio.run(
        run_console(
            Settings(database_url="sqlite://"),
            engine,
            as_member=as_member,
            jsonl=True,
            stdin=io.StringIO("".join(f"{line}\n" for line in lines)),
            stdout=out,
        )
    )
    assert status == 0
    return [
        "\n".join(reply["text"] for reply in json.loads(line)["replies"])
        for line in out.getvalue().splitlines()
    ]


def test_the_console_shows_a_member_their_own_council(url: str, loaded_engine: Engine) -> None:
    asked = ("/seances", "qui était présent le 4 juillet 2024 ?")
    sittings, present = console(loaded_engine, "Zoé Martinville", *asked)
    assert "Conseil Municipal" in sittings
    assert "Bureau Métropolitain" not in sittings
    assert "MARTINVILLE" in present
    assert "DEGRAIX" not in present
    sittings, present = console(loaded_engine, "Jean-Luc Degraix", *asked)
    assert "Bureau Métropolitain" in sittings
    assert "Conseil Municipal" not in sittings
    assert "Jean-Luc DEGRAIX" in present
    assert "MARTINVILLE" not in present


def test_a_member_named_in_two_councils_is_picked_by_council(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    """« Degraix » sits at the métropole and at Firminy: a command naming a member is refused
    as ambiguous, and --council picks the one of that council."""
    status, out, err = run(capsys, "grant-secretariat", "--db", url, "Degraix")
    assert status == 2
    assert "désigne plusieurs membres" in err
    assert "--council" in err
    status, out, err = run(
        capsys, "grant-secretariat", "--db", url, "Degraix", "--council", "Firminy"
    )
    assert status == 0, err
    assert "Paul DEGRAIX" in out
    with db.session(db.make_engine(url)) as session:
        granted = session.exec(select(Member).where(Member.role == Role.secretariat)).all()
        assert [(m.first_name, m.last_name) for m in granted] == [("Paul", "DEGRAIX")]
    status, out, err = run(capsys, "unlink", "--db", url, "Martinville", "--council", "Lyon")
    assert status == 2
    assert err.startswith("Conseil inconnu : « Lyon »")
    status, out, err = run(capsys, "unlink", "--db", url, "Berger", "--council", "Firminy")
    assert status == 2
    assert "Aucun membre ne s'appelle « Berger » au conseil « Commune de Firminy »" in err


def test_a_sitting_is_created_for_the_council_named(
    capsys: pytest.CaptureFixture[str], url: str, loaded_engine: Engine
) -> None:
    with db.session(loaded_engine) as session:  # the métropole gets a body of the same name
        metro = session.exec(select(Council).where(Council.name != "Commune de Firminy")).one()
        session.add(Body(name="Conseil Municipal", council_id=metro.id))
        session.commit()
    at = ("--body", "Conseil Municipal", "--at", "2099-01-15 18:00")
    status, out, err = run(capsys, "sitting", "create", "--db", url, *at)
    assert (status, out) == (2, "")  # two bodies of that name: never the first one found
    status, out, err = run(capsys, "sitting", "create", "--db", url, *at, "--council", "Firminy")
    assert status == 0, err
    assert "Conseil Municipal" in out
    with db.session(loaded_engine) as session:
        created = session.exec(select(Sitting).where(Sitting.held_on == date(2099, 1, 15))).one()
        body = session.get(Body, created.body_id)
        assert body is not None
        firminy = session.exec(select(Council).where(Council.name == "Commune de Firminy")).one()
        assert body.council_id == firminy.id


def test_a_council_name_matching_two_is_said_to_match_two(
    capsys: pytest.CaptureFixture[str], url: str, loaded_engine: Engine
) -> None:
    """« in » is in « Saint-Etienne » and in « Firminy »: it was « Conseil inconnu »."""
    status, out, err = run(capsys, "sheet", "--db", url, SEED_DAY, "--council", "in")
    assert status == 2
    assert out == ""
    assert err.startswith("« in » désigne plusieurs conseils : donnez-en le nom entier.")
    with pytest.raises(ConsoleCouncilError, match="« in » désigne plusieurs conseils"):
        console_scope(loaded_engine, "LAGET", "in")
