"""Who may do what: every command and the main buttons, as four kinds of Telegram account.

Each row of ACCESS is one (role, action, expected outcome). An action is a typed line, a
button payload (« button:… », possibly forged), or a tuple of steps judged on the last one.
Payload placeholders: {sitting} the coming Bureau of 18 July, {bureau} its body, {degraix}
a Bureau member, {proxy} ARTIGUES → FAYOLLE's proxy, {delivery} ARTIGUES's convocation.
"""

from __future__ import annotations

import asyncio
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import col, func, select

from bot.services import convocations, identity, proxies
from bot.transport import Conversation, Reply
from storage import db
from storage.models import (
    Attendance,
    AuditEntry,
    Body,
    Delivery,
    Member,
    Membership,
    Proxy,
    Sitting,
)
from tests.conftest import CLOCK
from tests.helpers import add_coming_bureau_sitting, text

TZ = ZoneInfo("Europe/Paris")
USERS = {"stranger": 666, "other_body": 503, "bureau": 501, "secretariat": 502}
BUREAU_MEMBER = "THIVANT"  # the linked Bureau member; DEGRAIX is the one asked about
SECRETARY = "DALLARA"

# What the outcomes mean; see `judge` below.
REFUSED_STRANGER = "refused_stranger"  # « réservé aux membres du conseil », nothing else
SECRETARIAT_ONLY = "secretariat_only"  # « réservée au secrétariat »
ALLOWED = "allowed"  # an answer that is none of the refusals
NOT_IN_BODY = "not_in_body"  # a French refusal: not in that body, no sitting of one's own
STALE = "stale"  # « ce bouton n'est plus valable »

READ_COMMANDS = [
    "/aide",
    "/help",
    "/settings",
    "/start",
    "/seances",
    "/seance 4 juillet 2024",
    "/presents 4 juillet 2024",
    "/absents 4 juillet 2024",
    "/pouvoirs 4 juillet 2024",
    "/membre Degraix",
    "/deliberation 2024.00417",
    "/actions aesio",
    "/assiduite Degraix 2024",
    "/mes_pouvoirs",
    "/quorum",
    "/commande_inconnue",
    "qui était absent le 4 juillet ?",
    "button:pick:member:{degraix}",
    "button:sitting:presents:1",
    "button:sitting:quorum:{sitting}",
]
MEMBER_ACTS = ["/pouvoir Degraix", "/annuler_pouvoir", "/present", "/absent"]
SECRETARIAT_COMMANDS = [
    "/feuille 4 juillet 2024",
    "/convoquer",
    "/suivi",
    "/nouvelle_seance",
    "/annuler_seance",
    "/reporter_seance",
]
FORGED_BUTTONS = [  # someone else's button, or one no message offered: refused for everyone
    "button:proxy:decline:{proxy}",
    "button:conv:ack:{delivery}",
    "button:conv:present:{delivery}",
    "button:newsit:body:{bureau}",
    "button:newsit:ok",
    "button:sitorder:cancel:{sitting}",  # no cancellation was offered: nothing is cancelled
    "button:sitorder:move:{sitting}",
    "button:page:deadbeef:1",
    "button:pick:member:999999",
]
SHEET_PDF = "button:sheetpdf:{sitting}"
BODY_RANKING = "button:records:b:{bureau}:2024-01-01:2024-12-31"
NEW_SITTING_STEPS = (
    "/nouvelle_seance",
    "button:newsit:body:{bureau}",
    "25 juillet 2024 à 17 h",
    "Hôtel de métropole",
    "aucun",
    "button:newsit:ok",
)

