"""The secretariat's /nouvelle_seance draft given a step's answer of the wrong kind, or an
agenda pasted with a point twice: the real Application through `process_update`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import cli
from bot.services import sittings
from bot.transport import Conversation
from storage import db
from storage.models import Sitting
from tests.helpers import text

PLACE_ASKED = "Où se tiendra la séance ?"


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("26/07/2024 9h30", "vendredi 26 juillet 2024 à 9 h 30"),
        ("non pardon, à 18 h", "mercredi 24 juillet 2024 à 18 h 00"),
        ("le lendemain", "jeudi 25 juillet 2024 à 17 h 00"),
    ],
)
async def test_a_day_or_hour_typed_where_the_place_is_asked_corrects_them(
    dallara: Conversation, loaded_engine: Engine, said: str, read: str
) -> None:
    """The hour typed again (or corrected) when the place was asked became the place: the
    summary read « …, 26/07/2024 9h30. » and kept the day and hour first typed."""
    await dallara.send("/nouvelle_seance bureau mercredi 24 juillet 2024 17h")
    answer = text(await dallara.send(said))
    assert read in answer, answer
    assert PLACE_ASKED in answer
    assert "ordre du jour" in text(await dallara.send("Salle Aristide Briand"))
    summary = text(await dallara.send("aucun"))
    assert f"{read}, Salle Aristide Briand." in summary, summary


@pytest.mark.parametrize("place", ["Salle 12", "à la Cité du design", "Le 2 avenue Grüner"])
async def test_a_place_beginning_with_a_figure_or_a_word_of_place_is_the_place(
    dallara: Conversation, place: str
) -> None:
    await dallara.send("/nouvelle_seance bureau mercredi 24 juillet 2024 17h")
    assert "ordre du jour" in text(await dallara.send(place))
    assert f"17 h 00, {place}." in text(await dallara.send("aucun"))


async def test_an_agenda_holding_a_point_twice_is_questioned_before_it_is_created(
    dallara: Conversation, loaded_engine: Engine
) -> None:
    """A line pasted twice convened every member to the same point twice, and the secretary
    never read a word of it."""
    await dallara.send("/nouvelle_seance bureau mercredi 24 juillet 2024 17h")
    await dallara.send("Salle B")
    summary = text(
        await dallara.send(
            "Tarifs des piscines 2025\nDésignation des représentants\n"
            "tarifs des piscines 2025.\nMotion"
        )
    )
    assert "« Tarifs des piscines 2025 » figure 2 fois à l'ordre du jour (points 1 et 3)" in (
        summary
    )
    assert "Créer cette séance ?" in summary
    await dallara.press("Confirmer")
    with db.session(loaded_engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 7, 24))).one()
    assert len(sitting.agenda or []) == 4  # questioned, never dropped without a word


def test_items_alike_only_in_their_words_are_not_repeated() -> None:
    items = ["Budget annexe", "Budget annexe eau", "Désignation", "DESIGNATION ", "désignation"]
    assert [(r.item, r.places) for r in sittings.repeated_items(items)] == [
        ("Désignation", [3, 4, 5])
    ]


def test_the_command_line_says_a_point_typed_twice(
    loaded_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agenda = tmp_path / "odj.txt"
    agenda.write_text("Rapport annuel\n\nMotion\nRapport annuel\n\n", encoding="utf-8")
    url = loaded_engine.url.render_as_string(hide_password=False)
    arguments = ["--body", "Bureau", "--at", "2099-03-12 17:00", "--agenda", str(agenda)]
    assert cli.main(["sitting", "create", "--db", url, *arguments]) == 0
    said = capsys.readouterr().out
    assert "« Rapport annuel » figure 2 fois à l'ordre du jour (points 1 et 3)" in said, said
    assert "Sinon, retirez le doublon avant de convoquer." in said
