"""A document sent in the conversation by a secretary the store ties to no council (a staff
member added by hand, not an elected member imported with a council), through the real
Application: a collectivité the store does not hold is refused, as it is for a council's own
secretariat (it was created, with its body, members and sitting, from the conversation); a
document of the store's council, or naming none, still imports."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import select
from telegram.ext import Application

from bot.transport import Conversation, InProcessBotAPI
from storage import db
from storage.models import Body, Council, Member, Role, Sitting
from tests.helpers import text
from tests.test_attacks_uploads_councils import FIRMINY_MINUTES, UNNAMED, UNNAMED_DAY
from tests.test_councils_scoping import FIRMINY_DAY

VERNAY = """MAIRIE DE VERNAY
Extrait du registre des délibérations du conseil municipal
Séance du lundi 3 juin 2024
Conseillers en exercice : 19
Étaient présents : Mme Aline ROCHETTE, M. Marc VIALLON, M. Henri BRUYÈRE
Délibération n° 2024/031 – Tarifs de la cantine scolaire
Adoptée à l'unanimité.
"""


def _secretary_of_no_council(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    engine: Engine,
    user_id: int,
) -> Conversation:
    app, api = application
    with db.session(engine) as session:
        session.add(
            Member(first_name="Odile", last_name="GREFFE", role=Role.secretariat,
                   telegram_user_id=user_id)
        )  # fmt: skip
        session.commit()
    app.bot_data.runtime.reads.recheck()
    return Conversation(app, api, user_id, "Odile")


def _councils(engine: Engine) -> list[str]:
    with db.session(engine) as session:
        return sorted(session.exec(select(Council.name)).all())


async def test_a_commune_the_store_does_not_hold_is_refused_and_nothing_created(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
) -> None:
    greffe = _secretary_of_no_council(application, loaded_engine, 907)
    before = _councils(loaded_engine)
    for name, minutes in (("firminy.txt", FIRMINY_MINUTES), ("vernay-juin.txt", VERNAY)):
        said = text(await greffe.send_document(name, minutes.encode()))
        assert "une collectivité que la base ne contient pas : rien n'est importé" in said, said
        assert "0 fichier importé, 0 inchangé, 1 en erreur" in said
    assert _councils(loaded_engine) == before
    with db.session(loaded_engine) as session:
        assert session.exec(select(Sitting).where(Sitting.held_on == FIRMINY_DAY)).all() == []
        assert session.exec(select(Member).where(Member.last_name == "VIALLON")).all() == []


async def test_a_document_naming_no_collectivite_goes_to_the_stores_council(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
) -> None:
    greffe = _secretary_of_no_council(application, loaded_engine, 908)
    said = text(await greffe.send_document("bureau-septembre.txt", UNNAMED.encode()))
    assert "1 fichier importé" in said, said
    with db.session(loaded_engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == UNNAMED_DAY)).one()
        body = session.get(Body, sitting.body_id)
        assert body is not None
        council = session.get(Council, body.council_id)
        assert council is not None
        assert council.name == "Saint-Etienne Métropole"
