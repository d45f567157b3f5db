"""What a probe of the importer broke, on SQLite and PostgreSQL: a file fails alone and says why
in French, values fit their columns or become findings, open data commits in batches, a size
cap, two importers at once, subsidies in the store and in the bot's answers."""

from __future__ import annotations

import json
import sys
import threading
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import func, select

from bot.cli import import_documents, main
from bot.render import finding_text, render, to_plain_text
from bot.transport import Conversation
from storage import db
from storage.importer import Importer, ImportReport
from storage.models import (
    Council,
    Deliberation,
    FundedAction,
    ImportFinding,
    Member,
    Sitting,
)
from tests.conftest import SAMPLE_EXTRACT, SAMPLE_SCDL, member_id, running_application
from tests.helpers import sample_dated, text

OPENDATA = Path(__file__).parent / "fixtures" / "opendata"
REAL = Path(__file__).parents[2] / "shared" / "realdocs"
REAL_SUBSIDIES = REAL / "haute-garonne-departement_scdl-subventions.csv"
REAL_EXPORT = REAL / "saint-etienne-metropole_conseil_2022_scdl-deliberations_excel-export.csv"


def count(session, table, *where) -> int:  # type: ignore[no-untyped-def]
    return session.exec(select(func.count()).select_from(table).where(*where)).one()


def summary(reports: list[ImportReport]) -> str:
    """The secretariat's summary, as `council-bot import` prints it."""
    return to_plain_text(
        render(
            "import_summary",
            reports=reports,
            warnings=[[] for _ in reports],
            imported=0,
            unchanged=0,
            errors=0,
            store=None,
        )
    )


def second_extract(tmp_path: Path, convened: str = "27 juin 2024") -> Path:
    """Another deliberation of the seed's sitting, whose extract prints another convocation."""
    text = SAMPLE_EXTRACT.read_text(encoding="utf-8")
    path = tmp_path / "2024.00418.txt"
    path.write_text(
        text.replace("2024.00417", "2024.00418").replace("28 juin 2024", convened),
        encoding="utf-8",
    )
    return path


# -- a file fails alone ----------------------------------------------------------------------


def test_a_finding_with_dates_is_stored_and_the_batch_goes_on(
    engine: Engine, tmp_path: Path
) -> None:
    # Today's probe: the second extract's finding held two dates, its file failed with
    # « StatementError », and on PostgreSQL the files after it failed too.
    second = second_extract(tmp_path)
    with db.session(engine) as session:
        reports = Importer(session).import_files([SAMPLE_EXTRACT, second, SAMPLE_SCDL])
        assert [r.status for r in reports] == ["imported"] * 3, [r.error for r in reports]
        stored = session.exec(select(ImportFinding.params)).all()
        # Whatever the finding's wording, its params went through JSON: dates as text.
        assert stored
        assert all(json.loads(json.dumps(p)) == p for p in stored)
        assert count(session, Deliberation, Deliberation.number == "2024.00418") == 1
        assert count(session, Member) == 67


