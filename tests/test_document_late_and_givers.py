"""Two bookkeeping rules of the roll call, decided once:

- a member printed among the presents with « (arrivé(e) au point 4) » is absent for the items
  voted before and arrived from that item on, like a late-comer the list does not print; the
  sitting's roll call stays as printed, and its printed count may leave them out (the room at
  the opening) or count them (the list) without a finding either way;
- a proxy's giver also printed among the absents (« Excusés : X (pouvoir à Y) ») is
  absent-represented: the list keeps what is printed, the store keeps one status,
  « represented », and no count takes them twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from storage import db
from storage.checks import check_extract
from storage.documents import Extract
from storage.importer import Importer
from storage.models import Attendance, Member
from storage.names import fold
from storage.parsing.extract import parse_extract

SHAPES = ("lines", "flattened")

LATE = """SYNDICAT INTERCOMMUNAL DU COLLÈGE DE VAL-D'ARNON
Procès-verbal du comité syndical du 25 novembre 2025
Délégués en exercice : 10
Présents : {present}
Votants : {votes}

Présents : M. André BOUQUET, Mme Julie CHAPUT, M. René DESCOUT, Mme Laure ESTIVAL, M. Yves
FOUGÈRE (arrivé au point 3), Mme Nina GAUDRY, M. Serge HÉRAULT, Mme Lise IMBERT.
Absents : M. Paul JAMET, Mme Zoé KLEIN.
Secrétaire de séance : Mme Julie CHAPUT

1 - Budget primitif 2026
Délibération n° CS-2025-21
Adopté à l'unanimité.

2 - Participation des communes
Délibération n° CS-2025-22
Adopté à l'unanimité.

3 - Transport scolaire : avenant
Délibération n° CS-2025-23
Adopté à l'unanimité.

4 - Tableau des effectifs
Délibération n° CS-2025-24
Adopté à l'unanimité.
"""


def _read(text: str, shape: str) -> Extract:
    return parse_extract(" ".join(text.split()) if shape == "flattened" else text)


def _surnames(people: list) -> list[str]:
    return [fold(p.last_name) for p in people]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("present", "votes", "votes_for"),
    [
        # the figures of the opening: the late member is one vote more once he has come
        (7, 7, [7, 7, 8, 8]),
        # the figures of the list as printed: one vote less until he has come
        (8, 8, [7, 7, 8, 8]),
    ],
)
def test_a_late_member_of_the_roll_call_arrives_at_his_item(
    shape: str, present: int, votes: int, votes_for: list[int]
) -> None:
    extract = _read(LATE.format(present=present, votes=votes), shape)
    assert "fougere" in _surnames(extract.present)  # the roll call as printed
    assert [_surnames(item.away) for item in extract.items] == [["fougere"], ["fougere"], [], []]
    assert [_surnames(item.arrived) for item in extract.items] == [
        [],
        [],
        ["fougere"],
        ["fougere"],
    ]
    assert [item.deliberation.votes_for for item in extract.items] == votes_for
    codes = [f.code for f in check_extract(extract)]
    assert "present_count_mismatch" not in codes
    assert "item_quorum_not_met" not in codes


def test_a_wrong_count_is_still_told_beside_a_late_member() -> None:
    extract = _read(LATE.format(present=5, votes=5), "lines")
    assert "present_count_mismatch" in [f.code for f in check_extract(extract)]


GIVERS = """COMMUNE DE LUSIGNAC
Séance du conseil municipal du 8 décembre 2025
Conseillers en exercice : 9 - Présents : 5 - Pouvoirs : 2 - Votants : 7
Présents : M. Jean ABRY, Mme Rose BAUD, M. Luc COLLET, Mme Ida DUNAND, M. Guy FAVRE.
Excusés : M. Paul GIROD (pouvoir à M. Jean ABRY), Mme Anne HUGON (procuration à Mme Rose BAUD),
M. Marc ISNARD.
Absente : Mme Léa JOUBERT.
Délibération n° 2025-88 – Tarifs de l'eau
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_givers_among_the_excused_are_counted_once(shape: str) -> None:
    extract = _read(GIVERS, shape)
    assert sorted(
        (fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies
    ) == [
        ("girod", "abry"),
        ("hugon", "baud"),
    ]
    # 5 present + 2 proxies + ISNARD and JOUBERT absent = 9 in office: nothing twice
    assert check_extract(extract) == []
    assert extract.items[0].deliberation.votes_for == 7


def test_givers_among_the_excused_are_stored_represented(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "pv-lusignac.txt"
    path.write_text(GIVERS, "utf-8")
    with db.session(engine) as session:
        [report] = Importer(session).import_files([path])
        assert report.deliberations == 1
    with Session(engine) as session:
        rows = session.exec(
            select(Member.last_name, Attendance.status).join(
                Attendance,
                Attendance.member_id == Member.id,  # type: ignore[arg-type]
            )
        ).all()
    statuses = {fold(name): str(status) for name, status in rows}
    assert statuses["girod"] == statuses["hugon"] == "represented"
    assert statuses["isnard"] == "excused"
    assert statuses["joubert"] == "absent"
    assert sorted(statuses.values()).count("present") == 5
    assert len(statuses) == 9
