"""Lists of members follow French alphabetical order, whatever the case and accents the
documents print: a surname with a capital accent (« ÉMERY ») or a particle in lower case
(« Claire de LAVAL », « Paul d'ARGENT ») was listed after « VIAL », the database comparing code
points. Real SQLite and PostgreSQL, a document imported as the secretariat would."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.services import identity
from storage import db, lookups, queries
from storage.importer import Importer
from storage.models import Member, Sitting
from storage.names import alphabetical

MINUTES = """COMMUNE DE VALMONT-SUR-LOIRE
Séance du conseil municipal du mardi 14 octobre 2025
Date de convocation : 6 octobre 2025
Membres en exercice : 7 - Présents : 6 - Votants : 7
Présents : Mme Claire de LAVAL, M. Bruno VIAL, Mme Anne ÉMERY, M. Paul d'ARGENT,
M. Yann LE GALL, Mme Inès BARRE.
Pouvoirs : M. Luc ZAMBON à M. Bruno VIAL.
Secrétaire de séance : Mme Inès BARRE
Délibération n° 2025-031 : Tarifs de la cantine scolaire
Le conseil, après en avoir délibéré, à l'unanimité, adopte les tarifs.
"""
ORDER = ["d'ARGENT", "BARRE", "ÉMERY", "de LAVAL", "LE GALL", "VIAL"]


@pytest.mark.parametrize(
    ("last_name", "key"),
    [
        ("de LAVAL", "laval"),
        ("d'ARGENT", "argent"),
        ("d’ARGENT", "argent"),
        ("van der BERG", "berg"),
        ("LE GALL", "le gall"),  # a particle printed in capitals is part of the name
        ("DA SILVA", "da silva"),
        ("ÉMERY", "emery"),
        ("de", "de"),
    ],
)
def test_the_sort_key_leaves_out_a_particle_in_lower_case(last_name: str, key: str) -> None:
    assert alphabetical(last_name, "Anne") == (key, "anne")


def test_a_sitting_s_lists_and_the_directory_follow_alphabetical_order(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "pv.txt"
    path.write_text(MINUTES, encoding="utf-8")
    with db.session(engine) as session:
        assert [r.status for r in Importer(session).import_files([path])] == ["imported"]
        sitting = session.exec(select(Sitting)).one()
        view = queries.sitting_view(session=session, sitting_id=sitting.id or 0)
        present = [session.get(Member, p.member_id) for p in view.present]
        assert [m.last_name for m in present if m] == ORDER
        directory = identity.members_and_links(session, None)
        assert [m.last_name for m in directory] == [*ORDER[:-1], "VIAL", "ZAMBON"]
        body_members = lookups.seated(session, sitting.body_id)
        assert [m.last_name for m in body_members] == [*ORDER[:-1], "VIAL", "ZAMBON"]
