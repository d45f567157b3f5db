"""Lane lang22 (issue 12): an act's vote asked as a noun phrase, an attribute of a found act, the
documents held for a sitting and which side of a proxy, in members' own words.

tests/fixtures/questions/families_lang22.tsv holds our own phrasings and what each answer must
(or, « !… », must not) say, decided before running; one test per block, each block one
conversation, through the real Application on the sample data. Every block runs on SQLite;
its first and one in four chosen by their messages (tests/helpers.py: postgresql_sample) also
on PostgreSQL. The coming sitting's families (a quorum verdict, a proxy asked for) are in
coming_lang22.tsv, run by tests/test_coming_table.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.render import render, to_plain_text
from bot.services import answers
from bot.services.act_facts import Aspect, aspect_asked
from bot.services.frames import About, Asked, read_frame
from bot.transport import Conversation
from storage import db, lookups
from storage.importer import Importer
from storage.models import Sitting
from tests.documents import text_of
from tests.helpers import Line, assert_says, say, table_cases

TODAY = date(2024, 7, 10)


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang22.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("text", "polar"),
    [
        ("le vote du budget primitif 2022 ?", False),
        ("vote compte administratif", False),
        ("résultat du vote sur la DSP piscine ?", False),
        ("les votes sur le CLS ?", False),
        ("le budget 2022 a été adopté ?", True),
        ("la 417 a été votée ?", True),
        ("le budget primitif voté ?", True),
        ("le CLS c'est passé à l'unanimité ?", True),
    ],
)
def test_a_vote_named_is_no_yes_or_no_question(text: str, polar: bool) -> None:
    frame = read_frame(text, TODAY)
    assert frame.asked is Asked.VOTE
    assert frame.polar is polar


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("qui était le mandataire de Fara ?", About.GIVEN),
        ("mon mandataire c'était qui ?", About.GIVEN),
        ("qui est le mandant de Bonnet ?", About.HELD),
        ("Jouve était le mandataire de qui ?", About.HELD),
        ("Bonnet était mandataire ?", About.HELD),
        ("Bonnet était mandant ?", About.GIVEN),
        ("qui a voté pour Jouve ?", About.GIVEN),
        ("qui votait à la place de Fara ?", About.GIVEN),
        ("qui Bonnet représentait-il ?", About.HELD),
        ("qui est-ce que Bonnet représentait au bureau ?", About.HELD),
        ("qui représentait Jouve au bureau ?", About.GIVEN),
        ("Jouve avait mandaté qui ?", About.GIVEN),
        ("qui a été mandaté par Jouve ?", About.GIVEN),
        ("Bonnet a été mandaté par qui ?", About.HELD),
        ("qui a mandaté Bonnet ?", About.HELD),
    ],
)
def test_the_side_of_a_proxy_in_the_laws_words(text: str, side: About) -> None:
    frame = read_frame(text, TODAY)
    assert frame.asked is Asked.PROXY
    assert frame.about is side


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("le contrat se termine quand ?", Aspect.DURATION),
        ("l'échéance du marché ?", Aspect.DURATION),
        ("la convention prend fin quand ?", Aspect.DURATION),
        ("le CLS entre en vigueur quand ?", Aspect.EFFECTIVE),
        ("date d'effet de la 2024.00417 ?", Aspect.EFFECTIVE),
        ("quel partenaire pour le CLS ?", Aspect.PARTNER),
        ("avec qui la convention est passée ?", Aspect.PARTNER),
        ("qui est le délégataire de la DSP ?", Aspect.PARTNER),
        ("le CLS c'est jusqu'en quelle année ?", Aspect.DURATION),
        ("c'est avec quelle association ?", Aspect.PARTNER),
        ("combien coûte la DSP transport ?", Aspect.AMOUNT),
        ("Berger était avec qui ?", None),
    ],
)
def test_an_attribute_of_an_act(text: str, aspect: Aspect | None) -> None:
    asked = aspect_asked(text)
    assert (asked.aspect if asked else None) is aspect


@pytest.mark.parametrize(
    "text",
    [
        "il y a un PV de la séance de juillet ?",
        "le procès-verbal est dispo ?",
        "on a le compte rendu du dernier conseil ?",
        "le PV du bureau du 4 juillet existe ?",
        "quels documents avez-vous pour le bureau du 4 juillet ?",
    ],
)
def test_a_document_asked_for_is_the_sittings_documents(text: str) -> None:
    frame = read_frame(text, TODAY)
    assert (frame.asked, frame.about) == (Asked.SITTING, About.DOCUMENTS)
    assert not frame.words


def test_a_compte_rendu_imported_is_said_held(engine: Engine, tmp_path: Path) -> None:
    """A compte rendu holding several items is the sitting's minutes: « il y a un compte rendu
    du conseil du 12 mars ? » is « Oui », and the file is named; an extract is no minutes."""
    minutes = tmp_path / "CR-conseil-2024-03-12.txt"
    minutes.write_text(text_of("commune-cr-seven-items.txt"), encoding="utf-8")
    with db.session(engine) as session:
        (report,) = Importer(session).import_files([minutes])
        assert report.status == "imported", report
        sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 3, 12))).one()
        held, unsourced = lookups.sitting_documents(session=session, sitting_id=sitting.id or 0)
        assert [(d.name, d.minutes) for d in held] == [(minutes.name, True)]
        assert held[0].deliberations > 1
        assert unsourced == 0
        for question, says in (
            ("il y a un compte rendu du conseil du 12 mars 2024 ?", "Oui : le procès-verbal"),
            ("on a l'extrait du conseil du 12 mars 2024 ?", "Non : aucun extrait"),
        ):
            answer = answers.documents(
                session=session,
                frame=read_frame(question, TODAY),
                sitting_id=sitting.id or 0,
                today=TODAY,
            )
            said = to_plain_text(render(answer.template, asker=None, **answer.data))
            assert says in said, said
            assert f"• {minutes.name} : procès-verbal ou compte rendu" in said, said
