"""Migration 0012_lang21_budget on both databases: a deliberation keeps the budget open data
charges it to (SCDL BUDGET_NOM), its rows survive the way down and up; the bundled open data
fills it at import."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.models import Deliberation
from tests.helpers import deliberation_column_round_trip


def test_the_budget_column_goes_and_comes_back_with_the_rows(loaded_engine: Engine) -> None:
    deliberation_column_round_trip(loaded_engine, "budget", down_to="0011_docs14")
    with db.session(loaded_engine) as session:
        act = session.exec(select(Deliberation).where(Deliberation.number == "2022.00035")).one()
        assert act.budget is None  # dropped on the way down, until the file is imported again
        act.budget = "PARCS ET AIRES DE STATIONNEMENT EN RÉGIE"
        session.add(act)
        session.commit()
    with db.session(loaded_engine) as session:
        budgets = session.exec(select(Deliberation.budget).where(Deliberation.budget != None))  # noqa: E711
        assert budgets.all() == ["PARCS ET AIRES DE STATIONNEMENT EN RÉGIE"]


def test_open_data_budgets_are_stored_at_import(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        budgets = dict(session.exec(select(Deliberation.number, Deliberation.budget)).all())
    assert budgets["2022.00035"] == "PARCS ET AIRES DE STATIONNEMENT EN RÉGIE"
    assert budgets["2022.00039"] == "ADMINISTRATION GÉNÉRALE DU BUDGET PRINCIPAL"
    assert budgets["2022.00036"] is None  # the file leaves it empty
    assert budgets["2024.00417"] is None  # an extract: its text says it