def test_every_failure_is_one_french_line(engine: Engine, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    big = tmp_path / "gros.csv"
    big.write_text(SAMPLE_SCDL.read_text(encoding="utf-8") * 6, encoding="utf-8")
    files = [OPENDATA / "budget-other-schema.csv", binary, big, tmp_path / "absent.pdf"]
    with db.session(engine) as session:
        importer = Importer(session)
        importer.max_text_bytes = 100_000  # the two samples are under 50 kB
        reports = importer.import_files([*files, SAMPLE_EXTRACT])
    assert [r.status for r in reports] == ["error"] * 4 + ["imported"]
    assert [r.error_code for r in reports[:4]] == [
        "not_open_data",
        "binary_file",  # the text reader's own reason, now coded
        "too_large",
        "unreadable_file",
    ]
    lines = summary(reports).splitlines()
    other, _, too_big, absent = (line for line in lines if line.startswith("✗"))
    assert other.endswith(
        "ce fichier n'est ni un fichier de délibérations ni de subventions (SCDL) "
        "(colonnes : exercice, chapitre, libelle, montant…)"
    )
    size = round(big.stat().st_size / 1000)
    assert f"fichier trop volumineux ({size} ko de texte, 100 ko au plus)" in too_big
    assert "fichier introuvable" in absent  # (never the system's English)
    for line in lines:
        assert "Error" not in line
        assert "illisible (StatementError)" not in line


def test_over_long_values_are_findings_with_their_row_and_column(engine: Engine) -> None:
    # PostgreSQL refused the whole file for one long cell, SQLite stored it: now both keep the
    # file and name the row and the column.
    with db.session(engine) as session:
        report = Importer(session).import_file(OPENDATA / "deliberations-damaged.csv")
        assert report.status == "imported", report.error
        too_long = [f.params for f in report.findings if f.code == "value_too_long"]
        assert too_long == [
            {"line": 5, "column": "DELIB_MATIERE_NOM", "length": 266, "limit": 200},
            {"line": 6, "column": "DELIB_ID", "length": 43, "limit": 32},
        ]
        assert report.deliberations == 3  # the row without a storable number is held back
        canteen = session.exec(select(Deliberation).where(Deliberation.number == "2022-016")).one()
        assert canteen.matter is None
        assert canteen.title == "Tarifs de la cantine"
        (sitting,) = session.exec(select(Sitting)).all()
        assert sitting.held_on.isoformat() == "2022-03-24"
        assert sitting.in_office == 19
        assert report.vote_reading == "schema"
        codes = {f.code for f in report.findings}
        assert {"siret_scientific", "excel_serial_dates", "blank_rows"} <= codes


def test_open_data_commits_in_batches(engine: Engine, tmp_path: Path) -> None:
    header = "COLL_NOM;DELIB_ID;DELIB_DATE;DELIB_OBJET\n"
    path = tmp_path / "lot.csv"
    path.write_text(
        header
        + "".join(
            f"Commune de Valfleury;2024.{n:05d};2024-07-04;Objet {n}\n" for n in range(1, 26)
        ),
        encoding="utf-8",
    )
    commits: list[int] = []
    sa.event.listen(engine, "commit", lambda _connection: commits.append(1))
    with db.session(engine) as session:
        importer = Importer(session)
        importer.batch_rows = 10
        report = importer.import_file(path)
        assert report.status == "imported"
        assert report.deliberations == 25
        # Three batches: another writer waits for ten rows at most, not for the file.
        assert len(commits) >= 3
        assert Importer(session).import_file(path).status == "unchanged"


def test_documents_are_stored_in_batches_and_one_that_fails_fails_alone(
    engine: Engine, tmp_path: Path
) -> None:
    """Documents given together share transactions; a document the store refuses (no body
    named: nothing to attach its sitting to) rolls its batch back, and the others are stored
    again without it, whatever their place around it."""
    refused = tmp_path / "sans-organe.txt"
    refused.write_text(
        "Séance du 4 juillet 2024\nDélibération n° 2024-001 : Tarifs de la cantine\n"
        "Présents : M. Jean DUPONT, Mme Anne BOIS\nAdopté à l'unanimité.\n",
        encoding="utf-8",
    )
    template = SAMPLE_EXTRACT.read_text(encoding="utf-8")
    extracts = []
    for n in range(1, 8):
        path = tmp_path / f"2024.0050{n}.txt"
        path.write_text(template.replace("2024.00417", f"2024.0050{n}"), encoding="utf-8")
        extracts.append(path)
    files = [*extracts[:3], refused, *extracts[3:6], SAMPLE_SCDL, extracts[6]]
    commits: list[int] = []
    sa.event.listen(engine, "commit", lambda _connection: commits.append(1))
    with db.session(engine) as session:
        importer = Importer(session)
        importer.batch_documents = 4
        reports = importer.import_files(files)
        assert [r.path for r in reports] == [str(f) for f in files]
        statuses = [r.status for r in reports]
        assert statuses == ["imported"] * 3 + ["error"] + ["imported"] * 5, reports
        assert reports[3].error_code is None or reports[3].error_code != "internal_error"
        assert all(r.sittings for r in reports if r.kind == "extract")
        numbers = [f"2024.0050{n}" for n in range(1, 8)]
        assert count(session, Deliberation, Deliberation.number.in_(numbers)) == 7  # type: ignore[attr-defined]
        assert count(session, Member) == 67  # one roll call, whichever batch stored it
        # The three before the refused one together, the three after it (the open-data file
        # closes their batch), the open-data file, the last one: never one per file, and the
        # refused document's neighbours are not split either.
        assert len(commits) == 4


def test_a_batch_whose_commit_fails_stores_each_document_alone(
    engine: Engine, tmp_path: Path
) -> None:
    """No document is to blame when the commit itself fails (here once, as a full disk or a
    dropped connection would): each is stored again in its own transaction."""
    template = SAMPLE_EXTRACT.read_text(encoding="utf-8")
    files = []
    for n in range(1, 4):
        path = tmp_path / f"2024.0060{n}.txt"
        path.write_text(template.replace("2024.00417", f"2024.0060{n}"), encoding="utf-8")
        files.append(path)
    refused: list[int] = []

    def refuse_first_commit(_session: object) -> None:
        if not refused:
            refused.append(1)
            raise sa.exc.OperationalError("COMMIT", {}, Exception("disk I/O error"))

    with db.session(engine) as session:
        sa.event.listen(session, "before_commit", refuse_first_commit)
        reports = Importer(session).import_files(files)
        assert refused == [1]
        assert [r.status for r in reports] == ["imported"] * 3, reports
        assert count(session, Sitting) == 1
        assert count(session, Member) == 67


# -- two importers at once -------------------------------------------------------------------


def test_two_importers_at_once_create_each_member_once(engine: Engine, tmp_path: Path) -> None:
    # Each importer is ready (its store open, its directory as it would read it) before
    # either writes: without the write lock both saw no member and both created 67.
    copy = tmp_path / "copie.txt"
    copy.write_text(SAMPLE_EXTRACT.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    url = engine.url.render_as_string(hide_password=False)
    engines = [db.make_engine(url) for _ in range(2)]
    sessions = [db.session(e) for e in engines]
    importers = [Importer(s) for s in sessions]
    start = threading.Barrier(2)
    reports: dict[int, ImportReport] = {}

    def run(index: int, path: Path) -> None:
        start.wait()
        reports[index] = importers[index].import_file(path)

    threads = [
        threading.Thread(target=run, args=(i, p)) for i, p in enumerate([SAMPLE_EXTRACT, copy])
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for s, e in zip(sessions, engines, strict=True):
        s.close()
        e.dispose()
    assert [reports[i].status for i in (0, 1)] == ["imported", "imported"], reports
    with db.session(engine) as session:
        assert count(session, Member) == 67
        assert count(session, Sitting) == 1


# -- subsidies -------------------------------------------------------------------------------


def test_subsidies_are_funded_actions_linked_when_their_decision_is_known(
    engine: Engine,
) -> None:
    with db.session(engine) as session:
        importer = Importer(session)
        assert importer.import_file(SAMPLE_EXTRACT).status == "imported"
        report = importer.import_file(OPENDATA / "subsidies-damaged.csv")
        assert report.status == "imported", report.error
        assert report.kind == "subsidies"
        assert (report.subsidies, report.linked_subsidies) == (2, 1)
        bike = session.exec(
            select(FundedAction).where(FundedAction.carrier == "ASSOCIATION LES AMIS DU VÉLO")
        ).one()
        deliberation = session.exec(
            select(Deliberation).where(Deliberation.number == "2024.00417")
        ).one()
        assert bike.deliberation_id == deliberation.id
        assert bike.contribution == Decimal("12500.00")
        assert bike.grantor == "Saint-Etienne Métropole"
        assert bike.grantor_siret == "24420077000117"
        assert bike.convention_date is not None
        assert bike.convention_date.isoformat() == "2024-07-04"
        handball = session.exec(
            select(FundedAction).where(FundedAction.carrier == "CLUB DE HANDBALL DE FIRMINY")
        ).one()
        assert handball.deliberation_id is None  # no reference: it stands on its own
        assert handball.carrier_siret is None  # « 4,41371E+13 » is not stored
        # The seed's own annex action is still there, beside the two subsidies.
        assert count(session, FundedAction) == 3
        codes = [f.code for f in report.findings]
        assert "duplicate_row" in codes
        assert "bad_amount" in codes


def test_a_corrected_subsidies_file_updates_its_rows(engine: Engine, tmp_path: Path) -> None:
    corrected = tmp_path / "subventions-corrigees.csv"
    corrected.write_text(
        (OPENDATA / "subsidies-damaged.csv")
        .read_text(encoding="utf-8")
        .replace("12 500,00 €", "13 000,00 €"),
        encoding="utf-8",
    )
    with db.session(engine) as session:
        importer = Importer(session)
        importer.import_file(OPENDATA / "subsidies-damaged.csv")
        assert importer.import_file(corrected).status == "imported"
        amounts = sorted(session.exec(select(FundedAction.contribution)).all())
        assert amounts == [Decimal("3000.00"), Decimal("13000.00")]


@pytest.mark.skipif(not REAL_SUBSIDIES.exists(), reason="../shared/realdocs is not here")
def test_the_real_subsidies_file_imports_once(engine: Engine) -> None:
    with db.session(engine) as session:
        report = Importer(session).import_file(REAL_SUBSIDIES)
        assert report.status == "imported", report.error
        assert report.subsidies == 68  # 69 rows, one without a beneficiary
        assert count(session, FundedAction) == 68
        assert count(session, FundedAction, FundedAction.deliberation_id.is_(None)) == 68  # type: ignore[union-attr]
        assert Importer(session).import_file(REAL_SUBSIDIES).status == "unchanged"


@pytest.mark.skipif(not REAL_EXPORT.exists(), reason="../shared/realdocs is not here")
def test_the_real_excel_export_imports_like_the_clean_file(engine: Engine) -> None:
    with db.session(engine) as session:
        report = Importer(session).import_file(REAL_EXPORT)
        assert report.status == "imported", report.error
        assert report.deliberations == 79
        assert count(session, Sitting) == 2
        assert (
            count(session, Deliberation, Deliberation.number == "2022.00028") == 1
        )  # « 2022,00028 »
        codes = [f.code for f in report.findings]
        assert codes.count("number_repaired") == 6
        assert {"siret_scientific", "blank_rows", "decimal_comma_numbers"} <= set(codes)


async def test_members_ask_about_subsidies_like_the_annex(engine: Engine) -> None:
    with db.session(engine) as session:
        reports = Importer(session).import_files(
            [SAMPLE_EXTRACT, SAMPLE_SCDL, OPENDATA / "subsidies-damaged.csv"]
        )
        assert all(r.status == "imported" for r in reports), reports
    async with running_application(engine) as (app, api):
        app.bot_data.runtime.acting_as[501] = member_id(engine, "DEGRAIX")
        member = Conversation(app, api, 501, "Jean-Luc")
        answer = text(await member.send("combien pour le club de handball ?"))
        assert "CLUB DE HANDBALL DE FIRMINY" in answer
        assert "Subvention de Saint-Etienne Métropole : 3 000 €" in answer
        answer = text(await member.send("/actions amis du vélo"))
        assert "12 500 €" in answer
        assert "Délibération n° 2024.00417" in answer
        # The annex's own action still reads as before.
        assert "94 000 €" in text(await member.send("combien pour AESIO ?"))


# -- the command line ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [SAMPLE_SCDL, OPENDATA / "subsidies-damaged.csv", OPENDATA / "deliberations-damaged.csv"],
)
def test_parse_json_works_on_open_data(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["rows"]
    assert all(isinstance(text, str) for row in payload["rows"] for text in row["findings"])


def test_the_import_summary_says_how_the_votes_were_read(
    engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [SAMPLE_SCDL, OPENDATA / "deliberations-damaged.csv"]
    assert import_documents(engine, paths, sys.stdout) == 0
    out = capsys.readouterr().out
    assert "VOTE_REEL comme les présents (usage de ce fichier" in out
    assert "VOTE_REEL comme les votants, selon le schéma (4 lignes le confirment" in out
    assert "copie exacte de la ligne 90" in out
    assert "SIRET écrit en notation scientifique" in out
    # SCDL does not name the body: the one used (the Conseil of the collectivité's kind) is
    # said, with the file's collectivity.
    assert (
        "Délibérations rattachées à l'organe « Conseil Municipal » "
        "(collectivité du fichier : Commune de Valfleury)"
    ) in out


def test_instalments_in_different_batches_stay_two_subsidies(
    engine: Engine, tmp_path: Path
) -> None:
    header = "nomAttribuant;dateConvention;nomBeneficiaire;objet;montant\n"
    row = "Commune de Valfleury;2024-03-01;Comité des fêtes;Fête de la musique;{}\n"
    path = tmp_path / "tranches.csv"
    path.write_text(header + row.format(500) + row.format(700), encoding="utf-8")
    with db.session(engine) as session:
        importer = Importer(session)
        importer.batch_rows = 1  # one row per transaction: the second tranche is alone
        report = importer.import_file(path)
        assert report.subsidies == 2
        amounts = sorted(session.exec(select(FundedAction.contribution)).all())
        assert amounts == [Decimal(500), Decimal(700)]


def test_a_value_too_long_for_the_store_is_said_on_both_databases(engine: Engine) -> None:
    # PostgreSQL refused it with a class name, SQLite stored it: now both refuse it, in French.
    with db.session(engine) as session:
        report = Importer(session, scdl_body="Conseil " * 20).import_file(SAMPLE_SCDL)
        assert (report.status, report.error_code) == ("error", "value_too_long")
        assert count(session, Deliberation) == 0
    line = summary([report])
    assert "une valeur (« Conseil Conseil Conseil Conseil Conseil… ») dépasse la taille " in line
    assert "(160 caractères, 120 au plus)" in line


def test_the_size_cap_is_a_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("IMPORT_MAX_TEXT_MB", "0.01")
    store = f"sqlite:///{tmp_path / 'cap.db'}"
    assert main(["import", "--db", store, str(SAMPLE_SCDL), str(SAMPLE_EXTRACT)]) == 1
    out = capsys.readouterr().out
    assert (
        "scdl-deliberations-saint-etienne-metropole-2022.csv : fichier trop volumineux "
        "(27 ko de texte, 10 ko au plus)"
    ) in out
    assert "1 fichier importé" in out


def test_parse_says_in_french_why_a_file_is_not_open_data(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["parse", str(OPENDATA / "budget-other-schema.csv"), "--json"]) == 1
    err = capsys.readouterr().err
    assert "budget-other-schema.csv : ce fichier n'est ni un fichier de délibérations" in err
    assert "illisible" not in err  # the reason, not a word that says nothing more


def test_numbers_too_large_for_their_columns_are_findings(engine: Engine, tmp_path: Path) -> None:
    # 10^13 € overflows NUMERIC(14, 2) on PostgreSQL (SQLite stores it): a finding, row kept.
    path = tmp_path / "montants.csv"
    path.write_text(
        "nomAttribuant;nomBeneficiaire;objet;montant\n"
        "Commune de Valfleury;Comité des fêtes;Fête;10000000000000\n"
        "Commune de Valfleury;Club de foot;Maillots;1500\n",
        encoding="utf-8",
    )
    votes = tmp_path / "votes.csv"
    votes.write_text(
        "COLL_NOM;DELIB_ID;DELIB_DATE;DELIB_OBJET;VOTE_EFFECTIF;VOTE_POUR;VOTE_CONTRE;"
        "VOTE_ABSTENTION\n"
        "Commune de Valfleury;2024-001;2024-07-04;Tarifs;29;99999999999;0;0\n",
        encoding="utf-8",
    )
    with db.session(engine) as session:
        importer = Importer(session)
        report = importer.import_file(path)
        assert report.status == "imported", report.error
        assert report.subsidies == 2
        (finding,) = [f for f in report.findings if f.code == "value_out_of_range"]
        assert finding.params == {"line": 2, "column": "montant", "value": "10000000000000"}
        amounts = sorted(session.exec(select(FundedAction.contribution)).all(), key=str)
        assert amounts == [Decimal(1500), None]
        report = importer.import_file(votes)
        assert report.status == "imported", report.error
        assert [f.code for f in report.findings] == ["bad_number"]
        assert session.exec(select(Deliberation.votes_for)).one() is None


@pytest.mark.skipif(not REAL_SUBSIDIES.exists(), reason="../shared/realdocs is not here")
async def test_members_ask_about_the_real_subsidies(engine: Engine) -> None:
    with db.session(engine) as session:
        reports = Importer(session).import_files([SAMPLE_EXTRACT, REAL_SUBSIDIES])
        assert all(r.status == "imported" for r in reports), reports
        # The file's grantors are councils of their own: a member of Roques asks about them.
        roques = session.exec(select(Council).where(Council.name == "Commune de Roques")).one()
        elected = Member(first_name="Anne", last_name="CASTEL", council_id=roques.id)
        session.add(elected)
        session.commit()
        assert elected.id is not None
    async with running_application(engine) as (app, api):
        app.bot_data.runtime.acting_as[502] = elected.id
        member = Conversation(app, api, 502, "Anne")
        answer = text(await member.send("combien pour le Tennis Roques Olympic Club ?"))
        assert "TENNIS ROQUES OLYMPIC CLUB" in answer
        assert "Subvention de la COMMUNE DE ROQUES : 2 400 €" in answer
        assert "Décision : DELIB 06FIN du 13-04-2017" in answer
        # A member of the métropole sees their own council's funded actions only.
        app.bot_data.runtime.acting_as[501] = member_id(engine, "DEGRAIX")
        metropole = Conversation(app, api, 501, "Jean-Luc")
        other = text(await metropole.send("combien pour le Tennis Roques Olympic Club ?"))
        assert "TENNIS ROQUES" not in other


def test_the_store_totals_agree_with_their_number() -> None:
    """« 1 délibération », « 1 membre » after a first small import; the plural beyond one."""
    store = SimpleNamespace(
        bodies=1, members=1, sittings=1, deliberations=1, funded_actions=0, findings=0
    )

    def summary() -> str:
        return to_plain_text(
            render(
                "import_summary",
                reports=[],
                warnings=[],
                imported=1,
                unchanged=0,
                errors=0,
                store=store,
            )
        )

    assert "1 organe, 1 membre, 1 séance, 1 délibération, 0 action financée" in summary()
    store.members, store.deliberations = 14, 2
    assert "14 membres, 1 séance, 2 délibérations," in summary()


def test_a_sitting_dated_in_the_future_is_said(engine: Engine, tmp_path: Path) -> None:
    """A published document tells of a sitting held: « 04 JUILLET 2999 » is a misprint or a
    misreading; the document imports as printed, and the secretariat is told why to look."""
    with db.session(engine) as session:
        importer = Importer(session)
        report = importer.import_file(sample_dated(tmp_path, "2999"))
        assert report.status == "imported", report.error
        (finding,) = [f for f in report.findings if f.code == "sitting_in_future"]
        assert finding.params == {"held_on": "2999-07-04"}
        assert "2999-07-04" in finding_text(finding)
        assert "pas encore venu" in finding_text(finding)
        report = importer.import_file(SAMPLE_EXTRACT)
        assert not [f for f in report.findings if f.code == "sitting_in_future"]


@pytest.mark.parametrize(
    ("printed", "said", "not_said"),
    [
        ("Membres en exercice : 14\n", "le nombre de présents", "membres en exercice"),
        ("Nombre de présents : 3\n", "le nombre de membres en exercice", "nombre de présents"),
    ],
)
def test_the_import_summary_names_the_one_figure_not_printed(
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    printed: str,
    said: str,
    not_said: str,
) -> None:
    # One figure printed, the other not: the summary named both as missing.
    path = tmp_path / "pv.txt"
    path.write_text(
        "SYNDICAT DES EAUX DU HAUT-FOREZ\nComité syndical\nSéance du 14 octobre 2025\n"
        f"{printed}Présents : M. Alain FAURE, Mme Odile CHAZAL, M. Rémi BRUN\n\n"
        "Délibération 2025-031 – Prix de l'eau 2026\nAdoptée à l'unanimité.\n",
        encoding="utf-8",
    )
    assert import_documents(engine, [path], sys.stdout) == 0
    missing = next(line for line in capsys.readouterr().out.splitlines() if "manque :" in line)
    assert said in missing
    assert not_said not in missing
