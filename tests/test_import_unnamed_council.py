"""A document that names no collectivité is never filed under another council by a guess,
and a page that only mentions a sitting (a web error page, a cover sheet) is not a sitting:
both refused with a reason the secretariat can act on, the rest of the batch imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.importer import Importer
from storage.models import Council, Member, Sitting
from storage.parsing.extract import parse_extract
from tests.documents import flattened as flatten

NAMED = """COMMUNE DE VERCHAMPS-LES-ORMES

PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 6 FÉVRIER 2025

Présents : M. Olivier GARNIER, Mme Sandrine FAURE, M. Yann LECLERC.
Secrétaire de séance : Mme Sandrine FAURE

1 - Tarifs de la bibliothèque
Délibération n° 2025-004
Adopté à l'unanimité.
"""

# No council anywhere: the heading names the body and the date only.
UNNAMED = """PROCÈS-VERBAL
Séance ordinaire du conseil municipal du jeudi 13 février 2025 à 19 heures

Étaient présents : Mme Paule BRUNET, M. Gaston TESSIER, Mme Irène VIDAL, M. Noé ROCHE.
Pouvoirs : M. Luc BARBIER donne pouvoir à Mme Paule BRUNET.
Secrétaire de séance : M. Noé ROCHE

1. Subvention au comité des fêtes
Délibération n° 2025-011
Pour : 5 - Contre : 0 - Abstention : 0
"""

ERROR_PAGE = (
    "<!doctype html><html><head><title>Erreur 404</title></head><body>"
    "<h2>Document introuvable</h2><p>Le compte rendu du conseil communautaire du "
    "9 juin 2025 a été déplacé.</p></body></html>"
)

COVER_SHEET = """Mairie

Conseil municipal du 2 octobre 2025

Dossier de séance
"""


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_a_batch_never_files_an_unnamed_document_under_another_of_its_councils(
    engine: Engine, tmp_path: Path
) -> None:
    paths = [
        write(tmp_path, "verchamps.txt", NAMED),
        write(tmp_path, "sans-nom.txt", UNNAMED),
        write(tmp_path, "sans-nom-aplati.txt", flatten(UNNAMED)),
    ]
    with db.session(engine) as session:
        reports = Importer(session).import_files(paths)
    assert [r.status for r in reports] == ["imported", "error", "error"]
    for report in reports[1:]:
        assert report.error_code == "council_not_named"
        assert report.error_params["councils"] == ["Commune de Verchamps-les-Ormes"]
    with db.session(engine) as session:
        assert session.exec(select(Council.name)).all() == ["Commune de Verchamps-les-Ormes"]
        assert len(session.exec(select(Sitting)).all()) == 1
        names = set(session.exec(select(Member.last_name)).all())
    assert names == {"GARNIER", "FAURE", "LECLERC"}  # none of the unnamed PV's members


def test_an_unnamed_document_alone_in_an_empty_store_is_refused(
    engine: Engine, tmp_path: Path
) -> None:
    with db.session(engine) as session:
        report = Importer(session).import_file(write(tmp_path, "pv.txt", UNNAMED))
        assert (report.status, report.error_code) == ("error", "council_not_named")
        assert session.exec(select(Council)).all() == []


def test_an_unnamed_document_goes_to_the_one_council_the_store_served_and_says_so(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    with db.session(loaded_engine) as session:
        (served,) = session.exec(select(Council.name)).all()
        # A council this very batch creates first does not make the store's council a guess.
        reports = Importer(session).import_files(
            [write(tmp_path, "verchamps.txt", NAMED), write(tmp_path, "pv.txt", UNNAMED)]
        )
    assert [r.status for r in reports] == ["imported", "imported"]
    assert reports[1].council == served
    assert "council_not_found" in [f.code for f in reports[1].findings]


def test_a_page_that_only_mentions_a_sitting_is_not_one(engine: Engine, tmp_path: Path) -> None:
    paths = [
        write(tmp_path, "erreur.html", ERROR_PAGE),
        write(tmp_path, "garde.txt", COVER_SHEET),
        write(tmp_path, "verchamps.txt", NAMED),
    ]
    with db.session(engine) as session:
        reports = Importer(session).import_files(paths)
    assert [r.status for r in reports] == ["error", "error", "imported"]
    for report in reports[:2]:
        assert report.error_code in ("nothing_of_a_sitting", "not_a_document")
    with db.session(engine) as session:
        (sitting,) = session.exec(select(Sitting)).all()
    assert str(sitting.held_on) == "2025-02-06"


CAPITALS_HEADING = (
    "PROCES-VERBAL CONSEIL MUNICIPAL DE SAINT-GERVAIS-SUR-LIZON SEANCE DU 7 MAI 2025\n"
    """Présents : M. Rémi GUERIN, Mme Agathe MARCHAND.
Délibération n° 2025-21 Éclairage public Adopté à l'unanimité.
"""
)

LONG_SYNDICAT = (
    "SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU POTABLE ET D'ASSAINISSEMENT DES COTEAUX"
    " DU VAL-MORIN\n"
    """COMITÉ SYNDICAL DU 12 JUIN 2025
Présents : M. Hugo BRETON, Mme Lise COLLET.
Délibération n° 2025-08 Tarifs de l'eau Adopté à l'unanimité.
"""
)


@pytest.mark.parametrize("shape", ["lines", "flattened"])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (CAPITALS_HEADING, "Commune de Saint-Gervais-sur-Lizon"),
        (
            LONG_SYNDICAT,
            "Syndicat Intercommunal d'Adduction d'Eau Potable et d'Assainissement des Coteaux"
            " du Val-Morin",
        ),
        (UNNAMED, None),  # « conseil municipal du jeudi 13 février » names a day, not a commune
    ],
)
def test_the_heading_names_the_council_whole_or_not_at_all(
    text: str, name: str | None, shape: str
) -> None:
    extract = parse_extract(flatten(text) if shape == "flattened" else text)
    assert (extract.council.name if extract.council else None) == name


def test_a_commune_headed_ville_or_commune_is_one_council(engine: Engine, tmp_path: Path) -> None:
    """A town hall's extract says « Ville de X », its procès-verbal « Commune de X »: one
    collectivité, one sitting, one set of members (and « Villeneuve » stays another commune)."""
    ville = NAMED.replace("COMMUNE DE VERCHAMPS-LES-ORMES", "VILLE DE VERCHAMPS-LES-ORMES")
    other = NAMED.replace("COMMUNE DE VERCHAMPS-LES-ORMES", "COMMUNE DE VERCHAMPS-LES-PINS")
    paths = [
        write(tmp_path, "pv.txt", NAMED),
        write(tmp_path, "extrait.txt", ville.replace("2025-004", "2025-005")),
        write(tmp_path, "autre.txt", other),
    ]
    with db.session(engine) as session:
        reports = Importer(session).import_files(paths)
    assert [r.status for r in reports] == ["imported", "imported", "imported"]
    with db.session(engine) as session:
        councils = sorted(session.exec(select(Council.name)).all())
        assert councils == ["Commune de Verchamps-les-Ormes", "Commune de Verchamps-les-Pins"]
        assert len(session.exec(select(Sitting)).all()) == 2
        assert len(session.exec(select(Member)).all()) == 6
