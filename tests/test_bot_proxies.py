"""Linking accounts, proxies and declared attendance, end to end through process_update."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import col, func, select
from telegram.ext import Application

from bot.services import identity, proxies
from bot.transport import Conversation, InProcessBotAPI
from storage import db
from storage.models import (
    Attendance,
    AttendanceStatus,
    AuditEntry,
    Body,
    Member,
    Membership,
    Proxy,
    Role,
    Sitting,
)
from tests.conftest import CLOCK, member_id
from tests.helpers import active_proxies, linked, text

TZ = ZoneInfo("Europe/Paris")


@pytest.fixture
def app_api(
    application: tuple[Application, InProcessBotAPI],
) -> tuple[Application, InProcessBotAPI]:  # type: ignore[type-arg]
    return application


def set_clock(app_api, when: datetime) -> None:  # type: ignore[no-untyped-def]
    app_api[0].bot_data.runtime.clock = lambda: when


async def test_invitations_link_once_and_expire(app_api, loaded_engine: Engine) -> None:  # type: ignore[no-untyped-def]
    app, api = app_api
    with db.session(loaded_engine) as session:
        member = session.exec(select(Member).where(Member.last_name == "FAYOLLE")).one()
        token = identity.create_invitation(
            session=session, member=member, now=CLOCK, valid_for=timedelta(days=7)
        )
        old = identity.create_invitation(
            session=session,
            member=member,
            now=CLOCK - timedelta(days=30),
            valid_for=timedelta(days=7),
        )
    assert len(token) <= 64
    stranger = Conversation(app, api, 900)
    assert "réservé aux membres" in text(await stranger.send("/seance"))
    assert "n'est pas valable" in text(await stranger.send("/start abcdef"))
    assert "a expiré" in text(await stranger.send(f"/start {old}"))
    assert "Bienvenue Mme Sylvie FAYOLLE" in text(await stranger.send(f"/start {token}"))
    assert "Présents : 40" in text(await stranger.send("/seance 4 juillet 2024"))
    other = Conversation(app, api, 901)
    assert "déjà servi" in text(await other.send(f"/start {token}"))
    with db.session(loaded_engine) as session:
        assert (
            session.exec(select(Member).where(Member.telegram_user_id == 900)).one().last_name
            == "FAYOLLE"
        )


async def test_a_proxy_is_restated_confirmed_and_the_holder_told(
    app_api,
    loaded_engine: Engine,
    coming_sitting: int,  # type: ignore[no-untyped-def]
) -> None:
    artigues = await linked(app_api, loaded_engine, "ARTIGUES", 701)
    await linked(app_api, loaded_engine, "DEGRAIX", 702)
    replies = await artigues.send("/pouvoir Degraix")
    assert (
        "Vous donnez pouvoir à M. Jean-Luc DEGRAIX pour la séance du Bureau Métropolitain "
        "du jeudi 18 juillet 2024" in text(replies)
    )
    assert replies[-1].labels == ["Confirmer", "Annuler"]
    assert active_proxies(loaded_engine, coming_sitting) == []  # nothing before the button
    replies = await artigues.press("Confirmer")
    assert "est enregistré" in text([r for r in replies if r.chat_id == 701])
    to_holder = [r for r in replies if r.chat_id == 702]
    assert "M. Gilles ARTIGUES vous donne pouvoir" in text(to_holder)
    assert to_holder[0].labels == ["Refuser ce pouvoir"]
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "DEGRAIX")]
    with db.session(loaded_engine) as session:
        entry = session.exec(
            select(AuditEntry).where(AuditEntry.action == "proxy.registered")
        ).one()
        assert entry.telegram_user_id == 701
        assert entry.sitting_id == coming_sitting


async def test_confirm_pressed_twice_tells_the_holder_once(
    app_api,
    loaded_engine: Engine,
    coming_sitting: int,  # type: ignore[no-untyped-def]
) -> None:
    _, api = app_api
    artigues = await linked(app_api, loaded_engine, "ARTIGUES", 701)
    await linked(app_api, loaded_engine, "DEGRAIX", 702)
    offer = await artigues.send("/pouvoir Degraix")
    first = await artigues.press("Confirmer", offer)
    second = await artigues.press("Confirmer", offer)  # the same button, pressed again
    assert "est enregistré" in text([r for r in first if r.chat_id == 701])
    assert "est enregistré" in text([r for r in second if r.chat_id == 701])
    told = [r for r in api.replies_since(0) if r.chat_id == 702 and "vous donne pouvoir" in r.text]
    assert len(told) == 1
    # Asked again in words, the proxy already given is restated; the holder is not told again.
    await artigues.send("/pouvoir Degraix")
    told = [r for r in api.replies_since(0) if r.chat_id == 702 and "vous donne pouvoir" in r.text]
    assert len(told) == 1
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "DEGRAIX")]


async def test_by_sentence_with_a_date(
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    semache = await linked(app_api, loaded_engine, "SEMACHE", 703)
    replies = await semache.send(
        "je donne pouvoir à Jean-Luc Degraix pour le bureau du 18 juillet"
    )
    assert "jeudi 18 juillet 2024" in text(replies)
    await semache.press("Confirmer")
    assert ("SEMACHE", "DEGRAIX") in active_proxies(loaded_engine, coming_sitting)


async def test_ambiguous_holder_is_chosen_then_confirmed(
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    chat = await linked(app_api, loaded_engine, "SEMACHE", 703)
    replies = await chat.send("/pouvoir Gilles")
    assert len(replies[-1].labels) == 4
    replies = await chat.press("M. Gilles THIZY")
    assert "M. Gilles THIZY" in text(replies)
    await chat.press("Confirmer")
    assert active_proxies(loaded_engine, coming_sitting) == [("SEMACHE", "THIZY")]


async def test_cancel_stores_nothing(app_api, loaded_engine: Engine, coming_sitting: int) -> None:  # type: ignore[no-untyped-def]
    chat = await linked(app_api, loaded_engine, "SEMACHE", 703)
    await chat.send("/pouvoir Degraix")
    assert "aucun pouvoir n'a été enregistré" in text(await chat.press("Annuler"))
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_holder_who_gave_her_own_proxy_is_refused_as_she_is(
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    berger = await linked(app_api, loaded_engine, "BERGER", 711)
    degraix = await linked(app_api, loaded_engine, "DEGRAIX", 712)
    await berger.send("/pouvoir Semache")
    await berger.press("Confirmer")
    # « elle-même », never « lui-même ou elle-même »
    answer = text(await degraix.send("/pouvoir Berger"))
    assert "Mme Françoise BERGER a elle-même donné pouvoir" in answer, answer


async def test_each_rule_has_its_own_refusal(
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    artigues = await linked(app_api, loaded_engine, "ARTIGUES", 701)
    degraix = await linked(app_api, loaded_engine, "DEGRAIX", 702)
    semache = await linked(app_api, loaded_engine, "SEMACHE", 703)
    assert "vous-même" in text(await artigues.send("/pouvoir Gilles Artigues"))

    await artigues.send("/pouvoir Degraix")
    await artigues.press("Confirmer")
    assert "détient déjà un pouvoir" in text(await semache.send("/pouvoir Degraix"))
    assert "a lui-même donné pouvoir" in text(await semache.send("/pouvoir Artigues"))
    assert "demandez d'abord à son auteur" in text(await degraix.send("/absent"))

    replies = await artigues.send("/pouvoir Semache")
    assert "Vous avez déjà donné pouvoir à M. Jean-Luc DEGRAIX" in text(replies)
    await artigues.press("Remplacer mon pouvoir actuel")
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "SEMACHE")]

    thizy = await linked(app_api, loaded_engine, "THIZY", 704)
    await thizy.send("/absent")
    assert "s'est déclaré absent à" in text(await degraix.send("/pouvoir Thizy"))


async def test_holder_outside_the_body_is_refused(
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    with db.session(loaded_engine) as session:
        conseil = session.exec(select(Body).where(Body.name == "Conseil Métropolitain")).one()
        outsider = Member(civility="Mme", first_name="Zoé", last_name="QUATREVENTS")
        session.add(outsider)
        session.flush()
        session.add(Membership(body_id=conseil.id or 0, member_id=outsider.id or 0))
        session.commit()
    chat = await linked(app_api, loaded_engine, "SEMACHE", 703)
    assert "ne siège pas au Bureau Métropolitain" in text(await chat.send("/pouvoir Quatrevents"))


async def test_deadline_and_revocation(
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    artigues = await linked(app_api, loaded_engine, "ARTIGUES", 701)
    await linked(app_api, loaded_engine, "DEGRAIX", 702)
    await artigues.send("/pouvoir Degraix")
    await artigues.press("Confirmer")
    replies = await artigues.send("/annuler_pouvoir")
    assert "est retiré" in text([r for r in replies if r.chat_id == 701])
    assert "a retiré le pouvoir" in text([r for r in replies if r.chat_id == 702])
    assert active_proxies(loaded_engine, coming_sitting) == []

    await artigues.send("/pouvoir Degraix")
    set_clock(app_api, datetime(2024, 7, 18, 15, 0, tzinfo=UTC))  # 17:00 in Paris: started
    assert "trop tard" in text(await artigues.press("Confirmer"))
    assert "trop tard" in text(await artigues.send("/pouvoir Degraix 2024-07-18"))


async def test_the_holder_can_decline(app_api, loaded_engine: Engine, coming_sitting: int) -> None:  # type: ignore[no-untyped-def]
    artigues = await linked(app_api, loaded_engine, "ARTIGUES", 701)
    degraix = await linked(app_api, loaded_engine, "DEGRAIX", 702)
    await artigues.send("/pouvoir Degraix")
    replies = await artigues.press("Confirmer")
    notice = next(r for r in replies if r.chat_id == 702)
    replies = await degraix.press("Refuser ce pouvoir", [notice])
    assert "Vous avez refusé le pouvoir de M. Gilles ARTIGUES" in text(
        [r for r in replies if r.chat_id == 702]
    )
    assert "a refusé votre pouvoir" in text([r for r in replies if r.chat_id == 701])
    assert active_proxies(loaded_engine, coming_sitting) == []
    # Someone else pressing a decline button (forged payload) changes nothing.
    await artigues.send("/pouvoir Degraix")
    await artigues.press("Confirmer")
    with db.session(loaded_engine) as session:
        proxy_id = session.exec(
            select(Proxy.id).where(
                col(Proxy.revoked_at).is_(None), Proxy.sitting_id == coming_sitting
            )
        ).one()
    assert "n'est plus valable" in text(await artigues.press_data(f"proxy:decline:{proxy_id}"))
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "DEGRAIX")]


async def test_more_than_three_consecutive_sittings_is_refused(
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    # ARTIGUES gave a proxy on 4 July (the seed); add two earlier Bureau sittings with proxies.
    giver = member_id(loaded_engine, "ARTIGUES")
    holder = member_id(loaded_engine, "BONY")
    with db.session(loaded_engine) as session:
        bureau = session.exec(select(Body).where(Body.name == "Bureau Métropolitain")).one()
        for day in (date(2024, 6, 6), date(2024, 6, 20)):
            sitting = Sitting(body_id=bureau.id or 0, held_on=day, in_office=67)
            session.add(sitting)
            session.flush()
            session.add(Proxy(sitting_id=sitting.id or 0, giver_id=giver, holder_id=holder))
        session.commit()
    artigues = await linked(app_api, loaded_engine, "ARTIGUES", 701)
    assert "trois séances consécutives" in text(await artigues.send("/pouvoir Bony"))


async def test_declarations_forecast_and_myactive_proxies(
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:  # type: ignore[no-untyped-def]
    artigues = await linked(app_api, loaded_engine, "ARTIGUES", 701)
    degraix = await linked(app_api, loaded_engine, "DEGRAIX", 702)
    replies = await artigues.send("je serai absent")
    assert (
        "vous serez absent à la séance du Bureau Métropolitain du jeudi 18 juillet 2024"
        in text(replies)
    )
    assert replies[-1].labels == ["Donner pouvoir"]
    assert "À qui donnez-vous pouvoir" in text(await artigues.press("Donner pouvoir"))
    assert "vous serez présent" in text(await degraix.send("/present"))
    await artigues.send("/pouvoir Degraix")
    await artigues.press("Confirmer")
    assert "à M. Jean-Luc DEGRAIX" in text(await artigues.send("/mes_pouvoirs"))
    assert "de M. Gilles ARTIGUES" in text(await degraix.send("mes pouvoirs"))
    forecast = text(await degraix.send("/quorum"))
    assert "Quorum : 34 présents" in forecast
    assert "Déclarés présents : 1" in forecast
    assert "Déclarés absents : 1" in forecast
    assert "Pouvoirs enregistrés : 1" in forecast
    assert "Sans réponse : 65" in forecast
    assert "Quorum menacé" in forecast
    with db.session(loaded_engine) as session:
        status = session.exec(
            select(Attendance.status).where(
                Attendance.sitting_id == coming_sitting,
                Attendance.member_id == member_id(loaded_engine, "ARTIGUES"),
            )
        ).one()
        assert status == AttendanceStatus.represented


async def test_the_sheet_is_for_the_secretariat(app_api, loaded_engine: Engine) -> None:  # type: ignore[no-untyped-def]
    degraix = await linked(app_api, loaded_engine, "DEGRAIX", 702)
    assert "réservée au secrétariat" in text(await degraix.send("/feuille 4 juillet 2024"))
    with db.session(loaded_engine) as session:
        member = session.exec(select(Member).where(Member.last_name == "DALLARA")).one()
        identity.grant_secretariat(session=session, member=member)
    dallara = await linked(app_api, loaded_engine, "DALLARA", 705)
    sheet = text(await dallara.send("/feuille 4 juillet 2024"))
    assert "Nombre de voix : 46" in sheet
    assert "M. Gilles ARTIGUES donne pouvoir à M. Jean-Luc DEGRAIX" in sheet


@pytest.mark.parametrize("givers", [50])
def test_fifty_givers_racing_for_one_holder_end_with_one_proxy(
    loaded_engine: Engine, coming_sitting: int, givers: int
) -> None:
    holder = member_id(loaded_engine, "DEGRAIX")
    with db.session(loaded_engine) as session:
        candidates = session.exec(
            select(Member.id).where(Member.id != holder).order_by(Member.id).limit(givers)
        ).all()
    now = datetime(2024, 7, 10, 9, 0, tzinfo=UTC)

    def give(giver: int) -> str:
        with db.session(loaded_engine) as session:
            try:
                proxies.register_proxy(
                    session=session,
                    sitting_id=coming_sitting,
                    giver_id=giver or 0,
                    holder_id=holder,
                    now=now,
                    tz=TZ,
                    actor=proxies.Actor(giver, channel="test"),
                )
            except proxies.ProxyRefused as refused:
                return refused.code
            return "ok"

    with ThreadPoolExecutor(max_workers=16) as pool:
        outcomes = list(pool.map(give, candidates))
    assert outcomes.count("ok") == 1
    assert outcomes.count("holder_already_holds") == givers - 1
    with db.session(loaded_engine) as session:
        stored = session.exec(
            select(func.count()).select_from(Proxy).where(Proxy.sitting_id == coming_sitting)
        ).one()
        assert stored == 1


def test_secretariat_role_is_stored(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        member = session.exec(select(Member).where(Member.last_name == "DALLARA")).one()
        identity.grant_secretariat(session=session, member=member)
        assert session.get(Member, member.id).role == Role.secretariat  # type: ignore[union-attr]
