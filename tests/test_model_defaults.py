"""The rows an import makes by the thousand are cheap to make: no column's default is a builtin
whose signature pydantic parses from its text at every row (`list`, `dict`: a fifth of a
millisecond per sitting, as much as storing its attendance), and each row gets its own value."""

from __future__ import annotations

import inspect
from datetime import date

import pytest
from sqlmodel import SQLModel

from storage import models
from storage.models import Deliberation, ImportFinding, Sitting


def _table_models() -> list[type[SQLModel]]:
    return [
        model
        for _, model in inspect.getmembers(models, inspect.isclass)
        if issubclass(model, SQLModel) and getattr(model, "__table__", None) is not None
    ]


@pytest.mark.parametrize("model", _table_models(), ids=lambda model: model.__name__)
def test_no_column_default_is_a_builtin(model: type[SQLModel]) -> None:
    for name, info in model.model_fields.items():
        factory = info.default_factory
        builtin = inspect.isbuiltin(factory) or isinstance(factory, type)
        assert not builtin, f"{model.__name__}.{name}: default_factory={factory!r}"


def test_each_row_has_its_own_list_and_dict() -> None:
    first, second = (
        Sitting(body_id=1, held_on=date(2024, 3, 5)),
        Sitting(body_id=1, held_on=date(2024, 3, 5)),
    )
    first.agenda.append("Budget")
    assert first.agenda == ["Budget"]
    assert second.agenda == []
    deliberation = Deliberation(number="2024-01", title="Budget", title_key="budget", sitting_id=1)
    assert deliberation.decisions == []
    finding = ImportFinding(document_id=1, code="missing_counts")
    finding.params["missing"] = ["votes"]
    assert ImportFinding(document_id=1, code="missing_counts").params == {}
