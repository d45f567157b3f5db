"""Funded actions belong to a council (migration 0007, the importer, the reads), and the console
without --as is honest about which council it answers for, on both databases."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import cli
from bot.console import run_console
from bot.settings import Settings
from storage import db
from storage.importer import Importer
from storage.models import Council, FundedAction
from tests.helpers import migrate
from tests.test_councils_scoping import add_firminy

FIRMINY_SIRET = "21420099800013"


def test_0007_gives_existing_actions_their_council_and_goes_down_and_up(engine: Engine) -> None:
    migrate(engine, "downgrade", "0006")
    with engine.begin() as connection:
        run = connection.execute
        run(sa.text("INSERT INTO council (id, name, siren) VALUES (1, 'Métropole', '244200770')"))
        run(sa.text("INSERT INTO council (id, name) VALUES (2, 'Commune de Firminy')"))
        run(
            sa.text(
                "INSERT INTO body (id, council_id, name, notice_days, proxy_deadline_minutes) "
                "VALUES (1, 2, 'Conseil Municipal', 5, 0)"
            )
        )
        run(
            sa.text("INSERT INTO sitting (id, body_id, held_on, urgent) VALUES (1, 1, :d, false)"),
            {"d": date(2024, 6, 20)},
        )
        run(
            sa.text(
                "INSERT INTO deliberation (id, council_id, number, sitting_id, title, title_key) "
                "VALUES (1, 2, '2024-050', 1, 'Rugby', 'rugby')"
            )
        )
        rows = [
            # an annex's action: its deliberation's council
            {"t": "Rugby des écoles", "d": 1, "g": None, "s": None, "k": None},
            # subsidies standing alone: the grantor's, by SIREN then by name
            {"t": "Escalade", "d": None, "g": "SEM", "s": "24420077000117", "k": "a"},
            {"t": "Festival", "d": None, "g": "COMMUNE DE FIRMINY", "s": None, "k": "b"},
            # naming no council: the store's first, where such a row has always gone
            {"t": "Anonyme", "d": None, "g": None, "s": None, "k": "c"},
        ]
        for row in rows:
            run(
                sa.text(
                    "INSERT INTO fundedaction (title, deliberation_id, grantor, grantor_siret, "
                    "subsidy_key) VALUES (:t, :d, :g, :s, :k)"
                ),
                row,
            )
    migrate(engine, "upgrade", "head")
    with engine.begin() as connection:
        owners = dict(
            connection.execute(sa.text("SELECT title, council_id FROM fundedaction")).all()
        )
    assert owners == {"Rugby des écoles": 2, "Escalade": 1, "Festival": 2, "Anonyme": 1}
    migrate(engine, "downgrade", "0006")
    migrate(engine, "upgrade", "head")
    with engine.begin() as connection:
        count = connection.execute(
            sa.text("SELECT count(*) FROM fundedaction WHERE council_id IS NULL")
        ).scalar_one()
    assert count == 0


def test_the_importer_writes_whose_money_it_is(loaded_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "subventions.csv"
    path.write_text(
        "nomAttribuant;idAttribuant;dateConvention;referenceDecision;idBeneficiaire;"
        "nomBeneficiaire;objet;montant\n"
        f"COMMUNE DE FIRMINY;{FIRMINY_SIRET};2022-04-01;;;Rugby club;Saison 2022;2400\n"
        "SAINT-ETIENNE METROPOLE;24420077000117;2022-04-01;;;Club alpin;Escalade;800\n",
        encoding="utf-8",
    )
    with db.session(loaded_engine) as session:
        reports = Importer(session).import_files([path])
    assert [r.status for r in reports] == ["imported"]
    with db.session(loaded_engine) as session:
        owners = {
            (action.carrier, action.deliberation_id is not None): name
            for action, name in session.exec(
                select(FundedAction, Council.name).join(
                    Council,
                    Council.id == FundedAction.council_id,  # type: ignore[arg-type]
                )
            ).all()
        }
        unowned = session.exec(select(FundedAction).where(FundedAction.council_id == None)).all()  # noqa: E711
    assert unowned == []
    assert owners[("Rugby club", False)] == "Commune de Firminy"
    metropole = owners[("Club alpin", False)]
    assert metropole != "Commune de Firminy"
    # The sample's annex is the métropole's, as its deliberation.
    annex = {name for (_, linked), name in owners.items() if linked}
    assert annex == {metropole}


# -- the console ------------------------------------------------------------------------------


def _console(engine: Engine, *lines: str, council: str | None = None) -> list[str]:
    out = io.StringIO()
    status = asyncio.run(
        run_console(
            Settings(database_url="sqlite://"),
            engine,
            as_member=None,
            council=council,
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


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_console_of_one_council_names_it(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        (name,) = session.exec(select(Council.name)).all()
    out = io.StringIO()
    status = asyncio.run(
        run_console(
            Settings(database_url="sqlite://"),
            loaded_engine,
            as_member=None,
            jsonl=False,
            stdin=io.StringIO(""),
            stdout=out,
        )
    )
    assert status == 0
    assert f"en tant que secrétariat, pour le conseil « {name} »" in out.getvalue()


def test_the_console_without_as_asks_which_council(
    capsys: pytest.CaptureFixture[str], loaded_engine: Engine
) -> None:
    add_firminy(loaded_engine)
    url = loaded_engine.url.render_as_string(hide_password=False)
    for extra in ([], ["--jsonl"]):
        status, out, err = _cli(capsys, "console", "--db", url, *extra)
        assert status == 2
        assert out == ""
        assert err.startswith("Le registre contient plusieurs conseils"), err
        assert "Commune de Firminy" in err
        assert "--council" in err
        assert "Traceback" not in err
    status, out, err = _cli(capsys, "console", "--db", url, "--council", "Lyon")
    assert status == 2
    assert err.startswith("Conseil inconnu : « Lyon ». Conseils connus : Commune de Firminy")


def test_the_console_answers_for_the_council_chosen(loaded_engine: Engine) -> None:
    add_firminy(loaded_engine)
    asked = ("/actions", "/seances", "/membre Degraix")
    actions, sittings, degraix = _console(loaded_engine, *asked, council="Firminy")
    assert "Rugby" in actions
    assert "Pertuiset" in actions
    assert "AESIO" not in actions
    assert "Alpin" not in actions
    assert "Conseil Municipal" in sittings
    assert "Bureau Métropolitain" not in sittings
    assert "Paul DEGRAIX" in degraix
    assert "Jean-Luc" not in degraix
    with db.session(loaded_engine) as session:
        metropole = session.exec(select(Council.name).where(Council.siren == "244200770")).one()
    actions, sittings, degraix = _console(loaded_engine, *asked, council=metropole)
    assert "AESIO" in actions
    assert "Alpin" in actions
    assert "Rugby" not in actions
    assert "Pertuiset" not in actions
    assert "Conseil Municipal" not in sittings
    assert "Jean-Luc DEGRAIX" in degraix


def test_the_console_as_a_member_of_the_council_named(
    capsys: pytest.CaptureFixture[str], loaded_engine: Engine
) -> None:
    add_firminy(loaded_engine)
    url = loaded_engine.url.render_as_string(hide_password=False)
    # Two DEGRAIX in the store: the council tells them apart.
    status, _, err = _cli(capsys, "console", "--db", url, "--as", "Degraix", "--jsonl")
    assert status == 2
    assert "plusieurs membres" in err
    assert "--council" in err
    status, _, err = _cli(
        capsys, "console", "--db", url, "--as", "Fayolle", "--council", "Firminy", "--jsonl"
    )
    assert status == 2
    assert (
        err.strip() == "Aucun membre ne s'appelle « Fayolle » au conseil « Commune de Firminy »."
    )
