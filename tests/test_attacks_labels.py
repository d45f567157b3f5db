"""What Telegram shows as it is (a button's label) is plain text: an apostrophe or an
ampersand in a body's name reached members as HTML entities. The real Application on the
sample store, with a body of that kind sitting the same day as the Bureau."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.transport import Conversation
from storage import db
from storage.models import Body, Member, Membership, Sitting

NAME = "Commission d'appel d'offres & marchés"


async def test_a_body_named_with_an_apostrophe_reads_as_typed_on_its_button(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    with db.session(loaded_engine) as session:
        bureau = session.exec(select(Body).where(Body.name == "Bureau Métropolitain")).one()
        commission = Body(council_id=bureau.council_id, name=NAME)
        session.add(commission)
        session.flush()
        degraix_id = session.exec(select(Member.id).where(Member.last_name == "DEGRAIX")).one()
        session.add(Membership(body_id=commission.id or 0, member_id=degraix_id))
        session.add(Sitting(body_id=commission.id or 0, held_on=date(2024, 7, 4), in_office=5))
        session.commit()
    degraix.application.bot_data.runtime.reads.forget()
    replies = await degraix.send("qui était présent le 4 juillet 2024 ?")
    labels = [label for reply in replies for label in reply.labels]
    assert f"{NAME} — 4 juillet 2024" in labels, labels
    assert not any("&#" in label or "&amp;" in label for label in labels), labels
