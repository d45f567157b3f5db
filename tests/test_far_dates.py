"""A sitting planned more than a year ahead, through the real Application: « au 14 décembre
2031 », « 2099 » are a slip of the year far more often than a plan, so the offer questions the
year before the button does anything; a date within the year is offered without a word."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.services.sittings import years_ahead
from bot.transport import Conversation
from tests.helpers import text
from tests.test_convocations import coming_sitting, no_per_chat_gap  # noqa: F401
from tests.test_sitting_orders import Desk
from tests.test_sitting_orders import desk as desk

FAR = "plus d'un an"


async def test_a_postponement_years_away_questions_the_year(desk: Desk) -> None:
    dallara = await desk.convened()
    offer = text(await dallara.send("reporte le bureau du 18 juillet au 18 juillet 2031"))
    assert "Reporter la séance" in offer
    assert f"{FAR} (7 ans) : est-ce bien l'année voulue ?" in offer
    assert desk.sitting().held_on.year == 2024  # nothing done before the press
    near = text(await dallara.send("reporte le bureau du 18 juillet au 5 septembre"))
    assert "Reporter la séance" in near
    assert FAR not in near


async def test_a_new_sitting_years_away_questions_the_year(
    dallara: Conversation,
) -> None:
    await dallara.send("/nouvelle_seance bureau le 12 septembre 2099 à 18h salle A")
    summary = text(await dallara.send("aucun"))
    assert "Créer cette séance" in summary
    assert "(75 ans) : est-ce bien l'année voulue ?" in summary
    assert "bonne année.\nCréer cette séance ?" in summary
    await dallara.send("non")
    await dallara.send("/nouvelle_seance bureau le 12 septembre 2024 à 18h salle A")
    assert FAR not in text(await dallara.send("aucun"))


@pytest.mark.parametrize(
    ("starts", "years"),
    [
        (datetime(2027, 7, 10, 18, tzinfo=UTC), 0),  # a year to the day: planned
        (datetime(2027, 7, 12, 18, tzinfo=UTC), 1),
        (datetime(2031, 12, 14, 18, tzinfo=UTC), 5),
    ],
)
def test_a_year_ahead_is_the_bound(starts: datetime, years: int) -> None:
    assert years_ahead(starts, datetime(2026, 7, 10, 9, tzinfo=UTC)) == years


def test_the_command_line_says_a_sitting_years_away(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from bot import cli
    from tests.conftest import SAMPLE_SCDL

    url = f"sqlite:///{tmp_path}/council.db"
    assert cli.main(["import", "--db", url, str(SAMPLE_SCDL)]) == 0
    capsys.readouterr()
    assert (
        cli.main(
            ["sitting", "create", "--db", url, "--body", "Conseil", "--at", "2099-02-01 18:00"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Séance créée" in out
    assert "plus d'un an" in out
    assert 'council-bot sitting update "1er février 2099"' in out
