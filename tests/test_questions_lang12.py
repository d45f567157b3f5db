"""Lane lang12 (issue 12): the families of member language the last blind probe left wrong.

tests/fixtures/questions/families_lang12.tsv holds our own phrasings of each family and what
each answer must (or, « !… », must not) say, decided before running; one test per block, each
block one conversation, through the real Application on the sample data. Every block runs on
SQLite; its first and one in four chosen by their messages (tests/helpers.py:
postgresql_sample) also on PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from storage import db
from storage.importer import Importer
from tests.conftest import member_id, running_application
from tests.helpers import Line, assert_says, say, table_cases, text


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang12.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


async def test_which_one_offers_only_those_the_role_fits(degraix: Conversation) -> None:
    replies = await degraix.send("Gilles, il portait le pouvoir de qui ?")
    # Four Gilles sit; at the bureau of 4 July, none carried a proxy: said so, each with what
    # he did, never « which Gilles? »
    assert "Aucun des 4 membres prénommés « Gilles » ne portait de pouvoir" in text(replies)
    replies = await degraix.send("lequel des Marc était là ?")
    # Chassaubene gave his proxy and Jandot was excused: the two present are both answered
    answer = text(replies)
    assert "2 des 4 membres prénommés « Marc » étaient présents" in answer
    assert "CHAVANNE" in answer
    assert "TARDIEU" in answer
    assert "JANDOT" not in answer
    replies = await degraix.send("Marc était là ?")  # yes or no: every Marc, the answer unsaid
    assert len(replies[-1].labels) == 4


@pytest.mark.parametrize("asked", ["en PDF", "la version pdf ?", "je peux l'imprimer ?"])
async def test_the_sheet_to_print_is_asked_in_words(dallara: Conversation, asked: str) -> None:
    await dallara.send("/feuille 4 juillet 2024")
    replies = await dallara.send(asked)
    document = replies[-1].document
    assert document is not None  # the printable sheet, as its button sends it
    assert document[0].endswith(".pdf")
    assert document[1].startswith(b"%PDF")


async def test_in_words_with_no_sheet_shown_the_secretariat_is_asked_which(
    dallara: Conversation,
) -> None:
    assert "Tapez /feuille" in text(await dallara.send("la feuille en PDF"))


async def test_a_member_asking_the_sheet_to_print_gets_the_refusal(degraix: Conversation) -> None:
    await degraix.send("/feuille 4 juillet 2024")
    replies = await degraix.send("en PDF")
    assert "réservée au secrétariat" in text(replies)
    assert all(r.document is None for r in replies)


async def test_printing_another_thing_is_not_the_sheet(dallara: Conversation) -> None:
    await dallara.send("/feuille 4 juillet 2024")
    replies = await dallara.send("je peux imprimer la délibération 2024.00417 ?")
    assert all(r.document is None for r in replies)
    assert "CONTRAT LOCAL DES SOLIDARITÉS" in text(replies)


LATE_AND_LEFT = """COMMUNE DE SAINT-CYR-LES-VIGNES
Extrait du registre des délibérations du conseil municipal
Séance du 18 mars 2024
Nombre de membres en exercice : 7   Présents : 6   Votants : 6
Présents : M. Bernard CHAPUIS, Mme Hélène VERNAY, M. Gilles PONCET (arrivé au point 2),
Mme Agnès MOULIN, M. Paul RIVAL, Mme Julie ROCHE
Absent : M. Yves BLANC
Secrétaire de séance : Mme Hélène VERNAY

1 - Tarifs de la salle des fêtes
Délibération n° 2024-015
Adopté à l'unanimité.

2 - Subvention au comité des fêtes
Délibération n° 2024-016
Adopté à l'unanimité.
"""


async def test_late_comers_are_told_from_the_acts_items(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "extrait.txt"
    path.write_text(LATE_AND_LEFT, encoding="utf-8")
    with db.session(engine) as session:
        reports = Importer(session).import_files([path])
        assert [r.status for r in reports] == ["imported"], reports
    async with running_application(engine) as (app, api):
        app.bot_data.runtime.acting_as[601] = member_id(engine, "VERNAY")
        member = Conversation(app, api, 601, "Hélène")
        answer = text(await member.send("qui est arrivé en retard ?"))
        assert "M. Gilles PONCET" in answer
        assert "2024-016" in answer
        assert "Mme Julie ROCHE" not in answer
        answer = text(await member.send("Roche est arrivée en retard ?"))
        assert "ne notent aucune arrivée après l'appel pour Mme Julie ROCHE" in answer


def _as(application, engine: Engine, last_name: str, user_id: int) -> Conversation:  # type: ignore[no-untyped-def]
    app, api = application
    app.bot_data.runtime.acting_as[user_id] = member_id(engine, last_name)
    return Conversation(app, api, user_id, last_name.title())


@pytest.mark.parametrize(
    "asked",
    [
        "je portais une procuration ?",
        "je portais un pouvoir au dernier bureau ?",
        "j'étais porteur d'un pouvoir ?",
        "j'ai porté une procu ?",
        "je détenais un pouvoir le 4 juillet 2024 ?",
    ],
)
async def test_a_giver_asked_if_they_carried_one_hears_no(
    application, loaded_engine: Engine, asked: str
) -> None:  # type: ignore[no-untyped-def]
    artigues = _as(application, loaded_engine, "ARTIGUES", 701)
    answer = text(await artigues.send(asked))
    assert answer.startswith("Non, vous ne portiez aucun pouvoir"), answer  # the asker: vous
    assert "représenté par M. Jean-Luc DEGRAIX" in answer


@pytest.mark.parametrize(
    "asked",
    [
        "quel role j'ai",
        "quelle est ma fonction ?",
        "je suis quoi au bureau ?",
        "c'est quoi mon rôle ?",
    ],
)
async def test_my_role_is_what_the_documents_say_i_do(
    application, loaded_engine: Engine, asked: str
) -> None:  # type: ignore[no-untyped-def]
    fayolle = _as(application, loaded_engine, "FAYOLLE", 702)
    answer = text(await fayolle.send(asked))
    assert "« La Première Vice-Présidente »" in answer
    assert "Présidente de séance : Bureau Métropolitain du jeudi 4 juillet 2024" in answer
    assert "Taux de présence" not in answer
