"""Hostile files sent in the conversation by the secretariat, through the real Application:
the refusal says what is wrong with the file, in French (how long reading takes is measured
in bench/, never asserted here)."""

from __future__ import annotations

from tests.helpers import text
from tests.test_convocations import coming_sitting, no_per_chat_gap
from tests.test_sitting_orders import Desk, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared

HEADER = (
    "COLL_NOM;COLL_SIRET;DELIB_ID;DELIB_DATE;DELIB_MATIERES;DELIB_OBJET;BUDGET_ANNEE;BUDGET_NOM;"
    "PREF_ID;PREF_DATE;VOTE_EFFECTIF;VOTE_REEL;VOTE_POUR;VOTE_CONTRE;VOTE_ABSTENTION;DELIB_URL\n"
)


async def test_a_csv_cell_of_a_megabyte_is_said_as_such(desk: Desk) -> None:
    """It was « guillemet non fermé ? », where no quote was: the cell's size is said."""
    title = "A" * 1_000_000
    row = f"SAINT-ETIENNE METROPOLE;24420077000117;2024-999;2024-07-04;1.1;{title};;;;;;;;;;\n"
    said = text(await desk.dallara.send_document("delibs.csv", (HEADER + row).encode()))
    assert "vers la ligne 2 (une cellule de plus de 131072 caractères" in said
    assert "guillemet" not in said
    assert "0 fichier importé, 0 inchangé, 1 en erreur" in said
