"""Numbers that name nothing the council holds: a sitting number (sittings are known by their
day: « la séance n° 99999 » answered the latest sitting as if it were asked), a rank beyond the
sittings held (« la 3e séance de 2022 » with two offered the two, « la 10e séance » answered the
coming one), a point of the agenda of four digits or more (answered the whole agenda). Each is
now said to name nothing, with what there is; a day (« la séance du 12 »), an hour and a
deliberation's number are read as before."""

from __future__ import annotations

import pytest

from bot.transport import Conversation
from tests.helpers import text


@pytest.mark.parametrize(
    "asked",
    [
        "pouvez-vous me dire qui était absent lors de la séance numéro 8123 ?",
        "quorum seance no 56",
        "le conseil n°14 a eu lieu quand ?",
        "qui présidait la réunion #3",
    ],
)
async def test_a_sitting_number_names_no_sitting(degraix: Conversation, asked: str) -> None:
    answer = text(await degraix.send(asked))
    assert "Aucune séance n'a le numéro" in answer, answer
    assert "désignées par leur date" in answer
    assert "présents sur" not in answer
    assert "Quorum" not in answer


@pytest.mark.parametrize(
    "asked",
    [
        "la séance du 24",  # a day
        "le bureau de 17h30",  # an hour
        "la séance 2022.00033",  # a deliberation
        "le conseil 2022",  # a year
    ],
)
async def test_a_day_an_hour_or_an_act_beside_a_sitting_is_no_sitting_number(
    degraix: Conversation, asked: str
) -> None:
    assert "Aucune séance n'a le numéro" not in text(await degraix.send(asked))


async def test_a_rank_beyond_the_period_s_sittings_says_how_many_there_were(
    degraix: Conversation,
) -> None:
    answer = text(await degraix.send("c'était quoi le quatrième conseil de 2022 ?"))
    assert "Il n'y a pas de 4e séance du samedi 1er janvier 2022 au samedi 31 décembre 2022" in (
        answer
    ), answer
    assert "2 séances seulement" in answer
    assert "Laquelle" not in answer


async def test_a_rank_in_figures_beyond_the_sittings_held_says_so(degraix: Conversation) -> None:
    answer = text(await degraix.send("infos sur la 25ème réunion svp"))
    assert "Il n'y a pas de 25e séance : 3 séances seulement parmi celles connues." in answer


async def test_a_rank_within_the_sittings_held_is_that_sitting(degraix: Conversation) -> None:
    answer = text(await degraix.send("le 2e conseil ?"))
    assert "24 mars 2022" in answer
    assert "Il n'y a pas" not in answer


@pytest.mark.parametrize(
    ("point", "said"),
    [
        ("1234", "et le point n° {} ?"),
        ("40", "et le point n°{}, c'était quoi ?"),
        ("31415926535897932384626", "le point {} de l'ordre du jour"),
    ],
)
async def test_a_point_numbered_beyond_the_agenda_says_its_count(
    degraix: Conversation, point: str, said: str
) -> None:
    await degraix.send("l'ordre du jour du conseil du 27 janvier 2022 ?")
    answer = text(await degraix.send(said.format(point)))
    assert f"27 points : il n'y a pas de point {point}" in answer, answer
    assert answer.startswith("La séance du Conseil Métropolitain du jeudi 27 janvier 2022")