ACCESS: list[tuple[str, str | tuple[str, ...], str]] = [
    # -- a stranger: the polite refusal to everything, whatever the payload -----------------
    *[("stranger", a, REFUSED_STRANGER) for a in READ_COMMANDS if a not in {"/start"}],
    *[("stranger", a, REFUSED_STRANGER) for a in MEMBER_ACTS + SECRETARIAT_COMMANDS],
    *[("stranger", a, REFUSED_STRANGER) for a in FORGED_BUTTONS],
    ("stranger", "/start", REFUSED_STRANGER),
    ("stranger", "button:proxy:ok:{sitting}:{degraix}", REFUSED_STRANGER),
    ("stranger", "button:convoke:urgent:{sitting}", REFUSED_STRANGER),
    ("stranger", "button:convoke:now:{sitting}", REFUSED_STRANGER),
    ("stranger", "button:pick:give-{sitting}:{degraix}", REFUSED_STRANGER),
    ("stranger", NEW_SITTING_STEPS, REFUSED_STRANGER),
    # -- a member of the Conseil only: reads, but acts on no Bureau sitting ------------------
    *[("other_body", a, ALLOWED) for a in READ_COMMANDS],
    *[("other_body", a, NOT_IN_BODY) for a in MEMBER_ACTS],
    *[("other_body", a, SECRETARIAT_ONLY) for a in SECRETARIAT_COMMANDS],
    *[("other_body", a, STALE) for a in FORGED_BUTTONS],
    ("other_body", "button:proxy:ok:{sitting}:{degraix}", NOT_IN_BODY),
    ("other_body", "button:pick:give-{sitting}:{degraix}", NOT_IN_BODY),
    ("other_body", "button:convoke:urgent:{sitting}", STALE),
    ("other_body", "button:convoke:now:{sitting}", STALE),
    ("other_body", NEW_SITTING_STEPS, STALE),
    # -- a Bureau member: their own acts, nobody else's, no secretariat work -----------------
    *[("bureau", a, ALLOWED) for a in READ_COMMANDS + MEMBER_ACTS],
    *[("bureau", a, SECRETARIAT_ONLY) for a in SECRETARIAT_COMMANDS],
    *[("bureau", a, STALE) for a in FORGED_BUTTONS],
    ("bureau", "button:proxy:ok:{sitting}:{degraix}", ALLOWED),  # their own confirmation
    ("bureau", "button:pick:give-{sitting}:{degraix}", ALLOWED),  # restated, not stored
    ("bureau", "button:convoke:urgent:{sitting}", STALE),
    ("bureau", "button:convoke:now:{sitting}", STALE),
    ("bureau", NEW_SITTING_STEPS, STALE),
    # -- the secretariat (DALLARA, also a Bureau member) -------------------------------------
    *[("secretariat", a, ALLOWED) for a in READ_COMMANDS + MEMBER_ACTS + SECRETARIAT_COMMANDS],
    *[("secretariat", a, STALE) for a in FORGED_BUTTONS],  # may not answer for a member
    ("secretariat", "button:proxy:ok:{sitting}:{degraix}", ALLOWED),
    ("secretariat", "button:convoke:urgent:{sitting}", ALLOWED),
    ("secretariat", "button:convoke:now:{sitting}", ALLOWED),
    ("secretariat", NEW_SITTING_STEPS, ALLOWED),
    # -- the printable sheet and the ranking of a body: the secretariat's ---------------------
    *[(role, SHEET_PDF, SECRETARIAT_ONLY) for role in ("bureau", "other_body")],
    *[(role, BODY_RANKING, SECRETARIAT_ONLY) for role in ("bureau", "other_body")],
    ("stranger", SHEET_PDF, REFUSED_STRANGER),
    ("secretariat", SHEET_PDF, ALLOWED),
    ("secretariat", BODY_RANKING, ALLOWED),
]

# Allowed actions that legitimately write; every other row must leave the store as it was.
WRITES = {
    "/present",
    "/absent",
    "/convoquer",
    "button:proxy:ok:{sitting}:{degraix}",
    "button:convoke:urgent:{sitting}",
    "button:convoke:now:{sitting}",
    NEW_SITTING_STEPS,
}
REFUSALS = (
    "réservé aux membres du conseil",
    "réservée au secrétariat",
    "n'est plus valable",
    "ne siégez pas",
    "Aucune séance à venir",
    "Seul un membre",
    "Désolé, je n'ai pas pu traiter",
)


def _id(row: tuple[str, str | tuple[str, ...], str]) -> str:
    role, action, expected = row
    shown = " → ".join(action) if isinstance(action, tuple) else action
    return f"{role}|{shown}|{expected}"


@pytest.fixture(autouse=True)
def no_per_chat_gap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.broadcast.PER_CHAT_GAP", 0.0)


def build_world(engine: Engine) -> dict[str, int]:
    """The coming Bureau, four accounts, a proxy and a convocation that are not theirs: the
    same rows for every row of the table, so built once (`prepared`) and copied per test."""
    with db.session(engine) as session:

        def named(last_name: str) -> Member:
            return session.exec(select(Member).where(Member.last_name == last_name)).one()

        bureau = session.exec(select(Body).where(Body.name == "Bureau Métropolitain")).one()
        conseil = session.exec(select(Body).where(Body.name == "Conseil Métropolitain")).one()
        sitting = add_coming_bureau_sitting(
            session,
            place="Hôtel de métropole, salle du conseil",
            agenda=["Approbation du procès-verbal"],
        )
        outsider = Member(civility="Mme", first_name="Odile", last_name="VERCHERIN")
        session.add(outsider)
        session.flush()
        session.add(Membership(body_id=conseil.id or 0, member_id=outsider.id or 0))
        outsider.telegram_user_id = USERS["other_body"]
        named(BUREAU_MEMBER).telegram_user_id = USERS["bureau"]
        dallara = named(SECRETARY)
        dallara.telegram_user_id = USERS["secretariat"]
        session.add_all([outsider, named(BUREAU_MEMBER), dallara])
        session.commit()
        identity.grant_secretariat(session=session, member=dallara)
        artigues, fayolle = named("ARTIGUES"), named("FAYOLLE")
        proxy = proxies.register_proxy(
            session=session,
            sitting_id=sitting.id or 0,
            giver_id=artigues.id or 0,
            holder_id=fayolle.id or 0,
            now=CLOCK,
            tz=TZ,
            actor=proxies.Actor(artigues.id, None),
        )
        convocations.add_deliveries(session, sitting, "convocation", [artigues], CLOCK)
        session.commit()
        delivery = session.exec(select(Delivery).where(Delivery.member_id == artigues.id)).one()
        return {
            "sitting": sitting.id or 0,
            "bureau": bureau.id or 0,
            "degraix": named("DEGRAIX").id or 0,
            "proxy": proxy.id or 0,
            "delivery": delivery.id or 0,
        }


