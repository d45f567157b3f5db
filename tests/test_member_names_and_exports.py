"""A member's printed name follows one rule, whatever line named them first (« sous la
présidence de Monsieur Gérard Mathevon », then « MM. Gérard MATHEVON, … »); and the console's
secretariat gets the attendance files: the body's ranking (« export csv de l'assiduité ») and
one sitting's roll call (« exporte les présences en csv » after that sitting)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.transport import Conversation, Reply
from storage import db
from storage.importer import Importer
from storage.models import Member
from storage.names import surname_in_capitals
from tests.helpers import text

DOCUMENTS = Path(__file__).parent / "fixtures" / "documents"


def _members(engine: Engine) -> list[str]:
    with db.session(engine) as session:
        return sorted(m.display_name for m in session.exec(select(Member)))


def test_the_chair_named_in_title_case_is_printed_as_the_roll_call_prints_the_others(
    engine: Engine,
) -> None:
    with db.session(engine) as session:
        report = Importer(session).import_file(
            DOCUMENTS / "syndicat-extrait-chair-title-case-list-capitals.txt"
        )
        assert report.status == "imported", report
    assert _members(engine) == [
        "M. Gérard MATHEVON",
        "M. Jordan da SILVA",
        "M. Paul DUMAS",
        "Mme Lucie VERNAY",
    ]


def test_names_never_printed_in_capitals_are_stored_as_the_others_and_two_people_stay_two(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "cr.txt"
    path.write_text(
        "Commune de Saint-Romain-les-Atheux\n"
        "Compte rendu du Conseil municipal\nSéance du 3 mars 2026\n"
        "La séance est ouverte sous la présidence de M. Paul Dumas, maire.\n"
        "Présents : M. Paul Dumas, M. Pierre Dumas, Mme Anne-Sophie Le Goff, M. Jean de Vaux.\n"
        "Secrétaire de séance : M. Pierre Dumas.\n"
        "1. Tarifs de la cantine scolaire\nAdopté à l'unanimité.\n",
        encoding="utf-8",
    )
    with db.session(engine) as session:
        assert Importer(session).import_file(path).status == "imported"
    assert _members(engine) == [
        "M. Jean de VAUX",
        "M. Paul DUMAS",
        "M. Pierre DUMAS",
        "Mme Anne-Sophie LE GOFF",
    ]


def test_a_surname_in_capitals_keeps_its_particles_in_lower_case() -> None:
    assert surname_in_capitals("Mathevon") == "MATHEVON"
    assert surname_in_capitals("da Silva") == "da SILVA"
    assert surname_in_capitals("d'Argent") == "d'ARGENT"
    assert surname_in_capitals("Costa e Silva") == "COSTA e SILVA"
    assert surname_in_capitals("Chaize-Royer") == "CHAIZE-ROYER"
    assert surname_in_capitals("LE GALL") == "LE GALL"


def _document(replies: list[Reply]) -> tuple[str, list[list[str]]]:
    [(name, content)] = [r.document for r in replies if r.document is not None]
    return name, list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


async def test_the_consoles_secretariat_gets_the_body_ranking_as_a_file(
    application,  # type: ignore[no-untyped-def]
) -> None:
    app, api = application
    app.bot_data.runtime.acting_as[910] = None  # the secretariat, as in the console
    secretariat = Conversation(app, api, 910, "Secrétariat")
    replies = await secretariat.send("je voudrais l'assiduité du bureau sous excel svp")
    assert "Seul un membre" not in text(replies)
    name, rows = _document(replies)
    assert name.startswith("assiduite-bureau-metropolitain-")
    assert rows[0][1] == "Membre"


async def test_a_sittings_attendance_as_a_spreadsheet_after_it_was_shown(
    application,  # type: ignore[no-untyped-def]
    degraix: Conversation,
) -> None:
    app, api = application
    app.bot_data.runtime.acting_as[911] = None
    secretariat = Conversation(app, api, 911, "Secrétariat")
    await secretariat.send("qui était absent au bureau du 4 juillet 2024 ?")
    name, rows = _document(await secretariat.send("le tableau csv de la séance stp"))
    assert name == "presences-bureau-metropolitain-2024-07-04.csv"
    assert rows[0] == ["Membre", "Statut", "Pouvoir donné à", "Pouvoir reçu de", "Suppléant"]
    by_name = {row[0]: row for row in rows[1:]}
    assert len(by_name) == 67
    assert by_name["M. Gilles ARTIGUES"][1:3] == ["Représenté", "M. Jean-Luc DEGRAIX"]
    assert by_name["M. Jean-Luc DEGRAIX"][3] == "M. Gilles ARTIGUES"
    assert by_name["M. Eric BERLIVET"][1] == "Absent excusé"
    # named outright, no sitting shown before: the last one held
    name, _ = _document(await secretariat.send("export des présents en CSV"))
    assert name == "presences-bureau-metropolitain-2024-07-04.csv"
    # a member is told the file is the secretariat's
    await degraix.send("qui était présent au bureau du 4 juillet 2024 ?")
    replies = await degraix.send("exporte les présences sous excel")
    assert not any(r.document for r in replies)
    assert "secrétariat" in text(replies)


async def test_the_spreadsheet_of_a_sitting_named_by_its_day_or_whose_roll_call_is_unknown(
    application,  # type: ignore[no-untyped-def]
) -> None:
    app, api = application
    app.bot_data.runtime.acting_as[912] = None
    secretariat = Conversation(app, api, 912, "Secrétariat")
    # a day without its year: the sitting held that day, as /feuille reads it
    name, _ = _document(await secretariat.send("les procurations du 4/07 sur excel"))
    assert name == "presences-bureau-metropolitain-2024-07-04.csv"
    # a past sitting no document gives the roll call of: said, no empty file
    replies = await secretariat.send("envoyez-moi les absents du conseil du 24/03/2022 en CSV")
    assert not any(r.document for r in replies)
    assert "ne sont pas publiées" in text(replies)
