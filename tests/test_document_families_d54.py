"""Shapes of other councils' documents, each invented and read as printed and flattened (the
`shape` fixture): a syndicat's suppléants, who sit for any delegate of their commune (L5212-7,
L5711-1), never refused as a communauté's are (L5211-6).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from storage import db, rules
from storage.documents import CouncilRecord
from storage.importer import Importer
from storage.parsing.extract import parse_extract
from tests.documents import DOCUMENTS, printed, read

SYNDICAT = "sivom-cr-suppleants-for-communes-of-two.txt"


@pytest.mark.parametrize(
    ("body", "kind", "delegates", "why"),
    [
        # a syndicat (SIVU, SIVOM, syndicat mixte): each member elects suppléants for all its seats
        ("Comité syndical", "syndicat", 3, None),
        ("Comité syndical", "syndicat", None, None),
        ("Bureau syndical", "syndicat", 1, rules.SubstituteRefusal.BODY),
        # a communauté, a métropole: only the sole delegate of a commune has one
        ("Conseil communautaire", "communauté", 2, rules.SubstituteRefusal.SEVERAL_DELEGATES),
        ("Conseil communautaire", "communauté", 1, None),
        ("Conseil de la Métropole", "métropole", 4, rules.SubstituteRefusal.SEVERAL_DELEGATES),
        ("Bureau métropolitain", "métropole", 1, rules.SubstituteRefusal.BODY),
        # the kind unknown: read as a communauté's
        ("Conseil", None, 2, rules.SubstituteRefusal.SEVERAL_DELEGATES),
    ],
)
def test_the_law_of_suppleants_by_council_kind(
    body: str, kind: str | None, delegates: int | None, why: rules.SubstituteRefusal | None
) -> None:
    assert rules.substitute_refusal(body, delegates, kind) is why


def _refusals(text: str) -> list[object]:
    return [
        f.params["why"] for f in parse_extract(text).findings if f.code == "substitute_refused"
    ]


def test_a_syndicats_suppleant_sits_for_a_commune_of_several(shape: str) -> None:
    # Tence has three delegates in the Comité: in a syndicat its suppléant sits all the same
    extract = read(SYNDICAT, shape)
    assert [s.substitute.last_name for s in extract.substitutions] == ["HILAIRE"]
    assert not [f for f in extract.findings if f.code == "substitute_refused"]
    text = (DOCUMENTS / SYNDICAT).read_text("utf-8")
    # the same sitting in a communauté's Conseil: refused (L5211-6); in a Bureau: refused
    communaute = text.replace(
        "SYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE", "COMMUNAUTÉ DE COMMUNES"
    ).replace("Comité syndical", "Conseil communautaire")
    assert _refusals(printed(communaute, shape)) == ["several_delegates"]
    assert _refusals(printed(text.replace("Comité syndical", "Bureau syndical"), shape)) == [
        "body"
    ]


@pytest.mark.parametrize(
    ("kind", "whys"), [("syndicat", []), ("communauté", ["several_delegates"])]
)
def test_the_import_judges_by_the_kind_the_store_knows(
    engine: Engine, tmp_path: Path, kind: str, whys: list[str]
) -> None:
    # the document names no collectivité: the secretariat says whose it is, and its kind
    text = (DOCUMENTS / SYNDICAT).read_text("utf-8").split("\n", 1)[1]
    path = tmp_path / "pv.txt"
    path.write_text(text, encoding="utf-8")
    given = ("Comité syndical", CouncilRecord("Eaux et forêts du Lignon", kind))
    with db.session(engine) as session:
        (report,) = Importer(session, given=given).import_files([path])
    assert report.status == "imported"
    assert [f.params["why"] for f in report.findings if f.code == "substitute_refused"] == whys
