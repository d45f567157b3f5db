"""Open-data rows that name no collectivité (COLL_NOM, COLL_SIRET, nomAttribuant empty) never
land in the store's first council by a guess: they go to the council the file names elsewhere
— its other rows, or the SIREN in its acts' préfecture IDs — and a file naming none anywhere
is refused with a reason, as a document naming none is (the store's one council excepted)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.importer import Importer
from storage.models import Council, Deliberation, FundedAction

# Two communes in the store: neither is « the » council of an unnamed file.
TWO_COMMUNES = (
    "COLL_NOM;COLL_SIRET;DELIB_ID;DELIB_DATE;DELIB_OBJET\n"
    "Commune de Valfleury;;2025-001;2025-02-03;Tarifs de la cantine\n"
    "Commune de Pélussin;;2025-101;2025-02-05;Vente d'un chemin rural\n"
)
UNNAMED = "DELIB_ID;DELIB_DATE;DELIB_OBJET;PREF_ID\n2025-044;2025-03-10;Travaux de voirie;{pref}\n"
PARTLY = (
    "COLL_NOM;DELIB_ID;DELIB_DATE;DELIB_OBJET\n"
    ";2025-120;2025-04-02;Columbarium\n"
    "Commune de Pélussin;2025-121;2025-04-02;Tarifs de l'eau\n"
    ";2025-122;2025-04-02;Subvention au club\n"
)
SUBSIDIES = (
    "nomAttribuant;nomBeneficiaire;objet;montant\n;Comité des fêtes;Fête de la musique;1500\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _councils_of(engine: Engine) -> dict[str, str]:
    """Each deliberation's number → its council's name."""
    with db.session(engine) as session:
        rows = session.exec(
            select(Deliberation.number, Council.name).join(
                Council,
                Council.id == Deliberation.council_id,  # type: ignore[arg-type]
            )
        ).all()
    return dict(rows)


def test_an_unnamed_file_among_several_councils_is_refused(engine: Engine, tmp_path: Path) -> None:
    first = _write(tmp_path, "deux.csv", TWO_COMMUNES)
    unnamed = _write(tmp_path, "sans-nom.csv", UNNAMED.format(pref=""))
    subsidies = _write(tmp_path, "subventions.csv", SUBSIDIES)
    with db.session(engine) as session:
        reports = Importer(session).import_files([first, unnamed, subsidies])
    assert [r.status for r in reports] == ["imported", "error", "error"]
    for report in reports[1:]:
        assert report.error_code == "council_not_named"
    assert "2025-044" not in _councils_of(engine)
    with db.session(engine) as session:
        assert session.exec(select(FundedAction)).all() == []
        assert len(session.exec(select(Council)).all()) == 2


def test_the_sirens_of_its_prefecture_ids_name_the_council(engine: Engine, tmp_path: Path) -> None:
    named = _write(
        tmp_path,
        "deux.csv",
        "COLL_NOM;COLL_SIRET;DELIB_ID;DELIB_DATE;DELIB_OBJET\n"
        "Commune de Valfleury;;2025-001;2025-02-03;Tarifs de la cantine\n"
        "Commune de Pélussin;21420168100019;2025-101;2025-02-05;Vente d'un chemin rural\n",
    )
    unnamed = _write(
        tmp_path, "sans-nom.csv", UNNAMED.format(pref="042-214201681-20250310-2025_044-DE")
    )
    with db.session(engine) as session:
        reports = Importer(session).import_files([named, unnamed])
    assert [r.status for r in reports] == ["imported", "imported"], reports[1].error
    assert _councils_of(engine)["2025-044"] == "Commune de Pélussin"  # not the first one


def test_unnamed_rows_go_to_the_council_the_file_names(engine: Engine, tmp_path: Path) -> None:
    first = _write(tmp_path, "deux.csv", TWO_COMMUNES)
    partly = _write(tmp_path, "pelussin.csv", PARTLY)
    with db.session(engine) as session:
        reports = Importer(session).import_files([first, partly])
    assert [r.status for r in reports] == ["imported", "imported"]
    placed = _councils_of(engine)
    assert {placed[n] for n in ("2025-120", "2025-121", "2025-122")} == {"Commune de Pélussin"}
    assert placed["2025-001"] == "Commune de Valfleury"


def test_an_unnamed_file_in_an_empty_store_is_refused(engine: Engine, tmp_path: Path) -> None:
    with db.session(engine) as session:
        report = Importer(session).import_file(_write(tmp_path, "x.csv", UNNAMED.format(pref="")))
        assert (report.status, report.error_code) == ("error", "council_not_named")
        assert session.exec(select(Council)).all() == []
