"""Open data goes to the council it names: COLL_NOM / COLL_SIRET of SCDL délibérations and
nomAttribuant / idAttribuant of subventions, by SIREN then by name, on both databases."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.importer import Importer
from storage.models import Body, Council, Deliberation, FundedAction, Sitting
from storage.parsing.heading import council_named
from storage.parsing.scdl import parse_scdl
from tests.conftest import SAMPLE_SCDL

SAINT_ETIENNE_SIREN = "244200770"
HEADER = "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_OBJET,VOTE_POUR,VOTE_CONTRE\n"
# The sample's first row: same number, same object, another collectivité.
SAMPLE_NUMBER = "2022.00028"


def siret(siren: str) -> str:
    """A SIRET of that SIREN whose Luhn key holds (the reader refuses any other)."""
    for last in range(100_000):
        candidate = f"{siren}{last:05d}"
        total = 0
        for position, char in enumerate(reversed(candidate)):
            n = int(char) * (2 if position % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            return candidate
    raise AssertionError(siren)


FIRMINY_SIRET = siret("214200998")


def sample_object() -> str:
    rows = parse_scdl(SAMPLE_SCDL.read_text(encoding="utf-8")).rows
    return next(r.deliberation.title for r in rows if r.deliberation.number == SAMPLE_NUMBER)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def commune_file(
    tmp_path: Path, *, name: str = "Commune de Firminy", with_siret: bool = True
) -> Path:
    title = sample_object().replace('"', '""')
    number = FIRMINY_SIRET if with_siret else ""
    return write(
        tmp_path,
        f"firminy-{with_siret}.csv",
        HEADER
        + f'{name},{number},{SAMPLE_NUMBER},2022-03-24,"{title}",29,0\n'
        + f'{name},{number},2022-015,2022-03-24,"Subvention au club de rugby",27,2\n',
    )


def import_all(engine: Engine, *paths: Path, **options: str) -> None:
    with db.session(engine) as session:
        reports = Importer(session, **options).import_files(list(paths))
        assert [r.status for r in reports] == ["imported"] * len(paths), reports


def councils(engine: Engine) -> dict[str, Council]:
    with db.session(engine) as session:
        return {c.name: c for c in session.exec(select(Council))}


def placed(engine: Engine, number: str) -> list[tuple[str, str, int | None]]:
    """Where each deliberation of that number went: (council, body, votes for)."""
    with db.session(engine) as session:
        rows = session.exec(
            select(Council.name, Body.name, Deliberation.votes_for, Deliberation.council_id)
            .join(Sitting, Sitting.id == Deliberation.sitting_id)  # type: ignore[arg-type]
            .join(Body, Body.id == Sitting.body_id)  # type: ignore[arg-type]
            .join(Council, Council.id == Body.council_id)  # type: ignore[arg-type]
            .where(Deliberation.number == number)
            .order_by(Council.name)
        ).all()
        for council, _, _, deliberation_council in rows:
            owner = session.exec(select(Council).where(Council.name == council)).one()
            assert deliberation_council == owner.id  # the act and its sitting agree
        return [(c, b, v) for c, b, v, _ in rows]


def test_names_say_the_kind_and_siret_the_siren() -> None:
    cases = {
        "Saint-etienne metropole (SEM)": ("Saint-etienne metropole", "métropole"),
        "COMMUNE DE ROQUES": ("Commune de Roques", "commune"),
        "Communauté de communes des Lisières de l'Oise": (None, "communauté de communes"),
        "Département de la Haute-Garonne": (None, "département"),
        "CONSEIL DEPARTEMENTAL DE LA LOIRE": ("Département de la Loire", "département"),
        "Conseil municipal de Firminy": ("Commune de Firminy", "commune"),
        "Conseil métropolitain de SEM": ("SEM", "métropole"),
        "Conseil régional d'Occitanie": ("Région Occitanie", "région"),
        "Ville de Lyon": (None, "commune"),
        "Syndicat intercommunal des eaux": (None, "syndicat"),
        "Région Auvergne-Rhône-Alpes": (None, "région"),
        "Pierrefonds": (None, None),
    }
    for printed, (name, kind) in cases.items():
        record = council_named(printed, None)
        assert record is not None
        assert (record.name, record.kind) == (name or printed, kind), printed
    assert council_named("Commune de Firminy", FIRMINY_SIRET).siren == "214200998"  # type: ignore[union-attr]
    assert council_named(None, None) is None


def test_the_sample_lands_in_saint_etienne_metropole_conseil(engine: Engine) -> None:
    import_all(engine, SAMPLE_SCDL)
    (council,) = councils(engine).values()
    assert (council.kind, council.siren) == ("métropole", SAINT_ETIENNE_SIREN)
    assert placed(engine, SAMPLE_NUMBER) == [(council.name, "Conseil Métropolitain", 101)]


def test_the_extract_and_the_sample_are_one_council(loaded_engine: Engine) -> None:
    found = councils(loaded_engine)
    assert len(found) == 1, found
    (council,) = found.values()
    assert council.siren == SAINT_ETIENNE_SIREN
    with db.session(loaded_engine) as session:
        bodies = session.exec(select(Body.name, Body.council_id).order_by(Body.name)).all()
    assert bodies == [("Bureau Métropolitain", council.id), ("Conseil Métropolitain", council.id)]


def test_another_commune_does_not_merge_into_saint_etienne(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    before = placed(loaded_engine, SAMPLE_NUMBER)
    import_all(loaded_engine, commune_file(tmp_path))
    firminy = councils(loaded_engine)["Commune de Firminy"]
    assert (firminy.kind, firminy.siren) == ("commune", "214200998")
    assert placed(loaded_engine, SAMPLE_NUMBER) == sorted(
        [*before, ("Commune de Firminy", "Conseil Municipal", 29)]
    )
    assert placed(loaded_engine, "2022-015") == [("Commune de Firminy", "Conseil Municipal", 27)]
    # Imported again without its SIRET, under its name in capitals: the same council.
    import_all(loaded_engine, commune_file(tmp_path, name="COMMUNE DE FIRMINY", with_siret=False))
    assert len(councils(loaded_engine)) == 2
    assert len(placed(loaded_engine, "2022-015")) == 1


def test_a_name_without_siret_finds_the_council_and_scdl_body_overrides(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "sem-bureau.csv",
        HEADER + 'SAINT-ETIENNE METROPOLE,,2022.B0001,2022-05-12,"Marché de voirie",12,0\n',
    )
    import_all(loaded_engine, path, scdl_body="Bureau Métropolitain")
    assert len(councils(loaded_engine)) == 1
    (council,) = councils(loaded_engine)
    assert placed(loaded_engine, "2022.B0001") == [(council, "Bureau Métropolitain", 12)]


def test_a_subsidy_links_to_its_grantors_deliberation_only(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    import_all(loaded_engine, commune_file(tmp_path))
    path = write(
        tmp_path,
        "subventions.csv",
        "nomAttribuant;idAttribuant;dateConvention;referenceDecision;idBeneficiaire;"
        "nomBeneficiaire;objet;montant\n"
        f"COMMUNE DE FIRMINY;{FIRMINY_SIRET};2022-04-01;Délibération {SAMPLE_NUMBER};;"
        "Rugby club;Saison 2022;2400\n"
        f"COMMUNE DE ROQUES;{siret('213104581')};2022-04-01;Délibération {SAMPLE_NUMBER};;"
        "Tennis club;Saison 2022;1200\n",
    )
    import_all(loaded_engine, path)
    with db.session(loaded_engine) as session:
        links = dict(
            session.exec(
                select(FundedAction.carrier, Council.name)
                .outerjoin(Deliberation, Deliberation.id == FundedAction.deliberation_id)  # type: ignore[arg-type]
                .outerjoin(Council, Council.id == Deliberation.council_id)  # type: ignore[arg-type]
                .where(FundedAction.subsidy_key.is_not(None))  # type: ignore[union-attr]
            ).all()
        )
    # Firminy's subsidy names Firminy's deliberation; Roques has none of that number.
    assert links == {"Rugby club": "Commune de Firminy", "Tennis club": None}
    roques = councils(loaded_engine)["Commune de Roques"]
    assert roques.kind == "commune"


REAL_EXPORT = (
    Path(__file__).parents[2]
    / "shared"
    / "realdocs"
    / "saint-etienne-metropole_conseil_2022_scdl-deliberations_excel-export.csv"
)


def test_one_collectivite_under_two_names_and_unnamed_rows_is_one_council(
    engine: Engine,
) -> None:
    """The real export names the métropole « Conseil métropolitain de SEM » and « Saint-etienne
    metropole (SEM) », its SIRET ruined by a spreadsheet, and most rows name nobody."""
    if not REAL_EXPORT.exists():
        import pytest

        pytest.skip("../shared/realdocs is not here")
    import_all(engine, REAL_EXPORT)
    (council,) = councils(engine).values()
    assert (council.name, council.kind) == ("Saint-etienne metropole", "métropole")
    with db.session(engine) as session:
        assert session.exec(select(Body.name)).all() == ["Conseil Métropolitain"]


def test_each_file_naming_no_collectivite_goes_to_the_store_council_and_says_so(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    header = "DELIB_ID,DELIB_DATE,DELIB_OBJET,VOTE_POUR,VOTE_CONTRE\n"
    paths = [
        write(tmp_path, f"anonyme-{n}.csv", header + f'2022.0090{n},2022-03-24,"Objet {n}",40,0\n')
        for n in (1, 2)
    ]
    with db.session(loaded_engine) as session:
        reports = Importer(session).import_files(paths)
    for report in reports:
        assert report.status == "imported", report.error
        assert [f.code for f in report.findings] == ["council_not_found"]
    (council,) = councils(loaded_engine)
    for n in (1, 2):
        assert placed(loaded_engine, f"2022.0090{n}") == [(council, "Conseil Métropolitain", 40)]
