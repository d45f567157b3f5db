"""Two sittings at the same hour, the secretariat's own mistake. The body's second sitting of
a day was refused only once its place and agenda were typed, at « Confirmer »; another body
convened over a sitting of members who sit in both was created without a word, and half of
each went short of its members. And a sitting planned « à 3h » (for 15 h) was created in the
night without a question."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import cli
from bot.transport import Conversation
from storage import db
from storage.models import Body, Membership, Sitting
from tests.helpers import text


def _seats_in_both(engine: Engine, shared: int) -> None:
    """`shared` members of the Bureau also seated at the Conseil (the sample seats none)."""
    with db.session(engine) as session:
        bureau = session.exec(select(Body).where(Body.name == "Bureau Métropolitain")).one()
        conseil = session.exec(select(Body).where(Body.name == "Conseil Métropolitain")).one()
        seats = session.exec(select(Membership).where(Membership.body_id == bureau.id)).all()
        for seat in seats[:shared]:
            session.add(Membership(member_id=seat.member_id, body_id=conseil.id or 0))
        session.commit()


def _sittings_on(engine: Engine, day: int) -> list[tuple[str, str]]:
    with db.session(engine) as session:
        rows = session.exec(select(Sitting, Body).join(Body)).all()
        return sorted(
            (b.name, str(s.start_time))
            for s, b in rows
            if s.held_on.day == day and s.held_on.month == 7
        )


async def test_a_second_sitting_of_the_body_that_day_is_said_when_the_day_is_given(
    dallara: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    said = text(await dallara.send("/nouvelle_seance le bureau jeudi 18 juillet 2024 à 10h"))
    assert "Le Bureau Métropolitain a déjà une séance le jeudi 18 juillet 2024 à 17 h 00" in said
    assert "quel jour et à quelle heure ?" in said
    assert "Où se tiendra" not in said
    said = text(await dallara.send("vendredi 19 juillet 2024 à 10 h"))
    assert "vendredi 19 juillet 2024 à 10 h 00. Où se tiendra la séance ?" in said


async def test_the_day_taken_is_said_once_the_body_is_chosen_after_it(
    dallara: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    await dallara.send("/nouvelle_seance 18/07/2024 8h30")
    said = text(await dallara.press("Bureau Métropolitain"))
    assert "a déjà une séance le jeudi 18 juillet 2024 à 17 h 00" in said
    assert _sittings_on(loaded_engine, 18) == [("Bureau Métropolitain", "17:00:00")]


@pytest.mark.parametrize(
    ("hour", "warned"), [("16 h", True), ("19h45", True), ("20 h", False), ("13h", False)]
)
async def test_another_body_sitting_over_members_of_both_is_warned_before_it_is_created(
    dallara: Conversation, loaded_engine: Engine, coming_sitting: int, hour: str, warned: bool
) -> None:
    _seats_in_both(loaded_engine, 12)
    for said in (f"/nouvelle_seance conseil métropolitain 18 juillet 2024 {hour}", "Salle B"):
        await dallara.send(said)
    summary = text(await dallara.send("aucun"))
    clash = "⚠ Le Bureau Métropolitain siège aussi le jeudi 18 juillet 2024 à 17 h 00 : 12 membres"
    assert (clash in summary) is warned, summary
    assert "Créer cette séance ?" in summary
    assert "Séance créée" in text(await dallara.press("Confirmer"))


async def test_another_body_without_a_member_in_common_is_no_clash(
    dallara: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    for said in ("/nouvelle_seance conseil métropolitain 18 juillet 2024 17h", "Salle B"):
        await dallara.send(said)
    assert "siège aussi" not in text(await dallara.send("aucun"))


def test_the_command_line_warns_of_a_sitting_held_over_members_of_both(
    loaded_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    _seats_in_both(loaded_engine, 1)
    url = loaded_engine.url.render_as_string(hide_password=False)
    create = ["sitting", "create", "--db", url, "--at"]
    assert cli.main([*create, "2099-03-12 17:00", "--body", "Bureau"]) == 0
    assert "siège aussi" not in capsys.readouterr().out
    assert cli.main([*create, "2099-03-12 18:30", "--body", "Conseil"]) == 0
    out = capsys.readouterr().out
    assert "Séance créée : Conseil Métropolitain du jeudi 12 mars 2099 à 18 h 30" in out
    assert (
        "⚠ Le Bureau Métropolitain siège aussi le jeudi 12 mars 2099 à 17 h 00 : 1 membre siège"
        in out
    )


@pytest.mark.parametrize(
    ("hour", "night"),
    [("3h", True), ("0h30", True), ("23 h", True), ("7h", False), ("22h30", False)],
)
async def test_a_sitting_planned_in_the_night_has_its_hour_questioned(
    dallara: Conversation, loaded_engine: Engine, coming_sitting: int, hour: str, night: bool
) -> None:
    for said in (f"/nouvelle_seance bureau vendredi 19 juillet 2024 {hour}", "Salle B"):
        await dallara.send(said)
    summary = text(await dallara.send("aucun"))
    assert ("en pleine nuit : est-ce bien l'heure voulue ?" in summary) is night, summary
    assert "Créer cette séance ?" in summary


def test_the_command_line_questions_a_night_hour(
    loaded_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    url = loaded_engine.url.render_as_string(hide_password=False)
    assert (
        cli.main(
            ["sitting", "create", "--db", url, "--body", "Bureau", "--at", "2099-03-12 04:00"]
        )
        == 0
    )
    assert "La séance commencerait à 4 h 00, en pleine nuit" in capsys.readouterr().out


def _conseil_on(engine: Engine, day: int, at: str) -> None:
    """A Conseil sitting to come, in July 2024 at `at`."""
    hour, minute = (int(n) for n in at.split(":"))
    with db.session(engine) as session:
        conseil = session.exec(select(Body).where(Body.name == "Conseil Métropolitain")).one()
        session.add(
            Sitting(
                body_id=conseil.id or 0,
                held_on=date(2024, 7, day),
                start_time=time(hour, minute),
                in_office=5,
            )
        )
        session.commit()


async def test_a_sitting_moved_over_another_body_s_is_warned_before_it_is_moved(
    dallara: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    _seats_in_both(loaded_engine, 5)
    _conseil_on(loaded_engine, 25, "18:00")
    offer = text(await dallara.send("reporte le bureau du 18 juillet au 25 juillet à 17h30"))
    assert "Reporter la séance du Bureau Métropolitain" in offer
    clash = "⚠ Le Conseil Métropolitain siège aussi le jeudi 25 juillet 2024 à 18 h 00 : 5 membres"
    assert clash in offer


async def test_an_hour_moved_over_another_body_s_sitting_or_into_the_night_is_warned(
    dallara: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    _seats_in_both(loaded_engine, 2)
    _conseil_on(loaded_engine, 18, "19:30")
    offer = text(await dallara.send("le bureau du 18 juillet commencera à 18h au lieu de 17h"))
    assert "Faire commencer à 18 h 00, le même jour, la séance du Bureau Métropolitain" in offer
    assert "⚠ Le Conseil Métropolitain siège aussi le jeudi 18 juillet 2024 à 19 h 30" in offer
    offer = text(await dallara.send("le bureau du 18 juillet commencera à 5h au lieu de 17h"))
    assert "La séance commencerait à 5 h 00, en pleine nuit" in offer
    assert "siège aussi" not in offer


@pytest.mark.parametrize(
    ("moved", "warned"),
    [
        (
            "2099-03-12 17:30",
            "⚠ Le Bureau Métropolitain siège aussi le jeudi 12 mars 2099 à 17 h 00",
        ),
        ("2099-03-13 02:15", "La séance commencerait à 2 h 15, en pleine nuit"),
    ],
)
def test_the_command_line_move_warns_as_the_conversation_does(
    loaded_engine: Engine, capsys: pytest.CaptureFixture[str], moved: str, warned: str
) -> None:
    _seats_in_both(loaded_engine, 1)
    url = loaded_engine.url.render_as_string(hide_password=False)
    create = ["sitting", "create", "--db", url, "--at"]
    assert cli.main([*create, "2099-03-12 17:00", "--body", "Bureau"]) == 0
    assert cli.main([*create, "2099-03-10 18:30", "--body", "Conseil"]) == 0
    capsys.readouterr()
    update = ["sitting", "update", "--db", url, "--body", "Conseil", "--at"]
    assert cli.main([*update, moved, "2099-03-10"]) == 0
    out = capsys.readouterr().out
    assert warned in out, out
    assert "Séance modifiée" in out
    assert cli.main([*update, "2099-03-20 18:00", moved[:10]]) == 0
    assert "⚠" not in capsys.readouterr().out