def snapshot(engine: Engine) -> dict[str, object]:
    """Everything a refused action must not touch."""
    with db.session(engine) as session:

        def count(model: type, *where: object) -> int:
            query = select(func.count()).select_from(model)
            for clause in where:
                query = query.where(clause)  # type: ignore[arg-type]
            return int(session.exec(query).one())

        return {
            "proxies": count(Proxy),
            "active proxies": count(Proxy, col(Proxy.revoked_at).is_(None)),
            "deliveries": count(Delivery),
            "acknowledged": count(Delivery, col(Delivery.acknowledged_at).is_not(None)),
            "answered": count(Delivery, col(Delivery.answer).is_not(None)),
            "sittings": count(Sitting),
            "convened": count(Sitting, col(Sitting.convened_at).is_not(None)),
            "attendance": count(Attendance),
            "members": count(Member),
            "linked": count(Member, col(Member.telegram_user_id).is_not(None)),
            "audit": count(AuditEntry),
        }


def judge(expected: str, replies: list[Reply]) -> None:
    said = text(replies)
    assert replies, "no answer at all"
    if expected == REFUSED_STRANGER:
        assert "réservé aux membres du conseil" in said
        for name in ("DEGRAIX", "ARTIGUES", "FAYOLLE", "DALLARA", "Degraix"):
            assert name not in said
        assert all(not r.buttons for r in replies)
    elif expected == SECRETARIAT_ONLY:
        assert "réservée au secrétariat" in said
    elif expected == STALE:
        assert "n'est plus valable" in said
    elif expected == NOT_IN_BODY:
        assert "ne siégez pas au Bureau Métropolitain" in said or (
            "Aucune séance à venir n'est convoquée pour vos organes" in said
        )
    else:
        assert expected == ALLOWED
        refused = [r for r in REFUSALS if r in said]
        assert not refused, said


def _writes(row: tuple[str, str | tuple[str, ...], str]) -> bool:
    _, action, expected = row
    return expected == ALLOWED and action in WRITES


# Who may do what is decided before the store is asked: a row runs on PostgreSQL too when it
# writes (the store's constraints and transactions take part), on SQLite alone otherwise.
CASES = [
    pytest.param(url, *row, id=f"{url}-{_id(row)}")
    for row in ACCESS
    for url in (("sqlite", "postgresql") if _writes(row) else ("sqlite",))
]


@pytest.mark.prepared.with_args(build_world)  # with_args: the one argument is a function
@pytest.mark.parametrize(
    ("database_url", "role", "action", "expected"), CASES, indirect=["database_url"]
)
async def test_access(  # type: ignore[no-untyped-def]
    application,
    loaded_engine: Engine,
    prepared: dict[str, int],
    role: str,
    action: str | tuple[str, ...],
    expected: str,
) -> None:
    world = prepared
    app, api = application
    chat = Conversation(app, api, USERS[role])
    before = snapshot(loaded_engine)
    replies: list[Reply] = []
    for step in action if isinstance(action, tuple) else (action,):
        line = step.format(**world)
        if line.startswith("button:"):
            data = line.removeprefix("button:")
            # under the message that showed it, as a person presses it; else forged
            shown = next(
                (r for r in reversed(replies) if (data in dict(r.buttons).values())), None
            )
            replies = await chat.press_data(data, shown)
        else:
            replies = await chat.send(line)
    await asyncio.gather(*app.bot_data.broadcasts)
    judge(expected, replies)
    if expected != ALLOWED or action not in WRITES:
        assert snapshot(loaded_engine) == before
    else:
        assert snapshot(loaded_engine) != before, "an allowed act wrote nothing"


def test_the_table_covers_every_command_and_role() -> None:
    from bot.app import build_application
    from bot.handlers import command_names
    from bot.settings import Settings

    application = build_application(Settings(), db.make_engine("sqlite://"))
    typed = {
        step.split()[0].lstrip("/")
        for _, action, _ in ACCESS
        for step in (action if isinstance(action, tuple) else (action,))
        if step.startswith("/")
    }
    assert set(command_names(application)) - {"annuler"} <= typed
    assert "nouvelle_seance" in typed
    for role in USERS:
        assert {a for r, a, _ in ACCESS if r == role} >= set(MEMBER_ACTS + SECRETARIAT_COMMANDS)
