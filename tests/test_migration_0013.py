"""Migration 0013_act_url on both databases: a deliberation keeps where open data says its text
is published (SCDL DELIB_URL), its rows survive the way down and up; the bundled open data fills
it at import, an extract leaves it empty."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.models import Deliberation
from tests.helpers import deliberation_column_round_trip

PAGE = "https://www.saint-etienne-metropole.fr/la-metropole/vie-democratique/deliberations"


def test_the_address_column_goes_and_comes_back_with_the_rows(loaded_engine: Engine) -> None:
    deliberation_column_round_trip(loaded_engine, "url", down_to="0012_lang21_budget")
    with db.session(loaded_engine) as session:
        act = session.exec(select(Deliberation).where(Deliberation.number == "2022.00035")).one()
        assert act.url is None  # dropped on the way down, until the file is imported again


def test_open_data_addresses_are_stored_at_import(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        urls = dict(session.exec(select(Deliberation.number, Deliberation.url)).all())
    assert urls["2022.00035"] == PAGE
    assert urls["2024.00417"] is None  # an extract: the document itself is its text
