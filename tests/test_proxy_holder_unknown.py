"""Documents of a communauté, read as members ask about them.

A proxy printed without its holder (« Absents ayant voté par procuration : … », FORMATS.md):
the giver is recorded represented, and every answer about that member's proxy says one was
given, to a holder the documents do not name; never « n'a pas donné de pouvoir ». An act's
number typed without its series' letters (« 2025-088 » for « DEL2025-088 ») is that act."""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path

from sqlalchemy.engine import Engine

from bot.console import run_console
from bot.services.imports import import_and_summarise
from bot.settings import Settings

MINUTES = """\
COMMUNAUTÉ DE COMMUNES DU VALLON
COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU 19 NOVEMBRE 2025

Sur convocation régulière en date du 12 novembre, le Conseil communautaire s'est réuni sous la
présidence de M. DUMAS Jean-Pierre, Président.

Membres titulaires : 8  Etaient réunis : 5  Nombre de votants : 7

Présents : DUMAS Jean-Pierre, BOYER Daniel, PRAT Louise, MARTY Luc, DUVAL Karine.
Absents ayant voté par procuration : RIOU Paul, DUMONT Alice
Absents excusés : MAQUIN Claude

Madame DUVAL est nommée secrétaire de séance.

1 - DEL2025-088 Fonds de concours à la commune de Chazelles
Adopté à l'unanimité.
"""


def _answers(engine: Engine, *lines: str) -> list[str]:
    out = io.StringIO()
    status = asyncio.run(
        run_console(
            Settings(database_url="sqlite://"),
            engine,
            as_member="Karine Duval",
            jsonl=True,
            stdin=io.StringIO("".join(f"{line}\n" for line in lines)),
            stdout=out,
        )
    )
    assert status == 0
    return [
        "\n".join(reply["text"] for reply in json.loads(line)["replies"])
        for line in out.getvalue().splitlines()
    ]


def test_a_proxy_without_its_holder_is_a_proxy_given(engine: Engine, tmp_path: Path) -> None:
    minutes = tmp_path / "cc-vallon-2025-11-19.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    assert import_and_summarise(engine, [minutes])["imported"] == 1
    unknown = "a donné pouvoir, mais les documents publiés ne disent pas à qui"
    to_whom, whether, to_marty, counted, card = _answers(
        engine,
        "Riou avait donné pouvoir à qui ?",
        "Riou a donné pouvoir ?",
        "Riou a donné pouvoir à Marty ?",
        "combien de pouvoirs a donné Riou ?",
        "/membre Riou",
    )
    assert f"Paul RIOU {unknown}" in to_whom
    assert whether.startswith(f"Oui, Paul RIOU {unknown}")
    assert to_marty.startswith(f"Je ne sais pas : Paul RIOU {unknown}")
    assert "a donné 1 pouvoir" in counted
    assert "à un mandataire que les documents ne nomment pas" in counted
    assert "à un mandataire que les documents ne nomment pas" in card
    for answer in (to_whom, whether, to_marty, counted, card):
        assert "pas donné de pouvoir" not in answer
        assert "aucun pouvoir" not in answer


def test_a_number_typed_without_its_series_letters_is_found(
    engine: Engine, tmp_path: Path
) -> None:
    """« la délib 2025-088 » for the printed « DEL2025-088 »: a member leaves the letters out."""
    minutes = tmp_path / "cc-vallon-2025-11-19.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    assert import_and_summarise(engine, [minutes])["imported"] == 1
    for asked in ("la délib 2025-088 a été votée comment ?", "délibération 2025/88"):
        (answer,) = _answers(engine, asked)
        assert "DEL2025-088" in answer, asked
        assert "Aucune délibération" not in answer
