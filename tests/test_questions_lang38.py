"""Issue 12: votes asked over every act of a topic, a list of acts refined, and the facts of
the act in talk (its commune, its beneficiary, how it runs over the years), as members type them.

tests/fixtures/questions/families_lang38.tsv holds the phrasings of each family found answered
wrong (« Non » read off one act while another on the topic was opposed, a refinement that
listed the whole set again, « pour quelle commune ? » read as the members' communes, « c'est
de l'annuel ? » searched as a topic), and what each answer must (or, « !… », must not) say,
decided before running; one test per block, each block one conversation, through the real
Application on the sample data.
"""

from __future__ import annotations

import pytest

from bot.services import act_sets
from bot.services.act_facts import named_in_title, period_asked, period_verdict
from bot.transport import Conversation
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang38.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("y a eu des contre sur l'eau ?", act_sets.Kept.AGAINST),
        ("des opposants sur les taxes ?", act_sets.Kept.AGAINST),
        ("qqn s'est abstenu sur le PLU ?", act_sets.Kept.ABSTENTIONS),
        ("et celles qui n'ont pas fait l'unanimité", act_sets.Kept.DIVIDED),
        ("tout le monde a voté pour le budget ?", act_sets.Kept.UNANIMOUS),
        ("personne n'a voté contre ?", act_sets.Kept.UNANIMOUS),
        ("et les rejetées ?", act_sets.Kept.REJECTED),
        ("celles qui sont passées", act_sets.Kept.ADOPTED),
        ("et parmi elles, sur l'eau ?", None),
    ],
)
def test_the_property_of_a_vote_is_read_from_the_words(
    text: str, kept: act_sets.Kept | None
) -> None:
    assert act_sets.kept_said(text) is kept


def test_a_question_of_every_act_is_told_from_one_of_some() -> None:
    assert act_sets.every_asked("tout a été voté à l'unanimité ?", act_sets.Kept.UNANIMOUS)
    assert not act_sets.every_asked("au moins une à l'unanimité ?", act_sets.Kept.UNANIMOUS)
    assert not act_sets.every_asked("des contre ?", act_sets.Kept.AGAINST)


@pytest.mark.parametrize(
    ("title", "territory", "carrier"),
    [
        (
            "Plan de relance - Attribution d'un fonds de concours à la commune de Farnay - Logis",
            "Farnay",
            "commune de Farnay",
        ),
        ("PLAN LOCAL D’URBANISME (PLU) DE L’HORME - APPROBATION", "L’HORME", None),
        (
            "Travaux rue Loubet commune de Saint-Chamond - Fonds de concours au SIEL",
            "Saint-Chamond",
            "SIEL",
        ),
        ("RAPPORT DE DEVELOPPEMENT DURABLE 2021", None, None),
    ],
)
def test_a_title_names_its_commune_and_its_beneficiary(
    title: str, territory: str | None, carrier: str | None
) -> None:
    assert named_in_title(title, "territory") == territory
    assert named_in_title(title, "carrier") == carrier


def test_how_an_act_runs_over_the_years_is_read_from_its_words() -> None:
    assert period_asked("c'est de l'annuel ?") == "annual"
    assert period_asked("c'est sur plusieurs années ?") == "multi_year"
    assert period_asked("c'est reconduit chaque année ?") == "renewed"
    assert period_asked("c'est combien ?") is None
    triennial = "Avenant n°1 (année 2022) à la convention de financement triennale 2021-2023"
    assert period_verdict("annual", triennial, "", None).yes is False
    assert period_verdict("multi_year", triennial, "", None).yes is True
    assert period_verdict("annual", "Taux des taxes 2022", "", None).yes is None
    # a contract renewed once is no yearly renewal; « par tacite reconduction » is
    once = "Le Conseil a validé la reconduction du contrat 2024-2027."
    assert period_verdict("renewed", "CLS", once, None).yes is None
    tacit = "La convention est renouvelée par tacite reconduction."
    assert period_verdict("renewed", "CLS", tacit, None).yes is True
    assert period_verdict("multi_year", "CLS", "", True).recorded
