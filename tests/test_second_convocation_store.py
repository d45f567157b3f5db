"""A sitting held on a second convocation, on SQLite and PostgreSQL: the store keeps the fact
(migration 0010_docs12), the importer checks no quorum and three jours francs, and the bot
never says « quorum non atteint » of it: the card and the quorum answer say the sitting was
held without quorum condition. The document is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.transport import Conversation
from storage import db
from storage.importer import Importer
from storage.models import ImportFinding, Sitting
from storage.parsing.extract import parse_extract
from tests.conftest import member_id, running_application
from tests.helpers import migrate, text

SECOND = """COMMUNE DE SAINT-CYR-LES-VIGNES
Extrait du registre des délibérations du conseil municipal
Séance du 18 mars 2024 (seconde convocation)
Le quorum n'ayant pas été atteint lors de la séance du 11 mars 2024, le conseil municipal,
régulièrement convoqué à nouveau le 14 mars 2024, s'est réuni sans condition de quorum, sous
la présidence de M. Bernard CHAPUIS, Maire.
Nombre de membres en exercice : 11   Présents : 4   Votants : 4
Présents : M. Bernard CHAPUIS, Mme Hélène VERNAY, M. Gilles PONCET, Mme Agnès MOULIN
Absents : M. Paul RIVAL, Mme Julie ROCHE, M. Yves BLANC, Mme Sylvie DUMAS, M. Henri FAYOLLE,
Mme Claire PERRIN, M. Louis GARNIER
Secrétaire de séance : Mme Hélène VERNAY
Délibération n° 2024-015 – Tarifs de la salle des fêtes
Le conseil municipal, après en avoir délibéré, fixe les tarifs.
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_the_document_is_read_as_a_second_convocation(shape: str) -> None:
    extract = parse_extract(" ".join(SECOND.split()) if shape == "flattened" else SECOND)
    assert extract.second_convocation
    codes = {finding.code for finding in extract.findings}
    assert not codes & {"quorum_not_met", "short_notice", "item_quorum_not_met"}


def _import(engine: Engine, tmp_path: Path, text_: str = SECOND) -> None:
    path = tmp_path / "extrait.txt"
    path.write_text(text_, encoding="utf-8")
    with db.session(engine) as session:
        reports = Importer(session).import_files([path])
        assert [r.status for r in reports] == ["imported"], reports


async def test_the_store_and_the_bot_keep_the_second_convocation(
    engine: Engine, tmp_path: Path
) -> None:
    _import(engine, tmp_path)
    with db.session(engine) as session:
        sitting = session.exec(select(Sitting)).one()
        assert sitting.second_convocation
        codes = set(session.exec(select(ImportFinding.code)).all())
        assert "quorum_not_met" not in codes
    async with running_application(engine) as (app, api):
        app.bot_data.runtime.acting_as[601] = member_id(engine, "PONCET")
        member = Conversation(app, api, 601, "Gilles")
        card = text(await member.send("/seance 18 mars 2024"))
        assert "seconde convocation" in card
        assert "sans condition de quorum" in card
        assert "non atteint" not in card
        answer = text(await member.send("on avait le quorum le 18 mars 2024 ?"))
        assert "Pas de condition de quorum" in answer
        assert "non atteint" not in answer
        answer = text(await member.send("combien de présents le 18 mars 2024 ?"))
        assert "non atteint" not in answer


async def test_an_ordinary_sitting_without_quorum_still_says_so(
    engine: Engine, tmp_path: Path
) -> None:
    ordinary = (
        SECOND.replace(" (seconde convocation)", "")
        .replace("Le quorum n'ayant pas été atteint lors de la séance du 11 mars 2024, l", "L")
        .replace("régulièrement convoqué à nouveau le 14 mars 2024, s'est réuni sans", "s'est")
        .replace("condition de quorum, sous\nla", "réuni sous la")
    )
    assert not parse_extract(ordinary).second_convocation
    _import(engine, tmp_path, ordinary)
    with db.session(engine) as session:
        assert not session.exec(select(Sitting)).one().second_convocation
    async with running_application(engine) as (app, api):
        app.bot_data.runtime.acting_as[601] = member_id(engine, "PONCET")
        member = Conversation(app, api, 601, "Gilles")
        answer = text(await member.send("on avait le quorum le 18 mars 2024 ?"))
        assert "Non : le quorum n'était pas atteint" in answer


def _columns(engine: Engine) -> set[str]:
    return {column["name"] for column in sa.inspect(engine).get_columns("sitting")}


def test_migration_0010_adds_the_column_and_goes_down_and_up(
    engine: Engine, tmp_path: Path
) -> None:
    _import(engine, tmp_path)
    migrate(engine, "downgrade", "0009_perfbot")
    assert "second_convocation" not in _columns(engine)
    migrate(engine, "upgrade", "head")
    assert "second_convocation" in _columns(engine)
    with db.session(engine) as session:
        # a sitting stored before the column is an ordinary one
        assert session.exec(select(Sitting)).one().second_convocation is False
