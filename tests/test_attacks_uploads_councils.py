"""Two councils in one store, a document sent in the conversation by one council's
secretariat, through the real Application: a document of the other council is refused, and
changes nothing of its sittings or members; a document naming no collectivité is the
sender's (it was refused as « ne nomme pas sa collectivité » once the store held two)."""

from __future__ import annotations

from datetime import date

from sqlmodel import col, func, select

from storage import db
from storage.models import Attendance, Body, Council, Deliberation, Member, Sitting
from tests.helpers import text
from tests.test_convocations import coming_sitting, no_per_chat_gap
from tests.test_councils_scoping import FIRMINY_DAY, add_firminy
from tests.test_sitting_orders import Desk, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared

FIRMINY_MINUTES = """COMMUNE DE FIRMINY
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du jeudi 20 juin 2024
Nombre de conseillers en exercice : 29
Présents : M. Hugo BESSON, Mme Claire TARDY
Absents : Mme Zoé MARTINVILLE
Délibération n° 2024-050 : Subvention au club de rugby
Le conseil rejette.
"""
UNNAMED = """EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
Séance du Bureau du jeudi 5 septembre 2024
Nombre de membres en exercice : 67
Présents : M. Gilles PERACHE, M. Bernard LAGET, Mme Sylvie FAYOLLE
Délibération n° 2024.00555 : Entretien des voiries communautaires
Le Bureau adopte à l'unanimité.
"""
UNNAMED_DAY = date(2024, 9, 5)


def _firminy_roll(desk: Desk) -> tuple[list[tuple[int, str]], int]:
    """Firminy's sitting's roll call, and how many members the store holds."""
    with db.session(desk.engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == FIRMINY_DAY)).one()
        rows = session.exec(select(Attendance).where(Attendance.sitting_id == sitting.id))
        members = len(session.exec(select(Member.id)).all())
        return sorted((a.member_id, a.status) for a in rows), members


async def test_a_document_of_another_council_of_the_store_is_refused(desk: Desk) -> None:
    add_firminy(desk.engine)
    before = _firminy_roll(desk)
    said = text(await desk.dallara.send_document("firminy.txt", FIRMINY_MINUTES.encode()))
    assert "ce document est celui de Commune de Firminy, une autre collectivité" in said
    assert "0 fichier importé, 0 inchangé, 1 en erreur" in said
    assert _firminy_roll(desk) == before


async def test_a_document_naming_no_collectivite_is_the_senders(desk: Desk) -> None:
    add_firminy(desk.engine)
    said = text(await desk.dallara.send_document("bureau.txt", UNNAMED.encode()))
    assert "1 fichier importé" in said
    with db.session(desk.engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == UNNAMED_DAY)).one()
        body = session.get(Body, sitting.body_id)
        dallara = session.exec(select(Member).where(Member.last_name == "DALLARA")).one()
        assert body is not None
        assert body.council_id == dallara.council_id


async def test_the_summary_of_an_upload_counts_the_senders_council(desk: Desk) -> None:
    """« La base contient … » after a secretariat's upload counted every council of the store:
    the métropole's secretary read Firminy's body, sitting, members and deliberation as theirs.
    """
    add_firminy(desk.engine)
    said = text(await desk.dallara.send_document("bureau.txt", UNNAMED.encode()))
    with db.session(desk.engine) as session:
        own = session.exec(select(Member.council_id).where(Member.last_name == "DALLARA")).one()
        bodies = session.exec(select(Body.id).where(Body.council_id == own)).all()
        members = session.exec(
            select(func.count()).select_from(Member).where(Member.council_id == own)
        ).one()
        sittings = session.exec(
            select(func.count()).select_from(Sitting).where(col(Sitting.body_id).in_(bodies))
        ).one()
        acts = session.exec(
            select(func.count())
            .select_from(Deliberation)
            .join(Sitting, col(Sitting.id) == Deliberation.sitting_id)
            .where(col(Sitting.body_id).in_(bodies))
        ).one()
        assert len(session.exec(select(Member.id)).all()) > members  # Firminy's are stored
    counted = [f"{n} {word}{'s' if n > 1 else ''}" for n, word in (
        (len(bodies), "organe"), (members, "membre"), (sittings, "séance"), (acts, "délibération")
    )]  # fmt: skip
    assert "La base contient " + ", ".join(counted) + ", " in said


async def test_a_document_of_a_collectivite_not_in_the_store_creates_no_council(
    desk: Desk,
) -> None:
    """A council's secretariat sending the minutes of a commune the store does not hold
    created that commune, its body, members and sitting: refused, the commune named, and the
    administrator's command line said; the sender's own documents still import."""
    said = text(await desk.dallara.send_document("firminy.txt", FIRMINY_MINUTES.encode()))
    assert "ce document est celui de Commune de Firminy, une collectivité que la base" in said
    assert "council-bot import" in said
    assert "0 fichier importé, 0 inchangé, 1 en erreur" in said
    with db.session(desk.engine) as session:
        councils = session.exec(select(Council.name)).all()
        assert not any("Firminy" in name for name in councils)
        assert session.exec(select(Sitting).where(Sitting.held_on == FIRMINY_DAY)).all() == []
    assert "1 fichier importé" in text(
        await desk.dallara.send_document("bureau.txt", UNNAMED.encode())
    )
