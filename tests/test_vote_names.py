"""« qui a voté contre ? » when the act's text names those against: their names, never « the
documents give numbers, not names » (a false statement then). Real Application, both databases."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.transport import Conversation
from storage import db
from storage.importer import Importer
from storage.models import Member
from tests.conftest import running_application
from tests.helpers import text

MINUTES = """\
COMMUNE DE BRIVALLON
Procès-verbal de la séance du conseil municipal du 12 mars 2024

Membres en exercice : 5 - Présents : 5 - Votants : 5
Présents : M. Jean ROUX, Mme Anne BOZ, M. Paul VIAL, Mme Léa MARTY, M. Yves GIRAUD.
Secrétaire de séance : Mme Léa MARTY.

Délibération n° 2024-05 : Tarifs de la salle des fêtes
Votes : 3 pour, 1 contre (M. Paul VIAL), 1 abstention (M. Yves GIRAUD)
Adoptée.
"""


async def test_those_against_are_named_when_the_act_names_them(
    engine: Engine, tmp_path: Path
) -> None:
    document = tmp_path / "pv.txt"
    document.write_text(MINUTES, encoding="utf-8")
    with db.session(engine) as session:
        (report,) = Importer(session).import_files([document])
        assert report.status == "imported", report.error
        roux = session.exec(select(Member).where(Member.last_name == "ROUX")).one().id
    async with running_application(engine) as (app, api):
        app.bot_data.runtime.acting_as[601] = roux
        member = Conversation(app, api, 601, "Jean")
        against = text(await member.send("qui a voté contre les tarifs de la salle des fêtes ?"))
        assert "Contre : M. Paul VIAL." in against
        assert "pas les noms" not in against
        abstained = text(await member.send("qui s'est abstenu sur les tarifs de la salle ?"))
        assert "Abstention : M. Yves GIRAUD." in abstained
        # the vote asked as a whole says them too, with its figures
        whole = text(await member.send("le vote sur les tarifs de la salle des fêtes ?"))
        assert "3 pour, 1 contre, 1 abstention" in whole
        assert "Contre : M. Paul VIAL. Abstention : M. Yves GIRAUD." in whole
