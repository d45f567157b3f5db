"""A suppléant who sat for a titular, and the commune printed with a member, read from a
document and stored: the titular's seat is `replaced` with the suppléant's name on that row (the
suppléant is no member of the body, nor among its presents, and the printed count of presents
still counts the seat); the commune goes to `Member.commune` when the store has none, never over
one the secretariat set (that one is kept, and the other said). Every document is invented."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.render import finding_text
from storage import db
from storage.documents import Finding
from storage.importer import Importer
from storage.models import Attendance, AttendanceStatus, ImportFinding, Member
from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import printed, surnames

MINUTES = """SYNDICAT INTERCOMMUNAL D'ÉNERGIES DU HAUT-PILAT
Comité syndical
Procès-verbal de la séance du 14 avril 2026

Présents : Mme Irène VACHER (Jonzieux), M. Yves RAT – Tarentaise, Mme Claire PONS, représentée
par sa suppléante Mme Agathe RIVIER, M. Hugo LANDON (suppléant de M. Denis MURAT), M. Eric FAY.
Excusé : M. Denis MURAT.
Nombre de délégués en exercice : 6 ; présents : 5.

Secrétaire de séance : M. Eric FAY.

1 - Participation des communes 2026
Adopté à l'unanimité.
"""

BY_COMMUNE = """COMMUNAUTÉ DE COMMUNES DU HAUT-FOREZ
Conseil communautaire du 9 mars 2026
Délégués présents :
Marlhes : M. Paul ODIN, Mme Julie SERVE
Saint-Régis-du-Coin : M. Alain TERME
Suppléants : M. Noé VIDAL en remplacement de Mme Laure BRUN (Saint-Romain-les-Atheux)
Nombre de délégués en exercice : 4 ; présents : 4.

1 - Tarifs de la déchetterie
Adopté à l'unanimité.
"""


def _communes(text: str) -> dict[str, str]:
    return {fold(c.member.last_name): c.commune for c in parse_extract(text).communes}


def test_a_suppleant_fills_the_titulars_seat_and_is_no_member(shape: str) -> None:
    extract = parse_extract(printed(MINUTES, shape))
    assert surnames(extract.present) == ["fay", "rat", "vacher"]
    assert sorted(surnames(extract.replaced)) == ["murat", "pons"]
    assert sorted(
        (fold(s.titular.last_name), fold(s.substitute.last_name)) for s in extract.substitutions
    ) == [("murat", "landon"), ("pons", "rivier")]
    # the printed count of presents counts both seats: no mismatch said
    assert "present_count_mismatch" not in {f.code for f in extract.findings}


def test_a_commune_printed_with_a_member(shape: str) -> None:
    assert _communes(printed(MINUTES, shape)) == {"vacher": "Jonzieux", "rat": "Tarentaise"}
    communes = _communes(printed(BY_COMMUNE, "line-broken"))
    assert communes == {
        "odin": "Marlhes",
        "serve": "Marlhes",
        "terme": "Saint-Régis-du-Coin",
        "brun": "Saint-Romain-les-Atheux",  # the titular's, printed after the suppléant's
    }
    extract = parse_extract(BY_COMMUNE)
    assert [
        (fold(s.titular.last_name), fold(s.substitute.last_name)) for s in extract.substitutions
    ] == [("brun", "vidal")]
    assert "vidal" not in surnames(extract.present)


def _import(engine: Engine, tmp_path: Path, text: str) -> None:
    path = tmp_path / "pv.txt"
    path.write_text(text, encoding="utf-8")
    with db.session(engine) as session:
        [report] = Importer(session).import_files([path])
        assert report.status == "imported", report


def test_the_seat_and_the_commune_stored(engine: Engine, tmp_path: Path) -> None:
    _import(engine, tmp_path, MINUTES)
    with db.session(engine) as session:
        rows = session.exec(
            select(Member.last_name, Attendance.status, Attendance.substitute).join(Attendance)
        ).all()
        seats = {fold(name): (status, substitute) for name, status, substitute in rows}
        assert seats["pons"] == (AttendanceStatus.replaced, "Mme Agathe RIVIER")
        assert seats["murat"] == (AttendanceStatus.replaced, "M. Hugo LANDON")
        names = {fold(m.last_name): m.commune for m in session.exec(select(Member)).all()}
        assert "rivier" not in names
        assert "landon" not in names
        assert (names["vacher"], names["rat"]) == ("Jonzieux", "Tarentaise")
        # the secretariat says Mme VACHER is the delegate of another commune: kept
        [vacher] = session.exec(select(Member).where(Member.last_name == "VACHER")).all()
        vacher.commune = "Saint-Genest-Malifaux"
        session.commit()
    _import(engine, tmp_path, MINUTES.replace("14 avril", "12 mai"))
    with db.session(engine) as session:
        [vacher] = session.exec(select(Member).where(Member.last_name == "VACHER")).all()
        assert vacher.commune == "Saint-Genest-Malifaux"
        said = session.exec(
            select(ImportFinding).where(ImportFinding.code == "member_commune_differs")
        ).all()
        assert [f.params["printed"] for f in said] == ["Jonzieux"]
        text = finding_text(Finding(said[0].code, said[0].params))
        assert text.startswith("Mme Irène VACHER : commune")
        assert "Saint-Genest-Malifaux" in text
