"""Who « contribution » speaks of, and the article a body's name takes: another council's
actions and bodies are said of that council, never « de la Métropole » nor « le Commission
permanente »; and figures after an act's noun that read as a day are looked up as a number
first (« délibération 2025/06/02 »)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.render import body_with, render, the_name, to_plain_text
from bot.transport import Conversation
from storage import db, queries
from storage.models import Body, Council, Deliberation, FundedAction, Sitting
from tests.conftest import sqlite_only
from tests.helpers import say


def _departement_action(engine: Engine) -> int:
    """An action of the Département de la Loire, decided by its Commission permanente."""
    with db.session(engine) as session:
        council = Council(name="Département de la Loire", kind="département")
        session.add(council)
        session.flush()
        body = Body(name="Commission permanente", notice_days=5, council_id=council.id)
        session.add(body)
        session.flush()
        sitting = Sitting(body_id=body.id or 0, held_on=date(2025, 3, 10))
        session.add(sitting)
        session.flush()
        act = Deliberation(
            number="CP-2025-014",
            title="Aide aux collèges ruraux",
            title_key="aide aux colleges ruraux",
            sitting_id=sitting.id or 0,
            council_id=council.id,
            outcome="adopted",
        )
        session.add(act)
        session.flush()
        action = FundedAction(
            deliberation_id=act.id,
            title="Transport des collégiens",
            carrier="Collège de Saint-Bonnet",
            cost=Decimal(50_000),
            contribution=Decimal(30_000),
            council_id=council.id,
        )
        session.add(action)
        session.commit()
        return action.id or 0


def _plain(html_text: str) -> str:
    return to_plain_text(html_text).replace("\u202f", " ").replace("\xa0", " ")


@sqlite_only
def test_another_councils_action_is_funded_by_that_council(loaded_engine: Engine) -> None:
    action_id = _departement_action(loaded_engine)
    with db.session(loaded_engine) as session:
        (view,) = queries.funded_action_views(session=session, ids=[action_id])
        sample = queries.funded_action_views(session=session)
    assert view.funder == "Département"
    assert {a.funder for a in sample if a.id != action_id} == {"Métropole"}
    remainder = _plain(render("action_fact", a=view, fact="remainder", funder=None, share=None))
    assert "le Département en finançant 30 000 €" in remainder
    assert "Métropole" not in remainder
    listed = _plain(
        render(
            "actions",
            actions=[view],
            count=1,
            total_cost=50_000,
            total_contribution=30_000,
            words="",
        )
    )
    assert "contribution du Département" in listed
    assert "contribution de la Métropole" not in listed


def test_a_funder_is_named_with_its_article() -> None:
    assert the_name("Métropole") == "la Métropole"
    assert the_name("Département") == "le Département"
    assert the_name("Communauté d'agglomération Loire Forez").startswith("la Communauté")
    assert the_name("Saint-Etienne Métropole") == "Saint-Etienne Métropole"


@pytest.mark.parametrize(
    ("body", "of", "the", "at"),
    [
        ("Bureau Métropolitain", "du Bureau Métropolitain", "Le Bureau", "au Bureau"),
        ("Commission permanente", "de la Commission permanente", "La Commission", "à la Comm"),
        ("Assemblée plénière", "de l'Assemblée plénière", "L'Assemblée", "à l'Assemblée"),
        ("Comité syndical", "du Comité syndical", "Le Comité", "au Comité"),
    ],
)
def test_a_body_takes_the_article_of_its_gender(body: str, of: str, the: str, at: str) -> None:
    assert body_with(body, "du") == of
    assert body_with(body, "Le").startswith(the)
    assert body_with(body, "au").startswith(at)


@sqlite_only
async def test_figures_like_a_day_are_an_act_when_a_council_numbers_it_so(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    with db.session(loaded_engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 7, 4))).one()
        session.add(
            Deliberation(
                number="2024/07/04",
                title="Motion numérotée comme une date",
                title_key="motion numerotee comme une date",
                sitting_id=sitting.id or 0,
                council_id=1,
                outcome="adopted",
            )
        )
        session.commit()
    answer = await say(degraix, "la délib n° 2024/07/04 svp")
    assert "Motion numérotée comme une date" in answer
    assert "je lis la date" not in answer
    answer = await say(degraix, "délibération 2022-03-24")
    assert "Aucune délibération n'est numérotée « 2022-03-24 » : je lis la date" in answer
    assert "24 mars 2022" in answer
    assert "02022" not in answer


@pytest.mark.parametrize(
    ("president", "council", "signed"),
    [
        (None, "Département du Haut-Vivarais", "Président du Département du Haut-Vivarais"),
        (None, "Saint-Etienne Métropole", "Président de Saint-Etienne Métropole"),
        ("Gaël PERDRIAU", "Saint-Etienne Métropole", "Gaël PERDRIAU, Président"),
    ],
)
def test_a_notice_is_signed_by_its_own_council(
    president: str | None, council: str, signed: str
) -> None:
    """With no president named in the settings, a notice is signed by the office of the
    sitting's own council, never « de la Métropole » for a département."""
    assert render("_signed", president=president, council=council).strip() == signed
