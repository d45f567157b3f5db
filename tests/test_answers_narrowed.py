"""Answerers on the store alone, for a list narrowed by what the store holds of each member
(civility, surname): counted and named from the roll call, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.render import render, to_plain_text
from bot.services import answers
from bot.services.frames import read_frame
from storage import db, lookups, queries
from storage.models import Sitting
from tests.conftest import member_id

TODAY = date(2024, 7, 10)


def _said(answer: answers.Answer) -> str:
    plain = to_plain_text(render(answer.template, asker=None, **answer.data))
    return plain.replace("\u202f", " ").replace("\xa0", " ")


def _bureau_view(session):  # type: ignore[no-untyped-def]
    sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 7, 4))).one()
    return queries.sitting_view(session=session, sitting_id=sitting.id)


def test_traits_are_the_civility_and_the_surname_letter(loaded_engine: Engine) -> None:
    berger, bonnet = member_id(loaded_engine, "BERGER"), member_id(loaded_engine, "BONNET")
    with db.session(loaded_engine) as session:
        traits = lookups.people_traits(session=session, member_ids=(berger, bonnet))
    assert traits[berger] == lookups.Traits(
        woman=True, initial="B", first_name="francoise", surname="BERGER"
    )
    assert traits[bonnet] == lookups.Traits(
        woman=False, initial="B", first_name="bernard", surname="BONNET"
    )


def test_women_present_are_counted_and_named(loaded_engine: Engine) -> None:
    frame = read_frame("combien d'élues présentes le 4 juillet ?", TODAY)
    with db.session(loaded_engine) as session:
        said = _said(
            answers.among_at_sitting(session=session, frame=frame, view=_bureau_view(session))
        )
    assert said.startswith("10 femmes parmi les 40 présents")
    assert "Mme Françoise BERGER" in said
    assert "M. " not in said


def test_a_letter_and_a_sex_narrow_together(loaded_engine: Engine) -> None:
    frame = read_frame("les hommes présents le 4 juillet dont le nom commence par B", TODAY)
    with db.session(loaded_engine) as session:
        said = _said(
            answers.among_at_sitting(session=session, frame=frame, view=_bureau_view(session))
        )
    assert said.startswith("7 hommes dont le nom commence par « B » parmi les 40 présents")
    assert "BERGER" not in said
    assert "M. Bernard BONNET" in said


def test_proxies_carried_by_women(loaded_engine: Engine) -> None:
    frame = read_frame("quelles femmes portaient une procuration le 4 juillet ?", TODAY)
    with db.session(loaded_engine) as session:
        said = _said(
            answers.among_at_sitting(session=session, frame=frame, view=_bureau_view(session))
        )
    assert said.startswith("3 pouvoirs portés par des femmes, sur 6")
    assert "M. Régis CADEGROS donne pouvoir à Mme Aline MOUSEGHIAN" in said
    assert "DEGRAIX" not in said


def test_nobody_kept_is_said(loaded_engine: Engine) -> None:
    frame = read_frame("les absents en Z le 4 juillet ?", TODAY)
    with db.session(loaded_engine) as session:
        said = _said(
            answers.among_at_sitting(session=session, frame=frame, view=_bureau_view(session))
        )
    assert said.startswith("Aucun élu dont le nom commence par « Z » parmi les 27 absents")


def test_a_body_s_women_members(loaded_engine: Engine) -> None:
    frame = read_frame("combien de femmes siègent au bureau ?", TODAY)
    with db.session(loaded_engine) as session:
        said = _said(answers.members(session=session, body_ids=None, frame=frame))
    assert "14 femmes parmi les 67 membres du Bureau Métropolitain" in said


def test_a_first_name_narrows_the_list(loaded_engine: Engine) -> None:
    frame = read_frame("les présents du 4 juillet prénommés Gilles ?", TODAY)
    with db.session(loaded_engine) as session:
        said = _said(
            answers.among_at_sitting(session=session, frame=frame, view=_bureau_view(session))
        )
    assert said.startswith("3 élus prénommés « Gilles » parmi les 40 présents")
    assert "ARTIGUES" not in said
