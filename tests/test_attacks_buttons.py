"""Forged buttons naming another council's data, or a period no button ever carries: the real
Application through `process_update`, two councils in one store (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.callbacks import RecordsChoice, RecordsOf
from bot.transport import Conversation
from storage import db
from storage.models import Sitting
from tests.conftest import member_id
from tests.helpers import text
from tests.test_councils_scoping import FIRMINY_DAY, add_firminy

STALE = "Ce bouton n'est plus valable"


async def test_a_forged_records_button_shows_nothing_of_another_council(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """« records:m:<id> » of a Firminy member, pressed by a member of the métropole, showed
    that member's whole attendance record: the read layer's council check did not know the
    payload's field."""
    add_firminy(loaded_engine)
    with db.session(loaded_engine) as session:
        body_id = session.exec(select(Sitting).where(Sitting.held_on == FIRMINY_DAY)).one().body_id
    martinville = member_id(loaded_engine, "MARTINVILLE")
    year = ("2024-01-01", "2024-12-31")
    for data in (
        f"records:m:{martinville}:{year[0]}:{year[1]}",
        f"records:b:{body_id}:{year[0]}:{year[1]}",
    ):
        answer = text(await degraix.press_data(data))
        assert STALE in answer, data
        assert "MARTINVILLE" not in answer
    own = member_id(loaded_engine, "FAYOLLE")
    answer = text(await degraix.press_data(f"records:m:{own}:{year[0]}:{year[1]}"))
    assert "Assiduité de Mme Sylvie FAYOLLE en 2024" in answer


async def test_a_records_button_whose_period_ends_before_it_starts_is_stale(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    own = member_id(loaded_engine, "FAYOLLE")
    answer = text(await degraix.press_data(f"records:m:{own}:2024-12-31:2020-01-01"))
    assert STALE in answer
    period = RecordsChoice(RecordsOf.MEMBER, own, date(2020, 1, 1), date(2024, 12, 31))
    assert "Assiduité de Mme Sylvie FAYOLLE de 2020 à 2024" in text(
        await degraix.press_data(period.encode())
    )
