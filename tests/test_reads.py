"""The read layer looks at the store revision again after a commit only when that commit moved
it: the thread written at every answer must not cost a revision query on the next update,
while a member's own proxy (an audited write) still shows in the very next answer."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event
from sqlalchemy.engine import Engine

from bot.reads import Reads
from bot.services.proxies import Actor, audit
from bot.transport import Conversation
from storage import chat_state, db
from tests.conftest import CLOCK
from tests.helpers import text


def test_only_a_commit_that_moves_the_revision_makes_the_layer_look_again(
    engine: Engine,
) -> None:
    reads = Reads(revision_ttl=3600)  # no look because of time: only commits may ask for one
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement.lower())

    event.listen(engine, "before_cursor_execute", seen)

    def looks() -> int:
        return sum("max(auditentry.id)" in s for s in statements)

    with reads.watch(db.session(engine)) as session:
        reads.sync(session)
    assert looks() == 1
    # A value kept through the session, swept and committed: the revision did not move.
    with reads.watch(db.session(engine)) as session:
        chat_state.put(
            session=session,
            telegram_user_id=5,
            key="draft",
            value=[1],
            now=CLOCK,
            ttl=timedelta(minutes=5),
        )
        reads.sync(session)
    assert looks() == 1
    # An audited write moves it: the next read looks at once.
    with reads.watch(db.session(engine)) as session:
        audit(session, Actor(None, channel="cli"), "member.secretariat", None)
        session.commit()
        reads.sync(session)
    assert looks() == 2
    # A session not watched by the layer tells it nothing.
    with db.session(engine) as session:
        audit(session, Actor(None, channel="cli"), "member.secretariat", None)
        session.commit()
    with reads.watch(db.session(engine)) as session:
        reads.sync(session)
    assert looks() == 2
    event.remove(engine, "before_cursor_execute", seen)


def test_an_answer_built_with_a_mapping_is_cached_by_its_pairs() -> None:
    """« Berger était là ? » hands its template a mapping (each member's attendance at an
    item, most often empty): known by its pairs, the answer is rendered once, not each time."""
    reads = Reads()
    key = reads._key_part
    assert key({}) == key({})
    assert key({3: ("left", 12)}) == key({3: ("left", 12)})
    assert key({3: ("left", 12)}) != key({3: ("left", 13)})
    assert key({3: "a", 4: "b"}) != key({4: "b", 3: "a"})  # a template reads them in order
    assert key({3: {"a set"}}) is None  # a value known by nothing: rendered anew


async def test_the_acts_in_talk_are_read_through_the_layer(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """After an act was shown, every sentence asked (« la piscine de Firminy ») looked the
    act and its funded actions up in the store to learn whether it named only their fields:
    a question asking no such fact reads none of them, and a topic searched again reads
    nothing the layer already holds."""
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement.lower())

    assert "CONTRAT LOCAL DES SOLIDARITÉS" in text(await degraix.send("la 2024.00417"))
    first = text(await degraix.send("la piscine de Firminy"))
    assert "AESIO" in text(await degraix.send("la 2024.00417 c'est porté par qui ?"))
    event.listen(loaded_engine, "before_cursor_execute", seen)
    try:
        assert text(await degraix.send("la piscine de Firminy")) == first
    finally:
        event.remove(loaded_engine, "before_cursor_execute", seen)
    assert not [s for s in statements if "from fundedaction" in s or "from deliberation" in s]


def test_the_indexes_outlive_the_answers_that_fill_the_cache(loaded_engine: Engine) -> None:
    """The names and the search indexes, read by most questions and dear to build (a 20-year
    store: seconds), were kept among the answers: a few thousand answers later they were
    pushed out and built again in the middle of a member's question."""
    reads = Reads(revision_ttl=3600)
    with reads.watch(db.session(loaded_engine)) as session:
        names = reads.names(session)
        deliberations = reads.deliberation_index(session)
        actions = reads.action_index(session)
        for n in range(Reads.SIZE + 10):
            reads._get(session, ("answer", n), int)
        assert reads._get(session, ("answer", 0), lambda: -1) == -1  # the oldest, left
        assert reads.names(session) is names
        assert reads.deliberation_index(session) is deliberations
        assert reads.action_index(session) is actions
        # The store changed: everything is built again from it.
        audit(session, Actor(None, channel="cli"), "member.secretariat", None)
        session.commit()
        reads.sync(session)
        assert reads.deliberation_index(session) is not deliberations
