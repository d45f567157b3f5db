"""The store of council documents, on SQLite and PostgreSQL: councils as entities, per-item
attendance and votes, several extracts of one sitting, and rows older than councils."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import Engine
from sqlmodel import func, select

from storage import db
from storage.importer import Importer
from storage.models import (
    Body,
    Council,
    Deliberation,
    ImportFinding,
    ItemAttendance,
    Member,
    Sitting,
)
from tests.conftest import SAMPLE_EXTRACT

DOCUMENTS = Path(__file__).parent / "fixtures" / "documents"

COMMUNE = """COMMUNE DE {name}
EXTRAIT DU REGISTRE DES DELIBERATIONS
SÉANCE DU CONSEIL MUNICIPAL DU 4 JUILLET 2024
N° 2024-{n}
BUDGET SUPPLÉMENTAIRE
Convocation du 27 juin 2024
Membres en exercice : 3
Présents : 2
Nombre de votants : 2
Etaient présents : M. Paul MARTIN, Mme Anne {other}
Absent : M. Luc PETIT
Après en avoir délibéré, le Conseil Municipal DECIDE :
Article 1 : approuve le budget.
Adopté à l'unanimité.
"""


def count(session, table, *where) -> int:  # type: ignore[no-untyped-def]
    return session.exec(select(func.count()).select_from(table).where(*where)).one()


def test_four_communes_are_four_councils_and_namesakes_stay_apart(
    engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "depot"  # (the store's own file lies in tmp_path: not a document)
    folder.mkdir()
    for n, name in enumerate(["VAUX", "ARCY", "MONS", "ULLY"]):
        path = folder / f"{name.lower()}.txt"
        path.write_text(COMMUNE.format(name=name, n=n, other=f"ROUX{n}"), encoding="utf-8")
    with db.session(engine) as session:
        reports = Importer(session).import_files([folder])
        assert [r.status for r in reports] == ["imported"] * 4, reports
        councils = session.exec(select(Council.name).order_by(Council.name)).all()
        assert councils == [
            "Commune de Arcy",
            "Commune de Mons",
            "Commune de Ully",
            "Commune de Vaux",
        ]
        assert count(session, Body, Body.name == "Conseil Municipal") == 4
        assert count(session, Sitting) == 4
        # « M. Paul MARTIN » in each commune is four people, one per council.
        martins = session.exec(select(Member).where(Member.last_name == "MARTIN")).all()
        assert len(martins) == 4
        assert len({m.council_id for m in martins}) == 4


def test_the_seed_belongs_to_saint_etienne_metropole(engine: Engine) -> None:
    with db.session(engine) as session:
        report = Importer(session).import_file(SAMPLE_EXTRACT)
        assert report.status == "imported", report.error
        council = session.exec(select(Council)).one()
        # The sample prints no SIREN (no préfecture ID either): none is invented.
        assert (council.name, council.kind, council.siren) == (
            "Saint-Etienne Métropole",
            "métropole",
            None,
        )
        assert session.exec(select(Body.council_id)).one() == council.id
        assert {m.council_id for m in session.exec(select(Member))} == {council.id}
        deliberation = session.exec(select(Deliberation)).one()
        assert (deliberation.present_count, deliberation.votes_count) == (40, 46)


@pytest.mark.parametrize(
    "printed", ["MÉTROPOLE DE SAINT-ÉTIENNE", "Saint-Étienne Métropole", "Metropole Saint Etienne"]
)
def test_a_metropole_named_with_its_kind_before_or_after_is_one_council(
    engine: Engine, tmp_path: Path, printed: str
) -> None:
    """« Métropole de Saint-Étienne » on an extract is Saint-Etienne Métropole: a second council
    was created (by the command line), or the extract refused (sent in the chat)."""
    text = SAMPLE_EXTRACT.read_text(encoding="utf-8")
    heading = "SEANCE DU BUREAU METROPOLITAIN DU 04 JUILLET 2024"
    path = tmp_path / "extrait.txt"
    path.write_text(
        text.replace(heading, f"{printed}\n{heading.replace('04', '11')}", 1).replace(
            "2024.00417", "2024.00517"
        ),
        encoding="utf-8",
    )
    with db.session(engine) as session:
        assert Importer(session).import_file(SAMPLE_EXTRACT).status == "imported"
        report = Importer(session).import_file(path)
        assert report.status == "imported", report.error
        assert [c.name for c in session.exec(select(Council))] == ["Saint-Etienne Métropole"]


def test_a_second_extract_of_a_sitting_is_data_not_a_conflict(
    engine: Engine, tmp_path: Path
) -> None:
    text = SAMPLE_EXTRACT.read_text(encoding="utf-8")
    second = (
        text.replace("2024.00417", "2024.00418")
        .replace("CONTRAT LOCAL DES SOLIDARITÉS - TROISIÈME TRANCHE", "TARIFS DES PISCINES")
        .replace("convoqué le 28 juin 2024", "convoqué le 27 juin 2024")
        .replace("Nombre de présents : 40", "Nombre de présents : 39")
        .replace("Nombre de voix : 46", "Nombre de voix : 45")
        .replace("M. Gilles THIZY \n", "\n")
        .replace("M. Daniel TORGUES", "M. Daniel TORGUES, M. Gilles THIZY")
    )
    path = tmp_path / "second.txt"
    path.write_text(second, encoding="utf-8")
    with db.session(engine) as session:
        importer = Importer(session)
        assert importer.import_file(SAMPLE_EXTRACT).status == "imported"
        report = importer.import_file(path)
        assert report.status == "imported", report.error
        codes = [f.code for f in report.findings]
        # Two convocation dates contradict each other; 39 present instead of 40 does not.
        assert "convocation_differs" in codes
        assert "sitting_fact_differs" not in codes
        assert "attendance_differs" not in codes
        assert count(session, Sitting) == 1
        sitting = session.exec(select(Sitting)).one()
        assert sitting.present_count == 40  # the roll call, from the first document
        later = session.exec(select(Deliberation).where(Deliberation.number == "2024.00418")).one()
        assert (later.present_count, later.votes_count) == (39, 45)
        thizy = session.exec(select(Member).where(Member.last_name == "THIZY")).one()
        changes = session.exec(
            select(ItemAttendance.member_id, ItemAttendance.kind).where(
                ItemAttendance.deliberation_id == later.id
            )
        ).all()
        assert (thizy.id, "away") in changes
        stored = session.exec(
            select(ImportFinding.params).where(ImportFinding.code == "convocation_differs")
        ).one()
        assert stored == {"stored": "2024-06-28", "printed": "2024-06-27"}


def test_minutes_store_each_item_with_its_attendance_and_vote(engine: Engine) -> None:
    with db.session(engine) as session:
        report = Importer(session).import_file(DOCUMENTS / "communaute-cr-surname-first.txt")
        assert report.status == "imported", report.error
        assert report.deliberations == 2
        first, second = session.exec(select(Deliberation).order_by(Deliberation.number)).all()  # type: ignore[arg-type]
        assert (first.votes_for, first.abstentions, first.outcome) == (15, 4, "adopted")
        assert (second.votes_for, second.votes_against) == (18, 1)
        durand = session.exec(select(Member).where(Member.last_name == "DURAND")).one()
        kinds = session.exec(
            select(ItemAttendance.kind).where(
                ItemAttendance.deliberation_id == second.id,
                ItemAttendance.member_id == durand.id,
            )
        ).all()
        assert kinds == ["arrived"]
        from storage import queries

        changes = queries.item_attendance(session=session, deliberation_id=second.id or 0)
        assert [p.name for p in changes["arrived"]] == ["Mme Marie DURAND"]
        assert count(session, ItemAttendance, ItemAttendance.deliberation_id == first.id) == 0
        council = session.exec(select(Council)).one()
        assert (council.kind, council.siren) == ("communauté de communes", "200012345")


def test_rows_older_than_councils_join_the_default_council(engine: Engine) -> None:
    config = db.alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO body (name, notice_days, proxy_deadline_minutes) "
                "VALUES ('Bureau Métropolitain', 5, 0)"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO member (last_name, first_name, role, created_at) VALUES "
                "('DEGRAIX', 'Jean-Luc', 'member', '2024-01-01'), "
                "('DEGRAIX', 'Jean-Luc', 'member', '2024-01-01')"
            )
        )
        # Rows that reference the rebuilt tables (SQLite rebuilds body and deliberation).
        connection.execute(
            sa.text(
                "INSERT INTO sitting (body_id, held_on, urgent) "
                "SELECT id, '2024-07-04', false FROM body"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO deliberation (number, sitting_id, title, title_key) "
                "SELECT '2024.00417', id, 'Contrat', 'contrat' FROM sitting"
            )
        )
    db.migrate(engine)
    with db.session(engine) as session:
        council = session.exec(select(Council)).one()
        assert council.name == "Saint-Etienne Métropole"
        assert session.exec(select(Body.council_id)).one() == council.id
        keys = sorted((m.identity_key or "") for m in session.exec(select(Member)) if m.council_id)
        assert keys == ["", "degraix|jeanluc"]  # a duplicate keeps no key, the upgrade passes


def test_a_member_sees_their_own_councils_sittings(engine: Engine, tmp_path: Path) -> None:
    from datetime import date

    from storage import queries

    folder = tmp_path / "depot"  # (the store's own file lies in tmp_path: not a document)
    folder.mkdir()
    for n, name in enumerate(["VAUX", "ARCY"]):
        path = folder / f"{name.lower()}.txt"
        path.write_text(COMMUNE.format(name=name, n=n, other=f"ROUX{n}"), encoding="utf-8")
    with db.session(engine) as session:
        Importer(session).import_files([folder])
        vaux = session.exec(select(Council).where(Council.name == "Commune de Vaux")).one()
        member = session.exec(
            select(Member).where(Member.last_name == "ROUX0")  # only in Vaux's document
        ).one()
        council_id = queries.council_of(session=session, member_id=member.id)
        assert council_id == vaux.id
        everywhere = queries.find_sitting(
            session=session, today=date(2024, 7, 4), on=date(2024, 7, 4)
        )
        assert len(everywhere) == 2
        own = queries.find_sitting(
            session=session, today=date(2024, 7, 4), on=date(2024, 7, 4), council_id=council_id
        )
        assert [s.body_id for s in own] == [
            session.exec(select(Body.id).where(Body.council_id == vaux.id)).one()
        ]
        rows = queries.sittings_between(
            session=session, start=date(2024, 1, 1), end=date(2024, 12, 31), council_id=council_id
        )
        assert len(rows) == 1
        body = queries.body_by_hint(session=session, hint="conseil", council_id=council_id)
        assert body is not None
        assert body.council_id == vaux.id


def test_a_communaute_named_by_its_initials_in_open_data_is_one_council(
    engine: Engine, tmp_path: Path
) -> None:
    """Open data names the collectivité « CC des Monts du Forez », its minutes « Communauté de
    communes des Monts du Forez »: two councils were stored, the sitting and its acts twice."""
    folder = tmp_path / "depot"
    folder.mkdir()
    (folder / "pv.txt").write_text(
        "COMMUNAUTÉ DE COMMUNES DES MONTS DU FOREZ\n"
        "CONSEIL COMMUNAUTAIRE DU 3 AVRIL 2025\n"
        "N° 2025-011 : Tarifs de la piscine intercommunale\n"
        "Membres en exercice : 3\nPrésents : 2\nNombre de votants : 2\n"
        "Etaient présents : M. Paul MARTIN, Mme Anne ROUX\nAbsent : M. Luc PETIT\n"
        "Adopté à l'unanimité.\n",
        encoding="utf-8",
    )
    (folder / "deliberations.csv").write_text(
        "COLL_NOM,DELIB_ID,DELIB_DATE,DELIB_OBJET,VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION\n"
        "CC des Monts du Forez,2025-011,2025-04-03,Tarifs de la piscine intercommunale,2,0,0\n",
        encoding="utf-8",
    )
    with db.session(engine) as session:
        reports = Importer(session).import_files([folder])
        assert [r.status for r in reports] == ["imported", "imported"], reports
        assert count(session, Council) == 1
