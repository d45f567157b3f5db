"""An open-data file whose rows share one defect, sent by the secretariat in the conversation
(through the real Application): the summary says the warning once with its rows. It said it
once per row, so a file of a few hundred acts filled Telegram's message with one warning, and
the file's other warnings and the totals were cut off."""

from __future__ import annotations

from bot.transport import Conversation
from tests.helpers import text
from tests.test_attacks_hostile_uploads import HEADER


def _row(number: int, title: str, votes: str = "") -> str:
    """A row of HEADER's 16 columns: the act, its title, and its votes for when given."""
    act = ["SAINT-ETIENNE METROPOLE", "24420077000117", f"2023-7{number:03d}", "2023-11-16"]
    return ";".join([*act, "5.7", title, "", "", "", "", "", "", votes, "", "", ""]) + "\n"


async def test_one_defect_on_every_row_is_said_once_with_its_rows(dallara: Conversation) -> None:
    rows = "".join(_row(n, f"Convention de voirie n° {n}") for n in range(120))
    said = text(await dallara.send_document("export-2023.csv", (HEADER + rows).encode()))
    warned = [line for line in said.splitlines() if "⚠" in line]
    assert warned == [
        "   ⚠ Lignes 2 à 121 : le vote n'est pas renseigné "
        "(VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION)."
    ], said
    assert "120 délibérations" in said  # every act is still imported, and counted
    assert "1 fichier importé, 0 inchangé, 0 en erreur." in said
    assert "La base contient" in said  # the totals are no longer cut off


async def test_rows_apart_are_listed_then_counted_and_rows_not_imported_said_plural(
    dallara: Conversation,
) -> None:
    """Every other row without its title: the first rows named, then how many; three rows
    holding a name alone are not imported, said once in the plural."""
    rows = "".join(
        _row(n, "" if n % 2 else f"Acquisition foncière {n}", votes="45") for n in range(40)
    )
    rows += "SAINT-ETIENNE METROPOLE\n" * 3
    said = text(await dallara.send_document("foncier.csv", (HEADER + rows).encode()))
    assert "⚠ Lignes 3, 5, 7, 9, 11, 13… (23 lignes) : objet de la délibération absent." in said
    assert "⚠ Lignes 42 à 44 : 1 colonne au lieu de 16." in said
    assert (
        "⚠ Lignes 42 à 44 : non importées (voir les avertissements de ces lignes), conservées "
        "dans les avertissements seulement." in said
    ), said
    assert said.count("objet de la délibération absent") == 1
    assert "40 délibérations" in said


async def test_numbers_on_several_rows_are_said_in_one_sentence(dallara: Conversation) -> None:
    """Each number printed on two rows with two titles was said once per row: the same
    sentence twice, for each number of the file."""
    rows = "".join(
        _row(n // 2, f"Marché de travaux, lot {n}", votes="52") for n in range(12)
    )  # numbers 0 to 5, each on two rows
    said = text(await dallara.send_document("lots.csv", (HEADER + rows).encode()))
    assert (
        "⚠ 6 numéros apparaissent chacun sur plusieurs lignes avec des objets différents : "
        "2023-7000 (lignes 2, 3), 2023-7001 (lignes 4, 5)" in said
    ), said
    assert said.count("2023-7005") == 1


async def test_one_column_found_is_said_in_the_singular(dallara: Conversation) -> None:
    broken = HEADER + '"Subvention au club;2023-7001\n'
    said = text(await dallara.send_document("casse.csv", broken.encode()))
    assert "⚠ Ligne 2 : 1 colonne au lieu de 16." in said, said


async def test_an_export_of_its_header_alone_is_said_cut_short(dallara: Conversation) -> None:
    """It was « 1 fichier importé, 0 délibération », and the file recorded as read: sending
    the same empty export again said « déjà importé »."""
    for _ in range(2):
        said = text(await dallara.send_document("export-vide.csv", HEADER.encode()))
        assert "sans aucune ligne sous son en-tête : rien n'est importé" in said, said
        assert "0 fichier importé, 0 inchangé, 1 en erreur" in said
