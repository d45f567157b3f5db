"""A suppléant typed in a roll call (« Mme Claire Martin (suppléante de Rivat) »): in the
Conseil, the titular's seat is filled, counted for the quorum (L2121-17) and recorded as
replaced; in the Bureau, which has no suppléants (L5211-10), the list is refused by name and
nothing is recorded. The real Application through `process_update`."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlmodel import select

from bot.services import identity
from bot.services.roll_calls import substitute_said
from storage import db, models, rules
from storage.models import Attendance, AttendanceStatus, Body, Member, Membership, Sitting
from tests.helpers import text
from tests.test_roll_call import _held
from tests.test_sitting_orders import Desk

from tests.test_convocations import coming_sitting, no_per_chat_gap  # noqa: F401  # isort: skip
from tests.test_sitting_orders import desk  # noqa: F401  # isort: skip

SEATED = ("FAYOLLE", "DALLARA", "RIVAT", "BERGER", "LAGET", "THIZY")


def _conseil_held(desk: Desk) -> int:  # noqa: F811
    """A Conseil held on 9 July 2024 at 9:00, of six members (quorum four)."""
    with db.session(desk.engine) as session:
        conseil = session.exec(select(Body).where(Body.name == "Conseil Métropolitain")).one()
        for member in session.exec(select(Member).where(Member.last_name.in_(SEATED))):  # type: ignore[attr-defined]
            session.add(Membership(body_id=conseil.id or 0, member_id=member.id or 0))
        sitting = Sitting(body_id=conseil.id or 0, held_on=date(2024, 7, 9), start_time=time(9))
        session.add(sitting)
        session.commit()
        return sitting.id or 0


def _rivat_s_row(desk: Desk, held: int) -> Attendance:  # noqa: F811
    with db.session(desk.engine) as session:
        rivat = session.exec(select(Member).where(Member.last_name == "RIVAT")).one()
        return session.exec(
            select(Attendance).where(
                Attendance.sitting_id == held, Attendance.member_id == rivat.id
            )
        ).one()


@pytest.mark.parametrize(
    ("typed", "titular"),
    [
        ("Mme Claire Martin (suppléante de Rivat)", "rivat"),
        ("Paul Vidal suppléant de M. Laget", "m laget"),
        ("Vidal, remplaçant Thizy", "thizy"),
        ("Vidal siégeant pour Berger", "berger"),
    ],
)
def test_a_suppleant_is_read_with_the_titular(typed: str, titular: str) -> None:
    said = substitute_said(typed)
    assert said is not None
    assert said.titular == titular


@pytest.mark.parametrize("typed", ["Rivat", "suppléant de Rivat", "Martin (suppléante)"])
def test_no_suppleant_without_both_names(typed: str) -> None:
    assert substitute_said(typed) is None


def test_only_the_sole_delegate_of_a_commune_in_the_conseil_has_a_suppleant() -> None:
    assert rules.substitute_refusal("Conseil Métropolitain", None) is None  # commune unknown
    assert rules.substitute_refusal("Conseil Métropolitain", 1) is None
    assert rules.substitute_refusal("Conseil communautaire", 3) is (
        rules.SubstituteRefusal.SEVERAL_DELEGATES
    )
    assert rules.substitute_refusal("Bureau Métropolitain", 1) is rules.SubstituteRefusal.BODY


async def test_a_suppleant_fills_the_titular_s_seat_in_the_conseil(desk: Desk) -> None:  # noqa: F811
    held = _conseil_held(desk)
    dallara = desk.dallara
    offer = text(
        await dallara.send(
            "présents au conseil du 9 juillet : Fayolle, Dallara, Laget, "
            "Mme Claire Martin (suppléante de Rivat)"
        )
    )
    assert "Présents (3)" in offer
    assert "Suppléants siégeant (1) : Mme Claire Martin (suppléante de Rivat)" in offer
    assert "atteint (4 présents dont 1 suppléant pour 4 requis" in offer
    assert "4 présents dont 1 suppléant" in text(await dallara.send("oui"))
    row = _rivat_s_row(desk, held)
    assert row.status == AttendanceStatus.replaced
    assert row.substitute == "Mme Claire Martin"  # who sat, kept with the seat
    with db.session(desk.engine) as session:
        sitting = session.get(Sitting, held)
        assert sitting is not None
        assert sitting.present_count == 4
    block = text(await dallara.send("le bloc présences pour le PV du conseil du 9 juillet"))
    assert "M. Jean-Paul RIVAT (représenté par sa suppléante Mme Claire Martin)" in block
    sheet = text(await dallara.send("feuille de présence du conseil du 9 juillet"))
    assert "M. Jean-Paul RIVAT (représenté par sa suppléante Mme Claire Martin)" in sheet
    # the titular was away, the seat was not: « était présent » of Rivat was untrue
    asked = text(await dallara.send("Rivat il était là au conseil du 9 juillet ?"))
    assert asked.startswith("Non"), asked
    assert "remplacé par sa suppléante Mme Claire Martin" in asked
    assert "M. Bernard LAGET," in block
    # the list of those present says whose seat the suppléant held, never Rivat as if there
    listed = text(await dallara.send("qui était présent au conseil du 9 juillet ?"))
    assert "M. Jean-Paul RIVAT (siège tenu par sa suppléante : Mme Claire Martin)" in listed


@pytest.mark.parametrize(
    ("body", "said", "why"),
    [
        # a titular signed beside their suppléant: which one sat is not guessed
        ("conseil", "Fayolle, Rivat, Vidal (suppléant de Rivat)", "Je n'ai pas reconnu"),
        ("bureau", "Fayolle, Vidal (suppléant de Rivat)", "n'a pas de suppléants"),
    ],
)
async def test_a_suppleant_that_cannot_sit_is_said_and_nothing_recorded(
    desk: Desk,  # noqa: F811
    body: str,
    said: str,
    why: str,
) -> None:
    (_conseil_held if body == "conseil" else _held)(desk)
    refused = text(await desk.dallara.send(f"présents au {body} du 9 juillet : {said}"))
    assert why in refused
    assert "Vidal (suppléant de Rivat)" in refused
    assert "Rien n'est enregistré" in refused


async def test_a_suppleant_in_a_dictated_roll_call_is_read_as_typed(desk: Desk) -> None:  # noqa: F811
    _conseil_held(desk)
    offer = text(
        await desk.dallara.send(
            "appel du conseil du 9 juillet présents Laget Fayolle Dallara "
            "Jeanne Roux remplaçante de M. Rivat"
        )
    )
    assert "Présents (3)" in offer
    assert "Suppléants siégeant (1) : jeanne roux remplacante de m rivat" in offer


async def test_a_suppleant_dictated_for_the_bureau_is_refused(desk: Desk) -> None:  # noqa: F811
    _held(desk)
    refused = text(
        await desk.dallara.send("bureau du 9 juillet présents Laget, Durand qui remplace Rivat")
    )
    assert "n'a pas de suppléants" in refused
    assert "Rien n'est enregistré" in refused


async def test_a_name_added_to_a_roll_call_keeps_the_seats_suppleants_filled(
    desk: Desk,  # noqa: F811
) -> None:
    """« ajoute Thizy aux présents du conseil du 9 » rebuilt the list from the present alone:
    the seat a suppléant filled, and the excused, fell to absent without a word."""
    held = _conseil_held(desk)
    dallara = desk.dallara
    await dallara.send(
        "présents au conseil du 9 juillet : Fayolle, Dallara, Laget, "
        "Mme Claire Martin (suppléante de Rivat) ; excusés : Berger"
    )
    await dallara.send("oui")
    offer = text(await dallara.send("ajoute Thizy aux présents du conseil du 9 juillet"))
    assert "Présents (4)" in offer, offer
    # the suppléant recorded is named again, never « suppléant de » no one
    assert (
        "Suppléants siégeant (1) : Mme Claire Martin (suppléante de M. Jean-Paul RIVAT)" in offer
    )
    assert "Excusés (1) : Mme Françoise BERGER" in offer
    await dallara.send("oui")
    with db.session(desk.engine) as session:
        rows = session.exec(
            select(Attendance, Member)
            .join(Member, Attendance.member_id == Member.id)  # type: ignore[arg-type]
            .where(Attendance.sitting_id == held)
        ).all()
        statuses = {m.last_name: a.status for a, m in rows}
        substitutes = {m.last_name: a.substitute for a, m in rows}
    assert statuses["RIVAT"] == AttendanceStatus.replaced
    assert substitutes["RIVAT"] == "Mme Claire Martin"
    assert statuses["BERGER"] == AttendanceStatus.excused
    assert statuses["THIZY"] == AttendanceStatus.present


def _communes(desk: Desk, **of: str) -> None:  # noqa: F811
    """Each member named (by surname) noted delegate of a commune, as the CLI does."""
    with db.session(desk.engine) as session:
        for last_name, commune in of.items():
            member = session.exec(select(Member).where(Member.last_name == last_name)).one()
            identity.set_commune(session=session, member=member, commune=commune)


async def test_a_suppleant_of_a_commune_with_other_delegates_is_refused_by_law(
    desk: Desk,  # noqa: F811
) -> None:
    """Only the sole delegate of a commune has a suppléant (L5211-6): a roll call seating
    one for a titular whose commune sends another delegate is refused, saying why; once the
    commune is right, the same list is offered."""
    held = _conseil_held(desk)
    _communes(desk, RIVAT="Saint-Marc", LAGET="Saint-Marc", FAYOLLE="Firminy")
    said = "présents au conseil du 9 juillet : Fayolle, Dallara, Paul Roche suppléant de Rivat"
    refused = text(await desk.dallara.send(said))
    assert "n'est pas le seul délégué de Saint-Marc (2 délégués" in refused
    assert "L5211-6" in refused
    assert "Paul Roche suppléant de Rivat" in refused
    assert "Rien n'est enregistré" in refused
    _communes(desk, LAGET="La Talaudière")
    offer = text(await desk.dallara.send(said))
    assert "Suppléants siégeant (1)" in offer
    await desk.dallara.send("oui")
    row = _rivat_s_row(desk, held)
    assert (row.status, row.substitute) == (AttendanceStatus.replaced, "Paul Roche")


@pytest.mark.parametrize(("kind", "refused"), [("métropole", True), ("syndicat", False)])
async def test_a_syndicats_suppleant_sits_for_any_delegate(
    desk: Desk,  # noqa: F811
    kind: str,
    refused: bool,
) -> None:
    # Rivat and Fayolle both delegates of Firminy: in a métropole only a commune's sole delegate
    # has a suppléant (L5211-6); in a syndicat each delegate has one (L5212-7, L5711-1)
    _conseil_held(desk)
    with db.session(desk.engine) as session:
        for member in session.exec(
            select(Member).where(Member.last_name.in_(["RIVAT", "FAYOLLE"]))
        ):  # type: ignore[attr-defined]
            member.commune = "Firminy"
            session.add(member)
        for council in session.exec(select(models.Council)):
            council.kind = kind
            session.add(council)
        session.commit()
    said = text(
        await desk.dallara.send(
            "présents au conseil du 9 juillet : Fayolle, Dallara, Laget, "
            "Mme Claire Martin (suppléante de Rivat)"
        )
    )
    assert ("n'est pas le seul délégué de Firminy" in said) is refused, said
    assert ("Suppléants siégeant (1)" in said) is not refused, said
