"""A sitting planned on a day that cannot be one: in the past, or in a year the calendar of a
convocation cannot hold. The real CLI (`bot.cli.main`, a real SQLite file) and the real
Application through `process_update` for the secretariat's /nouvelle_seance."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import cli
from bot.transport import Conversation
from storage import db
from storage.models import Sitting
from tests.conftest import SAMPLE_EXTRACT
from tests.helpers import text
from tests.test_attacks_drafts import secretary

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv), clock=lambda: NOW)
    out, err = capsys.readouterr()
    return status, out, err


def _planned(url: str) -> list[tuple[date, time]]:
    """The sittings planned (with an hour), as (day, hour): the imported ones have none."""
    with db.session(db.make_engine(url)) as session:
        sittings = session.exec(select(Sitting)).all()
        return [(s.held_on, s.start_time) for s in sittings if s.start_time is not None]


@pytest.mark.parametrize(
    ("at", "said"),
    [
        # the convocation's calendar (start + 3 h) overflowed: a traceback when convening
        ("9999-12-31 23:59", "vendredi 31 décembre 9999"),
        ("2150-12-31 18:00", "jeudi 31 décembre 2150"),
        # a sitting to come, planned in the past: the latest sitting, with nothing published
        ("2020-01-01 10:00", "mercredi 1er janvier 2020"),
        ("2026-12-05 09:00", "samedi 5 décembre 2026"),
    ],
)
def test_a_sitting_created_on_a_day_it_cannot_be_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: pytest.TempPathFactory, at: str, said: str
) -> None:
    url = f"sqlite:///{tmp_path}/council.db"
    assert _run(capsys, "import", "--db", url, str(SAMPLE_EXTRACT))[0] == 0
    status, out, err = _run(
        capsys, "sitting", "create", "--db", url, "--body", "Bureau", "--at", at
    )
    assert (status, out) == (2, "")
    assert said in err
    assert "Rien n'a été modifié" in err
    assert "Traceback" not in err
    assert _planned(url) == []


def test_a_sitting_moved_to_a_day_it_cannot_be_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: pytest.TempPathFactory
) -> None:
    url = f"sqlite:///{tmp_path}/council.db"
    _run(capsys, "import", "--db", url, str(SAMPLE_EXTRACT))
    status, _, _ = _run(
        capsys, "sitting", "create", "--db", url, "--body", "Bureau", "--at", "2027-01-14 17:00"
    )
    assert status == 0
    for at in ["9999-12-31 23:59", "2024-01-14 17:00"]:
        status, out, err = _run(capsys, "sitting", "update", "--db", url, "2027-01-14", "--at", at)
        assert (status, out) == (2, ""), err
        assert "Rien n'a été modifié" in err
    assert _planned(url) == [(date(2027, 1, 14), time(17, 0))]
    # a day to come within reach is still taken
    status, _, err = _run(
        capsys, "sitting", "update", "--db", url, "2027-01-14", "--at", "2027-01-21 17:00"
    )
    assert status == 0, err
    assert _planned(url) == [(date(2027, 1, 21), time(17, 0))]


async def test_a_draft_on_a_day_the_calendar_cannot_hold_is_asked_again(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """« le 31 décembre 9999 » was taken: convening the sitting then failed on its calendar."""
    chat = await secretary(degraix, loaded_engine)
    answer = text(await chat.send("31 décembre 9999 à 23h59"))
    assert "vendredi 31 décembre 9999" in answer
    assert "2099" in answer
    assert "Où se tiendra la séance" not in answer
    assert "Où se tiendra la séance" in text(await chat.send("18 juillet 2024 17h30"))


async def test_a_draft_on_the_29th_of_february_said_in_a_common_year_is_the_coming_one(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """« le 29 février » said in 2026 was made 29 February 2025 (« said in December, next
    year »), which does not exist: a traceback, and the draft lost. The coming one, two years
    away, is asked rather than guessed; the draft waits for it."""
    degraix.application.bot_data.runtime.clock = lambda: NOW
    chat = await secretary(degraix, loaded_engine)
    asked = text(await chat.send("29 février à 18h"))
    assert "Vouliez-vous dire le mardi 29 février 2028" in asked
    answer = text(await chat.send("29 février 2028 à 18h"))
    assert "mardi 29 février 2028 à 18 h 00" in answer
    assert "Où se tiendra la séance" in answer
